/// A JSON value with ordered keys, written without Foundation so output is byte-for-byte stable.
enum JSONValue {
    case object([(String, JSONValue)])
    case array([JSONValue])
    case string(String)
    case int(Int)
    case bool(Bool)
    case null

    /// Pretty-printed with two-space indents and a final newline.
    func rendered() -> String {
        var out = ""
        write(into: &out, indent: 0)
        return out + "\n"
    }

    private func write(into out: inout String, indent: Int) {
        switch self {
        case .object(let members):
            JSONValue.writeList(members, open: "{", close: "}", into: &out, indent: indent) { member, out in
                JSONValue.escape(member.0, into: &out)
                out += ": "
                member.1.write(into: &out, indent: indent + 2)
            }
        case .array(let items):
            JSONValue.writeList(items, open: "[", close: "]", into: &out, indent: indent) { item, out in
                item.write(into: &out, indent: indent + 2)
            }
        case .string(let text):
            JSONValue.escape(text, into: &out)
        case .int(let value):
            out += String(value)
        case .bool(let value):
            out += value ? "true" : "false"
        case .null:
            out += "null"
        }
    }

    /// `open`, one element a line indented by two more, separated by commas, `close`.
    private static func writeList<Element>(_ elements: [Element], open: String, close: String, into out: inout String,
                                           indent: Int, element: (Element, inout String) -> Void) {
        guard !elements.isEmpty else { out += open + close; return }
        out += open + "\n"
        for (index, value) in elements.enumerated() {
            out += String(repeating: " ", count: indent + 2)
            element(value, &out)
            out += index + 1 < elements.count ? ",\n" : "\n"
        }
        out += String(repeating: " ", count: indent) + close
    }

    static func escape(_ text: String, into out: inout String) {
        out += "\""
        out += text.replacingScalars { scalar in
            switch scalar {
            case "\"": return "\\\""
            case "\\": return "\\\\"
            case "\n": return "\\n"
            case "\r": return "\\r"
            case "\t": return "\\t"
            case _ where scalar.value < 0x20 || scalar.value == 0x7F || scalar.value == 0x2028 || scalar.value == 0x2029:
                return "\\u" + String(scalar.value, radix: 16).leftPadded(to: 4)
            default:
                return nil
            }
        }
        out += "\""
    }
}

/// XML text and attribute escaping; characters XML 1.0 forbids become U+FFFD.
enum XML {
    static func escape(_ text: String) -> String {
        text.replacingScalars { scalar in
            switch scalar {
            case "&": return "&amp;"
            case "<": return "&lt;"
            case ">": return "&gt;"
            case "\"": return "&quot;"
            case "'": return "&apos;"
            case "\n": return "&#10;"
            case "\r": return "&#13;"
            case "\t": return "&#9;"
            case _ where scalar.value < 0x20 || (0xFFFE...0xFFFF).contains(scalar.value): return "\u{FFFD}"
            default: return nil
            }
        }
    }
}

extension String {
    /// The text with every scalar for which `replacement` gives a string replaced by it, and the
    /// others kept: the one loop behind the escaping of each output format.
    func replacingScalars(_ replacement: (Unicode.Scalar) -> String?) -> String {
        var out = ""
        out.reserveCapacity(utf8.count)
        for scalar in unicodeScalars {
            if let replaced = replacement(scalar) { out += replaced } else { out.unicodeScalars.append(scalar) }
        }
        return out
    }
}
