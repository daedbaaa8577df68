/// How serious a finding is. Errors fail the run (exit code 1); warnings only with `--strict`.
public enum Severity: String, Sendable, Codable, CaseIterable, Comparable {
    case info, warning, error

    var rank: Int {
        switch self {
        case .info: return 0
        case .warning: return 1
        case .error: return 2
        }
    }

    public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }

    /// The word an output format uses for this level (SARIF's "note", GitHub's "notice").
    func named(error: String, warning: String, info: String) -> String {
        switch self {
        case .error: error
        case .warning: warning
        case .info: info
        }
    }
}

/// The groups rules belong to: the five techniques of the advice, and the note's structure.
public enum RuleTag: String, Sendable, Codable, CaseIterable {
    case cards, timeframe, thankYou = "thank-you", followUp = "follow-up", persistence, structure
}

/// A setting a rule reads, as the configuration, `rules NAME` and docs/rules.md see it: its name,
/// default, range (for a whole number) and meaning. Rules declare theirs as `IntegerOption` or
/// `BooleanOption`, which make this and read the value.
public struct RuleOption: Sendable {
    public enum Value: Sendable, Hashable, CustomStringConvertible {
        case integer(Int)
        case boolean(Bool)

        public var description: String {
            switch self {
            case .integer(let value): return String(value)
            case .boolean(let value): return String(value)
            }
        }
    }

    public var name: String
    public var defaultValue: Value
    /// The values a whole number may take; nil for true or false.
    public var range: ClosedRange<Int>?
    public var summary: String

    /// A value given to an option, as a rule example's configuration does.
    public struct Setting: Sendable {
        public var name: String
        public var value: Value
    }

    /// What values it takes, for messages and documentation: "0 to 10", "true or false".
    public var values: String {
        range.map { "\($0.lowerBound) to \($0.upperBound)" } ?? "true or false"
    }
}

/// A whole-number option of a rule, declared once (a `static let` of the rule): the rule (and the
/// agenda, through the rule) reads it from its context, the reader and the report from a
/// configuration, the configuration loader checks values against its range, and `rules NAME` and
/// docs/rules.md print it.
public struct IntegerOption: Sendable {
    public let declaration: RuleOption
    public let defaultValue: Int

    public init(_ name: String, default value: Int, range: ClosedRange<Int>, _ summary: String) {
        declaration = RuleOption(name: name, defaultValue: .integer(value), range: range, summary: summary)
        defaultValue = value
    }

    /// The value in force for the rule being checked.
    public func value(in context: RuleContext) -> Int {
        if case .integer(let value)? = context.options[declaration.name] { return value }
        return defaultValue
    }

    /// This option set to `value`, for a rule example (`options: [dueHours(48)]`).
    public func callAsFunction(_ value: Int) -> RuleOption.Setting {
        RuleOption.Setting(name: declaration.name, value: .integer(value))
    }

    /// The value `configuration` gives `rule`.
    public func value(in configuration: Configuration, for rule: any Rule.Type) -> Int {
        if case .integer(let value)? = configuration.resolved(rule).options[declaration.name] { return value }
        return defaultValue
    }
}

/// A true-or-false option of a rule, declared once, as `IntegerOption`.
public struct BooleanOption: Sendable {
    public let declaration: RuleOption
    public let defaultValue: Bool

    public init(_ name: String, default value: Bool, _ summary: String) {
        declaration = RuleOption(name: name, defaultValue: .boolean(value), summary: summary)
        defaultValue = value
    }

    public func callAsFunction(_ value: Bool) -> RuleOption.Setting {
        RuleOption.Setting(name: declaration.name, value: .boolean(value))
    }

    public func value(in context: RuleContext) -> Bool {
        if case .boolean(let value)? = context.options[declaration.name] { return value }
        return defaultValue
    }
}

/// A note that shows a rule at work. In `triggering` examples, `↓` marks where each finding
/// starts; the marker is removed before the note is read.
public struct RuleExample: Sendable {
    public var note: String
    /// "Now" for the example (`--today`).
    public var today: String
    /// The rule's options as the example sets them (the rest at their defaults).
    public var options: [RuleOption.Setting]
    public var file: String
    public var line: Int
}

// Outside the type, so that the memberwise initialiser stays for this one to call.
extension RuleExample {
    /// `file` and `line` are where the example is written, for a failing test to point at.
    public init(_ note: String, today: String = "2026-11-26", options: [RuleOption.Setting] = [],
                file: String = #filePath, line: Int = #line) {
        self.init(note: note, today: today, options: options, file: file, line: line)
    }
}

/// Everything a rule says about itself: shown by `interview-lint rules NAME`, written to
/// docs/rules.md, and run by the tests. Rules build it with the memberwise initialiser (the
/// properties in this order; those with a default may be left out).
public struct RuleDescription: Sendable {
    public var identifier: String
    public var tags: [RuleTag]
    public var defaultSeverity: Severity
    public var summary: String
    /// Why it matters, citing the numbered advice in seeds/.
    public var rationale: String
    public var options: [RuleOption] = []
    public var triggering: [RuleExample]
    public var nonTriggering: [RuleExample]
    /// The rule is about the file's bytes, not its Markdown, so it applies inside code blocks and
    /// comments too (`file-encoding`).
    public var checksRawBytes = false
    /// The linter raises this rule's findings itself (from how a file was processed, not from
    /// its text), so it has no triggering examples; a dedicated test covers it.
    public var raisedByLinter = false
    /// The rule reports nothing once the interview is closed (any status but waiting): its advice
    /// can no longer be acted on. A test holds every rule's examples to what this says.
    public var quietWhenClosed = false
    /// The rule says something was not done or not written down, or could not be read. In a note
    /// in another language (`ProseLanguage`), where the reader may miss what says it was, its
    /// findings are infos.
    public var reportsAbsence = false
}

/// What a rule reports; the linter adds the file and the configured severity.
public struct Finding: Sendable, Hashable {
    public var range: SourceRange
    public var message: String
    /// Set when the rule itself raises the level (a thank-you two days late is an error).
    public var severity: Severity?
    /// The note holds text the reader could not place that may contradict the finding: it is
    /// reported as info whatever the configured level, since a false error costs more than a
    /// missed one.
    public var uncertain = false
    /// A second place the finding concerns (the card a misspelt name differs from), and the
    /// text that would put it right, for an editor to show and offer (the language server).
    public var related: RelatedPlace?
    public var replacement: String?
}

// Outside the type, so that the memberwise initialiser stays for this one to call.
extension Finding {
    /// The message first, as rules write it: `Finding("…", at: range)`.
    public init(_ message: String, at range: SourceRange, severity: Severity? = nil, uncertain: Bool = false,
                related: RelatedPlace? = nil, replacement: String? = nil) {
        self.init(range: range, message: message, severity: severity, uncertain: uncertain, related: related, replacement: replacement)
    }
}

/// Another place in the note a finding points to, with what it is.
public struct RelatedPlace: Sendable, Hashable {
    public var range: SourceRange
    public var message: String

    public init(_ message: String, at range: SourceRange) {
        self.range = range
        self.message = message
    }
}

/// What a rule sees: the model, "now", its options and the shared settings.
/// A rule's option values by name. A handful per rule, looked up by comparing names, which is
/// cheaper than hashing the name for a dictionary several times a note.
public struct RuleOptions: Sendable, ExpressibleByDictionaryLiteral {
    private var pairs: [(name: String, value: RuleOption.Value)]

    public init(_ values: [String: RuleOption.Value]) {
        pairs = values.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }
    }

    public init(dictionaryLiteral elements: (String, RuleOption.Value)...) {
        self.init(Dictionary(elements) { $1 })
    }

    public var isEmpty: Bool { pairs.isEmpty }

    public subscript(name: String) -> RuleOption.Value? {
        for pair in pairs where pair.name == name { return pair.value }
        return nil
    }
}

public struct RuleContext: Sendable {
    /// The model, held by reference: the linter hands each rule the context with its own
    /// options, and copying the whole model into every call would cost more than some rules.
    private final class Model: Sendable {
        let interview: Interview
        init(_ interview: consuming Interview) { self.interview = interview }
    }

    private let model: Model
    public var interview: Interview { model.interview }
    public var now: LocalDateTime
    public var settings: Settings
    public var options: RuleOptions

    public init(interview: consuming Interview, now: LocalDateTime, settings: Settings = Settings(),
                options: RuleOptions = [:]) {
        model = Model(interview)
        self.now = now
        self.settings = settings
        self.options = options
    }

    /// Whether the interview has started. What you collect at the interview (cards, contact
    /// details, the timeframe) is only asked for from then on, so a note written beforehand is clean.
    public var interviewHasBegun: Bool {
        if interview.cancelledBeforeItTookPlace { return false }
        guard let start = interview.start?.value else { return true }
        return now > start
    }

    /// This context as the linter gives it to `rule`: with that rule's options from `configuration`.
    public func configured(for rule: any Rule.Type, by configuration: Configuration) -> RuleContext {
        var context = self
        context.options = RuleOptions(configuration.resolved(rule).options)
        return context
    }

    /// The schedule the follow-up rules share.
    public var schedule: FollowUpSchedule { FollowUpSchedule(interview: interview, settings: settings) }

    public func name(of index: Int) -> String { interview.people[index].name.value }
}

/// A rule: a description and a pure function of the context.
public protocol Rule: Sendable {
    static var description: RuleDescription { get }
    static func check(_ context: RuleContext) -> [Finding]
}
