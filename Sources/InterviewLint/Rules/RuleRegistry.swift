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
        UnknownRule.self, TimeBudget.self,
    ]

    public static let identifiers: [String] = all.map { $0.description.identifier }
    /// The same, for look-ups.
    public static let identifierSet: Set<String> = Set(identifiers)

    /// The rule `name` is most likely a misspelling of, for "did you mean".
    public static func suggestion(for name: String) -> String? {
        Suggestion.nearest(name, in: identifiers)
    }

    public static func rule(named name: String) -> (any Rule.Type)? {
        // Through `identifiers`, worked out once: a rule's `description` is built on each call,
        // and a configuration file names every rule.
        identifiers.firstIndex(of: name).map { all[$0] }
    }
}
