import Glibc

/// Character classes with an ASCII fast path: a Unicode property look-up for every scalar of
/// every note would be the largest single cost of reading notes.
extension Unicode.Scalar {
    @inline(__always) var isSpace: Bool {
        value < 0x80 ? value == 0x20 || (value >= 0x09 && value <= 0x0D)
            : !isGeneralPunctuation && properties.isWhitespace
    }

    @inline(__always) var isLetter: Bool {
        value < 0x80 ? (value | 0x20) >= 0x61 && (value | 0x20) <= 0x7A
            : !isGeneralPunctuation && properties.isAlphabetic
    }

    /// A mark that belongs to the letter before it, or an invisible joiner inside a word: a
    /// combining accent (José written as e + U+0301), a zero-width (non-)joiner, a soft hyphen, a
    /// word joiner. A word goes on across them instead of being cut at them.
    var isWordMark: Bool {
        switch value {
        case 0x0300...0x036F, 0x00AD, 0x200C, 0x200D, 0x2060: return true
        case 0..<0x80, 0x2010...0x205E: return false
        default:
            switch properties.generalCategory {
            case .nonspacingMark, .spacingMark, .enclosingMark: return true
            default: return false
            }
        }
    }

    /// Dashes, quotation marks, bullets and the like (U+2010–U+2027, U+2030–U+205E): neither
    /// white space nor letters, known without a property look-up (every log entry has an em dash).
    @inline(__always) var isGeneralPunctuation: Bool {
        (value >= 0x2010 && value <= 0x2027) || (value >= 0x2030 && value <= 0x205E)
    }

    @inline(__always) var isUpperLetter: Bool {
        value < 0x80 ? value >= 0x41 && value <= 0x5A : properties.isUppercase
    }

    @inline(__always) var isLowerLetter: Bool {
        value < 0x80 ? value >= 0x61 && value <= 0x7A : properties.isLowercase
    }

    @inline(__always) var isDigit: Bool { value >= 0x30 && value <= 0x39 }
}

/// The same classes for single bytes, for the readers that work on UTF-8 bytes.
extension UInt8 {
    @inline(__always) var isASCIILetter: Bool { (self | 0x20) >= 0x61 && (self | 0x20) <= 0x7A }

    @inline(__always) var isASCIIDigit: Bool { self >= 0x30 && self <= 0x39 }

    /// A byte of a plain YAML key as the simple readers take them: a letter, digit, `-` or `_`.
    @inline(__always) var isPlainKeyByte: Bool { isASCIILetter || isASCIIDigit || self == 0x2D || self == 0x5F }
}

/// A string from scalars, encoded in one pass rather than appended to a String one by one
/// (splitting fields and cells does this all the time).
@inline(__always)
func makeString<S: Sequence>(_ scalars: S) -> String where S.Element == Unicode.Scalar {
    var bytes: [UInt8] = []
    bytes.reserveCapacity(scalars.underestimatedCount)
    for scalar in scalars {
        if scalar.value < 0x80 {
            bytes.append(UInt8(scalar.value))
        } else {
            UTF8.encode(scalar) { bytes.append($0) }
        }
    }
    return String(decoding: bytes, as: UTF8.self)
}

extension String {
    /// The first `count` scalars: the string itself when it has no more bytes than that (most
    /// headings and entries a reader looks at the start of), without a walk over its scalars.
    func prefix(scalars count: Int) -> String {
        utf8.count <= count ? self : String(unicodeScalars.prefix(count))
    }

    /// The scalars from offset `start` up to `end` (counted in scalars), found on the UTF-8 bytes
    /// without decoding the text into an array of scalars.
    func scalars(from start: Int, to end: Int) -> String {
        var copy = self
        return copy.withUTF8 { bytes in
            var scalar = 0
            var first = 0
            // Eight bytes at a time while they are ASCII and before both offsets: most of a log
            // entry before the name it is asked for.
            if let base = UnsafeRawPointer(bytes.baseAddress) {
                let before = min(start, end)
                while scalar + 8 <= before, first + 8 <= bytes.count,
                      base.loadUnaligned(fromByteOffset: first, as: UInt64.self) & 0x8080_8080_8080_8080 == 0 {
                    first += 8
                    scalar += 8
                }
            }
            var from = bytes.count
            var to = bytes.count
            for index in first..<bytes.count where bytes[index] & 0xC0 != 0x80 {
                if scalar == start { from = index }
                if scalar == end { to = index; break }
                scalar += 1
            }
            guard from < to else { return "" }
            return String(decoding: UnsafeBufferPointer(rebasing: bytes[from..<to]), as: UTF8.self)
        }
    }
}

extension StringProtocol {
    /// The number of Unicode scalars, counted on the UTF-8 bytes (each byte that does not continue
    /// a sequence starts a scalar), without decoding them as `unicodeScalars.count` does.
    var scalarCount: Int {
        let counted = utf8.withContiguousStorageIfAvailable { bytes -> Int in
            var count = 0
            for byte in bytes where byte & 0xC0 != 0x80 { count += 1 }
            return count
        }
        return counted ?? unicodeScalars.count
    }

    /// The scalars as an array, decoded from UTF-8 in one pass (ASCII widened byte by byte); the
    /// same as `Array(unicodeScalars)`, which counted the scalars first and then decoded them again.
    var scalarArray: [Unicode.Scalar] {
        let decoded = utf8.withContiguousStorageIfAvailable { bytes -> [Unicode.Scalar] in
            [Unicode.Scalar](unsafeUninitializedCapacity: bytes.count) { buffer, count in
                // A String holds valid UTF-8, so every lead byte has its continuation bytes.
                var index = 0
                var written = 0
                let raw = UnsafeRawPointer(bytes.baseAddress)
                while index < bytes.count {
                    // Eight ASCII bytes at a time where they are.
                    if let raw, index + 8 <= bytes.count,
                       raw.loadUnaligned(fromByteOffset: index, as: UInt64.self) & 0x8080_8080_8080_8080 == 0 {
                        for offset in 0..<8 { buffer[written + offset] = Unicode.Scalar(bytes[index + offset]) }
                        index += 8
                        written += 8
                        continue
                    }
                    let lead = UInt32(bytes[index])
                    var value: UInt32
                    if lead < 0x80 {
                        value = lead
                        index += 1
                    } else if lead < 0xE0 {
                        value = (lead & 0x1F) << 6 | UInt32(bytes[index + 1] & 0x3F)
                        index += 2
                    } else if lead < 0xF0 {
                        value = (lead & 0x0F) << 12 | UInt32(bytes[index + 1] & 0x3F) << 6 | UInt32(bytes[index + 2] & 0x3F)
                        index += 3
                    } else {
                        value = (lead & 0x07) << 18 | UInt32(bytes[index + 1] & 0x3F) << 12
                            | UInt32(bytes[index + 2] & 0x3F) << 6 | UInt32(bytes[index + 3] & 0x3F)
                        index += 4
                    }
                    buffer[written] = Unicode.Scalar(value) ?? "\u{FFFD}"
                    written += 1
                }
                count = written
            }
        }
        return decoded ?? Array(unicodeScalars)
    }
}

extension Substring {
    /// Without its first `count` scalars, found on the UTF-8 bytes rather than by walking
    /// `unicodeScalars`. The same as `Substring(unicodeScalars.dropFirst(count))`.
    func droppingScalars(_ count: Int) -> Substring {
        guard count > 0 else { return self }
        let offset = utf8.withContiguousStorageIfAvailable { bytes -> Int in
            var seen = 0
            for index in 0..<bytes.count where bytes[index] & 0xC0 != 0x80 {
                if seen == count { return index }
                seen += 1
            }
            return bytes.count
        }
        guard let offset else { return Substring(unicodeScalars.dropFirst(count)) }
        return self[utf8.index(utf8.startIndex, offsetBy: offset)...]
    }
}

/// A place in UTF-8 text: a byte index that starts a scalar, and how many scalars come before it.
struct TextPlace {
    var byte: Int
    var scalar: Int
}

/// All of valid UTF-8 `bytes` without the white space (`isSpace`) at either end.
func trimmedSpan(_ bytes: UnsafeBufferPointer<UInt8>) -> (from: TextPlace, to: TextPlace) {
    trimmedSpan(bytes, from: TextPlace(byte: 0, scalar: 0), to: TextPlace(byte: bytes.count, scalar: 0))
}

/// `from..<to` of valid UTF-8 `bytes` without the white space (`isSpace`, Unicode included) at
/// either end.
func trimmedSpan(_ bytes: UnsafeBufferPointer<UInt8>, from: TextPlace, to: TextPlace) -> (from: TextPlace, to: TextPlace) {
    var from = from
    var to = to
    while from.byte < to.byte {
        let (found, width) = UTF8Cursor.decode(bytes, at: from.byte)
        guard found.isSpace else { break }
        from = TextPlace(byte: from.byte + width, scalar: from.scalar + 1)
    }
    while to.byte > from.byte {
        var lead = to.byte - 1
        while lead > from.byte, bytes[lead] & 0xC0 == 0x80 { lead -= 1 }
        guard UTF8Cursor.decode(bytes, at: lead).scalar.isSpace else { break }
        to = TextPlace(byte: lead, scalar: to.scalar - 1)
    }
    return (from, to)
}

extension String {
    /// The words between spaces, as `split(separator: " ")` gives them, found on the bytes
    /// rather than by Character, which is far slower. A space
    /// followed by a byte outside ASCII (which may start a combining mark, making one Character
    /// of both) takes the Character way.
    func wordsBetweenSpaces() -> [Substring] {
        // The spaces are found on the contiguous bytes and the words cut at those offsets.
        var copy = self
        var words: [Substring] = []
        words.reserveCapacity(4)  // names and company names have a few (growing one by one reallocated)
        let byCharacter: Bool = copy.withUTF8 { bytes in
            var start = 0
            for index in 0..<bytes.count where bytes[index] == 0x20 {
                if index + 1 < bytes.count, bytes[index + 1] >= 0x80 { return true }
                if start != index { words.append(self.utf8Slice(start, index)) }
                start = index + 1
            }
            if start != bytes.count { words.append(self.utf8Slice(start, bytes.count)) }
            return false
        }
        return byCharacter ? split(separator: " ") : words
    }

    /// The text between byte offsets `from` and `to` (at scalar boundaries).
    private func utf8Slice(_ from: Int, _ to: Int) -> Substring {
        let start = utf8.index(utf8.startIndex, offsetBy: from)
        return self[start..<utf8.index(start, offsetBy: to - from)]
    }
}

extension String {
    /// `lowercased()` (each scalar's lowercase mapping), written into one buffer: the library
    /// appends a string a scalar outside ASCII, several times the cost on names like "Ødegård".
    func quickLowercased() -> String {
        var copy = self
        switch copy.withUTF8(Self.asciiCase) {
        case .lower: return self
        case .upper: return copy.withUTF8(Self.asciiLowercased)
        case .other: break
        }
        // A scalar's lowercase mapping is at most three scalars of at most four bytes each.
        var out: [UInt8] = []
        out.reserveCapacity(utf8.count + 8)
        for scalar in unicodeScalars {
            if scalar.isASCII {
                let byte = UInt8(scalar.value)
                out.append(byte &- 0x41 < 26 ? byte | 0x20 : byte)
            } else if scalar.properties.changesWhenLowercased {
                out.append(contentsOf: scalar.properties.lowercaseMapping.utf8)
            } else {
                out.append(contentsOf: UTF8.encode(scalar)!)
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    fileprivate enum ASCIICase { case lower, upper, other }

    fileprivate static func asciiCase(_ bytes: UnsafeBufferPointer<UInt8>) -> ASCIICase {
        var upper = false
        for byte in bytes {
            if byte >= 0x80 { return .other }
            if byte &- 0x41 < 26 { upper = true }
        }
        return upper ? .upper : .lower
    }

    fileprivate static func asciiLowercased(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        String(unsafeUninitializedCapacity: bytes.count) { buffer in
            for index in bytes.indices {
                let byte = bytes[index]
                buffer[index] = byte &- 0x41 < 26 ? byte | 0x20 : byte
            }
            return bytes.count
        }
    }
}

extension Substring {
    /// `lowercased()`, with ASCII text lowercased on its bytes (see String's).
    func quickLowercased() -> String {
        let quick = utf8.withContiguousStorageIfAvailable { bytes -> String? in
            String.asciiCase(bytes) == .other ? nil : String.asciiLowercased(bytes)
        }
        return (quick ?? nil) ?? lowercased()
    }
}

extension StringProtocol {
    /// Whether the UTF-8 bytes hold `byte` (memchr on the contiguous bytes rather than iterating
    /// the UTF-8 view).
    func hasByte(_ byte: UInt8) -> Bool {
        utf8.withContiguousStorageIfAvailable { bytes in
            guard let base = bytes.baseAddress else { return false }
            return memchr(base, Int32(byte), bytes.count) != nil
        } ?? utf8.contains(byte)
    }

    /// Whether one of the lowercase ASCII `stems` occurs in the text in any case: a byte test to
    /// run before splitting the text into words.
    func containsIgnoringCase(anyOf stems: [StaticString]) -> Bool {
        utf8.withContiguousStorageIfAvailable { bytes in
            stems.contains { stem in
                let length = stem.utf8CodeUnitCount
                guard length > 0, bytes.count >= length else { return false }
                let letters = stem.utf8Start
                return (0...(bytes.count - length)).contains { start in
                    (0..<length).allSatisfy { bytes[start + $0] | 0x20 == letters[$0] }
                }
            }
        } ?? true
    }

    /// Whether any UTF-8 byte is outside ASCII.
    var hasNonASCII: Bool {
        utf8.withContiguousStorageIfAvailable { $0.contains { $0 >= 0x80 } } ?? utf8.contains { $0 >= 0x80 }
    }
}

extension String {
    /// Without soft hyphens, zero-width (non-)joiners, zero-width spaces and word joiners, which
    /// show nothing and make two spellings of one name differ. Their UTF-8 starts with 0xC2 or
    /// 0xE2: text without those bytes is returned as it is.
    var withoutInvisibleJoiners: String {
        guard utf8.contains(where: { $0 == 0xC2 || $0 == 0xE2 }) else { return self }
        var scalars = String.UnicodeScalarView()
        for scalar in unicodeScalars {
            switch scalar.value {
            case 0x00AD, 0x200B, 0x200C, 0x200D, 0x2060: continue
            default: scalars.append(scalar)
            }
        }
        return String(scalars)
    }
}

extension Array where Element == String {
    /// The strings with `separator` between them, as the standard library's `joined(separator:)`
    /// gives them; this overload, more specific, is the one every `[String]` in this module
    /// calls. The library's generic one looks up a protocol witness at its first call in a run,
    /// by a scan of every conformance record in the executable: a tenth of a one-note run.
    func joined(separator: String) -> String {
        guard let first else { return "" }
        var result = first
        result.reserveCapacity(reduce(0) { $0 + $1.utf8.count } + separator.utf8.count * (count - 1))
        for index in 1..<count {
            result += separator
            result += self[index]
        }
        return result
    }
}
