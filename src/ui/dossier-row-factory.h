/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

typedef GtkWidget *(*DossierRowNewFunc)  (gpointer   user_data);
typedef void       (*DossierRowBindFunc) (GtkWidget *row,
                                          gpointer   item,
                                          gpointer   user_data);

GtkListItemFactory *dossier_row_factory_new (DossierRowNewFunc  row_new,
                                             DossierRowBindFunc bind,
                                             gpointer           user_data);
guint               dossier_row_factory_get_n_built (GtkListItemFactory *factory);
PangoContext       *dossier_row_get_list_context    (GtkWidget          *row);

G_END_DECLS
