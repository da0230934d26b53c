import Foundation
import GeoCore
import ParcelCheckKit
import Testing

/// Files the importer refuses: each error is typed and names the feature and line.
@Suite struct XPlanImportErrorTests {
    @Test func notXMLIsTypedWithTheLine() throws {
        let dir = try XPlanFixtures.makeDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        guard case .notXML(_, let line, _, _)? = XPlanFixtures.importError(try XPlanFixtures.write("hello world", in: dir)) else {
            Issue.record("plain text should be .notXML")
            return
        }
        #expect(line == 1)
        // A file cut off in the middle: XMLParser on Linux reports nothing, the open elements give it away.
        let full = try String(contentsOfFile: try XPlanFixtures.fixture("bplan_54_rechtecke.gml"), encoding: .utf8)
        let lines = full.split(separator: "\n", omittingEmptySubsequences: false)
        let cut = lines.prefix { !$0.contains("<xplan:Z>2</xplan:Z>") }.joined(separator: "\n")
        guard case .notXML(_, _, _, let message)? = XPlanFixtures.importError(try XPlanFixtures.write(cut, in: dir, name: "cut.gml")) else {
            Issue.record("a file cut after a complete line should be .notXML")
            return
        }
        #expect(message.contains("premature end"), "\(message)")
        #expect(message.contains("xplan:BP_BaugebietsTeilFlaeche"), "\(message)")
        // Cut in the middle of a tag: libxml2 itself complains.
        let midTag = String(full.prefix(full.count / 2))
        guard case .notXML? = XPlanFixtures.importError(try XPlanFixtures.write(midTag, in: dir, name: "midtag.gml")) else {
            Issue.record("a file cut inside a tag should be .notXML")
            return
        }
        guard case .notXML(_, let mismatchLine, _, _)? = XPlanFixtures.importError(
            try XPlanFixtures.write("<a>\n<b>\n</a>\n", in: dir, name: "mismatch.xml"))
        else {
            Issue.record("mismatched tags should be .notXML")
            return
        }
        #expect(mismatchLine == 3)
        #expect(XPlanFixtures.importError("/nonexistent/plan.gml") == .unreadable(path: "/nonexistent/plan.gml", message: "no such file"))
    }

    /// Found by `make fuzz` (target `xplan`): a 0xFF byte inside an element name of a UTF-8 document stopped the
    /// process with an illegal instruction inside Foundation's XMLParser. Now it is `.notXML` at the byte.
    @Test func invalidUTF8IsRefusedAtTheByteInsteadOfCrashing() throws {
        let dir = try XPlanFixtures.makeDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let original = try Data(contentsOf: URL(fileURLWithPath: try XPlanFixtures.fixture("bplan_54_rechtecke.gml")))
        let text = String(decoding: original, as: UTF8.self)
        let tag = try #require(text.range(of: "<xplan:BP_Plan "))
        let line = text[..<tag.lowerBound].filter { $0 == "\n" }.count + 1
        let offset = text.utf8.distance(from: text.startIndex, to: tag.lowerBound) + "<xplan:BP_".utf8.count
        var broken = original
        broken.insert(contentsOf: [0xFF, 0xFF, 0xFF, 0xFF], at: offset)
        let path = dir.appendingPathComponent("ff.gml").path
        try broken.write(to: URL(fileURLWithPath: path))
        guard case .notXML(_, let errorLine, _, let message)? = XPlanFixtures.importError(path) else {
            Issue.record("invalid UTF-8 should be .notXML")
            return
        }
        #expect(errorLine == line)
        #expect(message.contains("0xFF is not valid UTF-8"), "\(message)")

        // A sequence cut off by the end of the file, and a UTF-16 surrogate encoded in UTF-8 (0xED 0xA0 0x80).
        let cut = dir.appendingPathComponent("cut.gml")
        try (Data("<?xml version=\"1.0\"?>\n<a>".utf8) + Data([0xC3])).write(to: cut)
        guard case .notXML(_, 2, _, let cutMessage)? = XPlanFixtures.importError(cut.path) else {
            Issue.record("a cut UTF-8 sequence should be .notXML on line 2")
            return
        }
        #expect(cutMessage.contains("ends inside a UTF-8 character"), "\(cutMessage)")
        let surrogate = dir.appendingPathComponent("surrogate.gml")
        try (Data("<a>".utf8) + Data([0xED, 0xA0, 0x80]) + Data("</a>".utf8)).write(to: surrogate)
        guard case .notXML(_, 1, 5, _)? = XPlanFixtures.importError(surrogate.path) else {
            Issue.record("an encoded surrogate should be .notXML at line 1, column 5")
            return
        }

        // Second finding: a damaged encoding declaration (bytes 0x02 0xCB inside the name) does not switch the
        // check off; the invalid byte in the comment that follows is reported (0xCB 0x20 is no UTF-8 sequence).
        let damaged = dir.appendingPathComponent("damaged.gml")
        try (Data("<?xml version=\"1.0\" encoding=\"utf-8".utf8) + Data([0x02, 0xCB])
            + Data(" standalone=\"yes\"?>\n<!-- f".utf8) + Data([0xC3, 0xBC]) + Data("r ".utf8) + Data([0xFF])
            + Data(" -->\n<a/>\n".utf8)).write(to: damaged)
        guard case .notXML(_, 1, _, let damagedMessage)? = XPlanFixtures.importError(damaged.path) else {
            Issue.record("a damaged declaration should still be checked: \(String(describing: XPlanFixtures.importError(damaged.path)))")
            return
        }
        #expect(damagedMessage.contains("0x20 is not valid UTF-8") || damagedMessage.contains("0xCB"), "\(damagedMessage)")

        // The same bytes are fine in a file that declares Latin-1: libxml2 transcodes it (0xE4 = ä).
        let latin1 = String(decoding: original, as: UTF8.self)
            .replacingOccurrences(of: "encoding=\"UTF-8\"", with: "encoding=\"ISO-8859-1\"")
            .replacingOccurrences(of: ">Nr. 901 Am Testfeld<", with: ">Nr. 901 Am Testfeld XYZ<")
        var latin1Data = Data(latin1.utf8)
        let marker = try #require(latin1Data.range(of: Data(" XYZ".utf8)))
        latin1Data.replaceSubrange(marker, with: [0x20, 0x53, 0xE4, 0x67, 0x65])  // " Säge"
        let latin1Path = dir.appendingPathComponent("latin1.gml").path
        try latin1Data.write(to: URL(fileURLWithPath: latin1Path))
        let imported = try XPlanImporter.read(latin1Path)
        #expect(imported.plans.first?.name == "Nr. 901 Am Testfeld Säge")
    }

    @Test func otherNamespacesAndVersionsAreRefusedListingTheSupportedOnes() throws {
        let dir = try XPlanFixtures.makeDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let ogr = """
            <?xml version="1.0"?>
            <ogr:FeatureCollection xmlns:ogr="http://ogr.maptools.org/" xmlns:gml="http://www.opengis.net/gml/3.2">
              <ogr:featureMember><ogr:x gml:id="x.1"><ogr:name>a</ogr:name></ogr:x></ogr:featureMember>
            </ogr:FeatureCollection>
            """
        let path = try XPlanFixtures.write(ogr, in: dir, name: "ogr.gml")
        let error = XPlanFixtures.importError(path)
        #expect(error == .notXPlanGML(path: path, root: "ogr:FeatureCollection", namespace: "http://ogr.maptools.org/"))
        #expect(error?.description.contains("5.4 (http://www.xplanung.de/xplangml/5/4)") == true)

        // 3.0 (GML 3.1) gets its own reason; a version that does not exist yet the generic one.
        let old = XPlanFixtures.document(namespace: "http://www.xplanung.de/xplangml/3/0", members: [])
        let oldPath = try XPlanFixtures.write(old, in: dir, name: "v30.gml")
        let oldError = XPlanFixtures.importError(oldPath)
        #expect(oldError == .unsupportedVersion(path: oldPath, namespace: "http://www.xplanung.de/xplangml/3/0", line: 3))
        #expect(oldError?.description.contains("XPlanGML 3.0") == true)
        #expect(oldError?.description.contains("converting to XPlanGML 4.0 or newer") == true)
        let future = XPlanFixtures.document(namespace: "http://www.xplanung.de/xplangml/7/0", members: [])
        let futurePath = try XPlanFixtures.write(future, in: dir, name: "v70.gml")
        let futureError = XPlanFixtures.importError(futurePath)
        #expect(futureError == .unsupportedVersion(path: futurePath, namespace: "http://www.xplanung.de/xplangml/7/0", line: 3))
        #expect(futureError?.description.contains("4.0 (http://www.xplanung.de/xplangml/4/0)") == true)
        #expect(futureError?.description.contains("6.0 (http://www.xplanung.de/xplangml/6/0)") == true)
        #expect(XPlanVersion.supported.map(\.name) == ["4.0", "4.1", "5.0", "5.1", "5.2", "5.3", "5.4", "6.0"])
    }

    @Test func missingGeometryNamesTheFeatureAndLine() throws {
        let dir = try XPlanFixtures.makeDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = try XPlanFixtures.write(XPlanFixtures.document(members: [XPlanFixtures.teilflaeche("NOGEO", geometry: nil)]), in: dir)
        #expect(XPlanFixtures.importError(path) == .missingGeometry(
            path: path, gmlID: "NOGEO", featureType: "BP_BaugebietsTeilFlaeche", property: "position", line: 5))
        // An empty polygon element counts as broken, not as missing.
        let empty = try XPlanFixtures.write(
            XPlanFixtures.document(members: [XPlanFixtures.teilflaeche("EMPTY", geometry: "<gml:Polygon srsName=\"EPSG:25832\"/>")]), in: dir,
            name: "empty.gml")
        guard case .brokenGeometry(_, "EMPTY", _, let message)? = XPlanFixtures.importError(empty) else {
            Issue.record("an empty polygon should be .brokenGeometry")
            return
        }
        #expect(message.contains("empty"))
    }

    @Test func unknownSRSNamesAreTyped() throws {
        let dir = try XPlanFixtures.makeDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let ring = "593900 5900500 594000 5900500 594000 5900600 593900 5900500"
        for (i, srsName) in ["EPSG:999999", "urn:ogc:def:crs:OGC:1.3:CRS84x", "Gauss-Krueger 3"].enumerated() {
            let path = try XPlanFixtures.write(
                XPlanFixtures.document(members: [XPlanFixtures.teilflaeche("SRS\(i)", geometry: XPlanFixtures.polygon(srsName: srsName, ring))]), in: dir,
                name: "srs\(i).gml")
            #expect(XPlanFixtures.importError(path) == .unknownSRSName(path: path, srsName: srsName, gmlID: "SRS\(i)", line: 7))
        }
        let none = try XPlanFixtures.write(
            XPlanFixtures.document(members: [XPlanFixtures.teilflaeche("NOSRS", geometry: XPlanFixtures.polygon(srsName: nil, ring))]), in: dir,
            name: "nosrs.gml")
        #expect(XPlanFixtures.importError(none) == .unknownSRSName(path: none, srsName: nil, gmlID: "NOSRS", line: 7))
    }

    @Test func brokenGeometriesAreTypedWithTheLine() throws {
        let dir = try XPlanFixtures.makeDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let cases: [(String, String, String)] = [
            // GDAL would read "x" as 0 and carry on.
            ("LETTER", XPlanFixtures.polygon("593900 5900500 594000 x 594000 5900600 593900 5900500"), "not a number"),
            ("ODD", XPlanFixtures.polygon("593900 5900500 594000 5900500 594000"), "not a multiple of srsDimension 2"),
            ("OPEN", XPlanFixtures.polygon("593900 5900500 594000 5900500 594000 5900600 593900 5900600"), "Non closed ring"),
            (
                "LINE", "<gml:LineString srsName=\"EPSG:25832\"><gml:posList>593900 5900500 594000 5900500</gml:posList></gml:LineString>",
                "not an area"
            ),
            ("NOTGML", "<gml:Banana srsName=\"EPSG:25832\"/>", "Unrecognized geometry type"),
        ]
        for (id, geometry, expected) in cases {
            let path = try XPlanFixtures.write(XPlanFixtures.document(members: [XPlanFixtures.teilflaeche(id, geometry: geometry)]), in: dir, name: "\(id).gml")
            guard case .brokenGeometry(let errorPath, let gmlID, let line, let message)? = XPlanFixtures.importError(path) else {
                Issue.record("\(id) should be .brokenGeometry, got \(String(describing: XPlanFixtures.importError(path)))")
                continue
            }
            #expect(errorPath == path && gmlID == id)
            #expect(line > 5)
            #expect(message.contains(expected), "\(id): \(message)")
        }
    }

    /// With `strictValues` the first value that does not parse stops the import.
    @Test func invalidValuesAreTypedWhenStrict() throws {
        let dir = try XPlanFixtures.makeDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let square = XPlanFixtures.polygon("593900 5900500 594000 5900500 594000 5900600 593900 5900600 593900 5900500")
        let path = try XPlanFixtures.write(
            XPlanFixtures.document(members: [XPlanFixtures.teilflaeche("COMMA", geometry: square, extra: "<xplan:GRZ>0,4</xplan:GRZ>")]), in: dir)
        #expect(XPlanFixtures.importError(path, strict: true) == .invalidValue(path: path, gmlID: "COMMA", property: "GRZ", value: "0,4", line: 11))
        let date = try XPlanFixtures.write(
            XPlanFixtures.document(members: [
                "<xplan:BP_Plan gml:id=\"PD\"><xplan:name>x</xplan:name><xplan:inkrafttretensDatum>15.03.2021</xplan:inkrafttretensDatum></xplan:BP_Plan>"
            ]), in: dir, name: "date.gml")
        #expect(XPlanFixtures.importError(date, strict: true) == .invalidValue(
            path: date, gmlID: "PD", property: "inkrafttretensDatum", value: "15.03.2021", line: 5))
    }

    /// By default a value that does not parse is left empty with a note and everything else is imported: the
    /// other object of the file, the area and the other values of the object itself.
    @Test func anInvalidValueIsReportedAndTheFileImported() throws {
        let dir = try XPlanFixtures.makeDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let square = XPlanFixtures.polygon("593900 5900500 594000 5900500 594000 5900600 593900 5900600 593900 5900500")
        let other = XPlanFixtures.polygon("594000 5900500 594100 5900500 594100 5900600 594000 5900600 594000 5900500")
        let path = try XPlanFixtures.write(
            XPlanFixtures.document(members: [
                XPlanFixtures.teilflaeche("COMMA", geometry: square, extra: "<xplan:GRZ>0,4</xplan:GRZ><xplan:GFZ>1.2</xplan:GFZ>"),
                XPlanFixtures.teilflaeche("GOOD", geometry: other, extra: "<xplan:GRZ>0.3</xplan:GRZ>"),
            ]), in: dir)
        #expect(XPlanFixtures.importError(path) == nil)
        let imported = try XPlanImporter.read(path)
        let comma = try #require(imported.features.first { $0["gml_id"]?.stringValue == "COMMA" })
        let good = try #require(imported.features.first { $0["gml_id"]?.stringValue == "GOOD" })
        #expect(comma["grz"] == .null)
        #expect(comma["gfz"] == .real(1.2))
        #expect(good["grz"] == .real(0.3))
        #expect(try XPlanFixtures.area(comma.geometry) == 10_000)
        let note = try #require(imported.notes.first { $0.contains("COMMA") && $0.contains("GRZ") }, "\(imported.notes)")
        #expect(note.contains("line 11") && note.contains("GRZ '0,4'") && note.contains("left empty"), "\(note)")
    }
}
