/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "dossier-search-controller.h"
#include "dossier-window.h"

G_BEGIN_DECLS

void dossier_window_show_corpus (DossierWindow *self,
                                 DossierCorpus *corpus);

/* For tests: the header bar's search field and what runs its queries. */
GtkSearchEntry          *dossier_window_get_search_entry (DossierWindow *self);
DossierSearchController *dossier_window_get_search       (DossierWindow *self);

G_END_DECLS
