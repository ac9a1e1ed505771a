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

/* Records that the last @text_len bytes of the text (already appended) stand
 * for source bytes [@src_start, @src_start + @src_len); for a replacement,
 * as a series of replacements of @unit_text_len bytes for @unit_src_len
 * source bytes each. */
static void
push_units (DossierMappedText *self,
            gsize              text_len,
            gsize              src_start,
            gsize              src_len,
            gboolean           identity,
            gsize              unit_text_len,
            gsize              unit_src_len)
{
  DossierMapRun run;

  if (text_len == 0)
    return;

  /* Sources are at most 64 MB (DOSSIER_MAX_FILE_SIZE) and texts a few times
   * that: offsets fit 32 bits. Past that the map would be wrong, so stop. */
  g_assert (unit_text_len > 0);
  g_assert (self->text->len <= G_MAXUINT32 && src_start + src_len <= G_MAXUINT32);

  if (self->runs->len > 0)
    {
      DossierMapRun *last = &g_array_index (self->runs, DossierMapRun, self->runs->len - 1);
      gboolean contiguous = last->src_start + last->src_len == src_start &&
                            last->text_start + last->text_len == self->text->len - text_len;

      /* Keep the map short: contiguous identity runs become one, and so do
       * contiguous replacements of the same shape (synthetic text, with no
       * source, is left alone). */
      if (contiguous && identity && last->identity)
        {
          last->text_len += text_len;
          last->src_len += src_len;
          return;
        }
      if (contiguous && !identity && !last->identity && unit_src_len > 0 &&
          last->unit_text_len == unit_text_len && last->unit_src_len == unit_src_len)
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
  run.unit_text_len = identity ? 1 : unit_text_len;
  run.unit_src_len = identity ? 1 : unit_src_len;
  g_array_append_val (self->runs, run);
}

static void
push_run (DossierMappedText *self,
          gsize              text_len,
          gsize              src_start,
          gsize              src_len,
          gboolean           identity)
{
  push_units (self, text_len, src_start, src_len, identity, text_len, src_len);
}

/* Appends the text bytes [@a, @b) of @run, a run of @text, keeping their map:
 * a slice of a replacement run keeps whole replacements, and a replacement
 * cut in the middle maps to the whole of its source. */
static void
append_run_slice (DossierMappedText   *self,
                  const char          *text,
                  const DossierMapRun *run,
                  gsize                a,
                  gsize                b)
{
  gsize ut = run->unit_text_len, us = run->unit_src_len;

  if (a >= b)
    return;
  if (run->identity)
    {
      g_string_append_len (self->text, text + a, b - a);
      push_run (self, b - a, run->src_start + (a - run->text_start), b - a, TRUE);
      return;
    }

  while (a < b)
    {
      gsize rel = a - run->text_start;
      gsize unit = rel / ut;
      gsize unit_end = run->text_start + (unit + 1) * ut;

      if (rel % ut == 0 && unit_end <= b)
        {
          /* Whole replacements, as many as fit. */
          gsize n = (b - a) / ut;

          g_string_append_len (self->text, text + a, n * ut);
          push_units (self, n * ut, run->src_start + unit * us, n * us, FALSE, ut, us);
          a += n * ut;
        }
      else
        {
          /* Part of one replacement: stands for all of its source. */
          gsize end = MIN (b, unit_end);

          g_string_append_len (self->text, text + a, end - a);
          push_units (self, end - a, run->src_start + unit * us, us, FALSE, end - a, us);
          a = end;
        }
    }
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

  /* Between two replacements of the run, or inside one: then its start,
   * or its end for the end of a range. */
  {
    gsize rel = offset - run->text_start;
    gsize base = run->src_start + (rel / run->unit_text_len) * run->unit_src_len;

    if (rel % run->unit_text_len == 0)
      return base;
    return is_end ? base + run->unit_src_len : base;
  }
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
            *offset = run->text_start +
                      (run->identity ? src_offset - run->src_start
                                     : (src_offset - run->src_start) / run->unit_src_len * run->unit_text_len);
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

      append_run_slice (self, other->text->str, run, a, b);
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
            {
              last->src_len = keep;
              last->text_len = keep;
            }
          else
            {
              gsize whole = keep / last->unit_text_len;
              gsize rest = keep % last->unit_text_len;
              DossierMapRun part = *last;

              /* Whole replacements stay; a cut one stands for all its source. */
              last->text_len = whole * last->unit_text_len;
              last->src_len = whole * last->unit_src_len;
              part.text_start = last->text_start + last->text_len;
              part.text_len = rest;
              part.src_start = last->src_start + last->src_len;
              part.src_len = last->unit_src_len;
              part.unit_text_len = rest;
              if (last->text_len == 0)
                g_array_set_size (self->runs, self->runs->len - 1);
              if (rest > 0)
                g_array_append_val (self->runs, part);
            }
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
          gsize ut = run->unit_text_len, us = run->unit_src_len;

          /* Each replacement of the run maps through @inner on its own; the
           * results merge again when they have the same shape. */
          for (gsize t = 0; t < run->text_len; t += ut)
            {
              gsize src = run->src_start + (t / ut) * us;
              gsize s, e;

              if (us == 0)
                {
                  s = dossier_mapped_text_to_source (inner, src, src > 0);
                  e = s;
                }
              else
                dossier_mapped_text_range_to_source (inner, src, src + us, &s, &e);
              g_string_append_len (self->text, piece + t, ut);
              push_units (self, ut, s, e - s, FALSE, ut, e - s);
            }
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
          append_run_slice (self, inner->text->str, in, a, b);
        }
    }

  /* The outer text is the authority; inner pieces only provide the map. */
  g_assert (self->text->len == outer->text->len);
  return self;
}
