/// `card-collected`: everyone you spoke with should have given you a business card.
public struct CardCollected: Rule {
    public static let description = RuleDescription(
        identifier: "card-collected",
        tags: [.cards],
        defaultSeverity: .warning,
        summary: "An interviewer whose business card you did not collect.",
        rationale: """
            A card gives you the exact spelling of the name, the email address and the phone \
            number you need for the thank-you and the follow-up call; without it you end up \
            guessing or searching (advice 1 in seeds/follow-up-advice.md). Tick the person's \
            checkbox (`- [x] Jane Doe — …`) or answer yes in the Card column once you have it. \
            Like the other rules about what you collect at the interview, it reports nothing \
            before the interview's start time. It still speaks once the interview is closed: the \
            card is your record of whom you met, and a rejected interview's people stay contacts \
            (to ask them to reconsider, or for the next opening). A note that names nobody gets an \
            info: no card, thank-you or call can be checked until the people are listed. On a \
            video or phone interview (`format: video`, "Zoom call", a "Phone screen" round, "no \
            cards on a video call") nobody hands over a card, so this rule asks for none: \
            `contact-details` asks for each person's email and phone instead (from the invite, \
            their signature, or the recruiter).
            """,
        triggering: [
            RuleExample("""
                ---
                date: 2026-11-16 10:00
                ---
                ## Interviewers
                - [x] Jane Doe — jane.doe@acme.example — +1 555 0100
                - [ ] ↓Bob Smith — bob.smith@acme.example
                """),
            RuleExample("""
                ---
                date: 2026-11-16 10:00
                ---
                ## Interviewers
                - ↓Bob Smith — Staff Engineer
                """),
            RuleExample("""
                ---
                date: 2026-11-16 10:00
                ---
                ## Panel
                | Name | Email | Card |
                |------|-------|------|
                | Ines Park | ines@lumen.example | ↓no |
                """),
            RuleExample("""
                ---
                date: 2026-11-16 10:00
                ---
                ↓# Acme Robotics
                Met the platform team; it went well.
                """),
        ],
        nonTriggering: [
            RuleExample("""
                ---
                date: 2026-11-16 10:00
                ---
                ## Interviewers
                - [x] Jane Doe — jane.doe@acme.example — +1 555 0100
                - [ ] Kwame Asante — Recruiter, Talent Team — kwame@acme.example
                """),
            RuleExample("""
                ---
                date: 2026-11-16 10:00
                ---
                ## Interviewers
                - [x] Jane Doe — jane.doe@acme.example — +1 555 0100
                """),
            RuleExample("""
                ---
                date: 2026-11-16 10:00
                ---
                ## Panel
                | Name | Email | Card |
                |------|-------|------|
                | Ines Park | ines@lumen.example | ✓ |
                """),
            // A video interview hands over no card: the addresses are what counts.
            RuleExample("""
                ---
                date: 2026-11-16 10:00
                format: video (Zoom)
                ---
                ## Interviewers
                - [ ] Bob Smith — bob.smith@acme.example — +1 555 0101
                """),
            // Before the interview nobody could have handed you a card yet.
            RuleExample("""
                ---
                date: 2026-11-26 10:00
                ---
                ## Interviewers
                - [ ] Bob Smith
                """, today: "2026-11-26T09:00"),
        ],
        reportsAbsence: true)

    public static func check(_ context: RuleContext) -> [Finding] {
        guard context.interviewHasBegun else { return [] }
        let interview = context.interview
        if interview.people.isEmpty, interview.peopleSection == nil {
            // Never silent: the reader found nobody, so no rule about a person can speak.
            return [Finding("no interviewer was found in this note, so no card, thank-you or follow-up call is checked: list each person under `## Interviewers` as `- [x] Jane Doe — jane.doe@acme.example — +1 555 0100`",
                            at: interview.anchor, uncertain: true)]
        }
        // No card is handed over on a video or phone call; `contact-details` asks for the addresses.
        if heldRemotely(interview) { return [] }
        return interview.people.compactMap { person in
            // A recruiter arranges the interview and hands out no card to collect: an unticked box
            // beside one is the list's format, not a card missed.
            if person.isRecruiter { return nil }
            switch person.card?.value {
            case true?:
                return nil
            case false?:
                let range = person.card.map { $0.range.start.column > person.name.range.start.column ? $0.range : person.name.range }
                    ?? person.name.range
                return Finding("no business card from \(person.name.value): ask for one before you leave (or get the exact spelling, email and phone another way) and mark it [x]",
                               at: range)
            case nil:
                if let mention = context.interview.mention(.card, naming: person) {
                    return Finding("could not tell whether you have \(person.name.value)'s business card: line \(mention.range.start.line) says \(mention.quoted); write `- [x] \(person.name.value)` under ## Interviewers once you have it",
                                   at: person.name.range, uncertain: true)
                }
                // The note is silent: it may be recorded where the reader did not look, so an info.
                return Finding("the note does not say whether you have \(person.name.value)'s business card: write `- [x]` before the name once you have it",
                               at: person.name.range, uncertain: true)
            }
        }
    }

    /// Whether the interview (this round, in a note of several) was held by video or phone.
    static func heldRemotely(_ interview: Interview) -> Bool {
        if let round = interview.round {
            let label = round.label.quickLowercased()
            if label.byteRange(of: "phone") != nil || label.byteRange(of: "video") != nil || label.byteRange(of: "zoom") != nil {
                return true
            }
            return interview.remoteSigns.contains { round.lines.contains($0.range.start.line) }
        }
        return !interview.remoteSigns.isEmpty
    }
}
