import Foundation
import Testing
@testable import InterviewLint

/// Hostile and broken input: nothing may crash, hang, or point outside the file.
@Suite("Robustness", .serialized)
struct RobustnessTests {
    @Test("which file names are notes: the extension read on the bytes as Foundation's pathExtension reads it")
    func noteExtensions() {
        let names = ["a.md", "a.MD", "a.Md", "a.markdown", "a.MarkDown", "a.mdx", "a.m", "md", "a.", ".md", "..md", "a..md",
                     "a...md", ".a.md", "a.b.md", "a.md.txt", "a.txt.md", "é.md", "a.mé", "a.mar\u{212A}down", "a.ｍｄ", "a .md",
                     "a.md ", ".", "..", "a.d", "x.markdow", "x.markdownn"]
        for name in names {
            let expected = FileCollector.extensions.contains((name as NSString).pathExtension.lowercased())
            #expect(FileCollector.hasNoteExtension(Array(name.utf8)) == expected, "\(name)")
        }
        // Both kinds occur above, so the comparison can fail either way.
        #expect(FileCollector.hasNoteExtension(Array("a.md".utf8)))
        #expect(!FileCollector.hasNoteExtension(Array(".md".utf8)))
    }

    /// Every position a diagnostic gives lies inside the text.
    static func expectInside(_ diagnostics: [Diagnostic], _ text: String, _ comment: Comment? = nil) {
        let source = SourceText(text)
        for diagnostic in diagnostics {
            let line = diagnostic.range.start.line
            #expect(line >= 1 && line <= source.lines.count, "\(diagnostic.rule) at \(diagnostic.range); \(comment?.rawValue ?? "")")
            let width = source.line(line).unicodeScalars.count
            #expect(diagnostic.range.start.column >= 1 && diagnostic.range.start.column <= width + 1,
                    "\(diagnostic.rule) at \(diagnostic.range) on a line \(width) long; \(comment?.rawValue ?? "")")
            #expect(diagnostic.range.end >= diagnostic.range.start)
        }
    }

    /// The examples of the CommonMark corpus in `../shared/corpus/commonmark`, or none.
    static let corpus: [(name: String, text: String)] = {
        guard let shared = sharedFolder else { return [] }
        var examples: [(String, String)] = []
        for file in ["spec", "regression", "smart_punct"] {
            let url = shared.appendingPathComponent("corpus/commonmark/\(file).txt")
            guard let text = try? String(contentsOf: url, encoding: .utf8) else { continue }
            let fence = String(repeating: "`", count: 32) + " example"
            var number = 0
            var current: [Substring]?
            for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
                if line.hasPrefix(fence) {
                    current = []
                } else if line == ".", var lines = current {
                    number += 1
                    lines.append("")
                    examples.append(("\(file) #\(number)", lines.joined(separator: "\n").replacingOccurrences(of: "→", with: "\t")))
                    current = nil
                } else if current != nil {
                    current?.append(line)
                }
            }
        }
        return examples
    }()

    @Test("every CommonMark corpus example, alone and under front matter: no crash, positions inside the file",
          .enabled(if: sharedFolder != nil, "../shared/corpus/commonmark is absent on this machine: the CommonMark corpus was NOT checked"))
    func commonMarkCorpus() {
        #expect(Self.corpus.count > 600, "the corpus should hold the spec's examples")
        let linter = Linter(now: moment("2026-11-26"))
        for (name, markdown) in Self.corpus {
            for text in [markdown, "---\ndate: 2026-11-16 10:00\ncompany: Acme\n---\n" + markdown] {
                let report = linter.lint(path: "x.md", source: SourceText(text), configuration: Configuration())
                Self.expectInside(report.diagnostics, text, "\(name)")
            }
        }
    }

    /// Runs the tool on one generated file and returns (status, seconds, output).
    func run(_ name: String, _ contents: String, arguments: [String] = []) throws -> (Int32, Double, String) {
        let folder = try TemporaryFolder()
        try folder.write(name, contents)
        let start = Date()
        let result = try runTool([name, "--today", "2026-11-26", "--no-config"] + arguments, in: folder.url)
        return (result.status, Date().timeIntervalSince(start), result.stdout + result.stderr)
    }

    static let frontMatter = "---\ndate: 2026-11-16 10:00\ncompany: Acme\n---\n"

    @Test("pathological Markdown finishes within the time budget, checked or reported", arguments: [
        Labelled("25,000 nested brackets", frontMatter + String(repeating: "[", count: 25_000) + "\n"),
        Labelled("25,000 nested block quotes", frontMatter + String(repeating: "> ", count: 25_000) + "x\n"),
        Labelled("10,000 nested list levels", frontMatter + (0..<10_000).map { String(repeating: "  ", count: $0) + "- a\n" }.joined()),
        Labelled("30,000 emphasis openers", frontMatter + String(repeating: "*a **a ", count: 30_000) + "\n"),
        Labelled("160,000 image openers", frontMatter + String(repeating: "![[]()", count: 160_000) + "\n"),
        Labelled("a 1 MB line", frontMatter + String(repeating: "a", count: 1_000_000) + "\n"),
        Labelled("100,000 log entries", frontMatter + "## Interviewers\n- [x] Jane Doe — j@x.example — +1 555 0100\n## Follow-up\n"
            + (0..<100_000).map { "- 2026-11-\(16 + $0 % 10) 10:00 — Email to Jane Doe to follow up.\n" }.joined()),
    ])
    func pathological(_ sample: Labelled<String>) throws {
        let (label, text) = (sample.name, sample.value)
        let (status, seconds, output) = try run("note.md", text)
        #expect(status == 0 || status == 1, "\(label): exit \(status)")
        // The 2 s budget, plus starting the process and writing the output on a busy machine.
        #expect(seconds < 5, "\(label) took \(seconds) s")
        #expect(output.contains("in 1 of 1 note") || output.contains("No problems in 1 note"), "\(label): \(output.suffix(300))")
    }

    @Test("a note over the time budget is reported, and the other notes are still checked")
    func timeBudget() throws {
        let folder = try TemporaryFolder()
        try folder.write("a-slow.md", Self.frontMatter + String(repeating: "![[]()", count: 160_000) + "\n")
        try folder.write("b-fine.md", Self.frontMatter + "## Interviewers\n- [ ] Bob Smith\n")
        let start = Date()
        // One file at a time: the slow note goes first and keeps a core busy after it is abandoned.
        let result = try runTool([".", "--today", "2026-11-26", "--no-config", "--time-budget", "1", "--jobs", "1"], in: folder.url)
        #expect(Date().timeIntervalSince(start) < 5)
        #expect(result.status == 1)
        #expect(result.stdout.contains("./a-slow.md:1:1: error: not checked: reading this note took longer than the 1 s time budget"))
        #expect(result.stdout.contains("[time-budget]"))
        #expect(result.stdout.contains("./b-fine.md:6:7: warning: no business card from Bob Smith"))
    }

    /// A run on one note lints it on the main thread and the command's watchdog finishes the run
    /// when the budget runs out (`SoleNoteWatch`): streamed, whole-report and file output.
    @Test("one note over the time budget: the watcher finishes the run in every kind of output",
          arguments: [["-f", "text"], ["-f", "github"], ["-f", "json"], ["-f", "sarif", "-o", "report.sarif"]])
    func soleNoteTimeout(_ format: [String]) throws {
        let folder = try TemporaryFolder()
        try folder.write("slow.md", Self.frontMatter + String(repeating: "![[]()", count: 160_000) + "\n")
        let start = Date()
        let result = try runTool(["slow.md", "--today", "2026-11-26", "--no-config", "--time-budget", "1"] + format,
                                 in: folder.url)
        #expect(Date().timeIntervalSince(start) < 5)
        #expect(result.status == 1)
        #expect(result.stderr.isEmpty, "\(result.stderr)")
        var report = result.stdout
        if format.contains("-o") {
            #expect(result.stdout == "1 error in 1 of 1 note. Report written to report.sarif.\n")
            report = try String(contentsOf: folder.url.appendingPathComponent("report.sarif"), encoding: .utf8)
        } else if format.contains("text") {
            #expect(result.stdout.hasSuffix("[time-budget]\n1 error in 1 of 1 note.\n"))
        }
        #expect(report.contains("time-budget"))
        #expect(report.contains("1 s time budget"))
    }

    @Test("a 50 MB note is bounded by the time budget too")
    func fiftyMegabytes() throws {
        let entry = "- 2026-11-17 10:00 — Email to Jane Doe to follow up; we talked about the roadmap and the team.\n"
        let count = 50_000_000 / entry.utf8.count
        let text = Self.frontMatter + "## Interviewers\n- [x] Jane Doe — j@x.example — +1 555 0100\n## Follow-up\n"
            + String(repeating: entry, count: count)
        #expect(text.utf8.count >= 49_000_000)
        let (status, seconds, output) = try run("big.md", text)
        #expect(status == 1)
        #expect(seconds < 8, "took \(seconds) s")
        #expect(output.contains("[time-budget]"))
    }

    @Test("broken text is read or reported, never a crash", arguments: [
        Labelled("invalid UTF-8", Array("---\ndate: 2026-11-16\n---\n# Caf".utf8) + [0xE9, 0xFF, 0x0A] + Array("## Interviewers\n- [x] Jane\n".utf8)),
        Labelled("NUL bytes", Array("---\ndate: 2026-11-16\n---\n# A\0B\n".utf8)),
        Labelled("binary", (0..<4096).map { UInt8(truncatingIfNeeded: $0 &* 2_654_435_761 >> 7) }),
        Labelled("empty", []),
        Labelled("front matter only", Array("---\ndate: 2026-11-16\ncompany: Acme\n---\n".utf8)),
        Labelled("unterminated front matter", Array("---\ndate: 2026-11-16\ncompany: Acme\n# Acme\n".utf8)),
        Labelled("byte order mark", [0xEF, 0xBB, 0xBF] + Array("---\ndate: 2026-11-16\n---\n# Acme\n".utf8)),
        Labelled("CRLF", Array("---\r\ndate: 2026-11-16\r\n---\r\n## Interviewers\r\n- [ ] Bob\r\n".utf8)),
        Labelled("lone CR", Array("---\rdate: 2026-11-16\r---\r## Interviewers\r- [ ] Bob\r".utf8)),
    ] as [Labelled<[UInt8]>])
    func brokenText(_ sample: Labelled<[UInt8]>) throws {
        let (label, bytes) = (sample.name, sample.value)
        let source = SourceText(bytes: bytes)
        let report = Linter(now: moment("2026-11-26")).lint(path: "x.md", source: source, configuration: Configuration())
        for diagnostic in report.diagnostics {
            #expect(diagnostic.range.start.line >= 1 && diagnostic.range.start.line <= source.lines.count, "\(label)")
            #expect(diagnostic.range.start.column >= 1 && diagnostic.range.start.column <= source.line(diagnostic.range.start.line).unicodeScalars.count + 1, "\(label)")
        }
        let folder = try TemporaryFolder()
        try Data(bytes).write(to: folder.url.appendingPathComponent("x.md"))
        let result = try runTool(["x.md", "--today", "2026-11-26", "--no-config"], in: folder.url)
        #expect(result.status == 0 || result.status == 1, "\(label): \(result.stderr)")
    }

    @Test("line endings and a BOM keep positions right")
    func positionsWithLineEndings() {
        for newline in ["\r\n", "\r"] {
            let text = "\u{FEFF}---" + newline + "date: 2026-11-16" + newline + "---" + newline + "## Interviewers" + newline + "- [ ] Bob Smith" + newline
            let found = lint(text, configuration: only(CardCollected.self))
            #expect(found.map { "\($0.range.start)" } == ["5:7"], "\(newline.debugDescription)")
        }
    }

    @Test("two BOMs, a zero-width space or a word joiner before the front matter keep it (issue 18 D14)")
    func invisibleStart() {
        for start in ["\u{FEFF}\u{FEFF}", "\u{200B}", "\u{FEFF}\u{2060}"] {
            let text = start + "---\ndate: 2026-11-16 10:00\n---\n## Interviewers\n- [ ] Bob Smith\n"
            let note = read(text)
            // The front matter itself, not only its date (which a key line in the body would also give).
            #expect(note.frontMatter?.lines == 1...3, "\(start.unicodeScalars.map { String($0.value, radix: 16) })")
            #expect(note.start?.value == moment("2026-11-16T10:00"))
            #expect(lint(text, configuration: only(CardCollected.self)).map { "\($0.range.start)" } == ["5:7"])
        }
    }

    @Test("bytes that are not UTF-8, in a file with no sign of an interview, get the encoding finding alone")
    func binaryFile() throws {
        // A binary file named .md must not get resume-left and timeframe-asked as well.
        var generator = SystemRandomNumberGenerator()
        let bytes = Array("# Caf".utf8) + [0xE9, 0x0A] + (0..<3_000).map { _ in UInt8.random(in: 0...255, using: &generator) }
        let report = Linter(now: moment("2026-11-26")).lint(path: "x.md", bytes: bytes, configuration: Configuration())
        #expect(report.outcome == .linted)
        #expect(report.diagnostics.map(\.rule) == ["file-encoding"])
        #expect(report.diagnostics.first?.range.start.line == 1)
        // An interview note with a bad byte keeps every rule.
        let note = Array("---\ndate: 2026-11-16\n---\n# Caf".utf8) + [0xE9] + Array("\n".utf8)
        let rules = Set(Linter(now: moment("2026-11-26")).lint(path: "x.md", bytes: note, configuration: Configuration()).diagnostics.map(\.rule))
        #expect(rules.contains("file-encoding") && rules.contains("resume-left"))
    }

    @Test("invalid UTF-8 is reported where it is")
    func invalidUTF8Position() {
        let bytes = Array("---\ndate: 2026-11-16\n---\n# Caf".utf8) + [0xE9] + Array("\n".utf8)
        let report = Linter(now: moment("2026-11-26")).lint(path: "x.md", source: SourceText(bytes: bytes), configuration: only(FileEncoding.self))
        #expect(report.diagnostics.map { "\($0.range.start)" } == ["4:6"])
    }

    @Test("hostile YAML: alias bombs, many keys, deep nesting, tags, impossible dates", arguments: [
        Labelled("alias bomb", ("---\na: &a [x,x,x,x,x,x,x,x,x]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]\ne: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]\nf: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]\ndate: 2026-11-16\ncompany: *f\n---\n", "uses a YAML alias")),
        Labelled("10,000 keys", ("---\ndate: 2026-11-16\n" + (0..<10_000).map { "k\($0): v\n" }.joined() + "---\n", "")),
        Labelled("deep nesting", ("---\ndate: 2026-11-16\nx: " + String(repeating: "[", count: 10_000) + String(repeating: "]", count: 10_000) + "\n---\n", "nested more than 16 deep")),
        Labelled("tags", ("---\ndate: !!timestamp 2026-11-16\ncompany: !!python/object:os.system [\"echo\"]\n---\n", "")),
        Labelled("February 30", ("---\ndate: 2026-02-30\n---\n", "not a day of the calendar")),
        Labelled("25:00", ("---\ndate: 2026-11-16 25:00\n---\n", "not a time of day")),
        Labelled("year 0", ("---\ndate: 0000-01-01\n---\n", "not a day of the calendar")),
        Labelled("year 99999", ("---\ndate: 99999-01-01\n---\n", "not a day of the calendar")),
    ])
    func hostileYAML(_ sample: Labelled<(String, String)>) throws {
        let (label, (text, expected)) = (sample.name, sample.value)
        let start = Date()
        let found = lint(text, configuration: only(FrontMatterRule.self))
        #expect(Date().timeIntervalSince(start) < 2, "\(label)")
        Self.expectInside(found, text, "\(label)")
        if expected.isEmpty {
            #expect(found.isEmpty, "\(label): \(found.map(\.message))")
        } else {
            #expect(found.contains { $0.message.contains(expected) }, "\(label): \(found.map(\.message))")
        }
    }


    @Test("a name written as on the card but in NFD, with a zero-width joiner or a soft hyphen is the same name", arguments: [
        Labelled("NFD", "Jose\u{301} Garci\u{301}a"), Labelled("zero-width joiner", "José Gar\u{200D}cía"),
        Labelled("soft hyphen", "Jo\u{AD}sé García"), Labelled("first name in NFD", "Jose\u{301}"),
    ])
    func invisibleDifferences(_ sample: Labelled<String>) {
        let note = "---\ndate: 2026-11-16 10:00\n---\n## Interviewers\n- [x] José García — jose@acme.example — +1 555 0100\n## Follow-up\n"
            + "- 2026-11-16 18:00 — Email thank-you to \(sample.value). Recapped the roadmap; reiterated interest.\n"
        let found = lint(note, today: "2026-11-17")
        #expect(!found.contains { ["name-spelling", "unknown-person", "thank-you-sent"].contains($0.rule) }, "\(sample.name): \(found.map(\.message))")
    }

    @Test("front-matter keys that differ only in case or separators are reported, the first kept")
    func repeatedKeys() {
        for note in ["---\ndate: 2026-11-16 10:00\ncompany: Acme\nCompany: Beta\n---\n# x\n",
                     "---\ndate: 2026-11-16 10:00\ncompany: Acme\nCompany: [Beta]\ntags: [a, b]\n---\n# x\n"] {
            let found = lint(note, configuration: only(FrontMatterRule.self))
            #expect(found.map(\.message) == ["the front matter has both `company` (line 3) and `Company`: keep one; the value on line 3 is used"])
            #expect(found.first?.range.start.line == 4)
            #expect(read(note).company?.value == "Acme")
        }
    }
    @Test("the file system: loops, folders named .md, pipes, unreadable and vanished files, odd names")
    func fileSystem() throws {
        let folder = try TemporaryFolder()
        try folder.write("ok.md", "---\ndate: 2026-11-16\n---\n")
        let fm = FileManager.default
        try fm.createSymbolicLink(atPath: folder.url.appendingPathComponent("loop1.md").path, withDestinationPath: "loop2.md")
        try fm.createSymbolicLink(atPath: folder.url.appendingPathComponent("loop2.md").path, withDestinationPath: "loop1.md")
        try fm.createDirectory(at: folder.url.appendingPathComponent("folder.md"), withIntermediateDirectories: true)
        #expect(mkfifo(folder.url.appendingPathComponent("pipe.md").path, 0o644) == 0)
        let raw = Array(folder.url.path.utf8) + Array("/bad".utf8) + [0xFF] + Array(".md".utf8) + [0]
        let descriptor = raw.withUnsafeBufferPointer { buffer in
            buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: raw.count) { open($0, O_CREAT | O_WRONLY, 0o644) }
        }
        #expect(descriptor >= 0)
        close(descriptor)
        let start = Date()
        let result = try runTool([".", "--today", "2026-11-26", "--no-config"], in: folder.url)
        #expect(Date().timeIntervalSince(start) < 5, "a pipe must not hang the run")
        #expect(result.status == 2)
        #expect(result.stderr.contains("loop1.md: too many levels of symbolic links"))
        #expect(result.stderr.contains("pipe.md: cannot read (is not a regular file"))
        #expect(result.stderr.contains(".md: the file name is not valid UTF-8"))
        #expect(result.stdout.contains("in 1 of 1 note") || result.stdout.contains("No problems in 1 note"), "ok.md is still linted")

        // A file that vanished between listing and reading is named with the reason.
        let gone = folder.url.appendingPathComponent("gone.md").path
        if case .failure(let error) = FileCollector.read(gone) {
            #expect(error.description == "\(gone): no such file or directory")
        } else {
            Issue.record("reading a missing file should fail")
        }
    }

    @Test("files are read whole: empty, small, over the 64 KB chunk, and /proc files, which say 0 bytes and come in pieces")
    func readsWholeFiles() throws {
        let folder = try TemporaryFolder()
        for size in [0, 1, 3_131, 65_536, 70_000, 200_000] {
            let contents = String((0..<size).map { index in index % 61 == 60 ? "\n" : Character(UnicodeScalar(0x41 + index % 26)!) })
            let file = try folder.write("note-\(size).md", contents)
            guard case .success(let bytes) = FileCollector.read(file.path) else {
                Issue.record("reading \(size) bytes failed")
                continue
            }
            #expect(bytes == Array(contents.utf8), "a file of \(size) bytes")
        }
        // The kernel makes these up as they are read: fstat says 0, each read gives a piece.
        // /proc/self/maps comes about 4 KB a read; this process maps more than 8 KB of it.
        for (path, least) in [("/proc/filesystems", 100), ("/proc/self/maps", 8_000)] where FileManager.default.fileExists(atPath: path) {
            guard case .success(let bytes) = FileCollector.read(path), let reference = FileManager.default.contents(atPath: path) else {
                Issue.record("reading \(path) failed")
                continue
            }
            #expect(bytes.count > least, "\(path) read whole: \(bytes.count) bytes")
            if path == "/proc/filesystems" { #expect(bytes == Array(reference)) }
        }
    }

    @Test("a file without read permission is named on stderr (not testable as root, who may read anything)",
          .enabled(if: geteuid() != 0, "running as root: file permissions are not enforced, so this case was NOT checked"))
    func unreadableFile() throws {
        let folder = try TemporaryFolder()
        let file = try folder.write("secret.md", "---\ndate: 2026-11-16\n---\n")
        try FileManager.default.setAttributes([.posixPermissions: 0o000], ofItemAtPath: file.path)
        let result = try runTool([".", "--today", "2026-11-26"], in: folder.url)
        #expect(result.status == 2)
        #expect(result.stderr.contains("secret.md: permission denied"))
    }

    @Test("the tool opens no network connection and runs no command")
    func noNetworkNoCommands() throws {
        let sources = repositoryRoot.appendingPathComponent("Sources")
        let forbidden = ["URLSession", "socket(", "connect(", "Process(", "posix_spawn", "popen(", "system(", "execv", "NSTask", "dlopen("]
        let enumerator = FileManager.default.enumerator(atPath: sources.path)
        var checked = 0
        while let path = enumerator?.nextObject() as? String {
            guard path.hasSuffix(".swift") else { continue }
            let text = try String(contentsOf: sources.appendingPathComponent(path), encoding: .utf8)
            checked += 1
            for word in forbidden { #expect(!text.contains(word), "\(path) uses \(word)") }
        }
        #expect(checked > 20)
    }
}
