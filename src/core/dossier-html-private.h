/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <libxml/HTMLparser.h>

#include "dossier-decode.h"
#include "dossier-mapped-text.h"
#include "dossier-parser.h"

G_BEGIN_DECLS

/*
 * Internal API of the HTML reader, shared by its files:
 *  dossier-html-source.c     the page's bytes: charset, visible text, matching
 *  dossier-html-meta.c       metadata from JSON-LD, meta tags and <title>
 *  dossier-html-extract.c    the readability-style body extractor, with
 *  dossier-html-lines.c      … its judgments of one line taken alone,
 *  dossier-html-fields.c     … the title, byline and dates near the headline
 *  dossier-html-json-body.c  … and the story from JSON-LD or a script's state
 *                            (their shared internals: dossier-html-extract-private.h)
 *  dossier-parser-html.c     the DossierFormat entry that ties them together
 *  dossier-parser-mhtml.c    … and the one for pages saved as MHTML, which
 *                            finds the page in the archive and reads it so
 */

gboolean           dossier_html_parse_page      (const char     *data,
                                                 gsize           len,
                                                 const char     *charset_hint,
                                                 const char     *saved_url,
                                                 const char     *saved_date,
                                                 DossierParsed  *out,
                                                 GError        **error);
char              *dossier_html_sniff_charset   (const char *data,
                                                 gsize       len);
const char * const *dossier_html_language_charsets (const char *data,
                                                    gsize       len);
DossierMappedText *dossier_html_visible_text    (const char *t,
                                                 gsize       n);
DossierMappedText *dossier_html_decode_legacy   (const char         *data,
                                                 gsize               len,
                                                 const char         *charset,
                                                 DossierDecodeFlags *flags);
char              *dossier_html_decode_string   (const char *s,
                                                 gssize      len);
char              *dossier_html_collapse_spaces (const char *s);
gboolean           dossier_html_has_letter      (const char *s);
gsize              dossier_html_parse_ref       (const char *s,
                                                 gsize       n,
                                                 char        buf[8],
                                                 gsize      *buf_len);
DossierMappedText *dossier_html_resolve_html5_refs (const char *t,
                                                    gsize       n);

typedef struct _DossierHtmlMatcher DossierHtmlMatcher;

DossierHtmlMatcher *dossier_html_matcher_new   (const DossierMappedText *visible);
void                dossier_html_matcher_free  (DossierHtmlMatcher      *self);
gboolean            dossier_html_matcher_match (DossierHtmlMatcher      *self,
                                                const char              *content,
                                                gsize                   *start,
                                                gsize                   *end);
gsize               dossier_html_matcher_get_cursor (DossierHtmlMatcher *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (DossierHtmlMatcher, dossier_html_matcher_free)

/* Metadata that the document head and structured data give, by trust. */
typedef struct
{
  char *title;       /* JSON-LD headline, else Dublin Core, og:title, twitter:title, parsely-title */
  char *title_alt;   /* the JSON-LD name, when it differs from its headline (or the headline, see below) */
  char *title_full;  /* the meta tag's title before a last part that looked like a site's name was cut */
  char *title_tag;   /* <title> without its site suffix */
  char *title_raw;   /* <title> as it is */
  char *title_og;    /* og:title or twitter:title without a site suffix, whatever the trust order chose */
  char *title_suffix; /* the <title>'s last part, cut off as if it were the site's name */
  char *outlet;
  char *url;
  char *date;
  char *byline;
  char *language;
  char *saved_url;   /* from the comment a browser or SingleFile leaves */
  char *saved_date;  /* the day the page was saved, ISO 8601 */
  gboolean title_from_tags; /* the title is a meta tag's (og:title …), not JSON-LD's */
  gboolean outlet_from_title; /* the outlet is only the <title>'s last part, a guess */
  gboolean title_alt_headline; /* the title is the JSON-LD name the <title> repeats, title_alt its headline */
  gboolean title_from_blog_posting; /* the title is a JSON-LD BlogPosting's headline */
} DossierHtmlMeta;

void  dossier_html_meta_read  (xmlDoc          *doc,
                               DossierHtmlMeta *meta);
void  dossier_html_meta_clear (DossierHtmlMeta *meta);
void  dossier_html_meta_read_save_marks (const char      *t,
                                         gsize            n,
                                         DossierHtmlMeta *meta);
typedef enum
{
  DOSSIER_HEADLINE_ANY,
  DOSSIER_HEADLINE_TAIL,
  DOSSIER_HEADLINE_WEAK,
  DOSSIER_HEADLINE_HEAD,
} DossierHeadlineCut;

char *dossier_html_headline_part (const char        *title,
                                  const char        *headline,
                                  const char        *outlet,
                                  DossierHeadlineCut how);
char *dossier_html_strip_date_part (const char  *title,
                                    char       **date);
char *dossier_html_strip_genre_part (const char *title);
gsize dossier_html_section_cut (const char *head,
                                const char *sep);
double dossier_html_word_share (const char *of,
                                const char *in,
                                gboolean    by_length);
GStrv dossier_html_title_parts (const char *title);
char *dossier_html_strip_site_suffix (const char  *title,
                                      const char  *site,
                                      char       **suffix);
gboolean dossier_html_is_tag  (const xmlNode *node,
                               const char    *name);
gboolean dossier_html_attr_has_word (const xmlNode *node,
                                     const char    *name,
                                     const char    *word);
const char *dossier_html_attr (const xmlNode *node,
                               const char    *name);
gboolean dossier_html_in_review (const xmlNode *node);

gboolean dossier_html_extract (xmlDoc                 **doc,
                               const DossierMappedText *decoded,
                               DossierMappedText      **visible,
                               DossierHtmlMeta         *meta,
                               DossierParsed           *out);

G_END_DECLS
