/// `interview-lint dump FILE`: the model as JSON, to see how a note was read.
public enum ModelDump {
    public static func json(_ interview: Interview) -> String {
        FoundationJSON.encode(interview)
    }
}

extension LocalDate: Encodable {
    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}

extension LocalDateTime: Encodable {
    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(iso)
    }
}

extension Interview: Encodable {
    enum Keys: String, CodingKey {
        case company, role, start, startSource, status, location, title, people, beforeLeaving, timeframe, log, problems,
             directives, sections, mentions, round, rounds
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: Keys.self)
        try container.encodeIfPresent(company, forKey: .company)
        try container.encodeIfPresent(role, forKey: .role)
        try container.encodeIfPresent(start, forKey: .start)
        try container.encodeIfPresent(startSource, forKey: .startSource)
        try container.encodeIfPresent(status.map { Located($0.value.rawValue, $0.range) }, forKey: .status)
        try container.encodeIfPresent(location, forKey: .location)
        try container.encodeIfPresent(title, forKey: .title)
        try container.encode(people, forKey: .people)
        try container.encode(beforeLeaving, forKey: .beforeLeaving)
        try container.encodeIfPresent(timeframe, forKey: .timeframe)
        try container.encode(log, forKey: .log)
        try container.encode(problems, forKey: .problems)
        try container.encode(directives, forKey: .directives)
        var sections: [String: SourceRange] = [:]
        sections["interviewers"] = peopleSection
        sections["log"] = logSection
        sections["timeframe"] = timeframeSection
        sections["before-leaving"] = beforeLeaving.section
        try container.encode(sections, forKey: .sections)
        if !mentions.isEmpty {
            try container.encode(mentions.map { Located("\($0.kind.rawValue): \($0.text)", $0.range) }, forKey: .mentions)
        }
        if let round {
            try container.encode(Located("\(round.number) of \(round.count): \(round.label), lines \(round.lines.lowerBound)–\(round.lines.upperBound)", round.range),
                                 forKey: .round)
        }
        // A note of several interviews: each as it is checked.
        if !rounds.isEmpty { try container.encode(rounds, forKey: .rounds) }
    }
}

extension Located: Encodable where Value: Encodable {
    enum Keys: String, CodingKey { case value, line, column, endLine, endColumn }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: Keys.self)
        try container.encode(value, forKey: .value)
        try container.encode(range.start.line, forKey: .line)
        try container.encode(range.start.column, forKey: .column)
        try container.encode(range.end.line, forKey: .endLine)
        try container.encode(range.end.column, forKey: .endColumn)
    }
}

extension Interviewer: Encodable {
    enum Keys: String, CodingKey { case name, title, email, phone, card, range }
    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: Keys.self)
        try container.encode(name, forKey: .name)
        try container.encodeIfPresent(title, forKey: .title)
        try container.encodeIfPresent(email, forKey: .email)
        try container.encodeIfPresent(phone, forKey: .phone)
        try container.encodeIfPresent(card, forKey: .card)
        try container.encode(range, forKey: .range)
    }
}

extension BeforeLeaving: Encodable {
    enum Keys: String, CodingKey { case resume, contactInformation }
    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: Keys.self)
        try container.encodeIfPresent(resume, forKey: .resume)
        try container.encodeIfPresent(contactInformation, forKey: .contactInformation)
    }
}

extension Timeframe: Encodable {
    enum Keys: String, CodingKey { case text, decision, decisionDate, range }
    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: Keys.self)
        try container.encode(text, forKey: .text)
        switch decision {
        case .date(let date):
            try container.encode("date", forKey: .decision)
            try container.encode(date, forKey: .decisionDate)
        case .vague: try container.encode("vague", forKey: .decision)
        case .unrecognized: try container.encode("unrecognized", forKey: .decision)
        }
        try container.encode(range, forKey: .range)
    }
}

extension LogEntry: Encodable {
    enum Keys: String, CodingKey {
        case text, date, hasTime, channel, direction, people, kind, recapsConversation, reiteratesInterest, range
    }
    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: Keys.self)
        try container.encode(text, forKey: .text)
        try container.encodeIfPresent(date, forKey: .date)
        try container.encode(hasTime, forKey: .hasTime)
        try container.encodeIfPresent(channel, forKey: .channel)
        try container.encode(direction, forKey: .direction)
        try container.encode(people, forKey: .people)
        try container.encode(kind, forKey: .kind)
        try container.encode(recapsConversation, forKey: .recapsConversation)
        try container.encode(reiteratesInterest, forKey: .reiteratesInterest)
        try container.encode(range, forKey: .range)
    }
}

extension PersonReference: Encodable {
    enum Keys: String, CodingKey { case written, interviewer, match }
    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: Keys.self)
        try container.encode(written, forKey: .written)
        try container.encodeIfPresent(interviewer, forKey: .interviewer)
        try container.encode(match, forKey: .match)
    }
}

extension ReadProblem: Encodable {
    enum Keys: String, CodingKey { case kind, message, range }
    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: Keys.self)
        try container.encode(kind.rawValue, forKey: .kind)
        try container.encode(message, forKey: .message)
        try container.encode(range, forKey: .range)
    }
}

extension Directive: Encodable {
    enum Keys: String, CodingKey { case action, rules, range }
    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: Keys.self)
        let name: String
        switch action {
        case .disable: name = "disable"
        case .enable: name = "enable"
        case .disableNextLine: name = "disable-next-line"
        case .disableFile: name = "disable-file"
        case .unknown(let other): name = other
        }
        try container.encode(name, forKey: .action)
        try container.encode(rules, forKey: .rules)
        try container.encode(range, forKey: .range)
    }
}
