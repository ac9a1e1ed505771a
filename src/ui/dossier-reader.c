/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "dossier-reader"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>
#include <string.h>

#include "dossier-article-row.h"
#include "dossier-entity-row.h"
#include "dossier-reader.h"

/**
 * DossierReader:
 *
 * Shows one article: its title, outlet · date · byline · place, then the
 * clean body in a column of readable width. Entity mentions are tagged by
 * kind; mentions of the entities in the filter are emphasised and can be
 * stepped through. Clicking a mention emits #DossierReader::entity-activated.
 *
 * The buffer holds the title (from the analysed text when the parser found
 * it there, so that mentions in it are highlighted too), a line of
 * metadata, the dateline ("PARIS (AP) — ") run into the body, and after the
 * body, in a smaller dim face, the rest of the analysed text: captions and
 * the standfirst, which the extractor reads for names as it reads the body.
 *
 * The analysed text lays these out as title, dateline, captions, body; the
 * buffer shows them in reading order instead, with text of its own
 * between them (the metadata, the dash, a heading). A table of pieces says
 * where each slice of the analysed text sits in the buffer: mention and
 * note offsets (bytes into dossier_article_get_text()) become character
 * offsets through it, once, as the article is shown, and selections map
 * back through it.
 */

typedef struct
{
  int start;       /* characters in the buffer */
  int end;
  guint32 entity;
  guint32 label;
  gsize text_start; /* bytes in dossier_article_get_text() */
} Span;

/* A slice of the analysed text shown in the buffer. */
typedef struct
{
  gsize text_start; /* bytes in dossier_article_get_text() */
  gsize text_end;
  int char_start;   /* characters in the buffer */
  int n_chars;
  gboolean joins_next; /* the dateline, which runs into the body */
} Piece;

struct _DossierReader
{
  GtkWidget parent_instance;

  DossierArticle *article;
  DossierFilter *filter;
  gulong filter_changed_id;
  GListModel *entities;
  gulong entities_changed_id;
  GArray *spans;          /* Span, by start */
  GArray *emphasised;     /* guint indices into spans */
  int current;            /* index into emphasised, -1 for none */
  double press_x;
  double press_y;
  /* Where the analysed text shows in the buffer, in buffer order: the
   * title when it comes from the text, the dateline, the body, the
   * captions. */
  GArray *pieces;

  GtkTextTag *title_tag;
  GtkTextTag *meta_tag;
  GtkTextTag *dateline_tag;
  GtkTextTag *extra_heading_tag;
  GtkTextTag *extra_tag;
  GtkTextTag *label_tags[DOSSIER_N_LABELS];
  GtkTextTag *emphasis_tag;

  /* Full-text search: its matches get a tag of their own, apart from the
   * entity tags (dossier_reader_set_search()). */
  DossierQuery *query;
  char *query_text;
  GtkTextTag *search_tag;

  GtkStack *stack;
  GtkTextView *text_view;
  GtkRevealer *mention_bar;
  GtkLabel *mention_label;
  GtkRevealer *warning_bar;  /* what the reader had to do to read the file */
  GtkLabel *warning_label;
};

G_DEFINE_FINAL_TYPE (DossierReader, dossier_reader, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_ARTICLE,
  N_PROPS
};

enum {
  ENTITY_ACTIVATED,
  CLICKED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

/* Backgrounds translucent enough for the text colour of either style to
 * stay readable; the dark set is lighter and more saturated, since the
 * same alpha over a dark background looks muddy. GNOME palette hues. */
static const char *light_colours[DOSSIER_N_LABELS] = {
  "rgba(53,132,228,0.28)",   /* person: blue 3 */
  "rgba(245,194,17,0.45)",   /* org: yellow 4 */
  "rgba(46,194,126,0.35)",   /* place: green 4 */
  "rgba(145,65,172,0.25)",   /* other: purple 3 */
};
static const char *dark_colours[DOSSIER_N_LABELS] = {
  "rgba(98,160,234,0.40)",
  "rgba(248,228,92,0.32)",
  "rgba(87,227,137,0.30)",
  "rgba(192,97,203,0.40)",
};

static void
update_colours (DossierReader *self)
{
  gboolean dark = adw_style_manager_get_dark (adw_style_manager_get_default ());
  const char **colours = dark ? dark_colours : light_colours;

  for (guint i = 0; i < DOSSIER_N_LABELS; i++)
    g_object_set (self->label_tags[i], "background", colours[i], NULL);
  /* Orange and bold: the find-in-page yellow is taken by organisations,
   * and a match inside an entity must still stand out. */
  g_object_set (self->search_tag,
                "background", dark ? "rgba(255,120,0,0.60)" : "rgba(255,120,0,0.50)",
                "weight", PANGO_WEIGHT_BOLD,
                NULL);
  g_object_set (self->emphasis_tag,
                "underline-rgba", &(GdkRGBA) { dark ? 0.47 : 0.11, dark ? 0.68 : 0.44, dark ? 0.92 : 0.85, 1.0 },
                NULL);
  g_object_set (self->meta_tag,
                "foreground-rgba", &(GdkRGBA) { dark, dark, dark, 0.6 },
                NULL);
  g_object_set (self->extra_tag,
                "foreground-rgba", &(GdkRGBA) { dark, dark, dark, 0.7 },
                NULL);
  g_object_set (self->extra_heading_tag,
                "foreground-rgba", &(GdkRGBA) { dark, dark, dark, 0.6 },
                NULL);
}

static void
update_mention_bar (DossierReader *self)
{
  guint n = self->emphasised->len;
  g_autofree char *text = NULL;
  guint n_filter = 0;

  if (self->filter)
    dossier_filter_get_entities (self->filter, &n_filter);

  gtk_revealer_set_reveal_child (self->mention_bar, self->article != NULL && n_filter > 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "reader.next-mention", n > 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "reader.previous-mention", n > 0);

  if (n == 0)
    text = g_strdup (_("No mentions of the filter in this article"));
  else if (self->current < 0)
    text = g_strdup_printf (ngettext ("%u mention of the filter", "%u mentions of the filter", n), n);
  else
    /* TRANSLATORS: "Mention 2 of 7" */
    text = g_strdup_printf (_("Mention %d of %u"), self->current + 1, n);
  gtk_label_set_label (self->mention_label, text);
}

static void
apply_emphasis (DossierReader *self)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->text_view);
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  gtk_text_buffer_remove_tag (buffer, self->emphasis_tag, &start, &end);
  g_array_set_size (self->emphasised, 0);
  self->current = -1;

  if (self->filter)
    for (guint i = 0; i < self->spans->len; i++)
      {
        const Span *span = &g_array_index (self->spans, Span, i);

        if (span->entity == DOSSIER_NO_ENTITY || !dossier_filter_has_entity (self->filter, span->entity))
          continue;
        gtk_text_buffer_get_iter_at_offset (buffer, &start, span->start);
        gtk_text_buffer_get_iter_at_offset (buffer, &end, span->end);
        gtk_text_buffer_apply_tag (buffer, self->emphasis_tag, &start, &end);
        g_array_append_val (self->emphasised, i);
      }
  update_mention_bar (self);
}

/* Inserts text[from, to) at @iter with @tag and remembers where it went. */
static void
insert_piece (DossierReader *self,
              GtkTextIter   *iter,
              const char    *text,
              gsize          from,
              gsize          to,
              GtkTextTag    *tag)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->text_view);
  Piece piece = { from, to, gtk_text_iter_get_offset (iter), 0, FALSE };

  piece.n_chars = (int) g_utf8_strlen (text + from, to - from);
  if (tag)
    gtk_text_buffer_insert_with_tags (buffer, iter, text + from, to - from, tag, NULL);
  else
    gtk_text_buffer_insert (buffer, iter, text + from, to - from);
  g_array_append_val (self->pieces, piece);
}

/* The sections of the analysed text between the title and the body that
 * are not the dateline: captions and the standfirst, in text order. The
 * readers separate sections with a blank line. */
static GArray *
find_extra_sections (const char *text,
                     gsize       from,
                     gsize       to,
                     gsize       dateline_start,
                     gsize       dateline_end)
{
  GArray *sections = g_array_new (FALSE, FALSE, sizeof (gsize));
  gsize p = from;

  while (p < to)
    {
      const char *blank;
      gsize start, end;

      while (p < to && (text[p] == '\n' || text[p] == ' '))
        p++;
      if (p >= to)
        break;
      start = p;
      blank = g_strstr_len (text + p, to - p, "\n\n");
      end = blank ? (gsize) (blank - text) : to;
      p = end;
      while (end > start && (text[end - 1] == ' ' || text[end - 1] == '\n'))
        end--;
      if (end <= start || (start < dateline_end && end > dateline_start))
        continue;
      g_array_append_val (sections, start);
      g_array_append_val (sections, end);
    }
  return sections;
}

static gboolean
ends_with_dash (const char *s,
                gsize       len)
{
  return (len >= 3 && (memcmp (s + len - 3, "—", 3) == 0 || memcmp (s + len - 3, "–", 3) == 0)) ||
         (len >= 1 && s[len - 1] == '-');
}

static int
compare_spans (gconstpointer a,
               gconstpointer b)
{
  const Span *x = a, *y = b;

  return (x->start > y->start) - (x->start < y->start);
}

static void
fill_buffer (DossierReader *self)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->text_view);
  DossierArticle *article = self->article;
  const char *text;
  gsize text_len, body_offset, title_start, title_end, dateline_start, dateline_end;
  gboolean title_in_text, has_dateline;
  g_autofree char *meta = NULL;
  g_autoptr(GArray) extra = NULL;
  g_autofree const char **walk = NULL;
  g_autofree int *walk_char = NULL;
  const DossierMention *mentions;
  guint n_mentions;
  GtkTextIter iter;

  g_array_set_size (self->spans, 0);
  g_array_set_size (self->pieces, 0);
  gtk_text_buffer_set_text (buffer, "", 0);
  if (article == NULL)
    return;

  text = dossier_article_get_text (article);
  text_len = strlen (text);
  body_offset = MIN (dossier_article_get_body_offset (article), text_len);
  dossier_article_get_title_range (article, &title_start, &title_end);
  title_in_text = title_start < title_end && title_end <= body_offset;
  dossier_article_get_dateline_range (article, &dateline_start, &dateline_end);
  has_dateline = dateline_start < dateline_end && dateline_end <= body_offset &&
                 (!title_in_text || dateline_start >= title_end);
  if (!has_dateline)
    dateline_start = dateline_end = 0;

  gtk_text_buffer_get_start_iter (buffer, &iter);
  if (title_in_text)
    insert_piece (self, &iter, text, title_start, title_end, self->title_tag);
  else
    gtk_text_buffer_insert_with_tags (buffer, &iter, dossier_article_get_title (article), -1,
                                      self->title_tag, NULL);
  gtk_text_buffer_insert (buffer, &iter, "\n", 1);

  /* The place is in the dateline when that is shown. */
  meta = dossier_format_article_meta_full (article, TRUE, !has_dateline);
  if (*meta)
    {
      gtk_text_buffer_insert_with_tags (buffer, &iter, meta, -1, self->meta_tag, NULL);
      gtk_text_buffer_insert (buffer, &iter, "\n", 1);
    }

  /* The dateline runs into the first paragraph, as printed. The readers
   * keep the dash out of it, or not: one dash either way. */
  if (has_dateline)
    {
      gsize end = dateline_end;
      const char *dash = "";

      insert_piece (self, &iter, text, dateline_start, dateline_end, self->dateline_tag);
      g_array_index (self->pieces, Piece, self->pieces->len - 1).joins_next = TRUE;
      while (end > dateline_start && text[end - 1] == ' ')
        end--;
      if (!ends_with_dash (text + dateline_start, end - dateline_start))
        dash = " —";
      gtk_text_buffer_insert_with_tags (buffer, &iter, dash, -1, self->dateline_tag, NULL);
      gtk_text_buffer_insert (buffer, &iter, " ", 1);
    }
  insert_piece (self, &iter, text, body_offset, text_len, NULL);

  /* Captions and the like, after the story: read for names like the
   * body, so they are shown with their mentions, but apart from it. */
  extra = find_extra_sections (text, title_in_text ? title_end : 0, body_offset, dateline_start, dateline_end);
  if (extra->len > 0)
    {
      gtk_text_buffer_insert (buffer, &iter, "\n", 1);
      /* TRANSLATORS: heading of the captions and other text of a page
       * shown after the article's body */
      gtk_text_buffer_insert_with_tags (buffer, &iter, _("Also on the Page"), -1, self->extra_heading_tag, NULL);
      for (guint i = 0; i + 1 < extra->len; i += 2)
        {
          gtk_text_buffer_insert (buffer, &iter, "\n", 1);
          insert_piece (self, &iter, text, g_array_index (extra, gsize, i), g_array_index (extra, gsize, i + 1),
                        self->extra_tag);
        }
    }

  /* Mentions, in text order: each piece is walked once, converting bytes
   * to characters as we go. */
  walk = g_new0 (const char *, self->pieces->len);
  walk_char = g_new0 (int, self->pieces->len);
  for (guint k = 0; k < self->pieces->len; k++)
    {
      const Piece *piece = &g_array_index (self->pieces, Piece, k);

      walk[k] = text + piece->text_start;
      walk_char[k] = piece->char_start;
    }
  mentions = dossier_article_get_mentions (article, &n_mentions);
  for (guint i = 0; i < n_mentions; i++)
    {
      const DossierMention *m = &mentions[i];
      Span span = { 0 };
      guint k;

      if (m->end > text_len || m->start >= m->end)
        continue;
      for (k = 0; k < self->pieces->len; k++)
        {
          const Piece *piece = &g_array_index (self->pieces, Piece, k);

          if (m->start >= piece->text_start && m->end <= piece->text_end && text + m->start >= walk[k])
            break;
        }
      if (k == self->pieces->len)
        continue;
      walk_char[k] += g_utf8_pointer_to_offset (walk[k], text + m->start);
      walk[k] = text + m->start;
      span.start = walk_char[k];
      span.end = walk_char[k] + g_utf8_pointer_to_offset (walk[k], text + m->end);
      span.entity = m->entity;
      span.label = MIN (m->label, DOSSIER_N_LABELS - 1);
      span.text_start = m->start;
      g_array_append_val (self->spans, span);
    }
  /* Captions come before the body in the text, after it here. */
  g_array_sort (self->spans, compare_spans);

  for (guint i = 0; i < self->spans->len; i++)
    {
      const Span *span = &g_array_index (self->spans, Span, i);
      GtkTextIter start, end;

      gtk_text_buffer_get_iter_at_offset (buffer, &start, span->start);
      gtk_text_buffer_get_iter_at_offset (buffer, &end, span->end);
      gtk_text_buffer_apply_tag (buffer, self->label_tags[span->label], &start, &end);
    }

  gtk_text_buffer_get_start_iter (buffer, &iter);
  gtk_text_buffer_place_cursor (buffer, &iter);
}

static void
tag_matches (DossierReader *self,
             const char    *text,
             gsize          from,
             gsize          to,
             int            at_char)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->text_view);
  g_autoptr(GArray) ranges = dossier_query_find (self->query, text + from, to - from);
  const char *walk = text + from;
  int walk_char = at_char;

  /* Ranges come in text order: one walk converts bytes to characters. */
  for (guint i = 0; i + 1 < ranges->len; i += 2)
    {
      const char *s = text + from + g_array_index (ranges, gsize, i);
      const char *e = text + from + g_array_index (ranges, gsize, i + 1);
      GtkTextIter start, end;

      walk_char += g_utf8_pointer_to_offset (walk, s);
      walk = s;
      gtk_text_buffer_get_iter_at_offset (buffer, &start, walk_char);
      gtk_text_buffer_get_iter_at_offset (buffer, &end, walk_char + g_utf8_pointer_to_offset (s, e));
      gtk_text_buffer_apply_tag (buffer, self->search_tag, &start, &end);
    }
}

static void
apply_search (DossierReader *self)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->text_view);
  GtkTextIter start, end;
  const char *text;
  gsize title_start, title_end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  gtk_text_buffer_remove_tag (buffer, self->search_tag, &start, &end);
  if (self->query == NULL || self->article == NULL)
    return;

  text = dossier_article_get_text (self->article);
  dossier_article_get_title_range (self->article, &title_start, &title_end);
  /* A title that is not in the text is the buffer's first line. */
  if (self->pieces->len == 0 || g_array_index (self->pieces, Piece, 0).char_start > 0)
    {
      const char *title = dossier_article_get_title (self->article);

      tag_matches (self, title, 0, strlen (title), 0);
    }
  for (guint k = 0; k < self->pieces->len; k++)
    {
      const Piece *piece = &g_array_index (self->pieces, Piece, k);

      tag_matches (self, text, piece->text_start, piece->text_end, piece->char_start);
    }
}

/* An article opened from a search shows its first match a third of the way
 * down, with what leads to it above; a match near the top leaves the view
 * at the top (the scroll is clamped), title and all. */
static void
show_first_match (DossierReader *self)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->text_view);
  GtkTextIter iter;
  GtkTextMark *mark;

  if (self->query == NULL)
    return;
  gtk_text_buffer_get_start_iter (buffer, &iter);
  if (!gtk_text_iter_starts_tag (&iter, self->search_tag) &&
      !gtk_text_iter_forward_to_tag_toggle (&iter, self->search_tag))
    return;
  mark = gtk_text_buffer_get_mark (buffer, "search-first");
  if (mark == NULL)
    mark = gtk_text_buffer_create_mark (buffer, "search-first", &iter, TRUE);
  else
    gtk_text_buffer_move_mark (buffer, mark, &iter);
  gtk_text_view_scroll_to_mark (self->text_view, mark, 0, TRUE, 0, 0.3);
}

static void
refresh (DossierReader *self)
{
  fill_buffer (self);
  apply_emphasis (self);
  apply_search (self);
}

static int
find_span (DossierReader *self,
           int            offset)
{
  guint lo = 0, hi = self->spans->len;

  /* Spans are in buffer order: the title's, then the body's. */
  while (lo < hi)
    {
      guint mid = (lo + hi) / 2;
      const Span *span = &g_array_index (self->spans, Span, mid);

      if (offset < span->start)
        hi = mid;
      else if (offset >= span->end)
        lo = mid + 1;
      else
        return mid;
    }
  return -1;
}

/**
 * dossier_reader_get_entity_at:
 *
 * Returns: the entity mentioned at @char_offset in the buffer, or
 *   %DOSSIER_NO_ENTITY
 */
guint32
dossier_reader_get_entity_at (DossierReader *self,
                              int            char_offset)
{
  int i = find_span (self, char_offset);

  return i < 0 ? DOSSIER_NO_ENTITY : g_array_index (self->spans, Span, i).entity;
}

/**
 * dossier_reader_activate_offset:
 *
 * What a click at @char_offset does: emits
 * #DossierReader::entity-activated when a linked mention is there.
 *
 * Returns: whether there was one
 */
gboolean
dossier_reader_activate_offset (DossierReader *self,
                                int            char_offset)
{
  guint32 entity = dossier_reader_get_entity_at (self, char_offset);

  if (entity == DOSSIER_NO_ENTITY)
    return FALSE;
  g_signal_emit (self, signals[ENTITY_ACTIVATED], 0, entity);
  return TRUE;
}

/**
 * dossier_reader_text_to_buffer:
 * @text_offset: a byte offset into dossier_article_get_text() where a
 *   mention starts
 *
 * Returns: whether the mention is shown; @char_offset is where
 */
gboolean
dossier_reader_text_to_buffer (DossierReader *self,
                               gsize          text_offset,
                               int           *char_offset)
{
  for (guint i = 0; i < self->spans->len; i++)
    if (g_array_index (self->spans, Span, i).text_start == text_offset)
      {
        *char_offset = g_array_index (self->spans, Span, i).start;
        return TRUE;
      }
  return FALSE;
}

/* A legacy controller in the capture phase, because the text view's own
 * click gesture claims the sequence and would deny a gesture of ours. A
 * click that did not move (not a selection drag) on a mention activates it;
 * the text view still places the cursor as usual. */
static gboolean
on_event (GtkEventControllerLegacy *controller,
          GdkEvent                 *event,
          DossierReader            *self)
{
  GdkEventType type = gdk_event_get_event_type (event);
  GtkNative *native;
  double x, y, nx, ny, wx, wy;
  int bx, by;
  GtkTextIter iter;

  if (type != GDK_BUTTON_PRESS && type != GDK_BUTTON_RELEASE)
    return GDK_EVENT_PROPAGATE;
  if (gdk_button_event_get_button (event) != GDK_BUTTON_PRIMARY)
    return GDK_EVENT_PROPAGATE;
  if (!gdk_event_get_position (event, &x, &y))
    return GDK_EVENT_PROPAGATE;

  native = gtk_widget_get_native (GTK_WIDGET (self->text_view));
  gtk_native_get_surface_transform (native, &nx, &ny);
  if (!gtk_widget_translate_coordinates (GTK_WIDGET (native), GTK_WIDGET (self->text_view),
                                         x - nx, y - ny, &wx, &wy))
    return GDK_EVENT_PROPAGATE;

  if (type == GDK_BUTTON_PRESS)
    {
      self->press_x = wx;
      self->press_y = wy;
      return GDK_EVENT_PROPAGATE;
    }

  if (ABS (wx - self->press_x) > 4 || ABS (wy - self->press_y) > 4)
    return GDK_EVENT_PROPAGATE;
  if (gdk_event_get_modifier_state (event) & (GDK_SHIFT_MASK | GDK_CONTROL_MASK))
    return GDK_EVENT_PROPAGATE;

  gtk_text_view_window_to_buffer_coords (self->text_view, GTK_TEXT_WINDOW_WIDGET, wx, wy, &bx, &by);
  if (gtk_text_view_get_iter_at_location (self->text_view, &iter, bx, by))
    {
      gboolean handled = FALSE;

      g_signal_emit (self, signals[CLICKED], 0, gtk_text_iter_get_offset (&iter), &handled);
      if (!handled)
        dossier_reader_activate_offset (self, gtk_text_iter_get_offset (&iter));
    }
  return GDK_EVENT_PROPAGATE;
}

static void
on_motion (GtkEventControllerMotion *controller,
           double                    x,
           double                    y,
           DossierReader            *self)
{
  int bx, by;
  GtkTextIter iter;
  gboolean over = FALSE;

  gtk_text_view_window_to_buffer_coords (self->text_view, GTK_TEXT_WINDOW_WIDGET, x, y, &bx, &by);
  if (gtk_text_view_get_iter_at_location (self->text_view, &iter, bx, by))
    over = dossier_reader_get_entity_at (self, gtk_text_iter_get_offset (&iter)) != DOSSIER_NO_ENTITY;
  gtk_widget_set_cursor_from_name (GTK_WIDGET (self->text_view), over ? "pointer" : "text");
}

/**
 * dossier_reader_move_to_mention:
 * @direction: 1 for the next mention of the filter's entities, -1 for the
 *   previous one
 *
 * Selects that mention and scrolls to it, wrapping round at the ends.
 *
 * Returns: whether there was one
 */
gboolean
dossier_reader_move_to_mention (DossierReader *self,
                                int            direction)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->text_view);
  GtkTextIter sel_start, sel_end;
  guint n = self->emphasised->len;
  int pos, pick = -1;
  const Span *span;

  if (n == 0)
    return FALSE;

  gtk_text_buffer_get_selection_bounds (buffer, &sel_start, &sel_end);
  pos = gtk_text_iter_get_offset (&sel_start);

  if (direction > 0)
    {
      for (guint i = 0; i < n && pick < 0; i++)
        if (g_array_index (self->spans, Span, g_array_index (self->emphasised, guint, i)).start > pos ||
            (self->current < 0 && g_array_index (self->spans, Span, g_array_index (self->emphasised, guint, i)).start == pos))
          pick = i;
      if (pick < 0)
        pick = 0;
    }
  else
    {
      for (guint i = n; i > 0 && pick < 0; i--)
        if (g_array_index (self->spans, Span, g_array_index (self->emphasised, guint, i - 1)).start < pos)
          pick = i - 1;
      if (pick < 0)
        pick = n - 1;
    }

  self->current = pick;
  span = &g_array_index (self->spans, Span, g_array_index (self->emphasised, guint, pick));
  gtk_text_buffer_get_iter_at_offset (buffer, &sel_start, span->start);
  gtk_text_buffer_get_iter_at_offset (buffer, &sel_end, span->end);
  gtk_text_buffer_select_range (buffer, &sel_start, &sel_end);
  gtk_text_view_scroll_to_mark (self->text_view, gtk_text_buffer_get_insert (buffer), 0.1, TRUE, 0.0, 0.3);
  update_mention_bar (self);
  return TRUE;
}

static void
next_mention (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  dossier_reader_move_to_mention (DOSSIER_READER (widget), 1);
}

static void
previous_mention (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  dossier_reader_move_to_mention (DOSSIER_READER (widget), -1);
}

static void
dossier_reader_dispose (GObject *object)
{
  DossierReader *self = (DossierReader *) object;
  GtkWidget *child;

  g_signal_handlers_disconnect_by_data (adw_style_manager_get_default (), self);
  dossier_reader_set_filter (self, NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), DOSSIER_TYPE_READER);
  /* The template's top box has no id, so dispose_template leaves it. */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))))
    gtk_widget_unparent (child);
  g_clear_object (&self->article);

  G_OBJECT_CLASS (dossier_reader_parent_class)->dispose (object);
}

static void
dossier_reader_finalize (GObject *object)
{
  DossierReader *self = (DossierReader *) object;

  g_array_unref (self->spans);
  g_array_unref (self->pieces);
  g_array_unref (self->emphasised);
  g_clear_pointer (&self->query, dossier_query_free);
  g_free (self->query_text);

  G_OBJECT_CLASS (dossier_reader_parent_class)->finalize (object);
}

static void
dossier_reader_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  DossierReader *self = DOSSIER_READER (object);

  switch (prop_id)
    {
    case PROP_ARTICLE:
      g_value_set_object (value, self->article);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dossier_reader_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  DossierReader *self = DOSSIER_READER (object);

  switch (prop_id)
    {
    case PROP_ARTICLE:
      dossier_reader_set_article (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dossier_reader_class_init (DossierReaderClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = dossier_reader_dispose;
  object_class->finalize = dossier_reader_finalize;
  object_class->get_property = dossier_reader_get_property;
  object_class->set_property = dossier_reader_set_property;

  properties[PROP_ARTICLE] =
    g_param_spec_object ("article", NULL, NULL, DOSSIER_TYPE_ARTICLE,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * DossierReader::entity-activated:
   * @entity_id: the entity whose mention was clicked
   */
  signals[ENTITY_ACTIVATED] =
    g_signal_new ("entity-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_UINT);
  /**
   * DossierReader::clicked:
   * @char_offset: where in the buffer
   *
   * A click that did not select: handlers return %TRUE when they acted on
   * it (a note's highlight), and then no mention is activated.
   */
  signals[CLICKED] =
    g_signal_new ("clicked", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, g_signal_accumulator_true_handled, NULL, NULL, G_TYPE_BOOLEAN, 1, G_TYPE_INT);

  gtk_widget_class_install_action (widget_class, "reader.next-mention", NULL, next_mention);
  gtk_widget_class_install_action (widget_class, "reader.previous-mention", NULL, previous_mention);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/dossier-reader.ui");
  gtk_widget_class_bind_template_child (widget_class, DossierReader, stack);
  gtk_widget_class_bind_template_child (widget_class, DossierReader, text_view);
  gtk_widget_class_bind_template_child (widget_class, DossierReader, mention_bar);
  gtk_widget_class_bind_template_child (widget_class, DossierReader, mention_label);
  gtk_widget_class_bind_template_child (widget_class, DossierReader, warning_bar);
  gtk_widget_class_bind_template_child (widget_class, DossierReader, warning_label);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "dossierreader");
}

static void
dossier_reader_init (DossierReader *self)
{
  GtkTextBuffer *buffer;
  GtkEventController *controller;

  gtk_widget_init_template (GTK_WIDGET (self));

  self->spans = g_array_new (FALSE, FALSE, sizeof (Span));
  self->pieces = g_array_new (FALSE, FALSE, sizeof (Piece));
  self->emphasised = g_array_new (FALSE, FALSE, sizeof (guint));
  self->current = -1;

  buffer = gtk_text_view_get_buffer (self->text_view);
  self->title_tag = gtk_text_buffer_create_tag (buffer, "title",
                                                "scale", 1.6,
                                                "weight", 800,
                                                "pixels-below-lines", 10,
                                                "pixels-inside-wrap", 2,
                                                NULL);
  self->meta_tag = gtk_text_buffer_create_tag (buffer, "meta",
                                               "scale", 0.9,
                                               "pixels-below-lines", 18,
                                               NULL);
  self->dateline_tag = gtk_text_buffer_create_tag (buffer, "dateline",
                                                   "weight", PANGO_WEIGHT_BOLD,
                                                   NULL);
  /* Captions after the body: smaller and dimmer, like a caption under a
   * picture, with room above to set them off from the story. */
  self->extra_heading_tag = gtk_text_buffer_create_tag (buffer, "extra-heading",
                                                        "scale", 0.8,
                                                        "weight", PANGO_WEIGHT_BOLD,
                                                        "pixels-above-lines", 24,
                                                        "pixels-below-lines", 4,
                                                        NULL);
  self->extra_tag = gtk_text_buffer_create_tag (buffer, "caption",
                                                "scale", 0.88,
                                                "pixels-below-lines", 8,
                                                NULL);
  for (guint i = 0; i < DOSSIER_N_LABELS; i++)
    {
      g_autofree char *name = g_strconcat ("entity-", dossier_label_css_class (i), NULL);
      self->label_tags[i] = gtk_text_buffer_create_tag (buffer, name, NULL);
    }
  /* Created last, so it wins over the label tags. */
  self->emphasis_tag = gtk_text_buffer_create_tag (buffer, "entity-emphasis",
                                                   "weight", PANGO_WEIGHT_BOLD,
                                                   "underline", PANGO_UNDERLINE_SINGLE,
                                                   NULL);
  /* Last of all: a search match shows even inside an entity. */
  self->search_tag = gtk_text_buffer_create_tag (buffer, "search-match", NULL);
  update_colours (self);
  g_signal_connect_object (adw_style_manager_get_default (), "notify::dark",
                           G_CALLBACK (update_colours), self, G_CONNECT_SWAPPED);

  controller = gtk_event_controller_legacy_new ();
  gtk_event_controller_set_propagation_phase (controller, GTK_PHASE_CAPTURE);
  g_signal_connect (controller, "event", G_CALLBACK (on_event), self);
  gtk_widget_add_controller (GTK_WIDGET (self->text_view), controller);

  controller = gtk_event_controller_motion_new ();
  g_signal_connect (controller, "motion", G_CALLBACK (on_motion), self);
  gtk_widget_add_controller (GTK_WIDGET (self->text_view), controller);

  update_mention_bar (self);
}

GtkWidget *
dossier_reader_new (void)
{
  return g_object_new (DOSSIER_TYPE_READER, NULL);
}

DossierArticle *
dossier_reader_get_article (DossierReader *self)
{
  return self->article;
}

/**
 * dossier_reader_set_article:
 * @article: (nullable): what to show
 */
void
dossier_reader_set_article (DossierReader  *self,
                            DossierArticle *article)
{
  GtkAdjustment *adjustment;

  g_return_if_fail (DOSSIER_IS_READER (self));

  if (!g_set_object (&self->article, article))
    return;

  fill_buffer (self);
  apply_emphasis (self);
  apply_search (self);
  /* A file that was not plain UTF-8 says how it was read. */
  {
    const char *warning = article ? dossier_article_get_warning (article) : NULL;

    gtk_label_set_label (self->warning_label, warning ? warning : "");
    gtk_revealer_set_reveal_child (self->warning_bar, warning != NULL);
    /* A revealer that does not slide keeps its child's height while
     * hidden: the bar would leave an empty band above every article. */
    gtk_widget_set_visible (GTK_WIDGET (self->warning_bar), warning != NULL);
  }
  adjustment = gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (self->text_view));
  if (adjustment)
    gtk_adjustment_set_value (adjustment, 0);
  show_first_match (self);
  gtk_stack_set_visible_child_name (self->stack, article ? "article" : "empty");
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ARTICLE]);
}

/**
 * dossier_reader_set_filter:
 * @filter: (nullable): whose entities to emphasise
 */
void
dossier_reader_set_filter (DossierReader *self,
                           DossierFilter *filter)
{
  if (self->filter == filter)
    return;
  if (self->filter)
    {
      g_clear_signal_handler (&self->filter_changed_id, self->filter);
      g_clear_signal_handler (&self->entities_changed_id, self->entities);
      self->entities = NULL;
    }
  g_set_object (&self->filter, filter);
  if (filter)
    {
      self->filter_changed_id = g_signal_connect_swapped (filter, "changed", G_CALLBACK (apply_emphasis), self);
      /* Entities (and the mentions' links) arrive after loading, maybe
       * while an article is shown. */
      self->entities = dossier_corpus_get_entities (dossier_filter_get_corpus (filter));
      self->entities_changed_id = g_signal_connect_swapped (self->entities, "items-changed",
                                                            G_CALLBACK (refresh), self);
    }
  apply_emphasis (self);
}

GtkTextView *
dossier_reader_get_text_view (DossierReader *self)
{
  return self->text_view;
}

/**
 * dossier_reader_get_warning_label:
 *
 * Returns: (transfer none): the label that says how a file that was not
 *   plain UTF-8 was read, mapped only while it says something
 */
GtkLabel *
dossier_reader_get_warning_label (DossierReader *self)
{
  return self->warning_label;
}

/**
 * dossier_reader_dup_title:
 *
 * Returns: (nullable): the title as shown
 */
char *
dossier_reader_dup_title (DossierReader *self)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->text_view);
  GtkTextIter start, end;

  if (self->article == NULL)
    return NULL;
  gtk_text_buffer_get_start_iter (buffer, &start);
  end = start;
  gtk_text_iter_forward_to_tag_toggle (&end, self->title_tag);
  return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
}

/**
 * dossier_reader_buffer_to_text:
 * @char_offset: a character offset into the reader's buffer
 * @is_end: whether the offset ends a range; in text that is the reader's
 *   own (the metadata line, the dash after the dateline, a heading) an end
 *   snaps back to the end of the analysed text before it and a start
 *   forward to the next
 *
 * Returns: @char_offset as a byte offset into dossier_article_get_text()
 */
gsize
dossier_reader_buffer_to_text (DossierReader *self,
                               int            char_offset,
                               gboolean       is_end)
{
  const char *text;
  const Piece *before = NULL;

  if (self->article == NULL || self->pieces->len == 0)
    return 0;
  text = dossier_article_get_text (self->article);
  for (guint k = 0; k < self->pieces->len; k++)
    {
      const Piece *piece = &g_array_index (self->pieces, Piece, k);
      int end = piece->char_start + piece->n_chars;

      if (char_offset >= piece->char_start && (char_offset < end || (is_end && char_offset == end)))
        return g_utf8_offset_to_pointer (text + piece->text_start, char_offset - piece->char_start) - text;
      if (char_offset < piece->char_start)
        {
          if (is_end && before)
            return before->text_end;
          return piece->text_start;
        }
      before = piece;
    }
  return g_array_index (self->pieces, Piece, self->pieces->len - 1).text_end;
}

/**
 * dossier_reader_text_range_to_buffer:
 * @text_start: a byte offset into dossier_article_get_text()
 * @text_end: the range's end (exclusive)
 *
 * A range across pieces that are apart in the buffer (a caption and the
 * body) is cut at the end of the piece where it starts.
 *
 * Returns: whether the range shows in the buffer; @start and @end are
 *   where, in characters
 */
gboolean
dossier_reader_text_range_to_buffer (DossierReader *self,
                                     gsize          text_start,
                                     gsize          text_end,
                                     int           *start,
                                     int           *end)
{
  const char *text;
  const Piece *first = NULL;

  if (self->article == NULL || text_start >= text_end)
    return FALSE;
  text = dossier_article_get_text (self->article);
  text_end = MIN (text_end, strlen (text));
  /* The piece holding the start, else the first that begins inside the
   * range, in text order. */
  for (guint k = 0; k < self->pieces->len; k++)
    {
      const Piece *piece = &g_array_index (self->pieces, Piece, k);

      if (piece->text_start <= text_start && text_start < piece->text_end)
        {
          first = piece;
          break;
        }
      if (piece->text_start > text_start && piece->text_start < text_end &&
          (first == NULL || piece->text_start < first->text_start))
        first = piece;
    }
  if (first == NULL)
    return FALSE;
  text_start = MAX (text_start, first->text_start);
  *start = first->char_start + g_utf8_pointer_to_offset (text + first->text_start, text + text_start);
  /* Only the dateline runs on into the next piece (the body) in the
   * buffer: a range from one into the other stays whole. */
  if (first->joins_next && text_end > first->text_end)
    {
      const Piece *next = first + 1;

      *end = next->char_start + g_utf8_pointer_to_offset (text + next->text_start,
                                                          text + CLAMP (text_end, next->text_start, next->text_end));
      return *start < *end;
    }
  *end = first->char_start + g_utf8_pointer_to_offset (text + first->text_start,
                                                       text + MIN (text_end, first->text_end));
  return *start < *end;
}

/**
 * dossier_reader_set_search:
 * @query: (nullable): a full-text query whose matches to highlight
 */
void
dossier_reader_set_search (DossierReader *self,
                           const char    *query)
{
  g_return_if_fail (DOSSIER_IS_READER (self));

  if (query && *query == '\0')
    query = NULL;
  /* The same query again (the folder changed, say) leaves the reader
   * where it was scrolled to. */
  if (g_strcmp0 (query, self->query_text) == 0)
    return;
  g_free (self->query_text);
  self->query_text = g_strdup (query);
  g_clear_pointer (&self->query, dossier_query_free);
  /* A query that cannot be read highlights nothing; the entry says why. */
  if (query)
    self->query = dossier_query_parse (query, NULL);
  apply_search (self);
  show_first_match (self);
}
