/// What a lint run over files and folders found: each file's report, the paths that could not be
/// read, and the configuration files read. `NoteRunner.lint` makes one; the reporters print it.
public struct LintResult: Sendable {
    /// What the summary needs, kept even when the reports themselves are not.
    public struct Totals: Sendable, Equatable {
        public var linted = 0
        public var withFindings = 0
        public var notInterviews = 0
        public var excluded = 0
        public var errors = 0
        public var warnings = 0
        public var infos = 0

        mutating func add(_ report: FileReport) {
            switch report.outcome {
            case .linted: linted += 1
            case .notAnInterview: notInterviews += 1
            case .excluded: excluded += 1
            }
            errors += report.count(.error)
            warnings += report.count(.warning)
            infos += report.count(.info)
            if report.count(.error) + report.count(.warning) + report.count(.info) > 0 { withFindings += 1 }
        }
    }

    /// Each file's report (unless the run streamed them out and kept only the totals).
    public var reports: [FileReport] = []
    /// Paths that could not be read or configured, with the reason (exit code 2).
    public var errors: [String] = []
    /// The configuration files the run read; with the notes, what a report must not overwrite.
    public var configurationFiles: [String] = []
    /// Configuration files that could not be used; their problems are among `errors`.
    public var configurationFaults = ConfigurationFaults()
    /// Totals of reports that were streamed out and not kept.
    var streamedTotals = Totals()

    /// Counts over every file, kept or streamed.
    public var totals: Totals {
        var totals = streamedTotals
        for report in reports { totals.add(report) }
        return totals
    }

    public var diagnostics: [Diagnostic] { reports.flatMap(\.diagnostics).sorted() }

    /// Paths that could not be read: `errors` less the configuration's problems.
    public var unreadableCount: Int { errors.count - configurationFaults.problems }

    public init(reports: [FileReport] = [], errors: [String] = []) {
        self.reports = reports
        self.errors = errors
    }

    /// Drops findings below `severity` (`--quiet` keeps errors only).
    public mutating func keepOnly(_ severity: Severity) {
        for index in reports.indices { reports[index].keepOnly(severity) }
    }

    /// How many findings of each severity, over every file.
    public func count(_ severity: Severity) -> Int {
        let totals = self.totals
        switch severity {
        case .error: return totals.errors
        case .warning: return totals.warnings
        case .info: return totals.infos
        }
    }

    /// 0 clean, 1 errors (or warnings with `strict`), 2 when something could not be read.
    public func exitCode(strict: Bool) -> Int32 {
        if !errors.isEmpty { return 2 }
        let worst: Severity? = count(.error) > 0 ? .error : count(.warning) > 0 ? .warning : count(.info) > 0 ? .info : nil
        if worst == .error || (strict && worst == .warning) { return 1 }
        return 0
    }
}
