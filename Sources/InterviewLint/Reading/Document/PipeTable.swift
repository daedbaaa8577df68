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
                  // Bytes: both marks are ASCII, and Foundation's `contains` is slow on every row.
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

    /// Splits a row at unescaped pipes outside code spans. Worked out on the UTF-8 bytes,
    /// counting scalars for the columns (an array of scalars for every row would cost more than
    /// the rest).
    static func cells(_ text: Substring, line: Int, column: Int) -> [Cell] {
        if let cells = text.utf8.withContiguousStorageIfAvailable({ cells($0, line: line, column: column) }) { return cells }
        var copy = String(text)
        return copy.withUTF8 { cells($0, line: line, column: column) }
    }

    private static func cells(_ bytes: UnsafeBufferPointer<UInt8>, line: Int, column: Int) -> [Cell] {
        var boundaries: [(from: TextPlace, to: TextPlace)] = []
        boundaries.reserveCapacity(8)
        var start = TextPlace(byte: 0, scalar: 0)
        var here = start
        var inCode = false
        func step() {
            here = TextPlace(byte: here.byte + UTF8Cursor.decode(bytes, at: here.byte).width, scalar: here.scalar + 1)
        }
        while here.byte < bytes.count {
            let byte = bytes[here.byte]
            if byte == UInt8(ascii: "\\") {
                // The backslash and the character it escapes.
                step()
                if here.byte < bytes.count { step() }
                continue
            }
            if byte == UInt8(ascii: "`") { inCode.toggle() }
            if byte == UInt8(ascii: "|") && !inCode {
                boundaries.append((start, here))
                step()
                start = here
                continue
            }
            step()
        }
        boundaries.append((start, here))
        // A leading or trailing pipe leaves an empty edge cell: drop those.
        let whole = trimmedSpan(bytes)
        func isBlank(_ cell: (from: TextPlace, to: TextPlace)) -> Bool {
            let trimmed = trimmedSpan(bytes, from: cell.from, to: cell.to)
            return trimmed.from.byte == trimmed.to.byte
        }
        // Whether the row starts (ends) with a pipe as a whole character: a combining mark after
        // it, or a prepended mark before it, makes one character of both, as Swift counts them.
        let trimmed = UnsafeBufferPointer(rebasing: bytes[whole.from.byte..<whole.to.byte])
        func edgeIsPipe(_ atStart: Bool) -> Bool {
            guard let edge = atStart ? trimmed.first : trimmed.last, edge == UInt8(ascii: "|") else { return false }
            let neighbour = trimmed.count < 2 ? 0 : atStart ? trimmed[1] : trimmed[trimmed.count - 2]
            if neighbour < 0x80 { return true }
            let text = String(decoding: trimmed, as: UTF8.self)
            return atStart ? text.hasPrefix("|") : text.hasSuffix("|")
        }
        if let first = boundaries.first, edgeIsPipe(true), isBlank(first) {
            boundaries.removeFirst()
        }
        if let last = boundaries.last, edgeIsPipe(false), isBlank(last) {
            boundaries.removeLast()
        }
        var cells: [Cell] = []
        cells.reserveCapacity(boundaries.count)
        for boundary in boundaries {
            let (from, to) = trimmedSpan(bytes, from: boundary.from, to: boundary.to)
            var cellText = String(decoding: UnsafeBufferPointer(rebasing: bytes[from.byte..<to.byte]), as: UTF8.self)
            if cellText.hasByte(UInt8(ascii: "\\")) { cellText = cellText.replacingOccurrences(of: "\\|", with: "|") }
            cells.append(Cell(text: cellText, range: SourceRange(line: line, column: column + from.scalar, length: to.scalar - from.scalar)))
        }
        return cells
    }
}
