import Foundation
import GeoCore
import Testing

/// Attribute values and features as values.
@Suite struct FeatureValueTests {
    @Test func attributeValuesEncodeAsPlainJSONScalars() throws {
        let values: [AttributeValue] = [.integer(3), .real(2.5), .null, .string("x"), .date("2024-01-02")]
        let encoder = JSONEncoder()
        let json = String(decoding: try encoder.encode(values), as: UTF8.self)
        #expect(json == #"[3,2.5,null,"x","2024-01-02"]"#)
        let decoded = try JSONDecoder().decode([AttributeValue].self, from: Data(json.utf8))
        #expect(decoded == [.integer(3), .real(2.5), .null, .string("x"), .string("2024-01-02")])
        #expect(AttributeValue.integer(3).doubleValue == 3)
        #expect(AttributeValue.string("3").doubleValue == nil)
        #expect(AttributeValue.real(2.5).stringValue == "2.5")
        #expect(AttributeValue.null.stringValue == nil)
    }

    @Test func featureKeepsColumnOrder() {
        var feature = Feature(geometry: nil, attributes: ["z": 1, "a": 2, "m": 3])
        #expect(feature.orderedAttributes.map(\.name) == ["z", "a", "m"])
        feature["b"] = "new"
        feature["a"] = nil
        #expect(feature.fieldOrder == ["z", "m", "b"])
        #expect(feature.orderedAttributes.map(\.value) == [1, 3, "new"])
    }
}
