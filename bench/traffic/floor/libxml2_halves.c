/* libxml2's SAX2 push parser with empty callbacks over a .net.xml split before byte SPLIT, the two halves on
 * two threads the way flowsim's SUMONetHalves feeds them (first half + "</net>", "<net>" + second half).
 * Usage: libxml2_halves NET.xml SPLIT [one]   ("one": the whole file in one pass on one thread) */
#include <fcntl.h>
#include <libxml/parser.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <time.h>

struct part {
  const char *before;
  const char *data;
  size_t size;
  const char *after;
  long elements;
};

static void on_start(void *user, const xmlChar *name, const xmlChar *prefix, const xmlChar *uri, int namespaces,
                     const xmlChar **ns, int attributes, int defaulted, const xmlChar **values) {
  (*(long *)user)++;
}

static void on_end(void *user, const xmlChar *name, const xmlChar *prefix, const xmlChar *uri) {}

static void *parse(void *argument) {
  struct part *p = argument;
  xmlSAXHandler sax;
  memset(&sax, 0, sizeof sax);
  sax.initialized = XML_SAX2_MAGIC;
  sax.startElementNs = on_start;
  sax.endElementNs = on_end;
  xmlParserCtxtPtr context = xmlCreatePushParserCtxt(&sax, &p->elements, NULL, 0, "net.xml");
  xmlCtxtUseOptions(context, XML_PARSE_NONET);
  if (*p->before) xmlParseChunk(context, p->before, strlen(p->before), 0);
  for (size_t offset = 0; offset < p->size; offset += 1 << 18) {
    size_t n = p->size - offset < (1 << 18) ? p->size - offset : (1 << 18);
    xmlParseChunk(context, p->data + offset, n, 0);
  }
  xmlParseChunk(context, p->after, strlen(p->after), 1);
  if (!context->wellFormed) fprintf(stderr, "not well-formed\n");
  xmlFreeParserCtxt(context);
  return NULL;
}

static double now(void) {
  struct timespec t;
  clock_gettime(CLOCK_MONOTONIC, &t);
  return t.tv_sec + t.tv_nsec * 1e-9;
}

int main(int argc, char **argv) {
  if (argc < 3) return 64;
  int fd = open(argv[1], O_RDONLY);
  struct stat st;
  if (fd < 0 || fstat(fd, &st) != 0) return 1;
  const char *data = mmap(0, st.st_size, PROT_READ, MAP_PRIVATE, fd, 0);
  if (data == MAP_FAILED) return 1;
  size_t split = strtoul(argv[2], NULL, 10);
  if (split > (size_t)st.st_size) return 64;
  xmlInitParser();
  double t0 = now();
  if (argc > 3 && strcmp(argv[3], "one") == 0) {
    struct part whole = {"", data, st.st_size, "", 0};
    parse(&whole);
    printf("one pass %.1f ms, %ld elements\n", (now() - t0) * 1e3, whole.elements);
    return 0;
  }
  struct part first = {"", data, split, "</net>\n", 0}, second = {"<net>", data + split, st.st_size - split, "", 0};
  pthread_t thread;
  pthread_create(&thread, 0, parse, &second);
  parse(&first);
  pthread_join(thread, 0);
  printf("two halves %.1f ms, %ld + %ld elements\n", (now() - t0) * 1e3, first.elements, second.elements);
  return 0;
}
