/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "dossier-note"

#include "config.h"

#include <string.h>

#include "dossier-note.h"

/**
 * DossierNote:
 *
 * One highlight: a passage of an article file, anchored as a W3C Web
 * Annotation target (file path + SHA-256 of the file's bytes + a
 * TextQuoteSelector and a TextPositionSelector into the file's text, see
 * dossier-anchor.h), with a colour, the user's note, tags and the names of
 * the entities the passage mentions (a cache: filters and exports must work
 * when the folder is not loaded).
 *
 * A note is a plain value: #DossierNotes stores copies of it, so changing a
 * note does nothing until dossier_notes_update() is called.
 */
struct _DossierNote
{
  GObject parent_instance;

  char *id;
  char *folder;
  char *path;
  char *hash;
  char *exact;
  char *prefix;
  char *suffix;
  gint64 start;
  gint64 end;
  char *color;
  char *text;
  GStrv tags;
  GStrv entities;
  gint64 created;
  gint64 modified;
};

G_DEFINE_FINAL_TYPE (DossierNote, dossier_note, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_PATH,
  PROP_EXACT,
  PROP_COLOR,
  PROP_TEXT,
  PROP_MODIFIED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
dossier_note_finalize (GObject *object)
{
  DossierNote *self = (DossierNote *) object;

  g_free (self->id);
  g_free (self->folder);
  g_free (self->path);
  g_free (self->hash);
  g_free (self->exact);
  g_free (self->prefix);
  g_free (self->suffix);
  g_free (self->color);
  g_free (self->text);
  g_strfreev (self->tags);
  g_strfreev (self->entities);

  G_OBJECT_CLASS (dossier_note_parent_class)->finalize (object);
}

static void
dossier_note_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  DossierNote *self = DOSSIER_NOTE (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, self->id);
      break;
    case PROP_PATH:
      g_value_set_string (value, self->path);
      break;
    case PROP_EXACT:
      g_value_set_string (value, self->exact);
      break;
    case PROP_COLOR:
      g_value_set_string (value, self->color);
      break;
    case PROP_TEXT:
      g_value_set_string (value, self->text);
      break;
    case PROP_MODIFIED:
      g_value_set_int64 (value, self->modified);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dossier_note_set_property (GObject      *object,
                           guint         prop_id,
                           const GValue *value,
                           GParamSpec   *pspec)
{
  DossierNote *self = DOSSIER_NOTE (object);

  switch (prop_id)
    {
    case PROP_COLOR:
      dossier_note_set_color (self, g_value_get_string (value));
      break;
    case PROP_TEXT:
      dossier_note_set_text (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dossier_note_class_init (DossierNoteClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags ro = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY;
  GParamFlags rw = G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY;

  object_class->finalize = dossier_note_finalize;
  object_class->get_property = dossier_note_get_property;
  object_class->set_property = dossier_note_set_property;

  properties[PROP_ID] = g_param_spec_string ("id", NULL, NULL, NULL, ro);
  properties[PROP_PATH] = g_param_spec_string ("path", NULL, NULL, NULL, ro);
  properties[PROP_EXACT] = g_param_spec_string ("exact", NULL, NULL, NULL, ro);
  properties[PROP_COLOR] = g_param_spec_string ("color", NULL, NULL, NULL, rw);
  properties[PROP_TEXT] = g_param_spec_string ("text", NULL, NULL, NULL, rw);
  properties[PROP_MODIFIED] = g_param_spec_int64 ("modified", NULL, NULL, 0, G_MAXINT64, 0, ro);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
dossier_note_init (DossierNote *self)
{
  self->id = dossier_note_new_id ();
  self->folder = g_strdup ("");
  self->path = g_strdup ("");
  self->hash = g_strdup ("");
  self->exact = g_strdup ("");
  self->prefix = g_strdup ("");
  self->suffix = g_strdup ("");
  self->start = -1;
  self->end = -1;
  self->color = g_strdup ("yellow");
  self->text = g_strdup ("");
  self->tags = g_new0 (char *, 1);
  self->entities = g_new0 (char *, 1);
}

/**
 * dossier_note_new:
 *
 * Returns: (transfer full): an empty note with a fresh id, yellow
 */
DossierNote *
dossier_note_new (void)
{
  return g_object_new (DOSSIER_TYPE_NOTE, NULL);
}

/**
 * dossier_note_copy:
 *
 * Returns: (transfer full): a copy of @self with the same id
 */
DossierNote *
dossier_note_copy (DossierNote *self)
{
  DossierNote *copy = dossier_note_new ();

  dossier_note_set_id (copy, self->id);
  dossier_note_set_folder (copy, self->folder);
  dossier_note_set_path (copy, self->path);
  dossier_note_set_hash (copy, self->hash);
  dossier_note_set_quote (copy, self->exact, self->prefix, self->suffix);
  dossier_note_set_position (copy, self->start, self->end);
  dossier_note_set_color (copy, self->color);
  dossier_note_set_text (copy, self->text);
  dossier_note_set_tags (copy, (const char * const *) self->tags);
  dossier_note_set_entities (copy, (const char * const *) self->entities);
  dossier_note_set_times (copy, self->created, self->modified);
  return copy;
}

/* Replaces *@field and says whether it changed; NULL is stored as "" so
 * that every getter returns a string. */
static gboolean
set_string (char       **field,
            const char  *value)
{
  if (value == NULL)
    value = "";
  if (g_strcmp0 (*field, value) == 0)
    return FALSE;
  g_free (*field);
  *field = g_strdup (value);
  return TRUE;
}

const char *
dossier_note_get_id (DossierNote *self)
{
  g_return_val_if_fail (DOSSIER_IS_NOTE (self), NULL);
  return self->id;
}

void
dossier_note_set_id (DossierNote *self,
                     const char  *id)
{
  g_return_if_fail (DOSSIER_IS_NOTE (self));
  g_return_if_fail (id != NULL && *id);
  if (set_string (&self->id, id))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ID]);
}

/**
 * dossier_note_get_folder:
 *
 * Returns: the real path of the folder the note belongs to: the key notes
 *   are stored under
 */
const char *
dossier_note_get_folder (DossierNote *self)
{
  return self->folder;
}

void
dossier_note_set_folder (DossierNote *self,
                         const char  *folder)
{
  set_string (&self->folder, folder);
}

/**
 * dossier_note_get_path:
 *
 * Returns: the file, relative to the folder, '/'-separated
 */
const char *
dossier_note_get_path (DossierNote *self)
{
  return self->path;
}

void
dossier_note_set_path (DossierNote *self,
                       const char  *path)
{
  if (set_string (&self->path, path))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PATH]);
}

/**
 * dossier_note_get_hash:
 *
 * Returns: the SHA-256 (lower-case hex) of the file's bytes when the note
 *   was made, or "" when unknown (some imported annotations)
 */
const char *
dossier_note_get_hash (DossierNote *self)
{
  return self->hash;
}

void
dossier_note_set_hash (DossierNote *self,
                       const char  *hash)
{
  set_string (&self->hash, hash);
}

/**
 * dossier_note_get_exact:
 *
 * Returns: the quoted passage, as it was in the file's text
 */
const char *
dossier_note_get_exact (DossierNote *self)
{
  return self->exact;
}

const char *
dossier_note_get_prefix (DossierNote *self)
{
  return self->prefix;
}

const char *
dossier_note_get_suffix (DossierNote *self)
{
  return self->suffix;
}

/**
 * dossier_note_set_quote:
 * @exact: the passage
 * @prefix: (nullable): up to %DOSSIER_NOTE_CONTEXT_CHARS characters before it
 * @suffix: (nullable): up to %DOSSIER_NOTE_CONTEXT_CHARS characters after it
 *
 * Sets the TextQuoteSelector.
 */
void
dossier_note_set_quote (DossierNote *self,
                        const char  *exact,
                        const char  *prefix,
                        const char  *suffix)
{
  if (set_string (&self->exact, exact))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_EXACT]);
  set_string (&self->prefix, prefix);
  set_string (&self->suffix, suffix);
}

/**
 * dossier_note_get_start:
 *
 * Returns: the TextPositionSelector start, in code points of the file's
 *   text, or -1 when the note has no position
 */
gint64
dossier_note_get_start (DossierNote *self)
{
  return self->start;
}

gint64
dossier_note_get_end (DossierNote *self)
{
  return self->end;
}

void
dossier_note_set_position (DossierNote *self,
                           gint64       start,
                           gint64       end)
{
  if (start < 0 || end < start)
    start = end = -1;
  self->start = start;
  self->end = end;
}

const char *
dossier_note_get_color (DossierNote *self)
{
  return self->color;
}

void
dossier_note_set_color (DossierNote *self,
                        const char  *color)
{
  if (color == NULL || *color == '\0')
    color = "yellow";
  if (set_string (&self->color, color))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_COLOR]);
}

/**
 * dossier_note_get_text:
 *
 * Returns: what the user wrote about the passage, possibly ""
 */
const char *
dossier_note_get_text (DossierNote *self)
{
  return self->text;
}

void
dossier_note_set_text (DossierNote *self,
                       const char  *text)
{
  if (set_string (&self->text, text))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TEXT]);
}

/* Strips, drops empty strings and repeats, keeps the first order. */
static GStrv
clean_list (const char * const *list)
{
  g_autoptr(GPtrArray) out = g_ptr_array_new ();

  for (guint i = 0; list && list[i]; i++)
    {
      g_autofree char *s = g_strstrip (g_strdup (list[i]));
      gboolean seen = FALSE;

      if (*s == '\0' || !g_utf8_validate (s, -1, NULL))
        continue;
      for (guint j = 0; j < out->len && !seen; j++)
        seen = g_str_equal (g_ptr_array_index (out, j), s);
      if (!seen)
        g_ptr_array_add (out, g_steal_pointer (&s));
    }
  g_ptr_array_add (out, NULL);
  return (GStrv) g_ptr_array_free (g_steal_pointer (&out), FALSE);
}

/**
 * dossier_note_get_tags:
 *
 * Returns: (transfer none): the tags, without repeats, in the order given
 */
const char * const *
dossier_note_get_tags (DossierNote *self)
{
  return (const char * const *) self->tags;
}

void
dossier_note_set_tags (DossierNote        *self,
                       const char * const *tags)
{
  g_strfreev (self->tags);
  self->tags = clean_list (tags);
}

gboolean
dossier_note_has_tag (DossierNote *self,
                      const char  *tag)
{
  return g_strv_contains ((const char * const *) self->tags, tag);
}

/**
 * dossier_note_get_entities:
 *
 * Returns: (transfer none): the canonical names of the entities the passage
 *   mentions, as found when the note was made or last re-anchored
 */
const char * const *
dossier_note_get_entities (DossierNote *self)
{
  return (const char * const *) self->entities;
}

void
dossier_note_set_entities (DossierNote        *self,
                           const char * const *entities)
{
  g_strfreev (self->entities);
  self->entities = clean_list (entities);
}

/**
 * dossier_note_mentions:
 *
 * Whether the passage mentions @entity (compared without case).
 */
gboolean
dossier_note_mentions (DossierNote *self,
                       const char  *entity)
{
  g_autofree char *key = g_utf8_casefold (entity, -1);

  for (guint i = 0; self->entities[i]; i++)
    {
      g_autofree char *k = g_utf8_casefold (self->entities[i], -1);
      if (g_str_equal (k, key))
        return TRUE;
    }
  return FALSE;
}

/**
 * dossier_note_get_created:
 *
 * Returns: when the note was made, in microseconds since the Unix epoch
 */
gint64
dossier_note_get_created (DossierNote *self)
{
  return self->created;
}

gint64
dossier_note_get_modified (DossierNote *self)
{
  return self->modified;
}

void
dossier_note_set_times (DossierNote *self,
                        gint64       created,
                        gint64       modified)
{
  self->created = created;
  if (self->modified != modified)
    {
      self->modified = modified;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MODIFIED]);
    }
}

/**
 * dossier_note_new_id:
 *
 * Returns: (transfer full): a random (version 4) UUID
 */
char *
dossier_note_new_id (void)
{
  return g_uuid_string_random ();
}

/**
 * dossier_format_time:
 *
 * Returns: (transfer full): @usec as ISO 8601 in UTC, with microseconds
 *   only when there are some (W3C annotations use xsd:dateTime)
 */
char *
dossier_format_time (gint64 usec)
{
  g_autoptr(GDateTime) dt = g_date_time_new_from_unix_utc (usec / G_USEC_PER_SEC);
  g_autoptr(GDateTime) full = NULL;

  if (dt == NULL)
    return g_strdup ("1970-01-01T00:00:00Z");
  full = g_date_time_add (dt, usec % G_USEC_PER_SEC);
  if (usec % G_USEC_PER_SEC)
    return g_date_time_format (full, "%Y-%m-%dT%H:%M:%S.%fZ");
  return g_date_time_format (full, "%Y-%m-%dT%H:%M:%SZ");
}

gboolean
dossier_parse_time (const char *iso8601,
                    gint64     *usec)
{
  g_autoptr(GTimeZone) utc = g_time_zone_new_utc ();
  g_autoptr(GDateTime) dt = NULL;

  if (iso8601 == NULL)
    return FALSE;
  dt = g_date_time_new_from_iso8601 (iso8601, utc);
  if (dt == NULL)
    return FALSE;
  *usec = g_date_time_to_unix (dt) * G_USEC_PER_SEC + g_date_time_get_microsecond (dt);
  return TRUE;
}
