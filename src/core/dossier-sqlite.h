/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>
#include <sqlite3.h>

G_BEGIN_DECLS

int dossier_sqlite_set_wal (sqlite3  *db,
                            char    **mode);

G_END_DECLS
