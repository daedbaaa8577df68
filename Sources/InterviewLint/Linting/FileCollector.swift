import Foundation

/// Finds the notes to lint and reads them, reporting what cannot be read instead of skipping it.
public enum FileCollector {
    public static let extensions: Set<String> = ["md", "markdown"]
    static let skippedFolders: Set<String> = ["node_modules", ".git", ".build"]

    /// Files under `paths`: folders recursively (`*.md`, `*.markdown`; hidden folders, `.git`,
    /// `.build` and `node_modules` skipped; symbolic links to folders not followed), files as
    /// given. Problems come back as messages naming the path.
    public static func collect(_ paths: [String]) -> (files: [String], errors: [String]) {
        var files: [String] = []
        var errors: [String] = []
        for path in paths {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
                errors.append("\(path): no such file or directory")
                continue
            }
            if isDirectory.boolValue {
                walk(path, into: &files, errors: &errors)
            } else {
                files.append(path)
            }
        }
        return (files, errors)
    }

    private static func walk(_ root: String, into files: inout [String], errors: inout [String]) {
        var pending = [root]
        var found: [String] = []
        while let directory = pending.popLast() {
            let names: [String]
            do {
                names = try FileManager.default.contentsOfDirectory(atPath: directory)
            } catch {
                errors.append("\(directory): cannot list the folder (\(reason(error)))")
                continue
            }
            for name in names {
                let path = directory.hasSuffix("/") ? directory + name : directory + "/" + name
                var info = stat()
                guard lstat(path, &info) == 0 else {
                    errors.append("\(path): \(String(cString: strerror(errno)))")
                    continue
                }
                let type = info.st_mode & S_IFMT
                if type == S_IFDIR {
                    if name.hasPrefix(".") || skippedFolders.contains(name) { continue }
                    pending.append(path)
                } else if extensions.contains((name as NSString).pathExtension.lowercased()) {
                    if type == S_IFLNK {
                        // A link to a note is read; a broken link is reported.
                        var target = stat()
                        if stat(path, &target) != 0 {
                            errors.append("\(path): broken symbolic link")
                            continue
                        }
                        if target.st_mode & S_IFMT == S_IFDIR { continue }
                    }
                    found.append(path)
                }
            }
        }
        files += found.sorted()
    }

    /// The bytes of a file, or a message saying why not.
    public static func read(_ path: String) -> Result<[UInt8], FileError> {
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else { return .failure(FileError(path: path, reason: String(cString: strerror(errno)))) }
        defer { close(descriptor) }
        var info = stat()
        if fstat(descriptor, &info) == 0, info.st_mode & S_IFMT == S_IFDIR {
            return .failure(FileError(path: path, reason: "is a folder, not a note"))
        }
        // Read straight into an array of the file's size (plus one byte to notice growth).
        var capacity = max(Int(info.st_size), 0) + 1
        var bytes: [UInt8] = []
        while true {
            var failed = false
            let chunk = [UInt8](unsafeUninitializedCapacity: capacity) { buffer, count in
                count = 0
                while count < buffer.count {
                    let got = Glibc.read(descriptor, buffer.baseAddress! + count, buffer.count - count)
                    if got < 0 {
                        if errno == EINTR { continue }
                        failed = true
                        return
                    }
                    if got == 0 { return }
                    count += got
                }
            }
            if failed { return .failure(FileError(path: path, reason: String(cString: strerror(errno)))) }
            bytes += chunk
            if chunk.count < capacity { break }
            capacity = max(capacity, 64 * 1024)
        }
        return .success(bytes)
    }

    private static func reason(_ error: Error) -> String {
        let nsError = error as NSError
        if let underlying = nsError.userInfo[NSUnderlyingErrorKey] as? NSError,
           let code = Int32(exactly: underlying.code), underlying.domain == NSPOSIXErrorDomain {
            return String(cString: strerror(code))
        }
        return nsError.localizedDescription
    }
}

public struct FileError: Error, Sendable, CustomStringConvertible {
    public var path: String
    public var reason: String
    public var description: String { "\(path): \(reason)" }
}
