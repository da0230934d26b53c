<xplan:XPlanAuszug xmlns:wfs="http://www.opengis.net/wfs" xmlns:gml="http://www.opengis.net/gml/3.2" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:xsd="http://www.w3.org/2001/XMLSchema" xmlns:xlink="http://www.w3.org/1999/xlink" xmlns:xplan="http://www.xplanung.de/xplangml/5/3" gml:id="Gml_654DA0F8-1327-445F-BAEF-7A85F45C777F" xsi:schemaLocation="http://www.xplanung.de/xplangml/5/3 http://www.xplanungwiki.de/upload/XPlanGML/5.3/Schema/XPlanung-Operationen.xsd">
  <gml:boundedBy>
    <gml:Envelope srsName="EPSG:25832">
      <gml:lowerCorner>564356.846 5937378.215</gml:lowerCorner>
      <gml:upperCorner>565817.276 5938697.984</gml:upperCorner>
    </gml:Envelope>
  </gml:boundedBy>
  <gml:featureMember>
    <xplan:SO_Plan gml:id="GML_9f24d819-0a54-429f-af11-9c1fb8e7e69d">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:25832">
          <gml:lowerCorner>564356.846 5937378.215</gml:lowerCorner>
          <gml:upperCorner>565817.276 5938697.984</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:name>StErhVO_Eppendorf_Hoheluft-Ost_SoapUI-XPlanManagerAPI</xplan:name>
      <xplan:beschreibung>siehe Lageplan</xplan:beschreibung>
      <xplan:technHerstellDatum>2021-10-20</xplan:technHerstellDatum>
      <xplan:genehmigungsDatum>2021-09-14</xplan:genehmigungsDatum>
      <xplan:raeumlicherGeltungsbereich>
        <gml:Polygon gml:id="Gml_C5B64140-21F3-462C-A055-E018D4F17446" srsName="EPSG:25832">
          <gml:exterior>
            <gml:Ring>
              <gml:curveMember>
                <gml:LineString gml:id="Gml_542574CF-38BD-47B3-A013-3C44E5B21CFF" srsName="EPSG:25832">
                  <gml:posList srsName="EPSG:25832">565566.738 5938696.187 565489.955 5938697.984 </gml:posList>
                </gml:LineString>
              </gml:curveMember>
              <gml:curveMember>
                <gml:LineString gml:id="Gml_7C7E6283-81E6-47BA-8988-AB931C0427DC" srsName="EPSG:25832">
                  <gml:posList srsName="EPSG:25832">565489.955 5938697.984 565484.149 5938695.595 </gml:posList>
                </gml:LineString>
              </gml:curveMember>
              <gml:curveMember>
                <gml:LineString gml:id="Gml_4D88FFA9-F5EB-488F-8FFE-31E8FB0CF690" srsName="EPSG:25832">
                  <gml:posList srsName="EPSG:25832">565484.149 5938695.595 565480.213 5938688.453 </gml:posList>
                </gml:LineString>
              </gml:curveMember>
              <gml:curveMember>
                <gml:LineString gml:id="Gml_850D8D20-9706-49DC-98E3-08656C8F1B16" srsName="EPSG:25832">
                  <gml:posList srsName="EPSG:25832">565480.213 5938688.453 565478.006 5938689.704 </gml:posList>
                </gml:LineString>
              </gml:curveMember>
              <gml:curveMember>
                <gml:LineString gml:id="Gml_4E43536F-A660-42DA-A831-86FA6A42BF94" srsName="EPSG:25832">
                  <gml:posList srsName="EPSG:25832">565478.006 5938689.704 565442.622 5938627.687 </gml:posList>
                </gml:LineString>
              </gml:curveMember>
              <gml:curveMember>
                <gml:LineString gml:id="Gml_D45C6A51-8AD2-4A81-99EB-EC9AE6809EF7" srsName="EPSG:25832">
                  <gml:posList srsName="EPSG:25832">565442.622 5938627.687 565435.483 5938605.876 </gml:posList>
                </gml:LineString>
              </gml:curveMember>
              <gml:curveMember>
                <gml:LineString gml:id="Gml_5007A1D0-C338-4FA3-B86B-AA88BDB78F13" srsName="EPSG:25832">
                  <gml:posList srsName="EPSG:25832">565435.483 5938605.876 565391.432 5938619.754 </gml:posList>
                </gml:LineString>
              </gml:curveMember>
              <gml:curveMember>
                <gml:LineString gml:id="Gml_34A52A06-9526-408B-A03B-2010BF1F8668" srsName="EPSG:25832">
                  <gml:posList srsName="EPSG:25832">565391.432 5938619.754 565388.122 5938623.953 </gml:posList>
                </gml:LineString>
              </gml:curveMember>
              <gml:curveMember>
                <gml:LineString gml:id="Gml_FD1D0E4C-30EF-42EF-B64C-7B2E1AA3AFD1" srsName="EPSG:25832">
                  <gml:posList srsName="EPSG:25832">565388.122 5938623.953 565371.57 5938621.122 </gml:posList>
                </gml:LineString>
              </gml:curveMember>
              <gml:curveMember>
                <gml:LineString gml:id="Gml_EC83B7B3-08FA-415F-A2E9-654AFE01A398" srsName="EPSG:25832">
                  <gml:posList srsName="EPSG:25832">565371.57 5938621.122 565371.899 5938619.2 </gml:posList>
                </gml:LineString>
              </gml:curveMember>
              <gml:curveMember>
                <gml:LineString gml:id="Gml_EE1E81B4-4DC2-4F10-9D8A-B3A4CE0CA80A" srsName="EPSG:25832">
                  <gml:posList srsName="EPSG:25832">565371.899 5938619.2 565340.011 5938613.752 </gml:posList>
                </gml:LineString>
              </gml:curveMember>
              <gml:curveMember>
                <gml:LineString gml:id="Gml_C9DE0666-4714-4A0F-8F2B-34F4F2A25AB6" srsName="EPSG:25832">
                  <gml:posList srsName="EPSG:25832">565340.011 5938613.752 565335.732 5938612.277 </gml:posList>
                </gml:LineString>
              </gml:curveMember>
              <gml:curveMember>
                <gml:LineString gml:id="Gml_AA45E4E6-B90B-45EC-9482-C76F30EE1E2D" srsName="EPSG:25832">
                  <gml:posList srsName="EPSG:25832">565335.732 5938612.277 565332.147 5938609.516 </gml:posList>
                </gml:LineString>
              </gml:curveMember>
              <gml:curveMember>
                <gml:LineString gml:id="Gml_F8BBAF99-80EF-4138-83B9-803DF093F3C1" srsName="EPSG:25832">
                  <gml:posList srsName="EPSG:25832">565332.147 5938609.516 565329.187 5938606.353 </gml:posList>
                </gml:LineString>
              </gml:curveMember>
              <gml:curveMember>
                <gml:LineString gml:id="Gml_E64FCB4C-4CDF-4170-A188-F5890CFED94E" srsName="EPSG:25832">
                  <gml:posList srsName="EPSG:25832">565329.187 5938606.353 565186.748 5938457.083 </gml:posList>
                </gml:LineString>
              </gml:curveMember>
              <gml:curveMember>
                <gml:LineString gml:id="Gml_F2FFA3FB-AD05-455D-9AD0-6781B27A413F" srsName="EPSG:25832">
                  <gml:posList srsName="EPSG:25832">565186.748 5938457.083 565141.331 5938399.582 </gml:posList>
                </gml:LineString>
              </gml:curveMember>
              <gml:curveMember>
                <gml:LineString gml:id="Gml_EAB1E497-FE47-4DED-A219-43B8761E4191" srsName="EPSG:25832">
                  <gml:posList srsName="EPSG:25832">565141.331 5938399.582 565108.159 5938363.954 </gml:posList>
                </gml:LineString>
              </gml:curveMember>
              <gml:curveMember>
                <gml:LineString gml:id="Gml_3AE221EC-08B8-4184-8FAB-CAF5D22384FE" srsName="EPSG:25832">
                  <gml:posList srsName="EPSG:25832">565108.159 5938363.954 564706.07 5938061.953 </gml:posList>
                </gml:LineString>
              </gml:curveMember>
              <gml:curveMember>
                <gml:LineString gml:id="Gml_54B80491-A735-4B95-8936-A51D83207BCC" srsName="EPSG:25832">
                  <gml:posList srsName="EPSG:25832">564706.07 5938061.953 564674.99 5938050.708 </gml:posList>
                </gml:LineString>
              </gml:curveMember>
              <gml:curveMember>
                <gml:LineString gml:id="Gml_4DAA4918-F940-4E05-B544-B037435353D3" srsName="EPSG:25832">
                  <gml:posList srsName="EPSG:25832">564674.99 5938050.708 564662.748 5938044.483 </gml:posList>
                </gml:LineString>
              </gml:curveMember>
              <gml:curveMember>
                <gml:LineString gml:id="Gml_102F64CF-A71B-4E5B-B0D9-6426F9026DC0" srsName="EPSG:25832">
                  <gml:posList srsName="EPSG:25832">564662.748 5938044.483 564650.505 5938038.258 </gml:posList>
                </gml:LineString>
              </gml:curveMember>
              <gml:curveMember>
                <gml:LineString gml:id="Gml_2DA8507D-0340-4C33-B9C4-790FFFA979BA" srsName="EPSG:25832">
                  <gml:posList srsName="EPSG:25832">564650.505 5938038.258 564643.6 5938034.749 </gml:posList>
                </gml:LineString>
              </gml:curveMember>
              <gml:curveMember>
                <gml:LineString gml:id="Gml_B0406481-2B14-46EA-8D59-DEF74A6BA270" srsName="EPSG:25832">
                  <gml:posList srsName="EPSG:25832">564643.6 5938034.749 564636.695 5938031.239 </gml:posList>
                </gml:LineString>
              </gml:curveMember>
              <gml:curveMember>
                <gml:LineString gml:id="Gml_490E3D06-765C-4FF1-83EC-1862FADE63AD" srsName="EPSG:25832">
                  <gml:posList srsName="EPSG:25832">564636.695 5938031.239 564630.415 5938028.048 </gml:posList>
                </gml:LineString>
              </gml:curveMember>
              <gml:curveMember>
                <gml:LineString gml:id="Gml_C3EBA86F-366A-4F60-B424-FBC021270E9F" srsName="EPSG:25832">
                  <gml:posList srsName="EPSG:25832">564630.415 5938028.048 564624.135 5938024.858 </gml:posList>
                </gml:LineString>
              </gml:curveMember>
              <gml:curveMember>
                <gml:LineString gml:id="Gml_3115C677-D29A-4656-A920-077CACD8EAA8" srsName="EPSG:25832">
                  <gml:posList srsName="EPSG:25832">564624.135 5938024.858 564621.87 5938023.706 </gml:posList>
                </gml:LineString>
              </gml:curveMember>
              <gml:curveMember>
                <gml:LineString gml:id="Gml_F116D3AB-71F6-45A7-A5D1-701E7D541918" srsName="EPSG:25832">
                  <gml:posList srsName="EPSG:25832">564621.87 5938023.706 564610.539 5938017.834 </gml:posList>
                </gml:LineString>
              </gml:curveMember>
              <gml:curveMember>
                <gml:LineString gml:id="Gml_ED453409-E0C4-4BEF-AD62-D9881919C648" srsName="EPSG:25832">
                  <gml:posList srsName="EPSG:25832">564610.539 5938017.834 564599.196 5938011.727 </gml:posList>
                </gml:LineString>
              </gml:curveMember>
              <gml:curveMember>
                <gml:LineString gml:id="Gml_EA14A86A-897B-45B5-A710-181703DB7086" srsName="EPSG:25832">
                  <gml:posList srsName="EPSG:25832">564599.196 5938011.727 564587.116 5938004.951 </gml:posList>
                </gml:LineString>
              </gml:curveMember>
              <gml:curveMember>
                <gml:LineString gml:id="Gml_D0A38ADE-AC84-4AC4-9D6D-E8C7803C4F7A" srsName="EPSG:25832">
                  <gml:posList srsName="EPSG:25832">564587.116 5938004.951 564575.152 5937997.97 </gml:posList>
                </gml:LineString>
              </gml:curveMember>
              <gml:curveMember>
                <gml:LineString gml:id="Gml_0D99DDC4-9439-4D46-A38D-9BCC11AB9BDE" srsName="EPSG:25832">
                  <gml:posList srsName="EPSG:25832">564575.152 5937997.97 564560.889 5937989.265 </gml:posList>
                </gml:LineString>
              </gml:curveMember>
              <gml:curveMember>
                <gml:LineString gml:id="Gml_2B5466AD-739A-4C96-8AB9-4288555442E9" srsName="EPSG:25832">
                  <gml:posList srsName="EPSG:25832">564560.889 5937989.265 564546.809 5937980.267 </gml:posList>
                </gml:LineString>
              </gml:curveMember>
              <gml:curveMember>
                <gml:LineString gml:id="Gml_FAD6276A-1020-4F44-A0B7-A762499D5DDC" srsName="EPSG:25832">
                  <gml:posList srsName="EPSG:25832">564546.809 5937980.267 564531.839 5937970.239 </gml:posList>
                </gml:LineString>
              </gml:curveMember>
              <gml:curveMember>
                <gml:LineString gml:id="Gml_276FD421-DA30-4794-97DC-DF8D0F0C2189" srsName="EPSG:25832">
                  <gml:posList srsName="EPSG:25832">564531.839 5937970.239 564517.096 5937959.881 </gml:posList>
                </gml:LineString>
              </gml:curveMember>
              <gml:curveMember>
                <gml:LineString gml:id="Gml_6F6F479B-CD64-44F6-90A6-4C37B6890E7E" srsName="EPSG:25832">
                  <gml:posList srsName="EPSG:25832">564517.096 5937959.881 564506.806 5937952.349 </gml:posList>
                </gml:LineString>
              </gml:curveMember>
              <gml:curveMember>
                <gml:LineString gml:id="Gml_E8FDC97C-4622-4065-A112-12D5B47A5B9E" srsName="EPSG:25832">
                  <gml:posList srsName="EPSG:25832">564506.806 5937952.349 564496.634 5937944.658 </gml:posList>
                </gml:LineString>
              </gml:curveMember>
              <gml:curveMember>
                <gml:LineString gml:id="Gml_89BE6EA8-3DC8-4A55-9136-10F2726DAE73" srsName="EPSG:25832">
                  <gml:posList srsName="EPSG:25832">564496.634 5937944.658 564487.134 5937937.233 </gml:posList>
                </gml:LineString>
              </gml:curveMember>
              <gml:curveMember>
                <gml:LineString gml:id="Gml_41D55E36-76C4-47C4-A44F-709E184577A3" srsName="EPSG:25832">
                  <gml:posList srsName="EPSG:25832">564487.134 5937937.233 564477.75 5937929.662 </gml:posList>
                </gml:LineString>
              </gml:curveMember>
              <gml:curveMember>
                <gml:LineString gml:id="Gml_7AE18FE2-C644-487B-AF47-E3116030A02E" srsName="EPSG:25832">
                  <gml:posList srsName="EPSG:25832">564477.75 5937929.662 564470.167 5937923.365 </gml:posList>
                </gml:LineString>
              </gml:curveMember>
              <gml:curveMember>
                <gml:LineString gml:id="Gml_6B434773-6B7F-40BE-B46A-B2D18F2405A0" srsName="EPSG:25832">
                  <gml:posList srsName="EPSG:25832">564470.167 5937923.365 564462.661 5937916.977 </gml:posList>
                </gml:LineString>
              </gml:curveMember>
              <gml:curveMember>
                <gml:LineString gml:id="Gml_39B0C0F4-B22D-47B7-AE97-0187630F5BBE" srsName="EPSG:25832">
                  <gml:posList srsName="EPSG:25832">564462.661 5937916.977 564457.382 5937912.386 </gml:posList>
                </gml:LineString>
              </gml:curveMember>
              <gml:curveMember>
                <gml:LineString gml:id="Gml_A47706DA-2BEB-435B-B5E7-311C5F0E0DE6" srsName="EPSG:25832">
                  <gml:posList srsName="EPSG:25832">564457.382 5937912.386 564452.143 5937907.748 </gml:posList>
                </gml:LineString>
              </gml:curveMember>
              <gml:curveMember>
                <gml:LineString gml:id="Gml_7BD039B2-F1B8-4AE3-9EAB-659C2505B9CD" srsName="EPSG:25832">
                  <gml:posList srsName="EPSG:25832">564452.143 5937907.748 564443.361 5937899.785 </gml:posList>
                </gml:LineString>
              </gml:curveMember>
              <gml:curveMember>
                <gml:LineString gml:id="Gml_C128285E-7060-44C2-9AD9-ACC159B80867" srsName="EPSG:25832">
                  <gml:posList srsName="EPSG:25832">564443.361 5937899.785 564434.695 5937891.694 </gml:posList>
                </gml:LineString>
              </gml:curveMember>
              <gml:curveMember>
                <gml:LineString gml:id="Gml_CB3866CC-1194-4CEC-92CD-84CF3FF220CC" srsName="EPSG:25832">
                  <gml:posList srsName="EPSG:25832">564434.695 5937891.694 564433.525 5937890.582 </gml:posList>
                </gml:LineString>
              </gml:curveMember>
              <gml:curveMember>
                <gml:LineString gml:id="Gml_59FC5AAF-CEEE-49BC-A7D2-6362080898BC" srsName="EPSG:25832">
                  <gml:posList srsName="EPSG:25832">564433.525 5937890.582 564432.357 5937889.469 </gml:posList>
                </gml:LineString>
              </gml:curveMember>
              <gml:curveMember>
                <gml:LineString gml:id="Gml_7195940F-FCE5-4D47-874B-665E78D16009" srsName="EPSG:25832">
                  <gml:posList srsName="EPSG:25832">564432.357 5937889.469 564427.572 5937884.86 </gml:posList>
                </gml:LineString>
              </gml:curveMember>
              <gml:curveMember>
                <gml:LineString gml:id="Gml_86C5FDDF-9684-4F73-89D7-F5397366F417" srsName="EPSG:25832">
                  <gml:posList srsName="EPSG:25832">564427.572 5937884.86 564422.826 5937880.211 </gml:posList>
                </gml:LineString>
              </gml:curveMember>
              <gml:curveMember>
                <gml:LineString gml:id="Gml_D8A8316C-C079-4DBE-81D4-0EFFF96E2796" srsName="EPSG:25832">
                  <gml:posList srsName="EPSG:25832">564422.826 5937880.211 564421.405 5937878.805 </gml:posList>
                </gml:LineString>
              </gml:curveMember>
              <gml:curveMember>
                <gml:LineString gml:id="Gml_910EEA99-B38E-4BF8-A51D-F94FACCBC279" srsName="EPSG:25832">
                  <gml:posList srsName="EPSG:25832">564421.405 5937878.805 564419.987 5937877.394 </gml:posList>
                </gml:LineString>
              </gml:curveMember>
              <gml:curveMember>
                <gml:LineString gml:id="Gml_FAD6698D-D3C7-48E1-9D47-BEE44AA0834B" srsName="EPSG:25832">
                  <gml:posList srsName="EPSG:25832">564419.987 5937877.394 564414.398 5937871.763 </gml:posList>
                </gml:LineString>
              </gml:curveMember>
              <gml:curveMember>
                <gml:LineString gml:id="Gml_3F317669-08B1-4401-93BC-F84D56251537" srsName="EPSG:25832">
                  <gml:posList srsName="EPSG:25832">564414.398 5937871.763 564408.863 5937866.077 </gml:posList>
                </gml:LineString>
              </gml:curveMember>
              <gml:curveMember>
                <gml:LineString gml:id="Gml_5B0AE6EB-1231-456B-B372-999E2FA9F7DB" srsName="EPSG:25832">
                  <gml:posList srsName="EPSG:25832">564408.863 5937866.077 564398.553 5937855.174 </gml:posList>
                </gml:LineString>
              </gml:curveMember>
              <gml:curveMember>
                <gml:LineString gml:id="Gml_7A9BFB6F-5D0F-4671-9E00-1B18ECFAB770" srsName="EPSG:25832">
                  <gml:posList srsName="EPSG:25832">564398.553 5937855.174 564388.448 5937844.081 </gml:posList>
                </gml:LineString>
              </gml:curveMember>
              <gml:curveMember>
                <gml:LineString gml:id="Gml_64341DE8-9DD7-4EAB-9C20-68A720777A00" srsName="EPSG:25832">
                  <gml:posList srsName="EPSG:25832">564388.448 5937844.081 564383.304 5937838.268 </gml:posList>
                </gml:LineString>
              </gml:curveMember>
              <gml:curveMember>
                <gml:LineString gml:id="Gml_14198C25-94DD-4C28-9788-A9DEFE4239AF" srsName="EPSG:25832">
                  <gml:posList srsName="EPSG:25832">564383.304 5937838.268 564378.216 5937832.405 </gml:posList>
                </gml:LineString>
              </gml:curveMember>
              <gml:curveMember>
                <gml:LineString gml:id="Gml_A71EDE54-0660-41FE-8EE0-E0263D22D484" srsName="EPSG:25832">
                  <gml:posList srsName="EPSG:25832">564378.216 5937832.405 564373.185 5937826.493 </gml:posList>
                </gml:LineString>
              </gml:curveMember>
              <gml:curveMember>
                <gml:LineString gml:id="Gml_A8B94E02-1DC7-4396-BE00-8DE930CFD5CF" srsName="EPSG:25832">
                  <gml:posList srsName="EPSG:25832">564373.185 5937826.493 564368.212 5937820.532 </gml:posList>
                </gml:LineString>
              </gml:curveMember>
              <gml:curveMember>
                <gml:LineString gml:id="Gml_127C37F3-6819-4884-A204-86B42A15CDB7" srsName="EPSG:25832">
                  <gml:posList srsName="EPSG:25832">564368.212 5937820.532 564362.535 5937813.581 </gml:posList>
                </gml:LineString>
              </gml:curveMember>
              <gml:curveMember>
                <gml:LineString gml:id="Gml_F667959C-970E-4333-8B21-9973EC14BAFD" srsName="EPSG:25832">
                  <gml:posList srsName="EPSG:25832">564362.535 5937813.581 564356.935 5937806.568 </gml:posList>
                </gml:LineString>
              </gml:curveMember>
              <gml:curveMember>
                <gml:LineString gml:id="Gml_865FF045-AFD2-4F95-89BE-88139D251D48" srsName="EPSG:25832">
                  <gml:posList srsName="EPSG:25832">564356.935 5937806.568 564356.846 5937801.572 </gml:posList>
                </gml:LineString>
              </gml:curveMember>
              <gml:curveMember>
                <gml:LineString gml:id="Gml_A120DA61-D2DD-4584-89D5-896A8AFFE0A0" srsName="EPSG:25832">
                  <gml:posList srsName="EPSG:25832">564356.846 5937801.572 564442.723 5937683.975 </gml:posList>
                </gml:LineString>
              </gml:curveMember>
              <gml:curveMember>
                <gml:LineString gml:id="Gml_376350E1-7FF1-482D-8F20-D62E6B717943" srsName="EPSG:25832">
                  <gml:posList srsName="EPSG:25832">564442.723 5937683.975 564447.598 5937682.873 </gml:posList>
                </gml:LineString>
              </gml:curveMember>
              <gml:curveMember>
                <gml:LineString gml:id="Gml_1684BEE6-2B67-48A0-A5BD-F94821252031" srsName="EPSG:25832">
                  <gml:posList srsName="EPSG:25832">564447.598 5937682.873 564461.993 5937671.342 </gml:posList>
                </gml:LineString>
              </gml:curveMember>
              <gml:curveMember>
                <gml:LineString gml:id="Gml_C5CF14C0-34BA-4B07-A045-1F8BD443DC52" srsName="EPSG:25832">
                  <gml:posList srsName="EPSG:25832">564461.993 5937671.342 564461.68 5937666.353 </gml:posList>
                </gml:LineString>
              </gml:curveMember>
              <gml:curveMember>
                <gml:LineString gml:id="Gml_C0EF7BAB-573C-48EB-8057-6720D022F21F" srsName="EPSG:25832">
                  <gml:posList srsName="EPSG:25832">564461.68 5937666.353 564564.043 5937593.029 </gml:posList>
                </gml:LineString>
              </gml:curveMember>
              <gml:curveMember>
                <gml:LineString gml:id="Gml_67E23F77-FBBC-4233-B10D-0FB8CFD2BA27" srsName="EPSG:25832">
                  <gml:posList srsName="EPSG:25832">564564.043 5937593.029 564569.034 5937592.766 </gml:posList>
                </gml:LineString>
              </gml:curveMember>
              <gml:curveMember>
                <gml:LineString gml:id="Gml_1A169A3E-047D-451D-B99B-D5CA8BCE8947" srsName="EPSG:25832">
                  <gml:posList srsName="EPSG:25832">564569.034 5937592.766 564589.285 5937580.13 </gml:posList>
                </gml:LineString>
              </gml:curveMember>
              <gml:curveMember>
                <gml:LineString gml:id="Gml_3C6E2CF7-5283-457B-94E7-E70033FAEFDD" srsName="EPSG:25832">
                  <gml:posList srsName="EPSG:25832">564589.285 5937580.13 564589.023 5937575.139 </gml:posList>
                </gml:LineString>
              </gml:curveMember>
              <gml:curveMember>
                <gml:LineString gml:id="Gml_51453900-7F1E-4988-B54E-53D6F26C3E67" srsName="EPSG:25832">
                  <gml:posList srsName="EPSG:25832">564589.023 5937575.139 564829.426 5937402.963 </gml:posList>
                </gml:LineString>
              </gml:curveMember>
              <gml:curveMember>
                <gml:LineString gml:id="Gml_1C95A993-61FA-4735-B532-D54E51E9AB57" srsName="EPSG:25832">
                  <gml:posList srsName="EPSG:25832">564829.426 5937402.963 564836.047 5937404.545 </gml:posList>
                </gml:LineString>
              </gml:curveMember>
              <gml:curveMember>
                <gml:LineString gml:id="Gml_22B9A45D-4543-4F5A-829B-26F8ABF07DCB" srsName="EPSG:25832">
                  <gml:posList srsName="EPSG:25832">564836.047 5937404.545 564876.541 5937378.215 </gml:posList>
                </gml:LineString>
              </gml:curveMember>
              <gml:curveMember>
                <gml:LineString gml:id="Gml_B2123B01-08BA-4CB9-B7EC-00CA03DBC9B1" srsName="EPSG:25832">
                  <gml:posList srsName="EPSG:25832">564876.541 5937378.215 564889.068 5937392.132 </gml:posList>
                </gml:LineString>
              </gml:curveMember>
              <gml:curveMember>
                <gml:LineString gml:id="Gml_5D2E955A-B231-4AA5-89F2-8D90B3B48555" srsName="EPSG:25832">
                  <gml:posList srsName="EPSG:25832">564889.068 5937392.132 564901.63 5937406.018 </gml:posList>
                </gml:LineString>
              </gml:curveMember>
              <gml:curveMember>
                <gml:LineString gml:id="Gml_ED6DD500-1685-463C-8AA1-B84F268D5AF4" srsName="EPSG:25832">
                  <gml:posList srsName="EPSG:25832">564901.63 5937406.018 564906.232 5937411.088 </gml:posList>
                </gml:LineString>
              </gml:curveMember>
              <gml:curveMember>
                <gml:LineString gml:id="Gml_CB89EAA1-C258-4B6B-A11A-9E619DFBF5CF" srsName="EPSG:25832">
                  <gml:posList srsName="EPSG:25832">564906.232 5937411.088 564910.838 5937416.154 </gml:posList>
                </gml:LineString>
              </gml:curveMember>
              <gml:curveMember>
                <gml:LineString gml:id="Gml_AE6B69F8-3254-4AB6-9F1F-3515FF76CD32" srsName="EPSG:25832">
                  <gml:posList srsName="EPSG:25832">564910.838 5937416.154 564915.449 5937421.212 </gml:posList>
                </gml:LineString>
              </gml:curveMember>
              <gml:curveMember>
                <gml:LineString gml:id="Gml_8A3FC48F-C6FE-44D4-91EB-E1D5C4977730" srsName="EPSG:25832">
                  <gml:posList srsName="EPSG:25832">564915.449 5937421.212 564920.064 5937426.266 </gml:posList>
                </gml:LineString>
              </gml:curveMember>
              <gml:curveMember>
                <gml:LineString gml:id="Gml_3184CBEE-2F13-4481-A56E-FAFE935F6758" srsName="EPSG:25832">
                  <gml:posList srsName="EPSG:25832">564920.064 5937426.266 564924.787 5937431.424 </gml:posList>
                </gml:LineString>
              </gml:curveMember>
              <gml:curveMember>
                <gml:LineString gml:id="Gml_FE5D178A-F8D8-4D4E-9678-4F5763F2B0FC" srsName="EPSG:25832">
                  <gml:posList srsName="EPSG:25832">564924.787 5937431.424 564929.515 5937436.577 </gml:posList>
                </gml:LineString>
              </gml:curveMember>
              <gml:curveMember>
                <gml:LineString gml:id="Gml_AE4ACDE7-A836-44C7-94F7-55EC8E7FF305" srsName="EPSG:25832">
                  <gml:posList srsName="EPSG:25832">564929.515 5937436.577 564939.66 5937447.618 </gml:posList>
                </gml:LineString>
              </gml:curveMember>
              <gml:curveMember>
                <gml:LineString gml:id="Gml_E111EF50-0C01-48F3-A179-21302AFC2D91" srsName="EPSG:25832">
                  <gml:posList srsName="EPSG:25832">564939.66 5937447.618 564949.577 5937458.87 </gml:posList>
                </gml:LineString>
              </gml:curveMember>
              <gml:curveMember>
                <gml:LineString gml:id="Gml_41550D90-E88F-4950-BE71-D6A9DD9FBDD4" srsName="EPSG:25832">
                  <gml:posList srsName="EPSG:25832">564949.577 5937458.87 564954.644 5937463.843 </gml:posList>
                </gml:LineString>
              </gml:curveMember>
              <gml:curveMember>
                <gml:LineString gml:id="Gml_031F14BD-6EC2-4894-821A-DCFE5FBAD565" srsName="EPSG:25832">
                  <gml:posList srsName="EPSG:25832">564954.644 5937463.843 564959.221 5937469.277 </gml:posList>
                </gml:LineString>
              </gml:curveMember>
              <gml:curveMember>
                <gml:LineString gml:id="Gml_621459AC-28E4-4301-9586-8E24612CCE10" srsName="EPSG:25832">
                  <gml:posList srsName="EPSG:25832">564959.221 5937469.277 564964.295 5937474.243 </gml:posList>
                </gml:LineString>
              </gml:curveMember>
              <gml:curveMember>
                <gml:LineString gml:id="Gml_C87B8642-1482-4687-A7E9-FE535FEFDE0A" srsName="EPSG:25832">
                  <gml:posList srsName="EPSG:25832">564964.295 5937474.243 564968.868 5937479.685 </gml:posList>
                </gml:LineString>
              </gml:curveMember>
              <gml:curveMember>
                <gml:LineString gml:id="Gml_DA990B33-7C3A-4BBE-A87E-5F439F620D9F" srsName="EPSG:25832">
                  <gml:posList srsName="EPSG:25832">564968.868 5937479.685 564981.544 5937492.728 </gml:posList>
                </gml:LineString>
              </gml:curveMember>
              <gml:curveMember>
                <gml:LineString gml:id="Gml_BEAC9ADC-9C00-4A66-B82B-8C17B1852FB2" srsName="EPSG:25832">
                  <gml:posList srsName="EPSG:25832">564981.544 5937492.728 564993.992 5937505.989 </gml:posList>
                </gml:LineString>
              </gml:curveMember>
              <gml:curveMember>
                <gml:LineString gml:id="Gml_2E12E6D4-B004-4853-9093-925442E67F20" srsName="EPSG:25832">
                  <gml:posList srsName="EPSG:25832">564993.992 5937505.989 565007.022 5937519.801 </gml:posList>
                </gml:LineString>
              </gml:curveMember>
              <gml:curveMember>
                <gml:LineString gml:id="Gml_EA62F14C-C2E3-4934-A178-70C6D566AC08" srsName="EPSG:25832">
                  <gml:posList srsName="EPSG:25832">565007.022 5937519.801 565020.086 5937533.581 </gml:posList>
                </gml:LineString>
              </gml:curveMember>
              <gml:curveMember>
                <gml:LineString gml:id="Gml_BC2E79DF-0ACA-4E00-97D3-ED44BB7A02E7" srsName="EPSG:25832">
                  <gml:posList srsName="EPSG:25832">565020.086 5937533.581 565043.419 5937558.017 </gml:posList>
                </gml:LineString>
              </gml:curveMember>
              <gml:curveMember>
                <gml:LineString gml:id="Gml_68237FB3-F608-4CFB-B9D2-627758011681" srsName="EPSG:25832">
                  <gml:posList srsName="EPSG:25832">565043.419 5937558.017 565066.861 5937582.348 </gml:posList>
                </gml:LineString>
              </gml:curveMember>
              <gml:curveMember>
                <gml:LineString gml:id="Gml_DD9F0EC3-DE9C-44F6-B2D5-E7C7C0A64E83" srsName="EPSG:25832">
                  <gml:posList srsName="EPSG:25832">565066.861 5937582.348 565071.813 5937587.456 </gml:posList>
                </gml:LineString>
              </gml:curveMember>
              <gml:curveMember>
                <gml:LineString gml:id="Gml_BE8F65E6-AAA6-4A42-9C3D-55CE7A07DB9A" srsName="EPSG:25832">
                  <gml:posList srsName="EPSG:25832">565071.813 5937587.456 565076.766 5937592.563 </gml:posList>
                </gml:LineString>
              </gml:curveMember>
              <gml:curveMember>
                <gml:LineString gml:id="Gml_3A18D802-A123-4DBC-95EF-D9BD42F4751D" srsName="EPSG:25832">
                  <gml:posList srsName="EPSG:25832">565076.766 5937592.563 565081.694 5937597.627 </gml:posList>
                </gml:LineString>
              </gml:curveMember>
              <gml:curveMember>
                <gml:LineString gml:id="Gml_8CCBFEC0-2A7E-4425-8324-9BFD8F558850" srsName="EPSG:25832">
                  <gml:posList srsName="EPSG:25832">565081.694 5937597.627 565086.623 5937602.69 </gml:posList>
                </gml:LineString>
              </gml:curveMember>
              <gml:curveMember>
                <gml:LineString gml:id="Gml_37544CF6-BE2F-40B6-BFD4-E15469CADD2F" srsName="EPSG:25832">
                  <gml:posList srsName="EPSG:25832">565086.623 5937602.69 565096.534 5937612.846 </gml:posList>
                </gml:LineString>
              </gml:curveMember>
              <gml:curveMember>
                <gml:LineString gml:id="Gml_196AC6E7-9E8F-486E-8C7A-B930C407DE57" srsName="EPSG:25832">
                  <gml:posList srsName="EPSG:25832">565096.534 5937612.846 565106.464 5937622.984 </gml:posList>
                </gml:LineString>
              </gml:curveMember>
              <gml:curveMember>
                <gml:LineString gml:id="Gml_B95E810D-DB6A-493D-ADF5-974704475A7A" srsName="EPSG:25832">
                  <gml:posList srsName="EPSG:25832">565106.464 5937622.984 565118.61 5937635.316 </gml:posList>
                </gml:LineString>
              </gml:curveMember>
              <gml:curveMember>
                <gml:LineString gml:id="Gml_A9B7977C-BCB8-4800-9E76-A1BCCF52AC9B" srsName="EPSG:25832">
                  <gml:posList srsName="EPSG:25832">565118.61 5937635.316 565130.785 5937647.62 </gml:posList>
                </gml:LineString>
              </gml:curveMember>
              <gml:curveMember>
                <gml:LineString gml:id="Gml_4C83D1A9-109D-4404-BBD6-41A18FE490C8" srsName="EPSG:25832">
                  <gml:posList srsName="EPSG:25832">565130.785 5937647.62 565140.887 5937657.689 </gml:posList>
                </gml:LineString>
              </gml:curveMember>
              <gml:curveMember>
                <gml:LineString gml:id="Gml_D8343040-AA13-4BBA-AC91-6992B9DEFFD8" srsName="EPSG:25832">
                  <gml:posList srsName="EPSG:25832">565140.887 5937657.689 565151.008 5937667.739 </gml:posList>
                </gml:LineString>
              </gml:curveMember>
              <gml:curveMember>
                <gml:LineString gml:id="Gml_7C334964-4DAD-432F-8B67-D33FB08E776E" srsName="EPSG:25832">
                  <gml:posList srsName="EPSG:25832">565151.008 5937667.739 565161.778 5937677.625 </gml:posList>
                </gml:LineString>
              </gml:curveMember>
              <gml:curveMember>
                <gml:LineString gml:id="Gml_AD3389EE-B2A1-4F94-8147-9679E8D2DD12" srsName="EPSG:25832">
                  <gml:posList srsName="EPSG:25832">565161.778 5937677.625 565172.882 5937687.135 </gml:posList>
                </gml:LineString>
              </gml:curveMember>
              <gml:curveMember>
                <gml:LineString gml:id="Gml_429A69E9-0449-49A5-926A-834E85D3C291" srsName="EPSG:25832">
                  <gml:posList srsName="EPSG:25832">565172.882 5937687.135 565185.264 5937696.997 </gml:posList>
                </gml:LineString>
              </gml:curveMember>
              <gml:curveMember>
                <gml:LineString gml:id="Gml_6D4006C3-0940-4420-89B6-2C1095687103" srsName="EPSG:25832">
                  <gml:posList srsName="EPSG:25832">565185.264 5937696.997 565198.005 5937706.391 </gml:posList>
                </gml:LineString>
              </gml:curveMember>
              <gml:curveMember>
                <gml:LineString gml:id="Gml_73474A8A-2CB7-4340-8830-CC934C59DDAC" srsName="EPSG:25832">
                  <gml:posList srsName="EPSG:25832">565198.005 5937706.391 565162.898 5937752.137 </gml:posList>
                </gml:LineString>
              </gml:curveMember>
              <gml:curveMember>
                <gml:LineString gml:id="Gml_9FE6CB8A-5DEA-4DCF-8248-7CDB60706796" srsName="EPSG:25832">
                  <gml:posList srsName="EPSG:25832">565162.898 5937752.137 565160.424 5937752.487 </gml:posList>
                </gml:LineString>
              </gml:curveMember>
              <gml:curveMember>
                <gml:LineString gml:id="Gml_BA35801F-1EE5-4540-8BBC-E6DCF874DC32" srsName="EPSG:25832">
                  <gml:posList srsName="EPSG:25832">565160.424 5937752.487 565157.951 5937752.836 </gml:posList>
                </gml:LineString>
              </gml:curveMember>
              <gml:curveMember>
                <gml:LineString gml:id="Gml_8EE5C84D-174E-4C22-A94D-B887CD3795CB" srsName="EPSG:25832">
                  <gml:posList srsName="EPSG:25832">565157.951 5937752.836 565147.855 5937766.501 </gml:posList>
                </gml:LineString>
              </gml:curveMember>
              <gml:curveMember>
                <gml:LineString gml:id="Gml_C4F40A41-5094-4BEB-BDC9-D745ECAA3C84" srsName="EPSG:25832">
                  <gml:posList srsName="EPSG:25832">565147.855 5937766.501 565157.867 5937773.748 </gml:posList>
                </gml:LineString>
              </gml:curveMember>
              <gml:curveMember>
                <gml:LineString gml:id="Gml_1A3C1EA3-01FA-479F-9822-52CA041A5FDF" srsName="EPSG:25832">
                  <gml:posList srsName="EPSG:25832">565157.867 5937773.748 565168.055 5937780.744 </gml:posList>
                </gml:LineString>
              </gml:curveMember>
              <gml:curveMember>
                <gml:LineString gml:id="Gml_E6576236-6390-46E6-96EB-695CCD9AC713" srsName="EPSG:25832">
                  <gml:posList srsName="EPSG:25832">565168.055 5937780.744 565189.618 5937794.357 </gml:posList>
                </gml:LineString>
              </gml:curveMember>
              <gml:curveMember>
                <gml:LineString gml:id="Gml_7890D309-F5D9-4C29-AEE9-EFCD5EB744D4" srsName="EPSG:25832">
                  <gml:posList srsName="EPSG:25832">565189.618 5937794.357 565211.857 5937806.836 </gml:posList>
                </gml:LineString>
              </gml:curveMember>
              <gml:curveMember>
                <gml:LineString gml:id="Gml_3B602B16-0726-4F3A-9503-75C6BC285C99" srsName="EPSG:25832">
                  <gml:posList srsName="EPSG:25832">565211.857 5937806.836 565212.133 5937806.981 </gml:posList>
                </gml:LineString>
              </gml:curveMember>
              <gml:curveMember>
                <gml:LineString gml:id="Gml_DC0782C2-0FFF-48D9-906D-67BCF600EC7E" srsName="EPSG:25832">
                  <gml:posList srsName="EPSG:25832">565212.133 5937806.981 565212.408 5937807.126 </gml:posList>
                </gml:LineString>
              </gml:curveMember>
              <gml:curveMember>
                <gml:LineString gml:id="Gml_9C5770BE-10D3-4E0D-AD62-0EFF955E435B" srsName="EPSG:25832">
                  <gml:posList srsName="EPSG:25832">565212.408 5937807.126 565221.691 5937812.024 </gml:posList>
                </gml:LineString>
              </gml:curveMember>
              <gml:curveMember>
                <gml:LineString gml:id="Gml_BE75F0D0-8DB8-4262-B8E1-F9595F63637A" srsName="EPSG:25832">
                  <gml:posList srsName="EPSG:25832">565221.691 5937812.024 565230.975 5937816.921 </gml:posList>
                </gml:LineString>
              </gml:curveMember>
              <gml:curveMember>
                <gml:LineString gml:id="Gml_49DB0A44-CFFF-4558-9F59-31D5C8D4EA35" srsName="EPSG:25832">
                  <gml:posList srsName="EPSG:25832">565230.975 5937816.921 565250.071 5937826.996 </gml:posList>
                </gml:LineString>
              </gml:curveMember>
              <gml:curveMember>
                <gml:LineString gml:id="Gml_95D0EAC6-2212-4898-B588-E62E214E902F" srsName="EPSG:25832">
                  <gml:posList srsName="EPSG:25832">565250.071 5937826.996 565269.168 5937837.07 </gml:posList>
                </gml:LineString>
              </gml:curveMember>
              <gml:curveMember>
                <gml:LineString gml:id="Gml_9A258C07-44B4-4232-AF8C-89E60BEAA1C0" srsName="EPSG:25832">
                  <gml:posList srsName="EPSG:25832">565269.168 5937837.07 565297.727 5937862.507 </gml:posList>
                </gml:LineString>
              </gml:curveMember>
              <gml:curveMember>
                <gml:LineString gml:id="Gml_40CCB3AD-6616-47DF-9596-A7774AE9257F" srsName="EPSG:25832">
                  <gml:posList srsName="EPSG:25832">565297.727 5937862.507 565302.41 5937864.253 </gml:posList>
                </gml:LineString>
              </gml:curveMember>
              <gml:curveMember>
                <gml:LineString gml:id="Gml_65EA22FB-6638-4361-A36B-4A366B4EE4D3" srsName="EPSG:25832">
                  <gml:posList srsName="EPSG:25832">565302.41 5937864.253 565352.249 5937950.733 </gml:posList>
                </gml:LineString>
              </gml:curveMember>
              <gml:curveMember>
                <gml:LineString gml:id="Gml_6C7DBA15-3CFD-4419-A082-0FA1A60C9077" srsName="EPSG:25832">
                  <gml:posList srsName="EPSG:25832">565352.249 5937950.733 565351.069 5937955.591 </gml:posList>
                </gml:LineString>
              </gml:curveMember>
              <gml:curveMember>
                <gml:LineString gml:id="Gml_F72A7D33-D127-4543-B871-B2E4B4DC36DA" srsName="EPSG:25832">
                  <gml:posList srsName="EPSG:25832">565351.069 5937955.591 565355.02 5937973.256 </gml:posList>
                </gml:LineString>
              </gml:curveMember>
              <gml:curveMember>
                <gml:LineString gml:id="Gml_47E550D4-E127-4563-9BE4-DE6ECD9BDF26" srsName="EPSG:25832">
                  <gml:posList srsName="EPSG:25832">565355.02 5937973.256 565361.962 5937974.732 </gml:posList>
                </gml:LineString>
              </gml:curveMember>
              <gml:curveMember>
                <gml:LineString gml:id="Gml_49E165BC-F5DC-4C73-A05F-2E42E4379CFF" srsName="EPSG:25832">
                  <gml:posList srsName="EPSG:25832">565361.962 5937974.732 565461.087 5938125.927 </gml:posList>
                </gml:LineString>
              </gml:curveMember>
              <gml:curveMember>
                <gml:LineString gml:id="Gml_3DD581F6-E45F-4F8C-B76C-4443229835C2" srsName="EPSG:25832">
                  <gml:posList srsName="EPSG:25832">565461.087 5938125.927 565462.318 5938126.576 </gml:posList>
                </gml:LineString>
              </gml:curveMember>
              <gml:curveMember>
                <gml:LineString gml:id="Gml_1952E3E6-5891-418D-BC91-6D27954E6D51" srsName="EPSG:25832">
                  <gml:posList srsName="EPSG:25832">565462.318 5938126.576 565463.548 5938127.225 </gml:posList>
                </gml:LineString>
              </gml:curveMember>
              <gml:curveMember>
                <gml:LineString gml:id="Gml_61F48321-9154-4259-80B8-8E64D54CBB16" srsName="EPSG:25832">
                  <gml:posList srsName="EPSG:25832">565463.548 5938127.225 565464.894 5938127.589 </gml:posList>
                </gml:LineString>
              </gml:curveMember>
              <gml:curveMember>
                <gml:LineString gml:id="Gml_D072A734-E1BD-4F4B-B430-736F4BE3489E" srsName="EPSG:25832">
                  <gml:posList srsName="EPSG:25832">565464.894 5938127.589 565466.241 5938127.954 </gml:posList>
                </gml:LineString>
              </gml:curveMember>
              <gml:curveMember>
                <gml:LineString gml:id="Gml_49E78E35-3991-46FA-ADCB-173487CC774B" srsName="EPSG:25832">
                  <gml:posList srsName="EPSG:25832">565466.241 5938127.954 565468.239 5938128.059 </gml:posList>
                </gml:LineString>
              </gml:curveMember>
              <gml:curveMember>
                <gml:LineString gml:id="Gml_1AFB5641-F690-4258-A884-E9E597A7051E" srsName="EPSG:25832">
                  <gml:posList srsName="EPSG:25832">565468.239 5938128.059 565470.237 5938128.164 </gml:posList>
                </gml:LineString>
              </gml:curveMember>
              <gml:curveMember>
                <gml:LineString gml:id="Gml_04F5336D-4211-4D35-9AE4-DC6BA0F37513" srsName="EPSG:25832">
                  <gml:posList srsName="EPSG:25832">565470.237 5938128.164 565472.131 5938126.873 </gml:posList>
                </gml:LineString>
              </gml:curveMember>
              <gml:curveMember>
                <gml:LineString gml:id="Gml_D0BCC4B4-E618-4316-8D74-31E3472A7081" srsName="EPSG:25832">
                  <gml:posList srsName="EPSG:25832">565472.131 5938126.873 565474.026 5938125.583 </gml:posList>
                </gml:LineString>
              </gml:curveMember>
              <gml:curveMember>
                <gml:LineString gml:id="Gml_E53D0219-897A-436B-8AE6-6C175708676D" srsName="EPSG:25832">
                  <gml:posList srsName="EPSG:25832">565474.026 5938125.583 565474.883 5938122.588 </gml:posList>
                </gml:LineString>
              </gml:curveMember>
              <gml:curveMember>
                <gml:LineString gml:id="Gml_7F02EC6C-9338-4522-9608-72DCBBFBB239" srsName="EPSG:25832">
                  <gml:posList srsName="EPSG:25832">565474.883 5938122.588 565475.741 5938119.593 </gml:posList>
                </gml:LineString>
              </gml:curveMember>
              <gml:curveMember>
                <gml:LineString gml:id="Gml_2CDD8747-30A7-4B33-BC63-DF2096BBBEA1" srsName="EPSG:25832">
                  <gml:posList srsName="EPSG:25832">565475.741 5938119.593 565480.724 5938127.242 </gml:posList>
                </gml:LineString>
              </gml:curveMember>
              <gml:curveMember>
                <gml:LineString gml:id="Gml_6473514A-3F38-475B-9A56-65295E7D7BFC" srsName="EPSG:25832">
                  <gml:posList srsName="EPSG:25832">565480.724 5938127.242 565486.139 5938135.555 </gml:posList>
                </gml:LineString>
              </gml:curveMember>
              <gml:curveMember>
                <gml:LineString gml:id="Gml_AE1B2B11-1DD3-4093-B8B9-AEE8C4BFC088" srsName="EPSG:25832">
                  <gml:posList srsName="EPSG:25832">565486.139 5938135.555 565488.587 5938136.825 </gml:posList>
                </gml:LineString>
              </gml:curveMember>
              <gml:curveMember>
                <gml:LineString gml:id="Gml_45C943E7-2516-4078-8B2E-6AF504E0DDB8" srsName="EPSG:25832">
                  <gml:posList srsName="EPSG:25832">565488.587 5938136.825 565494.795 5938146.279 </gml:posList>
                </gml:LineString>
              </gml:curveMember>
              <gml:curveMember>
                <gml:LineString gml:id="Gml_6BC427F6-AF4A-42B5-A3C8-4CC1CDC6B900" srsName="EPSG:25832">
                  <gml:posList srsName="EPSG:25832">565494.795 5938146.279 565501.003 5938155.733 </gml:posList>
                </gml:LineString>
              </gml:curveMember>
              <gml:curveMember>
                <gml:LineString gml:id="Gml_B0110F82-039B-409C-89B8-4480183C7F42" srsName="EPSG:25832">
                  <gml:posList srsName="EPSG:25832">565501.003 5938155.733 565500.151 5938157.255 </gml:posList>
                </gml:LineString>
              </gml:curveMember>
              <gml:curveMember>
                <gml:LineString gml:id="Gml_7EE105DF-A697-4835-9D6B-83C057F65357" srsName="EPSG:25832">
                  <gml:posList srsName="EPSG:25832">565500.151 5938157.255 565500.993 5938158.549 </gml:posList>
                </gml:LineString>
              </gml:curveMember>
              <gml:curveMember>
                <gml:LineString gml:id="Gml_214EF9E4-6D3D-4B4E-943C-82B276C30BB0" srsName="EPSG:25832">
                  <gml:posList srsName="EPSG:25832">565500.993 5938158.549 565501.539 5938159.387 </gml:posList>
                </gml:LineString>
              </gml:curveMember>
              <gml:curveMember>
                <gml:LineString gml:id="Gml_9CFF2ADA-B07D-4F09-9BEC-6C86FAAC36F3" srsName="EPSG:25832">
                  <gml:posList srsName="EPSG:25832">565501.539 5938159.387 565507.092 5938167.908 </gml:posList>
                </gml:LineString>
              </gml:curveMember>
              <gml:curveMember>
                <gml:LineString gml:id="Gml_A74E6B1F-3FE0-446A-9923-9C387A84FA18" srsName="EPSG:25832">
                  <gml:posList srsName="EPSG:25832">565507.092 5938167.908 565512.645 5938176.429 </gml:posList>
                </gml:LineString>
              </gml:curveMember>
              <gml:curveMember>
                <gml:LineString gml:id="Gml_F56CEF90-F2DF-454C-8709-B88808CA0ACF" srsName="EPSG:25832">
                  <gml:posList srsName="EPSG:25832">565512.645 5938176.429 565530.107 5938203.461 </gml:posList>
                </gml:LineString>
              </gml:curveMember>
              <gml:curveMember>
                <gml:LineString gml:id="Gml_9CA0C994-3FD0-4F80-8371-2478A1CB3C90" srsName="EPSG:25832">
                  <gml:posList srsName="EPSG:25832">565530.107 5938203.461 565547.57 5938230.492 </gml:posList>
                </gml:LineString>
              </gml:curveMember>
              <gml:curveMember>
                <gml:LineString gml:id="Gml_F90DBE03-D3A8-41D7-989E-54A9F9999D44" srsName="EPSG:25832">
                  <gml:posList srsName="EPSG:25832">565547.57 5938230.492 565551.84 5938227.43 </gml:posList>
                </gml:LineString>
              </gml:curveMember>
              <gml:curveMember>
                <gml:LineString gml:id="Gml_DE850CEA-49ED-456F-9E1F-A98B4BCFC829" srsName="EPSG:25832">
                  <gml:posList srsName="EPSG:25832">565551.84 5938227.43 565597.037 5938269.259 </gml:posList>
                </gml:LineString>
              </gml:curveMember>
              <gml:curveMember>
                <gml:LineString gml:id="Gml_2FBB9A3E-236C-498F-84CF-EDEDCD52348D" srsName="EPSG:25832">
                  <gml:posList srsName="EPSG:25832">565597.037 5938269.259 565629.329 5938318.647 </gml:posList>
                </gml:LineString>
              </gml:curveMember>
              <gml:curveMember>
                <gml:LineString gml:id="Gml_DF03F3BC-1DD8-4968-8CCC-23C9BA879DED" srsName="EPSG:25832">
                  <gml:posList srsName="EPSG:25832">565629.329 5938318.647 565641.315 5938378.463 </gml:posList>
                </gml:LineString>
              </gml:curveMember>
              <gml:curveMember>
                <gml:LineString gml:id="Gml_14683FF4-8076-4640-8CEF-CAB4C1DAA6D7" srsName="EPSG:25832">
                  <gml:posList srsName="EPSG:25832">565641.315 5938378.463 565673.14 5938384.57 </gml:posList>
                </gml:LineString>
              </gml:curveMember>
              <gml:curveMember>
                <gml:LineString gml:id="Gml_F9571A96-A4E5-4C00-94DA-709774885F87" srsName="EPSG:25832">
                  <gml:posList srsName="EPSG:25832">565673.14 5938384.57 565703.183 5938378.553 </gml:posList>
                </gml:LineString>
              </gml:curveMember>
              <gml:curveMember>
                <gml:LineString gml:id="Gml_2D42800A-C5D9-461D-893D-22C5082A73A6" srsName="EPSG:25832">
                  <gml:posList srsName="EPSG:25832">565703.183 5938378.553 565709.758 5938383.905 </gml:posList>
                </gml:LineString>
              </gml:curveMember>
              <gml:curveMember>
                <gml:LineString gml:id="Gml_4D2B3655-D294-454B-B95E-0B8D89E8C3EE" srsName="EPSG:25832">
                  <gml:posList srsName="EPSG:25832">565709.758 5938383.905 565716.333 5938389.256 </gml:posList>
                </gml:LineString>
              </gml:curveMember>
              <gml:curveMember>
                <gml:LineString gml:id="Gml_26B073B0-3FA1-4A2E-A0AD-E31682D01B08" srsName="EPSG:25832">
                  <gml:posList srsName="EPSG:25832">565716.333 5938389.256 565719.339 5938391.702 </gml:posList>
                </gml:LineString>
              </gml:curveMember>
              <gml:curveMember>
                <gml:LineString gml:id="Gml_F72DF633-D59D-44E5-AF27-50B4266EF906" srsName="EPSG:25832">
                  <gml:posList srsName="EPSG:25832">565719.339 5938391.702 565722.344 5938394.148 </gml:posList>
                </gml:LineString>
              </gml:curveMember>
              <gml:curveMember>
                <gml:LineString gml:id="Gml_17C4B385-7AE4-40AA-BEC7-B97F687F0372" srsName="EPSG:25832">
                  <gml:posList srsName="EPSG:25832">565722.344 5938394.148 565728.334 5938399.111 </gml:posList>
                </gml:LineString>
              </gml:curveMember>
              <gml:curveMember>
                <gml:LineString gml:id="Gml_6584DC6C-2102-42C2-BBDF-787310F92638" srsName="EPSG:25832">
                  <gml:posList srsName="EPSG:25832">565728.334 5938399.111 565736.808 5938406.427 </gml:posList>
                </gml:LineString>
              </gml:curveMember>
              <gml:curveMember>
                <gml:LineString gml:id="Gml_FBFD1604-10B3-43AD-A816-30DB95F97753" srsName="EPSG:25832">
                  <gml:posList srsName="EPSG:25832">565736.808 5938406.427 565745.104 5938413.945 </gml:posList>
                </gml:LineString>
              </gml:curveMember>
              <gml:curveMember>
                <gml:LineString gml:id="Gml_FC8224B4-CEA4-4902-A3B6-7B1720E8A9A2" srsName="EPSG:25832">
                  <gml:posList srsName="EPSG:25832">565745.104 5938413.945 565759.143 5938427.552 </gml:posList>
                </gml:LineString>
              </gml:curveMember>
              <gml:curveMember>
                <gml:LineString gml:id="Gml_1DC8FB8C-1874-490D-82C3-DB6D34E15D27" srsName="EPSG:25832">
                  <gml:posList srsName="EPSG:25832">565759.143 5938427.552 565772.595 5938441.738 </gml:posList>
                </gml:LineString>
              </gml:curveMember>
              <gml:curveMember>
                <gml:LineString gml:id="Gml_EADEA41F-C8D7-4352-9A24-90866A7456BE" srsName="EPSG:25832">
                  <gml:posList srsName="EPSG:25832">565772.595 5938441.738 565776.934 5938446.576 </gml:posList>
                </gml:LineString>
              </gml:curveMember>
              <gml:curveMember>
                <gml:LineString gml:id="Gml_873B565F-2AB0-4793-9D39-8D9C1AA4CF95" srsName="EPSG:25832">
                  <gml:posList srsName="EPSG:25832">565776.934 5938446.576 565781.205 5938451.475 </gml:posList>
                </gml:LineString>
              </gml:curveMember>
              <gml:curveMember>
                <gml:LineString gml:id="Gml_CD07295D-286B-4814-941E-9014E85AA06F" srsName="EPSG:25832">
                  <gml:posList srsName="EPSG:25832">565781.205 5938451.475 565790.011 5938462.043 </gml:posList>
                </gml:LineString>
              </gml:curveMember>
              <gml:curveMember>
                <gml:LineString gml:id="Gml_0FE68334-47FA-4118-9BD8-8271C6457DE7" srsName="EPSG:25832">
                  <gml:posList srsName="EPSG:25832">565790.011 5938462.043 565798.501 5938472.866 </gml:posList>
                </gml:LineString>
              </gml:curveMember>
              <gml:curveMember>
                <gml:LineString gml:id="Gml_63F5027A-BA9D-47D0-97C8-A0312022AC18" srsName="EPSG:25832">
                  <gml:posList srsName="EPSG:25832">565798.501 5938472.866 565808.121 5938485.992 </gml:posList>
                </gml:LineString>
              </gml:curveMember>
              <gml:curveMember>
                <gml:LineString gml:id="Gml_E052B2FF-58DF-44AE-A125-0AFD1ABC38A1" srsName="EPSG:25832">
                  <gml:posList srsName="EPSG:25832">565808.121 5938485.992 565817.276 5938499.446 </gml:posList>
                </gml:LineString>
              </gml:curveMember>
              <gml:curveMember>
                <gml:LineString gml:id="Gml_9E2B8478-22EC-4BFC-963D-BF4EC00912E0" srsName="EPSG:25832">
                  <gml:posList srsName="EPSG:25832">565817.276 5938499.446 565750.503 5938570.335 </gml:posList>
                </gml:LineString>
              </gml:curveMember>
              <gml:curveMember>
                <gml:Curve gml:id="Gml_1D9C409D-D4B4-4E1A-87C8-3F2C8F5216FF" srsName="EPSG:25832">
                  <gml:segments>
                    <gml:Arc interpolation="circularArc3Points" numArc="1">
                      <gml:posList srsName="EPSG:25832">565750.503 5938570.335 565748.434217777 5938572.39079693 565746.239 5938574.311 
</gml:posList>
                    </gml:Arc>
                  </gml:segments>
                </gml:Curve>
              </gml:curveMember>
              <gml:curveMember>
                <gml:Curve gml:id="Gml_A1D6FEC2-44FB-4D14-821A-D43033825043" srsName="EPSG:25832">
                  <gml:segments>
                    <gml:Arc interpolation="circularArc3Points" numArc="1">
                      <gml:posList srsName="EPSG:25832">565746.239 5938574.311 565741.790061493 5938577.51496117 565736.985 5938580.155 
</gml:posList>
                    </gml:Arc>
                  </gml:segments>
                </gml:Curve>
              </gml:curveMember>
              <gml:curveMember>
                <gml:Curve gml:id="Gml_A41C9528-C338-4FF9-BF49-4747BFC8F654" srsName="EPSG:25832">
                  <gml:segments>
                    <gml:Arc interpolation="circularArc3Points" numArc="1">
                      <gml:posList srsName="EPSG:25832">565736.985 5938580.155 565731.888413264 5938582.19186339 565726.582 5938583.594 
</gml:posList>
                    </gml:Arc>
                  </gml:segments>
                </gml:Curve>
              </gml:curveMember>
              <gml:curveMember>
                <gml:LineString gml:id="Gml_C222FB56-AEA3-44F0-88D1-A244A4DC8164" srsName="EPSG:25832">
                  <gml:posList srsName="EPSG:25832">565726.582 5938583.594 565721.79 5938584.554 </gml:posList>
                </gml:LineString>
              </gml:curveMember>
              <gml:curveMember>
                <gml:LineString gml:id="Gml_353CC2B4-D29C-4A96-B869-747F00788C02" srsName="EPSG:25832">
                  <gml:posList srsName="EPSG:25832">565721.79 5938584.554 565716.986 5938585.515 </gml:posList>
                </gml:LineString>
              </gml:curveMember>
              <gml:curveMember>
                <gml:LineString gml:id="Gml_86A0D880-EED5-4B54-8CCA-97150AD2AA8B" srsName="EPSG:25832">
                  <gml:posList srsName="EPSG:25832">565716.986 5938585.515 565712.826 5938582.743 </gml:posList>
                </gml:LineString>
              </gml:curveMember>
              <gml:curveMember>
                <gml:LineString gml:id="Gml_9F6379C1-813F-4DF0-9DAB-587418F13216" srsName="EPSG:25832">
                  <gml:posList srsName="EPSG:25832">565712.826 5938582.743 565684.386 5938593.41 </gml:posList>
                </gml:LineString>
              </gml:curveMember>
              <gml:curveMember>
                <gml:LineString gml:id="Gml_0B3A4855-1EDF-412D-BB02-7F78AAC842AA" srsName="EPSG:25832">
                  <gml:posList srsName="EPSG:25832">565684.386 5938593.41 565689.857 5938620.701 </gml:posList>
                </gml:LineString>
              </gml:curveMember>
              <gml:curveMember>
                <gml:LineString gml:id="Gml_454C4BCF-6FC8-4053-9350-C855EE51B24B" srsName="EPSG:25832">
                  <gml:posList srsName="EPSG:25832">565689.857 5938620.701 565688.839 5938624.988 </gml:posList>
                </gml:LineString>
              </gml:curveMember>
              <gml:curveMember>
                <gml:LineString gml:id="Gml_9FF7B9C7-5554-436B-8C48-00BC89CF3995" srsName="EPSG:25832">
                  <gml:posList srsName="EPSG:25832">565688.839 5938624.988 565690.028 5938630.923 </gml:posList>
                </gml:LineString>
              </gml:curveMember>
              <gml:curveMember>
                <gml:LineString gml:id="Gml_23798E8A-BB23-4F22-8BCA-135A96723A74" srsName="EPSG:25832">
                  <gml:posList srsName="EPSG:25832">565690.028 5938630.923 565688.921 5938631.144 </gml:posList>
                </gml:LineString>
              </gml:curveMember>
              <gml:curveMember>
                <gml:LineString gml:id="Gml_4FC4351F-AA15-49B0-84A4-0F56A65FAC1B" srsName="EPSG:25832">
                  <gml:posList srsName="EPSG:25832">565688.921 5938631.144 565689.113 5938632.105 </gml:posList>
                </gml:LineString>
              </gml:curveMember>
              <gml:curveMember>
                <gml:LineString gml:id="Gml_CDB66AA4-E438-496A-9112-4BD245938521" srsName="EPSG:25832">
                  <gml:posList srsName="EPSG:25832">565689.113 5938632.105 565688.162 5938634.107 </gml:posList>
                </gml:LineString>
              </gml:curveMember>
              <gml:curveMember>
                <gml:LineString gml:id="Gml_90032250-7D48-4DE7-A932-4822617D87C9" srsName="EPSG:25832">
                  <gml:posList srsName="EPSG:25832">565688.162 5938634.107 565671.756 5938644.134 </gml:posList>
                </gml:LineString>
              </gml:curveMember>
              <gml:curveMember>
                <gml:LineString gml:id="Gml_EBB030E4-A1A4-4C82-BA5A-795DC32248CA" srsName="EPSG:25832">
                  <gml:posList srsName="EPSG:25832">565671.756 5938644.134 565566.738 5938696.187 </gml:posList>
                </gml:LineString>
              </gml:curveMember>
            </gml:Ring>
          </gml:exterior>
        </gml:Polygon>
      </xplan:raeumlicherGeltungsbereich>
      <xplan:externeReferenz>
        <xplan:XP_SpezExterneReferenz>
          <xplan:art>Dokument</xplan:art>
          <xplan:referenzURL>StErhVo_Eppendorf_Hoheluft-Ost.pdf</xplan:referenzURL>
          <xplan:typ>1065</xplan:typ>
        </xplan:XP_SpezExterneReferenz>
      </xplan:externeReferenz>
      <xplan:texte xlink:href="#Gml_91BCBE4D-B995-4CA6-A655-84EA9DE4CE96"/>
      <xplan:texte xlink:href="#Gml_093885BC-37A2-4A31-83DD-32C238F9FA6A"/>
      <xplan:texte xlink:href="#Gml_C6C48876-DE3F-4D18-9803-451062E9FDD9"/>
      <xplan:gemeinde>
        <xplan:XP_Gemeinde>
          <xplan:ags>02000000</xplan:ags>
          <xplan:gemeindeName>Freie und Hansestadt Hamburg</xplan:gemeindeName>
          <xplan:ortsteilName>401,402,403,404</xplan:ortsteilName>
        </xplan:XP_Gemeinde>
      </xplan:gemeinde>
      <xplan:planArt codeSpace="www.mysynergis.com/XPlanungR/5.2/0">17200</xplan:planArt>
      <xplan:bereich xlink:href="#GML_4e36cc08-11cc-46a2-b4fa-e9d298f86dac"/>
    </xplan:SO_Plan>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:SO_TextAbschnitt gml:id="Gml_91BCBE4D-B995-4CA6-A655-84EA9DE4CE96">
      <xplan:schluessel>1</xplan:schluessel>
      <xplan:text>Diese Verordnung gilt für die in der anliegenden Karte
durch eine schwarze Linie abgegrenzte Fläche.
Das Gebiet im Bezirk Hamburg-Nord, Gemarkung Eppendorf,
Stadtteile Eppendorf und Hoheluft-Ost, Ortsteile 401,
402, 403 und 404, wird wie folgt begrenzt:
– Südgrenze des Flurstücks 46 (Heinickestraße);
– Südgrenze des Flurstücks 466 (Ludolfstraße);
– nach Süden abknickend, der Flurstückgrenze 466 folgend,
bis auf Höhe der Flurstückgrenze zwischen 2786 und 1742;
– rechtwinkelig abknickend, das Flurstück 1998 (Kellinghusenstraße)
querend;
– Südgrenze des Flurstücks 790 (Heilwigstraße), bis das Flurstück
186 erreicht wird;
– nach Süden abknickend; der westlichen Grenze des Flurstücks
186 (Kunhardtstraße) folgend bis das Flurstück 1998
(Kellinghusenstraße) erreicht wird;
– das Flurstück 1998 (Kellinghusenstraße) querend;
– auf Höhe der Flurstücksgrenze zwischen Flurstück 784 und
2024 nach Süden abknickend und der westlichen Grenze
des Flurstücks 1998 (Kelllinghusenstraße) folgend;
– bei Erreichen des Brückenbauwerks der Hochbahn nach
Südwesten abknickend und zunächst der südöstlichen
Flurstücksgrenze des Flurstücks 472 (Goernestraße) folgend;
– Ostgrenze des Flurstücks 182 (Kellinghusens Park), bis
zum Flurstück 2722;
– westliche Grenze des Flurstücks 1463 (Loehrsweg) nach
Süden folgend;
– Querung des Flurstücks 473 (Loogestieg) nach Süden;
– Westgrenze des Flurstücks 1012 (Loehrsweg) nach Süden
folgend;
– Westgrenze des Flurstücks 1027 (Hegestraße) nach Süden
folgend;
– auf Höhe der südlichen Grenze des Flurstücks 213 (Hegestieg)
nach Osten abknickend; der Südgrenze des Flurstücks
1028 (Hegestieg) folgend;
– Westgrenze des Flurstücks 2299 (Isebekkanal) Richtung
Süden;
– am südlichen Ende des Flurstücks 1078 nach Westen abknickend
und die Flurstücke 819 und 226 (Lehmweg) querend;
– nördliche Flurstücksgrenze der Straße Falkenried Richtung
Westen; zunächst Flurstück 1001; nach Querung des
Flurstücks 1249 (Eppendorfer Weg); Flurstück 1000 (Nordgrenze);
nach Querung des Flurstücks 238 (Abendrothsweg);
Flurstück 1795 (Nordgrenze);
– nach Norden abknickend der östlichen Grenze des Flurstücks
890 (Breitenfelder Straße) folgend;
– im weiteren Verlauf der östlichen Grenze des Flurstücks 478
(Schottmüllerstraße) folgend;
– südöstliche Grenze des Flurstücks 881 (Martinistraße) nach
Osten folgend;
– das Flurstück 181 (Eppendorfer Landstraße) querend; der
Flurstücksgrenze Richtung Norden folgend;
– Ostgrenze des Flurstücks 464 (Eppendorfer Marktplatz) bis
zum Flurstück 46 (Heinickestraße) in der Gemarkung
Eppendorf.</xplan:text>
      <xplan:rechtscharakter>9999</xplan:rechtscharakter>
    </xplan:SO_TextAbschnitt>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:SO_TextAbschnitt gml:id="Gml_093885BC-37A2-4A31-83DD-32C238F9FA6A">
      <xplan:schluessel>2</xplan:schluessel>
      <xplan:text>Zur Erhaltung der städtebaulichen Eigenart des Gebiets auf Grund seiner städtebaulichen Gestalt bedürfen in dem in Absatz 1 bezeichneten Gebiet der Rückbau, die Änderung, die Nutzungsänderung sowie die Errichtung baulicher Anlagen der Genehmigung, und zwar auch dann, wenn nach den bauordnungsrechtlichen Vorschriften eine Genehmigung nicht erforderlich ist. Die Genehmigung zum Rückbau, zur Änderung oder zur  utzungsänderung darf nur versagt werden, wenn die bauliche Anlage allein oder im Zusammenhang mit anderen baulichen Anlagen das Ortsbild, die Stadtgestalt oder das Landschaftsbild prägt oder sonst von städtebaulicher, insbesondere geschichtlicher oder künstlerischer Bedeutung ist. Die Genehmigung zur Errichtung der baulichen Anlage darf nur versagt werden, wenn die städtebauliche Gestalt des Gebiets durch die  eabsichtigte bauliche Anlage beeinträchtigt wird.</xplan:text>
      <xplan:rechtscharakter>9999</xplan:rechtscharakter>
    </xplan:SO_TextAbschnitt>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:SO_TextAbschnitt gml:id="Gml_C6C48876-DE3F-4D18-9803-451062E9FDD9">
      <xplan:schluessel>3</xplan:schluessel>
      <xplan:text>Es wird auf Folgendes hingewiesen:
Unbeachtlich werden
a) eine nach § 214 Absatz 1 Satz 1 des Baugesetzbuchs beachtliche Verletzung der dort bezeichneten Verfahrens- und Formvorschriften und
b) nach § 214 Absatz 3 Satz 2 des Baugesetzbuchs beachtliche
Mängel des Abwägungsvorgangs,
wenn sie nicht innerhalb eines Jahres seit Bekanntmachung
dieser Verordnung schriftlich gegenüber dem örtlich zuständigen
Bezirksamt unter Darlegung des die Verletzung begründenden
Sachverhalts gelten gemacht worden sind.</xplan:text>
      <xplan:rechtscharakter>9999</xplan:rechtscharakter>
    </xplan:SO_TextAbschnitt>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:SO_Bereich gml:id="GML_4e36cc08-11cc-46a2-b4fa-e9d298f86dac">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:25832">
          <gml:lowerCorner>564356.846 5937378.215</gml:lowerCorner>
          <gml:upperCorner>565817.276 5938697.984</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:nummer>0</xplan:nummer>
      <xplan:bedeutung>9999</xplan:bedeutung>
      <xplan:geltungsbereich>
        <gml:Polygon gml:id="Gml_88459F73-1DCF-470F-A29F-862049D7FFFF" srsName="EPSG:25832">
          <gml:exterior>
            <gml:Ring>
              <gml:curveMember>
                <gml:LineString gml:id="Gml_6F601C56-CB7A-464A-9057-BAAD8603B6BF" srsName="EPSG:25832">
                  <gml:posList srsName="EPSG:25832">565566.738 5938696.187 565489.955 5938697.984 </gml:posList>
                </gml:LineString>
              </gml:curveMember>
              <gml:curveMember>
                <gml:LineString gml:id="Gml_EC550781-4B1A-4AE2-9425-170E09C07568" srsName="EPSG:25832">
                  <gml:posList srsName="EPSG:25832">565489.955 5938697.984 565484.149 5938695.595 </gml:posList>
                </gml:LineString>
              </gml:curveMember>
              <gml:curveMember>
                <gml:LineString gml:id="Gml_179815D5-6C11-41C4-AC7D-78ED6FD8EBF3" srsName="EPSG:25832">
                  <gml:posList srsName="EPSG:25832">565484.149 5938695.595 565480.213 5938688.453 </gml:posList>
                </gml:LineString>
              </gml:curveMember>
              <gml:curveMember>
                <gml:LineString gml:id="Gml_BD5B2CBB-F723-49BA-BD78-EBAC993FEF07" srsName="EPSG:25832">
                  <gml:posList srsName="EPSG:25832">565480.213 5938688.453 565478.006 5938689.704 </gml:posList>
                </gml:LineString>
              </gml:curveMember>
              <gml:curveMember>
                <gml:LineString gml:id="Gml_8A350F61-1F68-4394-BE44-D9300DAD6E43" srsName="EPSG:25832">
                  <gml:posList srsName="EPSG:25832">565478.006 5938689.704 565442.622 5938627.687 </gml:posList>
                </gml:LineString>
              </gml:curveMember>
              <gml:curveMember>
                <gml:LineString gml:id="Gml_D345C034-9C1A-4C20-BE4C-78FC9260917F" srsName="EPSG:25832">
                  <gml:posList srsName="EPSG:25832">565442.622 5938627.687 565435.483 5938605.876 </gml:posList>
                </gml:LineString>
              </gml:curveMember>
              <gml:curveMember>
                <gml:LineString gml:id="Gml_D86A4A71-A2A7-4D8B-81C8-F823879B3DCA" srsName="EPSG:25832">
                  <gml:posList srsName="EPSG:25832">565435.483 5938605.876 565391.432 5938619.754 </gml:posList>
                </gml:LineString>
              </gml:curveMember>
              <gml:curveMember>
                <gml:LineString gml:id="Gml_53642FCB-AE93-4B82-9ADD-4F15E2BC6DB0" srsName="EPSG:25832">
                  <gml:posList srsName="EPSG:25832">565391.432 5938619.754 565388.122 5938623.953 </gml:posList>
                </gml:LineString>
              </gml:curveMember>
              <gml:curveMember>
                <gml:LineString gml:id="Gml_A859FBB7-3935-4D15-8FD4-824955EE683F" srsName="EPSG:25832">
                  <gml:posList srsName="EPSG:25832">565388.122 5938623.953 565371.57 5938621.122 </gml:posList>
                </gml:LineString>
              </gml:curveMember>
              <gml:curveMember>
                <gml:LineString gml:id="Gml_02188AA6-CF7B-4D06-88C5-391BC36028B3" srsName="EPSG:25832">
                  <gml:posList srsName="EPSG:25832">565371.57 5938621.122 565371.899 5938619.2 </gml:posList>
                </gml:LineString>
              </gml:curveMember>
              <gml:curveMember>
                <gml:LineString gml:id="Gml_A23D29EE-38F4-4AEF-9FFE-CFC03686E021" srsName="EPSG:25832">
                  <gml:posList srsName="EPSG:25832">565371.899 5938619.2 565340.011 5938613.752 </gml:posList>
                </gml:LineString>
              </gml:curveMember>
              <gml:curveMember>
                <gml:LineString gml:id="Gml_769CFE68-EB29-4DDD-BC86-14C8121752DD" srsName="EPSG:25832">
                  <gml:posList srsName="EPSG:25832">565340.011 5938613.752 565335.732 5938612.277 </gml:posList>
                </gml:LineString>
              </gml:curveMember>
              <gml:curveMember>
                <gml:LineString gml:id="Gml_09BBB1E6-F1ED-4FFB-8CC5-462CAD9AED97" srsName="EPSG:25832">
                  <gml:posList srsName="EPSG:25832">565335.732 5938612.277 565332.147 5938609.516 </gml:posList>
                </gml:LineString>
              </gml:curveMember>
              <gml:curveMember>
                <gml:LineString gml:id="Gml_32A3A786-F01D-40B7-AB4A-2166329E38BE" srsName="EPSG:25832">
                  <gml:posList srsName="EPSG:25832">565332.147 5938609.516 565329.187 5938606.353 </gml:posList>
                </gml:LineString>
              </gml:curveMember>
              <gml:curveMember>
                <gml:LineString gml:id="Gml_D5002784-B88F-46B5-B83D-E04675CC2634" srsName="EPSG:25832">
                  <gml:posList srsName="EPSG:25832">565329.187 5938606.353 565186.748 5938457.083 </gml:posList>
                </gml:LineString>
              </gml:curveMember>
              <gml:curveMember>
                <gml:LineString gml:id="Gml_A3B8E21B-72E0-4118-8A24-E504C2F5CC26" srsName="EPSG:25832">
                  <gml:posList srsName="EPSG:25832">565186.748 5938457.083 565141.331 5938399.582 </gml:posList>
                </gml:LineString>
              </gml:curveMember>
              <gml:curveMember>
                <gml:LineString gml:id="Gml_50DF0037-8C47-4B89-BFD6-75C9F09113C0" srsName="EPSG:25832">
                  <gml:posList srsName="EPSG:25832">565141.331 5938399.582 565108.159 5938363.954 </gml:posList>
                </gml:LineString>
              </gml:curveMember>
              <gml:curveMember>
                <gml:LineString gml:id="Gml_0ECDAF78-BBED-44EA-B9B7-972AE336A7B2" srsName="EPSG:25832">
                  <gml:posList srsName="EPSG:25832">565108.159 5938363.954 564706.07 5938061.953 </gml:posList>
                </gml:LineString>
              </gml:curveMember>
              <gml:curveMember>
                <gml:LineString gml:id="Gml_89B9C3F4-0434-424E-BA8C-66F1315A27D6" srsName="EPSG:25832">
                  <gml:posList srsName="EPSG:25832">564706.07 5938061.953 564674.99 5938050.708 </gml:posList>
                </gml:LineString>
              </gml:curveMember>
              <gml:curveMember>
                <gml:LineString gml:id="Gml_B197445A-F90B-4C56-AE31-4B4F52F48246" srsName="EPSG:25832">
                  <gml:posList srsName="EPSG:25832">564674.99 5938050.708 564662.748 5938044.483 </gml:posList>
                </gml:LineString>
              </gml:curveMember>
              <gml:curveMember>
                <gml:LineString gml:id="Gml_94A8A798-929C-4051-A31A-877007853715" srsName="EPSG:25832">
                  <gml:posList srsName="EPSG:25832">564662.748 5938044.483 564650.505 5938038.258 </gml:posList>
                </gml:LineString>
              </gml:curveMember>
              <gml:curveMember>
                <gml:LineString gml:id="Gml_E1B5EF91-3473-40DD-BB10-2D2B145B2A0D" srsName="EPSG:25832">
                  <gml:posList srsName="EPSG:25832">564650.505 5938038.258 564643.6 5938034.749 </gml:posList>
                </gml:LineString>
              </gml:curveMember>
              <gml:curveMember>
                <gml:LineString gml:id="Gml_DD555C64-85BE-4B3E-830C-0495A744DE6B" srsName="EPSG:25832">
                  <gml:posList srsName="EPSG:25832">564643.6 5938034.749 564636.695 5938031.239 </gml:posList>
                </gml:LineString>
              </gml:curveMember>
              <gml:curveMember>
                <gml:LineString gml:id="Gml_EE54FE82-07EF-43BD-AB80-6A1A3132D75E" srsName="EPSG:25832">
                  <gml:posList srsName="EPSG:25832">564636.695 5938031.239 564630.415 5938028.048 </gml:posList>
                </gml:LineString>
              </gml:curveMember>
              <gml:curveMember>
                <gml:LineString gml:id="Gml_AF173A06-41CB-4204-B1F6-A72A318DFA5D" srsName="EPSG:25832">
                  <gml:posList srsName="EPSG:25832">564630.415 5938028.048 564624.135 5938024.858 </gml:posList>
                </gml:LineString>
              </gml:curveMember>
              <gml:curveMember>
                <gml:LineString gml:id="Gml_8D5AA606-5524-43DD-B609-B4C56E93A713" srsName="EPSG:25832">
                  <gml:posList srsName="EPSG:25832">564624.135 5938024.858 564621.87 5938023.706 </gml:posList>
                </gml:LineString>
              </gml:curveMember>
              <gml:curveMember>
                <gml:LineString gml:id="Gml_648A2F53-EBB8-447E-9F61-8F95FDC92221" srsName="EPSG:25832">
                  <gml:posList srsName="EPSG:25832">564621.87 5938023.706 564610.539 5938017.834 </gml:posList>
                </gml:LineString>
              </gml:curveMember>
              <gml:curveMember>
                <gml:LineString gml:id="Gml_205A08F4-EFE7-4F21-9BEE-F41495AEC7E5" srsName="EPSG:25832">
                  <gml:posList srsName="EPSG:25832">564610.539 5938017.834 564599.196 5938011.727 </gml:posList>
                </gml:LineString>
              </gml:curveMember>
              <gml:curveMember>
                <gml:LineString gml:id="Gml_3AB699A7-1CB1-4EB2-A514-955ACE174842" srsName="EPSG:25832">
                  <gml:posList srsName="EPSG:25832">564599.196 5938011.727 564587.116 5938004.951 </gml:posList>
                </gml:LineString>
              </gml:curveMember>
              <gml:curveMember>
                <gml:LineString gml:id="Gml_E9C38781-4E29-47EF-BC4A-6FED8BBF4492" srsName="EPSG:25832">
                  <gml:posList srsName="EPSG:25832">564587.116 5938004.951 564575.152 5937997.97 </gml:posList>
                </gml:LineString>
              </gml:curveMember>
              <gml:curveMember>
                <gml:LineString gml:id="Gml_7EC243A5-A29B-4118-98AE-0DCF14913544" srsName="EPSG:25832">
                  <gml:posList srsName="EPSG:25832">564575.152 5937997.97 564560.889 5937989.265 </gml:posList>
                </gml:LineString>
              </gml:curveMember>
              <gml:curveMember>
                <gml:LineString gml:id="Gml_67BA634D-BB81-453C-AF86-3938B1F9E001" srsName="EPSG:25832">
                  <gml:posList srsName="EPSG:25832">564560.889 5937989.265 564546.809 5937980.267 </gml:posList>
                </gml:LineString>
              </gml:curveMember>
              <gml:curveMember>
                <gml:LineString gml:id="Gml_BDB2C0C7-9C48-479F-8476-30B77B230CC7" srsName="EPSG:25832">
                  <gml:posList srsName="EPSG:25832">564546.809 5937980.267 564531.839 5937970.239 </gml:posList>
                </gml:LineString>
              </gml:curveMember>
              <gml:curveMember>
                <gml:LineString gml:id="Gml_E15FACC2-99D2-47FF-99A0-D73C28FFA728" srsName="EPSG:25832">
                  <gml:posList srsName="EPSG:25832">564531.839 5937970.239 564517.096 5937959.881 </gml:posList>
                </gml:LineString>
              </gml:curveMember>
              <gml:curveMember>
                <gml:LineString gml:id="Gml_CCE58BBA-3F5C-4065-8D49-47FA1A19C97F" srsName="EPSG:25832">
                  <gml:posList srsName="EPSG:25832">564517.096 5937959.881 564506.806 5937952.349 </gml:posList>
                </gml:LineString>
              </gml:curveMember>
              <gml:curveMember>
                <gml:LineString gml:id="Gml_4067BE45-E3BB-4C84-9D0A-0C8D6C2CAD8E" srsName="EPSG:25832">
                  <gml:posList srsName="EPSG:25832">564506.806 5937952.349 564496.634 5937944.658 </gml:posList>
                </gml:LineString>
              </gml:curveMember>
              <gml:curveMember>
                <gml:LineString gml:id="Gml_35388A09-2F44-45E6-8B28-28132A5DE3BA" srsName="EPSG:25832">
                  <gml:posList srsName="EPSG:25832">564496.634 5937944.658 564487.134 5937937.233 </gml:posList>
                </gml:LineString>
              </gml:curveMember>
              <gml:curveMember>
                <gml:LineString gml:id="Gml_44DB5045-203A-465C-9908-1891182219CA" srsName="EPSG:25832">
                  <gml:posList srsName="EPSG:25832">564487.134 5937937.233 564477.75 5937929.662 </gml:posList>
                </gml:LineString>
              </gml:curveMember>
              <gml:curveMember>
                <gml:LineString gml:id="Gml_6A9C49D2-86A4-482F-B54F-C3145B274202" srsName="EPSG:25832">
                  <gml:posList srsName="EPSG:25832">564477.75 5937929.662 564470.167 5937923.365 </gml:posList>
                </gml:LineString>
              </gml:curveMember>
              <gml:curveMember>
                <gml:LineString gml:id="Gml_D32E0E0C-F683-4D5D-8E47-25F62AFFCEA3" srsName="EPSG:25832">
                  <gml:posList srsName="EPSG:25832">564470.167 5937923.365 564462.661 5937916.977 </gml:posList>
                </gml:LineString>
              </gml:curveMember>
              <gml:curveMember>
                <gml:LineString gml:id="Gml_AD0D9755-937C-439A-8561-990D80AF4EB1" srsName="EPSG:25832">
                  <gml:posList srsName="EPSG:25832">564462.661 5937916.977 564457.382 5937912.386 </gml:posList>
                </gml:LineString>
              </gml:curveMember>
              <gml:curveMember>
                <gml:LineString gml:id="Gml_1B86EF47-5A04-4DF3-8AE0-649B4DB183AC" srsName="EPSG:25832">
                  <gml:posList srsName="EPSG:25832">564457.382 5937912.386 564452.143 5937907.748 </gml:posList>
                </gml:LineString>
              </gml:curveMember>
              <gml:curveMember>
                <gml:LineString gml:id="Gml_89F1F804-0D72-4983-97E3-56A112202A46" srsName="EPSG:25832">
                  <gml:posList srsName="EPSG:25832">564452.143 5937907.748 564443.361 5937899.785 </gml:posList>
                </gml:LineString>
              </gml:curveMember>
              <gml:curveMember>
                <gml:LineString gml:id="Gml_A5445DCB-C4F2-444A-91B5-3DD4EEE1B9F4" srsName="EPSG:25832">
                  <gml:posList srsName="EPSG:25832">564443.361 5937899.785 564434.695 5937891.694 </gml:posList>
                </gml:LineString>
              </gml:curveMember>
              <gml:curveMember>
                <gml:LineString gml:id="Gml_A8C9B927-EAEF-4B80-B0EB-1791BE8CE3AE" srsName="EPSG:25832">
                  <gml:posList srsName="EPSG:25832">564434.695 5937891.694 564433.525 5937890.582 </gml:posList>
                </gml:LineString>
              </gml:curveMember>
              <gml:curveMember>
                <gml:LineString gml:id="Gml_A612C69E-4C3D-4E6B-A51D-14933D58C356" srsName="EPSG:25832">
                  <gml:posList srsName="EPSG:25832">564433.525 5937890.582 564432.357 5937889.469 </gml:posList>
                </gml:LineString>
              </gml:curveMember>
              <gml:curveMember>
                <gml:LineString gml:id="Gml_C7B500AB-05CF-446D-8EF7-CEA8F7ECE785" srsName="EPSG:25832">
                  <gml:posList srsName="EPSG:25832">564432.357 5937889.469 564427.572 5937884.86 </gml:posList>
                </gml:LineString>
              </gml:curveMember>
              <gml:curveMember>
                <gml:LineString gml:id="Gml_157C9307-92FC-42CD-8745-57165482EC14" srsName="EPSG:25832">
                  <gml:posList srsName="EPSG:25832">564427.572 5937884.86 564422.826 5937880.211 </gml:posList>
                </gml:LineString>
              </gml:curveMember>
              <gml:curveMember>
                <gml:LineString gml:id="Gml_0A4DB83F-9ADC-45BE-8246-4BCC530F996A" srsName="EPSG:25832">
                  <gml:posList srsName="EPSG:25832">564422.826 5937880.211 564421.405 5937878.805 </gml:posList>
                </gml:LineString>
              </gml:curveMember>
              <gml:curveMember>
                <gml:LineString gml:id="Gml_69A54213-2837-4C2B-ABDB-DC17704807AD" srsName="EPSG:25832">
                  <gml:posList srsName="EPSG:25832">564421.405 5937878.805 564419.987 5937877.394 </gml:posList>
                </gml:LineString>
              </gml:curveMember>
              <gml:curveMember>
                <gml:LineString gml:id="Gml_2380ADB1-C8EB-42D5-8CF2-CAF9A9139127" srsName="EPSG:25832">
                  <gml:posList srsName="EPSG:25832">564419.987 5937877.394 564414.398 5937871.763 </gml:posList>
                </gml:LineString>
              </gml:curveMember>
              <gml:curveMember>
                <gml:LineString gml:id="Gml_E493B906-A799-44A2-8628-01256FE9310D" srsName="EPSG:25832">
                  <gml:posList srsName="EPSG:25832">564414.398 5937871.763 564408.863 5937866.077 </gml:posList>
                </gml:LineString>
              </gml:curveMember>
              <gml:curveMember>
                <gml:LineString gml:id="Gml_85C72B1E-CBAA-495A-A957-277833918FE3" srsName="EPSG:25832">
                  <gml:posList srsName="EPSG:25832">564408.863 5937866.077 564398.553 5937855.174 </gml:posList>
                </gml:LineString>
              </gml:curveMember>
              <gml:curveMember>
                <gml:LineString gml:id="Gml_0E3E6033-7E9D-47A8-B2F0-B297F4D53039" srsName="EPSG:25832">
                  <gml:posList srsName="EPSG:25832">564398.553 5937855.174 564388.448 5937844.081 </gml:posList>
                </gml:LineString>
              </gml:curveMember>
              <gml:curveMember>
                <gml:LineString gml:id="Gml_B34C1AAE-E92B-480F-84FE-833E2EB1CF9B" srsName="EPSG:25832">
                  <gml:posList srsName="EPSG:25832">564388.448 5937844.081 564383.304 5937838.268 </gml:posList>
                </gml:LineString>
              </gml:curveMember>
              <gml:curveMember>
                <gml:LineString gml:id="Gml_BE31FD5C-1577-4AD3-8419-A59D1707D62D" srsName="EPSG:25832">
                  <gml:posList srsName="EPSG:25832">564383.304 5937838.268 564378.216 5937832.405 </gml:posList>
                </gml:LineString>
              </gml:curveMember>
              <gml:curveMember>
                <gml:LineString gml:id="Gml_1C461BA1-4094-44CE-95F6-C56C70C52089" srsName="EPSG:25832">
                  <gml:posList srsName="EPSG:25832">564378.216 5937832.405 564373.185 5937826.493 </gml:posList>
                </gml:LineString>
              </gml:curveMember>
              <gml:curveMember>
                <gml:LineString gml:id="Gml_34E417C2-AA7F-40EB-A64D-12E445063B1D" srsName="EPSG:25832">
                  <gml:posList srsName="EPSG:25832">564373.185 5937826.493 564368.212 5937820.532 </gml:posList>
                </gml:LineString>
              </gml:curveMember>
              <gml:curveMember>
                <gml:LineString gml:id="Gml_3F6CAE21-5CD2-4867-BC46-416CCA716517" srsName="EPSG:25832">
                  <gml:posList srsName="EPSG:25832">564368.212 5937820.532 564362.535 5937813.581 </gml:posList>
                </gml:LineString>
              </gml:curveMember>
              <gml:curveMember>
                <gml:LineString gml:id="Gml_A3E4DFA6-75E9-42EF-9528-18B8D49ADCF3" srsName="EPSG:25832">
                  <gml:posList srsName="EPSG:25832">564362.535 5937813.581 564356.935 5937806.568 </gml:posList>
                </gml:LineString>
              </gml:curveMember>
              <gml:curveMember>
                <gml:LineString gml:id="Gml_9ED3770A-FEF1-42B7-AE66-9029C68A7319" srsName="EPSG:25832">
                  <gml:posList srsName="EPSG:25832">564356.935 5937806.568 564356.846 5937801.572 </gml:posList>
                </gml:LineString>
              </gml:curveMember>
              <gml:curveMember>
                <gml:LineString gml:id="Gml_9789E525-DF83-4A9A-A351-D4B29B140132" srsName="EPSG:25832">
                  <gml:posList srsName="EPSG:25832">564356.846 5937801.572 564442.723 5937683.975 </gml:posList>
                </gml:LineString>
              </gml:curveMember>
              <gml:curveMember>
                <gml:LineString gml:id="Gml_89A9C1F6-F249-49C1-91FD-1F6D7E561B90" srsName="EPSG:25832">
                  <gml:posList srsName="EPSG:25832">564442.723 5937683.975 564447.598 5937682.873 </gml:posList>
                </gml:LineString>
              </gml:curveMember>
              <gml:curveMember>
                <gml:LineString gml:id="Gml_FE1850B4-21D9-499E-9A8F-5F062F2F22FA" srsName="EPSG:25832">
                  <gml:posList srsName="EPSG:25832">564447.598 5937682.873 564461.993 5937671.342 </gml:posList>
                </gml:LineString>
              </gml:curveMember>
              <gml:curveMember>
                <gml:LineString gml:id="Gml_CDC2F849-2C98-46F4-86DA-0B316A912ACE" srsName="EPSG:25832">
                  <gml:posList srsName="EPSG:25832">564461.993 5937671.342 564461.68 5937666.353 </gml:posList>
                </gml:LineString>
              </gml:curveMember>
              <gml:curveMember>
                <gml:LineString gml:id="Gml_57F9F5B5-C6DB-4280-9CFD-0832F2239366" srsName="EPSG:25832">
                  <gml:posList srsName="EPSG:25832">564461.68 5937666.353 564564.043 5937593.029 </gml:posList>
                </gml:LineString>
              </gml:curveMember>
              <gml:curveMember>
                <gml:LineString gml:id="Gml_6657C769-4831-4D7F-A7F6-D55FA017ABAD" srsName="EPSG:25832">
                  <gml:posList srsName="EPSG:25832">564564.043 5937593.029 564569.034 5937592.766 </gml:posList>
                </gml:LineString>
              </gml:curveMember>
              <gml:curveMember>
                <gml:LineString gml:id="Gml_7DAABAC7-EC7A-474B-9617-A553A54E2A77" srsName="EPSG:25832">
                  <gml:posList srsName="EPSG:25832">564569.034 5937592.766 564589.285 5937580.13 </gml:posList>
                </gml:LineString>
              </gml:curveMember>
              <gml:curveMember>
                <gml:LineString gml:id="Gml_C4422D6B-C2BC-439A-BB06-DD3DAA80CEC6" srsName="EPSG:25832">
                  <gml:posList srsName="EPSG:25832">564589.285 5937580.13 564589.023 5937575.139 </gml:posList>
                </gml:LineString>
              </gml:curveMember>
              <gml:curveMember>
                <gml:LineString gml:id="Gml_42B047CB-F300-44D3-8FBC-2A689F4B7F9D" srsName="EPSG:25832">
                  <gml:posList srsName="EPSG:25832">564589.023 5937575.139 564829.426 5937402.963 </gml:posList>
                </gml:LineString>
              </gml:curveMember>
              <gml:curveMember>
                <gml:LineString gml:id="Gml_FC1879C3-23E2-41B3-865B-BA6BA108EDE9" srsName="EPSG:25832">
                  <gml:posList srsName="EPSG:25832">564829.426 5937402.963 564836.047 5937404.545 </gml:posList>
                </gml:LineString>
              </gml:curveMember>
              <gml:curveMember>
                <gml:LineString gml:id="Gml_B0F3F1A3-5FBE-43B1-894D-A62B9773946C" srsName="EPSG:25832">
                  <gml:posList srsName="EPSG:25832">564836.047 5937404.545 564876.541 5937378.215 </gml:posList>
                </gml:LineString>
              </gml:curveMember>
              <gml:curveMember>
                <gml:LineString gml:id="Gml_89791B7B-28C2-4107-83BE-EECE13831915" srsName="EPSG:25832">
                  <gml:posList srsName="EPSG:25832">564876.541 5937378.215 564889.068 5937392.132 </gml:posList>
                </gml:LineString>
              </gml:curveMember>
              <gml:curveMember>
                <gml:LineString gml:id="Gml_02B6271B-18AF-4B53-9B12-D1F2AB79B715" srsName="EPSG:25832">
                  <gml:posList srsName="EPSG:25832">564889.068 5937392.132 564901.63 5937406.018 </gml:posList>
                </gml:LineString>
              </gml:curveMember>
              <gml:curveMember>
                <gml:LineString gml:id="Gml_9D48CD33-8B30-4DBF-A318-9AEB8147E3C3" srsName="EPSG:25832">
                  <gml:posList srsName="EPSG:25832">564901.63 5937406.018 564906.232 5937411.088 </gml:posList>
                </gml:LineString>
              </gml:curveMember>
              <gml:curveMember>
                <gml:LineString gml:id="Gml_FD17A8D3-8C4F-430C-A185-B318C6AD3792" srsName="EPSG:25832">
                  <gml:posList srsName="EPSG:25832">564906.232 5937411.088 564910.838 5937416.154 </gml:posList>
                </gml:LineString>
              </gml:curveMember>
              <gml:curveMember>
                <gml:LineString gml:id="Gml_32EE8FA5-19AF-488B-BBC5-913CFA1CC17B" srsName="EPSG:25832">
                  <gml:posList srsName="EPSG:25832">564910.838 5937416.154 564915.449 5937421.212 </gml:posList>
                </gml:LineString>
              </gml:curveMember>
              <gml:curveMember>
                <gml:LineString gml:id="Gml_1C3C6F04-F67D-429E-8FBD-FB47F66DFB17" srsName="EPSG:25832">
                  <gml:posList srsName="EPSG:25832">564915.449 5937421.212 564920.064 5937426.266 </gml:posList>
                </gml:LineString>
              </gml:curveMember>
              <gml:curveMember>
                <gml:LineString gml:id="Gml_D737083F-CC87-4109-AFF1-358A5D95E8E1" srsName="EPSG:25832">
                  <gml:posList srsName="EPSG:25832">564920.064 5937426.266 564924.787 5937431.424 </gml:posList>
                </gml:LineString>
              </gml:curveMember>
              <gml:curveMember>
                <gml:LineString gml:id="Gml_84B05CB2-C181-47D3-928C-BA9EA2B3DDE8" srsName="EPSG:25832">
                  <gml:posList srsName="EPSG:25832">564924.787 5937431.424 564929.515 5937436.577 </gml:posList>
                </gml:LineString>
              </gml:curveMember>
              <gml:curveMember>
                <gml:LineString gml:id="Gml_2BB3360E-A438-4778-9465-2E3381DCF2F8" srsName="EPSG:25832">
                  <gml:posList srsName="EPSG:25832">564929.515 5937436.577 564939.66 5937447.618 </gml:posList>
                </gml:LineString>
              </gml:curveMember>
              <gml:curveMember>
                <gml:LineString gml:id="Gml_F7F52E21-071E-44AA-9035-D540DE2E0A98" srsName="EPSG:25832">
                  <gml:posList srsName="EPSG:25832">564939.66 5937447.618 564949.577 5937458.87 </gml:posList>
                </gml:LineString>
              </gml:curveMember>
              <gml:curveMember>
                <gml:LineString gml:id="Gml_50FFC385-2CF4-452D-9620-7CE2A4018080" srsName="EPSG:25832">
                  <gml:posList srsName="EPSG:25832">564949.577 5937458.87 564954.644 5937463.843 </gml:posList>
                </gml:LineString>
              </gml:curveMember>
              <gml:curveMember>
                <gml:LineString gml:id="Gml_702AE68F-8460-4F08-8037-C54026A29629" srsName="EPSG:25832">
                  <gml:posList srsName="EPSG:25832">564954.644 5937463.843 564959.221 5937469.277 </gml:posList>
                </gml:LineString>
              </gml:curveMember>
              <gml:curveMember>
                <gml:LineString gml:id="Gml_845C510F-2D89-421C-9B75-24A8F2116894" srsName="EPSG:25832">
                  <gml:posList srsName="EPSG:25832">564959.221 5937469.277 564964.295 5937474.243 </gml:posList>
                </gml:LineString>
              </gml:curveMember>
              <gml:curveMember>
                <gml:LineString gml:id="Gml_3A1C4B23-C372-40D1-9003-3B8D3C482BF5" srsName="EPSG:25832">
                  <gml:posList srsName="EPSG:25832">564964.295 5937474.243 564968.868 5937479.685 </gml:posList>
                </gml:LineString>
              </gml:curveMember>
              <gml:curveMember>
                <gml:LineString gml:id="Gml_75237395-12EC-4005-A80B-5E8FD302BA96" srsName="EPSG:25832">
                  <gml:posList srsName="EPSG:25832">564968.868 5937479.685 564981.544 5937492.728 </gml:posList>
                </gml:LineString>
              </gml:curveMember>
              <gml:curveMember>
                <gml:LineString gml:id="Gml_599783B3-71B3-44E7-87CC-FE9F4678AC7D" srsName="EPSG:25832">
                  <gml:posList srsName="EPSG:25832">564981.544 5937492.728 564993.992 5937505.989 </gml:posList>
                </gml:LineString>
              </gml:curveMember>
              <gml:curveMember>
                <gml:LineString gml:id="Gml_E601DA4C-4525-4EB9-A846-E6F5CAEF6474" srsName="EPSG:25832">
                  <gml:posList srsName="EPSG:25832">564993.992 5937505.989 565007.022 5937519.801 </gml:posList>
                </gml:LineString>
              </gml:curveMember>
              <gml:curveMember>
                <gml:LineString gml:id="Gml_5477A97A-3B8A-4079-8FED-60E42356E109" srsName="EPSG:25832">
                  <gml:posList srsName="EPSG:25832">565007.022 5937519.801 565020.086 5937533.581 </gml:posList>
                </gml:LineString>
              </gml:curveMember>
              <gml:curveMember>
                <gml:LineString gml:id="Gml_379F1946-FA8D-4787-8C0A-8D8DEE69FDFC" srsName="EPSG:25832">
                  <gml:posList srsName="EPSG:25832">565020.086 5937533.581 565043.419 5937558.017 </gml:posList>
                </gml:LineString>
              </gml:curveMember>
              <gml:curveMember>
                <gml:LineString gml:id="Gml_364C12B5-A7B3-458D-B9B6-79C2CCF86CDB" srsName="EPSG:25832">
                  <gml:posList srsName="EPSG:25832">565043.419 5937558.017 565066.861 5937582.348 </gml:posList>
                </gml:LineString>
              </gml:curveMember>
              <gml:curveMember>
                <gml:LineString gml:id="Gml_10DA52F8-9834-471E-9EA9-304B8008591C" srsName="EPSG:25832">
                  <gml:posList srsName="EPSG:25832">565066.861 5937582.348 565071.813 5937587.456 </gml:posList>
                </gml:LineString>
              </gml:curveMember>
              <gml:curveMember>
                <gml:LineString gml:id="Gml_BDB036EC-5506-4934-BB97-155869152FA6" srsName="EPSG:25832">
                  <gml:posList srsName="EPSG:25832">565071.813 5937587.456 565076.766 5937592.563 </gml:posList>
                </gml:LineString>
              </gml:curveMember>
              <gml:curveMember>
                <gml:LineString gml:id="Gml_D9597238-DF96-417A-A4BC-10DFB5615DF4" srsName="EPSG:25832">
                  <gml:posList srsName="EPSG:25832">565076.766 5937592.563 565081.694 5937597.627 </gml:posList>
                </gml:LineString>
              </gml:curveMember>
              <gml:curveMember>
                <gml:LineString gml:id="Gml_7ABB554A-450A-4FC5-8F9C-1E05F830EB29" srsName="EPSG:25832">
                  <gml:posList srsName="EPSG:25832">565081.694 5937597.627 565086.623 5937602.69 </gml:posList>
                </gml:LineString>
              </gml:curveMember>
              <gml:curveMember>
                <gml:LineString gml:id="Gml_AB16E38F-3296-49C9-8549-B6FA09C08FEF" srsName="EPSG:25832">
                  <gml:posList srsName="EPSG:25832">565086.623 5937602.69 565096.534 5937612.846 </gml:posList>
                </gml:LineString>
              </gml:curveMember>
              <gml:curveMember>
                <gml:LineString gml:id="Gml_1EB759AA-40D5-416F-A81C-33DD0F220B33" srsName="EPSG:25832">
                  <gml:posList srsName="EPSG:25832">565096.534 5937612.846 565106.464 5937622.984 </gml:posList>
                </gml:LineString>
              </gml:curveMember>
              <gml:curveMember>
                <gml:LineString gml:id="Gml_1B835D13-D026-4700-A760-64EADEEB9D13" srsName="EPSG:25832">
                  <gml:posList srsName="EPSG:25832">565106.464 5937622.984 565118.61 5937635.316 </gml:posList>
                </gml:LineString>
              </gml:curveMember>
              <gml:curveMember>
                <gml:LineString gml:id="Gml_E0EAAC5E-CFA4-43C2-A4EA-924A53D4EE41" srsName="EPSG:25832">
                  <gml:posList srsName="EPSG:25832">565118.61 5937635.316 565130.785 5937647.62 </gml:posList>
                </gml:LineString>
              </gml:curveMember>
              <gml:curveMember>
                <gml:LineString gml:id="Gml_5271B735-D039-4C5C-8621-E9CC2B60451F" srsName="EPSG:25832">
                  <gml:posList srsName="EPSG:25832">565130.785 5937647.62 565140.887 5937657.689 </gml:posList>
                </gml:LineString>
              </gml:curveMember>
              <gml:curveMember>
                <gml:LineString gml:id="Gml_B395F7C5-F36C-4018-92E4-06B414FC547B" srsName="EPSG:25832">
                  <gml:posList srsName="EPSG:25832">565140.887 5937657.689 565151.008 5937667.739 </gml:posList>
                </gml:LineString>
              </gml:curveMember>
              <gml:curveMember>
                <gml:LineString gml:id="Gml_A388F51B-902C-4F61-8A4E-A28395DA7205" srsName="EPSG:25832">
                  <gml:posList srsName="EPSG:25832">565151.008 5937667.739 565161.778 5937677.625 </gml:posList>
                </gml:LineString>
              </gml:curveMember>
              <gml:curveMember>
                <gml:LineString gml:id="Gml_8542682E-6FF6-4B0B-B51A-DB6F60DF2524" srsName="EPSG:25832">
                  <gml:posList srsName="EPSG:25832">565161.778 5937677.625 565172.882 5937687.135 </gml:posList>
                </gml:LineString>
              </gml:curveMember>
              <gml:curveMember>
                <gml:LineString gml:id="Gml_3C1E63DA-AF2D-40A1-9EAE-FE609418F688" srsName="EPSG:25832">
                  <gml:posList srsName="EPSG:25832">565172.882 5937687.135 565185.264 5937696.997 </gml:posList>
                </gml:LineString>
              </gml:curveMember>
              <gml:curveMember>
                <gml:LineString gml:id="Gml_8246A620-CCD9-4FC1-9CC1-D6953B0234A0" srsName="EPSG:25832">
                  <gml:posList srsName="EPSG:25832">565185.264 5937696.997 565198.005 5937706.391 </gml:posList>
                </gml:LineString>
              </gml:curveMember>
              <gml:curveMember>
                <gml:LineString gml:id="Gml_6724E6C5-9A6A-4DFA-A715-1D82B2DC6DE0" srsName="EPSG:25832">
                  <gml:posList srsName="EPSG:25832">565198.005 5937706.391 565162.898 5937752.137 </gml:posList>
                </gml:LineString>
              </gml:curveMember>
              <gml:curveMember>
                <gml:LineString gml:id="Gml_92325E72-08FF-4ED8-8118-942EC38C6ADA" srsName="EPSG:25832">
                  <gml:posList srsName="EPSG:25832">565162.898 5937752.137 565160.424 5937752.487 </gml:posList>
                </gml:LineString>
              </gml:curveMember>
              <gml:curveMember>
                <gml:LineString gml:id="Gml_8314A996-D91D-414A-8E76-447AC833FBE0" srsName="EPSG:25832">
                  <gml:posList srsName="EPSG:25832">565160.424 5937752.487 565157.951 5937752.836 </gml:posList>
                </gml:LineString>
              </gml:curveMember>
              <gml:curveMember>
                <gml:LineString gml:id="Gml_EBB3C962-DBC2-444B-BD50-9F5E61C89698" srsName="EPSG:25832">
                  <gml:posList srsName="EPSG:25832">565157.951 5937752.836 565147.855 5937766.501 </gml:posList>
                </gml:LineString>
              </gml:curveMember>
              <gml:curveMember>
                <gml:LineString gml:id="Gml_FD133615-4F14-43D0-8F16-0A5C90C15854" srsName="EPSG:25832">
                  <gml:posList srsName="EPSG:25832">565147.855 5937766.501 565157.867 5937773.748 </gml:posList>
                </gml:LineString>
              </gml:curveMember>
              <gml:curveMember>
                <gml:LineString gml:id="Gml_44868653-CAB0-4815-B14E-4211AF45E613" srsName="EPSG:25832">
                  <gml:posList srsName="EPSG:25832">565157.867 5937773.748 565168.055 5937780.744 </gml:posList>
                </gml:LineString>
              </gml:curveMember>
              <gml:curveMember>
                <gml:LineString gml:id="Gml_477BB487-5BB0-4179-B364-D6041CFAF5A3" srsName="EPSG:25832">
                  <gml:posList srsName="EPSG:25832">565168.055 5937780.744 565189.618 5937794.357 </gml:posList>
                </gml:LineString>
              </gml:curveMember>
              <gml:curveMember>
                <gml:LineString gml:id="Gml_7BD45A6D-8082-419D-B680-41C6ECE154BF" srsName="EPSG:25832">
                  <gml:posList srsName="EPSG:25832">565189.618 5937794.357 565211.857 5937806.836 </gml:posList>
                </gml:LineString>
              </gml:curveMember>
              <gml:curveMember>
                <gml:LineString gml:id="Gml_843C8C81-DA73-4204-A0B3-A5A43EA90119" srsName="EPSG:25832">
                  <gml:posList srsName="EPSG:25832">565211.857 5937806.836 565212.133 5937806.981 </gml:posList>
                </gml:LineString>
              </gml:curveMember>
              <gml:curveMember>
                <gml:LineString gml:id="Gml_878E883F-24EE-4A62-8127-8CAF184FB412" srsName="EPSG:25832">
                  <gml:posList srsName="EPSG:25832">565212.133 5937806.981 565212.408 5937807.126 </gml:posList>
                </gml:LineString>
              </gml:curveMember>
              <gml:curveMember>
                <gml:LineString gml:id="Gml_778CEC49-D1CA-41C1-A071-5476EAE4B01B" srsName="EPSG:25832">
                  <gml:posList srsName="EPSG:25832">565212.408 5937807.126 565221.691 5937812.024 </gml:posList>
                </gml:LineString>
              </gml:curveMember>
              <gml:curveMember>
                <gml:LineString gml:id="Gml_7290720A-3735-4887-8DD0-1F5B3615757B" srsName="EPSG:25832">
                  <gml:posList srsName="EPSG:25832">565221.691 5937812.024 565230.975 5937816.921 </gml:posList>
                </gml:LineString>
              </gml:curveMember>
              <gml:curveMember>
                <gml:LineString gml:id="Gml_B5391A32-81E5-4776-B57D-D510AA0A8BFE" srsName="EPSG:25832">
                  <gml:posList srsName="EPSG:25832">565230.975 5937816.921 565250.071 5937826.996 </gml:posList>
                </gml:LineString>
              </gml:curveMember>
              <gml:curveMember>
                <gml:LineString gml:id="Gml_9767958E-5D36-45F1-9AD5-45C0E2E66427" srsName="EPSG:25832">
                  <gml:posList srsName="EPSG:25832">565250.071 5937826.996 565269.168 5937837.07 </gml:posList>
                </gml:LineString>
              </gml:curveMember>
              <gml:curveMember>
                <gml:LineString gml:id="Gml_1A486670-EB55-4E05-8D28-8BF60067B346" srsName="EPSG:25832">
                  <gml:posList srsName="EPSG:25832">565269.168 5937837.07 565297.727 5937862.507 </gml:posList>
                </gml:LineString>
              </gml:curveMember>
              <gml:curveMember>
                <gml:LineString gml:id="Gml_30B6F892-A223-47A8-9646-F4AB4AE8AB3B" srsName="EPSG:25832">
                  <gml:posList srsName="EPSG:25832">565297.727 5937862.507 565302.41 5937864.253 </gml:posList>
                </gml:LineString>
              </gml:curveMember>
              <gml:curveMember>
                <gml:LineString gml:id="Gml_C96AB7C3-0B9C-4D64-B2C0-74638C132EAC" srsName="EPSG:25832">
                  <gml:posList srsName="EPSG:25832">565302.41 5937864.253 565352.249 5937950.733 </gml:posList>
                </gml:LineString>
              </gml:curveMember>
              <gml:curveMember>
                <gml:LineString gml:id="Gml_9BFB1BDF-7E5A-4D65-9A36-947AC16DB4AC" srsName="EPSG:25832">
                  <gml:posList srsName="EPSG:25832">565352.249 5937950.733 565351.069 5937955.591 </gml:posList>
                </gml:LineString>
              </gml:curveMember>
              <gml:curveMember>
                <gml:LineString gml:id="Gml_883E5928-FE1C-429C-B9FC-B1B18C301633" srsName="EPSG:25832">
                  <gml:posList srsName="EPSG:25832">565351.069 5937955.591 565355.02 5937973.256 </gml:posList>
                </gml:LineString>
              </gml:curveMember>
              <gml:curveMember>
                <gml:LineString gml:id="Gml_9D200762-A162-4B01-BC80-22306665851D" srsName="EPSG:25832">
                  <gml:posList srsName="EPSG:25832">565355.02 5937973.256 565361.962 5937974.732 </gml:posList>
                </gml:LineString>
              </gml:curveMember>
              <gml:curveMember>
                <gml:LineString gml:id="Gml_E3648C6E-27BA-4B8A-852B-EB43E1448469" srsName="EPSG:25832">
                  <gml:posList srsName="EPSG:25832">565361.962 5937974.732 565461.087 5938125.927 </gml:posList>
                </gml:LineString>
              </gml:curveMember>
              <gml:curveMember>
                <gml:LineString gml:id="Gml_CE41F914-1FDE-48F3-9099-2D587BC8D8A5" srsName="EPSG:25832">
                  <gml:posList srsName="EPSG:25832">565461.087 5938125.927 565462.318 5938126.576 </gml:posList>
                </gml:LineString>
              </gml:curveMember>
              <gml:curveMember>
                <gml:LineString gml:id="Gml_93C77865-F52A-4B96-82D2-669B89AA2315" srsName="EPSG:25832">
                  <gml:posList srsName="EPSG:25832">565462.318 5938126.576 565463.548 5938127.225 </gml:posList>
                </gml:LineString>
              </gml:curveMember>
              <gml:curveMember>
                <gml:LineString gml:id="Gml_165B9180-7E0F-47DB-ABBA-D4FF939B8D2D" srsName="EPSG:25832">
                  <gml:posList srsName="EPSG:25832">565463.548 5938127.225 565464.894 5938127.589 </gml:posList>
                </gml:LineString>
              </gml:curveMember>
              <gml:curveMember>
                <gml:LineString gml:id="Gml_F659F1BB-8DFA-454F-B28A-971107D11BCE" srsName="EPSG:25832">
                  <gml:posList srsName="EPSG:25832">565464.894 5938127.589 565466.241 5938127.954 </gml:posList>
                </gml:LineString>
              </gml:curveMember>
              <gml:curveMember>
                <gml:LineString gml:id="Gml_C92E5043-FC15-4395-8FB2-2681E98F057C" srsName="EPSG:25832">
                  <gml:posList srsName="EPSG:25832">565466.241 5938127.954 565468.239 5938128.059 </gml:posList>
                </gml:LineString>
              </gml:curveMember>
              <gml:curveMember>
                <gml:LineString gml:id="Gml_1F0DA996-13EE-4A24-8006-7852A1FE9421" srsName="EPSG:25832">
                  <gml:posList srsName="EPSG:25832">565468.239 5938128.059 565470.237 5938128.164 </gml:posList>
                </gml:LineString>
              </gml:curveMember>
              <gml:curveMember>
                <gml:LineString gml:id="Gml_37F2FFA8-B2B5-4818-9DD2-483C1FBC9857" srsName="EPSG:25832">
                  <gml:posList srsName="EPSG:25832">565470.237 5938128.164 565472.131 5938126.873 </gml:posList>
                </gml:LineString>
              </gml:curveMember>
              <gml:curveMember>
                <gml:LineString gml:id="Gml_E89761DA-A41E-4672-A58E-F508C8CBBAFB" srsName="EPSG:25832">
                  <gml:posList srsName="EPSG:25832">565472.131 5938126.873 565474.026 5938125.583 </gml:posList>
                </gml:LineString>
              </gml:curveMember>
              <gml:curveMember>
                <gml:LineString gml:id="Gml_B55BFF1A-5705-4F9E-A3B9-F24A7FEAAB09" srsName="EPSG:25832">
                  <gml:posList srsName="EPSG:25832">565474.026 5938125.583 565474.883 5938122.588 </gml:posList>
                </gml:LineString>
              </gml:curveMember>
              <gml:curveMember>
                <gml:LineString gml:id="Gml_0807F411-A490-4B92-8D0B-6E39E2F8879F" srsName="EPSG:25832">
                  <gml:posList srsName="EPSG:25832">565474.883 5938122.588 565475.741 5938119.593 </gml:posList>
                </gml:LineString>
              </gml:curveMember>
              <gml:curveMember>
                <gml:LineString gml:id="Gml_B1DE8E25-41DB-4646-A109-486E90926B20" srsName="EPSG:25832">
                  <gml:posList srsName="EPSG:25832">565475.741 5938119.593 565480.724 5938127.242 </gml:posList>
                </gml:LineString>
              </gml:curveMember>
              <gml:curveMember>
                <gml:LineString gml:id="Gml_EF76B41D-A3D7-406A-80D1-4242283BB77A" srsName="EPSG:25832">
                  <gml:posList srsName="EPSG:25832">565480.724 5938127.242 565486.139 5938135.555 </gml:posList>
                </gml:LineString>
              </gml:curveMember>
              <gml:curveMember>
                <gml:LineString gml:id="Gml_3E320A26-19D5-444B-8079-E4F21D44AAF2" srsName="EPSG:25832">
                  <gml:posList srsName="EPSG:25832">565486.139 5938135.555 565488.587 5938136.825 </gml:posList>
                </gml:LineString>
              </gml:curveMember>
              <gml:curveMember>
                <gml:LineString gml:id="Gml_D521210E-9A8E-42D9-BCFA-C117D01F7B00" srsName="EPSG:25832">
                  <gml:posList srsName="EPSG:25832">565488.587 5938136.825 565494.795 5938146.279 </gml:posList>
                </gml:LineString>
              </gml:curveMember>
              <gml:curveMember>
                <gml:LineString gml:id="Gml_E8D3421F-A22E-45A5-90E1-A991CAC59A13" srsName="EPSG:25832">
                  <gml:posList srsName="EPSG:25832">565494.795 5938146.279 565501.003 5938155.733 </gml:posList>
                </gml:LineString>
              </gml:curveMember>
              <gml:curveMember>
                <gml:LineString gml:id="Gml_4A8532C0-E118-4B4B-9693-C07112B81EB2" srsName="EPSG:25832">
                  <gml:posList srsName="EPSG:25832">565501.003 5938155.733 565500.151 5938157.255 </gml:posList>
                </gml:LineString>
              </gml:curveMember>
              <gml:curveMember>
                <gml:LineString gml:id="Gml_58E54FF6-CC08-420B-B0EB-0F8F8C5B1D22" srsName="EPSG:25832">
                  <gml:posList srsName="EPSG:25832">565500.151 5938157.255 565500.993 5938158.549 </gml:posList>
                </gml:LineString>
              </gml:curveMember>
              <gml:curveMember>
                <gml:LineString gml:id="Gml_6ABEC19C-0AFE-41E9-89DB-04102AE9398F" srsName="EPSG:25832">
                  <gml:posList srsName="EPSG:25832">565500.993 5938158.549 565501.539 5938159.387 </gml:posList>
                </gml:LineString>
              </gml:curveMember>
              <gml:curveMember>
                <gml:LineString gml:id="Gml_3B745FB1-4D58-4795-8A6A-820DF330A9C1" srsName="EPSG:25832">
                  <gml:posList srsName="EPSG:25832">565501.539 5938159.387 565507.092 5938167.908 </gml:posList>
                </gml:LineString>
              </gml:curveMember>
              <gml:curveMember>
                <gml:LineString gml:id="Gml_4EB4D320-9310-4C35-A79E-A0960F5D5D44" srsName="EPSG:25832">
                  <gml:posList srsName="EPSG:25832">565507.092 5938167.908 565512.645 5938176.429 </gml:posList>
                </gml:LineString>
              </gml:curveMember>
              <gml:curveMember>
                <gml:LineString gml:id="Gml_C3980A27-D57B-4050-B57F-63989E8F8606" srsName="EPSG:25832">
                  <gml:posList srsName="EPSG:25832">565512.645 5938176.429 565530.107 5938203.461 </gml:posList>
                </gml:LineString>
              </gml:curveMember>
              <gml:curveMember>
                <gml:LineString gml:id="Gml_A33899FC-B4DE-43CA-AE8E-9AAA638390DF" srsName="EPSG:25832">
                  <gml:posList srsName="EPSG:25832">565530.107 5938203.461 565547.57 5938230.492 </gml:posList>
                </gml:LineString>
              </gml:curveMember>
              <gml:curveMember>
                <gml:LineString gml:id="Gml_E2577C61-8BED-4FA6-9906-68FB600E4C71" srsName="EPSG:25832">
                  <gml:posList srsName="EPSG:25832">565547.57 5938230.492 565551.84 5938227.43 </gml:posList>
                </gml:LineString>
              </gml:curveMember>
              <gml:curveMember>
                <gml:LineString gml:id="Gml_799ECF08-915D-40AD-8F26-AFA4910005FF" srsName="EPSG:25832">
                  <gml:posList srsName="EPSG:25832">565551.84 5938227.43 565597.037 5938269.259 </gml:posList>
                </gml:LineString>
              </gml:curveMember>
              <gml:curveMember>
                <gml:LineString gml:id="Gml_81CE5D4E-6F49-487C-885F-4002217DDACD" srsName="EPSG:25832">
                  <gml:posList srsName="EPSG:25832">565597.037 5938269.259 565629.329 5938318.647 </gml:posList>
                </gml:LineString>
              </gml:curveMember>
              <gml:curveMember>
                <gml:LineString gml:id="Gml_38585855-66DD-4C22-A43B-AC95726CBB11" srsName="EPSG:25832">
                  <gml:posList srsName="EPSG:25832">565629.329 5938318.647 565641.315 5938378.463 </gml:posList>
                </gml:LineString>
              </gml:curveMember>
              <gml:curveMember>
                <gml:LineString gml:id="Gml_C354A816-3023-41FE-B223-74AFFA82BE24" srsName="EPSG:25832">
                  <gml:posList srsName="EPSG:25832">565641.315 5938378.463 565673.14 5938384.57 </gml:posList>
                </gml:LineString>
              </gml:curveMember>
              <gml:curveMember>
                <gml:LineString gml:id="Gml_3BDF18B4-84EE-4BCA-B269-4558D4780CD8" srsName="EPSG:25832">
                  <gml:posList srsName="EPSG:25832">565673.14 5938384.57 565703.183 5938378.553 </gml:posList>
                </gml:LineString>
              </gml:curveMember>
              <gml:curveMember>
                <gml:LineString gml:id="Gml_4AF0621F-BE2E-4CED-A613-5EB374EEA021" srsName="EPSG:25832">
                  <gml:posList srsName="EPSG:25832">565703.183 5938378.553 565709.758 5938383.905 </gml:posList>
                </gml:LineString>
              </gml:curveMember>
              <gml:curveMember>
                <gml:LineString gml:id="Gml_9C360309-1FCF-4417-A2F3-E1983E358E6C" srsName="EPSG:25832">
                  <gml:posList srsName="EPSG:25832">565709.758 5938383.905 565716.333 5938389.256 </gml:posList>
                </gml:LineString>
              </gml:curveMember>
              <gml:curveMember>
                <gml:LineString gml:id="Gml_F56B8191-B83C-453C-A3F0-44B32824E8B3" srsName="EPSG:25832">
                  <gml:posList srsName="EPSG:25832">565716.333 5938389.256 565719.339 5938391.702 </gml:posList>
                </gml:LineString>
              </gml:curveMember>
              <gml:curveMember>
                <gml:LineString gml:id="Gml_A6EF8B95-8798-454E-A60D-9590E39E553E" srsName="EPSG:25832">
                  <gml:posList srsName="EPSG:25832">565719.339 5938391.702 565722.344 5938394.148 </gml:posList>
                </gml:LineString>
              </gml:curveMember>
              <gml:curveMember>
                <gml:LineString gml:id="Gml_B4A1F333-D2A4-4C0A-A0F5-D478D5150379" srsName="EPSG:25832">
                  <gml:posList srsName="EPSG:25832">565722.344 5938394.148 565728.334 5938399.111 </gml:posList>
                </gml:LineString>
              </gml:curveMember>
              <gml:curveMember>
                <gml:LineString gml:id="Gml_5059D5EB-7FCF-4DDD-AC70-9CCC9962145D" srsName="EPSG:25832">
                  <gml:posList srsName="EPSG:25832">565728.334 5938399.111 565736.808 5938406.427 </gml:posList>
                </gml:LineString>
              </gml:curveMember>
              <gml:curveMember>
                <gml:LineString gml:id="Gml_79038763-4F5C-4F96-ACF0-8A216899DC5D" srsName="EPSG:25832">
                  <gml:posList srsName="EPSG:25832">565736.808 5938406.427 565745.104 5938413.945 </gml:posList>
                </gml:LineString>
              </gml:curveMember>
              <gml:curveMember>
                <gml:LineString gml:id="Gml_2DCABCD3-9188-41D7-8E66-ADD8A3610464" srsName="EPSG:25832">
                  <gml:posList srsName="EPSG:25832">565745.104 5938413.945 565759.143 5938427.552 </gml:posList>
                </gml:LineString>
              </gml:curveMember>
              <gml:curveMember>
                <gml:LineString gml:id="Gml_2A5103D1-7F74-4AA8-A8E3-DCCCD84B7573" srsName="EPSG:25832">
                  <gml:posList srsName="EPSG:25832">565759.143 5938427.552 565772.595 5938441.738 </gml:posList>
                </gml:LineString>
              </gml:curveMember>
              <gml:curveMember>
                <gml:LineString gml:id="Gml_EB5E59AF-4819-4872-9E39-CBBCFFE53D8E" srsName="EPSG:25832">
                  <gml:posList srsName="EPSG:25832">565772.595 5938441.738 565776.934 5938446.576 </gml:posList>
                </gml:LineString>
              </gml:curveMember>
              <gml:curveMember>
                <gml:LineString gml:id="Gml_D879C5B0-4B00-4769-A2F4-E8E1D39799D3" srsName="EPSG:25832">
                  <gml:posList srsName="EPSG:25832">565776.934 5938446.576 565781.205 5938451.475 </gml:posList>
                </gml:LineString>
              </gml:curveMember>
              <gml:curveMember>
                <gml:LineString gml:id="Gml_56B10617-1170-470E-8401-93E668B96282" srsName="EPSG:25832">
                  <gml:posList srsName="EPSG:25832">565781.205 5938451.475 565790.011 5938462.043 </gml:posList>
                </gml:LineString>
              </gml:curveMember>
              <gml:curveMember>
                <gml:LineString gml:id="Gml_F277136D-8B8A-4B0D-87F4-07640D271FD9" srsName="EPSG:25832">
                  <gml:posList srsName="EPSG:25832">565790.011 5938462.043 565798.501 5938472.866 </gml:posList>
                </gml:LineString>
              </gml:curveMember>
              <gml:curveMember>
                <gml:LineString gml:id="Gml_59163219-3D87-47AC-96B4-345E1E00A225" srsName="EPSG:25832">
                  <gml:posList srsName="EPSG:25832">565798.501 5938472.866 565808.121 5938485.992 </gml:posList>
                </gml:LineString>
              </gml:curveMember>
              <gml:curveMember>
                <gml:LineString gml:id="Gml_2C1E23C6-E52D-489C-B874-A5F044DF9684" srsName="EPSG:25832">
                  <gml:posList srsName="EPSG:25832">565808.121 5938485.992 565817.276 5938499.446 </gml:posList>
                </gml:LineString>
              </gml:curveMember>
              <gml:curveMember>
                <gml:LineString gml:id="Gml_B2ED9B21-6295-4400-86C8-00C6546BBBBE" srsName="EPSG:25832">
                  <gml:posList srsName="EPSG:25832">565817.276 5938499.446 565750.503 5938570.335 </gml:posList>
                </gml:LineString>
              </gml:curveMember>
              <gml:curveMember>
                <gml:Curve gml:id="Gml_2F8C0C6F-1120-4584-8E15-C85C525D528C" srsName="EPSG:25832">
                  <gml:segments>
                    <gml:Arc interpolation="circularArc3Points" numArc="1">
                      <gml:posList srsName="EPSG:25832">565750.503 5938570.335 565748.434217777 5938572.39079693 565746.239 5938574.311 
</gml:posList>
                    </gml:Arc>
                  </gml:segments>
                </gml:Curve>
              </gml:curveMember>
              <gml:curveMember>
                <gml:Curve gml:id="Gml_A529E6DC-7265-4213-88B6-5B92758830B6" srsName="EPSG:25832">
                  <gml:segments>
                    <gml:Arc interpolation="circularArc3Points" numArc="1">
                      <gml:posList srsName="EPSG:25832">565746.239 5938574.311 565741.790061493 5938577.51496117 565736.985 5938580.155 
</gml:posList>
                    </gml:Arc>
                  </gml:segments>
                </gml:Curve>
              </gml:curveMember>
              <gml:curveMember>
                <gml:Curve gml:id="Gml_160D4BA5-728C-40AA-AE14-B98F468C449F" srsName="EPSG:25832">
                  <gml:segments>
                    <gml:Arc interpolation="circularArc3Points" numArc="1">
                      <gml:posList srsName="EPSG:25832">565736.985 5938580.155 565731.888413264 5938582.19186339 565726.582 5938583.594 
</gml:posList>
                    </gml:Arc>
                  </gml:segments>
                </gml:Curve>
              </gml:curveMember>
              <gml:curveMember>
                <gml:LineString gml:id="Gml_FD3EB508-0175-443E-9064-FE7B6B65E99D" srsName="EPSG:25832">
                  <gml:posList srsName="EPSG:25832">565726.582 5938583.594 565721.79 5938584.554 </gml:posList>
                </gml:LineString>
              </gml:curveMember>
              <gml:curveMember>
                <gml:LineString gml:id="Gml_F0EDDA1D-2728-43EB-8693-501802EA35E2" srsName="EPSG:25832">
                  <gml:posList srsName="EPSG:25832">565721.79 5938584.554 565716.986 5938585.515 </gml:posList>
                </gml:LineString>
              </gml:curveMember>
              <gml:curveMember>
                <gml:LineString gml:id="Gml_AF2EF1F8-A36B-4040-9DF7-904E85E21DDC" srsName="EPSG:25832">
                  <gml:posList srsName="EPSG:25832">565716.986 5938585.515 565712.826 5938582.743 </gml:posList>
                </gml:LineString>
              </gml:curveMember>
              <gml:curveMember>
                <gml:LineString gml:id="Gml_A464C14D-4C2A-4095-94FF-936EDA597B26" srsName="EPSG:25832">
                  <gml:posList srsName="EPSG:25832">565712.826 5938582.743 565684.386 5938593.41 </gml:posList>
                </gml:LineString>
              </gml:curveMember>
              <gml:curveMember>
                <gml:LineString gml:id="Gml_36A0C7D3-FE98-4C41-ADAD-8EFB5C7E7EFE" srsName="EPSG:25832">
                  <gml:posList srsName="EPSG:25832">565684.386 5938593.41 565689.857 5938620.701 </gml:posList>
                </gml:LineString>
              </gml:curveMember>
              <gml:curveMember>
                <gml:LineString gml:id="Gml_726C430C-A9AA-4E6A-BCA3-0F1B6A865090" srsName="EPSG:25832">
                  <gml:posList srsName="EPSG:25832">565689.857 5938620.701 565688.839 5938624.988 </gml:posList>
                </gml:LineString>
              </gml:curveMember>
              <gml:curveMember>
                <gml:LineString gml:id="Gml_2AC22DAD-109D-4625-99D0-A29FC07B14C4" srsName="EPSG:25832">
                  <gml:posList srsName="EPSG:25832">565688.839 5938624.988 565690.028 5938630.923 </gml:posList>
                </gml:LineString>
              </gml:curveMember>
              <gml:curveMember>
                <gml:LineString gml:id="Gml_D05A6789-E093-4A01-AF5E-FD0B00C1716E" srsName="EPSG:25832">
                  <gml:posList srsName="EPSG:25832">565690.028 5938630.923 565688.921 5938631.144 </gml:posList>
                </gml:LineString>
              </gml:curveMember>
              <gml:curveMember>
                <gml:LineString gml:id="Gml_78260C01-BB5F-4612-B435-3C3C74AAFD8D" srsName="EPSG:25832">
                  <gml:posList srsName="EPSG:25832">565688.921 5938631.144 565689.113 5938632.105 </gml:posList>
                </gml:LineString>
              </gml:curveMember>
              <gml:curveMember>
                <gml:LineString gml:id="Gml_40778590-E657-4A11-A499-AC655A580DFB" srsName="EPSG:25832">
                  <gml:posList srsName="EPSG:25832">565689.113 5938632.105 565688.162 5938634.107 </gml:posList>
                </gml:LineString>
              </gml:curveMember>
              <gml:curveMember>
                <gml:LineString gml:id="Gml_B1829926-2C13-4587-B7B9-0471AB49C58D" srsName="EPSG:25832">
                  <gml:posList srsName="EPSG:25832">565688.162 5938634.107 565671.756 5938644.134 </gml:posList>
                </gml:LineString>
              </gml:curveMember>
              <gml:curveMember>
                <gml:LineString gml:id="Gml_4B46A396-E14D-412A-B85F-4E89C0C12662" srsName="EPSG:25832">
                  <gml:posList srsName="EPSG:25832">565671.756 5938644.134 565566.738 5938696.187 </gml:posList>
                </gml:LineString>
              </gml:curveMember>
            </gml:Ring>
          </gml:exterior>
        </gml:Polygon>
      </xplan:geltungsbereich>
      <xplan:gehoertZuPlan xlink:href="#GML_9f24d819-0a54-429f-af11-9c1fb8e7e69d"/>
    </xplan:SO_Bereich>
  </gml:featureMember>
</xplan:XPlanAuszug>
