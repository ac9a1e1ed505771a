/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "dossier-search"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "dossier-search.h"

/**
 * DossierQuery:
 *
 * A search typed by someone, read by our own small grammar and turned into
 * an FTS5 MATCH expression in which every word is a quoted string, so that
 * no FTS5 syntax typed by the user (column filters, NEAR, parentheses,
 * carets) ever reaches SQLite, and a mistake gives a sentence saying what
 * to fix rather than an SQL error.
 *
 * The grammar: words and "quoted phrases" must all appear; `word*` (or
 * `"a phrase"*`) matches a prefix; `-word` or `NOT word` excludes; `OR`
 * (upper case) separates alternatives, each a group of the above. Case and
 * accents are ignored (the FTS5 tokenizer folds them).
 */
struct _DossierQuery
{
  char *match;
  GPtrArray *terms; /* char*, NULL-terminated: what the reader highlights */
  GArray *prefix;   /* gboolean per term: its last word is a prefix */
};

G_DEFINE_QUARK (dossier-query-error-quark, dossier_query_error)

typedef struct
{
  GString *pos;
  GString *neg;
  guint n_pos;
  guint n_neg;
} Group;

static gboolean
has_alnum (const char *s,
           gsize       len)
{
  for (const char *p = s; p < s + len; p = g_utf8_next_char (p))
    if (g_unichar_isalnum (g_utf8_get_char (p)))
      return TRUE;
  return FALSE;
}

static void
append_fts_string (GString    *out,
                   const char *s,
                   gsize       len,
                   gboolean    prefix)
{
  g_string_append_c (out, '"');
  for (gsize i = 0; i < len; i++)
    {
      /* Inside an FTS5 string only the quote is special: doubled. */
      if (s[i] == '"')
        g_string_append_c (out, '"');
      g_string_append_c (out, s[i]);
    }
  g_string_append_c (out, '"');
  if (prefix)
    g_string_append (out, " *");
}

static void
add_term (Group      *group,
          GArray     *prefixes,
          GPtrArray  *terms,
          const char *s,
          gsize       len,
          gboolean    prefix,
          gboolean    negated)
{
  if (negated)
    {
      g_string_append (group->neg, " NOT ");
      append_fts_string (group->neg, s, len, prefix);
      group->n_neg++;
    }
  else
    {
      if (group->n_pos > 0)
        g_string_append (group->pos, " AND ");
      append_fts_string (group->pos, s, len, prefix);
      group->n_pos++;
      g_ptr_array_add (terms, g_strndup (s, len));
      g_array_append_val (prefixes, prefix);
    }
}

static gboolean
close_group (Group     *group,
             GString   *match,
             gboolean   first,
             GError   **error)
{
  if (group->n_pos == 0 && group->n_neg > 0)
    {
      g_set_error (error, DOSSIER_QUERY_ERROR, DOSSIER_QUERY_ERROR_SYNTAX,
                   _("Give at least one word to look for besides the excluded ones"));
      return FALSE;
    }
  if (group->n_pos == 0)
    return TRUE;
  if (!first)
    g_string_append (match, " OR ");
  g_string_append_printf (match, "(%s%s)", group->pos->str, group->neg->str);
  g_string_truncate (group->pos, 0);
  g_string_truncate (group->neg, 0);
  group->n_pos = group->n_neg = 0;
  return TRUE;
}

static gboolean
is_space (char c)
{
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

/**
 * dossier_query_parse:
 * @text: what was typed
 *
 * Returns: (transfer full) (nullable): the query, or %NULL with @error set
 *   to a %DOSSIER_QUERY_ERROR whose message can be shown as is
 */
DossierQuery *
dossier_query_parse (const char  *text,
                     GError     **error)
{
  g_autoptr(GString) match = g_string_new (NULL);
  g_autoptr(GPtrArray) terms = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GArray) prefixes = g_array_new (FALSE, FALSE, sizeof (gboolean));
  g_autoptr(GString) pos = g_string_new (NULL);
  g_autoptr(GString) neg = g_string_new (NULL);
  Group group = { pos, neg, 0, 0 };
  gboolean negate_next = FALSE;
  gboolean after_or = FALSE;
  gboolean any_group = FALSE;
  const char *p = text;
  DossierQuery *self;

  g_return_val_if_fail (text != NULL, NULL);

  if (!g_utf8_validate (text, -1, NULL))
    {
      g_set_error (error, DOSSIER_QUERY_ERROR, DOSSIER_QUERY_ERROR_SYNTAX, _("The search is not valid text"));
      return NULL;
    }

  while (*p)
    {
      gboolean negated = negate_next;
      gboolean prefix = FALSE;
      const char *start, *end;

      if (is_space (*p))
        {
          p++;
          continue;
        }

      if (*p == '-' && p[1] && !is_space (p[1]))
        {
          negated = TRUE;
          p++;
        }

      if (*p == '"')
        {
          start = ++p;
          end = strchr (start, '"');
          if (end == NULL)
            {
              g_set_error (error, DOSSIER_QUERY_ERROR, DOSSIER_QUERY_ERROR_SYNTAX,
                           _("A quotation mark is not closed: add the closing \" or remove the opening one"));
              return NULL;
            }
          p = end + 1;
          if (*p == '*')
            {
              prefix = TRUE;
              p++;
            }
          if (*p && !is_space (*p) && *p != '"')
            {
              g_set_error (error, DOSSIER_QUERY_ERROR, DOSSIER_QUERY_ERROR_SYNTAX,
                           _("Put a space after a closing quotation mark"));
              return NULL;
            }
        }
      else
        {
          start = p;
          while (*p && !is_space (*p) && *p != '"')
            p++;
          end = p;
          if (*p == '"')
            {
              g_set_error (error, DOSSIER_QUERY_ERROR, DOSSIER_QUERY_ERROR_SYNTAX,
                           _("Put a space before an opening quotation mark"));
              return NULL;
            }
          if (end > start && end[-1] == '*')
            {
              prefix = TRUE;
              end--;
            }
          if (memchr (start, '*', end - start) != NULL)
            {
              g_set_error (error, DOSSIER_QUERY_ERROR, DOSSIER_QUERY_ERROR_SYNTAX,
                           _("“*” can only end a word, as in elect*"));
              return NULL;
            }

          /* Operators, upper case only: "or" is a word to look for. */
          if (!negated && !prefix && end - start == 2 && strncmp (start, "OR", 2) == 0)
            {
              if (negate_next || (group.n_pos == 0 && group.n_neg == 0))
                {
                  g_set_error (error, DOSSIER_QUERY_ERROR, DOSSIER_QUERY_ERROR_SYNTAX,
                               _("“OR” needs words on both sides"));
                  return NULL;
                }
              if (!close_group (&group, match, !any_group, error))
                return NULL;
              any_group = TRUE;
              after_or = TRUE;
              continue;
            }
          if (!negated && !prefix && end - start == 3 && strncmp (start, "AND", 3) == 0)
            continue;
          if (!negated && !prefix && end - start == 3 && strncmp (start, "NOT", 3) == 0)
            {
              negate_next = TRUE;
              continue;
            }
        }

      negate_next = FALSE;
      /* Punctuation alone ("&", "—") has no words for the index: skip it
       * rather than look for an empty phrase. */
      if (!has_alnum (start, end - start))
        continue;
      add_term (&group, prefixes, terms, start, end - start, prefix, negated);
      after_or = FALSE;
    }

  if (after_or || negate_next)
    {
      g_set_error (error, DOSSIER_QUERY_ERROR, DOSSIER_QUERY_ERROR_SYNTAX,
                   after_or ? _("“OR” needs words on both sides") : _("“NOT” needs a word after it"));
      return NULL;
    }
  if (!close_group (&group, match, !any_group, error))
    return NULL;
  if (match->len == 0)
    {
      g_set_error (error, DOSSIER_QUERY_ERROR, DOSSIER_QUERY_ERROR_EMPTY, _("Type a word to search for"));
      return NULL;
    }

  self = g_new0 (DossierQuery, 1);
  self->match = g_string_free (g_steal_pointer (&match), FALSE);
  g_ptr_array_add (terms, NULL);
  self->terms = g_steal_pointer (&terms);
  self->prefix = g_steal_pointer (&prefixes);
  return self;
}

/**
 * dossier_query_free:
 *
 * Frees a query from dossier_query_parse().
 */
void
dossier_query_free (DossierQuery *self)
{
  if (self == NULL)
    return;
  g_free (self->match);
  g_ptr_array_unref (self->terms);
  g_array_unref (self->prefix);
  g_free (self);
}

/**
 * dossier_query_get_match:
 *
 * Returns: the FTS5 MATCH expression, safe to bind
 */
const char *
dossier_query_get_match (DossierQuery *self)
{
  return self->match;
}

/**
 * dossier_query_get_terms:
 *
 * Returns: (transfer none): the words and phrases looked for (not the
 *   excluded ones), for the reader to highlight
 */
const char * const *
dossier_query_get_terms (DossierQuery *self)
{
  return (const char * const *) self->terms->pdata;
}

typedef struct
{
  gsize start;
  gsize end;
  char *key; /* folded */
} Word;

typedef struct
{
  gsize start;
  gsize end;
} Range;

static int
compare_ranges (gconstpointer a,
                gconstpointer b)
{
  const Range *x = a, *y = b;

  if (x->start != y->start)
    return x->start < y->start ? -1 : 1;
  return x->end < y->end ? -1 : x->end > y->end;
}

static void
word_clear (Word *w)
{
  g_free (w->key);
}

/* Folds a word roughly as the FTS5 tokenizer does (unicode61,
 * remove_diacritics 2): case folded, accents dropped. */
static char *
fold_word (const char *s,
           gsize       len)
{
  g_autofree char *nfd = g_utf8_normalize (s, len, G_NORMALIZE_NFD);
  g_autoptr(GString) out = g_string_new (NULL);

  if (nfd == NULL)
    return g_strndup (s, len);
  for (const char *p = nfd; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_ismark (c))
        continue;
      g_string_append_unichar (out, c);
    }
  return g_utf8_casefold (out->str, out->len);
}

/* Words as the tokenizer sees them: runs of letters and digits. */
static GArray *
split_words (const char *text,
             gsize       len)
{
  GArray *words = g_array_new (FALSE, FALSE, sizeof (Word));
  const char *p = text, *end = text + len;

  g_array_set_clear_func (words, (GDestroyNotify) word_clear);
  while (p < end)
    {
      const char *start;

      while (p < end && !g_unichar_isalnum (g_utf8_get_char_validated (p, end - p)))
        p = g_utf8_find_next_char (p, end) ? g_utf8_find_next_char (p, end) : end;
      start = p;
      while (p < end)
        {
          gunichar c = g_utf8_get_char_validated (p, end - p);

          if (c == (gunichar) -1 || c == (gunichar) -2 || (!g_unichar_isalnum (c) && !g_unichar_ismark (c)))
            break;
          p = g_utf8_find_next_char (p, end) ? g_utf8_find_next_char (p, end) : end;
        }
      if (p > start)
        {
          Word w = { start - text, p - text, fold_word (start, p - start) };
          g_array_append_val (words, w);
        }
      else if (p < end)
        p++;
    }
  return words;
}

/**
 * dossier_query_find:
 * @text: the text to look in, such as dossier_article_get_text()
 * @len: its length, or -1 when NUL-terminated
 *
 * Finds where the query's words and phrases occur in @text, the way the
 * index matched them (case and accents ignored, prefixes), for the reader
 * to highlight.
 *
 * Returns: (transfer full) (element-type gsize): start and end byte
 *   offsets, two per match, in text order
 */
GArray *
dossier_query_find (DossierQuery *self,
                    const char   *text,
                    gssize        len)
{
  g_autoptr(GArray) words = split_words (text, len < 0 ? strlen (text) : (gsize) len);
  GArray *out = g_array_new (FALSE, FALSE, sizeof (gsize));
  g_autoptr(GArray) hits = g_array_new (FALSE, FALSE, sizeof (Range));

  for (guint t = 0; t + 1 < self->terms->len; t++)
    {
      const char *term = g_ptr_array_index (self->terms, t);
      gboolean prefix = g_array_index (self->prefix, gboolean, t);
      g_autoptr(GArray) want = split_words (term, strlen (term));

      if (want->len == 0)
        continue;
      for (guint i = 0; i + want->len <= words->len; i++)
        {
          gboolean ok = TRUE;

          for (guint j = 0; ok && j < want->len; j++)
            {
              const char *have = g_array_index (words, Word, i + j).key;
              const char *need = g_array_index (want, Word, j).key;

              if (prefix && j + 1 == want->len)
                ok = g_str_has_prefix (have, need);
              else
                ok = g_str_equal (have, need);
            }
          if (ok)
            {
              Range r = { g_array_index (words, Word, i).start, g_array_index (words, Word, i + want->len - 1).end };

              g_array_append_val (hits, r);
            }
        }
    }

  /* In text order, overlaps merged. */
  g_array_sort (hits, compare_ranges);
  for (guint i = 0; i < hits->len; i++)
    {
      Range *r = &g_array_index (hits, Range, i);

      if (out->len > 0 && r->start <= g_array_index (out, gsize, out->len - 1))
        {
          gsize *last = &g_array_index (out, gsize, out->len - 1);
          *last = MAX (*last, r->end);
          continue;
        }
      g_array_append_val (out, r->start);
      g_array_append_val (out, r->end);
    }
  return out;
}

/**
 * dossier_query_run:
 * @ids: (out) (element-type guint32): the matching article ids, best first
 */
gboolean
dossier_query_run (DossierQuery  *self,
                   DossierIndex  *index,
                   GArray       **ids,
                   GError       **error)
{
  return dossier_index_match (index, self->match, ids, error);
}

static int
compare_u32 (gconstpointer a,
             gconstpointer b)
{
  guint32 x = *(const guint32 *) a, y = *(const guint32 *) b;

  return x < y ? -1 : x > y;
}

/**
 * dossier_ids_sort:
 * @ids: (element-type guint32)
 *
 * Sorts ids for dossier_ids_intersect().
 */
void
dossier_ids_sort (GArray *ids)
{
  g_array_sort (ids, compare_u32);
}

/**
 * dossier_ids_intersect:
 * @a: (array length=n_a): sorted ids, overwritten with the intersection
 * @b: (array length=n_b): sorted ids
 *
 * Intersects two sorted id sets in place, as the entity filter and the
 * text search combine. When one side is much smaller, it gallops through
 * the other (binary search) instead of walking it.
 *
 * Returns: how many ids are left in @a
 */
guint
dossier_ids_intersect (guint32       *a,
                       guint          n_a,
                       const guint32 *b,
                       guint          n_b)
{
  guint out = 0, i = 0, j = 0;

  if (n_a * 16 < n_b)
    {
      for (i = 0; i < n_a; i++)
        {
          guint lo = j, hi = n_b;

          while (lo < hi)
            {
              guint mid = lo + (hi - lo) / 2;
              if (b[mid] < a[i])
                lo = mid + 1;
              else
                hi = mid;
            }
          j = lo;
          if (j < n_b && b[j] == a[i])
            a[out++] = a[i];
        }
      return out;
    }

  while (i < n_a && j < n_b)
    {
      if (a[i] < b[j])
        i++;
      else if (a[i] > b[j])
        j++;
      else
        {
          a[out++] = a[i];
          i++;
          j++;
        }
    }
  return out;
}
