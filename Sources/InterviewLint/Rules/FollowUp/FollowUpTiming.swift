/// `follow-up-timing`: follow up after the decision date, or a week after the interview.
public struct FollowUpTiming: Rule {
    public static let description = RuleDescription(
        identifier: "follow-up-timing",
        tags: [.followUp],
        defaultSeverity: .warning,
        summary: "A follow-up before the decision date has passed (or before a week has, when they gave none).",
        rationale: """
            Use their timeframe to decide when to follow up: the business day after the date they \
            gave, or about a week (5 business days) after the interview when they gave none or a \
            vague one (advice 2 and 4 in seeds/follow-up-advice.md). Both numbers are in the \
            configuration under `schedule`.
            """,
        triggering: [
            RuleExample("""
                ---
                date: 2026-11-16 10:00
                ---
                ## Interviewers
                - [x] Jane Doe — jane.doe@acme.example — +1 555 0100
                ## Timeframe
                They will decide by December 4th.
                ## Follow-up
                - 2026-11-16 17:30 — Email thank-you to Jane Doe. Recap: the sync design. Reiterated interest.
                - ↓2026-11-30 10:00 — Called Jane Doe to follow up.
                """, today: "2026-12-01"),
            RuleExample("""
                ---
                date: 2026-11-16 10:00
                ---
                ## Interviewers
                - [x] Jane Doe — jane.doe@acme.example — +1 555 0100
                ## Follow-up
                - 2026-11-16 17:30 — Email thank-you to Jane Doe. Recap: the sync design. Reiterated interest.
                - ↓2026-11-19 10:00 — Email to Jane Doe to follow up on my application.
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
            RuleExample("""
                ---
                date: 2026-11-16 10:00
                ---
                ## Interviewers
                - [x] Jane Doe — jane.doe@acme.example — +1 555 0100
                ## Timeframe
                They will decide by Friday, November 20.
                ## Follow-up
                - 2026-11-16 17:30 — Email thank-you to Jane Doe. Recap: the sync design. Reiterated interest.
                - 2026-11-21 10:15 — Called Jane Doe; left a voicemail.
                """),
        ])

    public static func check(_ context: RuleContext) -> [Finding] {
        let interview = context.interview
        let schedule = context.schedule
        guard let due = schedule.followUpDate else { return [] }
        let reason = schedule.fromDecisionDate
            ? "the business day after their decision date"
            : "\(Wording.plural(context.settings.businessDaysWithoutTimeframe, "business day")) after the interview, as they gave no date"
        let decision = schedule.fromDecisionDate ? interview.timeframe?.decisionDate : nil
        return interview.datedLog.compactMap { item in
            guard interview.isFollowUpToInterviewers(item.index), item.at.date < due else { return nil }
            // A call on the weekend after their date is late enough; that it fell on a weekend
            // is `contact-off-hours`' finding.
            if let decision, item.at.date > decision, item.at.date.onOrNextWeekday >= due { return nil }
            return Finding("followed up on \(item.at.date), before \(Wording.day(due)) (\(reason)): give them until then before you follow up",
                           at: interview.dateRange(of: item))
        }
    }
}
