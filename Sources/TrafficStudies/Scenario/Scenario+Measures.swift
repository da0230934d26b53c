import Foundation
import GeoCore
import Support
import TrafficCore

/// Extra trips of an event (`MeasureRecord` kind `event`): `trips` trips to or from `links`, departing evenly
/// over [begin, end); the other end of each is drawn (seeded) from the other trips' origins or destinations.
public struct EventDemand: Sendable, Hashable {
    public enum Direction: String, Sendable, Hashable {
        case to, from
    }

    public var id: String
    public var trips: Int
    public var direction: Direction
    public var links: [LinkID]
    public var begin: Double
    public var end: Double

    public init(id: String, trips: Int, direction: Direction, links: [LinkID], begin: Double, end: Double) {
        self.id = id
        self.trips = trips
        self.direction = direction
        self.links = links
        self.begin = begin
        self.end = end
    }

    /// The event's trips (IDs `<id>.<n>`), given the run's other trips; the event links take turns, the other
    /// ends are drawn with `seed`. Empty when there are no other trips to draw from.
    public func generateTrips(besides others: [Trip], seed: UInt64) -> [Trip] {
        guard !others.isEmpty, trips > 0 else { return [] }
        var random = Xoshiro256StarStar(seed: seed, stream: id.stableHash)
        let spacing = (end - begin) / Double(trips)
        return (0..<trips).map { n in
            let other = others[Int(random.next() % UInt64(others.count))]
            let here = links[n % links.count]
            let departure = begin + (Double(n) + 0.5) * spacing
            switch direction {
            case .to:
                return Trip(id: "\(id).\(n)", origin: other.origin, destination: here, departure: departure)
            case .from:
                return Trip(id: "\(id).\(n)", origin: here, destination: other.destination, departure: departure)
            }
        }
    }
}

extension String {
    /// FNV-1a of the UTF-8 bytes: a hash that is the same in every process (`hashValue` is not).
    fileprivate var stableHash: UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x100_0000_01b3
        }
        return hash
    }
}

/// A measures file: `{ "measures": [ … ] }` (`MeasureRecord`).
public struct MeasuresDocument: Codable, Sendable, Hashable {
    public var measures: [MeasureRecord]

    public init(measures: [MeasureRecord]) { self.measures = measures }
}

extension Measure {
    /// A window as the terminal and `flowsim compare` show it: "300–600 s", or "from 300 s" for one that lasts to
    /// the end of the run (`end` +∞).
    public static func windowText(_ begin: Double, _ end: Double) -> String {
        end.isFinite
            ? "\(NumberFormat.trimmed(begin, 0))–\(NumberFormat.trimmed(end, 0)) s" : "from \(NumberFormat.trimmed(begin, 0)) s"
    }
}

extension Scenario {
    /// Adds the measures of a measures file — JSON or YAML `{ "measures": [ … ] }` as in a scenario file
    /// (`MeasureRecord`), paths relative to the file — to the scenario's (`flowsim run --measures`), so the same
    /// inputs run with and without them.
    public mutating func addMeasures(contentsOf url: URL) throws(ScenarioError) {
        let document: MeasuresDocument = try ScenarioFile.decodeStrictly(url)
        try resolveMeasures(document.measures, baseDirectory: url.deletingLastPathComponent(), path: url.path)
    }

    /// Resolves measure records on this scenario's network, plans and traffic lights and adds them to `measures`
    /// and `events`. Errors name the measure and the field.
    mutating func resolveMeasures(
        _ records: [MeasureRecord], baseDirectory: URL, path: String? = nil
    ) throws(ScenarioError) {
        var resolved: [Measure] = []
        var events: [EventDemand] = []
        var ids = Set(measures.map(\.id) + self.events.map(\.id))
        for (i, record) in records.enumerated() {
            let field = "measure '\(record.id)' (measures[\(i)])"
            func fail(_ message: String) -> ScenarioError { .invalidMeasure(path: path, measure: field, message: message) }
            guard !record.id.isEmpty else {
                throw .invalidMeasure(path: path, measure: "measures[\(i)]", message: "a measure needs an id")
            }
            guard ids.insert(record.id).inserted else { throw fail("the id is used by another measure") }
            guard MeasureRecord.kinds.contains(record.kind) else {
                throw fail("unknown kind '\(record.kind)' (one of \(MeasureRecord.kinds.joined(separator: ", ")))")
            }
            let begin = record.begin ?? 0
            let end = record.end ?? .infinity
            guard begin >= 0, end > begin else { throw fail("the window [\(begin), \(end)) s is empty or negative") }
            func links(_ names: [String]?, _ key: String, required: Bool = true) throws(ScenarioError) -> [LinkID] {
                guard let names, !names.isEmpty else {
                    if required { throw fail("'\(key)' must list at least one link") }
                    return []
                }
                var result: [LinkID] = []
                for name in names {
                    guard let link = network.link(named: name) else { throw fail("\(key): unknown link '\(name)'") }
                    result.append(link)
                }
                return result
            }
            func measure(_ action: Measure.Action) -> Measure {
                Measure(id: record.id, begin: begin, end: end, action: action)
            }
            switch record.kind {
            case "closure":
                resolved.append(measure(.closure(links: try links(record.links, "links"))))
            case "lane_closure":
                let closed = record.lanes ?? 1
                guard closed >= 1 else { throw fail("lanes \(closed) must be at least 1") }
                // One measure per lane count: the factor is (n − k) / n.
                var byLanes: [Int: [LinkID]] = [:]
                for link in try links(record.links, "links") {
                    let lanes = network[link].lanes
                    guard closed < lanes else {
                        throw fail("link '\(network[link].id)' has \(lanes) lane(s); closing \(closed) closes it (use kind 'closure')")
                    }
                    byLanes[lanes, default: []].append(link)
                }
                for (lanes, group) in byLanes.sorted(by: { $0.key < $1.key }) {
                    let f = Double(lanes - closed) / Double(lanes)
                    var m = measure(.capacity(links: group, factor: f, storageFactor: f))
                    if byLanes.count > 1 { m.id = "\(record.id)#\(lanes)-lane" }
                    resolved.append(m)
                }
            case "capacity":
                guard let factor = record.factor, factor > 0 else { throw fail("'factor' must be given and > 0") }
                resolved.append(
                    measure(
                        .capacity(
                            links: try links(record.links, "links"), factor: factor,
                            storageFactor: record.storageFactor ?? 1)))
            case "speed_limit":
                guard let kmh = record.speedKmh, kmh > 0 else { throw fail("'speed_kmh' must be given and > 0") }
                var limited = try links(record.links, "links", required: record.zone == nil)
                if let zone = record.zone {
                    let inside: [LinkID]
                do throws(ScenarioError) {
                    inside = try linksInside(zone: ScenarioFile.resolve(zone, against: baseDirectory).path)
                } catch {
                    throw fail("\(error)")
                }
                    guard !inside.isEmpty else { throw fail("zone \(zone): no link lies at least half inside its polygons") }
                    limited += inside.filter { !limited.contains($0) }
                }
                resolved.append(measure(.speedLimit(links: limited, speed: kmh / 3.6)))
            case "turn_ban":
                guard let turns = record.turns, !turns.isEmpty else { throw fail("'turns' must list at least one turn") }
                var movements: [MovementID] = []
                for turn in turns {
                    let pair = try links([turn.from, turn.to], "turns")
                    guard let m = network.movement(from: pair[0], to: pair[1]) else {
                        throw fail("turns: no movement from '\(turn.from)' to '\(turn.to)'")
                    }
                    movements.append(m)
                }
                resolved.append(measure(.turnBan(movements: movements)))
            case "signal_plan":
                guard let signals = record.signals else { throw fail("'signals' must name a signal file") }
                var changed = self
                do throws(SignalInputError) {
                    try changed.useSignals(contentsOf: ScenarioFile.resolve(signals, against: baseDirectory))
                } catch {
                    throw fail("\(error)")
                }
                let plans = changed.signalPlans.filter { signalPlans[$0.key] != $0.value }
                guard !plans.isEmpty else { throw fail("\(signals) changes no node's plan") }
                resolved.append(measure(.signalPlans(plans)))
            case "event":
                guard let trips = record.trips, trips > 0 else { throw fail("'trips' must be given and > 0") }
                guard record.end != nil else { throw fail("an event needs 'end_s' (its trips depart over the window)") }
                guard (record.to == nil) != (record.from == nil) else {
                    throw fail("give either 'to' (trips to the event) or 'from' (trips from it)")
                }
                let direction: EventDemand.Direction = record.to != nil ? .to : .from
                let eventLinks = try links(record.to ?? record.from, direction.rawValue)
                events.append(
                    EventDemand(id: record.id, trips: trips, direction: direction, links: eventLinks, begin: begin, end: end))
            case "detour":
                resolved.append(
                    measure(.detour(links: try links(record.links, "links"), via: try links(record.via, "via"))))
            default:
                throw fail("unknown kind '\(record.kind)'")
            }
        }
        for m in resolved {
            do throws(SimulationError) {
                try m.validate(in: network)
            } catch {
                throw .invalidMeasure(path: path, measure: "measure '\(m.id)'", message: "\(error)")
            }
        }
        measures += resolved
        self.events += events
    }

    /// Links with at least half their length inside the polygons of the layer at `location`, reprojected to the
    /// network's CRS when both are known.
    private func linksInside(zone location: String) throws(ScenarioError) -> [LinkID] {
        do {
            let layer = try VectorDataset.openLayer(location)
            let transformer: CoordinateTransformer? =
                if let crs, let layerCRS = layer.crs { try CoordinateTransformer(from: layerCRS, to: crs) } else { nil }
            let context = GeometryContext()
            var polygons: [(handle: GeometryHandle, prepared: PreparedGeometry)] = []
            for feature in try layer.features() {
                guard var geometry = feature.geometry, geometry.isPolygonal else { continue }
                if let transformer { geometry = try transformer.transform(geometry) }
                let handle = try context.handle(geometry)
                polygons.append((handle, try handle.prepared()))
            }
            guard !polygons.isEmpty else {
                throw ScenarioError.cannotRead(path: location, reason: "the zone layer has no polygon")
            }
            var inside: [LinkID] = []
            for (l, link) in network.links.enumerated() where link.geometry.count >= 2 {
                let line = try context.handle(link.lineString)
                let total = try line.length()
                guard total > 0 else { continue }
                var within = 0.0
                // The intersection only where the prepared polygon says the line touches it.
                for polygon in polygons where try polygon.prepared.intersects(line) {
                    within += try line.intersection(polygon.handle).length()
                }
                if within >= 0.5 * total { inside.append(LinkID(l)) }
            }
            return inside
        } catch let error as ScenarioError {
            throw error
        } catch {
            throw .cannotRead(path: location, reason: "\(error)")
        }
    }
}
