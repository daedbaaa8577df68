import Foundation
import Testing
@testable import InterviewLint

/// Each note in Examples/ promises its findings in a comment at its top; this holds it to that.
@Suite("Examples")
struct ExamplesTests {
    static let folder = repositoryRoot.appendingPathComponent("Examples")

    static var notes: [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? [])
            .filter { $0.hasSuffix(".md") }.sorted()
    }

    /// The `Expected findings as of DAY …:` block: (day, ["line:col severity rule"]).
    static func promised(_ text: String) -> (String, [String])? {
        guard let start = text.range(of: "Expected findings as of ") else { return nil }
        let rest = text[start.upperBound...]
        let day = String(rest.prefix(10))
        guard let end = rest.range(of: "-->") else { return nil }
        let block = rest[..<end.lowerBound]
        if block.contains(": none.") { return (day, []) }
        let lines = block.split(separator: "\n").dropFirst().map { $0.trimmingWhitespace() }.filter { !$0.isEmpty }
        return (day, lines)
    }

    @Test("there are enough examples, and one is clean")
    func enough() throws {
        #expect(Self.notes.count >= 6)
        let promises = try Self.notes.map { try #require(Self.promised(String(contentsOf: Self.folder.appendingPathComponent($0), encoding: .utf8))) }
        #expect(promises.contains { $0.1.isEmpty })
        // Every technique is missed by at least one example.
        let rules = Set(promises.flatMap { $0.1.map { String($0.split(separator: " ").last ?? "") } })
        for tag in RuleTag.allCases {
            #expect(RuleRegistry.all.contains { $0.description.tags.contains(tag) && rules.contains($0.description.identifier) },
                    "no example shows a \(tag.rawValue) finding")
        }
    }

    @Test("each example gives exactly the findings it promises", arguments: notes)
    func promises(_ name: String) throws {
        let path = Self.folder.appendingPathComponent(name).path
        let text = try String(contentsOfFile: path, encoding: .utf8)
        let (day, expected) = try #require(Self.promised(text), "\(name) has no 'Expected findings' comment")
        let run = NoteRunner.lint(paths: [path], now: moment(day), configuration: .discover)
        #expect(run.errors.isEmpty)
        let actual = run.diagnostics.map { "\($0.range.start.line):\($0.range.start.column) \($0.severity.rawValue) \($0.rule)" }
        #expect(actual == expected)
    }
}
