/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "dossier-core.h"
#include "dossier-entity-panel.h"
#include "dossier-reader.h"

G_BEGIN_DECLS

#define DOSSIER_TYPE_WINDOW (dossier_window_get_type ())

G_DECLARE_FINAL_TYPE (DossierWindow, dossier_window, DOSSIER, WINDOW, AdwApplicationWindow)

DossierWindow      *dossier_window_new                  (AdwApplication *application);
void                dossier_window_open_folder          (DossierWindow  *self,
                                                         GFile          *folder);
gboolean            dossier_window_get_loading          (DossierWindow  *self);
DossierCorpus      *dossier_window_get_corpus           (DossierWindow  *self);
DossierFilter      *dossier_window_get_filter           (DossierWindow  *self);
GListModel         *dossier_window_get_article_model    (DossierWindow  *self);
GtkSingleSelection *dossier_window_get_selection        (DossierWindow  *self);
GtkGridView        *dossier_window_get_article_list     (DossierWindow  *self);
DossierReader      *dossier_window_get_reader           (DossierWindow  *self);
DossierEntityPanel *dossier_window_get_entity_panel     (DossierWindow  *self);
gboolean            dossier_window_select_entity        (DossierWindow  *self,
                                                         const char     *name);
void                dossier_window_set_screenshot       (DossierWindow  *self,
                                                         const char     *path,
                                                         const char     *entity_name);
void                dossier_window_set_screenshot_search (DossierWindow *self,
                                                         const char     *query);
void                dossier_window_start_screenshot     (DossierWindow  *self);
gboolean            dossier_window_save_png             (DossierWindow  *self,
                                                         const char     *path,
                                                         GError        **error);

G_END_DECLS
