/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-search-ui"

#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>
#include <string.h>

#include "dossier-application.h"
#include "dossier-article-row.h"
#include "dossier-reader.h"
#include "dossier-search-controller.h"
#include "dossier-window.h"
#include "dossier-window-notes.h"
#include "dossier-window-private.h"
#include "ui-test-util.h"

/* The window's full-text search, index cache and live updates, under Xvfb
 * (see RECIPES.md), on a temporary copy of the sample folder with a
 * temporary cache: what the list shows is checked against dossier_search
 * run directly on the same index. */

static char *folder_path;

/* Under ASan with the slow unwinder (./build-aux/test), and two UI tests
 * beside each other, every allocation costs several times as much: the
 * latency limits of the live updates scale, as in test-hostile. */
#if defined(__SANITIZE_ADDRESS__)
# define TIME_SCALE 4
#elif defined(__has_feature)
# if __has_feature(address_sanitizer)
#  define TIME_SCALE 4
# endif
#endif
#ifndef TIME_SCALE
# define TIME_SCALE 1
#endif

static void
copy_tree (GFile *from,
           GFile *to)
{
  g_autoptr(GFileEnumerator) children = NULL;
  GFileInfo *info;

  g_assert_true (g_file_make_directory_with_parents (to, NULL, NULL) || g_file_query_exists (to, NULL));
  children = g_file_enumerate_children (from, G_FILE_ATTRIBUTE_STANDARD_NAME "," G_FILE_ATTRIBUTE_STANDARD_TYPE,
                                        G_FILE_QUERY_INFO_NONE, NULL, NULL);
  g_assert_nonnull (children);
  while ((info = g_file_enumerator_next_file (children, NULL, NULL)))
    {
      g_autoptr(GFileInfo) owned = info;
      g_autoptr(GFile) src = g_file_get_child (from, g_file_info_get_name (info));
      g_autoptr(GFile) dst = g_file_get_child (to, g_file_info_get_name (info));

      if (g_file_info_get_file_type (info) == G_FILE_TYPE_DIRECTORY)
        copy_tree (src, dst);
      else
        g_assert_true (g_file_copy (src, dst, G_FILE_COPY_NONE, NULL, NULL, NULL, NULL));
    }
}

static DossierWindow *
open_copy (void)
{
  return ui_test_open_window (folder_path, 1200, 800, 50);
}

/* What the list must show for @text, asked of the index directly, ANDed
 * with the entity filter's articles. */
static GArray *
expected_ids (DossierWindow *window,
              const char    *text)
{
  DossierCorpus *corpus = dossier_window_get_corpus (window);
  DossierFilter *filter = dossier_window_get_filter (window);
  g_autoptr(DossierQuery) query = dossier_query_parse (text, NULL);
  g_autoptr(GError) error = NULL;
  GArray *ids = NULL;
  const guint32 *entities;
  guint n_entities;

  g_assert_nonnull (query);
  g_assert_true (dossier_query_run (query, dossier_corpus_get_index (corpus), &ids, &error));
  g_assert_no_error (error);
  dossier_ids_sort (ids);
  entities = dossier_filter_get_entities (filter, &n_entities);
  for (guint i = 0; i < n_entities; i++)
    {
      DossierEntity *entity = dossier_corpus_get_entity_by_id (corpus, entities[i]);
      const guint32 *articles;
      guint n;

      articles = dossier_entity_get_article_ids (entity, &n);
      g_array_set_size (ids, dossier_ids_intersect ((guint32 *) ids->data, ids->len, articles, n));
    }
  return ids;
}

static GArray *
shown_ids (DossierWindow *window)
{
  GListModel *model = dossier_window_get_article_model (window);
  GArray *ids = g_array_new (FALSE, FALSE, sizeof (guint32));

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(DossierArticle) a = g_list_model_get_item (model, i);
      guint32 id = dossier_article_get_id (a);

      g_array_append_val (ids, id);
    }
  dossier_ids_sort (ids);
  return ids;
}

static void
assert_ids_equal (GArray *a,
                  GArray *b)
{
  g_assert_cmpuint (a->len, ==, b->len);
  for (guint i = 0; i < a->len; i++)
    g_assert_cmpuint (g_array_index (a, guint32, i), ==, g_array_index (b, guint32, i));
}

typedef struct
{
  DossierWindow *window;
  const char *text;
} Search;

static gboolean
search_ran (gpointer data)
{
  Search *s = data;
  DossierSearchController *search = dossier_window_get_search (s->window);

  return g_strcmp0 (dossier_search_controller_get_query (search), s->text) == 0;
}

/* Types @text as someone would and waits for the debounced search. */
static void
type_query (DossierWindow *window,
            const char    *text)
{
  Search s = { window, text };

  gtk_editable_set_text (GTK_EDITABLE (dossier_window_get_search_entry (window)), text);
  g_assert_true (ui_test_wait_for (search_ran, &s));
}

static gboolean
has_search_error (gpointer data)
{
  return dossier_search_controller_get_error (dossier_window_get_search (data)) != NULL;
}

/* The tagged ranges of the reader's search tag, as text. */
static GPtrArray *
highlighted (DossierReader *reader)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (dossier_reader_get_text_view (reader));
  GtkTextTag *tag = gtk_text_tag_table_lookup (gtk_text_buffer_get_tag_table (buffer), "search-match");
  GPtrArray *out = g_ptr_array_new_with_free_func (g_free);
  GtkTextIter iter, end;

  g_assert_nonnull (tag);
  gtk_text_buffer_get_start_iter (buffer, &iter);
  while (gtk_text_iter_forward_to_tag_toggle (&iter, tag))
    {
      if (!gtk_text_iter_starts_tag (&iter, tag))
        continue;
      end = iter;
      gtk_text_iter_forward_to_tag_toggle (&end, tag);
      g_ptr_array_add (out, gtk_text_iter_get_text (&iter, &end));
      iter = end;
    }
  return out;
}

static void
test_snippet_markup (void)
{
  g_autofree char *a = dossier_snippet_to_markup ("a <i>x</i> & [Korea] said [b", "[", "]");
  g_autofree char *b = dossier_snippet_to_markup ("no marks ] here", "[", "]");
  /* Other marks: the article's own brackets stay as they are. */
  g_autofree char *c = dossier_snippet_to_markup ("[sic] {{Korea}}", "{{", "}}");

  /* Everything from the article escaped; only our marks become bold. */
  g_assert_cmpstr (a, ==, "a &lt;i&gt;x&lt;/i&gt; &amp; <b>Korea</b> said <b>b</b>");
  g_assert_cmpstr (b, ==, "no marks ] here");
  g_assert_cmpstr (c, ==, "[sic] <b>Korea</b>");
  g_assert_true (pango_parse_markup (a, -1, 0, NULL, NULL, NULL, NULL));
}

static DossierArticleRow *
find_row (GtkWidget  *widget,
          const char *path)
{
  if (DOSSIER_IS_ARTICLE_ROW (widget))
    {
      DossierArticle *a = dossier_article_row_get_article (DOSSIER_ARTICLE_ROW (widget));

      return a && g_str_equal (dossier_article_get_path (a), path) ? DOSSIER_ARTICLE_ROW (widget) : NULL;
    }
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    {
      DossierArticleRow *row = find_row (child, path);

      if (row)
        return row;
    }
  return NULL;
}

/* The parts of @inscription's text in bold, as "start-end" byte ranges
 * separated by spaces, and whether any other attribute (italic, a font …)
 * is set: the snippet's markup may only make the match bold. */
static char *
bold_ranges (GtkInscription *inscription,
             gboolean       *others)
{
  PangoAttrList *attrs = gtk_inscription_get_attributes (inscription);
  GString *ranges = g_string_new (NULL);
  GSList *list;

  *others = FALSE;
  if (attrs == NULL)
    return g_string_free (ranges, FALSE);
  list = pango_attr_list_get_attributes (attrs);
  for (GSList *l = list; l; l = l->next)
    {
      PangoAttribute *attr = l->data;

      if (attr->klass->type == PANGO_ATTR_WEIGHT && ((PangoAttrInt *) attr)->value == PANGO_WEIGHT_BOLD)
        g_string_append_printf (ranges, "%s%u-%u", ranges->len ? " " : "", attr->start_index, attr->end_index);
      else
        *others = TRUE;
    }
  g_slist_free_full (list, (GDestroyNotify) pango_attribute_destroy);
  return g_string_free (ranges, FALSE);
}

static void
test_row_markup (void)
{
  DossierWindow *window = open_copy ();
  GListModel *model = dossier_window_get_article_model (window);
  DossierArticleRow *row;
  GtkInscription *snippet;
  const char *text, *literal, *match;
  g_autofree char *expected = NULL;
  g_autofree char *ranges = NULL;
  g_autofree char *plain_ranges = NULL;
  gboolean others;

  type_query (window, "quasar");
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 1);
  ui_test_spin (100);
  row = find_row (GTK_WIDGET (dossier_window_get_article_list (window)), "markup-test.txt");
  g_assert_nonnull (row);
  /* Title, meta line, snippet. */
  g_assert_true (GTK_IS_INSCRIPTION (gtk_widget_get_last_child (GTK_WIDGET (row))));
  snippet = GTK_INSCRIPTION (gtk_widget_get_last_child (GTK_WIDGET (row)));
  /* The article's own markup shows literally; only the match is bold. */
  text = gtk_inscription_get_text (snippet);
  g_assert_nonnull (text);
  literal = strstr (text, "The quasar <i>report</i> & [sic] findings");
  g_assert_nonnull (literal);
  match = literal + strlen ("The ");
  expected = g_strdup_printf ("%u-%u", (guint) (match - text), (guint) (match - text + strlen ("quasar")));
  ranges = bold_ranges (snippet, &others);
  g_assert_cmpstr (ranges, ==, expected);
  g_assert_false (others);

  /* No search: the plain opening again. */
  gtk_editable_set_text (GTK_EDITABLE (dossier_window_get_search_entry (window)), "");
  ui_test_spin (300);
  plain_ranges = bold_ranges (snippet, &others);
  g_assert_cmpstr (plain_ranges, ==, "");
  g_assert_false (others);
  g_assert_nonnull (gtk_inscription_get_text (snippet));
  g_assert_null (strstr (gtk_inscription_get_text (snippet), "<b>"));
  ui_test_close_window (window);
}

static void
test_query (void)
{
  DossierWindow *window = open_copy ();
  DossierCorpus *corpus = dossier_window_get_corpus (window);
  DossierFilter *filter = dossier_window_get_filter (window);
  GListModel *model = dossier_window_get_article_model (window);
  GtkSingleSelection *selection = dossier_window_get_selection (window);
  DossierSearchController *search = dossier_window_get_search (window);
  GtkWidget *entry = GTK_WIDGET (dossier_window_get_search_entry (window));
  DossierReader *reader = dossier_window_get_reader (window);
  guint all = g_list_model_get_n_items (model);
  DossierEntity *sweden;

  g_assert_nonnull (dossier_corpus_get_index (corpus));

  /* Words, prefixes and phrases: exactly what the index answers. */
  {
    const char *queries[] = { "korea*", "\"North Korea\"", "war korea", "asylum OR ozone" };

    for (guint i = 0; i < G_N_ELEMENTS (queries); i++)
      {
        g_autoptr(GArray) want = NULL;
        g_autoptr(GArray) have = NULL;

        type_query (window, queries[i]);
        want = expected_ids (window, queries[i]);
        have = shown_ids (window);
        g_assert_cmpuint (want->len, >, 0);
        g_assert_cmpuint (want->len, <, all);
        assert_ids_equal (want, have);
      }
  }

  /* A query that matches nothing shows nothing, not everything. */
  type_query (window, "xylophone");
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 0);
  g_assert_true (dossier_filter_get_restricted (filter));

  /* Snippets: the match in bold. */
  type_query (window, "korea*");
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(DossierArticle) a = g_list_model_get_item (model, i);
      g_autofree char *markup = dossier_search_controller_dup_snippet_markup (search, a);

      g_assert_nonnull (markup);
      g_assert_nonnull (strstr (markup, "<b>"));
    }

  /* The reader: every match of the query, and only those, highlighted. */
  gtk_single_selection_set_selected (selection, 0);
  ui_test_spin (20);
  {
    DossierArticle *article = dossier_reader_get_article (reader);
    g_autoptr(DossierQuery) query = dossier_query_parse ("korea*", NULL);
    g_autoptr(GArray) in_text = dossier_query_find (query, dossier_article_get_text (article), -1);
    g_autoptr(GPtrArray) marks = highlighted (reader);

    g_assert_cmpuint (marks->len, >, 0);
    g_assert_cmpuint (marks->len, ==, in_text->len / 2);
    for (guint i = 0; i < marks->len; i++)
      {
        g_autofree char *folded = g_utf8_casefold (g_ptr_array_index (marks, i), -1);

        g_assert_true (g_str_has_prefix (folded, "korea"));
      }
  }

  /* AND with an entity. */
  sweden = dossier_corpus_lookup_entity (corpus, "Sweden");
  if (sweden == NULL)
    g_test_message ("No “Sweden” entity (no extractor?): AND with a search not checked");
  else
    {
      g_autoptr(GArray) want = NULL;
      g_autoptr(GArray) have = NULL;

      g_assert_true (dossier_filter_add_entity (filter, dossier_entity_get_id (sweden)));
      want = expected_ids (window, "korea*");
      have = shown_ids (window);
      g_assert_cmpuint (want->len, ==, 1);
      assert_ids_equal (want, have);
    }

  /* A query that cannot be read: said on the entry, never an SQL error,
   * and the list keeps what it showed and stays usable. */
  {
    guint before = g_list_model_get_n_items (model);

    gtk_editable_set_text (GTK_EDITABLE (entry), "\"unclosed");
    g_assert_true (ui_test_wait_for (has_search_error, window));
    g_assert_true (gtk_widget_has_css_class (entry, "error"));
    g_assert_nonnull (strstr (dossier_search_controller_get_error (search), "quotation"));
    g_assert_null (strstr (dossier_search_controller_get_error (search), "fts5"));
    g_assert_cmpstr (gtk_widget_get_tooltip_text (entry), ==, dossier_search_controller_get_error (search));
    g_assert_cmpuint (g_list_model_get_n_items (model), ==, before);
    gtk_single_selection_set_selected (selection, 0);
    g_assert_true (dossier_reader_get_article (reader) == gtk_single_selection_get_selected_item (selection));
  }

  /* Cleared: the entity filter alone, and no highlights. */
  gtk_editable_set_text (GTK_EDITABLE (entry), "");
  ui_test_spin (300);
  g_assert_false (gtk_widget_has_css_class (entry, "error"));
  g_assert_false (dossier_filter_get_restricted (filter));
  {
    g_autoptr(GPtrArray) marks = highlighted (reader);

    g_assert_cmpuint (marks->len, ==, 0);
  }
  if (sweden)
    g_assert_cmpuint (g_list_model_get_n_items (model), ==, dossier_entity_get_n_articles (sweden));
  gtk_widget_activate_action (GTK_WIDGET (window), "window.clear-filter", NULL);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, all);
  ui_test_close_window (window);
}

typedef struct
{
  DossierWindow *window;
  const char *path;
  gboolean present;
} Presence;

static gboolean
article_shown (gpointer data)
{
  Presence *p = data;
  GListModel *model = dossier_window_get_article_model (p->window);
  gboolean found = FALSE;

  for (guint i = 0; i < g_list_model_get_n_items (model) && !found; i++)
    {
      g_autoptr(DossierArticle) a = g_list_model_get_item (model, i);

      found = g_str_equal (dossier_article_get_path (a), p->path);
    }
  return found == p->present;
}

typedef struct
{
  DossierWindow *window;
  const char *path;
  const char *text;
} ChangedText;

static gboolean
reader_shows (gpointer data)
{
  ChangedText *c = data;
  DossierArticle *a = dossier_reader_get_article (dossier_window_get_reader (c->window));

  return a != NULL && g_str_equal (dossier_article_get_path (a), c->path) &&
         strstr (dossier_article_get_text (a), c->text) != NULL;
}

static void
test_live (void)
{
  DossierWindow *window = open_copy ();
  DossierCorpus *corpus = dossier_window_get_corpus (window);
  DossierFilter *filter = dossier_window_get_filter (window);
  GListModel *model = dossier_window_get_article_model (window);
  GtkSingleSelection *selection = dossier_window_get_selection (window);
  guint all = g_list_model_get_n_items (model);
  g_autofree char *file = g_build_filename (folder_path, "live-zanzibar.txt", NULL);
  g_autoptr(DossierArticle) selected = NULL;
  Presence p = { window, "live-zanzibar.txt", TRUE };
  gint64 start;
  double appear_ms, vanish_ms;

  g_assert_true (dossier_corpus_get_watching (corpus));
  gtk_single_selection_set_selected (selection, 2);
  selected = g_object_ref (gtk_single_selection_get_selected_item (selection));

  start = g_get_monotonic_time ();
  g_assert_true (g_file_set_contents (file,
                                      "Zanzibar ferry resumes service\n\n"
                                      "The ferry between Dar es Salaam and Zanzibar sailed again on Monday, "
                                      "the harbour authority said.\n", -1, NULL));
  g_assert_true (ui_test_wait_for_us (article_shown, &p, 5 * TIME_SCALE * G_USEC_PER_SEC));
  appear_ms = (g_get_monotonic_time () - start) / 1000.0;
  g_test_message ("a new file showed after %.0f ms", appear_ms);
  g_assert_cmpfloat (appear_ms, <, 2000 * TIME_SCALE);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, all + 1);
  g_assert_true (gtk_single_selection_get_selected_item (selection) == selected);

  /* Searchable as soon as it shows. */
  type_query (window, "zanzibar");
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 1);
  gtk_editable_set_text (GTK_EDITABLE (dossier_window_get_search_entry (window)), "");
  ui_test_spin (300);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, all + 1);
  g_assert_false (dossier_filter_is_active (filter));
  gtk_single_selection_set_selected (selection, dossier_article_list_find (DOSSIER_ARTICLE_LIST (model), selected));
  g_assert_true (gtk_single_selection_get_selected_item (selection) == selected);

  /* Changed on disk while selected and filtered by an entity it
   * mentions: updated in place, still selected, the filter kept. */
  {
    DossierEntity *kenya;
    ChangedText c = { window, "live-zanzibar.txt", "Mombasa" };

    gtk_single_selection_set_selected (selection, dossier_article_list_find (DOSSIER_ARTICLE_LIST (model),
                                                                            dossier_corpus_find_article (corpus, "live-zanzibar.txt")));
    kenya = dossier_corpus_lookup_entity (corpus, "Zanzibar");
    if (kenya)
      dossier_filter_add_entity (filter, dossier_entity_get_id (kenya));
    start = g_get_monotonic_time ();
    g_assert_true (g_file_set_contents (file,
                                        "Zanzibar ferry resumes service\n\n"
                                        "The ferry between Mombasa and Zanzibar sailed again on Monday, "
                                        "the harbour authority said.\n", -1, NULL));
    g_assert_true (ui_test_wait_for_us (reader_shows, &c, 5 * TIME_SCALE * G_USEC_PER_SEC));
    g_test_message ("a changed file showed after %.0f ms", (g_get_monotonic_time () - start) / 1000.0);
    g_assert_cmpstr (dossier_article_get_path (gtk_single_selection_get_selected_item (selection)), ==,
                     "live-zanzibar.txt");
    if (kenya)
      {
        guint n;

        /* Relinking may renumber entities: the filter keeps the one of
         * the same name. */
        dossier_filter_get_entities (filter, &n);
        g_assert_cmpuint (n, ==, 1);
        g_assert_cmpuint (g_list_model_get_n_items (model), >=, 1);
      }
    else
      g_test_message ("No “Zanzibar” entity (no extractor?): entity filter across a change not checked");
    gtk_widget_activate_action (GTK_WIDGET (window), "window.clear-filter", NULL);
    gtk_single_selection_set_selected (selection, dossier_article_list_find (DOSSIER_ARTICLE_LIST (model), selected));
  }

  p.present = FALSE;
  start = g_get_monotonic_time ();
  g_assert_cmpint (g_unlink (file), ==, 0);
  g_assert_true (ui_test_wait_for_us (article_shown, &p, 5 * TIME_SCALE * G_USEC_PER_SEC));
  vanish_ms = (g_get_monotonic_time () - start) / 1000.0;
  g_test_message ("a removed file went after %.0f ms", vanish_ms);
  g_assert_cmpfloat (vanish_ms, <, 2000 * TIME_SCALE);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, all);
  g_assert_true (gtk_single_selection_get_selected_item (selection) == selected);
  ui_test_close_window (window);
}

static void
test_reopen_from_cache (void)
{
  DossierWindow *window = open_copy ();
  DossierCorpus *corpus;
  guint n;
  gint64 start;

  /* Wait for the first open's links to reach the cache. */
  ui_test_spin (200);
  ui_test_close_window (window);

  start = g_get_monotonic_time ();
  window = open_copy ();
  g_test_message ("reopened in %.0f ms", (g_get_monotonic_time () - start) / 1000.0);
  corpus = dossier_window_get_corpus (window);
  n = g_list_model_get_n_items (G_LIST_MODEL (corpus));
  g_assert_cmpuint (n, >, 0);
  /* Every article came from the cache: no file was parsed. */
  g_assert_cmpuint (dossier_corpus_get_n_from_cache (corpus), ==, n);
  g_assert_true (dossier_corpus_get_links_restored (corpus));

  /* A damaged cache is rebuilt, said in a notification, never a crash;
   * and the search works on the new one. */
  {
    g_autofree char *db = g_strdup (dossier_index_get_filename (dossier_corpus_get_index (corpus)));
    g_autofree char *wal = g_strconcat (db, "-wal", NULL);
    g_autofree char *shm = g_strconcat (db, "-shm", NULL);
    g_autoptr(GArray) want = NULL;
    g_autoptr(GArray) have = NULL;

    ui_test_close_window (window);
    g_unlink (wal);
    g_unlink (shm);
    g_assert_true (g_file_set_contents (db, "This is not a cache, only some bytes that are not SQLite's.", -1, NULL));
    window = open_copy ();
    corpus = dossier_window_get_corpus (window);
    g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (corpus)), ==, n);
    g_assert_nonnull (dossier_corpus_get_index (corpus));
    g_assert_nonnull (dossier_index_get_rebuild_reason (dossier_corpus_get_index (corpus)));
    g_test_message ("rebuilt: %s", dossier_index_get_rebuild_reason (dossier_corpus_get_index (corpus)));
    type_query (window, "korea*");
    want = expected_ids (window, "korea*");
    have = shown_ids (window);
    g_assert_cmpuint (want->len, >, 0);
    assert_ids_equal (want, have);
  }
  ui_test_close_window (window);
}

/* Markup-like text from an article and from a note is shown as it is
 * everywhere: in the sidebar row, the reader's header, the Notes view, the
 * search snippet (markup of ours around text of theirs) and a toast. */
#define M_TITLE "Title <b>x</b> &amp; <span foreground=\"red\">red</span> <a href=\"javascript:alert(1)\">link</a>"
#define M_OUTLET "Outlet <b>x</b> &amp; <span foreground=\"red\">Co</span>"
#define M_BYLINE "Ann <b>x</b> &amp; <a href=\"javascript:void(0)\">Bob</a>"
#define M_BODY "The zebra <b>x</b> &amp; <span foreground=\"red\">zebra</span> said <a href=\"javascript:alert(1)\">click</a> here &lt;i&gt; now."
#define M_NOTE "Note <b>x</b> &amp; <span foreground=\"red\">red</span> <a href=\"javascript:alert(1)\">link</a>"
#define M_TAG "<i>tag</i>&amp;"

static const char *payloads[] = { "<b>x</b>", "&amp;", "<span foreground=\"red\">", "<a href=\"javascript:" };

/* No attribute that markup in the input could have made: no colour, no
 * link, no style; bold only where @bold (the matches of a query) are. */
static void
assert_no_input_attributes (GtkLabel   *label,
                            const char *bold)
{
  PangoLayout *layout = gtk_label_get_layout (label);
  PangoAttrList *attrs = pango_layout_get_attributes (layout);
  const char *text = pango_layout_get_text (layout);
  g_autoptr(GSList) list = NULL;
  PangoAttrIterator *iter;

  if (attrs == NULL)
    return;
  iter = pango_attr_list_get_iterator (attrs);
  do
    {
      list = pango_attr_iterator_get_attrs (iter);
      for (GSList *l = list; l; l = l->next)
        {
          PangoAttribute *a = l->data;

          switch ((int) a->klass->type)
            {
            case PANGO_ATTR_FOREGROUND:
            case PANGO_ATTR_BACKGROUND:
            case PANGO_ATTR_STYLE:
            case PANGO_ATTR_UNDERLINE:
            case PANGO_ATTR_UNDERLINE_COLOR:
            case PANGO_ATTR_STRIKETHROUGH:
            case PANGO_ATTR_SIZE:
            case PANGO_ATTR_FAMILY:
              g_test_message ("label “%s”: attribute of type %d at %u–%u", text, a->klass->type,
                              a->start_index, a->end_index);
              g_assert_not_reached ();
              break;
            case PANGO_ATTR_WEIGHT:
              {
                g_autofree char *run = g_strndup (text + a->start_index,
                                                  MIN (a->end_index, strlen (text)) - a->start_index);

                g_assert_nonnull (bold);
                g_assert_cmpstr (run, ==, bold);
              }
              break;
            default:
              break;
            }
        }
      g_slist_free_full (g_steal_pointer (&list), (GDestroyNotify) pango_attribute_destroy);
    }
  while (pango_attr_iterator_next (iter));
  pango_attr_iterator_destroy (iter);
}

/* A label shows @want, literally. */
static void
assert_label_literal (GtkLabel   *label,
                      const char *want)
{
  g_assert_cmpstr (gtk_label_get_text (label), ==, want);
  if (!gtk_label_get_use_markup (label))
    g_assert_cmpstr (gtk_label_get_label (label), ==, want);
  assert_no_input_attributes (label, NULL);
}

/* Part @n of an article row (0 title, 1 outlet · date, 2 opening). */
static GtkInscription *
row_part (DossierArticleRow *row,
          guint              n)
{
  GtkWidget *w = gtk_widget_get_first_child (GTK_WIDGET (row));

  for (guint i = 0; i < n && w; i++)
    w = gtk_widget_get_next_sibling (w);
  g_assert_true (GTK_IS_INSCRIPTION (w));
  return GTK_INSCRIPTION (w);
}

/* An inscription shows @want, literally, without attributes. */
static void
assert_inscription_literal (GtkInscription *ins,
                            const char     *want)
{
  gboolean others;
  g_autofree char *ranges = bold_ranges (ins, &others);

  g_assert_cmpstr (gtk_inscription_get_text (ins), ==, want);
  g_assert_cmpstr (ranges, ==, "");
  g_assert_false (others);
}

/* Every label under @widget, visible or not. */
static void
collect_labels (GtkWidget *widget,
                GPtrArray *out)
{
  if (GTK_IS_LABEL (widget))
    g_ptr_array_add (out, widget);
  for (GtkWidget *c = gtk_widget_get_first_child (widget); c; c = gtk_widget_get_next_sibling (c))
    collect_labels (c, out);
}

static GtkLabel *
label_with_text (GtkWidget  *root,
                 const char *text)
{
  g_autoptr(GPtrArray) labels = g_ptr_array_new ();

  collect_labels (root, labels);
  for (guint i = 0; i < labels->len; i++)
    if (strstr (gtk_label_get_text (g_ptr_array_index (labels, i)), text))
      return g_ptr_array_index (labels, i);
  return NULL;
}

/* No label anywhere in the window lost the input's markup-like text to
 * the markup parser: what a label's source says, its text says. */
static void
assert_no_label_parsed_input (GtkWidget *root)
{
  g_autoptr(GPtrArray) labels = g_ptr_array_new ();

  collect_labels (root, labels);
  for (guint i = 0; i < labels->len; i++)
    {
      GtkLabel *label = g_ptr_array_index (labels, i);

      /* Markup's own escapes (&amp;) are fine in a markup label's source;
       * a tag of the input is not. */
      for (guint p = 0; p < G_N_ELEMENTS (payloads); p++)
        if (payloads[p][0] == '<' && gtk_label_get_use_markup (label) && strstr (gtk_label_get_label (label), payloads[p]))
          {
            g_test_message ("label with markup from the input: %s", gtk_label_get_label (label));
            g_assert_not_reached ();
          }
      assert_no_input_attributes (label, strstr (gtk_label_get_text (label), "zebra") ? "zebra" : NULL);
    }
}

static gboolean
has_notes (gpointer data)
{
  return dossier_notes_view_get_n_notes (dossier_window_get_notes_view (data)) == 1;
}

static gboolean
has_toast_label (gpointer data)
{
  return label_with_text (data, "/nonexistent-dossier-dir/") != NULL;
}

static DossierArticle *
article_at_path (GListModel *model,
                 const char *path,
                 guint      *position)
{
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(DossierArticle) a = g_list_model_get_item (model, i);

      if (g_str_equal (dossier_article_get_path (a), path))
        {
          *position = i;
          return a; /* the model keeps it */
        }
    }
  g_assert_not_reached ();
  return NULL;
}

/* Shows the article at @path in the reader and returns the reader's text. */
static char *
read_in_reader (DossierWindow *window,
                const char    *path)
{
  DossierReader *reader = dossier_window_get_reader (window);
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (dossier_reader_get_text_view (reader));
  GtkTextIter start, end;
  guint position;
  DossierArticle *article = article_at_path (dossier_window_get_article_model (window), path, &position);

  gtk_single_selection_set_selected (dossier_window_get_selection (window), position);
  ui_test_spin (100);
  g_assert_true (dossier_reader_get_article (reader) == article);
  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
}

static void
test_literal_text (void)
{
  g_autofree char *dir = g_build_filename (g_get_user_cache_dir (), "markup-folder", NULL);
  g_autofree char *txt = g_build_filename (dir, "markup.txt", NULL);
  g_autofree char *md = g_build_filename (dir, "outlet.md", NULL);
  /* Plain text keeps every character; Markdown drops inline HTML from its
   * body (it is Markdown's markup) but keeps the front matter as is. */
  g_autofree char *txt_contents = g_strdup_printf ("%s\n\nBy %s\n\n%s\n\n"
                                                   "A second paragraph about zebras and nothing else.\n",
                                                   M_TITLE, M_BYLINE, M_BODY);
  g_autofree char *md_contents = g_strdup_printf ("---\ntitle: Second %s\noutlet: %s\nauthor: %s\n"
                                                  "date: 2024-05-01\n---\n\nNothing about the animal here, only a paragraph of "
                                                  "ordinary words so that the reader finds an article in it.\n\n"
                                                  "And a second paragraph with more words, as news articles have.\n",
                                                  M_TITLE, M_OUTLET, M_BYLINE);
  g_autofree char *bad_path = g_strdup ("/nonexistent-dossier-dir/<b>x</b> &amp; <span foreground=\"red\">/notes.md");
  DossierWindow *window;
  GListModel *model;
  DossierArticle *article, *second;
  DossierArticleRow *row;
  GtkLabel *label;
  GtkInscription *ins;
  g_autofree char *shown = NULL;
  g_autofree char *meta = NULL;
  guint position;

  g_assert_cmpint (g_mkdir_with_parents (dir, 0700), ==, 0);
  g_assert_true (g_file_set_contents (txt, txt_contents, -1, NULL));
  g_assert_true (g_file_set_contents (md, md_contents, -1, NULL));
  window = ui_test_open_window (dir, 1200, 800, 100);
  model = dossier_window_get_article_model (window);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 2);
  article = article_at_path (model, "markup.txt", &position);
  second = article_at_path (model, "outlet.md", &position);
  /* The readers keep the text: else this test would test nothing. */
  g_assert_cmpstr (dossier_article_get_title (article), ==, M_TITLE);
  g_assert_cmpstr (dossier_article_get_byline (article), ==, M_BYLINE);
  g_assert_cmpstr (dossier_article_get_outlet (second), ==, M_OUTLET);
  g_assert_cmpstr (dossier_article_get_byline (second), ==, M_BYLINE);

  /* The sidebar rows: title, meta line, opening. */
  row = find_row (GTK_WIDGET (dossier_window_get_article_list (window)), "markup.txt");
  g_assert_nonnull (row);
  assert_inscription_literal (row_part (row, 0), M_TITLE);
  ins = row_part (row, 2);
  g_assert_true (g_str_has_prefix (gtk_inscription_get_text (ins), "The zebra <b>x</b> &amp; <span foreground"));
  assert_inscription_literal (ins, gtk_inscription_get_text (ins));
  row = find_row (GTK_WIDGET (dossier_window_get_article_list (window)), "outlet.md");
  g_assert_nonnull (row);
  assert_inscription_literal (row_part (row, 0), "Second " M_TITLE);
  ins = row_part (row, 1);
  meta = g_strdup (gtk_inscription_get_text (ins));
  assert_inscription_literal (ins, meta);
  /* The row has outlet and date; the byline is the reader's. */
  g_assert_true (g_str_has_prefix (meta, M_OUTLET " · "));

  /* The reader: the header (title, outlet · date · byline) and the body
   * are in its buffer, as text. */
  shown = read_in_reader (window, "markup.txt");
  g_assert_true (g_str_has_prefix (shown, M_TITLE "\n"));
  g_assert_nonnull (strstr (shown, M_BYLINE));
  g_assert_nonnull (strstr (shown, M_BODY));
  assert_no_label_parsed_input (GTK_WIDGET (window));
  g_free (shown);
  shown = read_in_reader (window, "outlet.md");
  g_assert_true (g_str_has_prefix (shown, "Second " M_TITLE "\n" M_OUTLET " · "));
  g_assert_nonnull (strstr (shown, M_BYLINE));
  assert_no_label_parsed_input (GTK_WIDGET (window));

  /* The search snippet: our bold around the matches, their text as is. */
  type_query (window, "zebra");
  ui_test_spin (200);
  row = find_row (GTK_WIDGET (dossier_window_get_article_list (window)), "markup.txt");
  g_assert_nonnull (row);
  ins = row_part (row, 2);
  g_test_message ("snippet: %s", gtk_inscription_get_text (ins));
  g_assert_nonnull (strstr (gtk_inscription_get_text (ins), "zebra <b>x</b> &amp; <span foreground=\"red\">zebra</span> said "
                                                              "<a href=\"javascript:alert(1)\">click</a> here &lt;i&gt; now"));
  {
    /* Bold is there, on the matches only, and nothing else. */
    const char *text = gtk_inscription_get_text (ins);
    gboolean others;
    g_autofree char *ranges = bold_ranges (ins, &others);
    g_auto(GStrv) each = g_strsplit (ranges, " ", -1);

    g_assert_false (others);
    g_assert_cmpuint (g_strv_length (each), >=, 2);
    for (guint i = 0; each[i]; i++)
      {
        guint start, end;

        g_assert_cmpint (sscanf (each[i], "%u-%u", &start, &end), ==, 2);
        g_assert_cmpuint (end - start, ==, strlen ("zebra"));
        g_assert_cmpint (g_ascii_strncasecmp (text + start, "zebra", end - start), ==, 0);
      }
  }
  assert_no_label_parsed_input (GTK_WIDGET (window));
  gtk_editable_set_text (GTK_EDITABLE (dossier_window_get_search_entry (window)), "");
  ui_test_spin (300);

  /* A note on the passage, with markup-like text and tag. */
  {
    g_autoptr(DossierNote) note = dossier_note_new ();
    g_autoptr(GError) error = NULL;
    g_autoptr(GFile) folder = g_file_new_for_path (dir);
    g_autofree char *key = dossier_notes_folder_key (folder);
    const char *tags[] = { M_TAG, NULL };
    g_autofree char *hashtag = g_strconcat ("#", M_TAG, NULL);
    GtkWidget *view;

    dossier_note_set_folder (note, key);
    dossier_note_set_path (note, "markup.txt");
    dossier_note_set_quote (note, "<span foreground=\"red\">zebra</span>", NULL, NULL);
    dossier_note_set_text (note, M_NOTE);
    dossier_note_set_tags (note, tags);
    g_assert_true (dossier_notes_add (dossier_window_get_notes (window), note, &error));
    g_assert_no_error (error);
    dossier_window_set_notes_mode (window, TRUE);
    g_assert_true (ui_test_wait_for (has_notes, window));
    ui_test_spin (100);
    view = GTK_WIDGET (dossier_window_get_notes_view (window));
    label = label_with_text (view, "Note <b>x</b>");
    g_assert_nonnull (label);
    assert_label_literal (label, M_NOTE);
    label = label_with_text (view, "zebra</span>");
    g_assert_nonnull (label);
    g_assert_nonnull (strstr (gtk_label_get_text (label), "<span foreground=\"red\">zebra</span>"));
    assert_label_literal (label, gtk_label_get_text (label));
    label = label_with_text (view, hashtag);
    g_assert_nonnull (label);
    assert_label_literal (label, gtk_label_get_text (label));
    assert_no_label_parsed_input (GTK_WIDGET (window));
    dossier_window_set_notes_mode (window, FALSE);
  }

  /* A toast that quotes a path: an export into a folder that does not
   * exist, its name markup-like. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "window.export-notes", "(ss)", "md", bad_path));
  g_assert_true (ui_test_wait_for (has_toast_label, window));
  label = label_with_text (GTK_WIDGET (window), "/nonexistent-dossier-dir/");
  g_test_message ("toast: %s", gtk_label_get_text (label));
  g_assert_nonnull (strstr (gtk_label_get_text (label), bad_path));
  assert_no_input_attributes (label, NULL);
  assert_no_label_parsed_input (GTK_WIDGET (window));

  ui_test_close_window (window);
  g_unlink (txt);
  g_unlink (md);
  g_rmdir (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *tmp = g_dir_make_tmp ("dossier-search-ui-XXXXXX", NULL);
  g_autofree char *cache_home = g_build_filename (tmp, "cache", NULL);
  g_autofree char *data_home = g_build_filename (tmp, "data", NULL);
  g_autofree char *sample = ui_test_sample_dir ();
  g_autoptr(GFile) from = g_file_new_for_path (sample);
  g_autoptr(GFile) to = NULL;
  int status;

  g_setenv ("XDG_CACHE_HOME", cache_home, TRUE);
  g_setenv ("XDG_DATA_HOME", data_home, TRUE);
  g_test_init (&argc, &argv, NULL);
  dossier_ui_init ();
  gtk_init ();
  adw_init ();

  folder_path = g_build_filename (tmp, "sample", NULL);
  to = g_file_new_for_path (folder_path);
  copy_tree (from, to);
  {
    /* An article whose text looks like markup, with brackets of its own:
     * its snippet must show them as they are. */
    g_autofree char *markup_file = g_build_filename (folder_path, "markup-test.txt", NULL);

    g_assert_true (g_file_set_contents (markup_file,
                                        "Quasar survey published\n\n"
                                        "The quasar <i>report</i> & [sic] findings were published by astronomers "
                                        "on Tuesday.\n", -1, NULL));
  }

  g_test_add_func ("/search-ui/snippet-markup", test_snippet_markup);
  g_test_add_func ("/search-ui/query", test_query);
  g_test_add_func ("/search-ui/row-markup", test_row_markup);
  g_test_add_func ("/search-ui/live", test_live);
  g_test_add_func ("/search-ui/reopen-from-cache", test_reopen_from_cache);
  g_test_add_func ("/search-ui/literal-text", test_literal_text);
  status = g_test_run ();

  g_free (folder_path);
  return status;
}
