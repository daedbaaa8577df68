import Foundation

/// Writes reports without damaging anything: to a file through a temporary file in the same folder
/// and a rename (a failed run never leaves half a report), and to standard output in whole lines.
public enum OutputWriter {
    public struct Refusal: Error, CustomStringConvertible {
        public var description: String
    }

    /// Writes `text` to `path`. A regular file (or a new name) is replaced atomically, keeping the
    /// existing file's mode and owner, and through a symbolic link the file it points at is
    /// replaced, not the link. A character device or FIFO (`/dev/null`, a named pipe), and anything
    /// under `/dev` or `/proc` (`/dev/stdout`), is written in place: renaming over one would replace
    /// the system's device with a plain file. Refuses a folder, a block device, a socket, a
    /// Markdown file (a note given by mistake), and any file the run read (`inputs`: its notes,
    /// configuration files and templates, compared by identity so a hard link or another spelling
    /// of the path is caught too).
    public static func writeFile(_ text: String, to path: String, inputs: [String] = []) throws {
        let target = URL(fileURLWithPath: path).standardizedFileURL
        var info = stat()
        let exists = stat(target.path, &info) == 0
        if exists {
            switch info.st_mode & S_IFMT {
            case S_IFDIR:
                throw Refusal(description: "\(path): is a folder; name a file for the report")
            case S_IFBLK, S_IFSOCK:
                throw Refusal(description: "\(path): is a block device or socket, not a file for a report; name a file")
            default:
                break
            }
            let real = URL(fileURLWithPath: target.path).resolvingSymlinksInPath()
            if FileCollector.extensions.contains(real.pathExtension.lowercased()) {
                throw Refusal(description: "\(path): refusing to overwrite a note with a report; choose another file name")
            }
            if inputs.contains(where: { sameFile($0, info) }) {
                throw Refusal(description: "\(path): this run read that file (a note, configuration or template); refusing to overwrite it with a report")
            }
        }
        let kind = info.st_mode & S_IFMT
        if exists && (kind == S_IFCHR || kind == S_IFIFO || isSystemPath(target.path)) {
            return try writeInPlace(text, to: path)
        }
        let resolved = exists ? URL(fileURLWithPath: target.path).resolvingSymlinksInPath() : target
        try replaceAtomically(text, at: resolved.path, named: path, existing: exists ? info : nil)
    }

    /// Whether `path` is the file standard output writes to (`-o /dev/stdout`, or the file that
    /// standard output was sent to): then the report is already on standard output.
    public static func isStandardOutput(_ path: String) -> Bool {
        var output = stat()
        return fstat(STDOUT_FILENO, &output) == 0 && sameFile(path, output)
    }

    private static func isSystemPath(_ path: String) -> Bool {
        path.hasPrefix("/dev/") || path.hasPrefix("/proc/")
    }

    private static func sameFile(_ path: String, _ target: stat) -> Bool {
        var info = stat()
        return stat(path, &info) == 0 && info.st_dev == target.st_dev && info.st_ino == target.st_ino
    }

    private static func writeInPlace(_ text: String, to path: String) throws {
        // No O_CREAT: this path names something that exists and is not ours to create.
        let descriptor = open(path, O_WRONLY | O_NOCTTY | O_TRUNC | O_CLOEXEC)
        guard descriptor >= 0 else {
            throw Refusal(description: "\(path): cannot write the report (\(String(cString: strerror(errno))))")
        }
        let ok = writeAll(descriptor, Array(text.utf8))
        let reason = String(cString: strerror(errno))
        guard close(descriptor) == 0 && ok else {
            throw Refusal(description: "\(path): cannot write the report (\(reason))")
        }
    }

    private static func replaceAtomically(_ text: String, at real: String, named path: String, existing: stat?) throws {
        let folder = (real as NSString).deletingLastPathComponent
        var template = Array((folder + "/.interview-lint-report-XXXXXX").utf8CString)
        let descriptor = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard descriptor >= 0 else {
            throw Refusal(description: "\(path): cannot write in \(folder) (\(String(cString: strerror(errno))))")
        }
        let temporary = String(cString: template)
        var ok = writeAll(descriptor, Array(text.utf8)) && fsync(descriptor) == 0
        if let existing {
            // A report someone made private stays private; the owner is kept where we may set it.
            ok = ok && fchmod(descriptor, existing.st_mode & 0o7777) == 0
            _ = fchown(descriptor, existing.st_uid, existing.st_gid)
        } else {
            // New reports are for reading: the usual permissions, not mkstemp's 0600.
            let mask = umask(0)
            umask(mask)
            ok = ok && fchmod(descriptor, 0o666 & ~mask) == 0
        }
        close(descriptor)
        guard ok, rename(temporary, real) == 0 else {
            let reason = String(cString: strerror(errno))
            unlink(temporary)
            throw Refusal(description: "\(path): cannot write the report (\(reason))")
        }
    }

    /// Writes to standard output in chunks of whole lines no larger than PIPE_BUF, each with one
    /// write(2), so that several interview-lint processes sharing a pipe (pre-commit runs batches
    /// in parallel) never mix their lines. After a failed write nothing more is written; the
    /// failure is kept for `finishStandardOutput`.
    public static func writeStandardOutput(_ text: String) {
        standardOutput.lock.lock()
        defer { standardOutput.lock.unlock() }
        guard standardOutput.failure == 0 else { return }
        let bytes = Array(text.utf8)
        let limit = Int(PIPE_BUF)
        var start = 0
        while start < bytes.count {
            var end = min(start + limit, bytes.count)
            if end < bytes.count, let newline = bytes[start..<end].lastIndex(of: UInt8(ascii: "\n")) {
                end = newline + 1
            }
            guard writeAll(STDOUT_FILENO, Array(bytes[start..<end])) else {
                standardOutput.failure = errno
                return
            }
            start = end
        }
    }

    /// The exit status once standard output is flushed and closed: `code` when everything
    /// written reached it, else 2 after a message on stderr (a full disk, `> /dev/full`). A reader
    /// that went away (`| head -1`) normally ends the process with SIGPIPE before this; where
    /// SIGPIPE is ignored it ends here with 141, the status the shell shows for SIGPIPE, quietly.
    public static func finishStandardOutput(_ code: Int32) -> Int32 {
        standardOutput.lock.lock()
        defer { standardOutput.lock.unlock() }
        var failure = standardOutput.failure
        // Whatever went through the C library's buffer (print) goes out now, to be checked too.
        if failure == 0, fflush(stdout) != 0 || ferror(stdout) != 0 { failure = errno == 0 ? EIO : errno }
        // A file system may report a write's failure only when the file is closed.
        if failure == 0, close(STDOUT_FILENO) != 0, errno != EBADF, errno != EINTR { failure = errno }
        standardOutput.failure = failure
        if failure == 0 { return code }
        if failure == EPIPE { return 141 }
        let message = "interview-lint: cannot write to standard output (\(String(cString: strerror(failure)).lowercased()))\n"
        _ = writeAll(STDERR_FILENO, Array(message.utf8))
        return 2
    }

    private final class StandardOutputState: @unchecked Sendable {
        let lock = NSLock()
        /// The errno of the first failed write, 0 while none has failed.
        var failure: Int32 = 0
    }

    private static let standardOutput = StandardOutputState()

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
