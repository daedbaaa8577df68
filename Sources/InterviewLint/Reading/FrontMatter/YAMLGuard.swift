/// What interview-lint refuses to hand to Yams: mapping keys that are themselves collections
/// (`? - a` explicit keys, `[a, b]: x` or `{a: 1}: x` flow keys) and flow collections nested
/// more than 16 deep. Front matter and configuration files never need them, and Yams sorts
/// duplicate keys with a comparison that doubles its work at every level of nesting: a 1 KB
/// configuration of repeated `? - - - -` keys ran for minutes (found by `scripts/fuzz config`).
enum YAMLGuard {
    static let maximumDepth = 16

    /// Where the first such construct starts (1-based line and column in `text`), and what it is.
    static func complexKey(in text: String) -> (line: Int, column: Int, what: String)? {
        var line = 0
        var depth = 0
        for rawLine in text.utf8.split(separator: 0x0A, omittingEmptySubsequences: false) {
            line += 1
            let bytes = Array(rawLine)
            var index = 0
            while index < bytes.count, bytes[index] == 0x20 || bytes[index] == 0x09 { index += 1 }
            // Block sequence entries before the key: `- `, `- - `...
            while index < bytes.count, bytes[index] == 0x2D, index + 1 == bytes.count || bytes[index + 1] == 0x20 {
                index += 1
                while index < bytes.count, bytes[index] == 0x20 { index += 1 }
            }
            guard index < bytes.count else { continue }
            if bytes[index] == 0x3F, index + 1 == bytes.count || bytes[index + 1] == 0x20 || bytes[index + 1] == 0x09 {
                return (line, column(index, bytes), "an explicit key (`?`)")
            }
            let lineStart = index
            let startsFlow = bytes[index] == 0x5B || bytes[index] == 0x7B
            var quote: UInt8 = 0
            var closedAt: Int?
            var openedHere = 0
            while index < bytes.count {
                let byte = bytes[index]
                if quote != 0 {
                    if byte == 0x5C, quote == 0x22 { index += 1 } else if byte == quote { quote = 0 }
                } else if byte == 0x22 || byte == 0x27 {
                    quote = byte
                } else if byte == 0x23, index == 0 || bytes[index - 1] == 0x20 || bytes[index - 1] == 0x09 {
                    break  // a comment
                } else if byte == 0x5B || byte == 0x7B {
                    depth += 1
                    openedHere += 1
                    if depth > maximumDepth { return (line, column(index, bytes), "collections nested more than \(maximumDepth) deep") }
                } else if byte == 0x5D || byte == 0x7D {
                    depth = max(0, depth - 1)
                    openedHere -= 1
                    if startsFlow, openedHere == 0, closedAt == nil { closedAt = index }
                }
                index += 1
            }
            // A flow collection that opens the line and is followed by `:` is a key.
            if let closedAt {
                var after = closedAt + 1
                while after < bytes.count, bytes[after] == 0x20 { after += 1 }
                if after < bytes.count, bytes[after] == 0x3A { return (line, column(lineStart, bytes), "a list or mapping used as a key") }
            }
        }
        return nil
    }

    /// Where the first alias (`*name` where a value starts, outside quotes and comments) is, if
    /// any. Configuration files refuse them: nine lines of aliases of aliases expand to a billion
    /// nodes once the tree is walked, and no setting needs one.
    static func alias(in text: String) -> (line: Int, column: Int)? {
        var line = 0
        for rawLine in text.utf8.split(separator: 0x0A, omittingEmptySubsequences: false) {
            line += 1
            let bytes = Array(rawLine)
            var quote: UInt8 = 0
            // The last byte outside quotes that is not a space, 0 at the start of the line.
            var previous: UInt8 = 0
            // Whether only indentation and `- ` entries came before: a `-` there starts an entry;
            // elsewhere it is part of a word (`a- *b` is one plain scalar).
            var lineHead = true
            var dashStartsEntry = false
            for index in bytes.indices {
                let byte = bytes[index]
                if quote != 0 {
                    if byte == 0x5C, quote == 0x22 { continue }
                    if byte == quote { quote = 0; previous = byte }
                    continue
                }
                let spaced = index == 0 || bytes[index - 1] == 0x20 || bytes[index - 1] == 0x09
                if byte == 0x23, spaced { break }  // a comment
                if byte == 0x22 || byte == 0x27 { quote = byte; continue }
                if byte == 0x2A {
                    // A value starts at the line's start, after `[`, `{` or `,`, and after `: `,
                    // `- ` or `? `; elsewhere `*` is part of a plain scalar (`templates/**`).
                    let opens = previous == 0 || previous == 0x5B || previous == 0x7B || previous == 0x2C
                    let indicator = previous == 0x3A || previous == 0x3F || (previous == 0x2D && dashStartsEntry)
                    if opens || (indicator && spaced) { return (line, column(index, bytes)) }
                }
                if byte != 0x20 && byte != 0x09 {
                    if byte == 0x2D { dashStartsEntry = lineHead } else { lineHead = false }
                    previous = byte
                }
            }
        }
        return nil
    }

    /// The 1-based column, in Unicode scalars, of byte `index`.
    private static func column(_ index: Int, _ bytes: [UInt8]) -> Int {
        bytes[..<index].reduce(1) { $1 & 0xC0 == 0x80 ? $0 : $0 + 1 }
    }
}
