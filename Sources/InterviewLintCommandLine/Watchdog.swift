import Foundation
import InterviewLint

/// The command line's one watchdog. A run of one note reads it on the main thread; when the note is
/// still being read once its time budget is spent, the watchdog prints the run as it stands (the
/// note reported as over its budget) with `finish` and ends the process with its exit code,
/// without running exit handlers under the reading thread's feet.
public enum Watchdog {
    public static func start(_ watch: SoleNoteWatch, finish: @escaping (LintResult) -> Int32) {
        let thread = Thread {
            guard let result = watch.waitForTimeout() else { return }
            let code = finish(result)
            fflush(nil)
            _exit(OutputWriter.finishStandardOutput(code))
        }
        thread.stackSize = 1 << 20
        thread.start()
    }
}
