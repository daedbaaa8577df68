/// `file-encoding`: notes are UTF-8 text.
public struct FileEncoding: Rule {
    public static let description = RuleDescription(
        identifier: "file-encoding",
        tags: [.structure],
        defaultSeverity: .warning,
        summary: "A note that is not valid UTF-8 text or contains NUL bytes.",
        rationale: """
            A note saved in another encoding, or a binary file with a .md name, reads with \
            replacement characters where names and dates should be; the findings for it cannot be \
            trusted. Save it as UTF-8.
            """,
        triggering: [
            RuleExample("**Date:** 2026-11-16\n**Company:** Acme↓\u{0}\u{0}"),
        ],
        nonTriggering: [
            RuleExample("""
                ---
                date: 2026-11-16 10:00
                ---
                # Café Müller — Barista
                """),
        ],
        checksRawBytes: true)

    public static func check(_ context: RuleContext) -> [Finding] {
        context.interview.problems.filter { $0.kind == .encoding }.map { Finding($0.message, at: $0.range) }
    }
}
