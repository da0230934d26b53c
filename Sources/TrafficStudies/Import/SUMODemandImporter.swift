import Foundation
import GeoCore
import TrafficCore

/// Demand read from a SUMO route or trip file, with link IDs resolved against a network.
public struct SUMODemand: Sendable {
    /// Trips (vehicles and trips, in file order) and flows.
    public var demand: Demand
    /// The full route of every vehicle, trip or flow that names one (`<route edges>` or `route="…"`), by its id;
    /// empty when `SUMODemandImporter.keepRoutes` is false. Trips and flows given only `from`/`to` have none.
    public var routes: [String: [LinkID]]
    /// Elements left out (persons, containers) and other substitutions.
    public var warnings: [ImportWarning]
    /// Every top-level `vType` and `vTypeDistribution` of the file as XML (its attributes and nested elements,
    /// in file order), for a route file made from this demand (`flowsim calibrate`'s `calibrated.rou.xml`) to
    /// define the `type`s its vehicles name.
    public var vehicleTypeDefinitions: [String] = []
}

/// Imports SUMO demand (`.rou.xml`, `.trips.xml`) for a network imported from the same `.net.xml`.
///
/// | SUMO | becomes |
/// |---|---|
/// | `<vehicle id depart>` with `<route edges>` or `route="id"` | a `Trip`: origin = first edge, destination = last |
/// | `type="…"` of a vehicle or trip | `Trip.vehicleType` (flows: not kept) |
/// | `<vehicle>`/`<trip id depart from to>` | a `Trip` from `from` to `to` (`via` is left to the router) |
/// | `<route id edges>` (top level) | a route that later vehicles and flows name |
/// | `<flow id begin end …>` with `from`/`to` or a route | a `Flow` from origin to destination |
///
/// Flow rates: `vehsPerHour` (uniform), `period="T"` (uniform, 3600/T veh/h), `period="exp(λ)"` (Poisson,
/// 3600·λ veh/h), `probability="p"` (a vehicle each second with probability p: Poisson at 3600·p veh/h),
/// `number="n"` (n vehicles evenly spread over [begin, end): uniform at n·3600/(end − begin) veh/h, the
/// window ending half a headway after the n-th departure so rounding cannot add one). SUMO's
/// defaults apply: `begin` 0, `end` 24 h. Times are seconds or `[d:]h:m:s` (as SUMO's `string2time`).
/// `vType` and `vTypeDistribution` are kept as XML only (`SUMODemand.vehicleTypeDefinitions`); `param` and vehicle
/// `stop`s are skipped; persons and containers (and their
/// plans) are skipped with a warning. A route's consecutive edges must be joined by a movement of the
/// network (`checkRouteConnectivity`). Every failure is an `ImportError` naming the element, its id and line.
public struct SUMODemandImporter: Sendable {
    public var network: Network
    /// Keep each vehicle's full route in `SUMODemand.routes`.
    public var keepRoutes: Bool
    /// Require a movement between consecutive route edges (`ImportError.unknownReference(kind: "movement")`).
    public var checkRouteConnectivity: Bool

    public init(network: Network, keepRoutes: Bool = true, checkRouteConnectivity: Bool = true) {
        self.network = network
        self.keepRoutes = keepRoutes
        self.checkRouteConnectivity = checkRouteConnectivity
    }

    public func importDemand(contentsOf url: URL) throws(ImportError) -> SUMODemand {
        let parser = SUMODemandParser(importer: self, source: url.lastPathComponent)
        try XMLElementReader.read(contentsOf: url, into: parser)
        return parser.result
    }

    public func importDemand(xml data: Data, source: String = "rou.xml") throws(ImportError) -> SUMODemand {
        let parser = SUMODemandParser(importer: self, source: source)
        try XMLElementReader.read(data: data, source: source, into: parser)
        return parser.result
    }

    /// Seconds from a SUMO time value: a number, or `[d:]h:m:s`.
    /// Seconds ≥ 0 and at most `Demand.latestTime`; nil for anything else (negative, `-0:00:05`, `1e308`, text).
    static func seconds(_ text: String) -> Double? {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        guard !trimmed.hasPrefix("-") else { return nil }
        var total = 0.0
        if let value = Double(trimmed) {
            total = value
        } else {
            let parts = trimmed.split(separator: ":", omittingEmptySubsequences: false)
            guard (3...4).contains(parts.count) else { return nil }
            let scales: [Double] = [86400, 3600, 60, 1].suffix(parts.count)
            for (part, scale) in zip(parts, scales) {
                guard !part.hasPrefix("-"), let value = Double(part), value >= 0 else { return nil }
                total += value * scale
            }
        }
        return total.isFinite && total >= 0 && total <= Demand.latestTime ? total : nil
    }
}

/// Reads a route file element by element for `SUMODemandImporter`.
final class SUMODemandParser: XMLElementHandler {
    private let importer: SUMODemandImporter
    let source: String
    private var trips: [Trip] = []
    private var flows: [Flow] = []
    private var routes: [String: [LinkID]] = [:]
    private var namedRoutes: [String: [LinkID]] = [:]
    private var ids: Set<String> = []
    private var skipped: [String: Int] = [:]
    private var stack: [String] = []
    /// The vehicle, trip or flow being read, and the nested route found in it.
    private var pending: (tag: XMLStartTag, route: [LinkID]?)?
    private var definitions: [String] = []
    /// The type definition being copied (a top-level `vType` or `vTypeDistribution` and what it holds), and how
    /// deep in it the reader is.
    private var copy = ""
    private var copyDepth = 0

    init(importer: SUMODemandImporter, source: String) {
        self.importer = importer
        self.source = source
    }

    var result: SUMODemand {
        let warnings = skipped.keys.sorted().map { element in
            ImportWarning(
                "\(skipped[element]!) skipped (not vehicle demand)",
                at: ImportLocation(source: source, element: element))
        }
        return SUMODemand(
            demand: Demand(trips: trips, flows: flows), routes: routes, warnings: warnings,
            vehicleTypeDefinitions: definitions)
    }

    static let personLike: Set<String> = ["person", "personFlow", "container", "containerFlow"]
    static let ignored: Set<String> = ["vType", "vTypeDistribution", "param", "stop"]

    /// Copies `tag` into `copy` when it is a top-level type definition or lies inside one.
    private func copyStart(_ tag: XMLStartTag) {
        guard copyDepth > 0 || (stack.count == 1 && (tag.name == "vType" || tag.name == "vTypeDistribution"))
        else { return }
        copyDepth += 1
        copy += "<" + tag.name
        for (name, value) in zip(tag.attributes.names, tag.attributes.values) {
            copy += " \(name)=\"\(SVGFormat.escaped(value))\""
        }
        copy += ">"
    }

    func start(_ tag: XMLStartTag) throws(ImportError) {
        copyStart(tag)
        defer { stack.append(tag.name) }
        let location = ImportLocation(source: source, element: tag.name, id: tag.attributes["id"], line: tag.line)
        guard let parent = stack.last else {
            guard tag.name == "routes" || tag.name == "additional" else { throw .unexpectedElement(location) }
            return
        }
        // Inside skipped elements (vType distributions, person plans) everything is skipped.
        if stack.dropFirst().contains(where: { Self.personLike.contains($0) || Self.ignored.contains($0) }) { return }
        if stack.count == 1 {
            switch tag.name {
            case "route": try defineRoute(tag)
            case "vehicle", "trip", "flow":
                let a = AttributeReader(tag, source: source)
                let id = try a.nonEmpty("id")
                guard ids.insert(tag.name + "\u{0}" + id).inserted else { throw .duplicateID(a.location) }
                pending = (tag, nil)
            case _ where Self.personLike.contains(tag.name): skipped[tag.name, default: 0] += 1
            case _ where Self.ignored.contains(tag.name): break
            case "routeDistribution": throw .unsupported("route distributions", at: location)
            default: throw .unexpectedElement(location)
            }
            return
        }
        // Children of a vehicle, trip or flow.
        guard let owner = pending, parent == owner.tag.name else { return }
        if tag.name == "route" {
            let vehicle = ImportLocation(
                source: source, element: owner.tag.name, id: owner.tag.attributes["id"], line: tag.line)
            let a = AttributeReader(tag, source: source, id: owner.tag.attributes["id"])
            pending!.route = try resolve(try a.string("edges"), at: vehicle)
        } else if !Self.ignored.contains(tag.name) {
            throw .unexpectedElement(location)
        }
    }

    func end(_ name: String) throws(ImportError) {
        if copyDepth > 0 {
            copy += "</\(name)>"
            copyDepth -= 1
            if copyDepth == 0 {
                definitions.append(copy)
                copy = ""
            }
        }
        stack.removeLast()
        guard stack.count == 1, let owner = pending, owner.tag.name == name else { return }
        pending = nil
        try finish(owner.tag, nestedRoute: owner.route)
    }

    private func defineRoute(_ tag: XMLStartTag) throws(ImportError) {
        let a = AttributeReader(tag, source: source)
        let id = try a.nonEmpty("id")
        guard namedRoutes[id] == nil else { throw .duplicateID(a.location) }
        namedRoutes[id] = try resolve(try a.string("edges"), at: a.location)
    }

    /// Link IDs of a space-separated edge list; unknown edges and (optionally) missing movements throw.
    private func resolve(_ edges: String, at location: ImportLocation) throws(ImportError) -> [LinkID] {
        var links: [LinkID] = []
        for name in edges.split(separator: " ") {
            guard let link = importer.network.link(named: String(name)) else {
                throw .unknownReference(kind: "edge", id: String(name), at: location)
            }
            if importer.checkRouteConnectivity, let previous = links.last,
                importer.network.movement(from: previous, to: link) == nil
            {
                throw .unknownReference(
                    kind: "movement", id: "\(importer.network[previous].id)→\(name)", at: location)
            }
            links.append(link)
        }
        guard !links.isEmpty else {
            throw .invalidValue(attribute: "edges", value: edges, expected: "at least one edge", at: location)
        }
        return links
    }

    private func finish(_ tag: XMLStartTag, nestedRoute: [LinkID]?) throws(ImportError) {
        let a = AttributeReader(tag, source: source)
        let id = tag.attributes["id"]!
        for unsupported in [
            "fromTaz", "toTaz", "fromJunction", "toJunction", "fromXY", "toXY", "fromLonLat", "toLonLat",
        ]
        where a[unsupported] != nil {
            throw .unsupported("'\(unsupported)' (only edges are resolved)", at: a.location)
        }
        var route = nestedRoute
        if route == nil, let name = a["route"] {
            guard let named = namedRoutes[name] else {
                throw .unknownReference(kind: "route", id: name, at: a.location)
            }
            route = named
        }
        let origin: LinkID
        let destination: LinkID
        if let route {
            origin = route[0]
            destination = route[route.count - 1]
            if importer.keepRoutes { routes[id] = route }
        } else {
            guard a["from"] != nil || a["to"] != nil else { throw .missingAttribute("route", at: a.location) }
            origin = try edge(a, "from")
            destination = try edge(a, "to")
        }
        if tag.name == "flow" {
            flows.append(try flow(a, id: id, origin: origin, destination: destination))
        } else {
            let departText = try a.string("depart")
            guard let depart = SUMODemandImporter.seconds(departText) else {
                throw a.invalid("depart", departText, expected: "a time in seconds or [d:]h:m:s, from 0 to 100000000 s")
            }
            trips.append(
                Trip(
                    id: id, origin: origin, destination: destination, departure: depart,
                    vehicleType: a["type"].flatMap { $0.isEmpty ? nil : $0 },
                    departLane: Self.departLane(a["departLane"])))
        }
    }

    /// SUMO's `departLane` as the engine follows it: `free`, `random` and `allowed` start on the emptiest lane,
    /// `first` on the rightmost; `best`, a lane number and no value on the emptiest lane along the route.
    static func departLane(_ text: String?) -> DepartLane {
        switch text {
        case "free", "random", "allowed": .free
        case "first": .first
        default: .best
        }
    }

    private func edge(_ a: AttributeReader, _ name: String) throws(ImportError) -> LinkID {
        let edge = try a.nonEmpty(name)
        guard let link = importer.network.link(named: edge) else {
            throw .unknownReference(kind: "edge", id: edge, at: a.location)
        }
        return link
    }

    private func time(_ a: AttributeReader, _ name: String, default value: Double) throws(ImportError) -> Double {
        guard let text = a[name] else { return value }
        guard let seconds = SUMODemandImporter.seconds(text) else {
            throw a.invalid(name, text, expected: "a time in seconds or [d:]h:m:s, from 0 to 100000000 s")
        }
        return seconds
    }

    private func flow(_ a: AttributeReader, id: String, origin: LinkID, destination: LinkID) throws(ImportError) -> Flow
    {
        let begin = try time(a, "begin", default: 0)
        var end = try time(a, "end", default: 86_400)  // SUMO: "if undefined, defaults to 24 hours"
        guard end > begin else {
            throw a.invalid("end", a["end"] ?? "86400", expected: "a time after begin (\(begin) s)")
        }
        let rates = ["vehsPerHour", "period", "probability", "number"].filter { a[$0] != nil }
        guard rates.count == 1 else {
            if rates.isEmpty { throw .missingAttribute("vehsPerHour, period, probability or number", at: a.location) }
            throw .invalidValue(
                attribute: rates.joined(separator: "+"), value: rates.map { a[$0]! }.joined(separator: ", "),
                expected: "exactly one of vehsPerHour, period, probability, number", at: a.location)
        }
        var distribution = DepartureDistribution.uniform
        let vehiclesPerHour: Double
        switch rates[0] {
        case "vehsPerHour":
            vehiclesPerHour = try a.double("vehsPerHour")
            guard vehiclesPerHour >= 0 else { throw a.invalid("vehsPerHour", a["vehsPerHour"]!, expected: "≥ 0") }
        case "period":
            let text = a["period"]!.trimmingCharacters(in: .whitespaces)
            if text.hasPrefix("exp("), text.hasSuffix(")"), let rate = Double(text.dropFirst(4).dropLast()), rate > 0 {
                vehiclesPerHour = 3600 * rate
                distribution = .poisson
            } else if let period = Double(text), period > 0, period.isFinite {
                vehiclesPerHour = 3600 / period
            } else {
                throw a.invalid("period", text, expected: "seconds > 0 or exp(rate)")
            }
        case "probability":
            let p = try a.double("probability")
            guard p > 0, p <= 1 else { throw a.invalid("probability", a["probability"]!, expected: "0 < p ≤ 1") }
            vehiclesPerHour = 3600 * p
            distribution = .poisson
        default:
            let n = try a.int("number")
            guard n >= 0 else { throw a.invalid("number", a["number"]!, expected: "≥ 0") }
            let headway = (end - begin) / Double(max(n, 1))
            vehiclesPerHour = n == 0 ? 0 : 3600 / headway
            // Departures at begin + k·headway, k < n: ending the window half a headway after the last one keeps
            // the count at n whichever way k·headway rounds (at `end` itself, 19 over 1000 s would give 20).
            if n > 0 { end = begin + (Double(n) - 0.5) * headway }
        }
        let expected = vehiclesPerHour * (end - begin) / 3600
        guard expected <= Double(Demand.maximumTrips) else {
            throw a.invalid(
                rates[0], a[rates[0]] ?? "",
                expected: "a flow of at most \(Demand.maximumTrips) vehicles (this one: \(Int(min(expected, 1e18))))")
        }
        return Flow(
            id: id, origin: origin, destination: destination, begin: begin, end: end, vehiclesPerHour: vehiclesPerHour,
            distribution: distribution, vehicleType: a["type"].flatMap { $0.isEmpty ? nil : $0 },
            departLane: Self.departLane(a["departLane"]))
    }
}

extension SUMODemand {
    /// The demand with every vehicle on the route the file gives it (`routes`, when it runs from the trip's
    /// origin to its destination), as SUMO drives them: `demand` alone carries trips without routes, and a route
    /// file (e.g. a calibrated `calibrated.rou.xml`) driven on flowsim's own routes instead is not the demand it
    /// describes. Flows stay without routes (the engine routes their vehicles).
    public var demandOnRoutes: Demand {
        var demand = demand
        for i in demand.trips.indices {
            let trip = demand.trips[i]
            if let route = routes[trip.id], route.first == trip.origin, route.last == trip.destination {
                demand.trips[i].route = route
            }
        }
        return demand
    }
}
