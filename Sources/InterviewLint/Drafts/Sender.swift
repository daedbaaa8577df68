/// `me: {name, email, phone}` in `.interview-lint.yml`: who signs the drafts.
public struct Sender: Sendable, Equatable {
    public var name: String?
    public var email: String?
    public var phone: String?

    public init(name: String? = nil, email: String? = nil, phone: String? = nil) {
        self.name = name
        self.email = email
        self.phone = phone
    }

    static let keys = ["name", "email", "phone"]

    /// Why `text` cannot be `me.<key>`, or nil. The values go into headers, so a line break or
    /// another control character is refused here rather than filtered later.
    static func problem(_ key: String, _ text: String) -> String? {
        if text.unicodeScalars.contains(where: MessageText.isControl) {
            return "`me.\(key)` must be one line without control characters"
        }
        if key == "email", !MessageText.isAddress(text.trimmingWhitespace()) {
            return "`me.email` '\(text)' is not an email address (name@example.com)"
        }
        return nil
    }
}
