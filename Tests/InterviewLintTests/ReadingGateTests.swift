import Testing
@testable import InterviewLint

/// A gate lets a reader pass over a text on a look at its bytes. A gate may let through more than
/// the reading needs, never less: these check it on texts built to stress where words begin.
@Suite("Gates of the readers")
struct ReadingGateTests {
    /// The first word of the tokens that is no month or weekday, as `LogThread.recordsSilence` reads it.
    private func firstWord(_ text: String) -> Word? {
        Tokenizer.tokens(text).lazy.compactMap(\.word).first { !LogThread.dateWords.contains($0) }
    }

    @Test("a line that opens with a word of silence, after any date, always passes the byte gate of recordsSilence")
    func silenceGate() {
        let pieces = ["no", "No", "NO", "never", "Never", "still", "nothing", "didn't", "didn’t", "haven't", "hasn't",
                      "reply", "Mon", "monday", "Nov", "november", "23/11", "2026-11-23", "10:30", "10", "am", "pm", "a",
                      "p", ".m.", "5pm", "1st", "2nd", "q3", "é", "Zoë", "—", "-", ":", ",", " ", " ", "  ", "'", "’",
                      "(", "x2y", "Emailed", "Jane", "abcdefghijklmnopqrs", "\u{212A}"]
        var generator = SeededGenerator(seed: 11)
        var texts = ["no reply", "Mon 23/11 — no reply at all", "still nothing", "10 am no reply", "5pm no news",
                     "Nov 23: never heard back", "didn't hear back", "They are still interviewing", "2nd no"]
        for _ in 0..<6_000 {
            let count = Int.random(in: 1...8, using: &generator)
            texts.append((0..<count).map { _ in pieces.randomElement(using: &generator)! }.joined(separator: Bool.random(using: &generator) ? " " : ""))
        }
        let openers: Set<Word> = ["no", "never", "still", "nothing", "didn't", "didnt", "haven't", "havent", "hasn't", "hasnt"]
        var missed = 0
        var opening = 0
        for text in texts {
            guard let word = firstWord(text), openers.contains(word) else { continue }
            opening += 1
            if !LogThread.mayOpenWithSilence(text) {
                missed += 1
                if missed <= 5 { Issue.record("the gate turned away \(text.debugDescription)") }
            }
        }
        #expect(missed == 0)
        // The texts do test it: many open with such a word, and the gate turns most others away.
        #expect(opening > 500)
        #expect(texts.filter { !LogThread.mayOpenWithSilence($0) }.count > 1_500)
    }
}
