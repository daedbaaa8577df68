/// `timeframe-asked`: ask when they will decide, and write the answer down.
public struct TimeframeAsked: Rule {
    public static let description = RuleDescription(
        identifier: "timeframe-asked",
        tags: [.timeframe],
        defaultSeverity: .warning,
        summary: "No decision timeframe recorded.",
        rationale: """
            When they ask whether you have questions, ask when they expect to decide. The answer \
            tells you what to expect and is what the follow-up is timed from (advice 2 in \
            seeds/follow-up-advice.md). Write it under a "Timeframe" heading.
            """,
        triggering: [
            RuleExample("""
                ---
                date: 2026-11-16 10:00
                ---
                ↓# Acme Robotics — iOS Engineer
                ## Interviewers
                - [x] Jane Doe — jane.doe@acme.example — +1 555 0100
                """),
            RuleExample("""
                ---
                date: 2026-11-16 10:00
                ---
                ↓## Timeframe
                Forgot to ask.
                """),
        ],
        nonTriggering: [
            RuleExample("""
                ---
                date: 2026-11-16 10:00
                ---
                ## Timeframe
                Jane said they will decide by December 4th.
                """),
        ],
        quietWhenClosed: true,
        reportsAbsence: true)

    public static func check(_ context: RuleContext) -> [Finding] {
        let interview = context.interview
        guard interview.timeframe == nil, interview.currentStatus == .waiting, context.interviewHasBegun else { return [] }
        if let mention = interview.mentions.first(where: { $0.kind == .timeframe }) {
            return [Finding("could not read a decision date in line \(mention.range.start.line), \(mention.quoted): write it under ## Timeframe as 'They will decide by 2026-12-04' (or 'They gave no date')",
                            at: mention.range, uncertain: true)]
        }
        return [Finding("no decision timeframe recorded: note when they said they would decide (ask them if you did not), so the follow-up can be timed",
                        at: interview.timeframeSection ?? interview.anchor)]
    }
}
