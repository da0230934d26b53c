import GeoCore

/// Turns the GML text of one XPlanGML geometry into a valid polygonal `Geometry` in the working CRS.
///
/// Steps: `OGR_G_CreateFromGML` (GDAL knows every GML encoding: `gml:Polygon`, `gml:Surface` with patches,
/// `gml:MultiSurface`, `gml:Curve` with `gml:Arc`/`gml:ArcString`/`gml:Circle` segments, `gml:Ring`), axis
/// swap for srsNames in authority order, linearisation of arcs (`OGR_G_GetLinearGeometry`), ISO WKB to
/// GEOS, the axis range check, reprojection (`CoordinateTransformer`), and GEOS make-valid when needed.
///
/// Not `Sendable`: it owns a `GeometryContext` and a transformer per source CRS, used by one task.
final class XPlanGeometryBuilder {
    let path: String
    let workingCRS: CoordinateReferenceSystem
    let maxAngleStepDegrees: Double
    let context = GeometryContext()
    private var transformers: [String: CoordinateTransformer] = [:]
    /// Whether GDAL says an EPSG code has northing (or latitude) first, by code.
    private var northingFirst: [Int: Bool] = [:]
    /// `knownSRSName` results by srsName text (`nil` inside: unknown).
    private var srsNames: [String: GMLSRSName?] = [:]

    init(path: String, workingCRS: CoordinateReferenceSystem, maxAngleStepDegrees: Double) {
        self.path = path
        self.workingCRS = workingCRS
        self.maxAngleStepDegrees = maxAngleStepDegrees
    }

    /// Coordinate ranges (x, y) that data in German projected systems can take, for the axis order check.
    /// Eastings and northings cannot be confused in these systems: UTM eastings stay below 1 000 000,
    /// Gauss-Krüger eastings carry the zone number as millions (2…4), northings in Germany are 5.2–6.1 million.
    static let plausibleRanges: [Int: (x: ClosedRange<Double>, y: ClosedRange<Double>)] = {
        let northing = 5_000_000.0...6_200_000.0
        let utm = 100_000.0...1_000_000.0
        return [
            25832: (utm, northing), 25833: (utm, northing),
            31466: (2_100_000...2_900_000, northing),
            31467: (3_100_000...3_900_000, northing),
            31468: (4_100_000...4_900_000, northing),
        ]
    }()

    /// The geometry of `snippet`, owned by feature `gmlID`, with notes about repairs and axis swaps.
    ///
    /// - Parameter fallbackSRSName: the `srsName` to use when the geometry has none (the feature's or the
    ///   document's envelope).
    /// - Throws: `XPlanError.unknownSRSName`, `.brokenGeometry`.
    func build(
        _ snippet: GMLSnippet, gmlID: String, fallbackSRSName: String?
    ) throws(XPlanError) -> (geometry: Geometry, notes: [String]) {
        let line = snippet.line
        func broken(_ message: String) -> XPlanError {
            .brokenGeometry(path: path, gmlID: gmlID, line: line, message: message)
        }
        let srsText = snippet.srsName ?? fallbackSRSName
        guard let srsText else { throw .unknownSRSName(path: path, srsName: nil, gmlID: gmlID, line: line) }
        guard let srs = knownSRSName(srsText) else {
            throw .unknownSRSName(path: path, srsName: srsText, gmlID: gmlID, line: line)
        }

        var geometry = try linearGeometry(snippet.xml, broken: broken)
        var notes: [String] = []
        if srs.usesAuthorityAxisOrder, isNorthingFirst(srs.epsgCode) {
            geometry = Self.swapped(geometry)
        }
        if let ranges = Self.plausibleRanges[srs.epsgCode], let envelope = geometry.envelope {
            let fits = ranges.x.contains(envelope.minX) && ranges.x.contains(envelope.maxX)
                && ranges.y.contains(envelope.minY) && ranges.y.contains(envelope.maxY)
            let fitsSwapped = ranges.x.contains(envelope.minY) && ranges.x.contains(envelope.maxY)
                && ranges.y.contains(envelope.minX) && ranges.y.contains(envelope.maxX)
            if !fits, fitsSwapped {
                geometry = Self.swapped(geometry)
                notes.append(
                    "\(gmlID) (line \(line)): coordinates are in the other axis order than srsName '\(srsText)' "
                        + "says (easting/northing swapped); read them as easting, northing")
            }
        }
        do throws(PROJError) {
            geometry = try transformer(from: srs.crs).transform(geometry)
        } catch {
            throw broken("cannot reproject from \(srs.crs) to \(workingCRS): \(error)")
        }
        let repair: (reason: String, result: GeometryHandle)?
        do throws(GEOSError) {
            let handle = try context.handle(geometry)
            repair = try handle.isValid() ? nil : (try handle.validityReason(), try handle.makeValid())
            if let repair, !repair.result.isEmpty { geometry = try repair.result.geometry() }
        } catch {
            throw broken("GEOS: \(error)")
        }
        if let repair {
            guard !repair.result.isEmpty else { throw broken("invalid (\(repair.reason)), nothing left after make-valid") }
            notes.append("\(gmlID) (line \(line)): invalid geometry (\(repair.reason)) repaired with GEOS make-valid")
        }
        return (geometry, notes)
    }

    /// The area as the file gives it (`GeometryContext.readPolygonalGML`), curves linearised.
    private func linearGeometry(_ xml: String, broken: (String) -> XPlanError) throws(XPlanError) -> Geometry {
        do throws(GMLGeometryError) {
            return try context.readPolygonalGML(xml, maxAngleStepDegrees: maxAngleStepDegrees)
        } catch {
            throw broken(error.message)
        }
    }

    /// The parsed `srsName` when PROJ knows its CRS (`CoordinateReferenceSystem.validated()`), cached per text:
    /// asking PROJ opens proj.db, which took 4 ms per geometry when done for each one.
    private func knownSRSName(_ text: String) -> GMLSRSName? {
        if let known = srsNames[text] { return known }
        let parsed = GMLSRSName(text).flatMap { (try? $0.crs.validated()) != nil ? $0 : nil }
        srsNames[text] = .some(parsed)
        return parsed
    }

    /// True when EPSG defines northing/easting or latitude/longitude order for `code`, cached.
    private func isNorthingFirst(_ code: Int) -> Bool {
        if let known = northingFirst[code] { return known }
        let result = CoordinateReferenceSystem.epsgHasNorthingFirst(code)
        northingFirst[code] = result
        return result
    }

    private func transformer(from source: CoordinateReferenceSystem) throws(PROJError) -> CoordinateTransformer {
        if let known = transformers[source.definition] { return known }
        let made = try CoordinateTransformer(from: source, to: workingCRS)
        transformers[source.definition] = made
        return made
    }

    static func swapped(_ geometry: Geometry) -> Geometry {
        geometry.mapCoordinates { Coordinate($0.y, $0.x) }
    }
}
