import TrafficCore

/// A SUMO `tlLogic` program read as a fixed-time plan: cycle = sum of phase durations, green intervals per
/// link index (state column).
///
/// State characters (SUMO "Traffic Lights", link states): `G` (priority green) and `g` (green, yield to
/// priority streams) are green; `s` (right-turn arrow, stop first), `o` (off, blinking) and `O` (off, no
/// signal) let vehicles pass under the junction's priority rules and count as green too; `y`/`Y` (amber),
/// `u` (red-amber) and `r`/`R` (red) are not green.
///
/// The intervals are the *displayed* greens. `GreenInterval` asks for effective green; with HCM's defaults
/// (start-up lost time 2 s, extension of effective green into the amber 2 s; HCM 2010 ch. 31) the two are
/// equal, so no correction is applied.
struct SUMOSignalProgram {
    static let knownStates: Set<Character> = ["r", "R", "y", "Y", "g", "G", "s", "u", "o", "O"]
    static let greenStates: Set<Character> = ["G", "g", "s", "o", "O"]

    let light: SUMONetFile.TrafficLight
    let cycle: Double
    /// The program phase by phase, one column per link index (`"<tl>:<index>"`), with the net's offset.
    let phaseProgram: PhaseProgram

    init(_ light: SUMONetFile.TrafficLight, source: String) throws(ImportError) {
        let location = ImportLocation(source: source, element: "tlLogic", id: light.id, line: light.line)
        guard !light.phases.isEmpty else { throw .missingAttribute("phase", at: location) }
        let t = light.phases.reduce(0) { $0 + $1.duration }
        guard t > 0 else {
            throw .invalidValue(
                attribute: "duration", value: "0", expected: "phases whose durations add up to a cycle > 0 s",
                at: location)
        }
        self.light = light
        self.cycle = t
        phaseProgram = PhaseProgram(
            columns: (0..<light.phases[0].state.count).map { "\(light.id):\($0)" },
            phases: light.phases.map { phase in
                SignalPhase(duration: phase.duration, states: phase.state.map(SUMOTrafficLight.state))
            },
            offset: light.offset)
    }

    /// Number of link indices (state columns).
    var linkCount: Int { light.phases[0].state.count }

    /// Green intervals of the group made of `columns`: green in a phase when any column is green
    /// (`PhaseProgram.greenIntervals(columns:)`: consecutive green phases merge, a run through the cycle end
    /// wraps, always green gives `[0, cycle)`, never green none).
    func greenIntervals(columns: [Int]) -> [GreenInterval] {
        phaseProgram.greenIntervals(columns: columns)
    }

    /// Per link index, the weakest green state its phases show (`SUMOTrafficLight.greenStates`), where that
    /// is not `G`.
    var weakestGreens: [Int: Character] {
        var weakest: [Int: Int] = [:]  // index → rank in SUMOTrafficLight.greenStrength
        for phase in light.phases where phase.duration > 0 {
            for (i, state) in phase.state.enumerated() {
                guard let rank = SUMOTrafficLight.greenStrength.firstIndex(of: state) else { continue }
                weakest[i] = min(weakest[i] ?? rank, rank)
            }
        }
        return weakest.filter { $0.value < SUMOTrafficLight.greenStrength.count - 1 }
            .mapValues { SUMOTrafficLight.greenStrength[$0] }
    }


    /// Program types SUMO times from detectors at run time.
    static let actuatedTypes: Set<String> = ["actuated", "delay_based"]

    /// SUMO's default allowed gap of actuated programs in seconds (`max-gap`; SUMO docs "Traffic Lights",
    /// "Actuated Traffic Lights": parameter `max-gap`, default 3.0).
    static let defaultMaxGap = 3.0

    /// Whether SUMO runs this program from detectors (`actuated`, `delay_based`).
    var isActuated: Bool { Self.actuatedTypes.contains(light.type) }

    /// The actuation of `plan` (a plan built from this program's green intervals): per stage of the plan
    /// (`SignalPlan.stages`), min and max green are the sums of `minDur` and `maxDur` of the phases inside
    /// the stage's green — SUMO takes a phase's `duration` where `minDur` or `maxDur` is absent (SUMO docs
    /// "Traffic Lights", `<phase>` attributes), so a fixed phase in a stage (e.g. a pedestrian clearance while
    /// the vehicles stay green) adds its duration to both. The gap is the program's `max-gap` parameter
    /// (default 3 s). The intergreen after a stage is the sum over the phases between its green and the next
    /// stage's of `minDur` (else `duration`): amber and all-red phases are fixed, and a green phase there
    /// serves none of the plan's movements (e.g. a bicycle or pedestrian green), so SUMO, which runs every
    /// phase in order (`MSActuatedTrafficLightLogic::trySwitch`), ends it at its minimum without demand.
    /// `delay_based` programs extend on time loss in SUMO; here they get the same gap control.
    /// - Throws: `ImportError.invalidValue` for a `max-gap` that is not a number ≥ 0.
    func actuation(of plan: SignalPlan, source: String) throws(ImportError) -> SignalActuation {
        var gap = Self.defaultMaxGap
        if let text = light.parameters["max-gap"] {
            guard let value = Double(text), value >= 0, value.isFinite else {
                throw .invalidValue(
                    attribute: "max-gap", value: text, expected: "a gap ≥ 0 s",
                    at: ImportLocation(source: source, element: "tlLogic", id: light.id, line: light.line))
            }
            gap = value
        }
        let starts = phaseProgram.phaseStarts
        let stages = plan.stages.map { stage in
            var minimum = 0.0
            var maximum = 0.0
            var intergreen = 0.0
            for (i, phase) in light.phases.enumerated() where phase.duration > 0 {
                var into = (starts[i] - stage.start).truncatingRemainder(dividingBy: cycle)
                if into < 0 { into += cycle }
                let low = phase.minDuration ?? phase.duration
                if into < stage.green - 1e-9 {
                    minimum += low
                    maximum += max(phase.maxDuration ?? phase.duration, low)
                } else if into < stage.green + stage.intergreenAfter - 1e-9 {
                    intergreen += low
                }
            }
            return SignalActuation.Stage(
                groups: stage.groups, minGreen: minimum, maxGreen: maximum, intergreen: intergreen)
        }
        return SignalActuation(stages: stages, gap: gap)
    }

    /// The plan with one group per link index, named `"<tl>:<index>"`.
    var planByLinkIndex: SignalPlan {
        SignalPlan(
            cycle: cycle, offset: light.offset,
            groups: (0..<linkCount).map {
                SignalGroup(id: "\(light.id):\($0)", greenIntervals: greenIntervals(columns: [$0]))
            })
    }
}
