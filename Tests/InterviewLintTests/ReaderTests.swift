import Testing
@testable import InterviewLint

@Suite("Reading notes")
struct ReaderTests {
    static let canonical = """
        ---
        company: Acme Robotics
        role: Senior iOS Engineer
        date: 2026-11-16 10:00
        status: waiting
        ---

        # Acme Robotics — Senior iOS Engineer

        ## Interviewers

        - [x] Jane Doe — Engineering Manager — jane.doe@acme.example — +1 555 0100
        - [ ] Bob Smith — Staff Engineer — bob.smith@acme.example

        ## Before leaving

        - [x] They have my resume
        - [x] They have my contact information

        ## Timeframe

        Jane said they will decide by December 4th.

        ## Follow-up

        - 2026-11-16 17:30 — Email thank-you to Jane Doe. Recap: the offline sync design. Reiterated interest.
        - 2026-11-23 10:15 — Called Jane Doe; left a voicemail.
        - 2026-11-24 14:00 — Email from Jane Doe: they need one more week.
        """

    func position(_ range: SourceRange?) -> String {
        guard let range else { return "nil" }
        return "\(range.start.line):\(range.start.column)"
    }

    @Test("the canonical note reads into the full model with positions")
    func canonical() throws {
        let note = read(Self.canonical)
        #expect(note.company?.value == "Acme Robotics")
        #expect(position(note.company?.range) == "2:10")
        #expect(note.role?.value == "Senior iOS Engineer")
        #expect(note.start?.value.description == "2026-11-16 10:00")
        #expect(position(note.start?.range) == "4:7")
        #expect(note.status?.value == .waiting)
        #expect(note.title?.value == "Acme Robotics — Senior iOS Engineer")

        #expect(note.people.count == 2)
        let jane = note.people[0], bob = note.people[1]
        #expect(jane.name.value == "Jane Doe")
        #expect(position(jane.name.range) == "12:7")
        #expect(jane.name.range.end.column == 15)
        #expect(jane.title?.value == "Engineering Manager")
        #expect(jane.email?.value == "jane.doe@acme.example")
        #expect(position(jane.email?.range) == "12:40")
        #expect(jane.phone?.value == "+1 555 0100")
        #expect(position(jane.phone?.range) == "12:64")
        #expect(jane.card?.value == true)
        #expect(bob.card?.value == false)
        #expect(bob.phone == nil)

        #expect(note.beforeLeaving.resume?.value == true)
        #expect(note.beforeLeaving.contactInformation?.value == true)
        #expect(position(note.beforeLeaving.contactInformation?.range) == "18:3")

        let timeframe = try #require(note.timeframe)
        #expect(timeframe.decisionDate?.description == "2026-12-04")
        #expect(position(timeframe.range) == "22:1")

        #expect(note.log.count == 3)
        let thanks = note.log[0]
        #expect(thanks.date?.value.description == "2026-11-16 17:30")
        #expect(thanks.hasTime)
        #expect(position(thanks.date?.range) == "26:3")
        #expect(thanks.channel?.value == .email)
        #expect(thanks.kind == .thankYou)
        #expect(thanks.direction == .outgoing)
        #expect(thanks.interviewers == [0])
        #expect(position(thanks.people.first?.written.range) == "26:41")
        #expect(thanks.recapsConversation && thanks.reiteratesInterest)

        let call = note.log[1]
        #expect(call.channel?.value == .call)
        #expect(call.kind == .followUp)
        #expect(call.interviewers == [0])

        let reply = note.log[2]
        #expect(reply.direction == .incoming)
        #expect(reply.kind == .other)
        #expect(reply.interviewers == [0])
        #expect(note.problems.isEmpty)
    }

    @Test("front matter keys match whatever their case and separators", arguments: [
        "date", "Date", "interview_date", "interview-date", "interviewDate", "Interview-Date",
    ])
    func dateKeys(_ key: String) {
        let note = read("---\n\(key): 2026-11-16 10:00\n---\n")
        #expect(note.start?.value.description == "2026-11-16 10:00")
    }

    @Test("role aliases", arguments: ["role", "position", "title", "job_title", "Job-Title"])
    func roleKeys(_ key: String) {
        #expect(read("---\n\(key): iOS Engineer\ndate: 2026-11-16\n---\n").role?.value == "iOS Engineer")
    }

    @Test("wikilinks as values read as the plain name, quoted or not")
    func wikilinkValues() {
        #expect(read("---\ncompany: \"[[Lumen Energy]]\"\ndate: 2026-11-16\n---\n").company?.value == "Lumen Energy")
        #expect(read("---\ncompany: [[Lumen Energy]]\ndate: 2026-11-16\n---\n").company?.value == "Lumen Energy")
        #expect(read("---\ncompany: \"[[Lumen Energy|Lumen]]\"\ndate: 2026-11-16\n---\n").company?.value == "Lumen Energy")
    }

    @Test("a time key completes a date-only value")
    func separateTime() {
        #expect(read("---\ndate: 2026-11-16\ntime: 2:30pm\n---\n").start?.value.description == "2026-11-16 14:30")
    }

    @Test("without front matter: bold key lines and Dataview fields, with positions")
    func keyLines() {
        let bold = read("# Acme\n\n**Company:** Acme Robotics\n**Date:** 2026-11-16 10:00\n")
        #expect(bold.company?.value == "Acme Robotics")
        #expect(bold.start?.value.description == "2026-11-16 10:00")
        #expect(position(bold.start?.range) == "4:11")
        let dataview = read("# Acme\n\ncompany:: Acme Robotics\ndate:: 2026-11-16\n")
        #expect(dataview.company?.value == "Acme Robotics")
        #expect(dataview.start?.value.description == "2026-11-16 00:00")
        #expect(position(dataview.start?.range) == "4:8")
    }

    @Test("a body's Created: line dates the page, not the interview: the prose day wins, and a form of its own is no error")
    func createdKeyLine() {
        let ticket = read("# HR-7 Onsite: Fennick Tools — QA Lead\n\n**Created:** 03/Nov/26 08:40  **Updated:** 18/Nov/26 09:00\n\nOnsite interview on Wed 18 Nov 2026 at 14:00 with Ada Brightwell (QA Director).\n")
        #expect(ticket.start?.value.description == "2026-11-18 14:00")
        #expect(!ticket.problems.contains { $0.kind == .frontMatter })
        // Alone, a readable one is the last resort it is in front matter.
        let page = read("# Fennick Tools interview\n\nCreated: 2026-11-18\n\nMet Ada Brightwell (QA Director) for the interview.\n")
        #expect(page.start?.value.date.description == "2026-11-18")
    }

    @Test("a journal titled with a month and year dates its days written in words")
    func titleMonthDatesWordDays() {
        let journal = read("# Diary — March 2027\n\n**Tuesday, the ninth**\n\nInterview at Corbel Glassworks at 11:00 with Amira Haddad, the studio lead.\n")
        #expect(journal.start?.value.description == "2027-03-09 11:00")
        // An ordinal that a word goes on from ("the second round") is no day.
        let rounds = read("# Diary — March 2027\n\nPhone screen on Tuesday, the second round is onsite. Interview at Corbel Glassworks at 11:00 with Amira Haddad.\n")
        #expect(rounds.start?.value.date.day != 2)
    }

    @Test("front matter problems name the line")
    func frontMatterProblems() {
        let invalid = read("---\ncompany: Acme\ndate: 2026-13-45\n---\n")
        #expect(invalid.problems.map(\.kind) == [.frontMatter])
        #expect(position(invalid.problems.first?.range) == "3:7")
        #expect(invalid.problems.first?.message.contains("2026-13-45") == true)

        let yaml = read("---\ncompany: [Acme\ndate: 2026-11-16\n---\n")
        #expect(yaml.problems.first?.kind == .frontMatter)
        #expect(yaml.problems.first?.message.contains("not valid YAML") == true)
        #expect((yaml.problems.first?.range.start.line ?? 0) >= 2)

        let unterminated = read("---\ncompany: Acme\ndate: 2026-11-16\n\n# Acme\n")
        #expect(unterminated.problems.first?.message.contains("never closed") == true)

        let missing = read("---\ncompany: Acme\n---\n# Acme\n")
        #expect(missing.problems.first?.message.contains("no interview date") == true)
        #expect(position(missing.problems.first?.range) == "1:1")

        let status = read("---\ndate: 2026-11-16\nstatus: parked\n---\n")
        #expect(status.problems.first?.message.contains("waiting, offer") == true)
        #expect(status.problems.first?.uncertain == true, "an unknown status word is an info, never an error")
        #expect(status.currentStatus == .waiting)
    }

    @Test("sections are found whatever the emoji, case and punctuation")
    func sections() {
        let note = read("""
            ---
            date: 2026-11-16 10:00
            ---
            ## 👥 PARTICIPANTS:
            - [x] Jane Doe — jane@acme.example — +1 555 0100
            ### 📝 Checklist
            - [x] They have my resume and contact details
            ## ⏳ Next steps
            They will decide next week.
            ## 📬 contact log
            - 2026-11-16 18:00 — Email thank-you to Jane. Recap: X. Reiterated interest.
            """)
        #expect(note.people.map(\.name.value) == ["Jane Doe"])
        #expect(note.beforeLeaving.resume?.value == true)
        #expect(note.beforeLeaving.contactInformation?.value == true)
        #expect(note.timeframe?.decisionDate?.description == "2026-11-27")
        #expect(note.log.count == 1)
        #expect(note.log.first?.people.first?.match == .partial)
    }

    @Test("a count or note in brackets, a number, or the/my/our around a section name",
          arguments: ["## Interviewers (2)", "## The interviewers", "### Our panel:", "## People I spoke with", "## Interviewers 2"])
    func decoratedHeadings(_ heading: String) {
        // None of these headings may hide the section ("the note lists no interviewers").
        let note = read("\(heading)\n- [x] Jane Doe — jane@acme.example — +1 555 0100\n## Contact history (email)\n- 2026-11-16 — Email to Jane Doe\n")
        #expect(note.people.map(\.name.value) == ["Jane Doe"])
        #expect(note.log.count == 1)
    }

    @Test("headings that are no section stay none", arguments: ["## My notes", "## The role", "## Notes (2)", "## 2026"])
    func otherHeadings(_ heading: String) {
        #expect(SectionMatcher().section(forHeading: String(heading.dropFirst(3))) == nil)
    }

    @Test("a config file can add heading aliases")
    func extraAliases() {
        let text = "---\ndate: 2026-11-16\n---\n## Who I spoke to\n- [x] Jane Doe — jane@acme.example\n"
        // Without the alias the item is still read as a card entry, but the heading is no section.
        #expect(read(text).peopleSection == nil)
        let options = ReaderOptions(sections: SectionMatcher(extraAliases: [.interviewers: ["Who I spoke to"]]))
        #expect(read(text, options: options).peopleSection != nil)
        #expect(read(text, options: options).people.count == 1)
    }

    @Test("Timeline is the log when it holds dated entries, otherwise the timeframe")
    func timeline() {
        let log = read("---\ndate: 2026-11-16\n---\n## Interviewers\n- [x] Jane Doe\n## Timeline\n- 2026-11-16 — Email thank-you to Jane. Recap: A. Reiterated interest.\n")
        #expect(log.log.count == 1)
        #expect(log.timeframe == nil)
        let timeframe = read("---\ndate: 2026-11-16\n---\n## Timeline\nThey expect to decide within two weeks.\n")
        #expect(timeframe.log.isEmpty)
        #expect(timeframe.timeframe?.decisionDate?.description == "2026-11-30")
    }

    @Test("interviewer fields in any order with any separator", arguments: [
        "- [x] Jane Doe — Engineering Manager — jane@acme.example — +1 555 0100",
        "- [x] Jane Doe – jane@acme.example – +1 555 0100 – Engineering Manager",
        "- [x] Jane Doe - +1 555 0100 - Engineering Manager - jane@acme.example",
        "- [x] Jane Doe, Engineering Manager, jane@acme.example, +1 555 0100",
        "- [x] Jane Doe; +1 555 0100; jane@acme.example; Engineering Manager",
        "- [x] **Jane Doe** | Engineering Manager | <jane@acme.example> | tel: +1 555 0100",
        "- [x] [[Jane Doe]] — Engineering Manager — [jane@acme.example](mailto:jane@acme.example) — +1 555 0100",
    ])
    func interviewerForms(_ line: String) {
        let note = read("---\ndate: 2026-11-16\n---\n## Interviewers\n\(line)\n")
        let person = note.people.first
        #expect(person?.name.value == "Jane Doe")
        #expect(person?.title?.value == "Engineering Manager")
        #expect(person?.email?.value == "jane@acme.example")
        #expect(person?.phone?.value == "+1 555 0100")
        #expect(person?.card?.value == true)
        #expect(person?.name.range.start.line == 5)
    }

    @Test("hyphenated names and phone numbers are not split")
    func hyphens() {
        let note = read("---\ndate: 2026-11-16\n---\n## Interviewers\n- [x] Mary-Jane O'Neil — 555-010-0199\n")
        #expect(note.people.first?.name.value == "Mary-Jane O'Neil")
        #expect(note.people.first?.phone?.value == "555-010-0199")
    }

    @Test("a pipe table of interviewers keeps exact cell positions")
    func peopleTable() {
        let note = read("""
            ---
            date: 2026-11-16
            ---
            ## Panel

            | Name | Title | Email | Phone | Card |
            |------|-------|:------|------:|------|
            | Ines Park | CTO | ines@lumen.example | +1 555 0199 | ✓ |
            | [[Tom Reyes]] | Lead | tom@lumen.example | | no |
            """)
        #expect(note.people.count == 2)
        let ines = note.people[0], tom = note.people[1]
        #expect(position(ines.name.range) == "8:3")
        #expect(position(ines.email?.range) == "8:21")
        #expect(ines.card?.value == true)
        #expect(tom.name.value == "Tom Reyes")
        #expect(tom.phone == nil)
        #expect(tom.card?.value == false)
        #expect(position(tom.card?.range) == "9:48")
    }

    @Test("natural log phrasing reads right", arguments: [
        ("2026-11-16 18:10 — Emailed Amara a thank-you, recapping our talk about PID tuning and reiterating my interest",
         LogEntry.Channel.email, LogEntry.Direction.outgoing, LogEntry.Kind.thankYou, ["Amara Okafor"], true, true),
        ("2026-11-23 — Called Bob Smith — left voicemail", .call, .outgoing, .followUp, ["Bob Smith"], false, false),
        ("2026-11-16 — Handwritten thank-you note to Eleanor Price", .paper, .outgoing, .thankYou, ["Eleanor Price"], false, false),
        ("2026-11-24 2:15pm — Email from Jane Doe: they need one more week.", .email, .incoming, .other, ["Jane Doe"], false, false),
        ("2026-11-24 — Jane replied by email: still deciding.", .email, .incoming, .other, ["Jane Doe"], false, false),
        ("2026-11-24 9am — Bob Smith called me back.", .call, .incoming, .other, ["Bob Smith"], false, false),
        ("2026-11-16 — Thank-you email to Jane Doe and Bob Smith. Reiterated interest.", .email, .outgoing, .thankYou, ["Jane Doe", "Bob Smith"], false, true),
        ("2026-11-20 — LinkedIn message to [[Jane Doe]] to follow up", .linkedin, .outgoing, .followUp, ["Jane Doe"], false, false),
        ("2026-11-20 — Texted Bob a quick check-in", .text, .outgoing, .other, ["Bob Smith"], false, false),
        ("Nov 20 — Met Jane for coffee", .inPerson, .outgoing, .other, ["Jane Doe"], false, false),
    ] as [(String, LogEntry.Channel, LogEntry.Direction, LogEntry.Kind, [String], Bool, Bool)])
    func phrasing(_ line: String, _ channel: LogEntry.Channel, _ direction: LogEntry.Direction, _ kind: LogEntry.Kind,
                  _ people: [String], _ recap: Bool, _ interest: Bool) throws {
        let note = read("""
            ---
            date: 2026-11-16 10:00
            ---
            ## Interviewers
            - [x] Jane Doe — jane@acme.example — +1 555 0100
            - [x] Bob Smith — bob@acme.example — +1 555 0101
            - [x] Amara Okafor — amara@acme.example — +1 555 0102
            - [x] Eleanor Price — eleanor@acme.example — +1 555 0103
            ## Follow-up
            - \(line)
            """)
        let entry = try #require(note.log.first)
        #expect(entry.date != nil)
        #expect(entry.channel?.value == channel)
        #expect(entry.direction == direction)
        #expect(entry.kind == kind)
        #expect(entry.interviewers.map { note.people[$0].name.value } == people)
        #expect(entry.recapsConversation == recap)
        #expect(entry.reiteratesInterest == interest)
        #expect(note.problems.isEmpty, "\(note.problems.map(\.message))")
    }

    /// A note with one interviewer and one log entry: `written`, then a thank-you to her.
    static func thankYou(dated written: String) -> Interview {
        read("""
            ---
            date: 2026-11-16 10:00
            ---
            ## Interviewers
            - [x] Jane Doe — jane@acme.example — +1 555 0100
            ## Follow-up
            - \(written) — Email thank-you to Jane Doe
            """)
    }

    @Test("dates with slashes: year first (the day is not a year), or month first with a 2- or 4-digit year",
          arguments: [("2026/11/16 17:30", "2026-11-16 17:30"), ("2026/11/6", "2026-11-06 00:00"),
                      ("12/5/26", "2026-12-05 00:00"), ("12/5/2026 9am", "2026-12-05 09:00")])
    func slashDates(_ written: String, _ expected: String) throws {
        // 2026/11/16 must not be read with 2016 as its day (and refused as no day of the calendar).
        let note = Self.thankYou(dated: written)
        let entry = try #require(note.log.first)
        #expect(entry.date?.value.description == expected)
        #expect(note.problems.isEmpty, "\(note.problems.map(\.message))")
    }

    @Test("a day of the week before the date, an ISO T before the time, and 17h30 read as written",
          arguments: [("Mon Nov 16 5:30pm", "2026-11-16 17:30", 5), ("Monday, 2026-11-16", "2026-11-16 00:00", 9),
                      ("2026-11-16T17:30", "2026-11-16 17:30", 1), ("2026-11-16 17h30", "2026-11-16 17:30", 1),
                      ("**Tue.** 2026-11-17 9am", "2026-11-17 09:00", 10)])
    func writtenDates(_ written: String, _ expected: String, _ dateColumn: Int) throws {
        // dateColumn: where the date starts in `written` (1-based); the item's text starts at column 3.
        // None may lose the date or the time, and then the person (reported as unreadable).
        let note = Self.thankYou(dated: written)
        let entry = try #require(note.log.first)
        #expect(entry.date?.value.description == expected)
        #expect(entry.date?.range.start.column == dateColumn + 2)
        #expect(entry.interviewers == [0])
        #expect(note.problems.isEmpty, "\(note.problems.map(\.message))")
    }

    @Test("an interview time that is no time of day is reported, not dropped")
    func unreadableTime() throws {
        let note = read("""
            ---
            date: 2026-11-16
            time: after lunch
            ---
            """)
        #expect(note.start?.value.description == "2026-11-16 00:00")
        let problem = try #require(note.problems.first)
        #expect(problem.kind == .frontMatter)
        #expect(problem.message.contains("'after lunch' is not a time of day"))
        #expect(problem.range.start.line == 3)
        #expect(read("---\ndate: 2026-11-16\ntime: 14h30\n---\n").start?.value.description == "2026-11-16 14:30")
    }

    @Test("titles before a name (Dr., Prof.) do not keep the log from matching the person")
    func titledNames() throws {
        // "Dr. Jane Doe" on the card and "Jane Doe" in the log are one person, not "not among the interviewers".
        let note = read("""
            ---
            date: 2026-11-16 10:00
            ---
            ## Interviewers
            - [x] Dr. Jane Doe — CTO — jane@acme.example — +1 555 0100
            - [x] Prof. Ann Lee — Advisor — ann@acme.example — +1 555 0101
            ## Follow-up
            - 2026-11-16 — Email thank-you to Jane Doe
            - 2026-11-17 — Email thank-you to Prof. Ann Lee
            - 2026-11-23 — Called Dr. Doe
            - 2026-11-24 — Email to Ann
            """)
        #expect(note.people.map(\.name.value) == ["Dr. Jane Doe", "Prof. Ann Lee"])
        #expect(note.log.map(\.interviewers) == [[0], [1], [0], [1]])
        #expect(note.log.flatMap(\.people).map(\.match) == [.exact, .exact, .partial, .partial])
        #expect(note.problems.isEmpty, "\(note.problems.map(\.message))")
    }

    @Test("a title in brackets after the name is the title, with its own position")
    func bracketedTitle() throws {
        let note = read("""
            ## Interviewers
            - [x] Jane Doe (Engineering Manager) — jane@acme.example
            - [x] Bob Smith (Staff) — Engineer
            """)
        let jane = try #require(note.people.first)
        #expect(jane.name.value == "Jane Doe")
        #expect(jane.name.range == SourceRange(line: 2, column: 7, length: 8))
        #expect(jane.title?.value == "Engineering Manager")
        #expect(jane.title?.range == SourceRange(line: 2, column: 17, length: 19))
        #expect(jane.email?.value == "jane@acme.example")
        // A title given as its own field as well: the first one stays.
        #expect(note.people.last?.title?.value == "Staff")
    }

    @Test("leaving my card leaves my contact information; their card does not")
    func ownCard() {
        func contact(_ item: String) -> Bool? {
            read("## Before leaving\n- \(item)\n").beforeLeaving.contactInformation?.value
        }
        #expect(contact("[x] Left my card") == true)
        #expect(contact("Gave them my business card") == true)
        #expect(contact("[ ] Left my card") == false)
        #expect(contact("[x] Got their card") == nil)
        #expect(contact("[x] Left a business card") == nil)
    }

    @Test("a log table: date, time, channel, with and notes columns")
    func logTable() throws {
        let note = read("""
            ---
            date: 2026-11-16 10:00
            ---
            ## Interviewers
            - [x] Jane Doe — jane@acme.example — +1 555 0100
            ## Log
            | Date | Time | Channel | With | Notes |
            |---|---|---|---|---|
            | 2026-11-16 | 17:30 | Email | Jane Doe | Thank-you. Recap: sync. Reiterated interest. |
            | 2026-11-23 | 10:15 | Call | Jane | Voicemail. |
            """)
        #expect(note.log.count == 2)
        let first = try #require(note.log.first)
        #expect(first.date?.value.description == "2026-11-16 17:30")
        #expect(position(first.date?.range) == "9:3")
        #expect(first.kind == .thankYou && first.recapsConversation && first.reiteratesInterest)
        #expect(position(first.people.first?.written.range) == "9:32")
        #expect(note.log[1].kind == .followUp)
        #expect(note.log[1].interviewers == [0])
    }

    @Test("names are matched exactly, by a unique first name, or as near misses")
    func nameMatching() {
        let note = read("""
            ---
            date: 2026-11-16 10:00
            ---
            ## Interviewers
            - [x] John Smithson — john@acme.example
            - [x] Sam Ortiz — sam.o@acme.example
            - [x] Sam Patel — sam.p@acme.example
            ## Follow-up
            - 2026-11-16 — Email thank-you to Jon Smithson
            - 2026-11-16 — Email thank-you to Sam
            - 2026-11-16 — Email thank-you to Marcus Lee
            - 2026-11-16 — Email thank-you to John
            """)
        #expect(note.log.map { $0.people.first?.match } == [.nearMiss, .ambiguous, PersonReference.Match.none, .partial])
        #expect(note.log[0].interviewers == [0])
        #expect(note.log[3].interviewers == [0])
    }

    @Test("a log entry without a name goes to the only interviewer")
    func impliedPerson() {
        let note = read("---\ndate: 2026-11-16\n---\n## Interviewers\n- [x] Jane Doe\n## Log\n- 2026-11-16 — Sent a thank-you email. Recap: A. Reiterated interest.\n")
        #expect(note.log.first?.people.first?.match == .implied)
        #expect(note.log.first?.interviewers == [0])
    }

    @Test("unreadable entries are kept and explained, never skipped")
    func unreadable() {
        let note = read("""
            ---
            date: 2026-11-16 10:00
            ---
            ## Interviewers
            - [x] Jane Doe
            - [x] Bob Smith
            ## Follow-up
            - Sometime last week — emailed Jane
            - 2026-11-17 — Thank-you to Jane Doe
            - 2026-11-17 — Sent an email
            - 2026-02-30 — Email to Jane Doe
            """)
        #expect(note.log.count == 4)
        let messages = note.problems.filter { $0.kind == .unreadableEntry }.map(\.message)
        #expect(messages.count == 4)
        #expect(messages[0].contains("date"))
        #expect(messages[1].contains("channel"))
        #expect(messages[2].contains("person"))
        #expect(messages[3].contains("not a day of the calendar"))
        #expect(note.problems.map(\.range.start.line) == [8, 9, 10, 11])
    }

    @Test("what sits in code blocks and HTML comments is not read")
    func codeAndComments() {
        let note = read("""
            ---
            date: 2026-11-16 10:00
            ---
            ## Interviewers
            ```
            - [ ] Not Real — nobody@example.com
            ```
            <!--
            - [ ] Also Not — nobody@example.com
            -->
            - [x] Jane Doe — jane@acme.example
            """)
        #expect(note.people.map(\.name.value) == ["Jane Doe"])
    }

    @Test("CRLF, lone CR and a byte order mark keep lines and columns right", arguments: ["\r\n", "\r", "\n"])
    func lineEndings(_ newline: String) {
        let text = "\u{FEFF}" + Self.canonical.replacingOccurrences(of: "\n", with: newline)
        let note = read(text)
        #expect(note.start?.value.description == "2026-11-16 10:00")
        #expect(position(note.people.first?.email?.range) == "12:40")
        #expect(position(note.log.first?.people.first?.written.range) == "26:41")
        #expect(note.log.count == 3)
    }

    @Test("columns count characters, not bytes")
    func unicodeColumns() {
        let note = read("---\ndate: 2026-11-16\n---\n## 👥 Interviewers\n- [x] Zoë Müller — zoë@café.example — +1 555 0100\n")
        #expect(position(note.people.first?.name.range) == "5:7")
        #expect(position(note.people.first?.email?.range) == "5:20")
    }

    @Test("suppression comments are read with their lines, outside code blocks only")
    func directives() {
        let note = read("""
            ---
            date: 2026-11-16
            ---
            <!-- interview-lint-disable card-collected, contact-details -->
            text <!-- interview-lint-disable-next-line name-spelling --> more
            ```
            <!-- interview-lint-disable-file -->
            ```
            """)
        #expect(note.directives.count == 2)
        #expect(note.directives[0].rules == ["card-collected", "contact-details"])
        #expect(note.directives[0].range.start.line == 4)
        #expect(note.directives[1].action == .disableNextLine)
        #expect(note.directives[1].range.start == SourcePosition(line: 5, column: 6))
    }
}
