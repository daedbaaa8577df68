/// One JSON document: the findings, the files, and a summary. The schema is in docs/json-output.md.
public enum JSONReporter: Reporter {
    public static let identifier = "json"
    public static let summary = "one JSON document (docs/json-output.md)"

    public static func report(_ run: LintResult, options: ReportOptions) -> String {
        let diagnostics = run.diagnostics
        func count(_ severity: Severity) -> JSONValue { .int(diagnostics.filter { $0.severity == severity }.count) }
        let document: JSONValue = .object([
            ("tool", .string("interview-lint")),
            ("version", .string(InterviewLintVersion.current)),
            ("diagnostics", .array(diagnostics.map { d in
                .object([
                    ("file", .string(d.file)),
                    ("line", .int(d.range.start.line)),
                    ("column", .int(d.range.start.column)),
                    ("endLine", .int(d.range.end.line)),
                    ("endColumn", .int(d.range.end.column)),
                    ("severity", .string(d.severity.rawValue)),
                    ("rule", .string(d.rule)),
                    ("message", .string(d.message)),
                ])
            })),
            ("files", .array(run.reports.map { report in
                .object([("path", .string(report.path)), ("outcome", .string(report.outcome.rawValue))])
            })),
            ("errors", .array(run.errors.map { .string($0) })),
            ("summary", .object([
                ("notes", .int(run.totals.linted)),
                ("errors", count(.error)),
                ("warnings", count(.warning)),
                ("infos", count(.info)),
                ("unreadable", .int(run.unreadableCount)),
            ])),
        ])
        return document.rendered()
    }
}

public enum InterviewLintVersion {
    public static let current = "0.1.0"
}
