/// Text that could not be read as GeoJSON; `message` says what and where (`at geometries[1].coordinates: …`).
///
/// GeoJSON is read by Swift's `Codable` into `Geometry` values, without GEOS, so its errors are not GEOS's
/// (`GEOSError.parse` is for WKT and WKB, which GEOS reads).
public struct GeoJSONError: Error, Sendable, Equatable, CustomStringConvertible {
    public var message: String

    public init(message: String) {
        self.message = message
    }

    public var description: String { "cannot read GeoJSON: \(message)" }
}
