/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "dossier-cli"

#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>
#include <stdlib.h>

#include "dossier-cli-commands.h"
#include "dossier-cli-output.h"

static int
compare_u32 (const void *a,
             const void *b)
{
  guint32 x = *(const guint32 *) a, y = *(const guint32 *) b;

  return x < y ? -1 : x > y;
}

/* The articles that mention every entity: the per-entity sorted arrays,
 * intersected smallest first. NULL when no entity was asked for. */
static GArray *
entity_filter (DossierCorpus  *corpus,
               GPtrArray      *entities)
{
  GArray *ids = NULL;

  if (entities->len == 0)
    return NULL;
  for (guint i = 0; i < entities->len; i++)
    {
      guint n;
      const guint32 *a = dossier_entity_get_article_ids (g_ptr_array_index (entities, i), &n);

      if (ids == NULL)
        {
          ids = g_array_sized_new (FALSE, FALSE, sizeof (guint32), n);
          g_array_append_vals (ids, a, n);
        }
      else
        g_array_set_size (ids, dossier_ids_intersect ((guint32 *) ids->data, ids->len, a, n));
    }
  return ids;
}

static int
compare_by_articles (gconstpointer a,
                     gconstpointer b)
{
  guint na = dossier_entity_get_n_articles (*(DossierEntity **) a);
  guint nb = dossier_entity_get_n_articles (*(DossierEntity **) b);

  return na < nb ? -1 : na > nb;
}

static double
ms_since (gint64 start)
{
  return (g_get_monotonic_time () - start) / 1000.0;
}

int
dossier_cli_search (int    argc,
                    char **argv)
{
  g_autoptr(GOptionContext) context = g_option_context_new (_("FOLDER QUERY — full-text search in a folder"));
  g_autofree char *format_name = NULL;
  g_auto(GStrv) entity_names = NULL;
  gboolean timing = FALSE;
  int limit = 0;
  DossierOutputFormat format = DOSSIER_FORMAT_TEXT;
  g_autoptr(GError) error = NULL;
  g_autoptr(DossierQuery) query = NULL;
  g_autoptr(DossierCorpus) corpus = NULL;
  g_autoptr(GArray) ids = NULL;
  g_autoptr(GArray) allowed = NULL;
  g_autoptr(GPtrArray) entities = g_ptr_array_new ();
  g_autoptr(GString) csv = g_string_new (NULL);
  DossierIndex *index;
  gint64 t0;
  double load_ms, query_ms, filter_ms = 0;
  guint shown = 0;
  int status;
  GOptionEntry entries[] = {
    { "entity", 0, 0, G_OPTION_ARG_STRING_ARRAY, &entity_names, N_("Only articles that mention NAME (repeat for AND)"), "NAME" },
    { "format", 0, 0, G_OPTION_ARG_STRING, &format_name, N_("Output format: text, jsonl or csv"), "FORMAT" },
    { "limit", 0, 0, G_OPTION_ARG_INT, &limit, N_("Print at most N results"), "N" },
    { "timing", 0, 0, G_OPTION_ARG_NONE, &timing, N_("Print how long loading, the query and the entity filter took, on stderr"), NULL },
    { NULL }
  };

  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  /* "-word" is an excluded word of the query, not an option: hence no
   * short options, which GOption would find inside "-word". */
  g_option_context_set_ignore_unknown_options (context, TRUE);
  g_option_context_set_summary (context,
    _("Finds the articles of FOLDER that match QUERY, best first, with a snippet\n"
      "in which the matched words are [marked]. Builds or updates the index first.\n"
      "QUERY: words (all must appear), \"a phrase\", prefix*, -excluded, NOT word,\n"
      "and OR between alternatives. Files that cannot be read are left out\n"
      "quietly here (“dossier-cli index” lists them).\n"
      "jsonl keys: file, title, snippet."));
  if (!g_option_context_parse (context, &argc, &argv, &error))
    return dossier_cli_usage_error (context, error->message);
  if (argc < 3)
    return dossier_cli_usage_error (context, _("Give a FOLDER and a QUERY"));
  if (!dossier_cli_parse_format (format_name, 1 << DOSSIER_FORMAT_TEXT | 1 << DOSSIER_FORMAT_JSONL | 1 << DOSSIER_FORMAT_CSV, &format))
    return dossier_cli_usage_error (context, _("Unknown format"));

  /* The words after FOLDER make one query, quoted or not. */
  {
    g_autofree char *text = g_strjoinv (" ", argv + 2);

    query = dossier_query_parse (text, &error);
    if (query == NULL)
      {
        fprintf (stderr, "dossier-cli: %s\n", error->message);
        return DOSSIER_EXIT_USAGE;
      }
  }

  t0 = g_get_monotonic_time ();
  corpus = dossier_cli_load_indexed (argv[1], FALSE, FALSE, &status);
  if (corpus == NULL)
    return status;
  load_ms = ms_since (t0);
  index = dossier_corpus_get_index (corpus);
  if (index == NULL)
    return DOSSIER_EXIT_SOME;

  for (guint i = 0; entity_names && entity_names[i]; i++)
    {
      DossierEntity *e = dossier_corpus_lookup_entity (corpus, entity_names[i]);

      if (e == NULL)
        {
          dossier_cli_error_line (entity_names[i], _("No such entity in this folder"));
          return DOSSIER_EXIT_SOME;
        }
      g_ptr_array_add (entities, e);
    }
  g_ptr_array_sort (entities, compare_by_articles);

  t0 = g_get_monotonic_time ();
  if (!dossier_query_run (query, index, &ids, &error))
    {
      dossier_cli_error_line (argv[1], error->message);
      return DOSSIER_EXIT_SOME;
    }
  query_ms = ms_since (t0);

  t0 = g_get_monotonic_time ();
  allowed = entity_filter (corpus, entities);
  if (allowed)
    {
      /* Keep the rank order: check each hit against the sorted set. */
      guint out = 0;

      for (guint i = 0; i < ids->len; i++)
        {
          guint32 id = g_array_index (ids, guint32, i);
          if (bsearch (&id, allowed->data, allowed->len, sizeof (guint32), compare_u32))
            g_array_index (ids, guint32, out++) = id;
        }
      g_array_set_size (ids, out);
    }
  filter_ms = ms_since (t0);

  if (timing)
    {
      /* The filter alone, as the UI runs it on a click: when no entity
       * was given, the two that are in most articles. */
      g_autoptr(GPtrArray) bench = g_ptr_array_new ();
      GListModel *model = dossier_corpus_get_entities (corpus);
      g_autoptr(GArray) r = NULL;
      gint64 t1;
      double ms;

      if (entities->len > 0)
        g_ptr_array_extend (bench, entities, NULL, NULL);
      else
        for (guint i = 0; i < MIN (2, g_list_model_get_n_items (model)); i++)
          {
            g_autoptr(DossierEntity) e = g_list_model_get_item (model, i);
            g_ptr_array_add (bench, e);
          }
      g_ptr_array_sort (bench, compare_by_articles);
      t1 = g_get_monotonic_time ();
      r = entity_filter (corpus, bench);
      ms = ms_since (t1);
      fprintf (stderr, "timing: load %.1f ms, %u articles; query %.2f ms, %u hits; filter of the hits %.2f ms; "
               "entity filter (%u entities) %.3f ms, %u articles\n",
               load_ms, g_list_model_get_n_items (G_LIST_MODEL (corpus)), query_ms, ids->len, filter_ms,
               bench->len, ms, r ? r->len : 0);
    }

  if (format == DOSSIER_FORMAT_CSV)
    {
      const char *header[] = { "file", "title", "snippet" };
      dossier_csv_append_row (csv, header, G_N_ELEMENTS (header));
    }

  for (guint i = 0; i < ids->len && (limit <= 0 || shown < (guint) limit); i++)
    {
      guint32 id = g_array_index (ids, guint32, i);
      DossierArticle *a = dossier_corpus_get_article_by_id (corpus, id);
      g_autofree char *snippet = NULL;

      /* A hit the corpus does not know is a row written by another
       * process for a file this one has not seen: skip it. */
      if (a == NULL)
        continue;
      shown++;
      snippet = dossier_index_snippet (index, dossier_query_get_match (query), id, NULL);
      if (format == DOSSIER_FORMAT_JSONL)
        {
          g_autoptr(JsonBuilder) b = json_builder_new ();

          json_builder_begin_object (b);
          json_builder_set_member_name (b, "file");
          json_builder_add_string_value (b, dossier_article_get_path (a));
          json_builder_set_member_name (b, "title");
          json_builder_add_string_value (b, dossier_article_get_title (a));
          json_builder_set_member_name (b, "snippet");
          json_builder_add_string_value (b, snippet ? snippet : "");
          json_builder_end_object (b);
          dossier_cli_print_json (b);
        }
      else if (format == DOSSIER_FORMAT_CSV)
        {
          const char *row[] = { dossier_article_get_path (a), dossier_article_get_title (a), snippet };
          dossier_csv_append_row (csv, row, G_N_ELEMENTS (row));
        }
      else
        printf ("%s  (%s)\n    %s\n", dossier_article_get_title (a), dossier_article_get_path (a),
                snippet ? snippet : "");
    }

  if (format == DOSSIER_FORMAT_CSV)
    fwrite (csv->str, 1, csv->len, stdout);
  g_clear_pointer (&entities, g_ptr_array_unref);
  dossier_cli_keep_until_exit (g_steal_pointer (&corpus));
  return status;
}
