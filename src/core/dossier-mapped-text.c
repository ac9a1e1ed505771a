/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "dossier-mapped-text"

#include "config.h"

#include <string.h>

#include "dossier-mapped-text.h"

struct _DossierMappedText
{
  GString *text;
  GArray  *runs; /* DossierMapRun, sorted by text_start, covering the text */
};

DossierMappedText *
dossier_mapped_text_new (void)
{
  DossierMappedText *self = g_new0 (DossierMappedText, 1);

  self->text = g_string_new (NULL);
  self->runs = g_array_new (FALSE, FALSE, sizeof (DossierMapRun));
  return self;
}

void
dossier_mapped_text_free (DossierMappedText *self)
{
  if (self == NULL)
    return;
  g_string_free (self->text, TRUE);
  g_array_unref (self->runs);
  g_free (self);
}

const char *
dossier_mapped_text_get_text (const DossierMappedText *self)
{
  return self->text->str;
}

gsize
dossier_mapped_text_get_length (const DossierMappedText *self)
{
  return self->text->len;
}

guint
dossier_mapped_text_get_n_runs (const DossierMappedText *self)
{
  return self->runs->len;
}

const DossierMapRun *
dossier_mapped_text_get_run (const DossierMappedText *self,
                             guint                    i)
{
  g_return_val_if_fail (i < self->runs->len, NULL);
  return &g_array_index (self->runs, DossierMapRun, i);
}

static void
push_run (DossierMappedText *self,
          gsize              text_len,
          gsize              src_start,
          gsize              src_len,
          gboolean           identity)
{
  DossierMapRun run;

  if (text_len == 0)
    return;

  /* Keep the map short: contiguous identity runs become one. */
  if (identity && self->runs->len > 0)
    {
      DossierMapRun *last = &g_array_index (self->runs, DossierMapRun, self->runs->len - 1);

      if (last->identity && last->src_start + last->src_len == src_start &&
          last->text_start + last->text_len == self->text->len - text_len)
        {
          last->text_len += text_len;
          last->src_len += src_len;
          return;
        }
    }

  run.text_start = self->text->len - text_len;
  run.text_len = text_len;
  run.src_start = src_start;
  run.src_len = src_len;
  run.identity = identity;
  g_array_append_val (self->runs, run);
}

/**
 * dossier_mapped_text_append_source:
 * @src: the source string, indexed by @src_start
 *
 * Appends @len bytes of @src verbatim; they map one to one.
 */
void
dossier_mapped_text_append_source (DossierMappedText *self,
                                   const char        *src,
                                   gsize              src_start,
                                   gsize              len)
{
  if (len == 0)
    return;
  g_string_append_len (self->text, src + src_start, len);
  push_run (self, len, src_start, len, TRUE);
}

/**
 * dossier_mapped_text_append_replacement:
 *
 * Appends @text, which stands for the source bytes
 * [@src_start, @src_start + @src_len).
 */
void
dossier_mapped_text_append_replacement (DossierMappedText *self,
                                        const char        *text,
                                        gssize             text_len,
                                        gsize              src_start,
                                        gsize              src_len)
{
  if (text_len < 0)
    text_len = strlen (text);
  if (text_len == 0)
    return;
  g_string_append_len (self->text, text, text_len);
  push_run (self, text_len, src_start, src_len, FALSE);
}

/**
 * dossier_mapped_text_append_synthetic:
 *
 * Appends @text that has no source (a separator). It maps to the empty source
 * range at the end of what came before.
 */
void
dossier_mapped_text_append_synthetic (DossierMappedText *self,
                                      const char        *text)
{
  gsize at = 0;

  if (self->runs->len > 0)
    {
      const DossierMapRun *last = &g_array_index (self->runs, DossierMapRun, self->runs->len - 1);
      at = last->src_start + last->src_len;
    }
  dossier_mapped_text_append_replacement (self, text, -1, at, 0);
}

static guint
find_run (const DossierMappedText *self,
          gsize                    offset)
{
  guint lo = 0, hi = self->runs->len;

  /* Last run whose text_start <= offset. */
  while (hi - lo > 1)
    {
      guint mid = (lo + hi) / 2;

      if (g_array_index (self->runs, DossierMapRun, mid).text_start <= offset)
        lo = mid;
      else
        hi = mid;
    }
  return lo;
}

/**
 * dossier_mapped_text_to_source:
 * @offset: a byte offset into the text, at most its length
 * @is_end: whether @offset ends a range (then it maps to the end of the
 *   source of the byte before it)
 *
 * Returns: the matching byte offset in the source
 */
gsize
dossier_mapped_text_to_source (const DossierMappedText *self,
                               gsize                    offset,
                               gboolean                 is_end)
{
  const DossierMapRun *run;

  if (self->runs->len == 0)
    return 0;

  if (is_end && offset > 0)
    {
      run = &g_array_index (self->runs, DossierMapRun, find_run (self, offset - 1));
      if (offset >= run->text_start + run->text_len)
        return run->src_start + run->src_len;
    }
  else
    {
      if (offset >= self->text->len)
        {
          run = &g_array_index (self->runs, DossierMapRun, self->runs->len - 1);
          return run->src_start + run->src_len;
        }
      run = &g_array_index (self->runs, DossierMapRun, find_run (self, offset));
    }

  if (run->identity)
    return run->src_start + MIN (offset - run->text_start, run->src_len);
  if (offset == run->text_start)
    return run->src_start;
  return is_end ? run->src_start + run->src_len : run->src_start;
}

void
dossier_mapped_text_range_to_source (const DossierMappedText *self,
                                     gsize                    start,
                                     gsize                    end,
                                     gsize                   *src_start,
                                     gsize                   *src_end)
{
  gsize s = dossier_mapped_text_to_source (self, start, FALSE);
  gsize e = end > start ? dossier_mapped_text_to_source (self, end, TRUE) : s;

  if (e < s)
    e = s;
  if (src_start)
    *src_start = s;
  if (src_end)
    *src_end = e;
}

/**
 * dossier_mapped_text_source_to_text:
 *
 * Finds the text offset of source byte @src_offset. Returns %FALSE when that
 * byte did not make it into the text (it was dropped as markup or cruft); then
 * @offset is the text offset of the next source byte that did, if any.
 */
gboolean
dossier_mapped_text_source_to_text (const DossierMappedText *self,
                                    gsize                    src_offset,
                                    gsize                   *offset)
{
  gsize best = self->text->len;
  gsize best_src = G_MAXSIZE;

  for (guint i = 0; i < self->runs->len; i++)
    {
      const DossierMapRun *run = &g_array_index (self->runs, DossierMapRun, i);

      if (src_offset >= run->src_start && src_offset < run->src_start + run->src_len)
        {
          if (offset)
            *offset = run->identity ? run->text_start + (src_offset - run->src_start) : run->text_start;
          return TRUE;
        }
      if (run->src_start > src_offset && run->src_start < best_src && run->src_len > 0)
        {
          best_src = run->src_start;
          best = run->text_start;
        }
    }
  if (offset)
    *offset = best;
  return FALSE;
}

/**
 * dossier_mapped_text_append_mapped:
 *
 * Appends the text [@start, @end) of @other, keeping its map to the shared
 * source. Both must map into the same source.
 */
void
dossier_mapped_text_append_mapped (DossierMappedText       *self,
                                   const DossierMappedText *other,
                                   gsize                    start,
                                   gsize                    end)
{
  end = MIN (end, other->text->len);
  if (start >= end)
    return;

  for (guint i = find_run (other, start); i < other->runs->len; i++)
    {
      const DossierMapRun *run = &g_array_index (other->runs, DossierMapRun, i);
      gsize a = MAX (start, run->text_start);
      gsize b = MIN (end, run->text_start + run->text_len);

      if (run->text_start >= end)
        break;
      if (a >= b)
        continue;

      if (run->identity)
        {
          g_string_append_len (self->text, other->text->str + a, b - a);
          push_run (self, b - a, run->src_start + (a - run->text_start), b - a, TRUE);
        }
      else
        {
          g_string_append_len (self->text, other->text->str + a, b - a);
          push_run (self, b - a, run->src_start, run->src_len, FALSE);
        }
    }
}

gboolean
dossier_mapped_text_ends_with (const DossierMappedText *self,
                               const char              *suffix)
{
  gsize n = strlen (suffix);

  return self->text->len >= n && memcmp (self->text->str + self->text->len - n, suffix, n) == 0;
}

/**
 * dossier_mapped_text_truncate:
 *
 * Drops the text from @len on, with its map.
 */
void
dossier_mapped_text_truncate (DossierMappedText *self,
                              gsize              len)
{
  if (len >= self->text->len)
    return;

  while (self->runs->len > 0)
    {
      DossierMapRun *last = &g_array_index (self->runs, DossierMapRun, self->runs->len - 1);

      if (last->text_start >= len)
        {
          g_array_set_size (self->runs, self->runs->len - 1);
          continue;
        }
      if (last->text_start + last->text_len > len)
        {
          gsize keep = len - last->text_start;

          if (last->identity)
            last->src_len = keep;
          last->text_len = keep;
        }
      break;
    }
  g_string_truncate (self->text, len);
}

/**
 * dossier_mapped_text_compose:
 * @outer: text whose source is the text of @inner
 * @inner: text whose source is the original file
 *
 * Returns: a copy of @outer's text mapped straight to @inner's source.
 */
DossierMappedText *
dossier_mapped_text_compose (const DossierMappedText *outer,
                             const DossierMappedText *inner)
{
  DossierMappedText *self = dossier_mapped_text_new ();

  for (guint i = 0; i < outer->runs->len; i++)
    {
      const DossierMapRun *run = &g_array_index (outer->runs, DossierMapRun, i);
      const char *piece = outer->text->str + run->text_start;

      if (!run->identity)
        {
          gsize s, e;

          dossier_mapped_text_range_to_source (inner, run->src_start, run->src_start + run->src_len, &s, &e);
          if (run->src_len == 0)
            {
              s = dossier_mapped_text_to_source (inner, run->src_start, run->src_start > 0);
              e = s;
            }
          g_string_append_len (self->text, piece, run->text_len);
          push_run (self, run->text_len, s, e - s, FALSE);
          continue;
        }

      /* An identity run of the outer text spans inner runs: split along them. */
      for (guint j = find_run (inner, run->src_start); j < inner->runs->len; j++)
        {
          const DossierMapRun *in = &g_array_index (inner->runs, DossierMapRun, j);
          gsize a = MAX (run->src_start, in->text_start);
          gsize b = MIN (run->src_start + run->src_len, in->text_start + in->text_len);

          if (in->text_start >= run->src_start + run->src_len)
            break;
          if (a >= b)
            continue;

          g_string_append_len (self->text, inner->text->str + a, b - a);
          if (in->identity)
            push_run (self, b - a, in->src_start + (a - in->text_start), b - a, TRUE);
          else
            push_run (self, b - a, in->src_start, in->src_len, FALSE);
        }
    }

  /* The outer text is the authority; inner pieces only provide the map. */
  g_assert (self->text->len == outer->text->len);
  return self;
}
