import Testing
@testable import InterviewLint

/// Notes written in Polish: their dates, cards, resume, thank-yous, calls, names in other cases
/// and statuses, and the infos a note in a language the reader reads only in part gets.
@Suite("notes in Polish")
struct PolishNotesTests {
    static let note = """
        # Rozmowa kwalifikacyjna — Wisła Soft

        **Termin:** czwartek, 5 listopada 2026, godz. 11:00
        **Miejsce:** ul. Kamieńskiego 47, Kraków

        ## Rozmówcy
        - Agnieszka Zielińska — kierowniczka działu QA — wizytówka ✔ — a.zielinska@wislasoft.example — +48 12 555 01 37
        - Paweł Kowalczyk — architekt — wizytówka ✔ — p.kowalczyk@wislasoft.example — +48 12 555 01 52

        Zostawiłem CV u pani Agnieszki, ma mój telefon i e-mail.

        Termin decyzji: **do piątku 20 listopada**.

        ## Po rozmowie
        - 5.11, 16:40 — mail z podziękowaniem do pani Agnieszki: podsumowanie rozmowy o migracji, bardzo zależy mi na tej pracy.
        - 5.11, 16:55 — osobny mail do Pawła: wróciłem do testów kontraktowych, potwierdziłem zainteresowanie.

        Status: **wycofana kandydatura**.
        """

    @Test("the day with its Polish month and weekday, and the hour after godz.")
    func interviewDay() {
        let interview = read(Self.note)
        #expect(interview.start?.value == LocalDateTime(date: LocalDate(year: 2026, month: 11, day: 5)!, hour: 11, minute: 0))
        func written(_ phrase: String) -> String? {
            guard case .success(let (moment, _)) = DateReader.parseDateTime(phrase) else { return nil }
            return moment.description
        }
        #expect(written("wtorek, 17 listopada 2026, 11:00") == moment("2026-11-17T11:00").description)
        #expect(written("3 października 2026") == LocalDateTime(date: LocalDate(year: 2026, month: 10, day: 3)!).description)
    }

    @Test("cards, the resume, the timeframe and the status in Polish")
    func facts() {
        let interview = read(Self.note)
        #expect(interview.people.map { $0.card?.value } == [true, true])
        #expect(interview.beforeLeaving.resume?.value == true)
        #expect(interview.timeframe?.decision == .date(LocalDate(year: 2026, month: 11, day: 20)!))
        #expect(interview.status?.value == .withdrawn)
    }

    @Test("a day and month with a dot before a time, thank-yous and names in another case")
    func log() {
        let interview = read(Self.note)
        #expect(interview.log.map(\.kind) == [.thankYou, .thankYou])
        #expect(interview.log.map(\.interviewers) == [[0], [1]])
        #expect(interview.log.map { $0.date?.value } == [moment("2026-11-05T16:40"), moment("2026-11-05T16:55")])
        #expect(interview.log.map(\.recapsConversation) == [true, true])
        #expect(interview.log.map(\.reiteratesInterest) == [true, true])
        #expect(interview.log.allSatisfy { $0.channel?.value == .email })
        // A decimal or a version is no date: only a time after it makes one.
        #expect(DateReader.match(in: Tokenizer.tokens("3.5 hours"), at: 0, reference: LocalDate(year: 2026, month: 11, day: 1)) == nil)
    }

    @Test("a name in another case is that person, not a misspelling; a real misspelling still is one")
    func inflectedNames() {
        #expect(NameMatcher.inflects("agnieszka", to: "agnieszki"))
        #expect(NameMatcher.inflects("agnieszka", to: "agnieszkę"))
        #expect(NameMatcher.inflects("paweł", to: "pawła"))
        #expect(NameMatcher.inflects("marek", to: "markiem"))
        #expect(NameMatcher.inflects("tomasz", to: "tomaszowi"))
        #expect(!NameMatcher.inflects("harriet", to: "hariet"))
        #expect(!NameMatcher.inflects("anna", to: "anne"))
        #expect(!lint(Self.note, today: "2026-11-24").contains { $0.rule == "name-spelling" || $0.rule == "unknown-person" })
    }

    @Test("a whole name in another case ('do Tadeusza Kowala', 'Magdaleny Pawlickiej') is the one person it fits")
    func inflectedFullNames() {
        #expect(NameMatcher.inflects("pawlicka", to: "pawlickiej"))
        let people = RobustnessTests.people(["Tadeusz Kowal", "Magdalena Pawlicka", "Magdalena Nowak"])
        let matcher = NameMatcher(people: people, maxNameDistance: 2)
        func resolved(_ text: String) -> Int? {
            matcher.resolve(Located(text, SourceRange(line: 1, column: 1, length: text.count))).interviewer
        }
        #expect(resolved("Tadeusza Kowala") == 0)
        #expect(resolved("Magdaleny Pawlickiej") == 1)
        #expect(resolved("Magdaleny Nowak") == 2)
        #expect(resolved("Tadeusza Nowaka") == nil)
    }

    @Test("a note in Polish gets infos, not warnings, for what it may say in words the reader missed")
    func language() {
        #expect(ProseLanguage.of(Array(Self.note.utf8)) == .polish)
        let findings = lint(Self.note, today: "2026-11-24")
        #expect(!findings.contains { $0.severity != .info })
    }
}

/// Keys and cue words typed with one slip, and the noon an opening line gives.
@Suite("slips of the keyboard")
struct TypedSlipsTests {
    @Test("one letter left out or two swapped is a slip of a long key or cue; a letter added is another word")
    func slips() {
        #expect(FuzzyMatch.isOneSlip("intervew", of: "interview"))
        #expect(FuzzyMatch.isOneSlip("resmue", of: "resume"))
        #expect(!FuzzyMatch.isOneSlip("interviews", of: "interview"))
        #expect(!FuzzyMatch.isOneSlip("resume", of: "resume"))
        #expect(!FuzzyMatch.isOneSlip("intrvw", of: "interview"))
        #expect(FrontMatterReader.field(forKey: "Intervew", words: ConfiguredWords()) == .date)
        #expect(FrontMatterReader.field(forKey: "Compnay", words: ConfiguredWords()) == .company)
        #expect(FrontMatterReader.field(forKey: "Interviews", words: ConfiguredWords()) == nil)
    }

    @Test("a note with typos: the interview key, the resume left, the thank-you and the interest")
    func typedNote() {
        let interview = read("""
            # Greystone Hospitality intervew — Front Office Manger

            **Intervew:** Tuesday 10 Nov 2026, 2pm, Greystone Harbour Hotel, mezzanine offce
            **With:** Carmen Villaseñor, General Manager

            - Got her buisness card: carmen.villasenor@greystone.example, +1 206 555 0137
            - left my resmue with her + she has my cell and email

            ## Follow up

            - 11/10 7:30pm — sent the thnak-you email to Carmen, recaped the night-audit rota idea and said
              I'm really intrested in the job
            """)
        #expect(interview.start?.value == moment("2026-11-10T14:00"))
        #expect(interview.beforeLeaving.resume?.value == true)
        #expect(interview.log.first?.kind == .thankYou)
        #expect(interview.log.first?.reiteratesInterest == true)
        // An opening line's "12 noon" is its time.
        #expect(read("Oakhurst Pharma interview\n\nMon 16/11/2026 12 noon, Oakhurst site. Met Dr Chinwe Eze (head of reg affairs).\n")
            .start?.value == moment("2026-11-16T12:00"))
    }
}
