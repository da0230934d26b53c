import Foundation
import GeoCore
import ParcelCheckKit
import Testing

/// Parcels straight from an ALKIS NAS file (`Resources/nas`, invented parcels in the form GDAL's NAS driver
/// reads): the official area in `amtlicheFlaeche` is found although the catalog writes `amtlicheflaeche`, the Land
/// comes from the key table or the parcel source (never a silent Lower Saxony), and nothing is written next to
/// the user's file.
@Suite struct NASParcelSourceTests {
    /// A copy of a NAS fixture in a fresh directory, so a sidecar file written next to it would show.
    static func copy(_ name: String) throws -> URL {
        let resources = try #require(Bundle.module.url(forResource: "Resources", withExtension: nil))
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("nas-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let target = directory.appendingPathComponent(name)
        try FileManager.default.copyItem(at: resources.appendingPathComponent("nas/\(name)"), to: target)
        return target
    }

    /// A Gemarkung key table as GeoJSON (no geometry) with the given property names and rows.
    static func keyTable(in directory: URL, _ rows: [[String: Any]]) throws -> URL {
        let features = rows.map { ["type": "Feature", "geometry": NSNull(), "properties": $0] as [String: Any] }
        let url = directory.appendingPathComponent("gemarkungen.geojson")
        try JSONSerialization.data(withJSONObject: ["type": "FeatureCollection", "features": features])
            .write(to: url)
        return url
    }

    static func checker(parcels: URL, gemarkungen: URL? = nil) throws -> ParcelChecker {
        let catalog = Catalog(
            parcels: .init(source: parcels.path + ":AX_Flurstueck", gemarkungen: gemarkungen?.path), layers: [])
        return try ParcelChecker(catalog: catalog)
    }

    @Test func officialAreaIsFoundWhateverTheCaseOfTheField() throws {
        let nas = try Self.copy("flurstuecke-nrw.xml")
        let outcome = try Self.checker(parcels: nas).check(parcel: "053290011000860001__")
        #expect(outcome.report.parcel.officialAreaM2 == 9998)
        #expect(abs(outcome.report.parcel.areaM2 - 10_000) < 1e-6)
        // The identifier field is taken out of the reported attributes, whatever its case in the source.
        #expect(outcome.report.parcel.attributes["flurstueckskennzeichen"] == nil)
        #expect(outcome.report.parcel.attributes["flurnummer"]?.integerValue == 11)
    }

    @Test func readingANASFileWritesNothingNextToIt() throws {
        let nas = try Self.copy("flurstuecke-nrw.xml")
        let directory = nas.deletingLastPathComponent()
        _ = try Self.checker(parcels: nas).check(parcel: "053290011000860001__")
        let files = try FileManager.default.contentsOfDirectory(atPath: directory.path)
        #expect(files == ["flurstuecke-nrw.xml"], "GDAL left \(files) next to the user's file")
    }

    @Test func theKeyTableGivesTheLandOfAGemarkungNumber() throws {
        let nas = try Self.copy("flurstuecke-nrw.xml")
        // Column names in another case than the program's, as some exports write them.
        let table = try Self.keyTable(
            in: nas.deletingLastPathComponent(),
            [["Gemarkungsnummer": 3290, "Gemarkung": "Weiler", "Land": "05"]])
        let checker = try Self.checker(parcels: nas, gemarkungen: table)
        let outcome = try checker.check(parcel: "3290-11-85")
        #expect(outcome.report.parcel.id == "05329001100085______")
        #expect(try checker.check(parcel: "Weiler 11 86/1").report.parcel.id == "053290011000860001__")
    }

    @Test func withoutALandTheParcelSourceGivesIt() throws {
        let nas = try Self.copy("flurstuecke-nrw.xml")
        let outcome = try Self.checker(parcels: nas).check(parcel: "3290-11-85")
        #expect(outcome.report.parcel.id == "05329001100085______")
        #expect(outcome.report.parcel.officialAreaM2 == 10001)
        // A key table without a Land column does not fix the Land either.
        let table = try Self.keyTable(
            in: nas.deletingLastPathComponent(), [["gemarkungsnummer": 3290, "gemarkung": "Weiler"]])
        let named = try Self.checker(parcels: nas, gemarkungen: table).check(parcel: "Weiler 11 85")
        #expect(named.report.parcel.id == "05329001100085______")
    }

    @Test func theSameNumberInTwoLaenderIsAmbiguous() throws {
        let nas = try Self.copy("flurstuecke-zwei-laender.xml")
        let error = #expect(throws: CheckError.self) { try Self.checker(parcels: nas).check(parcel: "3290-11-85") }
        guard case .ambiguousParcel(_, let candidates)? = error else {
            Issue.record("expected an ambiguous parcel, got \(String(describing: error))")
            return
        }
        #expect(candidates.count == 2)
        #expect(candidates.contains { $0.contains("03329001100085______") })
        #expect(candidates.contains { $0.contains("05329001100085______") })
        // With the Land given, each is found.
        let checker = try Self.checker(parcels: nas)
        #expect(try checker.check(parcel: "033290-11-85").report.parcel.officialAreaM2 == 10002)
        #expect(try checker.check(parcel: "053290-11-85").report.parcel.officialAreaM2 == 10001)
    }

    @Test func aKeyTableWithTheNumberInTwoLaenderAsksForTheLand() throws {
        let table = GemarkungTable([
            .init(number: 3290, name: "Weiler", land: "05"), .init(number: 3290, name: "Dorf", land: "03"),
        ])
        let error = #expect(throws: ParcelIDError.self) { try ParcelIdentifier.parse("3290-11-85", gemarkungen: table) }
        #expect(error == .ambiguousGemarkungNumber(3290, lands: ["03", "05"]))
        #expect(error?.description.contains("033290 or 053290") == true, "\(String(describing: error))")
    }

    @Test func twoFieldsDifferingOnlyInCaseAreAnError() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("fields-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let parcels = directory.appendingPathComponent("parcels.geojson")
        try Data(
            """
            {"type":"FeatureCollection","features":[{"type":"Feature","properties":{
              "flurstueckskennzeichen":"032718012000450003__","amtlicheFlaeche":100,"AMTLICHEFLAECHE":200},
              "geometry":{"type":"Polygon","coordinates":[[[590000,5900000],[590010,5900000],[590010,5900010],
              [590000,5900010],[590000,5900000]]]}}]}
            """.utf8
        ).write(to: parcels)
        let catalog = Catalog(
            workingCRS: .etrs89UTM32, parcels: .init(source: parcels.path), layers: [])
        let error = #expect(throws: CheckError.self) {
            try ParcelChecker(catalog: catalog).check(parcel: "032718012000450003__")
        }
        #expect(error?.description.contains("amtlicheflaeche") == true, "\(String(describing: error))")
        #expect(error?.description.contains("differ only in case") == true, "\(String(describing: error))")
    }

    @Test func reportJSONKeepsEveryParcelKey() throws {
        let catalog = try TestCatalogs.sample(layers: [])
        let checker = try ParcelChecker(catalog: catalog)
        let outcome = try checker.check(
            geometry: Geometry(wkt: "POLYGON((593900 5900500,594000 5900500,594000 5900600,593900 5900600,593900 5900500))"),
            crs: .etrs89UTM32)
        let json = try JSONSerialization.jsonObject(with: outcome.report.jsonData()) as? [String: Any]
        let parcel = try #require(json?["parcel"] as? [String: Any])
        for key in ["id", "label", "area_m2", "official_area_m2", "crs", "attributes", "repaired"] {
            #expect(parcel.keys.contains(key), "missing key \(key)")
        }
        #expect(parcel["official_area_m2"] is NSNull)
        #expect(parcel["id"] is NSNull)
    }
}
