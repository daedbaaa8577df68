/// A report format: a name for `--format` and one pure function from the run to text.
public protocol Reporter {
    static var identifier: String { get }
    static var summary: String { get }
    static func report(_ run: LintResult, options: ReportOptions) -> String
    /// Line formats can write each file's findings as soon as they are ready.
    static var streams: Bool { get }
    /// One file's part of the report (streaming formats).
    static func lines(for report: FileReport, options: ReportOptions) -> String
    /// What ends the report once every file is written (streaming formats).
    static func trailer(_ run: LintResult, options: ReportOptions) -> String
}

extension Reporter {
    public static var streams: Bool { false }
    public static func lines(for report: FileReport, options: ReportOptions) -> String { "" }
    public static func trailer(_ run: LintResult, options: ReportOptions) -> String { "" }
}

/// A format made of lines (text, GitHub annotations): each file's lines as it is linted, then the
/// trailer; the whole report is the same text written at once.
public protocol LineReporter: Reporter {}

extension LineReporter {
    public static var streams: Bool { true }

    public static func report(_ run: LintResult, options: ReportOptions) -> String {
        run.reports.map { lines(for: $0, options: options) }.joined() + trailer(run, options: options)
    }
}

public struct ReportOptions: Sendable {
    /// ANSI colours (text only).
    public var color: Bool

    public init(color: Bool = false) {
        self.color = color
    }
}

public enum Reporters {
    public static let all: [any Reporter.Type] = [
        TextReporter.self, JSONReporter.self, SARIFReporter.self, GitHubReporter.self,
        JUnitReporter.self, CheckstyleReporter.self, RDJSONReporter.self,
    ]

    public static var identifiers: [String] { all.map { $0.identifier } }

    public static func named(_ name: String) -> (any Reporter.Type)? {
        all.first { $0.identifier == name }
    }
}

/// Where the project and its rule documentation live, for links in SARIF and rdjson output.
public enum ProjectLinks {
    public static let homepage = "https://github.com/interview-lint/interview-lint"

    /// The rule's section of docs/rules.md at this release.
    public static func help(for rule: String) -> String {
        "\(homepage)/blob/v\(InterviewLintVersion.current)/docs/rules.md#\(rule)"
    }
}

extension LintResult {
    /// The path as a repository-relative URI: `./` dropped, percent-encoded except `/`.
    static func uri(for path: String) -> String {
        var relative = path
        while relative.hasPrefix("./") { relative.removeFirst(2) }
        return relative.percentEncodedPath
    }
}

extension String {
    /// The path as a URI writes it: every UTF-8 byte percent-encoded but the unreserved ones and `/`.
    var percentEncodedPath: String {
        var result = ""
        for byte in utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
                 UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "."),
                 UInt8(ascii: "_"), UInt8(ascii: "~"), UInt8(ascii: "/"):
                result.append(Character(Unicode.Scalar(byte)))
            default:
                result += "%" + String(byte, radix: 16, uppercase: true).leftPadded(to: 2)
            }
        }
        return result
    }

    func leftPadded(to width: Int) -> String {
        count >= width ? self : String(repeating: "0", count: width - count) + self
    }
}
