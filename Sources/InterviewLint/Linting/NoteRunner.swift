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

/// Runs work over every note under some paths, with the configuration in force for each, on the
/// worker pool, under each note's time budget: `lint`, `dump`, and the agenda's reading.
public enum NoteRunner {
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
    /// With `watch`, a run of one note on one thread reads it on the calling thread and leaves its
    /// clock to the watch (`SoleNoteWatch`); if the budget runs out first, the watch is handed the
    /// note's timed-out value (emitted) and `timedOutResult` of the errors so far.
    static func process<T>(paths: [String], configuration choice: ConfigurationChoice, jobs: Int?,
                           timeBudget: Double = 0, onTimeout: ((String, WorkProgress.Entry) -> T)? = nil,
                           watch: SoleNoteWatch? = nil,
                           timedOutResult: @escaping ([String]) -> LintResult = { LintResult(errors: $0) },
                           standardInput: (() -> Result<[UInt8], FileError>)? = nil, stdinName: String = "<stdin>",
                           noteSizeLimit: Int = FileCollector.defaultMaximumMegabytes << 20,
                           loader: ConfigurationLoader = ConfigurationLoader(),
                           onBrokenConfiguration: ((_ error: ConfigurationError, _ firstTime: Bool, _ note: Bool) -> Void)? = nil,
                           transform: @escaping @Sendable (String, SourceText, Configuration, WorkProgress.Mark) -> T,
                           emit: @escaping (T) -> Void) -> [String] {
        // Whatever the run turns out to be, the watch is told when it is over.
        defer { _ = watch?.finish() }
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
                // The run's own configuration is passed on as it is (a copy would retain each of its
                // tables); a timed-out note falls back on it.
                if let configured {
                    mark(.parsing)
                    return .success(transform(name, SourceText(bytes: bytes), configured, mark))
                }
                let configuration = try loader.configuration(forNoteAt: name)
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
        if let watch, ordered.count == 1, workers == 1, let budget {
            watch.begin(budget: budget) {
                handle(0, .failure(.timeout))
                return timedOutResult(errors)
            }
            let result = inner(0, ordered[0].path, ordered[0].isStandardInput, Cancellation())
            guard watch.finish() else {
                // The watch has the run now and ends the process.
                while true { pause() }
            }
            handle(0, result)
            return errors
        }
        pool.run(deliver: handle)
        return errors
    }

    /// Lints `paths` on `jobs` threads (nil: one a core). `standardInput` is the text for the path `-`, named
    /// `stdinName`. With `onReport`, each file's report is handed over in path order as soon as
    /// it is ready and kept only as counts (`keepDiagnostics: false`), so memory stays flat.
    /// With `watch`, a run of one note lints it on the calling thread and the watch keeps its clock:
    /// if the budget runs out first, the watch gets the result with the note's timed-out report.
    public static func lint(paths: [String], now: LocalDateTime, configuration choice: ConfigurationChoice,
                            jobs: Int? = nil, timeBudget: Double = 0,
                            standardInput: (() -> Result<[UInt8], FileError>)? = nil, stdinName: String = "<stdin>",
                            noteSizeLimit: Int = FileCollector.defaultMaximumMegabytes << 20, keepDiagnostics: Bool = true,
                            onReport: ((FileReport) -> Void)? = nil, watch: SoleNoteWatch? = nil) -> LintResult {
        var run = LintResult()
        let linter = Linter(now: now)
        let loader = ConfigurationLoader()
        run.errors = process(paths: paths, configuration: choice, jobs: jobs, timeBudget: timeBudget,
                             onTimeout: { path, progress in
                                 // The note's own configuration when it was found in time (its
                                 // `time-budget` severity), else the defaults.
                                 linter.timedOut(path: path, budget: timeBudget, configuration: progress.configuration ?? Configuration(),
                                                 stage: progress.stage, size: progress.size)
                             },
                             watch: watch,
                             timedOutResult: { errors in
                                 run.errors = errors
                                 run.configurationFiles = loader.filesRead
                                 return run
                             },
                             standardInput: standardInput, stdinName: stdinName, noteSizeLimit: noteSizeLimit, loader: loader,
                             onBrokenConfiguration: { error, firstTime, note in
                                 run.configurationFaults.add(error, firstTime: firstTime, note: note)
                             },
                             transform: { path, source, configuration, mark in
                                 linter.lint(path: path, source: source, configuration: configuration,
                                             cancellation: mark.cancellation, afterParse: { mark(.interpreting) },
                                             beforeRules: { mark(.checking) })
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
    /// With `watch`, the watch keeps the note's clock, and gets the errors if the budget runs out.
    public static func dump(path: String, configuration choice: ConfigurationChoice, timeBudget: Double,
                            noteSizeLimit: Int = FileCollector.defaultMaximumMegabytes << 20,
                            today: LocalDate? = nil, asText: Bool = false,
                            watch: SoleNoteWatch? = nil) -> (json: String?, errors: [String]) {
        var info = stat()
        if stat(path, &info) == 0, info.st_mode & S_IFMT == S_IFDIR {
            return (nil, ["\(path): cannot read (is a folder, not a note)"])
        }
        var json: String?
        let errors = process(paths: [path], configuration: choice, jobs: 1, timeBudget: timeBudget,
                             watch: watch,
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
}

extension Double {
    /// `2`, `0.5`: without a trailing `.0`.
    var formatted: String {
        self == rounded() && abs(self) < 1e15 ? String(Int(self)) : String(self)
    }
}
