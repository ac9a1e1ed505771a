/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gstdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "dossier-core.h"

/* Nothing an article or a note holds is ever interpreted, and the opened
 * folder is never written to. */

/* SQL built from strings */

/* Functions that build a string from a format or from pieces. SQL made
 * with them is an injection waiting to happen: SQL text is constant and
 * values are bound with sqlite3_bind_*(). */
static const char *builders_pattern =
  "\\b(sqlite3_v?mprintf|sqlite3_v?snprintf|sqlite3_str_v?appendf|g_strdup_v?printf|"
  "g_string_(append_)?v?printf|g_strconcat|g_strjoin|g_strjoinv|g_snprintf|snprintf|sprintf|"
  "asprintf)\\s*\\(";

/* SQL in upper case as this code base writes it, or a typical phrase in
 * any case. */
static const char *sql_pattern =
  "\\b(SELECT|INSERT|UPDATE|DELETE|CREATE|DROP|ALTER|PRAGMA|VALUES|WHERE|ATTACH|REPLACE)\\b|"
  "(?i)\\b(select\\s.+\\sfrom|insert\\s+(or\\s+\\w+\\s+)?into|delete\\s+from|update\\s+\\w+\\s+set|"
  "create\\s+(virtual\\s+)?(table|index|trigger)|drop\\s+table|pragma\\s+\\w+)\\b";

/* Drops comments, keeps string literals (their quotes included). */
static char *
strip_comments (const char *src)
{
  GString *out = g_string_sized_new (strlen (src));
  const char *p = src;

  while (*p)
    {
      if (p[0] == '/' && p[1] == '*')
        {
          const char *end = strstr (p + 2, "*/");
          const char *stop = end ? end + 2 : p + strlen (p);

          /* Keep the line breaks, so that reported lines are right. */
          g_string_append_c (out, ' ');
          for (; p < stop; p++)
            if (*p == '\n')
              g_string_append_c (out, '\n');
        }
      else if (p[0] == '/' && p[1] == '/')
        {
          while (*p && *p != '\n')
            p++;
        }
      else if (*p == '"' || *p == '\'')
        {
          char q = *p;

          g_string_append_c (out, *p++);
          while (*p && *p != q)
            {
              if (*p == '\\' && p[1])
                g_string_append_c (out, *p++);
              g_string_append_c (out, *p++);
            }
          if (*p)
            g_string_append_c (out, *p++);
        }
      else
        g_string_append_c (out, *p++);
    }
  return g_string_free (out, FALSE);
}

/* The string literals inside the balanced parentheses that start at @open,
 * concatenated. */
static char *
call_literals (const char *open)
{
  GString *lits = g_string_new (NULL);
  int depth = 0;

  for (const char *p = open; *p; p++)
    {
      if (*p == '"')
        {
          for (p++; *p && *p != '"'; p++)
            {
              if (*p == '\\' && p[1])
                p++;
              g_string_append_c (lits, *p);
            }
          g_string_append_c (lits, ' ');
          if (!*p)
            break;
          continue;
        }
      if (*p == '\'')
        {
          /* A character literal such as '(' must not count. */
          for (p++; *p && *p != '\''; p++)
            if (*p == '\\' && p[1])
              p++;
          if (!*p)
            break;
          continue;
        }
      if (*p == '(')
        depth++;
      else if (*p == ')' && --depth == 0)
        break;
    }
  return g_string_free (lits, FALSE);
}

/* Reviewed exceptions: SQL assembled from constants only. Each must still
 * match a call in its file (a stale entry fails the test), and the reason
 * says why no user data can reach it. */
typedef struct
{
  const char *file;
  const char *literal;  /* a piece of the call's string literals */
  const char *reason;
  guint       seen;
} Allowed;

static Allowed allowed[] = {
  { "dossier-notes.c", "PRAGMA user_version = %",
    "the schema version, an integer from the code; PRAGMA takes no bound parameters" },
  { "dossier-index.c", "PRAGMA user_version = %d",
    "the index schema version, a compile-time constant; PRAGMA takes no bound parameters" },
  { "dossier-index.c", "PRAGMA application_id = %d",
    "the index file's application id, a compile-time constant; PRAGMA takes no bound parameters" },
  { "dossier-notes.c", "SELECT   FROM notes",
    "select_notes() joins constant WHERE clauses from its two callers; the values are bound (?1)" },
};

static gboolean
is_allowed (const char *name,
            const char *literals)
{
  for (guint i = 0; i < G_N_ELEMENTS (allowed); i++)
    if (g_str_has_suffix (name, allowed[i].file) && strstr (literals, allowed[i].literal))
      {
        allowed[i].seen++;
        return TRUE;
      }
  return FALSE;
}

/* Returns the offending calls in @source, one per line, or NULL. */
static char *
find_formatted_sql (const char *name,
                    const char *source)
{
  g_autoptr(GRegex) builders = g_regex_new (builders_pattern, G_REGEX_OPTIMIZE, 0, NULL);
  g_autoptr(GRegex) sql = g_regex_new (sql_pattern, G_REGEX_OPTIMIZE, 0, NULL);
  g_autoptr(GRegex) sqlite_escapes = g_regex_new ("%[qQw]", 0, 0, NULL);
  g_autofree char *code = strip_comments (source);
  g_autoptr(GMatchInfo) match = NULL;
  GString *found = g_string_new (NULL);

  g_regex_match (builders, code, 0, &match);
  while (g_match_info_matches (match))
    {
      int start, end;
      g_autofree char *call = g_match_info_fetch (match, 1);
      g_autofree char *literals = NULL;

      g_match_info_fetch_pos (match, 0, &start, &end);
      literals = call_literals (code + end - 1);
      if ((g_regex_match (sql, literals, 0, NULL) ||
           (g_str_has_prefix (call, "sqlite3_") && g_regex_match (sqlite_escapes, literals, 0, NULL))) &&
          !is_allowed (name, literals))
        {
          guint line = 1;

          for (int i = 0; i < start; i++)
            line += code[i] == '\n';
          g_string_append_printf (found, "%s:%u: %s (\"%s\")\n", name, line, call, literals);
        }
      g_match_info_next (match, NULL);
    }
  if (found->len == 0)
    {
      g_string_free (found, TRUE);
      return NULL;
    }
  return g_string_free (found, FALSE);
}

static void
test_checker_catches_formatted_sql (void)
{
  /* The check must find what it is there to find, or a clean result
   * means nothing. */
  const char *bad[] = {
    "char *q = g_strdup_printf (\"SELECT id FROM notes WHERE body = '%s'\", body);",
    "q = sqlite3_mprintf (\"insert into notes (body) values (%Q)\", body);",
    "g_string_append_printf (s,\n  \"DELETE FROM articles \"\n  \"WHERE path = '%s'\", path);",
    "sql = g_strconcat (\"update entities set name = '\", name, \"'\", NULL);",
    "sqlite3_snprintf (n, buf, \"%w\", table);",
  };
  const char *good[] = {
    "msg = g_strdup_printf (_(\"Select a folder: %s\"), name);",
    "sqlite3_prepare_v2 (db, \"SELECT id FROM notes WHERE body = ?1\", -1, &stmt, NULL);",
    "/* g_strdup_printf (\"SELECT %s\") in a comment */",
    "s = g_strdup_printf (\"%c%s\", ')', \"x\");",
  };

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autofree char *r = find_formatted_sql ("bad.c", bad[i]);
      g_assert_nonnull (r);
    }
  for (guint i = 0; i < G_N_ELEMENTS (good); i++)
    {
      g_autofree char *r = find_formatted_sql ("good.c", good[i]);
      g_assert_null (r);
    }
}

static void
scan_tree (const char *dir,
           GString    *report,
           guint      *n_files,
           guint      *n_prepared)
{
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  const char *name;

  g_assert_nonnull (d);
  while ((name = g_dir_read_name (d)))
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);
      g_autofree char *contents = NULL;
      g_autofree char *found = NULL;
      const char *p;

      if (g_file_test (path, G_FILE_TEST_IS_DIR))
        {
          scan_tree (path, report, n_files, n_prepared);
          continue;
        }
      if (!g_str_has_suffix (name, ".c") && !g_str_has_suffix (name, ".h"))
        continue;
      g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
      (*n_files)++;
      for (p = contents; (p = strstr (p, "sqlite3_prepare")); p++)
        (*n_prepared)++;
      found = find_formatted_sql (path, contents);
      if (found)
        g_string_append (report, found);
    }
}

static void
test_no_formatted_sql (void)
{
  g_autofree char *src = g_test_build_filename (G_TEST_DIST, "..", "src", NULL);
  g_autoptr(GString) report = g_string_new (NULL);
  guint n_files = 0, n_prepared = 0;

  for (guint i = 0; i < G_N_ELEMENTS (allowed); i++)
    allowed[i].seen = 0;
  scan_tree (src, report, &n_files, &n_prepared);
  g_test_message ("%u source files scanned, %u sqlite3_prepare calls", n_files, n_prepared);
  for (guint i = 0; i < G_N_ELEMENTS (allowed); i++)
    {
      g_test_message ("allowed in %s (%s): %u", allowed[i].file, allowed[i].reason, allowed[i].seen);
      g_assert_cmpuint (allowed[i].seen, ==, 1);
    }
  g_assert_cmpuint (n_files, >, 10);
  if (report->len > 0)
    g_test_message ("SQL built with formatting or concatenation (bind parameters instead):\n%s", report->str);
  g_assert_cmpuint (report->len, ==, 0);
}

/* The opened folder is never written to */

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return strcmp (*(const char * const *) a, *(const char * const *) b);
}

/* A listing of everything under @dir (hidden files included) that changes
 * when anything is written: names, types, sizes, modes, modification
 * times (of folders too: a file created and removed again leaves its
 * trace there) and content hashes. */
static void
list_tree (const char *dir,
           const char *rel,
           GString    *out)
{
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  const char *name;
  struct stat st;

  g_assert_nonnull (d);
  g_assert_cmpint (g_lstat (dir, &st), ==, 0);
  g_string_append_printf (out, "%s/ %o %" G_GINT64_FORMAT ".%09ld\n", rel, st.st_mode,
                          (gint64) st.st_mtim.tv_sec, st.st_mtim.tv_nsec);
  while ((name = g_dir_read_name (d)))
    g_ptr_array_add (names, g_strdup (name));
  g_ptr_array_sort (names, compare_names);
  for (guint i = 0; i < names->len; i++)
    {
      const char *n = g_ptr_array_index (names, i);
      g_autofree char *path = g_build_filename (dir, n, NULL);
      g_autofree char *child = g_strconcat (rel, "/", n, NULL);

      g_assert_cmpint (g_lstat (path, &st), ==, 0);
      if (S_ISDIR (st.st_mode))
        list_tree (path, child, out);
      else
        {
          g_autofree char *data = NULL;
          g_autofree char *hash = NULL;
          gsize len = 0;

          if (S_ISREG (st.st_mode))
            {
              g_assert_true (g_file_get_contents (path, &data, &len, NULL));
              hash = g_compute_checksum_for_data (G_CHECKSUM_SHA256, (const guchar *) data, len);
            }
          g_string_append_printf (out, "%s %o %" G_GINT64_FORMAT " %" G_GINT64_FORMAT ".%09ld %s\n",
                                  child, st.st_mode, (gint64) st.st_size,
                                  (gint64) st.st_mtim.tv_sec, st.st_mtim.tv_nsec, hash ? hash : "-");
        }
    }
}

static int
run (const char *cmdline,
     const char *home)
{
  g_autofree char *out = NULL, *err = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) argv = NULL;
  g_auto(GStrv) envp = g_get_environ ();
  int status = -1;

  /* A cache or a settings file, when the CLI gets one, belongs in the
   * user's folders: point them somewhere we can see. */
  envp = g_environ_setenv (envp, "HOME", home, TRUE);
  envp = g_environ_setenv (envp, "XDG_CACHE_HOME", home, TRUE);
  envp = g_environ_setenv (envp, "XDG_DATA_HOME", home, TRUE);
  envp = g_environ_setenv (envp, "XDG_CONFIG_HOME", home, TRUE);
  envp = g_environ_setenv (envp, "XDG_STATE_HOME", home, TRUE);
  g_assert_true (g_shell_parse_argv (cmdline, NULL, &argv, &error));
  g_assert_true (g_spawn_sync (home, argv, envp, G_SPAWN_SEARCH_PATH, NULL, NULL, &out, &err, &status, &error));
  g_assert_no_error (error);
  if (status != 0)
    g_test_message ("%s: exit %d: %s", cmdline, status, err);
  return status;
}

static void
test_folder_never_written (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("dossier-readonly-XXXXXX", &error);
  g_autofree char *home = g_dir_make_tmp ("dossier-home-XXXXXX", &error);
  g_autofree char *folder = NULL;
  g_autofree char *qfolder = NULL;
  g_autofree char *qsample = NULL;
  g_autofree char *cmd = NULL;
  g_autoptr(GString) before = g_string_new (NULL);
  g_autoptr(GString) after = g_string_new (NULL);
  const char *cli = g_getenv ("DOSSIER_CLI");
  const char *datadir = g_getenv ("DOSSIER_DATADIR");
  const char *as_user = geteuid () == 0 && g_file_test ("/usr/bin/setpriv", G_FILE_TEST_EXISTS)
                        ? "setpriv --reuid=65534 --regid=65534 --clear-groups " : "";

  g_assert_no_error (error);
  if (cli == NULL || datadir == NULL)
    {
      g_test_skip ("DOSSIER_CLI or DOSSIER_DATADIR not set");
      return;
    }

  /* A copy of the sample folder, the test seeds, and some bad files, made
   * read-only. Root can still write to it, so the listing is what proves
   * nothing was written. */
  folder = g_build_filename (dir, "news", NULL);
  qfolder = g_shell_quote (folder);
  {
    g_autofree char *sample = g_build_filename (datadir, "sample", NULL);
    g_autofree char *seeds = g_test_build_filename (G_TEST_DIST, "data", NULL);
    g_autofree char *qseeds = g_shell_quote (seeds);
    g_autofree char *setup = NULL;

    qsample = g_shell_quote (sample);
    setup = g_strdup_printf ("sh -c 'cp -a %s %s && cp %s/*.txt %s/ && printf \"\" > %s/empty.txt && "
                             "printf \"bad\\377\" > %s/bad.md && chmod -R a-w %s && chmod a+rx %s %s'",
                             qsample, qfolder, qseeds, qfolder, qfolder, qfolder, qfolder, dir, home);
    g_assert_cmpint (system (setup), ==, 0);
  }
  list_tree (folder, ".", before);

  cmd = g_strdup_printf ("%s%s articles %s --format=jsonl", as_user, cli, qfolder);
  g_assert_cmpint (run (cmd, home), !=, -1);
  g_free (cmd);
  cmd = g_strdup_printf ("%s articles %s --format=csv", cli, qfolder);   /* as root */
  g_assert_cmpint (run (cmd, home), !=, -1);
  g_free (cmd);
  cmd = g_strdup_printf ("%s show %s/ap-china-belarus.txt --format=json", cli, qfolder);
  g_assert_cmpint (run (cmd, home), ==, 0);
  g_free (cmd);
  cmd = g_strdup_printf ("%s entities %s --format=jsonl", cli, qfolder);
  g_assert_cmpint (run (cmd, home), !=, -1);
  g_free (cmd);
  /* Notes go to the user's data folder (here $XDG_DATA_HOME = home), never
   * beside the articles. */
  cmd = g_strdup_printf ("%s notes add %s ap-china-belarus.txt --quote=Beijing --note=\"<b>x</b>\" --tag=t",
                         cli, qfolder);
  g_assert_cmpint (run (cmd, home), ==, 0);
  g_free (cmd);
  /* Exit 1: the bad files of the folder are reported. */
  cmd = g_strdup_printf ("%s notes export %s --format=html", cli, qfolder);
  g_assert_cmpint (run (cmd, home), !=, -1);
  g_free (cmd);
  cmd = g_strdup_printf ("%s notes list %s", cli, qfolder);
  g_assert_cmpint (run (cmd, home), !=, -1);

  /* And in-process, as the app opens a folder. */
  {
    g_autoptr(GFile) file = g_file_new_for_path (folder);
    g_autoptr(DossierCorpus) corpus = dossier_corpus_new (file);

    g_assert_true (dossier_corpus_load_sync (corpus, NULL, NULL));
    g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (corpus)), >, 5);
  }

  list_tree (folder, ".", after);
  g_assert_cmpstr (after->str, ==, before->str);

  {
    g_autofree char *qdir = g_shell_quote (dir);
    g_autofree char *qhome = g_shell_quote (home);
    g_autofree char *cleanup = g_strdup_printf ("chmod -R u+w %s; rm -rf %s %s", qdir, qdir, qhome);
    g_assert_cmpint (system (cleanup), ==, 0);
  }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/security/sql/checker-works", test_checker_catches_formatted_sql);
  g_test_add_func ("/security/sql/no-formatted-sql", test_no_formatted_sql);
  g_test_add_func ("/security/folder-never-written", test_folder_never_written);

  return g_test_run ();
}
