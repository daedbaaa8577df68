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

    /// Lints `paths`. `standardInput` is the text for the path `-`, named `stdinName`.
    public static func run(paths: [String], now: LocalDateTime, configuration choice: ConfigurationChoice,
                           standardInput: (() -> [UInt8])? = nil, stdinName: String = "<stdin>") -> LintRun {
        var run = LintRun()
        let loader = ConfigurationLoader()
        var fixed: Configuration?
        switch choice {
        case .file(let path):
            do { fixed = try loader.load(path) } catch {
                run.errors.append("\(error)")
                return run
            }
        case .none:
            fixed = Configuration()
        case .discover:
            break
        }
        let linter = Linter(now: now)
        let (files, errors) = FileCollector.collect(paths.filter { $0 != "-" })
        run.errors += errors
        var inputs: [(String, Result<[UInt8], FileError>)] = files.map { ($0, FileCollector.read($0)) }
        if paths.contains("-"), let standardInput { inputs.append((stdinName, .success(standardInput()))) }
        for (path, contents) in inputs {
            switch contents {
            case .failure(let error):
                run.errors.append("\(path): cannot read (\(error.reason))")
            case .success(let bytes):
                do {
                    let configuration = try fixed ?? loader.configuration(forNoteAt: path)
                    run.reports.append(linter.lint(path: path, bytes: bytes, configuration: configuration))
                } catch {
                    run.errors.append("\(error)")
                }
            }
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
