internal import CGDAL

extension CoordinateReferenceSystem {
    /// A new OGR spatial reference for `definition` (`OSRNewSpatialReference`, `OSRSetFromUserInput`), with
    /// x/y axis order (`OSRSetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER)`). Release it with `OSRRelease`.
    func makeOGRSpatialReference() throws(GDALError) -> OGRSpatialReferenceH {
        GDALRuntime.ensureRegistered()
        GDALRuntime.resetError()
        guard let srs = OSRNewSpatialReference(nil) else { throw GDALRuntime.failure("OSRNewSpatialReference") }
        guard OSRSetFromUserInput(srs, definition) == OGRERR_NONE else {
            let error = GDALError.library(
                function: "OSRSetFromUserInput",
                message: "'\(definition)': \(GDALRuntime.lastMessage(or: "not a CRS definition GDAL knows"))")
            OSRRelease(srs)
            throw error
        }
        OSRSetAxisMappingStrategy(srs, OAMS_TRADITIONAL_GIS_ORDER)
        return srs
    }

    /// The CRS of an OGR spatial reference: `EPSG:n` when its authority is EPSG (`OSRGetAuthorityName`,
    /// `OSRGetAuthorityCode`) or can be identified as such (`OSRAutoIdentifyEPSG` on an `OSRClone`),
    /// else its WKT2 (`OSRExportToWktEx` with `FORMAT=WKT2_2019`). `nil` when it cannot be exported.
    init?(ogrSpatialReference srs: OGRSpatialReferenceH) {
        if let code = Self.epsgCode(of: srs) {
            self.init(unchecked: "EPSG:\(code)")
            return
        }
        if let clone = OSRClone(srs) {
            defer { OSRRelease(clone) }
            if OSRAutoIdentifyEPSG(clone) == OGRERR_NONE, let code = Self.epsgCode(of: clone) {
                self.init(unchecked: "EPSG:\(code)")
                return
            }
        }
        var text: UnsafeMutablePointer<CChar>?
        let status = CStringList.with(["FORMAT=WKT2_2019"]) { options in OSRExportToWktEx(srs, &text, options) }
        guard let wkt = GDALRuntime.takeString(text), status == OGRERR_NONE, !wkt.isEmpty else { return nil }
        self.init(unchecked: wkt)
    }

    private static func epsgCode(of srs: OGRSpatialReferenceH) -> String? {
        guard let authority = GDALRuntime.string(OSRGetAuthorityName(srs, nil)), authority.uppercased() == "EPSG",
            let code = GDALRuntime.string(OSRGetAuthorityCode(srs, nil)), !code.isEmpty
        else { return nil }
        return code
    }
}

/// NULL-terminated C string lists for GDAL option arguments (`CSLConstList`, `const char * const *`).
enum CStringList {
    /// Calls `body` with `strings` as a `char **` list (copied with `CPLStrdup`, freed afterwards; `nil` when
    /// empty) — the type GDAL 3.6 declares `CSLConstList` as, e.g. for `GDALDatasetCreateLayer`.
    static func withMutable<R, E: Error>(
        _ strings: [String], _ body: (UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) throws(E) -> R
    ) throws(E) -> R {
        if strings.isEmpty { return try body(nil) }
        let list = UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>.allocate(capacity: strings.count + 1)
        for (i, string) in strings.enumerated() { list[i] = CPLStrdup(string) }
        list[strings.count] = nil
        defer {
            for i in 0..<strings.count { VSIFree(list[i]) }
            list.deallocate()
        }
        return try body(list)
    }

    /// The same list as `const char * const *`, e.g. for `OSRExportToWktEx`.
    static func with<R, E: Error>(
        _ strings: [String], _ body: (UnsafePointer<UnsafePointer<CChar>?>?) throws(E) -> R
    ) throws(E) -> R {
        try withMutable(strings) { list throws(E) in
            try body(list.map { UnsafeRawPointer($0).assumingMemoryBound(to: UnsafePointer<CChar>?.self) })
        }
    }
}

extension CoordinateReferenceSystem {
    /// True when EPSG defines northing/easting or latitude/longitude order for `code`, as GDAL reads it
    /// (`OSRImportFromEPSG`, `OSREPSGTreatsAsNorthingEasting`, `OSREPSGTreatsAsLatLong`); false for unknown codes.
    public static func epsgHasNorthingFirst(_ code: Int) -> Bool {
        var result = false
        if let srs = OSRNewSpatialReference(nil) {
            if OSRImportFromEPSG(srs, Int32(code)) == OGRERR_NONE {
                result = OSREPSGTreatsAsNorthingEasting(srs) != 0 || OSREPSGTreatsAsLatLong(srs) != 0
            }
            OSRRelease(srs)
        }
        return result
    }
}
