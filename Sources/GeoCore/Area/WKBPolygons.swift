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
            var polygons: [Polygon] = []
            var rings: [[Coordinate]] = []
            let type = reader.polygons { _, count, start, stride, little in
                rings.append((0..<count).map { i in
                    let at = start + i * stride
                    return Coordinate(Reader.double(buffer, at, little), Reader.double(buffer, at + 8, little))
                })
            } polygonEnd: {
                polygons.append(Polygon(exterior: rings.first ?? [], holes: Array(rings.dropFirst())))
                rings.removeAll()
            }
            switch type {
            case 3?: return .polygon(polygons[0])
            case 6?: return .multiPolygon(MultiPolygon(polygons))
            default: return nil
            }
        }
    }

    /// The shape of the polygon or multipolygon in `wkb`, read straight into its flat arrays; `nil` when the
    /// WKB is something else or malformed (then GEOS decides), a `Refusal` for non-finite coordinates or a
    /// degenerate ring.
    public static func shape(_ wkb: [UInt8]) throws(PolygonalShape.Refusal) -> PolygonalShape? {
        let result = wkb.withUnsafeBufferPointer { buffer -> Result<PolygonalShape, PolygonalShape.Refusal>? in
            var reader = Reader(bytes: buffer)
            var builder = PolygonalShape.Builder()
            var refusal: PolygonalShape.Refusal?
            let type = reader.polygons { k, count, start, stride, little in
                guard refusal == nil else { return }
                do throws(PolygonalShape.Refusal) {
                    try builder.addRing(count: count, shell: k == 0) { i in
                        let at = start + i * stride
                        return (Reader.double(buffer, at, little), Reader.double(buffer, at + 8, little))
                    }
                } catch {
                    refusal = error
                }
            } polygonEnd: {
                builder.endPolygon()
            }
            guard type != nil else { return nil }
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

        /// Walks a polygon or multipolygon: `ring` for each ring (its index in its polygon — 0 is the shell —,
        /// point count, byte offset of its first point, bytes per point, byte order) and `polygonEnd` after each
        /// polygon. Returns the type (3 polygon, 6 multipolygon), or `nil` when the WKB is something else, is
        /// truncated or has bytes left over (`ring` may have been called by then).
        mutating func polygons(
            ring: (_ index: Int, _ count: Int, _ start: Int, _ stride: Int, _ littleEndian: Bool) -> Void,
            polygonEnd: () -> Void
        ) -> UInt32? {
            guard let (type, dimensions) = header() else { return nil }
            var count = 1
            if type == 6 {
                guard let n = uint32(), Int(n) < bytes.count else { return nil }
                count = Int(n)
            } else if type != 3 {
                return nil
            }
            for _ in 0..<count {
                var stride = dimensions * 8
                if type == 6 {
                    guard let (partType, partDimensions) = header(), partType == 3 else { return nil }
                    stride = partDimensions * 8
                }
                guard let rings = uint32(), Int(rings) < bytes.count else { return nil }
                for k in 0..<Int(rings) {
                    guard let n = uint32(), Int(n) * stride <= bytes.count - offset else { return nil }
                    ring(k, Int(n), offset, stride, littleEndian)
                    offset += Int(n) * stride
                }
                polygonEnd()
            }
            return offset == bytes.count ? type : nil
        }
    }
}
