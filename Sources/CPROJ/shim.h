#ifndef CPROJ_SHIM_H
#define CPROJ_SHIM_H
// PROJ's declarations only: the library is not linked but loaded on first use (Sources/CLazyLibraries).
#include <proj.h>
#endif
