import Foundation
import Testing
import Yams
@testable import InterviewLint

/// The reader against what a careful person reads from each note of `../shared/field-notes`
/// (its `truth/NAME.yml`), fact by fact: the share read right is printed, and must not fall
/// below the floor the reader has reached.
@Suite("Field notes: the reader against the truth files")
struct FieldNoteTruthTests {
    /// The share reached when the floor was last raised; a change that reads less fails.
    static let floor = 0.97
    static let spuriousCeiling = 0.015

    struct Tally {
        var right = 0
        var total = 0
        var spuriousPeople = 0
        var spuriousContacts = 0
        /// Rounds read that the truth does not have (a note of one interview split in two).
        var spuriousRounds = 0
        var misses: [String] = []

        mutating func fact(_ ok: Bool, _ what: @autoclosure () -> String) {
            total += 1
            if ok { right += 1 } else { misses.append(what()) }
        }
    }

    static func fold(_ text: String) -> String {
        text.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil)
            .split { !$0.isLetter }.joined(separator: " ")
    }

    /// The model's person for a truth name: the same name, or a first name only one person has.
    static func person(_ name: String, in people: [Interviewer]) -> Int? {
        let wanted = fold(Interviewer(name: Located(name, SourceRange(line: 1, column: 1, length: 0)),
                                      range: SourceRange(line: 1, column: 1, length: 0)).nameWithoutTitle)
        if let exact = people.firstIndex(where: { fold($0.nameWithoutTitle) == wanted }) { return exact }
        let first = wanted.split(separator: " ").first.map(String.init) ?? wanted
        let matches = people.indices.filter { fold(people[$0].nameWithoutTitle).split(separator: " ").first.map(String.init) == first }
        return matches.count == 1 ? matches[0] : nil
    }

    static func digits(_ text: String?) -> String { (text ?? "").filter(\.isNumber) }

    /// Yams reads `yes` as true and a bare day as a `Date`: both are turned back into the text written.
    static func text(_ value: Any?) -> String {
        switch value {
        case let flag as Bool: return flag ? "yes" : "no"
        case let date as Date:
            var calendar = Calendar(identifier: .gregorian)
            calendar.timeZone = TimeZone(identifier: "UTC")!
            let parts = calendar.dateComponents([.year, .month, .day], from: date)
            return String(format: "%04d-%02d-%02d", parts.year!, parts.month!, parts.day!)
        case nil, is NSNull: return "null"
        case let other?: return "\(other)"
        }
    }

    static func day(_ value: Any?) -> (LocalDate?, Int?) {
        let text = text(value)
        guard text != "null", !text.isEmpty else { return (nil, nil) }
        guard case .success(let (moment, hasTime)) = DateReader.parseDateTime(text) else { return (nil, nil) }
        return (moment.date, hasTime ? moment.minuteOfDay : nil)
    }

    static func channel(_ text: String) -> LogEntry.Channel? {
        switch text {
        case "email": return .email
        case "call", "voicemail", "video": return .call
        case "text": return .text
        case "linkedin": return .linkedin
        case "letter": return .paper
        case "in-person": return .inPerson
        default: return nil
        }
    }

    static func compare(note: String, truth: [String: Any], note whole: Interview, into tally: inout Tally) {
        guard let rounds = truth["rounds"] as? [[String: Any]], !rounds.isEmpty else { return }
        // A note read as one interview is held to the round whose day it read, else the last one;
        // a note read as rounds, each round to the truth's round of its day.
        let models = whole.rounds.isEmpty ? [whole] : whole.rounds
        var chosen: [Int: Interview] = [:]
        for model in models {
            let modelDay = model.start?.value.date
            let index = rounds.firstIndex { day($0["start"]).0 == modelDay && modelDay != nil } ?? (models.count == 1 ? rounds.count - 1 : nil)
            if let index, chosen[index] == nil { chosen[index] = model }
        }
        tally.spuriousRounds += models.count - chosen.count
        for (index, round) in rounds.enumerated() {
            let facts = 6 + ((round["interviewers"] as? [Any])?.count ?? 0) * 4 + ((round["events"] as? [Any])?.count ?? 0)
            guard let model = chosen[index] else {
                tally.total += facts
                tally.misses.append("\(note): round \(index + 1) not read as its own interview")
                continue
            }
            let (startDay, startMinute) = day(round["start"])
            let readMinute = model.startHasTime ? model.start?.value.minuteOfDay : nil
            tally.fact(model.start?.value.date == startDay && (startMinute == nil || readMinute == startMinute),
                       "\(note): start \(String(describing: round["start"])) read \(model.start.map { "\($0.value)" } ?? "none")")
            let status = text(round["status"] ?? "waiting")
            let readStatus = model.currentStatus == .accepted ? "offer" : model.currentStatus.rawValue
            tally.fact(readStatus == status, "\(note): status \(status) read \(readStatus)")
            let timeframe = text(round["timeframe"] ?? "none")
            let readTimeframe: String
            switch model.timeframe?.decision {
            case .date(let date)?: readTimeframe = date.description
            case .vague?: readTimeframe = "vague"
            case .unrecognized?, nil: readTimeframe = "none"
            }
            tally.fact(readTimeframe == timeframe, "\(note): timeframe \(timeframe) read \(readTimeframe)")
            for (key, value) in [("resume_left", model.beforeLeaving.resume?.value), ("contact_info_left", model.beforeLeaving.contactInformation?.value)] {
                let want = text(round[key] ?? "unknown")
                let read = value.map { $0 ? "yes" : "no" } ?? "unknown"
                tally.fact(want == read, "\(note): \(key) \(want) read \(read)")
            }
            let company = "\(round["company"] ?? "")"
            tally.fact(model.company.map { fold($0.value).contains(fold(company)) || fold(company).contains(fold($0.value)) } ?? false,
                       "\(note): company \(company) read \(model.company?.value ?? "none")")
            var matchedPeople = Set<Int>()
            for case let person as [String: Any] in round["interviewers"] as? [Any] ?? [] {
                let name = "\(person["name"] ?? "")"
                guard let index = Self.person(name, in: model.people) else {
                    tally.total += 4
                    tally.misses.append("\(note): interviewer \(name) not read")
                    continue
                }
                matchedPeople.insert(index)
                let read = model.people[index]
                tally.fact(true, "")
                let card = text(person["card"] ?? "unknown")
                let readCard = read.card.map { $0.value ? "yes" : "no" } ?? "unknown"
                tally.fact(card == readCard, "\(note): card of \(name) \(card) read \(readCard)")
                let email = person["email"].flatMap { $0 is NSNull ? nil : "\($0)" }
                tally.fact(email?.lowercased() == read.email?.value.lowercased(), "\(note): email of \(name) \(email ?? "none") read \(read.email?.value ?? "none")")
                let phone = person["phone"].flatMap { $0 is NSNull ? nil : "\($0)" }
                tally.fact(digits(phone) == digits(read.phone?.value), "\(note): phone of \(name) \(phone ?? "none") read \(read.phone?.value ?? "none")")
            }
            tally.spuriousPeople += model.people.count - matchedPeople.count
            var matchedEntries = Set<Int>()
            for case let event as [String: Any] in round["events"] as? [Any] ?? [] {
                let (eventDay, _) = day(event["at"])
                let outgoing = text(event["direction"] ?? "out") == "out"
                let eventChannel = channel("\(event["channel"] ?? "")")
                let names = (event["people"] as? [Any] ?? []).map { "\($0)" }
                let thankYou = text(event["thank_you"] ?? "no") == "yes"
                let found = model.log.indices.first { index in
                    let entry = model.log[index]
                    guard !matchedEntries.contains(index), entry.date?.value.date == eventDay, entry.isOutgoing == outgoing,
                          entry.channel?.value == eventChannel, (entry.kind == .thankYou) == thankYou else { return false }
                    let written = entry.interviewers.map { model.people[$0].nameWithoutTitle }
                        + entry.people.map(\.written.value)
                    return names.isEmpty || names.contains { name in written.contains { fold($0) == fold(name) || fold(name).hasPrefix(fold($0)) } }
                }
                if let found { matchedEntries.insert(found) }
                tally.fact(found != nil, "\(note): contact \(text(event["at"])) \(outgoing ? "out" : "in") \(event["channel"] ?? "") \(names) not read")
            }
            tally.spuriousContacts += model.log.count - matchedEntries.count
            for index in model.log.indices where !matchedEntries.contains(index) {
                let entry = model.log[index]
                tally.misses.append("\(note): spurious contact line \(entry.range.start.line) [\(entry.date.map { "\($0.value)" } ?? "undated") \(entry.isOutgoing ? "out" : "in") \(entry.channel?.value.rawValue ?? "?") \(entry.kind.rawValue) \(entry.interviewers.map { model.people[$0].name.value })] \(entry.text.prefix(70))")
            }
        }
    }

    @Test("the reader reads the facts of every field note", .enabled(if: sharedFolder != nil, "../shared/field-notes is absent on this machine: the field notes were NOT checked"))
    func truthFiles() throws {
        let folder = try #require(sharedFolder).appendingPathComponent("field-notes")
        let truthFolder = folder.appendingPathComponent("truth")
        var tally = Tally()
        let files = try FileManager.default.contentsOfDirectory(atPath: truthFolder.path).filter { $0.hasSuffix(".yml") }.sorted()
        #expect(files.count >= 40)
        for file in files {
            let name = String(file.dropLast(4))
            let truthText = try String(contentsOf: truthFolder.appendingPathComponent(file), encoding: .utf8)
            let truth = try #require(try Yams.load(yaml: truthText) as? [String: Any])
            let notePath = folder.appendingPathComponent("notes/\(name).md").path
            let bytes = try Array(Data(contentsOf: URL(fileURLWithPath: notePath)))
            // The notes are of autumn 2026 and their rows run with --today in late November: a
            // note that writes no year is read as on such a day.
            var options = ReaderOptions()
            options.today = LocalDate(year: 2026, month: 11, day: 30)
            let model = NoteReader.read(SourceText(bytes: bytes), options: options, fileName: "\(name).md")
            Self.compare(note: name, truth: truth, note: model, into: &tally)
        }
        let share = Double(tally.right) / Double(max(tally.total, 1))
        let spurious = Double(tally.spuriousPeople + tally.spuriousContacts + tally.spuriousRounds) / Double(max(tally.total, 1))
        print("field-note truth: \(tally.right)/\(tally.total) facts read right (\(String(format: "%.1f", share * 100)) %); spurious: \(tally.spuriousPeople) people, \(tally.spuriousContacts) contacts, \(tally.spuriousRounds) rounds (\(String(format: "%.1f", spurious * 100)) % of the facts)")
        if let path = ProcessInfo.processInfo.environment["FIELD_NOTE_MISSES"] {
            try tally.misses.joined(separator: "\n").write(toFile: path, atomically: true, encoding: .utf8)
        }
        #expect(share >= Self.floor, "the reader reads fewer field-note facts than it did (set FIELD_NOTE_MISSES=FILE to list the misses)")
        #expect(spurious <= Self.spuriousCeiling, "more spurious people or contacts than before")
    }
}
