/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

const char *dossier_language_detect     (const char *text,
                                         gsize       len);
gboolean    dossier_language_is_english (const char *text,
                                         gsize       len);

G_END_DECLS
