<?xml version="1.0" encoding="UTF-8"?>
<!--
  Test fixture written for GeoTraffic (not taken from any published plan).
  XPlanGML 5.4, EPSG:25832. Plan "Nr. 901 Am Testfeld" with one Bereich and two BaugebietsTeilFlaechen:
    Geltungsbereich  x 593 900 … 594 100, y 5 900 500 … 5 900 700   200 m × 200 m = 40 000 m²
    WA (1200)        x 593 900 … 594 000, y 5 900 500 … 5 900 700   100 m × 200 m = 20 000 m²  (gml:Polygon)
    MI (1500)        x 594 000 … 594 100, y 5 900 500 … 5 900 650   100 m × 150 m = 15 000 m²  (gml:Surface)
  The WA area covers the sample parcel "Lüneburg 12 45/3" (x 593 939 … 593 968, y 5 900 554 … 5 900 591).
-->
<xplan:XPlanAuszug xmlns:xplan="http://www.xplanung.de/xplangml/5/4"
    xmlns:gml="http://www.opengis.net/gml/3.2"
    xmlns:xlink="http://www.w3.org/1999/xlink"
    xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
    gml:id="GT_AUSZUG_901">
  <gml:boundedBy>
    <gml:Envelope srsName="EPSG:25832">
      <gml:lowerCorner>593900 5900500</gml:lowerCorner>
      <gml:upperCorner>594100 5900700</gml:upperCorner>
    </gml:Envelope>
  </gml:boundedBy>
  <gml:featureMember>
    <xplan:BP_Plan gml:id="GT_PLAN_901">
      <xplan:name>Nr. 901 Am Testfeld</xplan:name>
      <xplan:nummer>901</xplan:nummer>
      <xplan:raeumlicherGeltungsbereich>
        <gml:MultiSurface srsName="EPSG:25832" gml:id="GT_PLAN_901_GB">
          <gml:surfaceMember>
            <gml:Polygon gml:id="GT_PLAN_901_GB_1">
              <gml:exterior>
                <gml:LinearRing>
                  <gml:posList srsDimension="2" count="5">593900 5900500 594100 5900500 594100 5900700 593900 5900700 593900 5900500</gml:posList>
                </gml:LinearRing>
              </gml:exterior>
            </gml:Polygon>
          </gml:surfaceMember>
        </gml:MultiSurface>
      </xplan:raeumlicherGeltungsbereich>
      <xplan:gemeinde>
        <xplan:XP_Gemeinde>
          <xplan:ags>03355022</xplan:ags>
          <xplan:gemeindeName>Lüneburg</xplan:gemeindeName>
        </xplan:XP_Gemeinde>
      </xplan:gemeinde>
      <xplan:planArt>1000</xplan:planArt>
      <xplan:rechtsstand>4000</xplan:rechtsstand>
      <xplan:inkrafttretensDatum>2021-03-15</xplan:inkrafttretensDatum>
      <xplan:bereich xlink:href="#GT_BEREICH_901_0"/>
    </xplan:BP_Plan>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_Bereich gml:id="GT_BEREICH_901_0">
      <xplan:nummer>0</xplan:nummer>
      <xplan:geltungsbereich>
        <gml:Polygon srsName="EPSG:25832" gml:id="GT_BEREICH_901_0_GB">
          <gml:exterior>
            <gml:LinearRing>
              <gml:posList srsDimension="2">593900 5900500 594100 5900500 594100 5900700 593900 5900700 593900 5900500</gml:posList>
            </gml:LinearRing>
          </gml:exterior>
        </gml:Polygon>
      </xplan:geltungsbereich>
      <xplan:planinhalt xlink:href="#GT_TF_901_WA"/>
      <xplan:planinhalt xlink:href="#GT_TF_901_MI"/>
      <xplan:gehoertZuPlan xlink:href="#GT_PLAN_901"/>
    </xplan:BP_Bereich>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_BaugebietsTeilFlaeche gml:id="GT_TF_901_WA">
      <xplan:rechtscharakter>1000</xplan:rechtscharakter>
      <xplan:gehoertZuBereich xlink:href="#GT_BEREICH_901_0"/>
      <xplan:position>
        <gml:Polygon srsName="EPSG:25832" gml:id="GT_TF_901_WA_G">
          <gml:exterior>
            <gml:LinearRing>
              <gml:posList srsDimension="2" count="5">593900 5900500 594000 5900500 594000 5900700 593900 5900700 593900 5900500</gml:posList>
            </gml:LinearRing>
          </gml:exterior>
        </gml:Polygon>
      </xplan:position>
      <xplan:flaechenschluss>true</xplan:flaechenschluss>
      <xplan:GFZ>0.8</xplan:GFZ>
      <xplan:GRZ>0.4</xplan:GRZ>
      <xplan:Z>2</xplan:Z>
      <xplan:allgArtDerBaulNutzung>1000</xplan:allgArtDerBaulNutzung>
      <xplan:besondereArtDerBaulNutzung>1200</xplan:besondereArtDerBaulNutzung>
      <xplan:bauweise>1000</xplan:bauweise>
    </xplan:BP_BaugebietsTeilFlaeche>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_BaugebietsTeilFlaeche gml:id="GT_TF_901_MI">
      <xplan:rechtscharakter>1000</xplan:rechtscharakter>
      <xplan:gehoertZuBereich xlink:href="#GT_BEREICH_901_0"/>
      <xplan:position>
        <gml:Surface srsName="EPSG:25832" gml:id="GT_TF_901_MI_G">
          <gml:patches>
            <gml:PolygonPatch>
              <gml:exterior>
                <gml:LinearRing>
                  <gml:pos>594000 5900500</gml:pos>
                  <gml:pos>594100 5900500</gml:pos>
                  <gml:pos>594100 5900650</gml:pos>
                  <gml:pos>594000 5900650</gml:pos>
                  <gml:pos>594000 5900500</gml:pos>
                </gml:LinearRing>
              </gml:exterior>
            </gml:PolygonPatch>
          </gml:patches>
        </gml:Surface>
      </xplan:position>
      <xplan:flaechenschluss>true</xplan:flaechenschluss>
      <xplan:GFZ>1.2</xplan:GFZ>
      <xplan:GRZ>0.6</xplan:GRZ>
      <xplan:Z>3</xplan:Z>
      <xplan:allgArtDerBaulNutzung>2000</xplan:allgArtDerBaulNutzung>
      <xplan:besondereArtDerBaulNutzung>1500</xplan:besondereArtDerBaulNutzung>
    </xplan:BP_BaugebietsTeilFlaeche>
  </gml:featureMember>
</xplan:XPlanAuszug>
