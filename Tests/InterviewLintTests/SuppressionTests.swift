import Testing
@testable import InterviewLint

@Suite("Suppression comments")
struct SuppressionTests {
    static let people = """
        - [ ] Ann Lee — ann@x.example — +1 555 0001
        - [ ] Ben Kho — ben@x.example — +1 555 0002
        - [ ] Cal Ray — cal@x.example — +1 555 0003
        """

    func cardLines(_ body: String) -> [Int] {
        let note = "---\ndate: 2026-11-16 10:00\n---\n## Interviewers\n" + body
        return lint(note, configuration: only(CardCollected.self)).map(\.range.start.line)
    }

    @Test("disable and enable bracket a region")
    func region() {
        let body = """
            - [ ] Ann Lee
            <!-- interview-lint-disable card-collected -->
            - [ ] Ben Kho
            <!-- interview-lint-enable card-collected -->
            - [ ] Cal Ray
            """
        #expect(cardLines(body) == [5, 9])
    }

    @Test("disable-next-line covers one line")
    func nextLine() {
        let body = """
            - [ ] Ann Lee
            <!-- interview-lint-disable-next-line card-collected -->
            - [ ] Ben Kho
            - [ ] Cal Ray
            """
        #expect(cardLines(body) == [5, 8])
    }

    @Test("a comment without rule names covers every rule; another rule's name covers nothing")
    func scope() {
        #expect(cardLines("<!-- interview-lint-disable -->\n" + Self.people).isEmpty)
        #expect(cardLines("<!-- interview-lint-disable contact-details -->\n" + Self.people) == [6, 7, 8])
        #expect(cardLines("<!-- interview-lint-disable-file card-collected -->\n" + Self.people).isEmpty)
    }

    @Test("front matter disable")
    func frontMatter() {
        let note = "---\ndate: 2026-11-16 10:00\ninterview-lint:\n  disable: [card-collected]\n---\n## Interviewers\n" + Self.people
        #expect(lint(note, configuration: only(CardCollected.self)).isEmpty)
    }

    @Test("a comment naming an unknown rule is reported, with a suggestion")
    func unknownRule() {
        let note = "---\ndate: 2026-11-16 10:00\ninterview-lint: {disable: [card-colected]}\n---\n<!-- interview-lint-disable thank-you-sen -->\n"
        let found = lint(note, configuration: only(UnknownRule.self))
        #expect(found.map(\.range.start.line) == [3, 5])
        #expect(found[0].message.contains("did you mean 'card-collected'"))
        #expect(found[1].message.contains("did you mean 'thank-you-sent'"))
    }

    @Test("a disable-all comment does not hide its own mistakes")
    func disableAllKeepsUnknownRule() {
        let note = "---\ndate: 2026-11-16 10:00\n---\n<!-- interview-lint-disable-file -->\n<!-- interview-lint-disable no-such-rule -->\n"
        #expect(lint(note, configuration: only(UnknownRule.self)).count == 1)
    }
}
