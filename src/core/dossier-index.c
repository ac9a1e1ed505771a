/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "dossier-index"

#include "config.h"

#include <errno.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <sqlite3.h>
#include <string.h>

#include "dossier-article-private.h"
#include "dossier-entity-private.h"
#include "dossier-index.h"
#include "dossier-readers-hash.h"
#include "dossier-sqlite.h"

/**
 * DossierIndex:
 *
 * The cache of one folder: a SQLite database under
 * `$XDG_CACHE_HOME/dossier/`, named after a hash of the folder's real path.
 * It holds what the list and the filters need (files with their size and
 * mtime, article metadata, mentions, entities with their article id
 * arrays) and an FTS5 index of title and body, so that reopening a folder
 * reads no file and a text query never scans bodies.
 *
 * The cache is disposable: anything unexpected in it (damage, another
 * application's database, another schema version, another folder) makes
 * it deleted and rebuilt. Writes come from one thread at a time, in
 * transactions; WAL and a busy timeout let two processes share it.
 *
 * Schema (version %DOSSIER_INDEX_SCHEMA_VERSION):
 * - `meta (key, value)`: `root` (the folder's real path), `files_generation`
 *   (bumped by every write that changes files), `links_generation` (the
 *   files generation the stored entities were computed from);
 * - `files (id, path, size, mtime, hash, error)`: one row per file seen,
 *   `error` set for files that could not be read (so that they are not
 *   read again until they change);
 * - `articles (id, title, outlet, url, date, page_date, byline, place,
 *   warning, snippet, words, flags)`: the light row;
 * - `mentions (id, spans, surfaces)`: per article, the #DossierMention array
 *   as a BLOB (start, end, entity, label as host-order uint32: the cache is
 *   never moved between machines) and the mention texts, NUL-terminated.
 *   One row per article rather than one per mention: 3 million mention rows
 *   cost seconds to write and to read, one BLOB per article milliseconds,
 *   and mentions are only ever read per article or all at once;
 * - `entities (id, name, label, n_mentions, aliases, articles)`: `articles`
 *   is the sorted uint32 array of article ids that the filters intersect;
 * - `texts (id, title, body)` and `fts`, an FTS5 table over it with
 *   external content. Contentless FTS5 (`content=''`) would save the copy
 *   of the bodies, but then snippet() and highlight() return nothing, and
 *   deleting a row needs its old text anyway; with external content the
 *   index stays small (no second copy inside FTS5) and snippets come from
 *   SQLite. The two are kept in step by explicit statements next to each
 *   write, not by triggers: measured on 22,000 articles, the trigger
 *   version of the same inserts costs 3.7 s of CPU, the explicit one 1.4 s.
 */
struct _DossierIndex
{
  GRecMutex lock;
  sqlite3 *db;
  GMutex read_lock;
  sqlite3 *reader;     /* read-only, for queries; opened on first use */
  char *filename;
  char *root;
  char *readers;       /* READERS_VERSION and the variant */
  char *rebuild_reason;
  gboolean in_transaction;
  gboolean dirty;
  gint64 committed_generation;
  GHashTable *stmts; /* static SQL text → prepared statement */
};

G_DEFINE_QUARK (dossier-index-error-quark, dossier_index_error)

/* The cache keeps what the readers (parsers, extraction, linking) found:
 * another version of them must read the files again. The build takes a
 * digest of their sources, models and word lists (build-aux/readers-hash.py),
 * so no change to them can be forgotten. */
#define READERS_VERSION PACKAGE_VERSION "/" DOSSIER_READERS_HASH

static const char schema_sql[] =
  "CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value) WITHOUT ROWID;"
  "CREATE TABLE IF NOT EXISTS files ("
  "  id INTEGER PRIMARY KEY, path TEXT NOT NULL UNIQUE, size INTEGER NOT NULL,"
  "  mtime INTEGER NOT NULL, hash TEXT, error TEXT);"
  "CREATE TABLE IF NOT EXISTS articles ("
  "  id INTEGER PRIMARY KEY, title TEXT, outlet TEXT, url TEXT, date TEXT, page_date TEXT,"
  "  byline TEXT, place TEXT, warning TEXT, snippet TEXT, words INTEGER, flags INTEGER);"
  "CREATE TABLE IF NOT EXISTS mentions (id INTEGER PRIMARY KEY, spans BLOB NOT NULL, surfaces BLOB NOT NULL);"
  "CREATE TABLE IF NOT EXISTS entities ("
  "  id INTEGER PRIMARY KEY, name TEXT NOT NULL, label INTEGER NOT NULL, n_mentions INTEGER NOT NULL,"
  "  aliases TEXT, articles BLOB NOT NULL);"
  "CREATE TABLE IF NOT EXISTS texts (id INTEGER PRIMARY KEY, title TEXT, body TEXT);"
  "CREATE VIRTUAL TABLE IF NOT EXISTS fts USING fts5 ("
  "  title, body, content='texts', content_rowid='id', tokenize='unicode61 remove_diacritics 2');";

static gboolean
set_error (DossierIndex  *self,
           int            rc,
           const char    *what,
           GError       **error)
{
  int primary = rc & 0xff;
  int sys = self->db ? sqlite3_system_errno (self->db) : 0;
  const char *msg = self->db ? sqlite3_errmsg (self->db) : sqlite3_errstr (rc);
  DossierIndexError code = DOSSIER_INDEX_ERROR_FAILED;

  if (primary == SQLITE_CORRUPT || primary == SQLITE_NOTADB)
    code = DOSSIER_INDEX_ERROR_CORRUPT;
  /* A write that fails with EFBIG (file size limit) or EDQUOT comes back
   * as SQLITE_IOERR_WRITE, ENOSPC as SQLITE_FULL; by COMMIT time the errno
   * may be gone, so a failed write counts as a full disk. */
  else if (primary == SQLITE_FULL || rc == SQLITE_IOERR_WRITE ||
           sys == ENOSPC || sys == EFBIG || sys == EDQUOT)
    code = DOSSIER_INDEX_ERROR_FULL;
  else if (primary == SQLITE_BUSY || primary == SQLITE_LOCKED)
    code = DOSSIER_INDEX_ERROR_BUSY;

  g_debug ("SQLite error %d (errno %d) while %s: %s", rc, sys, what, msg);
  if (code == DOSSIER_INDEX_ERROR_FULL)
    g_set_error (error, DOSSIER_INDEX_ERROR, code, _("No space left for the index cache %s"), self->filename);
  else if (code == DOSSIER_INDEX_ERROR_CORRUPT)
    g_set_error (error, DOSSIER_INDEX_ERROR, code, _("The index cache %s is damaged (%s)"), self->filename, msg);
  else if (code == DOSSIER_INDEX_ERROR_BUSY)
    g_set_error (error, DOSSIER_INDEX_ERROR, code, _("The index cache %s is busy in another program"), self->filename);
  else
    g_set_error (error, DOSSIER_INDEX_ERROR, code, _("Index cache error while %s: %s"), what, msg);
  return FALSE;
}

static gboolean
exec (DossierIndex  *self,
      const char    *sql,
      GError       **error)
{
  int rc = sqlite3_exec (self->db, sql, NULL, NULL, NULL);

  if (rc != SQLITE_OK)
    return set_error (self, rc, sql, error);
  return TRUE;
}

/* Two processes may create the same cache at once (see
 * dossier_sqlite_set_wal()). */
static gboolean
exec_wal (DossierIndex  *self,
          GError       **error)
{
  int rc = dossier_sqlite_set_wal (self->db, NULL);

  if (rc != SQLITE_OK)
    return set_error (self, rc, "PRAGMA journal_mode = WAL", error);
  return TRUE;
}

static sqlite3_stmt *
prepare (DossierIndex  *self,
         const char    *sql,
         GError       **error)
{
  sqlite3_stmt *stmt = NULL;
  int rc = sqlite3_prepare_v2 (self->db, sql, -1, &stmt, NULL);

  if (rc != SQLITE_OK)
    {
      set_error (self, rc, "preparing a query", error);
      return NULL;
    }
  return stmt;
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (sqlite3_stmt, sqlite3_finalize)

static gint64
query_int (DossierIndex *self,
           const char   *sql,
           int          *rc_out)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  gint64 v = 0;
  int rc = sqlite3_prepare_v2 (self->db, sql, -1, &stmt, NULL);

  if (rc == SQLITE_OK)
    {
      rc = sqlite3_step (stmt);
      if (rc == SQLITE_ROW)
        {
          v = sqlite3_column_int64 (stmt, 0);
          rc = SQLITE_OK;
        }
      else if (rc == SQLITE_DONE)
        rc = SQLITE_OK;
    }
  *rc_out = rc;
  return v;
}

static char *
meta_get_on (sqlite3    *db,
             const char *key)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;

  if (sqlite3_prepare_v2 (db, "SELECT value FROM meta WHERE key = ?1", -1, &stmt, NULL) != SQLITE_OK)
    return NULL;
  sqlite3_bind_text (stmt, 1, key, -1, SQLITE_STATIC);
  if (sqlite3_step (stmt) != SQLITE_ROW || sqlite3_column_type (stmt, 0) == SQLITE_NULL)
    return NULL;
  return g_strdup ((const char *) sqlite3_column_text (stmt, 0));
}

static char *
meta_get (DossierIndex *self,
          const char   *key)
{
  return meta_get_on (self->db, key);
}

static gboolean
meta_set (DossierIndex  *self,
          const char    *key,
          const char    *value,
          GError       **error)
{
  g_autoptr(sqlite3_stmt) stmt = prepare (self, "INSERT OR REPLACE INTO meta (key, value) VALUES (?1, ?2)", error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, key, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 2, value, -1, SQLITE_STATIC);
  rc = sqlite3_step (stmt);
  if (rc != SQLITE_DONE)
    return set_error (self, rc, "writing the cache's metadata", error);
  return TRUE;
}

static gint64
meta_get_int (DossierIndex *self,
              const char   *key)
{
  g_autofree char *v = meta_get (self, key);

  return v ? g_ascii_strtoll (v, NULL, 10) : 0;
}

static void
finalize_stmt (gpointer stmt)
{
  sqlite3_finalize (stmt);
}

/* Statements on the write path are prepared once: preparing costs more
 * than running them, and a cold index runs them 100,000 times. Keys are
 * the static SQL strings themselves. */
static sqlite3_stmt *
cached (DossierIndex  *self,
        const char    *sql,
        GError       **error)
{
  sqlite3_stmt *stmt = g_hash_table_lookup (self->stmts, sql);

  if (stmt == NULL)
    {
      int rc = sqlite3_prepare_v3 (self->db, sql, -1, SQLITE_PREPARE_PERSISTENT, &stmt, NULL);

      if (rc != SQLITE_OK)
        {
          set_error (self, rc, "preparing a query", error);
          return NULL;
        }
      g_hash_table_insert (self->stmts, (gpointer) sql, stmt);
    }
  return stmt;
}

static void
close_db (DossierIndex *self)
{
  if (self->stmts)
    g_hash_table_remove_all (self->stmts);
  /* The file may be about to be replaced: the reader must reopen it. */
  g_mutex_lock (&self->read_lock);
  g_clear_pointer (&self->reader, sqlite3_close_v2);
  g_mutex_unlock (&self->read_lock);
  if (self->db)
    {
      /* Statements are all finalized by their owners; close_v2 copes
       * with any left over by an error path. */
      sqlite3_close_v2 (self->db);
      self->db = NULL;
    }
}

static void
delete_files (const char *filename)
{
  static const char *suffixes[] = { "", "-wal", "-shm", "-journal" };

  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      g_autofree char *f = g_strconcat (filename, suffixes[i], NULL);
      g_unlink (f);
    }
}

/* Opens the file and says whether it is a usable cache for this folder.
 * Returns FALSE with @reason set when it must be rebuilt, FALSE with
 * @error set when it cannot be opened at all. */
static gboolean
open_checked (DossierIndex  *self,
              char         **reason,
              GError       **error)
{
  int rc, rc2, rc3;
  gboolean in_read;
  gint64 app_id, version, n_tables;
  g_autofree char *root = NULL;
  g_autofree char *readers = NULL;

  rc = sqlite3_open_v2 (self->filename, &self->db,
                        SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_FULLMUTEX, NULL);
  if (rc != SQLITE_OK)
    {
      set_error (self, rc, "opening", error);
      close_db (self);
      return FALSE;
    }
  sqlite3_extended_result_codes (self->db, 1);
  /* Another Dossier may be writing; wait for it rather than fail. */
  sqlite3_busy_timeout (self->db, 10000);

  /* The three in one read transaction: another Dossier creating the
   * file at the same moment could commit between two separate reads, and
   * a file with tables but no application id yet looks like someone
   * else's, which would be rebuilt under the other's feet. */
  in_read = sqlite3_exec (self->db, "BEGIN", NULL, NULL, NULL) == SQLITE_OK;
  app_id = query_int (self, "PRAGMA application_id", &rc);
  version = query_int (self, "PRAGMA user_version", &rc2);
  n_tables = query_int (self, "SELECT count(*) FROM sqlite_schema", &rc3);
  if (in_read && sqlite3_get_autocommit (self->db) == 0)
    sqlite3_exec (self->db, "COMMIT", NULL, NULL, NULL);
  if ((rc & 0xff) == SQLITE_NOTADB || (rc & 0xff) == SQLITE_CORRUPT ||
      (rc2 & 0xff) == SQLITE_NOTADB || (rc2 & 0xff) == SQLITE_CORRUPT ||
      (rc3 & 0xff) == SQLITE_NOTADB || (rc3 & 0xff) == SQLITE_CORRUPT)
    {
      *reason = g_strdup (_("not a database, or a damaged one"));
      return FALSE;
    }
  if (rc != SQLITE_OK || rc2 != SQLITE_OK)
    {
      set_error (self, rc != SQLITE_OK ? rc : rc2, "opening", error);
      return FALSE;
    }

  if (app_id == 0 && version == 0 && n_tables == 0)
    {
      /* A new file: make it ours. IMMEDIATE so that two processes
       * creating it at once take turns; IF NOT EXISTS lets the second one
       * find the schema done. */
      g_autofree char *ver = g_strdup_printf ("PRAGMA user_version = %d", DOSSIER_INDEX_SCHEMA_VERSION);
      g_autofree char *app = g_strdup_printf ("PRAGMA application_id = %d", DOSSIER_INDEX_APPLICATION_ID);

      if (!exec_wal (self, error) ||
          !exec (self, "BEGIN IMMEDIATE", error))
        return FALSE;
      if (!exec (self, schema_sql, error) ||
          !exec (self, ver, error) || !exec (self, app, error) ||
          !meta_set (self, "root", self->root, error) ||
          !meta_set (self, "readers", self->readers, error) ||
          !exec (self, "COMMIT", error))
        {
          exec (self, "ROLLBACK", NULL);
          return FALSE;
        }
    }
  else if (app_id != DOSSIER_INDEX_APPLICATION_ID)
    {
      *reason = g_strdup (_("not a Dossier cache"));
      return FALSE;
    }
  else if (version != DOSSIER_INDEX_SCHEMA_VERSION)
    {
      *reason = g_strdup_printf (_("made by another version of Dossier (schema %d, this one reads %d)"),
                                 (int) version, DOSSIER_INDEX_SCHEMA_VERSION);
      return FALSE;
    }

  root = meta_get (self, "root");
  if (g_strcmp0 (root, self->root) != 0)
    {
      *reason = g_strdup (_("made for another folder"));
      return FALSE;
    }
  readers = meta_get (self, "readers");
  if (g_strcmp0 (readers, self->readers) != 0)
    {
      *reason = g_strdup (_("made by other article readers (what they found may have changed)"));
      return FALSE;
    }

  if (!exec_wal (self, error) ||
      /* NORMAL is safe with WAL (a crash loses at most the last
       * transactions, never the file) and much faster; the cache is
       * disposable anyway. */
      !exec (self, "PRAGMA synchronous = NORMAL", error) ||
      !exec (self, "PRAGMA cache_size = -32000", error) ||
      /* A cold index writes the whole folder in one transaction; the log
       * it leaves is cut back once checkpointed. */
      !exec (self, "PRAGMA journal_size_limit = 16777216", error))
    return FALSE;
  return TRUE;
}

static gboolean
open_or_rebuild (DossierIndex  *self,
                 const char    *why,
                 GError       **error)
{
  g_autofree char *reason = NULL;
  g_autoptr(GError) local_error = NULL;

  if (why == NULL)
    {
      if (open_checked (self, &reason, &local_error))
        return TRUE;
      close_db (self);
      if (reason == NULL)
        {
          /* Opening failed outright: the file may be unreadable junk
           * that SQLite refuses before any query. */
          if (!g_error_matches (local_error, DOSSIER_INDEX_ERROR, DOSSIER_INDEX_ERROR_CORRUPT))
            {
              g_propagate_error (error, g_steal_pointer (&local_error));
              return FALSE;
            }
          reason = g_strdup (local_error->message);
        }
    }
  else
    {
      close_db (self);
      reason = g_strdup (why);
    }

  g_message (_("Index cache %s: %s; rebuilding it"), self->filename, reason);
  g_free (self->rebuild_reason);
  self->rebuild_reason = g_steal_pointer (&reason);
  delete_files (self->filename);
  g_clear_error (&local_error);
  if (open_checked (self, &reason, error))
    return TRUE;
  close_db (self);
  if (reason && error && *error == NULL)
    g_set_error (error, DOSSIER_INDEX_ERROR, DOSSIER_INDEX_ERROR_FAILED,
                 _("Could not create the index cache %s: %s"), self->filename, reason);
  return FALSE;
}

/**
 * dossier_index_path_for_folder:
 * @real_path: the folder's real path (no links, absolute)
 *
 * Returns: where the cache of that folder lives
 */
char *
dossier_index_path_for_folder (const char *real_path)
{
  g_autofree char *hash = g_compute_checksum_for_string (G_CHECKSUM_SHA256, real_path, -1);
  g_autofree char *name = g_strdup_printf ("%.32s.db", hash);

  return g_build_filename (g_get_user_cache_dir (), "dossier", name, NULL);
}

/**
 * dossier_index_forget:
 * @real_path: the folder's real path, as for dossier_index_open()
 * @removed: (out) (optional): whether there was a cache to delete
 *
 * Deletes the cache of a folder: its database, then its write-ahead log
 * and shared memory files. The database goes first, so that a failure
 * later leaves nothing that could be opened as a cache (a log without
 * its database is never replayed into a new one). Nothing else under
 * `$XDG_CACHE_HOME/dossier/` is touched. A process that has the cache open
 * keeps its own (now nameless) copy until it closes it.
 *
 * Returns: %FALSE with @error set when a file exists but could not be
 *   deleted; a missing cache is not an error
 */
gboolean
dossier_index_forget (const char  *real_path,
                      gboolean    *removed,
                      GError     **error)
{
  static const char *suffixes[] = { "", "-wal", "-shm", "-journal" };
  g_autofree char *filename = NULL;
  gboolean any = FALSE;

  g_return_val_if_fail (real_path != NULL, FALSE);

  if (removed)
    *removed = FALSE;
  filename = dossier_index_path_for_folder (real_path);
  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      g_autofree char *f = g_strconcat (filename, suffixes[i], NULL);

      if (g_unlink (f) == 0)
        any = TRUE;
      else if (errno != ENOENT)
        {
          int e = errno;

          g_set_error (error, DOSSIER_INDEX_ERROR, DOSSIER_INDEX_ERROR_FAILED,
                       _("Could not delete the index cache %s: %s"), f, g_strerror (e));
          if (removed)
            *removed = any;
          return FALSE;
        }
    }
  if (removed)
    *removed = any;
  return TRUE;
}

/**
 * dossier_index_open:
 * @real_path: the folder's real path
 * @variant: (nullable): what else the readers did (say, "entities" when
 *   extraction ran): a cache made with another variant is rebuilt
 *
 * Opens the cache of a folder, creating it, or rebuilding it when it is
 * damaged, foreign or of another schema version (with a g_message()).
 *
 * Returns: (transfer full) (nullable): the index, or %NULL when no cache
 *   can be used at all (read-only home, …)
 */
DossierIndex *
dossier_index_open (const char  *real_path,
                    const char  *variant,
                    GError     **error)
{
  g_autofree char *filename = dossier_index_path_for_folder (real_path);

  return dossier_index_open_file (filename, real_path, variant, error);
}

/**
 * dossier_index_open_file:
 *
 * Like dossier_index_open(), with the cache file given.
 */
DossierIndex *
dossier_index_open_file (const char  *filename,
                         const char  *real_path,
                         const char  *variant,
                         GError     **error)
{
  g_autoptr(DossierIndex) self = g_new0 (DossierIndex, 1);
  g_autofree char *dir = g_path_get_dirname (filename);

  g_rec_mutex_init (&self->lock);
  g_mutex_init (&self->read_lock);
  self->stmts = g_hash_table_new_full (NULL, NULL, NULL, finalize_stmt);
  self->filename = g_strdup (filename);
  self->root = g_strdup (real_path);
  self->readers = g_strdup_printf ("%s+%s", READERS_VERSION, variant ? variant : "");

  if (g_mkdir_with_parents (dir, 0700) != 0)
    {
      int e = errno;
      g_set_error (error, DOSSIER_INDEX_ERROR, DOSSIER_INDEX_ERROR_FAILED,
                   _("Could not create the cache folder %s: %s"), dir, g_strerror (e));
      return NULL;
    }
  if (!open_or_rebuild (self, NULL, error))
    return NULL;
  return g_steal_pointer (&self);
}

/**
 * dossier_index_free:
 *
 * Closes the cache (checkpointing its write-ahead log) and frees @self.
 */
void
dossier_index_free (DossierIndex *self)
{
  if (self == NULL)
    return;
  if (self->in_transaction && self->db)
    sqlite3_exec (self->db, "ROLLBACK", NULL, NULL, NULL);
  close_db (self);
  g_clear_pointer (&self->stmts, g_hash_table_unref);
  g_free (self->filename);
  g_free (self->root);
  g_free (self->readers);
  g_free (self->rebuild_reason);
  g_rec_mutex_clear (&self->lock);
  g_mutex_clear (&self->read_lock);
  g_free (self);
}

/**
 * dossier_index_get_filename:
 *
 * Returns: the path of the cache's SQLite file
 */
const char *
dossier_index_get_filename (DossierIndex *self)
{
  return self->filename;
}

/**
 * dossier_index_get_rebuild_reason:
 *
 * Returns: (nullable): why the cache was thrown away and rebuilt, if it was
 */
const char *
dossier_index_get_rebuild_reason (DossierIndex *self)
{
  return self->rebuild_reason;
}

/**
 * dossier_index_reset:
 * @reason: for the message
 *
 * Deletes the cache file and starts an empty one: what to do when a query
 * finds it damaged.
 */
gboolean
dossier_index_reset (DossierIndex  *self,
                     const char    *reason,
                     GError       **error)
{
  gboolean ok;

  g_rec_mutex_lock (&self->lock);
  self->in_transaction = FALSE;
  ok = open_or_rebuild (self, reason, error);
  g_rec_mutex_unlock (&self->lock);
  return ok;
}

void
dossier_index_file_free (DossierIndexFile *file)
{
  g_free (file->error);
  g_free (file);
}

static const char *
col_text (sqlite3_stmt *stmt,
          int           i)
{
  return (const char *) sqlite3_column_text (stmt, i);
}

/**
 * dossier_index_load:
 * @folder: the opened folder, for the articles' files
 * @files: (out) (element-type utf8 DossierIndexFile): relative path → file
 * @articles: (out) (element-type guint DossierArticle): id → light article
 *
 * Reads every file row and every article of the cache. A damaged cache
 * gives %DOSSIER_INDEX_ERROR_CORRUPT: reset it and load again.
 */
gboolean
dossier_index_load (DossierIndex  *self,
                    GFile         *folder,
                    GHashTable   **files,
                    GHashTable   **articles,
                    GError       **error)
{
  g_autoptr(GHashTable) f = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                                   (GDestroyNotify) dossier_index_file_free);
  g_autoptr(GHashTable) a = g_hash_table_new_full (NULL, NULL, NULL, g_object_unref);
  g_autoptr(sqlite3_stmt) stmt = NULL;
  int rc;

  g_rec_mutex_lock (&self->lock);
  stmt = prepare (self,
                  "SELECT f.id, f.path, f.size, f.mtime, f.hash, f.error,"
                  "  a.id, a.title, a.outlet, a.url, a.date, a.page_date, a.byline, a.place,"
                  "  a.warning, a.snippet, a.words, a.flags, m.spans, m.surfaces"
                  " FROM files f LEFT JOIN articles a ON a.id = f.id LEFT JOIN mentions m ON m.id = f.id",
                  error);
  if (stmt == NULL)
    goto fail;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      DossierIndexFile *file = g_new0 (DossierIndexFile, 1);
      const char *path = col_text (stmt, 1);
      gint64 id = sqlite3_column_int64 (stmt, 0);

      if (path == NULL || id < 0 || id >= G_MAXUINT32)
        {
          g_free (file);
          continue;
        }
      file->id = id;
      file->size = sqlite3_column_int64 (stmt, 2);
      file->mtime = sqlite3_column_int64 (stmt, 3);
      file->error = g_strdup (col_text (stmt, 5));

      if (file->error == NULL && sqlite3_column_type (stmt, 6) != SQLITE_NULL)
        {
          DossierArticleRow row = {
            .title = col_text (stmt, 7),
            .outlet = col_text (stmt, 8),
            .url = col_text (stmt, 9),
            .date = col_text (stmt, 10),
            .page_date = col_text (stmt, 11),
            .byline = col_text (stmt, 12),
            .place = col_text (stmt, 13),
            .warning = col_text (stmt, 14),
            .snippet = col_text (stmt, 15),
            .hash = col_text (stmt, 4),
            .size = file->size,
            .mtime = file->mtime,
            .words = sqlite3_column_int (stmt, 16),
            .flags = sqlite3_column_int (stmt, 17),
          };
          DossierArticle *article = _dossier_article_new_light (folder, path, &row);
          int n_spans = sqlite3_column_bytes (stmt, 18);

          dossier_article_set_id (article, file->id);
          if (n_spans >= (int) sizeof (DossierMention))
            {
              const void *spans = sqlite3_column_blob (stmt, 18);
              guint n = n_spans / sizeof (DossierMention);
              GArray *mentions = g_array_sized_new (FALSE, FALSE, sizeof (DossierMention), n);
              const void *surf = sqlite3_column_blob (stmt, 19);
              int n_surf = sqlite3_column_bytes (stmt, 19);

              g_array_append_vals (mentions, spans, n);
              _dossier_article_take_light_mentions (article, mentions,
                                                    n_surf > 0 ? g_memdup2 (surf, n_surf) : NULL,
                                                    MAX (n_surf, 0));
            }
          g_hash_table_insert (a, GUINT_TO_POINTER (file->id), article);
        }
      else if (file->error == NULL)
        {
          /* An article row is missing (an interrupted write from an
           * older run): make the file look changed so it is read again. */
          file->size = -1;
        }
      g_hash_table_insert (f, g_strdup (path), file);
    }
  if (rc != SQLITE_DONE)
    {
      set_error (self, rc, "reading the cache", error);
      goto fail;
    }

  g_rec_mutex_unlock (&self->lock);
  *files = g_steal_pointer (&f);
  *articles = g_steal_pointer (&a);
  return TRUE;

fail:
  g_rec_mutex_unlock (&self->lock);
  return FALSE;
}

/**
 * dossier_index_reserve_ids:
 * @n: how many ids
 * @first: (out): the first of @n consecutive ids never used in the cache
 *
 * Reserves article ids for new files. The counter lives in the cache, so
 * that two processes indexing the same folder never give one id to two
 * different files.
 */
gboolean
dossier_index_reserve_ids (DossierIndex  *self,
                           guint          n,
                           guint32       *first,
                           GError       **error)
{
  gint64 next, max_id;
  g_autofree char *value = NULL;
  int rc;

  if (!dossier_index_begin (self, error))
    return FALSE;
  next = meta_get_int (self, "next_id");
  max_id = query_int (self, "SELECT coalesce(max(id), 0) FROM files", &rc);
  if (rc != SQLITE_OK)
    {
      dossier_index_rollback (self);
      return set_error (self, rc, "reserving ids", error);
    }
  next = MAX (MAX (next, max_id + 1), 1);
  if (next + n >= G_MAXUINT32)
    {
      dossier_index_rollback (self);
      g_set_error (error, DOSSIER_INDEX_ERROR, DOSSIER_INDEX_ERROR_CORRUPT, _("The index cache ran out of ids"));
      return FALSE;
    }
  value = g_strdup_printf ("%" G_GINT64_FORMAT, next + n);
  if (!meta_set (self, "next_id", value, error))
    {
      dossier_index_rollback (self);
      return FALSE;
    }
  *first = next;
  return dossier_index_commit (self, error);
}

/**
 * dossier_index_get_generation:
 *
 * Returns: a number that changes whenever the cache's files change, in any
 *   process
 */
gint64
dossier_index_get_generation (DossierIndex *self)
{
  gint64 g;

  g_rec_mutex_lock (&self->lock);
  g = meta_get_int (self, "files_generation");
  g_rec_mutex_unlock (&self->lock);
  return g;
}

/**
 * dossier_index_begin:
 *
 * Starts a write transaction. IMMEDIATE: a second process waits here
 * (busy timeout) rather than failing half-way through its writes.
 */
gboolean
dossier_index_begin (DossierIndex  *self,
                     GError       **error)
{
  g_rec_mutex_lock (&self->lock);
  if (!exec (self, "BEGIN IMMEDIATE", error))
    {
      g_rec_mutex_unlock (&self->lock);
      return FALSE;
    }
  self->in_transaction = TRUE;
  self->dirty = FALSE;
  /* The lock stays taken until commit or rollback: one writer. */
  return TRUE;
}

/**
 * dossier_index_commit:
 *
 * Commits, bumping the files generation when files changed. On error the
 * transaction is rolled back.
 */
gboolean
dossier_index_commit (DossierIndex  *self,
                      GError       **error)
{
  gboolean ok = TRUE;

  if (!self->in_transaction)
    return TRUE;
  if (self->dirty)
    {
      gint64 generation = meta_get_int (self, "files_generation") + 1;
      g_autofree char *g = g_strdup_printf ("%" G_GINT64_FORMAT, generation);

      ok = meta_set (self, "files_generation", g, error);
      if (ok)
        self->committed_generation = generation;
    }
  if (ok)
    ok = exec (self, "COMMIT", error);
  if (!ok)
    sqlite3_exec (self->db, "ROLLBACK", NULL, NULL, NULL);
  self->in_transaction = FALSE;
  g_rec_mutex_unlock (&self->lock);
  return ok;
}

void
dossier_index_rollback (DossierIndex *self)
{
  if (!self->in_transaction)
    return;
  sqlite3_exec (self->db, "ROLLBACK", NULL, NULL, NULL);
  self->in_transaction = FALSE;
  g_rec_mutex_unlock (&self->lock);
}

static gboolean
step_done (DossierIndex  *self,
           sqlite3_stmt  *stmt,
           const char    *what,
           GError       **error)
{
  int rc = sqlite3_step (stmt);

  sqlite3_reset (stmt);
  sqlite3_clear_bindings (stmt);
  if (rc != SQLITE_DONE && rc != SQLITE_ROW)
    return set_error (self, rc, what, error);
  return TRUE;
}

static gboolean
delete_id (DossierIndex  *self,
           gint64         id,
           GError       **error)
{
  static const char *sql[] = {
    /* FTS5 with external content forgets a row given its old text. */
    "INSERT INTO fts (fts, rowid, title, body) SELECT 'delete', id, title, body FROM texts WHERE id = ?1",
    "DELETE FROM files WHERE id = ?1",
    "DELETE FROM articles WHERE id = ?1",
    "DELETE FROM texts WHERE id = ?1",
    "DELETE FROM mentions WHERE id = ?1",
  };

  for (guint i = 0; i < G_N_ELEMENTS (sql); i++)
    {
      sqlite3_stmt *stmt = cached (self, sql[i], error);

      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, id);
      if (!step_done (self, stmt, "deleting a file", error))
        return FALSE;
    }
  return TRUE;
}

/* Clears the rows of @id and of any other id a file at @path has (another
 * process may have written it under another id). */
static gboolean
clear_file (DossierIndex  *self,
            guint32        id,
            const char    *path,
            GError       **error)
{
  sqlite3_stmt *stmt = cached (self, "SELECT id FROM files WHERE id = ?1 OR path = ?2", error);
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  int rc;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, id);
  sqlite3_bind_text (stmt, 2, path, -1, SQLITE_STATIC);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 old = sqlite3_column_int64 (stmt, 0);
      g_array_append_val (ids, old);
    }
  sqlite3_reset (stmt);
  sqlite3_clear_bindings (stmt);
  if (rc != SQLITE_DONE)
    return set_error (self, rc, "looking up a file", error);
  /* Every write of a file is one transaction, so its rows come and go
   * together: the files row finds them all. */
  for (guint i = 0; i < ids->len; i++)
    if (!delete_id (self, g_array_index (ids, gint64, i), error))
      return FALSE;
  return TRUE;
}

static void
bind_text_or_null (sqlite3_stmt *stmt,
                   int           i,
                   const char   *value)
{
  if (value)
    sqlite3_bind_text (stmt, i, value, -1, SQLITE_TRANSIENT);
  else
    sqlite3_bind_null (stmt, i);
}

/* The files row of @path under @id, replacing what the cache had for
 * either: an article's (with its content hash) or an error's (@message). */
static gboolean
put_file_row (DossierIndex  *self,
              guint32        id,
              const char    *path,
              gint64         size,
              gint64         mtime,
              const char    *hash,
              const char    *message,
              GError       **error)
{
  sqlite3_stmt *stmt;

  if (!clear_file (self, id, path, error))
    return FALSE;
  self->dirty = TRUE;
  stmt = cached (self, "INSERT INTO files (id, path, size, mtime, hash, error) VALUES (?1, ?2, ?3, ?4, ?5, ?6)", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, id);
  sqlite3_bind_text (stmt, 2, path, -1, SQLITE_STATIC);
  sqlite3_bind_int64 (stmt, 3, size);
  sqlite3_bind_int64 (stmt, 4, mtime);
  bind_text_or_null (stmt, 5, hash);
  bind_text_or_null (stmt, 6, message);
  return step_done (self, stmt, "writing a file", error);
}

/**
 * dossier_index_put_article:
 * @id: the id the article has in the corpus
 *
 * Stores (or replaces) an article: file row, light row, mentions and
 * searchable text. Call it inside dossier_index_begin() and
 * dossier_index_commit(). The article's text must be in memory.
 */
gboolean
dossier_index_put_article (DossierIndex    *self,
                           guint32          id,
                           DossierArticle  *article,
                           GError         **error)
{
  const char *path = dossier_article_get_path (article);
  g_autofree char *snippet = NULL;
  sqlite3_stmt *rows, *texts, *fts;
  const DossierMention *mentions;
  guint n_mentions;

  g_return_val_if_fail (self->in_transaction, FALSE);

  if (!put_file_row (self, id, path, dossier_article_get_size (article), _dossier_article_get_mtime (article),
                     dossier_article_get_content_hash (article), NULL, error))
    return FALSE;

  snippet = _dossier_article_get_snippet (article)
    ? g_strdup (_dossier_article_get_snippet (article))
    : dossier_article_dup_snippet (article, DOSSIER_ARTICLE_SNIPPET_CHARS);
  rows = cached (self,
                  "INSERT INTO articles (id, title, outlet, url, date, page_date, byline, place,"
                  " warning, snippet, words, flags) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)",
                  error);
  if (rows == NULL)
    return FALSE;
  sqlite3_bind_int64 (rows, 1, id);
  bind_text_or_null (rows, 2, dossier_article_has_title (article) ? dossier_article_get_title (article) : NULL);
  bind_text_or_null (rows, 3, dossier_article_get_outlet (article));
  bind_text_or_null (rows, 4, dossier_article_get_url (article));
  bind_text_or_null (rows, 5, dossier_article_get_date (article));
  bind_text_or_null (rows, 6, dossier_article_get_page_date (article));
  bind_text_or_null (rows, 7, dossier_article_get_byline (article));
  bind_text_or_null (rows, 8, dossier_article_get_place (article));
  bind_text_or_null (rows, 9, dossier_article_get_warning (article));
  bind_text_or_null (rows, 10, snippet);
  sqlite3_bind_int64 (rows, 11, dossier_article_get_word_count (article));
  sqlite3_bind_int64 (rows, 12, dossier_article_get_flags (article));
  if (!step_done (self, rows, "writing an article", error))
    return FALSE;

  texts = cached (self, "INSERT INTO texts (id, title, body) VALUES (?1, ?2, ?3)", error);
  if (texts == NULL)
    return FALSE;
  sqlite3_bind_int64 (texts, 1, id);
  sqlite3_bind_text (texts, 2, dossier_article_get_title (article), -1, SQLITE_STATIC);
  sqlite3_bind_text (texts, 3, dossier_article_get_body (article), -1, SQLITE_STATIC);
  if (!step_done (self, texts, "writing the text of an article", error))
    return FALSE;
  fts = cached (self, "INSERT INTO fts (rowid, title, body) VALUES (?1, ?2, ?3)", error);
  if (fts == NULL)
    return FALSE;
  sqlite3_bind_int64 (fts, 1, id);
  sqlite3_bind_text (fts, 2, dossier_article_get_title (article), -1, SQLITE_STATIC);
  sqlite3_bind_text (fts, 3, dossier_article_get_body (article), -1, SQLITE_STATIC);
  if (!step_done (self, fts, "indexing the text of an article", error))
    return FALSE;

  mentions = _dossier_article_get_linked_mentions (article, &n_mentions);
  if (n_mentions > 0)
    {
      sqlite3_stmt *stmt = cached (self, "INSERT INTO mentions (id, spans, surfaces) VALUES (?1, ?2, ?3)", error);
      g_autoptr(GString) surfaces = g_string_new (NULL);

      if (stmt == NULL)
        return FALSE;
      for (guint i = 0; i < n_mentions; i++)
        {
          gsize len;
          const char *s = dossier_article_get_mention_text (article, i, &len);

          g_string_append_len (surfaces, s, len);
          g_string_append_c (surfaces, '\0');
        }
      sqlite3_bind_int64 (stmt, 1, id);
      sqlite3_bind_blob (stmt, 2, mentions, n_mentions * sizeof (DossierMention), SQLITE_STATIC);
      sqlite3_bind_blob (stmt, 3, surfaces->str, surfaces->len, SQLITE_STATIC);
      if (!step_done (self, stmt, "writing mentions", error))
        return FALSE;
    }
  return TRUE;
}

/**
 * dossier_index_put_error:
 *
 * Remembers that the file at @path could not be read, so that it is not
 * read again until it changes.
 */
gboolean
dossier_index_put_error (DossierIndex  *self,
                         guint32        id,
                         const char    *path,
                         gint64         size,
                         gint64         mtime,
                         const char    *message,
                         GError       **error)
{
  g_return_val_if_fail (self->in_transaction, FALSE);

  return put_file_row (self, id, path, size, mtime, NULL, message, error);
}

/**
 * dossier_index_remove:
 *
 * Forgets the file with @id (deleted from the folder).
 */
gboolean
dossier_index_remove (DossierIndex  *self,
                      guint32        id,
                      GError       **error)
{
  g_return_val_if_fail (self->in_transaction, FALSE);
  self->dirty = TRUE;
  return delete_id (self, id, error);
}

/**
 * dossier_index_bump_generation:
 *
 * Marks the stored entities stale, so that the next open links again.
 */
gboolean
dossier_index_bump_generation (DossierIndex  *self,
                               GError       **error)
{
  g_return_val_if_fail (self->in_transaction, FALSE);
  self->dirty = TRUE;
  return TRUE;
}

/**
 * dossier_index_put_links:
 * @articles: (element-type DossierArticle): the articles whose mentions'
 *   entity ids changed
 * @entities: (element-type DossierEntity) (nullable): every entity of the
 *   folder, by id (%NULL where an id is free); %NULL keeps the stored
 *   entities (linking kept them, only some articles' links are new)
 * @generation: the files generation the links were computed from
 *
 * Stores the result of linking. When another process changed the files
 * since @generation, nothing is stored: those links would not match them.
 */
gboolean
dossier_index_put_links (DossierIndex  *self,
                         GPtrArray     *articles,
                         GPtrArray     *entities,
                         gint64         generation,
                         GError       **error)
{
  g_autoptr(sqlite3_stmt) ins = NULL;
  g_autoptr(sqlite3_stmt) upd = NULL;
  g_autofree char *gen = NULL;
  guint n = entities ? entities->len : 0;

  if (!dossier_index_begin (self, error))
    return FALSE;
  if (meta_get_int (self, "files_generation") != generation)
    {
      g_debug ("files changed in another process; links not stored");
      dossier_index_rollback (self);
      return TRUE;
    }

  if (entities != NULL && !exec (self, "DELETE FROM entities", error))
    goto fail;
  ins = prepare (self, "INSERT INTO entities (id, name, label, n_mentions, aliases, articles) VALUES (?1, ?2, ?3, ?4, ?5, ?6)", error);
  upd = prepare (self, "UPDATE mentions SET spans = ?2 WHERE id = ?1", error);
  if (ins == NULL || upd == NULL)
    goto fail;

  for (guint i = 0; i < n; i++)
    {
      DossierEntity *e = g_ptr_array_index (entities, i);
      g_autofree char *aliases = NULL;
      guint n_ids;
      const guint32 *ids;

      if (e == NULL)
        continue;
      aliases = g_strjoinv ("\x1f", (char **) dossier_entity_get_aliases (e));
      ids = dossier_entity_get_article_ids (e, &n_ids);

      sqlite3_bind_int64 (ins, 1, dossier_entity_get_id (e));
      sqlite3_bind_text (ins, 2, dossier_entity_get_name (e), -1, SQLITE_STATIC);
      sqlite3_bind_int (ins, 3, dossier_entity_get_label (e));
      sqlite3_bind_int64 (ins, 4, dossier_entity_get_n_mentions (e));
      sqlite3_bind_text (ins, 5, aliases, -1, SQLITE_STATIC);
      sqlite3_bind_blob (ins, 6, n_ids ? (const void *) ids : "", n_ids * sizeof (guint32), SQLITE_STATIC);
      if (!step_done (self, ins, "writing entities", error))
        goto fail;
    }

  for (guint i = 0; articles && i < articles->len; i++)
    {
      DossierArticle *a = g_ptr_array_index (articles, i);
      guint n_mentions;
      const DossierMention *m = _dossier_article_get_linked_mentions (a, &n_mentions);

      if (n_mentions == 0)
        continue;
      sqlite3_bind_int64 (upd, 1, dossier_article_get_id (a));
      sqlite3_bind_blob (upd, 2, m, n_mentions * sizeof (DossierMention), SQLITE_STATIC);
      if (!step_done (self, upd, "writing links", error))
        goto fail;
    }

  gen = g_strdup_printf ("%" G_GINT64_FORMAT, generation);
  if (!meta_set (self, "links_generation", gen, error))
    goto fail;
  self->dirty = FALSE;
  return dossier_index_commit (self, error);

fail:
  dossier_index_rollback (self);
  return FALSE;
}


/* Reads the entities through @db, which the caller holds. */
static gboolean
load_entities_on (DossierIndex  *self,
                  sqlite3       *db,
                  GPtrArray    **entities,
                  gint64        *generation,
                  GError       **error)
{
  g_autoptr(GPtrArray) out = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autofree char *links = NULL;
  g_autofree char *files = NULL;
  int rc;

  *entities = NULL;
  links = meta_get_on (db, "links_generation");
  files = meta_get_on (db, "files_generation");
  if (links == NULL || g_ascii_strtoll (links, NULL, 10) != (files ? g_ascii_strtoll (files, NULL, 10) : 0))
    return TRUE;
  if (generation)
    *generation = g_ascii_strtoll (links, NULL, 10);
  rc = sqlite3_prepare_v2 (db, "SELECT id, name, label, n_mentions, aliases, articles FROM entities ORDER BY id", -1,
                           &stmt, NULL);
  if (rc != SQLITE_OK)
    return set_error (self, rc, "preparing a query", error);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);
      const char *name = col_text (stmt, 1);
      int label = sqlite3_column_int (stmt, 2);
      const char *aliases = col_text (stmt, 4);
      int n_bytes = sqlite3_column_bytes (stmt, 5);
      DossierEntity *e;

      if (name == NULL || id < 0 || id >= G_MAXUINT32 || label < 0 || label >= DOSSIER_N_LABELS)
        continue;
      e = dossier_entity_new (id, name, label);
      if (aliases && *aliases)
        {
          g_auto(GStrv) parts = g_strsplit (aliases, "\x1f", -1);
          for (guint i = 0; parts[i]; i++)
            dossier_entity_add_alias (e, parts[i]);
        }
      _dossier_entity_set_articles (e, sqlite3_column_blob (stmt, 5), n_bytes / sizeof (guint32),
                                    sqlite3_column_int64 (stmt, 3));
      g_ptr_array_add (out, e);
    }
  if (rc != SQLITE_DONE)
    return set_error (self, rc, "reading entities", error);
  *entities = g_steal_pointer (&out);
  return TRUE;
}

/**
 * dossier_index_load_entities:
 * @entities: (out) (element-type DossierEntity) (nullable): the stored
 *   entities, or %NULL when they are stale (files changed since linking)
 */
gboolean
dossier_index_load_entities (DossierIndex  *self,
                             GPtrArray    **entities,
                             GError       **error)
{
  gboolean ok;

  g_rec_mutex_lock (&self->lock);
  ok = load_entities_on (self, self->db, entities, NULL, error);
  g_rec_mutex_unlock (&self->lock);
  return ok;
}

static sqlite3 *lock_reader (DossierIndex *self);
static void unlock_reader (DossierIndex *self,
                           sqlite3      *db);

/**
 * dossier_index_load_entities_concurrently:
 * @entities: (out) (element-type DossierEntity) (nullable): the stored
 *   entities, or %NULL when they are stale
 * @generation: (out): the files generation they were linked from
 *
 * The same as dossier_index_load_entities(), through the read-only
 * connection, in one read transaction: it can run while another thread
 * reads the cache with dossier_index_load(). The caller checks
 * @generation against dossier_index_get_generation() before using them.
 */
gboolean
dossier_index_load_entities_concurrently (DossierIndex  *self,
                                          GPtrArray    **entities,
                                          gint64        *generation,
                                          GError       **error)
{
  sqlite3 *db = lock_reader (self);
  gboolean ok;

  *generation = -1;
  sqlite3_exec (db, "BEGIN", NULL, NULL, NULL);
  ok = load_entities_on (self, db, entities, generation, error);
  sqlite3_exec (db, "COMMIT", NULL, NULL, NULL);
  unlock_reader (self, db);
  return ok;
}

/* Queries go through a read-only connection of their own: with WAL it
 * reads the last committed state while the writer (a live update, another
 * process) works, so a search typed meanwhile never waits for a write. */
static sqlite3 *
lock_reader (DossierIndex *self)
{
  g_mutex_lock (&self->read_lock);
  if (self->reader == NULL)
    {
      if (sqlite3_open_v2 (self->filename, &self->reader, SQLITE_OPEN_READONLY | SQLITE_OPEN_FULLMUTEX,
                           NULL) != SQLITE_OK)
        {
          sqlite3_close_v2 (self->reader);
          self->reader = NULL;
        }
      else
        sqlite3_busy_timeout (self->reader, 10000);
    }
  if (self->reader)
    return self->reader;

  /* No second connection (no file descriptor left, …): share the
   * writer's. */
  g_mutex_unlock (&self->read_lock);
  g_rec_mutex_lock (&self->lock);
  return self->db;
}

static void
unlock_reader (DossierIndex *self,
               sqlite3      *db)
{
  if (db == self->reader && db != NULL)
    g_mutex_unlock (&self->read_lock);
  else
    g_rec_mutex_unlock (&self->lock);
}

static gboolean
reader_error (DossierIndex  *self,
              sqlite3       *db,
              int            rc,
              const char    *what,
              GError       **error)
{
  int primary = rc & 0xff;

  g_debug ("SQLite error %d while %s: %s", rc, what, sqlite3_errmsg (db));
  if (primary == SQLITE_CORRUPT || primary == SQLITE_NOTADB)
    g_set_error (error, DOSSIER_INDEX_ERROR, DOSSIER_INDEX_ERROR_CORRUPT,
                 _("The index cache %s is damaged (%s)"), self->filename, sqlite3_errmsg (db));
  else if (primary == SQLITE_BUSY || primary == SQLITE_LOCKED)
    g_set_error (error, DOSSIER_INDEX_ERROR, DOSSIER_INDEX_ERROR_BUSY,
                 _("The index cache %s is busy in another program"), self->filename);
  else
    /* Not shown as SQL: the expression is ours, so this is a bug or a
     * damaged cache, and the message says so in words. */
    g_set_error (error, DOSSIER_INDEX_ERROR, DOSSIER_INDEX_ERROR_FAILED, _("The search could not be run"));
  return FALSE;
}

/**
 * dossier_index_match:
 * @match: an FTS5 expression, as built by dossier_query_parse(): never
 *   text typed by someone
 * @ids: (out) (element-type guint32): matching article ids, best first
 */
gboolean
dossier_index_match (DossierIndex  *self,
                     const char    *match,
                     GArray       **ids,
                     GError       **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(GArray) out = g_array_new (FALSE, FALSE, sizeof (guint32));
  sqlite3 *db = lock_reader (self);
  int rc;

  rc = sqlite3_prepare_v2 (db, "SELECT rowid FROM fts WHERE fts MATCH ?1 ORDER BY rank", -1, &stmt, NULL);
  if (rc == SQLITE_OK)
    {
      sqlite3_bind_text (stmt, 1, match, -1, SQLITE_STATIC);
      while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
        {
          guint32 id = sqlite3_column_int64 (stmt, 0);
          g_array_append_val (out, id);
        }
    }
  if (rc != SQLITE_DONE)
    {
      reader_error (self, db, rc, "searching", error);
      unlock_reader (self, db);
      return FALSE;
    }
  unlock_reader (self, db);
  *ids = g_steal_pointer (&out);
  return TRUE;
}

/**
 * dossier_index_snippet:
 *
 * Returns: (nullable): a line of the article around the match, the
 *   matched words between `[` and `]`
 */
static char *
make_snippet (DossierIndex  *self,
              const char    *match,
              guint32        id,
              const char    *open,
              const char    *close,
              gboolean       body_only,
              GError       **error);

char *
dossier_index_snippet (DossierIndex  *self,
                       const char    *match,
                       guint32        id,
                       GError       **error)
{
  return make_snippet (self, match, id, "[", "]", FALSE, error);
}

/**
 * dossier_index_snippet_full:
 * @open: what goes before each match
 * @close: what goes after it
 *
 * Like dossier_index_snippet(), from the body only (a list shows the title
 * already, and a match only in the title gives the body's opening), with
 * marks of the caller's choice: marks that cannot occur in an article
 * (private-use characters, say) tell a match from brackets the article
 * itself has.
 *
 * Returns: (nullable): a line of the article around the match
 */
char *
dossier_index_snippet_full (DossierIndex  *self,
                            const char    *match,
                            guint32        id,
                            const char    *open,
                            const char    *close,
                            GError       **error)
{
  return make_snippet (self, match, id, open, close, TRUE, error);
}

static char *
make_snippet (DossierIndex  *self,
              const char    *match,
              guint32        id,
              const char    *open,
              const char    *close,
              gboolean       body_only,
              GError       **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  sqlite3 *db = lock_reader (self);
  char *out = NULL;
  int rc;

  rc = sqlite3_prepare_v2 (db, "SELECT snippet(fts, ?5, ?3, ?4, '…', 24) FROM fts WHERE fts MATCH ?1 AND rowid = ?2",
                           -1, &stmt, NULL);
  if (rc == SQLITE_OK)
    {
      sqlite3_bind_text (stmt, 1, match, -1, SQLITE_STATIC);
      sqlite3_bind_int64 (stmt, 2, id);
      sqlite3_bind_text (stmt, 3, open, -1, SQLITE_STATIC);
      sqlite3_bind_text (stmt, 4, close, -1, SQLITE_STATIC);
      /* -1: the best column; 1: the body. */
      sqlite3_bind_int (stmt, 5, body_only ? 1 : -1);
      rc = sqlite3_step (stmt);
    }
  if (rc == SQLITE_ROW)
    {
      /* Snippets join lines: keep them on one. */
      out = g_strdup (col_text (stmt, 0));
      for (char *p = out; p && *p; p++)
        if (*p == '\n' || *p == '\r' || *p == '\t')
          *p = ' ';
    }
  else if (rc != SQLITE_DONE)
    reader_error (self, db, rc, "making a snippet", error);
  unlock_reader (self, db);
  return out;
}

/**
 * dossier_index_dup_body:
 *
 * Returns: (nullable): the stored body of the article, without its map to
 *   the file: enough to show it, not to place highlights in the file
 */
char *
dossier_index_dup_body (DossierIndex  *self,
                        guint32        id,
                        GError       **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  sqlite3 *db = lock_reader (self);
  char *out = NULL;
  int rc;

  rc = sqlite3_prepare_v2 (db, "SELECT body FROM texts WHERE id = ?1", -1, &stmt, NULL);
  if (rc == SQLITE_OK)
    {
      sqlite3_bind_int64 (stmt, 1, id);
      rc = sqlite3_step (stmt);
    }
  if (rc == SQLITE_ROW)
    out = g_strdup (col_text (stmt, 0));
  else if (rc != SQLITE_DONE)
    reader_error (self, db, rc, "reading a body", error);
  unlock_reader (self, db);
  return out;
}

/**
 * dossier_index_get_committed_generation:
 *
 * Returns: the files generation the last dossier_index_commit() of this
 *   process made: what links computed from its files belong to, even when
 *   another process wrote since
 */
gint64
dossier_index_get_committed_generation (DossierIndex *self)
{
  return self->committed_generation;
}
