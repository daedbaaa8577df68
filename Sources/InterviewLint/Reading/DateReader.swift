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
        "monday": 1, "mon": 1, "tuesday": 2, "tue": 2, "tues": 2, "wednesday": 3, "wed": 3,
        "thursday": 4, "thu": 4, "thur": 4, "thurs": 4, "friday": 5, "fri": 5,
        "saturday": 6, "sat": 6, "sunday": 7, "sun": 7,
    ]

    static let numberWords = WordMap<Int>([
        "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
        "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
        "fourteen": 14, "fifteen": 15, "twenty": 20, "thirty": 30, "couple": 2, "few": 3, "several": 4,
    ])
    static let months = WordMap(monthNames)
    static let weekdays = WordMap(weekdayNames)

    public enum DateTimeError: Error, Equatable, CustomStringConvertible {
        case malformed(String)
        case impossible(String)

        public var description: String {
            switch self {
            case .malformed(let text):
                return "'\(text)' is not a date; write it as 2026-11-16 or 2026-11-16 10:00"
            case .impossible(let text):
                return "'\(text)' is not a day of the calendar (check the month and day)"
            }
        }
    }

    /// Parses the interview date: `2026-11-16`, `2026-11-16 10:00`, `2026-11-16T10:00`, with or
    /// without seconds, with or without a zone (`Z`, `+01:00`; the local time is kept).
    public static func parseDateTime(_ raw: String) -> Result<(LocalDateTime, hasTime: Bool), DateTimeError> {
        if let quick = plainDateTime(raw) { return .success(quick) }
        return readDateTime(raw)
    }

    /// `parseDateTime` the long way, for every form it accepts.
    static func readDateTime(_ raw: String) -> Result<(LocalDateTime, hasTime: Bool), DateTimeError> {
        let text = raw.trimmingWhitespace()
        var scalars = text.scalarArray
        // Split date and time at 'T' or whitespace.
        var split = scalars.firstIndex(where: { $0 == "T" || $0 == "t" || $0 == " " }) ?? scalars.count
        let dateText = makeString(scalars[0..<split])
        if split < scalars.count { split += 1 }
        scalars = Array(scalars[split...])
        let dateParts = dateText.split(separator: "-", omittingEmptySubsequences: false)
        guard dateParts.count == 3, dateParts[0].count == 4 || dateParts[0].count == 5,
              dateParts.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isASCIIDigit) }),
              let year = Int(dateParts[0]), let month = Int(dateParts[1]), let day = Int(dateParts[2])
        else { return .failure(.malformed(text)) }
        guard let date = LocalDate(year: year, month: month, day: day) else { return .failure(.impossible(text)) }
        var timeText = makeString(scalars).trimmingWhitespace()
        if timeText.isEmpty { return .success((LocalDateTime(date: date), false)) }
        // Drop a zone: Z, +01:00, -0500, or a name such as "CET".
        if let zone = timeText.firstIndex(where: { $0 == "Z" || $0 == "z" || $0 == "+" || $0 == "-" || $0 == " " }) {
            let rest = timeText[zone...].trimmingWhitespace().lowercased()
            if !(rest == "am" || rest == "pm") { timeText = String(timeText[..<zone]) }
        }
        let tokens = Tokenizer.tokens(timeText)
        guard tokens.count == 1, case .time(let minutes) = tokens[0].kind else {
            if tokens.count == 1, case .number = tokens[0].kind { return .failure(.impossible(text)) }
            return .failure(timeText.contains(":") ? .impossible(text) : .malformed(text))
        }
        return .success((LocalDateTime(date: date, hour: minutes / 60, minute: minutes % 60), true))
    }

    /// `2026-11-16` or `2026-11-16 10:00` exactly (the way almost every note writes it), read on
    /// the bytes; nil for anything else, which `parseDateTime` reads the long way. Only valid days
    /// and times are taken here, so both ways give the same answer.
    static func plainDateTime(_ text: String) -> (LocalDateTime, hasTime: Bool)? {
        let bytes = text.utf8
        guard bytes.count == 10 || bytes.count == 16 else { return nil }
        // The parts are added up digit by digit (an array of the digits was allocated a call).
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

    /// The next `month`/`day` on or after `reference` (a date written without a year).
    static func nextOccurrence(month: Int, day: Int, onOrAfter reference: LocalDate) -> LocalDate? {
        for year in reference.year...(reference.year + 4) {
            if let date = LocalDate(year: year, month: month, day: day), date >= reference { return date }
        }
        return nil
    }

    /// A date spelled at `tokens[index]`: ISO, `Nov 16`, `November 16, 2026`, `16 Nov 2026`,
    /// `11/16`. Returns the date and how many tokens it used. Without a year, the next such day on
    /// or after `reference` (or in `reference`'s year when there is none).
    /// Where the date starts when a day of the week is written before it ("Mon Nov 16",
    /// "Monday, 2026-11-16", "**Tue.** 2026-11-17"): the index after the weekday and the marks
    /// after it, if a date follows there; otherwise `index`.
    static func skippingWeekday(_ tokens: [Token], at index: Int, reference: LocalDate?) -> Int {
        guard index < tokens.count, let word = tokens[index].word, weekdays[word] != nil else { return index }
        var next = index + 1
        while next < tokens.count, case .punctuation = tokens[next].kind { next += 1 }
        guard next < tokens.count else { return index }
        // An ISO date counts even when it is no day of the calendar, so that is what gets reported.
        if case .isoDate = tokens[next].kind { return next }
        return date(in: tokens, at: next, reference: reference) != nil ? next : index
    }

    static func date(in tokens: [Token], at index: Int, reference: LocalDate?) -> (LocalDate, Int)? {
        let token = tokens[index]
        func resolve(month: Int, day: Int, year: Int?) -> LocalDate? {
            if let year { return LocalDate(year: year, month: month, day: day) }
            guard let reference else { return nil }
            return nextOccurrence(month: month, day: day, onOrAfter: reference)
        }
        func yearAt(_ position: Int) -> (Int?, Int) {
            var position = position
            if position < tokens.count, tokens[position].isPunctuation(",") { position += 1 }
            if position < tokens.count, case .number(let year, false, 4) = tokens[position].kind {
                return (year, position + 1)
            }
            return (nil, 0)
        }
        switch token.kind {
        case .isoDate(let date):
            return date.map { ($0, 1) }
        case .slashDate(let month, let day, let year):
            return resolve(month: month, day: day, year: year).map { ($0, 1) }
        case .word(let word):
            guard let month = months[word] else { return nil }
            var position = index + 1
            if position < tokens.count, tokens[position].isPunctuation(".") { position += 1 }
            guard position < tokens.count, case .number(let day, _, let digits) = tokens[position].kind,
                  digits <= 2 else { return nil }
            let (year, end) = yearAt(position + 1)
            guard let date = resolve(month: month, day: day, year: year) else { return nil }
            return (date, (year == nil ? position + 1 : end) - index)
        case .number(let day, _, let digits) where digits <= 2:
            var position = index + 1
            if position < tokens.count, tokens[position].isWord("of") { position += 1 }
            guard position < tokens.count, let word = tokens[position].word, let month = months[word] else {
                return nil
            }
            if position + 1 < tokens.count, tokens[position + 1].isPunctuation(".") { position += 1 }
            let (year, end) = yearAt(position + 1)
            guard let date = resolve(month: month, day: day, year: year) else { return nil }
            return (date, (year == nil ? position + 1 : end) - index)
        default:
            return nil
        }
    }
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
        // On the bytes: going through the scalar view from both ends cost about 700 instructions
        // a line.
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
