/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "bench-sidebar"

#include <gtk/gtk.h>

#include "dossier-core.h"
#include "synthetic-corpus.h"

/* The article sidebar's model chain, as DossierWindow builds it
 * (DossierArticleList → GtkSingleSelection), on 100,000 synthetic articles:
 * how long a click on an entity takes until the list model is updated, in
 * each sort order. For comparison, the same through a GtkFilterListModel
 * with a custom filter (what the window used first). Rows are only built
 * for what is visible, so these are the costs that grow with the folder.
 * No display is needed: no widget is made. */

static gboolean
visible (gpointer item,
         gpointer user_data)
{
  return dossier_filter_matches (user_data, dossier_article_get_id (item));
}

static double
click (DossierFilter *filter,
       GtkFilter     *gtk_filter,
       GListModel    *model,
       const guint32 *entities,
       guint          n_entities,
       guint         *n_shown)
{
  gint64 start;

  dossier_filter_clear (filter);
  if (gtk_filter)
    gtk_filter_changed (gtk_filter, GTK_FILTER_CHANGE_DIFFERENT);
  for (guint i = 0; i + 1 < n_entities; i++)
    dossier_filter_add_entity (filter, entities[i]);
  if (gtk_filter)
    gtk_filter_changed (gtk_filter, GTK_FILTER_CHANGE_DIFFERENT);
  g_list_model_get_n_items (model);

  start = g_get_monotonic_time ();
  dossier_filter_add_entity (filter, entities[n_entities - 1]);
  if (gtk_filter)
    gtk_filter_changed (gtk_filter, GTK_FILTER_CHANGE_DIFFERENT);
  *n_shown = g_list_model_get_n_items (model);
  return (g_get_monotonic_time () - start) / 1000.0;
}

typedef struct
{
  const char *what;
  guint32 ids[2];
  guint n;
  DossierSortOrder sort;
  gboolean gtk_filter_model;
} Case;

int
main (int   argc,
      char *argv[])
{
  g_autoptr(DossierCorpus) corpus = synthetic_corpus_new ();
  g_autoptr(DossierFilter) filter = dossier_filter_new (corpus);
  g_autoptr(DossierArticleList) articles = dossier_article_list_new (filter);
  g_autoptr(GtkSingleSelection) selection = gtk_single_selection_new (g_object_ref (G_LIST_MODEL (articles)));
  GtkCustomFilter *gtk_filter = gtk_custom_filter_new (visible, filter, NULL);
  g_autoptr(GtkFilterListModel) filter_model = gtk_filter_list_model_new (g_object_ref (G_LIST_MODEL (corpus)),
                                                                          GTK_FILTER (g_object_ref (gtk_filter)));
  const Case cases[] = {
    { "most frequent entity, by date", { 0 }, 1, DOSSIER_SORT_DATE, FALSE },
    { "two frequent entities, by date", { 0, 1 }, 2, DOSSIER_SORT_DATE, FALSE },
    { "rare entity, by date", { 30000 }, 1, DOSSIER_SORT_DATE, FALSE },
    { "most frequent entity, by title", { 0 }, 1, DOSSIER_SORT_TITLE, FALSE },
    { "two frequent entities, by outlet", { 0, 1 }, 2, DOSSIER_SORT_OUTLET, FALSE },
    { "(GtkFilterListModel) most frequent", { 0 }, 1, DOSSIER_SORT_DATE, TRUE },
    { "(GtkFilterListModel) rare entity", { 30000 }, 1, DOSSIER_SORT_DATE, TRUE },
  };
  double worst = 0;
  gint64 t0;

  dossier_filter_build_rows (filter);
  g_print ("%u articles in the sidebar model\n", g_list_model_get_n_items (G_LIST_MODEL (selection)));

  for (guint c = 0; c < G_N_ELEMENTS (cases); c++)
    {
      double total = 0, max = 0;
      guint shown = 0;
      const guint rounds = 10;

      t0 = g_get_monotonic_time ();
      dossier_article_list_set_sort (articles, cases[c].sort);
      if (t0 && cases[c].sort != DOSSIER_SORT_DATE && (c == 0 || cases[c - 1].sort != cases[c].sort))
        g_print ("  (choosing that sort order: %.1f ms, once)\n", (g_get_monotonic_time () - t0) / 1000.0);
      for (guint r = 0; r < rounds; r++)
        {
          double ms;

          if (cases[c].gtk_filter_model)
            ms = click (filter, GTK_FILTER (gtk_filter), G_LIST_MODEL (filter_model), cases[c].ids, cases[c].n, &shown);
          else
            ms = click (filter, NULL, G_LIST_MODEL (selection), cases[c].ids, cases[c].n, &shown);
          total += ms;
          max = MAX (max, ms);
        }
      if (!cases[c].gtk_filter_model)
        worst = MAX (worst, total / rounds);
      g_print ("%-38s %6u shown  mean %7.2f ms  max %7.2f ms\n", cases[c].what, shown, total / rounds, max);
    }
  g_print ("Entity click to updated sidebar model: worst mean %.2f ms (budget: 16 ms, one frame)\n", worst);

  /* The entity panel's model, as DossierEntityPanel builds it. */
  {
    g_autoptr(DossierEntityList) entities = dossier_entity_list_new (filter);
    g_autoptr(GtkNoSelection) entity_selection = gtk_no_selection_new (g_object_ref (G_LIST_MODEL (entities)));
    const guint32 ids[][2] = { { 0 }, { 30000 }, { 0, 1 } };
    const guint n_ids[] = { 1, 1, 2 };
    const char *what[] = { "most frequent entity", "rare entity", "two frequent entities" };
    double worst_panel = 0;

    for (guint c = 0; c < G_N_ELEMENTS (ids); c++)
      {
        double total = 0;
        guint listed = 0;

        for (guint r = 0; r < 10; r++)
          {
            gint64 start;

            dossier_filter_clear (filter);
            for (guint i = 0; i + 1 < n_ids[c]; i++)
              dossier_filter_add_entity (filter, ids[c][i]);
            /* Filter, article list and entity list together: one click. */
            start = g_get_monotonic_time ();
            dossier_filter_add_entity (filter, ids[c][n_ids[c] - 1]);
            listed = g_list_model_get_n_items (G_LIST_MODEL (entity_selection));
            g_list_model_get_n_items (G_LIST_MODEL (selection));
            total += (g_get_monotonic_time () - start) / 1000.0;
          }
        worst_panel = MAX (worst_panel, total / 10);
        g_print ("click with entity panel, %-22s %6u entities listed  mean %7.2f ms\n",
                 what[c], listed, total / 10);
      }
    g_print ("Entity click, filter + article list + entity panel models: worst mean %.2f ms\n", worst_panel);
  }
  g_object_unref (gtk_filter);
  return 0;
}
