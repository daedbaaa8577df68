import Foundation

/// Where each note's work stands, for the message given when it runs out of its time budget.
final class WorkProgress: @unchecked Sendable {
    enum Stage: Sendable {
        case reading, configuring, parsing, interpreting, checking

        /// What ran out of time, for the finding's message.
        func overBudget(_ budget: Double, size: Int?) -> String {
            let seconds = "the \(budget.formatted) s time budget"
            let note = size.map { "a note of \(WorkProgress.describe(size: $0))" } ?? "the note"
            switch self {
            case .reading:
                return "reading the file took longer than \(seconds) (a slow or stalled file system?)"
            case .configuring:
                return "loading its configuration (.interview-lint.yml) took longer than \(seconds)"
            case .parsing:
                return "reading this note took longer than \(seconds) (\(note): cmark, the Markdown parser, is slow on some unusual Markdown, such as thousands of nested brackets or images, and a very large note takes long to read)"
            case .interpreting:
                return "reading this note took longer than \(seconds) (\(note), parsed in time: the reader was still working out its dates, people and contacts; a very long log, many people or long prose take long to read)"
            case .checking:
                return "checking this note took longer than \(seconds) (\(note), read in time: the rules were still running; a very long log or many people with similar names take long to check)"
            }
        }
    }

    /// `812 bytes`, `34 KB`, `58 MB`.
    static func describe(size: Int) -> String {
        if size < 1024 { return "\(size) bytes" }
        if size < 1 << 20 { return "\(size >> 10) KB" }
        return "\(size >> 20) MB"
    }

    struct Entry: Sendable {
        var stage = Stage.reading
        var size: Int?
        var configuration: Configuration?
    }

    /// How a worker reports its progress on one file; does nothing in a run without a budget.
    struct Mark: Sendable {
        let progress: WorkProgress?
        let index: Int
        /// Set once the file ran out of its budget and its result will be dropped.
        var cancellation = Cancellation()

        func callAsFunction(_ stage: Stage, size: Int? = nil, configuration: Configuration? = nil) {
            guard let progress else { return }
            // In place: an entry copied out and back would retain and release its whole configuration.
            func update(_ entry: inout Entry) {
                entry.stage = stage
                if let size { entry.size = size }
                if let configuration { entry.configuration = configuration }
            }
            progress.lock.lock()
            update(&progress.entries[index, default: Entry()])
            progress.lock.unlock()
        }
    }

    private let lock = NSLock()
    private var entries: [Int: Entry] = [:]

    func entry(_ index: Int) -> Entry? {
        lock.lock()
        defer { lock.unlock() }
        return entries[index]
    }

    /// Forgets a finished file, so that the table holds only the files in progress.
    func finish(_ index: Int) {
        lock.lock()
        entries[index] = nil
        lock.unlock()
    }
}
