/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "dossier-corpus.h"
#include "dossier-note.h"

G_BEGIN_DECLS

/**
 * DossierFileText:
 *
 * "The file's text" that note selectors count in (DESIGN.md, Notes): the
 * whole file's bytes decoded to Unicode code points, and nothing else.
 *
 * - UTF-8, or UTF-16 when the file starts with a byte order mark, or
 *   windows-1252 when the file holds no UTF-8 at all (the same choice the
 *   article readers make);
 * - a leading byte order mark is not part of the text;
 * - each byte sequence that is not valid UTF-8 counts as one U+FFFD;
 * - nothing is normalised: "\r\n" is two code points, markup, no-break
 *   spaces and invisible characters all count.
 *
 * So a TextPositionSelector means what it means to any other tool that reads
 * the file as text/plain, and it does not shift when Dossier's cleaning of
 * the article changes. The text also remembers the file byte offset of
 * every code point, to map to and from the article's analysed text.
 */
typedef struct _DossierFileText DossierFileText;

DossierFileText *dossier_file_text_new          (const char            *data,
                                                 gsize                  len);
void             dossier_file_text_free         (DossierFileText       *self);
guint            dossier_file_text_get_length   (const DossierFileText *self);
const char      *dossier_file_text_get_utf8     (const DossierFileText *self);
gsize            dossier_file_text_char_to_byte (const DossierFileText *self,
                                                 guint                  pos);
guint            dossier_file_text_byte_to_char (const DossierFileText *self,
                                                 gsize                  byte,
                                                 gboolean               is_end);
char            *dossier_file_text_dup_range    (const DossierFileText *self,
                                                 guint                  start,
                                                 guint                  end);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (DossierFileText, dossier_file_text_free)

/**
 * DossierAnchorState:
 * @DOSSIER_ANCHOR_POSITION: the quote is still at its recorded position
 * @DOSSIER_ANCHOR_QUOTE: the quote was found elsewhere (best context wins)
 * @DOSSIER_ANCHOR_FUZZY: a passage at least 80% similar to the quote was found
 * @DOSSIER_ANCHOR_ORPHANED: not found: the note keeps its quote, nothing more
 */
typedef enum
{
  DOSSIER_ANCHOR_POSITION,
  DOSSIER_ANCHOR_QUOTE,
  DOSSIER_ANCHOR_FUZZY,
  DOSSIER_ANCHOR_ORPHANED,
} DossierAnchorState;

/* The least similarity (1 - edit distance / quote length) a fuzzy match needs. */
#define DOSSIER_ANCHOR_MIN_SIMILARITY 0.8

/**
 * DossierAnchorMatch:
 * @state: how the passage was found
 * @start: first code point of the passage in the file's text
 * @end: end of the passage (exclusive)
 * @similarity: 1.0 for exact matches, else the fuzzy similarity
 */
typedef struct
{
  DossierAnchorState state;
  guint start;
  guint end;
  double similarity;
} DossierAnchorMatch;

gboolean    dossier_anchor_find          (const DossierFileText *text,
                                          const char            *exact,
                                          const char            *prefix,
                                          const char            *suffix,
                                          gint64                 start,
                                          gint64                 end,
                                          DossierAnchorMatch    *match);
void        dossier_anchor_describe      (const DossierFileText *text,
                                          guint                  start,
                                          guint                  end,
                                          char                 **exact,
                                          char                 **prefix,
                                          char                 **suffix);
const char *dossier_anchor_state_to_string (DossierAnchorState state);

/**
 * DossierAnchor:
 * @state: how the note was found, or %DOSSIER_ANCHOR_ORPHANED
 * @article: (nullable): the article holding the passage now
 * @path: (nullable): its path, which differs from the note's when the file
 *   was moved or renamed
 * @moved: whether the file was found by its hash under another path
 * @start: the passage in the file's text, in code points
 * @end: its end (exclusive)
 * @similarity: see #DossierAnchorMatch
 * @in_text: whether the passage overlaps the article's analysed text
 * @text_start: the passage as bytes of dossier_article_get_text(), when
 *   @in_text (what the reader highlights)
 * @text_end: its end (exclusive)
 * @passage: (nullable): the passage as it reads in the file now
 */
typedef struct
{
  DossierAnchorState state;
  DossierArticle *article;
  const char *path;
  gboolean moved;
  guint start;
  guint end;
  double similarity;
  gboolean in_text;
  gsize text_start;
  gsize text_end;
  char *passage;
} DossierAnchor;

void dossier_anchor_clear (DossierAnchor *anchor);

/**
 * DossierAnchorer:
 *
 * Finds notes in the files of a loaded folder, keeping each file's text
 * while it lives (one anchorer per listing or export).
 */
typedef struct _DossierAnchorer DossierAnchorer;

DossierAnchorer       *dossier_anchorer_new           (DossierCorpus   *corpus);
void                   dossier_anchorer_free          (DossierAnchorer *self);
DossierCorpus         *dossier_anchorer_get_corpus    (DossierAnchorer *self);
const DossierFileText *dossier_anchorer_get_file_text (DossierAnchorer *self,
                                                       DossierArticle  *article,
                                                       GError         **error);
void                   dossier_anchorer_resolve       (DossierAnchorer *self,
                                                       DossierNote     *note,
                                                       DossierAnchor   *anchor);
DossierArticle        *dossier_anchorer_find_by_hash  (DossierAnchorer *self,
                                                       const char      *hash,
                                                       const char      *path);
gboolean               dossier_anchorer_set_target    (DossierAnchorer *self,
                                                       DossierNote     *note,
                                                       DossierArticle  *article,
                                                       gsize            text_start,
                                                       gsize            text_end,
                                                       GError         **error);
gboolean               dossier_anchorer_set_target_chars (DossierAnchorer *self,
                                                          DossierNote     *note,
                                                          DossierArticle  *article,
                                                          guint            start,
                                                          guint            end,
                                                          GError         **error);
gboolean               dossier_anchorer_find_quote    (DossierAnchorer *self,
                                                       DossierArticle  *article,
                                                       const char      *quote,
                                                       guint           *start,
                                                       guint           *end);
GStrv                  dossier_anchorer_dup_entities  (DossierAnchorer *self,
                                                       DossierArticle  *article,
                                                       guint            start,
                                                       guint            end);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (DossierAnchorer, dossier_anchorer_free)

G_END_DECLS
