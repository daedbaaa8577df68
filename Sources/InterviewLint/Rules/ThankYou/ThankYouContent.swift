/// What a thank-you should hold. Named rather than a key path: a key path is projected through
/// generic run-time code on every entry of every note.
enum ThankYouPart { case recap, interest }

extension RuleContext {
    /// A finding on each thank-you the log shows that lacks `part` (a recap, a word of interest):
    /// `message` is given whom it went to, " to Jane Doe", or "" when it names nobody.
    func thankYous(lacking part: ThankYouPart, _ message: (_ to: String) -> String) -> [Finding] {
        let log = interview.log
        // By index, reading stored fields in place: an entry handed to a closure is a copy, its
        // text and people retained and released.
        return log.indices.compactMap { index in
            guard log[index].isOutgoing, log[index].kind == .thankYou, !has(part, log[index]) else { return nil }
            let names = Wording.list(log[index].interviewers.map(name(of:)))
            return Finding(message(names.isEmpty ? "" : " to \(names)"), at: log[index].range)
        }
    }

    private func has(_ part: ThankYouPart, _ entry: borrowing LogEntry) -> Bool {
        switch part {
        case .recap: entry.recapsConversation
        case .interest: entry.reiteratesInterest
        }
    }
}
