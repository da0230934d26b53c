/// Where vector data comes from: a file path or a GDAL connection string, and optionally a layer name.
///
/// Parsed from the command-line form `path`, `path:layer` or a connection string (see `init(parsing:)`).
public struct VectorSourceLocation: Sendable, Hashable, CustomStringConvertible {
    /// A file path (`/vsi…` paths included) or a whole connection string, as handed to `GDALOpenEx`.
    public var source: String
    /// The layer to read, or `nil` for "the only layer".
    public var layer: String?
    /// True for connection strings (`PG:`, `WFS:`, `OAPIF:`, `http://`, `https://`), which are not checked on disk.
    public var isConnection: Bool

    /// Prefixes that make the whole string a connection, never split into `path:layer`.
    public static let connectionPrefixes = ["PG:", "WFS:", "OAPIF:", "http://", "https://"]

    /// A file path, and optionally the layer to read from it.
    public init(path: String, layer: String? = nil) {
        self.source = path
        self.layer = layer
        self.isConnection = false
    }

    /// A GDAL connection string (e.g. `PG:dbname=roads`) and optionally the layer (table) to read.
    public init(connection: String, layer: String? = nil) {
        self.source = connection
        self.layer = layer
        self.isConnection = true
    }

    /// Parses `path`, `path:layer` or a connection string.
    ///
    /// - A string starting with one of `connectionPrefixes` is a connection as a whole (for `PG:` name the layer
    ///   with `init(connection:layer:)`).
    /// - A string that names an existing file is that path, even if it contains `:`.
    /// - Otherwise it is split at the last `:`; if the left part exists, it is the path and the right part the
    ///   layer. Failing that the whole string is taken as the path (opening it then reports "no such file").
    ///
    /// - Parameter exists: the existence check; `nil` uses `VSIStatExL`, which also understands `/vsi…` paths.
    public init(parsing text: String, exists: ((String) -> Bool)? = nil) {
        let exists = exists ?? GDALRuntime.exists
        let upper = text.uppercased()
        if Self.connectionPrefixes.contains(where: { upper.hasPrefix($0.uppercased()) }) {
            self.init(connection: text)
            return
        }
        if exists(text) {
            self.init(path: text)
            return
        }
        if let colon = text.lastIndex(of: ":") {
            let path = String(text[..<colon])
            let layer = String(text[text.index(after: colon)...])
            if !path.isEmpty, !layer.isEmpty, exists(path) {
                self.init(path: path, layer: layer)
                return
            }
        }
        self.init(path: text)
    }

    /// `path:layer` or just `path`; connections show the layer after ` layer=`.
    public var description: String {
        guard let layer else { return source }
        return isConnection ? "\(source) layer=\(layer)" : "\(source):\(layer)"
    }
}
