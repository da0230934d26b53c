/// A turning movement at a node: from an incoming link to an outgoing link.
///
/// A route is a sequence of links in which each consecutive pair is connected by a movement.
public struct Movement: Sendable, Hashable {
    public var from: LinkID
    public var to: LinkID
    /// Lanes serving the movement; its saturation flow is lanes × (from-link capacity per lane).
    public var lanes: Int
    /// The signal group controlling the movement at a signalised node, or `nil` when unsignalised.
    public var signalGroup: String?

    public init(from: LinkID, to: LinkID, lanes: Int, signalGroup: String? = nil) {
        self.from = from
        self.to = to
        self.lanes = lanes
        self.signalGroup = signalGroup
    }
}
