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
 */
typedef struct _DossierMappedText DossierMappedText;

typedef struct
{
  gsize text_start;
  gsize text_len;
  gsize src_start;
  gsize src_len;
  gboolean identity;
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
