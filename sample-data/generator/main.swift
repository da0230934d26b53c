import Foundation
import GeoCore
import ParcelCheckKit

/// Builds sample-data/lueneburg.gpkg: a reproducible cadastre and theme layers around Lüneburg (EPSG:25832).
/// Usage: samplegen [OUTPUT.gpkg] [--seed N]
let arguments = Array(CommandLine.arguments.dropFirst())
var output = "sample-data/lueneburg.gpkg"
var seed: UInt64 = 2718
var index = 0
while index < arguments.count {
    switch arguments[index] {
    case "--seed":
        index += 1
        guard index < arguments.count, let value = UInt64(arguments[index]) else {
            FileHandle.standardError.write(Data("samplegen: --seed needs a non-negative integer\n".utf8))
            exit(64)
        }
        seed = value
    case "-h", "--help":
        print("usage: samplegen [OUTPUT.gpkg] [--seed N]   (default: sample-data/lueneburg.gpkg, seed 2718)")
        exit(0)
    default:
        output = arguments[index]
    }
    index += 1
}

do {
    let started = Date()
    var parcelGenerator = ParcelGenerator(random: SampleRandom(seed: seed))
    let parcels = parcelGenerator.generate()
    let ctx = GeometryContext()
    var random = SampleRandom(seed: seed &+ 1)
    var parcelFeatures: [Feature] = []
    parcelFeatures.reserveCapacity(parcels.count)
    for (i, p) in parcels.enumerated() {
        let handle = try ctx.handle(p.geometry)
        try handle.requireValid()
        let area = try handle.area()
        // The official area is rounded to m² and may differ slightly from the geometric area.
        let official = (area * (1 + random.uniform(-0.002, 0.002))).rounded()
        let id = try ParcelIdentifier(land: "03", gemarkung: p.gemarkung.number, flur: p.flur, zaehler: p.zaehler, nenner: p.nenner)
        parcelFeatures.append(Feature(fid: Int64(i + 1), geometry: p.geometry, attributes: [
            "flurstueckskennzeichen": .string(id.kennzeichen),
            "gemarkungsnummer": .integer(Int64(p.gemarkung.number)),
            "gemarkung": .string(p.gemarkung.name),
            "flur": .integer(Int64(p.flur)),
            "zaehler": .integer(Int64(p.zaehler)),
            "nenner": p.nenner.map { .integer(Int64($0)) } ?? .null,
            "amtlicheflaeche": .real(official),
            "nutzung": .string(p.nutzung),
        ]))
    }
    var themes = ThemeGenerator(random: SampleRandom(seed: seed &+ 2), parcels: parcels)
    let layers: [SampleLayer] = try [
        themes.wasserschutzgebiete(), themes.naturschutzgebiete(), themes.landschaftsschutzgebiete(),
        themes.ffhGebiete(), themes.ueberschwemmungsgebiete(), themes.bebauungsplaene(), themes.biotope(),
        themes.gewaesser(), themes.kompensationsflaechen(), themes.raumordnung(),
    ]
    for layer in layers {
        for f in layer.features {
            guard let g = f.geometry else { continue }
            try ctx.handle(g).requireValid()
        }
    }
    var gemarkungen: [Feature] = []
    for row in StudyArea.sectors {
        for g in row {
            gemarkungen.append(Feature(geometry: nil, attributes: [
                "gemarkungsnummer": .integer(Int64(g.number)), "gemarkung": .string(g.name), "land": "03",
            ]))
        }
    }
    let writer = try VectorWriter(path: output)
    try writer.addLayer("flurstuecke", features: parcelFeatures, crs: .etrs89UTM32, preservingFIDs: true)
    try writer.createAttributeIndex(layer: "flurstuecke", field: "flurstueckskennzeichen")
    try writer.createAttributeIndex(layer: "flurstuecke", field: "gemarkung")
    for layer in layers {
        try writer.addLayer(layer.name, features: layer.features, crs: layer.crs, preservingFIDs: true)
    }
    try writer.addLayer("gemarkungen", features: gemarkungen.sorted { $0["gemarkungsnummer"]!.integerValue! < $1["gemarkungsnummer"]!.integerValue! }, crs: nil)
    // Added after the older layers, from their own generator, so those stay byte-for-byte the same.
    var parking = ParkingSampleGenerator(random: SampleRandom(seed: seed &+ 3))
    for layer in parking.layers() {
        try writer.addLayer(layer.name, features: layer.features, schema: layer.schema, crs: layer.crs)
    }
    try writer.commit()
    let seconds = Date().timeIntervalSince(started)
    print("samplegen: wrote \(output): \(parcelFeatures.count) parcels, \(layers.count) theme layers (seed \(seed), \(String(format: "%.1f", seconds)) s)")
} catch {
    FileHandle.standardError.write(Data("samplegen: \(error)\n".utf8))
    exit(1)
}
