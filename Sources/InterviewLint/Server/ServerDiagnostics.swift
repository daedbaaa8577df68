import Foundation

/// The linter's findings as the protocol's diagnostics.
enum ServerDiagnostics {
    static let source = "interview-lint"
    /// The `code` of the finding that stands for a configuration file that cannot be used.
    static let configurationCode = "configuration"

    static func severity(_ severity: Severity) -> Int {
        switch severity {
        case .error: return 1
        case .warning: return 2
        case .info: return 3
        }
    }

    static func convert(_ diagnostic: Diagnostic, uri: String, index: LineIndex, encoding: PositionEncoding) -> LSPDiagnostic {
        var result = LSPDiagnostic(range: index.range(of: diagnostic.range, in: encoding),
                                   severity: severity(diagnostic.severity), code: diagnostic.rule,
                                   codeDescription: CodeDescription(href: ProjectLinks.help(for: diagnostic.rule)),
                                   source: source, message: diagnostic.message)
        if let related = diagnostic.related {
            result.relatedInformation = [RelatedInformation(
                location: Location(uri: uri, range: index.range(of: related.range, in: encoding)), message: related.message)]
        }
        if let replacement = diagnostic.replacement { result.data = .object(["replacement": .string(replacement)]) }
        return result
    }

    /// A configuration file that cannot be used, as one finding on the note's first line: the
    /// note was not checked. Each problem is related information pointing into the file.
    static func configurationProblem(_ error: ConfigurationError, index: LineIndex, encoding: PositionEncoding) -> LSPDiagnostic {
        let problems = error.problems
        let first = problems[0]
        var message = "not checked: \(first.file):\(first.line):\(first.column): \(first.message)"
        if problems.count > 1 { message += " (and \(problems.count - 1) more in the configuration)" }
        let lineEnd = index.position(of: SourcePosition(line: 1, column: Int.max / 2), in: encoding)
        return LSPDiagnostic(
            range: LSPRange(start: LSPPosition(line: 0, character: 0), end: lineEnd), severity: 1,
            code: configurationCode, codeDescription: nil, source: source, message: message,
            relatedInformation: problems.map { problem in
                // Columns in the configuration file are its own (the editor shows it as given).
                let place = LSPPosition(line: max(problem.line - 1, 0), character: max(problem.column - 1, 0))
                let uri = DocumentURI.uri(of: problem.file.hasPrefix("/") ? problem.file
                    : (FileManager.default.currentDirectoryPath as NSString).appendingPathComponent(problem.file))
                return RelatedInformation(location: Location(uri: uri, range: LSPRange(start: place, end: place)),
                                          message: problem.message)
            })
    }
}
