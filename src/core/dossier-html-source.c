/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "dossier-html"

#include "config.h"

#include <libxml/HTMLparser.h>
#include <errno.h>
#include <string.h>

#include "dossier-decode-private.h"
#include "dossier-html-private.h"
#include "dossier-html5-entities.h"

/*
 * libxml2 2.9 does not say where in the input a text node came from, so the
 * HTML reader keeps its own account of the page's bytes. The visible text is
 * everything outside tags, comments, scripts and styles, with character
 * references decoded, mapped run by run to the decoded page. The DOM's text
 * nodes occur in it in document order; the matcher finds each one there, so
 * every character the extractor keeps has a place in the file.
 */

static gboolean
has_prefix_ci (const char *s,
               gsize       n,
               const char *prefix)
{
  gsize k = strlen (prefix);

  return n >= k && g_ascii_strncasecmp (s, prefix, k) == 0;
}

static const char *
find_ci (const char *s,
         gsize       n,
         const char *needle)
{
  gsize k = strlen (needle);

  for (gsize i = 0; i + k <= n; i++)
    if (g_ascii_strncasecmp (s + i, needle, k) == 0)
      return s + i;
  return NULL;
}

/* The value of the attribute or pseudo-attribute whose name ends at @v
 * ("charset", "encoding", "lang"): an '=', maybe quoted, then a token of
 * letters, digits and "-_:.", lower case; or %NULL. */
static char *
value_after (const char *v,
             const char *end)
{
  const char *ve;

  while (v < end && (*v == ' ' || *v == '\t'))
    v++;
  if (v >= end || *v != '=')
    return NULL;
  v++;
  while (v < end && (*v == ' ' || *v == '\t' || *v == '"' || *v == '\''))
    v++;
  ve = v;
  while (ve < end && (g_ascii_isalnum (*ve) || *ve == '-' || *ve == '_' || *ve == ':' || *ve == '.'))
    ve++;
  return ve > v && ve - v < 40 ? g_ascii_strdown (v, ve - v) : NULL;
}

/**
 * dossier_html_sniff_charset:
 *
 * Looks for `<meta charset=…>` or `<meta http-equiv="Content-Type"
 * content="…; charset=…">` in the first 8 KiB, as browsers do; without
 * one, the XML declaration that opens an XHTML page.
 *
 * Returns: (nullable): the declared charset, lower case
 */
char *
dossier_html_sniff_charset (const char *data,
                            gsize       len)
{
  gsize n = MIN (len, 8192);
  const char *p = data;
  const char *end = data + n;

  while (p < end)
    {
      const char *meta = find_ci (p, end - p, "<meta");
      const char *gt, *cs;

      if (meta == NULL)
        break;
      gt = memchr (meta, '>', end - meta);
      if (gt == NULL)
        break;
      cs = find_ci (meta, gt - meta, "charset");
      if (cs != NULL)
        {
          char *v = value_after (cs + 7, gt);

          if (v)
            return v;
        }
      p = gt + 1;
    }

  /* No <meta>: an XHTML page's XML declaration at the very start
   * ("<?xml version="1.0" encoding="ISO-8859-1"?>"), as browsers read it.
   * Not UTF-16 (a page in UTF-16 has a BOM; without one it lies). */
  p = data;
  while (p < end && g_ascii_isspace (*p))
    p++;
  if (end - p > 5 && strncmp (p, "<?xml", 5) == 0)
    {
      const char *close = g_strstr_len (p, MIN (end - p, 200), "?>");
      const char *v = close ? find_ci (p, close - p, "encoding") : NULL;
      char *cs = v ? value_after (v + 8, close) : NULL;

      if (cs && (g_str_has_prefix (cs, "utf-16") || g_str_has_prefix (cs, "utf-32")))
        g_clear_pointer (&cs, g_free);
      return cs;
    }
  return NULL;
}

/**
 * dossier_html_language_charsets:
 *
 * A page that declares no encoding and is not UTF-8 was written in its
 * language's legacy encoding, which a browser in that language falls back
 * to: the language of `<html lang=…>` (or a Content-Language `<meta>`) in
 * the first 8 KiB names it. Western languages need no guess (the decoder
 * reads Windows-1252).
 *
 * Returns: (nullable) (transfer none): the encodings to try, most likely
 *   first, %NULL-terminated; %NULL for none
 */
const char * const *
dossier_html_language_charsets (const char *data,
                                gsize       len)
{
  static const char *cyrillic[] = { "windows-1251", NULL };
  static const char *central[] = { "windows-1250", NULL };
  static const char *greek[] = { "windows-1253", NULL };
  static const char *turkish[] = { "windows-1254", NULL };
  static const char *hebrew[] = { "windows-1255", NULL };
  static const char *arabic[] = { "windows-1256", NULL };
  static const char *baltic[] = { "windows-1257", NULL };
  static const char *vietnamese[] = { "windows-1258", NULL };
  static const char *thai[] = { "CP874", NULL };
  /* Shift_JIS reads most EUC-JP bytes as half-width kana without a fault;
   * EUC-JP rejects Shift_JIS, so it goes first. */
  static const char *japanese[] = { "euc-jp", "shift_jis", NULL };
  static const char *korean[] = { "euc-kr", NULL };
  static const char *simplified[] = { "gbk", NULL };
  static const char *traditional[] = { "big5", NULL };
  static const struct { const char *lang; const char * const *charsets; } table[] = {
    { "ru", cyrillic }, { "uk", cyrillic }, { "be", cyrillic }, { "bg", cyrillic }, { "mk", cyrillic },
    { "sr", cyrillic }, { "kk", cyrillic }, { "ky", cyrillic }, { "tg", cyrillic }, { "mn", cyrillic },
    { "pl", central }, { "cs", central }, { "sk", central }, { "hu", central }, { "sl", central },
    { "hr", central }, { "bs", central }, { "ro", central }, { "el", greek }, { "tr", turkish },
    { "az", turkish }, { "he", hebrew }, { "iw", hebrew }, { "yi", hebrew }, { "ar", arabic },
    { "fa", arabic }, { "ur", arabic }, { "lt", baltic }, { "lv", baltic }, { "et", baltic },
    { "vi", vietnamese }, { "th", thai }, { "ja", japanese }, { "ko", korean },
  };
  gsize n = MIN (len, 8192);
  const char *end = data + n;
  const char *tag = find_ci (data, n, "<html");
  const char *gt = tag ? memchr (tag, '>', end - tag) : NULL;
  g_autofree char *lang = NULL;

  if (gt)
    {
      const char *a = find_ci (tag, gt - tag, " lang");

      if (a == NULL)
        a = find_ci (tag, gt - tag, ":lang");
      lang = a ? value_after (a + 5, gt) : NULL;
    }
  for (const char *p = data; lang == NULL && p < end;)
    {
      const char *meta = find_ci (p, end - p, "<meta");
      const char *mgt = meta ? memchr (meta, '>', end - meta) : NULL;
      const char *c;

      if (mgt == NULL)
        break;
      if (find_ci (meta, mgt - meta, "content-language") && (c = find_ci (meta, mgt - meta, "content")) != NULL)
        {
          /* The http-equiv's value holds "content" too: the attribute is
           * the last one of that name. */
          const char *last = c;

          while ((c = find_ci (last + 7, mgt - last - 7, "content")) != NULL)
            last = c;
          lang = value_after (last + 7, mgt);
        }
      p = mgt + 1;
    }
  if (lang == NULL)
    return NULL;
  if (g_str_has_prefix (lang, "zh"))
    return strstr (lang, "tw") || strstr (lang, "hk") || strstr (lang, "mo") || strstr (lang, "hant")
             ? traditional : simplified;
  for (guint i = 0; i < G_N_ELEMENTS (table); i++)
    {
      gsize k = strlen (table[i].lang);

      if (strncmp (lang, table[i].lang, k) == 0 && (lang[k] == '\0' || lang[k] == '-' || lang[k] == '_'))
        return table[i].charsets;
    }
  return NULL;
}

/* What a code point from a character reference becomes in the visible text:
 * the same normalisation the decoder applies to literal characters. */
static gsize
ref_utf8 (gunichar c,
          char     buf[8])
{
  if (c >= 0x80 && c < 0xA0)
    c = dossier_decode_cp1252 (c);
  if (c == 0x00A0 || c == 0x1680 || c == 0x202F || c == 0x205F || c == 0x3000 ||
      (c >= 0x2000 && c <= 0x200A) || c == '\t' || c == '\n' || c == '\r' || c == '\f')
    {
      buf[0] = ' ';
      return 1;
    }
  if (c == 0x200B || c == 0x200C || c == 0x200D || c == 0x2060 || c == 0xFEFF || c == 0x00AD || c < 0x20 ||
      c == 0x7F)
    return 0;
  return g_unichar_to_utf8 (c, buf);
}

static int
compare_entity (const void *key,
                const void *item)
{
  return strcmp (key, ((const DossierHtml5Entity *) item)->name);
}

/* The character of a named reference that HTML5 added and libxml2 2.9 does
 * not know, or 0. Not one that would make markup or end an attribute once
 * resolved (&LT;, &AMP;, &QUOT; …): those stay as written. */
static gunichar
html5_only_value (const char *name)
{
  const DossierHtml5Entity *found = bsearch (name, dossier_html5_entities, G_N_ELEMENTS (dossier_html5_entities),
                                             sizeof dossier_html5_entities[0], compare_entity);

  if (found == NULL || found->value == '<' || found->value == '>' || found->value == '&' ||
      found->value == '"' || found->value == '\'' || htmlEntityLookup ((const xmlChar *) name) != NULL)
    return 0;
  return found->value;
}

/* Decodes the reference at @s (which starts with '&'), the way libxml2's
 * HTML parser does: named references need their ';', numeric ones do not.
 * Returns its length in bytes, 0 when it is not a reference. */
gsize
dossier_html_parse_ref (const char *s,
                        gsize       n,
                        char        buf[8],
                        gsize      *buf_len)
{
  gsize i = 1;

  *buf_len = 0;
  if (n < 2)
    return 0;
  if (s[1] == '#')
    {
      guint64 v = 0;
      gboolean hex = n > 2 && (s[2] == 'x' || s[2] == 'X');
      gsize d;

      i = hex ? 3 : 2;
      d = i;
      while (i < n && (hex ? g_ascii_isxdigit (s[i]) : g_ascii_isdigit (s[i])))
        {
          if (v < 0x110000)
            v = v * (hex ? 16 : 10) + (hex ? g_ascii_xdigit_value (s[i]) : g_ascii_digit_value (s[i]));
          i++;
        }
      /* "&#" with no digits: libxml2 drops it (and a ';' after it). */
      if (i == d)
        return i < n && s[i] == ';' ? i + 1 : i;
      if (i < n && s[i] == ';')
        i++;
      /* libxml2 drops references to characters XML cannot hold. */
      if (v == 0x9 || v == 0xA || v == 0xD || (v >= 0x20 && v <= 0xD7FF) || (v >= 0xE000 && v <= 0xFFFD) ||
          (v >= 0x10000 && v <= 0x10FFFF))
        *buf_len = ref_utf8 ((gunichar) v, buf);
      return i;
    }

  while (i < n && i < 40 && (g_ascii_isalnum (s[i])))
    i++;
  if (i > 1 && i < n && s[i] == ';')
    {
      char name[48];
      const htmlEntityDesc *ent;
      gunichar v5;

      memcpy (name, s + 1, i - 1);
      name[i - 1] = '\0';
      /* libxml2 searches its table from the top; news pages use a handful
       * of references over and over. */
      {
        static const struct { const char *name; gunichar value; } common[] = {
          { "amp", '&' }, { "quot", '"' }, { "nbsp", 0xA0 }, { "rsquo", 0x2019 }, { "lsquo", 0x2018 },
          { "ldquo", 0x201C }, { "rdquo", 0x201D }, { "mdash", 0x2014 }, { "ndash", 0x2013 },
          { "hellip", 0x2026 }, { "lt", '<' }, { "gt", '>' }, { "copy", 0xA9 },
        };

        for (guint k = 0; k < G_N_ELEMENTS (common); k++)
          if (strcmp (name, common[k].name) == 0)
            {
              *buf_len = ref_utf8 (common[k].value, buf);
              return i + 1;
            }
      }
      ent = htmlEntityLookup ((const xmlChar *) name);
      if (ent != NULL && ent->value > 0)
        {
          *buf_len = ref_utf8 (ent->value, buf);
          return i + 1;
        }
      /* Resolved before libxml2 reads the page (see below). */
      if (ent == NULL && (v5 = html5_only_value (name)) != 0)
        {
          *buf_len = ref_utf8 (v5, buf);
          return i + 1;
        }
    }
  return 0;
}

/**
 * dossier_html_resolve_html5_refs:
 *
 * Resolves in page text @t the named references HTML5 added ("&mldr;",
 * "&percnt;", "&NonBreakingSpace;"), which libxml2 2.9's HTML parser leaves
 * as they are, so that the parser and the visible text both see the
 * character. A reference libxml2 knows is left to it (so "&amp;mldr;"
 * stays "&mldr;", as a browser shows it), and so is one that would make
 * markup or close an attribute (&LT;, &QUOT; …).
 *
 * Returns: (nullable): @t mapped onto itself with the references resolved,
 *   or %NULL when it holds none
 */
DossierMappedText *
dossier_html_resolve_html5_refs (const char *t,
                                 gsize       n)
{
  DossierMappedText *out = NULL;
  const char *p = t, *end = t + n;
  gsize run = 0;

  while ((p = memchr (p, '&', end - p)) != NULL)
    {
      const char *q = p + 1;
      char name[40], piece[8];
      gsize len, pl;
      gunichar c;

      while (q < end && q - p < (gssize) sizeof name && g_ascii_isalnum (*q))
        q++;
      len = q - p - 1;
      if (len == 0 || q >= end || *q != ';' || len >= sizeof name)
        {
          p = q;
          continue;
        }
      memcpy (name, p + 1, len);
      name[len] = '\0';
      c = html5_only_value (name);
      if (c == 0)
        {
          p = q + 1;
          continue;
        }
      if (out == NULL)
        out = dossier_mapped_text_new ();
      dossier_mapped_text_append_source (out, t, run, p - t - run);
      pl = ref_utf8 (c, piece);
      if (pl > 0)
        dossier_mapped_text_append_replacement (out, piece, pl, p - t, q + 1 - p);
      p = q + 1;
      run = p - t;
    }
  if (out)
    dossier_mapped_text_append_source (out, t, run, n - run);
  return out;
}

/* Whether @s holds a letter of any script. */
gboolean
dossier_html_has_letter (const char *s)
{
  for (const char *p = s; *p; p = g_utf8_next_char (p))
    if (g_unichar_isalpha (g_utf8_get_char (p)))
      return TRUE;
  return FALSE;
}

static gsize
tag_name_end (const char *t,
              gsize       i,
              gsize       n)
{
  while (i < n && (g_ascii_isalnum (t[i]) || t[i] == ':' || t[i] == '-' || t[i] == '_' || t[i] == '.'))
    i++;
  return i;
}

static inline gboolean
is_blank (char c)
{
  return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

/* The end of the tag that starts at @i ('<'), past its '>', read the way
 * libxml2 2.9 reads it: a value is quoted only when a quote comes first
 * after the '=', and a string that is no attribute name is skipped up to
 * the next blank. A quoted value may hold '>'. */
static gsize
skip_tag (const char *t,
          gsize       i,
          gsize       n)
{
  i++;
  if (i < n && t[i] == '/')
    i++;
  i = tag_name_end (t, i, n);
  for (;;)
    {
      gsize name;

      while (i < n && is_blank (t[i]))
        i++;
      if (i >= n)
        return n;
      if (t[i] == '>')
        return i + 1;
      if (t[i] == '/' && i + 1 < n && t[i + 1] == '>')
        return i + 2;
      name = i;
      if (g_ascii_isalpha (t[i]) || t[i] == '_' || t[i] == ':' || t[i] == '.')
        i = tag_name_end (t, i + 1, n);
      if (i == name)
        {
          while (i < n && !is_blank (t[i]) && t[i] != '>' && !(t[i] == '/' && i + 1 < n && t[i + 1] == '>'))
            i++;
          continue;
        }
      while (i < n && is_blank (t[i]))
        i++;
      if (i >= n || t[i] != '=')
        continue;
      i++;
      while (i < n && is_blank (t[i]))
        i++;
      if (i < n && (t[i] == '"' || t[i] == '\''))
        {
          const char *q = memchr (t + i + 1, t[i], n - i - 1);

          if (q == NULL)
            return n;
          i = q - t + 1;
        }
      else
        while (i < n && !is_blank (t[i]) && t[i] != '>')
          i++;
    }
}

static gboolean
only_blanks (const char *s,
             gsize       n)
{
  for (gsize i = 0; i < n; i++)
    if (!is_blank (s[i]) && s[i] != '\f')
      return FALSE;
  return TRUE;
}

/**
 * dossier_html_visible_text:
 * @t: the decoded page (UTF-8)
 *
 * Returns: the text outside markup, references decoded, mapped to @t
 */
DossierMappedText *
dossier_html_visible_text (const char *t,
                           gsize       n)
{
  DossierMappedText *out = dossier_mapped_text_new ();
  gsize run = 0;
  gsize i = 0;
  gsize rp_end = G_MAXSIZE; /* where the last "</rp>" ends */

#define FLUSH(upto) dossier_mapped_text_append_source (out, t, run, (upto) - run)

  while (i < n)
    {
      const char *lt = memchr (t + i, '<', n - i);
      const char *amp = memchr (t + i, '&', (lt ? (gsize) (lt - t) : n) - i);
      gsize j;

      if (amp != NULL)
        {
          char buf[8];
          gsize blen, rlen;

          j = amp - t;
          rlen = dossier_html_parse_ref (t + j, n - j, buf, &blen);
          if (rlen == 0)
            {
              i = j + 1;
              continue;
            }
          FLUSH (j);
          /* A reference to nothing visible (&shy;) adds no text and no run. */
          dossier_mapped_text_append_replacement (out, buf, blen, j, rlen);
          i = run = j + rlen;
          continue;
        }
      if (lt == NULL)
        break;

      j = lt - t;
      if (j + 1 >= n)
        break;
      /* What follows mirrors libxml2 2.9's HTML parser, markup error by
       * markup error: where it sees text, so must this. */
      if (t[j + 1] == '!')
        {
          gsize e;

          if (has_prefix_ci (t + j, n - j, "<!--"))
            {
              const char *close = g_strstr_len (t + j + 4, n - j - 4, "-->");
              e = close ? (gsize) (close - t) + 3 : n;
            }
          else if (has_prefix_ci (t + j, n - j, "<!DOCTYPE"))
            {
              const char *gt = memchr (t + j, '>', n - j);
              e = gt ? (gsize) (gt - t) + 1 : n;
            }
          else
            {
              /* "<![CDATA[", "<!x>": text. */
              i = j + 1;
              continue;
            }
          FLUSH (j);
          i = run = e;
          continue;
        }
      if (t[j + 1] == '?')
        {
          /* A processing instruction needs its target right away; else
           * only the "<?" goes. */
          if (j + 2 < n && g_ascii_isalpha (t[j + 2]))
            {
              const char *gt = memchr (t + j, '>', n - j);

              FLUSH (j);
              i = run = gt ? (gsize) (gt - t) + 1 : n;
            }
          else
            {
              FLUSH (j);
              i = run = j + 2;
            }
          continue;
        }
      if (t[j + 1] == '/' && !(j + 2 < n && g_ascii_isalpha (t[j + 2])))
        {
          /* "</" that names nothing: dropped, what follows is text. */
          FLUSH (j);
          i = run = j + 2;
          continue;
        }
      if (g_ascii_isalpha (t[j + 1]) || t[j + 1] == '/')
        {
          gboolean closing = t[j + 1] == '/';
          gsize ns = j + (closing ? 2 : 1);
          gsize ne = tag_name_end (t, ns, n);
          gsize e = skip_tag (t, j, n);

          FLUSH (j);
          i = run = e;
          /* Scripts and styles are raw text up to their end tag, as libxml2
           * reads them. */
          if (!closing && ((ne - ns == 6 && g_ascii_strncasecmp (t + ns, "script", 6) == 0) ||
                           (ne - ns == 5 && g_ascii_strncasecmp (t + ns, "style", 5) == 0)))
            {
              char close[10] = "</";
              const char *found;

              memcpy (close + 2, t + ns, ne - ns);
              close[2 + ne - ns] = '\0';
              found = find_ci (t + e, n - e, close);
              i = run = found ? (gsize) (found - t) : n;
            }
          /* A ruby reading ("<rt>こ</rt>") is not part of the line unless
           * an <rp> bracket comes right before it, as the reader drops it
           * from the tree (drop_ruby_readings()); it holds plain text, up
           * to the next tag. */
          else if (closing && ne - ns == 2 && g_ascii_strncasecmp (t + ns, "rp", 2) == 0)
            rp_end = e;
          else if (!closing && ne - ns == 2 && g_ascii_strncasecmp (t + ns, "rt", 2) == 0 &&
                   !(rp_end != G_MAXSIZE && only_blanks (t + rp_end, j - rp_end)))
            {
              const char *next = memchr (t + e, '<', n - e);

              i = run = next ? (gsize) (next - t) : n;
            }
          continue;
        }
      /* A '<' that opens no tag is text. */
      i = j + 1;
    }
  FLUSH (n);
#undef FLUSH
  return out;
}

/**
 * dossier_html_decode_string:
 *
 * Decodes character references in a string from the page (an attribute
 * value, a JSON-LD field) and collapses its white space.
 */
char *
dossier_html_decode_string (const char *s,
                            gssize      len)
{
  g_autoptr(DossierMappedText) m = NULL;

  if (s == NULL)
    return NULL;
  if (len < 0)
    len = strlen (s);
  /* Markup is not expected here; only references matter, so a '<' stays. */
  if (memchr (s, '&', len) == NULL)
    {
      g_autofree char *copy = g_strndup (s, len);
      return dossier_html_collapse_spaces (copy);
    }
  m = dossier_mapped_text_new ();
  for (gssize i = 0, run = 0; i <= len; i++)
    {
      char buf[8];
      gsize blen, rlen;

      if (i == len)
        {
          dossier_mapped_text_append_source (m, s, run, i - run);
          break;
        }
      if (s[i] != '&')
        continue;
      rlen = dossier_html_parse_ref (s + i, len - i, buf, &blen);
      if (rlen == 0)
        continue;
      dossier_mapped_text_append_source (m, s, run, i - run);
      dossier_mapped_text_append_replacement (m, buf, blen, i, rlen);
      i += rlen - 1;
      run = i + 1;
    }
  return dossier_html_collapse_spaces (dossier_mapped_text_get_text (m));
}

static inline gboolean
is_space_char (gunichar c)
{
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == 0xA0 || c == 0x1680 ||
         (c >= 0x2000 && c <= 0x200A) || c == 0x202F || c == 0x205F || c == 0x3000 || c == 0x2028 || c == 0x2029;
}

/**
 * dossier_html_collapse_spaces:
 *
 * Returns: @s with runs of white space made one space and the ends trimmed
 */
char *
dossier_html_collapse_spaces (const char *s)
{
  GString *out = g_string_sized_new (strlen (s));
  gboolean space = FALSE;

  for (const char *p = s; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (is_space_char (c))
        {
          space = TRUE;
          continue;
        }
      if (c == 0xAD || c == 0x200B || c == 0x200C || c == 0x200D || c == 0x2060 || c == 0xFEFF || c < 0x20)
        continue;
      if (space && out->len > 0)
        g_string_append_c (out, ' ');
      space = FALSE;
      g_string_append_unichar (out, c);
    }
  return g_string_free (out, FALSE);
}


/* ---- declared legacy encodings ------------------------------------------ */

/* Names pages use for encodings, as iconv knows them; browsers read a few
 * as their supersets. */
static const char *
iconv_name (const char *charset)
{
  static const struct { const char *label, *name; } aliases[] = {
    { "gb2312", "GBK" }, { "x-gbk", "GBK" }, { "gb_2312-80", "GBK" }, { "shift-jis", "SHIFT_JIS" },
    { "x-sjis", "SHIFT_JIS" }, { "sjis", "SHIFT_JIS" }, { "windows-31j", "CP932" }, { "x-euc-jp", "EUC-JP" },
    { "iso-8859-8-i", "ISO-8859-8" }, { "x-mac-roman", "MACINTOSH" }, { "ks_c_5601-1987", "CP949" },
    { "euc-kr", "CP949" }, { "big5", "BIG5-HKSCS" }, { "tis-620", "CP874" }, { "iso-8859-11", "CP874" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (aliases); i++)
    if (g_ascii_strcasecmp (charset, aliases[i].label) == 0)
      return aliases[i].name;
  return charset;
}

/**
 * dossier_html_decode_legacy:
 * @charset: the page's declared encoding, one iconv knows and that keeps
 *   ASCII as it is (Shift_JIS, GBK, EUC-KR, Big5, ISO-8859-x, KOI8-R …)
 *
 * Decodes @data character by character, so that every character keeps the
 * file bytes it came from. Line ends and spaces are normalised as the
 * decoder does for UTF-8.
 *
 * Returns: (nullable): the text, or %NULL when the encoding is unknown or
 *   stateful (UTF-7, ISO-2022)
 */
DossierMappedText *
dossier_html_decode_legacy (const char         *data,
                            gsize               len,
                            const char         *charset,
                            DossierDecodeFlags *flags)
{
  const char *name = iconv_name (charset);
  DossierMappedText *out;
  GIConv cd;
  gsize i = 0, run = 0;

  if (g_ascii_strncasecmp (name, "utf", 3) == 0 || g_ascii_strncasecmp (name, "iso-2022", 8) == 0 ||
      g_ascii_strncasecmp (name, "hz", 2) == 0)
    return NULL;
  cd = g_iconv_open ("UTF-8", name);
  if (cd == (GIConv) -1)
    return NULL;
  if (flags)
    *flags = DOSSIER_DECODE_NONE;

  out = dossier_mapped_text_new ();
  while (i < len)
    {
      guchar b = data[i];
      gboolean done = FALSE;

      if (b < 0x80)
        {
          if ((b >= 0x20 && b != 0x7F) || b == '\n' || b == '\t')
            {
              i++;
              continue;
            }
          dossier_mapped_text_append_source (out, data, run, i - run);
          if (b == '\r' && i + 1 < len && data[i + 1] == '\n')
            {
              dossier_mapped_text_append_replacement (out, "\n", 1, i, 2);
              i += 2;
            }
          else
            {
              if (b == '\r' || b == '\f' || b == '\v')
                dossier_mapped_text_append_replacement (out, "\n", 1, i, 1);
              i++;
            }
          run = i;
          continue;
        }

      dossier_mapped_text_append_source (out, data, run, i - run);
      for (gsize k = 1; k <= 4 && i + k <= len && !done; k++)
        {
          char buf[32];
          gchar *in = (gchar *) data + i;
          gchar *op = buf;
          gsize inl = k, outl = sizeof buf;

          g_iconv (cd, NULL, NULL, NULL, NULL);
          if (g_iconv (cd, &in, &inl, &op, &outl) != (gsize) -1 && inl == 0 && op > buf &&
              g_utf8_validate_len (buf, op - buf, NULL))
            {
              /* Normalise like the decoder: spaces, invisible characters. */
              for (const char *c = buf; c < op; c = g_utf8_next_char (c))
                {
                  char piece[8];
                  gunichar u = g_utf8_get_char (c);
                  gsize pl = (u >= 0x80 && u < 0xA0) ? 0 : ref_utf8 (u, piece);

                  dossier_mapped_text_append_replacement (out, piece, pl, i, k);
                }
              i += k;
              done = TRUE;
            }
          else if (errno != EINVAL)
            break;
        }
      if (!done)
        {
          dossier_mapped_text_append_replacement (out, "\xEF\xBF\xBD", 3, i, 1);
          if (flags)
            *flags |= DOSSIER_DECODE_INVALID_UTF8;
          i++;
        }
      run = i;
    }
  dossier_mapped_text_append_source (out, data, run, len - run);
  g_iconv_close (cd);
  return out;
}

/* ------------------------------------------------------------------------ */

struct _DossierHtmlMatcher
{
  const char *text;
  gsize len;
  gsize cursor;
  gsize budget;  /* bytes that failed searches may still scan */
};

/* How far ahead a text node is looked for when it is not where expected,
 * and how much scanning failures may cost in all: a page the matcher cannot
 * follow stays linear in time. */
#define SEARCH_WINDOW (64 * 1024)

DossierHtmlMatcher *
dossier_html_matcher_new (const DossierMappedText *visible)
{
  DossierHtmlMatcher *self = g_new0 (DossierHtmlMatcher, 1);

  self->text = dossier_mapped_text_get_text (visible);
  self->len = dossier_mapped_text_get_length (visible);
  self->budget = 4 * self->len + 4 * SEARCH_WINDOW;
  return self;
}

void
dossier_html_matcher_free (DossierHtmlMatcher *self)
{
  g_free (self);
}

gsize
dossier_html_matcher_get_cursor (DossierHtmlMatcher *self)
{
  return self->cursor;
}

/* Characters that take no part in matching: white space of any kind and
 * the invisible ones the decoder drops. */
static inline gboolean
ignorable (gunichar c)
{
  return c <= 0x20 || c == 0x7F || c == 0xAD || is_space_char (c) || c == 0x200B || c == 0x200C ||
         c == 0x200D || c == 0x2060 || c == 0xFEFF || c == 0x85;
}

static inline gunichar
dom_char (gunichar c)
{
  if (c >= 0x80 && c < 0xA0)
    return dossier_decode_cp1252 (c);
  return c;
}

static inline const char *
next_key (const char *p,
          const char *end,
          gunichar   *c,
          gboolean    dom)
{
  while (p < end)
    {
      gunichar u = g_utf8_get_char (p);

      if (dom)
        u = dom_char (u);
      if (!ignorable (u))
        {
          *c = u;
          return p;
        }
      p = g_utf8_next_char (p);
    }
  return NULL;
}

/* Whether @content matches the visible text from @at on; @end gets the end
 * of the last matched character. */
static gboolean
match_at (DossierHtmlMatcher *self,
          const char         *content,
          const char         *content_end,
          gsize               at,
          gsize              *end)
{
  const char *v = self->text + at;
  const char *vend = self->text + self->len;
  const char *c = content;

  for (;;)
    {
      gunichar a, b;

      c = next_key (c, content_end, &a, TRUE);
      if (c == NULL)
        return TRUE;
      v = next_key (v, vend, &b, FALSE);
      if (v == NULL || a != b)
        return FALSE;
      c = g_utf8_next_char (c);
      v = g_utf8_next_char (v);
      *end = v - self->text;
    }
}

/**
 * dossier_html_matcher_match:
 * @content: a text node's content, as libxml2 decoded it
 * @start: (out): where its first visible character is in the visible text
 * @end: (out): the end of its last one
 *
 * Finds the next text node of the document in the visible text. Nodes are
 * asked for in document order.
 *
 * Returns: %FALSE when the node holds no visible character or could not be
 *   found (then the cursor stays)
 */
gboolean
dossier_html_matcher_match (DossierHtmlMatcher *self,
                            const char         *content,
                            gsize              *start,
                            gsize              *end)
{
  const char *content_end = content + strlen (content);
  gunichar first, c;
  const char *v, *limit;

  if (next_key (content, content_end, &first, TRUE) == NULL)
    return FALSE;

  v = next_key (self->text + self->cursor, self->text + self->len, &c, FALSE);
  if (v == NULL)
    return FALSE;
  if (c == first && match_at (self, content, content_end, v - self->text, end))
    {
      *start = v - self->text;
      self->cursor = *end;
      return TRUE;
    }

  /* Not where expected: libxml2 and this reader disagreed on some markup.
   * Look a little further ahead. */
  limit = self->text + MIN (self->len, (gsize) (v - self->text) + SEARCH_WINDOW);
  if (self->budget < (gsize) (limit - v))
    return FALSE;
  self->budget -= limit - v;
  for (v = g_utf8_next_char (v); v < limit; v = g_utf8_next_char (v))
    {
      if (g_utf8_get_char (v) != first)
        continue;
      if (match_at (self, content, content_end, v - self->text, end))
        {
          *start = v - self->text;
          self->cursor = *end;
          return TRUE;
        }
    }
  return FALSE;
}
