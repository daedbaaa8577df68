/// Whom and what to draft for one note: the thank-yous the agenda still lists (one per person,
/// each with their own recap), or the follow-up call the agenda gives a slot to, with an email
/// for when the call reaches voicemail. It asks the agenda rather than the rules again, so the
/// drafts and the agenda never disagree on who is owed what, or when to call.
public enum DraftPlanner {
    public static func drafts(for note: Interview, source: SourceText, path: String, now: LocalDateTime,
                              configuration: Configuration, kind: Draft.Kind? = nil, person: String? = nil) -> [Draft] {
        let rounds = note.rounds.isEmpty ? [note] : note.rounds
        let planned = rounds.map { round in
            (round, Agenda.actions(for: round, path: path, now: now, configuration: configuration))
        }
        let wanted = kind ?? (planned.contains { $0.1.contains { $0.kind == .thankYou } } ? .thankYou : .followUp)
        var drafts: [Draft] = []
        for (round, actions) in planned {
            let recaps = Recap.lines(for: round, source: source.lines, within: round.round?.lines)
            var used = Set<Int>()
            for action in actions {
                guard let name = action.person,
                      let index = round.people.indices.first(where: { !used.contains($0) && round.people[$0].name.value == name }) else { continue }
                used.insert(index)
                guard person.map({ matches($0, round.people[index]) }) ?? true else { continue }
                let writer = Writer(interview: round, person: round.people[index], recap: recaps[index] ?? [],
                                    me: configuration.me, path: path)
                switch (wanted, action.kind) {
                case (.thankYou, .thankYou):
                    drafts.append(writer.thankYou())
                case (.followUp, .call):
                    drafts.append(writer.callScript(action, window: configuration.settings.callWindow))
                    drafts.append(writer.voicemailEmail())
                default: break
                }
            }
        }
        return drafts
    }

    /// `--person`: the whole name, or a first or last name, without case or accents.
    static func matches(_ query: String, _ person: Interviewer) -> Bool {
        let wanted = FuzzyMatch.fold(MessageText.oneLine(query))
        let name = person.nameWithoutTitle
        return FuzzyMatch.fold(name) == wanted || FuzzyMatch.fold(person.name.value) == wanted
            || name.split(separator: " ").contains { FuzzyMatch.fold(String($0)) == wanted }
    }

    static let months = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
                         "October", "November", "December"]

    /// "Monday 16 November 2026".
    static func longDay(_ date: LocalDate) -> String {
        "\(date.weekdayName) \(date.day) \(months[date.month - 1]) \(date.year)"
    }

    /// ASCII letters and digits joined by hyphens, as `new` names notes.
    static func slug(_ text: String, limit: Int = 40) -> String {
        var slug = ""
        for scalar in FuzzyMatch.fold(text).unicodeScalars {
            if scalar.isASCII, scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) {
                slug.unicodeScalars.append(scalar)
            } else if !slug.isEmpty, !slug.hasSuffix("-") {
                slug += "-"
            }
        }
        slug = String(slug.prefix(limit))
        while slug.hasSuffix("-") { slug.removeLast() }
        return slug
    }

    /// The words of the drafts for one person.
    struct Writer {
        var interview: Interview
        var person: Interviewer
        var recap: [String]
        var me: Sender?
        var path: String

        var name: String { MessageText.oneLine(person.name.value) }
        var role: String? { interview.role.map { MessageText.oneLine($0.value) }.flatMap { $0.isEmpty ? nil : $0 } }
        var company: String? { interview.company.map { MessageText.oneLine($0.value) }.flatMap { $0.isEmpty ? nil : $0 } }
        var address: String? {
            guard let email = person.email?.value.trimmingWhitespace(), MessageText.isAddress(email) else { return nil }
            return email
        }
        var phone: String? { person.phone.map { MessageText.oneLine($0.value) }.flatMap { $0.isEmpty ? nil : $0 } }
        var day: String? { interview.start.map { DraftPlanner.longDay($0.value.date) } }
        /// "the Data Engineer role at Northwind Logistics".
        var position: String {
            let what = role.map { "the \($0) role" } ?? "the position"
            return company.map { "\(what) at \($0)" } ?? what
        }
        /// "Data Engineer interview at Northwind Logistics".
        var topic: String {
            [role.map { "\($0) interview" } ?? "interview", company.map { "at \($0)" }].compactMap { $0 }.joined(separator: " ")
        }

        func stem(_ suffix: String) -> String {
            let date = interview.start.map { "\($0.value.date)" } ?? "undated"
            let parts = [date, DraftPlanner.slug(company ?? ""), DraftPlanner.slug(person.nameWithoutTitle), suffix]
            return parts.filter { !$0.isEmpty }.joined(separator: "-")
        }

        /// A line in the body where the card has no usable address.
        var missingAddress: String? {
            guard address == nil else { return nil }
            if let email = person.email?.value, !email.isEmpty {
                return "[No email address for \(name): the card's '\(MessageText.oneLine(email, limit: 80))' is not one. Fill in To: before sending.]"
            }
            return "[No email address for \(name) on their card in the note: fill in To: before sending.]"
        }

        var signature: [String] {
            var lines = ["Best regards,"]
            if let own = me?.name { lines.append(own) } else {
                lines.append("[Your name: set me: {name, email, phone} in .interview-lint.yml]")
            }
            if let email = me?.email { lines.append(email) }
            if let phone = me?.phone { lines.append(phone) }
            return lines
        }

        func body(_ paragraphs: [[String]]) -> String {
            paragraphs.map { $0.flatMap { MessageText.wrap($0) }.joined(separator: "\n") }.joined(separator: "\n\n") + "\n"
        }

        func thankYou() -> Draft {
            var paragraphs: [[String]] = []
            if let missingAddress { paragraphs.append([missingAddress]) }
            paragraphs.append(["Dear \(name),"])
            let when = day.map { " on \($0)" } ?? ""
            paragraphs.append(["Thank you for taking the time to speak with me\(when) about \(position)."])
            if recap.isEmpty {
                paragraphs.append(["[Recap: the note holds nothing on what you discussed with \(name). Write a line or two about your conversation here before sending.]"])
            } else {
                paragraphs.append(["I enjoyed our conversation, in particular:"] + recap.map { "- \($0)" })
            }
            paragraphs.append(["I am still very interested in \(position), and I would be glad to answer any further questions."])
            paragraphs.append(signature)
            return Draft(kind: .thankYou, part: .email, note: path, person: name, to: address, phone: phone,
                         subject: "Thank you: \(topic)", body: body(paragraphs), from: me, stem: stem("thank-you"),
                         recapLines: recap.count)
        }

        /// What they said about their decision, for the script and the email.
        var timeframeLine: String? {
            guard let timeframe = interview.timeframe else { return nil }
            let text = MessageText.oneLine(timeframe.text, limit: 160)
            return text.isEmpty ? nil : text
        }

        func callScript(_ action: AgendaAction, window: ClockRange) -> Draft {
            var paragraphs: [[String]] = []
            let header = ["Follow-up call: \(name)\(company.map { ", \($0)" } ?? "")"]
            var facts = ["When: \(Wording.slot(action.start, window)), mid-morning: their urgent morning work is done and lunch is not yet near."]
            facts.append(phone.map { "Number: \($0) (from their card)." }
                ?? "Number: [no phone number for \(name) on their card in the note: find it before calling.]")
            paragraphs.append(header)
            paragraphs.append(facts)
            var say: [String] = ["What to say:"]
            let mine = me?.name ?? "[your name]"
            say.append("- Hello \(MessageText.oneLine(person.firstName)), this is \(mine). I interviewed for \(position)\(day.map { " on \($0)" } ?? "").")
            if let timeframeLine {
                say.append("- I am calling to follow up on the decision. Your note on their timeframe: \"\(timeframeLine)\"")
            } else {
                say.append("- I am calling to follow up, and to ask when you expect to decide.")
            }
            if let first = recap.first {
                say.append("- Something you talked about (from the note): \(first)")
            } else {
                say.append("- [Recap: the note holds nothing on what you discussed with \(name); add one line here.]")
            }
            say.append("- I am still very interested in the role. Is there anything else you need from me?")
            paragraphs.append(say)
            paragraphs.append(["If you reach voicemail: leave your name and number in one short message, call only this once, and send the follow-up email drafted with this script."])
            return Draft(kind: .followUp, part: .callScript, note: path, person: name, to: address, phone: phone,
                         subject: "Follow-up call: \(topic)", body: body(paragraphs), from: me,
                         slotStart: action.start, slotEnd: action.end, stem: stem("follow-up-call"), recapLines: recap.count)
        }

        func voicemailEmail() -> Draft {
            var paragraphs: [[String]] = []
            if let missingAddress { paragraphs.append([missingAddress]) }
            paragraphs.append(["Dear \(name),"])
            let first = "I tried to reach you by phone today to follow up on my interview\(day.map { " on \($0)" } ?? "") for \(position)."
            paragraphs.append([first])
            paragraphs.append(["I am still very interested in the role, and I would be glad to provide anything else you need."])
            paragraphs.append(signature)
            return Draft(kind: .followUp, part: .email, note: path, person: name, to: address, phone: phone,
                         subject: "Following up: \(topic)", body: body(paragraphs), from: me, stem: stem("follow-up"),
                         recapLines: recap.count)
        }
    }
}
