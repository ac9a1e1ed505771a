/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "dossier-notes.h"

G_BEGIN_DECLS

/**
 * DossierForgetCounts:
 * @n_notes: notes (highlights) of the folder
 * @n_corrections: entity corrections of the folder
 * @has_cache: whether the folder has an index cache
 *
 * What forgetting a folder deletes, or deleted.
 */
typedef struct
{
  guint n_notes;
  guint n_corrections;
  gboolean has_cache;
} DossierForgetCounts;

gboolean dossier_forget_count  (GFile                *folder,
                                DossierNotes         *notes,
                                DossierForgetCounts  *counts,
                                GError              **error);
gboolean dossier_forget_folder (GFile                *folder,
                                DossierNotes         *notes,
                                DossierForgetCounts  *forgotten,
                                GError              **error);

G_END_DECLS
