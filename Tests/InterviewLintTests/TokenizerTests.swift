import Testing
@testable import InterviewLint

/// The tokenizer reads UTF-8 bytes but counts offsets and lengths in Unicode scalars, which is
/// what the readers use to point at columns. These cases put multi-byte characters before and
/// inside tokens, where a byte count and a scalar count differ.
@Suite("Tokenizer")
struct TokenizerTests {
    /// "kind@offset+length" for each token, kinds written compactly.
    static func describe(_ text: String) -> [String] {
        Tokenizer.tokens(text).map { token in
            let kind: String
            switch token.kind {
            case .word(let word):
                // A word outside ASCII does not pack; it is spelled out from the text.
                kind = "w:\(Tokenizer.spelling(of: token, in: text) ?? "?")\(word.isPacked ? "" : "*")"
            case .number(let value, let ordinal, let digits): kind = "n:\(value)\(ordinal ? "o" : "")/\(digits)"
            case .isoDate(let date):
                // What was written, from the token's offset and length.
                let written = text.scalars(from: token.offset, to: token.offset + token.length)
                kind = "d:\(date.map { "\($0)" } ?? "nil")|\(written)"
            case .slashDate(let first, let second, let year): kind = "s:\(first)/\(second)/\(year.map(String.init) ?? "-")"
            case .dotDate(let first, let second, let year): kind = "o:\(first).\(second).\(year)"
            case .time(let minutes): kind = "t:\(minutes)"
            case .punctuation(let mark): kind = "p:\(mark)"
            }
            return "\(kind)@\(token.offset)+\(token.length)"
        }
    }

    @Test("words: lowercased, with inner apostrophes (’ written '), accents kept, offsets in scalars")
    func words() {
        #expect(Self.describe("Zoë’s ÉCOLE don't") == ["w:zoë's*@0+5", "w:école*@6+5", "w:don't@12+5"])
        #expect(Self.describe("—Jane’ Doe") == ["p:—@0+1", "w:jane@1+4", "p:’@5+1", "w:doe@7+3"])
        #expect(Self.describe("x2y 🎉 ok") == ["w:x2y@0+3", "p:🎉@4+1", "w:ok@6+2"])
    }

    @Test("a combining accent, a zero-width joiner or a soft hyphen stays inside its word")
    func marksInsideWords() {
        // José as e + U+0301: one word of five scalars, not "Jose" and a stray mark.
        #expect(Self.describe("Jose\u{301} Garci\u{301}a") == ["w:jose\u{301}*@0+5", "w:garci\u{301}a*@6+7"])
        #expect(Self.describe("Jo\u{AD}sé Gar\u{200D}cía").count == 2)
        // A mark with no letter before it starts no word: it stays a mark of its own.
        #expect(Self.describe("\u{301} a") == ["p:\u{301}@0+1", "w:a@2+1"])
    }

    @Test("numbers, ordinals and dates after multi-byte characters")
    func numbers() {
        #expect(Self.describe("é 2nd 3rdé 4th.") == ["w:é*@0+1", "n:2o/1@2+3", "n:3/1@6+1", "w:rdé*@7+3", "n:4o/1@11+3", "p:.@14+1"])
        #expect(Self.describe("— 2026-11-16, 2026-02-30 12/5/26 2026/12/05")
            == ["p:—@0+1", "d:2026-11-16|2026-11-16@2+10", "p:,@12+1", "d:nil|2026-02-30@14+10",
                "s:12/5/2026@25+7", "d:2026-12-05|2026/12/05@33+10"])
    }

    @Test("the date grammars: all three parts where a grammar needs them, and a part too long or a fourth part undoes the date")
    func dateGrammars() {
        #expect(Self.describe("2026-11-16T17:30") == ["d:2026-11-16|2026-11-16@0+10", "t:1050@11+5"])
        #expect(Self.describe("2026-11") == ["n:2026/4@0+4", "p:-@4+1", "n:11/2@5+2"])
        #expect(Self.describe("2026-111-16") == ["n:2026/4@0+4", "p:-@4+1", "n:111/3@5+3", "p:-@8+1", "n:16/2@9+2"])
        #expect(Self.describe("16-11-2026 2-3 weeks") == ["s:16/11/2026@0+10", "n:2/1@11+1", "p:-@12+1", "n:3/1@13+1", "w:weeks@15+5"])
        #expect(Self.describe("16-11-2026-1") == ["n:16/2@0+2", "p:-@2+1", "n:11/2@3+2", "p:-@5+1", "n:2026/4@6+4", "p:-@10+1", "n:1/1@11+1"])
        #expect(Self.describe("12/5 2026/11/16 123/4") == ["s:12/5/-@0+4", "d:2026-11-16|2026/11/16@5+10", "n:123/3@16+3", "p:/@19+1", "n:4/1@20+1"])
        #expect(Self.describe("27.11.2026 2026.11.28") == ["o:27.11.2026@0+10", "d:2026-11-28|2026.11.28@11+10"])
        #expect(Self.describe("1.2.2026.4").first == "n:1/1@0+1")
    }

    @Test("times: 17:30, seconds, 5.30 only before am or pm, meridiems merged")
    func times() {
        #expect(Self.describe("é 17:30:45 x") == ["w:é*@0+1", "t:1050@2+8", "w:x@11+1"])
        #expect(Self.describe("17:30:4") == ["t:1050@0+5", "p::@5+1", "n:4/1@6+1"])
        #expect(Self.describe("5.30 pm") == ["t:1050@0+7"])
        #expect(Self.describe("5.30 then") == ["n:5/1@0+1", "p:.@1+1", "n:30/2@2+2", "w:then@5+4"])
        #expect(Self.describe("9 a.m. call") == ["t:540@0+6", "w:call@7+4"])
    }

    @Test("the shortcut for plain ASCII words gives the tokens the general way gives, on texts built to stress where a word ends")
    func shortcut() {
        // Pieces that end words or carry them on: apostrophes (' and ’), letters outside ASCII
        // and a KELVIN SIGN, digits, meridiems after numbers and times, marks, tabs, long words.
        let pieces = ["Jane", "don", "'", "’", "t", "é", "Zoë", "\u{212A}", "am", "pm", "a", "p", ".m.", "9", "17:30",
                      "2026-11-16", " ", " ", "  ", "\t", ",", "—", "-", "x2y", "ABC", "q3", "Recapitulationsxyz",
                      "supercalifragilistic", "12/5", "1st", "\n", "(", "[[", "]]", ":", "’s", "O'Brien"]
        var generator = SeededGenerator(seed: 7)
        var texts = ["", "a", "am", "9 am", "9am", "5.30 pm", "it's", "don’t", "Jane's", "abcdefghijklmnop", "abcdefghijklmnopq"]
        for _ in 0..<4_000 {
            let count = Int.random(in: 1...12, using: &generator)
            texts.append((0..<count).map { _ in pieces.randomElement(using: &generator)! }.joined())
        }
        var differing = 0
        for text in texts where Tokenizer.tokens(text) != Tokenizer.tokensWithoutShortcut(text) {
            differing += 1
            if differing <= 5 { Issue.record("tokens differ for \(text.debugDescription)") }
        }
        #expect(differing == 0)
        // The shortcut is taken: most of these texts have plain words.
        #expect(texts.filter { Tokenizer.tokens($0).contains { $0.word?.isPacked == true } }.count > 2_500)
    }
}

/// Words are packed into integers when they are ASCII and at most 16 bytes long (`Word`); these
/// check that a packed word answers as its `String` did, and that a word that does not pack is
/// still read through its spelling where a reader needs it.
@Suite("Words")
struct WordTests {
    static let samples: [String] = {
        var words = ["a", "i", "am", "pm", "they", "recap", "recaps", "recapped", "reiterat", "reiterated",
                     "enthusias", "enthusiastically", "enthusiasticallyy", "don't", "o'brien", "x2y", "2nd",
                     "curriculum", "résumé", "re\u{301}sume\u{301}", "zoë", "zoe\u{308}", "k", "km", "é", "e",
                     "abcdefgh", "abcdefghi", "abcdefghijklmnop", "abcdefghijklmnopq"]
        // Random lowercase words of 1 to 18 bytes, from a small alphabet so that prefixes and
        // equal pairs occur.
        var generator = SeededGenerator(seed: 7)
        for _ in 0..<300 {
            let length = Int.random(in: 1...18, using: &generator)
            words.append(String((0..<length).map { _ in "abe'1".randomElement(using: &generator)! }))
        }
        return words
    }()

    @Test("packed words compare, count and start as their Strings do; only ASCII of up to 16 bytes packs")
    func packedWordsAnswerAsStrings() {
        for a in Self.samples {
            let word = Word(a)
            let packs = a.utf8.count <= 16 && !a.utf8.contains { $0 >= 0x80 }
            #expect(word.isPacked == packs, "\(a)")
            guard packs else {
                #expect(word == .unpacked && word.string == nil, "\(a)")
                continue
            }
            #expect(word.string == a && word.count == a.count && word.firstByte == a.utf8.first, "\(a)")
            for b in Self.samples {
                let other = Word(b)
                // A packed word equals a String only when that String packs to the same word.
                #expect((word == other && other.isPacked) == (a == b), "\(a) == \(b)")
                if other.isPacked {
                    #expect(word.hasPrefix(other) == a.hasPrefix(b), "\(a) hasPrefix \(b)")
                }
            }
        }
        // Literals pack where they are written, to the same words.
        #expect(("recap" as Word) == Word("recap") && ("abcdefghijklmnop" as Word) == Word("abcdefghijklmnop"))
        #expect(("abcdefghijklmnopq" as Word) == .unpacked && ("é" as Word) == .unpacked && ("" as Word) == .none)
    }

    @Test("the tokenizer packs what lowercases to ASCII, and spells out what does not pack")
    func tokenizerWords() {
        let text = "DON’T \u{212A}m Résumé Enthusiastically Recapitulations-Extraordinaire Recapitulationsxyz"
        let tokens = Tokenizer.tokens(text)
        let words = tokens.compactMap { $0.word }
        #expect(words.prefix(2) == ["don't", "km"])
        #expect(words[2] == .unpacked && words[3] == "enthusiastically")
        #expect(tokens.compactMap { Tokenizer.spelling(of: $0, in: text) }
            == ["don't", "km", "résumé", "enthusiastically", "recapitulations", "extraordinaire", "recapitulationsxyz"])
    }

    @Test("tables answer for a word as for its String, spelling out words that do not pack")
    func tables() {
        // The key is written decomposed; the word, composed, equals it as a String.
        let table = WordMap<Int>([("zoe\u{308}", 1), ("acme", 2), ("recapitulationsxyz", 3)])
        #expect(table.hasUnpackedKeys)
        for (text, expected) in [("zoë", 1), ("acme", 2), ("recapitulationsxyz", 3), ("zoe", nil), ("zoëy", nil)] as [(String, Int?)] {
            let tokens = Tokenizer.tokens(text)
            #expect(tokens.count == 1)
            let value = table.value(for: tokens[0].word!, spelling: { Tokenizer.spelling(of: tokens[0], in: text) })
            #expect(value == expected, "\(text)")
            #expect(value == table[text], "\(text)")
        }
        let vocabulary: WordSet = ["they", "thanked"]
        #expect(vocabulary.contains("they" as Word) && !vocabulary.contains("the" as Word) && !vocabulary.contains(Word.unpacked))

        // Tables small and large answer as a dictionary does, for every key, for words that are
        // not keys, and when a later pair repeats a key; keys that pack and keys that do not
        // (outside ASCII, longer than 16 bytes) alike. A string with a trailing NUL is not its key.
        let words = ["acme", "robotics", "søren", "labs", "inc", "north", "star", "recapitulationsxyz", "group"]
        let cases = (0...words.count).flatMap { count in [(count, false), (count, true)] }.filter { $0.0 > 0 || !$0.1 }
        for (count, repeated) in cases {
            var pairs = Array(words.prefix(count).enumerated().map { ($0.element, $0.offset) })
            if repeated { pairs += [(words[0], 99)] + (count > 2 ? [(words[2], 98)] : []) }
            let table = WordMap<Int>(pairs)
            let reference = Dictionary(pairs, uniquingKeysWith: { $1 })
            for word in words + ["acm", "acmes", "the", "acme\u{0}", "søre"] {
                if Word(word).isPacked, Word(word).count == word.utf8.count {
                    #expect(table[Word(word)] == reference[word], "\(count) keys: \(word)")
                }
                #expect(table[word] == reference[word], "\(count) keys: \(word) as a string")
            }
            if !table.hasUnpackedKeys { #expect(table[Word.unpacked] == nil && table[Word.none] == nil) }
        }
    }

    @Test("a company name outside ASCII is not read as a person; résumé counts for the resume")
    func unpackedWordsInNotes() {
        let note = read("""
            ---
            company: Zoë Labs
            date: 2026-11-16 10:00
            ---
            # Zoë Labs

            ## Interviewers
            - Jane Doe — Manager

            ## Before leaving
            - [x] Left my résumé

            ## Follow-up log
            - 2026-11-17 09:00 — Called Zoë reception about Jane
            """)
        #expect(note.beforeLeaving.resume?.value == true)
        #expect(note.log.first?.people.map(\.written.value) == ["Jane"])
    }
}
