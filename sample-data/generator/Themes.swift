import Foundation
import GeoCore

/// One layer of the sample GeoPackage, ready to write.
struct SampleLayer {
    var name: String
    var crs: CoordinateReferenceSystem
    var features: [Feature]
    /// Columns, when they cannot be inferred from the first feature (null values).
    var schema: [FieldDefinition]? = nil
}

/// Theme layers around Lüneburg: a river with its flood plain and FFH area, a water protection area with
/// nested zones, reserves, development plans, biotopes, compensation areas and regional-planning areas.
/// Shapes are invented but plausible; every geometry is valid (checked by the generator).
struct ThemeGenerator {
    var random: SampleRandom
    let ctx = GeometryContext()
    /// Parcels, for themes that follow parcel or block boundaries.
    let parcels: [SampleParcel]

    /// A smooth star-shaped blob around `center` with mean radius `radius`.
    mutating func blob(center: Coordinate, radius: Double, vertices: Int = 36, roughness: Double = 0.25) -> Polygon {
        let phase1 = random.uniform(0, 2 * .pi), phase2 = random.uniform(0, 2 * .pi)
        let a1 = random.uniform(0, roughness), a2 = random.uniform(0, roughness / 2)
        var ring: [Coordinate] = (0..<vertices).map { k in
            let t = Double(k) / Double(vertices) * 2 * .pi
            let r = radius * (1 + a1 * sin(2 * t + phase1) + a2 * sin(5 * t + phase2))
            return Coordinate(center.x + r * cos(t), center.y + r * sin(t))
        }
        ring.append(ring[0])
        return Polygon(exterior: ring)
    }

    func ellipse(center: Coordinate, a: Double, b: Double, angle: Double, vertices: Int = 72) -> [Coordinate] {
        var ring: [Coordinate] = (0..<vertices).map { k in
            let t = Double(k) / Double(vertices) * 2 * .pi
            let x = a * cos(t), y = b * sin(t)
            return Coordinate(center.x + x * cos(angle) - y * sin(angle), center.y + x * sin(angle) + y * cos(angle))
        }
        ring.append(ring[0])
        return ring
    }

    /// The Ilmenau, meandering south to north through the town.
    static let ilmenau: [Coordinate] = stride(from: 5_895_000.0, through: 5_905_000.0, by: 100).map { y in
        Coordinate(594_900 + 260 * sin((y - 5_895_000) / 900) + 90 * sin((y - 5_895_000) / 230), y)
    }
    /// A straight canal in the east.
    static let canal: [Coordinate] = [Coordinate(598_300, 5_895_000), Coordinate(598_700, 5_900_000), Coordinate(598_900, 5_905_000)]

    func buffered(_ line: [Coordinate], _ distance: Double) throws -> Geometry {
        try ctx.handle(.lineString(LineString(line))).buffer(distance, quadrantSegments: 4).geometry()
    }

    func difference(_ a: Geometry, _ b: Geometry) throws -> Geometry {
        try ctx.handle(a).difference(ctx.handle(b)).geometry()
    }

    mutating func gewaesser() throws -> SampleLayer {
        var features = [
            Feature(fid: 1, geometry: .lineString(LineString(Self.ilmenau)), attributes: ["name": "Ilmenau", "art": "Fluss", "ordnung": "I"]),
            Feature(fid: 2, geometry: .lineString(LineString(Self.canal)), attributes: ["name": "Elbe-Seitenkanal", "art": "Kanal", "ordnung": "Bundeswasserstraße"]),
        ]
        for k in 0..<14 {
            let c = Coordinate(random.uniform(590_500, 599_500), random.uniform(5_895_500, 5_904_500))
            let pond = blob(center: c, radius: random.uniform(15, 60))
            features.append(Feature(fid: Int64(3 + k), geometry: .polygon(pond), attributes: ["name": .string("Teich \(k + 1)"), "art": "Stillgewässer", "ordnung": "III"]))
        }
        return SampleLayer(name: "gewaesser", crs: .etrs89UTM32, features: features)
    }

    func ueberschwemmungsgebiete() throws -> SampleLayer {
        let hq100 = try buffered(Self.ilmenau, 180)
        return SampleLayer(name: "ueberschwemmungsgebiete", crs: .etrs89UTM32, features: [
            Feature(fid: 1, geometry: hq100, attributes: ["name": "Ilmenau", "art": "festgesetzt (HQ100)", "verordnung": .date("2014-06-30")]),
        ])
    }

    func ffhGebiete() throws -> SampleLayer {
        let river = try buffered(Self.ilmenau, 45)
        return SampleLayer(name: "ffh_gebiete", crs: .etrs89UTM32, features: [
            Feature(fid: 1, geometry: river, attributes: ["name": "Ilmenau mit Nebenbächen", "gebietsnummer": "DE 2628-331", "flaeche_ha": .real(0)]),
        ].map { f in var f = f; f["flaeche_ha"] = .real(((try? ctx.handle(river).area()) ?? 0) / 10_000); return f })
    }

    mutating func naturschutzgebiete() -> SampleLayer {
        let specs: [(String, String, Coordinate, Double)] = [
            ("Lüner Moor", "NSG LÜ 012", Coordinate(597_600, 5_903_200), 650),
            ("Ilmenauniederung bei Häcklingen", "NSG LÜ 027", Coordinate(594_600, 5_896_300), 520),
            ("Vögelser Heide", "NSG LÜ 031", Coordinate(590_900, 5_904_000), 420),
        ]
        let features = specs.enumerated().map { i, s in
            Feature(fid: Int64(i + 1), geometry: .polygon(blob(center: s.2, radius: s.3)), attributes: ["name": .string(s.0), "kennzeichen": .string(s.1)])
        }
        return SampleLayer(name: "naturschutzgebiete", crs: .etrs89UTM32, features: features)
    }

    /// Two overlapping landscape reserves, stored in Gauss-Krüger zone 3 (EPSG:31467) as older county data is.
    mutating func landschaftsschutzgebiete() throws -> SampleLayer {
        let west = blob(center: Coordinate(591_800, 5_899_500), radius: 1_700, vertices: 60)
        let south = blob(center: Coordinate(594_000, 5_896_600), radius: 1_500, vertices: 60)
        let toGK = try CoordinateTransformer(from: .etrs89UTM32, to: .gaussKruger3)
        let features = try [
            Feature(fid: 1, geometry: toGK.transform(.polygon(west)), attributes: ["name": "Landwehr und Hasenburger Bachtal", "kennzeichen": "LSG LG 00034"]),
            Feature(fid: 2, geometry: toGK.transform(.polygon(south)), attributes: ["name": "Ilmenautal", "kennzeichen": "LSG LG 00051"]),
        ]
        return SampleLayer(name: "landschaftsschutzgebiete", crs: .gaussKruger3, features: features)
    }

    /// Zones I, II, III A and III B around one well, stored as rings (each zone without the inner ones).
    func wasserschutzgebiete() throws -> SampleLayer {
        let well = Coordinate(593_300, 5_901_900)
        let specs: [(String, Double, Double)] = [("I", 12, 12), ("II", 420, 260), ("III A", 1_400, 850), ("III B", 2_600, 1_500)]
        var inner: Geometry? = nil
        var features: [Feature] = []
        for (i, s) in specs.enumerated() {
            // Zones stretch upstream of the well (towards the north-west).
            let shift = Coordinate(well.x - 0.35 * s.1 * cos(0.6), well.y + 0.35 * s.1 * sin(0.6))
            let full = Geometry.polygon(Polygon(exterior: ellipse(center: i == 0 ? well : shift, a: s.1, b: s.2, angle: -0.6)))
            let zone = try inner.map { try difference(full, $0) } ?? full
            features.append(Feature(fid: Int64(i + 1), geometry: zone, attributes: [
                "name": "WSG Lüneburg-Nord", "zone": .string(s.0), "verordnung": .date("2009-11-12"),
            ]))
            inner = full
        }
        return SampleLayer(name: "wasserschutzgebiete", crs: .etrs89UTM32, features: features)
    }

    /// Development plans whose boundaries follow parcel boundaries: each covers the parcels of a few
    /// blocks of one Flur, so neighbouring parcels touch a plan without overlapping it. Some later
    /// amendments overlap an older plan.
    mutating func bebauungsplaene() throws -> SampleLayer {
        // XP_BesondereArtDerBaulNutzung codes with BauNVO §17 guideline GRZ/GFZ.
        let uses: [(Int, String, Double, Double)] = [
            (1100, "WR", 0.4, 1.2), (1200, "WA", 0.4, 1.2), (1200, "WA", 0.3, 0.6), (1500, "MI", 0.6, 1.2),
            (1550, "MU", 0.8, 3.0), (1600, "MK", 1.0, 3.0), (1700, "GE", 0.8, 2.4), (1800, "GI", 0.8, 2.4),
        ]
        var byBlock: [String: [Int]] = [:]
        for (i, p) in parcels.enumerated() where p.nenner != nil {
            byBlock["\(p.gemarkung.number)-\(p.flur)-\(p.zaehler)", default: []].append(i)
        }
        let urbanKeys = byBlock.keys.sorted()
        var features: [Feature] = []
        var number = 100
        // Every 37th block starts a plan, and one plan covers the documented example parcel Lüneburg 12 45/3.
        var starts = Array(stride(from: 0, to: urbanKeys.count, by: 37))
        if let example = urbanKeys.firstIndex(of: "2718-12-44"), !starts.contains(where: { abs($0 - example) < 3 }) {
            starts.append(example)
            starts.sort()
        }
        for k in starts {
            // A plan over up to three consecutive blocks of one Flur.
            let first = parcels[byBlock[urbanKeys[k]]![0]]
            var members: [Int] = []
            for key in urbanKeys[k..<min(k + 3, urbanKeys.count)] {
                let p = parcels[byBlock[key]![0]]
                if p.gemarkung.number == first.gemarkung.number && p.flur == first.flur { members += byBlock[key]! }
            }
            let union = try ctx.union(of: members.map { try ctx.handle(parcels[$0].geometry) })
            let geometry = try union.geometry()
            let use = random.pick(uses)
            number += 1
            let storeys = use.3 >= 2.4 ? random.int(3...6) : random.int(1...3)
            let year = random.int(1968...2023)
            features.append(Feature(fid: Int64(features.count + 1), geometry: geometry, attributes: [
                "plan_name": .string("Nr. \(number) \(random.pick(["Am Sande", "Kaltenmoor", "Bockelsberg", "Rotes Feld", "Goseburg", "Schützenplatz", "Hanseviertel", "Ilmenaugarten"]))"),
                "plan_nummer": .string(String(number)),
                "besondere_art_der_baul_nutzung": .integer(Int64(use.0)),
                "nutzung_kuerzel": .string(use.1),
                "grz": .real(use.2), "gfz": .real(use.3), "z": .integer(Int64(storeys)),
                "rechtsstand": "in Kraft",
                "inkrafttreten": .date(String(format: "%04d-%02d-%02d", year, random.int(1...12), random.int(1...28))),
            ]))
            // Every fourth plan gets an amendment over part of it (overlap within the layer).
            if features.count % 4 == 0, let env = try union.envelope() {
                let part = try union.intersection(ctx.handle(Envelope(minX: env.minX, minY: env.minY, maxX: env.center.x, maxY: env.maxY)))
                features.append(Feature(fid: Int64(features.count + 1), geometry: try part.polygonalPart().geometry(), attributes: [
                    "plan_name": .string("Nr. \(number), 1. Änderung"), "plan_nummer": .string("\(number)-1"),
                    "besondere_art_der_baul_nutzung": .integer(Int64(use.0)), "nutzung_kuerzel": .string(use.1),
                    "grz": .real(min(1.0, use.2 + 0.1)), "gfz": .real(use.3), "z": .integer(Int64(storeys + 1)),
                    "rechtsstand": "in Kraft", "inkrafttreten": .date(String(format: "%04d-06-01", min(2025, year + 12))),
                ]))
            }
        }
        return SampleLayer(name: "bebauungsplaene", crs: .etrs89UTM32, features: features)
    }

    /// Legally protected biotopes (§30 BNatSchG) scattered over the open land, some overlapping, and a few
    /// thin strips along parcel edges that produce slivers.
    mutating func biotope() throws -> SampleLayer {
        let types: [(String, String)] = [
            ("GN", "Seggen-, binsen- oder hochstaudenreiches Nassgrünland"), ("NS", "Sauergras-, Binsen- und Staudenried"),
            ("RS", "Silbergras- und Sandtrockenrasen"), ("HC", "Zwergstrauchheide"), ("WA", "Erlen-Bruchwald"),
            ("SE", "Naturnahes nährstoffreiches Stillgewässer"),
        ]
        var features: [Feature] = []
        for _ in 0..<420 {
            let c = Coordinate(random.uniform(590_200, 599_800), random.uniform(5_895_200, 5_904_800))
            guard StudyArea.kind(row: Int((5_905_000 - c.y) / 1_000), col: Int((c.x - 590_000) / 1_000)) != .urban else { continue }
            let t = random.pick(types)
            features.append(Feature(fid: Int64(features.count + 1), geometry: .polygon(blob(center: c, radius: random.uniform(20, 120))), attributes: [
                "biotoptyp": .string(t.0), "bezeichnung": .string(t.1), "schutz": "§30 BNatSchG / §24 NAGBNatSchG",
                "kartierjahr": .integer(Int64(random.int(1995...2022))),
            ]))
        }
        // Slivers: 0.2 m wide strips reaching over the edge of a rural parcel.
        let rural = parcels.indices.filter { parcels[$0].nenner == nil && parcels[$0].nutzung != "Hofstelle" }
        for k in 0..<12 {
            let p = parcels[rural[(k * 97) % rural.count]]
            guard case .polygon(let poly) = p.geometry else { continue }
            let a = poly.exterior[0], b = poly.exterior[1]
            let strip = Polygon(exterior: [
                Coordinate(a.x, a.y - 0.2), Coordinate(b.x, b.y - 0.2), Coordinate(b.x, b.y + 5), Coordinate(a.x, a.y + 5), Coordinate(a.x, a.y - 0.2),
            ])
            // Shift the strip so only 0.2 m of it lies on the parcel: it lies mostly south of the edge a–b.
            let shifted = strip.exterior.map { Coordinate($0.x, $0.y - 4.8) }
            features.append(Feature(fid: Int64(features.count + 1), geometry: .polygon(Polygon(exterior: shifted)), attributes: [
                "biotoptyp": "HF", "bezeichnung": "Strauch-Baumhecke (Randstreifen)", "schutz": "§22 NAGBNatSchG", "kartierjahr": 2019,
            ]))
        }
        return SampleLayer(name: "biotope", crs: .etrs89UTM32, features: features)
    }

    /// Compensation areas (Kompensationsflächen): whole rural parcels or their northern half.
    mutating func kompensationsflaechen() throws -> SampleLayer {
        let rural = parcels.indices.filter { parcels[$0].nenner == nil && parcels[$0].nutzung == "Ackerland" }
        var features: [Feature] = []
        for k in 0..<60 {
            let p = parcels[rural[(k * 389 + 17) % rural.count]]
            var g = p.geometry
            if k % 2 == 1, let env = g.envelope {
                g = try ctx.handle(g).intersection(ctx.handle(Envelope(minX: env.minX - 1, minY: env.center.y, maxX: env.maxX + 1, maxY: env.maxY + 1))).polygonalPart().geometry()
            }
            features.append(Feature(fid: Int64(k + 1), geometry: g, attributes: [
                "massnahme": .string(random.pick(["Extensivgrünland", "Streuobstwiese", "Feldgehölz", "Blühstreifen"])),
                "eingriff": .string("B-Plan Nr. \(101 + k % 40)"), "festgesetzt": .date(String(format: "%04d-03-15", 2005 + k % 18)),
            ]))
        }
        return SampleLayer(name: "kompensationsflaechen", crs: .etrs89UTM32, features: features)
    }

    /// Regional planning (RROP) priority and reserve areas, stored in WGS 84 (EPSG:4326) as web downloads are.
    mutating func raumordnung() throws -> SampleLayer {
        let specs: [(String, Coordinate, Double)] = [
            ("Vorranggebiet Natur und Landschaft", Coordinate(597_500, 5_902_500), 1_300),
            ("Vorbehaltsgebiet Landwirtschaft", Coordinate(591_500, 5_896_500), 1_600),
            ("Vorranggebiet Rohstoffgewinnung (Sand)", Coordinate(598_800, 5_896_200), 600),
            ("Vorranggebiet Windenergienutzung", Coordinate(590_900, 5_901_800), 700),
            ("Vorbehaltsgebiet Erholung", Coordinate(595_500, 5_897_000), 1_100),
        ]
        let toWGS = try CoordinateTransformer(from: .etrs89UTM32, to: .wgs84)
        var features: [Feature] = []
        for (i, s) in specs.enumerated() {
            features.append(Feature(fid: Int64(i + 1), geometry: try toWGS.transform(.polygon(blob(center: s.1, radius: s.2, vertices: 48))), attributes: [
                "festlegung": .string(s.0), "rrop": "RROP Landkreis Lüneburg 2003, Änderung 2016",
            ]))
        }
        return SampleLayer(name: "raumordnung", crs: .wgs84, features: features)
    }
}
