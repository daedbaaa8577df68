import Testing
@testable import InterviewLint

/// Date and time phrases as real notes write them, each with what it must read as: the interview
/// date (`parseDateTime`) and dates at the start of log entries and in prose (`dateTime(in:at:)`).
/// The tables are looped inside one test each, so the suite prints a line per test, not per row.
@Suite("Date phrases")
struct DatePhraseTests {
    static let november1 = LocalDate(year: 2026, month: 11, day: 1)!
    static let interviewDay = LocalDate(year: 2026, month: 11, day: 10)!

    /// A phrase and what it reads as: `2026-11-16 10:00` (a time was written), `2026-11-16` (a day
    /// alone), or the error: `!malformed`, `!impossible`, `!time`, `!year`, `!ambiguous`.
    struct Row {
        var phrase: String
        var expected: String
        var reference: LocalDate? = nil
        var order: DateOrder? = nil
        var noteOrder: DateOrder? = nil
        init(_ phrase: String, _ expected: String, reference: LocalDate? = nil, order: DateOrder? = nil,
             noteOrder: DateOrder? = nil) {
            (self.phrase, self.expected, self.reference, self.order, self.noteOrder) = (phrase, expected, reference, order, noteOrder)
        }
    }

    static func read(_ row: Row) -> String {
        switch DateReader.parseDateTime(row.phrase, reference: row.reference, order: row.order, noteOrder: row.noteOrder) {
        case .success(let (moment, hasTime)): return hasTime ? moment.description : moment.date.description
        case .failure(.malformed): return "!malformed"
        case .failure(.impossible): return "!impossible"
        case .failure(.impossibleTime): return "!time"
        case .failure(.noYear): return "!year"
        case .failure(.ambiguousOrder): return "!ambiguous"
        }
    }

    static let interviewDates: [Row] = [
        // ISO, as always
        Row("2026-11-16", "2026-11-16"),
        Row("2026-11-16 10:00", "2026-11-16 10:00"),
        Row("2026-11-16T10:00", "2026-11-16 10:00"),
        Row("2026-11-16t10:00", "2026-11-16 10:00"),
        Row("2026-11-16T10:00:00", "2026-11-16 10:00"),
        Row("2026-11-16T10:00:00.123Z", "2026-11-16 10:00"),
        Row("2026-11-20T08:41:27.902Z", "2026-11-20 08:41"),
        Row("2026-11-16T10:00:00+01:00", "2026-11-16 10:00"),
        Row("2026-11-16T10:00+0100", "2026-11-16 10:00"),
        Row("2026-11-13 07:45:00 -0600", "2026-11-13 07:45"),
        Row("2026-11-16 10:00 CET", "2026-11-16 10:00"),
        Row("2026-11-16 10:00Z", "2026-11-16 10:00"),
        Row("2026-11-16 2:30pm", "2026-11-16 14:30"),
        Row("2026-11-16 2:30 PM", "2026-11-16 14:30"),
        Row("2026-11-16 2pm", "2026-11-16 14:00"),
        Row("2026-11-16 9am", "2026-11-16 09:00"),
        Row("2026-11-16 2:30 p.m.", "2026-11-16 14:30"),
        Row("2026-11-16 14h00", "2026-11-16 14:00"),
        Row("2026-11-16 10h", "2026-11-16 10:00"),
        Row("2026-11-16 à 10h", "2026-11-16 10:00"),
        Row("2026-11-16 a las 10h", "2026-11-16 10:00"),
        Row("2026-11-16 noon", "2026-11-16 12:00"),
        Row("2026-11-16 10am–11:30am", "2026-11-16 10:00"),
        Row("2026-11-16 7:30", "2026-11-16 07:30"),
        Row("2026-11-16, 10:00", "2026-11-16 10:00"),
        Row("2026-11-16 at 10:00", "2026-11-16 10:00"),
        Row("2026-11-16 (Mon)", "2026-11-16"),
        Row("2026-11-16 10:00 whatever follows", "2026-11-16 10:00"),
        Row("Monday, 2026-11-16", "2026-11-16"),
        Row("Monday, 2026-02-30", "!impossible"),
        Row("  2026-11-16 10:00  ", "2026-11-16 10:00"),
        // Obsidian, org-mode and Notion wrappers
        Row("[[2026-11-16]]", "2026-11-16"),
        Row("[[Nov 12th, 2026]]", "2026-11-12"),
        Row("<2026-11-19 Thu 19:30>", "2026-11-19 19:30"),
        Row("<2026-11-03 Tue 10:00>", "2026-11-03 10:00"),
        Row("[2026-11-19 Thu]", "2026-11-19"),
        Row("<2026-11-19 Thu>", "2026-11-19"),
        Row("@November 20, 2026 9:12 AM", "2026-11-20 09:12"),
        Row("@December 2, 2026 4:31 PM", "2026-12-02 16:31"),
        Row("\"2026-11-16\"", "2026-11-16"),
        Row("'Nov 16, 2026'", "2026-11-16"),
        // month names
        Row("November 10, 2026", "2026-11-10"),
        Row("Tuesday, November 10, 2026", "2026-11-10"),
        Row("Thursday, November 12, 2026, 10:00 a.m.", "2026-11-12 10:00"),
        Row("Thursday, November 12, 2026, 10:00 a\\.m\\.", "2026-11-12 10:00"),
        Row("Nov 11th, 2026", "2026-11-11"),
        Row("Nov  9, 2026", "2026-11-09"),
        Row("November 9, 2026 2:00 PM", "2026-11-09 14:00"),
        Row("November 18, 2026 10:00 AM (EST)", "2026-11-18 10:00"),
        Row("November 18, 2026 7:52 PM", "2026-11-18 19:52"),
        Row("Wed, 18 Nov 2026 08:05", "2026-11-18 08:05"),
        Row("Wed, 18 Nov 2026 08:05 +0100", "2026-11-18 08:05"),
        Row("18 Nov 2026", "2026-11-18"),
        Row("18th of November 2026", "2026-11-18"),
        Row("Nov. 13, 2026", "2026-11-13"),
        Row("Nov\\. 13, 2026", "2026-11-13"),
        Row("Thu Oct 29 2026, 1:30 PM", "2026-10-29 13:30"),
        Row("Fri Nov 20 2026 09:15", "2026-11-20 09:15"),
        Row("Monday 16 November 2026", "2026-11-16"),
        Row("Monday 2 November 2026 at 11:00", "2026-11-02 11:00"),
        Row("Sept 3, 2026", "2026-09-03"),
        Row("December 2, 2026 4:31 PM", "2026-12-02 16:31"),
        Row("November 16, 2026 at noon", "2026-11-16 12:00"),
        Row("November 16, 2026 12 noon", "2026-11-16 12:00"),
        Row("November 16, 2026 14:00 SGT", "2026-11-16 14:00"),
        Row("16 November 2026, 14h00", "2026-11-16 14:00"),
        Row("Nov 16 2026 6.15pm", "2026-11-16 18:15"),
        // without a year: the reference's year, or an error
        Row("18 Nov", "2026-11-18", reference: november1),
        Row("18 Nov", "!year"),
        Row("Nov 16", "2026-11-16", reference: november1),
        Row("Nov 16", "!year"),
        Row("Mon 16 Nov, 10am–11:30am", "2026-11-16 10:00", reference: november1),
        Row("Wed Nov 18, 2:30 p.m.", "2026-11-18 14:30", reference: november1),
        Row("Sunday 15 November, 9:30", "2026-11-15 09:30", reference: november1),
        Row("Feb 30", "!impossible"),
        Row("Feb 29", "!impossible", reference: november1),
        Row("Nov 5", "2026-11-05", reference: LocalDate(year: 2026, month: 12, day: 20)!),
        // numeric dates
        Row("Mon 23/11", "2026-11-23", reference: november1),
        Row("23/11", "!year"),
        Row("23/11/2026", "2026-11-23"),
        Row("11/23/2026", "2026-11-23"),
        Row("11/16/2026 9:00 AM", "2026-11-16 09:00"),
        Row("Jeudi 12/11/2026, 14h00", "2026-11-12 14:00"),
        Row("ma 02.11.2026 · 14:00", "2026-11-02 14:00"),
        Row("Donnerstag, 12.11.2026", "2026-11-12"),
        Row("Jeudi 12/11", "2026-11-12", reference: november1),
        Row("so 12/11/2026", "!malformed"),
        Row("10/29/2026", "2026-10-29"),
        Row("04/11/2026", "!ambiguous"),
        Row("04/11/2026", "2026-11-04", order: nil, noteOrder: .dmy),
        Row("04/11/2026", "2026-11-04", order: .dmy, noteOrder: .mdy),
        Row("11/11/2026", "2026-11-11"),
        Row("12/11", "!ambiguous", reference: november1),
        Row("04/11/2026", "2026-11-04", order: .dmy),
        Row("04/11/2026", "2026-04-11", order: .mdy),
        Row("04/11/2026 17:50", "2026-11-04 17:50", order: .dmy),
        Row("23/11/2026", "2026-11-23", order: .mdy),
        Row("12/11/2026, 14h00", "2026-11-12 14:00", order: .dmy),
        Row("26/11/16", "2026-11-16", order: .ymd),
        Row("26/11/16", "2016-11-26"),
        Row("Tue 03/11/2026", "2026-11-03"),
        Row("Wed 04/11/2026", "2026-11-04"),
        Row("Sat 04/11/2026", "2026-04-11"),
        Row("Mon 04/11/2026", "!ambiguous"),
        Row("2026/11/16", "2026-11-16"),
        Row("27.11.2026", "2026-11-27"),
        Row("02.11.2026 19:15", "2026-11-02 19:15"),
        Row("04.11.2026", "2026-11-04"),
        Row("04.11.2026", "2026-04-11", order: .mdy),
        Row("11.23.2026", "2026-11-23"),
        Row("Wed 18.11.2026, 09:00", "2026-11-18 09:00"),
        Row("2026.11.28 (Sat) 11:05am", "2026-11-28 11:05"),
        Row("2026.11.19 6:35pm", "2026-11-19 18:35"),
        Row("Mon 2026.11.23, 2pm–3pm", "2026-11-23 14:00"),
        Row("16-11-2026", "2026-11-16"),
        Row("11-16-2026 9:00", "2026-11-16 09:00"),
        Row("04-11-2026", "2026-11-04", order: .dmy),
        Row("04-11-2026", "!ambiguous"),
        Row("31/31/2026", "!impossible"),
        Row("30.02.2026", "!impossible"),
        // errors, ISO-looking: worded as before; times that cannot be say so
        Row("2026-13-45", "!impossible"),
        Row("2026-02-30", "!impossible"),
        Row("2026-02-29 10:00", "!impossible"),
        Row("0000-01-01", "!impossible"),
        Row("99999-01-01", "!impossible"),
        Row("2026-11-16 25:00", "!time"),
        Row("2026-11-16 24:00", "!time"),
        Row("2026-11-16 10:60", "!time"),
        Row("2026-11-16T24:00:00Z", "!time"),
        Row("2026-11-16 10-00", "!time"),
        Row("2026-11-16 next", "!malformed"),
        Row("November 16, 2026 24:00", "!time"),
        Row("November 16, 2026 10:60", "!time"),
        Row("November 16, 2026 13pm", "!time"),
        Row("16 Nov 2026 25h00", "!time"),
        Row("November 31, 2026", "!impossible"),
        Row("next week", "!malformed"),
        Row("", "!malformed"),
        Row("soon", "!malformed"),
        Row("Tuesday", "!malformed"),
        Row("10:00", "!malformed"),
        Row("Nov 16 or Nov 17, 2026", "!malformed", reference: november1),
        Row("November 16, 2026 at the office", "!malformed"),
        Row("16 Nov 26", "!malformed", reference: november1),
    ]

    @Test("interview dates: a table of phrases, each read by parseDateTime")
    func interviewDatePhrases() {
        var wrong: [String] = []
        for row in Self.interviewDates {
            let found = Self.read(row)
            if found != row.expected { wrong.append("'\(row.phrase)' → \(found), expected \(row.expected)") }
        }
        #expect(wrong.isEmpty, "\(wrong.count) misread:\n\(wrong.joined(separator: "\n"))")
        #expect(Self.interviewDates.count + DatePhraseTests.texts.count >= 150)
    }

    /// A log entry or line of prose and what its leading date reads as: `2026-11-16 10:00`,
    /// `2026-11-16`, `-` (no date); `?` after it when a numeric date's order was assumed.
    struct TextRow {
        var text: String
        var expected: String
        var reference: LocalDate?
        var order: DateOrder?
        var noteOrder: DateOrder?
        init(_ text: String, _ expected: String, reference: LocalDate? = interviewDay, order: DateOrder? = nil,
             noteOrder: DateOrder? = nil) {
            (self.text, self.expected, self.reference, self.order, self.noteOrder) = (text, expected, reference, order, noteOrder)
        }
    }

    static func read(_ row: TextRow) -> String {
        let tokens = Tokenizer.tokens(row.text)
        var index = 0
        // As a log entry: past leading marks (bullets, emphasis, brackets), and "On".
        while index < tokens.count, case .punctuation = tokens[index].kind { index += 1 }
        if index < tokens.count, tokens[index].isWord("on") { index += 1 }
        guard let found = DateReader.dateTime(in: tokens, at: index, reference: row.reference, order: row.order,
                                              noteOrder: row.noteOrder) else { return "-" }
        let moment = LocalDateTime(date: found.date.date, hour: (found.minutes ?? 0) / 60, minute: (found.minutes ?? 0) % 60)
        return (found.minutes == nil ? found.date.date.description : moment.description) + (found.date.isAmbiguous ? "?" : "")
    }

    static let texts: [TextRow] = [
        TextRow("Nov 10 9:40am | Phone | David", "2026-11-10 09:40"),
        TextRow("02.11.2026 19:15 — email to Maaike", "2026-11-02 19:15"),
        TextRow("2026.11.19 6:35pm — thank-you email", "2026-11-19 18:35"),
        TextRow("On Tue, 17 Nov 2026 at 09:12, Ana wrote:", "2026-11-17 09:12"),
        TextRow("> > On Tue, 17 Nov 2026 at 09:12, Ana wrote:", "2026-11-17 09:12"),
        TextRow("Mon 23/11 10:05 called", "2026-11-23 10:05"),
        TextRow("Mon 23/11 called", "2026-11-23"),
        TextRow("Nov 11th — thank-you to Lena", "2026-11-11"),
        TextRow("Nov 11th, 2026 — thank-you", "2026-11-11"),
        TextRow("the 4th — call back", "2026-12-04"),
        TextRow("the 12th at 10am — call", "2026-11-12 10:00"),
        TextRow("the 4th of December — offer call", "2026-12-04"),
        TextRow("the 2nd round went well", "-"),
        TextRow("the 4th", "-", reference: nil),
        // A day in words after its weekday; not without one ("the second round").
        TextRow("Thursday, the twelfth — called", "2026-11-12", reference: november1),
        TextRow("Monday the twenty-third, 10:15", "2026-11-23 10:15", reference: november1),
        TextRow("the second round went well", "-", reference: november1),
        TextRow("Tuesday the tenth of November, at 10:30", "2026-11-10 10:30", reference: november1),
        TextRow("Nov 5, 6:15pm thank-you email", "2026-11-05 18:15", reference: november1),
        TextRow("Nov 5 6.15pm email", "2026-11-05 18:15", reference: november1),
        TextRow("Nov 5 6.15 email", "2026-11-05", reference: november1),
        TextRow("20/11 09h10 call from Ines", "2026-11-20 09:10"),
        TextRow("12/11 19h30 email", "2026-12-11 19:30?"),
        TextRow("12/11 19h30 email", "2026-11-12 19:30", noteOrder: .dmy),
        TextRow("12/11 19h30 email", "2026-11-12 19:30", order: .dmy),
        TextRow("12/11 19h30 email", "2026-12-11 19:30", order: .mdy),
        TextRow("12/11 19h30 email", "2026-12-11 19:30", noteOrder: .mdy),
        TextRow("04/11/2026 — email", "2026-04-11?"),
        TextRow("04/11/2026 — email", "2026-11-04", order: .dmy),
        TextRow("04/11/2026 — email", "2026-11-04", noteOrder: .dmy),
        TextRow("04/11/2026 — email", "2026-04-11", order: .mdy, noteOrder: .dmy),
        TextRow("04.11.2026 — email", "2026-11-04"),
        TextRow("04.11.2026 — email", "2026-04-11", order: .mdy),
        TextRow("11/16 — thank-you", "2026-11-16"),
        TextRow("11/16 — thank-you", "2026-11-16", order: .dmy),
        TextRow("Wed 11/4, 1:30pm to 3:30pm, at Harborview", "2026-11-04 13:30", reference: november1),
        TextRow("11/4, 1:30pm to 3:30pm, at Harborview", "2026-11-04 13:30?", reference: november1),
        TextRow("Thu 11/4 — the weekday is not that day's", "2026-11-04?", reference: november1),
        // 2026-10-29 is the Thursday (2027-10-29, the next 29 October, is a Friday).
        TextRow("Thu 10/29, 10am, at their office", "2026-10-29 10:00"),
        TextRow("Thu 10/29, 10am, at their office", "2026-10-29 10:00", reference: LocalDate(year: 2026, month: 10, day: 1)!),
        TextRow("2:30 p.m. call", "-"),
        TextRow("Fri 20.11.2026 21:10 email", "2026-11-20 21:10"),
        TextRow("Tue 24.11.2026 11:00 call", "2026-11-24 11:00"),
        TextRow("17.11.2026 10:30 — call", "2026-11-17 10:30"),
        TextRow("Mon 2026.11.23, 2pm–3pm onsite", "2026-11-23 14:00"),
        TextRow("Thu 2026.11.19, 1pm", "2026-11-19 13:00"),
        TextRow("2026.11.28 (Sat) 11:05am — email", "2026-11-28 11:05"),
        TextRow("2026-11-23 10:15 — called", "2026-11-23 10:15"),
        TextRow("2026-11-23T10:15 — called", "2026-11-23 10:15"),
        TextRow("[[2026-11-10]] Interview, 2pm", "2026-11-10"),
        TextRow("[[2026-11-12]] Called Theo at 10:30", "2026-11-12"),
        TextRow("<2026-11-03 Tue 10:00> interview", "2026-11-03 10:00"),
        TextRow("@November 18, 2026 6:40 PM thank-you", "2026-11-18 18:40"),
        TextRow("**Fri 20 Nov 2026**", "2026-11-20"),
        TextRow("Fri\\. Nov\\. 13, 8:30am — call", "2026-11-13 08:30"),
        TextRow("Nov. 13, 8:30 a.m. — call", "2026-11-13 08:30"),
        TextRow("9 Nov 09:40 email", "2026-11-09 09:40", reference: november1),
        TextRow("2 Nov 11:00 call", "2026-11-02 11:00", reference: november1),
        TextRow("Nov 16, 10:00 — interview", "2026-11-16 10:00"),
        TextRow("Nov 17, 2pm call", "2026-11-17 14:00"),
        TextRow("Nov 17 at noon — call", "2026-11-17 12:00"),
        TextRow("Nov 17 · 14h00 — call", "2026-11-17 14:00"),
        TextRow("Tue 17 Nov 10:00 — email", "2026-11-17 10:00"),
        TextRow("Wed, 18 Nov 2026 08:05 — reply", "2026-11-18 08:05"),
        TextRow("Thursday, November 5, 2026 · 1:15 PM", "2026-11-05 13:15"),
        TextRow("Monday, November 16, 2026", "2026-11-16"),
        TextRow("Sat 21/11 10:30", "2026-11-21 10:30"),
        TextRow("Tue 03/11 18:20 email", "2026-11-03 18:20", reference: november1),
        TextRow("03/11 18:20 email", "2027-03-11 18:20?", reference: november1),
        TextRow("03/11 18:20 email", "2026-11-03 18:20", reference: november1, noteOrder: .dmy),
        TextRow("Tue 03/11 18:20 email", "2027-03-11 18:20", reference: november1, order: .mdy),
        TextRow("**Jeudi 12/11/2026, 14h00**", "2026-11-12 14:00"),
        TextRow("**ma 02.11.2026 · 14:00** · interview", "2026-11-02 14:00"),
        TextRow("vr 13/11 10:00 gebeld", "2026-11-13 10:00"),
        TextRow("do 12/11 call", "-"),
        TextRow("16-11-2026 14:00 — interview", "2026-11-16 14:00"),
        TextRow("2-3 weeks, they said", "-"),
        TextRow("+1-415-555-0161 called", "-"),
        TextRow("Nov 8–14, 2026 — week log", "2026-11-08"),
        TextRow("Nov 22-28 2026: applied twice", "2026-11-22"),
        TextRow("Nov 8–14 — week log", "2026-11-08", reference: november1),
        TextRow("Glassdoor 3.9 stars", "-"),
        TextRow("version 1.0.2026.4", "-"),
        TextRow("~2.5 hrs whiteboard", "-"),
        TextRow("4 designers, one junior", "-"),
        TextRow("Sometime last week — emailed", "-"),
        TextRow("32/13 nonsense", "-"),
    ]

    @Test("dates in log entries and prose: a table of texts, each read by dateTime(in:at:)")
    func textPhrases() {
        var wrong: [String] = []
        for row in Self.texts {
            let found = Self.read(row)
            if found != row.expected { wrong.append("'\(row.text)' → \(found), expected \(row.expected)") }
        }
        #expect(wrong.isEmpty, "\(wrong.count) misread:\n\(wrong.joined(separator: "\n"))")
    }

    @Test("a note's own numeric dates settle their order, or say they cannot")
    func inference() {
        func infer(_ lines: [String]) -> DateReader.DateOrderInference { DateReader.inferredDateOrder(lines: lines) }
        #expect(infer(["- 20/11 09h10 call", "- 12/11 19h30 email"]) == .order(.dmy))
        #expect(infer(["- 11/23 call", "- 11/04 email"]) == .order(.mdy))
        #expect(infer(["- 17.11.2026 call", "- 04/11 email"]) == .order(.dmy))
        #expect(infer(["- 12/11 email", "- 04.11.2026 call"]) == .ambiguous)
        #expect(infer(["no dates here", "2026-11-16 only ISO"]) == .ambiguous)
        #expect(infer(["- 23/11 call", "- 11/23 email"]) == .conflicting)
        #expect(infer(["- 32/11 and 11/45 are no dates"]) == .ambiguous)
        #expect(infer(["no. 5 and 2. and .3", "20-11-2026 call", "12/11 email"]) == .order(.dmy))
        #expect(infer(["11-20-2026 call"]) == .order(.mdy))
        #expect(DateReader.DateOrderInference.order(.dmy).order == .dmy)
        #expect(DateReader.DateOrderInference.conflicting.order == nil)
        // The inferred order reads the ambiguous ones; a configured order wins over it.
        let tokens = Tokenizer.tokens("12/11 email")
        #expect(DateReader.match(in: tokens, at: 0, reference: Self.interviewDay, noteOrder: .dmy)?.numericOrder
            == DateReader.NumericOrder(order: .dmy, basis: .note))
        #expect(DateReader.match(in: tokens, at: 0, reference: Self.interviewDay, order: .mdy, noteOrder: .dmy)?.numericOrder
            == DateReader.NumericOrder(order: .mdy, basis: .configured))
        #expect(DateReader.match(in: Tokenizer.tokens("23/11"), at: 0, reference: Self.interviewDay, order: .mdy)?.numericOrder
            == DateReader.NumericOrder(order: .dmy, basis: .parts))
        #expect(DateReader.match(in: Tokenizer.tokens("12.11.2026"), at: 0, reference: nil)?.numericOrder
            == DateReader.NumericOrder(order: .dmy, basis: .convention))
        #expect(DateReader.match(in: Tokenizer.tokens("12/11"), at: 0, reference: Self.interviewDay)?.isAmbiguous == true)
        #expect(DateReader.match(in: Tokenizer.tokens("Nov 12"), at: 0, reference: Self.interviewDay)?.isAmbiguous == false)
    }

    @Test("a note in another language writes its ambiguous numeric dates day first")
    func otherLanguageDayFirst() {
        let note = """
            # Entretien — Maison Ferrand

            **Date :** mardi 10 novembre 2026, 10:00

            ## Personnes
            - Hélène Roux — directrice — carte oui — helene.roux@ferrand.example — +33 1 55 55 01 20

            J'ai laissé mon CV et elle a mes coordonnées. Elle m'a dit qu'ils décident pour le 20 novembre.

            ## Suivi
            - 10/11 17:45 — e-mail de remerciement à Hélène, avec un résumé et mon intérêt pour le poste.
            """
        #expect(InterviewLintTests.read(note).log.first?.date?.value == moment("2026-11-10 17:45"))
        #expect(!lint(note, today: "2026-11-16").contains { $0.rule == "thank-you-prompt" || $0.rule == "impossible-date" })
        // In English, with nothing to settle it, 11/10 is still read month first.
        let english = "# Interview — Acme\n\nInterview: Tue 10 Nov 2026, 10:00 with Sam Ashby (CTO).\n\n## Log\n- 11/10 17:45 — thank-you email to Sam, recap and interest\n"
        #expect(InterviewLintTests.read(english).log.first?.date?.value == moment("2026-11-10 17:45"))
    }

    @Test("pieces of dates put together any way: read without trapping, and every date read exists")
    func pieces() {
        let pieces = ["Nov", "16", "2026", "the", "4th", "Mon", "jeudi", "/", ".", "-", "–", ",", ":", "12", "31", "00",
                      "2026-11-16", "23/11", "04.11.2026", "2026.11.28", "10am", "24:00", "noon", "(", ")", "[[", "]]",
                      "<", ">", "@", "\\", "pm", "h00", "9999", "0", " ", "  ", "at", "to", "CET", "+01:00", "Z"]
        var generator = SystemRandomNumberGenerator()
        var read = 0
        for _ in 0..<3_000 {
            let count = Int.random(in: 1...7, using: &generator)
            let text = (0..<count).map { _ in pieces.randomElement(using: &generator)! }.joined(separator: Bool.random() ? " " : "")
            for reference in [nil, Self.november1, LocalDate(year: 9999, month: 12, day: 31)!] {
                if case .success(let (moment, _)) = DateReader.parseDateTime(text, reference: reference) {
                    read += 1
                    #expect(LocalDate(year: moment.date.year, month: moment.date.month, day: moment.date.day) != nil, "\(text)")
                }
                let tokens = Tokenizer.tokens(text)
                for index in tokens.indices {
                    if let found = DateReader.dateTime(in: tokens, at: index, reference: reference) {
                        #expect(index + found.tokenCount <= tokens.count, "\(text)")
                        #expect((0..<1440).contains(found.minutes ?? 0), "\(text)")
                    }
                }
            }
        }
        #expect(read > 50, "only \(read) phrases read")
    }

    @Test("the tokenizer reads dotted dates, and leaves decimals, versions and times alone")
    func dottedTokens() {
        #expect(TokenizerTests.describe("27.11.2026 x") == ["o:27.11.2026@0+10", "w:x@11+1"])
        #expect(TokenizerTests.describe("2026.11.28") == ["d:2026-11-28|2026.11.28@0+10"])
        #expect(TokenizerTests.describe("2026.02.30") == ["n:2026/4@0+4", "p:.@4+1", "n:2/2@5+2", "p:.@7+1", "n:30/2@8+2"])
        #expect(TokenizerTests.describe("3.9") == ["n:3/1@0+1", "p:.@1+1", "n:9/1@2+1"])
        #expect(TokenizerTests.describe("1.2.2026.4").first == "n:1/1@0+1")
        #expect(TokenizerTests.describe("6.15pm") == ["t:1095@0+6"])
        #expect(TokenizerTests.describe("16-11-2026") == ["s:16/11/2026@0+10"])
        #expect(TokenizerTests.describe("2-3 weeks").prefix(3) == ["n:2/1@0+1", "p:-@1+1", "n:3/1@2+1"])
        #expect(TokenizerTests.describe("1-2-2026-5").first == "n:1/1@0+1")
        #expect(TokenizerTests.describe("é 02.11.2026.") == ["w:é*@0+1", "o:2.11.2026@2+10", "p:.@12+1"])
    }

    @Test("the old entry point reads as before where it read, and the newly read forms")
    func oldEntryPoint() {
        func date(_ text: String, _ reference: LocalDate? = Self.interviewDay) -> String {
            DateReader.date(in: Tokenizer.tokens(text), at: 0, reference: reference).map { "\($0.0)/\($0.1)" } ?? "-"
        }
        #expect(date("11/16") == "2026-11-16/1")
        #expect(date("12/5/26") == "2026-12-05/1")
        #expect(date("23/11") == "2026-11-23/1")
        #expect(date("Nov 16, 2026") == "2026-11-16/4")
        #expect(date("16 Nov.") == "2026-11-16/3")
        #expect(date("Nov 16", nil) == "-")
        #expect(date("27.11.2026") == "2026-11-27/1")
    }

    @Test("a note in Dutch reads its hyphenated numeric dates day first, as its slashed ones; ISO dates and ranges do not count")
    func hyphenatedDatesFollowTheNotesLanguage() {
        let dutch = InterviewLintTests.read("""
        # Sollicitatie Dijkhuis Installatietechniek

        **Datum:** woensdag 4 november 2026, 14:00, Zwolle

        - [x] Mirjam Hoekstra — teamleider — kaartje gekregen

        Het gesprek ging over de storingsdienst; ik heb ook naar de planning gevraagd en dat viel niet tegen.

        ## Opvolging
        - 04-11-2026 19:05 — bedankmail aan Mirjam Hoekstra: samenvatting van het gesprek over de storingsdienst.
        """)
        #expect(dutch.log.first?.date?.value.date.description == "2026-11-04")
        #expect(NoteReader.mayHoldNumericDates(Array("- 04-11-2026 19:05".utf8)))
        #expect(!NoteReader.mayHoldNumericDates(Array("2026-11-04, 2-3 weeks".utf8)))
    }
}
