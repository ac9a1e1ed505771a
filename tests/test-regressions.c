/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include "fuzz/fuzz-common.h"

/* Every input that once crashed a harness or tripped a sanitizer stays
 * here, so that the bug stays fixed. Inputs found by the fuzzers live in
 * tests/data/regress/HARNESS/ and are replayed through the harness's own
 * code; each bug also gets a named test below that says what was wrong.
 * Under ./build-aux/test this runs again with ASan and UBSan. */

/* The harnesses themselves, each under its own name, so that an input is
 * replayed through exactly the code and checks that found it. */
#define LLVMFuzzerTestOneInput fuzz_text_one
#include "fuzz/fuzz-text.c"
#undef LLVMFuzzerTestOneInput
#define LLVMFuzzerTestOneInput fuzz_markdown_one
#include "fuzz/fuzz-markdown.c"
#undef LLVMFuzzerTestOneInput
#define LLVMFuzzerTestOneInput fuzz_decode_one
#include "fuzz/fuzz-decode.c"
#undef LLVMFuzzerTestOneInput
#define LLVMFuzzerTestOneInput fuzz_linker_one
#include "fuzz/fuzz-linker.c"
#undef LLVMFuzzerTestOneInput
#define LLVMFuzzerTestOneInput fuzz_notes_one
#include "fuzz/fuzz-notes.c"
#undef LLVMFuzzerTestOneInput
#define LLVMFuzzerTestOneInput fuzz_ner_one
#include "fuzz/fuzz-ner.c"
#undef LLVMFuzzerTestOneInput
#define LLVMFuzzerTestOneInput fuzz_html_one
#include "fuzz/fuzz-html.c"
#undef LLVMFuzzerTestOneInput
#define LLVMFuzzerTestOneInput fuzz_mhtml_one
#include "fuzz/fuzz-mhtml.c"
#undef LLVMFuzzerTestOneInput
#define LLVMFuzzerTestOneInput fuzz_query_one
#include "fuzz/fuzz-query.c"
#undef LLVMFuzzerTestOneInput

typedef struct
{
  const char *name;
  int       (*one) (const uint8_t *data, size_t size);
} Harness;

static const Harness harnesses[] = {
  { "text", fuzz_text_one },
  { "markdown", fuzz_markdown_one },
  { "decode", fuzz_decode_one },
  { "linker", fuzz_linker_one },
  { "notes", fuzz_notes_one },
  { "ner", fuzz_ner_one },
  { "html", fuzz_html_one },
  { "mhtml", fuzz_mhtml_one },
  { "query", fuzz_query_one },
};

static void
replay_harness (gconstpointer data)
{
  const Harness *h = data;
  g_autofree char *dir = g_test_build_filename (G_TEST_DIST, "data", "regress", h->name, NULL);
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  const char *name;
  guint n = 0;

  if (d == NULL)
    return;
  while ((name = g_dir_read_name (d)))
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);
      g_autofree char *contents = NULL;
      gsize len = 0;

      if (name[0] == '.')
        continue;
      g_assert_true (g_file_get_contents (path, &contents, &len, NULL));
      g_test_message ("%s: %s (%" G_GSIZE_FORMAT " bytes)", h->name, name, len);
      h->one ((const uint8_t *) contents, len);
      n++;
    }
  g_test_message ("%u inputs replayed through fuzz-%s", n, h->name);
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
                                                  "lone-surrogate-in-parse-error.bin", NULL);
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
                                                  "type-array-of-objects.bin", NULL);
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

/* Found by fuzz-linker (heap-buffer-overflow under ASan): a mention with
 * nothing to key on ("." or "") made a name with no tokens, and the rule
 * that matches an acronym against a person's name read the first token of
 * that empty name, past the end of the token pool. */
static void
test_linker_empty_name (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DossierGazetteer) gazetteer = dossier_gazetteer_load (dossier_get_data_dir (), &error);
  /* The input fuzz-linker found, minimised: an acronym-like name and two
   * that are blank, all tagged as people, in one article. Whether ASan sees
   * the read depends on the pool's spare capacity, so the exact inputs are
   * also replayed above (tests/data/regress/linker). */
  const char *texts[] = { "SN", "  ", "", ".", "U.N." };

  g_assert_no_error (error);
  for (guint g = 0; g < 2; g++)
    {
      g_autoptr(DossierLinker) linker = dossier_linker_new (g ? gazetteer : NULL);

      for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
        dossier_linker_add_mention (linker, 0, texts[i], strlen (texts[i]), DOSSIER_LABEL_PERSON);
      dossier_linker_resolve (linker);
      for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
        g_assert_cmpuint (dossier_linker_get_mention_entity (linker, i), <, dossier_linker_get_n_entities (linker));
    }
}

/* Found by fuzz-mhtml: a byte that is no UTF-8 in an archive's
 * Content-Location header became the article's address as it was, and an
 * address must be UTF-8 (it is shown, stored and printed as JSON). */
static void
test_mhtml_header_not_utf8 (void)
{
  const char archive[] = "MIME-Version: 1.0\r\n"
                         "Content-Type: multipart/related; boundary=\"b\"\r\n"
                         "Snapshot-Content-Location: https://example.org/f\xe9rry\r\n\r\n"
                         "--b\r\nContent-Type: text/html\r\n\r\n"
                         "<html><body><article><h1>Ferry sails again</h1><p>The ferry sailed again on Monday "
                         "after a week in dock for repairs to its engines, the operator said, and the first "
                         "crossing left the quay at seven in the morning with a full deck of lorries.</p><p>Shops "
                         "on the island had run short of fresh food by the weekend, and the council had asked "
                         "the navy to carry medicines across on Sunday.</p></article></body></html>\r\n--b--\r\n";
  g_autoptr(GError) error = NULL;
  g_autoptr(DossierArticle) a = dossier_article_new_from_bytes (NULL, "x.mhtml", archive, sizeof archive - 1, &error);

  g_assert_no_error (error);
  g_assert_nonnull (dossier_article_get_url (a));
  g_assert_true (g_utf8_validate (dossier_article_get_url (a), -1, NULL));
  g_assert_true (g_str_has_prefix (dossier_article_get_url (a), "https://example.org/f"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (harnesses); i++)
    {
      g_autofree char *path = g_strdup_printf ("/regressions/fuzz/%s", harnesses[i].name);
      g_test_add_data_func (path, &harnesses[i], replay_harness);
    }
  g_test_add_func ("/regressions/date/iso-date-no-leak", test_iso_date_no_leak);
  g_test_add_func ("/regressions/mhtml/header-not-utf8", test_mhtml_header_not_utf8);
  g_test_add_func ("/regressions/notes/import-empty-jsonld", test_import_empty_jsonld);
  g_test_add_func ("/regressions/notes/import-error-is-utf8", test_import_error_is_utf8);
  g_test_add_func ("/regressions/notes/type-array-of-objects", test_import_type_array_of_objects);
  g_test_add_func ("/regressions/linker/empty-name", test_linker_empty_name);

  return g_test_run ();
}
