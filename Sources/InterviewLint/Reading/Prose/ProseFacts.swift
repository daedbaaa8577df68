import Glibc

/// Facts written in sentences anywhere in a note ("Left a printed resume with Natalie", "they'll
/// decide by end of next week", "Interview at Fernhill at 2pm"), for what the note's sections
/// did not say. Each reader is precise before it is thorough: a sentence it is unsure of says
/// nothing, or becomes a `Mention` that turns a rule's finding into an info.
enum ProseFacts {
    /// Lower-case words of a sentence, letters and digits only (apostrophes kept inside words).
    static func words(_ text: Substring) -> [String] {
        // ASCII text (most lines) is split and lowercased on its bytes; other text by characters.
        var result: [String] = []
        var ascii = true
        let bytes = text.utf8
        var wordStart: String.Index?
        var hasUpper = false
        func flush(_ end: String.Index) {
            guard let begin = wordStart else { return }
            let piece = String(Substring(bytes[begin..<end]))
            result.append(hasUpper ? piece.quickLowercased() : piece)
            wordStart = nil
            hasUpper = false
        }
        var index = bytes.startIndex
        while index < bytes.endIndex {
            let byte = bytes[index]
            if byte >= 0x80 { ascii = false; break }
            let upper = byte >= 0x41 && byte <= 0x5A
            if upper || (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x30 && byte <= 0x39) || byte == 0x27 {
                if wordStart == nil { wordStart = index }
                hasUpper = hasUpper || upper
            } else {
                flush(index)
            }
            index = bytes.index(after: index)
        }
        if ascii {
            flush(bytes.endIndex)
            return result
        }
        return text.quickLowercased().split { !($0.isLetter || $0.isNumber || $0 == "'" || $0 == "’") }.map(String.init)
    }

    /// `ProseLines.sentences`, with a sentence cut after an abbreviation ("i.e. by 4 December",
    /// "Dr. Marsh") joined to the next.
    static func sentences(_ text: String) -> [Substring] {
        let pieces = ProseLines.sentences(text)
        guard pieces.count > 1 else { return pieces }
        var result: [Substring] = []
        var pending: Substring?
        for (position, piece) in pieces.enumerated() {
            let joined: Substring
            if let open = pending {
                joined = text[open.startIndex..<piece.endIndex]
            } else {
                joined = piece
            }
            if endsInAbbreviation(piece) { pending = joined; continue }
            // "decide by Dec. 9": a month's short form before the day.
            if position + 1 < pieces.count, pieces[position + 1].utf8.first(where: { $0 != 0x20 }).map({ $0 &- 0x30 < 10 }) == true,
               endsInAbbreviation(piece, of: monthAbbreviations) {
                pending = joined
                continue
            }
            result.append(joined)
            pending = nil
        }
        if let open = pending { result.append(open) }
        return result
    }

    static let abbreviations: Set<[UInt8]> = Set(["i.e.", "e.g.", "dr.", "mr.", "mrs.", "ms.", "prof.", "approx.", "ca.", "st.", "vs.", "no."]
        .map { Array($0.utf8) })

    /// On the bytes of the piece's last word (at most 7, lowercased): most pieces end in a word
    /// longer than any abbreviation, or not in a period.
    static let monthAbbreviations: Set<[UInt8]> = Set(["jan.", "feb.", "mar.", "apr.", "jun.", "jul.", "aug.", "sep.", "sept.",
                                                       "oct.", "nov.", "dec."].map { Array($0.utf8) })

    static func endsInAbbreviation(_ piece: Substring, of known: Set<[UInt8]> = abbreviations) -> Bool {
        let bytes = piece.utf8
        var end = bytes.endIndex
        while end > bytes.startIndex, bytes[bytes.index(before: end)] == 0x20 { end = bytes.index(before: end) }
        guard end > bytes.startIndex, bytes[bytes.index(before: end)] == UInt8(ascii: ".") else { return false }
        var word: [UInt8] = []
        var index = end
        while index > bytes.startIndex {
            let before = bytes.index(before: index)
            let byte = bytes[before]
            if byte == 0x20 || byte == UInt8(ascii: "(") || byte == UInt8(ascii: "\"") { break }
            word.append(byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte)
            if word.count > 7 { return false }
            index = before
        }
        return known.contains(word.reversed())
    }

    static let resumeWords: Set<String> = ["resume", "résumé", "resumes", "cv", "cvs", "curriculum", "currículum",
                                           "lebenslauf", "bewerbungsunterlagen", "curriculo"]
    /// The same written with accents (a line with such a word passes the cue filter as one that
    /// does not pack): Portuguese "currículo".
    static let accentedResumeWords: Set<String> = ["currículo"]
    static let contactPhrases: [[String]] = [
        ["contact", "info"], ["contact", "information"], ["contact", "details"], ["my", "details"], ["my", "contacts"],
        ["my", "email"], ["my", "phone"], ["my", "cell"], ["my", "number"], ["my", "card"], ["my", "contact"],
        ["my", "coordonnées"], ["coordonnées"], ["my", "mobile"], ["my", "business", "card"], ["contact", "sheet"],
        // German, Spanish, Portuguese and Dutch: "Kontaktdaten", "datos de contacto", "contatos", "contactgegevens".
        ["kontaktdaten"], ["datos", "de", "contacto"], ["contatos"], ["contactgegevens"], ["coordonnees"],
        // Italian: "Hanno i miei contatti", "lasciato i miei recapiti".
        ["miei", "contatti"], ["recapiti"],
    ]
    /// Verbs and words that say they have it: "left", "gave", "has my", "on file", "✓".
    static let handedWords: Set<String> = [
        "left", "leave", "handed", "hand", "gave", "give", "given", "brought", "dropped", "emailed", "sent",
        "has", "have", "had", "forwarded", "printed", "copy", "copies", "shared", "confirmed", "file", "on",
        "submitted", "passed", "took", "taken", "got",
        // French, Spanish, Portuguese, Dutch and German, as typed without accents.
        "laisse", "laissee", "laisses", "laissees", "remis", "remise", "donne", "donnees", "deje", "entregue", "deixei",
        "entreguei", "achtergelaten", "gegeven", "afgegeven", "dagelassen", "hinterlassen", "abgegeben", "uebergeben",
        "gelassen", "mitgegeben", "hinterlegt", "geschickt", "zugeschickt", "gesendet", "dejado", "entregado",
        "enviado", "gestuurd", "opgestuurd",
        // Italian: "Ho lasciato il CV", "Hanno il mio curriculum", "CV consegnato".
        "lasciato", "lasciata", "lasciati", "consegnato", "consegnata", "hanno", "inviato", "mandato",
        // "She kept my CV", "Elle a gardé mon CV", "hat den Lebenslauf behalten".
        "kept", "keeps", "garde", "gardee", "behalten", "gehouden",
    ]
    /// The same with their accents: "CV laissé", "Dejé mi CV", "Lebenslauf übergeben".
    static let accentedHandedWords: Set<String> = ["laissé", "laissée", "laissés", "laissées", "donné", "données", "dejé",
                                                   "entregué", "übergeben", "überreicht", "envié", "envoyé", "gardé", "gardée", "guardó",
                                                   // Polish: "Zostawiłam CV", "przekazałem CV".
                                                   "zostawiłem", "zostawiłam", "dałem", "dałam", "przekazałem", "przekazałam"]
    static let negations: Set<String> = ["no", "not", "didn't", "never", "forgot", "without", "don't", "doesn't", "haven't", "hasn't", "didnt",
                                         // German and Dutch: "nicht dagelassen", "CV vergessen", "niet achtergelaten".
                                         "nicht", "niet", "vergessen"]
    static let checkMarks: Set<Character> = ["✓", "✔", "✅", "☑"]
    static let crossMarks: Set<Character> = ["✗", "✘", "❌", "☒"]

    /// Whether the sentence says they have the thing it names; nil when it names something else
    /// or is a plan or a question.
    static let beforeLeavingCues = WordSet(resumeWords.union(contactPhrases.flatMap { $0 }))

    /// `done`: the line is a ticked task (`- [x] CV laissé`), which says it was done.
    static func says(_ sentence: Substring, words: [String], naming named: Bool, done: Bool = false) -> Bool? {
        guard named else { return nil }
        if sentence.trimmingWhitespace().hasSuffix("?") { return nil }
        if sentence.contains(where: crossMarks.contains) { return false }
        if words.contains(where: negations.contains) { return false }
        // Italian "Non ho lasciato il CV" (not the "non" of "non-disclosure").
        if words.contains("non"), (" " + sentence.quickLowercased()).byteRange(of: " non ") != nil { return false }
        if done || sentence.contains(where: checkMarks.contains) || words.contains(where: handedWords.contains) || words.contains("yes") {
            return true
        }
        if sentence.utf8.contains(where: { $0 >= 0x80 }), words.contains(where: accentedHandedWords.contains) { return true }
        return nil
    }

    static func contains(_ words: [String], phrase: [String]) -> Bool {
        guard words.count >= phrase.count else { return false }
        for start in 0...(words.count - phrase.count) where words[start] == phrase[0] {
            if Array(words[start..<(start + phrase.count)]) == phrase { return true }
        }
        return false
    }

    /// Resume and contact information left, from sentences such as "Left my resume with Ethan;
    /// they have my email + cell". The first sentence that says yes is taken; a no only when no
    /// sentence says yes.
    static func beforeLeaving(_ lines: [ProseLine]) -> (resume: Located<Bool>?, contact: Located<Bool>?) {
        var resume: Located<Bool>?
        var contact: Located<Bool>?
        let cues = beforeLeavingCues
        for line in lines where !line.isPlan && !line.isHeading && line.has(cues) {
            for sentence in ProseLines.sentences(line.text) {
                // "resume ✓ contact ✗": each mark ends a clause of its own.
                for clause in clauses(sentence) {
                    let words = words(clause)
                    // "left my resmue with her": the word typed with one slip counts too.
                    let namesResume = words.contains(where: resumeWords.contains)
                        || clause.utf8.contains(where: { $0 >= 0x80 }) && words.contains(where: accentedResumeWords.contains)
                        || words.contains(where: { ($0.utf8.count == 5 || $0.utf8.count == 6) && FuzzyMatch.isOneSlip($0, of: "resume") })
                    if let value = says(clause, words: words, naming: namesResume, done: line.isDone) {
                        if resume?.value != true { resume = Located(value, line.range) }
                    }
                    // A bare "contact" is theirs only with a mark or a yes ("contact ✓", "Contact: yes"),
                    // or as a ticked item of what was left ("- [x] contact card").
                    // "Left resume + contacts": "contacts" beside the resume left is your details too.
                    let bare = namesResume && words.contains("contacts") || words.contains("contact")
                        && (clause.contains { checkMarks.contains($0) || crossMarks.contains($0) } || words.contains("yes") || words.contains("no")
                            || line.isDone && words.count <= 3)
                    if let value = says(clause, words: words, naming: bare || contactPhrases.contains { contains(words, phrase: $0) },
                                        done: line.isDone) {
                        if contact?.value != true { contact = Located(value, line.range) }
                    }
                }
            }
        }
        return (resume, contact)
    }

    /// A sentence cut after each check or cross mark (a comma does not end what a verb before it says:
    /// "gave Femi a printed CV, she's got my mobile").
    static func clauses(_ sentence: Substring) -> [Substring] {
        var result: [Substring] = []
        var start = sentence.startIndex
        var index = start
        while index < sentence.endIndex {
            let character = sentence[index]
            let next = sentence.index(after: index)
            if checkMarks.contains(character) || crossMarks.contains(character) {
                result.append(sentence[start..<next])
                start = next
            }
            index = next
        }
        if start < sentence.endIndex { result.append(sentence[start...]) }
        return result
    }

    /// Words that show a sentence is about their decision or the next step.
    static let decisionWords: Set<String> = [
        "decide", "decides", "decided", "deciding", "decision", "decisions", "timeline", "timeframe", "hear",
        "answer", "verdict", "outcome", "feedback", "know", "back", "next", "offer", "offers",
    ]

    static let decisionCueSet = WordSet(decisionCueWords)
    static let interviewWordSet = WordSet(interviewWords)
    static let sentRecapWords: WordSet = ["sent"]
    static let mentionWords = WordSet(Set(["thank", "thanks", "thanked", "thankyou", "card", "cards", "call", "called",
                                           "rang", "phoned", "voicemail", "decide", "decides", "decided", "decision",
                                           "timeline", "timeframe", "hear", "karte", "tarjeta", "kaartje", "carte"])
        .union(foreignThanks))
    /// A thank-you in German, French, Spanish, Portuguese and Dutch: a line with one may say a
    /// thank-you went out in words the reader does not read.
    static let foreignThanks: Set<String> = ["danke", "dankes", "dankesmail", "merci", "remerciement", "remerciements",
                                             "gracias", "agradecimiento", "agradecimento", "obrigado", "obrigada",
                                             "bedankt", "bedankmail", "bedankje", "podziękowaniem", "podziękowania",
                                             "ringraziamento", "ringraziamenti", "ringraziare", "ringraziato", "ringraziata"]

    /// The words of `decisionCues` a line must hold for its sentences to be looked at.
    static let decisionCueWords: Set<String> = [
        "decide", "decides", "decided", "deciding", "decision", "hear", "back", "know", "timeline", "timeframe",
        "next", "answer", "news", "feedback", "touch", "verdict", "call", "retour", "binnen", "timing", "wrap",
        "said", "told", "reply", "respond", "confirm", "notify", "notified", "inform",
        // A timeframe's label or verb in French, Spanish, Portuguese, German and Dutch.
        "delai", "plazo", "prazo", "zeitrahmen", "entscheidung", "besluit", "decidir", "decidiran", "decideront",
        "reponse", "entscheiden", "beslissen", "beslist", "beslissing", "besluiten", "bescheid",
        // "sie melden sich bis zum 3. Dezember", "ze laten het me weten", "me avisan".
        "melden", "meldet", "weten", "avisan", "contestan",
        // "me responderán en dos semanas", "respondem em uma semana", "d'ici vendredi", "they'll circle back".
        "responderan", "respondem", "responderao", "d'ici", "circle",
        // "Antwort bis Freitag", "Respuesta antes del viernes", "Resposta em uma semana".
        "antwort", "respuesta", "resposta",
        // "ik hoor uiterlijk vrijdag", "ils reviendront vers moi au plus tard lundi".
        "hoor", "horen", "reviendront",
        // "she'd tell me by Friday".
        "tell",
        // Polish: "Decyzja: do 20 listopada", "Termin decyzji".
        "decyzja", "decyzji", "decyzje",
        // Italian: "decisione entro venerdì", "decideranno in due settimane", "mi faranno sapere entro lunedì".
        "decisione", "decideranno", "decidiamo", "decideremo", "decidono", "risposta", "sapere",
    ]
    /// The same with their accents (such words pass the cue filter as words that do not pack).
    static let accentedDecisionCueWords: Set<String> = ["responderán", "responderão", "avisarán", "délai", "decidirán", "décideront", "réponse", "decidirão", "decisión",
                                                        "rückmeldung", "décision", "dirán"]

    /// Phrases that show a sentence speaks of their decision or the next step.
    static let decisionCues = ["decide", "decision", "hear back", "hear from", "get back to", "back to me", "let me know",
                               "let us know", "know by", "timeline", "timeframe", "next step", "an answer", "news",
                               "feedback by", "come back to", "in touch", "verdict", "make a call", "retour", "binnen",
                               "timing", "let everyone know", "let you know", "let them know", "let candidates know",
                               "let people know", "wrap up", "notify", "notified", "will inform", "'ll inform",
                               // Their answer quoted: `Claire said "by the end of next week"`.
                               "said \"by", "said \"within", "said “by", "said “within", "said: \"by", "said by ",
                               "said within ", "told me \"by", "told me “by", "told me by ", "told me within ",
                               "reply by", "respond by", "reply within", "respond within",
                               // "they'll call by tues 12/1": their call with the answer, not one of yours.
                               "they'll call", "they will call", "call me by", "call back by", "'ll confirm", "will confirm",
                               // French, Spanish, Portuguese, German and Dutch labels and verbs.
                               "délai", "delai", "plazo", "prazo", "zeitrahmen", "entscheid", "besluit", "decidir",
                               "décideront", "decideront", "réponse", "reponse", "binnen", "beslis", "besluiten", "decisión", "décision",
                               "rückmeldung", "bescheid", "melden sich", "meldet sich", "melden uns", "laten weten",
                               "het me weten", "het mij weten", "laten het me", "laat het me", "me avisan", "me contestan", "me avisarán",
                               // "should hear by the 27th", "hoping to hear end of next week".
                               "hear by", "hear either", "hear end", "hear within", "hear before", "hear next", "hear early",
                               "hear mid", "hear on ", "hear in a", "hear in two", "hear in 2", "hear in three",
                               // "they'll get back within a week", "circle back after Thanksgiving", and their answer in Spanish,
                               // Portuguese and French.
                               "get back within", "get back in ", "get back by", "get back after", "get back before",
                               "get back next", "circle back", "responderán", "responderan", "respondem", "responderão",
                               "d'ici", "d’ici", "antwort", "respuesta", "resposta", "week after next",
                               // "she'd tell me by Friday", "they'll tell us within a week".
                               "tell me by", "tell me within", "tell us by", "tell us within", "tell everyone by",
                               "decyzj",
                               // Italian ("decisione" and "decideranno" hold "decision" and "decide").
                               "risposta", "faranno sapere", "farà sapere", "fanno sapere", "decidiamo", "decideremo", "decidono"]

    /// The timeframe they gave, from a sentence anywhere outside the log ("Priya said they'd get
    /// back to me by end of next week"). A date wins over a vague answer; within a sentence, the
    /// words from its last cue on are read first ("the board meets on the 12th and they will
    /// decide by November 13th" is November 13th). What was said on or after the interview's own
    /// line (`interviewLine`) wins over what was said before it, in an earlier round. "Forgot to
    /// ask when they'd decide" says nothing more on its line.
    static func timeframe(_ lines: [ProseLine], skippingLines log: Set<Int>, interviewDay: LocalDate?,
                          interviewLine: Int? = nil) -> Timeframe? {
        var vague: Timeframe?
        var earlier: Timeframe?
        var earlierVague: Timeframe?
        lines: for line in lines where !line.isPlan && !log.contains(line.line) {
            guard line.has(decisionCueSet) else { continue }
            let before = interviewLine.map { line.line < $0 } ?? false
            for sentence in sentences(line.text) {
                // Only a sentence with a cue word is searched for the cue phrases.
                let sentenceWords = words(sentence)
                guard sentenceWords.contains(where: { decisionCueWords.contains($0) || accentedDecisionCueWords.contains($0) }) else { continue }
                let lower = sentence.quickLowercased()
                var cues: [String.Index] = []
                for cue in decisionCues {
                    var rest = lower[...]
                    while let found = rest.byteRange(of: cue) {
                        cues.append(found.lowerBound)
                        rest = rest[found.upperBound...]
                    }
                }
                // "I need to let them know by Friday at the latest": the writer's own deadline is no
                // answer of theirs (only a cue the writer receives, "I should hear by …", stays).
                let found = cues.count
                cues.removeAll { writersCue(lower, at: $0) }
                // "ze laten uiterlijk vrijdag iets weten", "Sie melden sich spätestens Freitag": a
                // deadline phrase in a sentence about their answer, its verb split around the day.
                if found == 0, sentenceWords.contains(where: { answerWords.contains($0) || accentedAnswerWords.contains($0) }) {
                    for phrase in latestPhrases {
                        if let found = lower.byteRange(of: phrase) { cues.append(found.lowerBound) }
                    }
                }
                guard !cues.isEmpty else { continue }
                // A question to ask them is not their answer, and a plan to ask is none either.
                if sentence.trimmingWhitespace().hasSuffix("?") { continue }
                let text = String(sentence).trimmingWhitespace()
                // "Forgot to ask when they'd decide" (every such phrase has "ask" or "asked").
                if sentenceWords.contains(where: { $0 == "ask" || $0 == "asked" }),
                   TimeframeReader.read(text, interviewDay: interviewDay) == .notAsked { continue lines }
                let range = line.range
                var date: LocalDate?
                for cue in cues.sorted(by: >) {
                    if case .date(let found) = TimeframeReader.read(String(lower[cue...]), interviewDay: interviewDay) {
                        date = found
                        break
                    }
                }
                let whole = date == nil ? TimeframeReader.read(text, interviewDay: interviewDay) : .unrecognized
                // A date just before the cue ("by Friday they'll decide"); one further back is about
                // something else ("CLOSED: [2026-11-23 Mon] … nothing is decided yet").
                if date == nil, case .date = whole, let first = cues.min() {
                    var window = lower.index(first, offsetBy: -min(40, lower.distance(from: lower.startIndex, to: first)))
                    // From a word's start: half a date ("6-11-23" of "2026-11-23") reads as another one.
                    if window > lower.startIndex, lower[lower.index(before: window)] != " " {
                        window = lower[window...].firstIndex(of: " ") ?? first
                    }
                    if case .date(let found) = TimeframeReader.read(String(lower[window...]), interviewDay: interviewDay) { date = found }
                }
                if let date {
                    let said = Timeframe(text: text, decision: .date(date), range: range)
                    if !before { return said }
                    if earlier == nil { earlier = said }
                    continue
                }
                if whole == .vague, sentenceWords.contains(where: vagueCueWords.contains) {
                    let said = Timeframe(text: text, decision: .vague, range: range)
                    if before {
                        if earlierVague == nil { earlierVague = said }
                    } else if vague == nil {
                        vague = said
                    }
                }
            }
        }
        return vague ?? earlier ?? earlierVague
    }

    /// Whether the words say when the note was written: "writing" or "written" before "this", "it",
    /// "up", "on" or "these".
    static func saysWhenWritten(_ words: [String]) -> Bool {
        words.indices.dropLast().contains { index in
            (words[index] == "writing" || words[index] == "written") && ["this", "it", "up", "on", "these"].contains(words[index + 1])
                // A voice memo's transcript: "recorded Fri 20 Nov 2026, 4:52 PM".
                // A number after it must begin a day ("recorded 20 Nov", "recorded 2026-11-20"), not count ("recorded 3 answers").
                || words[index] == "recorded" && (words[index + 1] == "on" || DateReader.weekdayNames[words[index + 1]] != nil
                                                  || DateReader.monthNames[words[index + 1]] != nil
                                                  || words[index + 1].first?.isNumber == true && index + 2 < words.count
                                                      && (words[index + 2].first?.isNumber == true || DateReader.monthNames[words[index + 2]] != nil))
        }
    }

    /// Whether the cue at `cue` is the writer's own doing: a cue the writer does not receive (not
    /// "hear", "let me know", "get back to me") whose subject is "I", with nothing but words of
    /// need or intent between them ("I need to let them know by Friday"); any other word between
    /// ("I think the team will decide by Friday") leaves the cue theirs.
    static func writersCue(_ lower: String, at cue: String.Index) -> Bool {
        let cueWords = words(lower[cue...].prefix(24)).prefix(4)
        guard let verb = cueWords.first, writerVerbs.contains(verb),
              !cueWords.contains(where: { ["me", "us", "everyone", "candidates", "people"].contains($0) }) else { return false }
        var before = words(lower[..<cue]).suffix(6)
        // "know by" is the writer's only in "let them know by"; "I'll know by Friday" is their answer.
        if verb == "know" {
            guard before.count >= 2, before[before.endIndex - 2] == "let" else { return false }
            before = before.dropLast(2)
        }
        for word in before.suffix(5).reversed() {
            if writerSubjects.contains(word) { return true }
            if !intentWords.contains(word) { return false }
        }
        return false
    }
    /// What may stand between "I" and a deadline of the writer's own: "I need to", "I have to",
    /// "I must", "I promised to".
    static let intentWords: Set<String> = ["need", "have", "had", "has", "to", "must", "should", "will", "would", "shall", "can",
                                           "got", "gotta", "going", "am", "want", "plan", "promised", "agreed", "try", "also",
                                           "just", "still", "then", "really", "definitely", "probably", "ought"]
    /// The first words of the cues that are something done (deciding, telling), not a topic ("the timeline").
    static let writerVerbs: Set<String> = ["let", "know", "decide", "reply", "respond", "confirm", "'ll", "will", "get", "come",
                                           "tell", "notify", "inform", "make", "circle", "wrap"]
    static let writerSubjects: Set<String> = ["i", "i'll", "i'd", "i'm", "i've", "i’ll", "i’d", "i’m", "i’ve"]

    /// "At the latest" in English, Dutch, German, French and Spanish: a deadline, theirs when the
    /// sentence speaks of their answer (`answerWords`); with "I said" or "I must" it may be the writer's.
    static let latestPhrases = ["at the latest", "uiterlijk", "spätestens", "spaetestens", "au plus tard", "a más tardar", "a mas tardar"]
    /// Words of their answer or decision (not "said", "told" or "call", which any plan holds).
    static let answerWords: Set<String> = [
        "decide", "decides", "decided", "decision", "hear", "know", "answer", "news", "feedback", "verdict", "reply", "respond",
        "confirm", "notify", "inform", "timeline", "timeframe", "touch",
        "weten", "hoor", "horen", "melden", "meldet", "bescheid", "antwort", "entscheidung", "entscheiden", "beslissen", "beslissing",
        "besluit", "beslist", "reponse", "decidir", "decidiran", "decideront", "respuesta", "avisan", "contestan", "responderan",
        "reviendront",
    ]
    static let accentedAnswerWords: Set<String> = ["réponse", "décision", "decisión", "rückmeldung", "responderán", "decidirán",
                                                   "dirán", "avisarán", "décideront"]

    /// Words a vague answer must come with to be one about their decision ("soon" alone may be anything).
    static let vagueCueWords: Set<String> = [
        "decide", "decision", "decided", "hear", "back", "know", "timeline", "timeframe", "answer", "timing", "touch", "steps",
    ]

    static let interviewWords: Set<String> = [
        "interview", "interviews", "interviewed", "interviewing", "onsite", "on-site", "screen", "screening", "panel",
        "loop", "round",
        // The word as it is mistyped in a hurry ("front desk interveiw").
        "interveiw", "intervew", "inteview", "interivew", "intreview",
        // and shortened on a phone ("intvw tue 11/17 10am, w/ Tom").
        "intvw", "intvws", "intvw'd",
        // Other languages' words for a job interview ("Entretien chez Vautrin Conseil à 10h30",
        // "Vorstellungsgespräch bei …"), words no English note writes.
        "entretien", "entrevista", "entrevue", "vorstellungsgespräch", "bewerbungsgespräch", "sollicitatiegesprek",
        "colloquio",
    ]
    /// Words that show the line is about a contact or an arrangement, whose date is not the
    /// interview's ("Onsite invite from Lena came in 11/4", "thank-you for the interview").
    static let arrangementWords: Set<String> = [
        "invite", "invited", "invitation", "thank", "thanks", "thanked", "follow", "followed", "called", "call",
        "emailed", "email", "reschedule", "rescheduled", "confirmed", "confirm", "prep", "prepare", "applied",
        "booked", "scheduling", "set", "wrote", "replied", "texted", "before", "after", "since",
    ]

    /// The interview's start from a line that names the interview and gives its day ("**Interview:**
    /// Wed Nov 18, 2:30 p.m.", "- [[2026-11-10]] Interview, 2pm, with Theo", "* Fri 20/11 11:00 —
    /// interview at the Stockport site"). `contextDay` dates a line that gives a time alone
    /// ("Interview at Fernhill at 2pm" in a journal page of that day).
    static func interviewStart(_ lines: [ProseLine], reference: LocalDate?, contextDay: LocalDate?,
                               order: DateOrder? = nil, noteOrder: DateOrder? = nil)
        -> (start: LocalDateTime, hasTime: Bool, line: ProseLine)? {
        var headingDay = contextDay
        var weekOf: LocalDate?
        // Every line that names the interview and a day is a candidate; the one that also gives a
        // time, and names the interview itself rather than "interviewing", wins (the first among equals).
        var best: (start: LocalDateTime, hasTime: Bool, line: ProseLine, score: Int)?
        // Under a heading that names the round ("## Screen", "## Onsite"), the first line opens
        // with its day and time: "Tue Nov 3, 2026, 12:00–12:30 — phone call with Chiara".
        var underRound = false
        // "Writing this on Tuesday, December 1, from memory.": the day the note was written, from
        // which "last Tuesday" counts back.
        var writtenOn: LocalDate?
        for line in lines where !line.isPlan && !line.text.hasPrefix("~~") {
            if !line.isHeading, line.words.contains(where: { $0 == "writing" || $0 == "written" || $0 == "recorded" }) {
                // "Writing this on …", "written up on …": of the note itself, not "a writing sample due Friday".
                for sentence in ProseLines.sentences(line.text) where ProseFacts.saysWhenWritten(words(sentence)) {
                    if let day = firstDay(String(sentence), reference: reference, order: order, noteOrder: noteOrder) { writtenOn = day }
                }
            }
            if underRound, !line.isHeading {
                underRound = false
                // A contact logged there ("2026-11-16 18:00 — thank-you email to Jane") is no start.
                if !line.words.contains(where: { $0.hasPrefix("thank") || SentenceContacts.contactVerbs.contains($0) }),
                   let found = leadingDateTime(line.text, reference: reference, order: order, noteOrder: noteOrder), found.hasTime,
                   best.map({ $0.score < 3 }) ?? true {
                    best = (found.start, true, line, 3)
                }
            }
            if line.isHeading, RoundReader.namesRound(line.text) || namesLogistics(line.words), !writesDay(line.text, reference: reference, order: order, noteOrder: noteOrder) {
                underRound = true
                continue
            }
            if line.isHeading, line.has(interviewWordSet), !line.words.contains(where: { $0 == "prep" || $0 == "before" || $0 == "questions" }),
               let found = leadingDateTime(line.text, reference: reference, order: order, noteOrder: noteOrder) {
                // "## Debrief — Mon 23 Nov 2026, interview 10:00–11:15": the heading gives the day and the time.
                if let minutes = found.hasTime ? found.start.minuteOfDay : firstTime(Tokenizer.tokens(line.text), from: 0),
                   best.map({ $0.score < 3 }) ?? true {
                    best = (LocalDateTime(date: found.start.date, hour: minutes / 60, minute: minutes % 60), true, line, 3)
                    continue
                }
            }
            // "# Gesprek Brouwer & Zonen — 19 november 2026, 10:00", "# Pikestaff int 11/23 2pm": a
            // title naming the interview in another language or in short, with its day and time.
            if line.isHeading, best == nil, !line.has(interviewWordSet),
               line.words.contains(where: titleInterviewWords.contains) || RoundReader.namesInterviewInShort(line.text),
               let found = dateAndTime(line.text, reference: reference, order: order, noteOrder: noteOrder) {
                best = (found, true, line, 3)
                continue
            }
            if line.isHeading || line.text.split(separator: " ").count <= 5 && !line.has(interviewWordSet) {
                // A journal's day heading ("## Wed 4 Nov 2026", "**Monday 2 November 2026**") dates the lines under it.
                // A heading that names the round and its day ("# Acme interview 2026-11-16") is a
                // candidate too; any other heading is not ("## Prep before the interview, Nov 14").
                let namesRound = line.isHeading && RoundReader.namesRound(line.text)
                // ("### Wed 18th" under "# Week of 16 November 2026": a day without its month counts from the one above.)
                if let day = leadingDateTime(line.text, reference: reference ?? headingDay, order: order, noteOrder: noteOrder)?.start.date {
                    headingDay = day
                    weekOf = day
                    if !namesRound { continue }
                }
                // "## Wednesday" under "# Week of 16 Nov 2026": that day of the week above.
                if line.isHeading, let week = weekOf, line.words.count == 1, let weekday = DateReader.weekdays[line.words[0]] {
                    headingDay = week.adding(days: (weekday - week.weekday + 7) % 7)
                    continue
                }
                if line.isHeading && !namesRound { continue }
            }
            let named = line.has(interviewWordSet) ? line.words.firstIndex(where: interviewWords.contains) : nil
            let appointment = named == nil ? appointmentWord(in: line) : nil
            guard let interviewAt = named ?? appointment else { continue }
            let words = line.words
            if words[..<interviewAt].contains(where: arrangementWords.contains) { continue }
            // "Thanks for the interview on Tuesday", "invited me to interview on …": near the interview's
            // word, not in another sentence of a long paragraph ("I need to send the thank-you tonight").
            if words[max(0, interviewAt - 10)..<min(words.count, interviewAt + 10)]
                .contains(where: { $0 == "invite" || $0 == "invited" || $0 == "invitation" || $0 == "thank" || $0 == "thanks" }) { continue }
            var tokens = Tokenizer.tokens(withoutLinkTargets(line.text))
            // "decision by Dec 4. If I'm through, final round…": the date there is the decision's.
            if let decision = tokens.firstIndex(where: { $0.word.map(startDecisionWords.contains) == true }) {
                tokens = Array(tokens[..<decision])
            }
            var date: LocalDate?
            var afterDate = 0
            var index = 0
            while index < tokens.count {
                let start = DateReader.skippingWeekday(tokens, at: index, reference: reference)
                if start < tokens.count, let (found, used) = DateReader.match(in: tokens, at: start, reference: reference, order: order, noteOrder: noteOrder).map({ ($0.date, $0.tokenCount) }) {
                    date = found
                    afterDate = start + used
                    break
                }
                index += 1
            }
            var timeFirst = date != nil && index > 0 ? timeBefore(tokens, dayAt: index) : nil
            // "The interview was last Tuesday at 2pm" in a sentence that writes no day: that weekday
            // before the day the note was written (on this line, above, or the page's).
            var countedBack = false
            if words.contains("last"), let back = lastWeekday(in: line.text, interviewWord: words[interviewAt], reference: reference, order: order,
                                                              noteOrder: noteOrder, writtenOn: writtenOn ?? headingDay) {
                date = back.date
                timeFirst = back.minutes
                countedBack = true
            }
            // "Yesterday afternoon I had my interview", counted from the page's day.
            if date == nil, let base = headingDay ?? writtenOn,
               let offset = relativeDay(Array(words[max(0, interviewAt - 6)..<min(words.count, interviewAt + 7)])) {
                date = base.adding(days: offset)
            }
            let minutes = countedBack ? timeFirst : firstTime(tokens, from: afterDate) ?? timeFirst ?? spelledTime(words)
            guard let day = date ?? (minutes != nil ? headingDay : nil) else { continue }
            let start = LocalDateTime(date: day, hour: (minutes ?? 0) / 60, minute: (minutes ?? 0) % 60)
            // An appointment line ranks below every line that names the interview.
            let score = (minutes != nil ? 2 : 0) + (words[interviewAt] == "interviewing" ? 0 : 1) + (date != nil ? 1 : 0) - (appointment != nil ? 10 : 0)
            if best.map({ score > $0.score }) ?? true { best = (start, minutes != nil, line, score) }
        }
        return best.map { ($0.start, $0.hasTime, $0.line) }
    }

    /// "## Logistics", "## When & where", "## Date and time": a heading over the interview's own
    /// day and time, which outranks a day another line gives of an earlier round.
    static func namesLogistics(_ words: [String]) -> Bool {
        let kept = words.filter { $0 != "and" && $0 != "&" }
        return kept == ["logistics"] || kept == ["when", "where"] || kept == ["date", "time"] || kept == ["time", "place"]
    }

    /// The first day written in the text.
    static func firstDay(_ text: String, reference: LocalDate?, order: DateOrder?, noteOrder: DateOrder?) -> LocalDate? {
        let tokens = Tokenizer.tokens(text)
        for index in tokens.indices {
            let start = DateReader.skippingWeekday(tokens, at: index, reference: reference)
            if start < tokens.count, let found = DateReader.match(in: tokens, at: start, reference: reference, order: order, noteOrder: noteOrder) {
                return found.date
            }
        }
        return nil
    }

    /// "last Tuesday" in the sentence of `text` that holds the interview's word, when that sentence
    /// writes no day of its own: the Tuesday before `writtenOn` (a week before, on a Tuesday), and
    /// the sentence's time.
    static func lastWeekday(in text: String, interviewWord: String, reference: LocalDate?, order: DateOrder?, noteOrder: DateOrder?,
                            writtenOn: LocalDate?) -> (date: LocalDate, minutes: Int?)? {
        guard let writtenOn else { return nil }
        for sentence in ProseLines.sentences(text) {
            let sentenceWords = words(sentence)
            guard sentenceWords.contains(interviewWord) else { continue }
            guard let last = sentenceWords.indices.dropLast().first(where: { sentenceWords[$0] == "last" && DateReader.weekdayNames[sentenceWords[$0 + 1]] != nil }),
                  let weekday = DateReader.weekdayNames[sentenceWords[last + 1]],
                  !writesDay(String(sentence), reference: reference, order: order, noteOrder: noteOrder) else { return nil }
            let back = (writtenOn.weekday - weekday + 7) % 7
            let tokens = Tokenizer.tokens(String(sentence))
            return (writtenOn.adding(days: -(back == 0 ? 7 : back)), firstTime(tokens, from: 0) ?? spelledTime(sentenceWords))
        }
        return nil
    }

    /// The first day written in the text that a time follows ("19 november 2026, 10:00").
    static func dateAndTime(_ text: String, reference: LocalDate?, order: DateOrder?, noteOrder: DateOrder?) -> LocalDateTime? {
        let tokens = Tokenizer.tokens(text)
        for index in tokens.indices {
            let start = DateReader.skippingWeekday(tokens, at: index, reference: reference)
            guard start < tokens.count,
                  let found = DateReader.match(in: tokens, at: start, reference: reference, order: order, noteOrder: noteOrder) else { continue }
            var probe = start + found.tokenCount
            while probe < tokens.count, tokens[probe].isPunctuation(",") || tokens[probe].isWord("at", "om", "um") { probe += 1 }
            guard let minutes = time(tokens, at: probe) else { return nil }
            return LocalDateTime(date: found.date, hour: minutes / 60, minute: minutes % 60)
        }
        return nil
    }

    /// Whether a day is written anywhere in the text.
    static func writesDay(_ text: String, reference: LocalDate?, order: DateOrder?, noteOrder: DateOrder?) -> Bool {
        let tokens = Tokenizer.tokens(text)
        return tokens.indices.contains { DateReader.match(in: tokens, at: $0, reference: reference, order: order, noteOrder: noteOrder) != nil }
    }

    /// The text without the targets of its Markdown links (`[a couple of weeks ago](/2026/10/30/first-call/)`):
    /// a date in an address is not one the sentence says.
    static func withoutLinkTargets(_ text: String) -> String {
        guard text.byteRange(of: "](") != nil else { return text }
        var result = ""
        var rest = Substring(text)
        while let open = rest.byteRange(of: "](") {
            result += rest[..<open.lowerBound] + "]"
            let after = rest[open.upperBound...]
            guard let close = after.firstIndex(of: ")") else { rest = after; break }
            rest = after[after.index(after: close)...]
        }
        return result + rest
    }

    /// A line that names the interview and gives its day without a year ("* Fri 20/11 11:00 —
    /// interview at the Stockport site"), in a note with nothing to take the year from.
    static func yearlessStart(_ lines: [ProseLine]) -> ProseLine? {
        let someYear = LocalDate(year: 2001, month: 1, day: 1)
        for line in lines where !line.isPlan && line.has(interviewWordSet) {
            let tokens = line.tokens
            // "Interview yesterday at Lantern & Quill": a day counted from one the note never gives.
            if let at = line.words.firstIndex(where: interviewWords.contains),
               relativeDay(Array(line.words[max(0, at - 6)..<min(line.words.count, at + 7)])) != nil {
                return line
            }
            for index in tokens.indices {
                let start = DateReader.skippingWeekday(tokens, at: index, reference: someYear)
                if start < tokens.count, DateReader.match(in: tokens, at: start, reference: someYear) != nil {
                    return line
                }
            }
        }
        return nil
    }

    /// The first line that writes a day the reader could not take as the interview's: a year
    /// ("24-Nov-2026", "6 November 2026"), or a month's name beside a number ("Nov 19").
    static func unplacedDate(_ lines: [ProseLine]) -> ProseLine? {
        lines.first { line in
            guard !line.isPlan else { return false }
            let tokens = line.tokens
            for (index, token) in tokens.enumerated() {
                switch token.kind {
                case .isoDate, .dotDate: return true
                case .slashDate(_, _, let year): if year != nil { return true }
                case .number(let value, _, let digits): if digits == 4, (1990...2099).contains(value) { return true }
                case .word(let word):
                    guard DateReader.months[word] != nil else { continue }
                    let near = tokens[max(0, index - 2)..<min(tokens.count, index + 3)]
                    if near.contains(where: { $0.number != nil }) { return true }
                default: continue
                }
            }
            return false
        }
    }

    /// "yesterday" is the day before the page's, "today" / "this morning" its own.
    static func relativeDay(_ words: [String]) -> Int? {
        if words.contains("yesterday") { return -1 }
        if words.contains("today") || words.contains("tonight") { return 0 }
        for (index, word) in words.enumerated().dropLast() where word == "this" {
            if ["morning", "afternoon", "evening"].contains(words[index + 1]) { return 0 }
        }
        return nil
    }

    static let durationWords: Set<String> = ["hour", "hours", "hrs", "minutes", "mins", "days", "weeks", "of"]

    static let hourWords: [String: Int] = ["one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
                                           "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12]

    /// "at two o'clock" (in the afternoon when the line says so), "at noon", British "half ten"
    /// and "half past ten" (10:30; "half two" is 14:30, as no one is met at half past two at night).
    static func spelledTime(_ words: [String]) -> Int? {
        if words.contains("noon") || words.contains("midday") { return 12 * 60 }
        let afternoon = words.contains("afternoon") || words.contains("evening") || words.contains("pm")
        // The hour on a 24-hour clock: in the afternoon when the line says so; "half" and
        // "quarter" before an hour up to six without "morning" are in the afternoon too.
        func hour24(_ hour: Int, smallIsLate: Bool) -> Int {
            let late = afternoon || smallIsLate && hour <= 6 && !words.contains("morning") && !words.contains("am")
            return late && hour < 12 ? hour + 12 : hour
        }
        // "quarter past two" (14:15), "quarter to ten" (9:45).
        for (index, word) in words.enumerated().dropLast(2) where word == "quarter" && (words[index + 1] == "past" || words[index + 1] == "to") {
            guard let hour = hourWords[words[index + 2]] else { continue }
            let minutes = hour24(hour, smallIsLate: true) * 60
            return words[index + 1] == "past" ? minutes + 15 : minutes - 15
        }
        for (index, word) in words.enumerated().dropLast() where word == "half" {
            let at = words[index + 1] == "past" && index + 2 < words.count ? index + 2 : index + 1
            guard let hour = hourWords[words[at]] ?? Int(words[at]).flatMap({ (1...12).contains($0) ? $0 : nil }) else { continue }
            // "half ten hours" or "half 3 days" is no time.
            if at + 1 < words.count, durationWords.contains(words[at + 1]) { continue }
            return hour24(hour, smallIsLate: true) * 60 + 30
        }
        for (index, word) in words.enumerated().dropFirst() where word == "o'clock" || word == "o’clock" {
            // "Interview was at two o'clock": no interview is at two at night.
            guard let hour = hourWords[words[index - 1]] else { continue }
            return hour24(hour, smallIsLate: true) * 60
        }
        return nil
    }

    static let startDecisionWords: WordSet = ["decision", "decide", "decides", "decided", "deadline", "timeline", "timeframe"]

    /// The first time of day from `start`, read as the start of a range when the range gives its
    /// half of the day once at its end: "3:00–4:00 p.m." is 15:00, "3–4pm" is 15:00, "11am–1pm" 11:00.
    static func firstTime(_ tokens: [Token], from start: Int) -> Int? {
        var index = start
        while index < tokens.count {
            if let minutes = time(tokens, at: index) { return minutes }
            index += 1
        }
        return nil
    }

    /// Whether the number at `index` is an hour as French and German write it: "à 14h", "um 14 Uhr".
    @inline(__always) static func hourMarkFollows(_ tokens: [Token], _ index: Int) -> Bool {
        guard index + 1 < tokens.count else { return false }
        let next = tokens[index + 1]
        return next.isWord("uhr") || next.isWord("h") && next.offset == tokens[index].offset + tokens[index].length
    }

    static let zoneWords: WordSet = ["utc", "gmt", "cet", "cest", "bst", "est", "edt", "cst", "cdt", "mst", "mdt", "pst",
                                     "pdt", "ist", "aest", "aedt", "et", "pt", "ct"]

    /// "at 3pm on Monday 11/16/2026": the time written just before the day it is on (only "on"
    /// and commas between them), nil for any other.
    static func timeBefore(_ tokens: [Token], dayAt: Int) -> Int? {
        var index = dayAt - 1
        while index >= 0, tokens[index].isWord("on") || tokens[index].isPunctuation(",") { index -= 1 }
        // "at 10:00 CET on …": the zone written after the time.
        if index >= 1, let zone = tokens[index].word, zoneWords.contains(zone) { index -= 1 }
        guard index >= 0 else { return nil }
        // The time is one token ("3pm", "15:00") or an hour and its mark ("14 Uhr").
        if let minutes = time(tokens, at: index), case .time = tokens[index].kind { return minutes }
        if index >= 1, let minutes = time(tokens, at: index - 1), hourMarkFollows(tokens, index - 1) { return minutes }
        return nil
    }

    /// The time at `index`: a time, or the hour that opens a range ("3–4pm").
    static func time(_ tokens: [Token], at index: Int) -> Int? {
        guard index < tokens.count else { return nil }
        let begin: Int
        var isTime = false
        switch tokens[index].kind {
        case .number(12, false, _) where index + 1 < tokens.count && tokens[index + 1].isWord("noon", "midday"):
            // "Mon 16/11/2026 12 noon".
            return 12 * 60
        case .word(let word) where word == "noon" || word == "midday":
            return 12 * 60
        case .number(let value, false, let digits) where digits <= 2 && value <= 23 && index > 0 && tokens[index - 1].isWord("om", "um"):
            // "om 10.00 uur", "um 14.30 Uhr", "om 10 uur": the 24-hour clock after Dutch and German "at".
            if let dotted = DateReader.dottedTime(tokens, at: index) { return dotted }
            if hourMarkFollows(tokens, index) || index + 1 < tokens.count && tokens[index + 1].isWord("uur") { return value * 60 }
            return nil
        case .number(let value, false, let digits) where digits <= 2 && value <= 23 && hourMarkFollows(tokens, index):
            return value * 60
        case .time(let minutes):
            // "Interview at 2:00": written h:mm with no am or pm, an hour from 1 to 6 is in the
            // afternoon (a 24-hour clock writes 02:00, and nobody interviews at night).
            begin = minutes >= 60 && minutes < 7 * 60 && tokens[index].length == 4 ? minutes + 12 * 60 : minutes
            isTime = true
        case .number(let value, false, let digits) where digits <= 2 && value >= 1 && value <= 12:
            // "at 10.30", as British notes write the time.
            if index > 0, tokens[index - 1].isWord("at"), let dotted = DateReader.dottedTime(tokens, at: index) {
                return dotted >= 60 && dotted < 7 * 60 ? dotted + 12 * 60 : dotted
            }
            begin = value * 60
        default:
            return nil
        }
        var next = index + 1
        if next < tokens.count, tokens[next].isPunctuation("-") || tokens[next].isPunctuation("–")
            || tokens[next].isPunctuation("—") || tokens[next].isWord("to") {
            next += 1
            if next < tokens.count, case .time(let end) = tokens[next].kind {
                // Read in the morning, the start would be more than half a day before the end: it is pm too.
                if begin < 12 * 60, end >= 12 * 60, begin + 12 * 60 <= end { return begin + 12 * 60 }
                if begin < end || isTime { return begin }
            }
        }
        return isTime ? begin : nil
    }

    /// A line whose key gives the time (`**Duration:** 60 min, 3:00–4:00 p.m.`, `Time: 14:00`).
    static func keyedTime(_ lines: [ProseLine]) -> (minutes: Int, line: ProseLine)? {
        for line in lines where !line.isPlan {
            guard let colon = line.text.firstIndex(of: ":"), line.text.distance(from: line.text.startIndex, to: colon) <= 24 else { continue }
            let key = Markup.key(Markup.plain(String(line.text[..<colon])))
            guard ["time", "duration", "when", "slot", "starttime", "timeslot", "schedule"].contains(key) else { continue }
            if let minutes = firstTime(Tokenizer.tokens(String(line.text[line.text.index(after: colon)...])), from: 0) {
                return (minutes, line)
            }
        }
        return nil
    }

    /// A line near the top that opens with a time ("11am, two 45-minute blocks, their Hudson Yards
    /// office"): the interview's time in a note whose day comes from its creation date or name.
    static func openingTime(_ lines: [ProseLine], before limit: Int) -> (minutes: Int, line: ProseLine)? {
        for line in lines.prefix(12) where !line.isPlan && !line.isHeading && line.line < limit {
            if line.words.contains(where: arrangementWords.contains) { continue }
            let tokens = line.tokens
            var index = 0
            while index < tokens.count, tokens[index].kind.isPunctuation { index += 1 }
            guard index < tokens.count, case .time = tokens[index].kind, let minutes = firstTime(tokens, from: index) else { continue }
            return (minutes, line)
        }
        return nil
    }

    /// A date in a file name: `2026-11-18-acme.md`, Logseq's `2026_11_18.md`.
    static func fileNameDate(_ name: String) -> LocalDate? {
        let base = name.split(separator: "/").last.map(String.init) ?? name
        let scalars = Array(base.unicodeScalars)
        guard scalars.count >= 10 else { return nil }
        for start in 0...(scalars.count - 10) {
            func number(_ from: Int, _ count: Int) -> Int? {
                var value = 0
                for scalar in scalars[from..<(from + count)] {
                    guard ("0"..."9").contains(scalar) else { return nil }
                    value = value * 10 + Int(scalar.value - 48)
                }
                return value
            }
            let separator = scalars[start + 4]
            guard separator == "-" || separator == "_" || separator == ".", scalars[start + 7] == separator,
                  start == 0 || !("0"..."9").contains(scalars[start - 1]),
                  start + 10 == scalars.count || !("0"..."9").contains(scalars[start + 10]),
                  let year = number(start, 4), let month = number(start + 5, 2), let day = number(start + 8, 2),
                  year >= 1900 else { continue }
            if let date = LocalDate(year: year, month: month, day: day) { return date }
        }
        return nil
    }

    /// Lines that talk about a thank-you or a card but were not read as a log entry or a card:
    /// a rule that would say "none" turns its finding into an info that quotes the line.
    static func mentions(_ lines: [ProseLine], placed: Set<Int>) -> [Mention] {
        var result: [Mention] = []
        var underThankYouHeading = false
        var inThankYouCallout = false
        for line in lines where !line.isPlan {
            // A callout's short title (`> [!todo] Thank yous`) is a heading over the callout's lines.
            if line.isHeading || line.isCalloutHeading {
                // Lines under "## Thank-you notes" speak of thank-yous without the word.
                let thanks = line.words.contains { $0.hasPrefix("thank") }
                if line.isHeading { underThankYouHeading = thanks } else { inThankYouCallout = thanks }
                continue
            }
            if inThankYouCallout, !line.isQuote { inThankYouCallout = false }
            let underThanks = underThankYouHeading || inThankYouCallout
            if placed.contains(line.line) {
                // A contact read whole may thank in words the log's reader does not take for a
                // thank-you ("e-mail aan Sanne: bedankt …", "ty email to both"): "none yet" is then unsure.
                if line.has(mentionWords) || line.text.byteRange(of: "ty ") != nil,
                   line.words.contains(where: { foreignThanks.contains($0) || $0 == "ty" }) {
                    result.append(Mention(kind: .thankYou, text: line.text, range: line.range, words: line.words))
                }
                continue
            }
            // "sent it at 9:15 … Recapped the wastage tracking": a message sent that recaps the talk.
            let sentRecap = line.has(sentRecapWords) && line.words.contains("sent") && line.words.contains(where: { $0.hasPrefix("recap") })
            guard underThanks || sentRecap || line.has(mentionWords) else { continue }
            let words = line.words
            // "No thank-you to Ivy yet": a line that says none went is no sign that one did.
            // ("No reply to my thank-you yet" says one went: only "no" right before the thanks, or a
            // verb of sending denied, counts.)
            let deniesThanks = !sentRecap && !SentenceContacts.toldUnsentThenSent(line.text) && words.indices.contains { index in
                let word = words[index], next = index + 1 < words.count ? words[index + 1] : ""
                if word == "no" { return next.hasPrefix("thank") }
                guard ["never", "haven't", "hasn't", "didn't", "forgot"].contains(word) else { return false }
                return words[(index + 1)...].prefix(3).contains { ["send", "sent", "write", "written", "wrote"].contains($0) || $0.hasPrefix("thank") }
            }
            if !deniesThanks, underThanks || sentRecap || words.contains(where: { $0.hasPrefix("thank") || foreignThanks.contains($0) })
                || line.text.utf8.starts(with: "TY ".utf8) {
                // "I emailed him a thank-you": any interviewer may be the one meant, so the line
                // makes "none yet" unsure for each (`Mention.names` takes "them" for everyone).
                let pronoun = sentRecap || words.contains { $0 == "him" || $0 == "her" }
                result.append(Mention(kind: .thankYou, text: line.text, range: line.range, words: pronoun ? words + ["them"] : words))
            }
            if words.contains("card") || words.contains("cards") || words.contains(where: InterviewerReader.isCardWord) {
                result.append(Mention(kind: .card, text: line.text, range: line.range, words: words))
            }
            if words.contains(where: ["call", "called", "rang", "phoned", "voicemail"].contains) {
                result.append(Mention(kind: .followUp, text: line.text, range: line.range, words: words))
            }
            if words.contains(where: ["decide", "decides", "decided", "decision", "timeline", "timeframe", "hear"].contains),
               // "Forgot to ask about timeline" is no answer the reader missed: there is none.
               !(words.contains(where: { $0 == "ask" || $0 == "asked" }) && TimeframeReader.saysNotAsked(line.text)) {
                result.append(Mention(kind: .timeframe, text: line.text, range: line.range, words: words))
            }
        }
        return result
    }
}

extension ProseFacts {
    /// A value that opens with a day, perhaps a time, then other words: "11/16/2026 9:00 AM, 2nd
    /// floor", "Wed Nov 18, 2:30 p.m. — onsite". The day must come within the first few tokens.
    static func leadingDateTime(_ text: String, reference: LocalDate? = nil, order: DateOrder? = nil,
                                noteOrder: DateOrder? = nil) -> (start: LocalDateTime, hasTime: Bool)? {
        let tokens = Tokenizer.tokens(text)
        var index = 0
        // Within its first four words: marks do not count ("**yesterday**, Tue 1 Dec 2026").
        var words = 0
        while index < tokens.count, words < 4 {
            defer { index += 1 }
            if case .punctuation = tokens[index].kind { continue }
            words += 1
            let start = DateReader.skippingWeekday(tokens, at: index, reference: reference)
            if start < tokens.count, let (date, used) = DateReader.match(in: tokens, at: start, reference: reference, order: order, noteOrder: noteOrder).map({ ($0.date, $0.tokenCount) }) {
                var probe = start + used
                // "19.11.2026, ore 15:00", "16.11.2026 um 14:00": the word for "at" in other languages too.
                while probe < tokens.count, tokens[probe].isPunctuation(",") || tokens[probe].isWord("at", "um", "om", "ore")
                        || tokens[probe].isWord("alle") { probe += 1 }
                if let minutes = time(tokens, at: probe) {
                    return (LocalDateTime(date: date, hour: minutes / 60, minute: minutes % 60), true)
                }
                return (LocalDateTime(date: date), false)
            }
        }
        return nil
    }
}

extension ProseFacts {
    /// The earliest ISO date written anywhere in the note (front matter included): the year for
    /// days written without one ("Wed 11/4"), counted forward from it.
    static func earliestISODate(_ bytes: [UInt8]) -> LocalDate? {
        var best: LocalDate?
        var index = 0
        let digit = { (byte: UInt8) in byte >= 0x30 && byte <= 0x39 }
        while index + 10 <= bytes.count {
            if bytes[index] == 0x32, bytes[index + 4] == 0x2D, bytes[index + 7] == 0x2D,
               (index == 0 || !digit(bytes[index - 1])),
               [1, 2, 3, 5, 6, 8, 9].allSatisfy({ digit(bytes[index + $0]) }) {
                func number(_ from: Int, _ count: Int) -> Int {
                    bytes[(index + from)..<(index + from + count)].reduce(0) { $0 * 10 + Int($1 - 0x30) }
                }
                if let date = LocalDate(year: number(0, 4), month: number(5, 2), day: number(8, 2)) {
                    if best.map({ date < $0 }) ?? true { best = date }
                }
                index += 10
                continue
            }
            index += 1
        }
        return best
    }

    /// A line near the top that opens with a day and a time ("- Thu 2026.11.19, 1:30pm – 4:00pm",
    /// "**ma 02.11.2026 · 14:00** · Wilhelminakade"): in a note about one interview, its start.
    /// Only lines before `limit` (the first log entry) and among the first dozen of the body.
    static func openingDateLine(_ lines: [ProseLine], reference: LocalDate?, before limit: Int,
                                order: DateOrder? = nil, noteOrder: DateOrder? = nil)
        -> (start: LocalDateTime, hasTime: Bool, line: ProseLine)? {
        for line in lines.prefix(12) where !line.isPlan && line.line < limit {
            let words = line.words
            if words.contains(where: arrangementWords.contains) { continue }
            let tokens = Tokenizer.tokens(line.text)
            var index = 0
            while index < tokens.count, case .punctuation = tokens[index].kind { index += 1 }
            // A day-of-week word in another language ("ma", "Jeudi") may stand first.
            if index < tokens.count, tokens[index].word != nil, index + 1 < tokens.count,
               DateReader.match(in: tokens, at: index, reference: reference, order: order, noteOrder: noteOrder).map({ ($0.date, $0.tokenCount) }) == nil {
                index = DateReader.skippingWeekday(tokens, at: index, reference: reference)
                if index < tokens.count, tokens[index].word != nil, DateReader.match(in: tokens, at: index, reference: reference, order: order, noteOrder: noteOrder).map({ ($0.date, $0.tokenCount) }) == nil { index += 1 }
            }
            while index < tokens.count, case .punctuation = tokens[index].kind { index += 1 }
            guard index < tokens.count, let (date, used) = DateReader.match(in: tokens, at: index, reference: reference, order: order, noteOrder: noteOrder).map({ ($0.date, $0.tokenCount) }) else { continue }
            var probe = index + used
            while probe < tokens.count, tokens[probe].kind.isPunctuation || tokens[probe].isWord("at") { probe += 1 }
            guard let minutes = time(tokens, at: probe) else { continue }
            return (LocalDateTime(date: date, hour: minutes / 60, minute: minutes % 60), true, line)
        }
        return nil
    }
}

extension ProseFacts {
    /// The time a value opens with ("14:00", "1:00 PM", "9:30 a.m., in the lobby").
    static func leadingTime(_ text: String) -> Int? {
        for token in Tokenizer.tokens(text).prefix(3) {
            if case .time(let minutes) = token.kind { return minutes }
            if case .punctuation = token.kind { continue }
            return nil
        }
        return nil
    }
}

extension Token.Kind {
    var isPunctuation: Bool {
        if case .punctuation = self { return true }
        return false
    }
}

extension ProseFacts {
    /// Words of a heading that name no company: "Job hunt journal", "Work Search Log — Fall 2026", "About".
    static let genericTitleWords: Set<String> = [
        "job", "jobs", "hunt", "hunting", "search", "journal", "log", "logs", "notes", "note", "about", "work", "application",
        "applications", "tracker", "tracking", "diary", "review", "weekly", "week", "fall", "spring", "summer", "autumn",
        "winter", "meeting", "call", "prep", "preparation", "questions", "follow", "up", "followup", "todo", "tasks",
        "overview", "summary", "details", "info", "debrief", "readme", "index", "home", "inbox", "draft", "template",
        "timeline", "status", "people", "contacts", "company", "role", "position", "offer", "salary", "negotiation", "my",
        "the", "a", "and", "of", "for", "new", "career", "careers", "background", "research", "entry", "record", "page",
        "noon", "midday", "midnight", "parent", "back", "today", "tomorrow", "yesterday", "morning", "afternoon", "evening",
    ]
    static let nameConnectors: Set<String> = ["of", "and", "&", "for", "the", "de", "du", "des", "la", "le", "von", "van", "der", "den", "y", "e", "+"]

    /// Words for the interview in a title, in the languages notes are written in.
    /// Words after which an interview's firm or people follow: "Interview with …", "Entretien chez …",
    /// "Vorstellungsgespräch bei …", "Entrevista en …", "Sollicitatiegesprek bij …".
    static let interviewPrepositions: Set<String> = ["with", "at", "chez", "avec", "bei", "mit", "en", "con", "na", "no", "com", "bij", "met"]

    /// Whether the words open with an interview word and one of `interviewPrepositions`.
    static func opensWithInterview(_ words: [String]) -> Bool {
        guard words.count >= 3, interviewPrepositions.contains(words[1]) else { return false }
        let first = words[0]
        return first == "interview" || first == "onsite" || titleInterviewWords.contains(first) || interviewWords.contains(first) && first.count > 9
    }

    static let titleInterviewWords: Set<String> = ["entretien", "entrevista", "vorstellungsgespräch", "gesprek", "colloquio", "intervju", "haastattelu",
                                                   "sollicitatiegesprek", "sollicitatie", "entrevue"]

    /// The first day of the month a title names with its year ("Journal — November 2026"): the
    /// days of a journal written without them ("Thursday, the twelfth") count from it.
    static func titleMonth(_ title: String) -> LocalDate? {
        guard title.byteRange(of: "20") != nil else { return nil }
        let tokens = Tokenizer.tokens(title)
        for index in tokens.indices.dropLast() {
            guard let word = tokens[index].word, let month = DateReader.months[word],
                  case .number(let year, false, 4) = tokens[index + 1].kind, (2000...2099).contains(year) else { continue }
            return LocalDate(year: year, month: month, day: 1)
        }
        return nil
    }

    /// "24th", "1st", "2nd", "3rd": a day of the month written as an ordinal.
    static func isOrdinalDay(_ word: String) -> Bool {
        let digits = word.prefix { $0.isNumber }
        guard (1...2).contains(digits.count) else { return false }
        return ["st", "nd", "rd", "th"].contains(word.dropFirst(digits.count).quickLowercased())
    }

    /// The company in a note's title: "Nordwind Logistics - Senior Backend Engineer", "Quayside
    /// Freight — onsite interview", "Interview Log: Calloway Rail Systems - Signalling Engineer",
    /// "Interview Notes — Westbrook University, IT Project Manager II", "Job hunt journal —
    /// Marlow Analytics", "Entretien Sérac Systèmes — …", "Lantern & Quill interview". The
    /// first part that names no interview, date, role or generic page is taken; nil when none is.
    static func companyFromTitle(_ title: String) -> String? {
        var text = Markup.plain(Markup.unescaped(title))
        // "Interview Log: Calloway …": what follows a label.
        // (A label's colon is followed by a space: the one in "9:30am" is no label's.)
        if let colon = text.byteRange(of: ": "), words(text[..<colon.lowerBound]).contains(where: { interviewWords.contains($0) || $0 == "notes" || $0 == "log" }) {
            text = String(text[colon.upperBound...])
        }
        // "Interview with Tobias Lind, Kestrel Systems": the firm follows the person the interview was with.
        if let company = ProsePeople.companyAfterPerson(inTitle: text) { return company }
        // "Interview — Orla Finnegan @ Tidewell Media": what follows the "@" is the firm, not who was met.
        if let at = text.byteRange(of: " @ "), let company = companyFromTitle(String(text[at.upperBound...])) { return company }
        let separators = [" — ", " – ", " - ", " | ", " @ ", " · ", " • ", ": "]
        var parts = [text]
        for separator in separators {
            parts = parts.flatMap { $0.components(separatedBy: separator) }
        }
        for part in parts {
            for piece in part.split(separator: ",") {
                if let name = companyName(String(piece)) { return name }
            }
        }
        return nil
    }

    /// "9:30am", "3pm", "14:00", "10.30": a time written as one word.
    static func isClockTime(_ word: String) -> Bool {
        var digits = Substring(word)
        for suffix in ["a.m.", "p.m.", "am", "pm", "h"] where digits.hasSuffix(suffix) {
            digits = digits.dropLast(suffix.count)
            break
        }
        return !digits.isEmpty && digits.first!.isNumber && digits.allSatisfy { $0.isNumber || $0 == ":" || $0 == "." }
            && (digits.count <= 2 ? digits.count < word.count : true)
    }

    /// A part of a title as a company's name: its interview words and trailing role words taken
    /// off ("Fairhaven Media Senior Product Designer" is Fairhaven Media); nil for a role, a date,
    /// an interview or a generic page.
    static func companyName(_ text: String) -> String? {
        var text = text
        // "Thornbury Analytics (Data Engineer) interview": what is in brackets is the role or a remark.
        while let open = text.firstIndex(of: "(") {
            let close = text[open...].firstIndex(of: ")").map { text.index(after: $0) } ?? text.endIndex
            text.removeSubrange(open..<close)
        }
        // An emoji or a ticket's key before the name ("🚀 Zephyrine Aerospace", "[PJH-42] Pellucid
        // Systems") is no word of it.
        var names = text.trimmingWhitespace().split(separator: " ").drop { piece in
            !piece.contains { $0.isLetter || $0.isNumber }
                || piece.hasPrefix("[") && !piece.hasPrefix("[[") && piece.hasSuffix("]") && piece.contains(where: \.isNumber)
        }.map(String.init)
        func lower(_ word: String) -> String { words(Substring(word)).first ?? "" }
        // "Interview at X", "Onsite @ X", "Entretien X", "Interview notes X"
        while names.count > 1, let first = names.first,
              interviewWords.contains(lower(first)) || titleInterviewWords.contains(lower(first))
                || ["at", "@", "with", "notes", "log",
                    // "Bewerbung Hafenwerk Logistik", "Candidature Lumière Conseil": the application's firm.
                    "bewerbung", "candidature", "candidatura"].contains(lower(first)) {
            names.removeFirst()
        }
        // "Acme interview 2026-11-16", "… Thu 12 Nov 2026 at 3pm": the day after the name is no part of it.
        func isDayWord(_ word: String) -> Bool {
            let low = lower(word)
            return word.allSatisfy { $0.isNumber || "-/.:,".contains($0) } && word.contains(where: \.isNumber)
                || isOrdinalDay(String(word.filter { $0 != "," && $0 != "." }))
                || DateReader.monthNames[low] != nil || DateReader.weekdayNames[low] != nil
                || ["at", "on", "am", "pm"].contains(low) || isClockTime(word.quickLowercased())
        }
        while names.count > 1, let last = names.last, isDayWord(last) { names.removeLast() }
        while let last = names.last, interviewWords.contains(lower(last)) || titleInterviewWords.contains(lower(last)) { names.removeLast() }
        // A run of role words closes the name.
        if let cut = names.indices.dropFirst().first(where: { index in
            ProsePeople.titleWords.contains(lower(names[index]))
                && names[index...].allSatisfy { ProsePeople.titleWords.contains(lower($0)) || ["of", "and", "&", "ii", "iii", "i"].contains(lower($0)) || $0.first?.isUppercase == true }
        }) {
            names = Array(names[..<cut])
        }
        let candidate = names.joined(separator: " ").trimmingWhitespace()
        let lowered = words(Substring(candidate))
        // A firm's name is written in capitals but for its small words ("Great call with Acme" is
        // a sentence, "The Shard" a place).
        guard names.first != "The", names.allSatisfy({ word in
            word.first.map { $0.isUppercase || $0.isNumber || !$0.isLetter } == true || nameConnectors.contains(word.quickLowercased())
        }) else { return nil }
        guard !lowered.isEmpty, lowered.count <= 6, candidate.first?.isUppercase == true,
              !lowered.contains(where: { interviewWords.contains($0) || $0 == "notes" || $0 == "log" || $0 == "background" }),
              !lowered.allSatisfy({ genericTitleWords.contains($0) || $0.allSatisfy(\.isNumber)
                  || DateReader.monthNames[$0] != nil || DateReader.weekdayNames[$0] != nil }),
              !ProsePeople.hasTitleWord(Substring(candidate)),
              lowered.contains(where: { $0.count >= 3 && !$0.allSatisfy(\.isNumber) }),
              leadingDateTime(candidate) == nil else { return nil }
        return candidate
    }

    /// The company a note names where no key gives it: its title (a heading, a bold or short
    /// first line), a role written "Product Designer at Fairhaven Media", a sentence
    /// "interview at Saltmarsh Logistics" or "[[Wrenfield Bio]] interview", or the alias of a
    /// Dendron parent link (`[[Karsten Maritime|job.karsten-maritime]]` in `job.karsten-maritime.onsite.md`).
    static func company(title: String?, lines readLines: () -> [ProseLine], role: String?, fileName: String?) -> String? {
        // A title that names it needs no prose read.
        if let title, let company = companyFromTitle(title) { return company }
        if let role, let at = role.byteRange(of: " at "), let company = companyName(String(role[at.upperBound...])) { return company }
        let lines = readLines()
        var heading: String?
        if title == nil, let first = lines.first(where: { !$0.isPlan }), !first.isListItem || isOutlineRoot(first, in: lines) {
            // An outline's page tags (`#[[job search]]`, `#interview`) are no part of its title.
            let text = first.text.byteRange(of: " #").map { String(first.text[..<$0.lowerBound]) } ?? first.text
            if first.isHeading || text.hasPrefix("**") || text.hasPrefix("__")
                // A remark in brackets after the title does not make it a sentence ("Pinecrest Mutual —
                // Claims Analyst (interview Wed Nov 4, 2026, 3:00 PM, 610 Ledger St)").
                || !first.continued && !text.hasSuffix(".") && ((text.hasSuffix(")") ? text.byteRange(of: " (").map { text[..<$0.lowerBound] } : nil)
                                                                ?? Substring(text)).split(separator: " ").count <= 9
                   && text.byteRange(of: "[[") == nil && !startsWithKey(text) {
                heading = text
            }
        }
        if let heading, let company = companyFromTitle(heading) { return company }
        for line in lines where !line.isPlan && line.has(interviewWordSet) {
            if let company = companyInSentence(line.text) { return company }
        }
        if let fileName, let company = dendronParent(lines, fileName: fileName) { return company }
        return nil
    }

    /// The first item of an outline that is the whole note (Roam, Logseq), the rest nested under
    /// it: the page's title, written as a bullet.
    static func isOutlineRoot(_ first: ProseLine, in lines: [ProseLine]) -> Bool {
        guard first.isListItem, lines.count > 2, let next = lines.dropFirst().first else { return false }
        return next.isListItem && next.column > first.column && lines.dropFirst().allSatisfy { !$0.isListItem || $0.column > first.column }
    }

    /// `Parent: …`, `Status:: …`: a key line, no title.
    static func startsWithKey(_ text: String) -> Bool {
        guard let colon = text.firstIndex(of: ":") else { return false }
        let key = text[..<colon]
        return key.count <= 24 && !key.contains(" ") && key.allSatisfy { $0.isLetter || $0 == "-" || $0 == "_" }
    }

    /// "interview at Saltmarsh Logistics", "Interview yesterday at Lantern & Quill Books",
    /// "interview at [[Acme]]", "[[Wrenfield Bio]] interview": the name after "at" (capitalised,
    /// "&" and "of" inside it) or the link before the interview word.
    static func companyInSentence(_ text: String) -> String? {
        let pieces = text.split(separator: " ", omittingEmptySubsequences: true)
        for (index, piece) in pieces.enumerated() {
            let word = words(piece).first ?? ""
            guard interviewWords.contains(word) else { continue }
            // "[[Wrenfield Bio]] interview"
            if index > 0, piece.first?.isLetter == true, pieces[index - 1].hasSuffix("]]") {
                var start = index - 1
                while start > 0, !pieces[start].hasPrefix("[[") { start -= 1 }
                let link = pieces[start..<index].joined(separator: " ")
                if link.hasPrefix("[["), let name = companyName(Markup.plain(link)) { return name }
            }
            // "interview (yesterday|this morning)? at X"; "interview with X" only when X ends as a
            // firm's name does ("with Pelham Wick Architects"), as "with" mostly names a person.
            var at = index + 1
            while at < pieces.count, at <= index + 3, words(pieces[at]).first != "at", words(pieces[at]).first != "with" { at += 1 }
            guard at < pieces.count, at <= index + 3, pieces[at] == "at" || pieces[at] == "with" else { continue }
            let withFirm = pieces[at] == "with"
            var name: [String] = []
            var next = at + 1
            while next < pieces.count, name.count < 6 {
                var value = String(pieces[next])
                let closes = value.hasSuffix(",") || value.hasSuffix(".") || value.hasSuffix(";") || value.hasSuffix(":") || value.hasSuffix(")")
                while let last = value.last, ",.;:)".contains(last) { value.removeLast() }
                let plain = Markup.plain(value)
                if plain.first?.isUppercase == true || !name.isEmpty && ["&", "of", "and", "+"].contains(plain) {
                    name.append(plain)
                } else {
                    break
                }
                if closes { break }
                next += 1
            }
            while let last = name.last, ["&", "of", "and", "+"].contains(last) { name.removeLast() }
            if withFirm, !ProsePeople.endsAsFirm(name.joined(separator: " ")) { continue }
            if !name.isEmpty, let company = companyName(name.joined(separator: " ")) { return company }
        }
        return nil
    }

    /// A Dendron note's parent link: `[[Karsten Maritime|job.karsten-maritime]]` in
    /// `job.karsten-maritime.onsite.md` names the application the note belongs to.
    static func dendronParent(_ lines: [ProseLine], fileName: String) -> String? {
        let base = String((fileName.split(separator: "/").last ?? "").dropLast(fileName.hasSuffix(".md") ? 3 : 0))
        guard base.utf8.contains(UInt8(ascii: ".")) else { return nil }
        for line in lines.prefix(12) where line.text.byteRange(of: "|") != nil {
            var rest = Substring(line.text)
            while let open = rest.byteRange(of: "[["), let close = rest[open.upperBound...].byteRange(of: "]]") {
                let inner = rest[open.upperBound..<close.lowerBound]
                rest = rest[close.upperBound...]
                guard let bar = inner.firstIndex(of: "|") else { continue }
                let alias = String(inner[..<bar]).trimmingWhitespace()
                let target = String(inner[inner.index(after: bar)...]).trimmingWhitespace()
                guard target.utf8.contains(UInt8(ascii: ".")), base.byteRange(of: target + ".") != nil else { continue }
                if let company = companyName(alias) { return company }
            }
        }
        return nil
    }
}

extension ProseFacts {
    /// Stems of every decision cue, as written in lower or title case: a note without any of
    /// them holds no timeframe in prose, and its lines need not be read for one.
    static let decisionStems = StemSet(["ecid", "ecis", "hear", "et back", "ack to", "know", "imeline", "imeframe", "ext step",
                                           "nswer", " news", "eedback", "in touch", "erdict", "ake a call", "etour",
                                           "innen", "iming", "xt week", "xt month", "ithin ", "y the end", "y end of",
                                           // (Stems whose first two bytes are rare: each pair found costs a look at every stem.)
                                           "'ll call", "'ll confirm", "otif", "ll inform",
                                           // French, Spanish, Portuguese, German and Dutch labels and verbs.
                                           "élai", "azo", "écid", "écis", "scheid", "sluit", "eslis", "éponse", "ückmeld",
                                           "elden sich", "eldet sich", "elden uns", "weten", "aten het", "aat het", "e avis", "e contest",
                                           // A line that opens with it: "Hear back by Friday."
                                           "Hear",
                                           "rcle back", "spondem", "sponder", "'ici", "’ici", "ntwort", "spuesta", "sposta",
                                           // "at the latest" whose verb is not one of the stems above ("Sie werden sich spätestens Freitag melden").
                                           "pätestens", "uiterlijk", "plus tard", "más tardar",
                                           "ell me by", "ell me within", "ell us by", "ell us within", "ell everyone by",
                                           // Italian "faranno sapere", "farà sapere" ("decisione", "risposta" are above).
                                           "nno sapere", "à sapere"])

    static func mayMentionDecision(_ bytes: [UInt8]) -> Bool { containsStem(bytes, decisionStems) }

    /// Stems of the words that speak of interviews and hiring, in lower or title case (and in a
    /// few other languages): a note with none of them is no interview note, whatever its shape.
    static let interviewStems = StemSet(["nterview", "nterveiw", "ntervew", "nteview", "nterivew", "ntreview", "ntvw", "nsite", "n-site", "creen", "ecruit", "iring", "uperday",
                                            " round", " Round", "hank-you", "esume", "ésumé", " CV", "usiness card",
                                            "ntretien", "ntrevista", "olloquio", "ollicitati", "orstellungsgespr",
                                            "espräch", "ebenslauf",
                                            // An application in German, French and Spanish ("Bewerbung Hafenwerk", "Candidature …").
                                            "ewerbung", "ndidatur",
                                            "面接", "面试", "인터뷰", "обеседован"])

    static func speaksOfInterviews(_ bytes: [UInt8]) -> Bool { containsStem(bytes, interviewStems) }

    /// A note that never says "interview" but tells every step of one (Apple Notes: "Card: yes",
    /// "Left resume: yes", "Timeframe: …", "thank-you email to Rosalind"): a card, a resume or
    /// CV, a decision's timing and a thank-you, each on some line. A coffee chat tells fewer.
    static func tellsEveryStep(_ lines: [ProseLine]) -> Bool {
        var card = false, resume = false, timing = false, thanks = false
        for line in lines.prefix(80) where !line.isPlan {
            for word in line.words {
                switch word {
                case "card", "cards": card = true
                case "resume", "résumé", "cv": resume = true
                case "timeframe", "timeline", "decide", "decision", "deciding": timing = true
                default: if word.hasPrefix("thank") { thanks = true }
                }
            }
            if card && resume && timing && thanks { return true }
        }
        return false
    }

    /// Whether a word of interviews stands on a line that is not an open task: a daily note's
    /// "- [ ] Interview prep for Thursday" plans an interview, it records none.
    static func speaksOfInterviewsOutsidePlans(_ source: SourceText) -> Bool {
        firstLine(of: source.bytes, withStemOf: interviewStems) { line in
            let trimmed = line.drop { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") || $0 == UInt8(ascii: ">") }
            return !["- [ ]", "* [ ]", "+ [ ]", "TODO ", "- TODO "].contains { trimmed.starts(with: $0.utf8) }
        }
    }

    /// Whether the note is the writer interviewing someone else: a title about a candidate, a
    /// `Candidate:` line, or a hiring verdict ("lean hire", "hire / no hire"). A job seeker's
    /// notes say "the other candidates" in prose, never these.
    static func interviewsACandidate(_ source: SourceText, title: String?) -> Bool {
        if let title {
            let words = ProseFacts.words(Substring(title.quickLowercased()))
            if words.contains(where: { $0 == "candidate" || $0 == "candidates" }) { return true }
            // A team's own meeting (a sync, a stand-up, minutes) that speaks of the candidates: the
            // interviews are the team's to hold.
            if isMeetingTitle(words), firstLine(of: source.bytes, withStemOf: candidateStems, where: { bytes in
                ProseFacts.words(Substring(String(decoding: bytes, as: UTF8.self).quickLowercased())).contains("candidates")
            }) {
                return true
            }
        }
        return firstLine(of: source.bytes, withStemOf: candidateStems) { bytes in
            let line = String(decoding: bytes, as: UTF8.self)
            let isHeading = line.drop { $0 == " " }.hasPrefix("#")
            var flat = line.quickLowercased().filter { $0 != "*" && $0 != "_" }[...]
            flat = flat.drop { $0 == " " || $0 == "-" || $0 == "#" || $0 == "|" }
            if flat.hasPrefix("candidate:") || flat.hasPrefix("candidate name:") || flat.hasPrefix("candidate |") { return true }
            if ["lean hire", "strong hire", "hire / no hire", "hire/no hire", "no-hire"].contains(where: { flat.byteRange(of: $0) != nil }) {
                return true
            }
            if isHeading, flat.hasPrefix("scorecard") || flat.hasPrefix("score card") { return true }
            // "Hiring plan: we will interview two candidates" in a meeting note; not a recruiter
            // quoted ("she said they're interviewing other candidates").
            return flat.byteRange(of: "candidates") != nil
                && ["we will interview", "we'll interview", "we're interviewing", "we are interviewing", "we interview",
                    "we need to interview", "i'm interviewing", "i am interviewing", "i will interview"].contains(where: { flat.byteRange(of: $0) != nil })
                && !["said", "told", "\"", "“"].contains(where: { flat.byteRange(of: $0) != nil })
        }
    }

    /// The companies of the first tracker table's company column, lowercased, and its first cell
    /// as written: one scan of the note, whose answer serves `trackedCompanies` and `soleTrackedCompany`.
    struct TrackerCompanies {
        var names: Set<String>
        var first: Located<String>?
    }

    /// A title that names a team's meeting and no interview: "Platform weekly sync", "Stand-up
    /// notes", "Minutes of the staff meeting".
    static func isMeetingTitle(_ words: [String]) -> Bool {
        // A word of the job seeker's side ("Recruiter sync", "30 minutes with the hiring manager")
        // makes it their own meeting.
        guard !words.contains(where: { interviewWords.contains($0) || titleInterviewWords.contains($0) || jobWords.contains($0) })
        else { return false }
        return words.indices.contains { index in
            meetingTitleWords.contains(words[index])
                // "30 minutes with …" is a length of time.
                && !(words[index] == "minutes" && index > 0 && words[index - 1].allSatisfy(\.isNumber))
                // "stand-up", "all-hands" are split at the hyphen.
                || index + 1 < words.count && (words[index] == "stand" && words[index + 1] == "up" || words[index] == "all" && words[index + 1] == "hands")
                || words[index] == "meeting" && index > 0 && ["team", "staff", "department", "weekly", "monthly", "board"].contains(words[index - 1])
        }
    }
    static let meetingTitleWords: Set<String> = ["sync", "standup", "minutes", "retro", "retrospective", "huddle", "townhall"]

    /// A job-tracker table ("| Company | Role | Stage | Applied |", a row per application): the
    /// number of companies in its rows when two or more differ, else nil.
    static func trackedCompanies(_ companies: TrackerCompanies?) -> Int? {
        guard let companies, companies.names.count >= 2 else { return nil }
        return companies.names.count
    }

    /// The one firm a tracker table's Company or Employer column names in all its rows ("| 11/17 |
    /// Pinecrest Credit Union | phone screen |", a weekly log of one application), with its first cell.
    static func soleTrackedCompany(_ companies: TrackerCompanies?) -> Located<String>? {
        guard let companies, companies.names.count == 1 else { return nil }
        return companies.first
    }

    /// The tracker table's companies (`TrackerCompanies`). Only a line that holds a company
    /// column's stem and a pipe is read as a table.
    static func trackerCompanies(_ source: SourceText) -> TrackerCompanies? {
        var found: TrackerCompanies?
        _ = firstLine(of: source.bytes, withStemOf: trackerStems) { header in
            guard header.contains(UInt8(ascii: "|")) else { return false }
            var lines: [(line: Int, column: Int, text: Substring)] = []
            var line = 1 + source.bytes[..<header.startIndex].lazy.filter { $0 == 0x0A }.count
            var start = header.startIndex
            while start < source.bytes.count {
                var end = start
                while end < source.bytes.count, source.bytes[end] != 0x0A { end += 1 }
                let bytes = source.bytes[start..<end]
                guard bytes.contains(UInt8(ascii: "|")) else { break }
                lines.append((line, 1, Substring(String(decoding: bytes, as: UTF8.self))))
                line += 1
                start = end + 1
            }
            guard let table = PipeTable(lines: lines), table.keys.count >= 3,
                  let column = table.column(trackerCompanyColumns) else { return false }
            var companies = Set<String>()
            var first: Located<String>?
            for row in table.rows where column < row.cells.count {
                let written = Markup.plain(row.cells[column].text)
                let name = written.quickLowercased()
                if !name.isEmpty, name != "—", name != "-" {
                    companies.insert(name)
                    if first == nil { first = Located(written, row.cells[column].range) }
                }
            }
            guard !companies.isEmpty else { return false }
            found = TrackerCompanies(names: companies, first: first)
            return true
        }
        return found
    }

    static let trackerStems = StemSet(["ompan", "OMPAN", "mployer", "MPLOYER", "rganisation", "rganization"])
    static let trackerCompanyColumns: Set<String> = ["company", "companies", "employer", "organisation", "organization", "firm"]

    /// Words before "interview" in a title that make it no job interview ("Informational interview
    /// — Dr. Hana Kobayashi", "Podcast interview", "Sprint 47 — user interviews synthesis").
    /// Not "research" or "customer": "UX Research interview", "Customer Success interview" are job interviews.
    static let noJobInterviewWords: Set<String> = ["informational", "info", "podcast", "user", "usability", "discovery", "press", "radio",
                                                   // A rehearsal with a friend ("Mock interview practice log"), and
                                                   // the one at the job being left ("Exit interview — Northgate").
                                                   "mock", "practice", "practise", "exit"]
    static let researchInterviewWords: Set<String> = ["customer", "research", "stakeholder", "expert", "client"]

    /// Whether the note is about an interview that is no job interview: its title qualifies the
    /// interview so, or a line says so ("Not a job interview, just catching up").
    static func isNoJobInterview(_ source: SourceText, title: String?) -> Bool {
        if let title {
            let words = ProseFacts.words(Substring(title.quickLowercased()))
            for index in words.indices.dropFirst() where words[index] == "interview" || words[index] == "interviews" {
                if noJobInterviewWords.contains(words[index - 1]) { return true }
                // "Interview practice with Jordan", "interview rehearsal".
                if index + 1 < words.count, ["practice", "practise", "rehearsal", "rehearsals"].contains(words[index + 1]) { return true }
                // "Research sync — customer interviews": a team's many interviews of customers are research;
                // one "Customer Success interview" is still a job's.
                if words[index] == "interviews", researchInterviewWords.contains(words[index - 1]) { return true }
            }
        }
        // "Five 45-minute user interviews with new sign-ups": a team's research, in a note that names no job.
        if studiesInterviews(source.bytes) { return true }
        var media = false, seen = false
        let said = firstLine(of: source.bytes, withStemOf: noJobInterviewStems) { bytes in
            seen = true
            let line = String(decoding: bytes, as: UTF8.self).quickLowercased()
            // Not "not a real interview, just a chat with the hiring manager": that is still about the job.
            if line.byteRange(of: "not a job interview") != nil || line.byteRange(of: "n't a job interview") != nil { return true }
            // "Guest: Dr. …" or "her interview on the radio": the interview is the show's.
            let flat = line.filter { $0 != "*" && $0 != "_" }.drop { $0 == " " || $0 == "-" || $0 == ">" }
            let words = ProseFacts.words(Substring(line))
            if flat.hasPrefix("guest:") || flat.hasPrefix("guests:")
                // A guest badge at reception is no show's: a line's "guest" alone says nothing.
                || words.contains(where: { mediaWords.contains($0) && $0 != "guest" && $0 != "guests" })
                && words.contains(where: interviewWords.contains) { media = true }
            return false
        }
        if said { return true }
        // "Interview at BBC Radio Leeds", "Interview for the Radio 4 producer role": a job at the station.
        let lowerTitle = title?.quickLowercased() ?? ""
        if lowerTitle.byteRange(of: "interview at") != nil || lowerTitle.byteRange(of: "interview for") != nil { return false }
        if seen, ProseFacts.words(Substring(lowerTitle)).contains(where: mediaWords.contains) { media = true }
        // A "## Show notes" heading or a `show-notes` tag: the note is an episode's, whatever its guest says of hiring.
        if seen, hasShowNotesHeading(source.bytes) { return true }
        // A show's guest, a relative on the radio: an interview of the media, in a note that
        // names no job at all (a hotel's "guest complaints" stand beside a role and a resume).
        guard media else { return false }
        let words = Set(ProseFacts.words(Substring(String(decoding: source.bytes, as: UTF8.self).quickLowercased())))
        return !words.isDisjoint(with: mediaWords) && words.isDisjoint(with: jobWords)
    }
    /// Interviews in the plural that are research ("user interviews", "customer interviews") in a
    /// note without a word of a job: a study's log, not a candidate's.
    static func studiesInterviews(_ bytes: [UInt8]) -> Bool {
        let text = String(decoding: bytes, as: UTF8.self).quickLowercased()
        guard text.byteRange(of: " interviews") != nil else { return false }
        let words = ProseFacts.words(Substring(text))
        var studied = false
        for index in words.indices.dropFirst() where words[index] == "interviews" {
            let before = words[index - 1]
            if researchInterviewWords.contains(before) || before == "user" || before == "usability" || before == "discovery" { studied = true }
        }
        if studied && !words.contains(where: jobWords.contains) { return true }
        // A study's log in its own words (participants, a moderator, incentives), where a word such as
        // "screen" or "like a job interview" is the study's: only a candidate's own words make it a job's.
        let signals = Set(words.filter(studyWords.contains)).count
        return signals >= 3 && !words.contains(where: candidateWords.contains)
    }

    static let studyWords: Set<String> = ["participant", "participants", "moderator", "moderated", "notetaker", "study", "incentive",
                                          "usability", "synthesis", "readout", "uxr", "recruited", "consent", "screener"]
    /// Words only a candidate's note holds.
    static let candidateWords: Set<String> = ["resume", "résumé", "cv", "recruiter", "recruiters", "hiring", "salary", "vacancy",
                                              "candidate", "candidates", "interviewer", "interviewers", "onsite", "application",
                                              "applied", "lebenslauf", "bewerbung", "offer", "portfolio", "employer"]

    /// Whether a heading is "Show notes" or "Episode notes", or a tag line holds `show-notes`.
    static func hasShowNotesHeading(_ bytes: [UInt8]) -> Bool {
        for line in String(decoding: bytes, as: UTF8.self).split(whereSeparator: \.isNewline) where line.first == "#" || line.hasPrefix("tags") {
            let lower = line.quickLowercased()
            if line.first == "#" {
                var text = lower.drop { $0 == "#" || $0 == " " }
                while text.last == " " { text = text.dropLast() }
                if text == "show notes" || text == "episode notes" { return true }
            } else if lower.byteRange(of: "show-notes") != nil || lower.byteRange(of: "shownotes") != nil { return true }
        }
        return false
    }
    /// The phrase of `isNoJobInterview`, then the stems of its media words (their rarer bytes).
    static let noJobInterviewStems = StemSet([" a job interview", "odcast", "pisode", "adio", "Guest", "guest", "roadcast", "isteners",
                                              "ewspaper", "ournalist"])
    static let mediaWords: Set<String> = ["podcast", "episode", "radio", "guest", "guests", "broadcast", "listeners", "newspaper",
                                          "journalist"]
    /// Words of a job and of applying for one, in the languages the reader knows: a note with one
    /// of them may be a job interview's whatever else it speaks of.
    static let jobWords: Set<String> = [
        "job", "jobs", "role", "roles", "position", "resume", "résumé", "cv", "recruiter", "recruiters", "recruiting", "recruitment",
        "hiring", "hire", "hired", "application", "applied", "apply", "offer", "salary", "vacancy", "opening", "candidate",
        "candidates", "career", "careers", "employer", "onsite", "screen", "screening", "interviewer", "interviewers", "panel",
        "manager", "engineer", "developer", "designer", "analyst", "lebenslauf", "bewerbung", "stelle", "poste", "candidature",
        "puesto", "vaga", "vacature", "sollicitatie",
    ]

    /// Whether a line holding one of `stems` passes `test`; only the lines that hold one are looked at.
    static func firstLine(of bytes: [UInt8], withStemOf stems: StemSet, where test: (ArraySlice<UInt8>) -> Bool) -> Bool {
        var tested = Set<Int>()
        return firstStem(in: bytes, stems) { buffer, index in
            var start = index
            while start > 0, buffer[start - 1] != 0x0A { start -= 1 }
            guard tested.insert(start).inserted else { return false }
            var end = index
            while end < buffer.count, buffer[end] != 0x0A { end += 1 }
            return test(bytes[start..<end])
        }
    }

    /// Stems of `interviewsACandidate`'s words, each starting at a rarer letter than its word does.
    static let candidateStems = StemSet(["ndidate", "NDIDATE", " hire", "-hire", "corecard", "core card"])

    static func containsStem(_ bytes: [UInt8], _ stems: StemSet) -> Bool {
        firstStem(in: bytes, stems) { _, _ in true }
    }

    /// The same on a string's own bytes (no array copied out of it).
    static func containsStem(_ text: String, _ stems: StemSet) -> Bool {
        var text = text
        return text.withUTF8 { firstStem(in: $0, stems) { _, _ in true } }
    }

    /// Whether `found` accepts an occurrence of one of `stems` (the text and where the stem starts),
    /// in one pass over the text: a position is passed over on one look-up of its two bytes.
    static func firstStem(in bytes: [UInt8], _ stems: StemSet, _ found: (UnsafeBufferPointer<UInt8>, Int) -> Bool) -> Bool {
        bytes.withUnsafeBufferPointer { firstStem(in: $0, stems, found) }
    }

    static func firstStem(in buffer: UnsafeBufferPointer<UInt8>, _ stems: StemSet, _ found: (UnsafeBufferPointer<UInt8>, Int) -> Bool) -> Bool {
        stems.pairs.withUnsafeBufferPointer { pairs in
            stems.keys.withUnsafeBufferPointer { keys in
                guard buffer.count >= 2 else { return false }
                for index in 0..<(buffer.count - 1) {
                    let key = Int(buffer[index]) << 8 | Int(buffer[index + 1])
                    guard pairs[key >> 6] & (1 << UInt64(key & 63)) != 0 else { continue }
                    // Pairs such as "in" and "he" are common: the stems are told apart by their
                    // keys (sorted: the first with this key is found by halving) before any is compared.
                    var low = 0, high = keys.count
                    while low < high {
                        let middle = (low + high) >> 1
                        if keys[middle] < key { low = middle + 1 } else { high = middle }
                    }
                    for which in low..<keys.count {
                        if keys[which] != key { break }
                        let stem = stems.stems[which]
                        guard index + stem.count <= buffer.count, (2..<stem.count).allSatisfy({ buffer[index + $0] == stem[$0] }) else { continue }
                        if found(buffer, index) { return true }
                    }
                }
                return false
            }
        }
    }
}

/// Stems to look for in a text, with a bit for each pair of bytes one of them starts with.
struct StemSet {
    let stems: [[UInt8]]
    /// 65,536 bits, one for each pair of bytes.
    let pairs: [UInt64]
    /// Each stem's first two bytes, as an index into `pairs`.
    let keys: [Int]

    init(_ strings: [String]) {
        precondition(strings.allSatisfy { $0.utf8.count >= 2 }, "a stem of one byte would need no pair")
        // In the order of their first two bytes, so that those of one pair stand together.
        stems = strings.map { Array($0.utf8) }.sorted { (Int($0[0]) << 8 | Int($0[1])) < (Int($1[0]) << 8 | Int($1[1])) }
        var pairs = [UInt64](repeating: 0, count: 1024)
        for stem in stems {
            precondition(stem.count >= 2, "a stem of one byte would need no pair")
            let key = Int(stem[0]) << 8 | Int(stem[1])
            pairs[key >> 6] |= 1 << UInt64(key & 63)
        }
        self.pairs = pairs
        keys = stems.map { Int($0[0]) << 8 | Int($0[1]) }
    }
}
