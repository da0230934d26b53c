// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "GeoTraffic",
    platforms: [.macOS(.v15)],
    products: [
        .library(name: "GeoCore", targets: ["GeoCore"]),
        .library(name: "TrafficModel", targets: ["TrafficModel"]),
        .executable(name: "parcelcheck", targets: ["parcelcheck"]),
        .executable(name: "flowsim", targets: ["flowsim"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "5.0.1"),
    ],
    targets: [
        .systemLibrary(
            name: "CGEOS", pkgConfig: "geos",
            providers: [.apt(["libgeos-dev"])]),
        .systemLibrary(
            name: "CPROJ", pkgConfig: "proj",
            providers: [.apt(["libproj-dev", "proj-data"])]),
        .systemLibrary(
            name: "CGDAL", pkgConfig: "gdal",
            providers: [.apt(["libgdal-dev"])]),
        .target(
            name: "GeoCore",
            dependencies: ["CGEOS", "CPROJ", "CGDAL", .product(name: "Yams", package: "Yams")]),
        .systemLibrary(
            name: "CLibXML2", pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"])]),
        .systemLibrary(
            name: "CZlib", pkgConfig: "zlib",
            providers: [.apt(["zlib1g-dev"])]),
        .target(
            name: "TrafficModel",
            dependencies: ["GeoCore", "CLibXML2", "CZlib", .product(name: "Yams", package: "Yams")]),
        .target(
            name: "CommandLineSupport",
            dependencies: [.product(name: "ArgumentParser", package: "swift-argument-parser")]),
        .executableTarget(
            name: "parcelcheck",
            dependencies: [
                "GeoCore", "CommandLineSupport",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]),
        .executableTarget(
            name: "flowsim",
            dependencies: [
                "TrafficModel", "GeoCore", "CommandLineSupport",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]),
        .executableTarget(
            name: "samplegen",
            dependencies: ["GeoCore"],
            path: "sample-data/generator"),
        .testTarget(
            name: "GeoCoreTests",
            dependencies: ["GeoCore"],
            resources: [.copy("Resources")]),
        .testTarget(
            name: "TrafficModelTests",
            dependencies: ["TrafficModel"],
            exclude: ["Fixtures"]),
        .testTarget(
            name: "CLITests",
            dependencies: ["GeoCore"],
            exclude: ["Resources"]),
    ],
    swiftLanguageModes: [.v6]
)
