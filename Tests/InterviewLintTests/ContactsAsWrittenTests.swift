import Testing
@testable import InterviewLint

/// Contacts after the interview written in journals, outlines and daily notes.
@Suite("contacts as written")
struct ContactsAsWrittenTests {
    @Test("a log table's Recap and Interest columns say what the message held; 'same' in a cell is the row's above")
    func recapColumnSame() {
        let interview = read("""
            ---
            company: Plover Accounts
            date: 2026-11-16 13:00
            ---
            ## Interviewers
            - [x] Hedda Vos — Controller — hedda@plover.example — 555-0401
            - [x] Idris Kamara — AP Lead — idris@plover.example — 555-0402

            ## Follow-up
            | Date | To | Channel | Recap | Interest |
            |---|---|---|---|---|
            | 2026-11-16 17:00 | Hedda Vos | email | the close checklist | yes |
            | 2026-11-16 17:10 | Idris Kamara | email | same | ✓ |
            | 2026-11-26 10:00 | Hedda Vos | phone | — | — |
            """)
        #expect(interview.log.map(\.kind) == [.thankYou, .thankYou, .followUp])
        #expect(interview.log.prefix(2).allSatisfy { $0.recapsConversation && $0.reiteratesInterest })
    }

    @Test("'ditto to Marco' after a thank-you is the same message; 'Owen wrote back' answers the email sent to him")
    func dittoAndWroteBack() {
        let interview = read("""
            ---
            company: Ridgeway Outfitters
            date: 2026-11-25 11:00
            ---
            ## Interviewers
            - [x] Lena Brody — Category Director — lena@ridgeway.example — 555-0411
            - [x] Marco Fenn — Merch Planner — marco@ridgeway.example — 555-0412

            ## Log
            - 11/25/2026 4:30pm — thank-you email to Lena: recapped the trail range; said I'm very interested
            - 11/25/2026 4:45pm — ditto to Marco: recapped the buying plan; very interested
            - 11/26/2026 9:15am — Marco wrote back with their calendar
            """)
        #expect(interview.log.map(\.kind) == [.thankYou, .thankYou, .other])
        #expect(interview.log.map { $0.channel?.value } == [.email, .email, .email])
        #expect(interview.log.map(\.interviewers) == [[0], [1], [1]])
        #expect(interview.problems.isEmpty)
    }

    @Test("'llamé a Lucía, me respondió que …' is the writer's call, her answer inside it")
    func spanishCallWithAnswer() {
        let interview = read("""
            ---
            empresa: Cerámicas del Turia
            fecha: 2026-11-16 11:00
            ---
            ## Entrevistadores
            - [x] Lucía Ferrer — Directora de planta — lucia@turia.example — 961 555 020

            ## Seguimiento
            - 2026-12-01 10:00 — llamé a Lucía Ferrer, me respondió que deciden esta semana.
            """)
        #expect(interview.log.first?.kind == .followUp)
        #expect(interview.log.first?.isOutgoing == true)
    }

    @Test("Roam's {{[[DONE]]}} is a done task and {{[[TODO]]}} a plan")
    func roamMarkers() {
        let interview = read("""
            - [[November 16th, 2026]]
                - #interview at [[Brightwater Capital]] 10:00 — Analyst
                    - met [[Hélio Santos]] (portfolio manager) and [[Rachel Goldfarb]] (associate)
                - {{[[DONE]]}} thank-you email to [[Hélio Santos]] at 17:40 — recapped the screen, said I'm very interested
                - {{[[TODO]]}} thank-you to [[Rachel Goldfarb]]
            """)
        #expect(interview.log.count == 1)
        #expect(interview.log.first?.kind == .thankYou)
        #expect(interview.log.first?.interviewers == [0])
        #expect(interview.log.first?.date?.value == moment("2026-11-16 17:40"))
    }

    @Test("a checklist exported as text ('☑ …', '☐ …'): each ticked line a task of its own, its contact and timeframe read; an unticked one a plan")
    func textChecklist() {
        let note = """
            Tamsin Bakery — shift lead
            ☑ Interview Tue 17 Nov 2026, 14:00, with Rhys Oduya (Area Manager)
            ☑ His card: rhys.oduya@tamsin.example, +1 555 0177
            ☑ Left CV + contact details
            ☑ Asked about timing → decision by Friday the 27th
            ☑ Thank-you email to Rhys, Tue 17 Nov 7pm — went back over the early-bake rota, said I'm really keen
            ☑ Rang Rhys Mon 30 Nov 10:30 — voicemail
            ☐ Email Rhys Thu 3 Dec if nothing
            """
        let interview = read(note)
        #expect(interview.people.map(\.name.value) == ["Rhys Oduya"])
        #expect(interview.timeframe?.decisionDate == LocalDate(year: 2026, month: 11, day: 27))
        #expect(interview.log.map(\.kind) == [.thankYou, .followUp])
        #expect(interview.log.map { $0.date?.value.description } == ["2026-11-17 19:00", "2026-11-30 10:30"])
        #expect(interview.log.first.map { $0.recapsConversation && $0.reiteratesInterest } == true)
        let rules = Set(lint(note, today: "2026-12-01").filter { $0.severity != .info }.map(\.rule))
        #expect(!rules.contains("timeframe-asked") && !rules.contains("thank-you-sent"))
    }

    @Test("a part of the day as a label opens a sentence of a contact; a plan after it names nobody thanked")
    func partOfDayLabel() {
        let interview = read("""
            # Tue, November 24th, 2026

            Interview with [[Okonkwo & Partners]] at 2:30pm. Spoke with [[Adaeze Okonkwo]] (managing partner) and [[Liam Fitzgerald]] (senior associate).

            Evening: sent Adaeze a thank-you email at 19:20, recapped the e-discovery question and said I'm really keen. Will write to Liam tomorrow.
            """)
        #expect(interview.log.map(\.interviewers) == [[0]])
        #expect(interview.log.first?.kind == .thankYou)
        #expect(!SentenceContacts.isKeyLine("Evening: sent Adaeze a thank-you"))
        #expect(SentenceContacts.isKeyLine("Status: sent"))
    }

    @Test("an outline's day as an item of its own dates the times nested under it")
    func outlineDay() {
        let interview = read("""
            # Interview day — Moravia Textiles

            - 2026-11-20
              - 09:00 interview started
                - Milena Horáková (Production Director) — card ✓ — milena@moravia.example
              - 17:10 thank-you email to Milena, recapped the dye-lot idea, said I'm keen
            """)
        #expect(interview.log.map(\.interviewers) == [[0]])
        #expect(interview.log.first?.date?.value == moment("2026-11-20 17:10"))
    }

    @Test("a dated line saying no call or email came is no contact")
    func noneCame() {
        #expect(ProseContacts.saysNoneCame(["12", "1", "no", "call", "yet"]))
        #expect(ProseContacts.saysNoneCame(["fri", "still", "no", "email"]))
        #expect(!ProseContacts.saysNoneCame(["12", "1", "called", "no", "answer"]))
        #expect(!ProseContacts.saysNoneCame(["11", "12", "no", "reply", "from", "grace", "so", "i", "called", "henrik"]))
        let interview = read("""
            brightlane dental - office manager

            - 11/20 10am interview w/ Tanya Ruiz (practice admin)
            - 11/20 3pm emailed thank you to Tanya, mentioned the scheduling software, still interested
            - 12/1 no call yet
            """, options: { var options = ReaderOptions(); options.today = LocalDate(year: 2026, month: 12, day: 2); return options }())
        #expect(interview.log.count == 1)
    }
}

/// Thank-yous the lead's probes found unread.
@Suite("thank-yous abbreviated or told by the day")
struct ThankYouShorthandTests {
    @Test("a done task 'TY to Omar (Nov 12, 6pm)' is a thank-you; an unticked one is a plan")
    func abbreviatedThanks() {
        let interview = read("""
            # Pinecrest Analytics — Data Engineer

            ## Round 2: technical (Nov 12, 2026, 10:00)
            Panel: Omar Haddad (Staff DE), Nina Petrova (EM).
            - [x] TY to Omar (Nov 12, 6pm) — pipeline backfill discussion, reiterated interest
            - [ ] TY to Nina
            """)
        #expect(interview.log.map(\.kind) == [.thankYou])
        #expect(interview.log.first?.interviewers == [0])
        #expect(interview.log.first?.recapsConversation == true)
        #expect(interview.log.first?.date?.value == moment("2026-11-12 18:00"))
    }

    @Test("a log entry told 'that evening' is on the interview's day")
    func thatEvening() {
        let interview = read("""
            ## Interview: Gridline Solar, Thursday November 12, 2026 at 1:30pm

            **Interviewers**
            - Sam Whitaker (Project Lead) — sam.w@gridline.example, card ✓
            - Priya Desai (HR) — priya.d@gridline.example, card ✓, 555-0177

            **After the interview**
            - Sent thank-you notes to Sam and Priya that evening (separate emails, each recapped our conversation, reiterated interest)
            - Nov 20, 10:30am: called Priya to follow up
            """)
        #expect(interview.log.first?.date?.value.date == LocalDate(year: 2026, month: 11, day: 12))
        #expect(!lint(interview: interview).contains { $0.rule == "follow-up-after-thank-you" })
        #expect(NoteReader.saysInterviewDay("emailed both when I got home") && !NoteReader.saysInterviewDay("emailed both on Friday"))
    }

    private func lint(interview: Interview) -> [Diagnostic] {
        Linter(now: moment("2026-12-02")).diagnostics(for: interview, path: "note.md", configuration: Configuration())
    }
}
