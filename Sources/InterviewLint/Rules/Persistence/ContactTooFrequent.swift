/// `contact-too-frequent`: leave days between follow-ups.
public struct ContactTooFrequent: Rule {
    static let minBusinessDays = IntegerOption(
        "min-business-days", default: 5, range: ConfigurationLoader.businessDaysRange,
        "Business days to leave between two unanswered follow-ups.")

    public static let description = RuleDescription(
        identifier: "contact-too-frequent",
        tags: [.persistence],
        defaultSeverity: .warning,
        summary: "Two unanswered follow-ups too close together.",
        rationale: """
            Respect their time: follow-ups in quick succession with no answer in between read as \
            pressure, not interest (advice 5 in seeds/follow-up-advice.md).
            """,
        options: [minBusinessDays.declaration],
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
                - ↓2026-11-25 10:00 — Email to Jane Doe to follow up.
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
                - 2026-11-24 14:00 — Email from Jane Doe: they need one more week.
                - 2026-11-25 10:00 — Email to Jane Doe with the references she asked for.
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
        let gap = minBusinessDays.value(in: context)
        var previous: LocalDateTime?
        var findings: [Finding] = []
        let interview = context.interview
        // Contacts after a closed door are `contact-after-close`'s to speak of.
        let closedAt = interview.lastWordBeforeClose
        for (position, item) in interview.datedLog.enumerated() {
            if let closedAt, position > closedAt { break }
            let outgoing = interview.log[item.index].isOutgoing, kind = interview.log[item.index].kind
            if !outgoing {
                previous = nil
                continue
            }
            guard kind != .thankYou else { continue }
            if let last = previous, kind == .followUp {
                let earliest = last.date.adding(businessDays: gap)
                if item.at.date < earliest {
                    findings.append(Finding("followed up again on \(item.at.date), \(businessDays(from: last.date, to: item.at.date)) after the last unanswered contact on \(last.date): wait until \(Wording.day(earliest)) or for their answer",
                                            at: interview.dateRange(of: item)))
                }
            }
            previous = item.at
        }
        return findings
    }

    private static func businessDays(from start: LocalDate, to end: LocalDate) -> String {
        var count = 0
        var day = start
        while day < end {
            day = day.adding(days: 1)
            if !day.isWeekend { count += 1 }
        }
        return Wording.plural(count, "business day")
    }
}
