import Testing
@testable import InterviewLint

/// Contacts after the interview as people log them: who wrote to whom, by what, with whom, of
/// what kind, one entry per message, on what day.
@Suite("Contacts: direction, channel, people, kind and day as people write them")
struct ContactReadingTests {
    /// A note with two interviewers (Aditi Rao, Lim Wei Ling) and `log` under `## Follow-up`.
    static func twoPeople(_ log: String) -> Interview {
        read("""
            ---
            date: 2026-10-27 15:00
            ---
            ## Interviewers
            - [x] Aditi Rao — aditi@t.example — +65 6555 0142
            - [x] Lim Wei Ling — weiling@t.example — +65 6555 0143
            ## Follow-up
            \(log)
            """)
    }

    @Test("the subject tells the direction", arguments: [
        ("- 2 Nov 11:40: Aditi emailed, moving me to R3 on 12 Nov", LogEntry.Direction.incoming),
        ("- 9 Nov 09:15: emailed Aditi to withdraw from the process", .outgoing),
        ("- 2026-11-19 — Called Aditi again 7:10pm from the car, voicemail", .outgoing),
        ("- 2026-11-28 11:05am — called Aditi's mobile from her card", .outgoing),
        ("- 2026-11-24 11:20 – Aditi replied: thanks, they'll be in touch", .incoming),
        ("- 2026-11-20 — Email from Aditi: still deciding", .incoming),
        ("- 2026-11-20 — no reply from Wei Ling, so I called Aditi at 11:05", .outgoing),
    ])
    func direction(_ line: String, _ direction: LogEntry.Direction) throws {
        let entry = try #require(ContactReadingTests.twoPeople(line).log.first)
        #expect(entry.direction == direction)
    }

    @Test("a clause another person opens leaves the contact to the one the writer made")
    func writersClause() throws {
        let note = Self.twoPeople("- 2026-11-12 — no reply from Wei Ling, so I called Aditi at 11:05")
        let entry = try #require(note.log.first)
        #expect(entry.interviewers == [0])
    }

    @Test("a Direction column and a channel marked (in) say it outright")
    func directionCells() throws {
        let note = ContactReadingTests.twoPeople("""
            | Date | Direction | Channel | Summary |
            |------|-----------|---------|---------|
            | 2026-11-23 9:15 | Inbound | Email | Aditi: second interviews are in December |
            | 2026-11-24 | Outbound | Email | Replied to Aditi with my times |

            | When | Type | With | Notes |
            |------|------|------|-------|
            | Nov 20 2:05pm | Email (in) | Wei Ling | Still interviewing |
            """)
        #expect(note.log.map(\.direction) == [.incoming, .outgoing, .incoming])
    }

    @Test("a reply takes its thread's channel; a thank-you mail is an email, post is paper")
    func channels() throws {
        let note = ContactReadingTests.twoPeople("""
            - 27/10 19h30 — thank-you mail to Aditi: recap of the ledger design
            - 2026-11-13 08:47 Aditi replied: thanks, she passed my notes on
            - 2026-11-14 — sent Wei Ling the article by mail
            """)
        #expect(note.log.map { $0.channel?.value } == [.email, .email, .paper])
        #expect(note.log.first?.date?.value.date == LocalDate(year: 2026, month: 10, day: 27))
        #expect(!note.problems.contains { $0.kind == .unreadableEntry }, "\(note.problems.map(\.message))")
    }

    @Test("whom: a name in brackets, the last such contact's person, a people note's slug, the panel")
    func people() throws {
        let note = ContactReadingTests.twoPeople("""
            - 2026-11-17 10:00 — called Aditi → voicemail
            - 2026-11-19 09:45 — voicemail again (Wei Ling)
            - 2026-11-20 10:30 — Called again, voicemail again.
            - 2026-11-21 — LinkedIn message to [[lim-wei-ling]]
            """)
        #expect(note.log.map(\.interviewers) == [[0], [1], [1], [1]])
        #expect(note.log[3].people.first?.match == .exact)
        let panel = Self.twoPeople("""
            ## Action items
            - [x] Send thank you note to the panel — one email to both at 7:40 p.m.; recapped Aditi's ledger question
            """)
        #expect(panel.log.first?.interviewers == [0, 1])
        #expect(panel.log.first?.date?.value.description == "2026-10-27 19:40")
    }

    @Test("the one interviewer is the person of an entry that names nobody, a recruiter aside")
    func onlyInterviewer() throws {
        let note = read("""
            ---
            date: 2026-11-02 11:00
            ---
            ## Interviewers
            - [x] Colleen Hartigan — colleen@p.example
            - Dana Fox — recruiter at Hireline
            ## Follow-up
            - 2026-11-16 — Call 9:45am, straight to voicemail.
            """)
        #expect(note.people.count == 2)
        #expect(note.log.first?.interviewers == [0])
    }

    @Test("kind: a call to follow up that says no thank-you went is a follow-up; a card that recaps is a thank-you")
    func kinds() throws {
        let note = ContactReadingTests.twoPeople("""
            - 2026-11-23 10:15am — called [[Aditi Rao]] to follow up. Realised after hanging up that I never sent the thank-yous
            - 2026-10-27 — handwritten card to Wei Ling too: recapped the BEP discussion, reiterated my interest
            - 2026-10-27 — thank-you email to Aditi, sent 7:05pm. Thanked her for her time
            """)
        #expect(note.log.map(\.kind) == [.followUp, .thankYou, .thankYou])
    }

    @Test("an interviewer named May or Will is that person in the log, not a month or a plan; 'May 12' is still a day")
    func namesThatAreWords() {
        let note = read("""
            ---
            date: 2026-05-11 10:00
            ---
            ## Interviewers
            - [x] May Chen — may@t.example — +1 555 0100
            - [x] Will Turner — will@t.example — +1 555 0101
            ## Follow-up
            - 2026-05-11 17:00 thank-you email to May, recap: the roadmap, reiterated interest
            - 2026-05-11 17:10 thank-you email to Will, recap: the pricing model, reiterated interest
            - May 12 10:00 called Will
            """)
        #expect(note.log.map(\.interviewers) == [[0], [1], [1]])
        #expect(note.log.map(\.recapsConversation) == [true, true, false])
        #expect(note.log.last?.date?.value.date == LocalDate(year: 2026, month: 5, day: 12))
    }

    @Test("a name in a script without capitals is found in the log by its spelling")
    func caselessNames() {
        let note = read("""
            ---
            date: 2026-11-19 10:00
            ---
            ## Interviewers
            - [x] 佐藤 花子 — Designer — hanako@c.example — +86 21 5555 0103
            - [x] Jane Doe — EM — jane@c.example — +86 21 5555 0104
            ## Follow-up
            - 2026-11-19 18:20 thank-you email to 佐藤 花子, recap: design tokens; reiterated interest
            - 2026-11-19 18:30 thank-you email to 花子 again
            """)
        #expect(note.log.map(\.interviewers) == [[0], [0]])
        #expect(note.problems.filter { $0.kind == .unreadableEntry }.isEmpty)
    }

    @Test("a capital before a hyphen and a lowercase word ('Mid-morning') is no part of a name")
    func hyphenatedWordIsNoName() {
        let note = ContactReadingTests.twoPeople("""
            | Date | Type | To/From | Notes |
            | --- | --- | --- | --- |
            | 2026-11-04 | Phone | To Aditi | Mid-morning check-in, she'll call Thursday |
            """)
        #expect(note.log.first?.people.map(\.written.value) == ["Aditi"])
        #expect(note.log.first?.interviewers == [0])
    }

    @Test("under Follow-up, an unticked task is a plan and a done one carries its Tasks date")
    func tasksUnderFollowUp() {
        let note = ContactReadingTests.twoPeople("""
            - [x] Thank-you email to Aditi, recap: the BEP rollout; reiterated interest ✅ 2026-10-27
            - [ ] call Wei Ling on Tuesday
            - [x] Called Wei Ling ✅ 2026-11-04
            """)
        #expect(note.log.map(\.kind) == [.thankYou, .followUp])
        #expect(note.log.map { $0.date?.value.date.description } == ["2026-10-27", "2026-11-04"])
        #expect(note.problems.filter { $0.kind == .unreadableEntry }.isEmpty)
    }

    @Test("a written message that thanks and recaps is the thank-you; thanks in passing, or in a call, is not")
    func thankedInWords() {
        let note = ContactReadingTests.twoPeople("""
            - 2026-10-27 16:30 — LinkedIn message to Aditi thanking her; recapped the BEP rollout, said I'm excited about the role
            - 2026-10-27 17:00 — emailed Wei Ling, thanked her for her time and went back over the vendor-risk question
            - 2026-11-09 09:15 — emailed Aditi to withdraw from the process, thanked her for her time
            - 2026-11-10 10:00 — called Wei Ling, thanked her; recapped what I'd said about the migration
            """)
        #expect(note.log.map(\.kind) == [.thankYou, .thankYou, .other, .followUp])
    }

    @Test("separate messages are one entry each; one email to everyone stays one")
    func separate() throws {
        let separate = Self.twoPeople("- 2026-10-27 | Thank-you | Separate emails that evening to Aditi (recap) and Wei Ling (recap)")
        #expect(separate.log.map(\.interviewers) == [[0], [1]])
        let plural = Self.twoPeople("- 2026-10-27 — thank-you emails to Aditi and Wei Ling")
        #expect(plural.log.count == 2)
        #expect(Self.twoPeople("- 2026-10-27 18:00 — thank-you email to Aditi, then one to Wei Ling; recapped the roadmap").log.map(\.interviewers) == [[0], [1]])
        let together = Self.twoPeople("- 2026-10-27 — thank-you email to Aditi and Wei Ling (one email, both on it)")
        #expect(together.log.map(\.interviewers) == [[0, 1]])
    }

    @Test("a line that says nothing came is no contact; an unticked task is a plan")
    func silence() {
        let note = ContactReadingTests.twoPeople("""
            - 2026-11-19 09:45 — called Aditi, voicemail
            - nothing back yet 😬 stop now and wait
            - Mon 23/11 — still no reply at all
            """)
        #expect(note.log.count == 1)
        #expect(!note.problems.contains { $0.kind == .unreadableEntry })
    }

    @Test("a Logseq outline: DONE people are ticked, a done task's nested lines are part of it, a promised offer is a timeframe")
    func logseqOutline() throws {
        let note = read("""
            title:: Brightwater Foods interview
            company:: [[Brightwater Foods]]
            date:: [[Nov 18th, 2026]]
            time:: 14:00

            - People
            \t- DONE Yusuf Demir — Operations Manager
            \t\t- yusuf@brightwater.example
            \t- DONE Penny Harwood — Plant HR Lead — got card
            - Before leaving
            \t- DONE asked about the decision
            \t\t- Penny: "we'll make an offer by December 2nd"
            - Follow-up
            \t- DONE thank-you email to Yusuf Demir — sent 21:00 on [[Nov 18th, 2026]]
            \t\t- recapped the changeover scheduling problem, said I'm really keen on the role
            \t- TODO thank-you email to Penny Harwood
            """)
        #expect(note.people.map(\.name.value) == ["Yusuf Demir", "Penny Harwood"])
        #expect(note.people.allSatisfy { $0.card?.value == true })
        #expect(note.currentStatus == .waiting)
        #expect(note.timeframe?.decisionDate == LocalDate(year: 2026, month: 12, day: 2))
        let thanks = try #require(note.log.first)
        #expect(note.log.count == 1 && thanks.kind == .thankYou && thanks.interviewers == [0])
        #expect(thanks.recapsConversation && thanks.reiteratesInterest)
    }

    @Test("a task board's export: a ticked subtask and the comment that logs the same thank-you are one message")
    func boardSubtaskAndComment() throws {
        let note = read("""
            # Interview — Quillon Maritime (Fleet Data Engineer)

            Video interview **Wed Nov 11, 2026, 15:00 CET**.

            Interviewer: Henrik Solberg-Aas — Head of Fleet Data — henrik@quillon.example — +47 555 01 77

            ## Subtasks
            - [x] Send thank-you to Henrik · completed Nov 11, 2026 6:02 PM (GMT)

            ## Comments

            **Me** · Nov 11, 2026 6:04 PM
            Thank-you email sent to Henrik — recapped the AIS gap-filling problem. Said I'm keen on the role.
            """)
        let thanks = note.log.filter { $0.kind == .thankYou }
        #expect(thanks.count == 1)
        let first = try #require(thanks.first)
        #expect(first.interviewers == [0] && first.channel?.value == .email && first.recapsConversation && first.reiteratesInterest)
    }

    @Test("a thank-you the entry first says was never sent and then sends ('Sent one now') is a thank-you; a link sent is not")
    func deniedThenSent() {
        let note = read("""
            # Interview — Tessera Labs
            Interview: 2026-11-16 10:30 with Abi Ade (Head of Data).

            ## Log
            - 2026-11-24 13:00 — realised I never sent her a thank-you. Sent one now by email: recapped the dashboard idea.
            - 2026-11-25 09:00 — I never sent Abi a thank-you. Sent her the link to my portfolio by email.
            """)
        #expect(note.log.map(\.kind) == [.thankYou, .other])
    }

    @Test("a ticked checklist task's label over a dated contact ('Outcome — 2026-11-17 09:00 email from Wendell: …') is that contact")
    func labelledDatedTask() {
        let note = read("""
            # JOB-142 Interview: Pelham Robotics

            Onsite interview 2026-11-05 13:00 at Pelham Robotics.
            Interviewer: Wendell Achebe (Controls Manager) — wendell.achebe@pelham.example

            ## Checklist
            - [x] Leave CV + contact details — CV handed to Wendell
            - [x] Thank-you email to Wendell — sent 2026-11-05 17:00, recap of the bridge discussion, reiterated interest
            - [x] Follow-up call — 2026-11-16 10:30, he said "this week"
            - [x] Outcome — 2026-11-17 09:00 email from Wendell: they've offered the role to someone else
            """)
        #expect(note.log.map(\.kind) == [.thankYou, .followUp, .other])
        #expect(note.log.last?.isOutgoing == false)
        #expect(note.status?.value == .rejected)
    }

    @Test("a call to someone the note does not list is no follow-up with the interviewers; a name after 'she said' is who was spoken of")
    func callToSomeoneElse() {
        let text = """
            ---
            date: 2026-11-24 10:00
            ---
            ## Interviewers
            - [x] Carlos Mendez — carlos@brookvale.example — +1 555 0101

            ## Follow-up
            - 2026-11-24 18:00 — thank-you email to Carlos, recapped the rota, said I'm keen
            - 2026-11-26 10:00 — called Tessa to tell her how it went she said Carlos liked me
            """
        let note = read(text)
        #expect(note.log.last?.interviewers.isEmpty == true)
        #expect(note.followUpCalls.isEmpty)
        #expect(!lint(text, today: "2026-11-30").contains { $0.rule == "follow-up-timing" })
        // Calling Carlos that day is early.
        #expect(lint(text.replacingOccurrences(of: "called Tessa", with: "called Carlos"), today: "2026-11-30").contains { $0.rule == "follow-up-timing" })
    }

    @Test("a day after the contact and its person ('Emailed Tom on 11/16 at 7pm') dates the entry; a day they spoke of does not")
    func dayAfterTheContact() {
        let note = read("""
            ---
            date: 2026-11-16 10:00
            ---
            ## Interviewers
            - [x] Ana Ruiz — ana@acme.example — +1 555 0100
            - [x] Tom Berg — tom@acme.example — +1 555 0101

            ## Follow-up
            - Thank-you email to Ana 2026-11-16 18:15, recapped the roadmap, said I'm keen.
            - Emailed Tom on 11/16 at 7pm to thank him; mentioned the data migration
            - Called Ana, she said they decide by 11/30
            """)
        #expect(note.log.map(\.kind) == [.thankYou, .thankYou, .followUp])
        #expect(note.log.map { $0.date?.value.description } == ["2026-11-16 18:15", "2026-11-16 19:00", nil])
        #expect(note.log.map { $0.people.first?.written.value } == ["Ana", "Tom", "Ana"])
    }

    @Test("a ticked thank-you task and another contact with that person the same day, by no way said, stay two")
    func boardSubtaskAndOtherContact() {
        let note = read("""
            # Interview — Quillon Maritime (Fleet Data Engineer)

            Video interview **Wed Nov 11, 2026, 15:00 CET**.

            Interviewer: Henrik Solberg-Aas — Head of Fleet Data — henrik@quillon.example — +47 555 01 77

            ## Log
            - [x] Send thank-you to Henrik · completed Nov 11, 2026
            - Nov 11, 2026: asked Henrik for the team's reading list
            """)
        #expect(note.log.count == 2)
        #expect(note.log.filter { $0.kind == .thankYou }.count == 1)
    }

    @Test("done tasks carry their date: Logseq done::, org CLOSED, a date inside the task; a TODO is a plan")
    func doneDates() throws {
        let note = read("""
            ---
            date: 2026-11-12 14:00
            ---
            - [x] Ørjan Haugland — orjan@f.example
            - [x] Ingrid Solberg — ingrid@f.example

            - DONE thank-you email to [[Ørjan Haugland]] — recapped the consumer-lag fix
              done:: [[Nov 12th, 2026]] 19:05
            - [x] Thank-you email to Ingrid, sent 12 Nov 19:20 (recap: relocation)

            *** DONE Call Ørjan to follow up
            CLOSED: [2026-11-23 Mon 19:10]
            Voicemail on his cell.
            *** TODO Email Ingrid if nothing by Dec 1
            """)
        #expect(note.log.map { $0.date?.value.description } == ["2026-11-12 19:05", "2026-11-12 19:20", "2026-11-23 19:10"])
        #expect(note.log.map(\.kind) == [.thankYou, .thankYou, .followUp])
        #expect(note.log.map(\.interviewers) == [[0], [1], [0]])
    }

    @Test("a done task of taking someone's card ('Get Mirela's card', 'Collect card from Tom') is no contact, and its completion stamp no phone")
    func cardTakingTasks() throws {
        let note = """
            # Osterley Print — Production Planner

            Interview: Wednesday 2026-11-18 at 11:00, at the works.
            Notes: Met Mirela Dobre (Plant Manager) and Tom Achebe (Scheduler). Cards from both.

            - [x] Get Mirela's card — mirela.dobre@osterley.example
              Completed: 2026-11-18 12:10
            - [x] Collect card from Tom
              Completed: 2026-11-18 12:15
            - [x] Thank-you email to Mirela Dobre (recap: the press changeover grid; reiterate interest)
              Completed: 2026-11-18 18:30
            - [x] Got Tom's card, emailed him a thank-you (recap: the night-shift rota; said I'm keen)
              Completed: 2026-11-18 18:45
            """
        let interview = read(note)
        #expect(interview.people.map(\.name.value) == ["Mirela Dobre", "Tom Achebe"])
        #expect(interview.people.allSatisfy { $0.phone == nil })
        #expect(interview.log.map(\.kind) == [.thankYou, .thankYou])
        #expect(interview.log.map(\.interviewers) == [[0], [1]])
        #expect(!lint(note, today: "2026-11-19").contains { $0.rule == "unknown-person" })
    }

    @Test("a Dataview 'thank-you-sent:: day' field and the fields under it ('thank-you-to::', '-channel::', '-recap::', '-interest::') are one thank-you; 'No follow-up call yet.' is none")
    func dataviewThankYouFields() throws {
        let note = """
            # Harwick Logistics interview

            interview-date:: 2026-11-17
            interview-time:: 09:30

            ## Who
            interviewer:: [[Sunniva Aas]]

            ## Follow-up
            thank-you-sent:: 2026-11-18 19:10
            thank-you-to:: [[Sunniva Aas]]
            thank-you-channel:: email
            thank-you-recap:: yes — the cross-dock scheduling backlog
            thank-you-interest:: no

            - No follow-up call yet.
            """
        let interview = read(note)
        #expect(interview.log.count == 1)
        let sent = try #require(interview.log.first)
        #expect(sent.kind == .thankYou && sent.channel?.value == .email && sent.interviewers == [0])
        #expect(sent.date?.value == moment("2026-11-18T19:10"))
        #expect(sent.recapsConversation && !sent.reiteratesInterest)
        // A field of another label after it is no part of it.
        let other = read(note.replacingOccurrences(of: "thank-you-channel:: email", with: "status:: waiting"))
        #expect(other.log.first?.channel == nil)
        // The key without its verb labels the same fields.
        let bare = read(note.replacingOccurrences(of: "thank-you-sent::", with: "thank-you::"))
        #expect(bare.log.first.map { $0.kind == .thankYou && $0.channel?.value == .email && $0.recapsConversation } == true)
    }

    @Test("org-mode: a person's property drawer gives their phone and card; the body under CLOSED says the thank-you's recap and interest")
    func orgDrawerAndClosedBody() throws {
        let note = """
            #+TITLE: Halloran Freight — Dispatch Coordinator
            #+DATE: <2026-11-09 Mon 09:30>

            * Interview
            ** Interviewer: Priyanka Sethi
               :PROPERTIES:
               :ROLE: Operations Lead
               :EMAIL: psethi@halloran.example
               :OFFICE: Dock 4
               :PHONE: +1 555 0142
               :CARD: yes
               :END:
            * Follow-up
            ** DONE Thank-you email to Priyanka Sethi
               CLOSED: [2026-11-09 Mon 17:45]
               Went back over the cross-docking schedule; said I'd love to join the team.
            ** DONE Follow-up call to Priyanka
               CLOSED: [2026-11-17 Tue 10:30]
               Voicemail.
            """
        let interview = read(note)
        let priyanka = try #require(interview.people.first)
        #expect(interview.people.count == 1 && priyanka.name.value == "Priyanka Sethi")
        #expect(priyanka.phone?.value == "+1 555 0142" && priyanka.card?.value == true)
        #expect(priyanka.email?.value == "psethi@halloran.example")
        #expect(interview.log.map(\.kind) == [.thankYou, .followUp])
        #expect(interview.log.first.map { $0.recapsConversation && $0.reiteratesInterest } == true)
        #expect(interview.log.map { $0.date?.value.description } == ["2026-11-09 17:45", "2026-11-17 10:30"])
        let rules: Set<String> = ["contact-details", "card-collected", "thank-you-sent", "thank-you-recap", "thank-you-interest"]
        #expect(!lint(note, today: "2026-11-18").contains { rules.contains($0.rule) })
        // A drawer under a heading that names nobody gives nobody a number.
        let unnamed = read("---\ncompany: Halloran\ndate: 2026-11-09 09:30\n---\n## Interviewers\n- Priyanka Sethi\n\n** Logistics\n   :PROPERTIES:\n   :PHONE: +1 555 0100\n   :END:\n")
        #expect(unnamed.people.first?.phone == nil)
        // A SCHEDULED stamp on the CLOSED line is no part of the body.
        let stamped = read("---\ncompany: Halloran\ndate: 2026-11-09 09:30\n---\n## Interviewers\n- Priyanka Sethi\n\n** DONE Thank-you email to Priyanka\n   CLOSED: [2026-11-09 Mon 17:45] SCHEDULED: <2026-11-12 Thu>\n   Said I'm keen.\n")
        #expect(stamped.log.first.map { $0.reiteratesInterest && !$0.text.contains("SCHEDULED") } == true)
    }

    @Test("org-mode keywords: '#+DATE: <…>' is the interview's day, '#+TITLE:' the title; a timestamped heading's body is no part of its name, and 'Nothing about what we discussed' denies the recap")
    func orgKeywordsAndHeadingBody() throws {
        let note = """
            #+TITLE: Quarrendon Water — Asset Engineer
            #+DATE: <2026-11-24 Tue 13:30>
            #+STATUS: waiting

            * Interviewer
            - [X] Ottilie Marchetti — Asset Manager — ottilie.marchetti@quarrendon.example — +1 555 0133

            * Log
            ** <2026-11-24 Tue 19:00> Email thank-you to Ottilie Marchetti
               A short note: thanks, and that I'm very keen on the role. Nothing about what we discussed.
            ** <2026-11-25 Wed 09:00> Email thank-you to Ottilie Marchetti
               Second go: recapped the pump-station telemetry backlog.
            """
        let interview = read(note)
        #expect(interview.start?.value == moment("2026-11-24T13:30"))
        #expect(interview.title?.value == "Quarrendon Water — Asset Engineer" && interview.title?.range.start.line == 1)
        #expect(interview.company?.value == "Quarrendon Water")
        #expect(interview.role == nil || interview.role?.value != "Quarrendon Water — Asset Engineer")
        #expect(interview.log.map(\.interviewers) == [[0], [0]])
        #expect(interview.log.map(\.recapsConversation) == [false, true])
        #expect(interview.log.first?.reiteratesInterest == true)
        #expect(!lint(note, today: "2026-11-26").contains { $0.rule == "unknown-person" })
        // "Nothing" elsewhere denies nothing.
        let other = read("---\ndate: 2026-11-24 13:30\n---\n## Interviewers\n- Ottilie Marchetti\n## Log\n- 2026-11-24 19:00 — thank-you email to Ottilie; nothing fancy, recapped the telemetry backlog we discussed\n")
        #expect(other.log.first?.recapsConversation == true)
    }

    @Test("under a heading that is a day, bullets that open with a time or the contact are that day's")
    func headingDay() {
        let note = ContactReadingTests.twoPeople("""

            ## Tue 27 Oct
            - interview at 3, the call with Wei Ling ran long
            - 18:30 — thank-you email to Aditi
            - thank-you email to Wei Ling, recap of the roadmap
            - Note to self: buy stamps

            ## Notes
            - called Wei Ling about parking
            """)
        #expect(note.log.map { $0.date.map { "\($0.value)" } ?? "undated" } == ["2026-10-27 18:30", "2026-10-27 00:00"])
        #expect(note.log.map(\.interviewers) == [[0], [1]])
    }

    @Test("a day without its year is read once the interview's day is found in the note's lines")
    func readAgain() throws {
        let note = read("""
            **Pemberton Clinical — Clinical Data Manager (panel)**

            **Thursday, November 5, 2026 · 1:30 PM CT** · 2nd floor

            * Rebecca Thornton — Sr. Manager — rebecca@p.example — card ✓

            **Follow-up**

            * Nov 16, 10:05 AM — called Rebecca to follow up, left a voicemail
            """)
        #expect(note.start?.value.date == LocalDate(year: 2026, month: 11, day: 5))
        let entry = try #require(note.log.first)
        #expect(entry.date?.value.description == "2026-11-16 10:05")
    }

    @Test("asking someone for another's address is a contact with them, not with the other")
    func askFor() throws {
        let note = Self.twoPeople("- [x] Ask Lena for Wei Ling's email ✅ 2026-10-28")
        let entry = try #require(note.log.first)
        #expect(entry.interviewers.isEmpty)
        #expect(entry.people.map(\.written.value) == ["Lena"])
    }
}

/// Contacts told in the sentences of a journal or a blog post.
@Suite("Contacts in sentences: journals and posts")
struct SentenceContactTests {
    static let journal = """
        # Job hunt journal — Marlow Analytics

        ### Tuesday, November 10, 2026

        Interview at Marlow this morning, 10:00. Met with Priya Nair and Tom Becker.

        - Priya Nair — Director of Analytics — priya.nair@marlow.example
        - Tom Becker — Senior Data Engineer — tom.becker@marlow.example

        Meant to write the thank-yous at lunch but the train was late. A tool called Airflow came up.

        Got home a little after 1:30 and sent both thank-you emails as soon as I got home, one each. Priya's
        recapped the retention numbers; Tom's went back over the staging idea. Told both of them I'd love to join.

        The next morning Tom replied to say thanks.

        ### Monday, November 23, 2026

        Friday came and went with nothing, so that was
        that. I rang Priya this morning at 10:20. She picked up.

        ### Wednesday, November 25, 2026

        Priya emailed at 3:10 this afternoon with an offer!
        """

    @Test("each contact of a journal with its day, time, direction, channel and person")
    func journal() {
        let note = read(Self.journal)
        let read = note.log.map { entry in
            "\(entry.date.map { "\($0.value)" } ?? "undated") \(entry.direction.rawValue) \(entry.channel?.value.rawValue ?? "?") \(entry.kind.rawValue) \(entry.interviewers)"
        }
        #expect(read == [
            "2026-11-10 13:30 outgoing email thank-you [0]",
            "2026-11-10 13:30 outgoing email thank-you [1]",
            "2026-11-11 00:00 incoming email other [1]",
            "2026-11-23 10:20 outgoing call follow-up [0]",
            "2026-11-25 15:10 incoming email other [0]",
        ])
        #expect(note.log.first?.recapsConversation == true)
        #expect(note.log.first?.reiteratesInterest == true)
        #expect(note.log.first?.range.start.line == 12)
        #expect(note.log[3].range.start.line == 20)
        #expect(note.log[3].range.start.column == 7)
    }

    @Test("a thank-you that names its person takes no one else from a paragraph that says nothing went to them")
    func deniedInParagraph() {
        let note = read("""
            # Lantern & Quill interview

            ### Thursday, November 19, 2026

            Interview at Lantern & Quill at 11:00 with Marguerite Dupré and Ollie Grant.

            - Marguerite Dupré — store manager — marguerite@lq.example
            - Ollie Grant — events

            Emailed Marguerite a thank-you that evening: recapped the festival plans. Didn't have an
            address for Ollie, so nothing went to him.
            """)
        #expect(note.log.map(\.interviewers) == [[0]])
    }

    @Test("days counted from the line above, cards posted the next morning, her is the last one rung")
    func relativeDays() {
        let note = read("""
            # Fernhill Academy

            **Monday 2 November 2026**

            Interview at Fernhill at 2pm with Ayşe Yıldırım and Colin Bright.

            - Ayşe Yıldırım, a.yildirim@fernhill.example
            - Colin Bright, c.bright@fernhill.example

            Two days later, on the Wednesday evening, I finally wrote two thank-you cards by hand, around 8. One
            to Ayşe, one to Colin. Posted them first thing the next morning.

            **Monday 16 November 2026**

            At 10:05 I rang Ayşe. Voicemail. Left a brief message.

            **Thursday 19 November 2026**

            Still nothing, so I rang her again at 10:30.
            """)
        let read = note.log.map { "\($0.date.map { "\($0.value.date)" } ?? "undated") \($0.channel?.value.rawValue ?? "?") \($0.kind.rawValue) \($0.interviewers)" }
        #expect(read == [
            "2026-11-05 paper thank-you [0]",
            "2026-11-05 paper thank-you [1]",
            "2026-11-16 call follow-up [0]",
            "2026-11-19 call follow-up [0]",
        ])
    }

    @Test("no contact: a plan, a wish, the past perfect, a negation, a question, a word of a field", arguments: [
        "Plan for the weekend: thank-you emails to both of them.",
        "I will email Jane on Friday.",
        "They'd emailed the exercise over on Monday.",
        "I haven't emailed Jane yet.",
        "Should I have called Jane this morning?",
        "**Channel:** Phone, left a voicemail",
        "The team uses a scheduler called Airflow this morning.",
        "Mom called this morning to ask how it went.",
        "I emailed my sister the photos this morning.",
        "I sent my references to the recruiter this morning.",
        "Once I've sent the thank-you email this evening I'll relax.",
    ])
    func notContacts(_ sentence: String) {
        let note = read("""
            ---
            date: 2026-11-10 10:00
            ---
            - Jane Doe — jane@acme.example

            ### Wednesday, November 11, 2026

            \(sentence)
            """)
        #expect(note.log.isEmpty, "\(note.log.map(\.text))")
    }

    @Test("a pasted email's sentences are its writer's, not the note's")
    func pastedEmail() {
        let note = read("""
            ---
            date: 2026-11-10 10:00
            ---
            - Jane Doe — jane@acme.example

            ### Wednesday, November 11, 2026

            From: Jane Doe <jane@acme.example>
            Subject: Your references

            Hi Sam, I called both of your references this morning. Jane

            > On Tue, 10 Nov 2026 at 18:00, Sam wrote:
            > I emailed Jane this morning about the role.
            """)
        #expect(note.log.isEmpty, "\(note.log.map(\.text))")
    }

    @Test("I've sent counts; she replied is the one last written to")
    func perfectAndPronoun() {
        let note = read("""
            ---
            date: 2026-11-10 10:00
            ---
            - Jane Doe — jane@acme.example
            - Bob Smith — bob@acme.example

            ### Wednesday, November 11, 2026

            I've sent the thank-you email to Jane this morning at 9:10. She replied an hour later.
            """)
        #expect(note.log.map(\.direction) == [.outgoing, .incoming])
        #expect(note.log.map(\.interviewers) == [[0], [0]])
        #expect(note.log.last?.channel?.value == .email)
    }

    @Test("\"this morning\" with no day to count from is a contact without a date, said as unsure")
    func undated() throws {
        let note = read("""
            # Lantern & Quill interview

            ## Interviewers
            - Marguerite Dupré — marguerite@lq.example

            ## Notes
            Emailed Marguerite a thank-you this morning: thanked her for showing me round.
            """)
        let entry = try #require(note.log.first)
        #expect(entry.date == nil)
        #expect(entry.kind == .thankYou)
        #expect(note.problems.contains { $0.kind == .unreadableEntry && $0.uncertain })
    }

    @Test("cards written one evening and mailed the next morning: the mailing is each card's thank-you")
    func writtenThenMailed() throws {
        let note = read("""
            ---
            date: 2026-11-12 10:00
            ---
            ## Panel
            - [x] Evelyn Marsh — evelyn@lib.example — 555 0100
            - [x] Tobias Green — tobias@lib.example — 555 0101
            ## Thank-you notes
            - Thursday evening (Nov. 12), wrote two cards by hand. Dr. Marsh: thanked her, mentioned the makerspace idea, said I'd love to lead the branch. Tobias: thanked him for walking me through the rota, said I'm still very interested.
            - Fri. Nov. 13, 8:15 a.m. - mailed both cards at the post office.
            """)
        #expect(note.log.map(\.interviewers) == [[0], [1]])
        #expect(note.log.allSatisfy { $0.kind == .thankYou && $0.channel?.value == .paper })
        #expect(note.log.allSatisfy { $0.recapsConversation && $0.reiteratesInterest })
        #expect(note.log.map { $0.date?.value.description } == ["2026-11-13 08:15", "2026-11-13 08:15"])
    }

    @Test("a weekday and a part of the day open an entry: the bracketed date, else that day on or after the interview", arguments: [
        ("- Thursday evening (Nov. 12), emailed Aditi a thank-you", "2026-11-12"),
        ("- Friday morning — called Aditi", "2026-10-30"),
        ("- Tuesday evening, emailed Aditi a thank-you", "2026-10-27"),
    ])
    func weekdayAndPartOfDay(_ line: String, _ day: String) throws {
        let entry = try #require(ContactReadingTests.twoPeople(line).log.first)
        #expect(entry.date.map { "\($0.value.date)" } == day)
    }

    @Test("a weekday alone, or one the bracketed date contradicts, dates nothing", arguments: [
        "- Friday — called Aditi",
        "- Thursday evening (Nov. 13), emailed Aditi a thank-you",
    ])
    func weekdayUnsure(_ line: String) throws {
        let entry = try #require(ContactReadingTests.twoPeople(line).log.first)
        #expect(entry.date == nil)
    }

    @Test("recap and interest as people say them: \"I'd loved hearing about\" recaps, and is no \"I'd love to\"")
    func lovedHearingAbout() throws {
        let note = ContactReadingTests.twoPeople("""
            - 2026-10-28 09:00 — Emailed Aditi a thank-you: said I'd loved hearing about the festival. I didn't say how much I want the job.
            """)
        let entry = try #require(note.log.first)
        #expect(entry.kind == .thankYou)
        #expect(entry.recapsConversation)
        #expect(!entry.reiteratesInterest)
    }

    @Test("an emoji for the channel, a reply going back the way the message came, thanks after a rejection, a hyphenated name calling")
    func channelsAndAnswers() throws {
        #expect(ContactReadingTests.twoPeople("- 28 Oct 20:15 — 📧 thank-you to Aditi, recapped the roadmap").log.first?.channel?.value == .email)
        let rejected = ContactReadingTests.twoPeople("""
            - 2026-10-27 18:30 — thank-you email to Aditi; recapped the diary-study plan; still very interested
            - 2026-11-03 11:05 — Aditi emailed: they decided to move forward with another candidate.
            - 2026-11-03 14:00 — replied to Aditi to thank her and ask to be kept in mind
            """)
        #expect(rejected.currentStatus == .rejected)
        #expect(rejected.log.map(\.kind) == [.thankYou, .other, .other])
        #expect(rejected.log.last?.channel?.value == .email)
        let offer = read("""
            ---
            date: 2026-11-04 11:00
            ---
            ## Interviewers
            - [x] Hyun-woo Park — hyunwoo@tidewell.example — 617-555-0151
            ## Follow-up
            - 2026-11-18 15:30 — Hyun-woo called with a verbal offer!!
            """)
        #expect(offer.log.first?.direction == .incoming)
    }

    @Test("a hyphenated first name in the log, and the name an interviewer goes by in their address")
    func hyphenatedAndAddressNames() {
        let hyphen = read("""
            ---
            date: 2026-11-16 10:00
            ---
            ## Interviewers
            - [x] Gabriel Moreau — gabriel.moreau@k.example — 555-0186
            - [x] Hye-jin Park — hyejin.park@k.example — 555-0191
            ## Follow-up
            - 2026-11-16 19:05 — thank-you emails to Gabriel and Hye-jin, one each; recapped the PID exercise & reiterated interest
            - 2026-11-17 10:30 — Mid-morning call to Gabriel
            """)
        #expect(hyphen.log.map(\.interviewers) == [[0], [1], [0]])
        let short = read("""
            ---
            date: 2026-11-20 11:00
            ---
            ## Interviewers
            - [x] Oluwaseun Adebayo (Creative Director) — seun@saltwind.example — +1 323 555 0129
            - [x] Tom Reyes — tom@saltwind.example — +1 323 555 0130
            ## Follow-up
            - 2026-11-20 15:10 — Email thank-you to Seun. Recap: the docu-series pitch. Reiterated interest.
            """)
        #expect(short.log.first?.interviewers == [0])
    }

    @Test("a wikilink to a people note in a folder is the person; a paragraph of dated lines is one entry a line")
    func wikilinkPathsAndDatedLines() {
        let linked = read("""
            ---
            date: 2026-11-13 10:00
            ---
            Interviewed by [[people/Rosa Jiménez|Rosa]] (Marketing Manager).
            ## Log
            - 2026-11-13 17:15 — thank-you email to [[people/Rosa Jiménez|Rosa]], recapped the A/B test, reiterated interest
            """)
        #expect(linked.people.map(\.name.value) == ["Rosa Jiménez"])
        #expect(linked.log.first?.interviewers == [0])
        let paragraph = read("""
            ---
            date: 2026-11-03 10:00
            ---
            ## Interviewers
            - [x] Hamish Drummond — hamish@t.example — 0131 555 0170
            ## Notes
            Tue 03/11 – thank-you email to Hamish 6pm, recapped the SQL test, said I'm keen
            Wed 18/11 – rang Hamish 10:30am, left message
            Mon 23/11 – Hamish rang back, good news
            """)
        #expect(paragraph.log.map(\.range.start.line) == [7, 8, 9])
        #expect(paragraph.log.map(\.direction) == [.outgoing, .outgoing, .incoming])
    }

    @Test("a line about what did not happen is no contact")
    func neverHappened() {
        let note = ContactReadingTests.twoPeople("""
            - 2026-10-27 16:45 — emailed Aditi a thank-you, recapped the migration, reiterated interest
            - Never got Wei Ling's email, so no thank-you to her yet.
            - Didn't call Aditi after all.
            """)
        #expect(note.log.count == 1)
        #expect(note.peopleWithoutThankYou == [1])
    }

    @Test("a last initial tells apart two interviewers of one first name; an initial nobody's name has is nobody")
    func lastInitial() {
        let people = "# Nimbus — interview\n\nMon 16 Nov 2026, 11:00\n\nInterviewers:\n- Alex Chen — Engineering Manager — alex.chen@nimbus.example — card ✓\n- Alex Moreau-Tremblay — Senior Engineer — alex.mt@nimbus.example — card ✓\n\nFollow-up\n"
        let note = read(people + "- Nov 16, 5:30pm — thank-you email to Alex C., recapped the caching problem\n- Nov 16, 5:45pm — thank-you email to Alex M., recapped the WebGL discussion\n")
        #expect(note.log.map(\.interviewers) == [[0], [1]])
        #expect(note.peopleWithoutThankYou.isEmpty)
        let other = read(people + "- Nov 16, 5:30pm — thank-you email to Alex K., recapped the caching problem\n")
        #expect(other.log.first?.interviewers.isEmpty == true)
    }
}
