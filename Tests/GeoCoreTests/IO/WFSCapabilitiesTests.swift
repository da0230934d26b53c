import Testing

@testable import GeoCore

/// The parts of a WFS 2.0 capabilities document the reader uses: the CRSs each feature type is offered in, and
/// the update sequence as a time stamp when it is a date.
@Suite struct WFSCapabilitiesTests {
    @Test func capabilitiesParsing() throws {
        let xml = """
            <?xml version="1.0"?>
            <wfs:WFS_Capabilities xmlns:wfs="http://www.opengis.net/wfs/2.0" version="2.0.0" updateSequence="42">
              <wfs:FeatureTypeList>
                <wfs:FeatureType><wfs:Name>ave:Flurstueck</wfs:Name>
                  <wfs:DefaultCRS>urn:ogc:def:crs:EPSG::25832</wfs:DefaultCRS>
                  <wfs:OtherCRS>http://www.opengis.net/def/crs/EPSG/0/4326</wfs:OtherCRS>
                  <wfs:OtherCRS>urn:ogc:def:crs:OGC:1.3:CRS84</wfs:OtherCRS>
                </wfs:FeatureType>
                <wfs:FeatureType><wfs:Name>alt</wfs:Name><wfs:DefaultSRS>EPSG:31467</wfs:DefaultSRS></wfs:FeatureType>
              </wfs:FeatureTypeList>
            </wfs:WFS_Capabilities>
            """
        let capabilities = try #require(WFSCapabilities(xml: xml))
        #expect(capabilities.crsByFeatureType == ["ave:Flurstueck": [25832, 4326], "alt": [31467]])
        #expect(capabilities.updateSequence == "42" && capabilities.timestamp == nil, "a counter is no time stamp")
        let stamped = try #require(WFSCapabilities(xml: xml.replacing("\"42\"", with: "\"2026-03-01T12:00:00Z\"")))
        #expect(stamped.timestamp == "2026-03-01T12:00:00Z")
        #expect(WFSCapabilities(xml: "<html>no</html>") == nil)
    }
}
