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
                        "Tarjetas de visita", "Visitekaartjes", "Cartões de visita", "Intervistatori", "Persone incontrate",
                        "Recruiter", "Recruiters", "Recruiter contact", "Agency recruiter"],
        .beforeLeaving: ["Before leaving", "Before I left", "Checklist", "Leave-behind", "Antes de salir", "Avant de partir",
                         "Vor dem Gehen", "What I left", "Left behind", "Leave-behinds", "Antes de sair", "Voor vertrek"],
        .timeframe: ["Timeframe", "Time frame", "Decision", "Decision date", "Next steps", "Their timeframe",
                     "Entscheidung", "Zeitrahmen", "Décision", "Délai", "Decisión", "Plazo", "Besluit", "Prazo", "Their timing",
                     "Tempistiche", "Tempistica", "Decisione", "Prossimi passi"],
        .log: ["Follow-up", "Follow up", "Follow-up log", "Log", "Contact log", "Contact history", "Follow-ups", "Correspondence",
               "Comms", "Communications", "Communication", "Communication log", "Emails", "Messages", "Outreach", "Suivi",
               "Thank-you notes", "Thank-yous", "Thank you notes", "Thank-you emails", "Thank-you",
               "Thank-you cards", "Thank-you letters", "Remerciements",
               "Agradecimientos", "Bedankjes", "Podziękowania", "Sent", "After", "After the interview",
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
        // Keys of more than 16 bytes (no other ASCII key can equal them), by their first 16.
        longKeyStarts = WordSet(pairs.map(\.0).filter { $0.utf8.count > 16 }.map { String(decoding: $0.utf8.prefix(16), as: UTF8.self) })
    }

    private let longKeyStarts: WordSet

    /// Words written before a section's name; a constant, not an array made at every heading.
    private static let articles = ["the", "my", "our"]

    public func section(forHeading text: String) -> Section? {
        // Most headings: a key of at most 16 ASCII letters and digits, packed from the text's
        // bytes (no `String` made), and none of the forms the way below unwraps.
        if let key = Self.packedKey(text) {
            if key.word == .none { return nil }
            if key.count <= 16, let section = byKey[key.word] { return section }
            if key.plain && (key.count <= 16 || !longKeyStarts.contains(key.word)) { return nil }
        }
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

    /// `Markup.key(text)` when the text has no letter outside ASCII: its first 16 bytes packed
    /// (`none` for an empty key) and its length; and whether it is plain (not ending in a digit,
    /// not starting with an article, the text not ending in ")"), so that nothing else is looked up.
    private static func packedKey(_ text: String) -> (word: Word, count: Int, plain: Bool)? {
        var text = text
        return text.withUTF8 { bytes -> (word: Word, count: Int, plain: Bool)? in
            var low: UInt64 = 0, high: UInt64 = 0
            var count = 0
            var last: UInt8 = 0
            var outsideASCII = false
            for byte in bytes {
                if byte >= 0x80 {
                    outsideASCII = true
                    continue
                }
                let folded = byte | 0x20
                let letter = folded &- 0x61 < 26
                guard letter || byte &- 0x30 < 10 else { continue }
                last = letter ? folded : byte
                if count < 8 {
                    low |= UInt64(last) &<< UInt64(8 * count)
                } else if count < 16 {
                    high |= UInt64(last) &<< UInt64(8 * (count - 8))
                }
                count += 1
            }
            // Scalars outside ASCII are dropped from a key unless they are letters (an emoji, a dash).
            if outsideASCII {
                var index = 0
                while index < bytes.count {
                    guard bytes[index] >= 0x80 else { index += 1; continue }
                    let (scalar, width) = UTF8Cursor.decode(bytes, at: index)
                    if scalar.isLetter { return nil }
                    index += width
                }
            }
            guard count > 0 else { return (.none, 0, true) }
            let plain = last &- 0x30 >= 10 && bytes.last != UInt8(ascii: ")")
                && low & 0xFF_FFFF != 0x65_6874 && low & 0xFFFF != 0x79_6D && low & 0xFF_FFFF != 0x72_756F  // the, my, our
            return (Word(packedLow: low, high: high), count, plain)
        }
    }
}
