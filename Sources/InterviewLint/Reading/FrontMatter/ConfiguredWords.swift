/// The user's own words for what the reader looks for, from the configuration: more names for the
/// fields of front matter and key lines (`keys:`) and more words for each status (`statuses:`),
/// for a vault whose conventions the built-in words miss.
public struct ConfiguredWords: Sendable {
    /// The fields `keys:` may give names for, each with the built-in key such a name stands for:
    /// a name given for `date` is read as `interview_date` is, which names the interview.
    public static let fields: KeyValuePairs<String, String> = [
        "company": "company", "role": "role", "date": "interviewdate", "time": "interviewtime", "status": "status",
        "location": "location", "timeframe": "timeframe", "people": "interviewers", "resume": "resumeleft",
        "contact-info": "contactinfoleft",
    ]

    /// Nil when nothing is configured, so that the usual run looks nothing up.
    private var keys: WordMap<String>?
    private var statuses: WordMap<Interview.Status>?

    public static let none = ConfiguredWords()

    public init() {}

    /// `keys`: a field of `fields` to its extra names; `statuses`: a status (its raw value) to its
    /// extra words. Names the loader would have refused are left out.
    public init(keys: [String: [String]], statuses: [String: [String]]) {
        var keyPairs: [(String, String)] = []
        for (field, builtIn) in Self.fields {
            for name in keys[field] ?? [] where !Markup.key(name).isEmpty { keyPairs.append((Markup.key(name), builtIn)) }
        }
        var statusPairs: [(String, Interview.Status)] = []
        for status in Interview.Status.allCases {
            for word in statuses[status.rawValue] ?? [] where !Markup.key(word).isEmpty { statusPairs.append((Markup.key(word), status)) }
        }
        self.keys = keyPairs.isEmpty ? nil : WordMap(keyPairs)
        self.statuses = statusPairs.isEmpty ? nil : WordMap(statusPairs)
    }

    /// Whether any key name is configured (the readers' byte gates know only the built-in names).
    var hasKeys: Bool { keys != nil }

    /// The built-in key that a key written in a note stands for, both in `Markup.key` form.
    func key(_ normalized: String) -> String {
        keys?[normalized] ?? normalized
    }

    /// The status a status value names in the user's words (the whole value, without case,
    /// spaces or punctuation), or nil.
    func status(_ text: String) -> Interview.Status? {
        statuses?[Markup.key(text)]
    }
}
