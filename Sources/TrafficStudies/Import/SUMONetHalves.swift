import CLibXML2
import Foundation
import Synchronization
import TrafficCore

/// Parses a large SUMO `.net.xml` in two halves at once, one per core.
///
/// netconvert writes a network's edges (with their lanes) and traffic-light programs first, then its junctions
/// and connections, all as children of `<net>`. The file is split just before the first `<junction` start tag:
/// the first half is parsed as written with `</net>` appended, the second as `<net>` followed by the rest (line
/// numbers shifted by the first half's lines), each by its own `SUMONetParser` on its own thread, and the two
/// results are joined.
///
/// This is only an acceleration of the single pass, never a second way to read a network: `parse` returns
/// `nil` whenever the split is not clearly safe — a small file, a gzip-compressed one, one core, an encoding other than UTF-8,
/// a document type declaration, carriage returns before the split, a `<junction` that could sit in a comment or CDATA section, edges or programs after the split, or any
/// error in either half — and the caller then reads the file in one pass, which gives the result or the error
/// message a single pass gives.
enum SUMONetHalves {
    /// Files below this size are read in one pass (splitting would not pay).
    static let minimumSize = 1 << 20

    static func parse(_ url: URL, processors: Int = ProcessInfo.processInfo.activeProcessorCount) -> SUMONetFile? {
        guard processors >= 2,
            let data = try? Data(contentsOf: url, options: .alwaysMapped), data.count >= minimumSize,
            !(data[data.startIndex] == 0x1F && data[data.startIndex + 1] == 0x8B),  // gzip: one pass decompresses
            let split = splitOffset(data)
        else { return nil }
        return parse(data, split: split, source: url.lastPathComponent)
    }

    /// Parses both halves of `data` split at `split` (see the type); `nil` on any error or doubt.
    static func parse(_ data: Data, split: Int, source: String) -> SUMONetFile? {
        // Line feeds before the split (`splitOffset` refuses files with carriage returns, whose line numbers
        // libxml2 counts its own way).
        let lineOffset = data.withUnsafeBytes { raw in raw[..<split].reduce(0) { $1 == 0x0A ? $0 + 1 : $0 } }
        // (range, text before, text after, line offset) of each half; the file's bytes are not copied.
        let parts = [(0..<split, "", "</net>\n", 0), (split..<data.count, "<net>", "", lineOffset)]
        let results = Mutex<[SUMONetFile?]>([nil, nil])
        xmlInitParser()  // libxml2's global state, before two threads parse at once
        DispatchQueue.concurrentPerform(iterations: 2) { i in
            let parser = SUMONetParser(source: source)
            let (range, before, after, lines) = parts[i]
            guard (try? XMLElementReader.read(
                data: data, range: range, before: before, after: after, source: source, lineOffset: lines, into: parser)) != nil
            else { return }
            let file = parser.file
            results.withLock { $0[i] = file }
        }
        let (first, second) = results.withLock { ($0[0], $0[1]) }
        guard var file = first, let rest = second,
            // The second half must hold only what follows the edges and programs in netconvert's layout;
            // otherwise duplicate checks across the halves would be missing.
            rest.edges.isEmpty, rest.interiorEdgeIDs.isEmpty, rest.crossingLengths.isEmpty, rest.trafficLights.isEmpty,
            rest.location == nil,
            file.junctions.isEmpty, file.connections.isEmpty
        else { return nil }
        file.junctions = rest.junctions
        file.connections = rest.connections
        return file
    }

    /// The offset of the first `<junction` start tag outside comments and CDATA sections, when the document
    /// is UTF-8 (declared or by default); `nil` otherwise. One forward pass that skips comments and CDATA.
    static func splitOffset(_ data: Data) -> Int? {
        data.withUnsafeBytes { raw -> Int? in
            let bytes = raw.bindMemory(to: UInt8.self)
            let n = bytes.count
            func matches(_ pattern: [UInt8], at i: Int) -> Bool {
                guard i + pattern.count <= n else { return false }
                for k in 1..<pattern.count where bytes[i + k] != pattern[k] { return false }
                return true
            }
            func skip(past end: [UInt8], from i: Int) -> Int? {
                var j = i
                while j + end.count <= n {
                    if bytes[j] == end[0] && matches(end, at: j) { return j + end.count }
                    j += 1
                }
                return nil
            }
            let declaration = Array("<?xml".utf8), close = Array("?>".utf8)
            let comment = Array("<!--".utf8), commentEnd = Array("-->".utf8)
            let cdata = Array("<![CDATA[".utf8), cdataEnd = Array("]]>".utf8)
            let doctype = Array("<!DOCTYPE".utf8)
            let junction = Array("<junction".utf8)
            var i = 0
            if n >= declaration.count, bytes[0] == declaration[0], matches(declaration, at: 0) {
                guard let end = skip(past: close, from: 0) else { return nil }
                let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[0..<end]), as: UTF8.self).lowercased()
                if text.contains("encoding"), !text.contains("utf-8") { return nil }
                i = end
            }
            while i < n {
                guard bytes[i] == UInt8(ascii: "<") else {
                    if bytes[i] == 0x0D { return nil }  // CR line ends: leave the line numbers to one pass
                    i += 1
                    continue
                }
                if matches(doctype, at: i) {
                    return nil  // a DTD may give attributes defaults that the second half would not see
                } else if matches(comment, at: i) {
                    guard let end = skip(past: commentEnd, from: i + comment.count) else { return nil }
                    i = end
                } else if matches(cdata, at: i) {
                    guard let end = skip(past: cdataEnd, from: i + cdata.count) else { return nil }
                    i = end
                } else if matches(junction, at: i) {
                    let next = i + junction.count < n ? bytes[i + junction.count] : 0
                    if next == 0x20 || next == 0x09 || next == 0x0A || next == 0x0D || next == UInt8(ascii: ">") {
                        return i
                    }
                    i += junction.count
                } else {
                    i += 1
                }
            }
            return nil
        }
    }
}
