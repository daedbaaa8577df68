/// Contacts written outside the log sections: a line that opens with a day and speaks of a
/// channel ("02.11.2026 19:15 — email to Maaike", "| 2026-11-12 | Email | Thank-you to Carla |"
/// under another heading), or a done task with its Obsidian Tasks date ("- [x] Thank-you email to
/// Anjali ✅ 2026-11-12"). Unticked tasks are plans and are left alone.
enum ProseContacts {
    /// Words that make a dated line a contact.
    static let contactWords: Set<String> = [
        "thank", "thanks", "thanked", "replied", "reply", "wrote", "answered", "voicemail", "emailed", "email",
        "mail", "called", "call", "rang", "phoned", "texted", "text", "messaged", "linkedin", "letter", "card",
        "note", "vm", "heard", "sms", "whatsapp", "e-mail",
        // A thank-you in German, French, Spanish, Portuguese and Dutch (as `LogEntryReader` reads them).
        "dankes", "dankesmail", "remerciement", "remerciements", "agradecimiento", "agradecimento", "bedankmail", "bedankje",
        "ringraziamento",
        // Calls in Italian and Portuguese ("telefonata a Chiara", "liguei para o Thiago"), as `LogEntryReader` reads them.
        "telefonata", "telefonato", "chiamata", "chiamato", "richiamato", "liguei", "ligou", "telefonei", "ligacao",
        // "TY to Omar": a thank-you, abbreviated.
        "ty",
    ]

    static let contactWordSet = WordSet(contactWords.union(["thankyou"]))
    /// Words that date a done task on the interview's day.
    static let sameDayWords: Set<String> = ["same", "evening", "tonight", "afternoon"]

    /// "12/1 no call yet", "Fri: still no email": after its day, the line says nothing came.
    static func saysNoneCame(_ words: [String]) -> Bool {
        let rest = words.drop { $0.first?.isNumber == true || DateReader.weekdays[$0] != nil || $0 == "still" }
        guard rest.first == "no", let next = rest.dropFirst().first,
              ["call", "calls", "callback", "email", "emails", "reply", "response", "word", "answer", "news", "text"].contains(next)
        else { return false }
        // "no reply from Grace, so I called Henrik": what was done after the silence is a contact.
        return !rest.dropFirst(2).contains { doneVerbs.contains($0) }
    }
    static let doneVerbs: Set<String> = ["called", "emailed", "rang", "phoned", "texted", "sent", "wrote", "messaged", "left", "replied"]
    static let doneVerbWords = WordSet(doneVerbs)

    /// "Jonas called me back: they want a second interview", "called Dwayne. \"still interviewing\"":
    /// a contact told, then after a colon, a dash or the sentence's end what was said of an interview.
    static func toldBeforeInterview(_ tokens: [Token]) -> Bool {
        guard let verb = tokens.firstIndex(where: { $0.word.map(doneVerbWords.contains) ?? false }),
              let interview = tokens[verb...].firstIndex(where: { token in token.word.map { ProseFacts.interviewWordSet.contains($0) } ?? false })
        else { return false }
        return tokens[verb..<interview].contains { $0.isPunctuation(":") || $0.isPunctuation("\u{2014}") || $0.isPunctuation("\u{2013}")
            || $0.isPunctuation(";") || $0.isPunctuation(".") || $0.isPunctuation("\"") }
    }

    /// Whether an entry of a timeline or of prose is a contact after the interview: it names a
    /// channel or is a thank-you, and is not the interview itself.
    static func isContact(_ entry: LogEntry) -> Bool {
        guard entry.channel != nil || entry.kind == .thankYou else { return false }
        let words = ProseFacts.words(Substring(entry.text))
        return !words.contains(where: ProseFacts.interviewWords.contains)
            || words.contains(where: { $0.hasPrefix("thank") || $0 == "follow" || $0 == "followed" || ProseFacts.foreignThanks.contains($0) })
    }

    static func entries(_ lines: [ProseLine], placed: Set<Int>, context: LogEntryReader.Context)
        -> (entries: [LogEntry], problems: [ReadProblem]) {
        var entries: [LogEntry] = []
        var problems: [ReadProblem] = []
        var skipUntil = 0
        var consumed = Set<Int>()
        // The day of the heading above (a journal's `## Tue 4 Nov`), for lines that give a time
        // or open with the contact ("- 18:30 thank-you email to Jane", "- called Bob, voicemail").
        var headingDay: LocalDate?
        // A thank-you item that ends as a label over the items nested under it ("- thank-you emails,
        // both sent Nov 12:" over "  - 7:02pm to Aisling — recap …"): each nested item is one of the
        // messages, on the label's day and by its channel; the label itself is none.
        var label: (column: Int, day: LocalDate, channel: Located<LogEntry.Channel>)?
        for (position, line) in lines.enumerated() where position >= skipUntil {
            if let open = label, !(line.isListItem && line.column > open.column) { label = nil }
            if let open = label, !line.isPlan, !placed.contains(line.line), opensWithContact(line) {
                var span = SourceSpan(open.day.description, line: line.line, column: line.column)
                span.append(Substring(line.text), line: line.line, column: line.column)
                var (entry, found) = LogEntryReader.fromText(span, context: context)
                guard entry.isOutgoing, !entry.interviewers.isEmpty,
                      entry.channel.map({ $0.value != .call && $0.value != .inPerson }) ?? true else { continue }
                if entry.channel == nil {
                    entry.channel = Located(open.channel.value, line.range)
                    found = found.filter { !$0.message.contains("channel") }
                }
                entry.kind = .thankYou
                entry.reiteratesInterest = entry.reiteratesInterest || LogEntryReader.saysInterest(line.text)
                entry.range = line.range
                entries.append(entry)
                problems += found.map { problem in
                    var unsure = problem
                    unsure.uncertain = true
                    return unsure
                }
                continue
            }
            if line.isHeading {
                headingDay = SentenceContacts.openingDate(line, context: context)
                continue
            }
            // An outline's day as an item of its own (`- 2026-11-20`, its times nested under it)
            // dates the lines below as a heading would.
            if line.isListItem, line.tokens.count <= 4, let first = line.tokens.first, first.word == nil || DateReader.weekday(first) != nil,
               !line.has(contactWordSet), let day = SentenceContacts.openingDate(line, context: context) {
                headingDay = day
                continue
            }
            guard !line.isPlan, !placed.contains(line.line), line.has(contactWordSet) else { continue }
            if line.text.utf8.first == UInt8(ascii: "*"), let task = orgTask(line.text) {
                // An org task: a done one with its CLOSED date, a plan never.
                guard task.done, let (span, used) = orgEntry(lines, at: position, context: context) else { continue }
                skipUntil = position + used
                consumed.formUnion(lines[position..<(position + used)].map(\.line))
                var (entry, found) = LogEntryReader.fromText(span, context: context)
                guard entry.date != nil else { continue }
                entry.range = line.range
                entries.append(entry)
                problems += found.map { problem in
                    var unsure = problem
                    unsure.uncertain = true
                    unsure.range = line.range
                    return unsure
                }
                continue
            }
            let words = line.words
            guard words.contains(where: { contactWords.contains($0) || $0.hasPrefix("thank") }) else { continue }
            let thanks = words.contains(where: { $0.hasPrefix("thank") }) || line.text.utf8.starts(with: "TY ".utf8)
            // "Wed 11/18: still haven't sent the thank-you. Sent it Thursday at 9:10": the sentences
            // tell it in their turn, each with its own day.
            if thanks, SentenceContacts.toldUnsentThenSent(line.text) { continue }
            // The line about the interview itself is no contact after it; one that tells of a
            // contact first ("Jonas called me back: they want a second interview") is that contact,
            // and so is one that thanks in another language ("email di ringraziamento …, niente sul colloquio").
            // ("Called in for the interview" is the interview: the contact must end before the interview is spoken of.)
            if words.contains(where: ProseFacts.interviewWords.contains), !toldBeforeInterview(line.tokens),
               !words.contains(where: { $0.hasPrefix("thank") || $0 == "follow" || $0 == "followed" || ProseFacts.foreignThanks.contains($0) }) { continue }
            var (entry, found): (LogEntry, [ReadProblem])
            if var span = span(of: line, reference: context.interviewDay, context: context) {
                // An outline's entry with undated bullets under it ("[[November 17th, 2026]] 18:20
                // emailed Priya a thank-you" over "recapped the backpressure discussion", "said I'm
                // keen"): they say more of it and are read with it.
                if line.isListItem {
                    var next = position + 1
                    while next < lines.count, next - position <= 8, lines[next].isListItem, lines[next].column > line.column,
                          !lines[next].isPlan, !lines[next].has(contactWordSet), SentenceContacts.openingDate(lines[next], context: context) == nil {
                        span.append(";", line: lines[next].line, column: lines[next].column)
                        span.append(Substring(lines[next].text), line: lines[next].line, column: lines[next].column)
                        consumed.insert(lines[next].line)
                        next += 1
                    }
                }
                (entry, found) = LogEntryReader.fromText(span, context: context)
            } else if let day = headingDay, opensWithContact(line) {
                var span = SourceSpan(day.description, line: line.line, column: line.column)
                span.append(Substring(line.text), line: line.line, column: line.column)
                (entry, found) = LogEntryReader.fromText(span, context: context)
                guard isContact(entry) else { continue }
                entry.range = line.range
                found = found.map { problem in
                    var moved = problem
                    moved.range = line.range
                    return moved
                }
            } else if line.isDone, let day = context.interviewDay, words.contains(where: sameDayWords.contains)
                        || thanks && line.tokens.contains(where: { if case .time = $0.kind { return true }; return false }) {
                // "- [x] Send thank you email — 5:10 p.m. same day", "- [x] thank-you email to
                // Callum, sent 7:20pm": a done task dated by the interview.
                (entry, found) = LogEntryReader.fromText(SourceSpan(line.text, line: line.line, column: line.column), context: context)
                let minutes = line.tokens.lazy.compactMap { token -> Int? in
                    if case .time(let value) = token.kind { return value }
                    return nil
                }.first
                entry.date = Located(LocalDateTime(date: day, hour: (minutes ?? 0) / 60, minute: (minutes ?? 0) % 60), line.range)
                entry.hasTime = minutes != nil
                found = found.filter { !$0.message.contains("date") }
            } else {
                continue
            }
            guard entry.date != nil, !LogThread.recordsSilence(entry), !saysNoneCame(words),
                  !NoteReader.collectsCard(String(line.text)) else { continue }
            // A ticked task, which a line elsewhere may log again (`LogThread.foldRepeatedTasks`).
            if line.isDone { entry.isDoneTask = true }
            if entry.kind == .thankYou, line.isListItem, line.text.hasSuffix(":"), recordsSentThanks(line.tokens),
               let day = entry.date?.value.date, let channel = entry.channel, channel.value != .call, channel.value != .inPerson,
               position + 1 < lines.count, lines[position + 1].isListItem,
               lines[position + 1].column > line.column {
                label = (line.column, day, channel)
                continue
            }
            entries.append(entry)
            // Read from prose, the reader is unsure what it missed: say so as an info.
            problems += found.map { problem in
                var unsure = problem
                unsure.uncertain = true
                return unsure
            }
        }
        // Contacts told in sentences, on the lines no date opened.
        var used = placed
        for entry in entries { used.formUnion(entry.range.start.line...max(entry.range.start.line, entry.range.end.line)) }
        used.formUnion(consumed)
        let told = SentenceContacts.entries(lines, skipping: used, earlier: entries, context: context)
        if !told.isEmpty {
            entries += told
            // What a sentence left unsaid (its day, its channel, whom) is said as unsure.
            for entry in told {
                problems += LogEntryReader.problems(for: entry).map { problem in
                    var unsure = problem
                    unsure.uncertain = true
                    return unsure
                }
            }
            entries.sort { ($0.range.start.line, $0.range.start.column) < ($1.range.start.line, $1.range.start.column) }
        }
        return (entries, problems)
    }

    /// Whether a line opens with its time or with the contact itself ("18:30 — thank-you email
    /// to Jane", "Called Bob, voicemail", "Jane replied"): a line of a day's log under its heading.
    static func opensWithContact(_ line: ProseLine) -> Bool {
        // A bullet of the day's log; a paragraph is read for its sentences.
        guard line.isListItem || line.isDone else { return false }
        let tokens = line.tokens
        var index = 0
        while index < tokens.count, tokens[index].kind.isPunctuation { index += 1 }
        guard index < tokens.count else { return false }
        if case .time = tokens[index].kind { return true }
        guard let first = tokens[index].word else { return false }
        if EntryDirection.verbs.contains(first) || contactWordSet.contains(first) { return true }
        // "Jane replied", "[[Jane Doe]] called"
        for next in tokens[index...].prefix(4) {
            if let word = next.word, EntryDirection.verbs.contains(word) { return true }
            if next.word == nil ? !next.isPunctuation("]") && !next.isPunctuation("[") : !next.startsWithCapital
                || next.word.map(LogEntryReader.stopWords.contains) == true { return false }
        }
        return false
    }

    /// Markers a done task's date follows: Obsidian Tasks `✅ 2026-11-12`, Logseq and Dataview
    /// properties `done:: [[Nov 12th, 2026]] 19:05`, `[completion:: 2026-11-12]`.
    static let doneMarkers = ["✅", "done::", "completed::", "completion::"]

    /// The line as a log entry's text: as it is when it opens with a day, or with its done date
    /// (`✅ 2026-11-12`, `done:: [[Nov 12th, 2026]] 19:05`) put first, or a done task's date
    /// written anywhere in it ("- [x] Thank-you email to Wei Ling, sent 27 Oct 20:25").
    static func span(of line: ProseLine, reference: LocalDate?, context: LogEntryReader.Context? = nil) -> SourceSpan? {
        let tokens = line.tokens
        var index = 0
        while index < tokens.count, tokens[index].kind.isPunctuation { index += 1 }
        index = DateReader.skippingWeekday(tokens, at: index, reference: reference)
        if index < tokens.count, DateReader.date(in: tokens, at: index, reference: reference) != nil {
            return SourceSpan(line.text, line: line.line, column: line.column)
        }
        for marker in doneMarkers {
            guard let found = line.text.byteRange(of: marker) else { continue }
            let after = line.text[found.upperBound...]
            let markerEnd = line.text[..<found.upperBound].unicodeScalars.count
            guard let (start, end) = dateExtent(Tokenizer.tokens(after), context: context, reference: reference) else { continue }
            let dateText = after.unicodeScalars.dropFirst(start).prefix(end - start)
            var span = SourceSpan(String(String.UnicodeScalarView(dateText)), line: line.line, column: line.column + markerEnd + start)
            span.append(line.text[..<found.lowerBound], line: line.line, column: line.column)
            // "✅ 2026-11-18 — email, recapped the GTFS cleanup": what follows the date is the entry's too.
            let tail = String(String.UnicodeScalarView(after.unicodeScalars.dropFirst(end)))
            let trimmed = tail.drop { $0 == " " || $0 == "—" || $0 == "–" || $0 == "-" || $0 == ":" }
            if !trimmed.isEmpty {
                span.append(Substring(trimmed), line: line.line,
                            column: line.column + markerEnd + end + tail.unicodeScalars.count - trimmed.unicodeScalars.count)
            }
            return span
        }
        guard line.isDone || recordsSentThanks(tokens) else { return nil }
        // A done task's date where it stands: the first one, read with its time.
        let dateWords = LogThread.dateWords
        for position in tokens.indices {
            switch tokens[position].kind {
            case .number, .isoDate, .slashDate, .dotDate: break
            case .word(let word) where dateWords.contains(word): break
            default: continue
            }
            guard let found = DateReader.dateTime(in: tokens, at: position, reference: reference,
                                                  order: context?.dateOrder, noteOrder: context?.noteOrder) else { continue }
            let first = tokens[position], last = tokens[position + found.tokenCount - 1]
            let dateText = line.text.scalars(from: first.offset, to: last.offset + last.length)
            var span = SourceSpan(dateText, line: line.line, column: line.column + first.offset)
            span.append(Substring(line.text), line: line.line, column: line.column)
            return span
        }
        return nil
    }

    /// "- thank-you email 11/3 at 5:30pm — recapped the checkout work": a line that opens by naming
    /// a thank-you message and says it went (a word of what it said or that it was sent), its day
    /// further on. Not one that gives a deadline ("thank-you email by 11/4") or a plan.
    static func recordsSentThanks(_ tokens: [Token]) -> Bool {
        var index = 0
        while index < tokens.count, tokens[index].kind.isPunctuation { index += 1 }
        // "TY email to Sam 9/11 6pm": the shorthand too, in capitals as it is written.
        guard index < tokens.count, tokens[index].isWord("thank", "thanks", "thankyou")
                || tokens[index].isWord("ty") && !tokens[index].hasLowercase else { return false }
        var named = false, sent = false
        for position in (index + 1)..<min(tokens.count, index + 5) where tokens[position].word.map(sentThanksMessages.contains) == true {
            named = true
        }
        guard named else { return false }
        for position in tokens.indices {
            guard let word = tokens[position].word else { continue }
            if planWords.contains(word) || LogEntryReader.negations.contains(word) || word == "yet" { return false }
            if deadlineWords.contains(word), position + 1 < tokens.count,
               tokens[position + 1].word.map(LogThread.dateWords.contains) ?? true { return false }
            if sentThanksWords.contains(word) { sent = true }
        }
        return sent
    }

    // "Thank-you: emailed Alan on 12 Nov at 6.30pm": the verb names the message and says it went.
    static let sentThanksMessages: WordSet = ["email", "emails", "mail", "note", "notes", "card", "cards", "letter", "message",
                                              "emailed", "messaged"]
    static let sentThanksWords: WordSet = ["sent", "recapped", "reiterated", "thanked", "wrote", "posted", "mailed", "delivered",
                                           "emailed", "messaged"]
    static let deadlineWords: WordSet = ["by", "before", "until", "due", "till"]
    static let planWords: WordSet = ["tomorrow", "tonight", "will", "todo", "plan", "need", "draft", "drafted"]

    /// Where the date (and time) written first in `tokens` starts and ends, in scalars.
    static func dateExtent(_ tokens: [Token], context: LogEntryReader.Context?, reference: LocalDate?) -> (Int, Int)? {
        var index = 0
        while index < tokens.count, tokens[index].kind.isPunctuation { index += 1 }
        guard index < tokens.count, let found = DateReader.dateTime(in: tokens, at: index, reference: reference,
                                                                    order: context?.dateOrder, noteOrder: context?.noteOrder) else {
            return nil
        }
        var end = index + found.tokenCount
        // The closing brackets of `[[Nov 12th, 2026]]`, then a time after them.
        while end < tokens.count, tokens[end].isPunctuation("]") { end += 1 }
        if found.minutes == nil, end < tokens.count, let (_, used) = DateReader.time(in: tokens, at: end) { end += used }
        let last = tokens[end - 1]
        return (tokens[index].offset, last.offset + last.length)
    }

    /// An org-mode task heading (`*** DONE Call Gordon`): whether it is done or a plan, and its
    /// text after the stars and the keyword.
    static func orgTask(_ text: String) -> (done: Bool, title: Substring)? {
        let utf8 = text.utf8
        guard utf8.first == UInt8(ascii: "*") else { return nil }
        let stars = utf8.prefix { $0 == UInt8(ascii: "*") }.count
        let rest = text.dropFirst(stars)
        guard rest.first == " " else { return nil }
        let body = rest.dropFirst()
        for (keyword, done) in [("DONE ", true), ("TODO ", false), ("NEXT ", false), ("WAITING ", false), ("CANCELLED ", false)]
            where body.hasPrefix(keyword) {
            return (done, body.dropFirst(keyword.count))
        }
        return nil
    }

    /// An org DONE heading with its `CLOSED: [2026-11-03 Tue 18:20]` line and the lines of its
    /// body: the date first, then the heading's words and the body's.
    static func orgEntry(_ lines: [ProseLine], at index: Int, context: LogEntryReader.Context) -> (span: SourceSpan, lines: Int)? {
        guard let (done, title) = orgTask(lines[index].text), done, index + 1 < lines.count,
              lines[index + 1].line == lines[index].line + 1, lines[index + 1].text.hasPrefix("CLOSED:") else { return nil }
        let closed = lines[index + 1]
        let after = closed.text.dropFirst("CLOSED:".count)
        guard let (start, end) = dateExtent(Tokenizer.tokens(after), context: context, reference: context.interviewDay) else { return nil }
        let dateText = after.unicodeScalars.dropFirst(start).prefix(end - start)
        var span = SourceSpan(String(String.UnicodeScalarView(dateText)), line: closed.line, column: closed.column + "CLOSED:".count + start)
        let heading = lines[index]
        span.append(title, line: heading.line, column: heading.column + heading.text.unicodeScalars.count - title.unicodeScalars.count)
        // The body's first lines, when a paragraph joined them to the CLOSED line ("CLOSED: […] Recapped
        // the e-discovery backlog …"): what follows the date's bracket is the entry's too.
        var rest = after.unicodeScalars.dropFirst(end)
        while let first = rest.first, first == " " || first == "]" || first == ">" { rest = rest.dropFirst() }
        // Other planning stamps on the same line (`SCHEDULED: <…>`, `DEADLINE: <…>`) are not the body.
        while String(String.UnicodeScalarView(rest.prefix(10))).hasPrefix("SCHEDULED:") || String(String.UnicodeScalarView(rest.prefix(9))).hasPrefix("DEADLINE:"),
              let close = rest.firstIndex(where: { $0 == ">" || $0 == "]" }) {
            rest = rest[rest.index(after: close)...]
            while let first = rest.first, first == " " { rest = rest.dropFirst() }
        }
        if !rest.isEmpty {
            let column = closed.column + "CLOSED:".count + after.unicodeScalars.distance(from: after.unicodeScalars.startIndex, to: rest.startIndex)
            span.append(";", line: closed.line, column: column)
            span.append(Substring(String(String.UnicodeScalarView(rest))), line: closed.line, column: column)
        }
        var used = 2
        while index + used < lines.count, orgTask(lines[index + used].text) == nil, !lines[index + used].text.hasPrefix("*"),
              !lines[index + used].isHeading, !lines[index + used].text.hasPrefix("SCHEDULED:") {
            let body = lines[index + used]
            span.append(Substring(body.text), line: body.line, column: body.column)
            used += 1
        }
        return (span, used)
    }
}
