/// `unknown-rule`: suppression comments must name real rules.
public struct UnknownRule: Rule {
    public static let description = RuleDescription(
        identifier: "unknown-rule",
        tags: [.structure],
        defaultSeverity: .warning,
        summary: "A suppression comment or front matter `disable` list that names an unknown rule or action.",
        rationale: """
            A misspelled rule name in `<!-- interview-lint-disable … -->` silences nothing, so the \
            finding you meant to hide still shows, or worse, a later rule is hidden by accident. \
            The message suggests the nearest rule name.
            """,
        triggering: [
            RuleExample("""
                ---
                date: 2026-11-16 10:00
                ---
                ↓<!-- interview-lint-disable card-colected -->
                """),
            RuleExample("""
                ---
                date: 2026-11-16 10:00
                ---
                ↓<!-- interview-lint-disabel card-collected -->
                """),
        ],
        nonTriggering: [
            RuleExample("""
                ---
                date: 2026-11-16 10:00
                ---
                <!-- interview-lint-disable card-collected contact-details -->
                """),
        ])

    public static func check(_ context: RuleContext) -> [Finding] {
        let known = RuleRegistry.identifierSet
        var findings: [Finding] = []
        for directive in context.interview.directives {
            if case .unknown(let action) = directive.action {
                let actions = ["disable", "enable", "disable-next-line", "disable-file"]
                let hint = Suggestion.nearest(action, in: actions).map { "; did you mean interview-lint-\($0)?" } ?? ""
                findings.append(Finding("unknown comment 'interview-lint-\(action)'\(hint)", at: directive.range))
            }
            for name in directive.rules where !known.contains(name) {
                findings.append(Finding(unknownMessage(name), at: directive.range))
            }
        }
        for name in context.interview.frontMatter?.disabledRules ?? [] where !known.contains(name.value) {
            findings.append(Finding(unknownMessage(name.value), at: name.range))
        }
        return findings
    }

    private static func unknownMessage(_ name: String) -> String {
        let hint = Suggestion.nearest(name, in: RuleRegistry.identifiers).map { "; did you mean '\($0)'?" }
            ?? "; `interview-lint rules` lists them"
        return "'\(name)' is not a rule\(hint)"
    }
}
