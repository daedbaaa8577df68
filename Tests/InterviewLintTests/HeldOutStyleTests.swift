import Testing
@testable import InterviewLint

/// Ways of writing that notes from other tools and other languages use: accented month names and
/// European times, days without a year, plans in the log, contacts logged twice, yes-or-no keys
/// and replies in French, Spanish and German.
@Suite("Held-out styles: dates, plans, repeats, keys and replies the reader now reads")
struct HeldOutStyleTests {
    @Test("a name in a log entry of a note where the reader found nobody is an info, not a warning")
    func noPeopleNoWarning() {
        let note = read("""
            ---
            date: 2026-11-10 11:00
            company: Redwood Health
            ---
            ## Follow-up
            - 2026-11-10 16:00 Mia — sent, recapped the redesign
            """)
        let unread = note.problems.filter { $0.kind == .unreadableEntry }
        #expect(!unread.isEmpty)
        #expect(unread.allSatisfy { $0.uncertain })
    }

    static func today(_ day: String) -> ReaderOptions {
        var options = ReaderOptions()
        options.today = moment(day + " 12:00").date
        return options
    }

    @Test("accented month names and French and German times", arguments: [
        ("3 décembre 2026 à 10:00", "2026-12-03 10:00"),
        ("3 décembre 2026 à 14h30", "2026-12-03 14:30"),
        ("12. März 2026 um 14 Uhr", "2026-03-12 14:00"),
        ("12. März 2026, 14:30 Uhr", "2026-03-12 14:30"),
        ("14 août 2026", "2026-08-14 00:00"),
        ("5 févr. 2026 à 9h00", "2026-02-05 09:00"),
        ("mardi 1 décembre 2026 à 11:00", "2026-12-01 11:00"),
        ("Mittwoch, 18. November 2026, 9.30 Uhr", "2026-11-18 09:30"),
        ("18.11.2026 9.30", "2026-11-18 09:30"),
        ("1er décembre 2026", "2026-12-01 00:00"),
    ])
    func europeanDates(_ phrase: String, _ expected: String) throws {
        let (moment, _) = try DateReader.parseDateTime(phrase).get()
        #expect(moment.description == expected)
    }

    @Test("an accented month in a note's front matter gives the interview day and time")
    func accentedFrontMatter() throws {
        let note = read("""
            ---
            company: Lumière
            date: 3 décembre 2026 à 10:00
            ---
            ## Interlocuteurs
            - [x] Chloé Marchand — chloe@l.example
            """)
        let start = try #require(note.start)
        #expect(start.value.description == "2026-12-03 10:00")
        #expect(note.startHasTime)
        #expect(!note.problems.contains { $0.kind == .frontMatter })
    }

    static func yearless(_ when: String, more: String = "") -> String {
        """
        # Acme — iOS Engineer

        **Interview:** \(when)
        \(more)
        ## Interviewers
        - [x] Jane Doe — jane@acme.example
        """
    }

    @Test("a day without a year takes the year in which its weekday falls, near today")
    func yearFromWeekday() throws {
        let note = read(Self.yearless("Thu 26 Nov, 9:30am"), options: Self.today("2028-01-10"))
        #expect(note.start?.value.description == "2026-11-26 09:30")
        let wednesday = read(Self.yearless("Wed 26 Nov, 9:30am"), options: Self.today("2026-12-20"))
        #expect(wednesday.start?.value.description == "2025-11-26 09:30")
    }

    @Test("a day without a year or weekday, and no other date, counts from today and says so")
    func yearlessFromToday() {
        let note = read(Self.yearless("26 Nov, 9:30am"), options: Self.today("2028-01-10"))
        #expect(note.start?.value.description == "2027-11-26 09:30")
        #expect(note.problems.contains { $0.uncertain && $0.message.contains("no year") && $0.message.contains("2027-11-26") })
    }

    @Test("a day without a year takes the year of the note's other dates before its weekday")
    func yearFromNote() {
        let note = read(Self.yearless("26 Nov, 9:30am", more: "\n## Follow-up\n- 2027-11-27 — Emailed thank-you to Jane.\n"),
                        options: Self.today("2029-01-10"))
        #expect(note.start?.value.description == "2027-11-26 09:30")
    }

    static func imogen(_ log: String) -> Interview {
        read("""
            ---
            company: Acme
            date: 2026-11-16 10:00
            ---
            ## Interviewers
            - [x] Imogen Hart — imogen@acme.example
            ## Follow-up
            - 2026-11-16 18:00 — Emailed thank-you to Imogen. Recap: the API. Still interested.
            \(log)
            """, options: Self.today("2026-12-20"))
    }

    @Test("a line of the log that says what is still to do is a plan, not a contact", arguments: [
        "- 02/12 – call Imogen if nothing heard",
        "- 2026-11-30 — will call Imogen on Friday",
        "- 2026-11-30 — I'll email Imogen on Monday",
        "- 2026-11-30 — plan to email Imogen",
        "- 2026-11-30 — remind me to call Imogen",
        "- 2026-11-30 — if no reply by Friday, call Imogen",
        "- 2026-11-30 — going to text Imogen",
    ])
    func plans(_ line: String) {
        let note = Self.imogen(line)
        #expect(note.log.count == 1)
    }

    @Test("a contact logged that way still is one", arguments: [
        "- 2026-11-30 — called Imogen, voicemail",
        "- 2026-11-30 — Imogen called back: they need a week",
        "- 2026-11-30 — emailed Imogen to check in",
    ])
    func notPlans(_ line: String) {
        #expect(Self.imogen(line).log.count == 2)
    }

    @Test("a person named Will opening a line is no plan")
    func willIsAName() {
        let note = read("""
            ---
            date: 2026-11-16 10:00
            ---
            ## Interviewers
            - [x] Will Turner — will@acme.example
            ## Follow-up
            - 2026-11-18 — Will called back: still deciding
            """, options: Self.today("2026-12-20"))
        #expect(note.log.count == 1)
        #expect(note.log.first?.direction == .incoming)
    }

    @Test("a call written as a ticked task and as a log line on its day is one contact")
    func taskAndLine() throws {
        let note = Self.imogen("""
            - 2026-11-20 — Called Imogen, voicemail.
            - [x] call Imogen ✅ 2026-11-20
            """)
        let calls = note.log.filter { $0.channel?.value == .call }
        #expect(calls.count == 1)
        #expect(calls.first?.date?.value.date.description == "2026-11-20")
    }

    @Test("two calls logged at two times on one day stay two")
    func twoCalls() {
        let note = Self.imogen("""
            - 2026-11-20 09:30 — Called Imogen, voicemail.
            - 2026-11-20 15:00 — Called Imogen again, voicemail.
            """)
        #expect(note.log.filter { $0.channel?.value == .call }.count == 2)
    }

    @Test("yes-or-no front matter keys say what was left with them", arguments: [
        ("resume_left: true\ncontact_info_left: yes", true, true),
        ("resume: yes\ncontact_info_left: no", true, false),
        ("cv_left: no", false, nil),
        ("resume: \"[[Resume 2026]]\"", nil, nil),
    ] as [(String, Bool?, Bool?)])
    func leftKeys(_ keys: String, _ resume: Bool?, _ contact: Bool?) {
        let note = read("""
            ---
            company: Acme
            date: 2026-11-16 10:00
            \(keys)
            ---
            ## Interviewers
            - [x] Imogen Hart — imogen@acme.example
            """)
        #expect(note.beforeLeaving.resume?.value == resume)
        #expect(note.beforeLeaving.contactInformation?.value == contact)
    }

    @Test("replies in German, French and Spanish are incoming", arguments: [
        "- 2026-11-18 — E-Mail: Imogen hat geantwortet",
        "- 2026-11-18 — E-Mail: Imogen hat zurückgeschrieben",
        "- 2026-11-18 — Email : Imogen a répondu",
        "- 2026-11-18 — Email : Imogen m'a écrit",
        "- 2026-11-18 — Email: Imogen respondió",
        "- 2026-11-18 — Correo: Imogen me respondió",
    ])
    func foreignReplies(_ line: String) throws {
        let note = Self.imogen(line)
        let reply = try #require(note.log.last)
        #expect(note.log.count == 2)
        #expect(reply.direction == .incoming)
        #expect(reply.interviewers == [0])
        #expect(reply.channel?.value == .email)
    }

    @Test("'Email de', 'Correo de' or 'Mensaje de' and a name is a message from them; 'Email de agradecimiento a' is ours")
    func spanishMessageFrom() throws {
        for line in ["- 2026-11-18 — Email de Imogen: seguimos con otro perfil, gracias por tu tiempo.",
                     "- 2026-11-18 — Correo de Imogen: me ofrecen el puesto."] {
            let reply = try #require(Self.imogen(line).log.last)
            #expect(reply.direction == .incoming, "\(line)")
        }
        let thanks = try #require(Self.imogen("- 2026-11-18 — Email de agradecimiento a Imogen, reiteré mi interés.").log.last)
        #expect(thanks.direction == .outgoing)
    }

    @Test("a channel label before the sentence leaves an outgoing contact outgoing")
    func labelOutgoing() throws {
        let entry = try #require(Self.imogen("- 2026-11-24 — Email: thank-you follow-up to Imogen").log.last)
        #expect(entry.direction == .outgoing)
        #expect(entry.interviewers == [0])
    }
}

extension HeldOutStyleTests {
    @Test("a CRM-style people table gives people, cards, emails and phones; a dated Last touch that says what happened is a contact")
    func crmTable() throws {
        let note = read("""
            ---
            company: Acme
            date: 2026-11-16 10:00
            ---
            ## People
            | Name | Company | Role | Card? | Email | Phone | Last touch |
            |------|---------|------|-------|-------|-------|------------|
            | Jane Doe | Acme | EM | ✅ | jane@acme.example | +1 555 0100 | 2026-11-16 18:00 thank-you email sent |
            | Bob Smith | Acme | Staff Eng | no | bob@acme.example | 555-0101 | met at the onsite |
            | Cara Diaz | Acme | PM | yes | cara@acme.example | 555-0102 | 2026-11-20 |
            """, options: Self.today("2026-12-20"))
        #expect(note.people.map(\.name.value) == ["Jane Doe", "Bob Smith", "Cara Diaz"])
        #expect(note.people.map { $0.email?.value } == ["jane@acme.example", "bob@acme.example", "cara@acme.example"])
        #expect(note.people[0].phone?.value == "+1 555 0100")
        let contact = try #require(note.log.first)
        #expect(note.log.count == 1)
        #expect(contact.interviewers == [0])
        #expect(contact.kind == .thankYou)
        #expect(contact.channel?.value == .email)
        #expect(contact.date?.value.description == "2026-11-16 18:00")
    }

    @Test("&nbsp; and <br> from an HTML export read as a space and a separator")
    func htmlExport() throws {
        let note = read("""
            ---
            company: Acme
            ---
            **Interview:**&nbsp;2026-11-16&nbsp;10:00

            ## Interviewers
            - [x] Jane&nbsp;Doe — EM<br>jane@acme.example
            - [x] Bob Smith — Staff<br/>bob@acme.example

            ## Follow-up
            - 2026-11-16&nbsp;17:30 — Email thank-you to Jane&nbsp;Doe.<br>Recap: the sync design. Still interested.
            """)
        #expect(note.start?.value.description == "2026-11-16 10:00")
        #expect(note.people.map(\.name.value) == ["Jane Doe", "Bob Smith"])
        #expect(note.people.map { $0.email?.value } == ["jane@acme.example", "bob@acme.example"])
        let entry = try #require(note.log.first)
        #expect(entry.interviewers == [0])
        #expect(entry.date?.value.description == "2026-11-16 17:30")
        #expect(entry.recapsConversation && entry.reiteratesInterest)
    }

    @Test("an HTML export whose lines are blocks (Evernote's <div>, <ul><li>): <b>Key:</b> lines, items and the log read as the Markdown they show")
    func htmlBlockLines() throws {
        let note = """
            <div><b>Fenwick Opticians — Dispensing Optician interview</b></div>
            <div><br/></div>
            <div><b>Date:</b> Tuesday 17 November 2026, 14:00</div>
            <div><b>Status:</b> waiting</div>
            <div><br/></div>

            ## Interviewers

            <ul>
            <li>Saoirse Lennon (Practice Manager) — card ✔ — saoirse.lennon@fenwick.example — +1 555 0121</li>
            <li>Bartek Nowak (Optometrist) — card ✔ — bartek.nowak@fenwick.example — +1 555 0122</li>
            </ul>

            <div>Left my CV with Saoirse; both have my contact details.</div>
            <div>Timeframe: Saoirse said they'd decide by <b>1 December</b>.</div>

            ## Follow-up

            <div>17/11/2026 18:30 — emailed Saoirse Lennon a thank-you, recapped the frame-fitting trial, said I'm really keen.</div>
            <div>17/11/2026 18:45 — emailed Bartek Nowak a thank-you, recapped the lens-stock audit, said I'm really keen.</div>
            """
        let interview = read(note)
        #expect(interview.start?.value == moment("2026-11-17T14:00"))
        #expect(interview.company?.value == "Fenwick Opticians")
        #expect(interview.people.map(\.name.value) == ["Saoirse Lennon", "Bartek Nowak"])
        #expect(interview.people.allSatisfy { $0.card?.value == true && $0.phone != nil })
        #expect(interview.timeframe?.decisionDate == LocalDate(year: 2026, month: 12, day: 1))
        #expect(interview.log.map(\.interviewers) == [[0], [1]])
        #expect(interview.log.allSatisfy { $0.kind == .thankYou && $0.recapsConversation && $0.reiteratesInterest })
        #expect(lint(note, today: "2026-11-20").filter { $0.severity != .info }.isEmpty)
        // Lines keep their numbers; a line that opens with no block tag is kept as written.
        let source = SourceText("<div>a <b>b</b></div>\n<2026-11-03 Tue> <b>x</b>\n")
        #expect(source.lines.map(String.init) == ["a **b**", "<2026-11-03 Tue> <b>x</b>"])
    }

    @Test("text without HTML marks is kept byte for byte")
    func noMarks() {
        let text = "a & b < c &nbs; <b>bold</b> <brx>"
        #expect(SourceText(text).bytes == Array(text.utf8))
        #expect(!SourceText(text).replacedMarkup)
        #expect(String(decoding: SourceText("x&NBSP;y<BR>z").bytes, as: UTF8.self) == "x y \u{2014} z")
    }

    @Test("Dataview people with · separators and a Contacts list: every person once, with title, email and phone")
    func dataviewPanel() throws {
        let note = read("""
            ---
            company: Acme
            date: 2026-11-16 10:00
            ---
            Panel:: [[Ana Ruiz]], [[Bo Chen]]

            ## Contacts
            - [[Ana Ruiz]] · Staff Engineer · ana@x.example · +1 555 0100
            - [[Bo Chen]] · Engineering Manager · bo@x.example · +1 555 0101
            - [[Cara Diaz]] · Recruiter · cara@x.example · +1 555 0102
            - [[Dev Patel]] · Product Manager · dev@x.example · +1 555 0103
            """)
        #expect(note.people.map(\.name.value).sorted() == ["Ana Ruiz", "Bo Chen", "Cara Diaz", "Dev Patel"])
        let ana = try #require(note.people.first { $0.name.value == "Ana Ruiz" })
        #expect(ana.title?.value == "Staff Engineer")
        #expect(ana.email?.value == "ana@x.example")
        #expect(ana.phone?.value == "+1 555 0100")
    }

    @Test("a key line's day rescheduled by them is the new day")
    func rescheduled() {
        let note = read("""
            # Acme

            Interview: Mon 9 Nov 2026, 11:00 — rescheduled by them to Thu 12 Nov 2026, 15:00

            ## Interviewers
            - [x] Jane Doe — jane@acme.example
            """)
        #expect(note.start?.value.description == "2026-11-12 15:00")
    }

    @Test("company and role keys in Spanish, French and German", arguments: ["empresa", "entreprise", "Firma"])
    func companyKeys(_ key: String) {
        let note = read("---\n\(key): Acme\ndate: 2026-11-16 10:00\n---\n## Interviewers\n- [x] Jane Doe — jane@acme.example\n")
        #expect(note.company?.value == "Acme")
    }

    @Test("a Dutch thank-you mail and French interest", arguments: [
        ("- 17-11-2026 18:00 — bedankmail aan Jane Doe, samengevat: het ontwerp; nog steeds erg geïnteresseerd", LogEntry.Channel.email),
        ("- 2026-11-17 18:10 — mail de remerciement à Jane, toujours très intéressée", .email),
    ])
    func foreignThanks(_ line: String, _ channel: LogEntry.Channel) throws {
        let note = read("---\ndate: 2026-11-16 10:00\n---\n## Interviewers\n- [x] Jane Doe — jane@acme.example\n## Follow-up\n\(line)\n")
        let entry = try #require(note.log.first)
        #expect(entry.channel?.value == channel)
        #expect(entry.kind == .thankYou)
        #expect(entry.reiteratesInterest)
    }

    @Test("a dash between a date and its time", arguments: [
        ("Monday, November 16, 2026 – 1:00 PM", "2026-11-16 13:00"),
        ("mardi 17/11/2026 à 9h30", "2026-11-17 09:30"),
    ])
    func dashTime(_ phrase: String, _ expected: String) throws {
        let (moment, _) = try DateReader.parseDateTime(phrase, order: .dmy).get()
        #expect(moment.description == expected)
    }
}

extension HeldOutStyleTests {
    static func trello(_ activity: String) -> Interview {
        read("""
            # Acme — Backend Engineer

            **Interview:** 2026-11-16 14:00

            ## Interviewers
            - [x] Keiko Tanaka — Engineering Manager — keiko@acme.example

            ## Checklist
            - [x] TY email Keiko
            - [ ] Follow-up call Keiko

            ## Activity
            - Keiko Tanaka: moved this card from Applied to Interviewing Nov 10, 2026, 4:02 PM
            \(activity)
            """, options: Self.today("2026-12-20"))
    }

    @Test("a board's checklist task is a contact, dated by the activity line that marks it complete")
    func trelloDated() throws {
        let note = Self.trello("- you: marked TY email Keiko complete Nov 18 at 7:41 PM")
        #expect(note.log.count == 1)
        let entry = try #require(note.log.first)
        #expect(entry.kind == .thankYou)
        #expect(entry.channel?.value == .email)
        #expect(entry.interviewers == [0])
        #expect(entry.date?.value.description == "2026-11-18 19:41")
        #expect(entry.range.start.line == 14)
        // The card's move is no decision date.
        #expect(note.timeframe == nil)
    }

    @Test("without its activity line the checklist task is an undated contact")
    func trelloUndated() throws {
        let note = Self.trello("")
        #expect(note.log.count == 1)
        let entry = try #require(note.log.first)
        #expect(entry.date == nil)
        #expect(entry.interviewers == [0])
        #expect(note.timeframe == nil)
    }
}

extension HeldOutStyleTests {
    @Test("a people table with other column names and a card column in German")
    func otherColumns() throws {
        let note = read("""
            ---
            date: 2026-11-10 09:30
            ---
            ## People I talked to
            | Contact | Job | E-mail | Mobile | Card? |
            |---------|-----|--------|--------|-------|
            | Renata Solberg | Director of Platform | renata@q.example | +1 312 555 0141 | ✔ |

            ## Gesprächspartner
            | Name | Funktion | E-Mail | Telefon | Visitenkarte |
            |------|----------|--------|---------|--------------|
            | Matthias Eberle | Abteilungsleiter | m.eberle@b.example | +49 89 5555 0120 | ja |
            | Sabine Krüger | Personalreferentin | s.krueger@b.example | | nein |
            """)
        #expect(note.people.map(\.name.value) == ["Renata Solberg", "Matthias Eberle", "Sabine Krüger"])
        #expect(note.people.map { $0.card?.value } == [true, true, false])
        #expect(note.people.map { $0.title?.value } == ["Director of Platform", "Abteilungsleiter", "Personalreferentin"])
        #expect(note.people[0].phone?.value == "+1 312 555 0141")
    }

    @Test("Hugo's TOML front matter: its date is the post's, the interview is read from the text")
    func hugoTOML() {
        let note = read("""
            +++
            title = "My interview at Drumlin Games"
            date = 2026-11-21T09:00:00Z
            company = "Drumlin Games"
            tags = ["career", "interviews"]
            +++

            Yesterday I had my interview at Drumlin Games.
            """)
        #expect(note.company?.value == "Drumlin Games")
        #expect(note.company?.range.start.line == 4)
        #expect(note.role == nil)
        #expect(note.start?.value.date.description != "2026-11-21")
    }
}

extension HeldOutStyleTests {
    @Test("in a note without a year, another day written with its weekday gives the interview's year")
    func yearFromOtherWeekday() {
        let note = read("""
            # Brightlane — Office Manager

            - 11/20 10am interview at Brightlane
            - they'll call by tues 12/1

            ## Interviewers
            - [x] Sheila Moreno — smoreno@b.example
            """, options: Self.today("2028-03-01"))
        #expect(note.start?.value.description == "2026-11-20 10:00")
    }

    @Test("a log day without its year takes the year its weekday falls in, within half a year")
    func logWeekdayYear() throws {
        let tokens = Tokenizer.tokens("Thu 19 Nov — emailed Jane")
        let found = try #require(DateReader.dateTime(in: tokens, at: 0, reference: LocalDate(year: 2026, month: 11, day: 21)!))
        #expect(found.date.date.description == "2026-11-19")
    }
}

extension HeldOutStyleTests {
    static func benAndKatrin(_ log: String) -> Interview {
        read("""
            ---
            date: 2026-11-16 10:00
            ---
            ## Interviewers
            - [x] Ben Ortiz — ben@x.example
            - [x] Katrin Maier — k@x.example
            \(log)
            """, options: Self.today("2026-12-02"))
    }

    @Test("days without a year as logs write them: 11-16 09:45, 18.11. 17:30", arguments: [
        ("- 11-16 09:45 emailed Ben thank you", "2026-11-16 09:45"),
        ("- 11-24 Ben emailed: they are moving forward with other candidates", "2026-11-24 00:00"),
        ("- 18.11. 17:30 Dankes-E-Mail an Katrin Maier", "2026-11-18 17:30"),
    ])
    func yearlessLogDays(_ line: String, _ expected: String) throws {
        let entry = try #require(Self.benAndKatrin("## Follow-up\n" + line).log.first)
        #expect(entry.date?.value.description == expected)
    }

    @Test("a range of counts is no day", arguments: ["- 10-15 people were on the call with Ben", "- 2-3 weeks, said Ben"])
    func rangesAreNoDays(_ line: String) {
        let note = Self.benAndKatrin("## Follow-up\n" + line)
        #expect(note.log.allSatisfy { $0.date == nil })
    }

    @Test("a wikilink that is a day names nobody")
    func dayLinkIsNoPerson() throws {
        let entry = try #require(Self.benAndKatrin("## Follow-up\n- DONE thank-you email Ben [[Nov 20th, 2026]]").log.first)
        #expect(entry.interviewers == [0])
        #expect(entry.people.count == 1)
    }

    @Test("under a Thank-yous heading, what was sent to a person is a thank-you, its way unsaid no warning")
    func thankYouSection() throws {
        let note = Self.benAndKatrin("## Thank-yous\n- [x] Katrin — sent 11/17 4pm (recap: the onboarding redesign; \"excited to contribute\")")
        let entry = try #require(note.log.first)
        #expect(entry.kind == .thankYou)
        #expect(entry.interviewers == [1])
        let unsure = note.problems.filter { $0.kind == .unreadableEntry }.allSatisfy { $0.uncertain }
        #expect(unsure)
    }

    @Test("a checklist item that names the thank-you, with its recap in brackets, is read with its recap; its way unsaid no warning")
    func namedThankYouWithBracketedRecap() throws {
        let note = Self.benAndKatrin("## Thank-yous\n- [x] Thank-you to Katrin (recapped the data migration piece, said I'm keen) ✅ 2026-11-16")
        let entry = try #require(note.log.first)
        #expect(entry.kind == .thankYou && entry.interviewers == [1])
        #expect(entry.recapsConversation && entry.reiteratesInterest)
        #expect(note.problems.filter { $0.kind == .unreadableEntry }.allSatisfy { $0.uncertain })
        // In a log that is no list of thank-yous, the way left unsaid is still asked for.
        let log = Self.benAndKatrin("## Follow-up\n- [x] Thank-you to Katrin (recapped the data migration piece, said I'm keen) ✅ 2026-11-16")
        #expect(log.problems.contains { $0.kind == .unreadableEntry && !$0.uncertain })
    }
}

extension HeldOutStyleTests {
    @Test("a weekday before a day without its year settles the year wherever the day is read")
    func weekdayBeforeDay() throws {
        let tokens = Tokenizer.tokens("Last Thursday, November 19, I had my interview")
        let found = try #require(DateReader.match(in: tokens, at: 3, reference: LocalDate(year: 2026, month: 11, day: 21)!))
        #expect(found.date.description == "2026-11-19")
        // Without a weekday the next such day after the reference, as before.
        let plain = try #require(DateReader.match(in: Tokenizer.tokens("November 19"), at: 0, reference: LocalDate(year: 2026, month: 11, day: 21)!))
        #expect(plain.date.description == "2027-11-19")
    }
}

extension HeldOutStyleTests {
    @Test("ticked 'Resume left with all three' under a panel's table says what was left and names nobody")
    func panelChecklistIsNoPerson() {
        let note = read("""
            ---
            date: 2026-11-23 09:30
            ---
            ## Panel

            | Who | Role | Card? | Email | Phone |
            |-----|------|-------|-------|-------|
            | Farah Siddiqui | VP Risk | ✔ | farah@meridian.example | 555-0171 |
            | Ken Adeyemi | Quant Lead | ✔ | ken@meridian.example | 555-0172 |

            - [x] Resume left with all three
            - [x] They have my contact info
            """, options: Self.today("2026-12-02"))
        #expect(note.people.map(\.name.value) == ["Farah Siddiqui", "Ken Adeyemi"])
        #expect(note.beforeLeaving.resume?.value == true && note.beforeLeaving.contactInformation?.value == true)
    }

    @Test("under a Thank-yous heading an email to a person is the thank-you; 'mentioned' the talk is its recap")
    func thankYouSectionEmail() {
        let note = read("""
            ---
            date: 2026-11-17 13:30
            ---
            ## Interviewers
            - Luis Ferreira — Senior Data Engineer — luis.f@brightwater.example

            ## Thank-yous
            - [x] Luis — emailed 2026-11-17 19:25, mentioned the dbt testing chat, reiterated interest
            - [x] Luis — called 2026-11-24 10:00, left a voicemail
            """, options: Self.today("2026-12-02"))
        #expect(note.log.map(\.kind) == [.thankYou, .followUp])
        #expect(note.log.first?.recapsConversation == true && note.log.first?.reiteratesInterest == true)
    }

    @Test("a message block's 'reiterated interest' is the thank-you's interest")
    func messageBlockInterest() {
        #expect(LogEntryReader.saysInterest("Joint thank-you; recapped the feature store design, reiterated interest."))
        #expect(!LogEntryReader.saysInterest("Joint thank-you; forgot to say I reiterated interest."))
    }
}

/// Notes found to be interviews, and their days, in ways of writing beyond the format: British
/// spoken times, a post's "Monday the 16th", a title in short, a tracker of one row, Dutch.
@Suite("Finding the interview: spoken times, days of the month, terse titles, one-row trackers")
struct FindingTheInterviewTests {
    @Test("'half ten' under a journal's day heading is 10:30; 'half two' is 14:30", arguments: [
        ("at half ten", "2026-11-12 10:30"),
        ("at half past nine", "2026-11-12 09:30"),
        ("at half two", "2026-11-12 14:30"),
    ])
    func britishHalf(_ phrase: String, _ expected: String) throws {
        let note = read("""
            # Interview — Stourbridge Mutual

            ### Thursday 12th November 2026

            Interview \(phrase) with Imogen Archer (Head of Pricing).
            """)
        let start = try #require(note.start)
        #expect(start.value.description == expected)
        #expect(note.startHasTime)
        #expect(!note.problems.contains { $0.kind == .frontMatter })
    }

    @Test("'quarter past two' is 14:15, 'quarter to ten' 9:45, 'at 10.30' 10:30")
    func britishTimes() {
        #expect(ProseFacts.spelledTime(["interview", "quarter", "past", "two"]) == 14 * 60 + 15)
        #expect(ProseFacts.spelledTime(["at", "quarter", "to", "ten"]) == 9 * 60 + 45)
        let tokens = Tokenizer.tokens("Interview Tues 17/11/2026 at 10.30 with Aoife")
        #expect(ProseFacts.firstTime(tokens, from: 0) == 10 * 60 + 30)
    }

    @Test("a bold day without a year and a weekday later on the line ('by Friday week') dates the interview by the day's own weekday")
    func weekdayOfTheDayNotOfTheDecision() throws {
        let note = read("""
            # Diary — November

            **Monday 23rd November**

            Interview at Fellbrook Council, quarter past two, with Siobhan Kerr (Head of Housing). Siobhan said they'd let everyone know by Friday week.
            """, options: HeldOutStyleTests.today("2026-12-02"))
        let start = try #require(note.start)
        #expect(start.value.description == "2026-11-23 14:15")
        #expect(note.timeframe?.decision == .date(LocalDate(year: 2026, month: 12, day: 4)!))
    }

    @Test("'On Wednesday the 25th I went back' in a post of the 27th is the 25th")
    func weekdayTheNthBeforeWords() throws {
        let text = """
            +++
            title = "Second interview at Penrose Analytics"
            date = 2026-11-27T19:00:00Z
            +++

            On Wednesday the 25th I went back to Penrose Analytics for the second interview at 3pm, with Tobias Lind (Head of Data).

            That evening I emailed him a thank-you.
            """
        let start = try #require(read(text).start)
        #expect(start.value.description == "2026-11-25 15:00")
        // The thank-you is there: read as Tobias's (no finding), or, when the reader cannot tell
        // whom "him" means, at most an unsure info; never a "no thank-you yet" warning or error.
        let found = lint(text, today: "2026-12-02").filter { $0.rule == "thank-you-sent" }
        #expect(found.allSatisfy { $0.severity == .info }, "\(found.map(\.message))")
    }

    @Test("'half an hour' and 'half 3 hours' give no time of day")
    func halfIsNoTime() {
        #expect(ProseFacts.spelledTime(["interview", "ran", "half", "an", "hour", "over"]) == nil)
        #expect(ProseFacts.spelledTime(["half", "3", "hours"]) == nil)
    }

    @Test("'Monday the 16th' in a post of Wednesday 18 November is the Monday before, not 16 December")
    func weekdayAndDayOfMonth() throws {
        let note = read("""
            ---
            layout: post
            title: "Job hunt, week three"
            date: 2026-11-18 20:30:00 +0000
            ---

            My interview at Quillfeather Data was on the Monday (Monday the 16th, 9:30am), with Ravi Menon, their analytics lead.
            """)
        let start = try #require(note.start)
        #expect(start.value.description == "2026-11-16 09:30")
    }

    @Test("a terse title '# Firm int 11/23 2pm' names the interview, its day and time")
    func terseTitle() throws {
        let note = read("""
            # Brightwater int 11/23 2pm

            - w/ Colm Duffy (eng mgr) + Ana Lima (senior dev)
            - 11/23 6pm thank-you email to both, mentioned the caching q, said v interested
            """, options: HeldOutStyleTests.today("2026-12-02"))
        #expect(note.isInterviewNote)
        let start = try #require(note.start)
        #expect(start.value.description == "2026-11-23 14:00")
        #expect(note.log.first?.kind == .thankYou)
        #expect(note.log.first?.recapsConversation == true)
    }

    @Test("a tracker's table of one row is that interview's key lines")
    func oneRowTracker() throws {
        let note = read("""
            # Job search 2026

            | Company | Role | Applied | Interview | Interviewer | Status |
            |---|---|---|---|---|---|
            | Harrowgate Bank | Credit Analyst | 2026-11-03 | 2026-11-19 10:00 | Nina Patel (Credit Manager) | waiting |
            """)
        #expect(note.isInterviewNote)
        #expect(note.company?.value == "Harrowgate Bank")
        #expect(note.start?.value.description == "2026-11-19 10:00")
        #expect(note.people.map(\.name.value) == ["Nina Patel"])
        #expect(note.currentStatus == .waiting)
    }

    @Test("a one-row table of a contact, with no company column, gives no interview date")
    func oneRowLogIsNoInterview() {
        let note = read("""
            # Notes

            | Date | Channel | Who |
            |---|---|---|
            | 2026-11-19 10:00 | email | Nina Patel |
            """)
        #expect(note.start == nil)
    }

    @Test("a Dutch title with the day and time after the firm, and 'beslissen vóór' as the timeframe")
    func dutchTitleAndTimeframe() throws {
        let note = read("""
            # Gesprek Van Dijk & Zonen — 19 november 2026, 10:00

            Gesprek met Maartje van Dijk (Directeur). Visitekaartje gekregen.

            Ze beslissen vóór 3 december.

            """)
        let start = try #require(note.start)
        #expect(start.value.description == "2026-11-19 10:00")
        #expect(note.timeframe?.decision == .date(LocalDate(year: 2026, month: 12, day: 3)!))
    }

    @Test("their answer said in other words: 'Hear back by …', 'should hear by the 27th', 'Decisión el …', 'Réponse sous …', 'Weds'", arguments: [
        ("Hear back by Friday.", "2026-11-20"),
        ("Should hear by the 27th.", "2026-11-27"),
        ("Mara said I'd hear either way by the 27th.", "2026-11-27"),
        ("Hoping to hear end of next week.", "2026-11-27"),
        ("Decisión el 1 de diciembre.", "2026-12-01"),
        ("Réponse sous 10 jours.", "2026-11-26"),
        ("Decision: Weds.", "2026-11-18"),
        ("Rückmeldung bis Ende nächster Woche.", "2026-11-27"),
        ("Bescheid bis Ende der Woche.", "2026-11-20"),
        ("Rückmeldung bis Ende Dezember.", "2026-12-31"),
        ("Décision d'ici le 1er décembre.", "2026-12-01"),
        ("Décision le 3 décembre.", "2026-12-03"),
    ])
    func answerInOtherWords(_ line: String, _ expected: String) {
        let note = read("""
            # Kilnworth notes

            **Company:** Kilnworth
            **Date:** 2026-11-16 10:00

            \(line)

            ## Interviewers
            - [x] Mara Quist — mara@kilnworth.example — +1 555 0100
            """)
        guard case .date(let day) = note.timeframe?.decision else {
            Issue.record("no date read from '\(line)'")
            return
        }
        #expect(day.description == expected)
    }

    @Test("a status field in the writer's words: 'Declined offer' is withdrawn, 'didn't get it' rejected")
    func statusInOwnWords() {
        #expect(StatusReader.read("Declined offer") == .withdrawn)
        #expect(StatusReader.read("offer turned down") == .withdrawn)
        #expect(StatusReader.read("didn't get it") == .rejected)
        #expect(StatusReader.read("did not get the job") == .rejected)
        #expect(StatusReader.read("offer received") == .offer)
        #expect(StatusReader.read("they declined") == .rejected)
    }

    @Test("a dated update under the log, not itself an entry, ends the process: 'Update 26 Nov: … gone with an internal candidate'")
    func datedUpdateEndsProcess() {
        let note = read("""
            ---
            company: Quenby Foods
            date: 2026-11-10 10:00
            ---
            ## Interviewers
            - [x] Moira Dunn — Planning Manager — moira@quenby.example

            ## Follow-up
            - 2026-11-10 17:00 — Thank-you email to Moira. Recap: the S&OP cycle. Reiterated interest.

            Update 26 Nov: Moira emailed — unfortunately they've decided to go with an internal candidate.
            """)
        #expect(note.currentStatus == .rejected)
        let undated = read("""
            ---
            company: Quenby Foods
            date: 2026-11-10 10:00
            ---
            ## Interviewers
            - [x] Moira Dunn — Planning Manager — moira@quenby.example

            ## Follow-up
            - 2026-11-10 17:00 — Thank-you email to Moira. Recap: the S&OP cycle. Reiterated interest.

            If Moira goes with an internal candidate I will ask for feedback.
            """)
        #expect(undated.currentStatus == .waiting)
    }

    @Test("a logged contact that thanks in words the log does not read makes 'no thank-you yet' an info")
    func unreadThanksInLoggedContact() {
        let note = """
            ---
            bedrijf: Veldhoven Data
            datum: 2026-11-17 13:30
            ---
            ## Interviewers
            - Femke Bos — Teamlead — visitekaartje ✓

            ## Opvolging
            - 17-11-2026 19:10 — e-mail aan Femke Bos: bedankt voor het gesprek over de migratie.
            """
        let found = lint(note, today: "2026-12-02").filter { $0.rule == "thank-you-sent" }
        #expect(!found.isEmpty)
        #expect(found.allSatisfy { $0.severity == .info })
    }

    @Test("a French journal's 'Entretien chez … à 10h30' under a day heading is the interview")
    func frenchJournalLine() throws {
        let note = read("""
            # Journal de recherche

            ## Mardi 17 novembre 2026

            Entretien chez Vautrin Conseil à 10h30 avec Élise Martin (Directrice associée).
            """)
        #expect(note.isInterviewNote)
        let start = try #require(note.start)
        #expect(start.value.description == "2026-11-17 10:30")
    }

    @Test("a daily note's `**When:** 13:00–14:30` is the time of the page's day, no malformed date")
    func whenKeyWithTimeOnly() throws {
        let note = read("""
            ---
            created: 2026-11-20
            ---

            # 2026-11-20

            > [!info] Interview — Wrexham Robotics
            > **When:** 13:00–14:30
            > **With:** Ffion Price (Engineering Manager)
            """)
        let start = try #require(note.start)
        #expect(start.value.description == "2026-11-20 13:00")
        #expect(!note.problems.contains { $0.kind == .frontMatter })
    }

    @Test("'decide by Dec. 9' is the 9th, not 1 December; 'by Fri 4/12' in a day-first note is 4 December")
    func shortMonthAndWeekdayOrder() {
        func decision(_ line: String, date: String = "Wed. Nov. 25, 2026, 10:00 a.m.") -> LocalDate? {
            let note = read("# Interview: Granitehill Bank, \(date)\n\nWith Carlos Mendes (VP Treasury).\n\n\(line)\n")
            if case .date(let day) = note.timeframe?.decision { return day }
            return nil
        }
        #expect(decision("Carlos said they'd decide by Dec. 9.") == LocalDate(year: 2026, month: 12, day: 9))
        #expect(decision("Carlos: decision by Fri 4/12.", date: "Wed 25/11/2026 10:00") == LocalDate(year: 2026, month: 12, day: 4))
    }

    @Test("a round heading with its day alone takes the time from the line under it that names the round")
    func roundHeadingTimeBelow() {
        let note = read("""
            # Marisco Foods — job search notes

            ## Thu 5 Nov 2026 — phone screen
            Phone screen at 9:30 with Kirsty Doyle (Talent Partner).

            ## Tue 17 Nov 2026 — onsite
            Onsite at 13:00 with Bruno Alves (Head of Supply Chain).
            """)
        #expect(note.rounds.map { $0.start?.value.description } == ["2026-11-05 09:30", "2026-11-17 13:00"])
    }

    @Test("'### Wed 18th' under '# Week of 16 November 2026' dates the interview line below it")
    func weekdayOrdinalHeading() throws {
        let note = read("""
            # Week of 16 November 2026

            ### Mon
            Applied to two roles.

            ### Wed 18th
            Interview at Hollins & Pike at 11am with Grace Oduya (Finance Director).
            """)
        let start = try #require(note.start)
        #expect(start.value.description == "2026-11-18 11:00")
    }

    @Test("a German note titled 'Gespräch' with a Datum key and a Lebenslauf is an interview note")
    func germanGespraech() {
        let note = read("""
            # Gespräch — Kessler Medizintechnik

            **Datum:** Mittwoch, 18. November 2026
            **Firma:** Kessler Medizintechnik

            - Lebenslauf dagelassen
            """)
        #expect(note.isInterviewNote)
        #expect(note.start?.value.date == LocalDate(year: 2026, month: 11, day: 18))
    }

    @Test("a pasted Outlook thread alone says why nothing is checked")
    func outlookThreadAlone() {
        let found = lint("""
            # Fenwick Instruments

            -----Original Message-----
            From: Rhea Castillo <rhea.castillo@fenwick.example>
            Sent: Tuesday, November 24, 2026 3:12 PM
            To: me@mail.example
            Subject: RE: Thank you - Test Engineer interview

            Thanks for your note. We hope to decide early next month.
            """, today: "2026-12-02")
        let said = found.filter { $0.rule == "front-matter" }
        #expect(said.count == 1)
        #expect(said.allSatisfy { $0.severity == .info && $0.message.contains("pasted emails") })
    }

    @Test("a journal with interviews at two firms says it is checked as one")
    func twoFirmsInOneJournal() {
        let note = read("""
            # Job hunt log

            ## Mon 9 Nov 2026

            Interview at Harlan Robotics at 10:00 with Ines Moreau (CTO).

            ## Thu 12 Nov 2026

            Interview at Pell & Finch at 14:00 with Otto Brandt (Partner).
            """)
        let told = note.problems.filter { $0.kind == .frontMatter && $0.message.contains("more than one company") }
        #expect(told.count == 1)
        #expect(told.allSatisfy { $0.uncertain })
    }
}
