import Foundation
import Testing
@testable import InterviewLint

/// `-o` must never damage what it did not create: a device, a pipe, the configuration the run read,
/// the mode of a report someone made private.
@Suite("Output file", .serialized)
struct OutputFileTests {
    static let note = "---\ndate: 2026-11-16 10:00\n---\n## Interviewers\n- [ ] Bob Smith\n"

    private func type(of url: URL) -> mode_t {
        var info = stat()
        return lstat(url.path, &info) == 0 ? info.st_mode & S_IFMT : 0
    }

    private func mode(of url: URL) -> mode_t {
        var info = stat()
        return stat(url.path, &info) == 0 ? info.st_mode & 0o7777 : 0
    }

    @Test("a FIFO is written in place, never replaced by a regular file")
    func fifo() throws {
        let folder = try TemporaryFolder()
        try folder.write("notes/a.md", Self.note)
        let fifo = folder.url.appendingPathComponent("report.fifo")
        #expect(mkfifo(fifo.path, 0o644) == 0)
        // The reader opens the FIFO before the writer can: open(2) on a FIFO waits for both ends.
        let received = ReceivedText()
        let reader = Thread {
            // Plain read(2) until end of file: Foundation's readers take the FIFO's size (0) as its length.
            let descriptor = open(fifo.path, O_RDONLY)
            var bytes: [UInt8] = []
            var chunk = [UInt8](repeating: 0, count: 4096)
            while descriptor >= 0 {
                let count = read(descriptor, &chunk, chunk.count)
                if count <= 0 { break }
                bytes += chunk[..<count]
            }
            close(descriptor)
            received.text = String(decoding: bytes, as: UTF8.self)
            received.done.signal()
        }
        reader.start()
        let result = try runTool(["notes", "--today", "2026-11-26", "-f", "json", "-o", "report.fifo"], in: folder.url)
        #expect(received.done.wait(timeout: .now() + 20) == .success)
        #expect(result.status == 1, "\(result.stderr)")
        #expect(type(of: fifo) == S_IFIFO)
        #expect(received.text.contains("\"card-collected\""))
    }

    @Test("a character device is written in place (root only: mknod)")
    func characterDevice() throws {
        guard getuid() == 0 else {
            print("skipped: creating a character device needs root")
            return
        }
        let folder = try TemporaryFolder()
        try folder.write("notes/a.md", Self.note)
        let device = folder.url.appendingPathComponent("null")
        // The same device as /dev/null, made in a throwaway folder so a regression damages only it.
        #expect(mknod(device.path, S_IFCHR | 0o666, dev_t((1 << 8) | 3)) == 0)
        let result = try runTool(["notes", "--today", "2026-11-26", "-o", "null"], in: folder.url)
        #expect(result.status == 1, "\(result.stderr)")
        #expect(type(of: device) == S_IFCHR)
    }

    @Test("through a symbolic link the file is replaced and the link kept; a link to a folder is refused")
    func symbolicLinks() throws {
        let folder = try TemporaryFolder()
        try folder.write("notes/a.md", Self.note)
        try folder.write("reports/real.txt", "old\n")
        try FileManager.default.createSymbolicLink(atPath: folder.url.appendingPathComponent("link.txt").path,
                                                   withDestinationPath: "reports/real.txt")
        let result = try runTool(["notes", "--today", "2026-11-26", "-o", "link.txt"], in: folder.url)
        #expect(result.status == 1, "\(result.stderr)")
        #expect(type(of: folder.url.appendingPathComponent("link.txt")) == S_IFLNK)
        let real = try String(contentsOf: folder.url.appendingPathComponent("reports/real.txt"), encoding: .utf8)
        #expect(real.contains("no business card from Bob Smith"))

        try FileManager.default.createSymbolicLink(atPath: folder.url.appendingPathComponent("to-folder").path,
                                                   withDestinationPath: "reports")
        let refused = try runTool(["notes", "--today", "2026-11-26", "-o", "to-folder"], in: folder.url)
        #expect(refused.status == 2)
        #expect(refused.stderr.contains("is a folder"))
        #expect(type(of: folder.url.appendingPathComponent("to-folder")) == S_IFLNK)
    }

    @Test("a file the run read (discovered or given configuration, one it extends, a hard link to a note) is refused",
          arguments: [
              (["notes", "-o", "notes/.interview-lint.yml"], "notes/.interview-lint.yml"),
              (["notes", "--config", "c.yml", "-o", "c.yml"], "c.yml"),
              (["notes", "--config", "d.yml", "-o", "c.yml"], "c.yml"),
              (["notes", "-o", "hard-link.txt"], "notes/a.md"),
              (["agenda", "notes", "-o", "notes/.interview-lint.yml"], "notes/.interview-lint.yml"),
          ])
    func inputsAreNeverOverwritten(_ arguments: [String], _ protected: String) throws {
        let folder = try TemporaryFolder()
        try folder.write("notes/a.md", Self.note)
        try folder.write("notes/.interview-lint.yml", "rules:\n  resume-left: off\n")
        try folder.write("c.yml", "rules:\n  resume-left: off\n")
        try folder.write("d.yml", "extends: c.yml\n")
        #expect(link(folder.url.appendingPathComponent("notes/a.md").path,
                     folder.url.appendingPathComponent("hard-link.txt").path) == 0)
        let file = folder.url.appendingPathComponent(protected)
        let before = try Data(contentsOf: file)
        let result = try runTool(arguments + ["--today", "2026-11-26"], in: folder.url)
        #expect(result.status == 2)
        #expect(result.stderr.contains("this run read that file"))
        #expect(try Data(contentsOf: file) == before)
    }

    @Test("an existing report keeps its mode; a new one gets the usual permissions")
    func modeIsKept() throws {
        let folder = try TemporaryFolder()
        try folder.write("notes/a.md", Self.note)
        let report = try folder.write("private.txt", "old\n")
        #expect(chmod(report.path, 0o600) == 0)
        _ = try runTool(["notes", "--today", "2026-11-26", "-o", "private.txt"], in: folder.url)
        #expect(mode(of: report) == 0o600)
        #expect(try String(contentsOf: report, encoding: .utf8).contains("Bob Smith"))
        _ = try runTool(["notes", "--today", "2026-11-26", "-o", "new.txt"], in: folder.url)
        let mask = umask(0)
        umask(mask)
        #expect(mode(of: folder.url.appendingPathComponent("new.txt")) == 0o666 & ~mask)
    }
}

private final class ReceivedText: @unchecked Sendable {
    var text = ""
    let done = DispatchSemaphore(value: 0)
}
