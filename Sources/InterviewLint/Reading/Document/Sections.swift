/// The parts of a note the reader looks for, found by heading text.
public enum Section: String, CaseIterable, Sendable, Codable {
    case interviewers
    case beforeLeaving = "before-leaving"
    case timeframe
    case log
    /// "Timeline": the log when it holds dated entries, otherwise the timeframe.
    case timeline

    /// Built-in heading aliases; a config file can add more (`headings:`).
    public static let builtInAliases: KeyValuePairs<Section, [String]> = [
        .interviewers: ["Interviewers", "Interviewer", "Participants", "People", "Panel", "Contacts", "Who I met",
                        "People I met", "Who I spoke with", "People I spoke with", "Business cards", "Attendees", "Met",
                        "Cards", "Who", "Interview panel", "Panel members", "Who I met with", "Interviewed by", "Met with",
                        "People met", "Hiring team", "Key people", "Who was there", "Gesprächspartner", "Interlocuteurs",
                        "Entrevistadores", "Interviewers and contacts", "Personnes rencontrées", "Interlocutores",
                        "Gesprächspartnerinnen", "Teilnehmer", "Gesprekspartners", "People I talked to", "Who I talked to",
                        "People I talked with", "Talked to", "Spoke with", "Spoke to", "Cartes de visite", "Visitenkarten",
                        "Tarjetas de visita", "Visitekaartjes", "Cartões de visita", "Intervistatori", "Persone incontrate"],
        .beforeLeaving: ["Before leaving", "Before I left", "Checklist", "Leave-behind", "Antes de salir", "Avant de partir",
                         "Vor dem Gehen", "What I left", "Left behind", "Leave-behinds", "Antes de sair", "Voor vertrek"],
        .timeframe: ["Timeframe", "Time frame", "Decision", "Decision date", "Next steps", "Their timeframe",
                     "Entscheidung", "Zeitrahmen", "Décision", "Délai", "Decisión", "Plazo", "Besluit", "Prazo", "Their timing"],
        .log: ["Follow-up", "Follow up", "Follow-up log", "Log", "Contact log", "Contact history", "Follow-ups", "Correspondence",
               "Comms", "Communications", "Communication", "Communication log", "Emails", "Messages", "Outreach", "Suivi",
               "Thank-you notes", "Thank-yous", "Thank you notes", "Thank-you emails", "Thank-you", "Thanks",
               "Thank-you email", "Thank-you note", "Thank-you cards", "Thank-you letters", "Sent", "After", "After the interview",
               "Post-interview", "Follow-up log", "Contact", "Nachfassen", "Nachverfolgung", "Nachbereitung", "Nach dem Gespräch", "Kontaktverlauf", "Seguimiento", "Relances",
               "Opvolging", "Acompanhamento"],
        .timeline: ["Timeline", "Interview timeline", "History", "Activity"],
    ]
}

/// Where each section starts, if the note has it. (A fixed array, not a `[Section: SourceRange]`:
/// the first dictionary keyed by a type of ours makes the Swift runtime scan every protocol
/// conformance in the binary, a tenth of a one-note run.)
struct SectionRanges {
    private var slots: [SourceRange?] = Array(filledWith: nil, count: 5)

    subscript(section: Section) -> SourceRange? {
        get { slots[section.slot] }
        set { slots[section.slot] = newValue }
    }
}

extension Section {
    fileprivate var slot: Int {
        switch self {
        case .interviewers: 0
        case .beforeLeaving: 1
        case .timeframe: 2
        case .log: 3
        case .timeline: 4
        }
    }
}

/// Matches heading text to sections, case-insensitively, ignoring emoji, punctuation and spaces.
public struct SectionMatcher: Sendable {
    private let byKey: WordMap<Section>

    public init(extraAliases: [Section: [String]] = [:]) {
        // Later aliases win, as assignments into a dictionary did.
        var pairs: [(String, Section)] = []
        for (section, aliases) in Section.builtInAliases {
            for alias in aliases { pairs.append((Markup.key(alias), section)) }
        }
        for (section, aliases) in extraAliases {
            for alias in aliases { pairs.append((Markup.key(alias), section)) }
        }
        byKey = WordMap(pairs)
    }

    /// Words written before a section's name; a constant, not an array made at every heading.
    private static let articles = ["the", "my", "our"]

    public func section(forHeading text: String) -> Section? {
        let key = Markup.key(text)
        guard !key.isEmpty else { return nil }
        if let section = byKey[key] { return section }
        // What people write around a section's name: a count or a note in brackets
        // ("Interviewers (3)", "Follow-up (by email)"), a number, or "the", "my" or "our" before it.
        var bare = key
        if text.utf8.last == UInt8(ascii: ")"), let open = text.lastIndex(of: "(") { bare = Markup.key(String(text[..<open])) }
        while let last = bare.utf8.last, last >= 0x30, last <= 0x39 { bare.removeLast() }
        if bare != key, let section = byKey[bare] { return section }
        for article in SectionMatcher.articles where bare.hasPrefix(article) {
            if let section = byKey[String(bare.dropFirst(article.count))] { return section }
        }
        return nil
    }
}
