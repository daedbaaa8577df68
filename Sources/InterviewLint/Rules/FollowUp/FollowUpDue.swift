/// `follow-up-due`: the day to follow up has come; say whom to call and when.
public struct FollowUpDue: Rule {
    public static let description = RuleDescription(
        identifier: "follow-up-due",
        tags: [.followUp],
        defaultSeverity: .info,
        summary: "No follow-up yet, no word from them, and the follow-up date has passed.",
        rationale: """
            Take ownership instead of waiting for the phone to ring: once the date they gave has \
            passed (or about a week after the interview), call once, mid-morning (advice 2 and 4 \
            in seeds/follow-up-advice.md). The message names the person, their number and the \
            next mid-morning slot. A reply that came before the decision date they gave (thanks \
            for the thank-you, a request for a portfolio) does not answer the question of the decision.
            """,
        triggering: [
            RuleExample("""
                ---
                date: 2026-11-16 10:00
                ---
                ↓# Acme Robotics
                ## Interviewers
                - [x] Jane Doe — jane.doe@acme.example — +1 555 0100
                ## Follow-up
                - 2026-11-16 17:30 — Email thank-you to Jane Doe. Recap: the sync design. Reiterated interest.
                """, today: "2026-11-24T12:00"),
            RuleExample("""
                ---
                date: 2026-11-16 10:00
                ---
                # Acme Robotics
                ## Interviewers
                - [x] Jane Doe — jane.doe@acme.example — +1 555 0100
                ## Timeframe
                ↓They will decide by 2026-11-20.
                ## Follow-up
                - 2026-11-16 17:30 — Email thank-you to Jane Doe. Recap: the sync design. Reiterated interest.
                - 2026-11-17 09:00 — Email from Jane Doe: thanks, could you send the portfolio link?
                """, today: "2026-11-26T12:00"),
        ],
        nonTriggering: [
            RuleExample("""
                ---
                date: 2026-11-16 10:00
                ---
                # Acme Robotics
                ## Interviewers
                - [x] Jane Doe — jane.doe@acme.example — +1 555 0100
                ## Follow-up
                - 2026-11-16 17:30 — Email thank-you to Jane Doe. Recap: the sync design. Reiterated interest.
                - 2026-11-20 09:00 — Email from Jane Doe: they need one more week.
                """, today: "2026-11-24T12:00"),
            RuleExample("""
                ---
                date: 2026-11-16 10:00
                ---
                # Acme Robotics
                ## Interviewers
                - [x] Jane Doe — jane.doe@acme.example — +1 555 0100
                """, today: "2026-11-20"),
        ],
        quietWhenClosed: true)

    /// The follow-up call still to make, whether or not its day has come.
    public struct Call: Sendable, Hashable {
        /// The interviewer to call (an index into `people`).
        public var person: Int
        /// The day from which the call is due.
        public var due: LocalDate
        /// The first call window on or after `due` that is not over yet, and its end.
        public var slot: LocalDateTime
        public var slotEnd: LocalDateTime
        /// Where the finding and the agenda line point.
        public var range: SourceRange
    }

    /// The open call; nil once a follow-up was made or they answered, when the interview is
    /// closed, or when there is no date to count from or no one to call.
    public static func call(_ context: RuleContext) -> Call? {
        let interview = context.interview
        guard interview.awaitsFollowUp, let due = context.schedule.followUpDate,
              let person = interview.followUpContact
        else { return nil }
        let window = context.settings.callWindow
        let slot = FollowUpSchedule.nextCallSlot(onOrAfter: due, now: context.now, window: window)
        return Call(person: person, due: due, slot: slot,
                    slotEnd: LocalDateTime(date: slot.date, hour: window.end / 60, minute: window.end % 60),
                    range: interview.timeframe?.range ?? interview.anchor)
    }

    public static func check(_ context: RuleContext) -> [Finding] {
        guard let call = call(context), context.now.date >= call.due else { return [] }
        let contact = context.interview.people[call.person]
        let number = contact.phone.map { " on \($0.value)" } ?? " (their number is not in the note)"
        return [Finding("time to follow up: call \(contact.name.value)\(number), \(Wording.slot(call.slot, context.settings.callWindow)); the follow-up was due from \(Wording.day(call.due))",
                        at: call.range)]
    }
}
