import Testing
@testable import InterviewLint

/// The tokenizer reads UTF-8 bytes but counts offsets and lengths in Unicode scalars, which is
/// what the readers use to point at columns. These cases put multi-byte characters before and
/// inside tokens, where a byte count and a scalar count differ.
@Suite("Tokenizer")
struct TokenizerTests {
    /// "kind@offset+length" for each token, kinds written compactly.
    static func describe(_ text: String) -> [String] {
        Tokenizer.tokens(text).map { token in
            let kind: String
            switch token.kind {
            case .word(let word): kind = "w:\(word)"
            case .number(let value, let ordinal, let digits): kind = "n:\(value)\(ordinal ? "o" : "")/\(digits)"
            case .isoDate(let date):
                // What was written, from the token's offset and length.
                let written = text.scalars(from: token.offset, to: token.offset + token.length)
                kind = "d:\(date.map { "\($0)" } ?? "nil")|\(written)"
            case .slashDate(let first, let second, let year): kind = "s:\(first)/\(second)/\(year.map(String.init) ?? "-")"
            case .time(let minutes): kind = "t:\(minutes)"
            case .punctuation(let mark): kind = "p:\(mark)"
            }
            return "\(kind)@\(token.offset)+\(token.length)"
        }
    }

    @Test("words: lowercased, with inner apostrophes (’ written '), accents kept, offsets in scalars")
    func words() {
        #expect(Self.describe("Zoë’s ÉCOLE don't") == ["w:zoë's@0+5", "w:école@6+5", "w:don't@12+5"])
        #expect(Self.describe("—Jane’ Doe") == ["p:—@0+1", "w:jane@1+4", "p:’@5+1", "w:doe@7+3"])
        #expect(Self.describe("x2y 🎉 ok") == ["w:x2y@0+3", "p:🎉@4+1", "w:ok@6+2"])
    }

    @Test("numbers, ordinals and dates after multi-byte characters")
    func numbers() {
        #expect(Self.describe("é 2nd 3rdé 4th.") == ["w:é@0+1", "n:2o/1@2+3", "n:3/1@6+1", "w:rdé@7+3", "n:4o/1@11+3", "p:.@14+1"])
        #expect(Self.describe("— 2026-11-16, 2026-02-30 12/5/26 2026/12/05")
            == ["p:—@0+1", "d:2026-11-16|2026-11-16@2+10", "p:,@12+1", "d:nil|2026-02-30@14+10",
                "s:12/5/2026@25+7", "d:2026-12-05|2026/12/05@33+10"])
    }

    @Test("times: 17:30, seconds, 5.30 only before am or pm, meridiems merged")
    func times() {
        #expect(Self.describe("é 17:30:45 x") == ["w:é@0+1", "t:1050@2+8", "w:x@11+1"])
        #expect(Self.describe("17:30:4") == ["t:1050@0+5", "p::@5+1", "n:4/1@6+1"])
        #expect(Self.describe("5.30 pm") == ["t:1050@0+7"])
        #expect(Self.describe("5.30 then") == ["n:5/1@0+1", "p:.@1+1", "n:30/2@2+2", "w:then@5+4"])
        #expect(Self.describe("9 a.m. call") == ["t:540@0+6", "w:call@7+4"])
    }
}
