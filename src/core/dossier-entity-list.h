/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "dossier-filter.h"

G_BEGIN_DECLS

#define DOSSIER_TYPE_ENTITY_LIST (dossier_entity_list_get_type ())

G_DECLARE_FINAL_TYPE (DossierEntityList, dossier_entity_list, DOSSIER, ENTITY_LIST, GObject)

/**
 * DOSSIER_ANY_LABEL:
 *
 * For dossier_entity_list_set_label(): entities of every kind.
 */
#define DOSSIER_ANY_LABEL (-1)

DossierEntityList *dossier_entity_list_new        (DossierFilter     *filter);
DossierFilter     *dossier_entity_list_get_filter (DossierEntityList *self);
void               dossier_entity_list_set_label  (DossierEntityList *self,
                                                   int                label);
void               dossier_entity_list_set_search (DossierEntityList *self,
                                                   const char        *text);
guint              dossier_entity_list_get_n_all  (DossierEntityList *self);
void               dossier_entity_list_set_limit  (DossierEntityList *self,
                                                   guint              limit);
guint              dossier_entity_list_get_n_matching (DossierEntityList *self);

G_END_DECLS
