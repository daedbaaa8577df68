/// Lines that say the interview was held by video or phone ("format: video (Zoom)", "Phone
/// screen with Priya", "no cards on a video call"): nobody hands over a card there, so the
/// cards rule asks for the contact details instead.
enum RemoteInterview {
    /// Phrases of a call or video meeting, as people name the interview's form.
    static let remotePhrases = ["video call", "video interview", "video chat", "videocall", "video-call", "zoom",
                                "google meet", "ms teams", "microsoft teams", "teams call", "teams meeting", "on teams",
                                "via teams", "over teams", "webex", "skype", "phone screen", "phone interview",
                                "phone-screen", "telephone interview", "remote interview", "virtual interview",
                                "virtual onsite", "format: phone", "format: video", "type: phone", "type: video",
                                "videollamada", "videoconferencia", "videogespräch", "videointerview", "telefoninterview",
                                "videogesprek", "telefonisch gesprek", "telefonisches", "en visio", "par visio",
                                "entretien téléphonique", "entrevista telefónica", "videochiamata", "colloquio telefonico"]
    /// Words that say it was held face to face: a note that has them is taken as in person,
    /// unless a line itself says there was no card because the meeting was remote.
    static let inPersonPhrases = ["onsite", "on-site", "on site", "in person", "in-person", "face to face",
                                  "face-to-face", "office", "their building", "reception", "vor ort", "op kantoor",
                                  "sur place", "presencial"]

    /// Lines at the top read for the interview's form: the front matter, the title, key lines.
    static let topLines = 30

    /// The lines that say the interview was remote, by their number: among the note's top lines,
    /// and the lines that said a card was not collected (`cardLines`). Empty when the note says it
    /// was held in person as well (a phone screen before the onsite), unless a line gives the
    /// reason for no card itself. Only the lines that hold a stem of a remote word are lowered.
    static func signs(in source: SourceText, cardLines: Set<Int>) -> [Located<String>] {
        let bytes = source.bytes
        var remote: [Located<String>] = [], explicit: [Located<String>] = []
        func read(_ text: String, line: Int) {
            let lower = text.quickLowercased()
            guard let phrase = remotePhrases.first(where: { lower.byteRange(of: $0) != nil }) else { return }
            let sign = Located(phrase, SourceRange(line: line, column: 1, length: text.unicodeScalars.count))
            // "No cards on a video call", "phone screen, so no card": the line gives the reason itself.
            if lower.byteRange(of: "no card") != nil || lower.byteRange(of: "no business card") != nil {
                explicit.append(sign)
            } else {
                remote.append(sign)
            }
        }
        // The top lines, in one pass of the stems over their bytes; line numbers counted on from the last line read.
        var end = 0, newlines = 0
        while end < bytes.count, newlines < topLines { if bytes[end] == 0x0A { newlines += 1 }; end += 1 }
        let top = Array(bytes[..<end])
        var counted = 0, line = 1
        _ = ProseFacts.firstLine(of: top, withStemOf: stems) { slice in
            for index in counted..<slice.startIndex where top[index] == 0x0A { line += 1 }
            counted = slice.startIndex
            read(String(decoding: slice, as: UTF8.self), line: line)
            return false
        }
        for number in cardLines.sorted() where number > topLines { read(String(source.line(number)), line: number) }
        guard !remote.isEmpty else { return explicit }
        let lower = String(decoding: bytes, as: UTF8.self).quickLowercased()
        return inPersonPhrases.contains(where: { lower.byteRange(of: $0) != nil }) ? explicit : explicit + remote
    }

    /// Stems of the remote phrases, in the cases people write them, looked for in one pass over
    /// the bytes before any line is lowered.
    /// Each starts where its pair of bytes is rare in prose: a common one ("e ", "s ") would be
    /// looked up at most positions of the text.
    static let stems = StemSet(["ideo", "IDEO", "zoom", "Zoom", "ZOOM", "hone s", "hone i", "hone-s", "hone S", "hone I",
                                ": phone", ": Phone", "Teams", "gle meet", "Meet", "ebex", "kype", "emote i", "emote I",
                                "irtual", "elefon", "ELEFON", "elefón", "éléphon", "visio"])
}
