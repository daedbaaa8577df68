import Foundation

/// What `.interview-lint.yml` can change: which rules run and how loudly, their options, the
/// shared schedule settings, extra heading aliases, and files to leave out.
public struct Configuration: Sendable {
    public struct RuleSetting: Sendable, Equatable {
        /// `false` for `off`.
        public var enabled: Bool?
        public var severity: Severity?
        public var options: [String: RuleOption.Value] = [:]

        public init(enabled: Bool? = nil, severity: Severity? = nil, options: [String: RuleOption.Value] = [:]) {
            self.enabled = enabled
            self.severity = severity
            self.options = options
        }

        /// Layers `other` on top of this setting.
        func merged(with other: RuleSetting) -> RuleSetting {
            var result = self
            if let enabled = other.enabled { result.enabled = enabled }
            if let severity = other.severity {
                result.severity = severity
                if other.enabled == nil { result.enabled = true }
            }
            result.options.merge(other.options) { $1 }
            return result
        }
    }

    // Any change drops the worked-out form (see `compiled`).
    public var rules: [String: RuleSetting] = [:] { didSet { cache = CompiledCache() } }
    public var tags: [RuleTag: RuleSetting] = [:] { didSet { cache = CompiledCache() } }
    public var settings = Settings()
    public var headings: [Section: [String]] = [:] { didSet { cache = CompiledCache() } }
    /// `keys`: more front-matter and key-line names for a field (`date: [Gesprächsdatum]`), by
    /// the field names of `ConfiguredWords.fields`.
    public var keys: [String: [String]] = [:] { didSet { cache = CompiledCache() } }
    /// `statuses`: more words for a status (`rejected: [abgesagt]`), by its name.
    public var statuses: [String: [String]] = [:] { didSet { cache = CompiledCache() } }
    /// `date-order`: how numeric dates such as 04/11/2026 are read; nil (`auto`) when not set.
    public var dateOrder: DateOrder? { didSet { cache = CompiledCache() } }
    /// Globs, relative to `baseDirectory`.
    public var exclude: [String] = []
    /// The folder the exclude globs are relative to (the config file's folder).
    public var baseDirectory: String?
    /// `me`: who signs the drafts `draft` writes; nil when not set.
    public var me: Sender?
    /// The files this configuration was read from, the base of `extends` first.
    public var files: [String] = []

    public init() {}

    private var cache = CompiledCache()

    /// The settings of every rule and the reader options, worked out once per configuration
    /// rather than once per note.
    public var compiled: Compiled { cache.get { Compiled(self) } }

    public struct Compiled: Sendable {
        public struct EnabledRule: Sendable {
            public var rule: any Rule.Type
            public var identifier: String
            public var severity: Severity
            public var options: RuleOptions
            /// Kept here: the description is a large value, copied whole each time it is read.
            public var reportsAbsence: Bool
        }

        public let readerOptions: ReaderOptions
        public let enabledRules: [EnabledRule]
        public let identifiers: [String]

        init(_ configuration: Configuration) {
            let maxDistance = NameSpelling.maxDistance.value(in: configuration, for: NameSpelling.self)
            var options = ReaderOptions(sections: SectionMatcher(extraAliases: configuration.headings), maxNameDistance: maxDistance,
                                        dateOrder: configuration.dateOrder)
            if !configuration.keys.isEmpty || !configuration.statuses.isEmpty {
                options.words = ConfiguredWords(keys: configuration.keys, statuses: configuration.statuses)
            }
            readerOptions = options
            enabledRules = RuleRegistry.all.compactMap { rule in
                let setting = configuration.resolved(rule)
                guard setting.enabled else { return nil }
                let description = rule.description
                return EnabledRule(rule: rule, identifier: description.identifier, severity: setting.severity,
                                   options: RuleOptions(setting.options), reportsAbsence: description.reportsAbsence)
            }
            identifiers = enabledRules.map(\.identifier)
        }
    }

    /// A rule's setting in force: its defaults, then its tags, then its own entry.
    public func resolved(_ rule: any Rule.Type) -> (enabled: Bool, severity: Severity, options: [String: RuleOption.Value]) {
        let description = rule.description
        var setting = RuleSetting(enabled: true, severity: description.defaultSeverity)
        for option in description.options { setting.options[option.name] = option.defaultValue }
        for tag in description.tags { if let tagSetting = tags[tag] { setting = setting.merged(with: tagSetting) } }
        if let own = rules[description.identifier] { setting = setting.merged(with: own) }
        return (setting.enabled ?? true, setting.severity ?? description.defaultSeverity, setting.options)
    }

    /// How notes are read under this configuration.
    public var readerOptions: ReaderOptions { compiled.readerOptions }

    /// Whether `path` (absolute, or relative to the working folder) is excluded.
    public func excludes(_ path: String) -> Bool {
        guard !exclude.isEmpty else { return false }
        var relative = path
        if let base = baseDirectory {
            let prefix = base.hasSuffix("/") ? base : base + "/"
            if path.hasPrefix(prefix) { relative = String(path.dropFirst(prefix.count)) }
        }
        if relative.hasPrefix("./") { relative.removeFirst(2) }
        return exclude.contains { Glob.matches($0, relative) }
    }

    /// This configuration with `other` layered on top (`other` extends this one).
    func overlaid(with other: Configuration, keys: Set<String>) -> Configuration {
        var result = self
        for (name, setting) in other.rules { result.rules[name] = (result.rules[name] ?? RuleSetting()).merged(with: setting) }
        for (tag, setting) in other.tags { result.tags[tag] = (result.tags[tag] ?? RuleSetting()).merged(with: setting) }
        if keys.contains("business-hours") { result.settings.businessHours = other.settings.businessHours }
        if keys.contains("call-window") { result.settings.callWindow = other.settings.callWindow }
        if keys.contains("schedule.after-decision-business-days") {
            result.settings.businessDaysAfterDecision = other.settings.businessDaysAfterDecision
        }
        if keys.contains("schedule.without-timeframe-business-days") {
            result.settings.businessDaysWithoutTimeframe = other.settings.businessDaysWithoutTimeframe
        }
        if keys.contains("date-order") { result.dateOrder = other.dateOrder }
        if keys.contains("me") { result.me = other.me }
        for (section, aliases) in other.headings { result.headings[section, default: []] += aliases }
        for (field, names) in other.keys { result.keys[field, default: []] += names }
        for (status, words) in other.statuses { result.statuses[status, default: []] += words }
        if !other.exclude.isEmpty {
            result.exclude = other.exclude
            result.baseDirectory = other.baseDirectory
        }
        result.files += other.files
        return result
    }
}

/// Holds a configuration's worked-out form; shared by copies, replaced on change.
final class CompiledCache: @unchecked Sendable {
    private let lock = NSLock()
    private var value: Configuration.Compiled?

    func get(_ make: () -> Configuration.Compiled) -> Configuration.Compiled {
        lock.lock()
        defer { lock.unlock() }
        if let value { return value }
        let made = make()
        value = made
        return made
    }
}

/// `*` matches within a folder, `**` across folders, `?` one character.
enum Glob {
    static func matches(_ pattern: String, _ path: String) -> Bool {
        let p = pattern.scalarArray
        let s = path.scalarArray
        // Memoised in an array of states (0 unknown, 1 no, 2 yes) for every pattern and path of
        // a usual length: a dictionary keyed by Int cost a scan of every protocol conformance in
        // the binary at each start. Only a pattern and path too long for one keep a dictionary.
        let size = (p.count + 1) * (s.count + 1)
        var table = [UInt8](repeating: 0, count: size <= 1 << 16 ? size : 0)
        var memo: [Int: Bool] = [:]
        func match(_ i: Int, _ j: Int) -> Bool {
            let key = i * (s.count + 1) + j
            if table.isEmpty {
                if let known = memo[key] { return known }
            } else if table[key] != 0 {
                return table[key] == 2
            }
            let result: Bool
            if i == p.count {
                result = j == s.count
            } else if p[i] == "*" {
                if i + 1 < p.count, p[i + 1] == "*" {
                    var next = i + 2
                    if next < p.count, p[next] == "/" { next += 1 }
                    result = (j...s.count).contains { match(next, $0) }
                } else {
                    var k = j
                    var found = match(i + 1, k)
                    while !found, k < s.count, s[k] != "/" {
                        k += 1
                        found = match(i + 1, k)
                    }
                    result = found
                }
            } else if j < s.count, p[i] == "?" ? s[j] != "/" : p[i] == s[j] {
                result = match(i + 1, j + 1)
            } else {
                result = false
            }
            if table.isEmpty { memo[key] = result } else { table[key] = result ? 2 : 1 }
            return result
        }
        return match(0, 0)
    }
}
