import Support
import Testing

/// Messages never show a password, a raw control character or a 100 kB input (issue 17, item 6 and minor).
@Suite struct MessageTextTests {
    @Test func credentialsAreMaskedInEveryForm() {
        let cases: [(String, String)] = [
            ("OAPIF:https://reader:Sup3rS3cret@127.0.0.1:5/ogcapi", "OAPIF:https://reader:***@127.0.0.1:5/ogcapi"),
            ("WFS:http://u:p%40ss@host/wfs?SERVICE=WFS", "WFS:http://u:***@host/wfs?SERVICE=WFS"),
            ("postgresql://u:pw@db:5432/gis", "postgresql://u:***@db:5432/gis"),
            ("https://host/api?token=1&password=abc&x=2", "https://host/api?token=1&password=***&x=2"),
            ("PG:host=db user=reader password=geheim dbname=gis", "PG:host=db user=reader password=*** dbname=gis"),
            ("PG:host=db password = 'two words' dbname=gis", "PG:host=db password = *** dbname=gis"),
            ("cannot open https://host/ogc: timeout", "cannot open https://host/ogc: timeout"),
        ]
        for (text, masked) in cases {
            #expect(MessageText.redactingCredentials(text) == masked, "\(text)")
            #expect(MessageText.containsCredentials(text) == (text != masked))
        }
    }

    @Test func controlCharactersAreEscapedAndLongTextShortened() {
        #expect(MessageText.safe("a\u{1B}[31mred\u{7}\nnext\tline") == "a\\u{1B}[31mred\\u{7}\nnext\tline")
        let long = String(repeating: "x", count: 131_000)
        let safe = MessageText.safe("bad: " + long)
        #expect(safe.count < 2_100)
        #expect(safe.hasPrefix("bad: xxx"))
        #expect(safe.contains("characters left out"))
        #expect(MessageText.safe("short") == "short")
    }
}
