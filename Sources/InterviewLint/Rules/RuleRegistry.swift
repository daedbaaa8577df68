/// Every rule, grouped by technique. A test fails when a rule file in Rules/ is missing here.
public enum RuleRegistry {
    public static let all: [any Rule.Type] = [
        // Technique 1: cards
        CardCollected.self, ContactDetails.self, NameSpelling.self, ResumeLeft.self,
        // Technique 2: timeframe
        TimeframeAsked.self, TimeframeVague.self,
        // Technique 3: thank-you
        ThankYouSent.self, ThankYouPrompt.self, ThankYouSeparate.self, ThankYouRecap.self,
        ThankYouInterest.self, ThankYouByEmail.self,
        // Technique 4: the follow-up call
        FollowUpAfterThankYou.self, FollowUpTiming.self, FollowUpTimeOfDay.self, FollowUpOnce.self, FollowUpDue.self,
        // Technique 5: persistence, not pushiness
        TooManyContacts.self, ContactTooFrequent.self, ContactAfterClose.self, ContactOffHours.self,
        // The note itself
        FrontMatterRule.self, UnreadableEntry.self, UnknownPerson.self, ImpossibleDate.self, FileEncoding.self,
        UnknownRule.self,
    ]

    public static let identifiers: [String] = all.map { $0.description.identifier }

    public static func rule(named name: String) -> (any Rule.Type)? {
        all.first { $0.description.identifier == name }
    }
}

/// "Did you mean …?" for misspelled names.
enum Suggestion {
    static func nearest(_ name: String, in candidates: [String]) -> String? {
        let scored = candidates.map { ($0, LogEntryReader.editDistance(name.lowercased(), $0.lowercased())) }
        guard let best = scored.min(by: { $0.1 < $1.1 }), best.1 <= max(2, name.count / 3) else { return nil }
        return best.0
    }
}
