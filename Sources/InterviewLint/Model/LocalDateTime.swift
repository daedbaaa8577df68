/// A calendar day in the note's own local time (no time zone: the advice is about the
/// interviewer's working day, and a note's times are written in it).
public struct LocalDate: Hashable, Comparable, Sendable, CustomStringConvertible {
    public let year: Int
    public let month: Int
    public let day: Int

    /// Nil when the day does not exist (2026-02-30, month 13, year 0).
    public init?(year: Int, month: Int, day: Int) {
        guard (1...9999).contains(year), (1...12).contains(month),
              day >= 1, day <= LocalDate.daysIn(month: month, year: year) else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// The first and last days a date can be: the years a note can write, and what ICS and the
    /// reports print with four digits.
    public static let earliest = LocalDate(year: 1, month: 1, day: 1)!
    public static let latest = LocalDate(year: 9999, month: 12, day: 31)!
    static let ordinalRange = 0...3_652_058

    /// The day `ordinal` days after 0001-01-01 (proleptic Gregorian calendar), held to
    /// `earliest...latest`: arithmetic past either end stops there.
    public init(ordinal: Int) {
        let ordinal = min(max(ordinal, Self.ordinalRange.lowerBound), Self.ordinalRange.upperBound)
        // Howard Hinnant's days-from-civil inverse, shifted to 0001-01-01 = 0.
        let z = ordinal - 719_162 + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        self.year = yoe + era * 400 + (m <= 2 ? 1 : 0)
        self.month = m
        self.day = d
    }

    public static func isLeap(_ year: Int) -> Bool {
        (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
    }

    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// Days since 0001-01-01.
    public var ordinal: Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468 + 719_162
    }

    /// 1 = Monday … 7 = Sunday.
    public var weekday: Int {
        // 0001-01-01 was a Monday.
        let r = ordinal % 7
        return (r < 0 ? r + 7 : r) + 1
    }

    public var isWeekend: Bool { weekday >= 6 }

    public func adding(days: Int) -> LocalDate { LocalDate(ordinal: ordinal.saturatingAdd(days)) }

    /// Moves by whole business days (Monday to Friday). Adding 0 keeps the day.
    public func adding(businessDays count: Int) -> LocalDate {
        let step = count >= 0 ? 1 : -1
        var remaining = count.magnitude
        // Every 7 days hold 5 business days wherever they start: whole weeks go in one step, so a
        // huge count costs no more than a small one. The last few are walked, to land on a weekday.
        let weeks = remaining > 5 ? (remaining - 1) / 5 : 0
        var date = adding(days: Int(clamping: weeks).saturatingMultiply(7 * step))
        remaining -= weeks * 5
        while remaining > 0 {
            let next = date.adding(days: step)
            if next == date { break }  // at the end of the calendar
            date = next
            if !date.isWeekend { remaining -= 1 }
        }
        return date
    }

    /// The same day `count` months later, clamped to the month's last day (and to the calendar).
    public func adding(months count: Int) -> LocalDate {
        let index = year * 12 + (month - 1) + min(max(count, -12 * 10_000), 12 * 10_000)
        if index < 12 { return .earliest }
        if index >= 12 * 10_000 { return .latest }
        let newYear = index / 12
        let newMonth = index % 12 + 1
        let newDay = min(day, LocalDate.daysIn(month: newMonth, year: newYear))
        return LocalDate(year: newYear, month: newMonth, day: newDay) ?? self
    }

    /// This day, or the next weekday when it falls on a weekend.
    public var onOrNextWeekday: LocalDate {
        var date = self
        while date.isWeekend { date = date.adding(days: 1) }
        return date
    }

    public static func < (lhs: LocalDate, rhs: LocalDate) -> Bool { lhs.ordinal < rhs.ordinal }

    public var description: String {
        "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))"
    }

    public static let weekdayNames = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
    public var weekdayName: String { LocalDate.weekdayNames[weekday - 1] }
}

/// A moment in the note's local time, to the minute.
public struct LocalDateTime: Hashable, Comparable, Sendable, CustomStringConvertible {
    public let date: LocalDate
    /// Minutes after midnight, 0..<1440.
    public let minuteOfDay: Int

    public init(date: LocalDate, hour: Int = 0, minute: Int = 0) {
        self.date = date
        self.minuteOfDay = min(max(hour * 60 + minute, 0), 1439)
    }

    /// Held to the calendar's first and last minute, as `LocalDate(ordinal:)` is.
    public init(minutesSinceEpoch minutes: Int) {
        let minutes = min(max(minutes, 0), LocalDate.ordinalRange.upperBound * 1440 + 1439)
        let day = minutes / 1440
        self.date = LocalDate(ordinal: day)
        self.minuteOfDay = minutes - day * 1440
    }

    public var hour: Int { minuteOfDay / 60 }
    public var minute: Int { minuteOfDay % 60 }

    /// Minutes since 0001-01-01 00:00.
    public var minutesSinceEpoch: Int { date.ordinal * 1440 + minuteOfDay }

    public func adding(minutes: Int) -> LocalDateTime {
        LocalDateTime(minutesSinceEpoch: minutesSinceEpoch.saturatingAdd(minutes))
    }

    public func adding(hours: Int) -> LocalDateTime { adding(minutes: hours.saturatingMultiply(60)) }

    /// The last minute of the day: "as of the end of that day".
    public static func endOf(_ date: LocalDate) -> LocalDateTime {
        LocalDateTime(date: date, hour: 23, minute: 59)
    }

    public static func < (lhs: LocalDateTime, rhs: LocalDateTime) -> Bool {
        lhs.minutesSinceEpoch < rhs.minutesSinceEpoch
    }

    /// `2026-11-16 10:00`.
    public var description: String { "\(date) \(LocalDateTime.clock(minuteOfDay))" }

    /// `2026-11-16T10:00`, the form used in JSON.
    public var iso: String { "\(date)T\(LocalDateTime.clock(minuteOfDay))" }

    /// `09:30` for minute 570.
    public static func clock(_ minuteOfDay: Int) -> String {
        "\(pad(minuteOfDay / 60, 2)):\(pad(minuteOfDay % 60, 2))"
    }
}

extension Int {
    /// `self + other`, held to Int's range instead of trapping.
    func saturatingAdd(_ other: Int) -> Int {
        let (sum, overflow) = addingReportingOverflow(other)
        return overflow ? (other > 0 ? .max : .min) : sum
    }

    /// `self * other`, held to Int's range instead of trapping.
    func saturatingMultiply(_ other: Int) -> Int {
        let (product, overflow) = multipliedReportingOverflow(by: other)
        return overflow ? ((self < 0) == (other < 0) ? .max : .min) : product
    }
}

/// `value` in decimal with leading zeros to `width` digits.
func pad(_ value: Int, _ width: Int) -> String {
    guard value >= 0 else { return String(value) }
    // Written straight into the string, last digit first: no array of digits for every date
    // in a message.
    var length = 1
    var scale = 10
    while scale <= value, length < 19 { length += 1; scale = scale &* 10 }
    let count = max(length, width)
    return String(unsafeUninitializedCapacity: count) { buffer in
        var rest = value
        for position in stride(from: count - 1, through: 0, by: -1) {
            buffer[position] = UInt8(48 + rest % 10)
            rest /= 10
        }
        return count
    }
}
