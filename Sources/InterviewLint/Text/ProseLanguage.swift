/// Which language a note's prose is in, told by its short function words ("and", "und", "et",
/// "y"). The reader understands English best; a note in another language has facts it may not
/// see, so findings that something is missing are only infos there.
public enum ProseLanguage: String, Sendable {
    case german = "German", spanish = "Spanish", french = "French", dutch = "Dutch", polish = "Polish", italian = "Italian"
    /// Plainly no English, nor one of the languages above (Swedish, Portuguese, Czech…).
    case other = "a language other than English"

    /// Function words no other of these languages writes the same way (so "de", "la", "en" are
    /// left out); at most four ASCII letters, packed into an integer. The language is an index
    /// into `others`, or -1 for English.
    private static let others: [ProseLanguage] = [.german, .spanish, .french, .dutch, .polish, .italian]
    private static let lists: [(Int, [String])] = [
        (-1, ["the", "and", "with", "was", "she", "they", "that", "her", "him", "but", "for", "my", "we", "to", "of",
              "it", "is", "at", "on", "have", "had", "from"]),
        (0, ["und", "der", "die", "das", "mit", "ich", "ist", "ein", "eine", "sie", "wir", "auf", "zu", "dem", "den",
             "von", "hat", "war", "sich", "auch", "nach", "bis", "noch"]),
        (1, ["y", "el", "los", "las", "con", "que", "por", "una", "del", "para", "muy", "pero", "mi", "al", "lo", "su"]),
        (2, ["et", "le", "les", "avec", "je", "des", "du", "une", "pour", "est", "pas", "il", "elle", "mon", "sur",
             "qui", "au", "aux", "mes"]),
        (3, ["een", "het", "ik", "zij", "wij", "niet", "ook", "naar", "voor", "dat", "bij", "uit"]),
        (4, ["nie", "jest", "na", "ale", "mnie", "oraz", "tak", "czy", "jak", "od", "za", "przy", "mam", "ma", "bo",
             "pani", "jej", "dla", "tej", "z", "w"]),
        // Italian ("il", "mi", "ma" are in the lists above).
        (5, ["che", "di", "per", "non", "sono", "ho", "gli", "nel", "alla", "dei", "mio", "miei", "sul", "dal", "io",
             "lui", "lei", "poi", "ci"]),
    ]
    /// The words by hash, open addressing in a table of 256 (under a hundred words): a word is
    /// found in a probe or two, where a binary search took seven.
    private static let slots: [(word: UInt32, language: Int8)] = {
        var slots = [(word: UInt32, language: Int8)](repeating: (0, 0), count: 256)
        for (language, words) in lists {
            for word in words {
                var slot = hash(packed(word))
                while slots[slot].word != 0 { slot = (slot + 1) & 255 }
                slots[slot] = (packed(word), Int8(language))
            }
        }
        return slots
    }()

    @inline(__always) private static func hash(_ word: UInt32) -> Int {
        Int(truncatingIfNeeded: (word &* 0x9E37_79B1) >> 24)
    }

    /// The note's language when it is plainly not English: at least five function words of one
    /// other language and fewer than half as many English ones, in its first 1 KB; `other` for a
    /// hundred words with at most two English ones and eight with letters outside ASCII. Nil for
    /// English and for too little text.
    public static func of(_ bytes: [UInt8]) -> ProseLanguage? {
        var counts: (Int, Int, Int, Int, Int, Int) = (0, 0, 0, 0, 0, 0)
        var englishCount = 0, wordCount = 0, accentedCount = 0
        let slots = Self.slots
        return bytes.withUnsafeBufferPointer { bytes in
            var word: UInt32 = 0, length = 0, clean = true, accented = false
            let end = min(bytes.count, 1024)
            var index = 0
            while index <= end {
                // One past the end reads as a space, which finishes the last word.
                let byte = index < end ? bytes[index] : 0x20
                index += 1
                let lower = byte | 0x20
                if lower &- 0x61 < 26 {
                    if length < 4 { word = word << 8 | UInt32(lower) }
                    length += 1
                    continue
                }
                if byte >= 0x80 || byte == UInt8(ascii: "'") {
                    // Part of a word outside ASCII ("für", "año"), or "don't": not a function word here.
                    clean = false
                    if byte >= 0x80 { accented = true }
                    continue
                }
                defer { word = 0; length = 0; clean = true; accented = false }
                if length > 0 { wordCount += 1 }
                if length > 0, accented { accentedCount += 1 }
                guard clean, length > 0, length <= 4 else { continue }
                var slot = hash(word)
                while slots[slot].word != 0, slots[slot].word != word { slot = (slot + 1) & 255 }
                guard slots[slot].word == word else { continue }
                switch slots[slot].language {
                case 0: counts.0 += 1
                case 1: counts.1 += 1
                case 2: counts.2 += 1
                case 3: counts.3 += 1
                case 4: counts.4 += 1
                case 5: counts.5 += 1
                default:
                    englishCount += 1
                    // Plainly English: no need to read on.
                    if englishCount >= 8 { return nil }
                }
            }
            let all = [counts.0, counts.1, counts.2, counts.3, counts.4, counts.5]
            guard let best = all.indices.max(by: { all[$0] < all[$1] }), all[best] >= 5,
                  englishCount * 2 < all[best] else {
                // A hundred words, hardly an English "the", "and" or "to" among them, and words with letters
                // outside ASCII ("förvaltare", "não"): some other language. (Front matter and lists of names
                // have few function words too, but rarely so many accented words.)
                return wordCount >= 100 && englishCount <= 2 && accentedCount >= 8 ? .other : nil
            }
            return others[best]
        }
    }

    private static func packed(_ word: String) -> UInt32 {
        word.utf8.reduce(UInt32(0)) { $0 << 8 | UInt32($1) }
    }
}
