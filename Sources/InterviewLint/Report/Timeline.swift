/// One interview's story as plain values, in time order, ready to be laid out: what happened
/// (from the model), what the rules said about it (the findings on its lines) and what is next
/// (the agenda). Nothing here judges anything: every "late" or "missing" is a rule's finding or
/// an agenda action.
public struct Timeline: Sendable {
    public var title: String
    /// The round's label ("Phone Screen, round 1 of 2") for a note of several.
    public var round: String?
    public var path: String
    public var status: Interview.Status
    public var start: LocalDateTime?
    public var events: [TimelineEvent]
    /// Lines across the whole chart: the thank-you deadline and today.
    public var markers: [TimelineMarker]
    /// Log entries without a date: not on the axis, listed under it.
    public var undated: [UndatedEntry]
    /// Each interviewer's thank-you, for the overview's figures.
    public var thankYous: [ThankYouOutcome]
    /// What the agenda says to do, soonest first.
    public var actions: [AgendaAction]
    public var people: [String]
}

public struct TimelineEvent: Sendable, Equatable {
    public enum Kind: String, Sendable, CaseIterable {
        case interview
        case thankYou = "thank-you"
        case missingThankYou = "missing-thank-you"
        case followUp = "follow-up"
        case reply
        case decision
        case next
    }

    public var kind: Kind
    public var at: LocalDateTime
    /// Whether `at` has a time of day (else only the day is known).
    public var hasTime = true
    /// Short, for the chart: "Thank-you to Jane Doe".
    public var label: String
    /// The whole of it, for the list and the text alternative.
    public var detail: String
    /// What the findings on its lines say of it, in a word or two ("late", "outside mid-morning").
    public var flags: [String] = []
    /// The worst finding on its lines.
    public var severity: Severity?
    public var line: Int?
}

public struct TimelineMarker: Sendable, Equatable {
    public enum Kind: String, Sendable { case thankYouDue = "due", today }
    public var kind: Kind
    public var at: LocalDateTime
    public var label: String
}

public struct UndatedEntry: Sendable, Equatable {
    public var text: String
    public var line: Int
}

/// Whether an interviewer was thanked in time, as the rules see it.
public struct ThankYouOutcome: Sendable, Equatable {
    public enum State: String, Sendable { case onTime = "on time", late, missing, notYetDue = "not yet due" }
    public var person: String
    public var state: State
    /// Hours from the interview's start to the thank-you, when both times are known.
    public var hours: Double?
}

extension Timeline {
    /// The words a flag shows for each rule's finding on an event; a rule not named here shows its
    /// identifier, so no finding goes unseen.
    static let flagWords: [String: String] = [
        "thank-you-prompt": "late",
        "thank-you-recap": "no recap",
        "thank-you-interest": "no interest said",
        "thank-you-separate": "not separate",
        "thank-you-by-email": "not by email",
        "follow-up-time-of-day": "outside mid-morning",
        "follow-up-timing": "early",
        "follow-up-after-thank-you": "before the thank-you",
        "follow-up-once": "second call",
        "contact-too-frequent": "too soon after the last",
        "contact-off-hours": "off hours",
        "contact-after-close": "after the close",
        "too-many-contacts": "too many unanswered",
        "name-spelling": "name misspelt",
        "unknown-person": "unknown person",
        "unreadable-entry": "unreadable",
        "impossible-date": "impossible date",
    ]

    /// The timelines of one note: one per round, or one for the note.
    public static func timelines(for note: ReportNote, now: LocalDateTime) -> [Timeline] {
        note.parts.map { timeline(of: $0, in: note, now: now) }
    }

    static func timeline(of part: ReportNote.Part, in note: ReportNote, now: LocalDateTime) -> Timeline {
        let interview = part.interview
        let company = interview.company?.value ?? interview.title?.value ?? note.path
        let title = interview.role.map { "\(company) — \($0.value)" } ?? company
        let round = interview.round.map { "\($0.label), round \($0.number) of \($0.count)" }
        let names = interview.people.map(\.name.value)
        var events: [TimelineEvent] = []
        var markers: [TimelineMarker] = []
        var undated: [UndatedEntry] = []
        var thankYous: [ThankYouOutcome] = []
        // A round's findings are those on its own lines, and the note-wide ones.
        let findings = note.diagnostics.filter { diagnostic in
            guard let lines = interview.round?.lines else { return true }
            return lines.contains(diagnostic.range.start.line) || !note.parts.contains { $0.interview.round?.lines.contains(diagnostic.range.start.line) == true }
        }
        func findingsOn(_ range: SourceRange) -> [Diagnostic] {
            let lines = range.start.line...max(range.start.line, range.end.line)
            return findings.filter { lines.contains($0.range.start.line) }
        }
        func flags(_ found: [Diagnostic]) -> (words: [String], worst: Severity?) {
            var words: [String] = []
            for diagnostic in found {
                let word = flagWords[diagnostic.rule] ?? diagnostic.rule
                if !words.contains(word) { words.append(word) }
            }
            return (words, found.map(\.severity).max())
        }
        func who(_ entry: LogEntry) -> String {
            var named: [String] = []
            for reference in entry.people {
                let name = reference.interviewer.map { interview.people[$0].name.value } ?? reference.written.value
                if !named.contains(name) { named.append(name) }
            }
            return Wording.list(named)
        }

        if let start = interview.start?.value {
            let with = names.isEmpty ? "" : " with \(Wording.list(names))"
            let detail = "Interview\(with)" + (interview.location.map { " at \($0.value)" } ?? "")
            let found = interview.start.map { findingsOn($0.range) } ?? []
            let (words, worst) = flags(found)
            events.append(TimelineEvent(kind: .interview, at: start, hasTime: interview.startHasTime, label: "Interview",
                                        detail: detail, flags: words, severity: worst, line: interview.start?.range.start.line))
            let due = start.adding(hours: note.thankYouDueHours)
            markers.append(TimelineMarker(kind: .thankYouDue, at: due, label: "thank-yous due \(due)"))
        }

        for item in interview.datedLog {
            let entry = interview.log[item.index]
            let found = findingsOn(entry.range)
            var (words, worst) = flags(found)
            let channel = entry.channel?.value.label ?? "contact"
            let people = who(entry)
            let kind: TimelineEvent.Kind
            let label: String
            if !entry.isOutgoing {
                kind = .reply
                label = people.isEmpty ? "Reply (\(channel))" : "\(channel.capitalizedFirst) from \(people)"
            } else if entry.kind == .thankYou {
                kind = .thankYou
                label = people.isEmpty ? "Thank-you" : "Thank-you to \(people)"
                // The first thank-you to someone is judged by thank-you-prompt: no finding is on time.
                let firsts = interview.people.indices.filter { interview.firstThankYou(to: $0)?.index == item.index }
                if !firsts.isEmpty && !words.contains("late") { words.insert("on time", at: 0) }
            } else {
                kind = .followUp
                label = people.isEmpty ? channel.capitalizedFirst : "\(channel.capitalizedFirst) to \(people)"
                // A call in the window is said so, as follow-up-time-of-day says the other calls.
                if entry.channel?.value == .call, entry.hasTime, !item.at.date.isWeekend,
                   note.callWindow.contains(item.at.minuteOfDay) {
                    words.insert("mid-morning", at: 0)
                }
            }
            events.append(TimelineEvent(kind: kind, at: item.at, hasTime: entry.hasTime, label: label,
                                        detail: entry.text, flags: words, severity: worst, line: entry.range.start.line))
        }
        for entry in interview.log where entry.date == nil {
            undated.append(UndatedEntry(text: entry.text, line: entry.range.start.line))
        }

        // Each interviewer's thank-you: sent (late when thank-you-prompt says so of them), or owed.
        let owed = Set(part.actions.filter { $0.kind == .thankYou }.compactMap(\.person))
        for (index, person) in interview.people.enumerated() where !person.isRecruiter {
            let name = person.name.value
            if let first = interview.firstThankYou(to: index) {
                let line = interview.log[first.index].range.start.line
                let late = findings.contains { $0.rule == "thank-you-prompt" && $0.range.start.line == line && $0.message.contains(name) }
                var hours: Double?
                if interview.startHasTime, interview.log[first.index].hasTime, let start = interview.start?.value {
                    hours = Double(first.at.minutesSinceEpoch - start.minutesSinceEpoch) / 60
                }
                thankYous.append(ThankYouOutcome(person: name, state: late ? .late : .onTime, hours: hours))
            } else if owed.contains(name) || interview.currentStatus == .waiting {
                let overdue = findings.contains { $0.rule == "thank-you-sent" && $0.range.start.line == person.name.range.start.line }
                thankYous.append(ThankYouOutcome(person: name, state: overdue ? .missing : .notYetDue))
            }
        }

        // What the agenda says: thank-yous still owed, the call, waiting, stopping.
        for action in part.actions {
            switch action.kind {
            case .thankYou:
                let name = action.person ?? "them"
                let overdue = action.group == .overdue
                let found = findings.filter { $0.rule == "thank-you-sent" && $0.message.contains(name) }
                let (words, worst) = flags(found)
                events.append(TimelineEvent(kind: overdue ? .missingThankYou : .next, at: action.start,
                                            label: overdue ? "No thank-you to \(name)" : "Thank-you to \(name) due",
                                            detail: action.summary, flags: overdue ? ["missing"] + words.filter { $0 != "thank-you-sent" } : ["next"],
                                            severity: worst, line: action.range.start.line))
            case .call:
                events.append(TimelineEvent(kind: .next, at: action.start,
                                            label: "Call \(action.person ?? "them")", detail: action.summary,
                                            flags: [action.group == .overdue ? "overdue" : "next"], line: action.range.start.line))
            case .decision:
                // A decision day still ahead is drawn from the timeframe below; this is the wait after it.
                if interview.timeframe?.decisionDate.map({ $0 >= now.date }) == true { continue }
                events.append(TimelineEvent(kind: .next, at: action.start, hasTime: false, label: "Wait for their answer",
                                            detail: action.summary, flags: ["next"], line: action.range.start.line))
            case .stop:
                events.append(TimelineEvent(kind: .next, at: action.start, hasTime: false, label: "Stop: wait for them",
                                            detail: action.summary, flags: ["next"], line: action.range.start.line))
            case .closed:
                continue
            }
        }

        if let timeframe = interview.timeframe, let decision = timeframe.decisionDate {
            let found = findingsOn(timeframe.range)
            let (words, worst) = flags(found)
            events.append(TimelineEvent(kind: .decision, at: LocalDateTime(date: decision), hasTime: false,
                                        label: "Decision by \(decision)", detail: "They said: \(timeframe.text)",
                                        flags: words, severity: worst, line: timeframe.range.start.line))
        }

        // Today is drawn while the interview is open, or when it falls among the events anyway.
        let span = events.map(\.at)
        if let first = span.min(), let last = span.max(),
           interview.currentStatus == .waiting || (now >= first && now <= last) {
            markers.append(TimelineMarker(kind: .today, at: now, label: "today \(now.date)"))
        }
        if events.isEmpty { markers.removeAll() }

        events = events.enumerated().sorted { ($0.element.at, $0.offset) < ($1.element.at, $1.offset) }.map(\.element)
        return Timeline(title: title, round: round, path: note.path, status: interview.currentStatus,
                        start: interview.start?.value, events: events, markers: markers, undated: undated,
                        thankYous: thankYous, actions: part.actions.sorted { $0.start < $1.start }, people: names)
    }
}

extension String {
    /// "email" → "Email".
    var capitalizedFirst: String {
        guard let first else { return self }
        return first.uppercased() + dropFirst()
    }
}
