import Testing
@testable import InterviewLint

/// Contacts after the interview written in journals, outlines and daily notes.
@Suite("contacts as written")
struct ContactsAsWrittenTests {
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
