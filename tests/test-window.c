/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-window"

#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>
#include <string.h>

#include "dossier-application.h"
#include "dossier-corpus-private.h"
#include "dossier-article-row.h"
#include "dossier-entity-row.h"
#include "dossier-row-factory.h"
#include "dossier-slot-selection.h"
#include "dossier-window.h"
#include "ui-test-util.h"

/* UI tests: run under Xvfb (see RECIPES.md), with the sample folder and
 * the seed articles. Entities: until extraction is wired into the corpus,
 * the entity tests build their own with add_test_entities(); the seed test
 * needs the real extractor and skips without it. */

static DossierWindow *
open_window_sized (const char *path,
                   int         width,
                   int         height)
{
  /* Let the list rows bind. */
  return ui_test_open_window (path, width, height, 50);
}

static DossierWindow *
open_window (const char *path)
{
  return open_window_sized (path, 1200, 800);
}

static DossierWindow *
open_sample (void)
{
  g_autofree char *path = ui_test_sample_dir ();

  return open_window (path);
}

static guint
count_article_files (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;
  guint n = 0;

  g_assert_nonnull (dir);
  while ((name = g_dir_read_name (dir)))
    {
      g_autofree char *child = g_build_filename (path, name, NULL);

      /* A saved page's "_files" folder holds its images and styles. */
      if (g_file_test (child, G_FILE_TEST_IS_DIR))
        n += g_str_has_suffix (name, "_files") ? 0 : count_article_files (child);
      else if (g_str_has_suffix (name, ".txt") || g_str_has_suffix (name, ".md") || g_str_has_suffix (name, ".html"))
        n++;
    }
  return n;
}

static DossierArticle *
model_article (GListModel *model,
               guint       position)
{
  g_autoptr(DossierArticle) article = g_list_model_get_item (model, position);

  /* The corpus holds a reference: borrowed is fine for the test. */
  return article;
}

/* Test-only entities: every occurrence of each name in an article's body
 * is a mention, linked to an entity with that canonical name. */
typedef struct
{
  const char *name;
  DossierLabel label;
} TestEntity;

static const TestEntity test_entities[] = {
  { "Korea", DOSSIER_LABEL_PLACE },
  { "Sweden", DOSSIER_LABEL_PLACE },
  { "England", DOSSIER_LABEL_PLACE },
  { "Harry Kane", DOSSIER_LABEL_PERSON },
  { "FIFA", DOSSIER_LABEL_ORG },
  { "Monday", DOSSIER_LABEL_MISC },
  { "government", DOSSIER_LABEL_ORG },
};

static int
compare_mentions (gconstpointer a,
                  gconstpointer b)
{
  const DossierMention *x = a, *y = b;

  return x->start < y->start ? -1 : x->start > y->start;
}

static void
add_test_entities (DossierCorpus *corpus)
{
  g_autoptr(GPtrArray) entities = g_ptr_array_new_with_free_func (g_object_unref);
  guint n = g_list_model_get_n_items (G_LIST_MODEL (corpus));

  for (guint e = 0; e < G_N_ELEMENTS (test_entities); e++)
    {
      DossierEntity *entity = dossier_entity_new (e, test_entities[e].name, test_entities[e].label);

      dossier_entity_add_alias (entity, test_entities[e].name);
      g_ptr_array_add (entities, entity);
    }

  for (guint i = 0; i < n; i++)
    {
      DossierArticle *article = dossier_corpus_get_article (corpus, i);
      const char *text = dossier_article_get_text (article);
      GArray *mentions = g_array_new (FALSE, FALSE, sizeof (DossierMention));

      for (guint e = 0; e < G_N_ELEMENTS (test_entities); e++)
        {
          const char *p = text + dossier_article_get_body_offset (article);

          while ((p = strstr (p, test_entities[e].name)))
            {
              DossierMention m = {
                .start = p - text,
                .end = p - text + strlen (test_entities[e].name),
                .entity = e,
                .label = test_entities[e].label,
              };
              g_array_append_val (mentions, m);
              p += strlen (test_entities[e].name);
            }
        }
      g_array_sort (mentions, compare_mentions);
      for (guint j = 0; j < mentions->len; j++)
        dossier_entity_add_mention (g_ptr_array_index (entities, g_array_index (mentions, DossierMention, j).entity),
                                    dossier_article_get_id (article));
      dossier_article_take_mentions (article, mentions);
    }
  for (guint e = 0; e < entities->len; e++)
    dossier_entity_finish (g_ptr_array_index (entities, e));
  dossier_corpus_set_entities (corpus, entities);
}

/* Clicks an entity in the panel the way the list view does. */
static void
click_entity (DossierWindow *window,
              const char    *name)
{
  DossierEntityPanel *panel = dossier_window_get_entity_panel (window);
  GListModel *model = dossier_entity_panel_get_model (panel);

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(DossierEntity) entity = g_list_model_get_item (model, i);

      if (g_str_equal (dossier_entity_get_name (entity), name))
        {
          g_signal_emit_by_name (dossier_entity_panel_get_list_view (panel), "activate", i);
          return;
        }
    }
  g_error ("No entity “%s” in the panel", name);
}

static gboolean
listed_is (DossierWindow *window,
           GArray        *expected)
{
  GListModel *model = dossier_window_get_article_model (window);
  guint n = g_list_model_get_n_items (model);

  if (n != expected->len)
    return FALSE;
  for (guint i = 0; i < n; i++)
    {
      guint32 id = dossier_article_get_id (model_article (model, i));
      gboolean found = FALSE;

      for (guint j = 0; j < expected->len && !found; j++)
        found = g_array_index (expected, guint32, j) == id;
      if (!found)
        return FALSE;
    }
  return TRUE;
}

static GArray *
entity_articles (DossierCorpus *corpus,
                 const char    *name)
{
  DossierEntity *entity = dossier_corpus_lookup_entity (corpus, name);
  const guint32 *ids;
  guint n;
  GArray *array = g_array_new (FALSE, FALSE, sizeof (guint32));

  g_assert_nonnull (entity);
  ids = dossier_entity_get_article_ids (entity, &n);
  g_array_append_vals (array, ids, n);
  return array;
}

static GArray *
intersect (GArray *a,
           GArray *b)
{
  GArray *out = g_array_new (FALSE, FALSE, sizeof (guint32));

  for (guint i = 0; i < a->len; i++)
    for (guint j = 0; j < b->len; j++)
      if (g_array_index (a, guint32, i) == g_array_index (b, guint32, j))
        g_array_append_val (out, g_array_index (a, guint32, i));
  return out;
}

/* Tests */

static void
test_open_sample (void)
{
  g_autofree char *path = ui_test_sample_dir ();
  DossierWindow *window = open_sample ();
  GListModel *model = dossier_window_get_article_model (window);
  guint expected = count_article_files (path);
  g_autofree char *title = NULL;
  DossierArticle *first;

  g_assert_cmpuint (expected, >, 5);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, expected);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (dossier_window_get_corpus (window))), ==, expected);

  /* The first article is selected and shown. */
  first = model_article (model, 0);
  g_assert_true (gtk_single_selection_get_selected_item (dossier_window_get_selection (window)) == first);
  title = dossier_reader_dup_title (dossier_window_get_reader (window));
  g_assert_cmpstr (title, ==, dossier_article_get_title (first));
  ui_test_close_window (window);
}

static void
test_select_article (void)
{
  DossierWindow *window = open_sample ();
  GListModel *model = dossier_window_get_article_model (window);
  GtkSingleSelection *selection = dossier_window_get_selection (window);
  DossierReader *reader = dossier_window_get_reader (window);
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (dossier_reader_get_text_view (reader));

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      DossierArticle *article = model_article (model, i);
      g_autofree char *title = NULL;
      g_autofree char *all = NULL;
      GtkTextIter start, end;
      g_autofree char *snippet = dossier_article_dup_snippet (article, 40);

      gtk_single_selection_set_selected (selection, i);
      g_assert_true (dossier_reader_get_article (reader) == article);
      title = dossier_reader_dup_title (reader);
      g_assert_cmpstr (title, ==, dossier_article_get_title (article));

      /* The body is all there. */
      gtk_text_buffer_get_bounds (buffer, &start, &end);
      all = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
      g_assert_nonnull (strstr (all, dossier_article_get_body (article)));
    }
  ui_test_close_window (window);
}

static void
test_sort (void)
{
  DossierWindow *window = open_sample ();
  GListModel *model = dossier_window_get_article_model (window);

  g_object_set (window, "sort-order", "title", NULL);
  for (guint i = 1; i < g_list_model_get_n_items (model); i++)
    {
      g_autofree char *a = g_utf8_casefold (dossier_article_get_title (model_article (model, i - 1)), -1);
      g_autofree char *b = g_utf8_casefold (dossier_article_get_title (model_article (model, i)), -1);
      g_assert_cmpint (g_utf8_collate (a, b), <=, 0);
    }

  g_object_set (window, "sort-order", "date", NULL);
  for (guint i = 1; i < g_list_model_get_n_items (model); i++)
    g_assert_cmpint (dossier_article_compare (model_article (model, i - 1), model_article (model, i)), <, 0);

  /* The sort menu's action changes it too. */
  gtk_widget_activate_action (GTK_WIDGET (window), "window.sort", "s", "outlet");
  {
    g_autofree char *order = NULL;
    g_object_get (window, "sort-order", &order, NULL);
    g_assert_cmpstr (order, ==, "outlet");
  }
  g_object_set (window, "sort-order", "date", NULL);
  ui_test_close_window (window);
}

static void
test_search (void)
{
  DossierWindow *window = open_sample ();
  GListModel *model = dossier_window_get_article_model (window);
  guint all = g_list_model_get_n_items (model);
  DossierFilter *filter = dossier_window_get_filter (window);

  dossier_filter_set_text (filter, "KOREA");
  g_assert_cmpuint (g_list_model_get_n_items (model), >=, 1);
  g_assert_cmpuint (g_list_model_get_n_items (model), <, all);
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      DossierArticle *a = model_article (model, i);
      g_autofree char *hay = g_strconcat (dossier_article_get_title (a), " ", dossier_article_get_outlet (a), NULL);
      g_autofree char *folded = g_utf8_casefold (hay, -1);
      g_assert_nonnull (strstr (folded, "korea"));
    }

  gtk_widget_activate_action (GTK_WIDGET (window), "window.clear-filter", NULL);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, all);
  ui_test_close_window (window);
}

static void
test_entity_filter (void)
{
  DossierWindow *window = open_sample ();
  DossierCorpus *corpus = dossier_window_get_corpus (window);
  DossierFilter *filter = dossier_window_get_filter (window);
  GListModel *model = dossier_window_get_article_model (window);
  GListModel *panel_model = dossier_entity_panel_get_model (dossier_window_get_entity_panel (window));
  guint all = g_list_model_get_n_items (model);
  g_autoptr(GArray) korea = NULL;
  g_autoptr(GArray) sweden = NULL;
  g_autoptr(GArray) both = NULL;
  const guint32 *ids;
  guint n;

  add_test_entities (corpus);
  /* The panel lists the entities that are mentioned at all. */
  {
    guint mentioned = 0;

    for (guint e = 0; e < G_N_ELEMENTS (test_entities); e++)
      mentioned += dossier_entity_get_n_mentions (dossier_corpus_get_entity_by_id (corpus, e)) > 0;
    g_assert_cmpuint (mentioned, >=, 5);
    g_assert_cmpuint (g_list_model_get_n_items (panel_model), ==, mentioned);
  }

  korea = entity_articles (corpus, "korea");
  sweden = entity_articles (corpus, "Sweden");
  both = intersect (korea, sweden);
  g_assert_cmpuint (korea->len, >=, 2);
  g_assert_cmpuint (both->len, >=, 1);
  g_assert_cmpuint (both->len, <, korea->len);

  /* The article being read stays selected when it still matches. */
  {
    GtkSingleSelection *selection = dossier_window_get_selection (window);
    DossierArticle *reading = dossier_corpus_get_article_by_id (corpus, g_array_index (korea, guint32, korea->len - 1));

    for (guint i = 0; i < g_list_model_get_n_items (model); i++)
      if (model_article (model, i) == reading)
        gtk_single_selection_set_selected (selection, i);
    g_assert_true (dossier_reader_get_article (dossier_window_get_reader (window)) == reading);

    /* One entity: exactly the articles that mention it. */
    click_entity (window, "Korea");
    g_assert_true (listed_is (window, korea));
    g_assert_true (gtk_single_selection_get_selected_item (selection) == reading);
    g_assert_true (dossier_reader_get_article (dossier_window_get_reader (window)) == reading);
  }
  ids = dossier_filter_get_entities (filter, &n);
  g_assert_cmpuint (n, ==, 1);

  /* The panel only lists entities of the shown articles, with their counts
   * there; Korea itself stays. */
  for (guint i = 0; i < g_list_model_get_n_items (panel_model); i++)
    {
      g_autoptr(DossierEntity) e = g_list_model_get_item (panel_model, i);
      g_assert_cmpuint (dossier_filter_get_facet_count (filter, dossier_entity_get_id (e)), >, 0);
    }
  g_assert_cmpuint (dossier_filter_get_facet_count (filter, dossier_entity_get_id (dossier_corpus_lookup_entity (corpus, "Sweden"))),
                    ==, both->len);

  /* Two: AND. */
  click_entity (window, "Sweden");
  g_assert_true (listed_is (window, both));
  ids = dossier_filter_get_entities (filter, &n);
  g_assert_cmpuint (n, ==, 2);
  (void) ids;

  /* Clicking a selected entity again takes it out. */
  click_entity (window, "Sweden");
  g_assert_true (listed_is (window, korea));
  click_entity (window, "Sweden");
  g_assert_true (listed_is (window, both));

  /* Clear (what Escape and the clear button do). */
  gtk_widget_activate_action (GTK_WIDGET (window), "window.clear-filter", NULL);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, all);
  g_assert_false (dossier_filter_is_active (filter));
  ui_test_close_window (window);
}

/* The rows in the widget tree under @list, of @type: the ones GTK shows
 * (pooled rows have no parent). */
static void
collect_rows (GtkWidget *widget,
              GType      type,
              GPtrArray *rows)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (widget, type))
    {
      g_ptr_array_add (rows, widget);
      return;
    }
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    collect_rows (child, type, rows);
}

static gboolean
in_model (GListModel *model,
          gpointer    item)
{
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    if (model_article (model, i) == item)
      return TRUE;
  return FALSE;
}

/* Every row on screen shows an item of its model, each item once, with the
 * entity panel's counts of the current filter. */
static void
assert_rows_match (DossierWindow *window)
{
  GListModel *model = dossier_window_get_article_model (window);
  DossierEntityPanel *panel = dossier_window_get_entity_panel (window);
  GListModel *panel_model = dossier_entity_panel_get_model (panel);
  DossierFilter *filter = dossier_window_get_filter (window);
  g_autoptr(GPtrArray) rows = g_ptr_array_new ();
  g_autoptr(GHashTable) seen = g_hash_table_new (NULL, NULL);

  collect_rows (GTK_WIDGET (dossier_window_get_article_list (window)), DOSSIER_TYPE_ARTICLE_ROW, rows);
  g_assert_cmpuint (rows->len, ==, MIN (g_list_model_get_n_items (model), 30));
  for (guint i = 0; i < rows->len; i++)
    {
      DossierArticle *article = dossier_article_row_get_article (g_ptr_array_index (rows, i));

      g_assert_nonnull (article);
      g_assert_true (in_model (model, article));
      g_assert_true (g_hash_table_add (seen, article));
    }

  g_ptr_array_set_size (rows, 0);
  collect_rows (GTK_WIDGET (dossier_entity_panel_get_list_view (panel)), DOSSIER_TYPE_ENTITY_ROW, rows);
  g_assert_cmpuint (rows->len, ==, MIN (g_list_model_get_n_items (panel_model), 30));
  for (guint i = 0; i < rows->len; i++)
    {
      DossierEntityRow *row = g_ptr_array_index (rows, i);
      DossierEntity *entity = dossier_entity_row_get_entity (row);
      gboolean found = FALSE;

      g_assert_nonnull (entity);
      for (guint j = 0; j < g_list_model_get_n_items (panel_model) && !found; j++)
        {
          g_autoptr(DossierEntity) e = g_list_model_get_item (panel_model, j);
          found = e == entity;
        }
      g_assert_true (found);
      g_assert_true (g_hash_table_add (seen, entity));
    }
  (void) filter;
}

/* A filter click binds the rows GTK gives up to the new items instead of
 * building new ones (dossier-row-factory.c): after the first clicks no row
 * is built, and every row shows an item of the list. */
static void
test_rows_reused (void)
{
  DossierWindow *window = open_sample ();
  DossierCorpus *corpus = dossier_window_get_corpus (window);
  DossierFilter *filter = dossier_window_get_filter (window);
  GtkListItemFactory *articles = gtk_grid_view_get_factory (dossier_window_get_article_list (window));
  GtkListItemFactory *entities = gtk_grid_view_get_factory (
      dossier_entity_panel_get_list_view (dossier_window_get_entity_panel (window)));
  const char *names[] = { "Korea", "Sweden", "England", "FIFA" };
  guint built_articles = 0, built_entities = 0;

  add_test_entities (corpus);
  ui_test_spin (50);
  assert_rows_match (window);
  for (guint round = 0; round < 3; round++)
    {
      if (round == 2)
        {
          /* Nothing more is built once the pool holds a screen of rows. */
          built_articles = dossier_row_factory_get_n_built (articles);
          built_entities = dossier_row_factory_get_n_built (entities);
        }
      for (guint i = 0; i < G_N_ELEMENTS (names); i++)
        {
          click_entity (window, names[i]);
          ui_test_spin (20);
          assert_rows_match (window);
          dossier_filter_clear (filter);
          ui_test_spin (20);
          assert_rows_match (window);
        }
    }
  g_assert_cmpuint (built_articles, >, 0);
  g_assert_cmpuint (dossier_row_factory_get_n_built (articles), ==, built_articles);
  g_assert_cmpuint (dossier_row_factory_get_n_built (entities), ==, built_entities);
  ui_test_close_window (window);
}

typedef struct
{
  DossierSlotSelection *slots;
  GPtrArray *held;       /* the slots a "view" holds, by position (NULL: none) */
  guint kept;            /* slots that took a new item in place */
} SlotView;

static void
unref_if_set (gpointer object)
{
  if (object)
    g_object_unref (object);
}

static void
on_slot_kept (DossierSlot *slot,
              SlotView    *view)
{
  view->kept++;
}

/* What a list view does in an items-changed: it lets the replaced
 * positions' slots go and asks for the added positions it shows (the
 * first five). */
static void
on_slots_changed (GListModel *model,
                  guint       position,
                  guint       removed,
                  guint       added,
                  SlotView   *view)
{
  g_ptr_array_remove_range (view->held, position, removed);
  for (guint i = 0; i < added; i++)
    g_ptr_array_insert (view->held, position + i, NULL);
  for (guint i = position; i < position + added && i < 5; i++)
    {
      DossierSlot *slot = g_list_model_get_item (model, i);

      g_signal_connect (slot, "changed", G_CALLBACK (on_slot_kept), view);
      view->held->pdata[i] = slot;
    }
}

/* The slots follow the positions of the model they wrap and hold its
 * items; a position the view holds keeps its slot when its item is
 * replaced, so the view is told of the other positions only. The
 * selection is the wrapped model's. */
static void
test_slot_selection (void)
{
  g_autoptr(GtkStringList) strings = gtk_string_list_new (NULL);
  g_autoptr(GtkSingleSelection) inner = NULL;
  g_autoptr(GRand) rand = g_rand_new_with_seed (7);
  SlotView view = { 0 };
  guint next = 0;

  for (; next < 20; next++)
    {
      g_autofree char *s = g_strdup_printf ("%u", next);
      gtk_string_list_append (strings, s);
    }
  inner = gtk_single_selection_new (g_object_ref (G_LIST_MODEL (strings)));
  view.slots = dossier_slot_selection_new (GTK_SELECTION_MODEL (inner));
  view.held = g_ptr_array_new_with_free_func (unref_if_set);
  g_ptr_array_set_size (view.held, 20);
  for (guint i = 0; i < 5; i++)
    {
      view.held->pdata[i] = g_list_model_get_item (G_LIST_MODEL (view.slots), i);
      g_signal_connect (view.held->pdata[i], "changed", G_CALLBACK (on_slot_kept), &view);
    }
  g_signal_connect (view.slots, "items-changed", G_CALLBACK (on_slots_changed), &view);

  for (guint round = 0; round < 300; round++)
    {
      guint n = g_list_model_get_n_items (G_LIST_MODEL (strings));
      guint position = g_rand_int_range (rand, 0, n + 1);
      guint removed = g_rand_int_range (rand, 0, n - position + 1);
      guint added = g_rand_int_range (rand, 0, 8);
      g_autoptr(GPtrArray) texts = g_ptr_array_new_with_free_func (g_free);

      /* Now and then, the whole list at once, as an entity click does. */
      if (round % 10 == 0)
        {
          position = 0;
          removed = n;
          added = g_rand_int_range (rand, 0, 30);
        }
      for (guint i = 0; i < added; i++)
        g_ptr_array_add (texts, g_strdup_printf ("%u", next++));
      g_ptr_array_add (texts, NULL);
      gtk_string_list_splice (strings, position, removed, (const char * const *) texts->pdata);

      n = g_list_model_get_n_items (G_LIST_MODEL (strings));
      g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (view.slots)), ==, n);
      g_assert_cmpuint (view.held->len, ==, n);
      for (guint i = 0; i < n; i++)
        {
          g_autoptr(DossierSlot) slot = g_list_model_get_item (G_LIST_MODEL (view.slots), i);
          g_autoptr(GObject) item = g_list_model_get_item (G_LIST_MODEL (strings), i);

          g_assert_true (dossier_slot_get_item (slot) == item);
          if (view.held->pdata[i])
            g_assert_true (view.held->pdata[i] == slot);
        }
    }
  g_assert_cmpuint (view.kept, >, 100);

  /* The selection is the wrapped model's, by position. */
  if (g_list_model_get_n_items (G_LIST_MODEL (strings)) > 2)
    {
      g_assert_true (gtk_selection_model_select_item (GTK_SELECTION_MODEL (view.slots), 2, TRUE));
      g_assert_cmpuint (gtk_single_selection_get_selected (inner), ==, 2);
      g_assert_true (gtk_selection_model_is_selected (GTK_SELECTION_MODEL (view.slots), 2));
    }

  for (guint i = 0; i < view.held->len; i++)
    if (view.held->pdata[i])
      g_signal_handlers_disconnect_by_data (view.held->pdata[i], &view);
  g_signal_handlers_disconnect_by_data (view.slots, &view);
  g_ptr_array_unref (view.held);
  g_object_unref (view.slots);
}

static void
test_highlights (void)
{
  DossierWindow *window = open_sample ();
  DossierCorpus *corpus = dossier_window_get_corpus (window);
  DossierFilter *filter = dossier_window_get_filter (window);
  DossierReader *reader = dossier_window_get_reader (window);
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (dossier_reader_get_text_view (reader));
  GtkTextTagTable *tags = gtk_text_buffer_get_tag_table (buffer);
  GtkTextTag *emphasis = gtk_text_tag_table_lookup (tags, "entity-emphasis");
  GListModel *model = dossier_window_get_article_model (window);
  GtkSingleSelection *selection = dossier_window_get_selection (window);
  DossierEntity *sweden;
  DossierArticle *article = NULL;
  const DossierMention *mentions;
  guint n_mentions, checked = 0, n_sweden = 0;
  GtkTextIter start, end;
  int offset;

  add_test_entities (corpus);
  sweden = dossier_corpus_lookup_entity (corpus, "Sweden");

  /* The article mentioning most entities. */
  for (guint i = 0, best = 0; i < g_list_model_get_n_items (model); i++)
    {
      DossierArticle *a = model_article (model, i);

      dossier_article_get_mentions (a, &n_mentions);
      if (n_mentions > best)
        {
          best = n_mentions;
          article = a;
          gtk_single_selection_set_selected (selection, i);
        }
    }
  g_assert_nonnull (article);
  g_assert_true (dossier_reader_get_article (reader) == article);

  /* Every mention carries its label's tag, at the right characters. */
  mentions = dossier_article_get_mentions (article, &n_mentions);
  for (guint i = 0; i < n_mentions; i++)
    {
      const char *text = dossier_article_get_text (article);
      g_autofree char *expected = g_strndup (text + mentions[i].start, mentions[i].end - mentions[i].start);
      g_autofree char *shown = NULL;
      g_autofree char *tag_name = NULL;
      const char *kinds[] = { "person", "org", "place", "misc" };

      g_assert_true (dossier_reader_text_to_buffer (reader, mentions[i].start, &offset));
      gtk_text_buffer_get_iter_at_offset (buffer, &start, offset);
      gtk_text_buffer_get_iter_at_offset (buffer, &end, offset + g_utf8_strlen (expected, -1));
      shown = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
      g_assert_cmpstr (shown, ==, expected);
      tag_name = g_strconcat ("entity-", kinds[mentions[i].label], NULL);
      g_assert_true (gtk_text_iter_has_tag (&start, gtk_text_tag_table_lookup (tags, tag_name)));
      g_assert_false (gtk_text_iter_has_tag (&start, emphasis));
      if (mentions[i].entity == dossier_entity_get_id (sweden))
        n_sweden++;
      checked++;
    }
  g_assert_cmpuint (checked, >, 3);
  g_assert_cmpuint (n_sweden, >=, 2);

  /* Filter entities are emphasised; next and previous mention step through
   * them. */
  dossier_filter_add_entity (filter, dossier_entity_get_id (sweden));
  g_assert_true (dossier_reader_get_article (reader) == article || gtk_single_selection_get_selected_item (selection) != NULL);
  gtk_single_selection_set_selected (selection, 0);
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    if (model_article (model, i) == article)
      gtk_single_selection_set_selected (selection, i);
  g_assert_true (dossier_reader_get_article (reader) == article);

  for (guint i = 0, seen = 0; i < n_mentions; i++)
    {
      g_autofree char *sel = NULL;

      if (mentions[i].entity != dossier_entity_get_id (sweden))
        continue;
      dossier_reader_text_to_buffer (reader, mentions[i].start, &offset);
      gtk_text_buffer_get_iter_at_offset (buffer, &start, offset);
      g_assert_true (gtk_text_iter_has_tag (&start, emphasis));

      /* The shortcut's action: F3. */
      gtk_widget_activate_action (GTK_WIDGET (window), "window.next-mention", NULL);
      g_assert_true (gtk_text_buffer_get_selection_bounds (buffer, &start, &end));
      g_assert_cmpint (gtk_text_iter_get_offset (&start), ==, offset);
      sel = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
      g_assert_cmpstr (sel, ==, "Sweden");
      seen++;
    }
  /* Wraps round to the first; previous goes back to the last. */
  gtk_widget_activate_action (GTK_WIDGET (window), "window.next-mention", NULL);
  gtk_text_buffer_get_selection_bounds (buffer, &start, &end);
  {
    int first = gtk_text_iter_get_offset (&start);
    gtk_widget_activate_action (GTK_WIDGET (window), "window.previous-mention", NULL);
    gtk_text_buffer_get_selection_bounds (buffer, &start, &end);
    g_assert_cmpint (gtk_text_iter_get_offset (&start), >, first);
  }

  /* For looking at: DOSSIER_TEST_SHOTS=DIR saves the window with
   * highlights and a filter (light, or dark under ADW_DEBUG_COLOR_SCHEME). */
  if (g_getenv ("DOSSIER_TEST_SHOTS"))
    {
      g_autofree char *png = g_build_filename (g_getenv ("DOSSIER_TEST_SHOTS"), "highlights.png", NULL);
      g_autoptr(GError) error = NULL;

      ui_test_spin (200);
      dossier_window_save_png (window, png, &error);
      g_assert_no_error (error);
    }

  /* Clicking a highlighted mention adds its entity to the filter. */
  for (guint i = 0; i < n_mentions; i++)
    if (mentions[i].entity != dossier_entity_get_id (sweden))
      {
        guint32 other = mentions[i].entity;

        dossier_reader_text_to_buffer (reader, mentions[i].start, &offset);
        g_assert_true (dossier_reader_activate_offset (reader, offset + 1));
        g_assert_true (dossier_filter_has_entity (filter, other));
        break;
      }
  /* Not on a mention: nothing. */
  g_assert_false (dossier_reader_activate_offset (reader, 0) &&
                  dossier_reader_get_entity_at (reader, 0) == DOSSIER_NO_ENTITY);
  ui_test_close_window (window);
}

static gboolean
filter_has (gpointer data)
{
  DossierWindow *window = data;
  guint n;

  dossier_filter_get_entities (dossier_window_get_filter (window), &n);
  return n > 0;
}

static gboolean
filter_empty (gpointer data)
{
  return !filter_has (data);
}

/* A real click, through X (xdotool), on a highlighted mention: its entity
 * goes into the filter. */
static void
test_click_mention (void)
{
  g_autofree char *xdotool = g_find_program_in_path ("xdotool");
  DossierWindow *window;
  DossierCorpus *corpus;
  DossierReader *reader;
  GtkTextView *view;
  DossierArticle *article;
  const DossierMention *mentions;
  guint n_mentions;
  GtkTextIter iter;
  GdkRectangle rect;
  int offset, wx, wy;
  double nx, ny, tx, ty;
  g_autofree char *wid = NULL;
  g_autofree char *cmd = NULL;
  GtkNative *native;

  if (xdotool == NULL)
    {
      g_test_skip ("xdotool is not installed");
      return;
    }
  window = open_sample ();
  gtk_window_set_title (GTK_WINDOW (window), "dossier-click-test");
  corpus = dossier_window_get_corpus (window);
  reader = dossier_window_get_reader (window);
  view = dossier_reader_get_text_view (reader);
  add_test_entities (corpus);
  ui_test_spin (300);

  /* The first mention of the article shown. */
  article = dossier_reader_get_article (reader);
  mentions = dossier_article_get_mentions (article, &n_mentions);
  g_assert_cmpuint (n_mentions, >, 0);
  g_assert_true (dossier_reader_text_to_buffer (reader, mentions[0].start, &offset));
  gtk_text_buffer_get_iter_at_offset (gtk_text_view_get_buffer (view), &iter, offset + 1);
  gtk_text_view_get_iter_location (view, &iter, &rect);
  gtk_text_view_buffer_to_window_coords (view, GTK_TEXT_WINDOW_WIDGET, rect.x, rect.y + rect.height / 2, &wx, &wy);
  native = gtk_widget_get_native (GTK_WIDGET (view));
  g_assert_true (gtk_widget_translate_coordinates (GTK_WIDGET (view), GTK_WIDGET (native), wx, wy, &tx, &ty));
  gtk_native_get_surface_transform (native, &nx, &ny);

  g_assert_true (g_spawn_command_line_sync ("xdotool search --sync --onlyvisible --name '^dossier-click-test$'",
                                            &wid, NULL, NULL, NULL));
  g_strstrip (wid);
  g_assert_cmpstr (wid, !=, "");
  cmd = g_strdup_printf ("xdotool mousemove --window %s %d %d click 1", wid, (int) (tx + nx), (int) (ty + ny));
  g_assert_true (g_spawn_command_line_sync (cmd, NULL, NULL, NULL, NULL));

  g_assert_true (ui_test_wait_for (filter_has, window));
  g_assert_true (dossier_filter_has_entity (dossier_window_get_filter (window), mentions[0].entity));

  /* Real key presses for the shortcuts: F3 selects the next mention of the
   * filter, Escape clears the filter. */
  {
    g_autofree char *f3 = g_strdup_printf ("xdotool key --window %s F3", wid);
    g_autofree char *esc = g_strdup_printf ("xdotool key --window %s Escape", wid);
    GtkTextBuffer *buffer = gtk_text_view_get_buffer (view);

    g_assert_true (g_spawn_command_line_sync (f3, NULL, NULL, NULL, NULL));
    g_assert_true (ui_test_wait_for ((UiTestCondition) gtk_text_buffer_get_has_selection, buffer));
    {
      GtkTextIter start, end;

      gtk_text_buffer_get_selection_bounds (buffer, &start, &end);
      g_assert_cmpuint (dossier_reader_get_entity_at (reader, gtk_text_iter_get_offset (&start)), ==,
                        mentions[0].entity);
    }
    g_assert_true (g_spawn_command_line_sync (esc, NULL, NULL, NULL, NULL));
    g_assert_true (ui_test_wait_for (filter_empty, window));
  }
  ui_test_close_window (window);
}

static gboolean
has_entities (gpointer data)
{
  DossierCorpus *corpus = dossier_window_get_corpus (data);

  return corpus && g_list_model_get_n_items (dossier_corpus_get_entities (corpus)) > 0;
}

static void
test_seeds (void)
{
  g_autofree char *dir = ui_test_make_seed_folder ("dossier-seeds-XXXXXX");
  DossierWindow *window = open_window (dir);
  DossierCorpus *corpus = dossier_window_get_corpus (window);
  GListModel *model = dossier_window_get_article_model (window);
  DossierEntity *xi, *ap, *belta;

  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 2);
  if (!has_entities (window))
    {
      /* Give a linker running after loading a moment. */
      gint64 until = g_get_monotonic_time () + 3 * G_USEC_PER_SEC;
      while (!has_entities (window) && g_get_monotonic_time () < until)
        g_main_context_iteration (NULL, FALSE);
    }
  if (!has_entities (window))
    {
      g_test_skip ("entity extraction is not wired into the corpus yet");
      ui_test_close_window (window);
      ui_test_remove_seed_folder (dir);
      return;
    }

  xi = dossier_corpus_lookup_entity (corpus, "Xi Jinping");
  g_assert_nonnull (xi);
  click_entity (window, dossier_entity_get_name (xi));

  /* The panel shows its list from the top after a change: the row highest
   * up is the first entity of the model. */
  {
    DossierEntityPanel *panel = dossier_window_get_entity_panel (window);
    g_autoptr(DossierEntity) first = g_list_model_get_item (dossier_entity_panel_get_model (panel), 0);
    DossierEntity *top = NULL;
    float top_y = G_MAXFLOAT;

    ui_test_spin (200);
    for (GtkWidget *w = gtk_widget_get_first_child (GTK_WIDGET (dossier_entity_panel_get_list_view (panel)));
         w; w = gtk_widget_get_next_sibling (w))
      {
        GtkWidget *row = gtk_widget_get_first_child (w);
        graphene_rect_t bounds;

        if (row && DOSSIER_IS_ENTITY_ROW (row) && gtk_widget_get_child_visible (w) &&
            gtk_widget_compute_bounds (w, GTK_WIDGET (window), &bounds) && bounds.origin.y < top_y)
          {
            top_y = bounds.origin.y;
            top = dossier_entity_row_get_entity (DOSSIER_ENTITY_ROW (row));
          }
      }
    g_assert_true (top == first);
  }
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 2);

  ap = dossier_corpus_lookup_entity (corpus, "Associated Press");
  if (ap == NULL)
    ap = dossier_corpus_lookup_entity (corpus, "AP");
  belta = dossier_corpus_lookup_entity (corpus, "Belta");
  g_assert_true (ap != NULL || belta != NULL);
  /* Each of them, with Xi Jinping, narrows to one article. */
  for (guint k = 0; k < 2; k++)
    {
      DossierEntity *other = k == 0 ? ap : belta;
      g_autofree char *name = NULL;

      if (other == NULL)
        continue;
      name = g_strdup (dossier_entity_get_name (other));
      gtk_widget_activate_action (GTK_WIDGET (window), "window.clear-filter", NULL);
      click_entity (window, dossier_entity_get_name (xi));
      click_entity (window, name);
      g_assert_cmpuint (g_list_model_get_n_items (model), ==, 1);
    }

  /* The extractor's own mentions are highlighted at the right characters
   * in both articles. */
  for (guint i = 0; i < 2; i++)
    {
      DossierReader *reader = dossier_window_get_reader (window);
      GtkTextBuffer *buffer = gtk_text_view_get_buffer (dossier_reader_get_text_view (reader));
      DossierArticle *article;
      const DossierMention *mentions;
      guint n_mentions, shown = 0;

      gtk_widget_activate_action (GTK_WIDGET (window), "window.clear-filter", NULL);
      gtk_single_selection_set_selected (dossier_window_get_selection (window), i);
      article = dossier_reader_get_article (reader);
      mentions = dossier_article_get_mentions (article, &n_mentions);
      for (guint j = 0; j < n_mentions; j++)
        {
          g_autofree char *expected = g_strndup (dossier_article_get_text (article) + mentions[j].start,
                                                 mentions[j].end - mentions[j].start);
          g_autofree char *text = NULL;
          GtkTextIter start, end;
          int offset;

          /* Every mention is shown: title, dateline, captions, body. */
          g_assert_true (dossier_reader_text_to_buffer (reader, mentions[j].start, &offset));
          gtk_text_buffer_get_iter_at_offset (buffer, &start, offset);
          gtk_text_buffer_get_iter_at_offset (buffer, &end, offset + g_utf8_strlen (expected, -1));
          text = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
          g_assert_cmpstr (text, ==, expected);
          g_assert_cmpuint (dossier_reader_get_entity_at (reader, offset), ==, mentions[j].entity);
          shown++;
        }
      g_assert_cmpuint (shown, >, 5);
    }

  gtk_widget_activate_action (GTK_WIDGET (window), "window.clear-filter", NULL);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 2);
  g_assert_true (dossier_window_select_entity (window, "xi jinping"));
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 2);
  ui_test_close_window (window);
  ui_test_remove_seed_folder (dir);
}

/* Each shortcut is bound to the action it should run. */
static void
test_shortcuts (void)
{
  DossierWindow *window = open_sample ();
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (GTK_WIDGET (window));
  g_autoptr(GHashTable) bound = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  struct { const char *trigger; const char *action; } expected[] = {
    { "<Control>o", "window.open-folder" },
    { "<Control>f", "window.find" },
    { "<Control>e", "window.find-entity" },
    { "Escape", "window.clear-filter" },
    { "F9", "window.toggle-entities" },
    { "F3", "window.next-mention" },
    { "<Control>g", "window.next-mention" },
    { "<Shift>F3", "window.previous-mention" },
    { "<Shift><Control>g", "window.previous-mention" },
  };
  DossierFilter *filter = dossier_window_get_filter (window);
  AdwFlap *flap;
  gboolean revealed;

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GtkEventController) controller = g_list_model_get_item (controllers, i);

      if (!GTK_IS_SHORTCUT_CONTROLLER (controller))
        continue;
      for (guint j = 0; j < g_list_model_get_n_items (G_LIST_MODEL (controller)); j++)
        {
          g_autoptr(GtkShortcut) shortcut = g_list_model_get_item (G_LIST_MODEL (controller), j);
          GtkShortcutAction *action = gtk_shortcut_get_action (shortcut);

          if (GTK_IS_NAMED_ACTION (action))
            g_hash_table_insert (bound,
                                 gtk_shortcut_trigger_to_string (gtk_shortcut_get_trigger (shortcut)),
                                 g_strdup (gtk_named_action_get_action_name (GTK_NAMED_ACTION (action))));
        }
    }
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      const char *action = g_hash_table_lookup (bound, expected[i].trigger);

      if (action == NULL)
        g_error ("No shortcut %s (want %s)", expected[i].trigger, expected[i].action);
      g_assert_cmpstr (action, ==, expected[i].action);
    }

  /* The shortcuts window the primary menu opens (GtkApplication loads it
   * from the resources) is valid and lists the shortcuts. */
  {
    g_autoptr(GtkBuilder) builder = gtk_builder_new_from_resource (RESOURCE_BASE "/gtk/help-overlay.ui");
    GObject *overlay = gtk_builder_get_object (builder, "help_overlay");

    g_assert_true (GTK_IS_SHORTCUTS_WINDOW (overlay));
    gtk_window_destroy (GTK_WINDOW (overlay));
  }

  /* And the actions do their job. */
  flap = ADW_FLAP (gtk_widget_get_ancestor (GTK_WIDGET (dossier_window_get_entity_panel (window)), ADW_TYPE_FLAP));
  revealed = adw_flap_get_reveal_flap (flap);
  gtk_widget_activate_action (GTK_WIDGET (window), "window.toggle-entities", NULL);
  g_assert_cmpint (adw_flap_get_reveal_flap (flap), ==, !revealed);
  gtk_widget_activate_action (GTK_WIDGET (window), "window.toggle-entities", NULL);
  g_assert_cmpint (adw_flap_get_reveal_flap (flap), ==, revealed);

  dossier_filter_set_text (filter, "zzz-nothing");
  g_assert_cmpuint (g_list_model_get_n_items (dossier_window_get_article_model (window)), ==, 0);
  gtk_widget_activate_action (GTK_WIDGET (window), "window.clear-filter", NULL);
  g_assert_false (dossier_filter_is_active (filter));

  gtk_widget_activate_action (GTK_WIDGET (window), "window.find", NULL);
  ui_test_spin (20);
  g_assert_nonnull (gtk_widget_get_ancestor (gtk_root_get_focus (GTK_ROOT (window)), GTK_TYPE_SEARCH_ENTRY));
  ui_test_close_window (window);
}

static void
test_load_errors (void)
{
  g_autofree char *dir = g_dir_make_tmp ("dossier-ui-XXXXXX", NULL);
  g_autofree char *good = g_build_filename (dir, "good.txt", NULL);
  g_autofree char *bad = g_build_filename (dir, "bad.txt", NULL);
  char binary[512];
  DossierWindow *window;
  GtkWidget *dialog = NULL;
  GListModel *toplevels;
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  g_auto(GStrv) recent = NULL;

  memset (binary, 0, sizeof binary);
  for (guint i = 0; i < sizeof binary; i += 7)
    binary[i] = (char) (i * 31);
  g_assert_true (g_file_set_contents (good, "A perfectly good article title\n\nThe body of the article is long enough to be read by the parser as a body.\n", -1, NULL));
  g_assert_true (g_file_set_contents (bad, binary, sizeof binary, NULL));

  window = open_window (dir);
  g_assert_cmpuint (dossier_corpus_get_errors (dossier_window_get_corpus (window))->len, ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (dossier_window_get_article_model (window)), ==, 1);

  /* The folder went to the top of the recent list. */
  recent = g_settings_get_strv (settings, "recent-folders");
  g_assert_nonnull (recent[0]);
  g_assert_cmpstr (recent[0], ==, dir);

  gtk_widget_activate_action (GTK_WIDGET (window), "window.show-errors", NULL);
  ui_test_spin (50);
  toplevels = gtk_window_get_toplevels ();
  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWidget) w = g_list_model_get_item (toplevels, i);
      if (ADW_IS_MESSAGE_DIALOG (w))
        dialog = w;
    }
  g_assert_nonnull (dialog);
  gtk_window_destroy (GTK_WINDOW (dialog));
  ui_test_close_window (window);

  g_unlink (good);
  g_unlink (bad);
  g_rmdir (dir);
}

/* A file the reader had to repair says so above its text, in words and in
 * the warning colour; a plain one shows no bar. */
static guint
reader_warning_pixels (const char *png)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GdkTexture) texture = gdk_texture_new_from_filename (png, &error);
  g_autofree guchar *pixels = NULL;
  int width, height;
  guint tinted = 0;

  g_assert_no_error (error);
  width = gdk_texture_get_width (texture);
  height = gdk_texture_get_height (texture);
  pixels = g_malloc (width * height * 4);
  gdk_texture_download (texture, pixels, width * 4);
  /* The reader's top band, right of the article list: yellowish pixels
   * (the bar's background is the warning colour over the window's). */
  for (int y = 52; y < 80 && y < height; y++)
    for (int x = width - 480; x < width - 20; x++)
      {
        const guchar *p = pixels + (y * width + x) * 4; /* B, G, R, A */

        if ((int) p[2] - (int) p[0] > 12)
          tinted++;
      }
  return tinted;
}

static void
test_reader_warning (void)
{
  const char *exe = g_getenv ("DOSSIER_EXE");
  g_autofree char *dir = g_dir_make_tmp ("dossier-warning-XXXXXX", NULL);
  g_autofree char *src = g_test_build_filename (G_TEST_DIST, "data", "html", "harbour-encoded-twice.html", NULL);
  g_autofree char *twice = g_build_filename (dir, "harbour-encoded-twice.html", NULL);
  g_autofree char *plain = g_build_filename (dir, "plain.txt", NULL);
  g_autofree char *png = g_build_filename (dir, "shot.png", NULL);
  g_autofree char *data = NULL;
  GListModel *model;
  GtkSingleSelection *selection;
  DossierReader *reader;
  GtkLabel *label;
  DossierWindow *window;
  gsize len;
  guint seen = 0;

  g_assert_true (g_file_get_contents (src, &data, &len, NULL));
  g_assert_true (g_file_set_contents (twice, data, len, NULL));
  g_assert_true (g_file_set_contents (plain, "A perfectly good article title\n\nThe body of the article is long enough "
                                      "to be read by the parser as a body.\n", -1, NULL));

  window = open_window (dir);
  model = dossier_window_get_article_model (window);
  selection = dossier_window_get_selection (window);
  reader = dossier_window_get_reader (window);
  label = dossier_reader_get_warning_label (reader);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 2);
  for (guint i = 0; i < 2; i++)
    {
      DossierArticle *article = model_article (model, i);

      gtk_single_selection_set_selected (selection, i);
      ui_test_spin (20);
      if (g_str_equal (dossier_article_get_path (article), "plain.txt"))
        {
          /* Hidden, the bar takes no room above the text either. */
          g_assert_false (gtk_widget_get_mapped (GTK_WIDGET (label)));
          g_assert_cmpint (gtk_widget_get_height (gtk_widget_get_ancestor (GTK_WIDGET (label), GTK_TYPE_REVEALER)), ==,
                           0);
        }
      else
        {
          g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (label)));
          g_assert_cmpstr (gtk_label_get_label (label), ==, "Text was encoded as UTF-8 twice and was repaired");
          g_assert_cmpstr (dossier_article_get_title (article), ==, "Zelenskyy’s envoy meets Lula in São Paulo");
        }
      seen++;
    }
  g_assert_cmpuint (seen, ==, 2);
  ui_test_close_window (window);

  /* On screen: the window opens on the repaired article (the newest), with
   * the bar; the sample's first article has none. */
  if (exe)
    {
      g_autofree char *sample = ui_test_sample_dir ();
      const char *folders[] = { dir, sample };

      for (guint k = 0; k < G_N_ELEMENTS (folders); k++)
        {
          const char *argv[] = { exe, "--screenshot", png, folders[k], NULL };
          g_autoptr(GError) error = NULL;
          g_autoptr(GError) failed = NULL;
          g_autofree char *err = NULL;
          int status = -1;
          guint tinted;

          g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_STDOUT_TO_DEV_NULL, NULL, NULL, NULL, &err,
                                       &status, &error));
          g_assert_no_error (error);
          /* What the app said, to tell a crash under load from a failure. */
          if (!g_spawn_check_wait_status (status, &failed))
            g_printerr ("%s --screenshot %s: %s\n%s\n", exe, folders[k], failed->message, err ? err : "");
          g_assert_no_error (failed);
          tinted = reader_warning_pixels (png);
          g_test_message ("%s: %u tinted pixels", folders[k], tinted);
          if (k == 0)
            g_assert_cmpuint (tinted, >, 2000);
          else
            g_assert_cmpuint (tinted, <, 200);
          g_unlink (png);
        }
    }

  g_unlink (twice);
  g_unlink (plain);
  g_rmdir (dir);
}

static void
test_settings (void)
{
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  g_autofree char *path = ui_test_sample_dir ();
  DossierWindow *window = open_sample ();
  const char *fake[] = { "/nonexistent/one", NULL };
  g_auto(GStrv) recent = NULL;
  g_autofree char *last = NULL;
  GtkWidget *remove = NULL;

  /* The folder is remembered. */
  last = g_settings_get_string (settings, "last-folder");
  g_assert_cmpstr (last, ==, path);
  recent = g_settings_get_strv (settings, "recent-folders");
  g_assert_cmpstr (recent[0], ==, path);

  /* The size is saved on close, and restored by the next window. On a
   * busy machine the server's answer to the first size may come after
   * the new one is asked for, and put the old one back: ask until the
   * window has it. */
  for (guint i = 0; i < 50; i++)
    {
      int w, h;

      gtk_window_set_default_size (GTK_WINDOW (window), 1000, 700);
      ui_test_spin (100);
      gtk_window_get_default_size (GTK_WINDOW (window), &w, &h);
      if (w == 1000 && h == 700 && gtk_widget_get_width (GTK_WIDGET (window)) == 1000)
        break;
    }
  gtk_window_close (GTK_WINDOW (window));
  ui_test_spin (50);
  g_assert_cmpint (g_settings_get_int (settings, "window-width"), ==, 1000);
  g_assert_cmpint (g_settings_get_int (settings, "window-height"), ==, 700);
  {
    DossierWindow *second = dossier_window_new (NULL);
    int w, h;

    gtk_window_get_default_size (GTK_WINDOW (second), &w, &h);
    g_assert_cmpint (w, ==, 1000);
    g_assert_cmpint (h, ==, 700);

    /* The start page lists recent folders; each can be taken off. */
    g_settings_set_strv (settings, "recent-folders", fake);
    for (GtkWidget *w2 = GTK_WIDGET (second); w2; )
      {
        /* Depth-first search for the row's menu button by its
         * tooltip. */
        GtkWidget *next = gtk_widget_get_first_child (w2);

        if (GTK_IS_MENU_BUTTON (w2) && g_strcmp0 (gtk_widget_get_tooltip_text (w2), "Remove or Forget") == 0)
          {
            remove = w2;
            break;
          }
        while (next == NULL && w2 != GTK_WIDGET (second))
          {
            next = gtk_widget_get_next_sibling (w2);
            if (next == NULL)
              w2 = gtk_widget_get_parent (w2);
          }
        w2 = next;
      }
    g_assert_nonnull (remove);
    /* Its menu: "Remove From List" and "Forget Folder…", for this folder. */
    {
      GMenuModel *menu = gtk_menu_button_get_menu_model (GTK_MENU_BUTTON (remove));
      g_autofree char *action = NULL;
      g_autoptr(GVariant) target = NULL;

      g_assert_cmpint (g_menu_model_get_n_items (menu), ==, 2);
      g_assert_true (g_menu_model_get_item_attribute (menu, 0, G_MENU_ATTRIBUTE_ACTION, "s", &action));
      g_assert_cmpstr (action, ==, "window.remove-recent");
      target = g_menu_model_get_item_attribute_value (menu, 0, G_MENU_ATTRIBUTE_TARGET, G_VARIANT_TYPE_STRING);
      g_assert_cmpstr (g_variant_get_string (target, NULL), ==, fake[0]);
      g_assert_true (gtk_widget_activate_action_variant (GTK_WIDGET (second), action, target));
    }
    g_strfreev (recent);
    recent = g_settings_get_strv (settings, "recent-folders");
    g_assert_null (recent[0]);
    gtk_window_destroy (GTK_WINDOW (second));
  }
  g_settings_set_int (settings, "window-width", 1200);
  g_settings_set_int (settings, "window-height", 800);
}

static void
save_shot (DossierWindow *window,
           const char    *name)
{
  g_autofree char *png = NULL;
  g_autoptr(GError) error = NULL;

  if (g_getenv ("DOSSIER_TEST_SHOTS") == NULL)
    return;
  png = g_build_filename (g_getenv ("DOSSIER_TEST_SHOTS"), name, NULL);
  ui_test_spin (200);
  dossier_window_save_png (window, png, &error);
  g_assert_no_error (error);
}

static gboolean
menu_has_action (GMenuModel *model,
                 const char *action)
{
  for (int i = 0; i < g_menu_model_get_n_items (model); i++)
    {
      g_autofree char *name = NULL;
      g_autoptr(GMenuLinkIter) links = g_menu_model_iterate_item_links (model, i);
      GMenuModel *link;

      if (g_menu_model_get_item_attribute (model, i, G_MENU_ATTRIBUTE_ACTION, "s", &name) &&
          g_str_equal (name, action))
        return TRUE;
      while (g_menu_link_iter_get_next (links, NULL, &link))
        {
          gboolean found = menu_has_action (link, action);

          g_object_unref (link);
          if (found)
            return TRUE;
        }
    }
  return FALSE;
}

static guint32
entity_id (DossierCorpus *corpus,
           const char    *name)
{
  DossierEntity *entity = dossier_corpus_lookup_entity (corpus, name);

  g_assert_nonnull (entity);
  return dossier_entity_get_id (entity);
}

static gboolean
corrections_applied (gpointer data)
{
  DossierCorpus *corpus = dossier_window_get_corpus (data);

  return dossier_corpus_lookup_entity (corpus, "government") == NULL &&
         dossier_corpus_lookup_entity (corpus, "Sweden") != NULL &&
         dossier_corpus_lookup_entity (corpus, "Sweden") == dossier_corpus_lookup_entity (corpus, "England");
}

/* Merge two entities and mark one "not an entity"; reopen the folder and
 * find both corrections kept; undo them. */
static void
test_corrections (void)
{
  DossierWindow *window = open_sample ();
  DossierCorpus *corpus = dossier_window_get_corpus (window);
  DossierFilter *filter = dossier_window_get_filter (window);
  guint32 england;

  add_test_entities (corpus);
  ui_test_spin (50);
  england = entity_id (corpus, "England");
  dossier_filter_add_entity (filter, entity_id (corpus, "Sweden"));

  /* The entity's context menu offers the corrections. */
  {
    GtkWidget *row = g_object_ref_sink (dossier_entity_row_new ());
    g_autoptr(GMenuModel) menu = NULL;

    dossier_entity_row_bind (DOSSIER_ENTITY_ROW (row), dossier_corpus_get_entity_by_id (corpus, england), filter);
    menu = dossier_entity_row_build_menu (DOSSIER_ENTITY_ROW (row));
    g_assert_true (menu_has_action (menu, "window.merge-entity"));
    g_assert_true (menu_has_action (menu, "window.rename-entity"));
    g_assert_true (menu_has_action (menu, "window.relabel-entity"));
    g_assert_true (menu_has_action (menu, "window.not-an-entity"));
    dossier_entity_row_unbind (DOSSIER_ENTITY_ROW (row));
    g_object_unref (row);
  }

  /* For looking at: the menu on a row of the panel. */
  if (g_getenv ("DOSSIER_TEST_SHOTS"))
    {
      GtkWidget *w = GTK_WIDGET (dossier_entity_panel_get_list_view (dossier_window_get_entity_panel (window)));

      ui_test_spin (100);
      while (w && !DOSSIER_IS_ENTITY_ROW (w))
        w = gtk_widget_get_first_child (w) ? gtk_widget_get_first_child (w) : gtk_widget_get_next_sibling (w);
      if (w)
        {
          dossier_entity_row_popup_menu (DOSSIER_ENTITY_ROW (w));
          save_shot (window, "entity-menu.png");
        }
    }

  gtk_widget_activate_action (GTK_WIDGET (window), "window.merge-entity", "u", england);
  g_assert_true (dossier_corpus_lookup_entity (corpus, "Sweden") == dossier_corpus_lookup_entity (corpus, "England"));
  g_assert_cmpstr (dossier_entity_get_name (dossier_corpus_lookup_entity (corpus, "Sweden")), ==, "England");
  /* The filter now holds the merged entity. */
  g_assert_true (dossier_filter_has_entity (filter, england));

  gtk_widget_activate_action (GTK_WIDGET (window), "window.not-an-entity", "u", entity_id (corpus, "government"));
  g_assert_null (dossier_corpus_lookup_entity (corpus, "government"));
  g_assert_true (corrections_applied (window));
  ui_test_close_window (window);

  /* Reopened, the extractor finds the same entities as before; the
   * corrections go on top again. */
  window = open_sample ();
  corpus = dossier_window_get_corpus (window);
  add_test_entities (corpus);
  g_assert_true (ui_test_wait_for (corrections_applied, window));

  /* Undo (Ctrl+Z), twice: back to what the extractor said. */
  gtk_widget_activate_action (GTK_WIDGET (window), "window.undo-correction", NULL);
  g_assert_nonnull (dossier_corpus_lookup_entity (corpus, "government"));
  gtk_widget_activate_action (GTK_WIDGET (window), "window.undo-correction", NULL);
  g_assert_true (dossier_corpus_lookup_entity (corpus, "Sweden") != dossier_corpus_lookup_entity (corpus, "England"));
  ui_test_close_window (window);
}

static void
test_cancel (void)
{
  g_autofree char *path = ui_test_sample_dir ();
  g_autoptr(GFile) folder = g_file_new_for_path (path);
  DossierWindow *window = dossier_window_new (NULL);

  gtk_window_present (GTK_WINDOW (window));
  g_assert_true (ui_test_wait_for (ui_test_is_mapped, window));
  dossier_window_open_folder (window, folder);
  g_assert_true (dossier_window_get_loading (window));
  gtk_widget_activate_action (GTK_WIDGET (window), "window.cancel-loading", NULL);
  {
    gint64 until = g_get_monotonic_time () + UI_TEST_DEADLINE_US;
    while (dossier_window_get_loading (window) && g_get_monotonic_time () < until)
      g_main_context_iteration (NULL, FALSE);
  }
  g_assert_false (dossier_window_get_loading (window));
  ui_test_close_window (window);
}

/* A phone-sized window: one pane at a time. */
static void
test_narrow (void)
{
  g_autofree char *path = ui_test_sample_dir ();
  DossierWindow *window = open_window_sized (path, 400, 700);
  DossierReader *reader = dossier_window_get_reader (window);
  AdwLeaflet *leaflet = ADW_LEAFLET (gtk_widget_get_ancestor (GTK_WIDGET (reader), ADW_TYPE_LEAFLET));
  AdwFlap *flap = ADW_FLAP (gtk_widget_get_ancestor (GTK_WIDGET (leaflet), ADW_TYPE_FLAP));

  ui_test_spin (100);
  g_assert_true (adw_leaflet_get_folded (leaflet));
  g_assert_true (adw_flap_get_folded (flap));
  g_assert_false (adw_flap_get_reveal_flap (flap));
  g_assert_true (adw_leaflet_get_visible_child (leaflet) != GTK_WIDGET (reader));
  save_shot (window, "narrow-list.png");

  g_signal_emit_by_name (dossier_window_get_article_list (window), "activate", 2);
  g_assert_true (adw_leaflet_get_visible_child (leaflet) == GTK_WIDGET (reader));
  g_assert_true (dossier_reader_get_article (reader) ==
                 model_article (dossier_window_get_article_model (window), 2));
  save_shot (window, "narrow-reader.png");
  ui_test_close_window (window);
}

static void
test_screenshot (void)
{
  const char *exe = g_getenv ("DOSSIER_EXE");
  g_autofree char *path = ui_test_sample_dir ();
  g_autofree char *dir = g_dir_make_tmp ("dossier-shot-XXXXXX", NULL);
  g_autofree char *png = g_build_filename (dir, "shot.png", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  g_autoptr(GHashTable) colours = g_hash_table_new (g_direct_hash, g_direct_equal);
  g_autofree guchar *pixels = NULL;
  g_autofree char *err = NULL;
  const char *argv[] = { exe, "--screenshot", png, path, NULL };
  int status = -1, width, height;

  if (exe == NULL)
    {
      g_test_skip ("DOSSIER_EXE is not set");
      return;
    }
  g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_STDOUT_TO_DEV_NULL, NULL, NULL,
                               NULL, &err, &status, &error));
  g_assert_no_error (error);
  if (!g_spawn_check_wait_status (status, NULL))
    g_error ("dossier --screenshot failed: %s", err);

  texture = gdk_texture_new_from_filename (png, &error);
  g_assert_no_error (error);
  width = gdk_texture_get_width (texture);
  height = gdk_texture_get_height (texture);
  g_assert_cmpint (width, ==, 1200);
  g_assert_cmpint (height, ==, 800);

  pixels = g_malloc (width * height * 4);
  gdk_texture_download (texture, pixels, width * 4);
  for (int i = 0; i < width * height; i++)
    g_hash_table_add (colours, GUINT_TO_POINTER (((guint32 *) pixels)[i]));
  /* Anti-aliased text and icons give hundreds of colours (about 570 for
   * the sample without entities); a blank window has a handful. */
  g_assert_cmpuint (g_hash_table_size (colours), >, 300);

  g_unlink (png);
  g_rmdir (dir);
}

/* Issue 6: the reader shows the dateline and the captions with their
 * mentions highlighted, at the right characters, and a click on one puts
 * its entity in the filter, as in the body. A saved AP page: "PARIS (AP) —"
 * opens the story, and the lead picture's caption credits "Jean Martin".
 * The mentions are the test's own, so the extractor does not matter. */
static gboolean
filter_has_id (gpointer data)
{
  guint n = 0;

  dossier_filter_get_entities (dossier_window_get_filter (data), &n);
  return n > 0;
}

static void
test_dateline_captions (void)
{
  g_autofree char *dir = g_dir_make_tmp ("dossier-dateline-XXXXXX", NULL);
  g_autofree char *src = g_test_build_filename (G_TEST_DIST, "data", "html", "wire-jsonld.html", NULL);
  g_autofree char *dst = g_build_filename (dir, "wire-jsonld.html", NULL);
  g_autofree char *data = NULL;
  g_autoptr(GPtrArray) entities = g_ptr_array_new_with_free_func (g_object_unref);
  DossierWindow *window;
  DossierCorpus *corpus;
  DossierReader *reader;
  GtkTextBuffer *buffer;
  GtkTextTagTable *table;
  DossierArticle *article;
  const char *text, *paris, *martin, *report;
  gsize dateline_start, dateline_end, body;
  GArray *mentions;
  int paris_at, martin_at;
  gsize len;

  g_assert_true (g_file_get_contents (src, &data, &len, NULL));
  g_assert_true (g_file_set_contents (dst, data, len, NULL));
  window = open_window (dir);
  corpus = dossier_window_get_corpus (window);
  reader = dossier_window_get_reader (window);
  buffer = gtk_text_view_get_buffer (dossier_reader_get_text_view (reader));
  table = gtk_text_buffer_get_tag_table (buffer);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (corpus)), ==, 1);

  article = dossier_corpus_get_article (corpus, 0);
  text = dossier_article_get_text (article);
  body = dossier_article_get_body_offset (article);
  dossier_article_get_dateline_range (article, &dateline_start, &dateline_end);
  g_assert_cmpuint (dateline_start, <, dateline_end);
  paris = strstr (text + dateline_start, "PARIS");
  g_assert_true (paris == text + dateline_start);
  martin = strstr (text, "Jean Martin");
  g_assert_nonnull (martin);
  /* In a caption: before the body, not in the dateline. */
  g_assert_cmpuint (martin - text, <, body);
  g_assert_cmpuint (martin - text, >=, dateline_end);

  mentions = g_array_new (FALSE, FALSE, sizeof (DossierMention));
  {
    DossierMention a = { .start = paris - text, .end = paris - text + 5, .entity = 0, .label = DOSSIER_LABEL_PLACE };
    DossierMention b = { .start = martin - text, .end = martin - text + 11, .entity = 1, .label = DOSSIER_LABEL_PERSON };
    DossierEntity *place = dossier_entity_new (0, "Paris", DOSSIER_LABEL_PLACE);
    DossierEntity *person = dossier_entity_new (1, "Jean Martin", DOSSIER_LABEL_PERSON);

    g_array_append_val (mentions, a);
    g_array_append_val (mentions, b);
    dossier_entity_add_alias (place, "PARIS");
    dossier_entity_add_alias (person, "Jean Martin");
    dossier_entity_add_mention (place, dossier_article_get_id (article));
    dossier_entity_add_mention (person, dossier_article_get_id (article));
    dossier_entity_finish (place);
    dossier_entity_finish (person);
    g_ptr_array_add (entities, place);
    g_ptr_array_add (entities, person);
  }
  dossier_article_take_mentions (article, mentions);
  dossier_corpus_set_entities (corpus, entities);
  ui_test_spin (200);
  gtk_single_selection_set_selected (dossier_window_get_selection (window), 0);
  g_assert_true (dossier_reader_get_article (reader) == article);

  /* Both shown and highlighted by kind, where their words are. */
  g_assert_true (dossier_reader_text_to_buffer (reader, paris - text, &paris_at));
  g_assert_true (dossier_reader_text_to_buffer (reader, martin - text, &martin_at));
  {
    struct { int at; int n; gsize text_at; const char *word, *kind, *part; } checks[] = {
      { paris_at, 5, paris - text, "PARIS", "entity-place", "dateline" },
      { martin_at, 11, martin - text, "Jean Martin", "entity-person", "caption" },
    };

    for (guint i = 0; i < G_N_ELEMENTS (checks); i++)
      {
        GtkTextIter start, end, before;
        g_autofree char *shown = NULL;

        gtk_text_buffer_get_iter_at_offset (buffer, &start, checks[i].at);
        gtk_text_buffer_get_iter_at_offset (buffer, &end, checks[i].at + checks[i].n);
        shown = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
        g_assert_cmpstr (shown, ==, checks[i].word);
        /* The tag covers exactly the mention. */
        g_assert_true (gtk_text_iter_starts_tag (&start, gtk_text_tag_table_lookup (table, checks[i].kind)));
        g_assert_true (gtk_text_iter_ends_tag (&end, gtk_text_tag_table_lookup (table, checks[i].kind)));
        before = end;
        gtk_text_iter_backward_char (&before);
        g_assert_true (gtk_text_iter_has_tag (&before, gtk_text_tag_table_lookup (table, checks[i].kind)));
        g_assert_true (gtk_text_iter_has_tag (&start, gtk_text_tag_table_lookup (table, checks[i].part)));
        /* And a selection there maps back to the mention's bytes (notes). */
        g_assert_cmpuint (dossier_reader_buffer_to_text (reader, checks[i].at, FALSE), ==, checks[i].text_at);
        g_assert_cmpuint (dossier_reader_get_entity_at (reader, checks[i].at + 1), ==, i);
      }
  }
  /* The dateline opens the first paragraph; the caption comes after the
   * story. */
  {
    GtkTextIter start, match, match_end;

    gtk_text_buffer_get_start_iter (buffer, &start);
    g_assert_true (gtk_text_iter_forward_search (&start, "PARIS (AP) — Farmers drove", 0, &match, &match_end, NULL));
    g_assert_cmpint (gtk_text_iter_get_offset (&match), ==, paris_at);
    report = "diesel taxes for farm vehicles.";
    g_assert_true (gtk_text_iter_forward_search (&start, report, 0, &match, &match_end, NULL));
    g_assert_cmpint (martin_at, >, gtk_text_iter_get_offset (&match_end));
  }

  /* A click on either adds its entity to the filter. */
  for (guint i = 0; i < 2; i++)
    {
      gtk_widget_activate_action (GTK_WIDGET (window), "window.clear-filter", NULL);
      g_assert_true (dossier_reader_activate_offset (reader, (i == 0 ? paris_at : martin_at) + 2));
      g_assert_true (ui_test_wait_for (filter_has_id, window));
      g_assert_true (dossier_filter_has_entity (dossier_window_get_filter (window), i));
      g_assert_cmpuint (g_list_model_get_n_items (dossier_window_get_article_model (window)), ==, 1);
    }
  /* With both in the filter, F3 steps from the dateline to the caption. */
  dossier_filter_add_entity (dossier_window_get_filter (window), 0);
  {
    GtkTextIter start, end;

    gtk_text_buffer_get_start_iter (buffer, &start);
    gtk_text_buffer_place_cursor (buffer, &start);
    g_assert_true (dossier_reader_move_to_mention (reader, 1));
    gtk_text_buffer_get_selection_bounds (buffer, &start, &end);
    g_assert_cmpint (gtk_text_iter_get_offset (&start), ==, paris_at);
    g_assert_true (dossier_reader_move_to_mention (reader, 1));
    gtk_text_buffer_get_selection_bounds (buffer, &start, &end);
    g_assert_cmpint (gtk_text_iter_get_offset (&start), ==, martin_at);
  }

  ui_test_close_window (window);
  g_unlink (dst);
  g_rmdir (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *data_home = g_dir_make_tmp ("dossier-test-data-XXXXXX", NULL);
  g_autofree char *cache_home = g_dir_make_tmp ("dossier-test-cache-XXXXXX", NULL);
  int status;

  /* Entity corrections are user data: kept away from the real ones. */
  g_setenv ("XDG_DATA_HOME", data_home, TRUE);
  /* Folders open through the index cache: a fresh one per run. */
  g_setenv ("XDG_CACHE_HOME", cache_home, TRUE);
  g_test_init (&argc, &argv, NULL);
  dossier_ui_init ();
  gtk_init ();
  adw_init ();
  ui_test_load_app_style ();

  g_test_add_func ("/window/open-sample", test_open_sample);
  g_test_add_func ("/window/select-article", test_select_article);
  g_test_add_func ("/window/sort", test_sort);
  g_test_add_func ("/window/search", test_search);
  g_test_add_func ("/window/entity-filter", test_entity_filter);
  g_test_add_func ("/window/rows-reused", test_rows_reused);
  g_test_add_func ("/window/slot-selection", test_slot_selection);
  g_test_add_func ("/window/highlights", test_highlights);
  g_test_add_func ("/window/click-and-keys", test_click_mention);
  g_test_add_func ("/window/seeds", test_seeds);
  g_test_add_func ("/window/shortcuts", test_shortcuts);
  g_test_add_func ("/window/narrow", test_narrow);
  g_test_add_func ("/window/load-errors", test_load_errors);
  g_test_add_func ("/window/reader-warning", test_reader_warning);
  g_test_add_func ("/window/cancel", test_cancel);
  g_test_add_func ("/window/settings", test_settings);
  g_test_add_func ("/window/corrections", test_corrections);
  g_test_add_func ("/window/dateline-captions", test_dateline_captions);
  g_test_add_func ("/window/screenshot", test_screenshot);
  status = g_test_run ();

  {
    const char *rm[] = { "rm", "-rf", data_home, NULL };

    g_spawn_sync (NULL, (char **) rm, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDOUT_TO_DEV_NULL, NULL, NULL,
                  NULL, NULL, NULL, NULL);
  }
  return status;
}
