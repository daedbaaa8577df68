/// A fixed set of lowercased words, for the readers' look-ups of every word of a note.
///
/// `Set<String>` hashes with seeded SipHash, about 250 instructions a look-up in the profile;
/// these tables are built once and hash the word's few bytes with FNV-1a, several times cheaper
/// for the short words notes are made of. Strings compare by canonical equivalence (a decomposed
/// "é" equals a composed one) while bytes do not: when the table holds a key outside ASCII, a
/// word outside ASCII that misses is compared with every key as a string, so that the answer is
/// the one `Set<String>` gives. (A word outside ASCII never equals an ASCII key as a string; the
/// one exception, U+212A KELVIN SIGN for "K", is an uppercase letter, and every key and every word
/// looked up here is lowercased.) Tables of four keys or fewer are searched one key at a time.
struct WordMap<Value> {
    private var keys: [String] = []
    private var values: [Value] = []
    /// Open addressing: each slot holds a key's hash and its index in `keys`, or -1.
    private var slots: [(hash: UInt32, index: Int)]
    private let mask: Int
    private var hasNonASCIIKeys = false

    init(_ pairs: [(String, Value)]) {
        if pairs.count <= 4 {
            // Later pairs win, as below.
            for (key, value) in pairs {
                if let index = keys.firstIndex(of: key) { values[index] = value } else { keys.append(key); values.append(value) }
            }
            slots = []
            mask = 0
            return
        }
        var size = 8
        while size < pairs.count * 2 { size *= 2 }
        slots = Array(repeating: (0, -1), count: size)
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
}

/// Phrases of a few words ("talked about", "check in"), found in a text's words. Only phrases
/// whose first word is the word at hand are compared: comparing every phrase at every word cost
/// about 2,800 instructions a log entry.
struct PhraseList {
    private let phrases: [[String]]
    private let byFirstWord: WordMap<[Int]>

    init(_ phrases: [[String]]) {
        self.phrases = phrases
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

    /// Whether any phrase occurs in `words`, word for word.
    func occurs(in words: [String]) -> Bool {
        for start in words.indices {
            guard let candidates = byFirstWord[words[start]] else { continue }
            for index in candidates {
                let phrase = phrases[index]
                if start + phrase.count <= words.count, words[start..<(start + phrase.count)].elementsEqual(phrase) { return true }
            }
        }
        return false
    }
}
