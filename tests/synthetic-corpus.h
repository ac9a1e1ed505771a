/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "dossier-core.h"

G_BEGIN_DECLS

DossierCorpus *synthetic_corpus_new (void);

G_END_DECLS
