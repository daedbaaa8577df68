/// Reads the people the candidate met: list items (`- [x] Jane Doe — Manager — jane@… — +1 …`)
/// or pipe-table rows (`| Name | Title | Email | Phone | Card |`).
enum InterviewerReader {
    /// What writers call themselves in a list of people.
    static let selfWords: Set<String> = ["me", "myself", "i", "moi", "ich", "yo"]

    /// Stems of the words of what was left: an item without any is looked at no further.
    static let leftThingStems = StemSet(["esume", "ESUME", "ésumé", "CV", "cv", "ontact", "ONTACT", "ebenslauf",
                                         "urricul", "oordonn", "atos de", "ontakt"])

    /// Whether an item among the people is no person: a ticked "Resume left with all three" or
    /// "They have my contact info" says what was left with them (read as such elsewhere) and has
    /// no name, no address or number, and a word of the resume or of contact details.
    static func saysWhatWasLeft(_ span: SourceSpan) -> Bool {
        // Nearly every item is a person's: a look for the words' stems in its bytes settles it.
        guard ProseFacts.containsStem(span.text, leftThingStems) else { return false }
        var text = Substring(span.text)
        if let (_, length) = checkbox(span.text) { text = text.droppingScalars(length) }
        let words = ProseFacts.words(text)
        guard words.contains(where: ProseFacts.resumeWords.contains)
                || ProseFacts.contactPhrases.contains(where: { phrase in
                    words.indices.contains { start in words[start...].starts(with: phrase) } }) else { return false }
        guard let person = fromItem(span) else { return true }
        // A first name with a title of its own ("Priya — Engineering Manager — has my resume") is a person.
        let name = person.nameWithoutTitle
        let named = ProsePeople.looksLikeName(name)
            || person.title != nil && !name.contains(" ") && ProsePeople.isNameWord(Substring(name))
        return person.email == nil && person.phone == nil && !named
    }

    static func fromItem(_ span: SourceSpan) -> Interviewer? {
        var card: Located<Bool>?
        // The item after its checkbox (the span is not copied: offsets stay the item's).
        var itemStart = 0
        if let (checked, length) = checkbox(span.text) ?? taskMarker(span.text) {
            card = Located(checked, span.range(offset: 0, length: length == 5 ? 4 : 3))
            itemStart = length
        }
        // "interviewer:: Katrin Holm — …" (a Dataview field): the key is no part of the name.
        itemStart += peopleFieldKeyLength(span.text, from: itemStart)
        let fields = span.fields(from: itemStart, separatedBy: separator)
        let itemRange = span.range(from: itemStart)
        var interviewer: Interviewer?
        var others: [(String, SourceRange)] = []
        others.reserveCapacity(fields.count)
        for field in fields {
            let range = span.range(offset: field.offset, length: field.length)
            let value = Markup.plain(field.text)
            if value.isEmpty { continue }
            if interviewer == nil, field.text.utf8.first == 0x2A || field.text.utf8.first == 0x5F || field.text.hasByte(0x28),
               let head = leadingName(field.text) {
                // "**Helen Marsh** (Store Manager): helen@…", "Lena Brooks (Category Director) <lena@…> 555-…":
                // the name ends where its bold or its bracketed title does; the rest of the field is more of the card.
                interviewer = Interviewer(name: Located(head.name, span.range(offset: field.offset + head.nameStart, length: head.name.scalarCount)),
                                          range: itemRange)
                for (part, start) in head.rest {
                    others.append((part, span.range(offset: field.offset + start, length: part.scalarCount)))
                }
                continue
            }
            if interviewer == nil, !isEmail(value), !isPhone(value) {
                // "Jane Doe (Engineering Manager)": the part in brackets is the title.
                // "김민준 (Minjun Kim)", "Zhang Wei (David Zhang)": a name in another script or the
                // one used at work is the person's other name, kept with it so that the log may use either.
                if value == field.text, let (_, inner, _) = bracketed(value), ProsePeople.looksLikeName(inner),
                   !ProsePeople.hasTitleWord(Substring(inner)) {
                    interviewer = Interviewer(name: Located(value, range), range: itemRange)
                    continue
                }
                if value == field.text, let (name, inner, innerOffset) = bracketed(value) {
                    interviewer = Interviewer(name: Located(name, span.range(offset: field.offset, length: name.scalarCount)),
                                              range: itemRange)
                    others.append((inner, span.range(offset: field.offset + innerOffset, length: inner.scalarCount)))
                    continue
                }
                // "[[anneliese-brandt]] (Head of Design)": the same once the link's marks are off.
                if value != field.text, let (name, inner, _) = bracketed(value) {
                    interviewer = Interviewer(name: Located(name, range), range: itemRange)
                    others.append((inner, range))
                    continue
                }
                interviewer = Interviewer(name: Located(value, range), range: itemRange)
            } else {
                others.append((value, range))
            }
        }
        guard var person = interviewer else { return nil }
        // "Ana Ruiz** (CFO)": a key line's value keeps the bold's closing marks.
        while let last = person.name.value.last, last == "*" || last == "_" { person.name.value.removeLast() }
        person.name.value = withoutSlug(usualName(person.name.value))
        if let named = slugName(person.name.value) { person.name.value = named }
        // "Panel: me, Akosua Boateng": the writer is on it, and is nobody to thank.
        // (A name of two words is none of them: most are let through without a lowercased copy.)
        if !person.name.value.hasByte(0x20), selfWords.contains(person.name.value.quickLowercased()) { return nil }
        // "Asked about the decision at the end; Philippa: …" under a panel's heading: a sentence, not
        // a name (three words or more in lower case that are no name's particles).
        if sentenceWords(person.name.value) >= 3 { return nil }
        person.card = card
        for (value, range) in others {
            let labelled = stripLabel(value)
            if isEmail(labelled) {
                if person.email == nil { person.email = Located(labelled, range) }
            } else if isPhone(labelled) {
                // "(dana@…, 555-0160)": the bracket that closes the pair is not the number's.
                var number = labelled
                if number.hasSuffix(")"), number.filter({ $0 == ")" }).count > number.filter({ $0 == "(" }).count { number.removeLast() }
                if person.phone == nil { person.phone = Located(number, range) }
            } else if let answer = cardAnswer(value) {
                person.card = Located(answer, range)
            } else if person.title == nil {
                person.title = Located(value, range)
            }
        }
        if person.card == nil, let answer = cardEvidence(span.text) { person.card = Located(answer, itemRange) }
        if person.email == nil || person.phone == nil {
            let found = contacts(in: span.text, email: person.email == nil, phone: person.phone == nil)
            if person.email == nil, let (email, offset) = found.email {
                person.email = Located(email, span.range(offset: offset, length: email.unicodeScalars.count))
            }
            if person.phone == nil, let (phone, offset) = found.phone {
                person.phone = Located(phone, span.range(offset: offset, length: phone.unicodeScalars.count))
            }
        }
        return person
    }

    /// The length, in scalars, of a Dataview people key that opens the item after `start`
    /// (`interviewer:: `, `met-with:: `), else 0.
    static func peopleFieldKeyLength(_ text: String, from start: Int) -> Int {
        // Most items hold no "::" near their start: a look at their first bytes settles it.
        var copy = text
        let doubled = copy.withUTF8 { bytes in
            bytes.count >= 2 && (1..<min(bytes.count, 40)).contains { bytes[$0] == 0x3A && bytes[$0 - 1] == 0x3A }
        }
        guard doubled else { return 0 }
        let scalars = Array(text.unicodeScalars.dropFirst(start).prefix(40))
        var index = 0
        while index < scalars.count, scalars[index] == " " { index += 1 }
        let keyStart = index
        while index < scalars.count, scalars[index].properties.isAlphabetic || scalars[index] == "-" || scalars[index] == "_" { index += 1 }
        guard index > keyStart, index + 1 < scalars.count, scalars[index] == ":", scalars[index + 1] == ":" else { return 0 }
        var key = String.UnicodeScalarView()
        key.append(contentsOf: scalars[keyStart..<index])
        guard FrontMatterReader.keyNames[Markup.key(String(key))] == .people else { return 0 }
        index += 2
        while index < scalars.count, scalars[index] == " " { index += 1 }
        return index
    }

    /// How many words of `text` start with a lowercase ASCII letter and are no particle of a name
    /// ("van", "de").
    static func sentenceWords(_ text: String) -> Int {
        // Most names have one or two words: three words need two spaces (every item comes here).
        var spaces = 0
        for byte in text.utf8 where byte == 0x20 { spaces += 1 }
        guard spaces >= 2 else { return 0 }
        var count = 0
        for word in text.split(separator: " ") {
            guard let first = word.utf8.first, first &- 0x61 < 26, !ProsePeople.particles.contains(String(word)) else { continue }
            count += 1
        }
        return count
    }

    /// A name that opens a field and is followed by more of the card in the same field: a bold
    /// name (`**Helen Marsh** (Store Manager): helen@…`) or a name with its title in brackets
    /// and text after it (`Lena Brooks (Category Director) <lena@…>`). The name, where it starts,
    /// and the parts after it (a bracketed title, then the rest) with where they start, in scalars.
    static func leadingName(_ text: String) -> (name: String, nameStart: Int, rest: [(String, Int)])? {
        let scalars = Array(text.unicodeScalars)
        guard scalars.count > 4 else { return nil }
        func string(_ from: Int, _ to: Int) -> String {
            var value = ""
            value.unicodeScalars.append(contentsOf: scalars[from..<to])
            return value
        }
        var name: String, nameStart: Int, after: Int
        if (scalars[0] == "*" && scalars[1] == "*") || (scalars[0] == "_" && scalars[1] == "_") {
            let mark = scalars[0]
            var close = 2
            while close + 1 < scalars.count, !(scalars[close] == mark && scalars[close + 1] == mark) { close += 1 }
            guard close + 1 < scalars.count else { return nil }
            name = string(2, close).trimmingWhitespace()
            nameStart = 2
            after = close + 2
            // A bold label ("**Card:** yes") is no name.
            guard !name.isEmpty, !name.hasSuffix(":"), name.first?.isUppercase == true, !name.contains(where: \.isNumber),
                  name.split(separator: " ").count <= 5 else { return nil }
        } else {
            guard let open = scalars.firstIndex(of: "("), open > 0, let close = scalars[open...].firstIndex(of: ")"),
                  close + 1 < scalars.count else { return nil }
            name = string(0, open).trimmingWhitespace()
            guard ProsePeople.looksLikeName(name) else { return nil }
            nameStart = 0
            after = open
        }
        var rest: [(String, Int)] = []
        var index = after
        while index < scalars.count, scalars[index] == " " || scalars[index] == ":" { index += 1 }
        // Nothing after the bold: the usual reading of the field does.
        guard index < scalars.count else { return nil }
        if scalars[index] == "(", let close = scalars[index...].firstIndex(of: ")") {
            let inner = string(index + 1, close).trimmingWhitespace()
            if ProsePeople.looksLikeName(inner), !ProsePeople.hasTitleWord(Substring(inner)) {
                // "김민준 (Minjun Kim)": their other name, kept with it.
                name += " (" + inner + ")"
            } else if !inner.isEmpty {
                rest.append((inner, index + 1))
            }
            index = close + 1
            while index < scalars.count, scalars[index] == " " || scalars[index] == ":" { index += 1 }
        }
        if index < scalars.count {
            let tail = string(index, scalars.count).trimmingWhitespace()
            // An address or a number in it is found in the whole item; anything else may be the title.
            let found = contacts(in: tail)
            if !tail.isEmpty, found.email == nil, found.phone == nil { rest.append((tail, index)) }
        }
        return (name, nameStart, rest)
    }

    /// The people of an `Interviewers:` value with titles: one ("Aditi Rao - Engineering
    /// Manager, Payments Core") or several joined by "and" ("Grace Adeyemi (Claims Analytics
    /// Manager) and Henrik Solberg (Senior Actuary).").
    static func listed(_ text: String, line: Int, column: Int) -> [Interviewer] {
        var pieces: [(text: Substring, offset: Int)] = []
        let scalars = Array(text.unicodeScalars)
        var depth = 0, pieceStart = 0, index = 0
        func piece(to end: Int) -> Substring {
            var value = ""
            value.unicodeScalars.append(contentsOf: scalars[pieceStart..<end])
            return Substring(value)
        }
        while index < scalars.count {
            let scalar = scalars[index]
            if scalar == "(" { depth += 1 } else if scalar == ")" { depth = max(0, depth - 1) }
            // " and ", " & ", " + ", "; " outside brackets.
            var joint = 0
            if depth == 0, scalar == " " {
                for word in [" and ", " & ", " + "] {
                    let marks = Array(word.unicodeScalars)
                    if index + marks.count <= scalars.count, Array(scalars[index..<(index + marks.count)]) == marks { joint = marks.count; break }
                }
            } else if depth == 0, scalar == ";" || scalar == "," && index > 0 && scalars[index - 1] == ")" {
                // "Priya Raman (Engineering Manager), Tomás Ó Súilleabháin (Principal Engineer)":
                // a comma after a bracketed title starts the next person.
                joint = 1
            }
            if joint > 0 {
                pieces.append((piece(to: index), pieceStart))
                index += joint
                pieceStart = index
                continue
            }
            index += 1
        }
        pieces.append((piece(to: scalars.count), pieceStart))
        // "Jane Okafor (EP), Raj Patel (Design Dir), me": the writer is none of them.
        if pieces.count > 1 { pieces.removeAll { selfWords.contains(Markup.plain(String($0.text)).quickLowercased()) } }
        func head(_ value: Substring) -> String {
            let cut = value.prefix { $0 != "(" && $0 != "—" && $0 != "–" && $0 != "," }
            // "**Ana Ruiz** (CFO) & **Tom Yu** (Controller)": the name without its bold.
            return Markup.plain(String(cut.split(separator: " - ").first ?? cut[...]))
        }
        // Several only when every piece opens with a name: "Head of Research and Development" is one title.
        func opensWithName(_ piece: Substring) -> Bool {
            let name = head(piece)
            if ProsePeople.looksLikeName(name) { return true }
            // "Rosa (Exec Producer) and Ken (Studio Director)": a first name with its title in brackets.
            return !name.isEmpty && !name.contains(" ") && ProsePeople.isNameWord(Substring(name))
                && piece.trimmingWhitespace().dropFirst(name.count).trimmingWhitespace().hasPrefix("(")
        }
        if pieces.count > 1, pieces.allSatisfy({ opensWithName($0.text) }) {
            return pieces.compactMap { piece in
                var value = piece.text.trimmingWhitespace()
                while value.hasSuffix(".") { value.removeLast() }
                let lead = piece.text.unicodeScalars.prefix { $0 == " " }.count
                return fromItem(SourceSpan(value, line: line, column: column + piece.offset + lead))
            }
        }
        var value = text.trimmingWhitespace()
        if value.hasSuffix(")."), value.utf8.contains(0x28) { value.removeLast() }
        return fromItem(SourceSpan(value, line: line, column: column)).map { [$0] } ?? []
    }

    /// An email address and a phone number written anywhere in free text ("card:
    /// meghan@aldercrest.example / +1 646 555 0153", "card ✓ · jose@… · (608) 555-0144"), with
    /// their offsets in scalars.
    static func contacts(in text: String, email needEmail: Bool = true, phone needPhone: Bool = true)
        -> (email: (String, Int)?, phone: (String, Int)?) {
        // Most texts hold neither: no '@' and fewer than seven digits is known on the bytes.
        var digits = 0
        var at = false
        for byte in text.utf8 {
            if byte == 0x40 { at = true } else if byte &- 0x30 < 10 { digits += 1 }
        }
        guard needEmail && at || needPhone && digits >= 7 else { return (nil, nil) }
        let scalars = Array(text.unicodeScalars)
        var email: (String, Int)?
        var phone: (String, Int)?
        var index = 0
        func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
            scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || "._%+-@'".unicodeScalars.contains(scalar)
        }
        while index < scalars.count {
            if email == nil, scalars[index] == "@" {
                var start = index, end = index + 1
                while start > 0, isWordScalar(scalars[start - 1]), scalars[start - 1] != "@" { start -= 1 }
                while end < scalars.count, isWordScalar(scalars[end]), scalars[end] != "@" { end += 1 }
                while end > index + 1, scalars[end - 1] == "." || scalars[end - 1] == "'" { end -= 1 }
                var found = ""
                found.unicodeScalars.append(contentsOf: scalars[start..<end])
                if start < index, isEmail(found) { email = (found, start) }
            }
            if phone == nil, scalars[index] == "+" || scalars[index] == "(" || ("0"..."9").contains(scalars[index]),
               index == 0 || !isWordScalar(scalars[index - 1]) || scalars[index - 1] == " " {
                var end = index, digits = 0
                while end < scalars.count, "0123456789 +-().".unicodeScalars.contains(scalars[end]) {
                    if ("0"..."9").contains(scalars[end]) { digits += 1 }
                    end += 1
                }
                while end > index, " -.(".unicodeScalars.contains(scalars[end - 1]) { end -= 1 }
                // "(direct line (414) 555-0134)": the bracket that closes the sentence is not the number's.
                if end > index, scalars[end - 1] == ")",
                   scalars[index..<end].filter({ $0 == ")" }).count > scalars[index..<end].filter({ $0 == "(" }).count {
                    end -= 1
                }
                var found = ""
                found.unicodeScalars.append(contentsOf: scalars[index..<end])
                // Seven digits or more, and not a date or a time: a phone number.
                // Nor a day with its hour ("Completed: 2026-11-10 16:05" stops at the colon as "2026-11-10 16").
                if digits >= 7, digits <= 15, !found.contains(":"), isPhone(found), !opensWithISODay(found) {
                    phone = (found, index)
                }
                index = max(end, index + 1)
                continue
            }
            index += 1
        }
        return (email, phone)
    }

    /// A Foam or Dendron link's slug before the name ("[[meghan-kilbride]] Meghan Kilbride").
    static func withoutSlug(_ name: String) -> String {
        // A slug starts in lower case; a name does not.
        guard let first = name.utf8.first, first >= UInt8(ascii: "a"), first <= UInt8(ascii: "z"),
              name.hasByte(UInt8(ascii: "-")) else { return name }
        let words = name.split(separator: " ")
        guard words.count >= 3, words[0].contains("-"), words[0] == words[0].quickLowercased() else { return name }
        return words.dropFirst().joined(separator: " ")
    }

    /// A people note's file name written as the person (`[[anneliese-brandt]]`, Foam's slugs):
    /// its words capitalised, "Anneliese Brandt". Nil for anything else.
    static func slugName(_ name: String) -> String? {
        let utf8 = name.utf8
        guard let first = utf8.first, first >= UInt8(ascii: "a"), first <= UInt8(ascii: "z"),
              utf8.contains(UInt8(ascii: "-")), !utf8.contains(0x20), !utf8.contains(UInt8(ascii: "@")) else { return nil }
        let words = name.split(separator: "-")
        guard (2...4).contains(words.count), words.allSatisfy({ $0.count >= 2 && $0.allSatisfy(\.isLetter) && $0 == $0.quickLowercased() }) else {
            return nil
        }
        return words.map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined(separator: " ")
    }

    /// The name a person goes by when the note writes two: `王伟 "David Wang"` is David Wang. A
    /// quoted nickname of one word (`Robert "Bob" Smith`) is dropped, and the name kept.
    static func usualName(_ name: String) -> String {
        // On the bytes: `"` or the E2 80 9C of “ (a `contains` on text went through Foundation).
        guard name.hasByte(0x22) || name.hasByte(0x9C) else { return name }
        let parts = name.split(whereSeparator: { $0 == "\"" || $0 == "“" || $0 == "”" })
        guard parts.count >= 2 else { return name.filter { $0 != "\"" && $0 != "“" && $0 != "”" } }
        let quoted = (name.first == "\"" || name.first == "“" ? parts[0] : parts[1]).trimmingWhitespace()
        if quoted.split(separator: " ").count >= 2 { return quoted }
        return name.split(separator: " ").filter { !$0.contains("\"") && !$0.contains("“") && !$0.contains("”") }.joined(separator: " ")
    }

    /// Whether free text about a person says you have their card: "card ✓", "got her card",
    /// "— card —" as a field, "cards from both", "carte ✔"; "no card", "card ❌", "didn't get a
    /// card" say no. Your own card ("left my card") and a thank-you card you wrote say nothing
    /// about theirs.
    static func cardEvidence(_ text: String) -> Bool? {
        guard mayNameCard(text) else { return nil }
        let words = text.quickLowercased().split { $0 == " " || $0 == "," || $0 == ";" || $0 == "(" || $0 == ")" || $0 == "—" || $0 == "·" || $0 == ":" || $0 == "|" || $0 == "\"" || $0 == "." }
            .map(String.init)
        for (index, word) in words.enumerated() where isCardWord(word) {
            // Italian "biglietto da visita": "biglietto" alone is a ticket.
            if word.hasPrefix("bigliett"), !(index + 2 < words.count && words[index + 1] == "da" && words[index + 2].hasPrefix("visita")) { continue }
            let before = words[max(0, index - 5)..<index]
            if before.last == "my" || before.suffix(2).first == "my" && before.last == "business" { continue }
            if let last = before.last, notTheirCard.contains(last) { continue }
            if words.contains(where: outgoingWords.contains) { return nil }
            // "no cards", "no business card": the "no" next to it; "didn't get a card", "forgot to ask for her card".
            if before.suffix(2).contains(where: noCardWords.contains) { return false }
            // "had run out of cards", "out of business cards".
            let near = before.last == "business" || before.last == "visiting" ? before.dropLast() : before
            if near.suffix(2).elementsEqual(["out", "of"]) { return false }
            if before.contains(where: { ProseFacts.negations.contains($0) && $0 != "no" && $0 != "without" }) { return false }
            let after = index + 1 < words.count ? words[index + 1] : ""
            if after.contains(where: ProseFacts.crossMarks.contains) || after == "no" || after == "none" || after == "n" { return false }
            if word.contains(where: ProseFacts.crossMarks.contains) { return false }
            return true
        }
        return nil
    }

    /// Whether the text may name a card at all, on its bytes ("card", "Card", "CARD", "carte").
    static func mayNameCard(_ text: String) -> Bool {
        text.byteRange(of: "ard") != nil || text.byteRange(of: "ART") != nil || text.byteRange(of: "arte") != nil
            || text.byteRange(of: "artã") != nil || text.byteRange(of: "artao") != nil || text.byteRange(of: "aartj") != nil
            || text.byteRange(of: "arjet") != nil || text.byteRange(of: "izyt") != nil || text.byteRange(of: "iglietti da visita") != nil
            || text.byteRange(of: "iglietto da visita") != nil
    }

    /// "card", "cards", "card✅", "carte", "business-card": a card, whatever marks stick to it.
    static func isCardWord(_ word: String) -> Bool {
        var rest = Substring(word)
        while let first = rest.first, first == "*" || first == "_" || first == "[" { rest = rest.dropFirst() }
        if rest.hasPrefix("business-") { rest = rest.dropFirst(9) }
        if rest.hasPrefix("card") || rest.hasPrefix("carte") {
            rest = rest.dropFirst(4)
            if rest.hasPrefix("e") { rest = rest.dropFirst() }
            if rest.hasPrefix("s") { rest = rest.dropFirst() }
            return !rest.contains(where: \.isLetter)
        }
        // German, Spanish, Portuguese and Dutch: "Karte ✔", "tarjeta ✔", "cartão ✔", "kaartje ✔".
        guard let first = rest.utf8.first, first == UInt8(ascii: "k") || first == UInt8(ascii: "v") || first == UInt8(ascii: "t")
            || first == UInt8(ascii: "c") || first == UInt8(ascii: "w") || first == UInt8(ascii: "b"), let stem = foreignCardWords.first(where: { rest.hasPrefix($0) }) else { return false }
        rest = rest.dropFirst(stem.count)
        if rest.hasPrefix("n") || rest.hasPrefix("s") { rest = rest.dropFirst() }
        return !rest.contains(where: \.isLetter)
    }

    /// A card in other languages, longest first; "cartão" is also written "cartao"; the Polish
    /// "wizytówka" in its cases.
    static let foreignCardWords = ["visitekaartje", "visitenkarte", "wizytówka", "wizytówki", "wizytówkę", "kaartje", "tarjeta",
                                   "cartão", "cartao", "karte", "biglietto", "biglietti"]

    /// Words right before "card" that say there was none: "no", "without", and German, French,
    /// Spanish, Portuguese and Dutch ones ("keine Karte", "pas de carte", "sin tarjeta").
    static let noCardWords: Set<String> = ["no", "without", "keine", "kein", "pas", "sans", "sin", "sem", "geen", "bez", "brak",
                                           "niente", "nessun", "senza"]

    /// Words before "card" that make it some other card than theirs.
    static let notTheirCard: Set<String> = [
        "thank-you", "thankyou", "thanks", "you", "handwritten", "greeting", "gift", "credit", "debit", "sim", "id",
        "key", "report", "sd", "memory", "graphics", "video", "sound", "index", "flash", "score", "loyalty", "library",
        "boarding", "birthday", "note", "postcard", "business-reply", "wild",
    ]
    /// Words that make a card one you sent ("wrote two cards by hand", "posted the card").
    static let outgoingWords: Set<String> = [
        "sent", "send", "mailed", "posted", "wrote", "write", "writes", "writing", "handwrote",
        // cards you make
        "order", "ordered", "print", "printed", "buy", "bought",
    ]

    /// "Name (text)" with a name before the brackets: the name, the text, and where the text
    /// starts (in scalars).
    static func bracketed(_ value: String) -> (String, String, Int)? {
        guard value.hasSuffix(")"), let open = value.firstIndex(of: "(") else { return nil }
        let name = value[..<open].trimmingWhitespace()
        let inner = value[value.index(after: open)..<value.index(before: value.endIndex)].trimmingWhitespace()
        guard !name.isEmpty, !inner.isEmpty, !inner.contains("(") else { return nil }
        let leadingSpaces = value[value.index(after: open)...].unicodeScalars.prefix { $0.isSpace }.count
        return (name, inner, value[...open].scalarCount + leadingSpaces)
    }

    static let nameColumns: Set<String> = ["name", "person", "interviewer", "who", "fullname", "contact",
                                           // Spanish, French, Portuguese and Dutch ones.
                                           "nombre", "nom", "nome", "naam", "personne", "persona"]
    // Column names as `Markup.key` writes them, with German, French, Spanish, Portuguese and Dutch ones.
    static let titleColumns: Set<String> = ["title", "role", "position", "jobtitle", "job", "funktion", "fonction", "poste",
                                            "cargo", "puesto", "functie"]
    /// A title column named with more words ("Role at Brisk", "Title / team"): its key starts with a title column's.
    static func titleColumn(_ table: PipeTable) -> Int? {
        table.column(titleColumns) ?? table.keys.firstIndex { key in
            ["title", "role", "position", "jobtitle", "cargo", "puesto", "functie", "fonction", "funktion"].contains { key.hasPrefix($0) }
        }
    }
    static let emailColumns: Set<String> = ["email", "mail", "emailaddress", "correo"]
    static let phoneColumns: Set<String> = ["phone", "tel", "telephone", "mobile", "cell", "phonenumber", "number", "telefon",
                                            "telefono", "telefoon", "handy"]
    static let cardColumns: Set<String> = ["card", "businesscard", "cardcollected", "gotcard", "hascard", "visitenkarte", "karte",
                                           "carte", "cartedevisite", "tarjeta", "cartao", "kaartje", "visitekaartje"]

    static func isPeopleTable(_ table: PipeTable) -> Bool {
        table.column(nameColumns) != nil
    }

    /// A table of people outside the Interviewers section (`| Interviewer | Position | Contact | Card |`
    /// under `## Notes`): a name column and one for a title, an address, a number or a card, and no day.
    static func isLoosePeopleTable(_ table: PipeTable) -> Bool {
        guard isPeopleTable(table), table.column(LogEntryReader.dateColumns) == nil else { return false }
        return titleColumn(table) != nil || table.column(emailColumns) != nil || table.column(phoneColumns) != nil
            || table.column(cardColumns) != nil
    }

    static func fromTable(_ table: PipeTable) -> [Interviewer] {
        guard let nameColumn = table.column(nameColumns) else { return [] }
        let title = titleColumn(table)
        let email = table.column(emailColumns)
        let phone = table.column(phoneColumns)
        let card = table.column(cardColumns)
        return table.rows.compactMap { row in
            // A cell's text without its markup, with its range: worked out once a cell (it was
            // worked out again by each caller).
            func cell(_ index: Int?) -> Located<String>? {
                guard let index, index < row.cells.count else { return nil }
                let plain = Markup.plain(row.cells[index].text)
                return plain.isEmpty ? nil : Located(plain, row.cells[index].range)
            }
            guard let name = cell(nameColumn) else { return nil }
            var person = Interviewer(name: Located(usualName(name.value), name.range), range: row.range)
            if let title = cell(title) { person.title = title }
            // The address or number in its cell, without what is said about it ("… (found on
            // LinkedIn)"); a dash or "n/a" is none.
            if let email = cell(email) {
                let value = email.value
                if !value.hasByte(0x20) {
                    person.email = Located(value, email.range)
                } else if let (found, _) = contacts(in: value, phone: false).email {
                    person.email = Located(found, email.range)
                }
            }
            if let phone = cell(phone) {
                let value = phone.value
                if isPhone(value) {
                    person.phone = Located(value, phone.range)
                } else if let (found, _) = contacts(in: value, email: false).phone {
                    person.phone = Located(found, phone.range)
                }
            }
            if let cardIndex = card, cardIndex < row.cells.count {
                let cell = row.cells[cardIndex]
                person.card = Located(cardAnswer(cell.text) ?? false, cell.range)
            } else {
                // No card column: a note in another cell ("card ✓ · jose@… · (608) 555-0144").
                for (index, cell) in row.cells.enumerated() where index != nameColumn {
                    if let answer = cardEvidence(cell.text) { person.card = Located(answer, cell.range); break }
                }
            }
            if person.email == nil || person.phone == nil {
                // No column for them: an address or number in another cell.
                for (index, cell) in row.cells.enumerated() where index != nameColumn {
                    let found = contacts(in: cell.text, email: person.email == nil, phone: person.phone == nil)
                    if person.email == nil, let (value, _) = found.email { person.email = Located(value, cell.range) }
                    if person.phone == nil, let (value, _) = found.phone { person.phone = Located(value, cell.range) }
                }
            }
            return person
        }
    }

    /// Logseq's `DONE ` and `TODO ` before an item, its checkbox: ticked or not, and its length.
    static func taskMarker(_ text: String) -> (Bool, Int)? {
        if text.hasPrefix("DONE ") { return (true, 5) }
        if text.hasPrefix("TODO ") { return (false, 5) }
        return nil
    }

    /// `[x] `, `[X] ` or `[ ] ` at the start; the answer and how many scalars to drop.
    static func checkbox(_ text: String) -> (Bool, Int)? {
        // All four are ASCII, so bytes are scalars here.
        var bytes = text.utf8.makeIterator()
        guard bytes.next() == 0x5B, let mark = bytes.next(), bytes.next() == 0x5D else { return nil }
        let checked: Bool
        switch mark {
        case 0x78, 0x58: checked = true
        case 0x20: checked = false
        default: return nil
        }
        return (checked, bytes.next() == 0x20 ? 4 : 3)
    }

    /// Fields end at `—`, `–`, ` - `, ` · `, ` • `, `,`, `;` and `|` (given the UTF-8 bytes and where a scalar
    /// starts).
    static func separator(_ bytes: UnsafeBufferPointer<UInt8>, _ index: Int) -> Bool {
        switch bytes[index] {
        case UInt8(ascii: ","), UInt8(ascii: ";"): return true
        case UInt8(ascii: "|"):
            // `[[marco-ferri|Marco]]`: the bar of a wikilink's alias is part of the link.
            var back = index - 1
            while back > 0 {
                if bytes[back] == UInt8(ascii: "]"), bytes[back - 1] == UInt8(ascii: "]") { return true }
                if bytes[back] == UInt8(ascii: "["), bytes[back - 1] == UInt8(ascii: "[") { return false }
                back -= 1
            }
            return true
        case UInt8(ascii: "-"):
            return index > 0 && bytes[index - 1] == 0x20 && index + 1 < bytes.count && bytes[index + 1] == 0x20
        case 0xC2:  // " · " (U+00B7, C2 B7) between spaces, as templates join a card's parts
            return index > 0 && bytes[index - 1] == 0x20 && index + 2 < bytes.count && bytes[index + 1] == 0xB7 && bytes[index + 2] == 0x20
        case 0xE2:  // — U+2014 and – U+2013 are E2 80 94 and E2 80 93; " • " (E2 80 A2) between spaces
            guard index + 2 < bytes.count, bytes[index + 1] == 0x80 else { return false }
            if bytes[index + 2] == 0x94 || bytes[index + 2] == 0x93 { return true }
            return bytes[index + 2] == 0xA2 && index > 0 && bytes[index - 1] == 0x20 && index + 3 < bytes.count && bytes[index + 3] == 0x20
        default: return false
        }
    }

    /// A line of a card written over several lines that names nobody: an email or phone alone
    /// (labelled or not), a remark in parentheses ("(card ✓)"), or the card's own line ("card: yes").
    static func isCardDetail(_ text: String) -> Bool {
        let bare = stripLabel(text.trimmingWhitespace())
        if isEmail(bare) || isPhone(bare) { return true }
        if bare.hasPrefix("("), bare.hasSuffix(")") { return true }
        // "card: yes", "card ✓", not "Cardiff office".
        let lower = bare.quickLowercased()
        return lower.hasPrefix("card") && !(lower.dropFirst(4).first?.isLetter ?? false)
    }

    static func isEmail(_ text: String) -> Bool {
        guard !text.hasByte(0x20) else { return false }
        let utf8 = text.utf8
        guard let at = utf8.firstIndex(of: 0x40), at != utf8.startIndex else { return false }
        return Substring(utf8[utf8.index(after: at)...]).hasByte(0x2E)
    }

    /// `2026-11-10` at the start, alone or before more (an hour): a day, not a number to call.
    static func opensWithISODay(_ text: String) -> Bool {
        let bytes = Array(text.utf8.prefix(11))
        guard bytes.count >= 10, bytes[0] == UInt8(ascii: "2") || bytes[0] == UInt8(ascii: "1"),
              bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-"),
              [0, 1, 2, 3, 5, 6, 8, 9].allSatisfy({ bytes[$0] &- 0x30 < 10 }) else { return false }
        return bytes.count == 10 || bytes[10] == 0x20
    }

    /// Seven or more digits, and nothing but digits, spaces and + - ( ) . x /
    static func isPhone(_ text: String) -> Bool {
        var digits = 0
        for byte in text.utf8 {
            switch byte {
            case 0x30...0x39: digits += 1
            case 0x20, 0x2B, 0x2D, 0x28, 0x29, 0x2E, 0x78, 0x2F: break
            default: return false
            }
        }
        return digits >= 7
    }

    static let labels = ["email:", "e-mail:", "mail:", "phone:", "tel:", "tel.", "mobile:", "cell:", "☎", "📞", "📧", "✉️", "✉"]

    /// `email: jane@…`, `tel. +1 …`, `☎ +1 …`
    static func stripLabel(_ text: String) -> String {
        // Every label starts with e, m, p, t, c (either case) or a symbol outside ASCII, and the
        // ASCII ones end in ':' (or are "tel.") within their first seven bytes: most values
        // (titles, names) are let through without lowercasing them.
        guard let first = text.utf8.first else { return text }
        if first < 0x80 {
            switch first | 0x20 {
            case UInt8(ascii: "e"), UInt8(ascii: "m"), UInt8(ascii: "p"), UInt8(ascii: "t"), UInt8(ascii: "c"): break
            default: return text
            }
            let head = text.utf8.prefix(7)
            guard head.contains(UInt8(ascii: ":")) || ((first | 0x20) == UInt8(ascii: "t") && head.contains(UInt8(ascii: "."))) else {
                return text
            }
        }
        let lower = text.quickLowercased()
        for label in labels {
            if lower.hasPrefix(label) {
                return String(text.dropFirst(label.count)).trimmingWhitespace()
            }
        }
        return text
    }

    /// Longest first: the first that fits is taken off.
    static let cardLabels = ["business cards:", "carte de visite:", "business card:", "cartes:", "carte:", "cards:", "card:", "carte", "card"]

    /// yes / no / ✓ / x / ✗ in a card column or a `card: yes` field.
    static func cardAnswer(_ text: String) -> Bool? {
        let plain = Markup.plain(text)
        // ASCII that starts as no answer and no label does (labels start with c or b): no answer.
        // Titles and names end here without being lowercased.
        if let first = plain.utf8.first, first < 0x80, !plain.hasNonASCII {
            switch first | 0x20 {
            case UInt8(ascii: "y"), UInt8(ascii: "x"), UInt8(ascii: "t"), UInt8(ascii: "g"), UInt8(ascii: "c"),
                 UInt8(ascii: "n"), UInt8(ascii: "f"), UInt8(ascii: "m"), UInt8(ascii: "b"):
                break
            case UInt8(ascii: "j"), UInt8(ascii: "o"), UInt8(ascii: "s"):
                // "ja", "oui", "si", "sim": short, where titles ("Senior …") are not.
                if plain.utf8.count > 4 { return nil }
            case UInt8(ascii: "[") | 0x20, UInt8(ascii: "-") | 0x20:
                break
            default:
                return nil
            }
        }
        var value = plain.quickLowercased()
        // Every label starts with b or c.
        if let first = value.utf8.first, first == UInt8(ascii: "c") || first == UInt8(ascii: "b") {
            for label in cardLabels where value.hasPrefix(label) && value != label {
                value = String(value.dropFirst(label.count)).trimmingWhitespace()
                break
            }
        }
        // "🪪 ✅", "🪪 ❌ (ran out of cards)": the ID-card emoji labels the mark after it.
        if value.hasPrefix("🪪") {
            let rest = value.dropFirst().drop { $0 == " " || $0 == ":" }
            return cardAnswer(String(rest.prefix { $0 != " " }))
        }
        switch value {
        case "yes", "y", "✓", "✔", "✔️", "✅", "x", "[x]", "true", "got it", "collected": return true
        case "no", "n", "✗", "✘", "❌", "-", "[ ]", "false", "missing", "none": return false
        // German, French, Spanish, Portuguese and Dutch answers in a card column.
        case "ja", "oui", "sí", "si", "sim": return true
        case "nein", "non", "não", "nao", "nee": return false
        default:
            // "yes, got it at the end", "no — forgot to ask": a yes or a no, then a separator (on the bytes).
            let utf8 = value.utf8
            guard let first = utf8.first, first == UInt8(ascii: "y") || first == UInt8(ascii: "n") else { return nil }
            let answer = first == UInt8(ascii: "y")
            let word: [UInt8] = answer ? [0x79, 0x65, 0x73] : [0x6E, 0x6F]
            guard utf8.starts(with: word) else { return nil }
            let next = utf8.dropFirst(word.count).first
            return next == UInt8(ascii: ",") || next == 0x20 || next == UInt8(ascii: ";") ? answer : nil
        }
    }
}
