/// `interview-lint report`: one self-contained HTML file (inline CSS and SVG, no script, nothing
/// fetched) with the overview, then each note's timelines, events and findings. Every text that
/// comes from a note, a file name or a message goes through `HTMLText.escaped`.
public enum HTMLReport {
    public static func render(_ input: ReportInput) -> String {
        let timelinesByNote = input.notes.map { Timeline.timelines(for: $0, now: input.now) }
        let overview = Overview(timelines: timelinesByNote.flatMap { $0 }, notes: input.notes.count)
        var html = """
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <meta name="color-scheme" content="light dark">
            <meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
            <meta name="generator" content="interview-lint \(InterviewLintVersion.current)">
            <title>Interview follow-up report, \(input.now.date)</title>
            <style>\(stylesheet)</style>
            </head>
            <body>
            <header class="page">
            <h1>Interview follow-up report</h1>
            <p>As of \(h(Wording.day(input.now.date))) \(LocalDateTime.clock(input.now.minuteOfDay)) · \(Wording.plural(input.notes.count, "note"))\(input.passedOver > 0 ? " (\(input.passedOver) other Markdown \(input.passedOver == 1 ? "file" : "files") passed over)" : "") · interview-lint \(InterviewLintVersion.current)</p>
            </header>
            <main>

            """
        html += overviewSection(overview, notes: input.notes, timelines: timelinesByNote, now: input.now)
        html += legend
        for (index, note) in input.notes.enumerated() {
            html += noteSection(note, timelines: timelinesByNote[index], id: "note-\(index + 1)")
        }
        if !input.errors.isEmpty {
            html += "<section class=\"errors\" aria-labelledby=\"errors-title\">\n<h2 id=\"errors-title\">Not read</h2>\n<ul>\n"
            for error in input.errors { html += "<li>\(h(error))</li>\n" }
            html += "</ul>\n</section>\n"
        }
        html += "</main>\n</body>\n</html>\n"
        return html
    }

    static func h(_ text: String) -> String { HTMLText.escaped(text) }
    static func n(_ value: Double) -> String { HTMLText.number(value) }

    /// An `<ol>` or `<ul>` of class `name`, with the `<li>` line `item` makes of each of `items`.
    static func list<Items: Sequence>(_ tag: String, class name: String, _ items: Items,
                                      _ item: (Items.Element) -> String) -> String {
        "<\(tag) class=\"\(name)\">\n" + items.map(item).joined() + "</\(tag)>\n"
    }

    // MARK: Overview

    static func overviewSection(_ overview: Overview, notes: [ReportNote], timelines: [[Timeline]], now: LocalDateTime) -> String {
        var html = "<section class=\"overview\" aria-labelledby=\"overview-title\">\n<h2 id=\"overview-title\">Overview</h2>\n<div class=\"figures\">\n"
        func figure(_ title: String, _ value: String, _ detail: String, extra: String = "") -> String {
            "<div class=\"figure\"><h3>\(title)</h3><p class=\"value\">\(value)</p><p class=\"detail\">\(detail)</p>\(extra)</div>\n"
        }
        let statuses = overview.byStatus.map { "\($0.count) \($0.status.rawValue)" }.joined(separator: ", ")
        html += figure("Interviews", "\(overview.interviews)",
                       overview.interviews == overview.notes ? (statuses.isEmpty ? "none" : statuses)
                           : "in \(Wording.plural(overview.notes, "note")): \(statuses)",
                       extra: statusBar(overview))
        if let share = overview.onTimeShare {
            let percent = Int((share * 100).rounded())
            var parts = ["\(overview.thankYousOnTime) of \(overview.thankYousJudged) on time"]
            if overview.thankYousLate > 0 { parts.append("\(overview.thankYousLate) late") }
            if overview.thankYousMissing > 0 { parts.append("\(overview.thankYousMissing) missing") }
            html += figure("Thank-yous on time", "\(percent)%", parts.joined(separator: ", "),
                           extra: meter(share, label: "\(percent)% of thank-yous on time"))
        } else {
            html += figure("Thank-yous on time", "—", "none due yet")
        }
        let timed = notes.isEmpty ? 0 : timelines.flatMap { $0 }.flatMap(\.thankYous).filter { $0.hours != nil }.count
        html += figure("Median time to the thank-you", overview.medianHoursToThankYou.map { "\(n($0)) h" } ?? "—",
                       timed == 0 ? "no thank-you with both times written" : "over \(Wording.plural(timed, "thank-you")) whose times the notes give")
        html += figure("Follow-ups per interview", overview.followUpsPerInterview.map { n($0) } ?? "—",
                       "\(Wording.plural(overview.followUps, "follow-up")) in \(Wording.plural(overview.interviews, "interview"))")
        html += figure("Replies received", "\(overview.replies)",
                       "in \(overview.interviewsWithReply) of \(Wording.plural(overview.interviews, "interview"))")
        let overdue = overview.dueThisWeek.filter { $0.group == .overdue }.count
        html += figure("Due this week", "\(overview.dueThisWeek.count)", overdue > 0 ? "\(overdue) of them overdue" : "nothing overdue")
        html += "</div>\n"

        // Where each action's note is in this page.
        var anchors: [String: String] = [:]
        for (index, note) in notes.enumerated() where anchors[note.path] == nil { anchors[note.path] = "note-\(index + 1)" }
        html += "<h3>Due this week</h3>\n"
        if overview.dueThisWeek.isEmpty {
            html += "<p>Nothing is due by Sunday \(now.date.adding(days: 7 - now.date.weekday)).</p>\n"
        } else {
            html += list("ol", class: "due", overview.dueThisWeek) { action in
                let when = action.allDay ? action.start.date.description : action.start.description
                let place = "\(action.file):\(action.range.start.line):\(action.range.start.column)"
                let link = anchors[action.file].map { "<a href=\"#\($0)\">\(h(place))</a>" } ?? h(place)
                return "<li><span class=\"group group-\(groupClass(action.group))\">\(action.group.rawValue)</span> <time>\(h(when))</time> \(h(action.summary)) <span class=\"where\">\(link)</span></li>\n"
            }
        }
        html += "<h3>Interviews</h3>\n"
        html += list("ul", class: "contents", notes.enumerated()) { index, note in
            let title = timelines[index].first?.title ?? note.path
            let counts = Severity.allCases.reversed().compactMap { severity -> String? in
                let count = note.diagnostics.filter { $0.severity == severity }.count
                return count == 0 ? nil : Wording.plural(count, severity.rawValue)
            }
            let status = timelines[index].last?.status.rawValue ?? "not read"
            return "<li><a href=\"#note-\(index + 1)\">\(h(title))</a> <span class=\"status\">\(status)</span> <span class=\"count\">\(counts.isEmpty ? "no findings" : counts.joined(separator: ", "))</span></li>\n"
        }
        return html + "</section>\n"
    }

    static func groupClass(_ group: AgendaAction.Group) -> String {
        group.rawValue.lowercased().replacingOccurrences(of: " ", with: "-")
    }

    /// A bar of the interviews by status, each part labelled (the colours only repeat the words).
    static func statusBar(_ overview: Overview) -> String {
        guard overview.interviews > 0 else { return "" }
        var svg = "<svg class=\"bar\" viewBox=\"0 0 200 14\" role=\"img\" aria-label=\"\(h(overview.byStatus.map { "\($0.count) \($0.status.rawValue)" }.joined(separator: ", ")))\">"
        var x = 0.0
        for (status, count) in overview.byStatus {
            let width = 200 * Double(count) / Double(overview.interviews)
            svg += "<rect class=\"st-\(status.rawValue)\" x=\"\(n(x))\" y=\"0\" width=\"\(n(max(width - 1, 1)))\" height=\"14\"><title>\(count) \(status.rawValue)</title></rect>"
            x += width
        }
        return svg + "</svg>"
    }

    static func meter(_ share: Double, label: String) -> String {
        let width = 200 * min(max(share, 0), 1)
        return "<svg class=\"bar\" viewBox=\"0 0 200 14\" role=\"img\" aria-label=\"\(h(label))\"><rect class=\"meter-track\" x=\"0\" y=\"0\" width=\"200\" height=\"14\"/><rect class=\"meter-fill\" x=\"0\" y=\"0\" width=\"\(n(width))\" height=\"14\"/></svg>"
    }

    // MARK: Legend and shapes

    /// A mark's shape and fill say what it is, so the chart reads without colour: a diamond for the
    /// interview, a circle for a thank-you (a crossed ring for a missing one), a triangle up for a
    /// contact made and down for a reply, a square for the decision day, a dashed ring for what is next.
    static func shape(_ kind: TimelineEvent.Kind, x: Double, y: Double, r: Double = TimelineLayout.markRadius) -> String {
        let cls = "mark k-\(kind.rawValue)"
        switch kind {
        case .interview:
            return "<polygon class=\"\(cls)\" points=\"\(n(x)),\(n(y - r - 1)) \(n(x + r + 1)),\(n(y)) \(n(x)),\(n(y + r + 1)) \(n(x - r - 1)),\(n(y))\"/>"
        case .thankYou:
            return "<circle class=\"\(cls)\" cx=\"\(n(x))\" cy=\"\(n(y))\" r=\"\(n(r))\"/>"
        case .missingThankYou:
            let d = r * 0.6
            return "<circle class=\"\(cls)\" cx=\"\(n(x))\" cy=\"\(n(y))\" r=\"\(n(r))\"/><path class=\"cross\" d=\"M\(n(x - d)) \(n(y - d))L\(n(x + d)) \(n(y + d))M\(n(x + d)) \(n(y - d))L\(n(x - d)) \(n(y + d))\"/>"
        case .followUp:
            return "<polygon class=\"\(cls)\" points=\"\(n(x)),\(n(y - r)) \(n(x + r)),\(n(y + r * 0.8)) \(n(x - r)),\(n(y + r * 0.8))\"/>"
        case .reply:
            return "<polygon class=\"\(cls)\" points=\"\(n(x - r)),\(n(y - r * 0.8)) \(n(x + r)),\(n(y - r * 0.8)) \(n(x)),\(n(y + r))\"/>"
        case .decision:
            return "<rect class=\"\(cls)\" x=\"\(n(x - r + 1))\" y=\"\(n(y - r + 1))\" width=\"\(n(2 * r - 2))\" height=\"\(n(2 * r - 2))\"/>"
        case .next:
            return "<circle class=\"\(cls)\" cx=\"\(n(x))\" cy=\"\(n(y))\" r=\"\(n(r - 1))\"/>"
        }
    }

    static func icon(_ kind: TimelineEvent.Kind) -> String {
        "<svg class=\"icon\" viewBox=\"0 0 20 20\" aria-hidden=\"true\">\(shape(kind, x: 10, y: 10))</svg>"
    }

    static let kindNames: [(TimelineEvent.Kind, String)] = [
        (.interview, "interview"), (.thankYou, "thank-you sent"), (.missingThankYou, "thank-you missing"),
        (.followUp, "follow-up you made"), (.reply, "word from them"), (.decision, "the day they said they would decide"),
        (.next, "what is next (the agenda)"),
    ]

    static var legend: String {
        var html = "<section class=\"legend\" aria-label=\"Legend\">\n<h2>How to read the timelines</h2>\n<ul>\n"
        for (kind, name) in kindNames { html += "<li>\(icon(kind)) \(name)</li>\n" }
        html += "<li><svg class=\"icon\" viewBox=\"0 0 20 20\" aria-hidden=\"true\"><circle class=\"badge sev-warning\" cx=\"10\" cy=\"10\" r=\"6\"/><text class=\"badge-text\" x=\"10\" y=\"13.5\">!</text></svg> a finding on that line (its words follow the label; the findings are listed under the timeline)</li>\n"
        html += "<li><svg class=\"icon\" viewBox=\"0 0 20 20\" aria-hidden=\"true\"><line class=\"due-line\" x1=\"10\" y1=\"0\" x2=\"10\" y2=\"20\"/></svg> thank-yous due</li>\n"
        html += "<li><svg class=\"icon\" viewBox=\"0 0 20 20\" aria-hidden=\"true\"><line class=\"today-line\" x1=\"10\" y1=\"0\" x2=\"10\" y2=\"20\"/></svg> today</li>\n"
        return html + "</ul>\n</section>\n"
    }

    // MARK: A note

    static func noteSection(_ note: ReportNote, timelines: [Timeline], id: String) -> String {
        let title = timelines.first?.title ?? note.path
        var html = "<article class=\"note\" id=\"\(id)\" aria-labelledby=\"\(id)-title\">\n<h2 id=\"\(id)-title\">\(h(title))</h2>\n"
        if let last = timelines.last {
            // The note's standing is its last round's (the earlier ones led to it).
            var facts = ["<span class=\"status\">\(last.status.rawValue)</span>", "<code>\(h(note.path))</code>"]
            var people: [String] = []
            for name in timelines.flatMap(\.people) where !people.contains(name) { people.append(name) }
            if !people.isEmpty { facts.append("with \(h(Wording.list(people)))") }
            html += "<p class=\"facts\">\(facts.joined(separator: " · "))</p>\n"
        } else {
            html += "<p class=\"facts\"><code>\(h(note.path))</code>\(note.timedOut ? " · not read in time" : "")</p>\n"
        }
        for (index, timeline) in timelines.enumerated() {
            html += timelineSection(timeline, id: "\(id)-\(index + 1)", showTitle: timelines.count > 1)
        }
        html += "<h3>Findings</h3>\n"
        if note.diagnostics.isEmpty {
            html += "<p class=\"clean\">No findings.</p>\n"
        } else {
            html += list("ul", class: "findings", note.diagnostics) { diagnostic in
                "<li class=\"sev-\(diagnostic.severity.rawValue)\"><span class=\"severity\">\(diagnostic.severity.rawValue)</span> <code class=\"where\">\(h("\(diagnostic.file):\(diagnostic.range.start.line):\(diagnostic.range.start.column)"))</code> <span class=\"message\">\(h(diagnostic.message))</span> <span class=\"rule\">[\(h(diagnostic.rule))]</span></li>\n"
            }
        }
        return html + "</article>\n"
    }

    static func timelineSection(_ timeline: Timeline, id: String, showTitle: Bool) -> String {
        var html = "<section class=\"timeline\" aria-labelledby=\"\(id)-title\">\n"
        let heading = showTitle ? (timeline.round ?? timeline.title) : "Timeline"
        html += "<h3 id=\"\(id)-title\">\(h(heading))</h3>\n"
        if let next = timeline.actions.first {
            html += "<p class=\"next\"><strong>Next:</strong> \(h(next.summary))</p>\n"
        }
        if let chart = TimelineLayout.chart(timeline) {
            html += "<div class=\"chart\">\n" + svg(timeline, chart, id: id) + "\n</div>\n"
            if chart.events.count < timeline.events.count {
                html += "<p class=\"undrawn\">The chart shows the first \(chart.events.count) of \(timeline.events.count) events; the list has them all.</p>\n"
            }
            html += list("ol", class: "events", timeline.events) { event in
                let when = event.hasTime ? event.at.description : event.at.date.description
                let flags = event.flags.isEmpty ? "" : " <span class=\"flags\">\(h(event.flags.joined(separator: ", ")))</span>"
                let line = event.line.map { " · line \($0)" } ?? ""
                let severity = event.severity.map { " sev-\($0.rawValue)" } ?? ""
                return "<li class=\"k-\(event.kind.rawValue)\(severity)\">\(icon(event.kind)) <time>\(h(when))</time> <span class=\"what\">\(h(event.label))</span>\(flags)<span class=\"detail\">\(h(event.detail))\(line)</span></li>\n"
            }
        } else {
            html += "<p class=\"undrawn\">No timeline: the note gives no interview date the reader could use.</p>\n"
        }
        if !timeline.undated.isEmpty {
            html += "<p>Not on the timeline (no date):</p>\n"
            html += list("ul", class: "undated", timeline.undated) { entry in
                "<li><span class=\"detail\">\(h(entry.text)) <span class=\"where\">line \(entry.line)</span></span></li>\n"
            }
        }
        return html + "</section>\n"
    }

    /// The chart, with a title and an aria-label that tell the same story in words.
    static func svg(_ timeline: Timeline, _ chart: TimelineLayout.Chart, id: String) -> String {
        let story = timeline.events.prefix(chart.events.count).map { event in
            let when = event.hasTime ? event.at.description : event.at.date.description
            return "\(event.label), \(when)" + (event.flags.isEmpty ? "" : " (\(event.flags.joined(separator: ", ")))")
        }.joined(separator: "; ") + (timeline.events.count > chart.events.count ? "; and \(timeline.events.count - chart.events.count) more, in the list below" : "")
        let span = "\(LocalDate(ordinal: chart.axis.first / 1440)) to \(LocalDate(ordinal: chart.axis.last / 1440 - 1))"
        var svg = "<svg viewBox=\"0 0 \(n(TimelineLayout.width)) \(n(chart.height))\" role=\"img\" aria-label=\"\(h("Timeline of \(timeline.title), \(span): \(story)."))\">"
        svg += "<title>\(h("Timeline of \(timeline.title), \(span)"))</title>"
        let top = 4.0, bottom = chart.height - 4
        // Day ticks and their dates.
        for day in chart.ticks {
            let x = chart.axis.x(LocalDateTime(date: day))
            svg += "<line class=\"tick\" x1=\"\(n(x))\" y1=\"\(n(chart.axisY - 4))\" x2=\"\(n(x))\" y2=\"\(n(chart.axisY + 4))\"/>"
            svg += "<text class=\"tick-label\" x=\"\(n(x))\" y=\"\(n(chart.axisY + 16))\">\(day.description.dropFirst(5))</text>"
        }
        svg += "<line class=\"axis\" x1=\"\(n(chart.axis.left))\" y1=\"\(n(chart.axisY))\" x2=\"\(n(chart.axis.right))\" y2=\"\(n(chart.axisY))\"/>"
        // The thank-you deadline and today, across the chart, their labels above the axis.
        for (index, marker) in timeline.markers.enumerated() {
            let place = chart.markers[index]
            let cls = marker.kind == .today ? "today-line" : "due-line"
            svg += "<g><title>\(h(marker.label))</title><line class=\"\(cls)\" x1=\"\(n(place.x))\" y1=\"\(n(top + 8))\" x2=\"\(n(place.x))\" y2=\"\(n(bottom))\"/>"
            let anchor = place.toLeft ? "end" : "start"
            let textX = place.toLeft ? place.x - 4 : place.x + 4
            svg += "<text class=\"marker-label\" x=\"\(n(textX))\" y=\"\(n(chart.markerY(lane: place.lane)))\" text-anchor=\"\(anchor)\">\(h(chart.markerLabels[index]))</text></g>"
        }
        for (index, place) in chart.events.enumerated() {
            let event = timeline.events[index]
            let y = chart.y(lane: place.lane)
            let when = event.hasTime ? event.at.description : event.at.date.description
            let severity = event.severity.map { " sev-\($0.rawValue)" } ?? ""
            svg += "<g class=\"event\(severity)\"><title>\(h("\(event.label), \(when)\(event.flags.isEmpty ? "" : " (\(event.flags.joined(separator: ", ")))"): \(event.detail)"))</title>"
            svg += "<line class=\"stem\" x1=\"\(n(place.x))\" y1=\"\(n(chart.axisY))\" x2=\"\(n(place.x))\" y2=\"\(n(y - TimelineLayout.markRadius))\"/>"
            svg += shape(event.kind, x: place.x, y: y)
            if let severity = event.severity, severity > .info {
                let bx = place.x + TimelineLayout.markRadius - 1, by = y - TimelineLayout.markRadius + 1
                svg += "<circle class=\"badge sev-\(severity.rawValue)\" cx=\"\(n(bx))\" cy=\"\(n(by))\" r=\"5\"/><text class=\"badge-text\" x=\"\(n(bx))\" y=\"\(n(by + 3.5))\">!</text>"
            }
            let anchor = place.toLeft ? "end" : "start"
            let textX = place.toLeft ? place.textEnd : place.textStart
            svg += "<text class=\"label\" x=\"\(n(textX))\" y=\"\(n(y + 4))\" text-anchor=\"\(anchor)\">\(h(chart.labels[index]))</text></g>"
        }
        return svg + "</svg>"
    }

    // MARK: Style

    /// Light and dark palettes through custom properties; the shapes and words carry the meaning,
    /// the colours repeat it.
    static let stylesheet = """

        :root { --bg: #ffffff; --fg: #1b1f24; --muted: #57606a; --line: #d0d7de; --card: #f6f8fa;
          --interview: #0550ae; --thanks: #1a7f37; --missing: #cf222e; --out: #8250df; --reply: #0a7c86;
          --decision: #9a6700; --next: #57606a; --error: #cf222e; --warning: #9a6700; --info: #0969da;
          --today: #cf222e; --due: #1a7f37; color-scheme: light dark; }
        @media (prefers-color-scheme: dark) {
          :root { --bg: #0d1117; --fg: #e6edf3; --muted: #9da7b3; --line: #30363d; --card: #161b22;
            --interview: #79c0ff; --thanks: #56d364; --missing: #ff7b72; --out: #d2a8ff; --reply: #56d4dd;
            --decision: #e3b341; --next: #9da7b3; --error: #ff7b72; --warning: #e3b341; --info: #79c0ff;
            --today: #ff7b72; --due: #56d364; }
        }
        * { box-sizing: border-box; }
        body { margin: 0; background: var(--bg); color: var(--fg); font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Liberation Sans", sans-serif; }
        header.page, main { max-width: 1000px; margin: 0 auto; padding: 0 16px; }
        header.page { padding-top: 16px; }
        h1 { font-size: 1.6em; margin: 0.2em 0; }
        h2 { font-size: 1.3em; margin: 1.4em 0 0.3em; }
        h3 { font-size: 1.05em; margin: 1em 0 0.3em; }
        header.page p, .facts, .where, .detail, .count, .rule { color: var(--muted); }
        code { font: 0.9em ui-monospace, "DejaVu Sans Mono", monospace; overflow-wrap: anywhere; }
        a { color: var(--info); }
        .figures { display: grid; grid-template-columns: repeat(auto-fill, minmax(145px, 1fr)); gap: 10px; }
        .figure { background: var(--card); border: 1px solid var(--line); border-radius: 8px; padding: 10px 12px; }
        .figure h3 { margin: 0; font-size: 0.85em; font-weight: 600; color: var(--muted); }
        .figure .value { margin: 0; font-size: 1.8em; font-weight: 700; }
        .figure .detail { margin: 0 0 4px; font-size: 0.85em; }
        svg.bar { width: 100%; height: 14px; display: block; }
        .st-waiting { fill: var(--info); } .st-offer, .st-accepted { fill: var(--thanks); }
        .st-rejected { fill: var(--missing); } .st-withdrawn, .st-closed { fill: var(--next); }
        .meter-track { fill: var(--line); } .meter-fill { fill: var(--thanks); }
        ol.due, ul.contents, ul.findings, ol.events, ul.undated { padding-left: 0; list-style: none; }
        ol.due li, ul.contents li, ul.findings li, ol.events li, ul.undated li { margin: 4px 0; overflow-wrap: anywhere; }
        .group { display: inline-block; min-width: 7em; font-size: 0.8em; font-weight: 700; text-transform: uppercase; letter-spacing: 0.03em; }
        .group-overdue { color: var(--error); } .group-today { color: var(--warning); } .group-this-week { color: var(--info); }
        .status { border: 1px solid var(--line); border-radius: 10px; padding: 0 7px; font-size: 0.85em; }
        .legend ul { display: flex; flex-wrap: wrap; gap: 4px 18px; padding: 0; list-style: none; font-size: 0.9em; }
        .icon { width: 18px; height: 18px; vertical-align: -4px; }
        article.note { border-top: 1px solid var(--line); margin-top: 24px; }
        .chart { overflow-x: auto; background: var(--card); border: 1px solid var(--line); border-radius: 8px; }
        .chart svg { display: block; width: 100%; min-width: 720px; height: auto; }
        svg text { fill: var(--fg); font: 12px system-ui, -apple-system, "Segoe UI", Roboto, "Liberation Sans", sans-serif; }
        svg .tick-label { fill: var(--muted); font-size: 10px; text-anchor: middle; }
        svg .marker-label { font-size: 11px; fill: var(--muted); }
        .axis { stroke: var(--fg); stroke-width: 1.5; } .tick { stroke: var(--fg); }
        .stem { stroke: var(--line); stroke-width: 1; }
        .today-line { stroke: var(--today); stroke-width: 2; }
        .due-line { stroke: var(--due); stroke-width: 1.5; stroke-dasharray: 5 4; }
        .mark { stroke: var(--bg); stroke-width: 1.5; }
        .k-interview.mark { fill: var(--interview); } .k-thank-you.mark { fill: var(--thanks); }
        .k-missing-thank-you.mark { fill: var(--bg); stroke: var(--missing); stroke-width: 2; }
        .cross { stroke: var(--missing); stroke-width: 2; fill: none; }
        .k-follow-up.mark { fill: var(--out); } .k-reply.mark { fill: var(--reply); }
        .k-decision.mark { fill: var(--decision); }
        .k-next.mark { fill: none; stroke: var(--next); stroke-width: 2; stroke-dasharray: 3 2; }
        .event.sev-error .mark:not(.k-missing-thank-you):not(.k-next) { stroke: var(--error); stroke-width: 2; }
        .event.sev-warning .mark:not(.k-missing-thank-you):not(.k-next) { stroke: var(--warning); stroke-width: 2; }
        .badge.sev-error { fill: var(--error); } .badge.sev-warning { fill: var(--warning); }
        .badge-text { fill: var(--bg); font-size: 9px; font-weight: 700; text-anchor: middle; }
        ol.events .flags { font-weight: 600; }
        ol.events li.sev-error .flags { color: var(--error); } ol.events li.sev-warning .flags { color: var(--warning); }
        ol.events .detail, ul.undated .detail { display: block; margin-left: 24px; font-size: 0.9em; }
        ol.events time, ol.due time { font-variant-numeric: tabular-nums; }
        .findings .severity { display: inline-block; min-width: 4.5em; font-size: 0.8em; font-weight: 700; text-transform: uppercase; }
        .findings .sev-error .severity { color: var(--error); } .findings .sev-warning .severity { color: var(--warning); }
        .findings .sev-info .severity { color: var(--info); }
        .clean { color: var(--thanks); font-weight: 600; }

        """
}
