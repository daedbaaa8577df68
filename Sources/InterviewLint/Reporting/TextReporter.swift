/// `path:line:col: severity: message [rule]`, one line per finding, then a summary.
public enum TextReporter: LineReporter {
    public static let identifier = "text"
    public static let summary = "one line per finding, then a summary (the default)"

    public static func lines(for report: FileReport, options: ReportOptions) -> String {
        var out = ""
        for diagnostic in report.diagnostics {
            let location = "\(TerminalText.escaped(diagnostic.file)):\(diagnostic.range.start.line):\(diagnostic.range.start.column)"
            let severity = diagnostic.severity.rawValue
            if options.color {
                out += "\(Style.bold)\(location)\(Style.reset): \(Style.color(for: diagnostic.severity))\(severity)\(Style.reset): \(TerminalText.escaped(diagnostic.message)) \(Style.dim)[\(diagnostic.rule)]\(Style.reset)\n"
            } else {
                out += "\(location): \(severity): \(TerminalText.escaped(diagnostic.message)) [\(diagnostic.rule)]\n"
            }
        }
        return out
    }

    public static func trailer(_ run: LintResult, options: ReportOptions) -> String {
        summary(of: run) + "\n"
    }

    /// "3 errors, 5 warnings and 1 info in 4 of 7 notes (2 other Markdown files passed over)."
    public static func summary(of run: LintResult) -> String {
        let totals = run.totals
        var counts: [String] = []
        for severity in [Severity.error, .warning, .info] {
            let count = run.count(severity)
            if count > 0 { counts.append(severity == .info ? "\(count) info" : Wording.plural(count, severity.rawValue)) }
        }
        // The configuration at fault, not the notes: "No problems in 0 notes" would say otherwise.
        var fault = run.configurationFaults.summary
        var text: String
        if let sole = fault, counts.isEmpty, totals.linted == 0 {
            text = sole.prefix(1).uppercased() + sole.dropFirst()
            fault = nil
        } else {
            text = counts.isEmpty
                ? "No problems in \(Wording.plural(totals.linted, "note"))"
                : "\(Wording.list(counts)) in \(totals.withFindings) of \(Wording.plural(totals.linted, "note"))"
        }
        var notes: [String] = []
        if let fault { notes.append(fault) }
        let others = totals.notInterviews
        if others > 0 { notes.append("\(others) other Markdown \(others == 1 ? "file" : "files") passed over: not interview notes") }
        if totals.excluded > 0 { notes.append("\(totals.excluded) excluded by the configuration") }
        let unreadable = run.unreadableCount
        if unreadable > 0 { notes.append("\(Wording.plural(unreadable, "path")) could not be read") }
        if !notes.isEmpty { text += " (" + notes.joined(separator: "; ") + ")" }
        return text + "."
    }
}

enum Style {
    static let reset = "\u{1B}[0m"
    static let bold = "\u{1B}[1m"
    static let dim = "\u{1B}[2m"

    static func color(for severity: Severity) -> String {
        switch severity {
        case .error: return "\u{1B}[1;31m"
        case .warning: return "\u{1B}[1;33m"
        case .info: return "\u{1B}[1;36m"
        }
    }
}
