/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "dossier-entity.h"
#include "dossier-filter.h"

G_BEGIN_DECLS

#define DOSSIER_TYPE_ENTITY_ROW (dossier_entity_row_get_type ())

G_DECLARE_FINAL_TYPE (DossierEntityRow, dossier_entity_row, DOSSIER, ENTITY_ROW, GtkWidget)

GtkWidget     *dossier_entity_row_new        (void);
void           dossier_entity_row_bind       (DossierEntityRow *self,
                                              DossierEntity    *entity,
                                              DossierFilter    *filter);
void           dossier_entity_row_unbind     (DossierEntityRow *self);
DossierEntity *dossier_entity_row_get_entity (DossierEntityRow *self);
GMenuModel    *dossier_entity_row_build_menu (DossierEntityRow *self);
void           dossier_entity_row_popup_menu (DossierEntityRow *self);
const char    *dossier_label_css_class       (DossierLabel      label);
const char    *dossier_label_display_name    (DossierLabel      label);

G_END_DECLS
