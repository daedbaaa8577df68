import Foundation
import InterviewLint

/// Writes what a command made (a report, an agenda) to `outputFile`, or to standard output when
/// none is named. After a file, the line `written(outputFile)` goes to standard output; returns
/// false, having said why, when the file could not be written.
public func writeOutput(_ text: String, to outputFile: String?, inputs: [String],
                        written: (String) -> String) -> Bool {
    guard let outputFile else {
        OutputWriter.writeStandardOutput(text)
        return true
    }
    do {
        try OutputWriter.writeFile(text, to: outputFile, inputs: inputs)
    } catch {
        printError("interview-lint: \(error)")
        return false
    }
    // Not after a text written to standard output itself: a second write through another
    // descriptor would land over its start in a file (`-o /dev/stdout > r.json`).
    if !OutputWriter.isStandardOutput(outputFile) {
        OutputWriter.writeStandardOutput(written(outputFile))
    }
    return true
}
