import Foundation
import GeoCore
import Support
import TrafficCore

/// Counting stations from a GIS point layer, each placed on the network link it counts.
///
/// The layer (GeoPackage, GeoJSON, … — anything GDAL reads; `path` or `path:layer`) has one point per station
/// and direction, with fields:
///
/// | field | meaning |
/// |---|---|
/// | `station` | the station id, as the count CSV names it (required) |
/// | `link` | the network link it counts; when present (not null, not empty) it wins |
/// | `bearing` | the direction of travel counted, degrees clockwise from north (0 north, 90 east) |
///
/// The counts themselves are not in the layer: a station has a time series, so they stay in a count CSV
/// (`station,begin,end,vehicles[,heavy_vehicles]`, no link column) that `TrafficCount.parseCSV(_:source:stations:)`
/// joins to the layer by station id.
///
/// Placing: a station without `link` goes to the link nearest to its point among those within `maxDistance`
/// whose direction there (the bearing of the link's nearest segment) differs from the station's bearing by
/// at most `bearingTolerance`; ties go to the smaller angle, then to the lower link index. On a two-way
/// street both directions are equally near, and the bearing picks one. Distances and bearings are measured
/// in the network's CRS (grid north in UTM differs from true north by the meridian convergence, under 3° in
/// Germany, far inside the tolerance).
///
/// Stations that cannot be placed are listed in `unplaced` with the reason; their counts are skipped. A layer
/// that cannot be read at all, and features without a station id, not a point, or with a bearing that is not
/// a number are errors naming the feature.
public struct CountStations: Sendable {
    /// A station on its link.
    public struct Placement: Sendable, Hashable {
        public var station: String
        /// The network link id.
        public var link: String
        /// Metres from the station's point to the link.
        public var distance: Double
        /// Degrees between the station's bearing and the link's direction; nil when the layer named the link.
        public var bearingDifference: Double?
        public var location: CountLocation
    }

    /// Why a station could not be placed.
    public enum Reason: Sendable, Hashable, CustomStringConvertible {
        /// Its `link` field names a link the network does not have.
        case unknownLink(String)
        /// It has neither a `link` nor a `bearing`.
        case noBearing
        /// No link passes within `maxDistance` metres; `nearest` is the nearest distance (nil: no links).
        case noLinkWithin(maxDistance: Double, nearest: Double?)
        /// Links pass within `maxDistance`, but none in the station's direction: `nearestLink` is the nearest of
        /// them and `nearestBearing` its direction there.
        case noLinkInDirection(bearing: Double, tolerance: Double, nearestLink: String, nearestBearing: Double)
        /// The station id is used by an earlier feature (that one is kept).
        case duplicateStation(first: CountLocation)

        public var description: String {
            switch self {
            case .unknownLink(let link): "no link '\(link)' in the network"
            case .noBearing: "neither a link nor a bearing"
            case .noLinkWithin(let limit, let nearest):
                "no link within \(NumberFormat.trimmed(limit)) m"
                    + (nearest.map { " (nearest \(NumberFormat.trimmed($0)) m)" } ?? " (the network has no links)")
            case .noLinkInDirection(let bearing, let tolerance, let link, let linkBearing):
                "no link nearby runs at \(NumberFormat.trimmed(bearing))° ± \(NumberFormat.trimmed(tolerance))° "
                    + "(the nearest, '\(link)', runs at \(NumberFormat.trimmed(linkBearing))°)"
            case .duplicateStation(let first): "station id already used at \(first)"
            }
        }
    }

    /// A station that could not be placed, and why.
    public struct Unplaced: Sendable, Hashable, CustomStringConvertible {
        public var station: String
        public var location: CountLocation
        public var reason: Reason

        public var description: String { "\(location): station '\(station)' not placed: \(reason)" }
    }

    /// Placed stations by station id.
    public var placed: [String: Placement]
    /// Stations that could not be placed, in layer order.
    public var unplaced: [Unplaced]

    /// Reads the station layer at `location` (`path` or `path:layer`) and places its stations on `network`,
    /// whose coordinates are in `crs`.
    ///
    /// - Parameters:
    ///   - maxDistance: metres from a station to the farthest link it may be placed on (default 30).
    ///   - bearingTolerance: degrees by which a link's direction may differ from the station's bearing
    ///     (default 45).
    /// - Throws: `CountError.input` when the layer cannot be read, has no CRS or cannot be reprojected;
    ///   `.invalidStation`, `.invalidNumber` for a feature that cannot be read.
    public static func load(
        _ location: String, network: Network, crs: CoordinateReferenceSystem, maxDistance: Double = 30,
        bearingTolerance: Double = 45
    ) throws(CountError) -> CountStations {
        let layer: VectorLayer
        do throws(GDALError) {
            layer = try VectorDataset.openLayer(location)
        } catch {
            throw .input(.gdal(error))
        }
        let place = layer.dataset.location
        let source =
            place.isConnection
            ? layer.name : (place.source as NSString).lastPathComponent + (place.layer.map { ":" + $0 } ?? "")
        guard let layerCRS = layer.crs else { throw .input(.missingCRS(source: source)) }
        var features: [Feature]
        do throws(GDALError) {
            features = try layer.features()
        } catch {
            throw .input(.gdal(error))
        }
        do throws(PROJError) {
            let transformer = try CoordinateTransformer(from: layerCRS, to: crs)
            for i in features.indices {
                features[i].geometry = try features[i].geometry.map { g throws(PROJError) in
                    try transformer.transform(g)
                }
            }
        } catch {
            throw .input(.proj(error))
        }
        return try CountStations(
            features: features, source: source, network: network, maxDistance: maxDistance,
            bearingTolerance: bearingTolerance)
    }

    /// Places the stations of `features`, whose points are in the network's CRS; `source` names the layer in
    /// messages. See `load(_:network:crs:maxDistance:bearingTolerance:)`.
    public init(
        features: [Feature], source: String, network: Network, maxDistance: Double = 30, bearingTolerance: Double = 45
    ) throws(CountError) {
        placed = [:]
        unplaced = []
        for feature in features {
            let fid = CountLocation(source: source, feature: "fid \(feature.fid)")
            guard let station = Self.text(feature, "station") else {
                throw .invalidStation("no station id", at: fid)
            }
            let location = CountLocation(source: source, feature: station)
            guard case .point(let point)? = feature.geometry else {
                throw .invalidStation(
                    "the geometry is \(feature.geometry.map { "a \($0.typeName)" } ?? "missing"), not a point",
                    at: location)
            }
            if let first = placed[station]?.location ?? unplaced.first(where: { $0.station == station })?.location {
                unplaced.append(Unplaced(station: station, location: location, reason: .duplicateStation(first: first)))
                continue
            }
            var bearing: Double? = nil
            if let text = Self.text(feature, "bearing") {
                bearing = try CountValidation.number(text, field: "bearing", at: location)
            }
            switch Self.place(
                point.coordinate, link: Self.text(feature, "link"), bearing: bearing, network: network,
                maxDistance: maxDistance, bearingTolerance: bearingTolerance)
            {
            case .success(let (link, distance, difference)):
                placed[station] = Placement(
                    station: station, link: network[link].id, distance: distance, bearingDifference: difference,
                    location: location)
            case .failure(let failure):
                unplaced.append(Unplaced(station: station, location: location, reason: failure.reason))
            }
        }
    }

    /// A reason as an `Error`, so that placing can return a `Result`.
    struct PlacementFailure: Error {
        var reason: Reason
    }

    /// The link a station at `point` counts: `link` when given, else the nearest link in direction `bearing`.
    static func place(
        _ point: Coordinate, link name: String?, bearing: Double?, network: Network, maxDistance: Double,
        bearingTolerance: Double
    ) -> Result<(LinkID, distance: Double, bearingDifference: Double?), PlacementFailure> {
        if let name {
            guard let link = network.link(named: name) else { return .failure(.init(reason: .unknownLink(name))) }
            return .success((link, nearestSegment(of: network[link].geometry, to: point)?.distance ?? 0, nil))
        }
        guard let bearing else { return .failure(.init(reason: .noBearing)) }
        var best: (link: LinkID, distance: Double, difference: Double)?
        var nearest: (link: LinkID, distance: Double, bearing: Double)?
        for index in network.links.indices {
            let link = LinkID(rawValue: Int32(index))
            guard let segment = nearestSegment(of: network[link].geometry, to: point) else { continue }
            if nearest == nil || segment.distance < nearest!.distance {
                nearest = (link, segment.distance, segment.bearing)
            }
            guard segment.distance <= maxDistance else { continue }
            let difference = angleBetween(segment.bearing, bearing)
            guard difference <= bearingTolerance else { continue }
            if best == nil || (segment.distance, difference) < (best!.distance, best!.difference) {
                best = (link, segment.distance, difference)
            }
        }
        if let best { return .success((best.link, best.distance, best.difference)) }
        guard let nearest, nearest.distance <= maxDistance else {
            return .failure(.init(reason: .noLinkWithin(maxDistance: maxDistance, nearest: nearest?.distance)))
        }
        return .failure(
            .init(
                reason: .noLinkInDirection(
                    bearing: normalized(bearing), tolerance: bearingTolerance, nearestLink: network[nearest.link].id,
                    nearestBearing: nearest.bearing)))
    }

    /// The segment of `line` nearest to `point` (the first of equally near ones; zero-length segments have no
    /// direction and are skipped): its distance and its bearing, degrees clockwise from north (the +y axis).
    static func nearestSegment(of line: [Coordinate], to point: Coordinate) -> (distance: Double, bearing: Double)? {
        var result: (distance: Double, bearing: Double)?
        for k in line.indices.dropFirst() {
            let a = line[k - 1]
            let b = line[k]
            guard a != b else { continue }
            let distance = ParkingSupply.segmentDistance(point, a, b)
            if result == nil || distance < result!.distance {
                result = (distance, normalized(atan2(b.x - a.x, b.y - a.y) * 180 / .pi))
            }
        }
        return result
    }

    /// `degrees` in [0, 360).
    static func normalized(_ degrees: Double) -> Double {
        let value = degrees.truncatingRemainder(dividingBy: 360)
        return value < 0 ? value + 360 : value
    }

    /// The angle between two bearings, 0…180 degrees.
    static func angleBetween(_ a: Double, _ b: Double) -> Double {
        let difference = abs(normalized(a) - normalized(b))
        return min(difference, 360 - difference)
    }

    private static func text(_ feature: Feature, _ name: String) -> String? {
        guard let value = feature[name], !value.isNull, let text = value.stringValue, !text.isEmpty else { return nil }
        return text
    }
}
