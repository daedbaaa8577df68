/// Which language a note's prose is in, told by its short function words ("and", "und", "et",
/// "y"). The reader understands English best; a note in another language has facts it may not
/// see, so findings that something is missing are only infos there.
public enum ProseLanguage: String, Sendable {
    case german = "German", spanish = "Spanish", french = "French", dutch = "Dutch"

    /// Function words no other of these languages writes the same way (so "de", "la", "en" are
    /// left out); at most four ASCII letters, packed into an integer, sorted for a binary search
    /// (a hashed set cost more than the rest of the count). The language is an index into `others`, or -1 for English.
    private static let others: [ProseLanguage] = [.german, .spanish, .french, .dutch]
    private static let table: [(word: UInt32, language: Int)] = {
        let lists: [(Int, [String])] = [
            (-1, ["the", "and", "with", "was", "she", "they", "that", "her", "him", "but", "for", "my", "we", "to", "of",
                  "it", "is", "at", "on", "have", "had", "from"]),
            (0, ["und", "der", "die", "das", "mit", "ich", "ist", "ein", "eine", "sie", "wir", "auf", "zu", "dem", "den",
                 "von", "hat", "war", "sich", "auch", "nach", "bis", "noch"]),
            (1, ["y", "el", "los", "las", "con", "que", "por", "una", "del", "para", "muy", "pero", "mi", "al", "lo", "su"]),
            (2, ["et", "le", "les", "avec", "je", "des", "du", "une", "pour", "est", "pas", "il", "elle", "mon", "sur",
                 "qui", "au", "aux", "mes"]),
            (3, ["een", "het", "ik", "zij", "wij", "niet", "ook", "naar", "voor", "dat", "bij", "uit"]),
        ]
        return lists.flatMap { language, words in words.map { (packed($0), language) } }.sorted { $0.word < $1.word }
    }()

    /// The note's language when it is plainly not English: at least five function words of one
    /// other language and fewer than half as many English ones, in its first 1 KB. Nil for
    /// English and for too little text.
    public static func of(_ bytes: [UInt8]) -> ProseLanguage? {
        var counts = [Int](repeating: 0, count: others.count)
        var englishCount = 0
        var word: UInt32 = 0, length = 0, clean = true
        let table = Self.table
        func finish() {
            defer { word = 0; length = 0; clean = true }
            guard clean, length > 0, length <= 4 else { return }
            var low = 0, high = table.count
            while low < high {
                let middle = (low + high) / 2
                if table[middle].word < word { low = middle + 1 } else { high = middle }
            }
            guard low < table.count, table[low].word == word else { return }
            if table[low].language < 0 { englishCount += 1 } else { counts[table[low].language] += 1 }
        }
        for byte in bytes.prefix(1024) {
            let lower = byte | 0x20
            if lower &- 0x61 < 26 {
                if length < 4 { word = word << 8 | UInt32(lower) }
                length += 1
            } else if byte >= 0x80 || byte == UInt8(ascii: "'") {
                // Part of a word outside ASCII ("für", "año"), or "don't": not a function word here.
                clean = false
            } else {
                finish()
                // Plainly English: no need to read on.
                if englishCount >= 8 { return nil }
            }
        }
        finish()
        guard let best = counts.indices.max(by: { counts[$0] < counts[$1] }), counts[best] >= 5,
              englishCount * 2 < counts[best] else { return nil }
        return others[best]
    }

    private static func packed(_ word: String) -> UInt32 {
        word.utf8.reduce(UInt32(0)) { $0 << 8 | UInt32($1) }
    }
}
