import Foundation
import Testing
@testable import InterviewLint

@Suite("Dates, times and business days")
struct CalendarTests {
    @Test("weekdays are right across centuries")
    func weekdays() {
        #expect(LocalDate(year: 2026, month: 11, day: 16)!.weekdayName == "Monday")
        #expect(LocalDate(year: 2026, month: 11, day: 26)!.weekdayName == "Thursday")
        #expect(LocalDate(year: 2000, month: 2, day: 29)!.weekdayName == "Tuesday")
        #expect(LocalDate(year: 1970, month: 1, day: 1)!.weekdayName == "Thursday")
        #expect(LocalDate(year: 1, month: 1, day: 1)!.weekdayName == "Monday")
    }

    @Test("the clock, read with the C library, agrees with Foundation's calendar in the local time zone")
    func currentTime() throws {
        func foundation() -> LocalDateTime? {
            var calendar = Calendar(identifier: .gregorian)
            calendar.timeZone = TimeZone.current
            let parts = calendar.dateComponents([.year, .month, .day, .hour, .minute], from: Date())
            guard let year = parts.year, let month = parts.month, let day = parts.day,
                  let date = LocalDate(year: year, month: month, day: day) else { return nil }
            return LocalDateTime(date: date, hour: parts.hour ?? -1, minute: parts.minute ?? -1)
        }
        // Read twice if a minute boundary fell between the two clocks.
        var pair = (LocalDateTime.current(), foundation())
        if pair.0 != pair.1 { pair = (LocalDateTime.current(), foundation()) }
        #expect(pair.0 == pair.1)
    }

    @Test("the byte reader for `2026-11-16 10:00` agrees with the long way wherever it answers")
    func plainDateTimes() throws {
        var answered = 0
        for year in ["2026", "0000", "0001", "2024", "9999"] {
            for month in ["00", "01", "02", "12", "13", "1x"] {
                for day in ["00", "01", "28", "29", "30", "31", "32"] {
                    for time in ["", " 00:00", " 09:30", " 23:59", " 24:00", " 12:60", " 7:30", "T10:00", " 10-00", " 10:00 "] {
                        let text = "\(year)-\(month)-\(day)\(time)"
                        guard let quick = DateReader.plainDateTime(text) else { continue }
                        answered += 1
                        let long = try DateReader.readDateTime(text).get()
                        #expect(quick.0 == long.0 && quick.hasTime == long.hasTime, "\(text)")
                    }
                }
            }
        }
        #expect(answered > 100, "the byte reader answered \(answered) times")
        #expect(DateReader.plainDateTime("2026-02-29") == nil, "not a day: the long way words the error")
        #expect(DateReader.plainDateTime("2026-11-16 10:00")?.0 == LocalDateTime(date: LocalDate(year: 2026, month: 11, day: 16)!, hour: 10))
    }

    @Test("ordinals round-trip")
    func ordinals() {
        for ordinal in stride(from: 0, to: 3_000_000, by: 997) {
            let date = LocalDate(ordinal: ordinal)
            #expect(date.ordinal == ordinal)
            #expect(LocalDate(year: date.year, month: date.month, day: date.day) == date)
        }
    }

    @Test("impossible days are refused")
    func impossible() {
        #expect(LocalDate(year: 2026, month: 2, day: 29) == nil)
        #expect(LocalDate(year: 2028, month: 2, day: 29) != nil)
        #expect(LocalDate(year: 2026, month: 13, day: 1) == nil)
        #expect(LocalDate(year: 0, month: 1, day: 1) == nil)
        #expect(LocalDate(year: 2026, month: 4, day: 31) == nil)
    }

    @Test("business days skip weekends")
    func businessDays() {
        let friday = LocalDate(year: 2026, month: 12, day: 4)!
        #expect(friday.adding(businessDays: 1).description == "2026-12-07")
        #expect(LocalDate(year: 2026, month: 11, day: 16)!.adding(businessDays: 5).description == "2026-11-23")
        #expect(LocalDate(year: 2026, month: 11, day: 21)!.adding(businessDays: 1).description == "2026-11-23")
        #expect(friday.adding(businessDays: -5).description == "2026-11-27")
        #expect(LocalDate(year: 2026, month: 1, day: 31)!.adding(months: 1).description == "2026-02-28")
    }

    @Test("the interview date is read in the accepted forms")
    func interviewDates() throws {
        let cases: [(String, String, Bool)] = [
            ("2026-11-16", "2026-11-16 00:00", false),
            ("2026-11-16 10:00", "2026-11-16 10:00", true),
            ("2026-11-16T10:00", "2026-11-16 10:00", true),
            ("2026-11-16T10:00:30", "2026-11-16 10:00", true),
            ("2026-11-16T10:00Z", "2026-11-16 10:00", true),
            ("2026-11-16T10:00:00+01:00", "2026-11-16 10:00", true),
            ("2026-11-16 10:00 CET", "2026-11-16 10:00", true),
            ("2026-11-16 2:30pm", "2026-11-16 14:30", true),
            ("16/11/2026", "2026-11-16 00:00", false),
            ("November 16, 2026 2:30 PM", "2026-11-16 14:30", true),
        ]
        for (text, expected, hasTime) in cases {
            let (value, timed) = try DateReader.parseDateTime(text).get()
            #expect(value.description == expected, "\(text)")
            #expect(timed == hasTime, "\(text)")
        }
        for bad in ["2026-13-45", "2026-02-30", "2026-11-16 25:00", "0000-01-01", "99999-01-01", "next week", "16/11/2026 soon", ""] {
            #expect(throws: DateReader.DateTimeError.self, "\(bad)") { try DateReader.parseDateTime(bad).get() }
        }
        // A time that cannot be is told apart from a day that cannot be.
        func error(_ text: String) -> DateReader.DateTimeError? {
            if case .failure(let error) = DateReader.parseDateTime(text) { return error }
            return nil
        }
        #expect(error("2026-11-16 24:00") == .impossibleTime("2026-11-16 24:00"))
        #expect("\(DateReader.DateTimeError.impossibleTime("2026-11-16 10:60"))".contains("not a time of day"))
        #expect(error("2026-02-30 10:00") == .impossible("2026-02-30 10:00"))
        #expect("\(error("04/11/2026")!)" == "'04/11/2026' could be 2026-04-11 or 2026-11-04; write it as 2026-11-04, or set date-order (mdy or dmy) in the configuration")
    }

    @Test("--today is the end of the day, or the moment given")
    func today() {
        #expect(LocalDateTime.parseToday("2026-11-20")?.description == "2026-11-20 23:59")
        #expect(LocalDateTime.parseToday("2026-11-23T18:00")?.description == "2026-11-23 18:00")
        #expect(LocalDateTime.parseToday("tomorrow") == nil)
    }

    @Test("times of day in log entries", arguments: [
        ("17:30", 17 * 60 + 30), ("5:30pm", 17 * 60 + 30), ("5:30 pm", 17 * 60 + 30), ("9am", 9 * 60),
        ("9 a.m.", 9 * 60), ("12pm", 12 * 60), ("12am", 0), ("10.15am", 10 * 60 + 15),
    ])
    func times(_ text: String, _ minutes: Int) {
        let tokens = Tokenizer.tokens(text)
        #expect(tokens.count == 1)
        #expect(tokens.first?.kind == .time(minutes))
    }
}
