import Foundation
import Testing
@testable import InterviewLint
@testable import InterviewLintCommandLine

/// Runs the built executable, as a user or a commit hook would.
@Suite("Command line", .serialized)
struct CommandLineTests {
    static let today = ["--today", "2026-11-26"]

    @Test("Examples/: one line per finding, sorted, then a summary; exit 1 for errors")
    func examples() throws {
        let result = try runTool(["Examples"] + Self.today)
        #expect(result.status == 1)
        let lines = result.stdout.split(separator: "\n").map(String.init)
        let findings = lines.dropLast()
        #expect(findings.count == 22)
        #expect(findings.contains("Examples/harbor-books-cards.md:22:7: warning: no business card from Tom Reyes: ask for one before you leave (or get the exact spelling, email and phone another way) and mark it [x] [card-collected]"))
        #expect(findings.contains { $0.hasPrefix("Examples/volt-motors-timeframe.md:15:1: info: time to follow up: call Amara Okafor on +1 555 0177, Friday 2026-11-27 09:30–11:30") })
        // Sorted by file, then line and column.
        let keys = findings.map { line -> [String] in Array(line.split(separator: ":").prefix(3).map(String.init)) }
        let sorted = keys.sorted { a, b in (a[0], Int(a[1])!, Int(a[2])!) < (b[0], Int(b[1])!, Int(b[2])!) }
        #expect(keys == sorted)
        #expect(lines.last == "5 errors, 14 warnings and 3 info in 6 of 8 notes.")
        #expect(result.stderr.isEmpty)
    }

    @Test("parallel runs sharing one pipe never mix their lines (pre-commit runs batches in parallel)")
    func parallelOutput() throws {
        let binary = try #require(executable)
        let pipe = Pipe()
        var processes: [Process] = []
        for _ in 0..<6 {
            let process = Process()
            process.executableURL = binary
            process.arguments = ["Examples", "Tests/Fixtures/escaping"] + Self.today
            process.currentDirectoryURL = repositoryRoot
            process.environment = ["NO_COLOR": "1"]
            process.standardOutput = pipe.fileHandleForWriting
            processes.append(process)
        }
        for process in processes { try process.run() }
        try pipe.fileHandleForWriting.close()
        let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        for process in processes { process.waitUntilExit() }
        let lines = output.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
        #expect(lines.count == 6 * 33)
        for line in lines {
            let finding = line.contains(".md:") && line.hasSuffix("]")
            let summary = line.hasSuffix("notes.") || line.hasSuffix("not interview notes).")
            #expect(finding || summary, "a mixed line: \(line)")
        }
    }

    @Test("output is byte-identical with --jobs 1 and in parallel", arguments: ["text", "json", "sarif", "github"])
    func jobsDoNotChangeOutput(_ format: String) throws {
        let arguments = ["Examples", "Tests/Fixtures/escaping", "-f", format] + Self.today
        let parallel = try runTool(arguments + ["--jobs", "4"])
        let serial = try runTool(arguments + ["--jobs", "1"])
        #expect(parallel.stdout == serial.stdout)
        #expect(parallel.status == serial.status)
        #expect(!serial.stdout.isEmpty)
    }

    @Test("a clean note exits 0")
    func clean() throws {
        let result = try runTool(["Examples/acme-robotics-model.md"] + Self.today)
        #expect(result.status == 0)
        #expect(result.stdout == "No problems in 1 note.\n")
    }

    @Test("the default command is lint, and `lint` may be written")
    func explicitLint() throws {
        let a = try runTool(["lint", "Examples/quarry-labs-call.md"] + Self.today)
        let b = try runTool(["Examples/quarry-labs-call.md"] + Self.today)
        #expect(a.stdout == b.stdout)
        #expect(a.status == 0, "infos and warnings only")
        #expect(try runTool(["--strict", "Examples/quarry-labs-call.md"] + Self.today).status == 1)
    }

    @Test("paths alone (the pre-commit case, which skips argument-parser) read as `lint PATHS` with every default",
          arguments: [["Examples/quarry-labs-call.md"], ["Examples/harbor-books-cards.md", "Examples/volt-motors-timeframe.md"],
                      ["Examples"], ["Examples/no-such-note.md", "Examples/quarry-labs-call.md"]])
    func pathsAlone(_ paths: [String]) throws {
        // No --today here (an option would take the parser's path), so both runs use the clock:
        // run the pair again if a minute boundary fell between them.
        var pair = (try runTool(paths), try runTool(["lint"] + paths))
        if pair.0.stdout != pair.1.stdout { pair = (try runTool(paths), try runTool(["lint"] + paths)) }
        #expect(pair.0.stdout == pair.1.stdout)
        #expect(pair.0.stderr == pair.1.stderr)
        #expect(pair.0.status == pair.1.status)
        #expect(!pair.0.stdout.isEmpty)
        // Colour rules apply on that path too.
        let forced = try runTool(paths, environment: ["NO_COLOR": "", "FORCE_COLOR": "1"])
        let forcedLint = try runTool(["lint"] + paths, environment: ["NO_COLOR": "", "FORCE_COLOR": "1"])
        #expect(forced.stdout.contains("\u{1B}[") == forcedLint.stdout.contains("\u{1B}["))
    }

    @Test("a hook's flags (--strict, --quiet, --no-config, --color, --no-color) and options (--today, --jobs, --format) read as `lint` reads them",
          arguments: [["--strict", "Examples/volt-motors-timeframe.md"], ["Examples", "--quiet"],
                      ["--no-config", "Examples/harbor-books-cards.md"], ["--strict", "--quiet", "--no-config", "Examples"],
                      ["--color", "Examples/harbor-books-cards.md"], ["--no-color", "Examples/harbor-books-cards.md"],
                      ["--strict"], ["--strict", "--strict", "Examples"], ["--color", "--no-color", "Examples"],
                      ["--today", "2026-11-26", "--jobs", "1", "-f", "json", "Examples"],
                      ["--today=2026-11-20", "-j", "2", "--format=sarif", "--quiet", "Examples/quarry-labs-call.md"],
                      ["--today", "2026-13-40", "Examples"], ["--jobs", "0", "Examples"], ["-f", "yaml", "Examples"],
                      ["--today", "2026-11-26", "--today", "2026-11-27", "Examples"]])
    func hookFlags(_ arguments: [String]) throws {
        // Flags alone lint the current folder: run those in Examples/.
        let folder = arguments.contains { !$0.hasPrefix("-") } ? repositoryRoot : repositoryRoot.appendingPathComponent("Examples")
        let environment = ["NO_COLOR": "", "FORCE_COLOR": "1"]
        var pair = (try runTool(arguments, environment: environment, in: folder),
                    try runTool(["lint"] + arguments, environment: environment, in: folder))
        if pair.0.stdout != pair.1.stdout {
            pair = (try runTool(arguments, environment: environment, in: folder),
                    try runTool(["lint"] + arguments, environment: environment, in: folder))
        }
        #expect(pair.0.stdout == pair.1.stdout)
        #expect(pair.0.stderr == pair.1.stderr)
        #expect(pair.0.status == pair.1.status)
        #expect(!pair.0.stdout.isEmpty || !pair.0.stderr.isEmpty)
    }

    @Test("the hook's command line: what it reads and what it leaves to argument-parser")
    func hookArguments() {
        let names: Set<String> = ["lint", "agenda", "rules"]
        #expect(HookArguments.read(["a.md", "b.md"], commandNames: names) == HookArguments(paths: ["a.md", "b.md"]))
        #expect(HookArguments.read(["--strict", "a.md", "--quiet"], commandNames: names)
                == HookArguments(paths: ["a.md"], strict: true, quiet: true))
        #expect(HookArguments.read(["--no-config", "--no-color", "a.md"], commandNames: names)
                == HookArguments(paths: ["a.md"], noConfig: true, color: false))
        #expect(HookArguments.read(["--color"], commandNames: names) == HookArguments(color: true))
        #expect(HookArguments.read(["--today", "2026-11-26", "a.md", "--jobs=2", "-f", "json"], commandNames: names)
                == HookArguments(paths: ["a.md"], today: "2026-11-26", jobs: 2, format: "json"))
        #expect(HookArguments.read(["--today=2026-11-23T18:00", "-j", "1", "--format=sarif"], commandNames: names)
                == HookArguments(today: "2026-11-23T18:00", jobs: 1, format: "sarif"))
        for declined in [[], ["lint", "a.md"], ["a.md", "rules"], ["help"], ["-"], ["--", "a.md"], ["-f", "yaml", "a.md"],
                         ["--format", "json", "--format", "json"], ["--format=nope", "a.md"], ["--strict", "--strict"],
                         ["--color", "--no-color"], ["--today", "2026-13-26", "a.md"], ["--today", "--strict"], ["--today"],
                         ["--today="], ["--jobs", "0"], ["--jobs", "-1"], ["--jobs", "two"], ["-j=2"], ["-j2"], ["-fjson"],
                         ["--jobs", "99999999999999999999"], ["--time-budget", "3"], ["-q", "a.md"], ["--version"], ["--help"]] {
            #expect(HookArguments.read(declined, commandNames: names) == nil, "\(declined)")
        }
    }

    @Test("a first argument that names a command, or help, is that command, not a path")
    func commandNamesAreNotPaths() throws {
        let help = try runTool(["help"])
        #expect(help.status == 0)
        #expect(help.stdout.contains("USAGE:"))
        let rules = try runTool(["rules"])
        #expect(rules.status == 0)
        #expect(rules.stdout.contains("card-collected"))
    }

    @Test("a missing path and an unreadable file are named on stderr; the rest is linted; exit 2")
    func unreadable() throws {
        let folder = try TemporaryFolder()
        try folder.write("notes/good.md", "---\ndate: 2026-11-16 10:00\n---\n## Interviewers\n- [ ] Bob Smith\n")
        try FileManager.default.createSymbolicLink(atPath: folder.url.appendingPathComponent("notes/gone.md").path,
                                                   withDestinationPath: "/nonexistent/target.md")
        try FileManager.default.createDirectory(at: folder.url.appendingPathComponent("notes/folder.md"), withIntermediateDirectories: true)
        let result = try runTool(["notes", "missing.md", "--today", "2026-11-16T12:00"], in: folder.url)
        #expect(result.status == 2)
        #expect(result.stderr.contains("interview-lint: missing.md: no such file or directory"))
        #expect(result.stderr.contains("notes/gone.md: broken symbolic link"))
        #expect(result.stdout.contains("notes/good.md:5:7: warning: no business card from Bob Smith"))
        #expect(result.stdout.contains("2 paths could not be read"))
    }

    @Test("usage errors exit 2 with a message", arguments: [
        ["--format", "yaml"], ["--today", "tomorrow"], ["--no-such-option"], ["--config", "a.yml", "--no-config"],
    ])
    func usage(_ arguments: [String]) throws {
        let result = try runTool(arguments + ["Examples"])
        #expect(result.status == 2)
        #expect(!result.stderr.isEmpty)
    }

    @Test("--format json has the documented keys")
    func json() throws {
        let result = try runTool(["Examples", "--format", "json"] + Self.today)
        #expect(result.status == 1)
        let document = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let diagnostics = try #require(document["diagnostics"] as? [[String: Any]])
        #expect(diagnostics.count == 22)
        for diagnostic in diagnostics {
            for key in ["file", "line", "column", "endLine", "endColumn", "severity", "rule", "message"] {
                #expect(diagnostic[key] != nil, "missing \(key)")
            }
            #expect(["error", "warning", "info"].contains(diagnostic["severity"] as? String ?? ""))
        }
        let summary = try #require(document["summary"] as? [String: Int])
        #expect(summary["errors"] == 5 && summary["warnings"] == 14 && summary["infos"] == 3 && summary["notes"] == 8)
    }

    @Test("standard input, named by --stdin-filename")
    func stdin() throws {
        let note = "---\ndate: 2026-11-16 10:00\n---\n## Interviewers\n- [ ] Bob Smith — bob@x.example — +1 555 0100\n"
        let result = try runTool(["-", "--stdin-filename", "notes/bob.md", "--today", "2026-11-16T12:00"], input: note)
        #expect(result.stdout.contains("notes/bob.md:5:7: warning: no business card from Bob Smith"))
    }

    @Test("colour only when asked for or on a terminal")
    func color() throws {
        let path = ["Examples/quarry-labs-call.md"] + Self.today
        #expect(!(try runTool(path).stdout.contains("\u{1B}[")))
        #expect(try runTool(path, environment: ["NO_COLOR": "", "FORCE_COLOR": "1"]).stdout.contains("\u{1B}["))
        #expect(try runTool(path + ["--color"]).stdout.contains("\u{1B}["))
        #expect(!(try runTool(path + ["--no-color"], environment: ["NO_COLOR": "", "FORCE_COLOR": "1"]).stdout.contains("\u{1B}[")))
    }

    @Test("a bad configuration file is named with its line; exit 2")
    func badConfig() throws {
        let folder = try TemporaryFolder()
        try folder.write(".interview-lint.yml", "rules:\n  card-colected: off\n")
        try folder.write("note.md", "---\ndate: 2026-11-16\n---\n")
        let result = try runTool(["note.md"] + Self.today, in: folder.url)
        #expect(result.status == 2)
        #expect(result.stderr.contains(".interview-lint.yml:2:3: unknown rule 'card-colected'; did you mean 'card-collected'?"))
        #expect(try runTool(["note.md", "--no-config"] + Self.today, in: folder.url).status == 0)
    }

    @Test("a configuration's problems are named once a run, all of them, and the summary blames the configuration")
    func badConfigOnce() throws {
        let folder = try TemporaryFolder()
        try folder.write(".interview-lint.yml", "rules:\n  card-colected: off\n  resume-left: warning\nbusiness-hourz: \"09:00-17:00\"\n")
        for name in ["a.md", "b.md", "c.md"] { try folder.write(name, "---\ndate: 2026-11-16\n---\n") }
        let result = try runTool(["."] + Self.today, in: folder.url)
        #expect(result.status == 2)
        let lines = result.stderr.split(separator: "\n").map(String.init)
        #expect(lines == [
            "interview-lint: ./.interview-lint.yml:2:3: unknown rule 'card-colected'; did you mean 'card-collected'?",
            "interview-lint: ./.interview-lint.yml:4:1: unknown key 'business-hourz'; did you mean 'business-hours'?",
        ].map { $0.replacingOccurrences(of: "./", with: folder.url.resolvingSymlinksInPath().path + "/") })
        #expect(result.stdout == "3 notes not checked: the configuration file \(folder.url.resolvingSymlinksInPath().path)/.interview-lint.yml has 2 problems (above).\n")
    }

    @Test("Markdown files that are not interview notes are counted, not linted")
    func otherMarkdown() throws {
        let folder = try TemporaryFolder()
        try folder.write("README.md", "# My notes\n\nJust a list of links.\n")
        try folder.write(".obsidian/x.md", "---\ndate: nonsense\n---\n")
        try folder.write("acme.md", "---\ndate: 2026-11-16\n---\n")
        let result = try runTool(["."] + Self.today, in: folder.url)
        #expect(result.stdout.contains("1 other Markdown file passed over: not interview notes"))
        #expect(!result.stdout.contains(".obsidian"))
    }

    @Test("dump prints the model as JSON")
    func dump() throws {
        let result = try runTool(["dump", "Examples/lumen-energy-obsidian.md"])
        #expect(result.status == 0)
        let model = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect((model["company"] as? [String: Any])?["value"] as? String == "Lumen Energy")
        #expect((model["people"] as? [Any])?.count == 2)
        #expect(try runTool(["dump", "nope.md"]).status == 2)
    }

    @Test("rules lists every rule and explains one")
    func rules() throws {
        let list = try runTool(["rules"])
        for name in RuleRegistry.identifiers { #expect(list.stdout.contains(name)) }
        let one = try runTool(["rules", "thank-you-prompt"])
        #expect(one.stdout.contains("warning-after-hours (default 24; 0 to 8760)"))
        let json = try runTool(["rules", "--format", "json"])
        #expect((try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [Any])?.count == RuleRegistry.all.count)
        #expect(try runTool(["rules", "no-such-rule"]).status == 2)
    }

    @Test("rules NAME cites the advice in its own words (no file a binary user may lack) and explains ↓")
    func ruleDetailStandsAlone() throws {
        let one = try runTool(["rules", "thank-you-prompt"])
        #expect(one.status == 0)
        #expect(!one.stdout.contains("seeds/"))
        #expect(one.stdout.contains("(advice 3)"))
        #expect(one.stdout.contains("3. send each interviewer a separate thank-you email"))
        #expect(one.stdout.contains("↓ marks where a finding starts; it is not part of the note"))
    }

    @Test("rules NAME suggests the rule a misspelt name means")
    func ruleSuggestion() throws {
        let result = try runTool(["rules", "thankyou-sent"])
        #expect(result.status == 2)
        #expect(result.stderr == "interview-lint: 'thankyou-sent' is not a rule; did you mean 'thank-you-sent'? (`interview-lint rules` lists them)\n")
        #expect(!(try runTool(["rules", "zzz"]).stderr.contains("did you mean")))
    }

    @Test("a broken configuration: the agenda names it instead of 'Nothing to do', and JSON counts no path as unreadable")
    func brokenConfigurationSummaries() throws {
        let folder = try TemporaryFolder()
        try folder.write(".interview-lint.yml", "rules:\n  card-colected: off\n")
        try folder.write("a.md", "---\ndate: 2026-11-16\n---\n")
        let agenda = try runTool(["agenda", "."] + Self.today, in: folder.url)
        #expect(agenda.status == 2)
        #expect(!agenda.stdout.contains("Nothing to do"))
        #expect(agenda.stdout.hasPrefix("1 note not checked: the configuration file "))
        func summary(_ arguments: [String]) throws -> [String: Any] {
            let result = try runTool(arguments + ["-f", "json"] + Self.today, in: folder.url)
            let document = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
            return try #require(document["summary"] as? [String: Any])
        }
        #expect(try summary(["."])["unreadable"] as? Int == 0)
        #expect(try summary([".", "missing.md"])["unreadable"] as? Int == 1)
    }

    @Test("print-config shows the file in force")
    func printConfig() throws {
        let result = try runTool(["print-config", "Examples/acme-robotics-model.md"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("Examples/.interview-lint.yml"))
        #expect(result.stdout.contains("  thank-you-sent: {severity: error, due-hours: 24}"))
    }
}
