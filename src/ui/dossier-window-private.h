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

/* A toast that shows @text as it is: libadwaita 1.2 reads every toast's
 * title as Pango markup (adw_toast_set_use_markup() came in 1.4), and
 * messages quote file names, paths and notes. */
AdwToast *dossier_toast_new_plain (const char *text);

G_END_DECLS
