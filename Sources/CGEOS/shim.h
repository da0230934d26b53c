#ifndef CGEOS_SHIM_H
#define CGEOS_SHIM_H
#define GEOS_USE_ONLY_R_API
#include <geos_c.h>

/// Major/minor version of the GEOS headers this module was compiled against.
static inline int CGEOS_versionMajor(void) { return GEOS_VERSION_MAJOR; }
static inline int CGEOS_versionMinor(void) { return GEOS_VERSION_MINOR; }
#endif
