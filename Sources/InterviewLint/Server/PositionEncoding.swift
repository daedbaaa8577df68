import Glibc

/// How a position's `character` counts: the client and server agree on one at `initialize`
/// (`general.positionEncodings`); UTF-16 code units when the client names none.
public enum PositionEncoding: String, Sendable, CaseIterable {
    case utf8 = "utf-8"
    case utf16 = "utf-16"
    case utf32 = "utf-32"

    /// The units one scalar takes, from its UTF-8 lead byte.
    @inline(__always) func units(lead: UInt8, bytes: Int) -> Int {
        switch self {
        case .utf8: return bytes
        case .utf16: return bytes == 4 ? 2 : 1
        case .utf32: return 1
        }
    }

    /// The encoding to use: the first of the client's (in its order of preference) this server
    /// knows, else UTF-16 as the protocol says.
    static func negotiate(_ offered: [String]?) -> PositionEncoding {
        for name in offered ?? [] {
            if let encoding = PositionEncoding(rawValue: name.lowercased()) { return encoding }
        }
        return .utf16
    }
}

/// An editor buffer's text as UTF-8 with where each line starts, to move between the linter's
/// positions (1-based lines, columns in Unicode scalars) and the protocol's (0-based lines,
/// columns in the negotiated units). Lines end at LF, CRLF or a lone CR, as for the linter and
/// the protocol alike.
struct LineIndex: Sendable {
    let bytes: [UInt8]
    /// Byte offset of each line's start.
    private(set) var starts: [Int] = [0]
    /// Scalars at the start of the text the linter drops before reading (byte order marks,
    /// zero-width spaces): its columns on line 1 start after them, the editor's do not.
    private(set) var invisiblePrefix = 0

    init(_ bytes: [UInt8]) {
        self.bytes = bytes
        // Made again after every edit: memchr finds the line feeds, and only text with a carriage
        // return is walked byte by byte.
        var starts = [0]
        bytes.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress, !buffer.isEmpty else { return }
            if memchr(base, 0x0D, buffer.count) == nil {
                var offset = 0
                while offset < buffer.count, let found = memchr(base + offset, 0x0A, buffer.count - offset) {
                    offset = base.distance(to: found.assumingMemoryBound(to: UInt8.self)) + 1
                    starts.append(offset)
                }
                return
            }
            var index = 0
            while index < buffer.count {
                let byte = buffer[index]
                if byte == 0x0A {
                    starts.append(index + 1)
                } else if byte == 0x0D {
                    if index + 1 < buffer.count, buffer[index + 1] == 0x0A { index += 1 }
                    starts.append(index + 1)
                }
                index += 1
            }
        }
        self.starts = starts
        var offset = 0
        while offset + 3 <= bytes.count {
            let (a, b, c) = (bytes[offset], bytes[offset + 1], bytes[offset + 2])
            guard (a, b, c) == (0xEF, 0xBB, 0xBF) || (a, b, c) == (0xE2, 0x80, 0x8B) || (a, b, c) == (0xE2, 0x81, 0xA0) else { break }
            offset += 3
            invisiblePrefix += 1
        }
    }

    var lineCount: Int { starts.count }

    /// Where line `index` (0-based) ends, before its line break.
    func lineEnd(_ index: Int) -> Int {
        guard index + 1 < starts.count else { return bytes.count }
        var end = starts[index + 1]
        if end > 0, bytes[end - 1] == 0x0A { end -= 1 }
        if end > starts[index], bytes[end - 1] == 0x0D { end -= 1 }
        return end
    }

    @inline(__always) private static func scalarLength(_ lead: UInt8) -> Int {
        lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
    }

    /// The protocol position of the linter's `position` (past the end of a line: its end).
    func position(of position: SourcePosition, in encoding: PositionEncoding) -> LSPPosition {
        guard position.line >= 1 else { return LSPPosition(line: 0, character: 0) }
        guard position.line <= lineCount else {
            let last = lineCount - 1
            return LSPPosition(line: last, character: units(line: last, upTo: lineEnd(last), encoding))
        }
        let line = position.line - 1
        var scalars = max(position.column - 1, 0) + (line == 0 ? invisiblePrefix : 0)
        var offset = starts[line]
        let end = lineEnd(line)
        var character = 0
        while scalars > 0, offset < end {
            let length = Self.scalarLength(bytes[offset])
            character += encoding.units(lead: bytes[offset], bytes: length)
            offset += length
            scalars -= 1
        }
        return LSPPosition(line: line, character: character)
    }

    func range(of range: SourceRange, in encoding: PositionEncoding) -> LSPRange {
        let start = position(of: range.start, in: encoding)
        let end = position(of: range.end, in: encoding)
        return LSPRange(start: start, end: max(start, end))
    }

    /// The byte offset of a protocol position. A character past the line's end means its end, a
    /// line past the last means the end of the text (as the protocol asks); a character inside a
    /// scalar (half a surrogate pair) means the start of that scalar.
    func offset(of position: LSPPosition, in encoding: PositionEncoding) -> Int {
        guard position.line >= 0 else { return 0 }
        guard position.line < lineCount else { return bytes.count }
        var offset = starts[position.line]
        let end = lineEnd(position.line)
        var character = 0
        while offset < end {
            let length = Self.scalarLength(bytes[offset])
            let next = character + encoding.units(lead: bytes[offset], bytes: length)
            if next > position.character { break }
            character = next
            offset += length
        }
        return offset
    }

    /// The linter's position (1-based line, scalar column) of a protocol position.
    func sourcePosition(of position: LSPPosition, in encoding: PositionEncoding) -> SourcePosition {
        let line = min(max(position.line, 0), lineCount - 1)
        let offset = self.offset(of: LSPPosition(line: line, character: max(position.character, 0)), in: encoding)
        var scalars = 0
        var index = starts[line]
        while index < offset {
            index += Self.scalarLength(bytes[index])
            scalars += 1
        }
        if line == 0 { scalars = max(scalars - invisiblePrefix, 0) }
        return SourcePosition(line: line + 1, column: scalars + 1)
    }

    /// Units from the start of line `line` to byte `offset`.
    private func units(line: Int, upTo offset: Int, _ encoding: PositionEncoding) -> Int {
        var index = starts[line]
        var count = 0
        while index < offset {
            let length = Self.scalarLength(bytes[index])
            count += encoding.units(lead: bytes[index], bytes: length)
            index += length
        }
        return count
    }

    /// The text of line `index` (0-based), without its line break.
    func line(_ index: Int) -> String {
        guard index >= 0, index < lineCount else { return "" }
        return String(decoding: bytes[starts[index]..<lineEnd(index)], as: UTF8.self)
    }

    /// The position just past the last character of the text.
    func endPosition(in encoding: PositionEncoding) -> LSPPosition {
        let last = lineCount - 1
        return LSPPosition(line: last, character: units(line: last, upTo: lineEnd(last), encoding))
    }
}
