/// The parts of interview-lint that read untrusted text, each callable with arbitrary bytes, for
/// the libFuzzer targets in Sources/interview-lint-fuzz (scripts/fuzz). Each must return normally
/// whatever it is given; a crash, a hang or an out-of-bounds access is a bug.
public enum FuzzEntryPoints {
    public static let names = ["note", "dates", "log", "config"]

    /// The whole path of a note: decoding, front matter, cmark, the reader, every rule, and the
    /// line-based and JSON reporters.
    public static func note(_ bytes: [UInt8]) {
        let linter = Linter(now: LocalDateTime(date: LocalDate(year: 2026, month: 11, day: 26)!, hour: 12))
        let report = linter.lint(path: "fuzz.md", source: SourceText(bytes: bytes), configuration: Configuration())
        let run = LintResult(reports: [report])
        _ = TextReporter.report(run, options: ReportOptions())
        _ = SARIFReporter.report(run, options: ReportOptions())
        let interview = NoteReader.read(SourceText(bytes: bytes))
        _ = Agenda.actions(for: interview, path: "fuzz.md", now: linter.now, configuration: Configuration())
    }

    /// The interview date, `--today`, timeframe answers and clock ranges.
    public static func dates(_ bytes: [UInt8]) {
        let text = String(decoding: bytes, as: UTF8.self)
        _ = DateReader.parseDateTime(text)
        _ = LocalDateTime.parseToday(text)
        _ = ClockRange.parse(text)
        for day in [LocalDate(year: 2026, month: 11, day: 16)!, LocalDate(year: 2026, month: 12, day: 31)!, LocalDate(year: 9999, month: 12, day: 31)!] {
            _ = TimeframeReader.read(text, interviewDay: day)
        }
        _ = TimeframeReader.read(text, interviewDay: nil)
    }

    /// One follow-up log entry, as a list item and as a table row.
    public static func logEntry(_ bytes: [UInt8]) {
        let text = String(decoding: bytes, as: UTF8.self)
        let people = ["Jane Doe", "Bob Smith", "Zoë Ødegård"].enumerated().map { index, name in
            Interviewer(name: Located(name, SourceRange(line: index + 1, column: 1, length: name.count)),
                        range: SourceRange(line: index + 1, column: 1, length: name.count))
        }
        let context = LogEntryReader.Context(people: people, companyWords: ["acme"],
                                             interviewDay: LocalDate(year: 2026, month: 11, day: 16), maxNameDistance: 2)
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            _ = LogEntryReader.fromText(SourceSpan(line, line: 1, column: 3), context: context)
        }
        let rows = ["| Date | Channel | With | Notes |", "|---|---|---|---|"] + text.split(separator: "\n").map(String.init)
        if let table = PipeTable(lines: rows.enumerated().map { ($0 + 1, 1, Substring($1)) }) {
            for row in table.rows { _ = LogEntryReader.fromRow(row, table: table, context: context) }
        }
    }

    /// A `.interview-lint.yml`.
    public static func configuration(_ bytes: [UInt8]) {
        let text = String(decoding: bytes, as: UTF8.self)
        // Differential: wherever the plain-YAML reader answers, Yams must give the same nodes.
        if let fast = SimpleConfigYAML.read(text) {
            let yams = try? ConfigurationLoader.compose(text, path: "fuzz.yml")
            precondition(yams == fast, "SimpleConfigYAML and Yams disagree on:\n\(text)")
        }
        if let configuration = try? ConfigurationLoader().parse(text, path: "fuzz.yml", file: "/nonexistent/fuzz.yml") {
            _ = ConfigurationPrinter.render(configuration)
            _ = configuration.compiled
        }
    }

    public static func run(_ target: String, _ bytes: [UInt8]) {
        switch target {
        case "dates": dates(bytes)
        case "log": logEntry(bytes)
        case "config": configuration(bytes)
        default: note(bytes)
        }
    }
}
