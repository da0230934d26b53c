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
        var otherRoads: [Feature] = []
        do throws(GDALError) {
            let dataset = try VectorDataset.open(VectorSourceLocation(path: path))
            let layer = try dataset.layer(named: "lines")
            let list = roadTypes.keys.sorted().map(VectorLayer.sqlLiteral).joined(separator: ",")
            features = try layer.features(where: "highway IN (\(list))")
            stopFeatures = try dataset.layer(named: "points").features(where: "highway = 'stop'")
            // Roads not imported (service roads, …): a stop sign where one joins an imported road is theirs.
            if !stopFeatures.isEmpty {
                otherRoads = try layer.features(where: "highway IS NOT NULL AND highway NOT IN (\(list))")
            }
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

        var otherVertices = Set<OSMGridPosition>()
        for feature in otherRoads {
            let location = ImportLocation(source: source, element: "way", id: feature["osm_id"]?.stringValue ?? "")
            for c in (try? GISNetworkImporter.vertices(of: feature.geometry, at: location)) ?? [] {
                otherVertices.insert(OSMGridPosition(c))
            }
        }
        let partLinks = Self.partLinkIDs(ways: ways, parts: parts, partCount: partCount)
        let stops = stopSigns(
            stopFeatures, parts: parts, projected: projected, partLinks: partLinks, otherRoads: otherVertices,
            source: source, warnings: &warnings)

        var assembler = RoadPieceAssembler(
            snapTolerance: 1e-6, allowUTurns: allowUTurns, linkDefaults: linkDefaults)
        var roadByWay: [Int: RoadAttributes] = [:]
        for (p, part) in parts.enumerated() {
            let way = ways[part.way]
            let road: RoadAttributes
            if let known = roadByWay[part.way] {
                road = known
            } else {
                road = attributes(of: way, warnings: &warnings)
                roadByWay[part.way] = road
            }
            try assembler.add(
                RoadPiece(
                    sourceID: way.id, linkID: partLinks[p], line: projected[p],
                    fromNode: Self.nodeName(part.line[0]), toNode: Self.nodeName(part.line[part.line.count - 1]),
                    direction: road.direction, forwardLanes: road.forwardLanes, backwardLanes: road.backwardLanes,
                    forwardSpeed: road.forwardSpeed, backwardSpeed: road.backwardSpeed, capacity: nil,
                    location: way.location, rank: road.rank))
        }
        // Of a sign's approaches, nearest first, the first the roads have (one-way roads have one direction).
        var stopLinks = Set<String>()
        for stop in stops.approaches {
            if let link = stop.candidates.first(where: assembler.hasLink) {
                stopLinks.insert(link)
            } else {
                let message = "stop sign on no approach the roads have (one way against it); left out"
                warnings.append(ImportWarning(message, at: stop.location))
            }
        }
        let (network, ids) = try assembler.build(stopLinks: stopLinks, stopNodes: stops.nodes)
        return ImportedNetwork(
            network: network, linkIDs: ids, sourceLinks: assembler.sourceLinks, crs: workingCRS, warnings: warnings)
    }

    /// The link id of each part: the way's id, or `<id>#k` for its k-th part when the way is split.
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

    /// Stop signs (`highway=stop` nodes, StVO Zeichen 206) and what they govern. Positions are compared on OSM's
    /// grid of 10⁻⁷ degrees (GDAL computes a node's position in the points and the lines layers apart, and in
    /// `.osm.pbf` files the two may differ in the last bit). A junction is a position where three or more road
    /// parts end; where two parts meet (a way split at a speed limit, a bridge) the road goes on.
    /// - On a junction: its approaches of lower rank (`RoadPieceAssembler.build`), all of them with `stop=all`.
    /// - On a road: the approach to the junction that `direction=forward`/`backward` names (along or against the
    ///   way), else to the nearer junction along the road (through the points where it goes on); of those, the
    ///   first the road has (`importNetwork`: a one-way road has one direction).
    /// - Where a road that is not imported joins (a service road), at a dead end, or on no imported road: left
    ///   out with a warning.
    /// `parts` are in lon/lat (positions are matched there), `projected` the same lines in metres (distances).
    private func stopSigns(
        _ features: [Feature], parts: [(way: Int, line: [Coordinate])], projected: [[Coordinate]], partLinks: [String],
        otherRoads: Set<OSMGridPosition>, source: String, warnings: inout [ImportWarning]
    ) -> (approaches: [(candidates: [String], location: ImportLocation)], nodes: [String: Bool]) {
        var approaches: [(candidates: [String], location: ImportLocation)] = []
        var nodes: [String: Bool] = [:]
        guard !features.isEmpty else { return (approaches, nodes) }
        var inner: [OSMGridPosition: (part: Int, vertex: Int)] = [:]
        var ends: [OSMGridPosition: [(part: Int, atStart: Bool)]] = [:]
        for (p, part) in parts.enumerated() {
            ends[OSMGridPosition(part.line[0]), default: []].append((p, true))
            ends[OSMGridPosition(part.line[part.line.count - 1]), default: []].append((p, false))
            for i in 1..<(part.line.count - 1) where part.line.count > 2 {
                inner[OSMGridPosition(part.line[i])] = (p, i)
            }
        }
        /// Metres along part `p` from vertex `from` to vertex `to`.
        func length(_ p: Int, _ from: Int, _ to: Int) -> Double {
            NetworkBuilder.polylineLength(Array(projected[p][from...to]))
        }
        /// From `offset` before the end of part `q` (driven along it when `forward`) on to the next junction,
        /// through the points where the road goes on: the distance and the link that reaches it; nil at a dead end.
        func approach(part q0: Int, forward f0: Bool, offset: Double) -> (distance: Double, link: String)? {
            var (q, forward, distance) = (q0, f0, offset)
            for _ in parts.indices {
                let line = parts[q].line
                let touching = ends[OSMGridPosition(forward ? line[line.count - 1] : line[0])] ?? []
                if touching.count >= 3 { return (distance, forward ? partLinks[q] : "-" + partLinks[q]) }
                guard touching.count == 2, let next = touching.first(where: { $0.part != q || $0.atStart == forward })
                else { return nil }
                (q, forward) = (next.part, next.atStart)
                distance += length(q, 0, parts[q].line.count - 1)
            }
            return nil
        }
        for feature in features {
            let id = feature["osm_id"]?.stringValue ?? "fid\(feature.fid)"
            let location = ImportLocation(source: source, element: "node", id: id)
            let tags = feature["other_tags"]?.stringValue.flatMap(OSMTags.parseHstore) ?? [:]
            guard case .point(let point)? = feature.geometry else {
                warnings.append(ImportWarning("stop sign without a position left out", at: location))
                continue
            }
            let key = OSMGridPosition(point.coordinate)
            var found: [(distance: Double, link: String)] = []
            if let touching = ends[key], touching.count >= 3 {
                let line = parts[touching[0].part].line
                let name = Self.nodeName(touching[0].atStart ? line[0] : line[line.count - 1])
                nodes[name] = nodes[name, default: false] || tags["stop"] == "all"
                continue
            } else if otherRoads.contains(key) {
                warnings.append(ImportWarning("stop sign where a road not imported joins left out", at: location))
                continue
            } else if let touching = ends[key], touching.count == 2 {
                // Where the road goes on: away from the point along either part.
                for end in touching {
                    let whole = length(end.part, 0, parts[end.part].line.count - 1)
                    if let a = approach(part: end.part, forward: end.atStart, offset: whole) { found.append(a) }
                }
            } else if let (p, i) = inner[key] {
                let last = parts[p].line.count - 1
                let directions: [Bool]
                switch tags["direction"] {
                case "forward": directions = [true]
                case "backward": directions = [false]
                default: directions = [true, false]
                }
                for forward in directions {
                    let offset = forward ? length(p, i, last) : length(p, 0, i)
                    if let a = approach(part: p, forward: forward, offset: offset) { found.append(a) }
                }
            } else {
                warnings.append(
                    ImportWarning("stop sign on no imported road (or at a dead end) left out", at: location))
                continue
            }
            guard !found.isEmpty else {
                warnings.append(ImportWarning("stop sign with no junction ahead left out", at: location))
                continue
            }
            approaches.append((found.sorted { $0.distance < $1.distance }.map(\.link), location))
        }
        return (approaches, nodes)
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

/// A position on OSM's grid of 10⁻⁷ degrees (lon, lat).
struct OSMGridPosition: Hashable {
    let x: Int64
    let y: Int64
    init(_ c: Coordinate) {
        x = Int64((c.x * 1e7).rounded())
        y = Int64((c.y * 1e7).rounded())
    }
}
