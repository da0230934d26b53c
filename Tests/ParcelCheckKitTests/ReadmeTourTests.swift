import Foundation
import GeoCore
import ParcelCheckKit
import Testing

/// The README's GeoCore tour, statement by statement, with the values it claims.
@Suite struct ReadmeTourTests {
    @Test func tourValuesHold() throws {
        let parcel = try Geometry(wkt: "POLYGON((0 0,100 0,100 100,0 100,0 0))")
        #expect(parcel.geoJSON().contains("\"Polygon\""))

        let ctx = GeometryContext()
        let p = try ctx.handle(parcel)
        let zone = try ctx.read(wkt: "POLYGON((50 -10,150 -10,150 110,50 110,50 -10))")
        #expect(try p.area() == 10_000)
        #expect(try p.intersection(zone).area() == 5_000)
        let prepared = try zone.prepared()
        #expect(try !prepared.covers(p))
        let fixed = try ctx.read(wkt: "POLYGON((0 0,10 10,10 0,0 10,0 0))").makeValid()
        #expect(fixed.partCount == 2)
        let tree = try STRTree([p, zone], in: ctx)
        #expect(tree.query(zone) == [0, 1])

        let toUTM = try CoordinateTransformer(from: .wgs84, to: .etrs89UTM32)
        let c = try toUTM.transform(Coordinate(9, 50))
        #expect(abs(c.x - 500_000.0) < 0.01 && abs(c.y - 5_538_630.70) < 0.01)

        let id = try ParcelIdentifier.parse("Lüneburg 12 45/3", gemarkungen: GemarkungTable([.init(number: 2718, name: "Lüneburg")]))
        #expect(id.kennzeichen == "032718012000450003__")
    }
}
