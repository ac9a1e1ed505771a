/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define DOSSIER_TYPE_SLOT (dossier_slot_get_type ())

G_DECLARE_FINAL_TYPE (DossierSlot, dossier_slot, DOSSIER, SLOT, GObject)

gpointer dossier_slot_get_item (DossierSlot *self);

#define DOSSIER_TYPE_SLOT_SELECTION (dossier_slot_selection_get_type ())

G_DECLARE_FINAL_TYPE (DossierSlotSelection, dossier_slot_selection, DOSSIER, SLOT_SELECTION, GObject)

DossierSlotSelection *dossier_slot_selection_new         (GtkSelectionModel    *model);
guint                 dossier_slot_selection_get_n_slots (DossierSlotSelection *self);

G_END_DECLS
