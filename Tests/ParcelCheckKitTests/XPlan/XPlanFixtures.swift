import Foundation
import GeoCore
import ParcelCheckKit
import Testing

/// XPlanGML fixtures written for the project (`Resources/xplan`, see the comment at the top of each file for the
/// shapes) and small documents written by the tests. Every expected area is worked out by hand from rectangles
/// and circle arcs; the Gauss-Krüger reference corners come from `cs2cs` (PROJ 9.1.1, BETA2007 grid).
enum XPlanFixtures {
    static func fixture(_ name: String) throws -> String {
        let resources = try #require(Bundle.module.url(forResource: "Resources", withExtension: nil))
        return resources.appendingPathComponent("xplan/\(name)").path
    }

    static func makeDirectory() throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("xplan-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        return dir
    }

    static func write(_ text: String, in dir: URL, name: String = "plan.gml") throws -> String {
        let url = dir.appendingPathComponent(name)
        try Data(text.utf8).write(to: url)
        return url.path
    }

    static let ns54 = "http://www.xplanung.de/xplangml/5/4"

    /// A minimal XPlanGML document around `members` (the text inside `<gml:featureMember>` elements).
    static func document(namespace: String = ns54, members: [String]) -> String {
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <xplan:XPlanAuszug xmlns:xplan="\(namespace)" xmlns:gml="http://www.opengis.net/gml/3.2"
            xmlns:xlink="http://www.w3.org/1999/xlink" gml:id="T_AUSZUG">
        \(members.map { "  <gml:featureMember>\n\($0)\n  </gml:featureMember>" }.joined(separator: "\n"))
        </xplan:XPlanAuszug>
        """
    }

    /// A `BP_Plan` without geometry details that matter here.
    static func plan(_ id: String, name: String, bereich: String? = nil) -> String {
        """
            <xplan:BP_Plan gml:id="\(id)">
              <xplan:name>\(name)</xplan:name>
              <xplan:planArt>1000</xplan:planArt>
              <xplan:rechtsstand>4000</xplan:rechtsstand>
              \(bereich.map { "<xplan:bereich xlink:href=\"#\($0)\"/>" } ?? "")
            </xplan:BP_Plan>
        """
    }

    /// A `BP_BaugebietsTeilFlaeche` with `geometry` (GML text) as `position`, `nil` for none.
    static func teilflaeche(_ id: String, geometry: String?, extra: String = "<xplan:GRZ>0.4</xplan:GRZ>") -> String {
        """
            <xplan:BP_BaugebietsTeilFlaeche gml:id="\(id)">
              \(geometry.map { "<xplan:position>\n\($0)\n      </xplan:position>" } ?? "")
              \(extra)
              <xplan:besondereArtDerBaulNutzung>1200</xplan:besondereArtDerBaulNutzung>
            </xplan:BP_BaugebietsTeilFlaeche>
        """
    }

    /// A `gml:Polygon` with one ring.
    static func polygon(srsName: String? = "EPSG:25832", _ posList: String) -> String {
        let srs = srsName.map { " srsName=\"\($0)\"" } ?? ""
        return """
                    <gml:Polygon\(srs) gml:id="G1"><gml:exterior><gml:LinearRing>
                      <gml:posList>\(posList)</gml:posList>
                    </gml:LinearRing></gml:exterior></gml:Polygon>
            """
    }

    /// The error `read` throws for `path`, `nil` when it succeeds.
    static func importError(_ path: String, strict: Bool = false) -> XPlanError? {
        do {
            _ = try XPlanImporter.read(path, options: .init(strictValues: strict))
            return nil
        } catch {
            return error
        }
    }

    static func area(_ geometry: Geometry?) throws -> Double {
        let g = try #require(geometry)
        return try GeometryContext().handle(g).area()
    }

    static func feature(_ features: [Feature], _ gmlID: String) throws -> Feature {
        try #require(features.first { $0["gml_id"] == .string(gmlID) })
    }

    // MARK: Fixture (c): Gauss-Krüger

    /// The GK rectangle's corners after import, against `cs2cs EPSG:31467 EPSG:25832` (see the fixture).
    static let gkReference = [
        Coordinate(593_491.8438, 5_900_278.1626), Coordinate(593_591.8041, 5_900_278.1609),
        Coordinate(593_591.8054, 5_900_378.1210), Coordinate(593_491.8452, 5_900_378.1226),
    ]

    static func expectMatchesGKReference(_ feature: Feature) throws {
        guard case .polygon(let polygon)? = feature.geometry else {
            Issue.record("expected a polygon, got \(String(describing: feature.geometry))")
            return
        }
        #expect(polygon.exterior.count == 5)
        for (vertex, reference) in zip(polygon.exterior, gkReference) {
            #expect(abs(vertex.x - reference.x) < 0.01 && abs(vertex.y - reference.y) < 0.01, "\(vertex) vs \(reference)")
        }
        // Shoelace area of the reference corners: 99.96 m × 99.96 m ≈ 9 992.07 m² (UTM scale 0.9996 vs GK 1.0).
        let ring = gkReference + [gkReference[0]]
        let shoelace = abs(zip(ring, ring.dropFirst()).reduce(0) { $0 + $1.0.x * $1.1.y - $1.1.x * $1.0.y }) / 2
        #expect(abs(try area(feature.geometry) - shoelace) < 0.1)  // corners rounded to 0.1 mm: ≤ 0.04 m²
    }
}

// MARK: Zip archives

extension XPlanFixtures {
    /// A zip archive (PKWARE APPNOTE 6.3, method 0 "stored", no compression) holding `entries` in order, so tests
    /// can build XPlanArchiv files with any content without a zip tool.
    static func storedZip(_ entries: [(name: String, data: Data)]) -> Data {
        var out = Data()
        var central = Data()
        func le16(_ v: Int, _ d: inout Data) { d.append(contentsOf: [UInt8(v & 0xFF), UInt8((v >> 8) & 0xFF)]) }
        func le32(_ v: UInt32, _ d: inout Data) { for s in stride(from: 0, to: 32, by: 8) { d.append(UInt8((v >> UInt32(s)) & 0xFF)) } }
        for entry in entries {
            let name = Data(entry.name.utf8)
            let crc = crc32(entry.data)
            let offset = UInt32(out.count)
            le32(0x0403_4B50, &out)
            le16(20, &out); le16(0, &out); le16(0, &out); le16(0, &out); le16(0x21, &out)  // version, flags, stored, time, date 1980-01-01
            le32(crc, &out); le32(UInt32(entry.data.count), &out); le32(UInt32(entry.data.count), &out)
            le16(name.count, &out); le16(0, &out)
            out.append(name)
            out.append(entry.data)
            le32(0x0201_4B50, &central)
            le16(20, &central); le16(20, &central); le16(0, &central); le16(0, &central); le16(0, &central); le16(0x21, &central)
            le32(crc, &central); le32(UInt32(entry.data.count), &central); le32(UInt32(entry.data.count), &central)
            le16(name.count, &central); le16(0, &central); le16(0, &central); le16(0, &central); le16(0, &central)
            le32(0, &central); le32(offset, &central)
            central.append(name)
        }
        let centralOffset = UInt32(out.count)
        out.append(central)
        le32(0x0605_4B50, &out)
        le16(0, &out); le16(0, &out); le16(entries.count, &out); le16(entries.count, &out)
        le32(UInt32(central.count), &out); le32(centralOffset, &out); le16(0, &out)
        return out
    }

    /// CRC-32 (IEEE 802.3, reflected polynomial 0xEDB88320), as zip stores it.
    static func crc32(_ data: Data) -> UInt32 {
        var crc: UInt32 = 0xFFFF_FFFF
        for byte in data {
            crc ^= UInt32(byte)
            for _ in 0..<8 { crc = crc & 1 == 1 ? (crc >> 1) ^ 0xEDB8_8320 : crc >> 1 }
        }
        return ~crc
    }
}
