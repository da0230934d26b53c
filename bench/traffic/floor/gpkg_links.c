/* Starts, registers GDAL and writes a GeoPackage shaped like flowsim's links.gpkg: one line layer in
 * EPSG:32633 with 3 text, 7 real and 2 integer fields, N features of 5 vertices, in one transaction.
 * OUT ending in .geojson writes GeoJSON instead (flowsim's other map-layer format).
 * Usage: gpkg_links OUT.gpkg N   (prints the register and create+write times in ms) */
#include <cpl_conv.h>
#include <gdal.h>
#include <ogr_api.h>
#include <ogr_srs_api.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

static double now(void) {
  struct timespec t;
  clock_gettime(CLOCK_MONOTONIC, &t);
  return t.tv_sec + t.tv_nsec * 1e-9;
}

static void add_field(OGRLayerH layer, const char *name, OGRFieldType type) {
  OGRFieldDefnH field = OGR_Fld_Create(name, type);
  OGR_L_CreateField(layer, field, 1);
  OGR_Fld_Destroy(field);
}

int main(int argc, char **argv) {
  if (argc != 3) return 64;
  int count = atoi(argv[2]);
  double t0 = now();
  GDALAllRegister();
  double t1 = now();
  unlink(argv[1]);
  CPLSetConfigOption("GDAL_VALIDATE_CREATION_OPTIONS", "NO"); /* as flowsim: no options to validate */
  size_t length = strlen(argv[1]);
  const char *driver = length > 8 && strcmp(argv[1] + length - 8, ".geojson") == 0 ? "GeoJSON" : "GPKG";
  GDALDatasetH ds = GDALCreate(GDALGetDriverByName(driver), argv[1], 0, 0, 0, GDT_Unknown, NULL);
  if (!ds) return 1;
  OGRSpatialReferenceH srs = OSRNewSpatialReference(NULL);
  OSRImportFromEPSG(srs, 32633);
  OGRLayerH layer = GDALDatasetCreateLayer(ds, "links", srs, wkbLineString, NULL);
  const char *text[] = {"link_id", "from", "to"};
  const char *real[] = {"length_m", "free_flow_speed_kmh", "capacity_vph", "mean_flow_vph", "max_density_vpkm",
                        "mean_speed_kmh", "max_queue_veh"};
  for (int i = 0; i < 3; i++) add_field(layer, text[i], OFTString);
  for (int i = 0; i < 7; i++) add_field(layer, real[i], OFTReal);
  add_field(layer, "lanes", OFTInteger64);
  add_field(layer, "vehicles", OFTInteger64);
  GDALDatasetStartTransaction(ds, 0);
  OGRFeatureDefnH definition = OGR_L_GetLayerDefn(layer);
  for (int k = 0; k < count; k++) {
    OGRFeatureH feature = OGR_F_Create(definition);
    char id[32];
    snprintf(id, sizeof id, "e%d", k);
    for (int i = 0; i < 3; i++) OGR_F_SetFieldString(feature, i, id);
    for (int i = 3; i < 12; i++) OGR_F_SetFieldDouble(feature, i, k * 0.5 + i);
    OGRGeometryH line = OGR_G_CreateGeometry(wkbLineString);
    for (int p = 0; p < 5; p++) OGR_G_AddPoint_2D(line, 390000 + k + p * 3.0, 5810000 + p * 7.0);
    OGR_F_SetGeometryDirectly(feature, line);
    if (OGR_L_CreateFeature(layer, feature) != OGRERR_NONE) return 1;
    OGR_F_Destroy(feature);
  }
  GDALDatasetCommitTransaction(ds);
  GDALClose(ds);
  double t2 = now();
  printf("register %.1f ms, create+write %.1f ms\n", (t1 - t0) * 1e3, (t2 - t1) * 1e3);
  fflush(stdout);
  _exit(0); /* as flowsim: no library exit handlers */
}
