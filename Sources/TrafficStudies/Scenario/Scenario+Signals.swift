import Foundation
import Support
import TrafficCore

/// Why signal plans or programs given for a scenario cannot be used; names the file and the light or node.
public enum SignalInputError: Error, Sendable, CustomStringConvertible {
    case unreadable(path: String, message: String)
    case program(ImportError)
    case plans(path: String, SignalPlanError)
    /// A program for a traffic light the net does not have (or whose program the net does not give).
    case unknownLight(path: String, light: String)
    /// A program whose states do not fit the net's light (another number of link indices).
    case linkCount(path: String, light: String, expected: Int, found: Int)
    /// A `programs` entry whose phases are not the net's (another number of phases).
    case phaseCount(path: String, light: String, expected: Int, found: Int)

    public var description: String {
        switch self {
        case .unreadable(let path, let message): "\(path): \(message)"
        case .program(let error): error.description
        case .plans(let path, let error): "\(path): \(error)"
        case .unknownLight(let path, let light): "\(path): traffic light '\(light)' is not a light of the net"
        case .linkCount(let path, let light, let expected, let found):
            "\(path): the program of traffic light '\(light)' has \(found) link states; the net's light has \(expected)"
        case .phaseCount(let path, let light, let expected, let found):
            "\(path): traffic light '\(light)' is given \(found) phase durations; the net's program has \(expected) phases"
        }
    }
}

extension Scenario {
    /// Uses the signal file at `url` instead of the scenario's plans: a SUMO additional file with `<tlLogic>`
    /// programs (`.xml`: for a scenario on a SUMO net) or a signal-plan document (`SignalPlansDocument`, JSON or
    /// YAML; its `programs` set the net's lights, its plans the nodes).
    public mutating func useSignals(contentsOf url: URL) throws(SignalInputError) {
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            throw .unreadable(path: url.path, message: "cannot read the file")
        }
        if url.pathExtension.lowercased() == "xml" {
            let file: SUMOProgramFile
            do throws(ImportError) {
                file = try SUMOProgramFile.read(data: data, source: url.lastPathComponent)
            } catch {
                throw .program(error)
            }
            try usePrograms(file, path: url.path)
            return
        }
        let document: SignalPlansDocument
        do {
            document = try DocumentFile.decode(SignalPlansDocument.self, from: data, url: url)
        } catch {
            throw .unreadable(path: url.path, message: "\(error)")
        }
        try useSignals(document, path: url.path)
    }

    /// Uses `document`'s plans, and its `programs` for the net's traffic lights.
    public mutating func useSignals(_ document: SignalPlansDocument, path: String) throws(SignalInputError) {
        for record in document.programs ?? [] {
            guard var light = trafficLights[record.trafficLight], var program = light.phases else {
                throw .unknownLight(path: path, light: record.trafficLight)
            }
            if let states = record.phaseStates {
                // Phases of their own (e.g. an inserted all-red clearance): one state string per duration.
                guard states.count == record.phaseDurations.count else {
                    throw .phaseCount(
                        path: path, light: record.trafficLight, expected: states.count,
                        found: record.phaseDurations.count)
                }
                for state in states where state.count != light.linkCount {
                    throw .linkCount(path: path, light: record.trafficLight, expected: light.linkCount, found: state.count)
                }
                program.phases = zip(states, record.phaseDurations).map { state, duration in
                    SignalPhase(duration: duration, states: state.map(SUMOTrafficLight.state))
                }
                light.phaseStates = states.map(Array.init)
            }
            guard record.phaseDurations.count == program.phases.count else {
                throw .phaseCount(
                    path: path, light: record.trafficLight, expected: program.phases.count,
                    found: record.phaseDurations.count)
            }
            for (i, d) in record.phaseDurations.enumerated() { program.phases[i].duration = d }
            program.offset = record.offset
            light.phases = program
            light.program = program.plan
            trafficLights[record.trafficLight] = light
        }
        do throws(SignalPlanError) {
            signalPlans = try document.plans(for: network)
        } catch {
            throw .plans(path: path, error)
        }
    }

    /// Runs the programs of `file` on the net's lights of the same id, and derives each junction's plan from
    /// its light's program (the groups of its current plan, on the link indices they drive).
    mutating func usePrograms(_ file: SUMOProgramFile, path: String) throws(SignalInputError) {
        for (id, light) in file.programs.sorted(by: { $0.key < $1.key }) {
            guard var known = trafficLights[id] else { throw .unknownLight(path: path, light: id) }
            guard let first = light.phases.first, first.state.count == known.linkCount else {
                throw .linkCount(path: path, light: id, expected: known.linkCount, found: light.phases.first?.state.count ?? 0)
            }
            let program: SUMOSignalProgram
            do throws(ImportError) {
                program = try SUMOSignalProgram(light, source: URL(fileURLWithPath: path).lastPathComponent)
            } catch {
                throw .program(error)
            }
            known.phases = program.phaseProgram
            known.phaseStates = light.phases.map(\.state)
            known.program = program.planByLinkIndex
            trafficLights[id] = known
            for (node, plan) in signalPlans {
                guard SUMOSignalProgramWriter.sumoColumns(of: plan, trafficLights: trafficLights)?.light == id else {
                    continue
                }
                signalPlans[node] = program.phaseProgram.plan(
                    groups: plan.groups.map { group in
                        (group.id, known.groupLinkIndices[group.id] ?? SignalController.linkIndices(in: group.id))
                    })
            }
        }
    }
}
