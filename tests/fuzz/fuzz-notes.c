/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The JSON-LD note importer (W3C Web Annotations from any tool), then every
 * exporter on what it imported: notes come from other people's files, and
 * what they hold must never be interpreted (the HTML export escapes it).
 * Each input gets a fresh notes database on /dev/shm when it added notes. */

#include <glib/gstdio.h>
#include <json-glib/json-glib.h>

#include "fuzz-common.h"

int LLVMFuzzerTestOneInput (const uint8_t *data, size_t size);

static char *db_dir;
static char *db_path;
static DossierNotes *notes;

static void
reset_store (void)
{
  const char *suffixes[] = { "", "-wal", "-shm", "-journal" };
  g_autoptr(GError) error = NULL;

  g_clear_object (&notes);
  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      g_autofree char *p = g_strconcat (db_path, suffixes[i], NULL);
      g_unlink (p);
    }
  notes = dossier_notes_new (db_path, &error);
  if (notes == NULL)
    {
      fprintf (stderr, "fuzz-notes: %s\n", error->message);
      abort ();
    }
}

static void
cleanup (void)
{
  const char *suffixes[] = { "", "-wal", "-shm", "-journal" };

  g_clear_object (&notes);
  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      g_autofree char *p = g_strconcat (db_path, suffixes[i], NULL);
      g_unlink (p);
    }
  g_rmdir (db_dir);
}

static void
setup (void)
{
  const char *base = g_file_test ("/dev/shm", G_FILE_TEST_IS_DIR) ? "/dev/shm" : g_get_tmp_dir ();
  g_autofree char *tmpl = g_build_filename (base, "dossier-fuzz-notes-XXXXXX", NULL);

  fuzz_init_glib ();
  /* The database is synchronous=FULL; on tmpfs fsync costs nothing. */
  db_dir = g_mkdtemp (g_steal_pointer (&tmpl));
  FUZZ_CHECK (db_dir != NULL);
  db_path = g_build_filename (db_dir, "notes.db", NULL);
  reset_store ();
  atexit (cleanup);
}

static void
check_exports (GPtrArray *list)
{
  const DossierExportFormat formats[] = {
    DOSSIER_EXPORT_MARKDOWN, DOSSIER_EXPORT_HTML, DOSSIER_EXPORT_JSONLD, DOSSIER_EXPORT_CSV,
  };

  for (guint f = 0; f < G_N_ELEMENTS (formats); f++)
    {
      g_autofree char *out = dossier_export_notes (list, NULL, "Fuzz <b>title</b>", formats[f]);

      FUZZ_CHECK (out != NULL);
      FUZZ_CHECK (g_utf8_validate (out, -1, NULL));
      if (formats[f] == DOSSIER_EXPORT_HTML)
        {
          g_autofree char *lower = g_ascii_strdown (out, -1);

          /* Nothing from a note becomes markup: no script, no handler, no
           * tag we did not write (the title's <b> must come out escaped). */
          FUZZ_CHECK (strstr (lower, "<script") == NULL);
          FUZZ_CHECK (strstr (lower, "<b>title") == NULL);
          FUZZ_CHECK (strstr (lower, "<iframe") == NULL);
          FUZZ_CHECK (strstr (lower, "<img") == NULL);
        }
      if (formats[f] == DOSSIER_EXPORT_JSONLD)
        {
          g_autoptr(JsonParser) parser = json_parser_new ();
          g_autoptr(GError) error = NULL;
          guint added = 0, skipped = 0;

          FUZZ_CHECK (json_parser_load_from_data (parser, out, -1, NULL));
          /* The round trip is lossless: importing the export again finds
           * every note already there. */
          if (!dossier_notes_import_jsonld (notes, NULL, "/fuzz/folder", out, -1, &added, &skipped, &error))
            {
              fprintf (stderr, "re-import of our own export failed: %s\n", error->message);
              abort ();
            }
          FUZZ_CHECK (added == 0);
          FUZZ_CHECK (skipped == list->len);
        }
    }
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) list = NULL;
  g_auto(DossierImportReport) report = { 0 };
  DossierNoteFilter filter = { .folder = "/fuzz/folder" };
  guint added = 0, skipped = 0;

  if (notes == NULL)
    setup ();

  if (!dossier_notes_import_jsonld_report (notes, NULL, "/fuzz/folder", (const char *) data, size,
                                           &report, &error))
    {
      if (g_getenv ("DOSSIER_FUZZ_VERBOSE"))
        fprintf (stderr, "import refused: %s\n", error->message);
      FUZZ_CHECK (error != NULL && g_utf8_validate (error->message, -1, NULL));
      /* One transaction: a failed import adds nothing. */
      list = dossier_notes_list (notes, &filter, NULL);
      FUZZ_CHECK (list != NULL && list->len == 0);
      return 0;
    }
  added = report.n_added;
  skipped = report.n_skipped;
  if (g_getenv ("DOSSIER_FUZZ_VERBOSE"))
    fprintf (stderr, "imported: %u added, %u skipped, %u rejected\n", added, skipped, report.n_rejected);
  /* Each annotation left out says why, in a line a label can show. */
  FUZZ_CHECK (report.messages != NULL && report.messages->len >= report.n_rejected);
  for (guint i = 0; i < report.messages->len; i++)
    FUZZ_CHECK (g_utf8_validate (g_ptr_array_index (report.messages, i), -1, NULL));
  list = dossier_notes_list (notes, &filter, &error);
  FUZZ_CHECK (list != NULL);
  FUZZ_CHECK (list->len == added);
  for (guint i = 0; i < list->len; i++)
    {
      DossierNote *note = g_ptr_array_index (list, i);
      FUZZ_CHECK (note != NULL);
    }
  check_exports (list);
  FUZZ_CHECK (dossier_notes_check (notes, NULL));
  if (added > 0)
    reset_store ();
  return 0;
}
