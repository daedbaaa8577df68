/// The interview's start when the note writes its day and its time apart: a date key whose value
/// is a time alone, a `time:` key beside a date key without one, a `Time:` line in the body.
enum StartTime {
    /// `Date: November 3, 2026 at 8:14:22 PM GMT` (a journal's entry, a template's `now`): a
    /// moment to the second is when the page was written, not the interview's hour. Its day is
    /// kept and its time dropped, so a line that names the interview gives the time. Seconds of
    /// `:00` are a time someone set.
    static func droppingStampTime(_ value: inout FrontMatterReader.Value) {
        let bytes = Array(value.text.utf8)
        guard bytes.count >= 8 else { return }
        for index in 1..<(bytes.count - 5) where bytes[index] == UInt8(ascii: ":") {
            // H:MM:SS or HH:MM:SS, seconds not 00.
            guard bytes[index - 1] &- 0x30 < 10, bytes[index + 1] &- 0x30 < 10, bytes[index + 2] &- 0x30 < 10,
                  bytes[index + 3] == UInt8(ascii: ":"), bytes[index + 4] &- 0x30 < 10, bytes[index + 5] &- 0x30 < 10,
                  !(bytes[index + 4] == 0x30 && bytes[index + 5] == 0x30) else { continue }
            var start = index - 1
            if start > 0, bytes[start - 1] &- 0x30 < 10 { start -= 1 }
            var head = Array(bytes[..<start])
            // What joined the day to the time: "at", "T", "@", a comma or spaces.
            while let last = head.last, last == 0x20 || last == UInt8(ascii: ",") || last == UInt8(ascii: "T") || last == UInt8(ascii: "@") {
                head.removeLast()
                if head.count >= 3, head.suffix(3) == Array(" at".utf8) { head.removeLast(3) }
            }
            guard !head.isEmpty else { return }
            value.text = String(decoding: head, as: UTF8.self)
            return
        }
    }

    /// `**When:** 13:00–14:30` in a daily note: a date key that writes a time and no day gives the
    /// time (kept in `time` unless one is there), and the day is left to the page. True when moved.
    static func movingTimeOnlyDate(_ values: inout FrontMatterReader.Fields, order: DateOrder?) -> Bool {
        guard let date = values[.date], ProseFacts.leadingTime(date.text) != nil, case .failure = DateReader.parseDateTime(date.text),
              // Any year will do to tell whether a day is written: "10:00, Mon 16 Nov" writes one.
              !ProseFacts.writesDay(date.text, reference: LocalDate(year: 2001, month: 1, day: 1), order: order, noteOrder: nil)
        else { return false }
        if values[.time] == nil { values[.time] = date }
        values[.date] = nil
        return true
    }

    /// A `time:` value joined to a start read without a time; a problem when it is no time of day
    /// (the day alone is used then, and the user is told rather than left to wonder).
    static func joining(_ time: FrontMatterReader.Value?, to start: inout LocalDateTime, hasTime: inout Bool) -> ReadProblem? {
        guard !hasTime, let time else { return nil }
        guard let minutes = ProseFacts.leadingTime(time.text) else {
            return ReadProblem(
                .frontMatter, "interview time '\(time.text)' is not a time of day: write it as 10:00 or 2:30pm (the start of the day is used meanwhile)",
                at: time.range)
        }
        start = LocalDateTime(date: start.date, hour: minutes / 60, minute: minutes % 60)
        hasTime = true
        return nil
    }

    /// The time for a start whose day came without one: the line that names the interview on that
    /// day with a time, else a `Time:` key line in the body. The minutes and the line they are from.
    static func fromLines(_ lines: [ProseLine], day: LocalDate) -> (minutes: Int, line: Int)? {
        if let found = ProseFacts.interviewStart(lines, reference: day, contextDay: day), found.hasTime, found.start.date == day {
            return (found.start.minuteOfDay, found.line.line)
        }
        if let found = ProseFacts.keyedTime(lines) { return (found.minutes, found.line.line) }
        return nil
    }
}
