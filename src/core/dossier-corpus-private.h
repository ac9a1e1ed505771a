/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "dossier-corpus.h"
#include "dossier-extractor.h"

G_BEGIN_DECLS

void dossier_corpus_set_extractor (DossierCorpus    *self,
                                   DossierExtractor *extractor);
void dossier_corpus_set_entities  (DossierCorpus    *self,
                                   GPtrArray        *entities);
void dossier_corpus_add_articles  (DossierCorpus    *self,
                                   GPtrArray        *articles);
guint _dossier_corpus_get_stamp   (DossierCorpus    *self);

G_END_DECLS
