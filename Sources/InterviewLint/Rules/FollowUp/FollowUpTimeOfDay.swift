/// `follow-up-time-of-day`: call mid-morning.
public struct FollowUpTimeOfDay: Rule {
    public static let description = RuleDescription(
        identifier: "follow-up-time-of-day",
        tags: [.followUp],
        defaultSeverity: .info,
        summary: "A follow-up call during business hours but outside mid-morning.",
        rationale: """
            Mid-morning, before lunch, is the best time to call: the morning's urgent matters are \
            handled and nobody is rushing out of the door yet (advice 4 in \
            seeds/follow-up-advice.md). The window is `call-window` in the configuration \
            (09:30–11:30 by default); calls outside business hours are `contact-off-hours`.
            """,
        triggering: [
            RuleExample("""
                ---
                date: 2026-11-16 10:00
                ---
                ## Interviewers
                - [x] Jane Doe — jane.doe@acme.example — +1 555 0100
                ## Follow-up
                - 2026-11-16 17:30 — Email thank-you to Jane Doe. Recap: the sync design. Reiterated interest.
                - ↓2026-11-23 16:30 — Called Jane Doe; left a voicemail.
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
        ])

    public static func check(_ context: RuleContext) -> [Finding] {
        let window = context.settings.callWindow
        let hours = context.settings.businessHours
        let interview = context.interview
        return interview.followUpCalls.compactMap { call in
            let minute = call.at.minuteOfDay
            guard interview.log[call.index].hasTime, !call.at.date.isWeekend, hours.contains(minute), !window.contains(minute) else {
                return nil
            }
            return Finding("called at \(LocalDateTime.clock(minute)); mid-morning (\(window)) is the better time to reach them, after the morning rush and before lunch",
                           at: interview.dateRange(of: call))
        }
    }
}
