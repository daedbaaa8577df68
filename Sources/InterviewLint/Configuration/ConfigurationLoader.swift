import Foundation
import Yams

/// A configuration file that cannot be used: where, and what to write instead. `file`, `line`,
/// `column` and `message` are its first problem; `problems` lists all of them, so one run shows
/// every mistake of a file at once.
public struct ConfigurationError: Error, CustomStringConvertible, Sendable {
    public var file: String
    public var line: Int
    public var column: Int
    public var message: String
    /// The problems after the first, in the file's order.
    var further: [ConfigurationError] = []

    public init(file: String, line: Int, column: Int, message: String) {
        (self.file, self.line, self.column, self.message) = (file, line, column, message)
    }

    /// Several problems as one error; nil for none.
    init?(_ problems: [ConfigurationError]) {
        let all = problems.flatMap(\.problems)
        guard let first = all.first else { return nil }
        self = first
        further = Array(all.dropFirst())
    }

    /// Every problem, one line each: `file:line:column: message`.
    public var problems: [ConfigurationError] {
        var first = self
        first.further = []
        return [first] + further
    }

    /// The configuration files at fault (an `extends` chain can name more than one), in order.
    public var files: [String] {
        var files: [String] = []
        for problem in problems where !files.contains(problem.file) { files.append(problem.file) }
        return files
    }

    public var description: String {
        problems.map { "\($0.file):\($0.line):\($0.column): \($0.message)" }.joined(separator: "\n")
    }
}

/// Reads each entry of `mapping` with `body`, going on past a configuration error and throwing
/// them together at the end: a file's problems are all reported at once.
private func readEach(_ mapping: [(key: ConfigNode, value: ConfigNode)],
                      _ body: (_ key: ConfigNode, _ value: ConfigNode) throws -> Void) throws {
    var problems: [ConfigurationError] = []
    for (key, value) in mapping {
        do { try body(key, value) } catch let error as ConfigurationError { problems.append(error) }
    }
    if let failure = ConfigurationError(problems) { throw failure }
}

/// Reads `.interview-lint.yml` files and finds the one in force for a note.
public final class ConfigurationLoader: @unchecked Sendable {
    public static let fileNames = [".interview-lint.yml", ".interview-lint.yaml"]

    static let topKeys = ["extends", "rules", "tags", "business-hours", "call-window", "schedule", "headings", "keys",
                          "statuses", "exclude", "date-order", "me"]
    /// `date-order`'s values; `auto` is the default (no order set).
    static let dateOrders = DateOrder.allCases.map(\.rawValue) + ["auto"]
    static let scheduleKeys = ["after-decision-business-days", "without-timeframe-business-days"]

    /// What each number in a configuration may be: far beyond any real setting, and small enough
    /// that the dates worked out from it stay inside the calendar (docs/robustness.md).
    static let businessDaysRange = 0...1_000
    /// The largest configuration file read, in bytes.
    static let maximumFileSize = 1 << 20


    /// A configuration found, or the error that makes it unusable. (Not `Result`: making
    /// `Result<_, ConfigurationError>`'s type at run time checks `ConfigurationError: Error`, which
    /// scans every protocol conformance in the binary, a tenth of a one-note run.)
    private enum Found {
        case configuration(Configuration)
        case failure(ConfigurationError)

        init(_ load: () throws -> Configuration) throws {
            do { self = .configuration(try load()) } catch let error as ConfigurationError { self = .failure(error) }
        }

        func get() throws -> Configuration {
            switch self {
            case .configuration(let configuration): return configuration
            case .failure(let error): throw error
            }
        }
    }

    private var byDirectory: [String: Found?] = [:]
    private var byWrittenDirectory: [String: Found] = [:]
    private var read: [String] = []
    private let lock = NSLock()

    public init() {}

    /// Every configuration file this loader has opened (absolute paths): a report must never be
    /// written over one of them.
    public var filesRead: [String] {
        lock.lock()
        defer { lock.unlock() }
        return read
    }

    /// The configuration for a note: the nearest `.interview-lint.yml` above it, or the defaults.
    public func configuration(forNoteAt path: String) throws -> Configuration {
        // Notes of one folder share a configuration: the folder as written is looked up first, so
        // the path is made absolute (which resolves symbolic links) once per folder, not per note.
        let written = path.lastIndex(of: "/").map { $0 == path.startIndex ? "/" : String(path[..<$0]) } ?? "."
        lock.lock()
        let known = byWrittenDirectory[written]
        lock.unlock()
        if let known { return try known.get() }
        let directory = Self.parent(of: absolute(path))
        let result = try Found { try configuration(forDirectory: directory) }
        lock.lock()
        byWrittenDirectory[written] = result
        lock.unlock()
        return try result.get()
    }

    private func configuration(forDirectory directory: String) throws -> Configuration {
        lock.lock()
        let cached = byDirectory[directory]
        lock.unlock()
        if let cached { return try cached?.get() ?? Configuration() }
        var found: Found?
        if let file = Self.fileNames.map({ directory == "/" ? "/" + $0 : directory + "/" + $0 }).first(where: Self.exists) {
            found = try Found { try load(file) }
        } else if directory != "/" && !directory.isEmpty {
            found = try Found { try configuration(forDirectory: Self.parent(of: directory)) }
        }
        lock.lock()
        byDirectory[directory] = .some(found)
        lock.unlock()
        return try found?.get() ?? Configuration()
    }

    /// Loads one file and whatever it `extends`.
    public func load(_ path: String, chain: [String] = []) throws -> Configuration {
        let file = absolute(path)
        guard !chain.contains(file) else {
            throw ConfigurationError(file: path, line: 1, column: 1,
                                     message: "`extends` goes round in a circle: \((chain + [file]).joined(separator: " → "))")
        }
        lock.lock()
        read.append(file)
        lock.unlock()
        // Not blocking on a FIFO, and bounded: a configuration file is a page (`/dev/null` is
        // still an empty one).
        switch FileCollector.read(file, limit: Self.maximumFileSize, kind: "configuration file", devices: true) {
        case .failure(let error):
            throw ConfigurationError(file: path, line: 1, column: 1, message: "cannot read the configuration file (\(error.reason))")
        case .success(let bytes):
            return try parse(String(decoding: bytes, as: UTF8.self), path: path, file: file, chain: chain)
        }
    }

    /// Reads configuration text; `path` names it in errors, `file` is its absolute path (for
    /// `extends` and `exclude`).
    public func parse(_ text: String, path: String, file: String, chain: [String] = []) throws -> Configuration {
        try parse(text, path: path, file: file, chain: chain, simple: true)
    }

    /// `simple: false` always composes with Yams (the tests compare both readers).
    func parse(_ text: String, path: String, file: String, chain: [String] = [], simple: Bool) throws -> Configuration {
        let root = try (simple ? SimpleConfigYAML.read(text) : nil) ?? Self.compose(text, path: path)
        var configuration = Configuration()
        configuration.files = [file]
        configuration.baseDirectory = (file as NSString).deletingLastPathComponent
        guard let root else { return configuration }
        return try read(root, into: configuration, path: path, file: file, chain: chain)
    }

    /// The file's nodes as Yams composes them; nil for an empty file.
    static func compose(_ text: String, path: String) throws -> ConfigNode? {
        if let (line, column, what) = YAMLGuard.complexKey(in: text) {
            throw ConfigurationError(file: path, line: line, column: column,
                                     message: "\(what) is not supported here; keys are plain names (see Examples/.interview-lint.yml)")
        }
        if let (line, column) = YAMLGuard.alias(in: text) {
            throw ConfigurationError(file: path, line: line, column: column,
                                     message: "YAML aliases (`*name`) are not supported in configuration files: write the value out (quote a value that starts with `*`)")
        }
        let root: Node?
        do {
            root = try Yams.compose(yaml: text, .basic, .default, .utf8)
        } catch let error as YamlError {
            var line = 1, column = 1, problem = "\(error)"
            switch error {
            case .scanner(_, let p, let mark, _), .parser(_, let p, let mark, _), .composer(_, let p, let mark, _):
                (line, column, problem) = (mark.line, mark.column, p)
            default: break
            }
            throw ConfigurationError(file: path, line: line, column: column, message: "not valid YAML: \(problem)")
        } catch {
            throw ConfigurationError(file: path, line: 1, column: 1, message: "not valid YAML: \(error)")
        }
        return root.map(ConfigNode.init)
    }

    private func read(_ root: ConfigNode, into configuration: Configuration, path: String, file: String,
                      chain: [String]) throws -> Configuration {
        var configuration = configuration
        guard let mapping = root.mapping else { throw error(path, root, "the configuration must be a mapping of keys (see Examples/.interview-lint.yml)") }
        var keys = Set<String>()
        var base: Configuration?
        try readEach(mapping) { keyNode, value in
            guard let key = keyNode.string else { throw error(path, keyNode, "keys must be text") }
            switch key {
            case "extends":
                guard let target = value.string else { throw error(path, value, "`extends` takes the path of another configuration file") }
                let resolved = target.hasPrefix("/") ? target
                    : ((configuration.baseDirectory ?? ".") as NSString).appendingPathComponent(target)
                guard FileManager.default.fileExists(atPath: resolved) else {
                    throw error(path, value, "`extends` names '\(target)', which does not exist")
                }
                base = try load(resolved, chain: chain + [file])
            case "rules":
                configuration.rules = try readRules(value, path: path)
            case "tags":
                configuration.tags = try readTags(value, path: path)
            case "business-hours", "call-window":
                guard let text = value.string, let range = ClockRange.parse(text) else {
                    throw error(path, value, "`\(key)` takes a span of the day such as \"09:30-11:30\"")
                }
                if key == "business-hours" { configuration.settings.businessHours = range } else { configuration.settings.callWindow = range }
            case "schedule":
                guard let schedule = value.mapping else { throw error(path, value, "`schedule` takes a mapping: \(Self.scheduleKeys.joined(separator: ", "))") }
                try readEach(schedule) { nameNode, number in
                    let name = nameNode.string ?? ""
                    guard Self.scheduleKeys.contains(name) else { throw unknown(path, nameNode, name, Self.scheduleKeys, "schedule setting") }
                    guard let days = number.int, Self.businessDaysRange.contains(days) else {
                        throw error(path, number, "`schedule.\(name)` takes a whole number of business days from \(Self.businessDaysRange.lowerBound) to \(Self.businessDaysRange.upperBound)")
                    }
                    if name == "after-decision-business-days" {
                        configuration.settings.businessDaysAfterDecision = days
                    } else {
                        configuration.settings.businessDaysWithoutTimeframe = days
                    }
                    keys.insert("schedule.\(name)")
                }
            case "headings":
                let lists = try wordLists(value, path: path, names: Section.allCases.map(\.rawValue), key: "headings",
                                          kind: "section", meaning: "maps a section to extra heading texts")
                for section in Section.allCases { if let list = lists[section.rawValue] { configuration.headings[section, default: []] += list } }
            case "keys":
                configuration.keys = try wordLists(value, path: path, names: ConfiguredWords.fields.map(\.key), key: "keys",
                                                   kind: "field", meaning: "maps a field to more names for its key")
            case "statuses":
                configuration.statuses = try wordLists(value, path: path, names: Interview.Status.allCases.map(\.rawValue),
                                                       key: "statuses", kind: "status", meaning: "maps a status to more words for it")
            case "date-order":
                guard let text = value.string else { throw error(path, value, "`date-order` takes \(Self.dateOrders.joined(separator: ", "))") }
                if text == "auto" {
                    configuration.dateOrder = nil
                } else if let order = DateOrder(rawValue: text) {
                    configuration.dateOrder = order
                } else {
                    throw unknown(path, value, text, Self.dateOrders, "date order")
                }
            case "exclude":
                let list = value.sequence ?? [value]
                configuration.exclude = try list.map { item in
                    guard let text = item.string else { throw error(path, item, "`exclude` takes glob patterns such as \"templates/**\"") }
                    return text
                }
            case "me":
                configuration.me = try readSender(value, path: path)
            default:
                throw unknown(path, keyNode, key, Self.topKeys, "key")
            }
            keys.insert(key)
        }
        if let base { return base.overlaid(with: configuration, keys: keys) }
        return configuration
    }

    /// `me: {name, email, phone}`, the signature of `draft`: each a single line of text, the
    /// email an address, as they go into message headers.
    private func readSender(_ node: ConfigNode, path: String) throws -> Sender {
        guard let mapping = node.mapping else {
            throw error(path, node, "`me` takes a mapping: \(Sender.keys.joined(separator: ", "))")
        }
        var sender = Sender()
        try readEach(mapping) { nameNode, value in
            let name = nameNode.string ?? ""
            guard Sender.keys.contains(name) else { throw unknown(path, nameNode, name, Sender.keys, "`me` key") }
            guard let text = value.string, !text.trimmingWhitespace().isEmpty else {
                throw error(path, value, "`me.\(name)` takes a line of text")
            }
            if let problem = Sender.problem(name, text) { throw error(path, value, problem) }
            switch name {
            case "name": sender.name = text.trimmingWhitespace()
            case "email": sender.email = text.trimmingWhitespace()
            default: sender.phone = text.trimmingWhitespace()
            }
        }
        return sender
    }

    /// A mapping from names `find` knows (rules, tags) to settings: an unknown name is reported with
    /// the nearest of `known`, and every entry's problems are collected.
    private func readNamed<Key: Hashable, Named>(
        _ node: ConfigNode, path: String, notAMapping: String, kind: String, known: () -> [String],
        key: (_ named: Named, _ name: String) -> Key, find: (String) -> Named?,
        read: (_ named: Named, _ name: String, _ value: ConfigNode) throws -> Configuration.RuleSetting
    ) throws -> [Key: Configuration.RuleSetting] {
        guard let mapping = node.mapping else { throw error(path, node, notAMapping) }
        var result: [Key: Configuration.RuleSetting] = [:]
        try readEach(mapping) { nameNode, value in
            let name = nameNode.string ?? ""
            guard let named = find(name) else { throw unknown(path, nameNode, name, known(), kind) }
            result[key(named, name)] = try read(named, name, value)
        }
        return result
    }

    private func readRules(_ node: ConfigNode, path: String) throws -> [String: Configuration.RuleSetting] {
        try readNamed(node, path: path, notAMapping: "`rules` maps rule names to a severity, `off`, or options", kind: "rule",
                      known: { RuleRegistry.identifiers }, key: { $1 }, find: RuleRegistry.rule(named:)) { rule, name, value in
            if let mapping = value.mapping {
                var setting = Configuration.RuleSetting()
                let optionNames = rule.description.options.map(\.name)
                try readEach(mapping) { keyNode, optionValue in
                    let key = keyNode.string ?? ""
                    if key == "severity" {
                        setting = setting.merged(with: try readLevel(optionValue, path: path))
                        return
                    }
                    guard let option = rule.description.options.first(where: { $0.name == key }) else {
                        throw unknown(path, keyNode, key, ["severity"] + optionNames, "option of \(name)")
                    }
                    switch option.defaultValue {
                    case .integer:
                        let range = option.range ?? Int.min...Int.max
                        guard let number = optionValue.int, range.contains(number) else {
                            throw error(path, optionValue, "`\(name).\(key)` takes a whole number from \(range.lowerBound) to \(range.upperBound) (default \(option.defaultValue))")
                        }
                        setting.options[key] = .integer(number)
                    case .boolean:
                        guard let flag = optionValue.bool else {
                            throw error(path, optionValue, "`\(name).\(key)` takes true or false (default \(option.defaultValue))")
                        }
                        setting.options[key] = .boolean(flag)
                    }
                }
                return setting
            }
            return try readLevel(value, path: path)
        }
    }

    private func readTags(_ node: ConfigNode, path: String) throws -> [RuleTag: Configuration.RuleSetting] {
        try readNamed(node, path: path, notAMapping: "`tags` maps tags to a severity or `off`", kind: "tag",
                      known: { RuleTag.allCases.map(\.rawValue) }, key: { tag, _ in tag }, find: RuleTag.init(rawValue:)) { _, _, value in
            try readLevel(value, path: path)
        }
    }

    /// `off`, `info`, `warning`, `error` (YAML's `false`/`no` read as off too).
    private func readLevel(_ node: ConfigNode, path: String) throws -> Configuration.RuleSetting {
        let text = node.string?.lowercased() ?? ""
        if text == "off" || node.bool == false { return Configuration.RuleSetting(enabled: false) }
        if text == "on" || node.bool == true { return Configuration.RuleSetting(enabled: true) }
        guard let severity = Severity(rawValue: text) else {
            let choices = ["off", "info", "warning", "error"]
            throw unknown(path, node, node.string ?? "", choices, "severity")
        }
        return Configuration.RuleSetting(enabled: true, severity: severity)
    }

    private func error(_ path: String, _ node: ConfigNode, _ message: String) -> ConfigurationError {
        ConfigurationError(file: path, line: node.line, column: node.column, message: message)
    }

    /// A mapping of names (each one of `names`) to a text or a list of texts, as `headings`,
    /// `keys` and `statuses` are written.
    private func wordLists(_ value: ConfigNode, path: String, names: [String], key: String, kind: String,
                           meaning: String) throws -> [String: [String]] {
        guard let mapping = value.mapping else { throw error(path, value, "`\(key)` \(meaning)") }
        var lists: [String: [String]] = [:]
        try readEach(mapping) { nameNode, items in
            let name = nameNode.string ?? ""
            guard names.contains(name) else { throw unknown(path, nameNode, name, names, kind) }
            lists[name, default: []] += try (items.sequence ?? [items]).map { item in
                guard let text = item.string else { throw error(path, item, "the entries of `\(key)` are text") }
                return text
            }
        }
        return lists
    }

    private func unknown(_ path: String, _ node: ConfigNode, _ name: String, _ valid: [String], _ what: String) -> ConfigurationError {
        let hint = Suggestion.nearest(name, in: valid).map { "; did you mean '\($0)'?" }
            ?? "; expected one of: \(valid.joined(separator: ", "))"
        return error(path, node, "unknown \(what) '\(name)'\(hint)")
    }

    /// The folder holding `path`, an absolute path without a trailing slash (what `absolute`
    /// gives). Plain string work and `stat` below: the hook's run asks this of every folder up to
    /// the root, and Foundation's path and file calls cost more there than linting the note.
    static func parent(of path: String) -> String {
        guard let slash = path.utf8.lastIndex(of: UInt8(ascii: "/")) else { return "" }
        return slash == path.utf8.startIndex ? "/" : String(path[..<slash])
    }

    /// Whether anything is at `path` (a link is followed), as `FileManager.fileExists` says.
    static func exists(_ path: String) -> Bool {
        var info = stat()
        return stat(path, &info) == 0
    }

    /// The path made absolute, with symbolic links, `.` and `..` resolved. `realpath` does that for
    /// a path that exists in one system call a component; Foundation's `standardizingPath` (kept
    /// for paths that do not exist, and for `~`) costs several times more, which a one-note run
    /// notices.
    private func absolute(_ path: String) -> String {
        if !path.hasPrefix("~"), let resolved = realpath(path, nil) {
            defer { free(resolved) }
            return String(cString: resolved)
        }
        let full = path.hasPrefix("/") ? path : (FileManager.default.currentDirectoryPath as NSString).appendingPathComponent(path)
        return (full as NSString).standardizingPath
    }
}
