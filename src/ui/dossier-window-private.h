/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "dossier-window.h"

G_BEGIN_DECLS

void dossier_window_show_corpus (DossierWindow *self,
                                 DossierCorpus *corpus);

G_END_DECLS
