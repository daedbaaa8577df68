/// The canonical form of a log entry the reader could not fully read, when there is exactly one
/// way to write it: a dated entry with its people whose channel word is misspelt ("Emial to
/// Jane Doe", "Caled Jane"). The rewrite is `DATE TIME — Description` with the word spelt as the
/// reader knows it (a date written as a link keeps its link), and it is kept only if reading it
/// again gives the same day and people and nothing missing. An editor offers it as the fix
/// (`ReadProblem.rewrite`); every other unreadable entry (no channel word at all, no day, an
/// impossible time) has more than one right rewrite, and gets none.
enum EntryRewrite {
    /// The channel words a misspelling is matched against. Short ones ("call", "text", "met")
    /// are left out: a letter away from them are everyday words ("next", "cell", "meet").
    static let targets: [String] = [
        "email", "emailed", "emailing", "called", "calling", "phone", "phoned", "voicemail", "handwritten",
        "letter", "postcard", "texted", "linkedin", "whatsapp",
    ]

    /// `span` is the entry as written (checkbox included), `body` the same without the checkbox,
    /// `description` the tokens of `body` after the date and separator.
    static func attach(to problems: inout [ReadProblem], entry: LogEntry, span: SourceSpan, body: SourceSpan,
                       description: [Token], context: LogEntryReader.Context) {
        guard problems.count == 1, problems[0].kind == .unreadableEntry, problems[0].range == entry.range,
              let date = entry.date, entry.channel == nil, !(entry.people.isEmpty && entry.isOutgoing)
        else { return }
        // Only a line the span holds as written (one piece, no escapes taken out) can be replaced.
        let whole = span.fullRange
        guard whole.start.line == whole.end.line, whole.end.column - whole.start.column == span.text.scalarCount,
              let first = description.first else { return }
        var found: (token: Token, word: String)?
        for token in description.prefix(6).filter({ $0.word != nil }).prefix(3) {
            let written = body.text.scalars(from: token.offset, to: token.offset + token.length)
            let lowered = written.lowercased()
            guard lowered.unicodeScalars.count >= 5, lowered.unicodeScalars.allSatisfy({ $0.isASCII }),
                  LogEntryReader.channelWords[Word(lowered)] == nil, !LogEntryReader.stopWords.contains(Word(lowered)),
                  context.names.holders(ofWord: lowered).isEmpty else { continue }
            let near = targets.filter { oneSlip(Array(lowered.utf8), Array($0.utf8)) }
            guard !near.isEmpty else { continue }
            // Two misspelt words, or one a slip away from two channel words: not one reading.
            guard found == nil, near.count == 1 else { return }
            var spelt = near[0] == "linkedin" ? "LinkedIn" : near[0]
            if token.startsWithCapital { spelt = spelt.prefix(1).uppercased() + spelt.dropFirst() }
            found = (token, spelt)
        }
        guard let (token, word) = found else { return }
        // The description from the end of the date and its separator: marks after it (an emoji) are kept.
        var start = min(body.offset(of: date.range.end), first.offset)
        let scalars = Array(body.text.unicodeScalars)
        while start < first.offset, " \t—–-:|,;".unicodeScalars.contains(scalars[start]) { start += 1 }
        var text = body.text.scalars(from: start, to: token.offset) + word
            + body.text.scalars(from: token.offset + token.length, to: body.text.scalarCount)
        // The canonical form starts the description with a capital ("Called Jane", not "called Jane").
        let opening = text.unicodeScalars.index(text.unicodeScalars.startIndex, offsetBy: first.offset - start)
        if text.unicodeScalars[opening].properties.isLowercase {
            text = String(text.unicodeScalars[..<opening]) + String(text.unicodeScalars[opening]).uppercased()
                + String(text.unicodeScalars[text.unicodeScalars.index(after: opening)...])
        }
        let checkbox = span.text.scalars(from: 0, to: span.text.scalarCount - body.text.scalarCount)
        // The date as written, when it is a link or marked up ("[[2026-11-19]]", "**Nov 19**"),
        // which the canonical form would drop.
        let dated = body.text.scalars(from: 0, to: start)
        // The time only if it was written with the date (not found later in the text, where it stays).
        let writtenDate = body.text.scalars(from: body.offset(of: date.range.start), to: body.offset(of: date.range.end))
        let timed = entry.hasTime && Tokenizer.tokens(writtenDate).contains { if case .time = $0.kind { return true }; return false }
        let moment = dated.contains(where: { "[]<>*_`=".contains($0) }) ? dated
            : (timed ? date.value.description : date.value.date.description) + " — "
        let rewritten = checkbox + moment + text
        let (again, left) = LogEntryReader.fromText(SourceSpan(rewritten, line: whole.start.line, column: whole.start.column),
                                                    context: context, suggesting: false)
        guard left.isEmpty, again.channel != nil, again.date?.value == date.value, again.hasTime == entry.hasTime,
              again.people.map(\.interviewer) == entry.people.map(\.interviewer) else { return }
        problems[0].rewrite = Located(rewritten, whole)
    }

    /// Whether `typed` is `word` with one letter dropped (not the first: "honed" is a word), one
    /// added (not before it, nor after it unless doubling the last: "phones" is a word), or two
    /// neighbours swapped: the slips typing makes, which rarely turn one English word into
    /// another, as a changed letter does ("tested" for "texted").
    static func oneSlip(_ typed: [UInt8], _ word: [UInt8]) -> Bool {
        if typed.count == word.count {
            guard let at = typed.indices.first(where: { typed[$0] != word[$0] }), at + 1 < typed.count else { return false }
            return typed[at] == word[at + 1] && typed[at + 1] == word[at] && typed[(at + 2)...] == word[(at + 2)...]
        }
        if typed.count + 1 == word.count {
            // A letter of `word` dropped.
            guard let at = word.indices.first(where: { $0 >= typed.count || typed[$0] != word[$0] }), at > 0 else { return false }
            return typed[at...] == word[(at + 1)...]
        }
        if typed.count == word.count + 1 {
            guard let at = typed.indices.first(where: { $0 >= word.count || typed[$0] != word[$0] }),
                  at > 0, at < typed.count - 1 || typed[at] == typed[at - 1] else { return false }
            return typed[(at + 1)...] == word[at...]
        }
        return false
    }
}
