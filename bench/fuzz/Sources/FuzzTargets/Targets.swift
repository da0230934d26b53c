// The fuzz targets: each reads one input the way the tools do and, when the input is accepted, checks properties
// that must hold for any accepted input. Refusing an input with an error is always fine; crashing, hanging,
// exhausting memory or breaking a property is a finding.
import Foundation
import GeoCore
import ParcelCheckKit
import TrafficCore
import TrafficStudies

enum FuzzTarget: String, CaseIterable {
    case parcelID = "parcel-id"
    case wkt
    case geojson
    case catalog
    case scenario
    case sumoNet = "sumo-net"
    case sumoRoutes = "sumo-routes"
    case xplan
    case areaKernel = "area-kernel"

    /// Opens what the target needs once per process.
    @MainActor func prepare(_ harness: Harness) {
        switch self {
        case .wkt, .geojson:
            let path = harness.fixtures.appendingPathComponent("sample-data/catalog.yaml").path
            do {
                let checker = try ParcelChecker(catalog: try Catalog.load(path: path))
                checker.layerJobs = 1
                harness.checker = checker
            } catch {
                violated("sample catalog not usable (run make sample-data first): \(error)")
            }
        case .scenario:
            for name in ["network.json", "signals.json"] {
                let source = harness.fixtures.appendingPathComponent("sample-data/parking/\(name)")
                guard let data = try? Data(contentsOf: source) else { violated("fixture \(source.path) missing") }
                _ = harness.file(name, data)
            }
        case .sumoRoutes:
            let net = harness.fixtures.appendingPathComponent("Tests/TrafficStudiesTests/Fixtures/crossing.net.xml")
            do {
                harness.network = try SUMONetworkImporter().importNetwork(contentsOf: net).network
            } catch {
                violated("fixture \(net.path) not importable: \(error)")
            }
        case .parcelID, .catalog, .sumoNet, .xplan, .areaKernel:
            break
        }
    }

    @MainActor func run(_ data: Data, harness: Harness) {
        switch self {
        case .parcelID: Self.parcelID(data)
        case .wkt:
            guard let geometry = try? Geometry(wkt: String(decoding: data, as: UTF8.self)) else { return }
            Self.check(geometry, crs: .etrs89UTM32, harness.checker!)
        case .geojson:
            guard let geometry = try? Geometry(geoJSONDocument: String(decoding: data, as: UTF8.self)) else { return }
            Self.check(geometry, crs: CoordinateReferenceSystem(unchecked: "EPSG:4326"), harness.checker!)
        case .catalog:
            let path = harness.file("catalog.yaml", data)
            guard let catalog = try? Catalog.load(path: path) else { return }
            _ = try? ParcelChecker(catalog: catalog)
        case .scenario: Self.scenario(data, harness: harness)
        case .sumoNet:
            guard let imported = try? SUMONetworkImporter().importNetwork(xml: data) else { return }
            Self.checkNetwork(imported.network)
        case .sumoRoutes: Self.routes(data, network: harness.network!)
        case .xplan: Self.xplan(data, harness: harness)
        case .areaKernel: Self.areaKernel(data)
        }
    }

    /// Two polygons from the bytes, on a grid that makes collinear edges, shared vertices and vertices on edges
    /// common: byte 0 = vertices of A (3–10), byte 1 = vertices of B, byte 2 = a perturbation mode, then a byte
    /// per coordinate (multiples of 1/8 m at 6 000 000 m; mode 1 moves B by 2⁻²⁰ m, mode 2 by one unit in the
    /// last place, mode 3 builds B with a hole). When GEOS calls both valid, `AreaKernel` must agree with GEOS:
    /// disjoint iff not intersecting, covered-by iff covered by, area within 1e-9 relative or 1e-6 m² of GEOS's
    /// area at 6 000 000 m or of GEOS's area of the pair moved to the origin (GEOS 3.11 itself can be off by a
    /// few µm² at large coordinates) — or hand the pair on (`nil`).
    static func areaKernel(_ data: Data) {
        let bytes = [UInt8](data)
        guard bytes.count >= 3 else { return }
        let n = 3 + Int(bytes[0] % 8), m = 3 + Int(bytes[1] % 8), mode = bytes[2] % 4
        guard bytes.count >= 3 + 2 * (n + m) else { return }
        func ring(_ from: Int, _ count: Int, shift: Double) -> [Coordinate] {
            var points = (0..<count).map { k in
                Coordinate(6e6 + Double(bytes[from + 2 * k]) / 8 + shift, 6e6 + Double(bytes[from + 2 * k + 1]) / 8)
            }
            points.append(points[0])
            return points
        }
        let shift = mode == 1 ? 0x1p-20 : mode == 2 ? (6e6).ulp : 0
        let a = Geometry.polygon(Polygon(exterior: ring(3, n, shift: 0)))
        var bPolygon = Polygon(exterior: ring(3 + 2 * n, m, shift: shift))
        if mode == 3 {
            // A hole: the shell scaled to a third around its first vertex, reversed.
            let c = bPolygon.exterior[0]
            bPolygon.holes = [bPolygon.exterior.reversed().map { Coordinate(c.x + ($0.x - c.x) / 3, c.y + ($0.y - c.y) / 3) }]
        }
        let b = Geometry.polygon(bPolygon)
        let ctx = GeometryContext()
        guard let ha = try? ctx.handle(a), let hb = try? ctx.handle(b), (try? ha.isValid()) == true,
            (try? hb.isValid()) == true, let sa = try? PolygonalShape(a), let sb = try? PolygonalShape(b)
        else { return }
        guard let outcome = AreaKernel.intersection(sa, sb) else { return }
        guard let intersects = try? ha.intersects(hb), let covered = try? ha.coveredBy(hb),
            let area = try? ha.intersection(hb).area()
        else { return }
        let context = "A \((try? ha.wkt()) ?? "?") B \((try? hb.wkt()) ?? "?") kernel \(outcome) GEOS area \(area)"
        if (outcome.relation == .disjoint) == intersects { violated("disjoint disagrees with GEOS: \(context)") }
        if (outcome.relation == .coveredBy) != covered { violated("covered-by disagrees with GEOS: \(context)") }
        if abs(outcome.area - area) > max(1e-6, 1e-9 * area) {
            // GEOS rounds too: its overlay of the same pair moved to the origin is the better-conditioned answer.
            let moved = { (g: Geometry) in g.mapCoordinates { Coordinate($0.x - 6e6, $0.y - 6e6) } }
            guard let ma = try? ctx.handle(moved(a)), let mb = try? ctx.handle(moved(b)),
                let atOrigin = try? ma.intersection(mb).area()
            else { return }
            if abs(outcome.area - atOrigin) > max(1e-6, 1e-9 * atOrigin) {
                violated("area disagrees with GEOS (also at the origin: \(atOrigin)): \(context)")
            }
        }
    }

    // MARK: Targets

    /// An accepted identifier reads back from its own Flurstückskennzeichen as the same parcel.
    static func parcelID(_ data: Data) {
        let text = String(decoding: data, as: UTF8.self)
        let table = GemarkungTable([.init(number: 2718, name: "Lüneburg"), .init(number: 2719, name: "Ochtmissen")])
        guard let id = try? ParcelIdentifier.parse(text, gemarkungen: table) else { return }
        guard let again = try? ParcelIdentifier(kennzeichen: id.kennzeichen), again == id else {
            violated("'\(text)' parsed to \(id.kennzeichen), which does not read back")
        }
        guard let reparsed = try? ParcelIdentifier.parse(id.kennzeichen, gemarkungen: table), reparsed == id else {
            violated("\(id.kennzeichen) is not accepted by parse")
        }
    }

    /// A checked geometry has finite figures within their ranges, and every output renders.
    static func check(_ geometry: Geometry, crs: CoordinateReferenceSystem, _ checker: ParcelChecker) {
        guard let outcome = try? checker.check(geometry: geometry, crs: crs) else { return }
        let report = outcome.report
        let area = report.parcel.areaM2
        guard area.isFinite, area >= 0 else { violated("parcel area \(area)") }
        for layer in report.layers {
            if let overlap = layer.overlapAreaM2, !(overlap.isFinite && overlap >= 0 && overlap <= area * (1 + 1e-9) + 1e-6) {
                violated("\(layer.layer): overlap \(overlap) m² of a \(area) m² parcel")
            }
            if let share = layer.overlapPercent, !(share.isFinite && share >= 0 && share <= 100) {
                violated("\(layer.layer): share \(share) %")
            }
        }
        _ = report.table()
        do {
            _ = try report.jsonData()
            _ = try outcome.geoJSON()
        } catch {
            violated("an accepted check does not encode: \(error)")
        }
        _ = outcome.mapSVG()
        _ = outcome.htmlReport()
    }

    /// A scenario that loads generates its trips within the bounds and, when small, runs with every trip
    /// accounted for.
    @MainActor static func scenario(_ data: Data, harness: Harness) {
        let first = data.first { !$0.isASCIIWhitespace }
        let path = harness.file(first == UInt8(ascii: "{") ? "scenario.json" : "scenario.yaml", data)
        guard let scenario = try? Scenario.load(path: path), let simulation = try? Simulation(scenario: scenario) else {
            return
        }
        guard simulation.trips.count <= Demand.maximumTrips else { violated("\(simulation.trips.count) trips") }
        guard scenario.configuration.duration <= 3_600, simulation.trips.count <= 2_000 else { return }
        let summary = simulation.run().summary
        let counted = summary.vehiclesDeparted + summary.vehiclesWaitingToDepart + summary.vehiclesUnroutable
            + summary.vehiclesScheduledAfterEnd
        guard counted == summary.tripsTotal else { violated("\(counted) trips accounted for of \(summary.tripsTotal)") }
    }

    /// Every imported link has a length, lanes and a speed the engine can use.
    static func checkNetwork(_ network: Network) {
        for link in network.links {
            guard link.length.isFinite, link.length > 0, link.length <= NetworkBuilder.longestLink else {
                violated("link \(link.id) length \(link.length)")
            }
            guard link.lanes >= 1, link.lanes <= NetworkBuilder.mostLanes else { violated("link \(link.id) lanes \(link.lanes)") }
            guard link.freeFlowSpeed.isFinite, link.freeFlowSpeed > 0 else {
                violated("link \(link.id) speed \(link.freeFlowSpeed)")
            }
        }
    }

    /// Demand read from a route file expands to at most the bounded number of trips, with departures in range;
    /// a small one runs.
    static func routes(_ data: Data, network: Network) {
        guard let demand = try? SUMODemandImporter(network: network).importDemand(xml: data).demand,
            let trips = try? demand.generateTrips(seed: 1, network: network)
        else { return }
        guard trips.count <= Demand.maximumTrips else { violated("\(trips.count) trips") }
        for trip in trips where !(trip.departure.isFinite && trip.departure >= 0 && trip.departure <= Demand.latestTime) {
            violated("trip \(trip.id) departs at \(trip.departure)")
        }
        guard trips.count <= 2_000, let simulation = try? Simulation(
            network: network, signalPlans: [:], trips: trips, configuration: .init(duration: 1_800))
        else { return }
        let summary = simulation.run().summary
        guard summary.vehiclesArrived <= summary.vehiclesDeparted else { violated("more arrived than departed") }
    }

    /// An imported plan has areas: every feature a non-empty geometry with a finite, positive area.
    @MainActor static func xplan(_ data: Data, harness: Harness) {
        let path = harness.file("plan.gml", data)
        guard let imported = try? XPlanImporter.read(path) else { return }
        let context = GeometryContext()
        for feature in imported.features {
            guard let geometry = feature.geometry, !geometry.isEmpty else { violated("feature \(feature.fid) without area") }
            guard let area = try? context.handle(geometry).area(), area.isFinite, area > 0 else {
                violated("feature \(feature.fid) area not finite and positive")
            }
        }
    }
}

extension UInt8 {
    fileprivate var isASCIIWhitespace: Bool { self == 0x20 || self == 0x09 || self == 0x0A || self == 0x0D }
}
