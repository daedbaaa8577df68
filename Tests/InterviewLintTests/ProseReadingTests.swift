import Foundation
import Testing
@testable import InterviewLint

/// Notes written the way people write them, not in the canonical format: each test is one way of
/// writing a fact, and what the reader must take from it.
@Suite("Reading notes people write")
struct ProseReadingTests {
    @Test("a daily note's day heading dates the ticked tasks under its sub-headings ('# 2026-11-21 (Saturday)' over '## Today')")
    func dayHeadingOverSubheadings() {
        let note = read("""
            # 2026-11-21 (Saturday)

            ## Today
            - [x] groceries
            - [x] call [[Grace Lindqvist]] about Ostrander — rang her mobile at 11:00; she'll get back to me next week.

            ## Context
            - Interview: Tue 2026-11-10 11:00, Ostrander Labs
            - Met Grace Lindqvist (QA Director) — card taken — grace.l@ostrander.example — +1 555 0152
            """)
        #expect(note.log.map { $0.date?.value.description } == ["2026-11-21 11:00"])
        #expect(note.log.first?.channel?.value == .call && note.log.first?.interviewers == [0])
    }

    @Test("a thank-you sent 'when I got home' is of the interview's day; a three-word label over dated lines is no sentence they go on")
    func gotHomeAndLabelOverLog() {
        let letter = read("""
            Dear future me,

            The interview at Oakhurst Logistics was today, Thursday 19 November 2026 at 2pm, with Deborah Quist (Operations Director).

            You got home around six and emailed Deborah a thank-you at about 7pm: you recapped the route pilot and said you're still keen.
            """)
        #expect(letter.log.first?.kind == .thankYou)
        #expect(letter.log.first?.date?.value.description == "2026-11-19 19:00")
        let plain = read("""
            HOLLIS FREIGHT - DISPATCH SUPERVISOR

            Interview: Tuesday 10/27/2026 at 1:00 pm
            Met: Gary Pruitt (Terminal Manager)

            What happened after
            10/27 6:30 pm  thank-you email to Gary Pruitt, went over the handoff problem, said I am still very interested
            11/9 10:00 am  called Gary Pruitt to follow up
            """)
        #expect(plain.log.map(\.kind) == [.thankYou, .followUp])
        #expect(plain.log.first?.range.start.line == 7)
    }

    @Test("status in the user's words; an unknown word is an info, the note taken as waiting")
    func statusWords() {
        let table: [(String, Interview.Status?)] = [
            ("Interviewed", .waiting), ("#application/waiting", .waiting), ("In progress", .waiting),
            ("Onsite done, waiting on decision", .waiting), ("❌ rejected 11/18", .rejected), ("Not selected", .rejected),
            ("Offered", .offer), ("Accepted", .accepted), ("withdrew", .withdrawn), ("Ghosted", .closed), ("Panel", nil),
        ]
        for (text, expected) in table {
            #expect(StatusReader.read(text) == expected, "\(text)")
        }
        let note = read("---\ndate: 2026-11-16 10:00\nstatus: Panel\n---\n# Acme\n")
        #expect(note.currentStatus == .waiting)
        #expect(note.problems.first?.uncertain == true)
    }

    @Test("resume and contact details from sentences anywhere; a plan or a question says nothing")
    func resumeInProse() {
        let yes = read("---\ndate: 2026-11-16 10:00\n---\n# Acme\n\n## Notes\nLeft my resume with Ethan; they have my email + cell.\n")
        #expect(yes.beforeLeaving.resume?.value == true)
        #expect(yes.beforeLeaving.contactInformation?.value == true)
        #expect(yes.beforeLeaving.resume?.range.start.line == 7)
        let no = read("---\ndate: 2026-11-16 10:00\n---\n# Acme\n\nForgot to leave my resume.\n")
        #expect(no.beforeLeaving.resume?.value == false)
        let plan = read("---\ndate: 2026-11-16 10:00\n---\n# Acme\n\n- [ ] CV to Hannah\n- Do you have my resume?\n")
        #expect(plan.beforeLeaving.resume == nil)
    }

    @Test("the timeframe from a sentence, read from its cue on; a question to ask is no answer")
    func timeframeInProse() {
        let note = read("---\ndate: 2026-11-12 10:00\n---\n# Acme\n\nThe committee meets Dec 1 and they'll decide by December 4th.\n")
        #expect(note.timeframe?.decisionDate == LocalDate(year: 2026, month: 12, day: 4))
        let wrapped = read("---\ndate: 2026-11-10 10:00\n---\n# Acme\n\nPriya said\nthey want to make a decision by the end of next week.\n")
        #expect(wrapped.timeframe?.decisionDate == LocalDate(year: 2026, month: 11, day: 20))
        let question = read("---\ndate: 2026-11-10 10:00\n---\n# Acme\n\n- When do you expect to decide?\n")
        #expect(question.timeframe == nil)
    }

    @Test("the interview's day and time from a line that names it, a key line, a table, the file name")
    func interviewStart() {
        let prose = read("# Fernhill\n\n**Monday 2 November 2026**\n\nInterview at Fernhill at 2pm with Ayşe Yıldırım (Director of Operations).\n")
        #expect(prose.start?.value == moment("2026-11-02T14:00"))
        let key = read("# Meridian\n\nInterview: 11/16/2026 9:00 AM, 2nd floor, 410 W Erie St\n")
        #expect(key.start?.value == moment("2026-11-16T09:00"))
        let table = read("# R2\n\n| Field | Value |\n|---|---|\n| Date | 2026-10-27 |\n| Time | 15:00 SGT |\n| Interviewer | Aditi Rao - Engineering Manager |\n")
        #expect(table.start?.value == moment("2026-10-27T15:00"))
        #expect(table.people.map(\.name.value) == ["Aditi Rao"])
        let journal = NoteReader.read(SourceText(bytes: Array("## Interviewers\n- [x] Zainab Okoye\n".utf8)), fileName: "notes/2026_11_19.md")
        #expect(journal.start?.value.date == LocalDate(year: 2026, month: 11, day: 19))
        #expect(journal.startSource == "the file name")
    }

    @Test("a key naming the interview beats `date`, which beats `created`; a workshop on interviewing is no interview")
    func dateRanks() {
        let ranked = read("---\ncreated: 2026-11-01\ndate: 2026-11-05\ninterview: 2026-11-10T11:00\n---\n# Acme\n")
        #expect(ranked.start?.value == moment("2026-11-10T11:00"))
        #expect(ranked.startSource == "front matter `interview`")
        let created = read("---\ncreated: 2026-11-16\n---\n# Quayside — onsite interview\n\n**When:** Mon 16 Nov, 10am–11:30am\n")
        #expect(created.start?.value == moment("2026-11-16T10:00"))
        let log = read("# Log\n\n- **11/11/2026** — Attended the \"Interviewing after 50\" workshop.\n- **11/17/2026** — In-person interview at Fenwick, 10:00 AM, with Linda Tran (Practice Administrator).\n")
        #expect(log.start?.value == moment("2026-11-17T10:00"))
    }

    @Test("people from Interviewers: lines, card-like items under any heading, and sentences")
    func people() {
        let line = read("---\ndate: 2026-11-16 10:00\n---\nInterviewer: Carla Jiménez, Operations Manager\nEmail: carla.jimenez@meridian.example\n")
        #expect(line.people.map(\.name.value) == ["Carla Jiménez"])
        #expect(line.people.first?.title?.value == "Operations Manager")
        #expect(line.people.first?.email?.value == "carla.jimenez@meridian.example")
        let items = read("---\ndate: 2026-11-16 10:00\n---\n## Notes\n- [[Theo Prescott]] — VP Product. Card: theo@fennimore.example, +1 615 555 0123\n")
        #expect(items.people.first?.name.value == "Theo Prescott")
        #expect(items.people.first?.card?.value == true)
        #expect(items.people.first?.phone?.value == "+1 615 555 0123")
        let prose = read("---\ndate: 2026-11-10 10:00\n---\nMet with Priya Nair (hiring manager, Director of Analytics) and Tom Becker (senior data engineer) for the interview.\n")
        #expect(prose.people.map(\.name.value) == ["Priya Nair", "Tom Becker"])
        let nickname = read("---\ndate: 2026-11-09 13:00\n---\n## People\n|Name|Email|\n|---|---|\n|王伟 \"David Wang\"|david.wang@b.example|\n")
        #expect(nickname.people.first?.name.value == "David Wang")
    }

    @Test("card evidence in a person's own text")
    func cards() {
        let table: [(String, Bool?)] = [
            ("card ✓ · jose@w.example", true), ("gave me his card", true), ("— card —", true), ("no card 😕", false),
            ("card ❌", false), ("left my card with him", nil), ("VP Product", nil),
        ]
        for (text, expected) in table {
            #expect(InterviewerReader.cardEvidence(text) == expected, "\(text)")
        }
    }

    @Test("contacts outside the log sections: dated lines, done tasks with their date, callouts; plans are not contacts")
    func contactsOutsideSections() {
        let note = read("""
            ---
            date: 2026-11-12 10:00
            ---
            ## People
            - [x] Anjali Deshpande — anjali@n.example — +1 312 555 0152

            ## Interview
            - [x] Thank-you email to Anjali — recap of the dock-scheduling design, reiterated interest ✅ 2026-11-12
            - [ ] If nothing by the 4th, call Anjali mid-morning

            > [!done] 2026-11-19 — Call
            > 10:15am, called Anjali to check in.
            """)
        #expect(note.log.count == 2)
        #expect(note.log.first?.kind == .thankYou)
        #expect(note.log.first?.date?.value.date == LocalDate(year: 2026, month: 11, day: 12))
        #expect(note.log.first?.reiteratesInterest == true)
        #expect(note.log.last?.channel?.value == .call)
        #expect(note.peopleWithoutThankYou.isEmpty)
    }

    @Test("a line about a thank-you the reader could not place makes thank-you-sent an info that quotes it")
    func uncertainThankYou() {
        let note = """
            ---
            date: 2026-11-16 10:00
            ---
            ## Interviewers
            - [x] Carla Mendes — carla@acme.example — +1 555 0100

            ## Thank-you notes
            Sent to Carla in the evening.
            """
        let found = lint(note, today: "2026-11-20").filter { $0.rule == "thank-you-sent" }
        #expect(found.count == 1)
        #expect(found.first?.severity == .info)
        #expect(found.first?.message.contains("Sent to Carla") == true)
    }

    @Test("a recruiter is a contact: no card or thank-you asked of them (their number still is: you follow up with them)")
    func recruiter() {
        let note = """
            ---
            date: 2026-11-12 10:00
            ---
            ## People
            | Name | Role | Email |
            |---|---|---|
            | Aaliyah Grant | Detection Manager | aaliyah@c.example |
            | Rosa Delgado | Technical Recruiter | rosa@c.example |

            ## Follow-up
            - 2026-11-12 17:45 — Email thank-you to Aaliyah Grant. Recap: triage. Reiterated interest.
            """
        let found = lint(note, today: "2026-11-20").filter { $0.rule == "thank-you-sent" || $0.rule == "card-collected" }
        #expect(!found.contains { $0.message.contains("Rosa") }, "\(found.map(\.message))")
        #expect(found.contains { $0.message.contains("Aaliyah") }, "the interviewer's card is still asked for")
        #expect(read(note).people.last?.isRecruiter == true)
    }

    @Test("a Next steps heading alone makes no interview note; a date line in a journal does")
    func interviewNotes() {
        #expect(!read("# Questions to ask\n\n## Next steps\n- Ask about the team\n").isInterviewNote)
        #expect(read("# Journal\n\nInterview at Marlow on 2026-11-10 at 10:00.\n").isInterviewNote)
    }

    @Test("sentences are cut at . ! ? ; and ·, not inside words or numbers")
    func sentences() {
        let pieces = ProseLines.sentences("CV ✓ · contact ✓; done. Version 1.2 is out! Really?").map { $0.trimmingWhitespace() }
        #expect(pieces == ["CV ✓ ·", "contact ✓;", "done.", "Version 1.2 is out!", "Really?"])
    }

    @Test("block markers come off a prose line; plans and done tasks are told apart")
    func markers() {
        let plan = ProseLines.strip("  - [ ] send Tom the link", line: 3)
        #expect(plan?.text == "send Tom the link")
        #expect(plan?.isPlan == true)
        #expect(plan?.column == 9)
        let done = ProseLines.strip("\t- DONE thank-you email to Ørjan", line: 1)
        #expect(done?.isDone == true)
        #expect(done?.text == "thank-you email to Ørjan")
        let callout = ProseLines.strip("> [!question] Mon 11/2, 2pm", line: 1)
        #expect(callout?.text == "Mon 11/2, 2pm")
        #expect(callout?.isQuote == true)
        #expect(ProseLines.strip("   ", line: 1) == nil)
    }

    @Test("a line longer than any sentence is not read as prose (memory stays in proportion to real lines)")
    func longLines() {
        let long = String(repeating: "*a **a ", count: 1_000)
        let source = SourceText("Interview at Acme on 2026-11-10 at 10:00.\n\n\(long)\n")
        let lines = ProseLines.read(source, skipping: nil)
        #expect(lines.count == 1)
        #expect(lines.first?.text.hasPrefix("Interview at Acme") == true)
        let paragraph = (0..<2_000).map { _ in "word" }.joined(separator: "\n")
        #expect(ProseLines.read(SourceText(paragraph), skipping: nil).allSatisfy { $0.text.utf8.count < 2 * ProseLines.maximumLineBytes })
    }

    @Test("the interview's start where people write it: under a round's heading, in a debrief heading, at 2:00 meaning 2pm")
    func startWhereWritten() {
        func start(_ note: String) -> String? { read(note).start.map { "\($0.value)" } }
        #expect(start("# Ardent Bio — recruiter screen\n\n## Screen\nTue Nov 3, 2026, 12:00–12:30 — phone call with Chiara Benedetti (recruiter).\n")
                == "2026-11-03 12:00")
        #expect(start("# Osprey Aerial — prep + debrief\n\n## Debrief — Mon 23 Nov 2026, interview 10:00–11:15\nMet Gwendolyn Ashby-Rhys (Operations Director).\n")
                == "2026-11-23 10:00")
        #expect(start("# Brightwater Analytics\n\nTuesday 10 November 2026. Interview at 2:00 with Siobhán O'Brien (Head of Data).\n")
                == "2026-11-10 14:00")
        #expect(start("# Fernleaf Studios — Producer interview, Thu 12 Nov 2026 at 3pm\n\nMet Yasmin Haddad (Head of Production).\n")
                == "2026-11-12 15:00")
        // The screen's own line is the interview, not a call after it.
        #expect(read("# Ardent Bio — recruiter screen\n\n## Screen\nTue Nov 3, 2026, 12:00–12:30 — phone call with Chiara Benedetti (recruiter).\n").log.isEmpty)
    }

    @Test("'that evening' after the paragraph about the interview is the interview's evening, not the day the note was written")
    func thatEveningAfterTheInterview() throws {
        let note = read("""
            # Harrowgate Insurance

            *Written Sunday 22 November 2026.*

            The interview was on Tuesday 17 November 2026 at 11 a.m. with Marguerite Hughes (Head of Claims).

            That evening I emailed Marguerite a thank-you, recapping the fraud model and saying I really want the role.
            """)
        let entry = try #require(note.log.first)
        #expect(entry.kind == .thankYou)
        #expect(entry.date.map { "\($0.value.date)" } == "2026-11-17")
    }

    @Test("a journal: titles before names, two names after 'emailed', a card denied in its own clause, a topic liked as the recap, a later day's call")
    func journalOfTwoInterviewers() {
        let interview = read("""
            # Interview diary

            **Thursday 19 November 2026**

            Interview at Brackwater Wines at 4pm with the owner, Celine Dumas, and the GM, Howard Finch.
            Celine gave me her card; Howard had no cards but wrote his email on a napkin.

            That evening I emailed Celine and Howard separately to thank them, told both how much I liked
            the by-the-glass list idea, and said I really want the job.

            **Tuesday 1 December 2026**

            Rang Celine at 10:30am, they are still finishing interviews.
            """)
        #expect(interview.people.map(\.name.value) == ["Celine Dumas", "Howard Finch"])
        #expect(interview.people.map { $0.card?.value } == [true, false])
        let thanks = interview.log.filter { $0.kind == .thankYou }
        #expect(thanks.flatMap(\.interviewers).sorted() == [0, 1])
        #expect(thanks.allSatisfy { $0.recapsConversation && $0.reiteratesInterest })
        #expect(interview.log.contains { $0.kind == .followUp && $0.interviewers == [0] && $0.date?.value == moment("2026-12-01 10:30") })
    }

    @Test("a weekday said to follow, then its day in words: \"On the Sunday after, the twenty-second\"")
    func weekdayAfterThenItsDay() {
        let interview = read("""
            ---
            company: Corriemuir Distillery
            date: 2026-11-10 10:30
            ---
            ## Interviewers
            - [x] Fiona MacAulay — fiona.macaulay@corriemuir.example — 01479 555 021

            The twentieth came and went. On the Sunday after, the twenty-second, I rang Fiona; it went
            to her voicemail.

            On the Tuesday after that, the twenty-fourth, Fiona emailed back: they are still deciding.
            """)
        #expect(interview.log.map { $0.date?.value.date } == [LocalDate(year: 2026, month: 11, day: 22), LocalDate(year: 2026, month: 11, day: 24)])
        #expect(interview.log.first?.channel?.value == .call)
    }

    @Test("a Mermaid timeline is read where the note records no contact otherwise, and only there")
    func mermaidTimeline() {
        let top = """
            # Orchard Lane Bank — Credit Risk Modeller

            Interview Mon 9 Nov 2026 at 09:00.

            People (both gave me cards):
            - Nadia Haddad, Head of Retail Credit Risk — nadia.haddad@orchardlane.example — 020 7946 0722
            - Tobias Grün, Model Validation Lead — tobias.gruen@orchardlane.example — 020 7946 0739

            """
        let timeline = """
            ```mermaid
            timeline
                title Orchard Lane Bank
                2026-11-09 09:00 : Interview with Nadia Haddad and Tobias Grün
                2026-11-10 10:00 : Called Nadia to ask about next steps (voicemail)
                2026-11-10 15:00 : Thank-you email to Nadia (recap PD model recalibration, very interested)
                                 : Thank-you email to Tobias (recap challenger models, very interested)
            ```
            """
        let alone = read(top + timeline)
        #expect(alone.log.map(\.kind) == [.followUp, .thankYou, .thankYou])
        #expect(alone.log.map(\.interviewers) == [[0], [0], [1]])
        #expect(alone.log.map { $0.date?.value } == [moment("2026-11-10T10:00"), moment("2026-11-10T15:00"), moment("2026-11-10T15:00")])
        #expect(alone.log.map(\.range.start.line).sorted() == [12, 13, 14])
        // Beside a sentence that records a contact, the timeline repeats it and is not read.
        let beside = read(top + "## Follow-up\n- 2026-11-10 15:00 — Thank-you email to Nadia, recapped the PD model.\n\n" + timeline)
        #expect(beside.log.count == 1)
        // Another diagram is no timeline.
        #expect(read(top + timeline.replacingOccurrences(of: "timeline\n", with: "flowchart LR\n")).log.isEmpty)
    }
}
