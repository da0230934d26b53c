// libgdal on demand. Linking it makes every process load ~110 shared libraries (poppler, HDF5, netCDF, Xerces,
// the PostgreSQL client, …) before main, ~70 ms on this project's machine, whether or not a GIS file is touched.
// The stubs in gdal_stubs.c carry gdal.h's names and forward to the real functions, resolved here on first use.
#include <dlfcn.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <gdal/gdal_version.h>
#include "CGDALLoader.h"
#include "cgdal_loader_internal.h"

static pthread_once_t cgdal_once = PTHREAD_ONCE_INIT;
static char cgdal_failure[1024];
static char cgdal_soname[32];

static void cgdal_load(void) {
    // GDAL 3.x's soname is 26 + the minor release (3.6 -> libgdal.so.32); the unversioned name of the -dev
    // package is the fallback for a release this rule does not cover.
    snprintf(cgdal_soname, sizeof cgdal_soname, "libgdal.so.%d", 26 + GDAL_VERSION_MINOR);
    void *library = GDAL_VERSION_MAJOR == 3 ? dlopen(cgdal_soname, RTLD_NOW | RTLD_GLOBAL) : NULL;
    if (library == NULL) {
        library = dlopen("libgdal.so", RTLD_NOW | RTLD_GLOBAL);
    }
    if (library == NULL) {
        const char *why = dlerror();
        snprintf(cgdal_failure, sizeof cgdal_failure,
                 "GDAL %s could not be loaded (%s): %s. GIS files need it; on Debian: apt install libgdal-dev",
                 GDAL_RELEASE_NAME, cgdal_soname, why ? why : "not found");
        return;
    }
    for (int k = 0; k < cgdal_function_count; k++) {
        cgdal_functions[k] = dlsym(library, cgdal_function_names[k]);
        if (cgdal_functions[k] == NULL) {
            snprintf(cgdal_failure, sizeof cgdal_failure,
                     "the GDAL library loaded for %s has no function %s (built against GDAL %s)",
                     cgdal_soname, cgdal_function_names[k], GDAL_RELEASE_NAME);
            return;
        }
    }
}

const char *cgdal_load_failure(void) {
    pthread_once(&cgdal_once, cgdal_load);
    return cgdal_failure[0] ? cgdal_failure : NULL;
}

const char *cgdal_header_release(void) {
    return GDAL_RELEASE_NAME;
}

const char *cgdal_library_name(void) {
    pthread_once(&cgdal_once, cgdal_load);
    return cgdal_soname;
}

void *cgdal_function(int k) {
    const char *failure = cgdal_load_failure();
    if (failure != NULL) {
        fprintf(stderr, "error: %s\n", failure);
        exit(1);
    }
    return cgdal_functions[k];
}
