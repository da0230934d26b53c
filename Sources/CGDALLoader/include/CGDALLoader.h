#ifndef CGDAL_LOADER_H
#define CGDAL_LOADER_H
/// Loads libgdal (once, thread-safe) and returns NULL, or a message saying why it could not be loaded.
const char *cgdal_load_failure(void);
/// The GDAL release the declarations were compiled against (GDAL_RELEASE_NAME of gdal_version.h).
const char *cgdal_header_release(void);
/// The file name libgdal is loaded from first (the soname of that release), e.g. "libgdal.so.32".
const char *cgdal_library_name(void);
#endif
