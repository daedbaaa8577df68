/// The parts of a note the reader looks for, found by heading text.
public enum Section: String, CaseIterable, Sendable, Codable {
    case interviewers
    case beforeLeaving = "before-leaving"
    case timeframe
    case log
    /// "Timeline": the log when it holds dated entries, otherwise the timeframe.
    case timeline

    /// Built-in heading aliases; a config file can add more (`headings:`).
    public static let builtInAliases: [Section: [String]] = [
        .interviewers: ["Interviewers", "Interviewer", "Participants", "People", "Panel", "Contacts", "Who I met", "Business cards"],
        .beforeLeaving: ["Before leaving", "Before I left", "Checklist", "Leave-behind"],
        .timeframe: ["Timeframe", "Time frame", "Decision", "Decision date", "Next steps", "Their timeframe"],
        .log: ["Follow-up", "Follow up", "Follow-up log", "Log", "Contact log", "Follow-ups", "Correspondence"],
        .timeline: ["Timeline"],
    ]
}

/// Matches heading text to sections, case-insensitively, ignoring emoji, punctuation and spaces.
public struct SectionMatcher: Sendable {
    private var byKey: [String: Section] = [:]

    public init(extraAliases: [Section: [String]] = [:]) {
        for (section, aliases) in Section.builtInAliases {
            for alias in aliases { byKey[Markup.key(alias)] = section }
        }
        for (section, aliases) in extraAliases {
            for alias in aliases { byKey[Markup.key(alias)] = section }
        }
    }

    public func section(forHeading text: String) -> Section? {
        let key = Markup.key(text)
        guard !key.isEmpty else { return nil }
        return byKey[key]
    }
}
