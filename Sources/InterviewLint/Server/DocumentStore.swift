import Foundation

/// One note open in the editor: the buffer's text, not the file on disk.
struct OpenDocument: Sendable {
    var uri: String
    var version: Int
    var index: LineIndex
    var bytes: [UInt8] { index.bytes }

    init(uri: String, version: Int, text: String) {
        self.uri = uri
        self.version = version
        self.index = LineIndex(Array(text.utf8))
    }

    /// Applies one `didChange` batch in order: a change without a range replaces the text, one
    /// with a range replaces that span, its positions read in `encoding` against the text as the
    /// earlier changes of the batch left it.
    mutating func apply(_ changes: [ContentChange], version: Int, encoding: PositionEncoding) {
        var bytes = index.bytes
        for change in changes {
            guard let range = change.range else {
                bytes = Array(change.text.utf8)
                index = LineIndex(bytes)
                continue
            }
            let lower = index.offset(of: range.start, in: encoding)
            let upper = max(lower, index.offset(of: range.end, in: encoding))
            bytes.replaceSubrange(lower..<upper, with: change.text.utf8)
            index = LineIndex(bytes)
        }
        self.version = version
    }
}

/// Turns `file://` URIs into paths and back; other schemes (`untitled:`) have no path.
enum DocumentURI {
    static func path(of uri: String) -> String? {
        guard uri.hasPrefix("file://") else { return nil }
        var rest = uri.dropFirst("file://".count)
        // `file://host/path`: only the local host is a path here.
        if !rest.hasPrefix("/") {
            guard let slash = rest.firstIndex(of: "/") else { return nil }
            let host = rest[..<slash]
            guard host == "localhost" else { return nil }
            rest = rest[slash...]
        }
        if let query = rest.firstIndex(where: { $0 == "?" || $0 == "#" }) { rest = rest[..<query] }
        return String(rest).removingPercentEncoding
    }

    static func uri(of path: String) -> String { "file://" + path.percentEncodedPath }

    /// Whether the URI names a configuration file rather than a note.
    static func isConfiguration(_ uri: String) -> Bool {
        let name = uri.split(separator: "/").last.map(String.init) ?? uri
        return ConfigurationLoader.fileNames.contains(name)
    }
}
