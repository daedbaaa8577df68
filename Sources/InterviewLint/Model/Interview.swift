/// One interview note, as the reader understood it. This is the only thing rules see.
public struct Interview: Sendable {
    public enum Status: String, Sendable, CaseIterable, Codable {
        case waiting, offer, accepted, rejected, withdrawn, closed

        /// Offer, accepted, rejected, withdrawn and closed end the follow-up workflow.
        public var endsWorkflow: Bool { self != .waiting }
    }

    public var company: Located<String>?
    public var role: Located<String>?
    /// When the interview started.
    public var start: Located<LocalDateTime>?
    /// Whether the note gives the start's time of day (otherwise `start` is at 00:00).
    public var startHasTime = false
    /// Where the start was read from, in words, for `dump` ("front matter `interview`").
    public var startSource: String?
    /// Lines about a thank-you, a card or a call that were not read as a log entry or a card:
    /// rules that would say "none" report an info instead, quoting the line.
    public var mentions: [Mention] = []
    public var status: Located<Status>?
    /// The interview was cancelled and never took place (a closed status that says so, and no
    /// contact after the planned start): nothing collected at it is asked for.
    public var cancelledBeforeItTookPlace = false
    public var location: Located<String>?
    /// Lines that say the interview was held by video or phone (`RemoteInterview`); read only
    /// when someone's card is recorded as not collected.
    public var remoteSigns: [Located<String>] = []

    /// The front matter block, when the note has one.
    public var frontMatter: FrontMatter?
    /// The top heading, a natural place to point at for note-wide findings.
    public var title: Located<String>?
    /// Whether the title names an interview ("# Acme onsite"): such a note is checked, and told
    /// what it lacks, however little else of it is read.
    public var titleNamesInterview = false
    /// Whether the note's words speak of an interview or a hiring process at all: a date, people
    /// or a "Contact" heading alone are in meeting notes and READMEs too.
    public var speaksOfInterviews = true
    /// An unfilled template (Templater's `<% … %>`, `{{date}}`): a form for notes, not a note.
    public var isTemplate = false
    /// The writer interviewed a candidate (a scorecard, `Candidate:`): no follow-up of theirs to check.
    public var interviewsACandidate = false
    /// A job-tracker table of this many companies, and no sign of one interview of its own.
    public var tracksApplications: Int?
    /// An interview that is no job interview (an informational, podcast or user-research one; a
    /// note that says "not a job interview"): no hiring to follow up.
    public var isNoJobInterview = false
    /// A note of another kind that speaks of interviews (a book's or an article's notes, a journal
    /// telling of a friend's interview): why it is none of the writer's, else nil.
    public var otherKindOfNote: String?

    public var people: [Interviewer] = []
    public var peopleSection: SourceRange?
    public var beforeLeaving = BeforeLeaving()
    public var timeframe: Timeframe?
    public var timeframeSection: SourceRange?
    /// The follow-up log in document order. Setting it also sets `datedLog`.
    public var log: [LogEntry] = [] { didSet { datedLog = Interview.chronology(of: log) } }
    /// Log entries that carry a date, in date order (stable for equal dates); worked out once
    /// when the log is set, since most rules walk it.
    public private(set) var datedLog: [DatedLogEntry] = []
    public var logSection: SourceRange?


    /// What the reader could not make sense of; rules turn these into diagnostics.
    public var problems: [ReadProblem] = []

    /// Suppression comments found in the note (outside code blocks).
    public var directives: [Directive] = []

    /// The number of lines in the file.
    public var lineCount: Int = 0

    /// Which round this is, when the note holds several (each is checked as an interview of its own).
    public var round: Round?
    /// The note's rounds, when it holds two or more; empty for a note of one interview.
    public var rounds: [Interview] = []

    /// One interview of several in a note: a phone screen, then an onsite.
    public struct Round: Sendable {
        public var number: Int
        public var count: Int
        /// Its heading or timeline stage as written, without the day: "Phone Screen".
        public var label: String
        public var range: SourceRange
        /// The lines that are the round's own (its section, or its timeline row).
        public var lines: ClosedRange<Int>
    }

    public init() {}

    /// The interview's status, `waiting` when the note does not say.
    public var currentStatus: Status { status?.value ?? .waiting }

    /// Whether the note looks like an interview note at all (a date, a company, people or a log;
    /// a "Next steps" heading alone is in many notes that are no interview's). Other Markdown
    /// files in a notes folder are counted and passed over.
    public var isInterviewNote: Bool {
        if isTemplate || interviewsACandidate || tracksApplications != nil || isNoJobInterview || otherKindOfNote != nil { return false }
        if titleNamesInterview || frontMatter?.hasInterviewKeys == true || problems.contains(where: { $0.kind == .frontMatter }) {
            return true
        }
        return (start != nil || company != nil || peopleSection != nil || logSection != nil) && speaksOfInterviews
    }

    /// A line the reader could not place that speaks of `kind` for this person (or everyone).
    public func mention(_ kind: Mention.Kind, naming person: Interviewer) -> Mention? {
        mentions.first { $0.kind == kind && $0.names(person) }
    }

    /// The place a note-wide finding points at: the title, else the first line.
    public var anchor: SourceRange {
        title?.range ?? start?.range ?? SourceRange(line: 1, column: 1, length: 0)
    }
}

public struct FrontMatter: Sendable {
    /// The lines from the opening `---` to the closing one, inclusive.
    public var lines: ClosedRange<Int>
    /// Whether it names a company, a role or the interview's own date key (a plain `date` is any note's).
    public var hasInterviewKeys: Bool = false
    /// The `interview-lint: {disable: [...]}` list.
    public var disabledRules: [Located<String>] = []
}

/// Someone the candidate spoke with.
public struct Interviewer: Sendable {
    public var name: Located<String>
    public var title: Located<String>?
    public var email: Located<String>?
    public var phone: Located<String>?
    /// `true` for `[x]` or a "yes" card column, `false` for `[ ]` or "no", nil when the note does
    /// not say.
    public var card: Located<Bool>?
    /// The whole list item or table row.
    public var range: SourceRange
    /// A recruiter (an agency's or the company's, by their title, or "didn't interview me"): a
    /// contact you follow up with, not someone whose card and thank-you the rules ask for.
    public var isRecruiter = false

    public init(name: Located<String>, range: SourceRange) {
        self.name = name
        self.range = range
    }

    /// The name without a title before it ("Dr. Jane Doe" is "Jane Doe"): log entries are matched
    /// against this, as they name people without their titles ("to Dr. Doe" reads as "Doe").
    /// The titles `nameWithoutTitle` takes off, lowercased and without their dot.
    private static let titles: WordSet = ["dr", "mr", "mrs", "ms", "mx", "prof", "cllr", "councillor", "sir", "dame", "rev", "hon",
                                          "herr", "frau", "mme", "mlle", "sr", "sra", "srta", "dhr", "mevr"]

    public var nameWithoutTitle: String {
        var value = name.value
        // "김민준 (Minjun Kim)": both names are the person's, each matched as written.
        if value.hasByte(0x28) {
            value = value.split { $0 == "(" || $0 == ")" || $0 == " " }.joined(separator: " ")
        }
        // Titles are short: most names are let through on a byte search alone.
        let utf8 = value.utf8
        guard let space = utf8.firstIndex(of: 0x20), utf8.distance(from: utf8.startIndex, to: space) <= 11 else { return value }
        // Every title starts with one of these letters: other names need no lowercased copy.
        switch utf8.first.map({ $0 | 0x20 }) {
        case UInt8(ascii: "c"), UInt8(ascii: "d"), UInt8(ascii: "f"), UInt8(ascii: "h"), UInt8(ascii: "m"), UInt8(ascii: "p"),
             UInt8(ascii: "r"), UInt8(ascii: "s"): break
        default: return value
        }
        // Every title is ASCII letters, with or without a dot after them: the first word is
        // compared packed (`Word`), and a word of other bytes is no title (no lowercased copy made).
        let (title, dotted) = value.utf8[..<space].withContiguousStorageIfAvailable { word -> (Word, Bool) in
            let dotted = word.last == UInt8(ascii: ".")
            let letters = dotted ? word.count - 1 : word.count
            guard (0..<letters).allSatisfy({ (word[$0] | 0x20) &- 0x61 < 26 }) else { return (.none, dotted) }
            return (Word.packingLowercased(word, from: 0, count: letters), dotted)
        } ?? (.none, false)
        // "M. Karim Benali" (Monsieur): with its dot and two words after it; "M. Chen" is Mei's initial.
        if dotted && title == "m" {
            let rest = value[value.index(after: space)...].trimmingWhitespace()
            return rest.hasByte(0x20) ? rest : value
        }
        guard Self.titles.contains(title) else { return value }
        let rest = value[value.index(after: space)...].trimmingWhitespace()
        // "Frau Dr. Katrin Vogelsang", "Herr Prof. Weber": an academic title after the form of address.
        for second in ["Dr. ", "Prof. ", "Dr ", "Prof "] where rest.hasPrefix(second) && rest.utf8.count > second.utf8.count {
            return rest.dropFirst(second.count).trimmingWhitespace()
        }
        return rest
    }

    public var firstName: String {
        let name = nameWithoutTitle
        return String(name.split(separator: " ").first ?? Substring(name))
    }
}

/// Whether they have the candidate's resume and contact information.
public struct BeforeLeaving: Sendable {
    public var resume: Located<Bool>?
    public var contactInformation: Located<Bool>?
    public var section: SourceRange?

    public init() {}
}

/// A line of the note about a thank-you, a card or a call that the reader could not place.
public struct Mention: Sendable {
    public enum Kind: String, Sendable {
        case thankYou = "thank-you", card, followUp = "follow-up", timeframe
    }

    public var kind: Kind
    public var text: String
    public var range: SourceRange
    /// Its words, lower-cased.
    var words: [String]

    /// Words that speak of every interviewer at once.
    static let everyone: Set<String> = ["both", "each", "all", "everyone", "them", "panel", "team", "everybody"]

    /// Whether the line names `person` (a first or last name, or the whole name) or everyone.
    public func names(_ person: Interviewer) -> Bool {
        if words.contains(where: Mention.everyone.contains) { return true }
        let parts = person.nameWithoutTitle.quickLowercased().split { !($0.isLetter || $0 == "'") }.map(String.init)
        return parts.contains { $0.count > 1 && words.contains($0) }
    }

    /// The line, shortened for a message.
    public var quoted: String {
        let short = text.count > 80 ? String(text.prefix(77)) + "…" : text
        return "'\(short)'"
    }
}

/// When they said they would decide.
public struct Timeframe: Sendable {
    public enum Decision: Hashable, Sendable {
        /// A day was given or can be worked out.
        case date(LocalDate)
        /// They gave no date ("soon", "they'll let me know").
        case vague
        /// Text that names no day the reader can work out.
        case unrecognized
    }

    public var text: String
    public var decision: Decision
    public var range: SourceRange

    public init(text: String, decision: Decision, range: SourceRange) {
        self.text = text
        self.decision = decision
        self.range = range
    }

    public var decisionDate: LocalDate? {
        if case .date(let date) = decision { return date }
        return nil
    }
}

/// A log entry with its date, as `Interview.datedLog` lists them: where the entry is in `log`,
/// not a copy of it. The rules go over these many times, and a copy of an entry retained and
/// released its text and its people (atomic operations) where an index and a date are copied as
/// plain bytes. Read the entry as `interview.log[item.index]`.
public struct DatedLogEntry: Sendable {
    /// The entry's index in `Interview.log`.
    public var index: Int
    public var at: LocalDateTime

    public init(index: Int, at: LocalDateTime) {
        self.index = index
        self.at = at
    }
}

/// One line of the follow-up log.
public struct LogEntry: Sendable {
    public enum Channel: String, Sendable, Codable, CaseIterable {
        case email, call, paper, text, linkedin, inPerson = "in-person"

        public var label: String {
            switch self {
            case .email: return "email"
            case .call: return "call"
            case .paper: return "handwritten note"
            case .text: return "text message"
            case .linkedin: return "LinkedIn message"
            case .inPerson: return "meeting in person"
            }
        }
    }

    public enum Direction: String, Sendable, Codable {
        case outgoing, incoming
    }

    public enum Kind: String, Sendable, Codable {
        case thankYou = "thank-you", followUp = "follow-up", other
    }

    public var range: SourceRange
    public var text: String
    public var date: Located<LocalDateTime>?
    /// Whether a time of day was written (otherwise `date` is at 00:00).
    public var hasTime: Bool = false
    public var channel: Located<Channel>?
    /// Stored, with `direction` worked out from it: the rules ask it of `log[index]` again and
    /// again, and reading a computed property of an array's element copied the whole entry
    /// (retaining its text and people) where a stored one is read in place.
    public var isOutgoing = true
    /// Written as what is still to do ("will call", "call Imogen if nothing heard"): a plan, not
    /// a contact (`LogThread.recordsPlan`).
    public var isPlan = false
    /// A ticked task (`- [x] call Imogen ✅ 2026-11-20`): one contact with a log line repeating it.
    public var isDoneTask = false
    public var people: [PersonReference] = []
    public var kind: Kind = .other
    public var recapsConversation: Bool = false
    public var reiteratesInterest: Bool = false

    public init(range: SourceRange, text: String) {
        self.range = range
        self.text = text
    }

    /// The interviewers this entry is with (by index into `Interview.people`).
    public var interviewers: [Int] { people.compactMap(\.interviewer) }

    public var direction: Direction {
        get { isOutgoing ? .outgoing : .incoming }
        set { isOutgoing = newValue == .outgoing }
    }
}

/// A name written in a log entry and whom it was taken to mean.
public struct PersonReference: Sendable {
    public enum Match: String, Sendable, Codable {
        /// The full name as on the card (case aside).
        case exact
        /// A first or last name that only one interviewer has.
        case partial
        /// A first or last name that several interviewers share.
        case ambiguous
        /// Close to an interviewer's name but spelled differently.
        case nearMiss = "near-miss"
        /// Nobody on the list.
        case none
        /// The entry named nobody and the note has exactly one interviewer.
        case implied
    }

    public var written: Located<String>
    public var interviewer: Int?
    public var match: Match
    /// For a name that matches nobody: where the note names that person outside the log (the
    /// recruiter introduced in a paragraph), so the rules know the note knows who they are.
    public var namedElsewhere: Located<String>?

    public init(written: Located<String>, interviewer: Int?, match: Match) {
        self.written = written
        self.interviewer = interviewer
        self.match = match
    }
}

/// Something the reader could not read, kept so a rule can say so instead of skipping it.
public struct ReadProblem: Sendable, Hashable {
    public enum Kind: String, Sendable, Hashable {
        /// YAML that does not parse, or a missing or invalid interview date.
        case frontMatter = "front-matter"
        /// A log entry whose date, channel or person cannot be read.
        case unreadableEntry = "unreadable-entry"
        /// The file itself: invalid UTF-8, NUL bytes.
        case encoding
        /// The note took longer to read than the time budget allows.
        case timeBudget = "time-budget"
    }

    public var kind: Kind
    public var message: String
    public var range: SourceRange
    /// The reader is unsure rather than sure it is wrong (a status word it does not know):
    /// reported as info.
    public var uncertain: Bool
    /// The text, and the span of the note it replaces, that the reader would read in full, when
    /// there is one way to write it (a log entry with a misspelt channel word): an editor's fix.
    public var rewrite: Located<String>?

    public init(_ kind: Kind, _ message: String, at range: SourceRange, uncertain: Bool = false) {
        self.kind = kind
        self.message = message
        self.range = range
        self.uncertain = uncertain
    }
}

/// An `interview-lint-…` comment.
public struct Directive: Sendable, Hashable {
    public enum Action: Sendable, Hashable {
        case disable, enable, disableNextLine, disableFile
        /// `interview-lint-something-else`: reported, never applied.
        case unknown(String)

        public init?(rawValue: String) {
            switch rawValue {
            case "disable": self = .disable
            case "enable": self = .enable
            case "disable-next-line": self = .disableNextLine
            case "disable-file": self = .disableFile
            default: return nil
            }
        }
    }

    public var action: Action
    /// Empty means every rule.
    public var rules: [String]
    public var range: SourceRange

    public init(action: Action, rules: [String], range: SourceRange) {
        self.action = action
        self.rules = rules
        self.range = range
    }
}
