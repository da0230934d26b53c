/// Index of a node in `Network.nodes`.
///
/// IDs are dense (0 ..< count) so that the simulation can keep per-node state in contiguous arrays.
public struct NodeID: Hashable, Sendable, Comparable, CustomStringConvertible {
    public let rawValue: Int32

    @inlinable public init(rawValue: Int32) { self.rawValue = rawValue }
    @inlinable package init(_ index: Int) { self.rawValue = Int32(index) }

    /// The array index this ID stands for.
    @inlinable public var index: Int { Int(rawValue) }
    public var description: String { "node#\(rawValue)" }
    @inlinable public static func < (a: NodeID, b: NodeID) -> Bool { a.rawValue < b.rawValue }
}

/// Index of a link in `Network.links`.
public struct LinkID: Hashable, Sendable, Comparable, CustomStringConvertible {
    public let rawValue: Int32

    @inlinable public init(rawValue: Int32) { self.rawValue = rawValue }
    @inlinable package init(_ index: Int) { self.rawValue = Int32(index) }

    @inlinable public var index: Int { Int(rawValue) }
    public var description: String { "link#\(rawValue)" }
    @inlinable public static func < (a: LinkID, b: LinkID) -> Bool { a.rawValue < b.rawValue }
}

/// Index of a turning movement in `Network.movements`.
public struct MovementID: Hashable, Sendable, Comparable, CustomStringConvertible {
    public let rawValue: Int32

    @inlinable public init(rawValue: Int32) { self.rawValue = rawValue }
    @inlinable package init(_ index: Int) { self.rawValue = Int32(index) }

    @inlinable public var index: Int { Int(rawValue) }
    public var description: String { "movement#\(rawValue)" }
    @inlinable public static func < (a: MovementID, b: MovementID) -> Bool { a.rawValue < b.rawValue }
}
