import Foundation
import Testing
@testable import InterviewLint

/// Every output format, byte for byte, on a note whose file name and messages need escaping.
/// Set UPDATE_GOLDEN=1 to rewrite the files after a deliberate change, and review the diff.
@Suite("Reporters", .serialized)
struct ReporterTests {
    static let fixture = "Tests/Fixtures/escaping"
    static let golden = repositoryRoot.appendingPathComponent("Tests/Fixtures/golden")

    @Test("golden output", arguments: Reporters.identifiers)
    func golden(_ format: String) throws {
        let result = try runTool([Self.fixture, "--today", "2026-11-26", "--format", format])
        #expect(result.status == 1)
        let file = Self.golden.appendingPathComponent("escaping.\(format)")
        if ProcessInfo.processInfo.environment["UPDATE_GOLDEN"] == "1" {
            try Data(result.stdout.utf8).write(to: file)
        }
        let expected = try String(contentsOf: file, encoding: .utf8)
        #expect(result.stdout == expected, "run with UPDATE_GOLDEN=1 to accept a deliberate change")
    }

    @Test("GitHub workflow commands escape data and properties as GitHub reads them")
    func githubEscaping() throws {
        #expect(GitHubReporter.escapeData("100% done\r\nnext") == "100%25 done%0D%0Anext")
        #expect(GitHubReporter.escapeProperty("a,b: 100%\n") == "a%2Cb%3A 100%25%0A")
        let result = try runTool([Self.fixture, "--today", "2026-11-26", "--format", "github"])
        let lines = result.stdout.split(separator: "\n").map(String.init)
        let annotations = lines.filter { $0.hasPrefix("::") }
        #expect(annotations.count == 10)
        // Read the commands back the way the runner does, and compare with the JSON report.
        let json = try runTool([Self.fixture, "--today", "2026-11-26", "--format", "json"])
        let document = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let diagnostics = try #require(document["diagnostics"] as? [[String: Any]])
        for (line, diagnostic) in zip(annotations, diagnostics) {
            let command = try #require(line.range(of: "::", options: [], range: line.index(line.startIndex, offsetBy: 2)..<line.endIndex))
            let head = line[line.index(line.startIndex, offsetBy: 2)..<command.lowerBound]
            let message = unescape(String(line[command.upperBound...]))
            let properties = head.split(separator: " ", maxSplits: 1)[1].split(separator: ",").map { pair -> (String, String) in
                let parts = pair.split(separator: "=", maxSplits: 1)
                return (String(parts[0]), unescape(String(parts[1])))
            }
            let values = Dictionary(uniqueKeysWithValues: properties)
            #expect(values["file"] == diagnostic["file"] as? String)
            #expect(values["line"] == "\(diagnostic["line"] as? Int ?? 0)")
            #expect(message == diagnostic["message"] as? String)
        }
        #expect(lines.last == "3 errors, 5 warnings and 2 info in 1 of 1 note.")
    }

    func unescape(_ text: String) -> String {
        text.replacingOccurrences(of: "%0D", with: "\r").replacingOccurrences(of: "%0A", with: "\n")
            .replacingOccurrences(of: "%3A", with: ":").replacingOccurrences(of: "%2C", with: ",")
            .replacingOccurrences(of: "%25", with: "%")
    }

    @Test("SARIF: code-point columns, rules indexed, fingerprints that survive lines moving")
    func sarifFingerprints() throws {
        let note = """
            ---
            date: 2026-11-16 10:00
            ---
            ## Interviewers
            - [ ] Bob Smith — bob@x.example — +1 555 0100
            """
        let folder = try TemporaryFolder()
        try folder.write("note.md", note)
        func sarif() throws -> [[String: Any]] {
            let result = try runTool(["note.md", "--today", "2026-11-16T12:00", "-f", "sarif"], in: folder.url)
            let document = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
            let run = try #require((document["runs"] as? [[String: Any]])?.first)
            #expect(run["columnKind"] as? String == "unicodeCodePoints")
            let rules = try #require(((run["tool"] as? [String: Any])?["driver"] as? [String: Any])?["rules"] as? [[String: Any]])
            let results = try #require(run["results"] as? [[String: Any]])
            for result in results {
                let index = try #require(result["ruleIndex"] as? Int)
                #expect(rules[index]["id"] as? String == result["ruleId"] as? String)
            }
            return results
        }
        let before = try sarif()
        try folder.write("note.md", note.replacingOccurrences(of: "## Interviewers", with: "Some words first.\n\nMore words.\n\n## Interviewers"))
        let after = try sarif()
        #expect(before.count == after.count && !before.isEmpty)
        for (a, b) in zip(before, after) {
            #expect(a["partialFingerprints"] as? [String: String] == b["partialFingerprints"] as? [String: String])
        }
        let fingerprints = before.compactMap { ($0["partialFingerprints"] as? [String: String])?["interviewLint/v1"] }
        #expect(Set(fingerprints).count == fingerprints.count, "each finding has its own fingerprint")
    }

    @Test("rdjson and checkstyle count columns in UTF-8 bytes; text, JSON and SARIF in characters")
    func columns() throws {
        let folder = try TemporaryFolder()
        try folder.write("n.md", "---\ndate: 2026-11-16 10:00\n---\n## Interviewers\n- [x] Zoë Ødegård — z@x.example — +1 555 0100\n## Log\n- 2026-11-16 18:00 — Email thank-you to Zoe Odegard. Recap: A. Reiterated interest.\n")
        let arguments = ["n.md", "--today", "2026-11-26", "--no-config"]
        let text = try runTool(arguments, in: folder.url)
        #expect(text.stdout.contains("n.md:7:41: error: 'Zoe Odegard' is spelled 'Zoë Ødegård' on their card"))
        // The dash before the name is one character but three bytes.
        let checkstyle = try runTool(arguments + ["-f", "checkstyle"], in: folder.url)
        #expect(checkstyle.stdout.contains("<error line=\"7\" column=\"43\" severity=\"error\""))
        let rdjson = try runTool(arguments + ["-f", "rdjson"], in: folder.url)
        let document = try #require(try JSONSerialization.jsonObject(with: Data(rdjson.stdout.utf8)) as? [String: Any])
        let spelling = try #require((document["diagnostics"] as? [[String: Any]])?.first {
            ($0["code"] as? [String: Any])?["value"] as? String == "name-spelling"
        })
        let range = try #require((spelling["location"] as? [String: Any])?["range"] as? [String: [String: Int]])
        #expect(range["start"] == ["line": 7, "column": 43])
        #expect(range["end"] == ["line": 7, "column": 54])
        let sarif = try runTool(arguments + ["-f", "sarif"], in: folder.url)
        #expect(sarif.stdout.contains("\"startColumn\": 41,"))
        #expect(sarif.stdout.contains("\"endColumn\": 52\n"))
    }

    @Test("--output-file writes the report atomically, keeps the summary on the terminal, and never overwrites a note")
    func outputFile() throws {
        let folder = try TemporaryFolder()
        try folder.write("notes/a.md", "---\ndate: 2026-11-16 10:00\n---\n## Interviewers\n- [ ] Bob Smith\n")
        let result = try runTool(["notes", "--today", "2026-11-26", "-f", "sarif", "-o", "report.sarif"], in: folder.url)
        #expect(result.status == 1)
        #expect(result.stdout.hasSuffix("Report written to report.sarif.\n"))
        let report = try String(contentsOf: folder.url.appendingPathComponent("report.sarif"), encoding: .utf8)
        #expect(report.contains("\"version\": \"2.1.0\""))
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder.url.path).filter { $0.hasPrefix(".interview-lint-report") }
        #expect(leftovers.isEmpty)

        let note = folder.url.appendingPathComponent("notes/a.md")
        let before = try Data(contentsOf: note)
        let refused = try runTool(["notes", "--today", "2026-11-26", "-o", "notes/a.md"], in: folder.url)
        #expect(refused.status == 2)
        #expect(refused.stderr.contains("refusing to overwrite a note"))
        #expect(try Data(contentsOf: note) == before)

        let missingFolder = try runTool(["notes", "--today", "2026-11-26", "-o", "no/such/dir/r.txt"], in: folder.url)
        #expect(missingFolder.status == 2)
        #expect(missingFolder.stderr.contains("cannot write"))
    }

    @Test("--quiet reports errors only, and keeps the exit code")
    func quiet() throws {
        let result = try runTool(["Examples/harbor-books-cards.md", "--today", "2026-11-26", "--quiet"])
        #expect(result.status == 1)
        let findings = result.stdout.split(separator: "\n").dropLast()
        #expect(findings.count == 1)
        #expect(findings.allSatisfy { $0.contains(": error: ") })
    }

    @Test("JUnit: a suite per note, a case per rule that ran, a failure per finding")
    func junit() throws {
        let result = try runTool(["Examples/acme-robotics-model.md", "Examples/harbor-books-cards.md", "--today", "2026-11-26", "-f", "junit"])
        let xml = result.stdout
        #expect(xml.components(separatedBy: "<testsuite ").count - 1 == 2)
        #expect(xml.components(separatedBy: "<testcase ").count - 1 == 2 * RuleRegistry.all.count)
        #expect(xml.components(separatedBy: "<failure ").count - 1 == 4)
        #expect(xml.contains("<testsuite name=\"Examples/acme-robotics-model.md\" tests=\"\(RuleRegistry.all.count)\" failures=\"0\""))
    }
}
