import Foundation
import GeoCore
import Testing

/// GeoJSON (RFC 7946) reading and writing of geometries and features.
@Suite struct GeoJSONTests {
    typealias S = GeometrySamples
    static func c(_ x: Double, _ y: Double) -> Coordinate { Coordinate(x, y) }

    // MARK: Geometries

    @Test(arguments: GeometrySamples.named)
    func roundTrip(name: String, geometry: Geometry) throws {
        let data = try JSONEncoder().encode(geometry)
        #expect(try JSONDecoder().decode(Geometry.self, from: data) == geometry, "\(name)")

        let text = geometry.geoJSON()
        #expect(try Geometry(geoJSON: text) == geometry, "\(name): \(text)")
        #expect(try Geometry(geoJSON: Data(text.utf8)) == geometry)
        #expect(geometry.geoJSON() == text, "output is stable")
    }

    @Test func knownAnswerPoint() {
        #expect(S.point.geoJSON() == #"{"coordinates":[1.5,-2],"type":"Point"}"#)
        #expect(
            Geometry.lineString(LineString([Self.c(0, 0), Self.c(1e-7, 2.5e10)])).geoJSON()
                == #"{"coordinates":[[0,0],[1e-07,25000000000]],"type":"LineString"}"#)
        #expect(
            Geometry.geometryCollection(GeometryCollection([])).geoJSON()
                == #"{"geometries":[],"type":"GeometryCollection"}"#)
    }

    @Test func doublesRoundTripExactly() throws {
        let awkward: [Double] = [
            0.1 + 0.2, 1e-300, .leastNonzeroMagnitude, .greatestFiniteMagnitude, -123.456789012345678, 1 / 3,
        ]
        for x in awkward {
            let text = Geometry.point(Point(x: x, y: -x)).geoJSON()
            guard case .point(let p) = try Geometry(geoJSON: text) else {
                Issue.record("not a point: \(text)")
                continue
            }
            #expect(p.x.bitPattern == x.bitPattern, "\(text)")
            #expect(p.y.bitPattern == (-x).bitPattern, "\(text)")
        }
        #expect(Geometry.point(Point(x: 0.1 + 0.2, y: 0)).geoJSON().contains("0.30000000000000004"))
    }

    @Test func nonFiniteOrdinatesAreWrittenAsStrings() throws {
        let g = Geometry.lineString(LineString([Self.c(.infinity, 0), Self.c(-.infinity, 1)]))
        let text = g.geoJSON()
        #expect(text == #"{"coordinates":[["Infinity",0],["-Infinity",1]],"type":"LineString"}"#)
        #expect(try Geometry(geoJSON: text) == g)
        guard case .point(let p) = try Geometry(geoJSON: Geometry.point(Point(x: .nan, y: 0)).geoJSON()) else {
            Issue.record("not a point")
            return
        }
        #expect(p.x.isNaN)
    }

    @Test func decodesHandWrittenText() throws {
        // Whitespace, integers, a third ordinate (dropped), a bbox and a foreign member (ignored).
        let polygon = """
            { "type": "Polygon", "bbox": [0, 0, 10, 10], "title": "plot 7",
              "coordinates": [
                [ [0, 0, 5], [10, 0, 5], [10, 10, 5], [0, 10, 5], [0, 0, 5] ],
                [ [2, 2], [2, 4], [4, 4], [4, 2], [2, 2] ]
              ] }
            """
        #expect(try Geometry(geoJSON: polygon) == S.polygon)

        let collection = """
            {"type":"GeometryCollection","geometries":[
              {"type":"Point","coordinates":[1.5,-2.0]},
              {"type":"LineString","coordinates":[[0,0],[3,4],[6,0]]},
              {"type":"Polygon","coordinates":[[[0,0],[10,0],[10,10],[0,10],[0,0]],[[2,2],[2,4],[4,4],[4,2],[2,2]]]},
              {"type":"GeometryCollection","geometries":[{"type":"MultiPoint","coordinates":[[0,0],[1,1]]}]}]}
            """
        #expect(try Geometry(geoJSON: collection) == S.collection)

        let multi = """
            {"type":"MultiPolygon","coordinates":[
              [[[0,0],[10,0],[10,10],[0,10],[0,0]],[[2,2],[2,4],[4,4],[4,2],[2,2]]],
              [[[20,0],[23,0],[20,4],[20,0]]]]}
            """
        #expect(try Geometry(geoJSON: multi) == S.multiPolygon)
        #expect(
            try Geometry(geoJSON: #"{"coordinates":[[[0,0],[1,1]],[[2,2],[3,2],[3,3]]],"type":"MultiLineString"}"#)
                == S.multiLine)
    }

    @Test func emptyForms() throws {
        // RFC 7946 §3.1: empty coordinates arrays; an empty Point becomes an empty MultiPoint, as in WKT.
        #expect(try Geometry(geoJSON: #"{"type":"Point","coordinates":[]}"#) == .multiPoint(MultiPoint([])))
        #expect(try Geometry(geoJSON: #"{"type":"LineString","coordinates":[]}"#) == .lineString(LineString([])))
        #expect(try Geometry(geoJSON: #"{"type":"Polygon","coordinates":[]}"#) == .polygon(Polygon(exterior: [])))
        #expect(Geometry.polygon(Polygon(exterior: [])).geoJSON() == #"{"coordinates":[],"type":"Polygon"}"#)
    }

    @Test func positions() throws {
        let decoder = JSONDecoder()
        #expect(try decoder.decode(Coordinate.self, from: Data("[1, 2]".utf8)) == Self.c(1, 2))
        #expect(try decoder.decode(Coordinate.self, from: Data("[1, 2, 300]".utf8)) == Self.c(1, 2))
        #expect(String(decoding: try JSONEncoder().encode(Self.c(1, 2.5)), as: UTF8.self) == "[1,2.5]")
        #expect(throws: DecodingError.self) { try decoder.decode(Coordinate.self, from: Data("[1]".utf8)) }
        #expect(throws: DecodingError.self) { try decoder.decode(Coordinate.self, from: Data("[]".utf8)) }
        #expect(throws: DecodingError.self) { try decoder.decode(Coordinate.self, from: Data(#"[1, "2"]"#.utf8)) }
        #expect(throws: DecodingError.self) { try decoder.decode(Coordinate.self, from: Data(#"{"x":1,"y":2}"#.utf8)) }
    }

    static let malformed: [(String, String, String)] = [
        ("malformed JSON", #"{"type":"Point","coordinates":[1,2]"#, "not valid JSON"),
        ("not JSON at all", "POINT (1 2)", "not valid JSON: Invalid value around character 0."),
        ("doubled comma", #"{"type":"Point",,"coordinates":[1,2]}"#, "around character 16"),
        ("empty text", "", "not valid JSON"),
        ("unknown type", #"{"type":"Circle","coordinates":[0,0]}"#, #"unknown geometry type "Circle""#),
        ("feature is not a geometry", #"{"type":"Feature","geometry":null,"properties":{}}"#, "unknown geometry type"),
        ("missing type", #"{"coordinates":[0,0]}"#, #"needs a "type""#),
        ("missing coordinates", #"{"type":"Polygon"}"#, #"a Polygon needs "coordinates""#),
        ("null coordinates", #"{"type":"LineString","coordinates":null}"#, #"needs "coordinates""#),
        ("missing geometries", #"{"type":"GeometryCollection"}"#, #"needs "geometries""#),
        ("open ring", #"{"type":"Polygon","coordinates":[[[0,0],[1,0],[1,1],[0,1]]]}"#, "ring 0 is not closed"),
        ("short ring", #"{"type":"Polygon","coordinates":[[[0,0],[1,0],[0,0]]]}"#, "at least 4 positions, has 3"),
        (
            "short hole", #"{"type":"Polygon","coordinates":[[[0,0],[9,0],[9,9],[0,0]],[[1,1],[2,1],[1,1]]]}"#,
            "ring 1 needs at least 4"
        ),
        (
            "open ring in multipolygon",
            #"{"type":"MultiPolygon","coordinates":[[[[0,0],[9,0],[9,9],[0,0]]],[[[0,0],[1,0],[1,1],[0,1]]]]}"#,
            "polygon 1, ring 0 is not closed"
        ),
        ("short line", #"{"type":"LineString","coordinates":[[0,0]]}"#, "at least 2 positions, has 1"),
        ("short line in multi", #"{"type":"MultiLineString","coordinates":[[[0,0],[1,1]],[[5,5]]]}"#, "line 1 needs"),
        (
            "one-number position", #"{"type":"Point","coordinates":[1]}"#,
            "at coordinates: a position needs at least 2 numbers"
        ),
        ("string ordinate", #"{"type":"Point","coordinates":[1,"2"]}"#, "at coordinates[1]"),
        ("top-level array", "[1, 2]", ""),
    ]

    @Test(arguments: malformed)
    func malformedInputIsAParseError(name: String, text: String, fragment: String) {
        expectGeoJSONError(containing: fragment) { _ = try Geometry(geoJSON: text) }
    }

    @Test func errorMessageSaysWhere() throws {
        let text = """
            {"type":"GeometryCollection","geometries":[{"type":"Point","coordinates":[0,0]},
             {"type":"Polygon","coordinates":[[[0,0],[1,0],[1,1],[0,1]]]}]}
            """
        let message = expectGeoJSONError() { _ = try Geometry(geoJSON: text) }
        #expect(
            message
                == "at geometries[1].coordinates: Polygon ring 0 is not closed (its first position must be repeated last)"
        )
    }

    @Test func codableErrorsAreDecodingErrors() throws {
        let open = Data(#"{"type":"Polygon","coordinates":[[[0,0],[1,0],[1,1],[0,1]]]}"#.utf8)
        let error = #expect(throws: DecodingError.self) { try JSONDecoder().decode(Geometry.self, from: open) }
        guard case .dataCorrupted(let context)? = error else {
            Issue.record("expected dataCorrupted, got \(String(describing: error))")
            return
        }
        #expect(context.debugDescription.contains("not closed"))
        #expect(context.codingPath.map(\.stringValue) == ["coordinates"])

        let missing = Data(#"{"type":"MultiPoint"}"#.utf8)
        let missingError = #expect(throws: DecodingError.self) {
            try JSONDecoder().decode(Geometry.self, from: missing)
        }
        guard case .keyNotFound(let key, let missingContext)? = missingError else {
            Issue.record("expected keyNotFound, got \(String(describing: missingError))")
            return
        }
        #expect(key.stringValue == "coordinates")
        #expect(missingContext.debugDescription == #"a MultiPoint needs "coordinates""#)
    }

    // MARK: Features

    static let features = GeoJSONFeatureCollection([
        GeoJSONFeature(
            id: "parcel-1", geometry: S.polygon,
            // Sorted by key: decoding yields members in key order (see `JSONObject`).
            properties: [
                "area": 96, "empty": nil, "flags": [true, false, nil, 1.5, "x"], "name": "Plot 1 / \"north\"",
                "nested": ["a": ["b": [1, 2]], "z": 0.30000000000000004], "vacant": false,
            ]),
        GeoJSONFeature(id: 42, geometry: nil, properties: ["note": "no geometry yet"]),
        GeoJSONFeature(geometry: S.collection),
        GeoJSONFeature(geometry: nil),
    ])

    @Test func featureCollectionRoundTrip() throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        let data = try encoder.encode(Self.features)
        let text = String(decoding: data, as: UTF8.self)
        #expect(try JSONDecoder().decode(GeoJSONFeatureCollection.self, from: data) == Self.features, "\(text)")
        #expect(text.hasPrefix(#"{"features":[{"geometry":{"coordinates":[[[0,0],"#))
        #expect(text.contains(#""type":"FeatureCollection""#))
        #expect(text.contains(#"{"geometry":null,"id":42,"properties":{"note":"no geometry yet"},"type":"Feature"}"#))
        #expect(text.contains(#"{"geometry":null,"properties":{},"type":"Feature"}"#))
        // Deterministic with .sortedKeys.
        #expect(try encoder.encode(Self.features) == data)
    }

    @Test func featureFromText() throws {
        let text = """
            {"type":"FeatureCollection","name":"parcels","features":[
              {"type":"Feature","id":"p1","geometry":{"type":"Point","coordinates":[1.5,-2]},
               "properties":{"zone":"R2","lanes":2,"one":1,"yes":true,"tags":["a",null],"owner":{"name":"A"}}},
              {"type":"Feature","geometry":null,"properties":null},
              {"type":"Feature","properties":{}}]}
            """
        let collection = try JSONDecoder().decode(GeoJSONFeatureCollection.self, from: Data(text.utf8))
        #expect(collection.features.count == 3)
        let first = collection.features[0]
        #expect(first.id == "p1")
        #expect(first.geometry == S.point)
        #expect(first.properties.keys == ["lanes", "one", "owner", "tags", "yes", "zone"])
        #expect(first.properties["zone"] == .string("R2"))
        #expect(first.properties["one"] == .number(1))  // a number, not `true`
        #expect(first.properties["yes"] == .bool(true))
        #expect(first.properties["tags"] == .array([.string("a"), .null]))
        #expect(first.properties["owner"] == .object(["name": "A"]))
        #expect(first.properties["missing"] == nil)
        #expect(collection.features[1] == GeoJSONFeature(geometry: nil))
        #expect(collection.features[2] == GeoJSONFeature(geometry: nil))
    }

    @Test func featureErrors() {
        let decoder = JSONDecoder()
        func decode(_ text: String) throws { _ = try decoder.decode(GeoJSONFeature.self, from: Data(text.utf8)) }
        #expect(throws: DecodingError.self) { try decode(#"{"type":"Point","coordinates":[0,0]}"#) }
        #expect(throws: DecodingError.self) { try decode(#"{"geometry":null,"properties":{}}"#) }
        #expect(throws: DecodingError.self) { try decode(#"{"type":"Feature","id":[1],"geometry":null}"#) }
        #expect(throws: DecodingError.self) {
            try decode(#"{"type":"Feature","geometry":{"type":"Polygon","coordinates":[[[0,0],[1,1]]]}}"#)
        }
        #expect(throws: DecodingError.self) {
            _ = try decoder.decode(GeoJSONFeatureCollection.self, from: Data(#"{"type":"FeatureCollection"}"#.utf8))
        }
    }

    @Test func propertyOrderIsKeptInMemory() {
        let properties: JSONObject = ["zeta": 1, "alpha": 2, "mid": 3]
        #expect(properties.keys == ["zeta", "alpha", "mid"])
        #expect(properties != ["alpha": 2, "mid": 3, "zeta": 1], "order is part of equality")
        #expect(properties["alpha"] == 2)
    }
}
