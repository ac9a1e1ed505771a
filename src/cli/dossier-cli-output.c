/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "dossier-cli"

#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>

#include "dossier-cli-output.h"

gboolean
dossier_cli_parse_format (const char          *value,
                          guint                allowed,
                          DossierOutputFormat *format)
{
  static const char *names[] = { "text", "jsonl", "json", "csv" };

  if (value == NULL)
    return TRUE;
  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    if (g_str_equal (value, names[i]) && (allowed & (1u << i)))
      {
        *format = i;
        return TRUE;
      }
  return FALSE;
}

void
dossier_cli_print_json (JsonBuilder *builder)
{
  g_autoptr(JsonGenerator) gen = json_generator_new ();
  g_autoptr(JsonNode) root = json_builder_get_root (builder);
  g_autofree char *s = NULL;

  json_generator_set_root (gen, root);
  s = json_generator_to_data (gen, NULL);
  fputs (s, stdout);
  fputc ('\n', stdout);
}

static void
add_string_or_null (JsonBuilder *builder,
                    const char  *key,
                    const char  *value)
{
  json_builder_set_member_name (builder, key);
  if (value)
    json_builder_add_string_value (builder, value);
  else
    json_builder_add_null_value (builder);
}

/* The keys of `dossier-cli articles --format=jsonl`, in a fixed order. */
void
dossier_cli_article_json (JsonBuilder    *builder,
                          DossierArticle *article)
{
  add_string_or_null (builder, "file", dossier_article_get_path (article));
  add_string_or_null (builder, "title", dossier_article_has_title (article) ? dossier_article_get_title (article) : NULL);
  add_string_or_null (builder, "outlet", dossier_article_get_outlet (article));
  add_string_or_null (builder, "date", dossier_article_get_date (article));
  add_string_or_null (builder, "page_date", dossier_article_get_page_date (article));
  add_string_or_null (builder, "place", dossier_article_get_place (article));
  add_string_or_null (builder, "byline", dossier_article_get_byline (article));
  add_string_or_null (builder, "url", dossier_article_get_url (article));
  json_builder_set_member_name (builder, "words");
  json_builder_add_int_value (builder, dossier_article_get_word_count (article));
  add_string_or_null (builder, "error", dossier_article_get_warning (article));
}

/**
 * dossier_cli_escape:
 *
 * Returns: @s with control characters written as C escapes ("\n", "\x1b"),
 *   for text output: a file name holding a newline must not split its line
 *   (scripts read one line per file), and one holding an escape sequence
 *   must not reach the terminal.
 */
char *
dossier_cli_escape (const char *s)
{
  GString *out = g_string_sized_new (strlen (s));

  for (const char *p = s; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c == '\n')
        g_string_append (out, "\\n");
      else if (c == '\t')
        g_string_append (out, "\\t");
      else if (c == '\r')
        g_string_append (out, "\\r");
      else if (c < 0x20 || c == 0x7f || (c >= 0x80 && c < 0xa0))
        g_string_append_printf (out, "\\x%02x", c);
      else
        g_string_append_len (out, p, g_utf8_next_char (p) - p);
    }
  return g_string_free (out, FALSE);
}

void
dossier_cli_error_line (const char *file,
                        const char *message)
{
  g_autofree char *f = dossier_cli_escape (file);
  g_autofree char *m = dossier_cli_escape (message);

  fprintf (stderr, "%s: %s\n", f, m);
}

/* Every command that reads a folder refuses anything else the same way,
 * before it loads a model or opens a store. @arg is the argument as the
 * user gave it, for the message. */
gboolean
dossier_cli_check_folder (GFile      *folder,
                          const char *arg)
{
  if (g_file_query_file_type (folder, 0, NULL) == G_FILE_TYPE_DIRECTORY)
    return TRUE;
  dossier_cli_error_line (arg, _("Not a folder"));
  return FALSE;
}

/* One line per file of @corpus that could not be read; returns how many. */
guint
dossier_cli_print_load_errors (DossierCorpus *corpus)
{
  GPtrArray *errors = dossier_corpus_get_errors (corpus);

  for (guint i = 0; i < errors->len; i++)
    {
      DossierLoadError *e = g_ptr_array_index (errors, i);
      dossier_cli_error_line (e->path, e->message);
    }
  return errors->len;
}
