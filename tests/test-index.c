/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <errno.h>
#include <glib/gstdio.h>
#include <signal.h>
#include <sqlite3.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include "dossier-core.h"
#include "test-util.h"
#include "dossier-corpus-private.h"
#include "dossier-readers-hash.h"

/* The index cache: reopening without parsing, incremental updates, damaged
 * caches, search syntax, two processes, a full disk. Every test runs with
 * its own XDG_CACHE_HOME (G_TEST_OPTION_ISOLATE_DIRS). */

static char *self_exe;

static char *
story (const char *title,
       const char *date,
       const char *body)
{
  return g_strdup_printf ("%s\n\nPublished %s\n\n%s This sentence makes the article long enough to be read as prose.\n",
                          title, date, body);
}

/* The test hook: the article function runs once per parsed file, never
 * for one taken from the cache. */
static gint n_parsed;

static void
count_parse (DossierArticle *article,
             gpointer        user_data)
{
  g_atomic_int_inc (&n_parsed);
}

static DossierCorpus *
load_indexed (const char *dir)
{
  g_autoptr(GFile) folder = g_file_new_for_path (dir);
  g_autoptr(GError) error = NULL;
  DossierCorpus *corpus = dossier_corpus_new (folder);

  g_atomic_int_set (&n_parsed, 0);
  dossier_corpus_set_use_index (corpus, TRUE);
  dossier_corpus_set_article_func (corpus, count_parse, NULL);
  g_assert_true (dossier_corpus_load_sync (corpus, NULL, &error));
  g_assert_no_error (error);
  return corpus;
}

static char *
cache_file (const char *dir)
{
  g_autofree char *real = realpath (dir, NULL);

  return dossier_index_path_for_folder (real);
}

static void
fill_folder (const char *dir,
             guint       n)
{
  for (guint i = 0; i < n; i++)
    {
      g_autofree char *rel = g_strdup_printf ("%s/story-%02u.txt", i % 2 ? "sub" : "top", i);
      static const char *names[] = { "alpha", "bravo", "charlie", "delta", "echo", "foxtrot", "golf", "hotel" };
      g_autofree char *title = g_strdup_printf ("Harbour report %s %s", names[i % 8], names[(i / 8) % 8]);
      g_autofree char *date = g_strdup_printf ("%u May 2024", 1 + i % 28);
      g_autofree char *text = story (title, date,
                                     i == 3 ? "The minister visited Lisbon harbour on Monday."
                                            : "Ships came into the harbour of the old port town.");
      test_write_file (dir, rel, text);
    }
}

static void
test_reopen_without_parsing (void)
{
  g_autofree char *dir = test_make_tmp_dir ("dossier-index-XXXXXX");
  g_autoptr(DossierCorpus) first = NULL;
  g_autoptr(DossierCorpus) second = NULL;
  g_autofree char *body = NULL;
  DossierArticle *a, *b;

  fill_folder (dir, 6);
  test_write_file (dir, "empty.txt", "");

  first = load_indexed (dir);
  g_assert_cmpint (n_parsed, ==, 6);
  g_assert_cmpuint (dossier_corpus_get_n_from_cache (first), ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (first)), ==, 6);
  g_assert_null (dossier_corpus_get_index_error (first));
  a = dossier_corpus_find_article (first, "sub/story-03.txt");
  body = g_strdup (dossier_article_get_body (a));
  {
    g_autofree char *cache = cache_file (dir);
    g_assert_true (g_file_test (cache, G_FILE_TEST_EXISTS));
  }

  second = load_indexed (dir);
  /* Nothing parsed, and the unreadable file's error replayed. */
  g_assert_cmpint (n_parsed, ==, 0);
  g_assert_cmpuint (dossier_corpus_get_n_from_cache (second), ==, 7);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (second)), ==, 6);
  g_assert_cmpuint (dossier_corpus_get_errors (second)->len, ==, 1);

  /* Same order, same ids, same metadata; light rows without bodies. */
  for (guint i = 0; i < 6; i++)
    {
      DossierArticle *x = dossier_corpus_get_article (first, i);
      DossierArticle *y = dossier_corpus_get_article (second, i);

      g_assert_cmpstr (dossier_article_get_path (x), ==, dossier_article_get_path (y));
      g_assert_cmpstr (dossier_article_get_title (x), ==, dossier_article_get_title (y));
      g_assert_cmpstr (dossier_article_get_date (x), ==, dossier_article_get_date (y));
      g_assert_cmpuint (dossier_article_get_id (x), ==, dossier_article_get_id (y));
      g_assert_cmpuint (dossier_article_get_word_count (x), ==, dossier_article_get_word_count (y));
      g_assert_false (dossier_article_has_text (y));
    }
  b = dossier_corpus_find_article (second, "sub/story-03.txt");
  {
    g_autofree char *snippet = dossier_article_dup_snippet (b, 20);
    g_assert_true (g_str_has_prefix (snippet, "The minister"));
  }
  g_assert_false (dossier_article_has_text (b));
  /* The body comes back on demand, the same as parsed. */
  g_assert_cmpstr (dossier_article_get_body (b), ==, body);
  g_assert_true (dossier_article_has_text (b));
  test_remove_tree (dir);
}

static void
set_mtime (const char *path,
           gint64      seconds_ago)
{
  g_autofree char *cmd = g_strdup_printf ("touch -d '@%" G_GINT64_FORMAT "' '%s'",
                                          g_get_real_time () / G_USEC_PER_SEC - seconds_ago, path);
  g_assert_cmpint (system (cmd), ==, 0);
}

static void
test_incremental (void)
{
  g_autofree char *dir = test_make_tmp_dir ("dossier-index-XXXXXX");
  g_autoptr(DossierCorpus) first = NULL;
  g_autoptr(DossierCorpus) second = NULL;
  g_autoptr(DossierCorpus) third = NULL;
  g_autofree char *changed = g_build_filename (dir, "top/story-00.txt", NULL);
  g_autofree char *gone = g_build_filename (dir, "sub/story-01.txt", NULL);
  g_autofree char *old_name = g_build_filename (dir, "top/story-02.txt", NULL);
  g_autofree char *new_name = g_build_filename (dir, "top/renamed.txt", NULL);
  g_autofree char *text = story ("A brand new story", "9 June 2024", "Fresh words about a zeppelin.");
  g_autofree char *edit = story ("Corrected story about a gondola", "1 May 2024", "Now about a gondola.");
  guint id_kept;
  g_autoptr(GArray) ids = NULL;
  g_autoptr(DossierQuery) q = NULL;

  fill_folder (dir, 6);
  first = load_indexed (dir);
  id_kept = dossier_article_get_id (dossier_corpus_find_article (first, "sub/story-05.txt"));
  g_clear_object (&first);

  test_write_file (dir, "new/fresh.txt", text);           /* added */
  test_write_file (dir, "top/story-00.txt", edit);         /* modified */
  set_mtime (changed, 5);
  g_assert_cmpint (g_unlink (gone), ==, 0);           /* deleted */
  g_assert_cmpint (g_rename (old_name, new_name), ==, 0); /* renamed */

  second = load_indexed (dir);
  g_assert_cmpint (n_parsed, ==, 3);
  g_assert_cmpuint (dossier_corpus_get_n_from_cache (second), ==, 3);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (second)), ==, 6);
  g_assert_nonnull (dossier_corpus_find_article (second, "new/fresh.txt"));
  g_assert_nonnull (dossier_corpus_find_article (second, "top/renamed.txt"));
  g_assert_null (dossier_corpus_find_article (second, "sub/story-01.txt"));
  g_assert_null (dossier_corpus_find_article (second, "top/story-02.txt"));
  g_assert_cmpstr (dossier_article_get_title (dossier_corpus_find_article (second, "top/story-00.txt")), ==,
                   "Corrected story about a gondola");
  g_assert_cmpuint (dossier_article_get_id (dossier_corpus_find_article (second, "sub/story-05.txt")), ==, id_kept);
  g_clear_object (&second);

  /* The cache follows: all from it now, and the search sees the edits. */
  third = load_indexed (dir);
  g_assert_cmpint (n_parsed, ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (third)), ==, 6);
  q = dossier_query_parse ("gondola OR zeppelin", NULL);
  g_assert_true (dossier_query_run (q, dossier_corpus_get_index (third), &ids, NULL));
  g_assert_cmpuint (ids->len, ==, 2);
  g_clear_pointer (&ids, g_array_unref);
  g_clear_pointer (&q, dossier_query_free);
  /* The deleted and the old text of the modified file are out of FTS. */
  q = dossier_query_parse ("\"report bravo\" OR \"old port\"", NULL);
  g_assert_true (dossier_query_run (q, dossier_corpus_get_index (third), &ids, NULL));
  for (guint i = 0; i < ids->len; i++)
    {
      DossierArticle *a = dossier_corpus_get_article_by_id (third, g_array_index (ids, guint32, i));
      g_assert_nonnull (a);
      g_assert_cmpstr (dossier_article_get_path (a), !=, "top/story-00.txt");
    }
  test_remove_tree (dir);
}

/* An extraction stand-in: every capitalised "Lisbon" or "Ships" is a
 * mention. */
static void
fake_extract (DossierArticle *article,
              gpointer        user_data)
{
  const char *text = dossier_article_get_text (article);
  GArray *mentions = g_array_new (FALSE, FALSE, sizeof (DossierMention));
  const char *names[] = { "Lisbon", "Ships" };

  for (guint n = 0; n < G_N_ELEMENTS (names); n++)
    for (const char *p = strstr (text, names[n]); p; p = strstr (p + 1, names[n]))
      {
        DossierMention m = { p - text, p - text + strlen (names[n]), DOSSIER_NO_ENTITY,
                             n == 0 ? DOSSIER_LABEL_PLACE : DOSSIER_LABEL_MISC };
        g_array_append_val (mentions, m);
      }
  dossier_article_take_mentions (article, mentions);
}

static void
test_mentions_and_entities (void)
{
  g_autofree char *dir = test_make_tmp_dir ("dossier-index-XXXXXX");
  g_autoptr(GFile) folder = g_file_new_for_path (dir);
  g_autoptr(DossierCorpus) first = dossier_corpus_new (folder);
  g_autoptr(DossierCorpus) second = NULL;
  g_autoptr(GPtrArray) entities = g_ptr_array_new ();
  g_autoptr(GPtrArray) with_mentions = g_ptr_array_new ();
  g_autoptr(DossierEntity) lisbon = dossier_entity_new (0, "Lisbon", DOSSIER_LABEL_PLACE);
  g_autoptr(DossierEntity) ships = dossier_entity_new (1, "Ships", DOSSIER_LABEL_MISC);
  DossierArticle *a;
  DossierEntity *e;
  const DossierMention *m;
  guint n, n_ids;
  gsize len;
  const char *s;
  const guint32 *ids;

  fill_folder (dir, 6);
  dossier_corpus_set_use_index (first, TRUE);
  dossier_corpus_set_article_func (first, fake_extract, NULL);
  g_assert_true (dossier_corpus_load_sync (first, NULL, NULL));

  /* Link by hand, as the linking step would, and store it. */
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (first)); i++)
    {
      a = dossier_corpus_get_article (first, i);
      m = dossier_article_get_mentions (a, &n);
      for (guint j = 0; j < n; j++)
        {
          DossierEntity *target = m[j].label == DOSSIER_LABEL_PLACE ? lisbon : ships;
          dossier_article_set_mention_entity (a, j, dossier_entity_get_id (target));
          dossier_entity_add_mention (target, dossier_article_get_id (a));
        }
      if (n)
        g_ptr_array_add (with_mentions, a);
    }
  dossier_entity_add_alias (lisbon, "Lisbon");
  dossier_entity_add_alias (lisbon, "Lisboa");
  dossier_entity_finish (lisbon);
  dossier_entity_finish (ships);
  g_ptr_array_add (entities, lisbon);
  g_ptr_array_add (entities, ships);
  g_assert_true (dossier_index_put_links (dossier_corpus_get_index (first), with_mentions, entities,
                                          dossier_index_get_generation (dossier_corpus_get_index (first)), NULL));
  /* The bodies were dropped after indexing; the mention texts stay. */
  a = dossier_corpus_find_article (first, "sub/story-03.txt");
  g_assert_false (dossier_article_has_text (a));
  s = dossier_article_get_mention_text (a, 0, &len);
  g_assert_cmpmem (s, len, "Lisbon", 6);
  g_clear_object (&first);

  second = load_indexed (dir);
  g_assert_cmpint (n_parsed, ==, 0);
  g_assert_true (dossier_corpus_get_links_restored (second));
  g_assert_cmpuint (g_list_model_get_n_items (dossier_corpus_get_entities (second)), ==, 2);
  e = dossier_corpus_lookup_entity (second, "lisboa");
  g_assert_nonnull (e);
  g_assert_cmpstr (dossier_entity_get_name (e), ==, "Lisbon");
  ids = dossier_entity_get_article_ids (e, &n_ids);
  g_assert_cmpuint (n_ids, ==, 1);
  a = dossier_corpus_get_article_by_id (second, ids[0]);
  g_assert_cmpstr (dossier_article_get_path (a), ==, "sub/story-03.txt");
  m = dossier_article_get_mentions (a, &n);
  g_assert_cmpuint (n, ==, 1);
  g_assert_cmpuint (m[0].entity, ==, dossier_entity_get_id (e));
  g_assert_false (dossier_article_has_text (a));
  s = dossier_article_get_mention_text (a, 0, &len);
  g_assert_cmpmem (s, len, "Lisbon", 6);
  /* Offsets still point at the name once the text is loaded. */
  g_assert_cmpmem (dossier_article_get_text (a) + m[0].start, m[0].end - m[0].start, "Lisbon", 6);
  e = dossier_corpus_lookup_entity (second, "Ships");
  dossier_entity_get_article_ids (e, &n_ids);
  g_assert_cmpuint (n_ids, ==, 5);
  g_clear_object (&second);

  /* A change makes the stored links stale: relinking is needed. */
  test_write_file (dir, "extra.txt", "Extra\n\nPublished 2 May 2024\n\nAn extra article that says nothing of note at all.\n");
  second = load_indexed (dir);
  g_assert_cmpint (n_parsed, ==, 1);
  g_assert_false (dossier_corpus_get_links_restored (second));
  test_remove_tree (dir);
}

/* With the real extractor and linker: the entities come back from the
 * cache, and a change relinks the stored mentions without tagging the
 * unchanged files again. */

static void spin (gint64 us);

static void
count_refreshed (guint *n)
{
  (*n)++;
}

static DossierCorpus *
load_extracting (const char       *dir,
                 DossierExtractor *extractor,
                 gboolean          use_index)
{
  g_autoptr(GFile) folder = g_file_new_for_path (dir);
  DossierCorpus *corpus = dossier_corpus_new (folder);

  g_atomic_int_set (&n_parsed, 0);
  dossier_corpus_set_use_index (corpus, use_index);
  dossier_corpus_set_extractor (corpus, extractor);
  dossier_corpus_set_article_func (corpus, count_parse, NULL);
  g_assert_true (dossier_corpus_load_sync (corpus, NULL, NULL));
  return corpus;
}

static int
compare_strings (gconstpointer a,
                 gconstpointer b)
{
  return strcmp (*(const char **) a, *(const char **) b);
}

/* An entity as a line: label, name and the sorted paths of its articles.
 * Ids are handed out by the reading threads in whatever order they finish,
 * so articles are compared by path. */
static char *
entity_signature (DossierCorpus *corpus,
                  DossierEntity *entity)
{
  g_autoptr(GPtrArray) paths = g_ptr_array_new ();
  GString *line = g_string_new (NULL);
  guint n;
  const guint32 *ids = dossier_entity_get_article_ids (entity, &n);

  for (guint k = 0; k < n; k++)
    g_ptr_array_add (paths, (gpointer) dossier_article_get_path (dossier_corpus_get_article_by_id (corpus, ids[k])));
  g_ptr_array_sort (paths, compare_strings);
  g_string_append_printf (line, "%d\t%s\t", (int) dossier_entity_get_label (entity), dossier_entity_get_name (entity));
  for (guint k = 0; k < paths->len; k++)
    g_string_append_printf (line, "%s%s", k ? "," : "", (const char *) g_ptr_array_index (paths, k));
  return g_string_free (line, FALSE);
}

static GPtrArray *
entity_signatures (DossierCorpus *corpus)
{
  GListModel *entities = dossier_corpus_get_entities (corpus);
  GPtrArray *lines = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; i < g_list_model_get_n_items (entities); i++)
    {
      g_autoptr(DossierEntity) e = g_list_model_get_item (entities, i);

      g_ptr_array_add (lines, entity_signature (corpus, e));
    }
  g_ptr_array_sort (lines, compare_strings);
  return lines;
}

/* The same entities, with the same articles. Two entities may share a
 * name (a person and a place, or two people the linker keeps apart), so
 * the whole lists are compared, not one name's lookup. */
static void
check_same_entities (DossierCorpus *a,
                     DossierCorpus *b)
{
  g_autoptr(GPtrArray) la = entity_signatures (a);
  g_autoptr(GPtrArray) lb = entity_signatures (b);

  g_assert_cmpuint (la->len, ==, lb->len);
  for (guint i = 0; i < la->len; i++)
    g_assert_cmpstr (g_ptr_array_index (la, i), ==, g_ptr_array_index (lb, i));
  for (guint i = 0; i < la->len; i++)
    {
      const char *line = g_ptr_array_index (la, i);
      g_autofree char *name = g_strndup (strchr (line, '\t') + 1, strcspn (strchr (line, '\t') + 1, "\t"));

      g_assert_nonnull (dossier_corpus_lookup_entity (b, name));
    }
}

static void
test_extraction (void)
{
  g_autofree char *dir = test_make_tmp_dir ("dossier-index-XXXXXX");
  g_autoptr(GError) error = NULL;
  g_autoptr(DossierExtractor) extractor = dossier_extractor_new_default (&error);
  g_autoptr(DossierCorpus) plain = NULL;
  g_autoptr(DossierCorpus) first = NULL;
  g_autoptr(DossierCorpus) second = NULL;
  g_autoptr(DossierCorpus) third = NULL;
  g_autofree char *ap = NULL, *bbc = NULL;
  DossierEntity *e;
  DossierArticle *a;
  const DossierMention *m;
  guint n;

  if (extractor == NULL)
    {
      g_test_skip (error->message);
      return;
    }
  g_assert_true (g_file_get_contents (TEST_DATADIR "/ap-china-belarus.txt", &ap, NULL, NULL));
  g_assert_true (g_file_get_contents (TEST_DATADIR "/bbc-china-belarus.txt", &bbc, NULL, NULL));
  test_write_file (dir, "ap.txt", ap);
  test_write_file (dir, "bbc.txt", bbc);

  plain = load_extracting (dir, extractor, FALSE);
  g_assert_cmpuint (g_list_model_get_n_items (dossier_corpus_get_entities (plain)), >, 5);

  first = load_extracting (dir, extractor, TRUE);
  g_assert_cmpint (n_parsed, ==, 2);
  g_assert_false (dossier_corpus_get_links_restored (first));
  check_same_entities (plain, first);
  g_clear_object (&first);

  /* Reopened: nothing parsed, nothing tagged, the same entities. */
  second = load_extracting (dir, extractor, TRUE);
  g_assert_cmpint (n_parsed, ==, 0);
  g_assert_true (dossier_corpus_get_links_restored (second));
  check_same_entities (plain, second);
  e = dossier_corpus_lookup_entity (second, "Lukashenko");
  g_assert_nonnull (e);
  a = dossier_corpus_find_article (second, "ap.txt");
  g_assert_false (dossier_article_has_text (a));
  m = dossier_article_get_mentions (a, &n);
  g_assert_cmpuint (n, >, 0);
  /* Every mention is linked, and its stored text is the file's. */
  for (guint i = 0; i < n; i++)
    {
      gsize len;
      const char *s = dossier_article_get_mention_text (a, i, &len);
      DossierEntity *linked = dossier_corpus_get_entity_by_id (second, m[i].entity);

      g_assert_nonnull (linked);
      g_assert_cmpmem (s, len, dossier_article_get_text (a) + m[i].start, m[i].end - m[i].start);
    }
  g_clear_object (&second);

  /* A new file: only it is tagged; linking runs over the stored mentions
   * and finds the same people in it. */
  test_write_file (dir, "new.txt", "Lukashenko meets Xi again\n\nPublished 2 March 2023\n\n"
              "Belarusian President Alexander Lukashenko met Chinese leader Xi Jinping in Beijing on Wednesday, "
              "the second meeting of the two presidents this year, officials said.\n");
  third = load_extracting (dir, extractor, TRUE);
  g_assert_cmpint (n_parsed, ==, 1);
  e = dossier_corpus_lookup_entity (third, "Lukashenko");
  g_assert_nonnull (e);
  g_assert_cmpuint (dossier_entity_get_n_articles (e), ==, 3);

  /* Live: a file arrives; the list shows it first, the entities follow
   * when the relink on its thread is done. */
  {
    gint64 end;
    guint n_refreshed = 0;

    g_signal_connect_swapped (third, "refreshed", G_CALLBACK (count_refreshed), &n_refreshed);
    dossier_corpus_watch (third, TRUE);
    spin (500 * 1000);
    test_write_file (dir, "live.txt", "Lukashenko visits Minsk factory\n\nPublished 3 March 2023\n\n"
                "President Alexander Lukashenko toured a tractor factory in Minsk on Thursday, state media "
                "reported, and praised its workers for their output this year.\n");
    end = g_get_monotonic_time () + 20 * G_USEC_PER_SEC;
    while (g_get_monotonic_time () < end &&
           dossier_entity_get_n_articles (dossier_corpus_lookup_entity (third, "Lukashenko")) < 4)
      {
        g_main_context_iteration (NULL, FALSE);
        g_usleep (2000);
      }
    g_assert_nonnull (dossier_corpus_find_article (third, "live.txt"));
    g_assert_cmpuint (dossier_entity_get_n_articles (dossier_corpus_lookup_entity (third, "Lukashenko")), ==, 4);
    g_assert_cmpuint (n_refreshed, >=, 2);
    dossier_corpus_watch (third, FALSE);
    g_clear_object (&third);

    /* And the cache has the new links: nothing read, nothing linked. */
    third = load_extracting (dir, extractor, TRUE);
    g_assert_cmpint (n_parsed, ==, 0);
    g_assert_true (dossier_corpus_get_links_restored (third));
    g_assert_cmpuint (dossier_entity_get_n_articles (dossier_corpus_lookup_entity (third, "Lukashenko")), ==, 4);
  }
  test_remove_tree (dir);
}


/* The incremental path of linking: whenever a load or a live change keeps
 * the stored links instead of linking the folder again, the entities and
 * every mention's entity must be exactly those of a full link of the same
 * files. Random edits of a copy of the sample folder, each checked against
 * a clean load without the cache. */

static const char *const no_name_sentences[] = {
  "it was said that more would follow in the coming weeks.",
  "more details were expected later, officials said.",
  "the talks went on late into the night.",
  "no further comment was given.",
};

static char *
read_sample (const char *rel)
{
  g_autofree char *path = g_build_filename (TEST_DATADIR, "..", "..", "data", "sample", rel, NULL);
  char *text = NULL;

  g_assert_true (g_file_get_contents (path, &text, NULL, NULL));
  return text;
}

/* A paragraph (a run of lines between blank lines) of @text, at random. */
static char *
random_paragraph (const char *text,
                  GRand      *rand)
{
  g_auto(GStrv) paras = g_strsplit (text, "\n\n", -1);
  guint n = g_strv_length (paras);

  if (n == 0)
    return g_strdup ("");
  return g_strdup (paras[g_rand_int_range (rand, 0, n)]);
}

static int
compare_by_path (gconstpointer a,
                 gconstpointer b)
{
  return strcmp (dossier_article_get_path (*(DossierArticle **) a),
                 dossier_article_get_path (*(DossierArticle **) b));
}

/* The reference: what linking the whole folder computes, with the same
 * linker over the same stored mentions, the articles read in the order
 * of their paths as the corpus's full relink reads them. */
static void
check_full_link (DossierCorpus    *corpus,
                 DossierExtractor *extractor)
{
  g_autoptr(DossierLinker) linker = dossier_linker_new (dossier_extractor_get_gazetteer (extractor));
  g_autoptr(GPtrArray) articles = g_ptr_array_new_with_free_func (g_object_unref);
  guint n_items = g_list_model_get_n_items (G_LIST_MODEL (corpus));
  guint n_linked = 0;

  for (guint i = 0; i < n_items; i++)
    g_ptr_array_add (articles, g_list_model_get_item (G_LIST_MODEL (corpus), i));
  g_ptr_array_sort (articles, compare_by_path);
  for (guint i = 0; i < articles->len; i++)
    {
      DossierArticle *a = g_ptr_array_index (articles, i);
      guint n;
      const DossierMention *m = dossier_article_get_mentions (a, &n);

      for (guint j = 0; j < n; j++)
        {
          gsize len;
          const char *text = dossier_article_get_mention_text (a, j, &len);

          dossier_linker_add_mention (linker, i, text, len, m[j].label);
        }
    }
  dossier_linker_resolve (linker);

  for (guint e = 0; e < dossier_linker_get_n_entities (linker); e++)
    {
      DossierEntity *x = dossier_corpus_lookup_entity (corpus, dossier_linker_get_entity_name (linker, e));
      const char * const *ax = dossier_linker_get_entity_aliases (linker, e);
      const char * const *ay;

      if (dossier_linker_get_entity_n_mentions (linker, e) == 0)
        continue;
      n_linked++;
      g_assert_nonnull (x);
      g_assert_cmpstr (dossier_entity_get_name (x), ==, dossier_linker_get_entity_name (linker, e));
      g_assert_cmpint (dossier_entity_get_label (x), ==, dossier_linker_get_entity_label (linker, e));
      g_assert_cmpuint (dossier_entity_get_n_mentions (x), ==, dossier_linker_get_entity_n_mentions (linker, e));
      g_assert_cmpuint (dossier_entity_get_n_articles (x), ==, dossier_linker_get_entity_n_articles (linker, e));
      ay = dossier_entity_get_aliases (x);
      g_assert_cmpuint (g_strv_length ((GStrv) ax), ==, g_strv_length ((GStrv) ay));
      for (guint k = 0; ax[k]; k++)
        g_assert_cmpstr (ax[k], ==, ay[k]);
    }
  g_assert_cmpuint (g_list_model_get_n_items (dossier_corpus_get_entities (corpus)), ==, n_linked);

  /* Every mention of every article: the same entity. */
  for (guint i = 0, k = 0; i < articles->len; i++)
    {
      DossierArticle *a = g_ptr_array_index (articles, i);
      guint n;
      const DossierMention *m = dossier_article_get_mentions (a, &n);

      for (guint j = 0; j < n; j++, k++)
        {
          DossierEntity *x = dossier_corpus_get_entity_by_id (corpus, m[j].entity);

          g_assert_nonnull (x);
          g_assert_cmpstr (dossier_entity_get_name (x), ==,
                           dossier_linker_get_entity_name (linker, dossier_linker_get_mention_entity (linker, k)));
        }
    }
}

/* One random edit of the folder: a sentence without names (which should
 * keep the links), a paragraph of another article appended, a new
 * article, a file deleted. */
static void
random_edit (const char  *dir,
             GRand       *rand,
             const char **samples,
             guint        n_samples)
{
  g_autoptr(GPtrArray) files = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  const char *name;
  g_autofree char *path = NULL;
  g_autofree char *text = NULL;
  guint kind = g_rand_int_range (rand, 0, 10);

  while ((name = g_dir_read_name (d)))
    g_ptr_array_add (files, g_strdup (name));
  g_ptr_array_sort (files, compare_strings);
  g_assert_cmpuint (files->len, >, 0);
  name = g_ptr_array_index (files, g_rand_int_range (rand, 0, files->len));
  path = g_build_filename (dir, name, NULL);
  g_assert_true (g_file_get_contents (path, &text, NULL, NULL));

  if (kind < 5)
    {
      /* A sentence without names, appended or put between paragraphs. */
      g_autofree char *more = NULL;
      const char *s = no_name_sentences[g_rand_int_range (rand, 0, G_N_ELEMENTS (no_name_sentences))];

      if (kind < 3)
        more = g_strconcat (text, "\n", s, "\n", NULL);
      else
        {
          g_auto(GStrv) paras = g_strsplit (text, "\n\n", -1);
          guint n = g_strv_length (paras);
          guint at = n > 2 ? (guint) g_rand_int_range (rand, 2, n) : n;
          g_autoptr(GString) out = g_string_new (NULL);

          for (guint i = 0; i < n; i++)
            {
              if (i == at)
                g_string_append_printf (out, "%s\n\n", s);
              g_string_append (out, paras[i]);
              if (i + 1 < n)
                g_string_append (out, "\n\n");
            }
          if (at == n)
            g_string_append_printf (out, "\n\n%s\n", s);
          more = g_string_free (g_steal_pointer (&out), FALSE);
        }
      test_write_file (dir, name, more);
    }
  else if (kind < 7)
    {
      /* A paragraph of another article appended: usually new names. */
      g_autofree char *other = read_sample (samples[g_rand_int_range (rand, 0, n_samples)]);
      g_autofree char *para = random_paragraph (other, rand);
      g_autofree char *more = g_strconcat (text, "\n\n", para, "\n", NULL);

      test_write_file (dir, name, more);
    }
  else if (kind < 9 || files->len < 3)
    {
      /* A new article: a sample under a new name. */
      g_autofree char *other = read_sample (samples[g_rand_int_range (rand, 0, n_samples)]);
      g_autofree char *rel = g_strdup_printf ("new-%08x.txt", g_rand_int (rand));

      test_write_file (dir, rel, other);
    }
  else
    g_assert_cmpint (g_unlink (path), ==, 0);
}

static void
test_links_incremental (void)
{
  static const char *samples[] = {
    "wikinews-asylum.txt", "wikinews-crane.txt", "wikinews-election.txt", "wikinews-expo.txt",
    "wikinews-ie9.txt", "wikinews-korea.txt", "wikinews-soccer.txt", "wikinews-stampede.txt",
    "science/wikinews-iodine.txt", "science/wikinews-nasa.txt", "science/wikinews-warming.txt",
  };
  g_autofree char *dir = test_make_tmp_dir ("dossier-index-XXXXXX");
  g_autoptr(GError) error = NULL;
  g_autoptr(DossierExtractor) extractor = dossier_extractor_new_default (&error);
  g_autoptr(GRand) rand = NULL;
  const char *env = g_getenv ("DOSSIER_LINK_TRIALS");
  guint n_trials = env ? (guint) g_ascii_strtoull (env, NULL, 10) : 60;
  guint n_kept = 0, n_changed = 0;
  guint32 seed = g_test_rand_int ();

  if (extractor == NULL)
    {
      g_test_skip (error->message);
      return;
    }
  g_test_message ("seed %u", seed);
  rand = g_rand_new_with_seed (seed);
  for (guint i = 0; i < 6; i++)
    {
      g_autofree char *text = read_sample (samples[i]);
      g_autofree char *rel = g_strdup_printf ("a%02u.txt", i);

      test_write_file (dir, rel, text);
    }
  {
    g_autoptr(DossierCorpus) first = load_extracting (dir, extractor, TRUE);
  }

  for (guint t = 0; t < n_trials; t++)
    {
      g_autoptr(DossierCorpus) incremental = NULL;
      g_autoptr(DossierCorpus) full = NULL;
      g_autoptr(DossierCorpus) again = NULL;
      guint n_edits = g_rand_int_range (rand, 1, 3);

      /* The size changes with every edit; the mtime may not. */
      for (guint e = 0; e < n_edits; e++)
        random_edit (dir, rand, samples, G_N_ELEMENTS (samples));
      incremental = load_extracting (dir, extractor, TRUE);
      n_kept += _dossier_corpus_get_n_links_kept (incremental);
      n_changed++;
      check_full_link (incremental, extractor);
      /* The same entities as reading everything again without the cache. */
      full = load_extracting (dir, extractor, FALSE);
      check_same_entities (incremental, full);

      /* And what was stored comes back the same. */
      again = load_extracting (dir, extractor, TRUE);
      g_assert_true (dossier_corpus_get_links_restored (again));
      check_full_link (again, extractor);
    }
  g_test_message ("%u of %u changes kept the links", n_kept, n_changed);
  if (n_trials >= 20)
    g_assert_cmpuint (n_kept, >, 0);
  test_remove_tree (dir);
}


/* The same folder gives the same entities on every load: ids are handed
 * out in the order the reading threads finish, but the linker reads the
 * articles in the order of their paths, so that which of two entities of
 * one name keeps the plain name does not change from one load to the
 * next. Copies of the articles under other names make such ties. */
static void
test_links_deterministic (void)
{
  static const char *samples[] = {
    "wikinews-asylum.txt", "wikinews-crane.txt", "wikinews-election.txt", "wikinews-expo.txt",
    "wikinews-ie9.txt", "wikinews-korea.txt", "wikinews-soccer.txt", "wikinews-stampede.txt",
  };
  g_autofree char *dir = test_make_tmp_dir ("dossier-index-XXXXXX");
  g_autoptr(GError) error = NULL;
  g_autoptr(DossierExtractor) extractor = dossier_extractor_new_default (&error);
  g_autoptr(DossierCorpus) first = NULL;

  if (extractor == NULL)
    {
      g_test_skip (error->message);
      return;
    }
  for (guint i = 0; i < G_N_ELEMENTS (samples); i++)
    {
      g_autofree char *text = read_sample (samples[i]);
      g_autofree char *a = g_strdup_printf ("a%02u.txt", i);
      g_autofree char *b = g_strdup_printf ("copy-%02u.txt", (guint) (G_N_ELEMENTS (samples) - i));

      test_write_file (dir, a, text);
      test_write_file (dir, b, text);
    }
  /* A manager and a city of one name, as many mentions each: the first
   * path keeps the plain name, though the first file takes longest to
   * read (its thread finishes last, and its id comes last). */
  {
    g_autoptr(GString) manager = g_string_new ("Title: Manager stays\n\nMr Houston signed a new three-year "
                                               "contract with the club on Monday. Mr Houston said the squad was "
                                               "ready.\n\n\"I love this club,\" Mr Houston told reporters after "
                                               "training.\n");

    for (guint i = 0; i < 3000; i++)
      g_string_append (manager, "\nthe players trained in the rain, and the pitch was heavy after a long week.\n");
    test_write_file (dir, "h1-manager.txt", manager->str);
  }
  test_write_file (dir, "h2-floods.txt",
                   "Title: Floods close roads\n\nHouston closed dozens of roads on Monday after heavy rain. "
                   "Officials in Houston said buses would run again on Tuesday.\n\nFlooding is common in Houston "
                   "in the spring.\n");
  first = load_extracting (dir, extractor, FALSE);
  g_assert_cmpuint (g_list_model_get_n_items (dossier_corpus_get_entities (first)), >, 20);
  g_assert_nonnull (dossier_corpus_lookup_entity (first, "Houston (PLACE)"));
  g_assert_cmpint (dossier_entity_get_label (dossier_corpus_lookup_entity (first, "Houston")), ==,
                   DOSSIER_LABEL_PERSON);
  for (guint t = 0; t < 6; t++)
    {
      g_autoptr(DossierCorpus) again = load_extracting (dir, extractor, FALSE);

      check_same_entities (first, again);
    }
  test_remove_tree (dir);
}

/* The same live: a change that gives the linker the same input keeps the
 * links at once, without a relink on its thread; one that does not
 * relinks; both end where a full link of the folder ends. */
static void
test_links_incremental_live (void)
{
  g_autofree char *dir = test_make_tmp_dir ("dossier-index-XXXXXX");
  g_autoptr(GError) error = NULL;
  g_autoptr(DossierExtractor) extractor = dossier_extractor_new_default (&error);
  g_autoptr(DossierCorpus) corpus = NULL;
  g_autofree char *text = NULL;
  g_autofree char *more = NULL;
  g_autofree char *other = NULL;
  guint n_refreshed = 0;
  gint64 end;

  if (extractor == NULL)
    {
      g_test_skip (error->message);
      return;
    }
  text = read_sample ("wikinews-korea.txt");
  other = read_sample ("wikinews-election.txt");
  test_write_file (dir, "korea.txt", text);
  test_write_file (dir, "election.txt", other);
  corpus = load_extracting (dir, extractor, TRUE);
  g_signal_connect_swapped (corpus, "refreshed", G_CALLBACK (count_refreshed), &n_refreshed);
  dossier_corpus_watch (corpus, TRUE);
  spin (500 * 1000);

  more = g_strconcat (text, "\nno further comment was given.\n", NULL);
  test_write_file (dir, "korea.txt", more);
  end = g_get_monotonic_time () + 20 * G_USEC_PER_SEC;
  while (g_get_monotonic_time () < end && _dossier_corpus_get_n_links_kept (corpus) == 0)
    {
      g_main_context_iteration (NULL, FALSE);
      g_usleep (2000);
    }
  g_assert_cmpuint (_dossier_corpus_get_n_links_kept (corpus), ==, 1);
  g_assert_cmpuint (n_refreshed, ==, 1);
  check_full_link (corpus, extractor);

  /* Entities set from elsewhere (as corrections do) are not the linker's:
   * the same kind of change links again. */
  {
    GListModel *list = dossier_corpus_get_entities (corpus);
    g_autoptr(GPtrArray) copy = g_ptr_array_new_with_free_func (g_object_unref);

    for (guint i = 0; i < g_list_model_get_n_items (list); i++)
      g_ptr_array_add (copy, g_list_model_get_item (list, i));
    dossier_corpus_set_entities (corpus, copy);
  }
  g_free (more);
  more = g_strconcat (text, "\nmore details were expected later.\n", NULL);
  test_write_file (dir, "korea.txt", more);
  end = g_get_monotonic_time () + 20 * G_USEC_PER_SEC;
  while (g_get_monotonic_time () < end && n_refreshed < 3)
    {
      g_main_context_iteration (NULL, FALSE);
      g_usleep (2000);
    }
  g_assert_cmpuint (n_refreshed, ==, 3);
  g_assert_cmpuint (_dossier_corpus_get_n_links_kept (corpus), ==, 1);
  check_full_link (corpus, extractor);

  /* Names of another article: linked again, on the relink thread. */
  g_free (more);
  more = g_strconcat (text, "\n\n", other, NULL);
  test_write_file (dir, "korea.txt", more);
  end = g_get_monotonic_time () + 20 * G_USEC_PER_SEC;
  while (g_get_monotonic_time () < end && n_refreshed < 5)
    {
      g_main_context_iteration (NULL, FALSE);
      g_usleep (2000);
    }
  g_assert_cmpuint (n_refreshed, ==, 5);
  g_assert_cmpuint (_dossier_corpus_get_n_links_kept (corpus), ==, 1);
  check_full_link (corpus, extractor);
  dossier_corpus_watch (corpus, FALSE);
  g_clear_object (&corpus);

  /* The cache has the links of both. */
  corpus = load_extracting (dir, extractor, TRUE);
  g_assert_true (dossier_corpus_get_links_restored (corpus));
  check_full_link (corpus, extractor);
  test_remove_tree (dir);
}

/* A file that cannot be read is not read again by the refresh that follows
 * loading while it does not change: storing its error again would make the
 * stored links stale, and every open would link the folder again. */
static void
test_unreadable_kept (void)
{
  g_autofree char *dir = test_make_tmp_dir ("dossier-index-XXXXXX");
  g_autoptr(GError) error = NULL;
  g_autoptr(DossierExtractor) extractor = dossier_extractor_new_default (&error);
  g_autoptr(DossierCorpus) first = NULL;
  g_autoptr(DossierCorpus) second = NULL;
  g_autofree char *ap = NULL;
  gint64 end;

  if (extractor == NULL)
    {
      g_test_skip (error->message);
      return;
    }
  g_assert_true (g_file_get_contents (TEST_DATADIR "/ap-china-belarus.txt", &ap, NULL, NULL));
  test_write_file (dir, "ap.txt", ap);
  test_write_file (dir, "empty.txt", "");

  first = load_extracting (dir, extractor, TRUE);
  g_assert_cmpuint (dossier_corpus_get_errors (first)->len, ==, 1);
  dossier_corpus_watch (first, TRUE);
  spin (1000 * 1000);
  g_assert_cmpuint (dossier_corpus_get_errors (first)->len, ==, 1);
  dossier_corpus_watch (first, FALSE);
  g_clear_object (&first);

  second = load_extracting (dir, extractor, TRUE);
  g_assert_cmpint (n_parsed, ==, 0);
  g_assert_true (dossier_corpus_get_links_restored (second));
  g_assert_cmpuint (dossier_corpus_get_errors (second)->len, ==, 1);

  /* Once it changes, it is read again. */
  dossier_corpus_watch (second, TRUE);
  spin (500 * 1000);
  test_write_file (dir, "empty.txt", "Minsk talks\n\nPublished 2 March 2023\n\n"
                   "Belarusian President Alexander Lukashenko met officials in Minsk on Wednesday.\n");
  end = g_get_monotonic_time () + 20 * G_USEC_PER_SEC;
  while (g_get_monotonic_time () < end && dossier_corpus_find_article (second, "empty.txt") == NULL)
    {
      g_main_context_iteration (NULL, FALSE);
      g_usleep (2000);
    }
  g_assert_nonnull (dossier_corpus_find_article (second, "empty.txt"));
  g_assert_cmpuint (dossier_corpus_get_errors (second)->len, ==, 0);
  dossier_corpus_watch (second, FALSE);
  test_remove_tree (dir);
}

/* Damaged caches */

static void
check_rebuilt (const char *dir)
{
  g_autoptr(DossierCorpus) corpus = load_indexed (dir);
  DossierIndex *index = dossier_corpus_get_index (corpus);

  g_assert_nonnull (index);
  g_assert_nonnull (dossier_index_get_rebuild_reason (index));
  g_assert_cmpint (n_parsed, ==, 4);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (corpus)), ==, 4);
  g_assert_null (dossier_corpus_get_index_error (corpus));
  g_clear_object (&corpus);

  /* And it is a good cache again. */
  corpus = load_indexed (dir);
  g_assert_cmpint (n_parsed, ==, 0);
  g_assert_null (dossier_index_get_rebuild_reason (dossier_corpus_get_index (corpus)));
}

static void
build_cache (const char *dir)
{
  g_autoptr(DossierCorpus) corpus = NULL;

  fill_folder (dir, 4);
  corpus = load_indexed (dir);
  g_assert_cmpint (n_parsed, ==, 4);
}

static void
test_corrupt_truncated (void)
{
  g_autofree char *dir = test_make_tmp_dir ("dossier-index-XXXXXX");
  g_autofree char *db = NULL;
  g_autofree char *contents = NULL;
  gsize len;

  build_cache (dir);
  db = cache_file (dir);
  g_assert_true (g_file_get_contents (db, &contents, &len, NULL));
  g_assert_cmpuint (len, >, 8192);
  /* Cut mid-file: the header promises pages that are not there. */
  g_assert_cmpint (truncate (db, len / 3), ==, 0);
  check_rebuilt (dir);

  /* Cut inside the header. */
  g_assert_cmpint (truncate (db, 50), ==, 0);
  check_rebuilt (dir);
  test_remove_tree (dir);
}

static void
test_corrupt_junk (void)
{
  g_autofree char *dir = test_make_tmp_dir ("dossier-index-XXXXXX");
  g_autofree char *db = NULL;
  g_autofree char *junk = g_malloc (65536);

  build_cache (dir);
  db = cache_file (dir);
  for (guint i = 0; i < 65536; i++)
    junk[i] = g_test_rand_int_range (0, 256);
  g_assert_true (g_file_set_contents (db, junk, 65536, NULL));
  check_rebuilt (dir);

  /* Garbage over the pages, the header kept. */
  {
    g_autofree char *contents = NULL;
    gsize len;

    g_assert_true (g_file_get_contents (db, &contents, &len, NULL));
    for (gsize i = 4096; i < len; i++)
      contents[i] = g_test_rand_int_range (0, 256);
    g_assert_true (g_file_set_contents (db, contents, len, NULL));
    check_rebuilt (dir);
  }
  test_remove_tree (dir);
}

static void
exec_on (const char *db,
         const char *sql)
{
  sqlite3 *handle = NULL;

  g_assert_cmpint (sqlite3_open (db, &handle), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (handle, sql, NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (handle);
}

static void
test_corrupt_foreign (void)
{
  g_autofree char *dir = test_make_tmp_dir ("dossier-index-XXXXXX");
  g_autofree char *db = NULL;

  build_cache (dir);
  db = cache_file (dir);
  g_assert_cmpint (g_unlink (db), ==, 0);
  exec_on (db, "CREATE TABLE recipes (name TEXT); INSERT INTO recipes VALUES ('soup');");
  check_rebuilt (dir);

  /* Another application that set its own id. */
  g_assert_cmpint (g_unlink (db), ==, 0);
  exec_on (db, "PRAGMA application_id = 1234; CREATE TABLE t (x);");
  check_rebuilt (dir);
  test_remove_tree (dir);
}

static void
test_corrupt_other_version (void)
{
  g_autofree char *dir = test_make_tmp_dir ("dossier-index-XXXXXX");
  g_autofree char *db = NULL;

  build_cache (dir);
  db = cache_file (dir);
  exec_on (db, "PRAGMA user_version = 99");
  check_rebuilt (dir);

  /* A cache of another folder under this name (a hash collision). */
  exec_on (db, "UPDATE meta SET value = '/elsewhere' WHERE key = 'root'");
  check_rebuilt (dir);

  /* The cache names the readers that filled it by the build's digest of
   * their sources and models (16 hex digits). */
  {
    sqlite3 *handle = NULL;
    sqlite3_stmt *st = NULL;

    g_assert_cmpuint (strlen (DOSSIER_READERS_HASH), ==, 16);
    g_assert_cmpint (sqlite3_open (db, &handle), ==, SQLITE_OK);
    g_assert_cmpint (sqlite3_prepare_v2 (handle, "SELECT value FROM meta WHERE key = 'readers'", -1, &st, NULL), ==,
                     SQLITE_OK);
    g_assert_cmpint (sqlite3_step (st), ==, SQLITE_ROW);
    g_assert_nonnull (strstr ((const char *) sqlite3_column_text (st, 0), "/" DOSSIER_READERS_HASH "+"));
    sqlite3_finalize (st);
    sqlite3_close (handle);
  }
  /* A cache made by other readers (an older Dossier: the digest of the
   * readers' sources and models differs), even of the same release. */
  exec_on (db, "UPDATE meta SET value = replace(value, '/', '/0') WHERE key = 'readers'");
  check_rebuilt (dir);

  /* Rows damaged by hand: missing article rows are re-read, not crashed on. */
  exec_on (db, "DELETE FROM articles WHERE id IN (SELECT id FROM articles LIMIT 2)");
  {
    g_autoptr(DossierCorpus) corpus = load_indexed (dir);
    g_assert_cmpint (n_parsed, ==, 2);
    g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (corpus)), ==, 4);
  }
  test_remove_tree (dir);
}

/* Search syntax */

static void
test_query_syntax (void)
{
  struct { const char *in; const char *match; } ok[] = {
    { "oil", "(\"oil\")" },
    { "oil prices", "(\"oil\" AND \"prices\")" },
    { "\"oil prices\" opec", "(\"oil prices\" AND \"opec\")" },
    { "elect*", "(\"elect\" *)" },
    { "oil -gas", "(\"oil\" NOT \"gas\")" },
    { "oil NOT gas", "(\"oil\" NOT \"gas\")" },
    { "oil OR gas", "(\"oil\") OR (\"gas\")" },
    { "oil or gas", "(\"oil\" AND \"or\" AND \"gas\")" },
    { "oil AND gas", "(\"oil\" AND \"gas\")" },
    { "say \"he said \"\" hi\"", "(\"say\" AND \"he said \" AND \" hi\")" },
    /* FTS5 syntax typed by someone is text, never syntax. */
    { "title:oil", "(\"title:oil\")" },
    { "NEAR(a b)", "(\"NEAR(a\" AND \"b)\")" },
    { "^start", "(\"^start\")" },
    { "a \" & \" b", "(\"a\" AND \"b\")" },
    { "it's", "(\"it's\")" },
    { "O\"Brien", NULL },
  };
  struct { const char *in; int code; } bad[] = {
    { "\"unbalanced", DOSSIER_QUERY_ERROR_SYNTAX },
    { "oil \"prices", DOSSIER_QUERY_ERROR_SYNTAX },
    { "OR oil", DOSSIER_QUERY_ERROR_SYNTAX },
    { "oil OR", DOSSIER_QUERY_ERROR_SYNTAX },
    { "oil OR OR gas", DOSSIER_QUERY_ERROR_SYNTAX },
    { "-oil", DOSSIER_QUERY_ERROR_SYNTAX },
    { "oil NOT", DOSSIER_QUERY_ERROR_SYNTAX },
    { "*oil", DOSSIER_QUERY_ERROR_SYNTAX },
    { "el*ect", DOSSIER_QUERY_ERROR_SYNTAX },
    { "", DOSSIER_QUERY_ERROR_EMPTY },
    { "  & — ", DOSSIER_QUERY_ERROR_EMPTY },
    { "\xff\xfe", DOSSIER_QUERY_ERROR_SYNTAX },
  };

  for (guint i = 0; i < G_N_ELEMENTS (ok); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(DossierQuery) q = dossier_query_parse (ok[i].in, &error);

      if (ok[i].match == NULL)
        {
          g_assert_null (q);
          continue;
        }
      g_assert_no_error (error);
      g_assert_cmpstr (dossier_query_get_match (q), ==, ok[i].match);
    }
  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(DossierQuery) q = dossier_query_parse (bad[i].in, &error);

      g_assert_null (q);
      g_assert_error (error, DOSSIER_QUERY_ERROR, bad[i].code);
      /* Sentences for people, not SQLite's words. */
      g_assert_null (strstr (error->message, "fts5"));
      g_assert_null (strstr (error->message, "SQL"));
    }
}

static void
test_search (void)
{
  g_autofree char *dir = test_make_tmp_dir ("dossier-index-XXXXXX");
  g_autoptr(DossierCorpus) corpus = NULL;
  DossierIndex *index;
  struct { const char *q; guint n; } cases[] = {
    { "harbour", 6 },
    { "HARBOUR", 6 },
    { "\"Lisbon harbour\"", 1 },
    { "\"harbour Lisbon\"", 0 },
    { "Lisb*", 1 },
    { "harbour -Lisbon", 5 },
    { "minister OR ships", 6 },
    { "\"report delta\"", 1 },
    { "title:harbour", 0 },
    { "NEAR(harbour", 0 },
    { "minist* -\"old port\"", 1 },
  };
  const char * const *terms;

  fill_folder (dir, 6);
  corpus = load_indexed (dir);
  index = dossier_corpus_get_index (corpus);
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(DossierQuery) q = dossier_query_parse (cases[i].q, &error);
      g_autoptr(GArray) ids = NULL;

      g_assert_no_error (error);
      g_assert_true (dossier_query_run (q, index, &ids, &error));
      g_assert_no_error (error);
      g_test_message ("%s → %s: %u", cases[i].q, dossier_query_get_match (q), ids->len);
      g_assert_cmpuint (ids->len, ==, cases[i].n);
    }

  {
    g_autoptr(DossierQuery) q = dossier_query_parse ("\"Lisbon harbour\" -gas", NULL);
    g_autoptr(GArray) ids = NULL;
    g_autofree char *snippet = NULL;

    g_assert_true (dossier_query_run (q, index, &ids, NULL));
    snippet = dossier_index_snippet (index, dossier_query_get_match (q), g_array_index (ids, guint32, 0), NULL);
    g_test_message ("snippet: %s", snippet);
    g_assert_nonnull (strstr (snippet, "[Lisbon harbour]"));
    {
      /* Marks of one's own, from the body. */
      g_autofree char *marked = dossier_index_snippet_full (index, dossier_query_get_match (q),
                                                            g_array_index (ids, guint32, 0), "{{", "}}", NULL);

      g_assert_nonnull (strstr (marked, "{{Lisbon harbour}}"));
      g_assert_null (strchr (marked, '['));
    }
    terms = dossier_query_get_terms (q);
    g_assert_cmpstr (terms[0], ==, "Lisbon harbour");
    g_assert_null (terms[1]);
  }
  test_remove_tree (dir);
}

static void
test_find (void)
{
  const char *text = "The minister visited Lisbon harbour. A café in Lisbon; the harbourmaster spoke.";
  g_autoptr(DossierQuery) q = dossier_query_parse ("\"lisbon HARBOUR\" minist* cafe -gas", NULL);
  g_autoptr(GArray) ranges = dossier_query_find (q, text, -1);
  const char *expected[] = { "minister", "Lisbon harbour", "café" };

  g_assert_cmpuint (ranges->len, ==, 2 * G_N_ELEMENTS (expected));
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      gsize s = g_array_index (ranges, gsize, 2 * i), e = g_array_index (ranges, gsize, 2 * i + 1);
      g_assert_cmpmem (text + s, e - s, expected[i], strlen (expected[i]));
    }
}

static void
test_intersect (void)
{
  guint32 a[] = { 1, 3, 5, 7, 9, 11 };
  guint32 b[] = { 3, 4, 5, 11, 12 };
  guint32 big[1000];
  guint32 small[] = { 10, 500, 999, 1001 };
  guint n;

  n = dossier_ids_intersect (a, G_N_ELEMENTS (a), b, G_N_ELEMENTS (b));
  g_assert_cmpuint (n, ==, 3);
  g_assert_cmpuint (a[0], ==, 3);
  g_assert_cmpuint (a[2], ==, 11);
  for (guint i = 0; i < 1000; i++)
    big[i] = i;
  /* The galloping path: one side far smaller. */
  n = dossier_ids_intersect (small, G_N_ELEMENTS (small), big, 1000);
  g_assert_cmpuint (n, ==, 3);
  g_assert_cmpuint (small[2], ==, 999);
}

/* Live updates */

static void
count_changes (GListModel *model,
               guint       position,
               guint       removed,
               guint       added,
               guint      *n)
{
  (*n)++;
}

static gboolean
wait_for (DossierCorpus *corpus,
          const char    *path,
          gboolean       present,
          gint64         timeout_us)
{
  gint64 end = g_get_monotonic_time () + timeout_us;

  while (g_get_monotonic_time () < end)
    {
      if ((dossier_corpus_find_article (corpus, path) != NULL) == present)
        return TRUE;
      g_main_context_iteration (NULL, FALSE);
      g_usleep (2000);
    }
  return FALSE;
}

static void
spin (gint64 us)
{
  gint64 end = g_get_monotonic_time () + us;

  while (g_get_monotonic_time () < end)
    {
      g_main_context_iteration (NULL, FALSE);
      g_usleep (2000);
    }
}

static void
test_watch (void)
{
  g_autofree char *dir = test_make_tmp_dir ("dossier-index-XXXXXX");
  g_autoptr(DossierCorpus) corpus = NULL;
  g_autoptr(DossierCorpus) again = NULL;
  g_autofree char *gone = g_build_filename (dir, "sub/story-01.txt", NULL);
  g_autofree char *changed = g_build_filename (dir, "top/story-00.txt", NULL);
  g_autofree char *text = story ("Arrived while open", "9 June 2024", "A file dropped into the folder.");
  g_autofree char *edit = story ("Story number 0, edited while open", "1 May 2024", "Edited.");
  g_autoptr(DossierArticle) kept = NULL;
  guint n_changes = 0;
  gint64 start;
  gboolean found = FALSE;

  fill_folder (dir, 6);
  corpus = load_indexed (dir);
  kept = g_object_ref (dossier_corpus_find_article (corpus, "sub/story-05.txt"));
  dossier_corpus_watch (corpus, TRUE);
  g_signal_connect (corpus, "items-changed", G_CALLBACK (count_changes), &n_changes);
  /* The first refresh finds nothing to change. */
  spin (600 * 1000);
  g_assert_cmpuint (n_changes, ==, 0);

  start = g_get_monotonic_time ();
  test_write_file (dir, "new/arrived.txt", text);
  test_write_file (dir, "top/story-00.txt", edit);
  set_mtime (changed, 5);
  g_assert_cmpint (g_unlink (gone), ==, 0);

  g_assert_true (wait_for (corpus, "new/arrived.txt", TRUE, 10 * G_USEC_PER_SEC));
  g_test_message ("picked up in %.0f ms", (g_get_monotonic_time () - start) / 1000.0);
  g_assert_true (wait_for (corpus, "sub/story-01.txt", FALSE, G_USEC_PER_SEC));
  spin (400 * 1000);
  /* One coalesced change for the three. */
  g_assert_cmpuint (n_changes, ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (corpus)), ==, 6);
  {
    g_autofree char *snippet = dossier_article_dup_snippet (dossier_corpus_find_article (corpus, "top/story-00.txt"), 80);
    g_assert_nonnull (strstr (snippet, "Edited."));
  }
  /* The untouched article is the same object, still in the model. */
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (corpus)); i++)
    if (dossier_corpus_get_article (corpus, i) == kept)
      found = TRUE;
  g_assert_true (found);
  g_assert_true (dossier_corpus_find_article (corpus, "sub/story-05.txt") == kept);

  /* Changes to files only: the refresh looks at those files, no walk. */
  {
    g_autofree char *from = g_build_filename (dir, "top/story-04.txt", NULL);
    g_autofree char *to = g_build_filename (dir, "top/moved.txt", NULL);
    g_autofree char *victim = g_build_filename (dir, "sub/story-03.txt", NULL);
    g_autofree char *late = story ("Late arrival in an old folder", "10 June 2024", "Late.");

    n_changes = 0;
    test_write_file (dir, "top/late.txt", late);
    g_assert_cmpint (g_rename (from, to), ==, 0);
    g_assert_cmpint (g_unlink (victim), ==, 0);
    test_write_file (dir, "top/.hidden.txt", late);
    g_assert_true (wait_for (corpus, "top/late.txt", TRUE, 10 * G_USEC_PER_SEC));
    g_assert_true (wait_for (corpus, "top/moved.txt", TRUE, G_USEC_PER_SEC));
    g_assert_true (wait_for (corpus, "top/story-04.txt", FALSE, G_USEC_PER_SEC));
    g_assert_true (wait_for (corpus, "sub/story-03.txt", FALSE, G_USEC_PER_SEC));
    spin (400 * 1000);
    g_assert_cmpuint (n_changes, ==, 1);
    g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (corpus)), ==, 6);
    g_assert_true (dossier_corpus_find_article (corpus, "sub/story-05.txt") == kept);
  }

  dossier_corpus_watch (corpus, FALSE);
  g_clear_object (&corpus);

  /* The cache followed the live updates. */
  again = load_indexed (dir);
  g_assert_cmpint (n_parsed, ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (again)), ==, 6);
  g_assert_nonnull (dossier_corpus_find_article (again, "new/arrived.txt"));
  g_assert_nonnull (dossier_corpus_find_article (again, "top/moved.txt"));
  g_assert_null (dossier_corpus_find_article (again, "sub/story-03.txt"));
  test_remove_tree (dir);
}

/* Two processes */

static int
child_main (const char *dir)
{
  for (guint round = 0; round < 4; round++)
    {
      g_autoptr(GFile) folder = g_file_new_for_path (dir);
      g_autoptr(DossierCorpus) corpus = dossier_corpus_new (folder);
      g_autoptr(GError) error = NULL;
      g_autofree char *rel = g_strdup_printf ("child-%d-%u.txt", (int) getpid (), round);
      g_autofree char *text = story ("A story from a child", "3 March 2024", "Written while another process reads.");

      dossier_corpus_set_use_index (corpus, TRUE);
      if (!dossier_corpus_load_sync (corpus, NULL, &error))
        return 3;
      if (dossier_corpus_get_index_error (corpus))
        {
          g_printerr ("child: %s\n", dossier_corpus_get_index_error (corpus)->message);
          return 4;
        }
      if (g_list_model_get_n_items (G_LIST_MODEL (corpus)) < 20)
        return 5;
      test_write_file (dir, rel, text);
    }
  return 0;
}

static void
test_two_processes (void)
{
  g_autofree char *dir = test_make_tmp_dir ("dossier-index-XXXXXX");
  g_autoptr(DossierCorpus) corpus = NULL;
  GPid pids[2];

  fill_folder (dir, 20);
  for (guint i = 0; i < 2; i++)
    {
      const char *argv[] = { self_exe, "--child", dir, NULL };
      g_autoptr(GError) error = NULL;

      /* The isolated cache folder of this test, for the children too. */
      g_auto(GStrv) env = g_environ_setenv (g_get_environ (), "XDG_CACHE_HOME", g_get_user_cache_dir (), TRUE);

      g_assert_true (g_spawn_async (NULL, (char **) argv, env, G_SPAWN_DO_NOT_REAP_CHILD, NULL, NULL, &pids[i], &error));
      g_assert_no_error (error);
    }
  for (guint i = 0; i < 2; i++)
    {
      int status = 0;

      g_assert_cmpint (waitpid (pids[i], &status, 0), ==, pids[i]);
      g_assert_true (WIFEXITED (status));
      g_assert_cmpint (WEXITSTATUS (status), ==, 0);
    }

  /* The cache is whole: one more load brings in the last files only,
   * and a second one reads nothing. */
  corpus = load_indexed (dir);
  g_assert_null (dossier_index_get_rebuild_reason (dossier_corpus_get_index (corpus)));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (corpus)), ==, 28);
  g_clear_object (&corpus);
  corpus = load_indexed (dir);
  g_assert_cmpint (n_parsed, ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (corpus)), ==, 28);
  {
    g_autoptr(DossierQuery) q = dossier_query_parse ("\"another process\"", NULL);
    g_autoptr(GArray) ids = NULL;

    g_assert_true (dossier_query_run (q, dossier_corpus_get_index (corpus), &ids, NULL));
    g_assert_cmpuint (ids->len, ==, 8);
  }
  test_remove_tree (dir);
}

/* A full disk: the file size limit stands for it, in a child process. */
static void
test_disk_full (void)
{
  if (g_test_subprocess ())
    {
      g_autofree char *dir = test_make_tmp_dir ("dossier-index-XXXXXX");
      g_autoptr(DossierCorpus) corpus = NULL;
      g_autoptr(GString) filler = g_string_new (NULL);
      struct rlimit rl = { 256 * 1024, 256 * 1024 };
      const GError *error;

      for (guint i = 0; i < 2000; i++)
        g_string_append_printf (filler, "word%u another%u ", i, i * 7);
      for (guint i = 0; i < 80; i++)
        {
          g_autofree char *rel = g_strdup_printf ("f%02u.txt", i);
          g_autofree char *text = story ("Filler", "1 May 2024", filler->str);
          test_write_file (dir, rel, text);
        }

      signal (SIGXFSZ, SIG_IGN);
      g_assert_cmpint (setrlimit (RLIMIT_FSIZE, &rl), ==, 0);
      corpus = load_indexed (dir);
      /* The articles are there; the cache says why it failed. */
      g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (corpus)), ==, 80);
      error = dossier_corpus_get_index_error (corpus);
      g_assert_nonnull (error);
      g_assert_true (g_error_matches (error, DOSSIER_INDEX_ERROR, DOSSIER_INDEX_ERROR_FULL));
      g_printerr ("%s\n", error->message);
      /* Bodies were not stored, but the reader still gets them. */
      g_assert_nonnull (strstr (dossier_article_get_body (dossier_corpus_get_article (corpus, 0)), "word1999"));
      return;
    }
  g_test_trap_subprocess (NULL, 120 * G_USEC_PER_SEC, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_passed ();
  g_test_trap_assert_stderr ("*No space left for the index cache*");
}

/* Corrections are the user's view over the linker's entities: a change
 * while they are on links the extractor's mentions again (not the
 * corrected ones), the cache keeps the linker's entities, and undoing a
 * correction after the change brings the entity back whole. */
static void
test_corrections_survive_change (void)
{
  g_autofree char *dir = test_make_tmp_dir ("dossier-index-XXXXXX");
  g_autofree char *store_path = g_build_filename (dir, "corrections.json", NULL);
  g_autofree char *folder = g_build_filename (dir, "folder", NULL);
  g_autoptr(GFile) store = g_file_new_for_path (store_path);
  g_autoptr(GError) error = NULL;
  g_autoptr(DossierExtractor) extractor = dossier_extractor_new_default (&error);
  g_autoptr(DossierCorpus) corpus = NULL;
  g_autoptr(DossierCorpus) reopened = NULL;
  g_autoptr(DossierCorrections) corrections = NULL;
  g_autofree char *text = NULL, *other = NULL, *name = NULL;
  DossierEntity *entity = NULL;
  guint n_mentions, n_refreshed = 0;
  gint64 end;

  if (extractor == NULL)
    {
      g_test_skip (error->message);
      return;
    }
  g_assert_cmpint (g_mkdir (folder, 0700), ==, 0);
  text = read_sample ("wikinews-korea.txt");
  other = read_sample ("wikinews-election.txt");
  test_write_file (folder, "korea.txt", text);
  test_write_file (folder, "election.txt", other);
  corpus = load_extracting (folder, extractor, TRUE);

  /* The entity in most articles, then most mentions. */
  for (guint i = 0; i < g_list_model_get_n_items (dossier_corpus_get_entities (corpus)); i++)
    {
      g_autoptr(DossierEntity) e = g_list_model_get_item (dossier_corpus_get_entities (corpus), i);

      if (entity == NULL || dossier_entity_get_n_mentions (e) > dossier_entity_get_n_mentions (entity))
        entity = e;
    }
  g_assert_nonnull (entity);
  name = g_strdup (dossier_entity_get_name (entity));
  n_mentions = dossier_entity_get_n_mentions (entity);
  g_assert_cmpuint (n_mentions, >=, 2);

  corrections = dossier_corrections_new (store);
  g_assert_true (dossier_corrections_load (corrections, &error));
  dossier_corrections_rebase (corrections, corpus);
  g_assert_true (dossier_corrections_not_entity (corrections, entity, &error));
  g_assert_no_error (error);
  dossier_corrections_apply (corrections, corpus);
  g_assert_null (dossier_corpus_lookup_entity (corpus, name));

  /* A full relink while the correction is on. */
  g_signal_connect_swapped (corpus, "refreshed", G_CALLBACK (count_refreshed), &n_refreshed);
  dossier_corpus_watch (corpus, TRUE);
  spin (500 * 1000);
  n_refreshed = 0;
  /* A new article with other names: the folder is linked again. */
  test_write_file (folder, "statement.txt",
                   "Statement\n\nThe statement was read by Margaret Thornbury of the Winnipeg Free Press.\n");
  end = g_get_monotonic_time () + 20 * G_USEC_PER_SEC;
  while (g_get_monotonic_time () < end && n_refreshed < 2)
    {
      g_main_context_iteration (NULL, FALSE);
      g_usleep (2000);
    }
  g_assert_cmpuint (n_refreshed, ==, 2);
  dossier_corpus_watch (corpus, FALSE);
  /* The linker's entities again: the name is back until the corrections
   * go on top, as the window does. */
  g_assert_nonnull (dossier_corpus_lookup_entity (corpus, name));
  dossier_corrections_rebase (corrections, corpus);
  dossier_corrections_apply (corrections, corpus);
  g_assert_null (dossier_corpus_lookup_entity (corpus, name));

  /* The cache holds the linker's entities, not the corrected ones. */
  reopened = load_extracting (folder, extractor, TRUE);
  g_assert_nonnull (dossier_corpus_lookup_entity (reopened, name));

  /* Undone: the entity comes back with its mentions of before. */
  g_assert_true (dossier_corrections_undo (corrections, &error));
  dossier_corrections_apply (corrections, corpus);
  entity = dossier_corpus_lookup_entity (corpus, name);
  g_assert_nonnull (entity);
  g_assert_cmpuint (dossier_entity_get_n_mentions (entity), ==, n_mentions);

  g_clear_object (&corpus);
  g_clear_object (&reopened);
  test_remove_tree (dir);
}

int
main (int   argc,
      char *argv[])
{
  if (argc == 3 && g_str_equal (argv[1], "--child"))
    return child_main (argv[2]);

  self_exe = realpath (argv[0], NULL);
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);
  g_test_add_func ("/index/reopen-without-parsing", test_reopen_without_parsing);
  g_test_add_func ("/index/incremental", test_incremental);
  g_test_add_func ("/index/mentions-and-entities", test_mentions_and_entities);
  g_test_add_func ("/index/extraction", test_extraction);
  g_test_add_func ("/index/unreadable-kept", test_unreadable_kept);
  g_test_add_func ("/index/links-incremental", test_links_incremental);
  g_test_add_func ("/index/links-deterministic", test_links_deterministic);
  g_test_add_func ("/index/links-incremental-live", test_links_incremental_live);
  g_test_add_func ("/index/corrections-survive-change", test_corrections_survive_change);
  g_test_add_func ("/index/corrupt/truncated", test_corrupt_truncated);
  g_test_add_func ("/index/corrupt/junk", test_corrupt_junk);
  g_test_add_func ("/index/corrupt/foreign", test_corrupt_foreign);
  g_test_add_func ("/index/corrupt/other-version", test_corrupt_other_version);
  g_test_add_func ("/index/query-syntax", test_query_syntax);
  g_test_add_func ("/index/search", test_search);
  g_test_add_func ("/index/find", test_find);
  g_test_add_func ("/index/intersect", test_intersect);
  g_test_add_func ("/index/watch", test_watch);
  g_test_add_func ("/index/two-processes", test_two_processes);
  g_test_add_func ("/index/disk-full", test_disk_full);
  return g_test_run ();
}
