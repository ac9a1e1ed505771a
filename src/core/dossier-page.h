/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "dossier-decode.h"
#include "dossier-parser.h"

G_BEGIN_DECLS

/**
 * DossierBlock:
 *
 * A paragraph-like unit of a page, as a reader produced it: its clean text is
 * mapped to the decoded source text. @heading is the level of an explicit
 * heading (Markdown "#"), 0 otherwise.
 */
typedef struct
{
  DossierMappedText *text;
  guint heading;
  gboolean list_item;
  gboolean quote;
  gboolean indented;
} DossierBlock;

DossierBlock *dossier_block_new  (void);
void          dossier_block_free (DossierBlock *block);

GPtrArray    *dossier_page_split_plain (const DossierMappedText *decoded,
                                        gsize                    start,
                                        gsize                    end);
void          dossier_page_analyze     (GPtrArray               *blocks,
                                        const DossierMappedText *decoded,
                                        DossierParsed           *out);
char         *dossier_page_normalize_outlet (const char *name);
gboolean      dossier_page_outlet_is_company (const char *name);
void          dossier_page_cut_owner (char *name);
gboolean      dossier_page_is_address (const char *name);
char         *dossier_page_outlet_from_address (const char *url);
gboolean      dossier_page_find_dateline (const char  *s,
                                          gsize       *len,
                                          char       **place,
                                          char       **agency);
void          dossier_parsed_set_decode_flags (DossierParsed      *out,
                                               DossierDecodeFlags  flags);

G_END_DECLS
