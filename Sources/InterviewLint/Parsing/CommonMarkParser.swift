import CCmark
import Glibc

/// The one place that talks to cmark's C API.
///
/// It parses a note, walks the C tree once with cmark's iterator (no recursion, so deep nesting
/// cannot overflow the stack), copies every block into a `MarkdownDocument` with scalar-column
/// positions, and frees the C tree before it returns. No C pointer leaves this file.
public enum CommonMarkParser {
    /// The version of the linked libcmark, e.g. "0.30.2".
    public static var libraryVersion: String {
        String(cString: cmark_version_string())
    }

    /// Parses `markdown` (typically `source.text` with front matter blanked out, so that line
    /// numbers stay those of the file); columns are converted with the lines of `source`.
    public static func parse(_ markdown: String, positionsFrom source: SourceText) -> MarkdownDocument {
        var markdown = markdown
        let root: OpaquePointer? = markdown.withUTF8 { buffer in
            buffer.withMemoryRebound(to: CChar.self) { chars in
                cmark_parse_document(chars.baseAddress, chars.count, CMARK_OPT_DEFAULT)
            }
        }
        guard let root else { return MarkdownDocument(blocks: [.init(kind: .document)]) }
        defer { cmark_node_free(root) }

        var blocks: [MarkdownDocument.Block] = []
        blocks.reserveCapacity(64)
        // Indices of the open blocks; inline content goes to the innermost one.
        var open: [Int] = []
        open.reserveCapacity(16)
        // Inline text of the innermost open block, gathered as bytes and made a String when the
        // block closes (only paragraphs and headings hold inlines, and they hold no blocks).
        var inlineText: [UInt8] = []
        inlineText.reserveCapacity(1024)
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
                    let closed = open.removeLast()
                    if !inlineText.isEmpty {
                        blocks[closed].text = String(decoding: inlineText, as: UTF8.self)
                        inlineText.removeAll(keepingCapacity: true)
                    }
                    continue
                }
                var block = MarkdownDocument.Block(kind: kind(of: node, type: type))
                block.range = range(of: node, in: source)
                block.parent = open.last
                if type == CMARK_NODE_CODE_BLOCK || type == CMARK_NODE_HTML_BLOCK {
                    block.text = literal(of: node)
                }
                let index = blocks.count
                blocks.append(block)
                if let parent = open.last { blocks[parent].children.append(index) }
                // Leaf blocks without inline children get no EXIT event.
                let hasExit = type != CMARK_NODE_CODE_BLOCK && type != CMARK_NODE_HTML_BLOCK
                    && type != CMARK_NODE_THEMATIC_BREAK
                if hasExit { open.append(index) }
                continue
            }

            // Inline nodes: flatten into the text of the enclosing paragraph or heading.
            guard event == CMARK_EVENT_ENTER, let owner = open.last else { continue }
            switch type {
            case CMARK_NODE_TEXT, CMARK_NODE_CODE:
                if let pointer = cmark_node_get_literal(node) {
                    pointer.withMemoryRebound(to: UInt8.self, capacity: 1) { bytes in
                        inlineText.append(contentsOf: UnsafeBufferPointer(start: bytes, count: strlen(pointer)))
                    }
                }
            case CMARK_NODE_SOFTBREAK, CMARK_NODE_LINEBREAK:
                inlineText.append(UInt8(ascii: "\n"))
            case CMARK_NODE_HTML_INLINE:
                blocks[owner].inlineHTML.append(literal(of: node))
            default:
                break
            }
        }
        if blocks.isEmpty { blocks.append(.init(kind: .document)) }
        return MarkdownDocument(blocks: blocks)
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
