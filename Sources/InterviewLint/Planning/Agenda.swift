import Foundation

/// What to do next, from the same facts and settings the rules use: thank-yous still to send,
/// follow-up calls with their slot, decisions awaited, and where to stop and wait.
public struct AgendaAction: Sendable, Hashable {
    public enum Kind: String, Sendable, CaseIterable {
        case thankYou = "thank-you"
        case call = "follow-up-call"
        case decision
        case stop
        case closed
    }

    public enum Group: String, Sendable, CaseIterable {
        case overdue = "Overdue", today = "Today", thisWeek = "This week", later = "Later", closed = "Closed"
    }

    public var kind: Kind
    public var group: Group
    /// When: the deadline (thank-you), the call slot's start, or the day (decision, stop, closed).
    public var start: LocalDateTime
    /// The end of the call slot; nil for the others.
    public var end: LocalDateTime?
    /// Whether only the day matters.
    public var allDay: Bool
    public var summary: String
    public var person: String?
    public var email: String?
    public var phone: String?
    public var company: String?
    public var role: String?
    public var file: String
    /// Where in the note the action comes from (the same place the matching finding points at).
    public var range: SourceRange
    /// The rule whose finding this action answers, if any.
    public var rule: String?

    /// The same for the same action on every run, so a calendar import updates instead of duplicating.
    public var uid: String {
        Fingerprint.hex([kind.rawValue, file, person ?? "", company ?? ""].joined(separator: "\u{0}")) + "@interview-lint"
    }
}

public enum Agenda {
    /// The open actions of one note.
    public static func actions(for interview: Interview, path: String, now: LocalDateTime,
                               configuration: Configuration, includeClosed: Bool = false) -> [AgendaAction] {
        let suppressions = Suppressions(interview)
        func enabled(_ rule: any Rule.Type, at range: SourceRange) -> Bool {
            configuration.resolved(rule).enabled
                && !suppressions.suppresses(rule.description.identifier, line: range.start.line)
        }
        let company = interview.company?.value
        let role = interview.role?.value
        let companyName = company ?? interview.title?.value ?? path
        func action(_ kind: AgendaAction.Kind, _ group: AgendaAction.Group, _ start: LocalDateTime, end: LocalDateTime? = nil,
                    allDay: Bool = false, _ summary: String, person: Interviewer? = nil, range: SourceRange,
                    rule: (any Rule.Type)? = nil) -> AgendaAction {
            AgendaAction(kind: kind, group: group, start: start, end: end, allDay: allDay, summary: summary,
                         person: person?.name.value, email: person?.email?.value, phone: person?.phone?.value,
                         company: company, role: role, file: path, range: range, rule: rule?.description.identifier)
        }
        guard let start = interview.start?.value else { return [] }

        if interview.currentStatus != .waiting {
            guard includeClosed else { return [] }
            let status = interview.currentStatus.rawValue
            return [action(.closed, .closed, start, allDay: true, "\(companyName): \(status), nothing to do",
                           range: interview.status?.range ?? interview.anchor)]
        }

        var actions: [AgendaAction] = []
        let settings = configuration.settings
        // Each rule's facts are asked of the context the linter gives that rule, so a due date
        // here is the one its finding names.
        let context = RuleContext(interview: interview, now: now, settings: settings)

        // Thank-yous not yet sent (thank-you-sent reports them once they are due).
        if let due = ThankYouSent.due(context.configured(for: ThankYouSent.self, by: configuration)) {
            for index in interview.peopleWithoutThankYou {
                let person = interview.people[index]
                guard enabled(ThankYouSent.self, at: person.name.range) else { continue }
                let address = person.email.map { " (\($0.value))" } ?? ""
                actions.append(action(.thankYou, group(due, now: now, inclusive: true), due,
                                      "send \(person.name.value)\(address) a thank-you email that recaps your conversation and reiterates your interest, by \(due) (\(companyName))",
                                      person: person, range: person.name.range, rule: ThankYouSent.self))
            }
        }

        // The follow-up call (follow-up-due reports it from its day on).
        if let call = FollowUpDue.call(context.configured(for: FollowUpDue.self, by: configuration)),
           enabled(FollowUpDue.self, at: call.range) {
            let person = interview.people[call.person]
            let number = person.phone.map { " on \($0.value)" } ?? ""
            // Overdue from the day after it came due (as follow-up-due reports it); the line says
            // since when, and the slot is when to make the call.
            let group: AgendaAction.Group = call.due < now.date ? .overdue
                : call.due == now.date ? .today : self.group(call.slot, now: now, inclusive: false)
            let since = call.due < call.slot.date && call.due <= now.date ? ", due since \(Wording.day(call.due))" : ""
            actions.append(action(.call, group, call.slot, end: call.slotEnd,
                                  "call \(person.name.value)\(number) to follow up, \(Wording.slot(call.slot, settings.callWindow))\(since) (\(companyName))",
                                  person: person, range: call.range, rule: FollowUpDue.self))
        }

        // The decision they promised: ahead, a day to wait for; passed, what to do then (the call
        // above, or waiting for the answer to the follow-up already made).
        if let timeframe = interview.timeframe, let decision = timeframe.decisionDate {
            let day = LocalDateTime(date: decision)
            if decision >= now.date {
                actions.append(action(.decision, dayGroup(decision, now: now), day, allDay: true,
                                      "\(companyName) expects to decide by \(Wording.day(decision)): wait for their answer until then",
                                      range: timeframe.range))
            } else if !interview.awaitsFollowUp, let last = interview.datedLog.last(where: { interview.log[$0.index].isOutgoing }),
                      last.at.date >= decision {
                actions.append(action(.decision, .today, LocalDateTime(date: now.date), allDay: true,
                                      "wait for the answer from \(companyName): they were to decide by \(Wording.day(decision)), and you followed up on \(Wording.day(last.at.date))",
                                      range: timeframe.range))
            }
        }

        // Too many unanswered contacts: wait (too-many-contacts reported it).
        if let run = TooManyContacts.openRun(context.configured(for: TooManyContacts.self, by: configuration)),
           let last = run.contacts.last, case let range = interview.dateRange(of: run.firstTooMany),
           enabled(TooManyContacts.self, at: range) {
            actions.append(action(.stop, .today, LocalDateTime(date: now.date), allDay: true,
                                  "stop: \(run.contacts.count) contacts since \(run.contacts[0].at.date) with no reply; wait for \(companyName) to answer (last contact \(last.at.date))",
                                  range: range, rule: TooManyContacts.self))
        }
        return actions
    }

    /// Overdue when the moment has passed (`inclusive`: at it too), Today, This week (to Sunday), Later.
    static func group(_ moment: LocalDateTime, now: LocalDateTime, inclusive: Bool) -> AgendaAction.Group {
        if moment < now || (inclusive && moment == now) { return .overdue }
        return dayGroup(moment.date, now: now)
    }

    static func dayGroup(_ date: LocalDate, now: LocalDateTime) -> AgendaAction.Group {
        if date < now.date { return .overdue }
        if date == now.date { return .today }
        let sunday = now.date.adding(days: 7 - now.date.weekday)
        return date <= sunday ? .thisWeek : .later
    }

    /// Every action under `paths`, in group order, then by date, then by path.
    /// A note over `timeBudget` seconds is named among the errors instead of holding up the rest.
    public static func run(paths: [String], now: LocalDateTime, configuration choice: ConfigurationChoice,
                           includeClosed: Bool, timeBudget: Double = 2,
                           noteSizeLimit: Int = FileCollector.defaultMaximumMegabytes << 20)
        -> (actions: [AgendaAction], errors: [String], inputs: [String], configurationFaults: ConfigurationFaults) {
        var actions: [AgendaAction] = []
        var notes: [String] = []
        var faults = ConfigurationFaults()
        let loader = ConfigurationLoader()
        var errors = NoteRunner.process(paths: paths, configuration: choice,
                                     jobs: nil, timeBudget: timeBudget, noteSizeLimit: noteSizeLimit, loader: loader,
                                     onBrokenConfiguration: { faults.add($0, firstTime: $1, note: $2) },
                                     transform: { path, source, configuration, _ in
            guard !configuration.excludes(path) else { return (path: path, actions: [AgendaAction]()) }
            var options = configuration.readerOptions
            options.today = now.date
            let interview = NoteReader.read(source, options: options, fileName: path)
            guard interview.isInterviewNote else { return (path, []) }
            // A note of several rounds: each round's own actions (a passed round is closed).
            let rounds = interview.rounds.isEmpty ? [interview] : interview.rounds
            return (path, rounds.flatMap { Agenda.actions(for: $0, path: path, now: now, configuration: configuration,
                                                          includeClosed: includeClosed) })
        }, emit: { actions += $0.actions; notes.append($0.path) })
        // Dates stop at the calendar's last day rather than overflow; an action placed there is
        // said to be, as that day is not what the note means.
        for action in actions where action.start.date == .latest || action.end?.date == .latest {
            errors.append("\(action.file):\(action.range.start.line):\(action.range.start.column): \(action.kind.rawValue) falls on or after \(LocalDate.latest), the last day interview-lint can place; it is shown on that day")
        }
        let order = Dictionary(uniqueKeysWithValues: AgendaAction.Group.allCases.enumerated().map { ($1, $0) })
        actions.sort {
            (order[$0.group]!, $0.start, $0.file, $0.range.start.line, $0.kind.rawValue)
                < (order[$1.group]!, $1.start, $1.file, $1.range.start.line, $1.kind.rawValue)
        }
        return (actions, errors, notes + loader.filesRead, faults)
    }
}
