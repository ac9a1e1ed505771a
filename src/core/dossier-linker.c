/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "dossier-linker"

#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "dossier-linker.h"

/*
 * Corpus-wide alias clustering.
 *
 * Mentions are grouped per document into nodes: one node per distinct
 * normalised name and kind (person or not) in a document. Nodes are then
 * joined with a union-find, first by document-local evidence (a short name
 * joins the longer name of the same document that contains it, an acronym
 * its expansion), then across the folder by rules that look at names, never
 * at pairs of mentions: identical full names, the same first and last name,
 * spelling variants of a last name, a bare name that only one full name of
 * the folder can complete, an acronym that only one name of the folder
 * expands. Every rule works on hash tables keyed by names, so resolving
 * costs about linear time in the number of mentions.
 *
 * A short name that the document itself completes is "absorbed": it takes
 * part in no folder-wide rule, so "Bush" beside "Jeb Bush" in one article
 * cannot pull in a "George Bush" of another article.
 */

#define NONE G_MAXUINT32
#define MAX_NAME_TOKENS 32

typedef struct
{
  GHashTable   *index;
  GPtrArray    *strings;
  GStringChunk *chunk;
} Pool;

typedef struct
{
  guint32 doc;
  guint32 raw;      /* raw pool */
  guint32 display;  /* displays pool */
  guint32 name;     /* names index = keys pool id */
  guint32 node;
  guint32 entity;
  guint8  label;
} Mention;

typedef struct
{
  guint32 canon;       /* displays pool id of the gazetteer's canonical name, or NONE */
  guint32 tok_start;   /* into self->name_tokens */
  guint32 initials[3]; /* initials pool ids, or NONE */
  guint32 acronym;     /* initials pool id of the name as an acronym, or NONE */
  guint32 middle;      /* tokens pool id of the middle tokens of a person, or NONE */
  guint8  n_tokens;
  guint8  given_first; /* the first token is a known first name */
  guint8  place;       /* the name is a known place */
  guint8  person_canon; /* canon is a person */
  guint8  by_first_name; /* a knight's first name: "Sir Keir" */
} Name;

typedef struct
{
  guint32 doc;
  guint32 name;
  guint32 parent;
  guint32 first_mention;
  guint32 n_mentions;
  guint8  person;
  guint8  absorbed;
  guint8  label;
} Node;

typedef struct
{
  char         *name;
  GPtrArray    *aliases;   /* const char *, NULL-terminated */
  guint         n_mentions;
  guint         n_articles;
  DossierLabel  label;
} Entity;

struct _DossierLinker
{
  DossierGazetteer *gazetteer;

  Pool     raws;
  Pool     displays;
  Pool     keys;
  Pool     tokens;
  Pool     initials;

  GArray  *mentions;     /* Mention */
  GArray  *names;        /* Name, indexed by keys pool id */
  GArray  *name_tokens;  /* guint32 tokens pool ids */
  GArray  *nodes;        /* Node */
  GArray  *entities;     /* Entity */

  gboolean resolved;
};

/* Pools of interned strings: an id per distinct string. */

static void
pool_init (Pool *p)
{
  p->index = g_hash_table_new (g_str_hash, g_str_equal);
  p->strings = g_ptr_array_new ();
  p->chunk = g_string_chunk_new (1 << 16);
}

static void
pool_clear (Pool *p)
{
  g_clear_pointer (&p->index, g_hash_table_unref);
  g_clear_pointer (&p->strings, g_ptr_array_unref);
  g_clear_pointer (&p->chunk, g_string_chunk_free);
}

static guint32
pool_intern (Pool       *p,
             const char *s)
{
  gpointer value;
  char *copy;
  guint32 id;

  if (g_hash_table_lookup_extended (p->index, s, NULL, &value))
    return GPOINTER_TO_UINT (value);

  copy = g_string_chunk_insert (p->chunk, s);
  id = p->strings->len;
  g_ptr_array_add (p->strings, copy);
  g_hash_table_insert (p->index, copy, GUINT_TO_POINTER (id));
  return id;
}

static inline const char *
pool_get (const Pool *p,
          guint32     id)
{
  return p->strings->pdata[id];
}

/* Union-find with path halving; the smaller id becomes the root so that
 * the result does not depend on the order of unions. */

static guint32
node_find (DossierLinker *self,
           guint32        n)
{
  Node *nodes = (Node *) (gpointer) self->nodes->data;

  while (nodes[n].parent != n)
    {
      nodes[n].parent = nodes[nodes[n].parent].parent;
      n = nodes[n].parent;
    }
  return n;
}

static void
node_union (DossierLinker *self,
            guint32        a,
            guint32        b)
{
  Node *nodes = (Node *) (gpointer) self->nodes->data;

  a = node_find (self, a);
  b = node_find (self, b);
  if (a == b)
    return;
  if (a < b)
    nodes[b].parent = a;
  else
    nodes[a].parent = b;
}

#define NODE(self, i) (&g_array_index ((self)->nodes, Node, (i)))
#define NAME(self, i) (&g_array_index ((self)->names, Name, (i)))

/* The gazetteer's canonical name of @name for a node of that kind: a
 * person called Jordan is no country. */
static inline guint32
name_canon (const Name *name,
            gboolean    person)
{
  return (gboolean) name->person_canon == (person != FALSE) ? name->canon : NONE;
}
#define MENTION(self, i) (&g_array_index ((self)->mentions, Mention, (i)))

static inline guint32
name_token (DossierLinker *self,
            const Name    *name,
            guint          i)
{
  return g_array_index (self->name_tokens, guint32, name->tok_start + i);
}

static inline guint32
name_last (DossierLinker *self,
           const Name    *name)
{
  return name_token (self, name, name->n_tokens - 1);
}

/**
 * dossier_linker_new:
 * @gazetteer: (nullable): word lists for honorifics, aliases and canonical
 *   names; without them only the string rules apply
 *
 * Returns: (transfer full): a new linker
 */
DossierLinker *
dossier_linker_new (DossierGazetteer *gazetteer)
{
  DossierLinker *self = g_new0 (DossierLinker, 1);

  if (gazetteer != NULL)
    self->gazetteer = dossier_gazetteer_ref (gazetteer);
  pool_init (&self->raws);
  pool_init (&self->displays);
  pool_init (&self->keys);
  pool_init (&self->tokens);
  pool_init (&self->initials);
  self->mentions = g_array_new (FALSE, FALSE, sizeof (Mention));
  self->names = g_array_new (FALSE, TRUE, sizeof (Name));
  self->name_tokens = g_array_new (FALSE, FALSE, sizeof (guint32));
  self->nodes = g_array_new (FALSE, FALSE, sizeof (Node));
  self->entities = g_array_new (FALSE, TRUE, sizeof (Entity));
  return self;
}

static void
clear_entities (DossierLinker *self)
{
  for (guint i = 0; i < self->entities->len; i++)
    {
      Entity *e = &g_array_index (self->entities, Entity, i);

      g_free (e->name);
      g_clear_pointer (&e->aliases, g_ptr_array_unref);
    }
  g_array_set_size (self->entities, 0);
}

/**
 * dossier_linker_free:
 * @self: (transfer full): a #DossierLinker
 */
void
dossier_linker_free (DossierLinker *self)
{
  if (self == NULL)
    return;

  clear_entities (self);
  g_clear_pointer (&self->gazetteer, dossier_gazetteer_unref);
  pool_clear (&self->raws);
  pool_clear (&self->displays);
  pool_clear (&self->keys);
  pool_clear (&self->tokens);
  pool_clear (&self->initials);
  g_array_unref (self->mentions);
  g_array_unref (self->names);
  g_array_unref (self->name_tokens);
  g_array_unref (self->nodes);
  g_array_unref (self->entities);
  g_free (self);
}

/**
 * dossier_linker_add_mention:
 * @self: a #DossierLinker
 * @doc_id: the article the mention is in
 * @text: the mention as it stands in the text ("Mr Xi", "Russia’s", "U.S.")
 * @len: length of @text in bytes
 * @label: the label the tagger gave it
 *
 * Adds a mention. Mentions of one article must be added in text order:
 * an ambiguous short name joins the nearest full name before it.
 *
 * Returns: the index of the mention
 */
guint
dossier_linker_add_mention (DossierLinker *self,
                            guint          doc_id,
                            const char    *text,
                            gsize          len,
                            DossierLabel   label)
{
  Mention m = { 0, };
  char stack[256];
  g_autofree char *heap = NULL;
  char *copy = stack;

  g_return_val_if_fail (self != NULL, 0);
  g_return_val_if_fail (text != NULL || len == 0, 0);
  g_return_val_if_fail ((guint) label < DOSSIER_N_LABELS, 0);

  if (len >= sizeof stack)
    copy = heap = g_malloc (len + 1);
  memcpy (copy, text, len);
  copy[len] = '\0';

  m.doc = doc_id;
  m.raw = pool_intern (&self->raws, copy);
  m.label = label;
  m.display = m.name = m.node = m.entity = NONE;
  g_array_append_val (self->mentions, m);
  self->resolved = FALSE;

  return self->mentions->len - 1;
}

/* Normalisation */

static const char * const builtin_honorifics[] = {
  "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "miss", "dr", "dr.", "prof", "prof.",
  "sir", "dame", "lord", "lady", "president", "prime minister", "king", "queen",
  "prince", "princess", "senator", "sen.", "rep.", "governor", "gov.", "mayor",
  "minister", "chancellor", "secretary", "general", "gen.", "pope", "rev.",
  "judge", "justice", "chairman", "premier", "sheikh", "emir",
};

static const char * const function_words[] = {
  "of", "the", "and", "for", "&", "de", "du", "des", "la", "le", "von", "van",
  "der", "at", "in", "on", "a", "y", "el", "al",
};

static gboolean
is_function_word (const char *s)
{
  for (guint i = 0; i < G_N_ELEMENTS (function_words); i++)
    if (g_ascii_strcasecmp (s, function_words[i]) == 0)
      return TRUE;
  return FALSE;
}

static gboolean
is_honorific (DossierLinker *self,
              const char    *s)
{
  if (self->gazetteer != NULL)
    {
      gsize len = strlen (s);

      return ((dossier_gazetteer_lookup (self->gazetteer, s, len) |
               dossier_gazetteer_lookup_folded (self->gazetteer, s, len)) & DOSSIER_GAZ_HONORIFIC) != 0;
    }

  for (guint i = 0; i < G_N_ELEMENTS (builtin_honorifics); i++)
    if (g_ascii_strcasecmp (s, builtin_honorifics[i]) == 0)
      return TRUE;
  return FALSE;
}

/* Splits @raw into words at white space (with U+00A0 and the thin spaces),
 * making curly apostrophes straight. */
static guint
split_words (const char *raw,
             GString    *buf,
             guint      *starts)
{
  const guint8 *s = (const guint8 *) raw;
  guint n = 0;
  gboolean in_word = FALSE;

  g_string_truncate (buf, 0);
  for (gsize i = 0; s[i];)
    {
      guint8 c = s[i];

      if (c == ' ' || c == '\t' || c == '\n' || c == '\r')
        {
          in_word = FALSE;
          i++;
          continue;
        }
      if (c == 0xC2 && s[i + 1] == 0xA0)
        {
          in_word = FALSE;
          i += 2;
          continue;
        }
      if (c == 0xE2 && s[i + 1] == 0x80 && (s[i + 2] == 0x89 || s[i + 2] == 0xAF))
        {
          in_word = FALSE;
          i += 3;
          continue;
        }

      if (!in_word)
        {
          if (n == MAX_NAME_TOKENS)
            break;
          if (buf->len > 0)
            g_string_append_c (buf, '\0');
          starts[n++] = buf->len;
          in_word = TRUE;
        }

      if (c == 0xE2 && s[i + 1] == 0x80 && (s[i + 2] == 0x98 || s[i + 2] == 0x99))
        {
          g_string_append_c (buf, '\'');
          i += 3;
        }
      else
        {
          g_string_append_c (buf, (char) c);
          i++;
        }
    }

  return n;
}

static gboolean
is_all_caps (const char *s)
{
  gboolean upper = FALSE;

  for (; *s; s = g_utf8_next_char (s))
    {
      gunichar c = g_utf8_get_char (s);

      if (g_unichar_islower (c))
        return FALSE;
      if (g_unichar_isupper (c))
        upper = TRUE;
    }
  return upper;
}

/* The display form: the name without possessive, leading "the" and (for
 * people) titles, words joined by single spaces. */
static void
make_display (DossierLinker *self,
              const char    *raw,
              gboolean       person,
              GString       *out,
              gboolean      *by_first_name)
{
  g_autoptr(GString) buf = g_string_new (NULL);
  guint starts[MAX_NAME_TOKENS];
  guint n = split_words (raw, buf, starts);
  guint first = 0;
  char *last;
  gsize last_len;

  g_string_truncate (out, 0);
  if (n == 0)
    return;

  /* Possessive: "Russia's", "Belarus'" */
  last = buf->str + starts[n - 1];
  last_len = strlen (last);
  if (last_len > 2 && (strcmp (last + last_len - 2, "'s") == 0 ||
                       strcmp (last + last_len - 2, "'S") == 0))
    last[last_len - 2] = '\0';
  else if (last_len > 1 && last[last_len - 1] == '\'')
    last[last_len - 1] = '\0';

  if (n > 1 && g_ascii_strcasecmp (buf->str + starts[0], "the") == 0)
    first = 1;

  /* Titles before a person's name, longest first ("Prime Minister"),
   * several in a row ("Prime Minister Mr"). */
  while (person && n - first > 1)
    {
      gboolean found = FALSE;

      for (guint k = MIN (3, n - first - 1); k >= 1 && !found; k--)
        {
          g_autoptr(GString) cand = g_string_new (buf->str + starts[first]);

          for (guint j = 1; j < k; j++)
            {
              g_string_append_c (cand, ' ');
              g_string_append (cand, buf->str + starts[first + j]);
            }
          if (is_honorific (self, cand->str))
            {
              /* "Sir Keir", "Dame Judi": a knight goes by the first name. */
              if (k == 1 && n - first == 2 && by_first_name != NULL &&
                  (g_ascii_strcasecmp (cand->str, "Sir") == 0 ||
                   g_ascii_strcasecmp (cand->str, "Dame") == 0))
                *by_first_name = TRUE;
              first += k;
              found = TRUE;
            }
        }
      if (!found)
        break;
    }

  for (guint i = first; i < n; i++)
    {
      const char *w = buf->str + starts[i];

      if (*w == '\0')
        continue;
      if (out->len > 0)
        g_string_append_c (out, ' ');
      g_string_append (out, w);
    }
}

/* The matching key: case-folded, without diacritics or dots, hyphens as
 * spaces: "U.S." and "US", "Ličen" and "Licen", "Kim Jong-un" and
 * "Kim Jong Un" meet. */
static void
make_key (const char *display,
          GString    *out)
{
  g_autofree char *folded = g_utf8_casefold (display, -1);
  g_autofree char *decomposed = NULL;
  const char *p = folded;
  gboolean space = FALSE;

  for (const char *q = folded; *q; q++)
    if ((guint8) *q >= 0x80)
      {
        decomposed = g_utf8_normalize (folded, -1, G_NORMALIZE_NFD);
        p = decomposed ? decomposed : folded;
        break;
      }

  g_string_truncate (out, 0);
  for (; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_ismark (c) || c == '.' || c == '[' || c == ']' || c == '(' ||
          c == ')' || c == '"' || c == 0x201C || c == 0x201D)
        continue;
      if (c == ' ' || c == '-' || c == 0x2010 || c == 0x2011 || c == 0x2013)
        {
          space = out->len > 0;
          continue;
        }
      if (space)
        g_string_append_c (out, ' ');
      space = FALSE;
      g_string_append_unichar (out, c);
    }
}

static gboolean
looks_like_acronym (const char *display)
{
  guint upper = 0;
  guint len = 0;

  for (const char *p = display; *p; p++)
    {
      if (g_ascii_isupper (*p))
        upper++;
      else if (!(g_ascii_isdigit (*p) || *p == '.' || *p == '&'))
        return FALSE;
      len++;
    }
  return upper >= 2 && upper <= 6 && len <= 12;
}

/* Initials of a name in up to three readings: every word ("Interview of
 * the Month" → IOTM), content words ("Massachusetts Institute of
 * Technology" → MIT), content words with inner capitals ("LibriVox" → LV).
 * Numbers count whole ("Internet Explorer 6" → IE6). */
static void
make_initials (DossierLinker *self,
               const char    *display,
               Name          *name)
{
  g_autoptr(GString) all = g_string_new (NULL);
  g_autoptr(GString) content = g_string_new (NULL);
  g_autoptr(GString) camel = g_string_new (NULL);
  g_auto(GStrv) words = g_strsplit_set (display, " -", -1);
  guint n_words = 0;

  for (guint i = 0; words[i]; i++)
    {
      const char *w = words[i];
      gunichar c;

      if (*w == '\0')
        continue;
      n_words++;
      c = g_utf8_get_char (w);
      if (g_unichar_isdigit (c))
        {
          g_string_append (all, w);
          g_string_append (content, w);
          g_string_append (camel, w);
          continue;
        }
      if (!g_unichar_isalpha (c))
        continue;
      g_string_append_unichar (all, g_unichar_tolower (c));
      if (is_function_word (w))
        continue;
      g_string_append_unichar (content, g_unichar_tolower (c));
      g_string_append_unichar (camel, g_unichar_tolower (c));
      for (const char *p = g_utf8_next_char (w); *p && !is_all_caps (w); p = g_utf8_next_char (p))
        {
          gunichar d = g_utf8_get_char (p);

          if (g_unichar_isupper (d))
            g_string_append_unichar (camel, g_unichar_tolower (d));
        }
    }

  name->initials[0] = name->initials[1] = name->initials[2] = NONE;
  if (n_words >= 2 && all->len >= 2)
    name->initials[0] = pool_intern (&self->initials, all->str);
  if (n_words >= 2 && content->len >= 2 && strcmp (content->str, all->str) != 0)
    name->initials[1] = pool_intern (&self->initials, content->str);
  if (camel->len >= 2 && strcmp (camel->str, content->str) != 0)
    name->initials[2] = pool_intern (&self->initials, camel->str);
}

/* The name of a mention surface in a kind (person or not): computed once
 * per distinct surface and kind. */
static void
normalise (DossierLinker *self,
           guint32        raw,
           gboolean       person,
           guint32       *display_id,
           guint32       *name_id)
{
  g_autoptr(GString) display = g_string_new (NULL);
  g_autoptr(GString) key = g_string_new (NULL);
  const char *canon = NULL;
  const char *known = NULL;
  DossierLabel canon_label = DOSSIER_LABEL_MISC;
  guint32 classes = 0;
  guint32 id;
  gboolean by_first_name = FALSE;

  make_display (self, pool_get (&self->raws, raw), person, display, &by_first_name);
  if (display->len == 0)
    g_string_assign (display, pool_get (&self->raws, raw));

  if (self->gazetteer != NULL)
    {
      classes = dossier_gazetteer_lookup (self->gazetteer, display->str, display->len) |
                dossier_gazetteer_lookup_folded (self->gazetteer, display->str, display->len);
      known = dossier_gazetteer_canonical (self->gazetteer, display->str, display->len, &canon_label);
      /* A person and a place may share a name ("Paris"): canonical names
       * only apply within their kind. Demonyms name their place for
       * non-persons ("Chinese" → China). */
      canon = known;
      if (canon != NULL && person != (canon_label == DOSSIER_LABEL_PERSON))
        canon = NULL;
    }

  make_key (canon ? canon : display->str, key);
  if (key->len == 0)
    g_string_assign (key, display->str);

  *display_id = pool_intern (&self->displays, display->str);
  id = pool_intern (&self->keys, key->str);
  *name_id = id;

  if (id >= self->names->len)
    {
      Name *name;
      g_auto(GStrv) toks = NULL;
      guint n = 0;

      g_array_set_size (self->names, id + 1);
      name = NAME (self, id);
      name->tok_start = self->name_tokens->len;
      toks = g_strsplit (key->str, " ", MAX_NAME_TOKENS);
      for (; toks[n]; n++)
        {
          guint32 t = pool_intern (&self->tokens, toks[n]);

          g_array_append_val (self->name_tokens, t);
        }
      /* A mention with nothing left to key on (only punctuation, or
       * empty) still gets one, empty, token: the rules read a name's first
       * and last token without checking, and must not read past the pool. */
      if (n == 0)
        {
          guint32 t = pool_intern (&self->tokens, "");

          g_array_append_val (self->name_tokens, t);
          n = 1;
        }
      name->n_tokens = n;
      /* The name is shared by both kinds (a place's "Jordan" and a
       * person's): it keeps what the gazetteer knows whichever kind came
       * first, and name_canon() gives it to its kind only. */
      name->canon = known ? pool_intern (&self->displays, known) : NONE;
      name->person_canon = known && canon_label == DOSSIER_LABEL_PERSON;
      name->place = (classes & DOSSIER_GAZ_PLACE) != 0;
      name->middle = NONE;
      if (n >= 3)
        {
          g_autofree char *middle = g_strjoinv (" ", toks + 1);
          char *space = strrchr (middle, ' ');

          if (space)
            *space = '\0';
          name->middle = pool_intern (&self->tokens, middle);
        }
      if (self->gazetteer != NULL && n >= 1)
        {
          const char *w = display->str;
          const char *sp = strchr (w, ' ');
          gsize wl = sp ? (gsize) (sp - w) : strlen (w);

          name->given_first = (dossier_gazetteer_lookup (self->gazetteer, w, wl) &
                               DOSSIER_GAZ_FIRST_NAME) != 0;
        }
      make_initials (self, canon ? canon : display->str, name);

      name->acronym = NONE;
      if (canon == NULL && n == 1 && looks_like_acronym (display->str))
        name->acronym = pool_intern (&self->initials, key->str);
    }
  if (by_first_name)
    NAME (self, id)->by_first_name = TRUE;
}

/* Edit distance on bytes, giving up above @max. */
static guint
edit_distance (const char *a,
               const char *b,
               guint       max)
{
  gsize la = strlen (a);
  gsize lb = strlen (b);
  guint row[65];

  if ((la > lb ? la - lb : lb - la) > max)
    return max + 1;

  /* Only the middle that differs needs the table. */
  while (la > 0 && lb > 0 && *a == *b)
    {
      a++;
      b++;
      la--;
      lb--;
    }
  while (la > 0 && lb > 0 && a[la - 1] == b[lb - 1])
    {
      la--;
      lb--;
    }
  if (la <= max && lb <= max)
    return MAX (la, lb);
  if (la > 64 || lb > 64)
    return max + 1;

  for (gsize j = 0; j <= lb; j++)
    row[j] = j;
  for (gsize i = 1; i <= la; i++)
    {
      guint diag = row[0];
      guint best;

      row[0] = i;
      best = row[0];
      for (gsize j = 1; j <= lb; j++)
        {
          guint up = row[j];
          guint v = diag + (a[i - 1] != b[j - 1]);

          v = MIN (v, up + 1);
          v = MIN (v, row[j - 1] + 1);
          row[j] = v;
          diag = up;
          best = MIN (best, v);
        }
      if (best > max)
        return max + 1;
    }
  return row[lb];
}

/* How far two spellings of a last name may be apart: "Zelensky",
 * "Zelenskyy", "Zelenskiy"; short names must match exactly. */
static guint
variant_budget (const char *a,
                const char *b)
{
  gsize len = MIN (strlen (a), strlen (b));

  if (len >= 9)
    return 2;
  if (len >= 6)
    return 1;
  return 0;
}

static gboolean
similar_names (const char *a,
               const char *b)
{
  guint budget = variant_budget (a, b);

  return budget > 0 && edit_distance (a, b, budget) <= budget;
}

static int
compare_mention_doc (gconstpointer a,
                     gconstpointer b,
                     gpointer      user_data)
{
  const Mention *mentions = user_data;
  guint32 ia = *(const guint32 *) a;
  guint32 ib = *(const guint32 *) b;

  if (mentions[ia].doc != mentions[ib].doc)
    return mentions[ia].doc < mentions[ib].doc ? -1 : 1;
  return ia < ib ? -1 : ia > ib;
}

/* Does @s (n_s tokens) match the first or last tokens of @l? */
static gboolean
tokens_affix (DossierLinker *self,
              const Name    *s,
              const Name    *l)
{
  gboolean prefix = TRUE;
  gboolean suffix = TRUE;

  if (s->n_tokens >= l->n_tokens)
    return FALSE;
  for (guint i = 0; i < s->n_tokens; i++)
    {
      guint32 t = name_token (self, s, i);

      if (t != name_token (self, l, i))
        prefix = FALSE;
      if (t != name_token (self, l, l->n_tokens - s->n_tokens + i))
        suffix = FALSE;
    }
  return prefix || suffix;
}

static gboolean
initials_match (const Name *acr,
                const Name *l)
{
  for (guint i = 0; i < 3; i++)
    if (l->initials[i] != NONE && l->initials[i] == acr->acronym)
      return TRUE;
  return FALSE;
}

static int
compare_nodes_by_length (gconstpointer a,
                         gconstpointer b,
                         gpointer      user_data)
{
  DossierLinker *self = user_data;
  const Node *na = NODE (self, *(const guint32 *) a);
  const Node *nb = NODE (self, *(const guint32 *) b);
  guint la = NAME (self, na->name)->n_tokens;
  guint lb = NAME (self, nb->name)->n_tokens;

  if (la != lb)
    return la > lb ? -1 : 1;
  return na->name < nb->name ? -1 : na->name > nb->name;
}

/* Within one article: each short name or acronym joins the longer name it
 * abbreviates. When several longer names fit ("Bush" beside "George Bush"
 * and "Jeb Bush"), each mention joins the nearest one before it. */
static void
link_document (DossierLinker *self,
               const guint32 *order,
               guint          n_order,
               guint32        node_base,
               guint32        n_nodes)
{
  g_autoptr(GArray) by_length = g_array_sized_new (FALSE, FALSE, sizeof (guint32), n_nodes);
  g_autoptr(GHashTable) ambiguous = g_hash_table_new_full (NULL, NULL, NULL,
                                                           (GDestroyNotify) g_array_unref);
  g_autoptr(GArray) cands = g_array_new (FALSE, FALSE, sizeof (guint32));
  g_autofree guint32 *last_seen = NULL;
  g_autofree guint32 *seen_count = NULL;

  for (guint32 i = 0; i < n_nodes; i++)
    {
      guint32 id = node_base + i;

      g_array_append_val (by_length, id);
    }
  g_array_sort_with_data (by_length, compare_nodes_by_length, self);

  /* Longer short names first, so that "Air Force" has joined "United
   * States Air Force" before "Force" looks for a home. */
  for (guint i = 0; i < by_length->len; i++)
    {
      guint32 sid = g_array_index (by_length, guint32, i);
      Node *s = NODE (self, sid);
      const Name *sn = NAME (self, s->name);
      gboolean by_last = FALSE;

      /* Names the gazetteer knows stand on their own; a pathological
       * article with thousands of names is left to the folder rules. */
      if (name_canon (sn, s->person) != NONE || n_nodes > 2000)
        continue;

      g_array_set_size (cands, 0);
      for (guint pass = 0; pass < 3 && cands->len == 0; pass++)
        {
          for (guint j = 0; j < by_length->len; j++)
            {
              guint32 lid = g_array_index (by_length, guint32, j);
              const Node *l = NODE (self, lid);
              const Name *ln = NAME (self, l->name);
              gboolean ok = FALSE;

              if (lid == sid)
                continue;
              /* A tagging slip ("Lukashenko" as ORG throughout an article
               * that names "Alexander Lukashenko") still finds its person,
               * unless the word is a known place or entity. */
              if (l->person != s->person &&
                  !(pass == 0 && l->person && sn->n_tokens == 1 && !sn->place &&
                    sn->acronym == NONE))
                continue;
              /* An acronym may stand for one word with inner capitals
               * ("LV", "LibriVox"); other short names need a longer one. */
              if (ln->n_tokens <= sn->n_tokens && !(pass == 1 && sn->acronym != NONE && ln->acronym == NONE))
                continue;

              if (s->person || l->person)
                {
                  if (sn->n_tokens != 1)
                    continue;
                  if (pass == 0)
                    ok = name_token (self, sn, 0) == name_last (self, ln);
                  else if (pass == 1)
                    ok = name_token (self, sn, 0) == name_token (self, ln, 0);
                  else
                    ok = similar_names (pool_get (&self->tokens, name_token (self, sn, 0)),
                                        pool_get (&self->tokens, name_last (self, ln)));
                  by_last = pass != 1;
                }
              else if (pass == 0)
                {
                  /* A contained name must carry the same label: "Helsinki"
                   * the city is not "University of Helsinki". */
                  ok = s->label == l->label && !sn->place && tokens_affix (self, sn, ln);
                }
              else if (pass == 1 && sn->acronym != NONE)
                ok = initials_match (sn, ln);

              if (ok)
                {
                  guint32 root = node_find (self, lid);
                  gboolean dup = FALSE;

                  for (guint k = 0; k < cands->len; k++)
                    if (node_find (self, g_array_index (cands, guint32, k)) == root)
                      dup = TRUE;
                  if (!dup)
                    g_array_append_val (cands, lid);
                }
            }
        }
      (void) by_last;

      if (cands->len == 1)
        {
          node_union (self, sid, g_array_index (cands, guint32, 0));
          s->absorbed = TRUE;
        }
      else if (cands->len > 1)
        {
          g_hash_table_insert (ambiguous, GUINT_TO_POINTER (sid),
                               g_array_copy (cands));
          s->absorbed = TRUE;
        }
    }

  /* "Kristen Wilkins" and "Kristin Wilkins" in one article: a typo, not
   * two people. Across articles the same would be too bold (Maria and
   * Mario Lopez). */
  for (guint i = 0; i < by_length->len && n_nodes <= 2000; i++)
    {
      guint32 a = g_array_index (by_length, guint32, i);
      const Name *na = NAME (self, NODE (self, a)->name);

      if (!NODE (self, a)->person || na->n_tokens < 2)
        continue;
      for (guint j = i + 1; j < by_length->len; j++)
        {
          guint32 b = g_array_index (by_length, guint32, j);
          const Name *nb = NAME (self, NODE (self, b)->name);

          if (!NODE (self, b)->person || nb->n_tokens != na->n_tokens ||
              name_last (self, na) != name_last (self, nb) ||
              name_token (self, na, 0) == name_token (self, nb, 0))
            continue;
          if (similar_names (pool_get (&self->tokens, name_token (self, na, 0)),
                             pool_get (&self->tokens, name_token (self, nb, 0))))
            node_union (self, a, b);
        }
    }

  if (g_hash_table_size (ambiguous) == 0)
    return;

  last_seen = g_new (guint32, n_nodes);
  seen_count = g_new0 (guint32, n_nodes);
  for (guint32 i = 0; i < n_nodes; i++)
    last_seen[i] = NONE;

  for (guint i = 0; i < n_order; i++)
    {
      Mention *m = MENTION (self, order[i]);
      GArray *c = g_hash_table_lookup (ambiguous, GUINT_TO_POINTER (m->node));

      if (c != NULL)
        {
          guint32 best = NONE;
          guint32 best_count = 0;
          guint32 best_seen = 0;

          /* The name the article has used most so far wins ("Mohamed"
           * after "Ahmed Mohamed" four times and his father once), then
           * the nearest one before. */
          for (guint k = 0; k < c->len; k++)
            {
              guint32 lid = g_array_index (c, guint32, k);
              guint32 seen = last_seen[lid - node_base];
              guint32 count = seen_count[lid - node_base];

              if (seen != NONE &&
                  (best == NONE || count > best_count || (count == best_count && seen > best_seen)))
                {
                  best = lid;
                  best_count = count;
                  best_seen = seen;
                }
            }
          if (best == NONE)
            {
              for (guint k = 0; k < c->len; k++)
                {
                  guint32 lid = g_array_index (c, guint32, k);

                  if (best == NONE || NODE (self, lid)->first_mention < NODE (self, best)->first_mention)
                    best = lid;
                }
            }
          NODE (self, m->node)->n_mentions--;
          m->node = best;
          NODE (self, best)->n_mentions++;
        }
      last_seen[m->node - node_base] = order[i];
      seen_count[m->node - node_base]++;
    }
}

static guint64
pair_key (guint32 a,
          guint32 b)
{
  return ((guint64) a << 32) | b;
}

static void
add_to_index (GHashTable *index,
              guint64     key,
              guint32     node)
{
  GArray *list = g_hash_table_lookup (index, &key);

  if (list == NULL)
    {
      guint64 *k = g_new (guint64, 1);

      *k = key;
      list = g_array_new (FALSE, FALSE, sizeof (guint32));
      g_hash_table_insert (index, k, list);
    }
  g_array_append_val (list, node);
}

/* g_int64_hash() folds the halves with XOR, so pairs of small ids
 * collide in droves; mix the bits instead (splitmix64's finaliser). */
static guint
pair_hash (gconstpointer v)
{
  guint64 x = *(const guint64 *) v;

  x ^= x >> 30;
  x *= G_GUINT64_CONSTANT (0xbf58476d1ce4e5b9);
  x ^= x >> 27;
  x *= G_GUINT64_CONSTANT (0x94d049bb133111eb);
  x ^= x >> 31;
  return (guint) x;
}

static GHashTable *
new_index (void)
{
  return g_hash_table_new_full (pair_hash, g_int64_equal, g_free,
                                (GDestroyNotify) g_array_unref);
}

/* The one cluster that a list of nodes points to, or NONE if none or
 * several. */
static guint32
unique_root (DossierLinker *self,
             GArray        *list)
{
  guint32 root = NONE;

  if (list == NULL)
    return NONE;
  for (guint i = 0; i < list->len; i++)
    {
      guint32 r = node_find (self, g_array_index (list, guint32, i));

      if (root == NONE)
        root = r;
      else if (r != root)
        return NONE;
    }
  return root;
}

static void
link_folder (DossierLinker *self)
{
  g_autoptr(GHashTable) heads = g_hash_table_new (NULL, NULL);
  g_autoptr(GHashTable) loose_heads = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GArray) head_nodes = g_array_new (FALSE, FALSE, sizeof (guint32));
  g_autoptr(GHashTable) by_signature = new_index ();
  g_autoptr(GHashTable) by_block = new_index ();
  g_autoptr(GHashTable) by_last = new_index ();
  g_autoptr(GHashTable) by_first = new_index ();
  g_autoptr(GHashTable) by_initials = new_index ();
  GHashTableIter iter;
  gpointer key, value;

  /* 1. The same full name (or any name that its article did not complete)
   * is the same entity across the folder. */
  for (guint32 i = 0; i < self->nodes->len; i++)
    {
      const Node *n = NODE (self, i);
      gpointer k = GUINT_TO_POINTER (n->name * 2 + n->person + 1);
      gpointer found;

      if (n->absorbed || n->n_mentions == 0)
        continue;
      found = g_hash_table_lookup (heads, k);
      if (found == NULL)
        {
          g_array_append_val (head_nodes, i);
          g_hash_table_insert (heads, k, GUINT_TO_POINTER (i + 1));
        }
      else
        node_union (self, GPOINTER_TO_UINT (found) - 1, i);
    }

  /* Organisations and places written with or without their small words:
   * "Food Standards of Australia and New Zealand", "Food Standards
   * Australia New Zealand"; "New People's Party", "New People Party". */
  for (guint i = 0; i < head_nodes->len; i++)
    {
      guint32 id = g_array_index (head_nodes, guint32, i);
      const Node *n = NODE (self, id);
      const Name *name = NAME (self, n->name);
      g_autoptr(GString) loose = NULL;
      gpointer found;

      if (n->person || name->n_tokens < 2)
        continue;
      loose = g_string_new (NULL);
      for (guint k = 0; k < name->n_tokens; k++)
        {
          const char *t = pool_get (&self->tokens, name_token (self, name, k));
          gsize tl = strlen (t);

          if (is_function_word (t))
            continue;
          if (tl > 2 && strcmp (t + tl - 2, "'s") == 0)
            tl -= 2;
          g_string_append_len (loose, t, tl);
          g_string_append_c (loose, ' ');
        }
      found = g_hash_table_lookup (loose_heads, loose->str);
      if (found != NULL)
        node_union (self, GPOINTER_TO_UINT (found) - 1, id);
      else
        g_hash_table_insert (loose_heads, g_string_free (g_steal_pointer (&loose), FALSE),
                             GUINT_TO_POINTER (id + 1));
    }

  /* 2. People: the same first and last name ("Jonathan Stan", "Jonathan
   * M. Stan") unless the folder shows different middle names ("George
   * H. W. Bush", "George W. Bush"); spellings of a last name with the same
   * first name ("Volodymyr Zelensky", "Volodymyr Zelenskyy"). */
  for (guint i = 0; i < head_nodes->len; i++)
    {
      guint32 id = g_array_index (head_nodes, guint32, i);
      const Node *n = NODE (self, id);
      const Name *name = NAME (self, n->name);
      const char *last;

      if (!n->person || name->n_tokens < 2 || name->person_canon)
        continue;
      add_to_index (by_signature, pair_key (name_token (self, name, 0), name_last (self, name)), id);
      last = pool_get (&self->tokens, name_last (self, name));
      /* Spellings of one name share their first three letters
       * (Zelensky, Zelenskyy, Zelenskiy) in practice. */
      if (strlen (last) >= 6)
        add_to_index (by_block, pair_key (name_token (self, name, 0),
                                          ((guint32) (guint8) last[0] << 16) |
                                          ((guint32) (guint8) last[1] << 8) | (guint8) last[2]), id);
    }

  g_hash_table_iter_init (&iter, by_signature);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      GArray *list = value;
      guint32 middle = NONE;
      gboolean conflict = FALSE;

      for (guint i = 0; i < list->len; i++)
        {
          const Name *name = NAME (self, NODE (self, g_array_index (list, guint32, i))->name);

          if (name->middle == NONE)
            continue;
          if (middle == NONE)
            middle = name->middle;
          else if (middle != name->middle)
            {
              const char *a = pool_get (&self->tokens, middle);
              const char *b = pool_get (&self->tokens, name->middle);

              /* "H W" and "Herbert Walker" agree; "H W" and "W" do not. */
              if (!(a[0] == b[0] && (strlen (a) == 1 || strlen (b) == 1) &&
                    strchr (a, ' ') == NULL && strchr (b, ' ') == NULL))
                conflict = TRUE;
            }
        }
      if (conflict)
        continue;
      for (guint i = 1; i < list->len; i++)
        node_union (self, g_array_index (list, guint32, 0), g_array_index (list, guint32, i));
    }

  g_hash_table_iter_init (&iter, by_block);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      GArray *list = value;

      /* A block is one first name and the first two letters of the last:
       * small, so all pairs are cheap; a huge one is not worth it. */
      if (list->len > 200)
        continue;
      for (guint i = 0; i < list->len; i++)
        for (guint j = i + 1; j < list->len; j++)
          {
            guint32 a = g_array_index (list, guint32, i);
            guint32 b = g_array_index (list, guint32, j);
            const Name *na = NAME (self, NODE (self, a)->name);
            const Name *nb = NAME (self, NODE (self, b)->name);

            if (name_last (self, na) == name_last (self, nb) ||
                na->n_tokens != nb->n_tokens)
              continue;
            if (similar_names (pool_get (&self->tokens, name_last (self, na)),
                               pool_get (&self->tokens, name_last (self, nb))))
              node_union (self, a, b);
          }
    }

  /* 3. A bare name that its article did not complete ("Xi", "Lukashenko")
   * joins the one full name of the folder that ends with it, or starts
   * with it when it is not a common first name. Two candidates ("George
   * Bush", "Jeb Bush") leave it alone. */
  for (guint i = 0; i < head_nodes->len; i++)
    {
      guint32 id = g_array_index (head_nodes, guint32, i);
      const Node *n = NODE (self, id);
      const Name *name = NAME (self, n->name);

      if (!n->person || name->n_tokens < 2)
        continue;
      add_to_index (by_last, name_last (self, name), id);
      add_to_index (by_first, name_token (self, name, 0), id);
    }
  for (guint i = 0; i < head_nodes->len; i++)
    {
      guint32 id = g_array_index (head_nodes, guint32, i);
      const Node *n = NODE (self, id);
      const Name *name = NAME (self, n->name);
      guint64 tok;
      GArray *list;
      guint32 root;

      if (!n->person || name->n_tokens != 1)
        continue;
      tok = name_token (self, name, 0);
      list = g_hash_table_lookup (by_last, &tok);
      if (list != NULL)
        root = unique_root (self, list);
      else if ((self->gazetteer != NULL && !name->given_first) || name->by_first_name)
        root = unique_root (self, g_hash_table_lookup (by_first, &tok));
      else
        root = NONE;
      if (root != NONE)
        node_union (self, id, root);
    }

  /* 4. An acronym that its article did not expand joins the one name of
   * the folder with those initials. */
  for (guint i = 0; i < head_nodes->len; i++)
    {
      guint32 id = g_array_index (head_nodes, guint32, i);
      const Node *n = NODE (self, id);
      const Name *name = NAME (self, n->name);

      if (n->person || name->acronym != NONE)
        continue;
      for (guint k = 0; k < 3; k++)
        if (name->initials[k] != NONE)
          add_to_index (by_initials, name->initials[k], id);
    }
  for (guint i = 0; i < head_nodes->len; i++)
    {
      guint32 id = g_array_index (head_nodes, guint32, i);
      const Node *n = NODE (self, id);
      const Name *name = NAME (self, n->name);
      guint64 k;
      guint32 root;

      if (n->person || name->acronym == NONE)
        continue;
      k = name->acronym;
      root = unique_root (self, g_hash_table_lookup (by_initials, &k));
      if (root != NONE)
        node_union (self, id, root);
    }
}

typedef struct
{
  guint32 entity;
  guint32 display;
  guint32 count;
  guint32 canon;
} FormCount;

static int
compare_form_counts (gconstpointer a,
                     gconstpointer b)
{
  const FormCount *fa = a;
  const FormCount *fb = b;

  if (fa->entity != fb->entity)
    return fa->entity < fb->entity ? -1 : 1;
  return fa->count > fb->count ? -1 : fa->count < fb->count;
}

static guint
count_words (const char *s)
{
  guint n = 1;

  for (; *s; s++)
    n += *s == ' ';
  return n;
}

/* "BEIJING" → "Beijing" when no article wrote it otherwise. */
static char *
soften_caps (const char *s)
{
  g_auto(GStrv) words = g_strsplit (s, " ", -1);

  for (guint i = 0; words[i]; i++)
    {
      if (g_utf8_strlen (words[i], -1) >= 5 && is_all_caps (words[i]))
        {
          g_autofree char *lower = g_utf8_strdown (words[i], -1);
          gunichar c = g_utf8_get_char (lower);
          char head[8];
          gint n = g_unichar_to_utf8 (g_unichar_toupper (c), head);

          g_free (words[i]);
          words[i] = g_strdup_printf ("%.*s%s", n, head, g_utf8_next_char (lower));
        }
    }
  return g_strjoinv (" ", words);
}

static int
compare_entities_by_size (gconstpointer a,
                          gconstpointer b,
                          gpointer      user_data)
{
  GArray *entities = user_data;
  guint32 ia = *(const guint32 *) a;
  guint32 ib = *(const guint32 *) b;
  const Entity *ea = &g_array_index (entities, Entity, ia);
  const Entity *eb = &g_array_index (entities, Entity, ib);

  if (ea->n_mentions != eb->n_mentions)
    return ea->n_mentions > eb->n_mentions ? -1 : 1;
  return ia < ib ? -1 : ia > ib;
}

static int
memcmp_rank (const guint *a,
             const guint *b)
{
  for (guint i = 0; i < 4; i++)
    if (a[i] != b[i])
      return a[i] > b[i] ? 1 : -1;
  return 0;
}

static void
build_entities (DossierLinker *self)
{
  g_autofree guint32 *entity_of = g_new (guint32, self->nodes->len);
  g_autofree guint32 *last_doc = NULL;
  g_autoptr(GHashTable) forms = g_hash_table_new_full (pair_hash, g_int64_equal, g_free, NULL);
  g_autoptr(GArray) counts = g_array_new (FALSE, FALSE, sizeof (FormCount));
  g_autoptr(GArray) label_votes = NULL;
  g_autoptr(GHashTable) taken = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GArray) by_size = g_array_new (FALSE, FALSE, sizeof (guint32));
  g_autoptr(GPtrArray) renamed = g_ptr_array_new_with_free_func (g_free);

  clear_entities (self);
  for (guint32 i = 0; i < self->nodes->len; i++)
    entity_of[i] = NONE;

  for (guint32 i = 0; i < self->mentions->len; i++)
    {
      Mention *m = MENTION (self, i);
      guint32 root = node_find (self, m->node);

      if (entity_of[root] == NONE)
        {
          entity_of[root] = self->entities->len;
          g_array_set_size (self->entities, self->entities->len + 1);
        }
      m->entity = entity_of[root];
    }

  last_doc = g_new (guint32, self->entities->len);
  label_votes = g_array_new (FALSE, TRUE, sizeof (guint32) * DOSSIER_N_LABELS);
  g_array_set_size (label_votes, self->entities->len);
  for (guint32 i = 0; i < self->entities->len; i++)
    last_doc[i] = NONE;

  for (guint32 i = 0; i < self->mentions->len; i++)
    {
      const Mention *m = MENTION (self, i);
      Entity *e = &g_array_index (self->entities, Entity, m->entity);
      guint32 *votes = (guint32 *) (gpointer) (label_votes->data + (gsize) m->entity * sizeof (guint32) * DOSSIER_N_LABELS);
      guint64 k = pair_key (m->entity, m->display);
      gpointer found = g_hash_table_lookup (forms, &k);

      e->n_mentions++;
      /* Mentions of an article may come in any order relative to other
       * articles, so count articles with a set only when needed. */
      if (last_doc[m->entity] != m->doc)
        {
          e->n_articles++;
          last_doc[m->entity] = m->doc;
        }
      votes[m->label]++;

      if (found == NULL)
        {
          FormCount fc = { m->entity, m->display, 0, name_canon (NAME (self, m->name), NODE (self, m->node)->person) };
          guint64 *kk = g_new (guint64, 1);

          *kk = k;
          g_array_append_val (counts, fc);
          g_hash_table_insert (forms, kk, GUINT_TO_POINTER (counts->len));
          found = GUINT_TO_POINTER (counts->len);
        }
      g_array_index (counts, FormCount, GPOINTER_TO_UINT (found) - 1).count++;
    }

  g_array_sort (counts, compare_form_counts);

  for (guint i = 0; i < counts->len;)
    {
      guint32 eid = g_array_index (counts, FormCount, i).entity;
      Entity *e = &g_array_index (self->entities, Entity, eid);
      guint32 *votes = (guint32 *) (gpointer) (label_votes->data + (gsize) eid * sizeof (guint32) * DOSSIER_N_LABELS);
      const char *best = NULL;
      guint best_rank[4] = { 0, 0, 0, 0 };
      guint32 canon_best = NONE, canon_count = 0;
      guint j;
      guint non_misc = votes[DOSSIER_LABEL_PERSON] + votes[DOSSIER_LABEL_ORG] + votes[DOSSIER_LABEL_PLACE];
      guint best_votes = 0;

      e->aliases = g_ptr_array_new ();
      for (j = i; j < counts->len && g_array_index (counts, FormCount, j).entity == eid; j++)
        {
          const FormCount *fc = &g_array_index (counts, FormCount, j);
          const char *d = pool_get (&self->displays, fc->display);
          guint words = count_words (d);
          guint rank[4] = { !is_all_caps (d) || looks_like_acronym (d), words > 1, fc->count, words };

          g_ptr_array_add (e->aliases, (gpointer) d);
          if (fc->canon != NONE && fc->count > canon_count)
            {
              canon_best = fc->canon;
              canon_count = fc->count;
            }
          /* A full name rather than a bare one, then the most frequent
           * (an over-long span of the tagger is rare), then the longest;
           * a form in capitals only when nothing else was written. */
          if (best == NULL || memcmp_rank (rank, best_rank) > 0)
            {
              best = d;
              memcpy (best_rank, rank, sizeof rank);
            }
        }
      g_ptr_array_add (e->aliases, NULL);

      if (canon_best != NONE)
        e->name = g_strdup (pool_get (&self->displays, canon_best));
      else if (is_all_caps (best) && !looks_like_acronym (best))
        e->name = soften_caps (best);
      else
        e->name = g_strdup (best);

      /* Every mention votes; demonyms ("Chinese") only when the entity
       * has no other mention, so that China stays a place. */
      e->label = DOSSIER_LABEL_MISC;
      for (guint l = 0; l < DOSSIER_N_LABELS; l++)
        {
          if (l == DOSSIER_LABEL_MISC && non_misc > 0)
            continue;
          if (votes[l] > best_votes)
            {
              best_votes = votes[l];
              e->label = l;
            }
        }

      /* A name the word lists know (an agency, a country) has a known
       * kind, whatever the tagger made of its mentions here; but a person
       * who shares a city's name stays a person. */
      if (canon_best != NONE && self->gazetteer != NULL && e->label != DOSSIER_LABEL_PERSON)
        {
          DossierLabel known = DOSSIER_LABEL_MISC;

          if (dossier_gazetteer_canonical (self->gazetteer, e->name, strlen (e->name), &known) != NULL &&
              known != DOSSIER_LABEL_MISC)
            e->label = known;
        }

      i = j;
    }

  /* Names must be unique: the JSONL contract links mentions by name. The
   * entity with most mentions keeps the plain name; another one gets its
   * label, then a number ("Bush (PERSON) 2" is rare and honest). */
  for (guint32 i = 0; i < self->entities->len; i++)
    g_array_append_val (by_size, i);
  g_array_sort_with_data (by_size, compare_entities_by_size, self->entities);
  for (guint i = 0; i < by_size->len; i++)
    {
      Entity *e = &g_array_index (self->entities, Entity, g_array_index (by_size, guint32, i));
      g_autofree char *name = NULL;

      if (!g_hash_table_contains (taken, e->name))
        {
          g_hash_table_add (taken, e->name);
          continue;
        }
      name = g_strdup_printf ("%s (%s)", e->name, dossier_label_to_string (e->label));
      for (guint n = 2; g_hash_table_contains (taken, name); n++)
        {
          g_free (name);
          name = g_strdup_printf ("%s (%s) %u", e->name, dossier_label_to_string (e->label), n);
        }
      /* e->name stays valid as a key of @taken until the end: the old
       * names go to @renamed. */
      g_ptr_array_add (renamed, e->name);
      e->name = g_steal_pointer (&name);
      g_hash_table_add (taken, e->name);
    }
}

/**
 * dossier_linker_resolve:
 * @self: a #DossierLinker
 *
 * Clusters every mention added so far into entities. May be called again
 * after adding more mentions: it starts over.
 */
void
dossier_linker_resolve (DossierLinker *self)
{
  g_autofree guint32 *order = NULL;
  /* Names and display forms per raw surface, for non-persons [0] and
   * persons [1]; freed by hand, as g_autofree takes no arrays. */
  guint32 *cache[2] = { NULL, NULL };
  guint32 *cache_display[2] = { NULL, NULL };
  g_autoptr(GHashTable) votes = g_hash_table_new (NULL, NULL);
  g_autoptr(GHashTable) doc_nodes = g_hash_table_new (NULL, NULL);
  g_autoptr(GArray) vote_counts = g_array_new (FALSE, TRUE, sizeof (guint32) * 2);
  g_autofree guint32 *base = NULL;
  guint n = self->mentions->len;
  guint n_raw = self->raws.strings->len;

  g_return_if_fail (self != NULL);

  g_array_set_size (self->nodes, 0);
  order = g_new (guint32, MAX (n, 1));
  for (guint32 i = 0; i < n; i++)
    order[i] = i;
  g_qsort_with_data (order, n, sizeof (guint32), compare_mention_doc, self->mentions->data);

  for (guint k = 0; k < 2; k++)
    {
      cache[k] = g_new (guint32, MAX (n_raw, 1));
      cache_display[k] = g_new (guint32, MAX (n_raw, 1));
      for (guint32 i = 0; i < n_raw; i++)
        cache[k][i] = cache_display[k][i] = NONE;
    }

  /* The "base" of a surface, to count per article how often it was called
   * a person: the kind is decided per article by majority, so that one
   * tagging slip does not split an entity. */
  base = g_new (guint32, MAX (n_raw, 1));
  for (guint32 i = 0; i < n_raw; i++)
    base[i] = NONE;

  for (guint start = 0; start < n;)
    {
      guint32 doc = MENTION (self, order[start])->doc;
      guint end = start;
      guint32 node_base = self->nodes->len;

      while (end < n && MENTION (self, order[end])->doc == doc)
        end++;

      g_hash_table_remove_all (votes);
      g_array_set_size (vote_counts, 0);
      for (guint i = start; i < end; i++)
        {
          Mention *m = MENTION (self, order[i]);
          guint32 *v;
          gpointer slot;

          if (base[m->raw] == NONE)
            {
              guint32 display, name;

              normalise (self, m->raw, FALSE, &display, &name);
              cache[0][m->raw] = name;
              cache_display[0][m->raw] = display;
              base[m->raw] = name;
            }
          slot = g_hash_table_lookup (votes, GUINT_TO_POINTER (base[m->raw] + 1));
          if (slot == NULL)
            {
              g_array_set_size (vote_counts, vote_counts->len + 1);
              slot = GUINT_TO_POINTER (vote_counts->len);
              g_hash_table_insert (votes, GUINT_TO_POINTER (base[m->raw] + 1), slot);
            }
          v = (guint32 *) (gpointer) (vote_counts->data + (GPOINTER_TO_UINT (slot) - 1) * sizeof (guint32) * 2);
          v[m->label == DOSSIER_LABEL_PERSON]++;
        }

      g_hash_table_remove_all (doc_nodes);
      for (guint i = start; i < end; i++)
        {
          Mention *m = MENTION (self, order[i]);
          gpointer slot = g_hash_table_lookup (votes, GUINT_TO_POINTER (base[m->raw] + 1));
          guint32 *v = (guint32 *) (gpointer) (vote_counts->data + (GPOINTER_TO_UINT (slot) - 1) * sizeof (guint32) * 2);
          guint person = v[1] >= v[0] && v[1] > 0;
          gpointer found;
          guint32 key;

          if (cache[person][m->raw] == NONE)
            normalise (self, m->raw, person, &cache_display[person][m->raw], &cache[person][m->raw]);
          m->name = cache[person][m->raw];
          m->display = cache_display[person][m->raw];

          key = m->name * 2 + person + 1;
          found = g_hash_table_lookup (doc_nodes, GUINT_TO_POINTER (key));
          if (found == NULL)
            {
              Node node = { doc, m->name, self->nodes->len, order[i], 0, person, FALSE, m->label };

              g_array_append_val (self->nodes, node);
              found = GUINT_TO_POINTER (self->nodes->len);
              g_hash_table_insert (doc_nodes, GUINT_TO_POINTER (key), found);
            }
          m->node = GPOINTER_TO_UINT (found) - 1;
          NODE (self, m->node)->n_mentions++;
        }

      /* The label of a node, for the rule that a contained name needs the
       * same label: its first mention's, unless most say otherwise. */
      {
        g_autofree guint32 *lv = g_new0 (guint32, (self->nodes->len - node_base) * DOSSIER_N_LABELS);

        for (guint i = start; i < end; i++)
          {
            const Mention *m = MENTION (self, order[i]);

            lv[(m->node - node_base) * DOSSIER_N_LABELS + m->label]++;
          }
        for (guint32 k = node_base; k < self->nodes->len; k++)
          {
            Node *node = NODE (self, k);
            guint32 *c = lv + (k - node_base) * DOSSIER_N_LABELS;

            for (guint l = 0; l < DOSSIER_N_LABELS; l++)
              if (c[l] > c[node->label])
                node->label = l;
          }
      }

      link_document (self, order + start, end - start, node_base, self->nodes->len - node_base);
      start = end;
    }

  for (guint k = 0; k < 2; k++)
    {
      g_free (cache[k]);
      g_free (cache_display[k]);
    }

  link_folder (self);
  build_entities (self);
  self->resolved = TRUE;
}

/**
 * dossier_linker_get_n_mentions:
 * @self: a #DossierLinker
 *
 * Returns: the number of mentions added
 */
guint
dossier_linker_get_n_mentions (DossierLinker *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->mentions->len;
}

/**
 * dossier_linker_get_n_entities:
 * @self: a #DossierLinker
 *
 * Returns: the number of entities found by dossier_linker_resolve()
 */
guint
dossier_linker_get_n_entities (DossierLinker *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->resolved ? self->entities->len : 0;
}

/**
 * dossier_linker_get_mention_entity:
 * @self: a resolved #DossierLinker
 * @mention: a mention index from dossier_linker_add_mention()
 *
 * Returns: the index of the entity of @mention
 */
guint
dossier_linker_get_mention_entity (DossierLinker *self,
                                   guint          mention)
{
  g_return_val_if_fail (self != NULL, 0);
  g_return_val_if_fail (self->resolved, 0);
  g_return_val_if_fail (mention < self->mentions->len, 0);

  return MENTION (self, mention)->entity;
}

static const Entity *
get_entity (DossierLinker *self,
            guint          entity)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (self->resolved, NULL);
  g_return_val_if_fail (entity < self->entities->len, NULL);

  return &g_array_index (self->entities, Entity, entity);
}

/**
 * dossier_linker_get_entity_name:
 * @self: a resolved #DossierLinker
 * @entity: an entity index
 *
 * The canonical name: the gazetteer's (an English Wikipedia title) when it
 * knows one of the aliases, else the most complete and most frequent form.
 * Unique among the entities of the linker.
 *
 * Returns: the name, owned by @self
 */
const char *
dossier_linker_get_entity_name (DossierLinker *self,
                                guint          entity)
{
  const Entity *e = get_entity (self, entity);

  return e ? e->name : NULL;
}

/**
 * dossier_linker_get_entity_label:
 * @self: a resolved #DossierLinker
 * @entity: an entity index
 *
 * Returns: the label most of the entity's mentions have (demonyms aside)
 */
DossierLabel
dossier_linker_get_entity_label (DossierLinker *self,
                                 guint          entity)
{
  const Entity *e = get_entity (self, entity);

  return e ? e->label : DOSSIER_LABEL_MISC;
}

/**
 * dossier_linker_get_entity_n_mentions:
 * @self: a resolved #DossierLinker
 * @entity: an entity index
 *
 * Returns: how many mentions the entity has
 */
guint
dossier_linker_get_entity_n_mentions (DossierLinker *self,
                                      guint          entity)
{
  const Entity *e = get_entity (self, entity);

  return e ? e->n_mentions : 0;
}

/**
 * dossier_linker_get_entity_n_articles:
 * @self: a resolved #DossierLinker
 * @entity: an entity index
 *
 * Returns: how many articles (distinct doc ids) mention the entity
 */
guint
dossier_linker_get_entity_n_articles (DossierLinker *self,
                                      guint          entity)
{
  const Entity *e = get_entity (self, entity);

  return e ? e->n_articles : 0;
}

/**
 * dossier_linker_get_entity_aliases:
 * @self: a resolved #DossierLinker
 * @entity: an entity index
 *
 * The distinct forms the entity is written in, without titles and
 * possessives, most frequent first.
 *
 * Returns: (transfer none) (array zero-terminated=1): the aliases
 */
const char * const *
dossier_linker_get_entity_aliases (DossierLinker *self,
                                   guint          entity)
{
  const Entity *e = get_entity (self, entity);

  return e ? (const char * const *) e->aliases->pdata : NULL;
}
