import Testing
@testable import InterviewLint

/// Constructs of notes as people write them: each test is one way of writing a fact.
@Suite("notes as written")
struct WrittenNotesTests {
    @Test("two people's address and number in one paragraph: each number goes with the address before it")
    func twoAddressNumberPairs() {
        func phones(_ note: String) -> [String?] { read(note).people.map { $0.phone?.value } }
        #expect(phones("""
            # Ashby Architects interview

            Interview: Mon 16 Nov 2026, 3pm with Eleanor Rowe and Sam Ashby.

            Got cards from both. Eleanor: eleanor@ashby.example, 0117 496 0123. Sam: sam@ashby.example, 0117 496 0177.
            """) == ["0117 496 0123", "0117 496 0177"])
        #expect(phones("""
            # Pennant Studios — Motion Designer

            > [!abstract] Interview
            > Mon 23 Nov 2026, 11:00 · in person
            > With **Lottie Pennant** (Creative Director) and **Arjun Nair** (Senior Animator)

            > [!check] Cards
            > Lottie: lottie@pennant.example · 0117 496 0211
            > Arjun: arjun@pennant.example · 0117 496 0234
            """) == ["0117 496 0211", "0117 496 0234"])
        #expect(phones("""
            # Rowan Pediatrics interview

            Had my interview on Monday, November 9th 2026 at 1:30 with Dr. Naomi Feld and Kim Jacobs. Both handed me their cards (nfeld@rowanpeds.example, 919-555-0123; kjacobs@rowanpeds.example, 919-555-0124).
            """) == ["919-555-0123", "919-555-0124"])
        // A number after the other person's name is theirs, not the address's before it.
        #expect(phones("""
            # Ashby Architects interview

            Interview: Mon 16 Nov 2026, 3pm with Eleanor Rowe and Sam Ashby.

            Cards: eleanor@ashby.example; Sam 0117 496 0177, sam@ashby.example.
            """).first == .some(nil))
    }

    @Test("a line that is a day and time, then 'with' a name, names the person met")
    func datedLineWithName() {
        let note = read("# Ironbridge Games interview\n\nMon 23 Nov 2026, 13:00, with Keiko Tanaka (lead programmer).\n")
        #expect(note.people.map(\.name.value) == ["Keiko Tanaka"])
        #expect(read("# Tidewell Media\n\nFri 6 Nov 2026, 10:00, with **Orla Finnegan**.\n").people.map(\.name.value) == ["Orla Finnegan"])
        // The day alone at the top, then the person with their title.
        let below = read("## Interview — Tidewell Media (Social Media Lead)\nFri 6 Nov 2026, 10:00, their office in Dublin 2.\n\nOrla Finnegan, Head of Content. She had no cards.\n")
        #expect(below.people.map(\.name.value) == ["Orla Finnegan"])
        // A title that writes the person "@" the firm: the firm is the company, the person is met.
        let at = read("## Interview — Orla Finnegan @ Tidewell Media (Social Media Lead)\nFri 6 Nov 2026, 10:00, their office in Dublin 2.\n\nOrla Finnegan, Head of Content. She had no cards.\n")
        #expect(at.company?.value == "Tidewell Media")
        #expect(at.people.map(\.name.value) == ["Orla Finnegan"])
        // "with" later in a sentence after the date is no such line.
        #expect(read("# Notes\n\nMon 23 Nov 2026, lunch, then drinks with Keiko Tanaka.\n").people.isEmpty)
    }
}
