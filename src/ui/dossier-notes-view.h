/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "dossier-core.h"

G_BEGIN_DECLS

#define DOSSIER_TYPE_NOTES_VIEW (dossier_notes_view_get_type ())

G_DECLARE_FINAL_TYPE (DossierNotesView, dossier_notes_view, DOSSIER, NOTES_VIEW, GtkWidget)

GtkWidget  *dossier_notes_view_new           (void);
void        dossier_notes_view_set_context   (DossierNotesView *self,
                                              DossierNotes     *notes,
                                              DossierAnchorer  *anchorer,
                                              const char       *folder_key,
                                              DossierFilter    *filter);
void        dossier_notes_view_refresh       (DossierNotesView *self);
void        dossier_notes_view_set_by_tag    (DossierNotesView *self,
                                              gboolean          by_tag);
GtkListBox *dossier_notes_view_get_list      (DossierNotesView *self);
guint       dossier_notes_view_get_n_notes   (DossierNotesView *self);
void        dossier_notes_view_fill_filter   (DossierNotesView *self,
                                              DossierNoteFilter *filter,
                                              GPtrArray        *storage);
GtkWidget  *dossier_notes_view_get_search_entry (DossierNotesView *self);

G_END_DECLS
