import Foundation

/// The base protocol's framing: `Content-Length: N` and other header lines, a blank line, then N
/// bytes of JSON. Bytes are fed in as they arrive (one read may hold several messages, or part of
/// one); complete bodies come out in order.
///
/// A header block that cannot be read (no `Content-Length`, a number that is not one, more than
/// `maximumHeaderBytes` without a blank line) is reported and the parser looks for the next line
/// that starts a header, so one bad message costs that message only. A body longer than
/// `maximumBodyBytes` is skipped without being kept, so memory stays bounded whatever a client sends.
struct FrameParser {
    enum Frame: Equatable {
        case message(Data)
        /// Why some bytes were dropped (logged by the server; there is no id to answer).
        case malformed(String)
    }

    static let defaultMaximumBodyBytes = 256 << 20
    static let maximumHeaderBytes = 8 << 10

    let maximumBodyBytes: Int
    private var buffer: [UInt8] = []
    /// Where unread bytes start in `buffer` (compacted now and then rather than on every frame).
    private var start = 0
    /// The length of the body being read, once its header is.
    private var bodyLength: Int?
    /// Bytes of an oversized body still to drop.
    private var skipping = 0
    /// After a bad header: drop bytes until a line that starts with `Content-Length`.
    private var resynchronising = false

    init(maximumBodyBytes: Int = FrameParser.defaultMaximumBodyBytes) {
        self.maximumBodyBytes = maximumBodyBytes
    }

    /// Adds bytes read from the client; returns the frames they complete.
    mutating func append<Bytes: Collection>(_ bytes: Bytes) -> [Frame] where Bytes.Element == UInt8 {
        var frames: [Frame] = []
        var incoming = bytes[...]
        if skipping > 0 {
            let dropped = min(skipping, incoming.count)
            skipping -= dropped
            incoming = incoming.dropFirst(dropped)
        }
        buffer.append(contentsOf: incoming)
        while let frame = nextFrame() { frames.append(frame) }
        if start > 0 && (start == buffer.count || start > 1 << 16) {
            buffer.removeFirst(start)
            start = 0
        }
        return frames
    }

    private var unread: Int { buffer.count - start }

    private mutating func nextFrame() -> Frame? {
        if skipping > 0 {
            let dropped = min(skipping, unread)
            skipping -= dropped
            start += dropped
            if skipping > 0 { return nil }
        }
        if resynchronising {
            guard let found = headerStart() else {
                // Keep a possible partial `Content-Length` at the end; drop the rest.
                start = max(start, buffer.count - 15)
                return nil
            }
            start = found
            resynchronising = false
        }
        if let length = bodyLength {
            guard unread >= length else { return nil }
            let body = Data(buffer[start..<(start + length)])
            start += length
            bodyLength = nil
            return .message(body)
        }
        guard let (headerEnd, next) = blankLine() else {
            if unread > Self.maximumHeaderBytes {
                resynchronising = true
                start += 1
                return .malformed("a header of more than \(Self.maximumHeaderBytes) bytes without the blank line that ends it")
            }
            return nil
        }
        let header = String(decoding: buffer[start..<headerEnd], as: UTF8.self)
        var length: Int?
        var problem: String?
        for line in header.split(omittingEmptySubsequences: true, whereSeparator: { $0 == "\r\n" || $0 == "\n" || $0 == "\r" }) {
            guard let colon = line.firstIndex(of: ":") else {
                problem = "a header line without a colon: '\(line.prefix(80))'"
                continue
            }
            let name = line[..<colon].trimmingCharacters(in: .whitespaces).lowercased()
            let value = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
            if name == "content-length" {
                guard let number = Int(value), number >= 0 else {
                    problem = "Content-Length '\(value.prefix(40))' is not a number of bytes"
                    continue
                }
                length = number
            }
        }
        start = next
        guard let length else {
            resynchronising = true
            return .malformed(problem ?? "a header without Content-Length")
        }
        if length > maximumBodyBytes {
            skipping = length
            return .malformed("a message of \(length) bytes, more than the \(maximumBodyBytes) this server reads; skipped")
        }
        bodyLength = length
        return nextFrame()
    }

    /// The end of the header block (before its blank line) and where the body starts.
    private func blankLine() -> (Int, Int)? {
        var index = start
        while index < buffer.count {
            if buffer[index] == 0x0A {
                // "\n\n" or "\n\r\n": lenient about clients that end header lines with LF alone.
                if index + 1 < buffer.count, buffer[index + 1] == 0x0A { return (index, index + 2) }
                if index + 2 < buffer.count, buffer[index + 1] == 0x0D, buffer[index + 2] == 0x0A { return (index, index + 3) }
            }
            index += 1
        }
        return nil
    }

    /// The next line, from `start` on, that begins with `Content-Length` (any case).
    private func headerStart() -> Int? {
        let name = Array("content-length".utf8)
        var index = start
        while index + name.count <= buffer.count {
            if index == start || buffer[index - 1] == 0x0A {
                var matches = true
                for offset in 0..<name.count where buffer[index + offset] | 0x20 != name[offset] | 0x20 {
                    matches = false
                    break
                }
                if matches { return index }
            }
            index += 1
        }
        return nil
    }
}

/// Frames JSON bodies for the client.
enum FrameWriter {
    static func frame(_ body: Data) -> Data {
        var out = Data("Content-Length: \(body.count)\r\n\r\n".utf8)
        out.append(body)
        return out
    }
}
