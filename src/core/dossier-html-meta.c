/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "dossier-html"

#include "config.h"

#include <json-glib/json-glib.h>
#include <stdio.h>
#include <string.h>

#include "dossier-date.h"
#include "dossier-html-private.h"
#include "dossier-page.h"

/*
 * What a page says about itself, most trusted first: schema.org JSON-LD,
 * which publishers fill for search engines; OpenGraph and article: meta tags,
 * which they fill for social networks; the <title>, which carries the site's
 * name and has to be trimmed. Nothing here is fetched: links are only read.
 */

gboolean
dossier_html_is_tag (const xmlNode *node,
                     const char    *name)
{
  return node != NULL && node->type == XML_ELEMENT_NODE && node->name != NULL &&
         g_ascii_strcasecmp ((const char *) node->name, name) == 0;
}

const char *
dossier_html_attr (const xmlNode *node,
                   const char    *name)
{
  for (const xmlAttr *a = node->properties; a; a = a->next)
    if (a->name && g_ascii_strcasecmp ((const char *) a->name, name) == 0)
      {
        if (a->children && a->children->type == XML_TEXT_NODE && a->children->next == NULL)
          return (const char *) a->children->content;
        return "";
      }
  return NULL;
}

/**
 * dossier_html_in_review:
 *
 * Whether @node's microdata belong to a review or a comment: "<div
 * itemprop=review itemscope itemtype=https://schema.org/Review><span
 * itemprop=datePublished content=…>" dates a customer's review, not the
 * page.
 */
gboolean
dossier_html_in_review (const xmlNode *node)
{
  static const char *types[] = { "review", "comment", "usercomments", NULL };

  for (const xmlNode *a = node->parent; a && a->type == XML_ELEMENT_NODE; a = a->parent)
    {
      const char *prop, *type;

      if (dossier_html_attr (a, "itemscope") == NULL)
        continue;
      prop = dossier_html_attr (a, "itemprop");
      type = dossier_html_attr (a, "itemtype");
      if (type && strrchr (type, '/'))
        type = strrchr (type, '/') + 1;
      for (guint i = 0; types[i]; i++)
        if ((prop && g_ascii_strcasecmp (prop, types[i]) == 0) || (type && g_ascii_strcasecmp (type, types[i]) == 0))
          return TRUE;
      return FALSE;
    }
  return FALSE;
}

void
dossier_html_meta_clear (DossierHtmlMeta *meta)
{
  g_clear_pointer (&meta->title, g_free);
  g_clear_pointer (&meta->title_alt, g_free);
  g_clear_pointer (&meta->title_full, g_free);
  g_clear_pointer (&meta->title_tag, g_free);
  g_clear_pointer (&meta->title_raw, g_free);
  g_clear_pointer (&meta->title_og, g_free);
  g_clear_pointer (&meta->title_suffix, g_free);
  g_clear_pointer (&meta->outlet, g_free);
  g_clear_pointer (&meta->url, g_free);
  g_clear_pointer (&meta->date, g_free);
  g_clear_pointer (&meta->byline, g_free);
  g_clear_pointer (&meta->language, g_free);
  g_clear_pointer (&meta->saved_url, g_free);
  g_clear_pointer (&meta->saved_date, g_free);
}

/* The value after @key on its line, up to the end of the line or of the
 * comment. */
static char *
value_after (const char *start,
             const char *end,
             const char *key)
{
  const char *p = g_strstr_len (start, end - start, key);
  const char *e;

  if (p == NULL)
    return NULL;
  p += strlen (key);
  while (p < end && *p == ' ')
    p++;
  e = p;
  while (e < end && *e != '\n' && *e != '\r' && !(e + 2 < end && strncmp (e, "-->", 3) == 0))
    e++;
  while (e > p && (e[-1] == ' ' || e[-1] == '\t'))
    e--;
  return e > p ? g_strndup (p, e - p) : NULL;
}

/**
 * dossier_html_meta_read_save_marks:
 *
 * Reads what savers write at the top of a page: Internet Explorer's and
 * Chrome's "<!-- saved from url=(0052)https://… -->", SingleFile's
 * "url:" and "saved date:" lines. They give the page's address when the
 * page itself does not, and the day it was saved.
 */
void
dossier_html_meta_read_save_marks (const char      *t,
                                   gsize            n,
                                   DossierHtmlMeta *meta)
{
  const char *end = t + MIN (n, 4096);
  const char *p = g_strstr_len (t, end - t, "saved from url=(");

  if (p)
    {
      const char *u = memchr (p, ')', end - p);
      const char *e;

      if (u)
        {
          u++;
          e = u;
          while (e < end && !g_ascii_isspace (*e) && *e != '-')
            e++;
          if (e > u && meta->saved_url == NULL)
            meta->saved_url = g_strndup (u, e - u);
        }
    }
  p = g_strstr_len (t, end - t, "Page saved with SingleFile");
  if (p)
    {
      const char *close = g_strstr_len (p, end - p, "-->");
      g_autofree char *date = NULL;

      if (close == NULL)
        close = end;
      if (meta->saved_url == NULL)
        meta->saved_url = value_after (p, close, "url:");
      date = value_after (p, close, "saved date:");
      /* The day, which is what a page date says, not the saver's clock. */
      if (date && meta->saved_date == NULL && (meta->saved_date = dossier_date_find (date, NULL, NULL)))
        meta->saved_date[MIN (strlen (meta->saved_date), 10)] = '\0';
    }
}

static void
take_if_unset (char **field,
               char  *value)
{
  if (*field == NULL && value != NULL && *value)
    *field = value;
  else
    g_free (value);
}

static void
set_if_unset (char       **field,
              const char  *value)
{
  if (*field == NULL && value != NULL)
    take_if_unset (field, dossier_html_decode_string (value, -1));
}

/* The name a site shows its readers, from a meta tag or JSON-LD: none for
 * a company's or a blog platform's (see dossier_page_outlet_is_company()),
 * the host of an address ("www.example.de" for "example.de"). */
static char *
shown_name (const char *name)
{
  if (name == NULL)
    return NULL;
  if (dossier_page_is_address (name))
    return dossier_page_outlet_from_address (name);
  if (dossier_page_outlet_is_company (name))
    return NULL;
  return g_strdup (name);
}

/* "Thu, 09/25/2025 - 11:38": Drupal's default "medium" format, which its
 * metatag module writes into article:published_time as it is; month first
 * (PHP's "D, m/d/Y - H:i") whatever the site's country. Slashed dates are
 * read nowhere else: only this one shape, weekday and time of day around
 * the day, says which order it is. */
static char *
drupal_medium_date (const char *v)
{
  int y, m, d, h, mi;
  char wd[4] = "", tail;

  if (sscanf (v, "%3[A-Za-z], %2d/%2d/%4d - %2d:%2d%c", wd, &m, &d, &y, &h, &mi, &tail) != 6 ||
      strlen (v) != strlen ("Thu, 09/25/2025 - 11:38") || y < 1990 || h > 23 || mi > 59 ||
      !g_date_valid_dmy (d, m, y))
    return NULL;
  return g_strdup_printf ("%04d-%02d-%02d", y, m, d);
}

static char *
normalize_date (const char *value)
{
  g_autofree char *v = NULL;
  char *iso;

  if (value == NULL)
    return NULL;
  v = g_strstrip (g_strdup (value));
  if ((iso = drupal_medium_date (v)))
    return iso;
  return dossier_date_find (v, NULL, NULL);
}

static void
set_date_if_unset (char       **field,
                   const char  *value)
{
  if (*field == NULL)
    take_if_unset (field, normalize_date (value));
}

/* ---- JSON-LD ---------------------------------------------------------- */

static const char *article_types[] = {
  "NewsArticle", "Article", "ReportageNewsArticle", "AnalysisNewsArticle", "OpinionNewsArticle",
  "BackgroundNewsArticle", "ReviewNewsArticle", "AskPublicNewsArticle", "BlogPosting", "LiveBlogPosting",
  "Report", "ScholarlyArticle", "TechArticle", "SatiricalArticle", "SocialMediaPosting", "DiscussionForumPosting", NULL,
};

static gboolean
is_article_type (const char *type)
{
  if (type == NULL)
    return FALSE;
  /* "http://schema.org/NewsArticle" */
  if (strrchr (type, '/'))
    type = strrchr (type, '/') + 1;
  return g_strv_contains (article_types, type);
}

static gboolean
has_article_type (JsonObject *o)
{
  JsonNode *t = json_object_get_member (o, "@type");

  if (t == NULL)
    return FALSE;
  if (JSON_NODE_HOLDS_VALUE (t))
    return is_article_type (json_node_get_string (t));
  if (JSON_NODE_HOLDS_ARRAY (t))
    {
      JsonArray *a = json_node_get_array (t);

      for (guint i = 0; i < json_array_get_length (a); i++)
        {
          JsonNode *e = json_array_get_element (a, i);
          if (JSON_NODE_HOLDS_VALUE (e) && is_article_type (json_node_get_string (e)))
            return TRUE;
        }
    }
  return FALSE;
}

/* Whether the JSON value @n is the type "BlogPosting" ("http://schema.org/BlogPosting"). */
static gboolean
names_blog_posting (JsonNode *n)
{
  const char *v;

  if (n == NULL || !JSON_NODE_HOLDS_VALUE (n) || json_node_get_value_type (n) != G_TYPE_STRING)
    return FALSE;
  v = json_node_get_string (n);
  return v && g_str_has_suffix (v, "BlogPosting") && !g_str_has_suffix (v, "LiveBlogPosting");
}

/* Whether @o's @type is, or lists, "BlogPosting". */
static gboolean
is_blog_posting (JsonObject *o)
{
  JsonNode *t = json_object_get_member (o, "@type");

  if (t && JSON_NODE_HOLDS_ARRAY (t))
    {
      JsonArray *a = json_node_get_array (t);

      for (guint i = 0; i < json_array_get_length (a); i++)
        if (names_blog_posting (json_array_get_element (a, i)))
          return TRUE;
      return FALSE;
    }
  return names_blog_posting (t);
}

static const char *
member_string (JsonObject *o,
               const char *name)
{
  JsonNode *n = json_object_get_member (o, name);

  if (n && JSON_NODE_HOLDS_VALUE (n) && json_node_get_value_type (n) == G_TYPE_STRING)
    return json_node_get_string (n);
  return NULL;
}

/* What a template writes where it had no value: "undefined", "null" … */
static gboolean
is_placeholder (const char *s)
{
  static const char *values[] = { "undefined", "null", "none", "nan", "[object object]", "n/a", NULL };
  g_autofree char *v = s ? g_strstrip (g_strdup (s)) : NULL;

  for (guint i = 0; v && values[i]; i++)
    if (g_ascii_strcasecmp (v, values[i]) == 0)
      return TRUE;
  return FALSE;
}

/* A name a JSON-LD value gives, references decoded; none for a
 * placeholder. */
static char *
decoded_name (const char *s)
{
  return s && !is_placeholder (s) ? dossier_html_decode_string (s, -1) : NULL;
}

/* A person or organisation: "Jane Doe", {"name": "Jane Doe"}, or a list. */
static char *
names_of (JsonNode  *n,
          JsonArray *graph)
{
  if (n == NULL)
    return NULL;
  if (JSON_NODE_HOLDS_VALUE (n) && json_node_get_value_type (n) == G_TYPE_STRING)
    return decoded_name (json_node_get_string (n));
  if (JSON_NODE_HOLDS_OBJECT (n))
    {
      JsonObject *o = json_node_get_object (n);
      const char *name = member_string (o, "name");
      const char *id = member_string (o, "@id");

      /* "author": {"@id": "…#/schema/person/a42c"}, a reference to the
       * Person the page's "@graph" describes (Yoast SEO writes them so). */
      for (guint i = 0; name == NULL && id && graph && i < json_array_get_length (graph) && i < 200; i++)
        {
          JsonNode *e = json_array_get_element (graph, i);

          if (JSON_NODE_HOLDS_OBJECT (e) && g_strcmp0 (member_string (json_node_get_object (e), "@id"), id) == 0)
            name = member_string (json_node_get_object (e), "name");
        }
      return decoded_name (name);
    }
  if (JSON_NODE_HOLDS_ARRAY (n))
    {
      JsonArray *a = json_node_get_array (n);
      g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);

      for (guint i = 0; i < json_array_get_length (a) && i < 20; i++)
        {
          JsonNode *e = json_array_get_element (a, i);
          char *s = JSON_NODE_HOLDS_ARRAY (e) ? NULL : names_of (e, graph);

          if (s && *s)
            g_ptr_array_add (names, s);
          else
            g_free (s);
        }
      if (names->len == 0)
        return NULL;
      g_ptr_array_add (names, NULL);
      return g_strjoinv (", ", (char **) names->pdata);
    }
  return NULL;
}

static void
read_article_object (JsonObject      *o,
                     JsonArray       *graph,
                     DossierHtmlMeta *meta)
{
  const char *headline = member_string (o, "headline");
  JsonNode *main_entity = json_object_get_member (o, "mainEntityOfPage");

  const char *name = member_string (o, "name");

  /* Some publishers fill the headline with a description ("constitutional
   * monarchy in Oceania") and the name with the title: the <title> decides
   * between them once it is known. */
  if (meta->title == NULL && headline && name && g_strcmp0 (headline, name) != 0)
    set_if_unset (&meta->title_alt, name);
  if (meta->title == NULL && (headline || name))
    meta->title_from_blog_posting = is_blog_posting (o);
  set_if_unset (&meta->title, headline ? headline : name);
  set_date_if_unset (&meta->date, member_string (o, "datePublished"));
  set_date_if_unset (&meta->date, member_string (o, "dateCreated"));
  take_if_unset (&meta->byline, names_of (json_object_get_member (o, "author"), graph));
  take_if_unset (&meta->outlet, names_of (json_object_get_member (o, "publisher"), NULL));
  set_if_unset (&meta->url, member_string (o, "url"));
  if (main_entity && JSON_NODE_HOLDS_OBJECT (main_entity))
    set_if_unset (&meta->url, member_string (json_node_get_object (main_entity), "@id"));
  else if (main_entity && JSON_NODE_HOLDS_VALUE (main_entity) &&
           json_node_get_value_type (main_entity) == G_TYPE_STRING)
    set_if_unset (&meta->url, json_node_get_string (main_entity));
  set_if_unset (&meta->language, member_string (o, "inLanguage"));
}

/* Looks for article objects at the top, in arrays and in "@graph" (@graph:
 * the enclosing one, whose objects references name); the depth is small on
 * purpose: structured data that deep is not metadata. */
static void
walk_json (JsonNode        *n,
           JsonArray       *graph,
           DossierHtmlMeta *meta,
           guint            depth)
{
  if (n == NULL || depth > 4)
    return;
  if (JSON_NODE_HOLDS_ARRAY (n))
    {
      JsonArray *a = json_node_get_array (n);

      for (guint i = 0; i < json_array_get_length (a) && i < 200; i++)
        walk_json (json_array_get_element (a, i), graph, meta, depth + 1);
    }
  else if (JSON_NODE_HOLDS_OBJECT (n))
    {
      JsonObject *o = json_node_get_object (n);

      if (has_article_type (o))
        read_article_object (o, graph, meta);

      if (json_object_has_member (o, "@graph"))
        {
          JsonNode *g = json_object_get_member (o, "@graph");

          walk_json (g, JSON_NODE_HOLDS_ARRAY (g) ? json_node_get_array (g) : graph, meta, depth + 1);
        }
      /* A WebPage whose main entity is the article: the page's address is
       * the article's. */
      if (json_object_has_member (o, "mainEntity"))
        {
          walk_json (json_object_get_member (o, "mainEntity"), graph, meta, depth + 1);
          if (meta->title != NULL)
            set_if_unset (&meta->url, member_string (o, "url"));
        }
    }
}

/* One walk over JSON text, outside its strings: the deepest nesting of
 * objects and arrays (json-glib parses recursively: nesting that could
 * exhaust the stack is refused before it sees the text), and where the
 * first object or array closes (the bytes up to it; 0 if it never does). */
static void
json_shape (const char *s,
            gsize       n,
            int        *max_depth,
            gsize      *first_end)
{
  int depth = 0;
  gboolean in_string = FALSE;

  *max_depth = 0;
  *first_end = 0;
  for (gsize i = 0; i < n; i++)
    {
      char c = s[i];

      if (in_string)
        {
          if (c == '\\')
            i++;
          else if (c == '"')
            in_string = FALSE;
          continue;
        }
      if (c == '"')
        in_string = TRUE;
      else if ((c == '{' || c == '[') && ++depth > *max_depth)
        *max_depth = depth;
      else if ((c == '}' || c == ']') && --depth == 0 && *first_end == 0)
        *first_end = i + 1;
    }
}

/* Where the first object or array of @s closes (the bytes up to it), when
 * only closing braces, brackets and punctuation follow it: a template's
 * stray "}" after the JSON-LD's object ("… } } }"), which json-glib
 * refuses as a whole. 0 otherwise. */
static gsize
json_stray_tail (const char *s,
                 gsize       n,
                 gsize       first_end)
{
  if (first_end == 0 || first_end >= n)
    return 0;
  for (gsize j = first_end; j < n; j++)
    if (!g_ascii_isspace (s[j]) && s[j] != '}' && s[j] != ']' && s[j] != ';' && s[j] != ',')
      return 0;
  return first_end;
}

static void
read_json_ld (const char      *text,
              DossierHtmlMeta *meta)
{
  g_autoptr(JsonParser) parser = NULL;
  gsize n, first_end;
  int depth;

  /* XHTML habits: the JSON wrapped in a CDATA section or a comment. */
  while (g_ascii_isspace (*text))
    text++;
  if (g_str_has_prefix (text, "//"))
    text += 2;
  if (g_str_has_prefix (text, "<![CDATA["))
    text += 9;
  else if (g_str_has_prefix (text, "<!--"))
    text += 4;
  n = strlen (text);
  while (n > 0 && g_ascii_isspace (text[n - 1]))
    n--;
  if (n >= 3 && (strncmp (text + n - 3, "]]>", 3) == 0 || strncmp (text + n - 3, "-->", 3) == 0))
    n -= 3;
  while (n > 0 && (g_ascii_isspace (text[n - 1]) || text[n - 1] == '/'))
    n--;

  if (n > 2 * 1024 * 1024)
    return;
  json_shape (text, n, &depth, &first_end);
  if (depth > 64)
    return;
  parser = json_parser_new ();
  if (!json_parser_load_from_data (parser, text, n, NULL))
    {
      gsize k = json_stray_tail (text, n, first_end);

      if (k == 0 || !json_parser_load_from_data (parser, text, k, NULL))
        return;
    }
  walk_json (json_parser_get_root (parser), NULL, meta, 0);
}

/* ---- the title ---------------------------------------------------------- */

/* The full-width bar sets the site's name apart in Japanese and Chinese
 * titles, with no spaces around it; Korean ones use the letter "ㅣ" so
 * (a vowel alone, never in a word). */
static const char *title_separators[] = { " | ", " - ", " – ", " — ", " :: ", " · ", " • ", " « ", " » ", "｜", "ㅣ",
                                          NULL };

static guint
count_words (const char *s)
{
  guint n = 0;
  gboolean in = FALSE;

  for (; *s; s++)
    {
      gboolean sp = *s == ' ';
      if (!sp && !in)
        n++;
      in = !sp;
    }
  return n;
}

static char *title_key (const char *s);

/* Whether @part names the site @site: "NPR" is "NPR.org". */
static gboolean
names_site (const char *part,
            const char *site)
{
  g_autofree char *pk = title_key (part);
  g_autofree char *sk = title_key (site);
  const char *dot = strchr (site, '.');

  if (*pk == '\0')
    return FALSE;
  if (strcmp (pk, sk) == 0)
    return TRUE;
  if (dot && dot > site && strchr (site, ' ') == NULL)
    {
      g_autofree char *label = g_strndup (site, dot - site);
      g_autofree char *lk = title_key (label);

      return strcmp (pk, lk) == 0;
    }
  return FALSE;
}

/* "newsobserver.com", "rp.pl": a site's address as its name, one word
 * with a dot before two to six small letters. */
static gboolean
is_host_name (const char *s,
              gsize       len)
{
  const char *dot = NULL;
  gsize tld;

  if (len == 0 || len > 60)
    return FALSE;
  for (gsize i = 0; i < len; i++)
    {
      if (s[i] == '.')
        dot = s + i;
      else if (!g_ascii_isalnum (s[i]) && s[i] != '-')
        return FALSE;
    }
  if (dot == NULL || dot == s)
    return FALSE;
  tld = s + len - dot - 1;
  if (tld < 2 || tld > 6)
    return FALSE;
  for (const char *p = dot + 1; p < s + len; p++)
    if (!g_ascii_islower (*p))
      return FALSE;
  return TRUE;
}

/* "The Two-Way": a section's name, one to three capitalised words. */
static gboolean
is_section_name (const char *s,
                 gsize       len)
{
  g_autofree char *part = g_strndup (s, len);
  g_auto(GStrv) words = g_strsplit (part, " ", -1);
  guint n = 0;

  for (guint i = 0; words[i]; i++)
    {
      gunichar u;

      if (*words[i] == '\0')
        continue;
      u = g_utf8_get_char (words[i]);
      if (g_unichar_isalpha (u) && !g_unichar_isupper (u))
        return FALSE;
      n++;
    }
  return n >= 1 && n <= 3;
}

/**
 * dossier_html_section_cut:
 * @head: a title whose site's name after @sep was cut off
 * @sep: that separator
 *
 * "How to help babies sleep | Patient Education", left of "| UC Davis
 * Children's Hospital": a section's name (one to three capitalised
 * words) after the same separator, between the headline of three words
 * or more and the site's name, is no part of the headline either.
 *
 * Returns: where @head's headline ends: at the section's separator, or
 *   @head's length
 */
gsize
dossier_html_section_cut (const char *head,
                          const char *sep)
{
  const char *prev = g_strrstr (head, sep);
  gsize k = strlen (sep);

  if (prev && prev > head && is_section_name (prev + k, strlen (prev + k)) &&
      count_words (head) - count_words (prev + k) >= 3)
    return prev - head;
  return strlen (head);
}

/* "新华网", "人民日报", "日本経済新聞", "中日新聞Web", "NHKニュース": how the
 * names of Chinese and Japanese news sites end. */
static gboolean
ends_like_site_name (const char *s)
{
  static const char *ends[] = { "网", "網", "报", "報", "社", "新闻", "新聞", "ニュース", "频道", "在线", "Web", "Online",
                                "News", NULL };

  for (guint i = 0; ends[i]; i++)
    if (g_str_has_suffix (s, ends[i]))
      return TRUE;
  return FALSE;
}

/* A Han, kana or Hangul letter, or a CJK or full-width mark ("！", "」"). */
static gboolean
is_cjk_char (gunichar u)
{
  GUnicodeScript script = g_unichar_get_script (u);

  return script == G_UNICODE_SCRIPT_HAN || script == G_UNICODE_SCRIPT_HIRAGANA ||
         script == G_UNICODE_SCRIPT_KATAKANA || script == G_UNICODE_SCRIPT_HANGUL || (u >= 0x3000 && u <= 0x303f) ||
         (u >= 0xff00 && u <= 0xffef);
}

/**
 * dossier_html_strip_site_suffix:
 * @site: (nullable): the site's name, when known
 * @suffix: (out) (optional): the part taken off
 *
 * "Harbour strike ends - BBC News" → "Harbour strike ends". The last part
 * after a separator goes when it is the site's name or short enough to be
 * one (after " : " only when it is the site's name, with a section's
 * name before it); "BBC News - Harbour strike ends" loses its first part likewise when
 * it is the known site name, "bbc.co.uk | Harbour strike ends" when it is
 * an address.
 */
char *
dossier_html_strip_site_suffix (const char  *title,
                                const char  *site,
                                char       **suffix)
{
  const char *best = NULL;
  gsize best_len = 0;

  if (suffix)
    *suffix = NULL;
  /* "Jury finds him guilty : The Two-Way : NPR": colons set apart, the
   * site's name last and maybe a section before it. Only when the last
   * part is the site's: a French title sets its colons apart too. */
  if (site && *site)
    {
      const char *last = g_strrstr (title, " : ");

      if (last && last > title && names_site (last + 3, site))
        {
          const char *end = last;
          const char *prev = g_strrstr_len (title, last - title, " : ");

          if (prev && prev > title && is_section_name (prev + 3, last - prev - 3) &&
              count_words (title) - count_words (prev) >= 3)
            end = prev;
          if (suffix)
            *suffix = g_strdup (last + 3);
          return g_strndup (title, end - title);
        }
    }
  /* "gipfelbuch.ch - Outdoornews - Hochauflösende Schneekarten": a title
   * that opens with the site's name keeps its headline last, after a
   * section or two, and no short last part of it is the site's. */
  if (site && *site)
    {
      gsize n = strlen (site);

      for (guint i = 0; title_separators[i]; i++)
        {
          const char *sep = title_separators[i];
          gsize k = strlen (sep);

          if (g_ascii_strncasecmp (title, site, n) == 0 && strncmp (title + n, sep, k) == 0)
            {
              const char *rest = title + n + k;
              const char *last = g_strrstr (rest, sep);

              if (last && g_ascii_strcasecmp (last + k, site) != 0 && count_words (last + k) >= 3)
                {
                  g_autofree char *middle = g_strndup (rest, last - rest);
                  g_auto(GStrv) parts = g_strsplit (middle, sep, 4);
                  gboolean sections = TRUE;

                  for (guint j = 0; parts[j]; j++)
                    sections = sections && count_words (parts[j]) >= 1 && count_words (parts[j]) <= 2;
                  if (sections)
                    return g_strdup (last + k);
                }
            }
        }
    }
  /* "Truckwash A31Das andere Branchenbuch | Das andere Branchenbuch": the
   * site's name glued to the headline and said again after the last
   * separator (a template that writes it twice). */
  for (guint i = 0; title_separators[i]; i++)
    {
      const char *last = g_strrstr (title, title_separators[i]);
      const char *tail = last ? last + strlen (title_separators[i]) : NULL;
      gsize n = tail ? strlen (tail) : 0;

      /* Where the glued name would start; only pointed at once it is
       * known to lie after the title's first byte. */
      const char *glued;

      if (last && last > title && count_words (tail) >= 2 && (gsize) (last - title) > n &&
          (glued = last - n) && strncmp (glued, tail, n) == 0 && glued[-1] != ' ')
        {
          if (suffix)
            *suffix = g_strdup (tail);
          return g_strndup (title, glued - title);
        }
    }
  /* "Bradford could be Olympic loser (from Bradford Telegraph and
   * Argus)", "… (via Reuters)": the source named in brackets last, a
   * capitalised name of six words at most. */
  {
    const char *open = g_strrstr (title, " (");
    gsize n = strlen (title);

    if (open && open > title && n > 0 && title[n - 1] == ')' && count_words (title) - count_words (open) >= 3)
      {
        const char *in = open + 2;
        const char *name = g_str_has_prefix (in, "from ") ? in + 5 : g_str_has_prefix (in, "via ") ? in + 4 : NULL;

        if (name && g_unichar_isupper (g_utf8_get_char (name)) && strchr (in, '(') == NULL &&
            count_words (name) <= 6)
          {
            if (suffix)
              *suffix = g_strstrip (g_strndup (name, title + n - 1 - name));
            return g_strndup (title, open - title);
          }
      }
  }
  /* "Fire in the old market rages on- Hindustan Times": a dash glued to
   * the headline's last word, the site's name after it, one to three
   * capitalised words. */
  {
    const char *last = g_strrstr (title, "- ");

    if (last && last > title && g_unichar_isalnum (g_utf8_get_char (g_utf8_prev_char (last))) &&
        is_section_name (last + 2, strlen (last + 2)) && count_words (title) - count_words (last + 2) >= 3)
      {
        if (suffix)
          *suffix = g_strdup (last + 2);
        return g_strndup (title, last - title);
      }
  }
  /* "武汉的声音：有英勇的你，才有英雄的城！-新华网", "…_人民网": Chinese and
   * Japanese titles glue the site's name on with a dash or an underscore,
   * no spaces around it (their text has none to set it apart). The name is
   * a word of two to twelve letters that is the site's or ends as a site's
   * name does (not "中国-东盟博览会开幕", a headline's own dash); the
   * headline before it ends in a CJK letter or mark. */
  {
    static const char *glues[] = { "--", "-", "_", "—", NULL };

    for (guint i = 0; glues[i]; i++)
      {
        const char *last = g_strrstr (title, glues[i]);
        const char *tail = last ? last + strlen (glues[i]) : NULL;
        glong n = tail ? g_utf8_strlen (tail, -1) : 0;
        gboolean letters = n >= 2 && n <= 12 && g_utf8_validate (title, -1, NULL);

        for (const char *p = tail; letters && *p; p = g_utf8_next_char (p))
          letters = g_unichar_isalnum (g_utf8_get_char (p));
        if (letters && last > title && g_utf8_strlen (title, last - title) >= 4 &&
            is_cjk_char (g_utf8_get_char (g_utf8_prev_char (last))) && is_cjk_char (g_utf8_get_char (tail)) &&
            ((site && g_str_equal (tail, site)) || ends_like_site_name (tail)))
          {
            if (suffix)
              *suffix = g_strdup (tail);
            return g_strndup (title, last - title);
          }
      }
  }
  /* "newsobserver.com | Players to be evaluated at the combine": a first
   * part that is the site's address, before a headline of three words or
   * more that no other separator cuts. */
  for (guint i = 0; title_separators[i]; i++)
    {
      const char *p = strstr (title, title_separators[i]);
      const char *rest = p ? p + strlen (title_separators[i]) : NULL;

      if (p && p > title && is_host_name (title, p - title) && count_words (rest) >= 3)
        {
          gboolean more = FALSE;

          for (guint j = 0; title_separators[j] && !more; j++)
            more = strstr (rest, title_separators[j]) != NULL;
          if (!more)
            return g_strdup (rest);
        }
    }
  for (guint i = 0; title_separators[i]; i++)
    {
      const char *p = g_strrstr (title, title_separators[i]);

      if (p && p > title && (best == NULL || p > best))
        {
          best = p;
          best_len = strlen (title_separators[i]);
        }
    }
  if (best)
    {
      const char *tail = best + best_len;
      gboolean is_site = site && g_ascii_strcasecmp (tail, site) == 0;

      if (is_site || (count_words (tail) <= 4 && count_words (title) - count_words (tail) >= 3))
        {
          const char *end = best;

          /* "…부담 커졌다-정치ㅣ한국일보": a section glued by a dash
           * before the Korean bar, a word of up to four letters. */
          if (best_len == strlen ("ㅣ") && strncmp (best, "ㅣ", best_len) == 0)
            {
              const char *dash = g_strrstr_len (title, best - title, "-");
              gboolean letters = dash && dash > title && dash[-1] != ' ' && best - dash > 1 &&
                                 g_utf8_strlen (dash + 1, best - dash - 1) <= 4;

              for (const char *p = dash ? dash + 1 : NULL; letters && p < best; p = g_utf8_next_char (p))
                letters = g_unichar_isalpha (g_utf8_get_char (p));
              if (letters)
                end = dash;
            }
          if (suffix)
            *suffix = g_strdup (tail);
          return g_strndup (title, end - title);
        }
    }
  if (site)
    {
      gsize n = strlen (site);

      for (guint i = 0; title_separators[i]; i++)
        {
          gsize k = strlen (title_separators[i]);
          if (g_ascii_strncasecmp (title, site, n) == 0 && strncmp (title + n, title_separators[i], k) == 0)
            return g_strdup (title + n + k);
        }
    }
  return g_strdup (title);
}

static gint
longer_first (gconstpointer a,
              gconstpointer b)
{
  gsize la = strlen (*(const char * const *) a), lb = strlen (*(const char * const *) b);

  return la < lb ? 1 : la > lb ? -1 : 0;
}

/**
 * dossier_html_title_parts:
 *
 * "SignOnSanDiego.com > News > World -- Judges in trial allow video",
 * "The Valley Herald / Wire Elections / Mayor wins": the parts of a
 * <title> cut at every separator that sets a site's name or a section
 * apart, the longest first.
 *
 * Returns: (transfer full): the parts of two words or more
 */
GStrv
dossier_html_title_parts (const char *title)
{
  static const char *more[] = { " > ", " -- ", " › ", " / ", NULL };
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);
  GString *s = g_string_new (title);

  /* One separator for all: a tab never is in a collapsed title. */
  for (guint i = 0; title_separators[i]; i++)
    g_string_replace (s, title_separators[i], "\t", 0);
  for (guint i = 0; more[i]; i++)
    g_string_replace (s, more[i], "\t", 0);
  {
    g_auto(GStrv) cut = g_strsplit (s->str, "\t", 16);

    for (guint i = 0; cut[i]; i++)
      if (count_words (cut[i]) >= 2)
        g_ptr_array_add (parts, g_strstrip (g_strdup (cut[i])));
  }
  g_string_free (s, TRUE);
  g_ptr_array_sort (parts, longer_first);
  g_ptr_array_add (parts, NULL);
  return (GStrv) g_ptr_array_free (g_steal_pointer (&parts), FALSE);
}

/* Letters and digits only, lower case: "Von der Leyen – Österreich" and
 * "Von der Leyen - Österreich" compare equal. */
static char *
title_key (const char *s)
{
  GString *out = g_string_new (NULL);

  for (const char *p = s; *p; p = g_utf8_next_char (p))
    {
      gunichar u = g_unichar_tolower (g_utf8_get_char (p));

      if (g_unichar_isalnum (u))
        g_string_append_unichar (out, u);
    }
  return g_string_free (out, FALSE);
}

/* Where a metadata title may be cut: the site separators and a kicker's colon. */
static const char *part_separators[] = { " | ", " - ", " – ", " — ", " :: ", " · ", " • ", " « ", " » ", " › ",
                                         " ‹ ", " │ ", " // ", ": ", " : ", " (", NULL };

/* "Your Money Today - Your Life": what follows a headline in a <title>
 * cut by the same separator into two parts or more, each shorter than the
 * headline, is a trail of sections, not the rest of a headline. */
static gboolean
is_trail (const char *rest,
          const char *sep,
          gsize       sep_len,
          const char *headline)
{
  g_autofree char *s = g_strndup (sep, sep_len);
  g_auto(GStrv) parts = g_strsplit (rest, s, 8);
  guint n = count_words (headline);

  if (g_strv_length (parts) < 2)
    return FALSE;
  for (guint i = 0; parts[i]; i++)
    if (count_words (parts[i]) == 0 || count_words (parts[i]) >= n)
      return FALSE;
  return TRUE;
}

/**
 * dossier_html_headline_part:
 * @title: the metadata's title
 * @headline: the text of the page's headline element, or of an element in it
 * @outlet: (nullable): the site's name
 * @how: which parts of @title may be the headline
 *
 * "Kaeser verarscht Neubauer", the page's <h1>, is what "Siemens und die
 * Kohlemine Adani: Kaeser verarscht Neubauer" (og:title) and "Fünf
 * HR-Trends 2023" what "Fünf HR-Trends 2023 | HR JOURNAL" (a JSON-LD
 * headline) say as the page shows them: when @headline is @title less a
 * first or last part cut at a separator (a site's name, a section, a
 * kicker, a date) or of both, the headline is the title. A part that is
 * the site's name is never the title.
 *
 * %DOSSIER_HEADLINE_ANY takes any such part, for a headline element that
 * already says most of @title; %DOSSIER_HEADLINE_TAIL only a last part,
 * for an element inside the headline (the rest is the kicker beside it);
 * %DOSSIER_HEADLINE_WEAK, for a headline element that says much less
 * than @title, a last part after a colon ("Rutger Bregman: Unser wahres
 * Ich") or a first part: before a pipe, a guillemet or a bracket (what
 * follows is the site's: "1000 Euro Kredit » 1000 EUR sofort aufs Konto |
 * GIROMATCH"), before a colon or dash only when longer than what follows
 * it or followed by the outlet ("Local news – Harbour strike ends" is not
 * "Local news");
 * %DOSSIER_HEADLINE_HEAD only a first part, cut at a colon or a dash
 * (the separators of a headline's own parts) and not followed by the
 * outlet.
 *
 * Returns: (transfer full) (nullable): @headline, spaces collapsed, or %NULL
 */
char *
dossier_html_headline_part (const char           *title,
                            const char           *headline,
                            const char           *outlet,
                            DossierHeadlineCut    how)
{
  g_autofree char *h = dossier_html_collapse_spaces (headline);
  g_autofree char *hk = title_key (h);
  g_autofree char *tk = title_key (title);
  g_autofree char *ok = outlet ? title_key (outlet) : NULL;
  gsize starts[33], ends[33], n = 0, len = strlen (title);
  gboolean colon[33], dash[33];

  if (*hk == '\0' || strcmp (hk, tk) == 0 || (ok && strcmp (hk, ok) == 0) || count_words (h) < 2)
    return NULL;
  /* The cuts: where each separator starts and ends; the parts: from the
   * title's start or a cut's end to a cut's start or the title's end. */
  starts[n] = ends[n] = 0;
  dash[n] = FALSE;
  colon[n++] = FALSE;
  for (guint i = 0; part_separators[i]; i++)
    for (const char *p = strstr (title, part_separators[i]); p && n < 32; p = strstr (p + 1, part_separators[i]))
      {
        starts[n] = p - title;
        ends[n] = starts[n] + strlen (part_separators[i]);
        /* The separators that join a headline's own parts, not a
         * site's name or a section: a colon and the dashes. */
        dash[n] = strstr (part_separators[i], "-") || strstr (part_separators[i], "–") ||
                  strstr (part_separators[i], "—");
        colon[n++] = strchr (part_separators[i], ':') != NULL;
      }
  starts[n] = ends[n] = len;
  dash[n] = FALSE;
  colon[n++] = FALSE;
  for (gsize a = 0; a < n; a++)
    for (gsize b = 0; b < n; b++)
      {
        g_autofree char *part = NULL;
        g_autofree char *part_key = NULL;

        if (starts[b] <= ends[a] || (a == 0 && b == n - 1))
          continue;
        if (how == DOSSIER_HEADLINE_TAIL && b != n - 1)
          continue;
        if (how == DOSSIER_HEADLINE_HEAD)
          {
            g_autofree char *rest_key = NULL;

            if (a != 0 || !(colon[b] || dash[b]))
              continue;
            rest_key = title_key (title + ends[b]);
            if (ok && strcmp (rest_key, ok) == 0)
              continue;
          }
        if (how == DOSSIER_HEADLINE_WEAK)
          {
            g_autofree char *rest = NULL;
            g_autofree char *rest_key = NULL;

            if (b == n - 1 ? !colon[a] : a != 0)
              continue;
            if (a == 0)
              {
                rest = g_strdup (title + ends[b]);
                rest_key = title_key (rest);
                if (!(ok && strcmp (rest_key, ok) == 0) && count_words (rest) >= count_words (h) &&
                    (colon[b] || dash[b]) && !is_trail (rest, title + starts[b], ends[b] - starts[b], h))
                  continue;
              }
          }
        part = g_strndup (title + ends[a], starts[b] - ends[a]);
        part_key = title_key (part);
        if (strcmp (part_key, hk) == 0)
          return g_steal_pointer (&h);
      }
  return NULL;
}

/**
 * dossier_html_strip_date_part:
 * @date: (out) (optional): the day of the part cut, as ISO 8601
 *
 * "23.01.2022 - Dorothea Wierer darf noch jubeln", "Wochenbericht | 14.
 * Januar 2022": a first or last part of a title, cut at a separator, that
 * is a date and nothing else is no part of the headline.
 *
 * Returns: (transfer full): the title without it
 */
char *
dossier_html_strip_date_part (const char  *title,
                              char       **date)
{
  for (guint i = 0; title_separators[i]; i++)
    {
      const char *first = strstr (title, title_separators[i]);
      const char *last = g_strrstr (title, title_separators[i]);
      gsize k = strlen (title_separators[i]);

      if (first && first > title)
        {
          g_autofree char *head = g_strndup (title, first - title);

          if (count_words (first + k) >= 2 && dossier_date_is_only_date (head, date))
            return g_strdup (first + k);
        }
      /* "Wochenbericht 14. - 20. Januar 2022" is a range, not a date after a title. */
      if (last && last > title && count_words (title) - count_words (last + k) >= 2 && !g_ascii_isdigit (last[-1]) &&
          !(last[-1] == '.' && last - title >= 2 && g_ascii_isdigit (last[-2])) &&
          dossier_date_is_only_date (last + k, date))
        return g_strndup (title, last - title);
    }
  return g_strdup (title);
}

/* The words that name a story's kind, not its subject. */
static const char *genre_words[] = {
  "opinion", "analysis", "commentary", "editorial", "column", "op-ed", "explainer", "review",
  "meinung", "kommentar", "analyse", "kolumne", "gastbeitrag",
  "tribune", "éditorial", "chronique", "décryptage",
  "opinión", "análisis", "columna", "tribuna",
  "opinione", "editoriale", "commento", "analisi",
  NULL };

/**
 * dossier_html_strip_genre_part:
 *
 * "How meditation rewires brains | Opinion", "Charlie Wilson's War: film
 * review", "Die Rente reicht nicht - Ein Kommentar": a last part of a
 * title, cut at a separator, of one or two words of which the last names
 * the story's kind (opinion, analysis, review …) is a label, not part of
 * the headline.
 *
 * Returns: (transfer full): the title without it
 */
char *
dossier_html_strip_genre_part (const char *title)
{
  static const char *seps[] = { " | ", " - ", " – ", " — ", ": ", " : ", NULL };
  static const char *articles[] = { "a", "an", "the", "ein", "eine", "un", "une", "una", "uno", "la", "le", "el",
                                    "il", NULL };

  for (guint i = 0; seps[i]; i++)
    {
      const char *last = g_strrstr (title, seps[i]);
      const char *tail = last ? last + strlen (seps[i]) : NULL;
      g_autofree char *low = NULL;
      const char *word;
      guint n;

      if (last == NULL || last == title)
        continue;
      n = count_words (tail);
      if (n < 1 || n > 2 || count_words (title) - n < 3)
        continue;
      low = g_utf8_strdown (tail, -1);
      g_strstrip (low);
      word = strrchr (low, ' ');
      word = word ? word + 1 : low;
      /* "The year in tech: a review" is the headline's own. */
      if (n == 2 && strchr (seps[i], ':'))
        {
          g_autofree char *first = g_strndup (low, strcspn (low, " "));

          if (g_strv_contains (articles, first))
            continue;
        }
      if (g_strv_contains (genre_words, word))
        return g_strndup (title, last - title);
    }
  return g_strdup (title);
}

/* "2012 map takes shape - Ann Lee and Tom Reed": a last part of a title
 * that is the article's byline (a "By" or not) is no part of the
 * headline. Returns %NULL when @title has no such part. */
static char *
strip_byline_part (const char *title,
                   const char *byline)
{
  g_autofree char *bk = NULL;

  if (g_ascii_strncasecmp (byline, "by ", 3) == 0)
    byline += 3;
  bk = title_key (byline);
  if (*bk == '\0')
    return NULL;
  for (guint i = 0; title_separators[i]; i++)
    {
      const char *last = g_strrstr (title, title_separators[i]);
      const char *tail = last ? last + strlen (title_separators[i]) : NULL;
      g_autofree char *tk = NULL;
      g_autofree char *head = NULL;

      if (last == NULL || last == title)
        continue;
      if (g_ascii_strncasecmp (tail, "by ", 3) == 0)
        tail += 3;
      tk = title_key (tail);
      head = g_strndup (title, last - title);
      if (strcmp (tk, bk) == 0 && count_words (head) >= 2)
        return g_steal_pointer (&head);
    }
  return NULL;
}

/* The share of @s's letters that are Latin (0 when it has none). */
static double
latin_share (const char *s)
{
  guint latin = 0, letters = 0;

  for (const char *p = s; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (!g_unichar_isalpha (c))
        continue;
      letters++;
      if (g_unichar_get_script (c) == G_UNICODE_SCRIPT_LATIN)
        latin++;
    }
  return letters ? (double) latin / letters : 0;
}

/* ---- the head --------------------------------------------------------- */

typedef struct
{
  char *og_title, *og_site, *og_url, *published, *author, *app_name, *twitter_title, *canonical, *title_tag;
  char *date_meta, *dc_title, *parsely_title;
  /* twitter:data1 … twitter:data4, and which of them a twitter:label
   * names the writer (1 to 4; 0 for none). */
  char *twitter_data[4];
  guint twitter_author;
} HeadMeta;

/* A title in an attribute that a content system wrote with the headline's
 * own double quotes unescaped ("<meta property=og:title content="Senator
 * calls Biden "unfit"">") ends at the first of them; the <title>, where
 * quotes need no escaping, still says it whole. The cut value is
 * replaced by the <title>, whose site suffix is stripped later as any. */
static void
repair_cut_title (char      **value,
                  const char *title_tag)
{
  g_autofree char *cut = NULL;
  const char *rest;
  size_t len;

  if (*value == NULL || title_tag == NULL)
    return;
  cut = g_strstrip (g_strdup (*value));
  len = strlen (cut);
  if (len == 0 || strncmp (title_tag, cut, len) != 0)
    return;
  rest = title_tag + len;
  while (*rest == ' ')
    rest++;
  if (*rest != '"' || strchr (rest + 1, '"') == NULL)
    return;
  g_free (*value);
  *value = g_strdup (title_tag);
}

static void
head_meta_clear (HeadMeta *h)
{
  g_free (h->og_title);
  g_free (h->og_site);
  g_free (h->og_url);
  g_free (h->published);
  g_free (h->author);
  g_free (h->app_name);
  g_free (h->twitter_title);
  g_free (h->canonical);
  g_free (h->title_tag);
  g_free (h->date_meta);
  g_free (h->dc_title);
  g_free (h->parsely_title);
  for (guint i = 0; i < G_N_ELEMENTS (h->twitter_data); i++)
    g_free (h->twitter_data[i]);
}

static gboolean
is_published_name (const char *k)
{
  static const char *const names[] = {
    "published", "published-date", "published_date", "publish_date", "publication_date", "publication-date",
    "date_published", "date-published", "publisheddate", "published_at", "article_published_time",
  };

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    if (g_str_equal (k, names[i]))
      return TRUE;
  return FALSE;
}

static void
read_meta_key (const char *k,
               const char *content,
               HeadMeta   *h)
{
  if (g_str_equal (k, "dc:title") || g_str_equal (k, "dc.title") || g_str_equal (k, "dcterm:title") ||
      g_str_equal (k, "dcterms:title") || g_str_equal (k, "dcterms.title"))
    set_if_unset (&h->dc_title, content);
  else if (g_str_equal (k, "parsely-title"))
    set_if_unset (&h->parsely_title, content);
  else if (g_str_equal (k, "og:title"))
    set_if_unset (&h->og_title, content);
  else if (g_str_equal (k, "twitter:title"))
    set_if_unset (&h->twitter_title, content);
  else if (g_str_equal (k, "og:site_name"))
    set_if_unset (&h->og_site, content);
  else if (g_str_equal (k, "application-name"))
    set_if_unset (&h->app_name, content);
  else if (g_str_equal (k, "og:url"))
    set_if_unset (&h->og_url, content);
  else if (g_str_equal (k, "article:published_time") || g_str_equal (k, "datepublished") ||
           g_str_equal (k, "og:article:published_time") || g_str_equal (k, "article.published"))
    set_if_unset (&h->published, content);
  else if (g_str_equal (k, "date") || g_str_equal (k, "pubdate") || g_str_equal (k, "publishdate") ||
           g_str_equal (k, "dc.date") || g_str_equal (k, "dc.date.issued") || g_str_equal (k, "dcterms.created") ||
           g_str_equal (k, "sailthru.date") || g_str_equal (k, "parsely-pub-date") || g_str_equal (k, "publish-date") ||
           g_str_equal (k, "dc:date") || g_str_equal (k, "dcterms:created") || g_str_equal (k, "dcterms:issued") ||
           g_str_equal (k, "dcterms.issued") || g_str_equal (k, "dc.date.created") ||
           g_str_equal (k, "citation_publication_date") || g_str_equal (k, "citation_date"))
    set_if_unset (&h->date_meta, content);
  /* The names content systems and search appliances give the day of
   * publication where they write no OpenGraph tag: "<meta name=published
   * content='July 17, 2025'>", "published-date", "og:publish_date"; also
   * behind a plug-in's or a vendor's prefix ("shareaholic:article_published_time",
   * "w-published-date"). */
  else if (is_published_name (k) || g_str_equal (k, "og:publish_date") ||
           (strchr (k, ':') && is_published_name (strrchr (k, ':') + 1)) ||
           (strchr (k, '-') && strchr (k, '-') - k <= 12 && is_published_name (strchr (k, '-') + 1)))
    set_if_unset (&h->date_meta, content);
  else if ((g_str_equal (k, "author") || g_str_equal (k, "article:author") || g_str_equal (k, "byl") ||
            g_str_equal (k, "dc.creator") || g_str_equal (k, "parsely-author") || g_str_equal (k, "sailthru.author")) &&
           !g_str_has_prefix (content, "http"))
    set_if_unset (&h->author, content);
  /* "<meta name=twitter:label1 content='Written by'> <meta
   * name=twitter:data1 content='Ann Lee'>": the two lines a link's preview
   * shows, which WordPress's SEO plugins and Ghost fill with the post's
   * writer where no author tag is written. */
  else if (g_str_has_prefix (k, "twitter:label") && k[13] >= '1' && k[13] <= '4' && k[14] == '\0')
    {
      if (h->twitter_author == 0 &&
          (g_ascii_strcasecmp (content, "Written by") == 0 || g_ascii_strcasecmp (content, "Author") == 0))
        h->twitter_author = k[13] - '0';
    }
  else if (g_str_has_prefix (k, "twitter:data") && k[12] >= '1' && k[12] <= '4' && k[13] == '\0')
    set_if_unset (&h->twitter_data[k[12] - '1'], content);
}

/* <meta property="og:title twitter:title" content="…">: RDFa lets one tag
 * name several properties. */
static void
read_meta_tag (const xmlNode *node,
               const char    *key,
               HeadMeta      *h)
{
  const char *content = dossier_html_attr (node, "content");
  g_autofree char *k = NULL;
  g_auto(GStrv) keys = NULL;

  /* "<meta name=… value=…>": some tools that rewrite saved pages, and a
   * few sites, put the value there. */
  if (content == NULL)
    content = dossier_html_attr (node, "value");
  if (key == NULL || content == NULL || *content == '\0' || strlen (key) > 512)
    return;
  k = g_ascii_strdown (key, -1);
  keys = g_strsplit_set (k, " \t\n\r\f", 16);
  for (guint i = 0; keys[i]; i++)
    if (*keys[i])
      read_meta_key (keys[i], content, h);
}

/**
 * dossier_html_word_share:
 * @of: the words to look for
 * @in: where to look for them
 * @by_length: weigh each word by its length (as Readability compares a
 *   JSON-LD name and headline with the <title>), or count them
 *
 * Returns: the share of @of's words that @in has too, case aside, 0 to 1
 */
double
dossier_html_word_share (const char *of,
                         const char *in,
                         gboolean    by_length)
{
  g_autofree char *lo = g_utf8_strdown (of, -1);
  g_autofree char *li = g_utf8_strdown (in, -1);
  g_auto(GStrv) wo = g_regex_split_simple ("[^\\w]+", lo, 0, 0);
  g_auto(GStrv) wi = g_regex_split_simple ("[^\\w]+", li, 0, 0);
  gsize total = 0, found = 0;

  for (guint i = 0; wo[i]; i++)
    {
      gsize n = by_length ? strlen (wo[i]) : *wo[i] != '\0';

      total += n;
      if (n > 0 && g_strv_contains ((const char * const *) wi, wo[i]))
        found += n;
    }
  return total ? (double) found / total : 0.0;
}

/**
 * dossier_html_attr_has_word:
 *
 * Whether @node's attribute @name, a list of words apart by blanks, holds
 * @word: "rel=\"nofollow sponsored\"", "class=\"domain reader-domain\"".
 */
gboolean
dossier_html_attr_has_word (const xmlNode *node,
                            const char    *name,
                            const char    *word)
{
  const char *v = dossier_html_attr (node, name);
  gsize n = strlen (word);

  for (const char *p = v ? strstr (v, word) : NULL; p; p = strstr (p + 1, word))
    if ((p == v || g_ascii_isspace (p[-1])) && (p[n] == '\0' || g_ascii_isspace (p[n])))
      return TRUE;
  return FALSE;
}

/**
 * dossier_html_meta_read:
 *
 * Reads the document's own metadata: JSON-LD, meta tags, the canonical link,
 * the title and the declared language.
 */
/* The longest text of an element under @root (outside scripts and
 * styles), three words or more, that @line opens with; %NULL for none. */
static char *
visible_prefix_of (xmlNode    *root,
                   const char *line)
{
  char *best = NULL;
  guint steps = 0;

  for (xmlNode *n = root; n != NULL && steps++ < 2000000;)
    {
      if (n->type == XML_TEXT_NODE && n->content && strlen ((const char *) n->content) < 400)
        {
          g_autofree char *t = dossier_html_collapse_spaces ((const char *) n->content);

          g_strstrip (t);
          if (count_words (t) >= 3 && g_str_has_prefix (line, t) && (best == NULL || strlen (t) > strlen (best)))
            {
              g_free (best);
              best = g_steal_pointer (&t);
            }
        }
      if (n->type == XML_ELEMENT_NODE && n->children && !dossier_html_is_tag (n, "script") &&
          !dossier_html_is_tag (n, "style") && !dossier_html_is_tag (n, "title"))
        {
          n = n->children;
          continue;
        }
      while (n && n != root && n->next == NULL)
        n = n->parent;
      if (n == NULL || n == root)
        break;
      n = n->next;
    }
  return best;
}

void
dossier_html_meta_read (xmlDoc          *doc,
                        DossierHtmlMeta *meta)
{
  xmlNode *root = xmlDocGetRootElement (doc);
  HeadMeta h = { 0 };
  xmlNode *n = root;
  guint steps = 0;
  g_autoptr(GPtrArray) named_metas = g_ptr_array_new ();
  const char *micro_date = NULL;
  g_autofree char *micro_text = NULL;
  guint micro_dates = 0;
  g_autofree char *attr_ld_date = NULL;
  g_autofree char *reader_credits = NULL;
  g_autofree char *runon_title = NULL;
  gboolean reader_view = FALSE;

  if (root == NULL)
    return;
  if (dossier_html_attr (root, "lang"))
    set_if_unset (&meta->language, dossier_html_attr (root, "lang"));

  /* Metadata elements may appear anywhere (JSON-LD often sits in the body);
   * the walk is iterative so depth costs no stack. */
  while (n != NULL && steps++ < 2000000)
    {
      if (n->type == XML_ELEMENT_NODE)
        {
          /* Microdata on the page's own elements: "<time
           * itemprop=datePublished datetime=…>", wherever it sits; a
           * blog's "<abbr class=published itemprop=datePublished
           * title=2019-10-16T14:33:00-07:00>2:33 PM</abbr>" below the
           * post, or "<span itemprop=datePublished> May 19, 2020 </span>". */
          if (!dossier_html_is_tag (n, "meta") && dossier_html_attr (n, "itemprop") &&
              g_ascii_strcasecmp (dossier_html_attr (n, "itemprop"), "datePublished") == 0 &&
              !dossier_html_in_review (n))
            {
              const char *v = dossier_html_attr (n, "datetime") ? dossier_html_attr (n, "datetime")
                              : dossier_html_attr (n, "content") ? dossier_html_attr (n, "content")
                                                                 : dossier_html_attr (n, "title");

              if (v == NULL && micro_text == NULL)
                {
                  g_autofree char *c = (char *) xmlNodeGetContent (n);
                  /* The indentation of pretty-printed markup is no text
                   * ("<li itemprop=datePublished>\n\t\t\t<span><time>…",
                   * a page builder's row of the post's details). */
                  g_autofree char *line = c && strlen (c) < 4096 ? dossier_html_collapse_spaces (c) : NULL;

                  if (line && strlen (line) < 60)
                    dossier_date_is_only_date (line, &micro_text);
                }
              if (v || micro_text)
                micro_dates++;
              if (v && micro_date == NULL)
                micro_date = v;
            }
          if (dossier_html_is_tag (n, "meta"))
            {
              const char *mname = dossier_html_attr (n, "name");
              const char *mcontent = dossier_html_attr (n, "content");

              /* The JSON-LD some page builders put in a tag's attribute,
               * HTML-escaped ("<meta name=script:ld+json
               * content='{&quot;@type&quot;:&quot;Article&quot;…'>"):
               * the parser has already unescaped it. Only its day is
               * taken: the builder's copy of what the page's own tags
               * say, and the day is what those lack. */
              if (mname && mcontent && *mcontent == '{' && attr_ld_date == NULL && strlen (mname) >= 7 &&
                  g_ascii_strcasecmp (mname + strlen (mname) - 7, "ld+json") == 0)
                {
                  DossierHtmlMeta copy = { 0 };

                  read_json_ld (mcontent, &copy);
                  attr_ld_date = g_steal_pointer (&copy.date);
                  dossier_html_meta_clear (&copy);
                }
              /* property= (RDFa, OpenGraph) first, then name= and
               * itemprop=, whatever their order in the page. */
              if (dossier_html_attr (n, "property"))
                read_meta_tag (n, dossier_html_attr (n, "property"), &h);
              else if (named_metas->len < 10000 && (dossier_html_attr (n, "name") || !dossier_html_in_review (n)))
                g_ptr_array_add (named_metas, n);
            }
          /* A page saved from Firefox's Reader View: its header links to
           * the story's address ("<a class="domain reader-domain"
           * href=…>") and gives the byline Readability found ("<div
           * class="credits reader-credits">"). */
          else if (dossier_html_is_tag (n, "a") && dossier_html_attr_has_word (n, "class", "reader-domain"))
            {
              const char *href = dossier_html_attr (n, "href");

              reader_view = TRUE;
              if (meta->saved_url == NULL && href &&
                  (g_str_has_prefix (href, "https://") || g_str_has_prefix (href, "http://")))
                meta->saved_url = dossier_html_decode_string (href, -1);
            }
          else if (reader_credits == NULL && dossier_html_attr_has_word (n, "class", "reader-credits"))
            {
              g_autofree char *c = (char *) xmlNodeGetContent (n);

              if (c && strlen (c) < 300)
                reader_credits = dossier_html_collapse_spaces (c);
            }
          else if (dossier_html_is_tag (n, "link"))
            {
              const char *rel = dossier_html_attr (n, "rel");
              const char *href = dossier_html_attr (n, "href");

              if (rel && href && g_ascii_strcasecmp (rel, "canonical") == 0 && *href)
                set_if_unset (&h.canonical, href);
            }
          else if (dossier_html_is_tag (n, "title") && h.title_tag == NULL)
            {
              g_autofree char *c = (char *) xmlNodeGetContent (n);
              gboolean left_open = FALSE;

              /* A <title> left open (a page saved cut) holds the rest of
               * the page: it says no title. */
              for (xmlNode *ch = n->children; ch && !left_open; ch = ch->next)
                left_open = ch->type == XML_ELEMENT_NODE;
              /* Nor one whose end was lost with a piece of the file, so
               * that it runs on into a script ("…(The Korea Times)ntById(
               * "font");\nobj.style.fontSize = …"): no title has braces
               * or statements on lines of their own. */
              if (c && !left_open && strchr (c, '\n') && strlen (c) > 150 &&
                  (strchr (c, '{') || strchr (c, '}') || strstr (c, ");\n")))
                {
                  left_open = TRUE;
                  g_free (runon_title);
                  runon_title = g_strstrip (g_strndup (c, strchr (c, '\n') - c));
                }
              if (c && !left_open)
                take_if_unset (&h.title_tag, dossier_html_collapse_spaces (c));
            }
          else if (dossier_html_is_tag (n, "script"))
            {
              const char *type = dossier_html_attr (n, "type");

              if (type && g_ascii_strcasecmp (type, "application/ld+json") == 0)
                {
                  g_autofree char *c = (char *) xmlNodeGetContent (n);
                  if (c)
                    read_json_ld (c, meta);
                }
              /* Script content is not walked. */
              goto next_sibling;
            }
          else if (dossier_html_is_tag (n, "style") || dossier_html_is_tag (n, "svg"))
            goto next_sibling;
        }
      if (n->children && n->type == XML_ELEMENT_NODE)
        {
          n = n->children;
          continue;
        }
    next_sibling:
      while (n && n != root && n->next == NULL)
        n = n->parent;
      if (n == NULL || n == root)
        break;
      n = n->next;
    }

  /* The first line of a <title> that ran on into a script holds the
   * headline with some of the script glued on: the longest text of the
   * page that the line opens with, three words or more, is the title. */
  if (runon_title && h.title_tag == NULL)
    h.title_tag = visible_prefix_of (root, runon_title);
  for (guint i = 0; i < named_metas->len; i++)
    {
      const xmlNode *m = g_ptr_array_index (named_metas, i);
      const char *key = dossier_html_attr (m, "name");

      read_meta_tag (m, key ? key : dossier_html_attr (m, "itemprop"), &h);
    }
  repair_cut_title (&h.og_title, h.title_tag);
  repair_cut_title (&h.twitter_title, h.title_tag);
  repair_cut_title (&h.dc_title, h.title_tag);
  if (reader_view && reader_credits && *reader_credits && meta->byline == NULL)
    {
      const char *b = reader_credits;

      if (g_ascii_strncasecmp (b, "by ", 3) == 0)
        b += 3;
      if (*b)
        meta->byline = g_strdup (b);
    }

  /* Then Dublin Core, OpenGraph and the rest, where JSON-LD said nothing.
   * A JSON-LD publisher that is the company behind the site ("Tamedia AG"
   * over an og:site_name "Tages-Anzeiger"), its blog platform ("Blogger")
   * or an address gives way to the name the site shows. */
  if (meta->outlet && dossier_page_outlet_is_company (meta->outlet))
    {
      g_autofree char *shown = shown_name (h.og_site);

      if (shown == NULL)
        shown = shown_name (h.app_name);
      if (shown == NULL)
        shown = shown_name (meta->outlet);
      if (shown)
        g_clear_pointer (&meta->outlet, g_free);
      set_if_unset (&meta->outlet, shown);
    }
  {
    g_autofree char *shown = shown_name (h.og_site);

    /* A JSON-LD publisher of one word that the og:site_name says with
     * more ("magazin" for "Mallorca Magazin"). */
    if (meta->outlet && shown && strchr (meta->outlet, ' ') == NULL && strlen (shown) > strlen (meta->outlet))
      {
        g_autofree char *a = g_utf8_casefold (meta->outlet, -1);
        g_autofree char *b = g_utf8_casefold (shown, -1);
        const char *at = strstr (b, a);

        if (at && (at == b || at[-1] == ' ') && (at[strlen (a)] == '\0' || at[strlen (a)] == ' '))
          g_clear_pointer (&meta->outlet, g_free);
      }
    set_if_unset (&meta->outlet, shown);
  }
  if (meta->title == NULL)
    {
      const char *og = h.og_title ? h.og_title : h.twitter_title;
      const char *dc = h.dc_title;
      const char *t;

      /* A Dublin Core title with hardly a word of the og:title, which the
       * <title> repeats: the template's one for every page (the site's
       * name and address), not this story's. */
      if (dc && og && h.title_tag && dossier_html_word_share (og, h.title_tag, TRUE) > 0.75 &&
          dossier_html_word_share (dc, og, TRUE) < 0.25)
        dc = NULL;
      t = dc ? dc : og ? og : h.parsely_title;
      if (t)
        {
          meta->title = dossier_html_strip_site_suffix (t, meta->outlet, NULL);
          meta->title_from_tags = TRUE;
          /* The page's headline may say the part cut off was its own. */
          if (strcmp (meta->title, t) != 0)
            meta->title_full = g_strdup (t);
        }
    }
  if (h.og_title || h.twitter_title)
    meta->title_og = dossier_html_strip_site_suffix (h.og_title ? h.og_title : h.twitter_title, meta->outlet, NULL);
  set_date_if_unset (&meta->date, h.published);
  set_date_if_unset (&meta->date, h.date_meta);
  /* One such element only: several are a list's or the comments'. */
  if (micro_dates == 1)
    set_date_if_unset (&meta->date, micro_date ? micro_date : micro_text);
  /* The day of a JSON-LD in a tag's attribute, last (see above). */
  take_if_unset (&meta->date, g_steal_pointer (&attr_ld_date));
  if (!is_placeholder (h.author))
    set_if_unset (&meta->byline, h.author);
  if (h.twitter_author)
    set_if_unset (&meta->byline, h.twitter_data[h.twitter_author - 1]);
  /* "<meta name=author content=105092>": a content system's number for
   * its user, no name. */
  if (meta->byline && !dossier_html_has_letter (meta->byline))
    g_clear_pointer (&meta->byline, g_free);
  set_if_unset (&meta->url, h.canonical);
  set_if_unset (&meta->url, h.og_url);

  if (h.title_tag && *h.title_tag)
    {
      g_autofree char *suffix = NULL;
      g_autofree char *stripped = dossier_html_strip_site_suffix (h.title_tag, meta->outlet ? meta->outlet : h.app_name,
                                                                  &suffix);

      /* The JSON-LD headline or name: the one the <title> repeats. */
      if (meta->title && meta->title_alt && dossier_html_word_share (stripped, meta->title_alt, TRUE) > 0.75 &&
          dossier_html_word_share (stripped, meta->title, TRUE) <= 0.75)
        {
          char *headline = meta->title;

          meta->title = meta->title_alt;
          meta->title_alt = headline;
          meta->title_alt_headline = TRUE;
        }
      meta->title_tag = g_steal_pointer (&stripped);
      meta->title_raw = g_strdup (h.title_tag);
      meta->title_suffix = g_strdup (suffix);
      take_if_unset (&meta->outlet, shown_name (h.app_name));
      /* A publisher named only in another script than the page's (the
       * Taipei Times's English pages say "台北時報" in their JSON-LD): the
       * name the <title> ends with, in the page's own. */
      if (suffix && meta->outlet && latin_share (meta->outlet) == 0 && latin_share (suffix) == 1 &&
          meta->title_tag && latin_share (meta->title_tag) > 0.9)
        {
          g_autofree char *o = dossier_page_normalize_outlet (suffix);

          if (o)
            {
              g_free (meta->outlet);
              meta->outlet = g_steal_pointer (&o);
            }
        }
      /* The <title>'s suffix is the site's name as a last resort; not a
       * number ("Winona Daily News - 6.0": the software's version). */
      if (suffix && meta->outlet == NULL && dossier_html_has_letter (suffix))
        {
          g_autofree char *o = dossier_page_normalize_outlet (suffix);

          set_if_unset (&meta->outlet, o);
          meta->outlet_from_title = meta->outlet != NULL;
        }
      /* "Headline - sn.dk - Forsiden - Erhverv": the site's address
       * between the headline and the sections after it is the site's
       * name, not the last part (a section). */
      if (meta->outlet_from_title)
        for (guint i = 0; title_separators[i]; i++)
          {
            g_auto(GStrv) parts = g_strsplit (h.title_tag, title_separators[i], 8);
            guint count = g_strv_length (parts);
            gboolean found = FALSE;

            for (guint j = 1; j + 1 < count && !found; j++)
              {
                char *part = g_strstrip (parts[j]);

                if (is_host_name (part, strlen (part)))
                  {
                    g_free (meta->outlet);
                    meta->outlet = g_strdup (part);
                    found = TRUE;
                  }
              }
            if (found)
              break;
          }
    }
  else
    take_if_unset (&meta->outlet, shown_name (h.app_name));
  /* "Freie Presse - Chemnitzer Verlag und Druck GmbH & Co. KG" */
  if (meta->outlet)
    dossier_page_cut_owner (meta->outlet);

  if (meta->byline)
    {
      char *t = meta->title ? strip_byline_part (meta->title, meta->byline) : NULL;

      if (t)
        {
          if (meta->title_full == NULL)
            meta->title_full = g_strdup (meta->title);
          g_free (meta->title);
          meta->title = t;
        }
      if (meta->title_tag && (t = strip_byline_part (meta->title_tag, meta->byline)))
        {
          g_free (meta->title_tag);
          meta->title_tag = t;
        }
    }

  head_meta_clear (&h);
}
