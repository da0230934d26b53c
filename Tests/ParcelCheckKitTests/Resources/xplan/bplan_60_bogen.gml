<?xml version="1.0" encoding="UTF-8"?>
<!--
  Test fixture written for GeoTraffic (not taken from any published plan).
  XPlanGML 6.0, EPSG:25832 in URN form. Plan "Nr. 902 Bogenweg", one BaugebietsTeilFlaeche (WR, 1100) whose
  boundary is a gml:Curve:
    exterior  square x 594 200 … 594 300, y 5 900 500 … 5 900 600 whose north side is replaced by a gml:Arc
              through (594 250, 5 900 620): a circular segment with chord c = 100 m and height h = 20 m,
              radius r = (c²/4 + h²) / 2h = 72.5 m, centre (594 250, 5 900 547.5);
              segment area r²·acos((r − h)/r) − (r − h)·√(2rh − h²) = 1 375.0733 m²
    interior  a full circle of radius 20 m around (594 250, 5 900 550) as one gml:ArcString of two half
              circles (clockwise): π·20² = 1 256.6371 m²
    area      10 000 + 1 375.0733 − 1 256.6371 = 10 118.4362 m²
-->
<xplan:XPlanAuszug xmlns:xplan="http://www.xplanung.de/xplangml/6/0"
    xmlns:gml="http://www.opengis.net/gml/3.2"
    xmlns:xlink="http://www.w3.org/1999/xlink"
    gml:id="GT_AUSZUG_902">
  <gml:featureMember>
    <xplan:BP_Plan gml:id="GT_PLAN_902">
      <xplan:name>Nr. 902 Bogenweg</xplan:name>
      <xplan:nummer>902-A</xplan:nummer>
      <xplan:raeumlicherGeltungsbereich>
        <gml:Polygon srsName="urn:ogc:def:crs:EPSG::25832" gml:id="GT_PLAN_902_GB">
          <gml:exterior>
            <gml:LinearRing>
              <gml:posList srsDimension="2">594190 5900490 594310 5900490 594310 5900630 594190 5900630 594190 5900490</gml:posList>
            </gml:LinearRing>
          </gml:exterior>
        </gml:Polygon>
      </xplan:raeumlicherGeltungsbereich>
      <xplan:planArt>1000</xplan:planArt>
      <xplan:rechtsstand>3000</xplan:rechtsstand>
      <xplan:bereich xlink:href="#GT_BEREICH_902_0"/>
    </xplan:BP_Plan>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_Bereich gml:id="GT_BEREICH_902_0">
      <xplan:nummer>0</xplan:nummer>
      <xplan:planinhalt xlink:href="#GT_TF_902_WR"/>
      <xplan:gehoertZuPlan xlink:href="#GT_PLAN_902"/>
    </xplan:BP_Bereich>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_BaugebietsTeilFlaeche gml:id="GT_TF_902_WR">
      <xplan:rechtscharakter>1000</xplan:rechtscharakter>
      <xplan:gehoertZuBereich xlink:href="#GT_BEREICH_902_0"/>
      <xplan:position>
        <gml:Polygon srsName="urn:ogc:def:crs:EPSG::25832" gml:id="GT_TF_902_WR_G">
          <gml:exterior>
            <gml:Ring>
              <gml:curveMember>
                <gml:Curve gml:id="GT_TF_902_WR_G_E">
                  <gml:segments>
                    <gml:LineStringSegment interpolation="linear">
                      <gml:posList srsDimension="2">594200 5900500 594300 5900500 594300 5900600</gml:posList>
                    </gml:LineStringSegment>
                    <gml:Arc interpolation="circularArc3Points">
                      <gml:posList srsDimension="2">594300 5900600 594250 5900620 594200 5900600</gml:posList>
                    </gml:Arc>
                    <gml:LineStringSegment interpolation="linear">
                      <gml:posList srsDimension="2">594200 5900600 594200 5900500</gml:posList>
                    </gml:LineStringSegment>
                  </gml:segments>
                </gml:Curve>
              </gml:curveMember>
            </gml:Ring>
          </gml:exterior>
          <gml:interior>
            <gml:Ring>
              <gml:curveMember>
                <gml:Curve gml:id="GT_TF_902_WR_G_I">
                  <gml:segments>
                    <gml:ArcString interpolation="circularArc3Points">
                      <gml:posList srsDimension="2">594270 5900550 594250 5900530 594230 5900550 594250 5900570 594270 5900550</gml:posList>
                    </gml:ArcString>
                  </gml:segments>
                </gml:Curve>
              </gml:curveMember>
            </gml:Ring>
          </gml:interior>
        </gml:Polygon>
      </xplan:position>
      <xplan:flaechenschluss>true</xplan:flaechenschluss>
      <xplan:GFZ>0.6</xplan:GFZ>
      <xplan:GRZ>0.3</xplan:GRZ>
      <xplan:Z>2</xplan:Z>
      <xplan:allgArtDerBaulNutzung>1000</xplan:allgArtDerBaulNutzung>
      <xplan:besondereArtDerBaulNutzung>1100</xplan:besondereArtDerBaulNutzung>
    </xplan:BP_BaugebietsTeilFlaeche>
  </gml:featureMember>
</xplan:XPlanAuszug>
