/// `time-budget`: a note that could not be checked in time.
public struct TimeBudget: Rule {
    public static let description = RuleDescription(
        identifier: "time-budget",
        tags: [.structure],
        defaultSeverity: .error,
        summary: "A note that took longer to read than the time budget, and so was not checked.",
        rationale: """
            A commit hook must never hang on one file. cmark, the parser, takes time that grows \
            with the square of some unusual inputs (tens of thousands of nested brackets or image \
            openers), so each note gets a time budget (`--time-budget`, 2 seconds by default). A \
            note that exceeds it is reported here instead of being checked, and the other notes \
            are checked as usual. The linter raises this finding itself, from how long the note \
            took, so no note text can trigger it in an example; a test runs a real slow note.
            """,
        triggering: [],
        nonTriggering: [
            RuleExample("""
                ---
                date: 2026-11-16 10:00
                ---
                # A note of ordinary size
                """),
        ],
        raisedByLinter: true)

    public static func check(_ context: RuleContext) -> [Finding] {
        context.interview.problems.filter { $0.kind == .timeBudget }.map { Finding($0.message, at: $0.range) }
    }
}
