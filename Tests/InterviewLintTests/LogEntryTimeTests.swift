import Testing
@testable import InterviewLint

extension RobustnessTests {
    @Test("a log entry's time that cannot be (24:00, 10:60) is reported where it stands, the day still read (issue 18 D17)", arguments: [
        Labelled("hour 24 in a list item", "- 2026-11-16 24:00 — Email thank-you to Bob Smith. Recapped the roadmap.\n"),
        Labelled("minute 60 in a list item", "- 2026-11-16 10:60 — Email thank-you to Bob Smith. Recapped the roadmap.\n"),
        Labelled("after 'at'", "- 2026-11-16 at 25:15 — Email thank-you to Bob Smith. Recapped the roadmap.\n"),
        Labelled("a table's time column", "| Date | Time | Channel | With |\n|---|---|---|---|\n| 2026-11-16 | 24:00 | Email thank-you | Bob Smith |\n"),
    ])
    func impossibleLogTimes(_ sample: Labelled<String>) {
        let note = "---\ndate: 2026-11-16 10:00\n---\n## Interviewers\n- [x] Bob Smith\n## Follow-up\n" + sample.value
        let found = lint(note, today: "2026-11-17").filter { $0.rule == "unreadable-entry" }
        #expect(found.map(\.message).contains { $0.hasPrefix("log entry time '") && $0.hasSuffix("' is not a time of day (hours run 0 to 23, minutes 0 to 59); write it as 17:30") },
                "\(sample.name): \(found.map(\.message))")
        #expect(found.first?.range.start.line == 7 + (sample.value.hasPrefix("|") ? 2 : 0), "\(sample.name)")
        let entry = read(note).log.first
        #expect(entry?.date?.value.date == LocalDate(year: 2026, month: 11, day: 16) && entry?.hasTime == false, "\(sample.name)")
        #expect(entry?.kind == .thankYou && entry?.people.first?.interviewer == 0, "\(sample.name)")
    }

    @Test("after a dotted date a dotted time is the entry's time; a dotted date after it is none")
    func dottedTime() {
        let note = "---\ndate: 2026-11-16 10:00\n---\n## Interviewers\n- [x] Natalia Petrova — natalia@k.example\n## Follow-up\n"
        let log = read(note + "- 16.11.2026 17.12 thank-you email to Natalia, recap: staging model\n- 24.11.2026 10.15 called Natalia\n").log
        #expect(log.map { $0.date?.value } == [moment("2026-11-16T17:12"), moment("2026-11-24T10:15")])
        let plain = read(note + "- 16.11.2026 17.12.2026 thank-you email to Natalia\n").log
        #expect(plain.first?.hasTime == false)
    }

    @Test("a possible time after a log entry's date is read as before")
    func possibleLogTimes() {
        let note = "---\ndate: 2026-11-16 10:00\n---\n## Interviewers\n- [x] Bob Smith\n## Follow-up\n- 2026-11-16 23:59 — Email thank-you to Bob Smith. 24:00 is when they close.\n"
        #expect(lint(note, today: "2026-11-17").filter { $0.rule == "unreadable-entry" }.isEmpty)
        #expect(read(note).log.first?.date?.value == LocalDateTime(date: LocalDate(year: 2026, month: 11, day: 16)!, hour: 23, minute: 59))
    }
}

extension PlainTextNoteTests {
    @Test("a time zone in capitals after a log entry's time is not the start of its description", arguments: [
        "- 25-Nov 12:30 IST : Got call from the agency, feedback positive\n",
        "- 2026-11-25 12:30 CET — Got call from the agency, feedback positive\n",
    ])
    func zoneAfterLogTime(_ line: String) throws {
        let note = "---\ndate: 2026-11-24 10:00\n---\n## Follow-up\n" + line
        let entry = try #require(read(note).log.first)
        #expect(entry.date?.value == moment("2026-11-25T12:30"))
        #expect(entry.direction == .incoming)
    }

    @Test("a time zone and the time elsewhere in brackets: the person after them is read")
    func zoneAndOtherTime() throws {
        let note = "---\ndate: 2026-11-12 09:30\n---\n## Interviewers\n- Sanne de Wit\n- Mehmet Aksoy\n## Follow-up\n"
            + "- Mon 23 Nov, 10:30 EST (16:30 in Amsterdam) — called Sanne from home. She answered.\n"
        let entry = try #require(read(note).log.first)
        #expect(entry.date?.value == moment("2026-11-23T10:30"))
        #expect(entry.interviewers == [0] && entry.channel?.value == .call && entry.direction == .outgoing)
    }
}
