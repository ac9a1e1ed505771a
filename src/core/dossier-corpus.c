/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "dossier-corpus"

#include "config.h"

#include <errno.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>

#include "dossier-article-private.h"
#include "dossier-corpus-private.h"
#include "dossier-index.h"
#include "dossier-linker.h"
#include "dossier-parser.h"

/**
 * DossierCorpus:
 *
 * An opened folder: a #GListModel of its articles, newest first. Loading
 * walks the folder on a worker thread (never following a link out of it or
 * round a loop), parses files on a pool of threads, and hands articles to
 * the main thread in batches, one items-changed signal per batch.
 */
struct _DossierCorpus
{
  GObject parent_instance;

  GFile *folder;
  GPtrArray *articles;  /* sorted by dossier_article_compare() */
  guint stamp;          /* bumped whenever articles changes */
  GHashTable *by_path;  /* relative path → DossierArticle (borrowed) */
  GPtrArray *errors;    /* DossierLoadError */
  GPtrArray *by_id;     /* article id → DossierArticle (borrowed) */
  GListStore *entities; /* DossierEntity, most articles first */
  GPtrArray *entity_by_id;
  GHashTable *entity_names; /* case-folded name or alias → DossierEntity; NULL until looked up */
  DossierArticleFunc article_func;
  gpointer article_func_data;
  DossierExtractor *extractor;

  guint n_files;
  guint n_done;
  guint n_skipped;
  guint next_id;
  gboolean loading;

  /* Index cache (see "Index cache" below) */
  gboolean use_index;
  DossierIndex *index;
  GError *index_error;
  gint64 index_generation;  /* files generation the in-memory links match */
  gboolean links_restored;  /* entities came from the cache: no linking */
  guint n_from_cache;
  GArray *link_hashes;      /* guint32 per article id: its links as stored */
  GHashTable *error_stats;  /* relative path → ErrorStat of a file that could not be read */

  /* Live updates (see "Live updates" below) */
  char *root;               /* real path, known once loaded */
  gboolean watching;
  GHashTable *monitors;     /* real path of a folder → GFileMonitor */
  guint refresh_source;
  GHashTable *pending;      /* relative paths events named; NULL: walk all */
  gboolean pending_walk;    /* a folder came or went: walk everything */
  GCancellable *refresh_cancellable;
  gboolean refreshing;
  gboolean refresh_again;
  gboolean relinking;
  gboolean relink_again;
  gboolean links_stale;     /* the entities are not the linker's for the articles in memory */
  guint n_links_kept;       /* changes whose links were kept without linking */
  gboolean entities_stored; /* the cache has the entities in memory */
  gboolean entities_corrected; /* the entities in memory are the user's corrections of the linker's */
};

static void list_model_iface_init (GListModelInterface *iface);
static GHashTable *error_stats_new (void);
static char *fold_name (const char *name);
static void build_entity_names (DossierCorpus *self);

G_DEFINE_FINAL_TYPE_WITH_CODE (DossierCorpus, dossier_corpus, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, list_model_iface_init))

enum {
  PROP_0,
  PROP_FOLDER,
  PROP_LOADING,
  PROP_N_FILES,
  PROP_N_DONE,
  PROP_N_ITEMS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum {
  REFRESHED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
load_error_free (DossierLoadError *e)
{
  g_free (e->path);
  g_free (e->message);
  g_free (e);
}

static void
add_error (GPtrArray  *errors,
           const char *path,
           const char *message)
{
  DossierLoadError *e = g_new0 (DossierLoadError, 1);

  e->path = g_strdup (path);
  e->message = g_strdup (message);
  g_ptr_array_add (errors, e);
}

/* GListModel */

static GType
get_item_type (GListModel *model)
{
  return DOSSIER_TYPE_ARTICLE;
}

static guint
get_n_items (GListModel *model)
{
  return DOSSIER_CORPUS (model)->articles->len;
}

static gpointer
get_item (GListModel *model,
          guint       position)
{
  DossierCorpus *self = DOSSIER_CORPUS (model);

  if (position >= self->articles->len)
    return NULL;
  return g_object_ref (g_ptr_array_index (self->articles, position));
}

static void
list_model_iface_init (GListModelInterface *iface)
{
  iface->get_item_type = get_item_type;
  iface->get_n_items = get_n_items;
  iface->get_item = get_item;
}

static void
dossier_corpus_dispose (GObject *object)
{
  DossierCorpus *self = (DossierCorpus *) object;

  dossier_corpus_watch (self, FALSE);

  G_OBJECT_CLASS (dossier_corpus_parent_class)->dispose (object);
}

static void
dossier_corpus_finalize (GObject *object)
{
  DossierCorpus *self = (DossierCorpus *) object;

  g_clear_object (&self->folder);
  g_clear_pointer (&self->articles, g_ptr_array_unref);
  g_clear_pointer (&self->by_path, g_hash_table_unref);
  g_clear_pointer (&self->errors, g_ptr_array_unref);
  g_clear_pointer (&self->by_id, g_ptr_array_unref);
  g_clear_object (&self->entities);
  g_clear_pointer (&self->entity_by_id, g_ptr_array_unref);
  g_clear_pointer (&self->entity_names, g_hash_table_unref);
  g_clear_pointer (&self->index, dossier_index_free);
  g_clear_error (&self->index_error);
  g_free (self->root);
  g_clear_pointer (&self->link_hashes, g_array_unref);
  g_clear_pointer (&self->error_stats, g_hash_table_unref);
  g_clear_pointer (&self->pending, g_hash_table_unref);
  g_clear_pointer (&self->extractor, dossier_extractor_unref);

  G_OBJECT_CLASS (dossier_corpus_parent_class)->finalize (object);
}

static void
dossier_corpus_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  DossierCorpus *self = DOSSIER_CORPUS (object);

  switch (prop_id)
    {
    case PROP_FOLDER:
      g_value_set_object (value, self->folder);
      break;
    case PROP_LOADING:
      g_value_set_boolean (value, self->loading);
      break;
    case PROP_N_FILES:
      g_value_set_uint (value, self->n_files);
      break;
    case PROP_N_DONE:
      g_value_set_uint (value, self->n_done);
      break;
    case PROP_N_ITEMS:
      g_value_set_uint (value, self->articles->len);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dossier_corpus_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  DossierCorpus *self = DOSSIER_CORPUS (object);

  switch (prop_id)
    {
    case PROP_FOLDER:
      self->folder = g_value_dup_object (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dossier_corpus_class_init (DossierCorpusClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = dossier_corpus_dispose;
  object_class->finalize = dossier_corpus_finalize;
  object_class->get_property = dossier_corpus_get_property;
  object_class->set_property = dossier_corpus_set_property;

  properties[PROP_FOLDER] =
    g_param_spec_object ("folder", NULL, NULL, G_TYPE_FILE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_LOADING] =
    g_param_spec_boolean ("loading", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_N_FILES] =
    g_param_spec_uint ("n-files", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_N_DONE] =
    g_param_spec_uint ("n-done", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_N_ITEMS] =
    g_param_spec_uint ("n-items", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * DossierCorpus::refreshed:
   *
   * Emitted on the main thread after a live update (dossier_corpus_watch())
   * changed the articles, and again once the entities were linked anew
   * (with an extractor): a view that shows entities or filters by them
   * updates itself here.
   */
  signals[REFRESHED] =
    g_signal_new ("refreshed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
unref_nullable (gpointer object)
{
  if (object)
    g_object_unref (object);
}

static void
dossier_corpus_init (DossierCorpus *self)
{
  self->articles = g_ptr_array_new_with_free_func (g_object_unref);
  self->by_path = g_hash_table_new (g_str_hash, g_str_equal);
  self->errors = g_ptr_array_new_with_free_func ((GDestroyNotify) load_error_free);
  self->by_id = g_ptr_array_new ();
  self->entities = g_list_store_new (DOSSIER_TYPE_ENTITY);
  /* Ids may have gaps (entities dropped by corrections): slots can be NULL. */
  self->entity_by_id = g_ptr_array_new_with_free_func (unref_nullable);
  self->links_stale = TRUE;
  self->error_stats = error_stats_new ();
}

/**
 * dossier_corpus_new:
 * @folder: the folder to open
 *
 * Returns: (transfer full): an empty corpus; call dossier_corpus_load_async()
 */
DossierCorpus *
dossier_corpus_new (GFile *folder)
{
  g_return_val_if_fail (G_IS_FILE (folder), NULL);
  return g_object_new (DOSSIER_TYPE_CORPUS, "folder", folder, NULL);
}

GFile *
dossier_corpus_get_folder (DossierCorpus *self)
{
  return self->folder;
}

/**
 * dossier_corpus_set_article_func:
 *
 * Sets a function run on a worker thread on every article before it is
 * added. Set it before loading.
 */
void
dossier_corpus_set_article_func (DossierCorpus      *self,
                                 DossierArticleFunc  func,
                                 gpointer            user_data)
{
  self->article_func = func;
  self->article_func_data = user_data;
}

/* Loading */

typedef struct
{
  char *path;  /* on disk */
  char *rel;   /* relative, UTF-8, for display and output */
  gint64 size;
  gint64 mtime; /* µs */
  guint32 id;   /* with the index: the article id it gets */
} FileEntry;

typedef struct
{
  DossierArticle *article;
  char *rel;
  char *message;
  FileEntry *entry;  /* borrowed from LoadState.files; NULL for an article from the cache */
  GPtrArray *cached; /* or every article from the cache, in model order, in one result */
} Result;

/* A file that could not be read, as it was then: a refresh reads it again
 * only when it changed. Reading it again each time (and storing the same
 * error again) would change the cache, whose stored links would then be
 * stale: every open would link the whole folder again. */
typedef struct
{
  gint64 size;
  gint64 mtime;
  char *message;
} ErrorStat;

static void
error_stat_free (ErrorStat *es)
{
  g_free (es->message);
  g_free (es);
}

static ErrorStat *
error_stat_new (gint64      size,
                gint64      mtime,
                const char *message)
{
  ErrorStat *es = g_new (ErrorStat, 1);

  es->size = size;
  es->mtime = mtime;
  es->message = g_strdup (message);
  return es;
}

static GHashTable *
error_stats_new (void)
{
  return g_hash_table_new_full (g_str_hash, g_str_equal, g_free, (GDestroyNotify) error_stat_free);
}

typedef struct
{
  DossierCorpus *corpus;      /* owned by the task */
  char *root;                 /* real path of the folder */
  GPtrArray *files;           /* FileEntry */
  GPtrArray *scan_errors;     /* DossierLoadError, moved to the corpus at the end */
  GHashTable *seen_dirs;      /* "dev:ino" of folders walked */
  GPtrArray *dirs;            /* paths of the folders walked, for the watch */
  GAsyncQueue *results;
  GCancellable *cancellable;
  DossierArticleFunc func;
  gpointer func_data;
  DossierExtractor *extractor;
  GMutex lock;
  GPtrArray *all;             /* every article read, in the order read (under lock) */
  guint next_id;              /* atomic */
  GPtrArray *entities;        /* DossierEntity, from linking; NULL without extraction */
  GArray *mention_entities;   /* guint32: entity of each mention of each article of all */
  guint skipped;
  guint total;
  gint scanned;               /* atomic: the walk is over, total is known */
  gint finished;              /* atomic: every file went through the pool */
  guint drain_source;
  GSource *drain;             /* the same, a reference: the load thread hurries it */
  GTask *task;

  /* Index cache */
  DossierIndex *index;        /* borrowed from the corpus */
  GAsyncQueue *to_write;      /* Result copies for the writer */
  GAsyncQueue *written;       /* DossierArticle stored: its text can go */
  GPtrArray *to_parse;        /* FileEntry, borrowed */
  GArray *removed;            /* guint32 ids of files gone */
  GPtrArray *cached_entities; /* DossierEntity, when nothing changed */
  GError *index_error;
  gint64 generation;
  guint n_from_cache;
  gboolean changed;
  GHashTable *cache_files;    /* from index_read(): path → DossierIndexFile */
  GHashTable *cache_articles; /* from index_read(): id → light DossierArticle */
  GPtrArray *cache_sorted;    /* from index_read(): the same, in model order */
  double cache_cpu_ms;        /* CPU time of index_read(), for G_MESSAGES_DEBUG */
  GThread *preload;           /* reads the stored entities meanwhile */
  GPtrArray *preloaded_entities;
  gint64 preloaded_generation;
  gboolean keep_links_possible; /* only files that were articles changed */
  GHashTable *previous;       /* id → the cache's row of a changed article */
  GPtrArray *previous_entities; /* the stored entities, linked before this change */
  gboolean links_kept;        /* linking skipped: the linker's input did not change */
} LoadState;

static void
file_entry_free (FileEntry *e)
{
  g_free (e->path);
  g_free (e->rel);
  g_free (e);
}

static void
result_free (Result *r)
{
  g_clear_object (&r->article);
  g_clear_pointer (&r->cached, g_ptr_array_unref);
  g_free (r->rel);
  g_free (r->message);
  g_free (r);
}

static void
load_state_free (LoadState *state)
{
  g_clear_handle_id (&state->drain_source, g_source_remove);
  g_clear_pointer (&state->drain, g_source_unref);
  g_free (state->root);
  g_clear_pointer (&state->files, g_ptr_array_unref);
  g_clear_pointer (&state->scan_errors, g_ptr_array_unref);
  g_clear_pointer (&state->seen_dirs, g_hash_table_unref);
  g_clear_pointer (&state->dirs, g_ptr_array_unref);
  g_clear_pointer (&state->results, g_async_queue_unref);
  g_clear_object (&state->cancellable);
  g_clear_pointer (&state->to_write, g_async_queue_unref);
  g_clear_pointer (&state->written, g_async_queue_unref);
  g_clear_pointer (&state->to_parse, g_ptr_array_unref);
  g_clear_pointer (&state->removed, g_array_unref);
  g_clear_pointer (&state->cached_entities, g_ptr_array_unref);
  g_clear_pointer (&state->preloaded_entities, g_ptr_array_unref);
  g_clear_pointer (&state->previous, g_hash_table_unref);
  g_clear_pointer (&state->previous_entities, g_ptr_array_unref);
  g_clear_pointer (&state->cache_files, g_hash_table_unref);
  g_clear_pointer (&state->cache_articles, g_hash_table_unref);
  g_clear_pointer (&state->cache_sorted, g_ptr_array_unref);
  g_clear_error (&state->index_error);
  g_clear_pointer (&state->extractor, dossier_extractor_unref);
  g_clear_pointer (&state->all, g_ptr_array_unref);
  g_clear_pointer (&state->entities, g_ptr_array_unref);
  g_clear_pointer (&state->mention_entities, g_array_unref);
  g_mutex_clear (&state->lock);
  g_free (state);
}

static gboolean
path_is_inside (const char *path,
                const char *root)
{
  gsize n = strlen (root);

  if (strcmp (root, "/") == 0)
    return TRUE;
  return strncmp (path, root, n) == 0 && (path[n] == '\0' || path[n] == '/');
}

static gboolean
html_save_folder (const char *dir,
                  const char *name)
{
  /* A page saved "complete" comes with NAME_files/ beside NAME.html. */
  gsize n = strlen (name);
  g_autofree char *stem = NULL;
  static const char *exts[] = { ".html", ".htm", ".xhtml", NULL };

  if (n <= 6 || !g_str_has_suffix (name, "_files"))
    return FALSE;
  stem = g_strndup (name, n - 6);
  for (guint i = 0; exts[i]; i++)
    {
      g_autofree char *page = g_strconcat (dir, "/", stem, exts[i], NULL);
      if (g_file_test (page, G_FILE_TEST_IS_REGULAR))
        return TRUE;
    }
  return FALSE;
}

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return strcmp (*(const char **) a, *(const char **) b);
}

static int
compare_errors (gconstpointer a,
                gconstpointer b)
{
  return strcmp ((*(DossierLoadError **) a)->path, (*(DossierLoadError **) b)->path);
}

static void
walk (LoadState  *state,
      const char *dir,
      const char *rel,
      guint       depth)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDir) d = NULL;
  g_autoptr(GPtrArray) names = NULL;
  const char *name;
  struct stat st;

  if (g_cancellable_is_cancelled (state->cancellable))
    return;
  if (depth > 64)
    {
      add_error (state->scan_errors, *rel ? rel : ".", _("Folders nested too deeply; not read"));
      return;
    }

  if (g_stat (dir, &st) == 0)
    {
      g_autofree char *key = g_strdup_printf ("%" G_GUINT64_FORMAT ":%" G_GUINT64_FORMAT,
                                              (guint64) st.st_dev, (guint64) st.st_ino);
      if (g_hash_table_contains (state->seen_dirs, key))
        return;
      g_hash_table_add (state->seen_dirs, g_steal_pointer (&key));
    }

  d = g_dir_open (dir, 0, &error);
  if (d == NULL)
    {
      add_error (state->scan_errors, *rel ? rel : ".", error->message);
      return;
    }
  if (state->dirs)
    g_ptr_array_add (state->dirs, g_strdup (dir));

  /* Sorted, so that the walk (and so the error list) is reproducible. */
  names = g_ptr_array_new_with_free_func (g_free);
  while ((name = g_dir_read_name (d)))
    g_ptr_array_add (names, g_strdup (name));
  g_ptr_array_sort (names, compare_names);

  for (guint i = 0; i < names->len; i++)
    {
      const char *n = g_ptr_array_index (names, i);
      g_autofree char *path = g_build_filename (dir, n, NULL);
      g_autofree char *display = g_filename_display_name (n);
      g_autofree char *child_rel = *rel ? g_strconcat (rel, "/", display, NULL) : g_strdup (display);
      gboolean is_dir, is_reg;

      if (n[0] == '.')
        continue;
      if (g_lstat (path, &st) != 0)
        {
          int e = errno;
          add_error (state->scan_errors, child_rel, g_strerror (e));
          continue;
        }

      if (S_ISLNK (st.st_mode))
        {
          g_autofree char *target = realpath (path, NULL);
          struct stat tst;

          /* Links are followed only when they stay inside the folder; the
           * seen-folder set takes care of loops. */
          if (target == NULL || !path_is_inside (target, state->root) || g_stat (target, &tst) != 0)
            {
              state->skipped++;
              continue;
            }
          st = tst;
        }

      is_dir = S_ISDIR (st.st_mode);
      is_reg = S_ISREG (st.st_mode);

      if (is_dir)
        {
          if (html_save_folder (dir, n))
            continue;
          walk (state, path, child_rel, depth + 1);
        }
      else if (is_reg)
        {
          FileEntry *e;

          if (dossier_format_for_path (n) == NULL)
            {
              state->skipped++;
              continue;
            }
          e = g_new0 (FileEntry, 1);
          e->path = g_steal_pointer (&path);
          e->rel = g_steal_pointer (&child_rel);
          e->size = st.st_size;
          e->mtime = (gint64) st.st_mtim.tv_sec * G_USEC_PER_SEC + st.st_mtim.tv_nsec / 1000;
          g_ptr_array_add (state->files, e);
        }
      else
        state->skipped++;
    }
}

static void
parse_one (gpointer data,
           gpointer user_data)
{
  FileEntry *entry = data;
  LoadState *state = user_data;
  Result *r = g_new0 (Result, 1);

  r->rel = g_strdup (entry->rel);
  if (!g_cancellable_is_cancelled (state->cancellable))
    {
      g_autoptr(GFile) file = g_file_new_for_path (entry->path);
      g_autoptr(GError) error = NULL;

      r->article = dossier_article_load (file, entry->rel, state->cancellable, &error);
      if (r->article == NULL)
        r->message = g_strdup (error->message);
      else
        {
          /* With the index, ids are the cache's: stable across runs (the
           * stored entity arrays hold them). */
          guint id = state->index ? entry->id : (guint) g_atomic_int_add ((gint *) &state->next_id, 1);

          dossier_article_set_id (r->article, id);
          _dossier_article_set_mtime (r->article, entry->mtime);
          if (state->extractor)
            dossier_extractor_extract (state->extractor, r->article);
          if (state->func)
            state->func (r->article, state->func_data);
          g_mutex_lock (&state->lock);
          g_ptr_array_add (state->all, g_object_ref (r->article));
          g_mutex_unlock (&state->lock);
        }
    }
  r->entry = entry;
  if (state->to_write)
    {
      Result *w = g_new0 (Result, 1);

      w->article = r->article ? g_object_ref (r->article) : NULL;
      w->message = g_strdup (r->message);
      w->entry = entry;
      g_async_queue_push (state->to_write, w);
    }
  g_async_queue_push (state->results, r);
}

/* Index cache */

/* A fingerprint of an article's mention → entity ids, to store again only
 * the articles that relinking changed. */
static guint32
links_hash (DossierArticle *article)
{
  guint n;
  const DossierMention *m = _dossier_article_get_linked_mentions (article, &n);
  guint32 h = 2166136261u;

  for (guint i = 0; i < n; i++)
    h = (h ^ m[i].entity) * 16777619u;
  return h;
}

static void
remember_links (DossierCorpus  *self,
                DossierArticle *article)
{
  guint id = dossier_article_get_id (article);

  if (self->link_hashes == NULL)
    self->link_hashes = g_array_new (FALSE, TRUE, sizeof (guint32));
  if (id >= self->link_hashes->len)
    g_array_set_size (self->link_hashes, id + 1);
  g_array_index (self->link_hashes, guint32, id) = links_hash (article);
}

/* Opens the folder's cache (once per corpus) and sorts the walked files:
 * unchanged ones (same size and mtime) become light rows from the cache,
 * pushed as results right away; new and changed ones go to the parser
 * pool, with the id they keep in the cache; the rest were deleted. */
static int compare_articles (gconstpointer a,
                             gconstpointer b);

/* What the cache must have been made with besides the readers: a cache
 * of plain reading is no use when entities are wanted. */
static const char *
index_variant (DossierCorpus *self)
{
  return self->extractor ? "entities" : "plain";
}

/* Opens the cache and reads it, on its own thread while the load thread
 * walks the folder: the two take about as long on a large folder. */
/* For G_MESSAGES_DEBUG: the CPU time of the calling thread, which a loaded
 * machine inflates less than the wall clock. */
static double
thread_cpu_ms (void)
{
  struct timespec ts;

  clock_gettime (CLOCK_THREAD_CPUTIME_ID, &ts);
  return ts.tv_sec * 1000.0 + ts.tv_nsec / 1e6;
}

static gpointer index_read_cache (LoadState *state);

/* The stored entities, read through the index's second connection while
 * index_read() reads the articles: on the large folder, 50,000 entities
 * and their article arrays are about a sixth of the reading, and the plan
 * needs them once the walk and the read are both over. Used only when
 * nothing changed (see index_plan()). */
static gpointer
preload_entities (gpointer data)
{
  LoadState *state = data;
  g_autoptr(GError) error = NULL;

  if (!dossier_index_load_entities_concurrently (state->corpus->index, &state->preloaded_entities,
                                                 &state->preloaded_generation, &error))
    g_debug ("%s", error->message);
  return NULL;
}

static void
join_preload (LoadState *state)
{
  if (state->preload)
    g_thread_join (g_steal_pointer (&state->preload));
}

static gpointer
index_read (gpointer data)
{
  LoadState *state = data;
  gpointer ret = index_read_cache (state);

  join_preload (state);
  state->cache_cpu_ms = thread_cpu_ms ();
  return ret;
}

static gpointer
index_read_cache (LoadState *state)
{
  DossierCorpus *self = state->corpus;
  g_autoptr(GError) error = NULL;

  if (self->index == NULL)
    {
      self->index = dossier_index_open (state->root, index_variant (self), &error);
      if (self->index == NULL)
        {
          g_message ("%s", error->message);
          g_propagate_error (&state->index_error, g_steal_pointer (&error));
          return NULL;
        }
    }

  if (self->extractor)
    state->preload = g_thread_new ("dossier-entities", preload_entities, state);

  if (!dossier_index_load (self->index, self->folder, &state->cache_files, &state->cache_articles, &error))
    {
      /* Not while the cache is reset or closed. */
      join_preload (state);
      g_clear_pointer (&state->preloaded_entities, g_ptr_array_unref);
      if (!g_error_matches (error, DOSSIER_INDEX_ERROR, DOSSIER_INDEX_ERROR_CORRUPT) ||
          !dossier_index_reset (self->index, error->message, NULL) ||
          (g_clear_error (&error),
           !dossier_index_load (self->index, self->folder, &state->cache_files, &state->cache_articles, &error)))
        {
          g_message ("%s", error->message);
          g_propagate_error (&state->index_error, g_steal_pointer (&error));
          g_clear_pointer (&self->index, dossier_index_free);
          return NULL;
        }
    }

  /* Sorted here, while the walk still runs, so that the rows reach the
   * main thread in model order and it merges them in one pass. */
  {
    GHashTableIter iter;
    gpointer value;

    state->cache_sorted = g_ptr_array_new_full (g_hash_table_size (state->cache_articles), g_object_unref);
    g_hash_table_iter_init (&iter, state->cache_articles);
    while (g_hash_table_iter_next (&iter, NULL, &value))
      g_ptr_array_add (state->cache_sorted, g_object_ref (value));
    g_ptr_array_sort (state->cache_sorted, compare_articles);
  }
  return NULL;
}

static void
index_plan (LoadState *state)
{
  DossierCorpus *self = state->corpus;
  GHashTable *files = state->cache_files;
  GHashTable *articles = state->cache_articles;
  g_autoptr(GError) error = NULL;
  GHashTableIter iter;
  gpointer key, value;
  guint n_new = 0;
  g_autoptr(GPtrArray) hits = g_ptr_array_new_with_free_func ((GDestroyNotify) result_free);
  g_autoptr(GHashTable) kept = g_hash_table_new (NULL, NULL);

  if (self->index == NULL || files == NULL)
    return;

  state->index = self->index;
  state->to_write = g_async_queue_new_full ((GDestroyNotify) result_free);
  state->written = g_async_queue_new_full (g_object_unref);
  state->removed = g_array_new (FALSE, FALSE, sizeof (guint32));
  state->previous = g_hash_table_new_full (NULL, NULL, NULL, g_object_unref);
  state->keep_links_possible = TRUE;
  g_ptr_array_set_size (state->to_parse, 0);

  for (guint i = 0; i < state->files->len; i++)
    {
      FileEntry *e = g_ptr_array_index (state->files, i);
      DossierIndexFile *f = g_hash_table_lookup (files, e->rel);

      if (f != NULL && f->size == e->size && f->mtime == e->mtime)
        {
          /* Unchanged: an error is replayed now, an article stays in
           * the table and is sent below, in model order. */
          if (f->error)
            {
              Result *r = g_new0 (Result, 1);

              r->rel = g_strdup (e->rel);
              r->message = g_strdup (f->error);
              r->entry = e;
              g_ptr_array_add (hits, r);
            }
          else if (g_hash_table_contains (articles, GUINT_TO_POINTER (f->id)))
            g_hash_table_add (kept, GUINT_TO_POINTER (f->id));
          else
            {
              e->id = f->id;
              g_ptr_array_add (state->to_parse, e);
              state->changed = TRUE;
              state->keep_links_possible = FALSE;
            }
          g_hash_table_remove (files, e->rel);
          continue;
        }

      e->id = f ? f->id : 0;
      g_ptr_array_add (state->to_parse, e);
      state->changed = TRUE;
      if (f)
        {
          DossierArticle *before = f->error ? NULL : g_hash_table_lookup (articles, GUINT_TO_POINTER (f->id));

          /* Its stored row, with its links: if the new version gives the
           * linker the same input, the links stand (see keep_links()). */
          if (before)
            g_hash_table_insert (state->previous, GUINT_TO_POINTER (f->id), g_object_ref (before));
          else
            state->keep_links_possible = FALSE;
          g_hash_table_remove (files, e->rel);
        }
      else
        {
          n_new++;
          state->keep_links_possible = FALSE;
        }
    }

  if (n_new > 0)
    {
      guint32 next = 0;

      if (!dossier_index_reserve_ids (self->index, n_new, &next, &error))
        {
          /* Without ids nothing can be stored: read everything, as
           * without a cache (the articles still need ids). */
          g_message ("%s", error->message);
          g_propagate_error (&state->index_error, g_steal_pointer (&error));
          state->index = NULL;
          g_ptr_array_set_size (state->to_parse, 0);
          g_ptr_array_extend (state->to_parse, state->files, NULL, NULL);
          g_clear_pointer (&state->to_write, g_async_queue_unref);
          return;
        }
      for (guint i = 0; i < state->to_parse->len; i++)
        {
          FileEntry *e = g_ptr_array_index (state->to_parse, i);
          if (e->id == 0)
            e->id = next++;
        }
    }

  /* Only now, when every id is known, do rows reach the main thread; in
   * model order, so that merging them there is one pass, and all in one
   * result, so that they come in one batch (one items-changed) and
   * without a queue operation each. */
  {
    Result *r = g_new0 (Result, 1);

    r->cached = g_ptr_array_new_full (g_hash_table_size (kept), g_object_unref);
    for (guint i = 0; i < state->cache_sorted->len; i++)
      {
        DossierArticle *a = g_ptr_array_index (state->cache_sorted, i);

        if (g_hash_table_contains (kept, GUINT_TO_POINTER (dossier_article_get_id (a))))
          {
            g_ptr_array_add (r->cached, g_object_ref (a));
            /* The linking step sees the rows from the cache too. */
            if (state->all)
              g_ptr_array_add (state->all, g_object_ref (a));
          }
      }
    state->n_from_cache = hits->len + r->cached->len;
    g_ptr_array_add (hits, r);
  }
  for (guint i = 0; i < hits->len; i++)
    g_async_queue_push (state->results, g_ptr_array_index (hits, i));
  g_free (g_ptr_array_steal (hits, NULL));

  /* What is left in the cache is gone from the folder. */
  g_hash_table_iter_init (&iter, files);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      DossierIndexFile *f = value;
      g_array_append_val (state->removed, f->id);
      state->changed = TRUE;
      state->keep_links_possible = FALSE;
    }

  /* The stored entities are the links of the files as they were before
   * this load only when they were linked from that generation. */
  if (state->changed && state->keep_links_possible && state->preloaded_entities &&
      state->preloaded_generation == dossier_index_get_generation (self->index))
    state->previous_entities = g_steal_pointer (&state->preloaded_entities);

  if (!state->changed)
    state->generation = dossier_index_get_generation (self->index);
  if (!state->changed && state->preloaded_entities && state->preloaded_generation == state->generation)
    state->cached_entities = g_steal_pointer (&state->preloaded_entities);
  else if (!state->changed && !dossier_index_load_entities (self->index, &state->cached_entities, &error))
    {
      g_message ("%s", error->message);
      g_clear_error (&error);
    }
  /* Entities are set by id: any gap (a damaged row) means linking again. */
  for (guint i = 0; state->cached_entities && i < state->cached_entities->len; i++)
    if (dossier_entity_get_id (g_ptr_array_index (state->cached_entities, i)) != i)
      g_clear_pointer (&state->cached_entities, g_ptr_array_unref);
}

/* The one writer: stores what the pool parses as it comes, in one
 * transaction (a reader of the cache sees all of it or none). */
static void
index_write (LoadState *state)
{
  DossierIndex *index = state->index;
  g_autoptr(GError) error = NULL;
  gboolean ok;

  if (!state->changed)
    return;

  ok = dossier_index_begin (index, &error);
  for (guint i = 0; i < state->to_parse->len; i++)
    {
      Result *w = g_async_queue_pop (state->to_write);
      FileEntry *e = w->entry;

      if (ok && g_cancellable_is_cancelled (state->cancellable))
        {
          /* Keep what was written: it is all consistent, and the rest
           * is read on the next open. */
        }
      else if (ok && w->article)
        {
          ok = dossier_index_put_article (index, e->id, w->article, &error);
          /* Its text can be freed now, on the main thread (the only one
           * that reads texts of articles in the model). */
          if (ok)
            {
              /* The linker (on this thread, later) reads the mention
               * texts while the main thread may be freeing the body. */
              _dossier_article_keep_surfaces (w->article);
              g_async_queue_push (state->written, g_object_ref (w->article));
            }
        }
      else if (ok && w->message)
        ok = dossier_index_put_error (index, e->id, e->rel, e->size, e->mtime, w->message, &error);
      result_free (w);
    }
  for (guint i = 0; ok && i < state->removed->len; i++)
    ok = dossier_index_remove (index, g_array_index (state->removed, guint32, i), &error);
  if (ok)
    ok = dossier_index_commit (index, &error);
  else
    dossier_index_rollback (index);
  if (ok)
    state->generation = dossier_index_get_committed_generation (index);

  if (!ok)
    {
      g_message ("%s", error->message);
      if (g_error_matches (error, DOSSIER_INDEX_ERROR, DOSSIER_INDEX_ERROR_CORRUPT))
        dossier_index_reset (index, error->message, NULL);
      g_propagate_error (&state->index_error, g_steal_pointer (&error));
    }
}

/* Entities the linker made (or the cache kept from it), not corrections. */
static void
set_linked_entities (DossierCorpus *self,
                     GPtrArray     *entities)
{
  dossier_corpus_set_entities (self, entities);
  self->entities_corrected = FALSE;
}

/* On the main thread: what linking @state found becomes the corpus's, the
 * entity of each mention set on the articles linked. */
static void
take_links (DossierCorpus *self,
            LoadState     *state)
{
  for (guint i = 0, k = 0; i < state->all->len; i++)
    {
      DossierArticle *a = g_ptr_array_index (state->all, i);
      guint n;

      _dossier_article_get_linked_mentions (a, &n);
      for (guint j = 0; j < n; j++, k++)
        dossier_article_set_mention_entity (a, j, g_array_index (state->mention_entities, guint32, k));
    }
  set_linked_entities (self, state->entities);
}

/* On the main thread, once the folder is read and (with an extractor)
 * linked: restores the entities from the cache or stores the new links,
 * and frees the bodies read meanwhile. */
static void
index_finish (DossierCorpus *self,
              LoadState     *state)
{
  g_autoptr(GError) error = NULL;

  g_clear_error (&self->index_error);
  self->n_from_cache = state->n_from_cache;
  if (state->index_error)
    self->index_error = g_error_copy (state->index_error);
  if (state->index == NULL)
    return;

  if (state->cached_entities)
    {
      set_linked_entities (self, state->cached_entities);
      self->links_stale = FALSE;
      self->links_restored = TRUE;
      self->entities_stored = TRUE;
    }
  else if (state->index_error == NULL)
    {
      self->links_restored = FALSE;
      self->index_generation = state->generation;
      if (!dossier_corpus_save_links (self, &error))
        {
          g_message ("%s", error->message);
          if (self->index_error == NULL)
            self->index_error = g_steal_pointer (&error);
        }
    }
  self->index_generation = state->generation;

  /* The cache has the bodies now; keep light rows only. */
  for (guint i = 0; i < self->articles->len; i++)
    dossier_article_drop_text (g_ptr_array_index (self->articles, i));
}

static int
compare_by_id (gconstpointer a,
               gconstpointer b)
{
  guint x = dossier_article_get_id (*(DossierArticle **) a);
  guint y = dossier_article_get_id (*(DossierArticle **) b);

  return x < y ? -1 : x > y;
}

/* What the linker reads of an article: its mentions' texts and labels, in
 * order (with the article's id, which a changed file keeps). */
static gboolean
same_linker_input (DossierArticle *a,
                   DossierArticle *b)
{
  guint na, nb;
  const DossierMention *ma = _dossier_article_get_linked_mentions (a, &na);
  const DossierMention *mb = _dossier_article_get_linked_mentions (b, &nb);

  if (na != nb || dossier_article_get_id (a) != dossier_article_get_id (b))
    return FALSE;
  for (guint i = 0; i < na; i++)
    {
      gsize la, lb;
      const char *ta, *tb;

      if (ma[i].label != mb[i].label)
        return FALSE;
      ta = dossier_article_get_mention_text (a, i, &la);
      tb = dossier_article_get_mention_text (b, i, &lb);
      if (la != lb || memcmp (ta, tb, la) != 0)
        return FALSE;
    }
  return TRUE;
}

/* The incremental path of linking, on the load thread. The linker is a
 * function of its input: the articles in the order of their paths and,
 * per article, its mentions' texts and labels in order. When only files
 * that were articles changed, each is still an article, and each gives the
 * linker the same input as before (an edit outside the names: a typo, a
 * sentence without names, a paragraph moved within the body), a full
 * relink would compute exactly the stored entities and links again: they
 * are kept, and the new versions take the old versions' links mention by
 * mention. Anything else (a file added, deleted or now unreadable, one name
 * more or less) links the whole folder, as before. */
static gboolean
keep_links (LoadState *state)
{
  GPtrArray *entities = state->previous_entities;
  guint n_seen = 0;
  guint n_mentions = 0;

  if (entities == NULL)
    return FALSE;
  for (guint i = 0; i < entities->len; i++)
    if (dossier_entity_get_id (g_ptr_array_index (entities, i)) != i)
      return FALSE;

  g_ptr_array_sort (state->all, compare_by_id);
  for (guint i = 0; i < state->all->len; i++)
    {
      DossierArticle *a = g_ptr_array_index (state->all, i);
      DossierArticle *before = g_hash_table_lookup (state->previous, GUINT_TO_POINTER (dossier_article_get_id (a)));
      guint n;
      const DossierMention *m = _dossier_article_get_linked_mentions (before ? before : a, &n);

      if (before)
        {
          if (!same_linker_input (before, a))
            return FALSE;
          n_seen++;
        }
      for (guint j = 0; j < n; j++)
        if (m[j].entity >= entities->len)
          return FALSE;
      n_mentions += n;
    }
  /* A changed file that is no article any more left the linker's input. */
  if (n_seen != g_hash_table_size (state->previous))
    return FALSE;

  state->mention_entities = g_array_sized_new (FALSE, FALSE, sizeof (guint32), n_mentions);
  for (guint i = 0; i < state->all->len; i++)
    {
      DossierArticle *a = g_ptr_array_index (state->all, i);
      DossierArticle *before = g_hash_table_lookup (state->previous, GUINT_TO_POINTER (dossier_article_get_id (a)));
      guint n;
      const DossierMention *m = _dossier_article_get_linked_mentions (before ? before : a, &n);

      for (guint j = 0; j < n; j++)
        g_array_append_val (state->mention_entities, m[j].entity);
    }
  state->entities = g_steal_pointer (&state->previous_entities);
  state->links_kept = TRUE;
  return TRUE;
}

static int
compare_by_path (gconstpointer a,
                 gconstpointer b)
{
  return strcmp (dossier_article_get_path (*(DossierArticle **) a),
                 dossier_article_get_path (*(DossierArticle **) b));
}

/* Links the mentions of every article into entities, on the worker thread.
 * The entity of each mention is kept aside and set on the articles by the
 * main thread, which may be showing them already.
 *
 * The linker sees the articles in the order of their paths, each by its
 * rank in that order: ids are handed out by the reading threads in
 * whatever order they finish, and the linker breaks its ties by the order
 * it reads (which of two "Kim"s it keeps apart keeps the plain name), so
 * that the same folder gives the same entities on every load. */
static void
link_entities (LoadState *state)
{
  g_autoptr(DossierLinker) linker = dossier_linker_new (dossier_extractor_get_gazetteer (state->extractor));
  guint n_entities;

  g_ptr_array_sort (state->all, compare_by_path);
  for (guint i = 0; i < state->all->len; i++)
    {
      DossierArticle *a = g_ptr_array_index (state->all, i);
      guint n;
      const DossierMention *m = _dossier_article_get_linked_mentions (a, &n);

      /* The mention texts, not the body: rows from the cache have no
       * body, and the main thread frees bodies once they are stored. */
      for (guint j = 0; j < n; j++)
        {
          gsize len;
          const char *text = dossier_article_get_mention_text (a, j, &len);

          dossier_linker_add_mention (linker, i, text, len, m[j].label);
        }
    }
  dossier_linker_resolve (linker);

  n_entities = dossier_linker_get_n_entities (linker);
  state->entities = g_ptr_array_new_full (n_entities, g_object_unref);
  for (guint e = 0; e < n_entities; e++)
    {
      DossierEntity *entity = dossier_entity_new (e, dossier_linker_get_entity_name (linker, e),
                                                  dossier_linker_get_entity_label (linker, e));
      const char * const *aliases = dossier_linker_get_entity_aliases (linker, e);

      for (guint k = 0; aliases && aliases[k]; k++)
        dossier_entity_add_alias (entity, aliases[k]);
      g_ptr_array_add (state->entities, entity);
    }

  state->mention_entities = g_array_sized_new (FALSE, FALSE, sizeof (guint32), dossier_linker_get_n_mentions (linker));
  for (guint i = 0, k = 0; i < state->all->len; i++)
    {
      DossierArticle *a = g_ptr_array_index (state->all, i);
      guint n;

      _dossier_article_get_linked_mentions (a, &n);
      for (guint j = 0; j < n; j++, k++)
        {
          guint32 e = dossier_linker_get_mention_entity (linker, k);

          g_array_append_val (state->mention_entities, e);
          if (e < n_entities)
            dossier_entity_add_mention (g_ptr_array_index (state->entities, e), dossier_article_get_id (a));
        }
    }
  for (guint e = 0; e < n_entities; e++)
    dossier_entity_finish (g_ptr_array_index (state->entities, e));
}

static void
load_thread (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  LoadState *state = task_data;
  g_autofree char *path = g_file_get_path (state->corpus->folder);
  GThread *reader = NULL;
  GThreadPool *pool;
  GSource *drain;
  gint64 start = g_get_monotonic_time ();

  state->root = path ? realpath (path, NULL) : NULL;
  if (state->root == NULL)
    {
      int e = errno;
      add_error (state->scan_errors, ".", path ? g_strerror (e) : _("Only local folders can be opened"));
      g_atomic_int_set (&state->scanned, 1);
      g_atomic_int_set (&state->finished, 1);
      return;
    }

  if (state->corpus->use_index)
    reader = g_thread_new ("dossier-cache", index_read, state);
  walk (state, state->root, "", 0);
  state->total = state->files->len;
  g_atomic_int_set (&state->scanned, 1);
  g_debug ("walked %u files in %.0f ms (%.0f ms CPU)", state->total, (g_get_monotonic_time () - start) / 1000.0,
           thread_cpu_ms ());

  /* With the index: unchanged files come from the cache, only the rest
   * is parsed, and this thread writes what was parsed meanwhile. */
  g_ptr_array_extend (state->to_parse, state->files, NULL, NULL);
  if (reader)
    {
      g_thread_join (reader);
      g_debug ("cache read after %.0f ms (%.0f ms CPU on its thread)", (g_get_monotonic_time () - start) / 1000.0,
               state->cache_cpu_ms);
      index_plan (state);
      g_debug ("planned after %.0f ms (%.0f ms CPU on this thread): %u from the cache, %u to read",
               (g_get_monotonic_time () - start) / 1000.0, thread_cpu_ms (),
               state->n_from_cache, state->to_parse->len);
    }

  pool = g_thread_pool_new (parse_one, state, MAX (1, (int) g_get_num_processors ()), TRUE, NULL);
  for (guint i = 0; i < state->to_parse->len; i++)
    g_thread_pool_push (pool, g_ptr_array_index (state->to_parse, i), NULL);
  if (state->index)
    index_write (state);
  g_thread_pool_free (pool, FALSE, TRUE);
  g_debug ("read and stored after %.0f ms", (g_get_monotonic_time () - start) / 1000.0);

  /* Links again when anything changed: over every article's stored
   * mentions, without tagging the unchanged files again. */
  if (state->extractor && state->cached_entities == NULL && !g_cancellable_is_cancelled (state->cancellable))
    {
      gint64 t = g_get_monotonic_time ();
      double cpu = thread_cpu_ms ();

      if (keep_links (state))
        g_debug ("links kept: the changed files give the linker the same input");
      else
        link_entities (state);
      g_debug ("linked in %.0f ms (%.0f ms CPU)", (g_get_monotonic_time () - t) / 1000.0, thread_cpu_ms () - cpu);
    }

  /* The last drain now rather than at the next tick of its timeout (33 ms
   * later on average): a reopen from the cache is over in a few hundred.
   * Once finished is set, the main thread may free the state: the source
   * is taken before (a destroyed source is never dispatched). */
  drain = g_source_ref (state->drain);
  g_atomic_int_set (&state->finished, 1);
  g_source_set_ready_time (drain, 0);
  g_source_unref (drain);
}

static int
compare_articles (gconstpointer a,
                  gconstpointer b)
{
  return dossier_article_compare (*(DossierArticle **) a, *(DossierArticle **) b);
}

/* Merges a sorted batch into the sorted list; returns the first position that
 * changed. */
static guint
merge_batch (DossierCorpus *self,
             GPtrArray     *batch)
{
  GPtrArray *merged;
  guint i = 0, j = 0, first = G_MAXUINT;

  if (batch->len == 0)
    return self->articles->len;

  merged = g_ptr_array_new_full (self->articles->len + batch->len, g_object_unref);
  while (i < self->articles->len || j < batch->len)
    {
      gpointer next;

      if (j >= batch->len ||
          (i < self->articles->len &&
           dossier_article_compare (g_ptr_array_index (self->articles, i), g_ptr_array_index (batch, j)) <= 0))
        next = g_object_ref (g_ptr_array_index (self->articles, i++));
      else
        {
          if (first == G_MAXUINT)
            first = merged->len;
          next = g_object_ref (g_ptr_array_index (batch, j++));
        }
      g_ptr_array_add (merged, next);
    }
  g_ptr_array_unref (self->articles);
  self->articles = merged;
  self->stamp++;
  return first;
}

static void watch_update_monitors (DossierCorpus *self,
                                   GPtrArray     *dirs);

static void
finish_load (LoadState *state)
{
  DossierCorpus *self = state->corpus;
  GTask *task = state->task;

  for (guint i = 0; i < state->scan_errors->len; i++)
    {
      DossierLoadError *e = g_ptr_array_index (state->scan_errors, i);
      add_error (self->errors, e->path, e->message);
    }
  if (state->root && self->root == NULL)
    self->root = g_strdup (state->root);
  if (self->watching)
    watch_update_monitors (self, state->dirs);
  g_ptr_array_sort (self->errors, compare_errors);

  if (state->entities != NULL)
    {
      take_links (self, state);
      self->links_stale = FALSE;
      if (state->links_kept)
        {
          /* Kept from the cache: they need not be written again. */
          self->n_links_kept++;
          self->entities_stored = TRUE;
        }
    }
  /* After linking: stores the links, or restores them from the cache. */
  if (self->use_index)
    index_finish (self, state);

  self->next_id = state->next_id;
  self->n_skipped = state->skipped;
  self->loading = FALSE;
  state->drain_source = 0;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LOADING]);

  if (g_cancellable_is_cancelled (state->cancellable))
    g_task_return_new_error (task, G_IO_ERROR, G_IO_ERROR_CANCELLED, _("Opening the folder was cancelled"));
  else if (state->root == NULL && state->scan_errors->len > 0)
    {
      DossierLoadError *e = g_ptr_array_index (state->scan_errors, 0);
      g_task_return_new_error (task, G_IO_ERROR, G_IO_ERROR_FAILED, "%s", e->message);
    }
  else
    g_task_return_boolean (task, TRUE);
  g_object_unref (task);
}

/* Rows from the cache come sorted: checking costs one pass, sorting again
 * seventeen at 100,000 rows. */
static gboolean
is_sorted (GPtrArray *batch)
{
  for (guint i = 1; i < batch->len; i++)
    if (dossier_article_compare (g_ptr_array_index (batch, i - 1), g_ptr_array_index (batch, i)) > 0)
      return FALSE;
  return TRUE;
}

/* A new article for the model, unless its path is there already. */
static void
add_to_batch (DossierCorpus  *self,
              LoadState      *state,
              GPtrArray      *batch,
              DossierArticle *article)
{
  const char *path = dossier_article_get_path (article);
  guint id = dossier_article_get_id (article);

  if (g_hash_table_contains (self->by_path, path))
    return;
  if (id >= self->by_id->len)
    g_ptr_array_set_size (self->by_id, id + 1);
  g_ptr_array_index (self->by_id, id) = article;
  if (state->index)
    remember_links (self, article);
  g_hash_table_insert (self->by_path, (gpointer) path, article);
  g_ptr_array_add (batch, g_object_ref (article));
}

static gboolean
drain_results (gpointer user_data)
{
  LoadState *state = user_data;
  DossierCorpus *self = state->corpus;
  g_autoptr(GPtrArray) batch = g_ptr_array_new_with_free_func (g_object_unref);
  guint old_n = self->articles->len;
  guint got = 0;
  Result *r;
  gboolean finished = g_atomic_int_get (&state->finished);

  while ((r = g_async_queue_try_pop (state->results)))
    {
      if (r->cached)
        {
          got += r->cached->len;
          for (guint i = 0; i < r->cached->len; i++)
            add_to_batch (self, state, batch, g_ptr_array_index (r->cached, i));
        }
      else
        got++;
      if (r->article)
        add_to_batch (self, state, batch, r->article);
      else if (r->message)
        {
          add_error (self->errors, r->rel, r->message);
          if (r->entry)
            g_hash_table_insert (self->error_stats, g_strdup (r->rel),
                                 error_stat_new (r->entry->size, r->entry->mtime, r->message));
        }
      result_free (r);
    }

  /* Written to the cache: keep light rows only, so that a cold open of
   * 100,000 files never holds all their bodies. Done here because the
   * main thread is the one that reads texts of articles in the model. */
  if (state->written)
    {
      DossierArticle *a;

      while ((a = g_async_queue_try_pop (state->written)))
        {
          dossier_article_drop_text (a);
          g_object_unref (a);
        }
    }

  if (batch->len > 0)
    {
      guint first;

      if (!is_sorted (batch))
        g_ptr_array_sort (batch, compare_articles);
      first = merge_batch (self, batch);
      g_list_model_items_changed (G_LIST_MODEL (self), first, old_n - first, self->articles->len - first);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_ITEMS]);
    }

  if (g_atomic_int_get (&state->scanned) && self->n_files != state->total)
    {
      self->n_files = state->total;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_FILES]);
    }
  if (got > 0)
    {
      self->n_done += got;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_DONE]);
    }

  if (finished && g_async_queue_length (state->results) == 0)
    {
      finish_load (state);
      return G_SOURCE_REMOVE;
    }
  return G_SOURCE_CONTINUE;
}

/**
 * dossier_corpus_load_async:
 *
 * Reads the folder. Articles appear in the model as they are parsed; the
 * #DossierCorpus:n-done and #DossierCorpus:n-files properties report
 * progress. Cancelling keeps what was read so far.
 */
void
dossier_corpus_load_async (DossierCorpus       *self,
                           GCancellable        *cancellable,
                           GAsyncReadyCallback  callback,
                           gpointer             user_data)
{
  g_autoptr(GTask) thread_task = NULL;
  LoadState *state;
  GTask *task;

  g_return_if_fail (DOSSIER_IS_CORPUS (self));
  g_return_if_fail (!self->loading);

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, dossier_corpus_load_async);

  state = g_new0 (LoadState, 1);
  state->corpus = self;
  state->files = g_ptr_array_new_with_free_func ((GDestroyNotify) file_entry_free);
  state->scan_errors = g_ptr_array_new_with_free_func ((GDestroyNotify) load_error_free);
  state->seen_dirs = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  state->results = g_async_queue_new_full ((GDestroyNotify) result_free);
  state->cancellable = cancellable ? g_object_ref (cancellable) : g_cancellable_new ();
  state->func = self->article_func;
  state->func_data = self->article_func_data;
  state->extractor = self->extractor ? dossier_extractor_ref (self->extractor) : NULL;
  state->all = g_ptr_array_new_with_free_func (g_object_unref);
  state->next_id = self->next_id;
  g_mutex_init (&state->lock);
  state->task = task;
  state->to_parse = g_ptr_array_new ();
  state->dirs = g_ptr_array_new_with_free_func (g_free);
  g_task_set_task_data (task, state, (GDestroyNotify) load_state_free);

  self->loading = TRUE;
  self->n_done = 0;
  self->n_files = 0;
  g_clear_pointer (&self->error_stats, g_hash_table_unref);
  self->error_stats = error_stats_new ();
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LOADING]);

  /* The walk and the pool run on their own thread; the main thread only
   * merges batches, about 15 times a second. */
  state->drain = g_timeout_source_new (66);
  g_source_set_callback (state->drain, drain_results, state, NULL);
  state->drain_source = g_source_attach (state->drain, NULL);

  /* Without a source object: the corpus is the outer task's. The thread
   * task's completion comes to the main thread a moment after the load is
   * over (its last drain comes as soon as the thread is done with the
   * state), and a reference from it would keep the corpus (and its cache
   * open) past the end of dossier_corpus_load_sync(). */
  thread_task = g_task_new (NULL, NULL, NULL, NULL);
  g_task_set_task_data (thread_task, state, NULL);
  g_task_run_in_thread (thread_task, load_thread);
}

gboolean
dossier_corpus_load_finish (DossierCorpus  *self,
                            GAsyncResult   *result,
                            GError        **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);
  return g_task_propagate_boolean (G_TASK (result), error);
}

typedef struct
{
  gboolean done;
  gboolean ok;
  GError *error;
} SyncData;

static void
sync_done (GObject      *object,
           GAsyncResult *result,
           gpointer      user_data)
{
  SyncData *data = user_data;

  data->ok = dossier_corpus_load_finish (DOSSIER_CORPUS (object), result, &data->error);
  data->done = TRUE;
}

/**
 * dossier_corpus_load_sync:
 *
 * Loads the folder and waits, iterating the thread-default main context.
 * For the command line and tests.
 */
gboolean
dossier_corpus_load_sync (DossierCorpus  *self,
                          GCancellable   *cancellable,
                          GError        **error)
{
  SyncData data = { 0 };

  dossier_corpus_load_async (self, cancellable, sync_done, &data);
  while (!data.done)
    g_main_context_iteration (NULL, TRUE);
  if (data.error)
    g_propagate_error (error, data.error);
  return data.ok;
}

gboolean
dossier_corpus_get_loading (DossierCorpus *self)
{
  return self->loading;
}

guint
dossier_corpus_get_n_files (DossierCorpus *self)
{
  return self->n_files;
}

guint
dossier_corpus_get_n_done (DossierCorpus *self)
{
  return self->n_done;
}

/**
 * dossier_corpus_get_n_skipped:
 *
 * Returns: how many entries were passed over quietly: files Dossier does
 *   not read, links leading out of the folder, special files
 */
guint
dossier_corpus_get_n_skipped (DossierCorpus *self)
{
  return self->n_skipped;
}

/**
 * dossier_corpus_get_errors:
 *
 * Returns: (transfer none) (element-type DossierLoadError): what could not
 *   be read, sorted by path once loading is over
 */
GPtrArray *
dossier_corpus_get_errors (DossierCorpus *self)
{
  return self->errors;
}

/**
 * dossier_corpus_get_article:
 *
 * Returns: (transfer none) (nullable): the article at @position
 */
DossierArticle *
dossier_corpus_get_article (DossierCorpus *self,
                            guint          position)
{
  if (position >= self->articles->len)
    return NULL;
  return g_ptr_array_index (self->articles, position);
}

/**
 * dossier_corpus_find_article:
 *
 * Returns: (transfer none) (nullable): the article at @relative_path
 */
DossierArticle *
dossier_corpus_find_article (DossierCorpus *self,
                             const char    *relative_path)
{
  return g_hash_table_lookup (self->by_path, relative_path);
}

/**
 * dossier_corpus_get_entities:
 *
 * Returns: (transfer none): a #GListModel of #DossierEntity, the entities of
 *   the folder, those in most articles first
 */
GListModel *
dossier_corpus_get_entities (DossierCorpus *self)
{
  return G_LIST_MODEL (self->entities);
}

/**
 * dossier_corpus_get_entity_by_id:
 *
 * Returns: (transfer none) (nullable): the entity with @id
 */
DossierEntity *
dossier_corpus_get_entity_by_id (DossierCorpus *self,
                                 guint32        id)
{
  if (id >= self->entity_by_id->len)
    return NULL;
  return g_ptr_array_index (self->entity_by_id, id);
}

/**
 * dossier_corpus_lookup_entity:
 *
 * Finds the entity whose canonical name or one of whose aliases is @name,
 * ignoring case.
 *
 * Returns: (transfer none) (nullable): the entity
 */
DossierEntity *
dossier_corpus_lookup_entity (DossierCorpus *self,
                              const char    *name)
{
  g_autofree char *key = fold_name (name);

  if (self->entity_names == NULL)
    build_entity_names (self);
  return g_hash_table_lookup (self->entity_names, key);
}

/**
 * dossier_corpus_get_article_by_id:
 *
 * Returns: (transfer none) (nullable): the article with @id
 */
DossierArticle *
dossier_corpus_get_article_by_id (DossierCorpus *self,
                                  guint32        id)
{
  if (id >= self->by_id->len)
    return NULL;
  return g_ptr_array_index (self->by_id, id);
}

/**
 * dossier_corpus_set_use_index:
 * @use_index: whether to use the index cache
 *
 * With the index cache (`$XDG_CACHE_HOME/dossier/`), loading reads
 * unchanged files from the cache instead of parsing them, stores what it
 * parses, and articles are light rows whose text loads on demand
 * (dossier_article_load_text()). Set it before loading. Off by default so
 * that library users and tests never write to the cache by surprise.
 */
void
dossier_corpus_set_use_index (DossierCorpus *self,
                              gboolean       use_index)
{
  g_return_if_fail (DOSSIER_IS_CORPUS (self));
  g_return_if_fail (!self->loading);
  self->use_index = !!use_index;
}

/**
 * dossier_corpus_get_use_index:
 *
 * Returns: whether loading uses the index cache
 */
gboolean
dossier_corpus_get_use_index (DossierCorpus *self)
{
  return self->use_index;
}

/**
 * dossier_corpus_get_index:
 *
 * Returns: (transfer none) (nullable): the index cache, once loaded with
 *   dossier_corpus_set_use_index()
 */
DossierIndex *
dossier_corpus_get_index (DossierCorpus *self)
{
  return self->loading ? NULL : self->index;
}

/**
 * dossier_corpus_close_index:
 *
 * Closes the index cache now (searches are no longer possible), rather
 * than when the corpus is freed: for a program about to exit.
 */
void
dossier_corpus_close_index (DossierCorpus *self)
{
  g_return_if_fail (DOSSIER_IS_CORPUS (self));
  g_return_if_fail (!self->loading);

  dossier_corpus_watch (self, FALSE);
  g_clear_pointer (&self->index, dossier_index_free);
}

/**
 * dossier_corpus_get_index_error:
 *
 * Returns: (transfer none) (nullable): why the cache could not be used or
 *   written in the last load (disk full, …); the articles are there anyway
 */
const GError *
dossier_corpus_get_index_error (DossierCorpus *self)
{
  return self->index_error;
}

/**
 * dossier_corpus_get_links_restored:
 *
 * Returns: whether the entities and the mentions' entity ids came from the
 *   cache (nothing changed since they were stored), so that linking can be
 *   skipped
 */
gboolean
dossier_corpus_get_links_restored (DossierCorpus *self)
{
  return self->links_restored;
}

/**
 * dossier_corpus_get_n_from_cache:
 *
 * Returns: how many files the last load took from the index cache without
 *   reading them (articles and remembered errors)
 */
guint
dossier_corpus_get_n_from_cache (DossierCorpus *self)
{
  return self->n_from_cache;
}

/* Live updates
 *
 * While the folder is watched, a GFileMonitor on each of its folders
 * (bounded: a huge tree gets the first WATCH_MAX_MONITORS) schedules a
 * refresh a moment after the last event. A refresh walks the folder on a
 * thread, compares size and mtime with the articles in memory, parses what
 * is new or changed, updates the cache, and hands the result to the main
 * thread, which applies it as one items-changed over the smallest range
 * that covers every change. Articles that did not change stay the same
 * objects at the same positions, so a selection on them survives.
 */

#define WATCH_MAX_MONITORS 2048
#define WATCH_DELAY_MS 200

typedef struct
{
  gint64 size;
  gint64 mtime;
  guint32 id;
  char *message;    /* a file that could not be read: its error */
  char *rel;        /* then its path, the key (an article's is borrowed) */
} Known;

static void
known_free (Known *k)
{
  g_free (k->message);
  g_free (k->rel);
  g_free (k);
}

typedef struct
{
  DossierCorpus *corpus;
  LoadState *state;       /* for walk(): files, scan errors, folders */
  GPtrArray *paths;       /* relative paths to look at, or NULL: walk all */
  GHashTable *known;      /* relative path → Known, the articles in memory */
  GPtrArray *fresh;       /* DossierArticle, new or changed */
  GPtrArray *errors;      /* DossierLoadError: every error of the folder */
  GArray *gone;           /* ids of articles removed or replaced */
  GArray *removed;        /* ids of files deleted, for the cache */
  GHashTable *error_stats; /* relative path → ErrorStat, as the refresh leaves them */
  GPtrArray *snapshot;    /* the corpus's articles when a walk of all was asked for */
  DossierIndex *index;
  GError *index_error;
  gint64 generation;
  DossierArticleFunc func;
  gpointer func_data;
} Refresh;

static void
refresh_free (Refresh *r)
{
  g_clear_object (&r->corpus);
  g_clear_pointer (&r->state, load_state_free);
  g_clear_pointer (&r->paths, g_ptr_array_unref);
  g_clear_pointer (&r->known, g_hash_table_unref);
  g_clear_pointer (&r->fresh, g_ptr_array_unref);
  g_clear_pointer (&r->errors, g_ptr_array_unref);
  g_clear_pointer (&r->gone, g_array_unref);
  g_clear_pointer (&r->removed, g_array_unref);
  g_clear_pointer (&r->error_stats, g_hash_table_unref);
  g_clear_pointer (&r->snapshot, g_ptr_array_unref);
  g_clear_error (&r->index_error);
  g_free (r);
}

static void
refresh_store (Refresh   *r,
               GPtrArray *error_entries)
{
  g_autoptr(GError) error = NULL;
  guint n_new = 0;
  guint32 next = 0;
  gboolean ok;

  for (guint i = 0; i < r->fresh->len; i++)
    if (dossier_article_get_id (g_ptr_array_index (r->fresh, i)) == 0)
      n_new++;
  n_new += error_entries->len;

  ok = n_new == 0 || dossier_index_reserve_ids (r->index, n_new, &next, &error);
  if (ok)
    ok = dossier_index_begin (r->index, &error);
  for (guint i = 0; ok && i < r->fresh->len; i++)
    {
      DossierArticle *a = g_ptr_array_index (r->fresh, i);

      if (dossier_article_get_id (a) == 0)
        dossier_article_set_id (a, next++);
      ok = dossier_index_put_article (r->index, dossier_article_get_id (a), a, &error);
    }
  for (guint i = 0; ok && i < error_entries->len; i += 2)
    {
      FileEntry *e = g_ptr_array_index (error_entries, i);
      const char *message = g_ptr_array_index (error_entries, i + 1);

      ok = dossier_index_put_error (r->index, next++, e->rel, e->size, e->mtime, message, &error);
    }
  for (guint i = 0; ok && i < r->removed->len; i++)
    ok = dossier_index_remove (r->index, g_array_index (r->removed, guint32, i), &error);
  if (ok)
    ok = dossier_index_commit (r->index, &error);
  else
    dossier_index_rollback (r->index);
  if (ok)
    r->generation = dossier_index_get_committed_generation (r->index);
  if (!ok)
    {
      g_message ("%s", error->message);
      g_propagate_error (&r->index_error, g_steal_pointer (&error));
    }
}

/* The files named by events, instead of a walk of the whole folder: what
 * keeps a change among 100,000 files quick. Only plain files reach here;
 * folders and links coming or going make a full walk. */
static void
look_at_paths (Refresh *r)
{
  LoadState *state = r->state;

  for (guint i = 0; i < r->paths->len; i++)
    {
      const char *rel = g_ptr_array_index (r->paths, i);
      g_autofree char *path = g_build_filename (state->root, rel, NULL);
      struct stat st;
      FileEntry *e;

      if (g_lstat (path, &st) != 0 || !S_ISREG (st.st_mode) || dossier_format_for_path (rel) == NULL)
        continue;
      e = g_new0 (FileEntry, 1);
      e->path = g_steal_pointer (&path);
      e->rel = g_strdup (rel);
      e->size = st.st_size;
      e->mtime = (gint64) st.st_mtim.tv_sec * G_USEC_PER_SEC + st.st_mtim.tv_nsec / 1000;
      g_ptr_array_add (state->files, e);
    }
}

static void add_known (Refresh        *r,
                       DossierArticle *a);

static void
refresh_thread (GTask        *task,
                gpointer      source_object,
                gpointer      task_data,
                GCancellable *cancellable)
{
  Refresh *r = task_data;
  LoadState *state = r->state;
  g_autoptr(GPtrArray) error_entries = g_ptr_array_new_with_free_func (NULL);
  g_autoptr(GPtrArray) messages = g_ptr_array_new_with_free_func (g_free);
  GHashTableIter iter;
  gpointer key, value;

  /* What is in memory, from the snapshot taken on the main thread: made
   * here, where 100,000 entries do not hold up the first frame. */
  for (guint i = 0; r->snapshot && i < r->snapshot->len; i++)
    add_known (r, g_ptr_array_index (r->snapshot, i));

  if (r->paths)
    look_at_paths (r);
  else
    walk (state, state->root, "", 0);
  if (g_cancellable_is_cancelled (cancellable))
    return;

  for (guint i = 0; i < state->files->len; i++)
    {
      FileEntry *e = g_ptr_array_index (state->files, i);
      Known *k = g_hash_table_lookup (r->known, e->rel);
      g_autoptr(GFile) file = NULL;
      g_autoptr(GError) error = NULL;
      g_autoptr(DossierArticle) article = NULL;

      if (k && k->size == e->size && k->mtime == e->mtime)
        {
          /* Unchanged, and unreadable as before: said again, not read. */
          if (k->message)
            {
              add_error (r->errors, e->rel, k->message);
              g_hash_table_insert (r->error_stats, g_strdup (e->rel), error_stat_new (e->size, e->mtime, k->message));
            }
          g_hash_table_remove (r->known, e->rel);
          continue;
        }

      file = g_file_new_for_path (e->path);
      article = dossier_article_load (file, e->rel, cancellable, &error);
      /* A file that could not be read has no id in memory; the cache
       * replaces its row by path. */
      if (k && k->message)
        {
          g_hash_table_remove (r->known, e->rel);
          k = NULL;
        }
      if (k)
        {
          g_array_append_val (r->gone, k->id);
          if (article)
            dossier_article_set_id (article, k->id);
          else
            g_array_append_val (r->removed, k->id);
          g_hash_table_remove (r->known, e->rel);
        }
      if (article)
        {
          if (state->extractor)
            dossier_extractor_extract (state->extractor, article);
          if (r->func)
            r->func (article, r->func_data);
          _dossier_article_set_mtime (article, e->mtime);
          g_ptr_array_add (r->fresh, g_steal_pointer (&article));
        }
      else
        {
          add_error (r->errors, e->rel, error->message);
          g_hash_table_insert (r->error_stats, g_strdup (e->rel), error_stat_new (e->size, e->mtime, error->message));
          g_ptr_array_add (error_entries, e);
          g_ptr_array_add (error_entries, g_strdup (error->message));
          g_ptr_array_add (messages, g_ptr_array_index (error_entries, error_entries->len - 1));
        }
    }

  /* What is left was deleted. (A file that could not be read leaves its
   * row in the cache until the next load, which forgets it.) */
  g_hash_table_iter_init (&iter, r->known);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      Known *k = value;
      if (k->message)
        continue;
      g_array_append_val (r->gone, k->id);
      g_array_append_val (r->removed, k->id);
    }

  for (guint i = 0; i < state->scan_errors->len; i++)
    {
      DossierLoadError *e = g_ptr_array_index (state->scan_errors, i);
      add_error (r->errors, e->path, e->message);
    }

  if (r->index && (r->fresh->len > 0 || r->removed->len > 0 || error_entries->len > 0))
    refresh_store (r, error_entries);
}

static int
compare_u32 (gconstpointer a,
             gconstpointer b)
{
  guint32 x = *(const guint32 *) a, y = *(const guint32 *) b;

  return x < y ? -1 : x > y;
}

static void schedule_refresh (DossierCorpus *self);

/* Relinking after a live update runs on a thread of its own, after the
 * list was updated: on 100,000 articles the linker takes seconds, and a
 * changed file must show sooner than that. */

static void start_relink (DossierCorpus *self);

static void
relink_thread (GTask        *task,
               gpointer      source_object,
               gpointer      task_data,
               GCancellable *cancellable)
{
  link_entities (task_data);
}

static void
relink_done (GObject      *object,
             GAsyncResult *result,
             gpointer      user_data)
{
  DossierCorpus *self = DOSSIER_CORPUS (object);
  LoadState *state = g_task_get_task_data (G_TASK (result));
  g_autoptr(GError) error = NULL;

  self->relinking = FALSE;
  if (g_cancellable_is_cancelled (g_task_get_cancellable (G_TASK (result))) || state->entities == NULL)
    return;

  /* Articles that left meanwhile get their links set harmlessly; those
   * that came meanwhile wait for the next relink, already asked for. */
  take_links (self, state);
  self->links_stale = self->relink_again;
  if (self->use_index && self->index && !dossier_corpus_save_links (self, &error))
    g_message ("%s", error->message);
  g_signal_emit (self, signals[REFRESHED], 0);

  if (self->relink_again && self->watching)
    {
      self->relink_again = FALSE;
      start_relink (self);
    }
}

static void
start_relink (DossierCorpus *self)
{
  g_autoptr(GTask) task = NULL;
  LoadState *state;

  if (self->extractor == NULL || self->refresh_cancellable == NULL)
    return;
  if (self->relinking)
    {
      self->relink_again = TRUE;
      return;
    }

  state = g_new0 (LoadState, 1);
  state->extractor = dossier_extractor_ref (self->extractor);
  state->all = g_ptr_array_new_full (self->articles->len, g_object_unref);
  for (guint i = 0; i < self->articles->len; i++)
    g_ptr_array_add (state->all, g_object_ref (g_ptr_array_index (self->articles, i)));

  self->relinking = TRUE;
  task = g_task_new (self, self->refresh_cancellable, relink_done, NULL);
  g_task_set_source_tag (task, start_relink);
  g_task_set_task_data (task, state, (GDestroyNotify) load_state_free);
  g_task_run_in_thread (task, relink_thread);
}

/* Applies a refresh: one items-changed over the range that changed. */
static void
refresh_apply (DossierCorpus *self,
               Refresh       *r)
{
  GPtrArray *old = self->articles;
  g_autoptr(GPtrArray) kept = g_ptr_array_new_full (old->len, g_object_unref);
  g_autoptr(GPtrArray) before = g_ptr_array_new_with_free_func (g_object_unref);
  gboolean keep = FALSE;
  guint old_n = old->len, new_n, first = 0, tail = 0;

  /* The incremental path of linking (see keep_links()): when every
   * change is a new version of an article that gives the linker the same
   * input, the entities stand and the new versions take the old links.
   * Only when the links in memory are those of the articles in memory. */
  if (self->extractor && !self->relinking && !self->links_stale && r->removed->len == 0)
    {
      keep = TRUE;
      for (guint i = 0; keep && i < r->fresh->len; i++)
        {
          DossierArticle *a = g_ptr_array_index (r->fresh, i);
          guint id = dossier_article_get_id (a);
          DossierArticle *b = id < self->by_id->len ? g_ptr_array_index (self->by_id, id) : NULL;

          keep = b != NULL && b != a && same_linker_input (b, a);
          if (keep)
            g_ptr_array_add (before, g_object_ref (b));
        }
      /* Every article that left came back. */
      keep = keep && before->len == r->gone->len;
    }

  g_array_sort (r->gone, compare_u32);
  for (guint i = 0; i < old->len; i++)
    {
      DossierArticle *a = g_ptr_array_index (old, i);
      guint32 id = dossier_article_get_id (a);

      /* An empty GArray has no data (NULL), and bsearch() may not be given
       * NULL even for zero elements. */
      if (r->gone->len > 0 &&
          bsearch (&id, r->gone->data, r->gone->len, sizeof (guint32), (GCompareFunc) compare_u32))
        {
          g_hash_table_remove (self->by_path, dossier_article_get_path (a));
          if (id < self->by_id->len)
            g_ptr_array_index (self->by_id, id) = NULL;
          continue;
        }
      g_ptr_array_add (kept, g_object_ref (a));
    }

  for (guint i = 0; i < r->fresh->len; i++)
    {
      DossierArticle *a = g_ptr_array_index (r->fresh, i);
      guint id = dossier_article_get_id (a);

      /* Without a cache, a new file takes the next free id. */
      if (r->index == NULL && id == 0)
        {
          id = self->next_id++;
          dossier_article_set_id (a, id);
        }
      if (id >= self->by_id->len)
        g_ptr_array_set_size (self->by_id, id + 1);
      g_ptr_array_index (self->by_id, id) = a;
      g_hash_table_insert (self->by_path, (gpointer) dossier_article_get_path (a), a);
      if (r->index)
        remember_links (self, a);
      /* After remember_links(): the cache has the new version unlinked,
       * and dossier_corpus_save_links() below stores its links. */
      if (keep)
        {
          DossierArticle *b = g_ptr_array_index (before, i);
          guint n;
          const DossierMention *m = _dossier_article_get_linked_mentions (b, &n);

          for (guint j = 0; j < n; j++)
            dossier_article_set_mention_entity (a, j, m[j].entity);
        }
    }

  g_ptr_array_sort (r->fresh, compare_articles);
  self->articles = g_steal_pointer (&kept);
  self->stamp++;
  merge_batch (self, r->fresh);
  new_n = self->articles->len;

  /* The smallest range covering every change: same objects before it and
   * after it. */
  while (first < old_n && first < new_n &&
         g_ptr_array_index (old, first) == g_ptr_array_index (self->articles, first))
    first++;
  while (tail < old_n - first && tail < new_n - first &&
         g_ptr_array_index (old, old_n - 1 - tail) == g_ptr_array_index (self->articles, new_n - 1 - tail))
    tail++;

  if (r->paths)
    {
      /* Only the named files were looked at: keep the other errors. */
      g_autoptr(GHashTable) touched = g_hash_table_new (g_str_hash, g_str_equal);

      for (guint i = 0; i < r->paths->len; i++)
        g_hash_table_add (touched, g_ptr_array_index (r->paths, i));
      for (guint i = 0; i < self->errors->len; i++)
        {
          DossierLoadError *e = g_ptr_array_index (self->errors, i);
          if (!g_hash_table_contains (touched, e->path))
            add_error (r->errors, e->path, e->message);
        }
    }
  g_ptr_array_sort (r->errors, compare_errors);
  g_ptr_array_unref (self->errors);
  self->errors = g_ptr_array_ref (r->errors);
  g_hash_table_unref (self->error_stats);
  self->error_stats = g_steal_pointer (&r->error_stats);
  g_clear_error (&self->index_error);
  if (r->index_error)
    self->index_error = g_error_copy (r->index_error);

  g_ptr_array_unref (old);
  if (r->paths == NULL)
    watch_update_monitors (self, r->state->dirs);
  if (first >= old_n && first >= new_n && r->fresh->len == 0)
    return;

  g_list_model_items_changed (G_LIST_MODEL (self), first, old_n - first - tail, new_n - first - tail);
  if (old_n != new_n)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_ITEMS]);
  if (r->index && r->index_error == NULL && r->generation)
    self->index_generation = r->generation;
  g_signal_emit (self, signals[REFRESHED], 0);
  if (r->index && r->index_error == NULL)
    {
      g_autoptr(GError) error = NULL;

      if (!dossier_corpus_save_links (self, &error))
        g_message ("%s", error->message);
    }

  if (self->use_index && r->index)
    for (guint i = 0; i < r->fresh->len; i++)
      dossier_article_drop_text (g_ptr_array_index (r->fresh, i));

  if (keep)
    {
      self->n_links_kept++;
      return;
    }

  /* The list is up to date now; the entities follow once linking, run
   * over every article's stored mentions, is done. */
  self->links_stale = TRUE;
  start_relink (self);
}

static void
refresh_done (GObject      *object,
              GAsyncResult *result,
              gpointer      user_data)
{
  DossierCorpus *self = DOSSIER_CORPUS (object);
  Refresh *r = g_task_get_task_data (G_TASK (result));

  self->refreshing = FALSE;
  if (!g_task_had_error (G_TASK (result)) && !g_cancellable_is_cancelled (g_task_get_cancellable (G_TASK (result))))
    refresh_apply (self, r);
  if (self->refresh_again && self->watching)
    {
      self->refresh_again = FALSE;
      schedule_refresh (self);
    }
}

static void
add_known (Refresh        *r,
           DossierArticle *a)
{
  Known *k;

  if (a == NULL)
    return;
  k = g_new0 (Known, 1);
  k->size = dossier_article_get_size (a);
  k->mtime = _dossier_article_get_mtime (a);
  k->id = dossier_article_get_id (a);
  /* Keys borrowed: the articles outlive the refresh (it holds a reference
   * to the corpus, and only refresh_apply drops them). */
  g_hash_table_insert (r->known, (gpointer) dossier_article_get_path (a), k);
}

static void
add_known_error (Refresh    *r,
                 GHashTable *error_stats,
                 const char *path)
{
  ErrorStat *es = g_hash_table_lookup (error_stats, path);
  Known *k;

  if (es == NULL)
    return;
  k = g_new0 (Known, 1);
  k->size = es->size;
  k->mtime = es->mtime;
  k->message = g_strdup (es->message);
  k->rel = g_strdup (path);
  g_hash_table_insert (r->known, k->rel, k);
}

static void
start_refresh (DossierCorpus *self)
{
  g_autoptr(GTask) task = NULL;
  Refresh *r;

  if (self->loading || self->root == NULL)
    return;
  if (self->refreshing)
    {
      self->refresh_again = TRUE;
      return;
    }

  r = g_new0 (Refresh, 1);
  r->corpus = g_object_ref (self);
  r->state = g_new0 (LoadState, 1);
  r->state->root = g_strdup (self->root);
  r->state->files = g_ptr_array_new_with_free_func ((GDestroyNotify) file_entry_free);
  r->state->scan_errors = g_ptr_array_new_with_free_func ((GDestroyNotify) load_error_free);
  r->state->seen_dirs = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  r->state->dirs = g_ptr_array_new_with_free_func (g_free);
  r->state->cancellable = g_object_ref (self->refresh_cancellable);
  r->known = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, (GDestroyNotify) known_free);
  r->fresh = g_ptr_array_new_with_free_func (g_object_unref);
  r->errors = g_ptr_array_new_with_free_func ((GDestroyNotify) load_error_free);
  r->gone = g_array_new (FALSE, FALSE, sizeof (guint32));
  r->removed = g_array_new (FALSE, FALSE, sizeof (guint32));
  r->error_stats = error_stats_new ();
  r->index = self->use_index ? self->index : NULL;
  if (self->extractor)
    r->state->extractor = dossier_extractor_ref (self->extractor);
  r->func = self->article_func;
  r->func_data = self->article_func_data;

  if (!self->pending_walk && self->pending && g_hash_table_size (self->pending) > 0)
    {
      GHashTableIter iter;
      gpointer key, value;

      r->paths = g_ptr_array_new_with_free_func (g_free);
      g_hash_table_iter_init (&iter, self->pending);
      while (g_hash_table_iter_next (&iter, &key, NULL))
        {
          g_ptr_array_add (r->paths, g_strdup (key));
          add_known (r, g_hash_table_lookup (self->by_path, key));
          add_known_error (r, self->error_stats, key);
        }
      /* The files the events did not name keep their errors. */
      g_hash_table_iter_init (&iter, self->error_stats);
      while (g_hash_table_iter_next (&iter, &key, &value))
        if (!g_hash_table_contains (self->pending, key))
          {
            ErrorStat *es = value;
            g_hash_table_insert (r->error_stats, g_strdup (key), error_stat_new (es->size, es->mtime, es->message));
          }
    }
  else
    {
      GHashTableIter iter;
      gpointer key;

      /* A snapshot of what is in memory, so the thread never reads the
       * model: the array itself, which is replaced, never changed, when
       * the articles change (merge_batch(), refresh_apply()). */
      r->snapshot = g_ptr_array_ref (self->articles);
      g_hash_table_iter_init (&iter, self->error_stats);
      while (g_hash_table_iter_next (&iter, &key, NULL))
        add_known_error (r, self->error_stats, key);
    }
  g_clear_pointer (&self->pending, g_hash_table_unref);
  self->pending_walk = FALSE;
  g_debug ("refresh: %s", r->paths ? "the files events named" : "walking the folder");

  self->refreshing = TRUE;
  task = g_task_new (self, self->refresh_cancellable, refresh_done, NULL);
  g_task_set_source_tag (task, start_refresh);
  g_task_set_task_data (task, r, (GDestroyNotify) refresh_free);
  g_task_run_in_thread (task, refresh_thread);
}

static gboolean
refresh_timeout (gpointer user_data)
{
  DossierCorpus *self = user_data;

  self->refresh_source = 0;
  start_refresh (self);
  return G_SOURCE_REMOVE;
}

static void
schedule_refresh (DossierCorpus *self)
{
  /* Restarted by every event: a copy of 1,000 files is one refresh. */
  g_clear_handle_id (&self->refresh_source, g_source_remove);
  self->refresh_source = g_timeout_add (WATCH_DELAY_MS, refresh_timeout, self);
}

#define WATCH_MAX_PENDING 4096

/* Remembers a file an event named, or asks for a full walk when it is (or
 * was) a folder or a link, or when too many files changed at once. */
static void
note_path (DossierCorpus *self,
           GFile         *file)
{
  g_autofree char *path = g_file_get_path (file);
  gsize n = self->root ? strlen (self->root) : 0;
  GFileType type;
  char *rel;

  if (self->pending_walk)
    return;
  /* Outside the folder as we know it, or a name the walk would show
   * differently (not UTF-8): let a walk sort it out. */
  if (path == NULL || n == 0 || strncmp (path, self->root, n) != 0 || path[n] != '/' ||
      !g_utf8_validate (path, -1, NULL))
    {
      self->pending_walk = TRUE;
      return;
    }
  /* In a hidden folder, or hidden itself: never read. */
  if (path[n + 1] == '.' || strstr (path + n, "/.") != NULL)
    return;
  /* Inside the NAME_files folder of a saved page, which the walk skips:
   * let a walk decide. */
  if (strstr (path + n, "_files/") != NULL)
    {
      self->pending_walk = TRUE;
      return;
    }
  type = g_file_query_file_type (file, G_FILE_QUERY_INFO_NOFOLLOW_SYMLINKS, NULL);
  if (type == G_FILE_TYPE_DIRECTORY || type == G_FILE_TYPE_SYMBOLIC_LINK ||
      (self->monitors && g_hash_table_contains (self->monitors, path)))
    {
      self->pending_walk = TRUE;
      return;
    }
  if (self->pending == NULL)
    self->pending = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  rel = g_strdup (path + n + 1);
  g_hash_table_add (self->pending, rel);
  if (g_hash_table_size (self->pending) > WATCH_MAX_PENDING)
    self->pending_walk = TRUE;
}

static void
on_monitor_changed (GFileMonitor      *monitor,
                    GFile             *file,
                    GFile             *other,
                    GFileMonitorEvent  event,
                    DossierCorpus     *self)
{
  g_autofree char *name = g_file_get_basename (file);
  g_autofree char *other_name = other ? g_file_get_basename (other) : NULL;

  /* Hidden files (editors' swap files, our own nothing) never matter. */
  if (name && name[0] == '.' && (other_name == NULL || other_name[0] == '.'))
    return;
  note_path (self, file);
  if (other)
    note_path (self, other);
  schedule_refresh (self);
}

static void
drop_monitor (gpointer monitor)
{
  g_signal_handlers_disconnect_matched (monitor, G_SIGNAL_MATCH_FUNC, 0, 0, NULL, on_monitor_changed, NULL);
  g_file_monitor_cancel (monitor);
  g_object_unref (monitor);
}

static void
watch_update_monitors (DossierCorpus *self,
                       GPtrArray     *dirs)
{
  g_autoptr(GHashTable) wanted = g_hash_table_new (g_str_hash, g_str_equal);
  GHashTableIter iter;
  gpointer key;

  if (!self->watching || dirs == NULL)
    return;
  if (self->monitors == NULL)
    self->monitors = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, drop_monitor);

  for (guint i = 0; i < dirs->len; i++)
    g_hash_table_add (wanted, g_ptr_array_index (dirs, i));

  g_hash_table_iter_init (&iter, self->monitors);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    if (!g_hash_table_contains (wanted, key))
      g_hash_table_iter_remove (&iter);

  for (guint i = 0; i < dirs->len; i++)
    {
      const char *dir = g_ptr_array_index (dirs, i);
      g_autoptr(GFile) file = NULL;
      g_autoptr(GError) error = NULL;
      GFileMonitor *monitor;

      if (g_hash_table_contains (self->monitors, dir))
        continue;
      if (g_hash_table_size (self->monitors) >= WATCH_MAX_MONITORS)
        {
          g_message (_("Watching only %u folders of %s for changes"), WATCH_MAX_MONITORS, self->root);
          break;
        }
      file = g_file_new_for_path (dir);
      monitor = g_file_monitor_directory (file, G_FILE_MONITOR_WATCH_MOVES, NULL, &error);
      if (monitor == NULL)
        {
          g_debug ("Cannot watch %s: %s", dir, error->message);
          continue;
        }
      g_signal_connect (monitor, "changed", G_CALLBACK (on_monitor_changed), self);
      g_hash_table_insert (self->monitors, g_strdup (dir), monitor);
    }
}

/**
 * dossier_corpus_watch:
 * @watch: whether to follow changes
 *
 * Follows changes to the folder while it is open: files added, changed or
 * removed are read (and indexed, with the cache) and the model updated
 * within a second, in one items-changed per refresh that leaves unchanged
 * articles as they were. Call it any time; watching starts once loading is
 * over.
 */
void
dossier_corpus_watch (DossierCorpus *self,
                      gboolean       watch)
{
  g_return_if_fail (DOSSIER_IS_CORPUS (self));

  watch = !!watch;
  if (self->watching == watch)
    return;
  self->watching = watch;

  if (watch)
    {
      self->refresh_cancellable = g_cancellable_new ();
      if (!self->loading && self->root)
        {
          /* Folders are known from a walk: one refresh finds them (and
           * anything that changed since loading). */
          g_autoptr(GPtrArray) root = g_ptr_array_new ();

          g_ptr_array_add (root, self->root);
          watch_update_monitors (self, root);
          self->pending_walk = TRUE;
          start_refresh (self);
        }
    }
  else
    {
      g_clear_handle_id (&self->refresh_source, g_source_remove);
      if (self->refresh_cancellable)
        g_cancellable_cancel (self->refresh_cancellable);
      g_clear_object (&self->refresh_cancellable);
      g_clear_pointer (&self->monitors, g_hash_table_unref);
      self->refresh_again = FALSE;
    }
}

/**
 * dossier_corpus_get_watching:
 *
 * Returns: whether the folder's changes are followed (dossier_corpus_watch())
 */
gboolean
dossier_corpus_get_watching (DossierCorpus *self)
{
  return self->watching;
}

/**
 * dossier_corpus_save_links:
 *
 * Stores the entities and each mention's entity id in the index cache, so
 * that the next open of an unchanged folder skips linking. Only articles
 * whose links changed since they were stored are written. Called after
 * loading; call it again after relinking (on #DossierCorpus::refreshed the
 * corpus calls it once the handlers ran).
 */
gboolean
dossier_corpus_save_links (DossierCorpus  *self,
                           GError        **error)
{
  g_autoptr(GPtrArray) changed = g_ptr_array_new ();

  g_return_val_if_fail (DOSSIER_IS_CORPUS (self), FALSE);

  /* Corrected entities are the user's view, kept in the user's store: the
   * cache holds what the linker made, and the relink that follows a
   * change stores it. */
  if (self->index == NULL || self->entities_corrected)
    return TRUE;
  for (guint i = 0; i < self->articles->len; i++)
    {
      DossierArticle *a = g_ptr_array_index (self->articles, i);
      guint id = dossier_article_get_id (a);
      guint32 h = links_hash (a);

      if (self->link_hashes == NULL || id >= self->link_hashes->len ||
          g_array_index (self->link_hashes, guint32, id) != h)
        g_ptr_array_add (changed, a);
    }
  if (!dossier_index_put_links (self->index, changed, self->entities_stored ? NULL : self->entity_by_id,
                                self->index_generation, error))
    return FALSE;
  /* Nothing was stored if another process changed the files meanwhile
   * (their generation only grows). */
  self->entities_stored = dossier_index_get_generation (self->index) == self->index_generation;
  for (guint i = 0; i < changed->len; i++)
    remember_links (self, g_ptr_array_index (changed, i));
  return TRUE;
}

/**
 * dossier_corpus_set_extractor:
 * @extractor: (nullable): what finds entities in each article
 *
 * With an extractor, loading also finds and links the folder's entities.
 * Set it before loading.
 */
void
dossier_corpus_set_extractor (DossierCorpus    *self,
                              DossierExtractor *extractor)
{
  g_clear_pointer (&self->extractor, dossier_extractor_unref);
  self->extractor = extractor ? dossier_extractor_ref (extractor) : NULL;
}

/* Case-folded, for lookups by name: most names are ASCII, where folding is
 * lowering, twenty times cheaper than g_utf8_casefold(). */
static char *
fold_name (const char *name)
{
  for (const char *p = name; *p; p++)
    if ((guchar) *p >= 0x80)
      return g_utf8_casefold (name, -1);
  return g_ascii_strdown (name, -1);
}

/* The name and alias lookup, made at the first lookup rather than at
 * every change of the entities (50,000 entities and their aliases on a
 * reopen of the news folder): the canonical name wins over an alias of
 * another entity; between two entities, the one in more articles wins. */
static void
build_entity_names (DossierCorpus *self)
{
  GListModel *sorted = G_LIST_MODEL (self->entities);
  guint n = g_list_model_get_n_items (sorted);

  self->entity_names = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  for (guint pass = 0; pass < 2; pass++)
    for (guint i = 0; i < n; i++)
      {
        g_autoptr(DossierEntity) e = g_list_model_get_item (sorted, i);
        const char * const *aliases = dossier_entity_get_aliases (e);
        const char *one[] = { dossier_entity_get_name (e), NULL };
        const char * const *names = pass == 0 ? one : aliases;

        for (guint k = 0; names[k]; k++)
          {
            char *key = fold_name (names[k]);

            if (!g_hash_table_contains (self->entity_names, key))
              g_hash_table_insert (self->entity_names, key, e);
            else
              g_free (key);
          }
      }
}

typedef struct
{
  guint n_articles;
  guint n_mentions;
  const char *name;
  guint32 id;
  DossierEntity *entity;
} RankedEntity;

/* Most articles first, then most mentions, then by name: the same order
 * as compare_entities(), on a flat array. */
static int
compare_ranked_entities (gconstpointer a,
                         gconstpointer b)
{
  const RankedEntity *x = a, *y = b;
  int r;

  if (x->n_articles != y->n_articles)
    return x->n_articles > y->n_articles ? -1 : 1;
  if (x->n_mentions != y->n_mentions)
    return x->n_mentions > y->n_mentions ? -1 : 1;
  r = g_strcmp0 (x->name, y->name);
  if (r)
    return r;
  return x->id < y->id ? -1 : x->id > y->id;
}

/**
 * dossier_corpus_set_entities:
 * @entities: (element-type DossierEntity): the entities, with the ids the
 *   articles' mentions point at (usually their index in @entities; ids may
 *   also come in any order and with gaps, as corrections make them)
 *
 * Replaces the corpus's entities: the list model (most articles first, only
 * those mentioned), the id index and the name and alias lookup. Emits one
 * items-changed.
 */
void
dossier_corpus_set_entities (DossierCorpus *self,
                             GPtrArray     *entities)
{
  g_autofree RankedEntity *ranked = NULL;
  g_autofree gpointer *sorted = NULL;
  guint n_ranked = 0;
  guint old_n;

  g_return_if_fail (DOSSIER_IS_CORPUS (self));

  old_n = g_list_model_get_n_items (G_LIST_MODEL (self->entities));
  self->entities_stored = FALSE;
  self->entities_corrected = TRUE;
  /* Entities from elsewhere (corrections, which also relabel and drop
   * mentions) are not what the linker made: a change links again, and
   * the window takes its base for the corrections from the new links. */
  self->links_stale = TRUE;
  g_ptr_array_set_size (self->entity_by_id, 0);
  g_clear_pointer (&self->entity_names, g_hash_table_unref);

  ranked = g_new (RankedEntity, MAX (entities->len, 1));
  for (guint i = 0; i < entities->len; i++)
    {
      DossierEntity *e = g_ptr_array_index (entities, i);
      guint32 id = dossier_entity_get_id (e);

      if (id >= self->entity_by_id->len)
        g_ptr_array_set_size (self->entity_by_id, id + 1);
      g_clear_object (&g_ptr_array_index (self->entity_by_id, id));
      g_ptr_array_index (self->entity_by_id, id) = g_object_ref (e);
      if (dossier_entity_get_n_mentions (e) > 0)
        {
          RankedEntity *r = &ranked[n_ranked++];

          r->n_articles = dossier_entity_get_n_articles (e);
          r->n_mentions = dossier_entity_get_n_mentions (e);
          r->name = dossier_entity_get_name (e);
          r->id = id;
          r->entity = e;
        }
    }
  if (n_ranked > 1)
    qsort (ranked, n_ranked, sizeof (RankedEntity), compare_ranked_entities);

  /* The store takes its own references. */
  sorted = g_new (gpointer, MAX (n_ranked, 1));
  for (guint i = 0; i < n_ranked; i++)
    sorted[i] = ranked[i].entity;
  g_list_store_splice (self->entities, 0, old_n, sorted, n_ranked);
}

/* How many loads and live changes kept the links without linking (the
 * incremental path): for tests and G_MESSAGES_DEBUG. */
guint
_dossier_corpus_get_n_links_kept (DossierCorpus *self)
{
  return self->n_links_kept;
}

/* Changes whenever the articles (or their positions) change: what lets a
 * model built on positions in the corpus know whether they still hold. */
guint
_dossier_corpus_get_stamp (DossierCorpus *self)
{
  return self->stamp;
}

/**
 * dossier_corpus_add_articles:
 * @articles: (element-type DossierArticle): articles built in memory
 *
 * Adds articles that were not read from the folder, giving them ids: for
 * tests and benchmarks that build a corpus without files.
 */
void
dossier_corpus_add_articles (DossierCorpus *self,
                             GPtrArray     *articles)
{
  g_autoptr(GPtrArray) batch = g_ptr_array_new_with_free_func (g_object_unref);
  guint old_n = self->articles->len;
  guint first;

  for (guint i = 0; i < articles->len; i++)
    {
      DossierArticle *article = g_ptr_array_index (articles, i);

      if (g_hash_table_contains (self->by_path, dossier_article_get_path (article)))
        continue;
      dossier_article_set_id (article, self->next_id++);
      g_ptr_array_add (self->by_id, article);
      g_hash_table_insert (self->by_path, (gpointer) dossier_article_get_path (article), article);
      g_ptr_array_add (batch, g_object_ref (article));
    }
  if (batch->len == 0)
    return;

  g_ptr_array_sort (batch, compare_articles);
  first = merge_batch (self, batch);
  g_list_model_items_changed (G_LIST_MODEL (self), first, old_n - first, self->articles->len - first);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_ITEMS]);
}
