#ifndef CLIBXML2_SHIM_H
#define CLIBXML2_SHIM_H
#include <libxml/xmlversion.h>
/* Debian's libxml2 is built with ICU; its headers would pull in the system ICU headers, which clash with the
   ICU copy inside Swift's Foundation. Nothing here uses libxml2's ICU converter fields (only pointers to
   xmlCharEncodingHandler are passed around), so leave them out. */
#undef LIBXML_ICU_ENABLED
#include <libxml/parser.h>
#include <libxml/parserInternals.h>
#include <libxml/SAX2.h>
#include <libxml/xmlerror.h>
#endif
