/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "dossier-article.h"
#include "dossier-filter.h"

G_BEGIN_DECLS

#define DOSSIER_TYPE_READER (dossier_reader_get_type ())

G_DECLARE_FINAL_TYPE (DossierReader, dossier_reader, DOSSIER, READER, GtkWidget)

GtkWidget      *dossier_reader_new              (void);
DossierArticle *dossier_reader_get_article      (DossierReader  *self);
void            dossier_reader_set_article      (DossierReader  *self,
                                                 DossierArticle *article);
void            dossier_reader_set_filter       (DossierReader  *self,
                                                 DossierFilter  *filter);
void            dossier_reader_set_search       (DossierReader  *self,
                                                 const char     *query);
GtkTextView    *dossier_reader_get_text_view    (DossierReader  *self);
GtkLabel       *dossier_reader_get_warning_label (DossierReader *self);
char           *dossier_reader_dup_title        (DossierReader  *self);
gboolean        dossier_reader_move_to_mention  (DossierReader  *self,
                                                 int             direction);
guint32         dossier_reader_get_entity_at    (DossierReader  *self,
                                                 int             char_offset);
gboolean        dossier_reader_activate_offset  (DossierReader  *self,
                                                 int             char_offset);
gboolean        dossier_reader_text_to_buffer   (DossierReader  *self,
                                                 gsize           text_offset,
                                                 int            *char_offset);
gsize           dossier_reader_buffer_to_text   (DossierReader  *self,
                                                 int             char_offset,
                                                 gboolean        is_end);
gboolean        dossier_reader_text_range_to_buffer (DossierReader *self,
                                                     gsize          text_start,
                                                     gsize          text_end,
                                                     int           *start,
                                                     int           *end);

G_END_DECLS
