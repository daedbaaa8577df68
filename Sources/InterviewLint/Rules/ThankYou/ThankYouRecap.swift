/// `thank-you-recap`: a thank-you recalls what you talked about.
public struct ThankYouRecap: Rule {
    public static let description = RuleDescription(
        identifier: "thank-you-recap",
        tags: [.thankYou],
        defaultSeverity: .warning,
        summary: "A thank-you that does not recap the conversation.",
        rationale: """
            Recapping part of the conversation reminds them who you are and what you bring \
            (advice 3 in seeds/follow-up-advice.md). Note what you recalled: "Recap: the offline \
            sync design", or "recapping our talk about PID tuning".
            """,
        triggering: [
            RuleExample("""
                ---
                date: 2026-11-16 10:00
                ---
                ## Interviewers
                - [x] Jane Doe — jane.doe@acme.example — +1 555 0100
                ## Follow-up
                - ↓2026-11-16 17:30 — Email thank-you to Jane Doe. Reiterated interest.
                """),
        ],
        nonTriggering: [
            RuleExample("""
                ---
                date: 2026-11-16 10:00
                ---
                ## Interviewers
                - [x] Amara Okafor — amara@volt.example — +1 555 0102
                ## Follow-up
                - 2026-11-16 18:10 — Emailed Amara a thank-you, recapping our talk about PID tuning and reiterating my interest.
                """),
        ],
        reportsAbsence: true)

    public static func check(_ context: RuleContext) -> [Finding] {
        context.thankYous(lacking: .recap) { to in
            "the thank-you\(to) does not recap your conversation: mention something you discussed (write 'Recap: …' in the log)"
        }
    }
}
