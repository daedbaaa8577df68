/// `contact-details`: the card should give you an email address and a phone number.
public struct ContactDetails: Rule {
    static let requireEmail = BooleanOption("require-email", default: true, "Report a missing email address.")
    static let requirePhone = BooleanOption("require-phone", default: true, "Report a missing phone number.")

    public static let description = RuleDescription(
        identifier: "contact-details",
        tags: [.cards],
        defaultSeverity: .warning,
        summary: "An interviewer without an email address or without a phone number.",
        rationale: """
            The thank-you goes out by email and the follow-up is a phone call, so each \
            interviewer's entry needs both (advice 1, 3 and 4 in seeds/follow-up-advice.md). \
            Copy them from the business card. A recruiter, who hands out no card to collect, is \
            left out. It still speaks once the interview is closed: their details are how you \
            reach them again (to ask them to reconsider, or for the next opening).
            """,
        options: [requireEmail.declaration, requirePhone.declaration],
        triggering: [
            RuleExample("""
                ---
                date: 2026-11-16 10:00
                ---
                ## Interviewers
                - [x] ↓Bob Smith — Staff Engineer — bob.smith@acme.example
                """),
            RuleExample("""
                ---
                date: 2026-11-16 10:00
                ---
                ## Interviewers
                | Name | Email | Phone |
                |---|---|---|
                | ↓Ines Park | | +1 555 0199 |
                """),
        ],
        nonTriggering: [
            RuleExample("""
                ---
                date: 2026-11-16 10:00
                ---
                ## Interviewers
                - [x] Jane Doe — jane.doe@acme.example — +1 555 0100
                - Sam Lee — Technical Recruiter, scheduling only
                """),
            RuleExample("""
                ---
                date: 2026-11-16 10:00
                ---
                ## Interviewers
                - [x] Jane Doe — Engineering Manager — +1 555 0100 — jane.doe@acme.example
                """),
        ],
        reportsAbsence: true)

    public static func check(_ context: RuleContext) -> [Finding] {
        guard context.interviewHasBegun else { return [] }
        let needEmail = requireEmail.value(in: context)
        let needPhone = requirePhone.value(in: context)
        let people = context.interview.people
        // A video or phone interview hands over no card: the details come from the invite or an ask.
        let remote = CardCollected.heldRemotely(context.interview)
        // By index, reading stored fields in place (a person handed to a closure is a copy).
        return people.indices.compactMap { index in
            // A recruiter is asked for no card: their details come with their emails.
            if people[index].isRecruiter { return nil }
            var missing: [String] = []
            if needEmail, people[index].email == nil { missing.append("email address") }
            if needPhone, people[index].phone == nil { missing.append("phone number") }
            guard !missing.isEmpty else { return nil }
            let person = people[index]
            let what = missing.joined(separator: " or ")
            let pronoun = missing.count == 1 ? "it" : "them"
            let from = remote
                ? "ask them or the recruiter for \(pronoun), or take \(pronoun) from the invite or their email signature (no card changes hands on a video or phone call)"
                : "copy \(pronoun) from their business card"
            return Finding("no \(what) for \(person.name.value): \(from) (the thank-you goes by email, the follow-up is a call)",
                           at: person.name.range)
        }
    }
}
