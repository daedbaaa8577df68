import Foundation

/// Comparing words that may be misspelled: the edit distance between two strings, and the folded
/// form (lowercase, no accents) in which names and titles are compared.
enum FuzzyMatch {
    /// Lowercase, without accents, with letters that have no decomposition spelled plainly.
    static func fold(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        for scalar in text.lowercased().decomposedStringWithCanonicalMapping.unicodeScalars {
            if scalar.properties.generalCategory == .nonspacingMark { continue }
            switch scalar {
            case "ø": out.append("o")
            case "æ": out.append(contentsOf: "ae".unicodeScalars)
            case "œ": out.append(contentsOf: "oe".unicodeScalars)
            case "ß": out.append(contentsOf: "ss".unicodeScalars)
            case "ł": out.append("l")
            case "đ", "ð": out.append("d")
            case "þ": out.append(contentsOf: "th".unicodeScalars)
            case "ı": out.append("i")
            default: out.append(scalar)
            }
        }
        return String(out)
    }

    /// Whether `written` is `word` typed with one slip: a letter left out ("intervew") or two
    /// neighbours swapped ("resmue"); on bytes, for the ASCII words a key or cue is. A letter
    /// added is no slip here: "interviews" is another word.
    static func isOneSlip(_ written: String, of word: String) -> Bool {
        let a = Array(written.utf8), b = Array(word.utf8)
        guard !a.isEmpty, a != b else { return false }
        var same = 0
        while same < a.count, same < b.count, a[same] == b[same] { same += 1 }
        if a.count == b.count - 1 { return a[same...].elementsEqual(b[(same + 1)...]) }
        guard a.count == b.count, same + 1 < a.count else { return false }
        return a[same] == b[same + 1] && a[same + 1] == b[same] && a[(same + 2)...].elementsEqual(b[(same + 2)...])
    }

    /// Damerau–Levenshtein distance (adjacent transpositions count as one edit), in characters.
    static func editDistance(_ a: String, _ b: String) -> Int {
        // The characters of ASCII text are its bytes, "\r\n" (one character) apart; bytes compare
        // many times faster, and a configuration naming thousands of unknown rules asks for
        // dozens of distances each.
        if a.isPlainASCII, b.isPlainASCII { return editDistance(Array(a.utf8), Array(b.utf8)) }
        return editDistance(Array(a), Array(b))
    }

    static func editDistance<Element: Equatable>(_ a: [Element], _ b: [Element]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous2 = [Int](repeating: 0, count: b.count + 1)
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    current[j] = min(current[j], previous2[j - 2] + 1)
                }
            }
            (previous2, previous, current) = (previous, current, previous2)
        }
        return previous[b.count]
    }
}

extension String {
    /// ASCII without a carriage return: text whose characters are its bytes.
    fileprivate var isPlainASCII: Bool {
        utf8.withContiguousStorageIfAvailable { bytes in !bytes.contains { $0 >= 0x80 || $0 == 0x0D } } ?? false
    }
}

/// "Did you mean …?" for misspelled names: the closest by edits, or one the name abbreviates
/// (`warn` → `warning`, `without-timeframe-days` → `without-timeframe-business-days`).
enum Suggestion {
    static func nearest(_ name: String, in candidates: [String]) -> String? {
        let lowered = name.lowercased()
        guard !lowered.isEmpty else { return nil }
        let scored = candidates.map { ($0, FuzzyMatch.editDistance(lowered, $0.lowercased())) }
        if let best = scored.min(by: { $0.1 < $1.1 }), best.1 <= max(2, lowered.count / 3) { return best.0 }
        let parts = lowered.split(separator: "-")
        let abbreviated = candidates.filter { candidate in
            let candidateParts = candidate.lowercased().split(separator: "-")
            return candidate.lowercased().hasPrefix(lowered) || parts.allSatisfy { candidateParts.contains($0) }
        }
        return abbreviated.count == 1 ? abbreviated[0] : nil
    }
}
