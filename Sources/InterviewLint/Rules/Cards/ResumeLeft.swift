/// `resume-left`: before leaving, make sure they have your resume and contact information.
public struct ResumeLeft: Rule {
    public static let description = RuleDescription(
        identifier: "resume-left",
        tags: [.cards],
        defaultSeverity: .warning,
        summary: "The note does not confirm that they have your resume and contact information.",
        rationale: """
            Following up only works if they can reach you and put your resume next to your name: \
            check both before you leave the building (advice 1 in seeds/follow-up-advice.md). \
            Record it as checklist items under "Before leaving". A resume carries your contact \
            details, so a resume left counts for both unless the note says the details were not \
            given. Quiet once the interview is closed (an offer, a rejection, a round that led to \
            the next one): nothing is left to hand over.
            """,
        triggering: [
            RuleExample("""
                ---
                date: 2026-11-16 10:00
                ---
                ## Before leaving
                - [x] They have my resume
                - ↓[ ] They have my contact information
                """),
            RuleExample("""
                ---
                date: 2026-11-16 10:00
                ---
                ↓# Acme Robotics
                ## Interviewers
                - [x] Jane Doe — jane.doe@acme.example — +1 555 0100
                """),
        ],
        nonTriggering: [
            RuleExample("""
                ---
                date: 2026-11-16 10:00
                ---
                ## Checklist
                - Left a printed copy of my resume with Ines
                - [x] Gave them my contact details
                """),
            RuleExample("""
                ---
                date: 2026-11-16 10:00
                ---
                ## Notes
                Left a copy of my CV with both of them.
                """),
            RuleExample("""
                ---
                date: 2026-11-16 10:00
                status: rejected
                ---
                ## Interviewers
                - [x] Jane Doe — jane.doe@acme.example — +1 555 0100
                """),
        ],
        quietWhenClosed: true,
        reportsAbsence: true)

    public static func check(_ context: RuleContext) -> [Finding] {
        guard context.interviewHasBegun, context.interview.currentStatus == .waiting else { return [] }
        let before = context.interview.beforeLeaving
        var findings: [Finding] = []
        let anchor = before.section ?? context.interview.anchor
        let missingResume = before.resume?.value != true
        // The resume has the contact details on it; only a note that says otherwise (an unticked
        // "they have my contact information") asks for them separately.
        let missingContact = before.contactInformation.map { $0.value != true } ?? missingResume
        if missingResume && missingContact && before.resume == nil && before.contactInformation == nil {
            return [Finding("the note does not confirm that they have your resume and contact information: check both before you leave and record them under \"Before leaving\"",
                            at: anchor)]
        }
        if missingResume {
            findings.append(Finding("the note does not confirm that they have your resume: leave a copy, or email it with your thank-you",
                                    at: before.resume?.range ?? anchor))
        }
        if missingContact {
            findings.append(Finding("the note does not confirm that they have your contact information: make sure they can reach you",
                                    at: before.contactInformation?.range ?? anchor))
        }
        return findings
    }
}
