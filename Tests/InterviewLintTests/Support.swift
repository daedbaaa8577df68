import Foundation
import Testing
@testable import InterviewLint

/// The repository's root folder (the tests run from anywhere).
let repositoryRoot: URL = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

/// `../shared` beside the repository, when this machine has it.
let sharedFolder: URL? = {
    let url = repositoryRoot.deletingLastPathComponent().appendingPathComponent("shared")
    return FileManager.default.fileExists(atPath: url.path) ? url : nil
}()

/// Fixed "now" for tests.
func moment(_ text: String) -> LocalDateTime {
    guard let value = LocalDateTime.parseToday(text) else { fatalError("bad --today in a test: \(text)") }
    return value
}

/// Reads a note from a string.
func read(_ note: String, options: ReaderOptions = ReaderOptions(), fileName: String? = nil) -> Interview {
    NoteReader.read(SourceText(note), options: options, fileName: fileName)
}

/// A note with `↓` markers: the text without them, and where each stood.
struct MarkedNote {
    var text: String
    var markers: [SourcePosition]

    init(_ marked: String) {
        var text = String.UnicodeScalarView()
        var markers: [SourcePosition] = []
        var line = 1
        var column = 1
        for scalar in marked.unicodeScalars {
            if scalar == "↓" {
                markers.append(SourcePosition(line: line, column: column))
                continue
            }
            text.append(scalar)
            if scalar == "\n" {
                line += 1
                column = 1
            } else {
                column += 1
            }
        }
        self.text = String(text)
        self.markers = markers
    }
}

/// A configuration in which only `rule` runs.
func only(_ rule: any Rule.Type, _ example: RuleExample? = nil) -> Configuration {
    var configuration = Configuration()
    for other in RuleRegistry.all where other.description.identifier != rule.description.identifier {
        configuration.rules[other.description.identifier] = .init(enabled: false)
    }
    if let example, !example.options.isEmpty {
        configuration.rules[rule.description.identifier] = .init(options: example.configuration)
    }
    return configuration
}

extension RuleExample {
    /// The options the example sets, as a configuration holds them.
    var configuration: [String: RuleOption.Value] {
        Dictionary(options.map { ($0.name, $0.value) }) { $1 }
    }
}

/// The diagnostics of every enabled rule for a note.
func lint(_ note: String, today: String = "2026-11-26", configuration: Configuration = Configuration()) -> [Diagnostic] {
    let interview = NoteReader.read(SourceText(note), options: configuration.readerOptions)
    return Linter(now: moment(today)).diagnostics(for: interview, path: "note.md", configuration: configuration)
}

/// Where the built executable is: beside the test bundle.
let executable: URL? = {
    var folder = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
    for _ in 0..<3 {
        let candidate = folder.appendingPathComponent("interview-lint")
        if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
        folder = folder.deletingLastPathComponent()
    }
    let fallback = repositoryRoot.appendingPathComponent(".build/debug/interview-lint")
    return FileManager.default.isExecutableFile(atPath: fallback.path) ? fallback : nil
}()

struct ProcessResult {
    var status: Int32
    var stdout: String
    var stderr: String
}

/// Runs the built `interview-lint` with `arguments`. With `timeout`, a run still going after that
/// many seconds is killed (its status is then SIGKILL's 9), so a hang fails the test instead of
/// holding the suite.
func runTool(_ arguments: [String], input: String? = nil, environment: [String: String] = [:],
             in directory: URL = repositoryRoot, timeout: Double? = nil) throws -> ProcessResult {
    let binary = try #require(executable, "the interview-lint executable was not built (run `swift build` first)")
    let process = Process()
    process.executableURL = binary
    process.arguments = arguments
    process.currentDirectoryURL = directory
    var env = ProcessInfo.processInfo.environment
    env["NO_COLOR"] = "1"
    for (key, value) in environment { env[key] = value }
    process.environment = env
    let out = Pipe(), err = Pipe(), inPipe = Pipe()
    process.standardOutput = out
    process.standardError = err
    process.standardInput = inPipe
    try process.run()
    if let timeout {
        let pid = process.processIdentifier
        DispatchQueue.global().asyncAfter(deadline: .now() + timeout) { [process] in
            if process.isRunning { kill(pid, SIGKILL) }
        }
    }
    if let input { inPipe.fileHandleForWriting.write(Data(input.utf8)) }
    try inPipe.fileHandleForWriting.close()
    let stdout = out.fileHandleForReading.readDataToEndOfFile()
    let stderr = err.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return ProcessResult(status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self),
                         stderr: String(decoding: stderr, as: UTF8.self))
}

/// A temporary folder removed at the end of the test.
final class TemporaryFolder {
    let url: URL

    init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("interview-lint-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    @discardableResult
    func write(_ name: String, _ contents: String) throws -> URL {
        let file = url.appendingPathComponent(name)
        try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(contents.utf8).write(to: file)
        return file
    }

    deinit {
        // Restore permissions a test may have removed, then delete.
        _ = try? FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: url.path)
        try? FileManager.default.removeItem(at: url)
    }
}

/// SplitMix64: random test data that is the same on every run.
struct SeededGenerator: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var value = state
        value = (value ^ (value >> 30)) &* 0xBF58_476D_1CE4_E5B9
        value = (value ^ (value >> 27)) &* 0x94D0_49BB_1331_11EB
        return value ^ (value >> 31)
    }
}
