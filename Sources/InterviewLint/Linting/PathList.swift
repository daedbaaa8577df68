import Foundation

/// The files of a run, kept compactly until each is read: every folder's path once, and every file
/// name as bytes in one shared buffer: a `String` a path costs about 100 bytes with its allocation
/// (5 MB for 50,000 notes), this about 30.
/// The run needs the whole list before it starts, because the output is in path order.
struct PathList: Sendable {
    private struct Entry {
        /// Where the name starts in `bytes`.
        var start: Int
        /// Index in `prefixes`; `wholePath` when `bytes` holds the whole path, `standardInput`
        /// for the name given to standard input.
        var folder: Int32
        var length: Int32
    }

    private static let wholePath: Int32 = -1
    private static let standardInput: Int32 = -2

    /// Folder paths, each with a trailing "/".
    private var prefixes: [[UInt8]] = []
    private var bytes: [UInt8] = []
    private var entries: [Entry] = []

    var count: Int { entries.count }

    /// The path at `index`, and whether it stands for standard input.
    subscript(index: Int) -> (path: String, isStandardInput: Bool) {
        let entry = entries[index]
        let name = bytes[entry.start..<(entry.start + Int(entry.length))]
        guard entry.folder >= 0 else {
            return (String(decoding: name, as: UTF8.self), entry.folder == Self.standardInput)
        }
        return (String(decoding: prefixes[Int(entry.folder)] + name, as: UTF8.self), false)
    }

    /// Registers a folder whose files are then added by name; returns its number.
    mutating func addFolder(_ path: String) -> Int32 {
        var prefix = Array(path.utf8)
        if prefix.last != UInt8(ascii: "/") { prefix.append(UInt8(ascii: "/")) }
        prefixes.append(prefix)
        return Int32(prefixes.count - 1)
    }

    /// Adds the file `name` (UTF-8) in folder number `folder`.
    mutating func append<Name: Collection<UInt8>>(name: Name, inFolder folder: Int32) {
        add(name, folder: folder)
    }

    /// Adds a path as given (a file named on the command line), or the name of standard input.
    mutating func append(path: String, isStandardInput: Bool = false) {
        add(path.utf8, folder: isStandardInput ? Self.standardInput : Self.wholePath)
    }

    private mutating func add<Name: Collection<UInt8>>(_ name: Name, folder: Int32) {
        let start = bytes.count
        bytes.append(contentsOf: name)
        // A name cannot be longer than a path may be (4,096 bytes on Linux), far below Int32.max.
        entries.append(Entry(start: start, folder: folder, length: Int32(clamping: bytes.count - start)))
    }

    /// Sorts by path, byte by byte (UTF-8 order, as git sorts paths).
    mutating func sort() {
        let prefixes = self.prefixes
        bytes.withUnsafeBufferPointer { bytes in
            func name(_ entry: Entry) -> UnsafeBufferPointer<UInt8> {
                UnsafeBufferPointer(rebasing: bytes[entry.start..<(entry.start + Int(entry.length))])
            }
            func prefix(_ entry: Entry) -> [UInt8] {
                entry.folder >= 0 ? prefixes[Int(entry.folder)] : []
            }
            entries.sort { a, b in
                if a.folder == b.folder && a.folder >= 0 { return Self.less(name(a), name(b)) }
                return Self.less(prefix(a), name(a), prefix(b), name(b))
            }
        }
    }

    private static func less(_ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>) -> Bool {
        let common = min(a.count, b.count)
        if common > 0 {
            let order = memcmp(a.baseAddress!, b.baseAddress!, common)
            if order != 0 { return order < 0 }
        }
        return a.count < b.count
    }

    /// Compares `aHead + aTail` with `bHead + bTail` without joining them.
    private static func less(_ aHead: [UInt8], _ aTail: UnsafeBufferPointer<UInt8>,
                             _ bHead: [UInt8], _ bTail: UnsafeBufferPointer<UInt8>) -> Bool {
        let aCount = aHead.count + aTail.count, bCount = bHead.count + bTail.count
        var index = 0
        while index < aCount && index < bCount {
            let x = index < aHead.count ? aHead[index] : aTail[index - aHead.count]
            let y = index < bHead.count ? bHead[index] : bTail[index - bHead.count]
            if x != y { return x < y }
            index += 1
        }
        return aCount < bCount
    }
}
