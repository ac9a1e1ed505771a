/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "dossier-window-notes"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "dossier-window-notes.h"
#include "dossier-window-private.h"

/*
 * The window's notes, in a struct hung on the window (g_object_set_data)
 * rather than in DossierWindow itself, so that the window's own file only
 * grows by a few calls.
 *
 * One DossierNotes store per window, opened at start (under
 * $XDG_DATA_HOME/dossier/); one DossierAnchorer per open folder, made anew
 * whenever the folder's articles change, since it caches file texts and
 * the hash index.
 */

typedef struct
{
  DossierWindow *window;      /* owns us */
  DossierNotes *notes;
  char *notes_error;
  DossierCorpus *corpus;
  DossierFilter *filter;
  DossierAnchorer *anchorer;
  char *folder_key;
  guint reanchor_idle;

  DossierReader *reader;
  DossierHighlighter *highlighter;
  DossierNoteEditor *editor;
  DossierNotesView *notes_view;
  GtkWidget *article_part;
  GtkToggleButton *articles_button;
  GtkToggleButton *notes_button;
  AdwToastOverlay *toast_overlay;
  DossierNote *deleted;       /* for undo */
} WindowNotes;

#define KEY "dossier-window-notes"

static WindowNotes *
get_notes (DossierWindow *window)
{
  return g_object_get_data (G_OBJECT (window), KEY);
}

static void
window_notes_free (WindowNotes *wn)
{
  g_clear_handle_id (&wn->reanchor_idle, g_source_remove);
  if (wn->corpus)
    g_signal_handlers_disconnect_by_data (wn->corpus, wn);
  g_clear_object (&wn->highlighter);
  g_clear_object (&wn->notes);
  g_clear_object (&wn->corpus);
  g_clear_object (&wn->filter);
  g_clear_object (&wn->deleted);
  g_clear_pointer (&wn->anchorer, dossier_anchorer_free);
  g_free (wn->folder_key);
  g_free (wn->notes_error);
  g_free (wn);
}

static void
toast (WindowNotes *wn,
       const char  *message)
{
  adw_toast_overlay_add_toast (wn->toast_overlay, dossier_toast_new_plain (message));
}

static gboolean
check_store (WindowNotes *wn)
{
  if (wn->notes)
    return TRUE;
  toast (wn, wn->notes_error ? wn->notes_error : _("Notes cannot be stored"));
  return FALSE;
}

static void
update_actions (WindowNotes *wn)
{
  GtkWidget *w = GTK_WIDGET (wn->window);
  gboolean open = wn->corpus != NULL && wn->notes != NULL;

  gtk_widget_action_set_enabled (w, "window.highlight", open);
  gtk_widget_action_set_enabled (w, "window.export-notes", open);
  gtk_widget_action_set_enabled (w, "window.export-entities", wn->corpus != NULL);
  gtk_widget_action_set_enabled (w, "window.undo-delete-note", wn->deleted != NULL);
}

/* Hands the current anchorer to the highlighter and the Notes view. */
static void
share_context (WindowNotes *wn)
{
  dossier_highlighter_set_store (wn->highlighter, wn->notes, wn->anchorer, wn->folder_key);
  dossier_notes_view_set_context (wn->notes_view, wn->notes, wn->anchorer, wn->folder_key, wn->filter);
}

static gboolean
reanchor_idle (gpointer data)
{
  WindowNotes *wn = data;

  wn->reanchor_idle = 0;
  g_clear_pointer (&wn->anchorer, dossier_anchorer_free);
  if (wn->corpus)
    wn->anchorer = dossier_anchorer_new (wn->corpus);
  share_context (wn);
  return G_SOURCE_REMOVE;
}

/* Articles arrive in batches while a folder loads, and files change on
 * disk: anchor anew once things settle. */
static void
queue_reanchor (WindowNotes *wn)
{
  if (wn->reanchor_idle == 0)
    wn->reanchor_idle = g_timeout_add (100, reanchor_idle, wn);
}

void
dossier_window_notes_set_corpus (DossierWindow *window,
                                 DossierCorpus *corpus,
                                 DossierFilter *filter)
{
  WindowNotes *wn = get_notes (window);

  /* Also called from dispose, maybe twice. */
  if (wn == NULL || (corpus == wn->corpus && filter == wn->filter))
    return;
  if (wn->corpus)
    g_signal_handlers_disconnect_by_data (wn->corpus, wn);
  g_clear_handle_id (&wn->reanchor_idle, g_source_remove);
  g_set_object (&wn->corpus, corpus);
  g_set_object (&wn->filter, filter);
  g_clear_pointer (&wn->folder_key, g_free);
  g_clear_pointer (&wn->anchorer, dossier_anchorer_free);
  if (corpus)
    {
      wn->folder_key = dossier_notes_folder_key (dossier_corpus_get_folder (corpus));
      wn->anchorer = dossier_anchorer_new (corpus);
      g_signal_connect_swapped (corpus, "items-changed", G_CALLBACK (queue_reanchor), wn);
    }
  share_context (wn);
  update_actions (wn);
}

/* Editing */

static void
point_editor_at (WindowNotes *wn,
                 int          start,
                 int          end)
{
  GtkTextView *view = dossier_reader_get_text_view (wn->reader);
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (view);
  GtkTextIter iter;
  GdkRectangle rect, end_rect;
  double x, y;

  gtk_text_buffer_get_iter_at_offset (buffer, &iter, start);
  gtk_text_view_get_iter_location (view, &iter, &rect);
  gtk_text_buffer_get_iter_at_offset (buffer, &iter, end);
  gtk_text_view_get_iter_location (view, &iter, &end_rect);
  /* Below the passage's last line, where it does not hide the passage. */
  if (end_rect.y > rect.y)
    rect = end_rect;
  gtk_text_view_buffer_to_window_coords (view, GTK_TEXT_WINDOW_WIDGET, rect.x, rect.y, &rect.x, &rect.y);
  if (!gtk_widget_translate_coordinates (GTK_WIDGET (view), GTK_WIDGET (wn->reader), rect.x, rect.y, &x, &y))
    x = y = 0;
  rect.x = (int) x;
  rect.y = (int) y;
  rect.width = MAX (rect.width, 1);
  rect.height = MAX (rect.height, 1);
  gtk_popover_set_pointing_to (GTK_POPOVER (wn->editor), &rect);
}

static gboolean
edit_note (WindowNotes *wn,
           const char  *id)
{
  g_autoptr(DossierNote) note = NULL;
  int start, end;

  if (!check_store (wn))
    return FALSE;
  note = dossier_notes_lookup (wn->notes, id, NULL);
  if (note == NULL)
    return FALSE;
  if (dossier_highlighter_get_note_range (wn->highlighter, id, &start, &end))
    point_editor_at (wn, start, end);
  dossier_note_editor_set_note (wn->editor, note, FALSE);
  gtk_popover_popup (GTK_POPOVER (wn->editor));
  return TRUE;
}

static void
highlight_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  WindowNotes *wn = get_notes (DOSSIER_WINDOW (widget));
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (dossier_reader_get_text_view (wn->reader));
  DossierArticle *article = dossier_reader_get_article (wn->reader);
  g_autoptr(DossierNote) note = NULL;
  g_autoptr(GError) error = NULL;
  GtkTextIter start, end;
  gsize text_start, text_end;
  const char *id;

  if (article == NULL || wn->anchorer == NULL || !check_store (wn))
    return;

  if (!gtk_text_buffer_get_selection_bounds (buffer, &start, &end))
    {
      /* No selection: edit the highlight under the cursor, if any. */
      id = dossier_highlighter_get_note_at (wn->highlighter, gtk_text_iter_get_offset (&start));
      if (id == NULL || !edit_note (wn, id))
        toast (wn, _("Select a passage to highlight"));
      return;
    }

  text_start = dossier_reader_buffer_to_text (wn->reader, gtk_text_iter_get_offset (&start), FALSE);
  text_end = dossier_reader_buffer_to_text (wn->reader, gtk_text_iter_get_offset (&end), TRUE);
  if (text_start >= text_end)
    {
      toast (wn, _("Only the article’s title and text can be highlighted"));
      return;
    }

  note = dossier_note_new ();
  dossier_note_set_folder (note, wn->folder_key);
  if (!dossier_anchorer_set_target (wn->anchorer, note, article, text_start, text_end, &error))
    {
      toast (wn, error->message);
      return;
    }
  dossier_note_set_color (note, dossier_highlight_colors[0]);
  point_editor_at (wn, gtk_text_iter_get_offset (&start), gtk_text_iter_get_offset (&end));
  dossier_note_editor_set_note (wn->editor, note, TRUE);
  gtk_popover_popup (GTK_POPOVER (wn->editor));
}

static void
on_editor_save (WindowNotes *wn,
                DossierNote *note,
                gboolean     is_new)
{
  g_autoptr(GError) error = NULL;

  if (!check_store (wn))
    return;
  if (is_new ? !dossier_notes_add (wn->notes, note, &error)
             : !dossier_notes_update (wn->notes, note, &error))
    toast (wn, error->message);
}

static void
on_editor_delete (WindowNotes *wn,
                  DossierNote *note)
{
  g_autoptr(GError) error = NULL;
  DossierNote *deleted;
  AdwToast *t;

  if (!check_store (wn))
    return;
  deleted = dossier_notes_delete (wn->notes, dossier_note_get_id (note), &error);
  if (deleted == NULL)
    {
      toast (wn, error->message);
      return;
    }
  g_clear_object (&wn->deleted);
  wn->deleted = deleted;
  update_actions (wn);

  t = dossier_toast_new_plain (_("Note deleted"));
  adw_toast_set_button_label (t, _("_Undo"));
  adw_toast_set_action_name (t, "window.undo-delete-note");
  adw_toast_overlay_add_toast (wn->toast_overlay, t);
}

static void
undo_delete_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  WindowNotes *wn = get_notes (DOSSIER_WINDOW (widget));
  g_autoptr(GError) error = NULL;
  g_autoptr(DossierNote) note = g_steal_pointer (&wn->deleted);

  update_actions (wn);
  if (note == NULL || !check_store (wn))
    return;
  if (!dossier_notes_restore (wn->notes, note, &error))
    toast (wn, error->message);
}

/* A click on a highlight opens its note, instead of what a click on a
 * mention would do. */
static gboolean
on_reader_clicked (WindowNotes *wn,
                   int          char_offset)
{
  const char *id = dossier_highlighter_get_note_at (wn->highlighter, char_offset);

  return id != NULL && edit_note (wn, id);
}

static const char *
note_at_point (WindowNotes *wn,
               double       x,
               double       y)
{
  GtkTextView *view = dossier_reader_get_text_view (wn->reader);
  GtkTextIter iter;
  int bx, by;

  gtk_text_view_window_to_buffer_coords (view, GTK_TEXT_WINDOW_WIDGET, x, y, &bx, &by);
  if (!gtk_text_view_get_iter_at_location (view, &iter, bx, by))
    return NULL;
  return dossier_highlighter_get_note_at (wn->highlighter, gtk_text_iter_get_offset (&iter));
}

/* Runs after the reader's own motion handler (added later), so it only
 * has to say "pointer" over a highlight: clicking one opens its note. */
static void
on_motion (GtkEventControllerMotion *controller,
           double                    x,
           double                    y,
           WindowNotes              *wn)
{
  if (note_at_point (wn, x, y))
    gtk_widget_set_cursor_from_name (GTK_WIDGET (dossier_reader_get_text_view (wn->reader)), "pointer");
}

/* A highlight's tooltip: its note, or its tags when it has no text. */
static gboolean
on_query_tooltip (GtkWidget   *widget,
                  int          x,
                  int          y,
                  gboolean     keyboard,
                  GtkTooltip  *tooltip,
                  WindowNotes *wn)
{
  const char *id;
  g_autoptr(DossierNote) note = NULL;
  g_autoptr(GString) text = g_string_new (NULL);
  const char * const *tags;

  if (keyboard || wn->notes == NULL || (id = note_at_point (wn, x, y)) == NULL)
    return FALSE;
  note = dossier_notes_lookup (wn->notes, id, NULL);
  if (note == NULL)
    return FALSE;
  if (dossier_note_get_text (note))
    g_string_append (text, dossier_note_get_text (note));
  tags = dossier_note_get_tags (note);
  for (guint i = 0; tags && tags[i]; i++)
    g_string_append_printf (text, "%s#%s", i == 0 && text->len ? "\n" : i ? " " : "", tags[i]);
  if (text->len == 0)
    return FALSE;
  gtk_tooltip_set_text (tooltip, text->str);
  return TRUE;
}

/* Opening a note */

/**
 * dossier_window_open_note:
 *
 * Shows the article of @note and selects its passage: what clicking a
 * note in the Notes view does.
 *
 * Returns: whether the passage was found
 */
gboolean
dossier_window_open_note (DossierWindow *window,
                          DossierNote   *note)
{
  WindowNotes *wn = get_notes (window);
  DossierAnchor anchor = { 0 };
  GtkSingleSelection *selection = dossier_window_get_selection (window);
  GListModel *model = G_LIST_MODEL (selection);
  gboolean found = FALSE;
  int start, end;

  if (wn->anchorer == NULL)
    return FALSE;
  dossier_anchorer_resolve (wn->anchorer, note, &anchor);
  if (anchor.state == DOSSIER_ANCHOR_ORPHANED || anchor.article == NULL)
    {
      toast (wn, _("The passage of this note is no longer in its file"));
      dossier_anchor_clear (&anchor);
      return FALSE;
    }

  /* Through the sidebar's selection when the article is listed, so that
   * the list agrees with the reader; else straight into the reader. */
  for (guint i = 0, n = g_list_model_get_n_items (model); i < n; i++)
    {
      g_autoptr(DossierArticle) article = g_list_model_get_item (model, i);

      if (article == anchor.article)
        {
          gtk_single_selection_set_selected (selection, i);
          found = TRUE;
          break;
        }
    }
  if (!found || dossier_reader_get_article (wn->reader) != anchor.article)
    dossier_reader_set_article (wn->reader, anchor.article);
  {
    /* A narrow window shows one pane: go to the reader. */
    GtkWidget *leaflet = gtk_widget_get_ancestor (GTK_WIDGET (wn->reader), ADW_TYPE_LEAFLET);

    if (leaflet && adw_leaflet_get_folded (ADW_LEAFLET (leaflet)))
      adw_leaflet_set_visible_child (ADW_LEAFLET (leaflet), GTK_WIDGET (wn->reader));
  }

  if (anchor.in_text &&
      dossier_reader_text_range_to_buffer (wn->reader, anchor.text_start, anchor.text_end, &start, &end))
    {
      GtkTextView *view = dossier_reader_get_text_view (wn->reader);
      GtkTextBuffer *buffer = gtk_text_view_get_buffer (view);
      GtkTextIter s, e;

      gtk_text_buffer_get_iter_at_offset (buffer, &s, start);
      gtk_text_buffer_get_iter_at_offset (buffer, &e, end);
      gtk_text_buffer_select_range (buffer, &s, &e);
      gtk_text_view_scroll_to_mark (view, gtk_text_buffer_get_insert (buffer), 0.1, TRUE, 0.0, 0.3);
      gtk_widget_grab_focus (GTK_WIDGET (view));
    }
  dossier_anchor_clear (&anchor);
  return TRUE;
}

static void
on_note_activated (WindowNotes *wn,
                   DossierNote *note)
{
  dossier_window_open_note (wn->window, note);
}

/* Sidebar mode */

void
dossier_window_set_notes_mode (DossierWindow *window,
                               gboolean       notes)
{
  WindowNotes *wn = get_notes (window);

  gtk_toggle_button_set_active (notes ? wn->notes_button : wn->articles_button, TRUE);
}

static void
on_mode_toggled (WindowNotes *wn)
{
  gboolean notes = gtk_toggle_button_get_active (wn->notes_button);
  GtkWidget *child;

  /* The article list's parts (count row, list) give way to the Notes
   * view; the filter chips above stay, as they narrow the notes too. */
  for (child = wn->article_part; child; child = gtk_widget_get_next_sibling (child))
    {
      if (child == GTK_WIDGET (wn->notes_view))
        break;
      gtk_widget_set_visible (child, !notes);
    }
  gtk_widget_set_visible (GTK_WIDGET (wn->notes_view), notes);
  if (notes)
    dossier_notes_view_refresh (wn->notes_view);
}

static void
toggle_notes_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  WindowNotes *wn = get_notes (DOSSIER_WINDOW (widget));
  gboolean notes = !gtk_toggle_button_get_active (wn->notes_button);

  dossier_window_set_notes_mode (wn->window, notes);
  if (notes)
    gtk_widget_grab_focus (dossier_notes_view_get_search_entry (wn->notes_view));
}

/* Export */

/**
 * dossier_window_export_notes:
 *
 * Writes the notes the Notes view shows (the folder's, narrowed by the
 * entity filter and the search) to @file in @format; the entity table
 * for %DOSSIER_EXPORT_ENTITIES_CSV (narrowed by the entity filter).
 */
gboolean
dossier_window_export_notes (DossierWindow        *window,
                             DossierExportFormat   format,
                             GFile                *file,
                             GError              **error)
{
  WindowNotes *wn = get_notes (window);
  g_autoptr(GPtrArray) storage = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  g_autoptr(GPtrArray) list = NULL;
  g_autofree char *doc = NULL;
  g_autofree char *title = NULL;
  DossierNoteFilter filter;

  if (wn->corpus == NULL || wn->anchorer == NULL)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_NOT_INITIALIZED, _("No folder is open"));
      return FALSE;
    }
  dossier_notes_view_fill_filter (wn->notes_view, &filter, storage);

  if (format == DOSSIER_EXPORT_ENTITIES_CSV)
    {
      DossierNoteFilter entity_filter = { .entities = filter.entities };

      doc = dossier_export_entities_csv (wn->corpus, &entity_filter);
    }
  else
    {
      if (wn->notes == NULL)
        {
          g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_FAILED,
                               wn->notes_error ? wn->notes_error : _("Notes cannot be stored"));
          return FALSE;
        }
      list = dossier_notes_list (wn->notes, &filter, error);
      if (list == NULL)
        return FALSE;
      title = g_file_get_basename (dossier_corpus_get_folder (wn->corpus));
      doc = dossier_export_notes (list, wn->anchorer, title, format);
    }
  /* replace_contents writes a temporary file and renames it: a reader of
   * the file never sees half an export. */
  return g_file_replace_contents (file, doc, strlen (doc), NULL, FALSE, G_FILE_CREATE_NONE,
                                  NULL, NULL, error);
}

typedef struct
{
  DossierWindow *window;
  DossierExportFormat format;
} ExportRequest;

static void
export_to (DossierWindow       *window,
           DossierExportFormat  format,
           GFile               *file)
{
  WindowNotes *wn = get_notes (window);
  g_autoptr(GError) error = NULL;

  if (!dossier_window_export_notes (window, format, file, &error))
    {
      toast (wn, error->message);
      return;
    }
  {
    g_autofree char *name = g_file_get_basename (file);
    /* TRANSLATORS: %s is a file name */
    g_autofree char *message = g_strdup_printf (_("Exported to “%s”"), name);

    toast (wn, message);
  }
}

static void
on_export_response (GtkNativeDialog *chooser,
                    int              response,
                    ExportRequest   *request)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));

      if (file)
        export_to (request->window, request->format, file);
    }
  g_object_unref (request->window);
  g_free (request);
  g_object_unref (chooser);
}

static const struct
{
  const char *name;
  const char *extension;
  const char *mime;
  DossierExportFormat format;
} formats[] = {
  { "md", "md", "text/markdown", DOSSIER_EXPORT_MARKDOWN },
  { "html", "html", "text/html", DOSSIER_EXPORT_HTML },
  { "jsonld", "jsonld", "application/ld+json", DOSSIER_EXPORT_JSONLD },
  { "csv", "csv", "text/csv", DOSSIER_EXPORT_CSV },
  { "entities-csv", "csv", "text/csv", DOSSIER_EXPORT_ENTITIES_CSV },
};

static void
export (DossierWindow *window,
        const char    *format_name,
        const char    *path)
{
  WindowNotes *wn = get_notes (window);
  GtkFileChooserNative *chooser;
  g_autoptr(GtkFileFilter) file_filter = NULL;
  g_autofree char *base = NULL;
  g_autofree char *name = NULL;
  ExportRequest *request;
  guint i;

  for (i = 0; i < G_N_ELEMENTS (formats); i++)
    if (g_strcmp0 (format_name, formats[i].name) == 0)
      break;
  if (i == G_N_ELEMENTS (formats) || wn->corpus == NULL)
    return;

  /* A path skips the file chooser: for tests and scripted use. */
  if (path && *path)
    {
      g_autoptr(GFile) file = g_file_new_for_path (path);

      export_to (window, formats[i].format, file);
      return;
    }

  chooser = gtk_file_chooser_native_new (formats[i].format == DOSSIER_EXPORT_ENTITIES_CSV
                                           ? _("Export Entities") : _("Export Notes"),
                                         GTK_WINDOW (window), GTK_FILE_CHOOSER_ACTION_SAVE,
                                         _("_Export"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  file_filter = gtk_file_filter_new ();
  gtk_file_filter_add_mime_type (file_filter, formats[i].mime);
  gtk_file_filter_add_suffix (file_filter, formats[i].extension);
  gtk_file_filter_set_name (file_filter, formats[i].extension);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), file_filter);
  base = g_file_get_basename (dossier_corpus_get_folder (wn->corpus));
  name = g_strdup_printf ("%s%s.%s", base,
                          formats[i].format == DOSSIER_EXPORT_ENTITIES_CSV ? _("-entities") : _("-notes"),
                          formats[i].extension);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);

  request = g_new0 (ExportRequest, 1);
  request->window = g_object_ref (window);
  request->format = formats[i].format;
  g_signal_connect (chooser, "response", G_CALLBACK (on_export_response), request);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

/* window.export-notes ('md', ''): the format, and a path that skips the
 * file chooser when it is not empty. */
static void
export_notes_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  const char *format, *path;

  g_variant_get (parameter, "(&s&s)", &format, &path);
  export (DOSSIER_WINDOW (widget), format, path);
}

/* window.export-entities '': a path, or empty for the file chooser. */
static void
export_entities_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  export (DOSSIER_WINDOW (widget), "entities-csv", g_variant_get_string (parameter, NULL));
}

void
dossier_window_notes_class_init (GtkWidgetClass *widget_class)
{
  g_type_ensure (DOSSIER_TYPE_NOTES_VIEW);
  g_type_ensure (DOSSIER_TYPE_NOTE_EDITOR);

  gtk_widget_class_install_action (widget_class, "window.highlight", NULL, highlight_action);
  gtk_widget_class_install_action (widget_class, "window.undo-delete-note", NULL, undo_delete_action);
  gtk_widget_class_install_action (widget_class, "window.toggle-notes", NULL, toggle_notes_action);
  gtk_widget_class_install_action (widget_class, "window.export-notes", "(ss)", export_notes_action);
  gtk_widget_class_install_action (widget_class, "window.export-entities", "s", export_entities_action);
  /* Listed in gtk/help-overlay.ui too. Ctrl+E highlights from the reader
   * (a shortcut on its text view); elsewhere it still finds an entity. */
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_n, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "window.toggle-notes", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_N, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "window.toggle-notes", NULL);
}

static GtkWidget *
mode_switcher (WindowNotes *wn)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);
  GtkWidget *articles = gtk_toggle_button_new_with_mnemonic (_("_Articles"));
  GtkWidget *notes = gtk_toggle_button_new_with_mnemonic (_("_Notes"));

  gtk_widget_add_css_class (box, "linked");
  gtk_widget_set_halign (box, GTK_ALIGN_CENTER);
  gtk_widget_set_margin_top (box, 6);
  gtk_widget_set_margin_bottom (box, 2);
  gtk_accessible_update_property (GTK_ACCESSIBLE (box), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Sidebar Mode"), -1);
  gtk_widget_set_tooltip_text (notes, _("Show Notes (Ctrl+Shift+N)"));
  gtk_widget_set_tooltip_text (articles, _("Show Articles"));
  gtk_toggle_button_set_group (GTK_TOGGLE_BUTTON (notes), GTK_TOGGLE_BUTTON (articles));
  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (articles), TRUE);
  gtk_box_append (GTK_BOX (box), articles);
  gtk_box_append (GTK_BOX (box), notes);
  wn->articles_button = GTK_TOGGLE_BUTTON (articles);
  wn->notes_button = GTK_TOGGLE_BUTTON (notes);
  g_signal_connect_swapped (notes, "toggled", G_CALLBACK (on_mode_toggled), wn);
  return box;
}

/**
 * dossier_window_notes_init:
 * @sidebar: the sidebar box: a mode switcher goes on top, the Notes view
 *   at the end
 * @article_part: the first child of @sidebar that only makes sense for
 *   articles; it and the ones after it hide in Notes mode
 */
void
dossier_window_notes_init (DossierWindow   *window,
                           GtkWidget       *sidebar,
                           GtkWidget       *article_part,
                           AdwToastOverlay *toast_overlay)
{
  WindowNotes *wn = g_new0 (WindowNotes, 1);
  g_autoptr(GError) error = NULL;
  g_autoptr(GMenu) menu = g_menu_new ();
  GtkEventController *shortcuts;
  GtkEventController *controller;
  GtkTextView *view;

  wn->window = window;
  wn->toast_overlay = toast_overlay;
  wn->reader = dossier_window_get_reader (window);
  wn->article_part = article_part;
  g_object_set_data_full (G_OBJECT (window), KEY, wn, (GDestroyNotify) window_notes_free);

  wn->notes = dossier_notes_new (NULL, &error);
  if (wn->notes == NULL)
    {
      /* TRANSLATORS: %s says why */
      wn->notes_error = g_strdup_printf (_("Notes cannot be opened: %s"), error->message);
      g_warning ("%s", wn->notes_error);
    }

  gtk_box_prepend (GTK_BOX (sidebar), mode_switcher (wn));
  wn->notes_view = DOSSIER_NOTES_VIEW (dossier_notes_view_new ());
  gtk_widget_set_vexpand (GTK_WIDGET (wn->notes_view), TRUE);
  gtk_widget_set_visible (GTK_WIDGET (wn->notes_view), FALSE);
  gtk_box_append (GTK_BOX (sidebar), GTK_WIDGET (wn->notes_view));
  g_signal_connect_swapped (wn->notes_view, "note-activated", G_CALLBACK (on_note_activated), wn);

  wn->highlighter = dossier_highlighter_new (wn->reader);
  wn->editor = DOSSIER_NOTE_EDITOR (dossier_note_editor_new ());
  /* The reader unparents its children when disposed. */
  gtk_widget_set_parent (GTK_WIDGET (wn->editor), GTK_WIDGET (wn->reader));
  g_signal_connect_swapped (wn->editor, "save", G_CALLBACK (on_editor_save), wn);
  g_signal_connect_swapped (wn->editor, "delete", G_CALLBACK (on_editor_delete), wn);
  g_signal_connect_swapped (wn->reader, "clicked", G_CALLBACK (on_reader_clicked), wn);

  view = dossier_reader_get_text_view (wn->reader);
  shortcuts = gtk_shortcut_controller_new ();
  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (shortcuts),
                                        gtk_shortcut_new (gtk_shortcut_trigger_parse_string ("<Control>e"),
                                                          gtk_named_action_new ("window.highlight")));
  gtk_widget_add_controller (GTK_WIDGET (view), shortcuts);
  controller = gtk_event_controller_motion_new ();
  g_signal_connect (controller, "motion", G_CALLBACK (on_motion), wn);
  gtk_widget_add_controller (GTK_WIDGET (view), controller);
  gtk_widget_set_has_tooltip (GTK_WIDGET (view), TRUE);
  g_signal_connect (view, "query-tooltip", G_CALLBACK (on_query_tooltip), wn);
  g_menu_append (menu, _("_Highlight…"), "window.highlight");
  gtk_text_view_set_extra_menu (view, G_MENU_MODEL (menu));

  share_context (wn);
  update_actions (wn);
}

DossierNotes *
dossier_window_get_notes (DossierWindow *window)
{
  return get_notes (window)->notes;
}

DossierNotesView *
dossier_window_get_notes_view (DossierWindow *window)
{
  return get_notes (window)->notes_view;
}

DossierNoteEditor *
dossier_window_get_note_editor (DossierWindow *window)
{
  return get_notes (window)->editor;
}

DossierHighlighter *
dossier_window_get_highlighter (DossierWindow *window)
{
  return get_notes (window)->highlighter;
}
