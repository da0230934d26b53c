#ifndef CGDAL_LOADER_INTERNAL_H
#define CGDAL_LOADER_INTERNAL_H
extern const int cgdal_function_count;
extern const char *const cgdal_function_names[];
extern void *cgdal_functions[];
/// The address of GDAL function number k of cgdal_function_names; loads libgdal on first use and ends the
/// process with exit code 1 and a message on stderr when it cannot (as the dynamic linker would at start).
void *cgdal_function(int k);
#endif
