/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

char *dossier_find_data_file (const char *relative);
const char *dossier_get_data_dir (void);

G_END_DECLS
