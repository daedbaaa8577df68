/// SARIF 2.1.0 for GitHub code scanning and other SARIF readers. Columns are Unicode code points
/// (`columnKind: unicodeCodePoints`); each result has a fingerprint that does not depend on its
/// line number, so alerts survive unrelated lines moving.
public enum SARIFReporter: Reporter {
    public static let identifier = "sarif"
    public static let summary = "SARIF 2.1.0 (GitHub code scanning)"
    public static let schemaURI = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"

    static func level(_ severity: Severity) -> String {
        severity.named(error: "error", warning: "warning", info: "note")
    }

    static func ruleObject(_ rule: any Rule.Type) -> JSONValue {
        let d = rule.description
        let name = d.identifier.split(separator: "-").map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined()
        var markdown = "\(d.summary)\n\n\(d.rationale)"
        if !d.options.isEmpty {
            markdown += "\n\nOptions: " + d.options.map { "`\($0.name)` (default \($0.defaultValue))" }.joined(separator: ", ")
        }
        return .object([
            ("id", .string(d.identifier)),
            ("name", .string(name)),
            ("shortDescription", .object([("text", .string(d.summary))])),
            ("fullDescription", .object([("text", .string(d.rationale))])),
            ("help", .object([("text", .string("\(d.summary)\n\n\(d.rationale)")), ("markdown", .string(markdown))])),
            ("helpUri", .string(ProjectLinks.help(for: d.identifier))),
            ("defaultConfiguration", .object([("level", .string(level(d.defaultSeverity)))])),
            ("properties", .object([("tags", .array(d.tags.map { .string($0.rawValue) }))])),
        ])
    }

    public static func report(_ run: LintResult, options: ReportOptions) -> String {
        let rules = RuleRegistry.all
        let index = Dictionary(uniqueKeysWithValues: rules.enumerated().map { ($1.description.identifier, $0) })
        // The fingerprint hashes rule, file and trimmed line, then the occurrence of that key. Each
        // distinct line is trimmed and hashed once and the hash carried on from there: hashing
        // the whole line for every finding takes time findings times its length (many findings
        // on one long front-matter line).
        var lineIDs: [LineKey: Int] = [:]
        var textIDs: [String: Int] = [:]
        var keyStates: [RuleLine: UInt64] = [:]
        var seen: [RuleLine: Int] = [:]
        let results: [JSONValue] = run.diagnostics.map { d in
            let lineKey = LineKey(file: d.file, line: d.range.start.line)
            let textID: Int
            if let known = lineIDs[lineKey] {
                textID = known
            } else {
                let text = d.file + "\u{0}" + d.sourceLine.trimmingWhitespace()
                textID = textIDs[text] ?? textIDs.count
                textIDs[text] = textID
                lineIDs[lineKey] = textID
            }
            let ruleLine = RuleLine(rule: d.rule, text: textID)
            let state = keyStates[ruleLine] ?? Fingerprint.state(
                [d.rule, d.file, d.sourceLine.trimmingWhitespace()].joined(separator: "\u{0}"))
            keyStates[ruleLine] = state
            let occurrence = seen[ruleLine, default: 0]
            seen[ruleLine] = occurrence + 1
            return .object([
                ("ruleId", .string(d.rule)),
                ("ruleIndex", .int(index[d.rule] ?? 0)),
                ("level", .string(level(d.severity))),
                ("message", .object([("text", .string(d.message))])),
                ("locations", .array([.object([
                    ("physicalLocation", .object([
                        ("artifactLocation", .object([("uri", .string(LintResult.uri(for: d.file))), ("uriBaseId", .string("%SRCROOT%"))])),
                        ("region", .object([
                            ("startLine", .int(d.range.start.line)),
                            ("startColumn", .int(d.range.start.column)),
                            ("endLine", .int(d.range.end.line)),
                            ("endColumn", .int(max(d.range.end.column, d.range.start.line == d.range.end.line ? d.range.start.column : 1))),
                        ])),
                    ])),
                ])])),
                ("partialFingerprints", .object([
                    ("interviewLint/v1", .string(Fingerprint.hex(Fingerprint.state("\u{0}\(occurrence)", from: state)))),
                ])),
            ])
        }
        let notifications: [JSONValue] = run.errors.map {
            .object([("level", .string("error")), ("message", .object([("text", .string($0))]))])
        }
        let document: JSONValue = .object([
            ("$schema", .string(schemaURI)),
            ("version", .string("2.1.0")),
            ("runs", .array([.object([
                ("tool", .object([("driver", .object([
                    ("name", .string("interview-lint")),
                    ("version", .string(InterviewLintVersion.current)),
                    ("semanticVersion", .string(InterviewLintVersion.current)),
                    ("informationUri", .string(ProjectLinks.homepage)),
                    ("rules", .array(rules.map(ruleObject))),
                ]))])),
                ("invocations", .array([.object([
                    ("executionSuccessful", .bool(run.errors.isEmpty)),
                    ("toolExecutionNotifications", .array(notifications)),
                ])])),
                ("columnKind", .string("unicodeCodePoints")),
                ("results", .array(results)),
            ])])),
        ])
        return document.rendered()
    }
}

/// FNV-1a, 64 bits, as 16 hex digits: stable across runs, platforms and versions.
private struct LineKey: Hashable {
    var file: String
    var line: Int
}

private struct RuleLine: Hashable {
    var rule: String
    var text: Int
}

/// FNV-1a, 64 bits.
enum Fingerprint {
    static let start: UInt64 = 0xcbf2_9ce4_8422_2325

    static func hex(_ text: String) -> String { hex(state(text)) }

    static func hex(_ state: UInt64) -> String { String(state, radix: 16).leftPadded(to: 16) }

    /// The hash of `text` following whatever gave `state`: hashing a text in two pieces gives
    /// what hashing it whole does.
    static func state(_ text: String, from state: UInt64 = start) -> UInt64 {
        var hash = state
        for byte in text.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01B3
        }
        return hash
    }
}
