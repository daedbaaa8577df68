import Glibc

/// Reads a status in the user's own words ("Interviewed", "#application/waiting", "❌ rejected
/// 11/18", "Onsite done, waiting on decision") as one of the model's statuses.
enum StatusReader {
    /// Words that settle the status, strongest first: an ending named anywhere in the value wins
    /// over a word of a stage still in progress ("rejected after the onsite" is rejected).
    static let endings: [(Interview.Status, Set<String>)] = [
        (.accepted, ["accepted", "hired", "signed", "acceptée", "accepté", "aceptada", "aceptado", "angenommen", "aceita", "aceito",
                     "aangenomen"]),
        (.offer, ["offer", "offered", "offers", "offre", "oferta", "angebot", "proposta", "aanbod"]),
        (.rejected, ["rejected", "rejection", "declined", "unsuccessful", "turned",
                     // French, Spanish and German ("Statut : refusée", "Estado: rechazada").
                     "refusée", "refusé", "refus", "rejetée", "rejeté", "rechazada", "rechazado", "abgelehnt", "absage", "abgesagt",
                     // Portuguese and Dutch.
                     "rejeitada", "rejeitado", "recusada", "recusado", "afgewezen", "descartada", "descartado",
                     // Polish ("kandydatura odrzucona").
                     "odrzucona", "odrzucony"]),
        (.withdrawn, ["withdrawn", "withdrew", "withdraw", "withdrawing",
                      // "Zurückgezogen", "retirée", "candidatura retirada", "teruggetrokken".
                      "zurückgezogen", "retirée", "retiré", "retirada", "retirado", "teruggetrokken",
                      // Polish ("wycofana kandydatura").
                      "wycofana", "wycofany", "wycofałem", "wycofałam"]),
        (.closed, ["closed", "ghosted", "archived", "dead", "filled", "cancelled", "canceled"]),
    ]

    /// Words of a process still under way: the candidate is waiting for the next step.
    static let ongoing: Set<String> = [
        "waiting", "wait", "interviewing", "interviewed", "active", "applied", "pending", "progress",
        "scheduled", "screening", "screened", "onsite", "open", "ongoing", "awaiting", "shortlisted",
        "todo", "followup", "follow", "contacted", "submitted", "review", "reviewing",
        // "On hold", "paused": the process stopped for now, not ended.
        "hold", "paused",
        // "en proceso", "en attente", "en cours", "offen", "aguardando", "em andamento", "lopend", "in afwachting".
        "proceso", "attente", "cours", "offen", "laufend", "aguardando", "andamento", "espera", "lopend", "afwachting",
    ]

    /// The status the text names, or nil when no word of it is known.
    static func read(_ text: String) -> Interview.Status? {
        if let exact = Interview.Status(rawValue: Markup.key(text)) { return exact }
        let words = text.quickLowercased().split { !($0.isLetter || $0 == "'") }.map(String.init)
        // "not selected", "not moving forward": a rejection in two words.
        for (index, word) in words.enumerated() where word == "not" || word == "no" {
            if index + 1 < words.count, ["selected", "moving", "proceeding", "successful", "chosen"].contains(words[index + 1]) {
                return .rejected
            }
            // "No longer considered", "no longer under consideration".
            if word == "no", index + 1 < words.count, words[index + 1] == "longer",
               words[(index + 2)...].prefix(2).contains(where: { $0.hasPrefix("consider") }) { return .rejected }
        }
        // "Declined offer", "offer turned down": the candidate said no to it.
        if words.contains(where: { $0 == "offer" || $0 == "offers" }),
           words.contains(where: { $0 == "declined" || $0 == "turned" || $0 == "rejected" }) { return .withdrawn }
        // "Didn't get it", "did not get the job".
        for (index, word) in words.enumerated() where word == "didn't" || word == "didn’t" || word == "not" && index > 0 && words[index - 1] == "did" {
            if index + 1 < words.count, words[index + 1] == "get" { return .rejected }
        }
        for (status, names) in endings where words.contains(where: names.contains) { return status }
        if words.contains(where: ongoing.contains) { return .waiting }
        return nil
    }
}

/// The status the note states beyond its status field: a `Status:` line anywhere (a list item, a
/// bold line, a two-column table row), else the last contact that ends the process (a rejection
/// email, an offer, the user withdrawing). Read only from plain statements: a status silences the
/// follow-up rules, so a hope, a question or a plan says nothing.
extension StatusReader {
    /// `emails`: the lines pasted emails' entries start on (one from the company names no interviewer).
    static func settle(_ interview: inout Interview, source: SourceText, emails: Set<Int> = [], words: ConfiguredWords = .none,
                       lines: () -> [ProseLine]) {
        if interview.status?.value.endsWorkflow == true { return }
        let bytes = source.bytes
        // The body only: the front matter's status was read with it.
        let body = interview.frontMatter.map { source.byteOffset(ofLine: $0.lines.upperBound + 1) } ?? 0
        // The gate knows only the built-in key names.
        let mayHold = words.hasKeys || bytes.withUnsafeBufferPointer { mayHoldStatusLine(UnsafeBufferPointer(rebasing: $0[body...])) }
        if mayHold, let stated = statusLine(in: lines(), skipping: interview.status?.range.start.line, words: words, into: &interview) {
            if stated.value.endsWorkflow || interview.status == nil { interview.status = stated }
            if stated.value.endsWorkflow { return }
        }
        // The last event that ends the process, from the log's entries and, in a note without a
        // log section, the sentences that name an interviewer.
        var last: (line: Int, status: Located<Interview.Status>)?
        // An entry that names nobody speaks of this interview only in its log section (a tracker's
        // line about another lead names none of its people).
        let logStart = interview.logSection?.start.line ?? Int.max
        // By index: most entries fail the first test, and need not be copied out for it.
        for index in interview.log.indices
        where mayStateEnding(interview.log[index].text) || !interview.log[index].isOutgoing && mayStateRefusal(interview.log[index].text) {
            let entry = interview.log[index]
            guard !entry.interviewers.isEmpty || entry.people.isEmpty && entry.range.start.line > logStart
                || emails.contains(entry.range.start.line) else { continue }
            guard let status = said(entry.text, incoming: !entry.isOutgoing, inEntry: true) else { continue }
            if entry.range.start.line >= last?.line ?? 0 { last = (entry.range.start.line, Located(status, entry.range)) }
        }
        // With a log section, a dated line of the writer's own that the log did not read ("Update
        // 26 Nov: Moira emailed — they've gone with an internal candidate") is read the same way.
        // (A note with a log section has its lines read only when its bytes hold a word of an ending.)
        if !interview.people.isEmpty, interview.logSection == nil
            || bytes.withUnsafeBufferPointer({ mayStateEnding(UnsafeBufferPointer(rebasing: $0[body...])) }) {
            var logLines = Set<Int>()
            for entry in interview.log { logLines.formUnion(entry.range.start.line...max(entry.range.start.line, entry.range.end.line)) }
            let after = interview.start.map { $0.range.start.line } ?? 0
            let names = Set(interview.people.flatMap { $0.nameWithoutTitle.quickLowercased().split { !($0.isLetter || $0 == "'") } }
                .filter { $0.count > 2 }.map(String.init))
            for line in lines() where line.line > after && !line.isPlan && !line.isHeading && !line.isQuote && !logLines.contains(line.line) {
                guard line.line >= last?.line ?? 0, mayStateEnding(line.text),
                      interview.logSection == nil || opensAfterInterview(line.text, interview.start?.value.date),
                      line.words.contains(where: names.contains) || line.words.contains(where: pastChoices.contains),
                      let status = said(line.text, incoming: nil, inEntry: false) else { continue }
                // Without a name, only a rejection said of them in the past, naming no other firm ("they
                // went with someone more senior"), is this interview's.
                if !line.words.contains(where: names.contains) {
                    let company = companyWords(interview)
                    guard status == .rejected, speaksOnlyOfThem(line.text, known: names.union(company)),
                          line.words.contains(where: { $0 == "they" || $0 == "they've" || $0 == "they’ve" || company.contains($0) }) else { continue }
                }
                last = (line.line, Located(status, line.range))
            }
        }
        if let last, last.status.value.endsWorkflow { interview.status = last.status }
    }

    /// "Status: cancelled — they put the role on hold" and no contact after the planned start:
    /// the interview never took place, so nothing of it (cards, details, dates after it) is asked.
    static func cancelledBeforeItTookPlace(_ interview: Interview, source: SourceText) -> Bool {
        guard let status = interview.status, status.value == .closed, let start = interview.start?.value,
              !interview.log.contains(where: { $0.date.map { $0.value > start } ?? false }) else { return false }
        let said = String(source.line(status.range.start.line)).quickLowercased()
        return said.byteRange(of: "cancel") != nil || said.byteRange(of: "called off") != nil
    }

    /// "Update 26 Nov: …", "2026-11-26 — …", "**Thu 26/11:** …": a line that opens with its day
    /// within its first three words, and that day is after the interview's (a line dated the
    /// interview's day tells what was said in it: "16 Nov: Jane said they rejected most
    /// applicants at the take-home"). Without an interview day, any opening day will do.
    static func opensAfterInterview(_ text: String, _ interviewDay: LocalDate?) -> Bool {
        let tokens = Tokenizer.tokens(text.prefix(scalars: 60))
        // A day without its year falls in the half year before the interview or after it.
        let reference = interviewDay?.adding(days: -180) ?? LocalDate(year: 2001, month: 1, day: 1)
        var words = 0
        for index in tokens.indices {
            if tokens[index].word != nil || tokens[index].number != nil {
                if let found = DateReader.match(in: tokens, at: DateReader.skippingWeekday(tokens, at: index, reference: reference),
                                                reference: reference) {
                    return interviewDay.map { found.date > $0 } ?? true
                }
                words += 1
                if words == 3 { return false }
            }
        }
        return false
    }

    /// Whether the bytes may hold a `Status:`, `Stage:` or `Outcome:` key (`App-Stage:`,
    /// `**Status**:`, a `| Outcome |` cell): memchr finds each colon and bar.
    static func mayHoldStatusLine(_ buffer: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = buffer.baseAddress, buffer.count > 5 else { return false }
        // Whether the letters ending at `end` (spaces and bold marks before it skipped) end a status key.
        func endsKey(_ end: Int, from start: Int) -> Bool {
            var end = end
            while end > start, buffer[end - 1] == UInt8(ascii: "*") || buffer[end - 1] == UInt8(ascii: "_") || buffer[end - 1] == 0x20 { end -= 1 }
            // status, stage and outcome end in s or e: most keys are turned away on one byte.
            guard end > start else { return false }
            let last = buffer[end - 1] | 0x20
            guard end > start, last == UInt8(ascii: "s") || last == UInt8(ascii: "e") || last == UInt8(ascii: "t") || last == UInt8(ascii: "o")
            else { return false }
            func ends(_ word: StaticString) -> Bool {
                let count = word.utf8CodeUnitCount
                guard end - start >= count else { return false }
                let letters = UnsafeBufferPointer(start: word.utf8Start, count: count)
                for position in 0..<count where buffer[end - count + position] | 0x20 != letters[position] { return false }
                return true
            }
            return ends("status") || ends("stage") || ends("outcome") || ends("statut") || ends("estado")
        }
        // "Status — rejected, sadly.", "Status - on hold": a dash after the word, in a sentence too
        // (an em or en dash is found by its first byte, 0xE2).
        for mark in [UInt8(ascii: ":"), UInt8(ascii: "|"), UInt8(ascii: "-"), 0xE2] {
            var offset = 0
            while offset < buffer.count, let found = memchr(base + offset, Int32(mark), buffer.count - offset) {
                var index = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
                offset = index + 1
                if mark == 0xE2 {
                    guard index + 2 < buffer.count, buffer[index + 1] == 0x80, buffer[index + 2] == 0x94 || buffer[index + 2] == 0x93 else { continue }
                    if endsKey(index, from: max(0, index - 32)) { return true }
                    continue
                }
                if mark == UInt8(ascii: ":") || mark == UInt8(ascii: "-") {
                    if endsKey(index, from: max(0, index - 32)) { return true }
                    continue
                }
                // A table's key cell: the letters after the bar (status, stage, outcome, app stage, application status).
                index += 1
                while index < buffer.count, buffer[index] == 0x20 || buffer[index] == UInt8(ascii: "*") || buffer[index] == UInt8(ascii: "_") { index += 1 }
                guard index < buffer.count else { break }
                switch buffer[index] | 0x20 {
                case UInt8(ascii: "s"), UInt8(ascii: "o"), UInt8(ascii: "a"): break
                default: continue
                }
                let start = index
                while index < buffer.count, index - start < 24, buffer[index] | 0x20 >= UInt8(ascii: "a") && buffer[index] | 0x20 <= UInt8(ascii: "z")
                        || buffer[index] == UInt8(ascii: "-") || buffer[index] == 0x20 { index += 1 }
                if endsKey(index, from: start) { return true }
            }
        }
        return false
    }

    /// The last `Status:` line's status (a key line in a section, `- **Status: withdrawn**`, a
    /// `| Outcome | ❌ Unsuccessful |` row); an ending one wins over one of a stage under way.
    /// An unknown word after `Status:` is an uncertain problem.
    static func statusLine(in lines: [ProseLine], skipping known: Int?, words: ConfiguredWords = .none,
                           into interview: inout Interview) -> Located<Interview.Status>? {
        var found: Located<Interview.Status>?
        for line in lines where !line.isPlan && !line.isHeading && line.line != known {
            var copy = line.text
            guard words.hasKeys || copy.withUTF8({ mayHoldStatusLine(UnsafeBufferPointer(rebasing: $0.prefix(64))) }) else {
                if let said = sentenceStatus(line), said.value.endsWorkflow || found.map({ !$0.value.endsWorkflow }) ?? true { found = said }
                continue
            }
            var text = line.text[...]
            var column = line.column
            if text.hasPrefix("|") {
                // A two-column row: its cells as a key line.
                let cells = text.split(separator: "|", omittingEmptySubsequences: false).dropFirst().dropLast()
                guard cells.count == 2 else { continue }
                let key = Markup.plain(cells.first!.trimmingWhitespace())
                guard FrontMatterReader.field(forKey: key, words: words) == .status else { continue }
                text = Substring(key + ": " + cells.last!.trimmingWhitespace())
                column += line.text.distance(from: line.text.startIndex, to: cells.last!.startIndex)
            } else if (text.hasPrefix("**") && text.hasSuffix("**") || text.hasPrefix("__") && text.hasSuffix("__")), text.count > 4 {
                // `**Status: closed, not selected**`: the key line inside the bold.
                let inner = text.dropFirst(2).dropLast(2)
                if !inner.contains("**"), !inner.contains("__") {
                    text = inner
                    column += 2
                }
            }
            guard let (field, value) = FrontMatterReader.keyLine(text, line: line.line, column: column, words: words),
                  field == .status else {
                if let said = sentenceStatus(line), said.value.endsWorkflow || found.map({ !$0.value.endsWorkflow }) ?? true { found = said }
                continue
            }
            guard let status = words.status(value.text) ?? read(value.text) else {
                // Said once, where no status is known: a pipeline label beside a known status is no news.
                if Markup.key(value.key) == "status", interview.status == nil, found == nil,
                   !interview.problems.contains(where: { $0.uncertain && $0.message.hasPrefix("status '") }) {
                    interview.problems.append(ReadProblem(
                        .frontMatter, "status '\(value.text)' is not a status the reader knows, so the note is taken as still waiting; write one of \(Interview.Status.allCases.map(\.rawValue).joined(separator: ", "))",
                        at: value.range, uncertain: true))
                }
                continue
            }
            if status.endsWorkflow || found.map({ !$0.value.endsWorkflow }) ?? true { found = Located(status, value.range) }
        }
        return found
    }

    static func mayStateEnding(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { mayStateEnding($0) }
    }

    /// For a contact from them, beside `mayStateEnding`: a French or Spanish refusal ("ne donnent
    /// pas suite", "ne retiennent pas ma candidature", "descartado"), whose words the stems leave out.
    static func mayStateRefusal(_ text: String) -> Bool {
        text.byteRange(of: "suite") != nil || text.byteRange(of: "descart") != nil
            || text.byteRange(of: "reten") != nil || text.byteRange(of: "retien") != nil
    }

    /// Whether the text holds a word that can end the process ("Offer", "rejected", "another
    /// candidate", "withdrew", "not selected", "unsuccessful", "filled", "ghosted", "pulled out",
    /// "not moving forward"), any case. It runs on every note's body, so it skips ahead: a window
    /// of five bytes moves by as much as its last two bytes allow (`endingShift`), and only a
    /// window whose last two bytes end some stem's first five is compared with the stems.
    static func mayStateEnding(_ buffer: UnsafeBufferPointer<UInt8>) -> Bool {
        let count = buffer.count, width = endingWindow
        guard count >= width else { return false }
        return endingShift.withUnsafeBufferPointer { shift in
            var end = width - 1
            while end < count {
                let step = Int(shift[endingBucket(buffer[end - 1], buffer[end])])
                if step == 0 {
                    if startsEnding(buffer, at: end - width + 1) { return true }
                    end += 1
                } else {
                    end += step
                }
            }
            return false
        }
    }

    /// The stems `mayStateEnding` looks for, lowercase; none shorter than `endingWindow`.
    static let endingStems: [StaticString] = [
        "applicant", "candidat", "cancel", "filled", "forward", "freeze", "ghosted", "offer", "pulled out", "proceed",
        "progress", "reject", "someone", "somebody", "selected", "successful", "withdr",
        // A rejection in German, French, Spanish, Dutch and Portuguese.
        "absage", "abgeleh", "abgesagt", "refus", "rechaz", "afgewez", "rejeit", "recusad",
    ]
    static let endingWindow = 5

    /// Two bytes, case folded, as one of 1,024 buckets; bytes that share a bucket share the
    /// smallest shift, so a collision costs a comparison and never a miss.
    @inline(__always) private static func endingBucket(_ first: UInt8, _ second: UInt8) -> Int {
        (Int(first | 0x20) << 5 ^ Int(second | 0x20)) & 1023
    }

    /// For each bucket, how far a window whose last two bytes fall in it may move without
    /// passing over the start of a stem: 0 when those bytes end some stem's first `endingWindow`.
    private static let endingShift: [UInt8] = {
        var table = [UInt8](repeating: UInt8(endingWindow - 1), count: 1024)
        for stem in endingStems {
            let letters = UnsafeBufferPointer(start: stem.utf8Start, count: stem.utf8CodeUnitCount)
            for last in 1..<endingWindow {
                let bucket = endingBucket(letters[last - 1], letters[last])
                table[bucket] = min(table[bucket], UInt8(endingWindow - 1 - last))
            }
        }
        return table
    }()

    /// Whether one of the stems starts at `index`, bytes compared case folded.
    private static func startsEnding(_ buffer: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
        let count = buffer.count
        func matches(_ stem: StaticString) -> Bool {
            let length = stem.utf8CodeUnitCount
            guard index + length <= count else { return false }
            let letters = stem.utf8Start
            for offset in 0..<length where buffer[index + offset] | 0x20 != letters[offset] { return false }
            return true
        }
        switch buffer[index] | 0x20 {
        case UInt8(ascii: "a"):
            return matches("applicant") || matches("absage") || matches("abgeleh") || matches("abgesagt") || matches("afgewez")
        case UInt8(ascii: "c"): return matches("candidat") || matches("cancel")
        case UInt8(ascii: "f"): return matches("filled") || matches("forward") || matches("freeze")
        case UInt8(ascii: "g"): return matches("ghosted")
        case UInt8(ascii: "o"): return matches("offer")
        case UInt8(ascii: "p"): return matches("pulled out") || matches("proceed") || matches("progress")
        case UInt8(ascii: "r"):
            return matches("reject") || matches("refus") || matches("rechaz") || matches("rejeit") || matches("recusad")
        case UInt8(ascii: "s"):
            return matches("someone") || matches("somebody") || matches("selected") || matches("successful")
        case UInt8(ascii: "w"): return matches("withdr")
        default: return false
        }
    }

    /// Words that make a sentence no statement of what happened: a hope, a question, a condition.
    static let hedges: Set<String> = [
        "if", "whether", "hope", "hoping", "hopefully", "might", "maybe", "perhaps", "expect", "expecting", "unless",
        "should", "could", "would", "they'd", "she'd", "he'd", "we'd", "i'd", "wonder", "wondering", "ask", "asked",
        "asking", "afraid", "worried", "fear", "imagine", "suppose", "once",
    ]
    /// Words of what is still to come: an offer or a withdrawal planned is none yet (a rejection
    /// is said in the future too: "we will not be moving forward").
    static let futures: Set<String> = [
        "will", "going", "plan", "planning", "planned", "need", "needs", "want", "wants", "thinking", "consider",
        "considering", "shall", "may", "until", "before", "todo", "to-do", "prep", "prepare", "practice",
    ]
    static let negations: Set<String> = [
        "no", "not", "without", "yet", "never", "haven't", "hasn't", "didn't", "don't", "doesn't", "nothing", "still",
        "isn't", "wasn't", "won't", "none",
    ]
    static let choosing: Set<String> = [
        "went", "go", "gone", "going", "move", "moving", "moved", "forward", "progress", "progressing", "proceed",
        "proceeding", "offered", "chose", "chosen", "choose", "selected", "hired", "decided", "pursue", "pursuing",
        "continue", "continuing", "appointed", "picked", "gave", "given", "filled", "advance", "advancing",
    ]
    /// A rejection said in German, French, Spanish, Dutch or Portuguese.
    static let foreignRejections: Set<String> = [
        "absage", "abgelehnt", "abgesagt", "refusée", "refusé", "refusee", "rechazada", "rechazado", "rechazo",
        "afgewezen", "rejeitada", "rejeitado", "recusada", "recusado", "descartada", "descartado", "descartaron",
    ]
    /// "ne donnent pas suite (à ma candidature)", "n'ont pas retenu mon profil": "pas" and then, within
    /// three words, "suite" after a form of "donner" or a form of "retenir" with what was applied with.
    static func frenchRefusal(_ words: [String]) -> Bool {
        guard let pas = words.firstIndex(of: "pas"),
              !words.contains(where: { ["encore", "toujours", "si", "s'ils", "s'il", "quand", "avant"].contains($0) }) else { return false }
        let after = words[(pas + 1)...].prefix(3)
        if after.contains("suite"), words[..<pas].suffix(2).contains(where: { $0.hasPrefix("donn") }) || after.contains(where: { $0.hasPrefix("donn") }) {
            return true
        }
        // The "pas" must be retenir's own ("ne retiennent pas", "n'ont pas retenu", "pas été retenue"), not
        // another clause's ("ils ont retenu mon profil, je n'en reviens pas").
        guard let retains = words.firstIndex(where: { $0.hasPrefix("retien") || $0.hasPrefix("retenu") || $0 == "retenir" }),
              abs(retains - pas) <= 3 else { return false }
        return words.contains { ["candidature", "profil", "dossier", "candidat", "candidate"].contains($0) }
    }

    /// "noch keine Absage", "pas encore de refus", "todavía no": not yet said.
    static let foreignNegations: Set<String> = ["kein", "keine", "keinen", "nicht", "noch", "pas", "encore", "todavía", "aún", "geen", "nog",
                                                "ainda", "não", "nao"]
    static let roles: Set<String> = ["role", "job", "position", "post", "opening", "req", "requisition", "posting", "vacancy", "opportunity"]

    /// The status a text states, sentence by sentence (the last statement wins). `incoming`: the
    /// contact came from them (nil: not known); `inEntry`: the text is a contact, not any line.
    static func said(_ text: String, incoming: Bool?, inEntry: Bool) -> Interview.Status? {
        var result: Interview.Status?
        for sentence in ProseLines.sentences(text) {
            let trimmed = sentence.trimmingWhitespace()
            guard !trimmed.hasSuffix("?") else { continue }
            let words = ProseFacts.words(sentence)
            if let status = statement(words, incoming: incoming, inEntry: inEntry) { result = status }
        }
        return result
    }

    static func statement(_ words: [String], incoming: Bool?, inEntry: Bool) -> Interview.Status? {
        guard !words.isEmpty else { return nil }
        func has(_ word: String) -> Bool { words.contains(word) }
        // Their offer in the words offer emails use: "we'd like to offer you the role", "pleased to
        // make you an offer" (the "we'd" is no hedge there; "not in a position to offer you" is no offer).
        if incoming != false, !words.contains(where: negations.contains), !has("if"), !has("unless") {
            for index in words.indices.dropFirst() where words[index] == "offer" {
                // "to offer you the role"
                if words[index - 1] == "to", index + 1 < words.count, words[index + 1] == "you" { return .offer }
                // "make you an offer", "extend you an offer", "extend an offer"
                guard index >= 2, words[index - 1] == "an" || words[index - 1] == "a" else { continue }
                let verb = words[index - 2] == "you" && index >= 3 ? words[index - 3] : words[index - 2]
                // "We'll make an offer by December 2nd" is when they decide, not an offer.
                let promised = index >= 3 && (words[index - 3] == "will" || words[index - 3].hasSuffix("'ll") || words[index - 3].hasSuffix("’ll"))
                    && index + 1 < words.count && ["by", "in", "within", "next", "soon", "before", "this"].contains(words[index + 1])
                if ["make", "extend", "send"].contains(verb) { return promised ? nil : .offer }
            }
        }
        guard !words.contains(where: hedges.contains) else { return nil }
        // "No longer considered", "no longer under consideration".
        if let longer = words.firstIndex(of: "longer"), longer > 0, words[longer - 1] == "no",
           words[(longer + 1)...].prefix(2).contains(where: { $0.hasPrefix("consider") }) { return .rejected }
        func follows(_ first: Set<String>, _ second: Set<String>, within distance: Int = 1) -> Bool {
            for index in words.indices where first.contains(words[index]) {
                for next in (index + 1)..<min(words.count, index + 1 + distance) where second.contains(words[next]) { return true }
            }
            return false
        }
        let negated = words.contains(where: negations.contains)
        let firstPerson = has("i") || has("i'm") || has("i've") || has("i'll")
        // A rejection: "not selected", "went with another candidate", "offered the role to someone
        // else", "decided not to move forward".
        if follows(["not", "wasn't", "weren't"], ["selected", "successful", "shortlisted"], within: 2) { return .rejected }
        if has("unsuccessful"), words.contains(where: ["application", "candidacy", "applying", "interview", "occasion", "process"].contains) {
            return .rejected
        }
        if has("rejection") || has("rejected"), !has("offer"), !negated { return .rejected }
        // "ils ne donnent pas suite", "ne retiennent pas ma candidature": a French refusal, whose "pas"
        // is part of it; "pas encore", "toujours pas" or "si" make it a wait or a condition.
        if incoming != false, frenchRefusal(words) { return .rejected }
        // "Absage per E-Mail von Ansel", "candidature refusée", "me han rechazado": theirs.
        if incoming != false, !negated, !words.contains(where: foreignNegations.contains),
           words.contains(where: foreignRejections.contains) { return .rejected }
        if follows(["another", "other", "stronger", "internal", "different"], ["candidate", "candidates", "applicant", "applicants", "person"]),
           words.contains(where: choosing.contains) { return .rejected }
        if follows(["someone", "somebody"], ["else", "with", "who", "more", "internal", "internally", "from"]),
           words.contains(where: choosing.contains) { return .rejected }
        if let offered = words.firstIndex(of: "offered"), offered + 3 < words.count, words[offered + 1] == "the" || words[offered + 1] == "a",
           roles.contains(words[offered + 2]), words[offered + 3] == "to", offered + 4 < words.count, words[offered + 4] != "me" {
            return .rejected
        }
        // "we will not be moving forward" is theirs; "I'm not moving forward with them" the user's.
        if !firstPerson || incoming == true,
           follows(["not", "won't", "unable", "cannot", "can't"], ["move", "moving", "proceed", "proceeding", "progress", "progressing",
                                                              "continue", "continuing", "advance", "advancing", "offer", "offering"], within: 4) {
            return .rejected
        }
        guard !words.contains(where: futures.contains) else { return nil }
        // "Offer declined", "turned their offer down": the user said no to it.
        if has("offer"), has("declined") || has("turned") && has("down"), !negated { return .withdrawn }
        // The user withdrawing, or the role withdrawn or filled.
        if words.contains(where: { $0.hasPrefix("withdr") }) {
            let own = has("my") || has("i") || has("me") || has("myself") || has("to") || has("from")
            if words.contains(where: roles.contains), !has("my"), !has("i") { return .closed }
            if own, !negated { return .withdrawn }
        }
        if follows(["pulled", "pull", "pulling"], ["out"]), words.contains(where: ["process", "application", "running", "candidacy"].contains), !negated {
            return .withdrawn
        }
        if has("ghosted") { return .closed }
        if has("filled"), words.contains(where: roles.contains), !has("form"), !follows(["filled"], ["out", "in"]) { return .closed }
        if has("hiring"), has("freeze") { return .closed }
        // "the interview is cancelled", "role cancelled": it will not take place.
        if has("cancelled") || has("canceled"), has("interview") || words.contains(where: roles.contains) || words.count <= 2 {
            return .closed
        }
        // An offer: "offered me the role", "verbal offer", "with an offer", "OFFER."; an offer
        // from another company, or none yet, is no offer here.
        guard !negated else { return nil }
        let accepted = has("accepted") || has("signed")
        if follows(["offered"], ["me"]) { return .offer }
        for index in words.indices where words[index] == "offer" {
            let before = index > 0 ? words[index - 1] : ""
            let after = index + 1 < words.count ? words[index + 1] : ""
            let noun = index == 0 || ["a", "an", "the", "verbal", "written", "formal", "official", "job", "their", "final", "an", "got",
                                     "firm"].contains(before)
                || ["letter", "email", "call", "details", "package", "came", "arrived"].contains(after)
                // "Priya called — offer!": the word an entry ends on, unless a word before makes it a wait or a question.
                || inEntry && after.isEmpty && index == words.count - 1
                    && !["to", "no", "any", "an", "the", "on", "for", "about", "of", "re", "waiting", "awaiting"].contains(before)
            guard noun else { continue }
            // In a sentence of the note, an offer said to have come, to the user (in a contact, it has).
            if !inEntry, !words.contains(where: ["got", "received", "emailed", "called", "rang", "phoned", "texted", "came", "made",
                                                 "extended", "sent", "verbal", "written", "accepted", "signed", "with"].contains)
                || words.contains(where: ["another", "someone", "somebody", "candidate", "candidates", "other", "usually",
                                          "typically", "normally", "previous", "who"].contains) { continue }
            return accepted ? .accepted : .offer
        }
        return nil
    }
}

/// A status said in a sentence ("Gesprek ging redelijk. Status: afgewezen.", "Status — rejected,
/// sadly.", "the status is on hold for now"), and a rejection told without a name.
extension StatusReader {
    /// Verbs of their choice in the past: "they went with", "have gone with", "decided to move forward with".
    static let pastChoices: Set<String> = ["went", "gone", "chose", "chosen", "picked", "decided", "selected", "hired", "appointed"]

    /// The status a sentence opens with `Status` (or "the status is") and a short value: a word
    /// the status reader knows in at most four words, up to the clause's end. Nothing for a
    /// question, a hedge or a value it does not know (no problem is reported for prose).
    static func sentenceStatus(_ line: ProseLine) -> Located<Interview.Status>? {
        guard line.text.byteRange(of: "tatus") != nil || line.text.byteRange(of: "TATUS") != nil, line.words.contains("status") else { return nil }
        let characters = Array(line.text)
        let lower = characters.map { $0.isASCII ? Character(String($0).quickLowercased()) : $0 }
        let key: [Character] = Array("status")
        var at = 0
        // Compared in place, and only the first few occurrences: a line of "status status …" costs
        // no more than a few.
        var tried = 0
        while at + key.count <= lower.count, tried < 3 {
            defer { at += 1 }
            guard lower[at] == "s", lower[at..<(at + key.count)].elementsEqual(key), at == 0 || !lower[at - 1].isLetter else { continue }
            tried += 1
            let before = String(characters[..<at])
            let trimmed = before.trimmingWhitespace()
            let previous = trimmed.split(separator: " ").last.map { String($0).quickLowercased() } ?? ""
            // At a sentence's start, or "the / my / application status".
            guard trimmed.isEmpty || [".", "!", ";", "—", "–", "-", ":", ")"].contains(where: { trimmed.hasSuffix($0) })
                    || ["the", "my", "application", "current"].contains(previous) else { continue }
            var index = at + key.count
            guard index < characters.count, !characters[index].isLetter else { continue }
            while index < characters.count, characters[index] == " " || characters[index] == "*" { index += 1 }
            guard index < characters.count else { continue }
            if ":—–-=".contains(characters[index]) {
                index += 1
            } else if index + 2 < characters.count, lower[index] == "i", lower[index + 1] == "s", characters[index + 2] == " " {
                index += 3
            } else {
                continue
            }
            while index < characters.count, characters[index] == " " || characters[index] == "*" { index += 1 }
            var end = index
            while end < characters.count, !".;!?,(".contains(characters[end]) { end += 1 }
            if end < characters.count, characters[end] == "?" { return nil }
            let value = String(String(characters[index..<end]).trimmingWhitespace())
            let valueWords = ProseFacts.words(Substring(value))
            guard !valueWords.isEmpty, valueWords.count <= 4,
                  !valueWords.contains(where: { hedges.contains($0) || futures.contains($0) || ["unclear", "unknown", "probably", "likely"].contains($0) }),
                  // "if the status is rejected", "ask about the status": not stated.
                  !ProseFacts.words(Substring(before)).contains(where: hedges.contains),
                  let status = read(value) else { continue }
            let column = line.column + characters[..<index].reduce(0) { $0 + $1.unicodeScalars.count }
            return Located(status, SourceRange(line: line.line, column: column, length: value.unicodeScalars.count))
        }
        return nil
    }

    static func companyWords(_ interview: Interview) -> Set<String> {
        Set((interview.company?.value ?? "").quickLowercased().split { !($0.isLetter || $0 == "'") }.map(String.init))
    }

    /// Whether every capitalised word of the text that does not open a sentence is one of `known`
    /// (the company's and the people's names), a month, a day or "I": no other firm is named.
    static func speaksOnlyOfThem(_ text: String, known: Set<String>) -> Bool {
        var opensSentence = true
        for piece in text.split(separator: " ") {
            let word = String(piece.drop { !$0.isLetter }.reversed().drop { !$0.isLetter }.reversed())
            // (After a dash the sentence goes on: "Heard on the 24th — Brightline went with …".)
            defer { opensSentence = piece.last.map { ".!?:".contains($0) } ?? false }
            guard let first = word.first, first.isUppercase, !opensSentence else { continue }
            let lower = word.quickLowercased()
            if lower == "i" || known.contains(lower) || DateReader.monthNames[lower] != nil || DateReader.weekdayNames[lower] != nil { continue }
            return false
        }
        return true
    }
}
