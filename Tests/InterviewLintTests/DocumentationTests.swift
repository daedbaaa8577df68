import Foundation
import Testing
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
}
