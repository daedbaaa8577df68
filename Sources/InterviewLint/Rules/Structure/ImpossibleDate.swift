/// `impossible-date`: a log entry dated before the interview or in the future.
public struct ImpossibleDate: Rule {
    public static let description = RuleDescription(
        identifier: "impossible-date",
        tags: [.structure],
        defaultSeverity: .warning,
        summary: "A log entry dated before the interview or after now.",
        rationale: """
            The timing rules trust the log's dates. A date before the interview or in the future \
            is almost always a typo (a wrong month, last year's date) and would make them report \
            the wrong thing.
            """,
        triggering: [
            RuleExample("""
                ---
                date: 2026-11-16 10:00
                ---
                ## Interviewers
                - [x] Jane Doe — jane.doe@acme.example — +1 555 0100
                ## Follow-up
                - ↓2026-10-16 17:30 — Email thank-you to Jane Doe. Recap: the sync design. Reiterated interest.
                """),
            RuleExample("""
                ---
                date: 2026-11-16 10:00
                ---
                ## Interviewers
                - [x] Jane Doe — jane.doe@acme.example — +1 555 0100
                ## Follow-up
                - ↓2026-12-16 10:00 — Called Jane Doe.
                """, today: "2026-11-26"),
        ],
        nonTriggering: [
            RuleExample("""
                ---
                date: 2026-11-16 10:00
                ---
                ## Interviewers
                - [x] Jane Doe — jane.doe@acme.example — +1 555 0100
                ## Follow-up
                - 2026-11-16 — Email thank-you to Jane Doe. Recap: the sync design. Reiterated interest.
                """),
        ])

    public static func check(_ context: RuleContext) -> [Finding] {
        let start = context.interview.start?.value
        let log = context.interview.log
        // By index, reading stored fields in place: an entry handed to a closure is a copy, its
        // text and people retained and released.
        return log.indices.compactMap { index in
            guard let date = log[index].date else { return nil }
            let hasTime = log[index].hasTime
            var when: String { hasTime ? date.value.description : date.value.date.description }
            // Word of a cancelled interview comes before the day it was to be.
            if let start, !context.interview.cancelledBeforeItTookPlace, hasTime ? date.value < start : date.value.date < start.date {
                return Finding("this entry is dated \(when), before the interview (\(start)): check the date", at: date.range)
            }
            if hasTime ? date.value > context.now : date.value.date > context.now.date {
                return Finding("this entry is dated \(when), after today (\(context.now.date)): check the date, or move plans out of the log",
                               at: date.range)
            }
            return nil
        }
    }
}
