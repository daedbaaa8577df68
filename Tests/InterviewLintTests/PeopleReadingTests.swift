import Foundation
import Testing
@testable import InterviewLint

/// People, their cards, the company, the timeframe and the interview's start as notes say them
/// in sentences, headlines and key lines.
@Suite("People, cards, company, timeframe and start in the user's words")
struct PeopleReadingTests {
    static let day = "---\ndate: 2026-11-10 10:00\n---\n"

    func people(_ body: String) -> [Interviewer] { read(Self.day + body).people }
    func names(_ body: String) -> [String] { people(body).map(\.name.value) }
    func cards(_ body: String) -> [Bool?] { people(body).map { $0.card?.value } }

    @Test("a word processor's escaped bullet under the people heading ('\\* Alan Brescia \\- Principal Engineer \\- …') is a person's card")
    func escapedBulletCard() {
        let note = read(#"""
            # **Interview notes \- Harrowgate Engineering**

            **Date:** Monday, Nov\. 16, 2026, 10:00 a\.m\.

            ## **Who I met**

            \* Alan Brescia \- Principal Engineer \- alan\_brescia@harrowgate\.example \- \+1 555 0156 \- took his card
            """#)
        #expect(note.people.map(\.name.value) == ["Alan Brescia"])
        #expect(note.people.first?.email?.value == "alan_brescia@harrowgate.example" && note.people.first?.card?.value == true)
    }

    @Test("a Contacts heading over items that each open with a day is the log, not the people")
    func datedContactsList() {
        let note = read("""
            # 202611041530 Interview Fairlie Robotics

            Wed 4 Nov 2026, 15:30. Interview at Fairlie Robotics with Noor Haddad, Controls Lead. Card collected: noor.haddad@fairlie.example, +1 555 0133.

            ## Contacts
            - 2026-11-05 08:10 — email thank-you to Noor Haddad; recapped the MPC controller; reiterated interest.
            - 2026-11-16 10:00 — called Noor Haddad to follow up; left a voicemail.
            """)
        #expect(note.people.map(\.name.value) == ["Noor Haddad"])
        #expect(note.log.map(\.kind) == [.thankYou, .followUp])
        // A Contacts heading over people stays the people.
        #expect(read("# Acme interview 2026-11-04 15:30\n\n## Contacts\n- [x] Noor Haddad — noor@acme.example\n").people.count == 1)
    }

    @Test("Dataview fields of one person ('Claire-phone::', 'claire_email::', 'Claire-card::') are that interviewer's")
    func personalDataviewFields() {
        let found = people("""
            Interviewer:: [[Claire Dumont]]
            Claire-phone:: +44 20 7946 0000
            claire_email:: claire.dumont@brambleton.example
            Claire-card:: yes
            """)
        #expect(found.map(\.name.value) == ["Claire Dumont"])
        #expect(found.first?.phone?.value == "+44 20 7946 0000")
        #expect(found.first?.email?.value == "claire.dumont@brambleton.example")
        #expect(found.first?.card?.value == true)
        // A name two people share, or nobody's, gives nobody the field.
        let shared = people("""
            Interviewers:: [[Claire Dumont]], [[Claire Roy]]
            Claire-phone:: +44 20 7946 0000
            Dumont-phone:: +44 20 7946 0001
            Tobias-email:: tobias@brambleton.example
            """)
        #expect(shared.map { $0.phone?.value } == ["+44 20 7946 0001", nil])
        #expect(shared.allSatisfy { $0.email == nil })
    }

    @Test("under an Interviewers heading too, 'anouk-card:: yes' and 'anouk-phone:: …' are that person's fields")
    func personalDataviewFieldsInSection() throws {
        let found = people("""
            ## Interviewers
            interviewer:: [[Anouk Verbeek]]
            anouk-title:: Data Platform Lead
            anouk-card:: yes
            anouk-phone:: +31 20 555 0190
            """)
        let anouk = try #require(found.first)
        #expect(found.map(\.name.value) == ["Anouk Verbeek"])
        #expect(anouk.card?.value == true && anouk.phone?.value == "+31 20 555 0190")
    }

    @Test("a Recruiter heading lists the recruiter among the people, known as one, so a call to her names someone met")
    func recruiterHeading() {
        let note = read("""
            # Onsite — Ashby Cole Partners
            Interview: 2026-11-09 13:00

            ## Recruiter
            - [[Mireille Okoro|people.okoro.mireille]], Talent Acquisition Partner (in-house) — mireille.okoro@ashbycole.example

            ## People
            - Darnell Whitfield — VP Sales Operations — card ✔ — darnell.whitfield@ashbycole.example

            ## Follow-ups
            - 2026.11.19 10:30 — called Mireille, since the 18th had passed.
            """)
        #expect(note.people.map(\.name.value) == ["Mireille Okoro", "Darnell Whitfield"])
        #expect(note.people.first?.isRecruiter == true)
        #expect(note.log.first?.interviewers == [0])
    }

    @Test("a name ends at its comma, bold or not, and its title after the comma counts")
    func commaEndsName() {
        #expect(names("> [!info] 2026-11-10 — Interview\n> With **Colleen Hartigan**, AVP Member Systems.\n") == ["Colleen Hartigan"])
        #expect(names("Interview yesterday. Talked to Marguerite Dupré, the store manager, for an hour.\n") == ["Marguerite Dupré"])
        // A short word that is also a day's name, inside a name.
        #expect(names("Second round this morning.\n\nNguyễn Thu Hà, engineering manager for the team.\n") == ["Nguyễn Thu Hà"])
    }

    @Test("announced people, the next of a list, a given first name; a firm after 'at' or 'from' is no one")
    func sentencePeople() {
        #expect(names("I was interviewed by two people. Dana Whitlock runs operations; Marcus Oyelaran leads analytics.\n")
            == ["Dana Whitlock", "Marcus Oyelaran"])
        #expect(names("Interview at 10:30 with Ioanna Papadaki, the executive director, and Nick Stavrou from the board.\n")
            == ["Ioanna Papadaki", "Nick Stavrou"])
        #expect(names("Interview with Marguerite Dupré (store manager) and a guy — I think his name was Ollie?\n")
            == ["Marguerite Dupré", "Ollie"])
        #expect(names("Set up by Łukasz Nowicki (recruiter) from Bluefin Talent, the agency recruiter, for the interview.\n")
            == ["Łukasz Nowicki"])
        // The announcement names its people in its paragraph or the next, not further on.
        #expect(names("Two people on the call.\n\nWe talked.\n\nFor Hà: her question.\n").isEmpty)
    }

    @Test("a Dataview people key that opens an item is no part of the name")
    func dataviewPeopleKeyInItem() {
        #expect(names("## Interviewers\n- interviewer:: Maren Oyelowo — Head of Data\n- met-with:: Ruben Castellanos — Analyst\n")
            == ["Maren Oyelowo", "Ruben Castellanos"])
    }

    @Test("a Dataview people line over a list of that person's fields is one person with that card")
    func dataviewPersonOverFields() throws {
        let note = read("""
            # Halloran Bioworks — QA Specialist

            interview-date:: 2026-11-12 14:00

            ## People
            interviewer:: [[Greta Lindqvist]]
            - title:: QA Manager
            - email:: greta.lindqvist@halloran.example
            - phone:: +1 555 0147
            - card:: yes (stapled into notebook)

            ## Log
            thank-you:: 2026-11-13 20:15 — email to Greta Lindqvist, recapped the backlog talk, reiterated interest
            """)
        #expect(note.people.map(\.name.value) == ["Greta Lindqvist"])
        let greta = try #require(note.people.first)
        #expect(greta.email?.value == "greta.lindqvist@halloran.example" && greta.phone?.value == "+1 555 0147" && greta.card?.value == true)
        #expect(note.log.map(\.kind) == [.thankYou])
        #expect(note.log.first?.interviewers == [0] && note.log.first?.date?.value == moment("2026-11-13T20:15"))
        // A list of people after a lone name stays a list of people.
        let listed = read("# Acme\n\ninterview-date:: 2026-11-12 14:00\n\n## People\nGreta Lindqvist\n- Tom Reyes, CTO — card ✓\n- Ana Li, PM — card ✓\n")
        #expect(listed.people.map(\.name.value).suffix(2) == ["Tom Reyes", "Ana Li"])
    }

    @Test("a street after a house number, or a road, is nobody an entry names; a surname like Lane stays a name")
    func streetIsNoOne() {
        let note = Self.day + "## Interviewers\n- [x] Ines Falkner — ines@kiln.example — +44 161 555 0100\n## Follow-up\n"
            + "- 2026-11-10 17:00 — emailed Ines a thank-you from the café at 14 Mill Lane, recapped the kiln schedule, said I'm keen\n"
            + "- 2026-11-11 09:00 — dropped my portfolio at their office on Harbour Road\n"
        #expect(lint(note, configuration: only(UnknownPerson.self)).isEmpty)
        let other = lint(note + "- 2026-11-12 10:00 — called Tom Lane about the kiln schedule\n", configuration: only(UnknownPerson.self))
        #expect(other.count == 1 && other.first?.message.contains("Tom Lane") == true)
        // A date's day before a name is no house number.
        let dated = read(Self.day + "## Interviewers\n- [x] Sarah Lane — sarah@kiln.example — +44 161 555 0101\n## Follow-up\n- Nov 20 Sarah Lane replied about the schedule\n")
        #expect(dated.log.first?.interviewers == [0])
    }

    @Test("a Recruiter: label line is a recruiter, beside the interviewers said in prose")
    func recruiterLabel() {
        let body = "# Acme — Store Manager interview\n\n**Recruiter:** Leah Kowalczyk (Brightpath)\n\nMet with Dana Whitlock (Store Manager) and Marcus Reyes (Assistant Manager).\n\n- 2026-11-10 17:00 — emailed Leah thanks\n"
        let model = read(Self.day + body)
        #expect(model.people.map(\.name.value) == ["Leah Kowalczyk", "Dana Whitlock", "Marcus Reyes"])
        #expect(model.people.map(\.isRecruiter) == [true, false, false])
        #expect(model.log.first?.interviewers == [0])
        let found = lint(Self.day + body).map(\.rule)
        #expect(!found.contains("unknown-person"))
        let screen = read("# Kestrel — Controls Engineer\n\n## Phone screen — Tue Nov 3, 2026, 9:30am\nRecruiter: Priyanka Shah (Talent Acquisition) — priyanka.shah@kestrel.example\n- 11/3 — emailed Priyanka thanks + my availability\n")
        #expect(screen.people.first?.isRecruiter == true && screen.people.first?.email?.value == "priyanka.shah@kestrel.example")
        // In front matter a recruiter key leaves the interviewers' key alone.
        let front = read("---\ndate: 2026-11-10 10:00\nrecruiter: Leah Kowalczyk\ninterviewers: Dana Whitlock\n---\n# Acme\n")
        #expect(front.people.map(\.name.value) == ["Dana Whitlock"])
    }

    @Test("two names with their titles in brackets joined by +, & or and are two people met, on any line")
    func titledList() {
        #expect(names("# Interview notes\n\nStore 14. Dana Whitlock (Store Manager) + Marcus Reyes (Assistant Manager).\nDana gave me her card.\n")
                == ["Dana Whitlock", "Marcus Reyes"])
        #expect(names("# Notes\n\nDana Whitlock (Store Manager) & Marcus Reyes (Assistant Manager)\n") == ["Dana Whitlock", "Marcus Reyes"])
        // Quick notes shorten the titles.
        #expect(names("mesa verde credit union — teller supervisor\n\n- mon 11/16/2026 2pm interview, branch on Elm. Rosa Delgado (branch mgr) + Kevin Tran (ops)\n- got cards from both\n")
                == ["Rosa Delgado", "Kevin Tran"])
        // One name with a title, or two in different sentences, on a line not about the interview: no one met.
        #expect(names("# Notes\n\nReferred by a friend of Dana Whitlock (Store Manager).\n").isEmpty)
        #expect(names("# Notes\n\nDana Whitlock (Store Manager) runs it. Marcus Reyes (Assistant Manager) too.\n").isEmpty)
    }

    @Test("a callout titled with a person is that person, its lines their card and contacts; an info callout's key lines are read")
    func callouts() {
        let person = read("---\ncompany: Tidepool Games\ndate: 2026-11-10 15:00\n---\n# Tidepool Games — QA Lead\n\n> [!person] Lucas Ferreira — Tech Director\n> card ✓ · lucas.ferreira@tidepool.example · +1 604 555 0157\n> Thank-you sent 11 Nov 19:45 (forgot the night before!), mentioned the automation roadmap, said I'm keen.\n")
        #expect(person.people.map(\.name.value) == ["Lucas Ferreira"])
        #expect(person.people.first?.card?.value == true && person.people.first?.phone?.value == "+1 604 555 0157")
        #expect(person.log.first?.kind == .thankYou && person.log.first?.interviewers == [0])
        #expect(person.log.first?.date?.value == moment("2026-11-11T19:45"))
        let info = read("# Harlow & Finch interview\n\n> [!info] Details\n> **Date:** Wed 4 Nov 2026, 2:00pm\n> **Who:** Noor Haddad (Finance Manager)\n")
        #expect(info.start?.value == moment("2026-11-04T14:00"))
        #expect(info.people.map(\.name.value) == ["Noor Haddad"])
        // A pasted email in a block quote, or a callout of another kind, gives no key lines.
        let quoted = read("# Acme interview\n\nDate: 2026-11-16 10:00\n\n> [!quote] From the recruiter\n> Date: 2026-11-20 09:00\n")
        #expect(quoted.start?.value == moment("2026-11-16T10:00"))
    }

    @Test("an Interviewers value of several people with titles")
    func panelValue() {
        let found = people("Panel: Grace Adeyemi (Claims Analytics Manager) and Henrik Solberg (Senior Actuary).\n")
        #expect(found.map(\.name.value) == ["Grace Adeyemi", "Henrik Solberg"])
        #expect(found.map { $0.title?.value } == ["Claims Analytics Manager", "Senior Actuary"])
        #expect(names("Interviewer: Jane Doe - Head of Research and Development\n") == ["Jane Doe"])
    }

    @Test("cards said after the name, for both, by name, or by only one")
    func cardSentences() {
        #expect(cards("Interview with Anjali Deshpande (Staff Engineer). Got her card. Then Dmitri Volkov (Principal Engineer); he had to run, so no card.\n")
            == [true, false])
        #expect(cards("Interview with Priya Nair (manager) and Tom Becker (engineer).\n\nMet, cards from both:\n- Priya Nair — priya@m.example\n")
            == [true, true])
        #expect(cards("Interview with Priya Nair (manager) and Tom Becker (engineer).\n\nNo business cards on a video call, obviously.\n")
            == [false, false])
        #expect(cards("Interview with Marguerite Dupré (manager) and Ollie Park (events lead).\n\nOnly Marguerite had cards, so I took one.\n")
            == [true, false])
        #expect(cards("Interview with Rhiannon Pryce (manager) + Tomasz Wróbel (lead).\n- card ✔ Rhiannon — r@o.example\n- card ✗ Tomasz — forgot to ask\n")
            == [true, false])
        #expect(cards("Panel of three: Alice Wong (Director), Bob Lee (Staff Engineer) and Carol King (Recruiter).\nAlice and Bob gave me cards; Carol said she'd email her details.\n")
            == [true, true, nil])
        // Asking is not getting; a thank-you card is yours.
        #expect(cards("Interview with Dana Whitlock (ops manager) and Marcus Oyelaran (lead). I asked for cards, like every blog says.\n")
            == [nil, nil])
        #expect(cards("Interview with Priya Nair (manager) and Tom Becker (engineer).\n\nWrote both of them thank-you cards by hand.\n")
            == [nil, nil])
    }

    @Test("cards from a Cards heading, a tick, a carte, a key line under the person, a Field | Value row")
    func cardPlaces() {
        #expect(cards("## Cards\n- Katheryn Doyle — VP Product — k@v.example\n") == [true])
        #expect(cards("People\n- [x] Jürgen Weiß, VP Engineering – j@k.example\n- [ ] Leonie Hartmann, Team Lead – l@k.example\n") == [true, false])
        #expect(cards("## People\n- Hélène Garnier — Responsable R&D — h@s.example — carte ✔\n") == [true])
        let keyed = people("Interviewer: Carla Jiménez, Operations Manager\nPhone: (312) 555-0126\nBusiness card: yes, got it at the end\n")
        #expect(keyed.first?.card?.value == true)
        #expect(keyed.first?.phone?.value == "(312) 555-0126")
        let table = people("| Field | Value |\n|---|---|\n| Interviewer | Rhiannon Pryce - Head |\n| Interviewer | Dev Malhotra - Engineer |\n| Business cards | Rhiannon ✅ · Dev ❌ (had none on him) |\n")
        #expect(table.map { $0.card?.value } == [true, false])
    }

    @Test("a table cell gives its address without the note beside it, and a dash is no number")
    func tableCells() {
        let found = people("## Contacts\n| Name | Email | Phone |\n|---|---|---|\n| Dev Malhotra | dev@c.example (found on LinkedIn) | — |\n")
        #expect(found.first?.email?.value == "dev@c.example")
        #expect(found.first?.phone == nil)
    }

    @Test("the company from a headline, a sentence, a link or a Dendron parent; a generic heading names none",
          arguments: [
              ("# Job hunt journal — Marlow Analytics\n\nMet with Priya Nair (manager).\n", "Marlow Analytics"),
              ("# Work Search Log — Fall 2026\n\n- In-person interview at Fenwick Dental Group, 10:00 AM, with Linda Tran (Administrator).\n", "Fenwick Dental Group"),
              ("# Interview Notes - Fairhaven Media Senior Product Designer\n\nMet with Camille Fontaine (Design Director).\n", "Fairhaven Media"),
              ("Pellucid Optics – QA lead (Stockport)\n\n* interview with Oskar Lind (eng manager)\n", "Pellucid Optics"),
              ("Entretien Sérac Systèmes — embedded engineer\n\nMet with Hélène Garnier (Responsable R&D) at the interview.\n", "Sérac Systèmes"),
              ("- 13:30 [[Wrenfield Bio]] interview\n\t- met [[Zainab Okoye]] (Director)\n", "Wrenfield Bio"),
          ])
    func company(note: String, expected: String) {
        #expect(read(Self.day + note).company?.value == expected)
    }

    @Test("a Dendron note's parent link names the company")
    func dendronCompany() {
        let note = "---\ntitle: Onsite\n---\nBack to [[Karsten Maritime|job.karsten-maritime]]\n\n## People\n- [x] Søren Kjeldsen — Head of Firmware\n"
        let model = NoteReader.read(SourceText(note), fileName: "vault/job.karsten-maritime.onsite.md")
        #expect(model.company?.value == "Karsten Maritime")
        #expect(read("# About\n\nMet with Priya Nair (manager) for the interview on 2026-11-10.\n").company == nil)
        #expect(read("# Tuesday, November 17, 2026\n\nHad my interview today at 3pm. Met Sarah Connor, the VP of Engineering.\n").company == nil)
        #expect(read("Great call with Acme\n\nInterview on 2026-11-10 with Sarah Connor (VP Engineering).\n").company == nil)
    }

    @Test("the timeframe after the last cue, in the interview's round, vague when loose",
          arguments: [
              ("I asked when they would decide, and she said the board meets on the 12th and they will decide by November 13th.\n", "2026-11-13"),
              ("asked Ørjan when they decide → board signs off on the 3rd, so an answer **by December 4th**\n", "2026-12-04"),
              ("Decision: \"d'ici le 4 décembre\" (Hélène), i.e. by 4 December\n", "2026-12-04"),
              ("Timing: \"mid-November, once the partners have met.\"\n", "2026-11-15"),
              ("Timing: Jürgen said \"within 10 business days\"\n", "2026-11-24"),
              ("Grace said they'll let everyone know within two weeks.\n", "2026-11-24"),
              ("Timeline: a few weeks, no firm date\n", "vague"),
              ("asked about timing: \"soon, we're still seeing people\"\n", "vague"),
              ("Forgot to ask when they'll decide. Björn mentioned a couple more candidates this week, no date for a decision.\n", "none"),
              ("- CLOSED: [2026-11-23 Mon 19:10] He said nothing is decided yet.\n", "none"),
          ])
    func timeframe(sentence: String, expected: String) {
        let model = read(Self.day + "# Acme\n\n" + sentence)
        let readAs: String
        switch model.timeframe?.decision {
        case .date(let date)?: readAs = date.description
        case .vague?: readAs = "vague"
        case .unrecognized?, nil: readAs = "none"
        }
        #expect(readAs == expected, "\(sentence)")
    }

    @Test("a to-do or a dated event under Next Steps is no timeframe; an earlier round's next step gives way")
    func timeframePlaces() {
        let todo = read(Self.day + "## Next Steps\n- [ ] Nudge Zoë around Dec 1 if nothing\n\n## Notes\n- Asked about timing. Zoë: \"we'll be in touch.\"\n")
        #expect(todo.timeframe?.decision == .vague)
        let event = read(Self.day + "## Next Steps\n- 12 Nov 11:40: Aditi emailed, moving me to R3\n\n## Notes\n- Asked about next steps → \"you'll hear from us within 5 working days\"\n")
        #expect(event.timeframe?.decisionDate == LocalDate(year: 2026, month: 11, day: 17))
        let rounds = read("# Nordwind\n\n> [!question] Phone screen\n> Next step: \"Lena will get the onsite on the calendar within a week.\"\n\n> [!question] Onsite — Thu 11/12/2026, 10am\n> Asked about timing: they'll decide **by December 4th**.\n")
        #expect(rounds.start?.value == moment("2026-11-12T10:00"))
        #expect(rounds.timeframe?.decisionDate == LocalDate(year: 2026, month: 12, day: 4))
    }

    @Test("the start: a task's SCHEDULED is not it, a Google Docs key, a time range, a post's yesterday, a time at the top")
    func start() {
        let org = read("* Interview <2026-11-03 Tue 10:00>\n\n*** TODO Email Priyanka if nothing by Dec 1\nSCHEDULED: <2026-12-01 Tue>\n")
        #expect(org.start?.value == moment("2026-11-03T10:00"))
        let docs = read("__Interview notes \\- Millbrook Public Library__\n\n__Date: __Thursday, November 12, 2026, 10:00 a\\.m\\.\n")
        #expect(docs.start?.value == moment("2026-11-12T10:00"))
        #expect(docs.company?.value == "Millbrook Public Library")
        let range = read("**Date:** 2026-11-03\n\n- **Duration:** 60 min, 3:00–4:00 p.m.\n")
        #expect(range.start?.value == moment("2026-11-03T15:00"))
        let post = read("---\nlayout: post\ndate: 2026-11-13 07:45:00 -0600\n---\nYesterday afternoon I had my interview at Saltmarsh Logistics ([earlier](/2026/10/30/first/)). It was at two o'clock.\n")
        #expect(post.start?.value == moment("2026-11-12T14:00"))
        let meeting = read("---\ncreated: 2026-11-24\n---\n# Aldercrest — interview\n\n## Agenda\n11am, two 45-minute blocks\n\n## Notes\n- Meghan: decision **by Dec 4**. If I'm through, final round is with the CTO.\n")
        #expect(meeting.start?.value == moment("2026-11-24T11:00"))
    }

    @Test("a day without a year and nothing to take it from is said so, as an info")
    func yearlessDay() {
        let model = read("Pellucid Optics – QA lead\n\n* Fri 20/11 11:00 — interview at the site. Oskar Lind (eng manager) + Femi Adebayo (HR partner).\n")
        let problem = model.problems.first { $0.kind == .frontMatter }
        #expect(problem?.uncertain == true)
        #expect(problem?.message.contains("without its year") == true)
    }

    @Test("a log name the note introduces elsewhere by full name is known to it: an info, not a warning")
    func namedElsewhere() {
        let note = Self.day + """
            > Applied in October. Lena Hoffmann (recruiting coordinator) set up the call.

            ## Interviewers
            - [x] Anjali Deshpande — anjali@nordwind.example — +1 312 555 0152

            ## Follow-up
            - [x] Ask Lena for Dmitri's email ✅ 2026-11-10
            - 2026-11-11 — Emailed Marcus about the offer letter.
            """
        let model = read(note)
        let references = model.log.flatMap(\.people).filter { $0.match == .none }
        #expect(references.map(\.written.value) == ["Lena", "Marcus"])
        #expect(references.map { $0.namedElsewhere?.value } == ["Lena Hoffmann", nil])
        #expect(references.first?.namedElsewhere?.range.start == SourcePosition(line: 4, column: 23))
        let unknown = lint(note).filter { $0.rule == "unknown-person" }
        #expect(unknown.map(\.severity) == [.info, .warning])
        #expect(unknown.first?.message.contains("names Lena Hoffmann on line 4") == true)
    }

    @Test("'interview with' a name that ends as a firm's does is the company, no person")
    func interviewWithFirm() {
        let model = read(Self.day + "Today I had my interview with Pelham Wick Architects at 10am. I met Helena Voss (studio director).\n")
        #expect(model.company?.value == "Pelham Wick Architects")
        #expect(model.people.map(\.name.value) == ["Helena Voss"])
        #expect(read(Self.day + "- Interview with [[Quillon Labs]]\n    - [[Amara Okafor]] - Design Director - card ✓\n").people.map(\.name.value) == ["Amara Okafor"])
        // "with" and a person's name stays a person.
        #expect(names("Interview with Jane Doe (VP of Finance) this morning.\n") == ["Jane Doe"])
    }

    @Test("a title that names the interview gives its day, and the day is no part of the company", arguments: [
        Labelled("ISO after", "# Acme interview 2026-11-16"), Labelled("between dashes", "# Interview — Acme — 16/11/2026"),
        Labelled("US with a time", "# Acme Interview 11/16/2026 9:30am"), Labelled("spelled", "# Acme interview, Mon 16 Nov 2026 at 9:30am"),
    ])
    func titleDay(_ title: Labelled<String>) {
        let model = read(title.value + "\n\nMet Jane Doe (manager), got her card.\n")
        #expect(model.start?.value.date == LocalDate(year: 2026, month: 11, day: 16))
        #expect(model.company?.value == "Acme")
    }

    @Test("a list of fields (`- **When:** …`, `- **Who:** …`) is read as key lines; a list of contacts is not")
    func fieldList() {
        let model = read("# Halvorsen Maritime interview\n\n- **When:** Wed 11 Nov 2026, 10:00–11:30\n- **Who:** Ingrid Halvorsen (COO), card ✓, ingrid@halvorsen.example\n")
        #expect(model.start?.value == LocalDateTime(date: LocalDate(year: 2026, month: 11, day: 11)!, hour: 10, minute: 0))
        #expect(model.people.map(\.name.value) == ["Ingrid Halvorsen"])
        #expect(model.people.first?.card?.value == true)
        let log = read("# Acme interview\n\n- 2026-11-16 18:00 — Date: thank-you email to Jane\n")
        #expect(log.start == nil)
    }

    @Test("a name in brackets after a name is the person's other name, and the log may use it")
    func otherName() {
        let model = read(Self.day + "## Interviewers\n- [x] 김민준 (Minjun Kim) — iOS Lead — minjun@c.example — +86 21 5555 0102\n- [x] Jane Doe (Engineering Manager) — jane@c.example\n## Follow-up\n- 2026-11-10 18:10 — thank-you email to Minjun Kim, recap: the SwiftUI migration\n")
        #expect(model.people.map(\.name.value) == ["김민준 (Minjun Kim)", "Jane Doe"])
        #expect(model.people.last?.title?.value == "Engineering Manager")
        #expect(model.log.first?.people.map(\.interviewer) == [0])
    }

    @Test("resume and contact said clause by clause; a bare 'contact' with a mark or a yes; a quoted answer is the timeframe", arguments: [
        Labelled("marks", ("resume ✓ contact ✓", true, true)), Labelled("a cross", ("resume ✓, contact ✗", true, false)),
        Labelled("yes", ("Resume: yes. Contact info: yes.", true, true)), Labelled("commas", ("Resume left, contact info left.", true, true)),
    ])
    func leftInClauses(_ example: Labelled<(String, Bool, Bool)>) {
        let model = read(Self.day + "Interview at Greystone. Met Claire Fitzgerald (Head of Services).\n\n" + example.value.0 + "\n")
        #expect(model.beforeLeaving.resume?.value == example.value.1)
        #expect(model.beforeLeaving.contactInformation?.value == example.value.2)
    }

    @Test("someone's contact is not yours; a quoted answer after 'said' dates the decision")
    func saidAndTheirs() {
        #expect(read(Self.day + "Interview at Greystone. I have her contact.\n").beforeLeaving.contactInformation == nil)
        let model = read(Self.day + "Interview at Greystone. Met Claire Fitzgerald (Head of Services). Claire said \"by the end of next week\".\n")
        #expect(model.timeframe?.decisionDate == LocalDate(year: 2026, month: 11, day: 20))
        #expect(read(Self.day + "Interview at Greystone. Claire said it went well.\n").timeframe == nil)
    }

    @Test("people under the headings people give them, names with particles kept whole", arguments: [
        Labelled("German", "Gesprächspartner"), Labelled("interviewed by", "Interviewed by"), Labelled("hiring team", "Hiring team"),
        Labelled("people met", "People met"),
    ])
    func peopleHeadings(_ heading: Labelled<String>) {
        let model = read(Self.day + "### \(heading.value)\n- [x] François d'Aubigné — Head of Reporting — f@b.example\n- [x] José María Fernández de la Vega — Tax Manager — jm@b.example\n")
        #expect(model.people.map(\.name.value) == ["François d'Aubigné", "José María Fernández de la Vega"])
    }

    @Test("a label on a line of its own, a person on each line below it")
    func labelThenLines() {
        let model = read("Interview: 17.11.2026, 13:30\nCompany: Ostwind\n\nInterviewers:\nKatrin Weiss — Abteilungsleiterin — katrin@ostwind.example\nJuergen Baecker — Teamleiter — juergen@ostwind.example\n")
        #expect(model.people.map(\.name.value) == ["Katrin Weiss", "Juergen Baecker"])
        #expect(model.people.map { $0.email?.value } == ["katrin@ostwind.example", "juergen@ostwind.example"])
    }

    @Test("an offer in the words offer emails use, and 'no longer considered' as a status")
    func offerWords() {
        func status(_ line: String) -> Interview.Status {
            read(Self.day + "## Interviewers\n- [x] Jane Doe — jane@a.example — +1 555 0100\n## Follow-up\n\(line)\n").currentStatus
        }
        #expect(status("- 2026-11-20 10:00 — Email from Jane: we'd like to make you an offer for the role") == .offer)
        #expect(status("- 2026-11-20 10:00 — Email from Jane: we'd like to offer you the position") == .offer)
        #expect(status("- 2026-11-20 10:00 — Email from Jane: we are not in a position to offer you the role") == .waiting)
        #expect(status("- 2026-11-20 10:00 — emailed Jane: would you like to make me an offer?") == .waiting)
        #expect(read("---\ndate: 2026-11-10 10:00\nstatus: No longer considered\n---\n").currentStatus == .rejected)
        #expect(ProseFacts.companyName("Thornbury Analytics (Data Engineer) interview") == "Thornbury Analytics")
    }

    @Test("names as people write them: a month as a first name, particles, Irish Ó, titles after a comma, the writer on the panel")
    func namesWithParticles() {
        #expect(names("Met with Jan Smit (CTO).\n") == ["Jan Smit"])
        #expect(names("Met with Jan-Willem van der Berg (CTO).\n") == ["Jan-Willem van der Berg"])
        #expect(names("Interviewers: Priya Raman (Engineering Manager), Tomás Ó Súilleabháin (Principal Engineer)\n")
                == ["Priya Raman", "Tomás Ó Súilleabháin"])
        #expect(names("Panel: me, Akosua Boateng\n") == ["Akosua Boateng"])
        // A name never ends in a particle; a date is no name.
        #expect(names("Met with Anna van on Jan 12.\n").isEmpty)
    }

    @Test("the ID-card emoji labels the mark after it; 'ran out of cards' is no card")
    func idCardEmoji() {
        #expect(cards("## Who\n- Zoë Kowalczyk — Art Director — zoe@p.example — 🪪 ✅\n- Dmitri Ivanov — Lead — dmitri@p.example — 🪪 ❌ (ran out of cards)\n")
                == [true, false])
        // "out of business cards" in a sentence about the one person met: no card.
        #expect(cards("Met Tove Lindgren (editor). Tove had run out of business cards, so I only have her email, tove@fjord.example.\n") == [false])
    }

    @Test("a heading per person, and facts nested under a person's item, are that person's; contacts there are theirs")
    func personBlocks() throws {
        let headed = read("""
            ---
            date: 2026-11-12 09:30
            ---
            ## Interviewers
            ### Amara Okonkwo (Principal)
            - Card: yes
            - amara@olarch.example / +44 20 7946 0321
            - Thank-you: emailed 12 Nov, 5:10pm. Recapped the library scheme, reiterated interest.
            ### Siobhan Keane (HR Manager)
            - Card: no — she said to use the careers inbox
            - Thank-you: not yet
            """)
        #expect(headed.people.map(\.name.value) == ["Amara Okonkwo", "Siobhan Keane"])
        #expect(headed.people.map { $0.card?.value } == [true, false])
        #expect(headed.people.first?.phone?.value == "+44 20 7946 0321")
        #expect(headed.log.count == 1)
        let entry = try #require(headed.log.first)
        #expect(entry.kind == .thankYou && entry.interviewers == [0] && entry.recapsConversation && entry.reiteratesInterest)
        #expect(entry.date.map { "\($0.value)" } == "2026-11-12 17:10")
        #expect(headed.peopleWithoutThankYou == [1])

        let nested = read("""
            ---
            date: 2026-11-10 11:00
            ---
            ## People
            - [x] Mei-Ling Huang
                - Engineering Manager
                - phone: +1 (206) 555-0119
                - TY: emailed 11/10 4:15pm, recapped the Airflow backfill question, said I'm excited about the role
            - [x] Rahul Deshpande — rahul@q.example
            """)
        #expect(nested.people.map(\.name.value) == ["Mei-Ling Huang", "Rahul Deshpande"])
        #expect(nested.people.first?.phone?.value == "+1 (206) 555-0119")
        #expect(nested.log.map(\.interviewers) == [[0]])
        #expect(nested.log.first?.kind == .thankYou)
    }

    @Test("thank-you tasks nested under a label, with what follows their done date")
    func nestedTasks() {
        let note = read("""
            ---
            interview: 2026-11-18 09:00
            ---
            ## Panel
            - [x] Hollis Grant — hgrant@m.example — 555-0190
            - [x] Ama Owusu — aowusu@m.example — 555-0194
            ## Follow-ups
            - Thank-yous
                - [x] Hollis ✅ 2026-11-18 — email, recapped the runcutting software talk, reiterated interest
                - [ ] Ama — need to double-check her email 📅 2026-11-19
            """)
        #expect(note.log.count == 1)
        #expect(note.log.first?.kind == .thankYou && note.log.first?.interviewers == [0])
        #expect(note.log.first?.recapsConversation == true)
        #expect(note.peopleWithoutThankYou == [1])
    }

    @Test("a rescheduled interview is on its new day; a struck-through day is no longer; a cancelled one is closed")
    func rescheduledAndCancelled() {
        func start(_ note: String) -> String? { read(note).start.map { "\($0.value)" } }
        #expect(start("# Halden Library\n\nInterview: Tue 10 Nov 2026, 2pm — RESCHEDULED to Fri 13 Nov 2026, 10:00am\n") == "2026-11-13 10:00")
        #expect(start("# Halden Library\n\n~~Interview: Tue 10 Nov 2026, 2pm~~ — moved, a panel member was sick.\n**Interview (rescheduled): Fri 13 Nov 2026, 10:00am**\n")
                == "2026-11-13 10:00")
        let cancelled = read("---\ndate: 2026-11-24 13:00\ninterviewer: Rafael Gutiérrez\n---\n# Orchard Point\n\n**CANCELLED.** Rafael emailed on Nov 23: the role is on hold after a hiring freeze, so the interview is cancelled.\n")
        #expect(cancelled.currentStatus == .closed)
    }
}

