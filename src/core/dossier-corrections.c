/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "dossier-corrections"

#include "config.h"

#include <errno.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <json-glib/json-glib.h>
#include <string.h>

#include "dossier-corpus-private.h"
#include "dossier-corrections.h"
#include "dossier-notes.h"

/**
 * DossierCorrections:
 *
 * What the user corrected in a folder's entities: merges, renames, changed
 * kinds, aliases split off, names that are not entities. They are user
 * data, so they live in the user's data folder (one JSON file per folder,
 * never in the disposable cache), are keyed by what survives reindexing
 * (an entity's canonical name and kind, never its id), and are replayed in
 * order on top of whatever the extractor produced.
 *
 * dossier_corrections_rebase() takes the extractor's entities and mentions
 * as the base; dossier_corrections_apply() rebuilds the corpus's entities
 * from the base and every correction, which is also how undo works.
 */

#define STORE_VERSION 1

typedef struct
{
  guint32 id;
  char *name;
  DossierLabel label;
  GStrv aliases;
} BaseEntity;

struct _DossierCorrections
{
  GObject parent_instance;

  GFile *store;
  JsonArray *list;        /* the corrections, oldest first */

  GArray *base_entities;  /* BaseEntity */
  GPtrArray *base_articles;    /* DossierArticle, with... */
  GPtrArray *base_mentions;    /* ...GArray of their original mentions */
};

G_DEFINE_FINAL_TYPE (DossierCorrections, dossier_corrections, G_TYPE_OBJECT)

static void
clear_base_entity (gpointer data)
{
  BaseEntity *e = data;

  g_clear_pointer (&e->name, g_free);
  g_clear_pointer (&e->aliases, g_strfreev);
}

static void
dossier_corrections_finalize (GObject *object)
{
  DossierCorrections *self = (DossierCorrections *) object;

  g_clear_object (&self->store);
  g_clear_pointer (&self->list, json_array_unref);
  g_array_unref (self->base_entities);
  g_ptr_array_unref (self->base_articles);
  g_ptr_array_unref (self->base_mentions);

  G_OBJECT_CLASS (dossier_corrections_parent_class)->finalize (object);
}

static void
dossier_corrections_class_init (DossierCorrectionsClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = dossier_corrections_finalize;
}

static void
dossier_corrections_init (DossierCorrections *self)
{
  self->list = json_array_new ();
  self->base_entities = g_array_new (FALSE, TRUE, sizeof (BaseEntity));
  g_array_set_clear_func (self->base_entities, clear_base_entity);
  self->base_articles = g_ptr_array_new_with_free_func (g_object_unref);
  self->base_mentions = g_ptr_array_new_with_free_func ((GDestroyNotify) g_array_unref);
}

/**
 * dossier_corrections_new:
 * @store: the JSON file the corrections are kept in
 */
DossierCorrections *
dossier_corrections_new (GFile *store)
{
  DossierCorrections *self = g_object_new (DOSSIER_TYPE_CORRECTIONS, NULL);

  self->store = g_object_ref (store);
  return self;
}

static char *
store_path_for_key (const char *key)
{
  g_autofree char *hash = g_compute_checksum_for_string (G_CHECKSUM_SHA256, key, -1);
  g_autofree char *name = g_strconcat (hash, ".json", NULL);

  return g_build_filename (g_get_user_data_dir (), "dossier", "corrections", name, NULL);
}

/**
 * dossier_corrections_new_for_folder:
 *
 * Returns: (transfer full): the corrections of @folder, kept in
 *   `$XDG_DATA_HOME/dossier/corrections/`, under a name made from the
 *   folder's path; call dossier_corrections_load()
 */
DossierCorrections *
dossier_corrections_new_for_folder (GFile *folder)
{
  g_autofree char *path = g_file_get_path (folder);
  g_autofree char *typed = path ? g_canonicalize_filename (path, NULL) : g_file_get_uri (folder);
  /* The same key as the notes' (symbolic links resolved), so that a folder
   * opened through a link finds, and forgets, the same corrections. */
  g_autofree char *real = dossier_notes_folder_key (folder);
  g_autofree char *store = store_path_for_key (real);
  g_autoptr(GFile) file = g_file_new_for_path (store);

  /* Earlier versions keyed the store by the path as typed: move such a
   * store to the new name once, rather than losing the user's work. */
  if (g_strcmp0 (typed, real) != 0 && !g_file_test (store, G_FILE_TEST_EXISTS))
    {
      g_autofree char *old = store_path_for_key (typed);

      if (g_file_test (old, G_FILE_TEST_EXISTS) && g_rename (old, store) != 0)
        g_debug ("could not move %s to %s: %s", old, store, g_strerror (errno));
    }
  return dossier_corrections_new (file);
}

GFile *
dossier_corrections_get_store (DossierCorrections *self)
{
  return self->store;
}

/**
 * dossier_corrections_load:
 *
 * Reads the store. A store that does not exist yet holds no corrections.
 */
gboolean
dossier_corrections_load (DossierCorrections  *self,
                          GError             **error)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) local_error = NULL;
  g_autofree char *path = g_file_get_path (self->store);
  JsonNode *root;
  JsonObject *object;

  if (!json_parser_load_from_file (parser, path, &local_error))
    {
      if (g_error_matches (local_error, G_FILE_ERROR, G_FILE_ERROR_NOENT))
        return TRUE;
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }
  root = json_parser_get_root (parser);
  if (root == NULL || !JSON_NODE_HOLDS_OBJECT (root) ||
      !json_object_has_member ((object = json_node_get_object (root)), "corrections") ||
      !JSON_NODE_HOLDS_ARRAY (json_object_get_member (object, "corrections")))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA, _("%s: not a corrections file"), path);
      return FALSE;
    }
  if (json_object_get_int_member_with_default (object, "version", 0) > STORE_VERSION)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
                   _("%s was written by a newer Dossier"), path);
      return FALSE;
    }
  json_array_unref (self->list);
  self->list = json_array_ref (json_object_get_array_member (object, "corrections"));
  return TRUE;
}

static gboolean
save (DossierCorrections  *self,
      GError             **error)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(JsonNode) root = NULL;
  g_autofree char *path = g_file_get_path (self->store);
  g_autofree char *dir = g_path_get_dirname (path);
  g_autofree char *data = NULL;

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "version");
  json_builder_add_int_value (builder, STORE_VERSION);
  json_builder_set_member_name (builder, "corrections");
  json_builder_add_value (builder, json_node_init_array (json_node_alloc (), self->list));
  json_builder_end_object (builder);
  root = json_builder_get_root (builder);
  json_generator_set_root (generator, root);
  json_generator_set_pretty (generator, TRUE);
  data = json_generator_to_data (generator, NULL);

  if (g_mkdir_with_parents (dir, 0700) != 0)
    {
      int e = errno;
      g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (e), "%s: %s", dir, g_strerror (e));
      return FALSE;
    }
  /* Written to a temporary file and renamed: never half a store. */
  return g_file_set_contents_full (path, data, -1, G_FILE_SET_CONTENTS_CONSISTENT | G_FILE_SET_CONTENTS_DURABLE,
                                   0600, error);
}

/**
 * dossier_corrections_forget:
 *
 * Deletes the store and every correction in it (whether it could be read
 * or not): what forgetting a folder does. One unlink(), so the store is
 * either all there or gone. The base, if any, stays: applying now gives
 * the extractor's entities back.
 *
 * Returns: %FALSE with @error set when the file exists and could not be
 *   deleted
 */
gboolean
dossier_corrections_forget (DossierCorrections  *self,
                            GError             **error)
{
  g_autofree char *path = g_file_get_path (self->store);

  if (path && g_unlink (path) != 0 && errno != ENOENT)
    {
      int e = errno;

      g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (e), "%s: %s", path, g_strerror (e));
      return FALSE;
    }
  json_array_unref (self->list);
  self->list = json_array_new ();
  return TRUE;
}

guint
dossier_corrections_get_n (DossierCorrections *self)
{
  return json_array_get_length (self->list);
}

static JsonObject *
entity_key (DossierEntity *entity)
{
  JsonObject *key = json_object_new ();

  json_object_set_string_member (key, "name", dossier_entity_get_name (entity));
  json_object_set_string_member (key, "label", dossier_label_to_string (dossier_entity_get_label (entity)));
  return key;
}

static gboolean
add (DossierCorrections  *self,
     const char          *op,
     DossierEntity       *entity,
     JsonObject          *object,
     GError             **error)
{
  json_object_set_string_member (object, "op", op);
  json_object_set_object_member (object, "entity", entity_key (entity));
  json_array_add_object_element (self->list, object);
  if (!save (self, error))
    {
      json_array_remove_element (self->list, json_array_get_length (self->list) - 1);
      return FALSE;
    }
  return TRUE;
}

/**
 * dossier_corrections_merge:
 *
 * @from becomes part of @into: its names become aliases of @into.
 */
gboolean
dossier_corrections_merge (DossierCorrections  *self,
                           DossierEntity       *from,
                           DossierEntity       *into,
                           GError             **error)
{
  JsonObject *object = json_object_new ();

  json_object_set_object_member (object, "into", entity_key (into));
  return add (self, "merge", from, object, error);
}

gboolean
dossier_corrections_rename (DossierCorrections  *self,
                            DossierEntity       *entity,
                            const char          *name,
                            GError             **error)
{
  JsonObject *object = json_object_new ();

  json_object_set_string_member (object, "name", name);
  return add (self, "rename", entity, object, error);
}

gboolean
dossier_corrections_relabel (DossierCorrections  *self,
                             DossierEntity       *entity,
                             DossierLabel         label,
                             GError             **error)
{
  JsonObject *object = json_object_new ();

  json_object_set_string_member (object, "label", dossier_label_to_string (label));
  return add (self, "relabel", entity, object, error);
}

gboolean
dossier_corrections_not_entity (DossierCorrections  *self,
                                DossierEntity       *entity,
                                GError             **error)
{
  return add (self, "not-entity", entity, json_object_new (), error);
}

/**
 * dossier_corrections_split:
 *
 * The mentions of @entity written @alias become an entity of their own.
 */
gboolean
dossier_corrections_split (DossierCorrections  *self,
                           DossierEntity       *entity,
                           const char          *alias,
                           GError             **error)
{
  JsonObject *object = json_object_new ();

  json_object_set_string_member (object, "alias", alias);
  return add (self, "split", entity, object, error);
}

/**
 * dossier_corrections_undo:
 *
 * Forgets the last correction. Call dossier_corrections_apply() then.
 *
 * Returns: %FALSE when there was none or the store could not be written
 */
gboolean
dossier_corrections_undo (DossierCorrections  *self,
                          GError             **error)
{
  guint n = json_array_get_length (self->list);
  g_autoptr(JsonNode) last = NULL;

  if (n == 0)
    return FALSE;
  last = json_node_copy (json_array_get_element (self->list, n - 1));
  json_array_remove_element (self->list, n - 1);
  if (!save (self, error))
    {
      json_array_add_element (self->list, g_steal_pointer (&last));
      return FALSE;
    }
  return TRUE;
}

/**
 * dossier_corrections_rebase:
 *
 * Takes @corpus's entities and mentions, as the extractor made them, as
 * what the corrections apply to. Call it whenever extraction ran.
 */
void
dossier_corrections_rebase (DossierCorrections *self,
                            DossierCorpus      *corpus)
{
  GListModel *entities = dossier_corpus_get_entities (corpus);
  guint n = g_list_model_get_n_items (entities);
  guint n_articles = g_list_model_get_n_items (G_LIST_MODEL (corpus));

  g_array_set_size (self->base_entities, 0);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(DossierEntity) entity = g_list_model_get_item (entities, i);
      BaseEntity e;

      e.id = dossier_entity_get_id (entity);
      e.name = g_strdup (dossier_entity_get_name (entity));
      e.label = dossier_entity_get_label (entity);
      e.aliases = g_strdupv ((char **) dossier_entity_get_aliases (entity));
      g_array_append_val (self->base_entities, e);
    }

  g_ptr_array_set_size (self->base_articles, 0);
  g_ptr_array_set_size (self->base_mentions, 0);
  for (guint i = 0; i < n_articles; i++)
    {
      DossierArticle *article = dossier_corpus_get_article (corpus, i);
      guint n_mentions;
      const DossierMention *mentions = dossier_article_get_mentions (article, &n_mentions);
      GArray *copy = g_array_sized_new (FALSE, FALSE, sizeof (DossierMention), n_mentions);

      g_array_append_vals (copy, mentions, n_mentions);
      g_ptr_array_add (self->base_articles, g_object_ref (article));
      g_ptr_array_add (self->base_mentions, copy);
    }
}

/* Replaying */

typedef struct
{
  char *name;
  DossierLabel label;
  guint32 parent;
  gboolean dropped;
  GPtrArray *aliases;  /* char* */
} Node;

typedef struct
{
  guint32 from;
  char *folded;
  guint32 to;
} SplitRule;

static guint32
find_root (GArray  *nodes,
           guint32  i)
{
  while (g_array_index (nodes, Node, i).parent != i)
    i = g_array_index (nodes, Node, i).parent;
  return i;
}

static gboolean
parse_key (JsonObject   *object,
           const char   *member,
           const char  **name,
           DossierLabel *label)
{
  JsonObject *key;

  if (!json_object_has_member (object, member) ||
      !JSON_NODE_HOLDS_OBJECT (json_object_get_member (object, member)))
    return FALSE;
  key = json_object_get_object_member (object, member);
  *name = json_object_get_string_member_with_default (key, "name", NULL);
  return *name != NULL &&
         dossier_label_from_string (json_object_get_string_member_with_default (key, "label", ""), label);
}

/* The live (not merged away, not dropped) entity called @name with @label,
 * as renamed so far; G_MAXUINT32 when there is none (the extractor no
 * longer finds it: the correction waits, harmless, in the store). */
static guint32
lookup (GArray       *nodes,
        const char   *name,
        DossierLabel  label)
{
  for (guint32 i = 0; i < nodes->len; i++)
    {
      Node *node = &g_array_index (nodes, Node, i);

      if (node->parent == i && !node->dropped && node->label == label && g_strcmp0 (node->name, name) == 0)
        return i;
    }
  return G_MAXUINT32;
}

static void
add_alias (Node       *node,
           const char *alias)
{
  for (guint i = 0; i < node->aliases->len; i++)
    if (g_str_equal (g_ptr_array_index (node->aliases, i), alias))
      return;
  g_ptr_array_add (node->aliases, g_strdup (alias));
}

static void
clear_node (gpointer data)
{
  Node *node = data;

  g_free (node->name);
  g_ptr_array_unref (node->aliases);
}

static void
clear_rule (gpointer data)
{
  g_free (((SplitRule *) data)->folded);
}

/**
 * dossier_corrections_apply:
 *
 * Rebuilds @corpus's entities and its articles' mentions from the base
 * (see dossier_corrections_rebase()) and every correction, in order.
 */
void
dossier_corrections_apply (DossierCorrections *self,
                           DossierCorpus      *corpus)
{
  g_autoptr(GArray) nodes = g_array_new (FALSE, TRUE, sizeof (Node));
  g_autoptr(GArray) rules = g_array_new (FALSE, TRUE, sizeof (SplitRule));
  g_autoptr(GPtrArray) made = g_ptr_array_new_with_free_func (g_object_unref);
  g_autofree DossierEntity **by_root = NULL;
  guint32 max_id = 0;

  g_array_set_clear_func (nodes, clear_node);
  g_array_set_clear_func (rules, clear_rule);

  /* Nodes are indexed by entity id; ids may have gaps. */
  for (guint i = 0; i < self->base_entities->len; i++)
    max_id = MAX (max_id, g_array_index (self->base_entities, BaseEntity, i).id + 1);
  g_array_set_size (nodes, max_id);
  for (guint32 i = 0; i < max_id; i++)
    {
      Node *node = &g_array_index (nodes, Node, i);

      node->parent = i;
      node->dropped = TRUE;  /* until a base entity fills it */
      node->aliases = g_ptr_array_new_with_free_func (g_free);
    }
  for (guint i = 0; i < self->base_entities->len; i++)
    {
      BaseEntity *e = &g_array_index (self->base_entities, BaseEntity, i);
      Node *node = &g_array_index (nodes, Node, e->id);

      node->name = g_strdup (e->name);
      node->label = e->label;
      node->dropped = FALSE;
      for (guint j = 0; e->aliases[j]; j++)
        add_alias (node, e->aliases[j]);
    }

  for (guint c = 0; c < json_array_get_length (self->list); c++)
    {
      JsonNode *element = json_array_get_element (self->list, c);
      JsonObject *object;
      const char *op, *name;
      DossierLabel label;
      guint32 r;

      if (!JSON_NODE_HOLDS_OBJECT (element))
        continue;
      object = json_node_get_object (element);
      op = json_object_get_string_member_with_default (object, "op", "");
      if (!parse_key (object, "entity", &name, &label) || (r = lookup (nodes, name, label)) == G_MAXUINT32)
        continue;

      if (g_str_equal (op, "merge"))
        {
          const char *into_name;
          DossierLabel into_label;
          guint32 t;
          Node *from, *into;

          if (!parse_key (object, "into", &into_name, &into_label) ||
              (t = lookup (nodes, into_name, into_label)) == G_MAXUINT32 || t == r)
            continue;
          from = &g_array_index (nodes, Node, r);
          into = &g_array_index (nodes, Node, t);
          from->parent = t;
          add_alias (into, from->name);
          for (guint i = 0; i < from->aliases->len; i++)
            add_alias (into, g_ptr_array_index (from->aliases, i));
        }
      else if (g_str_equal (op, "rename"))
        {
          const char *new_name = json_object_get_string_member_with_default (object, "name", NULL);
          Node *node = &g_array_index (nodes, Node, r);

          if (new_name == NULL || *new_name == '\0')
            continue;
          add_alias (node, node->name);
          g_free (node->name);
          node->name = g_strdup (new_name);
        }
      else if (g_str_equal (op, "relabel"))
        {
          DossierLabel new_label;

          if (dossier_label_from_string (json_object_get_string_member_with_default (object, "label", ""), &new_label))
            g_array_index (nodes, Node, r).label = new_label;
        }
      else if (g_str_equal (op, "not-entity"))
        g_array_index (nodes, Node, r).dropped = TRUE;
      else if (g_str_equal (op, "split"))
        {
          const char *alias = json_object_get_string_member_with_default (object, "alias", NULL);
          Node fresh = { 0 };
          SplitRule rule;
          Node *node;

          if (alias == NULL || *alias == '\0')
            continue;
          fresh.name = g_strdup (alias);
          fresh.label = g_array_index (nodes, Node, r).label;
          fresh.parent = nodes->len;
          fresh.aliases = g_ptr_array_new_with_free_func (g_free);
          g_ptr_array_add (fresh.aliases, g_strdup (alias));
          rule.from = r;
          rule.folded = g_utf8_casefold (alias, -1);
          rule.to = nodes->len;
          g_array_append_val (nodes, fresh);
          g_array_append_val (rules, rule);

          node = &g_array_index (nodes, Node, r);
          for (guint i = 0; i < node->aliases->len; i++)
            if (g_utf8_collate (g_ptr_array_index (node->aliases, i), alias) == 0)
              g_ptr_array_remove_index (node->aliases, i--);
        }
    }

  /* The mentions, re-linked; those of dropped entities go. */
  by_root = g_new0 (DossierEntity *, nodes->len);
  for (guint a = 0; a < self->base_articles->len; a++)
    {
      DossierArticle *article = g_ptr_array_index (self->base_articles, a);
      GArray *base = g_ptr_array_index (self->base_mentions, a);
      GArray *mentions = g_array_sized_new (FALSE, FALSE, sizeof (DossierMention), base->len);
      const char *text = dossier_article_get_text (article);
      guint32 article_id = dossier_article_get_id (article);

      for (guint i = 0; i < base->len; i++)
        {
          DossierMention m = g_array_index (base, DossierMention, i);
          Node *node;
          guint32 root;

          if (m.entity == DOSSIER_NO_ENTITY || m.entity >= max_id)
            {
              g_array_append_val (mentions, m);
              continue;
            }
          root = find_root (nodes, m.entity);
          for (guint k = 0; k < rules->len; k++)
            {
              SplitRule *rule = &g_array_index (rules, SplitRule, k);

              if (find_root (nodes, rule->from) == root)
                {
                  g_autofree char *surface = g_utf8_casefold (text + m.start, m.end - m.start);

                  if (g_str_equal (surface, rule->folded))
                    root = find_root (nodes, rule->to);
                }
            }
          node = &g_array_index (nodes, Node, root);
          if (node->dropped)
            continue;
          m.entity = root;
          m.label = node->label;
          g_array_append_val (mentions, m);

          if (by_root[root] == NULL)
            {
              by_root[root] = dossier_entity_new (root, node->name, node->label);
              for (guint j = 0; j < node->aliases->len; j++)
                dossier_entity_add_alias (by_root[root], g_ptr_array_index (node->aliases, j));
              g_ptr_array_add (made, by_root[root]);
            }
          dossier_entity_add_mention (by_root[root], article_id);
        }
      dossier_article_take_mentions (article, mentions);
    }

  for (guint i = 0; i < made->len; i++)
    dossier_entity_finish (g_ptr_array_index (made, i));
  dossier_corpus_set_entities (corpus, made);
}
