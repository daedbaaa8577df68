/// The `<!-- interview-lint-disable … -->` comments of a note: where they are and what they say.
extension Directive {
    static let prefix = "interview-lint-"

    /// `<!-- interview-lint-disable … -->` comments in a top-level block's HTML blocks and inline HTML.
    static func all(in index: Int, of document: MarkdownDocument, source: SourceText) -> [Directive] {
        var directives: [Directive] = []
        for block in [index] + document.descendants(of: index) {
            let node = document.blocks[block]
            guard let range = node.range else { continue }
            if node.kind == .htmlBlock {
                directives += Directive.parse(document.text(of: block), firstLine: range.start.line, source: source)
            }
            for html in document.inlineHTML(of: block) {
                // Find the line the comment is on within the paragraph.
                let line = (range.start.line...max(range.start.line, range.end.line)).first {
                    source.line($0).byteRange(of: html.split(separator: "\n").first.map(String.init) ?? html) != nil
                } ?? range.start.line
                directives += Directive.parse(html, firstLine: line, source: source)
            }
        }
        return directives
    }

    /// Every `<!-- interview-lint-ACTION rule … -->` in `html`, whose first line is `firstLine`.
    static func parse(_ html: String, firstLine: Int, source: SourceText) -> [Directive] {
        guard html.byteRange(of: prefix) != nil else { return [] }
        var result: [Directive] = []
        var rest = html[...]
        while let open = rest.byteRange(of: "<!--") {
            let after = rest[open.upperBound...]
            guard let close = after.byteRange(of: "-->") else { break }
            let body = after[..<close.lowerBound].trimmingWhitespace()
            let line = firstLine + html[..<open.lowerBound].filter { $0 == "\n" }.count
            rest = after[close.upperBound...]
            guard body.hasPrefix(prefix) else { continue }
            let words = body.split(whereSeparator: { $0 == " " || $0 == "," || $0 == "\n" || $0 == "\t" }).map(String.init)
            let actionName = String(words[0].dropFirst(prefix.count))
            let text = source.line(line)
            let column = (text.byteRange(of: "<!--").map { text[..<$0.lowerBound].scalarCount } ?? 0) + 1
            let range = SourceRange(line: line, column: column, length: min(body.scalarCount + 7, 200))
            if let action = Action(rawValue: actionName) {
                result.append(Directive(action: action, rules: Array(words.dropFirst()), range: range))
            } else {
                // Reported by the linter as an unknown directive.
                result.append(Directive(action: .unknown(actionName), rules: Array(words.dropFirst()), range: range))
            }
        }
        return result
    }
}
