/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "dossier-gazetteer"

#include "config.h"

#include <gio/gio.h>
#include <string.h>

#include "dossier-gazetteer.h"

/* Keys longer than this are not names: lookups of them miss without
 * allocating. */
#define MAX_KEY 256
#define NO_CANON G_MAXUINT32

typedef struct
{
  guint32 key_off;     /* into strings: the normalised key, NUL-terminated */
  guint32 key_len;
  guint32 classes;
  guint32 canon_off;   /* into strings, or NO_CANON */
  guint8  canon_rank;  /* which row gave canon_off: lower wins */
  guint8  canon_label;
} Entry;

/* Open addressing on the normalised key: one GArray of entries and a slot
 * array, so that a lookup hashes the query in a stack buffer and allocates
 * nothing. */
typedef struct
{
  GArray  *entries;
  guint32 *slots;      /* entry index + 1; 0 = empty */
  guint32  mask;
} Table;

struct _DossierGazetteer
{
  gatomicrefcount  ref_count;
  GString         *strings;
  Table            exact;
  Table            folded;
  guint            max_words;
};

static const struct
{
  const char            *name;
  DossierGazetteerClass  klass;
  guint8                 rank;   /* canonical precedence; 0xff: names no entity */
  DossierLabel           label;
} class_info[] = {
  { "COUNTRY",      DOSSIER_GAZ_COUNTRY,      1,    DOSSIER_LABEL_PLACE },
  { "COUNTRY_CODE", DOSSIER_GAZ_COUNTRY_CODE, 7,    DOSSIER_LABEL_PLACE },
  { "CITY",         DOSSIER_GAZ_CITY,         5,    DOSSIER_LABEL_PLACE },
  { "REGION",       DOSSIER_GAZ_REGION,       4,    DOSSIER_LABEL_PLACE },
  { "DEMONYM",      DOSSIER_GAZ_DEMONYM,      6,    DOSSIER_LABEL_MISC },
  { "FIRST_NAME",   DOSSIER_GAZ_FIRST_NAME,   0xff, DOSSIER_LABEL_PERSON },
  { "PERSON_NAME",  DOSSIER_GAZ_PERSON_NAME,  0xff, DOSSIER_LABEL_PERSON },
  { "HONORIFIC",    DOSSIER_GAZ_HONORIFIC,    0xff, DOSSIER_LABEL_MISC },
  { "ORG_SUFFIX",   DOSSIER_GAZ_ORG_SUFFIX,   0xff, DOSSIER_LABEL_ORG },
  { "ORG",          DOSSIER_GAZ_ORG,          3,    DOSSIER_LABEL_ORG },
  { "AGENCY",       DOSSIER_GAZ_AGENCY,       2,    DOSSIER_LABEL_ORG },
  { "ALIAS",        DOSSIER_GAZ_ALIAS,        0,    DOSSIER_LABEL_MISC },
};

static inline guint32
hash_bytes (const char *s,
            gsize       len)
{
  guint32 h = 2166136261u;

  for (gsize i = 0; i < len; i++)
    {
      h ^= (guint8) s[i];
      h *= 16777619u;
    }
  return h;
}

/* Whitespace runs (including U+00A0 and the thin and narrow no-break
 * spaces that news sites use) become one space and curly apostrophes
 * become ASCII, so that a span cut from a page finds "People's Daily".
 * Returns the length, or 0 if the key is empty or too long. */
static gsize
normalise_key (const char *str,
               gsize       len,
               gboolean    fold,
               char       *buf,
               gboolean   *non_ascii)
{
  const guint8 *s = (const guint8 *) str;
  gsize o = 0;
  gboolean space = FALSE;

  *non_ascii = FALSE;
  for (gsize i = 0; i < len;)
    {
      guint8 c = s[i];
      gsize skip = 0;

      if (c == ' ' || c == '\t' || c == '\n' || c == '\r')
        skip = 1;
      else if (c == 0xC2 && i + 1 < len && s[i + 1] == 0xA0)
        skip = 2;
      else if (c == 0xE2 && i + 2 < len && s[i + 1] == 0x80 &&
               (s[i + 2] == 0x89 || s[i + 2] == 0xAF))
        skip = 3;

      if (skip)
        {
          space = TRUE;
          i += skip;
          continue;
        }

      if (space && o > 0)
        {
          if (o + 1 >= MAX_KEY)
            return 0;
          buf[o++] = ' ';
        }
      space = FALSE;

      if (c == 0xE2 && i + 2 < len && s[i + 1] == 0x80 &&
          (s[i + 2] == 0x98 || s[i + 2] == 0x99))
        {
          c = '\'';
          i += 3;
        }
      else
        {
          if (c >= 0x80)
            *non_ascii = TRUE;
          else if (fold && c >= 'A' && c <= 'Z')
            c = c - 'A' + 'a';
          i++;
        }

      if (o + 1 >= MAX_KEY)
        return 0;
      buf[o++] = (char) c;
    }

  buf[o] = '\0';
  return o;
}

static void
table_init (Table *t,
            guint  size_hint)
{
  t->entries = g_array_sized_new (FALSE, FALSE, sizeof (Entry), size_hint);
  t->mask = 1023;
  while (t->mask < size_hint * 2)
    t->mask = t->mask * 2 + 1;
  t->slots = g_new0 (guint32, t->mask + 1);
}

static void
table_clear (Table *t)
{
  g_clear_pointer (&t->entries, g_array_unref);
  g_clear_pointer (&t->slots, g_free);
}

static const Entry *
table_find (const Table *t,
            const char  *strings,
            const char  *key,
            gsize        len)
{
  guint32 i = hash_bytes (key, len) & t->mask;

  for (;;)
    {
      guint32 slot = t->slots[i];
      const Entry *e;

      if (slot == 0)
        return NULL;
      e = &g_array_index (t->entries, Entry, slot - 1);
      if (e->key_len == len && memcmp (strings + e->key_off, key, len) == 0)
        return e;
      i = (i + 1) & t->mask;
    }
}

static void
table_grow (Table      *t,
            const char *strings)
{
  guint32 mask = t->mask * 2 + 1;
  guint32 *slots = g_new0 (guint32, mask + 1);

  for (guint32 n = 0; n < t->entries->len; n++)
    {
      const Entry *e = &g_array_index (t->entries, Entry, n);
      guint32 i = hash_bytes (strings + e->key_off, e->key_len) & mask;

      while (slots[i] != 0)
        i = (i + 1) & mask;
      slots[i] = n + 1;
    }

  g_free (t->slots);
  t->slots = slots;
  t->mask = mask;
}

static Entry *
table_insert (Table   *t,
              GString *strings,
              const char *key,
              gsize    len)
{
  guint32 i = hash_bytes (key, len) & t->mask;
  Entry e = { 0, };

  for (;;)
    {
      guint32 slot = t->slots[i];
      Entry *found;

      if (slot == 0)
        break;
      found = &g_array_index (t->entries, Entry, slot - 1);
      if (found->key_len == len && memcmp (strings->str + found->key_off, key, len) == 0)
        return found;
      i = (i + 1) & t->mask;
    }

  e.key_off = strings->len;
  e.key_len = len;
  e.canon_off = NO_CANON;
  e.canon_rank = 0xff;
  g_string_append_len (strings, key, len);
  g_string_append_c (strings, '\0');
  g_array_append_val (t->entries, e);
  t->slots[i] = t->entries->len;

  /* Keep the load under one half so that probes stay short. */
  if (t->entries->len * 2 > t->mask)
    table_grow (t, strings->str);

  return &g_array_index (t->entries, Entry, t->entries->len - 1);
}

static void
entry_merge (Entry        *e,
             guint32       klass,
             guint8        rank,
             guint32       canon_off,
             DossierLabel  label)
{
  e->classes |= klass;
  if (rank < e->canon_rank && canon_off != NO_CANON)
    {
      e->canon_rank = rank;
      e->canon_off = canon_off;
      e->canon_label = label;
    }
}

static void
add_row (DossierGazetteer *self,
         const char       *name,
         gsize             name_len,
         guint             info,
         const char       *canon,
         gsize             canon_len,
         DossierLabel      label)
{
  char buf[MAX_KEY];
  char fbuf[MAX_KEY];
  gboolean non_ascii;
  gsize len, flen;
  guint32 canon_off = NO_CANON;
  guint8 rank = class_info[info].rank;
  guint words = 1;
  Entry *e;

  len = normalise_key (name, name_len, FALSE, buf, &non_ascii);
  if (len == 0)
    return;

  if (rank != 0xff)
    {
      /* A row without a canonical column names itself. */
      if (canon == NULL || canon_len == 0)
        {
          canon = buf;
          canon_len = len;
        }
      canon_off = self->strings->len;
      g_string_append_len (self->strings, canon, canon_len);
      g_string_append_c (self->strings, '\0');
    }

  for (gsize i = 0; i < len; i++)
    words += buf[i] == ' ';
  self->max_words = MAX (self->max_words, words);

  e = table_insert (&self->exact, self->strings, buf, len);
  entry_merge (e, class_info[info].klass, rank, canon_off, label);

  flen = normalise_key (name, name_len, TRUE, fbuf, &non_ascii);
  if (non_ascii)
    {
      g_autofree char *folded = g_utf8_casefold (fbuf, flen);

      e = table_insert (&self->folded, self->strings, folded, strlen (folded));
    }
  else
    e = table_insert (&self->folded, self->strings, fbuf, flen);
  entry_merge (e, class_info[info].klass, rank, canon_off, label);
}

static gboolean
class_from_string (const char *s,
                   gsize       len,
                   guint      *info)
{
  for (guint i = 0; i < G_N_ELEMENTS (class_info); i++)
    {
      if (strlen (class_info[i].name) == len && memcmp (class_info[i].name, s, len) == 0)
        {
          *info = i;
          return TRUE;
        }
    }
  return FALSE;
}

/* Rows are either "name<TAB>CLASS[<TAB>canonical]" (data/gazetteers/) or
 * "alias<TAB>canonical<TAB>LABEL" (data/aliases.tsv); the second field
 * tells which, as canonical names are never class names. */
static void
parse_tsv (DossierGazetteer *self,
           const char       *data,
           gsize             len)
{
  const char *p = data;
  const char *end = data + len;

  while (p < end)
    {
      const char *eol = memchr (p, '\n', end - p);
      const char *f[4];
      gsize fl[4];
      guint n = 0;
      const char *q;
      guint info;

      if (eol == NULL)
        eol = end;

      if (p < eol && *p != '#')
        {
          q = p;
          while (n < 4)
            {
              const char *tab = memchr (q, '\t', eol - q);
              const char *fe = tab ? tab : eol;

              if (fe > q && fe[-1] == '\r')
                fe--;
              f[n] = q;
              fl[n] = fe - q;
              n++;
              if (tab == NULL)
                break;
              q = tab + 1;
            }

          if (n >= 2 && class_from_string (f[1], fl[1], &info))
            {
              add_row (self, f[0], fl[0], info,
                       n >= 3 ? f[2] : NULL, n >= 3 ? fl[2] : 0,
                       class_info[info].label);
            }
          else if (n >= 3 && class_from_string ("ALIAS", 5, &info))
            {
              g_autofree char *label_str = g_strndup (f[2], fl[2]);
              DossierLabel label;

              if (!dossier_label_from_string (label_str, &label))
                label = DOSSIER_LABEL_MISC;
              add_row (self, f[0], fl[0], info, f[1], fl[1], label);
            }
        }

      p = eol + 1;
    }
}

static DossierGazetteer *
gazetteer_new (gsize data_size)
{
  DossierGazetteer *self = g_new0 (DossierGazetteer, 1);
  /* About 20 bytes a row: sizing the tables up front saves rehashing
   * them while loading. */
  guint rows = MIN (data_size / 20, 1 << 22);

  g_atomic_ref_count_init (&self->ref_count);
  self->strings = g_string_sized_new (MAX (data_size * 2, 4096));
  table_init (&self->exact, rows);
  table_init (&self->folded, rows);
  return self;
}

/**
 * dossier_gazetteer_new_from_data:
 * @tsv: rows in the format of data/gazetteers/ or data/aliases.tsv
 * @len: length of @tsv, or -1 if NUL-terminated
 *
 * Builds a gazetteer from rows in memory (for tests and small tools).
 *
 * Returns: (transfer full): a new gazetteer
 */
DossierGazetteer *
dossier_gazetteer_new_from_data (const char *tsv,
                                 gssize      len)
{
  gsize size;
  DossierGazetteer *self;

  g_return_val_if_fail (tsv != NULL, NULL);

  size = len < 0 ? strlen (tsv) : (gsize) len;
  self = gazetteer_new (size);
  parse_tsv (self, tsv, size);
  return self;
}

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return strcmp (*(const char **) a, *(const char **) b);
}

/**
 * dossier_gazetteer_load:
 * @datadir: the data directory: it holds aliases.tsv and the .tsv files
 *   of its gazetteers folder
 * @error: return location for a #GError
 *
 * Loads every word list of @datadir. The result is read-only, so lookups
 * may run from any number of threads at once.
 *
 * Returns: (transfer full): a new gazetteer, or %NULL with @error set when
 *   the gazetteers folder cannot be read
 */
DossierGazetteer *
dossier_gazetteer_load (const char  *datadir,
                        GError     **error)
{
  g_autoptr(DossierGazetteer) self = NULL;
  g_autofree char *gazdir = NULL;
  g_autofree char *aliases = NULL;
  g_autoptr(GPtrArray) files = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GDir) dir = NULL;
  const char *name;

  g_return_val_if_fail (datadir != NULL, NULL);

  gazdir = g_build_filename (datadir, "gazetteers", NULL);
  dir = g_dir_open (gazdir, 0, error);
  if (dir == NULL)
    return NULL;

  while ((name = g_dir_read_name (dir)) != NULL)
    if (g_str_has_suffix (name, ".tsv"))
      g_ptr_array_add (files, g_build_filename (gazdir, name, NULL));
  /* Directory order varies between file systems; the first row of a name
   * can decide its canonical form, so load in a fixed order. */
  g_ptr_array_sort (files, compare_names);

  /* The alias table goes first: its canonical names win ties of rank. */
  aliases = g_build_filename (datadir, "aliases.tsv", NULL);
  if (g_file_test (aliases, G_FILE_TEST_EXISTS))
    g_ptr_array_insert (files, 0, g_steal_pointer (&aliases));

  {
    gsize total = 0;

    for (guint i = 0; i < files->len; i++)
      {
        g_autoptr(GFile) file = g_file_new_for_path (files->pdata[i]);
        g_autoptr(GFileInfo) info = g_file_query_info (file, G_FILE_ATTRIBUTE_STANDARD_SIZE,
                                                       G_FILE_QUERY_INFO_NONE, NULL, NULL);

        if (info != NULL)
          total += g_file_info_get_size (info);
      }
    self = gazetteer_new (total);
  }
  for (guint i = 0; i < files->len; i++)
    {
      g_autofree char *contents = NULL;
      gsize len;

      if (!g_file_get_contents (files->pdata[i], &contents, &len, error))
        return NULL;
      parse_tsv (self, contents, len);
    }

  return g_steal_pointer (&self);
}

/**
 * dossier_gazetteer_ref:
 * @self: a #DossierGazetteer
 *
 * Returns: (transfer full): @self
 */
DossierGazetteer *
dossier_gazetteer_ref (DossierGazetteer *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  g_atomic_ref_count_inc (&self->ref_count);
  return self;
}

/**
 * dossier_gazetteer_unref:
 * @self: (transfer full): a #DossierGazetteer
 */
void
dossier_gazetteer_unref (DossierGazetteer *self)
{
  if (self == NULL || !g_atomic_ref_count_dec (&self->ref_count))
    return;

  table_clear (&self->exact);
  table_clear (&self->folded);
  g_string_free (self->strings, TRUE);
  g_free (self);
}

static const Entry *
find (DossierGazetteer *self,
      const char       *str,
      gsize             len,
      gboolean          fold)
{
  char buf[MAX_KEY];
  gboolean non_ascii;
  gsize n;

  if (len > 4 * MAX_KEY)
    return NULL;
  n = normalise_key (str, len, fold, buf, &non_ascii);
  if (n == 0)
    return NULL;

  if (fold && non_ascii)
    {
      g_autofree char *folded = g_utf8_casefold (buf, n);

      return table_find (&self->folded, self->strings->str, folded, strlen (folded));
    }

  return table_find (fold ? &self->folded : &self->exact, self->strings->str, buf, n);
}

/**
 * dossier_gazetteer_lookup:
 * @self: a #DossierGazetteer
 * @str: a word or several words (not necessarily NUL-terminated)
 * @len: length of @str in bytes
 *
 * Looks @str up as written. Runs of white space count as one space and
 * curly apostrophes as straight ones, so a span of a page can be passed as
 * it stands ("Secretary of State", "People’s Daily").
 *
 * Returns: a mask of #DossierGazetteerClass, 0 if @str is in no list
 */
guint32
dossier_gazetteer_lookup (DossierGazetteer *self,
                          const char       *str,
                          gsize             len)
{
  const Entry *e;

  g_return_val_if_fail (self != NULL, 0);

  e = find (self, str, len, FALSE);
  return e ? e->classes : 0;
}

/**
 * dossier_gazetteer_lookup_folded:
 * @self: a #DossierGazetteer
 * @str: a word or several words
 * @len: length of @str in bytes
 *
 * Like dossier_gazetteer_lookup() but ignoring case ("BEIJING", "nato").
 *
 * Returns: a mask of #DossierGazetteerClass, 0 if @str is in no list
 */
guint32
dossier_gazetteer_lookup_folded (DossierGazetteer *self,
                                 const char       *str,
                                 gsize             len)
{
  const Entry *e;

  g_return_val_if_fail (self != NULL, 0);

  e = find (self, str, len, TRUE);
  return e ? e->classes : 0;
}

/**
 * dossier_gazetteer_canonical:
 * @self: a #DossierGazetteer
 * @str: a name
 * @len: length of @str in bytes
 * @label: (out) (optional): the label of the canonical entity
 *
 * The canonical name (English Wikipedia title) of @str: from the alias
 * table first, then countries, agencies, organisations, regions, cities,
 * demonyms ("Belarusian" → "Belarus", with @label MISC). @str is looked
 * up as written, then ignoring case.
 *
 * Returns: (nullable): the canonical name, owned by @self, or %NULL if
 *   @str names no known entity
 */
const char *
dossier_gazetteer_canonical (DossierGazetteer *self,
                             const char       *str,
                             gsize             len,
                             DossierLabel     *label)
{
  const Entry *e;

  g_return_val_if_fail (self != NULL, NULL);

  e = find (self, str, len, FALSE);
  if (e == NULL || e->canon_off == NO_CANON)
    e = find (self, str, len, TRUE);
  if (e == NULL || e->canon_off == NO_CANON)
    return NULL;

  if (label != NULL)
    *label = (DossierLabel) e->canon_label;
  return self->strings->str + e->canon_off;
}

/**
 * dossier_gazetteer_get_n_entries:
 * @self: a #DossierGazetteer
 *
 * Returns: the number of distinct names, as written
 */
guint
dossier_gazetteer_get_n_entries (DossierGazetteer *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->exact.entries->len;
}

/**
 * dossier_gazetteer_get_max_words:
 * @self: a #DossierGazetteer
 *
 * Returns: the most words any entry has: longer n-grams need no lookup
 */
guint
dossier_gazetteer_get_max_words (DossierGazetteer *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->max_words;
}

/**
 * dossier_gazetteer_class_to_string:
 * @klass: one #DossierGazetteerClass bit
 *
 * Returns: (nullable): its name in the TSV files ("COUNTRY"…)
 */
const char *
dossier_gazetteer_class_to_string (DossierGazetteerClass klass)
{
  for (guint i = 0; i < G_N_ELEMENTS (class_info); i++)
    if (class_info[i].klass == klass)
      return class_info[i].name;
  return NULL;
}
