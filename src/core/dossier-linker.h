/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

#include "dossier-gazetteer.h"
#include "dossier-label.h"

G_BEGIN_DECLS

typedef struct _DossierLinker DossierLinker;

DossierLinker      *dossier_linker_new                      (DossierGazetteer *gazetteer);
void                dossier_linker_free                     (DossierLinker    *self);
guint               dossier_linker_add_mention              (DossierLinker    *self,
                                                             guint             doc_id,
                                                             const char       *text,
                                                             gsize             len,
                                                             DossierLabel      label);
void                dossier_linker_resolve                  (DossierLinker    *self);
guint               dossier_linker_get_n_mentions           (DossierLinker    *self);
guint               dossier_linker_get_n_entities           (DossierLinker    *self);
guint               dossier_linker_get_mention_entity       (DossierLinker    *self,
                                                             guint             mention);
const char         *dossier_linker_get_entity_name          (DossierLinker    *self,
                                                             guint             entity);
DossierLabel        dossier_linker_get_entity_label         (DossierLinker    *self,
                                                             guint             entity);
guint               dossier_linker_get_entity_n_mentions    (DossierLinker    *self,
                                                             guint             entity);
guint               dossier_linker_get_entity_n_articles    (DossierLinker    *self,
                                                             guint             entity);
const char * const *dossier_linker_get_entity_aliases       (DossierLinker    *self,
                                                             guint             entity);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (DossierLinker, dossier_linker_free)

G_END_DECLS
