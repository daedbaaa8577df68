/// Character classes with an ASCII fast path: looking up Unicode properties for every scalar of
/// every note was the largest single cost of reading notes (measured with callgrind).
extension Unicode.Scalar {
    @inline(__always) var isSpace: Bool {
        value < 0x80 ? value == 0x20 || (value >= 0x09 && value <= 0x0D) : properties.isWhitespace
    }

    @inline(__always) var isLetter: Bool {
        value < 0x80 ? (value | 0x20) >= 0x61 && (value | 0x20) <= 0x7A : properties.isAlphabetic
    }

    @inline(__always) var isUpperLetter: Bool {
        value < 0x80 ? value >= 0x41 && value <= 0x5A : properties.isUppercase
    }

    @inline(__always) var isLowerLetter: Bool {
        value < 0x80 ? value >= 0x61 && value <= 0x7A : properties.isLowercase
    }

    @inline(__always) var isDigit: Bool { value >= 0x30 && value <= 0x39 }
}

/// A string from scalars, encoded in one pass (appending scalars to a String one by one was the
/// costliest step of splitting fields and cells).
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
