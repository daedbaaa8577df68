/// A CommonMark block tree as plain Swift values: what `CommonMarkParser` hands back.
///
/// Blocks are stored flat, in document order, and refer to each other by index, so a tree
/// 25,000 levels deep is neither built nor freed by recursion. A block holds no references: its
/// text lives in one buffer for the whole document and becomes a `String` only when asked for
/// (most paragraphs of a note are never read), and its children are a chain of indices.
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
        public var firstChild: Int?
        public var nextSibling: Int?
        /// Where the block's text is in `MarkdownDocument.textBytes` (see `text(of:)`).
        var textRange: Range<Int> = 0..<0
        /// Where its inline HTML is in `MarkdownDocument.allInlineHTML`.
        var inlineHTMLRange: Range<Int> = 0..<0

        public init(kind: Kind, range: SourceRange? = nil, parent: Int? = nil) {
            self.kind = kind
            self.range = range
            self.parent = parent
        }
    }

    /// `blocks[0]` is the document.
    public var blocks: [Block]
    /// The text of every block, one after the other, as UTF-8.
    var textBytes: [UInt8]
    /// The inline HTML of every block, one after the other.
    var allInlineHTML: [String]

    public init(blocks: [Block], textBytes: [UInt8] = [], inlineHTML: [String] = []) {
        self.blocks = blocks
        self.textBytes = textBytes
        self.allInlineHTML = inlineHTML
    }

    /// Paragraphs and headings: their inline content as plain text (soft and hard line breaks
    /// become "\n"; inline HTML is left out). Code and HTML blocks: their literal text.
    public func text(of index: Int) -> String {
        let range = blocks[index].textRange
        guard !range.isEmpty else { return "" }
        return textBytes.withUnsafeBufferPointer { String(decoding: UnsafeBufferPointer(rebasing: $0[range]), as: UTF8.self) }
    }

    /// Inline HTML inside a paragraph or heading, in order (suppression comments live here).
    public func inlineHTML(of index: Int) -> ArraySlice<String> {
        allInlineHTML[blocks[index].inlineHTMLRange]
    }

    /// Whether any block is an HTML block or holds inline HTML.
    public var hasHTML: Bool {
        !allInlineHTML.isEmpty || blocks.contains { $0.kind == .htmlBlock }
    }

    /// The children of `index`, in order.
    public func children(of index: Int) -> Children {
        Children(blocks: blocks, upcoming: blocks[index].firstChild)
    }

    public struct Children: Sequence, IteratorProtocol {
        let blocks: [Block]
        var upcoming: Int?

        public mutating func next() -> Int? {
            guard let current = upcoming else { return nil }
            upcoming = blocks[current].nextSibling
            return current
        }
    }

    /// The indices of the top-level blocks, in order.
    public var topLevel: Children {
        blocks.isEmpty ? Children(blocks: blocks, upcoming: nil) : children(of: 0)
    }

    /// All indices below `index`, depth first, in document order (iterative).
    public func descendants(of index: Int) -> [Int] {
        var result: [Int] = []
        var next = blocks[index].firstChild
        while let current = next {
            result.append(current)
            if let child = blocks[current].firstChild {
                next = child
                continue
            }
            // Up until a block with a next sibling, stopping at `index`.
            var climb: Int? = current
            next = nil
            while let at = climb, at != index {
                if let sibling = blocks[at].nextSibling {
                    next = sibling
                    break
                }
                climb = blocks[at].parent
            }
        }
        return result
    }
}
