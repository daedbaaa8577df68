/// "Termin am 16.11. um 14 Uhr, Gespräch mit Uwe Kraus", "Rendez-vous le 25.11. à 10h avec Hélène
/// Dubois", "Afspraak op 19-11-2026 met Anouk Visser", "Cita el 17/11 con Marta Gil": an appointment
/// word opening a line with a day and a person met names the interview in notes written in German,
/// French, Dutch or Spanish. Only a fallback: a line that says "interview" wins, and the note must
/// still speak of a job (`ProseFacts.interviewStems`) to be checked, so a doctor's appointment is no interview.
extension ProseFacts {
    static let appointmentWords: Set<String> = ["termin", "rendez", "rdv", "afspraak", "cita"]
    /// Words before a person met: "mit", "avec", "met", "con", "with".
    static let meetingPrepositions: Set<String> = ["mit", "avec", "met", "con", "with"]

    /// The index in `line.words` of the appointment word, when it stands among the first three
    /// words and a capitalised name follows one of `meetingPrepositions` later in the line. The
    /// first words are looked at on the text, so that most lines are turned away before their words are made.
    static func appointmentWord(in line: ProseLine) -> Int? {
        let pieces = line.text.split(separator: " ", maxSplits: 3).prefix(3).map { piece in
            String(piece.drop { !$0.isLetter }.prefix { $0.isLetter }).quickLowercased()
        }
        guard pieces.contains(where: appointmentWords.contains) else { return nil }
        var previous = ""
        for piece in line.text.split(separator: " ") {
            defer { previous = String(piece).quickLowercased() }
            if meetingPrepositions.contains(previous), let first = piece.drop(while: { $0 == "*" || $0 == "[" }).first, first.isUppercase {
                return line.words.prefix(4).firstIndex(where: appointmentWords.contains)
            }
        }
        return nil
    }
}
