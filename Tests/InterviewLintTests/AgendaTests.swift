import Foundation
import Testing
@testable import InterviewLint

@Suite("Agenda")
struct AgendaTests {
    /// The findings that say "do this now", the agenda actions that must match them, and the groups
    /// such an action is in once its finding is reported (before, it is upcoming).
    static let mirrored: [(rule: String, kind: AgendaAction.Kind, due: Set<AgendaAction.Group>)] = [
        ("thank-you-sent", .thankYou, [.overdue]),
        ("follow-up-due", .call, [.overdue, .today]),
        ("too-many-contacts", .stop, [.today]),
    ]

    func agenda(_ note: String, today: String, configuration: Configuration = Configuration()) -> [AgendaAction] {
        let interview = NoteReader.read(SourceText(note), options: configuration.readerOptions)
        return Agenda.actions(for: interview, path: "note.md", now: moment(today), configuration: configuration)
    }

    /// The agenda and the findings never disagree: an action is due now exactly when its rule reports it.
    func expectAgreement(_ note: String, today: String, configuration: Configuration = Configuration(),
                         _ comment: Comment? = nil) {
        let findings = lint(note, today: today, configuration: configuration)
        let actions = agenda(note, today: today, configuration: configuration)
        let interview = NoteReader.read(SourceText(note), options: configuration.readerOptions)
        // Pushiness is an action only while it stands: the interview open and no answer since.
        let context = RuleContext(interview: interview, now: moment(today)).configured(for: TooManyContacts.self, by: configuration)
        let standing = interview.currentStatus == .waiting ? TooManyContacts.openRun(context) : nil
        let openRun = Set(standing?.contacts.map { interview.dateRange(of: $0).start.line } ?? [])
        for (rule, kind, dueGroups) in Self.mirrored {
            var reported = Set(findings.filter { $0.rule == rule }.map(\.range.start.line))
            if kind == .stop { reported = reported.intersection(openRun).min().map { [$0] } ?? [] }
            let due = actions.filter { $0.kind == kind && dueGroups.contains($0.group) }
            #expect(Set(due.map(\.range.start.line)) == reported, "\(rule); \(comment?.rawValue ?? "")")
            #expect(due.count == reported.count)
            #expect(due.allSatisfy { $0.rule == rule })
        }
    }

    @Test("on Examples/ the agenda lists exactly what the findings imply", arguments: ExamplesTests.notes)
    func examplesAgree(_ name: String) throws {
        let text = try String(contentsOf: ExamplesTests.folder.appendingPathComponent(name), encoding: .utf8)
        for today in ["2026-11-16T12:00", "2026-11-17T12:00", "2026-11-20", "2026-11-26", "2026-12-08"] {
            expectAgreement(text, today: today, "\(name) as of \(today)")
        }
    }

    @Test("on every rule example the agenda agrees with the findings", arguments: ["thank-you-sent", "follow-up-due", "too-many-contacts"])
    func ruleExamplesAgree(_ name: String) {
        let rule = RuleRegistry.rule(named: name)!
        for example in rule.description.triggering + rule.description.nonTriggering {
            var configuration = Configuration()
            if !example.options.isEmpty { configuration.rules[name] = .init(options: example.configuration) }
            expectAgreement(MarkedNote(example.note).text, today: example.today, configuration: configuration,
                            "example at line \(example.line)")
        }
    }

    /// The agenda's thank-you deadline, call slot and stop are the facts thank-you-sent,
    /// follow-up-due and too-many-contacts expose, and the findings name the same dates.
    /// Returns the kinds of action it saw.
    func expectRuleFacts(_ note: String, today: String, configuration: Configuration, _ comment: String) throws -> Set<AgendaAction.Kind> {
        var seen: Set<AgendaAction.Kind> = []
        let now = moment(today)
        let interview = NoteReader.read(SourceText(note), options: configuration.readerOptions)
        let findings = lint(note, today: today, configuration: configuration)
        for round in interview.rounds.isEmpty ? [interview] : interview.rounds {
            let actions = Agenda.actions(for: round, path: "note.md", now: now, configuration: configuration)
            seen.formUnion(actions.map(\.kind))
            let context = RuleContext(interview: round, now: now, settings: configuration.settings)

            let thanks = actions.filter { $0.kind == .thankYou }
            let due = ThankYouSent.due(context.configured(for: ThankYouSent.self, by: configuration))
            #expect(due != nil || thanks.isEmpty, "\(comment)")
            for action in thanks {
                #expect(action.start == due, "\(comment)")
                guard let due, now >= due else { continue }
                let finding = findings.first { $0.rule == "thank-you-sent" && $0.range == action.range }
                #expect(finding.map { $0.message.contains("due by \(due)") || $0.message.hasPrefix("could not tell") } == true,
                        "\(comment)")
            }

            let call = FollowUpDue.call(context.configured(for: FollowUpDue.self, by: configuration))
            if let action = actions.first(where: { $0.kind == .call }) {
                let call = try #require(call, "\(comment)")
                #expect(action.start == call.slot && action.end == call.slotEnd && action.range == call.range, "\(comment)")
                #expect(action.person == round.people[call.person].name.value, "\(comment)")
                if now.date >= call.due {
                    let finding = findings.first { $0.rule == "follow-up-due" && $0.range == call.range }
                    #expect(finding?.message.contains("\(Wording.slot(call.slot, configuration.settings.callWindow)); the follow-up was due from \(Wording.day(call.due))") == true,
                            "\(comment)")
                }
            }

            if let stop = actions.first(where: { $0.kind == .stop }) {
                let run = try #require(TooManyContacts.openRun(context.configured(for: TooManyContacts.self, by: configuration)), "\(comment)")
                #expect(stop.range == round.dateRange(of: run.firstTooMany), "\(comment)")
                #expect(stop.summary.hasPrefix("stop: \(run.contacts.count) contacts since \(run.contacts[0].at.date)"), "\(comment)")
                #expect(findings.contains { $0.rule == "too-many-contacts" && $0.range == stop.range }, "\(comment)")
            }
        }
        return seen
    }

    /// The notes the facts are checked on: Examples/, and the field notes where this machine has them.
    static var factNotes: [URL] {
        var notes = ExamplesTests.notes.map { ExamplesTests.folder.appendingPathComponent($0) }
        if let folder = sharedFolder?.appendingPathComponent("field-notes/notes"),
           let names = try? FileManager.default.contentsOfDirectory(atPath: folder.path) {
            notes += names.filter { $0.hasSuffix(".md") }.sorted().map { folder.appendingPathComponent($0) }
        }
        return notes
    }

    @Test("the agenda's due dates are the ones the rules decide on, with default and changed options")
    func ruleFacts() throws {
        var changed = Configuration()
        changed.rules["thank-you-sent"] = .init(options: ["due-hours": .integer(30)])
        changed.rules["too-many-contacts"] = .init(options: ["max-unanswered": .integer(1)])
        changed.settings.callWindow = ClockRange(start: 600, end: 660)
        changed.settings.businessDaysWithoutTimeframe = 3
        let notes = Self.factNotes
        #expect(notes.count >= ExamplesTests.notes.count)
        var seen: Set<AgendaAction.Kind> = []
        for url in notes {
            let text = try String(contentsOf: url, encoding: .utf8)
            for today in ["2026-11-10", "2026-11-17T12:00", "2026-11-18", "2026-11-26", "2026-12-01", "2026-12-15"] {
                for (name, configuration) in [("defaults", Configuration()), ("changed options", changed)] {
                    seen.formUnion(try expectRuleFacts(text, today: today, configuration: configuration,
                                                       "\(url.lastPathComponent) as of \(today), \(name)"))
                }
            }
        }
        #expect(seen.isSuperset(of: [.thankYou, .call, .stop]), "the notes exercise every mirrored action")
    }

    @Test("configuration and suppression change the agenda as they change the findings")
    func configurationAgrees() throws {
        let note = """
            ---
            date: 2026-11-16 10:00
            ---
            ## Interviewers
            - [x] Jane Doe — jane@acme.example — +1 555 0100
            <!-- interview-lint-disable-next-line thank-you-sent -->
            - [x] Bob Smith — bob@acme.example — +1 555 0101
            """
        var configuration = Configuration()
        configuration.rules["thank-you-sent"] = .init(options: ["due-hours": .integer(48)])
        configuration.settings.callWindow = ClockRange(start: 600, end: 660)
        for today in ["2026-11-17T12:00", "2026-11-18T12:00", "2026-11-24T12:00"] {
            expectAgreement(note, today: today, configuration: configuration, "as of \(today)")
        }
        let actions = agenda(note, today: "2026-11-24T12:00", configuration: configuration)
        #expect(actions.filter { $0.kind == .thankYou }.map(\.person) == ["Jane Doe"])
        let call = try #require(actions.first { $0.kind == .call })
        #expect(call.start.description == "2026-11-25 10:00")
        #expect(call.end?.description == "2026-11-25 11:00")
    }

    @Test("actions carry whom to contact, how, and when; groups follow the calendar")
    func content() throws {
        let note = """
            ---
            company: Acme Robotics
            date: 2026-11-16 10:00
            ---
            ## Interviewers
            - [x] Jane Doe — jane@acme.example — +1 555 0100
            ## Timeframe
            By December 4th.
            """
        let early = agenda(note, today: "2026-11-16T12:00")
        let thanks = try #require(early.first { $0.kind == .thankYou })
        #expect(thanks.group == .today || thanks.group == .thisWeek)
        #expect(thanks.start.description == "2026-11-17 10:00")
        #expect(thanks.email == "jane@acme.example")
        #expect(thanks.summary.contains("send Jane Doe (jane@acme.example) a thank-you email"))
        let call = try #require(early.first { $0.kind == .call })
        #expect(call.group == .later)
        #expect(call.start.description == "2026-12-07 09:30", "the business day after Friday December 4")
        #expect(call.phone == "+1 555 0100")
        #expect(early.first { $0.kind == .decision }?.start.date.description == "2026-12-04")

        let late = agenda(note, today: "2026-12-07T12:00")
        #expect(late.first { $0.kind == .thankYou }?.group == .overdue)
        let lateCall = try #require(late.first { $0.kind == .call })
        #expect(lateCall.group == .today)
        #expect(lateCall.start.description == "2026-12-08 09:30", "today's window is over: the next one")
    }

    @Test("closed interviews are left out unless asked for")
    func closed() {
        let note = "---\ndate: 2026-11-16 10:00\nstatus: rejected\n---\n## Interviewers\n- [x] Jane Doe\n"
        #expect(agenda(note, today: "2026-11-26").isEmpty)
        let interview = read(note)
        let all = Agenda.actions(for: interview, path: "n.md", now: moment("2026-11-26"), configuration: Configuration(), includeClosed: true)
        #expect(all.map(\.kind) == [.closed])
    }

    @Test("a stop is listed while the unanswered contacts stand")
    func stop() {
        let note = TooManyContacts.description.triggering[0].note.replacingOccurrences(of: "↓", with: "")
        let actions = agenda(note, today: "2026-12-08")
        #expect(actions.contains { $0.kind == .stop && $0.group == .today && $0.summary.hasPrefix("stop: 3 contacts") })
        let answered = note + "\n- 2026-12-08 09:00 — Email from Jane Doe: still deciding."
        #expect(!agenda(answered, today: "2026-12-08T12:00").contains { $0.kind == .stop })
    }

    @Test("the calendar: escaped text, folded lines, stable UIDs, alarms")
    func calendar() throws {
        #expect(AgendaReporter.escape("a,b;c\\d\ne") == "a\\,b\\;c\\\\d\\ne")
        let long = "DESCRIPTION:" + String(repeating: "é", count: 60)
        let folded = AgendaReporter.fold(long)
        for line in folded.components(separatedBy: "\r\n") {
            #expect(line.utf8.count <= 75)
            #expect(String(validatingUTF8: Array(line.utf8CString)) != nil)
        }
        #expect(folded.replacingOccurrences(of: "\r\n ", with: "") == long)

        let result = try runTool(["agenda", "Examples", "--today", "2026-11-26", "--format", "ics"])
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"))
        #expect(result.stdout.hasSuffix("END:VCALENDAR\r\n"))
        #expect(result.stdout.components(separatedBy: "BEGIN:VEVENT").count - 1 == 9)
        #expect(result.stdout.components(separatedBy: "BEGIN:VALARM").count - 1 == 9)
        #expect(result.stdout.contains("DTSTART:20261127T093000\r\nDTEND:20261127T113000\r\n"))
        let again = try runTool(["agenda", "Examples", "--today", "2026-11-27", "--format", "ics"])
        let uids = { (text: String) in text.components(separatedBy: "\r\n").filter { $0.hasPrefix("UID:") } }
        #expect(Set(uids(again.stdout)).isSubset(of: Set(uids(result.stdout))) || !uids(again.stdout).isEmpty)
        #expect(uids(result.stdout).contains { uid in uids(again.stdout).contains(uid) }, "the same action keeps its UID the next day")
    }

    @Test("the agenda command: grouped text and JSON")
    func command() throws {
        let text = try runTool(["agenda", "Examples", "--today", "2026-11-26"])
        #expect(text.status == 0)
        let lines = text.stdout.split(separator: "\n").map(String.init)
        #expect(lines.first == "Overdue")
        #expect(lines.contains { $0.contains("call Amara Okafor on +1 555 0177 to follow up, Friday 2026-11-27 09:30–11:30, due since Thursday 2026-11-19 (Volt Motors)  Examples/volt-motors-timeframe.md:15:1") })
        #expect(lines.contains { $0.contains("wait for the answer from Quarry Labs: they were to decide by Tuesday 2026-11-17, and you followed up on Friday 2026-11-20") })
        #expect(!lines.contains { $0.contains("Lumen Energy expects to decide") })
        #expect(lines.last == "9 actions as of 2026-11-26 23:59: 1 overdue, 2 today, 1 this week, 5 later.")
        let json = try runTool(["agenda", "Examples", "--today", "2026-11-26", "-f", "json"])
        let document = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        #expect((document["actions"] as? [Any])?.count == 9)
        #expect(try runTool(["agenda", "missing-folder"]).status == 2)
    }
}

@Suite("New notes", .serialized)
struct NewNoteTests {
    @Test("writes every section, lints clean as of the interview's own time, and prints the path")
    func writes() throws {
        let folder = try TemporaryFolder()
        let result = try runTool(["new", "--company", "Acme Robotics", "--role", "iOS Engineer", "--date", "2026-11-26 10:00",
                                  "--interviewer", "Jane Doe", "--interviewer", "Bob Smith", "--dir", "notes"],
                                 in: try { try FileManager.default.createDirectory(at: folder.url.appendingPathComponent("notes"), withIntermediateDirectories: true); return folder.url }())
        #expect(result.status == 0)
        #expect(result.stdout == "notes/2026-11-26-acme-robotics-ios-engineer.md\n")
        let note = try String(contentsOf: folder.url.appendingPathComponent("notes/2026-11-26-acme-robotics-ios-engineer.md"), encoding: .utf8)
        let interview = read(note)
        #expect(interview.company?.value == "Acme Robotics")
        #expect(interview.start?.value.description == "2026-11-26 10:00")
        #expect(interview.people.map(\.name.value) == ["Jane Doe", "Bob Smith"])
        #expect(interview.peopleSection != nil && interview.logSection != nil && interview.timeframeSection != nil)
        #expect(interview.beforeLeaving.section != nil)
        let lint = try runTool(["notes", "--today", "2026-11-26T10:00"], in: folder.url)
        #expect(lint.stdout == "No problems in 1 note.\n")
        #expect(lint.status == 0)
        // Once the interview is over, the note asks for what it lacks.
        let after = try runTool(["notes", "--today", "2026-11-26T18:00"], in: folder.url)
        #expect(after.stdout.contains("[card-collected]"))
    }

    @Test("never overwrites, never writes outside --dir")
    func safety() throws {
        let folder = try TemporaryFolder()
        let arguments = ["new", "--company", "../../etc/.Évil", "--role", "/root: \"x\"", "--date", "2026-11-26"]
        let first = try runTool(arguments, in: folder.url)
        #expect(first.status == 0)
        #expect(first.stdout == "./2026-11-26-etc-evil-root-x.md\n")
        let second = try runTool(arguments, in: folder.url)
        #expect(second.status == 2)
        #expect(second.stderr.contains("already exists; it was not overwritten"))
        let contents = try FileManager.default.contentsOfDirectory(atPath: folder.url.path)
        #expect(contents == ["2026-11-26-etc-evil-root-x.md"], "no temporary file is left behind")
        let note = read(try String(contentsOf: folder.url.appendingPathComponent(contents[0]), encoding: .utf8))
        #expect(note.company?.value == "../../etc/.Évil")
        #expect(note.role?.value == "/root: \"x\"")
        #expect(try runTool(["new", "--company", "A", "--role", "B", "--date", "2026-13-01"], in: folder.url).status == 2)
    }

    @Test("--dir creates the folder, with its parents, as git init DIR does; a file there is refused")
    func createsFolder() throws {
        let folder = try TemporaryFolder()
        let arguments = ["new", "--company", "A", "--role", "B", "--date", "2026-11-26"]
        let result = try runTool(arguments + ["--dir", "notes/2026"], in: folder.url)
        #expect(result.status == 0)
        #expect(result.stdout == "notes/2026/2026-11-26-a-b.md\n")
        #expect(FileManager.default.fileExists(atPath: folder.url.appendingPathComponent("notes/2026/2026-11-26-a-b.md").path))
        try folder.write("file", "")
        let refused = try runTool(arguments + ["--dir", "file"], in: folder.url)
        #expect(refused.status == 2)
        #expect(refused.stderr == "interview-lint: file: not a folder\n")
    }

    @Test("new --help gives --dir's default once")
    func helpDefault() throws {
        let help = try runTool(["new", "--help"]).stdout
        #expect(help.contains("(default: the current folder)"))
        #expect(!help.contains("(default: .)"))
    }

    @Test("a template file fills the same placeholders")
    func template() throws {
        let folder = try TemporaryFolder()
        try folder.write("t.md", "---\ncompany: {{company}}\ndate: {{date}}\n---\n# {{title}}\n## People\n{{interviewers}}\n")
        let result = try runTool(["new", "--company", "Lumen", "--role", "Engineer", "--date", "2026-12-01 14:00",
                                  "--interviewer", "Priya", "--template", "t.md"], in: folder.url)
        #expect(result.status == 0)
        let text = try String(contentsOf: folder.url.appendingPathComponent("2026-12-01-lumen-engineer.md"), encoding: .utf8)
        #expect(text == "---\ncompany: \"Lumen\"\ndate: 2026-12-01 14:00\n---\n# Lumen — Engineer\n## People\n- [ ] Priya\n")
    }
}
