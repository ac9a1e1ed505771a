/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "dossier-article.h"
#include "dossier-gazetteer.h"
#include "dossier-tagger.h"

G_BEGIN_DECLS

typedef struct _DossierExtractor DossierExtractor;

DossierExtractor *dossier_extractor_new         (DossierTagger     *tagger,
                                                 DossierGazetteer  *gazetteer);
DossierExtractor *dossier_extractor_new_default (GError           **error);
DossierExtractor *dossier_extractor_ref         (DossierExtractor  *self);
void              dossier_extractor_unref       (DossierExtractor  *self);
DossierGazetteer *dossier_extractor_get_gazetteer (DossierExtractor *self);
void              dossier_extractor_extract     (DossierExtractor  *self,
                                                 DossierArticle    *article);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (DossierExtractor, dossier_extractor_unref)

G_END_DECLS
