/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "dossier-entity-list"

#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "dossier-entity-list.h"

/**
 * DossierEntityList:
 *
 * The entity panel's model: the corpus's entities of one kind (or all),
 * whose name or an alias contains the search text, and, while a filter is
 * on, only those mentioned in the articles it lets through, most of them
 * first (facets).
 *
 * Like #DossierArticleList, it is rebuilt in one pass per change with one
 * items-changed: a folder has tens of thousands of entities, and a
 * GtkSortListModel re-sorting them by facet count through a callback takes
 * hundreds of milliseconds per click.
 */

typedef struct
{
  DossierEntity *entity;
  guint32 id;
  DossierLabel label;
  char *folded;  /* case-folded name and aliases, one per line, lazily */
} Item;

struct _DossierEntityList
{
  GObject parent_instance;

  DossierFilter *filter;
  GListModel *entities;
  GArray *items;    /* Item, in the corpus order (most articles first) */
  GArray *visible;  /* guint indices into items */
  int label;
  char *needle;
  guint limit;      /* 0: no limit */
  guint n_matching; /* before the limit */
};

static void list_model_iface_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (DossierEntityList, dossier_entity_list, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, list_model_iface_init))

enum {
  PROP_0,
  PROP_FILTER,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static GType
get_item_type (GListModel *model)
{
  return DOSSIER_TYPE_ENTITY;
}

static guint
get_n_items (GListModel *model)
{
  DossierEntityList *self = DOSSIER_ENTITY_LIST (model);

  return self->visible->len;
}

static gpointer
get_item (GListModel *model,
          guint       position)
{
  DossierEntityList *self = DOSSIER_ENTITY_LIST (model);

  if (position >= self->visible->len)
    return NULL;
  return g_object_ref (g_array_index (self->items, Item, g_array_index (self->visible, guint, position)).entity);
}

static void
list_model_iface_init (GListModelInterface *iface)
{
  iface->get_item_type = get_item_type;
  iface->get_n_items = get_n_items;
  iface->get_item = get_item;
}

static void
clear_item (gpointer data)
{
  Item *item = data;

  g_clear_object (&item->entity);
  g_clear_pointer (&item->folded, g_free);
}

static const char *
get_folded (Item *item)
{
  if (item->folded == NULL)
    {
      const char * const *aliases = dossier_entity_get_aliases (item->entity);
      GString *s = g_string_new (dossier_entity_get_name (item->entity));

      for (guint i = 0; aliases[i]; i++)
        {
          g_string_append_c (s, '\n');
          g_string_append (s, aliases[i]);
        }
      item->folded = g_utf8_casefold (s->str, s->len);
      g_string_free (s, TRUE);
    }
  return item->folded;
}

typedef struct
{
  guint facet;
  guint index;
} Ranked;

static int
compare_ranked (gconstpointer a,
                gconstpointer b)
{
  const Ranked *x = a, *y = b;

  if (x->facet != y->facet)
    return x->facet > y->facet ? -1 : 1;
  return x->index < y->index ? -1 : x->index > y->index;
}

static void
sift_down (Ranked *heap,
           guint   n,
           guint   i)
{
  for (;;)
    {
      guint worst = i, l = 2 * i + 1, r = l + 1;
      Ranked t;

      if (l < n && compare_ranked (&heap[l], &heap[worst]) > 0)
        worst = l;
      if (r < n && compare_ranked (&heap[r], &heap[worst]) > 0)
        worst = r;
      if (worst == i)
        return;
      t = heap[i];
      heap[i] = heap[worst];
      heap[worst] = t;
      i = worst;
    }
}

/* Leaves the @k first of @ranked, in compare_ranked() order, sorted. A
 * click at 100,000 articles ranks some 30,000 entities for a panel of 500:
 * a heap of the best k so far, whose root is the worst of them, turns most
 * candidates away with one comparison instead of sorting them all. */
static void
keep_first (GArray *ranked,
            guint   k)
{
  Ranked *r = (Ranked *) ranked->data;

  if (k > 0 && ranked->len > k)
    {
      for (guint i = k / 2; i-- > 0;)
        sift_down (r, k, i);
      for (guint i = k; i < ranked->len; i++)
        if (compare_ranked (&r[i], &r[0]) < 0)
          {
            r[0] = r[i];
            sift_down (r, k, 0);
          }
      g_array_set_size (ranked, k);
    }
  if (ranked->len > 1)
    qsort (ranked->data, ranked->len, sizeof (Ranked), compare_ranked);
}

static void
rebuild (DossierEntityList *self)
{
  guint old_n = self->visible->len;
  gboolean active = dossier_filter_is_active (self->filter);

  g_array_set_size (self->visible, 0);
  if (!active)
    {
      /* The corpus order is already "most articles first". */
      for (guint i = 0; i < self->items->len; i++)
        {
          Item *item = &g_array_index (self->items, Item, i);

          if (self->label != DOSSIER_ANY_LABEL && item->label != (DossierLabel) self->label)
            continue;
          if (self->needle && !strstr (get_folded (item), self->needle))
            continue;
          g_array_append_val (self->visible, i);
        }
    }
  else
    {
      g_autoptr(GArray) ranked = g_array_new (FALSE, FALSE, sizeof (Ranked));

      for (guint i = 0; i < self->items->len; i++)
        {
          Item *item = &g_array_index (self->items, Item, i);
          Ranked r;

          if (self->label != DOSSIER_ANY_LABEL && item->label != (DossierLabel) self->label)
            continue;
          r.facet = dossier_filter_get_facet_count (self->filter, item->id);
          if (r.facet == 0 && !dossier_filter_has_entity (self->filter, item->id))
            continue;
          if (self->needle && !strstr (get_folded (item), self->needle))
            continue;
          r.index = i;
          g_array_append_val (ranked, r);
        }
      self->n_matching = ranked->len;
      keep_first (ranked, self->limit);
      for (guint i = 0; i < ranked->len; i++)
        g_array_append_val (self->visible, g_array_index (ranked, Ranked, i).index);
    }

  /* A panel of 40,000 names is no use to read, and GTK's list widgets pay
   * for every item a change replaces: beyond the limit, search. */
  if (!active)
    self->n_matching = self->visible->len;
  if (self->limit > 0 && self->visible->len > self->limit)
    g_array_set_size (self->visible, self->limit);

  /* One items-changed: the list widget keeps the rows of the entities
   * still listed (most of the top ones after a click) instead of building
   * every row again. It keeps the first visible one in place, though: the
   * panel scrolls back to the top after a change. */
  if (old_n > 0 || self->visible->len > 0)
    g_list_model_items_changed (G_LIST_MODEL (self), 0, old_n, self->visible->len);
}

static void
load_entities (DossierEntityList *self)
{
  guint n = g_list_model_get_n_items (self->entities);

  g_array_set_size (self->items, 0);
  for (guint i = 0; i < n; i++)
    {
      Item item = { 0 };

      item.entity = g_list_model_get_item (self->entities, i);
      item.id = dossier_entity_get_id (item.entity);
      item.label = dossier_entity_get_label (item.entity);
      g_array_append_val (self->items, item);
    }
}

static void
on_entities_changed (DossierEntityList *self)
{
  load_entities (self);
  rebuild (self);
}

static void
dossier_entity_list_dispose (GObject *object)
{
  DossierEntityList *self = (DossierEntityList *) object;

  if (self->filter)
    g_signal_handlers_disconnect_by_data (self->filter, self);
  if (self->entities)
    g_signal_handlers_disconnect_by_data (self->entities, self);
  g_clear_object (&self->filter);
  g_clear_object (&self->entities);
  g_array_set_size (self->items, 0);

  G_OBJECT_CLASS (dossier_entity_list_parent_class)->dispose (object);
}

static void
dossier_entity_list_finalize (GObject *object)
{
  DossierEntityList *self = (DossierEntityList *) object;

  g_array_unref (self->items);
  g_array_unref (self->visible);
  g_free (self->needle);

  G_OBJECT_CLASS (dossier_entity_list_parent_class)->finalize (object);
}

static void
dossier_entity_list_constructed (GObject *object)
{
  DossierEntityList *self = (DossierEntityList *) object;

  G_OBJECT_CLASS (dossier_entity_list_parent_class)->constructed (object);

  self->entities = g_object_ref (dossier_corpus_get_entities (dossier_filter_get_corpus (self->filter)));
  /* The filter connects to the same signal first (it was made first), so
   * the facets are up to date when we rebuild. */
  g_signal_connect_swapped (self->entities, "items-changed", G_CALLBACK (on_entities_changed), self);
  g_signal_connect_swapped (self->filter, "changed", G_CALLBACK (rebuild), self);
  load_entities (self);
  rebuild (self);
}

static void
dossier_entity_list_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  DossierEntityList *self = DOSSIER_ENTITY_LIST (object);

  switch (prop_id)
    {
    case PROP_FILTER:
      g_value_set_object (value, self->filter);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dossier_entity_list_set_property (GObject      *object,
                                  guint         prop_id,
                                  const GValue *value,
                                  GParamSpec   *pspec)
{
  DossierEntityList *self = DOSSIER_ENTITY_LIST (object);

  switch (prop_id)
    {
    case PROP_FILTER:
      self->filter = g_value_dup_object (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dossier_entity_list_class_init (DossierEntityListClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = dossier_entity_list_dispose;
  object_class->finalize = dossier_entity_list_finalize;
  object_class->constructed = dossier_entity_list_constructed;
  object_class->get_property = dossier_entity_list_get_property;
  object_class->set_property = dossier_entity_list_set_property;

  properties[PROP_FILTER] =
    g_param_spec_object ("filter", NULL, NULL, DOSSIER_TYPE_FILTER,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
dossier_entity_list_init (DossierEntityList *self)
{
  self->items = g_array_new (FALSE, TRUE, sizeof (Item));
  g_array_set_clear_func (self->items, clear_item);
  self->visible = g_array_new (FALSE, FALSE, sizeof (guint));
  self->label = DOSSIER_ANY_LABEL;
}

/**
 * dossier_entity_list_new:
 *
 * Returns: (transfer full): the entities of @filter's corpus, following
 *   @filter
 */
DossierEntityList *
dossier_entity_list_new (DossierFilter *filter)
{
  g_return_val_if_fail (DOSSIER_IS_FILTER (filter), NULL);
  return g_object_new (DOSSIER_TYPE_ENTITY_LIST, "filter", filter, NULL);
}

DossierFilter *
dossier_entity_list_get_filter (DossierEntityList *self)
{
  return self->filter;
}

/**
 * dossier_entity_list_set_label:
 * @label: a #DossierLabel, or %DOSSIER_ANY_LABEL
 */
void
dossier_entity_list_set_label (DossierEntityList *self,
                               int                label)
{
  g_return_if_fail (DOSSIER_IS_ENTITY_LIST (self));

  if (self->label == label)
    return;
  self->label = label;
  rebuild (self);
}

/**
 * dossier_entity_list_set_search:
 * @text: (nullable): what the name or an alias must contain, in any case
 */
void
dossier_entity_list_set_search (DossierEntityList *self,
                                const char        *text)
{
  g_autofree char *stripped = g_strstrip (g_strdup (text ? text : ""));
  g_autofree char *needle = *stripped ? g_utf8_casefold (stripped, -1) : NULL;

  g_return_if_fail (DOSSIER_IS_ENTITY_LIST (self));

  if (g_strcmp0 (needle, self->needle) == 0)
    return;
  g_free (self->needle);
  self->needle = g_steal_pointer (&needle);
  rebuild (self);
}

/**
 * dossier_entity_list_set_limit:
 * @limit: how many entities to list at most, the most frequent; 0 for all
 */
void
dossier_entity_list_set_limit (DossierEntityList *self,
                               guint              limit)
{
  if (self->limit == limit)
    return;
  self->limit = limit;
  rebuild (self);
}

/**
 * dossier_entity_list_get_n_matching:
 *
 * Returns: how many entities match the kind, the search and the filter,
 *   listed or beyond the limit
 */
guint
dossier_entity_list_get_n_matching (DossierEntityList *self)
{
  return self->n_matching;
}

/**
 * dossier_entity_list_get_n_all:
 *
 * Returns: how many entities the corpus has, listed or not
 */
guint
dossier_entity_list_get_n_all (DossierEntityList *self)
{
  return self->items->len;
}
