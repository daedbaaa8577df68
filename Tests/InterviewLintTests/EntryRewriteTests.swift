import Testing
@testable import InterviewLint

@Suite("Unreadable entries: the canonical rewrite")
struct EntryRewriteTests {
    static func note(_ log: String, people: String = "- [x] Jane Doe — Engineering Manager — jane.doe@acme.example — +1 555 0100") -> String {
        """
        ---
        company: Acme Robotics
        role: Senior iOS Engineer
        date: 2026-11-16 10:00
        ---

        # Acme Robotics — Senior iOS Engineer

        ## Interviewers
        \(people)

        ## Follow-up
        \(log)
        """
    }

    /// The unreadable-entry findings on the log's first line, with their replacements.
    static func rewrites(_ log: String) -> [String?] {
        lint(note(log)).filter { $0.rule == "unreadable-entry" && $0.range.start.line == 13 }.map(\.replacement)
    }

    @Test("a misspelt channel word: the entry in the canonical form, with the word spelt as the reader knows it",
          arguments: [
              ("- 2026-11-19 10:00 — Emial to Jane Doe about the offer.", "2026-11-19 10:00 — Email to Jane Doe about the offer."),
              ("- Nov 20, 10am: caled Jane Doe about the offer", "2026-11-20 10:00 — Called Jane Doe about the offer"),
              // Marks and links around the date are kept, which the canonical form would drop.
              ("- **Nov 20** — phoend Jane Doe about the offer", "**Nov 20** — Phoned Jane Doe about the offer"),
              ("- [[2026-11-20]] 10:00 — Emial to Jane Doe", "[[2026-11-20]] 10:00 — Email to Jane Doe"),
              ("- [x] 2026-11-20 — Linkdin message to Jane Doe: thanks", "[x] 2026-11-20 — LinkedIn message to Jane Doe: thanks"),
              ("- 2026-11-17 18:00 — Emaild thank-you to Jane Doe. Recap: the sync design.",
               "2026-11-17 18:00 — Emailed thank-you to Jane Doe. Recap: the sync design."),
          ])
    func rewritten(_ entry: String, _ expected: String) {
        #expect(Self.rewrites(entry) == [expected])
        // Written so, the entry is read in full.
        let fixed = lint(Self.note("- " + expected))
        #expect(!fixed.contains { $0.rule == "unreadable-entry" }, "\(fixed.map(\.message))")
    }

    @Test("no rewrite where the entry could be written more than one way", arguments: [
        "- 2026-11-16 17:30 — Thank-you to Jane Doe. Recap: the sync design.",  // no channel word: email, card or LinkedIn?
        "- 2026-11-19 — Tested the app with Jane Doe",  // a word a letter from "texted", not a slip
        "- 2026-11-19 — Emial and caled Jane Doe",  // two misspelt words
        "- 2026-11-18 24:00 — Called Jane Doe; left a voicemail.",  // no such time
        "- Last week — Emial thank-you to Jane Doe.",  // no day
    ])
    func notRewritten(_ entry: String) {
        let found = Self.rewrites(entry)
        #expect(!found.isEmpty)
        #expect(found.allSatisfy { $0 == nil })
    }

    @Test("a log table's row gets no rewrite (the fix replaces one line of text)")
    func tableRow() {
        let log = "| Date | Channel | With | Notes |\n|---|---|---|---|\n| 2026-11-19 10:00 | Emial | Jane Doe | about the offer |"
        let found = lint(Self.note(log)).filter { $0.rule == "unreadable-entry" }
        #expect(!found.isEmpty)
        #expect(found.allSatisfy { $0.replacement == nil })
    }

    @Test("the slips a rewrite accepts: a letter dropped, added inside or two swapped, not changed")
    func slips() {
        func slip(_ typed: String, _ word: String) -> Bool { EntryRewrite.oneSlip(Array(typed.utf8), Array(word.utf8)) }
        #expect(slip("emial", "email") && slip("caled", "called") && slip("emaill", "email") && slip("linkdin", "linkedin"))
        #expect(!slip("tested", "texted") && !slip("honed", "phoned") && !slip("phones", "phone") && !slip("email", "email"))
    }
}
