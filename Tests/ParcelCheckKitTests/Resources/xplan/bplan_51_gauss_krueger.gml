<?xml version="1.0" encoding="UTF-8"?>
<!--
  Test fixture written for GeoTraffic (not taken from any published plan).
  XPlanGML 5.1 in Gauss-Krüger zone 3, srsName="EPSG:31467" with easting (Rechtswert) first, as XPlanGML
  producers write the short EPSG form. One GE (1700) BaugebietsTeilFlaeche, a GK rectangle
  R 3 593 600 … 3 593 700, H 5 902 200 … 5 902 300; no Z, no inkrafttretensDatum (a draft plan).
  Reference corners in EPSG:25832 from PROJ 9.1.1 with the BETA2007 grid (cs2cs takes northing first for 31467):
    echo "5902200 3593600" | cs2cs EPSG:31467 EPSG:25832 -f "%.4f"   →   593491.8438 5900278.1626
    echo "5902200 3593700" | …                                       →   593591.8041 5900278.1609
    echo "5902300 3593700" | …                                       →   593591.8054 5900378.1210
    echo "5902300 3593600" | …                                       →   593491.8452 5900378.1226
-->
<XPlanAuszug xmlns="http://www.xplanung.de/xplangml/5/1"
    xmlns:gml="http://www.opengis.net/gml/3.2"
    xmlns:xlink="http://www.w3.org/1999/xlink"
    gml:id="GT_AUSZUG_903">
  <gml:boundedBy>
    <gml:Envelope srsName="EPSG:31467">
      <gml:lowerCorner>3593590 5902190</gml:lowerCorner>
      <gml:upperCorner>3593710 5902310</gml:upperCorner>
    </gml:Envelope>
  </gml:boundedBy>
  <gml:featureMember>
    <BP_Plan gml:id="GT_PLAN_903">
      <name>Nr. 903 Gewerbe Altes Feld</name>
      <nummer>903</nummer>
      <raeumlicherGeltungsbereich>
        <gml:Polygon srsName="EPSG:31467" gml:id="GT_PLAN_903_GB">
          <gml:exterior>
            <gml:LinearRing>
              <gml:posList>3593590 5902190 3593710 5902190 3593710 5902310 3593590 5902310 3593590 5902190</gml:posList>
            </gml:LinearRing>
          </gml:exterior>
        </gml:Polygon>
      </raeumlicherGeltungsbereich>
      <planArt>1000</planArt>
      <rechtsstand>2000</rechtsstand>
      <bereich xlink:href="#GT_BEREICH_903_0"/>
    </BP_Plan>
  </gml:featureMember>
  <gml:featureMember>
    <BP_Bereich gml:id="GT_BEREICH_903_0">
      <nummer>0</nummer>
      <gehoertZuPlan xlink:href="#GT_PLAN_903"/>
    </BP_Bereich>
  </gml:featureMember>
  <gml:featureMember>
    <BP_BaugebietsTeilFlaeche gml:id="GT_TF_903_GE">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:31467">
          <gml:lowerCorner>3593600 5902200</gml:lowerCorner>
          <gml:upperCorner>3593700 5902300</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <gehoertZuBereich xlink:href="#GT_BEREICH_903_0"/>
      <rechtscharakter>1000</rechtscharakter>
      <position>
        <gml:Polygon srsName="EPSG:31467" gml:id="GT_TF_903_GE_G">
          <gml:exterior>
            <gml:LinearRing>
              <gml:posList srsDimension="2" count="5">3593600 5902200 3593700 5902200 3593700 5902300 3593600 5902300 3593600 5902200</gml:posList>
            </gml:LinearRing>
          </gml:exterior>
        </gml:Polygon>
      </position>
      <flaechenschluss>true</flaechenschluss>
      <GFZ>1.6</GFZ>
      <GRZ>0.8</GRZ>
      <allgArtDerBaulNutzung>3000</allgArtDerBaulNutzung>
      <besondereArtDerBaulNutzung>1700</besondereArtDerBaulNutzung>
    </BP_BaugebietsTeilFlaeche>
  </gml:featureMember>
</XPlanAuszug>
