/// `front-matter`: the note's header must be readable and give the interview date.
public struct FrontMatterRule: Rule {
    public static let description = RuleDescription(
        identifier: "front-matter",
        tags: [.structure],
        defaultSeverity: .error,
        summary: "Front matter that does not parse, or a missing or invalid interview date.",
        rationale: """
            Every deadline in the follow-up (the thank-you within a day, the call about a week \
            later) is counted from the interview's date and time, so without it no other timing \
            can be checked (advice 2 to 4 in seeds/follow-up-advice.md).
            """,
        triggering: [
            RuleExample("""
                ---
                company: Acme Robotics
                date: ↓2026-13-45
                ---
                ## Interviewers
                - [x] Jane Doe — jane.doe@acme.example — +1 555 0100
                """),
            RuleExample("""
                ↓---
                company: Acme Robotics
                ---
                ## Interviewers
                - [x] Jane Doe — jane.doe@acme.example — +1 555 0100
                """),
            RuleExample("""
                ---
                company: Acme Robotics
                date: 2026-11-16 10:00
                status: ↓parked
                ---
                """),
        ],
        nonTriggering: [
            RuleExample("""
                **Company:** Acme Robotics
                **Date:** 2026-11-16 10:00
                """),
        ])

    public static func check(_ context: RuleContext) -> [Finding] {
        context.interview.problems.filter { $0.kind == .frontMatter }.map { Finding($0.message, at: $0.range, uncertain: $0.uncertain) }
    }
}
