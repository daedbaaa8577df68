import Foundation

/// One JSON document: the findings, and a summary. The schema is in docs/json-output.md.
public enum JSONReporter {
    struct Document: Encodable {
        var tool: String
        var version: String
        var diagnostics: [Item]
        var files: [File]
        var errors: [String]
        var summary: Summary
    }

    struct Item: Encodable {
        var file: String
        var line: Int
        var column: Int
        var endLine: Int
        var endColumn: Int
        var severity: String
        var rule: String
        var message: String
    }

    struct File: Encodable {
        var path: String
        var outcome: String
    }

    struct Summary: Encodable {
        var notes: Int
        var errors: Int
        var warnings: Int
        var infos: Int
        var unreadable: Int
    }

    public static func report(_ run: LintRun) -> String {
        let diagnostics = run.diagnostics
        let document = Document(
            tool: "interview-lint", version: InterviewLintVersion.current,
            diagnostics: diagnostics.map {
                Item(file: $0.file, line: $0.range.start.line, column: $0.range.start.column,
                     endLine: $0.range.end.line, endColumn: $0.range.end.column,
                     severity: $0.severity.rawValue, rule: $0.rule, message: $0.message)
            },
            files: run.reports.map { report in
                let outcome: String
                switch report.outcome {
                case .linted: outcome = "linted"
                case .notAnInterview: outcome = "not-an-interview"
                case .excluded: outcome = "excluded"
                }
                return File(path: report.path, outcome: outcome)
            },
            errors: run.errors,
            summary: Summary(notes: run.reports.filter { $0.outcome == .linted }.count,
                             errors: diagnostics.filter { $0.severity == .error }.count,
                             warnings: diagnostics.filter { $0.severity == .warning }.count,
                             infos: diagnostics.filter { $0.severity == .info }.count,
                             unreadable: run.errors.count))
        return encode(document)
    }

    static func encode<T: Encodable>(_ value: T) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(value) else { return "{}" }
        return String(decoding: data, as: UTF8.self) + "\n"
    }
}

public enum InterviewLintVersion {
    public static let current = "0.1.0"
}
