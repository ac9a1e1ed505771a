/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "dossier-parser"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "dossier-parser.h"

G_DEFINE_QUARK (dossier-parse-error-quark, dossier_parse_error)

/* Every reader Dossier knows. A new format is a new file and a line here. */
static const DossierFormat *formats[] = {
  &dossier_format_text,
  &dossier_format_markdown,
  &dossier_format_html,
  &dossier_format_mhtml,
  NULL,
};

void
dossier_parsed_clear (DossierParsed *parsed)
{
  g_clear_pointer (&parsed->title, g_free);
  g_clear_pointer (&parsed->outlet, g_free);
  g_clear_pointer (&parsed->url, g_free);
  g_clear_pointer (&parsed->date, g_free);
  g_clear_pointer (&parsed->page_date, g_free);
  g_clear_pointer (&parsed->byline, g_free);
  g_clear_pointer (&parsed->place, g_free);
  g_clear_pointer (&parsed->language, g_free);
  g_clear_pointer (&parsed->text, dossier_mapped_text_free);
  memset (parsed, 0, sizeof *parsed);
}

/**
 * dossier_format_for_path:
 *
 * Returns: (nullable): the reader for @path by its extension, or %NULL when
 *   Dossier does not read such files
 */
const DossierFormat *
dossier_format_for_path (const char *path)
{
  const char *base = strrchr (path, '/');
  const char *dot;

  base = base ? base + 1 : path;
  dot = strrchr (base, '.');
  if (dot == NULL || dot == base)
    return NULL;
  dot++;

  for (guint i = 0; formats[i]; i++)
    for (guint j = 0; formats[i]->extensions[j]; j++)
      if (g_ascii_strcasecmp (dot, formats[i]->extensions[j]) == 0)
        return formats[i];
  return NULL;
}

/**
 * dossier_parse_bytes:
 *
 * Runs @format on @data with the checks every format shares: size, binary
 * content, and that some article text came out.
 */
gboolean
dossier_parse_bytes (const DossierFormat  *format,
                     const char           *data,
                     gsize                 len,
                     DossierParsed        *out,
                     GError              **error)
{
  memset (out, 0, sizeof *out);

  if (len > DOSSIER_MAX_FILE_SIZE)
    {
      g_set_error (error, DOSSIER_PARSE_ERROR, DOSSIER_PARSE_ERROR_TOO_LARGE,
                   _("File is too large to be an article (%" G_GSIZE_FORMAT " MB, the limit is %d MB)"),
                   len / (1024 * 1024), DOSSIER_MAX_FILE_SIZE / (1024 * 1024));
      return FALSE;
    }
  if (len == 0)
    {
      g_set_error (error, DOSSIER_PARSE_ERROR, DOSSIER_PARSE_ERROR_EMPTY, _("File is empty"));
      return FALSE;
    }
  if (!format->parse (data, len, out, error))
    {
      dossier_parsed_clear (out);
      return FALSE;
    }
  if (out->text == NULL || dossier_mapped_text_get_length (out->text) <= out->body_start)
    {
      dossier_parsed_clear (out);
      g_set_error (error, DOSSIER_PARSE_ERROR, DOSSIER_PARSE_ERROR_EMPTY, _("No article text found"));
      return FALSE;
    }
  return TRUE;
}
