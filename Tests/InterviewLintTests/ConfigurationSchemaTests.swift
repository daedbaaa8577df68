import Foundation
import Testing
@testable import InterviewLint

@Suite("Configuration schema")
struct ConfigurationSchemaTests {
    @Test("schemas/interview-lint.schema.json is generated from the loader's declarations and up to date")
    func upToDate() throws {
        let path = repositoryRoot.appendingPathComponent("schemas/interview-lint.schema.json")
        let committed = try String(contentsOf: path, encoding: .utf8)
        #expect(committed == ConfigurationSchema.render(),
                "schemas/interview-lint.schema.json is out of date: run `swift run interview-lint schema > schemas/interview-lint.schema.json`")
    }

    @Test("every key, rule, option, tag and section is in it, with a description")
    func complete() throws {
        let schema = try #require(try JSONSerialization.jsonObject(with: Data(ConfigurationSchema.render().utf8)) as? [String: Any])
        let properties = try #require(schema["properties"] as? [String: [String: Any]])
        #expect(Set(properties.keys) == Set(ConfigurationLoader.topKeys))
        for (key, value) in properties { #expect((value["description"] as? String)?.isEmpty == false, "\(key) has no description") }
        let rules = try #require(properties["rules"]?["properties"] as? [String: [String: Any]])
        #expect(Set(rules.keys) == Set(RuleRegistry.identifiers))
        for rule in RuleRegistry.all {
            let entry = try #require(rules[rule.description.identifier])
            #expect(entry["default"] as? String == rule.description.defaultSeverity.rawValue)
            let mapping = (entry["anyOf"] as? [[String: Any]])?.last?["properties"] as? [String: [String: Any]] ?? [:]
            #expect(Set(mapping.keys) == Set(["severity"] + rule.description.options.map(\.name)))
        }
        #expect(Set((properties["tags"]?["properties"] as? [String: Any] ?? [:]).keys) == Set(RuleTag.allCases.map(\.rawValue)))
        #expect(Set((properties["headings"]?["properties"] as? [String: Any] ?? [:]).keys) == Set(Section.allCases.map(\.rawValue)))
        #expect(properties["schedule"].map { Set(($0["properties"] as? [String: Any] ?? [:]).keys) } == Set(ConfigurationLoader.scheduleKeys))
    }
}
