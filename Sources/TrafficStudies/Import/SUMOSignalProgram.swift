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


    /// The plan with one group per link index, named `"<tl>:<index>"`.
    var planByLinkIndex: SignalPlan {
        SignalPlan(
            cycle: cycle, offset: light.offset,
            groups: (0..<linkCount).map {
                SignalGroup(id: "\(light.id):\($0)", greenIntervals: greenIntervals(columns: [$0]))
            })
    }
}
