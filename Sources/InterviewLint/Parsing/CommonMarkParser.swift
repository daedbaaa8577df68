import CCmark
import Glibc

/// The one place that talks to cmark's C API.
///
/// It parses a note, walks the C tree once with cmark's iterator (no recursion, so deep nesting
/// cannot overflow the stack), copies every block into a `MarkdownDocument` with scalar-column
/// positions, and frees the C tree before it returns (all at once: cmark allocates from a
/// per-thread arena, see Sources/CCmark/shim.h). No C pointer leaves this file.
public enum CommonMarkParser {
    /// The version of the linked libcmark, e.g. "0.30.2".
    public static var libraryVersion: String {
        String(cString: cmark_version_string())
    }

    /// Parses `markdown`, UTF-8 (typically `source.bytes` with front matter blanked out, so that
    /// line numbers stay those of the file); columns are converted with the lines of `source`.
    public static func parse(_ markdown: [UInt8], positionsFrom source: SourceText) -> MarkdownDocument {
        // cmark allocates from this thread's arena (Sources/CCmark/shim.h): the tree is dropped
        // in one go below instead of node by node with cmark_node_free.
        defer { il_arena_reset() }
        guard let parser = cmark_parser_new_with_mem(CMARK_OPT_DEFAULT, il_arena_allocator()) else {
            return MarkdownDocument(blocks: [.init(kind: .document)])
        }
        markdown.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { chars in
                if let start = chars.baseAddress { cmark_parser_feed(parser, start, chars.count) }
            }
        }
        let root = cmark_parser_finish(parser)
        cmark_parser_free(parser)
        guard let root else { return MarkdownDocument(blocks: [.init(kind: .document)]) }

        var blocks: [MarkdownDocument.Block] = []
        blocks.reserveCapacity(64)
        // The open blocks, innermost last, each with its last child so far; inline content goes
        // to the innermost one.
        var open: [(index: Int, lastChild: Int?)] = []
        open.reserveCapacity(16)
        // The text of every block, in one buffer (see `MarkdownDocument.text(of:)`).
        var textBytes: [UInt8] = []
        textBytes.reserveCapacity(markdown.count)
        var inlineHTML: [String] = []
        guard let iterator = cmark_iter_new(root) else {
            return MarkdownDocument(blocks: [.init(kind: .document)])
        }
        defer { cmark_iter_free(iterator) }

        while true {
            let event = cmark_iter_next(iterator)
            if event == CMARK_EVENT_DONE { break }
            guard let node = cmark_iter_get_node(iterator) else { continue }
            let type = cmark_node_get_type(node)
            let isBlock = type.rawValue >= CMARK_NODE_FIRST_BLOCK.rawValue
                && type.rawValue <= CMARK_NODE_LAST_BLOCK.rawValue

            if isBlock {
                if event == CMARK_EVENT_EXIT {
                    let closed = open.removeLast().index
                    // Only blocks without block children (paragraphs, headings) hold inline text.
                    if blocks[closed].firstChild == nil {
                        blocks[closed].textRange = blocks[closed].textRange.lowerBound..<textBytes.count
                    }
                    continue
                }
                let index = blocks.count
                var block = MarkdownDocument.Block(kind: kind(of: node, type: type), range: range(of: node, in: source),
                                                   parent: open.last?.index)
                block.textRange = textBytes.count..<textBytes.count
                if type == CMARK_NODE_CODE_BLOCK || type == CMARK_NODE_HTML_BLOCK {
                    appendLiteral(of: node, to: &textBytes)
                    block.textRange = block.textRange.lowerBound..<textBytes.count
                }
                blocks.append(block)
                if let parent = open.last {
                    if let previous = parent.lastChild {
                        blocks[previous].nextSibling = index
                    } else {
                        blocks[parent.index].firstChild = index
                    }
                    open[open.count - 1].lastChild = index
                }
                // Leaf blocks without inline children get no EXIT event.
                let hasExit = type != CMARK_NODE_CODE_BLOCK && type != CMARK_NODE_HTML_BLOCK
                    && type != CMARK_NODE_THEMATIC_BREAK
                if hasExit { open.append((index, nil)) }
                continue
            }

            // Inline nodes: flatten into the text of the enclosing paragraph or heading.
            guard event == CMARK_EVENT_ENTER, let owner = open.last?.index else { continue }
            switch type {
            case CMARK_NODE_TEXT, CMARK_NODE_CODE:
                appendLiteral(of: node, to: &textBytes)
            case CMARK_NODE_SOFTBREAK, CMARK_NODE_LINEBREAK:
                textBytes.append(UInt8(ascii: "\n"))
            case CMARK_NODE_HTML_INLINE:
                let range = blocks[owner].inlineHTMLRange
                blocks[owner].inlineHTMLRange = (range.isEmpty ? inlineHTML.count : range.lowerBound)..<(inlineHTML.count + 1)
                inlineHTML.append(literal(of: node))
            default:
                break
            }
        }
        if blocks.isEmpty { blocks.append(.init(kind: .document)) }
        return MarkdownDocument(blocks: blocks, textBytes: textBytes, inlineHTML: inlineHTML)
    }

    private static func appendLiteral(of node: OpaquePointer, to bytes: inout [UInt8]) {
        guard let pointer = cmark_node_get_literal(node) else { return }
        pointer.withMemoryRebound(to: UInt8.self, capacity: 1) { start in
            bytes.append(contentsOf: UnsafeBufferPointer(start: start, count: strlen(pointer)))
        }
    }

    private static func literal(of node: OpaquePointer) -> String {
        guard let pointer = cmark_node_get_literal(node) else { return "" }
        return String(cString: pointer)
    }

    private static func kind(of node: OpaquePointer, type: cmark_node_type) -> MarkdownDocument.Kind {
        switch type {
        case CMARK_NODE_DOCUMENT: return .document
        case CMARK_NODE_BLOCK_QUOTE: return .blockQuote
        case CMARK_NODE_LIST: return .list(ordered: cmark_node_get_list_type(node) == CMARK_ORDERED_LIST)
        case CMARK_NODE_ITEM: return .item
        case CMARK_NODE_CODE_BLOCK: return .codeBlock
        case CMARK_NODE_HTML_BLOCK: return .htmlBlock
        case CMARK_NODE_PARAGRAPH: return .paragraph
        case CMARK_NODE_HEADING: return .heading(level: Int(cmark_node_get_heading_level(node)))
        case CMARK_NODE_THEMATIC_BREAK: return .thematicBreak
        default: return .other
        }
    }

    private static func range(of node: OpaquePointer, in source: SourceText) -> SourceRange? {
        let startLine = Int(cmark_node_get_start_line(node))
        let startColumn = Int(cmark_node_get_start_column(node))
        guard startLine > 0, startColumn > 0 else { return nil }
        var endLine = Int(cmark_node_get_end_line(node))
        var endColumn = Int(cmark_node_get_end_column(node))
        if endLine < startLine { endLine = startLine; endColumn = startColumn }
        let start = SourcePosition(line: startLine,
                                   column: source.scalarColumn(line: startLine, byteColumn: startColumn))
        // cmark's end column is the last byte, inclusive; ours is exclusive.
        let end = SourcePosition(line: endLine,
                                 column: source.scalarColumn(line: endLine, byteColumn: endColumn + 1))
        return SourceRange(start: start, end: end)
    }
}
