/// One row per vehicle (struct of arrays; index = departure order).
package struct VehicleTable: Sendable {
    package enum State: UInt8, Sendable {
        case scheduled = 0
        case waiting, onNetwork, arrived, unroutable
    }

    package let count: Int
    package let tripIDs: [String]
    package let origin: [Int32]
    /// The link the current route ends on (the trip's destination; an extension such as parking search moves
    /// it on).
    package internal(set) var destination: [Int32]
    package let scheduledDeparture: [Double]
    package internal(set) var departure: [Double]
    package internal(set) var entryTime: [Double]
    /// The time through the junction charged when the vehicle entered its current link (`Movement.passageTime`;
    /// 0 at departure): routing counts it with the movement, so measured link times leave it out.
    var entryPassage: [Double]
    /// When the vehicle reaches the end of its current link at free flow.
    package internal(set) var readyTime: [Double]
    package internal(set) var waitingTime: [Double]
    package internal(set) var freeFlowTime: [Double]
    package internal(set) var routeLength: [Double]
    /// Flat position of the current link in `RouteStore`.
    package internal(set) var routePosition: [Int32]
    package internal(set) var state: [State]
    /// The lane of its current link the vehicle drives on (`SimulationEngine.entryLane`).
    var lane: [UInt8]
    /// `Trip.departLane`: 0 best, 1 free, 2 first.
    let departLane: [UInt8]
    var rerouteCount: [Int32]
    /// Flat position in `RouteStore` of the route the trip was given (`Trip.route`), −1 when the engine routes it.
    let givenRouteStart: [Int32]

    init(trips: [Trip], givenRouteStarts: [Int32]) {
        givenRouteStart = givenRouteStarts
        count = trips.count
        tripIDs = trips.map(\.id)
        origin = trips.map { $0.origin.rawValue }
        destination = trips.map { $0.destination.rawValue }
        scheduledDeparture = trips.map(\.departure)
        departure = [Double](repeating: .nan, count: trips.count)
        entryTime = [Double](repeating: 0, count: trips.count)
        entryPassage = [Double](repeating: 0, count: trips.count)
        readyTime = [Double](repeating: 0, count: trips.count)
        waitingTime = [Double](repeating: 0, count: trips.count)
        freeFlowTime = [Double](repeating: 0, count: trips.count)
        routeLength = [Double](repeating: 0, count: trips.count)
        routePosition = [Int32](repeating: -1, count: trips.count)
        state = [State](repeating: .scheduled, count: trips.count)
        lane = [UInt8](repeating: 0, count: trips.count)
        departLane = trips.map {
            switch $0.departLane {
            case .best: 0
            case .free: 1
            case .first: 2
            }
        }
        rerouteCount = [Int32](repeating: 0, count: trips.count)
    }
}
