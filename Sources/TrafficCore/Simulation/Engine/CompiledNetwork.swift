/// The network as the engine reads it: flat arrays indexed by link, movement and node, built once per run and
/// never changed (`Network` holds the same facts as values with names).
///
/// Queue numbering, shared by every part: movement queue m is `m`, the arrival queue of link l is `M + l`, the
/// origin queue of link l is `M + L + l` (M movements, L links).
package struct CompiledNetwork: Sendable {
    package let linkCount: Int
    package let movementCount: Int
    package let nodeCount: Int
    package let linkNames: [String]
    package let linkToNode: [Int32]
    package let linkLength: [Double]
    package let linkSpeed: [Double]
    package let linkFreeFlowTime: [Double]
    /// 3600 / q_max of the link: the inflow and outflow headways.
    package let linkInHeadway: [Double]
    package let linkOutHeadway: [Double]
    /// L / w: how long freed space takes to reach the upstream end (backward kinematic wave).
    package let linkWaveDelay: [Double]
    /// ⌊L · n · k_jam⌋ vehicles.
    package let linkStorage: [Int32]
    package let movementFrom: [Int32]
    package let movementTo: [Int32]
    /// 3600 / (movement lanes × capacity per lane of the from-link).
    package let movementHeadway: [Double]
    /// CSR per node: the queues served there (movement queues of incoming links, arrival queues).
    package let nodeQueueStart: [Int32]
    package let nodeQueues: [Int32]

    init(network: Network) {
        let links = network.links
        linkCount = links.count
        movementCount = network.movements.count
        nodeCount = network.nodes.count
        linkNames = links.map(\.id)
        linkToNode = links.map { $0.to.rawValue }
        linkLength = links.map(\.length)
        linkSpeed = links.map(\.freeFlowSpeed)
        linkFreeFlowTime = links.map(\.freeFlowTime)
        linkInHeadway = links.map { 3600 / $0.capacity }
        linkOutHeadway = links.map { 3600 / $0.capacity }
        linkWaveDelay = links.map { $0.length / $0.backwardWaveSpeed }
        linkStorage = links.map { Int32(clamping: $0.storageCapacity) }
        movementFrom = network.movements.map { $0.from.rawValue }
        movementTo = network.movements.map { $0.to.rawValue }
        movementHeadway = network.movements.map { m in
            let from = links[m.from.index]
            return 3600 / (Double(m.lanes) * from.capacity / Double(from.lanes))
        }
        var queueStart: [Int32] = [0]
        var queues: [Int32] = []
        for n in 0..<network.nodes.count {
            for l in network.incomingLinks(of: NodeID(n)) {
                for m in network.movements(from: l) { queues.append(m.rawValue) }
                queues.append(Int32(network.movements.count) + l.rawValue)
            }
            queueStart.append(Int32(queues.count))
        }
        nodeQueueStart = queueStart
        nodeQueues = queues
    }

    /// Number of queues: one per movement, one arrival and one origin queue per link.
    var queueCount: Int { movementCount + 2 * linkCount }

    @inline(__always)
    package func arrivalQueue(of link: Int) -> Int { movementCount + link }

    @inline(__always)
    package func originQueue(of link: Int) -> Int { movementCount + linkCount + link }
}
