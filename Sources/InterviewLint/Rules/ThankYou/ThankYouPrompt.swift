/// `thank-you-prompt`: the thank-you goes out the day of the interview.
public struct ThankYouPrompt: Rule {
    public static let description = RuleDescription(
        identifier: "thank-you-prompt",
        tags: [.thankYou],
        defaultSeverity: .warning,
        summary: "A thank-you that went out late (a warning after a day, an error after two).",
        rationale: """
            The thank-you is meant to be written as soon as you get home, while you are fresh in \
            their mind (advice 3 in seeds/follow-up-advice.md). An entry with a date and no time \
            is taken as sent at the start of that day, giving it the benefit of the doubt.
            """,
        options: [
            RuleOption("warning-after-hours", .integer(24), "A thank-you sent later than this many hours after the interview is a warning."),
            RuleOption("error-after-hours", .integer(48), "Later than this, an error."),
        ],
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
        ])

    public static func check(_ context: RuleContext) -> [Finding] {
        let interview = context.interview
        guard let start = interview.start?.value else { return [] }
        let warnAfter = option("warning-after-hours", in: context) * 60
        let errorAfter = option("error-after-hours", in: context) * 60
        return interview.people.indices.compactMap { index in
            guard let first = interview.firstThankYou(to: index), let date = interview.log[first.index].date else { return nil }
            let delay = first.at.minutesSinceEpoch - start.minutesSinceEpoch
            guard delay > warnAfter else { return nil }
            let name = interview.people[index].name.value
            return Finding("the thank-you to \(name) went out \(Wording.hours(delay)) after the interview (sent \(interview.log[first.index].hasTime ? first.at.description : first.at.date.description)); next time write it as soon as you get home",
                           at: date.range, severity: delay > errorAfter ? .error : nil)
        }
    }
}
