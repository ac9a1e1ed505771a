/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "dossier-decode"

#include "config.h"

#include <string.h>

#include "dossier-decode.h"
#include "dossier-decode-private.h"

/* windows-1252 bytes 0x80..0x9F; the rest of the upper half is Latin-1. */
static const gunichar cp1252_high[32] = {
  0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
  0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0xFFFD, 0x017D, 0xFFFD,
  0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
  0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0xFFFD, 0x017E, 0x0178,
};

/**
 * dossier_decode_looks_binary:
 *
 * Whether @data is not text: NUL bytes (outside UTF-16) or many control
 * characters in its first 8 KiB.
 */
gboolean
dossier_decode_looks_binary (const char *data,
                             gsize       len)
{
  gsize n = MIN (len, 8192);
  gsize controls = 0;

  if (len >= 2 && (((guchar) data[0] == 0xFF && (guchar) data[1] == 0xFE) ||
                   ((guchar) data[0] == 0xFE && (guchar) data[1] == 0xFF)))
    return FALSE;

  for (gsize i = 0; i < n; i++)
    {
      guchar c = data[i];

      if (c == 0)
        return TRUE;
      if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' && c != 0x1b)
        controls++;
    }
  return n > 0 && controls * 20 > n;
}

typedef enum
{
  CHAR_KEEP,
  CHAR_DROP,
  CHAR_SPACE,
  CHAR_NEWLINE,
} CharClass;

static inline CharClass
classify (gunichar c)
{
  if (c < 0x80)
    {
      if (c >= 0x20 || c == '\t')
        return c == 0x7f ? CHAR_DROP : CHAR_KEEP;
      if (c == '\n' || c == '\r' || c == '\f' || c == '\v')
        return CHAR_NEWLINE;
      return CHAR_DROP;
    }
  switch (c)
    {
    case 0x00A0: case 0x1680: case 0x202F: case 0x205F: case 0x3000:
      return CHAR_SPACE;
    case 0x200B: case 0x200C: case 0x200D: case 0x2060: case 0xFEFF: case 0x00AD:
      return CHAR_DROP;
    case 0x2028: case 0x2029: case 0x0085:
      return CHAR_NEWLINE;
    default:
      break;
    }
  if (c >= 0x2000 && c <= 0x200A)
    return CHAR_SPACE;
  if (c >= 0x80 && c < 0xA0)
    return CHAR_DROP;
  return CHAR_KEEP;
}

/* Appends code point @c that stands for source bytes [@s, @s + @n). */
static void
emit (DossierMappedText *out,
      gunichar           c,
      gsize              s,
      gsize              n)
{
  char buf[8];
  int len;

  switch (classify (c))
    {
    case CHAR_DROP:
      return;
    case CHAR_SPACE:
      dossier_mapped_text_append_replacement (out, " ", 1, s, n);
      return;
    case CHAR_NEWLINE:
      dossier_mapped_text_append_replacement (out, "\n", 1, s, n);
      return;
    case CHAR_KEEP:
    default:
      len = g_unichar_to_utf8 (c, buf);
      dossier_mapped_text_append_replacement (out, buf, len, s, n);
      return;
    }
}

static guint16
utf16_unit (const char *data,
            gsize       i,
            gboolean    big_endian)
{
  return big_endian ? ((guchar) data[i] << 8) | (guchar) data[i + 1]
                    : ((guchar) data[i + 1] << 8) | (guchar) data[i];
}

/*
 * dossier_decode_utf16_next:
 * @i: (inout): the byte offset of a code unit, with @i + 1 < @len; moved
 *   past the character read
 * @invalid: (out): set to %TRUE when the character read is an unpaired
 *   surrogate, returned as U+FFFD
 *
 * Reads one character of UTF-16 text.
 */
gunichar
dossier_decode_utf16_next (const char *data,
                           gsize       len,
                           gsize      *i,
                           gboolean    big_endian,
                           gboolean   *invalid)
{
  guint16 u = utf16_unit (data, *i, big_endian);

  *i += 2;
  if (u >= 0xD800 && u <= 0xDBFF && *i + 1 < len)
    {
      guint16 lo = utf16_unit (data, *i, big_endian);

      if (lo >= 0xDC00 && lo <= 0xDFFF)
        {
          *i += 2;
          return 0x10000 + ((u - 0xD800) << 10) + (lo - 0xDC00);
        }
      *invalid = TRUE;
      return 0xFFFD;
    }
  if (u >= 0xD800 && u <= 0xDFFF)
    {
      *invalid = TRUE;
      return 0xFFFD;
    }
  return u;
}

static DossierMappedText *
decode_utf16 (const char         *data,
              gsize               len,
              gboolean            big_endian,
              DossierDecodeFlags *flags)
{
  DossierMappedText *out = dossier_mapped_text_new ();
  gsize i = 2;

  while (i + 1 < len)
    {
      gsize start = i;
      gboolean invalid = FALSE;
      gunichar c = dossier_decode_utf16_next (data, len, &i, big_endian, &invalid);

      if (invalid)
        *flags |= DOSSIER_DECODE_INVALID_UTF8;

      if (c == '\r' && i + 1 < len &&
          (big_endian ? data[i] == 0 && data[i + 1] == '\n' : data[i] == '\n' && data[i + 1] == 0))
        {
          i += 2;
          dossier_mapped_text_append_replacement (out, "\n", 1, start, 4);
          continue;
        }
      emit (out, c, start, i - start);
    }
  return out;
}

static DossierMappedText *
decode_cp1252 (const char *data,
               gsize       len)
{
  DossierMappedText *out = dossier_mapped_text_new ();
  gsize run = 0;

  for (gsize i = 0; i < len; i++)
    {
      guchar b = data[i];

      if (b >= 0x20 && b < 0x7f)
        continue;
      dossier_mapped_text_append_source (out, data, run, i - run);
      if (b == '\r' && i + 1 < len && data[i + 1] == '\n')
        {
          dossier_mapped_text_append_replacement (out, "\n", 1, i, 2);
          i++;
        }
      else if (b == '\n' || b == '\t')
        dossier_mapped_text_append_source (out, data, i, 1);
      else
        emit (out, dossier_decode_cp1252 (b), i, 1);
      run = i + 1;
    }
  dossier_mapped_text_append_source (out, data, run, len - run);
  return out;
}

gboolean
dossier_decode_has_valid_multibyte (const char *data,
                                    gsize       len)
{
  for (gsize i = 0; i < len; i++)
    {
      if ((guchar) data[i] >= 0xC2 && (guchar) data[i] <= 0xF4)
        {
          const char *end = NULL;
          gsize rest = MIN (len - i, 4);

          g_utf8_validate_len (data + i, rest, &end);
          if (end > data + i)
            return TRUE;
        }
    }
  return FALSE;
}

/* With @twice, UTF-8 that was encoded twice: each character meant keeps
 * the bytes of the characters that spell it. */
static DossierMappedText *
decode_utf8 (const char         *data,
             gsize               len,
             gsize               start,
             gboolean            twice,
             DossierDecodeFlags *flags)
{
  DossierMappedText *out = dossier_mapped_text_new ();
  gsize run = start; /* start of the pending verbatim stretch */
  gsize i = start;

  while (i < len)
    {
      guchar b = data[i];
      gunichar c;
      gsize n;

      if (b >= 0x20 && b < 0x7f)
        {
          i++;
          continue;
        }
      if (b == '\n' || b == '\t')
        {
          i++;
          continue;
        }

      if (b < 0x80)
        {
          c = b;
          n = 1;
          if (b == '\r' && i + 1 < len && data[i + 1] == '\n')
            n = 2, c = '\n';
        }
      else
        {
          const char *end = NULL;
          gsize rest = MIN (len - i, 4);

          c = g_utf8_get_char_validated (data + i, rest);
          if (c == (gunichar) -1 || c == (gunichar) -2)
            {
              /* Skip the whole bad sequence, as far as it goes. */
              g_utf8_validate_len (data + i, rest, &end);
              n = 1;
              while (i + n < len && n < 4 && ((guchar) data[i + n] & 0xC0) == 0x80)
                n++;
              dossier_mapped_text_append_source (out, data, run, i - run);
              dossier_mapped_text_append_replacement (out, "\xEF\xBF\xBD", 3, i, n);
              *flags |= DOSSIER_DECODE_INVALID_UTF8;
              i += n;
              run = i;
              continue;
            }
          /* "Ã©", "â€™": the one character they spell. */
          if (twice && (n = dossier_decode_misread_sequence (data + i, data + len, &c)) > 0)
            {
              dossier_mapped_text_append_source (out, data, run, i - run);
              emit (out, c, i, n);
              i += n;
              run = i;
              continue;
            }
          n = g_utf8_skip[b];
          if (classify (c) == CHAR_KEEP)
            {
              i += n;
              continue;
            }
        }

      dossier_mapped_text_append_source (out, data, run, i - run);
      emit (out, c, i, n);
      i += n;
      run = i;
    }
  dossier_mapped_text_append_source (out, data, run, len - run);
  return out;
}

/**
 * dossier_decode_cp1252:
 *
 * The character windows-1252 byte @b stands for: Latin-1, but for
 * 0x80..0x9F (U+FFFD for the five bytes it leaves undefined). This is also
 * what a character reference "&#150;" means on the web.
 */
gunichar
dossier_decode_cp1252 (guchar b)
{
  return b >= 0x80 && b < 0xA0 ? cp1252_high[b - 0x80] : b;
}

/* The byte a character stands for when UTF-8 was read as windows-1252
 * (or as Latin-1, which keeps 0x80..0x9F as C1 controls), or -1. */
static int
misread_byte (gunichar c)
{
  if (c >= 0x80 && c <= 0xFF)
    return c;
  for (guint k = 0; k < G_N_ELEMENTS (cp1252_high); k++)
    if (cp1252_high[k] == c && c != 0xFFFD)
      return 0x80 + k;
  return -1;
}

/*
 * dossier_decode_misread_sequence:
 *
 * Reads at @p (valid UTF-8, not ASCII) the two to four characters that spell
 * one UTF-8 sequence misread as windows-1252; sets @c to the character
 * meant. Returns the bytes read, or 0 when they spell none.
 */
gsize
dossier_decode_misread_sequence (const char *p,
                                 const char *end,
                                 gunichar   *c)
{
  guchar bytes[4];
  const char *q = p;
  gsize n;
  int lead = misread_byte (g_utf8_get_char (p));

  if (lead >= 0xC2 && lead <= 0xDF)
    n = 2;
  else if (lead >= 0xE0 && lead <= 0xEF)
    n = 3;
  else if (lead >= 0xF0 && lead <= 0xF4)
    n = 4;
  else
    return 0;

  for (gsize k = 0; k < n; k++)
    {
      int b;

      if (q >= end || (guchar) *q < 0x80)
        return 0;
      b = misread_byte (g_utf8_get_char (q));
      if (b < 0 || (k > 0 && (b & 0xC0) != 0x80))
        return 0;
      bytes[k] = b;
      q = g_utf8_next_char (q);
    }
  *c = g_utf8_get_char_validated ((const char *) bytes, n);
  if (*c == (gunichar) -1 || *c == (gunichar) -2)
    return 0;
  return q - p;
}

/*
 * dossier_decode_is_encoded_twice:
 *
 * Whether valid UTF-8 @data is UTF-8 encoded twice: text once misread as
 * windows-1252 or Latin-1 and saved again ("donâ€™t", "Ã©"), as scrapers
 * and re-saved pages leave it. Only when every character outside ASCII
 * takes part in such a sequence: a page that also holds one character
 * meant as it stands (or quotes mojibake on purpose) is left alone.
 */
gboolean
dossier_decode_is_encoded_twice (const char *data,
                                 gsize       len)
{
  const char *p = data, *end = data + len;
  gsize found = 0;

  while (p < end)
    {
      gunichar c;
      gsize n;

      if ((guchar) *p < 0x80)
        {
          p++;
          continue;
        }
      n = dossier_decode_misread_sequence (p, end, &c);
      if (n == 0)
        return FALSE;
      found++;
      p += n;
    }
  return found > 0;
}

/**
 * dossier_decode_text:
 * @flags: (out): what the decoder had to do
 *
 * Decodes file bytes into normalised UTF-8 text mapped to the bytes: BOMs
 * dropped, UTF-16 converted, line ends made "\n", Unicode spaces made " ",
 * invisible characters dropped, bytes that are not UTF-8 made U+FFFD (or the
 * whole file read as windows-1252 when it has no UTF-8 at all), UTF-8 that
 * was encoded twice decoded twice.
 */
DossierMappedText *
dossier_decode_text (const char         *data,
                     gsize               len,
                     DossierDecodeFlags *flags)
{
  DossierDecodeFlags dummy = 0;
  gsize start = 0;
  gboolean utf8;

  if (flags == NULL)
    flags = &dummy;
  *flags = DOSSIER_DECODE_NONE;

  if (len >= 2 && (guchar) data[0] == 0xFF && (guchar) data[1] == 0xFE)
    {
      *flags |= DOSSIER_DECODE_UTF16 | DOSSIER_DECODE_BOM;
      return decode_utf16 (data, len, FALSE, flags);
    }
  if (len >= 2 && (guchar) data[0] == 0xFE && (guchar) data[1] == 0xFF)
    {
      *flags |= DOSSIER_DECODE_UTF16 | DOSSIER_DECODE_BOM;
      return decode_utf16 (data, len, TRUE, flags);
    }
  if (len >= 3 && memcmp (data, "\xEF\xBB\xBF", 3) == 0)
    {
      *flags |= DOSSIER_DECODE_BOM;
      start = 3;
    }
  utf8 = g_utf8_validate_len (data + start, len - start, NULL);
  if (!utf8 && start == 0 && !dossier_decode_has_valid_multibyte (data, len))
    {
      *flags |= DOSSIER_DECODE_LEGACY;
      return decode_cp1252 (data, len);
    }
  if (utf8 && dossier_decode_is_encoded_twice (data + start, len - start))
    {
      *flags |= DOSSIER_DECODE_TWICE;
      return decode_utf8 (data, len, start, TRUE, flags);
    }
  return decode_utf8 (data, len, start, FALSE, flags);
}

/**
 * dossier_decode_text_as:
 * @charset: a declared encoding ("utf-8", "windows-1252", "iso-8859-1"), or
 *   %NULL to guess
 *
 * Like dossier_decode_text(), trusting a declared encoding when it is one of
 * the single-byte Western ones.
 */
DossierMappedText *
dossier_decode_text_as (const char         *data,
                        gsize               len,
                        const char         *charset,
                        DossierDecodeFlags *flags)
{
  if (charset != NULL &&
      (g_ascii_strcasecmp (charset, "windows-1252") == 0 ||
       g_ascii_strcasecmp (charset, "cp1252") == 0 ||
       g_ascii_strcasecmp (charset, "iso-8859-1") == 0 ||
       g_ascii_strcasecmp (charset, "latin1") == 0 ||
       g_ascii_strcasecmp (charset, "us-ascii") == 0) &&
      !g_utf8_validate_len (data, len, NULL))
    {
      if (flags)
        *flags = DOSSIER_DECODE_LEGACY;
      return decode_cp1252 (data, len);
    }
  return dossier_decode_text (data, len, flags);
}

/**
 * dossier_unichar_is_word:
 *
 * Whether @c is a word by itself: Chinese and Japanese are written with no
 * space between words, and word processors (LibreOffice, Word) count each
 * Han ideograph, hiragana and katakana as one.
 */
gboolean
dossier_unichar_is_word (gunichar c)
{
  return (c >= 0x3040 && c <= 0x30FF) || (c >= 0x31F0 && c <= 0x31FF) || (c >= 0x3400 && c <= 0x4DBF) ||
         (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFF66 && c <= 0xFF9F) ||
         (c >= 0x20000 && c <= 0x3FFFF);
}

/**
 * dossier_unichar_is_cjk_punct:
 *
 * Whether @c is the punctuation of Chinese and Japanese text ("、", "。",
 * "「", "（", "！"), which parts words as a space does.
 */
gboolean
dossier_unichar_is_cjk_punct (gunichar c)
{
  return (c >= 0x3000 && c <= 0x303F) || (c >= 0xFF01 && c <= 0xFF0F) || (c >= 0xFF1A && c <= 0xFF20) ||
         (c >= 0xFF3B && c <= 0xFF40) || (c >= 0xFF5B && c <= 0xFF65);
}

/**
 * dossier_count_words:
 *
 * Counts words as wc -w does (runs of non-space bytes), but each Chinese
 * or Japanese character is a word of its own, as LibreOffice and Word
 * count them ("東京で大雨" is five, not one), and their punctuation parts
 * words as a space does.
 */
guint
dossier_count_words (const char *s)
{
  guint n = 0;
  gboolean in_word = FALSE;

  for (const char *p = s; *p;)
    {
      gboolean space = *p == ' ' || *p == '\n' || *p == '\t' || *p == '\r' || *p == '\f' || *p == '\v';

      if ((guchar) *p >= 0xE3)
        {
          gunichar c = g_utf8_get_char_validated (p, -1);

          if (c < 0x110000 && dossier_unichar_is_word (c))
            {
              n++;
              in_word = FALSE;
              p = g_utf8_next_char (p);
              continue;
            }
          /* Their punctuation ("、", "。", "「", "（") parts words as a
           * space does. */
          if (dossier_unichar_is_cjk_punct (c))
            {
              in_word = FALSE;
              p = g_utf8_next_char (p);
              continue;
            }
        }
      if (!space && !in_word)
        n++;
      in_word = !space;
      p++;
    }
  return n;
}
