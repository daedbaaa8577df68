/// Text gathered from one or more source lines, remembering where each piece came from, so that
/// a field found at some offset can be pointed at exactly.
struct SourceSpan {
    private(set) var text: String = ""
    /// (offset in `text` in scalars, line, column of that scalar)
    private var anchors: [(offset: Int, line: Int, column: Int)] = []
    private var length = 0

    init() {}

    init(_ piece: Substring, line: Int, column: Int) {
        append(piece, line: line, column: column)
    }

    mutating func append(_ piece: Substring, line: Int, column: Int) {
        if !text.isEmpty {
            text += " "
            length += 1
        }
        anchors.append((length, line, column))
        text += piece
        length += piece.unicodeScalars.count
    }

    var isEmpty: Bool { text.isEmpty }

    func position(at offset: Int) -> SourcePosition {
        var best = anchors.first ?? (0, 1, 1)
        for anchor in anchors where anchor.offset <= offset { best = anchor }
        return SourcePosition(line: best.line, column: best.column + offset - best.offset)
    }

    /// The offset in `text` of a position handed out by `position(at:)`.
    func offset(of position: SourcePosition) -> Int {
        for anchor in anchors.reversed() where anchor.line == position.line && anchor.column <= position.column {
            return anchor.offset + position.column - anchor.column
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
        let scalars = Array(text.unicodeScalars)
        for (index, anchor) in anchors.enumerated() {
            // Each piece ends where the next begins, less the joining space.
            let end = index + 1 < anchors.count ? anchors[index + 1].offset - 1 : scalars.count
            let from = max(anchor.offset, offset)
            guard from < end else { continue }
            let piece = String(String.UnicodeScalarView(scalars[from..<end]))
            result.append(Substring(piece), line: anchor.line, column: anchor.column + from - anchor.offset)
        }
        return result
    }

    /// Splits at separators, keeping each field's offset. `isSeparator` sees the scalars and an
    /// index and returns the separator's length there (0 when none).
    func fields(separatedBy isSeparator: ([Unicode.Scalar], Int) -> Int) -> [(text: String, offset: Int, length: Int)] {
        let scalars = Array(text.unicodeScalars)
        var result: [(String, Int, Int)] = []
        var start = 0
        var index = 0
        func flush(_ end: Int) {
            var from = start
            var to = end
            while from < to, scalars[from].properties.isWhitespace { from += 1 }
            while to > from, scalars[to - 1].properties.isWhitespace { to -= 1 }
            if from < to {
                result.append((String(String.UnicodeScalarView(scalars[from..<to])), from, to - from))
            }
        }
        while index < scalars.count {
            let separator = isSeparator(scalars, index)
            if separator > 0 {
                flush(index)
                index += separator
                start = index
            } else {
                index += 1
            }
        }
        flush(scalars.count)
        return result
    }
}

enum Markup {
    /// Removes the inline Markdown people put around names and values: emphasis, code spans,
    /// wikilinks (`[[Jane Doe|Jane]]` → "Jane Doe"), links (`[text](url)` → "text") and autolinks.
    static func plain(_ text: String) -> String {
        var value = text.trimmingWhitespace()
        // [text](url)
        if value.hasPrefix("["), !value.hasPrefix("[["), let close = value.firstIndex(of: "]"),
           value[value.index(after: close)...].hasPrefix("(") {
            value = String(value[value.index(after: value.startIndex)..<close])
        }
        if value.hasPrefix("[["), let end = value.range(of: "]]") {
            var inner = String(value[value.index(value.startIndex, offsetBy: 2)..<end.lowerBound])
            if let bar = inner.firstIndex(of: "|") { inner = String(inner[..<bar]) }
            value = inner + value[end.upperBound...]
        }
        let wrappers: Set<Character> = ["*", "_", "`", "<", ">", "~", "\"", "'"]
        while let first = value.first, wrappers.contains(first) { value.removeFirst() }
        while let last = value.last, wrappers.contains(last) { value.removeLast() }
        if value.lowercased().hasPrefix("mailto:") { value = String(value.dropFirst(7)) }
        if value.lowercased().hasPrefix("tel:") { value = String(value.dropFirst(4)) }
        return value.replacingOccurrences(of: "[[", with: "").replacingOccurrences(of: "]]", with: "")
            .trimmingWhitespace()
    }

    /// An Obsidian wikilink value (`[[Lumen Energy]]`, `[[Lumen Energy|Lumen]]`) as its plain
    /// name; any other text unchanged but for surrounding white space.
    static func unwrapWikilink(_ text: String) -> String {
        let value = text.trimmingWhitespace()
        guard value.hasPrefix("[["), value.hasSuffix("]]"), value.count > 4 else { return value }
        var inner = String(value.dropFirst(2).dropLast(2))
        if let bar = inner.firstIndex(of: "|") { inner = String(inner[..<bar]) }
        return inner.trimmingWhitespace()
    }

    /// Lowercase letters and digits only: how headings, keys and column names are compared.
    static func key(_ text: String) -> String {
        String(String.UnicodeScalarView(text.lowercased().unicodeScalars.filter {
            $0.properties.isAlphabetic || ($0.value >= 48 && $0.value <= 57)
        }))
    }
}

extension String {
    func replacingOccurrences(of target: String, with replacement: String) -> String {
        guard !target.isEmpty, contains(target) else { return self }
        var result = ""
        var rest = self[...]
        while let found = rest.range(of: target) {
            result += rest[..<found.lowerBound]
            result += replacement
            rest = rest[found.upperBound...]
        }
        return result + rest
    }
}

extension StringProtocol {
    func range(of target: String) -> Range<Index>? {
        guard !target.isEmpty else { return nil }
        var index = startIndex
        while index != endIndex {
            if self[index...].hasPrefix(target) {
                return index..<self.index(index, offsetBy: target.count)
            }
            index = self.index(after: index)
        }
        return nil
    }
}
