import Foundation
import Testing
@testable import InterviewLint

/// Reruns of issue 18's reproductions that ended badly.
extension HardeningTests {
    @Test("`dump --format text` shows a note's control characters escaped, as the text report does (issue 18 D17)")
    func dumpTextEscapes() throws {
        let folder = try TemporaryFolder()
        try folder.write("ctl.md", Self.controlNote)
        let result = try runTool(["dump", "--format", "text", "ctl.md"], in: folder.url, timeout: 20)
        #expect(result.status == 0)
        #expect(!Self.hasRawControl(result.stdout), "\(result.stdout)")
        #expect(result.stdout.contains("<U+202E>Smi<U+001B>]0"), "\(result.stdout)")
    }

    @Test("`-o /dev/stdout` gives the report alone on standard output, with no summary over it (issue 18 D1)",
          arguments: [Labelled("lint", ["-f", "json"]), Labelled("agenda", ["agenda", "-f", "json", "--all"])])
    func outputToStandardOutput(_ labelled: Labelled<[String]>) throws {
        let folder = try TemporaryFolder()
        try folder.write("note.md", "---\ncompany: Acme\ndate: 2026-11-16 10:00\n---\n## Interviewers\n- [x] Bob Smith\n")
        let result = try runTool(labelled.value + ["-o", "/dev/stdout", "--no-config"] + Self.today + ["note.md"], in: folder.url, timeout: 20)
        #expect((try? JSONSerialization.jsonObject(with: Data(result.stdout.utf8))) != nil, "\(labelled.name): \(result.stdout)")
        #expect(!result.stdout.contains("written to"), "\(labelled.name)")
    }
}
