/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-notes-ui"

#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>
#include <string.h>

#include "dossier-application.h"
#include "dossier-window.h"
#include "dossier-window-notes.h"
#include "ui-test-util.h"

/* UI tests of highlights and notes (issue 7), under Xvfb (RECIPES.md):
 * select a passage of a seed article in the reader, highlight it with a
 * note, find it in the Notes view, export Markdown through the menu's
 * action, edit and delete it with undo. XDG_DATA_HOME is a fresh temporary
 * folder, so the notes store starts empty and the user's is never touched. */

#define PASSAGE "fully supports"

static DossierWindow *
open_window (const char *path)
{
  return ui_test_open_window (path, 1200, 800, 300);
}

/* Shows the BBC article and selects PASSAGE in the reader's buffer. */
static void
select_passage (DossierWindow *window)
{
  GListModel *model = dossier_window_get_article_model (window);
  DossierReader *reader = dossier_window_get_reader (window);
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (dossier_reader_get_text_view (reader));
  GtkTextIter start, match_start, match_end;
  gboolean found = FALSE;

  for (guint i = 0; i < g_list_model_get_n_items (model) && !found; i++)
    {
      g_autoptr(DossierArticle) article = g_list_model_get_item (model, i);

      if (g_str_has_suffix (dossier_article_get_path (article), "bbc-china-belarus.txt"))
        {
          gtk_single_selection_set_selected (dossier_window_get_selection (window), i);
          found = TRUE;
        }
    }
  g_assert_true (found);
  ui_test_spin (100);
  g_assert_true (g_str_has_suffix (dossier_article_get_path (dossier_reader_get_article (reader)),
                                   "bbc-china-belarus.txt"));

  gtk_text_buffer_get_start_iter (buffer, &start);
  g_assert_true (gtk_text_iter_forward_search (&start, PASSAGE, 0, &match_start, &match_end, NULL));
  gtk_text_buffer_select_range (buffer, &match_start, &match_end);
  gtk_widget_grab_focus (GTK_WIDGET (dossier_reader_get_text_view (reader)));
}

static gboolean
has_one_note (gpointer data)
{
  return dossier_notes_view_get_n_notes (dossier_window_get_notes_view (data)) == 1;
}

static gboolean
has_no_note (gpointer data)
{
  return dossier_notes_view_get_n_notes (dossier_window_get_notes_view (data)) == 0;
}

static gboolean
has_highlight (gpointer data)
{
  return dossier_highlighter_get_n_shown (dossier_window_get_highlighter (data)) == 1;
}

static gboolean
editor_shown (gpointer data)
{
  return gtk_widget_get_visible (GTK_WIDGET (dossier_window_get_note_editor (data)));
}

/* Finds the label of a row of the Notes view that contains @text. */
static gboolean
row_shows (GtkWidget  *widget,
           const char *text)
{
  if (GTK_IS_LABEL (widget) && strstr (gtk_label_get_label (GTK_LABEL (widget)), text))
    return TRUE;
  for (GtkWidget *c = gtk_widget_get_first_child (widget); c; c = gtk_widget_get_next_sibling (c))
    if (row_shows (c, text))
      return TRUE;
  return FALSE;
}

/* Like dossier_window_save_png(), with the note editor drawn in: a
 * popover is a surface of its own, which the window's paintable leaves out. */
static void
save_png_with_popover (DossierWindow *window,
                       GtkWidget     *popover,
                       const char    *path)
{
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (GTK_WIDGET (window));
  g_autoptr(GdkPaintable) pop_paintable = gtk_widget_paintable_new (popover);
  GtkSnapshot *snapshot = gtk_snapshot_new ();
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  int width = gtk_widget_get_width (GTK_WIDGET (window));
  int height = gtk_widget_get_height (GTK_WIDGET (window));
  double wx, wy, px, py;
  GdkSurface *surface = gtk_native_get_surface (GTK_NATIVE (popover));

  gdk_paintable_snapshot (paintable, snapshot, width, height);
  if (surface && gtk_widget_get_mapped (popover))
    {
      gtk_native_get_surface_transform (GTK_NATIVE (window), &wx, &wy);
      gtk_native_get_surface_transform (GTK_NATIVE (popover), &px, &py);
      gtk_snapshot_save (snapshot);
      gtk_snapshot_translate (snapshot,
                              &GRAPHENE_POINT_INIT (gdk_popup_get_position_x (GDK_POPUP (surface)) + px - wx,
                                                    gdk_popup_get_position_y (GDK_POPUP (surface)) + py - wy));
      gdk_paintable_snapshot (pop_paintable, snapshot, gtk_widget_get_width (popover), gtk_widget_get_height (popover));
      gtk_snapshot_restore (snapshot);
    }
  node = gtk_snapshot_free_to_node (snapshot);
  g_assert_nonnull (node);
  texture = gsk_renderer_render_texture (gtk_native_get_renderer (GTK_NATIVE (window)), node,
                                         &GRAPHENE_RECT_INIT (0, 0, width, height));
  g_assert_true (gdk_texture_save_to_png (texture, path));
}

static void
test_highlight_note_export (void)
{
  g_autofree char *dir = ui_test_make_seed_folder ("dossier-notes-seeds-XXXXXX");
  DossierWindow *window = open_window (dir);
  DossierReader *reader = dossier_window_get_reader (window);
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (dossier_reader_get_text_view (reader));
  DossierNoteEditor *editor = dossier_window_get_note_editor (window);
  DossierNotesView *view = dossier_window_get_notes_view (window);
  g_autofree char *out_dir = g_dir_make_tmp ("dossier-notes-export-XXXXXX", NULL);
  g_autofree char *md_path = g_build_filename (out_dir, "notes.md", NULL);
  g_autofree char *html_path = g_build_filename (out_dir, "notes.html", NULL);
  g_autofree char *md = NULL;
  g_autofree char *html = NULL;
  g_autofree char *title = NULL;
  g_autoptr(GPtrArray) stored = NULL;
  DossierNote *note;
  GtkWidget *row;

  g_assert_nonnull (dossier_window_get_notes (window));
  g_assert_cmpuint (dossier_notes_view_get_n_notes (view), ==, 0);

  select_passage (window);
  title = dossier_reader_dup_title (reader);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "window.highlight", NULL));
  g_assert_true (ui_test_wait_for (editor_shown, window));
  dossier_note_editor_set_text (editor, "Belarus backs the <b>Beijing</b> plan");
  dossier_note_editor_set_tags_text (editor, "peace, belarus");
  dossier_note_editor_save (editor);

  /* Stored with its anchoring, highlighted in the reader, listed. */
  stored = dossier_notes_list (dossier_window_get_notes (window), NULL, NULL);
  g_assert_cmpuint (stored->len, ==, 1);
  note = g_ptr_array_index (stored, 0);
  g_assert_cmpstr (dossier_note_get_exact (note), ==, PASSAGE);
  g_assert_true (g_str_has_suffix (dossier_note_get_path (note), "bbc-china-belarus.txt"));
  g_assert_nonnull (dossier_note_get_hash (note));
  g_assert_cmpint (dossier_note_get_start (note), >=, 0);
  g_assert_true (dossier_note_has_tag (note, "peace"));
  g_assert_true (ui_test_wait_for (has_highlight, window));
  {
    GtkTextTagTable *table = gtk_text_buffer_get_tag_table (buffer);
    GtkTextTag *tag = gtk_text_tag_table_lookup (table, "note-yellow");
    GtkTextIter start, s, e;

    gtk_text_buffer_get_start_iter (buffer, &start);
    g_assert_true (gtk_text_iter_forward_search (&start, PASSAGE, 0, &s, &e, NULL));
    g_assert_nonnull (tag);
    g_assert_true (gtk_text_iter_has_tag (&s, tag));
  }

  dossier_window_set_notes_mode (window, TRUE);
  g_assert_true (ui_test_wait_for (has_one_note, window));
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (view)));
  row = GTK_WIDGET (gtk_list_box_get_row_at_index (dossier_notes_view_get_list (view), 0));
  g_assert_nonnull (row);
  g_assert_true (row_shows (row, PASSAGE));
  g_assert_true (row_shows (row, "Belarus backs"));
  g_assert_true (row_shows (row, "#peace"));
  /* Grouped by tag: one row per tag. */
  dossier_notes_view_set_by_tag (view, TRUE);
  g_assert_nonnull (gtk_list_box_get_row_at_index (dossier_notes_view_get_list (view), 1));
  g_assert_null (gtk_list_box_get_row_at_index (dossier_notes_view_get_list (view), 2));
  dossier_notes_view_set_by_tag (view, FALSE);

  /* A search that does not match hides it; one that does shows it. */
  gtk_editable_set_text (GTK_EDITABLE (dossier_notes_view_get_search_entry (view)), "zzzz");
  g_assert_true (ui_test_wait_for (has_no_note, window));
  gtk_editable_set_text (GTK_EDITABLE (dossier_notes_view_get_search_entry (view)), "beijing");
  g_assert_true (ui_test_wait_for (has_one_note, window));
  gtk_editable_set_text (GTK_EDITABLE (dossier_notes_view_get_search_entry (view)), "");
  g_assert_true (ui_test_wait_for (has_one_note, window));

  /* The entity filter: the passage mentions no entity, so any entity in
   * the filter hides the note. */
  if (dossier_window_select_entity (window, "Beijing"))
    {
      g_assert_true (ui_test_wait_for (has_no_note, window));
      dossier_filter_clear (dossier_window_get_filter (window));
      g_assert_true (ui_test_wait_for (has_one_note, window));
    }

  /* Export through the menu's action, with a path instead of the chooser. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "window.export-notes", "(ss)", "md", md_path));
  g_assert_true (g_file_get_contents (md_path, &md, NULL, NULL));
  g_assert_nonnull (strstr (md, PASSAGE));
  g_assert_nonnull (strstr (md, "Belarus backs the"));
  g_assert_nonnull (strstr (md, "China and Belarus Express"));
  g_assert_nonnull (strstr (md, "bbc-china-belarus.txt"));
  g_assert_nonnull (strstr (md, "peace"));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "window.export-notes", "(ss)", "html", html_path));
  g_assert_true (g_file_get_contents (html_path, &html, NULL, NULL));
  g_assert_null (strstr (html, "<b>Beijing</b>"));
  g_assert_nonnull (strstr (html, "&lt;b&gt;Beijing"));
  {
    g_autofree char *csv_path = g_build_filename (out_dir, "entities.csv", NULL);
    g_autofree char *csv = NULL;

    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "window.export-entities", "s", csv_path));
    g_assert_true (g_file_get_contents (csv_path, &csv, NULL, NULL));
    g_assert_true (g_str_has_prefix (csv, "name,label,articles,mentions,aliases"));
    g_unlink (csv_path);
  }

  /* Screenshot with the highlight, the note and the Notes view. */
  {
    const char *shot = g_getenv ("DOSSIER_NOTES_SCREENSHOT");
    g_autofree char *path = g_build_filename (g_getenv ("G_TEST_BUILDDIR") ? g_getenv ("G_TEST_BUILDDIR") : ".",
                                              "notes-ui.png", NULL);
    GtkTextIter start, s, e;

    /* Opening the note from the Notes view selects its passage. */
    g_assert_true (dossier_window_open_note (window, note));
    gtk_text_buffer_get_selection_bounds (buffer, &s, &e);
    {
      g_autofree char *selected = gtk_text_buffer_get_text (buffer, &s, &e, FALSE);
      g_assert_cmpstr (selected, ==, PASSAGE);
    }
    /* The view scrolls to the passage once it is laid out. */
    ui_test_spin (300);
    /* Then the editor, as clicking the highlight opens it. */
    gtk_text_buffer_get_start_iter (buffer, &start);
    gtk_text_buffer_place_cursor (buffer, &s);
    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "window.highlight", NULL));
    g_assert_true (ui_test_wait_for (editor_shown, window));
    ui_test_spin (400);
    save_png_with_popover (window, GTK_WIDGET (editor), shot ? shot : path);
  }

  /* A note whose passage is not in its file: listed, marked orphaned. */
  {
    g_autoptr(DossierNote) orphan = dossier_note_new ();
    g_autoptr(GError) error = NULL;
    g_autoptr(GFile) folder = g_file_new_for_path (dir);
    g_autofree char *key = dossier_notes_folder_key (folder);
    GtkWidget *orphan_row = NULL;

    dossier_note_set_folder (orphan, key);
    dossier_note_set_path (orphan, "bbc-china-belarus.txt");
    dossier_note_set_quote (orphan, "a sentence that was never in the article", NULL, NULL);
    dossier_note_set_text (orphan, "lost");
    g_assert_true (dossier_notes_add (dossier_window_get_notes (window), orphan, &error));
    g_assert_no_error (error);
    ui_test_spin (100);
    g_assert_cmpuint (dossier_notes_view_get_n_notes (view), ==, 2);
    for (int i = 0; i < 2; i++)
      {
        GtkWidget *r = GTK_WIDGET (gtk_list_box_get_row_at_index (dossier_notes_view_get_list (view), i));
        if (row_shows (r, "never in the article"))
          orphan_row = r;
      }
    g_assert_nonnull (orphan_row);
    g_assert_true (row_shows (orphan_row, "Orphaned"));
    g_assert_false (dossier_window_open_note (window, orphan));
    g_assert_nonnull (dossier_notes_delete (dossier_window_get_notes (window), dossier_note_get_id (orphan), NULL));
    g_assert_true (ui_test_wait_for (has_one_note, window));
  }

  /* Delete from the editor, then undo. */
  g_signal_emit_by_name (editor, "delete", dossier_note_editor_get_note (editor));
  g_assert_true (ui_test_wait_for (has_no_note, window));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "window.undo-delete-note", NULL));
  g_assert_true (ui_test_wait_for (has_one_note, window));
  g_assert_true (ui_test_wait_for (has_highlight, window));

  gtk_popover_popdown (GTK_POPOVER (editor));
  gtk_window_destroy (GTK_WINDOW (window));
  ui_test_spin (20);
  g_unlink (md_path);
  g_unlink (html_path);
  g_rmdir (out_dir);
  ui_test_remove_seed_folder (dir);
}

static gboolean
editor_hidden (gpointer data)
{
  return !gtk_widget_get_visible (GTK_WIDGET (dossier_window_get_note_editor (data)));
}

static void
xdotool (const char *args)
{
  g_autofree char *cmd = g_strdup_printf ("xdotool %s", args);

  g_assert_true (g_spawn_command_line_sync (cmd, NULL, NULL, NULL, NULL));
}

/* Real key presses and a real click through X: Ctrl+E in the reader
 * highlights (and does not go to the entity search), a click on the
 * highlight opens its note instead of filtering by the entity under it. */
static void
test_keys_and_click (void)
{
  g_autofree char *xdotool_path = g_find_program_in_path ("xdotool");
  g_autofree char *dir = NULL;
  g_autofree char *wid = NULL;
  g_autofree char *args = NULL;
  DossierWindow *window;
  DossierReader *reader;
  GtkTextView *view;
  GtkTextBuffer *buffer;
  DossierNoteEditor *editor;
  GtkTextIter start, s, e;
  GdkRectangle rect;
  GtkNative *native;
  int wx, wy;
  double nx, ny, tx, ty;

  if (xdotool_path == NULL)
    {
      g_test_skip ("xdotool is not installed");
      return;
    }
  dir = ui_test_make_seed_folder ("dossier-notes-seeds-XXXXXX");
  window = open_window (dir);
  gtk_window_set_title (GTK_WINDOW (window), "dossier-notes-click-test");
  reader = dossier_window_get_reader (window);
  view = dossier_reader_get_text_view (reader);
  buffer = gtk_text_view_get_buffer (view);
  editor = dossier_window_get_note_editor (window);
  select_passage (window);

  /* A passage with an entity in it: "Beijing plan". */
  gtk_text_buffer_get_start_iter (buffer, &start);
  g_assert_true (gtk_text_iter_forward_search (&start, "Beijing plan", 0, &s, &e, NULL));
  gtk_text_buffer_select_range (buffer, &s, &e);
  ui_test_spin (100);

  g_assert_true (g_spawn_command_line_sync ("xdotool search --sync --onlyvisible --name '^dossier-notes-click-test$'",
                                            &wid, NULL, NULL, NULL));
  g_strstrip (wid);
  g_assert_cmpstr (wid, !=, "");
  args = g_strdup_printf ("key --window %s ctrl+e", wid);
  xdotool (args);
  g_assert_true (ui_test_wait_for (editor_shown, window));
  g_assert_cmpstr (dossier_note_get_exact (dossier_note_editor_get_note (editor)), ==, "Beijing plan");
  dossier_note_editor_save (editor);
  g_assert_true (ui_test_wait_for (editor_hidden, window));
  g_assert_true (ui_test_wait_for (has_highlight, window));

  /* Click the middle of "Beijing". */
  gtk_text_buffer_get_start_iter (buffer, &start);
  g_assert_true (gtk_text_iter_forward_search (&start, "Beijing plan", 0, &s, &e, NULL));
  gtk_text_iter_forward_chars (&s, 3);
  gtk_text_buffer_place_cursor (buffer, &e);
  ui_test_spin (100);
  gtk_text_view_get_iter_location (view, &s, &rect);
  gtk_text_view_buffer_to_window_coords (view, GTK_TEXT_WINDOW_WIDGET, rect.x, rect.y + rect.height / 2, &wx, &wy);
  native = gtk_widget_get_native (GTK_WIDGET (view));
  g_assert_true (gtk_widget_translate_coordinates (GTK_WIDGET (view), GTK_WIDGET (native), wx, wy, &tx, &ty));
  gtk_native_get_surface_transform (native, &nx, &ny);
  g_free (args);
  args = g_strdup_printf ("mousemove --window %s %d %d click 1", wid, (int) (tx + nx), (int) (ty + ny));
  xdotool (args);
  g_assert_true (ui_test_wait_for (editor_shown, window));
  g_assert_cmpstr (dossier_note_get_exact (dossier_note_editor_get_note (editor)), ==, "Beijing plan");
  g_assert_false (dossier_filter_is_active (dossier_window_get_filter (window)));

  gtk_popover_popdown (GTK_POPOVER (editor));
  gtk_window_destroy (GTK_WINDOW (window));
  ui_test_spin (20);
  ui_test_remove_seed_folder (dir);
}

/* Issue 6: forget a folder from the start page's recent folders. Opens two
 * copies of the seed folder, notes a passage in each, goes back to the
 * start page and forgets the first: the dialog names its note and its
 * entity correction, and after the confirmation its cache, note and
 * correction are gone; the other folder's stay. */

static void
add_note (DossierWindow *window)
{
  DossierNoteEditor *editor = dossier_window_get_note_editor (window);

  select_passage (window);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "window.highlight", NULL));
  g_assert_true (ui_test_wait_for (editor_shown, window));
  dossier_note_editor_set_text (editor, "To forget");
  dossier_note_editor_save (editor);
  g_assert_true (ui_test_wait_for (has_one_note, window));
}

static guint
notes_of (DossierWindow *window,
          const char    *dir)
{
  g_autoptr(GFile) folder = g_file_new_for_path (dir);
  g_autofree char *key = dossier_notes_folder_key (folder);
  g_autoptr(GError) error = NULL;
  guint n = 99;

  g_assert_true (dossier_notes_count_folder (dossier_window_get_notes (window), key, &n, &error));
  g_assert_no_error (error);
  return n;
}

static char *
cache_of (const char *dir)
{
  g_autoptr(GFile) folder = g_file_new_for_path (dir);
  g_autofree char *key = dossier_notes_folder_key (folder);

  return dossier_index_path_for_folder (key);
}

static AdwMessageDialog *
find_dialog (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();  /* transfer none */

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) w = g_list_model_get_item (toplevels, i);

      if (ADW_IS_MESSAGE_DIALOG (w) && gtk_widget_get_visible (GTK_WIDGET (w)))
        return ADW_MESSAGE_DIALOG (w);
    }
  return NULL;
}

static gboolean
dialog_shown (gpointer data)
{
  return find_dialog () != NULL;
}

static gboolean
no_dialog (gpointer data)
{
  return find_dialog () == NULL;
}

static GtkWidget *
find_button (GtkWidget  *widget,
             const char *label)
{
  if (GTK_IS_BUTTON (widget) && g_strcmp0 (gtk_button_get_label (GTK_BUTTON (widget)), label) == 0)
    return widget;
  for (GtkWidget *c = gtk_widget_get_first_child (widget); c; c = gtk_widget_get_next_sibling (c))
    {
      GtkWidget *found = find_button (c, label);

      if (found)
        return found;
    }
  return NULL;
}

/* Clicks the dialog's button for @response, as someone would. */
static void
respond (AdwMessageDialog *dialog,
         const char       *response)
{
  GtkWidget *button = find_button (GTK_WIDGET (dialog),
                                   adw_message_dialog_get_response_label (dialog, response));

  g_assert_nonnull (button);
  g_signal_emit_by_name (button, "clicked");
}

/* DOSSIER_TEST_SHOTS=DIR: pictures of the start page and of the dialog,
 * a window of its own. */
static void
save_toplevel_png (GtkWidget  *toplevel,
                   const char *name)
{
  g_autoptr(GdkPaintable) paintable = NULL;
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  g_autofree char *path = NULL;
  GtkSnapshot *snapshot;
  int width, height;

  if (g_getenv ("DOSSIER_TEST_SHOTS") == NULL)
    return;
  ui_test_spin (300);
  path = g_build_filename (g_getenv ("DOSSIER_TEST_SHOTS"), name, NULL);
  paintable = gtk_widget_paintable_new (toplevel);
  snapshot = gtk_snapshot_new ();
  width = gtk_widget_get_width (toplevel);
  height = gtk_widget_get_height (toplevel);
  gdk_paintable_snapshot (paintable, snapshot, width, height);
  node = gtk_snapshot_free_to_node (snapshot);
  g_assert_nonnull (node);
  texture = gsk_renderer_render_texture (gtk_native_get_renderer (GTK_NATIVE (toplevel)), node,
                                         &GRAPHENE_RECT_INIT (0, 0, width, height));
  g_assert_true (gdk_texture_save_to_png (texture, path));
}

static gboolean
recent_has (DossierWindow *window,
            const char    *dir)
{
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  g_auto(GStrv) recent = g_settings_get_strv (settings, "recent-folders");

  return g_strv_contains ((const char * const *) recent, dir);
}

static void
test_forget_folder (void)
{
  g_autofree char *news = ui_test_make_seed_folder ("dossier-forget-news-XXXXXX");
  g_autofree char *other = ui_test_make_seed_folder ("dossier-forget-other-XXXXXX");
  g_autofree char *news_cache = cache_of (news);
  g_autofree char *other_cache = cache_of (other);
  g_autofree char *name = g_path_get_basename (news);
  g_autofree char *heading = NULL;
  g_autofree char *corrections_file = NULL;
  DossierWindow *window = open_window (other);
  AdwMessageDialog *dialog;

  add_note (window);
  {
    g_autoptr(GFile) folder = g_file_new_for_path (news);

    dossier_window_open_folder (window, folder);
    g_assert_true (ui_test_wait_for (ui_test_is_loaded, window));
    ui_test_spin (300);
  }
  add_note (window);
  g_assert_cmpuint (notes_of (window, news), ==, 1);
  g_assert_cmpuint (notes_of (window, other), ==, 1);
  g_assert_true (g_file_test (news_cache, G_FILE_TEST_EXISTS));
  g_assert_true (g_file_test (other_cache, G_FILE_TEST_EXISTS));

  /* Back to the start page: the folder is in the recent list. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "window.close-folder", NULL));
  g_assert_null (dossier_window_get_corpus (window));
  g_assert_true (recent_has (window, news));
  save_toplevel_png (GTK_WIDGET (window), "start-page.png");

  /* An entity correction of the folder, as the window saves them. */
  {
    g_autoptr(GFile) folder = g_file_new_for_path (news);
    g_autoptr(DossierCorrections) corrections = dossier_corrections_new_for_folder (folder);
    g_autofree char *store_dir = NULL;

    corrections_file = g_file_get_path (dossier_corrections_get_store (corrections));
    store_dir = g_path_get_dirname (corrections_file);
    g_assert_cmpint (g_mkdir_with_parents (store_dir, 0700), ==, 0);
    g_assert_true (g_file_set_contents (corrections_file,
                                        "{\"version\": 1, \"corrections\": [{\"op\": \"not-entity\","
                                        " \"entity\": {\"name\": \"Belta\", \"label\": \"ORG\"}}]}", -1, NULL));
  }

  /* Cancel first: nothing goes. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "window.forget-folder", "s", news));
  g_assert_true (ui_test_wait_for (dialog_shown, NULL));
  dialog = find_dialog ();
  respond (dialog, "cancel");
  g_assert_true (ui_test_wait_for (no_dialog, NULL));
  g_assert_cmpuint (notes_of (window, news), ==, 1);
  g_assert_true (g_file_test (news_cache, G_FILE_TEST_EXISTS));
  g_assert_true (g_file_test (corrections_file, G_FILE_TEST_EXISTS));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "window.forget-folder", "s", news));
  g_assert_true (ui_test_wait_for (dialog_shown, NULL));
  dialog = find_dialog ();
  heading = g_strdup_printf ("Forget “%s”?", name);
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, heading);
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), "Its 1 note will be deleted"));
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), "Its 1 entity correction will be deleted too"));
  g_assert_cmpint (adw_message_dialog_get_response_appearance (dialog, "forget"), ==, ADW_RESPONSE_DESTRUCTIVE);
  g_assert_cmpstr (adw_message_dialog_get_default_response (dialog), ==, "cancel");
  save_toplevel_png (GTK_WIDGET (dialog), "forget-dialog.png");
  respond (dialog, "forget");
  g_assert_true (ui_test_wait_for (no_dialog, NULL));

  g_assert_cmpuint (notes_of (window, news), ==, 0);
  g_assert_false (g_file_test (news_cache, G_FILE_TEST_EXISTS));
  g_assert_false (g_file_test (corrections_file, G_FILE_TEST_EXISTS));
  g_assert_false (recent_has (window, news));
  /* The other folder keeps its note and its cache. */
  g_assert_cmpuint (notes_of (window, other), ==, 1);
  g_assert_true (g_file_test (other_cache, G_FILE_TEST_EXISTS));
  g_assert_true (recent_has (window, other));

  /* With nothing but the cache left, an ordinary confirmation. */
  {
    g_autoptr(DossierNotes) notes = g_object_ref (dossier_window_get_notes (window));
    g_autoptr(GFile) folder = g_file_new_for_path (other);
    g_autofree char *key = dossier_notes_folder_key (folder);

    g_assert_true (dossier_notes_forget_folder (notes, key, NULL, NULL));
  }
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "window.forget-folder", "s", other));
  g_assert_true (ui_test_wait_for (dialog_shown, NULL));
  dialog = find_dialog ();
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), "no notes"));
  g_assert_cmpint (adw_message_dialog_get_response_appearance (dialog, "forget"), ==, ADW_RESPONSE_SUGGESTED);
  respond (dialog, "forget");
  g_assert_true (ui_test_wait_for (no_dialog, NULL));
  g_assert_false (g_file_test (other_cache, G_FILE_TEST_EXISTS));

  ui_test_close_window (window);
  ui_test_remove_seed_folder (news);
  ui_test_remove_seed_folder (other);
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *data_home = g_dir_make_tmp ("dossier-notes-ui-data-XXXXXX", NULL);
  int status;

  /* Notes are user data: a fresh store, never the user's. */
  g_setenv ("XDG_DATA_HOME", data_home, TRUE);
  g_test_init (&argc, &argv, NULL);
  dossier_ui_init ();
  gtk_init ();
  adw_init ();
  ui_test_load_app_style ();

  /* To look at the dark style's colours: DOSSIER_NOTES_DARK=1. */
  if (g_getenv ("DOSSIER_NOTES_DARK"))
    adw_style_manager_set_color_scheme (adw_style_manager_get_default (), ADW_COLOR_SCHEME_FORCE_DARK);

  g_test_add_func ("/notes-ui/highlight-note-export", test_highlight_note_export);
  g_test_add_func ("/notes-ui/keys-and-click", test_keys_and_click);
  g_test_add_func ("/notes-ui/forget-folder", test_forget_folder);
  status = g_test_run ();

  {
    const char *rm[] = { "rm", "-rf", data_home, NULL };
    g_spawn_sync (NULL, (char **) rm, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, NULL, NULL, NULL, NULL);
  }
  return status;
}
