/// The lines of a note's body as plain text, for the readers that look for facts written in
/// sentences wherever they stand (a resume left, a decision date, the interview's day): list,
/// quote, callout and task markers taken off, code blocks, comments and front matter left out.
final class ProseLine {
    var text: String
    var line: Int
    /// Scalar column of `text`'s first character in the source line.
    var column: Int
    /// An unticked to-do (`- [ ] send Tom the link`, Logseq `TODO`/`LATER`): a plan, not a fact.
    var isPlan: Bool
    /// A heading line, and its level (the number of `#`; 0 for a bold line or a callout's title).
    var isHeading: Bool
    var headingLevel = 0
    /// A list item (its marker taken off).
    var isListItem: Bool
    /// A quoted line (`>`, a callout's body); `isDone` a ticked task (`[x]`, Logseq `DONE`).
    var isQuote = false
    var isDone = false
    /// An Obsidian callout's title line (`> [!done] …`): it starts a block of its own.
    var isCalloutTitle = false
    /// Lines after the first were joined to it (a wrapped paragraph); `lastLine` is the last.
    var continued = false
    var lastLine = 0
    /// Where each joined line starts in `text` (in scalars), and in the source.
    var joins: [(offset: Int, line: Int, column: Int)] = []

    init(text: String, line: Int, column: Int, isPlan: Bool, isHeading: Bool, isListItem: Bool = false) {
        self.text = text
        self.line = line
        self.column = column
        self.isPlan = isPlan
        self.isHeading = isHeading
        self.isListItem = isListItem
    }

    var range: SourceRange { SourceRange(line: line, column: column, length: text.scalarCount) }

    /// The source range of `length` scalars at `offset` in `text`, on the line they were joined from.
    func range(at offset: Int, length: Int) -> SourceRange {
        let start = position(at: offset)
        return SourceRange(line: start.line, column: start.column, length: length)
    }

    func position(at offset: Int) -> SourcePosition {
        var (line, column) = (self.line, self.column + offset)
        for join in joins where offset >= join.offset { (line, column) = (join.line, join.column + offset - join.offset) }
        return SourcePosition(line: line, column: column)
    }

    /// Its tokens and its words, lower-cased (`ProseFacts.words`), worked out when a reader
    /// first asks: most lines of a long note are looked at by none.
    lazy var tokens: [Token] = Tokenizer.tokens(text)
    lazy var words: [String] = ProseFacts.words(Substring(text))

    /// Whether the line holds one of `cues` (compared as packed words; a word that does not
    /// pack, such as "résumé", counts, and the reader then looks at its spelling).
    func has(_ cues: WordSet) -> Bool {
        tokens.contains { token in
            guard let word = token.word else { return false }
            return word == .unpacked || cues.contains(word)
        }
    }
}

enum ProseLines {
    /// The longest line (and paragraph, joined) read as prose, in bytes.
    static let maximumLineBytes = 4096

    /// Every body line that holds text, in order.
    static func read(_ source: SourceText, skipping front: ClosedRange<Int>?) -> [ProseLine] {
        var result: [ProseLine] = []
        var fence: Substring?
        var inComment = false
        var inObsidianComment = false
        var previousBlank = true
        // How far the last line kept on its own is indented.
        var lastIndent = 0
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
                if trimmed.byteRange(of: "-->") != nil { inComment = false }
                continue
            }
            if trimmed.hasPrefix("<!--") {
                if trimmed.byteRange(of: "-->") == nil { inComment = true }
                continue
            }
            if inObsidianComment {
                if trimmed.byteRange(of: "%%") != nil { inObsidianComment = false }
                continue
            }
            if trimmed.hasPrefix("%%") {
                if trimmed.dropFirst(2).byteRange(of: "%%") == nil { inObsidianComment = true }
                continue
            }
            // No sentence of a note runs this long: a pathological line is left to cmark and the
            // sections (reading it as prose would cost memory in proportion to it).
            if raw.utf8.count > maximumLineBytes { continue }
            guard !trimmed.isEmpty else {
                previousBlank = true
                continue
            }
            guard let line = strip(raw, line: number) else { continue }
            // A paragraph's next line continues its sentence ("Priya said / they want to make a
            // decision by the end of next week."): joined to the line it continues.
            // An indented line under a list item belongs to it (Logseq's `card:: ✅` properties).
            let indented = raw.first == " " || raw.first == "\t"
            // A callout's body continues its title line ("> [!done] 2026-11-02 — Thank-you email" /
            // "> Sent at 4:50pm. Recapped …").
            // A callout's title that is a label (`> [!todo] Thank yous`) ends at its line, as a heading does.
            let quoteGoesOn = line.isQuote && (result.last?.isQuote ?? false) && !line.isCalloutTitle
                && result.last?.isCalloutHeading != true
            let indent = raw.utf8.prefix { $0 == 0x20 || $0 == 0x09 }.count
            // A done task's undated item nested under it says more of it ("- DONE thank-you email
            // to Yusuf — sent 21:00" / "  - recapped the changeover problem, said I'm keen").
            let detailsTask = line.isListItem && indent > lastIndent && !line.isPlan && !line.isDone
                && result.last?.isDone == true && !DocumentWalker.opensWithDay(line.text) && !DocumentWalker.opensWithTime(line.text)
            if !previousBlank, !line.isHeading, !line.isListItem || detailsTask, !line.isPlan, let last = result.last, !last.isHeading,
               last.text.utf8.count < maximumLineBytes,
               !startsBlock(trimmed) && !opensWithCommentHeader(trimmed) || indented && (last.isListItem || isOrgHeading(last) && !isOrgPlanning(trimmed))
                || quoteGoesOn
                || continuesWithDay(trimmed, after: last.text),
               last.line == number - 1 || last.continued {
                // An org heading's body ("** <…> Email thank-you to Ingrid" / "   Just …") is no more of
                // its title: a clause of its own, so the name in the title ends there.
                let separator = isOrgHeading(last) ? "; " : " "
                last.joins.append((last.text.scalarCount + separator.unicodeScalars.count, number, line.column))
                last.text += separator + line.text
                last.continued = true
                last.lastLine = number
            } else {
                result.append(line)
                lastIndent = indent
            }
            previousBlank = false
        }
        return result
    }

    /// Whether the bytes hold "mermaid", which a Mermaid block's fence names.
    static func mayHoldTimeline(_ bytes: [UInt8]) -> Bool {
        let word: [UInt8] = Array("mermaid".utf8)
        guard bytes.count >= word.count else { return false }
        var index = 0
        while index <= bytes.count - word.count {
            if bytes[index] == word[0], bytes[index..<(index + word.count)].elementsEqual(word) { return true }
            index += 1
        }
        return false
    }

    /// The events of the note's Mermaid timelines (a fenced `mermaid` block that opens with
    /// `timeline`), as dated lines of a log; other code blocks hold none.
    static func timelineEvents(_ source: SourceText) -> [ProseLine] {
        var result: [ProseLine] = []
        var fence: Substring?
        var mermaid = false
        // The period the events are under (empty before the first), nil outside a timeline.
        var timeline: String?
        for number in 1...max(1, source.lineCount) where number <= source.lineCount {
            let raw = source.line(number)
            let trimmed = raw.trimmingWhitespace()
            if let open = fence {
                if trimmed.hasPrefix(open) {
                    (fence, timeline) = (nil, nil)
                } else if let period = timeline {
                    timeline = timelineEvents(raw, line: number, period: period, into: &result)
                } else if mermaid, trimmed == "timeline" {
                    timeline = ""
                }
            } else if trimmed.hasPrefix("```") || trimmed.hasPrefix("~~~") {
                fence = Substring(trimmed.prefix(3))
                mermaid = trimmed.dropFirst(3).trimmingWhitespace() == "mermaid"
            }
        }
        return result
    }

    /// The events of a Mermaid timeline's line (`2026-11-10 15:00 : Thank-you email to Nadia`, or
    /// `: Thank-you email to Tobias` under the period above) as lines "period — event" each;
    /// returns the period the next line's events are under.
    static func timelineEvents(_ raw: Substring, line number: Int, period: String, into result: inout [ProseLine]) -> String {
        let parts = raw.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count > 1 else { return period }
        // A time's colon ("09:00") is no separator: the separator has spaces around it.
        var pieces: [(text: Substring, column: Int)] = []
        var column = 1
        var current: Substring?
        var currentColumn = 1
        for (index, part) in parts.enumerated() {
            if let open = current, !(open.last == " " && part.first == " ") {
                current = raw[open.startIndex..<part.endIndex]
            } else {
                if let open = current { pieces.append((open, currentColumn)) }
                current = part
                currentColumn = column
            }
            column += part.unicodeScalars.count + (index < parts.count - 1 ? 1 : 0)
        }
        if let open = current { pieces.append((open, currentColumn)) }
        let written = pieces[0].text.trimmingWhitespace()
        guard !written.isEmpty || !period.isEmpty else { return period }
        let date = written.isEmpty ? period : String(written)
        for piece in pieces.dropFirst() {
            let event = piece.text.trimmingWhitespace()
            guard !event.isEmpty else { continue }
            let lead = piece.text.unicodeScalars.prefix { $0 == " " || $0 == "\t" }.count
            let text = date + " — " + event
            let start = piece.column + lead - date.unicodeScalars.count - 3
            result.append(ProseLine(text: text, line: number, column: max(1, start), isPlan: false, isHeading: false, isListItem: true))
        }
        return date
    }

    /// Words a sentence does not end on: a line after one that opens with a day or a time ("Sent
    /// it Wednesday 11 Nov at" / "9:20am: thanked him, …") goes on with the sentence, where
    /// otherwise it would open a dated line of its own.
    static let openEndings: WordSet = ["at", "on", "by", "around", "about", "until", "till", "til", "from", "before",
                                       "after", "since", "to", "and", "or", "the", "a", "an", "of", "in", "with", "for",
                                       "between", "than", "approx", "approximately", "circa", "um", "le", "el", "op"]

    private static func continuesWithDay(_ trimmed: String, after previous: String) -> Bool {
        guard let first = trimmed.utf8.first, first &- 0x30 < 10 || (first | 0x20) &- 0x61 < 26 else { return false }
        let last = previous.utf8.reversed().prefix { ($0 | 0x20) &- 0x61 < 26 }
        guard !last.isEmpty, last.count == previous.utf8.reversed().prefix(while: { $0 != 0x20 }).count else { return false }
        // "What happened after" over "10/27 6:30 pm  thank-you email …": a label of three words
        // over a log, not a sentence that goes on.
        if previous.utf8.lazy.filter({ $0 == 0x20 }).count < 3, previous.utf8.first.map({ $0 &- 0x41 < 26 }) == true { return false }
        return openEndings.contains(Word(String(decoding: last.reversed(), as: UTF8.self).lowercased()))
    }

    /// "me – 23/Nov/26 10:10 AM": a comment's header, which the stripped line opens with its day.
    private static func opensWithCommentHeader(_ trimmed: String) -> Bool {
        let utf8 = trimmed.utf8
        guard utf8.count > 6, let first = utf8.first, first | 0x20 == UInt8(ascii: "m"),
              utf8.dropFirst().first.map({ $0 | 0x20 == UInt8(ascii: "e") }) == true,
              utf8.dropFirst(2).first == 0x20 else { return false }
        return strip(Substring(trimmed), line: 0).map { !$0.text.hasPrefix("me ") && !$0.text.hasPrefix("Me ") } ?? false
    }

    /// A line that opens a block of its own: a table row, a quote, a key line, a date line.
    /// An org-mode heading kept as text (`** <2026-11-03 Tue 18:00> Email thank-you …`): stars from the
    /// line's first column, then a space, and no line joined to it yet. A task heading (`*** DONE …`)
    /// is left to `ProseContacts.orgEntry`, which reads its CLOSED line and body.
    static func isOrgHeading(_ line: ProseLine) -> Bool {
        guard line.column == 1, !line.continued, !line.isListItem, !line.isQuote,
              ProseContacts.orgTask(line.text) == nil else { return false }
        let stars = line.text.utf8.prefix { $0 == UInt8(ascii: "*") }.count
        return stars >= 1 && line.text.utf8.dropFirst(stars).first == 0x20
    }

    /// An org planning or drawer line under a heading (`CLOSED: […]`, `SCHEDULED: <…>`, `:PROPERTIES:`).
    static func isOrgPlanning(_ trimmed: String) -> Bool {
        trimmed.hasPrefix(":") || trimmed.hasPrefix("CLOSED:") || trimmed.hasPrefix("SCHEDULED:") || trimmed.hasPrefix("DEADLINE:")
    }

    private static func startsBlock(_ trimmed: String) -> Bool {
        guard let first = trimmed.unicodeScalars.first else { return true }
        if "|>*#-+[<".unicodeScalars.contains(first) || ("0"..."9").contains(first) { return true }
        if trimmed.hasPrefix("__") { return true }
        // "Wed 18/11 – rang Hamish", "Nov 23: Hamish rang back": a dated line of a log written as one paragraph.
        let word = trimmed.prefix { $0.isLetter }
        if word.count >= 3, word.count <= 9, trimmed.dropFirst(word.count).first == " ",
           trimmed.dropFirst(word.count + 1).first?.isNumber == true,
           DateReader.weekdayNames[word.lowercased()] != nil || DateReader.monthNames[word.lowercased()] != nil { return true }
        if let colon = trimmed.firstIndex(of: ":"), trimmed[..<colon].split(separator: " ").count <= 3,
           trimmed[..<colon].allSatisfy({ $0.isLetter || $0 == " " || $0 == "-" || $0 == "_" || $0 == "*" }) { return true }
        return false
    }

    /// The line without its block markers, or nil when nothing is left. On the bytes: every
    /// marker is ASCII, so the bytes skipped are also the scalars skipped (the column).
    static func strip(_ raw: Substring, line: Int) -> ProseLine? {
        // The markers are at the start: only a short prefix of the line is copied to look at.
        let utf8 = raw.utf8
        let bytes = Array(utf8.prefix(64))
        var start = 0
        var isPlan = false, isHeading = false, isListItem = false, isQuote = false, isDone = false, isCallout = false
        var headingLevel = 0
        func at(_ index: Int) -> UInt8 { index < bytes.count ? bytes[index] : 0 }
        func startsWith(_ text: StaticString) -> Bool {
            let count = text.utf8CodeUnitCount
            guard start + count <= bytes.count else { return false }
            let marks = UnsafeBufferPointer(start: text.utf8Start, count: count)
            for offset in 0..<count where bytes[start + offset] != marks[offset] { return false }
            return true
        }
        var progress = true
        while progress {
            progress = false
            while start < bytes.count, bytes[start] == 0x20 || bytes[start] == 0x09 { start += 1 }
            guard start < bytes.count else { return nil }
            switch bytes[start] {
            case UInt8(ascii: ">"):
                start += 1
                isQuote = true
                progress = true
            case UInt8(ascii: "-"), UInt8(ascii: "*"), UInt8(ascii: "+"):
                if at(start + 1) == 0x20 || at(start + 1) == 0x09 {
                    start += 2
                    isListItem = true
                    progress = true
                }
            case 0xE2:
                // A bullet typed as a character (Apple Notes, pasted text: "• ", "◦ ", "▪ ", "‣ "): Markdown
                // joins such lines into one paragraph, but each is an item of its own.
                let bullet = (at(start + 1), at(start + 2))
                if bullet == (0x80, 0xA2) || bullet == (0x80, 0xA3) || bullet == (0x97, 0xA6) || bullet == (0x96, 0xAA),
                   at(start + 3) == 0x20 {
                    start += 4
                    isListItem = true
                    progress = true
                } else if bullet == (0x98, 0x91) || bullet == (0x98, 0x90), at(start + 3) == 0x20, !isListItem {
                    // A checklist exported as text (Google Keep: "☑ Called Ada …", "☐ Hear back?"): each
                    // line a task of its own, ticked or still to do, as `- [x]` and `- [ ]` are.
                    if bullet.1 == 0x91 { isDone = true } else { isPlan = true }
                    start += 4
                    isListItem = true
                    progress = true
                }
            case UInt8(ascii: "#"):
                var level = start
                while level < bytes.count, bytes[level] == UInt8(ascii: "#") { level += 1 }
                if level == bytes.count || bytes[level] == 0x20 {
                    isHeading = true
                    headingLevel = level - start
                    start = level
                    progress = true
                }
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                var digits = start
                while digits < bytes.count, bytes[digits] >= 0x30, bytes[digits] <= 0x39 { digits += 1 }
                if digits < bytes.count - 1, bytes[digits] == UInt8(ascii: ".") || bytes[digits] == UInt8(ascii: ")"),
                   bytes[digits + 1] == 0x20 {
                    start = digits + 2
                    isListItem = true
                    progress = true
                }
            case UInt8(ascii: "["):
                if startsWith("[ ] ") || startsWith("[ ]") && start + 3 == bytes.count {
                    isPlan = true
                    start += 3
                    progress = true
                } else if startsWith("[x]") || startsWith("[X]") {
                    start += 3
                    isDone = true
                    progress = true
                } else if startsWith("[!"), let close = bytes[start...].firstIndex(of: UInt8(ascii: "]")) {
                    // An Obsidian callout's type: `> [!note] Title`.
                    start = close + 1
                    isCallout = true
                    if at(start) == UInt8(ascii: "-") || at(start) == UInt8(ascii: "+") { start += 1 }
                    progress = true
                }
            case UInt8(ascii: "{"):
                // Roam's task markers: `{{[[TODO]]}}` is a plan, `{{[[DONE]]}}` done (`{{TODO}}` in older graphs).
                for (marker, plan) in [("{{[[TODO]]}} ", true), ("{{[[DONE]]}} ", false), ("{{TODO}} ", true),
                                       ("{{DONE}} ", false)] as [(StaticString, Bool)] where startsWith(marker) {
                    start += marker.utf8CodeUnitCount
                    isPlan = isPlan || plan
                    isDone = isDone || !plan
                    progress = true
                    break
                }
            case UInt8(ascii: "T"), UInt8(ascii: "L"), UInt8(ascii: "N"), UInt8(ascii: "D"), UInt8(ascii: "W"):
                // Logseq's task markers: TODO, LATER, NOW, DOING and WAITING are plans, DONE is done.
                for (marker, plan) in [("TODO ", true), ("LATER ", true), ("NOW ", true), ("DOING ", true),
                                       ("WAITING ", true), ("DONE ", false)] as [(StaticString, Bool)] where startsWith(marker) {
                    start += marker.utf8CodeUnitCount
                    isPlan = isPlan || plan
                    isDone = isDone || !plan
                    progress = true
                    break
                }
            default:
                break
            }
        }
        // A task board's comment header by the writer, before its day (`**Me** · Nov 11, 2026 6:04 PM`):
        // the line is dated as a log's. Another author's comment keeps its name, and is theirs.
        if startsWith("**Me** \u{00B7} ") || startsWith("**You** \u{00B7} ") {
            let after = start + (at(start + 2) == UInt8(ascii: "M") ? 10 : 11)
            let next = at(after)
            let month = (after..<min(bytes.count, after + 3)).map { at($0) | 0x20 }
            if next >= 0x30 && next <= 0x39 || DateReader.monthNames[String(decoding: month, as: UTF8.self)] != nil { start = after }
        }
        // An exported comment's header by the writer, bare (Jira's `me – 09/Nov/26 7:40 PM`): the same.
        if at(start) | 0x20 == UInt8(ascii: "m"), at(start + 1) | 0x20 == UInt8(ascii: "e"), at(start + 2) == 0x20 {
            var after = start + 3
            if at(after) == 0xE2, at(after + 1) == 0x80, at(after + 2) == 0x93 || at(after + 2) == 0x94 { after += 3 }
            else if at(after) == 0xC2, at(after + 1) == 0xB7 { after += 2 }
            else if at(after) == UInt8(ascii: "-") { after += 1 }
            if after > start + 3, at(after) == 0x20 {
                let month = (after + 1..<min(bytes.count, after + 4)).map { at($0) | 0x20 }
                let next = at(after + 1)
                if next >= 0x30 && next <= 0x39 || DateReader.monthNames[String(decoding: month, as: UTF8.self)] != nil { start = after + 1 }
            }
        }
        guard start < bytes.count || utf8.count > bytes.count else { return nil }
        var end = utf8.endIndex
        let first = utf8.index(utf8.startIndex, offsetBy: start)
        while end > first {
            let before = utf8.index(before: end)
            let byte = utf8[before]
            guard byte == 0x20 || byte == 0x09 || byte == UInt8(ascii: "#") && isHeading else { break }
            end = before
        }
        guard end > first else { return nil }
        var text = String(Substring(utf8[first..<end]))
        // `Dr\. Marsh \- Director`, as word processors export: read as the note shows it.
        if bytes[start...].contains(UInt8(ascii: "\\")) { text = Markup.unescaped(text) }
        // Columns count scalars: the prefix taken off may hold a "·".
        var column = 1
        for index in 0..<min(start, bytes.count) where bytes[index] & 0xC0 != 0x80 { column += 1 }
        let result = ProseLine(text: text, line: line, column: column, isPlan: isPlan, isHeading: isHeading, isListItem: isListItem)
        result.isQuote = isQuote
        result.isDone = isDone
        result.isCalloutTitle = isCallout
        result.headingLevel = headingLevel
        return result
    }

    /// Whether the word after the space at `space` is a German month ("2. Dezember").
    static func germanMonthFollows(_ utf8: String.UTF8View, after space: String.Index) -> Bool {
        let from = utf8.index(after: space)
        guard from < utf8.endIndex, utf8[from] >= UInt8(ascii: "A"), utf8[from] <= UInt8(ascii: "Z") else { return false }
        let word = String(decoding: utf8[from...].prefix { $0 != 0x20 && $0 != UInt8(ascii: ",") && $0 != UInt8(ascii: ".") }, as: UTF8.self)
        return germanMonthNames.contains(word.quickLowercased())
    }
    static let germanMonthNames: Set<String> = ["januar", "februar", "märz", "maerz", "april", "mai", "juni", "juli", "august",
                                                "september", "oktober", "november", "dezember"]

    /// The sentences of a line: split after `.`, `!` or `?` followed by a space, and at `;` and
    /// `·`. Abbreviations cut a sentence short now and then; the readers only look for words
    /// within one. On the bytes: every mark is ASCII but `·` (C2 B7).
    static func sentences(_ text: String) -> [Substring] {
        var result: [Substring] = []
        let utf8 = text.utf8
        var start = utf8.startIndex
        var index = utf8.startIndex
        func cut(_ end: String.Index) {
            let piece = Substring(utf8[start..<end])
            if piece.utf8.contains(where: { $0 != 0x20 && $0 != 0x09 }) { result.append(piece) }
            start = end
        }
        while index < utf8.endIndex {
            let byte = utf8[index]
            let next = utf8.index(after: index)
            switch byte {
            case UInt8(ascii: ";"):
                cut(next)
            case UInt8(ascii: "."), UInt8(ascii: "!"), UInt8(ascii: "?"):
                if next == utf8.endIndex { cut(next) } else if utf8[next] == 0x20, !(byte == UInt8(ascii: ".") && index > start
                    && utf8[utf8.index(before: index)] &- 0x30 < 10 && germanMonthFollows(utf8, after: next)) {
                    // "Entscheidung bis 2. Dezember": a German day's dot ends no sentence.
                    cut(next)
                }
            case 0xC2:
                if next < utf8.endIndex, utf8[next] == 0xB7 { cut(utf8.index(after: next)) }
            default:
                break
            }
            index = next
        }
        if start < utf8.endIndex { cut(utf8.endIndex) }
        return result
    }
}
