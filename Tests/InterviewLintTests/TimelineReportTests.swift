import Foundation
import Testing
@testable import InterviewLint

/// `interview-lint report`: the timeline layout as numbers, the escaping of what notes say, and
/// the report of Examples/ against the lint command's own findings.
@Suite("Report")
struct TimelineReportTests {
    /// The report's input for notes written to a temporary folder, through the real pipeline.
    static func input(_ notes: [String: String], today: String = "2026-11-26") throws -> (ReportInput, TemporaryFolder) {
        let folder = try TemporaryFolder()
        for (name, text) in notes { try folder.write(name, text) }
        return (ReportRun.run(paths: [folder.url.path], now: moment(today), configuration: .none), folder)
    }

    // MARK: The time axis

    @Test("the axis runs from the first day's midnight to the last day's end, in proportion")
    func axisPositions() {
        let from = LocalDateTime(date: LocalDate(year: 2026, month: 11, day: 16)!, hour: 10)
        let to = LocalDateTime(date: LocalDate(year: 2026, month: 11, day: 19)!, hour: 15)
        let axis = TimeAxis(from: from, to: to, left: 100, right: 500)
        #expect(axis.days == 4)
        #expect(axis.x(LocalDateTime(date: from.date)) == 100)
        #expect(axis.x(LocalDateTime(date: to.date.adding(days: 1))) == 500)
        // Noon of the second day: 1.5 days of 4, so 150 of 400 units in.
        #expect(axis.x(LocalDateTime(date: from.date.adding(days: 1), hour: 12)) == 250)
        // Later is further right, and moments off the axis stay at its ends.
        #expect(axis.x(from) < axis.x(from.adding(minutes: 1)))
        #expect(axis.x(from.adding(hours: -1000)) == 100)
        #expect(axis.x(to.adding(hours: 1000)) == 500)
        // Given backwards, the same axis.
        #expect(TimeAxis(from: to, to: from, left: 100, right: 500) == axis)
    }

    @Test("one moment alone still gets a day-wide axis")
    func singleMoment() {
        let only = LocalDateTime(date: LocalDate(year: 2026, month: 11, day: 16)!, hour: 6)
        let axis = TimeAxis(from: only, to: only, left: 0, right: 240)
        #expect(axis.days == 1)
        #expect(axis.x(only) == 60)
    }

    @Test("day ticks leave room for their labels, and weekly ticks fall on Mondays")
    func ticks() {
        let start = LocalDateTime(date: LocalDate(year: 2026, month: 11, day: 2)!)
        for days in [1, 5, 20, 90, 400] {
            let axis = TimeAxis(from: start, to: start.adding(hours: 24 * (days - 1)), left: 0, right: 900)
            let ticks = axis.ticks(minimumSpacing: 64)
            #expect(!ticks.isEmpty, "\(days) days")
            let xs = ticks.map { axis.x(LocalDateTime(date: $0)) }
            for (a, b) in zip(xs, xs.dropFirst()) { #expect(b - a >= 64, "\(days) days: ticks \(a) and \(b)") }
            if days >= 90 { #expect(ticks.allSatisfy { $0.weekday == 1 }, "\(days) days") }
        }
    }

    // MARK: Labels that do not overlap

    /// No two placed labels in one row overlap (with the gap between).
    static func overlaps(_ placed: [PlacedLabel]) -> [(Int, Int)] {
        var found: [(Int, Int)] = []
        for i in placed.indices {
            for j in placed.indices where j > i && placed[i].lane == placed[j].lane {
                let a = placed[i].extent, b = placed[j].extent
                if a.lowerBound < b.upperBound + TimelineLayout.gap && b.lowerBound < a.upperBound + TimelineLayout.gap { found.append((i, j)) }
            }
        }
        return found
    }

    @Test("events at the same moment go to different rows, in the order given")
    func sameMoment() {
        let placed = TimelineLayout.place(Array(repeating: (x: 300.0, width: 120.0), count: 4))
        #expect(placed.map(\.lane) == [0, 1, 2, 3])
        #expect(Self.overlaps(placed).isEmpty)
    }

    @Test("labels far apart share the first row; close ones move down only as far as needed")
    func packing() {
        let placed = TimelineLayout.place([(x: 50, width: 60), (x: 400, width: 60), (x: 90, width: 60), (x: 250, width: 60)])
        #expect(placed.map(\.lane) == [0, 0, 1, 0])
        #expect(Self.overlaps(placed).isEmpty)
    }

    @Test("a label that would run off the right edge is set to the left of its mark")
    func rightEdge() {
        let placed = TimelineLayout.place([(x: 900, width: 100)], right: 936)
        #expect(placed[0].toLeft)
        #expect(placed[0].textEnd < 900 && placed[0].textStart == placed[0].textEnd - 100)
        #expect(placed[0].extent.upperBound <= 936)
    }

    @Test("a crowd of events stays readable: no overlaps in any row", arguments: [3, 17, 60])
    func crowd(count: Int) {
        // A fixed pseudo-random spread, clustered as real follow-ups are (several on one day).
        var seed: UInt64 = 0x5EED
        func next() -> Double {
            seed = seed &* 6364136223846793005 &+ 1442695040888963407
            return Double(seed >> 33) / Double(1 << 31)
        }
        let items = (0..<count).map { _ in (x: 24 + (next() * 8).rounded() * 114, width: 40 + next() * 200) }
        let placed = TimelineLayout.place(items)
        #expect(placed.count == count)
        #expect(Self.overlaps(placed).isEmpty)
        for label in placed { #expect(label.extent.upperBound <= TimelineLayout.right + TimelineLayout.markRadius) }
    }

    @Test("long labels are cut on the chart, the flags kept")
    func shortLabels() {
        let long = String(repeating: "Reallylongname ", count: 8)
        #expect(TimelineLayout.characterWidths(TimelineLayout.shortened(long)) <= TimelineLayout.maximumLabelWidth)
        #expect(TimelineLayout.shortened(long).hasSuffix("…"))
        #expect(TimelineLayout.shortened("Interview") == "Interview")
        // Wide characters count twice.
        #expect(TimelineLayout.characterWidths("面接") == 4)
        let event = TimelineEvent(kind: .followUp, at: LocalDateTime(date: .earliest), label: "Email to " + long, detail: "", flags: ["too soon after the last"])
        #expect(TimelineLayout.label(event).hasSuffix("· too soon after the last"))
    }

    @Test("a chart of many contacts on one day puts each in its own row")
    func chartOfOneDay() throws {
        let log = (0..<6).map { "- 2026-11-20 10:0\($0) — Called Jane Doe to follow up." }.joined(separator: "\n")
        let (input, folder) = try Self.input(["a.md": """
            ---
            company: Acme
            date: 2026-11-16 10:00
            ---
            ## Interviewers
            - [x] Jane Doe — jane@acme.example — +1 555 0100
            ## Follow-up
            - 2026-11-16 17:00 — Email thank-you to Jane Doe. Recap: sync. Reiterated interest.
            \(log)
            """])
        _ = folder
        let note = try #require(input.notes.first)
        let timeline = try #require(Timeline.timelines(for: note, now: input.now).first)
        let chart = try #require(TimelineLayout.chart(timeline))
        #expect(Self.overlaps(chart.events).isEmpty)
        let calls = timeline.events.indices.filter { timeline.events[$0].kind == .followUp }
        #expect(calls.count == 6)
        #expect(Set(calls.map { chart.events[$0].lane }).count == 6)
        // Every row is inside the drawing.
        for label in chart.events { #expect(chart.y(lane: label.lane) + TimelineLayout.markRadius < chart.height) }
    }

    @Test("a log of hundreds of entries on one day: the chart draws the first, the list has all")
    func hugeLog() throws {
        let log = (0..<400).map { "- 2026-11-20 10:00 — Called Jane Doe to follow up (\($0))." }.joined(separator: "\n")
        let (input, folder) = try Self.input(["a.md": """
            ---
            company: Acme
            date: 2026-11-16 10:00
            ---
            ## Interviewers
            - [x] Jane Doe — jane@acme.example — +1 555 0100
            ## Follow-up
            \(log)
            """])
        _ = folder
        let note = try #require(input.notes.first)
        let timeline = try #require(Timeline.timelines(for: note, now: input.now).first)
        #expect(timeline.events.count > 400)
        let chart = try #require(TimelineLayout.chart(timeline))
        #expect(chart.events.count == TimelineLayout.maximumEvents)
        let html = HTMLReport.render(input)
        #expect(html.contains("The chart shows the first \(TimelineLayout.maximumEvents) of \(timeline.events.count) events"))
        #expect(html.contains("follow up (399)."))
    }

    // MARK: What the timeline shows

    @Test("thank-yous: on time, late by thank-you-prompt, missing by the agenda; the due line and today")
    func thankYouStates() throws {
        let (input, folder) = try Self.input(["n.md": """
            ---
            company: Northwind
            date: 2026-11-16 13:00
            ---
            ## Interviewers
            - [x] Dana Kim — dana@nw.example — +1 555 0110
            - [x] Luis Ortega — luis@nw.example — +1 555 0111
            - [x] Mei Chen — mei@nw.example — +1 555 0112
            ## Timeframe
            They will decide by December 4th.
            ## Follow-up
            - 2026-11-16 18:00 — Email thank-you to Dana Kim. Recap: pipelines. Reiterated interest.
            - 2026-11-19 09:00 — Email thank-you to Luis Ortega. Recap: sensors. Reiterated interest.
            - 2026-11-20 10:00 — Email from Dana Kim: thanks, talk soon.
            """])
        _ = folder
        let note = try #require(input.notes.first)
        let timeline = try #require(Timeline.timelines(for: note, now: input.now).first)
        #expect(timeline.thankYous.map(\.state) == [.onTime, .late, .missing])
        #expect(timeline.thankYous[0].hours == 5)
        let kinds = timeline.events.map(\.kind)
        #expect(kinds == [.interview, .thankYou, .missingThankYou, .thankYou, .reply, .decision, .next])
        #expect(timeline.events[1].flags == ["on time"])
        #expect(timeline.events[2].label == "No thank-you to Mei Chen" && timeline.events[2].flags == ["missing"])
        #expect(timeline.events[2].severity == .error)
        #expect(timeline.events[3].flags.first == "late")
        #expect(timeline.markers.map(\.kind) == [.thankYouDue, .today])
        #expect(timeline.markers[0].at == LocalDateTime(date: LocalDate(year: 2026, month: 11, day: 17)!, hour: 13))

        let overview = Overview(timelines: [timeline], notes: 1)
        #expect(overview.thankYousOnTime == 1 && overview.thankYousLate == 1 && overview.thankYousMissing == 1)
        #expect(overview.medianHoursToThankYou == 36.5)
        #expect(overview.replies == 1 && overview.interviewsWithReply == 1)
        #expect(overview.byStatus.map(\.status) == [.waiting])
    }

    @Test("calls: in the mid-morning window or not, and too soon after the last, as the findings say")
    func calls() throws {
        let (input, folder) = try Self.input(["q.md": """
            ---
            company: Quarry
            date: 2026-11-09 10:00
            ---
            ## Interviewers
            - [x] Sam Rivera — sam@quarry.example — +1 555 0150
            ## Follow-up
            - 2026-11-09 17:00 — Email thank-you to Sam Rivera. Recap: robots. Reiterated interest.
            - 2026-11-20 10:00 — Called Sam Rivera to follow up; left a voicemail.
            - 2026-11-23 16:30 — Called Sam Rivera again; no answer.
            """])
        _ = folder
        let note = try #require(input.notes.first)
        let timeline = try #require(Timeline.timelines(for: note, now: input.now).first)
        let calls = timeline.events.filter { $0.kind == .followUp }
        #expect(calls.count == 2)
        #expect(calls[0].flags == ["mid-morning"])
        #expect(calls[1].flags.contains("outside mid-morning"))
        #expect(calls[1].flags.contains("too soon after the last"))
        #expect(!calls[1].flags.contains("mid-morning"))
        #expect(calls[1].severity == .warning)
        // Each flag comes from a finding on the entry's line.
        let rules = Set(note.diagnostics.filter { $0.range.start.line == 10 }.map(\.rule))
        #expect(rules.isSuperset(of: ["follow-up-time-of-day", "contact-too-frequent"]))
    }

    @Test("a note of two rounds: a timeline each, its own events and flags; the findings listed once")
    func rounds() throws {
        let (input, folder) = try Self.input(["acme.md": RoundTests.twoHeadings])
        _ = folder
        let note = try #require(input.notes.first)
        let timelines = Timeline.timelines(for: note, now: input.now)
        #expect(timelines.map(\.round) == ["Phone screen, round 1 of 2", "Onsite, round 2 of 2"])
        #expect(timelines.map(\.status) == [.closed, .waiting])
        #expect(timelines[0].events.filter { $0.kind == .thankYou }.map(\.flags) == [["on time"]])
        #expect(timelines[1].events.filter { $0.kind == .thankYou }.map { $0.flags.first } == ["late"])
        // The closed round draws no today line; the open one does.
        #expect(timelines.map { $0.markers.map(\.kind) } == [[.thankYouDue], [.thankYouDue, .today]])
        let html = HTMLReport.render(input)
        for diagnostic in note.diagnostics {
            let text = HTMLText.escaped(diagnostic.message)
            #expect(html.components(separatedBy: text).count == 2, "listed once: \(diagnostic.message)")
        }
        #expect(html.contains("<span class=\"status\">waiting</span> · <code>"))
    }

    @Test("the overview's median and shares")
    func medians() {
        #expect(Overview.median([]) == nil)
        #expect(Overview.median([7]) == 7)
        #expect(Overview.median([9, 1, 5]) == 5)
        #expect(Overview.median([4, 1, 3, 2]) == 2.5)
    }

    // MARK: Escaping

    @Test("markup characters and what HTML forbids are escaped")
    func escaping() {
        #expect(HTMLText.escaped("a<b>&\"c'") == "a&lt;b&gt;&amp;&quot;c&#39;")
        let nonCharacters = String(String.UnicodeScalarView([Unicode.Scalar(0xFFFE)!, Unicode.Scalar(0xFDD0)!, Unicode.Scalar(0x1FFFF)!]))
        #expect(HTMLText.escaped("x\u{0}y\u{7}z\u{1B}[31m\u{85}" + nonCharacters) == "x\u{FFFD}y\u{FFFD}z\u{FFFD}[31m" + String(repeating: "\u{FFFD}", count: 4))
        #expect(HTMLText.escaped("tab\tnew\nline\r") == "tab\tnew\nline ")
        #expect(HTMLText.escaped("Zoë 面接 🎉") == "Zoë 面接 🎉")
        #expect(HTMLText.number(12.34) == "12.3" && HTMLText.number(-0.06) == "-0.1" && HTMLText.number(3) == "3")
        #expect(HTMLText.number(.infinity) == "0" && HTMLText.number(1e300) == "1000000000000")
    }

    @Test("a hostile note adds no markup to the report")
    func hostileNote() throws {
        let hostile = "<script>alert(1)</script>"
        let (input, folder) = try Self.input(["<img src=x onerror=alert(1)>.md": """
            ---
            company: "Evil </title><script>alert(2)</script> & Co"
            role: "\\"><svg onload=alert(3)>"
            date: 2026-11-16 10:00
            ---
            ## Interviewers
            - [ ] Jane \(hostile) Doe — jane@evil.example
            - [x] Bob ]]></text><text>Smith — bob@evil.example
            ## Timeframe
            They said <b>soon</b> & "later" \u{7}.
            ## Follow-up
            - 2026-11-16 17:00 — Email thank-you to Bob ]]></text><text>Smith. Recap: <iframe src=//x>. Reiterated interest.
            - someday — Called <style>*{display:none}</style> Jane
            """])
        _ = folder
        let html = HTMLReport.render(input)
        #expect(input.notes.count == 1)
        for raw in ["<script", "<img", "<svg onload", "<iframe", "<b>", "</title><script", "]]></text>", "<style>*", "\u{7}"] {
            #expect(!html.contains(raw), "unescaped: \(raw)")
        }
        #expect(html.contains("Jane &lt;script&gt;alert(1)&lt;/script&gt; Doe"))
        #expect(html.contains("&lt;img src=x onerror=alert(1)&gt;.md"))
        // The only elements are the report's own.
        let tags = Set(html.split(separator: "<").dropFirst().map { $0.prefix { $0.isLetter || $0.isNumber || $0 == "!" || $0 == "/" } })
        let own: Set<Substring> = ["!DOCTYPE", "html", "/html", "head", "/head", "meta", "title", "/title", "style", "/style", "body", "/body",
                                   "header", "/header", "h1", "/h1", "h2", "/h2", "h3", "/h3", "p", "/p", "main", "/main",
                                   "section", "/section", "div", "/div", "svg", "/svg", "rect", "/rect", "ol", "/ol", "ul", "/ul",
                                   "li", "/li", "span", "/span", "time", "/time", "a", "/a", "code", "/code", "strong", "/strong",
                                   "article", "/article", "polygon", "circle", "path", "line", "text", "/text", "g", "/g"]
        #expect(tags.subtracting(own).isEmpty, "unexpected elements: \(tags.subtracting(own).sorted())")
    }

    // MARK: The report of Examples/

    @Test("the report of Examples/ has every finding of `lint`, every person, and every note")
    func examples() throws {
        let examples = repositoryRoot.appendingPathComponent("Examples").path
        let now = moment("2026-11-26")
        let input = ReportRun.run(paths: [examples], now: now, configuration: .discover)
        #expect(input.errors.isEmpty)
        let html = HTMLReport.render(input)
        let lint = NoteRunner.lint(paths: [examples], now: now, configuration: .discover)
        #expect(!lint.diagnostics.isEmpty)
        #expect(input.notes.flatMap(\.diagnostics) == lint.diagnostics)
        for diagnostic in lint.diagnostics {
            #expect(html.contains(HTMLText.escaped(diagnostic.message)), "missing: \(diagnostic.message)")
            #expect(html.contains(HTMLText.escaped("\(diagnostic.file):\(diagnostic.range.start.line):\(diagnostic.range.start.column)")))
        }
        let people = input.notes.flatMap(\.parts).flatMap(\.interview.people).map(\.name.value)
        #expect(people.count >= 10)
        for name in people { #expect(html.contains(HTMLText.escaped(name)), "missing person: \(name)") }
        for report in lint.reports where report.outcome == .linted {
            #expect(html.contains(HTMLText.escaped(report.path)), "missing note: \(report.path)")
        }
        // Every agenda action of the week is in the overview.
        let agenda = Agenda.run(paths: [examples], now: now, configuration: .discover, includeClosed: false)
        for action in agenda.actions where action.group != .later {
            #expect(html.contains(HTMLText.escaped(action.summary)), "missing action: \(action.summary)")
        }
        #expect(html.hasPrefix("<!DOCTYPE html>"))
        #expect(html.contains("prefers-color-scheme: dark"))
        #expect(!html.contains("<script") && !html.contains("http://") && !html.contains("https://"))
    }

    // MARK: The command

    @Test("`report -o` writes the file atomically and says so; bad paths and targets exit 2")
    func command() throws {
        let folder = try TemporaryFolder()
        let output = folder.url.appendingPathComponent("report.html").path
        let written = try runTool(["report", "Examples", "--today", "2026-11-26", "-o", output])
        #expect(written.status == 0, "\(written.stderr)")
        #expect(written.stdout == "8 notes in the report written to \(output).\n")
        let html = try String(contentsOfFile: output, encoding: .utf8)
        #expect(html.hasPrefix("<!DOCTYPE html>") && html.hasSuffix("</html>\n"))

        let missing = try runTool(["report", "no-such-folder", "-o", output])
        #expect(missing.status == 2)
        #expect(missing.stderr.contains("no-such-folder"))

        let note = try folder.write("note.md", "# a note\n")
        let overNote = try runTool(["report", "Examples", "-o", note.path])
        #expect(overNote.status == 2)
        #expect(overNote.stderr.contains("refusing to overwrite a note"))
        #expect(try String(contentsOf: note, encoding: .utf8) == "# a note\n")

        let piped = try runTool(["report", "-", "--today", "2026-11-26"],
                                input: try String(contentsOf: repositoryRoot.appendingPathComponent("Examples/volt-motors-timeframe.md"), encoding: .utf8))
        #expect(piped.status == 0, "\(piped.stderr)")
        #expect(piped.stdout.contains("&lt;stdin&gt;:15:1") && piped.stdout.contains("Amara Okafor"))

        let badToday = try runTool(["report", "Examples", "--today", "someday"])
        #expect(badToday.status == 2)
        #expect(badToday.stderr.contains("--today 'someday' is not a date"))
    }
}
