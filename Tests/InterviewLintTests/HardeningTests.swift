import Foundation
import Testing
@testable import InterviewLint

/// Hostile or careless input at the boundaries: numbers out of range, configurations that explode,
/// standard input and output that fail. Each must end with a message and exit 2, never a trap,
/// a hang or a silent wrong answer.
@Suite("Hardening", .serialized)
struct HardeningTests {
    static let note = "---\ndate: 2026-11-16 10:00\n---\n## Interviewers\n- [x] Bob Smith — bob@x.example — +1 555 0100\n"
    static let today = ["--today", "2026-11-20"]

    // MARK: Numeric ranges (D4, D9, D11)

    @Test("numeric options out of range are usage errors naming the option and its range", arguments: [
        Labelled("jobs Int.max", (["--jobs", "9223372036854775807"], "--jobs takes a whole number from 1 to 256")),
        Labelled("jobs 0", (["-j", "0"], "--jobs takes a whole number from 1 to 256")),
        Labelled("budget 1e308", (["--time-budget", "1e308"], "from 0.001 to 86400")),
        Labelled("budget 1e-7", (["--time-budget", "0.0000001"], "from 0.001 to 86400")),
        Labelled("budget nan", (["--time-budget", "nan"], "from 0.001 to 86400")),
        Labelled("agenda budget", (["agenda", "--time-budget", "1e308"], "from 0.001 to 86400")),
    ])
    func optionRanges(_ labelled: Labelled<([String], String)>) throws {
        let (arguments, message) = labelled.value
        let folder = try TemporaryFolder()
        try folder.write("a.md", Self.note)
        try folder.write("b.md", Self.note)
        let result = try runTool(arguments + ["a.md", "b.md"], in: folder.url, timeout: 20)
        #expect(result.status == 2)
        #expect(result.stderr.contains(message), "\(result.stderr)")
    }

    @Test("the smallest time budget with several files ends (the watcher lets the workers take the lock)")
    func tinyBudget() throws {
        let folder = try TemporaryFolder()
        for name in ["a", "b", "c"] { try folder.write("\(name).md", Self.note) }
        let result = try runTool(["--time-budget", "0.001", "-j", "2", "a.md", "b.md", "c.md"] + Self.today,
                                 in: folder.url, timeout: 20)
        #expect(result.status == 1 || result.status == 0, "status \(result.status)")
        #expect(result.stdout.contains("3 notes"), "\(result.stdout)")
    }

    @Test("the worker pool ends with a budget so short that every wait times out at once")
    func poolTinyBudget() {
        let pool = WorkerPool<Int>(count: 8, workers: 2, budget: 1e-7) { index in
            usleep(2_000)
            return .success(index)
        }
        // On a thread of its own, so that a hang fails the test instead of holding the suite.
        let done = DispatchSemaphore(value: 0)
        let delivered = Counter()
        Thread {
            pool.run { _, _ in delivered.add() }
            done.signal()
        }.start()
        #expect(done.wait(timeout: .now() + 20) == .success)
        #expect(delivered.value == 8)
    }

    @Test("the most --jobs allowed leaves clean notes clean")
    func manyJobs() throws {
        let folder = try TemporaryFolder()
        for index in 0..<600 { try folder.write("n\(index).md", Self.note) }
        let result = try runTool(["--jobs", "256", "-f", "json", "."] + Self.today, in: folder.url, timeout: 60)
        #expect(!result.stdout.contains("\"rule\" : \"time-budget\"") && !result.stdout.contains("\"rule\":\"time-budget\""))
        #expect(result.status == 1)
    }

    @Test("configuration numbers out of range are errors naming the key and the range", arguments: [
        Labelled("due-hours", ("rules:\n  thank-you-sent: {due-hours: 1000000000000000000}\n", "`thank-you-sent.due-hours` takes a whole number from 0 to 8760")),
        Labelled("error-after-hours", ("rules:\n  thank-you-prompt:\n    error-after-hours: 99999999\n", "`thank-you-prompt.error-after-hours` takes a whole number from 0 to 8760")),
        Labelled("max-distance", ("rules:\n  name-spelling: {max-distance: 1000}\n", "`name-spelling.max-distance` takes a whole number from 0 to 10")),
        Labelled("after-decision", ("schedule: {after-decision-business-days: 1000000000000}\n", "`schedule.after-decision-business-days` takes a whole number of business days from 0 to 1000")),
        Labelled("without-timeframe", ("schedule:\n  without-timeframe-business-days: 1001\n", "from 0 to 1000")),
    ])
    func settingRanges(_ labelled: Labelled<(String, String)>) throws {
        let (configuration, message) = labelled.value
        let folder = try TemporaryFolder()
        try folder.write("c.yml", configuration)
        try folder.write(".interview-lint.yml", configuration)
        try folder.write("a.md", Self.note)
        for arguments in [["print-config", "--config", "c.yml", "a.md"], ["a.md"] + Self.today, ["agenda", "a.md"] + Self.today] {
            let result = try runTool(arguments, in: folder.url, timeout: 20)
            #expect(result.status == 2, "\(arguments[0])")
            #expect(result.stderr.contains(message), "\(arguments[0]): \(result.stderr)")
        }
    }

    @Test("the largest settings still give an answer")
    func largestSettings() throws {
        let folder = try TemporaryFolder()
        try folder.write(".interview-lint.yml", "rules:\n  thank-you-sent: {due-hours: 8760}\nschedule: {after-decision-business-days: 1000, without-timeframe-business-days: 1000}\n")
        try folder.write("a.md", Self.note)
        let result = try runTool(["a.md"] + Self.today, in: folder.url, timeout: 20)
        #expect(result.status == 0 || result.status == 1)
        #expect(result.stdout.contains("1 note"))
    }

    @Test("date arithmetic stops at the calendar's ends instead of trapping or looping")
    func dateArithmetic() {
        let start = LocalDate(year: 2026, month: 11, day: 16)!
        #expect(start.adding(days: .max) == .latest)
        #expect(start.adding(days: .min) == .earliest)
        #expect(LocalDate.latest.adding(days: 1) == .latest)
        #expect(start.adding(businessDays: .max) == .latest)
        #expect(start.adding(businessDays: .min) == .earliest)
        #expect(start.adding(months: .max) == .latest)
        #expect(start.adding(months: .min) == .earliest)
        #expect(LocalDate(ordinal: .max) == .latest && LocalDate(ordinal: .min) == .earliest)
        let moment = LocalDateTime(date: start, hour: 10)
        #expect(moment.adding(hours: 1_000_000_000_000_000_000) == LocalDateTime(date: .latest, hour: 23, minute: 59))
        #expect(moment.adding(minutes: .min) == LocalDateTime(date: .earliest))
        #expect(LocalDateTime(minutesSinceEpoch: .max).date == .latest)
    }

    @Test("business days in whole weeks land where walking day by day does")
    func businessDayWeeks() {
        func walked(_ date: LocalDate, _ count: Int) -> LocalDate {
            var date = date
            var remaining = abs(count)
            while remaining > 0 {
                date = date.adding(days: count > 0 ? 1 : -1)
                if !date.isWeekend { remaining -= 1 }
            }
            return date
        }
        let first = LocalDate(year: 2026, month: 11, day: 16)!
        for offset in 0..<14 {
            let day = first.adding(days: offset)
            for count in -40...40 {
                #expect(day.adding(businessDays: count) == walked(day, count), "\(day) \(count)")
            }
        }
    }

    @Test("far dates in the agenda are held to 9999-12-31 and said to be; the calendar stays valid")
    func farDates() throws {
        let folder = try TemporaryFolder()
        try folder.write("far.md", """
            ---
            company: Far
            date: 9999-12-31 10:00
            ---
            ## Interviewers
            - [x] Jane Doe — jane@x.example — +1 555 0100

            ## Timeframe
            They said a week or 9223372036854775807.

            """)
        let result = try runTool(["agenda", "-f", "ics", "far.md"] + Self.today, in: folder.url, timeout: 20)
        #expect(result.status == 2)
        #expect(result.stderr.contains("falls on or after 9999-12-31"), "\(result.stderr)")
        for line in result.stdout.split(separator: "\r\n") where line.hasPrefix("DTSTART") || line.hasPrefix("DTEND") {
            let value = line.split(separator: ":").last ?? ""
            #expect(value.hasPrefix("9999") && (value.count == 8 || value.count == 15), "\(line)")
        }
        #expect(result.stdout.contains("DURATION:P1D"))
    }
}

extension HardeningTests {
    // MARK: YAML aliases in configuration (D3)

    /// Nine levels of aliases of aliases under an unknown key: a billion nodes once walked.
    static let aliasBomb: String = {
        var lines = ["a: &a [x, x, x, x, x, x, x, x, x, x]"]
        let names = ["b", "c", "d", "e", "f", "g", "h", "i", "j"]
        var previous = "a"
        for name in names {
            lines.append("\(name): &\(name) [" + Array(repeating: "*\(previous)", count: 10).joined(separator: ",") + "]")
            previous = name
        }
        return lines.joined(separator: "\n") + "\n"
    }()

    @Test("an alias bomb in a configuration file is refused at once, naming the line, in every command")
    func configurationAliasBomb() throws {
        let folder = try TemporaryFolder()
        try folder.write(".interview-lint.yml", Self.aliasBomb)
        try folder.write("a.md", Self.note)
        for arguments in [["print-config", "a.md"], ["dump", "a.md"], ["a.md"] + Self.today, ["agenda", "a.md"] + Self.today] {
            let result = try runTool(arguments, in: folder.url, timeout: 20)
            #expect(result.status == 2, "\(arguments[0]): status \(result.status)")
            #expect(result.stderr.contains(".interview-lint.yml:2:8: YAML aliases (`*name`) are not supported"), "\(arguments[0]): \(result.stderr)")
            #expect(!result.stdout.contains("time-budget"))
        }
    }

    @Test("aliases are found where a value starts, not inside words, quotes or comments")
    func aliasPositions() {
        #expect(YAMLGuard.alias(in: "rules: &r {}\ntags: *r\n")! == (2, 7))
        #expect(YAMLGuard.alias(in: "exclude:\n  - *x\n")! == (2, 5))
        #expect(YAMLGuard.alias(in: "- - *x\n")! == (1, 5))
        #expect(YAMLGuard.alias(in: "exclude: [a, *x]\n")! == (1, 14))
        #expect(YAMLGuard.alias(in: "exclude: [\n  *x]\n")! == (2, 3))
        #expect(YAMLGuard.alias(in: "rules: {a: *x}\n")! == (1, 12))
        for text in ["exclude: [\"**/*.md\", 'drafts/*']\n", "exclude:\n  - templates/**\n  - a*b\n",
                     "# *not an alias\nrules: {} # *nor this\n", "headings: {log: \"*Log*\"}\n", "rules: {a: b*}\n",
                     "exclude: [a- *b]\n", "exclude: a- *b\n"] {
            // (The plain-YAML reader takes these; Yams must be asked too, as the fuzz target checks.)
            #expect(YAMLGuard.alias(in: text) == nil, "\(text)")
        }
    }
}

extension HardeningTests {
    // MARK: Standard input (D6)

    /// Runs the tool with standard input read from `input` (a file or device path), and standard
    /// output written to `output` instead of a pipe when given.
    static func run(_ arguments: [String], stdinFrom input: String = "/dev/null", stdoutTo output: String? = nil,
                    in folder: URL) throws -> ProcessResult {
        let process = Process()
        // Unwrapped first: assigned straight to an optional property, `#require` would check the
        // optional itself, which is never nil.
        let binary: URL = try #require(executable)
        process.executableURL = binary
        process.arguments = arguments
        process.currentDirectoryURL = folder
        process.environment = ["NO_COLOR": "1", "PATH": "/usr/bin:/bin"]
        let out = Pipe(), err = Pipe()
        if let output {
            let handle: FileHandle = try #require(FileHandle(forWritingAtPath: output))
            process.standardOutput = handle
        } else {
            process.standardOutput = out
        }
        process.standardError = err
        let inputHandle: FileHandle = try #require(FileHandle(forReadingAtPath: input))
        process.standardInput = inputHandle
        try process.run()
        let pid = process.processIdentifier
        DispatchQueue.global().asyncAfter(deadline: .now() + 30) { [process] in
            if process.isRunning { kill(pid, SIGKILL) }
        }
        if output != nil { try out.fileHandleForWriting.close() }
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return ProcessResult(status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self),
                             stderr: String(decoding: stderr, as: UTF8.self))
    }

    @Test("endless standard input stops at the note size limit with a message, exit 2")
    func endlessStandardInput() throws {
        let folder = try TemporaryFolder()
        let result = try Self.run(["-", "--max-note-size", "2"], stdinFrom: "/dev/zero", in: folder.url)
        #expect(result.status == 2)
        #expect(result.stderr.contains("<stdin>: cannot read (larger than the 2 MB limit for a note; --max-note-size raises it)"), "\(result.stderr)")
        let unbounded = try Self.run(["-"], stdinFrom: "/dev/zero", in: folder.url)
        #expect(unbounded.status == 2)
        #expect(unbounded.stderr.contains("larger than the 128 MB limit"), "\(unbounded.stderr)")
    }

    @Test("standard input and files share the limit: over it refused, at it read", arguments: [
        Labelled("stdin", true), Labelled("file", false),
    ])
    func noteSizeLimit(_ labelled: Labelled<Bool>) throws {
        let folder = try TemporaryFolder()
        let exact = folder.url.appendingPathComponent("exact.md")
        let over = folder.url.appendingPathComponent("over.md")
        let body = Data(Self.note.utf8)
        let filler = Data(repeating: 0x0A, count: (1 << 20) - body.count)
        try (body + filler).write(to: exact)
        try (body + filler + Data([0x0A])).write(to: over)
        for (file, fits) in [(exact, true), (over, false)] {
            let result = labelled.value
                ? try Self.run(["-", "--max-note-size", "1"] + Self.today, stdinFrom: file.path, in: folder.url)
                : try runTool([file.lastPathComponent, "--max-note-size", "1"] + Self.today, in: folder.url, timeout: 30)
            #expect(result.status == (fits ? 1 : 2), "\(file.lastPathComponent)")
            #expect(result.stderr.contains("larger than the 1 MB limit") != fits, "\(result.stderr)")
        }
        let range = try runTool(["-", "--max-note-size", "0"], in: folder.url, timeout: 30)
        #expect(range.status == 2 && range.stderr.contains("from 1 to 4096"))
    }

    @Test("a pipe on standard input is read whole in pieces, below the limit")
    func pipedStandardInput() throws {
        let prose = String(repeating: "We talked about the offline sync design at some length.\n\n", count: 10_000)
        let result = try runTool(["-", "--time-budget", "0"] + Self.today, input: Self.note + "\n## Notes\n" + prose, timeout: 60)
        #expect(result.status == 1)
        #expect(result.stderr.isEmpty, "\(result.stderr)")
        #expect(result.stdout.contains("in 1 of 1 note"))
    }
}

extension HardeningTests {
    // MARK: Standard output (D12)

    @Test("a failed write to standard output ends with a message and exit 2, in every command", arguments: [
        Labelled("lint text", ["a.md"] + HardeningTests.today), Labelled("lint json", ["-f", "json", "a.md"] + HardeningTests.today),
        Labelled("lint -o", ["-o", "report.txt", "a.md"] + HardeningTests.today),
        Labelled("lint two notes", ["--time-budget", "0", "a.md", "b.md"] + HardeningTests.today),
        Labelled("agenda", ["agenda", "a.md"] + HardeningTests.today), Labelled("agenda ics", ["agenda", "-f", "ics", "a.md"] + HardeningTests.today),
        Labelled("dump", ["dump", "a.md"]), Labelled("rules", ["rules"]), Labelled("rules one", ["rules", "thank-you-sent"]),
        Labelled("print-config", ["print-config", "a.md"]),
        Labelled("new", ["new", "--company", "Acme", "--role", "Eng", "--date", "2026-11-26 10:00", "--dir", "out"]),
        Labelled("help", ["--help"]), Labelled("version", ["--version"]),
    ])
    func fullStandardOutput(_ labelled: Labelled<[String]>) throws {
        let folder = try TemporaryFolder()
        try folder.write("a.md", Self.note)
        try folder.write("b.md", Self.note)
        try FileManager.default.createDirectory(at: folder.url.appendingPathComponent("out"), withIntermediateDirectories: true)
        let result = try Self.run(labelled.value, stdoutTo: "/dev/full", in: folder.url)
        #expect(result.status == 2, "status \(result.status)")
        #expect(result.stderr.contains("interview-lint: cannot write to standard output (no space left on device)"), "\(result.stderr)")
    }

    /// Runs `interview-lint ARGUMENTS | head -c 1` in bash, SIGPIPE as inherited or ignored;
    /// gives the tool's status as the shell saw it and what it wrote on stderr.
    static func intoHead(_ arguments: [String], ignoringSIGPIPE: Bool, in folder: URL) throws -> (status: String, stderr: String) {
        let binary = try #require(executable).path
        let trap = ignoringSIGPIPE ? "trap '' PIPE; " : ""
        let script = "\(trap)\"$0\" \"$@\" 2>err.txt | head -c 1 >/dev/null; echo ${PIPESTATUS[0]}"
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/bash")
        process.arguments = ["-c", script, binary] + arguments
        process.currentDirectoryURL = folder
        let out = Pipe()
        process.standardOutput = out
        try process.run()
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let stderr = (try? String(contentsOf: folder.appendingPathComponent("err.txt"), encoding: .utf8)) ?? ""
        return (String(decoding: stdout, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines), stderr)
    }

    @Test("a reader that goes away (| head) ends the run quietly with SIGPIPE's 141, SIGPIPE ignored or not",
          arguments: [Labelled("default", false), Labelled("ignored", true)])
    func brokenPipe(_ labelled: Labelled<Bool>) throws {
        let folder = try TemporaryFolder()
        for index in 0..<300 { try folder.write("notes/n\(index).md", Self.note) }
        for arguments in [["notes"] + Self.today, ["-f", "json", "notes"] + Self.today, ["agenda", "notes"] + Self.today] {
            let (status, stderr) = try Self.intoHead(arguments, ignoringSIGPIPE: labelled.value, in: folder.url)
            #expect(status == "141", "\(arguments[0]): \(status)")
            #expect(stderr.isEmpty, "\(arguments[0]): \(stderr)")
        }
    }
}

extension HardeningTests {
    // MARK: The time-budget finding (D15)

    static let slowNote = "---\ndate: 2026-11-16 10:00\n---\n" + String(repeating: "![[]()", count: 160_000) + "\n"

    @Test("a discovered configuration's time-budget severity applies to the timed-out note, alone or among others",
          arguments: [Labelled("alone", ["slow.md"]), Labelled("with another", ["slow.md", "fine.md"])])
    func discoveredTimeBudgetSeverity(_ labelled: Labelled<[String]>) throws {
        let folder = try TemporaryFolder()
        try folder.write("notes/.interview-lint.yml", "rules:\n  time-budget: warning\n")
        try folder.write("notes/slow.md", Self.slowNote)
        try folder.write("notes/fine.md", Self.note)
        let result = try runTool(["--time-budget", "0.5"] + labelled.value.map { "notes/" + $0 } + Self.today,
                                 in: folder.url, timeout: 30)
        #expect(result.stdout.contains("notes/slow.md:1:1: warning: not checked: reading this note took longer than the 0.5 s time budget (a note of 937 KB: cmark"),
                "\(result.stdout)")
        #expect(!result.stdout.contains("error: not checked"))
    }

    @Test("the time-budget message names what ran out of time; only reading the Markdown blames cmark")
    func timeBudgetStages() {
        let messages = [WorkProgress.Stage.reading, .configuring, .parsing, .checking].map { $0.overBudget(2, size: 3 << 20) }
        #expect(messages[0].hasPrefix("reading the file took longer than the 2 s time budget"))
        #expect(messages[1].hasPrefix("loading its configuration (.interview-lint.yml) took longer"))
        #expect(messages[2].contains("a note of 3 MB: cmark"))
        #expect(messages[3].hasPrefix("checking this note took longer than the 2 s time budget (a note of 3 MB, read in time: the rules"))
        #expect(messages.filter { $0.contains("cmark") }.count == 1)
    }

    @Test("agenda names a slow note with --time-budget, which it accepts")
    func agendaTimeBudget() throws {
        let folder = try TemporaryFolder()
        try folder.write("slow.md", Self.slowNote)
        try folder.write("fine.md", Self.note)
        let slow = try runTool(["agenda", "--time-budget", "0.5", "slow.md", "fine.md"] + Self.today, in: folder.url, timeout: 30)
        #expect(slow.status == 2)
        #expect(slow.stderr.contains("slow.md: not checked: reading this note took longer than the 0.5 s time budget"), "\(slow.stderr)")
        #expect(slow.stderr.contains("raise --time-budget"))
        #expect(slow.stdout.contains("call Bob Smith"))
        let unlimited = try runTool(["agenda", "--time-budget", "0", "fine.md"] + Self.today, in: folder.url, timeout: 30)
        #expect(unlimited.status == 0 && unlimited.stdout.contains("call Bob Smith"))
    }
}

extension HardeningTests {
    // MARK: What a note can send to a terminal or a calendar, and `new` (D17)

    static let controlNote = "---\ncompany: \"Acme\\e[2J\\u202eCorp\"\ndate: 2026-11-16 10:00\n---\n## Interviewers\n"
        + "- [ ] Bob \u{202E}Smi\u{1B}]0;x\u{07}th — bob@x.example\n"

    /// Whether `text` holds a control character (other than line ends and tabs) or a bidi override.
    static func hasRawControl(_ text: String) -> Bool {
        text.unicodeScalars.contains { $0 != "\n" && $0 != "\r" && $0 != "\t" && TerminalText.needsEscape($0) }
    }

    @Test("ESC and bidi overrides from a note are shown escaped in text and agenda output, and kept out of ICS",
          arguments: [Labelled("lint", ["ctl.md"]), Labelled("lint color", ["--color", "ctl.md"]),
                      Labelled("agenda", ["agenda", "ctl.md"]), Labelled("ics", ["agenda", "-f", "ics", "ctl.md"])])
    func controlCharacters(_ labelled: Labelled<[String]>) throws {
        let folder = try TemporaryFolder()
        try folder.write("ctl.md", Self.controlNote)
        let result = try runTool(labelled.value + Self.today, in: folder.url, timeout: 20)
        // Colour codes are the tool's own: take them out before looking for the note's.
        let shown = result.stdout.replacingOccurrences(of: "\u{1B}[", with: "")
        #expect(!Self.hasRawControl(shown), "\(shown)")
        #expect(result.stdout.contains("<U+202E>Smi<U+001B>]0"), "\(result.stdout)")
        if labelled.value.first == "agenda", !labelled.value.contains("ics") {
            #expect(result.stdout.contains("(Acme<U+001B>[2J<U+202E>Corp)"))
        }
    }

    @Test("escaping leaves plain text alone and shows each kind of control")
    func escaping() {
        #expect(TerminalText.escaped("Café — 09:30–11:30") == "Café — 09:30–11:30")
        #expect(TerminalText.escaped("a\u{1B}b\u{7F}c\u{85}d\u{2066}e\tf\ng") == "a<U+001B>b<U+007F>c<U+0085>d<U+2066>e<U+0009>f<U+000A>g")
        #expect(TerminalText.escaped("a\tb\nc", keeping: ["\t", "\n"]) == "a\tb\nc")
        #expect(AgendaReporter.escape("x\u{1B}y,\tz") == "x<U+001B>y\\,\tz")
    }

    @Test("new fills each placeholder once: a value that looks like a placeholder stays as written")
    func placeholdersOnce() {
        let request = NewNote.Request(company: "{{title}}", role: "Eng {{role}}", start: moment("2026-11-26T10:00"),
                                      hasTime: true, interviewers: ["{{company}} Doe"])
        let note = NewNote.render(request, template: "{{company}}|{{role}}|{{title}}|{{interviewers}}|{{unknown}}|{{")
        #expect(note == "\"{{title}}\"|\"Eng {{role}}\"|{{title}} — Eng {{role}}|- [ ] {{company}} Doe|{{unknown}}|{{")
    }

    @Test("new refuses a template over 1 MB, and says why a template cannot be read")
    func templates() throws {
        let folder = try TemporaryFolder()
        try Data(repeating: 0x61, count: (1 << 20) + 1).write(to: folder.url.appendingPathComponent("big.md"))
        try folder.write("fine.md", "# {{title}}\n")
        let base = ["new", "--company", "Acme", "--role", "Eng", "--date", "2026-11-26", "--dir", "."]
        let big = try runTool(base + ["--template", "big.md"], in: folder.url, timeout: 20)
        #expect(big.status == 2)
        #expect(big.stderr.contains("big.md: cannot read the template (larger than the 1 MB limit for a template)"), "\(big.stderr)")
        let missing = try runTool(base + ["--template", "missing.md"], in: folder.url, timeout: 20)
        #expect(missing.status == 2 && missing.stderr.contains("missing.md: cannot read the template (no such file or directory)"), "\(missing.stderr)")
        let fine = try runTool(base + ["--template", "fine.md"], in: folder.url, timeout: 20)
        #expect(fine.status == 0)
    }

    @Test("a configuration file that cannot be read says why; a FIFO never blocks; /dev/null is empty")
    func unreadableConfiguration() throws {
        let folder = try TemporaryFolder()
        try folder.write("a.md", Self.note)
        try FileManager.default.createDirectory(at: folder.url.appendingPathComponent("folder.yml"), withIntermediateDirectories: true)
        #expect(mkfifo(folder.url.appendingPathComponent("fifo.yml").path, 0o644) == 0)
        try Data(repeating: 0x23, count: (1 << 20) + 1).write(to: folder.url.appendingPathComponent("big.yml"))
        for (file, reason) in [("missing.yml", "no such file or directory"), ("folder.yml", "is a folder, not a configuration file"),
                               ("fifo.yml", "is not a regular file"), ("big.yml", "larger than the 1 MB limit for a configuration file")] {
            let result = try runTool(["--config", file, "a.md"] + Self.today, in: folder.url, timeout: 20)
            #expect(result.status == 2, "\(file)")
            #expect(result.stderr.contains("\(file):1:1: cannot read the configuration file (\(reason)"), "\(result.stderr)")
        }
        let empty = try runTool(["--config", "/dev/null", "a.md"] + Self.today, in: folder.url, timeout: 20)
        #expect(empty.status == 1 && empty.stderr.isEmpty, "\(empty.stderr)")
    }
}

extension HardeningTests {
    // MARK: Many findings on one line (D7)

    static func disableNote(_ count: Int) -> String {
        "---\ndate: 2026-11-16 10:00\ninterview-lint: {disable: ["
            + (0..<count).map { "nosuch-rule-\($0)" }.joined(separator: ", ") + "]}\n---\n## Interviewers\n- [x] Bob Smith\n"
    }

    @Test("findings on one line share one copy of it, so memory does not grow with findings times its length")
    func sharedSourceLine() throws {
        let note = Self.disableNote(300)
        let report = Linter(now: moment("2026-11-20")).lint(path: "a.md", bytes: Array(note.utf8), configuration: Configuration())
        let diagnostics = report.diagnostics.filter { $0.rule == "unknown-rule" }
        #expect(diagnostics.count == 300)
        func storage(_ text: String) -> UnsafeRawPointer? {
            var copy = text
            return copy.withUTF8 { UnsafeRawPointer($0.baseAddress) }
        }
        let first = try #require(storage(diagnostics[0].sourceLine))
        #expect(diagnostics.allSatisfy { storage($0.sourceLine) == first })
        #expect(diagnostics[0].sourceLine.hasPrefix("interview-lint: {disable: [nosuch-rule-0,"))
    }

    @Test("SARIF fingerprints of many findings on one long line take time linear in the findings")
    func sarifManyFindingsOneLine() throws {
        let line = "interview-lint: {disable: [" + String(repeating: "x", count: 200_000) + "]}"
        let diagnostics = (0..<10_000).map { index in
            Diagnostic(file: "a.md", range: SourceRange(line: 3, column: 28 + index, length: 1), severity: .error,
                       rule: "unknown-rule", message: "unknown rule \(index)",
                       utf8Range: SourceRange(line: 3, column: 28 + index, length: 1), sourceLine: line)
        }
        let run = LintResult(reports: [FileReport(path: "a.md", outcome: .linted, diagnostics: diagnostics)])
        let start = Date()
        let sarif = SARIFReporter.report(run, options: ReportOptions(color: false))
        #expect(Date().timeIntervalSince(start) < 10)
        // The fingerprint is still the hash of rule, file, trimmed line and occurrence.
        let first = Fingerprint.hex(["unknown-rule", "a.md", line].joined(separator: "\u{0}") + "\u{0}0")
        let last = Fingerprint.hex(["unknown-rule", "a.md", line].joined(separator: "\u{0}") + "\u{0}9999")
        #expect(sarif.contains(first) && sarif.contains(last))
    }
}

extension HardeningTests {
    // MARK: dump's time budget (D10)

    @Test("dump stops at its time budget with a message, exit 2")
    func dumpTimeBudget() throws {
        let folder = try TemporaryFolder()
        try folder.write("slow.md", Self.slowNote)
        let start = Date()
        let result = try runTool(["dump", "--time-budget", "0.5", "slow.md"], in: folder.url, timeout: 30)
        #expect(Date().timeIntervalSince(start) < 5)
        #expect(result.status == 2)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.contains("slow.md: not checked: reading this note took longer than the 0.5 s time budget"), "\(result.stderr)")
    }

    @Test("dump reads a note, standard input, and names a folder or a missing file")
    func dumpInputs() throws {
        let folder = try TemporaryFolder()
        try folder.write("a.md", Self.note)
        let file = try runTool(["dump", "a.md"], in: folder.url, timeout: 30)
        #expect(file.status == 0 && file.stdout.contains("\"Bob Smith\""), "\(file.stderr)")
        let stdin = try runTool(["dump", "--time-budget", "0", "-"], input: Self.note, in: folder.url, timeout: 30)
        #expect(stdin.status == 0 && stdin.stdout == file.stdout)
        let directory = try runTool(["dump", "."], in: folder.url, timeout: 30)
        #expect(directory.status == 2 && directory.stderr.contains(".: cannot read (is a folder, not a note)"))
        let missing = try runTool(["dump", "missing.md"], in: folder.url, timeout: 30)
        #expect(missing.status == 2 && missing.stderr.contains("missing.md: no such file or directory"))
    }
}

/// A test argument shown by a short name instead of its whole value.
struct Labelled<Value: Sendable>: Sendable, CustomTestStringConvertible {
    var name: String
    var value: Value
    init(_ name: String, _ value: Value) {
        self.name = name
        self.value = value
    }
    var testDescription: String { name }
}

final class Counter: @unchecked Sendable {
    private let lock = NSLock()
    private var count = 0
    func add() { lock.lock(); count += 1; lock.unlock() }
    var value: Int { lock.lock(); defer { lock.unlock() }; return count }
}

/// A note over its time budget is blamed on the step that was running: the parser, or the reader after it.
@Suite("Time budget: which step ran out")
struct BudgetStageTests {
    final class Calls: @unchecked Sendable {
        var count = 0
    }

    @Test("the reader reports when cmark is done, once, and the finding then names the reader")
    func afterParse() {
        let calls = Calls()
        let report = Linter(now: moment("2026-11-26")).lint(
            path: "n.md", source: SourceText("---\ndate: 2026-11-16 10:00\n---\n## Interviewers\n- [x] Jane Doe\n"),
            configuration: Configuration(), afterParse: { calls.count += 1 })
        #expect(report.outcome == .linted)
        #expect(calls.count == 1)
        let message = WorkProgress.Stage.interpreting.overBudget(2, size: 58 << 20)
        #expect(message.contains("parsed in time") && message.contains("58 MB") && !message.contains("cmark"))
        #expect(WorkProgress.Stage.parsing.overBudget(2, size: nil).contains("cmark"))
    }
}
