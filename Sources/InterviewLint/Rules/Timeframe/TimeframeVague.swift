/// `timeframe-vague`: an answer without a date leaves the follow-up to the fallback.
public struct TimeframeVague: Rule {
    public static let description = RuleDescription(
        identifier: "timeframe-vague",
        tags: [.timeframe],
        defaultSeverity: .info,
        summary: "The timeframe answer gives no date; the follow-up falls back to a week after the interview.",
        rationale: """
            A concrete answer ("by August 1st") tells you when to follow up; a vague one does \
            not, and then the advice is to call about a week after the interview (advice 2 and 4 \
            in seeds/follow-up-advice.md). The fallback is `schedule.without-timeframe-business-days` \
            in the configuration (5 by default).
            """,
        triggering: [
            RuleExample("""
                ---
                date: 2026-11-16 10:00
                ---
                ## Timeframe
                ↓They said soon, they'll let me know.
                """),
            RuleExample("""
                ---
                date: 2026-11-16 10:00
                ---
                ## Decision
                ↓After the holidays maybe.
                """),
            RuleExample("""
                # Lantern & Quill interview
                ## Timeframe
                ↓Soon, she said: they are still seeing a few people.
                """),
        ],
        nonTriggering: [
            RuleExample("""
                ---
                date: 2026-11-16 10:00
                ---
                ## Timeframe
                Within two weeks.
                """),
        ],
        quietWhenClosed: true)

    public static func check(_ context: RuleContext) -> [Finding] {
        let interview = context.interview
        // Without an interview date a relative answer ("by the end of the month") has no day to
        // count from, which `front-matter` reports; a vague one is vague all the same.
        guard let timeframe = interview.timeframe, timeframe.decisionDate == nil,
              interview.start != nil || timeframe.decision == .vague,
              interview.currentStatus == .waiting else { return [] }
        let fallback = context.schedule.followUpDate.map { " (\(Wording.day($0)))" } ?? ""
        let days = context.settings.businessDaysWithoutTimeframe
        let what = timeframe.decision == .vague ? "the answer gives no date" : "no decision date could be read from the answer"
        return [Finding("\(what): the follow-up falls back to \(Wording.plural(days, "business day")) after the interview\(fallback); write a date such as 'by December 4' if they gave one",
                        at: timeframe.range)]
    }
}
