/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "dossier-notes-view"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>
#include <string.h>

#include "dossier-notes-view.h"

/**
 * DossierNotesView:
 *
 * The sidebar's Notes mode: every note of the open folder, grouped by
 * article or by tag, narrowed by its search entry and by the window's
 * entity filter (notes whose passage mentions every selected entity).
 * Orphaned notes show their quote and say they are orphaned. Activating a
 * row emits #DossierNotesView::note-activated.
 *
 * GTK 4.8 list views have no sections, and a folder holds hundreds of
 * notes rather than hundreds of thousands, so this is a GtkListBox with
 * header rows from gtk_list_box_set_header_func().
 */

struct _DossierNotesView
{
  GtkWidget parent_instance;

  DossierNotes *notes;
  DossierAnchorer *anchorer;  /* borrowed: the window's notes controller owns it */
  char *folder_key;
  DossierFilter *filter;
  guint n_notes;
  gboolean stale;   /* the filter changed while the view was not shown */

  GtkSearchEntry *search_entry;
  GtkToggleButton *by_tag_button;
  GtkStack *stack;
  GtkListBox *list;
  AdwStatusPage *empty_page;
};

G_DEFINE_FINAL_TYPE (DossierNotesView, dossier_notes_view, GTK_TYPE_WIDGET)

enum {
  NOTE_ACTIVATED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

typedef struct
{
  DossierNote *note;
  char *group;        /* the header it goes under */
  char *sort_key;
  gboolean orphaned;
} Item;

static void
item_free (Item *item)
{
  g_object_unref (item->note);
  g_free (item->group);
  g_free (item->sort_key);
  g_free (item);
}

static int
compare_items (gconstpointer a,
               gconstpointer b)
{
  const Item *x = *(Item **) a, *y = *(Item **) b;

  return g_strcmp0 (x->sort_key, y->sort_key);
}

/**
 * dossier_notes_view_fill_filter:
 * @storage: keeps the strings @filter points to alive
 *
 * Sets @filter to what the view shows: the folder, the search text, the
 * entity filter's entities by name. The export uses it too.
 */
void
dossier_notes_view_fill_filter (DossierNotesView  *self,
                                DossierNoteFilter *filter,
                                GPtrArray         *storage)
{
  const char *search = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));

  memset (filter, 0, sizeof *filter);
  filter->folder = self->folder_key;
  if (search && *search)
    filter->search = search;
  if (self->filter)
    {
      guint n = 0;
      const guint32 *ids = dossier_filter_get_entities (self->filter, &n);
      DossierCorpus *corpus = dossier_filter_get_corpus (self->filter);
      GStrvBuilder *builder;
      char **names;

      if (n == 0)
        return;
      builder = g_strv_builder_new ();
      for (guint i = 0; i < n; i++)
        {
          DossierEntity *entity = dossier_corpus_get_entity_by_id (corpus, ids[i]);

          if (entity)
            g_strv_builder_add (builder, dossier_entity_get_name (entity));
        }
      names = g_strv_builder_end (builder);
      g_strv_builder_unref (builder);
      g_ptr_array_add (storage, names);
      filter->entities = (const char * const *) names;
    }
}

static GtkWidget *
make_row (Item *item)
{
  DossierNote *note = item->note;
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *hbox = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 8);
  GtkWidget *vbox = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *bar = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *label;
  g_autofree char *quote = g_strdup_printf ("“%s”", dossier_note_get_exact (note) ? dossier_note_get_exact (note) : "");
  g_autoptr(GString) caption = g_string_new (NULL);
  const char * const *tags = dossier_note_get_tags (note);
  const char *color = dossier_note_get_color (note);

  gtk_widget_add_css_class (row, "note-row");
  gtk_widget_add_css_class (bar, "note-bar");
  gtk_widget_add_css_class (bar, color ? color : "yellow");
  gtk_box_append (GTK_BOX (hbox), bar);

  label = gtk_label_new (quote);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_lines (GTK_LABEL (label), 3);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  /* Wrapping labels ask for their whole text's width: cap it, so the
   * sidebar keeps its size. */
  gtk_label_set_max_width_chars (GTK_LABEL (label), 30);
  gtk_widget_add_css_class (label, "quote");
  gtk_box_append (GTK_BOX (vbox), label);

  if (dossier_note_get_text (note) && *dossier_note_get_text (note))
    {
      label = gtk_label_new (dossier_note_get_text (note));
      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
      gtk_label_set_lines (GTK_LABEL (label), 4);
      gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
      gtk_label_set_xalign (GTK_LABEL (label), 0);
      gtk_label_set_max_width_chars (GTK_LABEL (label), 30);
      gtk_box_append (GTK_BOX (vbox), label);
    }

  if (item->orphaned)
    /* TRANSLATORS: said of a note whose passage is no longer in its file */
    g_string_append (caption, _("Orphaned: passage not found"));
  for (guint i = 0; tags && tags[i]; i++)
    {
      if (caption->len)
        g_string_append (caption, " · ");
      g_string_append_printf (caption, "#%s", tags[i]);
    }
  if (caption->len)
    {
      label = gtk_label_new (caption->str);
      gtk_label_set_xalign (GTK_LABEL (label), 0);
      gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
      gtk_label_set_max_width_chars (GTK_LABEL (label), 30);
      gtk_widget_add_css_class (label, "caption");
      gtk_widget_add_css_class (label, item->orphaned ? "error" : "dim-label");
      gtk_box_append (GTK_BOX (vbox), label);
    }

  gtk_widget_set_hexpand (vbox, TRUE);
  gtk_box_append (GTK_BOX (hbox), vbox);
  gtk_widget_set_margin_top (hbox, 4);
  gtk_widget_set_margin_bottom (hbox, 4);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), hbox);

  {
    g_autofree char *a11y = g_strdup_printf ("%s %s %s", item->orphaned ? _("Orphaned note") : _("Note"),
                                             quote, dossier_note_get_text (note) ? dossier_note_get_text (note) : "");
    gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL, a11y, -1);
  }
  g_object_set_data_full (G_OBJECT (row), "note", g_object_ref (note), g_object_unref);
  g_object_set_data_full (G_OBJECT (row), "group", g_strdup (item->group), g_free);
  return row;
}

static void
update_header (GtkListBoxRow *row,
               GtkListBoxRow *before,
               gpointer       user_data)
{
  const char *group = g_object_get_data (G_OBJECT (row), "group");
  GtkWidget *header;

  if (before && g_strcmp0 (group, g_object_get_data (G_OBJECT (before), "group")) == 0)
    {
      gtk_list_box_row_set_header (row, NULL);
      return;
    }
  header = gtk_label_new (group);
  gtk_label_set_xalign (GTK_LABEL (header), 0);
  gtk_label_set_ellipsize (GTK_LABEL (header), PANGO_ELLIPSIZE_END);
  gtk_label_set_max_width_chars (GTK_LABEL (header), 30);
  gtk_widget_add_css_class (header, "heading");
  gtk_widget_add_css_class (header, "notes-group-header");
  gtk_list_box_row_set_header (row, header);
}

/**
 * dossier_notes_view_refresh:
 *
 * Lists the notes anew: after a change of the notes, the filter, the
 * search or the grouping.
 */
void
dossier_notes_view_refresh (DossierNotesView *self)
{
  g_autoptr(GPtrArray) storage = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  g_autoptr(GPtrArray) list = NULL;
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func ((GDestroyNotify) item_free);
  gboolean by_tag = gtk_toggle_button_get_active (self->by_tag_button);
  DossierNoteFilter filter = { 0 };
  GtkWidget *child;

  self->stale = FALSE;
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->list))))
    gtk_list_box_remove (self->list, child);
  self->n_notes = 0;

  if (self->notes && self->folder_key)
    {
      dossier_notes_view_fill_filter (self, &filter, storage);
      list = dossier_notes_list (self->notes, &filter, NULL);
    }

  for (guint i = 0; list && i < list->len; i++)
    {
      DossierNote *note = g_ptr_array_index (list, i);
      DossierAnchor anchor = { 0 };
      const char * const *tags = dossier_note_get_tags (note);
      g_autofree char *title = NULL;
      g_autofree char *position = NULL;
      gboolean orphaned = TRUE;

      if (self->anchorer)
        {
          dossier_anchorer_resolve (self->anchorer, note, &anchor);
          orphaned = anchor.state == DOSSIER_ANCHOR_ORPHANED;
        }
      title = g_strdup (anchor.article ? dossier_article_get_title (anchor.article) : dossier_note_get_path (note));
      if (title == NULL || *title == '\0')
        {
          g_free (title);
          title = g_strdup (dossier_note_get_path (note));
        }
      position = g_strdup_printf ("%012u", orphaned ? G_MAXUINT : anchor.start);
      dossier_anchor_clear (&anchor);
      self->n_notes++;

      if (!by_tag || tags == NULL || tags[0] == NULL)
        {
          Item *item = g_new0 (Item, 1);

          item->note = g_object_ref (note);
          item->orphaned = orphaned;
          item->group = g_strdup (by_tag ? _("No Tags") : title);
          /* By tag, untagged notes come last. */
          item->sort_key = g_strconcat (by_tag ? "\xff" : "", item->group, "\x01",
                                        dossier_note_get_path (note), "\x01", position, NULL);
          g_ptr_array_add (items, item);
          continue;
        }
      for (guint t = 0; tags[t]; t++)
        {
          Item *item = g_new0 (Item, 1);
          g_autofree char *folded = g_utf8_casefold (tags[t], -1);

          item->note = g_object_ref (note);
          item->orphaned = orphaned;
          item->group = g_strdup_printf ("#%s", tags[t]);
          item->sort_key = g_strconcat (folded, "\x01", title, "\x01", position, NULL);
          g_ptr_array_add (items, item);
        }
    }

  g_ptr_array_sort (items, compare_items);
  for (guint i = 0; i < items->len; i++)
    gtk_list_box_append (self->list, make_row (g_ptr_array_index (items, i)));

  if (self->n_notes == 0)
    {
      gboolean narrowed = list != NULL && (filter.search || filter.entities);

      adw_status_page_set_title (self->empty_page, narrowed ? _("No Matching Notes") : _("No Notes"));
      adw_status_page_set_description (self->empty_page,
                                       narrowed ? _("No note matches the search and the entity filter")
                                                : _("Select text in an article and press Ctrl+E to highlight it"));
    }
  gtk_stack_set_visible_child_name (self->stack, self->n_notes ? "list" : "empty");
}

static void
on_row_activated (DossierNotesView *self,
                  GtkListBoxRow    *row)
{
  DossierNote *note = g_object_get_data (G_OBJECT (row), "note");

  if (note)
    g_signal_emit (self, signals[NOTE_ACTIVATED], 0, note);
}

static void
disconnect (DossierNotesView *self)
{
  if (self->notes)
    g_signal_handlers_disconnect_by_data (self->notes, self);
  if (self->filter)
    g_signal_handlers_disconnect_by_data (self->filter, self);
  g_clear_object (&self->notes);
  g_clear_object (&self->filter);
  self->anchorer = NULL;
}

/* An entity click asks the notes store for the filtered notes: not while
 * the notes are out of sight (a click over 100,000 articles has one frame),
 * but when they are shown or asked for. */
static void
on_filter_changed (DossierNotesView *self)
{
  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    dossier_notes_view_refresh (self);
  else
    self->stale = TRUE;
}

static void
refresh_if_stale (DossierNotesView *self)
{
  if (self->stale)
    dossier_notes_view_refresh (self);
}

/**
 * dossier_notes_view_set_context:
 * @notes: (nullable): the notes store
 * @anchorer: (nullable): the open folder's; must outlive its use here
 * @folder_key: (nullable): whose notes to show
 * @filter: (nullable): the window's entity filter
 */
void
dossier_notes_view_set_context (DossierNotesView *self,
                                DossierNotes     *notes,
                                DossierAnchorer  *anchorer,
                                const char       *folder_key,
                                DossierFilter    *filter)
{
  disconnect (self);
  self->notes = notes ? g_object_ref (notes) : NULL;
  self->filter = filter ? g_object_ref (filter) : NULL;
  self->anchorer = anchorer;
  g_free (self->folder_key);
  self->folder_key = g_strdup (folder_key);
  if (notes)
    g_signal_connect_swapped (notes, "changed", G_CALLBACK (dossier_notes_view_refresh), self);
  if (filter)
    g_signal_connect_swapped (filter, "changed", G_CALLBACK (on_filter_changed), self);
  dossier_notes_view_refresh (self);
}

void
dossier_notes_view_set_by_tag (DossierNotesView *self,
                               gboolean          by_tag)
{
  gtk_toggle_button_set_active (self->by_tag_button, by_tag);
}

GtkListBox *
dossier_notes_view_get_list (DossierNotesView *self)
{
  refresh_if_stale (self);
  return self->list;
}

guint
dossier_notes_view_get_n_notes (DossierNotesView *self)
{
  refresh_if_stale (self);
  return self->n_notes;
}

GtkWidget *
dossier_notes_view_get_search_entry (DossierNotesView *self)
{
  return GTK_WIDGET (self->search_entry);
}

static void
dossier_notes_view_dispose (GObject *object)
{
  DossierNotesView *self = (DossierNotesView *) object;
  GtkWidget *child;

  disconnect (self);
  gtk_widget_dispose_template (GTK_WIDGET (self), DOSSIER_TYPE_NOTES_VIEW);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))))
    gtk_widget_unparent (child);
  g_clear_pointer (&self->folder_key, g_free);

  G_OBJECT_CLASS (dossier_notes_view_parent_class)->dispose (object);
}

static void
dossier_notes_view_map (GtkWidget *widget)
{
  refresh_if_stale (DOSSIER_NOTES_VIEW (widget));
  GTK_WIDGET_CLASS (dossier_notes_view_parent_class)->map (widget);
}

static void
dossier_notes_view_class_init (DossierNotesViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = dossier_notes_view_dispose;
  widget_class->map = dossier_notes_view_map;

  /**
   * DossierNotesView::note-activated:
   * @note: the note whose row was activated
   */
  signals[NOTE_ACTIVATED] =
    g_signal_new ("note-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, DOSSIER_TYPE_NOTE);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/dossier-notes-view.ui");
  gtk_widget_class_bind_template_child (widget_class, DossierNotesView, search_entry);
  gtk_widget_class_bind_template_child (widget_class, DossierNotesView, by_tag_button);
  gtk_widget_class_bind_template_child (widget_class, DossierNotesView, stack);
  gtk_widget_class_bind_template_child (widget_class, DossierNotesView, list);
  gtk_widget_class_bind_template_child (widget_class, DossierNotesView, empty_page);
  gtk_widget_class_bind_template_callback (widget_class, dossier_notes_view_refresh);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "dossiernotesview");
}

static void
dossier_notes_view_init (DossierNotesView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_list_box_set_header_func (self->list, update_header, NULL, NULL);
  g_signal_connect_swapped (self->list, "row-activated", G_CALLBACK (on_row_activated), self);
  dossier_notes_view_refresh (self);
}

GtkWidget *
dossier_notes_view_new (void)
{
  return g_object_new (DOSSIER_TYPE_NOTES_VIEW, NULL);
}
