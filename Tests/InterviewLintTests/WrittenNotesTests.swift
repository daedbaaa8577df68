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

    @Test("a plain title line with the key lines right under it: the keys are read")
    func titleThenKeyLines() {
        let note = read("Tessellate Robotics - Controls Engineer interview\nWhen: Thu 11/19/2026 1:00 PM\nMet with: Karen Oduya (Director of Controls)\n")
        #expect(note.start.map { "\($0.value)" } == "2026-11-19 13:00")
        // After an HTML comment too; a paragraph further down is not taken so.
        #expect(read("<!-- synced -->\nTessellate Robotics interview\nWhen: Thu 11/19/2026 1:00 PM\n").start.map { "\($0.value)" } == "2026-11-19 13:00")
    }

    @Test("thank-yous as people word them: 'went over', 'Emailed Sam — thanked him', 'same to Rahul', 'Thank-you sent by email'")
    func thankYouWordings() throws {
        let wentOver = read("# Stonegate interview\n\nInterview Wed 4 Nov 2026 at 15:00 with Beatrix Stone. Card: beatrix@stonegate.example, 020 7946 0277.\n\nSent the thank-you email at 19:20 that night — went over the marine cargo case and said I am very interested.\n")
        #expect(wentOver.log.first?.recapsConversation == true)

        let emailed = read("# Ashby Architects interview\n\nInterview: Mon 16 Nov 2026, 3pm with Sam Ashby.\n\nEmailed Sam separately (18:55) — thanked him, recapped the Revit chat, reiterated interest.\n")
        #expect(emailed.log.map(\.kind) == [.thankYou])

        let same = read("""
            # Brackenridge Insurance interview

            Interview: 17 Nov 2026 2:30 PM with Fiona McAllister and Rahul Desai.

            ## Follow-up

            - 17 Nov 2026 7:15 PM – emailed Fiona to say thank you, went over the backlog plan, said I would love to join
            - 17 Nov 2026 7:32 PM – same to Rahul, recapped the working-pattern questions and said I am still very keen
            """)
        #expect(same.log.map(\.kind) == [.thankYou, .thankYou])
        let rahul = try #require(same.log.last)
        #expect(rahul.channel?.value == .email && rahul.interviewers == [1] && rahul.reiteratesInterest)
        #expect(same.peopleWithoutThankYou.isEmpty)

        // "separate thank-you to Owen: …, same closing" under an emailed thank-you: by email, and
        // with the interest the one before it said.
        let separate = read("""
            # Birchmount Health interview

            Interview: Wed 11 Nov 2026 15:00 with Priya Natarajan and Owen Castellano.

            ## Follow-up
            - Wed 11 Nov 2026 17:30 — thank-you email to Priya: recap of the EDC migration plan, said I'm very interested
            - Wed 11 Nov 2026 17:45 — separate thank-you to Owen: recap of the CDISC mapping question, same closing
            """)
        let owen = try #require(separate.log.last)
        #expect(owen.kind == .thankYou && owen.interviewers == [1] && owen.channel?.value == .email && owen.reiteratesInterest)

        let passive = read("# Interview Thornbury Solar\n\nInterviewed 2026-11-20 10:15. Interviewer: Owen Thornbury (ops director).\n\nThank-you sent by email 2026-11-20 16:40 — recapped the roof-survey puzzle, said I am definitely still interested.\n")
        let sent = try #require(passive.log.first)
        #expect(sent.kind == .thankYou && sent.interviewers == [0] && sent.channel?.value == .email)
        #expect(sent.date.map { "\($0.value)" } == "2026-11-20 16:40")
    }

    @Test("a book's notes, a recipe, a career fair's or a meetup's and a journal telling of a friend's interview are passed over, and dump says why")
    func otherKindsOfNote() {
        // A firm's name with "Books" in it, or a time after "Finished", makes no book note.
        let bookshop = read("# Interview at Acme Books\n\nTue 17 Nov 2026, 10:00 with Ana Ruiz (Store Manager). Finished 12:15, then went home.\n\n## Chapter 3 of the handbook\nWe talked about the till.\n")
        #expect(bookshop.otherKindOfNote == nil && bookshop.isInterviewNote)
        let notes = [
            "# Book notes: \"The Interview Playbook\" by Ruth Abel\n\nFinished 2026-11-14.\n\n## Chapter 3 — the first interview\nThe hiring manager decides within the first ten minutes. Send a thank-you within 24 hours.\nInterviewers: keep a card from each.\n",
            "---\ntags: [books]\ndate: 2026-11-14\n---\n# Hired\n\nFinished 2026-11-14. Chapter 3 on the first interview: the hiring manager decides within the first ten minutes.\n\n## Quotes\n- \"Ask when they will decide.\"\n",
            "# Career fair — Northbridge University, our booth (Velmont Engineering)\n\n**Date:** Thursday 12 November 2026, 10:00–16:00\n\n| Name | Degree | Card / CV |\n|---|---|---|\n| Tomás Ferreira | MEng | CV taken |\n| Aisha Bello | BSc | gave her my card |\n\n## Follow-up (ours)\n- 13 Nov — Rhea emailed both the application link.\n\nWe ran out of business cards by 2pm.\n",
            "# Swift Leeds meetup — Thu 12 Nov 2026, 18:30\n\n## People I talked to\n- [x] Rosa Whitfield — iOS lead at Cantrell — rosa@cantrell.example — card\n\nRosa said they might be hiring in January; sent her a thank-you for the intro.\n",
            "# Lucky interview scones\n\nMade 2026-11-08, the night before my interview. Send a thank-you after!\n\n## Ingredients\n- 250 g flour\n- 2 tsp baking powder\n- 60 g butter\n- 1 egg\n\n## Method\n1. Rub the butter in.\n",
            "---\ndate: 2026-11-17\ntags: [journal]\n---\n# Tuesday 17 November 2026\n\nSlept badly. Gym at 7.\n\n## Lunch with Tobias\nMet Tobias Lind (Staff Engineer at Kestrel Systems) at the Italian place. He's been interviewing for a new role; the\nsecond round went well and they'll decide by Friday. He gave me his card.\n",
        ]
        for text in notes {
            let note = read(text)
            #expect(note.otherKindOfNote != nil && !note.isInterviewNote, "\(text.prefix(40))")
            #expect(ModelText.render(note, path: "n.md").contains("not the note of an interview of yours"))
        }
        // The writer's own interview beside a friend's, or one line of the writer's, is checked.
        #expect(read("# Acme interview\n\nInterview: Mon 16 Nov 2026, 3pm with Sam Ashby (CTO). She said the panel is next week.\n").isInterviewNote)
        // An interview held at a fair is one.
        #expect(read("# Interview at the Northbridge job fair\n\nThu 12 Nov 2026, 11:00 with Ana Ruiz (EM) of Velmont. Got her card.\n").isInterviewNote)
        // A lunch's ingredients in an interview note make no recipe of it: none is measured.
        #expect(read("# Acme interview\n\nInterview: Mon 16 Nov 2026, 3pm with Sam Ashby (CTO).\n\n## Ingredients of a good answer\n- a story\n- a number\n- a lesson\n").isInterviewNote)
        #expect(read("---\ndate: 2026-11-17\n---\n# Tue 17 Nov\n\nMet Tobias Lind (Staff Engineer at Kestrel Systems). He's been interviewing too. My interview with Kestrel is on Friday.\n").otherKindOfNote == nil)
    }

    @Test("an interview that is no job interview is passed over, and dump says why")
    func noJobInterview() {
        // A guest badge is no show's guest, and an interview at a station is for a job there.
        for text in ["# Acme interview\n\nTue 17 Nov 2026, 10:00. Got a guest badge at reception for the interview. Met Priya Nair and Tom Becker.\n",
                     "# Interview at BBC Radio Leeds\n\nTue 17 Nov 2026, 10:00. Met Sarah Jones (Senior Producer) in the newsroom; the radio interview format came up.\n"] {
            #expect(!read(text).isNoJobInterview, "\(text.prefix(30))")
        }
        let notes = [
            "# Coffee with Priyanka Bose (ex-colleague, now at Stellar Maps)\n\nTue 17 Nov 2026, 8:30am, Blue Bottle on Mint St.\n\nNot a job interview, just catching up. She might refer me for a GIS role in Q1.\n",
            "# Informational interview — Dr. Hana Kobayashi, UX Research\n\nDate: 2026-11-20 12:00 (30 min Zoom)\n\n- 2026-11-20 14:00 thanked her by email, mentioned the diary-study tip\n",
            "# Podcast interview — \"Shipping It\" ep. 112\n\nRecorded: Thu 19 Nov 2026, 16:00\nHost: Carla Mendes — carla@shippingit.example\n",
            "# Sprint 47 — user interviews synthesis\n\n**Date:** 2026-11-18\n**Participants:** P1 (Maya, ops lead at a customer), P2 (Jordan, finance)\n",
            "# Exit interview — Northgate Printing (my last week)\n\n**Date:** Friday 30 October 2026, 15:00\n**With:** Gemma Ortiz, HR Manager\n\nSent Gemma a short thank-you email that evening.\n",
            "# Mock interview practice log\n\n| Date | Question set | To work on |\n|---|---|---|\n| 2026-11-03 19:00 | STAR | shorter stories |\n\nJordan's feedback email came on 2026-11-18; I replied with thanks the same evening.\n",
        ]
        for text in notes {
            let note = read(text)
            #expect(note.isNoJobInterview && !note.isInterviewNote, "\(text.prefix(40))")
            #expect(ModelText.render(note, path: "n.md").contains("no job interview"))
        }
        // A show's guest, or a relative interviewed on the radio, in a note that names no job.
        let media = [
            "# Night Shift Stories — ep. 12 notes\n\n**Guest:** Tomasz Wilk, lighthouse keeper (tomasz@lightkeep.example)\n**Taped:** Fri 13 Nov 2026, 19:00\n\n## Interview plan\n1. The storm of 1998\n\n## After\n- 14 Nov, 10:00 — emailed Tomasz a thank-you with the audio file.\n",
            "# Saturday 21 November 2026\n\nDad's interview with Coastline Radio aired at 9:30 this morning. Rang him at 9:50 to say well done.\n\nSent a thank-you card to Aunt Mia for the gloves.\n",
        ]
        for text in media {
            let note = read(text)
            #expect(note.isNoJobInterview && !note.isInterviewNote, "\(text.prefix(40))")
        }
        // A hotel's guests beside a role, a radio station's job: job interviews.
        #expect(read("# Harbour Inn interview\n\nInterview: Mon 16 Nov 2026, 3pm with Lena Marsh (front office manager) about the night-desk role.\nShe asked how I handle guest complaints.\n").isInterviewNote)
        #expect(read("# Wavelength FM interview\n\nInterview: Mon 16 Nov 2026, 3pm with Dev Patel for the radio producer position.\n").isInterviewNote)
        // A job interview with those words elsewhere, or with interview keys in its front matter, is checked.
        #expect(read("# Acme interview\n\nInterview: Mon 16 Nov 2026, 3pm with Sam Ashby (CTO). It felt like a user interview at times.\n").isInterviewNote)
        #expect(read("---\ndate: 2026-11-18 10:00\ncompany: Acme\n---\n# Informational interview that became a screen\n").isInterviewNote)
        #expect(read("# UX Research interview — Acme\n\nMon 16 Nov 2026, 3pm with Sam Ashby (Head of Design).\n").isInterviewNote)
    }

    @Test("an episode's show notes and a team's customer interviews are no job interview, whatever they say of hiring")
    func showNotesAndResearchInterviews() {
        func episode(tag: String, front: String = "show: Night Bakes") -> String { """
            ---
            \(front)
            tags: [podcast, \(tag)]
            ---
            # Episode 9: Omar Haddad on running a bakery

            We taped the interview with Omar (omar@crumb.example) on Tue 10 Nov 2026 at 11:00.

            ## Show notes
            - 00:04:00 — why he hires every candidate for a paid trial shift
            - 00:21:30 — his job interview question: "what would you bake first?"

            ## After
            - 2026-11-10 15:00 — emailed Omar a thank-you for the interview
            """
        }
        #expect(read(episode(tag: "show-notes")).isNoJobInterview && !read(episode(tag: "show-notes")).isInterviewNote)
        // Without the tag, a "## Show notes" heading says the same.
        #expect(read(episode(tag: "audio")).isNoJobInterview)
        // A `title:` key names the note, not a job: the episode stays no job interview.
        #expect(!read(episode(tag: "show-notes", front: "title: \"Episode 9 with Omar\"")).isInterviewNote)
        #expect(read("---\ntitle: Staff Engineer\ndate: 2026-11-18 10:00\n---\nMet Sam Ashby (CTO).\n").isInterviewNote)
        let research = """
            # Design review — stakeholder interviews, week 12

            **Date:** 2026-11-18 14:00
            - Lena did four interviews with shop owners; two asked for a card.
            - [ ] Lena: thank-you emails to each of them by Friday
            """
        #expect(read(research).isNoJobInterview && !read(research).isInterviewNote)
        // One interview for a job in customer research is still a job interview.
        #expect(read("# Customer research interview — Acme\n\nMon 16 Nov 2026, 3pm with Sam Ashby (Head of Insight).\n").isInterviewNote)
        // A job interview at a podcast firm that mentions show notes in prose is checked.
        #expect(read("# Interview at Loudwave\n\nMon 16 Nov 2026, 3pm with Sam Ashby (Head of Podcasts). They asked me to draft show notes for an episode.\n").isInterviewNote)
    }
}
