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
