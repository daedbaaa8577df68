/// A position in valid UTF-8 (a String's bytes), counting scalars as it goes.
struct UTF8Cursor {
    let bytes: UnsafeBufferPointer<UInt8>
    private(set) var byteIndex = 0
    private(set) var scalarIndex = 0

    init(_ bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
    }

    var atEnd: Bool { byteIndex >= bytes.count }

    /// The scalar at the cursor and its width in bytes (not at the end).
    var current: (scalar: Unicode.Scalar, width: Int) {
        @inline(__always) get { Self.decode(bytes, at: byteIndex) }
    }

    /// The byte at the cursor when it is a whole (ASCII) scalar, else nil.
    var asciiByte: UInt8? {
        byteIndex < bytes.count && bytes[byteIndex] < 0x80 ? bytes[byteIndex] : nil
    }

    /// The byte `offset` bytes on, if there is one. Only meaningful while the bytes before it are
    /// ASCII, where bytes are scalars.
    func byte(at offset: Int) -> UInt8? {
        byteIndex + offset < bytes.count ? bytes[byteIndex + offset] : nil
    }

    /// The scalar `count` scalars after the one at the cursor, if there is one.
    func scalar(afterNext count: Int) -> Unicode.Scalar? {
        var index = byteIndex
        for _ in 0..<count {
            guard index < bytes.count else { return nil }
            index += Self.decode(bytes, at: index).width
        }
        return index < bytes.count ? Self.decode(bytes, at: index).scalar : nil
    }

    /// Steps over `count` bytes at the cursor, which must be ASCII.
    @inline(__always) mutating func advanceASCII(by count: Int) {
        byteIndex += count
        scalarIndex += count
    }

    @inline(__always) mutating func advance() {
        byteIndex += Self.decode(bytes, at: byteIndex).width
        scalarIndex += 1
    }

    /// The scalar starting at byte `index` of valid UTF-8, and its width in bytes.
    @inline(__always)
    static func decode(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (scalar: Unicode.Scalar, width: Int) {
        let lead = UInt32(bytes[index])
        if lead < 0x80 { return (Unicode.Scalar(UInt8(lead)), 1) }
        let value: UInt32
        let width: Int
        if lead < 0xE0 {
            value = (lead & 0x1F) << 6 | UInt32(bytes[index + 1] & 0x3F)
            width = 2
        } else if lead < 0xF0 {
            value = (lead & 0x0F) << 12 | UInt32(bytes[index + 1] & 0x3F) << 6 | UInt32(bytes[index + 2] & 0x3F)
            width = 3
        } else {
            value = (lead & 0x07) << 18 | UInt32(bytes[index + 1] & 0x3F) << 12
                | UInt32(bytes[index + 2] & 0x3F) << 6 | UInt32(bytes[index + 3] & 0x3F)
            width = 4
        }
        return (Unicode.Scalar(value) ?? "\u{FFFD}", width)
    }
}
