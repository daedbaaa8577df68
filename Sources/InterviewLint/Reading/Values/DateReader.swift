/// Reads the dates and times people write in notes: the interview date in front matter, the
/// date at the start of a log entry, and the decision date in a timeframe answer.
public enum DateReader {
    static let monthNames: [String: Int] = [
        "jan": 1, "january": 1, "feb": 2, "february": 2, "mar": 3, "march": 3, "apr": 4, "april": 4,
        "may": 5, "jun": 6, "june": 6, "jul": 7, "july": 7, "aug": 8, "august": 8,
        "sep": 9, "sept": 9, "september": 9, "oct": 10, "october": 10, "nov": 11, "november": 11,
        "dec": 12, "december": 12,
    ]

    static let weekdayNames: [String: Int] = [
        "monday": 1, "mon": 1, "tuesday": 2, "tue": 2, "tues": 2, "wednesday": 3, "wed": 3, "weds": 3,
        "thursday": 4, "thu": 4, "thur": 4, "thurs": 4, "friday": 5, "fri": 5,
        "saturday": 6, "sat": 6, "sunday": 7, "sun": 7,
    ]

    static let numberWords = WordMap<Int>([
        "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
        "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
        "fourteen": 14, "fifteen": 15, "twenty": 20, "thirty": 30, "couple": 2, "few": 3, "several": 4,
    ])
    static let months = WordMap(monthNames)
    /// French, Spanish and German months, read only after their day ("5 novembre 2026", "16 de
    /// noviembre", "3. Dezember"), where no name (Julio, Mai) or brand (Mars) stands. Accented
    /// spellings do not pack into words; their plain spellings are here.
    static let foreignMonths = WordMap<Int>([
        "janvier": 1, "fevrier": 2, "mars": 3, "avril": 4, "mai": 5, "juin": 6, "juillet": 7, "aout": 8,
        "septembre": 9, "octobre": 10, "novembre": 11, "decembre": 12,
        "enero": 1, "febrero": 2, "marzo": 3, "abril": 4, "mayo": 5, "junio": 6, "julio": 7, "agosto": 8,
        "septiembre": 9, "setiembre": 9, "octubre": 10, "noviembre": 11, "diciembre": 12,
        "januar": 1, "februar": 2, "maerz": 3, "juni": 6, "juli": 7, "oktober": 10, "dezember": 12,
        // Short forms, and the accented spellings as the tokenizer folds them (`févr.`, `Mär`).
        "janv": 1, "fevr": 2, "avr": 4, "juil": 7, "maer": 3, "marz": 3, "mrz": 3, "jaenner": 1, "okt": 10, "dez": 12,
        // Polish months as a date writes them, in the genitive ("5 listopada 2026"); `września` and
        // `października` as the tokenizer folds them.
        "stycznia": 1, "lutego": 2, "marca": 3, "kwietnia": 4, "maja": 5, "czerwca": 6, "lipca": 7, "sierpnia": 8,
        "wrzesnia": 9, "pazdziernika": 10, "listopada": 11, "grudnia": 12,
        // Italian ("27 novembre", "marzo" and "agosto" are above).
        "gennaio": 1, "febbraio": 2, "aprile": 4, "maggio": 5, "giugno": 6, "luglio": 7, "settembre": 9,
        "ottobre": 10, "dicembre": 12,
    ])
    static let weekdays = WordMap(weekdayNames)

    public enum DateTimeError: Error, Equatable, CustomStringConvertible {
        case malformed(String)
        case impossible(String)
        /// A time of day that does not exist: `24:00`, `10:60`.
        case impossibleTime(String)
        /// A day and month without a year, and no date to take the year from.
        case noYear(String)
        /// A numeric date that reads as a day both ways (04/11/2026), with no order to settle it.
        case ambiguousOrder(String, monthFirst: LocalDate, dayFirst: LocalDate)

        public var description: String {
            switch self {
            case .malformed(let text):
                return "'\(text)' is not a date; write it as 2026-11-16 or 2026-11-16 10:00"
            case .impossible(let text):
                return "'\(text)' is not a day of the calendar (check the month and day)"
            case .impossibleTime(let text):
                return "'\(text)' is not a time of day (hours run 0 to 23, minutes 0 to 59)"
            case .noYear(let text):
                return "'\(text)' has no year; write it as 2026-11-16"
            case .ambiguousOrder(let text, let monthFirst, let dayFirst):
                return "'\(text)' could be \(monthFirst) or \(dayFirst); write it as \(dayFirst), or set date-order (mdy or dmy) in the configuration"
            }
        }
    }

    /// Parses one date-time phrase: the interview date. ISO (`2026-11-16`, `2026-11-16 10:00`,
    /// `2026-11-16T10:00:00.123Z`, with a zone `+01:00` or `CET`, whose local time is kept), month
    /// names (`Tuesday, November 10, 2026 2:00 PM`, `Nov 11th, 2026`, `Wed, 18 Nov 2026 08:05`),
    /// numeric dates (`Mon 23/11`, `27.11.2026`, `2026.11.28 (Sat) 11:05am`), wrapped as Obsidian,
    /// org-mode and Notion write them (`[[2026-11-16]]`, `<2026-11-19 Thu 19:30>`,
    /// `@November 20, 2026 9:12 AM`), with a time (`2pm`, `2:30 p.m.`, `14h00`, `noon`, the start
    /// of `10am–11:30am`). A date without a year takes `reference`'s year. Numeric dates such as
    /// 04/11/2026 are read in the configured `order`, else the note's own (`noteOrder`, see
    /// `inferredDateOrder`); when nothing settles one (see `numericDate`), it is
    /// `.ambiguousOrder`, not a guess.
    public static func parseDateTime(_ raw: String, reference: LocalDate? = nil, order: DateOrder? = nil,
                                     noteOrder: DateOrder? = nil) -> Result<(LocalDateTime, hasTime: Bool), DateTimeError> {
        if let quick = plainDateTime(raw) { return .success(quick) }
        return readDateTime(raw, reference: reference, order: order, noteOrder: noteOrder)
    }

    /// `parseDateTime` the long way, for every form it accepts.
    static func readDateTime(_ raw: String, reference: LocalDate? = nil, order: DateOrder? = nil,
                             noteOrder: DateOrder? = nil) -> Result<(LocalDateTime, hasTime: Bool), DateTimeError> {
        let text = raw.trimmingWhitespace()
        let inner = unwrapped(text)
        if looksISO(inner) { return readISO(inner, as: text) }
        let tokens = Tokenizer.tokens(inner)
        var index = 0
        while index < tokens.count, case .punctuation = tokens[index].kind { index += 1 }
        // A day of the week before the date ("Tuesday, November 10, 2026", "Mon 23/11").
        var weekday: Int?
        if index < tokens.count, let named = Self.weekday(tokens[index]) {
            var next = index + 1
            while next < tokens.count, case .punctuation = tokens[next].kind { next += 1 }
            if next < tokens.count { (index, weekday) = (next, named) }
        }
        guard index < tokens.count else { return .failure(.malformed(text)) }
        guard var parts = dateParts(in: tokens, at: index, order: order, noteOrder: noteOrder) else {
            switch tokens[index].kind {
            // Written as a date, but no day: 2026-02-30 is caught by the ISO reading; 31/31/2026 here.
            case .isoDate(nil), .slashDate, .dotDate: return .failure(.impossible(text))
            default: return .failure(.malformed(text))
            }
        }
        // An ambiguous numeric date is settled by the weekday written before it, when only one
        // reading falls on that day (Tue 03/11/2026 is 3 November).
        if let weekday, parts.order?.basis == .assumed, case .spelled(let month, let day, let year) = parts.value,
           let year = year ?? reference?.year {
            let monthFirst = LocalDate(year: year, month: month, day: day)?.weekday == weekday
            let dayFirst = LocalDate(year: year, month: day, day: month)?.weekday == weekday
            if monthFirst != dayFirst {
                if dayFirst { parts.value = .spelled(month: day, day: month, year: year) }
                parts.order = NumericOrder(order: monthFirst ? .mdy : .dmy, basis: .weekday)
            }
        }
        let date: LocalDate
        switch parts.value {
        case .date(let found):
            date = found
        case .spelled(let month, let day, let year):
            guard let year = year ?? reference?.year else {
                // Still report a day that exists in no year (February 30).
                return .failure(LocalDate(year: 2024, month: month, day: day) == nil ? .impossible(text) : .noYear(text))
            }
            guard let found = LocalDate(year: year, month: month, day: day) else { return .failure(.impossible(text)) }
            if parts.order?.basis == .assumed, let other = LocalDate(year: year, month: day, day: month), other != found {
                return .failure(.ambiguousOrder(text, monthFirst: found, dayFirst: other))
            }
            date = found
        }
        switch readTail(tokens, from: index + parts.tokenCount, strict: true) {
        case .noTime: return .success((LocalDateTime(date: date), false))
        case .time(let minutes): return .success((LocalDateTime(date: date, hour: minutes / 60, minute: minutes % 60), true))
        case .impossibleTime: return .failure(.impossibleTime(text))
        case .unread: return .failure(.malformed(text))
        }
    }

    /// The year of a date written with its weekday and without a year ("Thu 26 Nov, 9:30am"), when
    /// nothing in the note gives one: the year nearest `today`'s, and not after the next, in which
    /// that day falls on that weekday (the earlier of two as near). Nil without a weekday or a day.
    static func yearFromWeekday(_ raw: String, today: LocalDate) -> Int? {
        let tokens = Tokenizer.tokens(unwrapped(raw.trimmingWhitespace()))
        var index = 0
        while index < tokens.count, case .punctuation = tokens[index].kind { index += 1 }
        guard index < tokens.count, let weekday = weekday(tokens[index]) else { return nil }
        index += 1
        while index < tokens.count, case .punctuation = tokens[index].kind { index += 1 }
        guard index < tokens.count, let parts = dateParts(in: tokens, at: index, order: nil, noteOrder: nil),
              case .spelled(let month, let day, nil) = parts.value, parts.order == nil else { return nil }
        return year(month: month, day: day, weekday: weekday, near: today)
    }

    /// The year nearest `today`'s, not after the next, in which `month`/`day` is `weekday`.
    static func year(month: Int, day: Int, weekday: Int, near today: LocalDate) -> Int? {
        for distance in 0...10 {
            for year in [today.year - distance, today.year + distance] where year <= today.year + 1 {
                if LocalDate(year: year, month: month, day: day)?.weekday == weekday { return year }
            }
        }
        return nil
    }

    /// A day of a note that writes no year, made certain by its weekday ("they'll call by tues
    /// 12/1" is Tuesday 2026-12-01 near today in 2026): the first such day in `texts`.
    static func weekdayAnchor<Texts: Sequence>(in texts: Texts, today: LocalDate, order: DateOrder?, noteOrder: DateOrder?) -> LocalDate?
        where Texts.Element == String {
        let anyYear = LocalDate(year: 2000, month: 1, day: 1)
        for text in texts.prefix(60) where text.utf8.count < 400 {
            let tokens = Tokenizer.tokens(text)
            for index in tokens.indices {
                guard let weekday = weekday(tokens[index]), tokens[index].length > 2 || tokens[index].startsWithCapital,
                      let found = dateTime(in: tokens, at: index, reference: anyYear, order: order, noteOrder: noteOrder),
                      !found.date.hasYear, !found.date.isAmbiguous,
                      let year = year(month: found.date.date.month, day: found.date.date.day, weekday: weekday, near: today) else { continue }
                return LocalDate(year: year, month: found.date.date.month, day: found.date.date.day)
            }
        }
        return nil
    }

    /// The first day of the week a text names, in English or as `otherWeekdays` (1 is Monday).
    /// Only one written before a day ("Thu 26 Nov"): "decision by Friday" on the line of a day
    /// from a heading says nothing of that day's weekday.
    static func writtenWeekday(in text: String) -> Int? {
        guard text.utf8.count < 400 else { return nil }
        let tokens = Tokenizer.tokens(text)
        let someYear = LocalDate(year: 2001, month: 1, day: 1)
        for (index, token) in tokens.enumerated() {
            if let found = weekday(token), token.length > 2 || token.startsWithCapital,
               skippingWeekday(tokens, at: index, reference: someYear) != index { return found }
        }
        return nil
    }

    /// The ISO forms, `2026-11-16` then a time: the canonical format's interview date, with its
    /// own errors (a month or day out of range is no day of the calendar).
    private static func readISO(_ inner: String, as text: String) -> Result<(LocalDateTime, hasTime: Bool), DateTimeError> {
        var scalars = inner.scalarArray
        // Split date and time at 'T', whitespace or a comma ("2026-11-16, 10:00").
        var split = scalars.firstIndex(where: { $0 == "T" || $0 == "t" || $0 == " " || $0 == "," }) ?? scalars.count
        let dateText = makeString(scalars[0..<split])
        if split < scalars.count { split += 1 }
        scalars = Array(scalars[split...])
        let dateParts = dateText.split(separator: "-", omittingEmptySubsequences: false)
        guard dateParts.count == 3, dateParts[0].count == 4 || dateParts[0].count == 5,
              dateParts.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isASCIIDigit) }),
              let year = Int(dateParts[0]), let month = Int(dateParts[1]), let day = Int(dateParts[2])
        else { return .failure(.malformed(text)) }
        guard let date = LocalDate(year: year, month: month, day: day) else { return .failure(.impossible(text)) }
        let timeText = makeString(scalars).trimmingWhitespace()
        if timeText.isEmpty { return .success((LocalDateTime(date: date), false)) }
        // After a time, whatever follows is a zone or a note and is left alone.
        switch readTail(Tokenizer.tokens(timeText), from: 0, strict: false) {
        case .time(let minutes): return .success((LocalDateTime(date: date, hour: minutes / 60, minute: minutes % 60), true))
        case .noTime: return .success((LocalDateTime(date: date), false))
        case .impossibleTime: return .failure(.impossibleTime(text))
        case .unread: return .failure(.malformed(text))
        }
    }

    /// `2026-11-16` or `2026-11-16 10:00` exactly (the way almost every note writes it), read on
    /// the bytes; nil for anything else, which `parseDateTime` reads the long way. Only valid days
    /// and times are taken here, so both ways give the same answer.
    static func plainDateTime(_ text: String) -> (LocalDateTime, hasTime: Bool)? {
        let bytes = text.utf8
        guard bytes.count == 10 || bytes.count == 16 else { return nil }
        // The parts are added up digit by digit (an array of the digits would be allocated a call).
        var year = 0, month = 0, day = 0, hour = 0, minute = 0
        for (position, byte) in bytes.enumerated() {
            switch position {
            case 4, 7:
                guard byte == UInt8(ascii: "-") else { return nil }
            case 10:
                guard byte == UInt8(ascii: " ") else { return nil }
            case 13:
                guard byte == UInt8(ascii: ":") else { return nil }
            default:
                guard byte >= 0x30, byte <= 0x39 else { return nil }
                let digit = Int(byte - 0x30)
                switch position {
                case 0...3: year = year * 10 + digit
                case 5...6: month = month * 10 + digit
                case 8...9: day = day * 10 + digit
                case 11...12: hour = hour * 10 + digit
                default: minute = minute * 10 + digit
                }
            }
        }
        guard let date = LocalDate(year: year, month: month, day: day) else { return nil }
        guard bytes.count == 16 else { return (LocalDateTime(date: date), false) }
        guard hour < 24, minute < 60 else { return nil }
        return (LocalDateTime(date: date, hour: hour, minute: minute), true)
    }

    /// `2026-11-16…` or `20261-…`: four or five digits and a hyphen.
    private static func looksISO(_ text: String) -> Bool {
        var digits = 0
        for byte in text.utf8 {
            if byte >= 0x30 && byte <= 0x39 { digits += 1; continue }
            return byte == UInt8(ascii: "-") && (digits == 4 || digits == 5)
        }
        return false
    }

    /// The phrase inside the wrappers note apps put around dates: `[[…]]` (Obsidian), `<…>` and
    /// `[…]` (org-mode), a leading `@` (Notion), quotes; Markdown's backslash escapes removed.
    static func unwrapped(_ text: String) -> String {
        var inner = Substring(text)
        for _ in 0..<3 {
            let before = inner.count
            for (open, close) in [("[[", "]]"), ("<", ">"), ("[", "]"), ("\"", "\""), ("'", "'"), ("“", "”")]
            where inner.hasPrefix(open) && inner.hasSuffix(close) && inner.count >= open.count + close.count {
                inner = inner.dropFirst(open.count).dropLast(close.count)
            }
            if inner.hasPrefix("@") { inner = inner.dropFirst() }
            inner = Substring(inner.trimmingWhitespace())
            if inner.count == before { break }
        }
        guard inner.contains("\\") else { return String(inner) }
        var result = ""
        var escaped = false
        for character in inner {
            if character == "\\", !escaped { escaped = true; continue }
            if escaped, !(character.isASCII && (character.isPunctuation || character.isSymbol)) { result.append("\\") }
            escaped = false
            result.append(character)
        }
        return result
    }

    /// What follows a date: a time, or nothing.
    enum Tail: Equatable {
        case noTime
        case time(Int)
        /// `24:00`, `10:60`, `25`: written as a time, but none.
        case impossibleTime
        /// Something that is neither (only when reading `strict`ly).
        case unread
    }

    /// Reads the time after a date from `start`, over the marks and words that stand between them
    /// (`, at`, `·`, `(Sat)`, a day of the week). `strict`: everything after the time must be a zone,
    /// a day of the week, marks, or a range's end; otherwise it is ignored.
    static func readTail(_ tokens: [Token], from start: Int, strict: Bool) -> Tail {
        var index = start
        // "godz. 11:00": the Polish word for the hour, and its dot, stand before the time.
        while index < tokens.count, isFiller(tokens[index])
                || tokens[index].isPunctuation(".") && index > start && tokens[index - 1].isWord("godz") { index += 1 }
        var result = Tail.noTime
        if let (minutes, used) = time(in: tokens, at: index) {
            result = .time(minutes)
            index += used
        } else if let minutes = dottedTime(tokens, at: index) {
            // "18. November 2026, 9.30 Uhr", "18.11.2026 9.30": after a day, hours and minutes with a dot.
            result = .time(minutes)
            index += 3
            if index < tokens.count, tokens[index].isWord("uhr") { index += 1 }
        } else if index < tokens.count, impossibleTime(in: tokens, at: index) {
            return .impossibleTime
        } else if !strict, index < tokens.count {
            // The time part of an ISO date, unread: a number or anything with a colon was meant
            // as a time; anything else is no date.
            if tokens.contains(where: { $0.number != nil || $0.isPunctuation(":") }) { return .impossibleTime }
            return .unread
        }
        guard strict else { return result }
        var depth = 0
        while index < tokens.count {
            let token = tokens[index]
            let previous = index > start ? tokens[index - 1] : nil
            index += 1
            if token.isPunctuation("(") { depth += 1; continue }
            if token.isPunctuation(")") { depth -= 1; continue }
            if depth > 0 { continue }
            switch token.kind {
            case .punctuation, .time: continue
            case .number:
                // Only as part of a zone or fraction of a second: +0100, -06, .123
                guard let mark = previous, mark.isPunctuation("+") || mark.isPunctuation("-")
                    || mark.isPunctuation(".") || mark.isPunctuation(":") else { return .unread }
            case .word(let word):
                if weekdays[word] != nil || tailWords.contains(word) || !token.hasLowercase && token.length <= 5 { continue }
                return .unread
            default:
                return .unread
            }
        }
        return result
    }

    /// Words a date phrase may end with: zones as written in lowercase and range words.
    static let tailWords: WordSet = ["z", "utc", "gmt", "local", "time", "to", "until", "till", "and", "est", "cet", "pst"]

    /// Marks and words between a date and its time: `Nov 16, at 10:00`, `2026-11-19 Thu 19:30`,
    /// `2026.11.28 (Sat) 11:05am`, `Fri 20 Nov · 11:00`, `@ 10:00`.
    private static func isFiller(_ token: Token) -> Bool {
        switch token.kind {
        case .punctuation(let mark):
            // "Monday, November 16, 2026 – 1:00 PM"; a linked day's brackets: "[[November 4th, 2026]] 13:15".
            return mark == "," || mark == "(" || mark == ")" || mark == "]" || mark == "\u{00B7}" || mark == "@" || mark == "~"
                || mark == "\u{2013}" || mark == "\u{2014}"
        case .word(let word):
            // "à 10:00" (folded to at), "um 14 Uhr", "a las 10:00", "vers 14h", "gegen 10".
            // "a las 10h", "às 10h" (folded to as).
            return word == "at" || word == "around" || word == "from" || word == "um" || word == "las" || word == "a" || word == "as"
                || word == "vers" || word == "gegen" || word == "godz" || weekdays[word] != nil
        default:
            return false
        }
    }

    /// A time of day at `tokens[index]`: `17:30`, `5:30pm`, `9 a.m.`, `14h00`, `noon`, `midnight`;
    /// a range (`10am–11:30am`, `1:30pm to 3:30pm`) gives its start and is used whole. Minutes
    /// after midnight and how many tokens it used.
    static func time(in tokens: [Token], at index: Int) -> (minutes: Int, tokenCount: Int)? {
        guard index < tokens.count else { return nil }
        var minutes: Int
        var used = 1
        switch tokens[index].kind {
        case .time(let value):
            minutes = value
        case .number(12, false, _) where index + 1 < tokens.count && tokens[index + 1].isWord("noon", "midnight"):
            minutes = tokens[index + 1].isWord("noon") ? 720 : 0
            used = 2
        case .word(let word) where word == "noon" || word == "midday" || word == "midnight":
            minutes = word == "midnight" ? 0 : 720
        case .number(let hour, false, let digits) where digits <= 2 && hour < 24 && index + 1 < tokens.count
            && tokens[index + 1].isWord("uhr"):
            // The German "14 Uhr".
            minutes = hour * 60
            used = 2
        case .number(let hour, false, let digits) where digits <= 2 && hour < 24 && index + 1 < tokens.count
            && tokens[index + 1].isWord("h") && tokens[index + 1].offset == tokens[index].offset + tokens[index].length:
            // "à 10h", "a las 10h", "às 10h": the hour alone, as French, Spanish and Portuguese write it.
            minutes = hour * 60
            used = 2
        default:
            return nil
        }
        // "14:30 Uhr".
        if used == 1, index + 1 < tokens.count, tokens[index + 1].isWord("uhr") { used = 2 }
        // The end of a range: a mark or "to" and another time.
        var next = index + used
        if next < tokens.count, tokens[next].isPunctuation("-") || tokens[next].isPunctuation("\u{2013}")
            || tokens[next].isPunctuation("\u{2014}") || tokens[next].isWord("to", "until", "till") {
            next += 1
            if next < tokens.count, case .time = tokens[next].kind { used = next + 1 - index }
        }
        minutes = min(max(minutes, 0), 1439)
        return (minutes, used)
    }

    /// Whether a time that cannot be is written at `tokens[index]`: `24:00`, `10:60`, `25h00`,
    /// `13pm`.
    static func impossibleTime(in tokens: [Token], at index: Int) -> Bool {
        guard case .number(let hour, false, let digits) = tokens[index].kind, digits <= 2 else { return false }
        let next = index + 1 < tokens.count ? tokens[index + 1] : nil
        if let next, next.isPunctuation(":") || next.isPunctuation("."), index + 2 < tokens.count,
           case .number(let minute, false, 2) = tokens[index + 2].kind,
           tokens[index + 2].offset == next.offset + 1, next.offset == tokens[index].offset + tokens[index].length {
            return hour > 23 || minute > 59 || !next.isPunctuation(".")
        }
        if let next, next.offset == tokens[index].offset + tokens[index].length, let word = next.word?.string,
           word.count == 3, word.hasPrefix("h"), word.dropFirst().allSatisfy(\.isASCIIDigit) {
            return true
        }
        if let next, next.isWord("am", "pm") { return hour > 12 || hour == 0 }
        return false
    }

    /// The next `month`/`day` on or after `reference` (a date written without a year).
    static func nextOccurrence(month: Int, day: Int, onOrAfter reference: LocalDate) -> LocalDate? {
        for year in reference.year...(reference.year + 4) {
            if let date = LocalDate(year: year, month: month, day: day), date >= reference { return date }
        }
        return nil
    }

    /// The next day `day` of a month on or after `reference` ("the 4th").
    static func nextOccurrence(day: Int, onOrAfter reference: LocalDate) -> LocalDate? {
        var (year, month) = (reference.year, reference.month)
        for _ in 0..<13 {
            if let date = LocalDate(year: year, month: month, day: day), date >= reference { return date }
            (year, month) = month == 12 ? (year + 1, 1) : (year, month + 1)
        }
        return nil
    }

    /// Where the date starts when a day of the week is written before it ("Mon Nov 16",
    /// "Monday, 2026-11-16", "**Tue.** 2026-11-17", "Mon 23/11"): the index after the weekday and
    /// the marks after it, if a date follows there; otherwise `index`.
    static func skippingWeekday(_ tokens: [Token], at index: Int, reference: LocalDate?) -> Int {
        skippingWeekday(tokens, at: index, reference: reference, order: nil)
    }

    static func skippingWeekday(_ tokens: [Token], at index: Int, reference: LocalDate?, order: DateOrder?) -> Int {
        guard index < tokens.count, weekday(tokens[index]) != nil else { return index }
        var next = index + 1
        while next < tokens.count, case .punctuation = tokens[next].kind { next += 1 }
        guard next < tokens.count else { return index }
        // An ISO date counts even when it is no day of the calendar, so that is what gets reported.
        if case .isoDate = tokens[next].kind { return next }
        return match(in: tokens, at: next, reference: reference, order: order) != nil ? next : index
    }

    /// Days of the week as French, Dutch and German notes write them before a date ("Jeudi
    /// 12/11/2026", "ma 02.11.2026"); only taken before a date. Short forms that are English
    /// words (so, do) are left out.
    static let otherWeekdays = WordMap<Int>([
        "lundi": 1, "mardi": 2, "mercredi": 3, "jeudi": 4, "vendredi": 5, "samedi": 6, "dimanche": 7,
        "maandag": 1, "dinsdag": 2, "woensdag": 3, "donderdag": 4, "vrijdag": 5, "zaterdag": 6, "zondag": 7,
        "ma": 1, "di": 2, "wo": 3, "vr": 5, "za": 6, "zo": 7,
        "montag": 1, "dienstag": 2, "mittwoch": 3, "donnerstag": 4, "freitag": 5, "samstag": 6, "sonntag": 7,
        "mo": 1, "mi": 3, "fr": 5, "sa": 6,
        "lunes": 1, "martes": 2, "jueves": 4, "viernes": 5,
        // Polish, with the forms after "do" and "w" ("do piątku 27 listopada"), as the tokenizer folds them.
        "poniedzialek": 1, "poniedzialku": 1, "wtorek": 2, "wtorku": 2, "wt": 2, "sroda": 3, "srody": 3, "srode": 3,
        "czwartek": 4, "czwartku": 4, "czw": 4, "piatek": 5, "piatku": 5, "pt": 5, "sobota": 6, "soboty": 6, "sob": 6,
        "niedziela": 7, "niedzieli": 7,
        // Italian, as the tokenizer folds "venerdì" (sabato and domenica are names too).
        "lunedi": 1, "martedi": 2, "mercoledi": 3, "giovedi": 4, "venerdi": 5,
    ])

    /// The day of the week (1 is Monday) a word names, in English or as `otherWeekdays`.
    static func weekday(_ token: Token) -> Int? {
        guard let word = token.word else { return nil }
        return weekdays[word] ?? otherWeekdays[word]
    }

    /// A date spelled at `tokens[index]`: ISO, `Nov 16`, `November 16, 2026`, `16 Nov 2026`,
    /// `11/16`, `23/11`, `27.11.2026`, `the 4th`. Returns the date and how many tokens it used.
    /// Without a year, the next such day on or after `reference` (none without one). Numeric
    /// dates with both parts 12 or less are read month first; `match` says when that was assumed.
    static func date(in tokens: [Token], at index: Int, reference: LocalDate?) -> (LocalDate, Int)? {
        match(in: tokens, at: index, reference: reference).map { ($0.date, $0.tokenCount) }
    }

    /// A date read from tokens, and how sure the reading of its day and month is.
    struct DateMatch: Equatable {
        var date: LocalDate
        var tokenCount: Int
        /// Whether the year was written (else it came from the reference).
        var hasYear: Bool
        /// For numeric dates (11/16, 27.11.2026): the order they were read in and why; nil for
        /// dates whose month is a name, ISO dates and `the 4th`.
        var numericOrder: NumericOrder?

        /// A numeric date read month first only because nothing said otherwise (04/11/2026 with
        /// no order configured and none shown by the note): the reader should say so.
        var isAmbiguous: Bool { numericOrder?.basis == .assumed }
    }

    /// The day-and-month order a numeric date was read in, and what settled it.
    struct NumericOrder: Equatable {
        enum Basis: Equatable {
            /// A part over 12 can only be the day (23/11, 11/23).
            case parts
            /// The `date-order` configured.
            case configured
            /// The order the note's own unambiguous numeric dates show (`inferredDateOrder`).
            case note
            /// Dotted dates (27.11.2026) are day first, as in Europe where they are written.
            case convention
            /// The day of the week written before it, when only one reading falls on it
            /// (Tue 03/11/2026 is 3 November, a Tuesday; 11 March is a Wednesday).
            case weekday
            /// Nothing: read month first, the US way, as before; ambiguous.
            case assumed
        }
        var order: DateOrder
        var basis: Basis
    }

    /// Days of the month written as ordinal words; the twenties and thirties join "twenty" or
    /// "thirty" to one of the first nine with a hyphen or a space.
    static let ordinalWords = WordMap<Int>([
        ("first", 1), ("second", 2), ("third", 3), ("fourth", 4), ("fifth", 5), ("sixth", 6), ("seventh", 7), ("eighth", 8),
        ("ninth", 9), ("tenth", 10), ("eleventh", 11), ("twelfth", 12), ("thirteenth", 13), ("fourteenth", 14),
        ("fifteenth", 15), ("sixteenth", 16), ("seventeenth", 17), ("eighteenth", 18), ("nineteenth", 19),
        ("twentieth", 20), ("thirtieth", 30),
    ])

    /// Words after a day in words that leave it a day ("the twelfth at 10", "the tenth of November").
    static let ordinalDayFollowers: WordSet = ["of", "at", "in", "and", "from", "to", "until", "till", "or", "around", "about", "by"]

    /// The day an ordinal word at `index` gives, and how many tokens it takes.
    static func ordinalWord(_ tokens: [Token], at index: Int) -> (day: Int, count: Int)? {
        guard index < tokens.count, let word = tokens[index].word else { return nil }
        if let day = ordinalWords[word] { return (day, 1) }
        let tens = word == "twenty" ? 20 : word == "thirty" ? 30 : 0
        guard tens > 0 else { return nil }
        var next = index + 1
        if next < tokens.count, tokens[next].isPunctuation("-") { next += 1 }
        guard next < tokens.count, let unit = tokens[next].word, let day = ordinalWords[unit], day <= 9, tens + day <= 31 else { return nil }
        return (tens + day, next - index + 1)
    }

    /// "by the twentieth", "until the third of December": a preposition of time before "the"
    /// and nothing after the ordinal but a mark, a month or the end ("by the second round" is none).
    static func ordinalDayAfterPreposition(_ tokens: [Token], at index: Int, count: Int) -> Bool {
        guard index > 0, tokens[index - 1].isWord("by") || tokens[index - 1].isWord("on") || tokens[index - 1].isWord("until")
                || tokens[index - 1].isWord("before") || tokens[index - 1].isWord("till") else { return false }
        let after = index + 1 + count
        guard after < tokens.count else { return true }
        if case .punctuation = tokens[after].kind { return true }
        return tokens[after].isWord("of") || tokens[after].word.map { months[$0] != nil } == true
    }

    /// Words an ordinal counts rather than dates ("2nd round", "3rd attempt").
    static let countedWords: WordSet = ["round", "rounds", "interview", "stage", "attempt", "time", "try", "chance", "choice",
                                        "place", "option", "floor", "reminder", "step", "follow", "followup"]

    /// `date(in:at:reference:)` with what the reader knows about numeric dates: the configured
    /// `order` and the note's own (`noteOrder`, from `inferredDateOrder`); with the match's
    /// certainty. The reader's entry point for a date inside a log entry or prose.
    static func match(in tokens: [Token], at index: Int, reference: LocalDate?, order: DateOrder? = nil,
                      noteOrder: DateOrder? = nil) -> DateMatch? {
        guard index < tokens.count else { return nil }
        // Most tokens asked about are no date: they are turned away before anything is built.
        switch tokens[index].kind {
        case .punctuation, .time: return nil
        case .number(_, _, let digits) where digits > 2: return nil
        case .word(let word) where word != "the" && months[word] == nil: return nil
        default: break
        }
        // "Wed 18th" (a journal's heading): after a weekday, an ordinal alone is a day of the month,
        // unless it counts what follows ("Wed 2nd round invite").
        if case .number(let day, true, let digits) = tokens[index].kind, digits <= 2, let reference, index > 0,
           weekday(tokens[index - 1]) != nil,
           index + 1 == tokens.count || tokens[index + 1].word.map({ months[$0] == nil && $0 != "of" && !countedWords.contains($0) }) ?? true,
           let date = nextOccurrence(day: day, onOrAfter: reference) {
            return DateMatch(date: weekdayMonth(date, tokens: tokens, before: index, reference: reference), tokenCount: 1,
                             hasYear: false, numericOrder: nil)
        }
        // "Thursday, the twelfth", "Monday the twenty-third": after a weekday, a day in words.
        if tokens[index].isWord("the"), let reference, let (day, count) = ordinalWord(tokens, at: index + 1),
           // "Tuesday, the second round is onsite": a word that goes on from the ordinal makes it none.
           tokens.indices.contains(index + 1 + count) ? tokens[index + 1 + count].word.map({ months[$0] != nil || ordinalDayFollowers.contains($0) }) ?? true : true,
           weekday(before: index, in: tokens, within: 2) != nil || weekdayAfter(before: index, in: tokens)
            || ordinalDayAfterPreposition(tokens, at: index, count: count) {
            // "Tuesday the tenth of November (2026)": the month, and the year, that follow.
            var next = index + 1 + count
            if next < tokens.count, tokens[next].isWord("of") { next += 1 }
            if next < tokens.count, let word = tokens[next].word, let month = months[word] {
                if next + 1 < tokens.count, case .number(let year, false, 4) = tokens[next + 1].kind {
                    return LocalDate(year: year, month: month, day: day).map {
                        DateMatch(date: $0, tokenCount: next + 2 - index, hasYear: true, numericOrder: nil)
                    }
                }
                guard let date = nextOccurrence(month: month, day: day, onOrAfter: reference) else { return nil }
                return DateMatch(date: weekdayYear(date, tokens: tokens, before: index, reference: reference), tokenCount: next + 1 - index,
                                 hasYear: false, numericOrder: nil)
            }
            guard let date = nextOccurrence(day: day, onOrAfter: reference) else { return nil }
            return DateMatch(date: weekdayMonth(date, tokens: tokens, before: index, reference: reference), tokenCount: 1 + count,
                             hasYear: false, numericOrder: nil)
        }
        // "the 4th": a day of the month, the next one on or after the reference.
        if tokens[index].isWord("the"), index + 1 < tokens.count,
           case .number(let day, true, let digits) = tokens[index + 1].kind, digits <= 2 {
            if let found = match(in: tokens, at: index + 1, reference: reference, order: order, noteOrder: noteOrder) {
                var found = found
                found.tokenCount += 1
                return found
            }
            let after = index + 2 < tokens.count ? tokens[index + 2] : nil
            var endsThere = true
            // "On Wednesday the 25th I went back": after a weekday it is a day whatever follows.
            var previous = index - 1
            while previous >= 0, case .punctuation = tokens[previous].kind { previous -= 1 }
            let afterWeekday = previous >= 0 && index - previous <= 2 && weekday(tokens[previous]) != nil
            if let after, !afterWeekday {
                switch after.kind {
                case .punctuation, .time: endsThere = true
                case .word(let word): endsThere = word == "at" || word == "by" || word == "or" || word == "and"
                default: endsThere = false
                }
            }
            guard endsThere, let reference, var date = nextOccurrence(day: day, onOrAfter: reference) else { return nil }
            date = weekdayMonth(date, tokens: tokens, before: index, reference: reference)
            return DateMatch(date: date, tokenCount: 2, hasYear: false, numericOrder: nil)
        }
        guard let parts = dateParts(in: tokens, at: index, order: order, noteOrder: noteOrder) else { return nil }
        switch parts.value {
        case .date(let date):
            return DateMatch(date: date, tokenCount: parts.tokenCount, hasYear: true, numericOrder: nil)
        case .spelled(let month, let day, let year):
            var date: LocalDate?
            if let year {
                date = LocalDate(year: year, month: month, day: day)
            } else {
                date = reference.flatMap { nextOccurrence(month: month, day: day, onOrAfter: $0) }
                if let found = date, let reference, parts.order?.basis != .assumed {
                    date = weekdayYear(found, tokens: tokens, before: index, reference: reference)
                }
            }
            return date.map { DateMatch(date: $0, tokenCount: parts.tokenCount, hasYear: year != nil, numericOrder: parts.order) }
        }
    }

    /// "the Sunday after, the twenty-second", "the Tuesday after that, the twenty-fourth": a
    /// weekday said to follow, then its day of the month.
    static func weekdayAfter(before index: Int, in tokens: [Token]) -> Bool {
        var previous = index - 1
        while previous >= 0, case .punctuation = tokens[previous].kind { previous -= 1 }
        if previous >= 0, tokens[previous].isWord("that") { previous -= 1 }
        guard previous > 0, tokens[previous].isWord("after", "following") else { return false }
        return weekday(tokens[previous - 1]) != nil
    }

    /// The weekday written just before `tokens[index]`, marks between them skipped, at most
    /// `within` tokens back ("Thursday, November 19"; "Monday the 16th").
    static func weekday(before index: Int, in tokens: [Token], within: Int) -> Int? {
        var previous = index - 1
        while previous >= 0, case .punctuation = tokens[previous].kind { previous -= 1 }
        guard previous >= 0, index - previous <= within else { return nil }
        return weekday(tokens[previous])
    }

    /// A day without its year whose weekday, written before it, falls in another year than the
    /// one counted from the reference ("Last Thursday, November 19" in a post of 21 November): the
    /// year within half a year of the reference in which it is that weekday (a weekday written
    /// wrong moves no day further); else `found`.
    static func weekdayYear(_ found: LocalDate, tokens: [Token], before index: Int, reference: LocalDate) -> LocalDate {
        guard let weekday = weekday(before: index, in: tokens, within: 3), found.weekday != weekday else { return found }
        var best: LocalDate?
        for year in (reference.year - 1)...(reference.year + 1) {
            guard let day = LocalDate(year: year, month: found.month, day: found.day), day.weekday == weekday,
                  abs(day.ordinal - reference.ordinal) <= 183 else { continue }
            if best.map({ abs(day.ordinal - reference.ordinal) < abs($0.ordinal - reference.ordinal) }) ?? true { best = day }
        }
        return best ?? found
    }

    /// "Monday the 16th" in a post of Wednesday 18 November: the day of the month in the month,
    /// of those around the reference, where it falls on the weekday written before it (the
    /// nearest); else `found`, the next such day.
    static func weekdayMonth(_ found: LocalDate, tokens: [Token], before index: Int, reference: LocalDate) -> LocalDate {
        guard let weekday = weekday(before: index, in: tokens, within: 2), found.weekday != weekday else { return found }
        var best: LocalDate?
        var (year, month) = reference.month == 1 ? (reference.year - 1, 12) : (reference.year, reference.month - 1)
        for _ in 0..<3 {
            if let day = LocalDate(year: year, month: month, day: found.day), day.weekday == weekday,
               best.map({ abs(day.ordinal - reference.ordinal) < abs($0.ordinal - reference.ordinal) }) ?? true {
                best = day
            }
            (year, month) = month == 12 ? (year + 1, 1) : (year, month + 1)
        }
        return best ?? found
    }

    /// Whether a clock time (`16:40`) follows the token at `index`, after a space or a comma.
    static func clockFollows(_ tokens: [Token], after index: Int) -> Bool {
        var next = index + 1
        guard next < tokens.count, tokens[next].offset > tokens[index].offset + tokens[index].length
                || tokens[next].isPunctuation(",") else { return false }
        if tokens[next].isPunctuation(",") { next += 1 }
        guard next < tokens.count, case .time = tokens[next].kind else { return false }
        return true
    }

    /// A date as written at `tokens[index]`, before the calendar is asked whether it exists.
    struct DateParts {
        enum Value {
            /// An ISO date that exists.
            case date(LocalDate)
            case spelled(month: Int, day: Int, year: Int?)
        }
        var value: Value
        var tokenCount: Int
        var order: NumericOrder?
    }

    static func dateParts(in tokens: [Token], at index: Int, order: DateOrder?, noteOrder: DateOrder?) -> DateParts? {
        let token = tokens[index]
        func yearAt(_ position: Int) -> (Int?, Int) {
            var position = position
            if position < tokens.count, tokens[position].isPunctuation(",") { position += 1 }
            if position < tokens.count, case .number(let year, false, 4) = tokens[position].kind {
                return (year, position + 1)
            }
            return (nil, 0)
        }
        /// Past a full stop after an abbreviation, written `Nov.` or, escaped in Markdown, `Nov\.`.
        func pastStop(_ position: Int) -> Int {
            var position = position
            if position + 1 < tokens.count, tokens[position].isPunctuation("\\"), tokens[position + 1].isPunctuation(".") {
                position += 1
            }
            if position < tokens.count, tokens[position].isPunctuation(".") { position += 1 }
            return position
        }
        switch token.kind {
        case .isoDate(let date):
            return date.map { DateParts(value: .date($0), tokenCount: 1) }
        case .slashDate(let first, let second, let year):
            guard let read = numericDate(first: first, second: second, year: year, dotted: false,
                                         order: order, noteOrder: noteOrder) else { return nil }
            return DateParts(value: .spelled(month: read.month, day: read.day, year: read.year), tokenCount: 1, order: read.order)
        case .dotDate(let first, let second, let year):
            guard let read = numericDate(first: first, second: second, year: year, dotted: true,
                                         order: order, noteOrder: noteOrder) else { return nil }
            return DateParts(value: .spelled(month: read.month, day: read.day, year: read.year), tokenCount: 1, order: read.order)
        case .word(let word):
            guard let month = months[word] else { return nil }
            let position = pastStop(index + 1)
            guard position < tokens.count, case .number(let day, _, let digits) = tokens[position].kind,
                  digits <= 2 else { return nil }
            var (year, end) = yearAt(position + 1)
            // A span of days before the year ("Nov 8–14, 2026"): its first day, in that year.
            if year == nil, position + 2 < tokens.count,
               tokens[position + 1].isPunctuation("-") || tokens[position + 1].isPunctuation("\u{2013}"),
               case .number(_, _, let lastDigits) = tokens[position + 2].kind, lastDigits <= 2 {
                let (later, laterEnd) = yearAt(position + 3)
                if let later { (year, end) = (later, laterEnd) }
            }
            return DateParts(value: .spelled(month: month, day: day, year: year),
                             tokenCount: (year == nil ? position + 1 : end) - index)
        case .number(let day, false, let digits) where digits <= 2 && index + 3 < tokens.count
            && tokens[index + 1].isPunctuation(".") && tokens[index + 3].isPunctuation(".")
            && tokens[index + 2].number.map({ (1...12).contains($0) }) == true && tokens[index + 2].length <= 2
            && tokens[index + 1].offset == token.offset + token.length && tokens[index + 2].offset == tokens[index + 1].offset + 1
            && tokens[index + 3].offset == tokens[index + 2].offset + tokens[index + 2].length
            && (index + 4 == tokens.count || tokens[index + 4].offset > tokens[index + 3].offset + 1 || tokens[index + 4].isPunctuation(",")):
            // "18.11. 17:30", "9.11., 17:30": day and month as German notes write them without a
            // year, the dot after each and a space, a comma (or the end) after the last.
            return DateParts(value: .spelled(month: tokens[index + 2].number!, day: day, year: nil), tokenCount: 4)
        case .number(let day, false, let digits) where digits <= 2 && (1...31).contains(day) && index + 3 < tokens.count
            && tokens[index + 1].isPunctuation(".") && tokens[index + 2].number.map({ (1...12).contains($0) }) == true
            && tokens[index + 2].length <= 2
            && tokens[index + 1].offset == token.offset + token.length && tokens[index + 2].offset == tokens[index + 1].offset + 1
            && clockFollows(tokens, after: index + 2):
            // "5.11, 16:40", "17.11 18:00": day and month with a dot and no year, as Polish and Czech
            // logs write them; only before a time, where no decimal or version stands.
            return DateParts(value: .spelled(month: tokens[index + 2].number!, day: day, year: nil), tokenCount: 3)
        case .number(let day, _, let digits) where digits <= 2:
            var position = index + 1
            // "16 of November", "16 de noviembre", the German "12. März".
            if position < tokens.count, tokens[position].isWord("of") || tokens[position].isWord("de") || tokens[position].isPunctuation(".") {
                position += 1
            }
            // "24-Nov-2026", as British and Indian notes and many systems write a day: hyphens against
            // the month; Jira's "09/Nov/26" with slashes.
            let hyphenated = position + 1 < tokens.count && (tokens[position].isPunctuation("-") || tokens[position].isPunctuation("/"))
                && tokens[position].offset == token.offset + token.length && tokens[position + 1].word.map { months[$0] != nil } == true
            if hyphenated { position += 1 }
            // The French "1er décembre": the suffix written against the day.
            if day == 1, position + 1 < tokens.count, tokens[position].isWord("er"),
               tokens[position].offset == tokens[index].offset + tokens[index].length {
                position += 1
            }
            guard position < tokens.count, let word = tokens[position].word,
                  let month = months[word] ?? foreignMonths[word] else {
                return nil
            }
            position = pastStop(position + 1) - 1
            // "16 de noviembre de 2026".
            if position + 2 < tokens.count, tokens[position + 1].isWord("de"), case .number(_, false, 4) = tokens[position + 2].kind {
                position += 1
            }
            var (year, end) = yearAt(position + 1)
            if hyphenated, year == nil, position + 2 < tokens.count, tokens[position + 1].isPunctuation("-") || tokens[position + 1].isPunctuation("/"),
               tokens[position + 2].offset == tokens[position + 1].offset + 1,
               case .number(let written, false, let digits) = tokens[position + 2].kind, digits == 4 || digits == 2 {
                (year, end) = (digits == 2 ? 2000 + written : written, position + 3)
            }
            return DateParts(value: .spelled(month: month, day: day, year: year),
                             tokenCount: (year == nil ? position + 1 : end) - index)
        default:
            return nil
        }
    }

    /// Month and day of a numeric date (`first`/`second`, then `year` as the tokenizer read it,
    /// two digits already made 20xx), and what settled their order. A part over 12 settles it;
    /// then the configured `order`; then, for dotted dates, day first; then the note's own order;
    /// then month first, marked `.assumed`. With `ymd` configured, `26/11/16` is 2026-11-16.
    /// Nil when no order makes a day of it (both parts over 12).
    static func numericDate(first: Int, second: Int, year: Int?, dotted: Bool, order: DateOrder?,
                            noteOrder: DateOrder?) -> (month: Int, day: Int, year: Int?, order: NumericOrder)? {
        if order == .ymd, let year {
            // The tokenizer read the last part as a year: with year first it is the day.
            guard (2000...2031).contains(year), first <= 99 else { return nil }
            return (second, year - 2000, 2000 + first, NumericOrder(order: .ymd, basis: .configured))
        }
        switch (first > 12, second > 12) {
        case (true, true): return nil
        case (true, false): return (second, first, year, NumericOrder(order: .dmy, basis: .parts))
        case (false, true): return (first, second, year, NumericOrder(order: .mdy, basis: .parts))
        case (false, false): break
        }
        let chosen: NumericOrder
        if let order, order != .ymd {
            chosen = NumericOrder(order: order, basis: .configured)
        } else if dotted {
            chosen = NumericOrder(order: .dmy, basis: .convention)
        } else if let noteOrder, noteOrder != .ymd {
            chosen = NumericOrder(order: noteOrder, basis: .note)
        } else {
            chosen = NumericOrder(order: .mdy, basis: order == .ymd ? .configured : .assumed)
        }
        return chosen.order == .dmy ? (second, first, year, chosen) : (first, second, year, chosen)
    }

    /// What a note's numeric dates say about their order.
    enum DateOrderInference: Equatable {
        /// Some are only readable one way (23/11 day first, 11/23 month first), and none the other.
        case order(DateOrder)
        /// None settles it (every one has both parts 12 or less), or there are none.
        case ambiguous
        /// Some are day first and some month first.
        case conflicting

        /// The order to read the note's ambiguous numeric dates in, if there is one.
        var order: DateOrder? {
            if case .order(let order) = self { return order }
            return nil
        }
    }

    /// The order a note's numeric dates (`slashDate` and `dotDate` tokens; others are ignored)
    /// show by themselves: pass the tokens of every line of the note, and give the result's
    /// `order` as `noteOrder` to `match`.
    static func inferredDateOrder<Tokens: Sequence>(_ tokens: Tokens) -> DateOrderInference where Tokens.Element == Token {
        var dayFirst = false, monthFirst = false
        for token in tokens {
            let first: Int, second: Int
            switch token.kind {
            case .slashDate(let a, let b, _): (first, second) = (a, b)
            case .dotDate(let a, let b, _): (first, second) = (a, b)
            default: continue
            }
            if first > 12, first <= 31, second >= 1, second <= 12 { dayFirst = true }
            if second > 12, second <= 31, first >= 1, first <= 12 { monthFirst = true }
        }
        switch (dayFirst, monthFirst) {
        case (true, false): return .order(.dmy)
        case (false, true): return .order(.mdy)
        case (true, true): return .conflicting
        case (false, false): return .ambiguous
        }
    }

    /// `inferredDateOrder` over a note's lines (tokenizes only the lines with a digit, a `/`, `.`
    /// or `-`, and a digit in a row).
    static func inferredDateOrder<Lines: Sequence>(lines: Lines) -> DateOrderInference where Lines.Element: StringProtocol {
        func mayHoldNumericDate(_ line: Lines.Element) -> Bool {
            var previous: (UInt8, UInt8) = (0, 0)
            for byte in line.utf8 {
                let isDigit = byte &- 0x30 < 10
                if isDigit, previous.1 == UInt8(ascii: "/") || previous.1 == UInt8(ascii: ".") || previous.1 == UInt8(ascii: "-"),
                   previous.0 &- 0x30 < 10 {
                    return true
                }
                previous = (previous.1, byte)
            }
            return false
        }
        var tokens: [Token] = []
        for line in lines where mayHoldNumericDate(line) {
            tokens += Tokenizer.tokens(String(line)).filter {
                switch $0.kind {
                case .slashDate, .dotDate: return true
                default: return false
                }
            }
        }
        return inferredDateOrder(tokens)
    }

    /// An ambiguous numeric date settled by the `weekday` written before it, when only one
    /// reading falls on that day; nil when the weekday does not tell.
    static func settled(_ found: DateMatch, byWeekday weekday: Int, tokens: [Token], at index: Int,
                        reference: LocalDate?) -> DateMatch? {
        guard found.isAmbiguous else { return nil }
        let other = match(in: tokens, at: index, reference: reference, order: .dmy)
        let monthFirst = found.date.weekday == weekday, dayFirst = other?.date.weekday == weekday
        guard monthFirst != dayFirst, var settled = monthFirst ? found : other else { return nil }
        settled.numericOrder = NumericOrder(order: monthFirst ? .mdy : .dmy, basis: .weekday)
        return settled
    }

    /// A date and the time after it, as a log entry starts: `Nov 10 9:40am`, `Mon 23/11 10:05`,
    /// `On Tue, 17 Nov 2026 at 09:12`, `2026.11.19 6:35pm`. `index` is where the date (or a day of
    /// the week before it) starts.
    static func dateTime(in tokens: [Token], at index: Int, reference: LocalDate?, order: DateOrder? = nil,
                         noteOrder: DateOrder? = nil) -> (date: DateMatch, minutes: Int?, tokenCount: Int)? {
        let start = skippingWeekday(tokens, at: index, reference: reference, order: order)
        guard var found = match(in: tokens, at: start, reference: reference, order: order, noteOrder: noteOrder) else {
            return nil
        }
        if start > index, let weekday = weekday(tokens[index]),
           let settled = settled(found, byWeekday: weekday, tokens: tokens, at: start, reference: reference) {
            found = settled
        }
        var end = start + found.tokenCount
        var probe = end
        while probe < tokens.count, isFiller(tokens[probe]) { probe += 1 }
        if let (minutes, used) = time(in: tokens, at: probe) {
            end = probe + used
            return (found, minutes, end - index)
        }
        if case .dotDate = tokens[start].kind, let minutes = dottedTime(tokens, at: probe) {
            return (found, minutes, probe + 3 - index)
        }
        return (found, nil, end - index)
    }

    /// "16.11.2026 17.12": after a dotted date, hours and minutes written with a dot are its
    /// time (the tokenizer takes "17.12" alone for no time: it may be a day and month).
    static func dottedTime(_ tokens: [Token], at index: Int) -> Int? {
        guard index + 2 < tokens.count, case .number(let hour, false, let hourDigits) = tokens[index].kind,
              hourDigits <= 2, hour < 24, tokens[index + 1].isPunctuation("."),
              case .number(let minute, false, 2) = tokens[index + 2].kind, minute < 60,
              tokens[index + 1].offset == tokens[index].offset + tokens[index].length,
              tokens[index + 2].offset == tokens[index + 1].offset + 1 else { return nil }
        // Not a number with more after it ("17.12.2026", "1.2.3").
        if index + 3 < tokens.count, tokens[index + 3].isPunctuation("."),
           tokens[index + 3].offset == tokens[index + 2].offset + tokens[index + 2].length { return nil }
        return hour * 60 + minute
    }
}

/// The order of day and month (and year) in a numeric date such as 04/11/2026: `date-order` in
/// the configuration.
public enum DateOrder: String, Sendable, CaseIterable {
    /// 11/04/2026 is 4 November (the US).
    case mdy
    /// 04/11/2026 is 4 November (most of the world).
    case dmy
    /// 26/11/04 is 4 November 2026.
    case ymd
}

extension String {
    /// Without leading and trailing white space. Scans UTF-8 bytes; only a non-ASCII byte at an
    /// edge makes it look at Unicode properties.
    func trimmingWhitespace() -> String {
        // Most values are trimmed already: an ASCII mark or letter at both ends (no white space,
        // which is 0x09–0x0D and 0x20 in ASCII) leaves the string as it is, untouched.
        let utf8 = self.utf8
        if let first = utf8.first, let last = utf8.last, first > 0x20, first < 0x80, last > 0x20, last < 0x80 {
            return self
        }
        return Substring(self).trimmingWhitespace()
    }
}

extension Substring {
    func trimmingWhitespace() -> String {
        // On the bytes: the scalar view is far slower on every line of every note.
        let fast = utf8.withContiguousStorageIfAvailable { bytes -> String in
            let (start, end) = trimmedSpan(bytes)
            if start.byte == 0 && end.byte == bytes.count { return String(self) }
            return String(decoding: UnsafeBufferPointer(rebasing: bytes[start.byte..<end.byte]), as: UTF8.self)
        }
        if let fast { return fast }
        let scalars = unicodeScalars
        var start = scalars.startIndex
        var end = scalars.endIndex
        while start < end, scalars[start].isSpace { start = scalars.index(after: start) }
        while end > start {
            let before = scalars.index(before: end)
            guard scalars[before].isSpace else { break }
            end = before
        }
        if start == scalars.startIndex && end == scalars.endIndex { return String(self) }
        return String(scalars[start..<end])
    }
}

extension Character {
    var isASCIIDigit: Bool { isASCII && isNumber }
}
