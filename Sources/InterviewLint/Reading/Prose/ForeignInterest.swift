/// Interest in the job said in German, French, Dutch and Spanish thank-yous, in the words people
/// write there ("dass ich die Stelle sehr gerne hätte", "würde mich sehr freuen", "me encantaría").
enum ForeignInterest {
    static let phrases = [
        "gerne hätte", "sehr gerne", "gern hätte", "würde mich sehr freuen", "würde mich freuen", "freuen würde", "freue mich",
        "großes interesse", "grosses interesse", "weiterhin interesse", "nach wie vor interesse",
        "j'aimerais beaucoup", "j'aimerais vraiment", "très envie", "vivement intéressé", "vivement intéressée", "ravi de rejoindre",
        "ravie de rejoindre", "très motivé", "très motivée",
        "heel graag", "zou graag", "erg graag", "enthousiast", "nog steeds interesse",
        "me encantaría", "me gustaría mucho", "muchas ganas", "muy ilusionado", "muy ilusionada", "sigo interesado", "sigo interesada",
    ]

    /// Whether the lowercased sentence holds one of the phrases as whole words.
    static func says(_ lower: String) -> Bool {
        phrases.contains { lower.containsWholeWords($0) }
    }
}
