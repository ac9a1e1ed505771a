/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "synthetic-corpus"

#include <math.h>
#include <string.h>

#include "dossier-corpus-private.h"
#include "synthetic-corpus.h"

/* A synthetic folder of 100,000 articles with a news-like entity
 * distribution: 40,000 entities whose frequency follows Zipf's law (a few
 * heads of state and capitals in a third of the articles, a long tail seen
 * once), 15 distinct entities and about 30 mentions per article. For the
 * benchmarks; tests make smaller ones. */

#define N_ARTICLES 100000
#define N_ENTITIES 40000
#define ENTITIES_PER_ARTICLE 15
#define MENTIONS_PER_ENTITY 2

static guint
zipf_draw (GRand        *rand,
           const double *cdf,
           guint         n_entities)
{
  double u = g_rand_double (rand);
  guint lo = 0, hi = n_entities - 1;

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

/**
 * synthetic_corpus_new_sized:
 * @n_articles: how many articles
 * @n_entities: how many entities (at least 15)
 * @seed: of the random draws: the same corpus for the same seed
 */
DossierCorpus *
synthetic_corpus_new_sized (guint   n_articles,
                            guint   n_entities,
                            guint32 seed)
{
  g_autoptr(GFile) folder = g_file_new_for_path ("/nonexistent");
  DossierCorpus *corpus = dossier_corpus_new (folder);
  g_autoptr(GPtrArray) articles = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) entities = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GRand) rand = g_rand_new_with_seed (seed);
  g_autofree double *cdf = g_new (double, n_entities);
  double sum = 0;

  g_return_val_if_fail (n_entities >= ENTITIES_PER_ARTICLE, NULL);

  for (guint i = 0; i < n_entities; i++)
    sum += 1.0 / pow (i + 1, 0.9);
  {
    double run = 0;

    for (guint i = 0; i < n_entities; i++)
      {
        run += 1.0 / pow (i + 1, 0.9) / sum;
        cdf[i] = run;
      }
  }

  for (guint i = 0; i < n_articles; i++)
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

  for (guint e = 0; e < n_entities; e++)
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
              e = zipf_draw (rand, cdf, n_entities);
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
  for (guint e = 0; e < n_entities; e++)
    dossier_entity_finish (g_ptr_array_index (entities, e));
  dossier_corpus_set_entities (corpus, entities);
  return corpus;
}

DossierCorpus *
synthetic_corpus_new (void)
{
  return synthetic_corpus_new_sized (N_ARTICLES, N_ENTITIES, 42);
}

