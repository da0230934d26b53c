import Foundation
import GeoCore
import ParcelCheckKit
import TestSupport
import Testing

/// The imported plans written as a layer and used by the parcel check.
@Suite struct XPlanLayerCheckTests {
    @Test func writtenLayerReadsBackWithItsSchema() throws {
        let dir = try XPlanFixtures.makeDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let features = try XPlanImporter.importFile(XPlanFixtures.fixture("bplan_54_rechtecke.gml"))
            + XPlanImporter.importFile(XPlanFixtures.fixture("bplan_60_bogen.gml"))
        let gpkg = dir.appendingPathComponent("plans.gpkg").path
        try XPlanImporter.write(features, to: gpkg)
        let layer = try VectorDataset.openLayer(gpkg + ":" + XPlanImporter.defaultLayerName)
        #expect(layer.fields == XPlanImporter.schema)
        #expect(layer.crs == .etrs89UTM32)
        #expect(layer.geometryType == .multiPolygon)
        let read = try layer.features()
        // (a): the plan's and the Bereich's Geltungsbereich and two Teilflächen; (b): the plan's and one.
        #expect(read.count == 6)
        #expect(read.map(\.fid) == [1, 2, 3, 4, 5, 6])
        let wa = try XPlanFixtures.feature(read, "GT_TF_901_WA")
        #expect(wa["inkrafttreten"] == .date("2021-03-15"))
        #expect(wa["grz"] == 0.4 && wa["z"] == 2 && wa["nutzung_kuerzel"] == "WA")
        #expect(try XPlanFixtures.area(wa.geometry) == 20_000)
    }

    /// Checks a parcel inside the WA area of fixture (a) against the imported plan layer.
    static func expectParcelReportsPlan(parcels: String, gemarkungen: String?, parcel: String) throws {
        let dir = try XPlanFixtures.makeDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let gpkg = dir.appendingPathComponent("plans.gpkg").path
        try XPlanImporter.write(try XPlanImporter.importFile(XPlanFixtures.fixture("bplan_54_rechtecke.gml")), to: gpkg)
        let catalog = Catalog(
            parcels: .init(source: parcels, gemarkungen: gemarkungen),
            layers: [
                .init(
                    name: "xplan", theme: "Bauleitplanung (XPlanGML)", source: gpkg + ":bebauungsplaene_xplan",
                    labelField: "objekt",
                    attributes: ["plan_name", "plan_nummer", "nutzung_kuerzel", "grz", "gfz", "z", "rechtsstand", "inkrafttreten"])
            ])
        let report = try ParcelChecker(catalog: catalog).check(parcel: parcel).report
        let xplan = try #require(report.layers.first { $0.layer == "xplan" })
        #expect(xplan.status == .ok)
        #expect(xplan.affected == true)
        #expect(xplan.contact == .covers)
        #expect(abs((xplan.overlapPercent ?? 0) - 100) < 1e-9)
        // The plan's and the Bereich's Geltungsbereich, and the WA Teilfläche, each covering the parcel.
        #expect(xplan.features.map(\.label) == ["Geltungsbereich", "Geltungsbereich", "Baugebietsteilfläche"])
        #expect(xplan.features.allSatisfy { $0.contact == .covers })
        let feature = try #require(xplan.features.last)
        #expect(feature.attributes["plan_name"] == "Nr. 901 Am Testfeld")
        #expect(feature.attributes["nutzung_kuerzel"] == "WA")
        #expect(feature.attributes["grz"] == 0.4)
        #expect(feature.attributes["gfz"] == 0.8)
        #expect(feature.attributes["z"] == 2)
        #expect(feature.attributes["rechtsstand"] == "in Kraft")
        #expect(feature.attributes["inkrafttreten"] == .date("2021-03-15"))
        let plan = try #require(xplan.plans?.first)
        #expect(xplan.plans?.count == 1)
        #expect(plan.planID == "GT_PLAN_901" && plan.binding && plan.status == "in_kraft")
        #expect(plan.geltungsbereichPercent == 100)
        #expect(plan.objects.map(\.objekt) == ["Baugebietsteilfläche"] && plan.objects[0].percent == 100)
        let summary = "B-Plan „Nr. 901 Am Testfeld“ (in Kraft seit 2021-03-15): 100 % im Geltungsbereich; davon 100 % Baugebietsteilfläche"
        #expect(plan.summary == summary)
        #expect(report.table().contains("  xplan: " + summary))
    }

    static let sampleData = Repository.sampleData.path

    /// With the sample data (`make sample-data`): "Lüneburg 12 45/3" lies inside the WA area of fixture (a).
    @Test(.enabled(if: FileManager.default.fileExists(atPath: sampleData), "needs sample-data/lueneburg.gpkg"))
    func sampleParcelReportsPlanUseAndDensity() throws {
        let parcels = try VectorDataset.openLayer(Self.sampleData + ":flurstuecke")
            .features(where: "flurstueckskennzeichen = '032718012000450003__'")
        let envelope = try #require(parcels.first?.geometry?.envelope)
        #expect(envelope.minX > 593_900 && envelope.maxX < 594_000 && envelope.minY > 5_900_500 && envelope.maxY < 5_900_700)
        try Self.expectParcelReportsPlan(
            parcels: Self.sampleData + ":flurstuecke", gemarkungen: Self.sampleData + ":gemarkungen",
            parcel: "Lüneburg 12 45/3")
    }

    /// The same check without the sample data: the parcel's outline (as the sample generator makes it) in a
    /// GeoPackage written for the test.
    @Test func parcelInsideTheWAAreaReportsPlanUseAndDensity() throws {
        let dir = try XPlanFixtures.makeDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let outline = Polygon(exterior: [
            Coordinate(593_939.21, 5_900_554.72), Coordinate(593_966.91, 5_900_554.92), Coordinate(593_968.03, 5_900_590.26),
            Coordinate(593_941.25, 5_900_588.59), Coordinate(593_939.21, 5_900_554.72),
        ])
        let parcels = dir.appendingPathComponent("parcels.gpkg").path
        try writeVectorLayer(
            [Feature(geometry: .polygon(outline), attributes: ["flurstueckskennzeichen": "032718012000450003__", "amtlicheflaeche": 943.0])],
            to: parcels, layerName: "flurstuecke", crs: .etrs89UTM32)
        try Self.expectParcelReportsPlan(parcels: parcels + ":flurstuecke", gemarkungen: nil, parcel: "032718012000450003__")
    }
}
