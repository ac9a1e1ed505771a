/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "dossier-core.h"

G_BEGIN_DECLS

#define DOSSIER_TYPE_NOTE_EDITOR (dossier_note_editor_get_type ())

G_DECLARE_FINAL_TYPE (DossierNoteEditor, dossier_note_editor, DOSSIER, NOTE_EDITOR, GtkPopover)

GtkWidget   *dossier_note_editor_new      (void);
void         dossier_note_editor_set_note (DossierNoteEditor *self,
                                           DossierNote       *note,
                                           gboolean           is_new);
DossierNote *dossier_note_editor_get_note (DossierNoteEditor *self);
void         dossier_note_editor_save     (DossierNoteEditor *self);
void         dossier_note_editor_set_text (DossierNoteEditor *self,
                                           const char        *text);
void         dossier_note_editor_set_tags_text (DossierNoteEditor *self,
                                                const char        *tags);

G_END_DECLS
