/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "dossier-article-list"

#include "config.h"

#include <string.h>

#include "dossier-article-list.h"
#include "dossier-corpus-private.h"
#include "dossier-filter-private.h"

/**
 * DossierArticleList:
 *
 * The articles a #DossierFilter lets through, in the chosen order: the
 * model of the article sidebar.
 *
 * A filter change rebuilds it with one pass over the corpus in sort order,
 * checking each article's bit in the filter (O(1)), and one items-changed:
 * about a millisecond for 100,000 articles, where a GtkFilterListModel
 * calling back into a custom filter for every item takes tens, and a
 * GtkSortListModel re-sorting by title hundreds. The sort orders other than
 * the corpus's own (date) are computed once per corpus change from
 * collation keys and kept as a permutation.
 */
struct _DossierArticleList
{
  GObject parent_instance;

  DossierFilter *filter;
  DossierCorpus *corpus;
  DossierSortOrder sort;
  GArray *order;     /* Entry, the corpus in sort order */
  GArray *visible;   /* guint corpus positions shown */
  gboolean all;      /* nothing filtered, date order: a pass-through */

  /* The article whose moves are announced apart (see rebuild()), and,
   * between the two halves of such a change, the list as it was. */
  DossierArticle *pinned;
  gboolean split;
  GArray *old_visible;
  gboolean old_all;
  guint split_new;   /* the pinned article's new position */
  guint split_old;   /* and its old one */
  guint stamp;       /* the corpus's, when visible was made */
};

static void list_model_iface_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (DossierArticleList, dossier_article_list, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, list_model_iface_init))

enum {
  PROP_0,
  PROP_FILTER,
  PROP_SORT,
  PROP_N_ITEMS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static GType
get_item_type (GListModel *model)
{
  return DOSSIER_TYPE_ARTICLE;
}

static guint
n_of (DossierArticleList *self,
      gboolean            all,
      GArray             *visible)
{
  return all ? g_list_model_get_n_items (G_LIST_MODEL (self->corpus)) : visible->len;
}

static guint
get_n_items (GListModel *model)
{
  DossierArticleList *self = DOSSIER_ARTICLE_LIST (model);

  if (self->split)
    return self->split_new + n_of (self, self->old_all, self->old_visible) - self->split_old;
  return n_of (self, self->all, self->visible);
}

/* The corpus position of the article shown at @position, or G_MAXUINT. */
static guint
corpus_position_at (DossierArticleList *self,
                    guint               position)
{
  gboolean all = self->all;
  GArray *visible = self->visible;

  if (self->split && position >= self->split_new)
    {
      /* The old list, from the pinned article on. */
      position = position - self->split_new + self->split_old;
      all = self->old_all;
      visible = self->old_visible;
    }
  if (position >= n_of (self, all, visible))
    return G_MAXUINT;
  return all ? position : g_array_index (visible, guint, position);
}

static gpointer
get_item (GListModel *model,
          guint       position)
{
  DossierArticleList *self = DOSSIER_ARTICLE_LIST (model);
  guint at = corpus_position_at (self, position);
  DossierArticle *article = at == G_MAXUINT ? NULL : dossier_corpus_get_article (self->corpus, at);

  return article ? g_object_ref (article) : NULL;
}

static void
list_model_iface_init (GListModelInterface *iface)
{
  iface->get_item_type = get_item_type;
  iface->get_n_items = get_n_items;
  iface->get_item = get_item;
}

/* Kept side by side so that a rebuild reads two flat arrays and never
 * touches the article objects themselves (100,000 cache misses). */
typedef struct
{
  guint position;
  guint32 id;
} Entry;

typedef struct
{
  char *key;
  guint position;
} SortEntry;

static int
compare_entries (gconstpointer a,
                 gconstpointer b)
{
  const SortEntry *x = a, *y = b;
  int r;

  /* Articles without the field (empty key) go last. */
  if ((*x->key == '\0') != (*y->key == '\0'))
    return *x->key == '\0' ? 1 : -1;
  r = strcmp (x->key, y->key);
  if (r)
    return r;
  /* Then in corpus (date) order. */
  return x->position < y->position ? -1 : x->position > y->position;
}

static void
compute_order (DossierArticleList *self)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->corpus));
  SortEntry *entries = NULL;

  g_clear_pointer (&self->order, g_array_unref);
  self->order = g_array_sized_new (FALSE, FALSE, sizeof (Entry), n);

  if (self->sort != DOSSIER_SORT_DATE)
    {
      entries = g_new (SortEntry, n);
      for (guint i = 0; i < n; i++)
        {
          DossierArticle *article = dossier_corpus_get_article (self->corpus, i);
          const char *value = self->sort == DOSSIER_SORT_TITLE ? dossier_article_get_title (article)
                                                               : dossier_article_get_outlet (article);
          g_autofree char *folded = g_utf8_casefold (value ? value : "", -1);

          entries[i].key = *folded ? g_utf8_collate_key (folded, -1) : g_strdup ("");
          entries[i].position = i;
        }
      if (n > 1)
        qsort (entries, n, sizeof (SortEntry), compare_entries);
    }

  for (guint i = 0; i < n; i++)
    {
      Entry e;

      e.position = entries ? entries[i].position : i;
      e.id = dossier_article_get_id (dossier_corpus_get_article (self->corpus, e.position));
      g_array_append_val (self->order, e);
      if (entries)
        g_free (entries[i].key);
    }
  g_free (entries);
}

static guint
find_position (DossierArticleList *self,
               gboolean            all,
               GArray             *visible,
               guint               at)
{
  if (all)
    return at < g_list_model_get_n_items (G_LIST_MODEL (self->corpus)) ? at : G_MAXUINT;
  for (guint i = 0; i < visible->len; i++)
    if (g_array_index (visible, guint, i) == at)
      return i;
  return G_MAXUINT;
}

/* The corpus position of @article, or G_MAXUINT. */
static guint
find_in_corpus (DossierArticleList *self,
                DossierArticle     *article)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->corpus));

  for (guint i = 0; i < n; i++)
    if (dossier_corpus_get_article (self->corpus, i) == article)
      return i;
  return G_MAXUINT;
}

static void
rebuild (DossierArticleList *self)
{
  guint old_n = get_n_items (G_LIST_MODEL (self));
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->corpus));
  gboolean active = dossier_filter_is_active (self->filter);
  guint pinned_at = G_MAXUINT, pinned_old = G_MAXUINT, pinned_new = G_MAXUINT;

  /* The pinned article (the selected one): where it was; unless the
   * corpus changed since (the filter follows it, and may rebuild us
   * before we hear of it): the old positions are not the corpus's now. */
  if (self->pinned && self->stamp == _dossier_corpus_get_stamp (self->corpus))
    pinned_at = find_in_corpus (self, self->pinned);
  if (pinned_at != G_MAXUINT)
    pinned_old = find_position (self, self->all, self->visible, pinned_at);
  if (pinned_old != G_MAXUINT)
    {
      g_array_set_size (self->old_visible, 0);
      if (!self->all)
        g_array_append_vals (self->old_visible, self->visible->data, self->visible->len);
      self->old_all = self->all;
    }

  g_array_set_size (self->visible, 0);
  self->all = !active && self->sort == DOSSIER_SORT_DATE;
  if (!self->all)
    {
      const Entry *order;

      if (self->order == NULL)
        compute_order (self);
      order = (const Entry *) self->order->data;
      /* The order may lag behind the corpus by a batch (see
       * on_corpus_items_changed()). */
      n = MIN (n, self->order->len);
      if (!active)
        {
          g_array_set_size (self->visible, n);
          for (guint i = 0; i < n; i++)
            g_array_index (self->visible, guint, i) = order[i].position;
        }
      else
        {
          /* The filter's bits read in place: a click at 100,000 articles
           * tests them all, and a call and an append per article were a
           * millisecond of its frame. */
          guint n_bits, n_visible = 0;
          const guint64 *bits = _dossier_filter_peek_bits (self->filter, &n_bits);
          guint *visible;

          g_array_set_size (self->visible, MIN (n, dossier_filter_get_n_matches (self->filter)));
          visible = (guint *) (void *) self->visible->data;
          for (guint i = 0; i < n && n_visible < self->visible->len; i++)
            {
              guint32 id = order[i].id;

              if (id < n_bits && (bits[id / 64] >> (id % 64)) & 1)
                visible[n_visible++] = order[i].position;
            }
          g_array_set_size (self->visible, n_visible);
        }
    }

  if (pinned_old != G_MAXUINT)
    pinned_new = find_position (self, self->all, self->visible, pinned_at);

  if (pinned_new != G_MAXUINT)
    {
      guint new_n = get_n_items (G_LIST_MODEL (self));

      /* In two halves, before the pinned article and after it, so that it
       * is never among the items replaced: GtkSingleSelection looks for
       * its selected item among all the added ones otherwise (100,000
       * lookups on a click), and simply shifts it this way. */
      self->split = TRUE;
      self->split_old = pinned_old;
      self->split_new = pinned_new;
      g_list_model_items_changed (G_LIST_MODEL (self), 0, pinned_old, pinned_new);
      self->split = FALSE;
      g_list_model_items_changed (G_LIST_MODEL (self), pinned_new + 1, old_n - pinned_old - 1, new_n - pinned_new - 1);
    }
  else
    g_list_model_items_changed (G_LIST_MODEL (self), 0, old_n, get_n_items (G_LIST_MODEL (self)));
  g_array_set_size (self->old_visible, 0);
  self->stamp = _dossier_corpus_get_stamp (self->corpus);
  if (old_n != get_n_items (G_LIST_MODEL (self)))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_ITEMS]);
}

static void
on_filter_changed (DossierArticleList *self)
{
  rebuild (self);
}

static void
on_corpus_items_changed (DossierArticleList *self,
                         guint               position,
                         guint               removed,
                         guint               added)
{
  /* While a folder loads unfiltered in date order, pass the corpus's own
   * changes on: the list keeps its scroll position and selection. */
  if (self->all && !dossier_filter_is_active (self->filter) && self->sort == DOSSIER_SORT_DATE)
    {
      /* Computed again when first needed. */
      g_clear_pointer (&self->order, g_array_unref);
      self->stamp = _dossier_corpus_get_stamp (self->corpus);
      g_list_model_items_changed (G_LIST_MODEL (self), position, removed, added);
      if (removed != added)
        g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_ITEMS]);
      return;
    }
  /* The filter may have rebuilt us already (it follows the corpus too),
   * with the old order: once more, with the new one. */
  compute_order (self);
  rebuild (self);
}

static void
dossier_article_list_dispose (GObject *object)
{
  DossierArticleList *self = (DossierArticleList *) object;

  if (self->filter)
    g_signal_handlers_disconnect_by_data (self->filter, self);
  if (self->corpus)
    g_signal_handlers_disconnect_by_data (self->corpus, self);
  g_clear_object (&self->filter);
  g_clear_object (&self->corpus);
  g_clear_object (&self->pinned);

  G_OBJECT_CLASS (dossier_article_list_parent_class)->dispose (object);
}

static void
dossier_article_list_finalize (GObject *object)
{
  DossierArticleList *self = (DossierArticleList *) object;

  g_clear_pointer (&self->order, g_array_unref);
  g_array_unref (self->visible);
  g_array_unref (self->old_visible);

  G_OBJECT_CLASS (dossier_article_list_parent_class)->finalize (object);
}

static void
dossier_article_list_constructed (GObject *object)
{
  DossierArticleList *self = (DossierArticleList *) object;

  G_OBJECT_CLASS (dossier_article_list_parent_class)->constructed (object);

  self->corpus = g_object_ref (dossier_filter_get_corpus (self->filter));
  g_signal_connect_swapped (self->corpus, "items-changed", G_CALLBACK (on_corpus_items_changed), self);
  g_signal_connect_swapped (self->filter, "changed", G_CALLBACK (on_filter_changed), self);
  self->all = TRUE;
  rebuild (self);
}

static void
dossier_article_list_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  DossierArticleList *self = DOSSIER_ARTICLE_LIST (object);

  switch (prop_id)
    {
    case PROP_FILTER:
      g_value_set_object (value, self->filter);
      break;
    case PROP_SORT:
      g_value_set_uint (value, self->sort);
      break;
    case PROP_N_ITEMS:
      g_value_set_uint (value, get_n_items (G_LIST_MODEL (self)));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dossier_article_list_set_property (GObject      *object,
                                   guint         prop_id,
                                   const GValue *value,
                                   GParamSpec   *pspec)
{
  DossierArticleList *self = DOSSIER_ARTICLE_LIST (object);

  switch (prop_id)
    {
    case PROP_FILTER:
      self->filter = g_value_dup_object (value);
      break;
    case PROP_SORT:
      dossier_article_list_set_sort (self, g_value_get_uint (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dossier_article_list_class_init (DossierArticleListClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = dossier_article_list_dispose;
  object_class->finalize = dossier_article_list_finalize;
  object_class->constructed = dossier_article_list_constructed;
  object_class->get_property = dossier_article_list_get_property;
  object_class->set_property = dossier_article_list_set_property;

  properties[PROP_FILTER] =
    g_param_spec_object ("filter", NULL, NULL, DOSSIER_TYPE_FILTER,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SORT] =
    g_param_spec_uint ("sort", NULL, NULL, DOSSIER_SORT_DATE, DOSSIER_SORT_OUTLET, DOSSIER_SORT_DATE,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_N_ITEMS] =
    g_param_spec_uint ("n-items", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
dossier_article_list_init (DossierArticleList *self)
{
  self->visible = g_array_new (FALSE, FALSE, sizeof (guint));
  self->old_visible = g_array_new (FALSE, FALSE, sizeof (guint));
}

/**
 * dossier_article_list_new:
 *
 * Returns: (transfer full): the articles of @filter's corpus that @filter
 *   lets through, newest first
 */
DossierArticleList *
dossier_article_list_new (DossierFilter *filter)
{
  g_return_val_if_fail (DOSSIER_IS_FILTER (filter), NULL);
  return g_object_new (DOSSIER_TYPE_ARTICLE_LIST, "filter", filter, NULL);
}

DossierFilter *
dossier_article_list_get_filter (DossierArticleList *self)
{
  return self->filter;
}

DossierSortOrder
dossier_article_list_get_sort (DossierArticleList *self)
{
  return self->sort;
}

void
dossier_article_list_set_sort (DossierArticleList *self,
                               DossierSortOrder    sort)
{
  g_return_if_fail (DOSSIER_IS_ARTICLE_LIST (self));

  if (self->sort == sort)
    return;
  self->sort = sort;
  compute_order (self);
  rebuild (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SORT]);
}

/**
 * dossier_article_list_find:
 *
 * Returns: the position of @article in the list, or %G_MAXUINT
 */
guint
dossier_article_list_find (DossierArticleList *self,
                           DossierArticle     *article)
{
  guint n = get_n_items (G_LIST_MODEL (self));

  for (guint i = 0; i < n; i++)
    {
      guint position = corpus_position_at (self, i);

      if (position != G_MAXUINT && dossier_corpus_get_article (self->corpus, position) == article)
        return i;
    }
  return G_MAXUINT;
}

/**
 * dossier_article_list_set_pinned:
 * @article: (nullable): the selected article
 *
 * Makes a filter or sort change announce the moves of @article apart from
 * the rest: a #GtkSingleSelection whose selected article stays in the list
 * then follows it without looking through the whole list.
 */
void
dossier_article_list_set_pinned (DossierArticleList *self,
                                 DossierArticle     *article)
{
  g_return_if_fail (DOSSIER_IS_ARTICLE_LIST (self));

  g_set_object (&self->pinned, article);
}

gboolean
dossier_sort_order_from_string (const char       *str,
                                DossierSortOrder *sort)
{
  if (g_strcmp0 (str, "date") == 0)
    *sort = DOSSIER_SORT_DATE;
  else if (g_strcmp0 (str, "title") == 0)
    *sort = DOSSIER_SORT_TITLE;
  else if (g_strcmp0 (str, "outlet") == 0)
    *sort = DOSSIER_SORT_OUTLET;
  else
    return FALSE;
  return TRUE;
}
