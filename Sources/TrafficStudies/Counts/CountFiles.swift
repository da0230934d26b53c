import CZlib
import Foundation

/// Count files of any supported kind, told apart by their content (not their names): a CSV
/// (`TrafficCount.parseCSV`), SUMO edge data (`<meandata>`, `SUMOEdgeDataReader`), SUMO induction-loop output
/// (`<detector>`) together with the additional file that defines those loops (`<additional>`,
/// `SUMOInductionLoopReader`). Plain or gzip-compressed.
public enum CountFiles {
    /// What a count file holds.
    public enum Kind: Sendable, Equatable {
        case csv
        case edgeData
        case inductionLoopOutput
        case detectorDefinitions
    }

    /// The kind of `url`, from its first bytes: XML by its root element, anything else as CSV.
    /// - Throws: `CountError.input` for a file that cannot be read or an XML root none of the readers knows.
    public static func kind(of url: URL) throws(CountError) -> Kind {
        guard let file = gzopen(url.path, "rb") else {
            throw .input(.unreadable(source: url.path, message: "no such file or not readable"))
        }
        defer { gzclose(file) }
        var buffer = [UInt8](repeating: 0, count: 8192)
        let read = Int(gzread(file, &buffer, UInt32(buffer.count)))
        guard read >= 0 else { throw .input(.unreadable(source: url.path, message: "cannot be read")) }
        let text = String(decoding: buffer[..<read], as: UTF8.self)
        let start = text.drop { $0.isWhitespace || $0 == "\u{FEFF}" }
        guard start.first == "<" else { return .csv }
        // The root: the first tag that is not a declaration, processing instruction or comment.
        var rest = Substring(start)
        while let open = rest.firstIndex(of: "<") {
            let after = rest[rest.index(after: open)...]
            if let first = after.first, first.isLetter {
                let name = after.prefix { !$0.isWhitespace && $0 != ">" && $0 != "/" }
                switch name {
                case "meandata", "data": return .edgeData
                case "detector": return .inductionLoopOutput
                case "additional": return .detectorDefinitions
                default:
                    throw .input(.unreadable(
                        source: url.path,
                        message: "root element <\(name)> is no count format (CSV, SUMO <meandata>, <detector> "
                            + "output with its <additional> definitions)"))
                }
            }
            rest = after
        }
        throw .input(.unreadable(source: url.path, message: "no XML root element in the first 8 KB"))
    }

    /// Reads all `urls` as one set of counts: CSVs and edge data each on their own, induction-loop outputs
    /// with the loops defined in the additional files among `urls`.
    /// - Throws: `CountError` naming file and line; `.input` for induction-loop output without definitions.
    public static func read(_ urls: [URL]) throws(CountError) -> [TrafficCount] {
        var counts: [TrafficCount] = []
        var outputs: [URL] = []
        var definitions: [URL] = []
        for url in urls {
            switch try kind(of: url) {
            case .csv: counts += try TrafficCount.readCSV(contentsOf: url)
            case .edgeData: counts += try SUMOEdgeDataReader().read(contentsOf: url)
            case .inductionLoopOutput: outputs.append(url)
            case .detectorDefinitions: definitions.append(url)
            }
        }
        guard !outputs.isEmpty else { return counts }
        guard definitions.count == 1 else {
            throw .input(.unreadable(
                source: outputs[0].path,
                message: definitions.isEmpty
                    ? "induction-loop output needs the additional file that defines its detectors (give it as counts too)"
                    : "give one additional file with the detector definitions, not \(definitions.count)"))
        }
        return counts + (try SUMOInductionLoopReader(definitions: definitions[0]).read(contentsOf: outputs))
    }
}
