/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-gazetteer"

#include "config.h"

#include <string.h>

#include "dossier-core.h"

static DossierGazetteer *
load (void)
{
  g_autoptr(GError) error = NULL;
  DossierGazetteer *gaz = dossier_gazetteer_load (dossier_get_data_dir (), &error);

  g_assert_no_error (error);
  g_assert_nonnull (gaz);
  return gaz;
}

static guint32
lookup (DossierGazetteer *gaz,
        const char       *s)
{
  return dossier_gazetteer_lookup (gaz, s, strlen (s));
}

static void
test_classes (void)
{
  g_autoptr(DossierGazetteer) gaz = load ();

  g_assert_cmpuint (dossier_gazetteer_get_n_entries (gaz), >, 10000);
  g_assert_true (lookup (gaz, "Belarus") & DOSSIER_GAZ_COUNTRY);
  g_assert_true (lookup (gaz, "Minsk") & DOSSIER_GAZ_CITY);
  g_assert_true (lookup (gaz, "Texas") & DOSSIER_GAZ_REGION);
  g_assert_true (lookup (gaz, "Central Asia") & DOSSIER_GAZ_REGION);
  g_assert_true (lookup (gaz, "Belarusian") & DOSSIER_GAZ_DEMONYM);
  g_assert_true (lookup (gaz, "Alexander") & DOSSIER_GAZ_FIRST_NAME);
  g_assert_true (lookup (gaz, "Mr") & DOSSIER_GAZ_HONORIFIC);
  g_assert_true (lookup (gaz, "Ministry") & DOSSIER_GAZ_ORG_SUFFIX);
  g_assert_true (lookup (gaz, "Reuters") & DOSSIER_GAZ_AGENCY);
  g_assert_true (lookup (gaz, "NATO") & DOSSIER_GAZ_ORG);
  g_assert_cmpuint (lookup (gaz, "the"), ==, 0);
  g_assert_cmpuint (lookup (gaz, ""), ==, 0);

  /* Case: as written, then folded. */
  g_assert_cmpuint (lookup (gaz, "BEIJING"), ==, 0);
  g_assert_true (dossier_gazetteer_lookup_folded (gaz, "BEIJING", 7) & DOSSIER_GAZ_CITY);
  g_assert_true (dossier_gazetteer_lookup_folded (gaz, "ÅLAND ISLANDS", strlen ("ÅLAND ISLANDS")) & DOSSIER_GAZ_COUNTRY);
}

static void
test_multiword (void)
{
  g_autoptr(DossierGazetteer) gaz = load ();
  /* Spans cut from a page: no-break space, line break, curly apostrophe,
   * and not NUL-terminated. */
  const char *text = "Secretary\xc2\xa0of\nState People\xe2\x80\x99s Daily";

  g_assert_true (dossier_gazetteer_lookup (gaz, text, 19) & DOSSIER_GAZ_HONORIFIC);
  g_assert_true (dossier_gazetteer_lookup (gaz, text + 20, 16) & DOSSIER_GAZ_AGENCY);
  g_assert_true (lookup (gaz, "United States") & DOSSIER_GAZ_COUNTRY);
  g_assert_true (lookup (gaz, "Prime Minister") & DOSSIER_GAZ_HONORIFIC);
  g_assert_cmpuint (dossier_gazetteer_get_max_words (gaz), >=, 3);
}

static void
test_canonical (void)
{
  g_autoptr(DossierGazetteer) gaz = load ();
  struct { const char *alias, *canonical; DossierLabel label; } cases[] = {
    { "US", "United States", DOSSIER_LABEL_PLACE },
    { "U.S.", "United States", DOSSIER_LABEL_PLACE },
    { "America", "United States", DOSSIER_LABEL_PLACE },
    { "Britain", "United Kingdom", DOSSIER_LABEL_PLACE },
    { "EU", "European Union", DOSSIER_LABEL_ORG },
    { "U.N.", "United Nations", DOSSIER_LABEL_ORG },
    { "AP", "Associated Press", DOSSIER_LABEL_ORG },
    { "Belta", "Belarusian Telegraph Agency", DOSSIER_LABEL_ORG },
    { "CCTV", "China Central Television", DOSSIER_LABEL_ORG },
    { "Zelensky", "Volodymyr Zelenskyy", DOSSIER_LABEL_PERSON },
    { "Kiev", "Kyiv", DOSSIER_LABEL_PLACE },
    { "West", "Western world", DOSSIER_LABEL_PLACE },
    { "Chinese", "China", DOSSIER_LABEL_MISC },
    { "Belarussian", "Belarus", DOSSIER_LABEL_MISC },
    { "Russian Federation", "Russia", DOSSIER_LABEL_PLACE },
    { "BEIJING", "Beijing", DOSSIER_LABEL_PLACE },
    { "Belarus", "Belarus", DOSSIER_LABEL_PLACE },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      DossierLabel label = DOSSIER_LABEL_MISC;
      const char *canon = dossier_gazetteer_canonical (gaz, cases[i].alias, strlen (cases[i].alias), &label);

      g_assert_cmpstr (canon, ==, cases[i].canonical);
      g_assert_cmpint (label, ==, cases[i].label);
    }

  g_assert_null (dossier_gazetteer_canonical (gaz, "Alexander", 9, NULL));
  g_assert_null (dossier_gazetteer_canonical (gaz, "Mr", 2, NULL));
}

static void
test_from_data (void)
{
  g_autoptr(DossierGazetteer) gaz =
    dossier_gazetteer_new_from_data ("# comment\n"
                                     "Ruritania\tCOUNTRY\n"
                                     "Ruritanian\tDEMONYM\tRuritania\r\n"
                                     "Rur.\tRuritania\tPLACE\n"
                                     "broken line without tab\n"
                                     "Strelsau\tCITY", -1);
  DossierLabel label;

  g_assert_cmpuint (dossier_gazetteer_get_n_entries (gaz), ==, 4);
  g_assert_true (lookup (gaz, "Strelsau") & DOSSIER_GAZ_CITY);
  g_assert_cmpstr (dossier_gazetteer_canonical (gaz, "Ruritanian", 10, &label), ==, "Ruritania");
  g_assert_cmpint (label, ==, DOSSIER_LABEL_MISC);
  g_assert_cmpstr (dossier_gazetteer_canonical (gaz, "Rur.", 4, &label), ==, "Ruritania");
  g_assert_cmpint (label, ==, DOSSIER_LABEL_PLACE);
  g_assert_true (lookup (gaz, "Rur.") & DOSSIER_GAZ_ALIAS);
}

static gpointer
lookup_thread (gpointer data)
{
  DossierGazetteer *gaz = data;

  for (guint i = 0; i < 20000; i++)
    {
      g_assert_true (lookup (gaz, "Minsk") & DOSSIER_GAZ_CITY);
      g_assert_cmpstr (dossier_gazetteer_canonical (gaz, "Kiev", 4, NULL), ==, "Kyiv");
    }
  return NULL;
}

static void
test_threads (void)
{
  g_autoptr(DossierGazetteer) gaz = load ();
  GThread *threads[4];

  for (guint i = 0; i < G_N_ELEMENTS (threads); i++)
    threads[i] = g_thread_new ("lookup", lookup_thread, gaz);
  for (guint i = 0; i < G_N_ELEMENTS (threads); i++)
    g_thread_join (threads[i]);
}

static void
test_missing (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DossierGazetteer) gaz = dossier_gazetteer_load ("/nonexistent", &error);

  g_assert_null (gaz);
  g_assert_error (error, G_FILE_ERROR, G_FILE_ERROR_NOENT);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/gazetteer/classes", test_classes);
  g_test_add_func ("/gazetteer/multiword", test_multiword);
  g_test_add_func ("/gazetteer/canonical", test_canonical);
  g_test_add_func ("/gazetteer/from-data", test_from_data);
  g_test_add_func ("/gazetteer/threads", test_threads);
  g_test_add_func ("/gazetteer/missing", test_missing);

  return g_test_run ();
}
