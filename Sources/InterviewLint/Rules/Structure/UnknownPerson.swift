/// `unknown-person`: the log names someone who is not on the interviewer list.
public struct UnknownPerson: Rule {
    public static let description = RuleDescription(
        identifier: "unknown-person",
        tags: [.structure],
        defaultSeverity: .warning,
        summary: "The log names someone who is not among the interviewers.",
        rationale: """
            The thank-you and follow-up rules can only check what they can tie to an interviewer. \
            A name that matches nobody is usually someone whose card you did not note (advice 1 \
            in seeds/follow-up-advice.md), or a first name that two interviewers share.
            """,
        triggering: [
            RuleExample("""
                ---
                date: 2026-11-16 10:00
                ---
                ## Interviewers
                - [x] Jane Doe — jane.doe@acme.example — +1 555 0100
                ## Follow-up
                - 2026-11-16 17:30 — Email thank-you to ↓Marcus Lee. Recap: the sync design. Reiterated interest.
                """),
            RuleExample("""
                ---
                date: 2026-11-16 10:00
                ---
                ## Interviewers
                - [x] Sam Ortiz — sam.o@acme.example — +1 555 0100
                - [x] Sam Patel — sam.p@acme.example — +1 555 0101
                ## Follow-up
                - 2026-11-16 17:30 — Email thank-you to ↓Sam. Recap: the sync design. Reiterated interest.
                """),
            // Introduced outside the log but not as an interviewer: an info, not a warning.
            RuleExample("""
                ---
                date: 2026-11-16 10:00
                ---
                Nadia Brandt (recruiting coordinator) set up the onsite.
                ## Interviewers
                - [x] Jane Doe — jane.doe@acme.example — +1 555 0100
                ## Follow-up
                - 2026-11-16 17:30 — Emailed ↓Nadia to ask for Jane's phone number.
                """),
        ],
        nonTriggering: [
            RuleExample("""
                ---
                date: 2026-11-16 10:00
                ---
                ## Interviewers
                - [x] Jane Doe — jane.doe@acme.example — +1 555 0100
                ## Follow-up
                - 2026-11-16 17:30 — Email thank-you to [[Jane Doe]]. Recap: the sync design. Reiterated interest.
                """),
        ])

    public static func check(_ context: RuleContext) -> [Finding] {
        // The list of interviewers is only written out for a finding (most notes have none).
        var listed: String?
        func list() -> String {
            if let listed { return listed }
            let known = context.interview.people.map(\.name.value)
            let list = known.isEmpty ? "the note lists no interviewers" : "the interviewers are \(Wording.list(known))"
            listed = list
            return list
        }
        let log = context.interview.log
        // By index, reading stored fields in place: an entry handed to a closure is a copy, its
        // text and people retained and released.
        return log.indices.flatMap { index in
            log[index].people.compactMap { reference -> Finding? in
                switch reference.match {
                case .none where reference.namedElsewhere != nil:
                    // Someone the note introduces outside the log (the recruiter who set it up): it
                    // knows who they are, so only a word in case they interviewed you too.
                    let named = reference.namedElsewhere!
                    return Finding("'\(reference.written.value)' is not among the interviewers; the note names \(named.value) on line \(named.range.start.line): if they interviewed you, add them under Interviewers with the details from their card",
                                   at: reference.written.range, uncertain: true)
                case .none:
                    // With no list of interviewers the reader may have missed it: an info, not a warning.
                    return Finding("'\(reference.written.value)' is not among the interviewers (\(list())): add them under Interviewers with the details from their card, or fix the name",
                                   at: reference.written.range, uncertain: context.interview.people.isEmpty)
                case .ambiguous:
                    return Finding("'\(reference.written.value)' could be more than one interviewer (\(list())): write the full name",
                                   at: reference.written.range)
                default:
                    return nil
                }
            }
        }
    }
}
