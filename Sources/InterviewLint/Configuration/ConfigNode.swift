import Yams

/// A node of a configuration file, as `ConfigurationLoader` reads it: what Yams' `Node` answers
/// to `string`, `int`, `bool`, `mapping`, `sequence` and `mark`, worked out once. Two readers make
/// these: `SimpleConfigYAML` for the plain subset nearly every file uses, and Yams for anything
/// else (`init(_:)` below); `ConfigFastPathTests` holds the first to the second.
struct ConfigNode: Equatable {
    enum Content: Equatable {
        case scalar
        case mapping([Pair])
        case sequence([ConfigNode])
    }

    struct Pair: Equatable {
        var key: ConfigNode
        var value: ConfigNode
    }

    var content: Content
    /// Yams' `node.string`: a scalar's text (nil for mappings and sequences).
    var string: String?
    /// Yams' `node.int` and `node.bool` (YAML 1.1's `yes`, `off`, `0x1F`... as Yams reads them).
    var int: Int?
    var bool: Bool?
    /// Where the node starts, 1-based (Yams' mark; 1:1 when it has none).
    var line: Int
    var column: Int

    var mapping: [(key: ConfigNode, value: ConfigNode)]? {
        if case .mapping(let pairs) = content { return pairs.map { ($0.key, $0.value) } }
        return nil
    }

    var sequence: [ConfigNode]? {
        if case .sequence(let items) = content { return items }
        return nil
    }

    static func scalar(_ text: String, int: Int? = nil, bool: Bool? = nil, line: Int, column: Int) -> ConfigNode {
        ConfigNode(content: .scalar, string: text, int: int, bool: bool, line: line, column: column)
    }
}

extension ConfigNode {
    /// The same node read from Yams' tree.
    init(_ node: Node) {
        switch node {
        case .scalar:
            content = .scalar
        case .mapping(let mapping):
            content = .mapping(mapping.map { Pair(key: ConfigNode($0.key), value: ConfigNode($0.value)) })
        case .sequence(let sequence):
            content = .sequence(sequence.map { ConfigNode($0) })
        case .alias:
            content = .scalar
        }
        string = node.string
        int = node.int
        bool = node.bool
        line = node.mark?.line ?? 1
        column = node.mark?.column ?? 1
    }
}
