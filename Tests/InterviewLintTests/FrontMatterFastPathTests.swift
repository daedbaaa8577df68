import Foundation
import Testing
@testable import InterviewLint

/// The simple front matter reader must give exactly what composing with Yams gives, or decline.
@Suite("Front matter fast path")
struct FrontMatterFastPathTests {
    /// Both paths' results as comparable text.
    static func summary(_ result: FrontMatterReader.Result) -> String {
        var lines = FrontMatterReader.Field.allCases.sorted { $0.rawValue < $1.rawValue }.compactMap { field in
            result.values[field].map { value in
                "\(field.rawValue)=\(value.text)@\(value.range.start.line):\(value.range.start.column)+\(value.range.end.column - value.range.start.column)"
            }
        }
        if let front = result.frontMatter {
            lines.append("lines=\(front.lines) interviewKeys=\(front.hasInterviewKeys) disabled=\(front.disabledRules.map(\.value))")
        }
        lines += result.problems.map { "problem: \($0.message) @\($0.range.start.line):\($0.range.start.column)" }
        return lines.joined(separator: "\n")
    }

    static func compare(_ note: String, sourceLocation: SourceLocation = #_sourceLocation) -> Bool {
        let source = SourceText(note)
        let fast = summary(FrontMatterReader.read(source))
        let yams = summary(FrontMatterReader.read(source, simple: false))
        #expect(fast == yams, "front matter of:\n\(note)", sourceLocation: sourceLocation)
        return fast == yams
    }

    /// Whether the fast path takes the note (rather than handing it to Yams).
    static func accepted(_ note: String) -> Bool {
        let source = SourceText(note)
        guard let closing = (2...max(2, source.lines.count)).first(where: { source.line($0) == "---" }) else { return false }
        return SimpleFrontMatter.read(source, lines: 2..<closing) != nil
    }

    static let variants: [(String, accepted: Bool)] = [
        ("company: Acme Robotics\nrole: Support Engineer\ndate: 2026-11-02 13:00\nstatus: offer\ntags: [job-search]", true),
        ("company: \"Acme: Robotics\"\ndate: '2026-11-02 13:00'", true),
        ("company: Zoë & Ødegård AS\nrole: Ingeniør", true),
        ("Company Name: Acme\nInterview Date: 2026-11-02", true),
        ("company: Acme   \n\n# a comment\ndate: 2026-11-02", true),
        ("company: [Acme, Other]\ndecision: [ ]", true),
        ("company: C# shop\nrole: a#b", true),
        ("tags: []\ndate: 2026-11-02", true),
        ("interview-lint: off\ndate: 2026-11-02", true),
        // Declined: Yams decides.
        ("company: [[Acme]]\ndate: 2026-11-02", false),
        ("company: Acme # the company\ndate: 2026-11-02", false),
        ("company:\ndate: 2026-11-02", false),
        ("company: Acme\ncompany: Other", false),
        ("company: Acme\n  Robotics\ndate: 2026-11-02", false),
        ("interview-lint:\n  disable: [card-collected]\ndate: 2026-11-02", false),
        ("interview-lint: {disable: [card-collected]}", false),
        ("company: \"Acme \\\"Robotics\\\"\"", false),
        ("company: 'it''s'", false),
        ("company: &a Acme\nrole: *a", false),
        ("role: C* engineer", false),
        ("company: |\n  Acme", false),
        ("company: Acme: Robotics", false),
        ("company:Acme", false),
        ("company : Acme", false),
        ("- Acme\n- Robotics", false),
        ("company: Acme\tRobotics", false),
        ("company: Acme\u{2028}Robotics", false),
        ("company: Acme\u{00A0}", false),
        ("company: ? Acme", false),
        ("company: \"unterminated", false),
        ("company: [a, [b]]", false),
        ("company: [a, , b]", false),
        ("company: Acme:", false),
        ("key with  two spaces: x", false),
        ("company: Acme\n...\n", false),
    ]

    @Test("each variant: the fast path takes what it should, and agrees with Yams", arguments: variants.indices)
    func variant(_ index: Int) {
        let (yaml, shouldAccept) = Self.variants[index]
        let note = "---\n\(yaml)\n---\n\n# Title\n"
        #expect(Self.accepted(note) == shouldAccept, "fast path acceptance of:\n\(yaml)")
        _ = Self.compare(note)
    }

    @Test("every example note and rule example: the same front matter by both paths")
    func examplesAgree() throws {
        var notes: [String] = []
        let examples = repositoryRoot.appendingPathComponent("Examples")
        for name in try FileManager.default.contentsOfDirectory(atPath: examples.path) where name.hasSuffix(".md") {
            notes.append(try String(contentsOf: examples.appendingPathComponent(name), encoding: .utf8))
        }
        for rule in RuleRegistry.all {
            for example in rule.description.triggering + rule.description.nonTriggering {
                notes.append(MarkedNote(example.note).text)
            }
        }
        #expect(notes.count > 50)
        var taken = 0
        for note in notes {
            _ = Self.compare(note)
            if Self.accepted(note) { taken += 1 }
        }
        // Most real notes are simple; if none were, the fast path would be dead code.
        #expect(taken * 2 > notes.count, "the fast path took \(taken) of \(notes.count) notes")
    }
}
