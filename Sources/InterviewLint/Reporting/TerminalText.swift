/// Text from a note (a company, a name, a file name) on its way to a terminal or a calendar: a
/// control character (ESC starts terminal commands that can clear the screen or retitle the
/// window) or a bidirectional override (which makes the rest of a line read backwards) is shown as
/// `<U+001B>` instead of acting.
public enum TerminalText {
    /// `text` with every C0 and C1 control character, DEL and bidirectional embedding, override
    /// and isolate shown as `<U+XXXX>`; `keeping` names characters let through as they are.
    public static func escaped(_ text: String, keeping kept: Set<Unicode.Scalar> = []) -> String {
        // Nearly every message is plain: a byte scan finds out, and the text is returned as it is.
        guard text.utf8.contains(where: { $0 < 0x20 || $0 == 0x7F || $0 == 0xC2 || $0 == 0xE2 }) else { return text }
        return text.replacingScalars { scalar in
            guard needsEscape(scalar), !kept.contains(scalar) else { return nil }
            return "<U+" + String(scalar.value, radix: 16, uppercase: true).leftPadded(to: 4) + ">"
        }
    }

    static func needsEscape(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00..<0x20, 0x7F...0x9F, 0x202A...0x202E, 0x2066...0x2069: return true
        default: return false
        }
    }
}
