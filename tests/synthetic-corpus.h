/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "dossier-core.h"

G_BEGIN_DECLS

DossierCorpus *synthetic_corpus_new       (void);
DossierCorpus *synthetic_corpus_new_sized (guint   n_articles,
                                           guint   n_entities,
                                           guint32 seed);

G_END_DECLS
