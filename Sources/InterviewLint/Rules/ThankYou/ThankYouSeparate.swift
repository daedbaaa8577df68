/// `thank-you-separate`: one email per person, not one to the whole panel.
public struct ThankYouSeparate: Rule {
    public static let description = RuleDescription(
        identifier: "thank-you-separate",
        tags: [.thankYou],
        defaultSeverity: .warning,
        summary: "One thank-you addressed to several interviewers instead of one to each.",
        rationale: """
            Each person you spoke with should get their own thank-you that recalls your own \
            conversation with them; a group message reads as a form letter (advice 3 in \
            seeds/follow-up-advice.md).
            """,
        triggering: [
            RuleExample("""
                ---
                date: 2026-11-16 10:00
                ---
                ## Interviewers
                - [x] Jane Doe — jane.doe@acme.example — +1 555 0100
                - [x] Bob Smith — bob.smith@acme.example — +1 555 0101
                ## Follow-up
                - ↓2026-11-16 17:30 — Email thank-you to Jane Doe and Bob Smith. Recap: the sync design. Reiterated interest.
                """),
        ],
        nonTriggering: [
            RuleExample("""
                ---
                date: 2026-11-16 10:00
                ---
                ## Interviewers
                - [x] Jane Doe — jane.doe@acme.example — +1 555 0100
                - [x] Bob Smith — bob.smith@acme.example — +1 555 0101
                ## Follow-up
                - 2026-11-16 17:30 — Email thank-you to Jane Doe. Recap: the sync design. Reiterated interest.
                - 2026-11-16 17:45 — Email thank-you to Bob Smith. Recap: the test strategy. Reiterated interest.
                """),
        ])

    public static func check(_ context: RuleContext) -> [Finding] {
        let log = context.interview.log
        // By index, reading stored fields in place: an entry handed to a closure is a copy, its
        // text and people retained and released.
        return log.indices.compactMap { index in
            // The cheap tests first, before a set of the entry's people is built.
            guard log[index].isOutgoing, log[index].kind == .thankYou else { return nil }
            // Most thank-yous go to one person: two different ones are looked for before any list is made.
            var first: Int?
            var several = false
            for reference in log[index].people {
                guard let person = reference.interviewer else { continue }
                if let seen = first, seen != person { several = true; break }
                first = person
            }
            guard several else { return nil }
            // Distinct and sorted, without a Set (there are a handful).
            var people: [Int] = []
            for person in log[index].interviewers.sorted() where people.last != person { people.append(person) }
            guard people.count > 1 else { return nil }
            let names = Wording.list(people.map(context.name(of:)))
            return Finding("one thank-you went to \(names) together: send each of them a separate email that recalls your own conversation",
                           at: log[index].range)
        }
    }
}
