/// The lines of a note's body as plain text, for the readers that look for facts written in
/// sentences wherever they stand (a resume left, a decision date, the interview's day): list,
/// quote, callout and task markers taken off, code blocks, comments and front matter left out.
struct ProseLine {
    var text: String
    var line: Int
    /// Scalar column of `text`'s first character in the source line.
    var column: Int
    /// An unticked to-do (`- [ ] send Tom the link`, Logseq `TODO`/`LATER`): a plan, not a fact.
    var isPlan: Bool
    /// A heading line.
    var isHeading: Bool
    /// A list item (its marker taken off).
    var isListItem = false

    var range: SourceRange { SourceRange(line: line, column: column, length: text.scalarCount) }
}

enum ProseLines {
    /// Every body line that holds text, in order.
    static func read(_ source: SourceText, skipping front: ClosedRange<Int>?) -> [ProseLine] {
        var result: [ProseLine] = []
        var fence: Substring?
        var inComment = false
        var inObsidianComment = false
        let first = (front?.upperBound ?? 0) + 1
        guard first <= source.lineCount else { return [] }
        for number in first...source.lineCount {
            let raw = source.line(number)
            let trimmed = raw.trimmingWhitespace()
            if let open = fence {
                if trimmed.hasPrefix(open) { fence = nil }
                continue
            }
            if trimmed.hasPrefix("```") || trimmed.hasPrefix("~~~") {
                fence = Substring(trimmed.prefix(3))
                continue
            }
            if inComment {
                if trimmed.contains("-->") { inComment = false }
                continue
            }
            if trimmed.hasPrefix("<!--") {
                if !trimmed.contains("-->") { inComment = true }
                continue
            }
            if inObsidianComment {
                if trimmed.contains("%%") { inObsidianComment = false }
                continue
            }
            if trimmed.hasPrefix("%%") {
                if !trimmed.dropFirst(2).contains("%%") { inObsidianComment = true }
                continue
            }
            guard !trimmed.isEmpty else { continue }
            if let line = strip(raw, line: number) { result.append(line) }
        }
        return result
    }

    /// The line without its block markers, or nil when nothing is left.
    static func strip(_ raw: Substring, line: Int) -> ProseLine? {
        var scalars = Array(raw.unicodeScalars)
        var start = 0
        var isPlan = false
        var isHeading = false
        var isListItem = false
        func skipSpaces() { while start < scalars.count, scalars[start] == " " || scalars[start] == "\t" { start += 1 } }
        func startsWith(_ text: String) -> Bool {
            let marks = Array(text.unicodeScalars)
            guard start + marks.count <= scalars.count else { return false }
            return Array(scalars[start..<(start + marks.count)]) == marks
        }
        var progress = true
        while progress {
            progress = false
            skipSpaces()
            guard start < scalars.count else { return nil }
            switch scalars[start] {
            case ">":
                start += 1
                progress = true
            case "-", "*", "+":
                if start + 1 < scalars.count, scalars[start + 1] == " " || scalars[start + 1] == "\t" {
                    start += 2
                    isListItem = true
                    progress = true
                }
            case "#":
                var level = start
                while level < scalars.count, scalars[level] == "#" { level += 1 }
                if level == scalars.count || scalars[level] == " " {
                    isHeading = true
                    start = level
                    progress = true
                }
            case "0"..."9":
                var digits = start
                while digits < scalars.count, ("0"..."9").contains(scalars[digits]) { digits += 1 }
                if digits < scalars.count - 1, scalars[digits] == "." || scalars[digits] == ")", scalars[digits + 1] == " " {
                    start = digits + 2
                    isListItem = true
                    progress = true
                }
            case "[":
                if startsWith("[ ] ") || startsWith("[ ]") && start + 3 == scalars.count {
                    isPlan = true
                    start += 3
                    progress = true
                } else if startsWith("[x]") || startsWith("[X]") {
                    start += 3
                    progress = true
                } else if startsWith("[!") {
                    // An Obsidian callout's type: `> [!note] Title`.
                    if let close = scalars[start...].firstIndex(of: "]") {
                        start = close + 1
                        if start < scalars.count, scalars[start] == "-" || scalars[start] == "+" { start += 1 }
                        progress = true
                    }
                }
            default:
                for (marker, plan) in [("TODO ", true), ("LATER ", true), ("NOW ", true), ("DOING ", true),
                                       ("WAITING ", true), ("DONE ", false)] where startsWith(marker) {
                    start += marker.unicodeScalars.count
                    isPlan = isPlan || plan
                    progress = true
                    break
                }
            }
        }
        var end = scalars.count
        while end > start, scalars[end - 1] == " " || scalars[end - 1] == "\t" || scalars[end - 1] == "#" && isHeading { end -= 1 }
        guard end > start else { return nil }
        scalars = Array(scalars[start..<end])
        var text = ""
        text.unicodeScalars.append(contentsOf: scalars)
        return ProseLine(text: text, line: line, column: start + 1, isPlan: isPlan, isHeading: isHeading, isListItem: isListItem)
    }

    /// The sentences of a line: split after `.`, `!` or `?` followed by a space, and at `;`.
    /// Abbreviations cut a sentence short now and then; the readers only look for words within one.
    static func sentences(_ text: String) -> [Substring] {
        var result: [Substring] = []
        var start = text.startIndex
        var index = text.startIndex
        while index < text.endIndex {
            let character = text[index]
            let next = text.index(after: index)
            if character == ";" || character == "·" || (".!?".contains(character) && (next == text.endIndex || text[next] == " ")) {
                let piece = text[start..<next]
                if !piece.trimmingWhitespace().isEmpty { result.append(piece) }
                start = next
            }
            index = next
        }
        if start < text.endIndex, !text[start...].trimmingWhitespace().isEmpty { result.append(text[start...]) }
        return result
    }
}
