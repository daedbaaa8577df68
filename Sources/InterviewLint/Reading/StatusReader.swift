/// Reads a status in the user's own words ("Interviewed", "#application/waiting", "❌ rejected
/// 11/18", "Onsite done, waiting on decision") as one of the model's statuses.
enum StatusReader {
    /// Words that settle the status, strongest first: an ending named anywhere in the value wins
    /// over a word of a stage still in progress ("rejected after the onsite" is rejected).
    static let endings: [(Interview.Status, Set<String>)] = [
        (.accepted, ["accepted", "hired", "signed"]),
        (.offer, ["offer", "offered", "offers"]),
        (.rejected, ["rejected", "rejection", "declined", "unsuccessful", "turned"]),
        (.withdrawn, ["withdrawn", "withdrew", "withdraw", "withdrawing"]),
        (.closed, ["closed", "ghosted", "archived", "dead", "filled", "cancelled", "canceled"]),
    ]

    /// Words of a process still under way: the candidate is waiting for the next step.
    static let ongoing: Set<String> = [
        "waiting", "wait", "interviewing", "interviewed", "active", "applied", "pending", "progress",
        "scheduled", "screening", "screened", "onsite", "open", "ongoing", "awaiting", "shortlisted",
        "todo", "followup", "follow", "contacted", "submitted", "review", "reviewing",
    ]

    /// The status the text names, or nil when no word of it is known.
    static func read(_ text: String) -> Interview.Status? {
        if let exact = Interview.Status(rawValue: Markup.key(text)) { return exact }
        let words = text.lowercased().split { !($0.isLetter || $0 == "'") }.map(String.init)
        // "not selected", "not moving forward": a rejection in two words.
        for (index, word) in words.enumerated() where word == "not" || word == "no" {
            if index + 1 < words.count, ["selected", "moving", "proceeding", "successful", "chosen"].contains(words[index + 1]) {
                return .rejected
            }
        }
        for (status, names) in endings where words.contains(where: names.contains) { return status }
        if words.contains(where: ongoing.contains) { return .waiting }
        return nil
    }
}
