/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "dossier-filter.h"

G_BEGIN_DECLS

const guint64 *_dossier_filter_peek_bits (DossierFilter *self,
                                          guint         *n_bits);

G_END_DECLS
