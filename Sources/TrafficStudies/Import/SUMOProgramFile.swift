import Foundation
import TrafficCore

/// The `<tlLogic>` programs of a SUMO additional file (`<additional>`, as `sumo -a` loads it, e.g. a
/// `tlLogic.proposed.xml`) or of a net file: per traffic light id, the last program in the file.
struct SUMOProgramFile {
    var programs: [String: SUMONetFile.TrafficLight] = [:]

    /// Reads `data`; `source` names it in errors.
    static func read(data: Data, source: String) throws(ImportError) -> SUMOProgramFile {
        let handler = Handler(source: source)
        try XMLElementReader.read(data: data, source: source, into: handler)
        return SUMOProgramFile(programs: handler.programs)
    }

    private final class Handler: XMLElementHandler {
        let source: String
        var programs: [String: SUMONetFile.TrafficLight] = [:]
        private var current: SUMONetFile.TrafficLight?
        private var depth = 0

        init(source: String) { self.source = source }

        func start(_ tag: XMLStartTag) throws(ImportError) {
            depth += 1
            if depth == 1 {
                guard tag.name == "additional" || tag.name == "net" else {
                    throw .unexpectedElement(ImportLocation(source: source, element: tag.name, line: tag.line))
                }
                return
            }
            let a = AttributeReader(tag, source: source, id: current?.id)
            switch tag.name {
            case "tlLogic":
                current = SUMONetFile.TrafficLight(
                    id: try a.nonEmpty("id"), type: a["type"] ?? "static", programID: a["programID"] ?? "0",
                    offset: try a.optionalDouble("offset") ?? 0, line: tag.line)
            case "phase":
                guard current != nil else { return }
                let duration = try a.double("duration")
                guard duration >= 0 else { throw a.invalid("duration", a["duration"]!, expected: "a duration ≥ 0 s") }
                let state = Array(try a.nonEmpty("state"))
                if let bad = state.first(where: { !SUMOSignalProgram.knownStates.contains($0) }) {
                    throw a.invalid("state", String(state), expected: "SUMO link states rRyYgGsuoO (found '\(bad)')")
                }
                if let first = current!.phases.first, first.state.count != state.count {
                    throw a.invalid("state", String(state), expected: "\(first.state.count) link states like the first phase")
                }
                current!.phases.append(SUMONetFile.Phase(duration: duration, state: state, line: tag.line))
            default:
                break
            }
        }

        func end(_ name: String) throws(ImportError) {
            depth -= 1
            if name == "tlLogic", let light = current {
                programs[light.id] = light
                current = nil
            }
        }
    }
}
