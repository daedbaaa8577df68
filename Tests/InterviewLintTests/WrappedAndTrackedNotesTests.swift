import Testing
@testable import InterviewLint

/// Notes as people write them without reading the format first: hard-wrapped prose, weekly
/// trackers with an Employer column, front matter in French, panels with councillors. Each test
/// is a construct the reader once missed and a rule then contradicted.
@Suite("Wrapped prose, trackers and titles")
struct WrappedAndTrackedNotesTests {
    private func thankYous(_ interview: Interview) -> [LogEntry] { interview.log.filter { $0.kind == .thankYou } }

    @Test("a hard-wrapped sentence whose next line opens with its time is one sentence: the thank-you keeps its time, recap and interest")
    func wrappedBeforeTheTime() {
        let note = """
        # Ravelin Studio interview

        Tuesday 10 November 2026, 3pm. Interview at Ravelin Studio. Met **Kenji Watanabe**, the art director.

        Was tired and didn't write the thank-you until the next morning. Sent it Wednesday 11 Nov at
        9:20am: thanked him, went back over the foliage tooling and the outsourcing handoff problem, and said
        I'd really love to be part of the team.
        """
        let sent = thankYous(read(note))
        #expect(sent.count == 1)
        #expect(sent.first?.date?.value == LocalDateTime(date: LocalDate(year: 2026, month: 11, day: 11)!, hour: 9, minute: 20))
        #expect(sent.first?.recapsConversation == true)
        #expect(sent.first?.reiteratesInterest == true)
        // A dated line after a finished sentence still opens a line of its own.
        let journal = read("""
        # Ravelin Studio interview

        Tuesday 10 November 2026, 3pm. Interview at Ravelin Studio. Met **Kenji Watanabe**, the art director.
        Rang Kenji on Monday, no answer
        11/23 11:00 rang Kenji again and he picked up
        """)
        #expect(journal.log.contains { $0.date?.value.date == LocalDate(year: 2026, month: 11, day: 23) })
    }

    @Test("a tracker's Employer column names the firm: its rows name no person, and the interview's people are still read")
    func employerColumn() {
        let note = """
        # Job search log — week of 11/16/2026

        | Date | Employer | Contact | Method | Result |
        |---|---|---|---|---|
        | 11/17/2026 | Pinecrest Credit Union | phone screen w/ HR | phone | invited to interview |
        | 11/19/2026 | Pinecrest Credit Union | interview, 10:00 AM | in person | see below |

        ## Interview 11/19 — Member Services Supervisor

        - Interviewers: **Rosalind Achterberg** (Branch Manager) and **Luis Carvajal** (Regional Ops)
        """
        let interview = read(note)
        let named = interview.log.flatMap { $0.people.map(\.written.value) }
        #expect(!named.contains { $0.contains("Pinecrest") })
        #expect(!lint(note, today: "2026-11-20").contains { $0.rule == "unknown-person" && $0.message.contains("Pinecrest") })
    }

    @Test("an email on the interview's day that recaps the talk and says you would love to join is the thank-you, without the word")
    func recapAndInterestWithoutThanks() {
        let note = PrecisionTests.note(log: "- 2026-11-16 16:55 — emailed Jane — recap of the member complaints process we discussed; said I'd love to join Acme")
            .replacingOccurrences(of: "- 2026-11-16 17:30 — Email thank-you to Jane Doe. Recap: the offline sync design. Reiterated interest.\n", with: "")
        let sent = thankYous(read(note))
        #expect(sent.count == 1)
        #expect(sent.first?.reiteratesInterest == true)
        #expect(!lint(note, today: "2026-11-20").contains { $0.rule == "thank-you-sent" })
        // One that only recaps, with no word of wanting the job, stays a plain email.
        let plain = PrecisionTests.note(log: "- 2026-11-18 09:00 — emailed Jane — recap of the sync design we discussed, with the link")
        #expect(read(plain).log.first { $0.date?.value.date == LocalDate(year: 2026, month: 11, day: 18) }?.kind == .other)
    }

    @Test("interest and recap in more of the ways people say them", arguments: [
        ("Email thank-you to Jane Doe: went back over the sync design and said the role is exactly what I'm looking for.", false, true),
        ("Email thank-you to Jane Doe: thanked her and said how much I'd like to be part of the team.", false, true),
        ("Email thank-you to Jane Doe. Talked again about the peak-season complaints backlog.", true, false),
    ])
    func interestAndRecap(line: String, recap: Bool, interest: Bool) throws {
        let note = PrecisionTests.note()
            .replacingOccurrences(of: "Email thank-you to Jane Doe. Recap: the offline sync design. Reiterated interest.", with: line)
        let sent = try #require(thankYous(read(note)).first)
        if recap { #expect(sent.recapsConversation) }
        if interest { #expect(sent.reiteratesInterest) }
    }

    @Test("French front-matter keys give the interview's day and time")
    func frenchKeys() {
        let interview = read("""
        ---
        entreprise: Lumière Mobilités
        date_entretien: 2026-11-24
        heure: 9h30
        ---
        # Lumière Mobilités — entretien visio

        Avec **Thibault Rousseau**, CTO.
        """)
        #expect(interview.start?.value == LocalDateTime(date: LocalDate(year: 2026, month: 11, day: 24)!, hour: 9, minute: 30))
        #expect(interview.company?.value == "Lumière Mobilités")
        #expect(!interview.problems.contains { $0.kind == .frontMatter })
    }

    @Test("a key line whose day follows a word in bold ('**yesterday**, Tue 1 Dec 2026, 14:00') is read, and is no problem")
    func markedWordBeforeTheDay() {
        let interview = read("""
        # Pallas Biotech — Lab Operations Coordinator

        Interview: **yesterday**, Tue 1 Dec 2026, 14:00–15:15, Pallas Biotech, Building 2 reception

        People:
        - Dr. Leonie Fairweather (Lab Director)
        """)
        #expect(interview.start?.value == LocalDateTime(date: LocalDate(year: 2026, month: 12, day: 1)!, hour: 14, minute: 0))
        #expect(!interview.problems.contains { $0.kind == .frontMatter })
    }

    @Test("rounds named in German headings ('1. Runde – Mo. 9.11.2026, 10 Uhr') are rounds with their days")
    func germanRounds() {
        let interview = read("""
        ---
        firma: Kaltwasser
        ---
        # Kaltwasser

        ## 1. Runde – Mo. 9.11.2026, 10:00 (Teams)
        - mit Stefan Kühn (Abteilungsleiter)

        ## 2. Runde – Do. 19.11.2026, 13:00, vor Ort
        - mit Stefan Kühn und Petra Oyelaran (Geschäftsführerin)
        """)
        #expect(interview.rounds.map { $0.start?.value.date } == [LocalDate(year: 2026, month: 11, day: 9), LocalDate(year: 2026, month: 11, day: 19)])
    }

    @Test("'Cllr' and 'Councillor' are titles: the front matter's councillor and the table's are one person")
    func councillorTitles() {
        let interview = read("""
        ---
        company: Verdant City Council
        date: 2026-11-17 09:30
        interviewers:
          - Councillor Margaret Oduya
          - Philippa Grange
        ---
        # Panel interview

        ## Panel
        | Name | Role | Card | Email | Phone |
        |---|---|---|---|---|
        | Cllr Margaret Oduya | Chair | yes | margaret.oduya@verdant.example | 01632 555 0101 |
        | Philippa Grange | Head of Development | yes | philippa.grange@verdant.example | 01632 555 0112 |

        - Asked about the decision at the end; Philippa: "we'll let all candidates know by 1 December"
        """)
        #expect(interview.people.count == 2)
        #expect(interview.people.first?.email?.value == "margaret.oduya@verdant.example")
        #expect(!interview.people.contains { $0.name.value.hasPrefix("Asked") })
    }

    @Test("a weekly log's one firm in its Employer column is the company; its row 'thank-you emails | sent' beside the lines to each person is no thank-you of its own")
    func weeklyLogOfOneApplication() {
        let note = """
        # Job search log — week of 11/16/2026

        | Date | Employer | Contact | Method | Result |
        |---|---|---|---|---|
        | 11/19/2026 | Pinecrest Credit Union | interview, 10:00 AM | in person | see below |
        | 11/19/2026 | Pinecrest Credit Union | thank-you emails | email | sent |

        ## Interview 11/19 — Member Services Supervisor

        - Interviewers: **Rosalind Achterberg** (Branch Manager) and **Luis Carvajal** (Regional Ops)
        - 11/19 4:45 PM: emailed Rosalind — recap of the teller scheduling problem; said I'm excited about the opportunity
        - 11/19 4:55 PM: emailed Luis — recap of the member complaints process we discussed; said I'd love to join Pinecrest
        """
        let interview = read(note)
        #expect(interview.company?.value == "Pinecrest Credit Union")
        #expect(thankYous(interview).map { $0.interviewers.count } == [1, 1])
        let findings = lint(note, today: "2026-11-20")
        #expect(!findings.contains { ["thank-you-recap", "thank-you-interest", "thank-you-sent"].contains($0.rule) })
    }

    @Test("French notes: 'Interlocuteurs' lists the people, 'Cartes de visite' is their section, and 'M. Benali m'a appelée' is a call from him")
    func frenchPeopleAndCalls() {
        let interview = read("""
        # Entretien – Ardoise Conseil

        **Date :** jeudi 12 novembre 2026, 14h

        ## Cartes de visite
        - Élodie Marchetti — elodie.marchetti@ardoise.example — 04 55 50 12 30 ✔
        - Karim Benali — karim.benali@ardoise.example — 04 55 50 12 47 ✔

        ## Suivi
        - 30/11 : M. Benali m'a appelée
        """)
        #expect(interview.people.map(\.name.value) == ["Élodie Marchetti", "Karim Benali"])
        let call = interview.log.first
        #expect(call?.channel?.value == .call)
        #expect(call?.isOutgoing == false)
        #expect(call?.interviewers.map { interview.people[$0].name.value } == ["Karim Benali"])
        // "St." inside a name and "M." as an initial stay the name's.
        let saint = read(PrecisionTests.note(people: "- [x] Marie St. Pierre — EM — marie@acme.example — +1 555 0100",
                                             log: "- 2026-11-17 10:00 — Called Marie St. Pierre, voicemail"))
        #expect(saint.log.last?.people.map(\.written.value) == ["Marie St. Pierre"])
        #expect(Interviewer(name: Located("M. Chen", SourceRange(line: 1, column: 1, length: 7)), range: SourceRange(line: 1, column: 1, length: 7)).nameWithoutTitle == "M. Chen")
        let keyed = read("""
        ---
        date: 2026-11-12 14:00
        interlocuteurs: Élodie Marchetti, Karim Benali
        ---
        # Entretien – Ardoise Conseil
        """)
        #expect(keyed.people.count == 2)
    }

    @Test("'thank-you email 11/3 at 5:30pm — recapped …' is a thank-you sent; a label over nested messages is each of them, and is none itself; a deadline is no thank-you")
    func nominalThankYous() {
        let note = """
        # Quillon — Frontend

        Interview Thu Nov 12 2026, 10:00.

        - met **Aisling Murphy** and **Deepak Venkataraman** (Staff Engineer)
        - thank-you emails, both sent Nov 12 in the evening:
          - 7:02pm to Aisling — recap of the design-system migration, reiterated I really want this role
          - 7:15pm to Deepak — recap of the React rendering exercise, said I'd love to work with him
        """
        let interview = read(note)
        let sent = thankYous(interview)
        #expect(sent.map(\.range.start.line) == [7, 8])
        #expect(sent.allSatisfy { $0.recapsConversation && $0.reiteratesInterest })
        #expect(sent.first?.date?.value == LocalDateTime(date: LocalDate(year: 2026, month: 11, day: 12)!, hour: 19, minute: 2))
        #expect(!lint(note, today: "2026-11-20").contains { $0.rule.hasPrefix("thank-you") })
        let single = read("""
        # Quillon — Frontend

        Interview Tue Nov 3 2026, 2pm, with **Aisling Murphy**.

        - thank-you email 11/3 at 5:30pm — recapped the checkout performance work, said I'm excited to continue
        """)
        #expect(thankYous(single).first?.date?.value == LocalDateTime(date: LocalDate(year: 2026, month: 11, day: 3)!, hour: 17, minute: 30))
        let deadline = read("""
        # Quillon — Frontend

        Interview Tue Nov 3 2026, 2pm, with **Aisling Murphy**.

        - thank-you email by 11/4, recap the checkout work
        """)
        #expect(thankYous(deadline).isEmpty)
        // Not sent, or said of something else: no thank-you.
        for line in ["- thank-you email 11/3 — not sent yet, draft is in Notes",
                     "- thank-you notes 11/4: Priya said they're not necessary"] {
            let unsent = read("""
            # Quillon — Frontend

            Interview Tue Nov 3 2026, 2pm, with **Aisling Murphy**.

            \(line)
            """)
            #expect(thankYous(unsent).isEmpty, "\(line)")
        }
        // A label of messages still to send makes none of its items a thank-you.
        let planned = read("""
        # Quillon — Frontend

        Interview Thu Nov 12 2026, 10:00.

        - met **Aisling Murphy** and **Deepak Venkataraman** (Staff Engineer)
        - thank-you emails to send Nov 12:
          - 7:02pm to Aisling — recap of the design-system migration
        """)
        #expect(thankYous(planned).isEmpty)
    }

    @Test("Italian key lines give the day and time ('**Data:** 19.11.2026, ore 15:00'); an English 'Data:' line that is no day is no problem")
    func italianKeys() {
        let italian = read("""
        # Colloquio – Ferretti Logistica

        **Data:** 19.11.2026, ore 15:00
        **Azienda:** Ferretti Logistica

        Con **Giulia Romano** (responsabile operazioni).
        """)
        #expect(italian.start?.value == LocalDateTime(date: LocalDate(year: 2026, month: 11, day: 19)!, hour: 15, minute: 0))
        let english = read("""
        ---
        company: Acme Robotics
        interview: 2026-11-16 10:00
        ---
        # Acme Robotics

        Data: three years of sensor logs, which they want cleaned up first.
        """)
        #expect(english.start?.value == LocalDateTime(date: LocalDate(year: 2026, month: 11, day: 16)!, hour: 10, minute: 0))
        #expect(!english.problems.contains { $0.kind == .frontMatter })
    }

    @Test("an outline's dated entry is read with the undated bullets under it: their recap and interest are the thank-you's")
    func outlineDetails() {
        let note = """
        - **Halvorsen Logistics** — Platform Engineer
            - when:: [[November 17th, 2026]] 10:00
            - who
                - [[Priya Raghunathan]] — eng manager
            - after
                - [[November 17th, 2026]] 18:20 emailed Priya a thank-you
                    - recapped the backpressure / queue-depth discussion
                    - said I'm really keen on the role
                - [[November 30th, 2026]] 10:15 called Priya to follow up
        """
        let interview = read(note)
        let sent = thankYous(interview)
        #expect(sent.count == 1)
        #expect(sent.first?.recapsConversation == true)
        #expect(sent.first?.reiteratesInterest == true)
        #expect(interview.log.count == 2)
    }
}
