/// A fast reader for the front matter almost every note has: one `key: value` per line.
///
/// Composing YAML with Yams costs more than parsing the whole note with cmark, and nearly every
/// note's front matter is a handful of flat keys. This reader accepts only a strict subset of
/// YAML — top-level keys of letters, digits, `_`, `-` and single spaces; values that are plain
/// scalars, quoted strings without escapes, or flow sequences of plain items; blank and comment
/// lines — and returns nil for anything else, which then goes to Yams. On what it accepts it
/// gives exactly what the Yams path gives (values, lines, columns); a test compares the two on
/// every example and on a list of near misses.
enum SimpleFrontMatter {
    struct Entry {
        var key: String
        /// The value as Yams would give it to `FrontMatterReader` (the first item of a sequence),
        /// nil for an empty sequence.
        var value: String?
        var line: Int
        /// 1-based scalar column of the value's first character, and its length to the end of the
        /// line.
        var column: Int
        var length: Int
    }

    static func read(_ source: SourceText, lines: Range<Int>) -> [Entry]? {
        var entries: [Entry] = []
        entries.reserveCapacity(lines.count)
        var keys: Set<String> = []
        for number in lines {
            let entry: Entry
            switch source.withLine(number, { readLine($0, line: number) }) {
            case .skip: continue
            case .unsupported: return nil
            case .entry(let read): entry = read
            }
            // Yams refuses repeated keys; let it say so. (A handful of keys are compared one by
            // one; a set only for long front matter.)
            if entries.count < 16 {
                if entries.contains(where: { $0.key == entry.key }) { return nil }
            } else {
                if keys.isEmpty { keys = Set(entries.map(\.key)) }
                if !keys.insert(entry.key).inserted { return nil }
            }
            entries.append(entry)
        }
        return entries
    }

    private enum LineResult {
        case skip
        case entry(Entry)
        case unsupported
    }

    private static func readLine(_ bytes: UnsafeBufferPointer<UInt8>, line: Int) -> LineResult {
        var end = bytes.count
        while end > 0, bytes[end - 1] == 0x20 { end -= 1 }
        if end == 0 { return .skip }
        var ascii = true
        for index in 0..<end {
            let byte = bytes[index]
            // Tabs, control characters and DEL: leave them to Yams and its messages. `*` too, so
            // that the alias-bomb guard sees every front matter that holds one.
            if byte < 0x20 || byte == 0x7F || byte == 0x2A { return .unsupported }
            if byte >= 0x80 { ascii = false }
        }
        if !ascii, !plainUnicode(bytes, end: end) { return .unsupported }
        let first = bytes[0]
        if first == 0x23 { return .skip }  // a comment line
        guard first.isASCIILetter else { return .unsupported }
        // The key: up to the first colon, which must be followed by a space or the end.
        var colon = 0
        while colon < end, bytes[colon] != 0x3A {
            let byte = bytes[colon]
            if !(byte.isPlainKeyByte || (byte == 0x20 && bytes[colon - 1] != 0x20)) { return .unsupported }
            colon += 1
        }
        guard colon < end, bytes[colon - 1] != 0x20, colon + 1 == end || bytes[colon + 1] == 0x20 else {
            return .unsupported
        }
        let key = String(decoding: UnsafeBufferPointer(rebasing: bytes[0..<colon]), as: UTF8.self)
        var start = colon + 1
        while start < end, bytes[start] == 0x20 { start += 1 }
        // An empty value is a null; Yams decides what that means.
        guard start < end else { return .unsupported }
        let valueBytes = UnsafeBufferPointer(rebasing: bytes[start..<end])
        let value: String?
        switch valueBytes[0] {
        case 0x22, 0x27:  // "…" or '…' without escapes or inner quotes
            let quote = valueBytes[0]
            guard valueBytes.count >= 2, valueBytes[valueBytes.count - 1] == quote else { return .unsupported }
            let inner = UnsafeBufferPointer(rebasing: valueBytes[1..<(valueBytes.count - 1)])
            if inner.contains(quote) || inner.contains(0x5C) { return .unsupported }
            value = String(decoding: inner, as: UTF8.self)
        case 0x5B:  // [a, b]: plain items only
            guard valueBytes.count >= 2, valueBytes[valueBytes.count - 1] == 0x5D else { return .unsupported }
            let inner = UnsafeBufferPointer(rebasing: valueBytes[1..<(valueBytes.count - 1)])
            var items: [String] = []
            // Items between commas, found by hand: the generic `split` on a buffer makes the
            // runtime scan every protocol conformance in the binary the first time it runs.
            var itemStart = 0
            while itemStart <= inner.count {
                var itemEnd = itemStart
                while itemEnd < inner.count, inner[itemEnd] != 0x2C { itemEnd += 1 }
                defer { itemStart = itemEnd + 1 }
                var from = itemStart
                var to = itemEnd
                while from < to, inner[from] == 0x20 { from += 1 }
                while to > from, inner[to - 1] == 0x20 { to -= 1 }
                let trimmed = UnsafeBufferPointer(rebasing: inner[from..<to])
                guard !trimmed.isEmpty, plainScalar(trimmed, inFlow: true) else {
                    // `[]` is an empty sequence; an empty item anywhere else is not simple.
                    if inner.allSatisfy({ $0 == 0x20 }) { break }
                    return .unsupported
                }
                items.append(String(decoding: trimmed, as: UTF8.self))
            }
            value = items.first
        default:
            guard plainScalar(valueBytes, inFlow: false) else { return .unsupported }
            value = String(decoding: valueBytes, as: UTF8.self)
        }
        let column = ascii ? start + 1 : scalarCount(UnsafeBufferPointer(rebasing: bytes[0..<start])) + 1
        let length = ascii ? end - start : scalarCount(valueBytes)
        return .entry(Entry(key: key, value: value, line: line, column: column, length: length))
    }

    /// A plain scalar that YAML reads as exactly these characters.
    private static func plainScalar(_ bytes: UnsafeBufferPointer<UInt8>, inFlow: Bool) -> Bool {
        guard let first = bytes.first else { return false }
        // Indicators that start something other than plain text.
        switch first {
        case UInt8(ascii: "-"), UInt8(ascii: "?"), UInt8(ascii: ":"), UInt8(ascii: ","), UInt8(ascii: "["), UInt8(ascii: "]"),
             UInt8(ascii: "{"), UInt8(ascii: "}"), UInt8(ascii: "#"), UInt8(ascii: "&"), UInt8(ascii: "*"), UInt8(ascii: "!"),
             UInt8(ascii: "|"), UInt8(ascii: ">"), UInt8(ascii: "'"), UInt8(ascii: "\""), UInt8(ascii: "%"), UInt8(ascii: "@"),
             UInt8(ascii: "`"):
            return false
        default:
            break
        }
        guard bytes[bytes.count - 1] != 0x3A else { return false }
        for index in bytes.indices {
            let byte = bytes[index]
            if byte == 0x3A, index + 1 < bytes.count, bytes[index + 1] == 0x20 { return false }
            if byte == 0x23, index > 0, bytes[index - 1] == 0x20 { return false }
            if inFlow {
                switch byte {
                case UInt8(ascii: "["), UInt8(ascii: "]"), UInt8(ascii: "{"), UInt8(ascii: "}"), UInt8(ascii: ","),
                     UInt8(ascii: "\""), UInt8(ascii: "'"):
                    return false
                default:
                    break
                }
            }
        }
        return true
    }

    /// Non-ASCII text YAML takes as plain characters: no C1 controls, no Unicode line or paragraph
    /// separators, no byte order marks or non-characters, and no trailing Unicode space.
    private static func plainUnicode(_ bytes: UnsafeBufferPointer<UInt8>, end: Int) -> Bool {
        let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[0..<end]), as: UTF8.self)
        var last: Unicode.Scalar = " "
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x80...0x9F, 0x2028, 0x2029, 0xFEFF, 0xFFFE, 0xFFFF: return false
            default: last = scalar
            }
        }
        return last.value < 0x80 || !last.properties.isWhitespace
    }

    private static func scalarCount(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var count = 0
        for byte in bytes where byte & 0xC0 != 0x80 { count += 1 }
        return count
    }
}
