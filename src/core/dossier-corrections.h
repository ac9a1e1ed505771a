/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "dossier-corpus.h"

G_BEGIN_DECLS

#define DOSSIER_TYPE_CORRECTIONS (dossier_corrections_get_type ())

G_DECLARE_FINAL_TYPE (DossierCorrections, dossier_corrections, DOSSIER, CORRECTIONS, GObject)

DossierCorrections *dossier_corrections_new            (GFile               *store);
DossierCorrections *dossier_corrections_new_for_folder (GFile               *folder);
GFile              *dossier_corrections_get_store      (DossierCorrections  *self);
gboolean            dossier_corrections_load           (DossierCorrections  *self,
                                                        GError             **error);
guint               dossier_corrections_get_n          (DossierCorrections  *self);
gboolean            dossier_corrections_merge          (DossierCorrections  *self,
                                                        DossierEntity       *from,
                                                        DossierEntity       *into,
                                                        GError             **error);
gboolean            dossier_corrections_rename         (DossierCorrections  *self,
                                                        DossierEntity       *entity,
                                                        const char          *name,
                                                        GError             **error);
gboolean            dossier_corrections_relabel        (DossierCorrections  *self,
                                                        DossierEntity       *entity,
                                                        DossierLabel         label,
                                                        GError             **error);
gboolean            dossier_corrections_not_entity     (DossierCorrections  *self,
                                                        DossierEntity       *entity,
                                                        GError             **error);
gboolean            dossier_corrections_split          (DossierCorrections  *self,
                                                        DossierEntity       *entity,
                                                        const char          *alias,
                                                        GError             **error);
gboolean            dossier_corrections_undo           (DossierCorrections  *self,
                                                        GError             **error);
gboolean            dossier_corrections_forget         (DossierCorrections  *self,
                                                        GError             **error);
void                dossier_corrections_rebase         (DossierCorrections  *self,
                                                        DossierCorpus       *corpus);
void                dossier_corrections_apply          (DossierCorrections  *self,
                                                        DossierCorpus       *corpus);

G_END_DECLS
