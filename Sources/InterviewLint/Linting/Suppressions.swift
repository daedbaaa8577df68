/// Applies `<!-- interview-lint-disable … -->` comments and the front matter `disable` list.
struct Suppressions {
    /// Rules off for the whole file ("*" for all).
    private var fileWide: Set<String> = []
    /// Per rule ("*" for all): line ranges where it is off.
    private var regions: [String: [ClosedRange<Int>]] = [:]

    init(_ interview: borrowing Interview) {
        for name in interview.frontMatter?.disabledRules ?? [] { fileWide.insert(name.value) }
        var openSince: [String: Int] = [:]
        let lastLine = max(interview.lineCount, 1)
        for directive in interview.directives.sorted(by: { $0.range.start < $1.range.start }) {
            let names = directive.rules.isEmpty ? ["*"] : directive.rules
            let line = directive.range.start.line
            switch directive.action {
            case .disableFile:
                fileWide.formUnion(names)
            case .disableNextLine:
                for name in names { regions[name, default: []].append(line...(line + 1)) }
            case .disable:
                for name in names where openSince[name] == nil { openSince[name] = line }
            case .enable:
                if directive.rules.isEmpty {
                    for (name, start) in openSince { regions[name, default: []].append(start...line) }
                    openSince.removeAll()
                } else {
                    for name in names {
                        if let start = openSince.removeValue(forKey: name) {
                            regions[name, default: []].append(start...line)
                        }
                    }
                }
            case .unknown:
                break
            }
        }
        for (name, start) in openSince { regions[name, default: []].append(start...max(start, lastLine)) }
    }

    func suppresses(_ rule: String, line: Int) -> Bool {
        // Most notes disable nothing: no look-up for each of their findings.
        if fileWide.isEmpty && regions.isEmpty { return false }
        // A disable comment never hides the finding about itself.
        if rule == UnknownRule.description.identifier { return fileWide.contains(rule) || inRegion(rule, line) }
        return fileWide.contains(rule) || fileWide.contains("*") || inRegion(rule, line) || inRegion("*", line)
    }

    private func inRegion(_ name: String, _ line: Int) -> Bool {
        regions[name]?.contains { $0.contains(line) } ?? false
    }
}
