/// The command line of a pre-commit hook, read without argument-parser: file names (pre-commit
/// passes the staged notes) and the flags a hook's `args:` typically carries. argument-parser
/// works out its commands by reflection, which costs more than linting a note; the command line
/// reads the arguments with this first and hands anything it declines to argument-parser.
///
/// It only accepts what argument-parser reads the same way as `lint` with these flags and every
/// other option at its default: each flag at most once, `--color` and `--no-color` not together,
/// no argument that is a command name or `help`, and nothing else that starts with `-` (options
/// with values, `-` for standard input, `--`, short or unknown options). CommandLineTests compares
/// the output of both paths.
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

    public init(paths: [String] = [], strict: Bool = false, quiet: Bool = false, noConfig: Bool = false, color: Bool? = nil) {
        self.paths = paths
        self.strict = strict
        self.quiet = quiet
        self.noConfig = noConfig
        self.color = color
    }

    /// The arguments as a hook's command line, or nil to leave them to argument-parser. Nil for no
    /// arguments at all, too (that is `interview-lint` alone, which argument-parser handles).
    public static func read(_ arguments: [String], commandNames: Set<String>) -> HookArguments? {
        guard !arguments.isEmpty else { return nil }
        var read = HookArguments()
        for argument in arguments {
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
            default: return nil
            }
        }
        return read
    }
}
