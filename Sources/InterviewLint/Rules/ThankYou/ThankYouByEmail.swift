/// `thank-you-by-email`: a handwritten note is welcome, but slow.
public struct ThankYouByEmail: Rule {
    public static let description = RuleDescription(
        identifier: "thank-you-by-email",
        tags: [.thankYou],
        defaultSeverity: .info,
        summary: "The only thank-you to someone is on paper; an email would reach them sooner.",
        rationale: """
            Employers like handwritten notes, but a note in the post arrives days later; an \
            email arrives while the interview is fresh (advice 3 in seeds/follow-up-advice.md). \
            Send an email as well.
            """,
        triggering: [
            RuleExample("""
                ---
                date: 2026-11-16 10:00
                ---
                ## Interviewers
                - [x] Eleanor Price — eleanor@harbor.example — +1 555 0103
                ## Follow-up
                - ↓2026-11-16 19:00 — Handwritten thank-you note to Eleanor Price. Recap: the archive project. Reiterated interest.
                """),
        ],
        nonTriggering: [
            RuleExample("""
                ---
                date: 2026-11-16 10:00
                ---
                ## Interviewers
                - [x] Eleanor Price — eleanor@harbor.example — +1 555 0103
                ## Follow-up
                - 2026-11-16 18:00 — Email thank-you to Eleanor Price. Recap: the archive project. Reiterated interest.
                - 2026-11-16 19:00 — Handwritten thank-you note to Eleanor Price. Recap: the archive project. Reiterated interest.
                """),
        ])

    public static func check(_ context: RuleContext) -> [Finding] {
        let interview = context.interview
        return interview.people.indices.compactMap { index in
            guard let first = interview.firstThankYou(to: index),
                  interview.firstThankYou(to: index, where: { interview.log[$0].channel?.value != .paper }) == nil else { return nil }
            return Finding("the only thank-you to \(interview.people[index].name.value) is on paper: it is welcome but slow, so send a short email too",
                           at: interview.log[first.index].range)
        }
    }
}
