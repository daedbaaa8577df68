import Foundation
import Testing
@testable import InterviewLint

@Suite("Configuration")
struct ConfigurationTests {
    static let note = """
        ---
        date: 2026-11-16 10:00
        ---
        ## Interviewers
        - [ ] Bob Smith — bob@acme.example
        """

    func load(_ yaml: String) throws -> Configuration {
        let folder = try TemporaryFolder()
        let file = try folder.write(".interview-lint.yml", yaml)
        return try ConfigurationLoader().load(file.path)
    }

    func loadError(_ yaml: String) throws -> ConfigurationError {
        do {
            _ = try load(yaml)
        } catch let error as ConfigurationError {
            return error
        }
        Issue.record("expected a configuration error for:\n\(yaml)")
        throw CancellationError()
    }

    @Test("exclude patterns: * within a folder, ** across folders, ? one character, short and very long alike")
    func globs() {
        let cases: [(String, String, Bool)] = [
            ("*.md", "note.md", true), ("*.md", "notes/note.md", false), ("**/*.md", "a/b/note.md", true),
            ("archive/**", "archive/2025/x.md", true), ("archive/**", "archives/x.md", false),
            ("drafts/?.md", "drafts/a.md", true), ("drafts/?.md", "drafts/ab.md", false), ("a/*/c.md", "a/b/c.md", true),
        ]
        for (pattern, path, expected) in cases {
            #expect(Glob.matches(pattern, path) == expected, "\(pattern) \(path)")
            // Too long for the array of states: the same answers from the dictionary.
            let deep = String(repeating: "d/", count: 150)
            #expect(Glob.matches(deep + pattern, deep + path) == expected, "deep \(pattern) \(path)")
        }
    }

    @Test("every problem of a file is reported at once, in the file's order")
    func allProblems() throws {
        let error = try loadError("""
            rules:
              thankyou-sent: warning
              card-collected: loud
              thank-you-sent:
                due-hourz: 48
            tags:
              cardz: off
            schedule:
              after-decision-business-dayz: 2
            """)
        #expect(error.problems.map(\.line) == [2, 3, 5, 7, 9])
        #expect(error.problems.map(\.message) == [
            "unknown rule 'thankyou-sent'; did you mean 'thank-you-sent'?",
            "unknown severity 'loud'; expected one of: off, info, warning, error",
            "unknown option of thank-you-sent 'due-hourz'; did you mean 'due-hours'?",
            "unknown tag 'cardz'; did you mean 'cards'?",
            "unknown schedule setting 'after-decision-business-dayz'; did you mean 'after-decision-business-days'?",
        ])
        #expect(error.description.split(separator: "\n").count == 5)
    }

    @Test("rules and tags: each name keys its setting; a value that is no mapping is named")
    func rulesAndTags() throws {
        let configuration = try load("""
            rules:
              thank-you-sent:
                severity: warning
                due-hours: 48
              follow-up-once: off
            tags:
              cards: info
            """)
        #expect(configuration.rules["thank-you-sent"] == Configuration.RuleSetting(enabled: true, severity: .warning, options: ["due-hours": .integer(48)]))
        #expect(configuration.rules["follow-up-once"] == Configuration.RuleSetting(enabled: false))
        #expect(configuration.tags == [.cards: Configuration.RuleSetting(enabled: true, severity: .info)])
        #expect(configuration.resolved(CardCollected.self).severity == .info)
        let error = try loadError("""
            rules: [thank-you-sent]
            tags: cards
            """)
        #expect(error.problems.map(\.message) == [
            "`rules` maps rule names to a severity, `off`, or options",
            "`tags` maps tags to a severity or `off`",
        ])
    }

    @Test("the documented example file loads and changes nothing")
    func exampleFile() throws {
        let configuration = try ConfigurationLoader().load(repositoryRoot.appendingPathComponent("Examples/.interview-lint.yml").path)
        for rule in RuleRegistry.all {
            let resolved = configuration.resolved(rule)
            #expect(resolved.enabled)
            #expect(resolved.severity == rule.description.defaultSeverity, "\(rule.description.identifier)")
            for option in rule.description.options {
                #expect(resolved.options[option.name] == option.defaultValue)
            }
        }
        #expect(configuration.settings == Settings())
    }

    @Test("the example file documents every rule and every option")
    func exampleFileIsComplete() throws {
        let text = try String(contentsOf: repositoryRoot.appendingPathComponent("Examples/.interview-lint.yml"), encoding: .utf8)
        for rule in RuleRegistry.all {
            #expect(text.contains("  \(rule.description.identifier):"), "\(rule.description.identifier) is missing")
            for option in rule.description.options {
                #expect(text.contains("\(option.name): \(option.defaultValue)"), "\(option.name) is missing")
            }
        }
        for key in ConfigurationLoader.topKeys { #expect(text.contains("\(key):"), "\(key) is missing") }
    }

    @Test("rules can be turned off, re-levelled and given options")
    func ruleSettings() throws {
        let configuration = try load("""
            rules:
              card-collected: off
              contact-details: error
              follow-up-once: {severity: info, max-calls: 2}
            """)
        #expect(!configuration.resolved(CardCollected.self).enabled)
        #expect(configuration.resolved(ContactDetails.self).severity == .error)
        #expect(configuration.resolved(FollowUpOnce.self).severity == .info)
        #expect(configuration.resolved(FollowUpOnce.self).options["max-calls"] == .integer(2))
        let found = lint(Self.note, configuration: configuration)
        #expect(!found.contains { $0.rule == "card-collected" })
        #expect(found.first { $0.rule == "contact-details" }?.severity == .error)
    }

    @Test("tags select groups, and a rule's own setting wins over its tag")
    func tags() throws {
        let configuration = try load("tags:\n  cards: off\nrules:\n  contact-details: info\n")
        #expect(!configuration.resolved(CardCollected.self).enabled)
        #expect(!configuration.resolved(NameSpelling.self).enabled)
        #expect(configuration.resolved(ContactDetails.self).enabled)
        #expect(configuration.resolved(ContactDetails.self).severity == .info)
        #expect(configuration.resolved(ThankYouSent.self).enabled)
    }

    @Test("every threshold is read from the file")
    func thresholds() throws {
        let configuration = try load("""
            business-hours: "07:30-19:00"
            call-window: "10:00-12:00"
            schedule:
              after-decision-business-days: 2
              without-timeframe-business-days: 7
            rules:
              thank-you-sent: {due-hours: 48}
              thank-you-prompt: {warning-after-hours: 12, error-after-hours: 36}
              too-many-contacts: {max-unanswered: 3}
              contact-too-frequent: {min-business-days: 3}
              name-spelling: {max-distance: 1}
              contact-details: {require-phone: false}
            """)
        #expect(configuration.settings.businessHours == ClockRange(start: 450, end: 1140))
        #expect(configuration.settings.callWindow == ClockRange(start: 600, end: 720))
        #expect(configuration.settings.businessDaysAfterDecision == 2)
        #expect(configuration.settings.businessDaysWithoutTimeframe == 7)
        #expect(configuration.readerOptions.maxNameDistance == 1)
        // And they change what is reported: Bob has no phone, which is now fine.
        #expect(!lint(Self.note, configuration: configuration).contains { $0.rule == "contact-details" })
        let due = lint(Self.note, today: "2026-11-17T12:00", configuration: configuration)
        #expect(!due.contains { $0.rule == "thank-you-sent" })
    }

    @Test("unknown keys, rules, options and values are errors naming the line and the nearest valid name", arguments: [
        ("rulez:\n  card-collected: off\n", 1, "did you mean 'rules'"),
        ("rules:\n  card-colected: off\n", 2, "did you mean 'card-collected'"),
        ("rules:\n  follow-up-once: {max-call: 2}\n", 2, "did you mean 'max-calls'"),
        ("rules:\n  follow-up-once: {max-calls: many}\n", 2, "takes a whole number"),
        ("rules:\n  card-collected: warn\n", 2, "did you mean 'warning'"),
        ("tags:\n  card: off\n", 2, "did you mean 'cards'"),
        ("call-window: \"lunchtime\"\n", 1, "span of the day"),
        ("schedule:\n  without-timeframe-days: 5\n", 2, "did you mean 'without-timeframe-business-days'"),
        ("headings:\n  interviewer: [Who]\n", 2, "did you mean 'interviewers'"),
        ("keys:\n  dates: [Termin am]\n", 2, "did you mean 'date'"),
        ("statuses:\n  rejectd: [abgesagt]\n", 2, "did you mean 'rejected'"),
        ("statuses:\n  rejected: [{a: 1}]\n", 2, "are text"),
        ("extends: missing.yml\n", 1, "does not exist"),
        ("rules: [\n", 2, "not valid YAML"),
    ] as [(String, Int, String)])
    func errors(_ yaml: String, _ line: Int, _ fragment: String) throws {
        let error = try loadError(yaml)
        #expect(error.line == line, "\(error)")
        #expect(error.message.contains(fragment), "\(error.message)")
        #expect(error.description.hasPrefix(error.file + ":\(line):"))
    }

    @Test("extends builds on another file, and the nearest file wins")
    func extendsAndDiscovery() throws {
        let folder = try TemporaryFolder()
        try folder.write("base.yml", "rules:\n  card-collected: off\n  contact-details: error\ncall-window: \"10:00-11:00\"\n")
        try folder.write(".interview-lint.yml", "extends: base.yml\nrules:\n  contact-details: info\n")
        try folder.write("deep/er/.interview-lint.yml", "rules:\n  resume-left: off\n")
        let loader = ConfigurationLoader()
        let top = try loader.configuration(forNoteAt: folder.url.appendingPathComponent("a/note.md").path)
        #expect(!top.resolved(CardCollected.self).enabled)
        #expect(top.resolved(ContactDetails.self).severity == .info)
        #expect(top.settings.callWindow == ClockRange(start: 600, end: 660))
        let deep = try loader.configuration(forNoteAt: folder.url.appendingPathComponent("deep/er/note.md").path)
        #expect(!deep.resolved(ResumeLeft.self).enabled)
        #expect(deep.resolved(CardCollected.self).enabled, "the nearest file wins; it does not merge with files above it")
    }

    @Test("date-order: mdy, dmy, ymd or auto, handed to the reader; a file that extends keeps or overrides it")
    func dateOrder() throws {
        #expect(try load("date-order: dmy\n").dateOrder == .dmy)
        #expect(try load("date-order: ymd\n").readerOptions.dateOrder == .ymd)
        #expect(try load("date-order: auto\n").dateOrder == nil)
        #expect(try load("rules: {}\n").readerOptions.dateOrder == nil)
        let wrong = try loadError("date-order: dym\n")
        #expect(wrong.message.contains("unknown date order 'dym'") && wrong.line == 1 && wrong.column == 13, "\(wrong)")
        #expect(try loadError("date-order: [dmy]\n").message.contains("`date-order` takes mdy, dmy, ymd, auto"))
        let folder = try TemporaryFolder()
        try folder.write("base.yml", "date-order: dmy\n")
        let keeps = try folder.write("keeps.yml", "extends: base.yml\nrules: {}\n")
        let overrides = try folder.write("overrides.yml", "extends: base.yml\ndate-order: auto\n")
        #expect(try ConfigurationLoader().load(keeps.path).dateOrder == .dmy)
        #expect(try ConfigurationLoader().load(overrides.path).dateOrder == nil)
    }

    @Test("an extends cycle is an error, not a hang")
    func extendsCycle() throws {
        let folder = try TemporaryFolder()
        try folder.write("a.yml", "extends: b.yml\n")
        let b = try folder.write("b.yml", "extends: a.yml\n")
        #expect(throws: ConfigurationError.self) { try ConfigurationLoader().load(b.path) }
    }

    @Test("exclude globs leave notes out")
    func exclude() throws {
        var configuration = Configuration()
        configuration.baseDirectory = "/notes"
        configuration.exclude = ["templates/**", "*.draft.md", "archive/202?/*.md"]
        #expect(configuration.excludes("/notes/templates/interview.md"))
        #expect(configuration.excludes("/notes/templates/a/b.md"))
        #expect(configuration.excludes("/notes/x.draft.md"))
        #expect(!configuration.excludes("/notes/sub/x.draft.md"))
        #expect(configuration.excludes("/notes/archive/2025/acme.md"))
        #expect(!configuration.excludes("/notes/acme.md"))
    }

    @Test("print-config shows what is in force")
    func printConfig() throws {
        let configuration = try load("rules:\n  card-collected: off\n  follow-up-once: {max-calls: 3}\n")
        let text = ConfigurationPrinter.render(configuration)
        #expect(text.contains("  card-collected: off\n"))
        #expect(text.contains("  follow-up-once: {severity: warning, max-calls: 3}\n"))
        #expect(text.contains("call-window: \"09:30-11:30\""))
    }
}

@Suite("Finding the configuration above a note")
struct ConfigurationSearchTests {
    @Test("the folder above a path, as the search walks up to the root")
    func parents() {
        #expect(ConfigurationLoader.parent(of: "/a/b/note.md") == "/a/b")
        #expect(ConfigurationLoader.parent(of: "/a") == "/")
        #expect(ConfigurationLoader.parent(of: "/") == "/")
        #expect(ConfigurationLoader.parent(of: "note.md") == "")
        #expect(ConfigurationLoader.parent(of: "/Zoë/Ødegård/x.md") == "/Zoë/Ødegård")
    }

    @Test("a file two folders up is found, and a folder of that name counts as present")
    func twoFoldersUp() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("il-search-\(UInt64.random(in: 0...UInt64.max))").path
        defer { try? FileManager.default.removeItem(atPath: root) }
        try FileManager.default.createDirectory(atPath: root + "/x/y", withIntermediateDirectories: true)
        try "rules:\n  card-collected: off\n".write(toFile: root + "/.interview-lint.yml", atomically: true, encoding: .utf8)
        let found = try ConfigurationLoader().configuration(forNoteAt: root + "/x/y/note.md")
        #expect(!found.resolved(CardCollected.self).enabled)
        #expect(ConfigurationLoader.exists(root + "/x"))
        #expect(!ConfigurationLoader.exists(root + "/x/none"))
    }
}

@Suite("The user's own key names and status words")
struct ConfiguredWordsTests {
    static let yaml = """
        keys:
          date: [Gesprächsdatum, Termin am]
          people: Beteiligte
          company: Laden
        statuses:
          waiting: [auf Eis]
          rejected: [nope, "leider nein"]
        """

    func configured() throws -> Configuration {
        let folder = try TemporaryFolder()
        let file = try folder.write(".interview-lint.yml", Self.yaml)
        return try ConfigurationLoader().load(file.path)
    }

    @Test("front matter keys of the user's own are read as the fields they name, with Yams and without")
    func frontMatter() throws {
        let options = try configured().compiled.readerOptions
        for simple in [true, false] {
            let note = "---\nLaden: Brightwater\nGesprächsdatum: 2026-11-16 10:00\nStatus: leider nein\n---\n# Notes\n"
            let front = FrontMatterReader.read(SourceText(note), simple: simple, words: options.words)
            #expect(front.values[.company]?.text == "Brightwater", "simple: \(simple)")
            #expect(front.values[.date]?.text == "2026-11-16 10:00", "simple: \(simple)")
        }
        let interview = read("---\nGesprächsdatum: 2026-11-16 10:00\nStatus: nope\n---\n# Notes\n", options: options)
        #expect(interview.start?.value == LocalDateTime(date: LocalDate(year: 2026, month: 11, day: 16)!, hour: 10))
        #expect(interview.status?.value == .rejected)
        // Without the configuration the same note has no date, and its status is unknown.
        let plain = read("---\nGesprächsdatum: 2026-11-16 10:00\nStatus: nope\n---\n# Notes\n")
        #expect(plain.start == nil)
        #expect(plain.status == nil)
    }

    @Test("key lines in the body and status lines use them too")
    func keyLines() throws {
        let options = try configured().compiled.readerOptions
        let note = """
            # Brightwater

            **Termin am:** 2026-11-16 10:00
            Beteiligte: Jana Novak, Piet Smit

            Status: auf Eis
            """
        let interview = read(note, options: options)
        #expect(interview.start?.value.date == LocalDate(year: 2026, month: 11, day: 16))
        #expect(interview.people.map(\.name.value) == ["Jana Novak", "Piet Smit"])
        #expect(interview.status?.value == .waiting)
    }

    @Test("extends adds the base file's words to the file's own")
    func extends() throws {
        let folder = try TemporaryFolder()
        try folder.write("base.yml", "keys:\n  date: Termin\n")
        let file = try folder.write(".interview-lint.yml", "extends: base.yml\nkeys:\n  date: Gesprächsdatum\n")
        let configuration = try ConfigurationLoader().load(file.path)
        #expect(configuration.keys["date"] == ["Termin", "Gesprächsdatum"])
    }
}
