import Glibc

/// Text gathered from one or more source lines, remembering where each piece came from, so that
/// a field found at some offset can be pointed at exactly.
struct SourceSpan {
    private(set) var text: String = ""
    /// (offset in `text` in scalars, line, column of that scalar, whether the piece follows the
    /// one before it without the joining space: the rest of a line after a dropped escape)
    typealias Anchor = (offset: Int, line: Int, column: Int, glued: Bool)

    /// The pieces' anchors: the first held in place, so that a span of one line (most of them)
    /// allocates no array, which every list item and log entry did.
    private struct Anchors {
        private(set) var first: Anchor?
        private var rest: [Anchor] = []

        var count: Int { first == nil ? 0 : rest.count + 1 }

        subscript(index: Int) -> Anchor { index == 0 ? first.unsafelyUnwrapped : rest[index - 1] }

        mutating func append(_ anchor: Anchor) {
            if first == nil { first = anchor } else { rest.append(anchor) }
        }
    }
    private var anchors = Anchors()
    private var length = 0

    init() {}

    init(_ piece: Substring, line: Int, column: Int) {
        append(piece, line: line, column: column)
    }

    /// A span of one piece, taken as it is (not copied); `scalars` is its length when known.
    init(_ piece: String, scalars: Int? = nil, line: Int, column: Int) {
        text = piece
        anchors.append((0, line, column, false))
        length = scalars ?? piece.scalarCount
    }

    mutating func append(_ piece: Substring, scalars: Int? = nil, line: Int, column: Int) {
        if !text.isEmpty {
            text += " "
            length += 1
        }
        anchors.append((length, line, column, false))
        // `append(contentsOf:)` takes the Substring overload; `+=` would take the generic one,
        // whose first use makes the runtime scan every protocol conformance in the binary.
        text.append(contentsOf: piece)
        length += scalars ?? piece.scalarCount
    }

    /// A piece of one line with Markdown's backslash escapes taken out (`Dr\. Marsh \- Director`,
    /// as word processors export): the text reads as the note shows it, positions stay the source's.
    mutating func appendUnescaped(_ piece: Substring, line: Int, column: Int) {
        guard piece.utf8.contains(UInt8(ascii: "\\")) else { return append(piece, line: line, column: column) }
        var rest = piece
        var restColumn = column
        var first = true
        while !rest.isEmpty {
            var cut: Substring.Index?
            var index = rest.startIndex
            while index < rest.endIndex {
                let next = rest.index(after: index)
                if rest[index] == "\\", next < rest.endIndex, let ascii = rest[next].asciiValue, ascii > 0x20, ascii < 0x7F,
                   !(rest[next].isLetter || rest[next].isNumber) {
                    cut = index
                    break
                }
                index = next
            }
            let head = cut.map { rest[..<$0] } ?? rest
            if first {
                append(head, line: line, column: restColumn)
                first = false
            } else {
                anchors.append((length, line, restColumn, true))
                text.append(contentsOf: head)
                length += head.scalarCount
            }
            guard let cut else { break }
            restColumn += head.scalarCount + 1
            rest = rest[rest.index(after: cut)...]
        }
    }

    func position(at offset: Int) -> SourcePosition {
        var best = anchors.first ?? (0, 1, 1, false)
        for index in 0..<anchors.count where anchors[index].offset <= offset { best = anchors[index] }
        return SourcePosition(line: best.line, column: best.column + offset - best.offset)
    }

    /// The offset in `text` of a position handed out by `position(at:)`.
    func offset(of position: SourcePosition) -> Int {
        for index in stride(from: anchors.count - 1, through: 0, by: -1) {
            let anchor = anchors[index]
            if anchor.line == position.line && anchor.column <= position.column { return anchor.offset + position.column - anchor.column }
        }
        return 0
    }

    func range(offset: Int, length: Int) -> SourceRange {
        SourceRange(start: position(at: offset), end: position(at: offset + max(length, 0)))
    }

    var fullRange: SourceRange { range(offset: 0, length: length) }

    /// The part from `offset` on, as a span of its own.
    func suffix(from offset: Int) -> SourceSpan {
        var result = SourceSpan()
        if anchors.count == 1, let anchor = anchors.first {
            // One line (the usual case): slice it directly.
            let rest = text[...].droppingScalars(offset)
            guard !rest.isEmpty else { return result }
            result.append(rest, line: anchor.line, column: anchor.column + offset)
            return result
        }
        let scalars = text.scalarArray
        for index in 0..<anchors.count {
            let anchor = anchors[index]
            // Each piece ends where the next begins, less the joining space.
            let end = index + 1 < anchors.count ? anchors[index + 1].offset - (anchors[index + 1].glued ? 0 : 1) : scalars.count
            let from = max(anchor.offset, offset)
            guard from < end else { continue }
            let piece = makeString(scalars[from..<end])
            if anchor.glued && !result.text.isEmpty && from == anchor.offset {
                result.anchors.append((result.length, anchor.line, anchor.column, true))
                result.text.append(contentsOf: piece)
                result.length += piece.scalarCount
            } else {
                result.append(Substring(piece), line: anchor.line, column: anchor.column + from - anchor.offset)
            }
        }
        return result
    }

    /// Splits the text from scalar offset `from` on at separators, keeping each field's offset
    /// (in scalars), with white space trimmed from both ends of each field. `isSeparator` sees the
    /// UTF-8 bytes and the index of a scalar's first byte, and tells whether a separator (one
    /// scalar) stands there. Worked out on the bytes: an array of scalars made for every line cost
    /// more than the rest of reading it.
    func fields(from offset: Int = 0,
                separatedBy isSeparator: (UnsafeBufferPointer<UInt8>, Int) -> Bool) -> [(text: String, offset: Int, length: Int)] {
        var text = text
        return text.withUTF8 { whole in
            // Labelled like the result type: an unlabelled array is converted element by element on return.
            var result: [(text: String, offset: Int, length: Int)] = []
            var index = 0
            var scalar = 0
            while scalar < offset, index < whole.count {
                index += UTF8Cursor.decode(whole, at: index).width
                scalar += 1
            }
            // The separators see the text from `offset` on only, as if it were the whole text
            // (" - " needs its space before it to be within).
            let bytes = UnsafeBufferPointer(rebasing: whole[index...])
            let base = scalar
            index = 0
            scalar = 0
            var start = TextPlace(byte: 0, scalar: 0)
            func flush(_ end: TextPlace) {
                let (from, to) = trimmedSpan(bytes, from: start, to: end)
                if from.byte < to.byte {
                    result.append((String(decoding: UnsafeBufferPointer(rebasing: bytes[from.byte..<to.byte]), as: UTF8.self),
                                   base + from.scalar, to.scalar - from.scalar))
                }
            }
            result.reserveCapacity(6)
            while index < bytes.count {
                // The width from the lead byte alone, without decoding the scalar.
                let lead = bytes[index]
                let width = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
                if isSeparator(bytes, index) {
                    flush(TextPlace(byte: index, scalar: scalar))
                    start = TextPlace(byte: index + width, scalar: scalar + 1)
                }
                index += width
                scalar += 1
            }
            flush(TextPlace(byte: index, scalar: scalar))
            return result
        }
    }

    /// The range from scalar offset `offset` to the end.
    func range(from offset: Int) -> SourceRange {
        range(offset: offset, length: max(length - offset, 0))
    }
}

enum Markup {
    /// The text without Markdown's backslash escapes: `\-` is `-`, `\(` is `(`.
    static func unescaped(_ text: String) -> String {
        guard text.utf8.contains(0x5C) else { return text }
        var result = ""
        result.reserveCapacity(text.utf8.count)
        var escaped = false
        for character in text {
            if escaped {
                if !(character.isASCII && (character.isPunctuation || character.isSymbol)) { result.append("\\") }
                result.append(character)
                escaped = false
            } else if character == "\\" {
                escaped = true
            } else {
                result.append(character)
            }
        }
        if escaped { result.append("\\") }
        return result
    }

    /// Removes the inline Markdown people put around names and values: emphasis, code spans,
    /// wikilinks (`[[Jane Doe|Jane]]` → "Jane Doe"), links (`[text](url)` → "text") and autolinks.
    static func plain(_ text: String) -> String {
        var value = text.trimmingWhitespace()
        // Most values have no markup at all (looked for on the contiguous bytes).
        let hasMarkup = value.utf8.withContiguousStorageIfAvailable { $0.contains(where: isMarkupByte) }
            ?? value.utf8.contains(where: isMarkupByte)
        if !hasMarkup { return value }
        // [text](url)
        if value.hasPrefix("["), !value.hasPrefix("[["), let close = value.firstIndex(of: "]"),
           value[value.index(after: close)...].hasPrefix("(") {
            value = String(value[value.index(after: value.startIndex)..<close])
        }
        if value.hasPrefix("[["), let end = value.byteRange(of: "]]") {
            var inner = String(value[value.index(value.startIndex, offsetBy: 2)..<end.lowerBound])
            if let bar = inner.firstIndex(of: "|") { inner = String(inner[..<bar]) }
            // `[[people/Rosa Jiménez]]`: the note's name, not its folder.
            if let slash = inner.lastIndex(of: "/") { inner = String(inner[inner.index(after: slash)...]) }
            value = inner + value[end.upperBound...]
        }
        // (A switch rather than a set of characters built at every call.)
        func isWrapper(_ character: Character) -> Bool {
            switch character {
            case "*", "_", "`", "<", ">", "~", "\"", "'": return true
            default: return false
            }
        }
        while let first = value.first, isWrapper(first) { value.removeFirst() }
        while let last = value.last, isWrapper(last) { value.removeLast() }
        // Only text starting with m or t (either case) can start with these once lowercased.
        func startsWith(_ letter: UInt8) -> Bool { value.utf8.first.map { $0 | 0x20 == letter } ?? false }
        if startsWith(UInt8(ascii: "m")), value.lowercased().hasPrefix("mailto:") { value = String(value.dropFirst(7)) }
        if startsWith(UInt8(ascii: "t")), value.lowercased().hasPrefix("tel:") { value = String(value.dropFirst(4)) }
        return value.replacingOccurrences(of: "[[", with: "").replacingOccurrences(of: "]]", with: "")
            .trimmingWhitespace()
    }

    /// `[ ] * _ ` < > ~ " ' :` (a switch: cheaper than hashing every byte into a set).
    @inline(__always) private static func isMarkupByte(_ byte: UInt8) -> Bool {
        switch byte {
        case 0x5B, 0x5D, 0x2A, 0x5F, 0x60, 0x3C, 0x3E, 0x7E, 0x22, 0x27, 0x3A: return true
        default: return false
        }
    }

    /// An Obsidian wikilink value (`[[Lumen Energy]]`, `[[Lumen Energy|Lumen]]`) as its plain
    /// name; any other text unchanged but for surrounding white space.
    static func unwrapWikilink(_ text: String) -> String {
        let value = text.trimmingWhitespace()
        guard value.hasPrefix("[["), value.hasSuffix("]]"), value.count > 4 else { return value }
        var inner = String(value.dropFirst(2).dropLast(2))
        if let bar = inner.firstIndex(of: "|") { inner = String(inner[..<bar]) }
        if let slash = inner.lastIndex(of: "/") { inner = String(inner[inner.index(after: slash)...]) }
        return inner.trimmingWhitespace()
    }

    /// Lowercase letters and digits only: how headings, keys and column names are compared.
    static func key(_ text: String) -> String {
        // ASCII letters and digits (nearly every key): written straight into the string from the
        // text's bytes, no buffer in between. Other scalars are dropped here too (a dash, an emoji
        // in "👥 Participants"); a letter outside ASCII stops it and the way below is taken.
        let utf8 = text.utf8
        if utf8.isEmpty { return "" }
        var source = text
        var asciiLetters = true
        let quick = source.withUTF8 { bytes in
            String(unsafeUninitializedCapacity: bytes.count) { buffer in
                var count = 0
                var index = 0
                while index < bytes.count {
                    let byte = bytes[index]
                    if byte >= 0x80 {
                        let (scalar, width) = UTF8Cursor.decode(bytes, at: index)
                        if scalar.isLetter { asciiLetters = false; return 0 }
                        index += width
                        continue
                    }
                    if byte.isASCIILetter || byte.isASCIIDigit {
                        buffer[count] = byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
                        count += 1
                    }
                    index += 1
                }
                return count
            }
        }
        if asciiLetters { return quick }
        // A letter outside ASCII: ASCII bytes as above, other scalars decoded one by one (cheaper than a
        // walk over the scalar view).
        var out: [UInt8] = []
        out.reserveCapacity(utf8.count)
        var copy = text
        copy.withUTF8 { bytes in
            var index = 0
            while index < bytes.count {
                let byte = bytes[index]
                if byte < 0x80 {
                    if byte.isASCIILetter || byte.isASCIIDigit { out.append(byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte) }
                    index += 1
                    continue
                }
                let (scalar, width) = UTF8Cursor.decode(bytes, at: index)
                if scalar.isLetter { out.append(contentsOf: String(scalar).lowercased().utf8) }
                index += width
            }
        }
        return String(decoding: out, as: UTF8.self)
    }
}

extension String {
    func replacingOccurrences(of target: String, with replacement: String) -> String {
        guard !target.isEmpty, byteRange(of: target) != nil else { return self }
        var result = ""
        var rest = self[...]
        while let found = rest.byteRange(of: target) {
            result += rest[..<found.lowerBound]
            result += replacement
            rest = rest[found.upperBound...]
        }
        return result + rest
    }
}

extension StringProtocol {
    /// The first occurrence of `target`, found by comparing UTF-8 bytes (no Foundation, no
    /// locale; the index is valid in this string). On the contiguous bytes when there are
    /// (always, for native strings), avoiding an index walk and a copy of the target.
    func byteRange(of target: String) -> Range<Index>? {
        let found = utf8.withContiguousStorageIfAvailable { bytes -> Int?? in
            target.utf8.withContiguousStorageIfAvailable { pattern -> Int? in
                guard let first = pattern.first, pattern.count <= bytes.count,
                      let base = bytes.baseAddress, let rest = pattern.baseAddress else { return nil }
                // memchr to each candidate first byte: a byte loop cost five instructions a byte
                // over the entry and line texts this is asked of.
                var start = 0
                let last = bytes.count - pattern.count
                while start <= last, let found = memchr(base + start, Int32(first), last - start + 1) {
                    start = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
                    if pattern.count == 1 || memcmp(base + start + 1, rest + 1, pattern.count - 1) == 0 { return start }
                    start += 1
                }
                return nil
            }
        }
        if let found, let offset = found {
            guard let offset else { return nil }
            let from = utf8.index(utf8.startIndex, offsetBy: offset)
            return from..<utf8.index(from, offsetBy: target.utf8.count)
        }
        // Not contiguous: the index walk.
        let pattern = Array(target.utf8)
        guard let first = pattern.first else { return nil }
        let bytes = utf8
        var index = bytes.startIndex
        while index != bytes.endIndex {
            if bytes[index] == first {
                var probe = index
                var matched = 0
                while matched < pattern.count, probe != bytes.endIndex, bytes[probe] == pattern[matched] {
                    matched += 1
                    probe = bytes.index(after: probe)
                }
                if matched == pattern.count { return index..<probe }
            }
            index = bytes.index(after: index)
        }
        return nil
    }
}

extension String {
    /// Whether `phrase` occurs ending at the end of a word ("I'd love", not "I'd loved"); bytes
    /// compared as `byteRange(of:)` does.
    func containsWholeWords(_ phrase: String) -> Bool {
        var rest = self[...]
        while let found = rest.byteRange(of: phrase) {
            let after = utf8[found.upperBound...].first
            if let after, (after | 0x20) &- 0x61 < 26 { rest = self[found.upperBound...]; continue }
            return true
        }
        return false
    }
}
