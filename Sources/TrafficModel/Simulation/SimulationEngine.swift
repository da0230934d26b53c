import Foundation

/// The mesoscopic engine: a link-transmission model (Yperman 2007) that moves individual vehicles, with
/// transfer times resolved continuously inside a fixed node-transfer step.
///
/// Per link (length L, lanes n, free-flow speed v_f, capacity q_max, jam density k_jam):
/// - *Sending*: a vehicle entering at time t can leave no earlier than t + L / v_f. Vehicles wait at the
///   link end in one FIFO queue per outgoing movement (per direction, so a blocked left turn does not block
///   straight-ahead traffic) or, on their destination link, in an arrival queue.
/// - *Capacity*: departures from a link respect three headways: the movement's (3600 / (movement lanes ×
///   capacity per lane)), the link's outflow (3600 / q_max) and the downstream link's inflow
///   (3600 / q_max of that link). At 1800 veh/h/lane that is 2 s per lane.
/// - *Receiving (spillback)*: storage N = ⌊L · n · k_jam⌋. Space freed by a vehicle leaving at time τ becomes
///   available at the upstream end only at τ + L / w with w = q_max / (k_jam − k_c), k_c = q_max / v_f: the
///   backward kinematic wave of the triangular fundamental diagram (Newell 1993; LTM receiving flow
///   R(t) = N_down(t − L/w) + N − N_up(t)). For 1 lane, 20 m/s, 1800 veh/h, 150 veh/km: w = 4 m/s.
/// - *Signals*: a movement with a signal group passes only while its group is green.
///
/// One explicit ordered step [t, t + Δt): (periodic re-routing) → demand release and routing → node
/// transfers → insertions from origin queues (network vehicles have priority, as in SUMO) → transfers of
/// nodes these insertions woke within the step → recording → gridlock check. Within a step a node serves its
/// ready queue heads in order of the earliest feasible transfer time τ = max(ready, headways, green start,
/// space release) — FIFO across approaches on ties — so free-flow times, headways and green starts are
/// exact, not rounded to the step. Nodes sleep (binary-heap schedule) until their earliest queue head could
/// move — its ready time, next green, headway — and only heads blocked by a full downstream link poll every
/// step, so a step costs O(vehicles moving + nodes with spillback), not O(network).
/// All state lives in flat arrays indexed by typed IDs (struct of arrays for vehicles).
struct SimulationEngine {
    enum VehicleState: UInt8 {
        case scheduled = 0
        case waiting, onNetwork, arrived, unroutable
    }

    // MARK: Configuration
    let step: Double
    let stepCount: Int
    let endTime: Double
    let outputInterval: Double
    let intervalCount: Int
    let reroutingInterval: Double?
    let gridlockTimeout: Double
    let stopOnGridlock: Bool

    // MARK: Network, compiled
    let linkCount: Int
    let movementCount: Int
    let nodeCount: Int
    let linkNames: [String]
    let linkToNode: [Int32]
    let linkLength: [Double]
    let linkSpeed: [Double]
    let linkFreeFlowTime: [Double]
    let linkInHeadway: [Double]
    let linkOutHeadway: [Double]
    let linkWaveDelay: [Double]
    let linkStorage: [Int32]
    let movementFrom: [Int32]
    let movementTo: [Int32]
    let movementHeadway: [Double]
    let movementGroup: [Int32]
    /// CSR per node: the queues served there (movement queues of incoming links, arrival queues).
    let nodeQueueStart: [Int32]
    let nodeQueues: [Int32]
    let signals: SignalTable

    // MARK: Link state
    var linkOccupancy: [Int32]
    var linkInFree: [Double]
    var linkOutFree: [Double]
    var movementFree: [Double]
    /// Per-link ring buffer of times at which freed space reaches the upstream end (sorted).
    let pendingBase: [Int32]
    let pendingCapacity: [Int32]
    var pendingHead: [Int32]
    var pendingCount: [Int32]
    var pendingTimes: [Double]

    // MARK: Queues — movement m: index m; arrival queue of link l: M + l; origin queue of link l: M + L + l.
    var queueHead: [Int32]
    var queueTail: [Int32]

    // MARK: Vehicles (struct of arrays; index = departure order)
    let vehicleCount: Int
    let tripIDs: [String]
    let vehicleOrigin: [Int32]
    /// The link the current route ends on (the trip's destination; a parking search moves it on).
    var vehicleDestination: [Int32]
    let scheduledDeparture: [Double]
    var departure: [Double]
    var entryTime: [Double]
    var readyTime: [Double]
    var waitingTime: [Double]
    var freeFlowTime: [Double]
    var routeLength: [Double]
    var routePosition: [Int32]
    var nextInQueue: [Int32]
    var state: [VehicleState]
    var rerouteCount: [Int32]

    // MARK: Routes: flat (link, movement to next link or −1) steps; vehicles share segments.
    var routeLinks: [Int32] = []
    var routeMovements: [Int32] = []
    var routeCache: [Int64: Int32] = [:]  // (origin, destination) → segment start; used at departure only
    var router: Router
    /// Free-flow routes of the vehicles released before the first re-routing, computed in parallel before the
    /// first step (`precomputeFreeFlowRoutes()`, or handed over by `Simulation` when it checked every trip's
    /// route); nil once costs change.
    var freeFlowRoutes: RouteTable? = nil
    /// Threads for `precomputeFreeFlowRoutes()`; 1 routes every vehicle when it is released.
    var routingWorkers = ProcessInfo.processInfo.activeProcessorCount
    /// Parking supply, occupancy and search state; nil in runs without parking (`ParkingSimulation`).
    var parking: ParkingState? = nil

    // MARK: Scheduling
    var nodeWake: [Double]
    var nodeHeap = MinHeap()
    var activeOrigins: [Int32] = []
    var originActive: [Bool]
    var nextRelease = 0
    var nextReroute: Double

    // MARK: Counters
    var departedCount = 0
    var arrivedCount = 0
    var waitingCount = 0
    var movedThisStep = false
    var lastMovement = 0.0
    var nextStuckScan = 0.0
    var unroutableIDs: [String] = []
    var gridlock: GridlockReport?
    var simulatedUntil = 0.0

    // MARK: Recording
    var vehicleSeconds: [Double]
    var vehicleMetres: [Double]
    var queuedSeconds: [Double]
    var exits: [Int32]
    var snapshots: [NetworkSnapshot] = []
    var nextSnapshot: Double
    var tripRecords: [TripRecord] = []
    var exitCountSinceReroute: [Int32]
    var travelTimeSinceReroute: [Double]
    var movementRecorder: MovementRecorder

    // MARK: Adaptive signal control (SimulationEngine+SignalControl.swift); inactive for fixed-time runs
    var control = SignalControlState()

    init(network: Network, signals: SignalTable, trips: [Trip], configuration c: SimulationConfiguration) {
        step = c.step
        stepCount = Int((c.duration / c.step).rounded(.up))
        endTime = Double(stepCount) * c.step
        outputInterval = c.outputInterval
        intervalCount = max(1, Int((endTime / c.outputInterval - 1e-9).rounded(.up)))
        reroutingInterval = c.reroutingInterval
        gridlockTimeout = c.gridlockTimeout
        stopOnGridlock = c.stopOnGridlock
        nextReroute = c.reroutingInterval ?? .infinity

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
        movementGroup = signals.movementGroup
        self.signals = signals

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

        linkOccupancy = [Int32](repeating: 0, count: linkCount)
        linkInFree = [Double](repeating: -.infinity, count: linkCount)
        linkOutFree = [Double](repeating: -.infinity, count: linkCount)
        movementFree = [Double](repeating: -.infinity, count: movementCount)
        var base: [Int32] = []
        var total: Int32 = 0
        for s in linkStorage {
            base.append(total)
            total += s
        }
        pendingBase = base
        pendingCapacity = linkStorage
        pendingHead = [Int32](repeating: 0, count: linkCount)
        pendingCount = [Int32](repeating: 0, count: linkCount)
        pendingTimes = [Double](repeating: 0, count: Int(total))

        let queueCount = movementCount + 2 * linkCount
        queueHead = [Int32](repeating: -1, count: queueCount)
        queueTail = [Int32](repeating: -1, count: queueCount)

        vehicleCount = trips.count
        tripIDs = trips.map(\.id)
        vehicleOrigin = trips.map { $0.origin.rawValue }
        vehicleDestination = trips.map { $0.destination.rawValue }
        scheduledDeparture = trips.map(\.departure)
        departure = [Double](repeating: .nan, count: trips.count)
        entryTime = [Double](repeating: 0, count: trips.count)
        readyTime = [Double](repeating: 0, count: trips.count)
        waitingTime = [Double](repeating: 0, count: trips.count)
        freeFlowTime = [Double](repeating: 0, count: trips.count)
        routeLength = [Double](repeating: 0, count: trips.count)
        routePosition = [Int32](repeating: -1, count: trips.count)
        nextInQueue = [Int32](repeating: -1, count: trips.count)
        state = [VehicleState](repeating: .scheduled, count: trips.count)
        rerouteCount = [Int32](repeating: 0, count: trips.count)
        router = Router(network: network)

        nodeWake = [Double](repeating: .infinity, count: nodeCount)
        originActive = [Bool](repeating: false, count: linkCount)

        let cells = intervalCount * linkCount
        vehicleSeconds = [Double](repeating: 0, count: cells)
        vehicleMetres = [Double](repeating: 0, count: cells)
        queuedSeconds = [Double](repeating: 0, count: cells)
        exits = [Int32](repeating: 0, count: cells)
        nextSnapshot = c.outputInterval
        exitCountSinceReroute = [Int32](repeating: 0, count: linkCount)
        travelTimeSinceReroute = [Double](repeating: 0, count: linkCount)
        movementRecorder = MovementRecorder(movementCount: movementCount)
    }

    /// Runs all steps (or until gridlock when configured to stop), reporting progress about every 1 % of
    /// the steps when `progress` is given.
    mutating func run(progress: SimulationProgressHandler? = nil) {
        precomputeFreeFlowRoutes()
        snapshots.append(snapshot(at: 0))
        let progressEvery = max(1, stepCount / 100)
        for s in 0..<stepCount {
            if let progress, s % progressEvery == 0 { progress(progressReport(at: Double(s) * step)) }
            let t0 = Double(s) * step
            let t1 = Double(s + 1) * step
            movedThisStep = false
            if t0 >= nextReroute {
                reroute(at: t0)
                nextReroute += reroutingInterval!
            }
            controlSignals(step: s, at: t0)
            releaseDepartures(before: t1)
            transferAtNodes(from: t0, to: t1)
            insertFromOrigins(from: t0, to: t1)
            // Vehicles inserted on links shorter than the rest of the step reach their node within it.
            transferAtNodes(from: t0, to: t1)
            simulatedUntil = t1
            recordSnapshotIfDue(at: t1)
            assert(conservationHolds(), "conservation violated at t = \(t1)")
            if checkGridlock(at: t1) && stopOnGridlock { break }
        }
        if snapshots.last?.time != simulatedUntil { snapshots.append(snapshot(at: simulatedUntil)) }
        progress?(progressReport(at: simulatedUntil))
    }

    func progressReport(at time: Double) -> SimulationProgress {
        SimulationProgress(
            simulatedTime: time, duration: endTime, vehiclesDeparted: departedCount, vehiclesArrived: arrivedCount,
            vehiclesWaiting: waitingCount)
    }

    // MARK: Queues (singly linked through `nextInQueue`)

    /// Appends `v` to queue `q`; returns true when the queue was empty.
    @inline(__always)
    mutating func enqueue(_ v: Int32, _ q: Int) -> Bool {
        nextInQueue[Int(v)] = -1
        let tail = queueTail[q]
        if tail < 0 { queueHead[q] = v } else { nextInQueue[Int(tail)] = v }
        queueTail[q] = v
        return tail < 0
    }

    @inline(__always)
    mutating func dequeue(_ q: Int) -> Int32 {
        let v = queueHead[q]
        let next = nextInQueue[Int(v)]
        queueHead[q] = next
        if next < 0 { queueTail[q] = -1 }
        return v
    }

    /// Wakes node `n` at `time` unless it is already due earlier.
    @inline(__always)
    mutating func schedule(node n: Int, at time: Double) {
        if time < nodeWake[n] {
            nodeWake[n] = time
            nodeHeap.push(time, Int32(n))
        }
    }

    /// Debug-build invariant: departed = arrived + vehicles on links (counted from link occupancies).
    func conservationHolds() -> Bool {
        var onLinks = 0
        for o in linkOccupancy { onLinks += Int(o) }
        return departedCount == arrivedCount + onLinks && linkOccupancy.allSatisfy { $0 >= 0 }
    }
}
