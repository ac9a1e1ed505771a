/* SPDX-License-Identifier: GPL-3.0-or-later */
#define _GNU_SOURCE /* memmem */
#define G_LOG_DOMAIN "dossier-anchor"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "dossier-anchor.h"
#include "dossier-decode-private.h"

struct _DossierFileText
{
  GString *utf8;
  GArray *bytes;     /* guint32 per code point + 1: its offset in the file */
  GArray *utf8_pos;  /* guint32 per code point + 1: its offset in utf8 */
  gsize file_len;
};

static void
push (DossierFileText *self,
      gunichar         c,
      gsize            file_offset)
{
  guint32 b = file_offset, u = self->utf8->len;

  g_array_append_val (self->bytes, b);
  g_array_append_val (self->utf8_pos, u);
  g_string_append_unichar (self->utf8, c);
}

static void
decode_utf16 (DossierFileText *self,
              const char      *data,
              gsize            len,
              gboolean         big_endian)
{
  gsize i = 2;

  while (i + 1 < len)
    {
      gsize start = i;
      gboolean invalid = FALSE;
      gunichar c = dossier_decode_utf16_next (data, len, &i, big_endian, &invalid);

      push (self, c, start);
    }
}

/**
 * dossier_file_text_new:
 *
 * Decodes a whole file into the text note selectors count in.
 *
 * Returns: (transfer full): the file's text
 */
DossierFileText *
dossier_file_text_new (const char *data,
                       gsize       len)
{
  DossierFileText *self = g_new0 (DossierFileText, 1);
  guint32 end;

  self->utf8 = g_string_sized_new (len + 1);
  self->bytes = g_array_sized_new (FALSE, FALSE, sizeof (guint32), len + 1);
  self->utf8_pos = g_array_sized_new (FALSE, FALSE, sizeof (guint32), len + 1);
  self->file_len = len;

  if (len >= 2 && (guchar) data[0] == 0xFF && (guchar) data[1] == 0xFE)
    decode_utf16 (self, data, len, FALSE);
  else if (len >= 2 && (guchar) data[0] == 0xFE && (guchar) data[1] == 0xFF)
    decode_utf16 (self, data, len, TRUE);
  else if (!g_utf8_validate_len (data, len, NULL) && !dossier_decode_has_valid_multibyte (data, len))
    {
      for (gsize i = 0; i < len; i++)
        {
          guchar b = data[i];
          push (self, dossier_decode_cp1252 (b), i);
        }
    }
  else
    {
      gsize i = len >= 3 && memcmp (data, "\xEF\xBB\xBF", 3) == 0 ? 3 : 0;
      gboolean twice = g_utf8_validate_len (data + i, len - i, NULL) &&
                       dossier_decode_is_encoded_twice (data + i, len - i);

      while (i < len)
        {
          guchar b = data[i];
          gunichar c;
          gsize n;

          if (b < 0x80)
            {
              push (self, b, i++);
              continue;
            }
          c = g_utf8_get_char_validated (data + i, MIN (len - i, 4));
          if (c == (gunichar) -1 || c == (gunichar) -2)
            {
              /* One U+FFFD per bad sequence, as the article reader does. */
              n = 1;
              while (i + n < len && n < 4 && ((guchar) data[i + n] & 0xC0) == 0x80)
                n++;
              push (self, 0xFFFD, i);
              i += n;
              continue;
            }
          /* UTF-8 encoded twice is read as the article reader reads it. */
          if (twice && (n = dossier_decode_misread_sequence (data + i, data + len, &c)) > 0)
            {
              push (self, c, i);
              i += n;
              continue;
            }
          push (self, c, i);
          i += g_utf8_skip[b];
        }
    }

  end = len;
  g_array_append_val (self->bytes, end);
  end = self->utf8->len;
  g_array_append_val (self->utf8_pos, end);
  return self;
}

void
dossier_file_text_free (DossierFileText *self)
{
  if (self == NULL)
    return;
  g_string_free (self->utf8, TRUE);
  g_array_unref (self->bytes);
  g_array_unref (self->utf8_pos);
  g_free (self);
}

/**
 * dossier_file_text_get_length:
 *
 * Returns: the number of code points of the file's text
 */
guint
dossier_file_text_get_length (const DossierFileText *self)
{
  return self->bytes->len - 1;
}

/**
 * dossier_file_text_get_utf8:
 *
 * Returns: the file's text as UTF-8
 */
const char *
dossier_file_text_get_utf8 (const DossierFileText *self)
{
  return self->utf8->str;
}

/**
 * dossier_file_text_char_to_byte:
 *
 * Returns: the offset in the file of the code point at @pos (the file's
 *   length for the end of the text)
 */
gsize
dossier_file_text_char_to_byte (const DossierFileText *self,
                                guint                  pos)
{
  pos = MIN (pos, dossier_file_text_get_length (self));
  return g_array_index (self->bytes, guint32, pos);
}

/* The last index whose value is <= @value, in a sorted guint32 array. */
static guint
bsearch_floor (GArray *array,
               gsize   value)
{
  guint lo = 0, hi = array->len;

  while (hi - lo > 1)
    {
      guint mid = lo + (hi - lo) / 2;

      if (g_array_index (array, guint32, mid) <= value)
        lo = mid;
      else
        hi = mid;
    }
  return lo;
}

/**
 * dossier_file_text_byte_to_char:
 * @is_end: round up when @byte falls inside a code point's bytes
 *
 * Returns: the code point at file offset @byte
 */
guint
dossier_file_text_byte_to_char (const DossierFileText *self,
                                gsize                  byte,
                                gboolean               is_end)
{
  guint i;

  if (byte >= self->file_len)
    return dossier_file_text_get_length (self);
  i = bsearch_floor (self->bytes, byte);
  if (is_end && g_array_index (self->bytes, guint32, i) < byte)
    i++;
  return MIN (i, dossier_file_text_get_length (self));
}

static guint
utf8_to_char (const DossierFileText *self,
              gsize                  utf8_offset)
{
  return bsearch_floor (self->utf8_pos, utf8_offset);
}

static const char *
char_ptr (const DossierFileText *self,
          guint                  pos)
{
  return self->utf8->str + g_array_index (self->utf8_pos, guint32, pos);
}

/**
 * dossier_file_text_dup_range:
 *
 * Returns: (transfer full): the code points [@start, @end) as UTF-8
 */
char *
dossier_file_text_dup_range (const DossierFileText *self,
                             guint                  start,
                             guint                  end)
{
  guint n = dossier_file_text_get_length (self);

  end = MIN (end, n);
  start = MIN (start, end);
  return g_strndup (char_ptr (self, start), char_ptr (self, end) - char_ptr (self, start));
}

/* Anchoring */

/**
 * dossier_anchor_describe:
 *
 * Builds the TextQuoteSelector of the passage [@start, @end): the passage
 * and %DOSSIER_NOTE_CONTEXT_CHARS code points of context on each side.
 */
void
dossier_anchor_describe (const DossierFileText  *text,
                         guint                   start,
                         guint                   end,
                         char                  **exact,
                         char                  **prefix,
                         char                  **suffix)
{
  guint n = dossier_file_text_get_length (text);

  end = MIN (end, n);
  start = MIN (start, end);
  *exact = dossier_file_text_dup_range (text, start, end);
  *prefix = dossier_file_text_dup_range (text, start > DOSSIER_NOTE_CONTEXT_CHARS ? start - DOSSIER_NOTE_CONTEXT_CHARS : 0, start);
  *suffix = dossier_file_text_dup_range (text, end, MIN ((guint64) end + DOSSIER_NOTE_CONTEXT_CHARS, n));
}

const char *
dossier_anchor_state_to_string (DossierAnchorState state)
{
  switch (state)
    {
    case DOSSIER_ANCHOR_POSITION: return "position";
    case DOSSIER_ANCHOR_QUOTE: return "quote";
    case DOSSIER_ANCHOR_FUZZY: return "fuzzy";
    case DOSSIER_ANCHOR_ORPHANED:
    default: return "orphaned";
    }
}

/* How many code points of @prefix end the text just before @pos, plus how
 * many of @suffix start it just after @end: the context score. */
static guint
context_score (const DossierFileText *text,
               guint                  pos,
               guint                  end,
               const char            *prefix,
               const char            *suffix)
{
  guint score = 0;
  const char *p, *t;

  if (prefix && *prefix)
    {
      p = prefix + strlen (prefix);
      t = char_ptr (text, pos);
      while (p > prefix && t > text->utf8->str)
        {
          const char *pp = g_utf8_prev_char (p), *tp = g_utf8_prev_char (t);

          if (p - pp != t - tp || memcmp (pp, tp, p - pp) != 0)
            break;
          p = pp, t = tp, score++;
        }
    }
  if (suffix && *suffix)
    {
      const char *tend = text->utf8->str + text->utf8->len;

      p = suffix;
      t = char_ptr (text, end);
      while (*p && t < tend)
        {
          const char *pn = g_utf8_next_char (p), *tn = g_utf8_next_char (t);

          if (pn - p != tn - t || memcmp (p, t, pn - p) != 0)
            break;
          p = pn, t = tn, score++;
        }
    }
  return score;
}

static guint
distance (guint   a,
          gint64  b)
{
  if (b < 0)
    return 0;
  return a > b ? a - b : b - a;
}

/* Approximate substring matching (Sellers' dynamic programme, with
 * Ukkonen's cut-off so that the cost is about k × n rather than m × n):
 * the window of @t whose edit distance to @p is least, if it is at most
 * @k. Ties go to the window nearest @near. */
static gboolean
fuzzy_find (const gunichar *p,
            guint           m,
            const gunichar *t,
            guint           n,
            guint           k,
            gint64          near,
            guint          *out_start,
            guint          *out_end,
            guint          *out_cost)
{
  g_autofree guint *prev = g_new (guint, m + 2);
  g_autofree guint *cur = g_new (guint, m + 2);
  g_autofree guint *prev_start = g_new (guint, m + 2);
  g_autofree guint *cur_start = g_new (guint, m + 2);
  guint best_cost = G_MAXUINT, best_start = 0, best_end = 0;
  guint lact = MIN (k, m);

  for (guint i = 0; i <= m + 1; i++)
    {
      prev[i] = i <= m ? i : k + 1;
      prev_start[i] = 0;
    }

  for (guint j = 1; j <= n; j++)
    {
      guint top = MIN (m, lact + 1);
      gunichar c = t[j - 1];

      cur[0] = 0;
      cur_start[0] = j;
      for (guint i = 1; i <= top; i++)
        {
          guint sub = prev[i - 1] + (p[i - 1] != c);
          guint del = cur[i - 1] + 1;
          guint ins = prev[i] + 1;

          if (sub <= del && sub <= ins)
            cur[i] = sub, cur_start[i] = prev_start[i - 1];
          else if (del <= ins)
            cur[i] = del, cur_start[i] = cur_start[i - 1];
          else
            cur[i] = ins, cur_start[i] = prev_start[i];
        }
      if (top < m)
        cur[top + 1] = k + 1;

      lact = top;
      while (lact > 0 && cur[lact] > k)
        lact--;

      if (lact == m)
        {
          guint cost = cur[m];

          if (cost < best_cost ||
              (cost == best_cost && distance (cur_start[m], near) < distance (best_start, near)))
            {
              best_cost = cost;
              best_start = cur_start[m];
              best_end = j;
            }
        }

      { guint *tmp = prev; prev = cur; cur = tmp; }
      { guint *tmp = prev_start; prev_start = cur_start; cur_start = tmp; }
    }

  if (best_cost > k)
    return FALSE;
  *out_start = best_start;
  *out_end = best_end;
  *out_cost = best_cost;
  return TRUE;
}

/**
 * dossier_anchor_find:
 * @exact: the quote
 * @prefix: (nullable): context before it
 * @suffix: (nullable): context after it
 * @start: the recorded position, or -1
 * @end: its end, or -1
 *
 * Finds a passage in @text, in the order DESIGN.md sets: at its position if
 * the quote is still there; else an occurrence of the quote, the one whose
 * context matches best (then the nearest); else the window most similar to
 * the quote, if it is at least %DOSSIER_ANCHOR_MIN_SIMILARITY similar.
 * Context only ever breaks ties: it never anchors a note by itself.
 *
 * Returns: whether the passage was found; if not, @match says orphaned
 */
gboolean
dossier_anchor_find (const DossierFileText *text,
                     const char            *exact,
                     const char            *prefix,
                     const char            *suffix,
                     gint64                 start,
                     gint64                 end,
                     DossierAnchorMatch    *match)
{
  gsize exact_len;
  glong m;
  guint n = dossier_file_text_get_length (text);
  const char *hay = text->utf8->str;
  gboolean found = FALSE;
  guint best_score = 0, best_pos = 0;

  memset (match, 0, sizeof *match);
  match->state = DOSSIER_ANCHOR_ORPHANED;
  if (exact == NULL || *exact == '\0' || !g_utf8_validate (exact, -1, NULL))
    return FALSE;
  exact_len = strlen (exact);
  m = g_utf8_strlen (exact, -1);

  /* 1. Still where it was. */
  if (start >= 0 && start + m <= n &&
      g_array_index (text->utf8_pos, guint32, start + m) - g_array_index (text->utf8_pos, guint32, start) == exact_len &&
      memcmp (char_ptr (text, start), exact, exact_len) == 0)
    {
      match->state = DOSSIER_ANCHOR_POSITION;
      match->start = start;
      match->end = start + m;
      match->similarity = 1.0;
      return TRUE;
    }

  /* 2. The quote elsewhere; valid UTF-8 only matches at character starts. */
  for (const char *at = memmem (hay, text->utf8->len, exact, exact_len);
       at != NULL;
       at = memmem (at + 1, text->utf8->len - (at + 1 - hay), exact, exact_len))
    {
      guint pos = utf8_to_char (text, at - hay);
      guint score = context_score (text, pos, pos + m, prefix, suffix);

      if (!found || score > best_score ||
          (score == best_score && distance (pos, start) < distance (best_pos, start)))
        {
          found = TRUE;
          best_score = score;
          best_pos = pos;
        }
      if (at + 1 >= hay + text->utf8->len)
        break;
    }
  if (found)
    {
      match->state = DOSSIER_ANCHOR_QUOTE;
      match->start = best_pos;
      match->end = best_pos + m;
      match->similarity = 1.0;
      return TRUE;
    }

  /* 3. Fuzzy: the quote itself must be similar enough. */
  {
    g_autofree gunichar *p = g_utf8_to_ucs4_fast (exact, -1, NULL);
    g_autofree gunichar *t = g_utf8_to_ucs4_fast (hay, text->utf8->len, NULL);
    guint k = (guint) (m * (1.0 - DOSSIER_ANCHOR_MIN_SIMILARITY) + 1e-9);
    guint s = 0, e = 0, cost = G_MAXUINT;

    /* Edits usually leave a passage near where it was: look there first,
     * so that a long file is only scanned when the passage moved far. */
    gint64 lo = start >= 0 ? MAX (0, start - 2 * (gint64) m - 4096) : 0;
    gint64 hi = start >= 0 ? MIN ((gint64) n, start + 3 * (gint64) m + 4096) : (gint64) n;
    gboolean near = lo > 0 || hi < n;

    if (near && fuzzy_find (p, m, t + lo, hi - lo, k, start - lo, &s, &e, &cost))
      {
        s += lo;
        e += lo;
      }
    if ((near && cost <= k && e > s) || fuzzy_find (p, m, t, n, k, start, &s, &e, &cost))
      {
        match->state = DOSSIER_ANCHOR_FUZZY;
        match->start = s;
        match->end = e;
        match->similarity = 1.0 - (double) cost / m;
        return TRUE;
      }
  }
  return FALSE;
}

void
dossier_anchor_clear (DossierAnchor *anchor)
{
  g_clear_object (&anchor->article);
  g_clear_pointer (&anchor->passage, g_free);
  memset (anchor, 0, sizeof *anchor);
  anchor->state = DOSSIER_ANCHOR_ORPHANED;
}

/* Anchorer */

struct _DossierAnchorer
{
  DossierCorpus *corpus;
  GHashTable *texts;    /* article path → DossierFileText */
  GHashTable *by_hash;  /* content hash → GPtrArray of DossierArticle, built on first use */
};

/**
 * dossier_anchorer_new:
 *
 * Returns: (transfer full): an anchorer for the articles of @corpus
 */
DossierAnchorer *
dossier_anchorer_new (DossierCorpus *corpus)
{
  DossierAnchorer *self = g_new0 (DossierAnchorer, 1);

  self->corpus = corpus ? g_object_ref (corpus) : NULL;
  self->texts = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, (GDestroyNotify) dossier_file_text_free);
  return self;
}

void
dossier_anchorer_free (DossierAnchorer *self)
{
  if (self == NULL)
    return;
  g_clear_object (&self->corpus);
  g_hash_table_unref (self->texts);
  g_clear_pointer (&self->by_hash, g_hash_table_unref);
  g_free (self);
}

DossierCorpus *
dossier_anchorer_get_corpus (DossierAnchorer *self)
{
  return self->corpus;
}

/**
 * dossier_anchorer_get_file_text:
 *
 * Reads @article's file again (articles keep only their clean text).
 *
 * Returns: (transfer none) (nullable): its text
 */
const DossierFileText *
dossier_anchorer_get_file_text (DossierAnchorer  *self,
                                DossierArticle   *article,
                                GError          **error)
{
  DossierFileText *text = g_hash_table_lookup (self->texts, dossier_article_get_path (article));
  g_autofree char *data = NULL;
  gsize len = 0;

  if (text != NULL)
    return text;
  if (dossier_article_get_file (article) == NULL)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND, _("The article has no file"));
      return NULL;
    }
  if (!g_file_load_contents (dossier_article_get_file (article), NULL, &data, &len, NULL, error))
    return NULL;
  text = dossier_file_text_new (data, len);
  g_hash_table_insert (self->texts, g_strdup (dossier_article_get_path (article)), text);
  return text;
}

static int
compare_paths (gconstpointer a,
               gconstpointer b)
{
  return strcmp (dossier_article_get_path (*(DossierArticle **) a),
                 dossier_article_get_path (*(DossierArticle **) b));
}

static const char *
base_name (const char *path)
{
  const char *slash = strrchr (path, '/');
  return slash ? slash + 1 : path;
}

/**
 * dossier_anchorer_find_by_hash:
 * @path: (nullable): the path the file had: among several files with
 *   @hash, one with the same file name wins
 *
 * Returns: (transfer none) (nullable): an article whose file has @hash
 */
DossierArticle *
dossier_anchorer_find_by_hash (DossierAnchorer *self,
                               const char      *hash,
                               const char      *path)
{
  GPtrArray *list;

  if (self->corpus == NULL || hash == NULL || *hash == '\0')
    return NULL;
  if (self->by_hash == NULL)
    {
      GListModel *model = G_LIST_MODEL (self->corpus);

      self->by_hash = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, (GDestroyNotify) g_ptr_array_unref);
      for (guint i = 0; i < g_list_model_get_n_items (model); i++)
        {
          DossierArticle *a = dossier_corpus_get_article (self->corpus, i);
          const char *h = dossier_article_get_content_hash (a);

          list = g_hash_table_lookup (self->by_hash, h);
          if (list == NULL)
            {
              list = g_ptr_array_new ();
              g_hash_table_insert (self->by_hash, (gpointer) h, list);
            }
          g_ptr_array_add (list, a);
        }
      /* Sorted by path so that the choice does not depend on load order. */
      {
        GHashTableIter iter;
        gpointer value;

        g_hash_table_iter_init (&iter, self->by_hash);
        while (g_hash_table_iter_next (&iter, NULL, &value))
          g_ptr_array_sort (value, compare_paths);
      }
    }

  list = g_hash_table_lookup (self->by_hash, hash);
  if (list == NULL || list->len == 0)
    return NULL;
  if (path != NULL)
    {
      for (guint i = 0; i < list->len; i++)
        if (g_str_equal (dossier_article_get_path (g_ptr_array_index (list, i)), path))
          return g_ptr_array_index (list, i);
      for (guint i = 0; i < list->len; i++)
        if (g_str_equal (base_name (dossier_article_get_path (g_ptr_array_index (list, i))), base_name (path)))
          return g_ptr_array_index (list, i);
    }
  return g_ptr_array_index (list, 0);
}

/* The passage [@start, @end) of the file's text as a range of the
 * article's analysed text, when any of it is there. */
static gboolean
chars_to_text (DossierArticle        *article,
               const DossierFileText *text,
               guint                  start,
               guint                  end,
               gsize                 *text_start,
               gsize                 *text_end)
{
  const DossierMappedText *map = dossier_article_get_map (article);
  const char *analysed = dossier_article_get_text (article);
  gsize fs = dossier_file_text_char_to_byte (text, start);
  gsize fe = dossier_file_text_char_to_byte (text, end);
  gsize ts = 0, te = 0;

  if (fe <= fs)
    return FALSE;
  dossier_mapped_text_source_to_text (map, fs, &ts);
  if (dossier_mapped_text_source_to_text (map, fe - 1, &te))
    {
      if (analysed[te])
        te = g_utf8_next_char (analysed + te) - analysed;
    }
  *text_start = ts;
  *text_end = te;
  return ts < te;
}

/**
 * dossier_anchorer_resolve:
 * @anchor: (out caller-allocates): where the note is; clear it with
 *   dossier_anchor_clear()
 *
 * Finds @note in its file, or, when that file is gone or no longer holds
 * the passage, in a file of the folder with the note's hash (a moved or
 * renamed file). Whatever cannot be found is orphaned. A note without a
 * quote is on the whole file: it is found when its file is.
 */
void
dossier_anchorer_resolve (DossierAnchorer *self,
                          DossierNote     *note,
                          DossierAnchor   *anchor)
{
  DossierArticle *candidates[2] = { NULL, NULL };

  memset (anchor, 0, sizeof *anchor);
  anchor->state = DOSSIER_ANCHOR_ORPHANED;
  if (self->corpus == NULL)
    return;

  candidates[0] = dossier_corpus_find_article (self->corpus, dossier_note_get_path (note));

  for (guint i = 0; i < G_N_ELEMENTS (candidates); i++)
    {
      const DossierFileText *text;
      DossierAnchorMatch match;

      /* The hash is only looked up when the note's own file failed. */
      if (i == 1)
        {
          candidates[1] = dossier_anchorer_find_by_hash (self, dossier_note_get_hash (note), dossier_note_get_path (note));
          if (candidates[1] == candidates[0])
            candidates[1] = NULL;
        }
      if (candidates[i] == NULL)
        continue;
      if (*dossier_note_get_exact (note) == '\0')
        {
          /* A note on the whole file: found with the file. */
          anchor->state = DOSSIER_ANCHOR_POSITION;
          anchor->article = g_object_ref (candidates[i]);
          anchor->path = dossier_article_get_path (candidates[i]);
          anchor->moved = i == 1;
          anchor->similarity = 1.0;
          return;
        }
      text = dossier_anchorer_get_file_text (self, candidates[i], NULL);
      if (text == NULL)
        continue;
      if (!dossier_anchor_find (text, dossier_note_get_exact (note), dossier_note_get_prefix (note),
                                dossier_note_get_suffix (note), dossier_note_get_start (note),
                                dossier_note_get_end (note), &match))
        continue;

      anchor->state = match.state;
      anchor->article = g_object_ref (candidates[i]);
      anchor->path = dossier_article_get_path (candidates[i]);
      anchor->moved = i == 1;
      anchor->start = match.start;
      anchor->end = match.end;
      anchor->similarity = match.similarity;
      anchor->passage = dossier_file_text_dup_range (text, match.start, match.end);
      anchor->in_text = chars_to_text (candidates[i], text, match.start, match.end,
                                       &anchor->text_start, &anchor->text_end);
      return;
    }
}

/**
 * dossier_anchorer_dup_entities:
 *
 * Returns: (transfer full): the canonical names of the entities mentioned
 *   in the passage [@start, @end) of @article's file text (the surface text
 *   for mentions not linked to an entity)
 */
GStrv
dossier_anchorer_dup_entities (DossierAnchorer *self,
                               DossierArticle  *article,
                               guint            start,
                               guint            end)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  const DossierFileText *text = dossier_anchorer_get_file_text (self, article, NULL);
  const DossierMention *mentions;
  const char *analysed = dossier_article_get_text (article);
  guint n_mentions = 0;
  gsize fs, fe;

  if (text == NULL)
    return g_strv_builder_end (builder);
  fs = dossier_file_text_char_to_byte (text, start);
  fe = dossier_file_text_char_to_byte (text, end);
  mentions = dossier_article_get_mentions (article, &n_mentions);
  for (guint i = 0; i < n_mentions; i++)
    {
      const DossierMention *mention = &mentions[i];
      DossierEntity *entity = NULL;
      g_autofree char *name = NULL;
      gsize ms, me;

      dossier_article_text_to_file (article, mention->start, mention->end, &ms, &me);
      if (!(ms < fe && me > fs))
        continue;
      if (mention->entity != DOSSIER_NO_ENTITY && self->corpus)
        entity = dossier_corpus_get_entity_by_id (self->corpus, mention->entity);
      if (entity)
        name = g_strdup (dossier_entity_get_name (entity));
      else
        name = g_strndup (analysed + mention->start, mention->end - mention->start);
      if (g_hash_table_contains (seen, name))
        continue;
      g_strv_builder_add (builder, name);
      g_hash_table_add (seen, g_steal_pointer (&name));
    }
  return g_strv_builder_end (builder);
}

/**
 * dossier_anchorer_set_target_chars:
 *
 * Points @note at the code points [@start, @end) of @article's file text:
 * sets its path, hash, selectors and the entities the passage mentions.
 */
gboolean
dossier_anchorer_set_target_chars (DossierAnchorer  *self,
                                   DossierNote      *note,
                                   DossierArticle   *article,
                                   guint             start,
                                   guint             end,
                                   GError          **error)
{
  const DossierFileText *text = dossier_anchorer_get_file_text (self, article, error);
  g_autofree char *exact = NULL, *prefix = NULL, *suffix = NULL;
  g_auto(GStrv) entities = NULL;

  if (text == NULL)
    return FALSE;
  end = MIN (end, dossier_file_text_get_length (text));
  if (start >= end)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT, _("The passage is empty"));
      return FALSE;
    }
  dossier_anchor_describe (text, start, end, &exact, &prefix, &suffix);
  dossier_note_set_path (note, dossier_article_get_path (article));
  dossier_note_set_hash (note, dossier_article_get_content_hash (article));
  dossier_note_set_quote (note, exact, prefix, suffix);
  dossier_note_set_position (note, start, end);
  entities = dossier_anchorer_dup_entities (self, article, start, end);
  dossier_note_set_entities (note, (const char * const *) entities);
  return TRUE;
}

/**
 * dossier_anchorer_set_target:
 * @text_start: start of the selection, a byte offset into
 *   dossier_article_get_text()
 * @text_end: its end (exclusive)
 *
 * Points @note at a selection made in the reader.
 */
gboolean
dossier_anchorer_set_target (DossierAnchorer  *self,
                             DossierNote      *note,
                             DossierArticle   *article,
                             gsize             text_start,
                             gsize             text_end,
                             GError          **error)
{
  const DossierFileText *text = dossier_anchorer_get_file_text (self, article, error);
  gsize fs, fe;

  if (text == NULL)
    return FALSE;
  dossier_article_text_to_file (article, text_start, text_end, &fs, &fe);
  return dossier_anchorer_set_target_chars (self, note, article,
                                            dossier_file_text_byte_to_char (text, fs, FALSE),
                                            dossier_file_text_byte_to_char (text, fe, TRUE),
                                            error);
}

/**
 * dossier_anchorer_find_quote:
 *
 * Finds the first occurrence of @quote in @article, as it reads in the
 * reader (the analysed text) or else in the file's text.
 *
 * Returns: whether it was found; @start and @end are code points of the
 *   file's text
 */
gboolean
dossier_anchorer_find_quote (DossierAnchorer *self,
                             DossierArticle  *article,
                             const char      *quote,
                             guint           *start,
                             guint           *end)
{
  const DossierFileText *text = dossier_anchorer_get_file_text (self, article, NULL);
  const char *analysed = dossier_article_get_text (article);
  const char *at;

  if (text == NULL || quote == NULL || *quote == '\0')
    return FALSE;
  at = strstr (analysed, quote);
  if (at != NULL)
    {
      gsize fs, fe;

      dossier_article_text_to_file (article, at - analysed, at - analysed + strlen (quote), &fs, &fe);
      *start = dossier_file_text_byte_to_char (text, fs, FALSE);
      *end = dossier_file_text_byte_to_char (text, fe, TRUE);
      return *start < *end;
    }
  at = strstr (text->utf8->str, quote);
  if (at != NULL)
    {
      *start = utf8_to_char (text, at - text->utf8->str);
      *end = *start + g_utf8_strlen (quote, -1);
      return TRUE;
    }
  return FALSE;
}
