/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "dossier-html"

#include "config.h"

#include <string.h>

#include "dossier-html-extract-private.h"

/*
 * The story from the page's scripts, when its markup has none: the
 * JSON-LD "articleBody" string or the markup a framework's state carries,
 * read where it stands in the page, into blocks as the DOM's would be.
 */

/* The end of the JSON string whose opening quote is at @q: its closing
 * quote, or @end when the string is cut short. */
static const char *
json_string_end (const char *q,
                 const char *end)
{
  const char *p = q + 1;

  while (p < end && *p != '"')
    p += *p == '\\' && p + 1 < end ? 2 : 1;
  return p;
}

/* Keys under which a page's script state (a framework's hydration data:
 * Next.js, Nuxt, a query cache) carries the story as markup. Only names
 * that say "the article's body" or "its HTML": "content", "body" or "text"
 * alone name a teaser, a comment, a menu item as often. */
static const char * const state_story_keys[] = {
  "\"articleBody\"", "\"contentHtml\"", "\"content_html\"", "\"bodyHtml\"", "\"body_html\"",
  "\"articleHtml\"", "\"article_html\"", "\"htmlContent\"", "\"html_content\"", "\"articleContent\"",
};

/* The opening quote of the story's JSON string in the decoded page, or
 * NULL: the first "articleBody" of a <script type="application/ld+json">,
 * else the longest string (of 500 bytes at least) under one of
 * state_story_keys in any other inline script. One pass over the page's
 * scripts. */
static const char *
find_story_json (const char *dt,
                 gsize       dn)
{
  const char *end = dt + dn;
  const char *best = NULL;
  gsize best_len = 500;

  for (const char *p = dt; (p = memchr (p, '<', end - p)) != NULL; p++)
    {
      const char *tag_end, *close;
      gboolean ld;

      if (g_ascii_strncasecmp (p, "<script", 7) != 0)
        continue;
      tag_end = memchr (p, '>', end - p);
      if (tag_end == NULL)
        break;
      /* The script's end: "</script", any case. */
      for (close = tag_end; (close = memchr (close, '<', end - close)) != NULL; close++)
        if (g_ascii_strncasecmp (close, "</script", 8) == 0)
          break;
      if (close == NULL)
        close = end;
      ld = g_strstr_len (p, tag_end - p, "ld+json") != NULL;
      /* In JSON-LD only "articleBody" (state_story_keys[0]), and its
       * first one, which outranks any state data's. */
      for (guint k = 0; k < (ld ? 1 : G_N_ELEMENTS (state_story_keys)); k++)
        {
          const char *key = tag_end;

          while ((key = g_strstr_len (key, close - key, state_story_keys[k])) != NULL)
            {
              const char *q = key + strlen (state_story_keys[k]);

              while (q < close && g_ascii_isspace (*q))
                q++;
              if (q < close && *q == ':')
                q++;
              while (q < close && g_ascii_isspace (*q))
                q++;
              key = q;
              if (q >= close || *q != '"')
                continue;
              if (ld)
                return q;
              key = json_string_end (q, close);
              if ((gsize) (key - q) > best_len)
                {
                  best = q;
                  best_len = key - q;
                }
            }
        }
      p = close - 1;
      if (close == end)
        break;
    }
  return best;
}

/* An element with no end tag (<img>, <br>, <source>), its name's @len
 * bytes at @n. */
static gboolean
json_void_tag (const char *n,
               gsize       len)
{
  static const char * const voids[] = { "area", "br", "col", "embed", "hr", "img", "input", "link", "meta",
                                        "source", "track", "wbr" };

  for (guint k = 0; k < G_N_ELEMENTS (voids); k++)
    if (strlen (voids[k]) == len && g_ascii_strncasecmp (n, voids[k], len) == 0)
      return TRUE;
  return FALSE;
}

/* The tag whose "<" (or its JSON escape, "\u003c") is at @i in a JSON
 * string: TRUE, with *@name at its name (after a "/" or "\/" of a closing
 * tag) and *@after past its ">" ("\u003e"); FALSE when @i starts no tag.
 * The tag's attributes may hold escaped quotes (class=\"lede\"): only an
 * unescaped quote ends the string, and the tag with it. */
static gboolean
json_tag_at (const char *dt,
             gsize       dn,
             gsize       i,
             gsize      *name,
             gsize      *after)
{
  gsize t;

  if (dt[i] == '<')
    t = i + 1;
  else if (i + 6 <= dn && g_ascii_strncasecmp (dt + i, "\\u003c", 6) == 0)
    t = i + 6;
  else
    return FALSE;
  if (t < dn && dt[t] == '/')
    t++;
  else if (t + 1 < dn && dt[t] == '\\' && dt[t + 1] == '/')
    t += 2;
  if (t >= dn || !g_ascii_isalpha (dt[t]))
    return FALSE;
  *name = t;
  while (t < dn && dt[t] != '"' && dt[t] != '>')
    {
      if (dt[t] == '\\' && t + 6 <= dn && g_ascii_strncasecmp (dt + t, "\\u003e", 6) == 0)
        {
          *after = t + 6;
          return TRUE;
        }
      t += dt[t] == '\\' && t + 1 < dn ? 2 : 1;
    }
  *after = t < dn && dt[t] == '>' ? t + 1 : t;
  return TRUE;
}

/* A paragraph of the JSON string being read begins, unless one is open. */
static void
open_json_block (Ctx    *c,
                 Block **cur)
{
  if (*cur != NULL)
    return;
  *cur = g_new0 (Block, 1);
  (*cur)->start = dossier_mapped_text_get_length (c->pool);
}

/* "$$ARTICLEAD$$", "{{ad_slot}}": a template's placeholder that a
 * publisher's script replaces (with an advertisement, mostly), left in the
 * story's markup of its state data. One token, wrapped. */
static gboolean
is_template_placeholder (const char *s,
                         gsize       n)
{
  static const char * const wraps[][2] = { { "$$", "$$" }, { "{{", "}}" }, { "[[", "]]" }, { "%%", "%%" } };

  for (guint w = 0; w < G_N_ELEMENTS (wraps); w++)
    {
      gsize k;

      if (n < 5 || strncmp (s, wraps[w][0], 2) != 0 || strncmp (s + n - 2, wraps[w][1], 2) != 0)
        continue;
      for (k = 2; k < n - 2 && (g_ascii_isalnum (s[k]) || s[k] == '_' || s[k] == '-' || s[k] == ' '); k++)
        ;
      if (k == n - 2)
        return TRUE;
    }
  return FALSE;
}

/* "+++dropcap", "+++", "[#image: /photos/6442ac41]", "{: legacyType=\"feature-small\"}":
 * a line of a publisher's markdown (Condé Nast's) that directs the layout,
 * no text of the story. */
static gboolean
is_markdown_directive (const char *s,
                       gsize       n)
{
  gsize k;

  if (n >= 3 && strncmp (s, "+++", 3) == 0)
    {
      for (k = 3; k < n && (g_ascii_isalnum (s[k]) || s[k] == '-' || s[k] == '_'); k++)
        ;
      return k == n;
    }
  if (n >= 4 && ((s[0] == '[' && s[1] == '#' && s[n - 1] == ']') || (s[0] == '{' && s[1] == ':' && s[n - 1] == '}')))
    return memchr (s, '\n', n) == NULL;
  return FALSE;
}

/* One paragraph of the JSON string being read ends: a block of it. */
static void
end_json_block (Ctx       *c,
                Block    **cur,
                GPtrArray *blocks,
                GPtrArray *kept)
{
  Block *b = *cur;

  *cur = NULL;
  if (b == NULL)
    return;
  b->end = dossier_mapped_text_get_length (c->pool);
  /* Spaces at the paragraph's ends stay in the pool, out of the block. */
  {
    const char *pt = dossier_mapped_text_get_text (c->pool);

    while (b->end > b->start && g_ascii_isspace (pt[b->end - 1]))
      b->end--;
    while (b->start < b->end && g_ascii_isspace (pt[b->start]))
      b->start++;
  }
  if (b->end == b->start ||
      is_template_placeholder (dossier_mapped_text_get_text (c->pool) + b->start, b->end - b->start) ||
      is_markdown_directive (dossier_mapped_text_get_text (c->pool) + b->start, b->end - b->start))
    {
      block_free (b);
      return;
    }
  b->text_len = b->end - b->start;
  dossier_mapped_text_append_synthetic (c->pool, "\n");
  g_ptr_array_add (blocks, b);
  g_ptr_array_add (kept, b);
}

/* The story as the publisher's structured data gives it, when the page's
 * markup has none (a page its scripts fill in): the JSON-LD "articleBody"
 * string, read where it stands in the page so that every character maps to
 * the bytes it came from. Escapes are decoded ("\u00e9", "\""), line
 * breaks and any markup in the string end paragraphs. Returns the number
 * of blocks added to @kept. */
guint
body_from_json_ld (Ctx       *c,
                   GPtrArray *blocks,
                   GPtrArray *kept)
{
  const char *dt = dossier_mapped_text_get_text (c->decoded);
  gsize dn = dossier_mapped_text_get_length (c->decoded);
  const char *quote = find_story_json (dt, dn);
  gsize i, plain, name, after;
  Block *cur = NULL;
  guint before = kept->len;
  /* A picture's caption or credit inside the story's markup (<figure>,
   * <figcaption>, class="caption"): its tag's name and how deep, to leave
   * all of it out, as the captions of the page's own markup are. */
  char skip_name[16] = "";
  guint skip_depth = 0;

  /* The string in a publisher's markdown (Condé Nast's: "+++dropcap",
   * "[a paper](https://…)", "*Earth's Future*", "*NASA*{: .small}"): its
   * links say their words, its emphasis and attributes nothing. */
  gboolean markdown;
  gsize link_close = 0, link_after = 0;

  if (quote == NULL)
    return 0;
  i = quote - dt + 1;
  {
    const char *close = json_string_end (quote, dt + dn);

    markdown = g_strstr_len (quote, close - quote, "\\n+++") != NULL ||
               g_strstr_len (quote, close - quote, "\\n\\n[#image:") != NULL ||
               g_strstr_len (quote, close - quote, "{: .") != NULL;
  }

#define FLUSH_PLAIN() G_STMT_START {                                        \
    if (i > plain && skip_depth == 0)                                       \
      {                                                                     \
        open_json_block (c, &cur);                                          \
        dossier_mapped_text_append_source (c->pool, dt, plain, i - plain);  \
      }                                                                     \
  } G_STMT_END

  plain = i;
  while (i < dn && dt[i] != '"')
    {
      if ((dt[i] == '<' || dt[i] == '\\') && json_tag_at (dt, dn, i, &name, &after))
        {
          /* Markup in the string, as is or escaped ("\u003cp\u003e"):
           * "<p>", "<br/>" end a paragraph, the others ("<em>") are left
           * out. */
          const char *n = dt + name;
          gboolean closing = dt[name - 1] == '/';
          const char *class_at;
          gsize len = 0;
          gboolean breaks;

          FLUSH_PLAIN ();
          while (name + len < after && (g_ascii_isalnum (n[len]) || n[len] == '-'))
            len++;
          if (skip_depth > 0)
            {
              if (len == strlen (skip_name) && g_ascii_strncasecmp (n, skip_name, len) == 0)
                skip_depth += closing ? -1 : 1;
              i = plain = after;
              continue;
            }
          /* A void element ("<img alt=... caption>") is never closed:
           * only elements that hold their caption. */
          if (!closing && len > 0 && len < sizeof skip_name && !json_void_tag (n, len) &&
              ((len == 6 && g_ascii_strncasecmp (n, "figure", 6) == 0) ||
               (len == 10 && g_ascii_strncasecmp (n, "figcaption", 10) == 0) ||
               ((class_at = g_strstr_len (n, after - name, "class")) != NULL &&
                g_strstr_len (class_at, dt + after - class_at, "caption") != NULL)))
            {
              memcpy (skip_name, n, len);
              skip_name[len] = '\0';
              skip_depth = 1;
              i = plain = after;
              continue;
            }
          breaks = g_ascii_strncasecmp (n, "p", 1) == 0 || g_ascii_strncasecmp (n, "br", 2) == 0 ||
                   g_ascii_tolower (n[0]) == 'h' ||
                   g_ascii_strncasecmp (n, "div", 3) == 0 || g_ascii_strncasecmp (n, "li", 2) == 0;
          if (breaks)
            end_json_block (c, &cur, blocks, kept);
          i = after;
          plain = i;
          continue;
        }
      /* "left.&nbsp;\u2666": a character reference in the string's markup,
       * which is HTML: the character it stands for. */
      if (dt[i] == '&' && skip_depth == 0)
        {
          char ref[8];
          gsize ref_len, len = dossier_html_parse_ref (dt + i, dn - i, ref, &ref_len);

          if (len > 0)
            {
              FLUSH_PLAIN ();
              if (ref_len > 0)
                {
                  open_json_block (c, &cur);
                  if (ref_len == 2 && (guchar) ref[0] == 0xC2 && (guchar) ref[1] == 0xA0)
                    dossier_mapped_text_append_replacement (c->pool, " ", 1, i, len);
                  else
                    dossier_mapped_text_append_replacement (c->pool, ref, ref_len, i, len);
                }
              i += len;
              plain = i;
              continue;
            }
        }
      if (markdown && skip_depth == 0 && dt[i] != '\\')
        {
          gsize k;

          /* The end of a link's words: its address goes. */
          if (link_close > 0 && i == link_close)
            {
              FLUSH_PLAIN ();
              i = plain = link_after;
              link_close = 0;
              continue;
            }
          /* "[words](https://…)" on one line, not "[#image: …]". */
          if (dt[i] == '[' && link_close == 0 && i + 1 < dn && dt[i + 1] != '#')
            {
              for (k = i + 1; k < dn && k < i + 400; k++)
                if (dt[k] == ']' || dt[k] == '"' || dt[k] == '[' ||
                    (dt[k] == '\\' && k + 1 < dn && dt[k + 1] == 'n'))
                  break;
              if (k + 1 < dn && dt[k] == ']' && dt[k + 1] == '(')
                {
                  gsize e;

                  for (e = k + 2; e < dn && e < k + 2000 && dt[e] != ')' && dt[e] != '"' && dt[e] != ' '; e++)
                    ;
                  if (e < dn && dt[e] == ')')
                    {
                      FLUSH_PLAIN ();
                      link_close = k;
                      link_after = e + 1;
                      i = plain = i + 1;
                      continue;
                    }
                }
            }
          /* "{: .small}" after a word: its attributes. */
          if (dt[i] == '{' && i + 1 < dn && dt[i + 1] == ':')
            {
              for (k = i + 2; k < dn && k < i + 200 && dt[k] != '}' && dt[k] != '"'; k++)
                ;
              if (k < dn && dt[k] == '}')
                {
                  FLUSH_PLAIN ();
                  i = plain = k + 1;
                  continue;
                }
            }
          /* Emphasis: "*", "**". */
          if (dt[i] == '*')
            {
              FLUSH_PLAIN ();
              i = plain = i + 1;
              continue;
            }
        }
      if (dt[i] != '\\')
        {
          i++;
          continue;
        }
      FLUSH_PLAIN ();
      if (i + 1 >= dn)
        break;
      if (skip_depth > 0)
        {
          i += dt[i + 1] == 'u' ? 6 : 2;
          plain = i;
          continue;
        }
      switch (dt[i + 1])
        {
        case 'n': case 'r':
          end_json_block (c, &cur, blocks, kept);
          i += 2;
          break;
        case 'u':
          {
            gunichar u = 0;
            gsize len = 6;
            char utf8[8];
            gint n;

            if (i + 6 > dn || !g_ascii_isxdigit (dt[i + 2]) || !g_ascii_isxdigit (dt[i + 3]) ||
                !g_ascii_isxdigit (dt[i + 4]) || !g_ascii_isxdigit (dt[i + 5]))
              {
                i += 2;
                break;
              }
            for (guint k = 2; k < 6; k++)
              u = u * 16 + g_ascii_xdigit_value (dt[i + k]);
            /* A surrogate pair: "\ud83d\ude00". */
            if (u >= 0xD800 && u < 0xDC00 && i + 12 <= dn && dt[i + 6] == '\\' && dt[i + 7] == 'u')
              {
                gunichar lo = 0;

                for (guint k = 8; k < 12; k++)
                  lo = lo * 16 + (g_ascii_isxdigit (dt[i + k]) ? g_ascii_xdigit_value (dt[i + k]) : 0);
                if (lo >= 0xDC00 && lo < 0xE000)
                  {
                    u = 0x10000 + ((u - 0xD800) << 10) + (lo - 0xDC00);
                    len = 12;
                  }
              }
            if (u == '\n' || u == 0x2028 || u == 0x2029)
              end_json_block (c, &cur, blocks, kept);
            else if (u >= 0x20 && g_unichar_validate (u) && !(u >= 0xD800 && u < 0xE000))
              {
                open_json_block (c, &cur);
                n = g_unichar_to_utf8 (u == 0xA0 ? ' ' : u, utf8);
                dossier_mapped_text_append_replacement (c->pool, utf8, n, i, len);
              }
            i += len;
            break;
          }
        default:
          {
            /* "\"", "\\", "\/" stand for the character; "\t" for a space;
             * "\b", "\f" for nothing. */
            char ch = dt[i + 1] == 't' ? ' ' : dt[i + 1];

            if (ch != 'b' && ch != 'f')
              {
                open_json_block (c, &cur);
                dossier_mapped_text_append_replacement (c->pool, &ch, 1, i, 2);
              }
            i += 2;
            break;
          }
        }
      plain = i;
    }
  FLUSH_PLAIN ();
  end_json_block (c, &cur, blocks, kept);
#undef FLUSH_PLAIN

  point_blocks_into_pool (c->pool, blocks);
  return kept->len - before;
}
