import Foundation
import Testing

@testable import GeoCore

/// GDAL and PROJ are loaded on the first call through Sources/CLazyLibraries, not linked: the library that
/// answers must be the release whose declarations the stubs were compiled against.
@Suite struct LazyLibraryTests {
    @Test func theLoadedLibraryIsTheReleaseOfTheHeaders() {
        #expect(GDALRuntime.version == GDALRuntime.headerRelease)
        #expect(GDALRuntime.headerRelease.hasPrefix("3."))
    }

    @Test func theLoadedPROJIsTheReleaseOfTheHeaders() {
        #expect(PROJContext.libraryRelease == PROJContext.headerRelease)
        #expect(PROJContext.headerRelease.hasPrefix("9."))
    }

    @Test func aGDALCallAfterLoadingReachesTheLibrary() {
        GDALRuntime.ensureRegistered()
        GDALRuntime.resetError()
        #expect(GDALRuntime.exists("/dev/null"))
        #expect(!GDALRuntime.exists("/nonexistent/\(UUID().uuidString).gpkg"))
        #expect(!GDALRuntime.lastCallFailed)
    }
}
