/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "dossier-sqlite.h"

/**
 * dossier_sqlite_set_wal:
 * @db: an open connection
 * @mode: (out) (optional): the journal mode SQLite answers ("wal" when it
 *   worked), to free with g_free()
 *
 * Switches @db to write-ahead logging. That takes an exclusive lock for a
 * moment, and SQLite answers SQLITE_BUSY at once, without its busy
 * handler, while another process creates or opens the same file: this
 * tries again every 50 ms for ten seconds, as the busy handlers of the
 * index and the notes store wait.
 *
 * Returns: an SQLite result code
 */
int
dossier_sqlite_set_wal (sqlite3  *db,
                        char    **mode)
{
  for (guint attempt = 0;; attempt++)
    {
      sqlite3_stmt *stmt = NULL;
      int rc = sqlite3_prepare_v2 (db, "PRAGMA journal_mode = WAL", -1, &stmt, NULL);

      if (rc == SQLITE_OK && (rc = sqlite3_step (stmt)) == SQLITE_ROW)
        {
          if (mode)
            {
              g_free (*mode);
              *mode = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
            }
          rc = SQLITE_OK;
        }
      sqlite3_finalize (stmt);
      if ((rc & 0xff) != SQLITE_BUSY || attempt >= 200)
        return rc;
      g_usleep (50 * 1000);
    }
}
