import Foundation

/// `interview-lint new`: a note for an interview, with every section of the format ready to fill.
public enum NewNote {
    public struct Request: Sendable {
        public var company: String
        public var role: String
        public var start: LocalDateTime
        public var hasTime: Bool
        public var interviewers: [String]

        public init(company: String, role: String, start: LocalDateTime, hasTime: Bool, interviewers: [String]) {
            self.company = company
            self.role = role
            self.start = start
            self.hasTime = hasTime
            self.interviewers = interviewers
        }
    }

    public struct Failure: Error, CustomStringConvertible {
        public var description: String
    }

    /// The built-in template. `{{company}}`, `{{role}}`, `{{date}}` and `{{interviewers}}` are
    /// replaced; a `--template` file may use the same placeholders.
    public static let defaultTemplate = """
        ---
        company: {{company}}
        role: {{role}}
        date: {{date}}
        status: waiting
        ---

        # {{title}}

        ## Interviewers

        <!-- One person per line, from their business card. Tick the box once you have the card:
        - [x] Jane Doe — Engineering Manager — jane.doe@example.com — +1 555 0100 -->
        {{interviewers}}

        ## Before leaving

        - [ ] They have my resume
        - [ ] They have my contact information

        ## Timeframe

        <!-- When will they decide? For example: "by December 4th", "within two weeks". -->

        ## Follow-up

        <!-- One line per contact, for example:
        - 2026-11-16 17:30 — Email thank-you to Jane Doe. Recap: what you talked about. Reiterated interest.
        - 2026-11-23 10:15 — Called Jane Doe; left a voicemail. -->

        """

    public static func render(_ request: Request, template: String = defaultTemplate) -> String {
        let date = request.hasTime ? request.start.description : request.start.date.description
        let people = request.interviewers.map { "- [ ] \(oneLine($0))" }.joined(separator: "\n")
        let title = [request.company, request.role].map(oneLine).filter { !$0.isEmpty }.joined(separator: " — ")
        let values: [String: String] = [
            "company": yamlString(request.company), "role": yamlString(request.role), "date": date,
            "title": title, "interviewers": people,
        ]
        // One pass over the template: a value is never searched for placeholders itself (a company
        // called "{{title}}" stays that text), and an unknown `{{name}}` stays as written.
        var out = ""
        var rest = template[...]
        while let open = rest.range(of: "{{") {
            out += rest[..<open.lowerBound]
            let after = rest[open.upperBound...]
            if let close = after.range(of: "}}"), let value = values[String(after[..<close.lowerBound])] {
                out += value
                rest = after[close.upperBound...]
            } else {
                out += "{{"
                rest = after
            }
        }
        return out + rest
    }

    /// The largest `--template` file read, in bytes: a template is a page or two.
    public static let maximumTemplateSize = 1 << 20

    /// `2026-11-26-acme-robotics-ios-engineer.md`: ASCII letters and digits, no separators, no
    /// leading dot, whatever the company and role were.
    public static func fileName(_ request: Request) -> String {
        var slug = ""
        for scalar in FuzzyMatch.fold("\(request.company) \(request.role)").unicodeScalars {
            if scalar.isASCII, scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) {
                slug.unicodeScalars.append(scalar)
            } else if !slug.hasSuffix("-") {
                slug += "-"
            }
        }
        slug = String(slug.trimmingCharacters(in: CharacterSet(charactersIn: "-")).prefix(80))
        while slug.hasSuffix("-") { slug.removeLast() }
        return "\(request.start.date)-\(slug.isEmpty ? "interview" : slug).md"
    }

    /// Writes the note into `directory`, creating the folder (and its parents) when missing, as
    /// `git init DIR` does, and returns its path. Never overwrites: an existing file of that name
    /// is an error. The note goes to a temporary file first and is linked into place.
    public static func write(_ request: Request, template: String = defaultTemplate, directory: String) throws -> String {
        do { try FreshFile.prepareFolder(directory) } catch let failure as FreshFile.Failure { throw Failure(description: failure.description) }
        let path = (directory as NSString).appendingPathComponent(fileName(request))
        let data = Data(render(request, template: template).utf8)
        let written: String?
        do {
            written = try FreshFile.write(data, in: directory, temporaryPrefix: "interview-lint-new", names: [fileName(request)])
        } catch let failure as FreshFile.Failure {
            throw Failure(description: failure.description)
        }
        guard written != nil else { throw Failure(description: "\(path) already exists; it was not overwritten") }
        return path
    }

    private static func oneLine(_ text: String) -> String {
        text.split(whereSeparator: \.isNewline).joined(separator: " ").trimmingWhitespace()
    }

    /// A double-quoted YAML scalar.
    private static func yamlString(_ text: String) -> String {
        var out = "\""
        for character in oneLine(text) {
            switch character {
            case "\\": out += "\\\\"
            case "\"": out += "\\\""
            default: out.append(character)
            }
        }
        return out + "\""
    }
}
