import Glibc

/// Where a section's content came from.
enum ContentSource {
    case item(SourceSpan)
    case table(PipeTable)
    case line(SourceSpan)
}

/// One pass over the top-level blocks, sorting their content into sections.
struct DocumentWalker {
    let source: SourceText
    let document: MarkdownDocument
    let options: ReaderOptions

    var title: Located<String>?
    var directives: [Directive] = []
    var keyLines = FrontMatterReader.Fields()
    var sectionRanges = SectionRanges()
    var peopleSources: [ContentSource] = []
    /// People tables outside any section, read when no section lists anyone.
    var loosePeopleTables: [PipeTable] = []
    /// Contacts written under a person (their heading or their list item), by line: the text
    /// that names them, so an entry that names nobody is theirs.
    var personOfLine: [Int: String] = [:]
    /// The lines of log sections whose heading names thank-yous (`## Thank-yous`, `## Thank-you
    /// notes`): what is sent there is a thank-you.
    var thankYouLines: [ClosedRange<Int>] = []
    var logSources: [ContentSource] = []
    var beforeLeaving = BeforeLeaving()
    var timeframeText: (String, SourceRange)?
    var readsKeyLines = true
    /// How surely the key line's date names the interview (`FrontMatterReader.dateRank`).
    var keyLineDateRank = 0
    var keyLineDateKey: String?
    /// `Interviewers: Jane Doe, Bob Smith` lines and table rows.
    var keyLinePeople: [FrontMatterReader.Value] = []
    /// Dataview fields of one person (`Claire-phone:: +44 …`, `claire_email:: …`), matched to the people later.
    var personalFields: [ProsePeople.PersonalField] = []
    /// Where the timeline's sources start in `logSources` (they come last).
    var timelineSourceStart = Int.max
    /// Every top-level heading's line and level, and those that may name an interview round.
    var headingLines: [(line: Int, level: Int)] = []
    /// Headings (and an outline's items) that name a round; `end`: an item's last line (a heading runs to the next).
    var roundHeadings: [(text: String, range: SourceRange, level: Int, end: Int?)] = []

    private var timeframeParts: [(String, SourceRange)] = []
    /// The paragraph read last was a person's card under a people label: the next may be another's.
    private var cardsFollow = false
    /// A line under the people heading that names one person and nothing more
    /// (`interviewer:: [[Greta Lindqvist]]`): the list right after it may hold their details.
    private var namedAlone: (span: SourceSpan, endLine: Int)?
    private var timelineBlocks: [Int] = []

    /// Whether the note has a backslash at all (an escape to take out of the text read).
    let hasBackslashes: Bool

    init(source: SourceText, document: MarkdownDocument, options: ReaderOptions) {
        self.source = source
        self.document = document
        self.options = options
        hasBackslashes = source.bytes.withUnsafeBufferPointer { buffer in buffer.baseAddress.map { memchr($0, 0x5C, buffer.count) != nil } ?? false }
    }

    mutating func walk() {
        var current: (section: Section, level: Int)?
        var thanksHeading = false
        // A person's own heading under Interviewers (`### Amara Okonkwo (Principal)`): the lists
        // under it are that person's card, address and number, not more people.
        var person: SourceSpan?
        defer { if let person { peopleSources.append(.item(person)) } }
        // Directives live in HTML; most notes have none, and looking cost a list of every block's descendants.
        let hasHTML = document.hasHTML
        // Whether a block other than HTML (a comment) came before.
        var sawText = false
        for (position, index) in document.topLevel.enumerated() {
            if position & 63 == 63, options.cancellation?.isCancelled == true { return }
            let block = document.blocks[index]
            if hasHTML { directives += Directive.all(in: index, of: document, source: source) }
            defer { if block.kind != .htmlBlock { sawText = true } }
            var headingLevel: Int?
            if case .heading(let level) = block.kind {
                headingLevel = level
            } else if block.kind == .paragraph, let range = block.range, range.start.line == range.end.line,
                      source.withLine(range.start.line, { DocumentWalker.isBoldLine($0) }) {
                // A word processor's export writes headings as bold lines (`__Panel__`); one that
                // names a section opens it, and closes a section that another such line opened.
                let text = document.text(of: index).trimmingWhitespace()
                if options.sections.section(forHeading: text) != nil || (current?.level ?? 0) > 6 { headingLevel = 7 }
            }
            if let level = headingLevel {
                let text = document.text(of: index).trimmingWhitespace()
                if let finished = person { peopleSources.append(.item(finished)); person = nil }
                if let open = current, open.section == .interviewers, level > open.level, level <= 6,
                   options.sections.section(forHeading: text) == nil, let range = block.range,
                   let named = DocumentWalker.personHeading(text, line: range.start.line, column: range.start.column + level + 1) {
                    person = named
                    continue
                }
                cardsFollow = false
                if title == nil, level == 1, let range = block.range { title = Located(text, range) }
                let section = options.sections.section(forHeading: text)
                if let range = block.range {
                    headingLines.append((range.start.line, level))
                    // A section's heading (Interviewers, Follow-up) names no round.
                    if level > 1, section == nil, RoundReader.namesRound(text) { roundHeadings.append((text, range, level, nil)) }
                }
                if let section {
                    current = (section, level)
                    thanksHeading = section == .log && DocumentWalker.namesThanks(text)
                    if let range = block.range, sectionRanges[section] == nil { sectionRanges[section] = range }
                } else if let open = current, level <= open.level {
                    current = nil
                }
                continue
            }
            guard let section = current?.section else {
                if block.kind == .paragraph, let range = block.range { readRoundLines(range.start.line...range.end.line) }
                // org-mode's `#+TITLE: Branwell Chemicals — Process Chemist` is the note's title, as a `# ` heading is.
                if title == nil, block.kind == .paragraph, let range = block.range,
                   let (line, column, text) = lines(ofParagraph: index).first(where: { $0.text.hasPrefix("#+TITLE:") || $0.text.hasPrefix("#+title:") }),
                   line <= range.start.line + 4 {
                    let value = text.dropFirst(8).trimmingWhitespace()
                    let offset = text.scalarCount - value.scalarCount
                    if !value.isEmpty { title = Located(String(value), SourceRange(line: line, column: column + offset, length: value.scalarCount)) }
                }
                // A plain title line with the key lines right under it (Apple Notes, plain text:
                // "Tessellate Robotics - Controls Engineer interview" then "When: Thu 11/19/2026 1:00 PM").
                if readsKeyLines, block.kind == .paragraph, let range = block.range,
                   cardsFollow || source.withLine(range.start.line, { DocumentWalker.mayBeKeyLine($0) || $0.first == UInt8(ascii: "|") })
                    || !sawText && range.end.line > range.start.line
                    && source.withLine(range.start.line + 1, { DocumentWalker.mayBeKeyLine($0) }) {
                    readKeyLines(index)
                    continue
                }
                cardsFollow = false
                if case .list = block.kind {
                    if readsKeyLines { readKeyItems(index) }
                    readLabelledPeople(index, depth: 0)
                    readOutlineRounds(index, depth: 0)
                } else if block.kind == .blockQuote, let range = block.range,
                          source.withLine(range.start.line, { DocumentWalker.opensCallout($0) }) {
                    readCallout(index)
                }
                continue
            }
            // A callout titled as another section (`> [!todo] Thank yous` under Timeframe) holds
            // what that section would, not more of this one.
            if block.kind == .blockQuote, let range = block.range, source.withLine(range.start.line, { DocumentWalker.opensCallout($0) }),
               let titled = calloutSection(index), titled != section, titled == .log || titled == .interviewers {
                readCallout(index)
                continue
            }
            switch section {
            case .interviewers where person != nil:
                addDetails(index, to: &person!)
            case .interviewers where isDatedList(index):
                // "## Contacts" over "- 2026-11-05 08:10 — email thank-you to Noor …": the contacts
                // made, not the people to make them with.
                collect(index, intoOwn: \.logSources)
                if sectionRanges[.log] == nil { sectionRanges[.log] = sectionRanges[.interviewers] }
            case .interviewers: collectPeople(index)
            case .log:
                collect(index, intoOwn: \.logSources)
                if thanksHeading, let range = block.range { thankYouLines.append(range.start.line...range.end.line) }
            case .beforeLeaving: readChecklist(index)
            case .timeframe: addTimeframe(index)
            case .timeline: timelineBlocks.append(index)
            }
        }
        // "Timeline": a log when any of it starts with a date, otherwise the timeframe.
        if !timelineBlocks.isEmpty {
            var sources: [ContentSource] = []
            for index in timelineBlocks { collect(index, into: &sources) }
            // A board's activity ("Keiko Tanaka: moved this card … Nov 10, 2026, 4:02 PM"): only a
            // task marked complete is a contact, dated then; the rest is no contact and no timeframe.
            var activity = false
            sources = sources.compactMap { source in
                guard case .item(let span) = source, let read = DocumentWalker.boardActivity(span) else { return source }
                activity = true
                guard let (done, task) = read else { return nil }
                // The checklist's item for the same task is this contact, now dated.
                let key = DocumentWalker.taskKey(task)
                logSources.removeAll { if case .item(let item) = $0 { return DocumentWalker.taskKey(item.text) == key }; return false }
                return .item(done)
            }
            let dated = activity || sources.contains { source in
                switch source {
                case .item(let span), .line(let span):
                    let tokens = Tokenizer.tokens(span.text)
                    return !tokens.isEmpty && DateReader.date(in: tokens, at: 0, reference: nil) != nil
                case .table(let table):
                    return table.column(LogEntryReader.dateColumns) != nil
                }
            }
            if dated {
                timelineSourceStart = logSources.count
                logSources += sources
                if sectionRanges[.log] == nil { sectionRanges[.log] = sectionRanges[.timeline] }
            } else {
                for index in timelineBlocks { addTimeframe(index) }
                if sectionRanges[.timeframe] == nil { sectionRanges[.timeframe] = sectionRanges[.timeline] }
            }
        }
        if let first = timeframeParts.first, let last = timeframeParts.last {
            timeframeText = (timeframeParts.map(\.0).joined(separator: " "),
                             SourceRange(start: first.1.start, end: last.1.end))
        }
    }

    /// The source lines of a paragraph, from its first character, continuation lines trimmed.
    func span(ofParagraph index: Int) -> SourceSpan? {
        guard let range = document.blocks[index].range else { return nil }
        // Lines are cut from the source's bytes: each went through two substrings and a copy.
        let first = source.trimmedLine(range.start.line, dropping: range.start.column - 1)
        var span: SourceSpan
        if hasBackslashes {
            span = SourceSpan()
            span.appendUnescaped(Substring(first.text), line: range.start.line, column: range.start.column)
        } else {
            span = SourceSpan(first.text, scalars: first.scalars, line: range.start.line, column: range.start.column)
        }
        guard range.end.line > range.start.line else { return span }
        for line in (range.start.line + 1)...range.end.line {
            let leading = source.leadingIndentAndQuotes(line)
            let piece = source.trimmedLine(line, dropping: leading)
            guard !piece.text.isEmpty else { continue }
            if hasBackslashes {
                span.appendUnescaped(Substring(piece.text), line: line, column: leading + 1)
            } else {
                span.append(Substring(piece.text), scalars: piece.scalars, line: line, column: leading + 1)
            }
        }
        return span
    }

    /// A heading that is a person's name, perhaps with a title in brackets, as a list item of them.
    static func personHeading(_ text: String, line: Int, column: Int) -> SourceSpan? {
        let span = SourceSpan(Substring(text), line: line, column: column)
        guard let found = InterviewerReader.fromItem(span), ProsePeople.looksLikeName(found.nameWithoutTitle) else { return nil }
        return span
    }

    /// Whether a line under a person is a contact with them ("Thank-you: emailed 12 Nov, 5:10pm",
    /// "TY: emailed 11/10 4:15pm") rather than a detail of their card.
    static func isContactLine(_ text: String) -> Bool {
        let words = ProseFacts.words(Substring(text.quickLowercased())).prefix(3)
        guard let first = words.first else { return false }
        return contactOpeners.contains(first) || words.contains(where: { $0 == "emailed" || $0 == "called" || $0 == "sent" || $0 == "rang" })
    }

    /// "Outcome — 2026-11-17 09:00 email from Wendell: …": a ticked task's short label, then a
    /// day and a contact by a way named; the label says what it was, the rest is a log's entry.
    static func labelsDatedContact(_ text: Substring) -> Substring? {
        guard let dash = text.prefix(40).byteRange(of: " — ") ?? text.prefix(40).byteRange(of: ": ") else { return nil }
        let rest = text[dash.upperBound...]
        guard let first = rest.utf8.first, first &- 0x30 < 10,
              ProseFacts.words(rest.prefix(80)).contains(where: { ["email", "emailed", "call", "called", "phoned", "rang", "voicemail", "letter"].contains($0) })
        else { return nil }
        return rest
    }

    /// "Thank-you: not yet", "TY: todo": a contact that has not happened, neither a contact nor a detail.
    static func isPendingContact(_ text: String) -> Bool {
        let words = ProseFacts.words(Substring(text.quickLowercased()))
        return words.prefix(6).contains { ["not", "yet", "todo", "pending", "planned", "tomorrow", "tbd", "no"].contains($0) }
    }
    static let contactOpeners: Set<String> = ["thank-you", "thank", "thanks", "thankyou", "ty", "follow-up", "followup",
                                              "called", "emailed", "call", "rang", "voicemail", "sent", "follow"]

    /// A list or paragraph under a person's heading: contacts go to the log, the rest is theirs.
    mutating func addDetails(_ index: Int, to person: inout SourceSpan) {
        let named = String(person.text.prefix { $0 != "—" })
        var sources: [ContentSource] = []
        collectNested(index, into: &sources)
        for case .item(let span) in sources { take(span, of: &person, named: named) }
        if document.blocks[index].kind == .paragraph, let span = span(ofParagraph: index) {
            DocumentWalker.append(span, to: &person)
        }
    }

    /// The people of a list under Interviewers: an item's own sub-list (`- phone: …`, `- TY:
    /// emailed …` under `- [x] Mei-Ling Huang`) belongs to that person, its contacts to the log.
    mutating func collectPeople(_ index: Int) {
        let alone = namedAlone
        namedAlone = nil
        guard case .list = document.blocks[index].kind else {
            if document.blocks[index].kind == .paragraph {
                let paragraph = lines(ofParagraph: index)
                if let table = PipeTable(lines: paragraph) {
                    peopleSources.append(.table(table))
                    takeLastTouches(table)
                    return
                }
                // Lines of a paragraph, each a person's card ("Sam Patel, CTO — sam@… / 555-0241 — card: yes"),
                // or a card over lines: a name, then its email, phone and card mark, each on a line of its own.
                var card: SourceSpan?
                func keep(_ span: SourceSpan?) {
                    if let span, let person = InterviewerReader.fromItem(span), ProsePeople.looksLikeName(person.nameWithoutTitle),
                       person.title != nil || person.email != nil || person.phone != nil || person.card != nil {
                        peopleSources.append(.item(span))
                    }
                }
                for (line, column, text) in paragraph {
                    // `colm-card:: yes`, `colm-phone:: +1 …`: a field of the person its key names, as
                    // outside the section (`attachPersonalFields`, which fills only what is unsaid);
                    // still read as before too, so that `Mobile-phone: …` stays the card above's.
                    if let field = ProsePeople.PersonalField(text, line: line, column: column) { personalFields.append(field) }
                    var span = SourceSpan(Substring(text.trimmingWhitespace()), line: line, column: column)
                    // A word processor's export escapes its marks (`\* Alan Brescia \- Principal
                    // Engineer \- alan\_brescia@…`): read the line as it shows, its bullet taken off.
                    if hasBackslashes, span.text.utf8.contains(0x5C) {
                        var shown = Markup.unescaped(String(span.text))
                        var offset = 0
                        if shown.hasPrefix("* ") || shown.hasPrefix("- ") { shown.removeFirst(2); offset = 3 }
                        span = SourceSpan(Substring(shown), line: line, column: column + offset)
                    }
                    if card != nil, InterviewerReader.isCardDetail(span.text) {
                        DocumentWalker.append(span, to: &card!)
                        continue
                    }
                    keep(card)
                    card = span
                }
                keep(card)
                if paragraph.count == 1, let card, let person = InterviewerReader.fromItem(card), ProsePeople.looksLikeName(person.nameWithoutTitle),
                   peopleSources.isEmpty || peopleSources.last.map({ source in
                    if case .item(let kept) = source { return kept.fullRange.start.line != card.fullRange.start.line }
                    return true
                }) == true, let range = document.blocks[index].range {
                    namedAlone = (card, range.end.line)
                }
                return
            }
            collect(index, intoOwn: \.peopleSources)
            if case .table(let table)? = peopleSources.last { takeLastTouches(table) }
            return
        }
        if let (named, endLine) = alone, let range = document.blocks[index].range, range.start.line <= endLine + 2 {
            // `interviewer:: [[Greta Lindqvist]]` over `- title:: QA Manager`, `- email:: …`,
            // `- card:: yes` (Dataview fields): the list is that one person's card.
            var items: [SourceSpan] = []
            for item in document.children(of: index) {
                guard let paragraph = document.children(of: item).first(where: { document.blocks[$0].kind == .paragraph }),
                      let span = span(ofParagraph: paragraph), DocumentWalker.isDetailField(span.text) else { items = []; break }
                items.append(span)
            }
            if !items.isEmpty {
                var person = named
                for item in items { DocumentWalker.append(item, to: &person) }
                peopleSources.append(.item(person))
                return
            }
        }
        for item in document.children(of: index) {
            let children = document.children(of: item)
            guard let paragraph = children.first(where: { document.blocks[$0].kind == .paragraph }),
                  var span = span(ofParagraph: paragraph) else { continue }
            // "- Panel" over the people nested under it: a label, its items the people.
            if span.text.utf8.count <= 40, let nested = children.first(where: { if case .list = document.blocks[$0].kind { return true }; return false }),
               options.sections.section(forHeading: span.text) == .interviewers {
                collectPeople(nested)
                continue
            }
            let named = span.text
            for child in children {
                guard case .list = document.blocks[child].kind else { continue }
                var nested: [ContentSource] = []
                collectNested(child, into: &nested)
                for case .item(let detail) in nested { take(detail, of: &span, named: named) }
            }
            if InterviewerReader.saysWhatWasLeft(span) { continue }
            peopleSources.append(.item(span))
        }
    }

    /// "- People" (or "- Interviewers", "- Who I met") over a nested list of people, each with
    /// their details nested below them ("  - Iris Chen" / "    - Head of Content" / "    - card
    /// ✅"): the people, as under that heading. Looked for in the items of a list and of the
    /// lists nested in them (an outline that is the whole note).
    mutating func readLabelledPeople(_ index: Int, depth: Int) {
        for item in document.children(of: index) {
            var label: Int?, nested: Int?
            for child in document.children(of: item) {
                if label == nil, nested == nil, document.blocks[child].kind == .paragraph { label = child }
                if nested == nil, case .list = document.blocks[child].kind { nested = child }
            }
            guard let nested else { continue }
            if let label, let range = document.blocks[label].range, range.start.line == range.end.line {
                let text = document.text(of: label).trimmingWhitespace()
                if text.utf8.count <= 40, options.sections.section(forHeading: text) == .interviewers {
                    collectPeople(nested)
                    if sectionRanges[.interviewers] == nil { sectionRanges[.interviewers] = range }
                    continue
                }
            }
            if depth < 2 { readLabelledPeople(nested, depth: depth + 1) }
        }
    }

    /// Lines outside every section that each label a dated round ("📅 Round 1: phone screen, Mon
    /// Oct 26 2026, 9:30am, with Ruth …"): rounds of one line, as an outline's items would be. Only
    /// a label before a colon or dash: "Interview on Nov 3 went well" tells, it does not list.
    mutating func readRoundLines(_ lines: ClosedRange<Int>) {
        guard lines.count <= 8 else { return }
        for line in lines {
            let label = source.withLine(line) { bytes -> Int? in
                guard bytes.count <= 240 else { return nil }
                // The label ends at the first colon or dash within its first 60 bytes.
                for offset in 0..<min(bytes.count, 60) {
                    let byte = bytes[offset]
                    if byte == UInt8(ascii: ":") || byte == 0xE2 && offset + 2 < bytes.count && bytes[offset + 1] == 0x80
                        && (bytes[offset + 2] == 0x94 || bytes[offset + 2] == 0x93) { return offset }
                }
                return nil
            }
            guard let label, label > 0 else { continue }
            let text = String(source.line(line)).trimmingWhitespace()
            let head = String(decoding: source.withLine(line) { Array($0.prefix(label)) }, as: UTF8.self)
            guard options.sections.section(forHeading: head.trimmingWhitespace()) == nil, RoundReader.namesRound(head),
                  DocumentWalker.labelsRound(head), text.utf8.contains(where: { $0 &- 0x30 < 10 }) else { continue }
            let range = SourceRange(line: line, column: 1, length: text.unicodeScalars.count)
            roundHeadings.append((text, range, 7, line))
        }
    }

    /// A line's label that is a round's own ("Round 2", "Phone screen", "Onsite"), not what came of
    /// one ("Interview result: 11/30", "Final decision: by 11/20").
    static func labelsRound(_ label: String) -> Bool {
        let words = Tokenizer.tokens(label).compactMap(\.word)
        return words.contains(where: roundLabelWords.contains) && !words.contains(where: notRoundLabelWords.contains)
    }
    static let roundLabelWords: WordSet = ["round", "interview", "screen", "screening", "onsite", "panel", "loop", "superday",
                                           "runde", "entretien", "entrevista", "ronda", "ronde", "gesprek", "colloquio"]
    static let notRoundLabelWords: WordSet = ["result", "results", "outcome", "decision", "decide", "feedback", "offer", "status",
                                              "timeframe", "timeline", "notes", "reminder", "date", "dates", "time"]

    /// An outline's items that name a dated round over their own nested lines (Roam, Logseq:
    /// "- Round 2 — onsite [[November 12th, 2026]] 13:00" / "  - with [[Magnus Eriksen]]"): rounds, as headings would be.
    mutating func readOutlineRounds(_ index: Int, depth: Int) {
        for item in document.children(of: index) {
            var label: Int?, nested: Int?
            for child in document.children(of: item) {
                if label == nil, nested == nil, document.blocks[child].kind == .paragraph { label = child }
                if nested == nil, case .list = document.blocks[child].kind { nested = child }
            }
            guard let nested else { continue }
            if let label, let range = document.blocks[label].range, range.start.line == range.end.line,
               let end = document.blocks[item].range?.end.line {
                let text = document.text(of: label).trimmingWhitespace()
                if text.utf8.count <= 120, options.sections.section(forHeading: text) == nil, RoundReader.namesRound(text),
                   text.utf8.contains(where: { $0 &- 0x30 < 10 }) {
                    roundHeadings.append((text, range, depth + 2, end))
                    continue
                }
            }
            if depth < 2 { readOutlineRounds(nested, depth: depth + 1) }
        }
    }

    /// Verbs of a board's activity line after its author ("you: marked … complete", "Keiko
    /// Tanaka: moved this card from Applied to Interviewing").
    static let activityVerbs: WordSet = ["moved", "added", "marked", "changed", "commented", "attached", "joined", "removed",
                                         "archived", "set", "completed", "created", "copied", "renamed", "updated", "left"]

    /// A board's activity line: who (up to three words), a colon, an activity verb, and a day at
    /// its end. Nil when the line is none; else the task it marks complete ("you: marked TY
    /// email Keiko complete Nov 18 at 7:41 PM") as an entry "Nov 18 at 7:41 PM — TY email Keiko",
    /// and the task's text, or nil for any other activity.
    static func boardActivity(_ span: SourceSpan) -> (SourceSpan, String)?? {
        let text = span.text
        let tokens = Tokenizer.tokens(text)
        guard let colon = tokens.prefix(5).firstIndex(where: { $0.isPunctuation(":") }), colon >= 1,
              tokens[..<colon].allSatisfy({ $0.word != nil }), colon + 1 < tokens.count,
              let verb = tokens[colon + 1].word, activityVerbs.contains(verb) else { return nil }
        // The day at the end: the last date whose date and time run to the end of the line.
        var found: (start: Int, end: Int)?
        for start in stride(from: tokens.count - 1, to: colon + 1, by: -1) {
            // Any reference: only where the day stands matters here; the log reads it later.
            guard let read = DateReader.dateTime(in: tokens, at: start, reference: LocalDate(year: 2000, month: 1, day: 1)) else { continue }
            var end = start + read.tokenCount
            while end < tokens.count, tokens[end].kind.isPunctuation { end += 1 }
            if end == tokens.count { found = (start, end) }
            break
        }
        guard let found else { return nil }
        guard verb == "marked", let complete = tokens[(colon + 2)..<found.start].lastIndex(where: { $0.isWord("complete") || $0.isWord("done") }),
              complete > colon + 2 else { return .some(nil) }
        let taskStart = tokens[colon + 2].offset
        let taskEnd = tokens[complete - 1].offset + tokens[complete - 1].length
        let dayStart = tokens[found.start].offset
        let last = tokens[found.end - 1]
        let day = text[...].droppingScalars(dayStart).prefix(last.offset + last.length - dayStart)
        let task = text[...].droppingScalars(taskStart).prefix(taskEnd - taskStart)
        var entry = SourceSpan()
        let dayAt = span.position(at: dayStart), taskAt = span.position(at: taskStart)
        entry.append(Substring(day), line: dayAt.line, column: dayAt.column)
        entry.append("\u{2014}", line: dayAt.line, column: dayAt.column)
        entry.append(Substring(task), line: taskAt.line, column: taskAt.column)
        return .some((entry, String(task)))
    }

    /// A task's words, without its box, lowercased: the same task in a checklist and an activity line.
    static func taskKey(_ text: String) -> String {
        var text = text[...]
        if let (_, length) = InterviewerReader.checkbox(String(text)) { text = text.droppingScalars(length) }
        return ProseFacts.words(Substring(text.quickLowercased())).joined(separator: " ")
    }

    /// Whether a heading names thank-yous ("Thank-you notes", "Thank-yous", "TY", "Dankesmails",
    /// "Remerciements", "Agradecimientos"): on its bytes, without copying it.
    static func namesThanks(_ heading: String) -> Bool {
        var heading = heading
        return heading.withUTF8 { bytes in
            func isLetter(_ byte: UInt8) -> Bool { (byte | 0x20) &- 0x61 < 26 }
            func has(_ stem: StaticString, at index: Int) -> Bool {
                let length = stem.utf8CodeUnitCount
                guard index + length <= bytes.count else { return false }
                for offset in 0..<length where bytes[index + offset] | 0x20 != stem.utf8Start[offset] { return false }
                return true
            }
            for index in bytes.indices where isLetter(bytes[index]) && (index == 0 || !isLetter(bytes[index - 1])) {
                if has("thank", at: index) || has("dank", at: index) || has("bedank", at: index) || has("merci", at: index)
                    || has("remerci", at: index) || has("gracias", at: index) || has("agradec", at: index) || has("podzi", at: index) { return true }
                if has("ty", at: index), index + 2 == bytes.count || !isLetter(bytes[index + 2]) { return true }
            }
            return false
        }
    }

    /// Columns of a people table (a CRM's) that hold the latest contact with each person.
    static let lastTouchColumns: Set<String> = ["lasttouch", "lastcontact", "lastcontacted", "lastinteraction", "lasttouchpoint",
                                                "lastactivity", "latestcontact", "lastfollowup"]

    /// A people table's `Last touch` cells that are contacts: a day, then what happened by what
    /// means ("2026-11-18 thank-you email sent"), go to the log as that row's person's. "met at
    /// the onsite", undated, or a day alone, is no contact.
    private mutating func takeLastTouches(_ table: PipeTable) {
        guard let column = table.column(DocumentWalker.lastTouchColumns),
              let nameColumn = table.column(InterviewerReader.nameColumns) else { return }
        for row in table.rows where column < row.cells.count && nameColumn < row.cells.count {
            let cell = row.cells[column]
            let tokens = Tokenizer.tokens(cell.text)
            guard let first = tokens.firstIndex(where: { !$0.kind.isPunctuation }),
                  let date = DateReader.dateTime(in: tokens, at: first, reference: nil),
                  tokens[(first + date.tokenCount)...].contains(where: { $0.word.map { LogEntryReader.channelWords[$0] != nil } ?? false })
            else { continue }
            logSources.append(.line(SourceSpan(Substring(cell.text), line: cell.range.start.line, column: cell.range.start.column)))
            personOfLine[cell.range.start.line] = Markup.plain(row.cells[nameColumn].text)
        }
    }

    /// A line under a person: a contact goes to the log as theirs, one still to happen nowhere,
    /// anything else is a detail of their card.
    private mutating func take(_ line: SourceSpan, of person: inout SourceSpan, named: String) {
        guard DocumentWalker.isContactLine(line.text) else { return DocumentWalker.append(line, to: &person) }
        guard !DocumentWalker.isPendingContact(line.text) else { return }
        logSources.append(.item(line))
        personOfLine[line.fullRange.start.line] = named
    }

    /// A field of a person's card written as a key and its value (`title:: QA Manager`,
    /// `email: …`, `card:: yes`).
    static func isDetailField(_ text: String) -> Bool {
        guard let colon = text.firstIndex(of: ":"), text.distance(from: text.startIndex, to: colon) <= 14 else { return false }
        return detailKeys.contains(String(text[..<colon]).trimmingWhitespace().quickLowercased())
    }

    static let detailKeys: Set<String> = ["title", "role", "position", "email", "e-mail", "mail", "phone", "mobile", "cell",
                                          "tel", "card", "business card", "linkedin"]

    /// `detail` as one more field of the person's item.
    private static func append(_ detail: SourceSpan, to person: inout SourceSpan) {
        let start = detail.fullRange.start
        person.append("—", line: start.line, column: start.column)
        person.append(Substring(detail.text), line: start.line, column: start.column)
    }

    /// The items of a list and of the lists inside its items, each its first paragraph.
    func collectNested(_ index: Int, into sources: inout [ContentSource]) {
        guard case .list = document.blocks[index].kind else { return }
        for item in document.children(of: index) {
            for child in document.children(of: item) {
                if document.blocks[child].kind == .paragraph, let span = span(ofParagraph: child) {
                    sources.append(.item(span))
                } else if case .list = document.blocks[child].kind {
                    collectNested(child, into: &sources)
                }
            }
        }
    }

    /// The source lines of a paragraph, for table recognition; `quoted`: its lines after the
    /// first also lose their `>` marks (a paragraph in a block quote).
    func lines(ofParagraph index: Int, quoted: Bool = false) -> [(line: Int, column: Int, text: Substring)] {
        guard let range = document.blocks[index].range else { return [] }
        return (range.start.line...max(range.start.line, range.end.line)).map { line in
            let text = source.line(line)
            let leading = line == range.start.line ? range.start.column - 1
                : quoted ? source.leadingIndentAndQuotes(line)
                : text.unicodeScalars.prefix { $0 == " " || $0 == "\t" }.count
            return (line, leading + 1, text.droppingScalars(leading))
        }
    }

    /// Whether a line opens an Obsidian callout: `> [!`, after any indent.
    static func opensCallout(_ line: UnsafeBufferPointer<UInt8>) -> Bool {
        var index = 0
        while index < line.count, line[index] == 0x20 || line[index] == 0x3E { index += 1 }
        return index + 1 < line.count && index > 0 && line[index] == UInt8(ascii: "[") && line[index + 1] == UInt8(ascii: "!")
    }

    /// Callouts that hold the interview's details as key lines, and those titled with a person.
    static let detailCallouts: Set<String> = ["info", "abstract", "summary", "tldr", "note", "details", "meta", "metadata", "overview"]
    static let personCallouts: Set<String> = ["person", "people", "contact", "interviewer"]

    /// A callout outside the sections: `> [!info] Details` over `> **Date:** …` lines gives key
    /// lines; `> [!person] Lucas Ferreira — Tech Director` is that person, the lines inside their
    /// card's details and their contacts (as under a person's heading).
    mutating func readCallout(_ index: Int) {
        let children = Array(document.children(of: index))
        guard let first = children.first, document.blocks[first].kind == .paragraph else { return }
        let lines = lines(ofParagraph: first, quoted: true)
        guard let head = lines.first, head.text.hasPrefix("[!"), let close = head.text.firstIndex(of: "]") else { return }
        let kind = head.text[head.text.index(head.text.startIndex, offsetBy: 2)..<close]
            .quickLowercased().filter { $0 != "+" && $0 != "-" }
        if DocumentWalker.detailCallouts.contains(kind) {
            guard readsKeyLines else { return }
            readKeyLines(lines: Array(lines.dropFirst()))
            for child in children.dropFirst() where document.blocks[child].kind == .paragraph {
                readKeyLines(lines: self.lines(ofParagraph: child, quoted: true))
            }
        } else if DocumentWalker.personCallouts.contains(kind) {
            let after = head.text[head.text.index(after: close)...]
            let title = after.drop { $0 == " " }
            let column = head.column + head.text.distance(from: head.text.startIndex, to: title.startIndex)
            guard !title.isEmpty, var person = DocumentWalker.personHeading(String(title), line: head.line, column: column) else { return }
            let named = String(person.text.prefix { $0 != "—" })
            for line in lines.dropFirst() {
                let text = line.text.trimmingWhitespace()
                guard !text.isEmpty else { continue }
                take(SourceSpan(Substring(text), line: line.line, column: line.column), of: &person, named: named)
            }
            for child in children.dropFirst() {
                if case .list = document.blocks[child].kind {
                    var nested: [ContentSource] = []
                    collectNested(child, into: &nested)
                    for case .item(let detail) in nested { take(detail, of: &person, named: named) }
                }
            }
            peopleSources.append(.item(person))
        } else {
            // A callout titled as a section (`> [!todo] Thank yous`, `> [!note] Follow-up`) holds
            // what that section would.
            let title = String(head.text[head.text.index(after: close)...]).trimmingWhitespace()
            guard !title.isEmpty, let section = options.sections.section(forHeading: title) else { return }
            let thanks = section == .log && DocumentWalker.namesThanks(title)
            // Dated lines right under the title, in its paragraph (`> 2026-11-23 16:00 — Thank-you email to …`).
            if section == .log {
                for (line, column, text) in lines.dropFirst() {
                    let span = SourceSpan(Substring(text.trimmingWhitespace()), line: line, column: column)
                    guard let first = Tokenizer.tokens(span.text).first, case .isoDate = first.kind else { continue }
                    logSources.append(.line(span))
                    if thanks { thankYouLines.append(line...line) }
                }
            }
            for child in children.dropFirst() {
                switch section {
                case .log:
                    collect(child, intoOwn: \.logSources)
                    if thanks, let range = document.blocks[child].range {
                        thankYouLines.append(range.start.line...range.end.line)
                    }
                case .interviewers: collectPeople(child)
                default: break
                }
            }
        }
    }

    /// The section a callout's title names (`> [!todo] Thank yous` is the log), if any.
    func calloutSection(_ index: Int) -> Section? {
        guard let first = document.children(of: index).first(where: { _ in true }), document.blocks[first].kind == .paragraph,
              let head = lines(ofParagraph: first, quoted: true).first, head.text.hasPrefix("[!"),
              let close = head.text.firstIndex(of: "]") else { return nil }
        let title = String(head.text[head.text.index(after: close)...]).trimmingWhitespace()
        return title.isEmpty ? nil : options.sections.section(forHeading: title)
    }

    /// `collect` into one of the walker's own lists, moved out while it runs:
    /// `collect(index, into: &peopleSources)` made Swift copy the whole walker (retaining every
    /// array in it) to keep the read of `self` and the write to its list apart.
    mutating func collect(_ index: Int, intoOwn list: WritableKeyPath<DocumentWalker, [ContentSource]>) {
        var sources: [ContentSource] = []
        swap(&sources, &self[keyPath: list])
        collect(index, into: &sources)
        swap(&sources, &self[keyPath: list])
    }

    /// List items (each its first paragraph), tables, and dated lines of plain paragraphs.
    func collect(_ index: Int, into sources: inout [ContentSource]) {
        let block = document.blocks[index]
        switch block.kind {
        case .list:
            // Room for the whole list at once (growing a step at a time copied the spans).
            if sources.capacity < sources.count + 8 { sources.reserveCapacity(sources.count + 16) }
            for item in document.children(of: index) {
                let children = document.children(of: item)
                guard let paragraph = children.first(where: {
                    document.blocks[$0].kind == .paragraph
                }), let span = span(ofParagraph: paragraph) else { continue }
                // "- Thank-yous" over "- [x] Email to Hollis ✅ 2026-11-18 — …": a label's items are the entries.
                let nested = children.first(where: { if case .list = document.blocks[$0].kind { return true }; return false })
                if let nested, span.text.split(separator: " ").count <= 3, !span.text.contains(where: \.isNumber) {
                    collect(nested, into: &sources)
                    continue
                }
                // Only a done task takes its nested lines; a day over its contacts (`- Thu 19 Nov 2026` /
                // `- 09:00 called Jane`) or an entry over another's is left to the prose reader.
                guard let nested, DocumentWalker.isDoneTask(span.text) else {
                    sources.append(.item(span))
                    continue
                }
                // "- DONE thank-you email to Yusuf — sent 21:00" over "- recapped the changeover
                // problem, said I'm keen": the undated lines nested under an entry say more of it.
                var entry = span
                var dated: [ContentSource] = []
                var lines: [ContentSource] = []
                collectNested(nested, into: &lines)
                for case .item(let line) in lines {
                    if DocumentWalker.opensWithDay(line.text) || DocumentWalker.opensWithTime(line.text) {
                        dated.append(.item(line))
                    } else {
                        DocumentWalker.append(line, to: &entry)
                    }
                }
                sources.append(.item(entry))
                sources += dated
            }
        case .paragraph:
            if let table = PipeTable(lines: lines(ofParagraph: index)) {
                sources.append(.table(table))
            } else {
                let paragraph = lines(ofParagraph: index)
                var position = 0
                while position < paragraph.count {
                    let (line, column, text) = paragraph[position]
                    position += 1
                    var span = SourceSpan(Substring(text.trimmingWhitespace()), line: line, column: column)
                    let tokens = Tokenizer.tokens(span.text)
                    if let first = tokens.first, case .isoDate = first.kind { sources.append(.line(span)) }
                    else if DocumentWalker.isDatedContactField(tokens) {
                        // The fields under it that share its label (`thank-you-to::`, `thank-you-channel::`,
                        // `thank-you-recap::`) say more of the same contact, as a table row's columns would.
                        let label = DocumentWalker.fieldLabel(span.text)
                        while position < paragraph.count, let label,
                              let said = DocumentWalker.contactSubfield(paragraph[position].text, label: label) {
                            if !said.isEmpty { span.append(Substring(said), line: paragraph[position].line, column: paragraph[position].column) }
                            position += 1
                        }
                        sources.append(.line(span))
                    }
                }
            }
        default:
            break
        }
    }

    /// Whether a line starts with a day (`2026-11-18 …`, `Nov 18 …`, `18/11 …`).
    /// A list whose every item opens with a day: a log, whatever its heading.
    func isDatedList(_ index: Int) -> Bool {
        guard case .list = document.blocks[index].kind else { return false }
        var any = false
        for item in document.children(of: index) {
            // The day opens the item: its first words are enough to tell, and a card's line is long.
            guard let paragraph = document.children(of: item).first(where: { document.blocks[$0].kind == .paragraph }),
                  DocumentWalker.opensWithDay(String(document.text(of: paragraph).unicodeScalars.prefix(32))) else { return false }
            any = true
        }
        return any
    }

    static func opensWithDay(_ text: String) -> Bool {
        let tokens = Tokenizer.tokens(text)
        var index = 0
        while index < tokens.count, case .punctuation = tokens[index].kind { index += 1 }
        guard index < tokens.count else { return false }
        switch tokens[index].kind {
        case .isoDate, .slashDate, .dotDate: return true
        default: return DateReader.date(in: tokens, at: index, reference: nil) != nil
        }
    }

    /// `[x] …`, `DONE …`, `… ✅ 2026-11-18`: a task marked done.
    static func isDoneTask(_ text: String) -> Bool {
        text.hasPrefix("[x]") || text.hasPrefix("[X]") || text.hasPrefix("DONE ") || text.contains("✅")
    }

    static func opensWithTime(_ text: String) -> Bool {
        guard let first = Tokenizer.tokens(text).first(where: { !$0.kind.isPunctuation }), case .time = first.kind else { return false }
        return true
    }

    /// A Dataview field naming a contact, its value a date: `thank-you:: 2026-11-13 20:15 — email to Greta`,
    /// `thank-you-sent:: 2026-11-13 20:30`.
    static func isDatedContactField(_ tokens: [Token]) -> Bool {
        var index = 0
        while index < min(tokens.count, 4), tokens[index].isPunctuation("-") || tokens[index].word.map(LogEntryReader.keyedLabels.contains) == true {
            index += 1
        }
        if index > 0, index < tokens.count, tokens[index].word.map(LogEntryReader.keyedVerbs.contains) == true { index += 1 }
        guard index > 0, index + 2 < tokens.count, tokens[index].isPunctuation(":"), tokens[index + 1].isPunctuation(":"),
              case .isoDate = tokens[index + 2].kind else { return false }
        return true
    }

    /// A Dataview key's words, lowercased (`thank-you-to::` → `thank you to`).
    static func fieldWords(_ text: String) -> [String]? {
        guard let colons = text.range(of: "::") else { return nil }
        let words = text[..<colons.lowerBound].quickLowercased().split(whereSeparator: { $0 == "-" || $0 == "_" || $0 == " " }).map(String.init)
        return words.isEmpty ? nil : words
    }

    /// The label of a dated contact field's key: its words without a verb at the end
    /// (`thank-you-sent::` and `thank-you::` are both `thank you`).
    static func fieldLabel(_ text: String) -> [String]? {
        guard var words = fieldWords(text) else { return nil }
        if words.count >= 2, LogEntryReader.keyedVerbs.contains(Word(words[words.count - 1])) { words.removeLast() }
        return words
    }

    /// A field that says more of the dated contact field above it, its key that field's label and a
    /// part of a contact (`thank-you-to:: [[Colm Devereux]]`, `thank-you-channel:: email`,
    /// `thank-you-recap:: yes — the dbt refactor`, `thank-you-interest:: yes`), as words the log
    /// reads ("to Colm Devereux", "by email", "Recap: the dbt refactor.", "Reiterated interest."); "" for a
    /// field that says no. Nil for any other line.
    static func contactSubfield(_ text: Substring, label: [String]) -> String? {
        let text = String(text.trimmingWhitespace())
        guard let colons = text.range(of: "::"), let words = fieldWords(text), words.count == label.count + 1,
              Array(words.dropLast()) == label else { return nil }
        let part = text[..<colons.lowerBound].quickLowercased().split(whereSeparator: { $0 == "-" || $0 == "_" || $0 == " " }).last.map(String.init) ?? ""
        let value = Markup.plain(String(text[colons.upperBound...])).trimmingWhitespace()
        guard !value.isEmpty else { return "" }
        // A yes or no first ("yes — the dbt refactor"), then what it says.
        let tokens = Tokenizer.tokens(value)
        let answer = tokens.first?.word.flatMap { word in InterviewerReader.cardAnswer(String(value.prefix(tokens[0].length))) }
        var rest = answer == nil ? value[...] : value.dropFirst(tokens[0].length)
        rest = rest.drop { $0 == " " || $0 == "—" || $0 == "-" || $0 == "–" || $0 == ":" || $0 == "," || $0 == "(" }
        switch part {
        case "to", "with", "who", "person", "recipient", "recipients":
            return "to \(value)."
        case "channel", "via", "method", "medium", "how", "way":
            return "by \(value)."
        case "recap", "recapped", "recaps", "topic", "topics":
            if answer == false { return "" }
            return rest.isEmpty ? "Recap." : "Recap: \(rest)."
        case "interest", "reiterated", "keen":
            return answer == true ? "Reiterated interest." : ""
        case "notes", "note":
            return "\(value)"
        default:
            return nil
        }
    }

    /// Words that pack only (see `Word`: no word outside ASCII equals one of these).
    static func isNegation(_ word: Word) -> Bool {
        word == "no" || word == "not" || word == "never" || word == "didn't" || word == "forgot" || word == "without"
    }

    /// "résumé" is the one such word outside ASCII: a word that does not pack is spelled out for it.
    static func isResumeWord(_ word: Word, spelling: () -> String?) -> Bool {
        if word.isPacked { return word == "cv" || word == "resume" || word == "curriculum" }
        return word == .unpacked && spelling() == "résumé"
    }

    mutating func readChecklist(_ index: Int) {
        let block = document.blocks[index]
        if let range = block.range {
            beforeLeaving.section = beforeLeaving.section.map { SourceRange(start: $0.start, end: range.end) } ?? range
        }
        var sources: [ContentSource] = []
        // A paragraph is one item; only lists (and tables) need collecting.
        if case .paragraph = block.kind, let span = span(ofParagraph: index) {
            sources = [.item(span)]
        } else {
            collect(index, into: &sources)
        }
        for case .item(let span) in sources {
            var value = true
            var text = span.text[...]
            if let (checked, length) = InterviewerReader.checkbox(span.text) {
                value = checked
                text = text.droppingScalars(length)
            }
            // One pass over the item's words: a negation, a word for the resume, "contact", or
            // "my card" / "my business card" (leaving your card leaves your contact information).
            var negated = false, resume = false, contact = false, ownCard = false
            var before: (Word, Word) = (.none, .none)  // the two words before this one
            for token in Tokenizer.tokens(text) {
                guard let word = token.word else { continue }
                if Self.isNegation(word) { negated = true }
                if Self.isResumeWord(word, spelling: { Tokenizer.spelling(of: token, in: text) }) { resume = true }
                // "Left resume + contacts": the plural says the same.
                if word == "contact" || word == "contacts" { contact = true }
                if word == "card", before.1 == "my" || (before.1 == "business" && before.0 == "my") { ownCard = true }
                before = (before.1, word)
            }
            if negated { value = false }
            // "- [x] TY email Keiko" among the checklist: a contact, undated unless the board's
            // activity dates it.
            if !resume, !contact, !ownCard, InterviewerReader.checkbox(span.text)?.0 == true,
               let dated = DocumentWalker.labelsDatedContact(text), !DocumentWalker.isPendingContact(String(text)) {
                logSources.append(.item(span.suffix(from: span.text.scalarCount - dated.scalarCount)))
                continue
            }
            if !resume, !contact, !ownCard, InterviewerReader.checkbox(span.text)?.0 == true,
               DocumentWalker.isContactLine(String(text)), !DocumentWalker.isPendingContact(String(text)) {
                logSources.append(.item(span))
                continue
            }
            let located = Located(value, span.fullRange)
            if resume {
                beforeLeaving.resume = beforeLeaving.resume.map { $0.value ? $0 : located } ?? located
            }
            if contact || ownCard {
                beforeLeaving.contactInformation = beforeLeaving.contactInformation.map { $0.value ? $0 : located } ?? located
            }
        }
    }

    mutating func addTimeframe(_ index: Int) {
        let block = document.blocks[index]
        switch block.kind {
        case .paragraph:
            if let range = block.range { timeframeParts.append((document.text(of: index).replacingOccurrences(of: "\n", with: " "), range)) }
        case .list, .blockQuote:
            for child in document.descendants(of: index) where document.blocks[child].kind == .paragraph {
                let paragraph = document.blocks[child]
                // A to-do ("- [ ] Nudge Zoë around Dec 1") is your plan, not their answer.
                // A dated event ("2 Nov 11:40: Aditi emailed, moving me to R3") happened; it is no timeframe.
                let text = document.text(of: child)
                if let range = paragraph.range, InterviewerReader.checkbox(text)?.0 != false,
                   source.withLine(range.start.line, { !DocumentWalker.isTask($0) }), !TimeframeReader.isDatedEvent(text) {
                    timeframeParts.append((text.replacingOccurrences(of: "\n", with: " "), range))
                }
            }
        default:
            break
        }
    }

    /// Whether a line is all bold, and short: `**Interviewers**`, `__Thank\-you notes__`.
    static func isBoldLine(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard bytes.count >= 5, bytes.count <= 80 else { return false }
        let marker = bytes[0]
        guard marker == UInt8(ascii: "*") || marker == UInt8(ascii: "_"), bytes[1] == marker else { return false }
        var end = bytes.count
        while end > 0, bytes[end - 1] == 0x20 || bytes[end - 1] == 0x0D { end -= 1 }
        guard end >= 5, bytes[end - 1] == marker, bytes[end - 2] == marker else { return false }
        // One bold run: no marker pair inside, and no colon (a `**Date:** …` key line).
        for index in 2..<(end - 2) where bytes[index] == UInt8(ascii: ":") || bytes[index] == marker && bytes[index + 1] == marker {
            return false
        }
        return true
    }

    /// A list item that is an unticked task, `- [ ] …` (cmark keeps the box as text or drops it).
    static func isTask(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var index = 0
        while index < bytes.count, bytes[index] == 0x20 || bytes[index] == 0x09 || bytes[index] == UInt8(ascii: ">") { index += 1 }
        guard index + 5 <= bytes.count, bytes[index] == UInt8(ascii: "-") || bytes[index] == UInt8(ascii: "*") || bytes[index] == UInt8(ascii: "+"),
              bytes[index + 1] == 0x20, bytes[index + 2] == UInt8(ascii: "["), bytes[index + 4] == UInt8(ascii: "]") else { return false }
        return bytes[index + 3] == 0x20
    }

    /// Whether a line can be a key line, on its first bytes: bold (`**Date:**`), or at most
    /// three words of letters before a colon (`Interview Date: …`, `date:: …`). Prose with a
    /// colon ("Notes from the conversation: we talked…") is turned away before it is parsed.
    static func mayBeKeyLine(_ text: Substring) -> Bool {
        var text = text
        return text.withUTF8 { mayBeKeyLine($0) }
    }

    static func mayBeKeyLine(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var spaces = 0
        var count = 0
        for byte in bytes {
            count += 1
            if count == 1 && (byte == UInt8(ascii: "*") || byte == UInt8(ascii: "_")) { return true }
            // An org keyword's `#+` (`#+DATE: …`).
            if count <= 2, bytes.count > 2, bytes[0] == UInt8(ascii: "#"), bytes[1] == UInt8(ascii: "+") { continue }
            switch byte {
            case UInt8(ascii: ":"): return count > 1
            case 0x20:
                spaces += 1
                if spaces > 2 { return false }
            case UInt8(ascii: "-"), UInt8(ascii: "_"), 0x80...0xFF: break
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"): break
            default: return false
            }
            if count > 40 { return false }
        }
        return false
    }

    /// A list of fields (`- **When:** Wed 11 Nov 2026, 10:00`, `- **Who:** Ingrid Halvorsen`), as
    /// Bear and Obsidian notes write them: read when its first item is a key line.
    mutating func readKeyItems(_ index: Int) {
        var first = true
        for item in document.children(of: index) {
            guard let paragraph = document.children(of: item).first(where: { document.blocks[$0].kind == .paragraph }) else { continue }
            if first {
                first = false
                guard let (line, column, text) = lines(ofParagraph: paragraph).first, DocumentWalker.mayBeKeyLine(text),
                      FrontMatterReader.keyLine(text, line: line, column: column, words: options.words) != nil else { return }
            }
            readKeyLines(paragraph)
        }
    }

    /// A bold key that names the Interviewers section (`**Gesprächspartner:** Frau Dr. Weber, Herr
    /// Brandt`, `**Who I met:** …`): its value lists the people, as an `Interviewers:` key line does.
    func sectionKeyLine(_ text: Substring, line: Int, column: Int) -> FrontMatterReader.Value? {
        let leading = text.prefix { $0 == " " }.count
        let rest = text.dropFirst(leading)
        guard rest.hasPrefix("**") || rest.hasPrefix("__") else { return nil }
        let marker = rest.prefix(2)
        let inner = rest.dropFirst(2)
        guard let close = inner.byteRange(of: String(marker)) else { return nil }
        var key = inner[..<close.lowerBound].trimmingWhitespace()
        var after = inner[close.upperBound...]
        if key.hasSuffix(":") { key.removeLast() } else if after.hasPrefix(":") { after = after.dropFirst() } else { return nil }
        guard !key.isEmpty, key.utf8.count <= 40, options.sections.section(forHeading: key) == .interviewers else { return nil }
        let value = after.trimmingWhitespace()
        guard !value.isEmpty, Self.namesPeople(value) else { return nil }
        let valueColumn = column + text.scalarCount - after.scalarCount + (after.scalarCount - String(after).drop(while: { $0 == " " }).scalarCount)
        return FrontMatterReader.Value(text: value, range: SourceRange(line: line, column: valueColumn, length: value.scalarCount), key: key)
    }

    /// Whether a label's value reads as people: each piece between commas opens with a name
    /// (after a form of address), and a single name word is followed by nothing, a title or
    /// another name. "the whole platform team, over lunch" and "Lunch with the team" name nobody.
    static func namesPeople(_ value: String) -> Bool {
        value.split(whereSeparator: { $0 == "," || $0 == ";" }).allSatisfy { piece in
            var words = piece.split(separator: " ")[...]
            while let first = words.first, NameMatcher.formsOfAddress.contains(first.quickLowercased()) { words = words.dropFirst() }
            let name = words.prefix { ProsePeople.isNameWord($0, inside: $0.startIndex != words.first?.startIndex) }
            guard !name.isEmpty else { return false }
            if name.count >= 2 || name.count == words.count { return true }
            let next = words[words.index(after: words.startIndex)]
            return next.hasPrefix("(") || ["and", "&", "from", "of", "—", "–", "-", "und", "et", "y", "en", "e"].contains(next.quickLowercased())
        }
    }

    mutating func readKeyLines(_ index: Int) {
        readKeyLines(lines: lines(ofParagraph: index))
    }

    mutating func readKeyLines(lines paragraph: [(line: Int, column: Int, text: Substring)]) {
        // A pasted email's header is no key lines of the note: its `Date:` is the email's.
        if paragraph.count > 1, PastedEmails.isHeaderBlock(paragraph.lazy.map(\.text)) { return }
        var found: [(FrontMatterReader.Field, FrontMatterReader.Value)] = []
        let table = PipeTable(lines: paragraph)
        // A people table outside the sections (`| Interviewer | Position | Contact | Card |` under
        // `## Notes`, or in a details callout: `> [!note] Who was there` over `> | Name | Job | … |`).
        // A tracker's row of one interview (a company column, below) is that interview's keys.
        let tracksOneInterview = table.map { table in
            table.rows.count == 1 && table.header.contains { FrontMatterReader.field(forKey: $0, words: options.words) == .company }
        } ?? false
        if let table, !tracksOneInterview, InterviewerReader.isLoosePeopleTable(table) {
            loosePeopleTables.append(table)
            return
        }
        if let table, table.keys.count == 2 {
            // A Field | Value table: each row is a key line.
            for row in table.rows where row.cells.count == 2 {
                let key = Markup.plain(row.cells[0].text)
                guard let field = FrontMatterReader.field(forKey: key, words: options.words), field != .interviewLint else { continue }
                let value = Markup.plain(row.cells[1].text)
                guard !value.isEmpty else { continue }
                found.append((field, FrontMatterReader.Value(text: value, range: row.cells[1].range, key: key)))
            }
        } else if let table = PipeTable(lines: paragraph), table.rows.count == 1, table.keys.count >= 3 {
            // A tracker's table with one row (`| Company | Role | Interview | Interviewer |`): one
            // interview, its column names the keys. Only with a company column, so that a log of
            // one contact (`| Date | Channel | Who |`) gives no interview date.
            let cells = table.rows[0].cells
            let fields = table.header.map { FrontMatterReader.field(forKey: $0, words: options.words) }
            guard fields.contains(.company), fields.compactMap({ $0 }).count >= 3 else { return }
            for (column, field) in fields.enumerated() where column < cells.count {
                guard let field, field != .interviewLint else { continue }
                let value = Markup.plain(cells[column].text)
                guard !value.isEmpty, value != "—", value != "-" else { continue }
                found.append((field, FrontMatterReader.Value(text: value, range: cells[column].range, key: table.header[column])))
            }
        } else {
            // "Interviewers:" on a line of its own, a person on each line after it (Apple Notes, Joplin),
            // or a card over lines: a name, then its email, phone and card mark each on a line of its own,
            // and the next paragraphs too while each is such a card ("Met with:" over one paragraph a person).
            var labelled = cardsFollow && paragraph.count > 1 && InterviewerReader.isCardDetail(String(paragraph[1].text))
            cardsFollow = false
            var label = "Interviewers"
            var card: (span: SourceSpan, value: FrontMatterReader.Value, details: Int)?
            func keep() {
                guard let (span, value, details) = card else { return }
                if details > 0 {
                    peopleSources.append(.item(span))
                    cardsFollow = label == "Interviewers"
                } else {
                    keyLinePeople.append(value)
                }
                card = nil
            }
            for (position, (line, column, text)) in paragraph.enumerated() {
                if labelled, !text.trimmingWhitespace().isEmpty, FrontMatterReader.keyLine(text, line: line, column: column, words: options.words) == nil {
                    let value = text.trimmingWhitespace()
                    let span = SourceSpan(Substring(value), line: line, column: column)
                    if card != nil, label == "Interviewers", InterviewerReader.isCardDetail(value) {
                        DocumentWalker.append(span, to: &card!.span)
                        card!.details += 1
                        continue
                    }
                    keep()
                    card = (span, FrontMatterReader.Value(text: Markup.plain(value), range: SourceRange(line: line, column: column, length: value.scalarCount),
                                                         key: label), 0)
                    continue
                }
                keep()
                labelled = false
                if position + 1 < paragraph.count, FrontMatterReader.labelOnly(text, words: options.words) == .people {
                    labelled = true
                    // "Recruiter:" over its people keeps them recruiters.
                    label = FrontMatterReader.isRecruiterKey(String(text)) ? "Recruiter" : "Interviewers"
                    continue
                }
                // A key is short: a colon in the first few bytes, or bold, before a line is read as one.
                guard DocumentWalker.mayBeKeyLine(text) else { continue }
                if let pair = FrontMatterReader.keyLine(text, line: line, column: column, words: options.words),
                   position == 0 || !FrontMatterReader.isTaskProperty(key: pair.1.key, under: paragraph[position - 1].text) {
                    found.append(pair)
                } else if let value = sectionKeyLine(text, line: line, column: column) {
                    keyLinePeople.append(value)
                } else if let field = ProsePeople.PersonalField(text, line: line, column: column) {
                    personalFields.append(field)
                }
            }
            keep()
        }
        for (field, value) in found {
            if field == .people {
                keyLinePeople.append(value)
                continue
            }
            if field == .date {
                let rank = FrontMatterReader.dateRank(Markup.key(value.key))
                if rank > keyLineDateRank {
                    keyLines[field] = value
                    keyLineDateRank = rank
                    keyLineDateKey = value.key
                }
            } else if keyLines[field] == nil {
                keyLines[field] = value
            }
        }
    }
}
