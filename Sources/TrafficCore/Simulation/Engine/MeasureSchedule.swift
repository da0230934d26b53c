/// The run's measures (`Measure`) as the engine applies them: when the set in force changes, the values the
/// changed links had before any measure, the signal plans they replace, and — read in the hot path — per movement
/// the time until which it is closed.
struct MeasureSchedule: Sendable {
    let measures: [Measure]
    /// Step starts at which the set of measures in force changes, ascending (the first step at or after each
    /// begin and end); `next` is the first not yet applied.
    let boundaries: [Double]
    var next = 0
    /// Per movement: no vehicle takes it before this time (its to-link closed, or the turn banned); −∞ while open.
    var blockedUntil: [Double]
    /// Links some capacity or speed measure changes, and those links as the network has them (before any measure).
    let changedLinks: [Int32]
    let baseLinks: [Link]
    /// The network and its own signal plans, to compile the plans in force and to find movements per link.
    let network: Network
    let basePlans: [NodeID: SignalPlan]
    /// Indices of the signal-plan measures in force (to switch tables only when they change).
    var activeSignalMeasures: [Int] = []
    /// Whether a closure, turn ban or detour is in force: routes given to trips are then checked at release.
    var redirecting = false

    /// `measures` (validated by `Simulation`) for a run of `step`-second steps ending at `endTime`.
    init(measures: [Measure], network: Network, basePlans: [NodeID: SignalPlan], step: Double, endTime: Double) {
        self.measures = measures
        self.network = network
        self.basePlans = basePlans
        var times = Set<Double>()
        for m in measures {
            for t in [m.begin, m.end] where t.isFinite {
                let aligned = (t / step - 1e-9).rounded(.up) * step
                if aligned < endTime { times.insert(max(0, aligned)) }
            }
        }
        boundaries = times.sorted()
        blockedUntil = [Double](repeating: -.infinity, count: network.movements.count)
        var changed = Set<Int32>()
        for m in measures {
            switch m.action {
            case .capacity(let links, _, _), .speedLimit(let links, _):
                changed.formUnion(links.map(\.rawValue))
            default:
                continue
            }
        }
        changedLinks = changed.sorted()
        baseLinks = changedLinks.map { network.links[Int($0)] }
    }

    /// The next boundary time (+∞ when none is left).
    var nextBoundary: Double { next < boundaries.count ? boundaries[next] : .infinity }

    /// The measures in force at `time` (a step start), in the order given.
    func active(at time: Double) -> [Measure] { measures.filter { $0.isActive(at: time) } }

    /// Whether any measure changes routes (closures, turn bans, detours, speed limits) at some time.
    var changesRouting: Bool {
        measures.contains {
            switch $0.action {
            case .capacity, .signalPlans: false
            default: true
            }
        }
    }
}
