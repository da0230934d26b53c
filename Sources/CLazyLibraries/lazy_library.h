#ifndef CLAZY_LIBRARY_INTERNAL_H
#define CLAZY_LIBRARY_INTERNAL_H
#include <pthread.h>

/// A shared library opened on first use and the functions of it that the stubs forward to.
struct cll_library {
    const char *label;               // "GDAL 3.6.2", for messages
    const char *const *file_names;   // tried in order with dlopen, NULL-terminated
    const char *const *names;        // the functions, resolved all at once
    void **functions;
    int count;
    pthread_once_t once;
    char failure[1024];              // empty when loaded
};

/// Opens the library and resolves every function, or fills `failure`; call through pthread_once.
void cll_load(struct cll_library *library);
/// Function k of a loaded library; ends the process with exit code 1 and the failure on stderr when the
/// library could not be loaded (as the dynamic linker would have at start).
void *cll_resolved(struct cll_library *library, int k);
#endif
