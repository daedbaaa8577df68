import Foundation

/// Finds the notes to lint and reads them, reporting what cannot be read instead of skipping it.
public enum FileCollector {
    public static let extensions: Set<String> = ["md", "markdown"]
    static let skippedFolders: Set<String> = ["node_modules", ".git", ".build"]

    /// Files under `paths`: folders recursively (`*.md`, `*.markdown`; hidden folders, `.git`,
    /// `.build` and `node_modules` skipped; symbolic links to folders not followed), files as
    /// given, in no particular order. Problems come back as messages naming the path.
    static func collect(_ paths: [String]) -> (files: PathList, errors: [String]) {
        var files = PathList()
        var errors: [String] = []
        for path in paths {
            var info = stat()
            guard stat(path, &info) == 0 else {
                // A symbolic link loop or a dangling link says so; a missing path says that.
                errors.append("\(path): \(String(cString: strerror(errno)).lowercased())")
                continue
            }
            if info.st_mode & S_IFMT == S_IFDIR {
                walk(path, into: &files, errors: &errors)
            } else {
                files.append(path: path)
            }
        }
        return (files, errors)
    }

    /// Whether a file name's extension, as Foundation's `pathExtension` finds it, is one of
    /// `extensions` in any case; worked out on the bytes (`pathExtension` is costly for every
    /// file of a run). No extension when the last dot starts the name (`.md`), as there;
    /// RobustnessTests compares the two on awkward names.
    static func hasNoteExtension(_ name: [UInt8]) -> Bool {
        guard let dot = name.lastIndex(of: UInt8(ascii: ".")), dot > 0 else { return false }
        let suffix = name[(dot + 1)...]
        guard suffix.allSatisfy({ $0 < 0x80 }) else {
            return extensions.contains(String(decoding: suffix, as: UTF8.self).lowercased())
        }
        // ASCII: lowercase the letters and compare.
        func matches(_ target: String) -> Bool {
            suffix.count == target.utf8.count
                && zip(suffix, target.utf8).allSatisfy { ($0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0) == $1 }
        }
        return extensions.contains(where: matches)
    }

    private static func walk(_ root: String, into files: inout PathList, errors: inout [String]) {
        var pending = [root]
        while let directory = pending.popLast() {
            var folder: Int32?
            guard let stream = opendir(directory) else {
                errors.append("\(directory): cannot list the folder (\(String(cString: strerror(errno)).lowercased()))")
                continue
            }
            defer { closedir(stream) }
            while let entry = readdir(stream) {
                // The name is NUL-terminated inside a fixed-size field: read up to the NUL only.
                let rawName = withUnsafePointer(to: entry.pointee.d_name) { field in
                    field.withMemoryRebound(to: UInt8.self, capacity: MemoryLayout.size(ofValue: field.pointee)) { bytes in
                        Array(UnsafeBufferPointer(start: bytes, count: strlen(UnsafeRawPointer(bytes).assumingMemoryBound(to: CChar.self))))
                    }
                }
                guard rawName != [UInt8(ascii: ".")], rawName != [UInt8(ascii: "."), UInt8(ascii: ".")] else { continue }
                guard let name = String(validating: rawName, as: UTF8.self) else {
                    // Such a name cannot be passed on intact; say so rather than fail on it later.
                    let shown = String(decoding: rawName, as: UTF8.self)
                    if shown.lowercased().hasSuffix(".md") || shown.lowercased().hasSuffix(".markdown") {
                        errors.append("\(directory)/\(shown): the file name is not valid UTF-8; rename the file to have it checked")
                    }
                    continue
                }
                // The entry's type as the folder listing gives it (no lstat for each entry, which was
                // a system call for every file); only a file system that does not say gets asked.
                let listedType = entry.pointee.d_type
                if listedType == UInt8(DT_REG), !hasNoteExtension(rawName) { continue }
                let path = directory.hasSuffix("/") ? directory + name : directory + "/" + name
                var type: mode_t
                switch listedType {
                case UInt8(DT_REG): type = S_IFREG
                case UInt8(DT_DIR): type = S_IFDIR
                case UInt8(DT_LNK): type = S_IFLNK
                default:
                    var info = stat()
                    guard lstat(path, &info) == 0 else {
                        // Deleted since the folder was listed, for example.
                        errors.append("\(path): \(String(cString: strerror(errno)).lowercased())")
                        continue
                    }
                    type = info.st_mode & S_IFMT
                }
                if type == S_IFDIR {
                    if name.hasPrefix(".") || skippedFolders.contains(name) { continue }
                    pending.append(path)
                } else if hasNoteExtension(rawName) {
                    if type == S_IFLNK {
                        // A link to a note is read; a broken link is reported.
                        var target = stat()
                        if stat(path, &target) != 0 {
                            let reason = errno == ENOENT ? "broken symbolic link" : String(cString: strerror(errno)).lowercased()
                            errors.append("\(path): \(reason)")
                            continue
                        }
                        if target.st_mode & S_IFMT == S_IFDIR { continue }
                    }
                    if folder == nil { folder = files.addFolder(directory) }
                    files.append(name: rawName, inFolder: folder!)
                }
            }
        }
    }

    /// The most a note (a file or standard input) may hold, in megabytes (MiB): `--max-note-size`.
    /// Notes are a few kilobytes; 128 MB is beyond any, and keeps what one note can take bounded
    /// (reading a note takes many times its size in memory).
    public static let defaultMaximumMegabytes = 128
    public static let maximumMegabytesRange = 1...4_096

    /// The bytes of a file, or a message saying why not. A file over `limit` bytes is not read;
    /// `kind` names what the file should be in the messages. `devices`: a character device
    /// (`/dev/null`) is read too, within the limit.
    public static func read(_ path: String, limit: Int = defaultMaximumMegabytes << 20,
                            kind: String = "note", devices: Bool = false) -> Result<[UInt8], FileError> {
        // Non-blocking, so that a FIFO or a device named like a note cannot hang the run.
        let descriptor = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard descriptor >= 0 else {
            return .failure(FileError(path: path, reason: String(cString: strerror(errno)).lowercased()))
        }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0 else {
            return .failure(FileError(path: path, reason: String(cString: strerror(errno)).lowercased()))
        }
        switch info.st_mode & S_IFMT {
        case S_IFREG: break
        case S_IFCHR where devices: break
        case S_IFDIR: return .failure(FileError(path: path, reason: "is a folder, not a \(kind)"))
        default: return .failure(FileError(path: path, reason: "is not a regular file (a pipe, socket or device)"))
        }
        let size = info.st_mode & S_IFMT == S_IFREG ? max(Int(info.st_size), 0) : 0
        return readAll(descriptor, size: size, limit: limit, kind: kind, name: path)
    }

    /// Standard input, whatever it is (a pipe, a terminal, a file, /dev/zero), up to `limit` bytes:
    /// more is refused as a file that size is, after reading no more than one byte past it.
    public static func readStandardInput(name: String, limit: Int = defaultMaximumMegabytes << 20) -> Result<[UInt8], FileError> {
        var info = stat()
        let size = fstat(STDIN_FILENO, &info) == 0 && info.st_mode & S_IFMT == S_IFREG ? max(Int(info.st_size), 0) : 0
        return readAll(STDIN_FILENO, size: size, limit: limit, kind: "note", name: name)
    }

    static func tooLarge(_ name: String, limit: Int, kind: String) -> FileError {
        let megabytes = limit >> 20
        let shown = megabytes << 20 == limit ? "\(megabytes) MB" : "\(limit) bytes"
        let raise = kind == "note" ? "; --max-note-size raises it" : ""
        return FileError(path: name, reason: "larger than the \(shown) limit for a \(kind)\(raise)")
    }

    /// Reads `descriptor` to its end. `size`: what fstat says a regular file holds (0 otherwise).
    private static func readAll(_ descriptor: Int32, size: Int, limit: Int, kind: String,
                                name: String) -> Result<[UInt8], FileError> {
        if size > limit { return .failure(tooLarge(name, limit: limit, kind: kind)) }
        // Read straight into an array of the file's size (plus one byte to notice growth).
        var capacity = size + 1
        var bytes: [UInt8] = []
        while true {
            var failed = false
            // Only the first read of a file with a size is trusted to end it (files in /proc
            // say 0 and come in pieces).
            let trusted = bytes.isEmpty && size > 0
            // Never more than one byte past the limit: enough to know it was passed.
            let room = min(capacity, limit + 1 - bytes.count)
            let chunk = [UInt8](unsafeUninitializedCapacity: room) { buffer, count in
                count = 0
                while count < buffer.count {
                    let got = Glibc.read(descriptor, buffer.baseAddress! + count, buffer.count - count)
                    if got < 0 {
                        if errno == EINTR { continue }
                        if errno == EAGAIN {
                            // Standard input inherited in non-blocking mode: wait for it.
                            var wait = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
                            _ = poll(&wait, 1, -1)
                            continue
                        }
                        failed = true
                        return
                    }
                    if got == 0 { return }
                    count += got
                    // A regular file that gave all the bytes fstat counted, in a read short of
                    // what was asked for, is at its end: no second read to be told so.
                    if trusted, count >= size, count < buffer.count { return }
                }
            }
            if failed { return .failure(FileError(path: name, reason: String(cString: strerror(errno)))) }
            // The first chunk is the array (appending it to an empty one copied it).
            if bytes.isEmpty { bytes = chunk } else { bytes += chunk }
            if bytes.count > limit { return .failure(tooLarge(name, limit: limit, kind: kind)) }
            if chunk.count < room { break }
            capacity = max(capacity, 64 * 1024)
        }
        return .success(bytes)
    }

}

public struct FileError: Error, Sendable, CustomStringConvertible {
    public var path: String
    public var reason: String
    public var description: String { "\(path): \(reason)" }
}
