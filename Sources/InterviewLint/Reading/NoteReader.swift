import Glibc

/// Settings that change how notes are read (from the configuration).
public struct ReaderOptions: Sendable {
    public var sections: SectionMatcher
    /// How many edits a log name may be from an interviewer's name and still be taken as theirs.
    public var maxNameDistance: Int
    /// How numeric dates such as 04/11/2026 are read (`date-order`); nil: from the date itself,
    /// else the note's own numeric dates, else ambiguous (see `DateReader.numericDate`).
    public var dateOrder: DateOrder?
    /// The configuration's own key names and status words.
    public var words = ConfiguredWords.none

    /// The day of the run ("now" or `--today`): a note that writes no year anywhere ("Tue 03/11")
    /// is dated in the months around it.
    public var today: LocalDate?
    /// Set when the note ran out of its time budget: the reading stops at the next block or entry.
    public var cancellation: Cancellation?
    /// Called once cmark has parsed the note, before it is read into the model: a note over its
    /// time budget is then blamed on the reader, not on the parser.
    public var afterParse: (@Sendable () -> Void)?

    /// The day a date without its year is counted forward from when the note gives no other:
    /// about half a year before today, so that the interview (past) and the decision (ahead) both fall right.
    var yearReference: LocalDate? { today?.adding(days: -200) }

    public init(sections: SectionMatcher = SectionMatcher(), maxNameDistance: Int = 2, dateOrder: DateOrder? = nil) {
        self.sections = sections
        self.maxNameDistance = maxNameDistance
        self.dateOrder = dateOrder
    }
}

/// Turns a note's text into an `Interview`.
public enum NoteReader {
    /// Date keys that are also words of a note's own (Italian "data", "entrevista" as a label): a
    /// value under them that is no day is no problem.
    static let softDateKeys: Set<String> = ["data", "entretien", "entrevista", "colloquio", "sollicitatiegesprek", "day"]
    /// Keys that only ever hold a day: under them (and in front matter, whose keys carry no text here), a value
    /// without a digit ("TBD") is still a date written wrong.
    static let dayKeys: Set<String> = ["date", "when", "day", "datum", "fecha", "interviewdate", "scheduled"]

    /// `fileName` (the note's path) can give the day of a journal page or meeting note.
    public static func read(_ source: SourceText, options: ReaderOptions = ReaderOptions(), fileName: String? = nil) -> Interview {
        var interview = Interview()
        interview.lineCount = source.lines.count
        if source.hadInvalidBytes {
            // Point at the first character that could not be read.
            var at = SourceRange(line: 1, column: 1, length: 0)
            for (index, line) in source.lines.enumerated() {
                if let column = line.unicodeScalars.firstIndex(of: "\u{FFFD}") {
                    at = SourceRange(line: index + 1, column: line.unicodeScalars[..<column].count + 1, length: 1)
                    break
                }
            }
            interview.problems.append(ReadProblem(
                .encoding, "line \(at.start.line) holds bytes that are not UTF-8 text (or NUL bytes): save the note as UTF-8; they were read as \u{FFFD}",
                at: at))
        }

        let front = FrontMatterReader.read(source, words: options.words)
        interview.frontMatter = front.frontMatter
        interview.problems += front.problems
        var values = front.values

        // cmark reads the note's bytes; front matter is blanked to empty lines so that it keeps
        // the file's line numbers.
        var body = source.bytes
        if let lines = front.lines {
            // Room for the whole note at once; `Array(repeating:count:)` takes a generic path
            // that looks the array's type up at run time.
            body = []
            body.reserveCapacity(source.bytes.count)
            body.append(contentsOf: repeatElement(UInt8(ascii: "\n"), count: lines.upperBound))
            if lines.upperBound < source.lineCount {
                if source.hasCarriageReturns {
                    // The remaining lines joined with LF.
                    for number in (lines.upperBound + 1)...source.lineCount {
                        if number > lines.upperBound + 1 { body.append(UInt8(ascii: "\n")) }
                        source.withLine(number) { body.append(contentsOf: $0) }
                    }
                } else {
                    body.append(contentsOf: source.bytes[source.byteOffset(ofLine: lines.upperBound + 1)...])
                }
            }
        }
        let document = CommonMarkParser.parse(body, positionsFrom: source)
        options.afterParse?()

        var walker = DocumentWalker(source: source, document: document, options: options)
        // Key lines stand in for front matter; a note whose front matter names the interview's
        // date needs none.
        walker.readsKeyLines = true
        walker.walk()
        if options.cancellation?.isCancelled == true { return interview }
        interview.title = walker.title
        interview.directives = walker.directives
        // Joined rather than interpolated: interpolation cost more than reading the key.
        var dateSource = front.dateKey.map { "front matter `" + $0 + "`" }
        // A body's `Created:` line (a ticket's, a page's) dates the page, as in front matter: a
        // last resort for the interview's day, and no error when it is written in a form of its own.
        let createdLine = walker.keyLineDateRank == 1 && front.dateRank == 0 ? walker.keyLines[.date] : nil
        for field in FrontMatterReader.Field.allCases where values[field] == nil && (field != .date || createdLine == nil) {
            values[field] = walker.keyLines[field]
        }
        if let keyDate = walker.keyLines[.date], walker.keyLineDateRank > front.dateRank, createdLine == nil {
            values[.date] = keyDate
        }
        if values[.date] != nil { StartTime.droppingStampTime(&values[.date]!) }
        if let date = values[.date], date.range.start.line != front.values[.date]?.range.start.line {
            dateSource = "the key line `\(walker.keyLineDateKey ?? "date")`"
            if StartTime.movingTimeOnlyDate(&values, order: options.dateOrder) { dateSource = nil }
        }

        // The day a note was created is only a last resort for the interview's.
        var weakDate: Located<LocalDateTime>?
        if front.dateRank == 1, let created = front.values[.date] {
            if case .success(let (moment, _)) = DateReader.parseDateTime(created.text) { weakDate = Located(moment, created.range) }
            if values[.date]?.range.start.line == created.range.start.line {
                values[.date] = nil
                dateSource = nil
            }
        } else if let createdLine, case .success(let (moment, _)) = DateReader.parseDateTime(createdLine.text) {
            weakDate = Located(moment, createdLine.range)
        }
        // The order the note's own numeric dates show (23/11 is day first), for those that
        // could be read either way; looked for only in notes that write such dates.
        // When none settles it, a note in German, Spanish, French or Dutch writes day first (12/11 and 12-11-2026 are 12 November).
        let inferred = options.dateOrder == nil && mayHoldNumericDates(source.bytes) ? DateReader.inferredDateOrder(lines: source.lines) : nil
        let noteOrder = inferred == .ambiguous && ProseLanguage.of(source.bytes) != nil ? .dmy : inferred?.order
        let titleText = interview.title?.value
        apply(values, to: &interview, words: options.words, order: options.dateOrder, noteOrder: noteOrder, today: options.today, reference: {
            weakDate?.value.date ?? fileName.flatMap(ProseFacts.fileNameDate) ?? ProseFacts.earliestISODate(source.bytes)
                ?? titleText.flatMap(ProseFacts.titleMonth)
        })

        // People first: log entries are matched against them. (Lists are given room for all
        // their elements at once here and below: growing them one by one reallocated them.)
        interview.people.reserveCapacity(walker.peopleSources.count)
        for source in walker.peopleSources {
            switch source {
            case .item(let span):
                if let person = InterviewerReader.fromItem(span) { interview.people.append(person) }
            case .table(let table):
                interview.people += InterviewerReader.fromTable(table)
            case .line:
                break
            }
        }
        if interview.people.isEmpty {
            for table in walker.loosePeopleTables { interview.people += InterviewerReader.fromTable(table) }
        }
        var listed = walker.keyLinePeople
        if let value = values[.people] { listed.insert(value, at: 0) }
        for value in listed {
            let recruiters = FrontMatterReader.isRecruiterKey(value.key)
            for var person in peopleNamed(in: value) where !interview.people.contains(where: {
                $0.nameWithoutTitle.quickLowercased() == person.nameWithoutTitle.quickLowercased()
            }) {
                person.isRecruiter = recruiters
                interview.people.append(person)
            }
        }
        // The people of a note without an Interviewers section, from card-like list items and
        // sentences (read before the log, whose names are matched against them).
        // The note's lines as prose, read only when a structured reading left a fact out: a
        // note in the canonical format never pays for them.
        var cachedLines: [ProseLine]?
        // Captured alone: a closure that names `front` holds a copy of all it read.
        let frontLines = front.lines
        func proseLines() -> [ProseLine] {
            if let cachedLines { return cachedLines }
            let read = ProseLines.read(source, skipping: frontLines)
            cachedLines = read
            return read
        }
        // The tracker table's companies, scanned for once: a sole firm may name the company and
        // several make the note a tracker of applications.
        var cachedTracker: ProseFacts.TrackerCompanies??
        func trackerCompanies() -> ProseFacts.TrackerCompanies? {
            if let cachedTracker { return cachedTracker }
            let scanned = ProseFacts.trackerCompanies(source)
            cachedTracker = .some(scanned)
            return scanned
        }
        // A note that names its company only in its title (or a bold first line); kept as the
        // company only if the note turns out to be an interview note.
        var titleCompany: Located<String>?
        if interview.company == nil, let company = ProseFacts.company(title: interview.title?.value, lines: proseLines,
                                                                      role: interview.role?.value, fileName: fileName) {
            titleCompany = Located(company, interview.title?.range ?? interview.anchor)
        }
        // "# Lantern & Quill interview": a note about an interview, even when nothing else in it is read.
        var named = interview.isInterviewNote ? nil : interview.title?.value
        if named == nil, !interview.isInterviewNote, let first = proseLines().first(where: { !$0.isPlan }),
           first.text.hasPrefix("**") || first.text.hasPrefix("__") {
            named = first.text
        }
        if let named, RoundReader.namesRound(named) || RoundReader.endsWithRound(named) || RoundReader.namesInterviewInShort(named) {
            interview.titleNamesInterview = true
        }
        // "Interview with Claire Morel at …", "Entretien chez …", "Vorstellungsgespräch bei …" opening
        // one of the first lines: a note about an interview, told what is missing when nothing else is read.
        if !interview.titleNamesInterview, !interview.isInterviewNote, ProseFacts.speaksOfInterviews(source.bytes),
           proseLines().lazy.filter({ !$0.isHeading && !$0.isPlan }).prefix(8).contains(where: { ProseFacts.opensWithInterview($0.words) }) {
            interview.titleNamesInterview = true
        }
        // A recruiter's key line alone leaves the interviewers to the prose.
        if interview.people.allSatisfy(\.isRecruiter) {
            let lines = proseLines()
            let company = Set(((interview.company ?? titleCompany)?.value ?? "").quickLowercased().split(separator: " ").map(String.init))
            let said = ProsePeople.people(in: lines, listItems: Set(lines.filter(\.isListItem).map(\.line)),
                                          companyWords: company, skipping: [])
            if interview.people.isEmpty {
                interview.people = said
            } else {
                let known = Set(interview.people.map { $0.nameWithoutTitle.quickLowercased() })
                interview.people += said.filter { !known.contains($0.nameWithoutTitle.quickLowercased()) }
            }
        }
        if let company = (interview.company ?? titleCompany)?.value {
            // A company is no person ("Interviewers: Pemberton Clinical").
            let first = company.unicodeScalars.first
            if interview.people.contains(where: { $0.name.value.unicodeScalars.first == first }) {
                let words = Set(company.quickLowercased().split(separator: " "))
                interview.people.removeAll { person in person.name.value.quickLowercased().split(separator: " ").allSatisfy(words.contains) }
            }
        }
        for index in interview.people.indices where ProsePeople.isRecruiter(interview.people[index], in: source) {
            interview.people[index].isRecruiter = true
        }
        // Addresses elsewhere in the note, for people without one (a number comes with its address).
        if interview.people.contains(where: { $0.email == nil }), source.bytes.contains(UInt8(ascii: "@")) {
            ProsePeople.attachDetails(to: &interview.people, from: proseLines())
        }
        // Details and cards said in lines of their own, for people whose entry leaves them out.
        if interview.people.contains(where: { $0.card == nil || $0.phone == nil || $0.email == nil }) {
            ProsePeople.attachKeyLines(to: &interview.people, in: source)
            if !walker.personalFields.isEmpty { ProsePeople.attachPersonalFields(walker.personalFields, to: &interview.people) }
        }
        if interview.people.contains(where: { $0.card == nil }) {
            ProsePeople.attachCards(to: &interview.people, from: proseLines())
        }
        // Only a card recorded as not collected gives a warning a remote interview would make false.
        if interview.people.contains(where: { $0.card?.value == false && !$0.isRecruiter }) {
            let cardLines = Set(interview.people.compactMap { $0.card?.value == false ? $0.card?.range.start.line : nil })
            interview.remoteSigns = RemoteInterview.signs(in: source, cardLines: cardLines)
        }
        interview.peopleSection = walker.sectionRanges[.interviewers]
        interview.logSection = walker.sectionRanges[.log]
        interview.timeframeSection = walker.sectionRanges[.timeframe]
        interview.beforeLeaving = walker.beforeLeaving

        // A weekly log of one application names its firm in a tracker's Employer column only.
        if interview.company == nil, titleCompany == nil, let tracked = ProseFacts.soleTrackedCompany(trackerCompanies()) { interview.company = tracked }
        let companyWords = WordSet(wordsOf: interview.company?.value ?? "")
        // The log, read against the interview's day (which dates "Mon 23/11" and "the next
        // morning"); read again below if that day is only found after it. Nil when the note ran
        // out of its time budget.
        var rowMarks: [RoundReader.Mark] = []
        var emailLines = Set<Int>(), emailEntries = Set<Int>()
        func readLog(interviewDay: LocalDate?) -> (log: [LogEntry], problems: [ReadProblem], proseLines: Set<Int>)? {
            var logProblems: [ReadProblem] = []
            rowMarks = []
            let context = LogEntryReader.Context(people: interview.people, companyWords: companyWords,
                                                 interviewDay: interviewDay,
                                                 maxNameDistance: options.maxNameDistance,
                                                 dateOrder: options.dateOrder, noteOrder: noteOrder,
                                                 interviewMinute: interview.startHasTime ? interview.start?.value.minuteOfDay : nil)
            var log: [LogEntry] = []
            log.reserveCapacity(walker.logSources.count)
            // By index, each source matched where it lies: the enumeration copied every source
            // out, and the match copied its span again.
            for position in walker.logSources.indices {
                if position & 63 == 63, options.cancellation?.isCancelled == true { return nil }
                // A timeline mixes contacts with other events (applied, the interview itself): an
                // event without a channel is passed over there, where a follow-up log reports it.
                let timeline = position >= walker.timelineSourceStart
                // Consumed: each entry is moved into the log rather than copied twice on its way.
                func add(_ entry: consuming LogEntry, _ problems: consuming [ReadProblem]) {
                    if timeline && !ProseContacts.isContact(entry) {
                        // A timeline row that is an interview round ("Phone Screen", "Onsite").
                        if let date = entry.date, RoundReader.namesRound(entry.text) {
                            rowMarks.append(RoundReader.Mark(label: RoundReader.label(entry.text), start: date.value, hasTime: entry.hasTime,
                                                             range: entry.range, lines: entry.range.start.line...entry.range.end.line, fromRow: true))
                        }
                        return
                    }
                    if entry.isPlan || LogThread.recordsSilence(entry) || NoteReader.collectsCard(entry.text) { return }
                    if entry.date == nil, let day = interviewDay, saysInterviewDay(entry.text) {
                        // "Sent thank-you notes to Sam and Priya that evening": the interview's day.
                        entry.date = Located(LocalDateTime(date: day), entry.range)
                        entry.hasTime = false
                        problems = LogEntryReader.problems(for: entry)
                    }
                    // Under a Thank-yous heading, what went to a person by email or without a way
                    // said ("Mia — sent 11/10 4pm", "Luis — emailed 11/17, mentioned the dbt chat")
                    // is a thank-you, and the way left unsaid no mistake to warn about.
                    // So is a thank-you named as one with no way said ("- [x] Thank-you to Ana (recapped …)").
                    if entry.isOutgoing, entry.kind == .other || entry.kind == .thankYou && entry.channel == nil,
                       !entry.people.isEmpty, !walker.thankYouLines.isEmpty,
                       // By post, the entry is more often the sending of cards written before,
                       // unless it says they were written then ("wrote two handwritten cards").
                       entry.channel.map({ $0.value == .email || $0.value == .paper && NoteReader.writesCards(entry.text) }) ?? true,
                       walker.thankYouLines.contains(where: { $0.contains(entry.range.start.line) }) {
                        entry.kind = .thankYou
                        if !entry.recapsConversation { entry.recapsConversation = LogEntryReader.mentionsTopic(Tokenizer.tokens(entry.text)) }
                        // The phrases of interest are looked for only in thank-yous ("said I want the job").
                        if !entry.reiteratesInterest { entry.reiteratesInterest = LogEntryReader.saysInterest(entry.text) }
                        problems = problems.map { problem in
                            var problem = problem
                            if problem.kind == .unreadableEntry { problem.uncertain = true }
                            return problem
                        }
                    }
                    // Undated bullets under a thank-you heading are as often a draft's talking points
                    // ("- mention the migration work"): what could not be read of them is unsure.
                    if entry.date == nil, !walker.thankYouLines.isEmpty,
                       walker.thankYouLines.contains(where: { $0.contains(entry.range.start.line) }) {
                        problems = problems.map { problem in
                            var problem = problem
                            if problem.kind == .unreadableEntry { problem.uncertain = true }
                            return problem
                        }
                    }
                    if entry.people.isEmpty, let owner = walker.personOfLine[entry.range.start.line],
                       let person = interview.people.firstIndex(where: { owner.contains($0.name.value) }) {
                        // Written under the person's own heading or item: theirs.
                        entry.people = [PersonReference(written: Located(interview.people[person].name.value, entry.range),
                                                        interviewer: person, match: .implied)]
                        problems = LogEntryReader.problems(for: entry) + problems.filter { $0.kind != .unreadableEntry }
                    }
                    let undated = entry.date == nil
                    log.append(entry)
                    if undated || interview.people.isEmpty, !problems.isEmpty {
                        // A line whose day the reader could not find is as likely a remark or a way of
                        // writing dates it does not know as a mistake: it says so at info level. So is
                        // a name in a note where the reader found nobody to match it with.
                        logProblems += problems.map { problem in
                            var problem = problem
                            if problem.kind == .unreadableEntry { problem.uncertain = true }
                            return problem
                        }
                    } else {
                        logProblems += problems
                    }
                }
                switch walker.logSources[position] {
                case .item(let span), .line(let span):
                    let isItem = if case .item = walker.logSources[position] { true } else { false }
                    // An unticked task under Follow-up ("- [ ] call Hugo on Tuesday") is a plan, not a contact.
                    let box = InterviewerReader.checkbox(span.text)
                    if isItem, let (checked, _) = box, !checked { continue }
                    var (entry, problems) = LogEntryReader.fromText(span, context: context, readsPlans: true)
                    // A done task dated where Obsidian Tasks or a property puts it ("- [x] Called Hugo ✅ 2026-11-25").
                    if entry.date == nil, isItem, let (_, length) = box {
                        let rest = span.suffix(from: length)
                        let line = ProseLine(text: rest.text, line: rest.fullRange.start.line, column: rest.fullRange.start.column,
                                             isPlan: false, isHeading: false, isListItem: true)
                        line.isDone = true
                        if let dated = ProseContacts.span(of: line, reference: interviewDay, context: context) {
                            var found = LogEntryReader.fromText(dated, context: context, readsPlans: true)
                            if found.0.date != nil {
                                found.0.range = entry.range
                                // As written, box and ✅ kept: a task logged again as a line is one contact (`LogThread`).
                                found.0.text = entry.text
                                found.0.isDoneTask = true
                                found.0.isPlan = false
                                (entry, problems) = found
                            }
                        }
                    }
                    add(entry, problems)
                case .table(let table):
                    for row in table.rows {
                        let (entry, problems) = LogEntryReader.fromRow(row, table: table, context: context, readsPlans: true)
                        add(entry, problems)
                    }
                }
            }
            // Emails pasted anywhere in the note (header blocks, quoted replies): a contact each.
            emailLines = []
            emailEntries = []
            if PastedEmails.mayHold(source.bytes) {
                let pasted = PastedEmails.entries(in: source, context: context, log: &log, people: &interview.people)
                emailLines = pasted.lines
                emailEntries = Set(pasted.entries.map(\.range.start.line))
                log += pasted.entries
            }
            var proseEntryLines = Set<Int>()
            // Contacts outside the log sections, looked for when the sections leave someone without
            // a thank-you or the note has no log section.
            var thanked = PeopleCount()
            for index in log.indices where log[index].kind == .thankYou && log[index].isOutgoing { thanked.insert(log[index].people) }
            if interview.logSection == nil || interview.people.isEmpty || thanked.count < interview.people.count {
                var sectionLines = Set<Int>()
                for entry in log { sectionLines.formUnion(entry.range.start.line...max(entry.range.start.line, entry.range.end.line)) }
                for person in interview.people { sectionLines.formUnion(person.range.start.line...max(person.range.start.line, person.range.end.line)) }
                sectionLines.formUnion(emailLines)
                var outside = ProseContacts.entries(proseLines(), placed: sectionLines, context: context)
                // A Mermaid timeline is read only where the note records no contact otherwise: beside
                // a log or sentences it mostly repeats them.
                if log.isEmpty, outside.entries.isEmpty, ProseLines.mayHoldTimeline(source.bytes) {
                    let events = ProseLines.timelineEvents(source)
                    if !events.isEmpty { outside = ProseContacts.entries(events, placed: sectionLines, context: context) }
                }
                proseEntryLines = Set(outside.entries.map(\.range.start.line))
                if !outside.entries.isEmpty {
                    log += outside.entries
                    logProblems += outside.problems
                }
            }
            if log.count > 1, !emailLines.isEmpty || !proseEntryLines.isEmpty {
                log.sort { ($0.range.start.line, $0.range.start.column) < ($1.range.start.line, $1.range.start.column) }
            }
            LogThread.link(&log, problems: &logProblems)
            return (log, logProblems, proseEntryLines)
        }
        let logDay = interview.start?.value.date
        guard var (log, logProblems, proseEntryLines) = readLog(interviewDay: logDay) else { return interview }
        interview.log = log
        if options.cancellation?.isCancelled == true { return interview }
        // A timeline of other events (applied, researched) is no log of contacts.
        if log.isEmpty, walker.timelineSourceStart == 0, interview.logSection == walker.sectionRanges[.timeline] {
            interview.logSection = nil
        }

        if interview.start == nil || !interview.startHasTime {
            // A pasted email's date is never the interview's.
            let lines = emailLines.isEmpty ? proseLines() : proseLines().filter { !emailLines.contains($0.line) }
            findStart(&interview, lines: lines, bytes: source.bytes, fileName: fileName, yearReference: options.yearReference,
                      order: options.dateOrder, noteOrder: noteOrder, weakDate: weakDate, source: &dateSource)
        }
        interview.startSource = interview.start == nil ? nil : dateSource
        if logDay == nil, let day = interview.start?.value.date {
            guard let again = readLog(interviewDay: day) else { return interview }
            (log, logProblems, proseEntryLines) = again
            interview.log = log
        }
        if !emailEntries.isEmpty {
            PastedEmails.settle(&interview.log, emails: emailEntries, start: interview.start?.value, startHasTime: interview.startHasTime)
        }
        interview.problems += logProblems
        if interview.log.contains(where: { $0.people.contains { $0.match == .none } }) {
            ProsePeople.findNamedElsewhere(&interview.log, in: proseLines())
        }
        if let day = interview.start?.value.date, !proseEntryLines.isEmpty {
            // Dated lines before the interview in a journal or a weekly log (applied, the call that
            // set it up) are no contacts after it.
            // The line that gave the interview its start ("Tue Nov 3, 12:00 — phone call with
            // Chiara") is the interview, not a contact after it.
            let startLine = interview.startSource == nil ? nil : interview.start?.range.start.line
            let before = Set(interview.log.filter { proseEntryLines.contains($0.range.start.line)
                && (($0.date?.value.date ?? day) < day || $0.range.start.line == startLine && $0.date?.value == interview.start?.value) }
                .map(\.range.start.line))
            if !before.isEmpty {
                interview.log.removeAll { before.contains($0.range.start.line) }
                interview.problems.removeAll { $0.kind == .unreadableEntry && before.contains($0.range.start.line) }
            }
        }
        // `resume_left: true` and `contact_info_left: no` keys, when no section or checklist said it.
        // Spelled out for both fields: a loop over key paths looked their types up at run time, every note.
        if interview.beforeLeaving.resume == nil, let value = values[.resume], let left = FrontMatterReader.yesOrNo(value.text) {
            interview.beforeLeaving.resume = Located(left, value.range)
        }
        if interview.beforeLeaving.contactInformation == nil, let value = values[.contactInfo],
           let left = FrontMatterReader.yesOrNo(value.text) {
            interview.beforeLeaving.contactInformation = Located(left, value.range)
        }
        if interview.beforeLeaving.resume == nil || interview.beforeLeaving.contactInformation == nil {
            // What an email says it attached was not left at the interview.
            let said = ProseFacts.beforeLeaving(emailLines.isEmpty ? proseLines() : proseLines().filter { !emailLines.contains($0.line) })
            if interview.beforeLeaving.resume == nil { interview.beforeLeaving.resume = said.resume }
            if interview.beforeLeaving.contactInformation == nil { interview.beforeLeaving.contactInformation = said.contact }
        }

        // The timeframe: the section's text, or a front matter `decision:` value.
        var timeframeText = walker.timeframeText
        if timeframeText == nil, let value = values[.timeframe] { timeframeText = (value.text, value.range) }
        if let (text, range) = timeframeText {
            switch TimeframeReader.read(text, interviewDay: interview.start?.value.date) {
            case .date(let date) where interview.start.map({ date < $0.value.date }) == true && TimeframeReader.opensWithDate(text):
                // A timeline of what came before the interview ("[[2026-10-30]] Research …") is no decision date.
                break
            case .date(let date): interview.timeframe = Timeframe(text: text, decision: .date(date), range: range)
            case .vague: interview.timeframe = Timeframe(text: text, decision: .vague, range: range)
            case .unrecognized: interview.timeframe = Timeframe(text: text, decision: .unrecognized, range: range)
            case .notAsked: break
            }
        }
        // The lines of the log's entries, gathered only for the readers that skip them (a set of
        // every line of every entry cost more than reading a canonical note's timeframe).
        var cachedLogLines: Set<Int>?
        func logLines() -> Set<Int> {
            if let cachedLogLines { return cachedLogLines }
            var lines = Set<Int>()
            for entry in interview.log { lines.formUnion(entry.range.start.line...max(entry.range.start.line, entry.range.end.line)) }
            cachedLogLines = lines
            return lines
        }
        // Whether the note has a word of a decision at all, found on its bytes before any line is read.
        let needsTimeframe = interview.timeframe == nil || interview.timeframe?.decision == .unrecognized
        let speaksOfDecision = needsTimeframe && interview.currentStatus == .waiting && ProseFacts.mayMentionDecision(source.bytes)
        if needsTimeframe, speaksOfDecision,
           let said = ProseFacts.timeframe(proseLines(), skippingLines: logLines(), interviewDay: interview.start?.value.date,
                                           interviewLine: interview.start?.range.start.line) {
            interview.timeframe = said
        }
        // (Not behind the note's decision stems: a pasted reply is rare, and its words are many.)
        if needsTimeframe, interview.currentStatus == .waiting, !emailEntries.isEmpty,
           interview.timeframe == nil || interview.timeframe?.decision == .unrecognized {
            // Their pasted reply may give the day ("we'll reply by 1 December"), counted from the
            // day it was written; the latest reply that gives one wins.
            let all = proseLines()
            for entry in interview.log.reversed() where !entry.isOutgoing && emailEntries.contains(entry.range.start.line) {
                guard let day = entry.date?.value.date else { continue }
                var lines: [ProseLine] = []
                var previous = entry.range.start.line
                for line in all where line.line >= entry.range.start.line {
                    guard emailLines.contains(line.line), line.line <= previous + 2 else { break }
                    lines.append(line)
                    previous = line.line
                }
                if let said = ProseFacts.timeframe(lines, skippingLines: [], interviewDay: day), case .date = said.decision {
                    interview.timeframe = said
                    break
                }
            }
        }
        // Lines about a thank-you, a card or the decision that were not read, for the rules that
        // would otherwise say "none": looked for only when such a rule may speak.
        // Only a dated thank-you places its person here: the line of an undated one is still read
        // for what it says (the rules count it as sent, and the entry's missing day is reported).
        var thankedNow = PeopleCount()
        for index in interview.log.indices where interview.log[index].kind == .thankYou && interview.log[index].isOutgoing
            && interview.log[index].date != nil {
            thankedNow.insert(interview.log[index].people)
        }
        if interview.timeframe == nil && speaksOfDecision
            || interview.people.contains(where: { $0.card == nil })
            || thankedNow.count < interview.people.count {
            var placed = Set<Int>()
            // A log entry read whole places its line; one whose date or person was not read leaves
            // its words to say what the reader missed.
            for entry in interview.log where entry.date != nil && entry.people.contains(where: { $0.interviewer != nil }) {
                placed.formUnion(entry.range.start.line...max(entry.range.start.line, entry.range.end.line))
            }
            for person in interview.people { placed.formUnion(person.range.start.line...max(person.range.start.line, person.range.end.line)) }
            interview.mentions = ProseFacts.mentions(proseLines(), placed: placed)
            // A timeframe read makes its talk no miss: `dump` would list the line it came from as not read.
            if interview.timeframe != nil { interview.mentions.removeAll { $0.kind == .timeframe } }
        }
        StatusReader.settle(&interview, source: source, emails: emailEntries, words: options.words, lines: proseLines)
        if let closed = interview.status, closed.value.endsWorkflow,
           let at = interview.log.firstIndex(where: { $0.range == closed.range })
            // A status from the front matter (`status: offer`): the entry where their offer or
            // rejection came is where the process ended.
            ?? (closed.value == .withdrawn || closed.value == .closed ? nil : interview.log.firstIndex(where: { entry in
                !entry.isOutgoing && (StatusReader.mayStateEnding(entry.text) || StatusReader.mayStateRefusal(entry.text))
                    && StatusReader.said(entry.text, incoming: true, inEntry: true)?.endsWorkflow == true
            })) {
            // Thanks written after the rejection or the offer answer it: no thank-you for the interview.
            // After it in time where both are dated (a pasted thread is newest first), else in the note.
            let ended = interview.log[at].date?.value
            for index in interview.log.indices where index != at && interview.log[index].isOutgoing && interview.log[index].kind == .thankYou {
                let after: Bool
                if let sent = interview.log[index].date?.value, let ended { after = sent > ended } else { after = index > at }
                if after { interview.log[index].kind = .other }
            }
        }
        interview.isTemplate = isTemplate(interview, source: source)
        // A plain `date:` over a body with next to nothing in it is an interview note still to be
        // filled in; over a body of other things it is any note's day.
        if interview.frontMatter?.hasInterviewKeys == false, let key = front.dateKey,
           FrontMatterReader.dateRank(Markup.key(key)) == 2, proseLines().lazy.filter({ !$0.isHeading }).prefix(2).count < 2 {
            interview.frontMatter?.hasInterviewKeys = true
        }
        // A `Status:` line of the body with a word the reader does not know, in a note with nothing
        // else of an interview (a recipe's "Status: tested", a book note's "Status: done"), is no sign of one.
        if front.values[.status] == nil, interview.company == nil, interview.peopleSection == nil, interview.logSection == nil,
           interview.people.isEmpty, !interview.titleNamesInterview, interview.frontMatter?.hasInterviewKeys != true,
           interview.problems.contains(where: { $0.kind == .frontMatter && $0.uncertain && $0.message.hasPrefix("status '") }),
           interview.start == nil || !ProseFacts.speaksOfInterviews(source.bytes) {
            interview.problems.removeAll { $0.kind == .frontMatter && $0.uncertain && $0.message.hasPrefix("status '") }
        }
        // Only a note that is one by its shape alone is searched for a word of an interview.
        if !interview.titleNamesInterview, interview.frontMatter?.hasInterviewKeys != true,
           !interview.problems.contains(where: { $0.kind == .frontMatter }),
           interview.start != nil || interview.company != nil || interview.peopleSection != nil || interview.logSection != nil
            || !interview.people.isEmpty {
            interview.speaksOfInterviews = ProseFacts.speaksOfInterviews(source.bytes)
                && ProseFacts.speaksOfInterviewsOutsidePlans(source)
            // A day and nothing else of an interview (a meeting note's `date:` and "the hiring plan"):
            // some line must name the interview itself.
            if interview.speaksOfInterviews, interview.company == nil, interview.peopleSection == nil, interview.logSection == nil,
               interview.people.isEmpty {
                interview.speaksOfInterviews = proseLines().contains { line in
                    !line.isPlan && (line.words.contains { ProseFacts.interviewWords.contains($0) || ProseFacts.titleInterviewWords.contains($0) }
                                     || ProseFacts.appointmentWord(in: line) != nil)
                } || ProseFacts.tellsEveryStep(proseLines())
            }
        }
        // Front matter with interview keys is the writer's own interview, written for this tool.
        if interview.frontMatter?.hasInterviewKeys != true {
            interview.interviewsACandidate = ProseFacts.interviewsACandidate(source, title: interview.title?.value)
            if interview.isInterviewNote { interview.isNoJobInterview = ProseFacts.isNoJobInterview(source, title: interview.title?.value) }
        }
        // A table of many applications is a tracker, unless the note plainly is one interview's.
        if interview.frontMatter?.hasInterviewKeys != true, !interview.titleNamesInterview,
           interview.peopleSection == nil, interview.logSection == nil {
            let tracked = trackerCompanies()
            // A weekly log whose table lists the week's applications and one of them written out
            // under its own heading ("## Ashcombe Health — … (interview 11/10/2026)"): that interview's note.
            let writtenOut = tracked.flatMap { companies in
                walker.headingLines.first { heading in
                    guard heading.level >= 2 else { return false }
                    let text = String(source.line(heading.line))
                    let lowered = text.quickLowercased()
                    return RoundReader.namesRound(text) || ProseFacts.words(Substring(lowered)).contains(where: ProseFacts.interviewWords.contains)
                        ? companies.names.contains { lowered.byteRange(of: $0) != nil } : false
                }
            }
            if let writtenOut {
                let heading = String(source.line(writtenOut.line)).drop { $0 == "#" || $0 == " " }
                if interview.company == nil, let company = ProseFacts.companyFromTitle(String(heading)) {
                    interview.company = Located(company, SourceRange(line: writtenOut.line, column: 1, length: source.line(writtenOut.line).unicodeScalars.count))
                }
            } else {
                interview.tracksApplications = ProseFacts.trackedCompanies(tracked)
            }
        }
        // People met and a company named make an interview note even without its date.
        if interview.company == nil, interview.isInterviewNote || !interview.people.isEmpty { interview.company = titleCompany }
        // (Not on `isInterviewNote`: the interview's day may only be found below.)
        if interview.frontMatter?.hasInterviewKeys != true, interview.speaksOfInterviews || interview.titleNamesInterview {
            interview.otherKindOfNote = ProseFacts.otherKindOfNote(proseLines(), title: interview.title?.value)
        }
        if StatusReader.cancelledBeforeItTookPlace(interview, source: source) { interview.cancelledBeforeItTookPlace = true }
        if rowMarks.count + walker.roundHeadings.count >= 2 {
            let marks = rowMarks + headingMarks(walker, source: source,
                                                // A round's day without a year follows the note's earliest day, not the interview's (a later round).
                                                reference: ProseFacts.earliestISODate(source.bytes) ?? options.yearReference ?? interview.start?.value.date,
                                                order: options.dateOrder, noteOrder: noteOrder)
            interview.rounds = RoundReader.rounds(of: interview, marks: marks, lines: proseLines, logLines: logLines())
        }
        // When the YAML itself is broken, that is the finding; "no date" would only add noise.
        if interview.start == nil, front.problems.isEmpty, interview.isInterviewNote,
           !interview.problems.contains(where: { $0.kind == .frontMatter && $0.message.hasPrefix("interview date") }) {
            let anchor = front.lines.map { SourceRange(line: $0.lowerBound, column: 1, length: 3) } ?? interview.anchor
            if let line = ProseFacts.yearlessStart(proseLines()) {
                // The note gives the day; only its year is missing, and nothing else dates the note.
                let relative = ProseFacts.relativeDay(line.words) != nil
                interview.problems.append(ReadProblem(
                    .frontMatter,
                    relative
                        ? "line \(line.line) dates the interview from a day the note does not give (\"yesterday\", \"today\"): add the interview's day and time to the front matter, in the form `date: 2026-11-20 11:00`"
                        : "line \(line.line) gives the interview's day without its year, and nothing else in the note gives one: write the year (as in `Fri 20/11/2026 11:00`) or add the day to the front matter, in the form `date: 2026-11-20 11:00`",
                    at: line.range, uncertain: !relative))
            } else if let line = ProseFacts.unplacedDate(proseLines()) {
                // The note writes a day in a form or place the reader does not take for the interview's: unsure, so no error.
                interview.problems.append(ReadProblem(
                    .frontMatter,
                    "the reader could not tell the interview's day: line \(line.line) gives a date ('\(line.text.prefix(60))') it could not take as the interview's; add `date: 2026-11-16 10:00` to the front matter (or a `**Date:**` line)",
                    at: line.range, uncertain: true))
            } else {
                interview.problems.append(ReadProblem(
                    .frontMatter,
                    "the note has no interview date: add `date: 2026-11-16 10:00` to the front matter (or a `**Date:**` line)",
                    at: anchor))
            }
        }
        if let problem = NoteNotices.interviewsAtSeveralFirms(interview, lines: proseLines()) { interview.problems.append(problem) }
        if let problem = NoteNotices.emailsWithoutTheInterview(interview, source: source, order: options.dateOrder) {
            interview.problems.append(problem)
        }
        // Swapped out rather than returned: the nested functions above capture `interview`, so it
        // lives in a box, and returning it copied the whole model (retaining every field) only to
        // free the box's copy.
        var read = Interview()
        swap(&read, &interview)
        return read
    }

    /// The rounds that headings name, each dated by its heading or the first line under it (a
    /// callout's title: "> [!note] Onsite — Thu 11/12, 10am").
    private static func headingMarks(_ walker: DocumentWalker, source: SourceText, reference: LocalDate?,
                                     order: DateOrder?, noteOrder: DateOrder?) -> [RoundReader.Mark] {
        var marks: [RoundReader.Mark] = []
        for heading in walker.roundHeadings {
            let line = heading.range.start.line
            let end = heading.end ?? walker.headingLines.first { $0.line > line && $0.level <= heading.level }.map { $0.line - 1 } ?? source.lineCount
            var found = RoundReader.firstDateTime(heading.text, reference: reference, order: order, noteOrder: noteOrder)
            var label = RoundReader.label(heading.text)
            if found == nil, line < end, let first = ((line + 1)...end).first(where: { !source.line($0).trimmingWhitespace().isEmpty }) {
                var text = Substring(source.line(first).trimmingWhitespace())
                while text.first == ">" || text.first == " " { text = text.dropFirst() }
                if text.hasPrefix("[!"), let close = text.firstIndex(of: "]") { text = text[text.index(after: close)...] }
                found = RoundReader.firstDateTime(String(text), reference: reference, order: order, noteOrder: noteOrder)
                // "## Interview" over "Onsite — Thu 11/12": the line says which round.
                if RoundReader.namesRound(String(text)) { label = RoundReader.label(String(text)) }
            }
            // "## Thu 5 Nov 2026 — phone screen" over "Phone screen at 9:30 with Kirsty": the line
            // that names the round gives its time.
            if let (day, hasTime) = found, !hasTime, line < end,
               let first = ((line + 1)...end).first(where: { !source.line($0).trimmingWhitespace().isEmpty }) {
                let text = source.line(first).trimmingWhitespace()
                if RoundReader.namesRound(text), let minutes = ProseFacts.firstTime(Tokenizer.tokens(text), from: 0) {
                    found = (LocalDateTime(date: day.date, hour: minutes / 60, minute: minutes % 60), true)
                }
            }
            guard let (start, hasTime) = found else { continue }
            marks.append(RoundReader.Mark(label: label, start: start, hasTime: hasTime,
                                          range: heading.range, lines: line...max(line, end), fromRow: false))
        }
        return marks
    }

    /// `reference`: the day that dates a day written without its year, worked out only if needed.
    /// Whether the text holds a digit, `/` and a digit in a row (12/11): the numeric dates whose
    /// order the note's other dates may settle (dotted ones are day first by convention). `/` is
    /// rare in notes, so memchr finds each one.
    static func mayHoldNumericDates(_ bytes: [UInt8]) -> Bool {
        guard bytes.count >= 3 else { return false }
        return bytes.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return false }
            var offset = 1
            while offset < buffer.count - 1,
                  let found = memchr(base + offset, Int32(UInt8(ascii: "/")), buffer.count - 1 - offset) {
                let index = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
                if buffer[index - 1] &- 0x30 < 10 && buffer[index + 1] &- 0x30 < 10 { return true }
                offset = index + 1
            }
            // 12-11-2026 is read as 12/11/2026 is, so it too may settle (or need) the note's order;
            // a day or month of one or two digits, a hyphen, one or two digits and a hyphen (not ISO's 2026-11-12).
            func isDigit(_ at: Int) -> Bool { at >= 0 && at < buffer.count && buffer[at] &- 0x30 < 10 }
            offset = 1
            while offset < buffer.count - 3,
                  let found = memchr(base + offset, Int32(UInt8(ascii: "-")), buffer.count - 3 - offset) {
                let index = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
                offset = index + 1
                guard isDigit(index - 1), !(isDigit(index - 2) && isDigit(index - 3)), isDigit(index + 1) else { continue }
                let second = isDigit(index + 2) ? index + 3 : index + 2
                if second + 1 < buffer.count, buffer[second] == UInt8(ascii: "-"), isDigit(second + 1) { return true }
            }
            return false
        }
    }

    private static func apply(_ values: FrontMatterReader.Fields, to interview: inout Interview, words: ConfiguredWords,
                              order: DateOrder?, noteOrder: DateOrder?, today: LocalDate?, reference noteReference: () -> LocalDate?) {
        // A day without a year takes it from the note's dates; else from its weekday ("Thu 26 Nov"
        // is a Thursday in one recent year); else it stays undated and is reported.
        var known: LocalDate??
        func noteDay() -> LocalDate? {
            if let known { return known }
            known = .some(noteReference())
            return known!
        }
        func reference() -> LocalDate? {
            if let day = noteDay() { return day }
            guard let today, let text = values[.date]?.text else { return nil }
            if let year = DateReader.yearFromWeekday(text, today: today) { return LocalDate(year: year, month: 1, day: 1) }
            return nil
        }
        func located(_ field: FrontMatterReader.Field) -> Located<String>? {
            values[field].map { Located($0.text, $0.range) }
        }
        interview.company = located(.company)
        interview.role = located(.role)
        interview.location = located(.location)
        if let status = values[.status] {
            if let value = words.status(status.text) ?? StatusReader.read(status.text) {
                interview.status = Located(value, status.range)
            } else {
                let names = Interview.Status.allCases.map(\.rawValue).joined(separator: ", ")
                interview.problems.append(ReadProblem(
                    .frontMatter, "status '\(status.text)' is not a status the reader knows, so the note is taken as still waiting; write one of \(names)",
                    at: status.range, uncertain: true))
            }
        }
        if let date = values[.date] {
            var found: (start: LocalDateTime, hasTime: Bool)?
            var parsed = DateReader.parseDateTime(date.text, order: order, noteOrder: noteOrder)
            if case .failure(.noYear) = parsed {
                parsed = DateReader.parseDateTime(date.text, reference: reference(), order: order, noteOrder: noteOrder)
            }
            switch parsed {
            case .success(let (moment, hasTime)):
                found = (moment, hasTime)
            case .failure(.ambiguousOrder(_, _, _)):
                // Never guessed: the note says which order it writes, or the finding says how to.
                if case .failure(let error) = parsed {
                    interview.problems.append(ReadProblem(.frontMatter, "interview date \(error)", at: date.range, uncertain: true))
                }
            case .failure(let error):
                // A value that opens with a day and goes on in words ("11/16/2026 9:00 AM, 2nd
                // floor", "Mon 16 Nov, 10am–11:30am") is read for its day and time; one that gives
                // no day is reported.
                if case .malformed = error, let leading = ProseFacts.leadingDateTime(date.text, reference: reference(), order: order, noteOrder: noteOrder) {
                    found = leading
                } else if !Self.softDateKeys.contains(Markup.key(date.key)),
                          date.text.utf8.contains(where: { (0x30...0x39).contains($0) }) || date.key.isEmpty || Self.dayKeys.contains(Markup.key(date.key)) {
                    // ("Data: 3 TB of logs" is English data, not the Italian day; "Entrevista: con Marta
                    // Gil" and "Interview: Practice Administrator" labels: a word for the interview that gives no day says nothing.)
                    interview.problems.append(ReadProblem(.frontMatter, "interview date \(error)", at: date.range))
                }
            }
            if var (start, hasTime) = found {
                // "10:00, Mon 16 Nov 2026": the time written before the day.
                if !hasTime, let minutes = ProseFacts.leadingTime(date.text) {
                    start = LocalDateTime(date: start.date, hour: minutes / 60, minute: minutes % 60)
                    hasTime = true
                }
                if let problem = StartTime.joining(values[.time], to: &start, hasTime: &hasTime) { interview.problems.append(problem) }
                interview.start = Located(start, date.range)
                interview.startHasTime = hasTime
            }
        }
    }

    /// "that evening", "that night", "the same day", "when I got home": a log entry told on the
    /// interview's day, with no day of its own.
    static func saysInterviewDay(_ text: String) -> Bool {
        let lower = text.quickLowercased()
        return ["that evening", "that night", "that afternoon", "same day", "same evening", "same afternoon",
                "when i got home", "once i got home"].contains { lower.byteRange(of: $0) != nil }
    }

    /// Verbs of taking a card ("Get Yusuf's card", "collected both cards", "ask Clara for her card").
    /// Not "take" or "took": "took the cards to the post office" posts thank-yous.
    static let cardTakingVerbs: WordSet = ["get", "got", "collect", "collected", "grab", "grabbed",
                                           "pick", "picked", "ask", "asked", "request", "requested", "obtain", "obtained"]

    /// A task of taking someone's business card ("- [x] Get Yusuf's card — yusuf@… Completed: …"):
    /// the card is theirs, handed over, not a card sent; no contact, unless the line also names a
    /// message or a thank-you ("got her card, emailed her a thank-you").
    static func collectsCard(_ text: String) -> Bool {
        // Most entries say no card: looked for on the bytes before any token is made.
        guard text.byteRange(of: "card") != nil || text.byteRange(of: "Card") != nil else { return false }
        var body = text[...]
        if let (_, length) = InterviewerReader.checkbox(text) { body = body.droppingScalars(length) }
        let tokens = Tokenizer.tokens(String(body))
        guard let first = tokens.firstIndex(where: { $0.word != nil }), let verb = tokens[first].word,
              cardTakingVerbs.contains(verb) || verb == "done" && tokens.dropFirst(first + 1).first?.word.map(cardTakingVerbs.contains) == true,
              tokens[first...].prefix(7).contains(where: { $0.isWord("card", "cards") }) else { return false }
        return !tokens.contains { token in
            guard let word = token.word else { return false }
            if word == "card" || word == "cards" || word == "business" { return false }
            return LogEntryReader.channelWords[word] != nil || ProseContacts.contactWordSet.contains(word)
        }
    }

    /// "wrote two handwritten cards", "cards written that evening", "carte manuscrite à Mme Garnier":
    /// the entry is the writing of paper notes, not only their posting.
    /// "Posted the cards I'd written" is the posting of cards written before.
    static func writesCards(_ text: String) -> Bool {
        let lower = text.quickLowercased()
        if ["'d written", "\u{2019}d written", "had written", "'d handwritten", "had handwritten"].contains(where: { lower.byteRange(of: $0) != nil }) {
            return false
        }
        return Tokenizer.tokens(text).contains { $0.isWord("wrote", "write", "written", "writing") || $0.isWord("handwritten", "manuscrite", "manuscrites") }
    }

    /// The people an `Interviewers:` value names: one person with a title ("Aditi Rao - Engineering
    /// Manager, Payments Core"), or several names ("David Wang, Hannah Brooks", "Ana & Tom").
    static func peopleNamed(in value: FrontMatterReader.Value) -> [Interviewer] {
        var text = value.text
        if text.utf8.contains(UInt8(ascii: "|")) {
            // `[[Ewan McLeod|people.ewan-mcleod]]` after the first link of a value: what is left of
            // the link once its brackets are off is the name and its alias; the name is kept.
            var kept = "", skipping = false
            for character in text {
                if character == "|" { skipping = true; continue }
                if skipping, character == " " || character == "(" || character == "," || character == ";" { skipping = false }
                if !skipping { kept.append(character) }
            }
            text = kept
        }
        let line = value.range.start.line, column = value.range.start.column
        if text.contains(" - ") || text.contains("—") || text.contains("–") || text.contains("(") {
            return InterviewerReader.listed(text, line: line, column: column)
        }
        var result: [Interviewer] = []
        var offset = 0
        for piece in text.split(omittingEmptySubsequences: false, whereSeparator: { ",;&+/".contains($0) }) {
            defer { offset += piece.unicodeScalars.count + 1 }
            let parts = String(piece).components(separatedByWord: "and")
            // "Head of Research and Development": a title that holds an "and" is one, not two people.
            for part in parts.count > 1 && ProsePeople.hasTitleWord(Substring(parts[0])) ? [String(piece)] : parts {
                let name = Markup.plain(part.trimmingWhitespace())
                guard !name.isEmpty, name.first?.isLetter == true, name.split(separator: " ").count <= 4,
                      !InterviewerReader.selfWords.contains(name.quickLowercased()) else { continue }
                // "Carla Jiménez, Operations Manager": a job title after a name is theirs, not a person.
                if ProsePeople.hasTitleWord(Substring(name)), !result.isEmpty {
                    if result[result.count - 1].title == nil {
                        result[result.count - 1].title = Located(name, SourceRange(line: line, column: column + offset, length: name.unicodeScalars.count))
                    }
                    continue
                }
                let at = offset + (piece.byteRange(of: part).map { piece[..<$0.lowerBound].unicodeScalars.count } ?? 0)
                    + part.unicodeScalars.prefix { $0 == " " }.count
                result.append(Interviewer(name: Located(name, SourceRange(line: line, column: column + at, length: name.unicodeScalars.count)),
                                          range: SourceRange(line: line, column: column + at, length: name.unicodeScalars.count)))
            }
        }
        return result
    }

    /// The interview's day when no key gave it: a line that names the interview and its day,
    /// else the front matter's `created` date or the file name's (a meeting note, a journal
    /// page); the time from such a line when the key gave the day alone.
    /// A form for notes: Templater's `<% … %>` or a core template's `{{date}}` where the title
    /// or the interview's date should be, and no date read.
    private static func isTemplate(_ interview: Interview, source: SourceText) -> Bool {
        guard interview.start == nil else { return false }
        let bytes = source.bytes
        for (index, byte) in bytes.enumerated().dropLast() {
            if byte == UInt8(ascii: "<"), bytes[index + 1] == UInt8(ascii: "%") { return true }
            if byte == UInt8(ascii: "{"), bytes[index + 1] == UInt8(ascii: "{") {
                let rest = bytes[(index + 2)...].prefix(12)
                if let close = rest.firstIndex(of: UInt8(ascii: "}")),
                   ["date", "title", "time"].contains(where: { String(decoding: bytes[(index + 2)..<close], as: UTF8.self).quickLowercased().hasPrefix($0) }) {
                    return true
                }
            }
        }
        return false
    }

    private static func findStart(_ interview: inout Interview, lines: [ProseLine], bytes: [UInt8], fileName: String?,
                                  yearReference: LocalDate?,
                                  order: DateOrder?, noteOrder: DateOrder?,
                                  weakDate: Located<LocalDateTime>?, source: inout String?) {
        let fileDay = fileName.flatMap(ProseFacts.fileNameDate)
        if let start = interview.start {
            guard !interview.startHasTime else { return }
            guard let time = StartTime.fromLines(lines, day: start.value.date) else { return }
            interview.start = Located(LocalDateTime(date: start.value.date, hour: time.minutes / 60, minute: time.minutes % 60), start.range)
            interview.startHasTime = true
            source = (source ?? "the note") + ", the time from line \(time.line)"
            return
        }
        let context = weakDate?.value.date ?? fileDay
        // A creation or file-name date makes no note an interview note on its own.
        guard interview.isInterviewNote || lines.contains(where: { line in
            line.words.contains(where: ProseFacts.interviewWords.contains) || ProseFacts.appointmentWord(in: line) != nil
                || line.isHeading && (line.words.contains(where: ProseFacts.titleInterviewWords.contains)
                    || RoundReader.namesInterviewInShort(line.text))
        }) || ProseFacts.tellsEveryStep(lines) else { return }
        let reference = context ?? ProseFacts.earliestISODate(bytes) ?? interview.title.flatMap { ProseFacts.titleMonth($0.value) }
        let firstEntry = interview.log.first?.range.start.line ?? Int.max
        // A note that writes no year anywhere ("Tue 03/11 10:00 — interview at …") is dated
        // around today, and only by its opening lines: a tracker's row further down is some other interview.
        // A weekday settles the year ("Thu 26 Nov": the year in which that day falls on it); a day
        // that contradicts every nearby year is left undated. With no weekday, the day counts from
        // half a year before the run, as a note is linted around the time it is written.
        func aroundToday() -> (start: LocalDateTime, hasTime: Bool, line: ProseLine)? {
            guard reference == nil, let yearReference else { return nil }
            let opening = Array(lines.prefix(6))
            // The line that names the interview, else a day and time standing at the top ("Thurs Nov 19, 2:30pm").
            guard let found = ProseFacts.interviewStart(opening, reference: yearReference, contextDay: nil, order: order, noteOrder: noteOrder)
                ?? ProseFacts.openingDateLine(opening, reference: yearReference, before: firstEntry, order: order, noteOrder: noteOrder)
            else { return nil }
            let day = found.start.date
            guard let weekday = DateReader.writtenWeekday(in: found.line.text) else {
                // Another day the note gives with its weekday settles the year ("by tues 12/1").
                guard let anchor = DateReader.weekdayAnchor(in: lines.lazy.map(\.text), today: yearReference.adding(days: 200),
                                                            order: order, noteOrder: noteOrder) else {
                    interview.problems.append(ReadProblem(
                        .frontMatter, "the interview day on line \(found.line.line) has no year, and no other date in the note gives one: it is read as \(day), the year counted from today; write the year (\(day)) so that it is read for sure",
                        at: found.line.range, uncertain: true))
                    return found
                }
                var best: LocalDate?
                for year in (anchor.year - 1)...(anchor.year + 1) {
                    guard let date = LocalDate(year: year, month: day.month, day: day.day) else { continue }
                    if best.map({ abs(date.ordinal - anchor.ordinal) < abs($0.ordinal - anchor.ordinal) }) ?? true { best = date }
                }
                return best.map { (LocalDateTime(date: $0, hour: found.start.minuteOfDay / 60, minute: found.start.minuteOfDay % 60), found.hasTime, found.line) }
            }
            guard let year = DateReader.year(month: day.month, day: day.day, weekday: weekday, near: yearReference.adding(days: 200)),
                  let date = LocalDate(year: year, month: day.month, day: day.day) else { return nil }
            return (LocalDateTime(date: date, hour: found.start.minuteOfDay / 60, minute: found.start.minuteOfDay % 60), found.hasTime, found.line)
        }
        if let found = ProseFacts.interviewStart(lines, reference: reference, contextDay: context, order: order, noteOrder: noteOrder)
            ?? aroundToday() {
            interview.start = Located(found.start, found.line.range)
            interview.startHasTime = found.hasTime
            source = found.line.words.contains(where: ProseFacts.interviewWords.contains)
                ? "line \(found.line.line), which names the interview" : "line \(found.line.line), the day and time at the top of the note"
        } else if let found = ProseFacts.openingDateLine(lines, reference: reference, before: firstEntry, order: order, noteOrder: noteOrder) {
            interview.start = Located(found.start, found.line.range)
            interview.startHasTime = true
            source = "line \(found.line.line), the day and time at the top of the note"
        } else if let weakDate {
            interview.start = weakDate
            source = "front matter `created` (the day the note was made)"
        } else if let fileDay {
            interview.start = Located(LocalDateTime(date: fileDay), interview.anchor)
            source = "the file name"
        }
        // A day from the note's making or its name, and a line at the top that opens with a time.
        if let start = interview.start, !interview.startHasTime, weakDate != nil || fileDay != nil,
           start.value.date == (weakDate?.value.date ?? fileDay), let found = ProseFacts.openingTime(lines, before: firstEntry) {
            interview.start = Located(LocalDateTime(date: start.value.date, hour: found.minutes / 60, minute: found.minutes % 60), start.range)
            interview.startHasTime = true
            source = (source ?? "the note") + ", the time from line \(found.line.line)"
        }
    }
}

/// How many different interviewers some entries name: a bit each for the first 64 (a note names
/// a few), a set only beyond. A `Set<Int>` of them hashed and grew for every note.
private struct PeopleCount {
    private var bits: UInt64 = 0
    private var more = Set<Int>()

    mutating func insert(_ people: [PersonReference]) {
        for person in people {
            guard let index = person.interviewer else { continue }
            if index >= 0 && index < 64 { bits |= 1 << UInt64(index) } else { more.insert(index) }
        }
    }

    var count: Int { bits.nonzeroBitCount + more.count }
}
