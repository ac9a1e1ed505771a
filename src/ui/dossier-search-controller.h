/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "dossier-core.h"

G_BEGIN_DECLS

#define DOSSIER_TYPE_SEARCH_CONTROLLER (dossier_search_controller_get_type ())

G_DECLARE_FINAL_TYPE (DossierSearchController, dossier_search_controller, DOSSIER, SEARCH_CONTROLLER, GObject)

DossierSearchController *dossier_search_controller_new        (GtkSearchEntry          *entry);
void                     dossier_search_controller_set_filter (DossierSearchController *self,
                                                               DossierFilter           *filter);
void                     dossier_search_controller_update     (DossierSearchController *self);
const char              *dossier_search_controller_get_query  (DossierSearchController *self);
const char              *dossier_search_controller_get_error  (DossierSearchController *self);
gboolean                 dossier_search_controller_get_full_text (DossierSearchController *self);
char                    *dossier_search_controller_dup_snippet_markup (DossierSearchController *self,
                                                                       DossierArticle          *article);
char                    *dossier_snippet_to_markup            (const char              *snippet,
                                                               const char              *open,
                                                               const char              *close);

G_END_DECLS
