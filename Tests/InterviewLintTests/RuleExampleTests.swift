import Testing
@testable import InterviewLint

/// Runs every rule's own examples, then each triggering example again under mutations that must
/// not change the answer: lines added above the content move the findings with them; the same
/// content in a code block or an HTML comment yields nothing there; a disable comment silences it.
/// A new rule gets all of this by writing its examples.
@Suite("Rule examples")
struct RuleExampleTests {
    static let identifiers = RuleRegistry.identifiers

    static func rule(_ name: String) -> any Rule.Type { RuleRegistry.rule(named: name)! }

    /// Where the body starts: after the front matter, if the note opens with one.
    static func bodyStart(_ lines: [Substring]) -> Int {
        guard lines.first == "---" else { return 0 }
        if let close = lines.dropFirst().firstIndex(where: { $0 == "---" }) { return close + 1 }
        return 0
    }

    static func positions(_ diagnostics: [Diagnostic]) -> [SourcePosition] {
        diagnostics.map(\.range.start).sorted()
    }

    func where_(_ example: RuleExample) -> Comment {
        "example at \(example.file.split(separator: "/").last ?? ""):\(example.line)"
    }

    @Test("every rule has a summary, a rationale citing the advice, and examples both ways", arguments: identifiers)
    func describesItself(_ name: String) {
        let description = Self.rule(name).description
        #expect(!description.summary.isEmpty)
        #expect(!description.rationale.isEmpty)
        #expect(!description.triggering.isEmpty || description.raisedByLinter, "\(name) has no triggering example")
        #expect(!description.nonTriggering.isEmpty, "\(name) has no non-triggering example")
        #expect(description.identifier.allSatisfy { $0.isLowercase || $0 == "-" }, "rule names are kebab-case")
        if !description.tags.contains(.structure) {
            #expect(description.rationale.contains("seeds/follow-up-advice.md"), "\(name) must cite the advice it enforces")
        }
    }

    @Test("every option has its default in its range, and the examples set only declared options to values in range",
          arguments: identifiers)
    func options(_ name: String) {
        let description = Self.rule(name).description
        for option in description.options {
            if case .integer(let value) = option.defaultValue {
                #expect(option.range?.contains(value) == true, "\(name).\(option.name)")
            } else {
                #expect(option.range == nil, "\(name).\(option.name)")
            }
        }
        for example in description.triggering + description.nonTriggering {
            for setting in example.options {
                let option = description.options.first { $0.name == setting.name }
                #expect(option != nil, "\(setting.name) is no option of \(name); \(where_(example))")
                if case .integer(let value) = setting.value { #expect(option?.range?.contains(value) == true, where_(example)) }
            }
        }
    }

    @Test("triggering examples report exactly at the markers", arguments: identifiers)
    func triggering(_ name: String) {
        let rule = Self.rule(name)
        for example in rule.description.triggering {
            let note = MarkedNote(example.note)
            #expect(!note.markers.isEmpty, "a triggering example needs ↓ markers; \(where_(example))")
            let found = lint(note.text, today: example.today, configuration: only(rule, example))
            #expect(found.allSatisfy { $0.rule == name })
            #expect(Self.positions(found) == note.markers.sorted(), where_(example))
            for diagnostic in found {
                #expect(diagnostic.message.count > 30, "messages say what to do: \(diagnostic.message)")
            }
        }
    }

    @Test("non-triggering examples report nothing", arguments: identifiers)
    func nonTriggering(_ name: String) {
        let rule = Self.rule(name)
        for example in rule.description.nonTriggering {
            let found = lint(MarkedNote(example.note).text, today: example.today, configuration: only(rule, example))
            #expect(found.isEmpty, "\(found.map(\.message)); \(where_(example))")
        }
    }

    @Test("lines added above the content move the findings with them", arguments: identifiers)
    func prependedLines(_ name: String) {
        let rule = Self.rule(name)
        let inserted = ["###### 🚆 Written on the train home", "", "A few thoughts before I forget.", ""]
        for example in rule.description.triggering {
            let note = MarkedNote(example.note)
            var lines = note.text.split(separator: "\n", omittingEmptySubsequences: false)
            let start = Self.bodyStart(lines)
            lines.insert(contentsOf: inserted.map { Substring($0) }, at: start)
            let expected = note.markers.map { marker in
                marker.line > start ? SourcePosition(line: marker.line + inserted.count, column: marker.column) : marker
            }.sorted()
            let found = lint(lines.joined(separator: "\n"), today: example.today, configuration: only(rule, example))
            #expect(Self.positions(found) == expected, where_(example))

            // A note without front matter can gain one above everything.
            if start == 0 {
                let frontMatter = "---\ntags: [interview]\n---\n"
                let moved = note.markers.map { SourcePosition(line: $0.line + 3, column: $0.column) }.sorted()
                let found = lint(frontMatter + note.text, today: example.today, configuration: only(rule, example))
                #expect(Self.positions(found) == moved, "with front matter prepended; \(where_(example))")
            }
        }
    }

    @Test("content inside a fenced code block or an HTML comment reports nothing there", arguments: identifiers)
    func wrappedContent(_ name: String) {
        let rule = Self.rule(name)
        for example in rule.description.triggering where !rule.description.checksRawBytes {
            let note = MarkedNote(example.note)
            let lines = note.text.split(separator: "\n", omittingEmptySubsequences: false)
            let start = Self.bodyStart(lines)
            guard start < lines.count else { continue }
            for (open, close) in [("````", "````"), ("<!--", "-->")] {
                var wrapped = lines
                wrapped.insert(Substring(open), at: start)
                wrapped.append(Substring(close))
                let inside = (start + 2)...(wrapped.count - 1)
                let found = lint(wrapped.joined(separator: "\n"), today: example.today, configuration: only(rule, example))
                let reportedInside = found.filter { inside.contains($0.range.start.line) }
                #expect(reportedInside.isEmpty, "\(open) wrapping: \(reportedInside.map(\.message)); \(where_(example))")
            }
        }
    }

    @Test("a disable comment silences the rule", arguments: identifiers)
    func disableComment(_ name: String) {
        let rule = Self.rule(name)
        for example in rule.description.triggering {
            let note = MarkedNote(example.note)
            var lines = note.text.split(separator: "\n", omittingEmptySubsequences: false)
            let start = Self.bodyStart(lines)
            var variants = ["<!-- interview-lint-disable-file \(name) -->"]
            // A region comment only covers what follows it.
            if note.markers.allSatisfy({ $0.line > start }) { variants.append("<!-- interview-lint-disable \(name) -->") }
            for comment in variants {
                var silenced = lines
                silenced.insert(contentsOf: [Substring(comment), ""], at: start)
                let found = lint(silenced.joined(separator: "\n"), today: example.today, configuration: only(rule, example))
                #expect(found.isEmpty, "\(comment): \(found.map(\.message)); \(where_(example))")
            }
            // And the rule can be turned off in the front matter, where there is one.
            if start > 0 {
                lines.insert("interview-lint: {disable: [\(name)]}", at: start - 1)
                let found = lint(lines.joined(separator: "\n"), today: example.today, configuration: only(rule, example))
                #expect(found.isEmpty, "front matter disable: \(found.map(\.message)); \(where_(example))")
            }
        }
    }

    /// The example with `status: STATUS` added to its front matter; nil when it has no front
    /// matter or gives a status already.
    static func closed(_ example: RuleExample, as status: String) -> String? {
        let text = MarkedNote(example.note).text
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        let end = bodyStart(lines)
        guard end > 0, !lines[..<end].contains(where: { $0.hasPrefix("status:") }) else { return nil }
        lines.insert("status: \(status)", at: 1)
        return lines.joined(separator: "\n")
    }

    @Test("a rule quiet once the interview is closed gives nothing on its triggering examples marked closed; any other still triggers on one",
          arguments: identifiers)
    func closedInterviews(_ name: String) {
        let rule = Self.rule(name)
        let statuses = rule.description.quietWhenClosed ? ["rejected", "offer", "withdrawn"] : ["rejected"]
        var stillTriggers = false
        var tried = false
        for example in rule.description.triggering {
            for status in statuses {
                guard let note = Self.closed(example, as: status) else { continue }
                tried = true
                let found = lint(note, today: example.today, configuration: only(rule, example))
                if rule.description.quietWhenClosed {
                    #expect(found.isEmpty, "\(name) says it is quiet when closed, yet on status \(status): \(found.map(\.message)); \(where_(example))")
                }
                stillTriggers = stillTriggers || !found.isEmpty
            }
        }
        if !rule.description.quietWhenClosed && tried {
            #expect(stillTriggers, "\(name) reports nothing once the interview is closed: say so with quietWhenClosed")
        }
    }

    @Test("every rule file is registered, and every registered rule has a file")
    func registryMatchesFiles() throws {
        let folder = repositoryRoot.appendingPathComponent("Sources/InterviewLint/Rules")
        let enumerator = FileManager.default.enumerator(atPath: folder.path)
        var typeNames: Set<String> = []
        while let path = enumerator?.nextObject() as? String {
            guard path.contains("/"), path.hasSuffix(".swift") else { continue }
            let text = try String(contentsOf: folder.appendingPathComponent(path), encoding: .utf8)
            for line in text.split(separator: "\n") where line.hasPrefix("public struct ") && line.contains(": Rule") {
                typeNames.insert(String(line.dropFirst("public struct ".count).prefix { $0 != ":" }))
            }
        }
        let registered = Set(RuleRegistry.all.map { String(describing: $0) })
        #expect(typeNames == registered)
        #expect(Set(RuleRegistry.identifiers).count == RuleRegistry.all.count, "rule names are unique")
    }
}

import Foundation
