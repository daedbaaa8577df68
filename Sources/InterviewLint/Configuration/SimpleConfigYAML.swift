/// Reads the plain YAML that `.interview-lint.yml` files are written in, without Yams: block
/// mappings by indentation, `- item` lists under a key, `{key: value, ...}` and `[a, b]` on one
/// line, plain and quoted scalars, and comments. Anything else — tabs, non-ASCII outside
/// comments, anchors, tags, multi-line scalars, escapes, duplicate keys, numbers Yams could read in
/// more than one way, keys without a value, several documents — makes it return nil, and the
/// caller composes with Yams, which also gives the error messages for broken YAML.
///
/// Why: composing a configuration with Yams costs more than a whole one-note run (most of it Yams'
/// generic code instantiated at run time), and every hook run reads one. `ConfigFastPathTests` checks that both readers
/// give the same nodes (values, numbers, booleans and positions) on every configuration file in
/// the repository and on a list of near misses.
enum SimpleConfigYAML {
    static func read(_ text: String) -> ConfigNode? {
        let bytes = Array(text.utf8)
        guard let lines = logicalLines(bytes) else { return nil }
        var reader = BlockReader(bytes: bytes, lines: lines)
        guard let root = reader.mapping(indent: reader.lines.first?.indent ?? 0), reader.next == reader.lines.count else {
            return nil
        }
        return root
    }

    /// A line with content: where it starts and ends (without its comment and trailing spaces).
    struct Line {
        var number: Int
        var indent: Int
        var start: Int
        var end: Int
    }

    /// The lines that hold something, with comments cut off. Nil for what this reader leaves to
    /// Yams: tabs, carriage returns, control characters, non-ASCII outside comments, document
    /// markers and directives.
    private static func logicalLines(_ bytes: [UInt8]) -> [Line]? {
        var lines: [Line] = []
        var number = 0
        var lineStart = 0
        while lineStart <= bytes.count {
            number += 1
            var lineEnd = lineStart
            while lineEnd < bytes.count, bytes[lineEnd] != 0x0A { lineEnd += 1 }
            defer { lineStart = lineEnd + 1 }
            var indent = lineStart
            while indent < lineEnd, bytes[indent] == 0x20 { indent += 1 }
            // The content ends at a comment: `#` at the start or after a space, outside quotes.
            var end = indent
            var quote: UInt8 = 0
            while end < lineEnd {
                let byte = bytes[end]
                if byte == 0x23, quote == 0, end == indent || bytes[end - 1] == 0x20 { break }
                if byte < 0x20 || byte >= 0x7F { return nil }
                if byte == 0x22 || byte == 0x27 {
                    if quote == 0 { quote = byte } else if quote == byte { quote = 0 }
                }
                end += 1
            }
            if quote != 0 { return nil }
            // A comment may hold any printable text; control characters, C1 controls (U+0080–U+009F)
            // and U+FFFE/U+FFFF make Yams refuse the file, and YAML 1.1 ends lines at U+0085,
            // U+2028 and U+2029 too, so all of these go to Yams.
            for index in end..<lineEnd {
                let byte = bytes[index]
                if byte < 0x20 || byte == 0x7F { return nil }
                if byte == 0xC2, index + 1 < lineEnd, bytes[index + 1] >= 0x80, bytes[index + 1] <= 0x9F { return nil }
                if byte == 0xEF, index + 2 < lineEnd, bytes[index + 1] == 0xBF, bytes[index + 2] >= 0xBE { return nil }
                if byte == 0xE2, index + 2 < lineEnd, bytes[index + 1] == 0x80, bytes[index + 2] == 0xA8 || bytes[index + 2] == 0xA9 {
                    return nil
                }
            }
            while end > indent, bytes[end - 1] == 0x20 { end -= 1 }
            guard end > indent else { continue }
            let first = bytes[indent]
            if indent == lineStart, first == 0x25 { return nil }  // %YAML directives
            if indent == lineStart, end - indent >= 3, bytes[indent..<(indent + 3)].elementsEqual("---".utf8) || bytes[indent..<(indent + 3)].elementsEqual("...".utf8) {
                return nil
            }
            lines.append(Line(number: number, indent: indent - lineStart, start: indent, end: end))
        }
        return lines
    }

    private struct BlockReader {
        let bytes: [UInt8]
        let lines: [Line]
        var next = 0

        init(bytes: [UInt8], lines: [Line]) {
            self.bytes = bytes
            self.lines = lines
        }

        func column(_ offset: Int, in line: Line) -> Int { line.indent + (offset - line.start) + 1 }

        /// A block mapping whose keys stand at `indent`.
        mutating func mapping(indent: Int) -> ConfigNode? {
            guard next < lines.count, lines[next].indent == indent else { return nil }
            let first = lines[next]
            var pairs: [ConfigNode.Pair] = []
            var seen = Set<String>()
            while next < lines.count, lines[next].indent == indent {
                let line = lines[next]
                // Keys start with a letter or digit (`- x` is a list item, `-x:` odd enough for Yams).
                guard let colon = keyEnd(line), bytes[line.start] != 0x2D, bytes[line.start] != 0x5F else { return nil }
                let keyText = String(decoding: bytes[line.start..<colon], as: UTF8.self)
                guard seen.insert(keyText).inserted, let key = key(line.start, colon, line) else { return nil }
                next += 1
                var valueStart = colon + 1
                while valueStart < line.end, bytes[valueStart] == 0x20 { valueStart += 1 }
                let value: ConfigNode?
                if valueStart < line.end {
                    value = inline(valueStart, line.end, line)
                } else if next < lines.count, lines[next].indent > indent {
                    value = bytes[lines[next].start] == 0x2D ? sequence(indent: lines[next].indent) : mapping(indent: lines[next].indent)
                } else if next < lines.count, lines[next].indent == indent, bytes[lines[next].start] == 0x2D {
                    value = sequence(indent: indent)  // `key:` then `- item` lines at the key's own indent
                } else {
                    value = nil  // an empty value (null): left to Yams
                }
                guard let value else { return nil }
                pairs.append(ConfigNode.Pair(key: key, value: value))
            }
            return ConfigNode(content: .mapping(pairs), string: nil, int: nil, bool: nil,
                              line: first.number, column: first.indent + 1)
        }

        /// `- item` lines at `indent`, each a scalar or a one-line flow collection.
        mutating func sequence(indent: Int) -> ConfigNode? {
            let first = lines[next]
            var items: [ConfigNode] = []
            while next < lines.count, lines[next].indent == indent, bytes[lines[next].start] == 0x2D {
                let line = lines[next]
                guard line.end > line.start + 2, bytes[line.start + 1] == 0x20 else { return nil }
                var start = line.start + 1
                while start < line.end, bytes[start] == 0x20 { start += 1 }
                guard let item = inline(start, line.end, line) else { return nil }
                items.append(item)
                next += 1
            }
            // A deeper line after the list would belong to its last item: not this subset.
            if next < lines.count, lines[next].indent > indent { return nil }
            return ConfigNode(content: .sequence(items), string: nil, int: nil, bool: nil,
                              line: first.number, column: first.indent + 1)
        }

        /// Where a `key:` ends (the colon), for a plain key of letters, digits, `-` and `_`.
        func keyEnd(_ line: Line) -> Int? {
            var index = line.start
            while index < line.end, bytes[index].isPlainKeyByte { index += 1 }
            guard index > line.start, index < line.end, bytes[index] == 0x3A,
                  index + 1 == line.end || bytes[index + 1] == 0x20 else { return nil }
            return index
        }

        /// A value on the rest of a line: `{...}`, `[...]`, or a scalar.
        func inline(_ start: Int, _ end: Int, _ line: Line) -> ConfigNode? {
            switch bytes[start] {
            case 0x7B: return flow(start, end, line, closing: 0x7D)
            case 0x5B: return flow(start, end, line, closing: 0x5D)
            default: return scalar(start, end, line)
            }
        }

        /// `{a: 1, b: x}` or `[a, b]` on one line, with scalar items only.
        func flow(_ start: Int, _ end: Int, _ line: Line, closing: UInt8) -> ConfigNode? {
            guard end - start >= 2, bytes[end - 1] == closing else { return nil }
            let isMapping = closing == 0x7D
            var pairs: [ConfigNode.Pair] = []
            var items: [ConfigNode] = []
            var seen = Set<String>()
            var itemStart = start + 1
            let inner = end - 1
            // `{}` and `[]`, with or without spaces.
            var probe = itemStart
            while probe < inner, bytes[probe] == 0x20 { probe += 1 }
            if probe < inner {
                while itemStart <= inner {
                    var itemEnd = itemStart
                    var quote: UInt8 = 0
                    while itemEnd < inner {
                        let byte = bytes[itemEnd]
                        if quote == 0, byte == 0x2C { break }
                        if quote == 0, byte == 0x7B || byte == 0x7D || byte == 0x5B || byte == 0x5D { return nil }
                        if byte == 0x22 || byte == 0x27 { if quote == 0 { quote = byte } else if quote == byte { quote = 0 } }
                        itemEnd += 1
                    }
                    var from = itemStart
                    var to = itemEnd
                    while from < to, bytes[from] == 0x20 { from += 1 }
                    while to > from, bytes[to - 1] == 0x20 { to -= 1 }
                    guard from < to else { return nil }  // `[a, , b]` or a trailing comma
                    if isMapping {
                        var colon = from
                        while colon < to, bytes[colon].isPlainKeyByte { colon += 1 }
                        guard colon > from, colon < to, bytes[colon] == 0x3A, colon + 1 < to, bytes[colon + 1] == 0x20 else { return nil }
                        let keyText = String(decoding: bytes[from..<colon], as: UTF8.self)
                        var valueStart = colon + 1
                        while valueStart < to, bytes[valueStart] == 0x20 { valueStart += 1 }
                        guard seen.insert(keyText).inserted, let key = key(from, colon, line),
                              let value = scalar(valueStart, to, line) else { return nil }
                        pairs.append(ConfigNode.Pair(key: key, value: value))
                    } else {
                        guard let item = scalar(from, to, line) else { return nil }
                        items.append(item)
                    }
                    itemStart = itemEnd + 1
                }
            }
            return ConfigNode(content: isMapping ? .mapping(pairs) : .sequence(items), string: nil, int: nil, bool: nil,
                              line: line.number, column: column(start, in: line))
        }

        /// A quoted scalar without escapes, or a plain one (`plain`).
        func scalar(_ start: Int, _ end: Int, _ line: Line) -> ConfigNode? {
            let first = bytes[start]
            if first == 0x22 || first == 0x27 {
                guard end - start >= 2, bytes[end - 1] == first else { return nil }
                for index in (start + 1)..<(end - 1) where bytes[index] == first || bytes[index] == 0x5C { return nil }
                return .scalar(String(decoding: bytes[(start + 1)..<(end - 1)], as: UTF8.self),
                               line: line.number, column: column(start, in: line))
            }
            return plain(start, end, line)
        }

        /// A mapping key: a plain word. Yams reads no key as a boolean (`no:` is the text "no"), and
        /// whole-number keys are left to it.
        func key(_ start: Int, _ end: Int, _ line: Line) -> ConfigNode? {
            guard var node = plain(start, end, line), node.int == nil else { return nil }
            node.bool = nil
            return node
        }

        /// A plain scalar this reader can type exactly as Yams does: a word (letters first;
        /// `true`/`yes`/`on` and `false`/`no`/`off` in any case are booleans), or a whole number
        /// without sign, leading zero, `_` or `:`. Nil for anything else.
        func plain(_ start: Int, _ end: Int, _ line: Line) -> ConfigNode? {
            let first = bytes[start]
            var digits = true
            for index in start..<end {
                let byte = bytes[index]
                if !byte.isASCIIDigit { digits = false }
                // Letters, digits, and a few inner characters; no `:` (YAML 1.1 reads 1:30 as 90),
                // no `#`, quotes, brackets, commas or other indicators.
                let inner = byte == 0x2D || byte == 0x5F || byte == 0x2E || byte == 0x2F || (byte == 0x2A && index > start)
                    || (byte == 0x20 && index > start && bytes[index - 1] != 0x20)
                if !(byte.isASCIIDigit || byte.isASCIILetter || inner) { return nil }
            }
            let text = String(decoding: bytes[start..<end], as: UTF8.self)
            if digits {
                // Whole numbers only as Yams reads them without doubt: no leading zero (octal).
                guard end - start <= 18, first != 0x30 || end - start == 1 else { return nil }
                return .scalar(text, int: Int(text), line: line.number, column: column(start, in: line))
            }
            // Words start with a letter; paths (`../shared.yml`, `/etc/x.yml`) with `.` or `/`,
            // which no YAML 1.1 number or boolean does but `.5` and `.inf`, floats nobody reads here.
            guard first.isASCIILetter || first == 0x2E || first == 0x2F else { return nil }
            let bool: Bool?
            switch text.lowercased() {
            case "true", "yes", "on": bool = true
            case "false", "no", "off": bool = false
            default: bool = nil
            }
            return .scalar(text, bool: bool, line: line.number, column: column(start, in: line))
        }

    }
}
