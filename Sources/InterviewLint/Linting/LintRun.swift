import Foundation

/// Which configuration to use.
public enum ConfigurationChoice: Sendable {
    /// The nearest `.interview-lint.yml` above each note.
    case discover
    /// This file alone (`--config`).
    case file(String)
    /// None (`--no-config`).
    case none
}

/// A whole run over files and folders: what the `lint` command does, without the printing.
public struct LintRun: Sendable {
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
    /// Totals of reports that were streamed out and not kept.
    private var streamedTotals = Totals()

    /// Counts over every file, kept or streamed.
    public var totals: Totals {
        var totals = streamedTotals
        for report in reports { totals.add(report) }
        return totals
    }

    public var diagnostics: [Diagnostic] { reports.flatMap(\.diagnostics).sorted() }

    public init(reports: [FileReport] = [], errors: [String] = []) {
        self.reports = reports
        self.errors = errors
    }

    /// Reads every note under `paths` (and standard input for `-`) with the configuration in force
    /// for it, runs `transform` on `jobs` threads, and hands the results to `emit` one by one in
    /// path order, whatever the parallelism. Work goes in batches, so only a batch of notes is in
    /// memory at a time. Returns the paths that could not be read or configured, in order.
    /// `timeBudget` (seconds, 0 for none) bounds each file: a note that takes longer (cmark is
    /// quadratic on some pathological Markdown) is left running in the background and reported
    /// through `onTimeout`, and the run goes on with the others; the process ends when they are done.
    static func process<T>(paths: [String], configuration choice: ConfigurationChoice, jobs: Int,
                           timeBudget: Double = 0, onTimeout: ((String) -> T)? = nil,
                           standardInput: (() -> [UInt8])? = nil, stdinName: String = "<stdin>",
                           transform: @escaping @Sendable (String, SourceText, Configuration) -> T,
                           emit: (T) -> Void) -> [String] {
        let loader = ConfigurationLoader()
        var fixed: Configuration?
        switch choice {
        case .file(let path):
            do { fixed = try loader.load(path) } catch { return ["\(error)"] }
        case .none:
            fixed = Configuration()
        case .discover:
            break
        }
        let (files, listErrors) = FileCollector.collect(paths.filter { $0 != "-" })
        var errors = listErrors
        var inputs = files.map { (name: $0, stdin: false) }
        let stdinBytes = paths.contains("-") ? standardInput?() : nil
        if stdinBytes != nil { inputs.append((stdinName, true)) }
        inputs.sort { $0.name < $1.name }

        let configured = fixed
        let inner: @Sendable (String, Bool) -> Result<T, ReadFailure> = { name, isStdin in
            let bytes: [UInt8]
            if isStdin {
                bytes = stdinBytes ?? []
            } else {
                switch FileCollector.read(name) {
                case .failure(let error): return .failure(ReadFailure(message: "\(name): cannot read (\(error.reason))"))
                case .success(let contents): bytes = contents
                }
            }
            do {
                let configuration = try configured ?? loader.configuration(forNoteAt: name)
                return .success(transform(name, SourceText(bytes: bytes), configuration))
            } catch {
                return .failure(ReadFailure(message: "\(error)"))
            }
        }
        let work: @Sendable (String, Bool) -> Result<T, ReadFailure> = { name, isStdin in
            guard timeBudget > 0 else { return inner(name, isStdin) }
            // Run the file on another thread and wait at most the budget for it.
            let box = ResultBox<T>()
            budgetQueue.async {
                box.value = inner(name, isStdin)
                box.done.signal()
            }
            if box.done.wait(timeout: .now() + timeBudget) == .success, let value = box.value { return value }
            // The abandoned work goes on (on a thread of its own) until the process ends.
            return .failure(ReadFailure(message: "\(name): not checked: reading it took longer than the \(timeBudget.formatted) s time budget (--time-budget)", timedOut: true))
        }
        let workers = max(1, jobs)
        let batchSize = max(64, workers * 32)
        var start = 0
        while start < inputs.count {
            let batch = Array(inputs[start..<min(start + batchSize, inputs.count)])
            let results = UnsafeMutableBufferPointer<Result<T, ReadFailure>?>.allocate(capacity: batch.count)
            results.initialize(repeating: nil)
            if workers == 1 || batch.count == 1 {
                for (index, input) in batch.enumerated() { results[index] = work(input.name, input.stdin) }
            } else {
                let slots = ResultSlots(results)
                DispatchQueue.concurrentPerform(iterations: min(workers, batch.count)) { worker in
                    for index in stride(from: worker, to: batch.count, by: workers) {
                        slots.store(work(batch[index].name, batch[index].stdin), at: index)
                    }
                }
            }
            for index in 0..<batch.count {
                switch results[index] {
                case .success(let value)?: emit(value)
                case .failure(let failure)?:
                    if failure.timedOut, let onTimeout { emit(onTimeout(batch[index].name)) } else { errors.append(failure.message) }
                case nil: break
                }
            }
            results.deinitialize()
            results.deallocate()
            start += batch.count
        }
        return errors
    }

    /// Lints `paths` on `jobs` threads. `standardInput` is the text for the path `-`, named
    /// `stdinName`. With `onReport`, each file's report is handed over in path order as soon as
    /// it is ready and kept only as counts (`keepDiagnostics: false`), so memory stays flat.
    public static func run(paths: [String], now: LocalDateTime, configuration choice: ConfigurationChoice,
                           jobs: Int = ProcessInfo.processInfo.activeProcessorCount, timeBudget: Double = 0,
                           standardInput: (() -> [UInt8])? = nil, stdinName: String = "<stdin>",
                           keepDiagnostics: Bool = true, onReport: ((FileReport) -> Void)? = nil) -> LintRun {
        var run = LintRun()
        let linter = Linter(now: now)
        let budgetConfiguration: Configuration
        switch choice {
        case .file(let path): budgetConfiguration = (try? ConfigurationLoader().load(path)) ?? Configuration()
        default: budgetConfiguration = Configuration()
        }
        run.errors = process(paths: paths, configuration: choice, jobs: jobs, timeBudget: timeBudget,
                             onTimeout: { path in
                                 linter.timedOut(path: path, budget: timeBudget, configuration: budgetConfiguration)
                             },
                             standardInput: standardInput, stdinName: stdinName,
                             transform: { path, source, configuration in
                                 linter.lint(path: path, source: source, configuration: configuration)
                             },
                             emit: { report in
                                 onReport?(report)
                                 if keepDiagnostics {
                                     run.reports.append(report)
                                 } else {
                                     // Streamed out: only its counts stay, so memory is flat.
                                     run.streamedTotals.add(report)
                                 }
                             })
        return run
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

/// Runs notes against the clock. A queue of our own is served by new threads when its threads are
/// busy, so notes abandoned after the budget cannot starve the rest (the global queue's threads
/// are capped at the number of cores).
private let budgetQueue = DispatchQueue(label: "interview-lint.time-budget", attributes: .concurrent)

struct ReadFailure: Error {
    var message: String
    var timedOut = false
}

/// Where a file's result lands when it is run against the clock.
private final class ResultBox<T>: @unchecked Sendable {
    var value: Result<T, ReadFailure>?
    let done = DispatchSemaphore(value: 0)
}

extension Double {
    /// `2`, `0.5`: without a trailing `.0`.
    var formatted: String {
        self == rounded() ? String(Int(self)) : String(self)
    }
}

/// Result slots written by worker threads, each index by exactly one of them.
private final class ResultSlots<T>: @unchecked Sendable {
    let buffer: UnsafeMutableBufferPointer<Result<T, ReadFailure>?>

    init(_ buffer: UnsafeMutableBufferPointer<Result<T, ReadFailure>?>) {
        self.buffer = buffer
    }

    func store(_ value: Result<T, ReadFailure>, at index: Int) {
        buffer[index] = value
    }
}

