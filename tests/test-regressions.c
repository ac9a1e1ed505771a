/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include "fuzz/fuzz-common.h"

/* Every input that once crashed a harness or tripped a sanitizer stays
 * here, so that the bug stays fixed. Inputs found by the fuzzers live in
 * tests/data/regress/HARNESS/ and are fed through the same checks as the
 * harness (fuzz-common.h); bugs found otherwise get a named test below. */

static GPtrArray *
list_inputs (const char *harness)
{
  g_autofree char *dir = g_test_build_filename (G_TEST_DIST, "data", "regress", harness, NULL);
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  GPtrArray *files = g_ptr_array_new_with_free_func (g_free);
  const char *name;

  if (d == NULL)
    return files;
  while ((name = g_dir_read_name (d)))
    if (name[0] != '.')
      g_ptr_array_add (files, g_build_filename (dir, name, NULL));
  return files;
}

static void
replay_reader (gconstpointer data)
{
  const char *harness = data;
  const char *fake_name = g_str_equal (harness, "markdown") ? "x.md" : "x.txt";
  g_autoptr(GPtrArray) files = list_inputs (harness);

  for (guint i = 0; i < files->len; i++)
    {
      g_autofree char *contents = NULL;
      gsize len = 0;

      g_assert_true (g_file_get_contents (g_ptr_array_index (files, i), &contents, &len, NULL));
      g_test_message ("%s: %" G_GSIZE_FORMAT " bytes", (char *) g_ptr_array_index (files, i), len);
      fuzz_parse (fake_name, (const uint8_t *) contents, len);
    }
  g_test_message ("%u inputs replayed", files->len);
}

static void
replay_decode (void)
{
  g_autoptr(GPtrArray) files = list_inputs ("decode");

  for (guint i = 0; i < files->len; i++)
    {
      g_autofree char *contents = NULL;
      g_autoptr(DossierMappedText) map = NULL;
      gsize len = 0;

      g_assert_true (g_file_get_contents (g_ptr_array_index (files, i), &contents, &len, NULL));
      /* Without the harness's charset byte: the input as a file. */
      map = dossier_decode_text (contents, len, NULL);
      fuzz_check_map (map, contents, len);
    }
}

/* Found by LeakSanitizer (test-parser under ./build-aux/test): every ISO
 * date found leaked the string built only to check it was plausible. The
 * test has teeth in the sanitizer build, where a leak fails it. */
static void
test_iso_date_no_leak (void)
{
  const char *lines[] = { "2024-06-18", "Updated 2023-03-01T10:00:00Z", "2023-02-30 then 2024-01-05" };

  for (guint i = 0; i < G_N_ELEMENTS (lines); i++)
    {
      g_autofree char *iso = dossier_date_find (lines[i], NULL, NULL);
      g_assert_nonnull (iso);
    }
  g_assert_true (dossier_date_is_only_date ("Tuesday 2024-06-18", NULL));
}

/* Found by fuzz-notes on its first (empty) input: an empty or blank file
 * parses as JSON without a root node, and the importer passed that NULL on
 * (a Json-CRITICAL, then reading a NULL node). Now a clear error. */
static void
test_import_empty_jsonld (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("dossier-regress-XXXXXX", &error);
  g_autofree char *db = g_build_filename (dir, "notes.db", NULL);
  g_autoptr(DossierNotes) notes = NULL;
  const char *inputs[] = { "", "   \n\t" };

  g_assert_no_error (error);
  notes = dossier_notes_new (db, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < G_N_ELEMENTS (inputs); i++)
    {
      guint added = 99;

      g_assert_false (dossier_notes_import_jsonld (notes, NULL, "/folder", inputs[i], -1, &added, NULL, &error));
      g_assert_error (error, DOSSIER_NOTES_ERROR, DOSSIER_NOTES_ERROR_INVALID);
      g_assert_cmpuint (added, ==, 99);
      g_clear_error (&error);
    }
  g_clear_object (&notes);
  {
    g_autofree char *q = g_shell_quote (dir);
    g_autofree char *cmd = g_strdup_printf ("rm -rf %s", q);
    g_assert_cmpint (system (cmd), ==, 0);
  }
}

/* Found by fuzz-notes: JSON-GLib quotes the bad token in its parse error,
 * and a lone surrogate escape in it comes out as bytes that are not UTF-8,
 * which went on into Dossier's message (to a label, a terminal). */
static void
test_import_error_is_utf8 (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("dossier-regress-XXXXXX", &error);
  g_autofree char *db = g_build_filename (dir, "notes.db", NULL);
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "regress", "notes",
                                                  "lone-surrogate-in-parse-error.json", NULL);
  g_autofree char *data = NULL;
  g_autoptr(DossierNotes) notes = NULL;
  gsize len = 0;

  g_assert_true (g_file_get_contents (path, &data, &len, NULL));
  notes = dossier_notes_new (db, &error);
  g_assert_no_error (error);
  g_assert_false (dossier_notes_import_jsonld (notes, NULL, "/folder", data, len, NULL, NULL, &error));
  g_assert_error (error, DOSSIER_NOTES_ERROR, DOSSIER_NOTES_ERROR_INVALID);
  g_assert_true (g_utf8_validate (error->message, -1, NULL));
  g_clear_object (&notes);
  {
    g_autofree char *q = g_shell_quote (dir);
    g_autofree char *cmd = g_strdup_printf ("rm -rf %s", q);
    g_assert_cmpint (system (cmd), ==, 0);
  }
}

/* Found by fuzz-notes: "type": [{…}, …] (objects where type names were
 * expected) reached json_array_get_string_element(), a Json-CRITICAL.
 * Such an annotation is simply not recognised. */
static void
test_import_type_array_of_objects (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("dossier-regress-XXXXXX", &error);
  g_autofree char *db = g_build_filename (dir, "notes.db", NULL);
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "regress", "notes",
                                                  "type-array-of-objects.json", NULL);
  g_autofree char *data = NULL;
  g_autoptr(DossierNotes) notes = NULL;
  gsize len = 0;

  g_assert_true (g_file_get_contents (path, &data, &len, NULL));
  notes = dossier_notes_new (db, &error);
  g_assert_no_error (error);
  /* Refused or imported, but no critical (G_DEBUG=fatal-criticals). */
  if (!dossier_notes_import_jsonld (notes, NULL, "/folder", data, len, NULL, NULL, &error))
    g_assert_error (error, DOSSIER_NOTES_ERROR, DOSSIER_NOTES_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_true (dossier_notes_import_jsonld (notes, NULL, "/folder",
                                              "[{\"type\": [1, {\"a\": 2}, [3], \"Annotation\"],"
                                              " \"target\": \"a.txt\", \"bodyValue\": \"ok\"}]",
                                              -1, NULL, NULL, &error));
  g_assert_no_error (error);
  g_clear_object (&notes);
  {
    g_autofree char *q = g_shell_quote (dir);
    g_autofree char *cmd = g_strdup_printf ("rm -rf %s", q);
    g_assert_cmpint (system (cmd), ==, 0);
  }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_data_func ("/regressions/fuzz/text", "text", replay_reader);
  g_test_add_data_func ("/regressions/fuzz/markdown", "markdown", replay_reader);
  g_test_add_func ("/regressions/fuzz/decode", replay_decode);
  g_test_add_func ("/regressions/date/iso-date-no-leak", test_iso_date_no_leak);
  g_test_add_func ("/regressions/notes/import-empty-jsonld", test_import_empty_jsonld);
  g_test_add_func ("/regressions/notes/import-error-is-utf8", test_import_error_is_utf8);
  g_test_add_func ("/regressions/notes/type-array-of-objects", test_import_type_array_of_objects);

  return g_test_run ();
}
