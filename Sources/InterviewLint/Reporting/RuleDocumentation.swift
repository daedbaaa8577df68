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

    /// The five points of the advice the rationales cite by number, in brief: `rules NAME` is read
    /// by people who have the binary and not the repository's seeds/follow-up-advice.md.
    static let advice = [
        "collect a business card from everyone you spoke with, and leave your resume and contact details;",
        "ask when they will decide, and time the follow-up from the answer;",
        "send each interviewer a separate thank-you email as soon as you get home, recapping the conversation and saying you are still interested;",
        "call once to follow up, after the thank-you, about a week later if they gave no date, mid-morning;",
        "stay persistent without becoming pushy.",
    ]

    /// A rule's full text: summary, rationale, options, examples, and the advice it cites.
    public static func detail(_ rule: any Rule.Type) -> String {
        let d = rule.description
        var out = "\(d.identifier) (\(d.defaultSeverity.rawValue); tags: \(d.tags.map(\.rawValue).joined(separator: ", ")))\n\n"
        let rationale = d.rationale.replacingOccurrences(of: " in seeds/follow-up-advice.md", with: "")
        out += d.summary + "\n\n" + rationale + "\n\n" + closedBehaviour(d) + "\n"
        if !d.options.isEmpty {
            out += "\nOptions:\n"
            for option in d.options { out += "  \(option.name) (default \(option.defaultValue); \(option.values)): \(option.summary)\n" }
        }
        if !d.triggering.isEmpty {
            out += "\nIn the examples, ↓ marks where a finding starts; it is not part of the note.\n"
        }
        for (title, examples) in [("Triggers on", d.triggering), ("Does not trigger on", d.nonTriggering)] {
            for (number, example) in examples.enumerated() {
                out += "\n\(title) (example \(number + 1), as of \(example.today)\(settings(example))):\n"
                out += example.note.split(separator: "\n", omittingEmptySubsequences: false).map { "    " + $0 }.joined(separator: "\n") + "\n"
            }
        }
        if rationale != d.rationale {
            out += "\nThe advice, as numbered above (a recruiter's techniques for following up after an interview):\n"
            for (number, point) in advice.enumerated() { out += "  \(number + 1). \(point)\n" }
        }
        return out
    }

    /// `rules --format json`: every rule's description; `details` adds the examples.
    public static func json(_ rules: [any Rule.Type], details: Bool) -> String {
        func examples(_ list: [RuleExample]) -> [JSONValue] {
            details ? list.map { example in
                let options: JSONValue = .object(example.options.map { ($0.name, $0.value.json) })
                return .members(["note": example.note, "today": example.today, "options": example.options.isEmpty ? nil : options])
            } : []
        }
        return JSONValue.array(rules.map { rule in
            let d = rule.description
            return .members([
                "name": d.identifier, "tags": d.tags.map(\.rawValue), "severity": d.defaultSeverity.rawValue,
                "summary": d.summary, "rationale": d.rationale, "quietWhenClosed": d.quietWhenClosed,
                "options": d.options.map {
                    JSONValue.members(["name": $0.name, "default": $0.defaultValue.description, "values": $0.values, "summary": $0.summary])
                },
                "triggering": examples(d.triggering), "nonTriggering": examples(d.nonTriggering),
            ])
        }).rendered()
    }

    /// ", with due-hours: 48" for an example that sets options.
    static func settings(_ example: RuleExample) -> String {
        example.options.isEmpty ? "" : ", with " + example.options.map { "\($0.name): \($0.value)" }.joined(separator: ", ")
    }

    /// Whether the rule speaks once the interview is closed.
    static func closedBehaviour(_ d: RuleDescription) -> String {
        d.quietWhenClosed
            ? "Once the interview is closed (status offer, accepted, rejected, withdrawn or closed) it reports nothing: its advice can no longer be acted on."
            : "It still reports once the interview is closed (status offer, accepted, rejected, withdrawn or closed)."
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
            out += d.summary + "\n\n" + d.rationale + "\n\n" + closedBehaviour(d) + "\n"
            if !d.options.isEmpty {
                out += "\n| Option | Default | Values | Meaning |\n|--------|---------|--------|---------|\n"
                for option in d.options { out += "| `\(option.name)` | \(option.defaultValue) | \(option.values) | \(option.summary) |\n" }
            }
            for (title, examples) in [("Triggers on", d.triggering), ("Does not trigger on", d.nonTriggering)] {
                for example in examples {
                    out += "\n\(title) (as of \(example.today)\(settings(example))):\n\n````markdown\n\(example.note)\n````\n"
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
        func lists(_ key: String, _ names: [String], _ lists: (String) -> [String]?) {
            let given = names.compactMap { name in lists(name).map { (name, $0) } }
            guard !given.isEmpty else { return }
            out += "\(key):\n"
            for (name, list) in given { out += "  \(name): [\(list.map { "\"\($0)\"" }.joined(separator: ", "))]\n" }
        }
        lists("headings", Section.allCases.map(\.rawValue)) { name in Section(rawValue: name).flatMap { configuration.headings[$0] } }
        lists("keys", ConfiguredWords.fields.map(\.key)) { configuration.keys[$0] }
        lists("statuses", Interview.Status.allCases.map(\.rawValue)) { configuration.statuses[$0] }
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
