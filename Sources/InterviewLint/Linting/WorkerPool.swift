import Foundation
import Synchronization

/// What became of one file: `work`'s value, or why there is none. (A plain enum rather than
/// `Result<T, ReadFailure>`: making `Result`'s type at run time checks `ReadFailure: Error`, and
/// each such first check scans every protocol conformance in the binary, a cost a one-note run
/// feels.)
enum FileOutcome<T> {
    case success(T)
    case failure(ReadFailure)
}

/// Runs `work` for indices 0..<count on `workers` threads and hands each result to the caller's
/// `deliver` in index order, as soon as the results before it are in.
///
/// With a budget, the calling thread also watches the clock: a file that runs over it is given a
/// timed-out result, its thread is abandoned (it ends with the process; whatever it returns later
/// is dropped) and a new thread takes its place. Workers stay at most `window` files ahead of
/// delivery, so memory does not grow with the number of files, and wake the caller a batch at a
/// time rather than a file at a time. With one worker and no budget
/// there is nothing to run beside the caller, so the work runs on the calling thread.
final class WorkerPool<T>: @unchecked Sendable {
    private let count: Int
    private let workers: Int
    private let budget: Double?
    private let work: @Sendable (Int, Cancellation) -> FileOutcome<T>
    private let window: Int
    /// How many files in a row should be ready before the waiting caller is woken: half the
    /// window, so the workers go on with the other half while the caller delivers. Each wake-up is
    /// two context switches across CPUs, which cost far more on a virtual machine than their
    /// instructions say.
    private let batch: Int
    private let condition = NSCondition()
    // Guarded by `condition`:
    private var next = 0
    private var delivered = 0
    /// Results not yet delivered; file `index` waits in slot `index % window` (workers never run
    /// more than `window` files ahead of delivery, so two pending files never share a slot).
    private var results: [FileOutcome<T>?]
    /// For each worker (by id), the file it is on and since when.
    private var running: [(index: Int, since: UInt64, cancellation: Cancellation)?] = []
    private var abandoned: [Bool] = []
    /// Workers started and not yet ended or abandoned.
    private var live = 0
    /// Why the last worker could not be started (pthread_create's error), if one could not.
    private var startFailure: Int32?

    /// How many files the workers may run ahead of delivery.
    static func window(workers: Int) -> Int { max(256, workers * 64) }

    convenience init(count: Int, workers: Int, budget: Double?, work: @escaping @Sendable (Int) -> FileOutcome<T>) {
        self.init(count: count, workers: workers, budget: budget, cancellableWork: { index, _ in work(index) })
    }

    /// `cancellableWork` is told, through its `Cancellation`, when its file ran out of the budget
    /// and was abandoned: it should stop then rather than go on holding a thread and memory.
    init(count: Int, workers: Int, budget: Double?, cancellableWork work: @escaping @Sendable (Int, Cancellation) -> FileOutcome<T>) {
        self.count = count
        self.workers = workers
        self.budget = budget
        self.work = work
        self.window = Self.window(workers: workers)
        self.batch = window / 2
        self.results = Array(repeating: nil, count: min(count, window))
    }

    func run(deliver: (Int, FileOutcome<T>) -> Void) {
        guard count > 0 else { return }
        if workers == 1 && budget == nil {
            for index in 0..<count { deliver(index, work(index, Cancellation())) }
            return
        }
        condition.lock()
        for _ in 0..<min(workers, count) { startWorker() }
        while delivered < count {
            // Hand over whatever is ready, in order, outside the lock.
            var ready: [(Int, FileOutcome<T>)] = []
            while delivered < count, let result = results[delivered % window] ?? unstartable(delivered) {
                results[delivered % window] = nil
                ready.append((delivered, result))
                delivered += 1
            }
            if !ready.isEmpty {
                condition.broadcast()
                condition.unlock()
                for (index, result) in ready { deliver(index, result) }
                condition.lock()
                continue
            }
            if let budget {
                let now = DispatchTime.now().uptimeNanoseconds
                for worker in running.indices {
                    guard let job = running[worker], now - job.since > UInt64(budget * 1e9) else { continue }
                    running[worker] = nil
                    job.cancellation.cancel()
                    abandoned[worker] = true
                    live -= 1
                    results[job.index % window] = .failure(.timeout)
                    startWorker()
                }
                if results[delivered % window] == nil,
                   !condition.wait(until: Date(timeIntervalSinceNow: max(0.001, min(budget / 4, 0.05)))) {
                    // Foundation returns at once, still holding the lock, when the deadline has
                    // passed by the time it looks: give the workers a turn at the lock.
                    condition.unlock()
                    sched_yield()
                    condition.lock()
                }
            } else if results[delivered % window] == nil {
                condition.wait()
            }
        }
        condition.unlock()
    }

    /// The outcome of a file no worker took and none will, when no thread could be started (the
    /// process is out of memory or threads): named as not checked rather than waited for. Called
    /// with the lock held.
    private func unstartable(_ index: Int) -> FileOutcome<T>? {
        guard let startFailure, live == 0, index >= next else { return nil }
        return .failure(ReadFailure(message: "no thread could be started to read it (\(String(cString: strerror(startFailure)).lowercased()))",
                                    unstarted: true))
    }

    /// Called with the lock held. With pthread_create rather than Foundation's Thread, which
    /// says nothing when the thread cannot be made, and the run then waited for it for ever.
    private func startWorker() {
        let id = running.count
        running.append(nil)
        abandoned.append(false)
        var attributes = pthread_attr_t()
        pthread_attr_init(&attributes)
        defer { pthread_attr_destroy(&attributes) }
        pthread_attr_setstacksize(&attributes, 8 << 20)
        pthread_attr_setdetachstate(&attributes, Int32(PTHREAD_CREATE_DETACHED))
        let body = Unmanaged.passRetained(ThreadBody { [self] in loop(id) })
        var thread = pthread_t()
        let result = pthread_create(&thread, &attributes, { raw in
            Unmanaged<ThreadBody>.fromOpaque(raw!).takeRetainedValue().run()
            return nil
        }, body.toOpaque())
        if result == 0 {
            live += 1
        } else {
            body.release()
            abandoned[id] = true
            startFailure = result
        }
    }

    private func loop(_ id: Int) {
        condition.lock()
        while true {
            if abandoned[id] { break }
            if next >= count {
                live -= 1
                break
            }
            if next >= delivered + window {
                // The caller may be asleep waiting for a batch: it must deliver before this can go on.
                condition.broadcast()
                condition.wait()
                continue
            }
            let index = next
            next += 1
            let cancellation = Cancellation()
            running[id] = (index, DispatchTime.now().uptimeNanoseconds, cancellation)
            condition.unlock()
            let result = work(index, cancellation)
            condition.lock()
            if abandoned[id] { break }
            running[id] = nil
            results[index % window] = result
            // Wake the caller only when it can hand over a batch (or nothing more is coming): a
            // wake-up a file would be two context switches a file.
            if results[delivered % window] != nil,
               index + 1 >= delivered + batch || next >= count || next >= delivered + window {
                condition.broadcast()
            }
        }
        condition.unlock()
    }
}

/// What a worker thread runs (pthread_create takes a C function and one pointer).
final class ThreadBody {
    let run: () -> Void
    init(_ run: @escaping () -> Void) { self.run = run }
}

struct ReadFailure: Error {
    var message: String
    /// The note's configuration could not be used (`message` is then empty).
    var configuration: ConfigurationError?
    var timedOut = false
    /// No worker could be started for it; `message` says why, without the path.
    var unstarted = false

    /// The result given to a file that ran out of its time budget.
    static let timeout = ReadFailure(message: "", timedOut: true)
}

/// Tells abandoned work to stop: a file over its time budget is reported at once, and the reader
/// and the rules, which look at this between blocks, entries and rules, end soon after instead of
/// running on beside the next files with the note's memory held (eight slow notes with `--jobs 1`
/// held 8 GB). cmark's own parse cannot be stopped; it ends on its own.
public final class Cancellation: Sendable {
    private let flag = Atomic<Bool>(false)

    public init() {}

    public func cancel() { flag.store(true, ordering: .relaxed) }

    public var isCancelled: Bool { flag.load(ordering: .relaxed) }
}
