#ifndef CLAZY_LIBRARIES_H
#define CLAZY_LIBRARIES_H
// GDAL and PROJ are loaded on their first call, not linked (lazy_library.c; the stubs carry their names).

/// Loads libgdal (once, thread-safe) and returns NULL, or a message saying why it could not be loaded.
const char *cll_gdal_load_failure(void);
/// The GDAL release the declarations were compiled against (GDAL_RELEASE_NAME of gdal_version.h).
const char *cll_gdal_header_release(void);
/// Loads libproj (once, thread-safe) and returns NULL, or a message saying why it could not be loaded.
const char *cll_proj_load_failure(void);
/// The PROJ release the declarations were compiled against ("MAJOR.MINOR.PATCH" of proj.h).
const char *cll_proj_header_release(void);
#endif
