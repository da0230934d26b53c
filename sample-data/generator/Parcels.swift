import GeoCore

/// One generated cadastral parcel (Flurstück).
struct SampleParcel {
    var geometry: Geometry
    var gemarkung: Gemarkung
    var flur: Int
    var zaehler: Int
    var nenner: Int?
    var nutzung: String
}

struct Gemarkung {
    var number: Int
    var name: String
}

/// The study area: 10 km × 10 km of EPSG:25832 around Lüneburg, in 1 km cells.
/// Cell (row, col): row 0 is the northernmost, col 0 the westernmost.
enum StudyArea {
    static let minX = 590_000.0, minY = 5_895_000.0, cellSize = 1_000.0, cells = 10
    /// Lüneburg's old town (53.2508 N, 10.4142 E → EPSG:25832 with PROJ).
    static let center = Coordinate(594_350, 5_901_100)

    static func cellOrigin(row: Int, col: Int) -> Coordinate {
        Coordinate(minX + Double(col) * cellSize, minY + Double(cells - 1 - row) * cellSize)
    }

    enum Kind { case urban, suburban, rural }

    static func kind(row: Int, col: Int) -> Kind {
        let o = cellOrigin(row: row, col: col)
        let dx = o.x + cellSize / 2 - center.x, dy = o.y + cellSize / 2 - center.y
        let d = (dx * dx + dy * dy).squareRoot()
        return d < 2_300 ? .urban : d < 3_800 ? .suburban : .rural
    }

    /// Gemarkungen (the numbers are invented for the sample, except the 2718 used in the docs).
    /// Sectors: columns 0–1 | 2–6 | 7–9 and rows 0–1 | 2–6 | 7–9; Lüneburg is the middle 5×5 km.
    static let sectors: [[Gemarkung]] = [
        [Gemarkung(number: 2735, name: "Vögelsen"), Gemarkung(number: 2722, name: "Ochtmissen"), Gemarkung(number: 2701, name: "Adendorf")],
        [Gemarkung(number: 2726, name: "Reppenstedt"), Gemarkung(number: 2718, name: "Lüneburg"), Gemarkung(number: 2719, name: "Lüne")],
        [Gemarkung(number: 2724, name: "Oedeme"), Gemarkung(number: 2714, name: "Häcklingen"), Gemarkung(number: 2706, name: "Deutsch Evern")],
    ]

    static func band(_ i: Int) -> (index: Int, start: Int, width: Int) {
        i < 2 ? (0, 0, 2) : i < 7 ? (1, 2, 5) : (2, 7, 3)
    }

    /// Gemarkung of a cell and the Flur number of the cell within it (row-major from the north-west).
    static func gemarkungAndFlur(row: Int, col: Int) -> (Gemarkung, Int) {
        let r = band(row), c = band(col)
        let flur = (row - r.start) * c.width + (col - c.start) + 1
        return (sectors[r.index][c.index], flur)
    }
}

/// Builds a tiling of parcels: each 1 km cell is cut into street blocks (finer near the centre), each block
/// into rows of parcels. Neighbouring parcels share vertices exactly, so the tiling has no gaps or overlaps
/// except the streets left between blocks.
struct ParcelGenerator {
    var random: SampleRandom

    mutating func generate() -> [SampleParcel] {
        var parcels: [SampleParcel] = []
        for row in 0..<StudyArea.cells {
            for col in 0..<StudyArea.cells {
                parcels += cell(row: row, col: col)
            }
        }
        return parcels
    }

    /// Bilinear interpolation inside a quadrilateral (corners south-west, south-east, north-east, north-west).
    static func bilinear(_ q: [Coordinate], _ u: Double, _ v: Double) -> Coordinate {
        let a = (1 - u) * (1 - v), b = u * (1 - v), c = u * v, d = (1 - u) * v
        return Coordinate(a * q[0].x + b * q[1].x + c * q[2].x + d * q[3].x, a * q[0].y + b * q[1].y + c * q[2].y + d * q[3].y)
    }

    static func quad(_ q: [Coordinate], u0: Double, u1: Double, v0: Double, v1: Double) -> [Coordinate] {
        let ring = [bilinear(q, u0, v0), bilinear(q, u1, v0), bilinear(q, u1, v1), bilinear(q, u0, v1)]
        return ring + [ring[0]]
    }

    mutating func cell(row: Int, col: Int) -> [SampleParcel] {
        let kind = StudyArea.kind(row: row, col: col)
        let (gemarkung, flur) = StudyArea.gemarkungAndFlur(row: row, col: col)
        let origin = StudyArea.cellOrigin(row: row, col: col)
        let (nx, ny, street): (Int, Int, Double) =
            switch kind {
            case .urban: (9, 11, 5)
            case .suburban: (5, 6, 5)
            case .rural: (2, 3, 3)
            }
        let bw = StudyArea.cellSize / Double(nx), bh = StudyArea.cellSize / Double(ny)
        // Grid nodes; interior ones jittered, border ones only slide along the cell border.
        var nodes = [[Coordinate]](repeating: [], count: nx + 1)
        for i in 0...nx {
            for j in 0...ny {
                var x = origin.x + Double(i) * bw, y = origin.y + Double(j) * bh
                if i > 0 && i < nx { x += random.uniform(-0.15, 0.15) * bw }
                if j > 0 && j < ny { y += random.uniform(-0.15, 0.15) * bh }
                nodes[i].append(Coordinate(x, y))
            }
        }
        var result: [SampleParcel] = []
        var runningZaehler = 0
        var block = 0
        for j in stride(from: ny - 1, through: 0, by: -1) {
            for i in 0..<nx {
                block += 1
                let corners = [nodes[i][j], nodes[i + 1][j], nodes[i + 1][j + 1], nodes[i][j + 1]]
                let width = abs(corners[1].x - corners[0].x), height = abs(corners[3].y - corners[0].y)
                let su = street / width, sv = street / height
                let q = [
                    Self.bilinear(corners, su, sv), Self.bilinear(corners, 1 - su, sv),
                    Self.bilinear(corners, 1 - su, 1 - sv), Self.bilinear(corners, su, 1 - sv),
                ]
                let rows: Int, widthRange: ClosedRange<Double>
                switch kind {
                case .urban: (rows, widthRange) = (2, 12...30)
                case .suburban: (rows, widthRange) = (2, 18...45)
                case .rural: (rows, widthRange) = (random.chance(0.7) ? 1 : 2, 25...140)
                }
                var shapes: [(geometry: Geometry, nutzung: String)] = []
                let split = 0.5 + random.uniform(-0.06, 0.06)
                for r in 0..<rows {
                    let v0 = rows == 1 ? 0 : (r == 0 ? 0 : split), v1 = rows == 1 ? 1 : (r == 0 ? split : 1)
                    let breaks = self.breaks(length: width * (1 - 2 * su), range: widthRange)
                    var rowShapes: [Polygon] = []
                    for k in 0..<(breaks.count - 1) {
                        rowShapes.append(Polygon(exterior: Self.quad(q, u0: breaks[k], u1: breaks[k + 1], v0: v0, v1: v1)))
                    }
                    shapes += self.decorate(rowShapes, q: q, breaks: breaks, v: (v0, v1), kind: kind, blockWidth: width)
                }
                for (k, shape) in shapes.enumerated() {
                    let zaehler: Int, nenner: Int?
                    if kind == .rural {
                        runningZaehler += 1
                        (zaehler, nenner) = (runningZaehler, nil)
                    } else {
                        (zaehler, nenner) = (block, k + 1)
                    }
                    result.append(SampleParcel(
                        geometry: shape.geometry, gemarkung: gemarkung, flur: flur,
                        zaehler: zaehler, nenner: nenner, nutzung: shape.nutzung))
                }
            }
        }
        return result
    }

    /// Break points in [0, 1] that cut a row of `length` metres into parcels of widths drawn from `range`.
    mutating func breaks(length: Double, range: ClosedRange<Double>) -> [Double] {
        var points: [Double] = [0]
        var at = 0.0
        while true {
            let w = random.uniform(range.lowerBound, range.upperBound)
            if at + w + range.lowerBound * 0.8 >= length { break }
            at += w
            points.append(at / length)
        }
        points.append(1)
        return points
    }

    /// Land use per parcel, plus the special shapes: rural farmsteads cut out as holes (the farmstead is a
    /// parcel of its own) and a few urban parcels made of two separate parts.
    mutating func decorate(
        _ row: [Polygon], q: [Coordinate], breaks: [Double], v: (Double, Double), kind: StudyArea.Kind, blockWidth: Double
    ) -> [(geometry: Geometry, nutzung: String)] {
        var out: [(geometry: Geometry, nutzung: String)] = []
        var k = 0
        while k < row.count {
            let widthM = (breaks[k + 1] - breaks[k]) * blockWidth
            switch kind {
            case .rural:
                let use = random.pick(["Ackerland", "Ackerland", "Grünland", "Wald"])
                if widthM > 80 && random.chance(0.1) {
                    // A 24 m × ~30 % farmstead in the middle of the field.
                    let du = 12 / blockWidth, um = (breaks[k] + breaks[k + 1]) / 2
                    let vm = (v.0 + v.1) / 2, dv = (v.1 - v.0) * 0.15
                    var hole = Self.quad(q, u0: um - du, u1: um + du, v0: vm - dv, v1: vm + dv)
                    out.append((.polygon(Polygon(exterior: row[k].exterior, holes: [hole.reversed()])), use))
                    hole = Self.quad(q, u0: um - du, u1: um + du, v0: vm - dv, v1: vm + dv)
                    out.append((.polygon(Polygon(exterior: hole)), "Hofstelle"))
                } else {
                    out.append((.polygon(row[k]), use))
                }
                k += 1
            case .urban, .suburban:
                let use = kind == .urban
                    ? random.pick(["Wohnbaufläche", "Wohnbaufläche", "Fläche gemischter Nutzung", "Industrie- und Gewerbefläche"])
                    : random.pick(["Wohnbaufläche", "Wohnbaufläche", "Wohnbaufläche", "Grünland"])
                if k + 2 < row.count && random.chance(0.012) {
                    // Two parts of one parcel with a neighbour's parcel between them.
                    out.append((.multiPolygon(MultiPolygon([row[k], row[k + 2]])), use))
                    out.append((.polygon(row[k + 1]), use))
                    k += 3
                } else {
                    out.append((.polygon(row[k]), use))
                    k += 1
                }
            }
        }
        return out
    }
}
