/// Splits free text into the tokens the date, timeframe and log readers match on.
///
/// Hand-written rather than regular expressions: it runs on every line of every note.
struct Token: Equatable {
    enum Kind: Equatable {
        /// Letters (with inner apostrophes), lowercased (see `Word`).
        case word(Word)
        /// A whole number; `ordinal` when written `1st`, `4th`.
        case number(Int, ordinal: Bool, digits: Int)
        /// `2026-12-05` (nil date when the day does not exist; the token's offset and length give
        /// what was written).
        case isoDate(LocalDate?)
        /// `12/5` or `12/5/2026`; also `16-11-2026` (with hyphens only with a four-digit year).
        case slashDate(first: Int, second: Int, year: Int?)
        /// `27.11.2026`: two parts of at most two digits and a four-digit year (without the year
        /// it could be a decimal or a version, `3.9`).
        case dotDate(first: Int, second: Int, year: Int)
        /// A time of day in minutes after midnight: `17:30`, `5:30pm`, `9am`.
        case time(Int)
        /// A mark, as one scalar (compared as a number, where a `Character` compares as a string).
        case punctuation(Unicode.Scalar)
    }

    var kind: Kind
    /// Offset in Unicode scalars from the start of the tokenized text, and length.
    var offset: Int
    var length: Int
    /// Words: whether the first letter is a capital, and whether any letter is lowercase (a word
    /// in capitals, such as an acronym, has none), as written.
    var startsWithCapital = false
    var hasLowercase = false
    /// Words: the first letter, lowercased, when it is ASCII (else 0); what a reader can test
    /// before spelling out a word that did not pack.
    var firstLetter: UInt8 = 0

    var word: Word? {
        if case .word(let word) = kind { return word }
        return nil
    }

    var number: Int? {
        if case .number(let value, _, _) = kind { return value }
        return nil
    }

    // Fixed arities: a variadic parameter allocates an array on every call, and these are called
    // for every token.
    func isWord(_ candidate: Word) -> Bool {
        if case .word(let word) = kind { return word == candidate }
        return false
    }

    func isWord(_ first: Word, _ second: Word) -> Bool {
        if case .word(let word) = kind { return word == first || word == second }
        return false
    }

    func isWord(_ first: Word, _ second: Word, _ third: Word, _ fourth: Word = .none) -> Bool {
        if case .word(let word) = kind { return word == first || word == second || word == third || word == fourth }
        return false
    }

    func isPunctuation(_ mark: Unicode.Scalar) -> Bool {
        if case .punctuation(let found) = kind { return found == mark }
        return false
    }
}

enum Tokenizer {
    /// Reads the text's UTF-8 bytes directly (offsets and lengths are still counted in scalars):
    /// decoding every note line into an array of scalars first, and building each word a byte at
    /// a time, were most of what tokenizing cost.
    static func tokens(_ text: Substring) -> [Token] {
        if let tokens = text.utf8.withContiguousStorageIfAvailable({ tokens(utf8: $0) }) { return tokens }
        var copy = String(text)
        return copy.withUTF8 { tokens(utf8: $0) }
    }

    static func tokens(_ text: String) -> [Token] { tokens(text[...]) }

    /// A word token as a `String`, spelled out from `text` (the text it was read from) when it did
    /// not pack; nil for other tokens.
    static func spelling<Text: StringProtocol>(of token: Token, in text: Text) -> String? {
        guard case .word(let word) = token.kind else { return nil }
        if let packed = word.string { return packed }
        return lowercasedWord(String(text).scalars(from: token.offset, to: token.offset + token.length).unicodeScalars)
    }

    /// A word as the readers compare it: ’ written ', lowercased.
    private static func lowercasedWord<Scalars: Sequence>(_ scalars: Scalars) -> String where Scalars.Element == Unicode.Scalar {
        var text = String.UnicodeScalarView()
        for scalar in scalars { text.append(scalar == "\u{2019}" ? "'" : scalar) }
        return String(text).lowercased()
    }

    /// `tokens` without the shortcut for plain ASCII words: what the tests compare it with.
    static func tokensWithoutShortcut(_ text: String) -> [Token] {
        var copy = text
        return copy.withUTF8 { tokens(utf8: $0, shortcut: false) }
    }

    private static func tokens(utf8 bytes: UnsafeBufferPointer<UInt8>, shortcut: Bool = true) -> [Token] {
        var text = UTF8Cursor(bytes)
        var tokens: [Token] = []
        // About one token per four bytes of prose; short texts have more marks and numbers.
        tokens.reserveCapacity(bytes.count / 3 + 4)
        // Whether "am", "pm", "a" or "p" follows a number or time: only then is there a meridiem to merge.
        var meridiem = false
        while !text.atEnd {
            // Most of prose: a space, or a word of ASCII letters and digits that ends before an
            // ASCII byte other than an apostrophe, read here in one pass over its bytes. Anything
            // else takes the general way below.
            let lead = bytes[text.byteIndex]
            if lead == 0x20, shortcut {
                text.advanceASCII(by: 1)
                continue
            }
            if shortcut, (lead | 0x20) &- 0x61 < 26, let word = plainWord(bytes, at: text.byteIndex, scalar: text.scalarIndex) {
                if !meridiem { meridiem = word.isMeridiem && followsNumber(tokens) }
                tokens.append(word.token)
                text.advanceASCII(by: word.token.length)
                continue
            }
            let (scalar, _) = text.current
            if scalar.isSpace {
                text.advance()
            } else if isDigit(scalar) {
                scanNumeric(&text, into: &tokens)
            } else if scalar.isLetter {
                let word = scanWord(&text)
                if !meridiem { meridiem = word.isMeridiem && followsNumber(tokens) }
                tokens.append(word.token)
            } else {
                // U+037E GREEK QUESTION MARK is canonically the same as ';'.
                let mark: Unicode.Scalar = scalar == "\u{037E}" ? ";" : scalar
                tokens.append(Token(kind: .punctuation(mark), offset: text.scalarIndex, length: 1))
                text.advance()
            }
        }
        return meridiem ? mergeMeridiem(tokens) : tokens
    }

    /// Whether the last token is a number or a time, which a following "am" or "pm" qualifies.
    @inline(__always)
    private static func followsNumber(_ tokens: [Token]) -> Bool {
        switch tokens.last?.kind {
        case .time, .number: true
        default: false
        }
    }

    /// The word at `start` (an ASCII letter) when it is made of ASCII letters and digits only and
    /// ends at the end of the text or before an ASCII byte that is not an apostrophe: the same
    /// token `scanWord` makes of it, without stepping a cursor. Nil for any other word (one that
    /// goes on with an apostrophe, ’ or a letter outside ASCII), which `scanWord` reads.
    @inline(__always)
    private static func plainWord(_ bytes: UnsafeBufferPointer<UInt8>, at start: Int, scalar offset: Int) -> (token: Token, isMeridiem: Bool)? {
        let (index, hasLowercase) = asciiRun(bytes, from: start)
        if index < bytes.count, bytes[index] >= 0x80 || bytes[index] == UInt8(ascii: "'") { return nil }
        let count = index - start
        let word = count <= 16 ? Word.packingLowercased(bytes, from: start, count: count) : .unpacked
        let lead = bytes[start]
        return (Token(kind: .word(word), offset: offset, length: count, startsWithCapital: lead &- 0x41 < 26,
                      hasLowercase: hasLowercase, firstLetter: lead | 0x20), isMeridiem(bytes, at: start, count: count))
    }

    /// Where the run of ASCII letters and digits from `start` ends, and whether it holds a
    /// lowercase letter: most of every word, in a tight loop over the bytes (a cursor stepped a
    /// byte at a time is several times slower).
    @inline(__always)
    private static func asciiRun(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> (end: Int, hasLowercase: Bool) {
        var index = start
        var hasLowercase = false
        while index < bytes.count {
            let byte = bytes[index]
            let letter = (byte | 0x20) &- 0x61 < 26
            guard letter || byte &- 0x30 < 10 else { break }
            if letter && byte >= 0x61 { hasLowercase = true }
            index &+= 1
        }
        return (index, hasLowercase)
    }

    /// Whether the ASCII word of `count` bytes at `start` is "a", "p", "am" or "pm".
    @inline(__always)
    private static func isMeridiem(_ bytes: UnsafeBufferPointer<UInt8>, at start: Int, count: Int) -> Bool {
        let first = bytes[start] | 0x20
        return count <= 2 && (first == UInt8(ascii: "a") || first == UInt8(ascii: "p"))
            && (count == 1 || bytes[start + 1] | 0x20 == UInt8(ascii: "m"))
    }

    /// A word from the current letter on: letters, digits, and apostrophes (' or ’) between
    /// letters, lowercased, with ’ written '.
    private static func scanWord(_ text: inout UTF8Cursor) -> (token: Token, isMeridiem: Bool) {
        let start = text
        let startsWithCapital = text.current.scalar.isUpperLetter
        var hasLowercase = false
        var plain = true  // every scalar one byte: the word is its own bytes, lowercased
        var count = 0
        while !text.atEnd {
            let (index, runHasLowercase) = asciiRun(text.bytes, from: text.byteIndex)
            if runHasLowercase { hasLowercase = true }
            if index > text.byteIndex {
                count += index - text.byteIndex
                text.advanceASCII(by: index - text.byteIndex)
                continue
            }
            if let byte = text.asciiByte, byte != UInt8(ascii: "'") { break }
            let (next, width) = text.current
            if next.isLetter || isDigit(next) || (next == "'" || next == "\u{2019}") && text.scalar(afterNext: 1)?.isLetter == true
                || count > 0 && next.isWordMark {
                if width > 1 { plain = false }
                if next.isLowerLetter { hasLowercase = true }
                count += 1
                text.advance()
            } else {
                break
            }
        }
        let length = text.scalarIndex - start.scalarIndex
        let word: Word
        if plain {
            word = count <= 16 ? Word.packingLowercased(start.bytes, from: start.byteIndex, count: count) : .unpacked
        } else {
            // Letters outside ASCII, or ’ (written '): lowercased as a whole, and packed if that
            // made it ASCII ("don’t", or a KELVIN SIGN that lowercases to k).
            var scalars: [Unicode.Scalar] = []
            var cursor = start
            while cursor.byteIndex < text.byteIndex {
                scalars.append(cursor.current.scalar)
                cursor.advance()
            }
            var spelled = lowercasedWord(scalars)
            word = spelled.withUTF8 { Word(packing: $0) } ?? folded(spelled)
        }
        let lead = start.bytes[start.byteIndex]
        return (Token(kind: .word(word), offset: start.scalarIndex, length: length,
                      startsWithCapital: startsWithCapital, hasLowercase: hasLowercase,
                      firstLetter: lead < 0x80 ? lead | 0x20 : 0),
                plain && isMeridiem(start.bytes, at: start.byteIndex, count: count))
    }

    /// Words with letters outside ASCII that the date readers look for, as the ASCII words they
    /// stand for: French and German months (`décembre`, `März`), the French `à` before a time, and
    /// the verbs of a reply.
    /// Only words that did not pack are looked up, so ASCII words never pay for it.
    private static let foldedWords: [String: Word] = [
        "f\u{E9}vrier": "fevrier", "f\u{E9}vr": "fevr", "f\u{E9}v": "fevr", "ao\u{FB}t": "aout",
        "d\u{E9}cembre": "decembre", "d\u{E9}c": "dec", "m\u{E4}rz": "maerz", "m\u{E4}r": "maer", "j\u{E4}nner": "jaenner",
        "\u{E0}": "at",
        // Replies in French, Spanish and German ("a répondu", "m'a écrit", "respondió",
        // "hat zurückgeschrieben", which is longer than a packed word, as its synonym).
        "r\u{E9}pondu": "repondu", "\u{E9}crit": "ecrit", "appel\u{E9}": "appele", "rappel\u{E9}": "rappele", "appel\u{E9}e": "appelee", "rappel\u{E9}e": "rappelee",
        "respondi\u{F3}": "respondio", "contest\u{F3}": "contesto", "escribi\u{F3}": "escribio", "llam\u{F3}": "llamo", "llam\u{E9}": "llame",
        "zur\u{FC}ckgeschrieben": "geantwortet", "zur\u{FC}ckgerufen": "angerufen",
        // Polish months, days of the week, calls and thanks ("mail z podziękowaniem", thanks said
        // as the French word the readers know).
        "wrze\u{15B}nia": "wrzesnia", "pa\u{17A}dziernika": "pazdziernika",
        "poniedzia\u{142}ek": "poniedzialek", "poniedzia\u{142}ku": "poniedzialku", "\u{15B}roda": "sroda",
        "\u{15B}rody": "srody", "\u{15B}rod\u{119}": "srode", "pi\u{105}tek": "piatek", "pi\u{105}tku": "piatku",
        "zadzwoni\u{142}am": "zadzwonilam", "zadzwoni\u{142}em": "zadzwonilem", "dzwoni\u{142}am": "zadzwonilam",
        "dzwoni\u{142}em": "zadzwonilem",
        "podzi\u{119}kowaniem": "remerciement", "podzi\u{119}kowania": "remerciement", "podzi\u{119}kowanie": "remerciement",
        // Italian days of the week ("entro venerdì").
        "luned\u{EC}": "lunedi", "marted\u{EC}": "martedi", "mercoled\u{EC}": "mercoledi", "gioved\u{EC}": "giovedi",
        "venerd\u{EC}": "venerdi",
    ]

    /// `foldedWords`' word for a word that did not pack, else `unpacked`; kept out of `scanWord`
    /// so that the table costs the words outside ASCII alone.
    @inline(never)
    private static func folded(_ spelled: String) -> Word {
        guard spelled.utf8.count <= 24 else { return .unpacked }
        return foldedWords[spelled] ?? .unpacked
    }

    private static func isDigit(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value >= 48 && scalar.value <= 57
    }

    /// Digits from the cursor on (at most nine count towards the value): the value and how many.
    private static func readDigits(_ text: inout UTF8Cursor) -> (Int, Int) {
        var value = 0
        var count = 0
        while let byte = text.asciiByte, byte >= 0x30, byte <= 0x39 {
            if count < 9 { value = value * 10 + Int(byte - 0x30) }
            count += 1
            text.advance()
        }
        return (value, count)
    }

    /// The parts of a date after its first number, each after `separator` and starting with a
    /// digit: the second, the third if there is one, and the cursor after the last. Nil when no
    /// second part follows.
    @inline(__always)
    private static func dateParts(after text: UTF8Cursor, _ separator: UInt8)
        -> (end: UTF8Cursor, second: (value: Int, digits: Int), third: (value: Int, digits: Int)?)? {
        func startsPart(_ cursor: UTF8Cursor) -> Bool {
            cursor.asciiByte == separator && cursor.byte(at: 1).map { $0 >= 0x30 && $0 <= 0x39 } ?? false
        }
        guard startsPart(text) else { return nil }
        var probe = text
        probe.advance()
        let second = readDigits(&probe)
        var third: (value: Int, digits: Int)?
        if startsPart(probe) {
            probe.advance()
            third = readDigits(&probe)
        }
        return (probe, second, third)
    }

    /// Numbers, dates and times. Everything they are made of is ASCII, so from `start` on a byte
    /// is a scalar until the token ends.
    private static func scanNumeric(_ text: inout UTF8Cursor, into tokens: inout [Token]) {
        let start = text
        let (first, firstDigits) = readDigits(&text)
        func isDigit(_ byte: UInt8?) -> Bool { byte.map { $0 >= 0x30 && $0 <= 0x39 } ?? false }
        // 2026-12-05
        if firstDigits == 4, let parts = dateParts(after: text, UInt8(ascii: "-")), parts.second.digits <= 2,
           let day = parts.third, day.digits <= 2 {
            var probe = parts.end
            tokens.append(Token(kind: .isoDate(LocalDate(year: first, month: parts.second.value, day: day.value)),
                                offset: start.scalarIndex, length: probe.scalarIndex - start.scalarIndex))
            // ISO 8601's 2026-11-16T17:30: the T is dropped, so the time reads on its own.
            if let mark = probe.asciiByte, mark == UInt8(ascii: "T") || mark == UInt8(ascii: "t"), isDigit(probe.byte(at: 1)) {
                probe.advance()
            }
            text = probe
            return
        }
        // 16-11-2026 and 11-16-2026, read as 16/11/2026 is: only with all three parts, so that
        // ranges (2-3 weeks) and scores stay numbers
        if firstDigits <= 2, let parts = dateParts(after: text, UInt8(ascii: "-")), parts.second.digits <= 2,
           let year = parts.third, year.digits == 4, !(parts.end.asciiByte == UInt8(ascii: "-") && isDigit(parts.end.byte(at: 1))) {
            tokens.append(Token(kind: .slashDate(first: first, second: parts.second.value, year: year.value),
                                offset: start.scalarIndex, length: parts.end.scalarIndex - start.scalarIndex))
            text = parts.end
            return
        }
        // 2026/12/05 (year first) or 12/5 and 12/5/2026
        if firstDigits <= 4, case let (probe, (second, secondDigits), third)? = dateParts(after: text, UInt8(ascii: "/")) {
            if secondDigits <= 2 {
                // Year first, the third part is the day (2026/11/16); month first, it is the year,
                // two digits meaning 20xx (12/5/26); the day never gets 2000 added.
                if firstDigits == 4, let day = third?.value {
                    tokens.append(Token(kind: .isoDate(LocalDate(year: first, month: second, day: day)),
                                        offset: start.scalarIndex, length: probe.scalarIndex - start.scalarIndex))
                } else if firstDigits <= 2 {
                    let year = third.map { $0.digits == 2 ? 2000 + $0.value : $0.value }
                    tokens.append(Token(kind: .slashDate(first: first, second: second, year: year),
                                        offset: start.scalarIndex, length: probe.scalarIndex - start.scalarIndex))
                } else {
                    emitNumber(first, firstDigits, from: start, &text, into: &tokens)
                    return
                }
                text = probe
                return
            }
        }
        // 27.11.2026 (day or month first) and 2026.11.28 (year first); not when a fourth part
        // follows (a version or an address, 1.2.2026.4)
        if firstDigits <= 4, firstDigits != 3, case let (probe, (second, secondDigits), parts)? = dateParts(after: text, UInt8(ascii: ".")) {
            if secondDigits <= 2, case let (third, thirdDigits)? = parts {
                let more = probe.asciiByte == UInt8(ascii: ".") && isDigit(probe.byte(at: 1))
                var kind: Token.Kind?
                if more {
                    kind = nil
                } else if firstDigits == 4, thirdDigits <= 2 {
                    // Only a real day: a dotted triple that is none is not taken for a date.
                    kind = LocalDate(year: first, month: second, day: third).map { .isoDate($0) }
                } else if firstDigits <= 2, thirdDigits == 4 {
                    kind = .dotDate(first: first, second: second, year: third)
                }
                if let kind {
                    tokens.append(Token(kind: kind, offset: start.scalarIndex, length: probe.scalarIndex - start.scalarIndex))
                    text = probe
                    return
                }
            }
        }
        // 17:30, 5:30pm, and 17h30 as French and others write it
        let separator = text.asciiByte
        let hourMark = separator == UInt8(ascii: "h") || separator == UInt8(ascii: "H")
        if firstDigits <= 2, separator == UInt8(ascii: ":") || separator == UInt8(ascii: ".") || hourMark,
           isDigit(text.byte(at: 1)), first < 24 {
            var probe = text
            probe.advance()
            let (minute, minuteDigits) = readDigits(&probe)
            // 17h30 only when no letter follows (2h30m is a duration).
            let hourMarkTime = !hourMark || probe.atEnd || !probe.current.scalar.isLetter
            if minuteDigits == 2, minute < 60, hourMarkTime {
                // Optional seconds (only when a scalar follows them).
                if !hourMark, probe.asciiByte == UInt8(ascii: ":"), isDigit(probe.byte(at: 1)), probe.scalar(afterNext: 2) != nil {
                    probe.advance()
                    _ = readDigits(&probe)
                }
                if separator == UInt8(ascii: ".") {
                    // 5.30 only counts as a time when am/pm follows.
                    var look = probe
                    while look.asciiByte == UInt8(ascii: " ") { look.advance() }
                    var scalars: [Unicode.Scalar] = []
                    while scalars.count < 4, !look.atEnd {
                        scalars.append(look.current.scalar)
                        look.advance()
                    }
                    let rest = makeString(scalars).lowercased()
                    if !(rest.hasPrefix("am") || rest.hasPrefix("pm") || rest.hasPrefix("a.m") || rest.hasPrefix("p.m")) {
                        emitNumber(first, firstDigits, from: start, &text, into: &tokens)
                        return
                    }
                }
                tokens.append(Token(kind: .time(first * 60 + minute), offset: start.scalarIndex,
                                    length: probe.scalarIndex - start.scalarIndex))
                text = probe
                return
            }
        }
        emitNumber(first, firstDigits, from: start, &text, into: &tokens)
    }

    /// A plain number ending at the cursor, with an ordinal suffix (`1st`, `4th`) when one follows
    /// and no letter comes after it.
    private static func emitNumber(_ value: Int, _ digits: Int, from start: UTF8Cursor, _ text: inout UTF8Cursor,
                                   into tokens: inout [Token]) {
        var ordinal = false
        if let first = text.asciiByte, let second = text.byte(at: 1), second < 0x80 {
            let suffix = UInt32(first | 0x20) << 8 | UInt32(second | 0x20)
            let isOrdinal = suffix == 0x7374 || suffix == 0x6E64 || suffix == 0x7264 || suffix == 0x7468  // st nd rd th
            let after = text.scalar(afterNext: 2) ?? " "
            if isOrdinal, !after.isLetter {
                ordinal = true
                text.advance()
                text.advance()
            }
        }
        tokens.append(Token(kind: .number(value, ordinal: ordinal, digits: digits), offset: start.scalarIndex,
                            length: text.scalarIndex - start.scalarIndex))
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
