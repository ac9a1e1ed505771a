/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "dossier-entity.h"

G_BEGIN_DECLS

void _dossier_entity_set_articles (DossierEntity *self,
                                   const guint32 *ids,
                                   guint          n_ids,
                                   guint          n_mentions);

G_END_DECLS
