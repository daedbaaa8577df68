/// A JSON Schema (draft-07, the draft SchemaStore serves) of `.interview-lint.yml`, made from the
/// declarations the loader reads with: its keys, every rule with its options, ranges and
/// defaults, the tags, the sections and the date orders. `interview-lint schema` prints it;
/// a test keeps schemas/interview-lint.schema.json equal to it.
public enum ConfigurationSchema {
    public static let id = "\(ProjectLinks.homepage)/raw/main/schemas/interview-lint.schema.json"

    /// What each top-level key means; the test fails if the loader knows a key this lacks.
    static let keyDescriptions: [String: String] = [
        "extends": "Another configuration file (relative to this one's folder) to build on; the keys here override it.",
        "rules": "Each rule: off, info, warning, error, or a mapping with `severity` and the rule's options. `interview-lint rules NAME` explains a rule.",
        "tags": "Turn whole groups of rules up, down or off: off, info, warning or error.",
        "business-hours": "Calls are fine on weekdays within these hours (contact-off-hours).",
        "call-window": "The best time for the follow-up call, mid-morning (follow-up-time-of-day; follow-up-due names the next slot in it).",
        "schedule": "When the follow-up is due (follow-up-timing, follow-up-due, timeframe-vague).",
        "headings": "Extra heading texts for each section, on top of the built-in ones; compared without case, emoji or punctuation.",
        "keys": "More names for the keys of front matter, key lines and Field | Value tables, for each field; compared without case, spaces or punctuation. A name given for date names the interview.",
        "statuses": "More words for each status, read from a status key's whole value; compared without case, spaces or punctuation.",
        "exclude": "Notes to leave out, as globs relative to this file's folder (* within a folder, ** across).",
        "me": "You, as the drafts of `interview-lint draft` sign: name, email and phone.",
        "date-order": "How numeric dates such as 04/11/2026 are read: mdy, dmy, ymd, or auto (the note's unambiguous dates decide; otherwise the date is reported as ambiguous).",
    ]

    static let scheduleDescriptions: [String: String] = [
        "after-decision-business-days": "Follow up this many business days after the decision date they gave.",
        "without-timeframe-business-days": "Follow up this many business days after the interview when they gave no date (\"about a week\").",
    ]

    /// An object with these properties and no others.
    static func closedObject(_ description: String, _ properties: [(String, JSONValue)]) -> JSONValue {
        .object([("description", .string(description)), ("type", .string("object")),
                 ("properties", .object(properties)), ("additionalProperties", .bool(false))])
    }

    static func level(_ description: String, default value: String? = nil) -> JSONValue {
        var members: [(String, JSONValue)] = [
            ("description", .string(description)),
            // YAML 1.1 readers take `off` and `on` for booleans; the loader accepts both.
            ("anyOf", .array([
                .object([("enum", .array(["off", "on", "info", "warning", "error"].map(JSONValue.string)))]),
                .object([("type", .string("boolean"))]),
            ])),
        ]
        if let value { members.append(("default", .string(value))) }
        return .object(members)
    }

    static func clock(_ range: ClockRange, _ description: String) -> JSONValue {
        .object([
            ("description", .string(description)),
            ("type", .string("string")),
            ("default", .string("\(LocalDateTime.clock(range.start))-\(LocalDateTime.clock(range.end))")),
        ])
    }

    static func days(_ value: Int, _ description: String) -> JSONValue {
        let range = ConfigurationLoader.businessDaysRange
        return .object([
            ("description", .string(description)), ("type", .string("integer")),
            ("minimum", .int(range.lowerBound)), ("maximum", .int(range.upperBound)), ("default", .int(value)),
        ])
    }

    static func rule(_ rule: any Rule.Type) -> JSONValue {
        let d = rule.description
        var options: [(String, JSONValue)] = [("severity", level("The rule's level.", default: d.defaultSeverity.rawValue))]
        for option in d.options {
            switch option.defaultValue {
            case .integer(let value):
                let range = option.range ?? Int.min...Int.max
                options.append((option.name, .object([
                    ("description", .string(option.summary)), ("type", .string("integer")),
                    ("minimum", .int(range.lowerBound)), ("maximum", .int(range.upperBound)), ("default", .int(value)),
                ])))
            case .boolean(let value):
                options.append((option.name, .object([
                    ("description", .string(option.summary)), ("type", .string("boolean")), ("default", .bool(value)),
                ])))
            }
        }
        let summary = "\(d.summary) \(ProjectLinks.help(for: d.identifier))"
        return .object([
            ("description", .string(summary)),
            ("default", .string(d.defaultSeverity.rawValue)),
            ("anyOf", .array([
                level(d.summary),
                .object([("type", .string("object")), ("properties", .object(options)), ("additionalProperties", .bool(false))]),
            ])),
        ])
    }

    public static func render() -> String {
        let defaults = Settings()
        let strings: JSONValue = .object([("type", .string("array")), ("items", .object([("type", .string("string"))]))])
        func stringOrList(_ description: String) -> JSONValue {
            .object([("description", .string(description)), ("default", .array([])),
                     ("anyOf", .array([.object([("type", .string("string"))]), strings]))])
        }
        var properties: [(String, JSONValue)] = []
        for key in ConfigurationLoader.topKeys {
            let description = keyDescriptions[key] ?? ""
            let value: JSONValue
            switch key {
            case "extends":
                value = .object([("description", .string(description)), ("type", .string("string"))])
            case "rules":
                value = .object([
                    ("description", .string(description)), ("type", .string("object")),
                    ("properties", .object(RuleRegistry.all.map { ($0.description.identifier, rule($0)) })),
                    ("additionalProperties", .bool(false)),
                ])
            case "tags":
                value = .object([
                    ("description", .string(description)), ("type", .string("object")),
                    ("properties", .object(RuleTag.allCases.map { ($0.rawValue, level("The level of every rule tagged \($0.rawValue).")) })),
                    ("additionalProperties", .bool(false)), ("default", .object([])),
                ])
            case "business-hours":
                value = clock(defaults.businessHours, description)
            case "call-window":
                value = clock(defaults.callWindow, description)
            case "schedule":
                value = closedObject(description, ConfigurationLoader.scheduleKeys.map { name in
                    (name, days(name == "after-decision-business-days" ? defaults.businessDaysAfterDecision
                                                                       : defaults.businessDaysWithoutTimeframe,
                                scheduleDescriptions[name] ?? ""))
                })
            case "headings":
                value = closedObject(description, Section.allCases.map { section in
                    (section.rawValue, stringOrList("Headings read as the \(section.rawValue) section, besides the built-in ones."))
                })
            case "keys":
                value = closedObject(description, ConfiguredWords.fields.map { field in
                    (field.key, stringOrList("Key names read as the \(field.key) field, besides the built-in ones."))
                })
            case "statuses":
                value = closedObject(description, Interview.Status.allCases.map { status in
                    (status.rawValue, stringOrList("Words read as the status \(status.rawValue), besides the built-in ones."))
                })
            case "exclude":
                value = stringOrList(description)
            case "date-order":
                value = .object([("description", .string(description)),
                                 ("enum", .array(ConfigurationLoader.dateOrders.map(JSONValue.string))),
                                 ("default", .string("auto"))])
            case "me":
                value = closedObject(description, Sender.keys.map { ($0, .object([("type", .string("string"))])) })
            default:
                value = .object([("description", .string(description))])
            }
            properties.append((key, value))
        }
        return JSONValue.object([
            ("$schema", .string("http://json-schema.org/draft-07/schema#")),
            ("$id", .string(id)),
            ("title", .string("interview-lint configuration (.interview-lint.yml)")),
            ("description", .string("Settings for interview-lint, the linter of job-interview follow-up notes: \(ProjectLinks.homepage)")),
            ("type", .string("object")),
            ("properties", .object(properties)),
            ("additionalProperties", .bool(false)),
        ]).rendered()
    }
}
