/// Contacts written outside the log sections: a line that opens with a day and speaks of a
/// channel ("02.11.2026 19:15 — email to Maaike", "| 2026-11-12 | Email | Thank-you to Carla |"
/// under another heading), or a done task with its Obsidian Tasks date ("- [x] Thank-you email to
/// Anjali ✅ 2026-11-12"). Unticked tasks are plans and are left alone.
enum ProseContacts {
    /// Words that make a dated line a contact.
    static let contactWords: Set<String> = [
        "thank", "thanks", "thanked", "replied", "reply", "wrote", "answered", "voicemail", "emailed", "email",
        "mail", "called", "call", "rang", "phoned", "texted", "text", "messaged", "linkedin", "letter", "card",
        "note", "vm", "heard", "sms", "whatsapp", "e-mail",
    ]

    static let contactWordSet = WordSet(contactWords.union(["thankyou"]))
    /// Words that date a done task on the interview's day.
    static let sameDayWords: Set<String> = ["same", "evening", "tonight", "afternoon"]

    /// Whether an entry of a timeline or of prose is a contact after the interview: it names a
    /// channel or is a thank-you, and is not the interview itself.
    static func isContact(_ entry: LogEntry) -> Bool {
        guard entry.channel != nil || entry.kind == .thankYou else { return false }
        let words = ProseFacts.words(Substring(entry.text))
        return !words.contains(where: ProseFacts.interviewWords.contains)
            || words.contains(where: { $0.hasPrefix("thank") || $0 == "follow" || $0 == "followed" })
    }

    static func entries(_ lines: [ProseLine], placed: Set<Int>, context: LogEntryReader.Context)
        -> (entries: [LogEntry], problems: [ReadProblem]) {
        var entries: [LogEntry] = []
        var problems: [ReadProblem] = []
        for line in lines where !line.isPlan && !line.isHeading && !placed.contains(line.line) && line.has(contactWordSet) {
            let words = line.words
            guard words.contains(where: { contactWords.contains($0) || $0.hasPrefix("thank") }) else { continue }
            // The line about the interview itself is no contact after it.
            if words.contains(where: ProseFacts.interviewWords.contains),
               !words.contains(where: { $0.hasPrefix("thank") || $0 == "follow" || $0 == "followed" }) { continue }
            var (entry, found): (LogEntry, [ReadProblem])
            if let span = span(of: line, reference: context.interviewDay) {
                (entry, found) = LogEntryReader.fromText(span, context: context)
            } else if line.isDone, let day = context.interviewDay, words.contains(where: sameDayWords.contains) {
                // "- [x] Send thank you email — 5:10 p.m. same day": a done task dated by the interview.
                (entry, found) = LogEntryReader.fromText(SourceSpan(line.text, line: line.line, column: line.column), context: context)
                let minutes = line.tokens.lazy.compactMap { token -> Int? in
                    if case .time(let value) = token.kind { return value }
                    return nil
                }.first
                entry.date = Located(LocalDateTime(date: day, hour: (minutes ?? 0) / 60, minute: (minutes ?? 0) % 60), line.range)
                entry.hasTime = minutes != nil
                found = found.filter { !$0.message.contains("date") }
            } else {
                continue
            }
            guard entry.date != nil else { continue }
            entries.append(entry)
            // Read from prose, the reader is unsure what it missed: say so as an info.
            problems += found.map { problem in
                var unsure = problem
                unsure.uncertain = true
                return unsure
            }
        }
        return (entries, problems)
    }

    /// The line as a log entry's text: as it is when it opens with a day, or with its done date
    /// (`✅ 2026-11-12`) put first.
    static func span(of line: ProseLine, reference: LocalDate?) -> SourceSpan? {
        let tokens = Tokenizer.tokens(line.text)
        var index = 0
        while index < tokens.count, tokens[index].kind.isPunctuation { index += 1 }
        index = DateReader.skippingWeekday(tokens, at: index, reference: reference)
        if index < tokens.count, DateReader.date(in: tokens, at: index, reference: reference) != nil {
            return SourceSpan(line.text, line: line.line, column: line.column)
        }
        guard let mark = line.text.byteRange(of: "✅") else { return nil }
        let after = line.text[mark.upperBound...]
        let dateText = after.trimmingWhitespace()
        guard dateText.count >= 10, case .success = DateReader.parseDateTime(String(dateText.prefix(10))) else { return nil }
        let dateColumn = line.column + line.text[..<mark.upperBound].unicodeScalars.count
            + after.unicodeScalars.prefix { $0 == " " }.count
        var span = SourceSpan(String(dateText.prefix(10)), line: line.line, column: dateColumn)
        span.append(line.text[..<mark.lowerBound], line: line.line, column: line.column)
        return span
    }
}
