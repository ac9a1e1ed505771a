/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "dossier-parser-mhtml"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "dossier-date.h"
#include "dossier-html-private.h"
#include "dossier-parser.h"

/*
 * Pages saved as one file by Chromium-based browsers ("Webpage, Single
 * File", .mhtml) or by Internet Explorer (.mht): a MIME archive (RFC 2557)
 * whose first text/html part is the page, quoted-printable or base64, with
 * its pictures and styles as other parts. The page is decoded into a text
 * mapped to the archive's bytes, read by the HTML reader, and its map
 * composed with this one, so that offsets point at the archive's bytes.
 * The archive's header gives the page's address and the day it was saved.
 */

/* A header block longer than this is no MIME header. */
#define MAX_HEADERS (64 * 1024)
/* RFC 2046 allows 70 characters; room for savers that write more. */
#define MAX_BOUNDARY 200

/* The end of the header block that starts at @start: the offset of the
 * blank line that ends it, with @body set past that line; G_MAXSIZE when
 * there is none within MAX_HEADERS. */
static gsize
headers_end (const char *d,
             gsize       start,
             gsize       len,
             gsize      *body)
{
  gsize cap = MIN (len, start + MAX_HEADERS);
  gsize i = start;

  while (i < cap)
    {
      const char *nl = memchr (d + i, '\n', cap - i);
      gsize le, n;

      if (nl == NULL)
        return G_MAXSIZE;
      le = nl - d;
      n = le - i;
      if (n > 0 && d[le - 1] == '\r')
        n--;
      if (n == 0)
        {
          *body = le + 1;
          return i;
        }
      i = le + 1;
    }
  return G_MAXSIZE;
}

/* The value of header @name in the block [@start, @end), its folded
 * lines joined; %NULL when it is not there. */
static char *
header_value (const char *d,
              gsize       start,
              gsize       end,
              const char *name)
{
  gsize nlen = strlen (name);
  gsize i = start;

  while (i < end)
    {
      const char *nl = memchr (d + i, '\n', end - i);
      gsize le = nl ? (gsize) (nl - d) : end;

      if (le - i > nlen && d[i + nlen] == ':' && g_ascii_strncasecmp (d + i, name, nlen) == 0)
        {
          GString *v = g_string_new_len (d + i + nlen + 1, le - i - nlen - 1);

          /* Folded lines go on with a blank. */
          while (le + 1 < end && (d[le + 1] == ' ' || d[le + 1] == '\t'))
            {
              gsize ls = le + 1;

              nl = memchr (d + ls, '\n', end - ls);
              le = nl ? (gsize) (nl - d) : end;
              g_string_append_c (v, ' ');
              g_string_append_len (v, d + ls, le - ls);
            }
          for (gsize k = 0; k < v->len; k++)
            if (v->str[k] == '\r' || v->str[k] == '\t' || v->str[k] == '\0')
              v->str[k] = ' ';
          /* Headers are ASCII; a saver's stray bytes do not reach the
           * article's address. */
          if (!g_utf8_validate (v->str, v->len, NULL))
            {
              char *valid = g_utf8_make_valid (v->str, v->len);

              g_string_free (v, TRUE);
              return g_strstrip (valid);
            }
          return g_strstrip (g_string_free (v, FALSE));
        }
      i = le + 1;
    }
  return NULL;
}

/* A parameter of a header value ("boundary" in "multipart/related;
 * type=\"text/html\"; boundary=\"----Multipart…\""), quoted or not. */
static char *
header_param (const char *value,
              const char *name)
{
  gsize nlen = strlen (name);

  for (const char *p = strchr (value, ';'); p; p = strchr (p + 1, ';'))
    {
      const char *q = p + 1;
      const char *e;

      while (*q == ' ')
        q++;
      if (g_ascii_strncasecmp (q, name, nlen) != 0)
        continue;
      q += nlen;
      while (*q == ' ')
        q++;
      if (*q != '=')
        continue;
      q++;
      while (*q == ' ')
        q++;
      if (*q == '"')
        {
          q++;
          e = strchr (q, '"');
          if (e == NULL)
            e = q + strlen (q);
        }
      else
        for (e = q; *e && *e != ';' && *e != ' '; e++)
          ;
      return g_strndup (q, e - q);
    }
  return NULL;
}

static gboolean
has_type (const char *value,
          const char *type)
{
  return value && g_ascii_strncasecmp (value, type, strlen (type)) == 0;
}

/* Whether a delimiter line starts at @i: "--@delim", then "--" (the
 * last one) or blanks to the end of the line ("--b" does not start
 * "--brand-color: red" in a style sheet). */
static gboolean
is_delimiter (const char *d,
              gsize       i,
              gsize       len,
              const char *delim,
              gsize       dn)
{
  if (len - i < dn || memcmp (d + i, delim, dn) != 0)
    return FALSE;
  i += dn;
  if (len - i >= 2 && d[i] == '-' && d[i + 1] == '-')
    return TRUE;
  while (i < len && (d[i] == ' ' || d[i] == '\t'))
    i++;
  return i == len || d[i] == '\n' || d[i] == '\r';
}

/* The next delimiter line at or after @from (at the start of a line): the
 * offset of its "--", or G_MAXSIZE. */
static gsize
find_delimiter (const char *d,
                gsize       from,
                gsize       len,
                const char *delim,
                gsize       dn)
{
  gsize i = from;

  if (i < len && (i == 0 || d[i - 1] == '\n') && is_delimiter (d, i, len, delim, dn))
    return i;
  while (i < len)
    {
      const char *nl = memchr (d + i, '\n', len - i);

      if (nl == NULL)
        return G_MAXSIZE;
      i = nl - d + 1;
      if (i < len && is_delimiter (d, i, len, delim, dn))
        return i;
    }
  return G_MAXSIZE;
}

/* Quoted-printable: "=3D" is one byte, "=" at the end of a line joins it
 * to the next; anything else is itself. */
static void
decode_quoted_printable (DossierMappedText *m,
                         const char        *d,
                         gsize              start,
                         gsize              end)
{
  gsize run = start, i = start;

  while (i < end)
    {
      const char *eq = memchr (d + i, '=', end - i);
      gsize j, k;

      if (eq == NULL)
        break;
      j = eq - d;
      if (j + 2 < end && g_ascii_isxdigit (d[j + 1]) && g_ascii_isxdigit (d[j + 2]))
        {
          char b = (char) (g_ascii_xdigit_value (d[j + 1]) * 16 + g_ascii_xdigit_value (d[j + 2]));

          dossier_mapped_text_append_source (m, d, run, j - run);
          dossier_mapped_text_append_replacement (m, &b, 1, j, 3);
          i = run = j + 3;
          continue;
        }
      for (k = j + 1; k < end && (d[k] == ' ' || d[k] == '\t'); k++)
        ;
      if (k < end && (d[k] == '\n' || (d[k] == '\r' && k + 1 < end && d[k + 1] == '\n')))
        {
          k += d[k] == '\r' ? 2 : 1;
          dossier_mapped_text_append_source (m, d, run, j - run);
          i = run = k;
          continue;
        }
      i = j + 1;
    }
  dossier_mapped_text_append_source (m, d, run, end - run);
}

static int
base64_value (char c)
{
  if (c >= 'A' && c <= 'Z')
    return c - 'A';
  if (c >= 'a' && c <= 'z')
    return c - 'a' + 26;
  if (c >= '0' && c <= '9')
    return c - '0' + 52;
  if (c == '+' || c == '-')
    return 62;
  if (c == '/' || c == '_')
    return 63;
  return -1;
}

/* Base64, four characters at a time (line breaks and anything else that
 * is no base64 skipped); each group's three bytes map to its characters. */
static void
decode_base64 (DossierMappedText *m,
               const char        *d,
               gsize              start,
               gsize              end)
{
  guint32 acc = 0;
  guint n = 0;
  gsize group_start = start, last = start;

  for (gsize i = start; i < end && d[i] != '='; i++)
    {
      int v = base64_value (d[i]);

      if (v < 0)
        continue;
      if (n == 0)
        group_start = i;
      last = i;
      acc = (acc << 6) | (guint32) v;
      if (++n == 4)
        {
          char b[3] = { (char) (acc >> 16), (char) (acc >> 8), (char) acc };

          dossier_mapped_text_append_replacement (m, b, 3, group_start, i + 1 - group_start);
          acc = 0;
          n = 0;
        }
    }
  /* A last group of two or three characters ("…==" or "…="). */
  if (n >= 2)
    {
      char b[2];
      gsize k = n == 2 ? 1 : 2;

      acc <<= 6 * (4 - n);
      b[0] = (char) (acc >> 16);
      b[1] = (char) (acc >> 8);
      dossier_mapped_text_append_replacement (m, b, k, group_start, last + 1 - group_start);
    }
}

typedef struct
{
  gsize start, end;   /* the part's body in the archive */
  char *type;         /* its Content-Type */
  char *encoding;     /* its Content-Transfer-Encoding */
  char *location;     /* its Content-Location */
} Part;

static void
part_clear (Part *p)
{
  g_clear_pointer (&p->type, g_free);
  g_clear_pointer (&p->encoding, g_free);
  g_clear_pointer (&p->location, g_free);
}

/* The archive's first text/html part, the page (the parts after it are its
 * frames, pictures and styles). An archive of one part is that part. */
static gboolean
find_page (const char *d,
           gsize       len,
           gsize       hend,
           gsize       body,
           const char *type,
           Part       *page)
{
  g_autofree char *boundary = NULL;
  g_autofree char *delim = NULL;
  gsize dn, at;

  if (!has_type (type, "multipart/"))
    {
      if (!has_type (type, "text/html"))
        return FALSE;
      page->start = body;
      page->end = len;
      page->type = g_strdup (type);
      page->encoding = header_value (d, 0, hend, "Content-Transfer-Encoding");
      return TRUE;
    }
  boundary = header_param (type, "boundary");
  if (boundary == NULL || *boundary == '\0' || strlen (boundary) > MAX_BOUNDARY)
    return FALSE;
  delim = g_strconcat ("--", boundary, NULL);
  dn = strlen (delim);

  at = find_delimiter (d, body, len, delim, dn);
  while (at != G_MAXSIZE)
    {
      gsize ps = at + dn, pb, ph, next;
      const char *nl;
      g_autofree char *ptype = NULL;

      /* "--boundary--" closes the archive. */
      if (len - ps >= 2 && d[ps] == '-' && d[ps + 1] == '-')
        return FALSE;
      nl = memchr (d + ps, '\n', len - ps);
      if (nl == NULL)
        return FALSE;
      ps = nl - d + 1;
      ph = headers_end (d, ps, len, &pb);
      if (ph == G_MAXSIZE)
        return FALSE;
      next = find_delimiter (d, pb, len, delim, dn);
      ptype = header_value (d, ps, ph, "Content-Type");
      if (has_type (ptype, "text/html"))
        {
          gsize e = next == G_MAXSIZE ? len : next;

          /* The line break before a delimiter is the delimiter's. */
          if (next != G_MAXSIZE && e > pb && d[e - 1] == '\n')
            e--;
          if (next != G_MAXSIZE && e > pb && d[e - 1] == '\r')
            e--;
          page->start = pb;
          page->end = e;
          page->type = g_steal_pointer (&ptype);
          page->encoding = header_value (d, ps, ph, "Content-Transfer-Encoding");
          page->location = header_value (d, ps, ph, "Content-Location");
          return TRUE;
        }
      at = next;
    }
  return FALSE;
}

static gboolean
parse_mhtml (const char     *data,
             gsize           len,
             DossierParsed  *out,
             GError        **error)
{
  g_autofree char *type = NULL;
  g_autofree char *location = NULL;
  g_autofree char *saved = NULL;
  g_autofree char *day = NULL;
  g_autofree char *charset = NULL;
  g_autoptr(DossierMappedText) page_text = NULL;
  Part page = { 0 };
  gsize hend, body = 0;
  gboolean ok;

  hend = headers_end (data, 0, len, &body);
  if (hend != G_MAXSIZE)
    type = header_value (data, 0, hend, "Content-Type");
  if (type == NULL || !find_page (data, len, hend, body, type, &page))
    {
      part_clear (&page);
      if (dossier_decode_looks_binary (data, len))
        g_set_error (error, DOSSIER_PARSE_ERROR, DOSSIER_PARSE_ERROR_BINARY, _("File holds binary data, not text"));
      else
        g_set_error (error, DOSSIER_PARSE_ERROR, DOSSIER_PARSE_ERROR_INVALID,
                     _("No web page found in this MHTML archive"));
      return FALSE;
    }

  page_text = dossier_mapped_text_new ();
  if (page.encoding && g_ascii_strcasecmp (page.encoding, "quoted-printable") == 0)
    decode_quoted_printable (page_text, data, page.start, page.end);
  else if (page.encoding && g_ascii_strcasecmp (page.encoding, "base64") == 0)
    decode_base64 (page_text, data, page.start, page.end);
  else
    dossier_mapped_text_append_source (page_text, data, page.start, page.end - page.start);

  /* Chromium writes Snapshot-Content-Location in the archive's header,
   * Internet Explorer a Content-Location in the page's; Date is when the
   * page was saved. */
  location = header_value (data, 0, hend, "Snapshot-Content-Location");
  if (location == NULL)
    location = header_value (data, 0, hend, "Content-Location");
  if (location == NULL)
    location = g_steal_pointer (&page.location);
  saved = header_value (data, 0, hend, "Date");
  if (saved && (day = dossier_date_find (saved, NULL, NULL)))
    day[MIN (strlen (day), 10)] = '\0';
  charset = header_param (page.type, "charset");

  ok = dossier_html_parse_page (dossier_mapped_text_get_text (page_text), dossier_mapped_text_get_length (page_text),
                                charset, location && *location ? location : NULL, day, out, error);
  part_clear (&page);
  if (ok && out->text)
    {
      DossierMappedText *on_page = out->text;

      out->text = dossier_mapped_text_compose (on_page, page_text);
      dossier_mapped_text_free (on_page);
    }
  return ok;
}

static const char * const mhtml_extensions[] = { "mhtml", "mht", NULL };

const DossierFormat dossier_format_mhtml = {
  .name = "mhtml",
  .extensions = mhtml_extensions,
  .parse = parse_mhtml,
};
