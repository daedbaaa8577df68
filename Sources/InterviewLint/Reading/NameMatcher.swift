/// Matches the names written in a note (in a log entry, an email's header, a sentence) to the
/// note's interviewers: exactly, by one or more words of the name, or as a near miss.
final class NameMatcher {
    let people: [Interviewer]
    let maxNameDistance: Int
    /// The people's names lowercased and split into words, worked out once per note rather
    /// than once per name written in the log.
    let lowercasedNames: [String]
    let nameWords: [[Substring]]
    /// Folding names is costly and only needed for names that match nobody exactly.
    private(set) lazy var foldedNames: [(name: String, firstName: String)] =
        people.map { (FuzzyMatch.fold($0.nameWithoutTitle), FuzzyMatch.fold($0.firstName)) }

    init(people: [Interviewer], maxNameDistance: Int) {
        self.people = people
        self.maxNameDistance = maxNameDistance
        lowercasedNames = people.map { $0.nameWithoutTitle.lowercased().withoutInvisibleJoiners }
        nameWords = lowercasedNames.map { $0.wordsBetweenSpaces() }
    }

    /// Matches a written name to an interviewer.
    func resolve(_ written: Located<String>) -> PersonReference {
        // A soft hyphen or a zero-width joiner typed into a name is no difference in spelling.
        var name = written.value.lowercased().withoutInvisibleJoiners
        // Spaces collapsed and trimmed; most names need nothing done.
        if name.utf8.first == 0x20 || name.utf8.last == 0x20 || name.byteRange(of: "  ") != nil {
            name = name.split(separator: " ").joined(separator: " ")
        }
        if let exact = lowercasedNames.firstIndex(of: name) {
            return PersonReference(written: written, interviewer: exact, match: .exact)
        }
        if !name.hasByte(0x20), name.hasByte(UInt8(ascii: "-")) || name.hasByte(UInt8(ascii: "_")) {
            // A people note's file name: `[[callum-fraser]]`.
            let spaced = String(name.map { $0 == "-" || $0 == "_" ? " " : $0 })
            if let exact = lowercasedNames.firstIndex(of: spaced) {
                return PersonReference(written: written, interviewer: exact, match: .exact)
            }
        }
        if !name.hasByte(0x20) {
            // The one person with this word in their name (counted, not listed).
            var partial: Int?
            for index in people.indices where nameWords[index].contains(where: { $0 == name }) {
                if partial != nil { return PersonReference(written: written, interviewer: nil, match: .ambiguous) }
                partial = index
            }
            if let partial { return PersonReference(written: written, interviewer: partial, match: .partial) }
        } else {
            // Several words of one person's name, in any order ("Wei Ling" for Lim Wei Ling).
            let words = name.split(separator: " ")
            let holders = people.indices.filter { index in words.allSatisfy { word in nameWords[index].contains(word) } }
            if holders.count == 1 { return PersonReference(written: written, interviewer: holders[0], match: .partial) }
        }
        // Near misses: against the full name, or a single word against first names; accents and
        // letters such as ø are folded first, so "Zoe Odegard" is a misspelling of "Zoë Ødegård".
        let allowed = min(maxNameDistance, name.count / 4)
        let folded = FuzzyMatch.fold(name)
        var best: (index: Int, distance: Int)?
        var tie = false
        let foldedNames = self.foldedNames
        for index in people.indices {
            var distance = FuzzyMatch.editDistance(folded, foldedNames[index].name)
            if !name.hasByte(0x20) { distance = min(distance, FuzzyMatch.editDistance(folded, foldedNames[index].firstName)) }
            guard distance <= allowed else { continue }
            if let current = best {
                if distance < current.distance { best = (index, distance); tie = false } else if distance == current.distance { tie = true }
            } else {
                best = (index, distance)
            }
        }
        if let best, !tie { return PersonReference(written: written, interviewer: best.index, match: .nearMiss) }
        return PersonReference(written: written, interviewer: nil, match: .none)
    }
}
