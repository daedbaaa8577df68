import Glibc

/// Emails pasted into a note, wherever they stand (a paragraph, a blockquote, a code block,
/// bold-key lines): header blocks (`From:` / `To:` / `Date:` or `Sent:` / `Subject:`, Outlook's
/// under `-----Original Message-----`), Gmail's quoted replies (`On Tue, 17 Nov 2026 at 09:12, Ana
/// Gonçalves <ana@…> wrote:`) and the header Gmail copies (`Sam Whitford <sam@…>` / `to Ana`).
/// Each message is one contact, read against the interviewers: from one of them is incoming, to
/// them outgoing (the user is whoever is not an interviewer).
enum PastedEmails {
    /// A sender or recipient as written: `Ana Gonçalves <ana@…>`, an address, or a name.
    struct Party {
        var name: String
        var address: String?
        var range: SourceRange
    }

    /// One message as written, before it is read against the interviewers.
    struct Message {
        /// Its lines: the header (or the dated line that introduces it) to the end of its body.
        var lines: ClosedRange<Int>
        var from: Party?
        var to: [Party] = []
        /// Gmail's `to me`: the user received it.
        var toUser = false
        /// A reply written above a quoted message, to that message's sender.
        var inReplyTo: Party?
        var date: Located<LocalDateTime>?
        var hasTime = false
        /// Where a header was read, for the entry's channel.
        var headerRange: SourceRange
        var channel: Located<LogEntry.Channel>?
        /// Its subject, the heading above it or the line introducing it ("### Thank-you: Rhiannon").
        var caption = ""
        var body = ""
        /// The line that introduces it ("Mon 16 Nov, 18:02 — thank-you to Kathryn:").
        var introLine: Int?
        /// `RE: …`: a subject carried over from the message it answers.
        var isReply = false
    }

    // MARK: Finding the messages

    /// What dates a day written in a header or a line.
    struct Dating {
        /// The day a date without its year is read after.
        var reference: LocalDate?
        var order: DateOrder?
        var noteOrder: DateOrder?
    }

    /// The first year written in the note (a 4-digit 19xx or 20xx standing alone).
    static func noteYear(_ bytes: [UInt8]) -> Int? {
        guard bytes.count >= 4 else { return nil }
        func isDigit(_ byte: UInt8) -> Bool { byte &- 0x30 < 10 }
        for index in 0...(bytes.count - 4) where bytes[index] == UInt8(ascii: "2") || bytes[index] == UInt8(ascii: "1") {
            guard index == 0 || !isDigit(bytes[index - 1]), isDigit(bytes[index + 1]), isDigit(bytes[index + 2]), isDigit(bytes[index + 3]),
                  index + 4 == bytes.count || !isDigit(bytes[index + 4]) else { continue }
            let year = bytes[index..<(index + 4)].reduce(0) { $0 * 10 + Int($1 - 0x30) }
            if (1990...2099).contains(year) { return year }
        }
        return nil
    }

    /// Whether the note may hold a pasted email, on its bytes: a `From:`, `To:`, `Cc:`, `Sent:`,
    /// `Subject:` or `wrote:` (any case, bold or not), or an address in angle brackets. memchr
    /// finds each colon and `@`; most notes have a few dozen.
    static func mayHold(_ bytes: [UInt8]) -> Bool {
        bytes.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress, buffer.count > 3 else { return false }
            var offset = 1
            while offset < buffer.count,
                  let found = memchr(base + offset, Int32(UInt8(ascii: ":")), buffer.count - offset) {
                let index = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
                offset = index + 1
                var end = index
                while end > 0, buffer[end - 1] == UInt8(ascii: "*") || buffer[end - 1] == UInt8(ascii: "_") { end -= 1 }
                // The last letter of from, to, sent, wrote, cc or subject: a time's colon is turned away here.
                guard end > 0 else { continue }
                switch buffer[end - 1] | 0x20 {
                case UInt8(ascii: "m"), UInt8(ascii: "o"), UInt8(ascii: "t"), UInt8(ascii: "e"), UInt8(ascii: "c"): break
                default: continue
                }
                var start = end
                while start > 0, end - start < 8, buffer[start - 1] | 0x20 >= UInt8(ascii: "a"), buffer[start - 1] | 0x20 <= UInt8(ascii: "z") {
                    start -= 1
                }
                var word: UInt64 = 0
                for position in start..<end { word = word << 8 | UInt64(buffer[position] | 0x20) }
                switch end - start {
                case 2: if word == 0x746F || word == 0x6363 { return true }  // to, cc
                case 4: if word == 0x6672_6F6D || word == 0x7365_6E74 { return true }  // from, sent
                case 5: if word == 0x77_726F_7465 { return true }  // wrote
                case 7: if word == 0x7375_626A_6563_74 { return true }  // subject
                default: break
                }
            }
            offset = 0
            while offset < buffer.count,
                  let found = memchr(base + offset, Int32(UInt8(ascii: "@")), buffer.count - offset) {
                let index = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
                offset = index + 1
                // An address has no spaces: the brackets are found before the first one either side.
                var before = index, after = index
                while before > 0, index - before < 64, buffer[before - 1] > 0x20, buffer[before - 1] != UInt8(ascii: "<") { before -= 1 }
                while after < buffer.count - 1, after - index < 64, buffer[after + 1] > 0x20, buffer[after + 1] != UInt8(ascii: ">") { after += 1 }
                if before > 0, buffer[before - 1] == UInt8(ascii: "<"), after < buffer.count - 1, buffer[after + 1] == UInt8(ascii: ">") { return true }
            }
            return false
        }
    }

    /// A line as the finder sees it: its quote depth, whether it is in a code block, and its text
    /// without the quote and list markers.
    struct Line {
        var number: Int
        var depth = 0
        var fenced = false
        var isFence = false
        var isListItem = false
        var text: Substring
        /// The scalar column of `text` in the source line.
        var column: Int
        var isBlank: Bool { text.isEmpty }
    }

    static func lines(of source: SourceText) -> [Line] {
        var result: [Line] = []
        result.reserveCapacity(source.lineCount)
        var fence: Substring?
        guard source.lineCount > 0 else { return [] }
        for number in 1...source.lineCount {
            let raw = source.line(number)
            var text = raw[...]
            var depth = 0, skipped = 0
            // Quote and list markers are ASCII: scalars skipped are bytes skipped.
            func skipSpaces() {
                while let first = text.utf8.first, first == 0x20 || first == 0x09 {
                    text = text.dropFirst()
                    skipped += 1
                }
            }
            skipSpaces()
            while text.utf8.first == UInt8(ascii: ">") {
                text = text.dropFirst()
                skipped += 1
                depth += 1
                skipSpaces()
            }
            var line = Line(number: number, depth: depth, text: text, column: skipped + 1)
            let marker = text.utf8.prefix(3)
            if marker.starts(with: "```".utf8) || marker.starts(with: "~~~".utf8) {
                line.isFence = true
                line.fenced = true
                if let open = fence {
                    if text.hasPrefix(open) { fence = nil }
                } else {
                    fence = text.prefix(3)
                }
            } else if fence != nil {
                line.fenced = true
            } else if let first = text.utf8.first, first == UInt8(ascii: "-") || first == UInt8(ascii: "*") || first == UInt8(ascii: "+"),
                      text.utf8.dropFirst().first == 0x20 {
                text = text.dropFirst(2)
                skipped += 2
                line.isListItem = true
            }
            // Trailing spaces (a Markdown line break) are no part of the text.
            while let last = text.utf8.last, last == 0x20 || last == 0x09 || last == 0x0D { text = text.dropLast() }
            line.text = text
            line.column = skipped + 1
            result.append(line)
        }
        return result
    }

    enum Key {
        case from, to, cc, date, sent, subject, channel, message, response
    }

    /// A header line's key and value: `From: …`, `**From:** …`, `**From**: …`, `__Date: __…`.
    static func header(_ text: Substring) -> (key: Key, value: Substring, offset: Int)? {
        var rest = text
        var offset = 0
        var bold: Substring?
        if rest.hasPrefix("**") || rest.hasPrefix("__") {
            bold = rest.prefix(2)
            rest = rest.dropFirst(2)
            offset = 2
        }
        var length = 0
        for byte in rest.utf8 {
            guard byte | 0x20 >= UInt8(ascii: "a"), byte | 0x20 <= UInt8(ascii: "z") || byte == UInt8(ascii: "-") else { break }
            length += 1
            if length > 9 { return nil }
        }
        guard length >= 2 else { return nil }
        let name = rest.prefix(length).lowercased()
        rest = rest.dropFirst(length)
        offset += length
        if let bold, rest.hasPrefix(bold) { rest = rest.dropFirst(2); offset += 2 }
        guard rest.utf8.first == UInt8(ascii: ":") else { return nil }
        rest = rest.dropFirst()
        offset += 1
        if let bold, rest.hasPrefix(bold) { rest = rest.dropFirst(2); offset += 2 }
        while let first = rest.utf8.first, first == 0x20 || first == 0x09 { rest = rest.dropFirst(); offset += 1 }
        let key: Key
        switch name {
        case "from": key = .from
        case "to": key = .to
        case "cc", "bcc": key = .cc
        case "date": key = .date
        case "sent": key = .sent
        case "subject": key = .subject
        case "channel", "via": key = .channel
        case "message", "body": key = .message
        case "response", "reply", "answer": key = .response
        default: return nil
        }
        return (key, rest, offset)
    }

    /// Whether the lines are an email's header: a sender or recipient, and a `Sent:` or
    /// `Subject:`, an address, or a date among three keys or more (`**Date:**` and `**From:**
    /// referral` at the top of a note are its own key lines). Such a paragraph is no key lines of
    /// the note (its `Date:` is not the interview's).
    static func isHeaderBlock<Lines: Sequence>(_ texts: Lines) -> Bool where Lines.Element == Substring {
        var party = false, address = false, mailKey = false, date = false
        var keys = 0
        for text in texts {
            guard let (key, value, _) = header(text) else { continue }
            keys += 1
            switch key {
            case .from, .to, .cc:
                party = true
                if value.contains("@") { address = true }
            case .sent, .subject: mailKey = true
            case .date: date = true
            default: break
            }
        }
        return party && (mailKey || date && (address || keys >= 3))
    }

    /// Gmail's attribution of a quoted message, `On <date>, <name> <<address>> wrote:`: its date
    /// and sender.
    static func attribution(_ text: Substring, line: Int, column: Int, dating: Dating)
        -> (party: Party, date: Located<LocalDateTime>?, hasTime: Bool)? {
        guard text.hasPrefix("On "), text.hasSuffix("wrote:") else { return nil }
        let inner = text.dropFirst(3).dropLast(6)
        let tokens = Tokenizer.tokens(inner)
        var date: Located<LocalDateTime>?
        var hasTime = false
        var nameStart = 0
        if let found = DateReader.dateTime(in: tokens, at: 0, reference: dating.reference,
                                           order: dating.order, noteOrder: dating.noteOrder) {
            let minutes = found.minutes ?? 0
            let last = tokens[found.tokenCount - 1]
            nameStart = last.offset + last.length
            date = Located(LocalDateTime(date: found.date.date, hour: minutes / 60, minute: minutes % 60),
                           SourceRange(line: line, column: column + 3, length: nameStart))
            hasTime = found.minutes != nil
        }
        // The comma after the date is no part of the name.
        let after = inner.unicodeScalars.dropFirst(nameStart)
        let skipped = after.prefix { $0 == "," || $0 == " " }.count
        guard let party = parties(String(after.dropFirst(skipped)), line: line, column: column + 3 + nameStart + skipped).first else { return nil }
        return (party, date, hasTime)
    }

    /// The people of a header value: `Grace Adeyemi <grace@…>; Henrik Solberg <henrik@…>`,
    /// `"Adeyemi, Grace" <grace@…>`, an address alone, or names.
    static func parties(_ value: String, line: Int, column: Int) -> [Party] {
        var result: [Party] = []
        var piece = String.UnicodeScalarView()
        var pieceStart = 0
        var offset = 0
        var inQuotes = false, inAngle = false
        func flush() {
            defer { piece = String.UnicodeScalarView(); pieceStart = offset + 1 }
            var text = String(piece)
            let leading = text.unicodeScalars.prefix { $0 == " " }.count
            text = text.trimmingWhitespace()
            guard !text.isEmpty else { return }
            var address: String?
            var name = text
            if let open = text.firstIndex(of: "<"), let close = text[open...].firstIndex(of: ">") {
                let inside = text[text.index(after: open)..<close]
                if inside.contains("@") { address = String(inside).lowercased() }
                name = String(text[..<open])
            } else if text.contains("@"), !text.contains(" ") {
                address = text.lowercased()
                name = ""
            }
            // A note after the name ("Rhiannon Pryce (+44 …)") is no part of it.
            if let paren = name.firstIndex(of: "(") { name = String(name[..<paren]) }
            name = Markup.plain(name.replacingOccurrences(of: "\"", with: "").trimmingWhitespace())
            if name.hasSuffix(",") { name.removeLast() }
            // "Adeyemi, Grace" is Grace Adeyemi.
            if let comma = name.firstIndex(of: ","), comma > name.startIndex, name.index(after: comma) < name.endIndex {
                name = (name[name.index(after: comma)...].trimmingWhitespace() + " " + name[..<comma].trimmingWhitespace())
            }
            guard !name.isEmpty || address != nil else { return }
            result.append(Party(name: name, address: address,
                                range: SourceRange(line: line, column: column + pieceStart + leading, length: text.unicodeScalars.count)))
        }
        // Commas part people only in a list of names or after a whole `Name <address>`.
        let bracketed = value.unicodeScalars.contains("<")
        var closed = false
        for scalar in value.unicodeScalars {
            switch scalar {
            case "\"": inQuotes.toggle()
            case "<": inAngle = true
            case ">": inAngle = false; closed = true
            default: break
            }
            if (scalar == ";" || scalar == ",") && !inQuotes && !inAngle, scalar == ";" || closed || !bracketed {
                flush()
                closed = false
                offset += 1
                continue
            }
            piece.append(scalar)
            offset += 1
        }
        flush()
        return result
    }

    /// A date written in a header or at the start of a line, with the tokens it took.
    static func date(in text: Substring, line: Int, column: Int, dating: Dating,
                     anyTime: Bool = false) -> (Located<LocalDateTime>, hasTime: Bool)? {
        let tokens = Tokenizer.tokens(text)
        var index = 0
        while index < tokens.count, tokens[index].kind.isPunctuation { index += 1 }
        guard index < tokens.count, let found = DateReader.dateTime(in: tokens, at: index, reference: dating.reference,
                                                                    order: dating.order, noteOrder: dating.noteOrder) else { return nil }
        var minutes = found.minutes
        let end = index + found.tokenCount
        if minutes == nil, anyTime, let later = tokens[end...].prefix(24).firstIndex(where: {
            if case .time = $0.kind { return true }
            return false
        }), case .time(let value) = tokens[later].kind {
            // "Tue 17 Nov — Ana replied …; I sent the link at 12:40:": the line's one time.
            let others = tokens[(later + 1)...].contains { if case .time = $0.kind { return true }; return false }
            if !others { minutes = value }
        }
        let first = tokens[index], last = tokens[end - 1]
        let range = SourceRange(line: line, column: column + first.offset, length: last.offset + last.length - first.offset)
        let minute = minutes ?? 0
        return (Located(LocalDateTime(date: found.date.date, hour: minute / 60, minute: minute % 60), range), minutes != nil)
    }

    /// Gmail's copied header: `Sam Whitford <sam@…>` (a date may follow) and, on the next line,
    /// `to Kathryn` or `to me`.
    static func isSenderLine(_ text: Substring) -> Bool {
        guard let open = text.firstIndex(of: "<"), open > text.startIndex,
              let close = text[open...].firstIndex(of: ">"), text[open..<close].contains("@") else { return false }
        // A name before the bracket, not a key line.
        let name = text[..<open]
        return header(text) == nil && !name.contains(":") && name.split(separator: " ").count <= 5
    }

    /// The messages of the note, in order.
    static func messages(in source: SourceText, dating: Dating) -> [Message] {
        let lines = lines(of: source)
        var messages: [Message] = []
        // Where each message starts (a header, an attribution, a copied sender line): a body ends there.
        var starts = Set<Int>()
        struct Found {
            var message: Message
            var bodyStart: Int
            var depth: Int
            var fenced: Bool
            /// A quoted message under Gmail's attribution line.
            var quoted = false
        }
        var found: [Found] = []
        var index = 0
        while index < lines.count {
            let line = lines[index]
            if line.isBlank || line.isFence { index += 1; continue }
            // A header block: consecutive key lines with a sender or recipient and a date or subject.
            if header(line.text) != nil {
                var end = index
                while end < lines.count, lines[end].depth == line.depth, lines[end].fenced == line.fenced, !lines[end].isFence,
                      header(lines[end].text) != nil {
                    end += 1
                }
                if isHeaderBlock(lines[index..<end].map(\.text)) {
                    var message = Message(lines: line.number...lines[end - 1].number,
                                          headerRange: SourceRange(line: line.number, column: line.column, length: line.text.unicodeScalars.count))
                    for header in lines[index..<end] {
                        guard let (key, value, offset) = self.header(header.text) else { continue }
                        let column = header.column + header.text.unicodeScalars.prefix(offset).count
                        switch key {
                        case .from: message.from = parties(String(value), line: header.number, column: column).first
                        case .to, .cc: message.to += parties(String(value), line: header.number, column: column)
                        case .date, .sent:
                            if message.date == nil, let (date, hasTime) = self.date(in: value, line: header.number, column: column, dating: dating) {
                                message.date = date
                                message.hasTime = hasTime
                            }
                        case .subject:
                            message.caption += " " + value
                            message.isReply = value.utf8.prefix(3).map { $0 | 0x20 }.elementsEqual("re:".utf8)
                        case .channel:
                            let tokens = Tokenizer.tokens(value)
                            for token in tokens {
                                guard let word = token.word, let channel = LogEntryReader.channelWords[word] else { continue }
                                message.channel = Located(channel, SourceRange(line: header.number, column: column + token.offset, length: token.length))
                                break
                            }
                        case .message: message.body += " " + value
                        case .response: break
                        }
                    }
                    starts.insert(index)
                    found.append(Found(message: message, bodyStart: end, depth: line.depth, fenced: line.fenced))
                    index = end
                    continue
                }
                index = end
                continue
            }
            // Gmail's attribution line, whole or wrapped over two lines.
            if line.text.hasPrefix("On ") {
                var text = String(line.text)
                var used = 1
                if !text.hasSuffix("wrote:"), index + 1 < lines.count, lines[index + 1].text.hasSuffix("wrote:"),
                   line.text.utf8.count < 200 {
                    text += " " + lines[index + 1].text
                    used = 2
                }
                if let (party, date, hasTime) = attribution(Substring(text), line: line.number, column: line.column, dating: dating) {
                    var message = Message(lines: line.number...lines[index + used - 1].number, from: party,
                                          headerRange: SourceRange(line: line.number, column: line.column, length: line.text.unicodeScalars.count))
                    message.date = date
                    message.hasTime = hasTime
                    // The quoted text may sit one level deeper than the line that introduces it.
                    var depth = line.depth
                    if index + used < lines.count, lines[index + used].depth > depth { depth = lines[index + used].depth }
                    starts.insert(index)
                    found.append(Found(message: message, bodyStart: index + used, depth: depth, fenced: line.fenced, quoted: true))
                    index += used
                    continue
                }
            }
            // Gmail's copied header: a sender line, then `to …`.
            if isSenderLine(line.text) {
                var next = index + 1
                while next < lines.count, lines[next].isBlank, lines[next].depth == line.depth, next - index < 2 { next += 1 }
                if next < lines.count, lines[next].depth == line.depth, lines[next].text.hasPrefix("to ") {
                    let text = String(line.text)
                    var message = Message(lines: line.number...lines[next].number,
                                          headerRange: SourceRange(line: line.number, column: line.column, length: line.text.unicodeScalars.count))
                    message.from = parties(text, line: line.number, column: line.column).first
                    if let close = text.firstIndex(of: ">"),
                       let (date, hasTime) = self.date(in: text[text.index(after: close)...], line: line.number,
                                                       column: line.column + text[...close].unicodeScalars.count, dating: dating) {
                        message.date = date
                        message.hasTime = hasTime
                    }
                    let toText = lines[next].text.dropFirst(3)
                    let toColumn = lines[next].column + 3
                    for party in parties(String(toText), line: lines[next].number, column: toColumn) {
                        if party.name.lowercased() == "me" { message.toUser = true } else { message.to.append(party) }
                    }
                    // The subject stands on the line above (in bold, as Gmail shows it).
                    var first = index
                    if index > 0, !lines[index - 1].isBlank, lines[index - 1].depth == line.depth, header(lines[index - 1].text) == nil {
                        first = index - 1
                        message.caption = Markup.plain(String(lines[first].text))
                        message.lines = lines[first].number...message.lines.upperBound
                    }
                    starts.insert(first)
                    found.append(Found(message: message, bodyStart: next + 1, depth: line.depth, fenced: line.fenced))
                    index = next + 1
                    continue
                }
            }
            index += 1
        }
        guard !found.isEmpty else { return [] }

        for item in found {
            var message = item.message
            let (body, last) = body(lines, from: item.bodyStart, depth: item.depth, fenced: item.fenced, stops: starts,
                                    reference: dating.reference)
            message.body += body
            if let last { message.lines = message.lines.lowerBound...max(message.lines.upperBound, lines[last].number) }
            // Only a message that opens its quote (or stands outside one) has a line introducing it.
            let firstIndex = message.lines.lowerBound - 1
            if lines[firstIndex].depth == 0 || quoteStart(lines, at: firstIndex) == 0 {
                introduce(&message, lines: lines, before: firstIndex, dating: dating)
            }
            messages.append(message)
        }
        // A reply written above a quoted message in the same quote, with no header of its own.
        for (position, item) in found.enumerated() where item.quoted && lines[item.message.lines.lowerBound - 1].depth > 0 {
            let at = item.message.lines.lowerBound - 1
            let start = at - quoteStart(lines, at: at)
            // No other message starts between the quote's start and this one (they come in order).
            let previous = position > 0 ? found[position - 1].message.lines.lowerBound - 1 : -1
            guard start < at, previous < start else { continue }
            let above = lines[start..<at].filter { !$0.isBlank && $0.depth <= lines[at].depth }
            guard !above.isEmpty else { continue }
            var reply = Message(lines: lines[start].number...lines[at - 1].number, inReplyTo: item.message.from,
                                headerRange: SourceRange(line: lines[start].number, column: lines[start].column, length: lines[start].text.unicodeScalars.count))
            reply.body = above.map { String($0.text) }.joined(separator: " ")
            introduce(&reply, lines: lines, before: start, dating: dating)
            // The quoted message dates the reply: written after it.
            if let quoted = item.message.date, let date = reply.date, date.value < quoted.value {
                reply.date = Located(LocalDateTime(date: date.value.date), date.range)
                reply.hasTime = false
                if date.value.date < quoted.value.date { continue }
            }
            messages.append(reply)
        }
        messages.sort { $0.lines.lowerBound < $1.lines.lowerBound }
        return messages
    }

    /// How many lines above `index` the quote it is in starts (looked for 200 lines up at most:
    /// a pasted thread is shorter, and a pathological quote stays linear).
    private static func quoteStart(_ lines: [Line], at index: Int) -> Int {
        var start = index
        while start > 0, index - start < 200, lines[start - 1].depth > 0 { start -= 1 }
        return index - start
    }

    /// The line that introduces a message (a dated line ending in a colon, blank lines between),
    /// or the heading above it: a caption, and a date when the header gives none.
    private static func introduce(_ message: inout Message, lines: [Line], before index: Int, dating: Dating) {
        var above = index - 1
        while above >= 0, above >= index - 3, lines[above].isBlank, lines[above].depth == 0 { above -= 1 }
        guard above >= 0, above >= index - 3, lines[above].depth == 0, !lines[above].fenced else { return }
        let line = lines[above]
        if line.text.hasPrefix("#") {
            message.caption += " " + line.text.drop { $0 == "#" || $0 == " " }
            return
        }
        guard line.text.hasSuffix(":"), let (date, hasTime) = date(in: line.text, line: line.number, column: line.column,
                                                                   dating: dating, anyTime: true) else { return }
        message.caption += " " + line.text
        message.introLine = line.number
        message.lines = line.number...message.lines.upperBound
        if message.date == nil || !message.hasTime && hasTime && message.date?.value.date == date.value.date {
            message.date = date
            message.hasTime = hasTime
        }
    }

    /// A message's body: the lines after its header, to the end of its quote or code block, the
    /// next message, a heading, a list or table, or a line that opens with a date (the note's own
    /// words again).
    private static func body(_ lines: [Line], from start: Int, depth: Int, fenced: Bool, stops: Set<Int>,
                             reference: LocalDate?) -> (String, last: Int?) {
        var parts: [Substring] = []
        parts.reserveCapacity(16)
        var last: Int?
        var inFence = false
        var blanks = 0
        var index = start
        while index < lines.count, index - start < 80 {
            defer { index += 1 }
            let line = lines[index]
            if stops.contains(index) { break }
            if depth > 0 {
                if line.depth < depth || line.depth == 0 { break }
            } else if fenced {
                if line.isFence || !line.fenced { break }
            } else if line.isFence {
                inFence.toggle()
                last = index
                continue
            } else if !inFence {
                if line.isBlank {
                    blanks += 1
                    if blanks > 1 { break }
                    continue
                }
                if line.depth > 0 || line.isListItem || line.text.hasPrefix("#") || line.text.hasPrefix("|")
                    || isSeparator(line.text) || header(line.text)?.key == .response || opensWithDate(line.text, reference: reference) {
                    break
                }
            }
            blanks = 0
            guard !line.isBlank else { continue }
            parts.append(line.text)
            last = index
        }
        return (parts.joined(separator: " "), last)
    }

    /// `---`, `***`, `___…`, `-----Original Message-----`: the end of a message.
    private static func isSeparator(_ text: Substring) -> Bool {
        guard let first = text.utf8.first, first == UInt8(ascii: "-") || first == UInt8(ascii: "*") || first == UInt8(ascii: "_") else { return false }
        return text.utf8.prefix(3).allSatisfy { $0 == first }
    }

    private static func opensWithDate(_ text: Substring, reference: LocalDate?) -> Bool {
        guard let first = text.utf8.first else { return false }
        // Most body lines start with a letter that opens no date: turned away before tokenizing.
        if first >= UInt8(ascii: "0") && first <= UInt8(ascii: "9") || first == UInt8(ascii: "[") {
            let tokens = Tokenizer.tokens(text.prefix(40))
            var index = 0
            while index < tokens.count, tokens[index].kind.isPunctuation { index += 1 }
            return index < tokens.count && DateReader.date(in: tokens, at: index, reference: reference) != nil
        }
        return false
    }

    // MARK: Reading them against the interviewers

    /// Words that make a message a thank-you (with `LogEntryReader`'s reading of its text).
    static let thanksWords: WordSet = ["thank", "thanks", "thankyou", "grateful"]
    /// How an email itself goes back over the conversation (a note says "recapped"; the email
    /// says "your question about …").
    static let recapPhrases = PhraseList([
        ["your", "question"], ["question", "about"], ["question", "on"], ["our", "discussion"], ["discussion", "of"],
        ["our", "conversation"], ["conversation", "about"], ["we", "talked"], ["we", "discussed"], ["you", "mentioned"],
        ["you", "explained"], ["for", "explaining"], ["working", "through"], ["walking", "me", "through"],
        ["hearing", "about"], ["learning", "about"], ["our", "chat"], ["you", "described"], ["you", "shared"],
        // "It was great to hear how the team…", "I enjoyed talking through the forecasting problem".
        ["hear", "how"], ["learn", "how"], ["learning", "how"], ["talking", "through"], ["talking", "about"],
        ["enjoyed", "talking"], ["enjoyed", "discussing"], ["enjoyed", "our"], ["you", "walked"], ["you", "raised"],
        ["keep", "thinking"], ["your", "plans"],
    ])
    /// How an email says the writer wants the job, beyond a note's words (`LogEntryReader.interestPhrases`).
    static let interestPhrases = ["kind of work i want", "work i want to do", "what i want to do", "would be delighted to",
                                  "would welcome the chance", "would welcome the opportunity", "hope to join",
                                  "hope to be part of", "love the chance", "great fit", "really appeals", "appeals to me"]
    /// A thank-you is sent soon after the interview: a thankful email weeks later is something else.
    static let thankYouDays = 7

    /// The interviewer a sender or recipient is: by address, else by name.
    static func reference(_ party: Party, context: LogEntryReader.Context) -> PersonReference? {
        var byAddress: Int?
        if let address = party.address {
            // The address as it opens the card's value ("dev@… (found on LinkedIn)").
            byAddress = context.people.firstIndex { person in
                guard let email = person.email?.value.lowercased() else { return false }
                return email == address || email.hasPrefix(address) && email.dropFirst(address.count).first == " "
            }
        }
        if !party.name.isEmpty {
            let named = context.names.resolve(Located(party.name, party.range))
            switch named.match {
            case .exact, .partial, .nearMiss:
                if let index = named.interviewer, byAddress == nil || byAddress == index { return named }
            default:
                break
            }
        }
        if let byAddress {
            return PersonReference(written: Located(party.name.isEmpty ? party.address ?? "" : party.name, party.range),
                                   interviewer: byAddress, match: .exact)
        }
        return nil
    }

    static let draftWords: Set<String> = ["draft", "drafts", "template", "unsent", "outbox"]

    static func isDraft(_ caption: String) -> Bool {
        ProseFacts.words(Substring(caption)).contains(where: draftWords.contains)
    }

    /// Public mail services: an address there says nothing of the company.
    static let mailServices: Set<String> = [
        "gmail", "googlemail", "outlook", "hotmail", "live", "msn", "yahoo", "icloud", "me", "mac", "aol", "proton",
        "protonmail", "pm", "fastmail", "gmx", "mail", "yandex", "zoho", "hey", "tutanota", "mailbox", "web", "orange", "btinternet",
    ]

    /// The name of a mail domain without its top level ("acme" of "careers.acme.example").
    static func domainName(_ address: String) -> Substring? {
        guard let at = address.lastIndex(of: "@") else { return nil }
        let labels = address[address.index(after: at)...].split(separator: ".")
        guard labels.count >= 2 else { return nil }
        let name = labels[labels.count - 2]
        return mailServices.contains(String(name)) ? nil : name
    }

    /// Whether a sender who is none of the interviewers writes for the company: an address at an
    /// interviewer's domain, or the company's name in theirs ("Acme Talent Team").
    static func isCompany(_ party: Party, context: LogEntryReader.Context) -> Bool {
        if let address = party.address, let domain = domainName(address),
           context.people.contains(where: { person in
               person.email.map { domainName(String($0.value.lowercased().prefix { $0 != " " })) == domain } ?? false
           }) {
            return true
        }
        let words = party.name.lowercased().split { !$0.isLetter }
        return !words.isEmpty && words.contains { $0.count > 2 && context.companyWords.contains(String($0)) }
    }

    /// Words that open a greeting ("Hi Jane,", "Dear Grace and Henrik,").
    static let greetingWords: Set<String> = ["hi", "hello", "dear", "hey", "morning", "afternoon", "evening"]

    /// The interviewers a body's greeting names (whole or first names only: a misspelling there
    /// could not be pointed at).
    static func greeting(_ body: String, at range: SourceRange, context: LogEntryReader.Context) -> [PersonReference] {
        let opening = body.prefix { $0 != "," && $0 != "!" && $0 != ":" && $0 != ";" }.prefix(60)
        // Titles are left out ("Dear Ms. Papadaki" names Papadaki); a full stop ends the names.
        var words: [Substring] = []
        for word in opening.split(separator: " ") {
            let bare = word.hasSuffix(".") ? word.dropLast() : word
            if LogEntryReader.titleAbbreviations.contains(bare.lowercased()) { continue }
            words.append(bare)
            if word.hasSuffix(".") { break }
        }
        guard let first = words.first, greetingWords.contains(first.lowercased()), words.count <= 7 else { return [] }
        words.removeFirst()
        if let next = words.first?.lowercased(), next == "morning" || next == "afternoon" || next == "evening" { words.removeFirst() }
        var result: [PersonReference] = []
        for name in words.split(whereSeparator: { $0 == "and" || $0 == "&" }) {
            let written = name.joined(separator: " ")
            let reference = context.names.resolve(Located(written, range))
            guard reference.match == .exact || reference.match == .partial, let index = reference.interviewer,
                  !result.contains(where: { $0.interviewer == index }) else { continue }
            result.append(reference)
        }
        return result
    }

    /// The note's pasted emails as log entries. A message dated before the interview, or between
    /// people none of whom is an interviewer, is no contact after it. A message whose introducing
    /// line is already an entry (`log`) adds what it says to that entry instead.
    static func entries(in source: SourceText, context: LogEntryReader.Context, log: inout [LogEntry],
                        people: inout [Interviewer]) -> (entries: [LogEntry], lines: Set<Int>) {
        // A day written without its year takes the note's year when the interview's day is not known yet.
        let yearStart = context.interviewDay ?? noteYear(source.bytes).flatMap { LocalDate(year: $0, month: 1, day: 1) }
        let messages = messages(in: source, dating: Dating(reference: yearStart, order: context.dateOrder, noteOrder: context.noteOrder))
        var entries: [LogEntry] = []
        // Every message's lines, but the line introducing one that made no contact: it is the
        // note's own words, for the other readers.
        var lines = Set<Int>()
        for message in messages {
            lines.formUnion(message.lines)
            if let intro = message.introLine { lines.remove(intro) }
        }
        for message in messages {
            // A draft or a template is no email sent.
            guard let date = message.date, !isDraft(message.caption) else { continue }
            var entry = LogEntry(range: SourceRange(start: SourcePosition(line: message.lines.lowerBound, column: 1),
                                                    end: SourcePosition(line: message.lines.upperBound, column: source.line(message.lines.upperBound).unicodeScalars.count + 1)),
                                 text: (message.caption.trimmingWhitespace() + " " + message.body).trimmingWhitespace())
            if entry.text.utf8.count > ProseLines.maximumLineBytes { entry.text = String(entry.text.prefix(ProseLines.maximumLineBytes)) }
            entry.date = date
            entry.hasTime = message.hasTime
            entry.channel = message.channel ?? Located(.email, message.headerRange)
            let sender = message.from.flatMap { reference($0, context: context) }
            let recipients = message.to.compactMap { reference($0, context: context) }
            if let sender {
                entry.direction = .incoming
                entry.people = [sender]
            } else if !recipients.isEmpty {
                entry.direction = .outgoing
                var seen = Set<Int>()
                entry.people = recipients.filter { seen.insert($0.interviewer ?? -1).inserted }
            } else if let quoted = message.inReplyTo, let to = reference(quoted, context: context) {
                entry.direction = .outgoing
                entry.people = [to]
            } else if message.from != nil, !message.toUser, case let greeted = greeting(message.body, at: message.headerRange, context: context),
                      !greeted.isEmpty {
                // The user's own message quoted without its recipients: its greeting names them.
                entry.direction = .outgoing
                entry.people = greeted
            } else if let from = message.from, isCompany(from, context: context) {
                // From the company but none of the interviewers (a recruiting system's rejection).
                entry.direction = .incoming
            } else {
                continue
            }
            // An address in the header is the interviewer's when the name is theirs and they have none.
            var named: [(Party, PersonReference?)] = message.to.map { ($0, reference($0, context: context)) }
            if let from = message.from { named.append((from, sender)) }
            for (party, reference) in named {
                guard let address = party.address, let reference, reference.match == .exact,
                      let index = reference.interviewer, people.indices.contains(index), people[index].email == nil else { continue }
                people[index].email = Located(address, party.range)
            }
            let tokens = Tokenizer.tokens(entry.text)
            // "RE: Thank you …" is the subject of the message it answers.
            let thanks = Tokenizer.tokens(message.isReply ? message.body : entry.text).contains { $0.word.map(thanksWords.contains) ?? false }
            entry.recapsConversation = recapPhrases.occurs(in: tokens) || LogEntryReader.recapPhrases.occurs(in: tokens)
                || tokens.contains { $0.word.map { $0.hasPrefix("recap") } ?? false }
            entry.reiteratesInterest = LogEntryReader.saysInterest(entry.text) || LogEntryReader.saysInterest(entry.text, in: interestPhrases)
            if entry.isOutgoing, thanks {
                entry.kind = .thankYou
            } else if entry.isOutgoing, entry.channel?.value == .call || LogEntryReader.checkInPhrases.occurs(in: tokens)
                        || tokens.contains(where: { $0.isWord("follow", "following", "followed") }) {
                entry.kind = .followUp
            }
            if let intro = message.introLine, let known = log.firstIndex(where: { $0.range.start.line == intro }) {
                // The line that introduces the email is an entry already: the email fills it in.
                var merged = log[known]
                if merged.channel == nil { merged.channel = entry.channel }
                if merged.people.isEmpty { merged.people = entry.people }
                merged.recapsConversation = merged.recapsConversation || entry.recapsConversation
                merged.reiteratesInterest = merged.reiteratesInterest || entry.reiteratesInterest
                if merged.kind == .other, merged.isOutgoing, entry.kind != .other { merged.kind = entry.kind }
                merged.range = SourceRange(start: merged.range.start, end: max(merged.range.end, entry.range.end))
                log[known] = merged
                continue
            }
            // A message quoted again in a reply ("> On Mon, Nov 2, 2026 at 6:02 PM Sam wrote:") is
            // the one already read at that minute, by the same sender to the same people.
            if entry.hasTime, let at = entry.date?.value, let same = entries.firstIndex(where: { other in
                other.hasTime && other.date?.value == at && other.isOutgoing == entry.isOutgoing
                    && (other.interviewers.isEmpty || entry.interviewers.isEmpty || !Set(other.interviewers).isDisjoint(with: entry.interviewers))
            }) {
                entries[same].recapsConversation = entries[same].recapsConversation || entry.recapsConversation
                entries[same].reiteratesInterest = entries[same].reiteratesInterest || entry.reiteratesInterest
                if let intro = message.introLine { lines.insert(intro) }
                continue
            }
            if let intro = message.introLine { lines.insert(intro) }
            entries.append(entry)
        }
        return (entries, lines)
    }

    /// Once the interview's start is known: an email before it is no contact after it; one the
    /// note also logs in its own words (the same day, way and people) is that entry, which takes
    /// what the email shows; a thankful one weeks later, or after they wrote back, is no
    /// thank-you for the interview. `emails`: the lines the emails' entries start on.
    static func settle(_ log: inout [LogEntry], emails: Set<Int>, start: LocalDateTime?, startHasTime: Bool) {
        if let start {
            log.removeAll { entry in
                guard emails.contains(entry.range.start.line), let at = entry.date?.value else { return false }
                return at.date < start.date || startHasTime && entry.hasTime && at < start
            }
        }
        var duplicates = Set<Int>()
        for index in log.indices where emails.contains(log[index].range.start.line) {
            let email = log[index]
            guard let day = email.date?.value.date else { continue }
            let people = Set(email.interviewers)
            guard let same = log.indices.first(where: { other in
                let entry = log[other]
                guard !emails.contains(entry.range.start.line), entry.isOutgoing == email.isOutgoing,
                      entry.channel.map({ $0.value == email.channel?.value }) ?? true,
                      let at = entry.date?.value, at.date == day else { return false }
                if entry.hasTime, email.hasTime, let time = email.date?.value, abs(at.minuteOfDay - time.minuteOfDay) > 90 { return false }
                return entry.interviewers.isEmpty || !people.isDisjoint(with: entry.interviewers)
            }) else { continue }
            if log[same].channel == nil { log[same].channel = email.channel }
            if log[same].people.isEmpty { log[same].people = email.people }
            if !log[same].hasTime, email.hasTime, let date = email.date {
                log[same].date = Located(date.value, log[same].date?.range ?? date.range)
                log[same].hasTime = true
            }
            log[same].recapsConversation = log[same].recapsConversation || email.recapsConversation
            log[same].reiteratesInterest = log[same].reiteratesInterest || email.reiteratesInterest
            if log[same].kind == .other, email.kind != .other { log[same].kind = email.kind }
            duplicates.insert(index)
        }
        if !duplicates.isEmpty { log = log.indices.filter { !duplicates.contains($0) }.map { log[$0] } }
        for index in log.indices where log[index].kind == .thankYou && emails.contains(log[index].range.start.line) {
            guard let at = log[index].date?.value else { continue }
            let people = Set(log[index].interviewers)
            let answered = log.contains { other in
                guard !other.isOutgoing, let when = other.date?.value, when < at else { return false }
                return !people.isDisjoint(with: other.interviewers)
            }
            let late = start.map { at.date > $0.date.adding(days: thankYouDays) } ?? false
            if answered || late { log[index].kind = .other }
        }
    }
}
