/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The search query parser: whatever a user types, the parser gives a clear
 * error or an FTS5 MATCH expression that SQLite accepts (a query that
 * reaches SQLite as a syntax error would be a query the user could not
 * fix, and a sign that text gets through uninterpreted), and the reader's
 * highlighting finds ranges inside the text. Input: the first line is the
 * query, the rest a text to highlight in. */

#include <sqlite3.h>

#include "fuzz-common.h"
#include "dossier-search.h"

int LLVMFuzzerTestOneInput (const uint8_t *data, size_t size);

static sqlite3_stmt *
match_statement (void)
{
  static sqlite3 *db;
  static sqlite3_stmt *stmt;

  if (stmt == NULL)
    {
      fuzz_init_glib ();
      FUZZ_CHECK (sqlite3_open (":memory:", &db) == SQLITE_OK);
      /* The index's table, with a row to match against. */
      FUZZ_CHECK (sqlite3_exec (db,
                                "CREATE VIRTUAL TABLE fts USING fts5 (title, body, "
                                "tokenize='unicode61 remove_diacritics 2');"
                                "INSERT INTO fts (title, body) VALUES ('Harbour reopens', "
                                "'Xi Jinping met Alexander Lukashenko in Beijing. Café, naïve, U.S.');",
                                NULL, NULL, NULL) == SQLITE_OK);
      FUZZ_CHECK (sqlite3_prepare_v2 (db, "SELECT rowid FROM fts WHERE fts MATCH ?1 ORDER BY rank",
                                      -1, &stmt, NULL) == SQLITE_OK);
    }
  return stmt;
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  sqlite3_stmt *stmt = match_statement ();
  g_autofree char *copy = fuzz_copy (data, size);
  const char *nl = memchr (copy, '\n', size);
  gsize qlen = nl ? (gsize) (nl - copy) : size;
  /* Typed text is UTF-8 (GTK sees to it) without NULs. */
  g_autofree char *query_text = g_utf8_make_valid (copy, qlen);
  g_autofree char *text = nl ? g_utf8_make_valid (nl + 1, size - qlen - 1) : g_strdup ("");
  g_autoptr(GError) error = NULL;
  g_autoptr(DossierQuery) query = NULL;
  g_autoptr(GArray) found = NULL;
  const char *match;
  const char * const *terms;
  gsize text_len = strlen (text);
  int rc;

  query = dossier_query_parse (query_text, &error);
  if (query == NULL)
    {
      FUZZ_CHECK (error != NULL && error->domain == DOSSIER_QUERY_ERROR);
      FUZZ_CHECK (g_utf8_validate (error->message, -1, NULL));
      return 0;
    }
  FUZZ_CHECK (error == NULL);

  match = dossier_query_get_match (query);
  FUZZ_CHECK (match != NULL && g_utf8_validate (match, -1, NULL));
  terms = dossier_query_get_terms (query);
  for (guint i = 0; terms && terms[i]; i++)
    FUZZ_CHECK (g_utf8_validate (terms[i], -1, NULL));

  sqlite3_reset (stmt);
  sqlite3_bind_text (stmt, 1, match, -1, SQLITE_TRANSIENT);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    ;
  if (rc != SQLITE_DONE)
    {
      fprintf (stderr, "FTS5 refused the MATCH expression %s (from query %s): %s\n",
               match, query_text, sqlite3_errmsg (sqlite3_db_handle (stmt)));
      abort ();
    }

  found = dossier_query_find (query, text, text_len);
  FUZZ_CHECK (found != NULL && found->len % 2 == 0);
  for (guint i = 0; i < found->len; i += 2)
    {
      gsize s = g_array_index (found, gsize, i), e = g_array_index (found, gsize, i + 1);

      FUZZ_CHECK (s < e && e <= text_len);
      FUZZ_CHECK (i == 0 || s >= g_array_index (found, gsize, i - 1));
    }
  return 0;
}
