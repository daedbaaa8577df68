/// The figures at the top of the report: what a person in a search, or their coach, looks at
/// first. Counted from the timelines, so they agree with what is drawn below them.
public struct Overview: Sendable {
    /// Interviews (each round counts) by status, in the order of `Interview.Status`.
    public var byStatus: [(status: Interview.Status, count: Int)]
    public var interviews: Int
    public var notes: Int
    public var thankYousOnTime: Int
    public var thankYousLate: Int
    public var thankYousMissing: Int
    /// Median hours from the interview to each interviewer's first thank-you, where both times are known.
    public var medianHoursToThankYou: Double?
    public var followUps: Int
    public var replies: Int
    public var interviewsWithReply: Int
    /// Overdue, today's and this week's actions, soonest first.
    public var dueThisWeek: [AgendaAction]

    /// Thank-yous judged (sent on time, late, or owed past the due time).
    public var thankYousJudged: Int { thankYousOnTime + thankYousLate + thankYousMissing }

    /// The share on time, 0 to 1; nil when no thank-you was due yet.
    public var onTimeShare: Double? {
        thankYousJudged == 0 ? nil : Double(thankYousOnTime) / Double(thankYousJudged)
    }

    public var followUpsPerInterview: Double? {
        interviews == 0 ? nil : Double(followUps) / Double(interviews)
    }

    public init(timelines: [Timeline], notes: Int) {
        self.notes = notes
        interviews = timelines.count
        byStatus = Interview.Status.allCases.map { status in (status, timelines.filter { $0.status == status }.count) }
            .filter { $0.1 > 0 }
        let outcomes = timelines.flatMap(\.thankYous)
        thankYousOnTime = outcomes.filter { $0.state == .onTime }.count
        thankYousLate = outcomes.filter { $0.state == .late }.count
        thankYousMissing = outcomes.filter { $0.state == .missing }.count
        medianHoursToThankYou = Overview.median(outcomes.compactMap(\.hours))
        followUps = timelines.reduce(0) { $0 + $1.events.filter { $0.kind == .followUp }.count }
        replies = timelines.reduce(0) { $0 + $1.events.filter { $0.kind == .reply }.count }
        interviewsWithReply = timelines.filter { $0.events.contains { $0.kind == .reply } }.count
        let soon: Set<AgendaAction.Group> = [.overdue, .today, .thisWeek]
        let order = Dictionary(uniqueKeysWithValues: AgendaAction.Group.allCases.enumerated().map { ($1, $0) })
        dueThisWeek = timelines.flatMap(\.actions).filter { soon.contains($0.group) }
            .sorted { (order[$0.group]!, $0.start, $0.file, $0.range.start.line) < (order[$1.group]!, $1.start, $1.file, $1.range.start.line) }
    }

    public static func median(_ values: [Double]) -> Double? {
        guard !values.isEmpty else { return nil }
        let sorted = values.sorted()
        let middle = sorted.count / 2
        return sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
    }
}
