/// Several interviews in one note (a note per application: `## Phone screen`, then `## Onsite`,
/// or a timeline whose rows are the rounds): finds the rounds and hands each its own share of what
/// the note says, so that each is checked on its own.
enum RoundReader {
    /// Where a round is written: its heading or timeline row, its day, and the lines that are its own.
    struct Mark {
        var label: String
        var start: LocalDateTime
        var hasTime: Bool
        var range: SourceRange
        var lines: ClosedRange<Int>
        var fromRow: Bool
    }

    /// Words that name a meeting with the employer in a heading or a timeline's stage cell.
    static let stageWords = WordSet([
        "screen", "screening", "onsite", "interview", "round", "final", "panel", "technical", "loop", "superday",
        "interveiw", "intervew", "inteview", "interivew", "intreview", "intvw",
        // German, French, Spanish and Dutch ("1. Runde", "Entretien RH", "Segunda ronda", "Tweede ronde").
        "runde", "interviewrunde", "entretien", "entrevista", "ronda", "ronde", "gesprek",
    ])
    /// A heading with one of these is about the process around a round, not the round itself
    /// ("follow-up" and "thank-you" are read as their first word).
    static let notStageWords = WordSet([
        "prep", "preparation", "questions", "research", "follow", "followup", "thank", "thanks",
        "after", "next", "before", "debrief", "invite", "invitation", "scheduling", "scheduled", "feedback",
    ])

    /// Whether a heading's or stage cell's first words name a round: a stage word among the first
    /// four, and no word there of the process around it. A timeline row's date and time are no
    /// words here. (Every heading of every note comes here: its words are the tokenizer's packed ones.)
    /// Whether a title ends with a stage ("Harlow & Finch — Junior Accountant interview"), with no
    /// word of the process around it anywhere.
    static func endsWithRound(_ text: String) -> Bool {
        let words = Tokenizer.tokens(text.prefix(scalars: 120)).compactMap(\.word)
        guard let last = words.last, stageWords.contains(last) else { return false }
        return !words.contains(where: notStageWords.contains)
    }

    /// "# Pikestaff int 11/23 2pm": a terse title's shorthand for the interview, taken only right
    /// before a day (the year does not matter here).
    static func namesInterviewInShort(_ text: String) -> Bool {
        guard text.utf8.count < 120, text.quickLowercased().byteRange(of: "int") != nil else { return false }
        let tokens = Tokenizer.tokens(text)
        let someYear = LocalDate(year: 2001, month: 1, day: 1)
        for index in tokens.indices.dropLast() where tokens[index].isWord("int", "intv", "intvw") {
            if DateReader.match(in: tokens, at: DateReader.skippingWeekday(tokens, at: index + 1, reference: someYear), reference: someYear) != nil {
                return true
            }
        }
        return false
    }

    static func namesRound(_ text: String) -> Bool {
        var stage = false
        var seen = 0
        for token in Tokenizer.tokens(text.prefix(scalars: 80)) {
            guard let word = token.word else { continue }
            if notStageWords.contains(word) { return false }
            if stageWords.contains(word) { stage = true }
            seen += 1
            if seen == 4 { break }
        }
        return stage
    }

    /// The first day (and the time after it) written in `text`.
    static func firstDateTime(_ text: String, reference: LocalDate?, order: DateOrder?, noteOrder: DateOrder?)
        -> (LocalDateTime, hasTime: Bool)? {
        let tokens = Tokenizer.tokens(text)
        var index = 0
        while index < tokens.count {
            if let found = DateReader.dateTime(in: tokens, at: index, reference: reference, order: order, noteOrder: noteOrder) {
                var minutes = found.minutes
                if minutes == nil {
                    // "Thu 11/12, 10am to 1pm": the time may follow after a comma.
                    for token in tokens[(index + found.tokenCount)...].prefix(4) {
                        if case .time(let value) = token.kind { minutes = value; break }
                    }
                }
                let day = found.date.date
                return (LocalDateTime(date: day, hour: (minutes ?? 0) / 60, minute: (minutes ?? 0) % 60), minutes != nil)
            }
            index += 1
        }
        return nil
    }

    /// The label of a round, its heading or stage cell up to its day or a dash: "Phone Screen".
    static func label(_ text: String) -> String {
        // A timeline row opens with its day and time: the label starts after them.
        var text = Substring(text)
        while let first = text.split(separator: " ").first, first.first?.isNumber == true || first == "|" {
            text = text.dropFirst(first.count).drop { $0 == " " }
        }
        var end = text.endIndex
        for mark in ["—", "–", " - ", "(", ":", ",", "|"] {
            if let found = text.range(of: mark), found.lowerBound < end { end = found.lowerBound }
        }
        var words: [Substring] = []
        // A mark before the label ("📅 Round 1") is no word of it.
        for word in text[..<end].split(separator: " ").drop(while: { !$0.contains(where: { $0.isLetter || $0.isNumber }) }) {
            // "Round 2 — onsite": the round's number after its stage word is part of the label.
            if word.first?.isNumber == true, !(words.count == 1 && word.count <= 2 && ["round", "runde", "ronda", "ronde"].contains(words[0].quickLowercased())) { break }
            if words.count == 4 { break }
            words.append(word)
        }
        let label = Markup.plain(words.joined(separator: " ")).trimmingWhitespace()
        return label.isEmpty ? "Round" : label
    }

    /// The rounds of a note when it holds two or more on different days, in date order; none
    /// otherwise (the note is one interview).
    static func rounds(of whole: Interview, marks found: [Mark], lines: () -> [ProseLine],
                       logLines: Set<Int>) -> [Interview] {
        // One mark a day: a heading and a row may both name the same round.
        var marks: [Mark] = []
        for mark in found.sorted(by: { $0.start < $1.start }) {
            if let last = marks.last, last.start.date == mark.start.date { continue }
            marks.append(mark)
        }
        guard marks.count >= 2 else { return [] }
        func round(ofLine line: Int) -> Int? { marks.lastIndex { $0.lines.contains(line) } }
        let prose = lines()
        func words(_ round: Int) -> [String] {
            prose.filter { marks[round].lines.contains($0.line) }.flatMap(\.words)
        }
        let roundWords = marks.indices.map(words)

        // Whose round: the one whose lines hold them or name them; the last one for people the
        // rounds' own lines do not name (a shared People list).
        var rounds = [[Int]](repeating: [], count: marks.count)
        for (index, person) in whole.people.enumerated() {
            if let own = round(ofLine: person.range.start.line) {
                rounds[own].append(index)
                continue
            }
            let name = person.nameWithoutTitle.lowercased().split(separator: " ").map(String.init)
            var named = false
            for round in marks.indices where roundWords[round].contains(where: { name.first == $0 || name.count > 1 && name.last == $0 }) {
                rounds[round].append(index)
                named = true
            }
            if !named { rounds[marks.count - 1].append(index) }
        }

        // Whose entry: the round it follows by date (an undated one by where it stands).
        func roundOf(_ entry: LogEntry) -> Int {
            if let at = entry.date?.value {
                var chosen = 0
                for (index, mark) in marks.enumerated() {
                    let sameDay = at.date == mark.start.date
                    if at.date > mark.start.date || sameDay && !(entry.hasTime && mark.hasTime && at < mark.start) { chosen = index }
                }
                return chosen
            }
            return round(ofLine: entry.range.start.line) ?? marks.count - 1
        }
        let entryRounds = whole.log.map(roundOf)
        func inRound(_ range: SourceRange?, _ index: Int) -> Bool {
            guard let range else { return false }
            if let own = round(ofLine: range.start.line) { return own == index }
            return index == marks.count - 1
        }

        var result: [Interview] = []
        // A resume or contact details left in an earlier round are still with the company.
        var leftEarlier = BeforeLeaving()
        for (index, mark) in marks.enumerated() {
            var interview = whole
            interview.rounds = []
            interview.round = Interview.Round(number: index + 1, count: marks.count, label: mark.label,
                                              range: mark.range, lines: mark.lines)
            interview.start = Located(mark.start, mark.range)
            interview.startHasTime = mark.hasTime
            interview.startSource = mark.fromRow
                ? "the timeline row on line \(mark.range.start.line) (round \(index + 1) of \(marks.count))"
                : "the heading of round \(index + 1) of \(marks.count), line \(mark.range.start.line)"

            var people = rounds[index]
            let log = whole.log.indices.filter { entryRounds[$0] == index }
            // Someone an entry of this round names belongs to it too (the recruiter who set it up).
            for entry in log {
                for person in whole.log[entry].interviewers where !people.contains(person) { people.append(person) }
            }
            people.sort()
            let newIndex = Dictionary(uniqueKeysWithValues: people.enumerated().map { ($1, $0) })
            interview.people = people.map { whole.people[$0] }
            interview.log = log.map { position in
                var entry = whole.log[position]
                for reference in entry.people.indices {
                    entry.people[reference].interviewer = entry.people[reference].interviewer.flatMap { newIndex[$0] }
                }
                return entry
            }

            // What the round's own lines say, else what the note says outside every round (for the last).
            let own = prose.filter { mark.lines.contains($0.line) }
            var before = BeforeLeaving()
            before.section = whole.beforeLeaving.section
            if inRound(whole.beforeLeaving.resume?.range, index) { before.resume = whole.beforeLeaving.resume }
            if inRound(whole.beforeLeaving.contactInformation?.range, index) { before.contactInformation = whole.beforeLeaving.contactInformation }
            if before.resume == nil || before.contactInformation == nil {
                let said = ProseFacts.beforeLeaving(own)
                if before.resume == nil { before.resume = said.resume }
                if before.contactInformation == nil { before.contactInformation = said.contact }
            }
            if before.resume == nil { before.resume = leftEarlier.resume }
            if before.contactInformation == nil { before.contactInformation = leftEarlier.contactInformation }
            if before.resume?.value == true { leftEarlier.resume = before.resume }
            if before.contactInformation?.value == true { leftEarlier.contactInformation = before.contactInformation }
            interview.beforeLeaving = before
            // Read again from the round's own lines: "within a week" counts from this round's day.
            interview.timeframe = ProseFacts.timeframe(own, skippingLines: logLines, interviewDay: mark.start.date)
                ?? (inRound(whole.timeframe?.range, index) ? whole.timeframe : nil)
            // A round followed by another was passed: nothing of it is still awaited.
            // Only an ending said in its lines is kept: a "waiting" there was overtaken by the next round.
            if index < marks.count - 1 {
                interview.status = inRound(whole.status?.range, index) && whole.status?.value.endsWorkflow == true ? whole.status
                    : Located(.closed, marks[index + 1].range)
            }
            interview.mentions = whole.mentions.filter { inRound($0.range, index) }
            interview.problems = whole.problems.filter { inRound($0.range, index) }
            result.append(interview)
        }
        return result
    }
}
