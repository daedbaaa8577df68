import Foundation

/// Reads a note, runs the rules that the configuration turns on, applies suppressions.
public struct Linter: Sendable {
    public var now: LocalDateTime

    public init(now: LocalDateTime) {
        self.now = now
    }

    /// Lints one note's bytes. `path` is used in diagnostics as given.
    public func lint(path: String, bytes: [UInt8], configuration: Configuration) -> FileReport {
        lint(path: path, source: SourceText(bytes: bytes), configuration: configuration)
    }

    /// `beforeRules`: called once the note is read, before the rules run (for the time budget's message).
    /// `cancellation`: when set (the note ran out of its time budget), reading and checking stop
    /// early; the report then returned is dropped by the caller.
    public func lint(path: String, source: SourceText, configuration: Configuration,
                     cancellation: Cancellation? = nil, afterParse: (@Sendable () -> Void)? = nil,
                     beforeRules: (() -> Void)? = nil) -> FileReport {
        if configuration.excludes(path) { return FileReport(path: path, outcome: .excluded) }
        // The worked-out configuration is fetched once a note (each fetch takes a lock).
        let compiled = configuration.compiled
        var options = compiled.readerOptions
        options.today = now.date
        options.cancellation = cancellation
        options.afterParse = afterParse
        let interview = NoteReader.read(source, options: options, fileName: path)
        if cancellation?.isCancelled == true { return FileReport(path: path, outcome: .linted) }
        let isInterviewNote = interview.isInterviewNote
        let encodingProblem = interview.problems.contains { $0.kind == .encoding }
        guard isInterviewNote || encodingProblem else {
            return FileReport(path: path, outcome: .notAnInterview)
        }
        beforeRules?()
        // The model is handed over, not copied (a copy retained every string and array in it).
        var found = diagnostics(for: consume interview, path: path, configuration: configuration, compiled: compiled,
                                source: source, cancellation: cancellation)
        var rulesRun = compiled.identifiers
        if !isInterviewNote {
            // Unreadable bytes in a file that shows no sign of being an interview note (a binary
            // file named .md, a note in another encoding): the encoding is the finding; the rest
            // of the rules would only say that a stranger's file lacks a follow-up.
            let encoding = FileEncoding.description.identifier
            found.removeAll { $0.rule != encoding }
            rulesRun.removeAll { $0 != encoding }
        }
        return FileReport(path: path, outcome: .linted, diagnostics: found, rulesRun: rulesRun)
    }

    /// The report for a note that was not checked because it ran out of time: the `time-budget`
    /// finding and nothing else.
    /// `stage`: what the work was doing when the budget ran out; `size`: the note's bytes, if read.
    func timedOut(path: String, budget: Double, configuration: Configuration,
                  stage: WorkProgress.Stage = .parsing, size: Int? = nil) -> FileReport {
        var interview = Interview()
        interview.problems = [ReadProblem(
            .timeBudget,
            "not checked: \(stage.overBudget(budget, size: size)); check the file, or raise --time-budget",
            at: SourceRange(line: 1, column: 1, length: 0))]
        return FileReport(path: path, outcome: .linted,
                          diagnostics: diagnostics(for: interview, path: path, configuration: configuration)
                              .filter { $0.rule == TimeBudget.description.identifier },
                          rulesRun: [TimeBudget.description.identifier])
    }

    /// Each round's findings, named by its round ("Phone Screen of 2026-10-28: …"); a finding every
    /// round gives alike (a note-wide one) is given once, as it is.
    func roundDiagnostics(_ rounds: [Interview], path: String, configuration: Configuration,
                          compiled: Configuration.Compiled, source: SourceText?) -> [Diagnostic] {
        struct Key: Hashable { var rule: String; var line: Int; var column: Int; var message: String }
        let each = rounds.map { modelDiagnostics(for: $0, path: path, configuration: configuration, compiled: compiled, source: source) }
        var counts: [Key: Int] = [:]
        for found in each {
            for key in Set(found.map { Key(rule: $0.rule, line: $0.range.start.line, column: $0.range.start.column, message: $0.message) }) {
                counts[key, default: 0] += 1
            }
        }
        var result: [Diagnostic] = []
        var given = Set<Key>()
        for (round, found) in zip(rounds, each) {
            for var diagnostic in found {
                let key = Key(rule: diagnostic.rule, line: diagnostic.range.start.line, column: diagnostic.range.start.column, message: diagnostic.message)
                if counts[key] == rounds.count {
                    if given.insert(key).inserted { result.append(diagnostic) }
                    continue
                }
                if let label = round.round?.label, let day = round.start?.value.date {
                    diagnostic.message = "\(label) of \(day): \(diagnostic.message)"
                }
                result.append(diagnostic)
            }
        }
        result.sort(by: Linter.inNoteOrder)
        return result
    }

    /// Diagnostic's order, less the file name, which is the same for all of one note's findings.
    static func inNoteOrder(_ lhs: Diagnostic, _ rhs: Diagnostic) -> Bool {
        if lhs.range.start.line != rhs.range.start.line { return lhs.range.start.line < rhs.range.start.line }
        if lhs.range.start.column != rhs.range.start.column { return lhs.range.start.column < rhs.range.start.column }
        return (lhs.rule, lhs.message) < (rhs.rule, rhs.message)
    }

    /// Every rule's findings for one model, with severities and suppressions applied, sorted.
    public func diagnostics(for interview: Interview, path: String, configuration: Configuration,
                            source: SourceText? = nil) -> [Diagnostic] {
        diagnostics(for: interview, path: path, configuration: configuration, compiled: configuration.compiled, source: source)
    }

    func diagnostics(for interview: consuming Interview, path: String, configuration: Configuration,
                     compiled: Configuration.Compiled, source: SourceText?, cancellation: Cancellation? = nil) -> [Diagnostic] {
        if !interview.rounds.isEmpty {
            return roundDiagnostics(interview.rounds, path: path, configuration: configuration, compiled: compiled, source: source)
        }
        return modelDiagnostics(for: interview, path: path, configuration: configuration, compiled: compiled, source: source,
                                cancellation: cancellation)
    }

    private func modelDiagnostics(for interview: consuming Interview, path: String, configuration: Configuration,
                                  compiled: Configuration.Compiled, source: SourceText?,
                                  cancellation: Cancellation? = nil) -> [Diagnostic] {
        var result: [Diagnostic] = []
        // Read before the model moves into the context: `context.interview` hands out a copy.
        let suppressions = Suppressions(interview)
        // One context for every rule, only its options changed: building one a rule copied the
        // whole model 28 times a note. The model moves into it.
        var context = RuleContext(interview: interview, now: now, settings: configuration.settings)
        // Findings on one line share one copy of it: a copy each made memory grow with findings
        // times the line's length (100,000 unknown rules named on one front-matter line).
        var lineText: (number: Int, text: String) = (0, "")
        func sourceLine(_ number: Int) -> String {
            guard let source else { return "" }
            if lineText.number != number { lineText = (number, String(source.line(number))) }
            return lineText.text
        }
        // Worked out only when a rule says something is missing: most notes never need it.
        var language: ProseLanguage??
        func otherLanguage() -> ProseLanguage? {
            if let language { return language }
            let found = source.flatMap { ProseLanguage.of($0.bytes) }
            language = .some(found)
            return found
        }
        // By index, the rule's setting copied only when it found something: each copy retains its
        // name and options, and most rules find nothing in most notes.
        let rules = compiled.enabledRules
        for index in rules.indices {
            if cancellation?.isCancelled == true { break }
            if !rules[index].options.isEmpty || !context.options.isEmpty { context.options = rules[index].options }
            let findings = rules[index].rule.check(context)
            if findings.isEmpty { continue }
            let setting = rules[index]
            let identifier = setting.identifier
            let absence = setting.reportsAbsence
            for finding in findings where !suppressions.suppresses(identifier, line: finding.range.start.line) {
                // Configuration sets the base level; a rule may raise one finding above it (a
                // thank-you two days late is an error), steered by the rule's own thresholds.
                var severity = finding.uncertain ? .info : max(setting.severity, finding.severity ?? setting.severity)
                var message = finding.message
                if absence, !finding.uncertain, let other = otherLanguage() {
                    severity = .info
                    message += " (the note seems to be in \(other.rawValue), which interview-lint reads only in part: it may say so in words the reader missed; write that line in English or as docs/format.md shows to have it checked)"
                }
                result.append(Diagnostic(file: path, range: finding.range, severity: severity,
                                         rule: identifier, message: message,
                                         utf8Range: source?.utf8Range(finding.range) ?? finding.range,
                                         sourceLine: sourceLine(finding.range.start.line),
                                         related: finding.related, replacement: finding.replacement))
            }
        }
        result.sort(by: Linter.inNoteOrder)
        return result
    }
}

extension LocalDateTime {
    /// Reads `--today`: `2026-11-20` (the end of that day) or `2026-11-23T18:00` (that moment).
    public static func parseToday(_ text: String) -> LocalDateTime? {
        guard case .success(let (moment, hasTime)) = DateReader.parseDateTime(text) else { return nil }
        return hasTime ? moment : LocalDateTime.endOf(moment.date)
    }

    /// The system clock in the local time zone (TZ, else /etc/localtime), read with the C library:
    /// Foundation's Calendar and TimeZone cost more to set up than linting a note does.
    public static func current() -> LocalDateTime {
        var seconds = time(nil)
        var parts = tm()
        guard localtime_r(&seconds, &parts) != nil,
              let date = LocalDate(year: Int(parts.tm_year) + 1900, month: Int(parts.tm_mon) + 1, day: Int(parts.tm_mday))
        else { return LocalDateTime(date: LocalDate(ordinal: 0), hour: 0, minute: 0) }
        return LocalDateTime(date: date, hour: Int(parts.tm_hour), minute: Int(parts.tm_min))
    }
}
