import Foundation
import Testing
@testable import InterviewLint

/// `interview-lint server`, the built executable, over real pipes.
@Suite("Server executable")
struct ServerExecutableTests {
    /// Starts the server; the caller writes to `input` and reads `output` to its end.
    static func start() throws -> (process: Process, input: FileHandle, output: FileHandle, errors: Pipe) {
        let binary = try #require(executable, "the interview-lint executable is not built")
        let process = Process()
        process.executableURL = binary
        process.arguments = ["server", "--today", "2026-11-26"]
        let input = Pipe(), output = Pipe(), errors = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        return (process, input.fileHandleForWriting, output.fileHandleForReading, errors)
    }

    /// Every byte of `data` as frames of `Content-Length` and a JSON object; nil if anything else is there.
    static func frames(_ data: Data) -> [[String: Any]]? {
        var bytes = [UInt8](data)[...]
        var messages: [[String: Any]] = []
        while !bytes.isEmpty {
            let separator = Array("\r\n\r\n".utf8)
            guard let end = bytes.indices.first(where: { Array(bytes[$0...].prefix(4)) == separator }) else { return nil }
            let header = String(decoding: bytes[bytes.startIndex..<end], as: UTF8.self)
            guard header.hasPrefix("Content-Length: "), let length = Int(header.dropFirst(16)),
                  end + 4 + length <= bytes.endIndex,
                  let object = try? JSONSerialization.jsonObject(with: Data(bytes[(end + 4)..<(end + 4 + length)])) as? [String: Any]
            else { return nil }
            messages.append(object)
            bytes = bytes[(end + 4 + length)...]
        }
        return messages
    }

    @Test("several messages in one write, one split over writes, a malformed header; only frames on stdout; shutdown and exit give 0")
    func session() throws {
        let (process, input, output, errors) = try Self.start()
        let uri = "file:///nonexistent-folder/note.md"
        var first: [UInt8] = []
        first += ServerSession.frame(["jsonrpc": "2.0", "id": 1, "method": "initialize", "params": ["capabilities": [:]]])
        first += ServerSession.frame(["jsonrpc": "2.0", "method": "initialized", "params": [:]])
        first += ServerSession.frame(["jsonrpc": "2.0", "method": "textDocument/didOpen", "params": [
            "textDocument": ["uri": uri, "languageId": "markdown", "version": 1, "text": accentedNote]]])
        input.write(Data(first))
        // The findings come once the note is linted; shutting down before that would drop them.
        var data = Data()
        while !(Self.frames(data) ?? []).contains(where: { $0["method"] as? String == "textDocument/publishDiagnostics" }) {
            let chunk = output.availableData
            if chunk.isEmpty { break }
            data += chunk
        }
        let hover = ServerSession.frame(["jsonrpc": "2.0", "id": 2, "method": "textDocument/hover", "params": [
            "textDocument": ["uri": uri], "position": ["line": 7, "character": 7]]])
        input.write(Data(hover[0..<10]))
        usleep(50_000)
        input.write(Data(hover[10...]))
        input.write(Data("Content-Length: 12x\r\n\r\n".utf8))
        input.write(Data(ServerSession.frame(["jsonrpc": "2.0", "id": 3, "method": "shutdown"])))
        input.write(Data(ServerSession.frame(["jsonrpc": "2.0", "method": "exit"])))
        data += output.readDataToEndOfFile()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        let messages = try #require(Self.frames(data), "standard output holds something other than framed messages")
        #expect(messages.contains { ($0["id"] as? Int) == 1 && $0["result"] != nil })
        #expect(messages.contains { ($0["id"] as? Int) == 2 && (($0["result"] as? [String: Any])?["contents"] != nil) })
        #expect(messages.contains { ($0["id"] as? Int) == 3 && $0.keys.contains("result") })
        let published = messages.first { $0["method"] as? String == "textDocument/publishDiagnostics" }
        let codes = ((published?["params"] as? [String: Any])?["diagnostics"] as? [[String: Any]])?.compactMap { $0["code"] as? String }
        #expect(codes == ["name-spelling"])
        let log = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        #expect(log.contains("12x"))
        try? input.close()
    }

    /// The server's resident memory in bytes, from /proc.
    static func resident(_ process: Process) -> Int {
        let status = (try? String(contentsOfFile: "/proc/\(process.processIdentifier)/status", encoding: .utf8)) ?? ""
        let line = status.split(separator: "\n").first { $0.hasPrefix("VmRSS:") } ?? ""
        return (Int(line.split(separator: " ").dropFirst().first ?? "") ?? 0) * 1024
    }

    @Test("memory stays flat over a thousand edits of a 100 KB note")
    func flatMemory() throws {
        let (process, input, output, _) = try Self.start()
        defer { try? input.close(); process.waitUntilExit() }
        let uri = "untitled:long-note"
        let note = accentedNote + String(repeating: "\nWe talked about offline sync, and Zoë asked about the release train.", count: 1_400)
        var data = Data()
        func waitFor(version: Int) {
            while !(Self.frames(data) ?? []).contains(where: {
                (($0["params"] as? [String: Any])?["version"] as? Int) == version
            }) {
                let chunk = output.availableData
                if chunk.isEmpty { return }
                data += chunk
            }
        }
        var first = ServerSession.frame(["jsonrpc": "2.0", "id": 1, "method": "initialize", "params": ["capabilities": [:]]])
        first += ServerSession.frame(["jsonrpc": "2.0", "method": "textDocument/didOpen", "params": [
            "textDocument": ["uri": uri, "languageId": "markdown", "version": 1, "text": note]]])
        input.write(Data(first))
        waitFor(version: 1)
        input.write(Data(ServerSession.edits(uri, versions: 2...1001)))
        waitFor(version: 1001)
        let before = Self.resident(process)
        input.write(Data(ServerSession.edits(uri, versions: 1002...2001)))
        waitFor(version: 2001)
        let after = Self.resident(process)
        #expect(before > 0)
        // Keeping each edit's text would be 100 MB.
        #expect(after - before < 16 << 20, "resident memory grew from \(before >> 20) MB to \(after >> 20) MB")
    }

    @Test("a client that disappears: the server exits with 1 on the end of its input")
    func clientGone() throws {
        let (process, input, output, _) = try Self.start()
        input.write(Data(ServerSession.frame(["jsonrpc": "2.0", "id": 1, "method": "initialize", "params": ["capabilities": [:]]])))
        try input.close()
        let data = output.readDataToEndOfFile()
        let exited = DispatchSemaphore(value: 0)
        DispatchQueue.global().async { process.waitUntilExit(); exited.signal() }
        #expect(exited.wait(timeout: .now() + 10) == .success)
        #expect(process.terminationStatus == 1)
        #expect(Self.frames(data)?.count == 1)
    }
}
