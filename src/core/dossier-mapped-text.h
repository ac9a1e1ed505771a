/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/**
 * DossierMappedText:
 *
 * A UTF-8 string built from pieces of a source (the bytes of a file, or a
 * decoded copy of them) that remembers, for every byte of the string, where
 * it came from. Parsers build clean text with it so that highlights and
 * entity mentions can always be reported as byte offsets into the original
 * file, whatever cleaning (decoding, joining lines, dropping markup) happened.
 *
 * The map is a sorted list of runs. An identity run copies source bytes
 * verbatim, so every byte inside maps one to one. A replacement run stands
 * for a source range of a different length (a no-break space turned into a
 * space, "&amp;" into "&", "\r\n" into "\n"): only its ends map. A synthetic
 * run (inserted separators) has an empty source range.
 *
 * Consecutive replacements of the same shape share one run: a replacement
 * run is text_len / unit_text_len replacements, each of unit_text_len text
 * bytes standing for unit_src_len source bytes, and the ends of each one
 * map. A UTF-16 file (every character a replacement) or a line of invalid
 * bytes (every one a U+FFFD) so costs a few runs per line, not one per
 * character. For identity runs both units are 1.
 */
typedef struct _DossierMappedText DossierMappedText;

/* 32-bit offsets: files are capped at 64 MB (DOSSIER_MAX_FILE_SIZE) and
 * their text at a few times that, and a run per character of a big file
 * must stay cheap (28 bytes). */
typedef struct
{
  guint32 text_start;
  guint32 text_len;
  guint32 src_start;
  guint32 src_len;
  gboolean identity;
  guint32 unit_text_len;
  guint32 unit_src_len;
} DossierMapRun;

DossierMappedText *dossier_mapped_text_new          (void);
void               dossier_mapped_text_free         (DossierMappedText *self);
const char        *dossier_mapped_text_get_text     (const DossierMappedText *self);
gsize              dossier_mapped_text_get_length   (const DossierMappedText *self);
guint              dossier_mapped_text_get_n_runs   (const DossierMappedText *self);
const DossierMapRun *dossier_mapped_text_get_run    (const DossierMappedText *self,
                                                     guint                    i);
void               dossier_mapped_text_append_source (DossierMappedText *self,
                                                      const char        *src,
                                                      gsize              src_start,
                                                      gsize              len);
void               dossier_mapped_text_append_replacement (DossierMappedText *self,
                                                           const char        *text,
                                                           gssize             text_len,
                                                           gsize              src_start,
                                                           gsize              src_len);
void               dossier_mapped_text_append_synthetic (DossierMappedText *self,
                                                         const char        *text);
void               dossier_mapped_text_append_mapped (DossierMappedText       *self,
                                                      const DossierMappedText *other,
                                                      gsize                    start,
                                                      gsize                    end);
gboolean           dossier_mapped_text_ends_with    (const DossierMappedText *self,
                                                     const char              *suffix);
void               dossier_mapped_text_truncate     (DossierMappedText *self,
                                                     gsize              len);
DossierMappedText *dossier_mapped_text_compose      (const DossierMappedText *outer,
                                                     const DossierMappedText *inner);
gsize              dossier_mapped_text_to_source    (const DossierMappedText *self,
                                                     gsize                    offset,
                                                     gboolean                 is_end);
void               dossier_mapped_text_range_to_source (const DossierMappedText *self,
                                                        gsize                    start,
                                                        gsize                    end,
                                                        gsize                   *src_start,
                                                        gsize                   *src_end);
gboolean           dossier_mapped_text_source_to_text (const DossierMappedText *self,
                                                       gsize                    src_offset,
                                                       gsize                   *offset);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (DossierMappedText, dossier_mapped_text_free)

G_END_DECLS
