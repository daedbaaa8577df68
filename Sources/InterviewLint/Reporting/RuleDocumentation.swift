/// Renders the rule descriptions: `interview-lint rules`, `rules NAME`, and docs/rules.md.
public enum RuleDocumentation {
    /// One line per rule: name, tags, default severity, summary.
    public static func list() -> String {
        let width = RuleRegistry.identifiers.map(\.count).max() ?? 0
        return RuleRegistry.all.map { rule in
            let d = rule.description
            let name = d.identifier.padding(to: width)
            let severity = d.defaultSeverity.rawValue.padding(to: 7)
            let tags = d.tags.map(\.rawValue).joined(separator: ",").padding(to: 11)
            return "\(name)  \(severity)  \(tags)  \(d.summary)"
        }.joined(separator: "\n") + "\n"
    }

    /// A rule's full text: summary, rationale, options, examples.
    public static func detail(_ rule: any Rule.Type) -> String {
        let d = rule.description
        var out = "\(d.identifier) (\(d.defaultSeverity.rawValue); tags: \(d.tags.map(\.rawValue).joined(separator: ", ")))\n\n"
        out += d.summary + "\n\n" + d.rationale + "\n"
        if !d.options.isEmpty {
            out += "\nOptions:\n"
            for option in d.options { out += "  \(option.name) (default \(option.defaultValue)): \(option.summary)\n" }
        }
        for (title, examples) in [("Triggers on", d.triggering), ("Does not trigger on", d.nonTriggering)] {
            for (number, example) in examples.enumerated() {
                out += "\n\(title) (example \(number + 1), as of \(example.today)):\n"
                out += example.note.split(separator: "\n", omittingEmptySubsequences: false).map { "    " + $0 }.joined(separator: "\n") + "\n"
            }
        }
        return out
    }

    struct RuleJSON: Encodable {
        var name: String
        var tags: [String]
        var severity: String
        var summary: String
        var rationale: String
        var options: [OptionJSON]
        var triggering: [ExampleJSON]
        var nonTriggering: [ExampleJSON]
    }

    struct OptionJSON: Encodable {
        var name: String
        var `default`: String
        var summary: String
    }

    struct ExampleJSON: Encodable {
        var note: String
        var today: String
    }

    public static func json(_ rules: [any Rule.Type], details: Bool) -> String {
        let items = rules.map { rule -> RuleJSON in
            let d = rule.description
            return RuleJSON(
                name: d.identifier, tags: d.tags.map(\.rawValue), severity: d.defaultSeverity.rawValue,
                summary: d.summary, rationale: d.rationale,
                options: d.options.map { OptionJSON(name: $0.name, default: $0.defaultValue.description, summary: $0.summary) },
                triggering: details ? d.triggering.map { ExampleJSON(note: $0.note, today: $0.today) } : [],
                nonTriggering: details ? d.nonTriggering.map { ExampleJSON(note: $0.note, today: $0.today) } : [])
        }
        return FoundationJSON.encode(items)
    }

    /// docs/rules.md, generated; a test keeps the file in step with the code.
    public static func markdown() -> String {
        var out = """
            # Rules

            <!-- Generated from the rule descriptions by `interview-lint rules --format markdown`. Do not edit. -->

            Every rule, grouped by the technique of the follow-up advice it checks (seeds/follow-up-advice.md).
            Change a rule's severity or options in `.interview-lint.yml`; silence one finding with
            `<!-- interview-lint-disable-next-line RULE -->`. In the examples, `↓` marks where a finding starts.

            | Rule | Default | Tags | Summary |
            |------|---------|------|---------|

            """
        for rule in RuleRegistry.all {
            let d = rule.description
            out += "| [`\(d.identifier)`](#\(d.identifier)) | \(d.defaultSeverity.rawValue) | \(d.tags.map(\.rawValue).joined(separator: ", ")) | \(d.summary) |\n"
        }
        for rule in RuleRegistry.all {
            let d = rule.description
            out += "\n## \(d.identifier)\n\n"
            out += "*\(d.defaultSeverity.rawValue); tags: \(d.tags.map(\.rawValue).joined(separator: ", "))*\n\n"
            out += d.summary + "\n\n" + d.rationale + "\n"
            if !d.options.isEmpty {
                out += "\n| Option | Default | Meaning |\n|--------|---------|---------|\n"
                for option in d.options { out += "| `\(option.name)` | \(option.defaultValue) | \(option.summary) |\n" }
            }
            for (title, examples) in [("Triggers on", d.triggering), ("Does not trigger on", d.nonTriggering)] {
                for example in examples {
                    out += "\n\(title) (as of \(example.today)):\n\n````markdown\n\(example.note)\n````\n"
                }
            }
        }
        return out
    }
}

/// `interview-lint print-config FILE`: the settings in force for that note.
public enum ConfigurationPrinter {
    public static func render(_ configuration: Configuration) -> String {
        var out = "# Settings in force"
        out += configuration.files.isEmpty ? " (no configuration file: defaults)\n" : "\n# from: \(configuration.files.joined(separator: ", "))\n"
        out += "business-hours: \"\(clock(configuration.settings.businessHours))\"\n"
        out += "call-window: \"\(clock(configuration.settings.callWindow))\"\n"
        out += "schedule:\n"
        out += "  after-decision-business-days: \(configuration.settings.businessDaysAfterDecision)\n"
        out += "  without-timeframe-business-days: \(configuration.settings.businessDaysWithoutTimeframe)\n"
        if !configuration.headings.isEmpty {
            out += "headings:\n"
            for section in Section.allCases {
                guard let aliases = configuration.headings[section] else { continue }
                out += "  \(section.rawValue): [\(aliases.map { "\"\($0)\"" }.joined(separator: ", "))]\n"
            }
        }
        if !configuration.exclude.isEmpty {
            out += "exclude: [\(configuration.exclude.map { "\"\($0)\"" }.joined(separator: ", "))]\n"
        }
        if let me = configuration.me {
            let fields = [("name", me.name), ("email", me.email), ("phone", me.phone)].compactMap { key, value in
                value.map { "\(key): \"\($0.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\""))\"" }
            }
            out += "me: {\(fields.joined(separator: ", "))}\n"
        }
        out += "rules:\n"
        for rule in RuleRegistry.all {
            let setting = configuration.resolved(rule)
            let level = setting.enabled ? setting.severity.rawValue : "off"
            if setting.options.isEmpty {
                out += "  \(rule.description.identifier): \(level)\n"
            } else {
                let options = setting.options.sorted { $0.key < $1.key }.map { "\($0.key): \($0.value)" }.joined(separator: ", ")
                out += "  \(rule.description.identifier): {severity: \(level), \(options)}\n"
            }
        }
        return out
    }

    private static func clock(_ range: ClockRange) -> String {
        "\(LocalDateTime.clock(range.start))-\(LocalDateTime.clock(range.end))"
    }
}

extension String {
    func padding(to width: Int) -> String {
        count >= width ? self : self + String(repeating: " ", count: width - count)
    }
}
