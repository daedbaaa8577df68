import Foundation
import Testing
@testable import InterviewLint

/// The plain-YAML reader for configuration files must give exactly the nodes Yams gives (values,
/// numbers, booleans, positions), or decline.
@Suite("Configuration fast path")
struct ConfigFastPathTests {
    /// Both readers on `text`: the fast one's nodes (nil if it declined) and Yams'.
    static func both(_ text: String) throws -> (fast: ConfigNode?, yams: ConfigNode?) {
        (SimpleConfigYAML.read(text), try ConfigurationLoader.compose(text, path: "test.yml"))
    }

    @Test("every configuration file in the repository: taken by the fast path, and the same nodes as Yams")
    func repositoryFiles() throws {
        let files = try FileManager.default.subpathsOfDirectory(atPath: repositoryRoot.path)
            .filter { ($0.hasSuffix(".interview-lint.yml") || $0.hasSuffix("fuzz-seeds/config.yml")) && !$0.hasPrefix(".build") }
        #expect(files.contains("Examples/.interview-lint.yml"))
        for file in files {
            let text = try String(contentsOf: repositoryRoot.appendingPathComponent(file), encoding: .utf8)
            let (fast, yams) = try Self.both(text)
            if file == "Examples/.interview-lint.yml" { #expect(fast != nil, "the example configuration was declined") }
            if let fast { #expect(fast == yams, "\(file)") }
        }
    }

    /// Texts the fast path must take, each compared with Yams.
    static let taken: [String] = [
        "rules:\n  card-collected: off\n",
        "rules:\n  card-collected: false\n  resume-left: No\n  follow-up-due: ON\n  thank-you-sent: yes\n",
        "rules:\n  contact-details: {severity: warning, require-email: true, require-phone: false}\n",
        "rules:\n  name-spelling: {severity: error, max-distance: 2}\n  follow-up-once: {  severity: info , max-calls: 10 }\n",
        "business-hours: \"08:00-18:00\"\ncall-window: '09:30-11:30'\n",
        "schedule:\n  after-decision-business-days: 0\n  without-timeframe-business-days: 12\n",
        "headings:\n  interviewers: [Who I met, Panel]\n  log: []\n  timeline: [ ]\n",
        "headings:\n    interviewers:\n      - Who I met\n      - \"Panel: day 2\"\n    log: Correspondence\n",
        "keys:\n  date: [Termin am, \"Datum des Gesprachs\"]\n  people: Beteiligte\nstatuses:\n  rejected:\n    - nope\n    - leider nein\n",
        "exclude:\n- \"templates/**\"\n",
        "exclude:\n  - templates/**\n  - 'drafts/*.md'\n",
        "exclude: []\ntags: {}\n",
        "tags:\n  persistence: error\n  structure: off\n",
        "# a comment\n\nrules:   # trailing comment\n  card-collected: warning # and here\n\n# end\n",
        "extends: ../shared.yml\n",
        "extends: /etc/interview-lint/base.yml\nexclude: [\"a,b\", c]\n",
        "exclude:\n- a\n- b\nrules: {}\n",
        "  rules:\n    card-collected: off\n",
        "rules:\n  card-collected: \"off\"\n  resume-left: 'no'\n  timeframe-asked: \"5\"\n",
        "rules:\n  card-collected: {severity: \"warning\"}\n",
        "top: 123456789012345678\n",
        "weird-key_9: value with spaces\n",
        "#i{\nno: d",
        "on: x\nrules: {yes: 1, Off: no}\n",
        "# café — comments may hold anything\nrules:\n  card-collected: off # naïve\n",
    ]

    @Test("plain forms: the fast path takes them and agrees with Yams", arguments: taken)
    func takenForms(_ text: String) throws {
        let (fast, yams) = try Self.both(text)
        #expect(fast != nil, "declined:\n\(text)")
        #expect(fast == yams, "differs from Yams:\n\(text)")
    }

    /// Texts the fast path must leave to Yams: numbers and words YAML 1.1 reads in other ways,
    /// and everything outside the subset.
    static let declined: [String] = [
        "schedule:\n  after-decision-business-days: 010\n",  // octal in YAML 1.1
        "schedule:\n  after-decision-business-days: 1_000\n",
        "schedule:\n  after-decision-business-days: +5\n",
        "schedule:\n  after-decision-business-days: 0x1F\n",
        "schedule:\n  after-decision-business-days: 1:30\n",  // sexagesimal
        "schedule:\n  after-decision-business-days: 1.5\n",
        "schedule:\n  after-decision-business-days: 1234567890123456789012\n",
        "rules:\n  card-collected: ~\n",
        "rules:\n  card-collected:\n",  // null
        "rules:\n\tcard-collected: off\n",
        "rules:\r\n  card-collected: off\r\n",
        "---\nrules: {}\n",
        "%YAML 1.1\n---\nrules: {}\n",
        "rules: &a {}\ntags: *a\n",
        "rules: !!map {}\n",
        "rules:\n  card-collected: off\nrules:\n  resume-left: off\n",  // duplicate key
        "rules: {card-collected: off, card-collected: on}\n",
        "exclude: [a, [b]]\n",
        "exclude: [a,\n  b]\n",
        "business-hours: 08:00-18:00\n",
        "business-hours: \"08:00\\t-18:00\"\n",
        "headings:\n  log: \"Café\"\n",
        "key: value\n  continued\n",
        "exclude:\n- a\n  - b\n",
        "list:\n  - key: value\n",
        "- a\n- b\n",
        "just text\n",
        "key: |\n  block\n",
        "key: 'it''s'\n",
        "? complex\n: key\n",
        "123: number as a key\n",
        "#on\u{1C}\u{FFFD}\ninterviewers: x\n",
        "# \u{85} next line\nrules: {}\n",
        "# \u{FFFF}\nrules: {}\n",
        "rules:\n  # a\u{2028}b: c\n  card-collected: off\n",
    ]

    @Test("everything else is left to Yams", arguments: declined)
    func declinedForms(_ text: String) {
        #expect(SimpleConfigYAML.read(text) == nil, "taken:\n\(text)")
    }

    @Test("a configuration read by either path gives the same settings and the same errors",
          arguments: taken + declined + ["rules:\n  card-colected: off\n", "rules:\n  follow-up-once: {max-calls: -1}\n",
                                          "schedule:\n  after-decision-business-days: many\n", "tags: {persistense: off}\n"])
    func sameSettings(_ text: String) {
        let loader = ConfigurationLoader()
        func outcome(_ simple: Bool) -> String {
            do {
                let configuration = try loader.parse(text, path: "test.yml", file: "/nowhere/test.yml", simple: simple)
                return ConfigurationPrinter.render(configuration) + "\n\(configuration.exclude)"
            } catch {
                return "error: \(error)"
            }
        }
        #expect(outcome(true) == outcome(false), "\(text)")
    }

    @Test("collections used as keys are refused before Yams, which takes minutes on repeated deep ones",
          arguments: [
              (String(repeating: "? " + String(repeating: "- ", count: 40) + "x\n", count: 6), 1, 1, "explicit key"),
              ("rules: {}\n" + String(repeating: "[[[[[[[[a]]]]]]]]: 1\n", count: 4), 2, 1, "used as a key"),
              ("tags:\n  - {a: 1}: x\n", 2, 5, "used as a key"),
              ("exclude: " + String(repeating: "[", count: 17) + String(repeating: "]", count: 17) + "\n", 1, 26, "nested more than 16"),
          ] as [(String, Int, Int, String)])
    func complexKeys(_ text: String, _ line: Int, _ column: Int, _ what: String) throws {
        let start = Date()
        #expect(SimpleConfigYAML.read(text) == nil)
        let error = #expect(throws: ConfigurationError.self) {
            _ = try ConfigurationLoader().parse(text, path: "test.yml", file: "/nowhere/test.yml")
        }
        #expect(error?.line == line)
        #expect(error?.column == column)
        #expect(error?.message.contains(what) == true, "\(String(describing: error))")
        #expect(Date().timeIntervalSince(start) < 2)
        // The same in a note's front matter: reported, not read, and quick.
        let note = "---\ndate: 2026-11-16 10:00\n" + text + "---\n# Acme\n"
        let read = FrontMatterReader.read(SourceText(note))
        #expect(read.problems.contains { $0.message.contains(what) && $0.range.start.line == line + 2 })
        #expect(Date().timeIntervalSince(start) < 2)
    }

    @Test("ordinary YAML is not mistaken for collection keys")
    func plainKeys() throws {
        for text in Self.taken + ["exclude: [a, [b, c]]\n", "title: \"[draft]: notes\"\n", "a: b # [x]: y\n", "list:\n  - [a, b]\n",
                                  "key: '? not a key'\n", "url: http://x/?a=1\n"] {
            #expect(YAMLGuard.complexKey(in: text) == nil, "\(text)")
        }
        let example = try String(contentsOf: repositoryRoot.appendingPathComponent("Examples/.interview-lint.yml"), encoding: .utf8)
        #expect(YAMLGuard.complexKey(in: example) == nil)
    }
}
