/// `too-many-contacts`: the line between persistence and pushiness.
public struct TooManyContacts: Rule {
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

    /// A run of outgoing contacts after the thank-you, with no reply in between, that is longer
    /// than `max-unanswered` allows: each contact past the limit is one too many.
    public struct Run: Sendable {
        public var contacts: [DatedLogEntry]
        public var limit: Int
        public var firstTooMany: DatedLogEntry { contacts[limit] }
    }

    /// Every run over the limit, in date order.
    public static func runs(_ context: RuleContext) -> [Run] {
        let limit = maxUnanswered.value(in: context)
        return context.interview.unansweredRuns.filter { $0.count > limit }.map { Run(contacts: $0, limit: limit) }
    }

    /// The latest run, when it is over the limit and nothing has come back since its last
    /// contact: while it stands, the thing to do is to stop and wait.
    public static func openRun(_ context: RuleContext) -> Run? {
        let interview = context.interview
        let limit = maxUnanswered.value(in: context)
        guard let run = interview.unansweredRuns.last, run.count > limit, let last = run.last,
              !interview.datedLog.contains(where: { !interview.log[$0.index].isOutgoing && $0.at > last.at })
        else { return nil }
        return Run(contacts: run, limit: limit)
    }

    public static func check(_ context: RuleContext) -> [Finding] {
        var findings: [Finding] = []
        for run in runs(context) {
            for (number, item) in run.contacts.enumerated().dropFirst(run.limit) {
                findings.append(Finding("contact number \(number + 1) since \(run.contacts[0].at.date) with no reply from them: this crosses from persistence into pushiness; stop and wait for them to answer",
                                        at: context.interview.dateRange(of: item)))
            }
        }
        return findings
    }
}
