/// Questions several rules ask of the model, answered in one place.
extension Interview {
    /// The dated entries in date order, equal dates in document order (sorted as indices and
    /// dates: sorting copies of the entries would cost more than the rules that read them).
    static func chronology(of log: [LogEntry]) -> [DatedLogEntry] {
        var dated: [DatedLogEntry] = []
        dated.reserveCapacity(log.count)
        for index in log.indices { if let date = log[index].date { dated.append(DatedLogEntry(index: index, at: date.value)) } }
        dated.sort { ($0.at, $0.index) < ($1.at, $1.index) }
        return dated
    }

    /// The first outgoing thank-you (in date order) that includes interviewer `person` and
    /// satisfies `condition`. A loop rather than a filtered copy of the log: rules ask this for
    /// every interviewer, and copying log entries would be most of what they cost.
    /// `condition` is given the entry's index in `log` (handing it the entry would copy it).
    public func firstThankYou(to person: Int, where condition: (Int) -> Bool = { _ in true })
        -> DatedLogEntry? {
        for item in datedLog where log[item.index].isOutgoing && log[item.index].kind == .thankYou
            && log[item.index].people.contains(where: { $0.interviewer == person }) && condition(item.index) {
            return item
        }
        return nil
    }

    /// Where a finding about a dated entry points: its date.
    public func dateRange(of item: DatedLogEntry) -> SourceRange {
        log[item.index].date?.range ?? log[item.index].range
    }

    /// Outgoing follow-up calls, in date order.
    /// Contacts after a closed door (`contact-after-close`'s) are not counted again as calls.
    public var followUpCalls: [DatedLogEntry] {
        let closedAt = lastWordBeforeClose
        return datedLog.enumerated().filter { position, item in
            log[item.index].channel?.value == .call && isFollowUpToInterviewers(item.index) && !(closedAt.map { position > $0 } ?? false)
        }.map(\.element)
    }

    /// When the interview is rejected, withdrawn or closed: the position in `datedLog` of their
    /// last word. What the user sent after it is a contact after the close.
    public var lastWordBeforeClose: Int? {
        guard let status = status?.value, status == .rejected || status == .withdrawn || status == .closed else { return nil }
        return datedLog.lastIndex { !log[$0.index].isOutgoing }
    }

    /// An outgoing follow-up that is not only to recruiters or to people the note does not list:
    /// the debrief call an agency recruiter asks for on the interview's day is neither early nor a
    /// second call to the interviewers.
    public func isFollowUpToInterviewers(_ index: Int) -> Bool {
        // Read in place: a copy of the entry retains and releases its text and people.
        guard log[index].isOutgoing, log[index].kind == .followUp else { return false }
        let named = log[index].people.lazy.compactMap { $0.interviewer }
        // A call to someone the note names but does not list ("called Tessa", the agency's
        // recruiter) is no follow-up with the interviewers; one that names nobody may be.
        if named.isEmpty { return log[index].people.isEmpty }
        return !named.allSatisfy { people[$0].isRecruiter }
    }

    /// Whether anything came back from them (a reply, a call, an email).
    public var hasHeardBack: Bool { log.contains { !$0.isOutgoing } }

    /// Interviewers who have had no thank-you at all.
    public var peopleWithoutThankYou: [Int] {
        // A thank-you the note gives no day for was still sent ("Thank-you: emailed, recapped …").
        people.indices.filter { person in
            !people[person].isRecruiter && firstThankYou(to: person) == nil
                && !log.contains { $0.date == nil && $0.isOutgoing && $0.kind == .thankYou && $0.people.contains { $0.interviewer == person } }
        }
    }

    /// Whether word from them may have answered the question of the decision: anything that came
    /// back, except, when they gave a decision date, what came before it (a reply to the thank-you,
    /// a request for a portfolio: the decision was still ahead).
    public var hasHeardBackOnDecision: Bool {
        guard let decided = timeframe?.decisionDate else { return hasHeardBack }
        return log.contains { !$0.isOutgoing && ($0.date.map { $0.value.date >= decided } ?? true) }
    }

    /// Still waiting, no follow-up made, and no word from them on the decision: the follow-up call is open.
    public var awaitsFollowUp: Bool {
        currentStatus == .waiting && !hasHeardBackOnDecision && !log.contains { $0.isOutgoing && $0.kind == .followUp }
    }

    /// Runs of outgoing contacts (other than thank-yous) after the first thank-you, each run
    /// ended by word from them. The last run is still open when nothing came back after it.
    public var unansweredRuns: [[DatedLogEntry]] {
        // Only runs that have contacts are made (a note without any allocates nothing).
        var runs: [[DatedLogEntry]] = []
        var current: [DatedLogEntry] = []
        var thanked = false
        for item in datedLog {
            if !log[item.index].isOutgoing {
                if !current.isEmpty { runs.append(current); current = [] }
            } else if log[item.index].kind == .thankYou {
                thanked = true
            } else if thanked {
                current.append(item)
            }
        }
        if !current.isEmpty { runs.append(current) }
        return runs
    }

    /// The interviewer to follow up with: the first with a phone number, else the first.
    public var followUpContact: Int? {
        people.firstIndex { $0.phone != nil } ?? (people.isEmpty ? nil : 0)
    }
}

/// Wording shared by rule messages.
enum Wording {
    /// "Jane Doe", "Jane Doe and Bob Smith", "Jane Doe, Bob Smith and Ines Park".
    static func list(_ names: [String]) -> String {
        guard names.count > 1 else { return names.first ?? "" }
        // An Array, not the ArraySlice of dropLast(): the Array's `joined` is this module's own
        // (see String+Scalars.swift), without the library's costly first call.
        return Array(names.dropLast()).joined(separator: ", ") + " and " + names.last!
    }

    /// "Monday 2026-11-23".
    static func day(_ date: LocalDate) -> String { "\(date.weekdayName) \(date)" }

    /// "Tuesday 2026-11-24 09:30–11:30".
    static func slot(_ start: LocalDateTime, _ window: ClockRange) -> String {
        "\(day(start.date)) \(window)"
    }

    /// "1 day 6 hours", "30 hours" style: whole hours.
    static func hours(_ minutes: Int) -> String {
        let hours = minutes / 60
        return hours == 1 ? "1 hour" : "\(hours) hours"
    }

    static func plural(_ count: Int, _ noun: String) -> String {
        count == 1 ? "1 \(noun)" : "\(count) \(noun)s"
    }
}
