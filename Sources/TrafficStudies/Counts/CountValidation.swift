/// The checks every count reader applies to one record, so that the same fault gives the same error
/// whichever format it came in.
enum CountValidation {
    /// A finite number from `text` (surrounding blanks allowed).
    static func number(_ text: String, field: String, at location: CountLocation) throws(CountError) -> Double {
        guard let value = Double(AttributeReader.trimmed(text)), value.isFinite else {
            throw .invalidNumber(field: field, value: text, expected: "a number", at: location)
        }
        return value
    }

    /// Seconds ≥ 0: a number, or (`sumoTime`) also SUMO's `[d:]h:m:s` as its outputs write it with
    /// `--human-readable-time`.
    static func seconds(
        _ text: String, field: String, sumoTime: Bool = false, at location: CountLocation
    ) throws(CountError) -> Double {
        let value =
            sumoTime
            ? SUMODemandImporter.seconds(text)
            : Double(AttributeReader.trimmed(text)).flatMap { $0.isFinite && $0 >= 0 ? $0 : nil }
        guard let value else {
            throw .invalidNumber(field: field, value: text, expected: "a time in seconds ≥ 0", at: location)
        }
        return value
    }

    /// A count from read values: a non-empty station, end after begin, vehicles ≥ 0, heavy vehicles ≥ 0 and
    /// not more than vehicles.
    static func count(
        station: String, target: CountTarget, begin: Double, end: Double, vehicles: Double,
        vehiclesField: String = "vehicles", heavyVehicles: Double? = nil, at location: CountLocation
    ) throws(CountError) -> TrafficCount {
        guard !station.isEmpty else { throw .missingField("station", at: location) }
        guard end > begin else { throw .emptyInterval(begin: begin, end: end, at: location) }
        guard vehicles >= 0 else { throw .negativeVehicles(field: vehiclesField, value: vehicles, at: location) }
        if let heavyVehicles {
            guard heavyVehicles >= 0 else {
                throw .negativeVehicles(field: "heavy_vehicles", value: heavyVehicles, at: location)
            }
            guard heavyVehicles <= vehicles else {
                throw .heavyVehiclesExceedTotal(heavy: heavyVehicles, vehicles: vehicles, at: location)
            }
        }
        return TrafficCount(
            station: station, target: target, begin: begin, end: end, vehicles: vehicles,
            heavyVehicles: heavyVehicles, location: location)
    }

    /// `body`'s result, with an importer's error (a missing XML attribute, say) as `CountError.input`.
    static func importing<T>(_ body: () throws(ImportError) -> T) throws(CountError) -> T {
        do {
            return try body()
        } catch {
            throw .input(error)
        }
    }
}
