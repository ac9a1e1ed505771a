/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "dossier-parser-markdown"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "dossier-date.h"
#include "dossier-decode.h"
#include "dossier-page.h"
#include "dossier-parser.h"

/*
 * Markdown articles, as note-taking tools and scrapers save them: optional
 * YAML-style front matter (title, source, url, date, author), then blocks.
 * Inline markup (emphasis, code spans, links, images, HTML tags) is dropped
 * from the clean text while the map keeps every kept character tied to its
 * byte in the file.
 */

static void
dossier_set_str (char       **field,
                 const char  *value)
{
  char *copy = g_strdup (value);

  g_free (*field);
  *field = copy;
}

static char *
unquote (const char *v)
{
  g_autofree char *s = g_strstrip (g_strdup (v));
  gsize n = strlen (s);

  if (n >= 2 && ((s[0] == '"' && s[n - 1] == '"') || (s[0] == '\'' && s[n - 1] == '\'')))
    {
      s[n - 1] = '\0';
      return g_strdup (s + 1);
    }
  return g_steal_pointer (&s);
}

static char *
normalize_date (const char *v)
{
  char *iso = dossier_date_find (v, NULL, NULL);

  return iso;
}

static void
front_matter_field (DossierParsed *out,
                    const char    *key,
                    const char    *raw)
{
  g_autofree char *v = unquote (raw);
  g_autofree char *k = g_ascii_strdown (key, -1);

  if (*v == '\0')
    return;
  if (g_str_equal (k, "title") || g_str_equal (k, "headline"))
    dossier_set_str (&out->title, v);
  else if (g_str_equal (k, "source") || g_str_equal (k, "outlet") || g_str_equal (k, "publisher") ||
           g_str_equal (k, "site") || g_str_equal (k, "site_name") || g_str_equal (k, "publication"))
    dossier_set_str (&out->outlet, v);
  else if (g_str_equal (k, "url") || g_str_equal (k, "link") || g_str_equal (k, "canonical") ||
           g_str_equal (k, "source_url"))
    dossier_set_str (&out->url, v);
  else if (g_str_equal (k, "date") || g_str_equal (k, "published") || g_str_equal (k, "pubdate") ||
           g_str_equal (k, "date_published") || g_str_equal (k, "published_at"))
    {
      g_autofree char *iso = normalize_date (v);
      if (iso)
        dossier_set_str (&out->date, iso);
    }
  else if (g_str_equal (k, "author") || g_str_equal (k, "byline") || g_str_equal (k, "authors"))
    {
      /* "[Jane Doe, John Roe]" lists */
      if (v[0] == '[')
        {
          g_autofree char *inner = g_strndup (v + 1, strlen (v) - 1 - (g_str_has_suffix (v, "]") ? 1 : 0));
          g_auto(GStrv) parts = g_strsplit (inner, ",", -1);
          for (guint i = 0; parts[i]; i++)
            {
              char *u = unquote (parts[i]);
              g_free (parts[i]);
              parts[i] = u;
            }
          g_free (out->byline);
          out->byline = g_strjoinv (", ", parts);
        }
      else
        dossier_set_str (&out->byline, v);
    }
  else if (g_str_equal (k, "place") || g_str_equal (k, "location") || g_str_equal (k, "dateline"))
    dossier_set_str (&out->place, v);
  else if (g_str_equal (k, "lang") || g_str_equal (k, "language"))
    dossier_set_str (&out->language, v);
}

/* Returns the offset where the body starts (after the front matter). */
static gsize
parse_front_matter (const char    *t,
                    gsize          len,
                    DossierParsed *out)
{
  const char *end;
  const char *p;

  if (len < 4 || strncmp (t, "---\n", 4) != 0)
    return 0;
  end = g_strstr_len (t + 3, len - 3, "\n---");
  if (end == NULL)
    end = g_strstr_len (t + 3, len - 3, "\n...");
  if (end == NULL)
    return 0;

  for (p = t + 4; p < end; )
    {
      const char *nl = memchr (p, '\n', end - p);
      const char *le = nl ? nl : end;
      const char *colon = memchr (p, ':', le - p);

      if (colon && colon > p && g_ascii_isalpha (*p))
        {
          g_autofree char *key = g_strndup (p, colon - p);
          g_autofree char *val = g_strndup (colon + 1, le - colon - 1);

          front_matter_field (out, g_strstrip (key), val);
        }
      p = le + 1;
    }

  p = end + 4;
  while (p < t + len && *p != '\n')
    p++;
  return MIN ((gsize) (p - t) + 1, len);
}

/* Appends the inline content of [start, end) without its markup. */
static void
append_inline (DossierBlock            *block,
               const DossierMappedText *decoded,
               gsize                    start,
               gsize                    end)
{
  const char *t = dossier_mapped_text_get_text (decoded);
  DossierMappedText *out = block->text;
  gsize run = start;
  gsize i = start;

#define FLUSH(upto) G_STMT_START { \
    if ((upto) > run) dossier_mapped_text_append_source (out, t, run, (upto) - run); \
  } G_STMT_END

  while (i < end)
    {
      char c = t[i];

      if (c == '\\' && i + 1 < end && g_ascii_ispunct (t[i + 1]))
        {
          FLUSH (i);
          run = i + 1;
          i += 2;
          continue;
        }
      if (c == '*' || c == '`' || (c == '~' && i + 1 < end && t[i + 1] == '~'))
        {
          FLUSH (i);
          while (i < end && t[i] == c)
            i++;
          run = i;
          continue;
        }
      if (c == '_' && (i == start || !g_ascii_isalnum (t[i - 1]) || i + 1 >= end || !g_ascii_isalnum (t[i + 1])))
        {
          FLUSH (i);
          while (i < end && t[i] == '_')
            i++;
          run = i;
          continue;
        }
      if (c == '!' && i + 1 < end && t[i + 1] == '[')
        {
          /* An image: its alt text is not article text. */
          const char *close = memchr (t + i, ']', end - i);

          if (close && (gsize) (close - t) + 1 < end && close[1] == '(')
            {
              const char *paren = memchr (close, ')', t + end - close);
              if (paren)
                {
                  FLUSH (i);
                  i = paren - t + 1;
                  run = i;
                  continue;
                }
            }
        }
      if (c == '[')
        {
          const char *close = memchr (t + i, ']', end - i);

          if (close && (gsize) (close - t) + 1 < end && (close[1] == '(' || close[1] == '['))
            {
              const char *paren = memchr (close, close[1] == '(' ? ')' : ']', t + end - close);
              if (paren)
                {
                  /* [text](url): keep the text only. */
                  FLUSH (i);
                  append_inline (block, decoded, i + 1, close - t);
                  i = paren - t + 1;
                  run = i;
                  continue;
                }
            }
        }
      if (c == '<')
        {
          const char *gt = memchr (t + i, '>', MIN (end - i, 512));

          if (gt && (g_ascii_isalpha (t[i + 1]) || t[i + 1] == '/' || t[i + 1] == '!'))
            {
              FLUSH (i);
              i = gt - t + 1;
              run = i;
              continue;
            }
        }
      i++;
    }
  FLUSH (end);
#undef FLUSH
}

static gboolean
is_rule (const char *s,
         gsize       n)
{
  guint marks = 0;
  char m = 0;

  for (gsize i = 0; i < n; i++)
    {
      if (s[i] == ' ')
        continue;
      if (s[i] != '-' && s[i] != '*' && s[i] != '_' && s[i] != '=')
        return FALSE;
      if (m && s[i] != m)
        return FALSE;
      m = s[i];
      marks++;
    }
  return marks >= 3;
}

static gboolean
parse_markdown (const char     *data,
                gsize           len,
                DossierParsed  *out,
                GError        **error)
{
  DossierDecodeFlags flags = 0;
  g_autoptr(DossierMappedText) decoded = NULL;
  g_autoptr(GPtrArray) blocks = g_ptr_array_new_with_free_func ((GDestroyNotify) dossier_block_free);
  DossierBlock *cur = NULL;
  gboolean in_fence = FALSE;
  const char *t;
  gsize n, p;

  if (dossier_decode_looks_binary (data, len))
    {
      g_set_error (error, DOSSIER_PARSE_ERROR, DOSSIER_PARSE_ERROR_BINARY,
                   _("File holds binary data, not text"));
      return FALSE;
    }

  decoded = dossier_decode_text (data, len, &flags);
  dossier_parsed_set_decode_flags (out, flags);
  t = dossier_mapped_text_get_text (decoded);
  n = dossier_mapped_text_get_length (decoded);

  p = parse_front_matter (t, n, out);

  while (p < n)
    {
      const char *nl = memchr (t + p, '\n', n - p);
      gsize e = nl ? (gsize) (nl - t) : n;
      gsize s = p;
      guint indent = 0;

      p = e + 1;
      while (s < e && (t[s] == ' ' || t[s] == '\t'))
        s++, indent++;

      if (g_str_has_prefix (t + s, "```") || g_str_has_prefix (t + s, "~~~"))
        {
          in_fence = !in_fence;
          cur = NULL;
          continue;
        }
      if (in_fence || indent >= 4)
        {
          cur = NULL;
          continue;
        }
      if (s == e)
        {
          cur = NULL;
          continue;
        }
      /* Setext heading: a line of === or --- under a paragraph line. */
      if (cur != NULL && cur->heading == 0 && (t[s] == '=' || t[s] == '-') && is_rule (t + s, e - s))
        {
          cur->heading = t[s] == '=' ? 1 : 2;
          cur = NULL;
          continue;
        }
      if (is_rule (t + s, e - s))
        {
          cur = NULL;
          continue;
        }
      /* Reference definitions "[id]: http://…" */
      if (t[s] == '[')
        {
          const char *close = memchr (t + s, ']', e - s);
          if (close && close + 1 < t + e && close[1] == ':')
            {
              cur = NULL;
              continue;
            }
        }

      if (t[s] == '#')
        {
          guint level = 0;
          gsize hs = s, he = e;

          while (hs < e && t[hs] == '#')
            hs++, level++;
          if (level <= 6 && (hs == e || t[hs] == ' '))
            {
              while (hs < e && t[hs] == ' ')
                hs++;
              while (he > hs && (t[he - 1] == '#' || t[he - 1] == ' '))
                he--;
              cur = dossier_block_new ();
              cur->heading = level;
              g_ptr_array_add (blocks, cur);
              append_inline (cur, decoded, hs, he);
              cur = NULL;
              continue;
            }
        }

      {
        gboolean quote = FALSE, item = FALSE;

        while (s < e && t[s] == '>')
          {
            quote = TRUE;
            s++;
            while (s < e && t[s] == ' ')
              s++;
          }
        if (s + 1 < e && (t[s] == '-' || t[s] == '*' || t[s] == '+') && t[s + 1] == ' ')
          {
            item = TRUE;
            s += 2;
          }
        else if (s < e && g_ascii_isdigit (t[s]))
          {
            gsize d = s;
            while (d < e && g_ascii_isdigit (t[d]))
              d++;
            if (d + 1 < e && (t[d] == '.' || t[d] == ')') && t[d + 1] == ' ' && d - s <= 3)
              {
                item = TRUE;
                s = d + 2;
              }
          }
        while (s < e && t[s] == ' ')
          s++;
        while (e > s && (t[e - 1] == ' ' || t[e - 1] == '\t'))
          e--;
        if (s == e)
          {
            cur = NULL;
            continue;
          }

        if (cur == NULL || item || cur->quote != quote || cur->heading)
          {
            cur = dossier_block_new ();
            cur->quote = quote;
            cur->list_item = item;
            g_ptr_array_add (blocks, cur);
          }
        else
          dossier_mapped_text_append_synthetic (cur->text, " ");
        append_inline (cur, decoded, s, e);
      }
    }

  /* Drop blocks whose text was all markup. */
  for (guint i = blocks->len; i > 0; i--)
    {
      DossierBlock *b = g_ptr_array_index (blocks, i - 1);
      const char *bt = dossier_mapped_text_get_text (b->text);
      gboolean empty = TRUE;

      for (const char *c = bt; *c; c++)
        if (!g_ascii_isspace (*c))
          {
            empty = FALSE;
            break;
          }
      if (empty)
        g_ptr_array_remove_index (blocks, i - 1);
    }

  {
    g_autofree char *front_title = g_strdup (out->title);

    dossier_page_analyze (blocks, decoded, out);
    /* Front matter outranks what the page analysis guessed. */
    if (front_title)
      dossier_set_str (&out->title, front_title);
  }
  return TRUE;
}

static const char * const markdown_extensions[] = { "md", "markdown", "mdown", "mkd", NULL };

const DossierFormat dossier_format_markdown = {
  .name = "markdown",
  .extensions = markdown_extensions,
  .parse = parse_markdown,
};
