import Glibc

/// A word of a note as the readers compare it: lowercased, with ’ written '.
///
/// Nearly every word of a note is ASCII and at most 16 bytes long; such a word is held packed,
/// its bytes in two integers (the first byte lowest, unused bytes zero), so that a token holds no
/// reference, copying and dropping tokens costs no reference counting, and comparing two words is
/// comparing two integers. Every word the readers look for (in `WordMap`s, `WordSet`s, phrases and
/// literals) packs. A word that does not (letters outside ASCII, or longer than 16 bytes) is
/// `unpacked`: it is never equal to a packed word, and a reader that must know it spells it out
/// from the text with `Tokenizer.spelling(of:in:)`.
///
/// Why that is exact: two words that pack are equal as `String`s exactly when their bytes are
/// (ASCII compares byte for byte). A word outside ASCII is never equal, as a `String`, to one in
/// ASCII: the only characters canonically equivalent to ASCII ones are U+212A KELVIN SIGN (an
/// uppercase letter, and words are lowercased), U+037E and U+1FEF (marks, never part of a word).
/// A word longer than 16 bytes is never equal to one of at most 16.
struct Word: Hashable, ExpressibleByStringLiteral, CustomStringConvertible {
    /// Bytes 0–7 and 8–15; `low` is zero only for `none` and `unpacked`.
    let low: UInt64
    let high: UInt64

    private init(low: UInt64, high: UInt64) {
        self.low = low
        self.high = high
    }

    /// A word whose bytes were packed by the caller: ASCII, nonzero, the first lowest, zero after the last.
    init(packedLow low: UInt64, high: UInt64) {
        self.init(low: low, high: high)
    }

    /// Not a word (what a mark or a number reads as where a list of words is compared).
    static let none = Word(low: 0, high: 0)
    /// A word outside ASCII or longer than 16 bytes.
    static let unpacked = Word(low: 0, high: 1)

    /// Packs `count` bytes from `start`, each with `mask` set (0x20 lowercases a word's letters;
    /// 0 keeps the bytes): nil when there are more than 16 or one is outside ASCII. Inlined, so
    /// that for a literal the loop over a constant is folded away.
    @inline(__always)
    private static func pack(_ start: UnsafePointer<UInt8>?, count: Int, setting mask: UInt8 = 0) -> Word? {
        guard count <= 16 else { return nil }
        var low: UInt64 = 0, high: UInt64 = 0
        for index in 0..<count {
            let byte = start.unsafelyUnwrapped[index] | mask
            guard byte < 0x80 else { return nil }
            if index < 8 { low |= UInt64(byte) << (8 * UInt64(index)) } else { high |= UInt64(byte) << (8 * UInt64(index - 8)) }
        }
        return Word(low: low, high: high)
    }

    /// Packs lowercased ASCII bytes (nil when there are more than 16 or any is outside ASCII).
    init?(packing bytes: UnsafeBufferPointer<UInt8>) {
        guard let word = Self.pack(bytes.baseAddress, count: bytes.count) else { return nil }
        self = word
    }

    /// A word as written in the source (`"they"`): packed when it packs, else `unpacked`; the
    /// empty string is `none`.
    init(_ text: String) {
        var text = text
        self = text.withUTF8 { Word(packing: $0) } ?? .unpacked
    }

    /// The same for part of a string, packed from its bytes where they lie (no `String` made).
    init(_ text: Substring) {
        self = text.utf8.withContiguousStorageIfAvailable { Word(packing: $0) ?? .unpacked } ?? Word(String(text))
    }

    /// A literal (`word == "they"`): packed where it is written, not on every comparison.
    @inline(__always)
    init(stringLiteral value: StaticString) {
        self = Self.pack(value.utf8Start, count: value.utf8CodeUnitCount) ?? .unpacked
    }

    /// Packs the word of `count` bytes at `start` (ASCII letters, digits and apostrophes, at most
    /// 16), lowercased: for those bytes, setting bit 5 lowercases a capital and changes nothing else.
    @inline(__always)
    static func packingLowercased(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, count: Int) -> Word {
        // Two loads and masks where 16 bytes can be read from `start` (nearly every word of a
        // note): the byte-by-byte loop cost more than the rest of tokenizing a word.
        guard count <= 16, start + 16 <= bytes.count, let base = bytes.baseAddress else {
            return packingLowercasedNearEnd(bytes, from: start, count: count)
        }
        let raw = UnsafeRawPointer(base + start)
        return lowercased(raw.loadUnaligned(as: UInt64.self), raw.loadUnaligned(fromByteOffset: 8, as: UInt64.self), count: count)
    }

    /// The first `count` bytes of the 16 in `first` and `second` (as loaded from memory), with
    /// bit 5 set, the rest zero: `unpacked` when one is outside ASCII.
    @inline(__always)
    private static func lowercased(_ first: UInt64, _ second: UInt64, count: Int) -> Word {
        let lowMask: UInt64 = count >= 8 ? ~0 : (1 &<< UInt64(8 * count)) &- 1
        let highMask: UInt64 = count >= 16 ? ~0 : count <= 8 ? 0 : (1 &<< UInt64(8 * (count - 8))) &- 1
        let low = (UInt64(littleEndian: first) | 0x2020_2020_2020_2020) & lowMask
        let high = (UInt64(littleEndian: second) | 0x2020_2020_2020_2020) & highMask
        guard (low | high) & 0x8080_8080_8080_8080 == 0 else { return .unpacked }
        return Word(low: low, high: high)
    }

    /// The same for a word less than 16 bytes from the end of its text, copied into 16 zeroed
    /// bytes first; kept out of line so that `packingLowercased` stays small enough to be inlined
    /// into the tokenizer.
    @inline(never)
    private static func packingLowercasedNearEnd(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, count: Int) -> Word {
        guard count <= 16, let base = bytes.baseAddress else { return count == 0 ? .none : .unpacked }
        var words: (UInt64, UInt64) = (0, 0)
        withUnsafeMutableBytes(of: &words) { _ = memcpy($0.baseAddress.unsafelyUnwrapped, base + start, count) }
        return lowercased(words.0, words.1, count: count)
    }

    var isPacked: Bool { low != 0 }

    /// The first byte of a packed word (0 otherwise).
    var firstByte: UInt8 { UInt8(truncatingIfNeeded: low) }

    /// How many bytes (and, the word being ASCII, characters) a packed word has.
    var count: Int {
        high != 0 ? 8 + (64 - high.leadingZeroBitCount + 7) / 8 : (64 - low.leadingZeroBitCount + 7) / 8
    }

    /// Whether a packed word starts with `prefix` (a packed word too).
    func hasPrefix(_ prefix: Word) -> Bool {
        guard isPacked, prefix.isPacked else { return false }
        // The prefix's bytes, as a mask: every byte of a word is nonzero.
        func mask(_ value: UInt64) -> UInt64 {
            value == 0 ? 0 : UInt64.max >> UInt64(value.leadingZeroBitCount / 8 * 8)
        }
        return low & mask(prefix.low) == prefix.low && high & mask(prefix.high) == prefix.high
    }

    /// The packed word as a `String` (nil for `none` and `unpacked`).
    var string: String? {
        guard isPacked else { return nil }
        var bytes: [UInt8] = []
        for index in 0..<16 {
            let byte = UInt8(truncatingIfNeeded: (index < 8 ? low : high) >> (8 * UInt64(index % 8)))
            if byte == 0 { break }
            bytes.append(byte)
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    var description: String { string ?? (self == .none ? "" : "<unpacked>") }
}
