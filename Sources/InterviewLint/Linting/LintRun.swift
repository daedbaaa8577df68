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
    public var reports: [FileReport] = []
    /// Paths that could not be read or configured, with the reason (exit code 2).
    public var errors: [String] = []

    public var diagnostics: [Diagnostic] { reports.flatMap(\.diagnostics).sorted() }

    public init(reports: [FileReport] = [], errors: [String] = []) {
        self.reports = reports
        self.errors = errors
    }

    /// Reads every note under `paths` with the configuration in force for it and hands it to
    /// `body`; returns the paths that could not be read or configured.
    static func forEachNote(paths: [String], configuration choice: ConfigurationChoice,
                            body: (String, SourceText, Configuration) -> Void) -> [String] {
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
        let (files, listErrors) = FileCollector.collect(paths)
        var errors = listErrors
        for path in files {
            switch FileCollector.read(path) {
            case .failure(let error):
                errors.append("\(path): cannot read (\(error.reason))")
            case .success(let bytes):
                do {
                    body(path, SourceText(bytes: bytes), try fixed ?? loader.configuration(forNoteAt: path))
                } catch {
                    errors.append("\(error)")
                }
            }
        }
        return errors
    }

    /// Lints `paths`. `standardInput` is the text for the path `-`, named `stdinName`.
    public static func run(paths: [String], now: LocalDateTime, configuration choice: ConfigurationChoice,
                           standardInput: (() -> [UInt8])? = nil, stdinName: String = "<stdin>") -> LintRun {
        var run = LintRun()
        let linter = Linter(now: now)
        run.errors = forEachNote(paths: paths.filter { $0 != "-" }, configuration: choice) { path, source, configuration in
            run.reports.append(linter.lint(path: path, source: source, configuration: configuration))
        }
        if paths.contains("-"), let standardInput {
            let configuration: Configuration
            switch choice {
            case .file(let path): configuration = (try? ConfigurationLoader().load(path)) ?? Configuration()
            case .none: configuration = Configuration()
            case .discover: configuration = (try? ConfigurationLoader().configuration(forNoteAt: stdinName)) ?? Configuration()
            }
            run.reports.append(linter.lint(path: stdinName, source: SourceText(bytes: standardInput()),
                                           configuration: configuration))
        }
        run.reports.sort { $0.path < $1.path }
        return run
    }

    /// Drops findings below `severity` (`--quiet` keeps errors only).
    public mutating func keepOnly(_ severity: Severity) {
        for index in reports.indices {
            reports[index].diagnostics.removeAll { $0.severity < severity }
        }
    }

    /// 0 clean, 1 errors (or warnings with `strict`), 2 when something could not be read.
    public func exitCode(strict: Bool) -> Int32 {
        if !errors.isEmpty { return 2 }
        let worst = diagnostics.map(\.severity).max()
        if worst == .error || (strict && worst == .warning) { return 1 }
        return 0
    }
}
