import Foundation

/// Writes reports without damaging anything: to a file through a temporary file in the same folder
/// and a rename (a failed run never leaves half a report), and to standard output in whole lines.
public enum OutputWriter {
    public struct Refusal: Error, CustomStringConvertible {
        public var description: String
    }

    /// Writes `text` to `path` atomically. Refuses to replace a folder or a Markdown file (a note
    /// given by mistake), or one of `protectedPaths` (the notes being linted).
    public static func writeFile(_ text: String, to path: String, protectedPaths: [String] = []) throws {
        let target = URL(fileURLWithPath: path).standardizedFileURL
        var info = stat()
        if lstat(target.path, &info) == 0 {
            if info.st_mode & S_IFMT == S_IFDIR {
                throw Refusal(description: "\(path): is a folder; name a file for the report")
            }
            let ext = target.pathExtension.lowercased()
            let protected = Set(protectedPaths.map { URL(fileURLWithPath: $0).standardizedFileURL.path })
            if FileCollector.extensions.contains(ext) || protected.contains(target.path) {
                throw Refusal(description: "\(path): refusing to overwrite a note with a report; choose another file name")
            }
        }
        let folder = target.deletingLastPathComponent().path
        var template = Array((folder + "/.interview-lint-report-XXXXXX").utf8CString)
        let descriptor = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard descriptor >= 0 else {
            throw Refusal(description: "\(path): cannot write in \(folder) (\(String(cString: strerror(errno))))")
        }
        let temporary = String(cString: template)
        var ok = writeAll(descriptor, Array(text.utf8)) && fsync(descriptor) == 0
        // Reports are for reading: the usual permissions, not mkstemp's 0600.
        let mask = umask(0)
        umask(mask)
        ok = ok && fchmod(descriptor, 0o666 & ~mask) == 0
        close(descriptor)
        guard ok, rename(temporary, target.path) == 0 else {
            let reason = String(cString: strerror(errno))
            unlink(temporary)
            throw Refusal(description: "\(path): cannot write the report (\(reason))")
        }
    }

    /// Writes to standard output in chunks of whole lines no larger than PIPE_BUF, each with one
    /// write(2), so that several interview-lint processes sharing a pipe (pre-commit runs batches
    /// in parallel) never mix their lines.
    public static func writeStandardOutput(_ text: String) {
        let bytes = Array(text.utf8)
        let limit = Int(PIPE_BUF)
        var start = 0
        while start < bytes.count {
            var end = min(start + limit, bytes.count)
            if end < bytes.count, let newline = bytes[start..<end].lastIndex(of: UInt8(ascii: "\n")) {
                end = newline + 1
            }
            _ = writeAll(STDOUT_FILENO, Array(bytes[start..<end]))
            start = end
        }
    }

    @discardableResult
    private static func writeAll(_ descriptor: Int32, _ bytes: [UInt8]) -> Bool {
        var offset = 0
        while offset < bytes.count {
            let written = bytes[offset...].withUnsafeBytes { Glibc.write(descriptor, $0.baseAddress, $0.count) }
            if written < 0 {
                if errno == EINTR { continue }
                return false
            }
            offset += written
        }
        return true
    }
}
