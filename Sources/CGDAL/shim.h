#ifndef CGDAL_SHIM_H
#define CGDAL_SHIM_H
// GDAL's declarations only: the library is not linked but loaded on first use (Sources/CLazyLibraries).
// Headers by their path under /usr/include, so no pkg-config flags (and no -lgdal) are needed.
#include <gdal/gdal.h>
#include <gdal/ogr_api.h>
#include <gdal/ogr_srs_api.h>
#include <gdal/cpl_error.h>
#include <gdal/cpl_conv.h>
#include <gdal/cpl_string.h>
#include <gdal/cpl_vsi.h>
#endif
