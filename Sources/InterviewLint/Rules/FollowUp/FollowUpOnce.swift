/// `follow-up-once`: one follow-up call, not a series.
public struct FollowUpOnce: Rule {
    static let maxCalls = IntegerOption("max-calls", default: 1, range: 0...1_000, "How many follow-up calls are fine.")

    public static let description = RuleDescription(
        identifier: "follow-up-once",
        tags: [.followUp],
        defaultSeverity: .warning,
        summary: "More follow-up calls than the one the advice recommends.",
        rationale: """
            The advice is to call once to follow up (advice 4 in seeds/follow-up-advice.md); \
            after that, wait for them, or send a short email if much time passes.
            """,
        options: [maxCalls.declaration],
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
                - ↓2026-11-25 10:00 — Called Jane Doe again.
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
                - 2026-11-16 17:30 — Email thank-you to Jane Doe. Recap: the sync design. Reiterated interest.
                - 2026-11-23 10:15 — Called Jane Doe; left a voicemail.
                """),
            // After a rejection, more contact is `contact-after-close`'s to speak of, not this rule's.
            RuleExample("""
                ---
                date: 2026-11-16 10:00
                status: rejected
                ---
                ## Interviewers
                - [x] Jane Doe — jane.doe@acme.example — +1 555 0100
                ## Follow-up
                - 2026-11-16 17:30 — Email thank-you to Jane Doe. Recap: the sync design. Reiterated interest.
                - 2026-11-23 10:15 — Called Jane Doe; left a voicemail.
                - 2026-11-24 14:00 — Email from Jane Doe: they chose another candidate.
                - 2026-11-25 09:00 — Emailed Jane Doe to follow up, asking them to reconsider.
                - 2026-11-26 10:00 — Called Jane Doe to follow up again.
                """),
        ])

    public static func check(_ context: RuleContext) -> [Finding] {
        let calls = context.interview.followUpCalls
        let allowed = maxCalls.value(in: context)
        guard calls.count > allowed else { return [] }
        return calls.enumerated().dropFirst(allowed).map { number, call in
            Finding("follow-up call number \(number + 1) (after \(calls[0].at.date)): call once, then wait for them to come back to you",
                    at: context.interview.dateRange(of: call))
        }
    }
}
