/// Matches the names written in a note (in a log entry, an email's header, a sentence) to the
/// note's interviewers: exactly, by one or more words of the name, or as a near miss.
///
/// A note with a few people compares a name with each of them. From `indexFrom` people on, the
/// same answers come from tables built once per note: names and words by hash, and near misses
/// through every spelling with up to two letters deleted (two names within k edits share such a
/// spelling), so that a log of n names costs about n look-ups rather than n² edit distances.
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

    /// From how many people on names are looked up in tables.
    let indexFrom: Int
    static let defaultIndexFrom = 32
    /// How many edit distances were worked out: the cost the tables keep near-linear, counted so
    /// that a test can check it without timing anything.
    private(set) var comparisons = 0

    init(people: [Interviewer], maxNameDistance: Int, indexFrom: Int = NameMatcher.defaultIndexFrom) {
        self.people = people
        self.maxNameDistance = maxNameDistance
        self.indexFrom = indexFrom
        lowercasedNames = people.map { Self.comparable($0.nameWithoutTitle) }
        nameWords = lowercasedNames.map { $0.wordsBetweenSpaces() }
    }

    private var indexed: Bool { people.count >= indexFrom }

    /// Lowercased, and without what makes two spellings of one name differ unseen: a soft hyphen
    /// or a zero-width joiner typed into it, a no-break space between its words. Both are outside
    /// ASCII, as most names are not, so most names are only lowercased.
    static func comparable(_ name: String) -> String {
        let lowered = name.quickLowercased()
        guard lowered.hasNonASCII else { return lowered }
        return lowered.withoutInvisibleJoiners.withPlainSpaces
    }

    /// The first person of each lowercased name, as `lowercasedNames.firstIndex(of:)` finds them.
    private lazy var nameIndex: [String: Int] = {
        var index: [String: Int] = [:]
        index.reserveCapacity(lowercasedNames.count)
        for (person, name) in lowercasedNames.enumerated() where index[name] == nil { index[name] = person }
        return index
    }()

    /// The people whose name has a word, each once and in order.
    private lazy var wordIndex: [String: [Int]] = {
        var index: [String: [Int]] = [:]
        for (person, words) in nameWords.enumerated() {
            for word in words where index[String(word)]?.last != person { index[String(word), default: []].append(person) }
        }
        return index
    }()

    private func firstPerson(named name: String) -> Int? {
        indexed ? nameIndex[name] : lowercasedNames.firstIndex(of: name)
    }

    /// The people with this word in their name, in order.
    func holders(ofWord word: String) -> [Int] {
        indexed ? wordIndex[word] ?? [] : people.indices.filter { nameWords[$0].contains(Substring(word)) }
    }

    /// Matches a written name to an interviewer.
    func resolve(_ written: Located<String>) -> PersonReference {
        var name = Self.comparable(written.value)
        // Spaces collapsed and trimmed; most names need nothing done.
        if name.utf8.first == 0x20 || name.utf8.last == 0x20 || name.byteRange(of: "  ") != nil {
            name = name.split(separator: " ").joined(separator: " ")
        }
        if let exact = firstPerson(named: name) {
            return PersonReference(written: written, interviewer: exact, match: .exact)
        }
        if let space = name.utf8.firstIndex(of: 0x20), name.utf8.distance(from: name.utf8.startIndex, to: space) <= 9 {
            // "Frau Vogelsang", "Herrn Eberle", "Mme Garnier": a form of address before the
            // name is no part of it (unless someone's name holds the word: Don Smith).
            let first = String(Substring(name.utf8[..<space]))
            if Self.formsOfAddress.contains(first), !people.indices.contains(where: { nameWords[$0].contains(Substring(first)) }) {
                let rest = String(Substring(name.utf8[name.utf8.index(after: space)...]))
                if !rest.isEmpty {
                    let found = resolve(Located(rest, written.range))
                    if found.interviewer != nil { return PersonReference(written: written, interviewer: found.interviewer, match: found.match) }
                }
            }
        }
        if !name.hasByte(0x20), name.hasByte(UInt8(ascii: "-")) || name.hasByte(UInt8(ascii: "_")) {
            // A people note's file name: `[[callum-fraser]]`.
            let spaced = String(name.map { $0 == "-" || $0 == "_" ? " " : $0 })
            if let exact = firstPerson(named: spaced) {
                return PersonReference(written: written, interviewer: exact, match: .exact)
            }
        }
        if !name.hasByte(0x20) {
            // The one person with this word in their name (counted, not listed).
            if indexed {
                if let holders = wordIndex[name] {
                    if holders.count > 1 { return PersonReference(written: written, interviewer: nil, match: .ambiguous) }
                    return PersonReference(written: written, interviewer: holders[0], match: .partial)
                }
            } else {
                var partial: Int?
                for index in people.indices where nameWords[index].contains(where: { $0 == name }) {
                    if partial != nil { return PersonReference(written: written, interviewer: nil, match: .ambiguous) }
                    partial = index
                }
                if let partial { return PersonReference(written: written, interviewer: partial, match: .partial) }
            }
        } else {
            // Several words of one person's name, in any order ("Wei Ling" for Lim Wei Ling).
            let words = name.split(separator: " ")
            let holders = (indexed && !words.isEmpty ? wordIndex[String(words[0])] ?? [] : Array(people.indices))
                .filter { index in words.allSatisfy { word in nameWords[index].contains(word) } }
            if holders.count == 1 { return PersonReference(written: written, interviewer: holders[0], match: .partial) }
            // "Alex C." and "Alex M." for Alex Chen and Alex Moreau: a last initial tells apart
            // people of one first name.
            if words.count == 2, words[1].utf8.count == 1, let initial = words[1].first, initial.isLetter {
                let first = words[0]
                let initialled = (indexed ? wordIndex[String(first)] ?? [] : Array(people.indices)).filter { index in
                    let own = nameWords[index]
                    guard let at = own.firstIndex(of: first) else { return false }
                    return own[(at + 1)...].contains { $0.first == initial }
                }
                if initialled.count == 1 { return PersonReference(written: written, interviewer: initialled[0], match: .partial) }
            }
            // "do Michała Wróbla", "Katarzyny Zielińskiej": a whole name in another case, as Slavic
            // languages inflect it, when each word is a case of one person's name word and only one person fits.
            if words.count >= 2, words.allSatisfy({ $0.utf8.count >= 3 }) {
                let inflected = people.indices.filter { index in
                    words.allSatisfy { word in nameWords[index].contains { $0 == word || Self.inflects(String($0), to: String(word)) } }
                }
                if inflected.count == 1 { return PersonReference(written: written, interviewer: inflected[0], match: .partial) }
            }
        }
        if !name.hasByte(0x20), let inflected = inflectedPerson(name) {
            // "mail do Agnieszki", "osobny mail do Pawła": the name in another case.
            return PersonReference(written: written, interviewer: inflected, match: .partial)
        }
        if !name.hasByte(0x20), let byAddress = person(byAddress: name) {
            // "Seun" for Oluwaseun Adebayo, whose address is seun@…: the name they go by.
            return PersonReference(written: written, interviewer: byAddress, match: .partial)
        }
        guard indexed else { return nearMiss(written, name: name, among: people.indices) }
        // A log names the same few people again and again: each spelling is worked out once.
        if let known = nearMisses[name] { return PersonReference(written: written, interviewer: known.interviewer, match: known.match) }
        let allowed = min(maxNameDistance, name.count / 4)
        let found = allowed <= nearIndex.depth
            ? nearMiss(written, name: name, among: nearIndex.candidates(FuzzyMatch.fold(name), within: allowed))
            : nearMiss(written, name: name, among: people.indices)
        nearMisses[name] = (found.interviewer, found.match)
        return found
    }

    /// Forms of address written before a surname, lowercased: English, German, French,
    /// Spanish, Portuguese, Dutch, Italian.
    static let formsOfAddress: Set<String> = [
        "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "mx", "mx.", "dr", "dr.", "prof", "prof.", "frau", "herr", "herrn", "fr.",
        "hr.", "mme", "mme.", "madame", "monsieur", "mlle", "m.", "sr", "sr.", "sra", "sra.", "srta", "srta.", "senor",
        "senora", "don", "dona", "dhr", "dhr.", "mevr", "mevr.", "mw", "mw.", "sig.", "signor", "signora", "dott.",
        "pani", "pan", "pana", "panu",
    ]

    /// The one person with a name word that `word` is a case of, as Polish and other Slavic
    /// languages inflect names ("do Agnieszki", "z Pawłem"): an exact name, not a misspelling.
    private func inflectedPerson(_ word: String) -> Int? {
        guard word.utf8.count >= 4 else { return nil }
        var found: Int?
        for index in people.indices where nameWords[index].contains(where: { Self.inflects(String($0), to: word) }) {
            if found != nil { return nil }
            found = index
        }
        return found
    }

    /// Whether `written` is `name` (lowercased) with a case ending: a name ending in -a changes it
    /// (Agnieszka: Agnieszki, Agnieszkę, Agnieszką); one ending in a consonant adds one (Marek:
    /// Marka, Markiem), dropping the e before its last letter where Polish does (Paweł: Pawła).
    static func inflects(_ name: String, to written: String) -> Bool {
        guard name.utf8.count >= 3, written.utf8.count > name.utf8.count - 2, let last = name.last,
              written.first == name.first else { return false }
        if last == "a" {
            let stem = name.dropLast()
            guard written.hasPrefix(stem) else { return false }
            return changedEndings.contains(String(written.dropFirst(stem.count)))
        }
        guard !"eiouyąęó".contains(last) else { return false }
        for ending in addedEndings where written.hasSuffix(ending) {
            let stem = written.dropLast(ending.count)
            if stem == name { return true }
            if name.dropLast().last == "e", stem == name.dropLast(2) + String(last) { return true }
        }
        return false
    }
    // "iej": a surname that is an adjective (Zielińska: Zielińskiej).
    static let changedEndings: Set<String> = ["i", "y", "ie", "ę", "ą", "iej"]
    static let addedEndings = ["a", "owi", "em", "iem", "ie", "u"]

    /// The one person whose email address starts with the word ("seun@", "seun.adebayo@").
    private func person(byAddress word: String) -> Int? {
        guard word.utf8.count >= 3 else { return nil }
        var found: Int?
        for index in people.indices {
            guard let email = people[index].email?.value.quickLowercased(), let at = email.firstIndex(of: "@") else { continue }
            let local = email[..<at]
            let first = local.prefix { $0 != "." && $0 != "_" && $0 != "-" }
            guard local == word || first == word else { continue }
            if found != nil { return nil }
            found = index
        }
        return found
    }

    /// Near misses: against the full name, or a single word against first names; accents and
    /// letters such as ø are folded first, so "Zoe Odegard" is a misspelling of "Zoë Ødegård".
    /// Only `candidates` are compared: every person within the allowed distance must be among them.
    private func nearMiss<Candidates: Sequence<Int>>(_ written: Located<String>, name: String,
                                                     among candidates: Candidates) -> PersonReference {
        let allowed = min(maxNameDistance, name.count / 4)
        let folded = FuzzyMatch.fold(name)
        var best: (index: Int, distance: Int)?
        var tie = false
        let foldedNames = self.foldedNames
        let oneWord = !name.hasByte(0x20)
        for index in candidates {
            var distance = FuzzyMatch.editDistance(folded, foldedNames[index].name)
            comparisons += 1
            if oneWord {
                distance = min(distance, FuzzyMatch.editDistance(folded, foldedNames[index].firstName))
                comparisons += 1
            }
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

    private var nearMisses: [String: (interviewer: Int?, match: PersonReference.Match)] = [:]
    /// Up to two deletions: the default `max-distance`. A larger one lets long names be farther
    /// apart; those are compared with every person.
    private lazy var nearIndex = DeletionIndex(foldedNames.map { [$0.name, $0.firstName] }, depth: min(maxNameDistance, 2))
}

/// Every spelling of each person's names with up to `depth` characters deleted, and who has it.
/// Two strings within k edits (insertions, deletions, substitutions, swaps of neighbours) become
/// the same string when at most k characters are deleted from each: a person within k edits of a
/// name shares one of the name's deleted spellings, so the look-up misses nobody. Spellings are
/// kept as hashes of their characters' numbers (equal characters, as `Character` compares them,
/// get one number), so that no string is built; two spellings with one hash only add a candidate.
struct DeletionIndex {
    let depth: Int
    /// A number for each character the names hold.
    private var numbers: [Character: UInt32] = [:]
    /// Each spelling's last posting; postings chain back through `next` (-1 ends).
    private var heads: [UInt64: Int32] = [:]
    private var person: [Int32] = []
    private var next: [Int32] = []
    /// Marks the people a look-up has found already.
    private var seen: [Int]
    private var stamp = 0

    init(_ names: [[String]], depth: Int) {
        self.depth = depth
        seen = [Int](repeating: 0, count: names.count)
        heads.reserveCapacity(names.count * 64)
        var word: [UInt32] = []
        for (index, spellings) in names.enumerated() {
            for spelling in spellings {
                word.removeAll(keepingCapacity: true)
                for character in spelling {
                    if let number = numbers[character] {
                        word.append(number)
                    } else {
                        numbers[character] = UInt32(numbers.count)
                        word.append(UInt32(numbers.count - 1))
                    }
                }
                Self.deletions(word, depth: depth) { hash in
                    let head = heads[hash] ?? -1
                    // The same person's other spellings may give the same string.
                    if head >= 0, person[Int(head)] == Int32(index) { return }
                    person.append(Int32(index))
                    next.append(head)
                    heads[hash] = Int32(person.count - 1)
                }
            }
        }
    }

    /// The people who share a spelling with `name` when up to `distance` (at most `depth`)
    /// characters are deleted from each, in order.
    mutating func candidates(_ name: String, within distance: Int) -> [Int] {
        stamp += 1
        var found: [Int] = []
        // A character no name holds matches none of theirs; one number for all such is enough.
        let word = name.map { numbers[$0] ?? UInt32.max }
        Self.deletions(word, depth: min(distance, depth)) { hash in
            guard var posting = heads[hash] else { return }
            while posting >= 0 {
                let index = Int(person[Int(posting)])
                if seen[index] != stamp {
                    seen[index] = stamp
                    found.append(index)
                }
                posting = next[Int(posting)]
            }
        }
        return found.sorted()
    }

    /// Calls `body` with the hash of `word` and of each sequence made from it by deleting up to
    /// `depth` (at most two) of its numbers (some sequences more than once).
    static func deletions(_ word: [UInt32], depth: Int, _ body: (UInt64) -> Void) {
        // FNV-1a over the numbers, leaving out the ones at `skip` and `skip2`.
        func hash(skipping skip: Int, _ skip2: Int) -> UInt64 {
            var hash: UInt64 = 0xcbf29ce484222325
            for position in word.indices where position != skip && position != skip2 {
                hash = (hash ^ UInt64(word[position])) &* 0x100000001b3
            }
            // The length, so that a deletion is never the same sequence as a longer one.
            return (hash ^ UInt64(word.count - (skip >= 0 ? 1 : 0) - (skip2 >= 0 ? 1 : 0))) &* 0x100000001b3
        }
        body(hash(skipping: -1, -1))
        guard depth > 0 else { return }
        for first in word.indices {
            body(hash(skipping: first, -1))
            guard depth > 1 else { continue }
            for second in (first + 1)..<word.count { body(hash(skipping: first, second)) }
        }
    }
}

extension String {
    /// With no-break, narrow and other fixed-width spaces as plain ones: a name copied from a web
    /// page or a PDF often has one between its words, which looks no different. Their UTF-8
    /// starts with 0xC2, 0xE2 or 0xE3: text without those bytes is returned as it is.
    var withPlainSpaces: String {
        guard utf8.contains(where: { $0 == 0xC2 || $0 == 0xE2 || $0 == 0xE3 }) else { return self }
        var scalars = String.UnicodeScalarView()
        var changed = false
        for scalar in unicodeScalars {
            switch scalar.value {
            case 0x00A0, 0x2000...0x200A, 0x202F, 0x205F, 0x3000:
                scalars.append(" ")
                changed = true
            default:
                scalars.append(scalar)
            }
        }
        return changed ? String(scalars) : self
    }
}
