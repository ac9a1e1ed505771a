/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "dossier-article-row"

#include "config.h"

#include <glib/gi18n.h>

#include "dossier-article-row.h"
#include "dossier-row-factory.h"

/**
 * DossierArticleRow:
 *
 * One line of the article sidebar: title, outlet · date, a one-line
 * snippet. Built by the list view's factory and rebound as it scrolls, so
 * it holds no state beyond the article it shows.
 *
 * The texts are GtkInscriptions, whose size does not depend on their text:
 * a filter click binds some 60 rows, and GtkLabels shaped each text once
 * for their size and again for their allocation. Only the title's height
 * depends on its text (one line, or two when it does not fit in one), which
 * the row measures itself from the title's width on one line.
 */
typedef struct
{
  int title_one_line, title_two_lines, meta_height, snippet_height;
  int min_width, nat_width;
  PangoFontDescription *title_font;
} RowSizes;

struct _DossierArticleRow
{
  GtkWidget parent_instance;

  DossierArticle *article;
  DossierSearchController *search;

  GtkInscription *title_label;
  GtkInscription *meta_label;
  GtkInscription *snippet_label;

  /* The title's width on one line, in Pango units, for these sizes; -1
   * until measured. */
  int title_width;
  const RowSizes *title_sizes;

  /* The lines' sizes, shared by the rows with the same fonts (see
   * ensure_sizes()); looked up again when the view's Pango context changes
   * (its serial) or the snippet's number of lines does. */
  const RowSizes *sizes;
  PangoContext *context;   /* the view's, see ensure_sizes(); not a reference */
  guint serial;
};

G_DEFINE_FINAL_TYPE (DossierArticleRow, dossier_article_row, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_ARTICLE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static char *
format_date (const char *iso)
{
  int y = 0, m = 0, d = 0;
  g_autoptr(GDateTime) dt = NULL;

  if (iso == NULL)
    return NULL;
  if (sscanf (iso, "%d-%d-%d", &y, &m, &d) == 3 && g_date_valid_dmy (d, m, y))
    dt = g_date_time_new_utc (y, m, d, 0, 0, 0);
  if (dt == NULL)
    return g_strdup (iso);
  /* TRANSLATORS: a publication date, see g_date_time_format() */
  return g_date_time_format (dt, _("%-d %B %Y"));
}

/**
 * dossier_format_article_meta:
 * @with_details: add the byline and place (for the reader)
 *
 * Returns: "Outlet · 7 May 2015", with a page date said as such: a date
 *   printed in the page's masthead is the day the page was saved, not the
 *   day the story ran; the file's path when nothing is known
 */
char *
dossier_format_article_meta (DossierArticle *article,
                             gboolean        with_details)
{
  return dossier_format_article_meta_full (article, with_details, with_details);
}

/**
 * dossier_format_article_meta_full:
 * @with_byline: add the byline
 * @with_place: add the place (the reader leaves it out when it shows the
 *   dateline, which names it)
 *
 * Like dossier_format_article_meta().
 */
char *
dossier_format_article_meta_full (DossierArticle *article,
                                  gboolean        with_byline,
                                  gboolean        with_place)
{
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);
  const char *outlet = dossier_article_get_outlet (article);
  const char *date = dossier_article_get_date (article);
  const char *page_date = dossier_article_get_page_date (article);

  if (outlet && *outlet)
    g_ptr_array_add (parts, g_strdup (outlet));
  if (date)
    g_ptr_array_add (parts, format_date (date));
  else if (page_date)
    {
      g_autofree char *formatted = format_date (page_date);
      /* TRANSLATORS: %s is a date shown on a saved web page, not the day the story ran */
      g_ptr_array_add (parts, g_strdup_printf (_("page date %s"), formatted));
    }

  {
    const char *byline = dossier_article_get_byline (article);
    const char *place = dossier_article_get_place (article);

    if (with_byline && byline && *byline)
      g_ptr_array_add (parts, g_strdup (byline));
    if (with_place && place && *place)
      g_ptr_array_add (parts, g_strdup (place));
  }

  /* Nothing known: the file's place in the folder says something at least
   * ("business/001.txt"). */
  if (parts->len == 0)
    g_ptr_array_add (parts, g_strdup (dossier_article_get_path (article)));

  g_ptr_array_add (parts, NULL);
  return g_strjoinv (" · ", (char **) parts->pdata);
}

/* With a full-text search, the line around the match with the match in
 * bold; otherwise the article's opening. */
static void
update_snippet (DossierArticleRow *self)
{
  g_autofree char *markup = NULL;
  g_autofree char *snippet = NULL;

  if (self->article && self->search)
    markup = dossier_search_controller_dup_snippet_markup (self->search, self->article);
  /* Two lines for a match: on one, the match is often ellipsized away. */
  if (gtk_inscription_get_min_lines (self->snippet_label) != (markup ? 2u : 1u))
    {
      gtk_inscription_set_min_lines (self->snippet_label, markup ? 2 : 1);
      self->sizes = NULL;
    }
  if (markup)
    {
      gtk_inscription_set_markup (self->snippet_label, markup);
      return;
    }
  if (self->article)
    snippet = dossier_article_dup_snippet (self->article, 120);
  /* Plain text: an article's own "<" or "&" is never markup. The
   * inscription keeps the attributes of its last markup with a new text. */
  gtk_inscription_set_attributes (self->snippet_label, NULL);
  gtk_inscription_set_text (self->snippet_label, snippet ? snippet : "");
}

/* The title's width on one line: one shaping per title, where a wrapping
 * GtkLabel shaped it at every width it was measured for. In the view's
 * context with the title's font (see ensure_sizes()). */
static int
get_title_width (DossierArticleRow *self)
{
  const char *title = gtk_inscription_get_text (self->title_label);
  g_autoptr(PangoLayout) layout = NULL;

  if (self->title_width >= 0 && self->title_sizes == self->sizes)
    return self->title_width;
  self->title_sizes = self->sizes;
  if (title == NULL || *title == '\0')
    return self->title_width = 0;
  layout = pango_layout_new (dossier_row_get_list_context (GTK_WIDGET (self)));
  pango_layout_set_font_description (layout, self->sizes->title_font);
  pango_layout_set_text (layout, title, -1);
  pango_layout_get_size (layout, &self->title_width, NULL);
  return self->title_width;
}

/* The row's layout, as the GtkBox it replaces had it. */
#define MARGIN_Y 8
#define MARGIN_X 6
#define SPACING 3

/* What a line's size depends on: its Pango context (font, options,
 * resolution, language) and its CSS box. */
static void
append_size_key (GString   *key,
                 GtkWidget *line)
{
  PangoContext *context = gtk_widget_get_pango_context (line);
  const cairo_font_options_t *options = pango_cairo_context_get_font_options (context);
  g_autofree char *font = pango_font_description_to_string (pango_context_get_font_description (context));
  GtkStyleContext *style = gtk_widget_get_style_context (line);
  GtkBorder padding, border, margin;

  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  gtk_style_context_get_padding (style, &padding);
  gtk_style_context_get_border (style, &border);
  gtk_style_context_get_margin (style, &margin);
  G_GNUC_END_IGNORE_DEPRECATIONS
  g_string_append_printf (key, "%s|%lu|%g|%p|%s|%d %d %d %d|%d %d %d %d|%d %d %d %d;",
                          font, options ? cairo_font_options_hash (options) : 0,
                          pango_cairo_context_get_resolution (context),
                          (void *) pango_context_get_font_map (context),
                          pango_language_to_string (pango_context_get_language (context)),
                          padding.left, padding.right, padding.top, padding.bottom,
                          border.left, border.right, border.top, border.bottom,
                          margin.left, margin.right, margin.top, margin.bottom);
}

static void
free_sizes (gpointer data)
{
  RowSizes *sizes = data;

  pango_font_description_free (sizes->title_font);
  g_free (sizes);
}

/* The lines' sizes depend on their fonts, not on their texts. The grid view
 * binds rows to other articles at each filter click, and each measure of an
 * inscription asks Pango for its font's metrics, which cost more than the
 * rest of the row: the sizes are measured once for each set of fonts and
 * shared.
 *
 * The lines' fonts are the list's with their style classes: they change
 * when the list's does (the font settings, the theme, the text scale),
 * which bumps the serial of the list's Pango context. A line's own context
 * is only asked for then: GTK makes a widget's context anew each time it
 * enters a window (a row taken from the pool, see dossier-row-factory.c),
 * and three of them per row were a fifth of a click's layout. */
static void
ensure_sizes (DossierArticleRow *self)
{
  static GHashTable *cache;
  GtkWidget *lines[] = { GTK_WIDGET (self->title_label), GTK_WIDGET (self->meta_label),
                         GTK_WIDGET (self->snippet_label) };
  PangoContext *context = dossier_row_get_list_context (GTK_WIDGET (self));
  guint serial = pango_context_get_serial (context);
  g_autoptr(GString) key = NULL;
  RowSizes *sizes;

  if (self->sizes != NULL && context == self->context && serial == self->serial)
    return;
  self->context = context;
  self->serial = serial;

  key = g_string_new (NULL);
  for (guint i = 0; i < G_N_ELEMENTS (lines); i++)
    append_size_key (key, lines[i]);
  g_string_append_printf (key, "%u", gtk_inscription_get_min_lines (self->snippet_label));
  if (cache == NULL)
    cache = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, free_sizes);
  sizes = g_hash_table_lookup (cache, key->str);
  if (sizes == NULL)
    {
      sizes = g_new0 (RowSizes, 1);
      sizes->title_font = pango_font_description_copy (
          pango_context_get_font_description (gtk_widget_get_pango_context (lines[0])));
      gtk_widget_measure (lines[0], GTK_ORIENTATION_VERTICAL, -1,
                          &sizes->title_one_line, &sizes->title_two_lines, NULL, NULL);
      gtk_widget_measure (lines[1], GTK_ORIENTATION_VERTICAL, -1, &sizes->meta_height, NULL, NULL, NULL);
      gtk_widget_measure (lines[2], GTK_ORIENTATION_VERTICAL, -1, &sizes->snippet_height, NULL, NULL, NULL);
      for (guint i = 0; i < G_N_ELEMENTS (lines); i++)
        {
          int min, nat;

          gtk_widget_measure (lines[i], GTK_ORIENTATION_HORIZONTAL, -1, &min, &nat, NULL, NULL);
          sizes->min_width = MAX (sizes->min_width, min);
          sizes->nat_width = MAX (sizes->nat_width, nat);
        }
      g_hash_table_insert (cache, g_strdup (key->str), sizes);
    }
  self->sizes = sizes;
}

/* The title's height in a row this wide: as the GtkLabel did, one line when
 * it fits on one, else two (ellipsized). */
static int
measure_title (DossierArticleRow *self,
               int                width)
{
  ensure_sizes (self);
  if (width >= 0 && get_title_width (self) <= (width - 2 * MARGIN_X) * PANGO_SCALE)
    return self->sizes->title_one_line;
  return self->sizes->title_two_lines;
}

static void
dossier_article_row_measure (GtkWidget      *widget,
                             GtkOrientation  orientation,
                             int             for_size,
                             int            *minimum,
                             int            *natural,
                             int            *minimum_baseline,
                             int            *natural_baseline)
{
  DossierArticleRow *self = DOSSIER_ARTICLE_ROW (widget);

  ensure_sizes (self);
  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      *minimum = self->sizes->min_width + 2 * MARGIN_X;
      *natural = self->sizes->nat_width + 2 * MARGIN_X;
      return;
    }

  *minimum = *natural = 2 * MARGIN_Y + 2 * SPACING + measure_title (self, for_size)
                        + self->sizes->meta_height + self->sizes->snippet_height;
}

/* The height depends on the width (the title's lines). */
static GtkSizeRequestMode
dossier_article_row_get_request_mode (GtkWidget *widget)
{
  return GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH;
}

/* Each line is given the space below it too (the spacing, the bottom
 * margin), which it leaves empty: a GtkInscription clips what it draws to
 * its allocation, and the descenders of a caption reach a pixel below its
 * line height. Its text stays at the top (yalign 0, and an ellipsized
 * inscription draws at its top anyway), and the extra pixels are less than
 * a line, so that no further line shows. */
static void
dossier_article_row_size_allocate (GtkWidget *widget,
                                   int        width,
                                   int        height,
                                   int        baseline)
{
  DossierArticleRow *self = DOSSIER_ARTICLE_ROW (widget);
  int child_width = MAX (0, width - 2 * MARGIN_X);
  int title = measure_title (self, width);
  int meta = self->sizes->meta_height;
  int snippet = self->sizes->snippet_height;
  int y = MARGIN_Y;

  gtk_widget_size_allocate (GTK_WIDGET (self->title_label),
                            &(GtkAllocation) { MARGIN_X, y, child_width, title + SPACING }, -1);
  y += title + SPACING;
  gtk_widget_size_allocate (GTK_WIDGET (self->meta_label),
                            &(GtkAllocation) { MARGIN_X, y, child_width, meta + SPACING }, -1);
  y += meta + SPACING;
  gtk_widget_size_allocate (GTK_WIDGET (self->snippet_label),
                            &(GtkAllocation) { MARGIN_X, y, child_width, snippet + MARGIN_Y }, -1);
}

static void
dossier_article_row_dispose (GObject *object)
{
  DossierArticleRow *self = (DossierArticleRow *) object;

  gtk_widget_dispose_template (GTK_WIDGET (self), DOSSIER_TYPE_ARTICLE_ROW);
  g_clear_object (&self->article);
  if (self->search)
    g_signal_handlers_disconnect_by_data (self->search, self);
  g_clear_object (&self->search);

  G_OBJECT_CLASS (dossier_article_row_parent_class)->dispose (object);
}

static void
dossier_article_row_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  DossierArticleRow *self = DOSSIER_ARTICLE_ROW (object);

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
dossier_article_row_set_property (GObject      *object,
                                  guint         prop_id,
                                  const GValue *value,
                                  GParamSpec   *pspec)
{
  DossierArticleRow *self = DOSSIER_ARTICLE_ROW (object);

  switch (prop_id)
    {
    case PROP_ARTICLE:
      dossier_article_row_set_article (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dossier_article_row_class_init (DossierArticleRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = dossier_article_row_dispose;
  object_class->get_property = dossier_article_row_get_property;
  object_class->set_property = dossier_article_row_set_property;

  properties[PROP_ARTICLE] =
    g_param_spec_object ("article", NULL, NULL, DOSSIER_TYPE_ARTICLE,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/dossier-article-row.ui");
  gtk_widget_class_bind_template_child (widget_class, DossierArticleRow, title_label);
  gtk_widget_class_bind_template_child (widget_class, DossierArticleRow, meta_label);
  gtk_widget_class_bind_template_child (widget_class, DossierArticleRow, snippet_label);
  widget_class->get_request_mode = dossier_article_row_get_request_mode;
  widget_class->measure = dossier_article_row_measure;
  widget_class->size_allocate = dossier_article_row_size_allocate;
  gtk_widget_class_set_css_name (widget_class, "dossierarticlerow");
}

static void
dossier_article_row_init (DossierArticleRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->title_width = -1;
}

GtkWidget *
dossier_article_row_new (void)
{
  return g_object_new (DOSSIER_TYPE_ARTICLE_ROW, NULL);
}

DossierArticle *
dossier_article_row_get_article (DossierArticleRow *self)
{
  return self->article;
}

void
dossier_article_row_set_article (DossierArticleRow *self,
                                 DossierArticle    *article)
{
  g_autofree char *meta = NULL;

  g_return_if_fail (DOSSIER_IS_ARTICLE_ROW (self));

  if (!g_set_object (&self->article, article))
    return;

  if (article)
    meta = dossier_format_article_meta (article, FALSE);
  gtk_inscription_set_text (self->title_label, article ? dossier_article_get_title (article) : "");
  gtk_inscription_set_text (self->meta_label, meta ? meta : "");
  /* The row's height depends on the title: a new one is measured again. */
  self->title_width = -1;
  gtk_widget_queue_resize (GTK_WIDGET (self));
  update_snippet (self);
  /* What a screen reader says for the row: title, then outlet and date. */
  if (article)
    {
      g_autofree char *label = g_strdup_printf ("%s, %s", dossier_article_get_title (article), meta);

      gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
    }
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ARTICLE]);
}

/**
 * dossier_article_row_set_search:
 * @search: (nullable): whose query's snippets to show
 */
void
dossier_article_row_set_search (DossierArticleRow       *self,
                                DossierSearchController *search)
{
  g_return_if_fail (DOSSIER_IS_ARTICLE_ROW (self));

  if (self->search)
    g_signal_handlers_disconnect_by_data (self->search, self);
  g_set_object (&self->search, search);
  /* The list may keep a row bound to the same article across a new query,
   * so the row follows the query itself. */
  if (search)
    g_signal_connect_swapped (search, "changed", G_CALLBACK (update_snippet), self);
  update_snippet (self);
}
