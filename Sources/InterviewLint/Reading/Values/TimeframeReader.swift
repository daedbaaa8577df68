/// Works out the decision date from what the interviewer said ("by August 1st", "within two
/// weeks", "end of next week"), relative to the interview day. See docs/format.md for the table.
public enum TimeframeReader {
    /// Phrases that mean they gave no date.
    static let vaguePhrases = PhraseList([
        ["soon"], ["shortly"], ["asap"], ["not", "sure"], ["unsure"], ["let", "me", "know"],
        ["let", "us", "know"], ["get", "back"], ["no", "timeframe"], ["no", "time", "frame"],
        ["no", "timeline"], ["no", "date"], ["didn't", "say"], ["did", "not", "say"], ["unknown"],
        ["tbd"], ["no", "idea"], ["undecided"], ["hear", "back"], ["when", "they", "can"],
        ["eventually"], ["unclear"], ["not", "given"], ["no", "specific"], ["depends"], ["not", "decided"],
        ["few", "weeks"], ["few", "months"], ["several", "weeks"], ["several", "months"], ["no", "firm"], ["in", "due", "course"],
        ["in", "touch"],
    ])

    /// Phrases that mean the question was never asked: no timeframe at all.
    static let notAskedPhrases = PhraseList([
        ["didn't", "ask"], ["did", "not", "ask"], ["forgot", "to", "ask"], ["never", "asked"], ["not", "asked"],
    ])

    /// Counts in French, Spanish, Portuguese, German and Dutch, read before a unit of `foreignUnits`.
    static let foreignNumbers = WordMap<Int>([
        "un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "dix": 10, "quinze": 15,
        "uno": 1, "una": 1, "dos": 2, "tres": 3, "cuatro": 4, "cinco": 5, "diez": 10, "quince": 15,
        "um": 1, "uma": 1, "dois": 2, "duas": 2, "dez": 10,
        "einer": 1, "eine": 1, "einem": 1, "zwei": 2, "drei": 3, "vier": 4, "zehn": 10,
        "een": 1, "twee": 2, "drie": 3, "vijf": 5, "tien": 10,
        // Italian ("uno", "una" are Spanish too).
        "due": 2, "tre": 3, "quattro": 4, "dieci": 10, "quindici": 15,
    ])
    static let foreignUnits: WordSet = ["jours", "jour", "dias", "dia", "tage", "tagen", "dagen", "dag", "werkdagen",
                                        "werktage", "werktagen", "arbeitstage", "arbeitstagen", "semaine", "semaines",
                                        "semana", "semanas", "woche", "wochen", "weken", "week", "mois", "mes", "meses",
                                        "monat", "monate", "monaten", "maand", "maanden",
                                        "giorno", "giorni", "settimana", "settimane", "mese", "mesi"]

    /// Where in a period: "early", "end of" … (a table built once, not an array literal built
    /// for every word).
    static let positionWords: WordSet = ["early", "mid", "late", "end", "beginning", "start", "middle"]

    public enum Reading: Equatable, Sendable {
        case date(LocalDate)
        case vague
        case unrecognized
        case notAsked
    }

    /// Words of a contact or an event that happened ("Aditi emailed", "signed the offer").
    static let eventWords: WordSet = ["emailed", "called", "rang", "replied", "texted", "wrote", "signed", "sent", "met",
                                      "phoned", "messaged", "accepted", "declined", "withdrew", "heard"]

    /// A line that opens with a day and tells what happened then ("2 Nov 11:40: Aditi emailed,
    /// moving me to R3"): an event in a log, not what they said about their decision.
    static func isDatedEvent(_ text: String) -> Bool {
        let tokens = Tokenizer.tokens(text)
        var index = 0
        while index < tokens.count, tokens[index].kind.isPunctuation { index += 1 }
        guard index < tokens.count, DateReader.date(in: tokens, at: index, reference: nil) != nil
            || DateReader.date(in: tokens, at: index, reference: LocalDate(year: 2000, month: 1, day: 1)) != nil else { return false }
        return tokens.contains { $0.word.map(eventWords.contains) == true }
    }

    /// Whether the text opens with a written day (after any marks: `[[2026-10-30]] Research`).
    static func opensWithDate(_ text: String) -> Bool {
        let tokens = Tokenizer.tokens(text)
        var index = 0
        while index < tokens.count, tokens[index].kind.isPunctuation { index += 1 }
        return index < tokens.count && DateReader.date(in: tokens, at: index, reference: nil) != nil
    }

    /// Whether the text says plainly that the question was not asked ("Forgot to ask about
    /// timeline"): a not-asked phrase with no date and no "but" after which an answer could follow.
    static func saysNotAsked(_ text: String) -> Bool {
        let tokens = Tokenizer.tokens(text)
        guard notAskedPhrases.occurs(in: tokens), !tokens.contains(where: { $0.isWord("but") || $0.isWord("though") })
        else { return false }
        // Any day will do as the reference: the question is only whether a date is written.
        let reference = LocalDate(year: 2000, month: 1, day: 1)
        return !tokens.indices.contains { decisionDate(tokens, at: $0, interviewDay: reference) != nil }
    }

    public static func read(_ text: String, interviewDay: LocalDate?) -> Reading {
        let tokens = Tokenizer.tokens(text)
        if notAskedPhrases.occurs(in: tokens) { return .notAsked }
        // "the board meets Dec. 3, they'll decide by December 4th": of several dates, the one a
        // word of deciding leads to is the answer; otherwise the first.
        var first: LocalDate?
        for index in tokens.indices {
            guard let date = decisionDate(tokens, at: index, interviewDay: interviewDay) else { continue }
            if first == nil { first = date }
            if followsDecisionCue(tokens, at: index) { return .date(date) }
        }
        if let first { return .date(first) }
        return vaguePhrases.occurs(in: tokens) ? .vague : .unrecognized
    }

    /// The first and last days of `month` when it next comes, this month included.
    static func comingMonth(_ month: Int, from day: LocalDate) -> (first: LocalDate, last: LocalDate)? {
        guard let start = LocalDate(year: day.year, month: day.month, day: 1),
              let first = DateReader.nextOccurrence(month: month, day: 1, onOrAfter: start),
              let last = LocalDate(year: first.year, month: month, day: LocalDate.daysIn(month: month, year: first.year)) else { return nil }
        return (first, last)
    }

    /// Words that lead to the day of the decision ("decide by", "hear back on", "an answer before").
    static let decisionCues: WordSet = ["decide", "decides", "deciding", "decision", "decisions", "hear", "know",
                                        "answer", "back", "by", "before", "until", "news", "respond", "reply",
                                        // Italian: "decisione entro venerdì 27/11".
                                        "entro"]

    /// Whether one of `decisionCues` stands among the three words before `index`, in its clause.
    private static func followsDecisionCue(_ tokens: [Token], at index: Int) -> Bool {
        var back = index - 1, words = 0
        while back >= 0, words < 3 {
            if let word = tokens[back].word {
                if decisionCues.contains(word) { return true }
                words += 1
            } else if tokens[back].isPunctuation(",") || tokens[back].isPunctuation(";") || tokens[back].isPunctuation(".") {
                return false
            }
            back -= 1
        }
        return false
    }

    private static func decisionDate(_ tokens: [Token], at index: Int, interviewDay: LocalDate?) -> LocalDate? {
        let token = tokens[index]
        func word(_ offset: Int) -> Word? {
            index + offset < tokens.count ? tokens[index + offset].word : nil
        }
        func skipping(_ offset: Int, _ fillers: [Word]) -> Int {
            var offset = offset
            while let next = word(offset), fillers.contains(next) { offset += 1 }
            return offset
        }
        let previous = index > 0 ? tokens[index - 1].word : nil
        /// A written date right after the word at `offset` ("Monday, December 7"): more exact than
        /// the day of the week, and what they said.
        func writtenDate(after offset: Int, order: DateOrder? = nil) -> LocalDate? {
            var next = index + offset + 1
            if next < tokens.count, tokens[next].isPunctuation(",") { next += 1 }
            guard next < tokens.count else { return nil }
            return DateReader.match(in: tokens, at: next, reference: interviewDay, order: order)?.date
        }
        /// "end of day", "EOD": that day, or the one named after it ("end of day Friday").
        func endOfDay(after offset: Int, from day: LocalDate) -> LocalDate {
            var next = index + offset + 1
            while next < tokens.count, tokens[next].isWord("on") || tokens[next].isPunctuation(",") { next += 1 }
            guard next < tokens.count else { return day }
            if let named = tokens[next].word, let weekday = DateReader.weekdays[named] {
                return writtenDate(after: next - index) ?? following(weekday, after: day)
            }
            if tokens[next].isWord("tomorrow") { return day.adding(days: 1) }
            return DateReader.date(in: tokens, at: next, reference: day)?.0 ?? day
        }

        // Written dates: ISO, month and day, 12/5.
        if let (date, _) = DateReader.date(in: tokens, at: index, reference: interviewDay) { return date }
        guard let day = interviewDay else { return nil }

        switch token.kind {
        case .word(let current):
            // early / mid / late / end of / beginning of  <month | next week | the month ...>
            if positionWords.contains(current) {
                var next = index + 1
                while next < tokens.count, tokens[next].isPunctuation("-") || tokens[next].isWord("of", "the", "this") {
                    next += 1
                }
                guard next < tokens.count, let target = tokens[next].word else { return nil }
                if let month = DateReader.months[target] {
                    guard let (first, last) = comingMonth(month, from: day) else { return nil }
                    switch current {
                    case "early", "beginning", "start": return LocalDate(year: first.year, month: month, day: 10)
                    case "mid", "middle": return LocalDate(year: first.year, month: month, day: 15)
                    default: return last
                    }
                }
                let following = next + 1 < tokens.count ? tokens[next + 1].word : nil
                if target == "week" { return friday(of: day, weeksAhead: 0, position: current) }
                if target == "month" { return endOfMonth(day, monthsAhead: 0, position: current) }
                if target == "next", following == "week" { return friday(of: day, weeksAhead: 1, position: current) }
                if target == "next", following == "month" { return endOfMonth(day, monthsAhead: 1, position: current) }
                if target == "day", current == "end" { return endOfDay(after: next - index, from: day) }
                return nil
            }
            if current == "next" || current == "this" {
                guard let target = word(1) else { return nil }
                if let weekday = DateReader.weekdays[target] {
                    if let date = writtenDate(after: 1) { return date }
                    return current == "next" ? nextWeekday(weekday, after: day)
                                             : thisWeekday(weekday, from: day)
                }
                if target == "week" { return friday(of: day, weeksAhead: current == "next" ? 1 : 0, position: "end") }
                if target == "month" { return endOfMonth(day, monthsAhead: current == "next" ? 1 : 0, position: "end") }
                return nil
            }
            // A weekday in full in French, Dutch, German or Spanish: "d'ici vendredi", "bis Freitag".
            if let weekday = DateReader.weekdays[current] ?? (current.count > 4 ? DateReader.otherWeekdays[current] : nil),
               current.count > 3 || previous == "by" || previous == "on" {
                if previous == "next" || previous == "this" { return nil }
                // "by Friday week": British for the Friday after that one.
                if word(1) == "week" { return following(weekday, after: day).adding(days: 7) }
                if let date = writtenDate(after: 0) {
                    // "by Fri 4/12" where the day comes first: the reading that falls on that weekday.
                    if date.weekday != weekday, let other = writtenDate(after: 0, order: .dmy), other.weekday == weekday { return other }
                    return date
                }
                return following(weekday, after: day)
            }
            // A month alone: "in December" (its last day), "by December" (its first).
            if let month = DateReader.months[current], current != "may" || ["in", "by", "before", "until"].contains(previous ?? "") {
                guard let (first, last) = comingMonth(month, from: day) else { return nil }
                return previous == "by" || previous == "before" || previous == "until" ? first : last
            }
            if current == "tomorrow" { return day.adding(days: 1) }
            // Italian: "la settimana prossima", "entro la prossima settimana", "entro fine settimana", "entro fine mese".
            if current == "settimana", word(1) == "prossima" || word(1) == "prossimo" { return friday(of: day, weeksAhead: 1, position: "end") }
            if current == "prossima", word(1) == "settimana" { return friday(of: day, weeksAhead: 1, position: "end") }
            if current == "fine", previous == "entro" || previous == "a" || previous == "per" {
                if word(1) == "settimana" { return friday(of: day, weeksAhead: 0, position: "end") }
                if word(1) == "mese" { return endOfMonth(day, monthsAhead: 0, position: "end") }
            }
            // German "Ende nächster Woche", "Ende der Woche", "Ende Dezember" (the word between is
            // read by its spelling: "nächster" holds a letter outside ASCII).
            if current == "ende" {
                if word(1) == "woche" { return friday(of: day, weeksAhead: 0, position: "end") }
                if word(2) == "woche" { return friday(of: day, weeksAhead: tokens[index + 1].isWord("der", "dieser") ? 0 : 1, position: "end") }
                if let named = word(1), let month = DateReader.months[named] ?? DateReader.foreignMonths[named],
                   let (_, last) = comingMonth(month, from: day) {
                    return last
                }
            }
            // "before Thanksgiving" (the fourth Thursday of November; its eve when before it),
            // "by Christmas": the next one after the interview.
            // "after Thanksgiving", "nach Weihnachten", "tras Navidad": no earlier than the Monday after it.
            if current == "thanksgiving" || current == "christmas" || current == "xmas" || current == "weihnachten"
                || current == "kerst" || current == "navidad" || current == "natal" {
                let after = previous == "after" || previous == "nach" || previous == "na" || previous == "tras"
                for year in day.year...(day.year + 1) {
                    // The year after the last the calendar holds has no holiday.
                    guard var holiday = LocalDate(year: year, month: 12, day: 25) else { break }
                    if current == "thanksgiving", let first = LocalDate(year: year, month: 11, day: 1) {
                        holiday = first.adding(days: (4 - first.weekday + 7) % 7 + 21)
                    }
                    if holiday >= day {
                        if after { return following(1, after: holiday) }
                        return previous == "before" ? holiday.adding(days: -1) : holiday
                    }
                }
                return nil
            }
            // Office shorthand: end of week, of month, of day.
            if current == "eow" { return friday(of: day, weeksAhead: 0, position: "end") }
            // "the week after next": the end of that week.
            if current == "week", word(1) == "after", word(2) == "next" { return friday(of: day, weeksAhead: 2, position: "end") }
            if current == "eom" { return endOfMonth(day, monthsAhead: 0, position: "end") }
            if current == "eod" || current == "cob" { return endOfDay(after: 0, from: day) }
            if current == "today" || current == "tonight" { return day }
            // "the 5th"
            if current == "the", let next = index + 1 < tokens.count ? tokens[index + 1] : nil,
               case .number(let dayOfMonth, true, _) = next.kind {
                return nextDayOfMonth(dayOfMonth, onOrAfter: day)
            }
            // "a few weeks", "several months": too loose a span to count a day from (a few days is near enough).
            let loose = current == "a" || current == "an" ? 1 : 0
            if let count = word(loose), count == "few" || count == "several",
               let unit = word(loose + 1), unit == "weeks" || unit == "months" || unit == "wks" {
                return nil
            }
            // "deux semaines", "dos semanas", "zwei Wochen", "tien werkdagen": a count in another
            // language, read only with a unit of that kind after it.
            // ("due" is English too: only before an Italian unit.)
            if let count = foreignNumbers[current], let unit = word(1), foreignUnits.contains(unit),
               current != "due" || ["giorni", "settimane", "mesi"].contains(unit) {
                return span(count, tokens, unitAt: index + 1, from: day)
            }
            // Counts spelled as words: "two weeks", "a couple of weeks", "a few days".
            if let count = DateReader.numberWords[current] {
                var unitIndex = skipping(1, ["couple", "few", "of"])
                var count = count
                if current == "a" || current == "an", let next = word(1), let value = DateReader.numberWords[next],
                   next != "a" {
                    count = value
                }
                if word(unitIndex) == "or" || word(unitIndex) == "to" {
                    // "one or two weeks"
                    if let upper = word(unitIndex + 1).flatMap({ DateReader.numberWords[$0] }) {
                        count = upper
                        unitIndex += 2
                    } else if index + unitIndex + 1 < tokens.count, let upper = tokens[index + unitIndex + 1].number {
                        count = upper
                        unitIndex += 2
                    }
                }
                return span(count, tokens, unitAt: index + unitIndex, from: day)
            }
            return nil
        case .number(let count, false, let digits) where digits <= 3:
            var unitIndex = index + 1
            var count = count
            // "1-2 weeks", "2 to 3 weeks", "2 or 3 weeks"
            if unitIndex + 1 < tokens.count,
               tokens[unitIndex].isPunctuation("-") || tokens[unitIndex].isWord("to", "or"),
               let upper = tokens[unitIndex + 1].number {
                count = upper
                unitIndex += 2
            }
            return span(count, tokens, unitAt: unitIndex, from: day)
        default:
            return nil
        }
    }

    /// `count` days, business days, weeks or months after `day`, with "a week or two" read as
    /// the longer span.
    private static func span(_ count: Int, _ tokens: [Token], unitAt index: Int, from day: LocalDate) -> LocalDate? {
        guard index < tokens.count, var unit = tokens[index].word else { return nil }
        var next = index + 1
        var business = false
        if unit == "business" || unit == "working" {
            business = true
            guard next < tokens.count, let after = tokens[next].word else { return nil }
            unit = after
            next += 1
        }
        // "dix jours ouvrables": the kind of day after it.
        if next < tokens.count, tokens[next].isWord("ouvrables", "ouvres", "habiles", "lavorativi") { business = true }
        var count = count
        // "a week or two"
        if next + 1 < tokens.count, tokens[next].isWord("or"),
           let upper = tokens[next + 1].word.flatMap({ DateReader.numberWords[$0] }) ?? tokens[next + 1].number {
            count = max(count, upper)
        }
        switch unit {
        case "day", "days", "jours", "jour", "dias", "dia", "tage", "tagen", "dagen", "dag", "giorno", "giorni":
            return business ? day.adding(businessDays: count) : day.adding(days: count)
        case "werkdagen", "werktage", "werktagen", "arbeitstage", "arbeitstagen":
            return day.adding(businessDays: count)
        case "semaine", "semaines", "semana", "semanas", "woche", "wochen", "weken", "settimana", "settimane":
            return day.adding(days: 7 * count)
        case "mois", "mes", "meses", "monat", "monate", "monaten", "maand", "maanden", "mese", "mesi":
            return day.adding(months: count)
        case "hour", "hours", "hr", "hrs":
            // "within 48 hours": the day those hours run out.
            return day.adding(days: (count + 23) / 24)
        case "week", "weeks", "wk", "wks":
            return day.adding(days: 7 * count)
        case "fortnight", "fortnights":
            return day.adding(days: 14 * count)
        case "month", "months":
            return day.adding(months: count)
        default:
            return nil
        }
    }

    /// The Friday of `day`'s week, or of a later week; "early next week" is its Tuesday.
    private static func friday(of day: LocalDate, weeksAhead: Int, position: Word) -> LocalDate {
        var monday = day.adding(days: 1 - day.weekday).adding(days: 7 * weeksAhead)
        // On a weekend, "this week" has already ended: take the coming one.
        if weeksAhead == 0, day.isWeekend { monday = monday.adding(days: 7) }
        switch position {
        case "early", "beginning", "start": return monday.adding(days: 1)
        case "mid", "middle": return monday.adding(days: 2)
        default: return monday.adding(days: 4)
        }
    }

    private static func endOfMonth(_ day: LocalDate, monthsAhead: Int, position: Word) -> LocalDate? {
        let first = LocalDate(year: day.year, month: day.month, day: 1)!.adding(months: monthsAhead)
        switch position {
        case "early", "beginning", "start": return LocalDate(year: first.year, month: first.month, day: 10)
        case "mid", "middle": return LocalDate(year: first.year, month: first.month, day: 15)
        default: return LocalDate(year: first.year, month: first.month,
                                  day: LocalDate.daysIn(month: first.month, year: first.year))
        }
    }

    /// The first `weekday` strictly after `day`.
    private static func following(_ weekday: Int, after day: LocalDate) -> LocalDate {
        var offset = (weekday - day.weekday + 7) % 7
        if offset == 0 { offset = 7 }
        return day.adding(days: offset)
    }

    /// "this Friday": that day of the interview's week, or the following one once it has passed.
    private static func thisWeekday(_ weekday: Int, from day: LocalDate) -> LocalDate {
        weekday >= day.weekday ? day.adding(days: weekday - day.weekday) : following(weekday, after: day)
    }

    /// "next Friday": that day of the week after the interview's week.
    private static func nextWeekday(_ weekday: Int, after day: LocalDate) -> LocalDate {
        day.adding(days: 7 - day.weekday + weekday)
    }

    private static func nextDayOfMonth(_ dayOfMonth: Int, onOrAfter day: LocalDate) -> LocalDate? {
        var candidate = LocalDate(year: day.year, month: day.month, day: 1)!
        for _ in 0..<13 {
            if let date = LocalDate(year: candidate.year, month: candidate.month, day: dayOfMonth), date >= day {
                return date
            }
            candidate = candidate.adding(months: 1)
        }
        return nil
    }
}
