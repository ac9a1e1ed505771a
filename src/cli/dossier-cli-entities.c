/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "dossier-cli"

#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>
#include <string.h>

#include "dossier-cli-commands.h"
#include "dossier-cli-output.h"
#include "dossier-corpus-private.h"

static int
compare_paths (gconstpointer a,
               gconstpointer b)
{
  return strcmp (dossier_article_get_path (*(DossierArticle **) a), dossier_article_get_path (*(DossierArticle **) b));
}

typedef struct
{
  gsize start, end;
  guint index;
} FileSpan;

static int
compare_file_spans (const void *a,
                    const void *b)
{
  const FileSpan *x = a, *y = b;

  if (x->start != y->start)
    return x->start < y->start ? -1 : 1;
  if (x->end != y->end)
    return x->end < y->end ? -1 : 1;
  return x->index < y->index ? -1 : x->index > y->index;
}

/* The mentions contract of DESIGN.md: one object per mention, in file
 * order, offsets into the file's bytes, `text` the mention as it stands. */
static void
print_mentions (DossierCorpus  *corpus,
                DossierArticle *a)
{
  guint n;
  const DossierMention *m = dossier_article_get_mentions (a, &n);
  const char *text = dossier_article_get_text (a);
  g_autofree char *data = NULL;
  gsize len = 0;
  g_autofree FileSpan *order = NULL;
  gboolean decoded_only;

  if (n == 0)
    return;
  decoded_only = dossier_format_for_path (dossier_article_get_path (a)) == &dossier_format_mhtml ||
                 (dossier_article_get_flags (a) & DOSSIER_ARTICLE_FLAG_TWICE);
  if (dossier_article_get_file (a))
    {
      g_autofree char *path = g_file_get_path (dossier_article_get_file (a));
      g_file_get_contents (path, &data, &len, NULL);
    }

  /* The clean text need not follow the file (a caption or a standfirst
   * placed before the story is read after it): order by the file's bytes. */
  order = g_new (FileSpan, n);
  for (guint k = 0; k < n; k++)
    {
      order[k].index = k;
      dossier_article_text_to_file (a, m[k].start, m[k].end, &order[k].start, &order[k].end);
    }
  qsort (order, n, sizeof (FileSpan), compare_file_spans);

  for (guint k = 0; k < n; k++)
    {
      guint i = order[k].index;
      DossierEntity *e = dossier_corpus_get_entity_by_id (corpus, m[i].entity);
      g_autoptr(JsonBuilder) b = json_builder_new ();
      g_autofree char *surface = NULL;
      gsize fs = order[k].start, fe = order[k].end;

      /* The file's bytes when they are the mention as written (text files);
       * the decoded text when they hold markup, a reference or another
       * encoding, as every span of a page in an MHTML archive or of a file
       * encoded twice does. */
      if (data && fe <= len && !decoded_only && g_utf8_validate (data + fs, fe - fs, NULL) &&
          !memchr (data + fs, '<', fe - fs) && !memchr (data + fs, '&', fe - fs))
        surface = g_strndup (data + fs, fe - fs);
      else
        surface = g_strndup (text + m[i].start, m[i].end - m[i].start);

      json_builder_begin_object (b);
      json_builder_set_member_name (b, "file");
      json_builder_add_string_value (b, dossier_article_get_path (a));
      json_builder_set_member_name (b, "start");
      json_builder_add_int_value (b, fs);
      json_builder_set_member_name (b, "end");
      json_builder_add_int_value (b, fe);
      json_builder_set_member_name (b, "label");
      json_builder_add_string_value (b, dossier_label_to_string (m[i].label));
      json_builder_set_member_name (b, "text");
      json_builder_add_string_value (b, surface);
      json_builder_set_member_name (b, "entity");
      json_builder_add_string_value (b, e ? dossier_entity_get_name (e) : surface);
      json_builder_end_object (b);
      dossier_cli_print_json (b);
    }
}

static char *
join_aliases (DossierEntity *e)
{
  const char * const *aliases = dossier_entity_get_aliases (e);
  g_autoptr(GString) s = g_string_new (NULL);

  for (guint i = 0; aliases[i]; i++)
    {
      if (g_str_equal (aliases[i], dossier_entity_get_name (e)))
        continue;
      if (s->len)
        g_string_append (s, "; ");
      g_string_append (s, aliases[i]);
    }
  return g_string_free (g_steal_pointer (&s), FALSE);
}

int
dossier_cli_entities (int    argc,
                      char **argv)
{
  g_autoptr(GOptionContext) context = g_option_context_new (_("FOLDER — list the entities of a folder"));
  g_autofree char *format_name = NULL;
  g_autofree char *label_name = NULL;
  int min_articles = 1;
  DossierOutputFormat format = DOSSIER_FORMAT_TEXT;
  DossierLabel only_label = DOSSIER_LABEL_MISC;
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) folder = NULL;
  g_autoptr(DossierCorpus) corpus = NULL;
  g_autoptr(DossierExtractor) extractor = NULL;
  g_autoptr(GPtrArray) articles = NULL;
  GListModel *entities;
  GOptionEntry entries[] = {
    { "format", 'f', 0, G_OPTION_ARG_STRING, &format_name, N_("Output format: text, jsonl (mentions) or csv"), "FORMAT" },
    { "label", 'l', 0, G_OPTION_ARG_STRING, &label_name, N_("Only entities of this label: PERSON, ORG, PLACE or MISC"), "LABEL" },
    { "min-articles", 'm', 0, G_OPTION_ARG_INT, &min_articles, N_("Only entities found in at least N articles"), "N" },
    { NULL }
  };

  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  g_option_context_set_summary (context,
    _("Finds the people, organisations, places and other names of every article of FOLDER and links\n"
      "them across articles.\n"
      "text and csv print the entity table (name, label, articles, mentions, aliases), most articles first.\n"
      "jsonl prints every mention: file, start, end (byte offsets into the file), label, text, entity."));
  if (!g_option_context_parse (context, &argc, &argv, &error))
    return dossier_cli_usage_error (context, error->message);
  if (argc != 2)
    return dossier_cli_usage_error (context, _("Give exactly one FOLDER"));
  if (!dossier_cli_parse_format (format_name, 1 << DOSSIER_FORMAT_TEXT | 1 << DOSSIER_FORMAT_JSONL | 1 << DOSSIER_FORMAT_CSV, &format))
    return dossier_cli_usage_error (context, _("Unknown format"));
  if (label_name && !dossier_label_from_string (label_name, &only_label))
    return dossier_cli_usage_error (context, _("Unknown label"));

  folder = g_file_new_for_commandline_arg (argv[1]);
  if (!dossier_cli_check_folder (folder, argv[1]))
    return DOSSIER_EXIT_USAGE;

  extractor = dossier_extractor_new_default (&error);
  if (extractor == NULL)
    {
      dossier_cli_error_line ("dossier-cli", error->message);
      return DOSSIER_EXIT_SOME;
    }

  corpus = dossier_corpus_new (folder);
  dossier_corpus_set_extractor (corpus, extractor);
  if (!dossier_corpus_load_sync (corpus, NULL, &error))
    {
      dossier_cli_error_line (argv[1], error->message);
      return DOSSIER_EXIT_SOME;
    }

  /* The user's corrections (made in the app) go on top of what the
   * extractor found. */
  {
    g_autoptr(DossierCorrections) corrections = dossier_corrections_new_for_folder (folder);
    g_autoptr(GError) corrections_error = NULL;

    if (!dossier_corrections_load (corrections, &corrections_error))
      dossier_cli_error_line (argv[1], corrections_error->message);
    else if (dossier_corrections_get_n (corrections) > 0)
      {
        dossier_corrections_rebase (corrections, corpus);
        dossier_corrections_apply (corrections, corpus);
      }
  }

  if (format == DOSSIER_FORMAT_JSONL)
    {
      guint n = g_list_model_get_n_items (G_LIST_MODEL (corpus));

      articles = g_ptr_array_new ();
      for (guint i = 0; i < n; i++)
        g_ptr_array_add (articles, dossier_corpus_get_article (corpus, i));
      g_ptr_array_sort (articles, compare_paths);
      for (guint i = 0; i < articles->len; i++)
        print_mentions (corpus, g_ptr_array_index (articles, i));
    }
  else
    {
      g_autoptr(GString) csv = g_string_new (NULL);

      entities = dossier_corpus_get_entities (corpus);
      if (format == DOSSIER_FORMAT_CSV)
        {
          const char *header[] = { "entity", "label", "articles", "mentions", "aliases" };
          dossier_csv_append_row (csv, header, G_N_ELEMENTS (header));
        }
      for (guint i = 0; i < g_list_model_get_n_items (entities); i++)
        {
          g_autoptr(DossierEntity) e = g_list_model_get_item (entities, i);
          g_autofree char *aliases = NULL;
          g_autofree char *n_articles = NULL;
          g_autofree char *n_mentions = NULL;

          if (label_name && dossier_entity_get_label (e) != only_label)
            continue;
          if ((int) dossier_entity_get_n_articles (e) < min_articles)
            continue;
          aliases = join_aliases (e);
          n_articles = g_strdup_printf ("%u", dossier_entity_get_n_articles (e));
          n_mentions = g_strdup_printf ("%u", dossier_entity_get_n_mentions (e));
          if (format == DOSSIER_FORMAT_CSV)
            {
              const char *row[] = { dossier_entity_get_name (e), dossier_label_to_string (dossier_entity_get_label (e)),
                                    n_articles, n_mentions, aliases };
              dossier_csv_append_row (csv, row, G_N_ELEMENTS (row));
            }
          else
            printf ("%-32s  %-6s  %5s articles  %5s mentions%s%s\n", dossier_entity_get_name (e),
                    dossier_label_to_string (dossier_entity_get_label (e)), n_articles, n_mentions,
                    *aliases ? "  aka " : "", aliases);
        }
      fwrite (csv->str, 1, csv->len, stdout);
    }

  return dossier_cli_print_load_errors (corpus) > 0 ? DOSSIER_EXIT_SOME : DOSSIER_EXIT_OK;
}
