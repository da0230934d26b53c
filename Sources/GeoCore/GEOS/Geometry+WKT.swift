extension Geometry {
    /// Reads Well-Known Text through GEOS (`GEOSWKTReader_read_r`).
    /// - Throws: `GEOSError.parse` for malformed text.
    public init(wkt: String) throws(GEOSError) {
        self = try GeometryContext().read(wkt: wkt).geometry()
    }

    /// Reads Well-Known Binary through GEOS (`GEOSWKBReader_read_r`).
    public init(wkb: [UInt8]) throws(GEOSError) {
        self = try GeometryContext().read(wkb: wkb).geometry()
    }

    /// Well-Known Text written by GEOS; `precision` rounds to that many decimals.
    public func wkt(precision: Int? = nil) throws(GEOSError) -> String {
        try GeometryContext().handle(self).wkt(precision: precision)
    }

    /// ISO Well-Known Binary (little-endian, 2-D) written by GEOS.
    public func wkb() throws(GEOSError) -> [UInt8] {
        try GeometryContext().handle(self).wkb()
    }
}
