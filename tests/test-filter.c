/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-filter"

#include <glib/gstdio.h>
#include <string.h>
#include <unistd.h>

#include "dossier-core.h"
#include "dossier-corpus-private.h"
#include "synthetic-corpus.h"
#include "test-util.h"

/* Six articles; entity 0 "Xi Jinping" in 0,1,2,3; entity 1 "Associated
 * Press" (alias "AP") in 1,3; entity 2 "Belta" in 2,3; entity 3 "Minsk"
 * in 5 only. */
#define FILLER " The meeting lasted for several hours and both sides said that the talks had been useful.\n"
static const char *texts[] = {
  "Alpha report on the talks\n\nXi Jinping spoke." FILLER,
  "Bravo report on the talks\n\nXi Jinping and AP and AP." FILLER,
  "Charlie report on the talks\n\nXi Jinping and Belta." FILLER,
  "Delta report on the talks\n\nXi Jinping, Associated Press, Belta." FILLER,
  "Echo report on the talks\n\nNobody here." FILLER,
  "Foxtrot report on the talks\n\nMinsk." FILLER,
};

typedef struct
{
  const char *name;
  DossierLabel label;
  const char *alias;
} EntitySpec;

static const EntitySpec entity_specs[] = {
  { "Xi Jinping", DOSSIER_LABEL_PERSON, "Xi" },
  { "Associated Press", DOSSIER_LABEL_ORG, "AP" },
  { "Belta", DOSSIER_LABEL_ORG, NULL },
  { "Minsk", DOSSIER_LABEL_PLACE, NULL },
};

static void
mention (GArray         *mentions,
         DossierArticle *article,
         const char     *surface,
         guint           entity)
{
  const char *text = dossier_article_get_text (article);
  const char *p = dossier_article_get_body (article);
  DossierMention m;

  /* Every occurrence in the body. */
  while ((p = strstr (p, surface)))
    {
      m.start = p - text;
      m.end = m.start + strlen (surface);
      m.entity = entity;
      m.label = entity_specs[entity].label;
      g_array_append_val (mentions, m);
      p += strlen (surface);
    }
}

static int
compare_mentions (gconstpointer a,
                  gconstpointer b)
{
  return (int) ((const DossierMention *) a)->start - (int) ((const DossierMention *) b)->start;
}

static DossierCorpus *
make_corpus (void)
{
  g_autoptr(GFile) folder = g_file_new_for_path ("/nonexistent");
  DossierCorpus *corpus = dossier_corpus_new (folder);
  g_autoptr(GPtrArray) articles = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) entities = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    {
      g_autofree char *path = g_strdup_printf ("a%u.txt", i);
      g_autoptr(GError) error = NULL;
      DossierArticle *a = dossier_article_new_from_bytes (NULL, path, texts[i], strlen (texts[i]), &error);

      g_assert_no_error (error);
      g_ptr_array_add (articles, a);
    }
  dossier_corpus_add_articles (corpus, articles);

  for (guint e = 0; e < G_N_ELEMENTS (entity_specs); e++)
    {
      DossierEntity *entity = dossier_entity_new (e, entity_specs[e].name, entity_specs[e].label);
      if (entity_specs[e].alias)
        dossier_entity_add_alias (entity, entity_specs[e].alias);
      dossier_entity_add_alias (entity, entity_specs[e].name);
      g_ptr_array_add (entities, entity);
    }

  for (guint i = 0; i < articles->len; i++)
    {
      DossierArticle *a = g_ptr_array_index (articles, i);
      GArray *mentions = g_array_new (FALSE, FALSE, sizeof (DossierMention));

      mention (mentions, a, "Xi Jinping", 0);
      mention (mentions, a, "Associated Press", 1);
      mention (mentions, a, "AP", 1);
      mention (mentions, a, "Belta", 2);
      mention (mentions, a, "Minsk", 3);
      g_array_sort (mentions, compare_mentions);
      for (guint j = 0; j < mentions->len; j++)
        dossier_entity_add_mention (g_ptr_array_index (entities, g_array_index (mentions, DossierMention, j).entity),
                                    dossier_article_get_id (a));
      dossier_article_take_mentions (a, mentions);
    }
  for (guint e = 0; e < entities->len; e++)
    dossier_entity_finish (g_ptr_array_index (entities, e));
  dossier_corpus_set_entities (corpus, entities);
  return corpus;
}

static guint32
id_of (DossierCorpus *corpus,
       const char    *title)
{
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (corpus)); i++)
    {
      DossierArticle *a = dossier_corpus_get_article (corpus, i);
      if (g_str_has_prefix (dossier_article_get_title (a), title))
        return dossier_article_get_id (a);
    }
  g_assert_not_reached ();
}

static int
compare_strings (gconstpointer a,
                 gconstpointer b)
{
  return strcmp (*(const char **) a, *(const char **) b);
}

static char *
matching_titles (DossierFilter *filter)
{
  DossierCorpus *corpus = dossier_filter_get_corpus (filter);
  g_autoptr(GPtrArray) titles = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (corpus)); i++)
    {
      DossierArticle *a = dossier_corpus_get_article (corpus, i);
      if (dossier_filter_matches (filter, dossier_article_get_id (a)))
        g_ptr_array_add (titles, g_strndup (dossier_article_get_title (a),
                                            strcspn (dossier_article_get_title (a), " ")));
    }
  g_ptr_array_sort (titles, compare_strings);
  g_ptr_array_add (titles, NULL);
  return g_strjoinv (",", (char **) titles->pdata);
}

static void
test_entities_model (void)
{
  g_autoptr(DossierCorpus) corpus = make_corpus ();
  GListModel *entities = dossier_corpus_get_entities (corpus);
  g_autoptr(DossierEntity) first = g_list_model_get_item (entities, 0);

  g_assert_cmpuint (g_list_model_get_n_items (entities), ==, 4);
  g_assert_cmpstr (dossier_entity_get_name (first), ==, "Xi Jinping");
  g_assert_true (dossier_corpus_lookup_entity (corpus, "ap") == dossier_corpus_get_entity_by_id (corpus, 1));
  g_assert_true (dossier_corpus_lookup_entity (corpus, "XI JINPING") == first);
  g_assert_null (dossier_corpus_lookup_entity (corpus, "nobody"));
  g_assert_true (g_str_has_prefix (dossier_article_get_title (dossier_corpus_get_article_by_id (corpus, id_of (corpus, "Echo"))), "Echo"));
}

static void
test_and (void)
{
  g_autoptr(DossierCorpus) corpus = make_corpus ();
  g_autoptr(DossierFilter) filter = dossier_filter_new (corpus);
  g_autofree char *all = NULL, *xi = NULL, *xi_ap = NULL, *xi_ap_belta = NULL;
  const guint32 *ids;
  guint n;

  g_assert_false (dossier_filter_is_active (filter));
  g_assert_cmpuint (dossier_filter_get_n_matches (filter), ==, 6);
  g_assert_cmpuint (dossier_filter_get_facet_count (filter, 0), ==, 4);

  g_assert_true (dossier_filter_add_entity (filter, 0));
  g_assert_false (dossier_filter_add_entity (filter, 0));
  xi = matching_titles (filter);
  g_assert_cmpstr (xi, ==, "Alpha,Bravo,Charlie,Delta");
  g_assert_cmpuint (dossier_filter_get_facet_count (filter, 1), ==, 2);
  g_assert_cmpuint (dossier_filter_get_facet_count (filter, 2), ==, 2);
  g_assert_cmpuint (dossier_filter_get_facet_count (filter, 3), ==, 0);

  dossier_filter_add_entity (filter, 1);
  xi_ap = matching_titles (filter);
  g_assert_cmpstr (xi_ap, ==, "Bravo,Delta");
  /* Bravo mentions AP twice: counted once. */
  g_assert_cmpuint (dossier_filter_get_facet_count (filter, 1), ==, 2);
  g_assert_cmpuint (dossier_filter_get_facet_count (filter, 2), ==, 1);

  dossier_filter_add_entity (filter, 2);
  xi_ap_belta = matching_titles (filter);
  g_assert_cmpstr (xi_ap_belta, ==, "Delta");
  ids = dossier_filter_get_entities (filter, &n);
  g_assert_cmpuint (n, ==, 3);
  g_assert_cmpuint (ids[0], ==, 0);
  g_assert_cmpuint (ids[2], ==, 2);

  dossier_filter_add_entity (filter, 3);
  g_assert_cmpuint (dossier_filter_get_n_matches (filter), ==, 0);

  g_assert_true (dossier_filter_remove_entity (filter, 3));
  g_assert_cmpuint (dossier_filter_get_n_matches (filter), ==, 1);

  g_assert_true (dossier_filter_clear (filter));
  g_assert_false (dossier_filter_clear (filter));
  all = matching_titles (filter);
  g_assert_cmpstr (all, ==, "Alpha,Bravo,Charlie,Delta,Echo,Foxtrot");
}

static void
test_text (void)
{
  g_autoptr(DossierCorpus) corpus = make_corpus ();
  g_autoptr(DossierFilter) filter = dossier_filter_new (corpus);
  g_autofree char *a = NULL, *b = NULL;

  dossier_filter_set_text (filter, "  ALP ");
  g_assert_cmpstr (dossier_filter_get_text (filter), ==, "ALP");
  a = matching_titles (filter);
  g_assert_cmpstr (a, ==, "Alpha");
  g_assert_cmpuint (dossier_filter_get_facet_count (filter, 0), ==, 1);

  dossier_filter_set_text (filter, "A R");
  dossier_filter_add_entity (filter, 2);
  b = matching_titles (filter);
  g_assert_cmpstr (b, ==, "Delta");

  dossier_filter_set_text (filter, "");
  g_assert_null (dossier_filter_get_text (filter));
  g_assert_cmpuint (dossier_filter_get_n_matches (filter), ==, 2);
}

static void
test_restrict (void)
{
  g_autoptr(DossierCorpus) corpus = make_corpus ();
  g_autoptr(DossierFilter) filter = dossier_filter_new (corpus);
  g_autofree char *a = NULL, *b = NULL, *c = NULL, *d = NULL;
  /* Unsorted, with a duplicate and an id no article has: as an index may
   * answer for a file just removed. */
  guint32 ids[] = { id_of (corpus, "Delta"), id_of (corpus, "Alpha"), id_of (corpus, "Echo"),
                    id_of (corpus, "Alpha"), 9999 };
  dossier_filter_set_restrict (filter, ids, G_N_ELEMENTS (ids));
  g_assert_true (dossier_filter_is_active (filter));
  g_assert_true (dossier_filter_get_restricted (filter));
  a = matching_titles (filter);
  g_assert_cmpstr (a, ==, "Alpha,Delta,Echo");
  g_assert_cmpuint (dossier_filter_get_n_matches (filter), ==, 3);
  g_assert_cmpuint (dossier_filter_get_facet_count (filter, 0), ==, 2);

  /* AND with the entities: Xi is in Alpha to Delta. */
  dossier_filter_add_entity (filter, 0);
  b = matching_titles (filter);
  g_assert_cmpstr (b, ==, "Alpha,Delta");
  dossier_filter_add_entity (filter, 1);
  c = matching_titles (filter);
  g_assert_cmpstr (c, ==, "Delta");

  /* An empty answer matches nothing; NULL lifts the restriction. */
  dossier_filter_set_restrict (filter, ids, 0);
  g_assert_cmpuint (dossier_filter_get_n_matches (filter), ==, 0);
  dossier_filter_set_restrict (filter, NULL, 0);
  g_assert_false (dossier_filter_get_restricted (filter));
  d = matching_titles (filter);
  g_assert_cmpstr (d, ==, "Bravo,Delta");

  dossier_filter_set_restrict (filter, ids, 1);
  g_assert_true (dossier_filter_clear (filter));
  g_assert_false (dossier_filter_get_restricted (filter));
  g_assert_false (dossier_filter_is_active (filter));
}

static char *
list_titles (GListModel *list)
{
  g_autoptr(GPtrArray) titles = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(DossierArticle) a = g_list_model_get_item (list, i);
      g_ptr_array_add (titles, g_strndup (dossier_article_get_title (a), strcspn (dossier_article_get_title (a), " ")));
    }
  g_ptr_array_add (titles, NULL);
  return g_strjoinv (",", (char **) titles->pdata);
}

static void
count_changes (GListModel *list,
               guint       position,
               guint       removed,
               guint       added,
               guint      *n)
{
  (*n)++;
}

static void
test_list (void)
{
  g_autoptr(DossierCorpus) corpus = make_corpus ();
  g_autoptr(DossierFilter) filter = dossier_filter_new (corpus);
  g_autoptr(DossierArticleList) list = dossier_article_list_new (filter);
  g_autofree char *by_title = NULL, *belta = NULL, *none = NULL;
  guint changes = 0;

  g_signal_connect (list, "items-changed", G_CALLBACK (count_changes), &changes);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 6);

  dossier_article_list_set_sort (list, DOSSIER_SORT_TITLE);
  by_title = list_titles (G_LIST_MODEL (list));
  g_assert_cmpstr (by_title, ==, "Alpha,Bravo,Charlie,Delta,Echo,Foxtrot");
  g_assert_cmpuint (changes, ==, 1);

  /* One filter change, one items-changed. */
  dossier_filter_add_entity (filter, 2);
  g_assert_cmpuint (changes, ==, 2);
  belta = list_titles (G_LIST_MODEL (list));
  g_assert_cmpstr (belta, ==, "Charlie,Delta");
  g_assert_cmpuint (dossier_article_list_find (list, dossier_corpus_get_article_by_id (corpus, id_of (corpus, "Delta"))), ==, 1);
  g_assert_cmpuint (dossier_article_list_find (list, dossier_corpus_get_article_by_id (corpus, id_of (corpus, "Echo"))), ==, G_MAXUINT);

  dossier_article_list_set_sort (list, DOSSIER_SORT_DATE);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 2);

  dossier_filter_add_entity (filter, 3);
  none = list_titles (G_LIST_MODEL (list));
  g_assert_cmpstr (none, ==, "");

  dossier_filter_clear (filter);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 6);
}

/* A copy of a list model kept by its items-changed, as a list widget
 * keeps one, and whether the pinned article was ever among the removed. */
typedef struct
{
  GPtrArray *items;
  DossierArticle *pinned;
  gboolean pinned_replaced;
  guint n_changes;
} Shadow;

static void
follow_changes (GListModel *list,
                guint       position,
                guint       removed,
                guint       added,
                Shadow     *shadow)
{
  for (guint i = position; i < position + removed; i++)
    if (g_ptr_array_index (shadow->items, i) == shadow->pinned)
      shadow->pinned_replaced = TRUE;
  g_ptr_array_remove_range (shadow->items, position, removed);
  for (guint i = 0; i < added; i++)
    g_ptr_array_insert (shadow->items, position + i, g_list_model_get_item (list, position + i));
  /* The model as it says it is, at every step. */
  g_assert_cmpuint (shadow->items->len, ==, g_list_model_get_n_items (list));
  for (guint i = 0; i < shadow->items->len; i++)
    {
      g_autoptr(DossierArticle) a = g_list_model_get_item (list, i);
      g_assert_true (a == g_ptr_array_index (shadow->items, i));
    }
  shadow->n_changes++;
}

static void
test_list_pinned (void)
{
  g_autoptr(DossierCorpus) corpus = make_corpus ();
  g_autoptr(DossierFilter) filter = dossier_filter_new (corpus);
  g_autoptr(DossierArticleList) list = dossier_article_list_new (filter);
  DossierArticle *delta = dossier_corpus_get_article_by_id (corpus, id_of (corpus, "Delta"));
  Shadow shadow = { g_ptr_array_new_with_free_func (g_object_unref), delta, FALSE, 0 };

  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (list)); i++)
    g_ptr_array_add (shadow.items, g_list_model_get_item (G_LIST_MODEL (list), i));
  g_signal_connect (list, "items-changed", G_CALLBACK (follow_changes), &shadow);
  dossier_article_list_set_pinned (list, delta);

  /* Delta stays: the change comes in two halves around it. */
  dossier_article_list_set_sort (list, DOSSIER_SORT_TITLE);
  dossier_filter_add_entity (filter, 2);
  dossier_filter_clear (filter);
  dossier_article_list_set_sort (list, DOSSIER_SORT_DATE);
  g_assert_false (shadow.pinned_replaced);
  g_assert_cmpuint (shadow.n_changes, ==, 8);

  /* Delta goes: one change. */
  shadow.n_changes = 0;
  dossier_filter_add_entity (filter, 3);
  g_assert_true (shadow.pinned_replaced);
  g_assert_cmpuint (shadow.n_changes, ==, 1);
  dossier_filter_clear (filter);

  g_signal_handlers_disconnect_by_data (list, &shadow);
  g_ptr_array_unref (shadow.items);
}

static char *
entity_names (GListModel *list)
{
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(DossierEntity) e = g_list_model_get_item (list, i);
      g_ptr_array_add (names, g_strdup (dossier_entity_get_name (e)));
    }
  g_ptr_array_add (names, NULL);
  return g_strjoinv (",", (char **) names->pdata);
}

static void
test_entity_list (void)
{
  g_autoptr(DossierCorpus) corpus = make_corpus ();
  g_autoptr(DossierFilter) filter = dossier_filter_new (corpus);
  g_autoptr(DossierEntityList) list = dossier_entity_list_new (filter);
  g_autofree char *all = NULL, *orgs = NULL, *ap = NULL, *facets = NULL, *places = NULL;

  /* Most articles first. */
  all = entity_names (G_LIST_MODEL (list));
  g_assert_cmpstr (all, ==, "Xi Jinping,Associated Press,Belta,Minsk");

  dossier_entity_list_set_label (list, DOSSIER_LABEL_ORG);
  orgs = entity_names (G_LIST_MODEL (list));
  g_assert_cmpstr (orgs, ==, "Associated Press,Belta");

  /* Search finds aliases too, in any case. */
  dossier_entity_list_set_label (list, DOSSIER_ANY_LABEL);
  dossier_entity_list_set_search (list, " ap ");
  ap = entity_names (G_LIST_MODEL (list));
  g_assert_cmpstr (ap, ==, "Associated Press");
  dossier_entity_list_set_search (list, NULL);

  /* With a filter: only the entities of the shown articles, by their count
   * there. Belta is in Charlie and Delta, AP only in Delta. */
  dossier_filter_add_entity (filter, 2);
  facets = entity_names (G_LIST_MODEL (list));
  g_assert_cmpstr (facets, ==, "Xi Jinping,Belta,Associated Press");

  dossier_entity_list_set_label (list, DOSSIER_LABEL_PLACE);
  places = entity_names (G_LIST_MODEL (list));
  g_assert_cmpstr (places, ==, "");
  g_assert_cmpuint (dossier_entity_list_get_n_all (list), ==, 4);

  /* A limit keeps the first of the same order, filtered or not. */
  dossier_entity_list_set_label (list, DOSSIER_ANY_LABEL);
  for (guint active = 0; active < 2; active++)
    {
      g_autofree char *unlimited = NULL;

      if (!active)
        dossier_filter_clear (filter);
      else
        dossier_filter_add_entity (filter, 2);
      dossier_entity_list_set_limit (list, 0);
      unlimited = entity_names (G_LIST_MODEL (list));
      for (guint limit = 1; limit <= 5; limit++)
        {
          g_auto(GStrv) names = g_strsplit (unlimited, ",", -1);
          g_autofree char *limited = NULL, *expected = NULL;
          guint n = g_strv_length (names);

          dossier_entity_list_set_limit (list, limit);
          limited = entity_names (G_LIST_MODEL (list));
          if (n > limit)
            {
              char *rest = names[limit];

              names[limit] = NULL;
              expected = g_strjoinv (",", names);
              names[limit] = rest;
            }
          else
            expected = g_strjoinv (",", names);
          g_assert_cmpstr (limited, ==, expected);
          g_assert_cmpuint (dossier_entity_list_get_n_matching (list), ==, n);
        }
    }
}

static int
compare_ints_desc (gconstpointer a,
                   gconstpointer b)
{
  guint x = *(const guint *) a, y = *(const guint *) b;

  return x > y ? -1 : x < y;
}

/* The panel's first entities under a limit are the most frequent ones in
 * the filtered articles, in order: checked against a plain sort of the
 * facet counts on a corpus of many entities and random mentions. */
static void
test_entity_list_limit (void)
{
  g_autoptr(DossierCorpus) corpus = synthetic_corpus_new_sized (400, 300, 0x5eed);
  g_autoptr(DossierFilter) filter = dossier_filter_new (corpus);
  g_autoptr(DossierEntityList) list = dossier_entity_list_new (filter);
  GListModel *entities = dossier_corpus_get_entities (corpus);

  for (guint round = 0; round < 20; round++)
    {
      g_autoptr(GArray) facets = g_array_new (FALSE, FALSE, sizeof (guint));
      guint limit = 1 + g_test_rand_int_range (0, 60);
      g_autoptr(DossierEntity) pick = g_list_model_get_item (entities, g_test_rand_int_range (0, 40));

      dossier_filter_clear (filter);
      dossier_filter_add_entity (filter, dossier_entity_get_id (pick));
      dossier_entity_list_set_limit (list, limit);
      for (guint i = 0; i < g_list_model_get_n_items (entities); i++)
        {
          g_autoptr(DossierEntity) e = g_list_model_get_item (entities, i);
          guint facet = dossier_filter_get_facet_count (filter, dossier_entity_get_id (e));

          if (facet > 0)
            g_array_append_val (facets, facet);
        }
      g_array_sort (facets, compare_ints_desc);
      g_assert_cmpuint (dossier_entity_list_get_n_matching (list), ==, facets->len);
      g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, MIN (limit, facets->len));
      for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (list)); i++)
        {
          g_autoptr(DossierEntity) e = g_list_model_get_item (G_LIST_MODEL (list), i);

          g_assert_cmpuint (dossier_filter_get_facet_count (filter, dossier_entity_get_id (e)), ==,
                            g_array_index (facets, guint, i));
        }
    }
}

static guint
n_articles_of (DossierCorpus *corpus,
               const char    *name)
{
  DossierEntity *entity = dossier_corpus_lookup_entity (corpus, name);

  return entity ? dossier_entity_get_n_articles (entity) : 0;
}

static void
test_corrections (void)
{
  g_autoptr(DossierCorpus) corpus = make_corpus ();
  g_autofree char *dir = g_dir_make_tmp ("dossier-corrections-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "sub", "store.json", NULL);
  g_autoptr(GFile) store = g_file_new_for_path (path);
  g_autoptr(DossierCorrections) corrections = dossier_corrections_new (store);
  g_autoptr(DossierCorrections) reloaded = dossier_corrections_new (store);
  g_autoptr(GError) error = NULL;
  DossierEntity *xi;

  g_assert_true (dossier_corrections_load (corrections, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (dossier_corrections_get_n (corrections), ==, 0);
  dossier_corrections_rebase (corrections, corpus);

  /* Merge: Belta becomes part of the Associated Press. */
  g_assert_true (dossier_corrections_merge (corrections, dossier_corpus_lookup_entity (corpus, "Belta"),
                                            dossier_corpus_lookup_entity (corpus, "AP"), &error));
  dossier_corrections_apply (corrections, corpus);
  g_assert_cmpuint (g_list_model_get_n_items (dossier_corpus_get_entities (corpus)), ==, 3);
  g_assert_true (dossier_corpus_lookup_entity (corpus, "belta") == dossier_corpus_lookup_entity (corpus, "Associated Press"));
  g_assert_cmpuint (n_articles_of (corpus, "Belta"), ==, 3);

  /* Not an entity: Minsk and its mentions go. */
  g_assert_true (dossier_corrections_not_entity (corrections, dossier_corpus_lookup_entity (corpus, "Minsk"), &error));
  dossier_corrections_apply (corrections, corpus);
  g_assert_null (dossier_corpus_lookup_entity (corpus, "Minsk"));
  {
    guint n;
    dossier_article_get_mentions (dossier_corpus_get_article_by_id (corpus, id_of (corpus, "Foxtrot")), &n);
    g_assert_cmpuint (n, ==, 0);
  }

  /* Rename and relabel; the old name still finds it. */
  xi = dossier_corpus_lookup_entity (corpus, "Xi Jinping");
  g_assert_true (dossier_corrections_rename (corrections, xi, "President Xi", &error));
  dossier_corrections_apply (corrections, corpus);
  xi = dossier_corpus_lookup_entity (corpus, "Xi Jinping");
  g_assert_cmpstr (dossier_entity_get_name (xi), ==, "President Xi");
  g_assert_true (dossier_corrections_relabel (corrections, xi, DOSSIER_LABEL_MISC, &error));
  dossier_corrections_apply (corrections, corpus);
  g_assert_cmpint (dossier_entity_get_label (dossier_corpus_lookup_entity (corpus, "President Xi")), ==, DOSSIER_LABEL_MISC);

  /* Split "AP" off again: its mentions (Bravo) are an entity of their own. */
  g_assert_true (dossier_corrections_split (corrections, dossier_corpus_lookup_entity (corpus, "Associated Press"), "AP", &error));
  dossier_corrections_apply (corrections, corpus);
  g_assert_cmpstr (dossier_entity_get_name (dossier_corpus_lookup_entity (corpus, "AP")), ==, "AP");
  g_assert_cmpuint (n_articles_of (corpus, "AP"), ==, 1);
  g_assert_cmpuint (n_articles_of (corpus, "Associated Press"), ==, 2);  /* Charlie and Delta (Belta) */
  g_assert_cmpuint (dossier_corrections_get_n (corrections), ==, 5);

  /* Kept: a new object reads the same five. */
  g_assert_true (dossier_corrections_load (reloaded, &error));
  g_assert_cmpuint (dossier_corrections_get_n (reloaded), ==, 5);

  /* Undo, one at a time, back to what the extractor said. */
  for (guint i = 0; i < 5; i++)
    g_assert_true (dossier_corrections_undo (corrections, &error));
  g_assert_false (dossier_corrections_undo (corrections, &error));
  dossier_corrections_apply (corrections, corpus);
  g_assert_cmpuint (g_list_model_get_n_items (dossier_corpus_get_entities (corpus)), ==, 4);
  g_assert_cmpuint (n_articles_of (corpus, "Minsk"), ==, 1);
  g_assert_cmpstr (dossier_entity_get_name (dossier_corpus_lookup_entity (corpus, "Xi")), ==, "Xi Jinping");

  g_unlink (path);
  {
    g_autofree char *sub = g_path_get_dirname (path);
    g_rmdir (sub);
  }
  g_rmdir (dir);
}

/* dossier-cli entities applies the corrections made in the app. */
static void
test_cli_honours_corrections (void)
{
  const char *cli = g_getenv ("DOSSIER_CLI");
  const char *datadir = g_getenv ("DOSSIER_DATADIR");
  g_autofree char *sample = NULL;
  g_autoptr(GFile) folder = NULL;
  g_autoptr(DossierCorrections) corrections = NULL;
  g_autoptr(DossierEntity) us = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL, *after = NULL;
  const char *argv[] = { cli, "entities", NULL, "--format=csv", NULL };
  int status;

  if (cli == NULL || datadir == NULL)
    {
      g_test_skip ("DOSSIER_CLI or DOSSIER_DATADIR not set");
      return;
    }
  sample = g_build_filename (datadir, "sample", NULL);
  argv[2] = sample;
  g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_STDERR_TO_DEV_NULL, NULL, NULL,
                               &before, NULL, &status, &error));
  g_assert_no_error (error);
  if (!g_str_has_prefix (before, "entity,") || strstr (before, "\nUnited States,PLACE,") == NULL)
    {
      g_test_skip ("the extractor finds no “United States” in the sample");
      return;
    }

  /* The user says it is not an entity: the correction is keyed by name and
   * label, so an entity object made here stands for it. */
  folder = g_file_new_for_path (sample);
  corrections = dossier_corrections_new_for_folder (folder);
  g_assert_true (dossier_corrections_load (corrections, &error));
  us = dossier_entity_new (0, "United States", DOSSIER_LABEL_PLACE);
  g_assert_true (dossier_corrections_not_entity (corrections, us, &error));

  g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_STDERR_TO_DEV_NULL, NULL, NULL,
                               &after, NULL, &status, &error));
  g_assert_null (strstr (after, "\nUnited States,"));
  g_assert_nonnull (strstr (after, "\nNew Zealand,"));

  g_assert_true (dossier_corrections_undo (corrections, &error));
  {
    g_autofree char *path = g_file_get_path (dossier_corrections_get_store (corrections));
    g_unlink (path);
  }
}

/* A folder opened through a symbolic link has the corrections of the real
 * folder (the notes are keyed the same way), and a store written under the
 * path as typed, as earlier versions did, is taken over, not lost. */
static void
test_corrections_through_link (void)
{
  g_autofree char *dir = test_make_tmp_dir ("dossier-corr-XXXXXX");
  g_autofree char *real = g_build_filename (dir, "real", NULL);
  g_autofree char *link = g_build_filename (dir, "link", NULL);
  g_autofree char *link2 = g_build_filename (dir, "link2", NULL);
  g_autoptr(GFile) real_file = g_file_new_for_path (real);
  g_autoptr(GFile) link_file = g_file_new_for_path (link);
  g_autoptr(GFile) link2_file = g_file_new_for_path (link2);
  g_autoptr(DossierEntity) entity = dossier_entity_new (0, "Cook", DOSSIER_LABEL_ORG);
  g_autoptr(GError) error = NULL;

  g_assert_cmpint (g_mkdir (real, 0700), ==, 0);
  g_assert_cmpint (symlink (real, link), ==, 0);
  {
    g_autoptr(DossierCorrections) through_link = dossier_corrections_new_for_folder (link_file);
    g_autoptr(DossierCorrections) direct = dossier_corrections_new_for_folder (real_file);

    g_assert_true (dossier_corrections_load (through_link, &error));
    g_assert_true (dossier_corrections_not_entity (through_link, entity, &error));
    g_assert_no_error (error);
    g_assert_true (dossier_corrections_load (direct, &error));
    g_assert_cmpuint (dossier_corrections_get_n (direct), ==, 1);
    g_assert_true (dossier_corrections_forget (direct, &error));
    g_assert_no_error (error);
  }

  /* An old store, named from the typed path of a second link. */
  g_assert_cmpint (symlink (real, link2), ==, 0);
  {
    g_autofree char *hash = g_compute_checksum_for_string (G_CHECKSUM_SHA256, link2, -1);
    g_autofree char *name = g_strconcat (hash, ".json", NULL);
    g_autofree char *old = g_build_filename (g_get_user_data_dir (), "dossier", "corrections", name, NULL);
    g_autoptr(GFile) old_file = g_file_new_for_path (old);
    g_autoptr(DossierCorrections) writer = dossier_corrections_new (old_file);
    g_autoptr(DossierCorrections) direct = NULL;

    g_assert_true (dossier_corrections_load (writer, &error));
    g_assert_true (dossier_corrections_not_entity (writer, entity, &error));
    g_assert_no_error (error);
    g_assert_true (g_file_test (old, G_FILE_TEST_EXISTS));
    {
      g_autoptr(DossierCorrections) via_old = dossier_corrections_new_for_folder (link2_file);

      g_assert_false (g_file_test (old, G_FILE_TEST_EXISTS));
    }
    direct = dossier_corrections_new_for_folder (real_file);
    g_assert_true (dossier_corrections_load (direct, &error));
    g_assert_cmpuint (dossier_corrections_get_n (direct), ==, 1);
    g_assert_true (dossier_corrections_forget (direct, &error));
  }
  test_remove_tree (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/filter/entities-model", test_entities_model);
  g_test_add_func ("/filter/and", test_and);
  g_test_add_func ("/filter/text", test_text);
  g_test_add_func ("/filter/restrict", test_restrict);
  g_test_add_func ("/filter/article-list", test_list);
  g_test_add_func ("/filter/article-list-pinned", test_list_pinned);
  g_test_add_func ("/filter/entity-list", test_entity_list);
  g_test_add_func ("/filter/entity-list-limit", test_entity_list_limit);
  g_test_add_func ("/filter/corrections", test_corrections);
  g_test_add_func ("/filter/cli-honours-corrections", test_cli_honours_corrections);
  g_test_add_func ("/filter/corrections-through-link", test_corrections_through_link);
  return g_test_run ();
}
