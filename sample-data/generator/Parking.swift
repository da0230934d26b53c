import GeoCore

/// The inner-city street network and parking supply of the sample (EPSG:25832), for `flowsim parking`:
///
/// - `strassen`: a 6 × 6 street grid (160 m blocks, corners jittered by up to 15 m) around the centre, the
///   outer ring at 50 km/h and two-way, inner streets at 30 km/h with a few one-way streets, plus four
///   800 m approach roads `rN`, `rE`, `rS`, `rW` drawn inwards (so `r*` leads in, `-r*` out). Attributes
///   as `GISNetworkImporter` documents: `id`, `from_node`, `to_node`, `lanes`, `speed_kmh`, `oneway`.
///   Horizontal streets are `h_<row>_<col>`, vertical ones `v_<row>_<col>` (from the node named).
/// - `parken_strasse`: on-street segments (3-vertex lines along their street) with spaces per category in
///   columns `general`, `residents`, `disabled`, `delivery`, `taxi`, `bus_lorry`, `bicycle`, `e_charging`;
///   most name their street in `street_id`, some leave it null to be matched to the nearest link.
/// - `parkhaeuser`: car parks (points beside a street; `entrance` named for some, nearest link for the
///   others) with capacity, opening hours and price, and two Park and Ride sites at approach roads.
///
/// Drawn from its own generator so the older layers stay byte-for-byte the same.
struct ParkingSampleGenerator {
    var random: SampleRandom
    static let size = 6
    static let spacing = 160.0
    static let origin = Coordinate(594_350 - 2.5 * 160, 5_901_100 - 2.5 * 160)

    mutating func layers() -> [SampleLayer] {
        let n = Self.size
        var nodes: [[Coordinate]] = []
        for r in 0..<n {
            var row: [Coordinate] = []
            for c in 0..<n {
                let x = Self.origin.x + Double(c) * Self.spacing + random.uniform(-15, 15)
                let y = Self.origin.y + Double(r) * Self.spacing + random.uniform(-15, 15)
                row.append(Coordinate(x.rounded(), y.rounded()))
            }
            nodes.append(row)
        }
        var streets: [Feature] = []
        var inner: [(id: String, a: Coordinate, b: Coordinate)] = []
        func street(_ id: String, _ a: (Int, Int), _ b: (Int, Int)) {
            let ring = a.0 == 0 && b.0 == 0 || a.0 == n - 1 && b.0 == n - 1 || a.1 == 0 && b.1 == 0
                || a.1 == n - 1 && b.1 == n - 1
            let oneway = !ring && random.chance(0.2)
            let p = nodes[a.0][a.1]
            let q = nodes[b.0][b.1]
            streets.append(
                Feature(
                    geometry: .lineString(LineString([p, q])),
                    orderedAttributes: [
                        ("id", .string(id)), ("from_node", .string("k_\(a.0)_\(a.1)")),
                        ("to_node", .string("k_\(b.0)_\(b.1)")), ("lanes", .integer(1)),
                        ("speed_kmh", .real(ring ? 50 : 30)), ("oneway", .string(oneway ? "yes" : "no")),
                    ]))
            inner.append((id, p, q))
        }
        for r in 0..<n {
            for c in 0..<n {
                if c + 1 < n { street("h_\(r)_\(c)", (r, c), (r, c + 1)) }
                if r + 1 < n { street("v_\(r)_\(c)", (r, c), (r + 1, c)) }
            }
        }
        let mid = n / 2
        let approaches: [(String, (Int, Int), Coordinate)] = [
            ("rN", (n - 1, mid), Coordinate(0, 800)), ("rS", (0, mid), Coordinate(0, -800)),
            ("rW", (mid, 0), Coordinate(-800, 0)), ("rE", (mid, n - 1), Coordinate(800, 0)),
        ]
        for (id, node, offset) in approaches {
            let end = nodes[node.0][node.1]
            let start = Coordinate(end.x + offset.x, end.y + offset.y)
            streets.append(
                Feature(
                    geometry: .lineString(LineString([start, end])),
                    orderedAttributes: [
                        ("id", .string(id)), ("from_node", .string("A_\(id)")),
                        ("to_node", .string("k_\(node.0)_\(node.1)")), ("lanes", .integer(1)), ("speed_kmh", .real(50)),
                        ("oneway", .string("no")),
                    ]))
        }

        var segments: [Feature] = []
        for (k, s) in inner.enumerated() where random.chance(0.85) {
            let f0 = random.uniform(0.1, 0.3)
            let f1 = random.uniform(0.7, 0.9)
            func at(_ f: Double) -> Coordinate {
                Coordinate((s.a.x + f * (s.b.x - s.a.x)).rounded(), (s.a.y + f * (s.b.y - s.a.y)).rounded())
            }
            let length = (f1 - f0) * Self.spacing
            let spaces = Int(length / 5.5)  // one parallel space per 5.5 m, one side
            func some(_ p: Double, _ range: ClosedRange<Int>) -> AttributeValue {
                random.chance(p) ? .integer(Int64(random.int(range))) : .null
            }
            let disabled = some(0.3, 1...2)
            let delivery = some(0.25, 1...2)
            let residents = some(0.3, 3...8)
            let taxi = some(0.05, 2...3)
            let charging = some(0.15, 1...2)
            let bicycle = some(0.2, 6...12)
            segments.append(
                Feature(
                    geometry: .lineString(LineString([at(f0), at((f0 + f1) / 2), at(f1)])),
                    orderedAttributes: [
                        ("id", .string("ps\(k)")), ("street_id", random.chance(0.85) ? .string(s.id) : .null),
                        ("general", .integer(Int64(max(2, spaces - 3)))), ("residents", residents),
                        ("disabled", disabled), ("delivery", delivery), ("taxi", taxi), ("bus_lorry", .null),
                        ("bicycle", bicycle), ("e_charging", charging),
                    ]))
        }

        var carParks: [Feature] = []
        let sites: [(String, String, Int, Bool)] = [
            ("P-Am-Sande", "h_2_1", 420, true), ("P-Rathaus", "v_3_3", 280, false),
            ("P-Lambertiplatz", "h_1_3", 350, true), ("P-Bahnhof", "v_1_4", 600, false),
        ]
        for (id, streetID, capacity, named) in sites {
            let s = inner.first { $0.id == streetID }!
            let p = Coordinate(((s.a.x + s.b.x) / 2 + 12).rounded(), ((s.a.y + s.b.y) / 2 + 12).rounded())
            carParks.append(
                Feature(
                    geometry: .point(Point(p)),
                    orderedAttributes: [
                        ("id", .string(id)), ("capacity", .integer(Int64(capacity))), ("opens", .string("07:00")),
                        ("closes", .string(random.chance(0.5) ? "23:00" : "24:00")),
                        ("price_per_hour", .real((random.uniform(1.5, 2.5) * 10).rounded() / 10)),
                        ("park_and_ride", .integer(0)), ("entrance", named ? .string(streetID) : .null),
                    ]))
        }
        for (id, approach) in [("PR-Nord", "rN"), ("PR-West", "rW")] {
            let a = streets.first { $0["id"]?.stringValue == approach }!
            guard case .lineString(let line)? = a.geometry else { continue }
            let p = Coordinate(line.coordinates[0].x + 20, line.coordinates[0].y + 20)
            carParks.append(
                Feature(
                    geometry: .point(Point(p)),
                    orderedAttributes: [
                        ("id", .string(id)), ("capacity", .integer(300)), ("opens", .null), ("closes", .null),
                        ("price_per_hour", .real(0)), ("park_and_ride", .integer(1)), ("entrance", .string(approach)),
                    ]))
        }
        return [
            SampleLayer(name: "strassen", crs: .etrs89UTM32, features: streets),
            SampleLayer(
                name: "parken_strasse", crs: .etrs89UTM32, features: segments,
                schema: [FieldDefinition("id", .string), FieldDefinition("street_id", .string)]
                    + ["general", "residents", "disabled", "delivery", "taxi", "bus_lorry", "bicycle", "e_charging"]
                    .map { FieldDefinition($0, .integer64) }),
            SampleLayer(
                name: "parkhaeuser", crs: .etrs89UTM32, features: carParks,
                schema: [
                    FieldDefinition("id", .string), FieldDefinition("capacity", .integer64),
                    FieldDefinition("opens", .string), FieldDefinition("closes", .string),
                    FieldDefinition("price_per_hour", .real), FieldDefinition("park_and_ride", .integer64),
                    FieldDefinition("entrance", .string),
                ]),
        ]
    }
}
