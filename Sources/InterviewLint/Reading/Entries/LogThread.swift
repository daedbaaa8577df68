/// What a log entry leaves to the entries around it: "Ingrid replied" answers the email sent
/// to her (its channel), "called again" is with whoever the last call was with, and "separate
/// emails to Marcus and Sofia" are two messages, one to each.
enum LogThread {
    /// Words that say an entry answers an earlier message.
    static let replyWords: WordSet = ["replied", "responded", "reply", "response", "answered"]
    /// "Owen wrote back", "she got back to me": a reply in other words.
    static func writesBack(_ words: [Word]) -> Bool {
        guard let back = words.firstIndex(of: "back"), back > 0 else { return false }
        let verb = words[back - 1]
        return verb == "wrote" || verb == "got" || verb == "emailed" || verb == "messaged" || verb == "texted" || verb == "came"
    }
    /// Words that say several messages were sent, one to each person.
    static let separateWords: WordSet = ["separate", "separately", "individual", "individually", "emails", "notes",
                                         "cards", "letters", "messages", "texts", "thank-yous", "thankyous", "yous", "mails",
                                         // German, Dutch, Spanish and Portuguese: "jeweils einzeln", "apart", "por separado".
                                         "einzeln", "jeweils", "separat", "apart", "afzonderlijk", "separado", "separados",
                                         "separadas", "separadamente", "individualmente",
                                         // French: "deux lettres … (une pour chacun)".
                                         "lettres", "chacun", "chacune"]
    /// Words that say one message went to everyone.
    static let togetherWords: WordSet = ["together", "cc", "cc'd", "cced", "group", "joint", "single"]

    /// Splits, links and completes the entries of a log in document order; `problems` loses
    /// what linking settled.
    static func link(_ log: inout [LogEntry], problems: inout [ReadProblem]) {
        guard !log.isEmpty else { return }
        var index = 0
        while index < log.count {
            guard log[index].isOutgoing, log[index].people.count > 1 else {
                index += 1
                continue
            }
            let parts = separated(log[index])
            if parts.count > 1 {
                log.replaceSubrange(index...index, with: parts)
                index += parts.count
            } else {
                index += 1
            }
        }
        foldWritingIntoSending(&log)
        foldRepeatedTasks(&log)
        dropSummaryThankYous(&log)
        for index in log.indices.dropFirst() where log[index].kind == .thankYou && !log[index].reiteratesInterest
            && log[index - 1].kind == .thankYou && log[index - 1].reiteratesInterest && log[index].isOutgoing {
            // "…, same closing": the interest the thank-you before it said, said again.
            let words = Tokenizer.tokens(log[index].text).compactMap(\.word)
            if let same = words.firstIndex(of: "same"), same + 1 < words.count,
               ["closing", "ending", "close", "sign", "signoff", "outro"].contains(words[same + 1]) {
                log[index].reiteratesInterest = true
            }
        }
        for index in log.indices where log[index].channel == nil || log[index].people.isEmpty {
            let before = (log[index].channel == nil, log[index].people.isEmpty)
            let words = Tokenizer.tokens(log[index].text).compactMap(\.word)
            if log[index].people.isEmpty, log[index].date != nil, words.contains("again") {
                // "Called again 10:30am, voicemail again": the last such contact's person (an
                // undated "call again" is more likely a plan).
                let entry = log[index]
                if let earlier = log[..<index].last(where: { $0.isOutgoing == entry.isOutgoing && !$0.people.isEmpty
                    && (entry.channel == nil || $0.channel?.value == entry.channel?.value) }) {
                    log[index].people = earlier.people
                }
            }
            if log[index].people.isEmpty, log[index].isOutgoing, log[index].date != nil, index > 0,
               words.contains(where: { $0 == "her" || $0 == "him" }), log[index - 1].interviewers.count == 1 {
                // "email from Celine asking for references" / "emailed her the two references":
                // the one person of the entry just before.
                log[index].people = log[index - 1].people.filter { $0.interviewer != nil }
            }
            if log[index].channel == nil, log[index].isOutgoing, index > 0, !log[index].interviewers.isEmpty,
               let same = words.firstIndex(where: { $0 == "same" || $0 == "ditto" }), same + 1 < words.count, words[same + 1] == "to",
               log[index - 1].isOutgoing, let channel = log[index - 1].channel {
                // "– same to Rahul, recapped …" under "emailed Fiona to say thank you": the same
                // message, the same way, to another person.
                log[index].channel = Located(channel.value, log[index].range)
                if log[index - 1].kind == .thankYou, log[index].kind != .thankYou {
                    log[index].kind = .thankYou
                    log[index].reiteratesInterest = log[index].reiteratesInterest || LogEntryReader.saysInterest(log[index].text)
                }
            }
            if log[index].channel == nil, log[index].isOutgoing, log[index].kind == .thankYou, index > 0,
               !log[index].interviewers.isEmpty, words.contains(where: { $0 == "separate" || $0 == "another" }),
               log[index - 1].isOutgoing, log[index - 1].kind == .thankYou, let channel = log[index - 1].channel {
                // "separate thank-you to Owen" under "thank-you email to Priya": another of the same
                // messages, sent the same way.
                log[index].channel = Located(channel.value, log[index].range)
            }
            if log[index].channel == nil, !log[index].isOutgoing, !log[index].interviewers.isEmpty,
               words.contains(where: replyWords.contains) || LogThread.writesBack(words) {
                // A reply comes the way the message to them it answers went.
                let people = log[index].interviewers
                if let earlier = log[..<index].last(where: { $0.isOutgoing && $0.channel != nil
                    && $0.interviewers.contains(where: people.contains) }), let channel = earlier.channel {
                    log[index].channel = Located(channel.value, log[index].range)
                }
            }
            if log[index].channel == nil, log[index].isOutgoing, !log[index].interviewers.isEmpty,
               words.contains(where: replyWords.contains) {
                // "replied to Bogdan": the answer goes back the way his message came.
                let people = log[index].interviewers
                if let earlier = log[..<index].last(where: { !$0.isOutgoing && $0.channel != nil
                    && $0.interviewers.contains(where: people.contains) }), let channel = earlier.channel {
                    log[index].channel = Located(channel.value, log[index].range)
                }
            }
            guard before != (log[index].channel == nil, log[index].people.isEmpty) else { continue }
            // The finding about what was missing is said again for what still is.
            let range = log[index].range
            let unsure = problems.contains { $0.kind == .unreadableEntry && $0.range == range && $0.uncertain }
            problems.removeAll { $0.kind == .unreadableEntry && $0.range == range }
            problems += LogEntryReader.problems(for: log[index]).map { problem in
                var said = problem
                said.uncertain = unsure
                return said
            }
        }
    }

    /// Words that tell a letter was written, and words that tell it was sent.
    static let writingWords: WordSet = ["wrote", "write", "written", "writing", "handwrote", "drafted"]
    static let sendingWords: WordSet = ["mailed", "posted", "dropped", "sent", "delivered", "handed"]

    /// "wrote two cards by hand, thanked her…" then "mailed both cards": the card went out when it
    /// was mailed, so the mailing is the thank-you (what the writing said, its recap and interest)
    /// and the writing is no contact of its own.
    static func foldWritingIntoSending(_ log: inout [LogEntry]) {
        var folded: [Int] = []
        for index in log.indices where log[index].isOutgoing && log[index].kind != .thankYou
            && log[index].channel?.value == .paper && !log[index].interviewers.isEmpty {
            let words = Tokenizer.tokens(log[index].text).compactMap(\.word)
            guard words.contains(where: sendingWords.contains), !words.contains(where: writingWords.contains) else { continue }
            let people = log[index].interviewers
            for earlier in log.indices.prefix(index) where !folded.contains(earlier) {
                let written = log[earlier]
                guard written.isOutgoing, written.kind == .thankYou, written.channel?.value == .paper,
                      written.interviewers.contains(where: people.contains),
                      (written.date?.value).map({ date in log[index].date.map { date <= $0.value } ?? true }) ?? true
                else { continue }
                let writtenWords = Tokenizer.tokens(written.text).compactMap(\.word)
                guard writtenWords.contains(where: writingWords.contains),
                      !writtenWords.contains(where: sendingWords.contains) else { continue }
                log[index].kind = .thankYou
                log[index].recapsConversation = log[index].recapsConversation || written.recapsConversation
                log[index].reiteratesInterest = log[index].reiteratesInterest || written.reiteratesInterest
                folded.append(earlier)
            }
        }
        for index in folded.sorted(by: >) { log.remove(at: index) }
    }

    /// "| 11/19 | Pinecrest | thank-you emails | email | sent |" in a weekly tracker, beside the
    /// lines that say to whom each went and what it said: a thank-you that names nobody and says
    /// nothing of its own, on a day with thank-yous to named people, sums those up and is none.
    static func dropSummaryThankYous(_ log: inout [LogEntry]) {
        guard log.count > 1, log.contains(where: { $0.kind == .thankYou && $0.people.isEmpty }) else { return }
        let namedDays = Set(log.compactMap { $0.kind == .thankYou && !$0.interviewers.isEmpty ? $0.date?.value.date : nil })
        log.removeAll { entry in
            guard entry.kind == .thankYou, entry.people.isEmpty, !entry.recapsConversation, !entry.reiteratesInterest,
                  entry.text.hasPrefix("|"), let day = entry.date?.value.date else { return false }
            return namedDays.contains(day)
        }
    }

    /// A contact written twice, as a ticked task and as a line of the log, on the same day, the
    /// same way, with the same people ("- [x] call Imogen ✅ 2026-11-20" and "2026-11-20 — called
    /// Imogen, voicemail"), is one contact: the first keeps what either says.
    static func foldRepeatedTasks(_ log: inout [LogEntry]) {
        guard log.count > 1 else { return }
        let done = log.map(\.isDoneTask)
        guard done.contains(true) else { return }
        var removed: [Int] = []
        for index in log.indices where !removed.contains(index) {
            let entry = log[index]
            guard let day = entry.date?.value.date, entry.channel != nil || entry.kind == .thankYou, !entry.interviewers.isEmpty else { continue }
            for later in log.indices where later > index && !removed.contains(later) {
                let other = log[later]
                // A thank-you task that names no way ("Send thank-you to Henrik · completed 6:02 PM")
                // and the thank-you email noted beside it minutes later are one message.
                let thanks = entry.kind == .thankYou && other.kind == .thankYou && (entry.channel == nil || other.channel == nil)
                guard done[index] != done[later], other.date?.value.date == day,
                      entry.channel != nil && other.channel?.value == entry.channel?.value || thanks,
                      other.isOutgoing == entry.isOutgoing, Set(other.interviewers) == Set(entry.interviewers) else { continue }
                // Two times written that differ are two contacts (a thank-you's by more than a quarter of an hour).
                if entry.hasTime, other.hasTime, let first = entry.date?.value, let second = other.date?.value,
                   thanks ? abs(first.minuteOfDay - second.minuteOfDay) > 15 : first != second { continue }
                if !entry.hasTime, other.hasTime { log[index].date = other.date; log[index].hasTime = true }
                if log[index].channel == nil { log[index].channel = other.channel }
                if other.kind == .thankYou { log[index].kind = .thankYou }
                else if log[index].kind == .other { log[index].kind = other.kind }
                log[index].recapsConversation = log[index].recapsConversation || other.recapsConversation
                log[index].reiteratesInterest = log[index].reiteratesInterest || other.reiteratesInterest
                removed.append(later)
                break
            }
        }
        for index in removed.sorted(by: >) { log.remove(at: index) }
    }

    /// One entry per interviewer when an outgoing entry names several and says the messages
    /// were separate ("Separate emails that evening to Marcus and Sofia", "sent both thank-you
    /// emails, one each"); the entry itself when it went to them together ("one email, all three
    /// on it") or names one person.
    static func separated(_ entry: LogEntry) -> [LogEntry] {
        guard entry.isOutgoing, entry.people.count > 1 else { return [entry] }
        // Most entries are with one person: two different ones are looked for before any list is made.
        var first: Int?
        var several = false
        for reference in entry.people {
            guard let person = reference.interviewer else { continue }
            if let seen = first, seen != person { several = true; break }
            first = person
        }
        guard several else { return [entry] }
        var people: [PersonReference] = []
        for reference in entry.people {
            guard let person = reference.interviewer, !people.contains(where: { $0.interviewer == person }) else { continue }
            people.append(reference)
        }
        guard people.count > 1 else { return [entry] }
        let tokens = Tokenizer.tokens(entry.text)
        var separate = false
        for position in tokens.indices {
            guard let word = tokens[position].word else { continue }
            let next = position + 1 < tokens.count ? tokens[position + 1].word ?? .none : .none
            if togetherWords.contains(word) { return [entry] }
            // "one email to all five", "in one message": a single one.
            if word == "one", next == "email" || next == "message" || next == "note" || next == "mail" || next == "card"
                || next == "letter" { return [entry] }
            if separateWords.contains(word) || word == "each" { separate = true }
            // "thank-you email to Jane, then one to Tom", "and another to Tom": a second message.
            if word == "one" || word == "another", next == "to" || next == "for" { separate = true }
        }
        guard separate else { return [entry] }
        return people.map { person in
            var one = entry
            one.people = [person]
            return one
        }
    }
}

extension LogThread {
    /// Words after "no" or "still no" that say nothing came.
    static let silenceWords: WordSet = ["reply", "replies", "response", "word", "news", "answer", "update", "contact",
                                        "callback", "email", "emails"]
    /// All the words "No follow-up call yet" may hold after its "no".
    static let notYetWords: WordSet = ["follow", "up", "followup", "call", "calls", "email", "emails", "text", "message",
                                       "yet", "so", "far", "sent", "made", "from", "me", "by", "chase", "nudge", "thank", "you"]
    static let dateWords = WordSet(Set(DateReader.monthNames.keys).union(DateReader.weekdayNames.keys))
    /// Words that open a line about what did not happen.
    static let neverWords: WordSet = ["never", "didn't", "didnt", "haven't", "havent", "hasn't", "hasnt"]

    /// Whether a log line records that nothing happened ("nothing back yet, stop now and wait",
    /// "Mon 23/11 — no reply at all"): a note to self, not a contact.
    static func recordsSilence(_ entry: LogEntry) -> Bool {
        guard entry.kind != .thankYou, mayRecordSilence(entry.text), mayOpenWithSilence(entry.text) else { return false }
        let words = Tokenizer.tokens(entry.text).lazy.compactMap(\.word).filter { !dateWords.contains($0) }
        var iterator = words.makeIterator()
        guard var first = iterator.next() else { return false }
        // "Never got Raj's email, so no thank-you to him yet": what did not happen.
        if neverWords.contains(first) { return true }
        // "No follow-up call yet.", "no email yet": a way named only as not yet taken.
        if first == "no" {
            let rest = Array(words.dropFirst())
            if rest.contains("yet"), rest.allSatisfy(notYetWords.contains) { return true }
        }
        guard entry.channel == nil else { return false }
        if first == "still" { first = iterator.next() ?? .none }
        if first == "nothing" { return true }
        return first == "no" && silenceWords.contains(iterator.next() ?? .none)
    }

    /// Whether a log entry's description (its tokens after the date) is a plan, not a contact:
    /// it opens with what is still to do ("will call", "I'll email", "plan to", "going to",
    /// "remind me to", "need to", "todo"), with a condition ("if no reply by Friday, call Jane"),
    /// or with a bare "call Imogen" that a condition follows ("call Imogen if nothing heard").
    static func recordsPlan(_ tokens: [Token], people: [PersonReference]) -> Bool {
        // Most entries open with a word of what was done ("Emailed", "Called", a name): turned
        // away on it, before anything else is looked at.
        guard let opening = tokens.first(where: { $0.word != nil })?.word,
              planFirstWords.contains(opening) || dateWords.contains(opening) else { return false }
        // The first three words that are no month or weekday, in one pass without closures (a
        // closure that steps a shared index paid an exclusivity check on every step).
        var words: (Word, Word, Word) = (.none, .none, .none)
        var count = 0, index = 0
        while index < tokens.count, count < 3 {
            if case .word(let word) = tokens[index].kind, !LogThread.isDateWord(word) {
                switch count {
                case 0: words.0 = word
                case 1: words.1 = word
                default: words.2 = word
                }
                count += 1
            }
            index += 1
        }
        var (first, second) = (words.0, words.1)
        if first == "i" || first == "todo" || first == "next" || first == "then" { (first, second) = (words.1, words.2) }
        // Most entries open with a verb of what was done: turned away on the first word.
        guard first != .none else { return false }
        if planOpeners.contains(first) {
            // "Will called back": a person named Will, not what is still to do.
            return first != "will" || !people.contains(where: { $0.written.value.hasPrefix("Will") })
        }
        // "going to", "want to", "need to", "have to", "remind me": only with what follows.
        if planLeads.contains(first) { return second == "to" || second == "me" }
        if first == "if" || first == "unless" { return true }
        guard imperatives.contains(first) else { return false }
        for word in [words.1, words.2] where word == "if" || word == "unless" || word == "otherwise" { return true }
        // The condition after it, in the clause's first words; compared as packed words, in place.
        var position = index
        while position < tokens.count, position < index + 16 {
            if case .word(let word) = tokens[position].kind, word == "if" || word == "unless" || word == "otherwise" { return true }
            position += 1
        }
        return false
    }

    /// A month or weekday name (`dateWords`), which a plan's opening words step over.
    @inline(__always)
    static func isDateWord(_ word: Word) -> Bool { dateWords.contains(word) }

    /// Every word a plan may open with (`planOpeners`, `planLeads`, `imperatives`, and the words
    /// stepped over before them).
    static let planFirstWords: WordSet = ["will", "i'll", "ill", "plan", "planning", "planned", "gonna", "should",
                                          "must", "intend", "reminder", "tbd", "todo", "maybe", "shall",
                                          "going", "want", "need", "have", "remind", "try",
                                          "call", "email", "text", "ping", "message", "send", "write", "follow", "chase",
                                          "nudge", "ring", "phone", "reach", "check", "contact",
                                          "if", "unless", "i", "next", "then"]
    static let planOpeners: WordSet = ["will", "i'll", "ill", "plan", "planning", "planned", "gonna", "should",
                                       "must", "intend", "reminder", "tbd", "todo", "maybe", "shall"]
    static let planLeads: WordSet = ["going", "want", "need", "have", "remind", "try"]
    /// Verbs of a contact in their bare form, as a to-do writes them.
    static let imperatives: WordSet = ["call", "email", "text", "ping", "message", "send", "write", "follow", "chase",
                                       "nudge", "ring", "phone", "reach", "check", "contact"]

    /// Whether the first word that is no month or weekday may open a line of silence, read off
    /// the bytes: most lines that pass `mayRecordSilence` hold "still" or "no" further on ("they
    /// are still interviewing") and need not be tokenized. True whenever the bytes leave it open
    /// (a letter outside ASCII, an apostrophe, a word joined to a number, "am" or "pm"), so that
    /// the tokens decide.
    static func mayOpenWithSilence(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            func isLetter(_ byte: UInt8) -> Bool { (byte | 0x20) &- 0x61 < 26 }
            func isDigit(_ byte: UInt8) -> Bool { byte &- 0x30 < 10 }
            var index = 0
            while index < bytes.count {
                let byte = bytes[index]
                if byte >= 0x80 {
                    let (scalar, width) = UTF8Cursor.decode(bytes, at: index)
                    if scalar.isLetter { return true }
                    index += width
                } else if isDigit(byte) {
                    while index < bytes.count, isDigit(bytes[index]) || bytes[index] == 0x3A || bytes[index] == 0x2E
                            || bytes[index] == 0x2F || bytes[index] == 0x2D { index += 1 }
                    if index < bytes.count, isLetter(bytes[index]) { return true }
                } else if isLetter(byte) {
                    let start = index
                    while index < bytes.count, isLetter(bytes[index]) || isDigit(bytes[index]) { index += 1 }
                    if index < bytes.count, bytes[index] == 0x27 || bytes[index] >= 0x80 { return true }
                    let word = index - start <= 16 ? Word.packingLowercased(bytes, from: start, count: index - start) : .unpacked
                    guard word.isPacked else { return false }
                    if dateWords.contains(word) { continue }
                    if word == "a" || word == "p" || word == "am" || word == "pm" { return true }
                    return neverWords.contains(word) || word == "still" || word == "nothing" || word == "no"
                } else {
                    index += 1
                }
            }
            return false
        }
    }

    /// Whether a word that opens a line of silence (no, nothing, never, didn't, haven't, hasn't,
    /// still) starts a word anywhere in the text, in any case: a test on the bytes that most log
    /// lines fail, so that they are not tokenized again.
    static func mayRecordSilence(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            func isLetter(_ byte: UInt8) -> Bool { (byte | 0x20) &- 0x61 < 26 }
            func word(_ stem: StaticString, at index: Int, whole: Bool) -> Bool {
                let length = stem.utf8CodeUnitCount
                guard index + length <= bytes.count else { return false }
                for offset in 0..<length where bytes[index + offset] | 0x20 != stem.utf8Start[offset] { return false }
                return !whole || index + length == bytes.count || !(isLetter(bytes[index + length]) || bytes[index + length] &- 0x30 < 10)
            }
            for index in bytes.indices where isLetter(bytes[index]) && (index == 0 || !isLetter(bytes[index - 1])) {
                switch bytes[index] | 0x20 {
                case UInt8(ascii: "n"): if word("no", at: index, whole: true) || word("nothing", at: index, whole: false) || word("never", at: index, whole: false) { return true }
                case UInt8(ascii: "d"): if word("didn", at: index, whole: false) { return true }
                case UInt8(ascii: "h"): if word("haven", at: index, whole: false) || word("hasn", at: index, whole: false) { return true }
                case UInt8(ascii: "s"): if word("still", at: index, whole: false) { return true }
                default: break
                }
            }
            return false
        }
    }
}
