/// `thank-you-interest`: a thank-you says you still want the job.
public struct ThankYouInterest: Rule {
    public static let description = RuleDescription(
        identifier: "thank-you-interest",
        tags: [.thankYou],
        defaultSeverity: .warning,
        summary: "A thank-you that does not reiterate your interest.",
        rationale: """
            Saying again that you want the position is part of the thank-you's job (advice 3 in \
            seeds/follow-up-advice.md). Note it in the log: "Reiterated interest".
            """,
        triggering: [
            RuleExample("""
                ---
                date: 2026-11-16 10:00
                ---
                ## Interviewers
                - [x] Jane Doe — jane.doe@acme.example — +1 555 0100
                ## Follow-up
                - ↓2026-11-16 17:30 — Email thank-you to Jane Doe. Recap: the sync design.
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
                - 2026-11-16 17:30 — Email thank-you to Jane Doe. Recap: the sync design. Reiterated my interest in the role.
                """),
        ],
        reportsAbsence: true)

    public static func check(_ context: RuleContext) -> [Finding] {
        context.thankYous(lacking: .interest) { to in
            "the thank-you\(to) does not reiterate your interest: say that you want the position (write 'Reiterated interest' in the log)"
        }
    }
}
