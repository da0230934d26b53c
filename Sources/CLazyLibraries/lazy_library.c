// GDAL and PROJ on demand. Linked, libgdal alone makes every process load ~110 shared libraries (poppler, HDF5,
// netCDF, Xerces, the PostgreSQL client, …) and libproj ~35 more (curl, GnuTLS, Kerberos, LDAP, libtiff) before
// main, whether or not a GIS file or a CRS is touched. The generated stubs (gdal_stubs.c, proj_stubs.c) carry the
// libraries' names and signatures and forward to the real functions, resolved here on first use.
#include <dlfcn.h>
#include <stdio.h>
#include <stdlib.h>
#include "lazy_library.h"

void cll_load(struct cll_library *library) {
    void *handle = NULL;
    char why[512] = "not found";
    for (const char *const *name = library->file_names; *name != NULL && handle == NULL; name++) {
        // As if linked: RTLD_LAZY binds each function on its first call (RTLD_NOW would bind all of libgdal's ~110
        // libraries at once, ~20 ms), RTLD_GLOBAL lets plugins and the other lazy library find the same symbols.
        handle = dlopen(*name, RTLD_LAZY | RTLD_GLOBAL);
        const char *error = handle == NULL ? dlerror() : NULL;
        if (error != NULL && name == library->file_names) {
            snprintf(why, sizeof why, "%s", error);
        }
    }
    if (handle == NULL) {
        snprintf(library->failure, sizeof library->failure, "%s could not be loaded: %s", library->label, why);
        return;
    }
    for (int k = 0; k < library->count; k++) {
        library->functions[k] = dlsym(handle, library->names[k]);
        if (library->functions[k] == NULL) {
            snprintf(library->failure, sizeof library->failure, "the library loaded for %s has no function %s",
                     library->label, library->names[k]);
            return;
        }
    }
}

void *cll_resolved(struct cll_library *library, int k) {
    if (library->failure[0] != '\0') {
        fprintf(stderr, "error: %s; on Debian: make deps (or apt install libgdal-dev libproj-dev)\n",
                library->failure);
        exit(1);
    }
    return library->functions[k];
}
