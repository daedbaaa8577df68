import Foundation
import Testing
@testable import InterviewLint

@Suite("draft: thank-you emails and the follow-up call script")
struct DraftTests {
    func drafts(_ note: String, today: String = "2026-11-26", configuration: Configuration = Configuration(),
                kind: Draft.Kind? = nil) -> [Draft] {
        let source = SourceText(note)
        let interview = NoteReader.read(source, options: configuration.readerOptions)
        return DraftPlanner.drafts(for: interview, source: source, path: "note.md", now: moment(today),
                                   configuration: configuration, kind: kind)
    }

    /// The header block as (name, unfolded value), and the body as sent.
    func parts(_ message: String) -> (headers: [(String, String)], body: String) {
        let split = message.components(separatedBy: "\r\n\r\n")
        var headers: [(String, String)] = []
        for line in split[0].components(separatedBy: "\r\n") {
            if line.hasPrefix(" "), !headers.isEmpty {
                headers[headers.count - 1].1 += line
            } else {
                let colon = line.firstIndex(of: ":")!
                headers.append((String(line[..<colon]), String(line[line.index(after: colon)...]).trimmingCharacters(in: .whitespaces)))
            }
        }
        return (headers, split.dropFirst().joined(separator: "\r\n\r\n"))
    }

    /// RFC 2047 B words decoded (the whitespace between adjacent words dropped, as the RFC says).
    func decodeWords(_ value: String) -> String {
        var out = ""
        var rest = Substring(value)
        while let open = rest.range(of: "=?UTF-8?B?") {
            let gap = rest[..<open.lowerBound]
            if !(out.hasSuffix("\u{0}") && gap.allSatisfy(\.isWhitespace)) { out += gap }
            let after = rest[open.upperBound...]
            let close = after.range(of: "?=")!
            out += String(decoding: Data(base64Encoded: String(after[..<close.lowerBound]))!, as: UTF8.self) + "\u{0}"
            rest = after[close.upperBound...]
        }
        return (out + rest).replacingOccurrences(of: "\u{0}", with: "")
    }

    func decodeQuotedPrintable(_ text: String) -> String {
        var bytes: [UInt8] = []
        let input = Array(text.replacingOccurrences(of: "=\r\n", with: "").utf8)
        var index = 0
        while index < input.count {
            if input[index] == UInt8(ascii: "="), index + 2 < input.count,
               let value = UInt8(String(decoding: input[(index + 1)...(index + 2)], as: UTF8.self), radix: 16) {
                bytes.append(value)
                index += 3
            } else {
                bytes.append(input[index])
                index += 1
            }
        }
        return String(decoding: bytes, as: UTF8.self).replacingOccurrences(of: "\r\n", with: "\n")
    }

    static let orchard = repositoryRoot.appendingPathComponent("Tests/Fixtures/drafts/orchard-health.md")

    @Test("Zoë Ødegård: encoded words in To: and Subject:, a quoted-printable UTF-8 body, lines within limits")
    func accentedNames() throws {
        let note = """
            ---
            company: Fjord Ånalyse
            role: Data Engineer
            date: 2026-11-25 14:00
            ---
            ## Interviewers
            - [x] Zoë Ødegård — Lead Engineer — zoe@fjord.example
            ## Conversation notes
            - Zoë asked how I would test streaming joins
            """
        let draft = try #require(drafts(note).first)
        let message = DraftRun.message(draft)
        #expect(message.unicodeScalars.allSatisfy { $0.isASCII })
        for line in message.components(separatedBy: "\r\n") { #expect(line.utf8.count <= 78, "\(line)") }
        let (headers, body) = parts(message)
        #expect(headers.filter { $0.0 == "To" }.map { decodeWords($0.1) } == ["Zoë Ødegård <zoe@fjord.example>"])
        #expect(decodeWords(try #require(headers.first { $0.0 == "Subject" }).1) == "Thank you: Data Engineer interview at Fjord Ånalyse")
        #expect(headers.contains { $0 == ("Content-Transfer-Encoding", "quoted-printable") })
        #expect(headers.contains { $0 == ("Content-Type", "text/plain; charset=utf-8") })
        #expect(headers.contains { $0 == ("X-Unsent", "1") })
        let text = decodeQuotedPrintable(body)
        #expect(text.hasPrefix("Dear Zoë Ødegård,\n"))
        #expect(text.contains("- Zoë asked how I would test streaming joins"))
        let mailto = DraftRun.mailto(draft)
        #expect(mailto.hasPrefix("mailto:zoe@fjord.example?subject=Thank%20you%3A%20Data%20Engineer"))
        #expect(mailto.contains("Dear%20Zo%C3%AB%20%C3%98deg%C3%A5rd%2C%0D%0A"))
    }

    @Test("a line break in a name or a company cannot start a header")
    func newlineInName() throws {
        let range = SourceRange(line: 1, column: 1, length: 1)
        var interview = Interview()
        interview.company = Located("Acme\r\nBcc: all@evil.example", range)
        interview.role = Located("iOS Engineer\nX-Evil: 1", range)
        interview.start = Located(moment("2026-11-25T14:00"), range)
        interview.startHasTime = true
        var person = Interviewer(name: Located("Eve\nBcc: mallory@evil.example", range), range: range)
        person.email = Located("eve@acme.example", range)
        interview.people = [person]
        let planned = DraftPlanner.drafts(for: interview, source: SourceText(""), path: "note.md", now: moment("2026-11-26"),
                                          configuration: Configuration())
        let draft = try #require(planned.first)
        let (headers, _) = parts(DraftRun.message(draft))
        #expect(headers.map(\.0) == ["To", "Subject", "MIME-Version", "Content-Type", "Content-Transfer-Encoding", "X-Unsent"])
        #expect(decodeWords(headers[0].1) == "\"Eve Bcc: mallory@evil.example\" <eve@acme.example>")
        #expect(decodeWords(headers[1].1) == "Thank you: iOS Engineer X-Evil: 1 interview at Acme Bcc: all@evil.example")
        #expect(draft.stem == "2026-11-25-acme-bcc-all-evil-example-eve-bcc-mallory-evil-example-thank-you")
    }

    @Test("a line break written in a card's name stays inside To:")
    func newlineInNoteName() throws {
        let note = "---\ncompany: Acme\nrole: iOS\ndate: 2026-11-25 10:00\n---\n## Interviewers\n- [x] Eve\\\nBcc: mallory@evil.example — eve@acme.example\n"
        let draft = try #require(drafts(note).first)
        let (headers, _) = parts(DraftRun.message(draft))
        #expect(headers.map(\.0) == ["To", "Subject", "MIME-Version", "Content-Type", "Content-Transfer-Encoding", "X-Unsent"])
        #expect(headers[0].1.hasSuffix("<eve@acme.example>"))
    }

    @Test("recap lines: under a heading naming the person, a capitalised name, never the log, comments or code")
    func recapSources() throws {
        let note = """
            ---
            company: Acme
            role: iOS Engineer
            date: 2026-11-25 10:00
            ---
            ## Interviewers
            - [x] Sam Patel — sam@acme.example
            - [x] Grant Lee — grant@acme.example
            ## Talking with Sam
            - the queue migration
            - how they page on-call
            ## Other
            - they will grant a signing bonus
            - Lee's team owns the billing service
            <!-- Sam: not said -->
            ```
            Sam: not said either
            ```
            ## Follow-up
            - 2026-11-25 17:00 — Email from Sam Patel: the take-home is attached.
            """
        let planned = drafts(note)
        let recaps = planned.map { $0.body.components(separatedBy: "\n").filter { $0.hasPrefix("- ") } }
        #expect(planned.map(\.person) == ["Sam Patel", "Grant Lee"])
        #expect(recaps == [["- the queue migration", "- how they page on-call"], ["- Lee's team owns the billing service"]])
    }

    @Test("the command: paths printed, -2 on a second run, exit 2 for a --dir that is a file or a bad me:")
    func command() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("drafts-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let arguments = ["draft", Self.orchard.path, "--today", "2026-11-26", "--dir", folder.path]
        let first = try runTool(arguments)
        #expect(first.status == 0 && first.stderr.isEmpty)
        #expect(first.stdout.split(separator: "\n").map { ($0 as NSString).lastPathComponent }.first == "2026-11-25-orchard-health-maya-lin-thank-you.eml")
        let second = try runTool(arguments)
        #expect(second.stdout.split(separator: "\n").allSatisfy { $0.hasSuffix("-2.eml") } && second.stdout.split(separator: "\n").count == 3)
        let file = try runTool(["draft", Self.orchard.path, "--today", "2026-11-26", "--dir", first.stdout.split(separator: "\n").map(String.init)[0]])
        #expect(file.status == 2 && file.stderr.contains("not a folder"))
        let notes = folder.appendingPathComponent("notes")
        try FileManager.default.createDirectory(at: notes, withIntermediateDirectories: true)
        try "me: {email: nope}\n".write(to: notes.appendingPathComponent(".interview-lint.yml"), atomically: false, encoding: .utf8)
        try FileManager.default.copyItem(at: Self.orchard, to: notes.appendingPathComponent("orchard.md"))
        let broken = try runTool(["draft", notes.path, "--today", "2026-11-26", "--format", "text"])
        #expect(broken.status == 2 && broken.stderr.contains("`me.email` 'nope' is not an email address"))
        let nothing = try runTool(["draft", "Examples/acme-robotics-model.md", "--today", "2026-11-26", "--kind", "thank-you"])
        #expect(nothing.status == 0 && nothing.stdout.isEmpty && nothing.stderr.contains("nothing to draft as of 2026-11-26 23:59: no thank-you is owed"))
    }

    @Test("three interviewers, three recaps, each from the lines that name them; a card without email leaves To: empty")
    func threeInterviewers() throws {
        let note = try String(contentsOf: Self.orchard, encoding: .utf8)
        let planned = drafts(note)
        #expect(planned.map(\.person) == ["Maya Lin", "Sam Patel", "Priya Nair"])
        #expect(Set(planned.map(\.body)).count == 3)
        let recaps = planned.map { $0.body.components(separatedBy: "\n").filter { $0.hasPrefix("- ") } }
        #expect(recaps[0] == ["- how the on-call rotation is shared across the two platform teams"])
        #expect(recaps[1] == ["- Sam walked me through their move from cron jobs to a queue for claims", "- Sam asked how I would make the claims import idempotent"])
        #expect(recaps[2] == ["- Priya explained the hybrid schedule: two office days a week in"])
        #expect(!planned.contains { $0.body.contains("not a conversation note") || $0.body.contains("decide by") })
        let priya = parts(DraftRun.message(planned[2])).headers
        #expect(priya.filter { $0.0 == "To" }.map(\.1) == [""])
        #expect(planned[2].body.hasPrefix("[No email address for Priya Nair on their card in the note: fill in To:\nbefore sending.]\n\nDear Priya Nair,"))
        #expect(DraftRun.mailto(planned[2]).hasPrefix("mailto:?subject="))
    }

    @Test("no conversation notes: a marked placeholder and nothing made up")
    func placeholder() throws {
        let note = """
            ---
            company: Acme Robotics
            role: iOS Engineer
            date: 2026-11-25 10:00
            ---
            ## Interviewers
            - [x] Jane Doe — jane@acme.example
            - [x] Bob Smith — bob@acme.example
            """
        let planned = drafts(note)
        #expect(planned.count == 2)
        #expect(planned[0].recapLines == 0)
        #expect(planned[0].body == """
            Dear Jane Doe,

            Thank you for taking the time to speak with me on Wednesday 25 November
            2026 about the iOS Engineer role at Acme Robotics.

            [Recap: the note holds nothing on what you discussed with Jane Doe.
            Write a line or two about your conversation here before sending.]

            I am still very interested in the iOS Engineer role at Acme Robotics,
            and I would be glad to answer any further questions.

            Best regards,
            [Your name: set me: {name, email, phone} in .interview-lint.yml]

            """)
        #expect(planned[1].body.contains("what you discussed with Bob Smith."))
        // Once both have had one, there is no thank-you left to draft.
        let thanked = note + "\n## Follow-up\n- 2026-11-25 18:00 — Email thank-you to Jane Doe. Recap: the sync engine. Reiterated interest.\n"
        #expect(drafts(thanked, kind: .thankYou).map(\.person) == ["Bob Smith"])
    }

    @Test("the follow-up call's slot is the agenda's, for every Example and day")
    func followUpSlot() throws {
        let examples = repositoryRoot.appendingPathComponent("Examples").path
        for today in ["2026-11-16T18:00", "2026-11-26", "2026-12-03T10:00"] {
            let calls = Agenda.run(paths: [examples], now: moment(today), configuration: .discover, includeClosed: false)
                .actions.filter { $0.kind == .call }
            let scripts = DraftRun.plan(paths: [examples], now: moment(today), configuration: .discover, kind: .followUp, person: nil)
            #expect(scripts.errors.isEmpty)
            let found = scripts.drafts.filter { $0.part == .callScript }
            #expect(found.count == calls.count && !calls.isEmpty, "\(today)")
            for call in calls {
                let script = found.first { $0.note == call.file && $0.person == call.person }
                #expect(script?.slotStart == call.start && script?.slotEnd == call.end, "\(call.file) \(today)")
                #expect(script?.body.contains(Wording.slot(call.start, Settings().callWindow)) == true)
            }
            #expect(scripts.drafts.filter { $0.part == .email }.count == calls.count, "a voicemail email for each call")
        }
    }

    @Test("writing: only inside --dir, never over a file (-2, -3), no temporary file left")
    func neverOverwrites() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("drafts-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let planned = drafts(try String(contentsOf: Self.orchard, encoding: .utf8))
        let existing = folder.appendingPathComponent("2026-11-25-orchard-health-maya-lin-thank-you.eml")
        try "mine".write(to: existing, atomically: false, encoding: .utf8)
        let first = try DraftRun.write(planned, directory: folder.path)
        let second = try DraftRun.write(planned, directory: folder.path)
        #expect(first.map { ($0 as NSString).lastPathComponent } == [
            "2026-11-25-orchard-health-maya-lin-thank-you-2.eml", "2026-11-25-orchard-health-sam-patel-thank-you.eml",
            "2026-11-25-orchard-health-priya-nair-thank-you.eml",
        ])
        #expect(second.map { ($0 as NSString).lastPathComponent } == [
            "2026-11-25-orchard-health-maya-lin-thank-you-3.eml", "2026-11-25-orchard-health-sam-patel-thank-you-2.eml",
            "2026-11-25-orchard-health-priya-nair-thank-you-2.eml",
        ])
        #expect(try String(contentsOf: existing, encoding: .utf8) == "mine")
        #expect(try String(contentsOfFile: first[1], encoding: .utf8) == DraftRun.message(planned[1]))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).count == 7)
        #expect(throws: DraftRun.Failure.self) { try DraftRun.write(planned, directory: existing.path) }
        #expect(try DraftRun.write(planned, directory: folder.appendingPathComponent("new/sub").path).count == 3)
    }

    @Test("me: {name, email, phone} signs the drafts and fills From:; bad values are named")
    func sender() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("drafts-me-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        func load(_ text: String) throws -> Configuration {
            let path = folder.appendingPathComponent(".interview-lint.yml").path
            try text.write(toFile: path, atomically: false, encoding: .utf8)
            return try ConfigurationLoader().load(path)
        }
        let configuration = try load("me: {name: Ana Silva, email: ana@example.com, phone: \"+1 555 0199\"}\n")
        #expect(configuration.me == Sender(name: "Ana Silva", email: "ana@example.com", phone: "+1 555 0199"))
        let draft = try #require(drafts(try String(contentsOf: Self.orchard, encoding: .utf8), configuration: configuration).first)
        #expect(draft.body.hasSuffix("Best regards,\nAna Silva\nana@example.com\n+1 555 0199\n"))
        #expect(DraftRun.message(draft).hasPrefix("From: \"Ana Silva\" <ana@example.com>\r\nTo: \"Maya Lin\" <maya.lin@orchard.example>\r\n"))
        func problem(_ text: String) -> String {
            do { _ = try load(text); return "" } catch { return "\(error)" }
        }
        #expect(problem("me: {email: nope}\n").contains("`me.email` 'nope' is not an email address"))
        #expect(problem("me: {name: \"Ana\\nBcc: x@y.example\"}\n").contains("`me.name` must be one line"))
        #expect(problem("me: {nmae: Ana}\n").contains("nmae"))
        #expect(problem("me: Ana\n").contains("`me` takes a mapping: name, email, phone"))
    }

    @Test("the README's draft and call script are what the commands it shows give")
    func readme() throws {
        let readme = try String(contentsOf: repositoryRoot.appendingPathComponent("README.md"), encoding: .utf8)
        let section = try #require(readme.components(separatedBy: "## Write the thank-you\n").dropFirst().first?
            .components(separatedBy: "\n## ").first)
        let blocks = section.components(separatedBy: "```text\n").dropFirst().map { $0.components(separatedBy: "\n```")[0] + "\n" }
        #expect(blocks.count == 2)
        let thanks = DraftRun.plan(paths: [Self.orchard.path], now: moment("2026-11-26"), configuration: .discover, kind: nil, person: "Sam")
        #expect(thanks.drafts.count == 1)
        #expect(blocks.first == thanks.drafts.first.map { DraftRun.message($0).replacingOccurrences(of: "\r\n", with: "\n") })
        let volt = repositoryRoot.appendingPathComponent("Examples/volt-motors-timeframe.md").path
        let call = DraftRun.plan(paths: [volt], now: moment("2026-11-26"), configuration: .discover, kind: nil, person: nil)
        let script = try #require(call.drafts.first { $0.part == .callScript })
        #expect(blocks.last == DraftRun.text([script]).replacingOccurrences(of: volt, with: "Examples/volt-motors-timeframe.md"))
        #expect(readme.contains("interview-lint draft NOTE...  "))
    }

    @Test("the agenda's thank-you and call lines name the command that drafts them")
    func agendaPointsToDraft() {
        let actions = Agenda.run(paths: [Self.orchard.path], now: moment("2026-11-26"), configuration: .none, includeClosed: false).actions
        let lines = AgendaReporter.render(actions, now: moment("2026-11-26"), format: .text).split(separator: "\n")
        #expect(lines.filter { $0.hasSuffix("(draft: interview-lint draft \(Self.orchard.path))") }.count == 3)
        #expect(lines.filter { $0.hasSuffix("(draft: interview-lint draft --kind follow-up \(Self.orchard.path))") }.count == 1)
        #expect(AgendaReporter.shellQuoted("it's a note.md") == "'it'\\''s a note.md'")
    }
}
