import Foundation

/// `interview-lint draft`: reads the notes as `agenda` does (the same file collection,
/// configuration, time budget and reader options), plans the drafts, and renders or writes them.
public enum DraftRun {
    public enum Format: String, Sendable, CaseIterable {
        case eml, text, mailto, json
    }

    public struct Failure: Error, CustomStringConvertible {
        public var description: String
    }

    /// The drafts for every note under `paths`, in path order, and what could not be read.
    public static func plan(paths: [String], now: LocalDateTime, configuration choice: ConfigurationChoice,
                            kind: Draft.Kind?, person: String?, timeBudget: Double = 2,
                            noteSizeLimit: Int = FileCollector.defaultMaximumMegabytes << 20) -> (drafts: [Draft], errors: [String]) {
        var drafts: [(String, [Draft])] = []
        let errors = NoteRunner.process(paths: paths, configuration: choice, jobs: nil, timeBudget: timeBudget,
                                     noteSizeLimit: noteSizeLimit, transform: { path, source, configuration, _ in
            guard !configuration.excludes(path) else { return (path, [Draft]()) }
            var options = configuration.readerOptions
            options.today = now.date
            let interview = NoteReader.read(source, options: options, fileName: path)
            guard interview.isInterviewNote else { return (path, []) }
            return (path, DraftPlanner.drafts(for: interview, source: source, path: path, now: now,
                                              configuration: configuration, kind: kind, person: person))
        }, emit: { drafts.append($0) })
        return (drafts.sorted { $0.0 < $1.0 }.flatMap(\.1), errors)
    }

    /// The message as a mail program reads it, with CRLF line ends.
    public static func message(_ draft: Draft) -> String {
        var headers: [String] = []
        if let email = draft.from?.email {
            headers.append(MessageText.address("From", display: draft.from?.name ?? "", address: email))
        }
        headers.append(MessageText.address("To", display: draft.person, address: draft.to))
        headers.append(MessageText.unstructured("Subject", draft.subject))
        let body = MessageText.body(draft.body)
        headers += [
            "MIME-Version: 1.0",
            "Content-Type: text/plain; charset=utf-8",
            "Content-Transfer-Encoding: \(body.encoding)",
            // Outlook opens a message with this header as a draft to edit and send.
            "X-Unsent: 1",
        ]
        return headers.joined(separator: "\r\n") + "\r\n\r\n" + body.text
    }

    /// `mailto:address?subject=…&body=…` (RFC 6068); no address before the `?` when the card has none.
    public static func mailto(_ draft: Draft) -> String {
        let address = draft.to.map { MessageText.percentEncoded($0, keeping: [UInt8(ascii: "@")]) } ?? ""
        let body = draft.body.replacingOccurrences(of: "\n", with: "\r\n")
        return "mailto:\(address)?subject=\(MessageText.percentEncoded(draft.subject))&body=\(MessageText.percentEncoded(body))"
    }

    /// For reading on a terminal: each draft with a line naming it.
    public static func text(_ drafts: [Draft]) -> String {
        drafts.map { draft in
            // The note's path is the one thing here not made one clean line already.
            var out = "=== \(draft.part == .email ? "email" : "call script") for \(draft.person) (\(TerminalText.escaped(draft.note)))\n"
            if draft.part == .email {
                out += "To:\(draft.to.map { " \(draft.person) <\($0)>" } ?? "")\nSubject: \(MessageText.oneLine(draft.subject))\n\n"
            }
            return out + draft.body
        }.joined(separator: "\n")
    }

    public static func json(_ drafts: [Draft]) -> String {
        func optional(_ value: String?) -> JSONValue { value.map { .string($0) } ?? .null }
        return JSONValue.array(drafts.map { draft in
            .object([
                ("kind", .string(draft.kind.rawValue)),
                ("part", .string(draft.part.rawValue)),
                ("note", .string(draft.note)),
                // The name `--format eml` gives it in --dir (with -2, -3… when taken).
                ("file", .string("\(draft.stem).\(draft.fileExtension)")),
                ("person", .string(draft.person)),
                ("to", optional(draft.to)),
                ("phone", optional(draft.phone)),
                ("subject", .string(draft.subject)),
                ("body", .string(draft.body)),
                ("slotStart", optional(draft.slotStart?.iso)),
                ("slotEnd", optional(draft.slotEnd?.iso)),
                ("recapLines", .int(draft.recapLines)),
                ("mailto", draft.part == .email ? .string(mailto(draft)) : .null),
            ])
        }).rendered()
    }

    /// What goes in the draft's file.
    public static func fileContents(_ draft: Draft) -> String {
        draft.part == .email ? message(draft) : draft.body
    }

    /// Writes each draft into `directory` (made if missing) and returns the paths. Never overwrites: a name that
    /// is taken gets `-2`, `-3`…; each file is written to a temporary name first and linked into
    /// place, so the check and the creation are one step. Writes nothing outside `directory`.
    /// `written` hears of each file as it is made, so a failure halfway still names the ones before it.
    @discardableResult
    public static func write(_ drafts: [Draft], directory: String, written: (String) -> Void = { _ in }) throws -> [String] {
        guard !drafts.isEmpty else { return [] }
        // As `new` does: the folder is made with its parents; a file of that name is refused.
        do { try FreshFile.prepareFolder(directory) } catch let failure as FreshFile.Failure { throw Failure(description: failure.description) }
        var paths: [String] = []
        for draft in drafts {
            paths.append(try write(Data(fileContents(draft).utf8), stem: draft.stem, extension: draft.fileExtension, directory: directory))
            written(paths[paths.count - 1])
        }
        return paths
    }

    static func write(_ data: Data, stem: String, extension suffix: String, directory: String) throws -> String {
        let names = (1...1_000).map { $0 == 1 ? "\(stem).\(suffix)" : "\(stem)-\($0).\(suffix)" }
        do {
            if let path = try FreshFile.write(data, in: directory, temporaryPrefix: "interview-lint-draft", names: names) { return path }
        } catch let failure as FreshFile.Failure {
            throw Failure(description: failure.description)
        }
        throw Failure(description: "\(directory): a thousand drafts named \(stem) already; move some away")
    }
}
