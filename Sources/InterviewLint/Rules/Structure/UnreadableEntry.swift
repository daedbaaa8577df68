/// `unreadable-entry`: a log entry the reader could not make sense of.
public struct UnreadableEntry: Rule {
    public static let description = RuleDescription(
        identifier: "unreadable-entry",
        tags: [.structure],
        defaultSeverity: .warning,
        summary: "A log entry whose date, channel or person cannot be read.",
        rationale: """
            An entry the tool cannot read is an entry no other rule can check: a late thank-you \
            or a third unanswered call would go unnoticed. Rather than skip it silently, the tool \
            says which part it could not read and shows the expected form. An entry whose day \
            it could not find is reported as an info: it is as likely a remark, or dates written \
            in a way the reader does not know, as a mistake.
            """,
        triggering: [
            RuleExample("""
                ---
                date: 2026-11-16 10:00
                ---
                ## Interviewers
                - [x] Jane Doe — jane.doe@acme.example — +1 555 0100
                ## Follow-up
                - ↓Last week — Email thank-you to Jane Doe. Recap: the sync design. Reiterated interest.
                """),
            RuleExample("""
                ---
                date: 2026-11-16 10:00
                ---
                ## Interviewers
                - [x] Jane Doe — jane.doe@acme.example — +1 555 0100
                ## Follow-up
                - ↓2026-11-17 — Thank-you to Jane Doe. Recap: the sync design. Reiterated interest.
                """),
        ],
        nonTriggering: [
            RuleExample("""
                ---
                date: 2026-11-16 10:00
                ---
                ## Interviewers
                - [x] Jane Doe — jane.doe@acme.example — +1 555 0100
                ## Follow-up
                | Date | Channel | With | Notes |
                |------|---------|------|-------|
                | 2026-11-16 17:30 | Email | Jane Doe | Thank-you. Recap: the sync design. Reiterated interest. |
                """),
        ],
        reportsAbsence: true)

    public static func check(_ context: RuleContext) -> [Finding] {
        context.interview.problems.filter { $0.kind == .unreadableEntry }.map { problem in
            // The reader's rewrite, for an editor to offer, when it still replaces the finding's span.
            let rewrite = problem.rewrite.flatMap { $0.range == problem.range && !problem.uncertain ? $0.value : nil }
            return Finding(problem.message, at: problem.range, uncertain: problem.uncertain, replacement: rewrite)
        }
    }
}
