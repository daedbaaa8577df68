import Foundation

/// Hover, code actions and completion: answers computed from a note's text, its findings and the
/// model the reader makes of it. Nothing here decides what is a finding; the linter did.
struct NoteSnapshot {
    var uri: String
    var index: LineIndex
    var encoding: PositionEncoding
    /// The findings of this very text.
    var diagnostics: [Diagnostic]
    /// How the reader reads the text (made when a feature needs it).
    var interview: Interview

    // MARK: Hover

    func hover(at position: LSPPosition) -> Hover? {
        var parts: [String] = []
        var range: LSPRange?
        for diagnostic in diagnostics {
            let place = index.range(of: diagnostic.range, in: encoding)
            guard place.contains(position) else { continue }
            parts.append(Self.explain(diagnostic))
            range = range ?? place
        }
        if let (person, place) = person(at: position) {
            parts.append(card(person))
            range = range ?? place
        }
        guard !parts.isEmpty else { return nil }
        return Hover(contents: MarkupContent(kind: "markdown", value: parts.joined(separator: "\n\n---\n\n")), range: range)
    }

    /// A finding's rule: what it says here, then the rule's summary and rationale.
    static func explain(_ diagnostic: Diagnostic) -> String {
        var text = "**\(diagnostic.rule)** (\(diagnostic.severity.rawValue)): \(diagnostic.message)"
        if let rule = RuleRegistry.rule(named: diagnostic.rule) {
            let description = rule.description
            text += "\n\n\(description.summary)\n\n\(description.rationale)"
        }
        text += "\n\n[\(diagnostic.rule) in docs/rules.md](\(ProjectLinks.help(for: diagnostic.rule)))"
        return text
    }

    /// The interviewer whose name is written at `position`: in a log entry, or on their card.
    func person(at position: LSPPosition) -> (Interviewer, LSPRange)? {
        for entry in interview.log {
            for reference in entry.people {
                guard let person = reference.interviewer, person < interview.people.count else { continue }
                let place = index.range(of: reference.written.range, in: encoding)
                if place.contains(position) { return (interview.people[person], place) }
            }
        }
        for person in interview.people {
            let place = index.range(of: person.name.range, in: encoding)
            if place.contains(position) { return (person, place) }
        }
        return nil
    }

    /// A person's card as the note records it.
    func card(_ person: Interviewer) -> String {
        var lines = ["**\(person.name.value)**" + (person.title.map { " — \($0.value)" } ?? "")]
        if let email = person.email { lines.append("email: \(email.value)") }
        if let phone = person.phone { lines.append("phone: \(phone.value)") }
        switch person.card?.value {
        case true?: lines.append("business card: collected")
        case false?: lines.append("business card: not collected")
        case nil: lines.append("business card: the note does not say")
        }
        if person.isRecruiter { lines.append("a recruiter") }
        lines.append("(line \(person.name.range.start.line))")
        return lines.joined(separator: "  \n")
    }

    // MARK: Code actions

    func codeActions(in range: LSPRange, clientDiagnostics: [LSPDiagnostic]) -> [CodeAction] {
        var actions: [CodeAction] = []
        var fileWide = Set<String>()
        for diagnostic in diagnostics {
            let converted = ServerDiagnostics.convert(diagnostic, uri: uri, index: index, encoding: encoding)
            guard converted.range.overlaps(range) else { continue }
            // The client's own copy of the diagnostic ties the action to it in its list.
            let tied = [clientDiagnostics.first { $0.range == converted.range && $0.code == converted.code } ?? converted]
            if let replacement = diagnostic.replacement {
                // The linter sets a replacement only where there is one right text, so it is the preferred fix.
                let title = diagnostic.rule == NameSpelling.description.identifier ? "Write '\(replacement)', as on the card"
                    : "Rewrite as '\(replacement)'"
                actions.append(CodeAction(title: title, kind: "quickfix", diagnostics: tied,
                                          isPreferred: true,
                                          edit: WorkspaceEdit(changes: [uri: [TextEdit(range: converted.range, newText: replacement)]])))
            }
            if let edit = disableLine(diagnostic) {
                actions.append(CodeAction(title: "Disable \(diagnostic.rule) for this line", kind: "quickfix", diagnostics: tied,
                                          edit: WorkspaceEdit(changes: [uri: [edit]])))
            }
            if fileWide.insert(diagnostic.rule).inserted {
                actions.append(CodeAction(title: "Disable \(diagnostic.rule) for this file", kind: "quickfix", diagnostics: tied,
                                          edit: WorkspaceEdit(changes: [uri: [disableFile(diagnostic.rule)]])))
            }
        }
        return actions
    }

    /// `<!-- interview-lint-disable-next-line RULE -->` on a line of its own above the finding,
    /// indented as its line is. Not offered where a line of HTML would change what the note
    /// says: inside front matter, or between a table's rows.
    func disableLine(_ diagnostic: Diagnostic) -> TextEdit? {
        let line = diagnostic.range.start.line
        if let frontMatter = interview.frontMatter, frontMatter.lines.contains(line) { return nil }
        let text = index.line(line - 1)
        if text.drop(while: { $0 == " " || $0 == "\t" }).hasPrefix("|") { return nil }
        let indent = String(text.prefix { $0 == " " || $0 == "\t" })
        let start = LSPPosition(line: line - 1, character: 0)
        return TextEdit(range: LSPRange(start: start, end: start),
                        newText: "\(indent)<!-- interview-lint-disable-next-line \(diagnostic.rule) -->\n")
    }

    /// `<!-- interview-lint-disable-file RULE -->` after the front matter (or first).
    func disableFile(_ rule: String) -> TextEdit {
        let line = interview.frontMatter.map { $0.lines.upperBound } ?? 0
        let start: LSPPosition
        var newText = "<!-- interview-lint-disable-file \(rule) -->\n"
        if line >= index.lineCount {
            // Front matter that ends the text: the comment goes on a new last line.
            start = index.endPosition(in: encoding)
            newText = "\n" + newText
        } else {
            start = LSPPosition(line: line, character: 0)
        }
        return TextEdit(range: LSPRange(start: start, end: start), newText: newText)
    }

    // MARK: Completion

    func completion(at position: LSPPosition, headings extra: [Section: [String]]) -> CompletionList {
        let lineStart = LSPPosition(line: position.line, character: 0)
        let before = String(decoding: index.bytes[index.offset(of: lineStart, in: encoding)..<index.offset(of: position, in: encoding)],
                            as: UTF8.self)
        if let frontMatter = interview.frontMatter, frontMatter.lines.contains(position.line + 1) {
            return CompletionList(isIncomplete: false, items: [])
        }
        let trimmed = before.drop { $0 == " " }
        if trimmed.hasPrefix("#") {
            let typed = trimmed.drop { $0 == "#" }.drop { $0 == " " }
            var names: [String] = []
            for (_, aliases) in Section.builtInAliases { names += aliases }
            for section in Section.allCases { names += extra[section] ?? [] }
            var seen = Set<String>()
            let items = names.filter { seen.insert($0).inserted && $0.lowercased().hasPrefix(typed.lowercased()) }
                .map { CompletionItem(label: $0, kind: 1, detail: "a heading interview-lint reads") }
            return CompletionList(isIncomplete: false, items: items)
        }
        var items: [CompletionItem] = []
        var seen = Set<String>()
        for person in interview.people where seen.insert(person.name.value).inserted {
            let name = person.name.value
            let detail = ["as on the card", person.title?.value].compactMap { $0 }.joined(separator: ": ")
            var item = CompletionItem(label: name, kind: 6, detail: detail)
            // A name has spaces, and an editor's word is only its last part: the edit replaces
            // all of the name typed so far ("Jane D" becomes "Jane Doe", not "Jane Jane Doe").
            if let typed = Self.typedPrefix(of: name, before: before) {
                let start = LSPPosition(line: position.line,
                                        character: position.character - Self.units(typed, encoding))
                item.textEdit = TextEdit(range: LSPRange(start: start, end: position), newText: name)
                item.filterText = String(typed)
            }
            items.append(item)
        }
        return CompletionList(isIncomplete: false, items: items)
    }

    /// The longest end of `before`, starting a word, that begins `name` (case aside).
    static func typedPrefix(of name: String, before: String) -> Substring? {
        let lowered = name.lowercased()
        var index = before.startIndex
        while index < before.endIndex {
            let startsWord = index == before.startIndex || !before[before.index(before: index)].isLetter
            if startsWord, before[index].isLetter, lowered.hasPrefix(before[index...].lowercased()) {
                return before[index...]
            }
            index = before.index(after: index)
        }
        return nil
    }

    static func units(_ text: Substring, _ encoding: PositionEncoding) -> Int {
        switch encoding {
        case .utf8: return text.utf8.count
        case .utf16: return text.utf16.count
        case .utf32: return text.unicodeScalars.count
        }
    }
}
