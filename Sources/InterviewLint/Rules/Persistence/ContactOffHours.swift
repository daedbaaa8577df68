/// `contact-off-hours`: calls belong in business hours.
public struct ContactOffHours: Rule {
    public static let description = RuleDescription(
        identifier: "contact-off-hours",
        tags: [.persistence],
        defaultSeverity: .warning,
        summary: "A call on a weekend or outside business hours.",
        rationale: """
            Calling someone at home in the evening or at the weekend does not respect their time \
            (advice 4 and 5 in seeds/follow-up-advice.md). Business hours are `business-hours` in \
            the configuration (08:00–18:00 by default).
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
                - ↓2026-11-23 19:30 — Called Jane Doe; left a voicemail.
                """),
            RuleExample("""
                ---
                date: 2026-11-16 10:00
                ---
                ## Interviewers
                - [x] Jane Doe — jane.doe@acme.example — +1 555 0100
                ## Follow-up
                - 2026-11-16 17:30 — Email thank-you to Jane Doe. Recap: the sync design. Reiterated interest.
                - ↓2026-11-22 — Called Jane Doe.
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
        let hours = context.settings.businessHours
        let interview = context.interview
        return interview.datedLog.compactMap { item in
            guard interview.log[item.index].isOutgoing, interview.log[item.index].channel?.value == .call else { return nil }
            let range = interview.dateRange(of: item)
            if item.at.date.isWeekend {
                return Finding("called on a \(item.at.date.weekdayName) (\(item.at.date)): call on a weekday, mid-morning",
                               at: range)
            }
            guard interview.log[item.index].hasTime, !hours.contains(item.at.minuteOfDay) else { return nil }
            return Finding("called at \(LocalDateTime.clock(item.at.minuteOfDay)), outside business hours (\(hours)): call on a weekday, mid-morning",
                           at: range)
        }
    }
}
