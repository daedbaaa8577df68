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
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case _ where scalar.value < 0x20 || scalar.value == 0x7F || scalar.value == 0x2028 || scalar.value == 0x2029:
                out += "\\u" + String(scalar.value, radix: 16).leftPadded(to: 4)
            default:
                out.unicodeScalars.append(scalar)
            }
        }
        out += "\""
    }
}

/// XML text and attribute escaping; characters XML 1.0 forbids become U+FFFD.
enum XML {
    static func escape(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&apos;"
            case "\n": out += "&#10;"
            case "\r": out += "&#13;"
            case "\t": out += "&#9;"
            case _ where scalar.value < 0x20 || (0xFFFE...0xFFFF).contains(scalar.value):
                out += "\u{FFFD}"
            default:
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
