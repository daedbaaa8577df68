import Testing
@testable import InterviewLint

@Suite("Timeframe phrases")
struct TimeframeTests {
    /// Monday 2026-11-16 and Tuesday 2026-12-15 (for the year wrap).
    static let november = LocalDate(year: 2026, month: 11, day: 16)!
    static let december = LocalDate(year: 2026, month: 12, day: 15)!

    struct Case: CustomTestStringConvertible, Sendable {
        var phrase: String
        var interview: LocalDate
        var expected: TimeframeReader.Reading
        var testDescription: String { "\"\(phrase)\" after \(interview)" }
    }

    static func on(_ text: String) -> TimeframeReader.Reading {
        let parts = text.split(separator: "-").compactMap { Int($0) }
        return .date(LocalDate(year: parts[0], month: parts[1], day: parts[2])!)
    }

    static let cases: [Case] = [
        // Written dates
        Case(phrase: "by August 1st", interview: november, expected: on("2027-08-01")),
        Case(phrase: "by Aug 1", interview: november, expected: on("2027-08-01")),
        Case(phrase: "the board meets Dec. 3, they'll decide by December 4th", interview: november, expected: on("2026-12-04")),
        Case(phrase: "They meet on Monday 30 November and decide by Friday 4 December", interview: november, expected: on("2026-12-04")),
        Case(phrase: "Dec 4, after the board meets on Dec 3", interview: november, expected: on("2026-12-04")),
        Case(phrase: "December 5", interview: november, expected: on("2026-12-05")),
        Case(phrase: "by Dec. 5th", interview: november, expected: on("2026-12-05")),
        Case(phrase: "They said 2026-12-05.", interview: november, expected: on("2026-12-05")),
        Case(phrase: "around 12/5", interview: november, expected: on("2026-12-05")),
        Case(phrase: "12/5/2026", interview: november, expected: on("2026-12-05")),
        Case(phrase: "5 December", interview: november, expected: on("2026-12-05")),
        Case(phrase: "by the 1st of December", interview: november, expected: on("2026-12-01")),
        Case(phrase: "Jane said they will decide by December 4th.", interview: november, expected: on("2026-12-04")),
        Case(phrase: "by the 20th", interview: november, expected: on("2026-11-20")),
        // Spans
        Case(phrase: "within two weeks", interview: november, expected: on("2026-11-30")),
        Case(phrase: "in 10 days", interview: november, expected: on("2026-11-26")),
        Case(phrase: "in a week", interview: november, expected: on("2026-11-23")),
        Case(phrase: "within a fortnight", interview: november, expected: on("2026-11-30")),
        Case(phrase: "within a week or two", interview: november, expected: on("2026-11-30")),
        Case(phrase: "in one to two weeks", interview: november, expected: on("2026-11-30")),
        Case(phrase: "1-2 weeks", interview: november, expected: on("2026-11-30")),
        Case(phrase: "in 3 business days", interview: november, expected: on("2026-11-19")),
        Case(phrase: "within five working days", interview: november, expected: on("2026-11-23")),
        Case(phrase: "in a couple of weeks", interview: november, expected: on("2026-11-30")),
        Case(phrase: "in a few days", interview: november, expected: on("2026-11-19")),
        Case(phrase: "in a month", interview: november, expected: on("2026-12-16")),
        Case(phrase: "They hope to decide in the next 2 weeks", interview: november, expected: on("2026-11-30")),
        // Days of the week
        Case(phrase: "next Friday", interview: november, expected: on("2026-11-27")),
        Case(phrase: "this Friday", interview: november, expected: on("2026-11-20")),
        Case(phrase: "by Friday", interview: november, expected: on("2026-11-20")),
        Case(phrase: "on Wednesday", interview: november, expected: on("2026-11-18")),
        Case(phrase: "tomorrow", interview: november, expected: on("2026-11-17")),
        // A day of the week with the date written after it: the date (these read as the next
        // Monday, 2026-11-23, and the interview day itself before).
        Case(phrase: "by Monday, December 7", interview: november, expected: on("2026-12-07")),
        Case(phrase: "this Friday, Dec 4", interview: november, expected: on("2026-12-04")),
        Case(phrase: "by end of day Friday", interview: november, expected: on("2026-11-20")),
        Case(phrase: "end of day tomorrow", interview: november, expected: on("2026-11-17")),
        Case(phrase: "by end of day", interview: november, expected: on("2026-11-16")),
        // Office shorthand and hours (these were unrecognised, so 5 business days)
        Case(phrase: "by EOW", interview: november, expected: on("2026-11-20")),
        Case(phrase: "EOM", interview: november, expected: on("2026-11-30")),
        Case(phrase: "EOD Wednesday", interview: november, expected: on("2026-11-18")),
        Case(phrase: "within 48 hours", interview: november, expected: on("2026-11-18")),
        Case(phrase: "in 24 hrs", interview: november, expected: on("2026-11-17")),
        // Weeks and months
        Case(phrase: "end of next week", interview: november, expected: on("2026-11-27")),
        Case(phrase: "by the end of the week", interview: november, expected: on("2026-11-20")),
        // A day in words after "by": the next one on or after the interview.
        Case(phrase: "they will let me know by the twentieth", interview: november, expected: on("2026-11-20")),
        Case(phrase: "by the second round", interview: november, expected: .unrecognized),
        Case(phrase: "next week", interview: november, expected: on("2026-11-27")),
        Case(phrase: "early next week", interview: november, expected: on("2026-11-24")),
        Case(phrase: "end of the month", interview: november, expected: on("2026-11-30")),
        Case(phrase: "end of next month", interview: november, expected: on("2026-12-31")),
        Case(phrase: "early December", interview: november, expected: on("2026-12-10")),
        Case(phrase: "mid-December", interview: november, expected: on("2026-12-15")),
        Case(phrase: "late December", interview: november, expected: on("2026-12-31")),
        Case(phrase: "sometime in December", interview: november, expected: on("2026-12-31")),
        // The year wrap: a date without a year is the next one on or after the interview.
        Case(phrase: "by January 10th", interview: december, expected: on("2027-01-10")),
        Case(phrase: "by Jan 5", interview: december, expected: on("2027-01-05")),
        Case(phrase: "end of the month", interview: december, expected: on("2026-12-31")),
        Case(phrase: "next month", interview: december, expected: on("2027-01-31")),
        Case(phrase: "within 2 weeks", interview: december, expected: on("2026-12-29")),
        Case(phrase: "early January", interview: december, expected: on("2027-01-10")),
        Case(phrase: "December 1", interview: december, expected: on("2027-12-01")),
        Case(phrase: "a decision before Thanksgiving", interview: november, expected: on("2026-11-25")),
        Case(phrase: "they'll decide by Thanksgiving", interview: november, expected: on("2026-11-26")),
        Case(phrase: "an answer before Christmas", interview: december, expected: on("2026-12-24")),
        Case(phrase: "by Thanksgiving", interview: december, expected: on("2027-11-25")),
        // Vague answers
        Case(phrase: "soon", interview: november, expected: .vague),
        Case(phrase: "Not sure yet.", interview: november, expected: .vague),
        Case(phrase: "They'll let me know.", interview: november, expected: .vague),
        Case(phrase: "No timeframe given.", interview: november, expected: .vague),
        Case(phrase: "They will get back to me", interview: november, expected: .vague),
        Case(phrase: "TBD", interview: november, expected: .vague),
        Case(phrase: "They may decide soon", interview: november, expected: .vague),
        // Neither a date nor a known vague phrase; and a question never asked
        Case(phrase: "After the holidays maybe.", interview: november, expected: .unrecognized),
        Case(phrase: "Forgot to ask.", interview: november, expected: .notAsked),
        Case(phrase: "I didn't ask", interview: november, expected: .notAsked),
    ]

    @Test("a phrase reads as the right decision", arguments: cases)
    func phrase(_ test: Case) {
        #expect(TimeframeReader.read(test.phrase, interviewDay: test.interview) == test.expected)
    }

    @Test("the table is large enough to mean something")
    func coverage() {
        #expect(Self.cases.count >= 40)
        #expect(Self.cases.contains { $0.interview == Self.december })
        #expect(Self.cases.filter { $0.expected == .vague }.count >= 5)
    }

    @Test("a note that says plainly it was not asked gets the timeframe-asked warning, not an info",
          arguments: ["## Timeframe\nForgot to ask about timeline. Ugh.\n",
                      "## Notes\nDidn't ask when they'd decide.\n",
                      "## Notes\n- Forgot to ask about the timeline, will email Sam.\n"])
    func notAskedWarns(_ body: String) {
        let note = "---\ndate: 2026-11-16 10:00\n---\n# Acme\n" + body
        let found = lint(note, configuration: only(TimeframeAsked.self)).filter { $0.rule == "timeframe-asked" }
        #expect(found.map(\.severity) == [.warning], "\(body)")
    }

    @Test("a not-asked line with an answer after it stays uncertain")
    func notAskedWithAnswer() {
        #expect(!TimeframeReader.saysNotAsked("Didn't ask about the timeline but Sam said they'd decide by Friday"))
        #expect(!TimeframeReader.saysNotAsked("Forgot to ask; timeline is 12/4 per the posting"))
        #expect(TimeframeReader.saysNotAsked("Forgot to ask about timeline. Ugh."))
    }

    @Test("relative phrases need the interview date; written ones with a year do not")
    func withoutInterviewDate() {
        #expect(TimeframeReader.read("within two weeks", interviewDay: nil) == .unrecognized)
        #expect(TimeframeReader.read("by 2026-12-05", interviewDay: nil) == Self.on("2026-12-05"))
    }

    @Test("a holiday after the calendar's last year is no date, not a crash (a fuzzer's find)")
    func holidayAtTheEndOfTheCalendar() {
        let last = LocalDate(year: 9999, month: 12, day: 31)!
        // No holiday is left after it: no decision date at all, rather than one in the past.
        for phrase in ["by xmas", "before Thanksgiving"] {
            if case .date(let day) = TimeframeReader.read(phrase, interviewDay: last) { Issue.record("'\(phrase)' read as \(day)") }
        }
        #expect(TimeframeReader.read("by Christmas", interviewDay: LocalDate(year: 2026, month: 11, day: 16)!) == Self.on("2026-12-25"))
    }
}
