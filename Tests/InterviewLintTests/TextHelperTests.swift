import Testing
@testable import InterviewLint

/// The byte-level helpers that replaced `unicodeScalars` walks on the hot paths must give exactly
/// what the standard library gives.
@Suite("Byte-level text helpers")
struct TextHelperTests {
    static let samples: [String] = [
        "", "a", "plain ASCII that is longer than eight bytes", "12345678", "1234567", "123456789",
        "Zoë Ødegård", "2026-10-19 19:30 — Email thank-you to Eleanor Smith.", "👥 Participants",
        "e\u{301}tude", "✉️ mail", "日本語のテキスト and ASCII after", "\u{10FFFF}\u{7F}\u{80}\u{7FF}\u{800}\u{FFFF}\u{10000}",
        "mixed 👩‍👩‍👧 family emoji in the middle of a longer ASCII sentence", "\t tabs and  spaces \n",
    ]

    @Test("scalarCount and scalarArray agree with unicodeScalars, on strings and substrings")
    func scalars() {
        for sample in Self.samples {
            #expect(sample.scalarCount == sample.unicodeScalars.count, "\(sample)")
            #expect(sample.scalarArray == Array(sample.unicodeScalars), "\(sample)")
            // A substring that starts and ends inside the string.
            let scalars = sample.unicodeScalars
            if scalars.count > 2 {
                let inner = Substring(scalars.dropFirst().dropLast())
                #expect(inner.scalarCount == inner.unicodeScalars.count, "\(sample)")
                #expect(inner.scalarArray == Array(inner.unicodeScalars), "\(sample)")
            }
        }
    }

    @Test("droppingScalars(n) is Substring(unicodeScalars.dropFirst(n)) for every n")
    func dropping() {
        for sample in Self.samples {
            let text = sample[...]
            for count in 0...(sample.unicodeScalars.count + 2) {
                #expect(text.droppingScalars(count) == Substring(text.unicodeScalars.dropFirst(count)), "\(sample) \(count)")
            }
        }
    }

    /// The label search as it was before values were screened on their first bytes.
    static func stripLabelReference(_ text: String) -> String {
        guard let first = text.utf8.first, first >= 0x80 || "emptcEMPTC".utf8.contains(first) else { return text }
        let lower = text.lowercased()
        for label in InterviewerReader.labels where lower.hasPrefix(label) {
            return String(text.dropFirst(label.count)).trimmingWhitespace()
        }
        return text
    }

    @Test("contact labels are stripped exactly as before the quick screen", arguments: [
        "email: jane@example.com", "EMAIL:jane@example.com", "e-mail: x@y.z", "E-Mail: x@y.z", "mail: a@b.c",
        "phone: +1 555 0101", "Phone:+1", "tel: 555", "Tel. 555 0101", "tel.555", "mobile: 07700", "cell: 555",
        "☎ +1 555", "📞 555", "📧 a@b.c", "✉️ a@b.c", "✉ a@b.c", "Engineering Manager", "e", "em", "t", "tel",
        "telephone 555", "Chief of Staff", "cell", "mailbox", "pm: Jane", "cto", "eleanor.smith@example.com",
        "t.e.l.: x", "Tel.", "c:", "",
    ])
    func labels(_ value: String) {
        #expect(InterviewerReader.stripLabel(value) == Self.stripLabelReference(value))
    }
}
