import Foundation
import Testing
import Yams
@testable import InterviewLint

@Suite("Documentation")
struct DocumentationTests {
    @Test("docs/rules.md is generated from the rule descriptions and up to date")
    func rulesDocument() throws {
        let path = repositoryRoot.appendingPathComponent("docs/rules.md")
        let text = try String(contentsOf: path, encoding: .utf8)
        #expect(text == RuleDocumentation.markdown(),
                "docs/rules.md is out of date: run `swift run interview-lint rules --format markdown > docs/rules.md`")
    }

    @Test("the README's two commands are the ones CI runs")
    func readme() throws {
        let readme = try String(contentsOf: repositoryRoot.appendingPathComponent("README.md"), encoding: .utf8)
        let ci = try String(contentsOf: repositoryRoot.appendingPathComponent(".ci/run"), encoding: .utf8)
        #expect(readme.contains("scripts/setup-and-run-examples"))
        #expect(readme.contains("scripts/test"))
        #expect(ci.contains("scripts/test"))
    }

    @Test("every rule is cited in the seeds summary")
    func seeds() throws {
        let seeds = try String(contentsOf: repositoryRoot.appendingPathComponent("seeds/follow-up-advice.md"), encoding: .utf8)
        for rule in RuleRegistry.all where !rule.description.tags.contains(.structure) {
            #expect(seeds.contains("`\(rule.description.identifier)`"), "\(rule.description.identifier)")
        }
    }

    @Test("the pre-commit hook definition is what pre-commit needs")
    func preCommitHook() throws {
        let text = try String(contentsOf: repositoryRoot.appendingPathComponent(".pre-commit-hooks.yaml"), encoding: .utf8)
        let hooks = try #require(try Yams.load(yaml: text) as? [[String: Any]])
        let hook = try #require(hooks.first)
        #expect(hook["id"] as? String == "interview-lint")
        #expect(hook["language"] as? String == "swift")
        #expect(hook["entry"] as? String == "interview-lint")
        #expect(hook["types"] as? [String] == ["markdown"])
    }

    @Test("the ready-made CI set-ups parse and use real options", arguments: ["github-actions.yml", ".pre-commit-config.yaml", "gitlab-ci.yml"])
    func ciExamples(_ name: String) throws {
        let text = try String(contentsOf: repositoryRoot.appendingPathComponent("Examples/ci/\(name)"), encoding: .utf8)
        #expect(try Yams.load(yaml: text) is [String: Any])
        #expect(text.contains("libcmark-dev"))
        for line in text.split(separator: "\n") where line.contains("--format ") {
            let format = line.components(separatedBy: "--format ")[1].split(separator: " ").first.map(String.init) ?? ""
            #expect(Reporters.named(format) != nil, "unknown format in \(name): \(format)")
        }
    }
}
