/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "bench-filter"

#include <string.h>

#include "dossier-core.h"
#include "synthetic-corpus.h"

/* Reports how long one filter change takes on 100,000 synthetic articles
 * (see synthetic-corpus.c): intersection, bitset and facet counts. */

typedef struct
{
  const char *what;
  guint32 entities[3];
  guint n_entities;
  const char *text;
} Case;

int
main (int   argc,
      char *argv[])
{
  g_autoptr(DossierCorpus) corpus = NULL;
  g_autoptr(DossierFilter) filter = NULL;
  gint64 t0 = g_get_monotonic_time ();
  const Case cases[] = {
    { "most frequent entity", { 0 }, 1, NULL },
    { "two frequent entities (AND)", { 0, 1 }, 2, NULL },
    { "frequent AND mid-frequency", { 0, 200 }, 2, NULL },
    { "three entities (AND)", { 2, 5, 9 }, 3, NULL },
    { "rare entity", { 30000 }, 1, NULL },
    { "text only (title substring)", { 0 }, 0, "number 12" },
    { "entity AND text", { 0 }, 1, "number 1" },
  };
  double worst = 0, worst_entity = 0;

  corpus = synthetic_corpus_new ();
  g_print ("Built %u articles, %u entities in %.1f s\n",
           g_list_model_get_n_items (G_LIST_MODEL (corpus)),
           g_list_model_get_n_items (dossier_corpus_get_entities (corpus)),
           (g_get_monotonic_time () - t0) / 1e6);
  filter = dossier_filter_new (corpus);
  t0 = g_get_monotonic_time ();
  /* In the app this runs once, when the linker hands over the entities. */
  dossier_filter_build_rows (filter);
  g_print ("Packed the per-article entity rows in %.1f ms (once per load)\n",
           (g_get_monotonic_time () - t0) / 1000.0);

  for (guint c = 0; c < G_N_ELEMENTS (cases); c++)
    {
      const guint rounds = 20;
      double total = 0, max = 0;
      guint n_matches = 0;

      /* The first text filter builds the case-folded titles once; later ones
       * reuse them, as in the app. */
      if (cases[c].text)
        {
          dossier_filter_set_text (filter, cases[c].text);
          dossier_filter_clear (filter);
        }

      for (guint r = 0; r < rounds; r++)
        {
          gint64 start = g_get_monotonic_time ();
          double ms;

          /* One "change" is what a click does: add the last entity to a
           * filter that already holds the others. */
          dossier_filter_clear (filter);
          if (cases[c].text)
            dossier_filter_set_text (filter, cases[c].text);
          for (guint i = 0; i + 1 < cases[c].n_entities; i++)
            dossier_filter_add_entity (filter, cases[c].entities[i]);

          start = g_get_monotonic_time ();
          if (cases[c].n_entities > 0)
            dossier_filter_add_entity (filter, cases[c].entities[cases[c].n_entities - 1]);
          else
            {
              dossier_filter_set_text (filter, NULL);
              dossier_filter_set_text (filter, cases[c].text);
            }
          ms = (g_get_monotonic_time () - start) / 1000.0;
          total += ms;
          max = MAX (max, ms);
          n_matches = dossier_filter_get_n_matches (filter);
        }
      worst = MAX (worst, max);
      g_print ("%-32s %6u matches  mean %6.2f ms  max %6.2f ms\n",
               cases[c].what, n_matches, total / rounds, max);
      if (cases[c].n_entities > 0)
        worst_entity = MAX (worst_entity, total / rounds);
    }

  {
    gint64 start = g_get_monotonic_time ();
    dossier_filter_clear (filter);
    g_print ("%-32s %6u matches  %6.2f ms\n", "clear", dossier_filter_get_n_matches (filter),
             (g_get_monotonic_time () - start) / 1000.0);
  }

  g_print ("Entity filter change: worst mean %.2f ms, worst single run %.2f ms (budget: 16 ms, one frame)\n",
           worst_entity, worst);
  return 0;
}
