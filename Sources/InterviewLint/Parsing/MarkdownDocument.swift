/// A CommonMark block tree as plain Swift values: what `CommonMarkParser` hands back.
///
/// Blocks are stored flat, in document order, and refer to each other by index, so a tree
/// 25,000 levels deep is neither built nor freed by recursion.
public struct MarkdownDocument: Sendable {
    public enum Kind: Hashable, Sendable {
        case document
        case blockQuote
        case list(ordered: Bool)
        case item
        case codeBlock
        case htmlBlock
        case paragraph
        case heading(level: Int)
        case thematicBreak
        case other
    }

    public struct Block: Sendable {
        public var kind: Kind
        /// Where the block is in the note; nil when cmark gave no position.
        public var range: SourceRange?
        public var parent: Int?
        public var children: [Int] = []
        /// Paragraphs and headings: their inline content as plain text (soft and hard line breaks
        /// become "\n"; inline HTML is left out). Code and HTML blocks: their literal text.
        public var text: String = ""
        /// Inline HTML inside a paragraph or heading, in order (suppression comments live here).
        public var inlineHTML: [String] = []
    }

    /// `blocks[0]` is the document.
    public var blocks: [Block]

    public init(blocks: [Block]) {
        self.blocks = blocks
    }

    /// The indices of the top-level blocks, in order.
    public var topLevel: [Int] { blocks.first?.children ?? [] }

    /// All indices below `index`, depth first, in document order (iterative).
    public func descendants(of index: Int) -> [Int] {
        var result: [Int] = []
        var stack = Array(blocks[index].children.reversed())
        while let next = stack.popLast() {
            result.append(next)
            stack.append(contentsOf: blocks[next].children.reversed())
        }
        return result
    }
}
