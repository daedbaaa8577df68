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
    /// text is looked at byte by byte, allocating nothing, so that most lines are turned away
    /// before their words are made.
    static func appointmentWord(in line: ProseLine) -> Int? {
        let found = line.text.utf8.withContiguousStorageIfAvailable(isAppointmentLine)
            ?? Array(line.text.utf8).withUnsafeBufferPointer(isAppointmentLine)
        guard found else { return nil }
        return line.words.prefix(4).firstIndex(where: appointmentWords.contains)
    }

    private static let appointmentSpellings: [[UInt8]] = appointmentWords.map { Array($0.utf8) }
    private static let prepositionSpellings: [[UInt8]] = meetingPrepositions.map { Array($0.utf8) }

    /// An appointment word in the first three space-separated pieces (their leading marks skipped,
    /// their letters alone compared), and a preposition piece followed by a capitalised one.
    private static func isAppointmentLine(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var opens = false
        var index = 0
        for _ in 0..<3 where !opens {
            while index < bytes.count, bytes[index] == UInt8(ascii: " ") { index += 1 }
            var end = index
            while end < bytes.count, bytes[end] != UInt8(ascii: " ") { end += 1 }
            var start = index
            while start < end, !isLetter(bytes, at: start) { start += UTF8Cursor.decode(bytes, at: start).width }
            var stop = start
            while stop < end, isLetter(bytes, at: stop) { stop += UTF8Cursor.decode(bytes, at: stop).width }
            opens = appointmentSpellings.contains { equalsLowercased(bytes, start..<stop, $0) }
            index = end
        }
        guard opens else { return false }
        var previous: Range<Int>?
        index = 0
        while index < bytes.count {
            guard bytes[index] != UInt8(ascii: " ") else { index += 1; continue }
            var end = index
            while end < bytes.count, bytes[end] != UInt8(ascii: " ") { end += 1 }
            if let previous, prepositionSpellings.contains(where: { equalsLowercased(bytes, previous, $0) }) {
                var first = index
                while first < end, bytes[first] == UInt8(ascii: "*") || bytes[first] == UInt8(ascii: "[") { first += 1 }
                if first < end, Character(UTF8Cursor.decode(bytes, at: first).scalar).isUppercase { return true }
            }
            previous = index..<end
            index = end
        }
        return false
    }

    @inline(__always) private static func isLetter(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
        let byte = bytes[index]
        if byte < 0x80 { return byte | 0x20 >= UInt8(ascii: "a") && byte | 0x20 <= UInt8(ascii: "z") }
        return Character(UTF8Cursor.decode(bytes, at: index).scalar).isLetter
    }

    /// Whether the bytes in `range`, ASCII letters lowercased, spell `word` (lowercase ASCII).
    @inline(__always) private static func equalsLowercased(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, _ word: [UInt8]) -> Bool {
        guard range.count == word.count else { return false }
        for (offset, expected) in word.enumerated() {
            var byte = bytes[range.lowerBound + offset]
            if byte >= UInt8(ascii: "A"), byte <= UInt8(ascii: "Z") { byte |= 0x20 }
            if byte != expected { return false }
        }
        return true
    }
}
