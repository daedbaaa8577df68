// swift-tools-version:5.9
import PackageDescription

// Release code reaches type metadata through direct accessor calls rather than by mangled name (the
// compiler's default, smaller code): each first use by name is demangled at run time and its
// conformances looked up in a scan of every conformance record, which was a third of what a
// one-note run, the pre-commit case, executed. Each function gets a section of its own, so that the
// link can lay out the ones a run executes together (symbol-order.txt, below).
// docs/performance.md has the measurements.
let releaseCode = SwiftSetting.unsafeFlags(
    ["-Xfrontend", "-disable-concrete-type-metadata-mangled-name-accessors", "-Xfrontend", "-function-sections"],
    .when(configuration: .release))

let package = Package(
    name: "interview-lint",
    products: [
        .executable(name: "interview-lint", targets: ["interview-lint"]),
        .library(name: "InterviewLint", targets: ["InterviewLint"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
    ],
    targets: [
        // Debian's libcmark-dev (0.30): the CommonMark reference parser.
        .systemLibrary(
            name: "CCmark",
            pkgConfig: "libcmark",
            providers: [.apt(["libcmark-dev"])]
        ),
        // Everything the tool does: parsing, the interview model, rules, reporters.
        .target(
            name: "InterviewLint",
            dependencies: ["CCmark", "Yams"],
            swiftSettings: [releaseCode]
        ),
        // Reading the command line and printing a run: what the executable does besides
        // argument-parser, in a library so that the tests can reach it.
        .target(
            name: "InterviewLintCommandLine",
            dependencies: ["InterviewLint"],
            swiftSettings: [releaseCode]
        ),
        // The thin command line. On Linux a release build is a static executable: no dynamic loader,
        // no shared Swift runtime or Foundation to map and relocate at start-up, which is most of the
        // time a one-note run (the pre-commit case) takes. Set here rather than on the build command
        // because pre-commit builds the hook with a plain `swift build -c release`. lld links it:
        // the default linker (gold) prints a warning for every glibc function that would need
        // glibc's shared NSS modules in a static binary (getpwuid...), none of which this tool
        // calls. Debug builds (the tests, valgrind's leak check) stay dynamic. The price: a static
        // executable is not position-independent, so its own code and data load at a fixed address
        // (heap, stack and mappings are still randomised); `-static-pie` linked but crashed at
        // start with this toolchain. The functions typical runs execute are laid out together, in
        // the order of symbol-order.txt (scripts/order-symbols writes it): a one-note run then
        // touches fewer pages of code, and each page it faults in costs microseconds. Names the
        // file lists that no longer exist are skipped. docs/performance.md has the measurements
        // and the reasoning.
        .executableTarget(
            name: "interview-lint",
            dependencies: [
                "InterviewLint",
                "InterviewLintCommandLine",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            exclude: ["symbol-order.txt"],
            swiftSettings: [releaseCode, .unsafeFlags(["-static-stdlib"], .when(platforms: [.linux], configuration: .release))],
            linkerSettings: [.unsafeFlags([
                "-static-executable", "-use-ld=lld",
                "-Xlinker", "--symbol-ordering-file=\(Context.packageDirectory)/Sources/interview-lint/symbol-order.txt",
                "-Xlinker", "--no-warn-symbol-ordering",
            ], .when(platforms: [.linux], configuration: .release))]
        ),
        // libFuzzer targets over everything that reads untrusted text (scripts/fuzz); an ordinary
        // build replays saved inputs.
        .executableTarget(
            name: "interview-lint-fuzz",
            dependencies: ["InterviewLint"]
        ),
        .testTarget(
            name: "InterviewLintTests",
            dependencies: ["InterviewLint", "InterviewLintCommandLine", "Yams"]
        ),
    ]
)
