import Testing
@testable import InterviewLint

/// Resume and contact details left, and their timeframe, as notes say them in other words and
/// languages than the canonical format.
@Suite("facts in other words")
struct FactsInOtherWordsTests {
    private let top = "---\ncompany: Acme\ndate: 2026-11-17 10:00\n---\n## Interviewers\n- [x] Ana Silva — Manager\n\n"

    @Test("resume and contact details left, in ticked items and sentences of other languages")
    func leftWithThem() {
        func left(_ body: String) -> [Bool?] {
            let interview = read(top + body)
            return [interview.beforeLeaving.resume?.value, interview.beforeLeaving.contactInformation?.value]
        }
        #expect(left("- [x] CV laissé\n- [x] coordonnées données\n") == [true, true])
        #expect(left("Dejé mi CV impreso y mis datos de contacto.\n") == [true, true])
        #expect(left("Deixei meu currículo e meus contatos.\n") == [true, true])
        #expect(left("- [x] cv achtergelaten\n- [x] contactgegevens gegeven\n") == [true, true])
        #expect(left("- [x] Lebenslauf übergeben\n- [x] Kontaktdaten hinterlassen\n") == [true, true])
        #expect(left("- [X] résumé\n- [X] contact card\n") == [true, true])
        #expect(left("Left my resume and contact sheet with both.\n") == [true, true])
        #expect(left("Lebenslauf und Kontaktdaten bei beiden gelassen.\n") == [true, true])
        #expect(left("Les envié mi CV y mis datos de contacto.\n") == [true, true])
        #expect(left("Lebenslauf nicht dagelassen.\n") == [false, nil])
        // A negation still says no; an unticked item outside the section (a plan) and a
        // question say nothing.
        #expect(left("- [ ] CV laissé\n") == [nil, nil])
        #expect(left("Forgot to leave my CV.\n") == [false, nil])
        #expect(left("Did I leave my CV?\n") == [nil, nil])
        // A section named for what was left: its items need no verb.
        #expect(left("**What I left**\n\n* Resume and references sheet\n") == [true, nil])
    }

    @Test("a timeframe in French, Spanish, Portuguese, German or Dutch, or as the call they will make")
    func timeframes() {
        func decision(_ body: String) -> LocalDate? {
            if case .date(let date) = read(top + body).timeframe?.decision { return date }
            return nil
        }
        let inTwoWeeks = LocalDate(year: 2026, month: 12, day: 1)
        #expect(decision("Délai : réponse d'ici deux semaines.\n") == inTwoWeeks)
        #expect(decision("Ils décideront dans deux semaines.\n") == inTwoWeeks)
        #expect(decision("Plazo: decidirán en dos semanas.\n") == inTwoWeeks)
        #expect(decision("Prazo: eles vão decidir em duas semanas.\n") == inTwoWeeks)
        #expect(decision("## Zeitrahmen\nEntscheidung innerhalb von zwei Wochen.\n") == inTwoWeeks)
        #expect(decision("## Besluit\nZe laten het binnen tien werkdagen weten.\n") == inTwoWeeks)
        #expect(decision("They'll call by Tuesday 12/1.\n") == inTwoWeeks)
        #expect(decision("Frau Vogt sagte, sie melden sich bis zum 1. Dezember.\n") == inTwoWeeks)
        #expect(decision("Ana zei dat ze het me vóór 1 december laten weten.\n") == inTwoWeeks)
        #expect(decision("Ze laten het me vóór 1 december weten.\n") == inTwoWeeks)
        #expect(decision("Lucía dijo que me avisan antes del 1 de diciembre.\n") == inTwoWeeks)
        // A count in another language needs its unit: "dos" alone is no span.
        #expect(decision("## Plazo\nHablamos de dos proyectos.\n") == nil)
        // My own call is no timeframe of theirs.
        #expect(read(top + "I'll call Ana by Friday if I hear nothing.\n").timeframe?.decision != .date(LocalDate(year: 2026, month: 11, day: 20)!))
    }
}

/// Thank-yous written in other languages.
@Suite("an interview cancelled before it took place")
struct CancelledInterviewTests {
    static func note(_ status: String) -> String {
        """
        ---
        company: Greyfield Mutual
        date: 2026-11-23 15:00
        ---
        **Status:** \(status)

        ## Interviewers
        - Jolene Okoro — Analytics Manager
        - Rui Santos — Data Engineer

        ## Log
        - 2026-11-22 16:10 — Email from Jolene Okoro: the role is on hold, so tomorrow is off.
        """
    }

    @Test("no card, details, resume or dates before it are asked of an interview cancelled before its day")
    func cancelledBeforeItsDay() {
        let cancelled = lint(Self.note("cancelled by them the day before"), today: "2026-12-02")
        #expect(read(Self.note("cancelled by them the day before")).cancelledBeforeItTookPlace)
        #expect(!cancelled.contains { ["card-collected", "contact-details", "resume-left", "impossible-date"].contains($0.rule) })
        // Closed after it took place, the details are still asked for.
        let closed = lint(Self.note("closed, role filled"), today: "2026-12-02")
        #expect(closed.contains { $0.rule == "contact-details" })
    }
}

@Suite("thank-yous in other words")
struct ThankYousInOtherWordsTests {
    private let people = "Entrevistadores:\n- [x] Lucía Andrade — jefa de planta — lucia@corvalan.example\n- [x] Marcelo Quiroga (RR. HH.) — marcelo@corvalan.example\n\n"

    @Test("a dated line with a thank-you word of another language is a contact, wherever it stands")
    func datedForeignThankYou() {
        let interview = read("Entrevista Corvalán\n\nFecha: lunes 16 de noviembre de 2026, 11:00\n\n" + people + """
            Seguimiento
            - 16/11/2026 19:00 — correo de agradecimiento a Lucía, repasé el caso de mantenimiento, reiteré mi interés
            - 16/11/2026 19:10 — e-mail de agradecimento para Marcelo
            """)
        #expect(interview.log.map(\.kind) == [.thankYou, .thankYou])
        #expect(interview.log.map(\.interviewers) == [[0], [1]])
        #expect(interview.log.first?.recapsConversation == true)
        #expect(interview.log.first?.reiteratesInterest == true)
    }

    @Test("a German log: its Nachbereitung heading, days as 9.11., and Frau Dr. before the name a log writes as Frau Surname")
    func germanLog() throws {
        let note = read("""
            # Vorstellungsgespräch Hellweg Bau

            **Termin:** Dienstag, 10. November 2026, 14:00 Uhr
            **Gesprächspartner:**
            - Frau Dr. Ilse Brandauer, Leiterin Technik — Visitenkarte: i.brandauer@hellweg.example, +49 231 555 0110

            ## Nachbereitung

            - 10.11., 18:00 — Dankes-E-Mail an Frau Brandauer: die Baustellen-Software zusammengefasst, Interesse an der Stelle bekräftigt.
            - Montag, 23.11., 10:20 — Frau Brandauer angerufen, nur Mailbox.
            """)
        #expect(note.log.count == 2)
        let thanks = try #require(note.log.first)
        #expect(thanks.kind == .thankYou && thanks.interviewers == [0])
        #expect(thanks.date.map { "\($0.value)" } == "2026-11-10 18:00")
        let call = try #require(note.log.last)
        #expect(call.channel?.value == .call && call.interviewers == [0] && call.isOutgoing)
        #expect(call.date.map { "\($0.value)" } == "2026-11-23 10:20")
        #expect(note.people.first?.nameWithoutTitle == "Ilse Brandauer")
        // With its auxiliary the name is the subject: she called.
        let theirs = read("---\ndate: 2026-11-10 14:00\n---\n## Interviewers\n- [x] Ilse Brandauer\n## Nachbereitung\n- 2026-11-24 11:00 — Frau Brandauer hat angerufen, Zusage.\n")
        #expect(theirs.log.first.map { !$0.isOutgoing } == true)
    }

    @Test("recap and interest with their accents: récapitulé, repasé, samengevat; intéressée, interés, reiteré")
    func accentedRecapAndInterest() {
        func read(_ entry: String) -> (Bool, Bool) {
            let interview = InterviewLintTests.read("---\ncompany: Acme\ndate: 2026-11-17 10:00\n---\n## Interviewers\n- [x] Ana Silva — Manager\n\n## Follow-up\n" + entry + "\n")
            return (interview.log.first?.recapsConversation ?? false, interview.log.first?.reiteratesInterest ?? false)
        }
        #expect(read("- 2026-11-17 18:10 — e-mail de remerciement à Ana, récapitulé le cas retail, toujours très intéressée") == (true, true))
        #expect(read("- 2026-11-17 18:10 — bedankmail aan Ana, samengevat het vraagstuk") == (true, false))
        #expect(read("- 2026-11-17 18:10 — correo de agradecimiento a Ana, repasé el caso, reiteré mi interés") == (true, true))
        #expect(read("- 2026-11-17 18:10 — e-mail de agradecimento para Ana") == (false, false))
        // A recap in other words: "teruggeblikt op", "aangehaald", "we had talked through".
        #expect(read("- 2026-11-17 17:10 — bedankmail aan Ana: kort teruggeblikt op de TMS-overgang, interesse herhaald") == (true, true))
        #expect(read("- 2026-11-17 17:25 — bedankmail aan Ana: de ploegenroosters nog even aangehaald") == (true, false))
        #expect(read("- 2026-11-17 16:00 — thank-you email to Ana about the valuation we had talked through") == (true, false))
        #expect(read("- 2026-11-17 20:40 — thank-you email to Ana: recapped the front-desk idea, said I'd be glad to join the team") == (true, true))
        // A sentence that denies it in another language: no recap.
        #expect(read("- 2026-11-17 17:00 — correo de agradecimiento a Ana: le dije que sigo muy interesada. No mencioné nada de lo que hablamos.") == (false, true))
        #expect(read("- 2026-11-17 17:00 — Dankesmail an Ana, sehr interessiert. Ich habe nichts von dem erwähnt, was wir besprochen haben.") == (false, true))
    }

    @Test("handwritten letters in French, one for each interviewer, are a thank-you on paper to each")
    func frenchLetters() {
        let interview = InterviewLintTests.read("""
            ---
            company: Atelier Bellerive
            date: 2026-11-09 10:30
            ---
            ## Interlocuteurs
            - Mme Claire Dumoulin, directrice éditoriale — carte ✔ — claire.dumoulin@bellerive.example
            - M. Yannick Le Goff, responsable de fabrication — carte ✔ — yannick.legoff@bellerive.example

            ## Suivi
            - mardi 10/11, 8h30 — deux lettres de remerciement manuscrites postées (une pour chacun) : j'y reprends la discussion, et je redis mon intérêt pour le poste.
            """)
        #expect(interview.log.map(\.kind) == [.thankYou, .thankYou])
        #expect(interview.log.map(\.interviewers) == [[0], [1]])
        #expect(interview.log.allSatisfy { $0.channel?.value == .paper && $0.recapsConversation && $0.reiteratesInterest })
    }

    @Test("cards written under a thank-yous heading, one to each person named, are a thank-you on paper to each")
    func cardsOneToEach() {
        let interview = InterviewLintTests.read("""
            # Marsh & Tillery Bookbinders — apprentice interview

            **Mon 23 Nov 2026 · 10:00**

            Met:
            - *Enid Marsh* (co-owner) — card ✓
            - *Walt Tillery* (co-owner) — card ✓

            ## Thank-yous
            - Mon 23 Nov, evening — wrote two cards on good paper (it's a bindery), one to Enid (recalled
              the paring demo + said how much I want the apprenticeship), one to Walt (the sewing frame). Posted them Tue.
            """)
        #expect(interview.log.map(\.kind) == [.thankYou, .thankYou])
        #expect(interview.log.map(\.interviewers) == [[0], [1]])
        #expect(interview.log.allSatisfy { $0.channel?.value == .paper && $0.recapsConversation && $0.reiteratesInterest })
    }

    @Test("posting cards under a thank-yous heading is no thank-you of its own")
    func postingCards() {
        let interview = InterviewLintTests.read("""
            ---
            date: 2026-11-23 10:00
            ---
            ## Interviewers
            - Enid Marsh — card ✓
            - Walt Tillery — card ✓

            ## Thank-yous
            - Tue 24 Nov — posted the cards to Enid and Walt
            """)
        #expect(interview.log.allSatisfy { $0.kind != .thankYou })
    }

    @Test("handwritten cards under a French Remerciements heading are thank-yous on paper, with their recap and interest")
    func frenchCardsUnderHeading() {
        let interview = InterviewLintTests.read("""
            ---
            date: 2026-11-10 14:00
            ---
            ## Interlocuteurs
            - Mme Solène Garnier — gérante — carte ✔ — solene@beaulieu.example
            - M. Hugo Vasseur — responsable jeunesse — carte ✔ — hugo@beaulieu.example

            ## Remerciements
            - mardi 10/11, 20h — carte manuscrite à Mme Garnier : rappelé notre échange sur les rencontres d'auteurs, redit que le poste m'intéresse vraiment.
            - mardi 10/11, 20h15 — carte manuscrite à M. Vasseur : rappelé la discussion sur le club BD, redit mon envie de rejoindre l'équipe.
            """)
        #expect(interview.log.map(\.kind) == [.thankYou, .thankYou])
        #expect(interview.log.map(\.interviewers) == [[0], [1]])
        #expect(interview.log.allSatisfy { $0.channel?.value == .paper && $0.recapsConversation && $0.reiteratesInterest })
    }

    @Test("an unread line with a thank-you word of another language makes 'no thank-you yet' an info")
    func foreignMentionIsUnsure() {
        let note = "---\ncompany: Corvalán\ndate: 2026-11-16 11:00\n---\n" + people + "Envié el agradecimiento a Lucía y a Marcelo.\n"
        let found = lint(note, today: "2026-11-20").filter { $0.rule == "thank-you-sent" }
        #expect(!found.isEmpty)
        #expect(found.allSatisfy { $0.severity == .info })
    }
}

/// A timeframe given in their pasted reply.
@Suite("timeframe in a pasted reply")
struct TimeframeInReplyTests {
    @Test("their quoted reply's date is the timeframe, a span counted from the day it was written")
    func replyGivesTheDay() {
        func decision(_ reply: String) -> LocalDate? {
            let interview = read("""
                # Rosewick Labs follow-up thread

                Interview was Wed 18 Nov 2026 at 11:00 with Gaëlle Fontaine (VP Eng). Her email: gaelle@rosewick.example.

                > On Mon, 23 Nov 2026 at 17:45, Gaëlle Fontaine <gaelle@rosewick.example> wrote:
                > > \(reply)
                """)
            if case .date(let date) = interview.timeframe?.decision { return date }
            return nil
        }
        #expect(decision("Thanks for your patience, we will reply by 1 December.") == LocalDate(year: 2026, month: 12, day: 1))
        #expect(decision("We'll decide within a week.") == LocalDate(year: 2026, month: 11, day: 30))
        #expect(decision("Thanks for your note.") == nil)
    }
}

/// Their next step with its time, and a German day's dot.
@Suite("next steps with a time")
struct NextStepTests {
    @Test("'she'll confirm within a week' is their timeframe; '2. Dezember' keeps its dot inside the sentence")
    func confirmWithin() {
        let interview = read("""
            # Helix Pay — phone screen 24.11.2026 15:00

            * with: Marta Ruiz (recruiter, Helix Pay)
            * next: tech round, she'll confirm within a week
            """)
        if case .date(let date) = interview.timeframe?.decision {
            #expect(date == LocalDate(year: 2026, month: 12, day: 1))
        } else {
            Issue.record("no timeframe read")
        }
        #expect(ProseLines.sentences("Entscheidung bis 2. Dezember. Dann Anruf.").count == 2)
        #expect(ProseLines.sentences("Called on the 2. She said yes.").count == 2)
    }
}

/// Notes written in Italian: thank-yous, calls, the timeframe, cards and what was left.
@Suite("Italian notes")
struct ItalianNotesTests {
    static let note = """
        # Colloquio Ferrovia Digitale — Analista Dati

        **Data:** martedì 10/11/2026, ore 14:30
        Luogo: sede di via Roma 12, terzo piano

        ## Intervistatori
        - Luca Moretti — Responsabile Dati — luca.moretti@ferrovia.example — +39 555 0190
        - Giulia Conti — Data Engineer — giulia.conti@ferrovia.example — +39 555 0191

        Ho preso il biglietto da visita di Luca. Ho lasciato il CV a Luca e lui ha i miei recapiti.

        Luca ha detto che mi faranno sapere entro due settimane.

        ## Follow-up
        - 10/11/2026 18:05 — email di ringraziamento a Luca; riepilogo del progetto sui ritardi dei treni; ribadito l'interesse.
        - 10/11/2026 18:20 — email a Giulia per ringraziarla, abbiamo discusso la pipeline Kafka, sono ancora molto interessata.
        - 25/11/2026 10:15 — telefonata a Luca per il follow-up, segreteria.
        - 26/11/2026 09:40 — Luca mi ha richiamato: serve ancora una settimana.
        """

    @Test("'email di ringraziamento' is a thank-you with its recap and interest; 'telefonata' and 'mi ha richiamato' are calls, out and in")
    func log() throws {
        let interview = read(Self.note)
        #expect(interview.start.map { "\($0.value)" } == "2026-11-10 14:30")
        #expect(interview.log.map(\.kind) == [.thankYou, .thankYou, .followUp, .other])
        #expect(interview.log.map(\.interviewers) == [[0], [1], [0], [0]])
        #expect(interview.log.prefix(2).allSatisfy { $0.recapsConversation && $0.reiteratesInterest })
        #expect(interview.log.suffix(2).map { $0.channel?.value } == [.call, .call])
        #expect(interview.log.map(\.isOutgoing) == [true, true, true, false])
        #expect(lint(Self.note, today: "2026-11-27").filter { $0.severity != .info }.isEmpty)
    }

    @Test("the timeframe ('entro due settimane', 'la settimana prossima', 'entro venerdì'), the card and what was left")
    func facts() {
        let interview = read(Self.note)
        #expect(interview.timeframe?.decision == .date(LocalDate(year: 2026, month: 11, day: 24)!))
        #expect(interview.people.map { $0.card?.value } == [true, nil])
        #expect(interview.beforeLeaving.resume?.value == true && interview.beforeLeaving.contactInformation?.value == true)
        func decision(_ body: String) -> LocalDate? {
            let note = "---\ncompany: Acme\ndate: 2026-11-10 10:00\n---\n## Intervistatori\n- [x] Ana Silva — Manager\n\n" + body + "\n"
            if case .date(let date) = read(note).timeframe?.decision { return date }
            return nil
        }
        #expect(decision("Decisione la settimana prossima.") == LocalDate(year: 2026, month: 11, day: 20))
        #expect(decision("## Tempistiche\nAna: decisione entro venerdì.") == LocalDate(year: 2026, month: 11, day: 13))
        #expect(decision("Risposta entro il 27 novembre.") == LocalDate(year: 2026, month: 11, day: 27))
        // The writer's own deadline, and a ticket, say nothing.
        #expect(decision("Devo fargli sapere entro venerdì.") == nil)
        let ticket = read("---\ncompany: Acme\ndate: 2026-11-10 10:00\n---\n## Intervistatori\n- Ana Silva — Manager\n\nHo comprato il biglietto del treno per Ana.\n")
        #expect(ticket.people.first?.card == nil)
    }

    @Test("a thank-you that says nothing of the interview ('niente sul colloquio') is still one; interest said to be left out is none")
    func leftOutInterest() {
        let note = """
            # Colloquio Sartoria Bellini

            **Data:** giovedì 12 novembre 2026, ore 10:00

            ## Persone
            - Elena Ferri, responsabile produzione — elena.ferri@bellini.example
            - Dario Costa, capo reparto — dario.costa@bellini.example

            ## Dopo il colloquio
            - 12/11 ore 18:00 — email di ringraziamento a Elena: «grazie del tempo, sono molto interessato». Niente sul colloquio.
            - 12/11 ore 18:30 — email di ringraziamento a Dario: ho ripreso il discorso sui turni. Mi sono dimenticato di dire che la posizione mi interessa.

            Tempi: «Decidiamo entro venerdì 27 novembre.»
            """
        let interview = read(note)
        #expect(interview.log.map(\.kind) == [.thankYou, .thankYou])
        #expect(interview.log.map(\.recapsConversation) == [false, true])
        #expect(interview.log.map(\.reiteratesInterest) == [true, false])
        #expect(interview.timeframe?.decision == .date(LocalDate(year: 2026, month: 11, day: 27)!))
        // The same in English.
        let english = read("---\ncompany: Acme\ndate: 2026-11-10 10:00\n---\n## Interviewers\n- [x] Ana Silva\n## Follow-up\n- 2026-11-10 18:00 — thank-you email to Ana: recapped the roadmap. Forgot to say I'm still interested.\n")
        #expect(english.log.first?.reiteratesInterest == false)
        // Portuguese: "esqueci de dizer".
        for said in ["Esqueci de dizer que continuo interessada na vaga.", "Pena: esqueci de dizer que tenho interesse."] {
            let other = read("---\ncompany: Acme\ndate: 2026-11-10 10:00\n---\n## Interviewers\n- [x] Ana Silva\n## Follow-up\n- 2026-11-10 18:00 — thank-you email to Ana: recapped the roadmap. \(said)\n")
            #expect(other.log.first?.reiteratesInterest == false, "\(said)")
        }
    }

    @Test("no cards on a video call ('niente biglietti da visita') is no finding; 'Non ho lasciato il CV' says no; day-first dates")
    func videoCallAndNegation() {
        let note = """
            # Colloquio Ortica Labs

            **Data:** lunedì 9/11/2026, ore 10:00 (videochiamata, niente biglietti da visita)

            ## Intervistatori
            - Sara Galli — CTO — sara@ortica.example — +39 555 0110
            - Paolo Neri — Developer — paolo@ortica.example — +39 555 0111

            Non ho lasciato il CV: ce l'hanno già dalla candidatura, che è per il ruolo di sviluppatore.
            """
        let interview = read(note)
        #expect(interview.start.map { "\($0.value)" } == "2026-11-09 10:00")
        #expect(interview.people.map { $0.card?.value } == [false, false])
        #expect(interview.beforeLeaving.resume?.value == false)
        #expect(!lint(note, today: "2026-11-10").contains { $0.rule == "card-collected" })
        // "non" before a hyphen is an English prefix, no negation.
        let english = read("---\ncompany: Acme\ndate: 2026-11-10 10:00\n---\n## Interviewers\n- [x] Ana Silva\n## Follow-up\n- 2026-11-10 18:00 — thank-you email to Ana, recapped the non-technical round\n")
        #expect(english.log.first?.kind == .thankYou && english.log.first?.recapsConversation == true)
    }
}
