/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "dossier-tokenizer"

#include "config.h"

#include <string.h>

#include "dossier-tokenizer.h"

/*
 * A rule-based tokenizer for English news prose. It is written for the tagger:
 * tokens must match how names are annotated (possessives and hyphenated pairs
 * split off, "U.S." and "Mr." kept whole), offsets must be exact bytes of the
 * input, and it must be fast, so it walks the bytes once and decodes UTF-8
 * itself instead of allocating.
 */

typedef enum
{
  CC_SPACE,
  CC_NEWLINE,
  CC_LETTER,
  CC_DIGIT,
  CC_APOS,      /* ' and ’ */
  CC_HYPHEN,    /* - and U+2010, U+2011 */
  CC_PERIOD,
  CC_OTHER,     /* punctuation and symbols: one token each */
} CharClass;

static inline gunichar
decode (const guchar *p,
        const guchar *end,
        guint        *n_bytes)
{
  guchar c = p[0];

  if (c < 0x80)
    {
      *n_bytes = 1;
      return c;
    }
  if ((c & 0xE0) == 0xC0 && p + 1 < end && (p[1] & 0xC0) == 0x80)
    {
      *n_bytes = 2;
      return ((c & 0x1F) << 6) | (p[1] & 0x3F);
    }
  if ((c & 0xF0) == 0xE0 && p + 2 < end && (p[1] & 0xC0) == 0x80 && (p[2] & 0xC0) == 0x80)
    {
      *n_bytes = 3;
      return ((c & 0x0F) << 12) | ((p[1] & 0x3F) << 6) | (p[2] & 0x3F);
    }
  if ((c & 0xF8) == 0xF0 && p + 3 < end && (p[1] & 0xC0) == 0x80 &&
      (p[2] & 0xC0) == 0x80 && (p[3] & 0xC0) == 0x80)
    {
      *n_bytes = 4;
      return ((c & 0x07) << 18) | ((p[1] & 0x3F) << 12) | ((p[2] & 0x3F) << 6) | (p[3] & 0x3F);
    }
  /* Invalid byte: let it stand alone as a symbol rather than fail. */
  *n_bytes = 1;
  return 0xFFFD;
}

static inline CharClass
classify (gunichar c)
{
  if (c < 0x80)
    {
      if (c == '\n')
        return CC_NEWLINE;
      if (c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v')
        return CC_SPACE;
      if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))
        return CC_LETTER;
      if (c >= '0' && c <= '9')
        return CC_DIGIT;
      if (c == '\'')
        return CC_APOS;
      if (c == '-')
        return CC_HYPHEN;
      if (c == '.')
        return CC_PERIOD;
      if (c < 0x20)
        return CC_SPACE;
      return CC_OTHER;
    }
  switch (c)
    {
    case 0x00A0: case 0x1680: case 0x202F: case 0x205F: case 0x3000:
    case 0x200B: case 0x200C: case 0x200D: case 0xFEFF: case 0x00AD:
      return CC_SPACE;
    case 0x2028: case 0x2029: case 0x0085:
      return CC_NEWLINE;
    case 0x2019: case 0x02BC:
      return CC_APOS;
    case 0x2010: case 0x2011:
      return CC_HYPHEN;
    default:
      break;
    }
  if (c >= 0x2000 && c <= 0x200A)
    return CC_SPACE;
  if (c >= 0x2000 && c <= 0x2BFF)
    return CC_OTHER; /* general punctuation, currency, arrows, symbols */
  if (g_unichar_isalpha (c) || g_unichar_ismark (c))
    return CC_LETTER;
  if (g_unichar_isdigit (c))
    return CC_DIGIT;
  if (g_unichar_isspace (c))
    return CC_SPACE;
  return CC_OTHER;
}

/* Words that keep a following period: titles, company forms, months. The
 * period belongs to them, so it must not end the sentence. */
static gboolean
is_abbreviation (const char *s,
                 gsize       len)
{
  static const char * const abbrevs[] = {
    "Mr", "Mrs", "Ms", "Dr", "Prof", "St", "Jr", "Sr", "Gen", "Gov", "Sen",
    "Rep", "Lt", "Col", "Capt", "Cpt", "Sgt", "Maj", "Adm", "Cmdr", "Rev",
    "Hon", "Pres", "Supt", "Insp", "Messrs", "Mme", "Mlle", "Fr",
    "Inc", "Ltd", "Corp", "Co", "Cos", "Bros", "Plc", "Mt", "Ft", "Ave",
    "Blvd", "Rd", "Dept", "Univ", "Assn", "Jan", "Feb", "Mar", "Apr", "Jun",
    "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "No", "Nos", "vs",
    "etc", "approx", "est", "Fig", "fig", "Vol", "vol", "pp", "Ariz", "Calif",
    "Colo", "Conn", "Fla", "Ill", "Mass", "Mich", "Minn", "Tenn", "Wash",
    "Wis", "Va", "Pa", "Ky", "La", "Md", "Mo", "Okla", "Ore", "Tex",
  };

  if (len > 6)
    return FALSE;
  for (guint i = 0; i < G_N_ELEMENTS (abbrevs); i++)
    if (strlen (abbrevs[i]) == len && memcmp (abbrevs[i], s, len) == 0)
      return TRUE;
  return FALSE;
}

static inline CharClass
class_at (const guchar *p,
          const guchar *end,
          gunichar     *cp,
          guint        *n)
{
  gunichar c;

  if (p >= end)
    {
      *n = 0;
      if (cp)
        *cp = 0;
      return CC_SPACE;
    }
  c = decode (p, end, n);
  if (cp)
    *cp = c;
  return classify (c);
}

/* Length of the clitic after an apostrophe ("s" of "’s", "m" of "I’m",
 * "re", "ve", "ll", "d"), or 0 when the letters go on ("O’Brien"). */
static gsize
clitic_length (const guchar *p,
               const guchar *end)
{
  static const char * const clitics[] = { "s", "S", "m", "re", "ve", "ll", "d" };

  for (guint i = 0; i < G_N_ELEMENTS (clitics); i++)
    {
      gsize len = strlen (clitics[i]);
      guint n;
      CharClass after;

      if ((gsize) (end - p) < len || memcmp (p, clitics[i], len) != 0)
        continue;
      after = class_at (p + len, end, NULL, &n);
      if (after != CC_LETTER && after != CC_DIGIT)
        return len;
    }
  return 0;
}

static inline gboolean
is_closing (gunichar c)
{
  return c == '"' || c == '\'' || c == ')' || c == ']' || c == '}' ||
         c == 0x201D || c == 0x2019 || c == 0x00BB || c == 0x203A;
}

/**
 * dossier_tokenize:
 * @text: UTF-8 text (invalid bytes are tolerated and become symbol tokens)
 * @len: length of @text in bytes
 * @tokens: (element-type DossierToken): array the tokens are appended to
 *
 * Splits @text into words and punctuation with exact byte offsets, and marks
 * sentence, line and paragraph starts in the token flags. Possessive endings
 * ("Russia’s" → "Russia" "’s", "US’" → "US" "’") and hyphenated compounds
 * ("China-Russia" → "China" "-" "Russia") are split so that names inside them
 * stand alone; abbreviations ("U.S.", "Mr.", "J.") keep their period and do not
 * end the sentence.
 */
void
dossier_tokenize (const char *text,
                  gsize       len,
                  GArray     *tokens)
{
  const guchar *base = (const guchar *) text;
  const guchar *end = base + len;
  const guchar *p = base;
  guint newlines = 2; /* the text start counts as a paragraph start */
  gboolean space_before = TRUE;
  gboolean sentence_end = TRUE;
  gboolean prev_was_word = FALSE;

  g_return_if_fail (text != NULL || len == 0);
  g_return_if_fail (tokens != NULL);

  while (p < end)
    {
      gunichar c;
      guint n;
      CharClass cc = class_at (p, end, &c, &n);
      const guchar *start = p;
      DossierToken tok;
      guint32 flags = 0;
      gboolean is_word = FALSE;

      if (cc == CC_SPACE)
        {
          space_before = TRUE;
          p += n;
          continue;
        }
      if (cc == CC_NEWLINE)
        {
          newlines++;
          space_before = TRUE;
          p += n;
          continue;
        }

      if (cc == CC_LETTER || cc == CC_DIGIT)
        {
          guint seg_letters = 0; /* letters since the last internal period */
          gboolean has_inner_period = FALSE;
          gboolean has_upper = FALSE, has_lower = FALSE, has_letter = FALSE;
          gboolean first_letter_seen = FALSE;

          is_word = TRUE;
          for (;;)
            {
              gunichar nc;
              guint nn;
              CharClass ncc;

              cc = class_at (p, end, &c, &n);
              if (cc == CC_LETTER || cc == CC_DIGIT)
                {
                  if (cc == CC_LETTER)
                    {
                      gboolean up = g_unichar_isupper (c) || g_unichar_istitle (c);
                      gboolean low = g_unichar_islower (c);

                      has_letter = TRUE;
                      has_upper |= up;
                      has_lower |= low;
                      if (!first_letter_seen && (up || low))
                        {
                          first_letter_seen = TRUE;
                          flags |= up ? DOSSIER_TOKEN_CAPITALISED : DOSSIER_TOKEN_LOWER;
                        }
                      seg_letters++;
                    }
                  else
                    flags |= DOSSIER_TOKEN_NUMBER;
                  p += n;
                  continue;
                }

              ncc = class_at (p + n, end, &nc, &nn);
              if (cc == CC_APOS && ncc == CC_LETTER)
                {
                  /* "Russia’s" and "I’m" split, "O’Brien" and "don’t" do not. */
                  if (clitic_length (p + n, end) > 0)
                    break;
                  p += n;
                  continue;
                }
              if (cc == CC_PERIOD && ncc == CC_LETTER && seg_letters > 0 && seg_letters <= 2 &&
                  !(flags & DOSSIER_TOKEN_NUMBER))
                {
                  /* "U.S", "p.m": an abbreviation with inner periods. */
                  has_inner_period = TRUE;
                  seg_letters = 0;
                  p += n;
                  continue;
                }
              if (cc == CC_PERIOD && ncc == CC_LETTER && g_unichar_islower (nc) && seg_letters >= 2 &&
                  !(flags & DOSSIER_TOKEN_NUMBER))
                {
                  /* "Amazon.com", "Metro.us": a domain name is one token. */
                  has_inner_period = FALSE;
                  seg_letters = 0;
                  p += n;
                  continue;
                }
              if ((cc == CC_PERIOD || c == ',' || c == ':') && ncc == CC_DIGIT &&
                  p > base && classify (p[-1]) == CC_DIGIT && p[-1] < 0x80)
                {
                  p += n; /* 1,000.5 and 10:30 */
                  continue;
                }
              if (c == '$' && has_upper && !has_lower && seg_letters <= 3 &&
                  !(flags & DOSSIER_TOKEN_NUMBER))
                {
                  p += n; /* "US$", "HK$": currencies, not a country and a dollar */
                  break;
                }
              if (c == '&' && ncc == CC_LETTER && has_upper && !has_lower && g_unichar_isupper (nc))
                {
                  p += n; /* AT&T, S&P */
                  continue;
                }
              break;
            }

          /* A final period belongs to "U.S." and "Mr." but ends a sentence
           * after an ordinary word. */
          if (p < end && *p == '.')
            {
              gsize wlen = p - start;
              gboolean single_upper = (wlen == 1 && g_ascii_isupper (*start));

              if (has_inner_period || single_upper || is_abbreviation ((const char *) start, wlen))
                {
                  p++;
                  flags |= DOSSIER_TOKEN_ABBREV;
                }
            }
          if (has_upper && !has_lower)
            flags |= DOSSIER_TOKEN_ALL_CAPS;
          (void) has_letter;
        }
      else if (cc == CC_APOS)
        {
          gunichar nc;
          guint nn;
          CharClass ncc = class_at (p + n, end, &nc, &nn);

          p += n;
          if (prev_was_word && !space_before)
            {
              gsize cl = clitic_length (p, end);

              if (cl > 0)
                {
                  p += cl;
                  if (nc == 's' || nc == 'S')
                    flags |= DOSSIER_TOKEN_POSSESSIVE;
                  else
                    flags |= DOSSIER_TOKEN_LOWER;
                }
              else if (ncc != CC_LETTER && ncc != CC_DIGIT && tokens->len > 0)
                {
                  /* "Belarus’ ally": a possessive after a final s. */
                  const DossierToken *prev = &g_array_index (tokens, DossierToken, tokens->len - 1);
                  guchar last = base[prev->end - 1];
                  flags |= (last == 's' || last == 'S' || last == 'z') ?
                           DOSSIER_TOKEN_POSSESSIVE : DOSSIER_TOKEN_PUNCT;
                }
              else
                flags |= DOSSIER_TOKEN_PUNCT;
            }
          else
            flags |= DOSSIER_TOKEN_PUNCT;
        }
      else if (cc == CC_HYPHEN)
        {
          gunichar nc;
          guint nn;
          CharClass ncc = class_at (p + n, end, &nc, &nn);

          p += n;
          flags |= DOSSIER_TOKEN_PUNCT;
          if (prev_was_word && !space_before && (ncc == CC_LETTER || ncc == CC_DIGIT))
            flags |= DOSSIER_TOKEN_HYPHEN;
          else
            while (p < end && *p == '-')
              p++; /* "--" as a dash */
        }
      else if (cc == CC_PERIOD)
        {
          p += n;
          while (p < end && *p == '.')
            p++; /* "..." */
          flags |= DOSSIER_TOKEN_PUNCT;
        }
      else
        {
          p += n;
          flags |= DOSSIER_TOKEN_PUNCT;
        }

      if (space_before)
        flags |= DOSSIER_TOKEN_SPACE_BEFORE;
      if (newlines > 0)
        flags |= DOSSIER_TOKEN_LINE_START | DOSSIER_TOKEN_SENTENCE_START;
      if (newlines > 1)
        flags |= DOSSIER_TOKEN_PARAGRAPH_START;

      if (sentence_end && newlines == 0)
        {
          /* Closing quotes and brackets glued to the full stop stay in the
           * old sentence; the next real token starts the new one. */
          guint fn;
          gunichar fc = decode (start, end, &fn);
          if (!(is_closing (fc) && !space_before && (flags & DOSSIER_TOKEN_PUNCT)))
            {
              flags |= DOSSIER_TOKEN_SENTENCE_START;
              sentence_end = FALSE;
            }
        }
      else if (newlines > 0)
        sentence_end = FALSE;

      tok.start = start - base;
      tok.end = p - base;
      tok.flags = flags;
      g_array_append_val (tokens, tok);

      if (flags & DOSSIER_TOKEN_PUNCT)
        {
          guchar b = *start;
          if (b == '.' || b == '!' || b == '?')
            sentence_end = TRUE;
          else if (tok.end - tok.start == 3 && memcmp (start, "\xE2\x80\xA6", 3) == 0)
            sentence_end = TRUE;
        }
      prev_was_word = is_word;
      space_before = FALSE;
      newlines = 0;
    }
}
