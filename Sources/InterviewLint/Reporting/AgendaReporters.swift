import Foundation

/// Renders the agenda: grouped text, JSON, or an RFC 5545 calendar.
public enum AgendaReporter {
    public enum Format: String, CaseIterable, Sendable {
        case text, json, ics
    }

    /// `faults`: configuration files that kept notes from being read, which the text's last line
    /// names rather than say there is nothing to do.
    public static func render(_ actions: [AgendaAction], now: LocalDateTime, format: Format,
                              faults: ConfigurationFaults = ConfigurationFaults()) -> String {
        switch format {
        case .text: return text(actions, now: now, faults: faults)
        case .json: return json(actions, now: now)
        case .ics: return ics(actions, now: now)
        }
    }

    /// When: `2026-11-17 10:00`, `Fri 2026-11-27 09:30–11:30`, or the day alone.
    static func when(_ action: AgendaAction) -> String {
        if action.allDay { return "\(action.start.date)" }
        if let end = action.end { return "\(action.start.date) \(LocalDateTime.clock(action.start.minuteOfDay))–\(LocalDateTime.clock(end.minuteOfDay))" }
        return action.start.description
    }

    static func text(_ actions: [AgendaAction], now: LocalDateTime, faults: ConfigurationFaults = ConfigurationFaults()) -> String {
        var out = ""
        for group in AgendaAction.Group.allCases {
            let members = actions.filter { $0.group == group }
            guard !members.isEmpty else { continue }
            out += "\(group.rawValue)\n"
            let width = members.map { when($0).count }.max() ?? 0
            for action in members {
                out += "  \(when(action).padding(to: width))  \(TerminalText.escaped(action.summary))  \(TerminalText.escaped(action.file)):\(action.range.start.line):\(action.range.start.column)\n"
            }
        }
        let counts = AgendaAction.Group.allCases.compactMap { group -> String? in
            let count = actions.filter { $0.group == group }.count
            return count == 0 ? nil : "\(count) \(group.rawValue.lowercased())"
        }
        if let fault = faults.summary {
            out += actions.isEmpty ? fault.prefix(1).uppercased() + fault.dropFirst() + ".\n"
                : "\(Wording.plural(actions.count, "action")) as of \(now): \(counts.joined(separator: ", ")) (\(fault)).\n"
        } else {
            out += actions.isEmpty ? "Nothing to do as of \(now).\n"
                : "\(Wording.plural(actions.count, "action")) as of \(now): \(counts.joined(separator: ", ")).\n"
        }
        return out
    }

    static func json(_ actions: [AgendaAction], now: LocalDateTime) -> String {
        func optional(_ value: String?) -> JSONValue { value.map { .string($0) } ?? .null }
        let document: JSONValue = .object([
            ("today", .string(now.iso)),
            ("actions", .array(actions.map { action in
                .object([
                    ("group", .string(action.group.rawValue)),
                    ("kind", .string(action.kind.rawValue)),
                    ("start", .string(action.allDay ? action.start.date.description : action.start.iso)),
                    ("end", optional(action.end?.iso)),
                    ("allDay", .bool(action.allDay)),
                    ("summary", .string(action.summary)),
                    ("person", optional(action.person)),
                    ("email", optional(action.email)),
                    ("phone", optional(action.phone)),
                    ("company", optional(action.company)),
                    ("role", optional(action.role)),
                    ("file", .string(action.file)),
                    ("line", .int(action.range.start.line)),
                    ("column", .int(action.range.start.column)),
                    ("rule", optional(action.rule)),
                    ("uid", .string(action.uid)),
                ])
            })),
        ])
        return document.rendered()
    }

    // MARK: iCalendar (RFC 5545)

    static func ics(_ actions: [AgendaAction], now: LocalDateTime) -> String {
        var lines = [
            "BEGIN:VCALENDAR", "VERSION:2.0",
            "PRODID:-//interview-lint//interview-lint \(InterviewLintVersion.current)//EN",
            "CALSCALE:GREGORIAN", "METHOD:PUBLISH",
        ]
        let stamp = utcStamp(now)
        for action in actions where action.kind != .closed {
            lines.append("BEGIN:VEVENT")
            lines.append("UID:\(action.uid)")
            lines.append("DTSTAMP:\(stamp)")
            if action.allDay {
                lines.append("DTSTART;VALUE=DATE:\(compact(action.start.date))")
                // The calendar's last day has no next day to end on.
                lines.append(action.start.date == .latest ? "DURATION:P1D"
                             : "DTEND;VALUE=DATE:\(compact(action.start.date.adding(days: 1)))")
            } else if let end = action.end {
                lines.append("DTSTART:\(compact(action.start))")
                lines.append("DTEND:\(compact(end))")
            } else {
                // A deadline: half an hour that ends at it.
                lines.append("DTSTART:\(compact(action.start.adding(minutes: -30)))")
                lines.append("DTEND:\(compact(action.start))")
            }
            lines.append("SUMMARY:\(escape(title(action)))")
            var details = [action.summary.prefix(1).uppercased() + action.summary.dropFirst()]
            if let person = action.person { details.append("Person: \(person)") }
            if let phone = action.phone { details.append("Phone: \(phone)") }
            if let email = action.email { details.append("Email: \(email)") }
            if let company = action.company { details.append("Company: \(company)" + (action.role.map { " (\($0))" } ?? "")) }
            details.append("Note: \(action.file):\(action.range.start.line)")
            lines.append("DESCRIPTION:\(escape(details.joined(separator: "\n")))")
            // A list: the commas between categories stay unescaped.
            lines.append("CATEGORIES:" + ["interview-lint", action.kind.rawValue].map(escape).joined(separator: ","))
            lines.append("BEGIN:VALARM")
            lines.append("ACTION:DISPLAY")
            lines.append("DESCRIPTION:\(escape(title(action)))")
            lines.append(action.allDay ? "TRIGGER:PT9H" : "TRIGGER:-PT15M")
            lines.append("END:VALARM")
            lines.append("END:VEVENT")
        }
        lines.append("END:VCALENDAR")
        return lines.map(fold).joined(separator: "\r\n") + "\r\n"
    }

    static func title(_ action: AgendaAction) -> String {
        let company = action.company.map { " (\($0))" } ?? ""
        switch action.kind {
        case .thankYou: return "Send thank-you to \(action.person ?? "interviewer")\(company)"
        case .call: return "Follow-up call: \(action.person ?? "interviewer")\(action.phone.map { " \($0)" } ?? "")\(company)"
        case .decision: return "Decision expected\(company)"
        case .stop: return "Stop contacting\(company): wait for their answer"
        case .closed: return "Closed\(company)"
        }
    }

    /// TEXT values: backslash, semicolon, comma and newline escaped, control characters and
    /// bidirectional overrides shown as `<U+XXXX>`.
    static func escape(_ text: String) -> String {
        var out = ""
        for character in text {
            switch character {
            case "\\": out += "\\\\"
            case ";": out += "\\;"
            case ",": out += "\\,"
            case "\n", "\r\n", "\r": out += "\\n"
            default: out.append(character)
            }
        }
        // RFC 5545 allows no control characters in TEXT but the tab; overrides would turn the
        // calendar's line around as they do a terminal's.
        return TerminalText.escaped(out, keeping: ["\t"])
    }

    /// Lines longer than 75 octets continue on lines that start with a space, never inside a
    /// UTF-8 sequence.
    static func fold(_ line: String) -> String {
        let bytes = Array(line.utf8)
        guard bytes.count > 75 else { return line }
        var chunks: [String] = []
        var start = 0
        var limit = 75
        while start < bytes.count {
            var end = min(start + limit, bytes.count)
            while end < bytes.count, bytes[end] & 0xC0 == 0x80 { end -= 1 }
            chunks.append(String(decoding: bytes[start..<end], as: UTF8.self))
            start = end
            limit = 74
        }
        return chunks.joined(separator: "\r\n ")
    }

    static func compact(_ date: LocalDate) -> String {
        pad(date.year, 4) + pad(date.month, 2) + pad(date.day, 2)
    }

    static func compact(_ moment: LocalDateTime) -> String {
        compact(moment.date) + "T" + pad(moment.hour, 2) + pad(moment.minute, 2) + "00"
    }

    /// "Now" in UTC, for DTSTAMP (the note's times stay floating local times).
    static func utcStamp(_ now: LocalDateTime) -> String {
        let offsetMinutes = TimeZone.current.secondsFromGMT() / 60
        return compact(now.adding(minutes: -offsetMinutes)) + "Z"
    }
}
