/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "dossier-core.h"
#include "dossier-note-editor.h"
#include "dossier-notes-view.h"
#include "dossier-highlighter.h"
#include "dossier-window.h"

G_BEGIN_DECLS

/* The notes side of the window (issue 7): highlights in the reader, the
 * note editor, the sidebar's Notes mode and the exports. Kept apart from
 * dossier-window.c, which only calls these three at its seams. */
void dossier_window_notes_class_init (GtkWidgetClass *widget_class);
void dossier_window_notes_init       (DossierWindow   *window,
                                      GtkWidget       *sidebar,
                                      GtkWidget       *article_part,
                                      AdwToastOverlay *toast_overlay);
void dossier_window_notes_set_corpus (DossierWindow   *window,
                                      DossierCorpus   *corpus,
                                      DossierFilter   *filter);

DossierNotes       *dossier_window_get_notes        (DossierWindow *window);
DossierNotesView   *dossier_window_get_notes_view   (DossierWindow *window);
DossierNoteEditor  *dossier_window_get_note_editor  (DossierWindow *window);
DossierHighlighter *dossier_window_get_highlighter  (DossierWindow *window);
void                dossier_window_set_notes_mode   (DossierWindow *window,
                                                     gboolean       notes);
gboolean            dossier_window_open_note        (DossierWindow *window,
                                                     DossierNote   *note);
gboolean            dossier_window_export_notes     (DossierWindow        *window,
                                                     DossierExportFormat   format,
                                                     GFile                *file,
                                                     GError              **error);

G_END_DECLS
