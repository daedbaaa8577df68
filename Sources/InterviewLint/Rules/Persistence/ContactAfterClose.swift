/// `contact-after-close`: once they have closed the door, leave it closed.
public struct ContactAfterClose: Rule {
    public static let description = RuleDescription(
        identifier: "contact-after-close",
        tags: [.persistence],
        defaultSeverity: .warning,
        summary: "An outgoing contact after their last word when the interview is rejected, withdrawn or closed.",
        rationale: """
            After a rejection or a withdrawal, more contact about the position only costs goodwill \
            you may want for the next opening (advice 5 in seeds/follow-up-advice.md). A short \
            thank-you for their time is the exception people make; this rule still shows it so \
            you decide. The message that withdraws (or accepts or declines) is the close itself.
            """,
        triggering: [
            RuleExample("""
                ---
                date: 2026-11-16 10:00
                status: rejected
                ---
                ## Interviewers
                - [x] Jane Doe — jane.doe@acme.example — +1 555 0100
                ## Follow-up
                - 2026-11-16 17:30 — Email thank-you to Jane Doe. Recap: the sync design. Reiterated interest.
                - 2026-11-24 14:00 — Email from Jane Doe: they chose another candidate.
                - ↓2026-11-25 10:00 — Called Jane Doe to ask them to reconsider.
                """),
        ],
        nonTriggering: [
            RuleExample("""
                ---
                date: 2026-11-16 10:00
                status: rejected
                ---
                ## Interviewers
                - [x] Jane Doe — jane.doe@acme.example — +1 555 0100
                ## Follow-up
                - 2026-11-16 17:30 — Email thank-you to Jane Doe. Recap: the sync design. Reiterated interest.
                - 2026-11-24 14:00 — Email from Jane Doe: they chose another candidate.
                """),
            // The message that withdraws is the close itself.
            RuleExample("""
                ---
                date: 2026-11-16 10:00
                status: withdrawn
                ---
                ## Interviewers
                - [x] Jane Doe — jane.doe@acme.example — +1 555 0100
                ## Follow-up
                - 2026-11-16 17:30 — Email thank-you to Jane Doe. Recap: the sync design. Reiterated interest.
                - 2026-11-20 09:00 — Email from Jane Doe: a second round next week?
                - 2026-11-21 10:00 — Emailed Jane Doe to withdraw from the process.
                """),
        ])

    public static func check(_ context: RuleContext) -> [Finding] {
        let interview = context.interview
        guard let status = interview.status, let lastWord = interview.lastWordBeforeClose else { return [] }
        let dated = interview.datedLog
        return dated[(lastWord + 1)...].filter { interview.log[$0.index].isOutgoing && !endsIt(interview.log[$0.index].text) }.map { item in
            Finding("contacted them on \(item.at.date), after their last word on \(dated[lastWord].at.date), although the interview is \(status.value.rawValue): let it rest",
                    at: interview.dateRange(of: item))
        }
    }

    /// The message that closes it yourself ("emailed Aditi to withdraw", "accepted the offer") is
    /// no contact after the close: it is the close.
    static func endsIt(_ text: String) -> Bool {
        let lower = text.quickLowercased()
        return ["withdraw", "withdrew", "pull out", "pulled out", "accepted", "accepting", "declined", "declining", "turned down", "turning down"]
            .contains { lower.byteRange(of: $0) != nil }
    }
}
