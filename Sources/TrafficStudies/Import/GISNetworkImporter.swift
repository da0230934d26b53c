import Foundation
import GeoCore
import TrafficCore

/// Imports a road network from a GIS line layer (GeoPackage, GeoJSON, Shapefile, … — anything GDAL reads)
/// through GeoCore.
///
/// Attribute table (missing columns and null values take the default):
///
/// | field | type | meaning | default |
/// |---|---|---|---|
/// | `id` | text or integer | link id along the geometry; the opposite direction is `-<id>` | `fid<FID>` |
/// | `from_node` | text or integer | node id at the first vertex | snapped (below) |
/// | `to_node` | text or integer | node id at the last vertex | snapped (below) |
/// | `lanes` | integer | lanes per direction | `defaultLanes` (1) |
/// | `speed_kmh` | number | free-flow speed in km/h | `defaultSpeedKmh` (50, StVO §3(3): built-up areas) |
/// | `oneway` | text or integer | `yes`/`true`/`1`: only along the geometry; `-1`/`reverse`: only against it; `no`/`false`/`0`: both | both |
/// | `capacity` | number | veh/h per direction, all lanes | lanes × `linkDefaults.capacityPerLane` |
/// | `priority` | integer | rank at junctions without signals: lower gives way to higher; equal ranks follow right before left up to 49 km/h (`JunctionControl.priority`) | 0 |
///
/// Geometry: a LineString, or a MultiLineString of one part, reprojected from the layer's CRS (or
/// `sourceCRS`) into `workingCRS`. Nodes sit at line ends: a named end node must lie within `snapTolerance`
/// of where that node was first placed; an unnamed end snaps to the nearest node within `snapTolerance`
/// (else it becomes a new node `n0`, `n1`, … in feature order). Ends are moved onto their nodes, then the
/// length is measured along the polyline — planar, in the working CRS's metres (in UTM that is the
/// grid length, which differs from the ground length by the scale factor, 0.9996 at the central meridian).
/// A line whose two ends fall on one node is split at its middle vertex (`<id>#0`, `<id>#1`).
/// Movements: every turn at every node except U-turns onto the same feature's other direction (unless
/// `allowUTurns`).
/// Every failure is an `ImportError` naming the feature (`id`, else `fid N`).
public struct GISNetworkImporter: Sendable {
    public var workingCRS: CoordinateReferenceSystem
    /// The CRS to assume when the layer declares none.
    public var sourceCRS: CoordinateReferenceSystem?
    /// Metres in the working CRS within which line ends share a node.
    public var snapTolerance: Double
    public var defaultLanes: Int
    public var defaultSpeedKmh: Double
    public var allowUTurns: Bool
    /// Saturation flow, jam density and the slow-road capacity rule.
    public var linkDefaults: LinkDefaults

    public init(
        workingCRS: CoordinateReferenceSystem = .etrs89UTM32, sourceCRS: CoordinateReferenceSystem? = nil,
        snapTolerance: Double = 0.5, defaultLanes: Int = 1, defaultSpeedKmh: Double = 50, allowUTurns: Bool = false,
        linkDefaults: LinkDefaults = LinkDefaults()
    ) {
        self.workingCRS = workingCRS
        self.sourceCRS = sourceCRS
        self.snapTolerance = snapTolerance
        self.defaultLanes = defaultLanes
        self.defaultSpeedKmh = defaultSpeedKmh
        self.allowUTurns = allowUTurns
        self.linkDefaults = linkDefaults
    }

    /// Reads `path` or `path:layer` (see `VectorSourceLocation`).
    public func importNetwork(from location: String) throws(ImportError) -> ImportedNetwork {
        let layer: VectorLayer
        do throws(GDALError) {
            layer = try VectorDataset.openLayer(location)
        } catch {
            throw .gdal(error)
        }
        return try importNetwork(layer: layer)
    }

    public func importNetwork(layer: VectorLayer) throws(ImportError) -> ImportedNetwork {
        let location = layer.dataset.location
        // Files by name (and layer, when one was named); connections by layer, never by connection string.
        let source =
            location.isConnection
            ? layer.name : (location.source as NSString).lastPathComponent + (location.layer.map { ":" + $0 } ?? "")
        guard let layerCRS = layer.crs ?? sourceCRS else { throw .missingCRS(source: source) }
        let features: [Feature]
        let transformer: CoordinateTransformer
        do throws(GDALError) {
            features = try layer.features()
        } catch {
            throw .gdal(error)
        }
        do throws(PROJError) {
            transformer = try CoordinateTransformer(from: layerCRS, to: workingCRS)
        } catch {
            throw .proj(error)
        }
        var assembler = RoadPieceAssembler(
            snapTolerance: snapTolerance, allowUTurns: allowUTurns, linkDefaults: linkDefaults)
        for feature in features {
            let id = feature["id"].flatMap(\.stringValue) ?? "fid\(feature.fid)"
            let location = ImportLocation(source: source, element: "feature", id: id)
            let fields = FieldReader(feature: feature, location: location)
            let vertices = try Self.vertices(of: feature.geometry, at: location)
            let line: [Coordinate]
            do throws(PROJError) {
                line = try transformer.transform(vertices)
            } catch {
                throw .proj(error)
            }
            let lanes = try fields.integer("lanes") ?? defaultLanes
            guard lanes >= 1 else { throw fields.invalid("lanes", expected: "an integer ≥ 1") }
            let speedKmh = try fields.number("speed_kmh") ?? defaultSpeedKmh
            guard speedKmh > 0 else { throw fields.invalid("speed_kmh", expected: "a speed > 0 km/h") }
            let capacity = try fields.number("capacity")
            if let capacity, capacity <= 0 { throw fields.invalid("capacity", expected: "veh/h > 0") }
            let rank = try fields.integer("priority") ?? 0
            try assembler.add(
                RoadPiece(
                    sourceID: id, linkID: id, line: line, fromNode: fields.text("from_node"),
                    toNode: fields.text("to_node"), direction: try fields.direction("oneway"), forwardLanes: lanes,
                    backwardLanes: lanes, forwardSpeed: speedKmh / 3.6, backwardSpeed: speedKmh / 3.6,
                    capacity: capacity,
                    location: location, rank: rank))
        }
        let (network, ids) = try assembler.build()
        return ImportedNetwork(network: network, linkIDs: ids, sourceLinks: assembler.sourceLinks, crs: workingCRS)
    }

    /// The vertices of a LineString or a one-part MultiLineString.
    static func vertices(of geometry: Geometry?, at location: ImportLocation) throws(ImportError) -> [Coordinate] {
        switch geometry {
        case .lineString(let line)?:
            guard line.coordinates.count >= 2 else { throw .invalidGeometry("fewer than two vertices", at: location) }
            return line.coordinates
        case .multiLineString(let multi)? where multi.lineStrings.count == 1:
            return try vertices(of: .lineString(multi.lineStrings[0]), at: location)
        case .multiLineString(let multi)?:
            throw .invalidGeometry(
                "a MultiLineString of \(multi.lineStrings.count) parts (one line per feature)", at: location)
        case let other?:
            throw .invalidGeometry("a \(other.typeName), not a line", at: location)
        case nil:
            throw .invalidGeometry("no geometry", at: location)
        }
    }
}

/// Typed reading of a feature's attributes, with errors that name the feature.
private struct FieldReader {
    let feature: Feature
    let location: ImportLocation

    func value(_ name: String) -> AttributeValue? {
        guard let value = feature[name], !value.isNull else { return nil }
        return value
    }

    func invalid(_ name: String, expected: String) -> ImportError {
        .invalidValue(attribute: name, value: value(name)?.stringValue ?? "null", expected: expected, at: location)
    }

    func text(_ name: String) -> String? {
        guard let text = value(name)?.stringValue, !text.isEmpty else { return nil }
        return text
    }

    func number(_ name: String) throws(ImportError) -> Double? {
        guard let value = value(name) else { return nil }
        if let number = value.doubleValue
            ?? value.stringValue.flatMap({ Double($0.trimmingCharacters(in: .whitespaces)) }),
            number.isFinite
        {
            return number
        }
        throw invalid(name, expected: "a number")
    }

    func integer(_ name: String) throws(ImportError) -> Int? {
        guard let number = try number(name) else { return nil }
        guard number == number.rounded(), abs(number) < 1e9 else { throw invalid(name, expected: "an integer") }
        return Int(number)
    }

    func direction(_ name: String) throws(ImportError) -> RoadPiece.Direction {
        guard let text = value(name)?.stringValue?.lowercased().trimmingCharacters(in: .whitespaces) else {
            return .both
        }
        switch text {
        case "yes", "true", "1", "1.0": return .forward
        case "-1", "reverse", "-1.0": return .backward
        case "no", "false", "0", "0.0", "": return .both
        default: throw invalid(name, expected: "yes, no or -1")
        }
    }
}
