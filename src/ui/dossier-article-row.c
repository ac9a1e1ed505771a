/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "dossier-article-row"

#include "config.h"

#include <glib/gi18n.h>

#include "dossier-article-row.h"

/**
 * DossierArticleRow:
 *
 * One line of the article sidebar: title, outlet · date, a one-line
 * snippet. Built by the list view's factory and rebound as it scrolls, so
 * it holds no state beyond the article it shows.
 */
struct _DossierArticleRow
{
  GtkWidget parent_instance;

  DossierArticle *article;
  DossierSearchController *search;

  GtkLabel *title_label;
  GtkLabel *meta_label;
  GtkLabel *snippet_label;
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
  gtk_label_set_single_line_mode (self->snippet_label, markup == NULL);
  gtk_label_set_wrap (self->snippet_label, markup != NULL);
  gtk_label_set_lines (self->snippet_label, markup ? 2 : -1);
  if (markup)
    {
      gtk_label_set_markup (self->snippet_label, markup);
      return;
    }
  if (self->article)
    snippet = dossier_article_dup_snippet (self->article, 120);
  /* Plain text: an article's own "<" or "&" is never markup. */
  gtk_label_set_use_markup (self->snippet_label, FALSE);
  gtk_label_set_label (self->snippet_label, snippet ? snippet : "");
}

static void
dossier_article_row_dispose (GObject *object)
{
  DossierArticleRow *self = (DossierArticleRow *) object;
  GtkWidget *child;

  gtk_widget_dispose_template (GTK_WIDGET (self), DOSSIER_TYPE_ARTICLE_ROW);
  /* The template's top box has no id, so dispose_template leaves it. */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))))
    gtk_widget_unparent (child);
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
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "dossierarticlerow");
}

static void
dossier_article_row_init (DossierArticleRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
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
  gtk_label_set_label (self->title_label, article ? dossier_article_get_title (article) : "");
  gtk_label_set_label (self->meta_label, meta ? meta : "");
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
