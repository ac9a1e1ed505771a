/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "dossier-forget"

#include "config.h"

#include <string.h>

#include "dossier-corrections.h"
#include "dossier-forget.h"
#include "dossier-index.h"

/*
 * Forgetting a folder: everything Dossier keeps about it outside the
 * folder itself, in three stores, each deleted atomically on its own:
 *
 * - its notes, in the shared notes database: one transaction, keyed by
 *   the folder's real path, so other folders' notes are never touched;
 * - its entity corrections, one JSON file in the user's data folder: one
 *   unlink();
 * - its index cache under `$XDG_CACHE_HOME/dossier/`: disposable, deleted
 *   last.
 *
 * The notes go first: they are what the user is asked about, and when
 * they cannot be deleted nothing else is. The folder's files are never
 * touched. The two functions below are shared by the window and
 * `dossier-cli forget`.
 */

static DossierNotes *
open_notes (DossierNotes  *notes,
            GError       **error)
{
  return notes ? g_object_ref (notes) : dossier_notes_new (NULL, error);
}

/**
 * dossier_forget_count:
 * @folder: a folder, which need not exist any more
 * @notes: (nullable): the notes store, or %NULL for the default one
 * @counts: (out): what dossier_forget_folder() would delete
 *
 * Returns: %FALSE with @error set when the notes cannot be read
 */
gboolean
dossier_forget_count (GFile                *folder,
                      DossierNotes         *notes,
                      DossierForgetCounts  *counts,
                      GError              **error)
{
  g_autoptr(DossierNotes) store = NULL;
  g_autoptr(DossierCorrections) corrections = NULL;
  g_autofree char *key = NULL;
  g_autofree char *cache = NULL;

  g_return_val_if_fail (G_IS_FILE (folder), FALSE);
  g_return_val_if_fail (counts != NULL, FALSE);

  memset (counts, 0, sizeof *counts);
  store = open_notes (notes, error);
  if (store == NULL)
    return FALSE;
  key = dossier_notes_folder_key (folder);
  if (!dossier_notes_count_folder (store, key, &counts->n_notes, error))
    return FALSE;

  /* A store that cannot be read is deleted all the same; it counts as
   * none here. */
  corrections = dossier_corrections_new_for_folder (folder);
  if (dossier_corrections_load (corrections, NULL))
    counts->n_corrections = dossier_corrections_get_n (corrections);

  cache = dossier_index_path_for_folder (key);
  counts->has_cache = g_file_test (cache, G_FILE_TEST_EXISTS);
  return TRUE;
}

/**
 * dossier_forget_folder:
 * @folder: a folder, which need not exist any more
 * @notes: (nullable): the notes store, or %NULL for the default one
 * @forgotten: (out) (optional): what was deleted
 *
 * Deletes the folder's notes, entity corrections and index cache. There
 * is no undo; ask first, with the counts of dossier_forget_count().
 *
 * Returns: %FALSE with @error set when a store could not be deleted; the
 *   stores before it in the order above are gone, the others untouched
 */
gboolean
dossier_forget_folder (GFile                *folder,
                       DossierNotes         *notes,
                       DossierForgetCounts  *forgotten,
                       GError              **error)
{
  g_autoptr(DossierNotes) store = NULL;
  g_autoptr(DossierCorrections) corrections = NULL;
  g_autofree char *key = NULL;
  DossierForgetCounts done = { 0 };
  gboolean ok = FALSE;

  g_return_val_if_fail (G_IS_FILE (folder), FALSE);

  store = open_notes (notes, error);
  if (store == NULL)
    goto out;
  key = dossier_notes_folder_key (folder);
  if (!dossier_notes_forget_folder (store, key, &done.n_notes, error))
    goto out;

  corrections = dossier_corrections_new_for_folder (folder);
  if (dossier_corrections_load (corrections, NULL))
    done.n_corrections = dossier_corrections_get_n (corrections);
  if (!dossier_corrections_forget (corrections, error))
    {
      done.n_corrections = 0;
      goto out;
    }

  ok = dossier_index_forget (key, &done.has_cache, error);

out:
  if (forgotten)
    *forgotten = done;
  return ok;
}
