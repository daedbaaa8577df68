import Foundation

/// The clock of a run whose only note is linted (or dumped) on the calling thread: handing one
/// note to a worker thread and its result back costs more than a sixth of such a run. The run says
/// here when the note starts and when it is done; the command's watchdog, on a thread of its own,
/// waits for the note's time budget and, if the note is still being read by then, takes the run
/// over: it gets the result as it stands, with the note reported as over its budget, prints it
/// and ends the process. Whichever comes first, the note or the budget, wins; the other stands down.
public final class SoleNoteWatch: @unchecked Sendable {
    private let condition = NSCondition()
    // Guarded by `condition`:
    private var deadline: Date?
    private var done = false
    private var takenOver = false
    private var timedOut: (() -> LintResult)?

    public init() {}

    /// The run's only note starts now, with `budget` seconds; `timedOut` gives the run's result
    /// with the note reported as over its budget (it is called on the watchdog's thread).
    func begin(budget: Double, timedOut: @escaping () -> LintResult) {
        condition.lock()
        deadline = Date(timeIntervalSinceNow: budget)
        self.timedOut = timedOut
        condition.broadcast()
        condition.unlock()
    }

    /// The note is done, or the run is not one to watch: false when the watchdog has taken the
    /// run over, and the caller must then deliver nothing and wait for the process to end.
    func finish() -> Bool {
        condition.lock()
        defer { condition.unlock() }
        if takenOver { return false }
        done = true
        condition.broadcast()
        return true
    }

    /// For the watchdog: waits until the run's note has begun and then until it is done or its
    /// budget is spent. The result to report when the budget ran out first (the run is the
    /// watchdog's from then on); nil when the note was done in time or there was none to watch.
    public func waitForTimeout() -> LintResult? {
        condition.lock()
        while deadline == nil && !done { condition.wait() }
        while !done, let deadline {
            if !condition.wait(until: deadline) && !done {
                takenOver = true
                break
            }
        }
        let result = takenOver ? timedOut : nil
        condition.unlock()
        return result?()
    }
}
