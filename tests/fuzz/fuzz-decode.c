/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The decoder under every reader: UTF-8 repair, UTF-16, windows-1252, and
 * the map back to the file's bytes. The first byte picks the declared
 * charset, as an HTML reader would pass one. */

#include "fuzz-common.h"

int LLVMFuzzerTestOneInput (const uint8_t *data, size_t size);

/* Decoded characters come each from their own source bytes, in order: the
 * map must tell every character's bytes apart, even where a run stands for
 * many replacements (UTF-16, runs of invalid bytes). */
static void
check_char_map (const DossierMappedText *map)
{
  const char *text = dossier_mapped_text_get_text (map);
  gsize len = dossier_mapped_text_get_length (map);
  gsize prev_end = 0;

  for (const char *p = text; p < text + len; p = g_utf8_next_char (p))
    {
      gsize o = p - text;
      gsize s, e;

      dossier_mapped_text_range_to_source (map, o, g_utf8_next_char (p) - text, &s, &e);
      FUZZ_CHECK (s < e);
      FUZZ_CHECK (s >= prev_end);
      prev_end = e;
    }
}

typedef struct
{
  gsize start, end;         /* in the new text */
  gsize src_start, src_end; /* what the piece maps to through the original */
} Piece;

static guint32
next_random (guint32 *state)
{
  *state = *state * 1664525u + 1013904223u;
  return *state >> 8;
}

/* A character boundary of @text at or after @at. */
static gsize
char_boundary (const char *text,
               gsize       len,
               gsize       at)
{
  while (at < len && ((guchar) text[at] & 0xC0) == 0x80)
    at++;
  return MIN (at, len);
}

/* What parsers do with a decoded text: copy pieces of it (append_mapped),
 * replace characters by other text (compose), cut the end (truncate). Each
 * piece must map to the same source bytes as it did in the decoded text. */
static void
check_slices (const DossierMappedText *map,
              const char              *src,
              gsize                    src_len)
{
  const char *text = dossier_mapped_text_get_text (map);
  gsize len = dossier_mapped_text_get_length (map);
  g_autoptr(DossierMappedText) copy = dossier_mapped_text_new ();
  g_autoptr(DossierMappedText) outer = dossier_mapped_text_new ();
  g_autoptr(DossierMappedText) composed = NULL;
  g_autoptr(GArray) pieces = g_array_new (FALSE, FALSE, sizeof (Piece));
  g_autoptr(GArray) outer_pieces = g_array_new (FALSE, FALSE, sizeof (Piece));
  guint32 state = (guint32) len * 2654435761u + (src_len ? (guchar) src[src_len / 2] : 0);

  if (len == 0)
    return;

  /* Random char-aligned pieces, in any order. */
  for (guint i = 0; i < 8; i++)
    {
      gsize a = char_boundary (text, len, next_random (&state) % len);
      gsize b = char_boundary (text, len, a + next_random (&state) % (len - a + 1));
      Piece piece;

      piece.start = dossier_mapped_text_get_length (copy);
      dossier_mapped_text_append_mapped (copy, map, a, b);
      piece.end = dossier_mapped_text_get_length (copy);
      FUZZ_CHECK (piece.end - piece.start == b - a);
      dossier_mapped_text_range_to_source (map, a, b, &piece.src_start, &piece.src_end);
      g_array_append_val (pieces, piece);
    }
  fuzz_check_map (copy, src, src_len);
  for (guint i = 0; i < pieces->len; i++)
    {
      Piece *piece = &g_array_index (pieces, Piece, i);
      gsize s, e;

      if (piece->start == piece->end)
        continue;
      dossier_mapped_text_range_to_source (copy, piece->start, piece->end, &s, &e);
      FUZZ_CHECK (s == piece->src_start && e == piece->src_end);
    }

  /* Cut inside the last non-empty piece, at a character boundary. */
  for (guint i = pieces->len; i > 0; i--)
    {
      Piece *piece = &g_array_index (pieces, Piece, i - 1);
      const char *ct = dossier_mapped_text_get_text (copy);
      gsize cut, s, e, os, oe;

      if (piece->start == piece->end)
        continue;
      cut = char_boundary (ct, piece->end, piece->start + next_random (&state) % (piece->end - piece->start));
      if (cut == piece->start)
        break;
      /* The same part of the original, before the copy is cut. */
      dossier_mapped_text_range_to_source (copy, piece->start, cut, &os, &oe);
      dossier_mapped_text_truncate (copy, cut);
      FUZZ_CHECK (dossier_mapped_text_get_length (copy) == cut);
      fuzz_check_map (copy, src, src_len);
      dossier_mapped_text_range_to_source (copy, piece->start, cut, &s, &e);
      FUZZ_CHECK (s == os && e == oe);
      break;
    }

  /* An outer text over the decoded one: copied stretches, and characters
   * replaced by "<>" (a replacement of a different length), as markup
   * cleaning does. */
  for (gsize o = 0; o < len; )
    {
      gsize next = char_boundary (text, len, o + 1 + next_random (&state) % 16);
      Piece piece;

      piece.start = dossier_mapped_text_get_length (outer);
      if (next_random (&state) % 3 == 0)
        {
          /* Each character of the stretch replaced on its own. */
          for (gsize c = o; c < next; c = char_boundary (text, len, c + 1))
            dossier_mapped_text_append_replacement (outer, "<>", 2, c, char_boundary (text, len, c + 1) - c);
        }
      else
        dossier_mapped_text_append_source (outer, text, o, next - o);
      piece.end = dossier_mapped_text_get_length (outer);
      dossier_mapped_text_range_to_source (map, o, next, &piece.src_start, &piece.src_end);
      g_array_append_val (outer_pieces, piece);
      o = next;
    }
  composed = dossier_mapped_text_compose (outer, map);
  FUZZ_CHECK (dossier_mapped_text_get_length (composed) == dossier_mapped_text_get_length (outer));
  fuzz_check_map (composed, src, src_len);
  for (guint i = 0; i < outer_pieces->len; i++)
    {
      Piece *piece = &g_array_index (outer_pieces, Piece, i);
      gsize s, e;

      dossier_mapped_text_range_to_source (composed, piece->start, piece->end, &s, &e);
      FUZZ_CHECK (s == piece->src_start && e == piece->src_end);
    }
}

static const char *charsets[] = { NULL, "windows-1252", "iso-8859-1", "utf-8", "us-ascii" };

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  static gboolean inited;
  g_autoptr(DossierMappedText) map = NULL;
  g_autofree char *copy = NULL;
  DossierDecodeFlags flags = 0;
  const char *charset = NULL;
  gsize prev_end = 0;

  if (!inited)
    {
      fuzz_init_glib ();
      inited = TRUE;
    }

  if (size > 0)
    {
      charset = charsets[data[0] % G_N_ELEMENTS (charsets)];
      data++;
      size--;
    }
  copy = fuzz_copy (data, size);

  (void) dossier_decode_looks_binary (copy, size);
  map = charset ? dossier_decode_text_as (copy, size, charset, &flags)
                : dossier_decode_text (copy, size, &flags);
  fuzz_check_map (map, copy, size);

  /* The decoder reads the file front to back: its runs never go back. */
  for (guint i = 0; i < dossier_mapped_text_get_n_runs (map); i++)
    {
      const DossierMapRun *run = dossier_mapped_text_get_run (map, i);

      FUZZ_CHECK (run->src_start >= prev_end);
      prev_end = run->src_start + run->src_len;
    }

  /* Plain printable ASCII comes out unchanged, as one identity run. */
  {
    gboolean plain = TRUE;

    for (gsize i = 0; i < size && plain; i++)
      plain = (copy[i] >= 0x20 && copy[i] < 0x7f) || copy[i] == '\n';
    if (plain)
      {
        FUZZ_CHECK (flags == DOSSIER_DECODE_NONE);
        FUZZ_CHECK (dossier_mapped_text_get_length (map) == size);
        FUZZ_CHECK (dossier_mapped_text_get_n_runs (map) == (size > 0 ? 1 : 0));
      }
  }

  check_char_map (map);
  check_slices (map, copy, size);
  return 0;
}
