import InterviewLint

/// The command line of a pre-commit hook or a CI step, read without argument-parser: file names
/// (pre-commit passes the staged notes), the flags a hook's `args:` typically carries, and
/// `--today`, `--jobs` and `--format` with valid values. argument-parser works out its commands
/// by reflection, which costs more than linting a note; the command line reads the arguments
/// with this first and hands anything it declines to argument-parser.
///
/// It only accepts what argument-parser reads the same way as `lint` with these options and every
/// other option at its default: each at most once, `--color` and `--no-color` not together, values
/// that are valid (a date `--today` reads, a number of jobs in `NoteRunner.jobsRange`, a known format)
/// and do not start with `-`, written `--today VALUE` or `--today=VALUE` (`-j N`, `-f NAME` for the
/// short names), no argument that is a command name or `help`, and nothing else that starts with
/// `-` (`-` for standard input, `--`, other options). Invalid values are left to argument-parser,
/// which explains them. CommandLineTests compares the output of both paths.
public struct HookArguments: Equatable, Sendable {
    public var paths: [String] = []
    /// `--strict`: exit with 1 on warnings too.
    public var strict = false
    /// `--quiet`: errors only.
    public var quiet = false
    /// `--no-config`.
    public var noConfig = false
    /// `--color` / `--no-color`; nil when neither is given.
    public var color: Bool?
    /// `--today`, as written (it reads as a date).
    public var today: String?
    /// `--jobs` / `-j`.
    public var jobs: Int?
    /// `--format` / `-f`: a reporter's identifier.
    public var format: String?

    /// The arguments as a hook's command line, or nil to leave them to argument-parser. Nil for no
    /// arguments at all, too (that is `interview-lint` alone, which argument-parser handles).
    public static func read(_ arguments: [String], commandNames: Set<String>) -> HookArguments? {
        guard !arguments.isEmpty else { return nil }
        var read = HookArguments()
        var index = 0
        while index < arguments.count {
            let argument = arguments[index]
            index += 1
            guard argument.hasPrefix("-") else {
                if commandNames.contains(argument) || argument == "help" { return nil }
                read.paths.append(argument)
                continue
            }
            switch argument {
            case "--strict" where !read.strict: read.strict = true
            case "--quiet" where !read.quiet: read.quiet = true
            case "--no-config" where !read.noConfig: read.noConfig = true
            case "--color" where read.color == nil: read.color = true
            case "--no-color" where read.color == nil: read.color = false
            default:
                // An option with a value: `--name VALUE`, `--name=VALUE`, or `-x VALUE`.
                let name: Substring
                let value: String
                if argument.hasPrefix("--"), let equals = argument.firstIndex(of: "=") {
                    name = argument[..<equals]
                    value = String(argument[argument.index(after: equals)...])
                } else {
                    guard index < arguments.count else { return nil }
                    name = argument[...]
                    value = arguments[index]
                    index += 1
                }
                guard !value.hasPrefix("-") else { return nil }
                switch name {
                case "--today" where read.today == nil && LocalDateTime.parseToday(value) != nil:
                    read.today = value
                case "--jobs" where read.jobs == nil, "-j" where read.jobs == nil:
                    guard let jobs = Int(value), NoteRunner.jobsRange.contains(jobs) else { return nil }
                    read.jobs = jobs
                case "--format" where read.format == nil, "-f" where read.format == nil:
                    guard Reporters.named(value) != nil else { return nil }
                    read.format = value
                default:
                    return nil
                }
            }
        }
        return read
    }
}
