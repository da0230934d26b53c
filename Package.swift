// swift-tools-version: 6.0
import PackageDescription

// Layers, each a target that imports only the ones below it (the compiler rejects an upward import):
//
//   parcelcheck, flowsim            command-line tools (over CommandLineSupport)
//   ParcelCheckKit | TrafficStudies  applications: the parcel check; interop (SUMO, OSM, GIS, files) and studies
//          |         TrafficCore     the traffic model: network, demand, signal plans as values, routing, engine
//   GeoCore                          GIS foundation: geometry, GEOS, CRS/PROJ, vector I/O/GDAL, SVG primitives
//   Support                          documents, atomic writes, number formatting, CSV
//
// ParcelCheckKit and the traffic targets do not know each other.
let package = Package(
    name: "GeoTraffic",
    platforms: [.macOS(.v15)],
    products: [
        .library(name: "Support", targets: ["Support"]),
        .library(name: "GeoCore", targets: ["GeoCore"]),
        .library(name: "ParcelCheckKit", targets: ["ParcelCheckKit"]),
        .library(name: "TrafficCore", targets: ["TrafficCore"]),
        .library(name: "TrafficStudies", targets: ["TrafficStudies"]),
        .executable(name: "parcelcheck", targets: ["parcelcheck"]),
        .executable(name: "flowsim", targets: ["flowsim"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "5.0.1"),
    ],
    targets: [
        // System libraries (Debian's -dev packages).
        .systemLibrary(name: "CGEOS", pkgConfig: "geos", providers: [.apt(["libgeos-dev"])]),
        // PROJ's and GDAL's headers only: the libraries are loaded on first use by CLazyLibraries, whose stubs
        // carry their names (README, "GDAL and PROJ are loaded on first use").
        .systemLibrary(name: "CPROJ", providers: [.apt(["libproj-dev", "proj-data"])]),
        .systemLibrary(name: "CGDAL", providers: [.apt(["libgdal-dev"])]),
        .systemLibrary(name: "CLibXML2", pkgConfig: "libxml-2.0", providers: [.apt(["libxml2-dev"])]),
        .systemLibrary(name: "CZlib", pkgConfig: "zlib", providers: [.apt(["zlib1g-dev"])]),

        // Layer 0: support.
        .target(name: "Support", dependencies: [.product(name: "Yams", package: "Yams")]),
        // Layer 1: the GIS foundation.
        .target(
            name: "CLazyLibraries", exclude: ["generate_stubs.py"], linkerSettings: [.linkedLibrary("dl")]),
        .target(name: "GeoCore", dependencies: ["Support", "CGEOS", "CPROJ", "CGDAL", "CLazyLibraries"]),
        // Layer 2: the parcel-check application; the traffic core.
        .target(
            name: "ParcelCheckKit",
            dependencies: ["GeoCore", "Support", .product(name: "Yams", package: "Yams")]),
        .target(name: "TrafficCore", dependencies: ["GeoCore", "Support"]),
        // Layer 3: traffic interop and studies.
        .target(
            name: "TrafficStudies",
            dependencies: ["TrafficCore", "GeoCore", "Support", "CLibXML2", "CZlib"]),
        // Command-line tools.
        .target(
            name: "CommandLineSupport",
            dependencies: ["Support", .product(name: "ArgumentParser", package: "swift-argument-parser")]),
        .executableTarget(
            name: "parcelcheck",
            dependencies: [
                "ParcelCheckKit", "GeoCore", "Support", "CommandLineSupport",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]),
        .executableTarget(
            name: "flowsim",
            dependencies: [
                "TrafficStudies", "TrafficCore", "GeoCore", "CommandLineSupport",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]),
        .executableTarget(
            name: "samplegen",
            dependencies: ["GeoCore", "ParcelCheckKit"],
            path: "sample-data/generator"),

        // Tests, one target per source target; each may use the layers below its subject for fixtures.
        // Two plain targets hold what several test targets share (public API only, so they build in release too):
        // TestSupport runs processes and the test servers of Tests/support and reads XML, TrafficTestSupport builds
        // small networks.
        .target(name: "TestSupport", path: "Tests/TestSupport"),
        .target(name: "TrafficTestSupport", dependencies: ["TrafficCore", "GeoCore"], path: "Tests/TrafficTestSupport"),
        .testTarget(name: "SupportTests", dependencies: ["Support"]),
        .testTarget(name: "GeoCoreTests", dependencies: ["GeoCore", "TestSupport"], resources: [.copy("Resources")]),
        .testTarget(
            name: "ParcelCheckKitTests",
            dependencies: ["ParcelCheckKit", "GeoCore", "TestSupport"],
            resources: [.copy("Resources")]),
        .testTarget(name: "TrafficCoreTests", dependencies: ["TrafficCore", "GeoCore", "TrafficTestSupport"]),
        .testTarget(
            name: "TrafficStudiesTests",
            dependencies: ["TrafficStudies", "TrafficCore", "GeoCore", "Support", "TrafficTestSupport", "TestSupport"],
            exclude: ["Fixtures"]),
        .testTarget(name: "CLITests", dependencies: ["TestSupport"], exclude: ["Resources"]),
    ],
    swiftLanguageModes: [.v6]
)

// The fuzz harness (bench/fuzz, `make fuzz`): only when bench/fuzz/run.sh builds it, with every module compiled
// with -sanitize=fuzzer. Not part of `swift build` or `swift test`.
if Context.environment["GEOTRAFFIC_FUZZ"] == "1" {
    package.targets.append(
        .executableTarget(
            name: "fuzz-targets",
            dependencies: ["ParcelCheckKit", "TrafficStudies", "TrafficCore", "GeoCore"],
            path: "bench/fuzz/Sources/FuzzTargets",
            swiftSettings: [.unsafeFlags(["-parse-as-library"])]))
    package.products.append(.executable(name: "fuzz-targets", targets: ["fuzz-targets"]))
}
