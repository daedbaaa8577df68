/// Who a log entry was with: the names it writes where names stand (or in a table's With
/// column), matched to the interviewers, and who it means when it names nobody.
enum EntryPeople {
    /// Words after which a lone capitalised word is taken for a name ("to Marcus").
    static let wordsBeforeName: WordSet = ["to", "from", "with", "called", "emailed", "texted", "messaged",
                                               "thanked", "phoned", "met", "cc", "and", "ask", "asked", "told", "rang",
                                               "reminded", "pinged", "chased"]

    /// Where the clause speaks of every interviewer at once: "both", "the panel", "everyone",
    /// "all three", "each of them"; nil when it does not.
    static func everyoneWord(_ tokens: [Token], upTo end: Int) -> Int? {
        for position in 0..<min(end, tokens.count) {
            guard let word = tokens[position].word else { continue }
            let next = position + 1 < tokens.count ? tokens[position + 1].word ?? .none : .none
            switch word {
            case "both", "panel", "everyone", "everybody": return position
            case "all" where next == "of" || next == "two" || next == "three" || next == "four" || next == "five"
                || next == "six" || next == "seven" || next == "eight" || next == "together" || next == "interviewers":
                return position
            case "each" where next == "of" || next == .none: return position
            default: continue
            }
        }
        return nil
    }

    /// German months that English does not spell the same way.
    static let germanMonths: Set<String> = ["januar", "februar", "maerz", "juni", "juli", "oktober", "dezember"]

    /// What a possessive name may be followed by that is their address, not a message to them.
    static let addressWords: WordSet = ["email", "address", "number", "phone", "details", "contact", "info", "cell",
                                        "mobile", "e", "email-address", "direct"]

    /// Fills `entry.people`, once its direction and kind are read. `header`: where the clause
    /// naming the people ends; `mainClause`: where the clause the writer did starts, if another
    /// precedes it.
    static func read(into entry: inout LogEntry, description: SourceSpan, tokens: [Token], header: Int, mainClause: Int?,
                     withCell: PipeTable.Cell?, context: LogEntryReader.Context) {
        var names: [Located<String>] = []
        if let withCell {
            var offset = 0
            for part in withCell.text.split(whereSeparator: { ",&/+;".contains($0) }) {
                for piece in String(part).components(separatedByWord: "and") {
                    let name = Markup.plain(piece)
                    if !name.isEmpty, !LogEntryReader.stopWords.contains(name.quickLowercased()) {
                        let column = withCell.range.start.column + (withCell.text.scalarCount > 0 ? columnOffset(of: piece, in: withCell.text, from: offset) : 0)
                        names.append(Located(name, SourceRange(line: withCell.range.start.line, column: column, length: piece.trimmingWhitespace().scalarCount)))
                    }
                }
                offset += part.scalarCount + 1
            }
        } else {
            names = candidateNames(description, tokens: tokens, upTo: header, context: context)
        }
        // A lone capitalised word that matches nobody is only taken for a person where a name is
        // expected ("to Marcus", "from Dana"); elsewhere it is an ordinary word ("Soon, …").
        func isPerson(_ reference: PersonReference) -> Bool {
            guard reference.match == .none, withCell == nil else { return true }
            if reference.written.value.hasByte(0x20) {
                // "er meldet sich Anfang Dezember": German writes its months and nouns with a
                // capital; a run ending in a month is a time, not a name.
                let last = reference.written.value.split(separator: " ").last.map { $0.quickLowercased() } ?? ""
                return !Self.germanMonths.contains(last)
            }
            let offset = description.offset(of: reference.written.range.start)
            guard let position = tokens.firstIndex(where: { $0.offset == offset }), position > 0 else { return false }
            let previous = tokens[position - 1]
            return previous.word.map(wordsBeforeName.contains) ?? previous.isPunctuation("[")
        }
        // Resolved and kept in one pass (a map and then a filter built two arrays).
        var people: [PersonReference] = []
        people.reserveCapacity(names.count)
        for name in names {
            let reference = context.names.resolve(name)
            if isPerson(reference) { people.append(reference) }
        }
        if withCell == nil, !people.isEmpty, tokens.contains(where: { $0.isWord("via", "through") }),
           people.count > 1 || everyoneWord(tokens, upTo: header) != nil {
            // "to Kenji via Pilar's address", "to the whole panel via Hana": the one the message
            // went through is no recipient of it when the entry names the recipients.
            people.removeAll { reference in
                let offset = description.offset(of: reference.written.range.start)
                guard let position = tokens.firstIndex(where: { $0.offset == offset }), position > 0 else { return false }
                return tokens[position - 1].isWord("via", "through")
            }
        }
        if withCell == nil, let mainClause, people.contains(where: { description.offset(of: $0.written.range.start) >= tokens[mainClause].offset }) {
            // "no reply from Grace, so I called Henrik": the contact is the clause the writer did.
            people.removeAll { description.offset(of: $0.written.range.start) < tokens[mainClause].offset }
        }
        entry.people = people
        if entry.people.isEmpty, entry.isOutgoing, withCell == nil, context.people.count > 1, header < tokens.count,
           tokens[header].isPunctuation("("), let close = tokens[header...].firstIndex(where: { $0.isPunctuation(")") }),
           let each = tokens[header..<close].firstIndex(where: { $0.isWord("each", "chacun", "chacune") || $0.isWord("both", "everyone") }) {
            // "deux lettres de remerciement postées (une pour chacun)", "(one each)": every
            // interviewer, said in the bracket after the clause that names nobody.
            let token = tokens[each]
            let written = Located(description.text.scalars(from: token.offset, to: token.offset + token.length),
                                  description.range(offset: token.offset, length: token.length))
            entry.people = context.people.indices.filter { !context.people[$0].isRecruiter }
                .map { PersonReference(written: written, interviewer: $0, match: .implied) }
        }
        if entry.kind == .thankYou, withCell == nil, header < tokens.count, context.people.count > 1,
           entry.people.isEmpty || tokens[header...].contains(where: { $0.isWord("each", "both", "separate", "all") })
            || tokens[..<header].contains(where: { $0.isWord("separate", "separately", "each") }) {
            // "thank-you emails, a separate one to each: Theo (…), Aisha (…)": interviewers named
            // after the clause that usually names them.
            let known = Set(entry.people.compactMap(\.interviewer))
            for position in header..<tokens.count where tokens[position].startsWithCapital {
                // "recapped … Peter's vendor-risk question": a possessive is whom the talk was with.
                guard let spelled = Tokenizer.spelling(of: tokens[position], in: description.text)?.quickLowercased(),
                      !spelled.isPossessive else { continue }
                let holders = context.names.holders(ofWord: spelled)
                guard holders.count == 1, !known.contains(holders[0]),
                      !entry.people.contains(where: { $0.interviewer == holders[0] }) else { continue }
                let token = tokens[position]
                entry.people.append(PersonReference(
                    written: Located(description.text.scalars(from: token.offset, to: token.offset + token.length),
                                     description.range(offset: token.offset, length: token.length)),
                    interviewer: holders[0], match: .partial))
            }
        }
        if entry.people.isEmpty, withCell == nil, names.isEmpty, header < tokens.count {
            // Nobody named where names stand: an interviewer named later on is the one
            // ("voicemail again (Maaike)"; "Follow-up call. Called Aurélie at 10:00").
            for name in candidateNames(description, tokens: tokens, from: header, upTo: tokens.count, context: context) {
                // A possessive is whom the talk was about ("recapped Peter's question").
                let end = description.offset(of: name.range.start) + name.value.unicodeScalars.count
                if let token = tokens.first(where: { $0.offset <= end && $0.offset + $0.length > end }),
                   Tokenizer.spelling(of: token, in: description.text)?.isPossessive == true { continue }
                let reference = context.names.resolve(name)
                guard reference.interviewer != nil, reference.match == .exact || reference.match == .partial,
                      !entry.people.contains(where: { $0.interviewer == reference.interviewer }) else { continue }
                entry.people.append(reference)
                break
            }
        }
        if entry.isOutgoing, withCell == nil, context.people.count > 1, entry.people.count < 2 {
            // "two cards, one to Eleanor (…), one to Walter (…)": a message each, the people
            // named after "one to" wherever they stand in the entry.
            var each: [PersonReference] = []
            for position in tokens.indices.dropLast(2) where tokens[position].isWord("one") && tokens[position + 1].isWord("to", "for")
                && tokens[position + 2].startsWithCapital {
                let token = tokens[position + 2]
                guard let spelled = Tokenizer.spelling(of: token, in: description.text)?.quickLowercased(), !spelled.isPossessive else { continue }
                let holders = context.names.holders(ofWord: spelled)
                guard holders.count == 1, !each.contains(where: { $0.interviewer == holders[0] }) else { continue }
                each.append(PersonReference(written: Located(description.text.scalars(from: token.offset, to: token.offset + token.length),
                                                             description.range(offset: token.offset, length: token.length)),
                                            interviewer: holders[0], match: .partial))
            }
            if each.count >= 2, entry.people.allSatisfy({ person in each.contains { $0.interviewer == person.interviewer } }) {
                entry.people = each
            }
        }
        if entry.people.isEmpty, entry.isOutgoing, withCell == nil,
           let everyone = everyoneWord(tokens, upTo: header), context.people.count > 1 {
            // "thank-you note to the panel", "mailed both cards": every interviewer.
            let token = tokens[everyone]
            let written = Located(description.text.scalars(from: token.offset, to: token.offset + token.length),
                                  description.range(offset: token.offset, length: token.length))
            entry.people = context.people.indices.filter { !context.people[$0].isRecruiter }
                .map { PersonReference(written: written, interviewer: $0, match: .implied) }
        }
        // "thx email to Dr Basra" names someone, if not one the note lists: not the only interviewer.
        if entry.people.isEmpty, entry.isOutgoing, let only = context.onlyInterviewer,
           !tokens.indices.dropLast().contains(where: { tokens[$0].isWord("dr", "mr", "mrs", "ms") && tokens[$0 + 1].startsWithCapital }) {
            entry.people = [PersonReference(written: Located(context.people[only].name.value, entry.range), interviewer: only, match: .implied)]
        }
    }

    private static func columnOffset(of piece: String, in text: String, from offset: Int) -> Int {
        let trimmed = piece.trimmingWhitespace()
        let scalars = text.scalarArray
        let target = trimmed.scalarArray
        guard !target.isEmpty, scalars.count >= target.count else { return offset }
        for start in offset...(scalars.count - target.count) where Array(scalars[start..<(start + target.count)]) == target {
            return start
        }
        return offset
    }

    /// Where the clause naming the people ends.
    static func headerEnd(_ tokens: [Token]) -> Int {
        let titleAbbreviations = LogEntryReader.titleAbbreviations
        for index in tokens.indices {
            guard case .punctuation(let mark) = tokens[index].kind else { continue }
            switch mark {
            case ":", ";", "(", "\u{2014}", "\u{2013}":
                return index
            case ".":
                if index + 1 < tokens.count, index > 0,
                   tokens[index - 1].word.map({ !titleAbbreviations.contains($0) || $0 == "m" && !tokens[index - 1].startsWithCapital }) ?? true {
                    return index
                }
            case "-":
                let offset = tokens[index].offset
                if index > 0, index + 1 < tokens.count,
                   tokens[index + 1].offset > offset + 1, tokens[index - 1].offset + tokens[index - 1].length < offset {
                    return index
                }
            default:
                break
            }
        }
        // "called Tessa to tell her how it went she said Carlos liked me": who was spoken of after
        // the reporting verb is not whom the contact was with (dictated text has no stops).
        for index in tokens.indices.dropFirst(2) where tokens[index].isWord("said", "says") && tokens[index - 1].isWord("she", "he", "they") {
            return index - 1
        }
        return tokens.count
    }

    /// Capitalised runs of words that are not common words, months, days or the company's name;
    /// wikilinks count whole.
    /// Whether a number follows: "May 12" is a day, not May.
    static func opensDate(_ tokens: [Token], at index: Int) -> Bool {
        guard index < tokens.count else { return false }
        if case .number = tokens[index].kind { return true }
        return false
    }

    static func candidateNames(_ span: SourceSpan, tokens: [Token], from start: Int = 0, upTo end: Int, context: LogEntryReader.Context) -> [Located<String>] {
        let text = span.text
        var names: [Located<String>] = []
        // The current run of name tokens, as the scalar range it covers.
        var run: (start: Int, end: Int)?
        func flush() {
            defer { run = nil }
            guard let (start, stop) = run else { return }
            names.append(Located(text.scalars(from: start, to: stop), span.range(offset: start, length: stop - start)))
        }
        let stopWords = LogEntryReader.stopWords, companyWords = context.companyWords
        var index = start
        while index < end {
            // [[Jane Doe]] or [[Jane Doe|Jane]]
            if tokens[index].isPunctuation("["), index + 1 < end, tokens[index + 1].isPunctuation("[") {
                flush()
                var close = index + 2
                while close + 1 < tokens.count, !(tokens[close].isPunctuation("]") && tokens[close + 1].isPunctuation("]")) {
                    close += 1
                }
                var inner = tokens[(index + 2)..<min(close, tokens.count)].prefix { !$0.isPunctuation("|") }
                // `[[people/Rosa Jiménez|Rosa]]`: the note's name, not its folder.
                if let slash = inner.lastIndex(where: { $0.isPunctuation("/") }) { inner = inner[(slash + 1)...] }
                // `[[Nov 20th, 2026]]`, `[[2026-11-20]]`: a journal day, nobody's name.
                let isDay = inner.first.map { first in
                    first.number != nil || first.word.map { DateReader.months[$0] != nil } == true
                } == true && DateReader.match(in: Array(inner), at: 0, reference: LocalDate(year: 2000, month: 1, day: 1)) != nil
                if !isDay, let first = inner.first, let last = inner.last {
                    names.append(Located(text.scalars(from: first.offset, to: last.offset + last.length), span.range(offset: first.offset, length: last.offset + last.length - first.offset)))
                }
                index = close + 2
                continue
            }
            let (offset, length) = (tokens[index].offset, tokens[index].length)
            // "M. Benali m'a appelée", "Dr. Shah replied": a title and its dot are not part of the name the log writes.
            if tokens[index].startsWithCapital, let word = tokens[index].word, index + 2 < end, tokens[index + 1].isPunctuation("."),
               tokens[index + 2].startsWithCapital, run == nil, LogEntryReader.titlesBeforeNames.contains(word) {
                flush()
                index += 2
                continue
            }
            // "Mid-morning", "Follow-up", "Check-in": a capital before a hyphen and a lowercase word is no name.
            if tokens[index].startsWithCapital, index + 2 < end, tokens[index + 1].isPunctuation("-"),
               tokens[index + 1].offset == offset + length, tokens[index + 2].offset == offset + length + 1,
               tokens[index + 2].word != nil, !tokens[index + 2].startsWithCapital {
                let end = tokens[index + 2].offset + tokens[index + 2].length
                if !context.hyphenatedNames.isEmpty, context.hyphenatedNames.contains(text.scalars(from: offset, to: end).quickLowercased()) {
                    run = (run?.start ?? offset, end)
                } else {
                    flush()
                }
                index += 3
                continue
            }
            if tokens[index].startsWithCapital, let word = tokens[index].word,
               !stopWords.contains(word) || context.namesAmongStopWords.contains(word) && !Self.opensDate(tokens, at: index + 1),
               !companyWords.contains(word, spelling: { Tokenizer.spelling(of: tokens[index], in: text) }),
               length < 2 || tokens[index].hasLowercase {
                // A name continues over hyphens and apostrophes written without spaces.
                run = (run?.start ?? offset, offset + length)
            } else if !context.caselessNameWords.isEmpty, tokens[index].word == .unpacked, !tokens[index].startsWithCapital,
                      let spelled = Tokenizer.spelling(of: tokens[index], in: text), context.caselessNameWords.contains(spelled) {
                run = (run?.start ?? offset, offset + length)
            } else if tokens[index].isPunctuation("."), let current = run, current.end == offset, index > 0,
                      tokens[index - 1].isWord("st"), index + 1 < end, tokens[index + 1].startsWithCapital {
                // "Marie St. Pierre": the dot is inside the name.
                run = (current.start, offset + length)
            } else if tokens[index].isPunctuation("-"), let current = run, current.end == offset,
                      index + 1 < end, tokens[index + 1].offset == offset + 1, tokens[index + 1].word != nil {
                run = (current.start, offset + length)
            } else {
                flush()
            }
            index += 1
        }
        flush()
        // A possessive is the person: "Jane's team"; but "ask Lena for Dmitri's email" is about
        // Dmitri's address, not a message to him.
        let addressWords = Self.addressWords
        for position in names.indices.reversed() where names[position].value.isPossessive {
            let after = span.offset(of: names[position].range.start) + names[position].value.unicodeScalars.count
            let start = span.offset(of: names[position].range.start)
            if let next = tokens.first(where: { $0.offset >= after }), let word = next.word, addressWords.contains(word),
               let before = tokens.last(where: { $0.offset < start }), before.isWord("for") {
                names.remove(at: position)
                continue
            }
            names[position].value.removeLast(2)
        }
        names.removeAll { $0.value.isEmpty }
        if names.contains(where: { mayBeStreet($0.value) }) { names.removeAll { isStreet($0, tokens: tokens, span: span) } }
        return names
    }

    /// Last words of a street's name. "Lane" or "Way" end people's names too: only after a house
    /// number ("2 Bridge Street", "14 Mill Lane") is the run a street, unless the word is `roadWords`'.
    static let streetWords: Set<String> = ["street", "road", "avenue", "boulevard", "lane", "drive", "square", "terrace", "crescent",
                                           "place", "way", "court", "row", "yard", "wharf", "quay", "parade", "rd", "ave", "blvd",
                                           "straße", "strasse", "weg", "gasse", "platz", "allee"]
    static let roadWords: Set<String> = ["street", "road", "avenue", "boulevard", "rd", "ave", "blvd", "straße", "strasse"]

    /// The last word of a name of two words or more, on its bytes, if it is short enough to be a street's.
    static func lastWord(_ name: String) -> Substring? {
        let utf8 = name.utf8
        guard let space = utf8.lastIndex(of: 0x20), utf8.distance(from: space, to: utf8.endIndex) <= 11 else { return nil }
        return name[name.index(after: space)...]
    }

    /// `streetWords` of ASCII letters and at most nine bytes, packed, for `mayBeStreet`.
    static let streetKeys = WordSet(streetWords.filter { $0.utf8.count <= 9 && $0.utf8.allSatisfy { $0 < 0x80 } })

    /// Whether the name's last word is one of `streetWords`, on its bytes: every name of an
    /// entry is asked, and few are streets.
    static func mayBeStreet(_ name: String) -> Bool {
        var name = name
        return name.withUTF8 { bytes in
            // The last word: 2 to 9 bytes after the last space.
            var start = bytes.count
            while start > 0, bytes[start - 1] != 0x20 { start -= 1 }
            let count = bytes.count - start
            guard start > 0, count >= 2, count <= 9 else { return false }
            // Packed with bit 5 set in every byte, as the words are compared: one look-up, not a
            // comparison with every street word of its length.
            let word = Word.packingLowercased(bytes, from: start, count: count)
            return word.isPacked && streetKeys.contains(word)
        }
    }

    static func isStreet(_ name: Located<String>, tokens: [Token], span: SourceSpan) -> Bool {
        guard let last = lastWord(name.value) else { return false }
        let word = last.quickLowercased()
        guard streetWords.contains(word) else { return false }
        if roadWords.contains(word) { return true }
        let start = span.offset(of: name.range.start)
        guard let at = tokens.lastIndex(where: { $0.offset < start }), case .number = tokens[at].kind else { return false }
        // "Nov 20 Sarah Lane replied": a day after its month is a date's, not a house number.
        if at > 0, let word = tokens[at - 1].word, DateReader.months[word] != nil { return false }
        return true
    }
}

extension String {
    /// Splits at a whole word ("Jane and Bob" at "and").
    func components(separatedByWord word: String) -> [String] {
        var parts: [String] = []
        var current: [Substring] = []
        for piece in split(separator: " ", omittingEmptySubsequences: false) {
            if piece.quickLowercased() == word {
                parts.append(current.joined(separator: " "))
                current = []
            } else {
                current.append(piece)
            }
        }
        parts.append(current.joined(separator: " "))
        return parts
    }
}

extension String {
    /// Whether it ends in 's or ’s, on its bytes (`hasSuffix` compares whole characters, far
    /// slower on every name).
    var isPossessive: Bool {
        let utf8 = self.utf8
        guard utf8.last == UInt8(ascii: "s"), utf8.count >= 2 else { return false }
        let before = utf8[utf8.index(utf8.endIndex, offsetBy: -2)]
        return before == UInt8(ascii: "'") || before == 0x99 && utf8.count >= 4 && utf8.suffix(4).starts(with: [0xE2, 0x80, 0x99])
    }
}
