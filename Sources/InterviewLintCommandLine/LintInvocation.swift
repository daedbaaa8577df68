import Foundation
import InterviewLint

/// One `lint` as plain values, with the command line's defaults: the `lint` command fills it from
/// argument-parser's options, `main()` from a hook's command line (`HookArguments`). `run()` lints,
/// prints and returns the exit code.
public struct LintInvocation {
    public static let defaultFormat = "text"
    public static let defaultTimeBudget: Double = 2
    public static let defaultStdinName = "<stdin>"

    public var paths: [String]
    public var reporter: any Reporter.Type = Reporters.named(defaultFormat)!
    public var outputFile: String?
    public var quiet = false
    public var jobs: Int?
    public var timeBudget = defaultTimeBudget
    public var maxNoteSize = FileCollector.defaultMaximumMegabytes
    public var now = LocalDateTime.current()
    public var configuration = ConfigurationChoice.discover
    public var strict = false
    public var stdinName = defaultStdinName
    public var color: Bool?

    public init(paths: [String]) {
        self.paths = paths
    }

    /// Lints, prints, and returns the exit code.
    public func run() -> Int32 {
        let options = ReportOptions(color: outputFile == nil && reporter == TextReporter.self && useColor())
        // Line formats go out file by file as soon as each is linted; the others need the whole run.
        let streaming = outputFile == nil && reporter.streams
        let watch = timeBudget > 0 ? SoleNoteWatch() : nil
        if let watch {
            Watchdog.start(watch) { [self] result in finish(result, options: options, streaming: streaming) }
        }
        let result = NoteRunner.lint(paths: paths.isEmpty ? ["."] : paths, now: now, configuration: configuration,
                                     jobs: jobs, timeBudget: timeBudget,
                                     standardInput: { [stdinName, maxNoteSize] in
                                         FileCollector.readStandardInput(name: stdinName, limit: maxNoteSize << 20)
                                     },
                                     stdinName: stdinName, noteSizeLimit: maxNoteSize << 20, keepDiagnostics: !streaming,
                                     onReport: streaming ? { [reporter, quiet] report in
                                         var shown = report
                                         if quiet { shown.keepOnly(.error) }
                                         OutputWriter.writeStandardOutput(reporter.lines(for: shown, options: options))
                                     } : nil,
                                     watch: watch)
        return finish(result, options: options, streaming: streaming)
    }

    /// Prints the errors, the report or its trailer and the summary; returns the exit code.
    private func finish(_ result: LintResult, options: ReportOptions, streaming: Bool) -> Int32 {
        for error in result.errors { printError("interview-lint: \(error)") }
        let exitCode = result.exitCode(strict: strict)
        if streaming {
            OutputWriter.writeStandardOutput(reporter.trailer(result, options: options))
            return exitCode
        }
        var shown = result
        if quiet { shown.keepOnly(.error) }
        let written = writeOutput(reporter.report(shown, options: options), to: outputFile,
                                  inputs: result.reports.map(\.path) + result.configurationFiles) {
            TextReporter.summary(of: shown) + " Report written to \($0).\n"
        }
        return written ? exitCode : 2
    }

    private func useColor() -> Bool {
        if let color { return color }
        // getenv: ProcessInfo.environment copies every variable into a dictionary first.
        func variable(_ name: String) -> String? { getenv(name).map { String(cString: $0) } }
        if let noColor = variable("NO_COLOR"), !noColor.isEmpty { return false }
        if let force = variable("FORCE_COLOR"), !force.isEmpty, force != "0" { return true }
        return isatty(STDOUT_FILENO) == 1
    }
}

/// Messages name files and quote notes and configuration files: their control characters are
/// shown, not sent to the terminal.
public func printError(_ message: String) {
    FileHandle.standardError.write(Data((TerminalText.escaped(message, keeping: ["\n", "\t"]) + "\n").utf8))
}
