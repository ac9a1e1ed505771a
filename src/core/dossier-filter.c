/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "dossier-filter"

#include "config.h"

#include <string.h>

#include "dossier-filter-private.h"

/**
 * DossierFilter:
 *
 * What the article list shows: the articles that mention every selected
 * entity (AND) and whose title or outlet contains the search text.
 *
 * It works on integer ids only, so that it keeps up with a large folder:
 * the entities' sorted article-id arrays are intersected smallest first,
 * the result is kept as a bitset that answers dossier_filter_matches() in
 * O(1), and the facet counts (how many of the matching articles mention
 * each entity) come from one walk over the matching articles' mentions.
 * Everything is recomputed at once on each change and #DossierFilter::changed
 * is emitted once.
 */
struct _DossierFilter
{
  GObject parent_instance;

  DossierCorpus *corpus;
  GArray *selected;       /* guint32 entity ids, in the order chosen */
  char *text;             /* as typed, NULL when empty */
  char *needle;           /* case-folded text */
  GPtrArray *haystacks;   /* article id → case-folded "title\noutlet", lazily */
  GArray *restrict_ids;   /* guint32, sorted: a full-text search's answer, or NULL */

  GArray *matches;        /* guint32 article ids, sorted, when active */
  guint64 *bits;
  guint n_bits;
  guint *facets;          /* entity id → matching articles that mention it */
  guint n_facets;

  /* Each article's distinct entity ids, packed (compressed sparse rows):
   * article id i mentions entity_ids[offsets[i] .. offsets[i + 1]). Facets
   * walk this instead of the articles' mention arrays: one sequential read
   * per article instead of three pointer hops and a dedupe. */
  GArray *offsets;        /* guint32, n_articles + 1 */
  GArray *entity_ids;     /* guint32 */
  gboolean rows_dirty;
  gboolean active;
};

G_DEFINE_FINAL_TYPE (DossierFilter, dossier_filter, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_CORPUS,
  PROP_TEXT,
  PROP_ACTIVE,
  PROP_N_MATCHES,
  N_PROPS
};

enum {
  CHANGED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static void
on_corpus_changed (DossierFilter *self)
{
  self->rows_dirty = TRUE;
  dossier_filter_refresh (self);
}

static void
on_entities_changed (DossierFilter *self)
{
  /* Entities arrive once linking is over: build the rows now, so that the
   * first click does not pay for it. */
  self->rows_dirty = TRUE;
  if (g_list_model_get_n_items (dossier_corpus_get_entities (self->corpus)) > 0)
    dossier_filter_build_rows (self);
  dossier_filter_refresh (self);
}

static void
dossier_filter_dispose (GObject *object)
{
  DossierFilter *self = (DossierFilter *) object;

  if (self->corpus)
    {
      g_signal_handlers_disconnect_by_data (self->corpus, self);
      g_signal_handlers_disconnect_by_data (dossier_corpus_get_entities (self->corpus), self);
    }
  g_clear_object (&self->corpus);

  G_OBJECT_CLASS (dossier_filter_parent_class)->dispose (object);
}

static void
dossier_filter_finalize (GObject *object)
{
  DossierFilter *self = (DossierFilter *) object;

  g_array_unref (self->selected);
  g_array_unref (self->matches);
  g_ptr_array_unref (self->haystacks);
  g_clear_pointer (&self->restrict_ids, g_array_unref);
  g_free (self->text);
  g_free (self->needle);
  g_free (self->bits);
  g_free (self->facets);
  g_array_unref (self->offsets);
  g_array_unref (self->entity_ids);

  G_OBJECT_CLASS (dossier_filter_parent_class)->finalize (object);
}

static void
dossier_filter_constructed (GObject *object)
{
  DossierFilter *self = (DossierFilter *) object;

  G_OBJECT_CLASS (dossier_filter_parent_class)->constructed (object);

  /* New articles (while loading) and new entities (after linking) change
   * what matches and the counts. */
  g_signal_connect_swapped (self->corpus, "items-changed", G_CALLBACK (on_corpus_changed), self);
  g_signal_connect_swapped (dossier_corpus_get_entities (self->corpus), "items-changed",
                            G_CALLBACK (on_entities_changed), self);
  /* A corpus already linked (a window shown for a loaded folder): the
   * rows now, not at the first click (50 ms at 100,000 articles). */
  if (g_list_model_get_n_items (dossier_corpus_get_entities (self->corpus)) > 0)
    dossier_filter_build_rows (self);
}

static void
dossier_filter_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  DossierFilter *self = DOSSIER_FILTER (object);

  switch (prop_id)
    {
    case PROP_CORPUS:
      g_value_set_object (value, self->corpus);
      break;
    case PROP_TEXT:
      g_value_set_string (value, self->text);
      break;
    case PROP_ACTIVE:
      g_value_set_boolean (value, self->active);
      break;
    case PROP_N_MATCHES:
      g_value_set_uint (value, dossier_filter_get_n_matches (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dossier_filter_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  DossierFilter *self = DOSSIER_FILTER (object);

  switch (prop_id)
    {
    case PROP_CORPUS:
      self->corpus = g_value_dup_object (value);
      break;
    case PROP_TEXT:
      dossier_filter_set_text (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dossier_filter_class_init (DossierFilterClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = dossier_filter_dispose;
  object_class->finalize = dossier_filter_finalize;
  object_class->constructed = dossier_filter_constructed;
  object_class->get_property = dossier_filter_get_property;
  object_class->set_property = dossier_filter_set_property;

  properties[PROP_CORPUS] =
    g_param_spec_object ("corpus", NULL, NULL, DOSSIER_TYPE_CORPUS,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_TEXT] =
    g_param_spec_string ("text", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_ACTIVE] =
    g_param_spec_boolean ("active", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_N_MATCHES] =
    g_param_spec_uint ("n-matches", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * DossierFilter::changed:
   *
   * What matches, or the facet counts, may have changed.
   */
  signals[CHANGED] =
    g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
dossier_filter_init (DossierFilter *self)
{
  self->selected = g_array_new (FALSE, FALSE, sizeof (guint32));
  self->matches = g_array_new (FALSE, FALSE, sizeof (guint32));
  self->haystacks = g_ptr_array_new_with_free_func (g_free);
  self->offsets = g_array_new (FALSE, FALSE, sizeof (guint32));
  self->entity_ids = g_array_new (FALSE, FALSE, sizeof (guint32));
  self->rows_dirty = TRUE;
}

/**
 * dossier_filter_new:
 *
 * Returns: (transfer full): a filter on @corpus that lets everything through
 */
DossierFilter *
dossier_filter_new (DossierCorpus *corpus)
{
  g_return_val_if_fail (DOSSIER_IS_CORPUS (corpus), NULL);
  return g_object_new (DOSSIER_TYPE_FILTER, "corpus", corpus, NULL);
}

DossierCorpus *
dossier_filter_get_corpus (DossierFilter *self)
{
  return self->corpus;
}

/* The first index in a[lo, n) whose value is >= x: doubling steps, then a
 * binary search, so that intersecting a short array with a long one costs
 * O(short × log long). */
static guint
gallop (const guint32 *a,
        guint          lo,
        guint          n,
        guint32        x)
{
  guint step = 1, hi = lo;

  while (hi < n && a[hi] < x)
    {
      lo = hi + 1;
      hi += step;
      step *= 2;
    }
  if (hi > n)
    hi = n;
  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;

      if (a[mid] < x)
        lo = mid + 1;
      else
        hi = mid;
    }
  return lo;
}

static void
intersect (GArray        *candidates,
           const guint32 *ids,
           guint          n_ids)
{
  guint32 *c = (guint32 *) candidates->data;
  guint out = 0, j = 0;

  for (guint i = 0; i < candidates->len && j < n_ids; i++)
    {
      j = gallop (ids, j, n_ids, c[i]);
      if (j < n_ids && ids[j] == c[i])
        c[out++] = c[i];
    }
  g_array_set_size (candidates, out);
}

typedef struct
{
  const guint32 *ids;
  guint n;
} IdList;

static int
compare_id_lists (gconstpointer a,
                  gconstpointer b)
{
  const IdList *x = a, *y = b;

  return x->n < y->n ? -1 : x->n > y->n;
}

static int
compare_ids (gconstpointer a,
             gconstpointer b)
{
  guint32 x = *(const guint32 *) a, y = *(const guint32 *) b;

  return x < y ? -1 : x > y;
}

static const char *
get_haystack (DossierFilter  *self,
              DossierArticle *article)
{
  guint id = dossier_article_get_id (article);
  char *h;

  if (id >= self->haystacks->len)
    g_ptr_array_set_size (self->haystacks, id + 1);
  h = g_ptr_array_index (self->haystacks, id);
  if (h == NULL)
    {
      g_autofree char *joined = g_strconcat (dossier_article_get_title (article), "\n",
                                             dossier_article_get_outlet (article) ?: "", NULL);
      h = g_utf8_casefold (joined, -1);
      g_ptr_array_index (self->haystacks, id) = h;
    }
  return h;
}

static gboolean
text_matches (DossierFilter *self,
              guint32        article_id)
{
  DossierArticle *article = dossier_corpus_get_article_by_id (self->corpus, article_id);

  return article != NULL && strstr (get_haystack (self, article), self->needle) != NULL;
}

/* Ids are given as articles are parsed, on several threads, so they are
 * dense once loading is over but not in list order: the largest one says
 * how big the id-indexed tables must be. */
static guint32
max_article_id (DossierFilter *self)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->corpus));
  guint32 max = 0;

  for (guint i = 0; i < n; i++)
    max = MAX (max, dossier_article_get_id (dossier_corpus_get_article (self->corpus, i)));
  return max;
}

static void
ensure_facets (DossierFilter *self,
               guint32        entity_id)
{
  guint n = self->n_facets;

  if (entity_id < n)
    return;
  n = MAX (MAX (n * 2, entity_id + 1), 64);
  self->facets = g_renew (guint, self->facets, n);
  memset (self->facets + self->n_facets, 0, (n - self->n_facets) * sizeof (guint));
  self->n_facets = n;
}

/**
 * dossier_filter_build_rows:
 *
 * Packs every article's distinct entity ids for the facet counts. Done
 * when the entities change; cheap to call again when nothing changed.
 */
void
dossier_filter_build_rows (DossierFilter *self)
{
  guint n_articles;
  g_autofree guint32 *stamps = NULL;
  guint n_stamps = 0;
  guint32 zero = 0;

  if (!self->rows_dirty)
    return;
  n_articles = max_article_id (self) + 1;
  self->rows_dirty = FALSE;
  g_array_set_size (self->offsets, 0);
  g_array_set_size (self->entity_ids, 0);
  g_array_append_val (self->offsets, zero);

  for (guint32 id = 0; id < n_articles; id++)
    {
      DossierArticle *article = dossier_corpus_get_article_by_id (self->corpus, id);
      const DossierMention *mentions = NULL;
      guint n_mentions = 0;
      guint32 end;

      if (article)
        mentions = dossier_article_get_mentions (article, &n_mentions);
      for (guint j = 0; j < n_mentions; j++)
        {
          guint32 e = mentions[j].entity;

          if (e == DOSSIER_NO_ENTITY)
            continue;
          if (e >= n_stamps)
            {
              guint n = MAX (MAX (n_stamps * 2, e + 1), 64);
              stamps = g_renew (guint32, stamps, n);
              memset (stamps + n_stamps, 0, (n - n_stamps) * sizeof (guint32));
              n_stamps = n;
            }
          if (stamps[e] != id + 1)
            {
              stamps[e] = id + 1;
              g_array_append_val (self->entity_ids, e);
            }
        }
      end = self->entity_ids->len;
      g_array_append_val (self->offsets, end);
    }
  ensure_facets (self, n_stamps > 0 ? n_stamps - 1 : 0);
}

static void
recompute (DossierFilter *self)
{
  guint n_articles = g_list_model_get_n_items (G_LIST_MODEL (self->corpus));
  const guint32 *m;

  g_array_set_size (self->matches, 0);
  self->active = self->selected->len > 0 || self->needle != NULL || self->restrict_ids != NULL;
  if (!self->active)
    return;

  /* 1. Entities: intersect the article-id arrays, smallest first, so the
   * candidate set only shrinks. */
  if (self->selected->len > 0)
    {
      g_autofree IdList *lists = g_new0 (IdList, self->selected->len);
      guint n_lists = 0;

      for (guint i = 0; i < self->selected->len; i++)
        {
          guint32 eid = g_array_index (self->selected, guint32, i);
          DossierEntity *entity = dossier_corpus_get_entity_by_id (self->corpus, eid);

          /* An entity that is gone matches nothing. */
          if (entity == NULL)
            {
              lists[0].ids = NULL;
              lists[0].n = 0;
              n_lists = 1;
              break;
            }
          lists[n_lists].ids = dossier_entity_get_article_ids (entity, &lists[n_lists].n);
          n_lists++;
        }
      qsort (lists, n_lists, sizeof (IdList), compare_id_lists);
      if (lists[0].n > 0)
        g_array_append_vals (self->matches, lists[0].ids, lists[0].n);
      for (guint i = 1; i < n_lists && self->matches->len > 0; i++)
        intersect (self->matches, lists[i].ids, lists[i].n);
    }
  else if (self->restrict_ids != NULL)
    {
      /* The search's ids are the candidates: no need to list every article
       * only to intersect them away. Ids of files the index still knows but
       * the corpus dropped are skipped. */
      const guint32 *r = (const guint32 *) self->restrict_ids->data;

      for (guint i = 0; i < self->restrict_ids->len; i++)
        if (dossier_corpus_get_article_by_id (self->corpus, r[i]) != NULL)
          g_array_append_val (self->matches, r[i]);
    }
  else
    {
      g_array_set_size (self->matches, n_articles);
      for (guint i = 0; i < n_articles; i++)
        g_array_index (self->matches, guint32, i) = dossier_article_get_id (dossier_corpus_get_article (self->corpus, i));
      g_array_sort (self->matches, compare_ids);
    }

  if (self->restrict_ids != NULL && self->selected->len > 0 && self->matches->len > 0)
    intersect (self->matches, (const guint32 *) self->restrict_ids->data, self->restrict_ids->len);

  /* 2. Text. The index will answer this with an id set; until then, a
   * case-folded substring of title and outlet. */
  if (self->needle != NULL)
    {
      guint32 *ids = (guint32 *) self->matches->data;
      guint out = 0;

      for (guint i = 0; i < self->matches->len; i++)
        if (text_matches (self, ids[i]))
          ids[out++] = ids[i];
      g_array_set_size (self->matches, out);
    }

  /* 3. The bitset, as large as the largest id. */
  m = (const guint32 *) self->matches->data;
  n_articles = MAX (n_articles, self->matches->len > 0 ? m[self->matches->len - 1] + 1 : 0);
  if (self->n_bits < n_articles || self->bits == NULL)
    {
      self->n_bits = MAX (n_articles, 64);
      g_free (self->bits);
      self->bits = g_new0 (guint64, (self->n_bits + 63) / 64);
    }
  else
    memset (self->bits, 0, ((self->n_bits + 63) / 64) * sizeof (guint64));
  m = (const guint32 *) self->matches->data;
  for (guint i = 0; i < self->matches->len; i++)
    if (m[i] < self->n_bits)
      self->bits[m[i] / 64] |= G_GUINT64_CONSTANT (1) << (m[i] % 64);

  /* 4. Facets: each matching article counts once per entity it mentions. */
  dossier_filter_build_rows (self);
  if (self->n_facets > 0)
    memset (self->facets, 0, self->n_facets * sizeof (guint));
  {
    const guint32 *offsets = (const guint32 *) self->offsets->data;
    const guint32 *eids = (const guint32 *) self->entity_ids->data;
    guint n_rows = self->offsets->len - 1;
    guint *facets = self->facets;

    for (guint i = 0; i < self->matches->len; i++)
      {
        guint32 id = m[i];

        if (id >= n_rows)
          continue;
        for (guint32 j = offsets[id]; j < offsets[id + 1]; j++)
          facets[eids[j]]++;
      }
  }
}

static void
changed (DossierFilter *self,
         gboolean       was_active,
         guint          old_n_matches)
{
  if (was_active != self->active)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ACTIVE]);
  if (old_n_matches != dossier_filter_get_n_matches (self))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_MATCHES]);
  g_signal_emit (self, signals[CHANGED], 0);
}

/**
 * dossier_filter_refresh:
 *
 * Recomputes what matches after the corpus changed. Called by the filter
 * itself when the corpus's articles or entities change.
 */
void
dossier_filter_refresh (DossierFilter *self)
{
  gboolean was_active = self->active;
  guint old_n = dossier_filter_get_n_matches (self);

  g_return_if_fail (DOSSIER_IS_FILTER (self));

  /* Nothing selected, nothing to recompute: a loading folder costs
   * nothing until the user filters. */
  if (!was_active && self->selected->len == 0 && self->needle == NULL && self->restrict_ids == NULL)
    {
      if (old_n != dossier_filter_get_n_matches (self))
        g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_MATCHES]);
      return;
    }
  /* Entities may have been replaced: drop selections that no longer exist. */
  for (guint i = self->selected->len; i > 0; i--)
    if (dossier_corpus_get_entity_by_id (self->corpus, g_array_index (self->selected, guint32, i - 1)) == NULL)
      g_array_remove_index (self->selected, i - 1);
  recompute (self);
  changed (self, was_active, old_n);
}

gboolean
dossier_filter_has_entity (DossierFilter *self,
                           guint32        entity_id)
{
  for (guint i = 0; i < self->selected->len; i++)
    if (g_array_index (self->selected, guint32, i) == entity_id)
      return TRUE;
  return FALSE;
}

/**
 * dossier_filter_add_entity:
 *
 * Narrows the filter to articles that also mention @entity_id.
 *
 * Returns: whether the filter changed
 */
gboolean
dossier_filter_add_entity (DossierFilter *self,
                           guint32        entity_id)
{
  gboolean was_active = self->active;
  guint old_n = dossier_filter_get_n_matches (self);

  g_return_val_if_fail (DOSSIER_IS_FILTER (self), FALSE);

  if (dossier_filter_has_entity (self, entity_id) ||
      dossier_corpus_get_entity_by_id (self->corpus, entity_id) == NULL)
    return FALSE;
  g_array_append_val (self->selected, entity_id);
  recompute (self);
  changed (self, was_active, old_n);
  return TRUE;
}

gboolean
dossier_filter_remove_entity (DossierFilter *self,
                              guint32        entity_id)
{
  gboolean was_active = self->active;
  guint old_n = dossier_filter_get_n_matches (self);

  g_return_val_if_fail (DOSSIER_IS_FILTER (self), FALSE);

  for (guint i = 0; i < self->selected->len; i++)
    if (g_array_index (self->selected, guint32, i) == entity_id)
      {
        g_array_remove_index (self->selected, i);
        recompute (self);
        changed (self, was_active, old_n);
        return TRUE;
      }
  return FALSE;
}

void
dossier_filter_toggle_entity (DossierFilter *self,
                              guint32        entity_id)
{
  if (!dossier_filter_remove_entity (self, entity_id))
    dossier_filter_add_entity (self, entity_id);
}

/**
 * dossier_filter_get_entities:
 *
 * Returns: (array length=n_entities): the selected entity ids, in the order
 *   they were chosen
 */
const guint32 *
dossier_filter_get_entities (DossierFilter *self,
                             guint         *n_entities)
{
  *n_entities = self->selected->len;
  return (const guint32 *) self->selected->data;
}

/**
 * dossier_filter_set_text:
 * @text: (nullable): what the title or outlet must contain
 */
void
dossier_filter_set_text (DossierFilter *self,
                         const char    *text)
{
  gboolean was_active = self->active;
  guint old_n = dossier_filter_get_n_matches (self);
  g_autofree char *stripped = g_strstrip (g_strdup (text ?: ""));

  g_return_if_fail (DOSSIER_IS_FILTER (self));

  if (*stripped == '\0')
    g_clear_pointer (&stripped, g_free);
  if (g_strcmp0 (stripped, self->text) == 0)
    return;
  g_free (self->text);
  g_free (self->needle);
  self->text = g_steal_pointer (&stripped);
  self->needle = self->text ? g_utf8_casefold (self->text, -1) : NULL;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TEXT]);
  recompute (self);
  changed (self, was_active, old_n);
}

const char *
dossier_filter_get_text (DossierFilter *self)
{
  return self->text;
}

/**
 * dossier_filter_set_restrict:
 * @ids: (nullable) (array length=n_ids): article ids, in any order
 *
 * Narrows the filter to these articles as well (AND with the entities and
 * the text): how a full-text search from the index combines with the
 * entity filter, by intersecting id sets. %NULL lifts the restriction; an
 * empty array matches nothing.
 */
void
dossier_filter_set_restrict (DossierFilter *self,
                             const guint32 *ids,
                             guint          n_ids)
{
  gboolean was_active = self->active;
  guint old_n = dossier_filter_get_n_matches (self);

  g_return_if_fail (DOSSIER_IS_FILTER (self));

  if (ids == NULL && self->restrict_ids == NULL)
    return;
  g_clear_pointer (&self->restrict_ids, g_array_unref);
  if (ids != NULL)
    {
      guint32 *r;
      guint out = 0;

      self->restrict_ids = g_array_sized_new (FALSE, FALSE, sizeof (guint32), n_ids);
      g_array_append_vals (self->restrict_ids, ids, n_ids);
      g_array_sort (self->restrict_ids, compare_ids);
      /* Sorted and without duplicates, as intersect() expects. */
      r = (guint32 *) self->restrict_ids->data;
      for (guint i = 0; i < n_ids; i++)
        if (out == 0 || r[out - 1] != r[i])
          r[out++] = r[i];
      g_array_set_size (self->restrict_ids, out);
    }
  recompute (self);
  changed (self, was_active, old_n);
}

/**
 * dossier_filter_get_restricted:
 *
 * Returns: whether dossier_filter_set_restrict() narrows the filter
 */
gboolean
dossier_filter_get_restricted (DossierFilter *self)
{
  return self->restrict_ids != NULL;
}

/**
 * dossier_filter_clear:
 *
 * Drops the selected entities and the text.
 *
 * Returns: whether there was anything to clear
 */
gboolean
dossier_filter_clear (DossierFilter *self)
{
  gboolean was_active = self->active;
  guint old_n = dossier_filter_get_n_matches (self);

  if (!self->active)
    return FALSE;
  g_array_set_size (self->selected, 0);
  g_clear_pointer (&self->restrict_ids, g_array_unref);
  if (self->text)
    {
      g_clear_pointer (&self->text, g_free);
      g_clear_pointer (&self->needle, g_free);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TEXT]);
    }
  recompute (self);
  changed (self, was_active, old_n);
  return TRUE;
}

gboolean
dossier_filter_is_active (DossierFilter *self)
{
  return self->active;
}

/**
 * dossier_filter_matches:
 *
 * Returns: whether the article with @article_id passes the filter; O(1)
 */
gboolean
dossier_filter_matches (DossierFilter *self,
                        guint32        article_id)
{
  if (!self->active)
    return TRUE;
  return article_id < self->n_bits &&
         (self->bits[article_id / 64] & (G_GUINT64_CONSTANT (1) << (article_id % 64))) != 0;
}

/* The matching articles' bits, by article id, while the filter is active
 * (NULL otherwise): for a list that tests every article of the corpus. */
const guint64 *
_dossier_filter_peek_bits (DossierFilter *self,
                           guint         *n_bits)
{
  *n_bits = self->active ? self->n_bits : 0;
  return self->active ? self->bits : NULL;
}

guint
dossier_filter_get_n_matches (DossierFilter *self)
{
  if (!self->active)
    return g_list_model_get_n_items (G_LIST_MODEL (self->corpus));
  return self->matches->len;
}

/**
 * dossier_filter_get_facet_count:
 *
 * Returns: how many of the matching articles mention @entity_id (all its
 *   articles when the filter is not active)
 */
guint
dossier_filter_get_facet_count (DossierFilter *self,
                                guint32        entity_id)
{
  if (!self->active)
    {
      DossierEntity *entity = dossier_corpus_get_entity_by_id (self->corpus, entity_id);

      return entity ? dossier_entity_get_n_articles (entity) : 0;
    }
  return entity_id < self->n_facets ? self->facets[entity_id] : 0;
}
