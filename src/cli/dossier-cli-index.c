/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "dossier-cli"

#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>
#include <unistd.h>

#include "dossier-cli-commands.h"
#include "dossier-cli-output.h"
#include "dossier-corpus-private.h"

typedef struct
{
  gint64 last;
  gboolean tty;
} Progress;

static void
on_progress (DossierCorpus *corpus,
             GParamSpec    *pspec,
             Progress      *progress)
{
  gint64 now = g_get_monotonic_time ();
  guint done = dossier_corpus_get_n_done (corpus);
  guint total = dossier_corpus_get_n_files (corpus);

  /* A few lines a second at most; on a terminal, one line redrawn. */
  if (now - progress->last < (progress->tty ? 100000 : 2000000))
    return;
  progress->last = now;
  if (total > 0)
    fprintf (stderr, progress->tty ? _("\rIndexing: %u/%u files") : _("Indexing: %u/%u files\n"), done, total);
  else
    fprintf (stderr, progress->tty ? _("\rIndexing: %u files") : _("Indexing: %u files\n"), done);
  fflush (stderr);
}

/**
 * dossier_cli_load_indexed:
 * @progress: print progress on stderr
 * @list_errors: print the files that could not be read, and count them as
 *   a failure in @status
 *
 * Loads @path with the index cache: builds or updates it. Prints the
 * files that could not be read and a cache problem, if any, on stderr.
 *
 * Returns: (transfer full) (nullable): the corpus, or %NULL when the
 *   folder cannot be opened (message printed)
 */
DossierCorpus *
dossier_cli_load_indexed (const char *path,
                          gboolean    progress,
                          gboolean    list_errors,
                          int        *status)
{
  g_autoptr(GFile) folder = g_file_new_for_commandline_arg (path);
  g_autoptr(DossierCorpus) corpus = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(DossierExtractor) extractor = NULL;
  Progress p = { 0, isatty (2) };
  guint n_failed = 0;
  gulong handler = 0;

  *status = DOSSIER_EXIT_OK;
  if (!dossier_cli_check_folder (folder, path))
    {
      *status = DOSSIER_EXIT_USAGE;
      return NULL;
    }

  corpus = dossier_corpus_new (folder);
  dossier_corpus_set_use_index (corpus, TRUE);
  /* The cache holds entities too, as the app wants them; without the
   * model (an unusual install) it still indexes the text. */
  extractor = g_getenv ("DOSSIER_NO_ENTITIES") ? NULL : dossier_extractor_new_default (&error);
  if (extractor)
    dossier_corpus_set_extractor (corpus, extractor);
  else if (error)
    {
      dossier_cli_error_line ("dossier-cli", error->message);
      g_clear_error (&error);
    }
  if (progress)
    handler = g_signal_connect (corpus, "notify::n-done", G_CALLBACK (on_progress), &p);
  if (!dossier_corpus_load_sync (corpus, NULL, &error))
    {
      dossier_cli_error_line (path, error->message);
      *status = DOSSIER_EXIT_SOME;
      return NULL;
    }
  if (handler)
    g_signal_handler_disconnect (corpus, handler);
  if (progress && p.tty && p.last)
    fputc ('\n', stderr);

  if (list_errors)
    n_failed = dossier_cli_print_load_errors (corpus);
  if (dossier_corpus_get_index_error (corpus))
    dossier_cli_error_line (path, dossier_corpus_get_index_error (corpus)->message);
  if (n_failed > 0 || dossier_corpus_get_index_error (corpus))
    *status = DOSSIER_EXIT_SOME;
  return g_steal_pointer (&corpus);
}

/* The corpus of a command that is about to exit: freeing 100,000 rows one
 * by one takes longer than the kernel takes to drop the whole process, so
 * it is kept (reachable, not leaked) until exit. */
static DossierCorpus *kept_until_exit;

void
dossier_cli_keep_until_exit (DossierCorpus *corpus)
{
  g_clear_object (&kept_until_exit);
  /* The cache is closed properly, though: that folds its write-ahead log
   * back into the database and deletes it. */
  dossier_corpus_close_index (corpus);
  kept_until_exit = corpus;
}

int
dossier_cli_index (int    argc,
                   char **argv)
{
  g_autoptr(GOptionContext) context = g_option_context_new (_("FOLDER — build or update the index cache of a folder"));
  g_autoptr(GError) error = NULL;
  g_autoptr(DossierCorpus) corpus = NULL;
  gboolean quiet = FALSE;
  DossierIndex *index;
  guint n, cached;
  int status;
  GOptionEntry entries[] = {
    { "quiet", 'q', 0, G_OPTION_ARG_NONE, &quiet, N_("No progress, only errors"), NULL },
    { NULL }
  };

  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  g_option_context_set_summary (context,
    _("Reads the new and changed files of FOLDER into its index cache\n"
      "($XDG_CACHE_HOME/dossier/), forgets deleted ones, and says how many\n"
      "came from the cache. Progress and errors go to stderr."));
  if (!g_option_context_parse (context, &argc, &argv, &error))
    return dossier_cli_usage_error (context, error->message);
  if (argc != 2)
    return dossier_cli_usage_error (context, _("Give exactly one FOLDER"));

  corpus = dossier_cli_load_indexed (argv[1], !quiet, TRUE, &status);
  if (corpus == NULL)
    return status;

  index = dossier_corpus_get_index (corpus);
  n = g_list_model_get_n_items (G_LIST_MODEL (corpus));
  cached = dossier_corpus_get_n_from_cache (corpus);
  if (!quiet)
    {
      fprintf (stderr, _("%u articles, %u files not readable; %u from the cache, %u read; %u entities\n"),
               n, dossier_corpus_get_errors (corpus)->len, cached,
               dossier_corpus_get_n_done (corpus) - MIN (cached, dossier_corpus_get_n_done (corpus)),
               g_list_model_get_n_items (dossier_corpus_get_entities (corpus)));
      if (index)
        fprintf (stderr, _("Cache: %s\n"), dossier_index_get_filename (index));
    }
  dossier_cli_keep_until_exit (g_steal_pointer (&corpus));
  return status;
}
