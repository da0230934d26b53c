<?xml version="1.0" encoding="utf-8" standalone="yes"?>
<!--Erzeugt mit FZK (www.iai.fzk.de) XPlanGML-Toolbox, Erstellungsdatum: 12/06/10-->
<XPlanAuszug xmlns="http://www.xplanung.de/xplangml/3/0" xmlns:xplan="http://www.xplanung.de/xplangml/3/0" xmlns:gml="http://www.opengis.net/gml" xmlns:wfs="http://www.opengis.net/wfs" xmlns:xlink="http://www.w3.org/1999/xlink" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://www.xplanung.de/xplangml/3/0 file:/Z:\xPlanung\XPlanGML-Toolbox_7\XPlanGML.3.0\Schema\XPlanung-Operationen.xsd" gml:id="GML_b27d1003-35e1-4972-b5fa-ba9943434c9a">
  <gml:boundedBy>
    <gml:Envelope srsName="EPSG:25833">
      <gml:pos>402844.959 5702591.938</gml:pos>
      <gml:pos>402995.658 5702694.252</gml:pos>
    </gml:Envelope>
  </gml:boundedBy>
  <gml:featureMember>
    <xplan:BP_Plan gml:id="GML_59e52c0f-f079-41fd-b348-cf255a56f20b">
      <gml:description>Bebauungsplan</gml:description>
      <gml:name>BP Plessa Gewerbegebiet, erste Aenderung</gml:name>
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:25833">
          <gml:pos>402844.959 5702591.938</gml:pos>
          <gml:pos>402995.658 5702694.252</gml:pos>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:name>BP Plessa Gewerbegebiet, erste Aenderung</xplan:name>
      <xplan:erstellungsMassstab>500</xplan:erstellungsMassstab>
      <xplan:xPlanGMLVersion>3.0</xplan:xPlanGMLVersion>
      <xplan:raeumlicherGeltungsbereich>
        <gml:Polygon srsName="EPSG:25833">
          <gml:exterior>
            <gml:LinearRing>
              <gml:pos>402960.644 5702673.544</gml:pos>
              <gml:pos>402932.007 5702679.102</gml:pos>
              <gml:pos>402927.389 5702679.998</gml:pos>
              <gml:pos>402916.395 5702682.132</gml:pos>
              <gml:pos>402900.831 5702685.153</gml:pos>
              <gml:pos>402887.686 5702687.704</gml:pos>
              <gml:pos>402872.537 5702690.645</gml:pos>
              <gml:pos>402853.954 5702694.252</gml:pos>
              <gml:pos>402844.959 5702629.625</gml:pos>
              <gml:pos>402890.737 5702617.329</gml:pos>
              <gml:pos>402917.658 5702610.098</gml:pos>
              <gml:pos>402985.239 5702591.938</gml:pos>
              <gml:pos>402995.658 5702666.749</gml:pos>
              <gml:pos>402976.197 5702670.526</gml:pos>
              <gml:pos>402960.644 5702673.544</gml:pos>
            </gml:LinearRing>
          </gml:exterior>
        </gml:Polygon>
      </xplan:raeumlicherGeltungsbereich>
      <xplan:bereich xlink:href="#GML_e53fb1b7-318c-4a13-a617-f901e9fa7caf" />
      <xplan:gkz>12062372</xplan:gkz>
      <xplan:planArt>1000</xplan:planArt>
      <xplan:veraenderungssperre>false</xplan:veraenderungssperre>
      <xplan:staedtebaulicherVertrag>false</xplan:staedtebaulicherVertrag>
      <xplan:erschliessungsVertrag>false</xplan:erschliessungsVertrag>
      <xplan:durchfuehrungsVertrag>false</xplan:durchfuehrungsVertrag>
    </xplan:BP_Plan>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_Bereich gml:id="GML_e53fb1b7-318c-4a13-a617-f901e9fa7caf">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:25833">
          <gml:pos>402844.959 5702591.938</gml:pos>
          <gml:pos>402995.658 5702694.252</gml:pos>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:nummer>0</xplan:nummer>
      <xplan:name>defaultBereich</xplan:name>
      <xplan:bedeutung>9999</xplan:bedeutung>
      <xplan:gehoertZuPlan xlink:href="#GML_59e52c0f-f079-41fd-b348-cf255a56f20b" />
      <xplan:fachobjekt xlink:href="#GML_1ff90299-58aa-4777-96fc-818398d673ed" />
      <xplan:fachobjekt xlink:href="#GML_c96395b2-9534-4c04-a89f-3944410ba6e5" />
      <xplan:fachobjekt xlink:href="#GML_500b38d1-5a39-4a65-8229-f64bf11c92de" />
      <xplan:fachobjekt xlink:href="#GML_bbdad55d-7f4f-4a23-bc07-4a8c6c72b468" />
      <xplan:fachobjekt xlink:href="#GML_e2963615-d324-4c69-9cf7-9f6c0f9c7025" />
      <xplan:fachobjekt xlink:href="#GML_a60634ff-3f5c-48c7-bdd8-717c6d817e15" />
      <xplan:fachobjekt xlink:href="#GML_3c052c48-7ed7-41b7-9b35-1e54f6668b96" />
      <xplan:fachobjekt xlink:href="#GML_2bebde4c-6403-4440-bb5d-4e9fd709911b" />
      <xplan:fachobjekt xlink:href="#GML_04135ef5-c920-496f-ab26-5e13c2978aba" />
      <xplan:fachobjekt xlink:href="#GML_427d0b65-5601-4c48-bd16-b6a75fb47a62" />
      <xplan:fachobjekt xlink:href="#GML_59c7014a-7108-495c-b3a8-3c34a5253549" />
      <xplan:fachobjekt xlink:href="#GML_0d0c7b61-6c41-4eab-8c21-4e82ef41b7e4" />
      <xplan:fachobjekt xlink:href="#GML_8cd7f7c6-7613-451f-ad3a-91c0b95b1a38" />
      <xplan:fachobjekt xlink:href="#GML_65d770e5-3422-43d4-a8e1-984e3cfbabb3" />
      <xplan:fachobjekt xlink:href="#GML_f8ec5deb-18cd-4c0e-9cde-d70b991cbe30" />
    </xplan:BP_Bereich>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_BauGrenze gml:id="GML_1ff90299-58aa-4777-96fc-818398d673ed">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:25833">
          <gml:pos>402852.725 5702600.133</gml:pos>
          <gml:pos>402988.048 5702687.934</gml:pos>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:ebene>0</xplan:ebene>
      <xplan:gehoertZuBereich xlink:href="#GML_e53fb1b7-318c-4a13-a617-f901e9fa7caf" />
      <xplan:rechtlicheCharakterisierung>2000</xplan:rechtlicheCharakterisierung>
      <xplan:position>
        <gml:LineString srsName="EPSG:25833">
          <gml:pos>402900.118 5702680.362</gml:pos>
          <gml:pos>402926.738 5702675.322</gml:pos>
          <gml:pos>402939.469 5702672.777</gml:pos>
          <gml:pos>402956.392 5702669.529</gml:pos>
          <gml:pos>402969.007 5702667.023</gml:pos>
          <gml:pos>402977.056 5702665.434</gml:pos>
          <gml:pos>402988.048 5702663.351</gml:pos>
          <gml:pos>402986.589 5702652.218</gml:pos>
          <gml:pos>402985.012 5702641.968</gml:pos>
          <gml:pos>402979.175 5702600.133</gml:pos>
          <gml:pos>402962.205 5702604.734</gml:pos>
          <gml:pos>402956.298 5702606.370</gml:pos>
          <gml:pos>402931.867 5702612.948</gml:pos>
          <gml:pos>402918.547 5702616.485</gml:pos>
          <gml:pos>402891.690 5702623.736</gml:pos>
          <gml:pos>402857.616 5702632.918</gml:pos>
          <gml:pos>402852.725 5702634.481</gml:pos>
          <gml:pos>402858.131 5702673.647</gml:pos>
          <gml:pos>402860.227 5702687.934</gml:pos>
          <gml:pos>402875.526 5702685.047</gml:pos>
          <gml:pos>402900.118 5702680.362</gml:pos>
        </gml:LineString>
      </xplan:position>
    </xplan:BP_BauGrenze>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_AnpflanzungBindungErhaltung gml:id="GML_c96395b2-9534-4c04-a89f-3944410ba6e5">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:25833">
          <gml:pos>402853.954 5702694.247</gml:pos>
          <gml:pos>402853.979 5702694.252</gml:pos>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:ebene>0</xplan:ebene>
      <xplan:gehoertZuBereich xlink:href="#GML_e53fb1b7-318c-4a13-a617-f901e9fa7caf" />
      <xplan:rechtlicheCharakterisierung>2000</xplan:rechtlicheCharakterisierung>
      <xplan:position>
        <gml:LineString srsName="EPSG:25833">
          <gml:pos>402853.954 5702694.252</gml:pos>
          <gml:pos>402853.979 5702694.247</gml:pos>
        </gml:LineString>
      </xplan:position>
      <xplan:flaechenschluss>false</xplan:flaechenschluss>
      <xplan:massnahme>2000</xplan:massnahme>
      <xplan:gegenstand>1000</xplan:gegenstand>
      <xplan:istAusgleich>false</xplan:istAusgleich>
    </xplan:BP_AnpflanzungBindungErhaltung>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_AnpflanzungBindungErhaltung gml:id="GML_500b38d1-5a39-4a65-8229-f64bf11c92de">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:25833">
          <gml:pos>402872.519 5702690.568</gml:pos>
          <gml:pos>402872.537 5702690.645</gml:pos>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:ebene>0</xplan:ebene>
      <xplan:gehoertZuBereich xlink:href="#GML_e53fb1b7-318c-4a13-a617-f901e9fa7caf" />
      <xplan:rechtlicheCharakterisierung>2000</xplan:rechtlicheCharakterisierung>
      <xplan:position>
        <gml:LineString srsName="EPSG:25833">
          <gml:pos>402872.537 5702690.645</gml:pos>
          <gml:pos>402872.519 5702690.568</gml:pos>
        </gml:LineString>
      </xplan:position>
      <xplan:flaechenschluss>false</xplan:flaechenschluss>
      <xplan:massnahme>2000</xplan:massnahme>
      <xplan:gegenstand>1000</xplan:gegenstand>
      <xplan:istAusgleich>false</xplan:istAusgleich>
    </xplan:BP_AnpflanzungBindungErhaltung>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_AnpflanzungBindungErhaltung gml:id="GML_bbdad55d-7f4f-4a23-bc07-4a8c6c72b468">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:25833">
          <gml:pos>402853.954 5702694.241</gml:pos>
          <gml:pos>402853.964 5702694.252</gml:pos>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:ebene>0</xplan:ebene>
      <xplan:gehoertZuBereich xlink:href="#GML_e53fb1b7-318c-4a13-a617-f901e9fa7caf" />
      <xplan:rechtlicheCharakterisierung>2000</xplan:rechtlicheCharakterisierung>
      <xplan:position>
        <gml:LineString srsName="EPSG:25833">
          <gml:pos>402853.964 5702694.241</gml:pos>
          <gml:pos>402853.954 5702694.252</gml:pos>
        </gml:LineString>
      </xplan:position>
      <xplan:flaechenschluss>false</xplan:flaechenschluss>
      <xplan:massnahme>2000</xplan:massnahme>
      <xplan:gegenstand>1000</xplan:gegenstand>
      <xplan:istAusgleich>false</xplan:istAusgleich>
    </xplan:BP_AnpflanzungBindungErhaltung>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_AnpflanzungBindungErhaltung gml:id="GML_e2963615-d324-4c69-9cf7-9f6c0f9c7025">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:25833">
          <gml:pos>402853.964 5702694.241</gml:pos>
          <gml:pos>402853.979 5702694.247</gml:pos>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:ebene>0</xplan:ebene>
      <xplan:gehoertZuBereich xlink:href="#GML_e53fb1b7-318c-4a13-a617-f901e9fa7caf" />
      <xplan:rechtlicheCharakterisierung>2000</xplan:rechtlicheCharakterisierung>
      <xplan:position>
        <gml:LineString srsName="EPSG:25833">
          <gml:pos>402853.979 5702694.247</gml:pos>
          <gml:pos>402853.964 5702694.241</gml:pos>
        </gml:LineString>
      </xplan:position>
      <xplan:flaechenschluss>false</xplan:flaechenschluss>
      <xplan:massnahme>2000</xplan:massnahme>
      <xplan:gegenstand>1000</xplan:gegenstand>
      <xplan:istAusgleich>false</xplan:istAusgleich>
    </xplan:BP_AnpflanzungBindungErhaltung>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_AnpflanzungBindungErhaltung gml:id="GML_a60634ff-3f5c-48c7-bdd8-717c6d817e15">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:25833">
          <gml:pos>402871.811 5702683.832</gml:pos>
          <gml:pos>402887.686 5702690.568</gml:pos>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:ebene>0</xplan:ebene>
      <xplan:gehoertZuBereich xlink:href="#GML_e53fb1b7-318c-4a13-a617-f901e9fa7caf" />
      <xplan:rechtlicheCharakterisierung>2000</xplan:rechtlicheCharakterisierung>
      <xplan:position>
        <gml:LineString srsName="EPSG:25833">
          <gml:pos>402872.519 5702690.568</gml:pos>
          <gml:pos>402871.811 5702687.437</gml:pos>
          <gml:pos>402872.371 5702686.492</gml:pos>
          <gml:pos>402879.877 5702685.040</gml:pos>
          <gml:pos>402886.019 5702683.832</gml:pos>
          <gml:pos>402887.034 5702684.392</gml:pos>
          <gml:pos>402887.686 5702687.704</gml:pos>
        </gml:LineString>
      </xplan:position>
      <xplan:flaechenschluss>false</xplan:flaechenschluss>
      <xplan:massnahme>2000</xplan:massnahme>
      <xplan:gegenstand>1000</xplan:gegenstand>
      <xplan:istAusgleich>false</xplan:istAusgleich>
    </xplan:BP_AnpflanzungBindungErhaltung>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_AnpflanzungBindungErhaltung gml:id="GML_3c052c48-7ed7-41b7-9b35-1e54f6668b96">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:25833">
          <gml:pos>402960.025 5702666.669</gml:pos>
          <gml:pos>402976.197 5702673.544</gml:pos>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:ebene>0</xplan:ebene>
      <xplan:gehoertZuBereich xlink:href="#GML_e53fb1b7-318c-4a13-a617-f901e9fa7caf" />
      <xplan:rechtlicheCharakterisierung>2000</xplan:rechtlicheCharakterisierung>
      <xplan:position>
        <gml:LineString srsName="EPSG:25833">
          <gml:pos>402976.197 5702670.526</gml:pos>
          <gml:pos>402975.570 5702667.081</gml:pos>
          <gml:pos>402974.871 5702666.669</gml:pos>
          <gml:pos>402960.478 5702669.836</gml:pos>
          <gml:pos>402960.025 5702670.453</gml:pos>
          <gml:pos>402960.644 5702673.544</gml:pos>
        </gml:LineString>
      </xplan:position>
      <xplan:flaechenschluss>false</xplan:flaechenschluss>
      <xplan:massnahme>2000</xplan:massnahme>
      <xplan:gegenstand>1000</xplan:gegenstand>
      <xplan:istAusgleich>false</xplan:istAusgleich>
    </xplan:BP_AnpflanzungBindungErhaltung>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_AnpflanzungBindungErhaltung gml:id="GML_2bebde4c-6403-4440-bb5d-4e9fd709911b">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:25833">
          <gml:pos>402915.737 5702675.223</gml:pos>
          <gml:pos>402932.007 5702682.132</gml:pos>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:ebene>0</xplan:ebene>
      <xplan:gehoertZuBereich xlink:href="#GML_e53fb1b7-318c-4a13-a617-f901e9fa7caf" />
      <xplan:rechtlicheCharakterisierung>2000</xplan:rechtlicheCharakterisierung>
      <xplan:position>
        <gml:LineString srsName="EPSG:25833">
          <gml:pos>402916.395 5702682.132</gml:pos>
          <gml:pos>402915.737 5702678.800</gml:pos>
          <gml:pos>402916.230 5702678.019</gml:pos>
          <gml:pos>402924.270 5702676.395</gml:pos>
          <gml:pos>402926.821 5702675.915</gml:pos>
          <gml:pos>402927.004 5702675.881</gml:pos>
          <gml:pos>402930.479 5702675.223</gml:pos>
          <gml:pos>402931.343 5702675.922</gml:pos>
          <gml:pos>402932.007 5702679.102</gml:pos>
        </gml:LineString>
      </xplan:position>
      <xplan:flaechenschluss>false</xplan:flaechenschluss>
      <xplan:massnahme>2000</xplan:massnahme>
      <xplan:gegenstand>1000</xplan:gegenstand>
      <xplan:istAusgleich>false</xplan:istAusgleich>
    </xplan:BP_AnpflanzungBindungErhaltung>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_AnpflanzungBindungErhaltung gml:id="GML_04135ef5-c920-496f-ab26-5e13c2978aba">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:25833">
          <gml:pos>402960.025 5702666.669</gml:pos>
          <gml:pos>402976.197 5702673.544</gml:pos>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:ebene>0</xplan:ebene>
      <xplan:gehoertZuBereich xlink:href="#GML_e53fb1b7-318c-4a13-a617-f901e9fa7caf" />
      <xplan:rechtlicheCharakterisierung>2000</xplan:rechtlicheCharakterisierung>
      <xplan:position>
        <gml:LineString srsName="EPSG:25833">
          <gml:pos>402960.644 5702673.544</gml:pos>
          <gml:pos>402960.025 5702670.453</gml:pos>
          <gml:pos>402960.478 5702669.836</gml:pos>
          <gml:pos>402974.871 5702666.669</gml:pos>
          <gml:pos>402975.570 5702667.081</gml:pos>
          <gml:pos>402976.197 5702670.526</gml:pos>
        </gml:LineString>
      </xplan:position>
      <xplan:flaechenschluss>false</xplan:flaechenschluss>
      <xplan:massnahme>2000</xplan:massnahme>
      <xplan:gegenstand>1000</xplan:gegenstand>
      <xplan:istAusgleich>false</xplan:istAusgleich>
    </xplan:BP_AnpflanzungBindungErhaltung>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_AnpflanzungBindungErhaltung gml:id="GML_427d0b65-5601-4c48-bd16-b6a75fb47a62">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:25833">
          <gml:pos>402851.313 5702598.991</gml:pos>
          <gml:pos>402995.658 5702694.241</gml:pos>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:ebene>0</xplan:ebene>
      <xplan:gehoertZuBereich xlink:href="#GML_e53fb1b7-318c-4a13-a617-f901e9fa7caf" />
      <xplan:rechtlicheCharakterisierung>2000</xplan:rechtlicheCharakterisierung>
      <xplan:position>
        <gml:LineString srsName="EPSG:25833">
          <gml:pos>402995.658 5702666.749</gml:pos>
          <gml:pos>402995.583 5702666.717</gml:pos>
          <gml:pos>402989.272 5702663.110</gml:pos>
          <gml:pos>402988.618 5702659.002</gml:pos>
          <gml:pos>402985.808 5702638.827</gml:pos>
          <gml:pos>402983.807 5702625.012</gml:pos>
          <gml:pos>402980.739 5702603.547</gml:pos>
          <gml:pos>402980.074 5702598.991</gml:pos>
          <gml:pos>402970.013 5702601.737</gml:pos>
          <gml:pos>402960.247 5702604.348</gml:pos>
          <gml:pos>402941.037 5702609.618</gml:pos>
          <gml:pos>402934.830 5702611.188</gml:pos>
          <gml:pos>402922.466 5702614.556</gml:pos>
          <gml:pos>402918.434 5702615.678</gml:pos>
          <gml:pos>402911.100 5702617.709</gml:pos>
          <gml:pos>402901.520 5702620.307</gml:pos>
          <gml:pos>402891.579 5702622.986</gml:pos>
          <gml:pos>402887.296 5702624.106</gml:pos>
          <gml:pos>402874.637 5702627.517</gml:pos>
          <gml:pos>402867.347 5702629.524</gml:pos>
          <gml:pos>402862.089 5702630.922</gml:pos>
          <gml:pos>402857.163 5702632.295</gml:pos>
          <gml:pos>402851.313 5702633.884</gml:pos>
          <gml:pos>402851.387 5702634.580</gml:pos>
          <gml:pos>402853.542 5702649.166</gml:pos>
          <gml:pos>402854.207 5702653.667</gml:pos>
          <gml:pos>402854.848 5702658.230</gml:pos>
          <gml:pos>402856.054 5702666.530</gml:pos>
          <gml:pos>402857.559 5702676.813</gml:pos>
          <gml:pos>402857.993 5702680.138</gml:pos>
          <gml:pos>402859.151 5702687.987</gml:pos>
          <gml:pos>402857.701 5702689.859</gml:pos>
          <gml:pos>402853.964 5702694.241</gml:pos>
        </gml:LineString>
      </xplan:position>
      <xplan:flaechenschluss>false</xplan:flaechenschluss>
      <xplan:massnahme>2000</xplan:massnahme>
      <xplan:gegenstand>1000</xplan:gegenstand>
      <xplan:istAusgleich>false</xplan:istAusgleich>
    </xplan:BP_AnpflanzungBindungErhaltung>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_BaugebietsTeilFlaeche gml:id="GML_59c7014a-7108-495c-b3a8-3c34a5253549">
      <gml:description>Sondergebiet Einzelhandel</gml:description>
      <gml:name>SO</gml:name>
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:25833">
          <gml:pos>402851.313 5702598.991</gml:pos>
          <gml:pos>402995.658 5702694.252</gml:pos>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:text>Sondergebiet Einzelhandel</xplan:text>
      <xplan:ebene>0</xplan:ebene>
      <xplan:rechtlicheCharakterisierung>2000</xplan:rechtlicheCharakterisierung>
      <xplan:position>
        <gml:Polygon srsName="EPSG:25833">
          <gml:exterior>
            <gml:LinearRing>
              <gml:pos>402853.954 5702694.252</gml:pos>
              <gml:pos>402857.701 5702689.859</gml:pos>
              <gml:pos>402859.151 5702687.987</gml:pos>
              <gml:pos>402857.993 5702680.138</gml:pos>
              <gml:pos>402857.559 5702676.813</gml:pos>
              <gml:pos>402856.054 5702666.530</gml:pos>
              <gml:pos>402854.848 5702658.230</gml:pos>
              <gml:pos>402854.207 5702653.667</gml:pos>
              <gml:pos>402853.542 5702649.166</gml:pos>
              <gml:pos>402851.387 5702634.580</gml:pos>
              <gml:pos>402851.313 5702633.884</gml:pos>
              <gml:pos>402857.163 5702632.295</gml:pos>
              <gml:pos>402862.089 5702630.922</gml:pos>
              <gml:pos>402867.347 5702629.524</gml:pos>
              <gml:pos>402874.637 5702627.517</gml:pos>
              <gml:pos>402887.296 5702624.106</gml:pos>
              <gml:pos>402891.579 5702622.986</gml:pos>
              <gml:pos>402901.520 5702620.307</gml:pos>
              <gml:pos>402911.100 5702617.709</gml:pos>
              <gml:pos>402918.434 5702615.678</gml:pos>
              <gml:pos>402922.466 5702614.556</gml:pos>
              <gml:pos>402934.830 5702611.188</gml:pos>
              <gml:pos>402941.037 5702609.618</gml:pos>
              <gml:pos>402960.247 5702604.348</gml:pos>
              <gml:pos>402970.013 5702601.737</gml:pos>
              <gml:pos>402980.074 5702598.991</gml:pos>
              <gml:pos>402980.739 5702603.547</gml:pos>
              <gml:pos>402983.807 5702625.012</gml:pos>
              <gml:pos>402985.808 5702638.827</gml:pos>
              <gml:pos>402988.618 5702659.002</gml:pos>
              <gml:pos>402989.272 5702663.110</gml:pos>
              <gml:pos>402995.583 5702666.717</gml:pos>
              <gml:pos>402995.658 5702666.749</gml:pos>
              <gml:pos>402976.197 5702670.526</gml:pos>
              <gml:pos>402975.570 5702667.081</gml:pos>
              <gml:pos>402974.871 5702666.669</gml:pos>
              <gml:pos>402960.478 5702669.836</gml:pos>
              <gml:pos>402960.025 5702670.453</gml:pos>
              <gml:pos>402960.644 5702673.544</gml:pos>
              <gml:pos>402932.007 5702679.102</gml:pos>
              <gml:pos>402931.343 5702675.922</gml:pos>
              <gml:pos>402930.479 5702675.223</gml:pos>
              <gml:pos>402927.004 5702675.881</gml:pos>
              <gml:pos>402926.821 5702675.915</gml:pos>
              <gml:pos>402924.270 5702676.395</gml:pos>
              <gml:pos>402916.230 5702678.019</gml:pos>
              <gml:pos>402915.737 5702678.800</gml:pos>
              <gml:pos>402916.395 5702682.132</gml:pos>
              <gml:pos>402900.831 5702685.153</gml:pos>
              <gml:pos>402887.686 5702687.704</gml:pos>
              <gml:pos>402887.034 5702684.392</gml:pos>
              <gml:pos>402886.019 5702683.832</gml:pos>
              <gml:pos>402879.877 5702685.040</gml:pos>
              <gml:pos>402872.371 5702686.492</gml:pos>
              <gml:pos>402871.811 5702687.437</gml:pos>
              <gml:pos>402872.537 5702690.645</gml:pos>
              <gml:pos>402853.954 5702694.252</gml:pos>
            </gml:LinearRing>
          </gml:exterior>
        </gml:Polygon>
      </xplan:position>
      <xplan:flaechenschluss>true</xplan:flaechenschluss>
      <xplan:GFZ>1</xplan:GFZ>
      <xplan:GRZ>0</xplan:GRZ>
      <xplan:allgArtDerBaulNutzung>3000</xplan:allgArtDerBaulNutzung>
      <xplan:besondereArtDerBaulichenNutzung>1700</xplan:besondereArtDerBaulichenNutzung>
      <xplan:vertikaleDifferenzierung>false</xplan:vertikaleDifferenzierung>
    </xplan:BP_BaugebietsTeilFlaeche>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_GruenFlaeche gml:id="GML_0d0c7b61-6c41-4eab-8c21-4e82ef41b7e4">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:25833">
          <gml:pos>402960.025 5702666.669</gml:pos>
          <gml:pos>402976.197 5702673.544</gml:pos>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:ebene>0</xplan:ebene>
      <xplan:rechtlicheCharakterisierung>2000</xplan:rechtlicheCharakterisierung>
      <xplan:position>
        <gml:Polygon srsName="EPSG:25833">
          <gml:exterior>
            <gml:LinearRing>
              <gml:pos>402960.644 5702673.544</gml:pos>
              <gml:pos>402960.025 5702670.453</gml:pos>
              <gml:pos>402960.478 5702669.836</gml:pos>
              <gml:pos>402974.871 5702666.669</gml:pos>
              <gml:pos>402975.570 5702667.081</gml:pos>
              <gml:pos>402976.197 5702670.526</gml:pos>
              <gml:pos>402960.644 5702673.544</gml:pos>
            </gml:LinearRing>
          </gml:exterior>
        </gml:Polygon>
      </xplan:position>
      <xplan:flaechenschluss>true</xplan:flaechenschluss>
      <xplan:zweckbestimmung>9999</xplan:zweckbestimmung>
    </xplan:BP_GruenFlaeche>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_GruenFlaeche gml:id="GML_8cd7f7c6-7613-451f-ad3a-91c0b95b1a38">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:25833">
          <gml:pos>402871.811 5702683.832</gml:pos>
          <gml:pos>402887.686 5702690.645</gml:pos>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:ebene>0</xplan:ebene>
      <xplan:rechtlicheCharakterisierung>2000</xplan:rechtlicheCharakterisierung>
      <xplan:position>
        <gml:Polygon srsName="EPSG:25833">
          <gml:exterior>
            <gml:LinearRing>
              <gml:pos>402872.537 5702690.645</gml:pos>
              <gml:pos>402871.811 5702687.437</gml:pos>
              <gml:pos>402872.371 5702686.492</gml:pos>
              <gml:pos>402879.877 5702685.040</gml:pos>
              <gml:pos>402886.019 5702683.832</gml:pos>
              <gml:pos>402887.034 5702684.392</gml:pos>
              <gml:pos>402887.686 5702687.704</gml:pos>
              <gml:pos>402872.537 5702690.645</gml:pos>
            </gml:LinearRing>
          </gml:exterior>
        </gml:Polygon>
      </xplan:position>
      <xplan:flaechenschluss>true</xplan:flaechenschluss>
      <xplan:zweckbestimmung>9999</xplan:zweckbestimmung>
    </xplan:BP_GruenFlaeche>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_GruenFlaeche gml:id="GML_65d770e5-3422-43d4-a8e1-984e3cfbabb3">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:25833">
          <gml:pos>402915.737 5702675.223</gml:pos>
          <gml:pos>402932.007 5702682.132</gml:pos>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:ebene>0</xplan:ebene>
      <xplan:rechtlicheCharakterisierung>2000</xplan:rechtlicheCharakterisierung>
      <xplan:position>
        <gml:Polygon srsName="EPSG:25833">
          <gml:exterior>
            <gml:LinearRing>
              <gml:pos>402916.395 5702682.132</gml:pos>
              <gml:pos>402915.737 5702678.800</gml:pos>
              <gml:pos>402916.230 5702678.019</gml:pos>
              <gml:pos>402924.270 5702676.395</gml:pos>
              <gml:pos>402926.821 5702675.915</gml:pos>
              <gml:pos>402927.004 5702675.881</gml:pos>
              <gml:pos>402930.479 5702675.223</gml:pos>
              <gml:pos>402931.343 5702675.922</gml:pos>
              <gml:pos>402932.007 5702679.102</gml:pos>
              <gml:pos>402927.389 5702679.998</gml:pos>
              <gml:pos>402916.395 5702682.132</gml:pos>
            </gml:LinearRing>
          </gml:exterior>
        </gml:Polygon>
      </xplan:position>
      <xplan:flaechenschluss>true</xplan:flaechenschluss>
      <xplan:zweckbestimmung>9999</xplan:zweckbestimmung>
    </xplan:BP_GruenFlaeche>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_GruenFlaeche gml:id="GML_f8ec5deb-18cd-4c0e-9cde-d70b991cbe30">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:25833">
          <gml:pos>402844.959 5702591.938</gml:pos>
          <gml:pos>402995.658 5702694.252</gml:pos>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:ebene>0</xplan:ebene>
      <xplan:rechtlicheCharakterisierung>2000</xplan:rechtlicheCharakterisierung>
      <xplan:position>
        <gml:Polygon srsName="EPSG:25833">
          <gml:exterior>
            <gml:LinearRing>
              <gml:pos>402890.737 5702617.329</gml:pos>
              <gml:pos>402917.658 5702610.098</gml:pos>
              <gml:pos>402985.239 5702591.938</gml:pos>
              <gml:pos>402995.658 5702666.749</gml:pos>
              <gml:pos>402995.583 5702666.717</gml:pos>
              <gml:pos>402989.272 5702663.110</gml:pos>
              <gml:pos>402988.618 5702659.002</gml:pos>
              <gml:pos>402985.808 5702638.827</gml:pos>
              <gml:pos>402983.807 5702625.012</gml:pos>
              <gml:pos>402980.739 5702603.547</gml:pos>
              <gml:pos>402980.074 5702598.991</gml:pos>
              <gml:pos>402970.013 5702601.737</gml:pos>
              <gml:pos>402960.247 5702604.348</gml:pos>
              <gml:pos>402941.037 5702609.618</gml:pos>
              <gml:pos>402934.830 5702611.188</gml:pos>
              <gml:pos>402922.466 5702614.556</gml:pos>
              <gml:pos>402918.434 5702615.678</gml:pos>
              <gml:pos>402911.100 5702617.709</gml:pos>
              <gml:pos>402901.520 5702620.307</gml:pos>
              <gml:pos>402891.579 5702622.986</gml:pos>
              <gml:pos>402887.296 5702624.106</gml:pos>
              <gml:pos>402874.637 5702627.517</gml:pos>
              <gml:pos>402867.347 5702629.524</gml:pos>
              <gml:pos>402862.089 5702630.922</gml:pos>
              <gml:pos>402857.163 5702632.295</gml:pos>
              <gml:pos>402851.313 5702633.884</gml:pos>
              <gml:pos>402851.387 5702634.580</gml:pos>
              <gml:pos>402853.542 5702649.166</gml:pos>
              <gml:pos>402854.207 5702653.667</gml:pos>
              <gml:pos>402854.848 5702658.230</gml:pos>
              <gml:pos>402856.054 5702666.530</gml:pos>
              <gml:pos>402857.559 5702676.813</gml:pos>
              <gml:pos>402857.993 5702680.138</gml:pos>
              <gml:pos>402859.151 5702687.987</gml:pos>
              <gml:pos>402857.701 5702689.859</gml:pos>
              <gml:pos>402853.954 5702694.252</gml:pos>
              <gml:pos>402844.959 5702629.625</gml:pos>
              <gml:pos>402890.737 5702617.329</gml:pos>
            </gml:LinearRing>
          </gml:exterior>
        </gml:Polygon>
      </xplan:position>
      <xplan:flaechenschluss>true</xplan:flaechenschluss>
      <xplan:zweckbestimmung>9999</xplan:zweckbestimmung>
    </xplan:BP_GruenFlaeche>
  </gml:featureMember>
</XPlanAuszug>