/// Which language a note's prose is in, told by its short function words ("and", "und", "et",
/// "y"). The reader understands English best; a note in another language has facts it may not
/// see, so findings that something is missing are only infos there.
public enum ProseLanguage: String, Sendable {
    case german = "German", spanish = "Spanish", french = "French", dutch = "Dutch"

    /// Function words no other of these languages writes the same way (so "de", "la", "en" are
    /// left out); at most four ASCII letters, packed into an integer for the comparison.
    private static let english = packed(["the", "and", "with", "was", "she", "they", "that", "her", "him", "but",
                                         "for", "my", "we", "to", "of", "it", "is", "at", "on", "have", "had", "from"])
    private static let others: [(ProseLanguage, Set<UInt32>)] = [
        (.german, packed(["und", "der", "die", "das", "mit", "ich", "ist", "ein", "eine", "sie", "wir", "auf", "zu",
                          "dem", "den", "von", "hat", "war", "sich", "auch", "nach", "bis", "noch"])),
        (.spanish, packed(["y", "el", "los", "las", "con", "que", "por", "una", "del", "para", "muy", "pero", "mi", "al",
                           "lo", "su"])),
        (.french, packed(["et", "le", "les", "avec", "je", "des", "du", "une", "pour", "est", "pas", "il", "elle", "mon",
                          "sur", "qui", "au", "aux", "mes"])),
        (.dutch, packed(["een", "het", "ik", "zij", "wij", "niet", "ook", "naar", "voor", "dat", "bij", "uit"])),
    ]

    /// The note's language when it is plainly not English: at least six function words of one
    /// other language and fewer than half as many English ones. Nil for English and for too little text.
    public static func of(_ bytes: [UInt8]) -> ProseLanguage? {
        var counts = [Int](repeating: 0, count: others.count)
        var englishCount = 0
        var word: UInt32 = 0, length = 0, clean = true
        func finish() {
            defer { word = 0; length = 0; clean = true }
            guard clean, length > 0, length <= 4 else { return }
            if english.contains(word) { englishCount += 1; return }
            for (index, other) in others.enumerated() where other.1.contains(word) { counts[index] += 1 }
        }
        for byte in bytes {
            let lower = byte | 0x20
            if lower &- 0x61 < 26 {
                if length < 4 { word = word << 8 | UInt32(lower) }
                length += 1
            } else if byte >= 0x80 || byte == UInt8(ascii: "'") {
                // Part of a word outside ASCII ("für", "año"), or "don't": not a function word here.
                clean = false
            } else {
                finish()
            }
        }
        finish()
        guard let best = counts.indices.max(by: { counts[$0] < counts[$1] }), counts[best] >= 6,
              englishCount * 2 < counts[best] else { return nil }
        return others[best].0
    }

    private static func packed(_ words: [String]) -> Set<UInt32> {
        Set(words.map { $0.utf8.reduce(UInt32(0)) { $0 << 8 | UInt32($1) } })
    }
}
