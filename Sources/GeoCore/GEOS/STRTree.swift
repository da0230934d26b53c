internal import CGEOS

/// A bulk-loaded STR-tree over the envelopes of a fixed list of handles (`GEOSSTRtree_*_r`).
///
/// GEOS 3.11 has no explicit build call and builds the tree lazily on its first query, which mutates it.
/// `init` therefore runs one query before returning, so every later query only reads. The tree and its
/// handles belong to one context; parallel work builds one tree per task.
public final class STRTree {
    public let context: GeometryContext
    /// The indexed handles; query results are indices into this array.
    public let items: [GeometryHandle]
    private let tree: OpaquePointer

    /// - Complexity: O(n log n) to build.
    public init(_ items: [GeometryHandle], nodeCapacity: Int = 10, in context: GeometryContext) throws(GEOSError) {
        self.context = context
        self.items = items
        context.clearError()
        guard let tree = GEOSSTRtree_create_r(context.handle, max(2, nodeCapacity)) else {
            throw context.failure("GEOSSTRtree_create_r")
        }
        self.tree = tree
        for (index, item) in items.enumerated() where !item.isEmpty {
            // The item pointer carries index + 1 (NULL is not a valid item).
            GEOSSTRtree_insert_r(context.handle, tree, item.pointer, UnsafeMutableRawPointer(bitPattern: index + 1))
        }
        // Force the lazy build now, before anyone queries.
        if let first = items.first(where: { !$0.isEmpty }) { _ = query(first) }
    }

    deinit { GEOSSTRtree_destroy_r(context.handle, tree) }

    /// Indices of the items whose envelope intersects the envelope of `geometry`, ascending.
    /// - Complexity: O(log n + k).
    public func query(_ geometry: GeometryHandle) -> [Int] {
        final class Sink { var hits: [Int] = [] }
        let sink = Sink()
        withExtendedLifetime(sink) {
            GEOSSTRtree_query_r(context.handle, tree, geometry.pointer, { item, userdata in
                guard let item, let userdata else { return }
                let sink = Unmanaged<Sink>.fromOpaque(userdata).takeUnretainedValue()
                sink.hits.append(Int(bitPattern: item) - 1)
            }, Unmanaged.passUnretained(sink).toOpaque())
        }
        return sink.hits.sorted()
    }

    /// Indices of the items whose envelope intersects `envelope`, ascending.
    public func query(_ envelope: Envelope) throws(GEOSError) -> [Int] {
        query(try context.handle(envelope))
    }
}
