/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "dossier-core.h"
#include "dossier-reader.h"

G_BEGIN_DECLS

#define DOSSIER_TYPE_HIGHLIGHTER (dossier_highlighter_get_type ())

G_DECLARE_FINAL_TYPE (DossierHighlighter, dossier_highlighter, DOSSIER, HIGHLIGHTER, GObject)

/* The highlight colours, by name (stored in the note); the first is the default. */
extern const char * const dossier_highlight_colors[];
#define DOSSIER_N_HIGHLIGHT_COLORS 5

const char         *dossier_highlight_color_label    (const char         *color);
const char         *dossier_highlight_color_css      (const char         *color,
                                                      gboolean            dark);

DossierHighlighter *dossier_highlighter_new          (DossierReader      *reader);
void                dossier_highlighter_set_store    (DossierHighlighter *self,
                                                      DossierNotes       *notes,
                                                      DossierAnchorer    *anchorer,
                                                      const char         *folder_key);
void                dossier_highlighter_refresh      (DossierHighlighter *self);
const char         *dossier_highlighter_get_note_at  (DossierHighlighter *self,
                                                      int                 char_offset);
gboolean            dossier_highlighter_get_note_range (DossierHighlighter *self,
                                                        const char         *id,
                                                        int                *start,
                                                        int                *end);
guint               dossier_highlighter_get_n_shown  (DossierHighlighter *self);

G_END_DECLS
