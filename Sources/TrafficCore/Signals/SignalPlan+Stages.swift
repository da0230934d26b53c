/// A stage (RiLSA "Phase"): a set of signal groups green together, followed by an intergreen in which none
/// of the plan's groups is green.
public struct SignalStage: Sendable, Hashable {
    /// Group IDs green during the stage, in plan order.
    public var groups: [String]
    /// Start in the cycle (s).
    public var start: Double
    /// Green duration of the stage (s).
    public var green: Double
    /// All-not-green time after the stage, before the next stage starts (s); 0 when stages overlap.
    public var intergreenAfter: Double

    public init(groups: [String], start: Double, green: Double, intergreenAfter: Double) {
        self.groups = groups
        self.start = start
        self.green = green
        self.intergreenAfter = intergreenAfter
    }
}

extension SignalPlan {
    /// The plan's stages in cycle order, derived from the green intervals: the cycle is cut at every green
    /// start and end; consecutive pieces with the same set of green groups form one stage, pieces with no
    /// green group are intergreen. The first stage is the one starting earliest in the cycle after an
    /// intergreen or a change of the green set. Empty when no group is ever green.
    public var stages: [SignalStage] {
        guard cycle > 0 else { return [] }
        let windows = groups.map { GreenInterval.normalised($0.greenIntervals, cycle: cycle) }
        var cuts = Set<Double>([0, cycle])
        for w in windows.joined() {
            cuts.insert(w.start)
            cuts.insert(w.end)
        }
        let points = cuts.filter { $0 >= 0 && $0 <= cycle }.sorted()
        // Elementary pieces with the indices of the groups green in them.
        var pieces: [(start: Double, end: Double, green: [Int])] = []
        for (a, b) in zip(points, points.dropFirst()) where b > a {
            let mid = (a + b) / 2
            let green = windows.indices.filter { g in windows[g].contains { $0.start <= mid && mid < $0.end } }
            if let last = pieces.last, last.green == green {
                pieces[pieces.count - 1].end = b
            } else {
                pieces.append((a, b, green))
            }
        }
        // Join the run that crosses the cycle end.
        if pieces.count > 1, pieces.first!.green == pieces.last!.green {
            let first = pieces.removeFirst()
            pieces[pieces.count - 1].end = cycle + first.end
        }
        guard let firstStage = pieces.indices.first(where: { !pieces[$0].green.isEmpty }) else { return [] }
        let ordered = Array(pieces[firstStage...] + pieces[..<firstStage])
        var stages: [SignalStage] = []
        for piece in ordered {
            let length = piece.end - piece.start
            if piece.green.isEmpty {
                stages[stages.count - 1].intergreenAfter += length
            } else {
                stages.append(
                    SignalStage(
                        groups: piece.green.map { groups[$0].id }, start: piece.start.truncatingRemainder(dividingBy: cycle),
                        green: length, intergreenAfter: 0))
            }
        }
        return stages
    }
}
