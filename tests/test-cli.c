/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gstdio.h>
#include <json-glib/json-glib.h>
#include <string.h>

/* dossier-cli run end to end, as scripts use it. */

static int
run_cli (const char * const *args,
         char              **out,
         char              **err)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  int status = 0;

  g_ptr_array_add (argv, (gpointer) g_getenv ("DOSSIER_CLI"));
  for (guint i = 0; args[i]; i++)
    g_ptr_array_add (argv, (gpointer) args[i]);
  g_ptr_array_add (argv, NULL);

  g_assert_true (g_spawn_sync (NULL, (char **) argv->pdata, NULL, 0, NULL, NULL, out, err, &status, &error));
  g_assert_no_error (error);
  return WIFEXITED (status) ? WEXITSTATUS (status) : -1;
}

static void
test_articles_jsonl (void)
{
  const char *args[] = { "articles", TEST_DATADIR, "--format=jsonl", NULL };
  const char *keys[] = { "file", "title", "outlet", "date", "page_date", "place", "byline", "url", "words", "error" };
  g_autofree char *out = NULL, *err = NULL;
  g_auto(GStrv) lines = NULL;
  guint n = 0;

  g_assert_cmpint (run_cli (args, &out, &err), ==, 0);
  lines = g_strsplit (out, "\n", -1);
  for (guint i = 0; lines[i]; i++)
    {
      g_autoptr(JsonParser) parser = json_parser_new ();
      JsonObject *o;

      if (!*lines[i])
        continue;
      g_assert_true (json_parser_load_from_data (parser, lines[i], -1, NULL));
      o = json_node_get_object (json_parser_get_root (parser));
      for (guint k = 0; k < G_N_ELEMENTS (keys); k++)
        g_assert_true (json_object_has_member (o, keys[k]));
      if (g_str_equal (json_object_get_string_member (o, "file"), "ap-china-belarus.txt"))
        {
          g_assert_cmpstr (json_object_get_string_member (o, "outlet"), ==, "AP");
          g_assert_true (json_object_get_null_member (o, "date"));
          g_assert_cmpstr (json_object_get_string_member (o, "page_date"), ==, "2024-06-18");
          g_assert_cmpstr (json_object_get_string_member (o, "place"), ==, "Beijing");
          g_assert_cmpint (json_object_get_int_member (o, "words"), >, 500);
        }
      n++;
    }
  g_assert_cmpuint (n, >=, 2);
}

static void
test_show_json (void)
{
  const char *args[] = { "show", TEST_DATADIR "/bbc-china-belarus.txt", "--format=json", NULL };
  g_autofree char *out = NULL, *err = NULL;
  g_autoptr(JsonParser) parser = json_parser_new ();
  JsonObject *o;

  g_assert_cmpint (run_cli (args, &out, &err), ==, 0);
  g_assert_true (json_parser_load_from_data (parser, out, -1, NULL));
  o = json_node_get_object (json_parser_get_root (parser));
  g_assert_cmpstr (json_object_get_string_member (o, "title"), ==, "China and Belarus Express ‘Extreme Interest’ in Ukraine Peace");
  g_assert_cmpstr (json_object_get_string_member (o, "outlet"), ==, "BBC");
  g_assert_true (g_str_has_prefix (json_object_get_string_member (o, "body"), "The leaders of China"));
}

static void
test_csv_and_text (void)
{
  const char *csv_args[] = { "articles", TEST_DATADIR, "--format=csv", NULL };
  const char *text_args[] = { "articles", TEST_DATADIR, NULL };
  g_autofree char *out = NULL, *err = NULL;
  g_autofree char *out2 = NULL, *err2 = NULL;

  g_assert_cmpint (run_cli (csv_args, &out, &err), ==, 0);
  g_assert_true (g_str_has_prefix (out, "file,title,outlet,date,page_date,place,byline,url,words,error\r\n"));
  /* A title with a comma is quoted. */
  g_assert_nonnull (strstr (out, "\"China, Belarus presidents call for Ukraine cease-fire, talks\""));

  g_assert_cmpint (run_cli (text_args, &out2, &err2), ==, 0);
  g_assert_nonnull (strstr (out2, "China and Belarus Express"));
}

static void
test_exit_codes (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("dossier-cli-XXXXXX", &error);
  g_autofree char *bad = g_build_filename (dir, "bad.txt", NULL);
  g_autofree char *good = g_build_filename (dir, "good.txt", NULL);
  const char *some_failed[] = { "articles", dir, NULL };
  const char *no_args[] = { "articles", NULL };
  const char *unknown[] = { "frobnicate", NULL };
  const char *bad_format[] = { "articles", dir, "--format=xml", NULL };
  const char *help[] = { "articles", "--help", NULL };
  const char *missing[] = { "show", "/nonexistent/file.txt", NULL };
  g_autofree char *o1 = NULL, *e1 = NULL, *o2 = NULL, *e2 = NULL, *o3 = NULL, *e3 = NULL;
  g_autofree char *o4 = NULL, *e4 = NULL, *o5 = NULL, *e5 = NULL, *o6 = NULL, *e6 = NULL;

  g_assert_true (g_file_set_contents (bad, "\0\1\2\3binary", 10, NULL));
  g_assert_true (g_file_set_contents (good, "A title here\n\nThe body of this test article is a sentence that ends well.\n", -1, NULL));

  g_assert_cmpint (run_cli (some_failed, &o1, &e1), ==, 1);
  g_assert_nonnull (strstr (e1, "bad.txt: "));
  g_assert_nonnull (strstr (o1, "good.txt"));
  g_assert_cmpint (run_cli (no_args, &o2, &e2), ==, 2);
  g_assert_cmpint (run_cli (unknown, &o3, &e3), ==, 2);
  g_assert_cmpint (run_cli (bad_format, &o4, &e4), ==, 2);
  g_assert_cmpint (run_cli (help, &o5, &e5), ==, 0);
  g_assert_nonnull (strstr (o5, "--format"));
  g_assert_cmpint (run_cli (missing, &o6, &e6), ==, 1);
  g_assert_true (g_str_has_prefix (e6, "/nonexistent/file.txt: "));

  g_unlink (bad);
  g_unlink (good);
  g_rmdir (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/cli/articles-jsonl", test_articles_jsonl);
  g_test_add_func ("/cli/show-json", test_show_json);
  g_test_add_func ("/cli/csv-and-text", test_csv_and_text);
  g_test_add_func ("/cli/exit-codes", test_exit_codes);

  return g_test_run ();
}
