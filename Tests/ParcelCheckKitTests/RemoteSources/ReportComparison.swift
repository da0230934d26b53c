import Foundation
import GeoCore
import ParcelCheckKit
import Testing

/// Expectations that a report read from a remote source gives the answers of the same check on the GeoPackage.
enum ReportComparison {
    /// Layers, features, areas (to 1e-6 m²), notes, and the sources' CRS and feature counts agree: for a source
    /// that stores the data as the GeoPackage does (PostGIS).
    static func expectSame(_ actual: CheckReport, _ expected: CheckReport, parcel: String) {
        #expect(actual.parcel.id == expected.parcel.id, "\(parcel)")
        #expect(actual.parcel.label == expected.parcel.label, "\(parcel)")
        #expect(abs(actual.parcel.areaM2 - expected.parcel.areaM2) <= 1e-6, "\(parcel)")
        #expect(actual.parcel.officialAreaM2 == expected.parcel.officialAreaM2, "\(parcel)")
        #expect(actual.parcel.attributes == expected.parcel.attributes, "\(parcel)")
        #expect(actual.notes == expected.notes, "\(parcel)")
        #expect(actual.layers.map(\.layer) == expected.layers.map(\.layer), "\(parcel)")
        for (a, e) in zip(actual.layers, expected.layers) {
            let what = "\(parcel) / \(e.layer)"
            #expect(a.status == .ok, "\(what): \(a.error ?? "")")
            #expect(a.affected == e.affected, "\(what)")
            #expect(a.contact == e.contact, "\(what)")
            #expect(abs((a.overlapAreaM2 ?? .nan) - (e.overlapAreaM2 ?? .nan)) <= 1e-6, "\(what): \(a.overlapAreaM2 ?? -1) vs \(e.overlapAreaM2 ?? -1)")
            #expect(a.features.map(\.fid) == e.features.map(\.fid), "\(what)")
            #expect(a.features.map(\.label) == e.features.map(\.label), "\(what)")
            #expect(a.features.map(\.contact) == e.features.map(\.contact), "\(what)")
            for (fa, fe) in zip(a.features, e.features) {
                #expect(abs(fa.overlapAreaM2 - fe.overlapAreaM2) <= 1e-6, "\(what) feature \(fe.fid)")
                #expect(fa.attributes == fe.attributes, "\(what) feature \(fe.fid)")
            }
        }
        #expect(actual.sources.map(\.layer) == expected.sources.map(\.layer), "\(parcel)")
        for (a, e) in zip(actual.sources, expected.sources) {
            #expect(a.crs == e.crs, "\(parcel) / source \(e.layer)")
            #expect(a.featureCount == e.featureCount, "\(parcel) / source \(e.layer)")
        }
    }

    /// Expects a report read from a service to match the GeoPackage's layer by layer and feature by feature:
    /// read, affected, contact, overlap areas (`areasMatch`), fids, labels and attributes (`attributesMatch`,
    /// by default equal values of equal types). A parcel that shares a boundary with a zone is "covered" in the file but may be "overlap"
    /// (same area) after the service moved the zone's vertices by nanometres (CRS84 round trip) or rounded them.
    static func expectSameLayers(
        _ actual: CheckReport, _ expected: CheckReport, parcel: String, areasMatch: (Double?, Double?) -> Bool,
        attributesMatch: ([String: AttributeValue], [String: AttributeValue]) -> Bool = (==)
    ) {
        #expect(actual.layers.map(\.layer) == expected.layers.map(\.layer))
        for (a, e) in zip(actual.layers, expected.layers) {
            let what = "\(parcel) / \(e.layer)"
            #expect(a.status == .ok, "\(what): \(a.error ?? "")")
            #expect(a.affected == e.affected, "\(what)")
            #expect(sameContact(a.contact, e.contact), "\(what): \(String(describing: a.contact)) vs \(String(describing: e.contact))")
            #expect(areasMatch(a.overlapAreaM2, e.overlapAreaM2), "\(what): \(a.overlapAreaM2 ?? -1) vs \(e.overlapAreaM2 ?? -1)")
            #expect(a.features.map(\.fid) == e.features.map(\.fid), "\(what)")
            #expect(a.features.map(\.label) == e.features.map(\.label), "\(what)")
            for (fa, fe) in zip(a.features, e.features) {
                #expect(sameContact(fa.contact, fe.contact), "\(what) feature \(fe.fid)")
                #expect(areasMatch(fa.overlapAreaM2, fe.overlapAreaM2), "\(what) feature \(fe.fid): \(fa.overlapAreaM2) vs \(fe.overlapAreaM2)")
                #expect(attributesMatch(fa.attributes, fe.attributes), "\(what) feature \(fe.fid): \(fa.attributes) vs \(fe.attributes)")
            }
        }
    }

    /// Attributes as the JSON report writes them (a date and the same text are alike there).
    static func json(_ attributes: [String: AttributeValue]) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        return (try? encoder.encode(attributes)).map { String(decoding: $0, as: UTF8.self) } ?? "\(attributes)"
    }

    static func sameContact(_ a: Contact?, _ b: Contact?) -> Bool {
        a == b || (Set([a, b]) == Set([Contact.covers, Contact.overlap]))
    }

    /// Equal to 1e-6 relative (and 1e-6 absolute near zero).
    static func close(_ a: Double?, _ b: Double?) -> Bool {
        guard let a, let b else { return a == nil && b == nil }
        return abs(a - b) <= 1e-6 * max(1, abs(b))
    }

    static func close(_ a: [Double?], _ b: [Double?]) -> Bool {
        a.count == b.count && zip(a, b).allSatisfy { close($0, $1) }
    }
}
