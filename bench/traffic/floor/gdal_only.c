/* Starts, asks GDAL for its version and exits: the cost of a process that links GDAL (dynamic loading). */
#include <gdal.h>

int main(void) { return GDALVersionInfo("RELEASE_NAME") == 0; }
