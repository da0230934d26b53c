import Support

/// Where vector data comes from: a file path or a GDAL connection string, and optionally a layer name.
///
/// Parsed from the command-line form `path`, `path:layer` or a connection string (see `init(parsing:)`).
/// A PostgreSQL connection names its table with ` layer=schema.table` and, optionally, the environment variable
/// holding the password with ` password_env=NAME`:
///
///     PG:host=db port=5432 dbname=gis user=reader layer=kataster.flurstuecke password_env=PARCELCHECK_PG_PASSWORD
///
/// Neither is a libpq keyword: both are taken out of `source` and kept in `layer` and `passwordEnvironment`.
/// The password itself is read only when the dataset is opened (`VectorDataset.open`), so it never appears in a
/// location, a catalog, a report or an error message.
///
/// A web service (`OAPIF:`, `WFS:`, `http(s)://`) is the URL up to the first space; after it come
/// ` layer=COLLECTION_OR_TYPENAME`, ` timeout_s=SECONDS` and ` page_size=N` (see `isWebService`):
///
///     OAPIF:https://geo.kreis.local/ogcapi layer=biotope timeout_s=20 page_size=500
public struct VectorSourceLocation: Sendable, Hashable, CustomStringConvertible {
    /// A file path (`/vsi…` paths included) or a whole connection string, as handed to `GDALOpenEx`.
    public var source: String
    /// The layer to read, or `nil` for "the only layer". For PostgreSQL `schema.table` (or `table` in `public`).
    public var layer: String?
    /// True for connection strings (`PG:`, `WFS:`, `OAPIF:`, `http://`, `https://`), which are not checked on disk.
    public var isConnection: Bool
    /// For `PG:` connections: the environment variable whose value is passed to libpq as `password` when the
    /// dataset is opened. Without it libpq's own `PGPASSWORD` and `~/.pgpass` apply.
    public var passwordEnvironment: String?
    /// For web services: the HTTP timeout in seconds (`GDAL_HTTP_TIMEOUT`, `GDAL_HTTP_CONNECTTIMEOUT`), `nil` for
    /// `VectorDataset.defaultTimeout`.
    public var timeoutSeconds: Double?
    /// For web services: features per request (OAPIF open option `PAGE_SIZE`, WFS `OGR_WFS_PAGE_SIZE`), `nil`
    /// for `VectorDataset.defaultPageSize`.
    public var pageSize: Int?

    /// Prefixes that make the whole string a connection, never split into `path:layer`.
    public static let connectionPrefixes = ["PG:", "WFS:", "OAPIF:", "http://", "https://"]

    /// A file path, and optionally the layer to read from it.
    public init(path: String, layer: String? = nil) {
        self.source = path
        self.layer = layer
        self.isConnection = false
    }

    /// A GDAL connection string (e.g. `PG:dbname=roads`) and optionally the layer (table) to read and, for
    /// `PG:`, the environment variable with the password.
    public init(connection: String, layer: String? = nil, passwordEnvironment: String? = nil) {
        self.source = connection
        self.layer = layer
        self.isConnection = true
        self.passwordEnvironment = passwordEnvironment
    }

    /// True for OGC web services read over HTTP: `OAPIF:`, `WFS:`, `http://`, `https://` (not `PG:`).
    public var isWebService: Bool {
        isConnection && !source.uppercased().hasPrefix("PG:")
    }

    /// True when `text` starts with one of `connectionPrefixes` (case-insensitive).
    public static func isConnection(_ text: String) -> Bool {
        let upper = text.uppercased()
        return connectionPrefixes.contains { upper.hasPrefix($0.uppercased()) }
    }

    /// Parses `path`, `path:layer` or a connection string.
    ///
    /// - A string starting with one of `connectionPrefixes` is a connection as a whole; for `PG:` the
    ///   pseudo-keywords `layer=` and `password_env=` are taken out into `layer` and `passwordEnvironment`.
    /// - A string that names an existing file is that path, even if it contains `:`.
    /// - Otherwise it is split at the last `:`; if the left part exists, it is the path and the right part the
    ///   layer. Failing that the whole string is taken as the path (opening it then reports "no such file").
    ///
    /// - Parameter exists: the existence check; `nil` uses `VSIStatExL`, which also understands `/vsi…` paths.
    public init(parsing text: String, exists: ((String) -> Bool)? = nil) {
        if Self.isConnection(text) {
            guard text.uppercased().hasPrefix("PG:") else {
                // A URL has no spaces: what follows the first one are the pseudo-keywords.
                let trimmed = text.trimmingCharacters(in: .whitespaces)
                let end = trimmed.firstIndex(where: \.isWhitespace) ?? trimmed.endIndex
                var rest = String(trimmed[end...])
                let layer = PGConnectionString.remove("layer", from: &rest)
                let timeout = PGConnectionString.remove("timeout_s", from: &rest)
                let pageSize = PGConnectionString.remove("page_size", from: &rest)
                self.init(connection: String(trimmed[..<end]), layer: layer)
                self.timeoutSeconds = timeout.flatMap { Double($0) }
                self.pageSize = pageSize.flatMap { Int($0) }
                return
            }
            var rest = text
            let layer = PGConnectionString.remove("layer", from: &rest)
            let passwordEnvironment = PGConnectionString.remove("password_env", from: &rest)
            self.init(connection: rest, layer: layer, passwordEnvironment: passwordEnvironment)
            return
        }
        let exists = exists ?? GDALRuntime.exists
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

    /// The location as one string that `init(parsing:)` reads back: `path`, `path:layer`, or the connection
    /// followed by ` layer=…` and ` password_env=…`. Unlike `description`, a password written into the
    /// connection string is kept.
    public var text: String {
        guard isConnection else { return layer.map { "\(source):\($0)" } ?? source }
        var text = source
        if let layer { text += " layer=" + PGConnectionString.quoted(layer) }
        if let passwordEnvironment { text += " password_env=" + PGConnectionString.quoted(passwordEnvironment) }
        if let timeoutSeconds { text += " timeout_s=\(exactText(timeoutSeconds))" }
        if let pageSize { text += " page_size=\(pageSize)" }
        return text
    }

    /// `path:layer` or just `path`; connections show the layer after ` layer=`, with any password masked.
    public var description: String {
        Self.redacting(text)
    }

    /// `text` with connection passwords masked as `***`: libpq's `password=…` (quoted or not), the password
    /// of a `postgresql://user:password@host` URI and a `password=` URI parameter. Use it on anything that
    /// shows a connection string or a driver message.
    public static func redacting(_ text: String) -> String {
        PGConnectionString.redacting(text)
    }
}

/// libpq keyword/value connection strings (`host=db dbname='my db'`): the small part of the syntax needed to
/// take out pseudo-keywords and to mask passwords.
enum PGConnectionString {
    /// One `keyword=value` pair: its keyword, unquoted value and its range in the text (spaces before it included).
    struct Pair {
        var keyword: String
        var value: String
        var range: Range<String.Index>
    }

    /// The `keyword=value` pairs of `text` (after a `PG:` prefix). Values may be single-quoted with `\'` and
    /// `\\` escapes; spaces around `=` are allowed. Anything that is not a pair (a URI) is skipped.
    static func pairs(in text: String) -> [Pair] {
        var pairs: [Pair] = []
        var i = text.startIndex
        if text.uppercased().hasPrefix("PG:") { i = text.index(i, offsetBy: 3) }
        while i < text.endIndex {
            let start = i
            while i < text.endIndex, text[i].isWhitespace { i = text.index(after: i) }
            let keyStart = i
            while i < text.endIndex, !text[i].isWhitespace, text[i] != "=" { i = text.index(after: i) }
            let keyword = String(text[keyStart..<i])
            var j = i
            while j < text.endIndex, text[j].isWhitespace { j = text.index(after: j) }
            guard j < text.endIndex, text[j] == "=", !keyword.isEmpty else {
                if i == keyStart, i < text.endIndex { i = text.index(after: i) }
                continue
            }
            j = text.index(after: j)
            while j < text.endIndex, text[j].isWhitespace { j = text.index(after: j) }
            var value = ""
            if j < text.endIndex, text[j] == "'" {
                j = text.index(after: j)
                while j < text.endIndex, text[j] != "'" {
                    if text[j] == "\\", text.index(after: j) < text.endIndex { j = text.index(after: j) }
                    value.append(text[j])
                    j = text.index(after: j)
                }
                if j < text.endIndex { j = text.index(after: j) }
            } else {
                while j < text.endIndex, !text[j].isWhitespace {
                    if text[j] == "\\", text.index(after: j) < text.endIndex { j = text.index(after: j) }
                    value.append(text[j])
                    j = text.index(after: j)
                }
            }
            pairs.append(Pair(keyword: keyword, value: value, range: start..<j))
            i = j
        }
        return pairs
    }

    /// Takes the last `keyword=value` pair out of `text` and returns its value (`nil` when absent).
    static func remove(_ keyword: String, from text: inout String) -> String? {
        let matches = pairs(in: text).filter { $0.keyword.lowercased() == keyword }
        guard let last = matches.last else { return nil }
        for pair in matches.reversed() { text.removeSubrange(pair.range) }
        return last.value
    }

    /// `value` as a libpq value: bare when it has no space, quote or backslash, else single-quoted and escaped.
    static func quoted(_ value: String) -> String {
        let plain = !value.isEmpty && !value.contains { $0.isWhitespace || $0 == "'" || $0 == "\\" }
        if plain { return value }
        return "'" + value.replacing("\\", with: "\\\\").replacing("'", with: "\\'") + "'"
    }

    /// `text` with the values of `password=` pairs and URL passwords (any scheme: `postgresql://`, `https://`,
    /// …) replaced by `***` (`MessageText.redactingCredentials`, after libpq's quoting rules for the pairs).
    static func redacting(_ text: String) -> String {
        var result = text
        for pair in pairs(in: text).reversed() where pair.keyword.lowercased().hasSuffix("password") {
            let separator = result[pair.range].firstIndex(of: "=")!
            result.replaceSubrange(result.index(after: separator)..<pair.range.upperBound, with: "***")
        }
        return MessageText.redactingCredentials(result)
    }
}
