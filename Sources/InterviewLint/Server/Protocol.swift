import Foundation

// The parts of the Language Server Protocol 3.17 this server speaks, as Codable values. Fields
// the server never reads are left out: decoding ignores them.

/// JSON-RPC and LSP error codes.
enum ErrorCode {
    static let parseError = -32700
    static let invalidRequest = -32600
    static let methodNotFound = -32601
    static let invalidParams = -32602
    static let internalError = -32603
    static let serverNotInitialized = -32002
    static let requestCancelled = -32800
}

struct ResponseError: Codable, Error, Equatable {
    var code: Int
    var message: String
}

struct LSPPosition: Codable, Hashable, Comparable {
    var line: Int
    var character: Int

    static func < (lhs: LSPPosition, rhs: LSPPosition) -> Bool {
        (lhs.line, lhs.character) < (rhs.line, rhs.character)
    }
}

struct LSPRange: Codable, Hashable {
    var start: LSPPosition
    var end: LSPPosition

    func contains(_ position: LSPPosition) -> Bool { start <= position && position <= end }

    func overlaps(_ other: LSPRange) -> Bool { start <= other.end && other.start <= end }
}

struct Location: Codable, Hashable {
    var uri: String
    var range: LSPRange
}

struct TextDocumentIdentifier: Codable {
    var uri: String
}

struct VersionedTextDocumentIdentifier: Codable {
    var uri: String
    var version: Int
}

struct TextDocumentItem: Codable {
    var uri: String
    var languageId: String?
    var version: Int
    var text: String
}

struct DidOpenParams: Codable { var textDocument: TextDocumentItem }

struct ContentChange: Codable {
    /// Absent for a change that replaces the whole text.
    var range: LSPRange?
    var text: String
}

struct DidChangeParams: Codable {
    var textDocument: VersionedTextDocumentIdentifier
    var contentChanges: [ContentChange]
}

struct DidSaveParams: Codable {
    var textDocument: TextDocumentIdentifier
    var text: String?
}

struct DidCloseParams: Codable { var textDocument: TextDocumentIdentifier }

struct FileEvent: Codable {
    var uri: String
    var type: Int
}

struct DidChangeWatchedFilesParams: Codable { var changes: [FileEvent] }

struct CancelParams: Codable { var id: RequestID }

struct TextDocumentPositionParams: Codable {
    var textDocument: TextDocumentIdentifier
    var position: LSPPosition
}

struct DocumentDiagnosticParams: Codable {
    var textDocument: TextDocumentIdentifier
    var previousResultId: String?
}

struct CodeActionContext: Codable {
    var diagnostics: [LSPDiagnostic]
    var only: [String]?
}

struct CodeActionParams: Codable {
    var textDocument: TextDocumentIdentifier
    var range: LSPRange
    var context: CodeActionContext
}

struct InitializeParams: Codable {
    var processId: Int?
    var rootUri: String?
    var capabilities: JSON?
    var initializationOptions: JSON?
    var clientInfo: ClientInfo?

    struct ClientInfo: Codable {
        var name: String
        var version: String?
    }
}

struct CodeDescription: Codable, Hashable { var href: String }

struct RelatedInformation: Codable, Hashable {
    var location: Location
    var message: String
}

struct LSPDiagnostic: Codable, Hashable {
    var range: LSPRange
    /// 1 error, 2 warning, 3 information, 4 hint.
    var severity: Int?
    var code: String?
    var codeDescription: CodeDescription?
    var source: String?
    var message: String
    var relatedInformation: [RelatedInformation]?
    /// What a quick fix needs to know about its finding (the card's spelling), carried by the
    /// client from the diagnostic to the code-action request.
    var data: JSON?
}

struct PublishDiagnosticsParams: Codable {
    var uri: String
    var version: Int?
    var diagnostics: [LSPDiagnostic]
}

struct TextEdit: Codable, Hashable {
    var range: LSPRange
    var newText: String
}

struct WorkspaceEdit: Codable, Hashable {
    var changes: [String: [TextEdit]]
}

struct CodeAction: Codable, Hashable {
    var title: String
    var kind: String
    var diagnostics: [LSPDiagnostic]?
    var isPreferred: Bool?
    var edit: WorkspaceEdit
}

struct MarkupContent: Codable {
    var kind: String
    var value: String
}

struct Hover: Codable {
    var contents: MarkupContent
    var range: LSPRange?
}

struct CompletionItem: Codable, Hashable {
    var label: String
    /// The protocol's CompletionItemKind, for the editor's icon: 1 text (a heading), 6 variable (a person).
    var kind: Int?
    var detail: String?
    var filterText: String?
    var textEdit: TextEdit?
}

struct CompletionList: Codable {
    var isIncomplete: Bool
    var items: [CompletionItem]
}

/// `textDocument/diagnostic`'s answer: the findings, or "unchanged" since `resultId`.
struct DocumentDiagnosticReport: Codable {
    var kind: String
    var resultId: String?
    var items: [LSPDiagnostic]?
}

struct LogMessageParams: Codable {
    /// 1 error, 2 warning, 3 info, 4 log.
    var type: Int
    var message: String
}

/// Any Encodable value, encoded as itself: results and params go out in one encoding pass.
struct AnyEncodable: Encodable {
    let value: any Encodable
    init(_ value: any Encodable) { self.value = value }
    func encode(to encoder: Encoder) throws { try value.encode(to: encoder) }
}

/// A message to send: a response (id with result or error), a request or a notification.
struct OutgoingMessage: Encodable {
    var jsonrpc = "2.0"
    var id: RequestID?
    /// Written as `"id": null` in a response to a message whose id could not be read.
    var nullID = false
    var method: String?
    var params: AnyEncodable?
    var result: AnyEncodable?
    var error: ResponseError?

    enum CodingKeys: String, CodingKey { case jsonrpc, id, method, params, result, error }

    func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(jsonrpc, forKey: .jsonrpc)
        if let id {
            try container.encode(id, forKey: .id)
        } else if nullID {
            try container.encodeNil(forKey: .id)
        }
        try container.encodeIfPresent(method, forKey: .method)
        try container.encodeIfPresent(params, forKey: .params)
        if let error {
            try container.encode(error, forKey: .error)
        } else if method == nil {
            // A successful response always has `result`, null when there is nothing to say.
            try container.encode(result ?? AnyEncodable(JSON.null), forKey: .result)
        }
    }
}

/// What the server reads of each incoming message before it knows the method's params.
struct IncomingHead: Decodable {
    var jsonrpc: String?
    var id: RequestID?
    /// The id was there but neither a number nor a string.
    var badID = false
    var method: String?
    var isResponse = false

    enum CodingKeys: String, CodingKey { case jsonrpc, id, method, result, error }

    init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        jsonrpc = try? container.decodeIfPresent(String.self, forKey: .jsonrpc)
        if container.contains(.id), !((try? container.decodeNil(forKey: .id)) ?? false) {
            id = try? container.decode(RequestID.self, forKey: .id)
            badID = id == nil
        }
        method = try? container.decodeIfPresent(String.self, forKey: .method)
        isResponse = method == nil && (container.contains(.result) || container.contains(.error))
    }
}

/// Decodes only `params`, as the method's own type.
struct ParamsEnvelope<Params: Decodable>: Decodable {
    var params: Params
}
