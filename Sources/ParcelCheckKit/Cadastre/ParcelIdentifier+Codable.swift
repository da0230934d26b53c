/// Encoded as the 20-character key, e.g. `"032718012000450003__"`, the form ALKIS layers carry in
/// `flurstueckskennzeichen`.
extension ParcelIdentifier: Codable {
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        do {
            try self.init(kennzeichen: text)
        } catch {
            throw DecodingError.dataCorruptedError(
                in: container, debugDescription: "invalid Flurstückskennzeichen \"\(text)\": \(error)")
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(kennzeichen)
    }
}
