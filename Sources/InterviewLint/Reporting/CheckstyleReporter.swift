/// Checkstyle XML, the format reviewdog (`-f=checkstyle`) and many CI plugins read. Columns are
/// UTF-8 byte offsets, as reviewdog counts them.
public enum CheckstyleReporter: Reporter {
    public static let identifier = "checkstyle"
    public static let summary = "Checkstyle XML (reviewdog -f=checkstyle)"

    public static func report(_ run: LintResult, options: ReportOptions) -> String {
        var out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<checkstyle version=\"4.3\">\n"
        for report in run.reports where report.outcome == .linted {
            out += "  <file name=\"\(XML.escape(report.path))\">\n"
            for d in report.diagnostics {
                out += "    <error line=\"\(d.range.start.line)\" column=\"\(d.utf8Range.start.column)\" severity=\"\(d.severity.rawValue)\" message=\"\(XML.escape(d.message))\" source=\"\(XML.escape("interview-lint.\(d.rule)"))\"/>\n"
            }
            out += "  </file>\n"
        }
        return out + "</checkstyle>\n"
    }
}
