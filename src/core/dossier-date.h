/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

char     *dossier_date_find      (const char *text,
                                  gsize      *match_start,
                                  gsize      *match_end);
gboolean  dossier_date_is_only_date (const char *text,
                                     char      **iso);
gboolean  dossier_date_is_reading_time (const char *text);

G_END_DECLS
