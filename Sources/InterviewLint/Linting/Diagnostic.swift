/// One finding in one file, ready for a reporter.
public struct Diagnostic: Sendable, Hashable, Comparable {
    public var file: String
    public var range: SourceRange
    public var severity: Severity
    public var rule: String
    public var message: String
    /// The same span with columns counted in UTF-8 bytes (reviewdog's unit).
    public var utf8Range: SourceRange
    /// The text of the line the finding starts on, for fingerprints that survive lines moving.
    public var sourceLine: String = ""
    /// From the finding: the second place it concerns, and the text that fixes it.
    public var related: RelatedPlace? = nil
    public var replacement: String? = nil

    /// By file, then position, then rule.
    public static func < (lhs: Diagnostic, rhs: Diagnostic) -> Bool {
        (lhs.file, lhs.range.start.line, lhs.range.start.column, lhs.rule, lhs.message)
            < (rhs.file, rhs.range.start.line, rhs.range.start.column, rhs.rule, rhs.message)
    }
}

/// What linting one file produced.
public struct FileReport: Sendable {
    public enum Outcome: String, Sendable, Equatable {
        /// Read and checked.
        case linted
        /// Markdown, but not an interview note (no date, company or interview sections).
        case notAnInterview = "not-an-interview"
        /// Left out by an `exclude` glob.
        case excluded
    }

    public var path: String
    public var outcome: Outcome
    /// Sorted by position (the linter sorts them once).
    public var diagnostics: [Diagnostic] { didSet { counts = FileReport.tally(diagnostics) } }
    /// The rules that ran on it (for JUnit-style reports).
    public var rulesRun: [String]
    /// Findings by severity: error, warning, info. Kept when the diagnostics are dropped. (Three
    /// numbers rather than an array, which would be an allocation for every file.)
    private var counts: (error: Int, warning: Int, info: Int)

    public init(path: String, outcome: Outcome, diagnostics: [Diagnostic] = [], rulesRun: [String] = []) {
        self.path = path
        self.outcome = outcome
        self.diagnostics = diagnostics
        self.rulesRun = rulesRun
        self.counts = FileReport.tally(diagnostics)
    }

    public func count(_ severity: Severity) -> Int {
        switch severity {
        case .error: return counts.error
        case .warning: return counts.warning
        case .info: return counts.info
        }
    }

    /// Drops findings below `severity`.
    public mutating func keepOnly(_ severity: Severity) {
        diagnostics.removeAll { $0.severity < severity }
    }

    private static func tally(_ diagnostics: [Diagnostic]) -> (error: Int, warning: Int, info: Int) {
        var counts = (error: 0, warning: 0, info: 0)
        for diagnostic in diagnostics {
            switch diagnostic.severity {
            case .error: counts.error += 1
            case .warning: counts.warning += 1
            case .info: counts.info += 1
            }
        }
        return counts
    }
}
