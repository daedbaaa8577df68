import Foundation
import Testing
@testable import InterviewLint

/// A client for the language server in the test process: real framed JSON-RPC over two pipes,
/// the server on a thread of its own, as an editor would see it.
final class ServerSession: @unchecked Sendable {
    /// "Now" as the server sees it; tests move it to pass a deadline.
    final class Clock: @unchecked Sendable {
        private let lock = NSLock()
        private var value: LocalDateTime
        init(_ value: LocalDateTime) { self.value = value }
        var now: LocalDateTime {
            get { lock.lock(); defer { lock.unlock() }; return value }
            set { lock.lock(); value = newValue; lock.unlock() }
        }
    }

    let clock: Clock
    private let toServer = Pipe()
    private let fromServer = Pipe()
    private var buffer: [UInt8] = []
    private var nextID = 100
    /// Notifications and server requests read while waiting for something else, oldest first.
    private(set) var pending: [[String: Any]] = []
    private let done = DispatchSemaphore(value: 0)
    private let logLock = NSLock()
    private var logLines: [String] = []
    private(set) var exitCode: Int32?

    init(today: String = "2026-11-26", debounce: Double = 0.02, clockInterval: Double = 60, timeBudget: Double = 5) {
        clock = Clock(moment(today))
        var options = LanguageServer.Options()
        let clock = self.clock
        options.now = { clock.now }
        options.debounce = debounce
        options.clockInterval = clockInterval
        options.timeBudget = timeBudget
        options.log = { [weak self] line in
            guard let self else { return }
            self.logLock.lock()
            self.logLines.append(line)
            self.logLock.unlock()
        }
        let server = LanguageServer(input: toServer.fileHandleForReading.fileDescriptor,
                                    output: fromServer.fileHandleForWriting.fileDescriptor, options: options)
        let thread = Thread { [self] in
            exitCode = server.run()
            done.signal()
        }
        thread.start()
    }

    var log: [String] {
        logLock.lock()
        defer { logLock.unlock() }
        return logLines
    }

    // MARK: Sending

    func sendBytes(_ bytes: [UInt8]) {
        bytes.withUnsafeBytes { raw in
            var offset = 0
            while offset < raw.count {
                let count = Glibc.write(toServer.fileHandleForWriting.fileDescriptor, raw.baseAddress! + offset, raw.count - offset)
                if count <= 0 { return }
                offset += count
            }
        }
    }

    static func frame(_ message: [String: Any]) -> [UInt8] {
        let body = try! JSONSerialization.data(withJSONObject: message)
        return Array("Content-Length: \(body.count)\r\n\r\n".utf8) + Array(body)
    }

    func send(_ message: [String: Any]) { sendBytes(Self.frame(message)) }

    /// didChange notifications, one a version, that type and delete a character on line 6 in turn.
    static func edits(_ uri: String, versions: ClosedRange<Int>) -> [UInt8] {
        var batch: [UInt8] = []
        for version in versions {
            let typing = (version - versions.lowerBound) % 2 == 0
            batch += frame(["jsonrpc": "2.0", "method": "textDocument/didChange", "params": [
                "textDocument": ["uri": uri, "version": version],
                "contentChanges": [["range": lspRange([5, 0, 5, typing ? 0 : 1]), "text": typing ? "x" : ""]],
            ]])
        }
        return batch
    }

    func notify(_ method: String, _ params: [String: Any] = [:]) {
        send(["jsonrpc": "2.0", "method": method, "params": params])
    }

    /// Sends a request and waits for its response (keeping what comes before it in `pending`).
    @discardableResult
    func request(_ method: String, _ params: Any? = nil) -> [String: Any] {
        nextID += 1
        let id = nextID
        var message: [String: Any] = ["jsonrpc": "2.0", "id": id, "method": method]
        if let params { message["params"] = params }
        send(message)
        return response(to: id) ?? [:]
    }

    func response(to id: Int, timeout: Double = 10) -> [String: Any]? {
        take(timeout: timeout) { $0["method"] == nil && ($0["id"] as? Int) == id }
    }

    // MARK: Receiving

    /// The first message (pending or new) that `matches`, removed; nil after `timeout` seconds.
    func take(timeout: Double = 10, _ matches: ([String: Any]) -> Bool) -> [String: Any]? {
        if let index = pending.firstIndex(where: matches) { return pending.remove(at: index) }
        let deadline = Date().addingTimeInterval(timeout)
        while let message = next(until: deadline) {
            if matches(message) { return message }
            pending.append(message)
        }
        return nil
    }

    /// The next publishDiagnostics for `uri`.
    func diagnostics(for uri: String, timeout: Double = 10) -> (version: Int?, items: [[String: Any]])? {
        guard let message = take(timeout: timeout, { $0["method"] as? String == "textDocument/publishDiagnostics"
            && (($0["params"] as? [String: Any])?["uri"] as? String) == uri }) else { return nil }
        let params = message["params"] as! [String: Any]
        return (params["version"] as? Int, params["diagnostics"] as? [[String: Any]] ?? [])
    }

    /// Whatever arrives within `seconds` (to check that nothing more does).
    func drain(_ seconds: Double) -> [[String: Any]] {
        let deadline = Date().addingTimeInterval(seconds)
        while let message = next(until: deadline) { pending.append(message) }
        defer { pending = [] }
        return pending
    }

    private func next(until deadline: Date) -> [String: Any]? {
        while true {
            if let message = parsed() { return message }
            let remaining = deadline.timeIntervalSinceNow
            guard remaining > 0 else { return nil }
            var descriptor = pollfd(fd: fromServer.fileHandleForReading.fileDescriptor, events: Int16(POLLIN), revents: 0)
            guard poll(&descriptor, 1, Int32(remaining * 1000) + 1) > 0 else { continue }
            var chunk = [UInt8](repeating: 0, count: 1 << 16)
            let count = chunk.withUnsafeMutableBytes { Glibc.read(descriptor.fd, $0.baseAddress, $0.count) }
            guard count > 0 else { return nil }
            buffer += chunk[0..<count]
        }
    }

    /// One complete frame from `buffer`, read independently of the server's own parser.
    private func parsed() -> [String: Any]? {
        let separator: [UInt8] = [13, 10, 13, 10]
        guard buffer.count >= 4, let end = (0...(buffer.count - 4)).first(where: { Array(buffer[$0..<$0 + 4]) == separator }) else { return nil }
        let header = String(decoding: buffer[0..<end], as: UTF8.self)
        guard header.hasPrefix("Content-Length: "), let length = Int(header.dropFirst("Content-Length: ".count)) else {
            Issue.record("the server wrote something that is not a frame header: \(header.prefix(80))")
            buffer = []
            return nil
        }
        guard buffer.count >= end + 4 + length else { return nil }
        let body = Data(buffer[(end + 4)..<(end + 4 + length)])
        buffer.removeFirst(end + 4 + length)
        guard let object = try? JSONSerialization.jsonObject(with: body) as? [String: Any] else {
            Issue.record("a frame whose body is not a JSON object")
            return nil
        }
        return object
    }

    // MARK: Lifecycle

    @discardableResult
    func initialize(_ capabilities: [String: Any] = [:]) -> [String: Any] {
        let response = request("initialize", ["processId": NSNull(), "rootUri": NSNull(), "capabilities": capabilities])
        notify("initialized")
        return response
    }

    func open(_ uri: String, _ text: String, version: Int = 1) {
        notify("textDocument/didOpen", ["textDocument": ["uri": uri, "languageId": "markdown", "version": version, "text": text]])
    }

    func change(_ uri: String, version: Int, _ changes: [[String: Any]]) {
        notify("textDocument/didChange", ["textDocument": ["uri": uri, "version": version], "contentChanges": changes])
    }

    /// Waits for the server to end (after `exit`, or once its input is closed); nil if it did not.
    func waitForExit(timeout: Double = 10) -> Int32? {
        guard done.wait(timeout: .now() + timeout) == .success else { return nil }
        done.signal()  // still ended for whoever asks next (deinit)
        return exitCode
    }

    /// Closes the client's end: the server sees the end of its input.
    func hangUp() {
        try? toServer.fileHandleForWriting.close()
    }

    /// The pipes of ended sessions, never closed: the server's reader thread may still be about
    /// to read its end, and a closed descriptor's number is soon another test's pipe (whose output
    /// it would then steal); a write to a closed pipe would end the test process with SIGPIPE.
    private static let retiredLock = NSLock()
    nonisolated(unsafe) private static var retired: [Pipe] = []

    deinit {
        hangUp()
        _ = done.wait(timeout: .now() + 5)
        Self.retiredLock.lock()
        Self.retired += [toServer, fromServer]
        Self.retiredLock.unlock()
    }
}

/// A protocol range as plain numbers: start line, start character, end line, end character.
func rangeNumbers(_ diagnostic: [String: Any]) -> [Int] {
    let range = diagnostic["range"] as! [String: Any]
    let start = range["start"] as! [String: Int]
    let end = range["end"] as! [String: Int]
    return [start["line"]!, start["character"]!, end["line"]!, end["character"]!]
}

func lspRange(_ numbers: [Int]) -> [String: Any] {
    ["start": ["line": numbers[0], "character": numbers[1]], "end": ["line": numbers[2], "character": numbers[3]]]
}

/// A folder of its own under the temporary folder, removed by the caller.
func temporaryFolder() -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("interview-lint-server-\(UUID().uuidString)")
    try! FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
}
