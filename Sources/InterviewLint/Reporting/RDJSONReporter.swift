/// reviewdog's Diagnostic Format (rdjson, `reviewdog -f=rdjson`). Columns are UTF-8 byte offsets,
/// as that format defines them; ends are exclusive.
public enum RDJSONReporter: Reporter {
    public static let identifier = "rdjson"
    public static let summary = "reviewdog JSON (reviewdog -f=rdjson)"

    static func position(_ position: SourcePosition) -> JSONValue {
        .object([("line", .int(position.line)), ("column", .int(position.column))])
    }

    public static func report(_ run: LintResult, options: ReportOptions) -> String {
        let document: JSONValue = .object([
            ("source", .object([("name", .string("interview-lint")), ("url", .string(ProjectLinks.homepage))])),
            ("diagnostics", .array(run.diagnostics.map { d in
                .object([
                    ("message", .string(d.message)),
                    ("location", .object([
                        ("path", .string(d.file)),
                        ("range", .object([("start", position(d.utf8Range.start)), ("end", position(d.utf8Range.end))])),
                    ])),
                    ("severity", .string(d.severity.named(error: "ERROR", warning: "WARNING", info: "INFO"))),
                    ("code", .object([("value", .string(d.rule)), ("url", .string(ProjectLinks.help(for: d.rule)))])),
                ])
            })),
        ])
        return document.rendered()
    }
}
