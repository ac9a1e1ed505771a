/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <errno.h>
#include <glib/gstdio.h>
#include <json-glib/json-glib.h>
#include <sqlite3.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "dossier-core.h"
#include "test-util.h"

/* The notes layer: store, anchoring, export and import. Every test runs
 * with its own $XDG_DATA_HOME (G_TEST_OPTION_ISOLATE_DIRS), so the user's
 * notes are never touched. */

/* A made-up article: prose long enough for the text reader. */
static const char *article_a =
  "Harbour plans approved\n"
  "\n"
  "The council approved the harbour plan on Monday after a long debate about costs.\n"
  "\n"
  "Mayor Jane Doe said the new quay would bring three hundred jobs to the town by 2026.\n"
  "\n"
  "Critics said the budget was unrealistic and the timetable too short for such a project.\n";

static const char *passage_a = "the new quay would bring three hundred jobs to the town";

static char *
make_folder (void)
{
  char *dir = test_make_tmp_dir ("dossier-notes-XXXXXX");
  char *real;

  g_chmod (dir, 0755);
  real = realpath (dir, NULL);
  g_free (dir);
  dir = g_strdup (real);
  free (real);
  return dir;
}

static void
copy_seed (const char *dir,
           const char *name)
{
  g_autofree char *src = g_build_filename (TEST_DATADIR, name, NULL);
  g_autofree char *data = NULL;

  g_assert_true (g_file_get_contents (src, &data, NULL, NULL));
  test_write_file (dir, name, data);
}

static DossierCorpus *
load (const char *dir)
{
  g_autoptr(GFile) folder = g_file_new_for_path (dir);
  g_autoptr(GError) error = NULL;
  DossierCorpus *corpus = dossier_corpus_new (folder);

  g_assert_true (dossier_corpus_load_sync (corpus, NULL, &error));
  g_assert_no_error (error);
  return corpus;
}

static char *
folder_key (const char *dir)
{
  g_autoptr(GFile) folder = g_file_new_for_path (dir);
  return dossier_notes_folder_key (folder);
}

static DossierNotes *
open_notes (void)
{
  g_autoptr(GError) error = NULL;
  DossierNotes *notes = dossier_notes_new (NULL, &error);

  g_assert_no_error (error);
  g_assert_nonnull (notes);
  return notes;
}

/* A note on the first occurrence of @quote in @path, as the reader makes
 * it: from a selection in the article's analysed text. */
static DossierNote *
note_on (DossierAnchorer *anchorer,
         const char      *dir,
         const char      *path,
         const char      *quote)
{
  DossierCorpus *corpus = dossier_anchorer_get_corpus (anchorer);
  DossierArticle *article = dossier_corpus_find_article (corpus, path);
  g_autofree char *key = folder_key (dir);
  g_autoptr(GError) error = NULL;
  DossierNote *note = dossier_note_new ();
  const char *text, *at;

  g_assert_nonnull (article);
  text = dossier_article_get_text (article);
  at = strstr (text, quote);
  g_assert_nonnull (at);
  dossier_note_set_folder (note, key);
  g_assert_true (dossier_anchorer_set_target (anchorer, note, article, at - text, at - text + strlen (quote), &error));
  g_assert_no_error (error);
  g_assert_cmpstr (dossier_note_get_exact (note), ==, quote);
  return note;
}

static void
resolve (const char    *dir,
         DossierNote   *note,
         DossierAnchor *anchor)
{
  g_autoptr(DossierCorpus) corpus = load (dir);
  g_autoptr(DossierAnchorer) anchorer = dossier_anchorer_new (corpus);

  dossier_anchorer_resolve (anchorer, note, anchor);
}

/* Store */

static void
test_crud (void)
{
  g_autofree char *dir = make_folder ();
  g_autoptr(DossierCorpus) corpus = NULL;
  g_autoptr(DossierAnchorer) anchorer = NULL;
  g_autoptr(DossierNotes) notes = open_notes ();
  g_autoptr(DossierNote) note = NULL, got = NULL, deleted = NULL, back = NULL;
  g_autoptr(GPtrArray) list = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *key = folder_key (dir);
  g_auto(GStrv) tags = NULL;
  const char *tag_list[] = { "jobs", "harbour", "jobs", " ", NULL };
  const char *entity_list[] = { "Jane Doe", NULL };
  const char *want_tags[] = { "harbour", NULL };
  const char *want_entity[] = { "jane doe", NULL };
  DossierNoteFilter filter = { .folder = key };
  gint64 modified;

  test_write_file (dir, "a.txt", article_a);
  corpus = load (dir);
  anchorer = dossier_anchorer_new (corpus);
  note = note_on (anchorer, dir, "a.txt", passage_a);
  dossier_note_set_text (note, "Three hundred jobs: check against the budget.");
  dossier_note_set_tags (note, tag_list);
  dossier_note_set_entities (note, entity_list);
  g_assert_true (g_str_has_suffix (dossier_note_get_prefix (note), "Mayor Jane Doe said "));
  g_assert_true (g_str_has_prefix (dossier_note_get_suffix (note), " by 2026."));
  g_assert_cmpuint (strlen (dossier_note_get_prefix (note)), ==, DOSSIER_NOTE_CONTEXT_CHARS);
  g_assert_cmpstr (dossier_note_get_hash (note), ==, dossier_article_get_content_hash (dossier_corpus_find_article (corpus, "a.txt")));
  g_assert_cmpint (dossier_note_get_start (note), ==, g_utf8_pointer_to_offset (article_a, strstr (article_a, passage_a)));

  g_assert_true (dossier_notes_add (notes, note, &error));
  g_assert_no_error (error);
  g_assert_cmpint (dossier_note_get_created (note), >, 0);

  got = dossier_notes_lookup (notes, dossier_note_get_id (note), &error);
  g_assert_no_error (error);
  g_assert_cmpstr (dossier_note_get_exact (got), ==, passage_a);
  g_assert_cmpstr (dossier_note_get_text (got), ==, "Three hundred jobs: check against the budget.");
  g_assert_cmpuint (g_strv_length ((GStrv) dossier_note_get_tags (got)), ==, 2);
  g_assert_cmpstr (dossier_note_get_tags (got)[0], ==, "jobs");
  g_assert_cmpstr (dossier_note_get_entities (got)[0], ==, "Jane Doe");
  g_assert_cmpint (dossier_note_get_start (got), ==, dossier_note_get_start (note));
  g_assert_cmpint (dossier_note_get_created (got), ==, dossier_note_get_created (note));
  g_clear_object (&got);

  /* Edit */
  modified = dossier_note_get_modified (note);
  dossier_note_set_text (note, "Edited.");
  dossier_note_set_color (note, "blue");
  dossier_note_set_tags (note, want_tags);
  g_assert_true (dossier_notes_update (notes, note, &error));
  g_assert_no_error (error);
  g_assert_cmpint (dossier_note_get_modified (note), >, modified);
  got = dossier_notes_lookup (notes, dossier_note_get_id (note), &error);
  g_assert_cmpstr (dossier_note_get_text (got), ==, "Edited.");
  g_assert_cmpstr (dossier_note_get_color (got), ==, "blue");
  g_assert_cmpstr (dossier_note_get_tags (got)[0], ==, "harbour");
  g_assert_null (dossier_note_get_tags (got)[1]);
  g_assert_cmpint (dossier_note_get_modified (got), ==, dossier_note_get_modified (note));

  /* Lists */
  list = dossier_notes_list (notes, &filter, &error);
  g_assert_cmpuint (list->len, ==, 1);
  g_clear_pointer (&list, g_ptr_array_unref);
  filter.tags = want_tags;
  list = dossier_notes_list (notes, &filter, &error);
  g_assert_cmpuint (list->len, ==, 1);
  g_clear_pointer (&list, g_ptr_array_unref);
  filter.tags = NULL;
  filter.entities = want_entity;
  list = dossier_notes_list (notes, &filter, &error);
  g_assert_cmpuint (list->len, ==, 1);
  g_clear_pointer (&list, g_ptr_array_unref);
  filter.entities = NULL;
  filter.search = "HUNDRED JOBS";
  list = dossier_notes_list (notes, &filter, &error);
  g_assert_cmpuint (list->len, ==, 1);
  g_clear_pointer (&list, g_ptr_array_unref);
  filter.search = "nowhere";
  list = dossier_notes_list (notes, &filter, &error);
  g_assert_cmpuint (list->len, ==, 0);
  g_clear_pointer (&list, g_ptr_array_unref);
  filter.search = NULL;
  filter.folder = "/elsewhere";
  list = dossier_notes_list (notes, &filter, &error);
  g_assert_cmpuint (list->len, ==, 0);
  g_clear_pointer (&list, g_ptr_array_unref);
  filter.folder = key;
  tags = dossier_notes_list_tags (notes, key, &error);
  g_assert_cmpstrv (tags, want_tags);

  /* Delete and undo */
  deleted = dossier_notes_delete (notes, dossier_note_get_id (note), &error);
  g_assert_no_error (error);
  g_assert_nonnull (deleted);
  list = dossier_notes_list (notes, &filter, &error);
  g_assert_cmpuint (list->len, ==, 0);
  g_clear_pointer (&list, g_ptr_array_unref);
  g_assert_null (dossier_notes_delete (notes, dossier_note_get_id (note), &error));
  g_assert_error (error, DOSSIER_NOTES_ERROR, DOSSIER_NOTES_ERROR_NOT_FOUND);
  g_clear_error (&error);

  g_assert_true (dossier_notes_restore (notes, deleted, &error));
  g_assert_no_error (error);
  back = dossier_notes_lookup (notes, dossier_note_get_id (note), &error);
  g_assert_no_error (error);
  g_assert_cmpstr (dossier_note_get_text (back), ==, "Edited.");
  g_assert_cmpstr (dossier_note_get_tags (back)[0], ==, "harbour");
  g_assert_cmpint (dossier_note_get_created (back), ==, dossier_note_get_created (note));
  g_assert_cmpint (dossier_note_get_modified (back), ==, dossier_note_get_modified (note));
  g_assert_false (dossier_notes_restore (notes, deleted, &error));
  g_assert_error (error, DOSSIER_NOTES_ERROR, DOSSIER_NOTES_ERROR_EXISTS);
  g_clear_error (&error);

  g_assert_true (dossier_notes_check (notes, &error));
  test_remove_tree_writable (dir);
}

/* Stands in for entity extraction: one unlinked mention of "Jane Doe". */
static void
mark_jane (DossierArticle *article,
           gpointer        user_data)
{
  const char *text = dossier_article_get_text (article);
  const char *at = strstr (text, "Jane Doe");
  GArray *mentions = g_array_new (FALSE, FALSE, sizeof (DossierMention));

  if (at)
    {
      DossierMention m = { at - text, at - text + 8, DOSSIER_NO_ENTITY, DOSSIER_LABEL_PERSON };
      g_array_append_val (mentions, m);
    }
  dossier_article_take_mentions (article, mentions);
}

static void
test_entities_cached (void)
{
  g_autofree char *dir = make_folder ();
  g_autoptr(GFile) folder = NULL;
  g_autoptr(DossierCorpus) corpus = NULL;
  g_autoptr(DossierAnchorer) anchorer = NULL;
  g_autoptr(DossierNote) with = NULL, without = NULL;
  g_autoptr(GError) error = NULL;

  test_write_file (dir, "a.txt", article_a);
  folder = g_file_new_for_path (dir);
  corpus = dossier_corpus_new (folder);
  dossier_corpus_set_article_func (corpus, mark_jane, NULL);
  g_assert_true (dossier_corpus_load_sync (corpus, NULL, &error));
  anchorer = dossier_anchorer_new (corpus);

  /* The passage overlaps the mention by one word: it mentions her. */
  with = note_on (anchorer, dir, "a.txt", "Doe said the new quay");
  g_assert_cmpuint (g_strv_length ((GStrv) dossier_note_get_entities (with)), ==, 1);
  g_assert_cmpstr (dossier_note_get_entities (with)[0], ==, "Jane Doe");
  g_assert_true (dossier_note_mentions (with, "JANE DOE"));
  without = note_on (anchorer, dir, "a.txt", passage_a);
  g_assert_cmpuint (g_strv_length ((GStrv) dossier_note_get_entities (without)), ==, 0);
  test_remove_tree_writable (dir);
}

static void
test_unicode (void)
{
  /* Astral characters, combining marks, right-to-left text, a BOM and CRLF:
   * positions count code points of the file's text. */
  const char *content =
    "\xEF\xBB\xBF" "Title line\r\n\r\n"
    "Prose paragraph with e\xCC\x81t\xC3\xA9 and \xF0\x9F\x99\x82 emoji, \xD7\xA9\xD7\x9C\xD7\x95\xD7\x9D and more words.\r\n";
  const char *quote = "\xF0\x9F\x99\x82 emoji, \xD7\xA9\xD7\x9C\xD7\x95\xD7\x9D";
  const char *text = "Note: \xE2\x80\x94 \xF0\x9F\x98\x80 \xE4\xB8\xAD\xE6\x96\x87 \xD9\x85\xD8\xB1\xD8\xAD\xD8\xA8\xD8\xA7 \x7F 'quotes' \"double\"; DROP TABLE notes; --";
  g_autofree char *dir = make_folder ();
  g_autoptr(DossierCorpus) corpus = NULL;
  g_autoptr(DossierAnchorer) anchorer = NULL;
  g_autoptr(DossierNotes) notes = open_notes ();
  g_autoptr(DossierNote) note = NULL, got = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(DossierFileText) ft = dossier_file_text_new (content, strlen (content));
  const char *tags[] = { "\xF0\x9F\x8F\xB7 tag", "\xC3\xA9t\xC3\xA9", NULL };
  DossierAnchor anchor;
  const char *at = strstr (content, quote);

  test_write_file (dir, "u.txt", content);
  corpus = load (dir);
  anchorer = dossier_anchorer_new (corpus);
  note = note_on (anchorer, dir, "u.txt", quote);
  /* The BOM is not part of the text; "\r\n" counts two. */
  g_assert_cmpint (dossier_note_get_start (note), ==, g_utf8_pointer_to_offset (content + 3, at));
  g_assert_cmpint (dossier_note_get_end (note) - dossier_note_get_start (note), ==, g_utf8_strlen (quote, -1));
  g_assert_cmpuint (dossier_file_text_get_length (ft), ==, g_utf8_strlen (content + 3, -1));
  g_assert_cmpuint (dossier_file_text_char_to_byte (ft, dossier_note_get_start (note)), ==, at - content);
  dossier_note_set_text (note, text);
  dossier_note_set_tags (note, tags);
  g_assert_true (dossier_notes_add (notes, note, &error));
  g_assert_no_error (error);
  got = dossier_notes_lookup (notes, dossier_note_get_id (note), &error);
  g_assert_cmpstr (dossier_note_get_text (got), ==, text);
  g_assert_cmpstr (dossier_note_get_exact (got), ==, quote);
  g_assert_cmpstrv (dossier_note_get_tags (got), tags);

  dossier_anchorer_resolve (anchorer, got, &anchor);
  g_assert_cmpint (anchor.state, ==, DOSSIER_ANCHOR_POSITION);
  g_assert_true (anchor.in_text);
  g_assert_cmpstr (anchor.passage, ==, quote);
  {
    const char *analysed = dossier_article_get_text (anchor.article);
    g_autofree char *shown = g_strndup (analysed + anchor.text_start, anchor.text_end - anchor.text_start);
    g_assert_cmpstr (shown, ==, quote);
  }
  dossier_anchor_clear (&anchor);
  test_remove_tree_writable (dir);
}

/* Re-anchoring */

static DossierNote *
anchored_note (const char *dir)
{
  g_autoptr(DossierCorpus) corpus = load (dir);
  g_autoptr(DossierAnchorer) anchorer = dossier_anchorer_new (corpus);

  return note_on (anchorer, dir, "a.txt", passage_a);
}

static char *
replace (const char *s,
         const char *old,
         const char *new)
{
  g_auto(GStrv) parts = g_strsplit (s, old, 2);
  g_assert_nonnull (parts[1]);
  return g_strconcat (parts[0], new, parts[1], NULL);
}

static void
test_anchor_unchanged_and_insert (void)
{
  g_autofree char *dir = make_folder ();
  g_autoptr(DossierNote) note = NULL;
  g_autofree char *edited = NULL;
  DossierAnchor anchor;

  test_write_file (dir, "a.txt", article_a);
  note = anchored_note (dir);
  resolve (dir, note, &anchor);
  g_assert_cmpint (anchor.state, ==, DOSSIER_ANCHOR_POSITION);
  g_assert_cmpuint (anchor.start, ==, dossier_note_get_start (note));
  g_assert_false (anchor.moved);
  dossier_anchor_clear (&anchor);

  /* Text inserted before the passage: found by its quote, further on. */
  edited = replace (article_a, "The council", "Update: this story was corrected on Tuesday. The council");
  test_write_file (dir, "a.txt", edited);
  resolve (dir, note, &anchor);
  g_assert_cmpint (anchor.state, ==, DOSSIER_ANCHOR_QUOTE);
  g_assert_cmpuint (anchor.start, ==, dossier_note_get_start (note) + g_utf8_strlen ("Update: this story was corrected on Tuesday. ", -1));
  g_assert_cmpstr (anchor.passage, ==, passage_a);
  g_assert_true (anchor.in_text);
  dossier_anchor_clear (&anchor);
  test_remove_tree_writable (dir);
}

static void
test_anchor_small_edit (void)
{
  g_autofree char *dir = make_folder ();
  g_autoptr(DossierNote) note = NULL;
  g_autofree char *edited = NULL;
  DossierAnchor anchor;

  test_write_file (dir, "a.txt", article_a);
  note = anchored_note (dir);
  /* One word changed inside the quote: still at least 80% similar. */
  edited = replace (article_a, "three hundred jobs", "three hundred new jobs");
  test_write_file (dir, "a.txt", edited);
  resolve (dir, note, &anchor);
  g_assert_cmpint (anchor.state, ==, DOSSIER_ANCHOR_FUZZY);
  g_assert_cmpfloat (anchor.similarity, >=, 0.8);
  g_assert_cmpfloat (anchor.similarity, <, 1.0);
  g_assert_cmpstr (anchor.passage, ==, "the new quay would bring three hundred new jobs to the town");
  dossier_anchor_clear (&anchor);
  test_remove_tree_writable (dir);
}

static void
test_anchor_big_edit (void)
{
  g_autofree char *dir = make_folder ();
  g_autoptr(DossierNote) note = NULL;
  g_autofree char *edited = NULL;
  DossierAnchor anchor;

  test_write_file (dir, "a.txt", article_a);
  note = anchored_note (dir);
  /* Most of the quote rewritten, its context intact: context alone must
   * not anchor it. */
  edited = replace (article_a, passage_a, "a pier might one day employ several dozen of the people living there");
  test_write_file (dir, "a.txt", edited);
  resolve (dir, note, &anchor);
  g_assert_cmpint (anchor.state, ==, DOSSIER_ANCHOR_ORPHANED);
  g_assert_null (anchor.article);
  dossier_anchor_clear (&anchor);
  test_remove_tree_writable (dir);
}

static void
test_anchor_deleted (void)
{
  g_autofree char *dir = make_folder ();
  g_autoptr(DossierNote) note = NULL;
  g_autofree char *edited = NULL;
  DossierAnchor anchor;

  test_write_file (dir, "a.txt", article_a);
  note = anchored_note (dir);
  edited = replace (article_a, "Mayor Jane Doe said the new quay would bring three hundred jobs to the town by 2026.\n\n", "");
  test_write_file (dir, "a.txt", edited);
  resolve (dir, note, &anchor);
  g_assert_cmpint (anchor.state, ==, DOSSIER_ANCHOR_ORPHANED);
  dossier_anchor_clear (&anchor);

  /* The file itself gone: orphaned too, and still listed by the store. */
  {
    g_autofree char *path = g_build_filename (dir, "a.txt", NULL);
    g_assert_cmpint (g_unlink (path), ==, 0);
  }
  resolve (dir, note, &anchor);
  g_assert_cmpint (anchor.state, ==, DOSSIER_ANCHOR_ORPHANED);
  dossier_anchor_clear (&anchor);
  test_remove_tree_writable (dir);
}

static void
rename_file (const char *dir,
             const char *from,
             const char *to)
{
  g_autofree char *a = g_build_filename (dir, from, NULL);
  g_autofree char *b = g_build_filename (dir, to, NULL);
  g_autofree char *parent = g_path_get_dirname (b);

  g_assert_cmpint (g_mkdir_with_parents (parent, 0755), ==, 0);
  g_assert_cmpint (g_rename (a, b), ==, 0);
}

static void
test_anchor_renamed (void)
{
  g_autofree char *dir = make_folder ();
  g_autoptr(DossierNote) note = NULL;
  DossierAnchor anchor;

  test_write_file (dir, "a.txt", article_a);
  note = anchored_note (dir);
  rename_file (dir, "a.txt", "archive/harbour.txt");
  resolve (dir, note, &anchor);
  g_assert_cmpint (anchor.state, ==, DOSSIER_ANCHOR_POSITION);
  g_assert_true (anchor.moved);
  g_assert_cmpstr (anchor.path, ==, "archive/harbour.txt");
  dossier_anchor_clear (&anchor);
  test_remove_tree_writable (dir);
}

static void
test_anchor_identical_files (void)
{
  g_autofree char *dir = make_folder ();
  g_autoptr(DossierNote) note = NULL;
  DossierAnchor anchor;

  /* Two files with one hash: the note stays on its own file … */
  test_write_file (dir, "a.txt", article_a);
  test_write_file (dir, "copy.txt", article_a);
  note = anchored_note (dir);
  resolve (dir, note, &anchor);
  g_assert_cmpstr (anchor.path, ==, "a.txt");
  g_assert_false (anchor.moved);
  dossier_anchor_clear (&anchor);

  /* … and when it moves, the one with the same file name wins over the
   * other copy, whatever the order. */
  rename_file (dir, "a.txt", "z/a.txt");
  resolve (dir, note, &anchor);
  g_assert_cmpstr (anchor.path, ==, "z/a.txt");
  g_assert_true (anchor.moved);
  dossier_anchor_clear (&anchor);

  /* Renamed as well: some file with the hash, chosen by path order. */
  rename_file (dir, "z/a.txt", "z/b.txt");
  resolve (dir, note, &anchor);
  g_assert_cmpstr (anchor.path, ==, "copy.txt");
  g_assert_cmpint (anchor.state, ==, DOSSIER_ANCHOR_POSITION);
  dossier_anchor_clear (&anchor);
  test_remove_tree_writable (dir);
}

static void
test_anchor_context (void)
{
  const char *text = "alpha beta gamma. The same words here. delta epsilon. The same words here. zeta eta theta.";
  g_autoptr(DossierFileText) ft = dossier_file_text_new (text, strlen (text));
  g_autoptr(DossierFileText) ft2 = NULL;
  g_autofree char *exact = NULL, *prefix = NULL, *suffix = NULL;
  g_autofree char *edited = NULL;
  guint second = g_utf8_pointer_to_offset (text, strstr (strstr (text, "The same") + 1, "The same"));
  DossierAnchorMatch match;

  dossier_anchor_describe (ft, second, second + strlen ("The same words here."), &exact, &prefix, &suffix);
  g_assert_cmpstr (exact, ==, "The same words here.");
  g_assert_cmpstr (prefix, ==, "same words here. delta epsilon. ");
  g_assert_cmpstr (suffix, ==, " zeta eta theta.");

  /* Shifted: of the two occurrences, the one whose context matches wins,
   * though the other is nearer the old position. */
  edited = g_strconcat ("More than thirty characters of new text here: ", text, NULL);
  ft2 = dossier_file_text_new (edited, strlen (edited));
  g_assert_true (dossier_anchor_find (ft2, exact, prefix, suffix, second, second + 20, &match));
  g_assert_cmpint (match.state, ==, DOSSIER_ANCHOR_QUOTE);
  g_assert_cmpuint (match.start, ==, second + strlen ("More than thirty characters of new text here: "));

  /* No position at all (a foreign annotation): context still decides. */
  g_assert_true (dossier_anchor_find (ft, exact, prefix, suffix, -1, -1, &match));
  g_assert_cmpuint (match.start, ==, second);
  g_assert_true (dossier_anchor_find (ft, exact, "alpha beta gamma. ", " delta", -1, -1, &match));
  g_assert_cmpuint (match.start, <, second);

  /* Context alone never anchors. */
  g_assert_false (dossier_anchor_find (ft, "Completely different words!", prefix, suffix, second, second + 27, &match));
  g_assert_cmpint (match.state, ==, DOSSIER_ANCHOR_ORPHANED);
}

static void
test_anchor_fuzzy_far (void)
{
  g_autoptr(GString) text = g_string_new (NULL);
  g_autoptr(DossierFileText) ft = NULL;
  const char *quote = "the new quay would bring three hundred jobs to the town";
  DossierAnchorMatch match;
  guint at;

  /* Far beyond the first look around the old position (20,000 characters
   * inserted before it), and edited: the whole file is searched. */
  for (guint i = 0; i < 1000; i++)
    g_string_append (text, "filler text ");
  g_string_append (text, "Mayor Jane Doe said the new quay would bring four hundred jobs to the town by 2026. ");
  for (guint i = 0; i < 1000; i++)
    g_string_append (text, "more filler ");
  ft = dossier_file_text_new (text->str, text->len);
  at = g_utf8_pointer_to_offset (text->str, strstr (text->str, "the new quay"));
  g_assert_true (dossier_anchor_find (ft, quote, "Mayor Jane Doe said ", " by 2026.", 40, 40 + strlen (quote), &match));
  g_assert_cmpint (match.state, ==, DOSSIER_ANCHOR_FUZZY);
  g_assert_cmpuint (match.start, ==, at);
  g_assert_cmpuint (match.end, ==, at + strlen ("the new quay would bring four hundred jobs to the town"));
  g_assert_cmpfloat (match.similarity, >=, 0.8);
}

static void
test_file_text_encodings (void)
{
  const char utf16[] = "\xFF\xFE" "a\0\xE9\0" "\x3D\xD8\x42\xDE" "b\0";
  const char cp1252[] = "caf\xE9 \x93quoted\x94";
  const char bad[] = "ok \xC3\xA9 \xFF\xFE bad";
  const char twice[] = "Xi\xC3\xA2\xE2\x82\xAC\xE2\x84\xA2s caf\xC3\x83\xC2\xA9";
  g_autoptr(DossierFileText) a = dossier_file_text_new (utf16, sizeof utf16 - 1);
  g_autoptr(DossierFileText) b = dossier_file_text_new (cp1252, sizeof cp1252 - 1);
  g_autoptr(DossierFileText) c = dossier_file_text_new (bad, sizeof bad - 1);
  g_autoptr(DossierFileText) d = dossier_file_text_new (twice, sizeof twice - 1);

  g_assert_cmpstr (dossier_file_text_get_utf8 (a), ==, "a\xC3\xA9\xF0\x9F\x99\x82" "b");
  g_assert_cmpuint (dossier_file_text_get_length (a), ==, 4);
  g_assert_cmpuint (dossier_file_text_char_to_byte (a, 3), ==, 10);
  g_assert_cmpuint (dossier_file_text_byte_to_char (a, 10, FALSE), ==, 3);
  g_assert_cmpuint (dossier_file_text_byte_to_char (a, 7, FALSE), ==, 2);
  g_assert_cmpuint (dossier_file_text_byte_to_char (a, 7, TRUE), ==, 3);
  g_assert_cmpstr (dossier_file_text_get_utf8 (b), ==, "caf\xC3\xA9 \xE2\x80\x9Cquoted\xE2\x80\x9D");
  g_assert_cmpstr (dossier_file_text_get_utf8 (c), ==, "ok \xC3\xA9 \xEF\xBF\xBD\xEF\xBF\xBD bad");
  /* UTF-8 encoded twice counts in the characters the reader shows. */
  g_assert_cmpstr (dossier_file_text_get_utf8 (d), ==, "Xi’s café");
  g_assert_cmpuint (dossier_file_text_get_length (d), ==, 9);
  g_assert_cmpuint (dossier_file_text_char_to_byte (d, 3), ==, 10);
  g_assert_cmpuint (dossier_file_text_char_to_byte (d, 8), ==, 15);
}

/* Export */

static const char *export_quote_bbc = "Mr Lukashenko said his country “fully supports” a Beijing plan for ending the war in Ukraine.";
static const char *export_quote_ap = "a close ally of Russia";

/* Two notes on the seeds, with fixed ids and times. */
static GPtrArray *
seed_notes (const char       *dir,
            DossierAnchorer  *anchorer)
{
  GPtrArray *list = g_ptr_array_new_with_free_func (g_object_unref);
  DossierNote *bbc = note_on (anchorer, dir, "bbc-china-belarus.txt", export_quote_bbc);
  DossierNote *ap = note_on (anchorer, dir, "ap-china-belarus.txt", export_quote_ap);
  const char *bbc_tags[] = { "peace plan", "belarus", NULL };
  const char *bbc_entities[] = { "Alexander Lukashenko", "Beijing", "Ukraine", NULL };
  const char *ap_tags[] = { "russia", NULL };
  const char *ap_entities[] = { "Russia", NULL };

  dossier_note_set_id (bbc, "6f1c2a3e-0b7d-4c55-9a51-0d7e3b1f2a01");
  dossier_note_set_text (bbc, "Belarus backs the Chinese plan <script>alert(\"x\")</script> & more.");
  dossier_note_set_tags (bbc, bbc_tags);
  dossier_note_set_entities (bbc, bbc_entities);
  dossier_note_set_color (bbc, "green");
  dossier_note_set_times (bbc, 1700000000000000, 1700000060500000);
  dossier_note_set_id (ap, "6f1c2a3e-0b7d-4c55-9a51-0d7e3b1f2a02");
  dossier_note_set_text (ap, "");
  dossier_note_set_tags (ap, ap_tags);
  dossier_note_set_entities (ap, ap_entities);
  dossier_note_set_times (ap, 1700000100000000, 1700000100000000);
  g_ptr_array_add (list, ap);
  g_ptr_array_add (list, bbc);
  return list;
}

static void
test_export_markdown (void)
{
  g_autofree char *dir = make_folder ();
  g_autoptr(DossierCorpus) corpus = NULL;
  g_autoptr(DossierAnchorer) anchorer = NULL;
  g_autoptr(GPtrArray) list = NULL;
  g_autofree char *md = NULL;
  const char *expected =
    "# Notes: seeds\n"
    "\n"
    "## China, Belarus presidents call for Ukraine cease-fire, talks\n"
    "\n"
    "*AP · page of 2024-06-18 · `ap-china-belarus.txt`*\n"
    "\n"
    "> a close ally of Russia\n"
    "\n"
    "Tags: #russia  \n"
    "Mentions: Russia  \n"
    "\n"
    "## China and Belarus Express ‘Extreme Interest’ in Ukraine Peace\n"
    "\n"
    "*BBC · `bbc-china-belarus.txt`*\n"
    "\n"
    "> Mr Lukashenko said his country “fully supports” a Beijing plan for ending the war in Ukraine.\n"
    "\n"
    "Belarus backs the Chinese plan \\<script>alert(\"x\")\\</script> & more.\n"
    "\n"
    "Tags: #peace plan, #belarus  \n"
    "Mentions: Alexander Lukashenko, Beijing, Ukraine  \n"
    "\n";

  copy_seed (dir, "bbc-china-belarus.txt");
  copy_seed (dir, "ap-china-belarus.txt");
  corpus = load (dir);
  anchorer = dossier_anchorer_new (corpus);
  list = seed_notes (dir, anchorer);
  md = dossier_export_notes (list, anchorer, "Notes: seeds", DOSSIER_EXPORT_MARKDOWN);
  g_assert_cmpstr (md, ==, expected);
  test_remove_tree_writable (dir);
}

static void
test_export_html (void)
{
  g_autofree char *dir = make_folder ();
  g_autoptr(DossierCorpus) corpus = NULL;
  g_autoptr(DossierAnchorer) anchorer = NULL;
  g_autoptr(GPtrArray) list = NULL;
  g_autofree char *html = NULL;
  const char *expected_bbc =
    "<div class=\"note-item\">\n"
    "<blockquote class=\"green\">Mr Lukashenko said his country “fully supports” a Beijing plan for ending the war in Ukraine.</blockquote>\n"
    "<p class=\"note\">Belarus backs the Chinese plan &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; more.</p>\n"
    "<p class=\"tags\">Tags: <span class=\"tag\">#peace plan</span><span class=\"tag\">#belarus</span></p>\n"
    "<p class=\"entities\">Mentions: Alexander Lukashenko, Beijing, Ukraine</p>\n"
    "</div>\n";

  copy_seed (dir, "bbc-china-belarus.txt");
  copy_seed (dir, "ap-china-belarus.txt");
  corpus = load (dir);
  anchorer = dossier_anchorer_new (corpus);
  list = seed_notes (dir, anchorer);
  dossier_note_set_quote (g_ptr_array_index (list, 0), "<b>", NULL, NULL); /* orphaned now */
  html = dossier_export_notes (list, anchorer, "Notes & <seeds>", DOSSIER_EXPORT_HTML);
  g_assert_true (g_str_has_prefix (html, "<!DOCTYPE html>\n<html>\n<head>\n<meta charset=\"utf-8\">"));
  g_assert_nonnull (strstr (html, "<title>Notes &amp; &lt;seeds&gt;</title>"));
  g_assert_nonnull (strstr (html, "<style>"));
  g_assert_nonnull (strstr (html, "@media print"));
  g_assert_nonnull (strstr (html, expected_bbc));
  g_assert_nonnull (strstr (html, "<h2>China and Belarus Express ‘Extreme Interest’ in Ukraine Peace</h2>\n<p class=\"meta\">BBC · <code>bbc-china-belarus.txt</code></p>"));
  g_assert_nonnull (strstr (html, "<blockquote class=\"yellow\">&lt;b&gt;</blockquote>"));
  g_assert_nonnull (strstr (html, "<p class=\"orphaned\">"));
  /* No user string reaches the page unescaped, and nothing is fetched. */
  g_assert_null (strstr (html, "<script"));
  g_assert_null (strstr (html, "<b>"));
  g_assert_null (strstr (html, "http"));
  g_assert_true (g_str_has_suffix (html, "</section>\n</body>\n</html>\n"));
  test_remove_tree_writable (dir);
}

static void
test_export_csv (void)
{
  g_autofree char *dir = make_folder ();
  g_autoptr(DossierCorpus) corpus = NULL;
  g_autoptr(DossierAnchorer) anchorer = NULL;
  g_autoptr(GPtrArray) list = NULL;
  g_autofree char *csv = NULL;
  g_autofree char *expected = NULL;
  DossierNote *ap, *bbc;

  copy_seed (dir, "bbc-china-belarus.txt");
  copy_seed (dir, "ap-china-belarus.txt");
  corpus = load (dir);
  anchorer = dossier_anchorer_new (corpus);
  list = seed_notes (dir, anchorer);
  ap = g_ptr_array_index (list, 0);
  bbc = g_ptr_array_index (list, 1);
  csv = dossier_export_notes (list, anchorer, "", DOSSIER_EXPORT_CSV);
  expected = g_strdup_printf (
    "id,file,title,quote,note,tags,color,entities,start,end,status,created,modified\r\n"
    "6f1c2a3e-0b7d-4c55-9a51-0d7e3b1f2a02,ap-china-belarus.txt,\"China, Belarus presidents call for Ukraine cease-fire, talks\","
    "a close ally of Russia,,russia,yellow,Russia,%" G_GINT64_FORMAT ",%" G_GINT64_FORMAT ",position,2023-11-14T22:15:00Z,2023-11-14T22:15:00Z\r\n"
    "6f1c2a3e-0b7d-4c55-9a51-0d7e3b1f2a01,bbc-china-belarus.txt,China and Belarus Express ‘Extreme Interest’ in Ukraine Peace,"
    "Mr Lukashenko said his country “fully supports” a Beijing plan for ending the war in Ukraine.,"
    "\"Belarus backs the Chinese plan <script>alert(\"\"x\"\")</script> & more.\",peace plan; belarus,green,"
    "Alexander Lukashenko; Beijing; Ukraine,%" G_GINT64_FORMAT ",%" G_GINT64_FORMAT ",position,2023-11-14T22:13:20Z,2023-11-14T22:14:20.500000Z\r\n",
    dossier_note_get_start (ap), dossier_note_get_end (ap), dossier_note_get_start (bbc), dossier_note_get_end (bbc));
  g_assert_cmpstr (csv, ==, expected);
  test_remove_tree_writable (dir);
}

static void
test_export_entities_csv (void)
{
  g_autofree char *dir = make_folder ();
  g_autoptr(DossierCorpus) corpus = NULL;
  g_autofree char *csv = NULL;
  g_auto(GStrv) rows = NULL;

  copy_seed (dir, "ap-china-belarus.txt");
  corpus = load (dir);
  csv = dossier_export_entities_csv (corpus, NULL);
  /* The header always; rows as the folder's entity list has them. */
  g_assert_true (g_str_has_prefix (csv, "name,label,articles,mentions,aliases\r\n"));
  rows = g_strsplit (csv, "\r\n", -1);
  g_assert_cmpuint (g_strv_length (rows) - 1, ==, 1 + g_list_model_get_n_items (dossier_corpus_get_entities (corpus)));
  test_remove_tree_writable (dir);
}

static JsonObject *
find_item (JsonArray  *items,
           const char *id)
{
  for (guint i = 0; i < json_array_get_length (items); i++)
    {
      JsonObject *o = json_array_get_object_element (items, i);
      if (g_str_equal (json_object_get_string_member (o, "id"), id))
        return o;
    }
  return NULL;
}

static void
test_export_jsonld (void)
{
  g_autofree char *dir = make_folder ();
  g_autoptr(DossierCorpus) corpus = NULL;
  g_autoptr(DossierAnchorer) anchorer = NULL;
  g_autoptr(GPtrArray) list = NULL;
  g_autofree char *json = NULL, *source = NULL, *file = NULL;
  g_autoptr(JsonParser) parser = json_parser_new ();
  JsonObject *root, *item, *target, *quote, *pos, *body0, *body1;
  JsonArray *items, *selectors, *bodies;

  copy_seed (dir, "bbc-china-belarus.txt");
  copy_seed (dir, "ap-china-belarus.txt");
  corpus = load (dir);
  anchorer = dossier_anchorer_new (corpus);
  list = seed_notes (dir, anchorer);
  json = dossier_export_notes (list, anchorer, "Notes: seeds", DOSSIER_EXPORT_JSONLD);
  g_assert_true (json_parser_load_from_data (parser, json, -1, NULL));
  root = json_node_get_object (json_parser_get_root (parser));
  g_assert_cmpstr (json_array_get_string_element (json_object_get_array_member (root, "@context"), 0), ==,
                   "http://www.w3.org/ns/anno.jsonld");
  g_assert_cmpstr (json_object_get_string_member (root, "type"), ==, "AnnotationCollection");
  g_assert_cmpint (json_object_get_int_member (root, "total"), ==, 2);
  items = json_object_get_array_member (json_object_get_object_member (root, "first"), "items");
  g_assert_cmpuint (json_array_get_length (items), ==, 2);
  item = find_item (items, "urn:uuid:6f1c2a3e-0b7d-4c55-9a51-0d7e3b1f2a01");
  g_assert_nonnull (item);
  g_assert_cmpstr (json_object_get_string_member (item, "type"), ==, "Annotation");
  g_assert_cmpstr (json_object_get_string_member (item, "created"), ==, "2023-11-14T22:13:20Z");
  g_assert_cmpstr (json_object_get_string_member (item, "modified"), ==, "2023-11-14T22:14:20.500000Z");
  bodies = json_object_get_array_member (item, "body");
  g_assert_cmpuint (json_array_get_length (bodies), ==, 3);
  body0 = json_array_get_object_element (bodies, 0);
  g_assert_cmpstr (json_object_get_string_member (body0, "type"), ==, "TextualBody");
  g_assert_cmpstr (json_object_get_string_member (body0, "value"), ==, "Belarus backs the Chinese plan <script>alert(\"x\")</script> & more.");
  body1 = json_array_get_object_element (bodies, 1);
  g_assert_cmpstr (json_object_get_string_member (body1, "purpose"), ==, "tagging");
  g_assert_cmpstr (json_object_get_string_member (body1, "value"), ==, "peace plan");
  target = json_object_get_object_member (item, "target");
  file = g_build_filename (dir, "bbc-china-belarus.txt", NULL);
  source = g_filename_to_uri (file, NULL, NULL);
  g_assert_cmpstr (json_object_get_string_member (target, "source"), ==, source);
  g_assert_cmpstr (json_object_get_string_member (target, "styleClass"), ==, "green");
  g_assert_cmpstr (json_object_get_string_member (target, "dossier:sha256"), ==,
                   dossier_article_get_content_hash (dossier_corpus_find_article (corpus, "bbc-china-belarus.txt")));
  selectors = json_object_get_array_member (target, "selector");
  quote = json_array_get_object_element (selectors, 0);
  pos = json_array_get_object_element (selectors, 1);
  g_assert_cmpstr (json_object_get_string_member (quote, "type"), ==, "TextQuoteSelector");
  g_assert_cmpstr (json_object_get_string_member (quote, "exact"), ==, export_quote_bbc);
  g_assert_cmpstr (json_object_get_string_member (quote, "prefix"), ==, dossier_note_get_prefix (g_ptr_array_index (list, 1)));
  g_assert_cmpstr (json_object_get_string_member (pos, "type"), ==, "TextPositionSelector");
  g_assert_cmpint (json_object_get_int_member (pos, "start"), ==, dossier_note_get_start (g_ptr_array_index (list, 1)));
  test_remove_tree_writable (dir);
}

static void
assert_same_note (DossierNote *a,
                  DossierNote *b)
{
  g_assert_cmpstr (dossier_note_get_id (a), ==, dossier_note_get_id (b));
  g_assert_cmpstr (dossier_note_get_folder (a), ==, dossier_note_get_folder (b));
  g_assert_cmpstr (dossier_note_get_path (a), ==, dossier_note_get_path (b));
  g_assert_cmpstr (dossier_note_get_hash (a), ==, dossier_note_get_hash (b));
  g_assert_cmpstr (dossier_note_get_exact (a), ==, dossier_note_get_exact (b));
  g_assert_cmpstr (dossier_note_get_prefix (a), ==, dossier_note_get_prefix (b));
  g_assert_cmpstr (dossier_note_get_suffix (a), ==, dossier_note_get_suffix (b));
  g_assert_cmpint (dossier_note_get_start (a), ==, dossier_note_get_start (b));
  g_assert_cmpint (dossier_note_get_end (a), ==, dossier_note_get_end (b));
  g_assert_cmpstr (dossier_note_get_color (a), ==, dossier_note_get_color (b));
  g_assert_cmpstr (dossier_note_get_text (a), ==, dossier_note_get_text (b));
  g_assert_cmpstrv (dossier_note_get_tags (a), dossier_note_get_tags (b));
  g_assert_cmpstrv (dossier_note_get_entities (a), dossier_note_get_entities (b));
  g_assert_cmpint (dossier_note_get_created (a), ==, dossier_note_get_created (b));
  g_assert_cmpint (dossier_note_get_modified (a), ==, dossier_note_get_modified (b));
}

static void
test_jsonld_round_trip (void)
{
  g_autofree char *dir = make_folder ();
  g_autofree char *key = folder_key (dir);
  g_autoptr(DossierCorpus) corpus = NULL;
  g_autoptr(DossierAnchorer) anchorer = NULL;
  g_autoptr(GPtrArray) list = NULL, back = NULL;
  g_autofree char *json = NULL, *db = NULL;
  g_autoptr(DossierNotes) notes = NULL;
  g_autoptr(GError) error = NULL;
  DossierNoteFilter filter = { .folder = key };
  guint added = 99, skipped = 99;

  copy_seed (dir, "bbc-china-belarus.txt");
  copy_seed (dir, "ap-china-belarus.txt");
  corpus = load (dir);
  anchorer = dossier_anchorer_new (corpus);
  list = seed_notes (dir, anchorer);
  json = dossier_export_notes (list, anchorer, "x", DOSSIER_EXPORT_JSONLD);

  db = g_build_filename (dir, "other.db", NULL);
  notes = dossier_notes_new (db, &error);
  g_assert_no_error (error);
  g_assert_true (dossier_notes_import_jsonld (notes, anchorer, key, json, -1, &added, &skipped, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (added, ==, 2);
  g_assert_cmpuint (skipped, ==, 0);
  back = dossier_notes_list (notes, &filter, &error);
  g_assert_cmpuint (back->len, ==, 2);
  assert_same_note (g_ptr_array_index (list, 0), g_ptr_array_index (back, 0));
  assert_same_note (g_ptr_array_index (list, 1), g_ptr_array_index (back, 1));

  /* Again: nothing doubles. */
  g_assert_true (dossier_notes_import_jsonld (notes, anchorer, key, json, -1, &added, &skipped, &error));
  g_assert_cmpuint (added, ==, 0);
  g_assert_cmpuint (skipped, ==, 2);
  g_clear_pointer (&back, g_ptr_array_unref);
  back = dossier_notes_list (notes, &filter, &error);
  g_assert_cmpuint (back->len, ==, 2);
  test_remove_tree_writable (dir);
}

static GPtrArray *
import (DossierNotes     *notes,
        DossierAnchorer  *anchorer,
        const char       *key,
        const char       *json,
        GError          **error)
{
  DossierNoteFilter filter = { .folder = key };

  GPtrArray *list;

  if (!dossier_notes_import_jsonld (notes, anchorer, key, json, -1, NULL, NULL, error))
    return NULL;
  list = dossier_notes_list (notes, &filter, NULL);
  g_assert_nonnull (list);
  return list;
}

static void
test_import_foreign (void)
{
  g_autofree char *dir = make_folder ();
  g_autofree char *key = folder_key (dir);
  g_autoptr(DossierCorpus) corpus = NULL;
  g_autoptr(DossierAnchorer) anchorer = NULL;
  g_autoptr(DossierNotes) notes = open_notes ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) list = NULL;
  g_autofree char *single = NULL, *array = NULL, *collection = NULL, *by_hash = NULL, *moved_uri = NULL;
  g_autofree char *hash = NULL;
  DossierNote *n;
  DossierAnchor anchor;

  copy_seed (dir, "bbc-china-belarus.txt");
  copy_seed (dir, "ap-china-belarus.txt");
  corpus = load (dir);
  anchorer = dossier_anchorer_new (corpus);
  hash = g_strdup (dossier_article_get_content_hash (dossier_corpus_find_article (corpus, "ap-china-belarus.txt")));

  /* A single Annotation: relative path, one selector object, a body with
   * no purpose and a tagging one, no id. */
  single = g_strdup (
    "{\"@context\": \"http://www.w3.org/ns/anno.jsonld\", \"type\": \"Annotation\","
    " \"body\": [{\"type\": \"TextualBody\", \"value\": \"From another tool\"},"
    "            {\"type\": \"TextualBody\", \"purpose\": \"tagging\", \"value\": \"imported\"}],"
    " \"target\": {\"source\": \"bbc-china-belarus.txt\","
    "            \"selector\": {\"type\": \"TextQuoteSelector\", \"exact\": \"Belta reported\"}}}");
  list = import (notes, anchorer, key, single, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (list->len, ==, 1);
  n = g_ptr_array_index (list, 0);
  g_assert_cmpstr (dossier_note_get_path (n), ==, "bbc-china-belarus.txt");
  g_assert_cmpstr (dossier_note_get_text (n), ==, "From another tool");
  g_assert_cmpstr (dossier_note_get_tags (n)[0], ==, "imported");
  g_assert_cmpint (dossier_note_get_start (n), >=, 0); /* filled in from the file */
  g_assert_cmpuint (strlen (dossier_note_get_prefix (n)), >, 0);
  dossier_anchorer_resolve (anchorer, n, &anchor);
  g_assert_cmpint (anchor.state, ==, DOSSIER_ANCHOR_POSITION);
  dossier_anchor_clear (&anchor);
  g_clear_pointer (&list, g_ptr_array_unref);
  /* Without an id, the same target, quote and body is still a duplicate. */
  list = import (notes, anchorer, key, single, &error);
  g_assert_cmpuint (list->len, ==, 1);
  g_clear_pointer (&list, g_ptr_array_unref);

  /* A JSON array; a position-only selector; an http id; bodyValue. */
  array = g_strdup (
    "[{\"id\": \"http://example.org/anno/1\", \"type\": \"Annotation\", \"bodyValue\": \"positions only\","
    "  \"target\": {\"source\": \"./ap-china-belarus.txt\","
    "              \"selector\": [{\"type\": \"TextPositionSelector\", \"start\": 369, \"end\": 391}]}}]");
  list = import (notes, anchorer, key, array, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (list->len, ==, 2);
  n = g_ptr_array_index (list, 0);
  g_assert_cmpstr (dossier_note_get_path (n), ==, "ap-china-belarus.txt");
  g_assert_cmpstr (dossier_note_get_exact (n), ==, "a close ally of Russia");
  g_assert_cmpstr (dossier_note_get_text (n), ==, "positions only");
  g_clear_pointer (&list, g_ptr_array_unref);
  list = import (notes, anchorer, key, array, &error);
  g_assert_cmpuint (list->len, ==, 2);
  g_clear_pointer (&list, g_ptr_array_unref);

  /* A collection with first.items; a file URI from another machine,
   * matched by content hash; the target's selectors in an array. */
  moved_uri = g_strdup ("file:///home/someone/else/renamed.txt");
  by_hash = g_strdup_printf (
    "{\"type\": \"AnnotationCollection\", \"first\": {\"type\": \"AnnotationPage\", \"items\": ["
    " {\"id\": \"urn:uuid:0e3c7a4c-9d7e-4c1b-8a62-52f1d1b0a001\", \"type\": \"Annotation\","
    "  \"body\": {\"type\": \"TextualBody\", \"purpose\": \"tagging\", \"value\": \"hash\"},"
    "  \"target\": {\"source\": \"%s\", \"dossier:sha256\": \"%s\","
    "   \"selector\": [{\"type\": \"TextQuoteSelector\", \"exact\": \"Xi Jinping\", \"prefix\": \"Chinese counterpart, \"},"
    "                  {\"type\": \"TextPositionSelector\", \"start\": 0, \"end\": 10}]}}]}}",
    moved_uri, hash);
  list = import (notes, anchorer, key, by_hash, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (list->len, ==, 3);
  n = NULL;
  for (guint i = 0; i < list->len; i++)
    if (g_str_equal (dossier_note_get_id (g_ptr_array_index (list, i)), "0e3c7a4c-9d7e-4c1b-8a62-52f1d1b0a001"))
      n = g_ptr_array_index (list, i);
  g_assert_nonnull (n);
  g_assert_cmpstr (dossier_note_get_path (n), ==, "ap-china-belarus.txt");
  g_assert_cmpstr (dossier_note_get_tags (n)[0], ==, "hash");
  dossier_anchorer_resolve (anchorer, n, &anchor);
  g_assert_cmpint (anchor.state, ==, DOSSIER_ANCHOR_QUOTE); /* the position was wrong */
  g_assert_cmpstr (anchor.passage, ==, "Xi Jinping");
  dossier_anchor_clear (&anchor);
  g_clear_pointer (&list, g_ptr_array_unref);

  /* A target given as a string (a file URI inside the folder): a note on
   * the whole file, found with it. */
  {
    g_autofree char *path = g_build_filename (dir, "bbc-china-belarus.txt", NULL);
    g_autofree char *uri = g_filename_to_uri (path, NULL, NULL);
    g_autofree char *whole = g_strdup_printf (
      "{\"type\": \"Annotation\", \"id\": \"urn:uuid:0e3c7a4c-9d7e-4c1b-8a62-52f1d1b0a002\","
      " \"body\": {\"type\": \"TextualBody\", \"value\": \"Read this one first\"}, \"target\": \"%s\"}", uri);

    list = import (notes, anchorer, key, whole, &error);
    g_assert_no_error (error);
    g_assert_cmpuint (list->len, ==, 4);
    g_clear_pointer (&list, g_ptr_array_unref);
    n = dossier_notes_lookup (notes, "0e3c7a4c-9d7e-4c1b-8a62-52f1d1b0a002", &error);
    g_assert_no_error (error);
    g_assert_cmpstr (dossier_note_get_path (n), ==, "bbc-china-belarus.txt");
    g_assert_cmpstr (dossier_note_get_exact (n), ==, "");
    g_assert_cmpstr (dossier_note_get_text (n), ==, "Read this one first");
    dossier_anchorer_resolve (anchorer, n, &anchor);
    g_assert_cmpint (anchor.state, ==, DOSSIER_ANCHOR_POSITION);
    dossier_anchor_clear (&anchor);
    g_object_unref (n);
  }

  /* A position without a quote on a file that is not there: refused … */
  collection = g_strdup (
    "{\"type\": \"AnnotationCollection\", \"first\": {\"items\": ["
    " {\"type\": \"Annotation\", \"target\": {\"source\": \"ap-china-belarus.txt\","
    "   \"selector\": {\"type\": \"TextQuoteSelector\", \"exact\": \"peace proposal\"}}},"
    " {\"type\": \"Annotation\", \"target\": {\"source\": \"gone.txt\","
    "   \"selector\": {\"type\": \"TextPositionSelector\", \"start\": 1, \"end\": 5}}}]}}");
  g_assert_null (import (notes, anchorer, key, collection, &error));
  g_assert_error (error, DOSSIER_NOTES_ERROR, DOSSIER_NOTES_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "Annotation 2"));
  g_clear_error (&error);
  /* … and nothing of that file was imported (one transaction). */
  list = import (notes, anchorer, key, "[]", &error);
  g_assert_cmpuint (list->len, ==, 4);
  g_clear_pointer (&list, g_ptr_array_unref);

  /* Not JSON, not annotations. */
  g_assert_null (import (notes, anchorer, key, "{\"type\": \"Annotation\", ", &error));
  g_assert_error (error, DOSSIER_NOTES_ERROR, DOSSIER_NOTES_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_null (import (notes, anchorer, key, "{\"hello\": 1}", &error));
  g_assert_error (error, DOSSIER_NOTES_ERROR, DOSSIER_NOTES_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_null (import (notes, anchorer, key, "[1, 2]", &error));
  g_assert_error (error, DOSSIER_NOTES_ERROR, DOSSIER_NOTES_ERROR_INVALID);
  g_clear_error (&error);
  test_remove_tree_writable (dir);
}

/* Bad databases */

static char *
read_all (const char *path,
          gsize      *len)
{
  char *data = NULL;
  g_assert_true (g_file_get_contents (path, &data, len, NULL));
  return data;
}

static void
test_corrupt_database (void)
{
  g_autofree char *db = dossier_notes_dup_default_path ();
  g_autofree char *dir = g_path_get_dirname (db);
  g_autofree char *garbage = g_malloc (8192);
  g_autofree char *after = NULL;
  g_autoptr(GError) error = NULL;
  DossierNotes *notes;
  gsize len = 0;

  for (guint i = 0; i < 8192; i++)
    garbage[i] = (char) (i * 7 + 3);
  g_assert_cmpint (g_mkdir_with_parents (dir, 0700), ==, 0);
  g_assert_true (g_file_set_contents (db, garbage, 8192, NULL));
  notes = dossier_notes_new (NULL, &error);
  g_assert_null (notes);
  g_assert_error (error, DOSSIER_NOTES_ERROR, DOSSIER_NOTES_ERROR_CORRUPT);
  g_assert_nonnull (strstr (error->message, "untouched"));
  after = read_all (db, &len);
  g_assert_cmpuint (len, ==, 8192);
  g_assert_cmpmem (after, len, garbage, 8192);
}

static void
test_damaged_database (void)
{
  g_autofree char *db = dossier_notes_dup_default_path ();
  g_autofree char *before = NULL, *after = NULL;
  g_autoptr(GError) error = NULL;
  gsize len = 0, len2 = 0;

  /* A real notes database with a page overwritten. */
  {
    g_autoptr(DossierNotes) notes = open_notes ();
    for (guint i = 0; i < 200; i++)
      {
        g_autoptr(DossierNote) note = dossier_note_new ();
        g_autofree char *text = g_strdup_printf ("note %u %s", i, "padding padding padding padding padding padding");
        dossier_note_set_folder (note, "/f");
        dossier_note_set_path (note, "a.txt");
        dossier_note_set_quote (note, text, NULL, NULL);
        dossier_note_set_text (note, text);
        g_assert_true (dossier_notes_add (notes, note, &error));
      }
  }
  before = read_all (db, &len);
  g_assert_cmpuint (len, >, 3 * 4096);
  memset (before + 4096, 0x5A, 2000); /* page 2: header and cell pointers */
  g_assert_true (g_file_set_contents (db, before, len, NULL));
  g_assert_null (dossier_notes_new (NULL, &error));
  g_assert_error (error, DOSSIER_NOTES_ERROR, DOSSIER_NOTES_ERROR_CORRUPT);
  after = read_all (db, &len2);
  g_assert_cmpmem (after, len2, before, len);
}

static void
test_newer_database (void)
{
  g_autofree char *db = dossier_notes_dup_default_path ();
  g_autofree char *dir = g_path_get_dirname (db);
  g_autofree char *before = NULL, *after = NULL, *wal = g_strconcat (db, "-wal", NULL);
  g_autoptr(GError) error = NULL;
  sqlite3 *handle = NULL;
  gsize len = 0, len2 = 0;

  g_assert_cmpint (g_mkdir_with_parents (dir, 0700), ==, 0);
  g_assert_cmpint (sqlite3_open (db, &handle), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (handle, "CREATE TABLE notes (id TEXT, future TEXT); "
                                 "INSERT INTO notes VALUES ('x', 'from the future'); "
                                 "PRAGMA user_version = 42;", NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (handle);
  before = read_all (db, &len);
  g_assert_null (dossier_notes_new (NULL, &error));
  g_assert_error (error, DOSSIER_NOTES_ERROR, DOSSIER_NOTES_ERROR_NEWER);
  g_assert_nonnull (strstr (error->message, "newer"));
  after = read_all (db, &len2);
  g_assert_cmpmem (after, len2, before, len);
  g_assert_false (g_file_test (wal, G_FILE_TEST_EXISTS));
}

static void
test_foreign_database (void)
{
  g_autofree char *db = dossier_notes_dup_default_path ();
  g_autofree char *dir = g_path_get_dirname (db);
  g_autofree char *before = NULL, *after = NULL;
  g_autoptr(GError) error = NULL;
  sqlite3 *handle = NULL;
  gsize len = 0, len2 = 0;

  g_assert_cmpint (g_mkdir_with_parents (dir, 0700), ==, 0);
  g_assert_cmpint (sqlite3_open (db, &handle), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (handle, "CREATE TABLE photos (id INTEGER)", NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (handle);
  before = read_all (db, &len);
  g_assert_null (dossier_notes_new (NULL, &error));
  g_assert_error (error, DOSSIER_NOTES_ERROR, DOSSIER_NOTES_ERROR_CORRUPT);
  after = read_all (db, &len2);
  g_assert_cmpmem (after, len2, before, len);
}

/* Read-only data folder. Permissions do not bind root, so the checks run
 * in a subprocess that drops to "nobody" when the tests run as root. */

static char *readonly_root;

static void
drop_root (void)
{
  if (geteuid () == 0)
    {
      g_assert_cmpint (setgid (65534), ==, 0);
      g_assert_cmpint (setuid (65534), ==, 0);
    }
}

static void
test_read_only (void)
{
  g_autofree char *data = NULL, *db = NULL, *db_dir = NULL, *fresh = NULL;
  g_autoptr(GError) error = NULL;

  if (g_test_subprocess ())
    {
      DossierNotes *notes;

      drop_root ();
      data = g_build_filename (g_getenv ("DOSSIER_TEST_RO_ROOT"), "data", NULL);
      db = g_build_filename (data, "dossier", "notes.db", NULL);
      notes = dossier_notes_new (db, &error);
      g_assert_null (notes);
      g_assert_error (error, DOSSIER_NOTES_ERROR, DOSSIER_NOTES_ERROR_READ_ONLY);
      g_printerr ("%s\n", error->message);
      g_clear_error (&error);

      /* No database yet, and the data folder cannot be created. */
      fresh = g_build_filename (g_getenv ("DOSSIER_TEST_RO_ROOT"), "locked", "dossier", "notes.db", NULL);
      g_assert_null (dossier_notes_new (fresh, &error));
      g_assert_error (error, DOSSIER_NOTES_ERROR, DOSSIER_NOTES_ERROR_READ_ONLY);
      g_printerr ("%s\n", error->message);
      return;
    }

  readonly_root = make_folder ();
  data = g_build_filename (readonly_root, "data", NULL);
  db = g_build_filename (data, "dossier", "notes.db", NULL);
  db_dir = g_path_get_dirname (db);
  {
    g_autoptr(DossierNotes) notes = dossier_notes_new (db, &error);
    g_autoptr(DossierNote) note = dossier_note_new ();

    g_assert_no_error (error);
    dossier_note_set_id (note, "1b4e28ba-2fa1-11d2-883f-0016d3cca427");
    dossier_note_set_folder (note, "/f");
    dossier_note_set_path (note, "a.txt");
    dossier_note_set_quote (note, "kept", NULL, NULL);
    g_assert_true (dossier_notes_add (notes, note, &error));
  }
  g_assert_cmpint (g_chmod (readonly_root, 0755), ==, 0);
  g_assert_cmpint (g_chmod (data, 0755), ==, 0);
  g_assert_cmpint (g_chmod (db_dir, 0555), ==, 0);
  g_assert_cmpint (g_chmod (db, 0444), ==, 0);
  {
    g_autofree char *locked = g_build_filename (readonly_root, "locked", NULL);
    g_assert_cmpint (g_mkdir (locked, 0555), ==, 0);
    g_assert_cmpint (g_chmod (locked, 0555), ==, 0);
  }
  g_setenv ("DOSSIER_TEST_RO_ROOT", readonly_root, TRUE);
  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_passed ();
  g_test_trap_assert_stderr ("*cannot be saved*");

  /* Nothing lost. */
  g_assert_cmpint (g_chmod (db_dir, 0700), ==, 0);
  g_assert_cmpint (g_chmod (db, 0600), ==, 0);
  {
    g_autoptr(DossierNotes) notes = dossier_notes_new (db, &error);
    g_autoptr(DossierNote) note = NULL;

    g_assert_no_error (error);
    note = dossier_notes_lookup (notes, "1b4e28ba-2fa1-11d2-883f-0016d3cca427", &error);
    g_assert_no_error (error);
    g_assert_cmpstr (dossier_note_get_exact (note), ==, "kept");
  }
  test_remove_tree_writable (readonly_root);
}

static void
test_migration_keeps_notes (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *db = dossier_notes_dup_default_path ();
  sqlite3 *handle = NULL;
  gint64 version = -1;

  /* Opening twice (a second process, a later run) migrates nothing again
   * and keeps every note; the version is the current one. */
  {
    g_autoptr(DossierNotes) a = open_notes ();
    g_autoptr(DossierNotes) b = open_notes ();
    g_autoptr(DossierNote) note = dossier_note_new ();
    g_autoptr(GPtrArray) list = NULL;

    dossier_note_set_folder (note, "/f");
    dossier_note_set_path (note, "a.txt");
    dossier_note_set_quote (note, "two connections", NULL, NULL);
    g_assert_true (dossier_notes_add (a, note, &error));
    list = dossier_notes_list (b, NULL, &error);
    g_assert_cmpuint (list->len, ==, 1);
  }
  g_assert_cmpint (sqlite3_open (db, &handle), ==, SQLITE_OK);
  {
    sqlite3_stmt *stmt = NULL;
    g_assert_cmpint (sqlite3_prepare_v2 (handle, "PRAGMA user_version", -1, &stmt, NULL), ==, SQLITE_OK);
    g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
    version = sqlite3_column_int64 (stmt, 0);
    sqlite3_finalize (stmt);
    g_assert_cmpint (sqlite3_prepare_v2 (handle, "PRAGMA journal_mode", -1, &stmt, NULL), ==, SQLITE_OK);
    g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
    g_assert_cmpstr ((const char *) sqlite3_column_text (stmt, 0), ==, "wal");
    sqlite3_finalize (stmt);
  }
  sqlite3_close (handle);
  g_assert_cmpint (version, ==, DOSSIER_NOTES_SCHEMA_VERSION);
}

/* dossier-cli notes, end to end */

static int
run_cli (const char * const *args,
         char              **out,
         char              **err)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) envp = NULL;
  int status = 0;

  g_ptr_array_add (argv, (gpointer) g_getenv ("DOSSIER_CLI"));
  for (guint i = 0; args[i]; i++)
    g_ptr_array_add (argv, (gpointer) args[i]);
  g_ptr_array_add (argv, NULL);
  /* The isolated data dir of this test, whatever the environment says. */
  envp = g_environ_setenv (g_get_environ (), "XDG_DATA_HOME", g_get_user_data_dir (), TRUE);
  g_assert_true (g_spawn_sync (NULL, (char **) argv->pdata, envp, 0, NULL, NULL, out, err, &status, &error));
  g_assert_no_error (error);
  return WIFEXITED (status) ? WEXITSTATUS (status) : -1;
}

static guint
count_lines (const char *s)
{
  guint n = 0;
  for (const char *p = s; *p; p++)
    n += *p == '\n';
  return n;
}

/* A TextPositionSelector that names no passage (start after end, negative,
 * empty, beyond the file) used to be taken as "no position" without a
 * word, making a note on the whole file. Now: anchored by its quote with a
 * warning, or left out with an error; the other annotations come in. */
#define BAD_POSITION_JSON \
  "[{\"id\": \"urn:uuid:00000000-0000-4000-8000-000000000001\", \"type\": \"Annotation\", \"bodyValue\": \"good\"," \
  "  \"target\": {\"source\": \"ap-china-belarus.txt\"," \
  "   \"selector\": {\"type\": \"TextPositionSelector\", \"start\": 369, \"end\": 391}}}," \
  " {\"id\": \"urn:uuid:00000000-0000-4000-8000-000000000002\", \"type\": \"Annotation\", \"bodyValue\": \"reversed, quoted\"," \
  "  \"target\": {\"source\": \"ap-china-belarus.txt\"," \
  "   \"selector\": [{\"type\": \"TextQuoteSelector\", \"exact\": \"a close ally of Russia\"}," \
  "                  {\"type\": \"TextPositionSelector\", \"start\": 391, \"end\": 369}]}}," \
  " {\"id\": \"urn:uuid:00000000-0000-4000-8000-000000000003\", \"type\": \"Annotation\", \"bodyValue\": \"reversed\"," \
  "  \"target\": {\"source\": \"ap-china-belarus.txt\"," \
  "   \"selector\": {\"type\": \"TextPositionSelector\", \"start\": 391, \"end\": 369}}}," \
  " {\"id\": \"urn:uuid:00000000-0000-4000-8000-000000000004\", \"type\": \"Annotation\", \"bodyValue\": \"negative\"," \
  "  \"target\": {\"source\": \"ap-china-belarus.txt\"," \
  "   \"selector\": {\"type\": \"TextPositionSelector\", \"start\": -5, \"end\": 10}}}," \
  " {\"id\": \"urn:uuid:00000000-0000-4000-8000-000000000005\", \"type\": \"Annotation\", \"bodyValue\": \"beyond\"," \
  "  \"target\": {\"source\": \"ap-china-belarus.txt\"," \
  "   \"selector\": {\"type\": \"TextPositionSelector\", \"start\": 1000000, \"end\": 1000010}}}," \
  " {\"id\": \"urn:uuid:00000000-0000-4000-8000-000000000006\", \"type\": \"Annotation\", \"bodyValue\": \"beyond, quoted\"," \
  "  \"target\": {\"source\": \"ap-china-belarus.txt\"," \
  "   \"selector\": [{\"type\": \"TextQuoteSelector\", \"exact\": \"Xi Jinping\"}," \
  "                  {\"type\": \"TextPositionSelector\", \"start\": 5, \"end\": 1e300}]}}," \
  " {\"id\": \"urn:uuid:00000000-0000-4000-8000-000000000007\", \"type\": \"Annotation\", \"bodyValue\": \"empty\"," \
  "  \"target\": {\"source\": \"ap-china-belarus.txt\"," \
  "   \"selector\": {\"type\": \"TextPositionSelector\", \"start\": 10, \"end\": 10}}}," \
  " {\"id\": \"urn:uuid:00000000-0000-4000-8000-000000000008\", \"type\": \"Annotation\", \"bodyValue\": \"elsewhere\"," \
  "  \"target\": {\"source\": \"elsewhere.txt\"," \
  "   \"selector\": [{\"type\": \"TextQuoteSelector\", \"exact\": \"somewhere\"}," \
  "                  {\"type\": \"TextPositionSelector\", \"start\": 9, \"end\": 2}]}}]"

static DossierNote *
find_note (GPtrArray  *list,
           const char *text)
{
  for (guint i = 0; i < list->len; i++)
    if (g_str_equal (dossier_note_get_text (g_ptr_array_index (list, i)), text))
      return g_ptr_array_index (list, i);
  return NULL;
}

static void
test_import_bad_position (void)
{
  g_autofree char *dir = make_folder ();
  g_autofree char *key = folder_key (dir);
  g_autoptr(DossierCorpus) corpus = NULL;
  g_autoptr(DossierAnchorer) anchorer = NULL;
  g_autoptr(DossierNotes) notes = open_notes ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) list = NULL;
  g_auto(DossierImportReport) report = { 0 };
  DossierNoteFilter filter = { .folder = key };
  static const char *expected[] = {
    "Annotation 2 (ap-china-belarus.txt): its TextPositionSelector was ignored (start 391 is after end 369); "
      "the note is anchored by its quote",
    "Annotation 3 (ap-china-belarus.txt) not imported: its TextPositionSelector names no passage "
      "(start 391 is after end 369), and it has no TextQuoteSelector",
    "Annotation 4 (ap-china-belarus.txt) not imported: its TextPositionSelector names no passage "
      "(start -5 and end 10: a position cannot be negative), and it has no TextQuoteSelector",
    "Annotation 5 (ap-china-belarus.txt) not imported: its TextPositionSelector names no passage "
      "(end 1000010 is beyond the end of ap-china-belarus.txt, which has 3554 characters), and it has no "
      "TextQuoteSelector",
    "Annotation 6 (ap-china-belarus.txt): its TextPositionSelector was ignored (its start or end is missing or "
      "not a number); the note is anchored by its quote",
    "Annotation 7 (ap-china-belarus.txt) not imported: its TextPositionSelector names no passage "
      "(start and end are both 10: the passage is empty), and it has no TextQuoteSelector",
    "Annotation 8 (elsewhere.txt): its TextPositionSelector was ignored (start 9 is after end 2); "
      "the note is anchored by its quote",
  };
  DossierNote *n;

  copy_seed (dir, "ap-china-belarus.txt");
  corpus = load (dir);
  anchorer = dossier_anchorer_new (corpus);

  g_assert_true (dossier_notes_import_jsonld_report (notes, anchorer, key, BAD_POSITION_JSON, -1, &report, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (report.n_added, ==, 4);
  g_assert_cmpuint (report.n_skipped, ==, 0);
  g_assert_cmpuint (report.n_rejected, ==, 4);
  g_assert_cmpuint (report.messages->len, ==, G_N_ELEMENTS (expected));
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      g_test_message ("%s", (char *) g_ptr_array_index (report.messages, i));
      g_assert_true (g_str_has_prefix (g_ptr_array_index (report.messages, i), expected[i]));
    }

  list = dossier_notes_list (notes, &filter, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (list->len, ==, 4);
  n = find_note (list, "good");
  g_assert_cmpint (dossier_note_get_start (n), ==, 369);
  g_assert_cmpstr (dossier_note_get_exact (n), ==, "a close ally of Russia");
  /* Found again by its quote, not placed at 391…369. */
  n = find_note (list, "reversed, quoted");
  g_assert_cmpint (dossier_note_get_start (n), ==, 369);
  g_assert_cmpint (dossier_note_get_end (n), ==, 391);
  n = find_note (list, "beyond, quoted");
  g_assert_cmpint (dossier_note_get_start (n), >=, 0);
  g_assert_cmpstr (dossier_note_get_exact (n), ==, "Xi Jinping");
  n = find_note (list, "elsewhere");
  g_assert_cmpint (dossier_note_get_start (n), ==, -1);
  g_assert_cmpstr (dossier_note_get_exact (n), ==, "somewhere");
  g_assert_null (find_note (list, "reversed"));
  g_assert_null (find_note (list, "negative"));
  g_assert_null (find_note (list, "beyond"));
  g_assert_null (find_note (list, "empty"));

  /* Again: the good ones are there already, the bad ones still reported. */
  dossier_import_report_clear (&report);
  g_assert_true (dossier_notes_import_jsonld_report (notes, anchorer, key, BAD_POSITION_JSON, -1, &report, &error));
  g_assert_cmpuint (report.n_added, ==, 0);
  g_assert_cmpuint (report.n_skipped, ==, 4);
  g_assert_cmpuint (report.n_rejected, ==, 4);

  /* The CLI prints each line as FILE: message and exits 1. */
  if (g_getenv ("DOSSIER_CLI"))
    {
      g_autofree char *json = g_build_filename (dir, "bad.jsonld", NULL);
      g_autofree char *out = NULL, *err = NULL;
      g_auto(GStrv) lines = NULL;
      const char *args[] = { "notes", "import", dir, json, NULL };

      g_assert_true (g_file_set_contents (json, BAD_POSITION_JSON, -1, NULL));
      g_assert_cmpint (run_cli (args, &out, &err), ==, 1);
      /* The same store as above: the good ones are there already. */
      g_assert_cmpstr (out, ==, "0 notes imported, 4 already there, 4 not imported\n");
      lines = g_strsplit (err, "\n", -1);
      g_assert_cmpuint (g_strv_length (lines), ==, G_N_ELEMENTS (expected) + 1);
      for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
        {
          g_autofree char *line = g_strdup_printf ("%s: %s", json, expected[i]);
          g_assert_true (g_str_has_prefix (lines[i], line));
        }
    }
  test_remove_tree_writable (dir);
}

static void
test_cli (void)
{
  g_autofree char *dir = make_folder ();
  g_autofree char *out = NULL, *err = NULL, *file = NULL, *md = NULL, *ap = NULL, *edited = NULL, *jsonld = NULL;
  g_autofree char *outdir = make_folder ();
  g_auto(GStrv) lines = NULL;
  guint orphaned = 0;

  if (g_getenv ("DOSSIER_CLI") == NULL)
    {
      g_test_skip ("DOSSIER_CLI is not set");
      return;
    }
  copy_seed (dir, "bbc-china-belarus.txt");
  copy_seed (dir, "ap-china-belarus.txt");

  {
    const char *args[] = { "notes", "add", dir, "bbc-china-belarus.txt", "--quote", "the Belarus state-run news agency Belta",
                           "--note", "Source: Belta — état <b>", "--tag", "source", "--tag", "belarus", "--color", "blue", NULL };
    g_assert_cmpint (run_cli (args, &out, &err), ==, 0);
    g_assert_true (g_uuid_string_is_valid (g_strstrip (out)));
    g_clear_pointer (&out, g_free);
    g_clear_pointer (&err, g_free);
  }
  {
    const char *args[] = { "notes", "add", dir, "ap-china-belarus.txt", "--quote", "12-point peace proposal", "--note", "the plan", NULL };
    g_assert_cmpint (run_cli (args, &out, &err), ==, 0);
    g_clear_pointer (&out, g_free);
    g_clear_pointer (&err, g_free);
  }
  {
    const char *args[] = { "notes", "add", dir, "ap-china-belarus.txt", "--quote", "not in the article at all", NULL };
    g_assert_cmpint (run_cli (args, &out, &err), ==, 1);
    g_assert_true (g_str_has_prefix (err, "ap-china-belarus.txt: "));
    g_clear_pointer (&out, g_free);
    g_clear_pointer (&err, g_free);
  }
  {
    const char *args[] = { "notes", "add", dir, "ap-china-belarus.txt", NULL };
    g_assert_cmpint (run_cli (args, &out, &err), ==, 2);
    g_clear_pointer (&out, g_free);
    g_clear_pointer (&err, g_free);
  }

  /* Edit the AP file so that its passage disappears: orphaned. */
  ap = g_build_filename (dir, "ap-china-belarus.txt", NULL);
  g_assert_true (g_file_get_contents (ap, &edited, NULL, NULL));
  {
    g_autofree char *changed = replace (edited, "12-point peace proposal", "plan, whose twelve points nobody here will repeat,");
    g_assert_true (g_file_set_contents (ap, changed, -1, NULL));
  }
  {
    const char *args[] = { "notes", "list", dir, NULL };
    g_assert_cmpint (run_cli (args, &out, &err), ==, 0);
    g_assert_cmpuint (count_lines (out), ==, 2);
    lines = g_strsplit (out, "\n", -1);
    for (guint i = 0; lines[i] && *lines[i]; i++)
      {
        gboolean is_orphan = g_str_has_suffix (lines[i], "\torphaned");
        orphaned += is_orphan;
        g_assert_true (is_orphan == g_str_has_prefix (lines[i], "ap-china-belarus.txt\t"));
      }
    g_assert_cmpuint (orphaned, ==, 1);
    g_assert_nonnull (strstr (out, "bbc-china-belarus.txt\t“the Belarus state-run news agency Belta”\tSource: Belta — état <b>\t#source #belarus\n"));
    g_clear_pointer (&out, g_free);
    g_clear_pointer (&err, g_free);
  }
  {
    const char *args[] = { "notes", "list", dir, "--format=jsonl", "--tag", "source", NULL };
    g_assert_cmpint (run_cli (args, &out, &err), ==, 0);
    g_assert_cmpuint (count_lines (out), ==, 1);
    g_assert_nonnull (strstr (out, "\"orphaned\":false"));
    g_clear_pointer (&out, g_free);
    g_clear_pointer (&err, g_free);
  }

  /* Export to a file outside the folder; the folder is not written. */
  file = g_build_filename (outdir, "notes.md", NULL);
  {
    const char *args[] = { "notes", "export", dir, "--format=md", "-o", file, "--tag", "source", NULL };
    g_assert_cmpint (run_cli (args, &out, &err), ==, 0);
    g_assert_cmpstr (out, ==, "");
    g_assert_true (g_file_get_contents (file, &md, NULL, NULL));
    g_assert_nonnull (strstr (md, "> the Belarus state-run news agency Belta\n"));
    g_assert_nonnull (strstr (md, "Source: Belta — état \\<b>\n"));
    g_assert_null (strstr (md, "12-point"));
    g_clear_pointer (&out, g_free);
    g_clear_pointer (&err, g_free);
  }
  {
    g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
    guint n = 0;
    while (g_dir_read_name (d))
      n++;
    g_assert_cmpuint (n, ==, 2);
  }
  {
    const char *args[] = { "notes", "export", dir, "--format=jsonld", NULL };
    g_assert_cmpint (run_cli (args, &jsonld, &err), ==, 0);
    g_clear_pointer (&err, g_free);
  }
  {
    g_autofree char *path = g_build_filename (outdir, "notes.jsonld", NULL);
    const char *args[] = { "notes", "import", dir, path, NULL };
    g_assert_true (g_file_set_contents (path, jsonld, -1, NULL));
    g_assert_cmpint (run_cli (args, &out, &err), ==, 0);
    g_assert_cmpstr (out, ==, "0 notes imported, 2 already there\n");
    g_clear_pointer (&out, g_free);
    g_clear_pointer (&err, g_free);
  }
  {
    g_autofree char *path = g_build_filename (outdir, "bad.json", NULL);
    const char *args[] = { "notes", "import", dir, path, NULL };
    g_assert_true (g_file_set_contents (path, "{ nope", -1, NULL));
    g_assert_cmpint (run_cli (args, &out, &err), ==, 1);
    g_assert_true (g_str_has_prefix (err, path));
    g_clear_pointer (&out, g_free);
    g_clear_pointer (&err, g_free);
  }
  {
    const char *args[] = { "notes", "export", dir, "--format=pdf", NULL };
    g_assert_cmpint (run_cli (args, &out, &err), ==, 2);
    g_clear_pointer (&out, g_free);
    g_clear_pointer (&err, g_free);
  }
  {
    const char *helps[][4] = {
      { "notes", "--help", NULL }, { "notes", "list", "--help", NULL }, { "notes", "export", "--help", NULL },
      { "notes", "import", "--help", NULL }, { "notes", "add", "--help", NULL },
    };
    for (guint i = 0; i < G_N_ELEMENTS (helps); i++)
      {
        g_assert_cmpint (run_cli (helps[i], &out, &err), ==, 0);
        g_assert_nonnull (strstr (out, "Usage"));
        g_clear_pointer (&out, g_free);
        g_clear_pointer (&err, g_free);
      }
  }
  test_remove_tree_writable (dir);
  test_remove_tree_writable (outdir);
}

/* Forgetting a folder */

static DossierNote *
plain_note (const char *folder,
            const char *path,
            const char *quote)
{
  DossierNote *note = dossier_note_new ();
  const char *tags[] = { "tag", NULL };

  dossier_note_set_folder (note, folder);
  dossier_note_set_path (note, path);
  dossier_note_set_quote (note, quote, NULL, NULL);
  dossier_note_set_tags (note, tags);
  return note;
}

static gint64
count_rows (const char *sql)
{
  g_autofree char *db = dossier_notes_dup_default_path ();
  sqlite3 *handle = NULL;
  sqlite3_stmt *stmt = NULL;
  gint64 n;

  g_assert_cmpint (sqlite3_open (db, &handle), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (handle, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  n = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  sqlite3_close (handle);
  return n;
}

static char *
corrections_path (const char *dir)
{
  g_autoptr(GFile) folder = g_file_new_for_path (dir);
  g_autoptr(DossierCorrections) corrections = dossier_corrections_new_for_folder (folder);

  return g_file_get_path (dossier_corrections_get_store (corrections));
}

/* What the window and the CLI would find for a folder: notes, corrections
 * and a cache (a fake one: only its name matters here). */
static void
give_folder_data (const char *dir,
                  guint       n_notes,
                  guint       n_corrections)
{
  g_autoptr(DossierNotes) notes = open_notes ();
  g_autofree char *key = folder_key (dir);
  g_autofree char *store = corrections_path (dir);
  g_autofree char *store_dir = g_path_get_dirname (store);
  g_autofree char *cache = dossier_index_path_for_folder (key);
  g_autofree char *cache_dir = g_path_get_dirname (cache);
  g_autofree char *wal = g_strconcat (cache, "-wal", NULL);
  g_autoptr(GString) json = g_string_new ("{\"version\": 1, \"corrections\": [");
  g_autoptr(GError) error = NULL;

  for (guint i = 0; i < n_notes; i++)
    {
      g_autofree char *quote = g_strdup_printf ("passage %u of %s", i, dir);
      g_autoptr(DossierNote) note = plain_note (key, "a.txt", quote);

      g_assert_true (dossier_notes_add (notes, note, &error));
      g_assert_no_error (error);
    }
  for (guint i = 0; i < n_corrections; i++)
    g_string_append_printf (json, "%s{\"op\": \"not-entity\", \"entity\": {\"name\": \"N%u\", \"label\": \"MISC\"}}",
                            i ? ", " : "", i);
  g_string_append (json, "]}");
  g_assert_cmpint (g_mkdir_with_parents (store_dir, 0700), ==, 0);
  g_assert_true (g_file_set_contents (store, json->str, -1, NULL));
  g_assert_cmpint (g_mkdir_with_parents (cache_dir, 0700), ==, 0);
  g_assert_true (g_file_set_contents (cache, "cache", -1, NULL));
  g_assert_true (g_file_set_contents (wal, "log", -1, NULL));
}

static void
assert_folder_data (const char *dir,
                    guint       n_notes,
                    gboolean    kept)
{
  g_autoptr(DossierNotes) notes = open_notes ();
  g_autofree char *key = folder_key (dir);
  g_autofree char *store = corrections_path (dir);
  g_autofree char *cache = dossier_index_path_for_folder (key);
  g_autofree char *wal = g_strconcat (cache, "-wal", NULL);
  g_autoptr(GError) error = NULL;
  guint n = 99;

  g_assert_true (dossier_notes_count_folder (notes, key, &n, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n, ==, n_notes);
  g_assert_cmpint (g_file_test (store, G_FILE_TEST_EXISTS), ==, kept);
  g_assert_cmpint (g_file_test (cache, G_FILE_TEST_EXISTS), ==, kept);
  g_assert_cmpint (g_file_test (wal, G_FILE_TEST_EXISTS), ==, kept);
}

static void
test_forget_folder (void)
{
  g_autofree char *news = make_folder ();
  g_autofree char *other = make_folder ();
  g_autofree char *inside = g_build_filename (news, "sub", NULL);
  g_autofree char *twin = g_strconcat (news, "2", NULL);
  g_autoptr(GFile) folder = g_file_new_for_path (news);
  g_autoptr(GError) error = NULL;
  DossierForgetCounts counts, done;

  /* Neighbours that a sloppy key match would catch: a folder inside it,
   * one whose name starts with its name. */
  g_assert_cmpint (g_mkdir (inside, 0700), ==, 0);
  g_assert_cmpint (g_mkdir (twin, 0700), ==, 0);
  give_folder_data (news, 3, 2);
  give_folder_data (other, 2, 1);
  give_folder_data (inside, 1, 1);
  give_folder_data (twin, 1, 0);
  g_assert_cmpint (count_rows ("SELECT count(*) FROM note_tags"), ==, 7);

  g_assert_true (dossier_forget_count (folder, NULL, &counts, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (counts.n_notes, ==, 3);
  g_assert_cmpuint (counts.n_corrections, ==, 2);
  g_assert_true (counts.has_cache);

  g_assert_true (dossier_forget_folder (folder, NULL, &done, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (done.n_notes, ==, 3);
  g_assert_cmpuint (done.n_corrections, ==, 2);
  g_assert_true (done.has_cache);

  assert_folder_data (news, 0, FALSE);
  assert_folder_data (other, 2, TRUE);
  assert_folder_data (inside, 1, TRUE);
  assert_folder_data (twin, 1, TRUE);
  /* Their tags went with them (ON DELETE CASCADE). */
  g_assert_cmpint (count_rows ("SELECT count(*) FROM note_tags"), ==, 4);

  /* Again: nothing left, and not an error. */
  g_assert_true (dossier_forget_count (folder, NULL, &counts, &error));
  g_assert_cmpuint (counts.n_notes + counts.n_corrections, ==, 0);
  g_assert_false (counts.has_cache);
  g_assert_true (dossier_forget_folder (folder, NULL, &done, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (done.n_notes, ==, 0);
  g_assert_false (done.has_cache);

  test_remove_tree_writable (news);
  test_remove_tree_writable (twin);
  test_remove_tree_writable (other);
}

/* A failure in the middle of the deletion deletes none of the folder's
 * notes (one transaction), and leaves its other stores alone. */
static void
test_forget_folder_atomic (void)
{
  g_autofree char *news = make_folder ();
  g_autofree char *key = folder_key (news);
  g_autofree char *db = dossier_notes_dup_default_path ();
  g_autoptr(GFile) folder = g_file_new_for_path (news);
  g_autoptr(GError) error = NULL;
  g_autoptr(DossierNotes) notes = NULL;
  DossierForgetCounts done;
  sqlite3 *handle = NULL;
  guint n = 0;

  give_folder_data (news, 5, 1);
  /* The fourth note refuses to go. */
  g_assert_cmpint (sqlite3_open (db, &handle), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (handle,
                                 "CREATE TRIGGER stuck BEFORE DELETE ON notes"
                                 " WHEN (SELECT count(*) FROM notes) = 2"
                                 " BEGIN SELECT RAISE(ABORT, 'stuck'); END;", NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (handle);

  notes = open_notes ();
  g_assert_false (dossier_notes_forget_folder (notes, key, &n, &error));
  g_assert_error (error, DOSSIER_NOTES_ERROR, DOSSIER_NOTES_ERROR_FAILED);
  g_assert_cmpuint (n, ==, 0);
  g_clear_error (&error);
  g_assert_true (dossier_notes_count_folder (notes, key, &n, &error));
  g_assert_cmpuint (n, ==, 5);

  g_assert_false (dossier_forget_folder (folder, notes, &done, &error));
  g_assert_nonnull (error);
  g_assert_cmpuint (done.n_notes, ==, 0);
  assert_folder_data (news, 5, TRUE);
  g_assert_cmpint (count_rows ("SELECT count(*) FROM note_tags"), ==, 5);
  test_remove_tree_writable (news);
}

static void
test_forget_cli (void)
{
  g_autofree char *news = make_folder ();
  g_autofree char *other = make_folder ();
  g_autofree char *out = NULL, *err = NULL;
  g_autoptr(GPtrArray) argv = NULL;

  if (g_getenv ("DOSSIER_CLI") == NULL)
    {
      g_test_skip ("DOSSIER_CLI is not set");
      return;
    }
  g_setenv ("XDG_CACHE_HOME", g_get_user_cache_dir (), TRUE);
  give_folder_data (news, 2, 1);
  give_folder_data (other, 1, 1);

  /* Not a terminal, no --yes: says what would go, deletes nothing. */
  {
    const char *args[] = { "forget", news, NULL };
    g_assert_cmpint (run_cli (args, &out, &err), ==, 2);
    g_assert_nonnull (strstr (err, "2 notes"));
    g_assert_nonnull (strstr (err, "1 entity correction"));
    g_assert_nonnull (strstr (err, "--yes"));
    assert_folder_data (news, 2, TRUE);
    g_clear_pointer (&out, g_free);
    g_clear_pointer (&err, g_free);
  }
  {
    const char *args[] = { "forget", news, "--yes", NULL };
    g_assert_cmpint (run_cli (args, &out, &err), ==, 0);
    g_assert_nonnull (strstr (out, "2 notes"));
    g_assert_nonnull (strstr (out, "the index cache"));
    assert_folder_data (news, 0, FALSE);
    assert_folder_data (other, 1, TRUE);
    g_clear_pointer (&out, g_free);
    g_clear_pointer (&err, g_free);
  }
  {
    const char *args[] = { "forget", news, "--yes", NULL };
    g_assert_cmpint (run_cli (args, &out, &err), ==, 0);
    g_assert_nonnull (strstr (out, "Nothing to forget"));
    g_clear_pointer (&out, g_free);
    g_clear_pointer (&err, g_free);
  }
  {
    const char *args[] = { "forget", NULL };
    g_assert_cmpint (run_cli (args, &out, &err), ==, 2);
  }
  test_remove_tree_writable (news);
  test_remove_tree_writable (other);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/notes/store/crud", test_crud);
  g_test_add_func ("/notes/store/unicode", test_unicode);
  g_test_add_func ("/notes/store/entities", test_entities_cached);
  g_test_add_func ("/notes/store/migration", test_migration_keeps_notes);
  g_test_add_func ("/notes/store/corrupt", test_corrupt_database);
  g_test_add_func ("/notes/store/damaged", test_damaged_database);
  g_test_add_func ("/notes/store/newer", test_newer_database);
  g_test_add_func ("/notes/store/foreign", test_foreign_database);
  g_test_add_func ("/notes/store/read-only", test_read_only);
  g_test_add_func ("/notes/anchor/file-text", test_file_text_encodings);
  g_test_add_func ("/notes/anchor/insert-before", test_anchor_unchanged_and_insert);
  g_test_add_func ("/notes/anchor/small-edit", test_anchor_small_edit);
  g_test_add_func ("/notes/anchor/big-edit", test_anchor_big_edit);
  g_test_add_func ("/notes/anchor/deleted", test_anchor_deleted);
  g_test_add_func ("/notes/anchor/renamed", test_anchor_renamed);
  g_test_add_func ("/notes/anchor/identical-files", test_anchor_identical_files);
  g_test_add_func ("/notes/anchor/context", test_anchor_context);
  g_test_add_func ("/notes/anchor/fuzzy-far", test_anchor_fuzzy_far);
  g_test_add_func ("/notes/export/markdown", test_export_markdown);
  g_test_add_func ("/notes/export/html", test_export_html);
  g_test_add_func ("/notes/export/csv", test_export_csv);
  g_test_add_func ("/notes/export/entities-csv", test_export_entities_csv);
  g_test_add_func ("/notes/export/jsonld", test_export_jsonld);
  g_test_add_func ("/notes/import/round-trip", test_jsonld_round_trip);
  g_test_add_func ("/notes/import/foreign", test_import_foreign);
  g_test_add_func ("/notes/import/bad-position", test_import_bad_position);
  g_test_add_func ("/notes/cli", test_cli);
  g_test_add_func ("/notes/forget/folder", test_forget_folder);
  g_test_add_func ("/notes/forget/atomic", test_forget_folder_atomic);
  g_test_add_func ("/notes/forget/cli", test_forget_cli);

  return g_test_run ();
}
