extension ProseLine {
    /// A callout's title that is a label over its lines, as a heading is (`> [!todo] Thank yous`,
    /// `> [!note] Follow-up`): short, no digit, no capital after its first letter. A title with a
    /// day (`> [!done] 2026-11-02 — Thank-you email`) or a name (`> [!person] Lucas Ferreira`)
    /// is what its lines go on.
    var isCalloutHeading: Bool {
        guard isCalloutTitle else { return false }
        var words = 0, first = true, inWord = false
        for scalar in text.unicodeScalars {
            if ("0"..."9").contains(scalar) { return false }
            if scalar == " " {
                inWord = false
                continue
            }
            if !inWord { words += 1; inWord = true }
            if !first, scalar.properties.isUppercase { return false }
            first = false
        }
        return words >= 1 && words <= 4
    }
}
