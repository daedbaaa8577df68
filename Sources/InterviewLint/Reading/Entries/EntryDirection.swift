/// Who a log entry's contact came from, by how it is worded: "Aditi emailed, moving me to R3"
/// and "Ingrid replied" name the other person as the subject (incoming); "emailed Aditi to
/// withdraw" and "called again from the car" open with the verb, the writer being the subject
/// (outgoing); "Email from Hồng" and "Reply from Jane" name no verb and say it with "from".
enum EntryDirection {
    /// Verbs of a contact (and of what is said in one) whose subject tells the direction.
    static let verbs: WordSet = [
        "emailed", "called", "rang", "phoned", "texted", "messaged", "wrote", "replied", "responded", "answered",
        "sent", "left", "mailed", "posted", "reached", "pinged", "got", "received", "heard", "returned", "rung",
        "offered", "invited", "confirmed", "asked", "said", "told", "shared", "forwarded", "followed", "thanked",
        "apologised", "apologized", "dropped", "tried", "wrote", "whatsapped", "dmed", "picked",
        // German and Spanish participles after their auxiliary ("Anke hat geantwortet", "Ana ha respondido").
        "geantwortet", "angerufen", "geschrieben", "gemailt", "respondido", "contestado", "llamado", "escrito",
        // French participles after "a" ("Chloé a répondu", "m'a écrit") and Spanish past tenses
        // ("Lucía respondió"), as the tokenizer folds their accents.
        "repondu", "ecrit", "appele", "rappele", "appelee", "rappelee", "respondio", "contesto", "escribio", "llamo",
        // Italian participles after "ha" ("Chiara ha risposto", "mi ha chiamato").
        "chiamato", "richiamato", "telefonato", "scritto", "risposto",
        // Portuguese past tenses of the third person ("a Marina ligou", "o Thiago respondeu").
        "ligou", "telefonou", "respondeu", "escreveu", "retornou", "mandou", "enviou",
    ]
    /// Subjects that are the other side.
    static let otherSubjects: WordSet = ["she", "he", "they", "recruiter", "hr", "recruiters", "team", "company", "panel"]
    /// Subjects that are the writer.
    static let ownSubjects: WordSet = ["i", "we", "i've", "i'd", "i'm", "ich", "wir", "yo"]
    /// Words that may stand between a subject and its verb ("Priya finally replied").
    static let adverbs: WordSet = ["finally", "also", "then", "just", "quickly", "already", "eventually", "actually",
                                   "kindly", "again", "only", "promptly", "immediately", "even",
                                   // The auxiliaries before a German or Spanish participle.
                                   "hat", "habe", "haben", "hatte", "ha", "han",
                                   // French auxiliaries and objects before the participle ("m'a écrit", "me respondió").
                                   "a", "m'a", "l'a", "nous", "me", "m'",
                                   // Italian: the auxiliary and the object before the participle ("Chiara mi ha scritto").
                                   "hanno", "mi", "ci",
                                   // The Portuguese article before a name ("o Thiago ligou"; "a" is above).
                                   "o"]
    /// After "from", a word that is no sender ("from the car", "from his card").
    static let notSenders: WordSet = ["the", "a", "an", "my", "his", "our", "their", "its", "this", "that", "home",
                                      "work", "here", "there", "now", "then", "scratch"]
    /// After "from the", a sender ("an email from the recruiter").
    static let senderRoles: WordSet = ["recruiter", "team", "hr", "company", "hiring", "panel", "interviewer",
                                       "manager", "recruiting", "talent", "people"]

    /// After an opening "got", what was received ("Got a reply"; not "Got home", "Got voicemail").
    static let receivedThings: WordSet = ["a", "an", "reply", "email", "call", "response", "message", "note", "text",
                                          "word", "back", "news", "letter", "offer", "rejection", "invite", "invitation"]

    struct Tables {
        let verbs = EntryDirection.verbs, otherSubjects = EntryDirection.otherSubjects,
            ownSubjects = EntryDirection.ownSubjects, adverbs = EntryDirection.adverbs,
            notSenders = EntryDirection.notSenders, senderRoles = EntryDirection.senderRoles,
            receivedThings = EntryDirection.receivedThings, stopWords = LogEntryReader.stopWords,
            incomingVerbs = LogEntryReader.incomingVerbs, contactNouns = EntryDirection.contactNouns
    }
    /// Nouns of a message that "de" and a sender may follow ("Email de Lucía", "Correo de Marta").
    static let contactNouns: WordSet = ["email", "e-mail", "mail", "correo", "mensaje", "mensagem", "respuesta", "resposta",
                                        "llamada", "ligacao", "sms", "whatsapp"]
    static let tables = Tables()

    /// Whether the entry's description (its tokens, the first `header` of them the clause that
    /// names the people) says the contact came from the other side; and where the writer's own
    /// clause starts when another opens the entry ("no reply from Grace, so I called Henrik").
    static func read(_ tokens: [Token], header: Int) -> (incoming: Bool, mainClause: Int?) {
        func wordAt(_ position: Int) -> Word {
            position >= 0 && position < tokens.count ? tokens[position].word ?? .none : .none
        }
        // The tables from one static: each static read is a call that checks its initialisation.
        let tables = Self.tables
        let verbs = tables.verbs, stopWords = tables.stopWords, ownSubjects = tables.ownSubjects,
            otherSubjects = tables.otherSubjects, adverbs = tables.adverbs
        // The subject: the words that open the description, up to the first verb.
        var position = 0
        while position < tokens.count, tokens[position].word == nil { position += 1 }
        var own = false, other = false, auxiliary = false
        // "Mi ha chiamato Chiara": an Italian object "mi" or "ci" before the verb makes the writer its object.
        var italianObject = false
        while position < tokens.count {
            let token = tokens[position]
            if token.isPunctuation("[") || token.isPunctuation("]") || token.isPunctuation("&") || token.isPunctuation("*")
                || token.isPunctuation("-") || token.isPunctuation("'") || token.isPunctuation("\u{2019}")
                || token.isPunctuation(".") && position > 0 && tokens[position - 1].startsWithCapital
                    && LogEntryReader.titlesBeforeNames.contains(wordAt(position - 1)) {
                position += 1
                continue
            }
            if token.isPunctuation("(") {
                // "Dana (recruiter) called": the aside is skipped.
                var close = position + 1
                while close < tokens.count, close < position + 12, !tokens[close].isPunctuation(")") { close += 1 }
                guard close < tokens.count, tokens[close].isPunctuation(")") else { break }
                position = close + 1
                continue
            }
            guard let word = token.word else { break }
            if verbs.contains(word) {
                if own { return (false, nil) }
                // "Frau Lenz angerufen": a German participle with no auxiliary before it has the
                // writer as its subject and the name as its object.
                if other, !auxiliary, word == "angerufen" || word == "gemailt" || word == "geschrieben" { return (false, nil) }
                if other { return (true, nil) }
                break
            }
            // "Frau Lenz hat angerufen": the auxiliary stands between the subject and its participle.
            if word == "hat" || word == "haben" || word == "hatte" || word == "habe" {
                auxiliary = true
                position += 1
                continue
            }
            if ownSubjects.contains(word) {
                own = true
            } else if otherSubjects.contains(word) || word == "the" || word == "and" || word == "'s" {
                other = other || otherSubjects.contains(word)
            } else if adverbs.contains(word) {
                // Between the subject and the verb.
                if word == "mi" || word == "ci" { italianObject = true }
            } else if token.startsWithCapital, !stopWords.contains(word), token.hasLowercase || token.length < 2 {
                other = true
            } else if other, position > 0, tokens[position - 1].isPunctuation("-"),
                      tokens[position - 1].offset + 1 == token.offset {
                // "Hyun-woo called": the lowercase half of a hyphenated given name.
            } else {
                break
            }
            position += 1
        }
        if !own && !other, position < tokens.count, let word = tokens[position].word, verbs.contains(word) {
            // The verb opens the entry: the writer did it, unless it is what was received, or
            // "me" follows ("Called me back").
            if word == "received" || word == "heard" { return (true, nil) }
            if word == "got" { return (tables.receivedThings.contains(wordAt(position + 1)), nil) }
            return (wordAt(position + 1) == "me" || italianObject, nil)
        }
        // No subject and verb at the start: the clause's words say it, unless the writer's own
        // clause comes later ("no reply from Grace, so I called Henrik").
        let incomingVerbs = tables.incomingVerbs, notSenders = tables.notSenders, senderRoles = tables.senderRoles
        var incoming = header > 0 && wordAt(0) == "they"
        for position in 0..<min(header, tokens.count) {
            let word = wordAt(position)
            if word == .none { continue }
            if position > 0, word == "i" || word == "we" {
                var verb = position + 1
                while adverbs.contains(wordAt(verb)) { verb += 1 }
                if verbs.contains(wordAt(verb)), wordAt(verb + 1) != "me" { return (false, verb) }
            }
            if word == "received" || word == "heard" { incoming = true }
            if word == "from" || word == "von" {
                let next = wordAt(position + 1)
                if next == "the" { incoming = incoming || senderRoles.contains(wordAt(position + 2)) } else if next == "her" || next == "him" || next == "them" {
                    incoming = true
                } else if !notSenders.contains(next), position + 1 < tokens.count, tokens[position + 1].startsWithCapital
                            || tokens[position + 1].isPunctuation("[") || next == "hr" || next == "recruiter" {
                    incoming = true
                }
            }
            // "Email de Lucía:", "Correo de Marta", "Mensaje de Ana": a contact's noun, "de" and a name is
            // Spanish (and Portuguese) for "Email from Lucía"; "Email de agradecimiento a Lucía" is none.
            if word == "de", position > 0, tables.contactNouns.contains(wordAt(position - 1)), position + 1 < tokens.count,
               tokens[position + 1].startsWithCapital, tokens[position + 1].hasLowercase,
               !tables.stopWords.contains(wordAt(position + 1)) {
                incoming = true
            }
            // "Anke hat per E-Mail geantwortet": a German or Spanish reply is theirs unless the writer is its subject.
            if word == "geantwortet" || word == "respondido" || word == "contestado" || word == "repondu" || word == "respondio"
                || word == "contesto" {
                let mine = (0..<position).contains {
                    let w = wordAt($0)
                    // "llamé a Lucía, me respondió que …": the writer's own call, with her answer in it.
                    return w == "ich" || w == "wir" || w == "habe" || w == "yo" || w == "j'ai" || w == "je" || w == "nous"
                        || w == "llame" || w == "escribi" || w == "envie" || w == "mande"
                }
                if !mine { incoming = true }
            }
            guard incomingVerbs.contains(word) else { continue }
            let next = position + 1 < header ? wordAt(position + 1) : .none
            if word == "replied" || word == "responded" || word == "answered" { incoming = incoming || next != "to" }
            if next == "me" || next == "back" { incoming = true }
        }
        return (incoming, nil)
    }
}
