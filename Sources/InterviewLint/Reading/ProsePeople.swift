/// People written outside an Interviewers section: a list item shaped like a card entry
/// ("- [[Theo Prescott]] — VP Product, hiring manager. Card: theo@…") under any heading, and
/// people introduced in sentences ("Met with Priya Nair (hiring manager) and Tom Becker", "with
/// **Colleen Hartigan**, AVP Member Systems", "Oskar Lind (eng manager) + Femi Adebayo"). A name
/// is taken only with evidence that it is a person you met: a job title beside it, a card, an
/// address or a number, or a word such as "met" or "with" on a line about the interview.
enum ProsePeople {
    static let titleWords: Set<String> = [
        "manager", "director", "engineer", "lead", "head", "hr", "recruiter", "vp", "analyst", "administrator",
        "partner", "officer", "coordinator", "designer", "scientist", "founder", "ceo", "cto", "cfo", "coo",
        "principal", "staff", "senior", "sr", "chief", "president", "owner", "architect", "specialist", "developer",
        "supervisor", "librarian", "teacher", "consultant", "associate", "actuary", "controller", "executive",
        "talent", "hiring", "team", "product", "programme", "program", "planner", "sre", "researcher",
        "assistant", "secretary", "dean", "professor", "chair", "member", "avp", "svp", "evp", "advisor",
    ]
    /// Capitalised words that start sentences or name things, never people.
    static let notNames: Set<String> = [
        "the", "a", "an", "i", "i'm", "i've", "we", "they", "he", "she", "it", "my", "our", "their", "his", "her",
        "interview", "interviews", "onsite", "panel", "phone", "screen", "call", "email", "thank", "thanks",
        "card", "cards", "hr", "ceo", "cto", "vp", "office", "team", "company", "role", "notes", "next", "follow",
        "met", "with", "and", "also", "then", "after", "before", "today", "tomorrow", "yesterday", "morning",
        "afternoon", "evening", "mr", "ms", "mrs", "dr", "prof", "mx", "sr", "jr", "st", "status", "decision",
        "linkedin", "zoom", "teams", "google", "slack", "street", "st.", "floor", "building", "suite", "room",
    ]
    static let cueWords: Set<String> = ["met", "with", "interviewer", "interviewers", "interviewed", "talked", "spoke", "panel", "by"]

    static func isNameWord(_ word: Substring) -> Bool {
        guard let first = word.unicodeScalars.first, first.properties.isUppercase || !first.properties.isAlphabetic && first.value > 0x2E80 else {
            return false
        }
        guard word.count >= 2 || first.value > 0x2E80 else { return false }
        if notNames.contains(word.lowercased()) { return false }
        if DateReader.monthNames[word.lowercased()] != nil || DateReader.weekdayNames[word.lowercased()] != nil { return false }
        return word.allSatisfy { $0.isLetter || $0 == "-" || $0 == "'" || $0 == "’" }
    }

    /// A person's name as written: two to four name words.
    static func looksLikeName(_ text: String) -> Bool {
        let words = text.split(separator: " ")
        return (2...4).contains(words.count) && words.allSatisfy(isNameWord)
    }

    static func hasTitleWord(_ text: Substring) -> Bool {
        ProseFacts.words(text).contains(where: titleWords.contains)
    }

    static func people(in lines: [ProseLine], listItems: Set<Int>, companyWords: Set<String>, skipping placed: Set<Int>)
        -> [Interviewer] {
        var found: [Interviewer] = []
        func add(_ person: Interviewer) {
            let key = person.name.value.lowercased()
            guard !found.contains(where: { $0.name.value.lowercased() == key }),
                  !person.name.value.split(separator: " ").allSatisfy({ companyWords.contains($0.lowercased()) }) else { return }
            found.append(person)
        }
        var previousAbout = false
        for line in lines where !line.isPlan && !placed.contains(line.line) {
            if line.isHeading {
                previousAbout = false
                continue
            }
            if listItems.contains(line.line), let person = cardEntry(line) {
                add(person)
                continue
            }
            for person in introduced(line, afterInterviewLine: previousAbout) { add(person) }
            previousAbout = isAboutInterview(line.words)
        }
        return found
    }

    /// "- [[Theo Prescott]] — VP Product, hiring manager. Card: …": an item that opens with a
    /// name and gives a title, a card, an address or a number.
    static func cardEntry(_ line: ProseLine) -> Interviewer? {
        guard let person = InterviewerReader.fromItem(SourceSpan(line.text, line: line.line, column: line.column)) else { return nil }
        var name = person.name.value
        // A Dendron link's slug before the name ("[[meghan-kilbride]] Meghan Kilbride").
        let words = name.split(separator: " ")
        if words.count >= 3, words[0].contains("-"), words[0] == words[0].lowercased() { name = words.dropFirst().joined(separator: " ") }
        let bare = Interviewer(name: Located(name, person.name.range), range: person.range).nameWithoutTitle
        guard looksLikeName(bare) else { return nil }
        guard person.email != nil || person.phone != nil || person.card != nil || person.title.map({ hasTitleWord(Substring($0.value)) }) == true else {
            return nil
        }
        var result = person
        result.name = Located(name, person.name.range)
        return result
    }

    /// Names introduced in a sentence, each followed by its title in brackets or after a comma,
    /// or named after "met", "with", "interviewed by" on a line about the interview.
    static func isAboutInterview(_ words: [String]) -> Bool {
        words.contains(where: ProseFacts.interviewWords.contains)
            || words.contains(where: { $0 == "met" || $0 == "interviewer" || $0 == "interviewers" || $0 == "talked" || $0 == "spoke" })
    }

    /// `afterInterviewLine`: the paragraph before spoke of the interview ("Two people on the
    /// call."), so a name with its title here is one of the people met.
    static func introduced(_ line: ProseLine, afterInterviewLine: Bool = false) -> [Interviewer] {
        let text = line.text
        let scalars = Array(text.unicodeScalars)
        let lineWords = ProseFacts.words(Substring(text))
        let aboutInterview = isAboutInterview(lineWords)
        var result: [Interviewer] = []
        var index = 0
        while index < scalars.count {
            // A run of name words, possibly inside [[ ]] or ** **.
            guard scalars[index].properties.isUppercase || scalars[index] == "[" || scalars[index] == "*" else { index += 1; continue }
            if index > 0, scalars[index - 1].properties.isAlphabetic { index += 1; continue }
            var start = index
            while start < scalars.count, scalars[start] == "[" || scalars[start] == "*" { start += 1 }
            var end = start
            var words = 0
            var wordStart = start
            var lastGood = start
            while end <= scalars.count {
                if end == scalars.count || scalars[end] == " " {
                    var word = ""
                    word.unicodeScalars.append(contentsOf: scalars[wordStart..<end])
                    let trimmed = word.trimmingCharacters(in: "*[]|")
                    guard !trimmed.isEmpty, isNameWord(Substring(trimmed)), words < 4 else { break }
                    words += 1
                    lastGood = end
                    if word.hasSuffix("]") || word.hasSuffix("*") || word.hasSuffix(",") { break }
                    wordStart = end + 1
                }
                end += 1
            }
            guard words >= 2 else { index = max(index + 1, start + 1); continue }
            var nameText = ""
            nameText.unicodeScalars.append(contentsOf: scalars[start..<lastGood])
            let name = nameText.trimmingCharacters(in: "*[]|,")
            // What follows: "(title)", ", title", "] (title)".
            var after = lastGood
            while after < scalars.count, "*] ".unicodeScalars.contains(scalars[after]) { after += 1 }
            var rest = ""
            rest.unicodeScalars.append(contentsOf: scalars[after..<min(scalars.count, after + 60)])
            var before = ""
            before.unicodeScalars.append(contentsOf: scalars[max(0, start - 25)..<start])
            let cue = ProseFacts.words(Substring(before)).suffix(2).contains(where: cueWords.contains)
            var titled = false
            if rest.hasPrefix("("), let close = rest.firstIndex(of: ")") {
                titled = hasTitleWord(rest[rest.index(after: rest.startIndex)..<close])
            } else if rest.hasPrefix(",") || rest.hasPrefix("—") || rest.hasPrefix("–") || rest.hasPrefix("-") {
                let clause = rest.dropFirst().prefix { $0 != "." && $0 != ";" && $0 != "(" }
                titled = hasTitleWord(Substring(clause.split(separator: " ").prefix(5).joined(separator: " ")))
            }
            if aboutInterview && (titled || cue) || afterInterviewLine && titled {
                let offset = start + (nameText.unicodeScalars.count - nameText.unicodeScalars.drop { "*[".unicodeScalars.contains($0) }.count)
                let range = SourceRange(line: line.line, column: line.column + offset, length: name.unicodeScalars.count)
                result.append(Interviewer(name: Located(name, range), range: range))
            }
            index = max(lastGood, index + 1)
        }
        return result
    }
}

private extension String {
    func trimmingCharacters(in marks: String) -> String {
        var scalars = Substring(self).unicodeScalars[...]
        while let first = scalars.first, marks.unicodeScalars.contains(first) || first == " " { scalars = scalars.dropFirst() }
        while let last = scalars.last, marks.unicodeScalars.contains(last) || last == " " { scalars = scalars.dropLast() }
        return String(String.UnicodeScalarView(scalars))
    }
}

extension ProsePeople {
    /// Details written away from a person's own line (a sub-item, a "Cards" line, a signature):
    /// an address whose local part holds their first or last name is theirs, and so is the
    /// number written after it.
    static func attachDetails(to people: inout [Interviewer], from lines: [ProseLine]) {
        // Without case or accents: "Ørjan" is in orjan.haugland@….
        func fold(_ text: String) -> String { LogEntryReader.fold(text.lowercased()) }
        guard !people.isEmpty else { return }
        let names = people.map { person in
            fold(person.nameWithoutTitle).split(separator: " ").map(String.init).filter { $0.count >= 3 }
        }
        // Only lines with an address that may hold the name of someone who lacks one.
        let missing = people.indices.filter { people[$0].email == nil }
        guard !missing.isEmpty else { return }
        for line in lines where !line.isPlan && line.text.utf8.contains(0x40) {
            let folded = fold(line.text)
            guard missing.contains(where: { index in names[index].contains { folded.byteRange(of: $0) != nil } }) else { continue }
            let scalars = Array(line.text.unicodeScalars)
            var searchFrom = 0
            while searchFrom < scalars.count {
                var rest = ""
                rest.unicodeScalars.append(contentsOf: scalars[searchFrom...])
                guard let (email, offset) = InterviewerReader.contacts(in: rest).email else { break }
                let at = searchFrom + offset
                let local = fold(String(email.split(separator: "@").first ?? ""))
                let owners = people.indices.filter { index in names[index].contains { local.byteRange(of: $0) != nil } }
                if owners.count == 1 {
                    let owner = owners[0]
                    let range = SourceRange(line: line.line, column: line.column + at, length: email.unicodeScalars.count)
                    if people[owner].email == nil { people[owner].email = Located(email, range) }
                    if people[owner].phone == nil {
                        var after = ""
                        let end = at + email.unicodeScalars.count
                        after.unicodeScalars.append(contentsOf: scalars[end..<min(scalars.count, end + 30)])
                        if !after.contains("@"), let (phone, phoneOffset) = InterviewerReader.contacts(in: after).phone {
                            people[owner].phone = Located(phone, SourceRange(line: line.line, column: line.column + end + phoneOffset,
                                                                             length: phone.unicodeScalars.count))
                        }
                    }
                }
                searchFrom = at + max(email.unicodeScalars.count, 1)
            }
        }
    }
}


extension ProsePeople {
    static let recruiterWords: Set<String> = ["recruiter", "recruiting", "recruitment", "talent", "sourcer", "headhunter", "agency"]

    /// A recruiter by their title ("Technical Recruiter", "Talent Partner, Blue Harbor agency"), or
    /// by their own line saying they took no part ("scheduling only, didn't interview me").
    static func isRecruiter(_ person: Interviewer, in source: SourceText) -> Bool {
        if let title = person.title?.value {
            // A title that names another job settles it.
            return ProseFacts.words(Substring(title)).contains(where: recruiterWords.contains)
        }
        let lines = person.range.start.line...max(person.range.start.line, person.range.end.line)
        for number in lines where number <= source.lineCount {
            // Byte searches first: a lowercased copy of every person's line cost more than reading it.
            let raw = source.line(number)
            guard raw.byteRange(of: "ecruit") != nil || raw.byteRange(of: " interview") != nil else { continue }
            let text = raw.lowercased()
            if text.byteRange(of: "didn't interview") != nil || text.byteRange(of: "did not interview") != nil
                || text.byteRange(of: "recruit") != nil {
                return true
            }
        }
        return false
    }
}
