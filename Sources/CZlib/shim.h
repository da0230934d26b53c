#ifndef CZLIB_SHIM_H
#define CZLIB_SHIM_H
/* zlib's gzip file reading: SUMO writes networks and routes gzip-compressed when the file name ends in .gz. */
#include <zlib.h>
#endif
