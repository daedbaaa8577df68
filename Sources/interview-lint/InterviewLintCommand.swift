import ArgumentParser
import Foundation
import InterviewLint
import InterviewLintCommandLine

/// The command line: parses arguments, calls the library, prints, exits. Nothing else.
@main
struct InterviewLintCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "interview-lint",
        abstract: "Checks job-interview notes against the follow-up advice: cards, timeframe, thank-you, follow-up call, persistence.",
        version: InterviewLintVersion.current,
        subcommands: [Lint.self, Agenda.self, Report.self, New.self, DraftCommand.self, Dump.self, Rules.self, PrintConfig.self, Server.self, Schema.self],
        defaultSubcommand: Lint.self)

    /// Usage errors exit with 2 (argument-parser's default is 64).
    static func main() {
        // The pre-commit and CI cases, `interview-lint [--strict] [--today D] [-f F] a.md b.md`, skip argument-parser:
        // working out its commands by reflection costs more than linting a note
        // (docs/performance.md). HookArguments declines anything else.
        let names = Set(configuration.subcommands.compactMap { $0.configuration.commandName })
        if let hook = HookArguments.read(Array(CommandLine.arguments.dropFirst()), commandNames: names) {
            var invocation = LintInvocation(paths: hook.paths)
            invocation.strict = hook.strict
            invocation.quiet = hook.quiet
            invocation.color = hook.color
            if hook.noConfig { invocation.configuration = .none }
            if let today = hook.today.flatMap(LocalDateTime.parseToday) { invocation.now = today }
            invocation.jobs = hook.jobs
            if let format = hook.format.flatMap(Reporters.named) { invocation.reporter = format }
            Foundation.exit(OutputWriter.finishStandardOutput(invocation.run()))
        }
        // argument-parser prints help and version through the C library's buffer; a failure to
        // write them out is noticed here, at exit.
        atexit {
            if fflush(stdout) != 0 || ferror(stdout) != 0 {
                let reason = String(cString: strerror(errno == 0 ? EIO : errno)).lowercased()
                FileHandle.standardError.write(Data("interview-lint: cannot write to standard output (\(reason))\n".utf8))
                _exit(errno == EPIPE ? 141 : 2)
            }
        }
        do {
            var command = try parseAsRoot()
            try command.run()
            Foundation.exit(OutputWriter.finishStandardOutput(0))
        } catch let code as ExitCode {
            Foundation.exit(OutputWriter.finishStandardOutput(code.rawValue))
        } catch {
            let code = exitCode(for: error)
            if code == .success {
                exit(withError: error)
            }
            if code == .validationFailure || error is ValidationError {
                FileHandle.standardError.write(Data((fullMessage(for: error) + "\n").utf8))
                Foundation.exit(2)
            }
            exit(withError: error)
        }
    }
}

/// The options the lint and agenda commands share: "now" and the configuration.
struct CommonOptions: ParsableArguments {
    @Option(help: "Fix \"now\": 2026-11-20 (the end of that day) or 2026-11-23T18:00.")
    var today: String?

    @Option(help: "Use this configuration file alone.")
    var config: String?

    @Flag(help: "Use no configuration file.")
    var noConfig = false

    func validate() throws {
        if config != nil && noConfig { throw ValidationError("--config and --no-config cannot be used together") }
        if let problem = todayProblem(today) { throw ValidationError(problem) }
    }

    var now: LocalDateTime { today.flatMap(LocalDateTime.parseToday) ?? LocalDateTime.current() }

    var configurationChoice: ConfigurationChoice { noConfig ? .none : config.map { .file($0) } ?? .discover }
}

/// `--time-budget` and `--max-note-size`, for the commands that read many notes. `Help` words them
/// in its command's terms: what becomes of a note over a limit is said differently by each.
struct NoteLimits<Help: NoteLimitsHelp>: ParsableArguments {
    @Option(help: ArgumentHelp(Help.timeBudget))
    var timeBudget: Double = LintInvocation.defaultTimeBudget

    @Option(help: ArgumentHelp(Help.maxNoteSize))
    var maxNoteSize: Int = FileCollector.defaultMaximumMegabytes

    /// Why either is not valid (the time budget named first), or nil. Each command asks in its own
    /// `validate`, so that its other checks keep their order.
    var problem: String? { NoteRunner.timeBudgetProblem(timeBudget) ?? noteSizeProblem(maxNoteSize) }

    var noteSizeLimit: Int { maxNoteSize << 20 }
}

/// The help of `NoteLimits`' two options in one command's words.
protocol NoteLimitsHelp {
    static var timeBudget: String { get }
    static var maxNoteSize: String { get }
}

extension NoteLimitsHelp {
    static var maxNoteSize: String { "Megabytes a note may hold; a larger one is named as not read." }
}

// Lint and the report check a note that runs out of time; the agenda only reads it.
enum LintLimitsHelp: NoteLimitsHelp {
    static let timeBudget = "Seconds a single note may take before it is reported as not checked (0: no limit)."
    static let maxNoteSize = "Megabytes a note (a file or standard input) may hold; a larger one is named as not read."
}

enum AgendaLimitsHelp: NoteLimitsHelp {
    static let timeBudget = "Seconds a single note may take before it is named as not read (0: no limit)."
}

enum ReportLimitsHelp: NoteLimitsHelp {
    static let timeBudget = "Seconds a single note may take before it is reported as not checked (0: no limit)."
}

struct OutputFormat: ExpressibleByArgument {
    var reporter: any Reporter.Type

    init?(argument: String) {
        guard let reporter = Reporters.named(argument) else { return nil }
        self.reporter = reporter
    }

    static var allValueStrings: [String] { Reporters.identifiers }
    var defaultValueDescription: String { reporter.identifier }
}

struct Lint: ParsableCommand {
    // Every command names itself: deriving a name from the type costs a slow runtime lookup at start-up.
    static let configuration = CommandConfiguration(
        commandName: "lint",
        abstract: "Lint notes (the default command).",
        discussion: "Exit codes: 0 no errors; 1 errors found (or warnings with --strict); 2 a usage, configuration or I/O error.")

    @Argument(help: "Files and folders to lint; - reads standard input. Default: the current folder.")
    var paths: [String] = []

    @Option(name: [.short, .long], help: ArgumentHelp("Output format.", discussion: Reporters.all.map { "\($0.identifier): \($0.summary)" }.joined(separator: "\n")))
    var format = OutputFormat(argument: LintInvocation.defaultFormat)!

    @Option(name: [.short, .customLong("output-file")], help: "Write the report to this file (the summary still goes to the terminal).")
    var outputFile: String?

    @Flag(help: "Report errors only.")
    var quiet = false

    @Option(name: [.short, .long], help: "Lint this many files at once (default: the number of cores).")
    var jobs: Int?

    @OptionGroup var limits: NoteLimits<LintLimitsHelp>

    @OptionGroup var common: CommonOptions

    @Flag(help: "Exit with 1 on warnings too.")
    var strict = false

    @Option(help: "The file name to report for standard input.")
    var stdinFilename = LintInvocation.defaultStdinName

    @Flag(inversion: .prefixedNo, help: "Colour the output (default: only on a terminal; NO_COLOR and FORCE_COLOR are respected).")
    var color: Bool?

    func validate() throws {
        if let jobs, let problem = NoteRunner.jobsProblem(jobs) { throw ValidationError(problem) }
        if let problem = limits.problem { throw ValidationError(problem) }
    }

    func run() throws {
        var invocation = LintInvocation(paths: paths)
        invocation.reporter = format.reporter
        invocation.outputFile = outputFile
        invocation.quiet = quiet
        invocation.jobs = jobs
        invocation.timeBudget = limits.timeBudget
        invocation.maxNoteSize = limits.maxNoteSize
        invocation.now = common.now
        invocation.configuration = common.configurationChoice
        invocation.strict = strict
        invocation.stdinName = stdinFilename
        invocation.color = color
        throw ExitCode(invocation.run())
    }
}

struct Dump: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "dump", abstract: "Print how a note is read: as JSON, or in plain words with the line of each fact.")

    @Argument(help: "The note; - reads standard input.")
    var file: String

    @Flag(help: "Read the note without any configuration file.")
    var noConfig = false

    @Option(help: "Megabytes the note may hold.")
    var maxNoteSize: Int = FileCollector.defaultMaximumMegabytes

    @Option(help: "Seconds the note may take to read (0: no limit).")
    var timeBudget: Double = LintInvocation.defaultTimeBudget

    @Option(help: "json (the model) or text (what was read, in words, with its line).")
    var format: String = "json"

    @Option(help: "Fix \"now\" as lint does (a note that writes no year is dated around it).")
    var today: String?

    func validate() throws {
        if format != "json" && format != "text" { throw ValidationError("--format '\(format)' is not a dump format: write json or text") }
        if let problem = todayProblem(today) { throw ValidationError(problem) }
        if let problem = noteSizeProblem(maxNoteSize) { throw ValidationError(problem) }
        if let problem = NoteRunner.timeBudgetProblem(timeBudget) { throw ValidationError(problem) }
    }

    func run() throws {
        let watch = timeBudget > 0 ? SoleNoteWatch() : nil
        if let watch {
            Watchdog.start(watch) { result in
                for error in result.errors { printError("interview-lint: \(error)") }
                return 2
            }
        }
        let result = NoteRunner.dump(path: file, configuration: noConfig ? .none : .discover, timeBudget: timeBudget,
                                     noteSizeLimit: maxNoteSize << 20,
                                     today: (today.flatMap(LocalDateTime.parseToday) ?? LocalDateTime.current()).date,
                                     asText: format == "text", watch: watch)
        for error in result.errors { printError("interview-lint: \(error)") }
        if let json = result.json { OutputWriter.writeStandardOutput(json) }
        if !result.errors.isEmpty { throw ExitCode(2) }
    }
}

enum RulesFormat: String, ExpressibleByArgument, CaseIterable {
    case text, json, markdown
}

struct Rules: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "rules", abstract: "List the rules, or explain one.")

    @Argument(help: "A rule name.")
    var name: String?

    @Option(name: [.short, .long], help: "text, json, or markdown (docs/rules.md).")
    var format: RulesFormat = .text

    func run() throws {
        if let name {
            guard let rule = RuleRegistry.rule(named: name) else {
                let hint = RuleRegistry.suggestion(for: name).map { "; did you mean '\($0)'?" } ?? ""
                printError("interview-lint: '\(name)' is not a rule\(hint) (`interview-lint rules` lists them)")
                throw ExitCode(2)
            }
            switch format {
            case .text: OutputWriter.writeStandardOutput(RuleDocumentation.detail(rule))
            case .json: OutputWriter.writeStandardOutput(RuleDocumentation.json([rule], details: true))
            case .markdown: OutputWriter.writeStandardOutput(RuleDocumentation.markdown())
            }
            return
        }
        switch format {
        case .text: OutputWriter.writeStandardOutput(RuleDocumentation.list())
        case .json: OutputWriter.writeStandardOutput(RuleDocumentation.json(RuleRegistry.all, details: false))
        case .markdown: OutputWriter.writeStandardOutput(RuleDocumentation.markdown())
        }
    }
}

struct PrintConfig: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "print-config", abstract: "Show the settings in force for a note.")

    @Argument(help: "The note (or any path in the folder).")
    var file: String

    @Option(help: "Use this configuration file alone.")
    var config: String?

    func run() throws {
        do {
            let loader = ConfigurationLoader()
            let configuration = try config.map { try loader.load($0) } ?? loader.configuration(forNoteAt: file)
            OutputWriter.writeStandardOutput(ConfigurationPrinter.render(configuration))
        } catch let error as ConfigurationError {
            for problem in error.problems { printError("interview-lint: \(problem)") }
            throw ExitCode(2)
        } catch {
            printError("interview-lint: \(error)")
            throw ExitCode(2)
        }
    }
}

// Its cases are the values of `agenda --format`.
extension AgendaReporter.Format: ExpressibleByArgument {}

struct Agenda: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "agenda",
        abstract: "What to do next: thank-yous to send, follow-up calls, decisions awaited, where to wait.",
        discussion: "Grouped as Overdue, Today, This week, Later. --format ics writes a calendar to import.")

    @Argument(help: "Files and folders. Default: the current folder.")
    var paths: [String] = []

    @Option(name: [.short, .long], help: "text, json or ics.")
    var format = AgendaReporter.Format.text

    @OptionGroup var common: CommonOptions

    @Flag(help: "Also list closed interviews (offer, accepted, rejected, withdrawn, closed).")
    var all = false

    @Option(name: [.short, .customLong("output-file")], help: "Write the agenda to this file.")
    var outputFile: String?

    @OptionGroup var limits: NoteLimits<AgendaLimitsHelp>

    func validate() throws {
        if let problem = limits.problem { throw ValidationError(problem) }
    }

    func run() throws {
        let now = common.now
        let choice = common.configurationChoice
        let result = InterviewLint.Agenda.run(paths: paths.isEmpty ? ["."] : paths, now: now, configuration: choice,
                                              includeClosed: all, timeBudget: limits.timeBudget, noteSizeLimit: limits.noteSizeLimit)
        for error in result.errors { printError("interview-lint: \(error)") }
        let text = AgendaReporter.render(result.actions, now: now, format: format, faults: result.configurationFaults)
        let written = { (file: String) in "\(result.actions.count) actions written to \(file).\n" }
        guard writeOutput(text, to: outputFile, inputs: result.inputs, written: written) else { throw ExitCode(2) }
        throw ExitCode(result.errors.isEmpty ? 0 : 2)
    }
}

struct Report: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Write an HTML report: an overview, then each interview's timeline with its findings.",
        discussion: "One self-contained file (inline CSS and SVG, nothing fetched). Exit codes: 0 written; 2 a usage or I/O error, or notes that could not be read (the report is written without them).")

    @Argument(help: "Files and folders; - reads standard input. Default: the current folder.")
    var paths: [String] = []

    @Option(name: [.short, .customLong("output-file")], help: "Write the report to this file (atomically); default: standard output.")
    var outputFile: String?

    @OptionGroup var common: CommonOptions

    @OptionGroup var limits: NoteLimits<ReportLimitsHelp>

    func validate() throws {
        if let problem = limits.problem { throw ValidationError(problem) }
    }

    func run() throws {
        let input = ReportRun.run(paths: paths.isEmpty ? ["."] : paths, now: common.now, configuration: common.configurationChoice,
                                  timeBudget: limits.timeBudget, noteSizeLimit: limits.noteSizeLimit)
        for error in input.errors { printError("interview-lint: \(error)") }
        let written = { (file: String) in "\(input.notes.count) \(input.notes.count == 1 ? "note" : "notes") in the report written to \(file).\n" }
        guard writeOutput(HTMLReport.render(input), to: outputFile, inputs: input.inputs, written: written) else { throw ExitCode(2) }
        throw ExitCode(input.errors.isEmpty ? 0 : 2)
    }
}

struct New: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "new",
        abstract: "Write a new interview note with every section ready to fill; prints its path.")

    @Option(help: "The company.")
    var company: String

    @Option(help: "The role.")
    var role: String

    @Option(help: "When the interview starts: 2026-11-26 10:00 (or 2026-11-26).")
    var date: String

    @Option(help: "Someone you will meet (repeat for each).")
    var interviewer: [String] = []

    // No default value: argument-parser would print it as "(default: .)" after this help.
    @Option(help: "The folder to write the note in, created if missing (default: the current folder).")
    var dir: String?

    @Option(help: "A template file; {{company}}, {{role}}, {{date}}, {{title}} and {{interviewers}} are filled in.")
    var template: String?

    func run() throws {
        guard case .success(let (start, hasTime)) = DateReader.parseDateTime(date) else {
            printError("interview-lint: --date '\(date)' is not a date: write 2026-11-26 10:00")
            throw ExitCode(2)
        }
        var text = NewNote.defaultTemplate
        if let template {
            switch FileCollector.read(template, limit: NewNote.maximumTemplateSize, kind: "template") {
            case .success(let bytes):
                text = String(decoding: bytes, as: UTF8.self)
            case .failure(let error):
                printError("interview-lint: \(template): cannot read the template (\(error.reason))")
                throw ExitCode(2)
            }
        }
        let invocation = NewNote.Request(company: company, role: role, start: start, hasTime: hasTime, interviewers: interviewer)
        do {
            let path = try NewNote.write(invocation, template: text, directory: dir ?? ".")
            OutputWriter.writeStandardOutput(path + "\n")
        } catch {
            printError("interview-lint: \(error)")
            throw ExitCode(2)
        }
    }
}

struct DraftCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "draft",
        abstract: "Draft the thank-you emails (one per interviewer, .eml) or the follow-up call script; sends nothing.",
        discussion: "The default kind is thank-you while anyone is owed one, then follow-up. --format eml writes files in --dir (never overwriting) and prints their paths.")

    @Argument(help: "Notes, files or folders.")
    var paths: [String]

    @Option(help: "Only the drafts for this person (a full, first or last name).")
    var person: String?

    @Option(help: "thank-you or follow-up (default: thank-you while one is owed).")
    var kind: String?

    @Option(name: [.short, .long], help: "eml (files in --dir), text, mailto or json (standard output).")
    var format = "eml"

    @Option(help: "The folder to write .eml and call-script files in (default: the current folder).")
    var dir = "."

    @OptionGroup var common: CommonOptions

    @Option(help: "Seconds a single note may take before it is named as not read (0: no limit).")
    var timeBudget: Double = LintInvocation.defaultTimeBudget

    func validate() throws {
        if let kind, Draft.Kind(rawValue: kind) == nil { throw ValidationError("--kind '\(kind)' is not a kind: write thank-you or follow-up") }
        if DraftRun.Format(rawValue: format) == nil { throw ValidationError("--format '\(format)' is not a draft format: write eml, text, mailto or json") }
        if let problem = NoteRunner.timeBudgetProblem(timeBudget) { throw ValidationError(problem) }
    }

    func run() throws {
        let result = DraftRun.plan(paths: paths, now: common.now, configuration: common.configurationChoice,
                                   kind: kind.flatMap(Draft.Kind.init), person: person, timeBudget: timeBudget)
        for error in result.errors { printError("interview-lint: \(error)") }
        if result.drafts.isEmpty, result.errors.isEmpty {
            let whom = person.map { " for \($0)" } ?? ""
            let why = kind == "thank-you" ? "no thank-you is owed" : kind == "follow-up" ? "no follow-up call is due"
                : "no thank-you is owed and no follow-up call is due"
            printError("interview-lint: nothing to draft\(whom) as of \(common.now): \(why)")
        }
        switch DraftRun.Format(rawValue: format) ?? .eml {
        case .eml:
            do {
                try DraftRun.write(result.drafts, directory: dir) { OutputWriter.writeStandardOutput($0 + "\n") }
            } catch {
                printError("interview-lint: \(error)")
                throw ExitCode(2)
            }
        case .text: OutputWriter.writeStandardOutput(DraftRun.text(result.drafts))
        case .mailto: OutputWriter.writeStandardOutput(result.drafts.filter { $0.part == .email }.map { DraftRun.mailto($0) + "\n" }.joined())
        case .json: OutputWriter.writeStandardOutput(DraftRun.json(result.drafts))
        }
        throw ExitCode(result.errors.isEmpty ? 0 : 2)
    }
}

struct Server: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "server",
        abstract: "Run the language server (LSP over standard input and output) for editors.",
        discussion: "Logs go to standard error. Exit codes: 0 after shutdown and exit; 1 on exit without shutdown or when the client goes away.")

    @Option(help: "Fix \"now\" as lint does (default: the clock, looked at again while notes are open).")
    var today: String?

    @Option(help: "Seconds a single lint may take before the note is reported as not checked (0: no limit).")
    var timeBudget: Double = LintInvocation.defaultTimeBudget

    @Flag(help: .hidden)
    var stdio = false  // what many clients pass; standard input and output are the only transport

    func validate() throws {
        if let problem = todayProblem(today) { throw ValidationError(problem) }
        if let problem = NoteRunner.timeBudgetProblem(timeBudget) { throw ValidationError(problem) }
    }

    func run() throws {
        // A client that goes away shows as a failed write, not a killed server.
        signal(SIGPIPE, SIG_IGN)
        var options = LanguageServer.Options()
        if let fixed = today.flatMap(LocalDateTime.parseToday) { options.now = { fixed } }
        options.timeBudget = timeBudget
        let code = LanguageServer(input: STDIN_FILENO, output: STDOUT_FILENO, options: options).run()
        // The reader thread may still be blocked reading: end here.
        _exit(code)
    }
}

struct Schema: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "schema",
        abstract: "Print the JSON Schema of .interview-lint.yml (schemas/interview-lint.schema.json).")

    func run() throws {
        OutputWriter.writeStandardOutput(ConfigurationSchema.render())
    }
}

/// Why `today` is not a valid `--today`, or nil when it is (or is not given).
func todayProblem(_ today: String?) -> String? {
    guard let today, LocalDateTime.parseToday(today) == nil else { return nil }
    return "--today '\(today)' is not a date: write 2026-11-20 or 2026-11-23T18:00"
}

/// Why `megabytes` is not a valid `--max-note-size`, or nil when it is.
func noteSizeProblem(_ megabytes: Int) -> String? {
    let range = FileCollector.maximumMegabytesRange
    return range.contains(megabytes) ? nil : "--max-note-size takes a whole number of megabytes from \(range.lowerBound) to \(range.upperBound)"
}
