import Foundation
import Testing
@testable import InterviewLint

/// Deadlines said "at the latest", a status said inside a sentence, a rejection told without a
/// name, interest said in other languages, and appointment lines that name the interview.
@Suite("Deadlines, statuses in sentences, appointments and interest in other languages")
struct DeadlinesStatusAndAppointmentsTests {
    static func note(_ body: String, log: String = "- 2026-11-24 18:00 — Email thank-you to Joris Bakker. Recap: the React migration. Reiterated interest.") -> String {
        """
        ---
        company: Grachtsoft
        date: 2026-11-24 13:00
        ---
        # Grachtsoft — frontend developer

        ## Interviewers
        - [x] Joris Bakker — CTO — joris@grachtsoft.example — +31 20 555 0100

        \(body)

        ## Follow-up
        \(log)
        """
    }

    @Test("a deadline at the latest in a sentence about their answer is the timeframe, in five languages")
    func atTheLatest() {
        let friday = LocalDate(year: 2026, month: 11, day: 27)
        #expect(read(Self.note("Ze laten uiterlijk vrijdag iets weten.")).timeframe?.decisionDate == friday)
        #expect(read(Self.note("Sie werden sich spätestens Freitag melden.")).timeframe?.decisionDate == friday)
        #expect(read(Self.note("Ik hoor uiterlijk vrijdag van ze.")).timeframe?.decisionDate == friday)
        #expect(read(Self.note("Ils me donneront leur réponse au plus tard vendredi.")).timeframe?.decisionDate == friday)
        #expect(read(Self.note("Me darán una respuesta a más tardar el viernes.")).timeframe?.decisionDate == friday)
        #expect(read(Self.note("Joris said if they go with someone more senior he'd tell me by Friday.")).timeframe?.decisionDate == friday)
        #expect(read(Self.note("Joris said if they go with someone more senior he'd tell me by Friday.")).status == nil)
        // A deadline of the writer's own, with no word of their answer, is none.
        #expect(read(Self.note("I said I'd send the portfolio by Friday at the latest.")).timeframe == nil)
    }

    @Test("the writer's own deadline ('I need to let them know by Friday') is no timeframe; theirs, or one the writer hears, is")
    func writersOwnDeadline() {
        let friday = LocalDate(year: 2026, month: 11, day: 27)
        #expect(read(Self.note("They offered a second round; I need to let them know by Friday at the latest.")).timeframe == nil)
        #expect(read(Self.note("I have to decide by Friday whether to take the other offer.")).timeframe == nil)
        #expect(read(Self.note("I'll get back to them by Friday with my references.")).timeframe == nil)
        #expect(lint(Self.note("I need to let them know by Friday at the latest."), today: "2026-11-25").contains { $0.rule == "timeframe-asked" })
        // Their deadline, and one the writer receives, stay.
        #expect(read(Self.note("Joris said they'll decide by Friday.")).timeframe?.decisionDate == friday)
        #expect(read(Self.note("I should hear back by Friday.")).timeframe?.decisionDate == friday)
        #expect(read(Self.note("I'll know by Friday, Joris said.")).timeframe?.decisionDate == friday)
        #expect(read(Self.note("I asked when they'd decide: by Friday.")).timeframe?.decisionDate == friday)
        #expect(read(Self.note("I was told they will let me know by Friday at the latest.")).timeframe?.decisionDate == friday)
        // Only words of need or intent may stand between "I" and the writer's own deadline.
        #expect(read(Self.note("I think the team will decide by Friday.")).timeframe?.decisionDate == friday)
        #expect(read(Self.note("I guess Joris will decide by Friday.")).timeframe?.decisionDate == friday)
    }

    @Test("a status said inside a sentence ends the wait; a hedge or a question does not")
    func statusInASentence() {
        #expect(read(Self.note("Gesprek ging redelijk. Status: afgewezen. Jammer.")).status?.value == .rejected)
        #expect(read(Self.note("Panel went fine. Status — rejected, sadly.")).status?.value == .rejected)
        #expect(read(Self.note("Gespräch war nett. Status: abgesagt, leider.")).status?.value == .rejected)
        #expect(read(Self.note("Recruiter called. Status - on hold for now.")).status?.value == .waiting)
        #expect(read(Self.note("Not sure if the status is rejected yet.")).status == nil)
        #expect(read(Self.note("What is the status? Rejected?")).status == nil)
        #expect(!lint(Self.note("Panel went fine. Status — rejected, sadly."), today: "2026-12-10").contains { $0.rule == "follow-up-due" })
    }

    @Test("a rejection told without a name is this interview's when it is plainly about them, in the past")
    func rejectionWithoutAName() {
        let journal = """
        # Interview — Marrow & Pike (Paralegal)

        Interview on Tue 10 Nov 2026, 2pm with Ruth Abel (Senior Partner). Card ✓.

        Sent Ruth a thank-you email that evening, recapped the case files chat, said I'm still keen.

        Heard on the 24th — they went with someone more senior. Oh well.
        """
        #expect(read(journal).status?.value == .rejected)
        // A condition, or another firm named, says nothing of this one.
        #expect(read(journal.replacingOccurrences(of: "they went with someone more senior", with: "if they go with someone more senior I'll ask why")).status == nil)
        #expect(read(journal.replacingOccurrences(of: "they went with someone more senior", with: "Brightline went with someone more senior")).status == nil)
    }

    @Test("interest said in German, French, Dutch and Spanish thank-yous")
    func interestInOtherLanguages() {
        for said in ["dass ich die Stelle sehr gerne hätte", "es würde mich sehr freuen, im Team zu arbeiten",
                     "j'aimerais beaucoup rejoindre l'équipe", "ik zou graag bij jullie werken", "me encantaría unirme al equipo"] {
            #expect(LogEntryReader.saysInterest("Thank-you email to Jan, \(said)."), "\(said)")
        }
        #expect(!LogEntryReader.saysInterest("Thank-you email to Jan, recapped the Kafka talk."))
    }

    @Test("an appointment word with a day and a person met names the interview; a meeting's does not")
    func appointments() {
        let termin = read("""
        # Bewerbung Hafenwerk Logistik

        Termin am 16.11.2026 um 14 Uhr, Gespräch mit Uwe Kraus (Teamleiter IT).

        Lebenslauf übergeben.
        """)
        #expect(termin.start?.value == moment("2026-11-16T14:00"))
        #expect(termin.company?.value == "Hafenwerk Logistik")
        #expect(termin.isInterviewNote)
        let rendezVous = read("""
        # Candidature Lumière Conseil

        Rendez-vous le 25/11/2026 à 10h avec Hélène Dubois (directrice financière). CV laissé.
        """)
        #expect(rendezVous.start?.value == moment("2026-11-25T10:00"))
        let meeting = read("""
        # Weekly sync — platform team

        Termin am 30.11.2026 um 10 Uhr, Raum 3.
        """)
        #expect(!meeting.isInterviewNote)
        // With a person but no word of a job (a doctor's appointment), no interview note either.
        let doctor = read("""
        # Arzt

        Termin am 30.11.2026 um 10 Uhr mit Dr. Weber.
        """)
        #expect(!doctor.isInterviewNote)
    }

    @Test("an unknown Status line alone makes no interview note of a recipe")
    func unknownStatusAlone() {
        let recipe = read("""
        # Apple cake

        Bake at 180°C for 45 minutes.
        Status: tested on 12.11., a hit.
        """)
        #expect(!recipe.isInterviewNote)
        #expect(!recipe.problems.contains { $0.kind == .frontMatter })
    }

    @Test("first thing Monday is that day, with no time made up")
    func firstThing() {
        let said = read(Self.note("Joris said they'd let me know first thing Monday."))
        #expect(said.timeframe?.decisionDate == LocalDate(year: 2026, month: 11, day: 30))
        let journal = read("""
        # Job hunt journal — Ostrava Freight

        ### Thursday, November 26, 2026

        Interview at Ostrava Freight at 10:00 with Karel Novak (Ops Manager). Got his card.

        ### Friday, November 27, 2026

        Emailed Karel first thing to say thanks, recapped the routing talk.
        """)
        let thanks = journal.log.first { $0.kind == .thankYou }
        #expect(thanks?.date?.value.date == LocalDate(year: 2026, month: 11, day: 27))
        #expect(thanks?.hasTime == false)
    }

    @Test("a time-only key is joined to the day of another key (moved to StartTime, same reading)")
    func timeOnlyKey() {
        let note = read("---\ncompany: Acme\ndate: 2026-11-16\ntime: 2:30pm\n---\n# Acme interview\n")
        #expect(note.start?.value == moment("2026-11-16T14:30"))
        #expect(note.startHasTime)
        let bad = read("---\ncompany: Acme\ndate: 2026-11-16\ntime: after lunch\n---\n# Acme interview\n")
        #expect(bad.problems.contains { $0.message.hasPrefix("interview time 'after lunch'") })
    }
}
