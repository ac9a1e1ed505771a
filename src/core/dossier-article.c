/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "dossier-article"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "dossier-article.h"
#include "dossier-article-private.h"
#include "dossier-decode.h"

/**
 * DossierArticle:
 *
 * One article file, parsed: its metadata, its clean text and the map from
 * that text back to the file's bytes. Immutable once loaded, so it can be
 * built on a worker thread and handed to the main thread.
 *
 * An article read from the index cache is "light": it has its metadata, a
 * snippet and its mentions (with their surface text), but no body. The text
 * and its map are loaded on demand, by dossier_article_load_text() or
 * implicitly by the text getters, so that 100,000 rows fit in memory.
 */
struct _DossierArticle
{
  GObject parent_instance;

  GFile *file;    /* for a light row: made on first use, from folder */
  GFile *folder;
  char *path;
  char *fallback_title;
  char *sort_key;
  DossierParsed parsed;
  char *hash;
  char *warning;
  guint64 size;
  guint word_count;
  guint id;
  gint64 mtime;     /* of the file when it was read, µs; 0 when unknown */
  GArray *mentions; /* DossierMention, in text order: what the linker made */
  GArray *shown;    /* nullable: the mentions with the user's corrections */

  /* Light rows: what is kept when the text is not in memory. */
  char *snippet;
  char *surfaces;           /* mention texts, NUL-terminated, back to back */
  guint32 *surface_offsets; /* n_mentions + 1 */
};

/* Lazy loads are rare (one article opened in the reader), so one lock for
 * all articles is enough and keeps each row small. */
G_LOCK_DEFINE_STATIC (text_lock);

G_DEFINE_FINAL_TYPE (DossierArticle, dossier_article, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_FILE,
  PROP_PATH,
  PROP_TITLE,
  PROP_OUTLET,
  PROP_URL,
  PROP_DATE,
  PROP_PAGE_DATE,
  PROP_BYLINE,
  PROP_PLACE,
  PROP_BODY,
  PROP_WORD_COUNT,
  PROP_CONTENT_HASH,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
dossier_article_finalize (GObject *object)
{
  DossierArticle *self = (DossierArticle *) object;

  g_clear_object (&self->file);
  g_clear_object (&self->folder);
  g_free (self->path);
  g_free (self->fallback_title);
  g_free (self->sort_key);
  dossier_parsed_clear (&self->parsed);
  g_free (self->hash);
  g_free (self->warning);
  g_clear_pointer (&self->mentions, g_array_unref);
  g_clear_pointer (&self->shown, g_array_unref);
  g_free (self->snippet);
  g_free (self->surfaces);
  g_free (self->surface_offsets);

  G_OBJECT_CLASS (dossier_article_parent_class)->finalize (object);
}

static void
dossier_article_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  DossierArticle *self = DOSSIER_ARTICLE (object);

  switch (prop_id)
    {
    case PROP_FILE:
      g_value_set_object (value, dossier_article_get_file (self));
      break;
    case PROP_PATH:
      g_value_set_string (value, self->path);
      break;
    case PROP_TITLE:
      g_value_set_string (value, dossier_article_get_title (self));
      break;
    case PROP_OUTLET:
      g_value_set_string (value, self->parsed.outlet);
      break;
    case PROP_URL:
      g_value_set_string (value, self->parsed.url);
      break;
    case PROP_DATE:
      g_value_set_string (value, self->parsed.date);
      break;
    case PROP_PAGE_DATE:
      g_value_set_string (value, self->parsed.page_date);
      break;
    case PROP_BYLINE:
      g_value_set_string (value, self->parsed.byline);
      break;
    case PROP_PLACE:
      g_value_set_string (value, self->parsed.place);
      break;
    case PROP_BODY:
      g_value_set_string (value, dossier_article_get_body (self));
      break;
    case PROP_WORD_COUNT:
      g_value_set_uint (value, self->word_count);
      break;
    case PROP_CONTENT_HASH:
      g_value_set_string (value, self->hash);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dossier_article_class_init (DossierArticleClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY;

  object_class->finalize = dossier_article_finalize;
  object_class->get_property = dossier_article_get_property;

  properties[PROP_FILE] = g_param_spec_object ("file", NULL, NULL, G_TYPE_FILE, flags);
  properties[PROP_PATH] = g_param_spec_string ("path", NULL, NULL, NULL, flags);
  properties[PROP_TITLE] = g_param_spec_string ("title", NULL, NULL, NULL, flags);
  properties[PROP_OUTLET] = g_param_spec_string ("outlet", NULL, NULL, NULL, flags);
  properties[PROP_URL] = g_param_spec_string ("url", NULL, NULL, NULL, flags);
  properties[PROP_DATE] = g_param_spec_string ("date", NULL, NULL, NULL, flags);
  properties[PROP_PAGE_DATE] = g_param_spec_string ("page-date", NULL, NULL, NULL, flags);
  properties[PROP_BYLINE] = g_param_spec_string ("byline", NULL, NULL, NULL, flags);
  properties[PROP_PLACE] = g_param_spec_string ("place", NULL, NULL, NULL, flags);
  properties[PROP_BODY] = g_param_spec_string ("body", NULL, NULL, NULL, flags);
  properties[PROP_WORD_COUNT] = g_param_spec_uint ("word-count", NULL, NULL, 0, G_MAXUINT, 0, flags);
  properties[PROP_CONTENT_HASH] = g_param_spec_string ("content-hash", NULL, NULL, NULL, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
dossier_article_init (DossierArticle *self)
{
}

/**
 * dossier_compute_hash:
 *
 * Returns: the SHA-256 of @data as lower-case hex
 */
char *
dossier_compute_hash (const char *data,
                      gsize       len)
{
  return g_compute_checksum_for_data (G_CHECKSUM_SHA256, (const guchar *) data, len);
}

/**
 * dossier_article_new_from_bytes:
 * @file: (nullable): the file the bytes come from
 * @relative_path: the path shown for it (relative to the opened folder)
 *
 * Parses @data with the reader for @relative_path's extension.
 *
 * Returns: (transfer full) (nullable): the article, or %NULL with @error set
 */
DossierArticle *
dossier_article_new_from_bytes (GFile       *file,
                                const char  *relative_path,
                                const char  *data,
                                gsize        len,
                                GError     **error)
{
  const DossierFormat *format = dossier_format_for_path (relative_path);
  g_autoptr(DossierArticle) self = NULL;
  const char *base;

  if (format == NULL)
    format = &dossier_format_text;

  self = g_object_new (DOSSIER_TYPE_ARTICLE, NULL);
  if (!dossier_parse_bytes (format, data, len, &self->parsed, error))
    return NULL;

  self->file = file ? g_object_ref (file) : NULL;
  self->path = g_strdup (relative_path);
  self->size = len;
  self->hash = dossier_compute_hash (data, len);
  self->word_count = dossier_count_words (dossier_article_get_body (self));

  base = strrchr (relative_path, '/');
  base = base ? base + 1 : relative_path;
  self->fallback_title = g_strdup (base);
  if (strrchr (self->fallback_title, '.') > self->fallback_title)
    *strrchr (self->fallback_title, '.') = '\0';

  self->sort_key = g_utf8_collate_key (dossier_article_get_title (self), -1);

  if (self->parsed.flags & DOSSIER_ARTICLE_FLAG_INVALID_UTF8)
    self->warning = g_strdup (_("Some bytes are not valid UTF-8 and were replaced"));
  else if (self->parsed.flags & DOSSIER_ARTICLE_FLAG_LEGACY)
    self->warning = g_strdup (_("Not UTF-8: read as Windows-1252"));
  else if (self->parsed.flags & DOSSIER_ARTICLE_FLAG_TWICE)
    self->warning = g_strdup (_("Text was encoded as UTF-8 twice and was repaired"));

  return g_steal_pointer (&self);
}

static char *
read_capped (const char    *path,
             gsize         *len,
             GCancellable  *cancellable,
             GError       **error)
{
  g_autofree char *buf = NULL;
  struct stat st;
  gsize cap, got = 0;
  int fd;

  fd = g_open (path, O_RDONLY | O_CLOEXEC | O_NOCTTY | O_NONBLOCK, 0);
  if (fd < 0)
    {
      int e = errno;
      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (e), "%s", g_strerror (e));
      return NULL;
    }
  if (fstat (fd, &st) != 0 || !S_ISREG (st.st_mode))
    {
      close (fd);
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_REGULAR_FILE, _("Not a regular file"));
      return NULL;
    }
  if ((guint64) st.st_size > DOSSIER_MAX_FILE_SIZE)
    {
      close (fd);
      g_set_error (error, DOSSIER_PARSE_ERROR, DOSSIER_PARSE_ERROR_TOO_LARGE,
                   _("File is too large to be an article (%" G_GUINT64_FORMAT " MB, the limit is %d MB)"),
                   (guint64) st.st_size / (1024 * 1024), DOSSIER_MAX_FILE_SIZE / (1024 * 1024));
      return NULL;
    }

  /* Read what is there; a file that grows while we read stops at the cap,
   * one that shrinks just ends early. */
  cap = (gsize) st.st_size + 1;
  buf = g_malloc (cap + 1);
  for (;;)
    {
      gssize r;

      if (g_cancellable_set_error_if_cancelled (cancellable, error))
        {
          close (fd);
          return NULL;
        }
      if (got == cap)
        {
          if (cap > DOSSIER_MAX_FILE_SIZE)
            {
              close (fd);
              g_set_error (error, DOSSIER_PARSE_ERROR, DOSSIER_PARSE_ERROR_TOO_LARGE,
                           _("File is too large to be an article"));
              return NULL;
            }
          cap = MIN (cap * 2, (gsize) DOSSIER_MAX_FILE_SIZE + 1);
          buf = g_realloc (buf, cap + 1);
        }
      r = read (fd, buf + got, cap - got);
      if (r < 0 && errno == EINTR)
        continue;
      if (r < 0)
        {
          int e = errno;
          close (fd);
          g_set_error (error, G_IO_ERROR, g_io_error_from_errno (e), "%s", g_strerror (e));
          return NULL;
        }
      if (r == 0)
        break;
      got += r;
    }
  close (fd);
  buf[got] = '\0';
  *len = got;
  return g_steal_pointer (&buf);
}

/**
 * dossier_article_load:
 *
 * Reads and parses @file. Safe to call from a worker thread.
 *
 * Returns: (transfer full) (nullable): the article, or %NULL with @error set
 */
DossierArticle *
dossier_article_load (GFile         *file,
                      const char    *relative_path,
                      GCancellable  *cancellable,
                      GError       **error)
{
  g_autofree char *path = g_file_get_path (file);
  g_autofree char *data = NULL;
  gsize len = 0;

  if (path == NULL)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED, _("Only local files can be read"));
      return NULL;
    }
  data = read_capped (path, &len, cancellable, error);
  if (data == NULL)
    return NULL;
  return dossier_article_new_from_bytes (file, relative_path ? relative_path : path, data, len, error);
}

GFile *
dossier_article_get_file (DossierArticle *self)
{
  g_return_val_if_fail (DOSSIER_IS_ARTICLE (self), NULL);

  /* Light rows make their GFile when asked: 100,000 of them up front cost
   * a good part of reopening a folder. */
  if (g_atomic_pointer_get (&self->file) == NULL && self->folder != NULL)
    {
      GFile *file = g_file_resolve_relative_path (self->folder, self->path);

      if (!g_atomic_pointer_compare_and_exchange (&self->file, NULL, file))
        g_object_unref (file);
    }
  return self->file;
}

const char *
dossier_article_get_path (DossierArticle *self)
{
  g_return_val_if_fail (DOSSIER_IS_ARTICLE (self), NULL);
  return self->path;
}

/**
 * dossier_article_get_title:
 *
 * Returns: the title, or the file name when the page has none
 */
const char *
dossier_article_get_title (DossierArticle *self)
{
  g_return_val_if_fail (DOSSIER_IS_ARTICLE (self), NULL);
  return self->parsed.title ? self->parsed.title : self->fallback_title;
}

gboolean
dossier_article_has_title (DossierArticle *self)
{
  return self->parsed.title != NULL;
}

const char *
dossier_article_get_outlet (DossierArticle *self)
{
  return self->parsed.outlet;
}

const char *
dossier_article_get_url (DossierArticle *self)
{
  return self->parsed.url;
}

/**
 * dossier_article_get_date:
 *
 * Returns: (nullable): the publication date (ISO 8601), when the page says it
 */
const char *
dossier_article_get_date (DossierArticle *self)
{
  return self->parsed.date;
}

/**
 * dossier_article_get_page_date:
 *
 * Returns: (nullable): the date printed in the page's masthead: the day the
 *   page was saved, not the day the story ran
 */
const char *
dossier_article_get_page_date (DossierArticle *self)
{
  return self->parsed.page_date;
}

/**
 * dossier_article_get_sort_date:
 *
 * Returns: (nullable): the date to sort by: the publication date, else the
 *   page date
 */
const char *
dossier_article_get_sort_date (DossierArticle *self)
{
  return self->parsed.date ? self->parsed.date : self->parsed.page_date;
}

const char *
dossier_article_get_byline (DossierArticle *self)
{
  return self->parsed.byline;
}

const char *
dossier_article_get_place (DossierArticle *self)
{
  return self->parsed.place;
}

/* Loads the text of a light row, or leaves an empty text when the file is
 * gone, so that getters never return NULL. */
static void
ensure_text (DossierArticle *self)
{
  g_autoptr(GError) error = NULL;

  if (G_LIKELY (g_atomic_pointer_get (&self->parsed.text) != NULL))
    return;
  if (!dossier_article_load_text (self, NULL, &error))
    {
      g_message ("%s: %s", self->path, error->message);
      G_LOCK (text_lock);
      if (self->parsed.text == NULL)
        {
          DossierMappedText *empty = dossier_mapped_text_new ();

          self->parsed.body_start = 0;
          g_atomic_pointer_set (&self->parsed.text, empty);
        }
      G_UNLOCK (text_lock);
    }
}

/**
 * dossier_article_has_text:
 *
 * Returns: whether the text is in memory; %FALSE for a light row read from
 *   the index cache
 */
gboolean
dossier_article_has_text (DossierArticle *self)
{
  g_return_val_if_fail (DOSSIER_IS_ARTICLE (self), FALSE);
  return g_atomic_pointer_get (&self->parsed.text) != NULL;
}

/**
 * dossier_article_load_text:
 *
 * Reads and parses the file again to get the text and its map, for a light
 * row (the reader opening one article). Metadata and mentions are kept; when
 * the file changed since it was indexed, their offsets may not hold until
 * the folder watch reads it again.
 *
 * Returns: %TRUE when the text is in memory
 */
gboolean
dossier_article_load_text (DossierArticle  *self,
                           GCancellable    *cancellable,
                           GError         **error)
{
  g_autoptr(DossierArticle) fresh = NULL;

  g_return_val_if_fail (DOSSIER_IS_ARTICLE (self), FALSE);

  if (dossier_article_has_text (self))
    return TRUE;
  if (dossier_article_get_file (self) == NULL)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND, _("The article has no file to read"));
      return FALSE;
    }
  fresh = dossier_article_load (self->file, self->path, cancellable, error);
  if (fresh == NULL)
    return FALSE;

  G_LOCK (text_lock);
  if (self->parsed.text == NULL)
    {
      /* The mentions stay (a linker may be reading them on another
       * thread); the folder watch reads the changed file again. */
      if (g_strcmp0 (fresh->hash, self->hash) != 0)
        g_debug ("%s changed since it was indexed", self->path);
      self->parsed.title_start = fresh->parsed.title_start;
      self->parsed.title_end = fresh->parsed.title_end;
      self->parsed.dateline_start = fresh->parsed.dateline_start;
      self->parsed.dateline_end = fresh->parsed.dateline_end;
      self->parsed.body_start = fresh->parsed.body_start;
      g_atomic_pointer_set (&self->parsed.text, g_steal_pointer (&fresh->parsed.text));
    }
  G_UNLOCK (text_lock);
  return TRUE;
}

static void
keep_surfaces (DossierArticle *self)
{
  GString *buf;
  const char *text = dossier_mapped_text_get_text (self->parsed.text);
  gsize len = dossier_mapped_text_get_length (self->parsed.text);

  if (self->surfaces != NULL || self->mentions == NULL)
    return;
  buf = g_string_new (NULL);
  self->surface_offsets = g_new (guint32, self->mentions->len + 1);
  for (guint i = 0; i < self->mentions->len; i++)
    {
      const DossierMention *m = &g_array_index (self->mentions, DossierMention, i);

      self->surface_offsets[i] = buf->len;
      if (m->start <= m->end && m->end <= len)
        g_string_append_len (buf, text + m->start, m->end - m->start);
      g_string_append_c (buf, '\0');
    }
  self->surface_offsets[self->mentions->len] = buf->len;
  self->surfaces = g_string_free (buf, FALSE);
}

/**
 * dossier_article_drop_text:
 *
 * Frees the text and its map, keeping the metadata, a snippet and the text
 * of each mention: what the list, the filters and the linker need. The text
 * comes back on demand (dossier_article_load_text()). Call it only when no
 * other thread uses the text.
 */
void
dossier_article_drop_text (DossierArticle *self)
{
  g_return_if_fail (DOSSIER_IS_ARTICLE (self));

  if (self->parsed.text == NULL || dossier_article_get_file (self) == NULL)
    return;
  G_LOCK (text_lock);
  if (self->snippet == NULL)
    self->snippet = dossier_article_dup_snippet (self, DOSSIER_ARTICLE_SNIPPET_CHARS);
  keep_surfaces (self);
  g_clear_pointer (&self->parsed.text, dossier_mapped_text_free);
  G_UNLOCK (text_lock);
}

/**
 * dossier_article_get_mention_text:
 * @len: (out): the length in bytes
 *
 * The text of mention @index, whether or not the body is in memory: what
 * the linker reads, so that relinking never re-reads files.
 *
 * Returns: (transfer none): the mention's text, not NUL-terminated when
 *   the body is in memory
 */
const char *
dossier_article_get_mention_text (DossierArticle *self,
                                  guint           index,
                                  gsize          *len)
{
  const DossierMention *m;

  g_return_val_if_fail (self->mentions != NULL && index < self->mentions->len, NULL);

  if (self->surfaces != NULL)
    {
      *len = self->surface_offsets[index + 1] - self->surface_offsets[index] - 1;
      return self->surfaces + self->surface_offsets[index];
    }
  m = &g_array_index (self->mentions, DossierMention, index);
  *len = m->end - m->start;
  return dossier_article_get_text (self) + m->start;
}

/* Private API for the index cache. */

DossierArticle *
_dossier_article_new_light (GFile                   *folder,
                            const char              *relative_path,
                            const DossierArticleRow *row)
{
  DossierArticle *self = g_object_new (DOSSIER_TYPE_ARTICLE, NULL);
  const char *base;

  self->folder = folder ? g_object_ref (folder) : NULL;
  self->path = g_strdup (relative_path);
  self->parsed.title = g_strdup (row->title);
  self->parsed.outlet = g_strdup (row->outlet);
  self->parsed.url = g_strdup (row->url);
  self->parsed.date = g_strdup (row->date);
  self->parsed.page_date = g_strdup (row->page_date);
  self->parsed.byline = g_strdup (row->byline);
  self->parsed.place = g_strdup (row->place);
  self->parsed.flags = row->flags;
  self->warning = g_strdup (row->warning);
  self->snippet = g_strdup (row->snippet ? row->snippet : "");
  self->hash = g_strdup (row->hash);
  self->size = row->size;
  self->mtime = row->mtime;
  self->word_count = row->words;

  base = strrchr (relative_path, '/');
  base = base ? base + 1 : relative_path;
  self->fallback_title = g_strdup (base);
  if (strrchr (self->fallback_title, '.') > self->fallback_title)
    *strrchr (self->fallback_title, '.') = '\0';
  self->sort_key = g_utf8_collate_key (dossier_article_get_title (self), -1);
  return self;
}

/**
 * _dossier_article_take_light_mentions:
 * @mentions: (transfer full): #DossierMention
 * @surfaces: (transfer full): their texts, each NUL-terminated, back to back
 */
void
_dossier_article_take_light_mentions (DossierArticle *self,
                                      GArray         *mentions,
                                      char           *surfaces,
                                      gsize           len)
{
  guint n = mentions->len;
  gsize p = 0;

  g_clear_pointer (&self->mentions, g_array_unref);
  g_clear_pointer (&self->shown, g_array_unref);
  g_clear_pointer (&self->surfaces, g_free);
  g_clear_pointer (&self->surface_offsets, g_free);
  self->mentions = mentions;
  self->surface_offsets = g_new (guint32, n + 1);
  for (guint i = 0; i < n; i++)
    {
      const char *nul = p < len ? memchr (surfaces + p, '\0', len - p) : NULL;

      if (nul == NULL)
        {
          /* A short buffer (a damaged cache) gives empty texts rather
           * than reads past its end. */
          g_free (surfaces);
          surfaces = g_malloc0 (MAX (n, 1));
          for (guint j = 0; j <= n; j++)
            self->surface_offsets[j] = j;
          self->surfaces = surfaces;
          return;
        }
      self->surface_offsets[i] = p;
      p = nul - surfaces + 1;
    }
  self->surface_offsets[n] = p;
  self->surfaces = surfaces;
}

/* Copies the mention texts aside, so that the linker can read them on one
 * thread while the main thread drops the body. Call it when the mentions
 * are final, from the thread that owns the article. */
void
_dossier_article_keep_surfaces (DossierArticle *self)
{
  if (self->parsed.text == NULL)
    return;
  G_LOCK (text_lock);
  keep_surfaces (self);
  G_UNLOCK (text_lock);
}

const char *
_dossier_article_get_snippet (DossierArticle *self)
{
  return self->snippet;
}

gint64
_dossier_article_get_mtime (DossierArticle *self)
{
  return self->mtime;
}

void
_dossier_article_set_mtime (DossierArticle *self,
                            gint64          mtime)
{
  self->mtime = mtime;
}

/**
 * dossier_article_get_text:
 *
 * Returns: the analysed text: title, dateline, captions and body, separated
 *   by blank lines
 */
const char *
dossier_article_get_text (DossierArticle *self)
{
  ensure_text (self);
  return dossier_mapped_text_get_text (self->parsed.text);
}

/**
 * dossier_article_get_body:
 *
 * Returns: the clean body, paragraphs separated by blank lines
 */
const char *
dossier_article_get_body (DossierArticle *self)
{
  ensure_text (self);
  return dossier_mapped_text_get_text (self->parsed.text) + self->parsed.body_start;
}

/**
 * dossier_article_get_body_offset:
 *
 * Returns: where the body starts in dossier_article_get_text()
 */
gsize
dossier_article_get_body_offset (DossierArticle *self)
{
  ensure_text (self);
  return self->parsed.body_start;
}

void
dossier_article_get_title_range (DossierArticle *self,
                                 gsize          *start,
                                 gsize          *end)
{
  ensure_text (self);
  *start = self->parsed.title_start;
  *end = self->parsed.title_end;
}

void
dossier_article_get_dateline_range (DossierArticle *self,
                                    gsize          *start,
                                    gsize          *end)
{
  ensure_text (self);
  *start = self->parsed.dateline_start;
  *end = self->parsed.dateline_end;
}

const DossierMappedText *
dossier_article_get_map (DossierArticle *self)
{
  ensure_text (self);
  return self->parsed.text;
}

/**
 * dossier_article_text_to_file:
 *
 * Maps the range [@start, @end) of dossier_article_get_text() to byte
 * offsets in the original file.
 */
void
dossier_article_text_to_file (DossierArticle *self,
                              gsize           start,
                              gsize           end,
                              gsize          *file_start,
                              gsize          *file_end)
{
  ensure_text (self);
  dossier_mapped_text_range_to_source (self->parsed.text, start, end, file_start, file_end);
}

guint
dossier_article_get_word_count (DossierArticle *self)
{
  return self->word_count;
}

const char *
dossier_article_get_content_hash (DossierArticle *self)
{
  return self->hash;
}

guint64
dossier_article_get_size (DossierArticle *self)
{
  return self->size;
}

DossierArticleFlags
dossier_article_get_flags (DossierArticle *self)
{
  return self->parsed.flags;
}

void
dossier_article_set_flags (DossierArticle     *self,
                           DossierArticleFlags flags)
{
  self->parsed.flags = flags;
}

/**
 * dossier_article_get_warning:
 *
 * Returns: (nullable): what went wrong reading the article, if it could
 *   still be read
 */
const char *
dossier_article_get_warning (DossierArticle *self)
{
  return self->warning;
}

/**
 * dossier_article_dup_snippet:
 *
 * Returns: the start of the body on one line, cut at a word near
 *   @max_chars characters
 */
char *
dossier_article_dup_snippet (DossierArticle *self,
                             guint           max_chars)
{
  const char *body;
  GString *s = g_string_new (NULL);
  guint chars = 0;
  gboolean space = FALSE;

  /* A light row answers from its stored snippet rather than loading the
   * file: the list asks for snippets of every visible row. */
  if (self->parsed.text == NULL && self->snippet != NULL &&
      g_utf8_strlen (self->snippet, -1) <= (glong) max_chars + 1)
    {
      g_string_free (s, TRUE);
      return g_strdup (self->snippet);
    }
  body = self->parsed.text == NULL && self->snippet != NULL ? self->snippet : dossier_article_get_body (self);

  for (const char *p = body; *p && chars < max_chars; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_isspace (c))
        {
          space = s->len > 0;
          continue;
        }
      if (space)
        {
          g_string_append_c (s, ' ');
          chars++;
          space = FALSE;
        }
      g_string_append_unichar (s, c);
      chars++;
    }
  if (chars >= max_chars)
    {
      char *cut = strrchr (s->str, ' ');
      if (cut && cut - s->str > (gssize) s->len / 2)
        g_string_truncate (s, cut - s->str);
      g_string_append (s, "…");
    }
  return g_string_free (s, FALSE);
}

guint
dossier_article_get_id (DossierArticle *self)
{
  return self->id;
}

void
dossier_article_set_id (DossierArticle *self,
                        guint           id)
{
  self->id = id;
}

/**
 * dossier_article_compare:
 *
 * The corpus order: newest first (articles without a date last), then by
 * title, then by path.
 */
int
dossier_article_compare (DossierArticle *a,
                         DossierArticle *b)
{
  const char *da = dossier_article_get_sort_date (a);
  const char *db = dossier_article_get_sort_date (b);
  int r;

  if (da && db)
    {
      r = strcmp (db, da);
      if (r)
        return r;
    }
  else if (da || db)
    return da ? -1 : 1;

  r = strcmp (a->sort_key, b->sort_key);
  if (r)
    return r;
  return strcmp (a->path, b->path);
}

/**
 * dossier_article_get_mentions:
 *
 * Returns: (array length=n_mentions): the entity mentions, in text order,
 *   with offsets into dossier_article_get_text()
 */
const DossierMention *
dossier_article_get_mentions (DossierArticle *self,
                              guint          *n_mentions)
{
  GArray *mentions = self->shown ? self->shown : self->mentions;

  if (mentions == NULL)
    {
      *n_mentions = 0;
      return NULL;
    }
  *n_mentions = mentions->len;
  return (const DossierMention *) mentions->data;
}

/**
 * _dossier_article_get_linked_mentions:
 *
 * Returns: the mentions as extraction found them and the linker linked
 *   them, without the user's corrections: what the linker reads, what the
 *   index cache stores and what dossier_article_get_mention_text() indexes
 */
const DossierMention *
_dossier_article_get_linked_mentions (DossierArticle *self,
                                      guint          *n_mentions)
{
  if (self->mentions == NULL)
    {
      *n_mentions = 0;
      return NULL;
    }
  *n_mentions = self->mentions->len;
  return (const DossierMention *) self->mentions->data;
}

/**
 * _dossier_article_show_mentions:
 * @shown: (transfer full) (nullable): the mentions after the user's
 *   corrections, or %NULL for the linked ones
 *
 * What dossier_article_get_mentions() returns from now on; the linked
 * mentions, their texts and the cache are left as they are, so that
 * corrections can be undone and relinking never reads a corrected label.
 * Main thread only.
 */
void
_dossier_article_show_mentions (DossierArticle *self,
                                GArray         *shown)
{
  g_clear_pointer (&self->shown, g_array_unref);
  self->shown = shown;
}

/**
 * dossier_article_take_mentions:
 * @mentions: (transfer full): a #GArray of #DossierMention in text order
 *
 * Sets what extraction found. Call it before the article is shared between
 * threads.
 */
void
dossier_article_take_mentions (DossierArticle *self,
                               GArray         *mentions)
{
  g_clear_pointer (&self->mentions, g_array_unref);
  g_clear_pointer (&self->shown, g_array_unref);
  g_clear_pointer (&self->surfaces, g_free);
  g_clear_pointer (&self->surface_offsets, g_free);
  self->mentions = mentions;
}

void
dossier_article_set_mention_entity (DossierArticle *self,
                                    guint           index,
                                    guint32         entity)
{
  g_return_if_fail (self->mentions != NULL && index < self->mentions->len);
  g_array_index (self->mentions, DossierMention, index).entity = entity;
  /* New links: corrections made over the old ones are applied again. */
  g_clear_pointer (&self->shown, g_array_unref);
}

gboolean
dossier_article_mentions_entity (DossierArticle *self,
                                 guint32         entity)
{
  guint n;
  const DossierMention *m = dossier_article_get_mentions (self, &n);

  for (guint i = 0; i < n; i++)
    if (m[i].entity == entity)
      return TRUE;
  return FALSE;
}
