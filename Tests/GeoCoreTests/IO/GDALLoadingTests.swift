import Foundation
import Testing

@testable import GeoCore

/// GDAL is loaded on the first call through Sources/CGDALLoader, not linked: the library that answers must be
/// the release whose declarations the stubs were compiled against, and a process that reads no GIS file must
/// not have it mapped.
@Suite struct GDALLoadingTests {
    @Test func theLoadedLibraryIsTheReleaseOfTheHeaders() {
        #expect(GDALRuntime.version == GDALRuntime.headerRelease)
        #expect(GDALRuntime.headerRelease.hasPrefix("3."))
    }

    @Test func aGDALCallAfterLoadingReachesTheLibrary() {
        GDALRuntime.ensureRegistered()
        GDALRuntime.resetError()
        #expect(GDALRuntime.exists("/dev/null"))
        #expect(!GDALRuntime.exists("/nonexistent/\(UUID().uuidString).gpkg"))
        #expect(!GDALRuntime.lastCallFailed)
    }
}
