import Testing
@testable import InterviewLint

/// Finding the interview, its day and time, its status and their timeframe as notes write them
/// in other words and languages.
@Suite("interview facts in the wild")
struct InterviewFactsInTheWildTests {
    private func day(_ year: Int, _ month: Int, _ day: Int) -> Timeframe.Decision {
        .date(LocalDate(year: year, month: month, day: day)!)
    }

    @Test("a plain `date` and a list of attendees make no interview note without a word of one")
    func meetingNotesAreNoInterview() {
        let text = """
            ---
            date: 2026-11-18 10:00
            ---
            # Sprint review

            Attendees: Rowan, Ilse, Marek

            - Walk through the burndown
            - Marek to book the room
            """
        #expect(!read(text).isInterviewNote)
        let interview = read("""
            ---
            date: 2026-11-18 10:00
            ---
            # Onsite interview at Corrigan Labs

            Met with Rowan Achterberg (engineering manager).
            """)
        #expect(interview.isInterviewNote)
        #expect(interview.start?.value.description == "2026-11-18 10:00")
        // A word of hiring is not enough when a day is all the note has of an interview.
        #expect(!read("""
            ---
            date: 2026-11-18
            ---
            # 1:1 with Priya

            - went over the hiring plan for Q1
            - Priya to share the budget
            """).isInterviewNote)
        #expect(read("""
            ---
            date: 2026-11-18
            ---
            # Wednesday

            - Phone screen at 11am, went fine.
            """).isInterviewNote)
    }

    @Test("'the interview was last Tuesday at 2pm' counts back from the day the note says it was written")
    func lastWeekdayFromTheDayWritten() {
        let note = """
            # Interview at Quillfeather Press

            Writing this on Tuesday, December 1, 2026, from memory. The interview was last Tuesday at 2pm, with
            Imogen Hale (Managing Editor), at their office. She gave me her card.

            That evening I emailed Imogen a thank-you, recapping our talk about the spring list and saying I'm keen.
            """
        let interview = read(note)
        #expect(interview.start?.value == moment("2026-11-24T14:00"))
        #expect(interview.log.first?.date?.value.date == LocalDate(year: 2026, month: 11, day: 24))
        // On its own line above, the day written counts the same; with no day written, "last Tuesday" and its date is that date.
        let above = read(note.replacingOccurrences(of: "from memory. The interview", with: "from memory.\n\nThe interview"))
        #expect(above.start?.value == moment("2026-11-24T14:00"))
        let dated = read(note.replacingOccurrences(of: "Writing this on Tuesday, December 1, 2026, from memory. ", with: "")
            .replacingOccurrences(of: "last Tuesday at 2pm", with: "last Tuesday, November 17, 2026, at 2pm"))
        #expect(dated.start?.value == moment("2026-11-17T14:00"))
        // "Writing" of something else ("a writing sample") says nothing of the day the note was written.
        let sample = read(note.replacingOccurrences(of: "Writing this on Tuesday, December 1, 2026, from memory. ",
                                                    with: "My writing sample is due Friday, December 4, 2026. "))
        #expect(sample.start?.value != moment("2026-12-01T14:00"))
    }

    @Test("a German journal page: 'Vorstellungsgespräch bei … um 14 Uhr' under a dated heading")
    func germanJournal() {
        let note = read("""
            # Tagebuch

            ## Dienstag, 17.11.2026

            Vorstellungsgespräch bei Auerbach Medien um 14 Uhr mit **Greta Lindner** (Teamleiterin).
            """)
        #expect(note.isInterviewNote)
        #expect(note.start?.value.description == "2026-11-17 14:00")
    }

    @Test("a time written before the day: 'at 3pm on Monday 11/16/2026', 'à 14h', 'um 9 Uhr'")
    func timeBeforeTheDay() {
        let english = read("""
            # Tarnwell interview

            I interviewed at 3pm on Monday 11/16/2026 with Odile Brandt (head of data).
            """)
        #expect(english.start?.value.description == "2026-11-16 15:00")
        let comma = read("""
            # Tarnwell interview

            Interview at 10:30, on 11/17/2026, with Odile Brandt.
            """)
        #expect(comma.start?.value.description == "2026-11-17 10:30")
        let french = read("""
            ---
            entreprise: Maison Clavel
            ---
            # Maison Clavel

            Entretien le 18/11/2026 à 14h avec **Inès Garnier** (responsable).
            """)
        #expect(french.start?.value.description == "2026-11-18 14:00")
        func line(_ text: String) -> String? {
            read("---\ncompany: Maison Clavel\n---\n# Maison Clavel\n\n\(text)\n").start?.value.description
        }
        #expect(line("Sollicitatiegesprek op 16-11-2026 om 10.00 uur.") == "2026-11-16 10:00")
        #expect(line("Vorstellungsgespräch am 16.11.2026 um 15.30 Uhr.") == "2026-11-16 15:30")
        #expect(line("Interview at 10:00 CET on 11/16/2026.") == "2026-11-16 10:00")

        // A time further back in the sentence is not the interview's.
        let earlier = read("""
            # Tarnwell interview

            Up at 7am; the interview was on 11/16/2026 with Odile Brandt.
            """)
        #expect(earlier.start?.value.date.description == "2026-11-16")
        #expect(earlier.start?.value.description != "2026-11-16 07:00")
    }

    @Test("status words in other languages and 'on hold'")
    func statusWords() {
        #expect(StatusReader.read("abgesagt") == .rejected)
        #expect(StatusReader.read("Bewerbung zurückgezogen") == .withdrawn)
        #expect(StatusReader.read("candidature retirée") == .withdrawn)
        #expect(StatusReader.read("on hold") == .waiting)
        #expect(StatusReader.read("paused (budget)") == .waiting)
        #expect(StatusReader.read("descartado") == .rejected)
        #expect(StatusReader.said("Offer declined: I took the other role.", incoming: false, inEntry: true) == .withdrawn)
        // Their declining to say is no offer turned down.
        #expect(StatusReader.said("They declined to say when the offer would come.", incoming: true, inEntry: true) == nil)
        // An ending still wins over a pause: "cancelled, the role is on hold".
        #expect(StatusReader.read("cancelled, role on hold") == .closed)
        let text = """
            ---
            firma: Weidner Bau
            datum: 2026-11-05 09:00
            status: abgesagt
            ---
            ## Gesprächspartner
            - Jonas Reiter — Abteilungsleiter
            """
        #expect(read(text).currentStatus == .rejected)
        let errors = lint(text, today: "2026-12-02").filter { $0.rule == "thank-you-sent" || $0.rule == "timeframe-asked" }
        #expect(errors.isEmpty)
    }

    @Test("timeframes in prose: 'get back within a week', 'circle back after Thanksgiving', other languages")
    func timeframesInProse() {
        func note(_ sentence: String) -> Interview {
            read("""
                ---
                company: Pellworth
                date: 2026-11-16 10:00
                ---
                ## Interviewers
                - Ansel Moritz — Director

                \(sentence)
                """)
        }
        #expect(note("Ansel said they'll get back within a week.").timeframe?.decision == day(2026, 11, 23))
        // After the holiday, not by it: the Monday after Thanksgiving (26 November 2026).
        #expect(note("They'll circle back after Thanksgiving.").timeframe?.decision == day(2026, 11, 30))
        #expect(note("They said they would decide before Thanksgiving.").timeframe?.decision == day(2026, 11, 25))
        #expect(note("Entscheidung nach Weihnachten.").timeframe?.decision == day(2026, 12, 28))
        #expect(note("Dijo que me responderán en dos semanas.").timeframe?.decision == day(2026, 11, 30))
        #expect(note("Ela disse que respondem em uma semana.").timeframe?.decision == day(2026, 11, 23))
        #expect(note("Il a dit qu'ils décideront d'ici vendredi.").timeframe?.decision == day(2026, 11, 20))
        #expect(note("Réponse d'ici vendredi.").timeframe?.decision == day(2026, 11, 20))
        #expect(note("Ansel said we'd hear in a fortnight.").timeframe?.decision == day(2026, 11, 30))
        #expect(note("We should hear something the week after next.").timeframe?.decision == day(2026, 12, 4))
        #expect(note("Antwort bis Freitag.").timeframe?.decision == day(2026, 11, 20))
        #expect(note("Respuesta antes del viernes.").timeframe?.decision == day(2026, 11, 20))
        // Getting back home is no answer of theirs.
        #expect(note("When I got back home I wrote it all down.").timeframe == nil)
    }

    @Test("a note that opens with 'Interview with …' or 'Entretien chez …' but gives no day is told what is missing")
    func interviewLineWithoutDay() {
        for line in ["Interview with Claire Morel at Lumiere Consulting. She kept my CV.",
                     "Entretien chez Lumière Conseil avec Claire Morel. Elle a gardé mon CV.",
                     "Vorstellungsgespräch bei Falkner Software mit Uwe Kraus. Lebenslauf dagelassen."] {
            let note = read("# Notes\n\n\(line)\n")
            #expect(note.isInterviewNote, "\(line)")
            #expect(note.problems.contains { $0.message.hasPrefix("the note has no interview date") }, "\(line)")
            #expect(note.beforeLeaving.resume?.value == true, "\(line)")
        }
        // A reading list or a recipe that uses the word is none.
        #expect(!read("# Reading list\n\n- Interview chapter of The Manager's Path\n- Cracking the Coding Interview\n").isInterviewNote)
        #expect(!read("# Lentil soup\n\nInterview your guests about allergies first.\n\n- 200 g lentils\n").isInterviewNote)
    }

    @Test("'## Wednesday' under '# Week of 16 Nov 2026' is the Wednesday of that week")
    func weekdayUnderWeekHeading() {
        let note = read("""
            # Week of 16 Nov 2026

            ## Monday
            Prepared the portfolio.

            ## Wednesday
            Interview at Solvang Health at 2pm with Amara Okafor (director).
            """)
        #expect(note.start?.value.description == "2026-11-18 14:00")
    }
}
