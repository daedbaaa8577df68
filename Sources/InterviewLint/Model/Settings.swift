/// Settings shared by several rules (and later the agenda), from the configuration.
public struct Settings: Sendable, Hashable {
    /// Calls are fine on weekdays within these hours (minutes after midnight, end exclusive).
    public var businessHours: ClockRange = ClockRange(start: 8 * 60, end: 18 * 60)
    /// The best time for the follow-up call: mid-morning, before lunch.
    public var callWindow: ClockRange = ClockRange(start: 9 * 60 + 30, end: 11 * 60 + 30)
    /// Follow up this many business days after the decision date they gave.
    public var businessDaysAfterDecision: Int = 1
    /// Follow up this many business days after the interview when they gave no date.
    public var businessDaysWithoutTimeframe: Int = 5

    public init() {}
}

/// A span of the day, `09:30-11:30`.
public struct ClockRange: Sendable, Hashable, CustomStringConvertible {
    public var start: Int
    public var end: Int

    public init(start: Int, end: Int) {
        self.start = start
        self.end = end
    }

    public func contains(_ minuteOfDay: Int) -> Bool { minuteOfDay >= start && minuteOfDay < end }

    /// `09:30–11:30`
    public var description: String { "\(LocalDateTime.clock(start))–\(LocalDateTime.clock(end))" }

    /// Reads `09:30-11:30` (or with an en dash).
    public static func parse(_ text: String) -> ClockRange? {
        let tokens = Tokenizer.tokens(text)
        let times = tokens.compactMap { token -> Int? in
            if case .time(let minutes) = token.kind { return minutes }
            if case .number(let hour, false, let digits) = token.kind, digits <= 2, hour <= 24 { return hour * 60 }
            return nil
        }
        guard times.count == 2, times[0] < times[1] else { return nil }
        return ClockRange(start: times[0], end: times[1])
    }
}

/// When the follow-up is due, worked out once for every rule (and the agenda) to share.
public struct FollowUpSchedule: Sendable {
    /// The day from which a follow-up is appropriate, nil without an interview date.
    public let followUpDate: LocalDate?
    /// Whether that day comes from a date they gave (otherwise from the fallback).
    public let fromDecisionDate: Bool

    public init(interview: Interview, settings: Settings) {
        if let decision = interview.timeframe?.decisionDate {
            followUpDate = decision.adding(businessDays: settings.businessDaysAfterDecision)
            fromDecisionDate = true
        } else if let start = interview.start?.value.date {
            followUpDate = start.adding(businessDays: settings.businessDaysWithoutTimeframe)
            fromDecisionDate = false
        } else {
            followUpDate = nil
            fromDecisionDate = false
        }
    }

    /// The first call slot on a weekday on or after `day`, and not already over at `now`.
    public static func nextCallSlot(onOrAfter day: LocalDate, now: LocalDateTime, window: ClockRange) -> LocalDateTime {
        var date = max(day, now.date).onOrNextWeekday
        if date == now.date, now.minuteOfDay >= window.end { date = date.adding(days: 1).onOrNextWeekday }
        return LocalDateTime(date: date, hour: window.start / 60, minute: window.start % 60)
    }
}
