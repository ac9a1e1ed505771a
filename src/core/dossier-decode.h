/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "dossier-mapped-text.h"

G_BEGIN_DECLS

typedef enum
{
  DOSSIER_DECODE_NONE         = 0,
  DOSSIER_DECODE_INVALID_UTF8 = 1 << 0, /* bytes that are not UTF-8 became U+FFFD */
  DOSSIER_DECODE_UTF16        = 1 << 1, /* UTF-16 with a byte order mark */
  DOSSIER_DECODE_LEGACY       = 1 << 2, /* no UTF-8 at all: read as windows-1252 */
  DOSSIER_DECODE_BOM          = 1 << 3,
  DOSSIER_DECODE_TWICE        = 1 << 4, /* UTF-8 encoded twice, decoded twice */
} DossierDecodeFlags;

gboolean           dossier_decode_looks_binary (const char *data,
                                                gsize       len);
DossierMappedText *dossier_decode_text         (const char         *data,
                                                gsize               len,
                                                DossierDecodeFlags *flags);
DossierMappedText *dossier_decode_text_as      (const char         *data,
                                                gsize               len,
                                                const char         *charset,
                                                DossierDecodeFlags *flags);

gboolean           dossier_unichar_is_word     (gunichar c);
guint              dossier_count_words         (const char *s);
gboolean           dossier_unichar_is_cjk_punct (gunichar c);

G_END_DECLS
