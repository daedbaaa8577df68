import Testing
@testable import InterviewLint

/// People, cards and whom a contact went to, as notes write them in other words and languages
/// than the canonical format.
@Suite("people in other words")
struct PeopleInOtherWordsTests {
    private func errorsAndWarnings(_ note: String, today: String = "2026-12-02") -> [Diagnostic] {
        lint(note, today: today).filter { $0.severity == .error || $0.severity == .warning }
    }

    @Test("a message sent 'via' someone goes to the people it names, not to the one it went through")
    func viaSomeone() {
        let panel = read("""
            ---
            company: Halvard Library
            date: 2026-11-05 09:00
            ---
            ## Panel
            - [x] Beatrix Holm — Director
            - [x] Oskar Lindgren — IT Manager
            - [x] Hana Kobayashi — HR

            ## Follow-up
            - 2026-11-05 17:00 — one thank-you email to the whole panel via Hana, recapped the maker-space plan, reiterated interest
            """)
        #expect(panel.log.first?.interviewers == [0, 1, 2])
        func halloran(_ entry: String) -> Interview {
            read("""
                ---
                company: Halloran Devices
                date: 2026-11-17 09:00
                ---
                ## Interviewers
                - [x] Pilar Escobedo — Firmware Manager
                - [ ] Kenji Watanabe — HW Lead

                ## Follow-up
                - 2026-11-18 07:55 — \(entry)
                """)
        }
        #expect(halloran("thank-you email to Kenji via Pilar's address").log.first?.interviewers == [1])
        // The one named alone is still the recipient.
        #expect(halloran("thank-you email via Pilar").log.first?.interviewers == [0])
    }

    @Test("a form of address before a surname ('Frau Vogelsang', 'Herrn Eberle') is the interviewer")
    func formOfAddress() {
        let note = """
            ---
            company: Falkenstein Optik
            date: 2026-11-11 10:00
            ---
            ## Gesprächspartner
            - [x] Dr. Katrin Vogelsang — Leiterin Entwicklung — k.vogelsang@falkenstein.example
            - [x] Matthias Eberle — Abteilungsleiter — m.eberle@falkenstein.example

            ## Nachfassen
            - 11.11.2026 17:30 — Dankes-E-Mail an Frau Vogelsang, Rückblick auf die Toleranzanalyse, Interesse bekräftigt
            - 11.11.2026 17:45 — Dankes-E-Mail an Herrn Eberle, Rückblick auf die Getriebe, Interesse bekräftigt
            - 26.11.2026 10:15 — Anruf bei Matthias Eberle, er meldet sich Anfang Dezember
            """
        let interview = read(note)
        #expect(interview.log.map(\.interviewers) == [[0], [1], [1]])
        let found = errorsAndWarnings(note)
        #expect(!found.contains { $0.rule == "unknown-person" })
        #expect(!found.contains { $0.rule == "follow-up-after-thank-you" })
        // A first name that is also a form of address stays a name.
        let don = read("""
            ---
            company: Acme
            date: 2026-11-11 10:00
            ---
            ## Interviewers
            - [x] Don Porter — CTO
            - [x] Ana Porter — CEO

            ## Follow-up
            - 2026-11-11 17:30 — thank-you email to Don Porter
            """)
        #expect(don.log.first?.interviewers == [0])
    }

    @Test("one person written with and without their title is one person")
    func titleOnceOnly() {
        let interview = read("""
            #+TITLE: Ventrali Bio — Lab Automation Engineer

            * Interview <2026-11-05 Thu 14:00>
              :PROPERTIES:
              :WITH: Dr. Ines Kowalczyk, Rahul Menon
              :END:
            ** People
            - [X] Dr. Ines Kowalczyk — Head of Automation — ines.k@ventrali.example
            - [ ] Rahul Menon — Robotics Engineer
            """)
        #expect(interview.people.map(\.name.value) == ["Dr. Ines Kowalczyk", "Rahul Menon"])
        #expect(interview.people.first?.email?.value == "ines.k@ventrali.example")
    }

    @Test("a people note's slug, alias or title in brackets names the person in a list")
    func slugsAndAliases() {
        let interview = read("""
            ---
            company: Lumenfold
            date: 2026-11-19 16:00
            ---
            # Lumenfold interview

            ## Attendees
            - [[anneliese-brandt]] (Head of Design)
            - [[marco-ferri|Marco]] (Design Systems Lead)
            - [[Jane Doe]] (CTO)
            - me
            """)
        #expect(interview.people.map(\.name.value) == ["Anneliese Brandt", "Marco Ferri", "Jane Doe"])
        #expect(interview.people.map { $0.title?.value } == ["Head of Design", "Design Systems Lead", "CTO"])
    }

    @Test("a card's parts joined by ' · ' are fields, as a dash joins them")
    func middleDots() {
        let interview = read("""
            ---
            company: Thornbury Hotels
            date: 2026-11-18 11:15
            ---
            ## Who I met
            - Bronagh Kealy · Revenue Director · bronagh@thornbury.example · 🪪 ✅
            - Tariq Haddad · Finance BP · tariq.haddad@thornbury.example · 🪪 ❌
            """)
        #expect(interview.people.map(\.name.value) == ["Bronagh Kealy", "Tariq Haddad"])
        #expect(interview.people.map { $0.card?.value } == [true, false])
        #expect(interview.people.map { $0.email?.value } == ["bronagh@thornbury.example", "tariq.haddad@thornbury.example"])
    }

    @Test("a card said in German, French, Spanish, Portuguese or Dutch, and its absence")
    func cardsInOtherLanguages() {
        func cards(_ items: String) -> [Bool?] {
            read("---\ncompany: Acme\ndate: 2026-11-18 10:00\n---\n## Interviewers\n" + items).people.map { $0.card?.value }
        }
        #expect(cards("- Katrin Vogel — Leiterin — Karte ✔\n- Ole Peters — Teamleiter — keine Karte\n") == [true, false])
        #expect(cards("- Amélie Dufresne (associée) — carte ✔\n- Youssef Benali (manager) — pas de carte\n") == [true, false])
        #expect(cards("- Lucía Andrade (jefa) — tarjeta ✔\n- Marcelo Quiroga — sin tarjeta\n") == [true, false])
        #expect(cards("- Beatriz Cabral (diretora) — cartão ✔\n- Rodrigo Nunes — sem cartão\n") == [true, false])
        #expect(cards("- Maaike de Wit (teamleider) — kaartje ✔\n- Joost van Dijk (HR) — geen kaartje\n") == [true, false])
        // A German table: its column names and answers.
        let table = read("""
            ---
            company: Brandauer
            date: 2026-11-10 09:30
            ---
            ## Gesprächspartner
            | Name | Funktion | E-Mail | Telefon | Visitenkarte |
            |------|----------|--------|---------|--------------|
            | Matthias Eberle | Abteilungsleiter | m.eberle@brandauer.example | +49 89 5555 0120 | ja |
            | Sabine Krüger | Personalreferentin | s.krueger@brandauer.example | | nein |
            """)
        #expect(table.people.map { $0.card?.value } == [true, false])
        #expect(table.people.map { $0.title?.value } == ["Abteilungsleiter", "Personalreferentin"])
        #expect(table.people.first?.phone?.value == "+49 89 5555 0120")
    }
}

/// Status words and where the process ended, as notes write them.
@Suite("status in other words")
struct StatusInOtherWordsTests {
    @Test("a status of a process under way or ended, in Spanish, French, German, Portuguese and Dutch")
    func statusWords() {
        #expect(StatusReader.read("en proceso") == .waiting)
        #expect(StatusReader.read("en attente") == .waiting)
        #expect(StatusReader.read("offen") == .waiting)
        #expect(StatusReader.read("aguardando") == .waiting)
        #expect(StatusReader.read("in afwachting") == .waiting)
        #expect(StatusReader.read("recusada") == .rejected)
        #expect(StatusReader.read("afgewezen") == .rejected)
        #expect(StatusReader.read("proposta recebida") == .offer)
    }

    @Test("thanks written after their offer answer it, also when the status comes from the front matter")
    func thanksAfterOffer() {
        let interview = read("""
            ---
            company: Penhallow Systems
            interview: 2026-11-03 13:00
            status: offer
            ---
            ## Interviewers
            - [x] Imani Brooks — Director of Data
            - [x] Declan Ryan — Staff Engineer

            ## Follow-up
            - 2026-11-03 18:00 — thank-you emails to Imani and Declan, one each, recapped the migration, reiterated interest
            - 2026-11-10 — Imani called with a verbal offer
            - 2026-11-17 — signed the offer letter, emailed Imani to thank her
            """)
        #expect(interview.log.map(\.kind) == [.thankYou, .thankYou, .other, .other])
    }

    @Test("a key line of people as aliased wikilinks, each with a title in brackets, names each of them")
    func aliasedWikilinksOnAKeyLine() {
        let interview = read("""
            ---
            company: Ashcombe Robotics
            date: 2026-11-23 14:00
            ---
            # Onsite

            - With: [[Zainab Qureshi|people.zainab-qureshi]] (Controls Lead), [[Ewan McLeod|people.ewan-mcleod]] (Engineering Manager)
            """)
        #expect(interview.people.map(\.name.value) == ["Zainab Qureshi", "Ewan McLeod"])
        #expect(interview.people.map { $0.title?.value } == ["Controls Lead", "Engineering Manager"])
    }
}

/// Quick notes' shorthand and titles that are days.
@Suite("shorthand and day titles")
struct ShorthandTests {
    @Test("'w/' before the people met, and a number right before a person's address is theirs")
    func withSlash() {
        let interview = read("""
            brightlane dental - office manager

            - 11/20 10am interview w/ Dr. Sheila Moreno + Tanya Ruiz (practice admin)
            - got Dr Moreno's card, 555-0182, smoreno@brightlane.example. Tanya no card
            """, options: { var options = ReaderOptions(); options.today = LocalDate(year: 2026, month: 12, day: 2); return options }())
        #expect(interview.people.map(\.name.value) == ["Sheila Moreno", "Tanya Ruiz"])
        #expect(interview.people.map { $0.card?.value } == [true, false])
        #expect(interview.people.first?.phone?.value == "555-0182")
        #expect(interview.people.first?.email?.value == "smoreno@brightlane.example")
    }

    @Test("a title that is a day names no company; the interview word of another language is no part of one")
    func dayTitles() {
        #expect(ProseFacts.companyFromTitle("Tue, November 24th, 2026") == nil)
        #expect(ProseFacts.companyFromTitle("Sollicitatiegesprek Veenstra Logistiek") == "Veenstra Logistiek")
        #expect(ProseFacts.isOrdinalDay("24th") && ProseFacts.isOrdinalDay("1st") && !ProseFacts.isOrdinalDay("4th-floor"))
    }
}

/// The lead's probes: an offer said in one word, a number before the address's label.
@Suite("offer in a word, number before the label")
struct OfferInAWordTests {
    @Test("'Priya called — offer!' is their offer; 'still waiting on offer' is none")
    func offerInAWord() {
        #expect(StatusReader.said("Priya called — offer!", incoming: true, inEntry: true) == .offer)
        #expect(StatusReader.said("Priya called, still waiting on offer", incoming: true, inEntry: true) != .offer)
    }

    @Test("'Phone 555-0110, email helen.park@…': the number before the address's label is theirs")
    func phoneBeforeLabel() {
        let interview = read("""
            # 2026-11-20 Interview — Tidewater Books (Store Manager)

            Interviewed by Helen Park (District Manager) at 10am, in person.
            Got her card. Phone 555-0110, email helen.park@tidewater.example.
            """)
        #expect(interview.people.first?.phone?.value == "555-0110")
    }

    @Test("a bold name or a name with its bracketed title, then more of the card in the same part, is the name alone")
    func boldNameThenCard() {
        let interview = read("""
            ---
            company: Larchmont Press
            date: 2026-11-12 10:00
            ---
            ## Interviewers
            - **Wendy Akers** (Managing Editor): wendy@larchmont.example, 555-0301 — card ✓
            - Basil Oduya (Production Lead) <basil@larchmont.example> 555-0302 — card ✓
            - **Mme Odile Fabre** (DRH) — odile@larchmont.example

            ## Follow-up
            - 2026-11-12 17:00 — thank-you email → Basil, recapped the print schedule, reiterated interest
            """)
        #expect(interview.people.map(\.name.value) == ["Wendy Akers", "Basil Oduya", "Mme Odile Fabre"])
        #expect(interview.people.map { $0.title?.value } == ["Managing Editor", "Production Lead", "DRH"])
        #expect(interview.people.map { $0.email?.value } == ["wendy@larchmont.example", "basil@larchmont.example", "odile@larchmont.example"])
        #expect(interview.people[1].phone?.value == "555-0302")
        #expect(interview.log.first?.interviewers == [1])
    }

    @Test("a people table outside any people section, under another heading or none, lists the interviewers")
    func peopleTableElsewhere() {
        for heading in ["## Notes\n\nCase study on carrier scorecards.\n", ""] {
            let interview = read("""
                ---
                company: Ferrous Freight
                date: 2026-11-10 10:00
                ---
                \(heading)
                | Interviewer | Position | Contact | Card |
                |---|---|---|---|
                | Nadia Farouk | Ops Director | nadia@ferrous.example, 555-0311 | yes |
                | Piet Claes | Analyst | piet@ferrous.example, 555-0312 | yes |
                """)
            #expect(interview.people.map(\.name.value) == ["Nadia Farouk", "Piet Claes"])
            #expect(interview.people.map { $0.phone?.value } == ["555-0311", "555-0312"])
            #expect(interview.people.allSatisfy { $0.card?.value == true })
        }
        let callout = read("""
            ---
            company: Marigold Health
            date: 2026-11-23 09:30
            ---
            > [!note] Who was there
            > | Name | Job | E-mail | Tel | Card |
            > |---|---|---|---|---|
            > | Helga Sund | Clinical Director | helga@marigold.example | 555-0601 | yes |
            """)
        #expect(callout.people.map(\.name.value) == ["Helga Sund"])
        #expect(callout.people.first?.phone?.value == "555-0601")
        // A log table elsewhere (it has a day column) lists nobody.
        let logged = read("""
            ---
            company: Ferrous Freight
            date: 2026-11-10 10:00
            ---
            | Date | Person | Notes |
            |---|---|---|
            | 2026-11-10 | Nadia Farouk | thank-you email |
            """)
        #expect(logged.people.isEmpty)
    }

    @Test("lines of a paragraph under Interviewers, each a name with a title, an address or a number, are people")
    func paragraphLinesOfPeople() {
        let interview = read("""
            ---
            company: Kestrel Grid
            date: 2026-11-20 10:30
            ---
            ## People
            Sunil Mehra, CTO — sunil@kestrelgrid.example / 555-0321 — card: yes
            Ruth Abara, Planning Manager — ruth@kestrelgrid.example / 555-0322 — card: yes
            """)
        #expect(interview.people.map(\.name.value) == ["Sunil Mehra", "Ruth Abara"])
        #expect(interview.people.map { $0.phone?.value } == ["555-0321", "555-0322"])
    }

    @Test("bold names with titles in brackets joined by '&' on a key line, or by 'and' on a line that opens with 'With'")
    func boldNamesJoined() {
        let keyed = read("""
            ---
            company: Fenwick Capital
            date: 2026-11-24 09:00
            ---
            **Interviewed by:** **Alma Reyes** (CFO) & **Teo Yilmaz** (Controller)
            """)
        #expect(keyed.people.map(\.name.value) == ["Alma Reyes", "Teo Yilmaz"])
        #expect(keyed.people.map { $0.title?.value } == ["CFO", "Controller"])
        let with = read("""
            ---
            company: Quince Design
            date: 2026-11-18 14:00
            ---
            ## Panel

            With **Maren Cho** (Design Manager) and **Lior Gat** (PM).
            """)
        #expect(with.people.map(\.name.value) == ["Maren Cho", "Lior Gat"])
    }

    @Test("an address and a number in brackets wrapped onto the next line of a paragraph are one person's")
    func wrappedAddressAndNumber() {
        let interview = read("""
            ---
            company: Holloway Gardens
            date: 2026-11-20 09:00
            ---
            Spoke with Dora Holloway (Head Gardener) in the glasshouse. She gave me her card
            (dholloway@hollowaygardens.example,
            555-0330) and I left her my resume.
            """)
        #expect(interview.people.first?.email?.value == "dholloway@hollowaygardens.example")
        #expect(interview.people.first?.phone?.value == "555-0330")
    }

    @Test("a bold key that names the Interviewers section ('Gesprächspartner') lists people with their forms of address")
    func sectionNameAsKey() {
        let interview = read("""
            ---
            firma: Hollstein Anlagenbau
            datum: 2026-11-18 10:00
            ---
            # Vorstellungsgespräch Hollstein

            **Gesprächspartner:** Frau Dr. Albers, Herr Kühn

            ## Nachfassen
            - 2026-11-18 17:15 — Dankes-E-Mail an Herrn Kühn, Rückblick auf die Normen, weiterhin sehr interessiert.
            """)
        #expect(interview.people.map(\.name.value) == ["Frau Dr. Albers", "Herr Kühn"])
        #expect(interview.log.first?.interviewers == [1])
    }

    @Test("first names each with a title in brackets, joined by 'and' or a comma, are two people")
    func firstNamesWithTitles() {
        for joined in ["Rosa (Exec Producer) and Ken (Studio Director)", "Rosa (Exec Producer), Ken (Studio Director)"] {
            let interview = read("""
                ---
                company: Tallgrass Studios
                date: 2026-11-19 11:00
                ---
                Interviewers: \(joined)
                """)
            #expect(interview.people.map(\.name.value) == ["Rosa", "Ken"])
            #expect(interview.people.map { $0.title?.value } == ["Exec Producer", "Studio Director"])
        }
    }

    @Test("names with titles joined by 'y' or 'et', a full stop inside a title's brackets, the writer left off a list, cards 'from both' before the addresses")
    func joinedInOtherLanguages() {
        let spanish = read("""
            ---
            empresa: Olivar Digital
            fecha: 2026-11-18 10:00
            ---
            # Entrevista

            Me entrevistaron **Marta Gil** (directora de RR. HH.) y **Jorge Peña** (director técnico).
            """)
        #expect(spanish.people.map(\.name.value) == ["Marta Gil", "Jorge Peña"])
        let attendees = read("""
            ---
            company: Quarrystone Games
            date: 2026-11-25 15:00
            ---
            Attendees: Jane Okafor (EP), Raj Patel (Design Dir), me
            """)
        #expect(attendees.people.map(\.name.value) == ["Jane Okafor", "Raj Patel"])
        for lead in ["Kaartjes van beiden:", "Cards from both:"] {
            let cards = read("""
                ---
                company: Hoogland Zorg
                date: 2026-11-19 13:00
                ---
                **Gesprekspartners:** Eva de Wit (manager zorg), Daan Jansen (HR-adviseur)

                \(lead) eva.dewit@hoogland.example, 030 555 0541; daan.jansen@hoogland.example, 030 555 0542.
                """)
            #expect(cards.people.map { $0.card?.value } == [true, true])
            #expect(cards.people.map { $0.phone?.value } == ["030 555 0541", "030 555 0542"])
        }
    }

    @Test("a form of address before a surname in a sentence ('Frau Dr. Weiss (Bereichsleiterin) und Herrn Brenner') names the person met")
    func formOfAddressInProse() {
        let interview = read("""
            ---
            firma: Brandauer Technik
            datum: 2026-11-20 10:00
            ---
            # Vorstellungsgespräch

            Gespräch mit Frau Dr. Weiss (Bereichsleiterin) und Herrn Brenner (Teamleiter Konstruktion).

            ## Nachfassen
            - 2026-11-20 17:15 — Dankes-E-Mail an Herrn Brenner, Rückblick auf die Normen, weiterhin sehr interessiert.
            """)
        #expect(interview.people.map(\.name.value) == ["Frau Dr. Weiss", "Herrn Brenner"])
        #expect(interview.log.first?.interviewers == [1])
        let english = read("""
            ---
            company: Hollin Theatre
            date: 2026-11-24 14:00
            ---
            Met with Mrs. Quinn (Artistic Director) and Mr Aziz (Technical Director).
            """)
        #expect(english.people.map(\.name.value) == ["Mrs. Quinn", "Mr Aziz"])
    }

    @Test("one person with a title in brackets after 'Gespräch mit', and Italian 'Intervistatori:' and 'Colloquio con' lines, name the people met")
    func onePersonMetInOtherLanguages() {
        let german = read("""
            # Bewerbung Hafenwerk Logistik

            Termin am 16.11.2026 um 14 Uhr. Gespräch mit Uwe Kraus (Teamleiter IT), Lebenslauf übergeben.
            """)
        #expect(german.people.map(\.name.value) == ["Uwe Kraus"])
        #expect(german.people.first?.title?.value == "Teamleiter IT")
        let keyLine = read("""
            # Colloquio Fontana Ricambi — Sviluppatore Java

            Data: 16/11/2026 ore 10:00
            Azienda: Fontana Ricambi
            Intervistatori: Giulia Romano (responsabile IT), Marco Esposito (team leader)
            """)
        #expect(keyLine.people.map(\.name.value) == ["Giulia Romano", "Marco Esposito"])
        let sentence = read("""
            # Colloquio Fontana Ricambi

            Data: 16/11/2026 ore 10:00
            Azienda: Fontana Ricambi

            Colloquio con Giulia Romano (responsabile IT) e Marco Esposito (team leader), in sede.
            """)
        #expect(sentence.people.map(\.name.value) == ["Giulia Romano", "Marco Esposito"])
        let label = read("""
            # Colloquio Fontana Ricambi

            Data: 16/11/2026 ore 10:00
            Azienda: Fontana Ricambi

            ## Intervistatori
            - Giulia Romano — responsabile IT
            - Marco Esposito — team leader
            """)
        #expect(label.people.map(\.name.value) == ["Giulia Romano", "Marco Esposito"])
        // Without a title or a word of meeting, a name after "con" is nobody met.
        #expect(read("""
            # Colloquio Fontana Ricambi

            Data: 16/11/2026 ore 10:00
            Azienda: Fontana Ricambi

            Ho parlato del progetto con Giulia Romano.
            """).people.isEmpty)
    }

    @Test("the bracket that closes an address and a number wrapped in a list item is not the number's")
    func bracketAfterNumber() {
        let interview = read("""
            ---
            company: Fernbank Nurseries
            date: 2026-11-24 09:00
            ---
            ## Interviewers
            - Dana Whitcombe (Head Grower) — card ✓ (dwhitcombe@fernbank.example,
              555-0160)
            """)
        #expect(interview.people.first?.phone?.value == "555-0160")
    }

    @Test("a people table's name column in Spanish, French or Dutch (Nombre, Nom, Naam)")
    func nameColumnsInOtherLanguages() {
        for column in ["Nombre", "Nom", "Naam"] {
            let interview = read("""
                ---
                empresa: Cerámicas del Turia
                fecha: 2026-11-16 11:00
                ---
                ## Entrevistadores

                | \(column) | Cargo | Correo | Teléfono | Tarjeta |
                |---|---|---|---|---|
                | Lucía Ferrer | Directora de planta | lucia.ferrer@turia.example | 961 555 020 | sí |
                """)
            #expect(interview.people.map(\.name.value) == ["Lucía Ferrer"])
            #expect(interview.people.first?.phone?.value == "961 555 020")
            #expect(interview.people.first?.card?.value == true)
        }
    }

    @Test("a Portuguese 'Entrevistadora:' key line is a person, the bare address and number items under it hers; 'liguei' is a call, 'a Marina ligou' hers")
    func portugueseKeyLinePerson() throws {
        let note = """
            # Entrevista – Jacarandá Logística (Analista de Dados)

            Data: 12/11/2026 (quinta-feira), às 14h

            Entrevistadora: Marina Souza (Gerente de Dados) – peguei o cartão dela ✔
            - contato.dados@jacaranda.example
            - +55 21 555 0175

            Acompanhamento:
            - 12/11/2026 17h30 — e-mail de agradecimento à Marina; reafirmei meu interesse.
            - 20/11/2026 10h15 — liguei para a Marina para saber do processo.
            - 24/11/2026 11h00 — a Marina ligou: vão chamar para a segunda fase.
            """
        let interview = read(note)
        let marina = try #require(interview.people.first)
        #expect(interview.people.count == 1 && marina.name.value == "Marina Souza")
        #expect(marina.card?.value == true)
        #expect(marina.email?.value == "contato.dados@jacaranda.example" && marina.phone?.value == "+55 21 555 0175")
        #expect(interview.log.map { $0.channel?.value } == [.email, .call, .call])
        #expect(interview.log.map(\.isOutgoing) == [true, true, false])
        #expect(interview.log.map(\.interviewers) == [[0], [0], [0]])
        // Under a person's list item the items are no bare details of a key line: a list's second
        // person keeps their own.
        let listed = read("---\ncompany: Acme\ndate: 2026-11-12 14:00\n---\n## Interviewers\n- Ana Ruiz — CTO\n- Bo Chen — bo@acme.example\n")
        #expect(listed.people.map { $0.email?.value } == [nil, "bo@acme.example"])
        // Under a key line of two people, an address that names neither is neither's.
        let two = read("---\ncompany: Acme\ndate: 2026-11-12 14:00\n---\n**Interviewers:** Ana Ruiz, Bo Chen\n- contact@acme.example\n")
        #expect(two.people.map { $0.email?.value } == [nil, nil])
    }
}
