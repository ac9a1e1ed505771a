/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gstdio.h>
#include <stdlib.h>
#include <string.h>

#include "dossier-core.h"
#include "dossier-corpus-private.h"

/* The real pipeline (reader, tagger, linker) on the two seed articles. */

static DossierExtractor *extractor;

static char *seeds_dir;

static DossierCorpus *
load_seeds (void)
{
  g_autoptr(GFile) folder = g_file_new_for_path (seeds_dir);
  g_autoptr(GError) error = NULL;
  DossierCorpus *corpus = dossier_corpus_new (folder);

  dossier_corpus_set_extractor (corpus, extractor);
  g_assert_true (dossier_corpus_load_sync (corpus, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (corpus)), ==, 2);
  return corpus;
}

/* Every mention's bytes in the file are its text (the seeds are plain
 * UTF-8; a no-break space inside a name would be the one exception). */
static void
test_offsets (void)
{
  g_autoptr(DossierCorpus) corpus = load_seeds ();

  for (guint i = 0; i < 2; i++)
    {
      DossierArticle *a = dossier_corpus_get_article (corpus, i);
      g_autofree char *path = g_file_get_path (dossier_article_get_file (a));
      g_autofree char *data = NULL;
      const char *text = dossier_article_get_text (a);
      const DossierMention *m;
      gsize len;
      guint n;

      g_assert_true (g_file_get_contents (path, &data, &len, NULL));
      m = dossier_article_get_mentions (a, &n);
      g_assert_cmpuint (n, >, 40);
      for (guint j = 0; j < n; j++)
        {
          gsize fs, fe;

          g_assert_cmpuint (m[j].end, >, m[j].start);
          g_assert_cmpuint (m[j].entity, !=, DOSSIER_NO_ENTITY);
          dossier_article_text_to_file (a, m[j].start, m[j].end, &fs, &fe);
          g_assert_cmpuint (fe, <=, len);
          if (memchr (data + fs, 0xC2, fe - fs) == NULL)
            {
              g_assert_cmpuint (fe - fs, ==, m[j].end - m[j].start);
              g_assert_true (memcmp (data + fs, text + m[j].start, fe - fs) == 0);
            }
        }
    }
}

static guint
n_articles_of (DossierCorpus *corpus,
               const char    *name)
{
  DossierEntity *e = dossier_corpus_lookup_entity (corpus, name);

  if (e == NULL)
    g_error ("no entity “%s”", name);
  return dossier_entity_get_n_articles (e);
}

static void
test_linking (void)
{
  g_autoptr(DossierCorpus) corpus = load_seeds ();
  DossierEntity *xi = dossier_corpus_lookup_entity (corpus, "Xi Jinping");

  /* One person, one country, across both outlets and under any name. */
  g_assert_nonnull (xi);
  g_assert_true (dossier_corpus_lookup_entity (corpus, "Xi") == xi);
  g_assert_cmpuint (dossier_entity_get_n_articles (xi), ==, 2);
  g_assert_cmpint (dossier_entity_get_label (xi), ==, DOSSIER_LABEL_PERSON);
  g_assert_true (dossier_corpus_lookup_entity (corpus, "Lukashenko") ==
                 dossier_corpus_lookup_entity (corpus, "Alexander Lukashenko"));
  g_assert_true (dossier_corpus_lookup_entity (corpus, "Zelensky") ==
                 dossier_corpus_lookup_entity (corpus, "Volodymyr Zelenskyy"));
  g_assert_cmpuint (n_articles_of (corpus, "Zelensky"), ==, 2);
  g_assert_true (dossier_corpus_lookup_entity (corpus, "US") ==
                 dossier_corpus_lookup_entity (corpus, "United States"));
  g_assert_true (dossier_corpus_lookup_entity (corpus, "U.S.") ==
                 dossier_corpus_lookup_entity (corpus, "United States"));
  g_assert_cmpuint (n_articles_of (corpus, "Alexander Lukashenko"), ==, 2);
  g_assert_cmpuint (n_articles_of (corpus, "Vladimir Putin"), ==, 2);
  g_assert_cmpuint (n_articles_of (corpus, "United States"), ==, 2);

  /* Outlet-specific names narrow to one article. */
  g_assert_cmpuint (n_articles_of (corpus, "AP"), ==, 1);
  g_assert_cmpuint (n_articles_of (corpus, "Belta"), ==, 1);

  /* Two people who share a name are not merged: Wang Yi and Wang Wenbin. */
  g_assert_true (dossier_corpus_lookup_entity (corpus, "Wang Yi") !=
                 dossier_corpus_lookup_entity (corpus, "Wang Wenbin"));
}

static void
test_not_english (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("dossier-lang-XXXXXX", &error);
  g_autofree char *path = g_build_filename (dir, "fr.txt", NULL);
  g_autoptr(GFile) folder = g_file_new_for_path (dir);
  g_autoptr(DossierCorpus) corpus = dossier_corpus_new (folder);
  const char *fr =
    "Le président français en visite à Berlin\n\n"
    "Le président de la République a rencontré mardi le chancelier allemand à Berlin pour discuter de la "
    "situation en Ukraine et de l'avenir de l'Union européenne. Les deux dirigeants ont affirmé leur volonté "
    "de renforcer la coopération entre les deux pays, selon un communiqué publié après la rencontre.\n";
  DossierArticle *a;
  guint n;

  g_assert_true (g_file_set_contents (path, fr, -1, NULL));
  dossier_corpus_set_extractor (corpus, extractor);
  g_assert_true (dossier_corpus_load_sync (corpus, NULL, &error));
  a = dossier_corpus_get_article (corpus, 0);
  g_assert_true (dossier_article_get_flags (a) & DOSSIER_ARTICLE_FLAG_NOT_ANALYSED);
  dossier_article_get_mentions (a, &n);
  g_assert_cmpuint (n, ==, 0);
  g_unlink (path);
  g_rmdir (dir);
}

static gboolean
has_mention (DossierArticle *a,
             const char     *name,
             DossierLabel    label)
{
  const char *text = dossier_article_get_text (a);
  const DossierMention *m;
  guint n;

  m = dossier_article_get_mentions (a, &n);
  for (guint i = 0; i < n; i++)
    if (m[i].end - m[i].start == strlen (name) && strncmp (text + m[i].start, name, strlen (name)) == 0 &&
        m[i].label == label)
      return TRUE;
  return FALSE;
}

/* Organisations the lists know by a name of several words, which the tagger
 * alone splits or runs together: "Age UK" read as the place "UK", "NHS
 * England" as "NHS" and "England", "Competition and Markets Authority" cut
 * at "and", two companies joined by "and" read as one. */
static void
test_known_organisations (void)
{
  const char *story =
    "Regulator reviews energy firms\n\n"
    "The Competition and Markets Authority is reviewing energy suppliers after complaints from customers of "
    "Octopus Energy and British Gas, the regulator said on Tuesday. Age UK's director warned that thousands of "
    "pensioners could be pushed into poverty this winter, and NHS England said it would publish its own "
    "winter plan next week. Shoppers at Marks & Spencer and Tesco were also asked about their bills, while "
    "the Institute for Fiscal Studies said about ten million pensioners would lose the payment.\n";
  g_autoptr(GError) error = NULL;
  g_autoptr(DossierArticle) a = dossier_article_new_from_bytes (NULL, "uk.txt", story, strlen (story), &error);
  const char *orgs[] = { "Competition and Markets Authority", "Octopus Energy", "British Gas", "Age UK",
                         "NHS England", "Marks & Spencer", "Institute for Fiscal Studies" };

  g_assert_no_error (error);
  dossier_extractor_extract (extractor, a);
  for (guint i = 0; i < G_N_ELEMENTS (orgs); i++)
    if (!has_mention (a, orgs[i], DOSSIER_LABEL_ORG))
      g_error ("no organisation “%s”", orgs[i]);
  g_assert_false (has_mention (a, "UK", DOSSIER_LABEL_PLACE));
  g_assert_false (has_mention (a, "England", DOSSIER_LABEL_PLACE));
  g_assert_false (has_mention (a, "Octopus Energy and British Gas", DOSSIER_LABEL_ORG));
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  int ret;

  g_test_init (&argc, &argv, NULL);

  extractor = dossier_extractor_new_default (&error);
  g_assert_no_error (error);

  /* A folder holding just the two seed articles. */
  seeds_dir = g_dir_make_tmp ("dossier-seeds-XXXXXX", &error);
  g_assert_no_error (error);
  for (guint i = 0; i < 2; i++)
    {
      const char *name = i ? "ap-china-belarus.txt" : "bbc-china-belarus.txt";
      g_autofree char *src = g_build_filename (TEST_DATADIR, name, NULL);
      g_autofree char *dst = g_build_filename (seeds_dir, name, NULL);
      g_autofree char *data = NULL;
      gsize len;

      g_assert_true (g_file_get_contents (src, &data, &len, NULL));
      g_assert_true (g_file_set_contents (dst, data, len, NULL));
    }

  g_test_add_func ("/entities/offsets", test_offsets);
  g_test_add_func ("/entities/linking", test_linking);
  g_test_add_func ("/entities/not-english", test_not_english);
  g_test_add_func ("/entities/known-organisations", test_known_organisations);

  ret = g_test_run ();
  dossier_extractor_unref (extractor);
  {
    g_autofree char *cmd = g_strdup_printf ("rm -rf '%s'", seeds_dir);
    g_assert_cmpint (system (cmd), ==, 0);
  }
  g_free (seeds_dir);
  return ret;
}
