/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "dossier-entity"

#include "config.h"

#include <stdlib.h>

#include "dossier-entity.h"
#include "dossier-entity-private.h"

/**
 * DossierEntity:
 *
 * A person, organisation, place or other name, linked across the folder:
 * its canonical name, the names it goes by, and the sorted ids of the
 * articles that mention it (what entity filters intersect).
 */
struct _DossierEntity
{
  GObject parent_instance;

  guint32 id;
  char *name;
  DossierLabel label;
  GPtrArray *aliases;   /* char*, NULL-terminated */
  GArray *article_ids;  /* guint32, sorted and unique after finish() */
  guint n_mentions;
};

G_DEFINE_FINAL_TYPE (DossierEntity, dossier_entity, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_NAME,
  PROP_LABEL,
  PROP_N_MENTIONS,
  PROP_N_ARTICLES,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
dossier_entity_finalize (GObject *object)
{
  DossierEntity *self = (DossierEntity *) object;

  g_free (self->name);
  g_ptr_array_unref (self->aliases);
  g_array_unref (self->article_ids);

  G_OBJECT_CLASS (dossier_entity_parent_class)->finalize (object);
}

static void
dossier_entity_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  DossierEntity *self = DOSSIER_ENTITY (object);

  switch (prop_id)
    {
    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;
    case PROP_LABEL:
      g_value_set_uint (value, self->label);
      break;
    case PROP_N_MENTIONS:
      g_value_set_uint (value, self->n_mentions);
      break;
    case PROP_N_ARTICLES:
      g_value_set_uint (value, self->article_ids->len);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dossier_entity_class_init (DossierEntityClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY;

  object_class->finalize = dossier_entity_finalize;
  object_class->get_property = dossier_entity_get_property;

  properties[PROP_NAME] = g_param_spec_string ("name", NULL, NULL, NULL, flags);
  properties[PROP_LABEL] = g_param_spec_uint ("label", NULL, NULL, 0, DOSSIER_LABEL_MISC, 0, flags);
  properties[PROP_N_MENTIONS] = g_param_spec_uint ("n-mentions", NULL, NULL, 0, G_MAXUINT, 0, flags);
  properties[PROP_N_ARTICLES] = g_param_spec_uint ("n-articles", NULL, NULL, 0, G_MAXUINT, 0, flags);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
dossier_entity_init (DossierEntity *self)
{
  self->aliases = g_ptr_array_new_with_free_func (g_free);
  g_ptr_array_add (self->aliases, NULL);
  self->article_ids = g_array_new (FALSE, FALSE, sizeof (guint32));
}

DossierEntity *
dossier_entity_new (guint32      id,
                    const char  *name,
                    DossierLabel label)
{
  DossierEntity *self = g_object_new (DOSSIER_TYPE_ENTITY, NULL);

  self->id = id;
  self->name = g_strdup (name);
  self->label = label;
  return self;
}

guint32
dossier_entity_get_id (DossierEntity *self)
{
  return self->id;
}

/**
 * dossier_entity_get_name:
 *
 * Returns: the canonical name ("Xi Jinping")
 */
const char *
dossier_entity_get_name (DossierEntity *self)
{
  g_return_val_if_fail (DOSSIER_IS_ENTITY (self), NULL);
  return self->name;
}

void
dossier_entity_set_name (DossierEntity *self,
                         const char    *name)
{
  if (g_strcmp0 (self->name, name) == 0)
    return;
  g_free (self->name);
  self->name = g_strdup (name);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NAME]);
}

DossierLabel
dossier_entity_get_label (DossierEntity *self)
{
  return self->label;
}

void
dossier_entity_set_label (DossierEntity *self,
                          DossierLabel   label)
{
  if (self->label == label)
    return;
  self->label = label;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LABEL]);
}

/**
 * dossier_entity_get_aliases:
 *
 * Returns: (transfer none): the distinct names the entity is mentioned by
 */
const char * const *
dossier_entity_get_aliases (DossierEntity *self)
{
  return (const char * const *) self->aliases->pdata;
}

gboolean
dossier_entity_has_alias (DossierEntity *self,
                          const char    *alias)
{
  for (guint i = 0; i + 1 < self->aliases->len; i++)
    if (g_str_equal (g_ptr_array_index (self->aliases, i), alias))
      return TRUE;
  return FALSE;
}

void
dossier_entity_add_alias (DossierEntity *self,
                          const char    *alias)
{
  if (dossier_entity_has_alias (self, alias))
    return;
  g_ptr_array_insert (self->aliases, self->aliases->len - 1, g_strdup (alias));
}

guint
dossier_entity_get_n_mentions (DossierEntity *self)
{
  return self->n_mentions;
}

guint
dossier_entity_get_n_articles (DossierEntity *self)
{
  return self->article_ids->len;
}

/**
 * dossier_entity_get_article_ids:
 *
 * Returns: (array length=n_ids): the sorted ids of the articles that
 *   mention the entity
 */
const guint32 *
dossier_entity_get_article_ids (DossierEntity *self,
                                guint         *n_ids)
{
  *n_ids = self->article_ids->len;
  return (const guint32 *) self->article_ids->data;
}

/**
 * dossier_entity_add_mention:
 *
 * Counts a mention in @article_id. Call dossier_entity_finish() when all
 * mentions are in.
 */
void
dossier_entity_add_mention (DossierEntity *self,
                            guint32        article_id)
{
  self->n_mentions++;
  if (self->article_ids->len == 0 ||
      g_array_index (self->article_ids, guint32, self->article_ids->len - 1) != article_id)
    g_array_append_val (self->article_ids, article_id);
}

static int
compare_ids (gconstpointer a,
             gconstpointer b)
{
  guint32 x = *(const guint32 *) a, y = *(const guint32 *) b;

  return x < y ? -1 : x > y;
}

/**
 * dossier_entity_finish:
 *
 * Sorts the article ids and drops duplicates.
 */
void
dossier_entity_finish (DossierEntity *self)
{
  guint out = 0;
  guint32 *ids = (guint32 *) self->article_ids->data;

  g_array_sort (self->article_ids, compare_ids);
  for (guint i = 0; i < self->article_ids->len; i++)
    if (out == 0 || ids[out - 1] != ids[i])
      ids[out++] = ids[i];
  g_array_set_size (self->article_ids, out);
}

/* For the index cache: the stored article ids, already sorted and unique,
 * so that reopening a folder does not count mentions again. */
void
_dossier_entity_set_articles (DossierEntity *self,
                              const guint32 *ids,
                              guint          n_ids,
                              guint          n_mentions)
{
  g_array_set_size (self->article_ids, 0);
  if (n_ids > 0)
    g_array_append_vals (self->article_ids, ids, n_ids);
  self->n_mentions = n_mentions;
}
