import Foundation

/// Files that `new` and `draft` create: never over an existing one. The text goes to a temporary
/// file in the folder first and is linked to the first free name; link(2) fails when the name
/// exists, so the check and the creation are one step.
enum FreshFile {
    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    /// Makes `directory` with its parents when missing, as `git init DIR` does; a file of that name is refused.
    static func prepareFolder(_ directory: String) throws {
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory) {
            guard isDirectory.boolValue else { throw Failure(description: "\(directory): not a folder") }
            return
        }
        do {
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        } catch {
            throw Failure(description: "\(directory): cannot create the folder (\((error as NSError).localizedFailureReason ?? error.localizedDescription))")
        }
    }

    /// Writes `data` under the first of `names` that is free in `directory` and returns its path;
    /// nil when every one is taken.
    static func write(_ data: Data, in directory: String, temporaryPrefix: String, names: [String]) throws -> String? {
        var pattern = Array((directory as NSString).appendingPathComponent(".\(temporaryPrefix)-XXXXXX").utf8CString)
        let descriptor = pattern.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard descriptor >= 0 else {
            throw Failure(description: "\(directory): cannot write here (\(String(cString: strerror(errno))))")
        }
        let temporary = String(cString: pattern)
        defer { unlink(temporary) }
        let first = (directory as NSString).appendingPathComponent(names.first ?? "")
        let handle = FileHandle(fileDescriptor: descriptor, closeOnDealloc: true)
        do {
            try handle.write(contentsOf: data)
            try handle.synchronize()
        } catch {
            throw Failure(description: "\(first): cannot write (\(error.localizedDescription))")
        }
        let mask = umask(0)
        umask(mask)
        fchmod(descriptor, 0o666 & ~mask)
        for name in names {
            let path = (directory as NSString).appendingPathComponent(name)
            if link(temporary, path) == 0 { return path }
            guard errno == EEXIST else {
                throw Failure(description: "\(path): cannot write (\(String(cString: strerror(errno))))")
            }
        }
        return nil
    }
}
