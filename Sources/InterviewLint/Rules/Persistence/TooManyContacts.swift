/// `too-many-contacts`: the line between persistence and pushiness.
public struct TooManyContacts: Rule {
    /// Read by the agenda too.
    public static let maxUnanswered = IntegerOption(
        "max-unanswered", default: 2, range: 0...1_000,
        "Outgoing contacts after the thank-you, with no reply from them in between, before it counts as pushy.")

    public static let description = RuleDescription(
        identifier: "too-many-contacts",
        tags: [.persistence],
        defaultSeverity: .error,
        summary: "More unanswered contacts after the thank-you than persistence allows.",
        rationale: """
            Following up shows confidence and initiative, but contacting them again and again \
            without an answer turns persistence into pushiness, and that can count against you \
            (advice 5 in seeds/follow-up-advice.md). Once the limit is reached, stop and wait for \
            them.
            """,
        options: [maxUnanswered.declaration],
        triggering: [
            RuleExample("""
                ---
                date: 2026-11-16 10:00
                ---
                ## Interviewers
                - [x] Jane Doe — jane.doe@acme.example — +1 555 0100
                ## Follow-up
                - 2026-11-16 17:30 — Email thank-you to Jane Doe. Recap: the sync design. Reiterated interest.
                - 2026-11-23 10:15 — Called Jane Doe; left a voicemail.
                - 2026-11-30 10:00 — Email to Jane Doe to follow up.
                - ↓2026-12-07 10:00 — Email to Jane Doe to follow up again.
                """, today: "2026-12-08"),
            // With one unanswered contact allowed, the second is one too many.
            RuleExample("""
                ---
                date: 2026-11-16 10:00
                ---
                ## Interviewers
                - [x] Jane Doe — jane.doe@acme.example — +1 555 0100
                ## Follow-up
                - 2026-11-16 17:30 — Email thank-you to Jane Doe. Recap: the sync design. Reiterated interest.
                - 2026-11-23 10:15 — Called Jane Doe; left a voicemail.
                - ↓2026-11-30 10:00 — Email to Jane Doe to follow up.
                """, today: "2026-12-01", options: [maxUnanswered(1)]),
        ],
        nonTriggering: [
            RuleExample("""
                ---
                date: 2026-11-16 10:00
                ---
                ## Interviewers
                - [x] Jane Doe — jane.doe@acme.example — +1 555 0100
                ## Follow-up
                - 2026-11-16 17:30 — Email thank-you to Jane Doe. Recap: the sync design. Reiterated interest.
                - 2026-11-23 10:15 — Called Jane Doe; left a voicemail.
                - 2026-11-24 14:00 — Email from Jane Doe: they need one more week.
                - 2026-12-02 10:00 — Email to Jane Doe to follow up.
                """, today: "2026-12-08"),
        ])

    public static func check(_ context: RuleContext) -> [Finding] {
        let limit = maxUnanswered.value(in: context)
        var findings: [Finding] = []
        for run in context.interview.unansweredRuns where run.count > limit {
            for (number, item) in run.enumerated().dropFirst(limit) {
                findings.append(Finding("contact number \(number + 1) since \(run[0].at.date) with no reply from them: this crosses from persistence into pushiness; stop and wait for them to answer",
                                        at: context.interview.dateRange(of: item)))
            }
        }
        return findings
    }
}
