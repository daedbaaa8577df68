/// `interview-lint dump --format text FILE`: what was read from a note and from which line, in
/// plain words, for a person checking why a rule spoke (or did not).
public enum ModelText {
    /// Control characters and bidirectional overrides from the note are shown as `<U+001B>`, as
    /// the text report does: this goes to a terminal.
    public static func render(_ interview: Interview, path: String) -> String {
        TerminalText.escaped(lines(interview, path: path), keeping: ["\n", "\t"])
    }

    private static func lines(_ interview: Interview, path: String) -> String {
        var out: [String] = []
        if interview.isTemplate {
            out.append("\(path): not checked: an unfilled template (`<% … %>` or `{{date}}` where the note's date would be)")
            out.append("  A note made from it is checked once its date is filled in.")
            return out.joined(separator: "\n") + "\n"
        }
        if interview.interviewsACandidate {
            out.append("\(path): not checked: a note about a candidate you interviewed (its title, a `Candidate:` line, a hiring verdict such as 'lean hire' or a scorecard, or a team meeting's minutes that speak of the candidates), not about your own interview")
            return out.joined(separator: "\n") + "\n"
        }
        if let companies = interview.tracksApplications {
            out.append("\(path): not checked: a job-tracker table of \(companies) companies (a Company column, a row per application), not the note of one interview")
            out.append("  Write each interview in a note of its own to have it checked (docs/format.md).")
            return out.joined(separator: "\n") + "\n"
        }
        if let kind = interview.otherKindOfNote {
            out.append("\(path): not checked: \(kind), not the note of an interview of yours")
            out.append("  If it is one, give it front matter such as `date: 2026-11-16 10:00` and `company: Acme` (docs/format.md).")
            return out.joined(separator: "\n") + "\n"
        }
        if interview.isNoJobInterview {
            out.append("\(path): not checked: an interview that is no job interview (its title says informational, podcast, usability, user, mock or exit interview, or interview practice, a line says 'not a job interview', or a show's guest or the radio is interviewed in a note that names no job): there is no hiring to follow up")
            out.append("  If it is a job interview, give it front matter such as `date: 2026-11-16 10:00` and `company: Acme` (docs/format.md).")
            return out.joined(separator: "\n") + "\n"
        }
        guard interview.isInterviewNote else {
            out.append("\(path): not checked: no sign of an interview was found (no interview date, company, interviewers, follow-up log or interview keys in the front matter, or none of them with a word of an interview or of hiring)")
            out.append("  To have it checked, give it front matter such as `date: 2026-11-16 10:00` and `company: Acme`, or an `## Interviewers` section (docs/format.md).")
            return out.joined(separator: "\n") + "\n"
        }
        if interview.rounds.isEmpty {
            out.append("\(path): one interview")
            describe(interview, into: &out, indent: "  ")
        } else {
            out.append("\(path): \(interview.rounds.count) interview rounds, each checked on its own")
            for round in interview.rounds {
                let info = round.round.map { "Round \($0.number) of \($0.count): \($0.label) (lines \($0.lines.lowerBound)–\($0.lines.upperBound))" } ?? "Round"
                out.append("  " + info)
                describe(round, into: &out, indent: "    ")
            }
        }
        return out.joined(separator: "\n") + "\n"
    }

    private static func at(_ range: SourceRange) -> String { "line \(range.start.line)" }

    private static func moment(_ value: LocalDateTime, hasTime: Bool) -> String {
        let day = "\(value.date.weekdayName.prefix(3)) \(value.date)"
        return hasTime ? "\(day) \(LocalDateTime.clock(value.minuteOfDay))" : day + " (no time written)"
    }

    private static func quote(_ text: String) -> String {
        let flat = text.split(whereSeparator: \.isNewline).joined(separator: " ")
        return "'" + (flat.count > 70 ? String(flat.prefix(67)) + "…" : flat) + "'"
    }

    private static func describe(_ interview: Interview, into out: inout [String], indent: String) {
        if let start = interview.start {
            out.append(indent + "Interview: \(moment(start.value, hasTime: interview.startHasTime)), from \(interview.startSource ?? at(start.range))")
        } else {
            out.append(indent + "Interview: no date found")
        }
        out.append(indent + "Company: " + (interview.company.map { "\($0.value), \(at($0.range))" } ?? "not found"))
        out.append(indent + "Status: " + (interview.status.map { "\($0.value.rawValue), \(at($0.range))" } ?? "waiting (the note gives none)"))

        if interview.people.isEmpty { out.append(indent + "People: none found") }
        for person in interview.people {
            var parts = [person.name.value + (person.isRecruiter ? " (recruiter)" : "")]
            if let title = person.title { parts.append(title.value) }
            parts.append(person.card.map { "card \($0.value ? "yes" : "no")" } ?? "card not said")
            parts.append(person.email?.value ?? "no email")
            parts.append(person.phone?.value ?? "no phone")
            out.append(indent + "Person, \(at(person.range)): " + parts.joined(separator: ", "))
        }

        func said(_ value: Located<Bool>?) -> String { value.map { "\($0.value ? "yes" : "no") (\(at($0.range)))" } ?? "not said" }
        out.append(indent + "Left with them: resume \(said(interview.beforeLeaving.resume)), contact details \(said(interview.beforeLeaving.contactInformation))")

        if let timeframe = interview.timeframe {
            let decision: String
            switch timeframe.decision {
            case .date(let date): decision = "decide by \(date.weekdayName) \(date)"
            case .vague: decision = "no date given (vague)"
            case .unrecognized: decision = "not understood"
            }
            out.append(indent + "Timeframe: \(decision), \(at(timeframe.range)) \(quote(timeframe.text))")
        } else {
            out.append(indent + "Timeframe: none found")
        }

        if interview.log.isEmpty { out.append(indent + "Contacts after the interview: none found") }
        for entry in interview.log {
            let names = entry.people.map { reference in
                reference.interviewer.map { interview.people[$0].name.value } ?? "\(reference.written.value) (not an interviewer)"
            }
            var what: String
            switch entry.kind {
            case .thankYou: what = "thank-you"
            case .followUp: what = "follow-up"
            case .other: what = entry.isOutgoing ? "contact" : "reply"
            }
            what += entry.isOutgoing ? (names.isEmpty ? " to nobody named" : " to " + names.joined(separator: ", "))
                : (names.isEmpty ? " from nobody named" : " from " + names.joined(separator: ", "))
            what += entry.channel.map { " by \($0.value.label)" } ?? ", channel not said"
            what += entry.date.map { ", " + moment($0.value, hasTime: entry.hasTime) } ?? ", undated"
            if entry.kind == .thankYou {
                what += ", recap \(entry.recapsConversation ? "✓" : "✗") interest \(entry.reiteratesInterest ? "✓" : "✗")"
            }
            out.append(indent + "Contact, \(at(entry.range)): " + what)
        }
        for mention in interview.mentions {
            out.append(indent + "Not read, \(at(mention.range)) (about a \(mention.kind.rawValue)): \(quote(mention.text))")
        }
        for problem in interview.problems {
            out.append(indent + "Problem, \(at(problem.range)): \(problem.message)")
        }
    }
}
