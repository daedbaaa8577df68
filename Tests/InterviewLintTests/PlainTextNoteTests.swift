import Testing
@testable import InterviewLint

/// Notes typed as plain text (Apple Notes, Keep, a terminal): a day and time at the top without
/// a year, each person's card over several lines, dates in forms other tools write, and what the
/// reader says when it sees a date it cannot take for the interview's.
@Suite("Plain-text notes: opening days, cards over lines, unplaced dates")
struct PlainTextNoteTests {
    static func today(_ day: String) -> ReaderOptions {
        var options = ReaderOptions()
        options.today = moment(day + " 12:00").date
        return options
    }

    @Test("lines bulleted with '•' are items of their own, not one paragraph; a call back that asks for a second interview is a contact")
    func typedBullets() {
        let note = read("""
            Brennock Ferries interview

            Tue 3 Nov 2026, 2pm – Deck Officer
            Status: waiting

            Interviewer: Ailsa Creagh (Fleet Manager)
            • got her card ✔︎ — ailsa.creagh@brennock.example — +1 555 0190
            • asked about timing: they'll decide by Monday the 9th

            Follow ups
            • Tue 3 Nov, 6:10pm – thank you email to Ailsa, mentioned the crew rota we discussed & said I'm keen
            • Tue 10 Nov, 10am – called Ailsa to follow up
            • Wed 11 Nov, 3pm – Ailsa called me back: they want a second interview
            """)
        #expect(note.log.map(\.kind) == [.thankYou, .followUp, .other])
        #expect(note.log.map(\.range.start.line) == [11, 12, 13])
        #expect(note.log.last?.isOutgoing == false)
        #expect(note.timeframe?.range.start.line == 8)
        // A call that is the interview's own arrangement, told without a break, is none.
        let late = read("Brennock Ferries interview\n\nTue 3 Nov 2026, 2pm\nInterviewer: Ailsa Creagh (Fleet Manager)\n\n• Tue 3 Nov, 1:40pm – phoned reception to say I'd be late for the interview\n")
        #expect(late.isInterviewNote && late.people.count == 1)
        #expect(late.log.isEmpty)
    }

    @Test("a terse phone note: 'interveiw' in its title, a person whose address spells the name written beside it, 'Dr X' no other interviewer")
    func tersePhoneNote() throws {
        let text = """
            corrib vets - reception interveiw
            tues 11/17/2026 2pm

            - met w/ Niamh Garvey (practice mgr) - got card ✓ niamh.garvey@corrib.example / 555-0170
            - then Dr. Tadhg Ruane joined for 5 min, his card too ✓ tadhg.ruane@corrib.example / 555-0171
            - 11/17 6pm thx email to Niamh - recapped the rota chat, said still v interested
            - 11/17 6.15pm thx email to Dr Ruane - recapped the x-ray thing, said im keen
            """
        let note = read(text)
        #expect(note.isInterviewNote)
        #expect(note.start?.value.description == "2026-11-17 14:00")
        #expect(note.people.map(\.name.value) == ["Niamh Garvey", "Tadhg Ruane"])
        #expect(note.people.last?.card?.value == true && note.people.last?.email?.value == "tadhg.ruane@corrib.example")
        #expect(note.log.map(\.interviewers) == [[0], [1]])
        // With only Niamh listed, the email to "Dr Ruane" is not taken for hers.
        let alone = read(text.replacingOccurrences(of: "- then Dr. Tadhg Ruane joined for 5 min, his card too ✓ tadhg.ruane@corrib.example / 555-0171\n", with: ""))
        #expect(alone.people.count == 1)
        #expect(alone.log.map(\.interviewers) == [[0], []])
    }

    @Test("a journal entry's timestamp to the second ('Date: November 3, 2026 at 8:14:22 PM GMT') gives the day, the line naming the interview its time")
    func journalStamp() {
        let note = read("""
            # Lindqvist Dairy

            Date:	November 3, 2026 at 8:14:22 PM GMT
            Location:	Home

            Interview this morning at 9.30am at Lindqvist Dairy. Met Oksana Melnyk, the lab manager.
            """)
        #expect(note.start?.value.description == "2026-11-03 09:30")
        // A time someone set, to the minute or with :00 seconds, is the interview's.
        #expect(read("# Acme\n\nDate: 2026-11-03 14:00:00\n\nInterview with Ana Ruiz (EM).\n").start?.value.description == "2026-11-03 14:00")
    }

    @Test("'intvw' names an interview; a note that never says interview but tells a card, a resume, a timeframe and a thank-you is one")
    func interviewWithoutTheWord() {
        let phone = read("""
            harlow tiles - showroom mgr

            - intvw thu 11/19/2026 10am, w/ Petra Lund (owner)
            - 11/19 6pm emailed petra thank u, said i really want this
            """)
        #expect(phone.isInterviewNote && phone.start?.value.description == "2026-11-19 10:00")
        let short = read("harlow tiles - showroom mgr\n\n- intvw thu 19/11/2026 10am, w/ Petra Lund (owner)\n- TY email to Petra 19/11 6pm, recapped the tiling app, said still v keen\n")
        #expect(short.log.first?.kind == .thankYou && short.log.first?.date?.value.description == "2026-11-19 18:00")
        let steps = read("""
            Quayle Books – shop assistant

            Fri 23 Oct 2026, 3pm, their shop on Mill Lane
            Card: yes – ruth@quayle.example
            Left resume: yes
            Timeframe: within a week

            After
            • Fri 23 Oct, 8pm: thank-you email to Ruth
            """)
        #expect(steps.isInterviewNote && steps.start?.value.description == "2026-10-23 15:00")
        // A coffee chat tells fewer of the steps: no interview of yours.
        let coffee = read("""
            Coffee with Ruth

            Fri 23 Oct 2026, 3pm, Blue Door café
            Gave her my card; she'll pass my CV on.
            • Fri 23 Oct, 8pm: thanks email to Ruth
            """)
        #expect(!coffee.isInterviewNote)
    }

    @Test("a day and time at the top without a year is dated by its weekday around today")
    func openingDayWithoutYear() throws {
        let note = read("""
            Wrenfield Library interview

            Thurs Nov 19, 2:30pm
            Wrenfield Public Library, 2nd floor

            Met with:
            - Carla Mendes, Branch Manager, card ✓
            """, options: Self.today("2026-11-30"))
        let start = try #require(note.start)
        #expect(start.value.description == "2026-11-19 14:30")
        #expect(!note.problems.contains { $0.kind == .frontMatter })
    }

    @Test("a card written over lines under a people label is one person, each paragraph another")
    func cardsOverLines() {
        let note = read("""
            Wrenfield Library interview

            Thurs Nov 19, 2:30pm

            Met with:
            Carla Mendes - Branch Manager
            carla.mendes@wrenfield.example
            555-0147
            (card ✓)

            Desmond Achebe - Youth Services Coordinator
            d.achebe@wrenfield.example
            555-0162
            (card ✓)

            Gave Carla my resume.
            """, options: Self.today("2026-11-30"))
        #expect(note.people.map(\.name.value) == ["Carla Mendes", "Desmond Achebe"])
        #expect(note.people.map { $0.email?.value } == ["carla.mendes@wrenfield.example", "d.achebe@wrenfield.example"])
        #expect(note.people.map { $0.phone?.value } == ["555-0147", "555-0162"])
        #expect(note.people.allSatisfy { $0.card?.value == true })
        // Each detail keeps its own place in the note.
        #expect(note.people.first?.email?.range.start.line == 7)
    }

    @Test("a card's own lines, and lines that only start like one", arguments: [
        ("card ✓", true), ("(card ✓)", true), ("Card: yes", true), ("jane@acme.example", true), ("+1 555 0100", true),
        ("Cardiff office, 3rd floor", false), ("Cardiology team lead", false), ("Met her at reception", false),
    ])
    func cardDetail(_ line: String, _ expected: Bool) {
        #expect(InterviewerReader.isCardDetail(line) == expected)
    }

    @Test("a paragraph after a card that is no card ends the people")
    func cardsStop() {
        let note = read("""
            Interview at Wrenfield Library, Thu 2026-11-19 14:30

            Met with:
            Carla Mendes - Branch Manager
            carla.mendes@wrenfield.example

            Parking was a nightmare
            but I made it on time.
            """)
        #expect(note.people.map(\.name.value) == ["Carla Mendes"])
    }

    @Test("a voice memo's recording day dates its 'today', in a long paragraph that also speaks of a thank-you")
    func recordedMemo() throws {
        let note = read("""
            # Voice memo — Lockhart Greenhouses

            *Transcribed by Just Press Record · recorded Fri 20 Nov 2026, 4:52 PM · 3:41*

            > Okay so, debrief. Lockhart Greenhouses, the interview was at two today. I met Arjun Malhotra, he's the head grower. I need to send the thank-you tonight. That's it.
            """)
        let start = try #require(note.start)
        #expect(start.value.date == LocalDate(year: 2026, month: 11, day: 20))
        #expect(!note.problems.contains { $0.kind == .frontMatter })
        #expect(ProseFacts.spelledTime(["interview", "was", "at", "two", "o'clock"]) == 14 * 60)
        #expect(ProseFacts.spelledTime(["at", "six", "o'clock", "in", "the", "morning"]) == 6 * 60)
    }

    @Test("a Day: key line dates the interview; one whose value is no day is no problem")
    func dayKey() throws {
        let note = read("# Interview in Alvorada Textiles — Junior Buyer\n\nDay: 03/11/2026 (tuesday, 3 of November), at 10h\n\n## After\n- 16/11 — I called Mr. Drummond.\n")
        let start = try #require(note.start)
        #expect(start.value.date == LocalDate(year: 2026, month: 11, day: 3))
        let label = read("# Interview at Alvorada Textiles\n\nDate: 2026-11-03 10:00\nDay: the second of the search\n")
        #expect(label.start?.value.date == LocalDate(year: 2026, month: 11, day: 3))
        #expect(!label.problems.contains { $0.kind == .frontMatter })
    }

    @Test("day-month-year with hyphens, or slashes and two digits of the year as Jira writes it", arguments: [
        ("24-Nov-2026", "2026-11-24 00:00"),
        ("24-Nov-2026 10:00", "2026-11-24 10:00"),
        ("3-Dec-2026, 2pm", "2026-12-03 14:00"),
        ("09/Nov/26 2:00 PM", "2026-11-09 14:00"),
        ("01/Dec/2026 10:00", "2026-12-01 10:00"),
    ])
    func hyphenatedDates(_ phrase: String, _ expected: String) throws {
        let (moment, _) = try DateReader.parseDateTime(phrase).get()
        #expect(moment.description == expected)
    }

    @Test("a Jira export: the ticket's key is no part of the firm, the writer's comment headers ('me – 23/Nov/26 10:10 AM') date the comments under them")
    func jiraExport() {
        let note = read("""
            [OPS-7] Corbel Freight – Dispatcher interview
            Created: 03/Nov/26 9:00 PM  Updated: 20/Nov/26 10:05 AM

            Description
            Interview at Corbel Freight on 03/Nov/26 11:00 AM with Ines Farrow, Ops Lead. Took her card: ines.farrow@corbel.example, +1 555 0166.

            Comments
              me – 03/Nov/26 6:40 PM
              Sent Ines the thank-you email. Recapped the night-shift rota; said I'm still very interested.

              Ines Farrow – 04/Nov/26 9:00 AM
              Thanks, we'll be in touch.

              me – 17/Nov/26 10:10 AM
              Called Ines to follow up. Voicemail.
            """)
        #expect(note.company?.value == "Corbel Freight")
        #expect(note.start?.value.description == "2026-11-03 11:00")
        let mine = note.log.filter(\.isOutgoing)
        #expect(mine.map(\.kind) == [.thankYou, .followUp])
        #expect(mine.map { $0.date?.value.description } == ["2026-11-03 18:40", "2026-11-17 10:10"])
    }

    @Test("a key line with a hyphenated day gives the interview's day")
    func hyphenatedKeyLine() throws {
        let note = read("""
            Interview notes - Teams call with Ravensworth Capital

            Date : 24-Nov-2026 (Tuesday)
            Time : 10:00

            Panel members:
            1. Georgina Whitfield - Head of Change Delivery - georgina@ravensworth.example
            """)
        let start = try #require(note.start)
        #expect(start.value.description == "2026-11-24 10:00")
    }

    @Test("an interview key that holds a role, not a day, is a label")
    func interviewKeyAsLabel() {
        let note = read("""
            Interview: Practice Administrator
            Company: Achterberg Dental Group

            ## People
            - Hanna Vos, practice manager, card ✓
            """)
        #expect(!note.problems.contains { $0.message.contains("is not a date") })
        // Under a key that only holds a day, a value without one is still a date written wrong.
        let dated = read("""
            ---
            date: TBD
            company: Achterberg Dental Group
            ---
            ## Interviewers
            - [x] Hanna Vos
            """)
        #expect(dated.problems.contains { $0.message.contains("is not a date") && !$0.uncertain })
    }

    @Test("no interview date: an info that quotes a date the reader could not place, an error when the note gives none")
    func unplacedDate() throws {
        let unplaced = read("""
            # Interview debrief — Calloway Insurance

            **Q: When and where?**
            A: the sixth of November 2026 (a Friday), their office

            ## Interviewers
            - [x] Fiona McAllister — fiona@calloway.example
            """)
        let problem = try #require(unplaced.problems.first { $0.kind == .frontMatter })
        #expect(problem.uncertain)
        #expect(problem.message.contains("line 4"))
        #expect(problem.range.start.line == 4)
        let undated = read("""
            # Interview debrief — Calloway Insurance

            ## Interviewers
            - [x] Fiona McAllister — fiona@calloway.example
            """)
        let missing = try #require(undated.problems.first { $0.kind == .frontMatter })
        #expect(!missing.uncertain)
        #expect(missing.message.hasPrefix("the note has no interview date"))
    }

    @Test("a study's log of user interviews is no job interview; a job seeker's week of interviews still is")
    func researchInterviews() {
        let study = """
            # UXR-7 · Onboarding interviews, round 2

            **Project:** Onboarding revamp
            **Due date:** Nov 27, 2026

            Five user interviews with new sign-ups. Moderator: Wen. Note-taker: Bruno Castell.
            - [x] P1 — Tue Nov 17, 10:00 — abandoned at bank linking
            - [ ] Send thank-you emails and gift cards to P1–P4
            """
        #expect(read(study).isNoJobInterview)
        #expect(!read(study).isInterviewNote)
        #expect(!ProseFacts.studiesInterviews(Array("""
            Two customer interviews for the lab this week, then my own interview for the analyst role.
            """.utf8)))
        // A study in its own words, where "screen" and "like a job interview" are the study's.
        #expect(ProseFacts.studiesInterviews(Array("""
            # Onboarding study, participant interviews
            Method: 45-min moderated interviews, recorded with consent. Incentive: gift card.
            - Nobody read the category setup screen
            - P04 called the onboarding "like a job interview, too many questions"
            """.utf8)))
        // The same words in a candidate's note about a research job are the job's.
        #expect(!ProseFacts.studiesInterviews(Array("""
            Interview for the UX Researcher role. The hiring manager asked how I run moderated interviews,
            recruit participants and write a study readout.
            """.utf8)))
        #expect(!ProseFacts.studiesInterviews(Array("""
            UX Researcher interviews at Acme. Walked through my portfolio: a moderated usability study,
            its synthesis and readout, and how I screen participants.
            """.utf8)))
    }

    @Test("a note plainly in a language the reader does not know makes its missing-things findings infos")
    func otherLanguage() {
        let swedish = """
            # Intervju – Norrsken Fastigheter AB
            **Datum:** tisdag 10 november 2026, kl. 13.00
            **Plats:** Norrskens kontor, Sveavägen 61, Stockholm
            **Tjänst:** Fastighetsförvaltare
            ## Intervjuare
            - [x] Annika Lindqvist – förvaltningschef – annika.lindqvist@norrsken.example – 08-555 012 34 (visitkort ✔)
            - [x] Mattias Berg – teknisk förvaltare – mattias.berg@norrsken.example – 08-555 018 77 (visitkort ✔)
            ## Innan jag gick
            - [x] Lämnade CV till Annika. De har mitt nummer och min mejl.
            ## Beslut
            Annika: de bestämmer sig senast fredag 20 november, men det kan dröja en vecka till.
            ## Anteckningar
            Mycket om energideklarationer och hyresgästdialog. Mattias frågade om OVK-besiktningar och hur jag
            prioriterar felanmälningar. Bra stämning, fika efteråt. Vi pratade länge om fastighetssystemet och
            om hur förvaltningen är organiserad i olika områden, och vad som väntar under våren.
            ## Uppföljning
            - 10/11 kl. 17.30 – tackmejl till Annika: tog upp energideklarationerna, skrev att jag verkligen vill ha jobbet
            - 10/11 kl. 17.45 – tackmejl till Mattias: tog upp OVK-besiktningen, upprepade mitt intresse
            """
        #expect(ProseLanguage.of(Array(swedish.utf8)) == .other)
        // Through the linter with the note's bytes, as the command runs it.
        let findings = Linter(now: moment("2026-11-13 12:00")).lint(path: "n.md", bytes: Array(swedish.utf8), configuration: Configuration()).diagnostics
        let missing = findings.filter { $0.rule == "thank-you-sent" }
        #expect(!missing.isEmpty)
        #expect(missing.allSatisfy { $0.severity == .info && $0.message.contains("a language other than English") })
        // Front matter and a list of people have few function words, and few accented ones.
        let english = """
            ---
            company: Harbourside Veterinary Hospital
            role: Practice Coordinator
            date: 2026-11-09 13:00
            location: 14 Quay Street, Harbourside, Level 2 reception desk
            status: waiting
            tags: [jobsearch, interviews, veterinary, coordinator, november]
            ---
            ## Interviewers
            - [x] Ruth Abernathy, Clinical Director — ruth.abernathy@harbourside.example — 555-0115
            - [x] Tomas Ekwueme, Practice Manager — tomas.ekwueme@harbourside.example — 555-0116
            - [x] Chloé Marchand, Head Nurse — chloe.marchand@harbourside.example — 555-0117
            - [ ] Ines Duarte, Receptionist — ines.duarte@harbourside.example — 555-0118
            ## Before leaving
            - [x] Resume left
            - [x] Contact information left
            ## Timeframe
            Decision by 2026-11-13
            ## Follow-up
            - 2026-11-09 18:00 Email thank-you to Ruth Abernathy. Recap: rota overhaul. Interest: yes.
            """
        #expect(ProseLanguage.of(Array(english.utf8)) == nil)
    }
}
