/// JUnit XML (as GitLab, Jenkins and most CI systems read it): a test suite per note, a test case
/// per rule that ran on it, a failure per finding; a clean note passes. Paths that could not be
/// read are suites with an error.
public enum JUnitReporter: Reporter {
    public static let identifier = "junit"
    public static let summary = "JUnit XML (GitLab, Jenkins)"

    public static func report(_ run: LintResult, options: ReportOptions) -> String {
        var suites = ""
        var totalTests = 0, totalFailures = 0
        for report in run.reports where report.outcome == .linted {
            let byRule = Dictionary(grouping: report.diagnostics, by: \.rule)
            let failing = report.rulesRun.filter { byRule[$0] != nil }.count
            totalTests += report.rulesRun.count
            totalFailures += failing
            let file = XML.escape(report.path)
            suites += "  <testsuite name=\"\(file)\" tests=\"\(report.rulesRun.count)\" failures=\"\(failing)\" errors=\"0\" skipped=\"0\" file=\"\(file)\">\n"
            for rule in report.rulesRun {
                let findings = byRule[rule] ?? []
                if findings.isEmpty {
                    suites += "    <testcase name=\"\(rule)\" classname=\"\(file)\"/>\n"
                    continue
                }
                suites += "    <testcase name=\"\(rule)\" classname=\"\(file)\">\n"
                for d in findings {
                    let line = "\(d.file):\(d.range.start.line):\(d.range.start.column): \(d.severity.rawValue): \(d.message) [\(d.rule)]"
                    suites += "      <failure type=\"\(d.severity.rawValue)\" message=\"\(XML.escape("\(d.range.start.line):\(d.range.start.column): \(d.message)"))\">\(XML.escape(line))</failure>\n"
                }
                suites += "    </testcase>\n"
            }
            suites += "  </testsuite>\n"
        }
        for error in run.errors {
            totalTests += 1
            let name = XML.escape(error)
            suites += "  <testsuite name=\"\(name)\" tests=\"1\" failures=\"0\" errors=\"1\" skipped=\"0\">\n"
            suites += "    <testcase name=\"read\" classname=\"\(name)\">\n"
            suites += "      <error type=\"io\" message=\"\(name)\"/>\n"
            suites += "    </testcase>\n  </testsuite>\n"
        }
        return """
            <?xml version="1.0" encoding="UTF-8"?>
            <testsuites name="interview-lint" tests="\(totalTests)" failures="\(totalFailures)" errors="\(run.errors.count)">

            """ + suites + "</testsuites>\n"
    }
}
