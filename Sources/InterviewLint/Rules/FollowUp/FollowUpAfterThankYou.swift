/// `follow-up-after-thank-you`: thank first, call later.
public struct FollowUpAfterThankYou: Rule {
    public static let description = RuleDescription(
        identifier: "follow-up-after-thank-you",
        tags: [.followUp],
        defaultSeverity: .error,
        summary: "A follow-up call to someone before their thank-you was sent.",
        rationale: """
            The call comes after the thank-you: calling someone you have not yet thanked skips \
            the step that makes the call welcome (advice 3 and 4 in seeds/follow-up-advice.md). \
            A recruiter from an agency is asked for no thank-you: a call to them is fine once the \
            interviewers have been thanked.
            """,
        triggering: [
            RuleExample("""
                ---
                date: 2026-11-16 10:00
                ---
                ## Interviewers
                - [x] Jane Doe — jane.doe@acme.example — +1 555 0100
                ## Follow-up
                - ↓2026-11-23 10:15 — Called Jane Doe; left a voicemail.
                - 2026-11-23 12:00 — Email thank-you to Jane Doe. Recap: the sync design. Reiterated interest.
                """),
        ],
        nonTriggering: [
            // The thank-you is there but undated: it may have gone first.
            RuleExample("""
                ---
                date: 2026-11-16 10:00
                ---
                ## Interviewers
                - [x] Jane Doe — jane.doe@acme.example — +1 555 0100
                ## Follow-up
                - Sent a thank-you email to Jane Doe that night. Recap: the sync design. Reiterated interest.
                - 2026-11-23 10:15 — Called Jane Doe; left a voicemail.
                """),
            // The agency recruiter's debrief call before the thank-yous went out is no follow-up.
            RuleExample("""
                ---
                date: 2026-11-24 14:30
                ---
                ## Interviewers
                - [x] Paul Whitaker — Finance Director — paul@mh.example — +44 161 555 0420
                - Leah Kowalczyk — Recruiter — leah.k@brightpath.example
                ## Follow-up
                - 2026-11-24 16:05 — Called Leah to debrief.
                - 2026-11-24 19:00 — Thank-you email to Paul. Recap: the reforecasting. Reiterated interest.
                """),
            RuleExample("""
                ---
                date: 2026-11-16 10:00
                ---
                ## Interviewers
                - [x] Jane Doe — jane.doe@acme.example — +1 555 0100
                - [x] Sam Lee — Agency recruiter — sam@agency.example — +1 555 0199
                ## Follow-up
                - 2026-11-16 17:30 — Email thank-you to Jane Doe. Recap: the sync design. Reiterated interest.
                - 2026-11-23 10:00 — Called Sam Lee to follow up.
                """),
            RuleExample("""
                ---
                date: 2026-11-16 10:00
                ---
                ## Interviewers
                - [x] Jane Doe — jane.doe@acme.example — +1 555 0100
                ## Follow-up
                - 2026-11-16 17:30 — Email thank-you to Jane Doe. Recap: the sync design. Reiterated interest.
                - 2026-11-23 10:15 — Called Jane Doe; left a voicemail.
                """),
        ])

    public static func check(_ context: RuleContext) -> [Finding] {
        let interview = context.interview
        var findings: [Finding] = []
        for call in interview.followUpCalls {
            let early = interview.log[call.index].interviewers.filter { person in
                // A recruiter is thanked by no one: calling them is fine once the interviewers were thanked.
                if interview.people[person].isRecruiter {
                    return !interview.people.indices.contains { other in
                        interview.firstThankYou(to: other).map { $0.at <= call.at } ?? false
                    }
                }
                guard let thanks = interview.firstThankYou(to: person) else {
                    // A thank-you whose day the reader could not place ("that evening") may well
                    // have gone first; unreadable-entry already asks for its date.
                    return !interview.log.contains { entry in
                        entry.date == nil && entry.isOutgoing && entry.kind == .thankYou
                            && entry.people.contains { $0.interviewer == person }
                    }
                }
                return thanks.at > call.at
            }
            guard !early.isEmpty else { continue }
            let names = Wording.list(early.map(context.name(of:)))
            findings.append(Finding("follow-up call to \(names) before any thank-you to them: send the thank-you email first, then call",
                                    at: interview.log[call.index].range))
        }
        return findings
    }
}
