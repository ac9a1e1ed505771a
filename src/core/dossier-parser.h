/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "dossier-mapped-text.h"

G_BEGIN_DECLS

#define DOSSIER_PARSE_ERROR (dossier_parse_error_quark ())

typedef enum
{
  DOSSIER_PARSE_ERROR_BINARY,     /* not text */
  DOSSIER_PARSE_ERROR_EMPTY,      /* no article text found */
  DOSSIER_PARSE_ERROR_TOO_LARGE,  /* over the size limit */
  DOSSIER_PARSE_ERROR_INVALID,    /* malformed beyond repair */
} DossierParseError;

typedef enum
{
  DOSSIER_ARTICLE_FLAG_NONE         = 0,
  DOSSIER_ARTICLE_FLAG_INVALID_UTF8 = 1 << 0, /* some bytes could not be decoded */
  DOSSIER_ARTICLE_FLAG_LEGACY       = 1 << 1, /* not UTF-8, no encoding declared: read as windows-1252 */
  DOSSIER_ARTICLE_FLAG_UTF16        = 1 << 2,
  DOSSIER_ARTICLE_FLAG_NOT_ANALYSED = 1 << 3, /* not English: no entities */
  DOSSIER_ARTICLE_FLAG_TWICE        = 1 << 4, /* UTF-8 encoded twice, repaired */
} DossierArticleFlags;

/**
 * DossierParsed:
 *
 * What a parser returns for one file. @text is the analysed text, mapped to
 * the file's bytes, laid out as sections separated by blank lines:
 * the title, the dateline (if any), captions (if any), then the body, which
 * runs to the end of @text. Offsets are bytes into @text.
 */
typedef struct
{
  char *title;
  char *outlet;
  char *url;
  char *date;       /* publication date, ISO 8601, or NULL */
  char *page_date;  /* masthead date (the day the page was saved), ISO 8601, or NULL */
  char *byline;
  char *place;      /* dateline place */
  char *language;   /* declared language, if any */

  DossierMappedText *text;
  gsize title_start, title_end;
  gsize dateline_start, dateline_end;
  gsize body_start;

  DossierArticleFlags flags;
} DossierParsed;

void dossier_parsed_clear (DossierParsed *parsed);

/**
 * DossierFormat:
 *
 * A file reader. Each format lives in its own file and is listed in
 * dossier-parser.c; adding HTML or JSON means adding a table entry.
 */
typedef struct
{
  const char         *name;
  const char * const *extensions; /* lower case, without the dot */
  gboolean          (*parse) (const char     *data,
                              gsize           len,
                              DossierParsed  *out,
                              GError        **error);
} DossierFormat;

#define DOSSIER_MAX_FILE_SIZE (64 * 1024 * 1024)

GQuark               dossier_parse_error_quark   (void);
const DossierFormat *dossier_format_for_path     (const char *path);
gboolean             dossier_parse_bytes         (const DossierFormat *format,
                                                  const char          *data,
                                                  gsize                len,
                                                  DossierParsed       *out,
                                                  GError             **error);

/* Formats, one per file. */
extern const DossierFormat dossier_format_text;
extern const DossierFormat dossier_format_markdown;
extern const DossierFormat dossier_format_html;
extern const DossierFormat dossier_format_mhtml;

G_END_DECLS
