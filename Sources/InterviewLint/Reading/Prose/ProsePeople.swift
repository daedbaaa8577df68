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
        "editor", "producer", "programmer", "accountant",
        // Shorthand of quick notes ("Rosa Delgado (branch mgr) + Kevin Tran (ops)").
        "mgr", "mngr", "dir", "ops", "eng", "exec", "admin", "asst", "coord", "hrbp", "pm", "tpm", "gm", "em", "ep",
        // Titles in the other languages read.
        "directora", "directeur", "directrice", "jefe", "jefa", "gerente", "responsable", "leiter", "leiterin",
        "associé", "associée", "adviseur", "teamleider",
        "responsabile", "direttore", "direttrice", "dirigente", "ingegnere", "amministratore", "amministratrice",
        "coordinatore", "coordinatrice", "sviluppatore", "sviluppatrice",
    ]
    /// Capitalised words that start sentences or name things, never people.
    static let notNames: Set<String> = [
        "the", "a", "an", "i", "i'm", "i've", "we", "they", "he", "she", "it", "my", "our", "their", "his", "her",
        "interview", "interviews", "onsite", "panel", "phone", "screen", "call", "email", "thank", "thanks",
        "card", "cards", "hr", "ceo", "cto", "vp", "office", "team", "company", "role", "notes", "next", "follow",
        "met", "with", "and", "also", "then", "after", "before", "today", "tomorrow", "yesterday", "morning",
        "afternoon", "evening", "mr", "ms", "mrs", "dr", "prof", "mx", "sr", "jr", "st", "status", "decision",
        "linkedin", "zoom", "teams", "google", "slack", "street", "st.", "floor", "building", "suite", "room",
        // Words that open sentences.
        "for", "in", "on", "at", "from", "to", "by", "when", "while", "but", "so", "if", "as", "this", "that", "these",
        "those", "there", "here", "what", "who", "how", "why", "where", "both", "all", "each", "some", "one", "two",
        "just", "only", "not", "no", "yes", "ok", "okay", "got", "left", "sent", "asked", "called", "emailed", "wrote",
        "said", "told", "gave", "had", "was", "is", "are", "were", "would", "should", "could", "did",
        "does", "do", "has", "have", "maybe", "still", "again", "very", "really", "great", "good", "first", "second",
        "third", "final", "last", "round", "dear", "hi", "hello", "best", "regards", "cheers", "kind", "sincerely",
        "re", "fw", "fwd", "subject", "cc", "bcc", "about", "over", "into", "during", "until", "since", "our", "your",
    ]
    static let placeWords: Set<String> = ["at", "from", "for", "of", "in"]
    /// Last words of firms' names, never of people's ("Pelham Wick Architects", "Quillon Labs").
    static let firmWords: Set<String> = [
        "inc", "ltd", "llc", "llp", "plc", "gmbh", "corp", "corporation", "company", "group", "holdings",
        "partners", "associates", "architects", "labs", "lab", "capital", "ventures", "systems", "technologies",
        "technology", "solutions", "software", "analytics", "robotics", "logistics", "consulting", "consultants",
        "studio", "studios", "media", "bank", "insurance", "health", "healthcare", "foundation", "university",
        "college", "hospital", "clinic", "council", "agency", "industries", "international", "networks", "digital",
        "games", "energy", "pharma", "therapeutics", "biosciences", "financial", "books", "publishing", "motors",
        "airlines", "foods", "brewing", "coffee", "bakery", "hotels", "museum", "library", "trust", "realty",
        "properties", "construction", "engineering", "marketing", "maritime", "shipping", "freight", "aerospace",
        "electronics", "security", "collective", "cooperative", "institute", "centre", "center", "ltd.", "inc.",
    ]

    static func endsAsFirm(_ name: String) -> Bool {
        guard let last = name.split(separator: " ").last else { return false }
        return firmWords.contains(String(last).trimmingCharacters(in: "*[]()\"',.;:").quickLowercased())
    }
    // "w" is "w/", as quick notes write "with".
    // "mit", "avec", "con": "with" in German, French, Spanish and Italian ("Colloquio con Giulia Romano").
    static let cueWords: Set<String> = ["met", "with", "w", "interviewer", "interviewers", "interviewed", "talked", "spoke", "panel", "by",
                                        "mit", "avec", "con"]

    /// Lowercase words inside a surname ("Jan-Willem van der Berg", "Sofía de la Cruz").
    static let particles: Set<String> = ["van", "der", "den", "de", "von", "da", "di", "du", "del", "della", "la", "le",
                                         "ten", "ter", "dos", "das", "bin", "al", "zu"]

    /// `inside`: not the first word of the name, where a short word that is also a day or a
    /// month ("Nguyễn Thu Hà") is a name; a name never opens with one ("Thursday Marcus called").
    static func isNameWord(_ word: Substring, inside: Bool = false, monthFirst: Bool = false) -> Bool {
        if inside, particles.contains(String(word)) { return true }
        guard let first = word.unicodeScalars.first, first.properties.isUppercase || !first.properties.isAlphabetic && first.value > 0x2E80 else {
            return false
        }
        // Irish "Ó" (Tomás Ó Súilleabháin) is the one name word of a single letter.
        guard word.count >= 2 || first.value > 0x2E80 || inside && word == "Ó" else { return false }
        let lower = word.quickLowercased()
        if notNames.contains(lower) { return false }
        // "Jan Smit", "May Chen": a month opens a name when another name word follows (the caller checks).
        if DateReader.monthNames[lower] != nil, !monthFirst, !inside || word.count > 3 { return false }
        if DateReader.weekdayNames[lower] != nil, !inside || word.count > 3 { return false }
        return word.allSatisfy { $0.isLetter || $0 == "-" || $0 == "'" || $0 == "’" }
    }

    /// A person's name as written: two to four name words.
    static func looksLikeName(_ text: String) -> Bool {
        let words = text.split(separator: " ")
        guard (2...5).contains(words.count), let last = words.last, !particles.contains(String(last)) else { return false }
        return words.indices.allSatisfy { isNameWord(words[$0], inside: $0 > 0, monthFirst: $0 == 0) }
    }

    /// Words that end a job's name and no person's ("Claims Analyst", "Design Director"); names
    /// that also are surnames (Head, Lead, Dean, Partner, Owner) are left out.
    static let titleEndings: Set<String> = [
        "manager", "director", "engineer", "analyst", "administrator", "officer", "coordinator", "designer", "scientist",
        "specialist", "developer", "supervisor", "librarian", "consultant", "recruiter", "architect", "accountant",
        "programmer", "researcher", "planner", "actuary", "assistant", "secretary", "advisor",
    ]

    /// A job's name written where a person's would stand.
    static func isJobTitle(_ name: String) -> Bool {
        guard let last = name.split(separator: " ").last else { return false }
        return titleEndings.contains(last.quickLowercased())
    }

    static func hasTitleWord(_ text: Substring) -> Bool {
        // German compounds end in the title ("Bereichsleiterin", "Teamleiter", "Vertriebsdirektor").
        ProseFacts.words(text).contains { word in
            if titleWords.contains(word) { return true }
            // Only a word ending in r or n can end so: the suffixes are looked for on few words.
            guard let last = word.utf8.last, last == UInt8(ascii: "r") || last == UInt8(ascii: "n") else { return false }
            return word.hasSuffix("leiter") || word.hasSuffix("leiterin") || word.hasSuffix("direktor")
        }
    }

    static func people(in lines: [ProseLine], listItems: Set<Int>, companyWords: Set<String>, skipping placed: Set<Int>)
        -> [Interviewer] {
        var found: [Interviewer] = []
        func add(_ person: Interviewer) {
            guard !person.name.value.split(separator: " ").allSatisfy({ companyWords.contains($0.quickLowercased()) }),
                  !endsAsFirm(person.name.value), !isJobTitle(person.nameWithoutTitle) else { return }
            // The same person again (a card copied out under the sentence that introduced them),
            // with or without "Dr.": what the second mention adds is theirs.
            let key = person.nameWithoutTitle.quickLowercased()
            // "Rosa (Exec Producer)" after "Rosa Quint" (or before): a first name alone is the one of that name.
            func firstWord(_ name: String) -> Substring { name.split(separator: " ").first ?? Substring(name) }
            // A first name two people met share ("Ana" beside Ana Ruiz and Ana Lopes) is neither:
            // what it says is left unplaced rather than given to the first.
            if !key.contains(" "), found.filter({ firstWord($0.nameWithoutTitle.quickLowercased()) == key }).count >= 2 { return }
            if let index = found.firstIndex(where: { other in
                let name = other.nameWithoutTitle.quickLowercased()
                return name == key || !key.contains(" ") && firstWord(name) == key || !name.contains(" ") && firstWord(key) == name
            }) {
                if found[index].name.value.utf8.count < person.name.value.utf8.count { found[index].name.value = person.name.value }
                if found[index].email == nil { found[index].email = person.email }
                if found[index].phone == nil { found[index].phone = person.phone }
                if found[index].title == nil { found[index].title = person.title }
                if found[index].card == nil { found[index].card = person.card }
                return
            }
            found.append(person)
        }
        var previousAbout = false
        // People a sentence announced ("I was interviewed by two people.") and not yet named.
        var announced = 0
        for line in lines where !placed.contains(line.line) {
            if line.isHeading {
                previousAbout = false
                announced = 0
                // "# Interview with Tobias Lind, Kestrel Systems": whom the heading's interview was with.
                if line.words.contains("with") {
                    let before = found.count
                    for person in introduced(line).0 { add(person) }
                    // "# Interview with Tobias, Kestrel Systems", "# Call with Tobias Lind — Kestrel": the
                    // person before the firm, a first name too.
                    if found.count == before, let (name, offset, _) = personAndFirm(inTitle: line.text) {
                        let range = line.range(at: offset, length: name.unicodeScalars.count)
                        add(Interviewer(name: Located(name, range), range: range))
                    }
                }
                continue
            }
            // An unticked item is a plan, unless it is a person's card entry (`- [ ] Jane Doe — …`).
            if listItems.contains(line.line), let person = cardEntry(line) {
                add(person)
                continue
            }
            if line.isPlan { continue }
            let (people, left) = introduced(line, afterInterviewLine: previousAbout, announced: announced)
            for person in people { add(person) }
            if people.isEmpty, listItems.contains(line.line), let person = addressedName(line) { add(person) }
            // An announcement names its people in its own paragraph or the next.
            announced = line.words.contains(where: { countWords[$0] != nil }) && announcement(in: line.text) != nil ? left : 0
            // "Fri 6 Nov 2026, 10:00, their office." then "Orla Finnegan, Head of Content.": the
            // day at the top of a note is the meeting's, and a titled name under it someone met.
            previousAbout = isAboutInterview(line.words) || !line.isListItem && found.isEmpty && afterOpeningDate(line) != nil
        }
        return found
    }

    /// "- also Dr. Amrit Basra sat in, got his card too ✓ amrit.basra@…": an item whose address
    /// spells a name written in it, the first and last name side by side, is that person's card.
    static func addressedName(_ line: ProseLine) -> Interviewer? {
        let text = line.text
        guard text.utf8.contains(UInt8(ascii: "@")), let (email, _) = InterviewerReader.contacts(in: text, phone: false).email else { return nil }
        let local = email.split(separator: "@").first.map { $0.quickLowercased() } ?? ""
        let parts = local.split(whereSeparator: { $0 == "." || $0 == "_" || $0 == "-" })
        guard parts.count == 2, parts.allSatisfy({ $0.count >= 2 }) else { return nil }
        let tokens = line.tokens
        for index in tokens.indices.dropLast() where tokens[index].startsWithCapital && tokens[index + 1].startsWithCapital {
            guard let first = Tokenizer.spelling(of: tokens[index], in: Substring(text))?.quickLowercased(),
                  let last = Tokenizer.spelling(of: tokens[index + 1], in: Substring(text))?.quickLowercased(),
                  first == parts[0], last == parts[1] else { continue }
            let (start, end) = (tokens[index].offset, tokens[index + 1].offset + tokens[index + 1].length)
            var name = ""
            name.unicodeScalars.append(contentsOf: text.unicodeScalars.dropFirst(start).prefix(end - start))
            guard looksLikeName(name) else { return nil }
            let range = line.range(at: start, length: end - start)
            var person = Interviewer(name: Located(name, range), range: range)
            if let card = clauseCardEvidence(text) { person.card = Located(card, range) }
            return person
        }
        return nil
    }

    /// "- [[Theo Prescott]] — VP Product, hiring manager. Card: …": an item that opens with a
    /// name and gives a title, a card, an address or a number. Its tick is the card, as under
    /// an Interviewers heading.
    static func cardEntry(_ line: ProseLine) -> Interviewer? {
        // Google Docs escapes every mark (`Dr\. Evelyn Marsh \- Library Director`).
        let text = line.text.utf8.contains(0x5C) ? Markup.unescaped(line.text) : line.text
        // Page tags (`Halvard Marine — Data Engineer #[[job search]]`) title a page, not a person.
        guard text.byteRange(of: " #") == nil,
              let person = InterviewerReader.fromItem(SourceSpan(text, line: line.line, column: line.column)) else { return nil }
        let name = person.name.value
        let bare = Interviewer(name: Located(name, person.name.range), range: person.range).nameWithoutTitle
        guard looksLikeName(bare) else { return nil }
        guard person.email != nil || person.phone != nil || person.card != nil || person.title.map({ hasTitleWord(Substring($0.value)) }) == true else {
            return nil
        }
        var result = person
        result.name = Located(name, person.name.range)
        if result.card == nil, line.isDone || line.isPlan {
            result.card = Located(line.isDone, SourceRange(line: line.line, column: max(1, line.column - 4), length: 3))
        }
        return result
    }

    /// Names introduced in a sentence, each followed by its title in brackets or after a comma,
    /// or named after "met", "with", "interviewed by" on a line about the interview.
    static func isAboutInterview(_ words: [String]) -> Bool {
        words.contains(where: ProseFacts.interviewWords.contains)
            || words.contains(where: { $0 == "met" || $0 == "interviewer" || $0 == "interviewers" || $0 == "talked" || $0 == "spoke" })
            // "Gespräch mit Uwe Kraus (Teamleiter IT)": a talk with a titled person, in a note about a job.
            || words.contains(where: { $0 == "gespräch" || $0 == "gesprek" || $0 == "intervistatori" })
    }

    static let countWords: [String: Int] = ["two": 2, "three": 3, "four": 4, "five": 5, "2": 2, "3": 3, "4": 4, "5": 5]
    static let crowdWords: Set<String> = ["people", "interviewers", "panelists", "panellists", "persons"]

    /// "interviewed by two people", "Two people on the call", "a panel of three": how many people
    /// the sentence announces, and where it ends (in scalars).
    static func announcement(in text: String) -> (count: Int, end: Int)? {
        var offset = 0
        for sentence in ProseLines.sentences(text) {
            defer { offset += sentence.unicodeScalars.count }
            let words = ProseFacts.words(sentence)
            for (index, word) in words.enumerated() {
                guard let count = countWords[word] else { continue }
                let next = index + 1 < words.count ? words[index + 1] : ""
                let panel = index >= 2 && words[index - 1] == "of" && words[index - 2] == "panel"
                if crowdWords.contains(next) || panel { return (count, offset + sentence.unicodeScalars.count) }
            }
        }
        return nil
    }

    /// `afterInterviewLine`: the paragraph before spoke of the interview ("Two people on the
    /// call."), so a name with its title here is one of the people met. `announced`: people a
    /// sentence before announced, so a full name opening a sentence is one of them. Returns the
    /// people and how many announced ones are still to be named.
    static func introduced(_ line: ProseLine, afterInterviewLine: Bool = false, announced: Int = 0) -> ([Interviewer], Int) {
        let text = line.text
        let scalars = Array(text.unicodeScalars)
        let lineWords = line.words
        let aboutInterview = isAboutInterview(lineWords)
        var announced = announced
        var announcedFrom = 0
        if lineWords.contains(where: { countWords[$0] != nil }), let (count, end) = announcement(in: text) {
            announced = count
            announcedFrom = end
        }
        var result: [Interviewer] = []
        // Where the last person taken ends: "X (title) and Y" goes on the list.
        var lastTaken: Int?
        // A name with its title in brackets not taken (the line is not about the interview):
        // taken with the next one if a list joins them ("Dana Whitlock (Store Manager) + Marcus
        // Reyes (Assistant Manager)"), two people with titles being people met.
        var titledAlone: (name: String, offset: Int, end: Int)?
        func sentenceEnds(between from: Int, _ to: Int) -> Bool {
            guard from < to else { return false }
            // A full stop inside the title's brackets ("(directora de RR. HH.)") ends no sentence.
            var depth = 0
            for index in from..<to {
                if scalars[index] == "(" { depth += 1 } else if scalars[index] == ")" { depth = max(0, depth - 1) }
                guard depth == 0, ".;!?".unicodeScalars.contains(scalars[index]) else { continue }
                if index + 1 >= scalars.count || scalars[index + 1] == " " { return true }
            }
            return false
        }
        func take(_ name: String, at offset: Int) {
            let range = line.range(at: offset, length: name.unicodeScalars.count)
            result.append(Interviewer(name: Located(name, range), range: range))
        }
        var index = 0
        while index < scalars.count {
            // A run of name words, possibly inside [[ ]] or ** **.
            guard scalars[index].properties.isUppercase || scalars[index] == "[" || scalars[index] == "*" else { index += 1; continue }
            if index > 0, scalars[index - 1].properties.isAlphabetic { index += 1; continue }
            var start = index
            while start < scalars.count, scalars[start] == "[" || scalars[start] == "*" { start += 1 }
            // `[[people/Rosa Jiménez|Rosa]]`: the name after the folder.
            if start >= index + 2, scalars[index] == "[" {
                var probe = start
                while probe < scalars.count, probe < start + 80, scalars[probe] != "|", scalars[probe] != "]" {
                    if scalars[probe] == "/" { start = probe + 1 }
                    probe += 1
                }
            }
            var end = start
            var words = 0
            var wordStart = start
            var lastGood = start
            var nameWords = 0
            while end <= scalars.count {
                if end == scalars.count || scalars[end] == " " {
                    var word = ""
                    word.unicodeScalars.append(contentsOf: scalars[wordStart..<end])
                    // "Hartigan**," and "Dupré," end the name: the mark is not part of it.
                    var stops = false
                    var cut = end
                    // "Jiménez|Rosa]]": a wikilink's name ends at its bar.
                    if let bar = scalars[wordStart..<end].firstIndex(of: "|") { cut = bar; stops = true }
                    while cut > wordStart, ",.;:".unicodeScalars.contains(scalars[cut - 1]) { cut -= 1; stops = true }
                    // "Frau Dr. Weiss", "Mrs. Quinn": a form of address goes on to the surname.
                    var address = false
                    if stops, cut + 1 == end, scalars[cut] == ".", cut > wordStart, nameWords < 2 {
                        var dotted = ""
                        dotted.unicodeScalars.append(contentsOf: scalars[wordStart..<end])
                        if NameMatcher.formsOfAddress.contains(dotted.quickLowercased()) { stops = false; address = true }
                    }
                    var bare = ""
                    bare.unicodeScalars.append(contentsOf: scalars[wordStart..<cut])
                    let trimmed = bare.trimmingCharacters(in: "*[]|")
                    if !address, nameWords < 2, NameMatcher.formsOfAddress.contains(trimmed.quickLowercased()) { address = true }
                    guard !trimmed.isEmpty, address || isNameWord(Substring(trimmed), inside: words > 0, monthFirst: words == 0),
                          nameWords < 4, words < 6 else { break }
                    let particle = words > 0 && particles.contains(trimmed)
                    words += 1
                    // A name never ends in "van" or "de": the end stays at the last name word.
                    if !particle { lastGood = address ? end : cut; nameWords += 1 }
                    if stops || bare.hasSuffix("]") || bare.hasSuffix("*") { break }
                    wordStart = end + 1
                }
                end += 1
            }
            // A first name alone is looked at further only when a title may follow it: "Sam (recruiter)",
            // "Raj, the engineering lead", "Dana from HR".
            if nameWords == 1 {
                var next = lastGood
                while next < scalars.count, scalars[next] == " " || scalars[next] == "*" || scalars[next] == "]" { next += 1 }
                let mayBeTitled = next < scalars.count && (scalars[next] == "(" || scalars[next] == ",")
                    || next + 5 <= scalars.count && String(String.UnicodeScalarView(scalars[next..<(next + 5)])) == "from "
                // The line says they were met ("Met", "Spoke with"), not only that they wrote ("Kelsey
                // (their recruiter) emailed to book the interview").
                guard mayBeTitled, aboutInterview || afterInterviewLine, lineWords.contains(where: cueWords.contains) else {
                    index = max(index + 1, start + 1)
                    continue
                }
            }
            guard nameWords >= 1 else { index = max(index + 1, start + 1); continue }
            var nameText = ""
            nameText.unicodeScalars.append(contentsOf: scalars[start..<lastGood])
            var name = nameText.trimmingCharacters(in: "*[]|,")
            // "Dr. Sheila Moreno" is Sheila Moreno; "Frau Dr. Weiss" keeps its forms of address, the surname being all else.
            var honorificScalars = 0
            let parts = name.split(separator: " ")
            let honorifics = parts.prefix { NameMatcher.formsOfAddress.contains($0.quickLowercased()) }.count
            if honorifics > 0, parts.count - honorifics >= 2 {
                let kept = parts.dropFirst(honorifics).joined(separator: " ")
                honorificScalars = name.unicodeScalars.count - kept.unicodeScalars.count
                name = kept
            }
            // What follows: "(title)", ", title", "] (title)".
            var after = lastGood
            while after < scalars.count, "*] ".unicodeScalars.contains(scalars[after]) { after += 1 }
            var rest = ""
            rest.unicodeScalars.append(contentsOf: scalars[after..<min(scalars.count, after + 60)])
            var before = ""
            before.unicodeScalars.append(contentsOf: scalars[max(0, start - 25)..<start])
            let beforeWords = ProseFacts.words(Substring(before))
            let cue = beforeWords.suffix(2).contains(where: cueWords.contains)
            // "interview at Saltmarsh Logistics, for the analyst job", "from Bluefin Talent, the
            // agency": a place or a firm, not someone met.
            if let last = beforeWords.last, placeWords.contains(last), !before.hasSuffix("[[") {
                index = max(lastGood, index + 1)
                continue
            }
            var titled = false
            if rest.hasPrefix("("), let close = rest.firstIndex(of: ")") {
                titled = hasTitleWord(rest[rest.index(after: rest.startIndex)..<close])
            } else if rest.hasPrefix(",") || rest.hasPrefix("—") || rest.hasPrefix("–") || rest.hasPrefix("-") {
                let clause = rest.dropFirst().prefix { $0 != "." && $0 != ";" && $0 != "(" }
                titled = hasTitleWord(Substring(clause.split(separator: " ").prefix(5).joined(separator: " ")))
            }
            // "with the owner, Celeste Dubois, and the GM, Harold Fenn": the title before the name.
            if !titled, before.trimmingWhitespace().hasSuffix(","), beforeWords.count >= 2,
               ["the", "their", "our", "its"].contains(beforeWords[beforeWords.count - 2]), titleWords.contains(beforeWords[beforeWords.count - 1]) {
                titled = true
            }
            // "… and Nick Stavrou from the board": the next name of a list already begun.
            let listed = lastTaken.map { !sentenceEnds(between: $0, start) } == true
                && (beforeWords.last.map(listJoiners.contains) == true || before.trimmingWhitespace().hasSuffix("+")
                    || before.trimmingWhitespace().hasSuffix("&"))
            let opening = announced > 0 && start >= announcedFrom && opensSentence(scalars, at: start)
            let offset = start + (nameText.unicodeScalars.count - nameText.unicodeScalars.drop { "*[".unicodeScalars.contains($0) }.count) + honorificScalars
            let bracketed = titled && rest.hasPrefix("(")
            // "Fri 6 Nov 2026, 10:00, with Orla Finnegan (Head of Content).": a line that is a day
            // and time, then "with" the name, gives the meeting and who was in it.
            let datedWith = !aboutInterview && beforeWords.last == "with" && opensWithDateThenWith(line, before: start)
            // "With Carlos Mendes (VP Treasury)." opening a line: whom the meeting was with.
            let openedWith = titled && start <= 6 && beforeWords.count == 1 && (beforeWords[0] == "with" || beforeWords[0] == "w")
            if nameWords == 1 {
                // A first name with its title beside it, on a line about the interview: "Met Sam
                // (recruiter) and then Lee (EM)", "Raj, the engineering lead", "Dana from HR".
                // The name is kept as written: no surname is made up for it.
                let lower = name.quickLowercased()
                let clause = rest.dropFirst().drop { $0 == " " }.prefix { $0 != "." && $0 != ";" && $0 != "(" && $0 != "," }
                let clauseWords = ProseFacts.words(Substring(clause))
                let commaTitle = rest.hasPrefix(",") && titled
                    && (clauseWords.first.map(["the", "our", "their", "a", "an", "his", "her"].contains) == true
                        || hasTitleWord(Substring(clauseWords.prefix(2).joined(separator: " "))))
                let team = rest.hasPrefix("from ")
                    && ProseFacts.words(rest.dropFirst(5)).prefix(2).contains { titleWords.contains($0) || recruiterWords.contains($0) || teamNames.contains($0) }
                // "Met Design (the whole team)": a team by its name is nobody, and "team" no role.
                let role = titled && ProseFacts.words(bracketed ? Substring(rest.dropFirst().prefix { $0 != ")" }) : Substring(clause))
                    .contains { titleWords.contains($0) && !weakTitleWords.contains($0) }
                if role && (bracketed || commaTitle) || team || listed && rest.hasPrefix("("),
                   !titleWords.contains(lower), !firmWords.contains(lower), !teamNames.contains(lower) {
                    take(name, at: offset)
                    lastTaken = lastGood
                    // Their title, so that "Sam (recruiter)" is the recruiter and Lee beside them is not.
                    var title: Substring
                    var titleStart = after
                    if rest.hasPrefix("("), let close = rest.firstIndex(of: ")") {
                        title = rest[rest.index(after: rest.startIndex)..<close]
                        titleStart += 1
                    } else if team {
                        // "from HR", "from recruiting": the team's word.
                        title = rest.dropFirst(5).prefix { $0.isLetter }
                        titleStart += 5
                    } else {
                        title = clause
                        titleStart += rest.distance(from: rest.startIndex, to: clause.startIndex)
                        for article in ["the ", "our ", "their ", "a ", "an ", "his ", "her "] where title.hasPrefix(article) {
                            title = title.dropFirst(article.count)
                            titleStart += article.count
                            break
                        }
                    }
                    let text = String(title).trimmingWhitespace()
                    if !text.isEmpty, let person = result.indices.last {
                        result[person].title = Located(text, line.range(at: titleStart, length: text.unicodeScalars.count))
                    }
                }
                index = max(lastGood, index + 1)
                continue
            }
            // The title in brackets is theirs: "Sam Hill (recruiter) and then Lee Park (EM)" makes
            // only Sam the recruiter.
            func takeBracketedTitle() {
                guard bracketed, let close = rest.firstIndex(of: ")"), let person = result.indices.last else { return }
                let text = String(rest[rest.index(after: rest.startIndex)..<close]).trimmingWhitespace()
                guard !text.isEmpty else { return }
                result[person].title = Located(text, line.range(at: after + 1, length: text.unicodeScalars.count))
            }
            if (aboutInterview || datedWith || openedWith) && (titled || cue) || afterInterviewLine && titled || listed || opening {
                take(name, at: offset)
                takeBracketedTitle()
                lastTaken = lastGood
                if announced > 0 { announced -= 1 }
            } else if bracketed, let first = titledAlone, !sentenceEnds(between: first.end, start),
                      isJoiner(before.trimmingWhitespace()) {
                take(first.name, at: first.offset)
                take(name, at: offset)
                takeBracketedTitle()
                lastTaken = lastGood
                titledAlone = nil
            } else if bracketed {
                titledAlone = (name, offset, lastGood)
            }
            index = max(lastGood, index + 1)
        }
        // "I think his name was Ollie": a first name alone, on a line about the interview.
        if aboutInterview || announced > 0, let (name, offset) = givenName(in: text) {
            take(name, at: offset)
            if announced > 0 { announced -= 1 }
        }
        return (result, announced)
    }

    /// Title words that say no role alone ("team of four", "staff"): a first name needs another beside it.
    static let weakTitleWords: Set<String> = ["team", "member", "staff", "product", "hiring", "program", "programme", "senior", "sr"]
    /// Teams named like a person ("Met Design (the whole team)").
    static let teamNames: Set<String> = ["design", "sales", "marketing", "finance", "legal", "support", "operations", "data",
                                         "security", "research", "people", "talent", "leadership", "management", "everyone",
                                         "it", "ux", "qa", "devops", "platform", "infra", "infrastructure", "growth", "hq"]

    /// Between the person and the firm in a title: "Interview with Tobias Lind, Kestrel Systems",
    /// "… with Mara Holt — Fenwick", "… with Jonas Weber @ Lindqvist", "… with Helen Park at Ridgeway".
    static let personFirmSeparators = [", ", " — ", " – ", " - ", " @ ", " at ", " | "]

    /// The firm of a title that says whom the interview was with ("Interview with Tobias Lind,
    /// Kestrel Systems"): what follows the person's name, not the name. Nil when the title is
    /// not so written, or the part after "with" is no person's name ("with Pelham Wick Architects").
    static func companyAfterPerson(inTitle title: String) -> String? {
        personAndFirm(inTitle: title)?.firm
    }

    /// The person and the firm of such a title, the person's name with where it starts (in scalars).
    static func personAndFirm(inTitle title: String) -> (name: String, offset: Int, firm: String)? {
        guard let with = title.byteRange(of: " with ") ?? title.byteRange(of: " With ") else { return nil }
        let lead = ProseFacts.words(title[..<with.lowerBound])
        guard !lead.isEmpty, lead.count <= 4, lead.contains(where: { ProseFacts.interviewWords.contains($0) || $0 == "call" || $0 == "meeting" })
        else { return nil }
        let rest = title[with.upperBound...]
        var cut: Range<String.Index>?
        for separator in personFirmSeparators {
            if let found = rest.byteRange(of: separator), cut.map({ found.lowerBound < $0.lowerBound }) ?? true { cut = found }
        }
        guard let cut else { return nil }
        // "with Dr. Tobias Lind": the name after its forms of address.
        let words = rest[..<cut.lowerBound].trimmingWhitespace().split(separator: " ")
            .drop { NameMatcher.formsOfAddress.contains($0.quickLowercased()) }
        let name = words.joined(separator: " ")
        guard let first = words.first, looksLikeName(name) || words.count == 1 && isNameWord(first), !endsAsFirm(name) else { return nil }
        var firm = String(rest[cut.upperBound...])
        // "Kestrel Systems — Backend Engineer": the firm is the part before the role.
        for separator in personFirmSeparators where separator != " at " {
            if let next = firm.byteRange(of: separator) { firm = String(firm[..<next.lowerBound]) }
        }
        // "Interview with Acme, Backend Engineer": a role after the comma, and no person before it.
        guard !hasTitleWord(Substring(firm)), let company = ProseFacts.companyName(firm) else { return nil }
        let start = rest.byteRange(of: String(first))?.lowerBound ?? rest.startIndex
        return (name, title.unicodeScalars.distance(from: title.unicodeScalars.startIndex, to: start), company)
    }

    /// "and" as the languages read write it between two names ("Eva Brouwer (Directeur) en Thijs Bakker").
    static let listJoiners: Set<String> = ["and", "en", "und", "et", "y", "e"]

    /// Whether the text before a name ends with a joining mark or word: `+`, `&`, `,`, `/`, "and".
    static func isJoiner(_ before: String) -> Bool {
        // "(Design Manager) and **Leo Grant**": the bold's marks stand between.
        var before = before[...]
        while let last = before.last, last == "*" || last == "_" || last == "[" || last == " " { before.removeLast() }
        guard let last = before.unicodeScalars.last else { return false }
        if "+&,/".unicodeScalars.contains(last) { return true }
        // "and" in the other languages read: y, et, und, en, e.
        return before.hasSuffix(" and") || before == "and" || before.hasSuffix(" y") || before.hasSuffix(" et")
            || before.hasSuffix(" und") || before.hasSuffix(" en") || before.hasSuffix(" e")
    }

    /// Where the words after a day (and time) that opens the line start, in tokens; nil when it
    /// opens with no day. Looked at only for a line whose first token is a number, a date or a weekday.
    static func afterOpeningDate(_ line: ProseLine) -> Int? {
        let tokens = line.tokens
        guard let first = tokens.first, first.word == nil || DateReader.weekday(first) != nil,
              let (_, _, used) = DateReader.dateTime(in: tokens, at: 0, reference: LocalDate(year: 2000, month: 1, day: 1)) else { return nil }
        var index = used
        while index < tokens.count, case .punctuation = tokens[index].kind { index += 1 }
        return index
    }

    /// Whether the line opens with a day (and time), then only marks up to the "with" before
    /// the scalar offset `before`.
    static func opensWithDateThenWith(_ line: ProseLine, before: Int) -> Bool {
        let tokens = line.tokens
        guard let index = afterOpeningDate(line), index < tokens.count, tokens[index].isWord("with") else { return false }
        // That "with" is the one before the name ("with **Orla Finnegan**").
        return (0...3).contains(before - tokens[index].offset - 5)
    }

    /// Whether the name at `start` opens a sentence or a clause ("…people. Dana Whitlock runs",
    /// "; Marcus Oyelaran leads", "And Rafael Ortega").
    static func opensSentence(_ scalars: [Unicode.Scalar], at start: Int) -> Bool {
        var index = start
        while index > 0, " *[_".unicodeScalars.contains(scalars[index - 1]) { index -= 1 }
        // One joining word may stand first.
        var wordStart = index
        while wordStart > 0, scalars[wordStart - 1].properties.isAlphabetic { wordStart -= 1 }
        if wordStart < index {
            var word = ""
            word.unicodeScalars.append(contentsOf: scalars[wordStart..<index])
            guard ["and", "then", "also"].contains(word.quickLowercased()) else { return false }
            index = wordStart
            while index > 0, scalars[index - 1] == " " { index -= 1 }
        }
        return index == 0 || ".;:!?".unicodeScalars.contains(scalars[index - 1])
    }

    /// "his name was Ollie", "her name is Dana": the name and its offset in scalars.
    static func givenName(in text: String) -> (String, Int)? {
        for phrase in ["name was ", "name is ", "name's "] {
            guard let found = text.byteRange(of: phrase) else { continue }
            let lead = text[..<found.lowerBound].quickLowercased()
            guard lead.hasSuffix("his ") || lead.hasSuffix("her ") || lead.hasSuffix("their ") else { continue }
            let rest = text[found.upperBound...]
            let word = rest.prefix { $0.isLetter || $0 == "-" || $0 == "'" }
            guard isNameWord(word), DateReader.monthNames[word.quickLowercased()] == nil else { continue }
            return (String(word), text[..<found.upperBound].unicodeScalars.count)
        }
        return nil
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
        func fold(_ text: String) -> String { FuzzyMatch.fold(text.quickLowercased()) }
        guard !people.isEmpty else { return }
        let names = people.map { person in
            fold(person.nameWithoutTitle).split(separator: " ").map(String.init).filter { $0.count >= 3 }
        }
        // Only lines with an address that may hold the name of someone who lacks one.
        let missing = people.indices.filter { people[$0].email == nil }
        guard !missing.isEmpty else { return }
        for (position, line) in lines.enumerated() where !line.isPlan && line.text.utf8.contains(0x40) {
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
                    let range = line.range(at: at, length: email.unicodeScalars.count)
                    if people[owner].email == nil { people[owner].email = Located(email, range) }
                    if people[owner].phone == nil {
                        // The number up to the next address ("eleanor@…, 0117 496 0123. Sam: sam@…"),
                        // unless another person's name comes first: that number is theirs.
                        let end = at + email.unicodeScalars.count
                        var stop = min(scalars.count, end + 30)
                        if let nextAt = scalars[end..<stop].firstIndex(of: "@") {
                            stop = nextAt
                            while stop > end, scalars[stop - 1] != " " { stop -= 1 }
                        }
                        var after = ""
                        after.unicodeScalars.append(contentsOf: scalars[end..<stop])
                        if let (phone, phoneOffset) = InterviewerReader.contacts(in: after, email: false).phone {
                            var head = ""
                            head.unicodeScalars.append(contentsOf: after.unicodeScalars.prefix(phoneOffset))
                            let before = fold(head)
                            let otherNamed = people.indices.contains { index in
                                index != owner && names[index].contains { before.byteRange(of: $0) != nil }
                            }
                            if !otherNamed {
                                people[owner].phone = Located(phone, line.range(at: end + phoneOffset, length: phone.unicodeScalars.count))
                            }
                        }
                    }
                    if people[owner].phone == nil, position + 1 < lines.count, lines[position + 1].line == max(line.line, line.lastLine) + 1,
                       scalars[(at + email.unicodeScalars.count)...].allSatisfy({ " ,;(/·—–-".unicodeScalars.contains($0) }) {
                        // "(dwhitfield@…,⏎555-0150)": the number wrapped onto the next line, which
                        // the prose reading keeps apart because it opens with a digit.
                        let next = lines[position + 1]
                        let opening = String(next.text.prefix(24))
                        if let (phone, phoneOffset) = InterviewerReader.contacts(in: opening, email: false).phone,
                           opening.unicodeScalars.prefix(phoneOffset).allSatisfy({ " (".unicodeScalars.contains($0) }) {
                            people[owner].phone = Located(phone, SourceRange(line: next.line, column: next.column + phoneOffset,
                                                                             length: phone.unicodeScalars.count))
                        }
                    }
                    if people[owner].phone == nil {
                        // "got Dr Moreno's card, 555-0182, smoreno@…": a number right before the
                        // address, only separators between them, is theirs too.
                        let from = max(0, at - 30)
                        var head = ""
                        head.unicodeScalars.append(contentsOf: scalars[from..<at])
                        if let (phone, phoneOffset) = InterviewerReader.contacts(in: head, email: false).phone {
                            var between = String(String.UnicodeScalarView(head.unicodeScalars.dropFirst(phoneOffset + phone.unicodeScalars.count)))
                            // "Phone 555-0110, email helen.park@…": the address's label may stand between.
                            for label in ["e-mail", "email", "Email", "E-mail", "mail"] where between.hasSuffix(label + " ") || between.hasSuffix(label + ": ") {
                                between = String(between.dropLast(label.count + (between.hasSuffix(": ") ? 2 : 1))) + " "
                                break
                            }
                            if between.unicodeScalars.allSatisfy({ " ,;·—–-/".unicodeScalars.contains($0) }) {
                                people[owner].phone = Located(phone, line.range(at: from + phoneOffset, length: phone.unicodeScalars.count))
                            }
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
    /// What every one of `recruiterWords` holds.
    static let recruiterStems: [StaticString] = ["recruit", "talent", "sourcer", "headhunter", "agency"]

    /// For each log name that matches nobody, the full name another line of the note gives it
    /// ("Ask Lena for …" under a paragraph that introduced "Lena Hoffmann (recruiting
    /// coordinator)"): the note knows who they are. A bare first name elsewhere is no such sign.
    static func findNamedElsewhere(_ log: inout [LogEntry], in lines: [ProseLine]) {
        for entry in log.indices where log[entry].people.contains(where: { $0.match == .none }) {
            let own = log[entry].range.start.line...max(log[entry].range.start.line, log[entry].range.end.line)
            for index in log[entry].people.indices where log[entry].people[index].match == .none {
                let written = log[entry].people[index].written.value.split(separator: " ")
                guard let first = written.first else { continue }
                search: for line in lines where !own.contains(line.line) && !line.isHeading {
                    let words = line.text.split(separator: " ", omittingEmptySubsequences: false)
                    var offset = 0
                    for (position, raw) in words.enumerated() {
                        defer { offset += raw.unicodeScalars.count + 1 }
                        let word = String(raw).trimmingCharacters(in: "*[]()\"',.;:")
                        guard word == first else { continue }
                        if written.count == 1, let last = raw.last, ",.;:)".contains(last) { continue }
                        // The written words, then more name words up to a full name.
                        var taken = [word]
                        var next = position + 1
                        while next < words.count, taken.count < 4 {
                            let candidate = String(words[next]).trimmingCharacters(in: "*[]()\"',.;:")
                            let expected = taken.count < written.count ? String(written[taken.count]) : nil
                            if let expected { guard candidate == expected else { break } }
                            else if !isNameWord(Substring(candidate), inside: true) || titleWords.contains(candidate.quickLowercased()) { break }
                            taken.append(candidate)
                            // A name ends at its punctuation ("Lena Hoffmann (recruiting …", "Hoffmann,").
                            if candidate.unicodeScalars.count != words[next].unicodeScalars.count { break }
                            next += 1
                        }
                        guard taken.count >= max(2, written.count) else { continue }
                        let name = taken.joined(separator: " ")
                        let at = offset + (raw.unicodeScalars.count - raw.drop(while: { "*[(\"".contains($0) }).unicodeScalars.count)
                        log[entry].people[index].namedElsewhere = Located(name, line.range(at: at, length: name.unicodeScalars.count))
                        break search
                    }
                }
            }
        }
    }

    /// A recruiter by their title ("Technical Recruiter", "Talent Partner, Blue Harbor agency"), or
    /// by their own line saying they took no part ("scheduling only, didn't interview me").
    static func isRecruiter(_ person: Interviewer, in source: SourceText) -> Bool {
        if let title = person.title?.value {
            // A title that names another job settles it; most titles hold none of the stems.
            guard title.containsIgnoringCase(anyOf: recruiterStems) else { return false }
            return ProseFacts.words(Substring(title)).contains(where: recruiterWords.contains)
        }
        let lines = person.range.start.line...max(person.range.start.line, person.range.end.line)
        for number in lines where number <= source.lineCount {
            // Byte searches first: a lowercased copy of every person's line costs more than reading it.
            let raw = source.line(number)
            guard raw.byteRange(of: "ecruit") != nil || raw.byteRange(of: " interview") != nil else { continue }
            let text = raw.quickLowercased()
            if text.byteRange(of: "didn't interview") != nil || text.byteRange(of: "did not interview") != nil
                || text.byteRange(of: "recruit") != nil {
                return true
            }
        }
        return false
    }
}

extension ProsePeople {
    static let groupWords: Set<String> = ["both", "all", "each", "everyone", "everybody", "them",
                                          // "Kaartjes van beiden", "Cartes des deux", "Tarjetas de los dos", "beide Karten".
                                          "beiden", "beide", "deux", "dos", "ambos"]
    static let pronouns: Set<String> = ["her", "his", "him", "she", "he", "hers"]

    /// Cards said in sentences for people whose own entry does not say: "Got her card" after
    /// their name, "Zainab gave me her card", "card ✗ Tomasz", "Both gave me cards:", "Cards from
    /// both", "No business cards on a video call", "Only Marguerite had cards", a `## Cards`
    /// heading over their entries, "Dana had run out" after a sentence about cards.
    static func attachCards(to people: inout [Interviewer], from lines: [ProseLine]) {
        guard people.contains(where: { $0.card == nil }) else { return }
        let names = NameIndex(people)
        var headingSaysCards: (value: Bool, range: SourceRange)?
        // Who had no card said of them before these lines: a "no" said here may be undone by a later
        // sentence that names them and says a card was handed over (`givenHere`).
        let unsaid = people.map { $0.card == nil }
        var givenHere = false
        func set(_ index: Int, _ value: Bool, _ range: SourceRange) {
            // A "no" for a recruiter would ask for a card nobody hands out.
            guard value || !people[index].isRecruiter else { return }
            // "Round 2: … finally got Marta's card": a card got later, after a line that said none.
            if let said = people[index].card {
                guard givenHere, unsaid[index], !said.value, value, range.start.line > said.range.start.line else { return }
            }
            people[index].card = Located(value, range)
        }
        func setAll(_ value: Bool, _ range: SourceRange) {
            for index in people.indices { set(index, value, range) }
        }
        for (position, line) in lines.enumerated() where !line.isPlan {
            if line.isHeading {
                headingSaysCards = InterviewerReader.mayNameCard(line.text)
                    ? InterviewerReader.cardEvidence(line.text).map { ($0, line.range) } : nil
                continue
            }
            if let (value, range) = headingSaysCards {
                for index in people.indices where people[index].range.start.line == line.line { set(index, value, range) }
            }
            guard InterviewerReader.mayNameCard(line.text) else { continue }
            // A line that opens a list of people ("Met, cards from both:", "Copying them here:").
            let leadsIn = line.text.hasSuffix(":") && position + 1 < lines.count
                && !names.occurrences(in: lines[position + 1].text).isEmpty
            let range = line.range
            var context = 0
            var lastNamed: Int?
            for sentence in ProseFacts.sentences(line.text) {
                let text = String(sentence)
                let named = names.occurrences(in: text)
                let words = ProseFacts.words(sentence)
                let hasCard = words.contains(where: InterviewerReader.isCardWord)
                defer {
                    if let last = named.last { lastNamed = last.person }
                    context = hasCard ? 2 : max(0, context - 1)
                }
                let distinct = Set(named.map(\.person))
                givenHere = !named.isEmpty && words.contains(where: { $0 == "got" || $0 == "gave" || $0 == "received" || $0 == "collected" || $0 == "handed" })
                if named.isEmpty {
                    guard hasCard, let value = InterviewerReader.cardEvidence(text) else { continue }
                    if words.contains(where: pronouns.contains), let last = lastNamed {
                        set(last, value, range)
                    } else if people.count == 1 {
                        set(0, value, range)
                    } else if !value {
                        // A "no" for everyone wants cards in the plural or everyone named ("No business
                        // cards on a video call", "neither of them had a card").
                        // ("niente biglietti da visita": the Italian plural.)
                        if words.contains(where: { $0.hasPrefix("cards") || $0 == "biglietti" }) || words.contains(where: groupWords.contains) || words.contains("neither") {
                            setAll(false, range)
                        }
                    } else if words.contains(where: groupWords.contains) || leadsIn {
                        // A "yes" for everyone wants them given: "asked for cards" is no card yet.
                        if leadsIn || words.contains(where: cardGivenWords.contains) || text.contains(where: ProseFacts.checkMarks.contains) {
                            setAll(true, range)
                        }
                    }
                    continue
                }
                guard hasCard || context > 0 else { continue }
                // "Cards from both: eva@…; daan@…": before the first name it speaks of everyone.
                if hasCard, named[0].offset > 0 {
                    let lead = String(String.UnicodeScalarView(text.unicodeScalars.prefix(named[0].offset)))
                    if ProseFacts.words(Substring(lead)).contains(where: groupWords.contains), let value = InterviewerReader.cardEvidence(lead) {
                        setAll(value, range)
                    }
                }
                if distinct.count == 1, hasCard {
                    guard let value = clauseCardEvidence(text) else { continue }
                    set(named[0].person, value, range)
                    // "Only Marguerite had cards": nobody else gave one.
                    if value, words.contains("only") {
                        for index in people.indices where index != named[0].person { set(index, false, range) }
                    }
                    continue
                }
                // What comes before the first name speaks of everyone ("cards from both, in my wallet: Oskar — …").
                let scalars = Array(text.unicodeScalars)
                var lead = ""
                lead.unicodeScalars.append(contentsOf: scalars[0..<named[0].offset])
                if let value = InterviewerReader.cardEvidence(lead), ProseFacts.words(Substring(lead)).contains(where: groupWords.contains) {
                    setAll(value, range)
                }
                // Each name owns the words up to the next one; "Alice and Bob gave me cards" shares them.
                var shared: Bool?
                // "Rosa (Exec Producer) and Ken (Studio Director) both gave me cards": the last
                // name's words say it of everyone named before.
                var everyone: Bool?
                for (order, occurrence) in named.enumerated().reversed() {
                    let end = order + 1 < named.count ? named[order + 1].offset : scalars.count
                    var region = ""
                    region.unicodeScalars.append(contentsOf: scalars[occurrence.offset..<end])
                    var value = clauseCardEvidence(region) ?? cardImplied(region)
                    let regionWords = ProseFacts.words(Substring(region))
                    let rest = regionWords.dropFirst()
                    if value == nil, rest.allSatisfy({ $0 == "and" || names.isNameWord($0) }) { value = shared }
                    if value == nil { value = everyone }
                    if order == named.count - 1, let said = value, rest.contains(where: { $0 == "both" || $0 == "all" || $0 == "beide" || $0 == "ambos" }) {
                        everyone = said
                    }
                    if let value { set(occurrence.person, value, range) }
                    shared = value
                }
            }
        }
    }

    /// What a text says of a card, its first clause first: in "Harold had no cards but wrote his
    /// email on a napkin" the writing is no card sent.
    static func clauseCardEvidence(_ text: String) -> Bool? {
        var clause = text[...]
        for stop in [" but ", "; ", " although ", " though "] {
            if let cut = clause.byteRange(of: stop) { clause = clause[..<cut.lowerBound] }
        }
        if clause.utf8.count < text.utf8.count, let value = InterviewerReader.cardEvidence(String(clause)) { return value }
        return InterviewerReader.cardEvidence(text)
    }

    /// Words that say a card was handed over.
    static let cardGivenWords: Set<String> = [
        "gave", "got", "given", "took", "taken", "have", "has", "had", "collected", "from", "handed", "received",
        "exchanged",
        // "Beide haben mir ihre Visitenkarte gegeben", "Beiden gaven mij hun kaartje", "Ambos me dieron sus tarjetas".
        "gegeben", "gaben", "gaven", "gekregen", "kregen", "dieron", "deram",
    ]

    /// A person's words right after a sentence about cards: "gave me his", "had run out", "✅", "❌".
    static func cardImplied(_ region: String) -> Bool? {
        if region.contains(where: ProseFacts.crossMarks.contains) { return false }
        if region.contains(where: ProseFacts.checkMarks.contains) { return true }
        let lower = region.quickLowercased()
        for phrase in ["run out", "ran out", "had none", "has none", "none on", "didn't have", "did not have", "none left"]
            where lower.byteRange(of: phrase) != nil {
            return false
        }
        for phrase in ["gave me his", "gave me hers", "gave me her", "gave me one", "gave me theirs", "handed me his",
                       "handed me her", "handed me one"] where lower.byteRange(of: phrase) != nil {
            return true
        }
        return nil
    }

    /// Where a note names the people it read: by full name, or a first or last name only one of
    /// them has, compared without case or accents.
    struct NameIndex {
        /// Folded name, person.
        var keys: [(String, Int)] = []

        init(_ people: [Interviewer]) {
            var counts: [String: Int] = [:]
            var all: [(String, Int)] = []
            for (index, person) in people.enumerated() {
                let full = FuzzyMatch.fold(person.nameWithoutTitle)
                all.append((full, index))
                for part in Set(full.split(separator: " ").map(String.init)) where part.count >= 2 {
                    all.append((part, index))
                    counts[part, default: 0] += 1
                }
            }
            keys = all.filter { key, _ in key.contains(" ") || counts[key] == 1 }
            // Longer keys first: "Tom Becker" before "Tom".
            keys.sort { $0.0.count > $1.0.count }
        }

        /// Whether a folded word is one of the names.
        func isNameWord(_ word: String) -> Bool {
            keys.contains { $0.0 == word }
        }

        /// Each person named in the text, by the offset (in scalars) of their first mention.
        func occurrences(in text: String) -> [(person: Int, offset: Int)] {
            let folded = Array(FuzzyMatch.fold(text).unicodeScalars)
            // Folding keeps one scalar for one only when the text is plain; otherwise offsets are approximate.
            let exact = folded.count == text.unicodeScalars.count
            var found: [(person: Int, offset: Int)] = []
            var taken = [Bool](repeating: false, count: folded.count)
            for (key, person) in keys {
                let target = Array(key.unicodeScalars)
                guard target.count <= folded.count else { continue }
                var start = 0
                while start + target.count <= folded.count {
                    if !taken[start], folded[start] == target[0], Array(folded[start..<(start + target.count)]) == target,
                       start == 0 || !folded[start - 1].properties.isAlphabetic,
                       start + target.count == folded.count || !folded[start + target.count].properties.isAlphabetic {
                        for at in start..<(start + target.count) { taken[at] = true }
                        if !found.contains(where: { $0.person == person && $0.offset <= start }) {
                            found.removeAll { $0.person == person }
                            found.append((person, exact ? start : min(start, text.unicodeScalars.count)))
                        }
                        start += target.count
                        continue
                    }
                    start += 1
                }
            }
            return found.sorted { $0.offset < $1.offset }
        }
    }
}

extension ProsePeople {
    /// A key line that joins a person's name and a card's field with a dash or an underscore
    /// (Dataview's `Claire-phone:: +44 20 7946 0000`, `claire_email:: claire@…`, `Claire-card:: yes`).
    struct PersonalField {
        enum Kind { case email, phone, card }
        /// The name part of the key, folded (`claire`).
        var name: String
        var kind: Kind
        var value: String
        var range: SourceRange

        init?(_ text: Substring, line: Int, column: Int) {
            let leading = text.prefix { $0 == " " || $0 == "\t" }.count
            let trimmed = text.dropFirst(leading)
            guard let colon = trimmed.firstIndex(of: ":") else { return nil }
            let key = Markup.plain(String(trimmed[..<colon]))
            guard let joint = key.lastIndex(where: { $0 == "-" || $0 == "_" }), !key.contains(" ") else { return nil }
            let person = key[..<joint], field = Markup.key(String(key[key.index(after: joint)...]))
            guard person.count >= 2, person.allSatisfy(\.isLetter) else { return nil }
            if ProsePeople.emailKeys.contains(field) { kind = .email } else if ProsePeople.phoneKeys.contains(field) { kind = .phone }
            else if ProsePeople.cardKeys.contains(field) { kind = .card } else { return nil }
            value = Markup.plain(String(trimmed[trimmed.index(after: colon)...].drop { $0 == ":" })).trimmingWhitespace()
            guard !value.isEmpty else { return nil }
            name = FuzzyMatch.fold(String(person).quickLowercased())
            range = SourceRange(line: line, column: column + leading, length: trimmed.scalarCount)
        }
    }

    /// Each personal field to the one person whose first name, last name or whole name (spaces
    /// left out) its key names; a name two people share names neither.
    static func attachPersonalFields(_ fields: [PersonalField], to people: inout [Interviewer]) {
        for field in fields {
            let owners = people.indices.filter { index in
                let parts = FuzzyMatch.fold(people[index].nameWithoutTitle.quickLowercased()).split(separator: " ")
                return parts.contains { $0 == field.name } || parts.joined() == field.name
            }
            guard owners.count == 1, let index = owners.first else { continue }
            switch field.kind {
            case .email:
                if people[index].email == nil, let (email, _) = InterviewerReader.contacts(in: field.value, phone: false).email {
                    people[index].email = Located(email, field.range)
                }
            case .phone:
                if people[index].phone == nil, let (phone, _) = InterviewerReader.contacts(in: field.value, email: false).phone {
                    people[index].phone = Located(phone, field.range)
                }
            case .card:
                if people[index].card == nil, let answer = InterviewerReader.cardAnswer(field.value) {
                    people[index].card = Located(answer, field.range)
                }
            }
        }
    }

    /// An org-mode property line (`:PHONE: +1 555 0181`, `:PROPERTIES:`): its key, lowercased, and value.
    static func orgProperty(_ text: String) -> (key: String, value: String)? {
        guard text.hasPrefix(":") else { return nil }
        let rest = text.dropFirst()
        guard let close = rest.firstIndex(of: ":") else { return nil }
        let key = rest[..<close]
        guard !key.isEmpty, key.count <= 24, key.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_" || $0 == "-") }) else { return nil }
        return (key.lowercased(), rest[rest.index(after: close)...].trimmingWhitespace())
    }

    /// Whether a line is a list item (`- `, `* `, `+ `, `1. `).
    static func isListItem(_ line: Substring) -> Bool {
        let text = line.trimmingWhitespace()
        if text.hasPrefix("- ") || text.hasPrefix("* ") || text.hasPrefix("+ ") { return true }
        let digits = text.prefix { $0.isASCII && $0.isNumber }
        return !digits.isEmpty && (text.dropFirst(digits.count).hasPrefix(". ") || text.dropFirst(digits.count).hasPrefix(") "))
    }

    /// A list item that is nothing but an email address or a phone number: that one.
    static func bareContactItem(_ line: Substring) -> (email: String?, phone: String?)? {
        let text = line.trimmingWhitespace()
        guard text.hasPrefix("- ") || text.hasPrefix("* ") || text.hasPrefix("+ ") else { return nil }
        let value = Markup.plain(String(text.dropFirst(2))).trimmingWhitespace()
        guard !value.isEmpty else { return nil }
        let found = InterviewerReader.contacts(in: value)
        if let (email, _) = found.email, email == value { return (email, nil) }
        if found.email == nil, let (phone, _) = found.phone, phone == value { return (nil, phone) }
        return nil
    }

    static let emailKeys: Set<String> = ["email", "mail", "emailaddress", "e"]
    static let phoneKeys: Set<String> = ["phone", "tel", "telephone", "mobile", "cell", "phonenumber", "direct", "directline"]
    static let cardKeys: Set<String> = ["card", "businesscard", "cards", "businesscards", "carte", "cardcollected"]

    /// `Email:`, `Phone:` and `Business card:` lines right under a person's own key line
    /// (`Interviewer: Carla Jiménez, Operations Manager`): theirs. Read from the source lines,
    /// so that a note in the canonical format pays nothing for prose.
    static func attachKeyLines(to people: inout [Interviewer], in source: SourceText) {
        for index in people.indices {
            let own = people[index].range.end.line
            guard own < source.lineCount else { continue }
            // A key line's one person (`Entrevistador: Thiago Albuquerque (Tech Lead)`), not a list's
            // item nor one of several named on the line.
            let ownIsKeyLine = people[index].range.start.line == own && !isListItem(source.line(own))
                && !people.indices.contains { $0 != index && people[$0].range.start.line <= own && people[$0].range.end.line >= own }
            // A property drawer may hold more lines than a few key lines do.
            let reach = orgProperty(source.line(own + 1).trimmingWhitespace())?.key == "properties" ? 16 : 6
            for number in (own + 1)...min(source.lineCount, own + reach) {
                // Under a key line, items that hold nothing but an address or a number
                // (`- thiago@…`, `- +55 11 555 0160`) are that person's.
                if ownIsKeyLine, let (email, phone) = bareContactItem(source.line(number)) {
                    let leading = source.line(number).unicodeScalars.prefix { $0 == " " || $0 == "\t" }.count
                    let range = SourceRange(line: number, column: leading + 1, length: source.line(number).trimmingWhitespace().scalarCount)
                    if let email, people[index].email == nil { people[index].email = Located(email, range) }
                    if let phone, people[index].phone == nil { people[index].phone = Located(phone, range) }
                    continue
                }
                // A short key before a colon ("Email:", "**Business card:**"), known on the bytes.
                let isKeyLine = source.withLine(number) { bytes -> Bool in
                    var index = 0
                    while index < bytes.count, bytes[index] == 0x20 || bytes[index] == 0x09 { index += 1 }
                    let start = index
                    while index < bytes.count, index - start <= 24 {
                        switch bytes[index] {
                        case UInt8(ascii: ":"): return index > start
                        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), 0x20,
                             UInt8(ascii: "*"), UInt8(ascii: "_"), UInt8(ascii: "-"): index += 1
                        default: return false
                        }
                    }
                    return false
                }
                var text = source.line(number).trimmingWhitespace()
                // An org property drawer under the person's heading (`:PROPERTIES:`, `:PHONE: +1 …`,
                // `:CARD: yes`, `:END:`): its properties are key lines.
                let drawer = orgProperty(text)
                if let drawer {
                    if drawer.key == "properties" { continue }
                    if drawer.key == "end" { break }
                    text = drawer.key + ":" + drawer.value
                } else if !isKeyLine {
                    break
                }
                guard let colon = text.firstIndex(of: ":") else { break }
                let key = Markup.key(Markup.plain(String(text[..<colon])))
                let value = Markup.plain(String(text[text.index(after: colon)...]))
                guard !value.isEmpty else {
                    if drawer != nil { continue }
                    break
                }
                let leading = source.line(number).unicodeScalars.prefix { $0 == " " || $0 == "\t" }.count
                let range = SourceRange(line: number, column: leading + 1, length: text.scalarCount)
                if emailKeys.contains(key) {
                    if people[index].email == nil, let (email, _) = InterviewerReader.contacts(in: value, phone: false).email {
                        people[index].email = Located(email, range)
                    }
                } else if phoneKeys.contains(key) {
                    if people[index].phone == nil, let (phone, _) = InterviewerReader.contacts(in: value, email: false).phone {
                        people[index].phone = Located(phone, range)
                    }
                } else if cardKeys.contains(key) {
                    if people[index].card == nil, let answer = InterviewerReader.cardAnswer(value) ?? InterviewerReader.cardEvidence(text) {
                        people[index].card = Located(answer, range)
                    }
                } else if FrontMatterReader.keyNames[key] == .people {
                    break
                }
            }
        }
    }
}
