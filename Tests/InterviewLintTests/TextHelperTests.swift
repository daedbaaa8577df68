import Testing
@testable import InterviewLint

/// The byte-level helpers that replaced `unicodeScalars` walks on the hot paths must give exactly
/// what the standard library gives.
@Suite("Byte-level text helpers")
struct TextHelperTests {
    static let samples: [String] = [
        "", "a", "plain ASCII that is longer than eight bytes", "12345678", "1234567", "123456789",
        "Zoë Ødegård", "2026-10-19 19:30 — Email thank-you to Eleanor Smith.", "👥 Participants",
        "e\u{301}tude", "✉️ mail", "日本語のテキスト and ASCII after", "\u{10FFFF}\u{7F}\u{80}\u{7FF}\u{800}\u{FFFF}\u{10000}",
        "mixed 👩‍👩‍👧 family emoji in the middle of a longer ASCII sentence", "\t tabs and  spaces \n",
    ]

    @Test("scalarCount and scalarArray agree with unicodeScalars, on strings and substrings")
    func scalars() {
        for sample in Self.samples {
            #expect(sample.scalarCount == sample.unicodeScalars.count, "\(sample)")
            #expect(sample.scalarArray == Array(sample.unicodeScalars), "\(sample)")
            // A substring that starts and ends inside the string.
            let scalars = sample.unicodeScalars
            if scalars.count > 2 {
                let inner = Substring(scalars.dropFirst().dropLast())
                #expect(inner.scalarCount == inner.unicodeScalars.count, "\(sample)")
                #expect(inner.scalarArray == Array(inner.unicodeScalars), "\(sample)")
            }
        }
    }

    @Test("quickLowercased is lowercased(), on strings and substrings, with letters that change length")
    func lowercasing() {
        let cases = Self.samples + ["MEI RIVERA", "mei rivera", "Marco Ødegård", "STRAßE ẞ", "İSTANBUL", "ΣΊΣΥΦΟΣ", "ȺȾ", "ǅungla", "ＡＢＣ"]
        for sample in cases {
            #expect(sample.quickLowercased() == sample.lowercased(), "\(sample)")
            #expect(sample.dropFirst().quickLowercased() == sample.dropFirst().lowercased(), "\(sample)")
        }
    }

    @Test("firstStem finds every occurrence a plain search finds, and the log-line silence test misses none")
    func stems() {
        let stems = StemSet(["ecid", "hear", "et back", "面接", " CV"])
        var generator = SystemRandomNumberGenerator()
        let pieces = ["ec", "id", "he", "ar", "et", " back", "面", "接", " C", "V", "x", " ", "\n"]
        for _ in 0..<500 {
            let text = (0..<Int.random(in: 0...12, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
            let bytes = Array(text.utf8)
            var found: [Int] = []
            _ = ProseFacts.firstStem(in: bytes, stems) { _, index in found.append(index); return false }
            var expected: [Int] = []
            for stem in stems.stems where bytes.count >= stem.count {
                for start in 0...(bytes.count - stem.count) where Array(bytes[start..<(start + stem.count)]) == stem { expected.append(start) }
            }
            #expect(found.sorted() == expected.sorted(), "\(text)")
        }
        for line in ["No reply yet", "nothing back", "Still no word", "NEVER got it", "didn’t hear", "Haven't called", "hasnt"] {
            #expect(LogThread.mayRecordSilence(line), "\(line)")
        }
        #expect(!LogThread.mayRecordSilence("2026-11-16 — Called Dana in November, noted it"))
    }

    @Test("containsIgnoringCase finds a lowercase stem in any case, and nothing else")
    func stemsIgnoringCase() {
        #expect("Senior Technical RECRUITER".containsIgnoringCase(anyOf: ["recruit"]))
        #expect("Head of Talent".containsIgnoringCase(anyOf: ["recruit", "talent"]))
        #expect(!"Engineering Manager".containsIgnoringCase(anyOf: ["recruit", "talent"]))
        #expect(!"recrui".containsIgnoringCase(anyOf: ["recruit"]))
        #expect(!"".containsIgnoringCase(anyOf: ["agency"]))
    }

    @Test("droppingScalars(n) is Substring(unicodeScalars.dropFirst(n)) for every n")
    func dropping() {
        for sample in Self.samples {
            let text = sample[...]
            for count in 0...(sample.unicodeScalars.count + 2) {
                #expect(text.droppingScalars(count) == Substring(text.unicodeScalars.dropFirst(count)), "\(sample) \(count)")
            }
        }
    }

    /// The label search as it was before values were screened on their first bytes.
    static func stripLabelReference(_ text: String) -> String {
        guard let first = text.utf8.first, first >= 0x80 || "emptcEMPTC".utf8.contains(first) else { return text }
        let lower = text.lowercased()
        for label in InterviewerReader.labels where lower.hasPrefix(label) {
            return String(text.dropFirst(label.count)).trimmingWhitespace()
        }
        return text
    }

    @Test("contact labels are stripped exactly as before the quick screen", arguments: [
        "email: jane@example.com", "EMAIL:jane@example.com", "e-mail: x@y.z", "E-Mail: x@y.z", "mail: a@b.c",
        "phone: +1 555 0101", "Phone:+1", "tel: 555", "Tel. 555 0101", "tel.555", "mobile: 07700", "cell: 555",
        "☎ +1 555", "📞 555", "📧 a@b.c", "✉️ a@b.c", "✉ a@b.c", "Engineering Manager", "e", "em", "t", "tel",
        "telephone 555", "Chief of Staff", "cell", "mailbox", "pm: Jane", "cto", "eleanor.smith@example.com",
        "t.e.l.: x", "Tel.", "c:", "",
    ])
    func labels(_ value: String) {
        #expect(InterviewerReader.stripLabel(value) == Self.stripLabelReference(value))
    }

    @Test("isCleanUTF8 says what the standard library's validation says (and rejects NUL), on edge sequences and random bytes")
    func validation() {
        func reference(_ bytes: [UInt8]) -> Bool {
            String(validating: bytes, as: UTF8.self) != nil && !bytes.contains(0)
        }
        var cases: [[UInt8]] = [[], [0], [0x41, 0], Array("plain ASCII longer than eight".utf8), Array("Zoë — 日本 👩‍👩‍👧".utf8),
                                [0xC0, 0x80], [0xC1, 0xBF], [0xC2, 0x80], [0xDF, 0xBF], [0xE0, 0x9F, 0xBF], [0xE0, 0xA0, 0x80],
                                [0xED, 0x9F, 0xBF], [0xED, 0xA0, 0x80], [0xEF, 0xBF, 0xBF], [0xF0, 0x8F, 0xBF, 0xBF],
                                [0xF0, 0x90, 0x80, 0x80], [0xF4, 0x8F, 0xBF, 0xBF], [0xF4, 0x90, 0x80, 0x80], [0xF5, 0x80, 0x80, 0x80],
                                [0xFF], [0x80], [0xE2, 0x80], [0x41, 0x42, 0x43, 0x44, 0x45, 0x46, 0x47, 0xE2, 0x80, 0x94]]
        // Random bytes, mostly ASCII with a few of every kind of lead and continuation byte.
        var generator = SystemRandomNumberGenerator()
        let pieces: [UInt8] = [0x00, 0x41, 0x20, 0x7F, 0x80, 0x9F, 0xA0, 0xBF, 0xC0, 0xC2, 0xDF, 0xE0, 0xE2, 0xED, 0xEF, 0xF0, 0xF4, 0xF5, 0xFF]
        for _ in 0..<3000 {
            let count = Int.random(in: 0...40, using: &generator)
            cases.append((0..<count).map { _ in
                Bool.random(using: &generator) ? UInt8.random(in: 0x20...0x7E, using: &generator) : pieces.randomElement(using: &generator)!
            })
        }
        // Long ASCII runs (read 32 and 8 bytes a step) with one NUL, stray byte or valid sequence
        // at every place, including either side of each step's edge, and 0x01 and 0x7F around it.
        for length in [40, 72] {
            for place in 0..<length {
                for inserted: [UInt8] in [[0x00], [0x80], [0xFF], [0xC2], [0xE2, 0x80, 0x94], [0x01], [0x7F]] {
                    var bytes = (0..<length).map { UInt8(0x21 + $0 % 90) }
                    bytes.replaceSubrange(place..<min(place + inserted.count, length), with: inserted)
                    cases.append(bytes)
                }
            }
        }
        for bytes in cases {
            let found = bytes.withUnsafeBufferPointer { SourceText.isCleanUTF8($0) }
            #expect(found == reference(bytes), "\(bytes)")
        }
        // Both answers occur, so the comparison can fail either way.
        #expect(cases.contains { reference($0) } && cases.contains { !reference($0) })
    }

    @Test("trimmingWhitespace, wordsBetweenSpaces and scalars(from:to:) agree with the Character and scalar versions")
    func trimmingAndSplitting() {
        let extra = ["\u{00A0}nbsp\u{00A0}", "\u{3000}全角\u{3000}", " a \u{0301}b ", "  ", "\u{2028}x\u{2029}", " Zoë  Ødegård ",
                     "Acme  Robotics", "a \u{0301}", "\u{0600}| x |"]
        for sample in Self.samples + extra {
            let scalars = sample.unicodeScalars
            var start = scalars.startIndex
            var end = scalars.endIndex
            while start < end, scalars[start].isSpace { start = scalars.index(after: start) }
            while end > start, scalars[scalars.index(before: end)].isSpace { end = scalars.index(before: end) }
            #expect(sample.trimmingWhitespace() == String(scalars[start..<end]), "\(sample)")
            #expect(sample.wordsBetweenSpaces() == sample.split(separator: " "), "\(sample)")
            let count = scalars.count
            for from in 0...count {
                for to in from...count {
                    let expected = String(String.UnicodeScalarView(Array(scalars)[from..<to]))
                    #expect(sample.scalars(from: from, to: to) == expected, "\(sample) \(from) \(to)")
                }
            }
        }
    }

    /// The card answer as it was read before values were screened on their first byte.
    static func cardAnswerReference(_ text: String) -> Bool? {
        var value = Markup.plain(text).lowercased()
        for label in InterviewerReader.cardLabels where value.hasPrefix(label) && value != label {
            value = String(value.dropFirst(label.count)).trimmingWhitespace()
        }
        switch value {
        case "yes", "y", "✓", "✔", "✔️", "✅", "x", "[x]", "true", "got it", "collected": return true
        case "no", "n", "✗", "✘", "❌", "-", "[ ]", "false", "missing", "none": return false
        default: return nil
        }
    }

    @Test("card answers are read exactly as before the quick screen", arguments: [
        "yes", "Yes", "YES", "y", "x", "X", "[x]", "[X]", "[ ]", "true", "True", "got it", "Got it", "collected", "no", "No",
        "n", "-", "false", "missing", "none", "None", "✓", "✔", "✔️", "✅", "✗", "✘", "❌", "card: yes", "Card: no",
        "business card: yes", "Business Card: collected", "card", "Card", "Director", "Designer", "Recruiter", "Team Lead",
        "VP Product", "Staff Engineer", "**yes**", "`no`", "{x}", "maybe", "Ýes", "", " yes ", "fax", "missing card",
    ])
    func cardAnswers(_ value: String) {
        #expect(InterviewerReader.cardAnswer(value) == Self.cardAnswerReference(value))
    }

    @Test("the general punctuation shortcut agrees with the Unicode properties for every scalar it covers")
    func generalPunctuation() {
        for value in UInt32(0x2000)...UInt32(0x206F) {
            guard let scalar = Unicode.Scalar(value) else { continue }
            #expect(scalar.isSpace == scalar.properties.isWhitespace, "U+\(String(value, radix: 16))")
            #expect(scalar.isLetter == scalar.properties.isAlphabetic, "U+\(String(value, radix: 16))")
        }
    }

    @Test("the module's [String].joined(separator:) gives what the library's gives")
    func joinedAsTheLibrary() {
        let lists: [[String]] = [[], [""], ["Jane"], ["Jane", "Zoë", ""], ["a", "b", "c", "d", "e"], ["", ""]]
        for list in lists {
            for separator in ["", ", ", " and ", "—"] {
                // An ArraySlice takes the library's generic joined.
                #expect(list.joined(separator: separator) == list[...].joined(separator: separator), "\(list) \(separator)")
            }
        }
    }
}

/// The status reader's skip-ahead gate must find exactly what a plain search for its stems finds:
/// a stem it skipped over would leave an ending unread.
@Suite("The gate for words that end the process")
struct EndingGateTests {
    static func plainSearch(_ text: String) -> Bool {
        let bytes = Array(text.utf8).map { $0 | 0x20 }
        return StatusReader.endingStems.contains { stem in
            let letters = Array(UnsafeBufferPointer(start: stem.utf8Start, count: stem.utf8CodeUnitCount))
            return bytes.count >= letters.count
                && (0...(bytes.count - letters.count)).contains { Array(bytes[$0..<($0 + letters.count)]) == letters }
        }
    }

    @Test("every stem, in any case, at the start, middle and end of a text, and mid-word")
    func everyStem() {
        for stem in StatusReader.endingStems {
            let word = String(decoding: UnsafeBufferPointer(start: stem.utf8Start, count: stem.utf8CodeUnitCount), as: UTF8.self)
            for text in [word, word.uppercased(), "x\(word)", "We heard: \(word.capitalized).", "ab un\(word)ly later", "é\(word)"] {
                #expect(StatusReader.mayStateEnding(text), "\(text)")
            }
            #expect(!StatusReader.mayStateEnding(String(word.dropLast())), "\(word)")
        }
    }

    @Test("agrees with a plain search on texts made of stem pieces and common words")
    func agreesWithPlainSearch() {
        var generator = SystemRandomNumberGenerator()
        let pieces = StatusReader.endingStems.flatMap { stem -> [String] in
            let word = String(decoding: UnsafeBufferPointer(start: stem.utf8Start, count: stem.utf8CodeUnitCount), as: UTF8.self)
            return [String(word.prefix(3)), String(word.dropFirst(2)), String(word.dropLast(1))]
        } + ["the", "er", "le", " ", "Offe", "st", "ce", "Zoë", "—", "\n", "of", "fer", "reje", "ct", "li", "di"]
        var found = 0
        for _ in 0..<4_000 {
            let text = (0..<Int.random(in: 0...12, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
            let expected = Self.plainSearch(text)
            if expected { found += 1 }
            #expect(StatusReader.mayStateEnding(text) == expected, "\(text)")
        }
        // Both outcomes must occur often, or the comparison says little.
        #expect(found > 200 && found < 3_800)
    }
}
