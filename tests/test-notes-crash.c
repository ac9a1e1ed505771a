/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <errno.h>
#include <glib/gstdio.h>
#include <signal.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <unistd.h>

#include "dossier-core.h"
#include "test-util.h"

/* Crash safety of the notes store: tests/notes-writer adds notes in a
 * loop and prints each id once its transaction committed; it is killed with
 * SIGKILL at random moments, or runs into a file size limit (a full disk).
 * Every id it printed must be in the database afterwards, and the database
 * must pass PRAGMA integrity_check.
 *
 * DOSSIER_CRASH_TRIALS sets the number of kills (default 120). */

static char *
writer_path (void)
{
  const char *dir = g_getenv ("G_TEST_BUILDDIR");
  return g_build_filename (dir ? dir : ".", "notes-writer", NULL);
}

/* Reads everything the writer printed; only whole lines count (a line cut
 * by the kill was not printed). */
static void
read_ids (int         fd,
          GHashTable *printed,
          guint      *n_new)
{
  g_autoptr(GString) buf = g_string_new (NULL);
  char chunk[4096];
  gssize r;
  char *line, *nl;

  while ((r = read (fd, chunk, sizeof chunk)) != 0)
    {
      if (r < 0 && errno == EINTR)
        continue;
      g_assert_cmpint (r, >, 0);
      g_string_append_len (buf, chunk, r);
    }
  for (line = buf->str; (nl = strchr (line, '\n')) != NULL; line = nl + 1)
    {
      *nl = '\0';
      g_assert_true (g_uuid_string_is_valid (line));
      if (g_hash_table_add (printed, g_strdup (line)))
        (*n_new)++;
    }
}

/* Every printed id is stored, and the database is sound. */
static guint
verify (const char *db,
        GHashTable *printed)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DossierNotes) notes = dossier_notes_new (db, &error);
  g_autoptr(GPtrArray) list = NULL;
  g_autoptr(GHashTable) stored = g_hash_table_new (g_str_hash, g_str_equal);
  GHashTableIter iter;
  gpointer id;
  guint lost = 0;

  g_assert_no_error (error);
  g_assert_true (dossier_notes_check (notes, &error));
  g_assert_no_error (error);
  list = dossier_notes_list (notes, NULL, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < list->len; i++)
    {
      DossierNote *note = g_ptr_array_index (list, i);

      g_hash_table_add (stored, (gpointer) dossier_note_get_id (note));
      /* A committed note is whole: its tags came with it. */
      g_assert_cmpuint (g_strv_length ((GStrv) dossier_note_get_tags (note)), ==, 2);
    }
  g_hash_table_iter_init (&iter, printed);
  while (g_hash_table_iter_next (&iter, &id, NULL))
    if (!g_hash_table_contains (stored, id))
      {
        g_test_message ("lost note %s", (char *) id);
        lost++;
      }
  return lost;
}

static void
test_kill (void)
{
  g_autofree char *dir = test_make_tmp_dir ("dossier-crash-XXXXXX");
  g_autofree char *db = g_build_filename (dir, "notes.db", NULL);
  g_autofree char *writer = writer_path ();
  g_autoptr(GHashTable) printed = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  const char *env = g_getenv ("DOSSIER_CRASH_TRIALS");
  guint trials = env ? atoi (env) : 120;
  guint lost = 0, n_printed = 0, empty = 0;
  gint32 window = 150000;
  gint64 start = g_get_monotonic_time ();
  GRand *rand = g_rand_new ();

  for (guint t = 0; t < trials; t++)
    {
      char *argv[] = { writer, db, NULL };
      g_autoptr(GError) error = NULL;
      GPid pid;
      int out_fd, status;
      guint before = n_printed;

      g_assert_true (g_spawn_async_with_pipes (NULL, argv, NULL, G_SPAWN_DO_NOT_REAP_CHILD, NULL, NULL,
                                               &pid, NULL, &out_fd, NULL, &error));
      g_assert_no_error (error);
      /* Anywhere from start-up (about 70 ms) to a dozen commits in (each
       * an fsync, a few ms). Under ASan on a loaded machine start-up alone
       * can take longer: a trial that ended before the first commit widens
       * the window and one that committed narrows it back (never under
       * 150 ms), so that most trials still kill during the writes. */
      g_usleep (g_rand_int_range (rand, 0, window));
      g_assert_cmpint (kill (pid, SIGKILL), ==, 0);
      g_assert_cmpint (waitpid (pid, &status, 0), ==, pid);
      g_spawn_close_pid (pid);
      read_ids (out_fd, printed, &n_printed);
      close (out_fd);
      empty += n_printed == before;
      if (n_printed == before)
        window = MIN (window * 5 / 4, 2000000);
      else
        window = MAX (window * 9 / 10, 150000);
      lost += verify (db, printed);
      g_assert_cmpuint (lost, ==, 0);
    }

  g_test_message ("%u SIGKILL trials in %.1f s: %u notes committed and printed, %u lost; %u kills before the first commit "
                  "(last window %d ms)",
                  trials, (g_get_monotonic_time () - start) / 1e6, n_printed, lost, empty, window / 1000);
  g_assert_cmpuint (lost, ==, 0);
  g_assert_cmpuint (n_printed, >, trials);
  g_rand_free (rand);
  test_remove_tree (dir);
}

static void
limit_file_size (gpointer data)
{
  struct rlimit rl = { GPOINTER_TO_UINT (data), GPOINTER_TO_UINT (data) };

  /* The write fails with EFBIG instead of the process dying. */
  signal (SIGXFSZ, SIG_IGN);
  setrlimit (RLIMIT_FSIZE, &rl);
}

static void
test_full_disk (void)
{
  g_autofree char *dir = test_make_tmp_dir ("dossier-crash-XXXXXX");
  g_autofree char *db = g_build_filename (dir, "notes.db", NULL);
  g_autofree char *writer = writer_path ();
  g_autoptr(GHashTable) printed = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autofree char *err = NULL;
  char *argv[] = { writer, db, (char *) "100000", NULL };
  g_autoptr(GError) error = NULL;
  GPid pid;
  int out_fd, err_fd, status;
  guint n_printed = 0;

  /* Start with a database that holds notes already, then let the "disk"
   * fill up: 1 MiB per file. */
  {
    char *fill[] = { writer, db, (char *) "20", NULL };
    int st = 0;
    g_assert_true (g_spawn_sync (NULL, fill, NULL, G_SPAWN_STDOUT_TO_DEV_NULL, NULL, NULL, NULL, NULL, &st, &error));
    g_assert_no_error (error);
    g_assert_true (g_spawn_check_wait_status (st, NULL));
  }

  g_assert_true (g_spawn_async_with_pipes (NULL, argv, NULL, G_SPAWN_DO_NOT_REAP_CHILD,
                                           limit_file_size, GUINT_TO_POINTER (1024 * 1024),
                                           &pid, NULL, &out_fd, &err_fd, &error));
  g_assert_no_error (error);
  read_ids (out_fd, printed, &n_printed);
  g_assert_cmpint (waitpid (pid, &status, 0), ==, pid);
  g_spawn_close_pid (pid);
  {
    g_autoptr(GIOChannel) ch = g_io_channel_unix_new (err_fd);
    g_io_channel_read_to_end (ch, &err, NULL, NULL);
  }
  close (out_fd);
  close (err_fd);

  g_test_message ("writer stopped after %u notes: %s", n_printed, err);
  g_assert_true (WIFEXITED (status));
  g_assert_cmpint (WEXITSTATUS (status), ==, 1);
  g_assert_nonnull (strstr (err, "Could not save"));
  g_assert_nonnull (strstr (err, "nothing of this change was saved"));
  g_assert_cmpuint (n_printed, >, 0);
  g_assert_cmpuint (verify (db, printed), ==, 0);
  test_remove_tree (dir);
}

static void
test_concurrent (void)
{
  g_autofree char *dir = test_make_tmp_dir ("dossier-crash-XXXXXX");
  g_autofree char *db = g_build_filename (dir, "notes.db", NULL);
  g_autofree char *writer = writer_path ();
  g_autoptr(GHashTable) printed = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  char *argv[] = { writer, db, (char *) "40", NULL };
  GPid pids[3];
  int fds[3];
  guint n_printed = 0;

  /* Three processes create the database and write to it at once (the app
   * and two scripts): the busy timeout serialises them, nothing fails. */
  for (guint i = 0; i < G_N_ELEMENTS (pids); i++)
    {
      g_autoptr(GError) error = NULL;

      g_assert_true (g_spawn_async_with_pipes (NULL, argv, NULL, G_SPAWN_DO_NOT_REAP_CHILD, NULL, NULL,
                                               &pids[i], NULL, &fds[i], NULL, &error));
      g_assert_no_error (error);
    }
  for (guint i = 0; i < G_N_ELEMENTS (pids); i++)
    {
      int status;

      read_ids (fds[i], printed, &n_printed);
      close (fds[i]);
      g_assert_cmpint (waitpid (pids[i], &status, 0), ==, pids[i]);
      g_spawn_close_pid (pids[i]);
      g_assert_true (WIFEXITED (status));
      g_assert_cmpint (WEXITSTATUS (status), ==, 0);
    }
  g_assert_cmpuint (n_printed, ==, 3 * 40);
  g_assert_cmpuint (verify (db, printed), ==, 0);
  test_remove_tree (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/notes/crash/sigkill", test_kill);
  g_test_add_func ("/notes/crash/full-disk", test_full_disk);
  g_test_add_func ("/notes/crash/concurrent", test_concurrent);

  return g_test_run ();
}
