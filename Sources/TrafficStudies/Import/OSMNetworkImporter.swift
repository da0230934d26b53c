import Foundation
import GeoCore
import TrafficCore

/// Imports the roads of an OpenStreetMap file (`.osm` XML or `.osm.pbf`) through GDAL's OSM driver.
///
/// Reads the `lines` layer (one feature per way; `osm_id`, `highway` and the other tags in the hstore
/// field `other_tags`) for the `highway` values in `roadTypes`, and per way:
/// - **Direction**: `oneway` (yes/true/1, -1/reverse, no/false/0); without it, one way on `junction=roundabout`
///   or `circular` and where the type says so (motorways), else both. Other values (`reversible`) count as
///   both, with a warning. The link along the way is `<id>`, the one against it `-<id>` (netconvert's names).
/// - **Lanes** per direction: on a one-way road `lanes`; on a two-way road `lanes:forward`/`lanes:backward`,
///   else `lanes` split ⌈n/2⌉ forward and the rest (at least 1) backward; else the type's default.
/// - **Speed**: `maxspeed:forward`/`:backward`, else `maxspeed` (km/h, `mph`, or implicit values such as
///   `DE:urban` = 50, `DE:zone30` = 30, `walk` = 7; `none`/`signals` take the default), else the type's
///   default. Unreadable values take the default with a warning. See `OSMRoadType` for the defaults table.
///
/// Coordinates (lon/lat, EPSG:4326) are reprojected into `workingCRS` with `CoordinateTransformer`; lengths
/// are planar along the reprojected polyline.
///
/// **Junctions.** GDAL's lines layer gives whole ways without node ids, so intersections are found by vertex
/// matching: a way is split wherever one of its inner vertices has exactly the coordinates of a vertex of
/// another way (or of itself again); OSM ways that meet share a node, and a shared node has one position.
/// Geometric noding (GEOS) would instead also split bridges over roads, which share no node. Parts are named
/// `<id>#0`, `<id>#1`, … (netconvert's names) when a way is split. A closed part (a roundabout touched by one
/// road) is split at its middle vertex. Nodes are named by their position, `"<lon>,<lat>"` with 7 decimals
/// (OSM's precision). Movements: every turn except U-turns onto the other direction of the same way part
/// (unless `allowUTurns`); going round a split roundabout is a turn, not a U-turn. Stop signs: `highway=stop`
/// nodes of the `points` layer (see `stopSigns`).
public struct OSMNetworkImporter: Sendable {
    public var workingCRS: CoordinateReferenceSystem
    /// The `highway` values to import, with their defaults.
    public var roadTypes: [String: OSMRoadType]
    public var allowUTurns: Bool
    /// Saturation flow, jam density and the slow-road capacity rule.
    public var linkDefaults: LinkDefaults

    public init(
        workingCRS: CoordinateReferenceSystem = .etrs89UTM32,
        roadTypes: [String: OSMRoadType] = OSMRoadType.defaultSelection,
        allowUTurns: Bool = false, linkDefaults: LinkDefaults = LinkDefaults()
    ) {
        self.workingCRS = workingCRS
        self.roadTypes = roadTypes
        self.allowUTurns = allowUTurns
        self.linkDefaults = linkDefaults
    }

    private struct Way {
        var id: String
        var highway: String
        var tags: [String: String]
        var vertices: [Coordinate]  // lon/lat, consecutive duplicates removed
        var location: ImportLocation
    }

    /// Reads the OSM file at `path`.
    /// - Complexity: one pass over the highway ways; O(vertices) for splitting with a hash of positions.
    public func importNetwork(contentsOf path: String) throws(ImportError) -> ImportedNetwork {
        let source = (path as NSString).lastPathComponent
        guard !roadTypes.isEmpty else {
            throw .invalidValue(
                attribute: "roadTypes", value: "", expected: "at least one highway type",
                at: ImportLocation(source: source, element: "importer"))
        }
        let features: [Feature]
        let stopFeatures: [Feature]
        do throws(GDALError) {
            let dataset = try VectorDataset.open(VectorSourceLocation(path: path))
            let layer = try dataset.layer(named: "lines")
            let list = roadTypes.keys.sorted().map(VectorLayer.sqlLiteral).joined(separator: ",")
            features = try layer.features(where: "highway IN (\(list))")
            stopFeatures = try dataset.layer(named: "points").features(where: "highway = 'stop'")
        } catch {
            // GDAL's node index (OSM_USE_CUSTOM_INDEXING, on by default) needs node ids in increasing order.
            if error.description.contains("OSM_USE_CUSTOM_INDEXING") {
                throw .unsupported(
                    "node ids not in increasing order; GDAL's OSM driver reads such files with the environment "
                        + "variable OSM_USE_CUSTOM_INDEXING=NO", at: ImportLocation(source: source, element: "osm"))
            }
            throw .gdal(error)
        }

        var warnings: [ImportWarning] = []
        var ways: [Way] = []
        for feature in features {
            guard let id = feature["osm_id"]?.stringValue, let highway = feature["highway"]?.stringValue else {
                throw .missingAttribute(
                    "osm_id", at: ImportLocation(source: source, element: "way", id: "fid\(feature.fid)"))
            }
            let location = ImportLocation(source: source, element: "way", id: id)
            var tags: [String: String] = [:]
            if let other = feature["other_tags"]?.stringValue {
                guard let parsed = OSMTags.parseHstore(other) else {
                    throw .invalidValue(
                        attribute: "other_tags", value: other, expected: "GDAL's \"k\"=>\"v\" list", at: location)
                }
                tags = parsed
            }
            var vertices: [Coordinate] = []
            for c in try GISNetworkImporter.vertices(of: feature.geometry, at: location) where c != vertices.last {
                vertices.append(c)
            }
            guard vertices.count >= 2 else {
                warnings.append(ImportWarning("way with fewer than two distinct positions left out", at: location))
                continue
            }
            ways.append(Way(id: id, highway: highway, tags: tags, vertices: vertices, location: location))
        }

        // Positions used more than once (by two ways, or twice by one) are junctions.
        var uses: [Coordinate: Int] = [:]
        for way in ways {
            for c in way.vertices { uses[c, default: 0] += 1 }
        }
        var parts: [(way: Int, line: [Coordinate])] = []
        var partCount: [Int] = Array(repeating: 0, count: ways.count)
        for (w, way) in ways.enumerated() {
            let before = parts.count
            var start = 0
            for i in 1..<way.vertices.count where i == way.vertices.count - 1 || uses[way.vertices[i]]! > 1 {
                var line = Array(way.vertices[start...i])
                if line.first == line.last {
                    // A closed part: two links meeting at its middle vertex.
                    let middle = line.count / 2
                    parts.append((w, Array(line[...middle])))
                    line = Array(line[middle...])
                }
                parts.append((w, line))
                start = i
            }
            partCount[w] = parts.count - before
        }

        // Reproject every vertex in one PROJ call.
        var projected: [[Coordinate]] = []
        do throws(PROJError) {
            let transformer = try CoordinateTransformer(from: .wgs84, to: workingCRS)
            let flat = try transformer.transform(parts.flatMap(\.line))
            var next = 0
            for part in parts {
                projected.append(Array(flat[next..<next + part.line.count]))
                next += part.line.count
            }
        } catch {
            throw .proj(error)
        }

        let stops = stopSigns(
            stopFeatures, parts: parts, partLinks: Self.partLinkIDs(ways: ways, parts: parts, partCount: partCount),
            uses: uses, source: source, warnings: &warnings)

        var assembler = RoadPieceAssembler(
            snapTolerance: 1e-6, allowUTurns: allowUTurns, linkDefaults: linkDefaults)
        var roadByWay: [Int: RoadAttributes] = [:]
        var index: [Int: Int] = [:]
        for (p, part) in parts.enumerated() {
            let way = ways[part.way]
            let road: RoadAttributes
            if let known = roadByWay[part.way] {
                road = known
            } else {
                road = attributes(of: way, warnings: &warnings)
                roadByWay[part.way] = road
            }
            let k = index[part.way, default: 0]
            index[part.way] = k + 1
            try assembler.add(
                RoadPiece(
                    sourceID: way.id, linkID: partCount[part.way] == 1 ? way.id : "\(way.id)#\(k)", line: projected[p],
                    fromNode: Self.nodeName(part.line[0]), toNode: Self.nodeName(part.line[part.line.count - 1]),
                    direction: road.direction, forwardLanes: road.forwardLanes, backwardLanes: road.backwardLanes,
                    forwardSpeed: road.forwardSpeed, backwardSpeed: road.backwardSpeed, capacity: nil,
                    location: way.location, rank: road.rank))
        }
        let (network, ids) = try assembler.build(stopLinks: Set(stops.links.keys), stopNodes: stops.nodes)
        for (link, location) in stops.links.sorted(by: { $0.key < $1.key }) where ids[link] == nil {
            warnings.append(
                ImportWarning("stop sign for link '\(link)', which the road does not have (one way); left out", at: location))
        }
        return ImportedNetwork(
            network: network, linkIDs: ids, sourceLinks: assembler.sourceLinks, crs: workingCRS, warnings: warnings)
    }

    /// The link id of each part as `importNetwork` names it: the way's id, or `<id>#k` when the way is split.
    private static func partLinkIDs(
        ways: [Way], parts: [(way: Int, line: [Coordinate])], partCount: [Int]
    ) -> [String] {
        var index: [Int: Int] = [:]
        return parts.map { part in
            let k = index[part.way, default: 0]
            index[part.way] = k + 1
            return partCount[part.way] == 1 ? ways[part.way].id : "\(ways[part.way].id)#\(k)"
        }
    }

    /// Stop signs (`highway=stop` nodes, StVO Zeichen 206) and what they govern. On a junction node (a position
    /// shared by roads): its approaches of lower rank (`RoadPieceAssembler.build`), or all of them with
    /// `stop=all`. On a road's inner node: the approach towards the junction that `direction=forward`/`backward`
    /// names, else towards the nearer end of the road part. Any other stop sign (on no imported road, at a
    /// road's dead end) is left out with a warning.
    private func stopSigns(
        _ features: [Feature], parts: [(way: Int, line: [Coordinate])], partLinks: [String],
        uses: [Coordinate: Int], source: String, warnings: inout [ImportWarning]
    ) -> (links: [String: ImportLocation], nodes: [String: Bool]) {
        var links: [String: ImportLocation] = [:]
        var nodes: [String: Bool] = [:]
        guard !features.isEmpty else { return (links, nodes) }
        // Inner vertices of the parts: (part, position along it).
        var inner: [Coordinate: (part: Int, vertex: Int)] = [:]
        for (p, part) in parts.enumerated() where part.line.count > 2 {
            for i in 1..<(part.line.count - 1) { inner[part.line[i]] = (p, i) }
        }
        for feature in features {
            let id = feature["osm_id"]?.stringValue ?? "fid\(feature.fid)"
            let location = ImportLocation(source: source, element: "node", id: id)
            let tags = feature["other_tags"]?.stringValue.flatMap(OSMTags.parseHstore) ?? [:]
            guard case .point(let point)? = feature.geometry else {
                warnings.append(ImportWarning("stop sign without a position left out", at: location))
                continue
            }
            let c = point.coordinate
            if uses[c, default: 0] > 1 {
                let name = Self.nodeName(c)
                nodes[name] = nodes[name, default: false] || tags["stop"] == "all"
                continue
            }
            guard let (p, i) = inner[c] else {
                warnings.append(ImportWarning("stop sign on no imported road (or at a dead end) left out", at: location))
                continue
            }
            let line = parts[p].line
            let east = cos(c.y * .pi / 180)  // degrees of longitude are shorter than those of latitude
            func along(_ range: Range<Int>) -> Double {
                range.reduce(0) { sum, k in
                    let dx = (line[k + 1].x - line[k].x) * east
                    let dy = line[k + 1].y - line[k].y
                    return sum + (dx * dx + dy * dy).squareRoot()
                }
            }
            let forward: Bool
            switch tags["direction"] {
            case "forward": forward = true
            case "backward": forward = false
            default: forward = along(i..<(line.count - 1)) <= along(0..<i)
            }
            links[forward ? partLinks[p] : "-" + partLinks[p]] = location
        }
        return (links, nodes)
    }

    /// `"<lon>,<lat>"` with 7 decimals.
    static func nodeName(_ c: Coordinate) -> String { String(format: "%.7f,%.7f", c.x, c.y) }

    private struct RoadAttributes {
        var direction: RoadPiece.Direction
        var forwardLanes: Int
        var backwardLanes: Int
        var forwardSpeed: Double
        var backwardSpeed: Double
        /// Priority at unsignalised junctions (`OSMRoadType.priorityRank`).
        var rank: Int
    }

    private func attributes(of way: Way, warnings: inout [ImportWarning]) -> RoadAttributes {
        let type = roadTypes[way.highway]!
        func warn(_ key: String, _ value: String, _ taken: String) {
            warnings.append(ImportWarning("\(key)=\(value) not understood; \(taken)", at: way.location))
        }
        var direction: RoadPiece.Direction = type.oneway ? .forward : .both
        var rank = OSMRoadType.priorityRank(highway: way.highway)
        if let junction = way.tags["junction"], junction == "roundabout" || junction == "circular" {
            direction = .forward
            rank = OSMRoadType.roundaboutRank
        }
        if let raw = way.tags["oneway"] {
            if let parsed = OSMTags.oneway(raw) {
                direction = parsed
            } else {
                warn("oneway", raw, "both directions")
                direction = .both
            }
        }
        func lanes(_ key: String) -> Int? {
            guard let raw = way.tags[key] else { return nil }
            guard let value = OSMTags.lanes(raw) else {
                warn(key, raw, "ignored")
                return nil
            }
            return value
        }
        let total = lanes("lanes")
        var forward = type.lanes
        var backward = type.lanes
        switch direction {
        case .forward: forward = total ?? type.lanes
        case .backward: backward = total ?? type.lanes
        case .both:
            forward = lanes("lanes:forward") ?? total.map { max(1, ($0 + 1) / 2) } ?? type.lanes
            backward = lanes("lanes:backward") ?? total.map { max(1, $0 - forward) } ?? type.lanes
        }
        func speed(_ key: String) -> Double? {
            guard let raw = way.tags[key] else { return nil }
            switch OSMTags.speed(raw) {
            case .kmh(let v): return v
            case .typeDefault: return Double?.none
            case .invalid:
                warn(key, raw, "\(type.speedKmh) km/h (highway=\(way.highway))")
                return nil
            }
        }
        let general = speed("maxspeed") ?? type.speedKmh
        return RoadAttributes(
            direction: direction, forwardLanes: forward, backwardLanes: backward,
            forwardSpeed: (speed("maxspeed:forward") ?? general) / 3.6,
            backwardSpeed: (speed("maxspeed:backward") ?? general) / 3.6, rank: rank)
    }
}
