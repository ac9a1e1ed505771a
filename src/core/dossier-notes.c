/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "dossier-notes"

#include "config.h"

#include <errno.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <sqlite3.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "dossier-notes.h"
#include "dossier-sqlite.h"

/**
 * DossierNotes:
 *
 * The store of highlights and notes: one SQLite database for all folders,
 * `$XDG_DATA_HOME/dossier/notes.db`, notes keyed by the folder's real path.
 *
 * One database rather than one per folder: a single file to back up and
 * to migrate, a folder that is opened through a symbolic link or after a
 * rename can be re-keyed with one UPDATE, and nothing has to be created
 * next to (or named after) the user's folders.
 *
 * Notes are precious, unlike the index cache: WAL journal with
 * `synchronous=FULL` (a committed note survives a crash of the process and
 * of the machine), every change in one `BEGIN IMMEDIATE` transaction, bound
 * parameters only, a busy timeout so that the app and `dossier-cli` can
 * write at the same time, `PRAGMA user_version` as the schema version with
 * migrations that only ever add. A database that is damaged or comes from a
 * newer Dossier is refused and left exactly as it is.
 *
 * A #DossierNotes belongs to the thread that made it (its connection is
 * opened without SQLite's mutex); other threads and processes open their
 * own.
 */
struct _DossierNotes
{
  GObject parent_instance;

  char *path;
  sqlite3 *db;
};

G_DEFINE_FINAL_TYPE (DossierNotes, dossier_notes, G_TYPE_OBJECT)

G_DEFINE_QUARK (dossier-notes-error-quark, dossier_notes_error)

enum {
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* Each entry takes the schema from version i to i + 1. Never edit one that
 * shipped: add a new one. */
static const char * const migrations[] = {
  /* 0 → 1 */
  "CREATE TABLE notes ("
  "  id TEXT PRIMARY KEY NOT NULL,"
  "  folder TEXT NOT NULL,"
  "  path TEXT NOT NULL,"
  "  hash TEXT NOT NULL,"
  "  exact TEXT NOT NULL,"
  "  prefix TEXT NOT NULL,"
  "  suffix TEXT NOT NULL,"
  "  start INTEGER,"            /* NULL: no TextPositionSelector */
  "  \"end\" INTEGER,"
  "  color TEXT NOT NULL,"
  "  body TEXT NOT NULL,"
  "  created INTEGER NOT NULL," /* microseconds since 1970, UTC */
  "  modified INTEGER NOT NULL"
  ");"
  "CREATE INDEX notes_by_file ON notes (folder, path);"
  "CREATE TABLE note_tags ("
  "  note TEXT NOT NULL REFERENCES notes (id) ON DELETE CASCADE,"
  "  pos INTEGER NOT NULL,"
  "  tag TEXT NOT NULL,"
  "  PRIMARY KEY (note, pos)"
  ");"
  "CREATE INDEX note_tags_by_tag ON note_tags (tag);"
  "CREATE TABLE note_entities ("
  "  note TEXT NOT NULL REFERENCES notes (id) ON DELETE CASCADE,"
  "  pos INTEGER NOT NULL,"
  "  name TEXT NOT NULL,"
  "  PRIMARY KEY (note, pos)"
  ");"
  "CREATE INDEX note_entities_by_name ON note_entities (name);",
};

G_STATIC_ASSERT (G_N_ELEMENTS (migrations) == DOSSIER_NOTES_SCHEMA_VERSION);

static void
dossier_notes_finalize (GObject *object)
{
  DossierNotes *self = (DossierNotes *) object;

  if (self->db)
    sqlite3_close_v2 (self->db);
  g_free (self->path);

  G_OBJECT_CLASS (dossier_notes_parent_class)->finalize (object);
}

static void
dossier_notes_class_init (DossierNotesClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = dossier_notes_finalize;

  /**
   * DossierNotes::changed:
   * @id: (nullable): the id of the note added, changed or deleted, or
   *   %NULL when many changed at once (dossier_notes_forget_folder())
   *
   * Emitted after a change was committed.
   */
  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                   0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRING);
}

static void
dossier_notes_init (DossierNotes *self)
{
}

/**
 * dossier_notes_dup_default_path:
 *
 * Returns: (transfer full): `$XDG_DATA_HOME/dossier/notes.db`
 */
char *
dossier_notes_dup_default_path (void)
{
  return g_build_filename (g_get_user_data_dir (), "dossier", "notes.db", NULL);
}

/**
 * dossier_notes_folder_key:
 *
 * Returns: (transfer full): the real path of @folder (symbolic links
 *   resolved), which notes are stored under
 */
char *
dossier_notes_folder_key (GFile *folder)
{
  g_autofree char *path = g_file_get_path (folder);
  char *real;

  if (path == NULL)
    return g_file_get_uri (folder);
  real = realpath (path, NULL);
  if (real == NULL)
    return g_canonicalize_filename (path, NULL);
  {
    char *copy = g_strdup (real);
    free (real);
    return copy;
  }
}

static int
error_code_for (int rc)
{
  switch (rc & 0xff)
    {
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
      return DOSSIER_NOTES_ERROR_CORRUPT;
    case SQLITE_READONLY:
    case SQLITE_CANTOPEN:
    case SQLITE_PERM:
      return DOSSIER_NOTES_ERROR_READ_ONLY;
    default:
      return DOSSIER_NOTES_ERROR_FAILED;
    }
}

static gboolean
set_sqlite_error (GError     **error,
                  sqlite3     *db,
                  int          rc,
                  const char  *path,
                  const char  *doing)
{
  const char *what = db ? sqlite3_errmsg (db) : sqlite3_errstr (rc);

  /* SQLite reports a write that hit the end of the disk (or of the file
   * size limit) as SQLITE_FULL or as a plain write error, the errno lost. */
  if ((rc & 0xff) == SQLITE_FULL)
    what = _("the disk is full; nothing of this change was saved");
  else if (rc == SQLITE_IOERR_WRITE || rc == SQLITE_IOERR_FSYNC || rc == SQLITE_IOERR_TRUNCATE)
    what = _("the disk is full or failing; nothing of this change was saved");
  g_set_error (error, DOSSIER_NOTES_ERROR, error_code_for (rc),
               /* Translators: "Could not save the note in /path/notes.db: disk is full" */
               _("%s in %s: %s"), doing, path, what);
  return FALSE;
}

static gboolean
exec (DossierNotes  *self,
      const char    *sql,
      GError       **error)
{
  int rc = sqlite3_exec (self->db, sql, NULL, NULL, NULL);

  if (rc != SQLITE_OK)
    return set_sqlite_error (error, self->db, rc, self->path, _("Database error"));
  return TRUE;
}

static sqlite3_stmt *
prepare (DossierNotes  *self,
         const char    *sql,
         GError       **error)
{
  sqlite3_stmt *stmt = NULL;
  int rc = sqlite3_prepare_v2 (self->db, sql, -1, &stmt, NULL);

  if (rc != SQLITE_OK)
    {
      set_sqlite_error (error, self->db, rc, self->path, _("Database error"));
      return NULL;
    }
  return stmt;
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (sqlite3_stmt, sqlite3_finalize)

static gint64
query_int (sqlite3    *db,
           const char *sql,
           int        *rc_out)
{
  sqlite3_stmt *stmt = NULL;
  gint64 value = -1;
  int rc = sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL);

  if (rc == SQLITE_OK)
    {
      rc = sqlite3_step (stmt);
      if (rc == SQLITE_ROW)
        {
          value = sqlite3_column_int64 (stmt, 0);
          rc = SQLITE_OK;
        }
    }
  sqlite3_finalize (stmt);
  *rc_out = rc;
  return value;
}

/* Looks at an existing database without any chance of writing to it (a
 * read-only connection cannot even checkpoint a leftover WAL): refuses
 * damaged files, foreign databases and newer schemas before the real
 * connection touches anything. */
static gboolean
probe_existing (const char  *path,
                GError     **error)
{
  sqlite3 *db = NULL;
  int rc = sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY, NULL);
  gint64 version, n_tables, n_ours;
  gboolean ok = FALSE;

  if (rc != SQLITE_OK)
    {
      set_sqlite_error (error, db, rc, path, _("Could not open the notes database"));
      goto out;
    }
  sqlite3_busy_timeout (db, 5000);
  n_tables = query_int (db, "SELECT count(*) FROM sqlite_schema WHERE type = 'table'", &rc);
  /* The write-ahead log of a process that was killed needs its index
   * rebuilt before anyone reads it, which a read-only connection may not do
   * ("attempt to write a readonly database"): SQLite's own recovery, on a
   * connection that may write (the folder is writable, checked above),
   * which touches nothing of the notes. */
  if ((rc & 0xff) == SQLITE_READONLY)
    {
      g_debug ("%s: a read-only look needs the log recovered; looking with a writable connection", path);
      sqlite3_close_v2 (db);
      db = NULL;
      rc = sqlite3_open_v2 (path, &db, SQLITE_OPEN_READWRITE, NULL);
      if (rc != SQLITE_OK)
        {
          set_sqlite_error (error, db, rc, path, _("Could not open the notes database"));
          goto out;
        }
      sqlite3_busy_timeout (db, 5000);
      n_tables = query_int (db, "SELECT count(*) FROM sqlite_schema WHERE type = 'table'", &rc);
    }
  if (rc == SQLITE_OK)
    version = query_int (db, "PRAGMA user_version", &rc);
  if (rc != SQLITE_OK)
    {
      if (error_code_for (rc) == DOSSIER_NOTES_ERROR_CORRUPT)
        g_set_error (error, DOSSIER_NOTES_ERROR, DOSSIER_NOTES_ERROR_CORRUPT,
                     _("%s is not a notes database or it is damaged; it was left untouched. "
                       "Move it away to start a new one, or restore it from a backup"), path);
      else
        set_sqlite_error (error, db, rc, path, _("Could not read the notes database"));
      goto out;
    }
  if (version > DOSSIER_NOTES_SCHEMA_VERSION)
    {
      g_set_error (error, DOSSIER_NOTES_ERROR, DOSSIER_NOTES_ERROR_NEWER,
                   _("%s was written by a newer version of Dossier (schema %" G_GINT64_FORMAT
                     ", this version reads up to %d); it was left untouched"),
                   path, version, DOSSIER_NOTES_SCHEMA_VERSION);
      goto out;
    }
  n_ours = query_int (db, "SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name = 'notes'", &rc);
  if (rc != SQLITE_OK || (version == 0 && n_tables > 0) || (version > 0 && n_ours != 1))
    {
      g_set_error (error, DOSSIER_NOTES_ERROR, DOSSIER_NOTES_ERROR_CORRUPT,
                   _("%s is not a Dossier notes database; it was left untouched"), path);
      goto out;
    }
  {
    sqlite3_stmt *stmt = NULL;

    rc = sqlite3_prepare_v2 (db, "PRAGMA quick_check", -1, &stmt, NULL);
    if (rc == SQLITE_OK)
      rc = sqlite3_step (stmt);
    if (rc != SQLITE_ROW || g_strcmp0 ((const char *) sqlite3_column_text (stmt, 0), "ok") != 0)
      {
        g_set_error (error, DOSSIER_NOTES_ERROR, DOSSIER_NOTES_ERROR_CORRUPT,
                     _("%s is damaged (%s); it was left untouched. Restore it from a backup, "
                       "or move it away to start a new one"), path,
                     rc == SQLITE_ROW ? (const char *) sqlite3_column_text (stmt, 0) : sqlite3_errmsg (db));
        sqlite3_finalize (stmt);
        goto out;
      }
    sqlite3_finalize (stmt);
  }
  ok = TRUE;

out:
  sqlite3_close_v2 (db);
  return ok;
}

static gboolean
check_writable (const char  *path,
                GError     **error)
{
  g_autofree char *dir = g_path_get_dirname (path);

  if (g_file_test (path, G_FILE_TEST_EXISTS) && access (path, W_OK) != 0)
    {
      g_set_error (error, DOSSIER_NOTES_ERROR, DOSSIER_NOTES_ERROR_READ_ONLY,
                   _("The notes database %s is read-only: notes cannot be saved (%s)"),
                   path, g_strerror (errno));
      return FALSE;
    }
  if (access (dir, W_OK) != 0)
    {
      g_set_error (error, DOSSIER_NOTES_ERROR, DOSSIER_NOTES_ERROR_READ_ONLY,
                   _("The folder %s cannot be written: notes cannot be saved (%s)"),
                   dir, g_strerror (errno));
      return FALSE;
    }
  return TRUE;
}

static gboolean
migrate (DossierNotes  *self,
         GError       **error)
{
  gint64 version;
  int rc;

  /* IMMEDIATE: two processes opening a new database at once must not both
   * create the tables. */
  if (!exec (self, "BEGIN IMMEDIATE", error))
    return FALSE;
  version = query_int (self->db, "PRAGMA user_version", &rc);
  if (rc != SQLITE_OK)
    {
      sqlite3_exec (self->db, "ROLLBACK", NULL, NULL, NULL);
      return set_sqlite_error (error, self->db, rc, self->path, _("Could not read the notes database"));
    }
  if (version > DOSSIER_NOTES_SCHEMA_VERSION)
    {
      sqlite3_exec (self->db, "ROLLBACK", NULL, NULL, NULL);
      g_set_error (error, DOSSIER_NOTES_ERROR, DOSSIER_NOTES_ERROR_NEWER,
                   _("%s was written by a newer version of Dossier; it was left untouched"), self->path);
      return FALSE;
    }
  for (gint64 v = version; v < DOSSIER_NOTES_SCHEMA_VERSION; v++)
    {
      g_autofree char *set_version = g_strdup_printf ("PRAGMA user_version = %" G_GINT64_FORMAT, v + 1);

      if (!exec (self, migrations[v], error) || !exec (self, set_version, error))
        {
          sqlite3_exec (self->db, "ROLLBACK", NULL, NULL, NULL);
          return FALSE;
        }
    }
  if (!exec (self, "COMMIT", error))
    {
      sqlite3_exec (self->db, "ROLLBACK", NULL, NULL, NULL);
      return FALSE;
    }
  return TRUE;
}

/**
 * dossier_notes_new:
 * @db_path: (nullable): the database file, or %NULL for the default
 *   (dossier_notes_dup_default_path())
 *
 * Opens the notes database, creating it (and its folder) when missing and
 * migrating an older schema. A damaged database, one from a newer Dossier
 * or one that cannot be written is refused with an error that says so, and
 * the file is left as it was.
 *
 * Returns: (transfer full) (nullable): the store, or %NULL with @error set
 */
DossierNotes *
dossier_notes_new (const char  *db_path,
                   GError     **error)
{
  g_autoptr(DossierNotes) self = g_object_new (DOSSIER_TYPE_NOTES, NULL);
  g_autofree char *dir = NULL;
  g_autofree char *mode = NULL;
  int rc;

  self->path = db_path ? g_strdup (db_path) : dossier_notes_dup_default_path ();
  dir = g_path_get_dirname (self->path);

  if (g_file_test (self->path, G_FILE_TEST_EXISTS))
    {
      /* Writability first: a read-only connection to a WAL database in a
       * read-only folder fails with a less helpful message. */
      if (!check_writable (self->path, error) || !probe_existing (self->path, error))
        return NULL;
    }
  else if (g_mkdir_with_parents (dir, 0700) != 0)
    {
      int e = errno;
      g_set_error (error, DOSSIER_NOTES_ERROR,
                   e == EACCES || e == EROFS || e == EPERM ? DOSSIER_NOTES_ERROR_READ_ONLY : DOSSIER_NOTES_ERROR_FAILED,
                   _("Could not create the folder %s: notes cannot be saved (%s)"), dir, g_strerror (e));
      return NULL;
    }
  if (!check_writable (self->path, error))
    return NULL;

  rc = sqlite3_open_v2 (self->path, &self->db,
                        SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX, NULL);
  if (rc != SQLITE_OK)
    return set_sqlite_error (error, self->db, rc, self->path, _("Could not open the notes database")), NULL;
  sqlite3_extended_result_codes (self->db, 1);
  sqlite3_busy_timeout (self->db, 10000);

  {
    /* Two processes may create the same database at once (see
     * dossier_sqlite_set_wal()). */
    rc = dossier_sqlite_set_wal (self->db, &mode);
    if (rc != SQLITE_OK)
      return set_sqlite_error (error, self->db, rc, self->path, _("Could not open the notes database")), NULL;
    if (g_strcmp0 (mode, "wal") != 0)
      {
        g_set_error (error, DOSSIER_NOTES_ERROR, DOSSIER_NOTES_ERROR_FAILED,
                     _("Could not switch %s to write-ahead logging (it stays in “%s” mode)"),
                     self->path, mode ? mode : "?");
        return NULL;
      }
  }

  if (!exec (self, "PRAGMA synchronous = FULL", error) ||
      !exec (self, "PRAGMA foreign_keys = ON", error) ||
      !migrate (self, error))
    return NULL;

  return g_steal_pointer (&self);
}

/**
 * dossier_notes_get_path:
 *
 * Returns: the database file
 */
const char *
dossier_notes_get_path (DossierNotes *self)
{
  return self->path;
}

/* Writing */

static gboolean
begin (DossierNotes  *self,
       GError       **error)
{
  int rc = sqlite3_exec (self->db, "BEGIN IMMEDIATE", NULL, NULL, NULL);

  if (rc != SQLITE_OK)
    return set_sqlite_error (error, self->db, rc, self->path, _("Could not save the notes"));
  return TRUE;
}

static gboolean
commit (DossierNotes  *self,
        GError       **error)
{
  int rc = sqlite3_exec (self->db, "COMMIT", NULL, NULL, NULL);

  if (rc != SQLITE_OK)
    {
      set_sqlite_error (error, self->db, rc, self->path, _("Could not save the notes"));
      /* A failed COMMIT may leave the transaction open: roll it back so
       * that nothing half-written is ever committed later. */
      if (!sqlite3_get_autocommit (self->db))
        sqlite3_exec (self->db, "ROLLBACK", NULL, NULL, NULL);
      return FALSE;
    }
  return TRUE;
}

static void
rollback (DossierNotes *self)
{
  if (!sqlite3_get_autocommit (self->db))
    sqlite3_exec (self->db, "ROLLBACK", NULL, NULL, NULL);
}

static void
bind_text (sqlite3_stmt *stmt,
           int           i,
           const char   *value)
{
  sqlite3_bind_text (stmt, i, value, -1, SQLITE_TRANSIENT);
}

/* Parameters ?1 to ?11, as INSERT and UPDATE of a note both number them:
 * id, folder, path, hash, exact, prefix, suffix, start, end (left NULL
 * for a note without a position), color, body. */
static void
bind_note (sqlite3_stmt *stmt,
           DossierNote  *note)
{
  bind_text (stmt, 1, dossier_note_get_id (note));
  bind_text (stmt, 2, dossier_note_get_folder (note));
  bind_text (stmt, 3, dossier_note_get_path (note));
  bind_text (stmt, 4, dossier_note_get_hash (note));
  bind_text (stmt, 5, dossier_note_get_exact (note));
  bind_text (stmt, 6, dossier_note_get_prefix (note));
  bind_text (stmt, 7, dossier_note_get_suffix (note));
  if (dossier_note_get_start (note) >= 0)
    {
      sqlite3_bind_int64 (stmt, 8, dossier_note_get_start (note));
      sqlite3_bind_int64 (stmt, 9, dossier_note_get_end (note));
    }
  bind_text (stmt, 10, dossier_note_get_color (note));
  bind_text (stmt, 11, dossier_note_get_text (note));
}

static gboolean
step_done (DossierNotes  *self,
           sqlite3_stmt  *stmt,
           const char    *doing,
           GError       **error)
{
  int rc = sqlite3_step (stmt);

  if (rc != SQLITE_DONE)
    return set_sqlite_error (error, self->db, rc, self->path, doing);
  return TRUE;
}

static gboolean
write_lists (DossierNotes  *self,
             DossierNote   *note,
             GError       **error)
{
  static const struct { const char *del, *ins; } tables[] = {
    { "DELETE FROM note_tags WHERE note = ?1", "INSERT INTO note_tags (note, pos, tag) VALUES (?1, ?2, ?3)" },
    { "DELETE FROM note_entities WHERE note = ?1", "INSERT INTO note_entities (note, pos, name) VALUES (?1, ?2, ?3)" },
  };

  for (guint t = 0; t < G_N_ELEMENTS (tables); t++)
    {
      const char * const *list = t == 0 ? dossier_note_get_tags (note) : dossier_note_get_entities (note);
      g_autoptr(sqlite3_stmt) del = prepare (self, tables[t].del, error);
      g_autoptr(sqlite3_stmt) ins = NULL;

      if (del == NULL)
        return FALSE;
      bind_text (del, 1, dossier_note_get_id (note));
      if (!step_done (self, del, _("Could not save the note"), error))
        return FALSE;
      ins = prepare (self, tables[t].ins, error);
      if (ins == NULL)
        return FALSE;
      for (guint i = 0; list[i]; i++)
        {
          sqlite3_reset (ins);
          bind_text (ins, 1, dossier_note_get_id (note));
          sqlite3_bind_int (ins, 2, i);
          bind_text (ins, 3, list[i]);
          if (!step_done (self, ins, _("Could not save the note"), error))
            return FALSE;
        }
    }
  return TRUE;
}

static gboolean
validate (DossierNote  *note,
          GError      **error)
{
  const char *fields[] = {
    dossier_note_get_folder (note), dossier_note_get_path (note), dossier_note_get_exact (note),
    dossier_note_get_prefix (note), dossier_note_get_suffix (note), dossier_note_get_text (note),
    dossier_note_get_color (note), dossier_note_get_hash (note),
  };

  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    if (!g_utf8_validate (fields[i], -1, NULL))
      {
        g_set_error (error, DOSSIER_NOTES_ERROR, DOSSIER_NOTES_ERROR_INVALID, _("The note is not valid UTF-8"));
        return FALSE;
      }
  if (*dossier_note_get_folder (note) == '\0' || *dossier_note_get_path (note) == '\0')
    {
      g_set_error (error, DOSSIER_NOTES_ERROR, DOSSIER_NOTES_ERROR_INVALID, _("The note has no folder or file"));
      return FALSE;
    }
  /* No quote and no position: a note on the whole file (W3C annotations
   * may target a resource without a selector). A position alone cannot be
   * re-anchored once the file changes, so it needs its quote. */
  if (*dossier_note_get_exact (note) == '\0' && dossier_note_get_start (note) >= 0)
    {
      g_set_error (error, DOSSIER_NOTES_ERROR, DOSSIER_NOTES_ERROR_INVALID, _("The note has a position but no quote"));
      return FALSE;
    }
  return TRUE;
}

static gboolean
insert_note (DossierNotes  *self,
             DossierNote   *note,
             GError       **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  int rc;

  stmt = prepare (self,
                  "INSERT INTO notes (id, folder, path, hash, exact, prefix, suffix, start, \"end\","
                  " color, body, created, modified) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)",
                  error);
  if (stmt == NULL)
    return FALSE;
  bind_note (stmt, note);
  sqlite3_bind_int64 (stmt, 12, dossier_note_get_created (note));
  sqlite3_bind_int64 (stmt, 13, dossier_note_get_modified (note));
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_CONSTRAINT_PRIMARYKEY)
    {
      g_set_error (error, DOSSIER_NOTES_ERROR, DOSSIER_NOTES_ERROR_EXISTS,
                   _("A note with id %s is already stored"), dossier_note_get_id (note));
      return FALSE;
    }
  if (rc != SQLITE_DONE)
    return set_sqlite_error (error, self->db, rc, self->path, _("Could not save the note"));
  return write_lists (self, note, error);
}

static void
stamp_new (DossierNote *note)
{
  if (dossier_note_get_created (note) == 0)
    {
      gint64 now = g_get_real_time ();
      dossier_note_set_times (note, now, now);
    }
  else if (dossier_note_get_modified (note) == 0)
    dossier_note_set_times (note, dossier_note_get_created (note), dossier_note_get_created (note));
}

/**
 * dossier_notes_add:
 *
 * Stores a new note in one transaction. Its created and modified times are
 * set to now when unset.
 */
gboolean
dossier_notes_add (DossierNotes  *self,
                   DossierNote   *note,
                   GError       **error)
{
  g_return_val_if_fail (DOSSIER_IS_NOTES (self), FALSE);
  g_return_val_if_fail (DOSSIER_IS_NOTE (note), FALSE);

  if (!validate (note, error))
    return FALSE;
  stamp_new (note);
  if (!begin (self, error))
    return FALSE;
  if (!insert_note (self, note, error) || !commit (self, error))
    {
      rollback (self);
      return FALSE;
    }
  g_signal_emit (self, signals[CHANGED], 0, dossier_note_get_id (note));
  return TRUE;
}

static gboolean
is_duplicate (DossierNotes  *self,
              DossierNote   *note,
              gboolean      *dup,
              GError       **error)
{
  g_autoptr(sqlite3_stmt) stmt = prepare (self,
    "SELECT 1 FROM notes WHERE id = ?1 OR (folder = ?2 AND path = ?3 AND exact = ?4 AND body = ?5) LIMIT 1", error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  bind_text (stmt, 1, dossier_note_get_id (note));
  bind_text (stmt, 2, dossier_note_get_folder (note));
  bind_text (stmt, 3, dossier_note_get_path (note));
  bind_text (stmt, 4, dossier_note_get_exact (note));
  bind_text (stmt, 5, dossier_note_get_text (note));
  rc = sqlite3_step (stmt);
  if (rc != SQLITE_ROW && rc != SQLITE_DONE)
    return set_sqlite_error (error, self->db, rc, self->path, _("Could not read the notes"));
  *dup = rc == SQLITE_ROW;
  return TRUE;
}

/**
 * dossier_notes_add_many:
 * @notes: (element-type DossierNote): the notes
 * @n_added: (out) (optional): how many were new
 *
 * Stores @notes in one transaction, skipping those already stored: same id,
 * or same file, quote and note. Either all new ones are stored or none.
 */
gboolean
dossier_notes_add_many (DossierNotes  *self,
                        GPtrArray     *notes,
                        guint         *n_added,
                        GError       **error)
{
  guint added = 0;

  for (guint i = 0; i < notes->len; i++)
    if (!validate (g_ptr_array_index (notes, i), error))
      return FALSE;
  if (!begin (self, error))
    return FALSE;
  for (guint i = 0; i < notes->len; i++)
    {
      DossierNote *note = g_ptr_array_index (notes, i);
      gboolean dup = FALSE;

      if (!is_duplicate (self, note, &dup, error))
        {
          rollback (self);
          return FALSE;
        }
      if (dup)
        continue;
      stamp_new (note);
      if (!insert_note (self, note, error))
        {
          rollback (self);
          return FALSE;
        }
      added++;
    }
  if (!commit (self, error))
    return FALSE;
  if (n_added)
    *n_added = added;
  for (guint i = 0; i < notes->len && added > 0; i++)
    g_signal_emit (self, signals[CHANGED], 0, dossier_note_get_id (g_ptr_array_index (notes, i)));
  return TRUE;
}

/**
 * dossier_notes_update:
 *
 * Saves the changes made to @note (its text, colour, tags, target) in one
 * transaction and sets its modified time to now.
 */
gboolean
dossier_notes_update (DossierNotes  *self,
                      DossierNote   *note,
                      GError       **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  gint64 now = MAX (g_get_real_time (), dossier_note_get_modified (note) + 1);

  g_return_val_if_fail (DOSSIER_IS_NOTES (self), FALSE);

  if (!validate (note, error) || !begin (self, error))
    return FALSE;
  stmt = prepare (self,
                  "UPDATE notes SET folder = ?2, path = ?3, hash = ?4, exact = ?5, prefix = ?6, suffix = ?7,"
                  " start = ?8, \"end\" = ?9, color = ?10, body = ?11, modified = ?12 WHERE id = ?1",
                  error);
  if (stmt == NULL)
    {
      rollback (self);
      return FALSE;
    }
  bind_note (stmt, note);
  sqlite3_bind_int64 (stmt, 12, now);
  if (!step_done (self, stmt, _("Could not save the note"), error))
    {
      rollback (self);
      return FALSE;
    }
  if (sqlite3_changes (self->db) == 0)
    {
      rollback (self);
      g_set_error (error, DOSSIER_NOTES_ERROR, DOSSIER_NOTES_ERROR_NOT_FOUND,
                   _("No note has the id %s"), dossier_note_get_id (note));
      return FALSE;
    }
  if (!write_lists (self, note, error) || !commit (self, error))
    {
      rollback (self);
      return FALSE;
    }
  dossier_note_set_times (note, dossier_note_get_created (note), now);
  g_signal_emit (self, signals[CHANGED], 0, dossier_note_get_id (note));
  return TRUE;
}

/* Reading */

#define NOTE_COLUMNS "id, folder, path, hash, exact, prefix, suffix, start, \"end\", color, body, created, modified"

static const char *
column_text (sqlite3_stmt *stmt,
             int           i)
{
  const char *s = (const char *) sqlite3_column_text (stmt, i);
  return s ? s : "";
}

static DossierNote *
note_from_row (sqlite3_stmt *stmt)
{
  DossierNote *note = dossier_note_new ();

  dossier_note_set_id (note, column_text (stmt, 0));
  dossier_note_set_folder (note, column_text (stmt, 1));
  dossier_note_set_path (note, column_text (stmt, 2));
  dossier_note_set_hash (note, column_text (stmt, 3));
  dossier_note_set_quote (note, column_text (stmt, 4), column_text (stmt, 5), column_text (stmt, 6));
  if (sqlite3_column_type (stmt, 7) != SQLITE_NULL)
    dossier_note_set_position (note, sqlite3_column_int64 (stmt, 7), sqlite3_column_int64 (stmt, 8));
  dossier_note_set_color (note, column_text (stmt, 9));
  dossier_note_set_text (note, column_text (stmt, 10));
  dossier_note_set_times (note, sqlite3_column_int64 (stmt, 11), sqlite3_column_int64 (stmt, 12));
  return note;
}

/* Fills the tags and entities of @notes (id → DossierNote). */
static gboolean
read_lists (DossierNotes  *self,
            GHashTable    *by_id,
            GError       **error)
{
  const char *queries[] = {
    "SELECT note, tag FROM note_tags ORDER BY note, pos",
    "SELECT note, name FROM note_entities ORDER BY note, pos",
  };

  for (guint q = 0; q < G_N_ELEMENTS (queries); q++)
    {
      g_autoptr(sqlite3_stmt) stmt = prepare (self, queries[q], error);
      g_autoptr(GHashTable) lists = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, (GDestroyNotify) g_ptr_array_unref);
      GHashTableIter iter;
      gpointer key, value;
      int rc;

      if (stmt == NULL)
        return FALSE;
      while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
        {
          const char *id = column_text (stmt, 0);
          GPtrArray *list;

          if (!g_hash_table_contains (by_id, id))
            continue;
          list = g_hash_table_lookup (lists, id);
          if (list == NULL)
            {
              list = g_ptr_array_new_with_free_func (g_free);
              g_hash_table_insert (lists, g_strdup (id), list);
            }
          g_ptr_array_add (list, g_strdup (column_text (stmt, 1)));
        }
      if (rc != SQLITE_DONE)
        return set_sqlite_error (error, self->db, rc, self->path, _("Could not read the notes"));

      g_hash_table_iter_init (&iter, lists);
      while (g_hash_table_iter_next (&iter, &key, &value))
        {
          DossierNote *note = g_hash_table_lookup (by_id, key);
          GPtrArray *list = value;

          g_ptr_array_add (list, NULL);
          if (q == 0)
            dossier_note_set_tags (note, (const char * const *) list->pdata);
          else
            dossier_note_set_entities (note, (const char * const *) list->pdata);
        }
    }
  return TRUE;
}

static gboolean
contains_casefold (const char *haystack,
                   const char *needle_folded)
{
  g_autofree char *h = g_utf8_casefold (haystack, -1);
  return strstr (h, needle_folded) != NULL;
}

/**
 * dossier_note_filter_matches:
 * @filter: (nullable): a filter
 *
 * Returns: whether @note passes @filter
 */
gboolean
dossier_note_filter_matches (const DossierNoteFilter *filter,
                             DossierNote             *note)
{
  if (filter == NULL)
    return TRUE;
  if (filter->folder && !g_str_equal (filter->folder, dossier_note_get_folder (note)))
    return FALSE;
  if (filter->paths && filter->paths[0] && !g_strv_contains (filter->paths, dossier_note_get_path (note)))
    return FALSE;
  if (filter->tags && filter->tags[0])
    {
      gboolean any = FALSE;

      for (guint i = 0; filter->tags[i] && !any; i++)
        any = dossier_note_has_tag (note, filter->tags[i]);
      if (!any)
        return FALSE;
    }
  for (guint i = 0; filter->entities && filter->entities[i]; i++)
    if (!dossier_note_mentions (note, filter->entities[i]))
      return FALSE;
  if (filter->search && *filter->search)
    {
      g_autofree char *needle = g_utf8_casefold (filter->search, -1);
      g_autofree char *tags = g_strjoinv ("\n", (char **) dossier_note_get_tags (note));

      if (!contains_casefold (dossier_note_get_exact (note), needle) &&
          !contains_casefold (dossier_note_get_text (note), needle) &&
          !contains_casefold (tags, needle))
        return FALSE;
    }
  return TRUE;
}

static GPtrArray *
select_notes (DossierNotes  *self,
              const char    *where,
              const char    *arg,
              GError       **error)
{
  g_autofree char *sql = g_strconcat ("SELECT " NOTE_COLUMNS " FROM notes ", where,
                                      " ORDER BY folder, path, coalesce(start, 0), created, id", NULL);
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(GPtrArray) notes = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GHashTable) by_id = g_hash_table_new (g_str_hash, g_str_equal);
  int rc;

  /* A read transaction, unless inside a write one already: the notes and
   * their tags come from one snapshot. */
  gboolean own = sqlite3_get_autocommit (self->db);

  if (own && !exec (self, "BEGIN", error))
    return NULL;
  stmt = prepare (self, sql, error);
  if (stmt == NULL)
    goto fail;
  if (arg)
    bind_text (stmt, 1, arg);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      DossierNote *note = note_from_row (stmt);

      g_ptr_array_add (notes, note);
      g_hash_table_insert (by_id, (gpointer) dossier_note_get_id (note), note);
    }
  if (rc != SQLITE_DONE)
    {
      set_sqlite_error (error, self->db, rc, self->path, _("Could not read the notes"));
      goto fail;
    }
  if (!read_lists (self, by_id, error))
    goto fail;
  if (own)
    rollback (self);
  return g_steal_pointer (&notes);

fail:
  if (own)
    rollback (self);
  return NULL;
}

/**
 * dossier_notes_list:
 * @filter: (nullable): which notes
 *
 * Returns: (transfer full) (element-type DossierNote): the notes, by
 *   folder, file and position
 */
GPtrArray *
dossier_notes_list (DossierNotes             *self,
                    const DossierNoteFilter  *filter,
                    GError                  **error)
{
  g_autoptr(GPtrArray) all = NULL;
  GPtrArray *out;

  g_return_val_if_fail (DOSSIER_IS_NOTES (self), NULL);

  all = select_notes (self, filter && filter->folder ? "WHERE folder = ?1" : "",
                      filter ? filter->folder : NULL, error);
  if (all == NULL)
    return NULL;
  out = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint i = 0; i < all->len; i++)
    if (dossier_note_filter_matches (filter, g_ptr_array_index (all, i)))
      g_ptr_array_add (out, g_object_ref (g_ptr_array_index (all, i)));
  return out;
}

/**
 * dossier_notes_lookup:
 *
 * Returns: (transfer full) (nullable): the note with @id, or %NULL with
 *   @error set
 */
DossierNote *
dossier_notes_lookup (DossierNotes  *self,
                      const char    *id,
                      GError       **error)
{
  g_autoptr(GPtrArray) notes = select_notes (self, "WHERE id = ?1", id, error);

  if (notes == NULL)
    return NULL;
  if (notes->len == 0)
    {
      g_set_error (error, DOSSIER_NOTES_ERROR, DOSSIER_NOTES_ERROR_NOT_FOUND, _("No note has the id %s"), id);
      return NULL;
    }
  return g_object_ref (g_ptr_array_index (notes, 0));
}

/**
 * dossier_notes_delete:
 *
 * Deletes a note in one transaction.
 *
 * Returns: (transfer full) (nullable): the note as it was, which
 *   dossier_notes_restore() puts back (undo), or %NULL with @error set
 */
DossierNote *
dossier_notes_delete (DossierNotes  *self,
                      const char    *id,
                      GError       **error)
{
  g_autoptr(DossierNote) note = NULL;
  g_autoptr(sqlite3_stmt) stmt = NULL;

  if (!begin (self, error))
    return NULL;
  note = dossier_notes_lookup (self, id, error);
  if (note == NULL)
    {
      rollback (self);
      return NULL;
    }
  stmt = prepare (self, "DELETE FROM notes WHERE id = ?1", error);
  if (stmt == NULL)
    {
      rollback (self);
      return NULL;
    }
  bind_text (stmt, 1, id);
  if (!step_done (self, stmt, _("Could not delete the note"), error) || !commit (self, error))
    {
      rollback (self);
      return NULL;
    }
  g_signal_emit (self, signals[CHANGED], 0, id);
  return g_steal_pointer (&note);
}

/**
 * dossier_notes_restore:
 * @note: what dossier_notes_delete() returned
 *
 * Puts a deleted note back, with its id and times.
 */
gboolean
dossier_notes_restore (DossierNotes  *self,
                       DossierNote   *note,
                       GError       **error)
{
  return dossier_notes_add (self, note, error);
}

/**
 * dossier_notes_list_tags:
 * @folder: (nullable): a folder key, or %NULL for all folders
 *
 * Returns: (transfer full): every tag in use, sorted
 */
GStrv
dossier_notes_list_tags (DossierNotes  *self,
                         const char    *folder,
                         GError       **error)
{
  g_autoptr(sqlite3_stmt) stmt = prepare (self,
    "SELECT DISTINCT t.tag FROM note_tags t JOIN notes n ON n.id = t.note"
    " WHERE ?1 IS NULL OR n.folder = ?1 ORDER BY t.tag", error);
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  int rc;

  if (stmt == NULL)
    return NULL;
  if (folder)
    bind_text (stmt, 1, folder);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_strv_builder_add (builder, column_text (stmt, 0));
  if (rc != SQLITE_DONE)
    {
      set_sqlite_error (error, self->db, rc, self->path, _("Could not read the tags"));
      return NULL;
    }
  return g_strv_builder_end (builder);
}

/**
 * dossier_notes_check:
 *
 * Runs `PRAGMA integrity_check`.
 *
 * Returns: whether the database is sound
 */
gboolean
dossier_notes_check (DossierNotes  *self,
                     GError       **error)
{
  g_autoptr(sqlite3_stmt) stmt = prepare (self, "PRAGMA integrity_check", error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  rc = sqlite3_step (stmt);
  if (rc != SQLITE_ROW)
    return set_sqlite_error (error, self->db, rc, self->path, _("Could not check the notes database"));
  if (g_strcmp0 (column_text (stmt, 0), "ok") != 0)
    {
      g_set_error (error, DOSSIER_NOTES_ERROR, DOSSIER_NOTES_ERROR_CORRUPT,
                   _("%s is damaged: %s"), self->path, column_text (stmt, 0));
      return FALSE;
    }
  return TRUE;
}

/**
 * dossier_notes_count_folder:
 * @folder: a folder key (dossier_notes_folder_key())
 * @n_notes: (out): how many notes that folder has
 *
 * What dossier_notes_forget_folder() would delete, for its confirmation.
 */
gboolean
dossier_notes_count_folder (DossierNotes  *self,
                            const char    *folder,
                            guint         *n_notes,
                            GError       **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  int rc;

  g_return_val_if_fail (DOSSIER_IS_NOTES (self), FALSE);
  g_return_val_if_fail (folder != NULL, FALSE);

  *n_notes = 0;
  stmt = prepare (self, "SELECT count(*) FROM notes WHERE folder = ?1", error);
  if (stmt == NULL)
    return FALSE;
  bind_text (stmt, 1, folder);
  rc = sqlite3_step (stmt);
  if (rc != SQLITE_ROW)
    return set_sqlite_error (error, self->db, rc, self->path, _("Could not read the notes"));
  *n_notes = (guint) MIN (sqlite3_column_int64 (stmt, 0), G_MAXUINT);
  return TRUE;
}

/**
 * dossier_notes_forget_folder:
 * @folder: a folder key (dossier_notes_folder_key())
 * @n_deleted: (out) (optional): how many notes were deleted
 *
 * Deletes every note of @folder (with their tags and entities) in one
 * transaction: all of them or, on an error, none. Notes of other folders
 * are never touched, not even those of a folder inside this one (they are
 * keyed by their own folder). There is no undo: the caller asks first.
 *
 * Emits #DossierNotes::changed once, with no id, when notes were deleted.
 */
gboolean
dossier_notes_forget_folder (DossierNotes  *self,
                             const char    *folder,
                             guint         *n_deleted,
                             GError       **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  guint n;

  g_return_val_if_fail (DOSSIER_IS_NOTES (self), FALSE);
  g_return_val_if_fail (folder != NULL, FALSE);

  if (n_deleted)
    *n_deleted = 0;
  if (!begin (self, error))
    return FALSE;
  /* Tags and entities go with their note: ON DELETE CASCADE, with
   * foreign keys on since dossier_notes_new(). */
  stmt = prepare (self, "DELETE FROM notes WHERE folder = ?1", error);
  if (stmt == NULL)
    {
      rollback (self);
      return FALSE;
    }
  bind_text (stmt, 1, folder);
  if (!step_done (self, stmt, _("Could not delete the notes"), error))
    {
      rollback (self);
      return FALSE;
    }
  n = sqlite3_changes (self->db);
  if (!commit (self, error))
    {
      rollback (self);
      return FALSE;
    }
  if (n_deleted)
    *n_deleted = n;
  if (n > 0)
    g_signal_emit (self, signals[CHANGED], 0, NULL);
  return TRUE;
}
