/// One note as the report shows it: the model as the reader read it, the findings exactly as
/// `lint` gives them, and for each interview in it (each round) what `agenda` says is next.
public struct ReportNote: Sendable {
    /// An interview of the note (the whole note, or one of its rounds) with its agenda actions.
    public struct Part: Sendable {
        public var interview: Interview
        public var actions: [AgendaAction]

        public init(interview: Interview, actions: [AgendaAction]) {
            self.interview = interview
            self.actions = actions
        }
    }

    public var path: String
    public var parts: [Part]
    public var diagnostics: [Diagnostic]
    /// `thank-you-sent`'s `due-hours` for this note: where the due line is drawn.
    public var thankYouDueHours: Int
    /// The mid-morning window the configuration sets for calls.
    public var callWindow = Settings().callWindow
    /// The note ran out of its time budget: only its `time-budget` finding is known.
    public var timedOut = false

    public init(path: String, parts: [Part], diagnostics: [Diagnostic], thankYouDueHours: Int = 24) {
        self.path = path
        self.parts = parts
        self.diagnostics = diagnostics
        self.thankYouDueHours = thankYouDueHours
    }
}

/// What `interview-lint report` draws from: every interview note under the paths.
public struct ReportInput: Sendable {
    public var notes: [ReportNote] = []
    /// Paths that could not be read or configured, with the reason (exit code 2).
    public var errors: [String] = []
    /// Every file the run read (notes and configuration files): the report must not overwrite one.
    public var inputs: [String] = []
    /// Markdown files that are not interview notes, or excluded by the configuration.
    public var passedOver = 0
    public var now: LocalDateTime

    public init(now: LocalDateTime) {
        self.now = now
    }
}

public enum ReportRun {
    /// Reads every note under `paths` (`-`: standard input, named `<stdin>`) with the configuration in force for it, on all cores and
    /// under the same time budget and size limit as `lint`: its findings from the linter, its
    /// actions from the agenda, and the model they both came from.
    public static func run(paths: [String], now: LocalDateTime, configuration choice: ConfigurationChoice,
                           timeBudget: Double = 2,
                           noteSizeLimit: Int = FileCollector.defaultMaximumMegabytes << 20) -> ReportInput {
        var input = ReportInput(now: now)
        let linter = Linter(now: now)
        let loader = ConfigurationLoader()
        var read: [String] = []
        input.errors = NoteRunner.process(
            paths: paths, configuration: choice, jobs: nil, timeBudget: timeBudget,
            onTimeout: { path, progress -> (String, ReportNote?) in
                let report = linter.timedOut(path: path, budget: timeBudget, configuration: progress.configuration ?? Configuration(),
                                             stage: progress.stage, size: progress.size)
                var note = ReportNote(path: path, parts: [], diagnostics: report.diagnostics)
                note.timedOut = true
                return (path, note)
            },
            standardInput: { FileCollector.readStandardInput(name: "<stdin>", limit: noteSizeLimit) },
            noteSizeLimit: noteSizeLimit, loader: loader,
            transform: { path, source, configuration, mark -> (String, ReportNote?) in
                let report = linter.lint(path: path, source: source, configuration: configuration,
                                         cancellation: mark.cancellation, beforeRules: { mark(.checking) })
                guard report.outcome == .linted else { return (path, nil) }
                // Read again for the model: the linter keeps none, and the findings must be the
                // linter's own rather than a copy of how it makes them.
                var options = configuration.readerOptions
                options.today = now.date
                options.cancellation = mark.cancellation
                let interview = NoteReader.read(source, options: options, fileName: path)
                let rounds = interview.rounds.isEmpty ? [interview] : interview.rounds
                let parts = rounds.map { round in
                    ReportNote.Part(interview: round,
                                    actions: interview.isInterviewNote
                                        ? Agenda.actions(for: round, path: path, now: now, configuration: configuration) : [])
                }
                let dueHours = ThankYouSent.dueHours.value(in: configuration, for: ThankYouSent.self)
                var note = ReportNote(path: path, parts: parts, diagnostics: report.diagnostics, thankYouDueHours: dueHours)
                note.callWindow = configuration.settings.callWindow
                return (path, note)
            },
            emit: { item in
                let (path, note) = item
                read.append(path)
                if let note { input.notes.append(note) } else { input.passedOver += 1 }
            })
        input.inputs = read + loader.filesRead
        return input
    }
}
