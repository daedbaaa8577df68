/// A message or call script `interview-lint draft` writes, from one note and the agenda.
/// It is never sent: the files are for a mail program to open as drafts.
public struct Draft: Sendable {
    public enum Kind: String, Sendable, CaseIterable {
        case thankYou = "thank-you"
        case followUp = "follow-up"
    }

    /// An email (`.eml`), or the script for the follow-up call (`.txt`).
    public enum Part: String, Sendable {
        case email
        case callScript = "call-script"
    }

    public var kind: Kind
    public var part: Part
    /// The note it was drafted from.
    public var note: String
    /// The person as written on their card.
    public var person: String
    /// The card's address when it is one; nil leaves `To:` empty (the body says why).
    public var to: String?
    public var phone: String?
    public var subject: String
    /// Lines separated by LF, wrapped at 72 characters.
    public var body: String
    public var from: Sender?
    /// For the call: the slot the agenda gives.
    public var slotStart: LocalDateTime?
    public var slotEnd: LocalDateTime?
    /// The file name without suffix: `2026-11-16-northwind-logistics-dana-kim-thank-you`.
    public var stem: String
    /// How many recap lines came from the note (0: the placeholder is in the body).
    public var recapLines: Int

    public var fileExtension: String { part == .email ? "eml" : "txt" }
}
