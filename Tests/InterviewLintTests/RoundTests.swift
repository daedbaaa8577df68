import Testing
@testable import InterviewLint

/// A note per application holds several interviews: each is read and checked on its own.
@Suite("Several rounds in one note")
struct RoundTests {
    static let twoHeadings = """
        # Acme Robotics

        ## Phone screen — Nov 3, 2026 at 11:00
        - [x] Jenna Cole — jenna.cole@acme.example — +1 555 0110

        Sent Jenna a thank-you email that afternoon.

        ## Onsite — Nov 12, 2026 at 10:00
        - [x] Marcus Oyelaran — marcus@acme.example — +1 555 0147

        ## Log
        - 2026-11-03 15:00 — thank-you email to Jenna, recapped the team split, said I'm keen
        - 2026-11-16 09:00 — thank-you email to Marcus, recapped the netcode talk, said I'm keen
        """

    @Test("two dated round headings: two interviews, each with its own day, people and contacts")
    func headings() throws {
        let note = read(Self.twoHeadings)
        try #require(note.rounds.count == 2)
        let (screen, onsite) = (note.rounds[0], note.rounds[1])
        #expect(screen.round?.label == "Phone screen")
        #expect(screen.start?.value == LocalDateTime(date: LocalDate(year: 2026, month: 11, day: 3)!, hour: 11, minute: 0))
        #expect(onsite.start?.value.date == LocalDate(year: 2026, month: 11, day: 12))
        #expect(screen.people.map(\.name.value) == ["Jenna Cole"])
        #expect(onsite.people.map(\.name.value) == ["Marcus Oyelaran"])
        #expect(screen.log.count == 1 && onsite.log.count == 1)
        // The round that led to the next one is over; the last one is still awaited.
        #expect(screen.currentStatus == .closed)
        #expect(onsite.currentStatus == .waiting)
    }

    @Test("an outline that is the whole note (Roam): its top bullet is the title, its dated round items are rounds, a linked day keeps its time")
    func outlineRounds() throws {
        let note = read("""
            - Brackwater Ferries — Data Engineer #[[job search]] #[[interview]]
                - Status:: waiting
                - Round 1 — recruiter phone screen [[November 4th, 2026]] 10:00
                    - with [[Lena Holt]] (Talent Partner) — lena.holt@brackwater.example
                    - {{[[DONE]]}} thank-you email to [[Lena Holt]] [[November 4th, 2026]] 13:15 — recap: relocation; said I'm excited about the role
                - Round 2 — onsite [[November 12th, 2026]] 13:00
                    - with [[Per Lund]] (Head of Data)
                        - Per: card ✔ per.lund@brackwater.example
                    - {{[[DONE]]}} thank-you email to [[Per Lund]] [[November 12th, 2026]] 18:00 — recap of the roadmap, said I really want to join
            """)
        try #require(note.rounds.count == 2)
        let (screen, onsite) = (note.rounds[0], note.rounds[1])
        #expect(screen.round?.label == "Round 1" && onsite.round?.label == "Round 2")
        #expect(screen.company?.value == "Brackwater Ferries")
        #expect(screen.people.map(\.name.value) == ["Lena Holt"])
        #expect(onsite.people.map(\.name.value) == ["Per Lund"])
        #expect(screen.log.first?.date?.value == LocalDateTime(date: LocalDate(year: 2026, month: 11, day: 4)!, hour: 13, minute: 15))
        #expect(onsite.start?.value == LocalDateTime(date: LocalDate(year: 2026, month: 11, day: 12)!, hour: 13, minute: 0))
    }

    @Test("lines that each label a dated round ('📅 Round 1: phone screen, Mon Oct 26 2026, … with Ruth'): a round a line, with the people it names")
    func roundLines() throws {
        let note = read("""
            # 🛰️ Corvane Orbital — Flight Software Engineer

            🗓 Round 1: phone screen, Tue Oct 20 2026, 10am, with Imke Valdés (Recruiter) imke@corvane.example
            🗓 Round 2: onsite, Thu Oct 29 2026, 2pm, with Oskar Brandt (Lead) card ✅ oskar@corvane.example · +1 555 0142

            ## Follow-ups
            - Tue Oct 20, 5:00pm — thank-you email to Imke; recap: the team; said I'm keen
            - Thu Oct 29, 7:00pm — thank-you email to Oskar; recap: the flight computer; reiterated interest
            """)
        try #require(note.rounds.count == 2)
        let (screen, onsite) = (note.rounds[0], note.rounds[1])
        #expect(screen.round?.label == "Round 1" && onsite.round?.label == "Round 2")
        #expect(screen.company?.value == "Corvane Orbital")
        #expect(screen.people.map(\.name.value) == ["Imke Valdés"])
        #expect(onsite.people.map(\.name.value) == ["Oskar Brandt"])
        #expect(onsite.people.first?.name.range.start.line == 4)
        #expect(onsite.start?.value == LocalDateTime(date: LocalDate(year: 2026, month: 10, day: 29)!, hour: 14, minute: 0))
        // Telling of a round is no list of them, and what came of one is no round.
        #expect(read("# Notes\n\nInterview on Nov 3 went well.\nFinal round Nov 10 is next.\n").rounds.isEmpty)
        #expect(read("# Acme\n\nInterview: Mon 16 Nov 2026 10:00 with Ana Ruiz (EM)\nInterview result: 30 Nov 2026 — rejected\nFinal decision: by 20 Nov 2026\n").rounds.isEmpty)
    }

    @Test("front matter dated by the last round: an earlier round's yearless days are that year's, and its 'waiting' was overtaken")
    func frontMatterOfLastRound() {
        let note = """
            ---
            company: Harbor Labs
            date: 2026-11-10 09:30
            ---
            # Harbor Labs — Backend Engineer

            ## Round 1 — phone screen
            **Mon Nov 2, 2026, 12:00–12:30**, phone call.

            - Outcome: she said on the call they'd want me onsite next week.

            Follow-up:
            - Nov 2, 3:00pm — thank-you email to Priya. Recapped the idempotency question, said I'm excited.

            ## Round 2 — onsite
            **Tue Nov 10, 2026, 9:30am–1:00pm**, their office.

            - [x] Lorenzo Bassi — Principal Engineer — lorenzo@harbor.example — +1 555 0111

            **Timeframe:** they'd decide by Friday Nov 20.

            Follow-up:
            - Nov 10, 6:00pm — thank-you email to Lorenzo Bassi. Recapped the ledger design, reiterated my interest.
            """
        let found = lint(note, today: "2026-11-17")
        #expect(!found.contains { $0.rule == "impossible-date" }, "\(found.map(\.message))")
        #expect(!found.contains { $0.rule == "timeframe-asked" }, "\(found.map(\.message))")
        let context = LogEntryReader.Context(people: [], companyWords: [], interviewDay: LocalDate(year: 2026, month: 11, day: 10), maxNameDistance: 1)
        func day(_ text: String) -> LocalDate? { LogEntryReader.fromText(SourceSpan(text, line: 5, column: 3), context: context).0.date?.value.date }
        #expect(day("Nov 2, 3:00pm — thank-you email to Priya") == LocalDate(year: 2026, month: 11, day: 2))
        // Months before the interview, it is still the next such day.
        #expect(day("Mar 2, 3:00pm — called Priya") == LocalDate(year: 2027, month: 3, day: 2))
    }

    @Test("a card got in a later round for someone met in an earlier one ('finally got Marta's card') is collected")
    func cardGotInALaterRound() {
        let note = """
            ---
            company: Tidewater Labs
            role: Platform Engineer
            ---
            # Tidewater Labs — Platform Engineer

            ## Round 1 — Mon 2 Nov 2026, 10:00
            Met Marta Kowalski (Engineering Manager). She had no cards with her.

            ## Round 2 — Mon 16 Nov 2026, 14:00
            Met Pavel Novak (Staff Engineer), card ✓. Finally got Marta's card too.
            """
        let cards = read(note).rounds.flatMap(\.people).filter { $0.name.value == "Marta Kowalski" }.map { $0.card?.value }
        #expect(!cards.isEmpty && cards.allSatisfy { $0 == true })
        #expect(!lint(note, today: "2026-11-17").contains { $0.rule == "card-collected" && $0.message.contains("Marta") })
        // Without the later card, the "no" stands.
        let without = note.replacingOccurrences(of: " Finally got Marta's card too.", with: "")
        #expect(lint(without, today: "2026-11-17").contains { $0.rule == "card-collected" && $0.message.contains("Marta") })
    }

    @Test("a late thank-you is counted from its own round's day, and the finding names the round")
    func findingsNameTheRound() {
        let found = lint(Self.twoHeadings, today: "2026-11-17").filter { $0.rule == "thank-you-prompt" }
        #expect(found.count == 1)
        #expect(found.first?.message.hasPrefix("Onsite of 2026-11-12: the thank-you to Marcus Oyelaran") == true)
        #expect(found.first?.range.start.line == 13)
    }

    @Test("the day under a Logistics heading is the interview's, not an earlier round's day told in passing")
    func logisticsHeading() {
        let note = """
            # Final round — Tarn Valley Water

            ## Contact
            - Priti Sen, recruiter — priti.sen@tarn.example — she held the phone screen on 2026.11.03 with me

            ## When & where
            - Thu 2026.11.12, 09:30–11:30, Tarn House, 4th floor

            ## People
            - Colm Rafferty — Head of Assets — card ✔ — colm.rafferty@tarn.example — +44 161 555 0190

            ## Follow-ups
            - 2026.11.12 16:00 — thank-you email to Colm: recap of the pump telemetry plan; said I'm keen to join.
            """
        #expect(read(note).start?.value == moment("2026-11-12 09:30"))
        #expect(!lint(note, today: "2026-11-16").contains { $0.rule == "thank-you-prompt" })
    }

    @Test("timeline rows that are rounds split the note; other rows stay contacts")
    func timelineRows() throws {
        let note = read("""
            # Larkspur Games

            - Jenna Cole — recruiter — jenna@larkspur.example
            - [x] Marcus Oyelaran — director — marcus@larkspur.example

            ## Timeline
            | Date | Stage | Notes |
            |------|-------|-------|
            | 2026-10-28 11:00 | Phone Screen | Jenna, 30 min. |
            | 2026-10-28 | Thank-you | Emailed Jenna that afternoon |
            | 2026-11-10 13:00 | Onsite | Marcus, netcode deep dive |
            | 2026-11-10 | Thank-you | Emailed Marcus that evening |
            """)
        try #require(note.rounds.count == 2)
        #expect(note.rounds.map(\.round?.label) == ["Phone Screen", "Onsite"])
        #expect(note.rounds[0].people.map(\.name.value) == ["Jenna Cole"])
        #expect(note.rounds[1].people.map(\.name.value) == ["Marcus Oyelaran"])
        #expect(note.rounds[1].log.map { $0.interviewers.map { note.rounds[1].people[$0].name.value } } == [["Marcus Oyelaran"]])
    }

    @Test("one interview under several headings is not split", arguments: [
        "## Interview — Nov 12, 2026 10:00\nMet Marcus.\n\n## Interview notes — Nov 12, 2026\nGood talk.\n",
        "## Interview prep — Nov 10, 2026\nRead up.\n\n## Interview — Nov 12, 2026 10:00\nMet Marcus.\n",
        "## Interview — Nov 12, 2026 10:00\nMet Marcus.\n\n## Follow-up call — Nov 19, 2026 10:00\nVoicemail.\n",
    ])
    func notSplit(_ body: String) {
        #expect(read("# Acme\n\n" + body).rounds.isEmpty)
    }
}
