import Glibc

/// A note's text as lines, exactly as the parser saw it.
///
/// Bytes are decoded as UTF-8 (invalid sequences and NUL become U+FFFD, as CommonMark asks), a
/// leading byte order mark is dropped, and lines end at LF, CRLF or a lone CR, so line numbers
/// agree with cmark's whatever the file's line endings.
///
/// The text is kept as its UTF-8 bytes, checked once (eight bytes at a time while they are
/// ASCII); a line becomes a `String` only when asked for: a `String` of the whole note would
/// validate it again, and most lines are never read as text.
public struct SourceText: Sendable {
    /// The normalised text handed to cmark, as UTF-8 (valid, without NUL).
    public let bytes: [UInt8]
    /// The lines, without their line endings (each made when asked for: most are never read).
    public var lines: Lines { Lines(bytes: bytes, spans: spans) }
    /// Whether the bytes were not valid UTF-8 or held NUL characters.
    public let hadInvalidBytes: Bool
    /// Whether any line ends in CR or CRLF (rather than LF).
    public let hasCarriageReturns: Bool
    /// Whether `&nbsp;` or `<br>` were written as spaces and separators (`withMarkupSpaces`):
    /// columns after one on its line are then the text's, not the file's.
    public private(set) var replacedMarkup = false

    /// Where each line is in `bytes`, and whether it is plain ASCII (its columns are then its
    /// byte offsets).
    struct LineSpan {
        var start: Int
        var end: Int
        var ascii: Bool
        var byteCount: Int { end - start }
    }
    private let spans: [LineSpan]

    /// The lines of a note.
    public struct Lines: RandomAccessCollection, Sendable {
        let bytes: [UInt8]
        let spans: [LineSpan]

        public var startIndex: Int { 0 }
        public var endIndex: Int { spans.count }

        public subscript(position: Int) -> Substring {
            let span = spans[position]
            return bytes.withUnsafeBufferPointer { Substring(String(decoding: UnsafeBufferPointer(rebasing: $0[span.start..<span.end]), as: UTF8.self)) }
        }
    }

    public init(bytes: [UInt8]) {
        var start = 0
        // Byte-order marks, zero-width spaces and word joiners before the first character (an
        // editor that added a BOM twice, a paste from the web) are invisible: all of them go, so
        // front matter is still found on line 1.
        while start + 3 <= bytes.count {
            let (a, b, c) = (bytes[start], bytes[start + 1], bytes[start + 2])
            guard (a, b, c) == (0xEF, 0xBB, 0xBF) || (a, b, c) == (0xE2, 0x80, 0x8B) || (a, b, c) == (0xE2, 0x81, 0xA0) else { break }
            start += 3
        }
        let clean = bytes.withUnsafeBufferPointer { Self.isCleanUTF8(UnsafeBufferPointer(rebasing: $0[start...])) }
        if clean {
            if let blocks = Self.withHTMLBlockLines(bytes, from: start) {
                self.init(normalized: Self.withMarkupSpaces(blocks, from: 0) ?? blocks, hadInvalidBytes: false)
                replacedMarkup = true
                return
            }
            if let spaced = Self.withMarkupSpaces(bytes, from: start) {
                self.init(normalized: spaced, hadInvalidBytes: false)
                replacedMarkup = true
                return
            }
            self.init(normalized: start == 0 ? bytes : Array(bytes[start...]), hadInvalidBytes: false)
            return
        }
        // Invalid sequences become U+FFFD (the standard library's repair), and so does NUL.
        var decoded = bytes.withUnsafeBufferPointer { buffer in
            String(decoding: UnsafeBufferPointer(rebasing: buffer[start...]), as: UTF8.self)
        }
        let hasNUL = bytes[start...].contains(0)
        let invalid = decoded.utf8.count != bytes.count - start || hasNUL
        if hasNUL { decoded = decoded.replacingNUL() }
        self.init(normalized: Array(decoded.utf8), hadInvalidBytes: invalid)
    }

    public init(_ string: String) {
        self.init(bytes: Array(string.utf8))
    }

    /// The bytes from `start` with what HTML exports (Evernote, OneNote, web clippers) leave in
    /// the text read as it shows: `&nbsp;` (and `&#160;`) as a space, `<br>` as a separator
    /// (` — `), so that "Jane&nbsp;Doe" is a name and "EM<br>jane@…" two fields. Nil when there
    /// are none: memchr finds each `&` and `<`, rare in notes.
    static func withMarkupSpaces(_ bytes: [UInt8], from start: Int) -> [UInt8]? {
        bytes.withUnsafeBufferPointer { buffer -> [UInt8]? in
            guard let base = buffer.baseAddress, buffer.count - start >= 4 else { return nil }
            func matches(_ word: StaticString, at index: Int) -> Bool {
                let count = word.utf8CodeUnitCount
                guard index + count <= buffer.count else { return false }
                for offset in 0..<count where buffer[index + offset] | (buffer[index + offset] >= 0x41 ? 0x20 : 0) != word.utf8Start[offset] {
                    return false
                }
                return true
            }
            // The length of a mark at `index`, and what it reads as.
            func mark(at index: Int) -> (Int, StaticString)? {
                if buffer[index] == UInt8(ascii: "&") {
                    if matches("&nbsp;", at: index) { return (6, " ") }
                    if matches("&#160;", at: index) { return (6, " ") }
                    return nil
                }
                for written: StaticString in ["<br>", "<br/>", "<br />"] where matches(written, at: index) {
                    return (written.utf8CodeUnitCount, " \u{2014} ")
                }
                return nil
            }
            var result: [UInt8]?
            for target in [UInt8(ascii: "&"), UInt8(ascii: "<")] {
                var offset = start
                while offset < buffer.count, let found = memchr(base + offset, Int32(target), buffer.count - offset) {
                    let index = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
                    offset = index + 1
                    guard mark(at: index) != nil else { continue }
                    // Found one: rewrite the whole text in one pass, both marks at once.
                    var out: [UInt8] = []
                    out.reserveCapacity(buffer.count - start)
                    var position = start
                    while position < buffer.count {
                        let byte = buffer[position]
                        if byte == UInt8(ascii: "&") || byte == UInt8(ascii: "<"), let (length, replacement) = mark(at: position) {
                            out.append(contentsOf: UnsafeBufferPointer(start: replacement.utf8Start, count: replacement.utf8CodeUnitCount))
                            position += length
                        } else {
                            out.append(byte)
                            position += 1
                        }
                    }
                    result = out
                    break
                }
                if result != nil { break }
            }
            return result
        }
    }

    /// An HTML export's lines read as the Markdown they show: on a line that opens with a block tag
    /// (`<div>`, `<li>`, `<ul>`), `<b>Date:</b>` is `**Date:**`, `<li>` a `- ` item, and the other tags
    /// go (`<div><br/></div>` is an empty line); lines keep their numbers, not their columns. Nil when
    /// no line opens with such a tag. Other lines (an org `<2026-11-03 Tue>`) are left as written.
    static func withHTMLBlockLines(_ bytes: [UInt8], from start: Int) -> [UInt8]? {
        func opensWithBlockTag(_ line: Substring) -> Bool {
            let trimmed = line.drop { $0 == " " || $0 == "\t" }
            guard trimmed.hasPrefix("<") else { return false }
            let name = trimmed.dropFirst().drop { $0 == "/" }.prefix { $0.isLetter || $0.isNumber }.lowercased()
            return ["div", "li", "ul", "ol", "p"].contains(name)
        }
        // Most notes hold no line that opens with "<": found on the bytes first, by memchr (a loop
        // over every byte of every note cost more than the rest of this reading).
        let opens = bytes.withUnsafeBufferPointer { buffer -> Bool in
            guard let base = buffer.baseAddress, start < buffer.count else { return false }
            var offset = start
            while offset < buffer.count, let found = memchr(base + offset, Int32(UInt8(ascii: "<")), buffer.count - offset) {
                let index = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
                if index == start || buffer[index - 1] == 0x0A { return true }
                offset = index + 1
            }
            return false
        }
        guard opens else { return nil }
        let text = String(decoding: bytes[start...], as: UTF8.self)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        guard lines.contains(where: opensWithBlockTag) else { return nil }
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for (number, line) in lines.enumerated() {
            if number > 0 { out += "\n" }
            guard opensWithBlockTag(line) else {
                out += line
                continue
            }
            var written = ""
            var rest = line.drop { $0 == " " || $0 == "\t" }
            while let open = rest.firstIndex(of: "<") {
                written += rest[..<open]
                let after = rest[rest.index(after: open)...]
                let closing = after.first == "/"
                let name = after.drop { $0 == "/" }.prefix { $0.isLetter || $0.isNumber }.lowercased()
                guard !name.isEmpty, let close = after.firstIndex(of: ">") else {
                    written += "<"
                    rest = after
                    continue
                }
                rest = after[after.index(after: close)...]
                switch name {
                case "b", "strong": written += "**"
                case "li" where !closing: written += "- "
                case "br": written += " "
                default: break  // `<div>`, `</li>`, `<i>`, `<span …>`: the text inside is kept, the tag goes.
                }
            }
            written += rest
            // Named characters an export writes.
            for (entity, character) in [("&amp;", "&"), ("&lt;", "<"), ("&gt;", ">"), ("&quot;", "\""), ("&#39;", "'")] where written.contains(entity) {
                written = written.replacingOccurrences(of: entity, with: character)
            }
            out += written.trimmingWhitespace()
        }
        return Array(out.utf8)
    }

    /// Whether `bytes` are valid UTF-8 without NUL: ASCII eight bytes at a time, other sequences
    /// checked as the Unicode standard defines them (no overlong forms, surrogates or values past
    /// U+10FFFF).
    static func isCleanUTF8(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = bytes.baseAddress else { return true }
        let raw = UnsafeRawPointer(base)
        let count = bytes.count
        // A word whose bytes are all 0x01...0x7F: subtracting 1 from each byte borrows nowhere
        // (no byte is 0), so a high bit in the difference or in the word means a NUL or a byte
        // outside ASCII.
        @inline(__always) func plain(_ word: UInt64) -> UInt64 {
            ((word &- 0x0101_0101_0101_0101) | word) & 0x8080_8080_8080_8080
        }
        var index = 0
        while index < count {
            // Prose is mostly ASCII: 32 bytes a step while it lasts, then 8.
            while index + 32 <= count,
                  plain(raw.loadUnaligned(fromByteOffset: index, as: UInt64.self))
                    | plain(raw.loadUnaligned(fromByteOffset: index + 8, as: UInt64.self))
                    | plain(raw.loadUnaligned(fromByteOffset: index + 16, as: UInt64.self))
                    | plain(raw.loadUnaligned(fromByteOffset: index + 24, as: UInt64.self)) == 0 {
                index += 32
            }
            if index + 8 <= count, plain(raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)) == 0 {
                index += 8
                continue
            }
            guard index < count else { break }
            let lead = bytes[index]
            if lead < 0x80 {
                if lead == 0 { return false }
                index += 1
                continue
            }
            func continuation(_ offset: Int, _ low: UInt8 = 0x80, _ high: UInt8 = 0xBF) -> Bool {
                index + offset < count && bytes[index + offset] >= low && bytes[index + offset] <= high
            }
            switch lead {
            case 0xC2...0xDF:
                guard continuation(1) else { return false }
                index += 2
            case 0xE0:
                guard continuation(1, 0xA0), continuation(2) else { return false }
                index += 3
            case 0xE1...0xEC, 0xEE...0xEF:
                guard continuation(1), continuation(2) else { return false }
                index += 3
            case 0xED:
                guard continuation(1, 0x80, 0x9F), continuation(2) else { return false }
                index += 3
            case 0xF0:
                guard continuation(1, 0x90), continuation(2), continuation(3) else { return false }
                index += 4
            case 0xF1...0xF3:
                guard continuation(1), continuation(2), continuation(3) else { return false }
                index += 4
            case 0xF4:
                guard continuation(1, 0x80, 0x8F), continuation(2), continuation(3) else { return false }
                index += 4
            default:
                return false
            }
        }
        return true
    }

    private init(normalized: [UInt8], hadInvalidBytes: Bool) {
        self.hadInvalidBytes = hadInvalidBytes
        // Find the line breaks on the raw bytes; lines are cut when asked for.
        var spans: [LineSpan] = []
        var carriageReturns = false
        normalized.withUnsafeBufferPointer { bytes in
            guard let base = bytes.baseAddress, !bytes.isEmpty else {
                spans.append(LineSpan(start: 0, end: 0, ascii: true))
                return
            }
            spans.reserveCapacity(bytes.count / 32)
            // Lines end at LF; CR is looked for once, and only files that have one take the slow way.
            carriageReturns = memchr(base, 0x0D, bytes.count) != nil
            var lineStart = 0
            while lineStart <= bytes.count {
                var end = bytes.count
                var next = bytes.count + 1
                if carriageReturns {
                    var index = lineStart
                    while index < bytes.count, bytes[index] != 0x0A, bytes[index] != 0x0D { index += 1 }
                    if index < bytes.count {
                        end = index
                        next = index + ((bytes[index] == 0x0D && index + 1 < bytes.count && bytes[index + 1] == 0x0A) ? 2 : 1)
                    }
                } else if let found = memchr(base + lineStart, 0x0A, bytes.count - lineStart) {
                    end = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
                    next = end + 1
                }
                // A final line without a line ending; none after a final line ending.
                if end == bytes.count, lineStart == bytes.count, !spans.isEmpty { break }
                spans.append(LineSpan(start: lineStart, end: end, ascii: Self.isASCII(base + lineStart, end - lineStart)))
                lineStart = next
            }
        }
        self.bytes = normalized
        self.hasCarriageReturns = carriageReturns
        self.spans = spans
    }

    /// How many lines the text has.
    public var lineCount: Int { spans.count }

    /// The byte offset in `bytes` where line `number` starts (the end of the text past the last).
    func byteOffset(ofLine number: Int) -> Int {
        number >= 1 && number <= spans.count ? spans[number - 1].start : bytes.count
    }

    /// Whether `count` bytes from `start` are all ASCII, 32 and then eight at a time.
    private static func isASCII(_ start: UnsafePointer<UInt8>, _ count: Int) -> Bool {
        var index = 0
        let raw = UnsafeRawPointer(start)
        while index + 32 <= count {
            let high = raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)
                | raw.loadUnaligned(fromByteOffset: index + 8, as: UInt64.self)
                | raw.loadUnaligned(fromByteOffset: index + 16, as: UInt64.self)
                | raw.loadUnaligned(fromByteOffset: index + 24, as: UInt64.self)
            if high & 0x8080_8080_8080_8080 != 0 { return false }
            index += 32
        }
        while index + 8 <= count {
            if raw.loadUnaligned(fromByteOffset: index, as: UInt64.self) & 0x8080_8080_8080_8080 != 0 { return false }
            index += 8
        }
        while index < count {
            if start[index] >= 0x80 { return false }
            index += 1
        }
        return true
    }

    /// Line `number` (1-based) without its first `dropping` scalars and without white space at
    /// either end ("" past the end), cut from the text's bytes directly, and its length in
    /// scalars, counted on the bytes (a line in ASCII is as long as its bytes) rather than on the
    /// string afterwards.
    func trimmedLine(_ number: Int, dropping: Int = 0) -> (text: String, scalars: Int) {
        guard number >= 1, number <= spans.count else { return ("", 0) }
        let ascii = spans[number - 1].ascii
        return withLine(number) { line in
            var index = 0
            var scalars = 0
            if ascii {
                index = min(max(dropping, 0), line.count)
                scalars = line.count - index
            } else {
                var skipped = 0
                while skipped < dropping, index < line.count {
                    index += UTF8Cursor.decode(line, at: index).width
                    skipped += 1
                }
                scalars = Self.scalarCount(line, from: index, to: line.count)
            }
            let (from, to) = trimmedSpan(line, from: TextPlace(byte: index, scalar: 0), to: TextPlace(byte: line.count, scalar: scalars))
            return (String(decoding: UnsafeBufferPointer(rebasing: line[from.byte..<to.byte]), as: UTF8.self), to.scalar - from.scalar)
        }
    }

    /// Calls `body` with the UTF-8 bytes of line `number` (empty past the end).
    func withLine<R>(_ number: Int, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        guard number >= 1, number <= spans.count else { return body(UnsafeBufferPointer(start: nil, count: 0)) }
        let span = spans[number - 1]
        return bytes.withUnsafeBufferPointer { body(UnsafeBufferPointer(rebasing: $0[span.start..<span.end])) }
    }

    /// Whether line `number`, without white space at either end, is `expected` (ASCII).
    func trimmedLine(_ number: Int, is expected: StaticString) -> Bool {
        withLine(number) { line in
            let (from, to) = trimmedSpan(line)
            return to.byte - from.byte == expected.utf8CodeUnitCount
                && memcmp(line.baseAddress! + from.byte, expected.utf8Start, expected.utf8CodeUnitCount) == 0
        }
    }

    /// Whether line `number` holds nothing but white space.
    func lineIsBlank(_ number: Int) -> Bool {
        withLine(number) { line in
            trimmedSpan(line).from.byte == line.count
        }
    }

    /// How many spaces, tabs and `>` open line `number` (how far a paragraph's continuation line
    /// is indented or quoted).
    func leadingIndentAndQuotes(_ number: Int) -> Int {
        withLine(number) { line in
            line.prefix { $0 == 0x20 || $0 == 0x09 || $0 == 0x3E }.count
        }
    }

    /// Line `number` (1-based), or an empty string past the end.
    public func line(_ number: Int) -> Substring {
        guard number >= 1, number <= spans.count else { return "" }
        return lines[number - 1]
    }

    /// Converts cmark's 1-based byte column on `line` into a 1-based scalar column.
    public func scalarColumn(line number: Int, byteColumn: Int) -> Int {
        if number >= 1, number <= spans.count, spans[number - 1].ascii {
            return min(max(byteColumn, 1), spans[number - 1].byteCount + 1)
        }
        let wanted = max(byteColumn - 1, 0)
        guard wanted > 0, number >= 1, number <= spans.count else { return 1 }
        let span = spans[number - 1]
        // Count the scalars that start before the column (a column inside a scalar rounds down).
        let limit = min(wanted, span.byteCount)
        return bytes.withUnsafeBufferPointer { bytes in
            Self.scalarCount(bytes, from: span.start, to: span.start + limit) + 1
        }
    }

    /// How many scalars the valid UTF-8 `bytes[from..<to]` holds: the bytes less the continuation
    /// bytes (10xxxxxx), counted eight bytes at a time.
    static func scalarCount(_ bytes: UnsafeBufferPointer<UInt8>, from: Int, to end: Int) -> Int {
        var continuations = 0
        var index = from
        if let base = UnsafeRawPointer(bytes.baseAddress) {
            while index + 8 <= end {
                let word = base.loadUnaligned(fromByteOffset: index, as: UInt64.self)
                let high = word & 0x8080_8080_8080_8080
                let second = (word << 1) & 0x8080_8080_8080_8080
                continuations += (high & ~second).nonzeroBitCount
                index += 8
            }
        }
        while index < end {
            if bytes[index] & 0xC0 == 0x80 { continuations += 1 }
            index += 1
        }
        return end - from - continuations
    }
}

extension SourceText {
    /// `range` with its columns counted in UTF-8 bytes instead of scalars.
    public func utf8Range(_ range: SourceRange) -> SourceRange {
        SourceRange(start: utf8Position(range.start), end: utf8Position(range.end))
    }

    private func utf8Position(_ position: SourcePosition) -> SourcePosition {
        // On an ASCII line (or past the last line) a scalar is a byte.
        guard position.line >= 1, position.line <= spans.count, !spans[position.line - 1].ascii else { return position }
        let span = spans[position.line - 1]
        let wanted = position.column - 1
        let (byteCount, counted) = bytes.withUnsafeBufferPointer { all -> (Int, Int) in
            var index = span.start
            var counted = 0
            // (A column before the first, which no range has, runs to the end as it always did.)
            while counted < wanted || wanted < 0, index < span.end {
                index += UTF8Cursor.decode(all, at: index).width
                counted += 1
            }
            return (index - span.start, counted)
        }
        // Past the end of the line, columns go on one byte each.
        return SourcePosition(line: position.line, column: byteCount + max(wanted - counted, 0) + 1)
    }
}

extension String {
    fileprivate func replacingNUL() -> String {
        var scalars = String.UnicodeScalarView()
        for scalar in unicodeScalars {
            scalars.append(scalar == "\0" ? "\u{FFFD}" : scalar)
        }
        return String(scalars)
    }
}
