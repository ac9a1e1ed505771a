/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "dossier-highlighter"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "dossier-highlighter.h"

/**
 * DossierHighlighter:
 *
 * Shows the notes of the reader's article as coloured highlights in its
 * buffer, and says which note is under a character. It re-applies them
 * whenever the reader refills its buffer (a new article, entities that
 * arrived) or the notes change.
 *
 * Note highlights are a full-strength background plus a solid underline
 * in the note's colour, so they read apart from the lighter entity tints;
 * their tags are created after the reader's, so they win where both apply.
 */

typedef struct
{
  int start;
  int end;
  char *id;
} Shown;

struct _DossierHighlighter
{
  GObject parent_instance;

  DossierReader *reader;   /* weak: the reader owns us through the window */
  GtkTextBuffer *buffer;
  DossierNotes *notes;
  DossierAnchorer *anchorer; /* borrowed from the window's notes controller */
  char *folder_key;
  GtkTextTag *tags[DOSSIER_N_HIGHLIGHT_COLORS];
  GArray *shown;           /* Shown, by start */
  guint idle_id;
  gboolean applying;
};

G_DEFINE_FINAL_TYPE (DossierHighlighter, dossier_highlighter, G_TYPE_OBJECT)

const char * const dossier_highlight_colors[] = { "yellow", "green", "blue", "red", "purple", NULL };

/* GNOME palette hues; the dark set a little stronger, as same-alpha tints
 * look muddy over a dark background. Alphas keep text readable in both. */
static const char *light_css[DOSSIER_N_HIGHLIGHT_COLORS] = {
  "rgba(246,211,45,0.55)", "rgba(87,227,137,0.50)", "rgba(98,160,234,0.45)",
  "rgba(246,97,81,0.40)", "rgba(192,97,203,0.40)",
};
static const char *dark_css[DOSSIER_N_HIGHLIGHT_COLORS] = {
  "rgba(229,165,10,0.55)", "rgba(38,162,105,0.60)", "rgba(28,113,216,0.60)",
  "rgba(192,28,40,0.55)", "rgba(129,61,156,0.65)",
};
/* The underline that tells a note from an entity tint of a like hue:
 * the hue's darkest shade in light mode, its lightest in dark mode. */
static const char *light_line[DOSSIER_N_HIGHLIGHT_COLORS] = {
  "#986a44", "#26a269", "#1a5fb4", "#a51d2d", "#613583",
};
static const char *dark_line[DOSSIER_N_HIGHLIGHT_COLORS] = {
  "#f9f06b", "#8ff0a4", "#99c1f1", "#f66151", "#dc8add",
};

static guint
color_index (const char *color)
{
  for (guint i = 0; i < DOSSIER_N_HIGHLIGHT_COLORS; i++)
    if (g_strcmp0 (color, dossier_highlight_colors[i]) == 0)
      return i;
  return 0;
}

/**
 * dossier_highlight_color_label:
 *
 * Returns: the colour's name for people (translated)
 */
const char *
dossier_highlight_color_label (const char *color)
{
  static const char *labels[DOSSIER_N_HIGHLIGHT_COLORS] = {
    N_("Yellow"), N_("Green"), N_("Blue"), N_("Red"), N_("Purple"),
  };
  return _(labels[color_index (color)]);
}

const char *
dossier_highlight_color_css (const char *color,
                             gboolean    dark)
{
  return (dark ? dark_css : light_css)[color_index (color)];
}

static void
update_colours (DossierHighlighter *self)
{
  gboolean dark = adw_style_manager_get_dark (adw_style_manager_get_default ());

  for (guint i = 0; i < DOSSIER_N_HIGHLIGHT_COLORS; i++)
    {
      GdkRGBA rgba;

      gdk_rgba_parse (&rgba, (dark ? dark_line : light_line)[i]);
      g_object_set (self->tags[i],
                    "background", (dark ? dark_css : light_css)[i],
                    "underline-rgba", &rgba,
                    NULL);
    }
}

static void
clear_shown (DossierHighlighter *self)
{
  for (guint i = 0; i < self->shown->len; i++)
    g_free (g_array_index (self->shown, Shown, i).id);
  g_array_set_size (self->shown, 0);
}

static int
compare_shown (gconstpointer a,
               gconstpointer b)
{
  const Shown *x = a, *y = b;

  return x->start < y->start ? -1 : x->start > y->start;
}

/**
 * dossier_highlighter_refresh:
 *
 * Highlights the notes of the reader's article anew.
 */
void
dossier_highlighter_refresh (DossierHighlighter *self)
{
  DossierArticle *article;
  GtkTextIter start, end;
  g_autoptr(GPtrArray) list = NULL;
  DossierNoteFilter filter = { 0 };

  g_clear_handle_id (&self->idle_id, g_source_remove);
  if (self->reader == NULL)
    return;

  self->applying = TRUE;
  gtk_text_buffer_get_bounds (self->buffer, &start, &end);
  for (guint i = 0; i < DOSSIER_N_HIGHLIGHT_COLORS; i++)
    gtk_text_buffer_remove_tag (self->buffer, self->tags[i], &start, &end);
  clear_shown (self);

  article = dossier_reader_get_article (self->reader);
  if (article == NULL || self->notes == NULL || self->anchorer == NULL)
    {
      self->applying = FALSE;
      return;
    }

  /* Notes are found by path first; a moved file is found by hash when
   * the anchorer resolves them, so list the folder's notes and keep those
   * that resolve to this article. */
  filter.folder = self->folder_key;
  list = dossier_notes_list (self->notes, &filter, NULL);
  for (guint i = 0; list && i < list->len; i++)
    {
      DossierNote *note = g_ptr_array_index (list, i);
      DossierAnchor anchor = { 0 };
      Shown shown = { 0 };

      dossier_anchorer_resolve (self->anchorer, note, &anchor);
      if (anchor.state != DOSSIER_ANCHOR_ORPHANED && anchor.article == article && anchor.in_text &&
          dossier_reader_text_range_to_buffer (self->reader, anchor.text_start, anchor.text_end,
                                               &shown.start, &shown.end))
        {
          gtk_text_buffer_get_iter_at_offset (self->buffer, &start, shown.start);
          gtk_text_buffer_get_iter_at_offset (self->buffer, &end, shown.end);
          gtk_text_buffer_apply_tag (self->buffer, self->tags[color_index (dossier_note_get_color (note))],
                                     &start, &end);
          shown.id = g_strdup (dossier_note_get_id (note));
          g_array_append_val (self->shown, shown);
        }
      dossier_anchor_clear (&anchor);
    }
  g_array_sort (self->shown, compare_shown);
  self->applying = FALSE;
}

static gboolean
refresh_idle (gpointer data)
{
  DossierHighlighter *self = data;

  self->idle_id = 0;
  dossier_highlighter_refresh (self);
  return G_SOURCE_REMOVE;
}

/* The reader refills its buffer wholesale; one refresh after the burst. */
static void
queue_refresh (DossierHighlighter *self)
{
  if (self->applying || self->idle_id != 0)
    return;
  self->idle_id = g_idle_add_full (G_PRIORITY_HIGH_IDLE, refresh_idle, self, NULL);
}

static void
on_buffer_changed (DossierHighlighter *self)
{
  /* Offsets are stale until the refresh: no note under any character. */
  clear_shown (self);
  queue_refresh (self);
}

/**
 * dossier_highlighter_get_note_at:
 *
 * Returns: (nullable): the id of the note highlighted at @char_offset;
 *   the innermost (latest starting) when highlights overlap
 */
const char *
dossier_highlighter_get_note_at (DossierHighlighter *self,
                                 int                 char_offset)
{
  const char *found = NULL;

  for (guint i = 0; i < self->shown->len; i++)
    {
      const Shown *s = &g_array_index (self->shown, Shown, i);

      if (s->start > char_offset)
        break;
      if (char_offset < s->end)
        found = s->id;
    }
  return found;
}

gboolean
dossier_highlighter_get_note_range (DossierHighlighter *self,
                                    const char         *id,
                                    int                *start,
                                    int                *end)
{
  for (guint i = 0; i < self->shown->len; i++)
    {
      const Shown *s = &g_array_index (self->shown, Shown, i);

      if (g_strcmp0 (s->id, id) == 0)
        {
          *start = s->start;
          *end = s->end;
          return TRUE;
        }
    }
  return FALSE;
}

guint
dossier_highlighter_get_n_shown (DossierHighlighter *self)
{
  return self->shown->len;
}

/**
 * dossier_highlighter_set_store:
 * @notes: (nullable): where notes live
 * @anchorer: (nullable): the open folder's anchorer; must outlive its use here
 * @folder_key: (nullable): dossier_notes_folder_key() of the open folder
 */
void
dossier_highlighter_set_store (DossierHighlighter *self,
                               DossierNotes       *notes,
                               DossierAnchorer    *anchorer,
                               const char         *folder_key)
{
  if (self->notes != notes)
    {
      if (self->notes)
        g_signal_handlers_disconnect_by_data (self->notes, self);
      g_set_object (&self->notes, notes);
      if (notes)
        g_signal_connect_swapped (notes, "changed", G_CALLBACK (queue_refresh), self);
    }
  self->anchorer = anchorer;
  g_free (self->folder_key);
  self->folder_key = g_strdup (folder_key);
  dossier_highlighter_refresh (self);
}

static void
dossier_highlighter_dispose (GObject *object)
{
  DossierHighlighter *self = (DossierHighlighter *) object;

  g_clear_handle_id (&self->idle_id, g_source_remove);
  if (self->notes)
    g_signal_handlers_disconnect_by_data (self->notes, self);
  g_clear_object (&self->notes);
  if (self->buffer)
    g_signal_handlers_disconnect_by_data (self->buffer, self);
  g_signal_handlers_disconnect_by_data (adw_style_manager_get_default (), self);
  g_clear_object (&self->buffer);
  if (self->reader)
    g_object_remove_weak_pointer (G_OBJECT (self->reader), (gpointer *) &self->reader);
  self->reader = NULL;
  self->anchorer = NULL;

  G_OBJECT_CLASS (dossier_highlighter_parent_class)->dispose (object);
}

static void
dossier_highlighter_finalize (GObject *object)
{
  DossierHighlighter *self = (DossierHighlighter *) object;

  clear_shown (self);
  g_array_unref (self->shown);
  g_free (self->folder_key);

  G_OBJECT_CLASS (dossier_highlighter_parent_class)->finalize (object);
}

static void
dossier_highlighter_class_init (DossierHighlighterClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = dossier_highlighter_dispose;
  object_class->finalize = dossier_highlighter_finalize;
}

static void
dossier_highlighter_init (DossierHighlighter *self)
{
  self->shown = g_array_new (FALSE, FALSE, sizeof (Shown));
}

DossierHighlighter *
dossier_highlighter_new (DossierReader *reader)
{
  DossierHighlighter *self = g_object_new (DOSSIER_TYPE_HIGHLIGHTER, NULL);

  self->reader = reader;
  g_object_add_weak_pointer (G_OBJECT (reader), (gpointer *) &self->reader);
  self->buffer = g_object_ref (gtk_text_view_get_buffer (dossier_reader_get_text_view (reader)));
  for (guint i = 0; i < DOSSIER_N_HIGHLIGHT_COLORS; i++)
    {
      g_autofree char *name = g_strconcat ("note-", dossier_highlight_colors[i], NULL);

      self->tags[i] = gtk_text_buffer_create_tag (self->buffer, name,
                                                  "underline", PANGO_UNDERLINE_SINGLE,
                                                  NULL);
    }
  update_colours (self);
  g_signal_connect_object (adw_style_manager_get_default (), "notify::dark",
                           G_CALLBACK (update_colours), self, G_CONNECT_SWAPPED);
  g_signal_connect_swapped (self->buffer, "changed", G_CALLBACK (on_buffer_changed), self);
  return self;
}
