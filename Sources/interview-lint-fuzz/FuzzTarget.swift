import Foundation
import InterviewLint

// libFuzzer entry point. Built with `-sanitize=fuzzer,address -DFUZZING` by scripts/fuzz, which
// picks the target with INTERVIEW_LINT_FUZZ_TARGET (note, dates, log, config). In an ordinary build
// the same program replays inputs: `interview-lint-fuzz TARGET FILE...`.

private let fuzzTarget = ProcessInfo.processInfo.environment["INTERVIEW_LINT_FUZZ_TARGET"] ?? "note"

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
    FuzzEntryPoints.run(fuzzTarget, bytes)
    return 0
}

#if !FUZZING
@main
enum Replay {
    static func main() {
        let arguments = Array(CommandLine.arguments.dropFirst())
        guard let target = arguments.first, FuzzEntryPoints.names.contains(target) else {
            FileHandle.standardError.write(Data("usage: interview-lint-fuzz note|dates|log|config FILE...\n".utf8))
            exit(2)
        }
        for path in arguments.dropFirst() {
            guard let data = FileManager.default.contents(atPath: path) else {
                FileHandle.standardError.write(Data("\(path): cannot read\n".utf8))
                exit(2)
            }
            FuzzEntryPoints.run(target, Array(data))
            print("\(path): ok")
        }
    }
}
#endif
