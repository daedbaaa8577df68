/// A fixed set of lowercased words, for the readers' look-ups of every word of a note.
///
/// `Set<String>` hashes with seeded SipHash; these tables hash a word's packed bytes (`Word`),
/// several times cheaper for the short words notes are made of, and give the answer
/// `Set<String>` gives: ASCII strings are equal exactly when their bytes are, and a key outside
/// ASCII is compared as a string (canonical equivalence: a decomposed "é" equals a composed one).
struct WordMap<Value> {
    private var values: [Value] = []
    /// Open addressing over the keys that pack (nearly all): each slot holds a key's packed bytes
    /// and its index in `values`, or -1. A `String` that packs is looked up here too, so building
    /// a table hashes and compares no strings: the tables are built at the start of every run.
    private var packedSlots: [(word: Word, index: Int)]
    private let packedMask: Int
    /// The keys that do not pack (outside ASCII, or longer than 16 bytes), each with its index in
    /// `values`: hashed as strings, since a long heading ("Acme Robotics — Support Engineer") is
    /// looked up in the section table of every note.
    private var unpackedKeys: [String: Int] = [:]
    var hasUnpackedKeys: Bool { !unpackedKeys.isEmpty }

    init(_ pairs: [(String, Value)]) {
        var size = 8
        while size < pairs.count * 2 { size *= 2 }
        packedSlots = Array(filledWith: (.none, -1), count: size)
        packedMask = size - 1
        // Later pairs win.
        for (key, value) in pairs {
            guard let word = Self.packed(key) else {
                if let found = unpackedKeys[key] {
                    values[found] = value
                } else {
                    unpackedKeys[key] = values.count
                    values.append(value)
                }
                continue
            }
            insert(word, value)
        }
    }

    /// A packed key's slot, found by open addressing; a key already there takes the new value.
    private mutating func insert(_ word: Word, _ value: Value) {
        var slot = Self.hash(word) & packedMask
        while packedSlots[slot].index >= 0, packedSlots[slot].word != word { slot = (slot + 1) & packedMask }
        if packedSlots[slot].index >= 0 {
            values[packedSlots[slot].index] = value
        } else {
            packedSlots[slot] = (word, values.count)
            values.append(value)
        }
    }

    /// The table `init(_:)` builds of these keys' strings, for keys that are all packed already
    /// (see `WordSet.init(wordsOf:)`): no strings made or hashed.
    init(packedKeys keys: [Word], value: Value) {
        var size = 8
        while size < keys.count * 2 { size *= 2 }
        packedSlots = Array(filledWith: (.none, -1), count: size)
        packedMask = size - 1
        for word in keys { insert(word, value) }
    }

    /// `text` packed, when it packs and its packed bytes give it back (a trailing NUL would not).
    @inline(__always) private static func packed(_ text: String) -> Word? {
        let word = Word(text)
        return word.isPacked && word.count == text.utf8.count ? word : nil
    }

    @inline(__always) private static func hash(_ word: Word) -> Int {
        let mixed = (word.low ^ (word.high &* 0x9E37_79B9_7F4A_7C15)) &* 0x9E37_79B9_7F4A_7C15
        return Int(truncatingIfNeeded: mixed >> 40)
    }

    /// The value for a packed word, nil for any other. A table with keys that do not pack (a
    /// company's name) is looked up with `value(for:spelling:)`, which can match those too.
    subscript(word: Word) -> Value? {
        assert(word.isPacked || !hasUnpackedKeys, "an unpacked word needs its spelling for this table")
        guard word.isPacked else { return nil }
        var slot = Self.hash(word) & packedMask
        while true {
            let (key, index) = packedSlots[slot]
            if index < 0 { return nil }
            if key == word { return values[index] }
            slot = (slot + 1) & packedMask
        }
    }

    /// The value for any word: an unpacked one is spelled out (`spelling`) and compared as a string.
    func value(for word: Word, spelling: () -> String?) -> Value? {
        if word.isPacked || !hasUnpackedKeys { return self[word] }
        guard word == .unpacked, let spelled = spelling() else { return nil }
        return self[spelled]
    }

    init(_ dictionary: [String: Value]) {
        self.init(dictionary.map { ($0.key, $0.value) })
    }

    /// A string that packs equals, as a `String`, exactly the keys with its bytes (see `Word`); one
    /// that does not can only equal a key that does not either.
    subscript(word: String) -> Value? {
        if let packed = Self.packed(word) { return self[packed] }
        return unpackedKeys[word].map { values[$0] }
    }
}

extension WordMap: Sendable where Value: Sendable {}

struct WordSet: ExpressibleByArrayLiteral {
    private let map: WordMap<Void>

    init<S: Sequence>(_ words: S) where S.Element == String {
        map = WordMap(words.map { ($0, ()) })
    }

    init(arrayLiteral words: String...) {
        self.init(words)
    }

    /// The words of `name` between spaces, lowercased: what `WordSet(name.quickLowercased()
    /// .wordsBetweenSpaces().map(String.init))` holds. A name in ASCII (a company's, read once a
    /// note) has its words packed from its bytes, with no lowercased copy and no word strings.
    init(wordsOf name: String) {
        var copy = name
        let packed: [Word]? = copy.withUTF8 { bytes in
            var words: [Word] = []
            var low: UInt64 = 0, high: UInt64 = 0, count = 0
            for byte in bytes {
                // NUL and bytes outside ASCII take the general way (a NUL would not pack back).
                guard byte != 0, byte < 0x80 else { return nil }
                if byte == 0x20 {
                    if count > 0 { words.append(Word(packedLow: low, high: high)) }
                    (low, high, count) = (0, 0, 0)
                    continue
                }
                guard count < 16 else { return nil }
                let lowered = UInt64(byte &- 0x41 < 26 ? byte | 0x20 : byte)
                if count < 8 { low |= lowered << (8 * UInt64(count)) } else { high |= lowered << (8 * UInt64(count - 8)) }
                count += 1
            }
            if count > 0 { words.append(Word(packedLow: low, high: high)) }
            return words
        }
        if let packed {
            map = WordMap(packedKeys: packed, value: ())
        } else {
            map = WordSet(name.quickLowercased().wordsBetweenSpaces().map(String.init)).map
        }
    }

    func contains(_ word: String) -> Bool {
        map[word] != nil
    }

    func contains(_ word: Word) -> Bool {
        map[word] != nil
    }

    /// `contains` for a table that may hold words that do not pack (see `WordMap.value(for:spelling:)`).
    func contains(_ word: Word, spelling: () -> String?) -> Bool {
        map.value(for: word, spelling: spelling) != nil
    }
}

/// Phrases of a few words ("talked about", "check in"), found in a text's words. Only phrases
/// whose first word is the word at hand are compared, not every phrase at every word.
struct PhraseList {
    private let phrases: [[Word]]
    private let byFirstWord: WordMap<[Int]>

    init(_ phrases: [[String]]) {
        self.phrases = phrases.map { phrase in phrase.map { Word($0) } }
        assert(self.phrases.allSatisfy { $0.allSatisfy(\.isPacked) }, "phrases are made of words that pack")
        var groups: [(String, [Int])] = []
        for (index, phrase) in phrases.enumerated() {
            if let group = groups.firstIndex(where: { $0.0 == phrase[0] }) {
                groups[group].1.append(index)
            } else {
                groups.append((phrase[0], [index]))
            }
        }
        byFirstWord = WordMap(groups)
    }

    /// Whether any phrase occurs in the words of `tokens`, word for word (a mark or a number
    /// between two words breaks a phrase).
    func occurs(in tokens: [Token]) -> Bool {
        for start in tokens.indices {
            guard case .word(let first) = tokens[start].kind, let candidates = byFirstWord[first] else { continue }
            candidates: for index in candidates {
                let phrase = phrases[index]
                guard start + phrase.count <= tokens.count else { continue }
                for offset in 1..<phrase.count where tokens[start + offset].word != phrase[offset] { continue candidates }
                return true
            }
        }
        return false
    }
}

extension Array {
    /// `Array(repeating:count:)` for the readers' small per-note tables: that initializer looks
    /// the array's type up at run time for element types such as `SourceRange?` or tuples;
    /// appending to reserved room does not.
    init(filledWith value: Element, count: Int) {
        self.init()
        reserveCapacity(count)
        for _ in 0..<count { append(value) }
    }
}
