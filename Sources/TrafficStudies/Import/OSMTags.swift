import Foundation
import TrafficCore

/// OSM tag values as the OSM importer reads them.
enum OSMTags {
    /// Parses GDAL's `other_tags` field, an hstore literal: `"key"=>"value","key2"=>"value2"`, with `\"` and `\\`
    /// escaped inside quotes. `nil` when the text does not have that form.
    static func parseHstore(_ text: String) -> [String: String]? {
        var tags: [String: String] = [:]
        var chars = text[...]
        func skipSpaces() { while let c = chars.first, c == " " { chars.removeFirst() } }
        func quoted() -> String? {
            guard chars.first == "\"" else { return nil }
            chars.removeFirst()
            var out = ""
            while let c = chars.popFirst() {
                switch c {
                case "\\":
                    guard let next = chars.popFirst() else { return nil }
                    out.append(next)
                case "\"":
                    return out
                default:
                    out.append(c)
                }
            }
            return nil
        }
        skipSpaces()
        while !chars.isEmpty {
            guard let key = quoted() else { return nil }
            skipSpaces()
            guard chars.hasPrefix("=>") else { return nil }
            chars.removeFirst(2)
            skipSpaces()
            guard let value = quoted() else { return nil }
            tags[key] = value
            skipSpaces()
            if chars.first == "," {
                chars.removeFirst()
                skipSpaces()
            } else if !chars.isEmpty {
                return nil
            }
        }
        return tags
    }

    /// A `maxspeed` value.
    enum Speed: Equatable {
        case kmh(Double)
        /// No number to take (`none`, `signals`, `variable`, `DE:motorway`): the highway type's default.
        case typeDefault
        case invalid
    }

    /// Implicit German limits (OSM wiki "Default speed limits", Germany; StVO §3(3)).
    static let implicitSpeeds: [String: Speed] = [
        "de:urban": .kmh(50), "de:rural": .kmh(100), "de:motorway": .typeDefault, "de:trunk": .typeDefault,
        "de:living_street": .kmh(7), "de:zone30": .kmh(30), "de:zone:30": .kmh(30), "de:zone20": .kmh(20),
        "de:zone:20": .kmh(20), "de:bicycle_road": .kmh(30), "walk": .kmh(7), "none": .typeDefault,
        "signals": .typeDefault, "variable": .typeDefault, "national": .typeDefault,
    ]

    /// Reads `maxspeed`: a number in km/h, a number with `mph` or `km/h`, or an implicit value such as
    /// `DE:urban`; of several values separated by `;` the first.
    static func speed(_ raw: String) -> Speed {
        let text = raw.split(separator: ";").first.map { $0.trimmingCharacters(in: .whitespaces) } ?? ""
        if let implicit = implicitSpeeds[text.lowercased()] { return implicit }
        var number = text
        var factor = 1.0
        for (unit, scale) in [("mph", 1.609344), ("km/h", 1.0), ("kmh", 1.0), ("kph", 1.0)] where text.hasSuffix(unit) {
            number = String(text.dropLast(unit.count)).trimmingCharacters(in: .whitespaces)
            factor = scale
        }
        guard let value = Double(number), value > 0, value.isFinite else { return .invalid }
        return .kmh(value * factor)
    }

    /// Reads `lanes`, `lanes:forward`, `lanes:backward`: a positive integer; of several values separated by `;`
    /// the first. `nil` when unreadable.
    static func lanes(_ raw: String) -> Int? {
        guard let first = raw.split(separator: ";").first,
            let value = Int(first.trimmingCharacters(in: .whitespaces)), value >= 1
        else { return nil }
        return value
    }

    /// Reads `oneway`: yes/true/1 → along the way, -1/reverse → against it, no/false/0 → both; `nil` for any
    /// other value (`reversible` and `alternating` included).
    static func oneway(_ raw: String) -> RoadPiece.Direction? {
        switch raw.lowercased() {
        case "yes", "true", "1": .forward
        case "-1", "reverse": .backward
        case "no", "false", "0": .both
        default: nil
        }
    }
}
