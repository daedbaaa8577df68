/// A fixed set of lowercased words, for the readers' look-ups of every word of a note.
///
/// `Set<String>` hashes with seeded SipHash; these tables are built once and hash the word's few bytes with FNV-1a, several times cheaper
/// for the short words notes are made of. Strings compare by canonical equivalence (a decomposed
/// "é" equals a composed one) while bytes do not: when the table holds a key outside ASCII, a
/// word outside ASCII that misses is compared with every key as a string, so that the answer is
/// the one `Set<String>` gives. (A word outside ASCII never equals an ASCII key as a string; the
/// one exception, U+212A KELVIN SIGN for "K", is an uppercase letter, and every key and every word
/// looked up here is lowercased.) Tables of four keys or fewer are searched one key at a time.
/// A `Word` (a token's word) is looked up by its packed bytes in a table of its own.
struct WordMap<Value> {
    private var keys: [String] = []
    private var values: [Value] = []
    /// Open addressing: each slot holds a key's hash and its index in `keys`, or -1.
    private var slots: [(hash: UInt32, index: Int)]
    private let mask: Int
    private var hasNonASCIIKeys = false
    /// For look-ups of a `Word`: the keys that pack, by their packed bytes, as `slots` are;
    /// and whether any key does not pack (such a key can only equal an unpacked word).
    private var packedSlots: [(word: Word, index: Int)] = []
    private var packedMask = 0
    private(set) var hasUnpackedKeys = false

    init(_ pairs: [(String, Value)]) {
        if pairs.count <= 4 {
            // Later pairs win, as below.
            for (key, value) in pairs {
                if let index = keys.firstIndex(of: key) { values[index] = value } else { keys.append(key); values.append(value) }
            }
            slots = []
            mask = 0
            packWords()
            return
        }
        var size = 8
        while size < pairs.count * 2 { size *= 2 }
        slots = Array(filledWith: (0, -1), count: size)
        mask = size - 1
        for (key, value) in pairs {
            let hash = Self.hash(key)
            var slot = Int(hash) & mask
            while slots[slot].index >= 0, keys[slots[slot].index] != key { slot = (slot + 1) & mask }
            if slots[slot].index >= 0 {
                values[slots[slot].index] = value
            } else {
                slots[slot] = (hash, keys.count)
                keys.append(key)
                values.append(value)
                if key.utf8.contains(where: { $0 >= 0x80 }) { hasNonASCIIKeys = true }
            }
        }
        packWords()
    }

    private mutating func packWords() {
        var size = 8
        while size < keys.count * 2 { size *= 2 }
        packedSlots = Array(filledWith: (.none, -1), count: size)
        packedMask = size - 1
        for (index, key) in keys.enumerated() {
            let word = Word(key)
            guard word.isPacked else {
                hasUnpackedKeys = true
                continue
            }
            var slot = Self.hash(word) & packedMask
            while packedSlots[slot].index >= 0 { slot = (slot + 1) & packedMask }
            packedSlots[slot] = (word, index)
        }
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

    subscript(word: String) -> Value? {
        // A handful of keys (a company's name): compared one by one, as strings.
        if slots.isEmpty { return keys.firstIndex(of: word).map { values[$0] } }
        let hash = Self.hash(word)
        var slot = Int(hash) & mask
        while true {
            let (slotHash, index) = slots[slot]
            if index < 0 { break }
            if slotHash == hash, keys[index] == word { return values[index] }
            slot = (slot + 1) & mask
        }
        guard hasNonASCIIKeys, word.hasNonASCII, let index = keys.firstIndex(of: word) else { return nil }
        return values[index]
    }

    @inline(__always) static func hash(_ word: String) -> UInt32 {
        func fnv<S: Sequence>(_ bytes: S) -> UInt32 where S.Element == UInt8 {
            var hash: UInt32 = 2_166_136_261
            for byte in bytes { hash = (hash ^ UInt32(byte)) &* 16_777_619 }
            return hash
        }
        return word.utf8.withContiguousStorageIfAvailable { fnv($0) } ?? fnv(word.utf8)
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
