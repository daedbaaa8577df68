/// GitHub Actions workflow commands: each finding becomes an annotation on the pull request.
public enum GitHubReporter: LineReporter {
    public static let identifier = "github"
    public static let summary = "GitHub Actions annotations (::error file=…::message), then the summary"

    /// Escaping for the message part: `%`, CR and LF.
    static func escapeData(_ text: String) -> String {
        text.replacingScalars(dataEscape)
    }

    /// Escaping for property values: the above, plus `:` and `,`.
    static func escapeProperty(_ text: String) -> String {
        text.replacingScalars { scalar in
            switch scalar {
            case ":": return "%3A"
            case ",": return "%2C"
            default: return dataEscape(scalar)
            }
        }
    }

    private static func dataEscape(_ scalar: Unicode.Scalar) -> String? {
        switch scalar {
        case "%": return "%25"
        case "\r": return "%0D"
        case "\n": return "%0A"
        default: return nil
        }
    }

    public static func lines(for report: FileReport, options: ReportOptions) -> String {
        var out = ""
        for d in report.diagnostics {
            let properties = [
                "file=\(escapeProperty(d.file))",
                "line=\(d.range.start.line)",
                "col=\(d.range.start.column)",
                "endLine=\(d.range.end.line)",
                "endColumn=\(d.range.end.column)",
                "title=\(escapeProperty("interview-lint: \(d.rule)"))",
            ].joined(separator: ",")
            out += "::\(d.severity.named(error: "error", warning: "warning", info: "notice")) \(properties)::\(escapeData(d.message))\n"
        }
        return out
    }

    public static func trailer(_ run: LintResult, options: ReportOptions) -> String {
        var out = ""
        for error in run.errors { out += "::error title=interview-lint::\(escapeData(error))\n" }
        return out + TextReporter.summary(of: run) + "\n"
    }
}
