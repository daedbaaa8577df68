import Testing
@testable import InterviewLint

/// Matching the names a log writes to the interviewers: the tables a note with many people uses
/// give the answers comparing one person at a time gives, at a cost that grows with the names.
extension RobustnessTests {
    /// A repeatable stream of numbers (a linear congruential generator).
    struct Numbers {
        var state: UInt64
        mutating func next(_ bound: Int) -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int((state >> 33) % UInt64(bound))
        }
    }

    static func people(_ names: [String]) -> [Interviewer] {
        names.enumerated().map { index, name in
            let range = SourceRange(line: index + 1, column: 1, length: name.count)
            return Interviewer(name: Located(name, range), range: range)
        }
    }

    /// Distinct names made of syllables, some with accents, hyphens or three words.
    static func names(_ count: Int, numbers: inout Numbers) -> [String] {
        let syllables = ["an", "bel", "cor", "da", "el", "fi", "gra", "ho", "is", "jo", "ka", "lø", "mé", "na", "or", "pe", "qui", "ro", "sa", "tu"]
        func word() -> String {
            var word = ""
            for _ in 0..<(2 + numbers.next(2)) { word += syllables[numbers.next(syllables.count)] }
            return word.prefix(1).uppercased() + word.dropFirst()
        }
        var names: [String] = [], seen: Set<String> = []
        while names.count < count {
            var name = word() + " " + word()
            switch numbers.next(8) {
            case 0: name += "-" + word()
            case 1: name += " " + word()
            default: break
            }
            if seen.insert(name).inserted { names.append(name) }
        }
        return names
    }

    /// A name with `edits` random edits: a letter changed, left out, added, or swapped with the next.
    static func misspelled(_ name: String, edits: Int, numbers: inout Numbers) -> String {
        var characters = Array(name)
        for _ in 0..<edits where characters.count > 2 {
            let at = numbers.next(characters.count - 1)
            switch numbers.next(4) {
            case 0: characters[at] = "x"
            case 1: characters.remove(at: at)
            case 2: characters.insert("e", at: at)
            default: characters.swapAt(at, at + 1)
            }
        }
        return String(characters)
    }

    @Test("names misspelled in a log of 2,000 interviewers are matched with a few comparisons each, not one per interviewer (issue 18 D16)")
    func nameMatchingIsNearLinear() {
        var numbers = Numbers(state: 18)
        let names = Self.names(2000, numbers: &numbers)
        let matcher = NameMatcher(people: Self.people(names), maxNameDistance: 2)
        var matched = 0
        for name in names {
            let reference = matcher.resolve(Located(Self.misspelled(name, edits: 1, numbers: &numbers), SourceRange(line: 1, column: 1, length: 1)))
            if reference.match == .nearMiss { matched += 1 }
        }
        #expect(matched > 1900, "\(matched) of 2000 misspellings matched")
        #expect(matcher.comparisons < 20 * names.count, "\(matcher.comparisons) edit distances for \(names.count) names")

        // Comparing with every person, as notes with a few people do, costs one comparison per
        // person and name: the bound above is one that cost breaks already at 200 people.
        let few = NameMatcher(people: Self.people(Array(names.prefix(200))), maxNameDistance: 2, indexFrom: .max)
        for name in names.prefix(200) {
            _ = few.resolve(Located(Self.misspelled(name, edits: 1, numbers: &numbers), SourceRange(line: 1, column: 1, length: 1)))
        }
        #expect(few.comparisons >= 20 * 200)
    }

    @Test("the tables find the person, the partial or ambiguous match, or nobody, as comparing one person at a time does")
    func nameMatchingTablesAgree() {
        var numbers = Numbers(state: 17)
        for maxDistance in [0, 1, 2, 3, 5] {
            var names = Self.names(60, numbers: &numbers)
            // Near neighbours, a shared first name and a name written twice make ties and ambiguity.
            names += ["Anna Kowalska", "Anna Kowalski", "Ana Kowalska", "Zoë Ødegård", "Zoe Odegard", "Anna Kowalska", "Dr. Lim Wei Ling"]
            let people = Self.people(names)
            let tables = NameMatcher(people: people, maxNameDistance: maxDistance, indexFrom: 1)
            let oneByOne = NameMatcher(people: people, maxNameDistance: maxDistance, indexFrom: .max)
            var written = ["anna kowalska", "Anna", "Kowalska", "Zoe", "Odegard", "zoë ødegard", "Wei Ling", "lim-wei-ling", "Ann Kowalsk",
                           "Nobody Here", "", " ", "  Anna   Kowalski ", "Zoe\u{AD} Ødegård", "Kowalksa"]
            for name in names {
                let words = name.split(separator: " ").map(String.init)
                written += [name, words[0], words[words.count - 1], words.joined(separator: "-").lowercased(),
                            Self.misspelled(name, edits: 1 + numbers.next(3), numbers: &numbers),
                            Self.misspelled(words[0], edits: 1, numbers: &numbers),
                            Self.misspelled(words[words.count - 1], edits: 1 + numbers.next(2), numbers: &numbers)]
            }
            // Twice: the second time from what the tables remember of the first.
            for name in written + written {
                let location = Located(name, SourceRange(line: 1, column: 1, length: 1))
                let (a, b) = (tables.resolve(location), oneByOne.resolve(location))
                #expect(a.interviewer == b.interviewer && a.match == b.match,
                        "'\(name)' at max-distance \(maxDistance): \(String(describing: a.interviewer)) \(a.match) / \(String(describing: b.interviewer)) \(b.match)")
                #expect(tables.holders(ofWord: name.lowercased()) == oneByOne.holders(ofWord: name.lowercased()))
            }
        }
    }

    @Test("a name with a no-break or narrow space between its words is the name on the card, both ways (issue 18 D13)", arguments: [
        Labelled("no-break space in the log", ("José García", "José\u{A0}García")),
        Labelled("narrow no-break space in the log", ("José García", "José\u{202F}García")),
        Labelled("ideographic space in the log", ("José García", "José\u{3000}García")),
        Labelled("no-break space on the card", ("José\u{A0}García", "José García")),
    ])
    func fixedWidthSpaces(_ sample: Labelled<(String, String)>) {
        let note = "---\ndate: 2026-11-16 10:00\n---\n## Interviewers\n- [x] \(sample.value.0) — jose@acme.example — +1 555 0100\n## Follow-up\n"
            + "- 2026-11-16 18:00 — Email thank-you to \(sample.value.1). Recapped the roadmap; reiterated interest.\n"
        let found = lint(note, today: "2026-11-17")
        #expect(!found.contains { ["name-spelling", "unknown-person", "thank-you-sent"].contains($0.rule) }, "\(sample.name): \(found.map(\.message))")
        let matcher = NameMatcher(people: Self.people([sample.value.0]), maxNameDistance: 2)
        #expect(matcher.resolve(Located(sample.value.1, SourceRange(line: 1, column: 1, length: 1))).match == .exact, "\(sample.name)")
    }

    @Test("edit distances worked out on the bytes of ASCII text are the ones on its characters")
    func editDistanceOnBytes() {
        var numbers = Numbers(state: 7)
        let pieces = ["a", "b", "ab", "-", " ", "\r", "\n", "\r\n", "é", "e\u{301}", "thank-you-sent", "x"]
        var checked = 0
        for _ in 0..<2000 {
            let a = (0..<numbers.next(6)).map { _ in pieces[numbers.next(pieces.count)] }.joined()
            let b = (0..<numbers.next(6)).map { _ in pieces[numbers.next(pieces.count)] }.joined()
            #expect(FuzzyMatch.editDistance(a, b) == FuzzyMatch.editDistance(Array(a), Array(b)), "\(a.debugDescription) / \(b.debugDescription)")
            if FuzzyMatch.editDistance(a, b) > 0 { checked += 1 }
        }
        #expect(checked > 1000)
        #expect(FuzzyMatch.editDistance("a\r\nb", "a\rb") == 1)
        #expect(FuzzyMatch.editDistance("thank-you-snet", "thank-you-sent") == 1)
    }
}
