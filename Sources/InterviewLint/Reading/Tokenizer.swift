/// Splits free text into the tokens the date, timeframe and log readers match on.
///
/// Hand-written rather than regular expressions: it runs on every line of every note.
struct Token: Equatable {
    enum Kind: Equatable {
        /// Letters (with inner apostrophes), lowercased.
        case word(String)
        /// A whole number; `ordinal` when written `1st`, `4th`.
        case number(Int, ordinal: Bool, digits: Int)
        /// `2026-12-05` (nil date when the day does not exist).
        case isoDate(LocalDate?, String)
        /// `12/5` or `12/5/2026`.
        case slashDate(first: Int, second: Int, year: Int?)
        /// A time of day in minutes after midnight: `17:30`, `5:30pm`, `9am`.
        case time(Int)
        case punctuation(Character)
    }

    var kind: Kind
    /// Offset in Unicode scalars from the start of the tokenized text, and length.
    var offset: Int
    var length: Int

    var word: String? {
        if case .word(let word) = kind { return word }
        return nil
    }

    var number: Int? {
        if case .number(let value, _, _) = kind { return value }
        return nil
    }

    // Fixed arities: a variadic parameter allocates an array on every call, and these are called
    // for every token.
    func isWord(_ candidate: String) -> Bool {
        if case .word(let word) = kind { return word.isSameWord(candidate) }
        return false
    }

    func isWord(_ first: String, _ second: String) -> Bool {
        if case .word(let word) = kind { return word.isSameWord(first) || word.isSameWord(second) }
        return false
    }

    func isWord(_ first: String, _ second: String, _ third: String, _ fourth: String = "") -> Bool {
        if case .word(let word) = kind {
            return word.isSameWord(first) || word.isSameWord(second) || word.isSameWord(third) || word.isSameWord(fourth)
        }
        return false
    }

    func isPunctuation(_ character: Character) -> Bool {
        kind == .punctuation(character)
    }
}

extension String {
    /// `==` for the lowercased words the readers compare, lengths first: words of different
    /// lengths (most pairs) are told apart without the standard library's out-of-line comparison.
    @inline(__always) func isSameWord(_ other: String) -> Bool {
        utf8.count == other.utf8.count && self == other
    }
}

extension Array where Element == String {
    /// `contains` for a list of words, with `isSameWord`'s cheap test of the lengths first.
    func containsWord(_ word: String) -> Bool {
        contains { $0.isSameWord(word) }
    }
}

enum Tokenizer {
    static func tokens(_ text: Substring) -> [Token] {
        let scalars = text.scalarArray
        var tokens: [Token] = []
        tokens.reserveCapacity(scalars.count / 4)
        var word: [UInt8] = []
        word.reserveCapacity(32)
        // Whether "am", "pm", "a" or "p" follows a number or time: only then is there a meridiem to merge.
        var meridiem = false
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            if scalar.isSpace {
                index += 1
            } else if isDigit(scalar) {
                index = scanNumeric(scalars, from: index, into: &tokens)
            } else if scalar.isLetter {
                let start = index
                word.removeAll(keepingCapacity: true)
                var ascii = true
                while index < scalars.count {
                    let next = scalars[index]
                    if next.isLetter || isDigit(next) && !word.isEmpty {
                        // Lowercase ASCII on the way; anything else is lowercased at the end.
                        if next.value < 0x80 {
                            word.append(UInt8(next.isUpperLetter ? next.value | 0x20 : next.value))
                        } else {
                            ascii = false
                            UTF8.encode(next) { word.append($0) }
                        }
                        index += 1
                    } else if (next == "'" || next == "\u{2019}"), index + 1 < scalars.count,
                              scalars[index + 1].isLetter, !word.isEmpty {
                        word.append(UInt8(ascii: "'"))
                        index += 1
                    } else {
                        break
                    }
                }
                if !meridiem, isMeridiemWord(word), let previous = tokens.last {
                    switch previous.kind {
                    case .time, .number: meridiem = true
                    default: break
                    }
                }
                let text = String(decoding: word, as: UTF8.self)
                tokens.append(Token(kind: .word(ascii ? text : text.lowercased()), offset: start, length: index - start))
            } else {
                tokens.append(Token(kind: .punctuation(Character(scalar)), offset: index, length: 1))
                index += 1
            }
        }
        return meridiem ? mergeMeridiem(tokens) : tokens
    }

    static func tokens(_ text: String) -> [Token] { tokens(text[...]) }

    /// "a", "p", "am" or "pm" (lowercased bytes).
    private static func isMeridiemWord(_ word: [UInt8]) -> Bool {
        guard let first = word.first, first == UInt8(ascii: "a") || first == UInt8(ascii: "p") else { return false }
        return word.count == 1 || (word.count == 2 && word[1] == UInt8(ascii: "m"))
    }

    private static func isDigit(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value >= 48 && scalar.value <= 57
    }

    private static func readDigits(_ scalars: [Unicode.Scalar], _ index: inout Int) -> (Int, Int) {
        var value = 0
        var count = 0
        while index < scalars.count, isDigit(scalars[index]) {
            if count < 9 { value = value * 10 + Int(scalars[index].value - 48) }
            count += 1
            index += 1
        }
        return (value, count)
    }

    private static func scanNumeric(_ scalars: [Unicode.Scalar], from start: Int, into tokens: inout [Token]) -> Int {
        var index = start
        let (first, firstDigits) = readDigits(scalars, &index)
        func peek(_ offset: Int = 0) -> Unicode.Scalar? {
            index + offset < scalars.count ? scalars[index + offset] : nil
        }
        // 2026-12-05
        if firstDigits == 4, peek() == "-", let d = peek(1), isDigit(d) {
            var probe = index + 1
            let (month, monthDigits) = readDigits(scalars, &probe)
            if monthDigits <= 2, probe < scalars.count, scalars[probe] == "-",
               probe + 1 < scalars.count, isDigit(scalars[probe + 1]) {
                probe += 1
                let (day, dayDigits) = readDigits(scalars, &probe)
                if dayDigits <= 2 {
                    let text = makeString(scalars[start..<probe])
                    tokens.append(Token(kind: .isoDate(LocalDate(year: first, month: month, day: day), text),
                                        offset: start, length: probe - start))
                    return probe
                }
            }
        }
        // 2026/12/05 (year first) or 12/5 and 12/5/2026
        if firstDigits <= 4, peek() == "/", let d = peek(1), isDigit(d) {
            var probe = index + 1
            let (second, secondDigits) = readDigits(scalars, &probe)
            var third: Int?
            if probe + 1 < scalars.count, scalars[probe] == "/", isDigit(scalars[probe + 1]) {
                probe += 1
                let (value, digits) = readDigits(scalars, &probe)
                third = digits == 2 ? 2000 + value : value
            }
            if secondDigits <= 2 {
                if firstDigits == 4, let day = third {
                    let text = makeString(scalars[start..<probe])
                    tokens.append(Token(kind: .isoDate(LocalDate(year: first, month: second, day: day), text),
                                        offset: start, length: probe - start))
                } else if firstDigits <= 2 {
                    tokens.append(Token(kind: .slashDate(first: first, second: second, year: third),
                                        offset: start, length: probe - start))
                } else {
                    return emitNumber(first, firstDigits, start, index, scalars, &tokens)
                }
                return probe
            }
        }
        // 17:30, 5:30pm
        if firstDigits <= 2, peek() == ":" || peek() == ".", let d = peek(1), isDigit(d), first < 24 {
            var probe = index + 1
            let (minute, minuteDigits) = readDigits(scalars, &probe)
            if minuteDigits == 2, minute < 60 {
                // Optional seconds.
                if probe + 2 < scalars.count, scalars[probe] == ":", isDigit(scalars[probe + 1]) {
                    probe += 1
                    _ = readDigits(scalars, &probe)
                }
                if peek() == "." {
                    // 5.30 only counts as a time when am/pm follows.
                    var look = probe
                    while look < scalars.count, scalars[look] == " " { look += 1 }
                    let rest = makeString(scalars[look..<min(look + 4, scalars.count)]).lowercased()
                    if !(rest.hasPrefix("am") || rest.hasPrefix("pm") || rest.hasPrefix("a.m") || rest.hasPrefix("p.m")) {
                        return emitNumber(first, firstDigits, start, index, scalars, &tokens)
                    }
                }
                tokens.append(Token(kind: .time(first * 60 + minute), offset: start, length: probe - start))
                return probe
            }
        }
        return emitNumber(first, firstDigits, start, index, scalars, &tokens)
    }

    private static func emitNumber(_ value: Int, _ digits: Int, _ start: Int, _ end: Int,
                                   _ scalars: [Unicode.Scalar], _ tokens: inout [Token]) -> Int {
        var index = end
        var ordinal = false
        if index + 1 < scalars.count, scalars[index].value < 0x80, scalars[index + 1].value < 0x80 {
            let suffix = (scalars[index].value | 0x20) << 8 | (scalars[index + 1].value | 0x20)
            let after = index + 2 < scalars.count ? scalars[index + 2] : " "
            let isOrdinal = suffix == 0x7374 || suffix == 0x6E64 || suffix == 0x7264 || suffix == 0x7468  // st nd rd th
            if isOrdinal, !after.isLetter {
                ordinal = true
                index += 2
            }
        }
        tokens.append(Token(kind: .number(value, ordinal: ordinal, digits: digits), offset: start, length: index - start))
        return index
    }

    /// `5:30 pm`, `9am`, `9 a.m.` become times.
    private static func mergeMeridiem(_ tokens: [Token]) -> [Token] {
        guard tokens.contains(where: { $0.isWord("am", "pm", "a", "p") }) else { return tokens }
        var result: [Token] = []
        var index = 0
        while index < tokens.count {
            let token = tokens[index]
            var base: Int?
            switch token.kind {
            case .time(let minutes) where minutes < 13 * 60: base = minutes
            case .number(let hour, false, let digits) where digits <= 2 && (1...12).contains(hour): base = hour * 60
            default: break
            }
            if let base, index + 1 < tokens.count {
                var consumed = 0
                var pm: Bool?
                let next = tokens[index + 1]
                let adjacent = next.offset <= token.offset + token.length + 1
                if adjacent, next.isWord("am") { pm = false; consumed = 1 }
                if adjacent, next.isWord("pm") { pm = true; consumed = 1 }
                // a.m. / p.m.
                if adjacent, next.isWord("a", "p"), index + 3 < tokens.count,
                   tokens[index + 2].isPunctuation("."), tokens[index + 3].isWord("m") {
                    pm = next.isWord("p")
                    consumed = index + 4 < tokens.count && tokens[index + 4].isPunctuation(".") ? 4 : 3
                }
                if let pm {
                    var minutes = base % (12 * 60)
                    if pm { minutes += 12 * 60 }
                    let last = tokens[index + consumed]
                    result.append(Token(kind: .time(minutes), offset: token.offset,
                                        length: last.offset + last.length - token.offset))
                    index += consumed + 1
                    continue
                }
            }
            result.append(token)
            index += 1
        }
        return result
    }
}
