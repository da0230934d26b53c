/// Reads polygons and multipolygons from (ISO or extended) WKB into `Geometry` values without GEOS: the batch
/// check's fast path from a GeoPackage blob's WKB to `PolygonalShape`.
///
/// Little- and big-endian, 2D, Z, M and ZM (extra ordinates dropped), ISO type codes (1003, 2006, 3003 …) and
/// the EWKB flag bits. Anything else (points, lines, collections, curves, a truncated buffer) is refused with
/// `nil`, and the caller hands the bytes to GEOS.
public enum WKBPolygons {
    /// The polygon or multipolygon in `wkb`, or `nil` when it is something else or malformed.
    public static func read(_ wkb: [UInt8]) -> Geometry? {
        wkb.withUnsafeBufferPointer { buffer in
            var reader = Reader(bytes: buffer)
            guard let geometry = reader.geometry(depth: 0), reader.offset == buffer.count else { return nil }
            return geometry
        }
    }

    /// The shape of the polygon or multipolygon in `wkb`, read straight into its flat arrays; `nil` when the
    /// WKB is something else or malformed (then GEOS decides), a `Refusal` for non-finite coordinates or a
    /// degenerate ring.
    public static func shape(_ wkb: [UInt8]) throws(PolygonalShape.Refusal) -> PolygonalShape? {
        let result = wkb.withUnsafeBufferPointer { buffer -> Result<PolygonalShape, PolygonalShape.Refusal>? in
            var reader = Reader(bytes: buffer)
            var builder = PolygonalShape.Builder()
            guard let (type, dimensions) = reader.header() else { return nil }
            var polygons = 1
            var multi = false
            if type == 6 {
                guard let n = reader.uint32(), Int(n) < buffer.count else { return nil }
                polygons = Int(n)
                multi = true
            } else if type != 3 {
                return nil
            }
            var refusal: PolygonalShape.Refusal?
            for _ in 0..<polygons {
                var dims = dimensions
                if multi {
                    guard let (partType, partDimensions) = reader.header(), partType == 3 else { return nil }
                    dims = partDimensions
                }
                guard let rings = reader.uint32(), Int(rings) < buffer.count else { return nil }
                for k in 0..<Int(rings) {
                    guard let n = reader.uint32(), Int(n) * dims * 8 <= buffer.count - reader.offset else { return nil }
                    let start = reader.offset, little = reader.littleEndian, stride = dims * 8
                    if refusal == nil {
                        do throws(PolygonalShape.Refusal) {
                            try builder.addRing(count: Int(n), shell: k == 0) { i in
                                let at = start + i * stride
                                return (Reader.double(buffer, at, little), Reader.double(buffer, at + 8, little))
                            }
                        } catch {
                            refusal = error
                        }
                    }
                    reader.offset += Int(n) * stride
                }
                builder.endPolygon()
            }
            guard reader.offset == buffer.count else { return nil }
            if let refusal { return .failure(refusal) }
            do throws(PolygonalShape.Refusal) { return .success(try builder.build()) } catch { return .failure(error) }
        }
        switch result {
        case nil: return nil
        case .success(let shape)?: return shape
        case .failure(let refusal)?: throw refusal
        }
    }

    struct Reader {
        /// The double at byte `at` of `bytes` in the given byte order.
        @inline(__always)
        static func double(_ bytes: UnsafeBufferPointer<UInt8>, _ at: Int, _ littleEndian: Bool) -> Double {
            var v: UInt64 = 0
            for i in 0..<8 { v |= UInt64(bytes[at + i]) << (8 * UInt64(i)) }
            return Double(bitPattern: littleEndian ? v : v.byteSwapped)
        }

        let bytes: UnsafeBufferPointer<UInt8>
        var offset = 0
        var littleEndian = true

        mutating func byte() -> UInt8? {
            guard offset < bytes.count else { return nil }
            defer { offset += 1 }
            return bytes[offset]
        }

        mutating func uint32() -> UInt32? {
            guard offset + 4 <= bytes.count else { return nil }
            var v: UInt32 = 0
            for i in 0..<4 { v |= UInt32(bytes[offset + i]) << (8 * UInt32(i)) }
            offset += 4
            return littleEndian ? v : v.byteSwapped
        }

        mutating func double() -> Double? {
            guard offset + 8 <= bytes.count else { return nil }
            var v: UInt64 = 0
            for i in 0..<8 { v |= UInt64(bytes[offset + i]) << (8 * UInt64(i)) }
            offset += 8
            return Double(bitPattern: littleEndian ? v : v.byteSwapped)
        }

        /// Byte order and type; returns (base type 1…7, ordinates per point).
        mutating func header() -> (type: UInt32, dimensions: Int)? {
            guard let order = byte(), order <= 1 else { return nil }
            littleEndian = order == 1
            guard var code = uint32() else { return nil }
            var dimensions = 2
            // EWKB flags: Z 0x80000000, M 0x40000000, SRID 0x20000000 (followed by the SRID).
            if code & 0x8000_0000 != 0 { dimensions += 1 }
            if code & 0x4000_0000 != 0 { dimensions += 1 }
            if code & 0x2000_0000 != 0 { guard uint32() != nil else { return nil } }
            code &= 0x0FFF_FFFF
            switch code / 1000 {
            case 0: break
            case 1, 2: dimensions += 1  // Z or M
            case 3: dimensions += 2  // ZM
            default: return nil
            }
            return (code % 1000, dimensions)
        }

        mutating func ring(dimensions: Int) -> [Coordinate]? {
            guard let n = uint32(), Int(n) * dimensions * 8 <= bytes.count - offset else { return nil }
            var ring: [Coordinate] = []
            ring.reserveCapacity(Int(n))
            for _ in 0..<n {
                guard let x = double(), let y = double() else { return nil }
                for _ in 2..<dimensions { guard double() != nil else { return nil } }
                ring.append(Coordinate(x, y))
            }
            return ring
        }

        mutating func polygon(dimensions: Int) -> Polygon? {
            guard let n = uint32(), Int(n) < bytes.count else { return nil }
            var rings: [[Coordinate]] = []
            for _ in 0..<n {
                guard let ring = ring(dimensions: dimensions) else { return nil }
                rings.append(ring)
            }
            return Polygon(exterior: rings.first ?? [], holes: Array(rings.dropFirst()))
        }

        mutating func geometry(depth: Int) -> Geometry? {
            guard let (type, dimensions) = header() else { return nil }
            switch type {
            case 3:
                return polygon(dimensions: dimensions).map { .polygon($0) }
            case 6 where depth == 0:
                guard let n = uint32(), Int(n) < bytes.count else { return nil }
                var polygons: [Polygon] = []
                for _ in 0..<n {
                    guard case .polygon(let p)? = geometry(depth: 1) else { return nil }
                    polygons.append(p)
                }
                return .multiPolygon(MultiPolygon(polygons))
            default:
                return nil
            }
        }
    }
}
