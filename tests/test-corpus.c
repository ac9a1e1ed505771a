/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gstdio.h>
#include <string.h>
#include <unistd.h>

#include "dossier-core.h"
#include "test-util.h"

static const char *story =
  "A headline for the test\n\nThis is the body of a short test article, long enough to be read as prose by the parser.\n";

static char *
make_folder (void)
{
  char *dir = test_make_tmp_dir ("dossier-corpus-XXXXXX");

  g_chmod (dir, 0755);
  return dir;
}

static DossierCorpus *
load (const char  *dir,
      GError     **error)
{
  g_autoptr(GFile) folder = g_file_new_for_path (dir);
  DossierCorpus *corpus = dossier_corpus_new (folder);

  dossier_corpus_load_sync (corpus, NULL, error);
  return corpus;
}

static const char *
find_error (DossierCorpus *corpus,
            const char    *path)
{
  GPtrArray *errors = dossier_corpus_get_errors (corpus);

  for (guint i = 0; i < errors->len; i++)
    {
      DossierLoadError *e = g_ptr_array_index (errors, i);
      if (g_str_equal (e->path, path))
        return e->message;
    }
  return NULL;
}

static void
test_nested_and_order (void)
{
  g_autofree char *dir = make_folder ();
  g_autoptr(GError) error = NULL;
  g_autoptr(DossierCorpus) corpus = NULL;
  const char *dated_old = "Old news\n\nPublished 1 May 2001\n\nThis happened a long time ago, as the test article says in a sentence.\n";
  const char *dated_new = "New news\n\nPublished 3 June 2024\n\nThis happened only recently, as the test article says in a sentence.\n";

  test_write_file_len (dir, "a/b/c/deep.txt", story, -1);
  test_write_file_len (dir, "old.txt", dated_old, -1);
  test_write_file_len (dir, "x/new.md", dated_new, -1);
  test_write_file_len (dir, "image.png", "\x89PNG", 4);
  test_write_file_len (dir, "notes.docx", "PK", 2);
  test_write_file_len (dir, ".hidden/secret.txt", story, -1);

  corpus = load (dir, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (corpus)), ==, 3);
  g_assert_cmpuint (dossier_corpus_get_n_skipped (corpus), ==, 2);
  g_assert_cmpuint (dossier_corpus_get_errors (corpus)->len, ==, 0);
  /* Newest first, undated last. */
  g_assert_cmpstr (dossier_article_get_path (dossier_corpus_get_article (corpus, 0)), ==, "x/new.md");
  g_assert_cmpstr (dossier_article_get_path (dossier_corpus_get_article (corpus, 1)), ==, "old.txt");
  g_assert_cmpstr (dossier_article_get_path (dossier_corpus_get_article (corpus, 2)), ==, "a/b/c/deep.txt");
  g_assert_nonnull (dossier_corpus_find_article (corpus, "a/b/c/deep.txt"));
  g_assert_cmpuint (dossier_corpus_get_n_done (corpus), ==, 3);
  g_assert_cmpuint (dossier_corpus_get_n_files (corpus), ==, 3);
  test_remove_tree_writable (dir);
}

static void
test_bad_files (void)
{
  g_autofree char *dir = make_folder ();
  g_autoptr(GError) error = NULL;
  g_autoptr(DossierCorpus) corpus = NULL;
  g_autofree char *big = g_build_filename (dir, "huge.txt", NULL);
  int fd;

  test_write_file_len (dir, "good.txt", story, -1);
  test_write_file_len (dir, "empty.txt", "", 0);
  test_write_file_len (dir, "binary.txt", "\x7f" "ELF\0\0\0\0\1\2\3", 12);
  test_write_file_len (dir, "latin1.txt", "Caf\xE9 news\n\nThe caf\xE9 opened on Monday in the old town, the owner said in a statement.\n", -1);

  /* A sparse 100 MB file: refused by size, never read. */
  fd = g_open (big, O_WRONLY | O_CREAT | O_TRUNC, 0644);
  g_assert_cmpint (fd, >=, 0);
  g_assert_cmpint (ftruncate (fd, 100 * 1024 * 1024), ==, 0);
  close (fd);

  corpus = load (dir, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (corpus)), ==, 2);
  g_assert_nonnull (find_error (corpus, "empty.txt"));
  g_assert_nonnull (strstr (find_error (corpus, "binary.txt"), "binary"));
  g_assert_nonnull (strstr (find_error (corpus, "huge.txt"), "too large"));
  g_assert_true (dossier_article_get_flags (dossier_corpus_find_article (corpus, "latin1.txt")) & DOSSIER_ARTICLE_FLAG_LEGACY);
  test_remove_tree_writable (dir);
}

static void
test_links (void)
{
  g_autofree char *dir = make_folder ();
  g_autofree char *outside = make_folder ();
  g_autoptr(GError) error = NULL;
  g_autoptr(DossierCorpus) corpus = NULL;
  g_autofree char *loop = g_build_filename (dir, "sub/loop", NULL);
  g_autofree char *out_link = g_build_filename (dir, "elsewhere", NULL);
  g_autofree char *root_link = g_build_filename (dir, "root", NULL);
  g_autofree char *in_link = g_build_filename (dir, "alias.txt", NULL);
  g_autofree char *dangling = g_build_filename (dir, "dangling.txt", NULL);
  g_autofree char *sub = g_build_filename (dir, "sub", NULL);

  test_write_file_len (dir, "sub/inside.txt", story, -1);
  test_write_file_len (outside, "private.txt", story, -1);
  g_assert_cmpint (symlink (sub, loop), ==, 0);                 /* a loop */
  g_assert_cmpint (symlink (outside, out_link), ==, 0);         /* out of the folder */
  g_assert_cmpint (symlink ("/", root_link), ==, 0);            /* never walk / */
  g_assert_cmpint (symlink ("sub/inside.txt", in_link), ==, 0); /* inside: followed */
  g_assert_cmpint (symlink ("nowhere.txt", dangling), ==, 0);

  corpus = load (dir, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (corpus)), ==, 2);
  g_assert_nonnull (dossier_corpus_find_article (corpus, "sub/inside.txt"));
  g_assert_nonnull (dossier_corpus_find_article (corpus, "alias.txt"));
  g_assert_null (dossier_corpus_find_article (corpus, "elsewhere/private.txt"));
  test_remove_tree_writable (dir);
  test_remove_tree_writable (outside);
}

static void
test_odd_names (void)
{
  g_autofree char *dir = make_folder ();
  g_autoptr(GError) error = NULL;
  g_autoptr(DossierCorpus) corpus = NULL;

  test_write_file_len (dir, "new\nline.txt", story, -1);
  test_write_file_len (dir, "bad\xFF" "name.txt", story, -1);

  corpus = load (dir, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (corpus)), ==, 2);
  for (guint i = 0; i < 2; i++)
    g_assert_true (g_utf8_validate (dossier_article_get_path (dossier_corpus_get_article (corpus, i)), -1, NULL));
  test_remove_tree_writable (dir);
}

static void
test_permission_denied (void)
{
  g_autofree char *dir = make_folder ();

  test_write_file_len (dir, "ok.txt", story, -1);
  test_write_file_len (dir, "locked.txt", story, -1);
  test_write_file_len (dir, "closed/inner.txt", story, -1);

  if (g_test_subprocess ())
    return;

  {
    g_autofree char *locked = g_build_filename (dir, "locked.txt", NULL);
    g_autofree char *closed = g_build_filename (dir, "closed", NULL);

    g_chmod (locked, 0);
    g_chmod (closed, 0);
  }

  /* Root reads everything: drop to "nobody" in a child to see the errors a
   * user gets. */
  if (geteuid () == 0)
    {
      g_autofree char *cmd = NULL;
      g_autofree char *out = NULL;
      g_autofree char *err = NULL;
      int status;

      cmd = g_strdup_printf ("setpriv --reuid=65534 --regid=65534 --clear-groups %s articles '%s'",
                             g_getenv ("DOSSIER_CLI"), dir);
      if (!g_file_test ("/usr/bin/setpriv", G_FILE_TEST_EXISTS) || g_getenv ("DOSSIER_CLI") == NULL)
        {
          g_test_skip ("setpriv or DOSSIER_CLI missing");
          test_remove_tree_writable (dir);
          return;
        }
      g_assert_true (g_spawn_command_line_sync (cmd, &out, &err, &status, NULL));
      g_assert_nonnull (strstr (err, "locked.txt: Permission denied"));
      g_assert_nonnull (strstr (err, "closed: "));
      g_assert_nonnull (strstr (out, "ok.txt"));
      g_assert_cmpint (WEXITSTATUS (status), ==, 1);
    }
  else
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(DossierCorpus) corpus = load (dir, &error);

      g_assert_no_error (error);
      g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (corpus)), ==, 1);
      g_assert_nonnull (find_error (corpus, "locked.txt"));
      g_assert_nonnull (find_error (corpus, "closed"));
    }
  test_remove_tree_writable (dir);
}

static void
test_deleted_file (void)
{
  g_autoptr(GFile) file = g_file_new_for_path ("/nonexistent/dossier/article.txt");
  g_autoptr(GError) error = NULL;
  DossierArticle *a = dossier_article_load (file, "article.txt", NULL, &error);

  g_assert_null (a);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
}

static void
on_items_changed (GListModel *model,
                  guint       position,
                  guint       removed,
                  guint       added,
                  guint      *signals)
{
  (*signals)++;
}

static void
test_batches_and_cancel (void)
{
  g_autofree char *dir = make_folder ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) folder = g_file_new_for_path (dir);
  g_autoptr(DossierCorpus) corpus = dossier_corpus_new (folder);
  g_autoptr(DossierCorpus) again = dossier_corpus_new (folder);
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  guint signals = 0;

  for (guint i = 0; i < 2000; i++)
    {
      g_autofree char *rel = g_strdup_printf ("d%02u/article-%04u.txt", i % 20, i);
      test_write_file_len (dir, rel, story, -1);
    }

  /* Articles arrive in a few coalesced batches, not one signal each. */
  g_signal_connect (corpus, "items-changed", G_CALLBACK (on_items_changed), &signals);
  g_assert_true (dossier_corpus_load_sync (corpus, NULL, &error));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (corpus)), ==, 2000);
  g_assert_cmpuint (signals, >=, 1);
  g_assert_cmpuint (signals, <, 200);

  /* Cancelled before it starts: it ends promptly with an error. */
  g_cancellable_cancel (cancellable);
  g_assert_false (dossier_corpus_load_sync (again, cancellable, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (again)), <, 2000);
  g_assert_false (dossier_corpus_get_loading (again));
  test_remove_tree_writable (dir);
}

static void
test_missing_folder (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DossierCorpus) corpus = load ("/nonexistent/dossier-folder", &error);

  g_assert_nonnull (error);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (corpus)), ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/corpus/nested-and-order", test_nested_and_order);
  g_test_add_func ("/corpus/bad-files", test_bad_files);
  g_test_add_func ("/corpus/links", test_links);
  g_test_add_func ("/corpus/odd-names", test_odd_names);
  g_test_add_func ("/corpus/permission-denied", test_permission_denied);
  g_test_add_func ("/corpus/deleted-file", test_deleted_file);
  g_test_add_func ("/corpus/batches-and-cancel", test_batches_and_cancel);
  g_test_add_func ("/corpus/missing-folder", test_missing_folder);

  return g_test_run ();
}
