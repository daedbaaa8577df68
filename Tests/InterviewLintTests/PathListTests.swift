import Testing
@testable import InterviewLint

@Suite("The compact list of paths a run works through")
struct PathListTests {
    /// A small deterministic generator, so a failure can be replayed.
    struct Generator {
        var state: UInt64
        mutating func next(_ bound: Int) -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int((state >> 33) % UInt64(bound))
        }
    }

    @Test("paths come back whole, and sorted byte by byte across folders, files given by path and standard input",
          arguments: [1, 2, 3, 4, 5])
    func sortsLikeJoinedPaths(seed: UInt64) {
        var random = Generator(state: seed)
        // Characters that sort on either side of "/", so that folder boundaries matter ("a-b" < "a/b").
        let alphabet = ["a", "b", "-", ".", "0", "é", "Z", "_", " ", "~"]
        func word() -> String { (0..<(1 + random.next(4))).map { _ in alphabet[random.next(alphabet.count)] }.joined() }
        var list = PathList()
        var expected: [(String, Bool)] = []
        for _ in 0..<40 {
            switch random.next(4) {
            case 0:
                let path = word() + "/" + word() + ".md"
                list.append(path: path)
                expected.append((path, false))
            case 1:
                let name = "<" + word() + ">"
                list.append(path: name, isStandardInput: true)
                expected.append((name, true))
            default:
                // A folder with a trailing slash or without one, and a few files in it.
                let folder = word() + (random.next(2) == 0 ? "/" + word() : "") + (random.next(3) == 0 ? "/" : "")
                let number = list.addFolder(folder)
                for _ in 0..<(1 + random.next(4)) {
                    let name = word() + ".md"
                    list.append(name: Array(name.utf8), inFolder: number)
                    expected.append(((folder.hasSuffix("/") ? folder : folder + "/") + name, false))
                }
            }
        }
        #expect(list.count == expected.count)
        #expect((0..<list.count).map { list[$0].path } == expected.map(\.0), "in the order added")
        list.sort()
        let sorted = expected.sorted { Array($0.0.utf8).lexicographicallyPrecedes(Array($1.0.utf8)) }
        #expect((0..<list.count).map { list[$0].path } == sorted.map(\.0))
        #expect((0..<list.count).map { list[$0].isStandardInput } == sorted.map(\.1))
    }
}
