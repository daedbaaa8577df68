import Foundation
import Testing
@testable import InterviewLint

/// A note that reads like an interview note is checked and told what it lacks; notes exported
/// from word processors read as they show.
@Suite("Never silent, and exported notes")
struct NeverSilentTests {
    @Test("a title that names an interview makes the note checked: no date and no people are said")
    func titleNamesInterview() {
        let found = lint("# Lantern & Quill interview\n\nInterview yesterday. Talked to the store manager.\n", today: "2026-11-20")
        #expect(found.contains { $0.rule == "front-matter" && $0.message.contains("dates the interview from a day the note does not give") })
        #expect(lint("# Acme onsite\n\nWent well.\n", today: "2026-11-20").contains { $0.rule == "front-matter" && $0.message.hasPrefix("the note has no interview date") })
        #expect(found.contains { $0.rule == "card-collected" && $0.severity == .info && $0.message.hasPrefix("no interviewer was found") })
        // A note about the process around interviews stays passed over.
        #expect(!read("# Questions to ask interviewers\n\n- What does a week look like?\n").isInterviewNote)
        #expect(!read("# Interview prep — Acme\n\nRead their blog.\n").isInterviewNote)
    }

    @Test("a meeting note, a README and an unfilled template are passed over; a note of a final round is not")
    func notInterviewNotes() {
        #expect(!read("# Q4 Planning Sync — 2026-11-18\n\n**Attendees:** Maria Lopez (PM), Dan Fraser (Eng Lead)\n**Time:** 10:00–11:00\n").isInterviewNote)
        #expect(!read("# dotfiles\n\nMy zsh config.\n\n## Contact\n\nEmail me at dev@example.example.\n").isInterviewNote)
        let template = read("---\ncompany:\ninterview-date: <% tp.date.now(\"YYYY-MM-DD HH:mm\") %>\n---\n# <% tp.file.title %>\n\n## Interviewers\n- [ ] Name — Title — email — phone\n")
        #expect(template.isTemplate && !template.isInterviewNote)
        #expect(ModelText.render(template, path: "t.md").contains("an unfilled template"))
        #expect(!read("---\ndate: {{date}}\n---\n## Interviewers\n- [ ] Name\n").isInterviewNote)
        // The same shape with a word of the process is checked.
        #expect(read("Kranich Mobility – Backend, final round\n\nWed 18.11.2026, 09:30 – Kranich office\n\nPeople\n- [x] Jürgen Weiß, VP Engineering – j@k.example\n").isInterviewNote)
        let report = Linter(now: moment("2026-11-26")).lint(path: "README.md", bytes: Array("# dotfiles\n\n## Contact\n\nEmail me at dev@example.example.\n".utf8), configuration: Configuration())
        #expect(report.outcome == .notAnInterview && report.diagnostics.isEmpty)
    }

    @Test("a note that writes no year is dated around today, by its opening lines only")
    func noYearAnywhere() {
        let note = "kaizen – controls engineer\n\n* Tue 03/11 10:00 — interview at Kaizen, with Haruki Sato\n* Mon 16/11 10:10 — rang Haruki\n"
        var options = ReaderOptions()
        options.today = LocalDate(year: 2026, month: 11, day: 24)
        let dated = NoteReader.read(SourceText(note), options: options)
        #expect(dated.start?.value == LocalDateTime(date: LocalDate(year: 2026, month: 11, day: 3)!, hour: 10, minute: 0))
        #expect(NoteReader.read(SourceText(note)).start == nil)
        // A tracker's row far down the note is some other interview.
        let tracker = "# Job hunt\n\n" + String(repeating: "Some words about the search.\n\n", count: 8)
            + "| Acme | Phone screen | screen Thu 3 Dec |\n"
        #expect(NoteReader.read(SourceText(tracker), options: options).start == nil)
        #expect(NoteReader.read(SourceText("# Job hunt\n\n| Acme | Phone screen | screen Thu 3 Dec |\n"), options: options).start != nil)
    }

    @Test("a word processor's export: bold lines as headings, backslash escapes, `__Date: __` keys")
    func wordProcessorExport() throws {
        let note = read(#"""
            __Interview notes \- Millbrook Library__

            __Date: __Thursday, November 12, 2026, 10:00 a\.m\.

            __Panel__

            - Dr\. Evelyn Marsh \- Library Director \- evelyn\.marsh@millbrook\.example \- \(608\) 555\-0131 \- card ✓

            __Questions they asked__

            - How would you run the Saturday rota?
            """#)
        #expect(note.start?.value == LocalDateTime(date: LocalDate(year: 2026, month: 11, day: 12)!, hour: 10, minute: 0))
        let person = try #require(note.people.first)
        #expect(note.people.count == 1)
        #expect(person.name.value == "Dr. Evelyn Marsh")
        #expect(person.email?.value == "evelyn.marsh@millbrook.example")
        #expect(person.card?.value == true)
        // Positions stay the source's: the address starts after three escapes on line 7.
        let line = "- Dr\\. Evelyn Marsh \\- Library Director \\- "
        #expect(person.email?.range.start == SourcePosition(line: 7, column: line.count + 1))
    }

    @Test("dump --format text says what was read and from which line")
    func textDump() throws {
        let model = read("---\ndate: 2026-11-10 11:00\ncompany: Acme\n---\n## Interviewers\n- [x] Jane Doe — jane@acme.example — +1 555 0100\n\n## Follow-up\n- 2026-11-10 18:05 — Email thank-you to Jane. Recapped the roadmap; said I'm keen.\n")
        let text = ModelText.render(model, path: "note.md")
        #expect(text.contains("Interview: Tue 2026-11-10 11:00, from front matter `date`"))
        #expect(text.contains("Person, line 6: Jane Doe, card yes, jane@acme.example, +1 555 0100"))
        #expect(text.contains("Contact, line 9: thank-you to Jane Doe by email, Tue 2026-11-10 18:05, recap ✓ interest ✓"))
        // A timeframe read from prose is shown where it came from, not also as a line not read.
        let prose = ModelText.render(read("---\ndate: 2026-11-16 10:00\n---\n## Interviewers\n- Ana Ruiz\n\n## Notes\nThey'll decide by end of this month.\n"), path: "note.md")
        #expect(prose.contains("Timeframe: decide by Monday 2026-11-30, line 8"))
        #expect(!prose.contains("Not read"))
        let other = ModelText.render(read("# Groceries\n\n- milk\n"), path: "list.md")
        #expect(other.hasPrefix("list.md: not checked: no sign of an interview was found"))
    }

    @Test("an entry whose day is not found is an info; a dated one that lacks its channel stays a warning")
    func unreadableEntrySeverity() {
        let note = "---\ndate: 2026-11-16 10:00\n---\n## Interviewers\n- [x] Jane Doe — jane@acme.example — +1 555 0100\n## Follow-up\n"
        let undated = lint(note + "- Last week — Email thank-you to Jane Doe. Recap: the design.\n", configuration: only(UnreadableEntry.self))
        #expect(undated.map(\.severity) == [.info])
        let dated = lint(note + "- 2026-11-17 — Thank-you to Jane Doe. Recap: the design.\n", configuration: only(UnreadableEntry.self))
        #expect(dated.map(\.severity) == [.warning])
        // Told as done, the way left out: an info, and the thank-you still counts for the rules.
        let told = note + "- 2026-11-16 19:00 — sent Jane a thank-you note: recapped the design, said I'm keen.\n"
        #expect(lint(told, configuration: only(UnreadableEntry.self)).map(\.severity) == [.info])
        #expect(read(told).log.map(\.kind) == [.thankYou])
        let theirs = note + "- 2026-11-25 — Jane replied: they're moving forward with me\n"
        #expect(lint(theirs, configuration: only(UnreadableEntry.self)).map(\.severity) == [.info])
    }

    @Test("a note about a candidate the writer interviewed, or a daily note that only plans interview prep, is passed over")
    func notTheWritersInterview() {
        let candidate = read("# Candidate interview — Jordan Blake (SRE II)\n\nDate: 2026-11-18 14:00\nPanel: me, Akosua Boateng\n\n## Scorecard\n| Area | Score |\n|---|---|\n| Coding | 4 |\n")
        #expect(candidate.interviewsACandidate && !candidate.isInterviewNote)
        #expect(ModelText.render(candidate, path: "c.md").contains("a candidate you interviewed"))
        #expect(!read("# Sync\n\n**Attendees:** Maria Lopez (PM), Dan Fraser (Eng Lead)\n\n1. Hiring plan — we will interview two candidates next week\n").isInterviewNote)
        #expect(!read("# Monday, November 23, 2026\n\n- [x] Gym 7am\n- [ ] Interview prep for Thursday\n- [x] Email landlord\n",
                      options: ReaderOptions(), fileName: "2026-11-23.md").isInterviewNote)
        // A job seeker's own words about other candidates leave the note checked.
        let own = read("# Acme interview\n\nDate: 2026-11-18 14:00\n\nMet with Priya Nair (hiring manager). She said they're interviewing three other candidates.\n")
        #expect(own.isInterviewNote && !own.interviewsACandidate)
    }

    @Test("a title with a word of the job seeker's side is no team meeting's, whatever it says of candidates")
    func ownMeetingTitles() {
        let body = "\n\nInterview: Wed 18 Nov 2026, 11:00 with Rosa Lindqvist (Head of Ops), card with rosa@lumen.example.\nShe said they are seeing five candidates.\n"
        for title in ["# Lumen Freight — 30 minutes with the hiring manager", "# Weekly sync with my recruiter"] {
            let note = read(title + body)
            #expect(!note.interviewsACandidate && note.isInterviewNote, "\(title)")
        }
    }

    @Test("a team meeting's minutes that plan interviews with candidates are passed over; a sync with a recruiter about one's own interview is checked")
    func teamMeetingMinutes() {
        let minutes = read("""
            # Data squad stand-up — Tue 17 Nov 2026

            **Present:** Olga Petrenko (lead), Samir Haddou, Tess Whitcombe
            **Time:** 09:15–09:30

            ## Open roles
            - Two final interviews for the analyst post on Thursday at 14:00; Olga hands her business card to both candidates.
            - Candidates who write a thank-you get a short reply from Samir.

            ## Actions
            - [ ] Tess — book room 4 for the interviews
            """)
        #expect(minutes.interviewsACandidate && !minutes.isInterviewNote)
        #expect(ModelText.render(minutes, path: "m.md").contains("team meeting"))
        let own = read("""
            # Recruiter sync — Lumen Freight interview

            Interview: Wed 18 Nov 2026, 11:00 with Rosa Lindqvist (Head of Ops), card with rosa@lumen.example.
            The recruiter said they are seeing two other candidates this week.
            """)
        #expect(own.isInterviewNote && !own.interviewsACandidate)
    }

    @Test("a job-tracker table of many companies is passed over, and dump says why; one interview's note with such a table, or one row written out under its heading, is checked")
    func trackerTable() {
        let table = "| Company | Role | Applied | Stage | Next step |\n|---|---|---|---|---|\n| Brightwater Foods | Analyst | 10/20 | Interviewed 11/9 | call 11/24 |\n| Harlow & Finch | Accountant | 10/22 | 2nd interview 12/3 | prep |\n| Tidepool Games | QA Lead | 10/19 | Rejected 11/23 | — |\n"
        let tracker = read("# Job search — fall 2026\n\n" + table)
        #expect(tracker.tracksApplications == 3 && !tracker.isInterviewNote)
        #expect(ModelText.render(tracker, path: "t.md").contains("job-tracker table of 3 companies"))
        // A numbered tracker whose Stage column holds the interviews' days.
        let staged = read("# Applications — November 2026\n\n| # | Company | Role | Applied | Contact | Stage | Next |\n|---|---|---|---|---|---|---|\n| 1 | Quarry Lane Foods | Buyer | 02/11 | Ellie Shaw | Interview 12/11 10:00 | TY sent 12/11 |\n| 2 | Corby Logistics | Planner | 16/11 | Ana Ruiz | Interview 26/11 14:00 | send TY! |\n")
        #expect(staged.tracksApplications == 2 && !staged.isInterviewNote)
        // One interview's own note that compares other applications in a table is still checked.
        let own = read("# Acme onsite\n\nDate: 2026-11-18 14:00\n\n## Interviewers\n- [x] Priya Nair — priya@acme.example\n\n" + table)
        #expect(own.isInterviewNote && own.tracksApplications == nil)
        // A table of the people met, all of one company, is no tracker.
        let people = read("# Interview 2026-11-18 14:00\n\n| Name | Title | Company |\n|---|---|---|\n| Priya Nair | Manager | Acme |\n| Bo Li | Lead | Acme |\n")
        #expect(people.tracksApplications == nil)
        // A week's log of applications with one of them written out under its own heading is that interview's note.
        let week = read("# Work search — week of 11/16/2026\n\n" + table + "\n## Brightwater Foods — Analyst (interview 11/9/2026, 2:00 PM)\n- Maya Chen, Finance Manager — card ✔ — maya.chen@brightwater.example\n- Asked about timing: decision by 11/20.\n")
        #expect(week.tracksApplications == nil && week.isInterviewNote)
        #expect(week.company?.value == "Brightwater Foods")
        #expect(week.people.map(\.name.value) == ["Maya Chen"])
    }

    @Test("French, Spanish and German months, date and status keys, recaps and replies")
    func otherLanguageWords() {
        #expect(read("# Entretien Vaucluse Énergie\n\nJeudi 5 novembre 2026, 14h00, Avignon\n\n## Interviewers\n- [x] Hélène Lefèvre-Roux — helene@ve.example\n").start?.value == moment("2026-11-05T14:00"))
        #expect(read("# Entrevista — Grupo Solano\n\n**Fecha:** lunes 16/11/2026, 11:00\n\n## Entrevistadores\n- [x] Inés Núñez — ines@solano.example\n").start?.value == moment("2026-11-16T11:00"))
        #expect(TimeframeReader.read("el 16 de noviembre de 2026", interviewDay: nil) == .date(LocalDate(year: 2026, month: 11, day: 16)!))
        let people = "---\ndate: 2026-11-05 14:00\n---\n## Interviewers\n- [x] Anke Schröder — a.schroeder@nordlicht.example\n## Log\n"
        #expect(read(people + "- 2026-11-05 18:30 — thank-you email to Anke\n\nStatut : refusée.\n").status?.value == .rejected)
        let german = read(people + "- 05.11.2026 16:20 — Dankes-E-Mail an Anke Schröder: Rückblick auf das Onboarding-Konzept, Interesse bekräftigt\n- 10.11.2026 10:05 — Anke hat per E-Mail geantwortet\n- 11.11.2026 10:05 — Ich habe Anke per E-Mail geantwortet\n")
        #expect(german.log.map(\.recapsConversation) == [true, false, false])
        #expect(german.log.map(\.isOutgoing) == [true, false, true])
    }

    @Test("in a note in another language, findings that something is missing are infos that say why")
    func otherLanguage() {
        let note = """
            # Vorstellungsgespräch Nordlicht
            Mittwoch, 18.11.2026, 09:30 Uhr
            ## Gesprächspartner
            - [x] Anke Schröder — a.schroeder@nordlicht.example — +49 40 555 01 37
            Ich habe mit ihr über die Architektur gesprochen, und sie hat mir auch von dem Team erzählt. Die Stelle ist bis Ende des Jahres offen, nach dem Gespräch war ich noch eine Stunde mit dem Team zusammen.
            """
        #expect(ProseLanguage.of(Array(note.utf8)) == .german)
        // Through the linter with the note's bytes, as the command runs it: the language is told from them.
        let found = Linter(now: moment("2026-11-26")).lint(path: "n.md", bytes: Array(note.utf8), configuration: Configuration()).diagnostics
        let missing = found.filter { $0.rule == "thank-you-sent" || $0.rule == "resume-left" }
        #expect(!missing.isEmpty)
        #expect(missing.allSatisfy { $0.severity == .info })
        #expect(missing.contains { $0.message.contains("seems to be in German") })
        #expect(ProseLanguage.of(Array("Met with Priya and Tom. They said the team is growing and that the role is new.".utf8)) == nil)
    }

    @Test("a title that ends with the round names an interview; one about preparing for it does not")
    func titleEndsWithRound() {
        #expect(read("# Harlow & Finch — Junior Accountant interview\n\nWent well, I think. Noor asked a lot about month-end close.\n").isInterviewNote)
        #expect(!read("# Harlow & Finch — questions for the interview\n\n- What does month-end close look like?\n").isInterviewNote)
    }
}

