import Foundation
import Testing
@testable import InterviewLint

/// A note with an accented name, emoji headings and an emoji before the misspelt name.
let accentedNote = """
    ---
    company: Café Ünïcode
    role: iOS Engineer
    date: 2026-11-16 10:00
    ---

    ## 👥 Participants
    - [x] Zoë Ångström — Engineering Manager — zoe@cafe.example — +1 555 0100

    ## Before leaving
    - [x] They have my resume
    - [x] They have my contact information

    ## Timeframe
    They will decide by December 4th.

    ## 📬 Contact log
    - 2026-11-16 17:30 — 📧 Email thank-you to Zoë Angström. Recap: the sync design. Reiterated interest.
    """

/// Where `text` starts and ends on line `line` (0-based) of `note`, counted in `encoding`'s units
/// by the standard library, independently of the server.
func expectedRange(of text: String, line: Int, in note: String, _ encoding: PositionEncoding) -> [Int] {
    let lineText = note.components(separatedBy: "\n")[line]
    let prefix = lineText[..<lineText.range(of: text)!.lowerBound]
    func units(_ s: Substring) -> Int {
        switch encoding {
        case .utf8: return s.utf8.count
        case .utf16: return s.utf16.count
        case .utf32: return s.unicodeScalars.count
        }
    }
    return [line, units(prefix), line, units(prefix) + units(text[...])]
}

@Suite("Server framing")
struct ServerFramingTests {
    static func frame(_ body: String) -> [UInt8] { Array("Content-Length: \(body.utf8.count)\r\n\r\n\(body)".utf8) }

    @Test("several messages in one read, and a multi-byte UTF-8 body counted in bytes")
    func several() {
        var parser = FrameParser()
        let frames = parser.append(Self.frame("{\"a\":\"Zoë 👥\"}") + Self.frame("{}") + Self.frame("[1]"))
        #expect(frames == [.message(Data("{\"a\":\"Zoë 👥\"}".utf8)), .message(Data("{}".utf8)), .message(Data("[1]".utf8))])
    }

    @Test("one message split over many reads, a byte at a time")
    func split() {
        var parser = FrameParser()
        var frames: [FrameParser.Frame] = []
        for byte in Self.frame("{\"text\":\"Ångström\"}") { frames += parser.append([byte]) }
        #expect(frames == [.message(Data("{\"text\":\"Ångström\"}".utf8))])
    }

    @Test("other headers, any case, and LF-only line ends are read")
    func headers() {
        var parser = FrameParser()
        let frames = parser.append(Array("content-length: 2\r\nContent-Type: application/vscode-jsonrpc; charset=utf-8\r\n\r\n{}Content-Length: 2\n\n[]".utf8))
        #expect(frames == [.message(Data("{}".utf8)), .message(Data("[]".utf8))])
    }

    @Test("a malformed header is reported and the next message still read")
    func malformed() {
        var parser = FrameParser()
        let frames = parser.append(Array("Content-Length: lots\r\n\r\ngarbage\r\n".utf8) + Self.frame("{}"))
        #expect(frames.count == 2)
        #expect(frames.last == .message(Data("{}".utf8)))
        if case .malformed(let why)? = frames.first { #expect(why.contains("lots")) } else { Issue.record("no problem reported") }
    }

    @Test("a header that never ends is given up on without holding more than its limit")
    func endlessHeader() {
        var parser = FrameParser()
        let first = parser.append([UInt8](repeating: UInt8(ascii: "x"), count: FrameParser.maximumHeaderBytes + 10))
        #expect(first.count == 1 && first.first.map { if case .malformed = $0 { return true } else { return false } } == true)
        #expect(parser.append(Array("xxxx\r\n".utf8) + Self.frame("{}")) == [.message(Data("{}".utf8))])
    }

    @Test("a body over the limit is skipped, not kept")
    func oversized() {
        var parser = FrameParser(maximumBodyBytes: 10)
        var frames = parser.append(Array("Content-Length: 100\r\n\r\n".utf8) + [UInt8](repeating: 32, count: 60))
        frames += parser.append([UInt8](repeating: 32, count: 40) + Self.frame("{}"))
        #expect(frames.count == 2)
        #expect(frames.last == .message(Data("{}".utf8)))
    }
}

@Suite("Server positions")
struct ServerPositionTests {
    @Test("linter columns become each encoding's units on accented and emoji lines",
          arguments: PositionEncoding.allCases)
    func columns(_ encoding: PositionEncoding) {
        let index = LineIndex(Array(accentedNote.utf8))
        // 'Zoë Angström' on line 18 starts at scalar column 43 (what the command prints).
        let range = index.range(of: SourceRange(line: 18, column: 43, length: 12), in: encoding)
        let expected = expectedRange(of: "Zoë Angström", line: 17, in: accentedNote, encoding)
        #expect([range.start.line, range.start.character, range.end.line, range.end.character] == expected)
        #expect(index.sourcePosition(of: range.start, in: encoding) == SourcePosition(line: 18, column: 43))
    }

    @Test("incremental edits are placed in each encoding's units", arguments: PositionEncoding.allCases)
    func edits(_ encoding: PositionEncoding) {
        var document = OpenDocument(uri: "untitled:x", version: 1, text: "👥 Zoë\r\nab😀cd\nend")
        let units = { (s: String) in encoding == .utf8 ? s.utf8.count : encoding == .utf16 ? s.utf16.count : s.unicodeScalars.count }
        // Replace "ë" on line 0, then "😀c" on line 1 (positions against the text as edited so far).
        let first = LSPRange(start: LSPPosition(line: 0, character: units("👥 Zo")), end: LSPPosition(line: 0, character: units("👥 Zoë")))
        let second = LSPRange(start: LSPPosition(line: 1, character: units("ab")), end: LSPPosition(line: 1, character: units("ab😀c")))
        document.apply([ContentChange(range: first, text: "e"), ContentChange(range: second, text: "X\nY")], version: 2, encoding: encoding)
        #expect(String(decoding: document.bytes, as: UTF8.self) == "👥 Zoe\r\nabX\nYd\nend")
        #expect(document.version == 2)
        // Past a line's end means its end; past the last line, the end of the text.
        document.apply([ContentChange(range: LSPRange(start: LSPPosition(line: 0, character: 99), end: LSPPosition(line: 9, character: 0)), text: "!")],
                       version: 3, encoding: encoding)
        #expect(String(decoding: document.bytes, as: UTF8.self) == "👥 Zoe!")
    }

    @Test("a byte order mark the linter drops still counts in the editor's columns")
    func byteOrderMark() {
        let index = LineIndex(Array("\u{FEFF}ab".utf8))
        #expect(index.position(of: SourcePosition(line: 1, column: 1), in: .utf16) == LSPPosition(line: 0, character: 1))
    }

    @Test("file URIs and paths, percent-encoded both ways")
    func uris() {
        #expect(DocumentURI.path(of: "file:///notes/caf%C3%A9%20x.md") == "/notes/café x.md")
        #expect(DocumentURI.uri(of: "/notes/café x.md") == "file:///notes/caf%C3%A9%20x.md")
        #expect(DocumentURI.path(of: "untitled:Untitled-1") == nil)
        #expect(DocumentURI.isConfiguration("file:///notes/.interview-lint.yml"))
    }
}

@Suite("Server lifecycle")
struct ServerLifecycleTests {
    @Test("initialize answers capabilities and the version; shutdown then exit ends with 0")
    func initializeAndExit() throws {
        let session = ServerSession()
        let response = session.request("initialize", ["capabilities": [:]])
        let result = try #require(response["result"] as? [String: Any])
        let info = result["serverInfo"] as? [String: String]
        #expect(info == ["name": "interview-lint", "version": InterviewLintVersion.current])
        let capabilities = try #require(result["capabilities"] as? [String: Any])
        #expect(capabilities["positionEncoding"] as? String == "utf-16")
        #expect((capabilities["textDocumentSync"] as? [String: Any])?["change"] as? Int == 2)
        #expect(capabilities["hoverProvider"] as? Bool == true)
        session.notify("initialized")
        #expect(session.request("shutdown").keys.contains("result"))
        session.notify("exit")
        #expect(session.waitForExit() == 0)
    }

    @Test("exit without shutdown ends with 1")
    func exitWithoutShutdown() {
        let session = ServerSession()
        session.initialize()
        session.notify("exit")
        #expect(session.waitForExit() == 1)
    }

    @Test("the client going away (end of input) ends the server")
    func endOfInput() {
        let session = ServerSession()
        session.initialize()
        session.hangUp()
        #expect(session.waitForExit() == 1)
    }

    @Test("requests before initialize, unknown requests, unknown notifications, requests after shutdown")
    func errors() {
        let session = ServerSession()
        #expect((session.request("textDocument/hover", [:])["error"] as? [String: Any])?["code"] as? Int == -32002)
        session.initialize()
        session.notify("$/somethingNew", ["x": 1])
        session.notify("workspace/didChangeConfiguration", ["settings": [:]])
        #expect((session.request("workspace/somethingElse")["error"] as? [String: Any])?["code"] as? Int == -32601)
        #expect((session.request("textDocument/hover", ["textDocument": 3])["error"] as? [String: Any])?["code"] as? Int == -32602)
        #expect((session.request("initialize", ["capabilities": [:]])["error"] as? [String: Any])?["code"] as? Int == -32600)
        session.request("shutdown")
        #expect((session.request("textDocument/hover", [:])["error"] as? [String: Any])?["code"] as? Int == -32600)
    }

    @Test("malformed messages are answered with id null, and the server goes on")
    func malformed() {
        let session = ServerSession()
        session.initialize()
        session.sendBytes(ServerFramingTests.frame("{not json"))
        let parse = session.take { $0["error"] != nil }
        #expect((parse?["error"] as? [String: Any])?["code"] as? Int == -32700)
        #expect(parse?.keys.contains("id") == true && parse?["id"] is NSNull)
        session.sendBytes(ServerFramingTests.frame("[1, 2]"))
        #expect(((session.take { $0["error"] != nil })?["error"] as? [String: Any])?["code"] as? Int == -32600)
        session.sendBytes(Array("Content-Length: twelve\r\n\r\n".utf8))
        #expect((session.request("shutdown")).keys.contains("result"))
        #expect(session.log.contains { $0.contains("twelve") })
    }

    @Test("a request whose cancellation was read before it ran is answered RequestCancelled")
    func cancel() {
        let session = ServerSession()
        session.initialize()
        session.notify("$/cancelRequest", ["id": 7])
        session.send(["jsonrpc": "2.0", "id": 7, "method": "textDocument/hover",
                      "params": ["textDocument": ["uri": "file:///x.md"], "position": ["line": 0, "character": 0]]])
        #expect((session.response(to: 7)?["error"] as? [String: Any])?["code"] as? Int == -32800)
    }
}

@Suite("Server diagnostics")
struct ServerDiagnosticTests {
    static let uri = "untitled:accented-note"

    @Test("ranges in the negotiated encoding, with code, documentation, source and the card as related place",
          arguments: PositionEncoding.allCases)
    func published(_ encoding: PositionEncoding) throws {
        let session = ServerSession()
        let result = session.initialize(["general": ["positionEncodings": [encoding.rawValue]]])["result"] as? [String: Any]
        #expect((result?["capabilities"] as? [String: Any])?["positionEncoding"] as? String == encoding.rawValue)
        session.open(Self.uri, accentedNote)
        let published = try #require(session.diagnostics(for: Self.uri))
        #expect(published.version == 1)
        let spelling = try #require(published.items.first { $0["code"] as? String == "name-spelling" })
        #expect(rangeNumbers(spelling) == expectedRange(of: "Zoë Angström", line: 17, in: accentedNote, encoding))
        #expect(spelling["severity"] as? Int == 1)
        #expect(spelling["source"] as? String == "interview-lint")
        #expect((spelling["codeDescription"] as? [String: String])?["href"] == ProjectLinks.help(for: "name-spelling"))
        let related = try #require((spelling["relatedInformation"] as? [[String: Any]])?.first)
        let location = try #require(related["location"] as? [String: Any])
        #expect(location["uri"] as? String == Self.uri)
        #expect(rangeNumbers(location) == expectedRange(of: "Zoë Ångström", line: 7, in: accentedNote, encoding))
    }

    @Test("the same findings as the command, on the same lines")
    func sameAsCommand() throws {
        let folder = temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let note = try String(contentsOf: repositoryRoot.appendingPathComponent("Examples/harbor-books-cards.md"), encoding: .utf8)
        let path = folder.appendingPathComponent("harbor.md").path
        let uri = DocumentURI.uri(of: path)
        let session = ServerSession()
        session.initialize()
        session.open(uri, note)
        let published = try #require(session.diagnostics(for: uri))
        let expected = Linter(now: moment("2026-11-26")).lint(path: path, bytes: Array(note.utf8), configuration: Configuration()).diagnostics
        #expect(published.items.map { "\(rangeNumbers($0)[0] + 1) \($0["code"] as! String)" }
                == expected.map { "\($0.range.start.line) \($0.rule)" })
        #expect(!expected.isEmpty)
    }

    @Test("changes are debounced and published once, for the latest version only")
    func debounceAndVersions() throws {
        let session = ServerSession(debounce: 0.15)
        session.initialize()
        session.open(Self.uri, accentedNote)
        _ = try #require(session.diagnostics(for: Self.uri))
        let misspelt = expectedRange(of: "Angström", line: 17, in: accentedNote, .utf16)
        var batch: [UInt8] = []
        for version in 2...6 {
            let text = version == 6 ? "Ångström" : "Angstrom\(version)"
            batch += ServerSession.frame(["jsonrpc": "2.0", "method": "textDocument/didChange", "params": [
                "textDocument": ["uri": Self.uri, "version": version],
                "contentChanges": [["range": lspRange(version == 2 ? misspelt : [17, misspelt[1], 17, misspelt[1] + 9]), "text": text]],
            ]])
        }
        session.sendBytes(batch)
        let published = try #require(session.diagnostics(for: Self.uri))
        #expect(published.version == 6)
        #expect(!published.items.contains { $0["code"] as? String == "name-spelling" })
        #expect(session.drain(0.3).filter { $0["method"] as? String == "textDocument/publishDiagnostics" }.isEmpty)
    }

    @Test("a quick fix writes the card's spelling; applied, the finding goes; closing clears")
    func quickFixAndClose() throws {
        let session = ServerSession()
        session.initialize()
        session.open(Self.uri, accentedNote)
        let published = try #require(session.diagnostics(for: Self.uri))
        let spelling = try #require(published.items.first { $0["code"] as? String == "name-spelling" })
        let response = session.request("textDocument/codeAction", [
            "textDocument": ["uri": Self.uri], "range": spelling["range"]!, "context": ["diagnostics": [spelling]],
        ])
        let actions = try #require(response["result"] as? [[String: Any]])
        #expect(actions.map { $0["title"] as! String } == [
            "Write 'Zoë Ångström', as on the card", "Disable name-spelling for this line", "Disable name-spelling for this file",
        ])
        let fix = actions[0]
        #expect(fix["isPreferred"] as? Bool == true)
        #expect(fix["kind"] as? String == "quickfix")
        let edits = try #require(((fix["edit"] as? [String: Any])?["changes"] as? [String: Any])?[Self.uri] as? [[String: Any]])
        #expect(edits.count == 1)
        session.change(Self.uri, version: 2, edits.map { ["range": $0["range"]!, "text": $0["newText"]!] })
        let after = try #require(session.diagnostics(for: Self.uri))
        #expect(after.version == 2)
        #expect(after.items.isEmpty)
        session.notify("textDocument/didClose", ["textDocument": ["uri": Self.uri]])
        let closed = try #require(session.diagnostics(for: Self.uri))
        #expect(closed.items.isEmpty && closed.version == nil)
    }

    @Test("an unreadable entry with one reading: a preferred fix rewrites it; applied, the finding goes")
    func rewriteUnreadableEntry() throws {
        let note = accentedNote.replacingOccurrences(of: "📧 Email thank-you to Zoë Angström", with: "🙂 Emial thank-you to Zoë Ångström")
        let session = ServerSession()
        session.initialize()
        session.open(Self.uri, note)
        let published = try #require(session.diagnostics(for: Self.uri))
        let unreadable = try #require(published.items.first { $0["code"] as? String == "unreadable-entry" })
        let response = session.request("textDocument/codeAction", [
            "textDocument": ["uri": Self.uri], "range": unreadable["range"]!, "context": ["diagnostics": [unreadable]],
        ])
        let actions = try #require(response["result"] as? [[String: Any]])
        let rewritten = "2026-11-16 17:30 — 🙂 Email thank-you to Zoë Ångström. Recap: the sync design. Reiterated interest."
        let fix = try #require(actions.first)
        #expect(fix["title"] as? String == "Rewrite as '\(rewritten)'")
        #expect(fix["isPreferred"] as? Bool == true)
        #expect(actions.dropFirst().allSatisfy { $0["isPreferred"] == nil })
        let edits = try #require(((fix["edit"] as? [String: Any])?["changes"] as? [String: Any])?[Self.uri] as? [[String: Any]])
        #expect(edits.map { $0["newText"] as? String } == [rewritten])
        let written = "2026-11-16 17:30 — 🙂 Emial thank-you to Zoë Ångström. Recap: the sync design. Reiterated interest."
        #expect(edits.map { rangeNumbers($0) } == [expectedRange(of: written, line: 17, in: note, .utf16)])
        session.change(Self.uri, version: 2, edits.map { ["range": $0["range"]!, "text": $0["newText"]!] })
        let after = try #require(session.diagnostics(for: Self.uri))
        #expect(after.version == 2)
        #expect(after.items.isEmpty)
    }

    @Test("an unreadable entry with more than one reading gets no rewrite, only the disable comments")
    func noRewriteWhenAmbiguous() throws {
        let note = accentedNote.replacingOccurrences(of: "📧 Email thank-you to Zoë Angström", with: "Thank-you to Zoë Ångström")
        let session = ServerSession()
        session.initialize()
        session.open(Self.uri, note)
        let unreadable = try #require(session.diagnostics(for: Self.uri)?.items.first { $0["code"] as? String == "unreadable-entry" })
        let response = session.request("textDocument/codeAction", [
            "textDocument": ["uri": Self.uri], "range": unreadable["range"]!, "context": ["diagnostics": [unreadable]],
        ])
        let actions = try #require(response["result"] as? [[String: Any]])
        #expect(actions.map { $0["title"] as? String }.contains("Disable unreadable-entry for this line"))
        #expect(!actions.contains { ($0["title"] as? String)?.hasPrefix("Rewrite") == true || $0["isPreferred"] != nil })
    }

    @Test("disable comments for the line and the file silence the finding", arguments: [1, 2])
    func disable(_ which: Int) throws {
        let session = ServerSession()
        session.initialize()
        session.open(Self.uri, accentedNote)
        let spelling = try #require(session.diagnostics(for: Self.uri)?.items.first { $0["code"] as? String == "name-spelling" })
        let actions = session.request("textDocument/codeAction", [
            "textDocument": ["uri": Self.uri], "range": spelling["range"]!, "context": ["diagnostics": []],
        ])["result"] as? [[String: Any]] ?? []
        let edits = try #require(((actions[which]["edit"] as? [String: Any])?["changes"] as? [String: Any])?[Self.uri] as? [[String: Any]])
        #expect((edits[0]["newText"] as? String)?.hasPrefix(which == 1 ? "<!-- interview-lint-disable-next-line name-spelling -->"
                                                               : "<!-- interview-lint-disable-file name-spelling -->") == true)
        session.change(Self.uri, version: 2, edits.map { ["range": $0["range"]!, "text": $0["newText"]!] })
        let after = try #require(session.diagnostics(for: Self.uri))
        #expect(after.version == 2 && after.items.isEmpty)
    }

    @Test("a deadline passing while the note is open: linted again without an edit")
    func clock() throws {
        let note = accentedNote.components(separatedBy: "\n").dropLast().joined(separator: "\n") + "\n"
        let session = ServerSession(today: "2026-11-16T12:00", clockInterval: 0.05)
        session.initialize()
        session.open(Self.uri, note)
        #expect(session.diagnostics(for: Self.uri)?.items.isEmpty == true)
        session.clock.now = moment("2026-11-17T11:00")
        let later = try #require(session.diagnostics(for: Self.uri))
        #expect(later.version == 1)
        #expect(later.items.map { $0["code"] as? String } == ["thank-you-sent"])
    }

    @Test("pull diagnostics: nothing pushed, a full report, then unchanged")
    func pull() throws {
        let session = ServerSession()
        session.initialize(["textDocument": ["diagnostic": ["dynamicRegistration": false]]])
        session.open(Self.uri, accentedNote)
        let report = try #require(session.request("textDocument/diagnostic", ["textDocument": ["uri": Self.uri]])["result"] as? [String: Any])
        #expect(report["kind"] as? String == "full")
        #expect((report["items"] as? [[String: Any]])?.map { $0["code"] as? String } == ["name-spelling"])
        let again = session.request("textDocument/diagnostic", ["textDocument": ["uri": Self.uri], "previousResultId": report["resultId"]!])
        #expect((again["result"] as? [String: Any])?["kind"] as? String == "unchanged")
        #expect(session.drain(0.1).filter { $0["method"] as? String == "textDocument/publishDiagnostics" }.isEmpty)
    }

    @Test("the folder's configuration is used, reloaded when it changes; a broken one is one finding")
    func configuration() throws {
        let folder = temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let configuration = folder.appendingPathComponent(".interview-lint.yml")
        try "rules:\n  name-spelling: off\n".write(to: configuration, atomically: true, encoding: .utf8)
        let uri = DocumentURI.uri(of: folder.appendingPathComponent("note.md").path)
        let session = ServerSession()
        session.initialize()
        session.open(uri, accentedNote)
        #expect(session.diagnostics(for: uri)?.items.isEmpty == true)
        try "rules:\n  name-speling: off\n".write(to: configuration, atomically: true, encoding: .utf8)
        session.notify("workspace/didChangeWatchedFiles", ["changes": [["uri": DocumentURI.uri(of: configuration.path), "type": 2]]])
        let broken = try #require(session.diagnostics(for: uri)?.items)
        #expect(broken.count == 1)
        #expect(broken.first?["code"] as? String == "configuration")
        #expect((broken.first?["message"] as? String)?.contains("did you mean 'name-spelling'") == true)
        let related = (broken.first?["relatedInformation"] as? [[String: Any]])?.first?["location"] as? [String: Any]
        #expect(related?["uri"] as? String == DocumentURI.uri(of: configuration.path))
        try FileManager.default.removeItem(at: configuration)
        session.notify("textDocument/didSave", ["textDocument": ["uri": DocumentURI.uri(of: configuration.path)]])
        #expect(session.diagnostics(for: uri)?.items.map { $0["code"] as? String } == ["name-spelling"])
    }

    @Test("hover over a finding explains its rule; over a name in the log, the card")
    func hover() throws {
        let session = ServerSession()
        session.initialize()
        session.open(Self.uri, accentedNote)
        _ = session.diagnostics(for: Self.uri)
        let onFinding = session.request("textDocument/hover", ["textDocument": ["uri": Self.uri], "position": ["line": 17, "character": 44]])
        let text = (((onFinding["result"] as? [String: Any])?["contents"] as? [String: Any])?["value"] as? String) ?? ""
        #expect(text.contains("**name-spelling**"))
        #expect(text.contains(NameSpelling.description.summary))
        #expect(text.contains("**Zoë Ångström** — Engineering Manager"))
        let onCard = session.request("textDocument/hover", ["textDocument": ["uri": Self.uri], "position": ["line": 7, "character": 7]])
        let card = (((onCard["result"] as? [String: Any])?["contents"] as? [String: Any])?["value"] as? String) ?? ""
        #expect(card.contains("zoe@cafe.example") && card.contains("business card: collected"))
        let nowhere = session.request("textDocument/hover", ["textDocument": ["uri": Self.uri], "position": ["line": 0, "character": 0]])
        #expect(nowhere["result"] is NSNull)
    }

    @Test("completion offers the card's names on a log line and heading names after #")
    func completion() throws {
        let session = ServerSession()
        session.initialize()
        session.open(Self.uri, accentedNote + "\n- 2026-11-20 10:00 — Called Zoë Å")
        _ = session.diagnostics(for: Self.uri)
        let line = accentedNote.components(separatedBy: "\n").count
        let typed = "- 2026-11-20 10:00 — Called Zoë Å"
        let names = session.request("textDocument/completion", ["textDocument": ["uri": Self.uri],
                                                               "position": ["line": line, "character": typed.utf16.count]])
        let item = try #require(((names["result"] as? [String: Any])?["items"] as? [[String: Any]])?.first)
        #expect(item["label"] as? String == "Zoë Ångström")
        let edit = try #require(item["textEdit"] as? [String: Any])
        #expect(rangeNumbers(edit) == [line, typed.utf16.count - "Zoë Å".utf16.count, line, typed.utf16.count])
        session.change(Self.uri, version: 2, [["range": lspRange([line, 0, line, typed.utf16.count]), "text": "## Follow"]])
        let headings = session.request("textDocument/completion", ["textDocument": ["uri": Self.uri],
                                                                  "position": ["line": line, "character": 9]])
        let labels = ((headings["result"] as? [String: Any])?["items"] as? [[String: Any]])?.compactMap { $0["label"] as? String } ?? []
        #expect(labels.contains("Follow-up") && labels.allSatisfy { $0.lowercased().hasPrefix("follow") })
    }

    @Test("a note that takes longer than the time budget is reported as not checked, and the server goes on")
    func timeBudget() throws {
        let session = ServerSession(timeBudget: 0.001)
        session.initialize()
        let long = accentedNote + String(repeating: "\n- 2026-11-18 10:00 — Called Zoë Ångström; left a voicemail.", count: 20_000)
        session.open(Self.uri, long)
        let published = try #require(session.diagnostics(for: Self.uri))
        #expect(published.items.map { $0["code"] as? String } == ["time-budget"])
        #expect(session.request("shutdown").keys.contains("result"))
    }

    @Test("a thousand edits in a burst end in one publish, of the last version")
    func manyEdits() throws {
        let session = ServerSession(debounce: 0.01)
        session.initialize()
        session.open(Self.uri, accentedNote)
        _ = session.diagnostics(for: Self.uri)
        session.sendBytes(ServerSession.edits(Self.uri, versions: 2...1001))
        var last: Int?
        while let published = session.diagnostics(for: Self.uri, timeout: 5) {
            last = published.version
            if last == 1001 { break }
        }
        #expect(last == 1001)
    }
}

