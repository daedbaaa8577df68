/// A fixed set of lowercased words, for the readers' look-ups of every word of a note.
///
/// `Set<String>` hashes with seeded SipHash, about 250 instructions a look-up in the profile;
/// these tables are built once, hash the word's few bytes with FNV-1a and compare lengths before
/// contents, which is several times cheaper for the short words notes are made of.
struct WordMap<Value> {
    private var keys: [String] = []
    private var values: [Value] = []
    /// Open addressing: each slot holds a key's hash and its index in `keys`, or -1.
    private var slots: [(hash: UInt32, index: Int)]
    private let mask: Int

    init(_ pairs: [(String, Value)]) {
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
            }
        }
    }

    init(_ dictionary: [String: Value]) {
        self.init(dictionary.map { ($0.key, $0.value) })
    }

    subscript(word: String) -> Value? {
        let hash = Self.hash(word)
        var slot = Int(hash) & mask
        while true {
            let (slotHash, index) = slots[slot]
            if index < 0 { return nil }
            if slotHash == hash, keys[index] == word { return values[index] }
            slot = (slot + 1) & mask
        }
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
