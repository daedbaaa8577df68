import Testing
@testable import InterviewLint

/// Emails pasted into notes (headers, quoted replies, Gmail's copied header) and the status in
/// the user's words (a `Status:` line anywhere, the last contact that ends the process).
@Suite("Pasted emails and status")
struct PastedEmailTests {
    static let people = """
        # Acme Robotics — Data Analyst

        Interview: Thu Oct 29 2026, 1:30 PM.

        ## Interviewers
        - [x] Grace Adeyemi — grace.adeyemi@acme.example — 614-555-0148
        - [x] Henrik Solberg — henrik.solberg@acme.example — 614-555-0173

        """

    func entry(_ note: Interview, line: Int) -> LogEntry? { note.log.first { $0.range.start.line == line } }

    @Test("a pasted chat: the speaker says who wrote, by text message; thanks in passing is no thank-you; 'Thank-you: emailed Grace on 29 Oct at 6.30pm' is one")
    func pastedChat() throws {
        let note = read(Self.people + """

            Thank-you: emailed Grace Adeyemi on 29 Oct at 6.30pm — recapped the recovery model, said I'm still very keen.

            WhatsApp with the recruiter:

            [29/10/2026, 14:02] Henrik Solberg: Great to meet you, call you next week?
            [29/10/2026, 14:03] Me: great thanks
            """)
        let thanks = note.log.filter { $0.kind == .thankYou }
        #expect(thanks.map(\.interviewers) == [[0]])
        #expect(thanks.first?.date?.value.description == "2026-10-29 18:30")
        let henrik = try #require(note.log.first { $0.interviewers == [1] })
        #expect(!henrik.isOutgoing && henrik.channel?.value == .text && henrik.kind == .other)
        let mine = try #require(note.log.first { $0.range.start.line == 14 })
        #expect(mine.isOutgoing && mine.kind == .other && mine.people.isEmpty)
        let unsure = note.problems.filter { $0.range.start.line == 14 }.map(\.uncertain)
        #expect(!unsure.isEmpty && !unsure.contains(false))
    }

    @Test("a message quoted again in the reply to it ('> On …, Jordan wrote:') is the one read, not a second thank-you; 'emailed her' is the person just before")
    func quotedAgainInReply() throws {
        let note = read(Self.people + """
            **From:** Jordan Reyes <jordan.reyes@mail.example>
            **To:** Grace Adeyemi <grace.adeyemi@acme.example>
            **Date:** Thu, Oct 29, 2026 at 5:10 PM
            **Subject:** Thank you

            Hi Grace, thank you for today. I enjoyed our talk about the recovery model, and I'm very interested in the role.

            **From:** Grace Adeyemi <grace.adeyemi@acme.example>
            **To:** Jordan Reyes
            **Date:** Fri, Oct 30, 2026 at 9:00 AM
            **Subject:** Re: Thank you

            > Thanks Jordan, lovely to meet you.
            >
            > On Thu, Oct 29, 2026 at 5:10 PM Jordan Reyes wrote:
            > > Hi Grace, thank you for today...

            Nov 9, 9:05am: email from Grace asking for references.
            Nov 9, 11:30am: emailed her the references.
            """)
        let thanks = note.log.filter { $0.kind == .thankYou }
        #expect(thanks.count == 1)
        #expect(thanks.first?.recapsConversation == true && thanks.first?.reiteratesInterest == true)
        #expect(note.log.last?.interviewers == [0])
        #expect(note.log.last?.isOutgoing == true)
    }

    @Test("Outlook header blocks: one contact each, direction from the interviewers, the reply after a rejection no thank-you")
    func outlookBlocks() throws {
        let note = read(Self.people + """
            Emails, pasted from Outlook:

            From: Jordan Reyes <jordan.reyes@mail.example>
            Sent: Thursday, October 29, 2026 5:48 PM
            To: Grace Adeyemi <grace.adeyemi@acme.example>; Henrik Solberg <henrik.solberg@acme.example>
            Subject: Thank you - Data Analyst interview

            Dear Grace and Henrik,

            Thank you both for your time. I enjoyed our discussion of the recovery model. I am very interested in the position.

            From: Grace Adeyemi <grace.adeyemi@acme.example>
            Sent: Monday, November 9, 2026 3:02 PM
            To: Jordan Reyes <jordan.reyes@mail.example>
            Subject: RE: Thank you - Data Analyst interview

            Hi Jordan, after a lot of discussion we have decided to move forward with another candidate.

            -----Original Message-----
            From: Jordan Reyes <jordan.reyes@mail.example>
            Sent: Tuesday, November 10, 2026 9:31 AM
            To: Grace Adeyemi
            Subject: RE: Thank you - Data Analyst interview

            Thanks for letting me know. Would you reconsider?

            11/12 - called Henrik at 11:05, the decision stands.
            """)
        #expect(note.start?.value == LocalDateTime(date: LocalDate(year: 2026, month: 10, day: 29)!, hour: 13, minute: 30))
        let thanks = try #require(entry(note, line: 10))
        #expect(thanks.isOutgoing && thanks.kind == .thankYou && thanks.interviewers == [0, 1])
        #expect(thanks.recapsConversation && thanks.reiteratesInterest)
        #expect(thanks.date?.value == LocalDateTime(date: LocalDate(year: 2026, month: 10, day: 29)!, hour: 17, minute: 48))
        let rejection = try #require(entry(note, line: 19))
        #expect(!rejection.isOutgoing && rejection.interviewers == [0] && rejection.channel?.value == .email)
        let reply = try #require(entry(note, line: 27))
        #expect(reply.isOutgoing && reply.kind == .other)
        // The reply's body stops before the note's own dated line.
        #expect(reply.range.end.line == 32)
        #expect(note.currentStatus == .rejected)
    }

    @Test("Gmail: a copied header with `to …`, a reply above a quoted message, dated by the line introducing them")
    func gmailThread() throws {
        let note = read("""
            # Velora — Designer

            Onsite Mon 16 Nov 2026, 11:00.

            ## Cards
            - Katheryn Doyle — VP Product — katheryn.doyle@velora.example
            - Ana Gonçalves — Talent Partner — ana.goncalves@velora.example

            ## Emails

            Mon 16 Nov, 18:02 — thank-you to Kathryn:

            > **Thank you — Designer**
            > Sam Whitford <sam@mailbox.example>
            > to Kathryn
            >
            > Thank you for going through my portfolio. I keep coming back to your question about the onboarding flow. I'm very excited about the role.

            Tue 17 Nov — Ana replied asking for the deck; I sent the link at 12:40:

            > Hi Ana, here's the deck.
            >
            > > On Tue, 17 Nov 2026 at 09:12, Ana Gonçalves <ana.goncalves@velora.example> wrote:
            > >
            > > Hi Sam, could you send over the case study deck?
            """)
        let thanks = try #require(entry(note, line: 11))
        #expect(thanks.kind == .thankYou && thanks.isOutgoing && thanks.recapsConversation && thanks.reiteratesInterest)
        #expect(thanks.date?.value == LocalDateTime(date: LocalDate(year: 2026, month: 11, day: 16)!, hour: 18, minute: 2))
        // "Kathryn" is a misspelling of the card's "Katheryn", pointed at where it is written.
        #expect(thanks.people.first?.match == .nearMiss && thanks.people.first?.written.range.start.line == 15)
        let reply = try #require(entry(note, line: 19))
        #expect(reply.isOutgoing && reply.interviewers == [1] && reply.kind == .other)
        #expect(reply.date?.value == LocalDateTime(date: LocalDate(year: 2026, month: 11, day: 17)!, hour: 12, minute: 40))
        let quoted = try #require(entry(note, line: 23))
        #expect(!quoted.isOutgoing && quoted.interviewers == [1])
        #expect(quoted.date?.value == LocalDateTime(date: LocalDate(year: 2026, month: 11, day: 17)!, hour: 9, minute: 12))
        #expect(note.log.count == 3)
    }

    @Test("bold-key blocks with the message in a code block; a Channel line; an address as the card gives it")
    func boldKeyBlocks() throws {
        let note = read("""
            # Calloway Rail

            **Date:** 2026-11-04 10:30

            ## Contacts
            | Name | Email |
            |------|-------|
            | Rhiannon Pryce | rhiannon.pryce@calloway.example (found on LinkedIn) |
            | Kwame Asante | kwame.asante@calloway.example |

            ## Communications

            ### Thank-you: Rhiannon

            **Date:** 2026-11-04 17:50
            **To:** rhiannon.pryce@calloway.example
            **Channel:** Email
            **Message:**
            ```
            Thanks again for this morning. I really enjoyed working through the validation problem with you.
            ```

            **Response:**
            ```
            —
            ```

            ### Chasing

            **Date:** 2026-11-23 10:15
            **To:** Rhiannon Pryce (+44 161 555 0142)
            **Channel:** Phone, left a voicemail
            """)
        let thanks = try #require(entry(note, line: 15))
        #expect(thanks.kind == .thankYou && thanks.interviewers == [0] && thanks.recapsConversation)
        #expect(thanks.range.end.line == 21)
        let call = try #require(entry(note, line: 30))
        #expect(call.channel?.value == .call && call.kind == .followUp && call.interviewers == [0])
        #expect(note.start?.value.hour == 10)
    }

    @Test("a pasted thank-you's body that goes back over the talk and says the writer wants the job recaps and reiterates interest")
    func recapInTheBody() throws {
        func email(_ body: String) -> String {
            """
            ---
            company: Harbourline Freight
            date: 2026-11-18 09:30
            ---
            # Harbourline Freight

            ## Interviewers
            - [x] Owen Pritchard — Operations Manager — owen.pritchard@harbourline.example — +44 20 7946 0100

            ## Sent

            From: Sam Rivera <sam.rivera@example.com>
            To: Owen Pritchard <owen.pritchard@harbourline.example>
            Date: Wed, 18 Nov 2026 17:40
            Subject: Thank you — Operations Analyst

            Dear Owen,

            \(body)

            Best,
            Sam
            """
        }
        let recapped = read(email("Thank you for meeting me this morning. It was great to hear how the team is rebuilding the cross-dock schedule, and I enjoyed talking through the peak-week forecasting problem with you. The role sounds like exactly the kind of work I want to do."))
        let thanks = try #require(recapped.log.first { $0.kind == .thankYou })
        #expect(thanks.recapsConversation && thanks.reiteratesInterest)
        // Thanks alone recap nothing and say no interest.
        let bare = read(email("Thank you for meeting me this morning. Have a good weekend."))
        let plain = try #require(bare.log.first { $0.kind == .thankYou })
        #expect(!plain.recapsConversation && !plain.reiteratesInterest)
    }

    @Test("an email's Date is never the interview's; an email before the interview or between strangers is no contact")
    func notTheInterview() {
        let header = """
            # Acme

            From: Grace Adeyemi <grace.adeyemi@acme.example>
            Date: Tue, 20 Oct 2026 09:12
            To: Jordan <jordan@mail.example>
            Subject: Interview invitation

            Can you come in on the 29th?
            """
        #expect(read(header).start == nil)
        let before = read(Self.people + "\n" + header.split(separator: "\n").dropFirst().joined(separator: "\n"))
        #expect(before.log.isEmpty)
        let strangers = read(Self.people + """
            From: Pat Doe <pat@mail.example>
            Date: Fri, 30 Oct 2026 09:12
            To: Jordan <jordan@mail.example>
            Subject: Thanks

            Thanks!
            """)
        #expect(strangers.log.isEmpty)
    }

    @Test("an email the log already records is that entry; a draft is none; one before the interview's hour is none")
    func duplicatesAndDrafts() throws {
        let email = """

            From: Jordan Reyes <jordan@mail.example>
            Sent: Thursday, October 29, 2026 5:48 PM
            To: Grace Adeyemi <grace.adeyemi@acme.example>
            Subject: Thank you

            Thank you for your time. I enjoyed our discussion of the recovery model.
            """
        let logged = read(Self.people + "## Follow-up\n- 2026-10-29 17:50 — Thank-you email to Grace Adeyemi.\n" + email)
        let entry = try #require(logged.log.first)
        #expect(logged.log.count == 1 && entry.kind == .thankYou && entry.recapsConversation)
        #expect(read(Self.people + "## Drafts" + email).log.isEmpty)
        let early = email.replacingOccurrences(of: "5:48 PM", with: "8:15 AM").replacingOccurrences(of: "Thank you", with: "Directions")
        #expect(read(Self.people + early).log.isEmpty)
    }

    @Test("a recruiting system's email from the company's domain is word from them, and its rejection the status")
    func fromTheCompany() throws {
        let note = read(Self.people + """
            > From: Acme Recruiting <no-reply@acme.example>
            > Date: Mon, 30 Nov 2026 08:05
            > To: Jordan Reyes <jordan@gmail.com>
            > Subject: Your application
            >
            > Unfortunately we have decided to move forward with other candidates.
            """)
        let email = try #require(note.log.first)
        #expect(!email.isOutgoing && email.people.isEmpty)
        #expect(note.currentStatus == .rejected)
        // An address at a public mail service says nothing of the company.
        #expect(read(Self.people + "From: Pat <pat@gmail.com>\nDate: Mon, 30 Nov 2026 08:05\nTo: Jordan <jordan@gmail.com>\n").log.isEmpty)
    }

    @Test("top key lines with a From: are the note's own; a header needs a Sent, Subject, address or three keys")
    func keyLinesStay() {
        #expect(!PastedEmails.isHeaderBlock(["**Date:** 2026-11-16 10:00", "**From:** referral by Kai"]))
        #expect(PastedEmails.isHeaderBlock(["Date: 2026-11-16 10:00", "To: jane@acme.example"]))
        #expect(PastedEmails.isHeaderBlock(["From: Jane Doe", "Subject: Thanks"]))
        #expect(read("# Acme\n\n**Date:** 2026-11-16 10:00\n**From:** referral by Kai\n").start?.value.hour == 10)
    }

    @Test("the user's quoted message is to the person its greeting names")
    func greeting() throws {
        let note = read(Self.people + """
            On Thu, Oct 29, 2026 at 6:10 PM Jordan Reyes <jordan@mail.example> wrote:
            > Dear Mr. Solberg, thanks so much for today! I loved hearing about the reserving work.
            """)
        let thanks = try #require(note.log.first)
        #expect(thanks.isOutgoing && thanks.interviewers == [1] && thanks.kind == .thankYou && thanks.recapsConversation)
    }

    @Test("a Status line anywhere, a key the user's app writes, a two-column row; an unknown word after Status is an info")
    func statusLines() {
        let log = "## Follow-up\n- 2026-11-05 18:00 — Thank-you email to Grace Adeyemi.\n"
        #expect(read(Self.people + log + "\n**Status: closed, not selected**\n").currentStatus == .rejected)
        #expect(read(Self.people + log + "- **Status: withdrawn**\n").currentStatus == .withdrawn)
        #expect(read(Self.people + log + "\n| **Outcome** | ❌ Unsuccessful |\n|---|---|\n").currentStatus == .rejected)
        #expect(read("---\nApp-Stage: Offered\ndate: 2026-10-29\n---\n# Acme\n").currentStatus == .offer)
        // A known word beats an unknown one in the front matter, and a pipeline label beside a known status is not reported.
        let both = read("---\nStage: Panel\nStatus: Waiting\ndate: 2026-10-29\n---\n# Acme\n\nStatus: Thank-you sent\n")
        #expect(both.currentStatus == .waiting && !both.problems.contains { $0.uncertain })
        let unknown = read(Self.people + log + "\nStatus: Panel\n")
        #expect(unknown.currentStatus == .waiting && unknown.problems.contains { $0.uncertain && $0.message.contains("Panel") })
    }

    @Test("the last contact that ends the process sets the status; an ending status field stays")
    func statusFromLog() {
        func status(_ lines: String, front: String = "") -> Interview.Status {
            read("---\ndate: 2026-10-29 13:30\n\(front)---\n" + Self.people.split(separator: "\n", omittingEmptySubsequences: false).dropFirst(3)
                .joined(separator: "\n") + "## Follow-up\n" + lines).currentStatus
        }
        #expect(status("- 2026-11-09 — Email from Grace Adeyemi: they went with another candidate.\n") == .rejected)
        #expect(status("- 2026-11-09 — Email from Grace Adeyemi: they went with another candidate.\n", front: "status: interviewing\n") == .rejected)
        #expect(status("- 2026-11-09 — Call from Grace Adeyemi: verbal offer!\n") == .offer)
        #expect(status("- 2026-11-09 — Emailed Grace Adeyemi to withdraw from the process.\n") == .withdrawn)
        #expect(status("- 2026-11-09 — Email from Grace Adeyemi: rejected.\n- 2026-11-12 — Call from Henrik Solberg: offered me the role after all.\n") == .offer)
        #expect(status("- 2026-11-09 — Email from Grace Adeyemi: verbal offer.\n", front: "status: rejected\n") == .rejected)
        // Hopes, questions, plans and someone else's offer are no status.
        #expect(status("- 2026-11-09 — Called Grace Adeyemi to ask about the offer timeline.\n") == .waiting)
        #expect(status("- 2026-11-09 — Email from Grace Adeyemi: no offer yet, one more candidate to see.\n") == .waiting)
        #expect(status("- 2026-11-09 — Called Grace Adeyemi; hoping for an offer by Friday.\n") == .waiting)
        #expect(status("- 2026-11-09 — Email from Grace Adeyemi: will we move forward? Not sure yet.\n") == .waiting)
    }

    @Test("sentences of a note without a log: only those naming an interviewer, after the interview")
    func statusFromProse() {
        let journal = """
            # Journal

            ## Thursday, October 29, 2026
            Met with Grace Adeyemi (hiring manager) at 1:30pm for the interview at Acme.

            """
        #expect(read(journal + "## Monday, November 9, 2026\nGrace emailed this afternoon with an offer!\n").currentStatus == .offer)
        #expect(read(journal + "## Monday, November 9, 2026\nCalled Grace. They have offered the job to someone with more experience.\n")
            .currentStatus == .rejected)
        #expect(read(journal + "- 2026-11-02 Wetherby Mills: rejection email.\n- Signed the offer from Lumio\n").currentStatus == .waiting)
        #expect(read(journal + "Grace told me they made an offer to another candidate last year.\n").currentStatus == .waiting)
    }

    @Test("a thread pasted newest first: the thank-you quoted under their rejection was sent before it, and stays a thank-you")
    func newestFirstThread() {
        let interview = read("""
            Marrow Lane Insurance — Claims Analyst (interview Wed Nov 4, 2026, 3:00 PM, 61 Ledger St)

            Met: Aldous Brenner, Claims Manager. Got his card.

            **From:** Aldous Brenner <aldous@marrowlane.example>
            **Date:** Fri, Nov 13, 2026 at 11:02 AM
            **Subject:** Re: Thank you — Claims Analyst interview
            **To:** Jo Pike <jo@mailbox.example>

            Hi Jo,

            Thank you again for coming in. We have decided to move forward with another candidate.

            Aldous

            > On Wed, Nov 4, 2026 at 7:12 PM Jo Pike <jo@mailbox.example> wrote:
            >
            > Dear Mr. Brenner,
            >
            > Thank you for meeting with me this afternoon. I enjoyed our conversation about the claims backlog.
            >
            > I'm very interested in the position.
            """)
        #expect(interview.company?.value == "Marrow Lane Insurance")
        // The title's job is nobody met.
        #expect(interview.people.map(\.name.value) == ["Aldous Brenner"])
        #expect(interview.currentStatus == .rejected)
        let thanks = interview.log.filter { $0.kind == .thankYou }
        #expect(thanks.count == 1 && thanks.first?.date?.value == moment("2026-11-04T19:12"))
        #expect(thanks.first?.recapsConversation == true && thanks.first?.reiteratesInterest == true)
    }

    @Test("statements of an ending, and what is none", arguments: [
        ("Unfortunately the panel has decided to progress with another candidate.", Interview.Status.rejected),
        ("You were not selected for the role.", .rejected),
        ("We will not be moving forward with your application.", .rejected),
        ("Verbal offer 🎉 155k + 10% bonus; written offer by Friday.", .offer),
        ("OFFER. Letter to follow by email.", .offer),
        ("Got ghosted after the onsite.", .closed),
        ("Sadly the position has been filled internally.", .closed),
    ])
    func statements(text: String, status: Interview.Status) {
        #expect(StatusReader.said(text, incoming: true, inEntry: true) == status)
    }

    @Test("no statement of an ending", arguments: [
        "If they make an offer I'll negotiate.", "Is the offer still coming?", "Other candidates: a handful.",
        "Offered to refer me whenever I want.", "Still no offer.", "I'm not moving forward until I hear from Lumio.",
        "Tried her twice, unsuccessful.", "Filled out the application form.",
    ])
    func nonStatements(text: String) {
        #expect(StatusReader.said(text, incoming: false, inEntry: true) == nil)
    }
}
