/// `name-spelling`: names in the log should be spelled as on the card.
public struct NameSpelling: Rule {
    /// Read by the log reader, which matches names to the cards.
    public static let maxDistance = IntegerOption(
        "max-distance", default: 2, range: 0...10,
        "Most letters added, dropped, changed or swapped for a name to count as a misspelling rather than someone else (also at most a quarter of the name's length).")

    public static let description = RuleDescription(
        identifier: "name-spelling",
        tags: [.cards],
        defaultSeverity: .error,
        summary: "A name in the log spelled differently from the interviewer's card.",
        rationale: """
            Misspelling an interviewer's name in a thank-you undoes much of its good; the card \
            is there to get it right (advice 1 in seeds/follow-up-advice.md). The entry is still \
            counted as theirs, so the other rules treat it correctly. A first name that only one \
            interviewer has is not a misspelling.
            """,
        options: [maxDistance.declaration],
        triggering: [
            RuleExample("""
                ---
                date: 2026-11-16 10:00
                ---
                ## Interviewers
                - [x] John Smithson — john@acme.example — +1 555 0100
                ## Follow-up
                - 2026-11-16 18:00 — Email thank-you to ↓Jon Smithson. Recap: the API review. Reiterated interest.
                """),
            RuleExample("""
                ---
                date: 2026-11-16 10:00
                ---
                ## Interviewers
                - [x] Priya Natarajan — priya@lumen.example — +1 555 0101
                ## Follow-up
                - 2026-11-23 10:00 — Called ↓Priya Natrajan; left a voicemail.
                """),
        ],
        nonTriggering: [
            RuleExample("""
                ---
                date: 2026-11-16 10:00
                ---
                ## Interviewers
                - [x] John Smithson — john@acme.example — +1 555 0100
                ## Follow-up
                - 2026-11-16 18:00 — Email thank-you to John. Recap: the API review. Reiterated interest.
                """),
        ])

    public static func check(_ context: RuleContext) -> [Finding] {
        let log = context.interview.log
        // By index, reading stored fields in place: an entry handed to a closure is a copy, its
        // text and people retained and released.
        return log.indices.flatMap { index in
            log[index].people.compactMap { reference -> Finding? in
                guard reference.match == .nearMiss, let index = reference.interviewer else { return nil }
                let card = context.name(of: index)
                return Finding("'\(reference.written.value)' is spelled '\(card)' on their card: use that spelling, above all in anything you send them",
                               at: reference.written.range,
                               related: RelatedPlace("the card: '\(card)'", at: context.interview.people[index].name.range),
                               replacement: card)
            }
        }
    }
}
