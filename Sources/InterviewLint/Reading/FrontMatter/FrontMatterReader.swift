import Yams

/// Reads the YAML front matter and the key lines that stand in for it (`**Date:** …`,
/// Dataview `date:: …`).
enum FrontMatterReader {
    enum Field: String, CaseIterable {
        case company, role, date, time, status, location, timeframe, interviewLint, people
        /// `resume_left: true`, `cv: yes`, `contact_info_left: no`: what was left with them.
        case resume, contactInfo
    }

    /// A value for each field, or none. (Not a `[Field: Value]`: the first dictionary keyed by a
    /// type of ours makes the Swift runtime scan every protocol conformance in the binary, a large
    /// part of a one-note run. Nor an array of optionals: each note makes three of these, and the
    /// array was allocated, copied on its first change and freed one optional at a time through
    /// the runtime's generic destroy.)
    struct Fields {
        private var company: Value?, role: Value?, date: Value?, time: Value?, status: Value?, location: Value?
        private var timeframe: Value?, interviewLint: Value?, people: Value?, resume: Value?, contactInfo: Value?

        subscript(field: Field) -> Value? {
            get {
                switch field {
                case .company: company
                case .role: role
                case .date: date
                case .time: time
                case .status: status
                case .location: location
                case .timeframe: timeframe
                case .interviewLint: interviewLint
                case .people: people
                case .resume: resume
                case .contactInfo: contactInfo
                }
            }
            set {
                switch field {
                case .company: company = newValue
                case .role: role = newValue
                case .date: date = newValue
                case .time: time = newValue
                case .status: status = newValue
                case .location: location = newValue
                case .timeframe: timeframe = newValue
                case .interviewLint: interviewLint = newValue
                case .people: people = newValue
                case .resume: resume = newValue
                case .contactInfo: contactInfo = newValue
                }
            }
        }
    }

    /// Keys are compared by `Markup.key`: case and separators do not matter.
    static let keyNames: WordMap<Field> = {
        var names: [(String, Field)] = []
        let table: KeyValuePairs<Field, [String]> = [
            .company: ["company", "employer", "organization", "organisation", "org", "companyname",
                       "empresa", "entreprise", "societe", "firma", "unternehmen", "bedrijf", "organisatie", "azienda", "societa"],
            .role: ["role", "position", "title", "jobtitle", "job", "jobrole", "puesto", "cargo", "poste", "stelle", "functie", "stanowisko"],
            .date: ["date", "interviewdate", "datetime", "interviewdatetime", "interviewed", "interviewon", "when", "start",
                    "interview", "interviewat", "scheduled", "scheduledfor", "meetingdate", "onsitedate", "appointment",
                    "created", "createdat", "day",
                    // Other languages' date keys (Date is French too).
                    "fecha", "fechayhora", "fechadelaentrevista", "fechaentrevista", "entrevista", "datum", "termin",
                    "gesprachstermin", "dateentretien", "datedentretien", "entretien", "gesprekdatum", "sollicitatiegesprek",
                    // Italian and Portuguese; "data" is taken only where its value reads as a day (`NoteReader.apply`).
                    "data", "colloquio", "datacolloquio", "entrevistadata",
                    // Polish ("Termin" is Polish too).
                    "kiedy", "datarozmowy"],
            .time: ["time", "interviewtime", "starttime", "interviewstart", "heure", "hora", "uhrzeit", "tijd", "tijdstip", "ora", "orario"],
            .status: ["status", "statut", "estado", "stage", "outcome", "appstage", "applicationstage", "applicationstatus", "jobstatus", "interviewstatus"],
            .location: ["location", "place", "where", "office", "venue", "lieu", "lugar", "ort", "locatie", "miejsce", "gdzie"],
            .timeframe: ["timeframe", "decision", "decisionby", "decisiondate", "decisiontimeframe", "decyzja", "termindecyzji"],
            .interviewLint: ["interviewlint"],
            .people: ["interviewer", "interviewers", "panel", "attendees", "participants", "metwith", "interviewedby", "with", "who", "people",
                      "recruiter", "recruiters", "agencyrecruiter", "recruitercontact",
                      "interlocuteurs", "interlocuteur", "interlocutores", "entrevistadores", "gesprekspartners", "gesprächspartner",
                      "intervistatori", "intervistatore", "intervistatrice", "entrevistador", "entrevistadora"],
            .resume: ["resume", "resumeleft", "leftresume", "resumegiven", "resumeshared", "cv", "cvleft", "leftcv", "cvgiven"],
            .contactInfo: ["contactinfo", "contactinfoleft", "contactinformation", "contactinformationleft", "contactdetails",
                           "contactdetailsleft", "leftcontactinfo", "leftcontactdetails", "contactleft"],
        ]
        for (field, keys) in table { for key in keys { names.append((key, field)) } }
        return WordMap(names)
    }()

    /// The field a key written in a note names (any case and separators), the configuration's
    /// own names included.
    static func field(forKey key: String, words: ConfiguredWords) -> Field? {
        let normalized = words.key(Markup.key(key))
        return keyNames[normalized] ?? misspelledField(normalized)
    }

    /// Keys long enough to be told apart when typed with a slip ("**Intervew:**", "Compnay:").
    static let slipKeys: [(String, Field)] = [("interview", .date), ("interviewdate", .date), ("interviewer", .people),
                                              ("interviewers", .people), ("company", .company), ("position", .role),
                                              ("timeframe", .timeframe), ("location", .location), ("scheduled", .date)]

    /// The field of a key written with one slip (`FuzzyMatch.isOneSlip`) of a long key.
    static func misspelledField(_ key: String) -> Field? {
        let count = key.utf8.count
        guard count >= 6, count <= 13, let first = key.utf8.first else { return nil }
        for (name, field) in slipKeys where name.utf8.first == first && (name.utf8.count == count || name.utf8.count == count + 1)
            && FuzzyMatch.isOneSlip(key, of: name) {
            return field
        }
        return nil
    }

    /// A yes-or-no value (`true`, `yes`, `x`, `✅`; `false`, `no`): nil for anything else, such
    /// as a link to the resume file, which says nothing about whether it was left.
    static func yesOrNo(_ value: String) -> Bool? {
        let lower = Markup.plain(value).quickLowercased().trimmingWhitespace()
        switch lower {
        case "true", "yes", "y", "x", "[x]", "done", "left", "given", "\u{2705}", "\u{2714}", "\u{2713}", "\u{2714}\u{fe0f}": return true
        case "false", "no", "n", "[ ]", "not yet", "\u{274c}", "\u{2717}": return false
        default: return nil
        }
    }

    /// People keys whose people are recruiters (`Recruiter: Leah Kowalczyk (Brightpath)`).
    static func isRecruiterKey(_ key: String) -> Bool {
        guard key.utf8.count >= 9 else { return false }
        let normalized = Markup.key(Markup.plain(key))
        return normalized.hasPrefix("recruiter") && normalized.utf8.count <= 16 || normalized == "agencyrecruiter"
    }

    /// A raw value and where it stands.
    struct Value {
        var text: String
        var range: SourceRange
        /// The key as written, for key lines (`dump` says where the date came from).
        var key: String = ""
    }

    /// How surely a date key names the interview: one that says so beats a plain `date`, which
    /// beats the note's creation date; an earlier key wins among equals.
    static func dateRank(_ normalizedKey: String) -> Int {
        if normalizedKey.hasPrefix("created") { return 1 }
        if normalizedKey == "date" || normalizedKey == "datetime" || normalizedKey == "start" { return 2 }
        return 3
    }

    /// A blog post's `layout: post` (Jekyll, Hugo): its `date` is when it was published.
    static func isPostLayout(_ value: String) -> Bool {
        let lower = value.quickLowercased().trimmingWhitespace()
        return lower == "post" || lower == "posts" || lower == "blog"
    }

    /// A post's `date` ranks as a creation date: the interview is counted from it ("Yesterday
    /// afternoon I had my interview"), never taken as it.
    static func publicationKey(_ key: String, post: Bool) -> String {
        post && (key == "date" || key == "datetime") ? "created" : key
    }

    struct Result {
        var values = Fields()
        /// The rank of the key the date came from (`dateRank`).
        var dateRank = 0
        /// The key the date came from, as written, for `dump`.
        var dateKey: String?
        var frontMatter: FrontMatter?
        var problems: [ReadProblem] = []
        /// Lines to blank out before handing the body to cmark.
        var lines: ClosedRange<Int>?

        /// Whether a key repeats one before it in another spelling (`company` and `Company`, which
        /// YAML holds apart): reported, and the first one kept.
        mutating func isRepeated(_ key: String, _ normalized: String, line: Int, column: Int,
                                 seen: inout [(normalized: String, key: String, line: Int)]) -> Bool {
            // A list: a front matter has a few keys, and only the known ones are kept here.
            guard let first = seen.first(where: { $0.normalized == normalized }) else {
                seen.append((normalized, key, line))
                return false
            }
            problems.append(ReadProblem(
                .frontMatter, "the front matter has both `\(first.key)` (line \(first.line)) and `\(key)`: keep one; the value on line \(first.line) is used",
                at: SourceRange(line: line, column: column, length: key.unicodeScalars.count)))
            return true
        }

        /// Whether a value under `key` should be kept for `field`: the first one, except that a
        /// date key naming the interview replaces a weaker one.
        mutating func takes(_ field: Field, key: String, text: String? = nil) -> Bool {
            if field == .status, let held = values[.status] {
                // A status the reader knows beats a word it does not ("Stage: Panel", then "Status: Waiting").
                return StatusReader.read(held.text) == nil && text.flatMap(StatusReader.read) != nil
            }
            guard field == .date else { return values[field] == nil }
            let rank = FrontMatterReader.dateRank(key)
            guard rank > dateRank else { return false }
            dateRank = rank
            return true
        }
    }

    /// Finds and reads front matter at the top of `source`. `simple: false` always composes with
    /// Yams (the tests compare both paths).
    static func read(_ source: SourceText, simple: Bool = true, words: ConfiguredWords = .none) -> Result {
        var result = Result()
        // Lines are compared on their bytes: cutting each into a substring and a trimmed copy
        // cost more than reading the keys.
        if source.lineCount >= 2, source.trimmedLine(1, is: "+++") { return readTOML(source, words: words) }
        guard source.lineCount >= 1, source.trimmedLine(1, is: "---") else { return result }
        var closing: Int?
        for number in 2...max(2, source.lineCount) where number <= source.lineCount {
            if source.trimmedLine(number, is: "---") || source.trimmedLine(number, is: "...") { closing = number; break }
        }
        guard let closing else {
            result.problems.append(ReadProblem(
                .frontMatter,
                "the front matter opened on line 1 is never closed: add a line with --- after the last key",
                at: SourceRange(line: 1, column: 1, length: 3)))
            return result
        }
        result.lines = 1...closing
        var frontMatter = FrontMatter(lines: 1...closing)
        guard (2..<closing).contains(where: { !source.lineIsBlank($0) }) else {
            result.frontMatter = frontMatter
            return result
        }
        if simple, let simple = SimpleFrontMatter.read(source, lines: 2..<closing) {
            var seen: [(normalized: String, key: String, line: Int)] = []
            let post = simple.contains { $0.key.utf8.count == 6 && $0.key.quickLowercased() == "layout" && $0.value.map(isPostLayout) == true }
            for entry in simple {
                let normalized = publicationKey(words.key(Markup.key(entry.key)), post: post)
                guard let field = keyNames[normalized] else { continue }
                // A recruiter key would take the one slot of the interviewers.
                if field == .people, isRecruiterKey(entry.key) { continue }
                if result.isRepeated(entry.key, normalized, line: entry.line, column: 1, seen: &seen) { continue }
                if field == .interviewLint { continue }
                // `title:` is most tools' name of the note (a podcast episode's, a Dendron page's), no job's on its own.
                if field == .company || field == .role && normalized != "title" || field == .date && dateRank(normalized) > 2 { frontMatter.hasInterviewKeys = true }
                guard let value = entry.value, result.takes(field, key: normalized, text: value) else { continue }
                if field == .date { result.dateKey = entry.key }
                result.values[field] = Value(text: Markup.unwrapWikilink(value),
                                             range: SourceRange(line: entry.line, column: entry.column, length: entry.length))
            }
            result.frontMatter = frontMatter
            return result
        }
        let yaml = source.lines[1..<(closing - 1)].joined(separator: "\n")
        // Aliases: no note needs one, and nine lines of aliases of aliases expand to a billion nodes.
        if let (line, column) = YAMLGuard.alias(in: yaml) {
            result.problems.append(ReadProblem(
                .frontMatter, "the front matter uses a YAML alias (`*name`), which notes do not need; it was not read: write the value itself",
                at: SourceRange(line: line + 1, column: column, length: 1)))
            result.frontMatter = frontMatter
            return result
        }
        // Keys that are collections: notes never need them, and Yams can take minutes on them.
        if let (line, column, what) = YAMLGuard.complexKey(in: yaml) {
            result.problems.append(ReadProblem(
                .frontMatter, "the front matter uses \(what), which notes do not need; it was not read: write plain `key: value` lines",
                at: SourceRange(line: line + 1, column: column, length: 1)))
            result.frontMatter = frontMatter
            return result
        }
        let node: Node?
        do {
            node = try Yams.compose(yaml: yaml, .basic, .default, .utf8)
        } catch {
            let (message, line, column) = describe(error)
            result.problems.append(ReadProblem(
                .frontMatter, "the front matter is not valid YAML: \(message)",
                at: SourceRange(line: line + 1, column: column, length: 1)))
            result.frontMatter = frontMatter
            return result
        }
        guard let mapping = node?.mapping else {
            result.problems.append(ReadProblem(
                .frontMatter, "the front matter is not a list of `key: value` lines",
                at: SourceRange(line: 2, column: 1, length: source.line(2).scalarCount)))
            result.frontMatter = frontMatter
            return result
        }
        var seen: [(normalized: String, key: String, line: Int)] = []
        let post = mapping.contains { Markup.key($0.key.string ?? "") == "layout" && $0.value.string.map(isPostLayout) == true }
        for (keyNode, valueNode) in mapping {
            guard let key = keyNode.string else { continue }
            let normalized = publicationKey(words.key(Markup.key(key)), post: post)
            let keyLine = (keyNode.mark?.line ?? 1) + 1
            let keyColumn = keyNode.mark?.column ?? 1
            guard let field = keyNames[normalized] else { continue }
            if field == .people, isRecruiterKey(key) { continue }
            if result.isRepeated(key, normalized, line: keyLine, column: keyColumn, seen: &seen) { continue }
            if field == .interviewLint {
                frontMatter.disabledRules = disabledRules(valueNode)
                continue
            }
            if field == .company || field == .role && normalized != "title" || field == .date && dateRank(normalized) > 2 { frontMatter.hasInterviewKeys = true }
            guard let text = scalarText(valueNode), result.takes(field, key: normalized, text: text) else { continue }
            if field == .date { result.dateKey = key }
            let line = (valueNode.mark?.line ?? keyLine - 1) + 1
            let column = valueNode.mark?.column ?? keyColumn
            // Point at the value as written, to the end of its line.
            let written = source.line(line).unicodeScalars.dropFirst(column - 1)
            let length = makeString(written).trimmingWhitespace().scalarCount
            result.values[field] = Value(text: text, range: SourceRange(line: line, column: column, length: max(length, 1)))
        }
        result.frontMatter = frontMatter
        return result
    }

    /// Hugo's TOML front matter between `+++` lines: `key = value` lines (a quoted string, a bare
    /// date, number or boolean, or an array whose first string is taken). Hugo's front matter is a
    /// post's, so its `date` is when it was published, ranked as a creation date.
    static func readTOML(_ source: SourceText, words: ConfiguredWords = .none) -> Result {
        var result = Result()
        guard let closing = (2...source.lineCount).first(where: { source.trimmedLine($0, is: "+++") }) else {
            result.problems.append(ReadProblem(
                .frontMatter, "the front matter opened on line 1 is never closed: add a line with +++ after the last key",
                at: SourceRange(line: 1, column: 1, length: 3)))
            return result
        }
        result.lines = 1...closing
        var frontMatter = FrontMatter(lines: 1...closing)
        for number in stride(from: 2, to: closing, by: 1) {
            let line = String(source.line(number))
            guard let equals = line.firstIndex(of: "="), !line.hasPrefix("#"), !line.hasPrefix("[") else { continue }
            let key = line[..<equals].trimmingWhitespace()
            var value = Substring(line[line.index(after: equals)...])
            let leading = value.prefix { $0 == " " || $0 == "\t" }.count
            value = value.dropFirst(leading)
            if value.hasPrefix("[") { value = value.dropFirst().drop { $0 == " " } }
            if let quote = value.first, quote == "\"" || quote == "'" {
                value = value.dropFirst().prefix { $0 != quote }
            } else {
                value = value.prefix { $0 != "#" && $0 != "," && $0 != "]" }
            }
            let text = value.trimmingWhitespace()
            let normalized = publicationKey(words.key(Markup.key(key)), post: true)
            // A post's `title` is its headline, no job title.
            guard !text.isEmpty, normalized != "title", let field = keyNames[normalized], field != .interviewLint,
                  field != .people || !isRecruiterKey(key) else { continue }
            if field == .company || field == .role || field == .date && dateRank(normalized) > 2 { frontMatter.hasInterviewKeys = true }
            guard result.takes(field, key: normalized, text: text) else { continue }
            if field == .date { result.dateKey = key }
            let column = line.unicodeScalars.distance(from: line.startIndex, to: equals) + 2 + leading
            result.values[field] = Value(text: Markup.unwrapWikilink(text),
                                         range: SourceRange(line: number, column: column, length: max(text.unicodeScalars.count, 1)))
        }
        result.frontMatter = frontMatter
        return result
    }

    /// The value as text: a scalar, or the first scalar of a sequence (`[[Acme]]` unquoted is a
    /// nested YAML sequence, which is how Obsidian wikilinks look when left unquoted).
    private static func scalarText(_ node: Node) -> String? {
        var node = node
        while let first = node.sequence?.first { node = first }
        guard let text = node.string else { return nil }
        return Markup.unwrapWikilink(text)
    }

    private static func disabledRules(_ node: Node) -> [Located<String>] {
        guard let disable = node.mapping?.first(where: { $0.key.string == "disable" })?.value else { return [] }
        let items = disable.sequence.map(Array.init) ?? [disable]
        return items.compactMap { item in
            guard let name = item.string else { return nil }
            let line = (item.mark?.line ?? 1) + 1
            return Located(name, SourceRange(line: line, column: item.mark?.column ?? 1, length: name.scalarCount))
        }
    }

    private static func describe(_ error: Error) -> (String, Int, Int) {
        if let yaml = error as? YamlError {
            switch yaml {
            case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _),
                 .composer(_, let problem, let mark, _):
                return (problem, mark.line, mark.column)
            case .reader(let problem, _, _, _):
                return (problem, 1, 1)
            default:
                return (String(describing: yaml), 1, 1)
            }
        }
        return (String(describing: error), 1, 1)
    }

    /// An org or Logseq `SCHEDULED:` / `DEADLINE:` line under a task that is not the interview
    /// ("*** TODO Email Priyanka if nothing by Dec 1" / "SCHEDULED: <2026-12-01 Tue>"): the
    /// task's date, not the interview's.
    static func isTaskProperty(key written: String, under previous: Substring) -> Bool {
        guard let first = written.utf8.first, first | 0x20 == UInt8(ascii: "s") || first | 0x20 == UInt8(ascii: "d") else {
            return false
        }
        let key = Markup.key(written)
        guard key == "scheduled" || key == "deadline" else { return false }
        return !ProseFacts.words(previous).contains(where: ProseFacts.interviewWords.contains)
    }

    /// `**Date:** 2026-11-16 10:00`, `Company: Acme` in bold, or Dataview `date:: 2026-11-16`,
    /// in one line of body text starting at `column`.
    /// A key line with nothing after its colon (`Interviewers:`, `**People:**`): its field, for
    /// a label whose values are the lines below it.
    static func labelOnly(_ text: Substring, words: ConfiguredWords = .none) -> Field? {
        var key = Markup.plain(String(text)).trimmingWhitespace()
        guard key.hasSuffix(":"), key.count <= 30 else { return nil }
        key.removeLast()
        return field(forKey: key, words: words)
    }

    /// What follows "rescheduled to", "moved to", "postponed to" in a date's value, if anything does.
    static func movedTo(_ value: String) -> String? {
        let lower = value.quickLowercased()
        guard lower.utf8.count == value.utf8.count else { return nil }
        for cue in ["rescheduled to ", "rescheduled for ", "moved to ", "postponed to ", "pushed to ", "changed to ",
                    "rescheduled ", "moved ", "postponed ", "pushed "] {
            if var found = lower.byteRange(of: cue) {
                if !cue.hasSuffix("to "), !cue.hasSuffix("for ") {
                    // "rescheduled by them to Thu 12 Nov": the day after the first "to" close behind.
                    let after = lower[found.upperBound...].prefix(30)
                    guard let to = after.byteRange(of: " to ") ?? (after.hasPrefix("to ") ? after.byteRange(of: "to ") : nil) else { continue }
                    found = to
                }
                let offset = lower.utf8.distance(from: lower.startIndex, to: found.upperBound)
                let rest = String(value.utf8.dropFirst(offset)).map { $0.trimmingWhitespace() } ?? ""
                return rest.isEmpty ? nil : rest
            }
        }
        return nil
    }

    static func keyLine(_ text: Substring, line: Int, column: Int, words: ConfiguredWords = .none) -> (Field, Value)? {
        var rest = text.trimmingWhitespace()
        // `~~Interview: Tue 10 Nov~~`: struck through, no longer so.
        if rest.hasPrefix("~~") { return nil }
        var leading = text.scalarCount - String(text).drop(while: { $0.isWhitespace }).scalarCount
        // An org-mode keyword line (`#+DATE: <2026-11-03 Tue 10:00>`, `#+STATUS: waiting`) is a key
        // line; its `#+TITLE:` is the document's title, not the job's.
        if rest.hasPrefix("#+") {
            rest.removeFirst(2)
            leading += 2
            guard let colon = rest.firstIndex(of: ":"), rest[..<colon].allSatisfy({ $0.isLetter || $0 == "_" || $0 == "-" }),
                  rest[..<colon].lowercased() != "title" else { return nil }
        }
        var key: String
        var consumed: Int
        if rest.hasPrefix("**") || rest.hasPrefix("__") {
            let marker = String(rest.prefix(2))
            let inner = rest.dropFirst(2)
            guard let close = inner.byteRange(of: marker) else { return nil }
            // Google Docs writes `__Date: __Thursday…`: the space before the closing marker is no part of the key.
            key = String(inner[..<close.lowerBound]).trimmingWhitespace()
            var after = inner[close.upperBound...]
            // `__Date: __Thursday…` (Google Docs): the space before the closing mark is not the key's.
            while key.hasSuffix(" ") { key.removeLast() }
            if key.hasSuffix(":") {
                key.removeLast()
            } else if after.hasPrefix(":") {
                after = after.dropFirst()
            } else if after.trimmingWhitespace().isEmpty, let colon = key.firstIndex(of: ":"), colon > key.startIndex {
                // `**Interview (rescheduled): Fri 13 Nov 2026, 10:00am**`: key and value bold together.
                let keyPart = String(key[..<colon])
                let value = String(key[key.index(after: colon)...])
                consumed = 2 + keyPart.scalarCount + 1
                key = keyPart
                rest = value
                return keyLineValue(key: key, rest: rest, consumed: consumed, leading: leading, line: line, column: column, words: words)
            } else {
                return nil
            }
            consumed = rest.scalarCount - after.scalarCount
            rest = String(after)
            // `**Company:** Tanjong Pay · **Role:** Staff Backend Engineer`: the value ends where the next key starts.
            if let next = rest.byteRange(of: marker), rest[next.upperBound...].byteRange(of: ":" + marker) != nil
                || rest[next.upperBound...].byteRange(of: marker + ":") != nil {
                rest = String(rest[..<next.lowerBound])
                while let last = rest.last, last == " " || last == "·" || last == "|" || last == ";" || last == "," || last == "•" { rest.removeLast() }
            }
        } else if let separator = rest.byteRange(of: "::") {
            key = String(rest[..<separator.lowerBound])
            guard !key.utf8.contains(0x20) || key.split(separator: " ").count <= 2 else { return nil }
            consumed = rest[..<separator.upperBound].scalarCount
            rest = String(rest[separator.upperBound...])
        } else if let colon = rest.firstIndex(of: ":"), colon > rest.startIndex,
                  rest[..<colon].split(separator: " ").count <= 3,
                  rest[..<colon].allSatisfy({ $0.isLetter || $0 == " " || $0 == "-" || $0 == "_" }) {
            // A plain `Interview Date: November 18, 2026` line (Notion exports, key-value notes).
            key = String(rest[..<colon])
            consumed = rest[...colon].scalarCount
            rest = String(rest[rest.index(after: colon)...])
        } else {
            return nil
        }
        return keyLineValue(key: key, rest: rest, consumed: consumed, leading: leading, line: line, column: column, words: words)
    }

    private static func keyLineValue(key: String, rest: String, consumed: Int, leading: Int, line: Int, column: Int,
                                     words: ConfiguredWords) -> (Field, Value)? {
        var key = key, rest = rest, consumed = consumed
        // "Interview (rescheduled):": the note in brackets is no part of the key.
        if field(forKey: key, words: words) == nil, let open = key.firstIndex(of: "("), open > key.startIndex {
            key = String(key[..<open])
        }
        guard let field = field(forKey: key, words: words), field != .interviewLint else { return nil }
        var valueText = rest.trimmingWhitespace()
        // "Tue 10 Nov 2026, 2pm — RESCHEDULED to Fri 13 Nov 2026, 10:00am": the new day is the day.
        if field == .date || field == .time, let moved = movedTo(valueText) {
            consumed += rest.scalarCount - String(rest).drop(while: { $0.isWhitespace }).scalarCount
                + valueText.scalarCount - moved.scalarCount
            valueText = moved
            rest = moved
        }
        guard !valueText.isEmpty else { return nil }
        let spaces = rest.scalarCount - String(rest).drop(while: { $0.isWhitespace }).scalarCount
        let valueColumn = column + leading + consumed + spaces
        return (field, Value(text: Markup.plain(Markup.unescaped(valueText)),
                             range: SourceRange(line: line, column: valueColumn, length: valueText.scalarCount),
                             key: key.trimmingWhitespace()))
    }
}
