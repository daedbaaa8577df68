/// A GitHub pipe table, recognised from the source lines of a paragraph (libcmark does not parse
/// tables), with each cell's exact position.
struct PipeTable {
    struct Cell {
        var text: String
        var range: SourceRange
    }

    var header: [String]
    /// Normalised header names (`Markup.key`).
    var keys: [String]
    var rows: [(cells: [Cell], range: SourceRange)]

    /// The column whose header is one of `names` (normalised), if any.
    func column(_ names: Set<String>) -> Int? {
        keys.firstIndex { names.contains($0) }
    }

    /// Reads `lines` (line number and text starting at `column`) as a table, or nil when the
    /// second line is not a delimiter row.
    init?(lines: [(line: Int, column: Int, text: Substring)]) {
        // Most paragraphs are not tables: a delimiter row holds only | - : and spaces.
        guard lines.count >= 2, lines[1].text.utf8.contains(UInt8(ascii: "-")),
              lines[1].text.utf8.allSatisfy({ byte in
                  switch byte {
                  case UInt8(ascii: "|"), UInt8(ascii: "-"), UInt8(ascii: ":"), UInt8(ascii: " "), UInt8(ascii: "\t"): return true
                  default: return false
                  }
              })
        else { return nil }
        let headerCells = PipeTable.cells(lines[0].text, line: lines[0].line, column: lines[0].column)
        let delimiter = PipeTable.cells(lines[1].text, line: lines[1].line, column: lines[1].column)
        guard headerCells.count >= 2 || lines[0].text.utf8.contains(UInt8(ascii: "|")), !delimiter.isEmpty,
              delimiter.allSatisfy({ cell in
                  // Bytes: both marks are ASCII, and Foundation's `contains` was the costliest step here.
                  let t = cell.text.utf8
                  return !t.isEmpty && t.contains(UInt8(ascii: "-"))
                      && t.allSatisfy { $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: ":") }
              })
        else { return nil }
        header = headerCells.map { Markup.plain($0.text) }
        keys = header.map(Markup.key)
        rows = lines.dropFirst(2).map { entry in
            let cells = PipeTable.cells(entry.text, line: entry.line, column: entry.column)
            let length = entry.text.scalarCount
            return (cells, SourceRange(line: entry.line, column: entry.column, length: length))
        }
    }

    /// Splits a row at unescaped pipes outside code spans.
    static func cells(_ text: Substring, line: Int, column: Int) -> [Cell] {
        let scalars = text.scalarArray
        var cells: [Cell] = []
        var start = 0
        var index = 0
        var inCode = false
        var boundaries: [(Int, Int)] = []
        while index < scalars.count {
            let scalar = scalars[index]
            if scalar == "\\" { index += 2; continue }
            if scalar == "`" { inCode.toggle() }
            if scalar == "|" && !inCode {
                boundaries.append((start, index))
                start = index + 1
            }
            index += 1
        }
        boundaries.append((start, scalars.count))
        // A leading or trailing pipe leaves an empty edge cell: drop those.
        if let first = boundaries.first, text.trimmingWhitespace().hasPrefix("|"),
           scalars[first.0..<first.1].allSatisfy({ $0.isSpace }) {
            boundaries.removeFirst()
        }
        if let last = boundaries.last, text.trimmingWhitespace().hasSuffix("|"),
           scalars[last.0..<last.1].allSatisfy({ $0.isSpace }) {
            boundaries.removeLast()
        }
        for (from, to) in boundaries {
            var a = from
            var b = to
            while a < b, scalars[a].isSpace { a += 1 }
            while b > a, scalars[b - 1].isSpace { b -= 1 }
            var cellText = makeString(scalars[a..<b])
            if cellText.utf8.contains(UInt8(ascii: "\\")) { cellText = cellText.replacingOccurrences(of: "\\|", with: "|") }
            cells.append(Cell(text: cellText, range: SourceRange(line: line, column: column + a, length: b - a)))
        }
        return cells
    }
}
