/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include "dossier-data.h"
#include "dossier-label.h"
#include "dossier-tagger.h"

static DossierTagger *tagger;

/* "text/LABEL" for each span, joined by "|". */
static char *
tag_string (const char *text)
{
  g_autoptr(GArray) spans = g_array_new (FALSE, FALSE, sizeof (DossierSpan));
  GString *s = g_string_new (NULL);
  gsize len = strlen (text);

  dossier_tagger_tag (tagger, text, len, spans);
  for (guint i = 0; i < spans->len; i++)
    {
      const DossierSpan *sp = &g_array_index (spans, DossierSpan, i);

      g_assert_cmpuint (sp->start, <, sp->end);
      g_assert_cmpuint (sp->end, <=, len);
      if (i > 0)
        {
          g_assert_cmpuint (sp->start, >=, g_array_index (spans, DossierSpan, i - 1).end);
          g_string_append_c (s, '|');
        }
      g_string_append_len (s, text + sp->start, sp->end - sp->start);
      g_string_append_printf (s, "/%s", dossier_label_to_string (sp->label));
    }
  return g_string_free (s, FALSE);
}

#define assert_tags(text, expected) \
  G_STMT_START { g_autofree char *got = tag_string (text); g_assert_cmpstr (got, ==, expected); } G_STMT_END

static void
test_labels (void)
{
  DossierLabel l;

  for (guint i = 0; i < DOSSIER_N_LABELS; i++)
    {
      g_assert_true (dossier_label_from_string (dossier_label_to_string (i), &l));
      g_assert_cmpint (l, ==, i);
    }
  g_assert_true (dossier_label_from_string ("LOC", &l));
  g_assert_cmpint (l, ==, DOSSIER_LABEL_PLACE);
  g_assert_false (dossier_label_from_string ("DATE", &l));
}

static void
test_load (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DossierTagger) t = NULL;
  gint64 t0 = g_get_monotonic_time ();

  t = dossier_tagger_new_default (&error);
  g_assert_no_error (error);
  g_assert_nonnull (t);
  /* the issue asks for under 200 ms; mmap makes it a few */
  g_assert_cmpint (g_get_monotonic_time () - t0, <, 200000);

  g_assert_null (dossier_tagger_new_from_file ("/nonexistent/ner.bin", &error));
  g_assert_nonnull (error);
  g_clear_error (&error);
  g_assert_null (dossier_tagger_new_from_file (TEST_DATADIR, &error));
  g_assert_nonnull (error);
}

/* Sentences from the seed articles, tagged as ../shared/seeds/gold.jsonl
 * annotates them. */
static void
test_seed_sentences (void)
{
  assert_tags ("The joint call came in a meeting in Beijing between Belarusian President Alexander "
               "Lukashenko, a close ally of Russia, and his Chinese counterpart, Xi Jinping.",
               "Beijing/PLACE|Belarusian/MISC|Alexander Lukashenko/PERSON|Russia/PLACE|"
               "Chinese/MISC|Xi Jinping/PERSON");
  /* possessives are not part of the name; honorifics are not either */
  assert_tags ("Chinese President Xi Jinping met Mr Lukashenko in Beijing.\n\n"
               "Mr Xi said Russia’s war must end.",
               "Chinese/MISC|Xi Jinping/PERSON|Lukashenko/PERSON|Beijing/PLACE|"
               "Xi/PERSON|Russia/PLACE");
  /* hyphenated pairs are two names */
  assert_tags ("Talks on China-Russia ties resumed in Moscow on Monday.",
               "China/PLACE|Russia/PLACE|Moscow/PLACE");
  assert_tags ("BEIJING (AP) — The presidents of China and Belarus met.",
               "BEIJING/PLACE|AP/ORG|China/PLACE|Belarus/PLACE");
}

/* A name tagged once is tagged everywhere in the document. */
static void
test_consistency (void)
{
  g_autofree char *got = tag_string ("Volodymyr Zelenskyy spoke to reporters in Kyiv on Tuesday.\n\n"
                                     "Zelenskyy said the talks would continue.");

  g_assert_nonnull (strstr (got, "Volodymyr Zelenskyy/PERSON"));
  g_assert_nonnull (strstr (got, "|Zelenskyy/PERSON"));
}

/* Every span's bytes are a substring of the text that starts and ends on a
 * word, and never starts with "the" or ends with a possessive. */
static void
test_seed_files (void)
{
  const char *names[] = { "bbc-china-belarus.txt", "ap-china-belarus.txt" };

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autofree char *path = g_build_filename (SHARED_DIR, "seeds", names[i], NULL);
      g_autofree char *text = NULL;
      g_autoptr(GArray) spans = g_array_new (FALSE, FALSE, sizeof (DossierSpan));
      gsize len;

      if (!g_file_get_contents (path, &text, &len, NULL))
        {
          g_test_skip ("seed files not found");
          return;
        }
      dossier_tagger_tag (tagger, text, len, spans);
      g_assert_cmpuint (spans->len, >, 40);
      for (guint k = 0; k < spans->len; k++)
        {
          const DossierSpan *s = &g_array_index (spans, DossierSpan, k);
          g_autofree char *span = g_strndup (text + s->start, s->end - s->start);

          g_assert_cmpuint (s->end, <=, len);
          g_assert_true (g_utf8_validate (span, -1, NULL));
          g_assert_false (g_ascii_isspace (span[0]));
          g_assert_false (g_str_has_prefix (span, "the "));
          g_assert_false (g_str_has_suffix (span, "’s") || g_str_has_suffix (span, "'s"));
          g_assert_true (s->start == 0 || !g_ascii_isalnum (text[s->start - 1]));
          g_assert_true (s->end == len || !g_ascii_isalnum (text[s->end]));
        }
    }
}

typedef struct
{
  const char *text;
  char *result;
} ThreadJob;

static gpointer
thread_tag (gpointer data)
{
  ThreadJob *job = data;
  job->result = tag_string (job->text);
  return NULL;
}

/* One tagger, several threads: results are those of a single thread. */
static void
test_threads (void)
{
  const char *text = "Alexander Lukashenko flew from Minsk to Beijing to meet Xi Jinping, "
                     "the Belta news agency said.";
  g_autofree char *expected = tag_string (text);
  ThreadJob jobs[4];
  GThread *threads[4];

  for (guint i = 0; i < 4; i++)
    {
      jobs[i].text = text;
      threads[i] = g_thread_new ("tag", thread_tag, &jobs[i]);
    }
  for (guint i = 0; i < 4; i++)
    {
      g_thread_join (threads[i]);
      g_assert_cmpstr (jobs[i].result, ==, expected);
      g_free (jobs[i].result);
    }
}

static void
test_empty (void)
{
  assert_tags ("", "");
  assert_tags ("\n\n  \n", "");
  assert_tags ("the", "");
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  int ret;

  g_test_init (&argc, &argv, NULL);
  tagger = dossier_tagger_new_default (&error);
  g_assert_no_error (error);

  g_test_add_func ("/tagger/labels", test_labels);
  g_test_add_func ("/tagger/load", test_load);
  g_test_add_func ("/tagger/seed-sentences", test_seed_sentences);
  g_test_add_func ("/tagger/consistency", test_consistency);
  g_test_add_func ("/tagger/seed-files", test_seed_files);
  g_test_add_func ("/tagger/threads", test_threads);
  g_test_add_func ("/tagger/empty", test_empty);
  ret = g_test_run ();
  dossier_tagger_free (tagger);
  return ret;
}
