import Foundation

/// What the note says was discussed with each person: its lines outside the sections the
/// reader already turned into facts (front matter, people, before leaving, timeframe, log),
/// outside comments and code, that name that person, or that stand under a heading naming them
/// ("## Talking with Dana"). With a single interviewer, lines under a conversation heading
/// ("## Notes", "## Questions I asked") are theirs too. Nothing is made up: each recap line is a
/// line of the note with its Markdown marks taken off.
enum Recap {
    /// At most this many lines per person: a thank-you recaps some of the conversation.
    static let maximumLines = 5

    static let conversationWords: Set<String> = [
        "notes", "note", "conversation", "conversations", "discussed", "discussion", "talked", "topics", "questions",
        "asked", "recap", "takeaways", "impressions", "debrief", "talking", "talk", "chat", "spoke",
    ]

    /// For each of `people` (indices into `interview.people`), its recap lines in note order.
    static func lines(for interview: Interview, source: SourceText.Lines, within: ClosedRange<Int>? = nil) -> [Int: [String]] {
        var skipped = Set<Int>()
        func skip(_ range: SourceRange?) {
            guard let range, range.start.line <= range.end.line else { return }
            skipped.formUnion(range.start.line...range.end.line)
        }
        if let front = interview.frontMatter { skipped.formUnion(front.lines) }
        skip(interview.peopleSection)
        skip(interview.beforeLeaving.section)
        skip(interview.timeframeSection)
        skip(interview.logSection)
        skip(interview.title?.range)
        for person in interview.people { skip(person.range) }
        for entry in interview.log { skip(entry.range) }
        // Lines about a thank-you or a card are logistics, never conversation. A line the reader
        // took for a call or a timeframe ("the on-call rotation") is kept under a conversation heading
        // or one naming a person.
        var logistics = Set<Int>()
        for mention in interview.mentions {
            if mention.kind == .thankYou || mention.kind == .card { skip(mention.range) } else { logistics.insert(mention.range.start.line) }
        }
        if let timeframe = interview.timeframe { skip(timeframe.range) }

        let people = interview.people.indices.filter { !interview.people[$0].isRecruiter }
        let spellings = people.map { index in nameParts(interview.people[index], among: interview.people) }
        var result: [Int: [String]] = [:]
        var headingPeople: [(level: Int, people: [Int], conversation: Bool)] = []
        var inComment = false
        var fence: Substring?

        for index in source.indices {
            let number = index + 1
            let raw = source[index]
            let trimmed = Substring(raw.trimmingWhitespace())
            // Comments and code blocks are not what was said.
            if let open = fence {
                if trimmed.hasPrefix(open) { fence = nil }
                continue
            }
            if trimmed.hasPrefix("```") || trimmed.hasPrefix("~~~") {
                fence = trimmed.prefix(3)
                continue
            }
            if inComment {
                if trimmed.contains("-->") { inComment = false }
                continue
            }
            if trimmed.hasPrefix("<!--") {
                inComment = !trimmed.contains("-->")
                continue
            }
            if let level = headingLevel(trimmed) {
                let text = String(trimmed.dropFirst(level))
                let named = zip(people, spellings).filter { names(text, $0.1) }.map(\.0)
                let words = Set(text.lowercased().split { !$0.isLetter }.map(String.init))
                headingPeople.removeAll { $0.level >= level }
                headingPeople.append((level, named, !words.isDisjoint(with: conversationWords)))
                continue
            }
            guard !skipped.contains(number), within?.contains(number) ?? true else { continue }
            if logistics.contains(number), !headingPeople.contains(where: { $0.conversation || !$0.people.isEmpty }) { continue }
            let text = plain(trimmed)
            guard text.count >= 3 else { continue }
            var named = zip(people, spellings).filter { names(text, $0.1) }.map(\.0)
            if named.isEmpty { named = headingPeople.last(where: { !$0.people.isEmpty })?.people ?? [] }
            if named.isEmpty, people.count == 1, headingPeople.contains(where: \.conversation) { named = people }
            for person in named where result[person, default: []].count < maximumLines {
                result[person, default: []].append(withoutLabel(text, spellings[people.firstIndex(of: person)!]))
            }
        }
        // What a log entry to them says it recapped ("Recap: the offline sync design.").
        // Without the marker, "recapping our talk about PID tuning and reiterating…" gives what follows "about".
        for entry in interview.log where entry.isOutgoing && entry.recapsConversation {
            guard let marker = entry.text.range(of: "recap:", options: .caseInsensitive)
                ?? entry.text.range(of: " about ", options: .caseInsensitive) else { continue }
            var text = entry.text[marker.upperBound...]
            for end in [". ", ";", ",", " and reiterat", " reiterat"] {
                if let found = text.range(of: end, options: .caseInsensitive) { text = text[..<found.lowerBound] }
            }
            let line = MessageText.oneLine(String(text.trimmingWhitespace()).trimmingCharacters(in: ["."]), limit: 400)
            guard line.count >= 3 else { continue }
            for person in entry.interviewers where people.contains(person) && result[person, default: []].count < maximumLines
                && !result[person, default: []].contains(line) {
                result[person, default: []].append(line)
            }
        }
        return result
    }

    /// The words that name a person in a line: the whole name, and each first or last name no
    /// other interviewer shares.
    static func nameParts(_ person: Interviewer, among everyone: [Interviewer]) -> (full: String, parts: [String]) {
        func words(_ name: String) -> [String] {
            name.split { !($0.isLetter || $0 == "'" || $0 == "’" || $0 == "-") }.map(String.init).filter { $0.count > 1 }
        }
        let own = words(person.nameWithoutTitle)
        let others = everyone.filter { $0.name.value != person.name.value }.flatMap { words($0.nameWithoutTitle) }
        let shared = Set(others.map { FuzzyMatch.fold($0) })
        return (person.nameWithoutTitle, own.filter { !shared.contains(FuzzyMatch.fold($0)) })
    }

    /// Whether `line` names the person: their full name, or one of their own names written
    /// with a capital ("Dana", not "dana" or "grant" for Grant).
    static func names(_ line: String, _ name: (full: String, parts: [String])) -> Bool {
        if line.localizedLowercase.contains(name.full.localizedLowercase) { return true }
        let words = line.split { !($0.isLetter || $0 == "'" || $0 == "’" || $0 == "-") }
        return words.contains { word in
            guard word.first?.isUppercase == true else { return false }
            var bare = Substring(word)
            for suffix in ["'s", "’s"] where bare.hasSuffix(suffix) { bare = bare.dropLast(2) }
            return name.parts.contains { FuzzyMatch.fold($0) == FuzzyMatch.fold(String(bare)) }
        }
    }

    /// "Maya: how on-call is shared" recaps as "how on-call is shared": the label only said whose line it is.
    static func withoutLabel(_ line: String, _ name: (full: String, parts: [String])) -> String {
        guard let colon = line.firstIndex(of: ":"), line.distance(from: line.startIndex, to: colon) <= name.full.count else { return line }
        let label = String(line[..<colon])
        let rest = line[line.index(after: colon)...].trimmingWhitespace()
        guard rest.count >= 3, label == name.full || name.parts.contains(label) else { return line }
        return rest
    }

    static func headingLevel(_ line: Substring) -> Int? {
        let hashes = line.prefix { $0 == "#" }.count
        guard (1...6).contains(hashes), line.dropFirst(hashes).first == " " else { return nil }
        return hashes
    }

    /// The line without list markers, checkboxes, quote marks, emphasis and link syntax.
    static func plain(_ line: Substring) -> String {
        var text = line
        while true {
            let before = text
            for marker in ["> ", "- [ ] ", "- [x] ", "- [X] ", "* ", "- ", "+ "] where text.hasPrefix(marker) {
                text = text.dropFirst(marker.count)
            }
            if let dot = text.firstIndex(where: { !$0.isNumber }), dot != text.startIndex,
               text[dot] == "." || text[dot] == ")", text[text.index(after: dot)...].hasPrefix(" ") {
                text = text[text.index(dot, offsetBy: 2)...]
            }
            text = text.drop { $0 == " " }
            if text == before { break }
        }
        var out = String(text)
        for mark in ["**", "__", "[[", "]]", "`"] { out = out.replacingOccurrences(of: mark, with: "") }
        // [text](url) reads as its text.
        while let open = out.range(of: "]("), let close = out[open.upperBound...].firstIndex(of: ")"),
              let start = out[..<open.lowerBound].lastIndex(of: "[") {
            let label = out[out.index(after: start)..<open.lowerBound]
            out.replaceSubrange(start...close, with: label)
        }
        return MessageText.oneLine(out, limit: 400)
    }
}
