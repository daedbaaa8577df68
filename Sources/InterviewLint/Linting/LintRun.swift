import Foundation
import Synchronization

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
    /// The configuration files the run read; with the notes, what a report must not overwrite.
    public var configurationFiles: [String] = []
    /// Configuration files that could not be used; their problems are among `errors`.
    public var configurationFaults = ConfigurationFaults()
    /// Totals of reports that were streamed out and not kept.
    private var streamedTotals = Totals()

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

    /// `--jobs`: more threads than this only compete for the cores, and enough of them make ordinary
    /// notes miss their time budget (wall time).
    public static let jobsRange: ClosedRange<Int> = 1...256
    /// `--time-budget` in seconds, besides 0 for none: below a millisecond no note can be read; a
    /// day is far beyond any note and keeps deadlines within what the clock arithmetic can hold.
    public static let timeBudgetRange: ClosedRange<Double> = 0.001...86_400

    /// Why `seconds` is not a valid `--time-budget`, or nil when it is.
    public static func timeBudgetProblem(_ seconds: Double) -> String? {
        if seconds == 0 || timeBudgetRange.contains(seconds) { return nil }
        return "--time-budget takes 0 (no limit) or a number of seconds from \(timeBudgetRange.lowerBound.formatted) to \(timeBudgetRange.upperBound.formatted)"
    }

    /// Why `jobs` is not a valid `--jobs`, or nil when it is.
    public static func jobsProblem(_ jobs: Int) -> String? {
        jobsRange.contains(jobs) ? nil : "--jobs takes a whole number from \(jobsRange.lowerBound) to \(jobsRange.upperBound)"
    }

    /// Reads every note under `paths` (and standard input for `-`) with the configuration in force
    /// for it, runs `transform` on `jobs` threads, and hands the results to `emit` one by one in
    /// path order, whatever the parallelism. Work goes in batches, so only a batch of notes is in
    /// memory at a time. Returns the paths that could not be read or configured, in order.
    /// `timeBudget` (seconds, 0 for none) bounds each file: a note that takes longer (cmark is
    /// quadratic on some pathological Markdown) is left running in the background and reported
    /// through `onTimeout`, and the run goes on with the others; the process ends when they are done.
    /// `afterSoleTimeout`: see `WorkerPool.run(deliver:takeOver:)`; when the run is one file and it
    /// runs out of its budget, its timed-out value is emitted and then this is called, on another
    /// thread, with the errors so far; it must finish the run and end the process.
    static func process<T>(paths: [String], configuration choice: ConfigurationChoice, jobs: Int?,
                           timeBudget: Double = 0, onTimeout: ((String, WorkProgress.Entry) -> T)? = nil,
                           afterSoleTimeout: (([String]) -> Never)? = nil,
                           standardInput: (() -> Result<[UInt8], FileError>)? = nil, stdinName: String = "<stdin>",
                           noteSizeLimit: Int = FileCollector.defaultMaximumMegabytes << 20,
                           loader: ConfigurationLoader = ConfigurationLoader(),
                           onBrokenConfiguration: ((_ error: ConfigurationError, _ firstTime: Bool, _ note: Bool) -> Void)? = nil,
                           transform: @escaping @Sendable (String, SourceText, Configuration, WorkProgress.Mark) -> T,
                           emit: @escaping (T) -> Void) -> [String] {
        var fixed: Configuration?
        switch choice {
        case .file(let path):
            do {
                fixed = try loader.load(path)
            } catch let error as ConfigurationError {
                onBrokenConfiguration?(error, true, false)
                return error.problems.map(\.description)
            } catch {
                return ["\(error)"]
            }
        case .none:
            fixed = Configuration()
        case .discover:
            break
        }
        var (inputs, errors) = FileCollector.collect(paths.filter { $0 != "-" })
        var readStdin: [UInt8]?
        if paths.contains("-"), let standardInput {
            switch standardInput() {
            case .success(let bytes): readStdin = bytes
            case .failure(let error): errors.append("\(stdinName): cannot read (\(error.reason))")
            }
        }
        let stdinBytes = readStdin
        if stdinBytes != nil { inputs.append(path: stdinName, isStandardInput: true) }
        inputs.sort()

        let configured = fixed
        let budget = timeBudget > 0 ? timeBudget : nil
        // Only a run with a budget needs to know where a note's work stands when it runs out.
        let progress = budget == nil ? nil : WorkProgress()
        let inner: @Sendable (Int, String, Bool, Cancellation) -> FileOutcome<T> = { index, name, isStdin, cancellation in
            let mark = WorkProgress.Mark(progress: progress, index: index, cancellation: cancellation)
            defer { progress?.finish(index) }
            let bytes: [UInt8]
            if isStdin {
                bytes = stdinBytes ?? []
            } else {
                mark(.reading)
                switch FileCollector.read(name, limit: noteSizeLimit) {
                case .failure(let error): return .failure(ReadFailure(message: "\(name): cannot read (\(error.reason))"))
                case .success(let contents): bytes = contents
                }
            }
            do {
                mark(.configuring, size: bytes.count)
                let configuration = try configured ?? loader.configuration(forNoteAt: name)
                mark(.parsing, configuration: configuration)
                return .success(transform(name, SourceText(bytes: bytes), configuration, mark))
            } catch let error as ConfigurationError {
                return .failure(ReadFailure(message: "", configuration: error))
            } catch {
                return .failure(ReadFailure(message: "\(error)"))
            }
        }
        let ordered = inputs
        // Unless told, as many threads as cores; counting them reads cgroup files, which a run on
        // one note (the pre-commit case) can skip.
        let workers = jobs ?? (ordered.count > 1 ? ProcessInfo.processInfo.activeProcessorCount : 1)
        let pool = WorkerPool(count: ordered.count, workers: min(max(1, workers), jobsRange.upperBound), budget: budget,
                              cancellableWork: { index, cancellation in
            let input = ordered[index]
            return inner(index, input.path, input.isStandardInput, cancellation)
        })
        // Every note under a broken configuration fails the same way: its problems are reported
        // for the first note only.
        var reported = Set<String>()
        let handle = { (index: Int, result: FileOutcome<T>) in
            switch result {
            case .success(let value):
                emit(value)
            case .failure(let failure):
                if let broken = failure.configuration {
                    let firstTime = reported.insert(broken.description).inserted
                    if firstTime { errors += broken.problems.map(\.description) }
                    onBrokenConfiguration?(broken, firstTime, true)
                } else if failure.timedOut {
                    var place = progress?.entry(index) ?? WorkProgress.Entry()
                    if place.configuration == nil { place.configuration = configured }
                    if let onTimeout {
                        emit(onTimeout(ordered[index].path, place))
                    } else {
                        errors.append("\(ordered[index].path): not checked: \(place.stage.overBudget(timeBudget, size: place.size)); check the file, or raise --time-budget")
                    }
                } else if failure.unstarted {
                    errors.append("\(ordered[index].path): not checked: \(failure.message)")
                } else {
                    errors.append(failure.message)
                }
            }
        }
        pool.run(deliver: handle, takeOver: afterSoleTimeout.map { finish in
            { index, result in
                handle(index, result)
                finish(errors)
            }
        })
        return errors
    }

    /// Lints `paths` on `jobs` threads (nil: one a core). `standardInput` is the text for the path `-`, named
    /// `stdinName`. With `onReport`, each file's report is handed over in path order as soon as
    /// it is ready and kept only as counts (`keepDiagnostics: false`), so memory stays flat.
    /// With `afterSoleTimeout`, a run on one file lints it on the calling thread; if it runs out of
    /// its time budget, the run with its timed-out report is handed to `afterSoleTimeout` on a
    /// watcher thread instead of being returned, and that must end the process.
    public static func run(paths: [String], now: LocalDateTime, configuration choice: ConfigurationChoice,
                           jobs: Int? = nil, timeBudget: Double = 0,
                           standardInput: (() -> Result<[UInt8], FileError>)? = nil, stdinName: String = "<stdin>",
                           noteSizeLimit: Int = FileCollector.defaultMaximumMegabytes << 20, keepDiagnostics: Bool = true, onReport: ((FileReport) -> Void)? = nil,
                           afterSoleTimeout: ((LintRun) -> Never)? = nil) -> LintRun {
        var run = LintRun()
        let linter = Linter(now: now)
        let loader = ConfigurationLoader()
        run.errors = process(paths: paths, configuration: choice, jobs: jobs, timeBudget: timeBudget,
                             onTimeout: { path, progress in
                                 // The note's own configuration when it was found in time (its
                                 // `time-budget` severity), else the defaults.
                                 linter.timedOut(path: path, budget: timeBudget, configuration: progress.configuration ?? Configuration(),
                                                 stage: progress.stage, size: progress.size)
                             },
                             afterSoleTimeout: afterSoleTimeout.map { finish in
                                 { errors in
                                     run.errors = errors
                                     run.configurationFiles = loader.filesRead
                                     finish(run)
                                 }
                             },
                             standardInput: standardInput, stdinName: stdinName, noteSizeLimit: noteSizeLimit, loader: loader,
                             onBrokenConfiguration: { error, firstTime, note in
                                 run.configurationFaults.add(error, firstTime: firstTime, note: note)
                             },
                             transform: { path, source, configuration, mark in
                                 linter.lint(path: path, source: source, configuration: configuration,
                                             cancellation: mark.cancellation, beforeRules: { mark(.checking) })
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
        run.configurationFiles = loader.filesRead
        return run
    }

    /// `dump`: how one note (`-`: standard input) is read, as JSON, under the same time budget and
    /// size limit as a lint run. Errors (unreadable, badly configured, over the budget) come back instead of the JSON.
    /// When the budget runs out, `afterTimeout` is called on another thread with the errors and
    /// must end the process (the reading goes on on the calling thread until then).
    public static func dump(path: String, configuration choice: ConfigurationChoice, timeBudget: Double,
                            noteSizeLimit: Int = FileCollector.defaultMaximumMegabytes << 20,
                            today: LocalDate? = nil, asText: Bool = false,
                            afterTimeout: @escaping ([String]) -> Never) -> (json: String?, errors: [String]) {
        var info = stat()
        if stat(path, &info) == 0, info.st_mode & S_IFMT == S_IFDIR {
            return (nil, ["\(path): cannot read (is a folder, not a note)"])
        }
        var json: String?
        let errors = process(paths: [path], configuration: choice, jobs: 1, timeBudget: timeBudget,
                             afterSoleTimeout: afterTimeout,
                             standardInput: { FileCollector.readStandardInput(name: "<stdin>", limit: noteSizeLimit) },
                             noteSizeLimit: noteSizeLimit,
                             transform: { name, source, configuration, _ in
                                 var options = configuration.readerOptions
                                 options.today = today
                                 let interview = NoteReader.read(source, options: options, fileName: name)
                                 return asText ? ModelText.render(interview, path: name) : ModelDump.json(interview)
                             },
                             emit: { json = $0 })
        return (errors.isEmpty ? json : nil, errors)
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

/// Where each note's work stands, for the message given when it runs out of its time budget.
final class WorkProgress: @unchecked Sendable {
    enum Stage: Sendable {
        case reading, configuring, parsing, checking

        /// What ran out of time, for the finding's message.
        func overBudget(_ budget: Double, size: Int?) -> String {
            let seconds = "the \(budget.formatted) s time budget"
            let note = size.map { "a note of \(WorkProgress.describe(size: $0))" } ?? "the note"
            switch self {
            case .reading:
                return "reading the file took longer than \(seconds) (a slow or stalled file system?)"
            case .configuring:
                return "loading its configuration (.interview-lint.yml) took longer than \(seconds)"
            case .parsing:
                return "reading this note took longer than \(seconds) (\(note): cmark, the Markdown parser, is slow on some unusual Markdown, such as thousands of nested brackets or images, and a very large note takes long to read)"
            case .checking:
                return "checking this note took longer than \(seconds) (\(note), read in time: the rules were still running; a very long log or many people with similar names take long to check)"
            }
        }
    }

    /// `812 bytes`, `34 KB`, `58 MB`.
    static func describe(size: Int) -> String {
        if size < 1024 { return "\(size) bytes" }
        if size < 1 << 20 { return "\(size >> 10) KB" }
        return "\(size >> 20) MB"
    }

    struct Entry: Sendable {
        var stage = Stage.reading
        var size: Int?
        var configuration: Configuration?
    }

    /// How a worker reports its progress on one file; does nothing in a run without a budget.
    struct Mark: Sendable {
        let progress: WorkProgress?
        let index: Int
        /// Set once the file ran out of its budget and its result will be dropped.
        var cancellation = Cancellation()

        func callAsFunction(_ stage: Stage, size: Int? = nil, configuration: Configuration? = nil) {
            guard let progress else { return }
            progress.lock.lock()
            var entry = progress.entries[index] ?? Entry()
            entry.stage = stage
            if let size { entry.size = size }
            if let configuration { entry.configuration = configuration }
            progress.entries[index] = entry
            progress.lock.unlock()
        }
    }

    private let lock = NSLock()
    private var entries: [Int: Entry] = [:]

    func entry(_ index: Int) -> Entry? {
        lock.lock()
        defer { lock.unlock() }
        return entries[index]
    }

    /// Forgets a finished file, so that the table holds only the files in progress.
    func finish(_ index: Int) {
        lock.lock()
        entries[index] = nil
        lock.unlock()
    }
}

/// What a worker thread runs (pthread_create takes a C function and one pointer).
final class ThreadBody {
    let run: () -> Void
    init(_ run: @escaping () -> Void) { self.run = run }
}

struct ReadFailure: Error {
    var message: String
    /// The note's configuration could not be used (`message` is then empty).
    var configuration: ConfigurationError?
    var timedOut = false
    /// No worker could be started for it; `message` says why, without the path.
    var unstarted = false

    /// The result given to a file that ran out of its time budget.
    static let timeout = ReadFailure(message: "", timedOut: true)
}

extension Double {
    /// `2`, `0.5`: without a trailing `.0`.
    var formatted: String {
        self == rounded() && abs(self) < 1e15 ? String(Int(self)) : String(self)
    }
}

/// What became of one file: `work`'s value, or why there is none. (A plain enum rather than
/// `Result<T, ReadFailure>`: making `Result`'s type at run time checks `ReadFailure: Error`, and
/// each such first check scans every protocol conformance in the binary, a cost a one-note run
/// feels.)
enum FileOutcome<T> {
    case success(T)
    case failure(ReadFailure)
}

/// Runs `work` for indices 0..<count on `workers` threads and hands each result to the caller's
/// `deliver` in index order, as soon as the results before it are in.
///
/// With a budget, the calling thread also watches the clock: a file that runs over it is given a
/// timed-out result, its thread is abandoned (it ends with the process; whatever it returns later
/// is dropped) and a new thread takes its place. Workers stay at most `window` files ahead of
/// delivery, so memory does not grow with the number of files, and wake the caller a batch at a
/// time rather than a file at a time. With one worker and no budget
/// there is nothing to run beside the caller, so the work runs on the calling thread.
final class WorkerPool<T>: @unchecked Sendable {
    private let count: Int
    private let workers: Int
    private let budget: Double?
    private let work: @Sendable (Int, Cancellation) -> FileOutcome<T>
    private let window: Int
    /// How many files in a row should be ready before the waiting caller is woken: half the
    /// window, so the workers go on with the other half while the caller delivers. Each wake-up is
    /// two context switches across CPUs, which cost far more on a virtual machine than their
    /// instructions say.
    private let batch: Int
    private let condition = NSCondition()
    // Guarded by `condition`:
    private var next = 0
    private var delivered = 0
    /// Results not yet delivered; file `index` waits in slot `index % window` (workers never run
    /// more than `window` files ahead of delivery, so two pending files never share a slot).
    private var results: [FileOutcome<T>?]
    /// For each worker (by id), the file it is on and since when.
    private var running: [(index: Int, since: UInt64, cancellation: Cancellation)?] = []
    private var abandoned: [Bool] = []
    /// Workers started and not yet ended or abandoned.
    private var live = 0
    /// Why the last worker could not be started (pthread_create's error), if one could not.
    private var startFailure: Int32?

    /// How many files the workers may run ahead of delivery.
    static func window(workers: Int) -> Int { max(256, workers * 64) }

    convenience init(count: Int, workers: Int, budget: Double?, work: @escaping @Sendable (Int) -> FileOutcome<T>) {
        self.init(count: count, workers: workers, budget: budget, cancellableWork: { index, _ in work(index) })
    }

    /// `cancellableWork` is told, through its `Cancellation`, when its file ran out of the budget
    /// and was abandoned: it should stop then rather than go on holding a thread and memory.
    init(count: Int, workers: Int, budget: Double?, cancellableWork work: @escaping @Sendable (Int, Cancellation) -> FileOutcome<T>) {
        self.count = count
        self.workers = workers
        self.budget = budget
        self.work = work
        self.window = Self.window(workers: workers)
        self.batch = window / 2
        self.results = Array(repeating: nil, count: min(count, window))
    }

    /// `takeOver`: with one file, one worker and a budget, the file is worked on by the calling
    /// thread while a watcher thread sleeps until the budget is spent. (Handing a result from a
    /// worker thread back to a waiting caller cost about 0.5 ms a run here, a sixth of a
    /// one-note run.) If the file is done first, the watcher is never heard of again. If the budget runs
    /// out first, the watcher calls `takeOver` with the timed-out result; it must finish the run
    /// and end the process, and the calling thread, should the file ever finish, delivers
    /// nothing and waits for that end.
    func run(deliver: (Int, FileOutcome<T>) -> Void, takeOver: ((Int, FileOutcome<T>) -> Never)? = nil) {
        guard count > 0 else { return }
        if workers == 1 && budget == nil {
            for index in 0..<count { deliver(index, work(index, Cancellation())) }
            return
        }
        if count == 1, workers == 1, let budget, let takeOver {
            let claim = SoleFileClaim()
            let watcher = Thread {
                if claim.waitUntilDone(seconds: budget) { return }
                takeOver(0, .failure(.timeout))
            }
            watcher.stackSize = 1 << 20
            watcher.start()
            let result = work(0, Cancellation())
            guard claim.finish() else {
                // The watcher has the run now and ends the process.
                while true { pause() }
            }
            deliver(0, result)
            return
        }
        condition.lock()
        for _ in 0..<min(workers, count) { startWorker() }
        while delivered < count {
            // Hand over whatever is ready, in order, outside the lock.
            var ready: [(Int, FileOutcome<T>)] = []
            while delivered < count, let result = results[delivered % window] ?? unstartable(delivered) {
                results[delivered % window] = nil
                ready.append((delivered, result))
                delivered += 1
            }
            if !ready.isEmpty {
                condition.broadcast()
                condition.unlock()
                for (index, result) in ready { deliver(index, result) }
                condition.lock()
                continue
            }
            if let budget {
                let now = DispatchTime.now().uptimeNanoseconds
                for worker in running.indices {
                    guard let job = running[worker], now - job.since > UInt64(budget * 1e9) else { continue }
                    running[worker] = nil
                    job.cancellation.cancel()
                    abandoned[worker] = true
                    live -= 1
                    results[job.index % window] = .failure(.timeout)
                    startWorker()
                }
                if results[delivered % window] == nil,
                   !condition.wait(until: Date(timeIntervalSinceNow: max(0.001, min(budget / 4, 0.05)))) {
                    // Foundation returns at once, still holding the lock, when the deadline has
                    // passed by the time it looks: give the workers a turn at the lock.
                    condition.unlock()
                    sched_yield()
                    condition.lock()
                }
            } else if results[delivered % window] == nil {
                condition.wait()
            }
        }
        condition.unlock()
    }

    /// The outcome of a file no worker took and none will, when no thread could be started (the
    /// process is out of memory or threads): named as not checked rather than waited for. Called
    /// with the lock held.
    private func unstartable(_ index: Int) -> FileOutcome<T>? {
        guard let startFailure, live == 0, index >= next else { return nil }
        return .failure(ReadFailure(message: "no thread could be started to read it (\(String(cString: strerror(startFailure)).lowercased()))",
                                    unstarted: true))
    }

    /// Called with the lock held. With pthread_create rather than Foundation's Thread, which
    /// says nothing when the thread cannot be made, and the run then waited for it for ever.
    private func startWorker() {
        let id = running.count
        running.append(nil)
        abandoned.append(false)
        var attributes = pthread_attr_t()
        pthread_attr_init(&attributes)
        defer { pthread_attr_destroy(&attributes) }
        pthread_attr_setstacksize(&attributes, 8 << 20)
        pthread_attr_setdetachstate(&attributes, Int32(PTHREAD_CREATE_DETACHED))
        let body = Unmanaged.passRetained(ThreadBody { [self] in loop(id) })
        var thread = pthread_t()
        let result = pthread_create(&thread, &attributes, { raw in
            Unmanaged<ThreadBody>.fromOpaque(raw!).takeRetainedValue().run()
            return nil
        }, body.toOpaque())
        if result == 0 {
            live += 1
        } else {
            body.release()
            abandoned[id] = true
            startFailure = result
        }
    }

    private func loop(_ id: Int) {
        condition.lock()
        while true {
            if abandoned[id] { break }
            if next >= count {
                live -= 1
                break
            }
            if next >= delivered + window {
                // The caller may be asleep waiting for a batch: it must deliver before this can go on.
                condition.broadcast()
                condition.wait()
                continue
            }
            let index = next
            next += 1
            let cancellation = Cancellation()
            running[id] = (index, DispatchTime.now().uptimeNanoseconds, cancellation)
            condition.unlock()
            let result = work(index, cancellation)
            condition.lock()
            if abandoned[id] { break }
            running[id] = nil
            results[index % window] = result
            // Wake the caller only when it can hand over a batch (or nothing more is coming): a
            // wake-up a file would be two context switches a file.
            if results[delivered % window] != nil,
               index + 1 >= delivered + batch || next >= count || next >= delivered + window {
                condition.broadcast()
            }
        }
        condition.unlock()
    }
}

/// Who finishes a one-file run: the calling thread, when the file is done in time, or the watcher,
/// when the budget runs out first. Whichever comes first wins; the other stands down.
final class SoleFileClaim: @unchecked Sendable {
    private let condition = NSCondition()
    private var done = false
    private var timedOut = false

    /// The file is done: true if the caller still owns the run (the watcher has not taken it).
    func finish() -> Bool {
        condition.lock()
        defer { condition.unlock() }
        if timedOut { return false }
        done = true
        condition.signal()
        return true
    }

    /// Waits for the file; true if it was done in time. False means the budget ran out first and
    /// the run now belongs to the watcher.
    func waitUntilDone(seconds: Double) -> Bool {
        let deadline = Date(timeIntervalSinceNow: seconds)
        condition.lock()
        defer { condition.unlock() }
        while !done {
            if !condition.wait(until: deadline) && !done {
                timedOut = true
                return false
            }
        }
        return true
    }
}

/// Tells abandoned work to stop: a file over its time budget is reported at once, and the reader
/// and the rules, which look at this between blocks, entries and rules, end soon after instead of
/// running on beside the next files with the note's memory held (eight slow notes with `--jobs 1`
/// held 8 GB). cmark's own parse cannot be stopped; it ends on its own.
public final class Cancellation: Sendable {
    private let flag = Atomic<Bool>(false)

    public init() {}

    public func cancel() { flag.store(true, ordering: .relaxed) }

    public var isCancelled: Bool { flag.load(ordering: .relaxed) }
}
