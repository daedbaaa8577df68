import Foundation

/// Text as mail wants it: RFC 5322 headers (folded, within 78 characters where the value
/// allows, never past 998), RFC 2047 encoded words for what is not plain ASCII, a UTF-8 body in
/// 7bit or quoted-printable (RFC 2045), and RFC 6068 `mailto:` URLs. Text from a note reaches a
/// header only through `oneLine`, so it can never start a header of its own.
enum MessageText {
    /// C0 and C1 controls, DEL and the Unicode line and paragraph separators.
    static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) || scalar.value == 0x2028 || scalar.value == 0x2029
    }

    /// One line: line breaks and other controls become spaces, runs of white space one space,
    /// at most `limit` characters (a header value is a name or a title, not a page).
    static func oneLine(_ text: String, limit: Int = 200) -> String {
        var out = ""
        var pendingSpace = false
        for scalar in text.unicodeScalars {
            if isControl(scalar) || scalar.properties.isWhitespace {
                pendingSpace = !out.isEmpty
                continue
            }
            if pendingSpace { out += " " }
            pendingSpace = false
            out.unicodeScalars.append(scalar)
        }
        return out.count > limit ? String(out.prefix(limit - 1)) + "…" : out
    }

    private static let atext = Set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789!#$%&'*+-/=?^_`{|}~".unicodeScalars)

    /// A plain `local@domain.tld` (dot-atoms, ASCII): what a business card prints. Anything
    /// else is not put in `To:` (the draft says so instead).
    static func isAddress(_ text: String) -> Bool {
        let parts = text.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2, text.utf8.count <= 254, parts[1].contains(".") else { return false }
        return parts.allSatisfy { part in
            part.split(separator: ".", omittingEmptySubsequences: false).allSatisfy {
                !$0.isEmpty && $0.unicodeScalars.allSatisfy(atext.contains)
            }
        }
    }

    static func isPlainASCII(_ text: String) -> Bool {
        text.unicodeScalars.allSatisfy { (0x20...0x7E).contains($0.value) }
    }

    /// `=?UTF-8?B?…?=` words of at most 75 characters, split between characters, never inside one.
    static func encodedWords(_ text: String) -> [String] {
        var words: [String] = []
        var chunk: [UInt8] = []
        func flush() {
            guard !chunk.isEmpty else { return }
            words.append("=?UTF-8?B?\(Data(chunk).base64EncodedString())?=")
            chunk = []
        }
        // 39 bytes make 52 base64 characters, 64 with the markers: room for "Subject: " on a
        // 78-character line. A character longer than that (a run of combining marks) is split
        // between its scalars, never inside one.
        for character in text {
            let bytes = Array(String(character).utf8)
            if bytes.count <= 39 {
                if chunk.count + bytes.count > 39 { flush() }
                chunk += bytes
                continue
            }
            for scalar in character.unicodeScalars {
                let piece = Array(String(scalar).utf8)
                if chunk.count + piece.count > 39 { flush() }
                chunk += piece
            }
        }
        flush()
        return words
    }

    /// `Name: value`, folded. Plain ASCII that fits stays as written; anything else is encoded
    /// words, one per line after the first.
    static func unstructured(_ name: String, _ value: String) -> String {
        let value = oneLine(value)
        let plain = "\(name): \(value)"
        if isPlainASCII(value), !value.contains("=?"), plain.utf8.count <= 78 { return plain }
        return "\(name): " + encodedWords(value).joined(separator: "\r\n ")
    }

    /// `To: "Name" <address>` (or encoded words for the name); `To:` alone without an address.
    static func address(_ name: String, display: String, address: String?) -> String {
        guard let address else { return "\(name):" }
        let display = oneLine(display)
        if display.isEmpty { return "\(name): <\(address)>" }
        if isPlainASCII(display), !display.contains("=?") {
            let quoted = "\"" + display.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
            let line = "\(name): \(quoted) <\(address)>"
            if line.utf8.count <= 78 { return line }
        }
        return "\(name): " + encodedWords(display).joined(separator: "\r\n ") + "\r\n <\(address)>"
    }

    /// The body's transfer encoding and its lines as sent (CRLF).
    static func body(_ text: String) -> (encoding: String, text: String) {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if lines.allSatisfy({ isPlainASCII($0) && $0.utf8.count <= 76 && !$0.hasSuffix(" ") }) {
            return ("7bit", lines.joined(separator: "\r\n"))
        }
        return ("quoted-printable", lines.map(quotedPrintable).joined(separator: "\r\n"))
    }

    /// One line in quoted-printable, with soft breaks so no encoded line passes 76 characters.
    static func quotedPrintable(_ line: String) -> String {
        let hex = Array("0123456789ABCDEF".utf8)
        let bytes = Array(line.utf8)
        var out: [UInt8] = []
        var column = 0
        for (index, byte) in bytes.enumerated() {
            let last = index == bytes.count - 1
            var piece: [UInt8]
            if (byte >= 33 && byte <= 126 && byte != UInt8(ascii: "=")) || ((byte == 0x20 || byte == 0x09) && !last) {
                piece = [byte]
            } else {
                piece = [UInt8(ascii: "="), hex[Int(byte >> 4)], hex[Int(byte & 15)]]
            }
            // Room for the piece and, unless it ends the line, a soft break after it.
            if column + piece.count > (last ? 76 : 75) {
                out += [UInt8(ascii: "="), 0x0D, 0x0A]
                column = 0
            }
            out += piece
            column += piece.count
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// Percent-encoding for RFC 6068: everything but unreserved characters (and `@` in the address).
    static func percentEncoded(_ text: String, keeping extra: Set<UInt8> = []) -> String {
        var out = ""
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
                 UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"), UInt8(ascii: "~"):
                out.unicodeScalars.append(Unicode.Scalar(byte))
            default:
                if extra.contains(byte) { out.unicodeScalars.append(Unicode.Scalar(byte)) } else { out += String(format: "%%%02X", byte) }
            }
        }
        return out
    }

    /// Word-wraps a paragraph at `width` characters; a line starting "- " continues indented.
    static func wrap(_ line: String, width: Int = 72) -> [String] {
        let indent = line.hasPrefix("- ") ? "  " : ""
        var lines: [String] = []
        var current = ""
        for word in line.split(separator: " ") {
            if current.isEmpty {
                current = (lines.isEmpty ? "" : indent) + word
            } else if current.count + 1 + word.count <= width {
                current += " " + word
            } else {
                lines.append(current)
                current = indent + word
            }
        }
        lines.append(current)
        return lines
    }
}
