/// The configuration files a run could not use, each named once however many notes they govern,
/// so that a summary can blame the configuration rather than the notes.
public struct ConfigurationFaults: Sendable, Equatable {
    /// The files, in the order their problems were first met.
    public var files: [String] = []
    /// How many problems those files have (each reported once a run).
    public var problems = 0
    /// How many notes were left unchecked because of them.
    public var uncheckedNotes = 0

    public init() {}

    public var isEmpty: Bool { files.isEmpty }

    /// Counts `error`: `firstTime` when its problems are reported now, `note` when a note (not the
    /// `--config` file itself) went unchecked.
    mutating func add(_ error: ConfigurationError, firstTime: Bool, note: Bool) {
        if note { uncheckedNotes += 1 }
        guard firstTime else { return }
        problems += error.problems.count
        for file in error.files where !files.contains(file) { files.append(file) }
    }

    /// "2 notes not checked: the configuration file x.yml has 3 problems (above)", or "nothing
    /// checked: …" when no note was reached; nil without a fault.
    public var summary: String? {
        guard !files.isEmpty else { return nil }
        let escaped = files.map { TerminalText.escaped($0) }
        let named = (escaped.count == 1 ? "the configuration file " : "the configuration files ") + Wording.list(escaped)
        let verb = escaped.count == 1 ? "has" : "have"
        let unchecked = uncheckedNotes == 0 ? "nothing checked" : "\(Wording.plural(uncheckedNotes, "note")) not checked"
        return "\(unchecked): \(named) \(verb) \(Wording.plural(problems, "problem")) (above)"
    }
}
