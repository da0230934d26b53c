<!--Erstellt von WS LANDCAD am 22.12.2022--><xplan:XPlanAuszug xmlns:xplan="http://www.xplanung.de/xplangml/5/4" xmlns:gml="http://www.opengis.net/gml/3.2" xmlns:xlink="http://www.w3.org/1999/xlink" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:wfs="http://www.opengis.net/wfs" xmlns:xsd="http://www.w3.org/2001/XMLSchema" xsi:schemaLocation="http://www.xplanung.de/xplangml/5/4 http://repository.gdi-de.org/schemas/de.xleitstelle.xplanung/5.4/XPlanung-Operationen.xsd" gml:id="GML_3242fef4-cc2d-4640-912b-5f2824687ee5">
  <gml:boundedBy>
    <gml:Envelope srsName="EPSG:25832">
      <gml:lowerCorner>400528.345 5705797.759</gml:lowerCorner>
      <gml:upperCorner>400796.544 5705990.002</gml:upperCorner>
    </gml:Envelope>
  </gml:boundedBy>
  <gml:featureMember>
    <xplan:BP_Plan gml:id="GML_d8c8a2e5-08d3-4f66-b112-dce1621506cb">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:25832">
          <gml:lowerCorner>400528.345 5705797.759</gml:lowerCorner>
          <gml:upperCorner>400796.544 5705990.002</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:name>Änderung 6</xplan:name>
      <xplan:nummer>Test 1</xplan:nummer>
      <xplan:internalId>T1</xplan:internalId>
      <xplan:aendert/>
      <xplan:wurdeGeaendertVon/>
      <xplan:erstellungsMassstab>1000</xplan:erstellungsMassstab>
      <xplan:raeumlicherGeltungsbereich>
        <gml:MultiSurface srsName="EPSG:25832" gml:id="GML_924b0126-6d80-4282-ae2e-3f58adb81b0c">
          <gml:surfaceMember>
            <gml:Polygon srsName="EPSG:25832" gml:id="GML_ee3e1c7f-509d-4052-91d3-fbde6af33f7c">
              <gml:exterior>
                <gml:LinearRing>
                  <gml:posList srsDimension="2" count="15">400746.055 5705935.119 400754.762 5705909.527 400749.732 5705907.892 400754.587 5705892.948 400764.435 5705896.148 400764.120 5705897.139 400761.910 5705904.099 400761.397 5705905.712 400759.025 5705913.180 400758.986 5705913.304 400757.187 5705918.969 400757.108 5705919.216 400754.330 5705927.963 400751.499 5705936.877 400746.055 5705935.119 </gml:posList>
                </gml:LinearRing>
              </gml:exterior>
            </gml:Polygon>
          </gml:surfaceMember>
          <gml:surfaceMember>
            <gml:Polygon srsName="EPSG:25832" gml:id="GML_95dc72e7-af0d-49e3-9b63-7fae5b94f268">
              <gml:exterior>
                <gml:LinearRing>
                  <gml:posList srsDimension="2" count="17">400775.531 5705948.252 400791.467 5705896.672 400793.931 5705897.369 400796.544 5705898.107 400795.910 5705900.059 400794.262 5705905.276 400792.622 5705910.472 400791.336 5705914.549 400790.912 5705915.801 400788.336 5705923.916 400785.726 5705932.138 400784.049 5705937.422 400782.400 5705942.615 400780.714 5705947.929 400779.778 5705950.875 400777.484 5705949.458 400775.531 5705948.252 </gml:posList>
                </gml:LinearRing>
              </gml:exterior>
            </gml:Polygon>
          </gml:surfaceMember>
          <gml:surfaceMember>
            <gml:Polygon srsName="EPSG:25832" gml:id="GML_caf0f9bc-4899-469c-9044-59e7809ab4d4">
              <gml:exterior>
                <gml:LinearRing>
                  <gml:posList srsDimension="2" count="9">400691.991 5705982.062 400691.764 5705982.760 400689.640 5705982.070 400704.688 5705936.280 400706.944 5705937.009 400710.099 5705937.997 400695.614 5705983.064 400692.294 5705982.146 400691.991 5705982.062 </gml:posList>
                </gml:LinearRing>
              </gml:exterior>
            </gml:Polygon>
          </gml:surfaceMember>
          <gml:surfaceMember>
            <gml:Polygon srsName="EPSG:25832" gml:id="GML_98899ca2-f029-4ec7-ba45-c988a698f85f">
              <gml:exterior>
                <gml:LinearRing>
                  <gml:posList srsDimension="2" count="7">400584.968 5705823.209 400600.971 5705797.759 400611.588 5705800.676 400609.355 5705808.841 400601.285 5705806.651 400588.909 5705826.319 400584.968 5705823.209 </gml:posList>
                </gml:LinearRing>
              </gml:exterior>
            </gml:Polygon>
          </gml:surfaceMember>
          <gml:surfaceMember>
            <gml:Polygon srsName="EPSG:25832" gml:id="GML_b215dc94-b65b-40e2-831f-1bc12e66dd3c">
              <gml:exterior>
                <gml:LinearRing>
                  <gml:posList srsDimension="2" count="13">400726.332 5705989.600 400724.722 5705989.140 400737.959 5705945.664 400741.086 5705946.680 400743.895 5705947.593 400743.647 5705948.356 400738.085 5705965.833 400731.345 5705987.012 400730.393 5705990.002 400728.500 5705989.345 400727.419 5705988.970 400726.620 5705988.693 400726.332 5705989.600 </gml:posList>
                </gml:LinearRing>
              </gml:exterior>
            </gml:Polygon>
          </gml:surfaceMember>
          <gml:surfaceMember>
            <gml:Polygon srsName="EPSG:25832" gml:id="GML_2d262186-462c-42c0-98c7-204ae0565878">
              <gml:exterior>
                <gml:LinearRing>
                  <gml:posList srsDimension="2" count="17">400555.477 5705916.876 400550.852 5705917.631 400548.851 5705917.958 400546.208 5705917.153 400537.279 5705914.434 400534.080 5705913.460 400531.029 5705920.829 400528.345 5705919.960 400528.564 5705919.389 400529.731 5705916.090 400530.900 5705912.492 400535.713 5705898.759 400536.161 5705897.453 400559.347 5705904.387 400558.891 5705905.857 400558.460 5705907.248 400555.477 5705916.876 </gml:posList>
                </gml:LinearRing>
              </gml:exterior>
            </gml:Polygon>
          </gml:surfaceMember>
        </gml:MultiSurface>
      </xplan:raeumlicherGeltungsbereich>
      <xplan:verfahrensMerkmale/>
      <xplan:texte xlink:href="#GML_650c4a3a-46ba-4b11-ab6f-f5105d87964f"/>
      <xplan:texte xlink:href="#GML_70cade96-2eb4-4619-b9d6-c84fff505250"/>
      <xplan:gemeinde>
        <xplan:XP_Gemeinde>
          <xplan:ags>1111</xplan:ags>
          <xplan:gemeindeName>Test</xplan:gemeindeName>
        </xplan:XP_Gemeinde>
      </xplan:gemeinde>
      <xplan:planArt>10001</xplan:planArt>
      <xplan:rechtsstand>4000</xplan:rechtsstand>
      <xplan:inkrafttretensDatum>1993-02-05</xplan:inkrafttretensDatum>
      <xplan:veraenderungssperre>false</xplan:veraenderungssperre>
      <xplan:staedtebaulicherVertrag>false</xplan:staedtebaulicherVertrag>
      <xplan:erschliessungsVertrag>false</xplan:erschliessungsVertrag>
      <xplan:durchfuehrungsVertrag>false</xplan:durchfuehrungsVertrag>
      <xplan:gruenordnungsplan>false</xplan:gruenordnungsplan>
      <xplan:versionBauNVODatum>1990-01-23</xplan:versionBauNVODatum>
      <xplan:versionBauNVOText>Version vom 23.01.1990</xplan:versionBauNVOText>
      <xplan:bereich xlink:href="#GML_133f264f-3077-444a-873a-2ee3c5634431"/>
      <xplan:bereich xlink:href="#GML_714dac7b-b7e4-4e4d-9d2b-6a85f5b75b46"/>
      <xplan:bereich xlink:href="#GML_15062bcf-08e8-491b-84fc-3f923f9687be"/>
      <xplan:bereich xlink:href="#GML_4f6c3734-acc8-4412-a75c-b2b9181c3ca4"/>
      <xplan:bereich xlink:href="#GML_a05d794f-fe56-4042-89c3-946e43df779b"/>
      <xplan:bereich xlink:href="#GML_4d21d57a-5556-4783-ab1e-f7d14aa210a4"/>
    </xplan:BP_Plan>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_Bereich gml:id="GML_133f264f-3077-444a-873a-2ee3c5634431">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:25832">
          <gml:lowerCorner>400689.640 5705936.280</gml:lowerCorner>
          <gml:upperCorner>400710.099 5705983.064</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:nummer>0</xplan:nummer>
      <xplan:geltungsbereich>
        <gml:MultiSurface srsName="EPSG:25832" gml:id="GML_38fbd531-1a46-4be4-bbc0-4a3c2d8b7906">
          <gml:surfaceMember>
            <gml:Polygon srsName="EPSG:25832" gml:id="GML_18a9e786-a1c9-4483-8b8d-f414b941c0c2">
              <gml:exterior>
                <gml:LinearRing>
                  <gml:posList srsDimension="2" count="9">400691.991 5705982.062 400691.764 5705982.760 400689.640 5705982.070 400704.688 5705936.280 400706.944 5705937.009 400710.099 5705937.997 400695.614 5705983.064 400692.294 5705982.146 400691.991 5705982.062 </gml:posList>
                </gml:LinearRing>
              </gml:exterior>
            </gml:Polygon>
          </gml:surfaceMember>
        </gml:MultiSurface>
      </xplan:geltungsbereich>
      <xplan:planinhalt xlink:href="#GML_d32e9222-e1c3-4799-97d5-ed71c4603672"/>
      <xplan:planinhalt xlink:href="#GML_618327c7-2735-4e94-8fce-b921184d521c"/>
      <xplan:planinhalt xlink:href="#GML_310290e9-d29e-43e5-9dc2-846784b138d7"/>
      <xplan:praesentationsobjekt xlink:href="#GML_7b31c005-6fae-4a32-88a9-09a5de6d8481"/>
      <xplan:gehoertZuPlan xlink:href="#GML_d8c8a2e5-08d3-4f66-b112-dce1621506cb"/>
    </xplan:BP_Bereich>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_Bereich gml:id="GML_714dac7b-b7e4-4e4d-9d2b-6a85f5b75b46">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:25832">
          <gml:lowerCorner>400528.345 5705897.453</gml:lowerCorner>
          <gml:upperCorner>400559.347 5705920.829</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:nummer>1</xplan:nummer>
      <xplan:geltungsbereich>
        <gml:MultiSurface srsName="EPSG:25832" gml:id="GML_ac0bf5fe-2302-49ff-b3e1-a782a08498d4">
          <gml:surfaceMember>
            <gml:Polygon srsName="EPSG:25832" gml:id="GML_6414ff2f-6464-40a0-8d45-fe5b54fbae23">
              <gml:exterior>
                <gml:LinearRing>
                  <gml:posList srsDimension="2" count="17">400555.477 5705916.876 400550.852 5705917.631 400548.851 5705917.958 400546.208 5705917.153 400537.279 5705914.434 400534.080 5705913.460 400531.029 5705920.829 400528.345 5705919.960 400528.564 5705919.389 400529.731 5705916.090 400530.900 5705912.492 400535.713 5705898.759 400536.161 5705897.453 400559.347 5705904.387 400558.891 5705905.857 400558.460 5705907.248 400555.477 5705916.876 </gml:posList>
                </gml:LinearRing>
              </gml:exterior>
            </gml:Polygon>
          </gml:surfaceMember>
        </gml:MultiSurface>
      </xplan:geltungsbereich>
      <xplan:planinhalt xlink:href="#GML_cd5a4388-11ea-4086-a6e7-464aa1d2f811"/>
      <xplan:gehoertZuPlan xlink:href="#GML_d8c8a2e5-08d3-4f66-b112-dce1621506cb"/>
    </xplan:BP_Bereich>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_Bereich gml:id="GML_15062bcf-08e8-491b-84fc-3f923f9687be">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:25832">
          <gml:lowerCorner>400584.968 5705797.759</gml:lowerCorner>
          <gml:upperCorner>400611.588 5705826.319</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:nummer>2</xplan:nummer>
      <xplan:geltungsbereich>
        <gml:MultiSurface srsName="EPSG:25832" gml:id="GML_2d9e894a-b263-4068-b464-05166aa983a3">
          <gml:surfaceMember>
            <gml:Polygon srsName="EPSG:25832" gml:id="GML_d7ca4f5f-f93a-45d4-97c9-5e90ad6cba9c">
              <gml:exterior>
                <gml:LinearRing>
                  <gml:posList srsDimension="2" count="7">400584.968 5705823.209 400600.971 5705797.759 400611.588 5705800.676 400609.355 5705808.841 400601.285 5705806.651 400588.909 5705826.319 400584.968 5705823.209 </gml:posList>
                </gml:LinearRing>
              </gml:exterior>
            </gml:Polygon>
          </gml:surfaceMember>
        </gml:MultiSurface>
      </xplan:geltungsbereich>
      <xplan:planinhalt xlink:href="#GML_db0eee4a-c4ac-4cd0-8799-1d584440ca2e"/>
      <xplan:gehoertZuPlan xlink:href="#GML_d8c8a2e5-08d3-4f66-b112-dce1621506cb"/>
    </xplan:BP_Bereich>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_Bereich gml:id="GML_4f6c3734-acc8-4412-a75c-b2b9181c3ca4">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:25832">
          <gml:lowerCorner>400746.055 5705892.948</gml:lowerCorner>
          <gml:upperCorner>400764.435 5705936.877</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:nummer>3</xplan:nummer>
      <xplan:geltungsbereich>
        <gml:MultiSurface srsName="EPSG:25832" gml:id="GML_dc2d7855-8653-47c9-bc0c-8e5e4899a627">
          <gml:surfaceMember>
            <gml:Polygon srsName="EPSG:25832" gml:id="GML_616abc4d-a17e-4020-85db-2bd2c5f47123">
              <gml:exterior>
                <gml:LinearRing>
                  <gml:posList srsDimension="2" count="15">400746.055 5705935.119 400754.762 5705909.527 400749.732 5705907.892 400754.587 5705892.948 400764.435 5705896.148 400764.120 5705897.139 400761.910 5705904.099 400761.397 5705905.712 400759.025 5705913.180 400758.986 5705913.304 400757.187 5705918.969 400757.108 5705919.216 400754.330 5705927.963 400751.499 5705936.877 400746.055 5705935.119 </gml:posList>
                </gml:LinearRing>
              </gml:exterior>
            </gml:Polygon>
          </gml:surfaceMember>
        </gml:MultiSurface>
      </xplan:geltungsbereich>
      <xplan:planinhalt xlink:href="#GML_985acd86-d92b-463e-a52c-84ba4c19f900"/>
      <xplan:gehoertZuPlan xlink:href="#GML_d8c8a2e5-08d3-4f66-b112-dce1621506cb"/>
    </xplan:BP_Bereich>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_Bereich gml:id="GML_a05d794f-fe56-4042-89c3-946e43df779b">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:25832">
          <gml:lowerCorner>400775.531 5705896.672</gml:lowerCorner>
          <gml:upperCorner>400796.544 5705950.875</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:nummer>4</xplan:nummer>
      <xplan:geltungsbereich>
        <gml:MultiSurface srsName="EPSG:25832" gml:id="GML_655a4172-1797-49c3-acb7-cccd93981e56">
          <gml:surfaceMember>
            <gml:Polygon srsName="EPSG:25832" gml:id="GML_f02d6341-4939-45c5-8f8a-e51387b63b92">
              <gml:exterior>
                <gml:LinearRing>
                  <gml:posList srsDimension="2" count="17">400775.531 5705948.252 400791.467 5705896.672 400793.931 5705897.369 400796.544 5705898.107 400795.910 5705900.059 400794.262 5705905.276 400792.622 5705910.472 400791.336 5705914.549 400790.912 5705915.801 400788.336 5705923.916 400785.726 5705932.138 400784.049 5705937.422 400782.400 5705942.615 400780.714 5705947.929 400779.778 5705950.875 400777.484 5705949.458 400775.531 5705948.252 </gml:posList>
                </gml:LinearRing>
              </gml:exterior>
            </gml:Polygon>
          </gml:surfaceMember>
        </gml:MultiSurface>
      </xplan:geltungsbereich>
      <xplan:planinhalt xlink:href="#GML_343f1e8f-2f28-4b1c-826c-7ddb004a6f22"/>
      <xplan:planinhalt xlink:href="#GML_f504d7f2-f1bc-4d56-b44b-9d69e0b04ddd"/>
      <xplan:planinhalt xlink:href="#GML_5f240122-cb83-4586-8eac-ecd1432dcf35"/>
      <xplan:planinhalt xlink:href="#GML_33c52fca-aad2-4040-8c1d-0f6378ee6b7f"/>
      <xplan:praesentationsobjekt xlink:href="#GML_ba81fe64-276b-4c60-b512-78226741d8fd"/>
      <xplan:gehoertZuPlan xlink:href="#GML_d8c8a2e5-08d3-4f66-b112-dce1621506cb"/>
    </xplan:BP_Bereich>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_Bereich gml:id="GML_4d21d57a-5556-4783-ab1e-f7d14aa210a4">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:25832">
          <gml:lowerCorner>400724.722 5705945.664</gml:lowerCorner>
          <gml:upperCorner>400743.895 5705990.002</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:nummer>5</xplan:nummer>
      <xplan:planinhalt xlink:href="#GML_372ce893-13b1-40ca-9b34-c927201a9946"/>
      <xplan:planinhalt xlink:href="#GML_97f78e13-e3de-412b-8228-36d97e17c938"/>
      <xplan:planinhalt xlink:href="#GML_55438ed8-adee-463c-807f-a1f8667b7627"/>
      <xplan:planinhalt xlink:href="#GML_16a10510-dc7f-4e89-9e9e-4156efe4e6bc"/>
      <xplan:praesentationsobjekt xlink:href="#GML_4e705f9a-3213-473a-9b88-cdda115697bb"/>
      <xplan:gehoertZuPlan xlink:href="#GML_d8c8a2e5-08d3-4f66-b112-dce1621506cb"/>
    </xplan:BP_Bereich>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_StrassenbegrenzungsLinie gml:id="GML_372ce893-13b1-40ca-9b34-c927201a9946">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:25832">
          <gml:lowerCorner>400727.419 5705946.680</gml:lowerCorner>
          <gml:upperCorner>400743.895 5705990.002</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:gehoertZuBereich xlink:href="#GML_4d21d57a-5556-4783-ab1e-f7d14aa210a4"/>
      <xplan:startBedingung/>
      <xplan:endeBedingung/>
      <xplan:rechtscharakter>1000</xplan:rechtscharakter>
      <xplan:position>
        <gml:Curve srsName="EPSG:25832" gml:id="GML_0731f841-2cc9-420f-a4b6-07e7077c0dfa">
          <gml:segments>
            <gml:LineStringSegment interpolation="linear">
              <gml:posList srsDimension="2" count="9">400741.086 5705946.680 400743.895 5705947.593 400743.647 5705948.356 400738.085 5705965.833 400731.345 5705987.012 400730.393 5705990.002 400728.500 5705989.345 400727.419 5705988.970 400741.086 5705946.680 </gml:posList>
            </gml:LineStringSegment>
          </gml:segments>
        </gml:Curve>
      </xplan:position>
    </xplan:BP_StrassenbegrenzungsLinie>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_StrassenbegrenzungsLinie gml:id="GML_343f1e8f-2f28-4b1c-826c-7ddb004a6f22">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:25832">
          <gml:lowerCorner>400777.484 5705897.369</gml:lowerCorner>
          <gml:upperCorner>400796.544 5705950.875</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:gehoertZuBereich xlink:href="#GML_a05d794f-fe56-4042-89c3-946e43df779b"/>
      <xplan:startBedingung/>
      <xplan:endeBedingung/>
      <xplan:rechtscharakter>1000</xplan:rechtscharakter>
      <xplan:position>
        <gml:Curve srsName="EPSG:25832" gml:id="GML_945f2d01-6dd9-4d1a-a392-b2a29d02f453">
          <gml:segments>
            <gml:LineStringSegment interpolation="linear">
              <gml:posList srsDimension="2" count="15">400793.931 5705897.369 400796.544 5705898.107 400795.910 5705900.059 400794.262 5705905.276 400792.622 5705910.472 400791.336 5705914.549 400790.912 5705915.801 400788.336 5705923.916 400785.726 5705932.138 400784.049 5705937.422 400782.400 5705942.615 400780.714 5705947.929 400779.778 5705950.875 400777.484 5705949.458 400793.931 5705897.369 </gml:posList>
            </gml:LineStringSegment>
          </gml:segments>
        </gml:Curve>
      </xplan:position>
    </xplan:BP_StrassenbegrenzungsLinie>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_BaugebietsTeilFlaeche gml:id="GML_db0eee4a-c4ac-4cd0-8799-1d584440ca2e">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:25832">
          <gml:lowerCorner>400584.968 5705797.759</gml:lowerCorner>
          <gml:upperCorner>400611.588 5705826.319</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:gliederung1>WR</xplan:gliederung1>
      <xplan:ebene>0</xplan:ebene>
      <xplan:gehoertZuBereich xlink:href="#GML_15062bcf-08e8-491b-84fc-3f923f9687be"/>
      <xplan:startBedingung/>
      <xplan:endeBedingung/>
      <xplan:rechtscharakter>1000</xplan:rechtscharakter>
      <xplan:position>
        <gml:Polygon srsName="EPSG:25832" gml:id="GML_212dd2ab-be9c-4ced-97af-c62ddcd697c2">
          <gml:exterior>
            <gml:LinearRing>
              <gml:posList srsDimension="2" count="7">400584.968 5705823.209 400600.971 5705797.759 400611.588 5705800.676 400609.355 5705808.841 400601.285 5705806.651 400588.909 5705826.319 400584.968 5705823.209 </gml:posList>
            </gml:LinearRing>
          </gml:exterior>
        </gml:Polygon>
      </xplan:position>
      <xplan:flaechenschluss>true</xplan:flaechenschluss>
      <xplan:dachgestaltung>
        <xplan:BP_Dachgestaltung>
          <xplan:dachform>1000</xplan:dachform>
        </xplan:BP_Dachgestaltung>
      </xplan:dachgestaltung>
      <xplan:GFZ>1.2</xplan:GFZ>
      <xplan:GRZ>0.4</xplan:GRZ>
      <xplan:Z>6</xplan:Z>
      <xplan:besondereArtDerBaulNutzung>1100</xplan:besondereArtDerBaulNutzung>
      <xplan:bauweise>1000</xplan:bauweise>
    </xplan:BP_BaugebietsTeilFlaeche>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_BaugebietsTeilFlaeche gml:id="GML_f504d7f2-f1bc-4d56-b44b-9d69e0b04ddd">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:25832">
          <gml:lowerCorner>400775.531 5705896.672</gml:lowerCorner>
          <gml:upperCorner>400793.931 5705949.458</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:gliederung1>WR</xplan:gliederung1>
      <xplan:ebene>0</xplan:ebene>
      <xplan:gehoertZuBereich xlink:href="#GML_a05d794f-fe56-4042-89c3-946e43df779b"/>
      <xplan:startBedingung/>
      <xplan:endeBedingung/>
      <xplan:rechtscharakter>1000</xplan:rechtscharakter>
      <xplan:position>
        <gml:Polygon srsName="EPSG:25832" gml:id="GML_35f170eb-cc90-4c3e-be17-d230752dc297">
          <gml:exterior>
            <gml:LinearRing>
              <gml:posList srsDimension="2" count="5">400777.484 5705949.458 400775.531 5705948.252 400791.467 5705896.672 400793.931 5705897.369 400777.484 5705949.458 </gml:posList>
            </gml:LinearRing>
          </gml:exterior>
        </gml:Polygon>
      </xplan:position>
      <xplan:flaechenschluss>true</xplan:flaechenschluss>
      <xplan:dachgestaltung>
        <xplan:BP_Dachgestaltung>
          <xplan:dachform>1000</xplan:dachform>
        </xplan:BP_Dachgestaltung>
      </xplan:dachgestaltung>
      <xplan:GFZ>0.8</xplan:GFZ>
      <xplan:GRZ>0.4</xplan:GRZ>
      <xplan:Z>2</xplan:Z>
      <xplan:besondereArtDerBaulNutzung>1100</xplan:besondereArtDerBaulNutzung>
      <xplan:bauweise>1000</xplan:bauweise>
    </xplan:BP_BaugebietsTeilFlaeche>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_GruenFlaeche gml:id="GML_cd5a4388-11ea-4086-a6e7-464aa1d2f811">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:25832">
          <gml:lowerCorner>400528.345 5705897.453</gml:lowerCorner>
          <gml:upperCorner>400559.347 5705920.829</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:text>Gärtnerische Anlage</xplan:text>
      <xplan:ebene>0</xplan:ebene>
      <xplan:gehoertZuBereich xlink:href="#GML_714dac7b-b7e4-4e4d-9d2b-6a85f5b75b46"/>
      <xplan:startBedingung/>
      <xplan:rechtscharakter>1000</xplan:rechtscharakter>
      <xplan:position>
        <gml:Polygon srsName="EPSG:25832" gml:id="GML_7aa2fe58-4740-4638-9a00-199880dc980d">
          <gml:exterior>
            <gml:LinearRing>
              <gml:posList srsDimension="2" count="17">400555.477 5705916.876 400550.852 5705917.631 400548.851 5705917.958 400546.208 5705917.153 400537.279 5705914.434 400534.080 5705913.460 400531.029 5705920.829 400528.345 5705919.960 400528.564 5705919.389 400529.731 5705916.090 400530.900 5705912.492 400535.713 5705898.759 400536.161 5705897.453 400559.347 5705904.387 400558.891 5705905.857 400558.460 5705907.248 400555.477 5705916.876 </gml:posList>
            </gml:LinearRing>
          </gml:exterior>
        </gml:Polygon>
      </xplan:position>
      <xplan:flaechenschluss>true</xplan:flaechenschluss>
      <xplan:zweckbestimmung>9999</xplan:zweckbestimmung>
      <xplan:nutzungsform>2000</xplan:nutzungsform>
    </xplan:BP_GruenFlaeche>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_VerkehrsflaecheBesondererZweckbestimmung gml:id="GML_d32e9222-e1c3-4799-97d5-ed71c4603672">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:25832">
          <gml:lowerCorner>400692.294 5705937.009</gml:lowerCorner>
          <gml:upperCorner>400710.099 5705983.064</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:ebene>0</xplan:ebene>
      <xplan:gehoertZuBereich xlink:href="#GML_133f264f-3077-444a-873a-2ee3c5634431"/>
      <xplan:wirdDargestelltDurch xlink:href="#GML_7b31c005-6fae-4a32-88a9-09a5de6d8481"/>
      <xplan:startBedingung/>
      <xplan:endeBedingung/>
      <xplan:rechtscharakter>1000</xplan:rechtscharakter>
      <xplan:position>
        <gml:Polygon srsName="EPSG:25832" gml:id="GML_795cdae2-8f8f-4fc4-beb3-537471c8aa07">
          <gml:exterior>
            <gml:LinearRing>
              <gml:posList srsDimension="2" count="5">400706.944 5705937.009 400710.099 5705937.997 400695.614 5705983.064 400692.294 5705982.146 400706.944 5705937.009 </gml:posList>
            </gml:LinearRing>
          </gml:exterior>
        </gml:Polygon>
      </xplan:position>
      <xplan:flaechenschluss>true</xplan:flaechenschluss>
      <xplan:zweckbestimmung>1500</xplan:zweckbestimmung>
      <xplan:nutzungsform>2000</xplan:nutzungsform>
    </xplan:BP_VerkehrsflaecheBesondererZweckbestimmung>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_Wegerecht gml:id="GML_97f78e13-e3de-412b-8228-36d97e17c938">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:25832">
          <gml:lowerCorner>400724.722 5705945.664</gml:lowerCorner>
          <gml:upperCorner>400741.086 5705989.600</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:gehoertZuBereich xlink:href="#GML_4d21d57a-5556-4783-ab1e-f7d14aa210a4"/>
      <xplan:startBedingung/>
      <xplan:endeBedingung/>
      <xplan:rechtscharakter>1000</xplan:rechtscharakter>
      <xplan:refTextInhalt xlink:href="#GML_70cade96-2eb4-4619-b9d6-c84fff505250"/>
      <xplan:position>
        <gml:Polygon srsName="EPSG:25832" gml:id="GML_05d5a9a7-5b9a-4ebf-9859-0ca693b00010">
          <gml:exterior>
            <gml:LinearRing>
              <gml:posList srsDimension="2" count="7">400727.419 5705988.970 400726.620 5705988.693 400726.332 5705989.600 400724.722 5705989.140 400737.959 5705945.664 400741.086 5705946.680 400727.419 5705988.970 </gml:posList>
            </gml:LinearRing>
          </gml:exterior>
        </gml:Polygon>
      </xplan:position>
      <xplan:flaechenschluss>false</xplan:flaechenschluss>
      <xplan:typ>4000</xplan:typ>
      <xplan:zugunstenVon>VEW</xplan:zugunstenVon>
      <xplan:istSchmal>true</xplan:istSchmal>
    </xplan:BP_Wegerecht>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_BaugebietsTeilFlaeche gml:id="GML_618327c7-2735-4e94-8fce-b921184d521c">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:25832">
          <gml:lowerCorner>400689.640 5705936.280</gml:lowerCorner>
          <gml:upperCorner>400706.944 5705982.760</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:gliederung1>WR</xplan:gliederung1>
      <xplan:ebene>0</xplan:ebene>
      <xplan:gehoertZuBereich xlink:href="#GML_133f264f-3077-444a-873a-2ee3c5634431"/>
      <xplan:startBedingung/>
      <xplan:endeBedingung/>
      <xplan:rechtscharakter>1000</xplan:rechtscharakter>
      <xplan:position>
        <gml:Polygon srsName="EPSG:25832" gml:id="GML_83d5d436-df34-41b4-9549-90c9addbf723">
          <gml:exterior>
            <gml:LinearRing>
              <gml:posList srsDimension="2" count="7">400692.294 5705982.146 400691.991 5705982.062 400691.764 5705982.760 400689.640 5705982.070 400704.688 5705936.280 400706.944 5705937.009 400692.294 5705982.146 </gml:posList>
            </gml:LinearRing>
          </gml:exterior>
        </gml:Polygon>
      </xplan:position>
      <xplan:flaechenschluss>true</xplan:flaechenschluss>
      <xplan:dachgestaltung>
        <xplan:BP_Dachgestaltung>
          <xplan:dachform>1000</xplan:dachform>
        </xplan:BP_Dachgestaltung>
      </xplan:dachgestaltung>
      <xplan:GFZ>0.8</xplan:GFZ>
      <xplan:GRZ>0.4</xplan:GRZ>
      <xplan:Z>2</xplan:Z>
      <xplan:besondereArtDerBaulNutzung>1100</xplan:besondereArtDerBaulNutzung>
      <xplan:bauweise>1000</xplan:bauweise>
    </xplan:BP_BaugebietsTeilFlaeche>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_StrassenbegrenzungsLinie gml:id="GML_310290e9-d29e-43e5-9dc2-846784b138d7">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:25832">
          <gml:lowerCorner>400692.294 5705937.009</gml:lowerCorner>
          <gml:upperCorner>400710.099 5705983.064</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:gehoertZuBereich xlink:href="#GML_133f264f-3077-444a-873a-2ee3c5634431"/>
      <xplan:startBedingung/>
      <xplan:endeBedingung/>
      <xplan:rechtscharakter>1000</xplan:rechtscharakter>
      <xplan:position>
        <gml:Curve srsName="EPSG:25832" gml:id="GML_dfd1a915-f400-4b5f-aeb8-8b32e19de35a">
          <gml:segments>
            <gml:LineStringSegment interpolation="linear">
              <gml:posList srsDimension="2" count="5">400706.944 5705937.009 400710.099 5705937.997 400695.614 5705983.064 400692.294 5705982.146 400706.944 5705937.009 </gml:posList>
            </gml:LineStringSegment>
          </gml:segments>
        </gml:Curve>
      </xplan:position>
    </xplan:BP_StrassenbegrenzungsLinie>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_VerkehrsflaecheBesondererZweckbestimmung gml:id="GML_55438ed8-adee-463c-807f-a1f8667b7627">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:25832">
          <gml:lowerCorner>400727.419 5705946.680</gml:lowerCorner>
          <gml:upperCorner>400743.895 5705990.002</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:ebene>0</xplan:ebene>
      <xplan:gehoertZuBereich xlink:href="#GML_4d21d57a-5556-4783-ab1e-f7d14aa210a4"/>
      <xplan:wirdDargestelltDurch xlink:href="#GML_4e705f9a-3213-473a-9b88-cdda115697bb"/>
      <xplan:startBedingung/>
      <xplan:endeBedingung/>
      <xplan:rechtscharakter>1000</xplan:rechtscharakter>
      <xplan:position>
        <gml:Polygon srsName="EPSG:25832" gml:id="GML_b090714e-0464-4407-a11c-6835498a2035">
          <gml:exterior>
            <gml:LinearRing>
              <gml:posList srsDimension="2" count="9">400741.086 5705946.680 400743.895 5705947.593 400743.647 5705948.356 400738.085 5705965.833 400731.345 5705987.012 400730.393 5705990.002 400728.500 5705989.345 400727.419 5705988.970 400741.086 5705946.680 </gml:posList>
            </gml:LinearRing>
          </gml:exterior>
        </gml:Polygon>
      </xplan:position>
      <xplan:flaechenschluss>true</xplan:flaechenschluss>
      <xplan:zweckbestimmung>1500</xplan:zweckbestimmung>
      <xplan:nutzungsform>2000</xplan:nutzungsform>
    </xplan:BP_VerkehrsflaecheBesondererZweckbestimmung>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_BaugebietsTeilFlaeche gml:id="GML_16a10510-dc7f-4e89-9e9e-4156efe4e6bc">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:25832">
          <gml:lowerCorner>400724.722 5705945.664</gml:lowerCorner>
          <gml:upperCorner>400741.086 5705989.600</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:gliederung1>WR</xplan:gliederung1>
      <xplan:ebene>0</xplan:ebene>
      <xplan:gehoertZuBereich xlink:href="#GML_4d21d57a-5556-4783-ab1e-f7d14aa210a4"/>
      <xplan:startBedingung/>
      <xplan:endeBedingung/>
      <xplan:rechtscharakter>1000</xplan:rechtscharakter>
      <xplan:position>
        <gml:Polygon srsName="EPSG:25832" gml:id="GML_e4f482fa-6003-450a-86ba-347decec3ab2">
          <gml:exterior>
            <gml:LinearRing>
              <gml:posList srsDimension="2" count="7">400727.419 5705988.970 400726.620 5705988.693 400726.332 5705989.600 400724.722 5705989.140 400737.959 5705945.664 400741.086 5705946.680 400727.419 5705988.970 </gml:posList>
            </gml:LinearRing>
          </gml:exterior>
        </gml:Polygon>
      </xplan:position>
      <xplan:flaechenschluss>true</xplan:flaechenschluss>
      <xplan:dachgestaltung>
        <xplan:BP_Dachgestaltung>
          <xplan:dachform>1000</xplan:dachform>
        </xplan:BP_Dachgestaltung>
      </xplan:dachgestaltung>
      <xplan:GFZ>0.8</xplan:GFZ>
      <xplan:GRZ>0.4</xplan:GRZ>
      <xplan:Z>2</xplan:Z>
      <xplan:besondereArtDerBaulNutzung>1100</xplan:besondereArtDerBaulNutzung>
      <xplan:bauweise>1000</xplan:bauweise>
    </xplan:BP_BaugebietsTeilFlaeche>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_VerkehrsflaecheBesondererZweckbestimmung gml:id="GML_5f240122-cb83-4586-8eac-ecd1432dcf35">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:25832">
          <gml:lowerCorner>400777.484 5705897.369</gml:lowerCorner>
          <gml:upperCorner>400796.544 5705950.875</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:ebene>0</xplan:ebene>
      <xplan:gehoertZuBereich xlink:href="#GML_a05d794f-fe56-4042-89c3-946e43df779b"/>
      <xplan:wirdDargestelltDurch xlink:href="#GML_ba81fe64-276b-4c60-b512-78226741d8fd"/>
      <xplan:startBedingung/>
      <xplan:endeBedingung/>
      <xplan:rechtscharakter>1000</xplan:rechtscharakter>
      <xplan:position>
        <gml:Polygon srsName="EPSG:25832" gml:id="GML_7582692e-21fb-4261-a7f5-880fbd48a1da">
          <gml:exterior>
            <gml:LinearRing>
              <gml:posList srsDimension="2" count="15">400793.931 5705897.369 400796.544 5705898.107 400795.910 5705900.059 400794.262 5705905.276 400792.622 5705910.472 400791.336 5705914.549 400790.912 5705915.801 400788.336 5705923.916 400785.726 5705932.138 400784.049 5705937.422 400782.400 5705942.615 400780.714 5705947.929 400779.778 5705950.875 400777.484 5705949.458 400793.931 5705897.369 </gml:posList>
            </gml:LinearRing>
          </gml:exterior>
        </gml:Polygon>
      </xplan:position>
      <xplan:flaechenschluss>true</xplan:flaechenschluss>
      <xplan:zweckbestimmung>1500</xplan:zweckbestimmung>
      <xplan:nutzungsform>2000</xplan:nutzungsform>
    </xplan:BP_VerkehrsflaecheBesondererZweckbestimmung>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_BaugebietsTeilFlaeche gml:id="GML_985acd86-d92b-463e-a52c-84ba4c19f900">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:25832">
          <gml:lowerCorner>400746.055 5705892.948</gml:lowerCorner>
          <gml:upperCorner>400764.435 5705936.877</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:gliederung1>WR</xplan:gliederung1>
      <xplan:ebene>0</xplan:ebene>
      <xplan:gehoertZuBereich xlink:href="#GML_4f6c3734-acc8-4412-a75c-b2b9181c3ca4"/>
      <xplan:startBedingung/>
      <xplan:endeBedingung/>
      <xplan:rechtscharakter>1000</xplan:rechtscharakter>
      <xplan:position>
        <gml:Polygon srsName="EPSG:25832" gml:id="GML_3036733f-f08d-425b-8255-10f2aefb4830">
          <gml:exterior>
            <gml:LinearRing>
              <gml:posList srsDimension="2" count="15">400746.055 5705935.119 400754.762 5705909.527 400749.732 5705907.892 400754.587 5705892.948 400764.435 5705896.148 400764.120 5705897.139 400761.910 5705904.099 400761.397 5705905.712 400759.025 5705913.180 400758.986 5705913.304 400757.187 5705918.969 400757.108 5705919.216 400754.330 5705927.963 400751.499 5705936.877 400746.055 5705935.119 </gml:posList>
            </gml:LinearRing>
          </gml:exterior>
        </gml:Polygon>
      </xplan:position>
      <xplan:flaechenschluss>true</xplan:flaechenschluss>
      <xplan:dachgestaltung>
        <xplan:BP_Dachgestaltung>
          <xplan:dachform>1000</xplan:dachform>
        </xplan:BP_Dachgestaltung>
      </xplan:dachgestaltung>
      <xplan:GFZ>0.8</xplan:GFZ>
      <xplan:GRZ>0.4</xplan:GRZ>
      <xplan:Z>2</xplan:Z>
      <xplan:besondereArtDerBaulNutzung>1100</xplan:besondereArtDerBaulNutzung>
      <xplan:bauweise>1000</xplan:bauweise>
    </xplan:BP_BaugebietsTeilFlaeche>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_Wegerecht gml:id="GML_33c52fca-aad2-4040-8c1d-0f6378ee6b7f">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:25832">
          <gml:lowerCorner>400775.531 5705896.672</gml:lowerCorner>
          <gml:upperCorner>400793.931 5705949.458</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:gehoertZuBereich xlink:href="#GML_a05d794f-fe56-4042-89c3-946e43df779b"/>
      <xplan:startBedingung/>
      <xplan:endeBedingung/>
      <xplan:rechtscharakter>1000</xplan:rechtscharakter>
      <xplan:refTextInhalt xlink:href="#GML_70cade96-2eb4-4619-b9d6-c84fff505250"/>
      <xplan:position>
        <gml:Polygon srsName="EPSG:25832" gml:id="GML_bfe6c1ca-825a-40e2-ab7b-ad6b77999fc0">
          <gml:exterior>
            <gml:LinearRing>
              <gml:posList srsDimension="2" count="5">400777.484 5705949.458 400775.531 5705948.252 400791.467 5705896.672 400793.931 5705897.369 400777.484 5705949.458 </gml:posList>
            </gml:LinearRing>
          </gml:exterior>
        </gml:Polygon>
      </xplan:position>
      <xplan:flaechenschluss>false</xplan:flaechenschluss>
      <xplan:typ>4000</xplan:typ>
      <xplan:zugunstenVon>VEW</xplan:zugunstenVon>
      <xplan:istSchmal>true</xplan:istSchmal>
    </xplan:BP_Wegerecht>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_TextAbschnitt gml:id="GML_650c4a3a-46ba-4b11-ab6f-f5105d87964f">
      <xplan:text>Textliche Festsetzungen Leitungsrechte....</xplan:text>
      <xplan:rechtscharakter>1000</xplan:rechtscharakter>
    </xplan:BP_TextAbschnitt>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:XP_PPO gml:id="GML_ba81fe64-276b-4c60-b512-78226741d8fd">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:25832">
          <gml:lowerCorner>400789.234 5705916.725</gml:lowerCorner>
          <gml:upperCorner>400790.234 5705916.725</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:art>zweckbestimmung[0]</xplan:art>
      <xplan:index>0</xplan:index>
      <xplan:gehoertZuBereich xlink:href="#GML_a05d794f-fe56-4042-89c3-946e43df779b"/>
      <xplan:dientZurDarstellungVon xlink:href="#GML_5f240122-cb83-4586-8eac-ecd1432dcf35"/>
      <xplan:position>
        <gml:Point srsName="EPSG:25832" gml:id="GML_cb19e8b8-1656-40e4-876d-e5f1ec4a221a">
          <gml:pos>400789.234 5705916.725</gml:pos>
        </gml:Point>
      </xplan:position>
      <xplan:drehwinkel uom="grad">0.0</xplan:drehwinkel>
      <xplan:skalierung>1.0</xplan:skalierung>
    </xplan:XP_PPO>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:XP_PPO gml:id="GML_4e705f9a-3213-473a-9b88-cdda115697bb">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:25832">
          <gml:lowerCorner>400729.447 5705987.798</gml:lowerCorner>
          <gml:upperCorner>400730.447 5705987.798</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:art>zweckbestimmung[0]</xplan:art>
      <xplan:index>0</xplan:index>
      <xplan:gehoertZuBereich xlink:href="#GML_4d21d57a-5556-4783-ab1e-f7d14aa210a4"/>
      <xplan:dientZurDarstellungVon xlink:href="#GML_55438ed8-adee-463c-807f-a1f8667b7627"/>
      <xplan:position>
        <gml:Point srsName="EPSG:25832" gml:id="GML_881c8d43-c1da-4f1b-8935-795cad6c98ea">
          <gml:pos>400729.447 5705987.798</gml:pos>
        </gml:Point>
      </xplan:position>
      <xplan:drehwinkel uom="grad">0.0</xplan:drehwinkel>
      <xplan:skalierung>1.0</xplan:skalierung>
    </xplan:XP_PPO>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_TextAbschnitt gml:id="GML_70cade96-2eb4-4619-b9d6-c84fff505250">
      <xplan:schluessel>§1.4</xplan:schluessel>
      <xplan:text>4. Leitungsrechte (§ 9 Abs. 1 Nr. 11 BauGB)...</xplan:text>
      <xplan:rechtscharakter>1000</xplan:rechtscharakter>
    </xplan:BP_TextAbschnitt>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:XP_PPO gml:id="GML_7b31c005-6fae-4a32-88a9-09a5de6d8481">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:25832">
          <gml:lowerCorner>400694.182 5705981.093</gml:lowerCorner>
          <gml:upperCorner>400695.182 5705981.093</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:art>zweckbestimmung[0]</xplan:art>
      <xplan:index>0</xplan:index>
      <xplan:gehoertZuBereich xlink:href="#GML_133f264f-3077-444a-873a-2ee3c5634431"/>
      <xplan:dientZurDarstellungVon xlink:href="#GML_d32e9222-e1c3-4799-97d5-ed71c4603672"/>
      <xplan:position>
        <gml:Point srsName="EPSG:25832" gml:id="GML_59f22a21-f2dc-48eb-88c9-589ae326c01f">
          <gml:pos>400694.182 5705981.093</gml:pos>
        </gml:Point>
      </xplan:position>
      <xplan:drehwinkel uom="grad">0.0</xplan:drehwinkel>
      <xplan:skalierung>1.0</xplan:skalierung>
    </xplan:XP_PPO>
  </gml:featureMember>
</xplan:XPlanAuszug>
