import Foundation
import Testing
@testable import InterviewLint

/// The pool that lints files in parallel: results come out in index order whatever the threads do,
/// including past the window of pending results (a ring of slots), and a file over the time budget
/// gets a timed-out result without holding up the rest.
@Suite("Worker pool")
struct WorkerPoolTests {
    /// Runs the pool and returns what it delivered, in delivery order. A pool that never finishes
    /// (a lost result leaves it waiting for ever) fails the test after 60 s instead of hanging it.
    static func deliveries(count: Int, workers: Int, budget: Double?, onCallingThread: Bool = false,
                           work: @escaping @Sendable (Int) -> FileOutcome<Int>) -> [(Int, FileOutcome<Int>)] {
        final class Box: @unchecked Sendable { var delivered: [(Int, FileOutcome<Int>)] = [] }
        let box = Box()
        let pool = WorkerPool(count: count, workers: workers, budget: budget, work: work)
        if onCallingThread {
            pool.run { box.delivered.append(($0, $1)) }
            return box.delivered
        }
        let done = DispatchSemaphore(value: 0)
        Thread {
            pool.run { box.delivered.append(($0, $1)) }
            done.signal()
        }.start()
        guard done.wait(timeout: .now() + 60) == .success else {
            Issue.record("the pool did not deliver all \(count) results within 60 s")
            return []
        }
        return box.delivered
    }

    static func values(_ delivered: [(Int, FileOutcome<Int>)]) -> [Int] {
        delivered.map { index, outcome in
            if case .success(let value) = outcome { return value }
            return -index - 1
        }
    }

    @Test("results come out in order, well past the window, with any number of workers",
          arguments: [(1, nil), (1, 30.0), (2, nil), (3, 30.0), (8, nil)] as [(Int, Double?)])
    func order(_ workers: Int, _ budget: Double?) {
        // Several times the window of pending results.
        let count = 4 * WorkerPool<Int>.window(workers: workers)
        let delivered = Self.deliveries(count: count, workers: workers, budget: budget) { index in
            // Uneven work, so that later files often finish before earlier ones.
            if index % 7 == 0 { usleep(UInt32(index % 3) * 200) }
            return .success(index * 10)
        }
        #expect(delivered.map(\.0) == Array(0..<count))
        #expect(Self.values(delivered) == (0..<count).map { $0 * 10 })
    }

    @Test("the caller, woken a batch at a time, is never left waiting: runs shorter than a batch, and a slow first file",
          arguments: [(1, 2), (3, 2), (127, 2), (128, 3), (129, 4), (200, 2), (600, 3)] as [(Int, Int)])
    func batches(_ count: Int, _ workers: Int) {
        // A batch is half the window (128 files for up to four workers): runs just under, at and
        // over a batch, and past the window, where the workers wait for the caller to deliver.
        // No budget, so the caller waits without a timeout: a missed wake-up would hang the run.
        let delivered = Self.deliveries(count: count, workers: workers, budget: nil) { index in
            // The file the caller waits for finishes last, after the others are in.
            if index == 0 { usleep(50_000) }
            return .success(index)
        }
        #expect(Self.values(delivered) == Array(0..<count))
    }

    @Test("one worker without a budget runs on the calling thread")
    func inline() {
        let caller = pthread_self()
        let delivered = Self.deliveries(count: 5, workers: 1, budget: nil, onCallingThread: true) { index in
            .success(pthread_equal(pthread_self(), caller) != 0 ? index : -100)
        }
        #expect(Self.values(delivered) == [0, 1, 2, 3, 4])
    }

    @Test("with a budget, the work runs beside the caller, which watches the clock")
    func watched() {
        let caller = pthread_self()
        let delivered = Self.deliveries(count: 3, workers: 1, budget: 30, onCallingThread: true) { index in
            .success(pthread_equal(pthread_self(), caller) != 0 ? -100 : index)
        }
        #expect(Self.values(delivered) == [0, 1, 2])
    }

    @Test("a file over the budget is timed out; the files after it, past the window, still come out in order")
    func timeout() {
        let slow = 70
        let count = 3 * WorkerPool<Int>.window(workers: 2)
        let delivered = Self.deliveries(count: count, workers: 2, budget: 0.3) { index in
            if index == slow { sleep(3) }
            return .success(index)
        }
        #expect(delivered.map(\.0) == Array(0..<count))
        for (index, outcome) in delivered {
            switch outcome {
            case .success(let value):
                #expect(index != slow, "the slow file was not timed out")
                #expect(value == index)
            case .failure(let failure):
                #expect(index == slow, "file \(index) failed: \(failure.message)")
                #expect(failure.timedOut)
            }
        }
    }

    @Test("abandoned work is told to stop, and a cancelled reading gives up early")
    func abandonedWorkStops() throws {
        final class Seen: @unchecked Sendable { var seconds: Double? }
        let seen = Seen()
        let stopped = DispatchSemaphore(value: 0)
        let pool = WorkerPool<Int>(count: 2, workers: 1, budget: 0.2, cancellableWork: { index, cancellation in
            guard index == 0 else { return .success(index) }
            let start = Date()
            // Stands for a reading that would go on for minutes: it ends only when told to.
            while !cancellation.isCancelled && Date().timeIntervalSince(start) < 20 { usleep(1_000) }
            seen.seconds = Date().timeIntervalSince(start)
            stopped.signal()
            return .success(index)
        })
        var delivered: [Int] = []
        pool.run { index, _ in delivered.append(index) }
        #expect(delivered == [0, 1])
        #expect(stopped.wait(timeout: .now() + 20) == .success)
        #expect(try #require(seen.seconds) < 5)

        // The reader and the rules look at it: a cancelled note yields nothing.
        let note = "---\ndate: 2026-11-16 10:00\n---\n## Interviewers\n- [ ] Bob Smith\n"
        let cancelled = Cancellation()
        cancelled.cancel()
        let linter = Linter(now: moment("2026-11-26"))
        #expect(!linter.lint(path: "a.md", bytes: Array(note.utf8), configuration: Configuration()).diagnostics.isEmpty)
        #expect(linter.lint(path: "a.md", source: SourceText(note), configuration: Configuration(), cancellation: cancelled).diagnostics.isEmpty)
    }
}
