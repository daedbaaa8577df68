/// Contacts told in sentences, as prose journals and blog posts tell them: "Got home a little
/// after 1:30 and sent both thank-you emails", "The next morning Tom replied to say thanks",
/// "so at 10:05 I rang Ayşe. Voicemail.", "Priya emailed at 3:10 this afternoon with an offer!".
/// A sentence is a contact when a verb of one is in the past tense with the writer or an
/// interviewer as its subject and no plan or negation before it; it is dated by its own words
/// ("the next morning", "two days later", "on the Wednesday", "Nov 12") from the day of the
/// heading or line above it ("### Tuesday, November 10, 2026", "**Update, Sunday 15 November:**").
enum SentenceContacts {
    enum Verb {
        /// emailed, rang: the channel is in the verb.
        case channel(LogEntry.Channel)
        /// wrote, sent: the channel is in the object ("the thank-you emails", "two cards by hand").
        case object
        /// replied: the channel is the thread's.
        case reply
    }

    static let verbs = WordMap<Verb>([
        "emailed": .channel(.email), "rang": .channel(.call), "called": .channel(.call), "phoned": .channel(.call),
        "rung": .channel(.call), "texted": .channel(.text), "mailed": .channel(.paper), "posted": .channel(.paper),
        "wrote": .object, "sent": .object, "left": .object, "dropped": .object,
        "replied": .reply, "responded": .reply,
    ])
    /// Words before a verb, in its clause, that make it no contact that happened: plans, wishes,
    /// negations, conditions, the past perfect ("they'd emailed over on Monday").
    static let unreal: WordSet = [
        "will", "would", "should", "could", "might", "must", "shall", "to", "meant", "plan", "planning", "going",
        "need", "needs", "want", "wanted", "hope", "hoping", "forgot", "never", "not", "didn't", "haven't", "hasn't",
        "hadn't", "don't", "won't", "wouldn't", "if", "had", "they'd", "she'd", "he'd", "i'd", "we'd", "you'd", "tomorrow",
        "yet", "can", "cannot", "can't", "maybe", "perhaps", "unless", "before", "until", "once", "whether",
    ]
    /// Words that end a clause inside a sentence.
    static let clauseWords: WordSet = ["and", "so", "but", "then", "when", "after", "while", "because"]
    static let ownSubjects: WordSet = ["i", "we", "i've", "we've"]
    static let otherSubjects: WordSet = ["she", "he", "they", "recruiter"]
    /// Objects of "called"/"rang" that make it a call ("rang her", "called Ms. Papadaki").
    static let callObjects: WordSet = ["her", "him", "them", "me", "back", "again", "the", "ms", "mr", "mrs", "dr", "both"]
    static let pronouns: WordSet = ["her", "him"]
    /// What "wrote" or "sent" must be followed by to be a message.
    static let messageNouns = WordMap<LogEntry.Channel?>([
        "email": .email, "emails": .email, "mail": .email, "mails": .email, "e": .email,
        "card": .paper, "cards": .paper, "letter": .paper, "letters": .paper, "postcard": .paper,
        "note": nil, "notes": nil, "thank": nil, "thank-you": nil, "thank-yous": nil, "thankyou": nil, "yous": nil,
        "message": nil, "messages": nil, "text": .text, "texts": .text, "voicemail": .call, "linkedin": .linkedin,
    ])
    /// Words after which "mail" and "note" are on paper.
    static let paperWords: WordSet = ["hand", "handwritten", "post", "posted", "mailed", "stamp", "paper"]

    /// Relative days: the words and how many days after the day above they are.
    static func relativeDays(_ tokens: [Token]) -> Int? {
        for position in tokens.indices {
            guard let word = tokens[position].word else { continue }
            func next(_ offset: Int) -> Word { position + offset < tokens.count ? tokens[position + offset].word ?? .none : .none }
            switch word {
            case "next" where next(1) == "morning" || next(1) == "day" || next(1) == "evening" || next(1) == "afternoon":
                return 1
            case "following" where next(1) == "morning" || next(1) == "day" || next(1) == "evening":
                return 1
            case "day" where next(1) == "after" && (next(2) == .none || tokens.count <= position + 2 || next(2) == "that"):
                return 1
            case "yesterday":
                return -1
            case "later" where position > 1:
                // "two days later", "a day later"
                guard tokens[position - 1].isWord("day", "days") else { continue }
                if let count = tokens[position - 2].number { return count }
                switch tokens[position - 2].word ?? .none {
                case "a", "one": return 1
                case "two": return 2
                case "three": return 3
                case "four": return 4
                case "five": return 5
                default: continue
                }
            default:
                continue
            }
        }
        return nil
    }

    /// "this morning", "that evening": parts of the day above.
    static let partsOfDay: WordSet = ["morning", "afternoon", "evening", "night", "day"]
    /// Words that say a clock time is in the afternoon or evening.
    static let laterWords: WordSet = ["afternoon", "evening", "tonight", "night", "pm", "dinner"]

    /// A contact read from a sentence, before it is made an entry.
    struct Found {
        var sentence: Substring
        var offset: Int
        var incoming: Bool
        var channel: LogEntry.Channel?
        var people: [Int]
        var everyone: Bool
        var pronoun: Bool
        var date: LocalDate?
        var minutes: Int?
        var thankYou: Bool
        /// "this afternoon", "tonight" in the verb's own clause: the day above, whatever else
        /// the sentence says ("ran out yesterday and nothing, so I rang Hà at 2:30 this afternoon").
        var today = false
        /// Nothing stands after the verb but its time ("so I called at 10"): whom is left to the note.
        var objectless = false
    }

    static func entries(_ lines: [ProseLine], skipping used: Set<Int>, earlier: [LogEntry],
                        context: LogEntryReader.Context) -> [LogEntry] {
        var entries: [LogEntry] = []
        // The day of the heading or line above.
        var day: LocalDate?
        // The entry the last contact sentence made, and the line it ends on: "Mailed both cards"
        // on the next line sends what it wrote.
        var last: (index: Int, line: Int)?
        var inEmail = false
        // Where the day above was set, and the last line about the interview itself: "The
        // interview was on Tuesday 17 November… That evening I emailed" counts from the interview,
        // not from the day the note was written above it.
        var dayLine = 0, interviewLine = 0, dayLevel = 0
        // A thank-you the note said was still to send ("still haven't sent the thank-you"), and the
        // line it stands on: a later "Sent it" is that thank-you, the way it was to go.
        var pendingThanks: (line: Int, channel: LogEntry.Channel)?
        for line in lines {
            let lineDate = openingDate(line, context: context)
            if let opening = lineDate {
                day = opening
                dayLine = line.line
                dayLevel = line.isHeading ? line.headingLevel : 0
                if line.isHeading || used.contains(line.line) || isDateOnly(line) { continue }
            } else if line.isHeading {
                // A heading without a day ends the day's part of a journal; one under the day's
                // own heading ("# 2026-11-21 (Saturday)" over "## Today") is part of that day.
                if line.headingLevel == 0 || line.headingLevel <= dayLevel || dayLevel == 0 { day = nil }
                inEmail = false
                pendingThanks = nil
                continue
            }
            // A pasted email (from its `From:` or "On …, Ana wrote:" up to the next heading) and a
            // quote are someone's message, whose "I called" is not the writer's: the readers of
            // pasted emails read them.
            if isMailHeader(line.text) { inEmail = true }
            if inEmail || line.isQuote && !line.isCalloutTitle { continue }
            if let interviewDay = context.interviewDay, line.line > dayLine, line.has(ProseFacts.interviewWordSet),
               names(interviewDay, in: line.text) {
                interviewLine = line.line
            }
            guard !used.contains(line.line), !line.isPlan, !isKeyLine(line.text), line.has(verbWords) else { continue }
            // A line about the interview itself ("He called right at 2pm, ~45 min … phone screen").
            let words = line.words
            // Under a later day's heading, "they're still finishing interviews" is news of the process, not the interview.
            let laterDay = day.map { day in context.interviewDay.map { day > $0 } ?? false } ?? false
            if words.contains(where: ProseFacts.interviewWords.contains), !words.contains(where: { $0.hasPrefix("thank") }),
               !(laterDay && words.allSatisfy { !ProseFacts.interviewWords.contains($0) || $0 == "interviews" || $0 == "interviewing" }) { continue }
            if let previous = last, previous.line < line.line - 2 { last = nil }
            if let pending = pendingThanks, pending.line < line.line - 8 { pendingThanks = nil }
            let sentences = Self.sentences(line.text)
            for (index, sentence) in sentences.enumerated() {
                let tokens = Tokenizer.tokens(sentence)
                guard var found = contact(in: tokens, sentence: sentence, context: context, sentIt: pendingThanks?.channel) else {
                    if let channel = unsentThanks(tokens) { pendingThanks = (line.line, channel) }
                    continue
                }
                found.offset = line.text.unicodeScalars.distance(from: line.text.unicodeScalars.startIndex, to: sentence.startIndex)
                if let previous = last, found.people.isEmpty, !found.everyone || entries[previous.index].channel?.value == .paper,
                   refersBack(tokens) || isVoicemailLeft(tokens) && entries[previous.index].channel?.value == .call {
                    // "Mailed them at the post office first thing the next morning": the cards
                    // of the sentence before, sent on the day this one says. "Voicemail; left a
                    // short message": the call before.
                    let base = entries[previous.index].date?.value.date ?? day ?? context.interviewDay
                    if let date = found.date ?? relativeDays(tokens).flatMap({ offset in base.map { $0.adding(days: offset) } }) ?? lineDate {
                        let minutes = found.minutes ?? 0
                        entries[previous.index].date = Located(LocalDateTime(date: date, hour: minutes / 60, minute: minutes % 60),
                                                               entries[previous.index].date?.range ?? line.range)
                        entries[previous.index].hasTime = found.minutes != nil
                    }
                    last = (previous.index, max(line.line, line.lastLine))
                    continue
                }
                let afterInterview = interviewLine > dayLine && context.interviewDay != nil
                let reference = afterInterview ? context.interviewDay : day ?? context.interviewDay
                if found.today, found.date == nil {
                    found.date = reference
                } else if let offset = relativeDays(tokens) {
                    found.date = reference.map { $0.adding(days: offset) }
                } else if found.date == nil {
                    found.date = weekdayDate(tokens, from: reference, interviewDay: context.interviewDay)
                        ?? (afterInterview && sameDayCue(tokens) ? context.interviewDay : day)
                        ?? (sameDayCue(tokens) ? context.interviewDay : nil)
                }
                // "Emailed Marguerite a thank-you this morning" with no day to count from: a
                // contact, undated (and said so); a sentence with no word of when is none.
                let relative = found.today || relativeDays(tokens) != nil || sameDayCue(tokens)
                guard found.date != nil || relative else { continue }
                // The rest of the paragraph, up to the next sentence that is a contact, tells the
                // people ("One to Ayşe, …; one to Colin") and what the message said.
                // A plan after it ("Will write to Liam tomorrow.") names someone still to write to.
                var rest = sentences.index(after: index)
                while rest < sentences.endIndex, !opensPlan(sentences[rest]),
                      contact(in: Tokenizer.tokens(sentences[rest]), sentence: sentences[rest], context: context) == nil {
                    rest += 1
                }
                let endIndex = rest < sentences.endIndex ? sentences[rest].startIndex : line.text.endIndex
                let text = line.text[sentence.startIndex..<endIndex]
                guard let entry = makeEntry(found, date: found.date, text: text, line: line, context: context,
                                            earlier: earlier + entries) else { continue }
                entries.append(entry)
                if entry.kind == .thankYou { pendingThanks = nil }
                last = (entries.count - 1, max(line.line, line.lastLine))
            }
        }
        return entries
    }

    /// Whether a sentence says a thank-you is still unsent and a later one "Sent it".
    static func toldUnsentThenSent(_ text: String) -> Bool {
        var unsent = false
        for sentence in sentences(text) {
            let tokens = Tokenizer.tokens(sentence)
            if unsent, let sent = tokens.firstIndex(where: { $0.isWord("sent", "wrote") }), sent + 1 < tokens.count,
               tokens[sent + 1].isWord("it", "mine") {
                return true
            }
            if !unsent, unsentThanks(tokens) != nil { unsent = true }
        }
        return false
    }

    /// Words that say a thank-you is not sent yet.
    static let notYetWords: WordSet = ["haven't", "hasn't", "havent", "not", "didn't", "yet", "still", "need", "must",
                                       "forgot", "todo", "tomorrow", "should"]

    /// The way a thank-you a sentence says is not sent yet was to go ("Still haven't sent the
    /// thank-you", "need to write the thank-you card"); nil for any other sentence.
    static func unsentThanks(_ tokens: [Token]) -> LogEntry.Channel? {
        var thanks = false, notYet = false, paper = false
        for (position, token) in tokens.enumerated() {
            guard let word = token.word else { continue }
            if word == "thank-you" || word == "thankyou" || word == "thank" || word == "thanks" || word == "thank-yous" { thanks = true }
            if word == "ty", !token.hasLowercase { thanks = true }
            if notYetWords.contains(word) { notYet = true }
            if word == "card" || word == "handwritten" || word == "letter" || word == "note" && position > 0 && tokens[position - 1].isWord("hand") {
                paper = true
            }
        }
        return thanks && notYet ? (paper ? .paper : .email) : nil
    }

    /// Whether a sentence opens as a plan: "Will write to Liam tomorrow", "I'll call Dana Friday",
    /// "Need to thank Sam", "Tomorrow: card to Jo".
    static func opensPlan(_ sentence: Substring) -> Bool {
        let words = ProseFacts.words(sentence).prefix(2)
        guard let first = words.first else { return false }
        if planOpeners.contains(first) { return true }
        return (first == "i" || first == "still") && words.dropFirst().first.map { planOpeners.contains($0) || $0 == "need" } == true
    }
    static let planOpeners: Set<String> = ["will", "i'll", "ill", "going", "need", "must", "should", "plan", "planning",
                                           "tomorrow", "todo", "later"]

    /// The verbs the reader looks for, as a set (a line with none of them is passed over).
    static let verbWords: WordSet = ["emailed", "rang", "called", "phoned", "rung", "texted", "mailed", "posted",
                                     "wrote", "sent", "replied", "responded", "left"]

    /// The day a heading or a line opens with ("### Tuesday, November 10, 2026", "**Monday 16
    /// November 2026**", "**Update, Sunday 15 November, 9:40 pm:** …").
    static func openingDate(_ line: ProseLine, context: LogEntryReader.Context) -> LocalDate? {
        let tokens = line.tokens
        var index = 0
        var skipped = 0
        while index < tokens.count, index < 8 {
            if tokens[index].word == nil, tokens[index].number == nil {
                switch tokens[index].kind {
                case .isoDate, .slashDate, .dotDate: break
                default:
                    index += 1
                    continue
                }
            }
            // A day written without its year falls near the interview: a phone screen ten days
            // before it is this year's, not next year's.
            if let found = DateReader.dateTime(in: tokens, at: index, reference: context.interviewDay?.adding(days: -90),
                                               order: context.dateOrder, noteOrder: context.noteOrder) {
                return found.date.date
            }
            // One word before the date at most ("Update, Sunday 15 November").
            skipped += 1
            if skipped > 1 || !tokens[index].startsWithCapital { return nil }
            index += 1
        }
        return nil
    }

    /// Whether the line is its date and nothing more (a bold date line standing as a heading).
    static func isDateOnly(_ line: ProseLine) -> Bool {
        line.tokens.count <= 8 && !line.has(verbWords)
    }

    /// Words a clause may open with before an omitted subject and its verb ("so at 10:05 rang").
    static let timeWords: WordSet = [
        "at", "around", "about", "by", "this", "that", "the", "next", "same", "morning", "afternoon", "evening",
        "night", "today", "tonight", "later", "first", "thing", "on", "in", "little", "after", "straight", "away",
        "finally", "also", "then", "just", "quickly", "eventually", "again", "only", "promptly", "immediately",
        "a", "one", "two", "days", "day",
    ]

    /// A word token's text as written.
    static func written(_ token: Token, in text: Substring) -> String {
        String(text).scalars(from: token.offset, to: token.offset + token.length)
    }

    /// The interviewer a capitalised word names (its whole name, or a part only they have).
    static func interviewer(_ token: Token, in text: Substring, context: LogEntryReader.Context) -> Int? {
        guard token.startsWithCapital, token.hasLowercase, let word = token.word, !LogEntryReader.stopWords.contains(word) else { return nil }
        var name = written(token, in: text)
        if name.isPossessive { name = String(name.dropLast(2)) }
        let reference = context.names.resolve(Located(name, SourceRange(line: 1, column: 1, length: 0)))
        guard let person = reference.interviewer, reference.match == .exact || reference.match == .partial else { return nil }
        return person
    }

    /// Whether the sentence opens with "Thank-you", "Thankyou" or "TY" and `end` is the token after it.
    static func opensWithThanks(_ tokens: [Token], before end: Int) -> Bool {
        if end == 1 { return tokens[0].isWord("thankyou", "ty") }
        return end == 3 && tokens[0].isWord("thank") && tokens[1].isPunctuation("-") && tokens[2].isWord("you")
    }

    /// The contact a sentence tells, if it tells one.
    /// `sentIt`: the way of a thank-you said to be still unsent above, which "Sent it" sends.
    static func contact(in tokens: [Token], sentence: Substring, context: LogEntryReader.Context,
                        sentIt: LogEntry.Channel? = nil) -> Found? {
        guard !tokens.contains(where: { $0.isPunctuation("?") }) else { return nil }
        func wordAt(_ position: Int) -> Word {
            position >= 0 && position < tokens.count ? tokens[position].word ?? .none : .none
        }
        for position in tokens.indices {
            guard let word = tokens[position].word, let verb = verbs[word] else { continue }
            var channel: LogEntry.Channel?
            if case .channel(let value) = verb { channel = value }
            if word == "mailed", position >= 2, tokens[position - 1].isPunctuation("-"), wordAt(position - 2) == "e" { channel = .email }
            // The clause before the verb: its subject, and nothing that makes it unreal.
            var start = position
            var own = false, otherWord = false, unreal = false, neither = false, passiveThanks = false
            var other: [Int] = []
            while start > 0 {
                let token = tokens[start - 1]
                if case .punctuation(let mark) = token.kind, mark == "," || mark == ";" || mark == ":" || mark == "\u{2014}" || mark == "(" {
                    break
                }
                if let before = token.word {
                    if clauseWords.contains(before) { break }
                    if word == "sent" || word == "emailed", opensWithThanks(tokens, before: start) {
                        // "Thank-you sent by email 2026-11-20 16:40": the writer's, told in the passive.
                        own = true
                        passiveThanks = true
                        break
                    }
                    if Self.unreal.contains(before) {
                        unreal = true
                    } else if ownSubjects.contains(before) {
                        own = true
                    } else if otherSubjects.contains(before) {
                        otherWord = true
                    } else if let person = interviewer(token, in: sentence, context: context) {
                        other.append(person)
                    } else if !timeWords.contains(before), !LogThread.dateWords.contains(before) {
                        neither = true
                    }
                }
                start -= 1
            }
            let incoming = !own && (otherWord || !other.isEmpty)
            // "they'd emailed over", "meant to write"; "a tool called Airflow", "the call finished".
            if unreal || !own && !incoming && neither { continue }
            // The object: whom, and in what.
            var after = position + 1
            var people: [Int] = incoming ? other : []
            var everyone = false, pronoun = false, thankYou = passiveThanks, paper = false
            var object: LogEntry.Channel??
            while after < tokens.count {
                let token = tokens[after]
                if case .punctuation(let mark) = token.kind, mark == "." || mark == ";" || mark == ":" { break }
                if let next = token.word {
                    // "emailed Celeste and Harold": "and" before another interviewer goes on the list.
                    if clauseWords.contains(next), after > position + 1,
                       !(next == "and" && !incoming && after + 1 < tokens.count && interviewer(tokens[after + 1], in: sentence, context: context) != nil) { break }
                    if next == "thank" || next == "thankyou" || next == "thank-you" || next == "thanks" { thankYou = true }
                    if paperWords.contains(next) { paper = true }
                    if object == nil, let noun = messageNouns[next] { object = .some(noun) }
                    if next == "both" || next == "each" || next == "all" || next == "two" || next == "three" { everyone = true }
                    if pronouns.contains(next), !incoming { pronoun = true }
                    if !incoming, let person = interviewer(token, in: sentence, context: context), !people.contains(person) {
                        people.append(person)
                    }
                }
                after += 1
            }
            switch verb {
            case .channel(.call):
                // "rang her", "called Ms. Papadaki", "rang me back"; not "a tool called Airflow".
                let object = position + 1 < tokens.count ? tokens[position + 1] : nil
                let named = object.map { $0.startsWithCapital && $0.hasLowercase && !LogEntryReader.stopWords.contains($0.word ?? .none) } ?? false
                guard incoming || callObjects.contains(wordAt(position + 1)) || !people.isEmpty || named else { continue }
            case .channel:
                break
            case .object:
                if word == "left" {
                    // "left a voicemail", "left a brief message"; not "left my resume".
                    guard tokens[position..<min(after, position + 5)].contains(where: { $0.isWord("voicemail", "message", "vm") }) else { continue }
                    channel = .call
                    break
                }
                // "wrote the thank-you emails", "wrote two cards by hand"; not "wrote about", "sent it"
                // (unless a thank-you still to send was told just before: "Sent it Thursday at 9:10").
                var noun = object
                if noun == nil, let sentIt, word == "sent" || word == "wrote", wordAt(position + 1) == "it" || wordAt(position + 1) == "mine" {
                    noun = .some(sentIt)
                    thankYou = true
                }
                guard let noun else { continue }
                channel = noun
                let objectTokens = tokens[position..<after]
                if channel == nil, paper || objectTokens.contains(where: { $0.isWord("card", "cards", "letter", "letters") }) {
                    channel = .paper
                } else if channel == nil, objectTokens.contains(where: { $0.isWord("email", "emails", "mail", "mails") }) {
                    channel = .email
                }
            case .reply:
                break
            }
            if paper, channel == nil { channel = .paper }
            // The time nearest the verb, read as the afternoon when the words say so.
            var minutes: Int?
            var distance = Int.max
            for index in tokens.indices {
                guard case .time(var value) = tokens[index].kind, abs(index - position) < distance else { continue }
                let hasMeridiem = written(tokens[index], in: sentence).unicodeScalars.contains { $0.properties.isAlphabetic }
                if !hasMeridiem, value < 12 * 60, value >= 60, tokens.contains(where: { $0.word.map(laterWords.contains) ?? false }) {
                    value += 12 * 60
                }
                minutes = value
                distance = abs(index - position)
            }
            // "so I rang Fiona at 11": the hour alone, after the verb.
            if minutes == nil, var hour = LogEntryReader.bareHour(tokens, from: position) {
                // "on the Wednesday evening, I finally wrote them, around 8": the sentence's part of the day.
                if hour < 12 * 60, tokens.contains(where: { $0.word.map(laterWords.contains) ?? false }) { hour += 12 * 60 }
                minutes = hour
            }
            // A day written in the verb's clause ("Thursday evening (Nov. 12), wrote …").
            var date: LocalDate?
            for index in 0..<after {
                switch tokens[index].kind {
                case .number, .isoDate, .slashDate, .dotDate: break
                case .word(let month) where DateReader.monthNames[month.string ?? ""] != nil: break
                // "On the Sunday after, the twenty-second, I rang Fiona": a day in words ("after the
                // 13th" is no day of the contact).
                case .word(let word) where word == "the" && index + 1 < tokens.count && tokens[index + 1].word != nil: break
                default: continue
                }
                if let found = DateReader.match(in: tokens, at: index, reference: context.interviewDay,
                                                order: context.dateOrder, noteOrder: context.noteOrder),
                   found.tokenCount > 1 || { if case .slashDate = tokens[index].kind { return true }; return false }() {
                    date = found.date
                    break
                }
                if case .isoDate(let day?) = tokens[index].kind {
                    date = day
                    break
                }
            }
            var found = Found(sentence: sentence, offset: 0, incoming: incoming, channel: channel, people: people,
                              everyone: everyone, pronoun: pronoun, date: date, minutes: minutes, thankYou: thankYou && !incoming)
            var next = position + 1
            while next < tokens.count, tokens[next].isWord("again", "back") || tokens[next].isWord("at", "around", "this", "that") {
                next += 1
            }
            found.objectless = next >= tokens.count || tokens[next].kind.isPunctuation || { if case .time = tokens[next].kind { return true }; return false }()
            for index in start..<after where tokens[index].isWord("today", "tonight")
                || tokens[index].isWord("this") && index + 1 < after && (tokens[index + 1].word.map(partsOfDay.contains) ?? false) {
                found.today = true
            }
            return found
        }
        return nil
    }

    /// The sentences of a line, not cut after a title ("so I called Ms. Papadaki tonight at 7:15").
    static func sentences(_ text: String) -> [Substring] {
        var result: [Substring] = []
        for var piece in ProseLines.sentences(text) {
            while piece.first == " " { piece = piece.dropFirst() }
            if let previous = result.last, let word = previous.split(separator: " ").last,
               LogEntryReader.titleAbbreviations.contains(word.dropLast().quickLowercased()), word.hasSuffix(".") {
                result[result.count - 1] = text[previous.startIndex..<piece.endIndex]
            } else {
                result.append(piece)
            }
        }
        return result
    }

    /// An email's header line (`From:`, `**Subject:**`, `Sent:`) or a quote's lead-in ("On Tue,
    /// 17 Nov 2026 at 09:12, Ana wrote:").
    static func isMailHeader(_ text: String) -> Bool {
        var key = Substring(text)
        while key.first == "*" || key.first == "_" { key = key.dropFirst() }
        for name in ["From:", "Sent:", "Subject:", "Cc:", "De :", "Von:", "Objet :", "Betreff:"] where key.hasPrefix(name) {
            return true
        }
        return text.utf8.last == UInt8(ascii: ":") && text.hasSuffix("wrote:")
    }

    /// "left a voicemail", "left a brief message".
    static func isVoicemailLeft(_ tokens: [Token]) -> Bool {
        guard let left = tokens.firstIndex(where: { $0.isWord("left") }) else { return false }
        return tokens[left...].prefix(5).contains { $0.isWord("voicemail", "message", "vm") }
    }

    /// A `Key: value` line of a block of fields (`**Channel:** Phone, left a voicemail`): read
    /// by the readers of such blocks, not as a sentence.
    /// Parts of the day written as a label before what happened then.
    static let timeLabels: Set<String> = ["morning", "afternoon", "evening", "tonight", "night", "later", "lunch", "lunchtime"]

    static func isKeyLine(_ text: String) -> Bool {
        var words = 0, inWord = false
        for (offset, byte) in text.utf8.prefix(48).enumerated() {
            switch byte {
            case UInt8(ascii: ":"):
                // "Evening: sent Adaeze a thank-you email": a part of the day opens a sentence, no key.
                if words == 1, offset <= 10, timeLabels.contains(String(decoding: text.utf8.prefix(offset), as: UTF8.self)
                    .trimmingWhitespace().filter { $0 != "*" && $0 != "_" }.quickLowercased()) {
                    return false
                }
                return words > 0 && words <= 3
            case UInt8(ascii: "*"), UInt8(ascii: "_"): inWord = false
            case 0x20:
                inWord = false
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "-"), 0x80...0xFF:
                if !inWord { words += 1 }
                inWord = true
            default:
                return false
            }
        }
        return false
    }

    /// "Mailed them", "posted both", "sent it": the message of the sentence before.
    static func refersBack(_ tokens: [Token]) -> Bool {
        tokens.contains { $0.isWord("them", "it", "both") }
    }

    /// "on Friday", "on the Wednesday evening": the day of that name nearest the day above, after
    /// it when that is the interview's day (the contacts after it), before it otherwise (a
    /// journal telling what happened since).
    static func weekdayDate(_ tokens: [Token], from reference: LocalDate?, interviewDay: LocalDate?) -> LocalDate? {
        guard let reference else { return nil }
        for position in tokens.indices where tokens[position].isWord("on") {
            var next = position + 1
            if next < tokens.count, tokens[next].isWord("the") { next += 1 }
            guard next < tokens.count, let weekday = DateReader.weekday(tokens[next]) else { continue }
            var offset = weekday - reference.weekday
            if reference == interviewDay {
                if offset < 0 { offset += 7 }
            } else if offset > 0 {
                offset -= 7
            }
            return reference.adding(days: offset)
        }
        return nil
    }

    /// Past verbs of a contact the writer made, as words of a line.
    static let contactVerbs: Set<String> = ["emailed", "called", "rang", "phoned", "texted", "messaged", "sent", "wrote",
                                            "mailed", "posted", "replied", "followed"]

    /// Whether the text writes `day` ("The interview was on Tuesday 17 November 2026 at 11").
    static func names(_ day: LocalDate, in text: String) -> Bool {
        let tokens = Tokenizer.tokens(text)
        return tokens.indices.contains { DateReader.date(in: tokens, at: $0, reference: day)?.0 == day }
    }

    /// Words that date a sentence on the interview's day when no day is above it ("that evening",
    /// "as soon as I got home": home from the interview).
    static func sameDayCue(_ tokens: [Token]) -> Bool {
        for position in tokens.indices.dropLast() {
            if tokens[position].isWord("that", "same"), let next = tokens[position + 1].word, partsOfDay.contains(next) { return true }
            if tokens[position].isWord("got", "get", "getting"), tokens[position + 1].isWord("home") { return true }
        }
        return false
    }

    static func makeEntry(_ found: Found, date: LocalDate?, text: Substring, line: ProseLine, context: LogEntryReader.Context,
                          earlier: [LogEntry]) -> LogEntry? {
        let start = line.position(at: found.offset)
        let range = SourceRange(start: start, end: SourcePosition(line: start.line, column: start.column + found.sentence.unicodeScalars.count))
        var entry = LogEntry(range: range, text: String(text))
        // What the message said: the log reader's words for recap and interest.
        let (read, _) = LogEntryReader.fromText(SourceSpan(text, line: start.line, column: start.column), context: context)
        entry.recapsConversation = read.recapsConversation
        entry.reiteratesInterest = read.reiteratesInterest
        if let date {
            var moment = LocalDateTime(date: date)
            if let minutes = found.minutes {
                var value = minutes
                // A "1:30" after a morning interview on its day is the afternoon.
                if date == context.interviewDay, let start = context.interviewMinute, value < start, value < 12 * 60 {
                    value += 12 * 60
                }
                moment = LocalDateTime(date: date, hour: value / 60, minute: value % 60)
                entry.hasTime = true
            }
            entry.date = Located(moment, range)
        }
        if let channel = found.channel { entry.channel = Located(channel, range) }
        entry.direction = found.incoming ? .incoming : .outgoing
        var people = found.people
        // A thank-you that names its person takes no one else from a paragraph that denies it
        // ("Didn't have an address for Ollie, so nothing went to him").
        let denies = !people.isEmpty && ProseFacts.words(text).contains { ProseFacts.negations.contains($0) || $0 == "nothing" }
        if people.isEmpty || found.thankYou && !denies {
            // Interviewers named later in the paragraph ("One to Ayşe, …; one to Colin").
            let tokens = Tokenizer.tokens(text)
            for token in tokens where token.startsWithCapital && token.hasLowercase {
                guard let word = token.word, !LogEntryReader.stopWords.contains(word) else { continue }
                var name = String(String.UnicodeScalarView(text.unicodeScalars.dropFirst(token.offset).prefix(token.length)))
                if name.isPossessive { name = String(name.dropLast(2)) }
                let reference = context.names.resolve(Located(name, range))
                if let person = reference.interviewer, reference.match == .exact || reference.match == .partial,
                   !people.contains(person), found.thankYou || people.isEmpty && !found.incoming {
                    people.append(person)
                }
                if !found.thankYou, !people.isEmpty { break }
            }
        }
        if people.isEmpty, found.everyone, !found.incoming {
            people = context.people.indices.filter { !context.people[$0].isRecruiter }
        }
        if people.isEmpty, found.pronoun || found.incoming, let previous = earlier.last(where: { $0.interviewers.count == 1 }) {
            // "rang her again", "She emailed back": the one last in touch.
            people = previous.interviewers
        }
        // "I called her once at 10am" before any contact with her: the one person the note names.
        if people.isEmpty, found.pronoun, !found.incoming, context.people.count == 1 { people = [0] }
        if people.isEmpty, !found.incoming, found.thankYou || found.objectless, let only = context.onlyInterviewer { people = [only] }
        // "I emailed my sister the photos", "Mom called": a contact with none of them is none.
        guard !people.isEmpty || found.thankYou else { return nil }
        entry.people = people.map { PersonReference(written: Located(context.people[$0].name.value, range), interviewer: $0, match: .implied) }
        if found.incoming {
            entry.kind = .other
        } else if found.thankYou || read.kind == .thankYou {
            // "Emailed Sam separately (18:55) — thanked him, recapped the Revit chat": the log
            // reader's words for a written message that thanks and recaps.
            entry.kind = .thankYou
        } else if entry.channel?.value == .call || read.kind == .followUp {
            entry.kind = .followUp
        } else {
            entry.kind = .other
        }
        if entry.kind != .thankYou { entry.reiteratesInterest = read.reiteratesInterest && read.kind == .thankYou ? false : entry.reiteratesInterest }
        // The log reader looks for the phrases of interest only in what it read as a thank-you.
        if entry.kind == .thankYou, !entry.reiteratesInterest, read.kind != .thankYou { entry.reiteratesInterest = LogEntryReader.saysInterest(String(text)) }
        return entry
    }
}
