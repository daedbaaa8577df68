import Testing
@testable import InterviewLint

/// Readings that once made up a fact the note does not state, each a false finding on an
/// ordinary note. The notes share a canonical core, so only the line under test differs.
@Suite("Readings that must not invent facts")
struct PrecisionTests {
    static func note(people: String = "- [x] Jane Doe — Engineering Manager — jane.doe@acme.example — +1 555 0100",
                     before: String = "", notes: String = "", log: String = "") -> String {
        """
        ---
        company: Acme Robotics
        date: 2026-11-16 10:00
        ---
        # Acme Robotics
        \(before)

        ## Interviewers
        \(people)

        ## Before leaving
        - [x] They have my resume
        - [x] They have my contact information

        ## Timeframe
        Jane said they will decide by December 4th.

        ## Notes
        \(notes)

        ## Follow-up
        - 2026-11-16 17:30 — Email thank-you to Jane Doe. Recap: the offline sync design. Reiterated interest.
        \(log)
        """
    }

    @Test("a line that says no thank-you went ('No thank-you to Tom yet') leaves 'none yet' sure; 'No reply to my thank-you' does not")
    func deniedThanksIsNoDoubt() {
        let people = "- [x] Jane Doe — Engineering Manager — jane.doe@acme.example — +1 555 0100\n- [x] Tom Reyes — Lead — tom@acme.example — +1 555 0101"
        let denied = lint(Self.note(people: people, notes: "No thank-you to Tom yet — too tired after the interview."), today: "2026-11-20")
        #expect(denied.contains { $0.rule == "thank-you-sent" && $0.severity == .error })
        let replied = lint(Self.note(people: people, notes: "No reply from Tom to my thank-you yet."), today: "2026-11-20")
        #expect(replied.contains { $0.rule == "thank-you-sent" && $0.severity == .info })
    }

    @Test("readings that stay narrow: a promise of an offer, draft points under a thank-you heading, another's comment, a name line")
    func narrowReadings() {
        // An offer with a future clause beside it is still an offer; a promised one with its day is a timeframe.
        #expect(StatusReader.said("We're pleased to offer you the role and we'll send the paperwork Monday.", incoming: true, inEntry: true) == .offer)
        #expect(StatusReader.said("We'll make an offer by December 2nd.", incoming: true, inEntry: true) == nil)
        // Talking points of a thank-you still to write are no contacts to warn about.
        let draft = Self.note() + "## Thank-you\n- mention the migration work\n- ask about on-call\n"
        #expect(lint(draft, today: "2026-11-17").allSatisfy { $0.rule != "unreadable-entry" || $0.severity == .info })
        // Another author's comment keeps its author: not read as the writer's own line.
        let line = ProseLines.strip("**Keiko Tanaka** \u{00B7} Nov 11, 2026 6:04 PM", line: 1)
        #expect(line?.text.hasPrefix("**Keiko Tanaka**") == true)
        #expect(ProseLines.strip("**Me** \u{00B7} Nov 11, 2026 6:04 PM", line: 1)?.text == "Nov 11, 2026 6:04 PM")
        #expect(ProseLines.strip("**Me** \u{00B7} Staff Engineer", line: 1)?.text.hasPrefix("**Me**") == true)
        // A count after "recorded" is no day the note was written on; a day is.
        #expect(!ProseFacts.saysWhenWritten(ProseFacts.words("I recorded 3 answers for the panel")))
        #expect(ProseFacts.saysWhenWritten(ProseFacts.words("Voice memo recorded 20 Nov 2026, 4:52 PM")))
        // Cards written before and posted now are no writing of them.
        #expect(!NoteReader.writesCards("Posted the cards I'd written on Friday"))
        #expect(NoteReader.writesCards("Wrote two handwritten cards that evening"))
    }

    @Test("an update that says a message was sent and recapped the talk makes 'no thank-you yet' an info")
    func sentAndRecapped() {
        let note = """
            ---
            date: 2026-11-17 10:00
            ---
            Met **Miriam Okafor**, COO. Card ✔ — miriam@sorrel.example — +1 555 0138.

            - [ ] thank-you email to Miriam tonight!!

            > **Update Fri 20 Nov:** sent it at 9:15 this morning, three days late. Recapped the wastage tracking.
            """
        let found = lint(note, today: "2026-11-23").filter { $0.rule == "thank-you-sent" }
        #expect(found.count == 1 && found.first?.severity == .info)
        // Without the update it is an error.
        let plain = note.components(separatedBy: "> **Update")[0]
        #expect(lint(plain, today: "2026-11-23").filter { $0.rule == "thank-you-sent" }.map(\.severity) == [.error])
    }

    @Test("a bold label of the Interviewers section lists people only when its value reads as names")
    func sectionLabelNamesPeople() {
        let lunch = read(Self.note(before: "**Who I met:** the whole platform team, over lunch"))
        #expect(lunch.people.map(\.name.value) == ["Jane Doe"])
        #expect(lint(Self.note(before: "**Who I met:** the whole platform team, over lunch"), today: "2026-12-02")
            .filter { $0.severity >= .warning }.isEmpty)
        #expect(!DocumentWalker.namesPeople("Lunch with the team"))
        #expect(DocumentWalker.namesPeople("Frau Dr. Weber, Herr Brandt"))
        #expect(DocumentWalker.namesPeople("Sarah and Tom from the data team"))
        #expect(DocumentWalker.namesPeople("Ana (HR), Bruno Costa"))
    }

    @Test("an interviewer written by first name with a title, beside a resume word, is still a person")
    func firstNameWithTitle() {
        let interview = read(Self.note(people: "- [x] Priya — Engineering Manager — has my resume\n- [x] Jane Doe — CTO — jane@acme.example"))
        #expect(interview.people.map(\.name.value) == ["Priya", "Jane Doe"])
    }

    @Test("a key line whose date opens with the time keeps its day")
    func timeBeforeDay() {
        let text = """
            # Acme Robotics

            **Company:** Acme Robotics
            **Date:** 10:00, Mon 16 Nov 2026

            ## Interviewers
            - [x] Jane Doe — Engineering Manager — jane.doe@acme.example
            """
        #expect(read(text).start?.value.description == "2026-11-16 10:00")
    }

    @Test("'Wed 2nd round' counts a round: it dates no entry")
    func ordinalCountsARound() {
        let text = Self.note(log: "- Wed 2nd round invite came in from Jane.")
        #expect(!read(text).log.contains { $0.date?.value.date.description == "2026-12-02" })
        #expect(!lint(text, today: "2026-11-20").contains { $0.rule == "impossible-date" })
    }

    @Test("a line dated the interview's day, in a note with a log, tells what was said in it: no ending")
    func sameDayLineIsNoEnding() {
        let said = read(Self.note(notes: "- 16 Nov: Jane said they rejected most applicants at the take-home stage, so the bar is high."))
        #expect(said.status == nil)
        let later = read(Self.note(notes: "- 26 Nov: Jane emailed — they've gone with an internal candidate."))
        #expect(later.status?.value == .rejected)
    }
}

@Suite("Sections written as callouts, and timeframes in other verbs")
struct CalloutSectionTests {
    @Test("a callout titled as the log holds the log's entries; a thank-you under it is no missing one")
    func thankYouCallout() {
        let text = """
            ---
            date: 2026-11-24 13:00
            company: Harbor Lane
            ---
            > [!people] Who I met
            > - Maren Olsen, design director — card ✅ maren@harborlane.example, 555-0190

            > [!todo] Thank yous
            > - [x] Maren — sent 24 Nov 6:10pm, talked about the wayfinding project
            """
        let interview = read(text)
        #expect(interview.log.count == 1)
        #expect(interview.log.first?.kind == .thankYou)
        #expect(!lint(text, today: "2026-12-02").contains { $0.rule == "thank-you-sent" })
    }

    @Test("'we'll notify all candidates by 4 December' is a decision date")
    func notifyIsADecision() {
        let text = """
            ---
            date: 2026-11-20 09:00
            company: Mosswood
            ---
            ## Interviewers
            - [x] Harriet Okwuosa — Head of Digital — harriet@mosswood.example — 555 0170

            Harriet: "we'll notify all candidates by 4 December".
            """
        #expect(read(text).timeframe?.decision == .date(LocalDate(year: 2026, month: 12, day: 4)!))
    }
}

@Suite("Rounds that build on each other")
struct RoundCarryTests {
    @Test("a resume left in round 2 is still with them in round 3; one never left is asked for")
    func resumeCarries() {
        func note(_ left: String) -> String {
            """
            # Cinder & Finch — Planner

            ## Round 2 — Thu 5 Nov 2026, 11:00
            Desmond Achterberg (planning manager). Card: desmond@cinder.example, +1 555 0191. \(left)
            - Nov 5, 14:30 emailed Desmond thanks, recapped the seasonal buys, said I want the role.

            ## Round 3 — Thu 12 Nov 2026, 10:00
            Final with Desmond.
            - Nov 12, 13:10 emailed Desmond thanks, recapped the allocation tool, still very keen.
            """
        }
        #expect(!lint(note("Left my resume and contact details with him."), today: "2026-11-13").contains { $0.rule == "resume-left" })
        #expect(lint(note(""), today: "2026-11-13").contains { $0.rule == "resume-left" })
    }
}

@Suite("Rejections in other languages")
struct ForeignRejectionTests {
    static func note(_ entry: String) -> String {
        """
        ---
        date: 2026-11-16 10:00
        company: Kranich Logistik
        ---
        ## Interviewers
        - [x] Ansel Brandt — Teamleiter — ansel@kranich.example — +49 555 0101

        ## Follow-up
        - 2026-11-16 17:30 — Email thank-you to Ansel Brandt. Recap: die Tourenplanung. Reiterated interest.
        \(entry)
        """
    }

    @Test("an incoming rejection in German, French or Spanish ends the process", arguments: [
        "- 2026-11-25 — Absage per E-Mail von Ansel",
        "- 2026-11-25 — Ansel a répondu : candidature refusée",
        "- 2026-11-25 — Ansel escribió: me han rechazado",
        "- 2026-11-25 — Ansel escribió: me han descartado",
        "- 25/11 : M. Brandt m'a appelée, ils ne donnent pas suite.",
        "- 25/11 : Ansel a répondu : ils ne retiennent pas ma candidature",
        "- 25/11 : Ansel a écrit, ma candidature n'a pas été retenue",
    ])
    func rejected(_ entry: String) {
        #expect(read(Self.note(entry)).status?.value == .rejected, "\(entry)")
    }

    @Test("'noch keine Absage' is none yet")
    func notYet() {
        #expect(read(Self.note("- 2026-11-25 — Ansel emailed: noch keine Absage, sie melden sich")).status?.value != .rejected)
        // A French refusal not yet given, or given on a condition, is none either.
        #expect(read(Self.note("- 25/11 : Ansel m'a appelée, ils n'ont pas encore donné suite")).status?.value != .rejected)
        #expect(read(Self.note("- 25/11 : Ansel m'a appelée : s'ils ne donnent pas suite, je relance lundi")).status?.value != .rejected)
        #expect(read(Self.note("- 25/11 : mail à Ansel, je donne suite à sa proposition")).status?.value != .rejected)
        // A "pas" of another clause does not make "retenu" a refusal.
        #expect(read(Self.note("- 25/11 : Ansel a écrit : ils ont retenu mon profil pour la suite, je n'en reviens pas !")).status?.value != .rejected)
    }
}

@Suite("Log tables and recaps, read no further than they say")
struct LogCellTests {
    static let note = """
        ---
        date: 2026-11-16 10:00
        company: Acme Robotics
        ---
        ## Interviewers
        - [x] Jane Doe — Engineering Manager — jane.doe@acme.example — +1 555 0100
        - [x] Bob Smith — Staff Engineer — bob.smith@acme.example — +1 555 0101

        ## Follow-up

        | Date | Channel | With | Notes | Recap | Interest |
        |------|---------|------|-------|-------|----------|
        | 2026-11-16 17:30 | email | Jane Doe | thank-you | offline sync design | INTEREST |
        | 2026-11-16 17:45 | email | Bob Smith | thank-you | ditto | ditto |
        """

    @Test("'ditto' in an Interest column repeats the row above, whether that says yes or no", arguments: ["yes", "no"])
    func dittoInterest(_ above: String) {
        let text = Self.note.replacingOccurrences(of: "INTEREST", with: above)
        let missing = lint(text, today: "2026-12-02").filter { $0.rule == "thank-you-interest" }
        #expect(missing.count == (above == "yes" ? 0 : 2), "\(missing.map(\.message))")
        #expect(!lint(text, today: "2026-12-02").contains { $0.rule == "thank-you-recap" })
    }

    @Test("liking the meeting itself is no recap: 'I really enjoyed the whole afternoon'")
    func likedMeetingIsNoRecap() {
        func tokens(_ text: String) -> [Token] { Tokenizer.tokens(text) }
        #expect(!LogEntryReader.namesLikedTopic(tokens("thanks for your time, I really enjoyed the whole afternoon")))
        #expect(!LogEntryReader.namesLikedTopic(tokens("I enjoyed the discussion")))
        #expect(LogEntryReader.namesLikedTopic(tokens("I enjoyed the whole roadmap exercise")))
        #expect(LogEntryReader.namesLikedTopic(tokens("how much I liked the store-visit idea")))
    }
}

@Suite("Thank-yous and calls in more words")
struct MoreWordsTests {
    @Test("'said I still wanted the job' reiterates interest")
    func stillWanted() {
        #expect(LogEntryReader.saysInterest("I brought up the pathfinding bug, and said I still wanted the job."))
        #expect(!LogEntryReader.saysInterest("Forgot to say I still wanted the job."))
    }

    @Test("a Portuguese call before the thank-you is a call, and 'não tinha mandado o thank-you' is no thank-you")
    func portugueseCall() {
        let text = """
            # Wickhollow Biotech

            Entrevista dia 25/11/2026 às 10h com a Dra. Beatriz Camargo (LIMS lead).
            Got her card — beatriz.camargo@wickhollow.example, +1 555 0137.

            - 25/11 15:00 liguei pra Beatriz to ask if there was any news (ainda não tinha mandado o thank-you)
            - 26/11 09:10 email de agradecimento pra Beatriz, recap dos barcodes, still very interested
            """
        let log = read(text).log
        #expect(log.first?.channel?.value == .call)
        #expect(log.first?.kind == .followUp)
        #expect(lint(text, today: "2026-12-02").contains { $0.rule == "follow-up-after-thank-you" })
        #expect(!lint(text, today: "2026-12-02").contains { $0.rule == "thank-you-recap" })
    }
}
