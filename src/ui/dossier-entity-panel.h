/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "dossier-filter.h"

G_BEGIN_DECLS

#define DOSSIER_TYPE_ENTITY_PANEL (dossier_entity_panel_get_type ())

G_DECLARE_FINAL_TYPE (DossierEntityPanel, dossier_entity_panel, DOSSIER, ENTITY_PANEL, GtkWidget)

GtkWidget     *dossier_entity_panel_new        (void);
DossierFilter *dossier_entity_panel_get_filter (DossierEntityPanel *self);
void           dossier_entity_panel_set_filter (DossierEntityPanel *self,
                                                DossierFilter      *filter);
GListModel    *dossier_entity_panel_get_model  (DossierEntityPanel *self);
GtkGridView   *dossier_entity_panel_get_list_view (DossierEntityPanel *self);
void           dossier_entity_panel_focus_search (DossierEntityPanel *self);

G_END_DECLS
