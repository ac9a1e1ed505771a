/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "bench-filter"

#include <math.h>
#include <string.h>

#include "dossier-core.h"
#include "dossier-corpus-private.h"

/* A synthetic folder of 100,000 articles with a news-like entity
 * distribution: 40,000 entities whose frequency follows Zipf's law (a few
 * heads of state and capitals in a third of the articles, a long tail seen
 * once), 15 distinct entities and about 30 mentions per article. Reports how
 * long one filter change takes: intersection, bitset and facet counts. */

#define N_ARTICLES 100000
#define N_ENTITIES 40000
#define ENTITIES_PER_ARTICLE 15
#define MENTIONS_PER_ENTITY 2

static double *cdf;

static guint
zipf_draw (GRand *rand)
{
  double u = g_rand_double (rand);
  guint lo = 0, hi = N_ENTITIES - 1;

  while (lo < hi)
    {
      guint mid = (lo + hi) / 2;
      if (cdf[mid] < u)
        lo = mid + 1;
      else
        hi = mid;
    }
  return lo;
}

static int
compare_mentions (gconstpointer a,
                  gconstpointer b)
{
  return (int) ((const DossierMention *) a)->start - (int) ((const DossierMention *) b)->start;
}

static DossierCorpus *
build_corpus (void)
{
  g_autoptr(GFile) folder = g_file_new_for_path ("/nonexistent");
  DossierCorpus *corpus = dossier_corpus_new (folder);
  g_autoptr(GPtrArray) articles = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) entities = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GRand) rand = g_rand_new_with_seed (42);
  double sum = 0;

  cdf = g_new (double, N_ENTITIES);
  for (guint i = 0; i < N_ENTITIES; i++)
    sum += 1.0 / pow (i + 1, 0.9);
  for (guint i = 0, acc = 0; i < N_ENTITIES; i++)
    {
      static double run = 0;
      run += 1.0 / pow (i + 1, 0.9) / sum;
      cdf[i] = run;
      (void) acc;
    }

  for (guint i = 0; i < N_ARTICLES; i++)
    {
      g_autofree char *path = g_strdup_printf ("a%06u.txt", i);
      g_autofree char *text = g_strdup_printf ("Report number %u on the talks\n\n"
                                               "The meeting lasted for several hours and both sides said "
                                               "that the talks had been useful for everyone.\n", i);
      g_autoptr(GError) error = NULL;
      DossierArticle *a = dossier_article_new_from_bytes (NULL, path, text, strlen (text), &error);

      g_assert_no_error (error);
      g_ptr_array_add (articles, a);
    }
  dossier_corpus_add_articles (corpus, articles);

  for (guint e = 0; e < N_ENTITIES; e++)
    {
      g_autofree char *name = g_strdup_printf ("Entity %u", e);
      g_ptr_array_add (entities, dossier_entity_new (e, name, e % DOSSIER_N_LABELS));
    }

  for (guint i = 0; i < articles->len; i++)
    {
      DossierArticle *a = g_ptr_array_index (articles, i);
      GArray *mentions = g_array_new (FALSE, FALSE, sizeof (DossierMention));
      guint32 chosen[ENTITIES_PER_ARTICLE];

      for (guint k = 0; k < ENTITIES_PER_ARTICLE; k++)
        {
          guint e;
          gboolean dup;

          do
            {
              e = zipf_draw (rand);
              dup = FALSE;
              for (guint j = 0; j < k; j++)
                dup |= chosen[j] == e;
            }
          while (dup);
          chosen[k] = e;
          for (guint m = 0; m < MENTIONS_PER_ENTITY; m++)
            {
              DossierMention mention = {
                .start = g_rand_int_range (rand, 0, 100),
                .entity = e,
                .label = e % DOSSIER_N_LABELS,
              };
              mention.end = mention.start + 1;
              g_array_append_val (mentions, mention);
              dossier_entity_add_mention (g_ptr_array_index (entities, e), dossier_article_get_id (a));
            }
        }
      g_array_sort (mentions, compare_mentions);
      dossier_article_take_mentions (a, mentions);
    }
  for (guint e = 0; e < N_ENTITIES; e++)
    dossier_entity_finish (g_ptr_array_index (entities, e));
  dossier_corpus_set_entities (corpus, entities);
  return corpus;
}

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

  corpus = build_corpus ();
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
  g_free (cdf);
  return 0;
}
