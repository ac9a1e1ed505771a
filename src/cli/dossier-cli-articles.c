/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "dossier-cli"

#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>

#include "dossier-cli-commands.h"
#include "dossier-cli-output.h"

static void
print_text_row (DossierArticle *a)
{
  const char *date = dossier_article_get_date (a);
  g_autofree char *shown_date = NULL;
  g_autofree char *title = dossier_cli_escape (dossier_article_get_title (a));
  g_autofree char *path = dossier_cli_escape (dossier_article_get_path (a));

  if (date == NULL && dossier_article_get_page_date (a))
    shown_date = g_strdup_printf (_("page %s"), dossier_article_get_page_date (a));
  printf ("%-10s  %-14s  %s  (%s)\n",
          date ? date : shown_date ? shown_date : "—",
          dossier_article_get_outlet (a) ? dossier_article_get_outlet (a) : "—",
          title, path);
}

int
dossier_cli_articles (int    argc,
                      char **argv)
{
  g_autoptr(GOptionContext) context = g_option_context_new (_("FOLDER — list the articles of a folder"));
  g_autofree char *format_name = NULL;
  DossierOutputFormat format = DOSSIER_FORMAT_TEXT;
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) folder = NULL;
  g_autoptr(DossierCorpus) corpus = NULL;
  GPtrArray *errors;
  g_autoptr(GString) csv = g_string_new (NULL);
  GOptionEntry entries[] = {
    { "format", 'f', 0, G_OPTION_ARG_STRING, &format_name, N_("Output format: text, jsonl or csv"), "FORMAT" },
    { NULL }
  };

  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  g_option_context_set_summary (context,
    _("Reads every article of FOLDER (recursively) and prints one line per article.\n"
      "jsonl keys: file, title, outlet, date, page_date, place, byline, url, words, error."));
  if (!g_option_context_parse (context, &argc, &argv, &error))
    return dossier_cli_usage_error (context, error->message);
  if (argc != 2)
    return dossier_cli_usage_error (context, _("Give exactly one FOLDER"));
  if (!dossier_cli_parse_format (format_name, 1 << DOSSIER_FORMAT_TEXT | 1 << DOSSIER_FORMAT_JSONL | 1 << DOSSIER_FORMAT_CSV, &format))
    return dossier_cli_usage_error (context, _("Unknown format"));

  folder = g_file_new_for_commandline_arg (argv[1]);
  if (!dossier_cli_check_folder (folder, argv[1]))
    return DOSSIER_EXIT_USAGE;

  corpus = dossier_corpus_new (folder);
  if (!dossier_corpus_load_sync (corpus, NULL, &error))
    {
      dossier_cli_error_line (argv[1], error->message);
      return DOSSIER_EXIT_SOME;
    }

  if (format == DOSSIER_FORMAT_CSV)
    {
      const char *header[] = { "file", "title", "outlet", "date", "page_date", "place", "byline", "url", "words", "error" };
      dossier_csv_append_row (csv, header, G_N_ELEMENTS (header));
    }

  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (corpus)); i++)
    {
      DossierArticle *a = dossier_corpus_get_article (corpus, i);

      if (format == DOSSIER_FORMAT_JSONL)
        {
          g_autoptr(JsonBuilder) b = json_builder_new ();

          json_builder_begin_object (b);
          dossier_cli_article_json (b, a);
          json_builder_end_object (b);
          dossier_cli_print_json (b);
        }
      else if (format == DOSSIER_FORMAT_CSV)
        {
          g_autofree char *words = g_strdup_printf ("%u", dossier_article_get_word_count (a));
          const char *row[] = {
            dossier_article_get_path (a),
            dossier_article_has_title (a) ? dossier_article_get_title (a) : NULL,
            dossier_article_get_outlet (a), dossier_article_get_date (a), dossier_article_get_page_date (a),
            dossier_article_get_place (a), dossier_article_get_byline (a), dossier_article_get_url (a),
            words, dossier_article_get_warning (a),
          };
          dossier_csv_append_row (csv, row, G_N_ELEMENTS (row));
        }
      else
        print_text_row (a);
    }

  /* Files that could not be read are listed too, so that nothing silently
   * disappears from a script's view. */
  errors = dossier_corpus_get_errors (corpus);
  for (guint i = 0; i < errors->len; i++)
    {
      DossierLoadError *e = g_ptr_array_index (errors, i);

      dossier_cli_error_line (e->path, e->message);
      if (format == DOSSIER_FORMAT_JSONL)
        {
          g_autoptr(JsonBuilder) b = json_builder_new ();
          const char *keys[] = { "title", "outlet", "date", "page_date", "place", "byline", "url" };

          json_builder_begin_object (b);
          json_builder_set_member_name (b, "file");
          json_builder_add_string_value (b, e->path);
          for (guint k = 0; k < G_N_ELEMENTS (keys); k++)
            {
              json_builder_set_member_name (b, keys[k]);
              json_builder_add_null_value (b);
            }
          json_builder_set_member_name (b, "words");
          json_builder_add_int_value (b, 0);
          json_builder_set_member_name (b, "error");
          json_builder_add_string_value (b, e->message);
          json_builder_end_object (b);
          dossier_cli_print_json (b);
        }
      else if (format == DOSSIER_FORMAT_CSV)
        {
          const char *row[] = { e->path, NULL, NULL, NULL, NULL, NULL, NULL, NULL, "0", e->message };
          dossier_csv_append_row (csv, row, G_N_ELEMENTS (row));
        }
    }

  if (format == DOSSIER_FORMAT_CSV)
    fwrite (csv->str, 1, csv->len, stdout);

  return errors->len > 0 ? DOSSIER_EXIT_SOME : DOSSIER_EXIT_OK;
}

int
dossier_cli_show (int    argc,
                  char **argv)
{
  g_autoptr(GOptionContext) context = g_option_context_new (_("FILE — show one article"));
  g_autofree char *format_name = NULL;
  DossierOutputFormat format = DOSSIER_FORMAT_TEXT;
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(DossierArticle) article = NULL;
  g_autofree char *base = NULL;
  GOptionEntry entries[] = {
    { "format", 'f', 0, G_OPTION_ARG_STRING, &format_name, N_("Output format: text or json"), "FORMAT" },
    { NULL }
  };

  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  g_option_context_set_summary (context,
    _("Prints the metadata and the clean body of one article file.\n"
      "json keys: those of “articles --format=jsonl” plus body."));
  if (!g_option_context_parse (context, &argc, &argv, &error))
    return dossier_cli_usage_error (context, error->message);
  if (argc != 2)
    return dossier_cli_usage_error (context, _("Give exactly one FILE"));
  if (!dossier_cli_parse_format (format_name, 1 << DOSSIER_FORMAT_TEXT | 1 << DOSSIER_FORMAT_JSON, &format))
    return dossier_cli_usage_error (context, _("Unknown format"));

  file = g_file_new_for_commandline_arg (argv[1]);
  base = g_file_get_basename (file);
  article = dossier_article_load (file, base, NULL, &error);
  if (article == NULL)
    {
      dossier_cli_error_line (argv[1], error->message);
      return DOSSIER_EXIT_SOME;
    }

  if (format == DOSSIER_FORMAT_JSON)
    {
      g_autoptr(JsonBuilder) b = json_builder_new ();

      json_builder_begin_object (b);
      dossier_cli_article_json (b, article);
      json_builder_set_member_name (b, "body");
      json_builder_add_string_value (b, dossier_article_get_body (article));
      json_builder_end_object (b);
      dossier_cli_print_json (b);
    }
  else
    {
      const char *labels[] = { N_("Title"), N_("Outlet"), N_("Date"), N_("Page date"), N_("Byline"), N_("Place"), N_("URL") };
      const char *values[] = {
        dossier_article_get_title (article), dossier_article_get_outlet (article),
        dossier_article_get_date (article), dossier_article_get_page_date (article),
        dossier_article_get_byline (article), dossier_article_get_place (article),
        dossier_article_get_url (article),
      };

      for (guint i = 0; i < G_N_ELEMENTS (labels); i++)
        if (values[i])
          printf ("%s: %s\n", _(labels[i]), values[i]);
      printf ("%s: %u\n", _("Words"), dossier_article_get_word_count (article));
      if (dossier_article_get_warning (article))
        printf ("%s: %s\n", _("Warning"), dossier_article_get_warning (article));
      printf ("\n%s\n", dossier_article_get_body (article));
    }
  return DOSSIER_EXIT_OK;
}
