/// `interview-lint dump FILE`: the model as JSON, to see how a note was read. Written with the
/// reports' own JSON writer (`JSONValue`), keys in the model's order; a value the note does not
/// give is left out.
public enum ModelDump {
    public static func json(_ interview: Interview) -> String {
        interview.json.rendered()
    }
}

/// A model value as JSON.
protocol JSONRepresentable {
    var json: JSONValue { get }
}

extension JSONValue {
    /// An object of the members that have a value.
    static func members(_ members: KeyValuePairs<String, (any JSONRepresentable)?>) -> JSONValue {
        .object(members.compactMap { key, value in value.map { (key, $0.json) } })
    }
}

extension String: JSONRepresentable { var json: JSONValue { .string(self) } }
extension Int: JSONRepresentable { var json: JSONValue { .int(self) } }
extension Bool: JSONRepresentable { var json: JSONValue { .bool(self) } }
extension LocalDate: JSONRepresentable { var json: JSONValue { .string(description) } }
extension LocalDateTime: JSONRepresentable { var json: JSONValue { .string(iso) } }
extension Array: JSONRepresentable where Element: JSONRepresentable { var json: JSONValue { .array(map(\.json)) } }
extension Interview.Status: JSONRepresentable { var json: JSONValue { .string(rawValue) } }
extension LogEntry.Channel: JSONRepresentable { var json: JSONValue { .string(rawValue) } }
extension LogEntry.Direction: JSONRepresentable { var json: JSONValue { .string(rawValue) } }
extension LogEntry.Kind: JSONRepresentable { var json: JSONValue { .string(rawValue) } }
extension PersonReference.Match: JSONRepresentable { var json: JSONValue { .string(rawValue) } }

extension SourcePosition: JSONRepresentable {
    var json: JSONValue { .members(["line": line, "column": column]) }
}

extension SourceRange: JSONRepresentable {
    var json: JSONValue { .members(["start": start, "end": end]) }
}

extension Located: JSONRepresentable where Value: JSONRepresentable {
    var json: JSONValue {
        .members(["value": value, "line": range.start.line, "column": range.start.column,
                  "endLine": range.end.line, "endColumn": range.end.column])
    }
}

extension Interview: JSONRepresentable {
    var json: JSONValue {
        let sections: JSONValue = .members(["interviewers": peopleSection, "log": logSection,
                                            "timeframe": timeframeSection, "before-leaving": beforeLeaving.section])
        let round = round.map {
            Located("\($0.number) of \($0.count): \($0.label), lines \($0.lines.lowerBound)–\($0.lines.upperBound)", $0.range)
        }
        return .members([
            "company": company, "role": role, "start": start, "startSource": startSource, "status": status,
            "location": location, "title": title, "people": people, "beforeLeaving": beforeLeaving,
            "timeframe": timeframe, "log": log, "problems": problems, "directives": directives, "sections": sections,
            "mentions": mentions.isEmpty ? nil : mentions.map { Located("\($0.kind.rawValue): \($0.text)", $0.range) },
            "round": round,
            // A note of several interviews: each as it is checked.
            "rounds": rounds.isEmpty ? nil : rounds,
        ])
    }
}

extension JSONValue: JSONRepresentable { var json: JSONValue { self } }

extension RuleOption.Value: JSONRepresentable {
    var json: JSONValue {
        switch self {
        case .integer(let value): return .int(value)
        case .boolean(let value): return .bool(value)
        }
    }
}

extension Interviewer: JSONRepresentable {
    var json: JSONValue {
        .members(["name": name, "title": title, "email": email, "phone": phone, "card": card, "range": range])
    }
}

extension BeforeLeaving: JSONRepresentable {
    var json: JSONValue { .members(["resume": resume, "contactInformation": contactInformation]) }
}

extension Timeframe: JSONRepresentable {
    var json: JSONValue {
        switch decision {
        case .date(let date): return .members(["text": text, "decision": "date", "decisionDate": date, "range": range])
        case .vague: return .members(["text": text, "decision": "vague", "range": range])
        case .unrecognized: return .members(["text": text, "decision": "unrecognized", "range": range])
        }
    }
}

extension LogEntry: JSONRepresentable {
    var json: JSONValue {
        .members(["text": text, "date": date, "hasTime": hasTime, "channel": channel, "direction": direction,
                  "people": people, "kind": kind, "recapsConversation": recapsConversation,
                  "reiteratesInterest": reiteratesInterest, "range": range])
    }
}

extension PersonReference: JSONRepresentable {
    var json: JSONValue { .members(["written": written, "interviewer": interviewer, "match": match]) }
}

extension ReadProblem: JSONRepresentable {
    var json: JSONValue { .members(["kind": kind.rawValue, "message": message, "range": range]) }
}

extension Directive: JSONRepresentable {
    var json: JSONValue {
        let name: String
        switch action {
        case .disable: name = "disable"
        case .enable: name = "enable"
        case .disableNextLine: name = "disable-next-line"
        case .disableFile: name = "disable-file"
        case .unknown(let other): name = other
        }
        return .members(["action": name, "rules": rules, "range": range])
    }
}
