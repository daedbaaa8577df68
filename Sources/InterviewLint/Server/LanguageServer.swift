import Foundation

/// `interview-lint server`: the Language Server Protocol over a pair of file descriptors
/// (standard input and output). Notes open in the editor are linted from the buffer's text with
/// the configuration their folder would use, through the same `Linter` the command runs.
///
/// Threads: one reads and unframes the client's bytes; everything else (documents, answers,
/// timers) happens in order on one serial queue; each lint runs off that queue, so a slow note
/// never holds up the answers, and its result is published only if its text is still current.
public final class LanguageServer: @unchecked Sendable {
    public struct Options: Sendable {
        /// "Now" for the rules: the clock, unless fixed (`--today`).
        public var now: @Sendable () -> LocalDateTime = { LocalDateTime.current() }
        /// How long after the last change a note is linted and its findings pushed.
        public var debounce: Double = 0.15
        /// How often the clock is looked at: when the minute has changed, open notes are linted
        /// again, since a deadline may have passed.
        public var clockInterval: Double = 20
        /// Seconds one lint may take before the note is reported as not checked (`time-budget`).
        public var timeBudget: Double = 2
        public var maximumMessageBytes = FrameParser.defaultMaximumBodyBytes
        /// Where log lines go: standard error, never standard output, which is the protocol's.
        public var log: @Sendable (String) -> Void = { line in
            // write(2), whose failure (standard error closed) is ignored, not FileHandle's, which traps on it.
            let bytes = Array("interview-lint server: \(TerminalText.escaped(line, keeping: []))\n".utf8)
            _ = bytes.withUnsafeBytes { write(STDERR_FILENO, $0.baseAddress, $0.count) }
        }

        public init() {}
    }

    private let input: Int32
    private let output: Int32
    private let options: Options
    private let queue = DispatchQueue(label: "interview-lint.server")
    private let finished = DispatchSemaphore(value: 0)
    private var exitCode: Int32?

    // Read by the reader thread as well: guarded by `cancelLock`.
    private let cancelLock = NSLock()
    private var cancelled = Set<RequestID>()

    // Everything below belongs to `queue`.
    private enum Phase { case uninitialized, running, shutDown }
    private var phase = Phase.uninitialized
    private var encoding = PositionEncoding.utf16
    /// The client pulls diagnostics (`textDocument/diagnostic`), so none are pushed.
    private var pullsDiagnostics = false
    private var refreshSupport = false
    private var watchRegistration = false
    private var loader = ConfigurationLoader()
    private var documents: [String: DocumentState] = [:]
    private var nextLintToken = 0
    private var nextOutgoingID = 0
    private var resultCounter = 0

    private struct LintResult {
        var version: Int
        var now: LocalDateTime
        var diagnostics: [Diagnostic]
        var published: [LSPDiagnostic]
        var configuration: Configuration?
        var resultID: String
        var timedOut = false
    }

    private struct DocumentState {
        var document: OpenDocument
        var generation = 0
        var inFlight: (token: Int, version: Int, cancellation: Cancellation)?
        var again = false
        var result: LintResult?
        var lastPushed: (version: Int, diagnostics: [LSPDiagnostic])?
        /// Pull requests waiting for the lint under way, with the result id each already has.
        var pendingPulls: [(id: RequestID, previous: String?)] = []
        var interview: (version: Int, model: Interview)?
    }

    public init(input: Int32, output: Int32, options: Options = Options()) {
        self.input = input
        self.output = output
        self.options = options
    }

    /// Serves until `exit` (0 after `shutdown`, else 1) or the end of the input (the client went
    /// away: 0 after `shutdown`, else 1). Returns the exit code.
    public func run() -> Int32 {
        let reader = Thread { [self] in readLoop() }
        reader.stackSize = 1 << 20
        reader.start()
        queue.async { [self] in scheduleClock() }
        finished.wait()
        return queue.sync { exitCode ?? 1 }
    }

    private func finish(_ code: Int32) {
        guard exitCode == nil else { return }
        exitCode = code
        finished.signal()
    }

    // MARK: Reading

    private func readLoop() {
        var parser = FrameParser(maximumBodyBytes: options.maximumMessageBytes)
        var buffer = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = buffer.withUnsafeMutableBytes { read(input, $0.baseAddress, $0.count) }
            if count < 0 && errno == EINTR { continue }
            if count <= 0 {
                queue.async { [self] in
                    if exitCode == nil { options.log(phase == .shutDown ? "the client closed the connection" : "the client went away without shutting the server down") }
                    finish(phase == .shutDown ? 0 : 1)
                }
                return
            }
            for frame in parser.append(buffer[0..<count]) {
                switch frame {
                case .malformed(let problem):
                    queue.async { [self] in options.log("dropped bytes from the client: \(problem)") }
                case .message(let data):
                    noteCancellation(data)
                    queue.async { [self] in handle(data) }
                }
            }
        }
    }

    /// `$/cancelRequest` is noted as soon as it is read, so a request still waiting in the
    /// queue behind it is answered as cancelled rather than worked on.
    private func noteCancellation(_ data: Data) {
        guard data.count < 1024, let head = try? JSONDecoder().decode(IncomingHead.self, from: data),
              head.method == "$/cancelRequest",
              let params = try? JSONDecoder().decode(ParamsEnvelope<CancelParams>.self, from: data).params
        else { return }
        cancelLock.lock()
        // Most cancellations name requests already answered, which are never looked up again:
        // the set is emptied now and then so that a long session does not grow it for ever.
        if cancelled.count >= 1_000 { cancelled.removeAll() }
        cancelled.insert(params.id)
        cancelLock.unlock()
    }

    private func takeCancellation(_ id: RequestID) -> Bool {
        cancelLock.lock()
        defer { cancelLock.unlock() }
        return cancelled.remove(id) != nil
    }

    // MARK: Writing

    private func send(_ message: OutgoingMessage) {
        guard exitCode == nil else { return }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.withoutEscapingSlashes]
        guard let body = try? encoder.encode(message) else {
            options.log("could not encode a message for \(message.method ?? "a response")")
            return
        }
        let framed = FrameWriter.frame(body)
        let written = framed.withUnsafeBytes { raw -> Bool in
            var offset = 0
            while offset < raw.count {
                let count = write(output, raw.baseAddress! + offset, raw.count - offset)
                if count < 0 && errno == EINTR { continue }
                if count <= 0 { return false }
                offset += count
            }
            return true
        }
        if !written {
            options.log("cannot write to the client (\(String(cString: strerror(errno)).lowercased())); stopping")
            finish(1)
        }
    }

    private func respond(_ id: RequestID, _ result: JSON) {
        send(OutgoingMessage(id: id, result: AnyEncodable(result)))
    }

    private func respond<T: Encodable>(_ id: RequestID, encoding value: T) {
        send(OutgoingMessage(id: id, result: AnyEncodable(value)))
    }

    private func respond(_ id: RequestID?, error code: Int, _ message: String) {
        send(OutgoingMessage(id: id, nullID: id == nil, error: ResponseError(code: code, message: message)))
    }

    private func notify<T: Encodable>(_ method: String, _ params: T) {
        send(OutgoingMessage(method: method, params: AnyEncodable(params)))
    }

    private func request(_ method: String, _ params: JSON?) {
        nextOutgoingID += 1
        send(OutgoingMessage(id: .string("interview-lint-\(nextOutgoingID)"), method: method, params: params.map(AnyEncodable.init)))
    }

    // MARK: Dispatch

    private func handle(_ data: Data) {
        guard exitCode == nil else { return }
        let head: IncomingHead
        do {
            head = try JSONDecoder().decode(IncomingHead.self, from: data)
        } catch {
            if (try? JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed])) == nil {
                options.log("a message that is not JSON (\(data.count) bytes)")
                respond(nil, error: ErrorCode.parseError, "the message is not JSON (or is nested more deeply than JSON readers allow)")
            } else {
                options.log("a message that is not a JSON-RPC object")
                respond(nil, error: ErrorCode.invalidRequest, "the message is not a JSON-RPC request or notification")
            }
            return
        }
        if head.isResponse { return }  // to registerCapability or a refresh: nothing to do
        guard let method = head.method else {
            options.log("a message without a method")
            respond(head.id, error: ErrorCode.invalidRequest, "the message has no method")
            return
        }
        if head.badID {
            respond(nil, error: ErrorCode.invalidRequest, "the id of '\(method)' is neither a number nor a string")
            return
        }
        if let id = head.id {
            handleRequest(method, id: id, data: data)
        } else {
            handleNotification(method, data: data)
        }
    }

    private func params<P: Decodable>(_ type: P.Type, _ data: Data) throws -> P {
        try JSONDecoder().decode(ParamsEnvelope<P>.self, from: data).params
    }

    private func handleRequest(_ method: String, id: RequestID, data: Data) {
        if takeCancellation(id) {
            respond(id, error: ErrorCode.requestCancelled, "cancelled")
            return
        }
        switch phase {
        case .uninitialized where method != "initialize":
            respond(id, error: ErrorCode.serverNotInitialized, "the server is not initialized yet")
            return
        case .running where method == "initialize":
            respond(id, error: ErrorCode.invalidRequest, "the server is already initialized")
            return
        case .shutDown:
            respond(id, error: ErrorCode.invalidRequest, "the server has shut down")
            return
        default:
            break
        }
        do {
            switch method {
            case "initialize": initialize(id, try params(InitializeParams.self, data))
            case "shutdown":
                phase = .shutDown
                for (uri, state) in documents { state.inFlight?.cancellation.cancel(); documents[uri]?.inFlight = nil }
                respond(id, .null)
            case "textDocument/diagnostic": pullDiagnostics(id, try params(DocumentDiagnosticParams.self, data))
            case "textDocument/hover": hover(id, try params(TextDocumentPositionParams.self, data))
            case "textDocument/codeAction": codeActions(id, try params(CodeActionParams.self, data))
            case "textDocument/completion": completion(id, try params(TextDocumentPositionParams.self, data))
            default:
                respond(id, error: ErrorCode.methodNotFound, "interview-lint's server does not handle '\(method)'")
            }
        } catch {
            respond(id, error: ErrorCode.invalidParams, "the params of '\(method)' cannot be read: \(Self.describe(error))")
        }
    }

    private func handleNotification(_ method: String, data: Data) {
        if method == "exit" {
            finish(phase == .shutDown ? 0 : 1)
            return
        }
        guard phase == .running else { return }
        do {
            switch method {
            case "initialized": registerWatchers()
            case "textDocument/didOpen": didOpen(try params(DidOpenParams.self, data))
            case "textDocument/didChange": didChange(try params(DidChangeParams.self, data))
            case "textDocument/didSave": didSave(try params(DidSaveParams.self, data))
            case "textDocument/didClose": didClose(try params(DidCloseParams.self, data))
            case "workspace/didChangeWatchedFiles":
                let changes = try params(DidChangeWatchedFilesParams.self, data).changes
                if changes.contains(where: { DocumentURI.isConfiguration($0.uri) }) { reloadConfiguration() }
            case "$/cancelRequest": cancelPending(try params(CancelParams.self, data).id)
            default:
                break  // other notifications ($/setTrace, workspace/didChangeConfiguration...) are optional
            }
        } catch {
            options.log("'\(method)' with params that cannot be read: \(Self.describe(error))")
        }
    }

    private static func describe(_ error: Error) -> String {
        switch error {
        case DecodingError.keyNotFound(let key, let context):
            return "'\((context.codingPath + [key]).map(\.stringValue).joined(separator: "."))' is missing"
        case DecodingError.typeMismatch(_, let context), DecodingError.valueNotFound(_, let context),
             DecodingError.dataCorrupted(let context):
            return "'\(context.codingPath.map(\.stringValue).joined(separator: "."))' is not what the protocol says"
        default:
            return "\(error)"
        }
    }

    // MARK: Lifecycle

    private func initialize(_ id: RequestID, _ params: InitializeParams) {
        let capabilities = params.capabilities ?? .null
        encoding = PositionEncoding.negotiate(capabilities["general"]?["positionEncodings"]?.array?.compactMap(\.string))
        pullsDiagnostics = capabilities["textDocument"]?["diagnostic"] != nil
        refreshSupport = capabilities["workspace"]?["diagnostics"]?["refreshSupport"]?.bool == true
        watchRegistration = capabilities["workspace"]?["didChangeWatchedFiles"]?["dynamicRegistration"]?.bool == true
        phase = .running
        let result: JSON = .object([
            "capabilities": .object([
                "positionEncoding": .string(encoding.rawValue),
                "textDocumentSync": .object([
                    "openClose": .bool(true),
                    "change": .int(2),  // incremental
                    "save": .object(["includeText": .bool(false)]),
                ]),
                "hoverProvider": .bool(true),
                "codeActionProvider": .object(["codeActionKinds": .array([.string("quickfix")])]),
                "completionProvider": .object(["triggerCharacters": .array([])]),
                "diagnosticProvider": .object([
                    "identifier": .string("interview-lint"),
                    "interFileDependencies": .bool(false),
                    "workspaceDiagnostics": .bool(false),
                ]),
            ]),
            "serverInfo": .object(["name": .string("interview-lint"), "version": .string(InterviewLintVersion.current)]),
        ])
        respond(id, result)
        options.log("initialized for \(params.clientInfo?.name ?? "a client"); positions in \(encoding.rawValue); diagnostics \(pullsDiagnostics ? "pulled" : "pushed")")
    }

    /// Asks the client to say when a configuration file changes, if it can be asked.
    private func registerWatchers() {
        guard watchRegistration else { return }
        let watchers: [JSON] = ConfigurationLoader.fileNames.map { .object(["globPattern": .string("**/\($0)")]) }
        request("client/registerCapability", .object(["registrations": .array([.object([
            "id": .string("interview-lint-configuration"),
            "method": .string("workspace/didChangeWatchedFiles"),
            "registerOptions": .object(["watchers": .array(watchers)]),
        ])])]))
    }

    // MARK: Documents

    private func didOpen(_ params: DidOpenParams) {
        let item = params.textDocument
        guard !DocumentURI.isConfiguration(item.uri) else { return }
        documents[item.uri] = DocumentState(document: OpenDocument(uri: item.uri, version: item.version, text: item.text))
        startLint(item.uri)
    }

    private func didChange(_ params: DidChangeParams) {
        let uri = params.textDocument.uri
        guard documents[uri] != nil else {
            if !DocumentURI.isConfiguration(uri) { options.log("a change to \(uri), which is not open") }
            return
        }
        documents[uri]!.document.apply(params.contentChanges, version: params.textDocument.version, encoding: encoding)
        documents[uri]!.generation += 1
        let generation = documents[uri]!.generation
        queue.asyncAfter(deadline: .now() + options.debounce) { [self] in
            guard documents[uri]?.generation == generation else { return }
            startLint(uri)
        }
    }

    private func didSave(_ params: DidSaveParams) {
        if DocumentURI.isConfiguration(params.textDocument.uri) { reloadConfiguration() }
    }

    private func didClose(_ params: DidCloseParams) {
        let uri = params.textDocument.uri
        guard let state = documents.removeValue(forKey: uri) else { return }
        state.inFlight?.cancellation.cancel()
        for pull in state.pendingPulls { respond(pull.id, encoding: DocumentDiagnosticReport(kind: "full", resultId: nil, items: [])) }
        notify("textDocument/publishDiagnostics", PublishDiagnosticsParams(uri: uri, version: nil, diagnostics: []))
    }

    /// A configuration file changed: read them all again, lint every open note again.
    private func reloadConfiguration() {
        loader = ConfigurationLoader()
        for uri in documents.keys { startLint(uri) }
    }

    // MARK: Linting

    /// `force: false`: a lint of this very text already under way will do.
    private func startLint(_ uri: String, force: Bool = true) {
        guard phase == .running, var state = documents[uri] else { return }
        if let running = state.inFlight {
            if force || running.version != state.document.version { documents[uri]!.again = true }
            return
        }
        nextLintToken += 1
        let token = nextLintToken
        let cancellation = Cancellation()
        state.inFlight = (token, state.document.version, cancellation)
        state.again = false
        documents[uri] = state
        let document = state.document
        let now = options.now()
        let loader = self.loader
        DispatchQueue.global().async { [self] in
            let outcome = Self.lint(document, now: now, loader: loader, cancellation: cancellation)
            queue.async { [self] in lintFinished(uri, token: token, version: document.version, now: now, outcome) }
        }
        if options.timeBudget > 0 {
            // The timer keeps what it captures for the whole budget, a lint or not: the version,
            // not the document, or every edit's text would stay in memory for two seconds.
            let version = document.version
            queue.asyncAfter(deadline: .now() + options.timeBudget) { [self] in
                guard let state = documents[uri], state.inFlight?.token == token else { return }
                cancellation.cancel()
                let path = DocumentURI.path(of: uri) ?? uri
                let report = Linter(now: now).timedOut(path: path, budget: options.timeBudget,
                                                       configuration: (try? loader.configuration(forNoteAt: path)) ?? Configuration())
                documents[uri]!.inFlight = nil
                options.log("\(uri): not checked within \(options.timeBudget.formatted) s")
                accept(uri, LintResult(version: version, now: now, diagnostics: report.diagnostics, published: [],
                                       configuration: nil, resultID: "", timedOut: true))
            }
        }
    }

    private enum LintOutcome {
        case linted([Diagnostic], Configuration)
        case brokenConfiguration(ConfigurationError)
    }

    /// What the command would say of this text, as the note at the document's path.
    private static func lint(_ document: OpenDocument, now: LocalDateTime, loader: ConfigurationLoader,
                             cancellation: Cancellation) -> LintOutcome {
        let path = DocumentURI.path(of: document.uri)
        let configuration: Configuration
        do {
            configuration = try path.map { try loader.configuration(forNoteAt: $0) } ?? Configuration()
        } catch let error as ConfigurationError {
            return .brokenConfiguration(error)
        } catch {
            return .brokenConfiguration(ConfigurationError(file: path ?? document.uri, line: 1, column: 1, message: "\(error)"))
        }
        let report = Linter(now: now).lint(path: path ?? document.uri, source: SourceText(bytes: document.bytes),
                                           configuration: configuration, cancellation: cancellation)
        return .linted(report.diagnostics, configuration)
    }

    private func lintFinished(_ uri: String, token: Int, version: Int, now: LocalDateTime, _ outcome: LintOutcome) {
        guard let state = documents[uri], state.inFlight?.token == token else { return }
        documents[uri]!.inFlight = nil
        var result = LintResult(version: version, now: now, diagnostics: [], published: [], configuration: nil, resultID: "")
        switch outcome {
        case .linted(let diagnostics, let configuration):
            result.diagnostics = diagnostics
            result.configuration = configuration
        case .brokenConfiguration(let error):
            result.published = [ServerDiagnostics.configurationProblem(error, index: state.document.index, encoding: encoding)]
        }
        accept(uri, result)
    }

    /// Keeps a lint's result if its text is still the document's, answers the pulls waiting
    /// for it and pushes it; lints again if the text changed meanwhile.
    private func accept(_ uri: String, _ incoming: LintResult) {
        guard var state = documents[uri] else { return }
        defer { if documents[uri]?.again == true { startLint(uri) } }
        guard incoming.version == state.document.version else {
            documents[uri]!.again = true
            return
        }
        var result = incoming
        if result.configuration != nil || result.timedOut {
            result.published = result.diagnostics.map {
                ServerDiagnostics.convert($0, uri: uri, index: state.document.index, encoding: encoding)
            }
        }
        let first = state.result == nil
        let changed = state.result.map { $0.published != result.published } ?? true
        resultCounter += 1
        result.resultID = changed ? "\(resultCounter)" : state.result!.resultID
        state.result = result
        let pulls = state.pendingPulls
        state.pendingPulls = []
        // Pushed for every new version of the text (debounced), and when the clock or the
        // configuration changed the findings of the same version.
        if !pullsDiagnostics, state.lastPushed.map({ $0.version != result.version || $0.diagnostics != result.published }) ?? true {
            state.lastPushed = (result.version, result.published)
            notify("textDocument/publishDiagnostics",
                   PublishDiagnosticsParams(uri: uri, version: result.version, diagnostics: result.published))
        }
        documents[uri] = state
        for pull in pulls { answerPull(pull.id, previous: pull.previous, result) }
        if pullsDiagnostics, changed, !first, refreshSupport, pulls.isEmpty {
            // Findings changed with nobody asking (the clock, the configuration): the client
            // is told to pull again.
            request("workspace/diagnostic/refresh", nil)
        }
    }

    // MARK: The clock

    private func scheduleClock() {
        queue.asyncAfter(deadline: .now() + options.clockInterval) { [self] in
            guard exitCode == nil else { return }
            let now = options.now()
            for (uri, state) in documents where state.result.map({ $0.now != now && !$0.timedOut }) ?? false {
                startLint(uri)
            }
            scheduleClock()
        }
    }

    // MARK: Requests on a document

    private func pullDiagnostics(_ id: RequestID, _ params: DocumentDiagnosticParams) {
        let uri = params.textDocument.uri
        guard let state = documents[uri] else {
            respond(id, encoding: DocumentDiagnosticReport(kind: "full", resultId: nil, items: []))
            return
        }
        if let result = state.result, result.version == state.document.version, state.inFlight == nil, !state.again {
            answerPull(id, previous: params.previousResultId, result)
            return
        }
        documents[uri]!.pendingPulls.append((id, params.previousResultId))
        startLint(uri, force: false)
    }

    private func answerPull(_ id: RequestID, previous: String?, _ result: LintResult) {
        if let previous, previous == result.resultID {
            respond(id, encoding: DocumentDiagnosticReport(kind: "unchanged", resultId: result.resultID, items: nil))
        } else {
            respond(id, encoding: DocumentDiagnosticReport(kind: "full", resultId: result.resultID, items: result.published))
        }
    }

    private func cancelPending(_ id: RequestID) {
        for (uri, state) in documents {
            if let position = state.pendingPulls.firstIndex(where: { $0.id == id }) {
                documents[uri]!.pendingPulls.remove(at: position)
                _ = takeCancellation(id)
                respond(id, error: ErrorCode.requestCancelled, "cancelled")
            }
        }
    }

    /// The note's text with its findings and model, as of now; nil when it is not open or
    /// could not be checked in time.
    private func snapshot(_ uri: String) -> NoteSnapshot? {
        guard let state = documents[uri] else { return nil }
        let document = state.document
        var diagnostics: [Diagnostic]
        var configuration: Configuration
        if let result = state.result, result.version == document.version, let known = result.configuration {
            diagnostics = result.diagnostics
            configuration = known
        } else {
            if state.result?.timedOut == true { return nil }
            // Asked before the debounced lint ran: lint the text now, as it is.
            let now = options.now()
            guard case .linted(let found, let used) = Self.lint(document, now: now, loader: loader, cancellation: Cancellation()) else {
                return nil
            }
            diagnostics = found
            configuration = used
        }
        let interview: Interview
        if let cached = state.interview, cached.version == document.version {
            interview = cached.model
        } else {
            var reader = configuration.readerOptions
            reader.today = options.now().date
            interview = NoteReader.read(SourceText(bytes: document.bytes), options: reader,
                                        fileName: DocumentURI.path(of: uri) ?? uri)
            documents[uri]!.interview = (document.version, interview)
        }
        return NoteSnapshot(uri: uri, index: document.index, encoding: encoding, diagnostics: diagnostics, interview: interview)
    }

    private func hover(_ id: RequestID, _ params: TextDocumentPositionParams) {
        guard let snapshot = snapshot(params.textDocument.uri), let hover = snapshot.hover(at: params.position) else {
            respond(id, .null)
            return
        }
        respond(id, encoding: hover)
    }

    private func codeActions(_ id: RequestID, _ params: CodeActionParams) {
        if let only = params.context.only, !only.contains("quickfix") {
            respond(id, .array([]))
            return
        }
        guard let snapshot = snapshot(params.textDocument.uri) else {
            respond(id, .array([]))
            return
        }
        respond(id, encoding: snapshot.codeActions(in: params.range, clientDiagnostics: params.context.diagnostics))
    }

    private func completion(_ id: RequestID, _ params: TextDocumentPositionParams) {
        guard let snapshot = snapshot(params.textDocument.uri) else {
            respond(id, encoding: CompletionList(isIncomplete: false, items: []))
            return
        }
        let headings = documents[params.textDocument.uri]?.result?.configuration?.headings ?? [:]
        respond(id, encoding: snapshot.completion(at: params.position, headings: headings))
    }
}
