/// The mesoscopic engine: a link-transmission model (Yperman 2007) that moves individual vehicles, with
/// transfer times resolved continuously inside a fixed node-transfer step.
///
/// Per link (length L, lanes n, free-flow speed v_f, capacity q_max, jam density k_jam):
/// - *Sending*: a vehicle entering at time t can leave no earlier than t + L / v_f. Vehicles wait at the
///   link end in one queue per outgoing movement (per direction, so a blocked left turn does not block
///   straight-ahead traffic) or, on their destination link, in an arrival queue. A movement's queue is first in,
///   first out, except that where the network gives lanes a vehicle waiting for room on its turn's lanes is
///   passed by the vehicles on other lanes (`passLaneBlockedHead`).
/// - *Capacity*: departures from a link respect three headways: the movement's (3600 / (movement lanes ×
///   capacity per lane)), the link's outflow (3600 / q_max) and the downstream link's inflow
///   (3600 / q_max of that link). At 1800 veh/h/lane that is 2 s per lane.
/// - *Receiving (spillback)*: storage N = ⌊L · n · k_jam⌋. Space freed by a vehicle leaving at time τ becomes
///   available at the upstream end only at τ + L / w with w = q_max / (k_jam − k_c), k_c = q_max / v_f: the
///   backward kinematic wave of the triangular fundamental diagram (Newell 1993; LTM receiving flow
///   R(t) = N_down(t − L/w) + N − N_up(t)). For 1 lane, 20 m/s, 1800 veh/h, 150 veh/km: w = 4 m/s.
/// - *Signals*: a movement with a signal group passes only while its group is green.
///
/// One explicit ordered step [t, t + Δt): (periodic re-routing) → signal decisions → demand release and
/// routing → node transfers → insertions from origin queues (network vehicles have priority, as in SUMO) →
/// transfers of nodes these insertions woke within the step → recording → gridlock check. Measures (`Measure`)
/// take effect at the start of the first step at or after their window's begin and end (`MeasureSchedule`). Within a step a node
/// serves its ready queue heads in order of the earliest feasible transfer time τ = max(ready, headways, green
/// start, space release) — FIFO across approaches on ties — so free-flow times, headways and green starts are
/// exact, not rounded to the step. Nodes sleep (`NodeSchedule`) until their earliest queue head could move —
/// its ready time, next green, headway — and only heads blocked by a full downstream link poll every step, so
/// a step costs O(vehicles moving + nodes with spillback), not O(network).
///
/// The engine is made of parts, each owning its state as flat arrays indexed by typed IDs (after SUMO's
/// `MSNet`, which delegates to edge, insertion and signal control): `CompiledNetwork` (read-only),
/// `LinkFlowState`, `QueueSet`, `VehicleTable`, `RouteStore`, `NodeSchedule`, `InsertionControl`,
/// `SignalControllers`, `Recorder` (+ `MovementRecorder`) and `RunStatus`; a study adds its own through
/// `SimulationExtension`. All parts are built in `init(simulation:extension:)`, the only way to make an engine.
package struct SimulationEngine {
    // MARK: Settings
    let step: Double
    let stepCount: Int
    let endTime: Double
    package let outputInterval: Double
    let intervalCount: Int
    let reroutingInterval: Double?
    let gridlockTimeout: Double
    let stopOnGridlock: Bool
    /// `SimulationConfiguration.teleportAfter`.
    let teleportAfter: Double?
    /// Gap acceptance of yielding movements (`SimulationConfiguration.GapAcceptance`); unused when it is off
    /// (the compiled network then has no yields).
    let gap: SimulationConfiguration.GapAcceptance
    /// Per movement: the time a full stop at its stop line costs beyond standing (`StopAndGo`); empty when off.
    let stopLoss: [Double]
    /// Per movement: the time a vehicle loses at least, stopped or not: a turn slower than its roads
    /// (`StopAndGo.turnLoss`), a stop sign's full stop (`Movement.stopSign`, `stopLoss`); empty when off.
    let turnLoss: [Double]
    /// Per movement: how much later than its headway the vehicle after one that stood at the movement's signal
    /// follows (`StopAndGo.startUpLoss(approachSpeed:)` of the from-link); empty when off.
    let startUpLoss: [Double]

    // MARK: Parts
    /// Changed only by measures in force (`applyMeasures(at:)`).
    package internal(set) var network: CompiledNetwork
    var links: LinkFlowState
    var queues: QueueSet
    package internal(set) var vehicles: VehicleTable
    package internal(set) var routes: RouteStore
    var schedule: NodeSchedule
    var insertion: InsertionControl
    var signals: SignalControllers
    var recorder: Recorder
    var measures: MeasureSchedule
    package internal(set) var status = RunStatus()
    /// The study's part, if any (parking search); called when a route ends and at the end of the run.
    let studyExtension: (any SimulationExtension)?

    /// An engine for `simulation` with every part built, signal controllers included, and `extension` installed.
    init(simulation: Simulation, extension studyExtension: (any SimulationExtension)? = nil) {
        let c = simulation.configuration
        step = c.step
        stepCount = Int((c.duration / c.step).rounded(.up))
        endTime = Double(stepCount) * c.step
        outputInterval = c.outputInterval
        intervalCount = max(1, Int((endTime / c.outputInterval - 1e-9).rounded(.up)))
        reroutingInterval = c.reroutingInterval
        gridlockTimeout = c.gridlockTimeout
        stopOnGridlock = c.stopOnGridlock
        teleportAfter = c.teleportAfter

        gap = c.gapAcceptance ?? SimulationConfiguration.GapAcceptance()
        let compiled = CompiledNetwork(network: simulation.network, yielding: c.gapAcceptance != nil)
        network = compiled
        let stops = c.stopAndGo.map { s in
            simulation.network.movements.map { m in
                s.stopLoss(approach: simulation.network[m.from].freeFlowSpeed, exit: simulation.network[m.to].freeFlowSpeed)
            }
        } ?? []
        stopLoss = stops
        // A stop sign in force (`CompiledNetwork.movementStopSign`) costs the full stop, any other movement its turn.
        turnLoss = c.stopAndGo.map { s in
            simulation.network.movements.enumerated().map { i, m in
                if compiled.movementStopSign[i] { return stops[i] }
                return s.turnLoss(
                    approach: simulation.network[m.from].freeFlowSpeed,
                    passage: m.passageTime > 0 ? m.passageLength / m.passageTime : 0,
                    exit: simulation.network[m.to].freeFlowSpeed)
            }
        } ?? []
        startUpLoss =
            c.stopAndGo?.startUpLoss == true
            ? simulation.network.movements.map {
                SimulationConfiguration.StopAndGo.startUpLoss(approachSpeed: simulation.network[$0.from].freeFlowSpeed)
            } : []
        links = LinkFlowState(network: compiled)
        queues = QueueSet(queueCount: compiled.queueCount, vehicleCount: simulation.trips.count)
        routes = RouteStore(network: simulation.network, reroutingInterval: c.reroutingInterval)
        vehicles = VehicleTable(
            trips: simulation.trips,
            givenRouteStarts: routes.storeGivenRoutes(of: simulation.trips, network: simulation.network))
        routes.freeFlowRoutes = simulation.freeFlowRoutes
        schedule = NodeSchedule(nodeCount: compiled.nodeCount)
        insertion = InsertionControl(linkCount: compiled.linkCount)
        signals = SignalControllers(
            fixed: simulation.signals, stages: simulation.stages,
            priorityTripIDs: c.signalPriority?.tripIDs ?? [], network: compiled, tripIDs: vehicles.tripIDs,
            step: c.step)
        recorder = Recorder(
            interval: c.outputInterval, intervalCount: intervalCount, linkCount: compiled.linkCount,
            movementCount: compiled.movementCount)
        measures = MeasureSchedule(
            measures: simulation.measures, network: simulation.network, basePlans: simulation.signalPlans,
            step: c.step, endTime: endTime)
        self.studyExtension = studyExtension
        studyExtension?.install(in: self)
    }

    /// Threads for routing the departures before the first step (1: each vehicle when it is released).
    var routingWorkers: Int {
        get { routes.workers }
        set { routes.workers = newValue }
    }

    /// Runs all steps (or until gridlock when configured to stop), reporting progress about every 1 % of
    /// the steps when `progress` is given; then the extension's `finish`.
    mutating func run(progress: SimulationProgressHandler? = nil) {
        applyMeasuresIfDue(at: 0)
        precomputeFreeFlowRoutes()
        recorder.snapshots.append(snapshot(at: 0))
        let progressEvery = max(1, stepCount / 100)
        for s in 0..<stepCount {
            if let progress, s % progressEvery == 0 { progress(progressReport(at: Double(s) * step)) }
            let t0 = Double(s) * step
            let t1 = Double(s + 1) * step
            status.movedThisStep = false
            applyMeasuresIfDue(at: t0)
            if t0 >= routes.nextReroute {
                reroute(at: t0)
                routes.nextReroute += reroutingInterval!
            }
            controlSignals(step: s, at: t0)
            releaseDepartures(before: t1)
            transferAtNodes(from: t0, to: t1)
            insertFromOrigins(from: t0, to: t1)
            // Vehicles inserted on links shorter than the rest of the step reach their node within it.
            transferAtNodes(from: t0, to: t1)
            status.simulatedUntil = t1
            recordSnapshotIfDue(at: t1)
            teleportStuckHeads(at: t1)
            assert(conservationHolds(), "conservation violated at t = \(t1)")
            if checkGridlock(at: t1) && stopOnGridlock { break }
            checkLocalGridlock(at: t1)
        }
        if recorder.snapshots.last?.time != status.simulatedUntil {
            recorder.snapshots.append(snapshot(at: status.simulatedUntil))
        }
        progress?(progressReport(at: status.simulatedUntil))
        studyExtension?.finish(engine: &self)
    }

    func progressReport(at time: Double) -> SimulationProgress {
        SimulationProgress(
            simulatedTime: time, duration: endTime, vehiclesDeparted: status.departed,
            vehiclesArrived: status.arrived, vehiclesWaiting: status.waiting)
    }

    /// Debug-build invariant: departed = arrived + vehicles on links (counted from link occupancies).
    func conservationHolds() -> Bool {
        status.departed == status.arrived + links.vehiclesOnLinks() && links.occupancy.allSatisfy { $0 >= 0 }
    }
}
