/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "dossier-corpus.h"

G_BEGIN_DECLS

#define DOSSIER_TYPE_FILTER (dossier_filter_get_type ())

G_DECLARE_FINAL_TYPE (DossierFilter, dossier_filter, DOSSIER, FILTER, GObject)

DossierFilter  *dossier_filter_new              (DossierCorpus *corpus);
DossierCorpus  *dossier_filter_get_corpus       (DossierFilter *self);
gboolean        dossier_filter_add_entity       (DossierFilter *self,
                                                 guint32        entity_id);
gboolean        dossier_filter_remove_entity    (DossierFilter *self,
                                                 guint32        entity_id);
void            dossier_filter_toggle_entity    (DossierFilter *self,
                                                 guint32        entity_id);
gboolean        dossier_filter_has_entity       (DossierFilter *self,
                                                 guint32        entity_id);
const guint32  *dossier_filter_get_entities     (DossierFilter *self,
                                                 guint         *n_entities);
void            dossier_filter_set_text         (DossierFilter *self,
                                                 const char    *text);
const char     *dossier_filter_get_text         (DossierFilter *self);
void            dossier_filter_set_restrict     (DossierFilter *self,
                                                 const guint32 *ids,
                                                 guint          n_ids);
gboolean        dossier_filter_get_restricted   (DossierFilter *self);
gboolean        dossier_filter_clear            (DossierFilter *self);
gboolean        dossier_filter_is_active        (DossierFilter *self);
gboolean        dossier_filter_matches          (DossierFilter *self,
                                                 guint32        article_id);
guint           dossier_filter_get_n_matches    (DossierFilter *self);
guint           dossier_filter_get_facet_count  (DossierFilter *self,
                                                 guint32        entity_id);
void            dossier_filter_refresh          (DossierFilter *self);
void            dossier_filter_build_rows       (DossierFilter *self);

G_END_DECLS
