/// `thank-you-prompt`: the thank-you goes out the day of the interview.
public struct ThankYouPrompt: Rule {
    // Up to a year.
    static let warningAfterHours = IntegerOption(
        "warning-after-hours", default: 24, range: 0...8_760,
        "A thank-you sent later than this many hours after the interview is a warning.")
    static let errorAfterHours = IntegerOption("error-after-hours", default: 48, range: 0...8_760, "Later than this, an error.")

    public static let description = RuleDescription(
        identifier: "thank-you-prompt",
        tags: [.thankYou],
        defaultSeverity: .warning,
        summary: "A thank-you that went out late (a warning after a day, an error after two).",
        rationale: """
            The thank-you is meant to be written as soon as you get home, while you are fresh in \
            their mind (advice 3 in seeds/follow-up-advice.md). An entry with a date and no time \
            is taken as sent at the start of that day, giving it the benefit of the doubt. When the \
            note gives the interview's day but not its time, promptness is judged by days: the \
            same day is fine, the next day an info, later a warning, and an error from the day \
            the error threshold has passed.
            """,
        options: [warningAfterHours.declaration, errorAfterHours.declaration],
        triggering: [
            RuleExample("""
                ---
                date: 2026-11-16 10:00
                ---
                ## Interviewers
                - [x] Jane Doe — jane.doe@acme.example — +1 555 0100
                ## Follow-up
                - ↓2026-11-17 16:00 — Email thank-you to Jane Doe. Recap: the sync design. Reiterated interest.
                """),
            RuleExample("""
                ---
                date: 2026-11-16 10:00
                ---
                ## Interviewers
                - [x] Jane Doe — jane.doe@acme.example — +1 555 0100
                ## Follow-up
                - ↓2026-11-19 — Email thank-you to Jane Doe. Recap: the sync design. Reiterated interest.
                """),
            // A day without a time: the next morning is an info, not "33 hours".
            RuleExample("""
                ---
                date: 2026-11-16
                ---
                ## Interviewers
                - [x] Jane Doe — jane.doe@acme.example — +1 555 0100
                ## Follow-up
                - ↓2026-11-17 09:00 — Email thank-you to Jane Doe. Recap: the sync design. Reiterated interest.
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
                """),
            // The interview's time is not written: the same day is on time whatever the hour.
            RuleExample("""
                ---
                date: 2026-11-16
                ---
                ## Interviewers
                - [x] Jane Doe — jane.doe@acme.example — +1 555 0100
                ## Follow-up
                - 2026-11-16 23:30 — Email thank-you to Jane Doe. Recap: the sync design. Reiterated interest.
                """),
        ])

    public static func check(_ context: RuleContext) -> [Finding] {
        let interview = context.interview
        guard let start = interview.start?.value else { return [] }
        let warnAfter = warningAfterHours.value(in: context) * 60
        let errorAfter = errorAfterHours.value(in: context) * 60
        return interview.people.indices.compactMap { index in
            guard let first = interview.firstThankYou(to: index), let date = interview.log[first.index].date else { return nil }
            // Spelled out only for a finding: most thank-yous are on time.
            var sent: String { interview.log[first.index].hasTime ? first.at.description : first.at.date.description }
            if !interview.startHasTime {
                guard first.at.date.ordinal > start.date.ordinal else { return nil }
                return byDays(interview.people[index].name.value, sent: first.at.date, start: start.date, text: sent,
                              at: date.range, errorAfterDays: errorAfter / (24 * 60))
            }
            let delay = first.at.minutesSinceEpoch - start.minutesSinceEpoch
            guard delay > warnAfter else { return nil }
            let name = interview.people[index].name.value
            return Finding("the thank-you to \(name) went out \(Wording.hours(delay)) after the interview (sent \(sent)); next time write it as soon as you get home",
                           at: date.range, severity: delay > errorAfter ? .error : nil)
        }
    }

    /// The interview's time is unknown: counted in days, the same day being on time.
    static func byDays(_ name: String, sent: LocalDate, start: LocalDate, text: String, at range: SourceRange,
                       errorAfterDays: Int) -> Finding? {
        let days = sent.ordinal - start.ordinal
        guard days >= 1 else { return nil }
        let unknown = "the note gives the interview's day but not its time, so it is judged by days"
        if days == 1 {
            return Finding("the thank-you to \(name) went out the day after the interview (sent \(text); \(unknown)); the same evening is best",
                           at: range, uncertain: true)
        }
        return Finding("the thank-you to \(name) went out \(days) days after the interview (sent \(text); \(unknown)); next time write it as soon as you get home",
                       at: range, severity: days > errorAfterDays ? .error : nil)
    }
}
