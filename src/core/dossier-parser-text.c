/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "dossier-parser-text"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "dossier-decode.h"
#include "dossier-page.h"
#include "dossier-parser.h"

void
dossier_parsed_set_decode_flags (DossierParsed      *out,
                                 DossierDecodeFlags  flags)
{
  if (flags & DOSSIER_DECODE_INVALID_UTF8)
    out->flags |= DOSSIER_ARTICLE_FLAG_INVALID_UTF8;
  if (flags & DOSSIER_DECODE_LEGACY)
    out->flags |= DOSSIER_ARTICLE_FLAG_LEGACY;
  if (flags & DOSSIER_DECODE_TWICE)
    out->flags |= DOSSIER_ARTICLE_FLAG_TWICE;
  if (flags & DOSSIER_DECODE_UTF16)
    out->flags |= DOSSIER_ARTICLE_FLAG_UTF16;
}

static gboolean
parse_text (const char     *data,
            gsize           len,
            DossierParsed  *out,
            GError        **error)
{
  DossierDecodeFlags flags = 0;
  g_autoptr(DossierMappedText) decoded = NULL;
  g_autoptr(GPtrArray) blocks = NULL;

  if (dossier_decode_looks_binary (data, len))
    {
      g_set_error (error, DOSSIER_PARSE_ERROR, DOSSIER_PARSE_ERROR_BINARY,
                   _("File holds binary data, not text"));
      return FALSE;
    }

  decoded = dossier_decode_text (data, len, &flags);
  dossier_parsed_set_decode_flags (out, flags);
  blocks = dossier_page_split_plain (decoded, 0, dossier_mapped_text_get_length (decoded));
  dossier_page_analyze (blocks, decoded, out);
  return TRUE;
}

static const char * const text_extensions[] = { "txt", "text", NULL };

const DossierFormat dossier_format_text = {
  .name = "text",
  .extensions = text_extensions,
  .parse = parse_text,
};
