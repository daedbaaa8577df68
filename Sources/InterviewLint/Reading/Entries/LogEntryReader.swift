import Foundation

/// Reads one follow-up log entry: its date and time, channel, direction, kind, and whether a
/// thank-you recaps the conversation and reiterates interest; its people through `EntryPeople`,
/// their names matched through the context's `NameMatcher`.
enum LogEntryReader {
    /// Channel words; the one written first wins ("Handwritten thank-you note" is paper,
    /// "Called Jane; she asked me to email" is a call).
    static let channelWords = WordMap<LogEntry.Channel>([
        "email": .email, "emailed": .email, "emailing": .email, "e": .email, "mail": .email, "emails": .email,
        "calls": .call, "letters": .paper, "texts": .text,
        "call": .call, "called": .call, "calling": .call, "phone": .call, "phoned": .call,
        "voicemail": .call, "rang": .call, "vm": .call,
        "handwritten": .paper, "hand": .paper, "letter": .paper, "postcard": .paper, "card": .paper, "cards": .paper,
        "mailed": .paper,
        "text": .text, "texted": .text, "sms": .text, "whatsapp": .text,
        "linkedin": .linkedin,
        "met": .inPerson, "person": .inPerson, "coffee": .inPerson, "lunch": .inPerson,
        // German, French, Spanish and Dutch notes (words of ASCII letters: the tables hold no others).
        "telefon": .call, "anruf": .call, "angerufen": .call, "telephone": .call, "appel": .call,
        "llamada": .call, "gebeld": .call, "correo": .email, "courriel": .email,
        "bedankmail": .email, "dankesmail": .email, "mailtje": .email, "llame": .call, "llamo": .call, "appele": .call,
        "appelee": .call, "rappele": .call, "rappelee": .call, "messagerie": .call,
        // Portuguese.
        "liguei": .call, "ligou": .call, "telefonei": .call, "ligacao": .call,
        // French letters ("deux lettres de remerciement manuscrites postées").
        "lettre": .paper, "lettres": .paper, "manuscrite": .paper, "manuscrites": .paper, "manuscrit": .paper,
        // Polish ("zadzwoniłam do Agnieszki", as the tokenizer folds it).
        "zadzwonilam": .call, "zadzwonilem": .call,
        // Italian ("telefonata a Chiara", "ho chiamato Marco", "Marco mi ha richiamato").
        "telefonata": .call, "telefonato": .call, "chiamata": .call, "chiamato": .call, "richiamato": .call,
        "richiamata": .call, "l'email": .email, "un'email": .email, "l'e": .email, "un'e": .email,
    ])

    /// Words of thanks in German, Spanish, French and Dutch notes ("remerci…" is matched by its stem).
    static let foreignThanks: WordSet = ["danke", "dankes", "dank", "dankesmail", "dankesschreiben", "gracias",
                                         "agradecimiento", "agradecimento", "agradecer", "merci", "bedankje", "bedankmail"]

    /// The channel of an emoji people use for one. A switch: a dictionary keyed by scalars cost a
    /// scan of every protocol conformance in the binary the first time, at every start.
    static func channelEmoji(_ mark: Unicode.Scalar) -> LogEntry.Channel? {
        switch mark.value {
        case 0x1F4E7, 0x2709, 0x1F4E8, 0x1F4E9, 0x1F4E4: .email
        case 0x1F4DE, 0x260E, 0x1F4F2: .call
        case 0x1F4AC: .text
        default: nil
        }
    }

    static let stopWords = WordSet([
        "email", "emailed", "e-mail", "call", "called", "calling", "phone", "phoned", "voicemail", "left", "sent",
        "send", "wrote", "texted", "text", "sms", "message", "messaged", "thank", "thanks", "thanked", "you",
        "handwritten", "hand-written", "hand", "note", "card", "letter", "postcard", "follow", "followed", "following",
        "recap", "recapped", "reiterated", "reply", "replied", "response", "responded", "linkedin", "in", "met",
        "meeting", "coffee", "lunch", "interview", "onsite", "they", "she", "he", "we", "i", "my", "our", "their",
        "the", "a", "an", "and", "also", "re", "fwd", "subject", "got", "received", "heard", "no", "yes", "still",
        "waiting", "mailed", "dropped", "checked", "check", "checking", "asked", "said", "told", "offer", "rejected",
        "rejection", "declined", "accepted", "notes", "next", "second", "round", "final", "recruiter", "today",
        "tomorrow", "yesterday", "morning", "afternoon", "evening", "ok", "connected", "connection", "request",
        "update", "status", "quick", "short", "brief", "personal", "separate", "individual", "reached", "pinged",
        "ping", "via", "by", "to", "from", "with", "for", "on", "at", "about", "after", "before", "per", "mentioned",
        "discussed", "talked", "including", "attached", "portfolio", "resume", "cv", "team", "whatsapp", "rang",
        "good", "great", "nice", "thank-you", "follow-up", "vm", "no answer", "answered", "busy", "out", "office",
        "re:", "sms", "it", "this", "that", "that's", "then", "but", "so", "if", "as", "of", "is", "was", "will",
        "would", "did", "do", "does", "not", "what", "when", "who", "how", "hr", "hi", "hello", "dear", "mr", "ms",
        "mrs", "dr", "mx", "prof", "both", "all", "each", "everyone", "panel", "tried", "try", "again", "one", "more", "week",
        "weeks", "day", "days", "he's", "she's", "they're", "i'm", "i've", "let", "waited", "wait", "need", "needs",
        "email:", "in-person", "person", "online", "video", "zoom", "teams", "slack", "post", "sms:", "thankyou",
        "inbound", "outbound", "incoming", "outgoing", "ask", "tell", "remind", "forward", "share", "thanking",
    ] + DateReader.monthNames.keys + DateReader.weekdayNames.keys)

    static let noWords = WordSet([String]())

    /// Words that make a contact incoming when they follow a name ("Jane replied") or open it.
    static let incomingVerbs: WordSet = [
        "replied", "responded", "wrote", "emailed", "called", "texted", "phoned", "messaged", "answered",
        "reached", "rang", "thanked", "got",
    ]

    /// What every entry of a note is read against. A class: it is handed to the reader of every
    /// entry and to the closures inside it, and a struct of this many arrays and tables was
    /// copied (each reference retained and released) on the way.
    final class Context {
        let people: [Interviewer]
        let companyWords: WordSet
        let interviewDay: LocalDate?
        /// Matches the names written in the note to `people`.
        let names: NameMatcher
        /// The one interviewer who is no recruiter, when there is exactly one: an entry that
        /// names nobody is with them.
        let onlyInterviewer: Int?
        /// The configured order of numeric dates, and the one the note's own dates show.
        let dateOrder: DateOrder?
        let noteOrder: DateOrder?

        /// The interview's time of day, when written: a "1:30" after a morning interview is the afternoon.
        let interviewMinute: Int?
        /// Interviewers' name words that are also words the log is made of ("May", "June", "Will"):
        /// capitalised, they are the person.
        let namesAmongStopWords: WordSet
        /// Interviewers' name words in a script without capitals ("佐藤", "花子"): a name in the log
        /// is found by its spelling, not by a capital letter.
        let caselessNameWords: Set<String>
        /// Interviewers' hyphenated name words ("hye-jin", "hyun-woo"): "Hye-jin" in the log is
        /// the person, where "Mid-morning" is no name.
        let hyphenatedNames: Set<String>

        init(people: [Interviewer], companyWords: WordSet, interviewDay: LocalDate?, maxNameDistance: Int,
             dateOrder: DateOrder? = nil, noteOrder: DateOrder? = nil, interviewMinute: Int? = nil) {
            self.people = people
            self.interviewMinute = interviewMinute
            self.companyWords = companyWords
            self.interviewDay = interviewDay
            names = NameMatcher(people: people, maxNameDistance: maxNameDistance)
            // From the matcher's lowercased words: most notes have neither kind, and pay one look a word.
            var stopped: [String] = []
            var caseless = Set<String>(), hyphenated = Set<String>()
            for words in names.nameWords {
                for word in words {
                    if word.hasByte(UInt8(ascii: "-")) { hyphenated.insert(String(word)) }
                    if let first = word.utf8.first, first >= 0xE2 {
                        if word.unicodeScalars.first.map({ !$0.properties.changesWhenCaseMapped && $0.properties.isAlphabetic }) == true {
                            caseless.insert(String(word))
                        }
                    } else if LogEntryReader.stopWords.contains(Word(word)) {
                        stopped.append(String(word))
                    }
                }
            }
            namesAmongStopWords = stopped.isEmpty ? LogEntryReader.noWords : WordSet(stopped)
            caselessNameWords = caseless
            hyphenatedNames = hyphenated
            self.dateOrder = dateOrder
            self.noteOrder = noteOrder
            var only: Int?, count = 0
            for index in people.indices where !people[index].isRecruiter {
                only = index
                count += 1
            }
            onlyInterviewer = people.count == 1 ? 0 : count == 1 ? only : nil
        }
    }

    /// "thank" typed with one slip ("thnak-you"), where the slip is no other word ("than", "tank").
    static let thankSlips: WordSet = ["tahnk", "thnak", "thakn", "thak", "thnk", "tahnks", "thnaks", "thansk"]

    /// "check in" and its forms: a follow-up.
    static let checkInPhrases = PhraseList([["check", "in"], ["checked", "in"], ["checking", "in"]])
    /// Phrases that show a thank-you recaps the conversation.
    static let recapPhrases = PhraseList([
        ["talked", "about"], ["talk", "about"], ["conversation", "about"], ["discussion", "about"], ["discussion"],
        ["discussed"], ["mentioned"], ["referenced"], ["followed", "up", "on"], ["chat", "about"],
        ["back", "over"], ["went", "over"], ["talked", "again", "about"], ["talked", "more", "about"], ["picked", "up", "on"], ["brought", "up"], ["touched", "on"], ["referred", "to"], ["what", "we"],
        ["we", "talked"], ["we", "discussed"], ["question", "about"], ["questions", "about"],
        ["hearing", "about"], ["learning", "about"], ["walking", "me", "through"], ["walked", "me", "through"],
        ["showing", "me"], ["showed", "me"],
        ["aufgegriffen"], ["besprochen"], ["comentamos"], ["hablamos"], ["besproken"],
        ["zusammengefasst"], ["zusammenfassung"], ["repasamos"], ["samengevat"], ["samenvatting"],
        // "the valuation we had talked through"; Dutch "teruggeblikt op", "aangehaald"; Polish
        // "podsumowanie"; Italian "riassunto", "ripreso", "riepilogo"; Portuguese "resumi", "retomei".
        ["talked", "through"], ["went", "through"], ["had", "talked"], ["teruggeblikt"], ["aangehaald"],
        ["teruggekomen"], ["podsumowanie"], ["riassunto"], ["ripreso"], ["resumi"], ["retomei"],
        ["riepilogo"], ["riepilogato"], ["ricapitolato"], ["discusso"],
        ["recalled"], ["reminded", "them", "of"], ["reminded", "her", "of"], ["reminded", "him", "of"],
    ])
    /// Recaps in words outside ASCII, which no phrase list holds ("Rückblick auf das Konzept",
    /// "récapitulé"): looked for in the text of a thank-you that has a byte outside ASCII.
    static let recapSpellings = ["rückblick", "récapitul", "repasé", "résumé de", "rappelé notre", "rappelé la", "wróciłem do", "wróciłam do", "podsumował"]

    static func saysRecapOutsideASCII(_ text: String) -> Bool {
        // Each spelling has ü, é, ó or ł, which only they and Ü, É, Ó, Ł lowercase to: a text
        // without one of those eight (a name with ø, å or ë) holds none.
        guard text.utf8.withContiguousStorageIfAvailable({ bytes in
            bytes.indices.dropLast().contains { index in
                switch (bytes[index], bytes[index + 1]) {
                case (0xC3, 0xBC), (0xC3, 0x9C), (0xC3, 0xA9), (0xC3, 0x89), (0xC3, 0xB3), (0xC3, 0x93), (0xC5, 0x82), (0xC5, 0x81): true
                default: false
                }
            }
        }) ?? true else { return false }
        let lower = text.quickLowercased()
        return recapSpellings.contains { lower.byteRange(of: $0) != nil }
    }
    /// How people say they still want the job, besides "reiterated interest".
    static let interestPhrases = ["love to", "want the job", "want the role", "want the position", "want to join",
                                  "still want", "really want", "would love", "i'd love", "still very interested",
                                  "still wanted", "really wanted", "wanted the job", "wanted the role", "wanted the position",
                                  "want this job", "want this role", "how much i want", "how much i'd love",
                                  "want the apprenticeship", "want the internship", "want the post", "glad to join", "happy to join",
                                  "delighted to join", "glad to be part of", "happy to be part of",
                                  "motivated", "motivé", "thrilled", "can't wait", "looking forward", "passionate about",
                                  "excited", "keen", "eager", "interested", "like the job", "like the role",
                                  "like to join", "like to work", "like to be on", "like to be part of", "want to be part of",
                                  "exactly what i'm looking for", "exactly what i’m looking for", "just what i'm looking for",
                                  "just what i’m looking for", "exactly what i've been looking for",
                                  "honored to", "honoured to",
                                  "intéressé", "intéressée", "geïnteresseerd", "geinteresseerd", "interesado", "interesada",
                                  "interessiert", "interessado", "interessada", "motivée", "mon intérêt", "mon interet", "m'intéresse",
                                  "mon envie de rejoindre",
                                  // Polish: "bardzo zależy mi na tej pracy", "potwierdziłem zainteresowanie".
                                  "zależy mi", "mi zależy", "zainteresowanie", "zainteresowany", "zainteresowana",
                                  // As a pasted message's body says it ("Message: … reiterated interest.").
                                  "reiterated interest", "reiterated my interest", "reiterating interest",
                                  "reiterating my interest", "reaffirmed my interest", "reaffirmed interest"]

    /// Whether the text says so, unless the sentence says it was left out ("forgot to say I still
    /// want the job"). Found only when the word-level pass did not: most thank-yous say "Reiterated interest".
    static func saysInterest(_ text: String, in phrases: [String] = interestPhrases) -> Bool {
        for sentence in ProseLines.sentences(text) {
            let lower = sentence.quickLowercased()
            guard phrases.contains(where: { lower.containsWholeWords($0) }) || ForeignInterest.says(lower) else { continue }
            if ["forgot", "didn't", "did not", "without", "left out", "no mention", "no longer", "not interested", "esqueci"]
                .contains(where: { lower.byteRange(of: $0) != nil }) { continue }
            return true
        }
        return false
    }

    /// Words that say a thing was not done.
    static let negations: WordSet = ["never", "not", "didn't", "haven't", "hadn't", "forgot", "without", "meant",
                                     "need", "needs", "should", "will", "todo", "must",
                                     // The same in Portuguese, German, Dutch, French and Spanish.
                                     "nao", "nicht", "kein", "keine", "niet", "geen", "pas", "nunca", "jamais",
                                     // "No mencioné nada de lo que hablamos", "ich habe nichts davon erwähnt".
                                     "nada", "sin", "nichts", "niets", "rien", "nie",
                                     // Italian ("non ho ancora mandato", "mi sono dimenticata di dire"); not the
                                     // prefix of "non-technical".
                                     "non", "dimenticata", "dimenticato",
                                     // Portuguese "forgot" ("esqueci de dizer que continuo interessado").
                                     "esqueci", "esqueceu"]
    // ("não" does not pack into a word: `read` looks for its spelling.)

    /// Whether a phrase of a recap stands in a sentence that does not deny it.
    static func recapOutsideNegation(_ tokens: [Token]) -> Bool {
        var start = 0
        for end in tokens.indices {
            let last = end == tokens.count - 1
            guard last || tokens[end].isPunctuation(".") || tokens[end].isPunctuation(";") || tokens[end].isPunctuation("!")
                    || tokens[end].isPunctuation("(") || tokens[end].isPunctuation(")") else { continue }
            let sentence = Array(tokens[start...end])
            start = end + 1
            if sentence.contains(where: { $0.word.map { negations.contains($0) || $0 == "nothing" } ?? false }) { continue }
            if recapPhrases.occurs(in: sentence) || namesLikedTopic(sentence) { return true }
        }
        return false
    }

    /// Words after "enjoyed the" that name the meeting, not a topic of it.
    static let meetingWords: WordSet = ["interview", "interviews", "meeting", "conversation", "conversations", "chat", "call",
                                        "talk", "time", "visit", "day", "tour", "opportunity", "morning", "afternoon", "session",
                                        "discussion", "team", "lunch", "process", "evening", "experience"]

    /// "how much I liked the store-visit idea", "I'd enjoyed the barista certification chat": what
    /// the writer liked, when it is a topic and not the meeting itself, recaps the talk.
    static func namesLikedTopic(_ tokens: [Token]) -> Bool {
        for index in tokens.indices.dropLast(2) {
            guard let verb = tokens[index].word, verb == "enjoyed" || verb == "liked" || verb == "loved",
                  let article = tokens[index + 1].word, article == "the" || article == "our" || article == "your" || article == "his" || article == "her",
                  let topic = tokens[index + 2].word else { continue }
            // "enjoyed the whole afternoon" liked the meeting: a word that only sizes it is passed over.
            var topicIndex = index + 2
            if ["whole", "entire", "full"].contains(topic), topicIndex + 1 < tokens.count { topicIndex += 1 }
            if let named = tokens[topicIndex].word, !meetingWords.contains(named) { return true }
        }
        return false
    }

    /// Abbreviations whose full stop does not end the clause naming the people.
    /// Abbreviations written with a dot in a name ("Dr. Shah replied", "Marie St. Pierre", "M. Benali m'a appelée"): the dot ends no sentence.
    static let titleAbbreviations: WordSet = ["dr", "mr", "ms", "mrs", "mx", "prof", "st", "jr", "m", "mme", "sr", "sra", "dhr", "mevr"]
    /// Those that stand before a name, not inside it: the name the log writes starts after their dot.
    static let titlesBeforeNames: WordSet = ["dr", "mr", "ms", "mrs", "mx", "prof", "m", "mme", "sra", "dhr", "mevr"]

    /// Reads an entry from a list item or free line. `suggesting`: whether an entry with a part
    /// missing is given its canonical form where there is one (`EntryRewrite`).
    /// `readsPlans`: whether to mark an entry worded as a plan (`isPlan`), which only the log's
    /// own entries need (sentences of prose are turned away as plans by their own readers).
    static func fromText(_ span: SourceSpan, context: Context, suggesting: Bool = true, readsPlans: Bool = false) -> (LogEntry, [ReadProblem]) {
        var entry = LogEntry(range: span.fullRange, text: span.text)
        let written = span
        var span = span
        var ticked = false
        if let (checked, length) = InterviewerReader.checkbox(span.text) {
            span = span.suffix(from: length)
            ticked = checked
        }
        var tokens = Tokenizer.tokens(span.text)
        var index = 0
        // The date comes first (after optional emphasis or brackets, and a day of the week).
        while index < tokens.count, case .punctuation = tokens[index].kind { index += 1 }
        var descriptionToken = 0
        var clockProblem: ReadProblem?, clockEnd = 0
        // The day came after a label ("Thank-you: emailed 12 Nov"): the whole entry is its description.
        var keyed = false
        if index < tokens.count, let found = DateReader.dateTime(in: tokens, at: index, reference: context.interviewDay,
                                                                 order: context.dateOrder, noteOrder: context.noteOrder)
            ?? hyphenatedMonthDay(tokens, at: index, interviewDay: context.interviewDay)
            ?? weekdayOpening(tokens, at: index, interviewDay: context.interviewDay)
            ?? keyedDate(tokens, at: &index, keyed: &keyed, context: context)
            ?? trailingDate(tokens, at: &index, keyed: &keyed, context: context) {
            var date = found.date.date
            // A day written without its year a few weeks before the interview is that year's (an
            // earlier round's contact, in a note dated by its last round), not next year's.
            if !found.date.hasYear, let day = context.interviewDay, date.ordinal - day.ordinal > 300,
               let earlier = LocalDate(year: date.year - 1, month: date.month, day: date.day), day.ordinal - earlier.ordinal <= 60 {
                date = earlier
            }
            var end = index + found.tokenCount
            var minutes = found.minutes ?? 0
            var hasTime = found.minutes != nil
            if !hasTime {
                // The time may follow after a separator or a link's end ("[[2026-11-04 …]] — 6:40pm").
                var probe = end
                while probe < tokens.count, probe < end + 4, tokens[probe].kind.isPunctuation || tokens[probe].isWord("at") { probe += 1 }
                if probe < tokens.count, case .time(let value) = tokens[probe].kind {
                    minutes = value
                    hasTime = true
                    end = probe + 1
                } else if let after = impossibleClock(tokens, at: probe) {
                    // "2026-11-16 24:00": the time meant is unknown, and a later one in the text is not it.
                    let (offset, stop) = (tokens[probe].offset, tokens[after - 1].offset + tokens[after - 1].length)
                    clockProblem = ReadProblem(.unreadableEntry, "log entry time '\(span.text.scalars(from: offset, to: stop))' " + clockAdvice,
                                               at: span.range(offset: offset, length: stop - offset))
                    clockEnd = after
                } else if let later = tokens[end...].prefix(16).firstIndex(where: { if case .time = $0.kind { return true }; return false }),
                          case .time(let value) = tokens[later].kind,
                          !tokens[end..<later].contains(where: { if case .isoDate = $0.kind { return true }; return false }) {
                    // A callout's body or a note after the title gives the time ("2026-11-16 — Call
                    // / 9:45am, straight to voicemail"): the entry's first time is its own.
                    minutes = value
                    hasTime = true
                } else if let hour = bareHour(tokens, from: end) {
                    minutes = hour
                    hasTime = true
                }
            }
            index = DateReader.skippingWeekday(tokens, at: index, reference: context.interviewDay)
            let first = tokens[min(index, tokens.count - 1)]
            let last = tokens[end - 1]
            entry.date = Located(LocalDateTime(date: date, hour: minutes / 60, minute: minutes % 60),
                                 span.range(offset: first.offset, length: last.offset + last.length - first.offset))
            entry.hasTime = hasTime
            // The description starts after the separator (`—`, `-`, `:`, `|`), and after a time
            // zone written in capitals after the time, with the time elsewhere in brackets after it
            // ("12:30 IST : Got call from…", "10:30 EST (16:30 in Amsterdam) — called Sanne").
            end = max(end, clockEnd)
            if hasTime, end < tokens.count, !tokens[end].hasLowercase, let zone = tokens[end].word, ProseFacts.zoneWords.contains(zone) {
                end += 1
                if end + 1 < tokens.count, tokens[end].isPunctuation("("), case .time = tokens[end + 1].kind,
                   let close = tokens[end...].prefix(8).firstIndex(where: { $0.isPunctuation(")") }) {
                    end = close + 1
                }
            }
            while end < tokens.count, case .punctuation(let mark) = tokens[end].kind, channelEmoji(mark) == nil { end += 1 }
            descriptionToken = keyed ? 0 : end
        } else if index < tokens.count, case .isoDate(nil) = tokens[index].kind {
            let text = span.text.scalars(from: tokens[index].offset, to: tokens[index].offset + tokens[index].length)
            return (entry, [ReadProblem(.unreadableEntry,
                                        "log entry date '\(text)' is not a day of the calendar; write it as 2026-11-16",
                                        at: span.range(offset: tokens[index].offset, length: tokens[index].length))])
        }
        // The description is the entry from the first token after the date and the separator.
        // Its tokens keep their offsets in the entry's text, so the span stays the entry's: no
        // copy of the text or of the tokens is made.
        tokens.removeFirst(min(descriptionToken, tokens.count))
        read(description: span, tokens: tokens, into: &entry, withCell: nil, context: context, readsPlans: readsPlans)
        // The writer's chat line goes to whom the chat is with, which the line does not say: unsure.
        let chatLine = entry.date != nil && span.text.utf8.first == UInt8(ascii: "[") && readChatLine(tokens, into: &entry, span: span, context: context)
        // A ticked task was done, however it is worded ("- [x] will call Imogen").
        if ticked { (entry.isPlan, entry.isDoneTask) = (false, true) }
        var found = problems(for: entry)
        if chatLine { for index in found.indices { found[index].uncertain = true } }
        if suggesting, clockProblem == nil, !found.isEmpty {
            EntryRewrite.attach(to: &found, entry: entry, span: written, body: span, description: tokens, context: context)
        }
        guard let clockProblem else { return (entry, found) }
        return (entry, [clockProblem] + found)
    }

    /// A chat's exported line (WhatsApp: "[12/11/2026, 12:03] Me: great thanks", "[…] Jess Ortega:
    /// Yes!! they want to offer"): the speaker before the colon says who wrote, by text message;
    /// the writer's own line goes to whom the chat is with (`LogThread`), and thanks said in
    /// passing there ("great thanks") is no thank-you.
    static func readChatLine(_ tokens: [Token], into entry: inout LogEntry, span: SourceSpan, context: Context) -> Bool {
        guard let colon = tokens.prefix(5).firstIndex(where: { $0.isPunctuation(":") }), colon > 0,
              tokens[..<colon].allSatisfy({ $0.word != nil && ($0.startsWithCapital || $0.isWord("me")) }) else { return false }
        let mine = colon == 1 && tokens[0].isWord("me", "i")
        // The message is the chat's, whatever way it speaks of ("call you at 12?").
        entry.channel = Located(.text, entry.range)
        if mine {
            entry.isOutgoing = true
            entry.people.removeAll { $0.match == .implied }
            if entry.kind == .thankYou, !entry.recapsConversation, !entry.reiteratesInterest, tokens.count - colon <= 6 { entry.kind = .other }
        } else {
            entry.isOutgoing = false
            // Only the speaker is who wrote: a name in the message ("I asked him, Alan said …") is not.
            let (first, last) = (tokens[0], tokens[colon - 1])
            let speaker = span.range(offset: first.offset, length: last.offset + last.length - first.offset)
            entry.people = entry.people.filter { $0.written.range.start.line == speaker.start.line && $0.written.range.start.column <= speaker.end.column }
            if entry.people.isEmpty, let spelled = Tokenizer.spelling(of: first, in: span.text)?.quickLowercased() {
                let holders = context.names.holders(ofWord: spelled)
                if holders.count == 1 {
                    entry.people = [PersonReference(written: Located(span.text.scalars(from: first.offset, to: last.offset + last.length), speaker),
                                                    interviewer: holders[0], match: .partial)]
                }
            }
            if entry.kind == .followUp { entry.kind = .other }
        }
        return mine
    }

    /// "Thank-you: emailed 12 Nov, 5:10pm", "TY: emailed 11/10 4:15pm", "Thank-you sent 11 Nov
    /// 19:45": a label of the contact and its verb before the day. `index` moves to the day, so the description is what follows it.
    static func keyedDate(_ tokens: [Token], at index: inout Int, keyed: inout Bool, context: Context)
        -> (date: DateReader.DateMatch, minutes: Int?, tokenCount: Int)? {
        var probe = index
        guard probe < tokens.count, let label = tokens[probe].word, keyedLabels.contains(label) else { return nil }
        probe += 1
        while probe < tokens.count, tokens[probe].isPunctuation("-") || tokens[probe].word.map(keyedLabels.contains) == true { probe += 1 }
        // "Thank-you: emailed 12 Nov", or without the colon when the verb follows ("Thank-you sent 11 Nov 19:45").
        guard probe < tokens.count else { return nil }
        if tokens[probe].isPunctuation(":") {
            probe += 1
            // A Dataview field: `thank-you:: 2026-11-13 20:15 — email to Greta`.
            if probe < tokens.count, tokens[probe].isPunctuation(":") { probe += 1 }
            if probe < tokens.count, let verb = tokens[probe].word, keyedVerbs.contains(verb) { probe += 1 }
        } else {
            guard let verb = tokens[probe].word, keyedVerbs.contains(verb) else { return nil }
            probe += 1
            // A Dataview key that holds the verb: `thank-you-sent:: 2026-11-13 20:30`.
            if probe + 1 < tokens.count, tokens[probe].isPunctuation(":"), tokens[probe + 1].isPunctuation(":") { probe += 2 }
        }
        guard probe < tokens.count, let found = DateReader.dateTime(in: tokens, at: probe, reference: context.interviewDay,
                                                                  order: context.dateOrder, noteOrder: context.noteOrder)
        else { return nil }
        index = probe
        keyed = true
        return found
    }
    static let keyedLabels: WordSet = ["thank", "you", "thanks", "ty", "thankyou", "follow", "up", "followup", "call"]

    /// "Thank-you email to Ana 2026-11-16 18:15, recapped …", "Emailed Tom on 11/16 at 7pm": the
    /// contact and its person told first, then the day. Only after such an opening (contact words,
    /// names, small words): a day later in a sentence is as often the one they spoke of.
    static func trailingDate(_ tokens: [Token], at index: inout Int, keyed: inout Bool, context: Context)
        -> (date: DateReader.DateMatch, minutes: Int?, tokenCount: Int)? {
        var probe = index, contact = false
        while probe < tokens.count, probe < index + 10 {
            let token = tokens[probe]
            if probe > index, contact, let found = DateReader.dateTime(in: tokens, at: probe, reference: context.interviewDay,
                                                                       order: context.dateOrder, noteOrder: context.noteOrder) {
                index = probe
                keyed = true
                return found
            }
            if let word = token.word {
                if trailingOpeners.contains(word) { contact = true }
                else if !token.startsWithCapital && !trailingLinks.contains(word) { return nil }
            } else if !(token.isPunctuation("-") || token.isPunctuation(",") || token.isPunctuation(":") && probe <= index + 3) {
                return nil
            }
            probe += 1
        }
        return nil
    }
    static let trailingOpeners: WordSet = ["emailed", "called", "rang", "phoned", "texted", "messaged", "sent", "mailed",
                                           "thank", "thanks", "thankyou", "ty", "email", "mail", "call", "voicemail", "text",
                                           "message", "note", "card", "linkedin", "follow", "followup"]
    static let trailingLinks: WordSet = ["to", "you", "up", "a", "an", "the", "on", "with", "my", "her", "his", "him",
                                         "them", "and", "both", "quick", "short", "handwritten", "e"]
    static let keyedVerbs: WordSet = ["emailed", "sent", "called", "rang", "texted", "messaged", "mailed", "posted"]

    /// An entry that opens with a day of the week and a part of it ("Thursday evening (Nov. 12),
    /// wrote two cards", "Friday morning — called Jane"): the bracketed date when there is one and
    /// it is that weekday, else the first such day on or after the interview. A bare weekday is
    /// left undated: it is as often a plan as a contact.
    static func weekdayOpening(_ tokens: [Token], at index: Int, interviewDay: LocalDate?)
        -> (date: DateReader.DateMatch, minutes: Int?, tokenCount: Int)? {
        guard let interviewDay, index + 1 < tokens.count, let weekday = DateReader.weekday(tokens[index]),
              let part = tokens[index + 1].word, SentenceContacts.partsOfDay.contains(part), part != "day" else { return nil }
        var end = index + 2
        var date: LocalDate?
        if end + 1 < tokens.count, tokens[end].isPunctuation("("),
           let (bracketed, used) = DateReader.date(in: tokens, at: end + 1, reference: interviewDay) {
            var close = end + 1 + used
            while close < tokens.count, tokens[close].isPunctuation("."), close < end + 3 + used { close += 1 }
            if close < tokens.count, tokens[close].isPunctuation(")") {
                guard bracketed.weekday == weekday else { return nil }
                date = bracketed
                end = close + 1
            }
        }
        let day = date ?? interviewDay.adding(days: (weekday - interviewDay.weekday + 7) % 7)
        return (DateReader.DateMatch(date: day, tokenCount: end - index, hasYear: false, numericOrder: nil), nil, end - index)
    }

    /// "11-16 09:45 emailed Ben", "11-24 — Ben emailed": a month and day of two digits each
    /// joined by a hyphen (ISO's order without its year) opening an entry, before a time or a
    /// separator; the year is the interview's (the next such day on or after it, within half a
    /// year). "2-3 weeks" and "10-15 people" are none.
    static func hyphenatedMonthDay(_ tokens: [Token], at index: Int, interviewDay: LocalDate?)
        -> (date: DateReader.DateMatch, minutes: Int?, tokenCount: Int)? {
        guard let interviewDay, index + 3 < tokens.count,
              case .number(let month, false, 2) = tokens[index].kind, case .number(let day, false, 2) = tokens[index + 2].kind,
              tokens[index + 1].isPunctuation("-"), tokens[index + 1].offset == tokens[index].offset + 2,
              tokens[index + 2].offset == tokens[index + 1].offset + 1, (1...12).contains(month), (1...31).contains(day),
              let date = DateReader.nextOccurrence(month: month, day: day, onOrAfter: interviewDay),
              date.ordinal - interviewDay.ordinal <= 183 else { return nil }
        let match = DateReader.DateMatch(date: date, tokenCount: 3, hasYear: false, numericOrder: nil)
        switch tokens[index + 3].kind {
        case .time(let minutes): return (match, minutes, 4)
        case .punctuation(let mark) where mark == "\u{2014}" || mark == "\u{2013}" || mark == ":" || mark == "-": return (match, nil, 3)
        case .word where tokens[index + 3].offset > tokens[index + 2].offset + 2: return (match, nil, 3)
        default: return nil
        }
    }

    static let clockAdvice = "is not a time of day (hours run 0 to 23, minutes 0 to 59); write it as 17:30"

    /// Where a clock time that cannot be, `24:00` or `10:60`, ends when one starts at `index`
    /// (the tokenizer leaves such a time as numbers around a colon).
    static func impossibleClock(_ tokens: [Token], at index: Int) -> Int? {
        guard index + 2 < tokens.count, case .number(let hour, false, let hourDigits) = tokens[index].kind, hourDigits <= 2,
              tokens[index + 1].isPunctuation(":"), tokens[index + 1].offset == tokens[index].offset + tokens[index].length,
              case .number(let minute, false, 2) = tokens[index + 2].kind,
              tokens[index + 2].offset == tokens[index + 1].offset + 1, hour > 23 || minute > 59 else { return nil }
        return index + 3
    }

    /// Column names of a log table's date and people, also as German, French, Spanish and Dutch notes write them.
    static let dateColumns: Set<String> = ["date", "when", "day", "datum", "fecha", "jour", "dag"]
    static let peopleColumns: Set<String> = ["with", "who", "person", "people", "to", "contact", "name", "from", "interviewer",
                                             "mit", "wer", "avec", "qui", "con", "quien", "quién", "met"]

    static let companyColumns: Set<String> = ["company", "companies", "employer", "organisation", "organization", "firm",
                                              "unternehmen", "firma", "entreprise", "empresa", "bedrijf"]

    /// A log table's columns for what a message recapped and whether it said interest again.
    static let recapColumns: Set<String> = ["recap", "recapped", "recapof", "topics", "topicrecapped", "whatirecapped", "rückblick"]
    static let interestColumns: Set<String> = ["interest", "interested", "reiteratedinterest", "interestreiterated", "interesse"]
    /// A cell that repeats the one above.
    static let sameWords: Set<String> = ["same", "ditto", "asabove", "sameasabove", "idem", "dito"]
    static func isEmptyCell(_ text: String) -> Bool {
        let key = Markup.key(text)
        return key.isEmpty || key == "na" || key == "none" || key == "no"
    }

    /// Reads a row of a log table (`| Date | Channel | With | Notes |`).
    static func fromRow(_ row: (cells: [PipeTable.Cell], range: SourceRange), table: PipeTable,
                        context: Context, readsPlans: Bool = false) -> (LogEntry, [ReadProblem]) {
        func cell(_ names: Set<String>) -> PipeTable.Cell? {
            guard let index = table.column(names), index < row.cells.count else { return nil }
            return row.cells[index]
        }
        let text = row.cells.map(\.text).joined(separator: " | ")
        var entry = LogEntry(range: row.range, text: text)
        if let dateCell = cell(dateColumns) {
            let tokens = Tokenizer.tokens(dateCell.text)
            var first = 0
            while first < tokens.count, tokens[first].kind.isPunctuation { first += 1 }
            if let found = DateReader.dateTime(in: tokens, at: first, reference: context.interviewDay,
                                               order: context.dateOrder, noteOrder: context.noteOrder) {
                let date = found.date.date
                let minutes = found.minutes ?? 0
                entry.hasTime = found.minutes != nil
                entry.date = Located(LocalDateTime(date: date, hour: minutes / 60, minute: minutes % 60), dateCell.range)
            }
        }
        var clockProblem: ReadProblem?
        if let timeCell = cell(["time"]), entry.date != nil {
            let tokens = Tokenizer.tokens(timeCell.text)
            if let date = entry.date, case .time(let minutes)? = tokens.first?.kind {
                entry.date = Located(LocalDateTime(date: date.value.date, hour: minutes / 60, minute: minutes % 60), date.range)
                entry.hasTime = true
            } else if impossibleClock(tokens, at: 0) != nil {
                clockProblem = ReadProblem(.unreadableEntry, "log entry time '\(timeCell.text.trimmingWhitespace())' " + clockAdvice, at: timeCell.range)
            }
        }
        // Channel, kind and notes are read as one description, from every other column in order
        // (Event, Action, Stage, Summary: tables name them as they like); names come from the With column.
        var description = SourceSpan()
        let withCell = cell(peopleColumns)
        // A Company or Employer column names the firm of a tracker's row, not a person or what was done.
        let skipped = [table.column(dateColumns), table.column(["time"]), table.column(peopleColumns), table.column(companyColumns)]
        // "same" or "ditto" in a cell is the nearest cell above that says something, within 50
        // rows (found by the row's line, so that a long log of "same" costs no square of its length).
        func above(_ column: Int) -> PipeTable.Cell? {
            var low = 0, high = table.rows.count
            while low < high {
                let middle = (low + high) / 2
                if table.rows[middle].range.start.line < row.range.start.line { low = middle + 1 } else { high = middle }
            }
            for earlier in table.rows[max(0, low - 50)..<low].reversed() where column < earlier.cells.count {
                if !sameWords.contains(Markup.key(earlier.cells[column].text)) { return earlier.cells[column] }
            }
            return nil
        }
        for (index, found) in row.cells.enumerated() where !skipped.contains(index) && !found.text.isEmpty {
            let key = index < table.keys.count ? table.keys[index] : ""
            if recapColumns.contains(key) {
                // A Recap column says what the message recapped; "same" or "ditto" is the row's above.
                var said = found
                if sameWords.contains(Markup.key(found.text)), let first = above(index) { said.text = first.text }
                if !isEmptyCell(said.text) {
                    description.append("Recap:", line: found.range.start.line, column: found.range.start.column)
                    description.append(Substring(said.text + "."), line: said.range.start.line, column: said.range.start.column)
                }
                continue
            }
            if interestColumns.contains(key) {
                // An Interest column ticked or "yes" is interest said again ("same": as the row above says).
                let said = sameWords.contains(Markup.key(found.text)) ? above(index)?.text ?? "" : found.text
                if InterviewerReader.cardAnswer(said) == true {
                    description.append("Reiterated interest.", line: found.range.start.line, column: found.range.start.column)
                }
                continue
            }
            description.append(Substring(found.text), line: found.range.start.line, column: found.range.start.column)
        }
        if !entry.hasTime, let date = entry.date, case .time(let minutes)? = Tokenizer.tokens(description.text).first?.kind {
            // "| 2026-11-12 | 5:45pm thank-you email to Aaliyah |": the time opens the description.
            entry.date = Located(LocalDateTime(date: date.value.date, hour: minutes / 60, minute: minutes % 60), date.range)
            entry.hasTime = true
        }
        read(description: description, tokens: Tokenizer.tokens(description.text), into: &entry,
             withCell: withCell, context: context, readsPlans: readsPlans)
        if let withCell, let directionWord = cell(["from"]), directionWord.range == withCell.range {
            entry.direction = .incoming
        }
        // A Direction column ("Inbound", "Out") or a channel marked "Email (in)" says it outright.
        for (index, found) in row.cells.enumerated() where !skipped.contains(index) {
            if let stated = statedDirection(found.text) {
                entry.direction = stated
                if stated == .incoming, entry.kind != .other { entry.kind = .other }
                break
            }
        }
        guard let clockProblem else { return (entry, problems(for: entry)) }
        return (entry, [clockProblem] + problems(for: entry))
    }

    /// Where the sentence starts after a label of channel words and a colon that opens a
    /// description (`E-Mail:`, `Email :`, `Phone call:`); 0 when it opens otherwise.
    static func channelLabelEnd(_ tokens: [Token]) -> Int {
        // A label is at most three tokens before its colon ("E", "-", "Mail", ":").
        guard tokens.count > 3, tokens[1].isPunctuation(":") || tokens[2].isPunctuation(":") || tokens[3].isPunctuation(":")
        else { return 0 }
        var position = 0
        var words = 0
        while position < tokens.count, position < 5 {
            let token = tokens[position]
            if let word = token.word {
                guard channelWords[word] != nil else { return 0 }
                words += 1
            } else if token.isPunctuation(":") {
                return words > 0 && position + 1 < tokens.count && tokens[position + 1].word != nil ? position + 1 : 0
            } else if !token.isPunctuation("-") && !token.isPunctuation("*") {
                return 0
            }
            position += 1
        }
        return 0
    }

    /// Words before "letter" that make it a document, not a message ("offer letter", "cover letter").
    static let documentLetters: WordSet = ["offer", "cover", "rejection", "reference", "recommendation", "motivation", "acceptance"]

    /// Words before "mail" that make it the post.
    static let paperMailWords: WordSet = ["by", "snail", "postal", "regular", "the", "surface", "post"]

    /// Words a Direction cell holds.
    static let incomingCells: WordSet = ["in", "inbound", "incoming", "received", "from"]
    static let outgoingCells: WordSet = ["out", "outbound", "outgoing", "sent", "to"]

    /// The direction a table cell states: the whole cell is a direction word ("Inbound"), or it
    /// ends with one in brackets ("Email (in)").
    static func statedDirection(_ text: String) -> LogEntry.Direction? {
        let tokens = Tokenizer.tokens(text)
        var words = tokens.filter { $0.word != nil }
        if tokens.count >= 3, tokens[tokens.count - 1].isPunctuation(")"), tokens[tokens.count - 3].isPunctuation("("),
           tokens[tokens.count - 2].word != nil {
            words = [tokens[tokens.count - 2]]
        } else if words.count != 1 || words.count != tokens.filter({ !$0.isPunctuation("*") && !$0.isPunctuation("_") }).count {
            return nil
        }
        guard let word = words.first?.word else { return nil }
        if incomingCells.contains(word) { return .incoming }
        if outgoingCells.contains(word) { return .outgoing }
        return nil
    }

    /// Fills channel, direction, people, kind, recap and interest from the description. Token
    /// offsets are offsets in `description`'s text, whose first tokens (a log entry's date) may
    /// have been left out of `tokens`.
    private static func read(description: SourceSpan, tokens: [Token], into entry: inout LogEntry,
                             withCell: PipeTable.Cell?, context: Context, readsPlans: Bool) {
        // The tokens' words are read in place (`none` for other tokens): a separate array of
        // them was built for every entry.
        func wordAt(_ position: Int) -> Word {
            position >= 0 && position < tokens.count ? tokens[position].word ?? .none : .none
        }
        // The word tables in locals: a static read in a loop checks its one-time initialisation
        // at every read (a call to swift_once each time).
        let channelWords = Self.channelWords
        // Channel: the earliest channel word, or an emoji that stands for one ("📧 thank-you to Zoë").
        for position in tokens.indices {
            if case .punctuation(let mark) = tokens[position].kind, mark.value >= 0x2600, let channel = channelEmoji(mark) {
                entry.channel = Located(channel, description.range(offset: tokens[position].offset, length: 1))
                break
            }
            guard let word = tokens[position].word, var channel = channelWords[word] else { continue }
            if word == "e" || word == "l'e" || word == "un'e", !(position + 1 < tokens.count && tokens[position + 1].isPunctuation("-")) { continue }
            if word == "hand", !(wordAt(position + 1) == "written" || wordAt(position + 2) == "written"
                                 || wordAt(position - 1) == "by") { continue }
            if word == "card" || word == "cards", position > 0, wordAt(position - 1) == "business" { continue }
            // "signed the offer letter, emailed Imani": a document, not a letter sent.
            if word == "letter" || word == "letters", position > 0, documentLetters.contains(wordAt(position - 1)) { continue }
            // "thank-you mail" is an email, as most of Europe writes it; "by mail", "in the mail" is post.
            if word == "mail", position > 0, paperMailWords.contains(wordAt(position - 1)) { channel = .paper }
            if word == "person", !(position > 0 && wordAt(position - 1) == "in") { continue }
            if (word == "coffee" || word == "lunch"), !tokens.contains(where: { $0.isWord("met") }) { continue }
            entry.channel = Located(channel, description.range(offset: tokens[position].offset, length: tokens[position].length))
            break
        }
        // "E-Mail: Anke hat geantwortet", "Call: Jane called back": a channel label, then the
        // sentence that says who and which way; the label has given the channel.
        let labelEnd = tokens.count > 3 ? channelLabelEnd(tokens) : 0
        let tokens = labelEnd > 0 ? Array(tokens[labelEnd...]) : tokens
        // The clause that says who it was with: up to the first ':', '.', ';', '—' or '('.
        let header = EntryPeople.headerEnd(tokens)
        let (incoming, mainClause) = EntryDirection.read(tokens, header: header)
        entry.direction = incoming ? .incoming : .outgoing

        // Kind, recap and interest: the words that show them, found in one pass. The first
        // letter picks the few words and prefixes worth testing.
        var thanks = false, thanked = false, follow = false, recap = false, interest = false
        // A thank-you the sentence says was not sent ("never sent the thank-yous") is none.
        var negated = false, thanksInHeader = false, sawNegation = false, deniedThanks = false
        let negations = Self.negations
        for position in tokens.indices {
            let word = wordAt(position)
            if position == header { thanksInHeader = thanks }
            if word == .none {
                if case .punctuation(let mark) = tokens[position].kind, mark == "." || mark == "!" || mark == "?" || mark == ";" {
                    negated = false
                }
                continue
            }
            // "to Will, recap: …": a person named Will is no "will recap later".
            if negations.contains(word), !(tokens[position].startsWithCapital && context.namesAmongStopWords.contains(word)),
               !(word == "non" && position + 1 < tokens.count && tokens[position + 1].isPunctuation("-")) {
                negated = true
                sawNegation = true
            }
            switch word.firstByte {
            case UInt8(ascii: "t"):
                if word == "thank" || word == "thanks" || word == "thankyou" || thankSlips.contains(word) {
                    thanks = thanks || !negated
                    deniedThanks = deniedThanks || negated
                }
                // "TY: emailed 11/10", "TY both 5:40pm": the capitals of the abbreviation.
                if word == "ty", !tokens[position].hasLowercase { thanks = thanks || !negated }
                if word == "thanked" || word == "thanking" { thanked = thanked || !negated }
            case UInt8(ascii: "d"), UInt8(ascii: "g"), UInt8(ascii: "m"), UInt8(ascii: "a"), UInt8(ascii: "b"):
                // "Dankes-E-Mail", "mail de remerciement", "correo de agradecimiento", "bedankje".
                if foreignThanks.contains(word) { thanks = thanks || !negated }
            case UInt8(ascii: "f"):
                if word == "follow" || word == "followed" || word == "following" { follow = true }
            case UInt8(ascii: "u"):
                // "emailed Maike asking for an update", "check-in email: any update on timing?"
                if word == "update" { follow = true }
            case UInt8(ascii: "c"):
                if word == "chase" || word == "chased" || word == "chasing" { follow = true }
            case UInt8(ascii: "n"):
                if word == "nudge" || word == "nudged" { follow = true }
            case UInt8(ascii: "r"):
                // "(didn't go back over anything we discussed)" recaps nothing.
                if word.hasPrefix("recap") { recap = recap || !negated }
                if word.hasPrefix("remerci") { thanks = thanks || !negated }
                // Italian: "email di ringraziamento", "per ringraziare" say the thank-you; "l'ho
                // ringraziata" is thanks said, as "thanked" is.
                if word.hasPrefix("ringrazi") {
                    if word.hasPrefix("ringraziat") { thanked = thanked || !negated } else { thanks = thanks || !negated }
                }
                // "reiterei" / "reitero": Portuguese and Spanish.
                if word.hasPrefix("reiterat") || word == "reiterei" || word == "reitero" { interest = true }
            case UInt8(ascii: "s"):
                // "I never sent her a thank-you. Sent one now": the later sentence sends what the first denied.
                if deniedThanks, !negated, word == "sent", sendsOneDenied(at: position) { thanks = true }
                // "samengevat": summed up, in Dutch.
                if word.hasPrefix("summar") || word == "samengevat" { recap = recap || !negated }
            case UInt8(ascii: "i"):
                // "interest", and "Interesse", "interés" as German and Spanish write it.
                // "intrested", with a letter left out.
                // "forgot to say I'm still interested", "mi sono dimenticata di dire che mi interessa": left out.
                if word.hasPrefix("interes") || word.hasPrefix("intrest") { interest = interest || !negated }
            case UInt8(ascii: "e"):
                if word.hasPrefix("enthusias") || word == "excited" || word == "eager" { interest = true }
            case UInt8(ascii: "k"):
                if word == "keen" { interest = true }
            case UInt8(ascii: "l"):
                // Italian "ribadito l'interesse": the article elided onto the word.
                if word.hasPrefix("l'interes") { interest = true }
            case 0 where word == .unpacked:
                // A word that does not pack can still start with one of the prefixes
                // ("recapitulationsxyz"); only one starting with r, s, i or e is spelled out.
                switch tokens[position].firstLetter {
                case UInt8(ascii: "r"), UInt8(ascii: "s"), UInt8(ascii: "i"), UInt8(ascii: "e"), UInt8(ascii: "n"): break
                default: continue
                }
                guard let spelled = Tokenizer.spelling(of: tokens[position], in: description.text) else { break }
                // Portuguese "não" ("ainda não tinha mandado o thank-you").
                if spelled == "não" {
                    negated = true
                    sawNegation = true
                }
                // With their accents: "récapitulé", "repasé" (a recap); "intéressée", "interés",
                // "reiteré" (interest).
                if spelled.hasPrefix("recap") || spelled.hasPrefix("summar") || spelled.hasPrefix("récap") || spelled.hasPrefix("repasé") {
                    recap = true
                }
                if spelled.hasPrefix("reiter") || spelled.hasPrefix("interes") || spelled.hasPrefix("enthusias")
                    || spelled.hasPrefix("intéress") || spelled.hasPrefix("interés") {
                    interest = true
                }
            default:
                break
            }
        }
        if header >= tokens.count { thanksInHeader = thanks }
        func sendsOneDenied(at position: Int) -> Bool {
            guard position + 1 < tokens.count else { return false }
            let next = wordAt(position + 1)
            if next == "one" || next == "it" { return true }
            return (next == "her" || next == "him" || next == "them") && position + 2 < tokens.count && wordAt(position + 2) == "one"
        }
        // "Thanked her for her time" is a thank-you when the entry opens as one ("thank-you email
        // to Meghan, …"); alone, it is said in another contact ("called Jane, thanked her").
        if entry.isOutgoing && thanks && (!thanked || thanksInHeader) {
            entry.kind = .thankYou
        } else if entry.isOutgoing, thanked, recap || interest || recapPhrases.occurs(in: tokens), !follow,
                  let channel = entry.channel?.value, channel != .call, channel != .inPerson {
            // "email to Bronwyn thanking her; recapped the expansion": a written message that thanks
            // and goes back over the talk is the thank-you. One that thanks in passing (withdrawing,
            // answering a rejection) is not, nor thanks said in a call.
            entry.kind = .thankYou
        } else if entry.isOutgoing, recap || saysRecapOutsideASCII(description.text), interest || saysInterest(description.text), !follow,
                  let channel = entry.channel?.value, channel != .call, channel != .inPerson {
            // "Hollis ✅ 2026-11-18 — email, recapped the runcutting talk, reiterated interest" under
            // a Thank-yous label: a message that goes back over the talk and says you want the job is one.
            entry.kind = .thankYou
        } else if entry.isOutgoing, entry.channel?.value == .paper, recap || interest, !follow {
            // A handwritten card that recalls the talk and says you want the job is a thank-you
            // even when it does not say so ("handwritten card too, … reiterated my interest").
            entry.kind = .thankYou
        } else if entry.isOutgoing && (follow || entry.channel?.value == .call
                                       || checkInPhrases.occurs(in: tokens)) {
            entry.kind = .followUp
        } else {
            entry.kind = .other
        }
        // "Nothing about what we discussed." denies the recap its sentence names; "nothing" is no
        // negation elsewhere ("Nothing from Ana yet, so I sent a thank-you" sent one).
        let deniesSome = sawNegation || tokens.contains { $0.isWord("nothing") }
        entry.recapsConversation = recap || (recapPhrases.occurs(in: tokens) || namesLikedTopic(tokens)) && (!deniesSome || recapOutsideNegation(tokens))
            || entry.kind == .thankYou && !sawNegation && (saysRecapOutsideASCII(description.text) || mentionsTopic(tokens))
        entry.reiteratesInterest = interest || entry.kind == .thankYou && saysInterest(description.text)
        EntryPeople.read(into: &entry, description: description, tokens: tokens, header: header, mainClause: mainClause,
                         withCell: withCell, context: context)
        if readsPlans { entry.isPlan = LogThread.recordsPlan(tokens, people: entry.people) }
    }

    /// Words that may follow a clock's hour written alone ("at 11 — she picked up", "at 2 this afternoon").
    static let afterBareHour: WordSet = ["this", "that", "today", "tonight", "sharp", "on", "and", "but", "so", "she",
                                         "he", "they", "o'clock", "oclock", "no", "left", "got", "we", "i", "straight",
                                         "voicemail", "vm", "in", "am", "pm"]

    /// "Rang Fiona at 11", "called at 2": an hour without minutes after "at", in minutes, on a
    /// working day's clock (7 to 11 the morning, 12 to 6 the afternoon), in the first 16 tokens from `start`.
    static func bareHour(_ tokens: [Token], from start: Int) -> Int? {
        var position = start
        while position + 1 < tokens.count, position < start + 16 {
            defer { position += 1 }
            guard tokens[position].isWord("at", "around"),
                  case .number(let value, ordinal: false, digits: let digits) = tokens[position + 1].kind, digits <= 2,
                  (1...12).contains(value) else { continue }
            // "at 11 Main Street", "at 3 companies", "at 11/20": no clock.
            if position + 2 < tokens.count {
                let next = tokens[position + 2]
                if let word = next.word {
                    guard afterBareHour.contains(word) else { continue }
                    if word == "am" { return value % 12 * 60 }
                    if word == "pm" { return (value % 12 + 12) * 60 }
                } else if next.isPunctuation("/") || next.isPunctuation(".") && position + 3 < tokens.count
                            && { if case .number = tokens[position + 3].kind { return true }; return false }() {
                    continue
                } else if case .number = next.kind { continue }
            }
            // "around 8, on the Wednesday evening", "at 6 this morning": the part of the day says which.
            let near = tokens[max(0, position - 8)..<min(tokens.count, position + 8)]
            if near.contains(where: { $0.isWord("evening", "tonight", "afternoon", "night") }) { return (value % 12 + 12) * 60 }
            if near.contains(where: { $0.isWord("morning") }) { return value % 12 * 60 }
            return (value >= 7 && value <= 12 ? value : value + 12) * 60
        }
        return nil
    }

    /// "mentioned the dbt testing chat": in a thank-you, a topic of the talk brought up again. Only
    /// there: in another message the word tells of news ("mentioned another offer").
    static func mentionsTopic(_ tokens: [Token]) -> Bool {
        tokens.contains { $0.isWord("mentioned", "mentioning") }
    }

    static func problems(for entry: LogEntry) -> [ReadProblem] {
        var missing: [String] = []
        if entry.date == nil { missing.append("date") }
        if entry.channel == nil { missing.append("channel") }
        if entry.people.isEmpty && entry.isOutgoing { missing.append("person") }
        guard !missing.isEmpty else { return [] }
        let list = missing.count == 1 ? missing[0]
            : missing.dropLast().joined(separator: ", ") + " and " + missing.last!
        let excerpt = entry.text.count > 50 ? String(entry.text.prefix(47)) + "..." : entry.text
        // The example keeps what was read (the day, the name as written), so it reads as this entry.
        let day = entry.date.map { entry.hasTime ? $0.value.description : "\($0.value.date)" } ?? "2026-11-16 17:30"
        let name = entry.people.first?.written.value ?? "Jane Doe"
        // A thank-you told as a thing done ("sent Ana a thank-you note", "Sent one now") with only
        // its way unsaid is checked by every thank-you rule but by-email: an info. A line in the
        // log's own form ("Thank-you to Ana. Recap: …") lacks a part of that form: a warning.
        // Word from them ("Ana replied: they're moving forward") is their word whatever its way.
        let onlyWay = missing == ["channel"] && (!entry.isOutgoing || entry.kind == .thankYou
            && Tokenizer.tokens(entry.text).contains { $0.isWord("sent", "wrote", "written") })
        return [ReadProblem(.unreadableEntry,
                            "could not read the \(list) of log entry '\(excerpt)'; write it as '\(day) — Email thank-you to \(name). Recap: …' (channel: email, call, handwritten note, text, LinkedIn or in person)",
                            at: entry.range, uncertain: onlyWay)]
    }
}
