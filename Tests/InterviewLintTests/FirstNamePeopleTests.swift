import Testing
@testable import InterviewLint

/// People written by first name with a role, people nested under a "People" bullet, a title that
/// names the person and then the firm, what was left written as "contacts", a pronoun call in a
/// blog post, and a callout titled as a section.
@Suite("First-name people, nested people, person-and-firm titles")
struct FirstNamePeopleTests {
    /// A note of Alderbank Tools, interviewed on 2026-11-18 10:00, with `body` under its title.
    private func alderbank(_ body: String) -> Interview {
        read("""
        ---
        company: Alderbank Tools
        date: 2026-11-18 10:00
        ---
        # Alderbank Tools

        \(body)
        """)
    }

    @Test("a first name with its role beside it is a person met, kept as written")
    func firstNameWithRole() {
        let note = alderbank("""
        Spoke with Wren from HR and Oskar, the platform lead. Both gave me cards.
        """)
        #expect(note.people.map(\.name.value) == ["Wren", "Oskar"])
        #expect(note.people.map { $0.title?.value } == ["HR", "platform lead"])
        #expect(note.people.allSatisfy { $0.card?.value == true })
        let brackets = alderbank("""
        Met Juno (recruiter) and then Piet (EM).
        """)
        #expect(brackets.people.map(\.name.value) == ["Juno", "Piet"])
        #expect(brackets.people.map(\.isRecruiter) == [true, false])
        let team = read("---\ncompany: Alderbank Tools\ndate: 2026-11-18 10:00\n---\n# Alderbank Tools\n\nInterview went well. Met Marta from Sales.\n")
        #expect(team.people.map(\.name.value) == ["Marta"])
        let full = alderbank("""
        Met Juno Hale (recruiter) and then Piet Smit (EM).
        """)
        #expect(full.people.map(\.isRecruiter) == [true, false])
        #expect(full.people.map { $0.title?.value } == ["recruiter", "EM"])
    }

    @Test("a first name that only wrote, or that a full name already gives, is no new person")
    func firstNameNotMet() {
        let wrote = alderbank("""
        - 2026-11-12 Ines (their recruiter) emailed to set up the interview
        """)
        #expect(wrote.people.isEmpty)
        let teams = alderbank("""
        Met Design (the whole team) over lunch, then spoke with Sales (team of four) and London (HQ).
        """)
        #expect(teams.people.isEmpty)
        let again = alderbank("""
        Met with Ines Varga (Head of Sales) and Tomas Reid (CFO). Ines (Head of Sales) gave me her card.
        """)
        #expect(again.people.map(\.name.value) == ["Ines Varga", "Tomas Reid"])
    }

    @Test("a first name two people met share is neither of them")
    func sharedFirstName() {
        let note = alderbank("""
        Met with Ana Ruiz (VP Product) and Ana Lopes (Design Lead). Then met Ana (recruiter) for coffee.
        """)
        #expect(note.people.map(\.name.value) == ["Ana Ruiz", "Ana Lopes"])
        #expect(note.people.map { $0.title?.value } == ["VP Product", "Design Lead"])
        // One full name of that first name still takes it.
        let one = alderbank("""
        Met with Ana Ruiz (VP Product) and Tom Yu (CFO). Then met Ana (Head of Product) again.
        """)
        #expect(one.people.map(\.name.value) == ["Ana Ruiz", "Tom Yu"])
    }

    @Test("a People or Interviewers bullet over nested names gives each their nested details")
    func nestedPeople() {
        for label in ["People", "Interviewers"] {
            let note = read("""
            ---
            company: Lowmoor Press
            date: 2026-11-18 10:00
            ---
            # Lowmoor Press

            - \(label)
              - Petra Salo
                - Managing Editor
                - petra@lowmoor.example
                - card ✅
              - Amir Haddad
                - Art Director
                - no card
            - Decision by December 4th
            """)
            #expect(note.people.map(\.name.value) == ["Petra Salo", "Amir Haddad"], "\(label)")
            #expect(note.people.map { $0.card?.value } == [true, false], "\(label)")
            #expect(note.people.first?.title?.value == "Managing Editor", "\(label)")
            #expect(note.people.first?.email?.value == "petra@lowmoor.example", "\(label)")
        }
        // Under the Interviewers heading, "- Panel" over the names is a label, not a person.
        let labelled = read("""
        ---
        company: Lowmoor Press
        date: 2026-11-18 10:00
        ---
        # Lowmoor Press

        ## Interviewers

        - Panel
          - Petra Salo
            - Managing Editor
          - Amir Haddad — Art Director
        """)
        #expect(labelled.people.map(\.name.value) == ["Petra Salo", "Amir Haddad"])
    }

    @Test("a title 'Interview with <person>, <firm>' names the person and the firm after them")
    func personThenFirmTitle() {
        for (title, firm) in [("Interview with Mika Roos, Tallow Systems", "Tallow Systems"),
                              ("Interview with Mika Roos — Tallow", "Tallow"),
                              ("Interview with Mika Roos @ Tallow", "Tallow"),
                              ("Interview with Mika Roos at Tallow Systems", "Tallow Systems"),
                              ("Interview with Dr. Mika Roos, Tallow Systems", "Tallow Systems")] {
            let note = read("---\ndate: 2026-11-18 10:00\n---\n# \(title)\n\nCard ✅ mika@tallow.example\n")
            #expect(note.company?.value == firm, "\(title)")
            #expect(note.people.map(\.name.value) == ["Mika Roos"], "\(title)")
        }
        #expect(ProsePeople.companyAfterPerson(inTitle: "Interview with Pelham Wick Architects, London") == nil)
        #expect(ProsePeople.companyAfterPerson(inTitle: "Interview with Acme, Backend Engineer") == nil)
        let first = read("---\ndate: 2026-11-18 10:00\n---\n# Interview with Mika, Tallow Systems\n\nCard ✅ mika@tallow.example\n")
        #expect(first.company?.value == "Tallow Systems")
        #expect(first.people.map(\.name.value) == ["Mika"])
        #expect(first.people.first?.name.range.start.column == 18)
    }

    @Test("'Left resume + contacts' leaves the contact details too, in a sentence and in a checklist")
    func contactsLeft() {
        let prose = read("---\ncompany: Acme\ndate: 2026-11-18 10:00\n---\n# Acme\n\nLeft resume + contacts at reception.\n")
        #expect(prose.beforeLeaving.contactInformation?.value == true)
        let list = read("---\ncompany: Acme\ndate: 2026-11-18 10:00\n---\n# Acme\n\n## Before leaving\n\n- Left resume + contacts\n")
        #expect(list.beforeLeaving.contactInformation?.value == true)
    }

    @Test("in a blog post, 'I called her once at 10am' is the call to the one person met")
    func pronounCall() {
        let note = read("""
        +++
        title = "How the Larch Foods interview went"
        date = 2026-11-28T20:00:00Z
        +++

        # How the Larch Foods interview went

        On Monday, November 16, 2026 at 10:00 I interviewed at Larch Foods with Odile Brandt (Head of Planning).

        A week went by. On Wednesday, November 25 I called her once at 10am, and she said they were still deciding.
        """)
        let calls = note.log.filter { $0.channel?.value == .call }
        #expect(calls.count == 1)
        #expect(calls.first?.interviewers == [0])
        #expect(calls.first?.date?.value == moment("2026-11-25T10:00"))
    }

    @Test("a callout titled as a section is a heading: its title is no unread line, its lines no timeframe")
    func sectionCallout() {
        let note = read("""
        ---
        company: Acme
        date: 2026-11-17 13:00
        ---
        # Acme

        ## Interviewers

        - Ruth Adeyemi — Grid Lead — ruth@acme.example

        ## Timeframe

        Decision by December 4th.

        > [!todo] Thank yous
        > 2026-11-17 18:00 — Thank-you email to Ruth, recapped the storage talk, reiterated interest
        """)
        #expect(note.timeframe?.text == "Decision by December 4th.")
        #expect(note.log.contains { $0.kind == .thankYou && $0.interviewers == [0] })
        #expect(!note.mentions.contains { $0.text.hasPrefix("Thank yous") })
    }
}
