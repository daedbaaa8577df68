// swift-tools-version:5.9
import PackageDescription

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
            dependencies: ["CCmark", "Yams"]
        ),
        // The thin command line.
        .executableTarget(
            name: "interview-lint",
            dependencies: [
                "InterviewLint",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // libFuzzer targets over everything that reads untrusted text (scripts/fuzz); an ordinary
        // build replays saved inputs.
        .executableTarget(
            name: "interview-lint-fuzz",
            dependencies: ["InterviewLint"]
        ),
        .testTarget(
            name: "InterviewLintTests",
            dependencies: ["InterviewLint", "Yams"]
        ),
    ]
)
