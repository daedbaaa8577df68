/// What a note says about itself that keeps it from being checked as one interview: a journal of
/// interviews at several firms, or pasted emails about an interview without the interview. Each
/// is an unsure problem (an info finding), said rather than the file passed over or misread.
enum NoteNotices {
    /// A journal that tells of interviews at two firms ("Interview at Corvid Labs at 10:00" on one
    /// day, "Interview at Tamsin & Co at 14:00" on another): its facts are read as one interview's.
    static func interviewsAtSeveralFirms(_ interview: Interview, lines: @autoclosure () -> [ProseLine]) -> ReadProblem? {
        guard interview.isInterviewNote, interview.frontMatter?.hasInterviewKeys != true, interview.peopleSection == nil,
              let company = interview.company else { return nil }
        var firms: [(name: String, line: ProseLine)] = []
        for line in lines() where !line.isPlan && line.has(ProseFacts.interviewWordSet) {
            guard let firm = ProseFacts.companyInSentence(line.text) else { continue }
            let key = firm.quickLowercased()
            if !firms.contains(where: { $0.name.quickLowercased() == key }) { firms.append((firm, line)) }
        }
        guard firms.count >= 2 else { return nil }
        let told = firms.map { "\($0.name) (line \($0.line.line))" }.joined(separator: ", ")
        return ReadProblem(
            .frontMatter,
            "the note tells of interviews at more than one company: \(told); it is checked as one interview at \(company.value), mixing what it says of each: keep one note per interview to have each checked",
            at: firms[1].line.range, uncertain: true)
    }

    /// Pasted emails about an interview and nothing else (an Outlook thread copied into a note).
    static func emailsWithoutTheInterview(_ interview: Interview, source: SourceText, order: DateOrder?) -> ReadProblem? {
        guard !interview.isInterviewNote, !interview.isTemplate, interview.tracksApplications == nil, !interview.interviewsACandidate,
              PastedEmails.mayHold(source.bytes), ProseFacts.speaksOfInterviews(source.bytes),
              !PastedEmails.messages(in: source, dating: PastedEmails.Dating(reference: nil, order: order, noteOrder: nil)).isEmpty
        else { return nil }
        return ReadProblem(
            .frontMatter,
            "the note holds pasted emails about an interview but not the interview itself: add its day and the interviewers (`date: 2026-11-16 10:00` in the front matter, an `## Interviewers` section) to have the follow-up checked",
            at: interview.anchor, uncertain: true)
    }
}

extension ProseFacts {
    /// Why a note that speaks of interviews is of another kind, without interview keys in its front
    /// matter: the notes on a book or an article (a title of book, reading or article notes, a
    /// "Finished 2026-11-14" or "Chapter 3" line), or a journal whose every sentence with a word of
    /// an interview tells of someone else's ("He's been interviewing for a new role").
    static func otherKindOfNote(_ lines: [ProseLine], title: String?) -> String? {
        var signs = 0
        // "Interview at Acme Books", "Reading office onsite": a title of the job seeker's own is no book's.
        if let title, case let titleWords = words(Substring(title.quickLowercased())), titleWords.contains(where: readingTitleWords.contains),
           !titleWords.contains(where: { interviewWords.contains($0) || ProseFacts.jobWords.contains($0) }) { signs += 1 }
        var finished = false, chapter = false
        for line in lines.prefix(60) {
            let lineWords = line.words
            if !finished, let first = lineWords.first, first == "finished" || first == "started",
               lineWords.dropFirst().first.map({ $0 == "reading" || $0 == "it" || $0.count >= 4 && $0.first?.isNumber == true
                   || DateReader.monthNames[$0] != nil || DateReader.weekdayNames[$0] != nil }) == true {
                finished = true
            }
            if !chapter, lineWords.indices.dropLast().contains(where: { lineWords[$0] == "chapter" && (lineWords[$0 + 1].first?.isNumber == true || DateReader.numberWords[lineWords[$0 + 1]] != nil) }) {
                chapter = true
            }
        }
        signs += (finished ? 1 : 0) + (chapter ? 1 : 0)
        if signs >= 2 { return "the notes on a book or an article (its title or a 'Finished …' or 'Chapter …' line)" }
        if isRecipe(lines) { return "a recipe (an Ingredients heading over measured items)" }
        if let title, isCareerFair(title) { return "notes from a career fair (its title), where no interview is held" }
        if let title, isMeetup(title) { return "notes from a meetup or a networking event (its title), where no interview is held" }
        return interviewsAreOthers(lines) ? "a note that tells of someone else's interview ('he's been interviewing…')" : nil
    }
    static let readingTitleWords: Set<String> = ["book", "books", "reading", "article", "chapter", "chapters"]

    /// An Ingredients heading over at least three items that open with a quantity: a recipe,
    /// whatever its story says of an interview ("the bread I bake before every interview").
    static func isRecipe(_ lines: [ProseLine]) -> Bool {
        guard let heading = lines.firstIndex(where: { $0.isHeading && $0.words.contains(where: ingredientWords.contains) }) else { return false }
        return lines[(heading + 1)...].prefix { !$0.isHeading }.filter { $0.isListItem && $0.tokens.first?.number != nil }.count >= 3
    }
    /// "Career fair — Northbridge University, our booth": a fair's notes, whichever side of the
    /// booth wrote them, unless the title also names an interview ("Interview at the job fair").
    static func isCareerFair(_ title: String) -> Bool {
        let words = ProseFacts.words(Substring(title.quickLowercased()))
        guard !words.contains(where: { interviewWords.contains($0) }) else { return false }
        return words.indices.dropFirst().contains { words[$0] == "fair" && ["career", "careers", "job", "jobs", "recruiting", "graduate", "hiring"].contains(words[$0 - 1]) }
    }
    /// "Swift Birmingham meetup — Thu 12 Nov", "Networking evening at the Guildhall": people met
    /// and cards taken, but no interview, unless the title names one.
    static func isMeetup(_ title: String) -> Bool {
        let words = ProseFacts.words(Substring(title.quickLowercased()))
        guard !words.contains(where: { interviewWords.contains($0) }) else { return false }
        return words.contains { ["meetup", "meetups", "meet-up", "networking", "mixer"].contains($0) }
    }
    static let ingredientWords: Set<String> = ["ingredients", "zutaten", "ingrédients", "ingredientes", "ingrediënten", "ingredienti"]
    static let thirdPersons: Set<String> = ["he", "she", "he's", "she's", "he’s", "she’s", "he'd", "she'd", "his", "her"]
    static let firstPersons: Set<String> = ["i", "i'm", "i've", "i'd", "i'll", "i’m", "i’ve", "i’d", "i’ll", "my", "me", "we", "we're", "our", "us"]

    /// Whether every line with a word of an interview tells of a third person's: each sentence
    /// with the word opens with "he" or "she" and has no word of the writer's, or follows one that
    /// does ("He's been interviewing; the second round went well").
    static func interviewsAreOthers(_ lines: [ProseLine]) -> Bool {
        var any = false
        for line in lines where !line.isPlan && line.has(interviewWordSet) {
            guard line.words.contains(where: interviewWords.contains) else { continue }
            any = true
            var others = false
            for sentence in ProseLines.sentences(line.text) {
                let sentenceWords = words(sentence)
                let speaks = sentenceWords.contains(where: interviewWords.contains)
                if speaks, sentenceWords.contains(where: firstPersons.contains) { return false }
                // "He's been interviewing …", "Her interview is on Friday": the sentence opens with them.
                if sentenceWords.first.map(thirdPersons.contains) == true { others = true }
                if speaks, !others { return false }
            }
        }
        return any
    }
}
