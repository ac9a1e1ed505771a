/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <errno.h>
#include <glib/gstdio.h>
#include <signal.h>
#include <sqlite3.h>
#include <string.h>
#include <sys/time.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <unistd.h>

#include "dossier-core.h"
#include "dossier-index.h"
#include "test-util.h"

/* Crash safety of the index cache, as test-notes-crash does for notes:
 * `dossier-cli index` (the real writer: reading, extraction, the write
 * transaction, linking and the links' transaction) runs on a folder of a
 * few hundred generated articles and is killed with SIGKILL at a random
 * moment, hundreds of times; between runs, some trials add, change and
 * delete files. After every kill the cache must pass PRAGMA
 * integrity_check and FTS5's integrity-check, hold no half-written file,
 * and open again, either as it is or rebuilt with a message. After a last
 * complete run it must hold what a clean build of the same folder holds:
 * the same articles, the same mentions with the same entities, the same
 * entities over the same files, the same full-text answers.
 *
 * By default the kills stop after DEFAULT_SECONDS, or MIN_TRIALS if that
 * takes longer (the test suite runs it under ASan too);
 * DOSSIER_CRASH_TRIALS=N runs exactly N trials, however long they take. */

#define N_ARTICLES 240
#define DEFAULT_TRIALS 400
#define DEFAULT_SECONDS 18
/* However slow the machine (ASan, other builds beside): at least these. */
#define MIN_TRIALS 25

static const char *people[] = { "Xi Jinping", "Alexander Lukashenko", "Emmanuel Macron", "Olaf Scholz",
                                "Jacinda Ardern", "Joe Biden", "Vladimir Putin", "Rishi Sunak" };
static const char *places[] = { "Beijing", "Minsk", "Paris", "Berlin", "Wellington", "Washington", "Moscow", "London" };
static const char *orgs[] = { "United Nations", "European Union", "World Bank", "Red Cross" };

typedef struct
{
  char *dir;
  char *real;         /* the folder's real path, as the cache names it */
  char *cache_home;   /* XDG_CACHE_HOME of the killed writer */
  char *clean_home;   /* XDG_CACHE_HOME of each clean build */
  char *cli;
  GHashTable *present;  /* article number → version */
  guint next_number;
  guint clock;          /* mtimes are set from it: every change is seen */
  GRand *rand;
  /* What a run that ended stored, for files unchanged since: rel → mtime.
   * No later kill may lose it. */
  GHashTable *committed;
} Folder;

static char *
article_rel (guint number)
{
  return g_strdup_printf ("d%u/article-%04u.txt", number % 10, number);
}

static void
write_article (Folder *f,
               guint   number,
               guint   version)
{
  g_autofree char *rel = article_rel (number);
  g_autofree char *path = g_build_filename (f->dir, rel, NULL);
  g_autoptr(GString) s = g_string_new (NULL);
  const char *p1 = people[(number + version) % 8], *p2 = people[(number * 3 + 1) % 8];
  const char *place = places[(number * 5 + version) % 8], *org = orgs[number % 4];
  g_autofree char *upper = g_ascii_strup (place, -1);
  struct timeval times[2];

  g_string_append_printf (s, "Talks in %s as %s meets %s\n\nBy Staff Reporter\n\n", place, p1, p2);
  g_string_append_printf (s, "%s (Reuters) — %s met %s in %s on Tuesday, officials said, in talks about trade "
                          "and security. Marker kw%04u version%u.\n\n", upper, p1, p2, place, number, version);
  /* Sizes vary, so that pages split unevenly. */
  for (guint j = 0; j < 2 + (number * 7 + version) % 9; j++)
    g_string_append_printf (s, "The %s said the meeting in %s was useful and that %s would travel on to %s "
                            "next week. ", org, place, p2, places[(number + j) % 8]);
  g_string_append (s, "\n\nAnalysts said the visit showed how much the two leaders wanted to be seen together.\n");
  test_write_file (f->dir, rel, s->str);
  /* A whole second per change: the cache compares size and mtime. */
  times[0].tv_sec = times[1].tv_sec = 1700000000 + f->clock++;
  times[0].tv_usec = times[1].tv_usec = 0;
  g_assert_cmpint (utimes (path, times), ==, 0);
  g_hash_table_insert (f->present, GUINT_TO_POINTER (number), GUINT_TO_POINTER (version));
  g_hash_table_remove (f->committed, rel);
}

/* Adds, changes and deletes a few files, as someone working in the folder
 * between two opens. Returns how many files changed. */
static guint
mutate (Folder *f)
{
  g_autoptr(GList) keys = g_hash_table_get_keys (f->present);
  guint n_keys = g_list_length (keys);
  guint n_ops = g_rand_int_range (f->rand, 1, 40);

  for (guint i = 0; i < n_ops; i++)
    {
      guint op = g_rand_int_range (f->rand, 0, 10);
      guint number = GPOINTER_TO_UINT (g_list_nth_data (keys, g_rand_int_range (f->rand, 0, n_keys)));

      if (op < 2)
        write_article (f, f->next_number++, 1);
      else if (op < 8 && g_hash_table_contains (f->present, GUINT_TO_POINTER (number)))
        write_article (f, number, GPOINTER_TO_UINT (g_hash_table_lookup (f->present, GUINT_TO_POINTER (number))) + 1);
      else if (g_hash_table_size (f->present) > N_ARTICLES / 2 &&
               g_hash_table_remove (f->present, GUINT_TO_POINTER (number)))
        {
          g_autofree char *rel = article_rel (number);
          g_autofree char *path = g_build_filename (f->dir, rel, NULL);

          g_assert_cmpint (g_unlink (path), ==, 0);
          g_hash_table_remove (f->committed, rel);
        }
    }
  return n_ops;
}

static GPid
spawn_writer (Folder     *f,
              const char *cache_home,
              int        *err_fd)
{
  const char *argv[] = { f->cli, "index", "-q", f->dir, NULL };
  g_auto(GStrv) env = g_environ_setenv (g_get_environ (), "XDG_CACHE_HOME", cache_home, TRUE);
  g_autoptr(GError) error = NULL;
  GPid pid;

  g_assert_true (g_spawn_async_with_pipes (NULL, (char **) argv, env,
                                           G_SPAWN_DO_NOT_REAP_CHILD | G_SPAWN_STDOUT_TO_DEV_NULL,
                                           NULL, NULL, &pid, NULL, NULL, err_fd, &error));
  g_assert_no_error (error);
  return pid;
}

static char *
read_all (int fd)
{
  g_autoptr(GString) buf = g_string_new (NULL);
  char chunk[4096];
  gssize r;

  while ((r = read (fd, chunk, sizeof chunk)) != 0)
    {
      if (r < 0 && errno == EINTR)
        continue;
      g_assert_cmpint (r, >, 0);
      g_string_append_len (buf, chunk, r);
    }
  close (fd);
  return g_string_free (g_steal_pointer (&buf), FALSE);
}

/* Runs the writer to the end; returns how long it took, in µs. */
static gint64
run_writer (Folder     *f,
            const char *cache_home)
{
  gint64 start = g_get_monotonic_time ();
  int err_fd, status;
  GPid pid = spawn_writer (f, cache_home, &err_fd);
  g_autofree char *err = read_all (err_fd);

  g_assert_cmpint (waitpid (pid, &status, 0), ==, pid);
  g_spawn_close_pid (pid);
  if (*err)
    g_test_message ("writer said: %s", err);
  g_assert_true (WIFEXITED (status));
  g_assert_cmpint (WEXITSTATUS (status), ==, 0);
  return g_get_monotonic_time () - start;
}

static char *
cache_file (Folder     *f,
            const char *cache_home)
{
  g_autofree char *name = NULL;
  g_autofree char *path = dossier_index_path_for_folder (f->real);

  /* dossier_index_path_for_folder() names it under this process's cache
   * folder: keep the name, change the folder. */
  name = g_path_get_basename (path);
  return g_build_filename (cache_home, "dossier", name, NULL);
}

static gint64
query_int (sqlite3    *db,
           const char *sql)
{
  sqlite3_stmt *stmt = NULL;
  gint64 v;

  g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  v = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  return v;
}

typedef struct
{
  guint kills;
  guint finished;       /* the writer ended before the kill */
  guint no_file;        /* killed before the cache file existed */
  guint used;           /* the next open used the cache */
  guint rebuilt;        /* … or rebuilt it, with a message */
  guint failures;
  guint changes;
  guint max_rows;
  guint lost;           /* stored by a run that ended, gone after a kill */
  guint checked;        /* such entries checked, over all trials */
} Stats;

/* What a kill may leave: a sound file, no half-written article, and a
 * cache that the next open takes as it is or rebuilds with a message. */
static void
verify (Folder   *f,
        gboolean  finished,
        Stats    *stats)
{
  g_autofree char *file = cache_file (f, f->cache_home);
  g_autoptr(GError) error = NULL;
  g_autoptr(DossierIndex) index = NULL;
  g_autoptr(GHashTable) files = NULL, articles = NULL;
  g_autoptr(GFile) folder = g_file_new_for_path (f->dir);
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;

  if (!g_file_test (file, G_FILE_TEST_EXISTS))
    {
      stats->no_file++;
      return;
    }

  /* Read-write, as the next writer opens it: that replays the WAL. */
  g_assert_cmpint (sqlite3_open_v2 (file, &db, SQLITE_OPEN_READWRITE, NULL), ==, SQLITE_OK);
  sqlite3_busy_timeout (db, 5000);
  g_assert_cmpint (sqlite3_prepare_v2 (db, "PRAGMA integrity_check", -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  if (g_strcmp0 ((const char *) sqlite3_column_text (stmt, 0), "ok") != 0)
    {
      g_test_message ("integrity_check: %s", sqlite3_column_text (stmt, 0));
      stats->failures++;
    }
  sqlite3_finalize (stmt);
  if (query_int (db, "SELECT count(*) FROM sqlite_schema WHERE name = 'fts'") > 0)
    {
      if (sqlite3_exec (db, "INSERT INTO fts (fts) VALUES ('integrity-check')", NULL, NULL, NULL) != SQLITE_OK)
        {
          g_test_message ("FTS5 integrity-check: %s", sqlite3_errmsg (db));
          stats->failures++;
        }
      /* Every write of a file is whole: a file row without its article,
       * text or FTS row (or the other way round) is a torn write. */
      if (query_int (db, "SELECT count(*) FROM files f WHERE f.error IS NULL AND"
                         " (NOT EXISTS (SELECT 1 FROM articles a WHERE a.id = f.id) OR"
                         "  NOT EXISTS (SELECT 1 FROM texts t WHERE t.id = f.id))") != 0 ||
          query_int (db, "SELECT count(*) FROM articles a WHERE NOT EXISTS (SELECT 1 FROM files f WHERE f.id = a.id)") != 0 ||
          query_int (db, "SELECT count(*) FROM texts") != query_int (db, "SELECT count(*) FROM articles") ||
          query_int (db, "SELECT count(*) FROM mentions m WHERE NOT EXISTS (SELECT 1 FROM articles a WHERE a.id = m.id)") != 0)
        {
          g_test_message ("a file's rows are not whole");
          stats->failures++;
        }
      stats->max_rows = MAX (stats->max_rows, query_int (db, "SELECT count(*) FROM files"));

      /* No entry committed by a run that ended is lost by a later kill. */
      {
        GHashTableIter iter;
        gpointer rel, mtime;

        g_assert_cmpint (sqlite3_prepare_v2 (db, "SELECT mtime FROM files WHERE path = ?1 AND error IS NULL",
                                             -1, &stmt, NULL), ==, SQLITE_OK);
        g_hash_table_iter_init (&iter, f->committed);
        while (g_hash_table_iter_next (&iter, &rel, &mtime))
          {
            sqlite3_bind_text (stmt, 1, rel, -1, SQLITE_STATIC);
            if (sqlite3_step (stmt) != SQLITE_ROW || sqlite3_column_int64 (stmt, 0) != *(gint64 *) mtime)
              {
                g_test_message ("lost: %s", (char *) rel);
                stats->lost++;
              }
            stats->checked++;
            sqlite3_reset (stmt);
          }
        sqlite3_finalize (stmt);
        stmt = NULL;
        if (finished)
          {
            g_hash_table_remove_all (f->committed);
            g_assert_cmpint (sqlite3_prepare_v2 (db, "SELECT path, mtime FROM files WHERE error IS NULL",
                                                 -1, &stmt, NULL), ==, SQLITE_OK);
            while (sqlite3_step (stmt) == SQLITE_ROW)
              g_hash_table_insert (f->committed, g_strdup ((const char *) sqlite3_column_text (stmt, 0)),
                                   g_memdup2 (&(gint64) { sqlite3_column_int64 (stmt, 1) }, sizeof (gint64)));
            sqlite3_finalize (stmt);
            stmt = NULL;
          }
      }
    }
  sqlite3_close (db);

  /* The next open, as the app does it. */
  index = dossier_index_open_file (file, f->real, "entities", &error);
  g_assert_no_error (error);
  g_assert_nonnull (index);
  if (dossier_index_get_rebuild_reason (index))
    {
      g_test_message ("rebuilt: %s", dossier_index_get_rebuild_reason (index));
      stats->rebuilt++;
    }
  else
    stats->used++;
  g_assert_true (dossier_index_load (index, folder, &files, &articles, &error));
  g_assert_no_error (error);
}

typedef struct
{
  GPtrArray *articles;   /* one line per file */
  GPtrArray *mentions;   /* one line per file: every mention and its entity */
  GPtrArray *entities;   /* one line per entity: name, label, counts, files */
  GPtrArray *answers;    /* one line per query: the files and snippets */
} Content;

static void
content_clear (Content *c)
{
  g_clear_pointer (&c->articles, g_ptr_array_unref);
  g_clear_pointer (&c->mentions, g_ptr_array_unref);
  g_clear_pointer (&c->entities, g_ptr_array_unref);
  g_clear_pointer (&c->answers, g_ptr_array_unref);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Content, content_clear)

static int
compare_strings (gconstpointer a,
                 gconstpointer b)
{
  return strcmp (*(const char **) a, *(const char **) b);
}

static GPtrArray *
rows (sqlite3    *db,
      const char *sql,
      GHashTable *path_of,
      GHashTable *entity_name)
{
  GPtrArray *out = g_ptr_array_new_with_free_func (g_free);
  sqlite3_stmt *stmt = NULL;

  g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      g_autoptr(GString) line = g_string_new (NULL);

      for (int i = 0; i < sqlite3_column_count (stmt); i++)
        {
          const char *name = sqlite3_column_name (stmt, i);

          if (i)
            g_string_append_c (line, '|');
          if (g_str_equal (name, "spans"))
            {
              /* Mentions: the entity by name, not by id (ids are handed
               * out in whatever order the files were read). */
              const DossierMention *m = sqlite3_column_blob (stmt, i);
              guint n = sqlite3_column_bytes (stmt, i) / sizeof (DossierMention);

              g_string_append_printf (line, "%u:", n);
              for (guint j = 0; j < n; j++)
                g_string_append_printf (line, " %u-%u/%u/%s", m[j].start, m[j].end, m[j].label,
                                        m[j].entity == DOSSIER_NO_ENTITY ? "-"
                                        : (char *) g_hash_table_lookup (entity_name, GUINT_TO_POINTER (m[j].entity)));
            }
          else if (g_str_equal (name, "articles"))
            {
              /* An entity's articles: their paths, sorted. */
              const guint32 *ids = sqlite3_column_blob (stmt, i);
              guint n = sqlite3_column_bytes (stmt, i) / sizeof (guint32);
              g_autoptr(GPtrArray) paths = g_ptr_array_new ();

              for (guint j = 0; j < n; j++)
                g_ptr_array_add (paths, g_hash_table_lookup (path_of, GUINT_TO_POINTER (ids[j])));
              g_ptr_array_sort (paths, compare_strings);
              for (guint j = 0; j < paths->len; j++)
                g_string_append_printf (line, "%s ", (char *) g_ptr_array_index (paths, j));
            }
          else
            g_string_append (line, sqlite3_column_type (stmt, i) == SQLITE_NULL
                                   ? "NULL" : (const char *) sqlite3_column_text (stmt, i));
        }
      g_ptr_array_add (out, g_string_free (g_steal_pointer (&line), FALSE));
    }
  sqlite3_finalize (stmt);
  g_ptr_array_sort (out, compare_strings);
  return out;
}

static void
read_content (const char *file,
              Content    *c)
{
  static const char *queries[] = {
    "kw0007", "\"Xi Jinping\"", "lukashenko AND minsk", "version2 OR version3", "berl*",
    "\"talks about trade\" NOT paris", "title:beijing", "analysts",
  };
  g_autoptr(GHashTable) path_of = g_hash_table_new_full (NULL, NULL, NULL, g_free);
  g_autoptr(GHashTable) entity_name = g_hash_table_new_full (NULL, NULL, NULL, g_free);
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;

  g_assert_cmpint (sqlite3_open_v2 (file, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, "SELECT id, path FROM files", -1, &stmt, NULL), ==, SQLITE_OK);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    g_hash_table_insert (path_of, GUINT_TO_POINTER (sqlite3_column_int64 (stmt, 0)),
                         g_strdup ((const char *) sqlite3_column_text (stmt, 1)));
  sqlite3_finalize (stmt);
  g_assert_cmpint (sqlite3_prepare_v2 (db, "SELECT id, name, label FROM entities", -1, &stmt, NULL), ==, SQLITE_OK);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    g_hash_table_insert (entity_name, GUINT_TO_POINTER (sqlite3_column_int64 (stmt, 0)),
                         g_strdup_printf ("%s#%d", sqlite3_column_text (stmt, 1), sqlite3_column_int (stmt, 2)));
  sqlite3_finalize (stmt);

  c->articles = rows (db, "SELECT f.path, f.size, f.mtime, f.hash, f.error, a.title, a.outlet, a.url, a.date,"
                          " a.page_date, a.byline, a.place, a.warning, a.snippet, a.words, a.flags, t.title, t.body"
                          " FROM files f LEFT JOIN articles a ON a.id = f.id LEFT JOIN texts t ON t.id = f.id",
                      path_of, entity_name);
  c->mentions = rows (db, "SELECT f.path, m.spans, m.surfaces FROM files f JOIN mentions m ON m.id = f.id",
                      path_of, entity_name);
  c->entities = rows (db, "SELECT name, label, n_mentions, aliases, articles FROM entities", path_of, entity_name);
  c->answers = g_ptr_array_new_with_free_func (g_free);
  for (guint q = 0; q < G_N_ELEMENTS (queries); q++)
    {
      g_autofree char *sql = g_strdup_printf (
        "SELECT '%s', f.path, snippet(fts, -1, '[', ']', '…', 12) FROM fts JOIN files f ON f.id = fts.rowid"
        " WHERE fts MATCH '%s'", queries[q], queries[q]);
      g_autoptr(GPtrArray) found = rows (db, sql, path_of, entity_name);

      g_ptr_array_extend_and_steal (c->answers, g_steal_pointer (&found));
    }
  sqlite3_close (db);
}

static void
assert_same_lines (GPtrArray  *got,
                   GPtrArray  *want,
                   const char *what)
{
  for (guint i = 0; i < MIN (got->len, want->len); i++)
    if (!g_str_equal (g_ptr_array_index (got, i), g_ptr_array_index (want, i)))
      {
        g_test_message ("%s differ:\n  after the kills: %s\n  clean build:     %s", what,
                        (char *) g_ptr_array_index (got, i), (char *) g_ptr_array_index (want, i));
        g_assert_not_reached ();
      }
  g_assert_cmpuint (got->len, ==, want->len);
}

/* The cache after the kills and a last complete run holds what a clean
 * build of the same folder holds. */
static void
compare_with_clean_build (Folder *f)
{
  g_autofree char *file = cache_file (f, f->cache_home);
  g_autofree char *clean = NULL;
  g_auto(Content) got = { 0 }, want = { 0 };

  test_remove_tree (f->clean_home);
  run_writer (f, f->clean_home);
  clean = cache_file (f, f->clean_home);
  read_content (file, &got);
  read_content (clean, &want);
  g_assert_cmpuint (want.articles->len, ==, g_hash_table_size (f->present));
  assert_same_lines (got.articles, want.articles, "articles");
  assert_same_lines (got.mentions, want.mentions, "mentions");
  assert_same_lines (got.entities, want.entities, "entities");
  assert_same_lines (got.answers, want.answers, "full-text answers");
  g_test_message ("same as a clean build: %u articles, %u with mentions, %u entities, %u query answers",
                  want.articles->len, want.mentions->len, want.entities->len, want.answers->len);
}

static void
test_kill (void)
{
  Folder f = { 0 };
  Stats stats = { 0 };
  const char *env = g_getenv ("DOSSIER_CRASH_TRIALS");
  guint trials = env ? (guint) atoi (env) : DEFAULT_TRIALS;
  gint64 budget = env ? G_MAXINT64 : DEFAULT_SECONDS * G_USEC_PER_SEC;
  gint64 start, cold, window;
  guint t;

  if (g_getenv ("DOSSIER_CLI") == NULL)
    {
      g_test_skip ("DOSSIER_CLI is not set");
      return;
    }
  f.dir = test_make_tmp_dir ("dossier-index-crash-XXXXXX");
  f.real = realpath (f.dir, NULL);
  f.cache_home = g_build_filename (g_get_user_cache_dir (), "killed", NULL);
  f.clean_home = g_build_filename (g_get_user_cache_dir (), "clean", NULL);
  f.cli = g_strdup (g_getenv ("DOSSIER_CLI"));
  f.present = g_hash_table_new (NULL, NULL);
  f.committed = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  f.rand = g_rand_new_with_seed (g_test_rand_int ());
  for (f.next_number = 0; f.next_number < N_ARTICLES; f.next_number++)
    write_article (&f, f.next_number, 1);

  /* How long a cold build takes here (ASan, a loaded machine). Kills fall
   * anywhere from start-up to the end of a window that follows how long
   * the runs take (an update of a few files is shorter than a cold build):
   * it shrinks when a run ended before its kill and grows when it did not,
   * so that about one run in five ends. */
  cold = run_writer (&f, f.clean_home);
  window = cold;
  g_test_message ("cold build of %u articles: %.2f s", N_ARTICLES, cold / 1e6);

  start = g_get_monotonic_time ();
  for (t = 0; t < trials && (t < MIN_TRIALS || g_get_monotonic_time () - start < budget); t++)
    {
      int err_fd, status;
      gboolean finished;
      GPid pid;
      g_autofree char *err = NULL;

      /* One trial in three changes the folder first. */
      if (t % 3 == 2)
        stats.changes += mutate (&f);
      pid = spawn_writer (&f, f.cache_home, &err_fd);
      g_usleep (g_rand_int_range (f.rand, 0, (gint32) window));
      kill (pid, SIGKILL);
      g_assert_cmpint (waitpid (pid, &status, 0), ==, pid);
      g_spawn_close_pid (pid);
      err = read_all (err_fd);
      finished = WIFEXITED (status);
      if (finished)
        {
          /* Done before the kill: then it must have done well. */
          if (WEXITSTATUS (status) != 0)
            g_test_message ("writer failed: %s", err);
          g_assert_cmpint (WEXITSTATUS (status), ==, 0);
          stats.finished++;
          window = MAX (window * 4 / 5, 20000);
        }
      else
        {
          g_assert_true (WIFSIGNALED (status) && WTERMSIG (status) == SIGKILL);
          stats.kills++;
          window = MIN (window * 21 / 20, 2 * cold);
        }
      /* A message from the previous kill's damage, had there been one. */
      if (strstr (err, "rebuilding it"))
        g_test_message ("writer: %s", err);
      verify (&f, finished, &stats);
      g_assert_cmpuint (stats.failures, ==, 0);
      g_assert_cmpuint (stats.lost, ==, 0);
    }

  g_test_message ("%u trials in %.1f s: %u SIGKILLs (%u before the cache file existed), %u runs ended first; "
                  "%u file changes between runs; next open used the cache %u times, rebuilt it %u times; "
                  "%u failures; up to %u files in the cache; %u entries committed by a run that ended "
                  "checked after later kills, %u lost",
                  t, (g_get_monotonic_time () - start) / 1e6, stats.kills, stats.no_file, stats.finished,
                  stats.changes, stats.used, stats.rebuilt, stats.failures, stats.max_rows,
                  stats.checked, stats.lost);
  g_assert_cmpuint (t, >=, MIN (trials, MIN_TRIALS));
  g_assert_cmpuint (stats.failures, ==, 0);

  /* A last complete run, then the comparison. */
  run_writer (&f, f.cache_home);
  compare_with_clean_build (&f);

  test_remove_tree (f.dir);
  g_free (f.dir);
  free (f.real);
  g_free (f.cache_home);
  g_free (f.clean_home);
  g_free (f.cli);
  g_hash_table_unref (f.present);
  g_hash_table_unref (f.committed);
  g_rand_free (f.rand);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/index/crash/sigkill", test_kill);

  return g_test_run ();
}
