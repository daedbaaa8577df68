/// `thank-you-sent`: every interviewer gets a thank-you within a day.
public struct ThankYouSent: Rule {
    /// Up to a year.
    public static let dueHours = IntegerOption(
        "due-hours", default: 24, range: 0...8_760, "Hours after the interview's start by which each thank-you is due.")

    public static let description = RuleDescription(
        identifier: "thank-you-sent",
        tags: [.thankYou],
        defaultSeverity: .error,
        summary: "An interviewer has had no thank-you and the time for it has passed.",
        rationale: """
            Write the thank-you as soon as you are home, one to each person you spoke with \
            (advice 3 in seeds/follow-up-advice.md). Until `due-hours` have passed since the \
            interview nothing is reported: it is still on time. A closed interview owes nothing.
            """,
        options: [dueHours.declaration],
        triggering: [
            RuleExample("""
                ---
                date: 2026-11-16 10:00
                ---
                ## Interviewers
                - [x] Jane Doe — jane.doe@acme.example — +1 555 0100
                - [x] ↓Bob Smith — bob.smith@acme.example — +1 555 0101
                ## Follow-up
                - 2026-11-16 17:30 — Email thank-you to Jane Doe. Recap: the sync design. Reiterated interest.
                """, today: "2026-11-18"),
        ],
        nonTriggering: [
            RuleExample("""
                ---
                date: 2026-11-16 10:00
                ---
                ## Interviewers
                - [x] Bob Smith — bob.smith@acme.example — +1 555 0101
                """, today: "2026-11-17T09:00"),
            // 38 hours on, within the two days this configuration gives.
            RuleExample("""
                ---
                date: 2026-11-25 10:00
                ---
                ## Interviewers
                - [x] Bob Smith — bob.smith@acme.example — +1 555 0101
                """, options: [dueHours(48)]),
            RuleExample("""
                ---
                date: 2026-11-16 10:00
                status: rejected
                ---
                ## Interviewers
                - [x] Bob Smith — bob.smith@acme.example — +1 555 0101
                """, today: "2026-11-30"),
        ],
        quietWhenClosed: true,
        reportsAbsence: true)

    /// When the thank-yous are due; nil when none is owed (no interview date, or a closed
    /// interview). The rule reports the unthanked from then on, the agenda lists them until then.
    public static func due(_ context: RuleContext) -> LocalDateTime? {
        let interview = context.interview
        guard let start = interview.start?.value, interview.currentStatus == .waiting else { return nil }
        return start.adding(hours: dueHours.value(in: context))
    }

    public static func check(_ context: RuleContext) -> [Finding] {
        guard let due = due(context), context.now >= due else { return [] }
        let interview = context.interview
        return interview.peopleWithoutThankYou.map { index in
            let person = interview.people[index]
            if let mention = interview.mention(.thankYou, naming: person) {
                return Finding("could not tell whether you thanked \(person.name.value): line \(mention.range.start.line) says \(mention.quoted); if it went out, log it with the day and time it went, as '- \(interview.start?.value.date ?? due.date) 18:00 — Email thank-you to \(person.name.value). Recap: …' under ## Follow-up",
                               at: person.name.range, uncertain: true)
            }
            return Finding("no thank-you to \(person.name.value) yet: it was due by \(due); send a separate email that recaps your conversation and says you are still interested",
                           at: person.name.range)
        }
    }
}
