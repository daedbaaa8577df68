import Testing
@testable import InterviewLint

/// People, cards, contact details and thank-yous as people write them in their own notes:
/// journals, key lines, tables and other languages.
@Suite("people and thanks in the wild")
struct PeopleAndThanksInTheWildTests {
    private func errorsAndWarnings(_ note: String, today: String = "2026-12-02") -> [Diagnostic] {
        lint(note, today: today).filter { $0.severity == .error || $0.severity == .warning }
    }

    @Test("a thank-you listed under its section says the interest in plain words ('said I want the job')")
    func interestInPlainWords() {
        let note = read("""
            ---
            date: 2026-11-09 11:00
            company: Marrow & Finch
            ---
            ## Interviewers
            - [x] Fiona Park — Recruiter
            - [x] Leon Daw — Head of Design

            ## Thank-you notes
            - 2026-11-09: emailed Leon, recapping the portfolio review; said I want the job.
            - 2026-11-09: emailed Fiona about the portfolio review.
            """)
        let thanks = note.log.filter { $0.kind == .thankYou }
        #expect(thanks.count == 2)
        #expect(thanks.first { $0.interviewers == [1] }?.reiteratesInterest == true)
        // Not said is not read.
        #expect(thanks.first { $0.interviewers == [0] }?.reiteratesInterest == false)
    }

    @Test("a title with an 'and' in a front matter list is one person; two names joined by 'and' are two")
    func titleWithAnd() {
        let title = read("""
            ---
            date: 2026-11-16 13:00
            company: Lumen Bio
            interviewers: Head of Research and Development
            ---
            # Lumen Bio interview
            """)
        #expect(!title.people.contains { $0.name.value == "Development" })
        #expect(title.people.count <= 1)
        let names = read("""
            ---
            date: 2026-11-16 13:00
            company: Lumen Bio
            interviewers: Ines Varga and Tomas Rehak
            ---
            # Lumen Bio interview
            """)
        #expect(names.people.map(\.name.value) == ["Ines Varga", "Tomas Rehak"])
    }

    @Test("a video or phone interview asks for no card, and asks for the contact details instead")
    func remoteInterviewHasNoCard() {
        func note(_ format: String, _ card: String = "[ ]") -> String {
            """
            ---
            date: 2026-11-23 16:00
            company: Partridge Health
            \(format)
            ---
            ## Interviewers
            - \(card) Nadia Brook — Clinical Lead — nadia.brook@partridge.example

            ## Follow-up
            - 2026-11-23 18:00 — Email thank-you to Nadia. Recap: the audit dashboard. Reiterated interest.
            """
        }
        for format in ["format: video (Zoom)", "type: phone screen", "where: Google Meet"] {
            let found = errorsAndWarnings(note(format))
            #expect(!found.contains { $0.rule == "card-collected" }, "\(format)")
            // The phone number is still asked for, and where to get it without a card.
            #expect(found.contains { $0.rule == "contact-details" && $0.message.contains("video or phone call") }, "\(format)")
        }
        // In person, the card is asked for.
        #expect(errorsAndWarnings(note("where: their office")).contains { $0.rule == "card-collected" })
        // A sentence that gives the reason itself.
        let said = errorsAndWarnings("""
            ---
            date: 2026-11-23 16:00
            company: Partridge Health
            ---
            ## Interviewers
            - [ ] Nadia Brook — Clinical Lead — nadia.brook@partridge.example — +44 20 7946 0991

            No cards on a video call, but the invite had her address.

            ## Follow-up
            - 2026-11-23 18:00 — Email thank-you to Nadia. Recap: the audit dashboard. Reiterated interest.
            """)
        #expect(!said.contains { $0.rule == "card-collected" })
    }

    @Test("a phone screen round asks for no card, the onsite round of the same note does")
    func phoneRoundAndOnsiteRound() {
        let note = read("""
            ---
            company: Kittiwake Energy
            ---
            # Kittiwake Energy

            ## Phone screen — 2026-11-03 11:00
            - [ ] Priya Anand — Engineering Manager — priya.anand@kittiwake.example

            ## Onsite — 2026-11-12 10:00
            - [ ] Tom Hale — Staff Engineer — tom.hale@kittiwake.example
            """)
        guard note.rounds.count == 2 else {
            Issue.record("expected two rounds, read \(note.rounds.count)")
            return
        }
        #expect(CardCollected.heldRemotely(note.rounds[0]))
        #expect(!CardCollected.heldRemotely(note.rounds[1]))
    }

    @Test("separate thank-yous in other languages ('jeweils einzeln', 'apart') are one to each")
    func separatelyInOtherLanguages() {
        func entries(_ text: String) -> [LogEntry] {
            read("""
                ---
                date: 2026-11-18 10:00
                company: Rheinkraft AG
                ---
                ## Interviewers
                - [x] Jonas Weber — Teamleiter
                - [x] Lena Fischer — HR

                ## Follow-up
                - 2026-11-18 17:00 — \(text)
                """).log.filter { $0.kind == .thankYou }
        }
        #expect(entries("Dankesmail an Jonas und Lena, jeweils einzeln, mit Zusammenfassung").map(\.interviewers) == [[0], [1]])
        #expect(entries("bedankmail aan Jonas en Lena, apart, met een samenvatting").map(\.interviewers) == [[0], [1]])
        // Together, one message.
        #expect(entries("thank-you email to Jonas and Lena together, recap of the plant tour").map(\.interviewers) == [[0, 1]])
    }

    @Test("a journal's thank-you still unsent one day and 'sent it' the next is a late thank-you, not none")
    func lateThankYouInAJournal() {
        let journal = """
            # Brisk Labs — journal

            ### Mon 11/16/2026
            Interview at Brisk Labs today at 2pm. Met with Fiona Walsh (hiring manager), who gave me her card.

            ### Wed 11/18/2026
            Still haven't sent the thank-you. Need to do it tomorrow.

            ### Thu 11/19/2026
            Sent it this morning at 9:10 — recapped the data-model question and said I really want the role.
            """
        let note = read(journal)
        let thanks = note.log.filter { $0.kind == .thankYou }
        #expect(thanks.count == 1)
        #expect(thanks.first?.date?.value == LocalDateTime(date: LocalDate(year: 2026, month: 11, day: 19)!, hour: 9, minute: 10))
        #expect(thanks.first?.reiteratesInterest == true)
        let found = lint(journal, today: "2026-12-02")
        #expect(!found.contains { $0.rule == "thank-you-sent" && $0.severity == .error && $0.message.contains("no thank-you") })
        // Still unsent, it is none.
        let unsent = read(journal.replacingOccurrences(of: "Sent it this morning at 9:10", with: "Forgot again this morning"))
        #expect(!unsent.log.contains { $0.kind == .thankYou })
    }

    @Test("the same journal thank-you told on one line: 'still haven't sent the thank-you. Sent it Thursday 11/19 at 9:10'")
    func lateThankYouOnOneLine() {
        let note = read("""
            # Brisk Labs — journal

            Mon 11/16/2026: interview at Brisk Labs at 2pm with Fiona Walsh (hiring manager), who gave me her card.

            Wed 11/18/2026: still haven't sent the thank-you. Sent it Thursday morning 11/19 at 9:10 — recapped the data-model question.
            """)
        let thanks = note.log.filter { $0.kind == .thankYou }
        #expect(thanks.count == 1)
        #expect(thanks.first?.date?.value.date == LocalDate(year: 2026, month: 11, day: 19))
    }

    @Test("people joined by 'en', 'und', 'y' in a sentence, and a line that opens 'With Carlos Mendes (VP Treasury).'")
    func peopleInSentences() {
        let dutch = read("""
            ---
            datum: 2026-11-17
            bedrijf: Brouwer & Bakker
            ---
            # Sollicitatiegesprek

            Gesprek met Eva Brouwer (Directeur) en Thijs Bakker op kantoor om 14:00.
            """)
        #expect(dutch.people.map(\.name.value) == ["Eva Brouwer", "Thijs Bakker"])
        let with = read("""
            # Treasury role — Coldharbour Bank

            Notes from the second round.

            With Carlos Mendes (VP Treasury).
            """)
        #expect(with.people.map(\.name.value) == ["Carlos Mendes"])
        // A line that opens "With" and a name with no title says nothing of a meeting.
        #expect(read("""
            # Weekend

            With Carlos Mendes we went hiking.
            """).people.isEmpty)
    }

    @Test("'Rosa (Exec Producer) and Ken (Studio Director) both gave me cards' gives both their cards")
    func bothGaveCardsAfterTitles() {
        let note = read("""
            ---
            date: 2026-11-18 14:00
            company: Halvard Pictures
            ---
            # Halvard Pictures onsite

            Met Rosa Quint (Exec Producer) and Ken Ito (Studio Director).
            Rosa (Exec Producer) and Ken (Studio Director) both gave me cards.
            """)
        #expect(note.people.map(\.name.value) == ["Rosa Quint", "Ken Ito"])
        #expect(note.people.map { $0.card?.value } == [true, true])
    }

    @Test("a people table's title column named with more words ('Role at Brisk')")
    func titleColumnWithMoreWords() {
        let note = read("""
            ---
            interview: 2026-11-13 09:30
            company: Brisk
            ---
            | Name | Role at Brisk | Card |
            |------|---------------|------|
            | Hanna Oyelaran | Head of Product | ✅ |
            | Milo Grant | Staff Engineer | no |
            """)
        #expect(note.people.map { $0.title?.value } == ["Head of Product", "Staff Engineer"])
        #expect(note.people.map { $0.card?.value } == [true, false])
    }

    @Test("an hour written alone after 'at' is the contact's time ('Rang Fiona at 11', 'called at 2')")
    func bareHour() {
        func entry(_ text: String) -> LogEntry? {
            read("""
                ---
                date: 2026-11-09 11:00
                company: Marrow & Finch
                ---
                ## Interviewers
                - [x] Fiona Park — Head of Design

                ## Follow-up
                - 2026-11-23: \(text)
                """).log.first
        }
        #expect(entry("Rang Fiona at 11 — she said another week")?.date?.value.hour == 11)
        #expect(entry("Rang Fiona at 11 — she said another week")?.hasTime == true)
        #expect(entry("Called Fiona at 2, voicemail")?.date?.value.hour == 14)
        // The part of the day says which half.
        #expect(entry("Called Fiona at 8 this evening, voicemail")?.date?.value.hour == 20)
        #expect(entry("Called Fiona at 6 this morning from the station")?.date?.value.hour == 6)
        // A street number or a count is no time.
        #expect(entry("Dropped a card for Fiona at 11 Main Street")?.hasTime == false)
        #expect(entry("Called Fiona about the role at 3 companies")?.hasTime == false)
    }

    @Test("'Emailed Fiona and Gareth separately about 6pm to say thanks' is a thank-you to each")
    func separatelyToSayThanks() {
        let note = read("""
            ---
            date: 2026-11-20 10:00
            company: Ostwind Freight
            ---
            # Ostwind Freight onsite

            Met Fiona Hale (Ops Director) and Gareth Moss (Team Lead). Both gave me cards.

            That evening I emailed Fiona and Gareth separately about 6pm to say thanks, recapping the routing discussion.
            """)
        let thanks = note.log.filter { $0.kind == .thankYou }
        #expect(thanks.map(\.interviewers) == [[0], [1]])
        #expect(thanks.allSatisfy { $0.date?.value.hour == 18 })
        // The sentence's part of the day makes a bare hour the evening's.
        let evening = read("""
            ---
            date: 2026-11-02 10:00
            company: Ostwind Freight
            ---
            # Ostwind Freight onsite

            Met Fiona Hale (Ops Director) and Gareth Moss (Team Lead). Both gave me cards.

            Two days later, on the Wednesday evening, I finally wrote the thank-you emails to Fiona and Gareth, one each, around 8.
            """)
        #expect(evening.log.filter { $0.kind == .thankYou }.map { $0.date?.value.hour } == [20, 20])
    }

    @Test("cards given as the other languages say it ('Beide haben mir ihre Visitenkarte gegeben')")
    func cardsGivenInOtherLanguages() {
        for sentence in ["Beide haben mir ihre Visitenkarte gegeben.", "Beiden gaven mij hun visitekaartje.",
                         "Ambos me dieron sus tarjetas."] {
            let note = read("""
                ---
                date: 2026-11-18 10:00
                company: Rheinkraft AG
                ---
                ## Interviewers
                - Jonas Weber — Teamleiter
                - Lena Fischer — HR

                \(sentence)
                """)
            #expect(note.people.map { $0.card?.value } == [true, true], "\(sentence)")
        }
    }

    @Test("'emailed him a thank-you' goes to the one interviewer, named in the heading")
    func pronounForTheOnlyInterviewer() {
        let note = read("""
            ---
            company: Kestrel Systems
            date: 2026-11-24 10:00
            ---
            # Interview with Tobias Lind

            Got his card at the end and left a résumé.

            That evening I emailed him a thank-you recapping the on-call rota idea.
            """)
        #expect(note.people.map(\.name.value) == ["Tobias Lind"])
        #expect(note.log.first { $0.kind == .thankYou }?.interviewers == [0])
    }
}
