/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "dossier-html"

#include "config.h"

#include <string.h>

#include "dossier-date.h"
#include "dossier-html-extract-private.h"
#include "dossier-page.h"

/*
 * The article in a web page, found the way Readability does it: paragraphs
 * of text vote for the containers they sit in (more text, more commas, more
 * votes), containers named like content gain and those named like furniture
 * lose, links count against, and the best container with its like-minded
 * siblings is the article. Class names help when they mean something; when
 * they are generated (css-1x2y3z) density and structure decide alone.
 *
 * The DOM is flattened into an array in document order once, with each
 * node's parent and last descendant, so every later pass is a loop over the
 * array: no recursion, whatever the nesting, and subtree tests are ranges.
 */

#define HEADING_BIT (1u << 31)
/* Visible bytes (spaces aside) under which a page is read a second time. */
#define RETRY_BELOW 500
/* Visible bytes of prose for a part of the story cut apart from the rest
 * (see content_roots()): a short part counts only when a long one, or the
 * top candidate, follows it. */
#define SHORT_PART 150
#define LONG_PART 400
/* Bytes of paragraphs (less their links) that make a short story. */
#define SHORT_STORY 400

static GHashTable *kinds;
static GHashTable *never_words, *strong_words, *weak_words, *positive_words;

/* Names of things that are never the story, however much text they hold. */
static const char *never_list[] = {
  "comment", "comments", "disqus", "related", "recommended", "recommendations", "recirc", "recirculation",
  "outbrain", "taboola", "trending", "popular", "mostread", "breadcrumb", "breadcrumbs", "cookie", "cookies",
  "consent", "gdpr", "newsletter", "newsletters", "signup", "gallery", "slideshow", "carousel",
  /* names run together */
  "relatedposts", "relatedarticles", "relatedstories", "relatedlinks", "relatedcontent", "relatedcontents",
  "sharedaddy", "sharebar", "sharetools", "sharebuttons", "socialshare", "socialbar", "socialicons",
  "commentlist", "commentsarea", "commentform", "adslot", "adunit", "adcontainer", "adwrapper", "mostpopular",
  "morestories", "readnext", "newslettersignup", "mostviewed", "mostshared", "mostcommented", NULL,
};
/* Names of furniture that a page may also put on a wrapper around the story
 * ("article-share-wrapper"): a container of much prose is kept. */
static const char *strong_list[] = {
  "share", "sharing", "social", "promo", "promotion", "promoted", "ad", "ads", "advert", "adverts",
  "advertisement", "advertising", "sponsor", "sponsored", "paywall", "subscribe", "subscription", "readmore",
  "byline", "caption", "credit", "author", "tags", "tag", "topics", "keywords", "hidden", "sr", "print",
  "dateline", "timestamp", "date", "banner", "masthead", "login", "register", "popup", "modal", "bio",
  "biography", "authorbio", NULL,
};
static const char *weak_list[] = {
  "nav", "navigation", "menu", "header", "footer", "foot", "sidebar", "aside", "widget", "pagination", "pager",
  "toolbar", "tools", "skip", "meta", "extra", "supplemental", "rail", "teaser", "more", "links", NULL,
};
static const char *positive_list[] = {
  "article", "articlebody", "body", "content", "entry", "main", "post", "text", "story", "storybody",
  "prose", "blog", "richtext", "bodytext", "storytext", NULL,
};

static void
init_tables (void)
{
  static gsize once;

  if (g_once_init_enter (&once))
    {
      static const struct { const char *name; Kind kind; } table[] = {
        { "html", K_HTML }, { "body", K_BODY }, { "head", K_HEAD },
        { "p", K_P }, { "div", K_DIV }, { "section", K_SECTION }, { "article", K_ARTICLE }, { "main", K_MAIN },
        { "header", K_HEADER }, { "h1", K_H1 }, { "h2", K_H2 }, { "h3", K_H3 }, { "h4", K_H4 }, { "h5", K_H5 },
        { "h6", K_H6 }, { "li", K_LI }, { "ul", K_UL }, { "ol", K_OL }, { "dl", K_DL }, { "dd", K_DD },
        { "dt", K_DT }, { "blockquote", K_BLOCKQUOTE }, { "pre", K_PRE }, { "table", K_TABLE }, { "tr", K_TR },
        { "td", K_TD }, { "th", K_TH }, { "address", K_ADDRESS }, { "hr", K_HR }, { "a", K_A }, { "br", K_BR },
        { "figure", K_FIGURE }, { "figcaption", K_FIGCAPTION }, { "time", K_TIME },
        { "script", K_RAW }, { "style", K_RAW },
        { "noscript", K_DROP }, { "form", K_DROP }, { "nav", K_DROP }, { "aside", K_DROP }, { "footer", K_DROP },
        { "iframe", K_DROP }, { "svg", K_DROP }, { "math", K_DROP }, { "button", K_DROP }, { "select", K_DROP },
        { "input", K_DROP }, { "textarea", K_DROP }, { "template", K_DROP }, { "object", K_DROP },
        { "embed", K_DROP }, { "canvas", K_DROP }, { "video", K_DROP }, { "audio", K_DROP },
        { "dialog", K_DROP }, { "menu", K_DROP }, { "title", K_DROP }, { "label", K_DROP }, { "option", K_DROP },
        { "picture", K_DROP }, { "map", K_DROP }, { "applet", K_DROP }, { "frameset", K_DROP },
        { "center", K_BLOCK }, { "details", K_BLOCK }, { "summary", K_BLOCK }, { "fieldset", K_BLOCK },
        { "tbody", K_BLOCK }, { "thead", K_BLOCK }, { "tfoot", K_BLOCK }, { "caption", K_BLOCK },
      };
      GHashTable *t = g_hash_table_new (g_str_hash, g_str_equal);

      for (guint i = 0; i < G_N_ELEMENTS (table); i++)
        g_hash_table_insert (t, (gpointer) table[i].name, GUINT_TO_POINTER (table[i].kind + 1));
      never_words = g_hash_table_new (g_str_hash, g_str_equal);
      strong_words = g_hash_table_new (g_str_hash, g_str_equal);
      for (guint i = 0; never_list[i]; i++)
        g_hash_table_add (never_words, (gpointer) never_list[i]);
      weak_words = g_hash_table_new (g_str_hash, g_str_equal);
      positive_words = g_hash_table_new (g_str_hash, g_str_equal);
      for (guint i = 0; strong_list[i]; i++)
        g_hash_table_add (strong_words, (gpointer) strong_list[i]);
      for (guint i = 0; weak_list[i]; i++)
        g_hash_table_add (weak_words, (gpointer) weak_list[i]);
      for (guint i = 0; positive_list[i]; i++)
        g_hash_table_add (positive_words, (gpointer) positive_list[i]);
      kinds = t;
      g_once_init_leave (&once, 1);
    }
}

static Kind
kind_of (const xmlNode *node)
{
  char low[16];
  gsize n;

  if (node->type != XML_ELEMENT_NODE || node->name == NULL)
    return K_OTHER;
  n = strlen ((const char *) node->name);
  if (n >= sizeof low)
    return K_OTHER;
  for (gsize i = 0; i <= n; i++)
    low[i] = g_ascii_tolower (node->name[i]);
  return GPOINTER_TO_UINT (g_hash_table_lookup (kinds, low)) ? (Kind) (GPOINTER_TO_UINT (g_hash_table_lookup (kinds, low)) - 1)
                                                            : K_OTHER;
}

static gboolean
is_block_kind (Kind k)
{
  switch (k)
    {
    case K_HTML: case K_BODY: case K_P: case K_DIV: case K_SECTION: case K_ARTICLE: case K_MAIN: case K_HEADER:
    case K_H1: case K_H2: case K_H3: case K_H4: case K_H5: case K_H6: case K_LI: case K_UL: case K_OL:
    case K_DL: case K_DD: case K_DT: case K_BLOCKQUOTE: case K_PRE: case K_TABLE: case K_TR: case K_TD:
    case K_TH: case K_ADDRESS: case K_HR: case K_FIGURE: case K_FIGCAPTION: case K_BLOCK:
      return TRUE;
    default:
      return FALSE;
    }
}

guint
heading_level (Kind k)
{
  return k >= K_H1 && k <= K_H6 ? k - K_H1 + 1 : 0;
}

/* Splits class and id values into lower-case words, at punctuation and at
 * camelCase humps: "article-body__text" and "storyBody" both speak. */
static void
weigh_names (Node *n)
{
  static const char *attrs[] = { "class", "id", "role", "itemprop", "data-component", NULL };
  gboolean never = FALSE, strong = FALSE, weak = FALSE, positive = FALSE, hidden = FALSE;
  gboolean paywall = FALSE, other = FALSE, gallery = FALSE, other_never = FALSE;
  gboolean reader_only = FALSE, other_hidden = FALSE, builder_box = FALSE, comment = FALSE;
  gboolean caption = FALSE;

  for (guint a = 0; attrs[a]; a++)
    {
      const char *v = dossier_html_attr (n->node, attrs[a]);
      char word[32];
      gsize w = 0;

      if (v == NULL)
        continue;
      if (a == 2)
        {
          if (g_ascii_strcasecmp (v, "navigation") == 0 || g_ascii_strcasecmp (v, "banner") == 0 ||
              g_ascii_strcasecmp (v, "contentinfo") == 0 || g_ascii_strcasecmp (v, "complementary") == 0 ||
              g_ascii_strcasecmp (v, "dialog") == 0 || g_ascii_strcasecmp (v, "alertdialog") == 0 ||
              g_ascii_strcasecmp (v, "search") == 0 || g_ascii_strcasecmp (v, "menu") == 0 ||
              g_ascii_strcasecmp (v, "menubar") == 0)
            strong = other = TRUE;
          else if (g_ascii_strcasecmp (v, "main") == 0 || g_ascii_strcasecmp (v, "article") == 0)
            positive = TRUE;
          continue;
        }
      if (a == 3 && g_ascii_strcasecmp (v, "articleBody") == 0)
        {
          positive = TRUE;
          n->score += 25;
          n->flags |= F_DECLARED;
          continue;
        }
      /* "hidden" hides when it ends its class ("is-hidden",
       * "visually-hidden"), not when a breakpoint or a medium follows
       * ("hidden-xs", "hidden-print": shown elsewhere) or when it says
       * that a part of the element is hidden ("field-label-hidden",
       * Drupal's field with no label, "field--label-visually_hidden",
       * "overflow-hidden", "overflow-x-hidden": what spills over the
       * edge) or that it waits for a script to show it as the reader
       * scrolls ("lazy-hidden", a page builder's section fading in). */
      gboolean hidden_pending = FALSE;
      gboolean hidden_of_part = FALSE;
      /* "gallery-body", "slideshow-body": the text of a story told in
       * pictures, where a gallery alone is other stories' pictures. */
      gboolean gallery_pending = FALSE;
      /* "sidebar-grid__content", "rail-layout": the page's grid that has
       * a sidebar in it, around the story too; a sidebar otherwise. */
      gboolean sidebar_pending = FALSE;
      /* "elementor-widget-container", "widget-wrap", "WidgetWrapper": a
       * page builder's box around each of its blocks, the story's text
       * blocks too (kept when it holds a part's worth of prose), and its
       * calls and testimonials; a widget otherwise. */
      gboolean widget_pending = FALSE;
      /* "feature-image-description", "photo-desc": a picture's
       * description is its caption (a "description" alone is a dek). */
      gboolean picture_pending = FALSE;
      /* "rollover-people-block", "tooltip-content", "popover-body": the
       * card a script shows while the pointer rests on a name or a term,
       * hidden by the style sheet until then (the trigger itself,
       * "tooltip" alone, is the text's own word). */
      guint tip_pending = 0;

      for (gsize i = 0;; i++)
        {
          char c = v[i];
          gboolean hump = i > 0 && g_ascii_isupper (c) && g_ascii_islower (v[i - 1]);

          if (!g_ascii_isalnum (c) || hump || w == sizeof word - 1)
            {
              /* "print:max-w-container-small", "dark:text-white": a
               * utility class's variant (a medium, a state, a breakpoint)
               * before a colon is no name ("print" is no print button). */
              if (w > 0 && c == ':' && a == 0)
                {
                  w = 0;
                  goto token_end;
                }
              if (w > 0)
                {
                  word[w] = '\0';
                  hidden_pending = FALSE;
                  if (gallery_pending)
                    {
                      gallery_pending = FALSE;
                      if (strcmp (word, "body") == 0)
                        {
                          positive = TRUE;
                          w = 0;
                          goto token_end;
                        }
                      never = gallery = TRUE;
                    }
                  if (sidebar_pending)
                    {
                      sidebar_pending = FALSE;
                      if (strcmp (word, "grid") == 0 || strcmp (word, "layout") == 0)
                        {
                          w = 0;
                          goto token_end;
                        }
                      weak = TRUE;
                    }
                  if (widget_pending)
                    {
                      widget_pending = FALSE;
                      if (strcmp (word, "container") == 0 || strcmp (word, "wrap") == 0 ||
                          strcmp (word, "wrapper") == 0)
                        builder_box = TRUE;
                      weak = TRUE;
                    }
                  if (picture_pending && (strcmp (word, "description") == 0 || strcmp (word, "desc") == 0))
                    strong = other = TRUE;
                  if ((tip_pending && (strcmp (word, "block") == 0 || strcmp (word, "content") == 0 ||
                                       strcmp (word, "text") == 0 || strcmp (word, "body") == 0 ||
                                       strcmp (word, "inner") == 0 || strcmp (word, "card") == 0)) ||
                      strcmp (word, "tooltiptext") == 0)
                    {
                      hidden = strong = other_hidden = TRUE;
                      tip_pending = 0;
                      w = 0;
                      goto token_end;
                    }
                  /* "rollover-people-block": one word may stand between. */
                  if (strcmp (word, "tooltip") == 0 || strcmp (word, "popover") == 0 ||
                      strcmp (word, "rollover") == 0 || strcmp (word, "hovercard") == 0)
                    tip_pending = 2;
                  else if (tip_pending > 0)
                    tip_pending--;
                  picture_pending = strcmp (word, "image") == 0 || strcmp (word, "img") == 0 ||
                                    strcmp (word, "photo") == 0 || strcmp (word, "picture") == 0 ||
                                    strcmp (word, "foto") == 0 || strcmp (word, "bild") == 0;
                  if (strcmp (word, "widget") == 0)
                    {
                      widget_pending = TRUE;
                      w = 0;
                      goto token_end;
                    }
                  if (strcmp (word, "sidebar") == 0 || strcmp (word, "rail") == 0)
                    {
                      sidebar_pending = TRUE;
                      w = 0;
                      goto token_end;
                    }
                  if (strcmp (word, "gallery") == 0 || strcmp (word, "slideshow") == 0)
                    {
                      gallery_pending = TRUE;
                      w = 0;
                      goto token_end;
                    }
                  if (strcmp (word, "hidden") == 0)
                    {
                      hidden_pending = !hidden_of_part;
                      w = 0;
                      goto token_end;
                    }
                  if (strcmp (word, "label") == 0 || strcmp (word, "overflow") == 0 || strcmp (word, "lazy") == 0)
                    hidden_of_part = TRUE;
                  if (strcmp (word, "sr") == 0 || strcmp (word, "offscreen") == 0)
                    hidden = reader_only = TRUE;
                  if (g_hash_table_contains (never_words, word) ||
                      (w > 7 && (g_str_has_prefix (word, "related") ||
                                 (g_str_has_prefix (word, "comment") && !g_str_has_prefix (word, "commentar")))))
                    {
                      never = TRUE;
                      if (g_str_has_prefix (word, "comment"))
                        comment = TRUE;
                      if (strcmp (word, "gallery") == 0 || strcmp (word, "slideshow") == 0 ||
                          strcmp (word, "carousel") == 0)
                        gallery = TRUE;
                      else
                        other_never = TRUE;
                    }
                  else if (g_hash_table_contains (strong_words, word) ||
                           /* "class=weather", "weatherbox", "weatherWidget": the
                            * local weather's box (an id made of a heading's words,
                            * "best-time-to-visit-weather-wise", is no name) */
                           (g_str_has_prefix (word, "weather") && (w > 7 || a == 0)))
                    {
                      strong = TRUE;
                      if (strcmp (word, "caption") == 0)
                        caption = TRUE;
                      if (strcmp (word, "paywall") == 0)
                        paywall = TRUE;
                      else
                        other = TRUE;
                    }
                  else if (g_hash_table_contains (weak_words, word))
                    weak = TRUE;
                  else if (g_hash_table_contains (positive_words, word))
                    positive = TRUE;
                }
              w = 0;
            token_end:
              if (c == '\0' || g_ascii_isspace (c))
                {
                  if (hidden_pending)
                    hidden = strong = other_hidden = TRUE;
                  if (gallery_pending)
                    never = gallery = TRUE;
                  if (sidebar_pending || widget_pending)
                    weak = TRUE;
                  hidden_pending = gallery_pending = sidebar_pending = widget_pending = hidden_of_part = FALSE;
                  picture_pending = FALSE;
                  tip_pending = 0;
                }
              if (c == '\0')
                break;
              if (!g_ascii_isalnum (c))
                continue;
            }
          if (w < sizeof word - 1)
            word[w++] = g_ascii_tolower (c);
        }
    }
  /* "<div data-newsletter-popup-container>": a script's hook named for
   * the pop-up it opens, where the class says nothing ("background_b1qh5e00"). */
  for (const xmlAttr *at = n->node->properties; at; at = at->next)
    if (at->name && g_ascii_strncasecmp ((const char *) at->name, "data-", 5) == 0)
      for (const char *p = (const char *) at->name + 4; p; p = strchr (p + 1, '-'))
        if ((g_ascii_strncasecmp (p + 1, "popup", 5) == 0 || g_ascii_strncasecmp (p + 1, "modal", 5) == 0) &&
            (p[6] == '\0' || p[6] == '-'))
          strong = other = TRUE;
  if (hidden)
    n->flags |= F_HIDDEN;
  if (paywall && !other && !never && !hidden)
    n->flags |= F_GATED;
  n->strong = (never ? 4 : 0) | (strong ? 1 : 0) | (weak && !positive ? 2 : 0) |
              (gallery && !other_never && !strong && !weak ? 8 : 0) |
              (reader_only && !other_hidden ? 16 : 0) | (builder_box && weak && !positive ? 32 : 0) |
              (comment && (n->kind == K_LI || n->kind == K_OL || n->kind == K_UL) ? 64 : 0) |
              (caption && !positive ? 128 : 0);
  n->weight = (positive ? 1 : 0) - (never || strong || weak ? 1 : 0);
}

guint
visible_len (const char *s,
             guint      *commas)
{
  guint n = 0;

  for (; *s; s++)
    {
      guchar c = *s;

      if (c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f')
        continue;
      /* A no-break space is white space too ("&nbsp;" alone in a cell). */
      if (c == 0xC2 && (guchar) s[1] == 0xA0)
        {
          s++;
          continue;
        }
      if (c == ',')
        (*commas)++;
      n++;
    }
  return n;
}

/* Pass 1: flatten the DOM and find every text node in the visible text. */
static void
flatten (Ctx     *c,
         xmlNode *root)
{
  g_autoptr(DossierHtmlMatcher) matcher = dossier_html_matcher_new (c->visible);
  xmlNode *cur = root;
  guint parent = NONE;
  /* The outermost <pre> or <code> open around the walk, if any. */
  guint code = NONE;

  while (cur != NULL)
    {
      Node n = { 0 };
      guint idx = c->nodes->len;

      n.node = cur;
      n.parent = parent;
      n.end = idx;
      n.kind = kind_of (cur);
      if (cur->type == XML_ELEMENT_NODE)
        {
          weigh_names (&n);
          /* Inside a code sample the names are a syntax highlighter's
           * ("hljs-comment", "token tag", "hljs-meta"): they say what a
           * word of the code is, not that the page put furniture there,
           * and dropping them cuts the comments or the tags out of the
           * sample. A highlighter's tokens are inline (<span>): a box
           * inside the <pre> (a page set whole in one) keeps its name.
           * Only a screen-reader name still hides. */
          if (code != NONE && !is_block_kind (n.kind))
            {
              n.strong &= 16;
              n.weight = MAX (n.weight, 0);
            }
          /* An empty one ("<code></code>") is never walked out of. */
          else if ((n.kind == K_PRE || dossier_html_is_tag (cur, "code")) && cur->children)
            code = idx;
        }
      else if ((cur->type == XML_TEXT_NODE || cur->type == XML_CDATA_SECTION_NODE) && cur->content &&
               (parent == NONE || NODE (c, parent)->kind != K_RAW))
        {
          n.text_len = visible_len ((const char *) cur->content, &n.commas);
          if (n.text_len > 0)
            {
              n.flags |= F_TEXT;
              if (dossier_html_matcher_match (matcher, (const char *) cur->content, &n.vs, &n.ve))
                n.flags |= F_MATCHED;
              else
                {
                  n.vs = n.ve = dossier_html_matcher_get_cursor (matcher);
                  g_debug ("text node not found in the source: %.40s", cur->content);
                }
            }
        }
      g_array_append_val (c->nodes, n);
      /* The way back from libxml2's nodes to the array. */
      cur->_private = GUINT_TO_POINTER (idx + 1);

      if (cur->type == XML_ELEMENT_NODE && cur->children && n.kind != K_RAW)
        {
          parent = idx;
          cur = cur->children;
          continue;
        }
      while (cur != NULL)
        {
          if (cur == root)
            {
              cur = NULL;
              break;
            }
          if (cur->next)
            {
              cur = cur->next;
              break;
            }
          cur = cur->parent;
          if (parent == code)
            code = NONE;
          parent = NODE (c, parent)->parent;
        }
    }
}

/* Subtree ends and text totals, children before parents. */
static void
accumulate (Ctx      *c,
            gboolean  skip_removed)
{
  guint n = c->nodes->len;

  for (guint i = 0; i < n; i++)
    {
      Node *x = NODE (c, i);
      if (x->node->type == XML_ELEMENT_NODE)
        x->text_len = x->link_len = x->commas = 0;
      x->end = i;
    }
  for (guint i = n; i-- > 0;)
    {
      Node *x = NODE (c, i);
      Node *p;

      if (x->kind == K_A)
        x->link_len = x->text_len;
      if (x->parent == NONE)
        continue;
      p = NODE (c, x->parent);
      p->end = MAX (p->end, x->end);
      /* Furniture keeps its own totals (metadata is read from it) but adds
       * nothing to the content around it. */
      if (skip_removed && (x->flags & F_REMOVED) && !(p->flags & F_REMOVED))
        continue;
      p->text_len += x->text_len;
      p->link_len += x->link_len;
      p->commas += x->commas;
    }
}

gboolean
attr_is (const xmlNode *node,
         const char    *name,
         const char    *value)
{
  const char *v = dossier_html_attr (node, name);

  return v && g_ascii_strcasecmp (v, value) == 0;
}

static double
link_density (const Node *x)
{
  return x->text_len ? (double) x->link_len / x->text_len : 0;
}

static gboolean
prose_of_length (const Node *x,
                 guint       len)
{
  return x->text_len - x->link_len > len && link_density (x) < 0.5;
}

static gboolean
prose_in_quantity (const Node *x)
{
  return prose_of_length (x, 1000);
}

/* <p class="paywall">: a paragraph of the story that the site shows to
 * subscribers only (all of it is in the page); the paywall's own ask is a
 * line or two, in a box. */
static gboolean
paragraph_behind_paywall (const Node *x)
{
  return (x->flags & F_GATED) && x->kind == K_P && x->text_len - x->link_len >= 200 && link_density (x) < 0.5;
}

static gboolean
is_sectioning (const Node *x)
{
  return x->kind == K_HEADER || dossier_html_is_tag (x->node, "nav") || dossier_html_is_tag (x->node, "aside") ||
         dossier_html_is_tag (x->node, "footer") || dossier_html_is_tag (x->node, "form") ||
         dossier_html_is_tag (x->node, "noscript");
}

/* What may wrap the whole page: an ASP.NET <form> not named as furniture
 * (a comment form is), a <head> and its <title> left open. */
static gboolean
wraps_page (const Node *x)
{
  return (dossier_html_is_tag (x->node, "form") && x->weight >= 0) || x->kind == K_HEAD ||
         dossier_html_is_tag (x->node, "title");
}

static gboolean
should_remove (const Node *x,
               gboolean    lenient,
               gboolean    holds_prose)
{
  if (x->node->type != XML_ELEMENT_NODE)
    return FALSE;
  /* libxml2 2.9 lets no "</header>", "</nav>" … close a <div> left open
   * inside: the rest of the page, story included, ends up in the header
   * or the menu. On a second reading, such an element that holds prose in
   * quantity somewhere inside (an ASP.NET form around a page of links,
   * the story's box among them) is no furniture; nor is a <title> left
   * open ("<title>Gale to drive Nation'?' + OAS_query …", a page saved
   * cut), which takes the page and its <head> with it. */
  if (lenient && holds_prose && (is_sectioning (x) || wraps_page (x)))
    return FALSE;
  switch (x->kind)
    {
    case K_DROP: case K_RAW: case K_HEAD: case K_FIGURE: case K_FIGCAPTION:
      return TRUE;
    case K_HTML: case K_BODY: case K_MAIN: case K_ARTICLE:
      return FALSE;
    default:
      break;
    }
  /* Text for screen readers is a label, a few words: on a second
   * reading (the first found no story), a class "sr-text" around
   * paragraphs of prose is a site's own abbreviation ("speed read"), and
   * what it holds is shown. */
  if (lenient && (x->flags & F_HIDDEN) && (x->strong & 16) && prose_of_length (x, LONG_PART))
    return FALSE;
  if (x->flags & F_HIDDEN)
    return TRUE;
  /* A list of readers' comments ("<ol class=comment-list>", "<li
   * class=comment>", as WordPress writes them) is theirs on a second
   * reading too: a short post over a long thread is still the post. */
  if (x->strong & 4)
    return !lenient || (x->strong & 64);
  /* "<p class=imageCaption>" under a picture: a line or two that names
   * itself a caption is one on a second reading too (the first may have
   * found no story because a wrapper of the page was named "banner"). */
  if (lenient && (x->strong & 128) && x->text_len < 400 && !prose_in_quantity (x))
    return TRUE;
  if (lenient)
    return FALSE;
  /* Prose in quantity is not furniture, whatever the wrapper is called
   * ("panel-two-col-sidebar-right", "article has-ads"). */
  if (x->strong & 3)
    return !prose_in_quantity (x) && !paragraph_behind_paywall (x);
  return FALSE;
}

/* A link inside a sentence of a paragraph: "Hlavní obviněný velké <a
 * class=tag-link>kauzy Dozimetr</a>, v níž …", "元タレントの<a
 * class=tag-link>中居正広</a>氏". News sites link names in the story to their
 * topic pages and name those links as they name the row of tags under the
 * story; left out, they take words out of the middle of the story's
 * sentences. The link is short, its paragraph (the nearest block, at most
 * four inline elements up) is a <p> of prose mostly out of links, and more
 * of the paragraph's text follows the link. */
static gboolean
in_sentence (Ctx  *c,
             guint i)
{
  Node *x = NODE (c, i);
  guint up = x->parent;
  Node *p;

  if (x->kind != K_A || x->text_len == 0 || x->text_len > 80 || (x->flags & F_HIDDEN))
    return FALSE;
  for (guint steps = 0; up != NONE && steps < 4 && !is_block_kind (NODE (c, up)->kind); steps++)
    up = NODE (c, up)->parent;
  if (up == NONE || NODE (c, up)->kind != K_P)
    return FALSE;
  p = NODE (c, up);
  if (p->text_len < 3 * x->text_len || p->text_len - x->text_len < 60 || p->link_len * 2 > p->text_len)
    return FALSE;
  for (guint j = x->end + 1; j <= p->end; j++)
    if (NODE (c, j)->flags & F_TEXT)
      return TRUE;
  return FALSE;
}

static gboolean
is_hidden (const xmlNode *node)
{
  const char *style;
  const char *id = dossier_html_attr (node, "id");

  /* <div hidden id="S:1a">: what React streams in after the page's
   * shell, hidden until its script moves it to its place (the
   * <template id="B:1a">); on a server-rendered page, often the story. */
  if (id && g_str_has_prefix (id, "S:") && id[2] && strspn (id + 2, "0123456789abcdefghijklmnopqrstuvwxyz") ==
      strlen (id + 2))
    return FALSE;
  if (dossier_html_attr (node, "hidden") || attr_is (node, "aria-hidden", "true"))
    return TRUE;
  style = dossier_html_attr (node, "style");
  return style && (strstr (style, "display:none") || strstr (style, "display: none") ||
                   strstr (style, "visibility:hidden") || strstr (style, "visibility: hidden"));
}

/* A disclosure's panel that no button names: a `<button>`, alone or
 * as the only text of the element or two around it ("<h3><button
 * aria-expanded=false>How do I …?</button></h3>", a block's
 * "<div class=…-header-wrap><button>…</button></div>"), followed at once
 * by its panel, shut by a name ("…-panel-hidden", "collapse") or by
 * `hidden` or a style until the reader opens it: shown when it holds
 * prose with few links, as a panel its button names is. Marks the
 * panels in @opened. */
static void
open_disclosure_panels (Ctx    *c,
                        guint8 *opened)
{
  for (guint i = 0; i < c->nodes->len; i++)
    {
      Node *b = NODE (c, i), *x;
      guint head = i, next;

      if (b->node->type != XML_ELEMENT_NODE || !dossier_html_is_tag (b->node, "button"))
        continue;
      for (guint up = 0; up < 2; up++)
        {
          guint p = NODE (c, head)->parent;
          /* a wrapper is small: no scan of a big box per button */
          gboolean alone = p != NONE && NODE (c, p)->end - p <= 64;

          /* no text of its own beside the button's (empty anchors) */
          for (guint k = p + 1; alone && k <= NODE (c, p)->end; k++)
            if (k >= head && k <= NODE (c, head)->end)
              k = NODE (c, head)->end;
            else
              alone = !(NODE (c, k)->flags & F_TEXT);
          if (!alone)
            break;
          head = p;
        }
      next = NODE (c, head)->end + 1;
      while (next < c->nodes->len && NODE (c, next)->parent == NODE (c, head)->parent &&
             NODE (c, next)->node->type != XML_ELEMENT_NODE && !(NODE (c, next)->flags & F_TEXT))
        next++;
      if (next >= c->nodes->len || NODE (c, next)->parent != NODE (c, head)->parent)
        continue;
      x = NODE (c, next);
      if (x->node->type == XML_ELEMENT_NODE && ((x->flags & F_HIDDEN) || is_hidden (x->node)) &&
          !(x->strong & 4) && prose_of_length (x, SHORT_PART) && link_density (x) < 0.25)
        {
          x->flags &= ~F_HIDDEN;
          opened[next] = 1;
          x->strong = 0;
          x->weight = MAX (x->weight, 0);
        }
    }
}

/* An accordion's or a tab's panel, named by the button that opens it
 * (WAI-ARIA's pattern: role=region or tabpanel, aria-labelledby), that
 * holds prose: a guide's answers and sections, shut until the reader
 * opens them, not a hidden element ("Loading prices…" is not prose). */
static gboolean
is_shut_panel (const Node *x)
{
  return (attr_is (x->node, "role", "region") || attr_is (x->node, "role", "tabpanel")) &&
         dossier_html_attr (x->node, "aria-labelledby") && prose_of_length (x, SHORT_PART) &&
         link_density (x) < 0.25;
}

/* A <header> holds the headline, byline and date, unless a page uses it
 * for the lede: prose with no heading in it. */
static gboolean
header_is_prose (Ctx  *c,
                 guint i)
{
  Node *x = NODE (c, i);

  if (x->text_len < 150 || link_density (x) > 0.2)
    return FALSE;
  for (guint j = i + 1; j <= x->end; j++)
    if (heading_level (NODE (c, j)->kind))
      return FALSE;
  return TRUE;
}

/* "<header class=section_blog-post-content>": a page builder's section
 * element that holds the whole post, its paragraphs and subheadings. A
 * headline's header holds a standfirst at most, a masthead's links. */
static gboolean
header_holds_story (Ctx  *c,
                    guint i)
{
  Node *x = NODE (c, i);
  guint in_p = 0;

  if (!prose_in_quantity (x))
    return FALSE;
  for (guint j = i + 1; j <= x->end; j++)
    if (NODE (c, j)->kind == K_P)
      {
        in_p += NODE (c, j)->text_len - NODE (c, j)->link_len;
        j = NODE (c, j)->end;
      }
  return in_p >= 1000;
}

/* "Do you still have questions? Head over to the Community. [Take me
 * there]": a little text beside a button, with no paragraph, list item or
 * code of its own, is a call to action, never the story. */
static gboolean
is_call_to_action (Ctx  *c,
                   guint i)
{
  Node *x = NODE (c, i);
  gboolean button = FALSE;

  if ((x->kind != K_DIV && x->kind != K_SECTION && x->kind != K_BLOCK) || x->text_len == 0 ||
      x->text_len >= 200 || x->end - i > 200)
    return FALSE;
  for (guint j = i + 1; j <= x->end; j++)
    {
      Node *y = NODE (c, j);

      /* A code sample with a "Copy" button is part of the story. */
      if (y->kind == K_P || y->kind == K_LI || y->kind == K_PRE || heading_level (y->kind) ||
          dossier_html_is_tag (y->node, "code"))
        return FALSE;
      if (y->kind == K_DROP && (dossier_html_is_tag (y->node, "button") ||
                                (dossier_html_is_tag (y->node, "input") && !attr_is (y->node, "type", "hidden"))))
        button = TRUE;
    }
  return button;
}

/* "© 2004 Minds Eye One, All Rights Reserved The Can Magazine™ is a
 * trademark of …": the site's notice, last, longer than the notices that
 * judge() drops anywhere (150 words at most). */
static gboolean
is_long_notice (const char *s)
{
  /* "(C) 2008 Magellan Navigation, Inc.": the sign as ASCII writes it. */
  gboolean sign = g_str_has_prefix (s, "©") || starts_with_word (s, "Copyright") ||
                  ((g_str_has_prefix (s, "(C) ") || g_str_has_prefix (s, "(c) ")) && g_ascii_isdigit (s[4]));

  return sign && count_words (s) <= 150 &&
         (strstr (s, "ights reserved") || strstr (s, "IGHTS RESERVED") || strstr (s, "ights Reserved") ||
          strstr (s, "trademark"));
}

/* "… encouraged me to get this done: Sairam Sundaresan, Taryn Voget,
 * Krishna Nareddy, …": a series set apart by commas (a comma to five
 * words or fewer), the writer's own list even when each item is a link;
 * a list of headlines has no such commas. */
static gboolean
is_comma_series (const char *s)
{
  guint commas = 0;

  for (const char *p = s; *p; p++)
    commas += *p == ',';
  return commas >= 3 && commas * 5 >= count_words (s);
}

/* "Continued...", "Next page »", "(continued)": a link's whole text, which
 * turns to the story's next page (the page kept holds only this one). */
static gboolean
is_page_turn (const char *s)
{
  static const char *turns[] = {
    "continued", "continue reading", "continue story", "story continues", "next page", NULL,
  };
  g_autofree char *t = g_strdup (s);
  gsize n;

  /* Brackets, dots, an ellipsis, arrows and guillemets around the words. */
  for (n = strlen (t); n > 0;)
    {
      const char *last = g_utf8_find_prev_char (t, t + n);
      gunichar u = g_utf8_get_char (last);

      if (!(u == ')' || u == '.' || u == ' ' || u == 0x2026 || u == 0xbb || u == '>' || u == 0x2192 ||
            u == 0x203a))
        break;
      n = last - t;
    }
  t[n] = '\0';
  s = t;
  while (*s == '(' || *s == ' ')
    s++;
  for (guint i = 0; turns[i]; i++)
    if (g_ascii_strcasecmp (s, turns[i]) == 0)
      return TRUE;
  return FALSE;
}

/* A script's link set inside the story's last paragraph ("… stood by her
 * husband. <a href="#" onclick="return(ET());">E-mail to a friend</a>"):
 * the page's tool, not the story's words. So is a link that jumps to a
 * place further down the page, wherever it stands (at the head of the
 * first paragraph: "<a href="#list">Jump to the list</a> The moving
 * process …"), and one that turns to the story's next page ("… said
 * Tony Angelotti. <a href="javascript:goToPage(2);">Continued...</a>"). */
static gboolean
is_tool_link (const Node *x)
{
  static const char *tools[] = {
    "E-mail to a friend", "Email to a friend", "E-mail this", "Email this", "Print this", "Share this", NULL,
  };
  static const char *jumps[] = {
    "Jump to", "Skip to", "Springe zu", "Direkt zu", "Aller à", "Passer à", "Saltar a", "Ir a", "Salta a", "Vai a",
    NULL,
  };
  const char *href;
  g_autofree char *text = NULL;

  if (x->kind != K_A || x->text_len == 0 || x->text_len > 40)
    return FALSE;
  href = dossier_html_attr (x->node, "href");
  if (href && href[0] == '#' && href[1] != '\0')
    {
      text = (char *) xmlNodeGetContent (x->node);
      return text && starts_with_any_word (g_strstrip (text), jumps);
    }
  text = (char *) xmlNodeGetContent (x->node);
  if (text && is_page_turn (g_strstrip (text)))
    return TRUE;
  if (href && strcmp (href, "#") != 0 && g_ascii_strncasecmp (href, "javascript:", 11) != 0)
    return FALSE;
  return text && starts_with_any_word (text, tools);
}

/* A slideshow's slide tells its part of the story under the picture, in
 * paragraphs ("<figcaption><p>…</p><p>…</p></figcaption>"): that much
 * prose is no caption. */
static guint
prose_in_figure (Ctx  *c,
                 guint i)
{
  Node *x = NODE (c, i);
  guint in_p = 0;

  if ((x->kind != K_FIGURE && x->kind != K_FIGCAPTION) || link_density (x) > 0.25)
    return 0;
  for (guint j = i + 1; j <= x->end; j++)
    if (NODE (c, j)->kind == K_P)
      {
        in_p += NODE (c, j)->text_len - NODE (c, j)->link_len;
        j = NODE (c, j)->end;
      }
  return in_p;
}

/* … and a shorter slide beside such a one is a slide too. */
static gboolean
figure_holds_prose (Ctx  *c,
                    guint i)
{
  Node *x = NODE (c, i);
  guint own = prose_in_figure (c, i);

  if (own >= 400)
    return TRUE;
  if (own < 150 || x->parent == NONE)
    return FALSE;
  if (x->kind == K_FIGCAPTION)
    return NODE (c, x->parent)->kind == K_FIGURE && figure_holds_prose (c, x->parent);
  for (xmlNode *ch = NODE (c, x->parent)->node->children; ch; ch = ch->next)
    if (ch->type == XML_ELEMENT_NODE && ch->_private && ch != x->node &&
        NODE (c, GPOINTER_TO_UINT (ch->_private) - 1)->kind == K_FIGURE &&
        prose_in_figure (c, GPOINTER_TO_UINT (ch->_private) - 1) >= 400)
      return TRUE;
  return FALSE;
}

/* "<figure class=wp-block-table><table>…</table><figcaption>Source: …":
 * an editor's table set in a figure, as WordPress sets every one; its
 * rows are the story's figures, its caption a caption. */
static gboolean
figure_holds_table (Ctx  *c,
                    guint i)
{
  Node *x = NODE (c, i);
  guint in_table = 0;

  if (x->kind != K_FIGURE || x->text_len == 0 || link_density (x) > 0.5)
    return FALSE;
  for (guint j = i + 1; j <= x->end; j++)
    if (NODE (c, j)->kind == K_TABLE)
      {
        in_table += NODE (c, j)->text_len;
        j = NODE (c, j)->end;
      }
  return in_table * 2 > x->text_len;
}

static gboolean
holds_slides (Ctx  *c,
              guint i)
{
  for (guint j = i + 1; j <= NODE (c, i)->end; j++)
    {
      Node *y = NODE (c, j);

      if (y->flags & F_REMOVED)
        {
          j = y->end;
          continue;
        }
      if (y->kind == K_FIGURE && figure_holds_prose (c, j))
        return TRUE;
    }
  return FALSE;
}

/* Elements holding more than len bytes of prose, themselves or somewhere
 * inside. */
static guint8 *
mark_holds_prose (Ctx  *c,
                  guint len)
{
  guint8 *holds_prose = g_new0 (guint8, c->nodes->len);

  for (guint i = c->nodes->len; i-- > 0;)
    {
      Node *x = NODE (c, i);

      if (x->node->type == XML_ELEMENT_NODE && !(x->flags & (F_REMOVED | F_CLEANED)) && prose_of_length (x, len))
        holds_prose[i] = 1;
      if (holds_prose[i] && x->parent != NONE)
        holds_prose[x->parent] = 1;
    }
  return holds_prose;
}

/* The paragraphs' text (less their links') in @i, and on the page. */
static guint
paragraph_text (Ctx   *c,
                guint  i)
{
  guint n = 0;

  for (guint j = i; j <= NODE (c, i)->end; j++)
    if (NODE (c, j)->kind == K_P)
      {
        n += NODE (c, j)->text_len - MIN (NODE (c, j)->link_len, NODE (c, j)->text_len);
        j = NODE (c, j)->end;
      }
    else if (NODE (c, j)->kind == K_RAW)
      j = NODE (c, j)->end;
  return n;
}

/* Whether the node @y is a run of text of a sentence's length set
 * straight in a block, outside links ("<div class=t_3>ABU DHABI … <br><br>
 * Midfielder …</div>", the way pages were written before paragraphs were
 * marked). */
static gboolean
is_prose_run (Ctx        *c,
              const Node *y)
{
  return (y->flags & F_TEXT) && y->link_len == 0 && y->text_len >= 60 && y->parent != NONE &&
         is_block_kind (NODE (c, y->parent)->kind);
}

/* paragraph_text(), and the runs of text between line breaks. */
static guint
prose_text (Ctx   *c,
            guint  i)
{
  guint n = paragraph_text (c, i);

  for (guint j = i + 1; j <= NODE (c, i)->end; j++)
    {
      Node *y = NODE (c, j);

      if (y->kind == K_P || y->kind == K_RAW)
        j = y->end;
      else if (is_prose_run (c, y))
        n += y->text_len;
    }
  return n;
}

/* @i holds a story's worth of paragraphs, most of the page's (@page). */
static gboolean
holds_most_paragraphs (Ctx   *c,
                       guint  i,
                       guint  page)
{
  guint own = paragraph_text (c, i);

  return own >= 1000 && own * 2 > page && link_density (NODE (c, i)) <= 0.25;
}

static void
mark_removed (Ctx     *c,
              gboolean lenient)
{
  g_autofree guint8 *holds_prose = mark_holds_prose (c, 1000);
  /* On the second reading (under 500 bytes found on the first), a short
   * story counts too, a paragraph's worth, in what wraps the page (not in
   * a footer: an author's bio stays out). */
  g_autofree guint8 *holds_paragraph = lenient ? mark_holds_prose (c, 200) : NULL;
  /* accordion panels shown (below) */
  g_autofree guint8 *opened = g_new0 (guint8, c->nodes->len);
  guint page_paragraphs = 0;

  for (guint j = 0; j < c->nodes->len; j = NODE (c, j)->end + 1)
    page_paragraphs += paragraph_text (c, j);

  /* A page told in slides names its text a gallery ("gallery-body"):
   * there, such a name says nothing against it. The slides' prose is in
   * their figures, or in paragraphs beside each picture, inside an element
   * named for the slideshow that holds most of the page's paragraphs
   * ("<section class=slideshow-container><div class=slide><h2>…<figure>…
   * <p>…"). */
  for (guint i = 0; i < c->nodes->len; i++)
    if ((NODE (c, i)->kind == K_FIGURE && !is_hidden (NODE (c, i)->node) && figure_holds_prose (c, i)) ||
        ((NODE (c, i)->strong & 8) && holds_most_paragraphs (c, i, page_paragraphs)))
      {
        for (guint j = 0; j < c->nodes->len; j++)
          if (NODE (c, j)->strong & 8)
            {
              NODE (c, j)->strong = 0;
              NODE (c, j)->weight++;
            }
        break;
      }
  /* An accordion's panel that its button names (aria-controls, the
   * WAI-ARIA pattern), shut by a class ("hidden", Tailwind's) or a
   * style until the reader opens it, is shown when it holds prose: a
   * guide's answers, one to a panel. A menu's panel is links. */
  {
    g_autoptr(GHashTable) controlled = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

    for (guint i = 0; i < c->nodes->len; i++)
      {
        const char *ids = NODE (c, i)->node->type == XML_ELEMENT_NODE ?
                          dossier_html_attr (NODE (c, i)->node, "aria-controls") : NULL;
        g_auto(GStrv) parts = ids ? g_strsplit_set (ids, " ", 8) : NULL;

        for (guint k = 0; parts && parts[k]; k++)
          if (*parts[k])
            g_hash_table_add (controlled, g_strdup (parts[k]));
      }
    for (guint i = 0; i < c->nodes->len && g_hash_table_size (controlled) > 0; i++)
      {
        Node *x = NODE (c, i);
        const char *id = x->node->type == XML_ELEMENT_NODE ? dossier_html_attr (x->node, "id") : NULL;

        if (id && g_hash_table_contains (controlled, id) && ((x->flags & F_HIDDEN) || is_hidden (x->node)) &&
            !(x->strong & 4) && prose_of_length (x, SHORT_PART) && link_density (x) < 0.25)
          {
            x->flags &= ~F_HIDDEN;
            opened[i] = 1;
            x->strong = 0;
            x->weight = MAX (x->weight, 0);
          }
      }
  }
  open_disclosure_panels (c, opened);
  /* A page builder's box ("elementor-widget-wrap") that holds a part's
   * worth of prose is one block of the story among others: its name
   * says nothing, for or against; nor do those of the boxes inside it
   * ("elementor-widget-container" around each paragraph). */
  {
    g_autofree guint8 *neutral = g_new0 (guint8, c->nodes->len);

    for (guint i = 0; i < c->nodes->len; i++)
      {
        Node *x = NODE (c, i);

        /* Parents come first: the mark goes down the tree. */
        if (x->parent != NONE && neutral[x->parent])
          neutral[i] = 1;
        if (!(x->strong & 32) || (x->strong & 3) != 2)
          continue;
        if (neutral[i] || (prose_of_length (x, LONG_PART) && link_density (x) < 0.25))
          {
            neutral[i] = 1;
            x->strong &= ~(2 | 32);
            x->weight++;
          }
      }
  }
  for (guint i = 0; i < c->nodes->len; i++)
    {
      Node *x = NODE (c, i);

      if (x->node->type == XML_ELEMENT_NODE && is_hidden (x->node) && !is_shut_panel (x) && !opened[i])
        x->flags |= F_HIDDEN;

      if ((x->parent != NONE && (NODE (c, x->parent)->flags & F_REMOVED)) ||
          (!in_sentence (c, i) && should_remove (x, lenient, holds_prose[i] || (holds_paragraph && holds_paragraph[i] && wraps_page (x))) &&
           !((figure_holds_prose (c, i) || figure_holds_table (c, i)) && !(x->flags & F_HIDDEN))))
        x->flags |= F_REMOVED;
      else if (x->kind == K_HEADER && !header_is_prose (c, i) && !(lenient && prose_in_quantity (x)) &&
               !header_holds_story (c, i))
        x->flags |= F_REMOVED;
      else if (is_call_to_action (c, i) || is_tool_link (x))
        x->flags |= F_REMOVED;
      else
        continue;
      if (x->text_len > 500 && !(x->parent != NONE && (NODE (c, x->parent)->flags & F_REMOVED)))
        g_debug ("dropped <%s class=\"%s\" id=\"%s\"> with %u bytes of text", (const char *) x->node->name,
                 dossier_html_attr (x->node, "class") ? dossier_html_attr (x->node, "class") : "",
                 dossier_html_attr (x->node, "id") ? dossier_html_attr (x->node, "id") : "", x->text_len);
    }
}

gboolean
has_block_children (Ctx  *c,
                    guint i)
{
  for (xmlNode *ch = NODE (c, i)->node->children; ch; ch = ch->next)
    if (ch->type == XML_ELEMENT_NODE && ch->_private &&
        is_block_kind (NODE (c, GPOINTER_TO_UINT (ch->_private) - 1)->kind))
      return TRUE;
  return FALSE;
}

static void
init_candidate (Node *x)
{
  float s = 0;

  switch (x->kind)
    {
    case K_DIV: s = 5; break;
    case K_PRE: case K_TD: case K_BLOCKQUOTE: s = 3; break;
    case K_ARTICLE: case K_MAIN: s = 10; break;
    case K_ADDRESS: case K_OL: case K_UL: case K_DL: case K_DD: case K_DT: case K_LI: s = -3; break;
    case K_H1: case K_H2: case K_H3: case K_H4: case K_H5: case K_H6: case K_TH: s = -5; break;
    default: break;
    }
  /* A name that promises content ("txt_content_small") is kept by a
   * masthead's cell too ("Goa's complete online news edition - Sunday,
   * January 20, 2008"): it counts for an element holding a paragraph's
   * worth of text, not a line. */
  if (x->weight > 0 && x->text_len - x->link_len < 100)
    x->score += s;
  else
    x->score += s + 25 * x->weight;
  x->flags |= F_CANDIDATE;
}

gboolean
contains (Ctx  *c,
          guint outer,
          guint inner)
{
  return inner >= outer && inner <= NODE (c, outer)->end;
}

/* What a paragraph of @len bytes with @commas commas gives its
 * containers in pick_top(). */
static double
paragraph_vote (guint len,
                guint commas)
{
  return 1 + commas + MIN (len / 100, 3);
}

/* The vote of an element's own lines: its text nodes and inline elements
 * (not links) between <br>s, each run of 25 bytes or more counted as a
 * paragraph would be. 0 when it has fewer than three such runs or under
 * 500 bytes of them, but for one run of 400 bytes of its own text (not
 * its inline elements') with commas in it: a short story set bare ("<p
 * class=titulo>…</p><small>05/10/2018 - …</small><br><img>A equipe do
 * Serviço …<br><br>"). 0 too when it has a paragraph (<p>) of its own,
 * which votes for it already: its lines between such paragraphs are a
 * story's odd line, not the story. A headline set as a <p> (short, no
 * sentence) is no such paragraph. */
static double
own_lines_vote (Ctx   *c,
                guint  i)
{
  double s = 0;
  guint runs = 0, total = 0, run = 0, run_commas = 0, run_own = 0;
  gboolean long_run = FALSE;

  for (guint j = i + 1; j <= NODE (c, i)->end + 1; j++)
    {
      Node *y = j <= NODE (c, i)->end ? NODE (c, j) : NULL;
      gboolean ends = y == NULL || y->kind == K_BR || is_block_kind (y->kind);

      if (y && y->kind == K_P && y->text_len >= 25)
        {
          g_autofree char *t = y->text_len < 100 ? node_text (c, j) : NULL;

          if (t == NULL || ends_sentence_mark (t))
            return 0;
        }
      if (ends)
        {
          if (run >= 25)
            {
              s += paragraph_vote (run, run_commas);
              runs++;
              total += run;
              long_run |= run_own >= 400 && run_commas >= 2;
            }
          run = run_commas = run_own = 0;
        }
      else if (y->flags & F_TEXT)
        {
          run += y->text_len;
          run_own += y->text_len;
          run_commas += y->commas;
        }
      else if (y->node->type == XML_ELEMENT_NODE && y->kind != K_RAW && y->kind != K_DROP && !(y->flags & F_REMOVED))
        {
          run += y->text_len - MIN (y->link_len, y->text_len);
          run_commas += y->kind == K_A ? 0 : y->commas;
        }
      if (y)
        j = y->end;
    }
  return (runs >= 3 && total >= 500) || long_run ? s : 0;
}

/* Pass 3: paragraphs vote for their containers; the best one wins. */
static guint
pick_top (Ctx  *c,
          guint body)
{
  guint n = c->nodes->len;
  guint top5[5] = { NONE, NONE, NONE, NONE, NONE };
  guint top;

  for (guint i = 0; i < n; i++)
    {
      Node *x = NODE (c, i);
      double s;
      guint a;

      if (x->node->type != XML_ELEMENT_NODE || (x->flags & F_REMOVED))
        continue;
      if ((x->kind == K_DIV || x->kind == K_SECTION) && has_block_children (c, i))
        {
          /* "<div>NEW DELHI: Pakistan's …<br/>He described …<br/><div
           * class=embed>…</div><br/>…": a story set as the element's own
           * lines between line breaks, boxes among them, votes as its
           * paragraphs would, for itself first. */
          if ((s = own_lines_vote (c, i)) == 0)
            continue;
          a = i;
        }
      else
        {
          if (!(x->kind == K_P || x->kind == K_PRE || x->kind == K_TD || x->kind == K_DIV || x->kind == K_SECTION))
            continue;
          if (x->text_len < 25)
            continue;
          s = paragraph_vote (x->text_len, x->commas);
          a = x->parent;
        }
      for (guint level = 0; level < 5 && a != NONE; level++, a = NODE (c, a)->parent)
        {
          Node *y = NODE (c, a);

          if (!(y->flags & F_CANDIDATE))
            init_candidate (y);
          y->score += s / (level == 0 ? 1 : level == 1 ? 2 : level * 3);
        }
    }

  for (guint i = 0; i < n; i++)
    {
      Node *x = NODE (c, i);

      if (!(x->flags & F_CANDIDATE) || (x->flags & F_REMOVED))
        continue;
      x->score *= 1 - link_density (x);
      for (guint k = 0; k < 5; k++)
        if (top5[k] == NONE || x->score > NODE (c, top5[k])->score)
          {
            memmove (top5 + k + 1, top5 + k, (4 - k) * sizeof (guint));
            top5[k] = i;
            break;
          }
    }

  top = top5[0];
  if (top == NONE)
    return body;

  /* The publisher's own word (schema.org's articleBody) outweighs votes that
   * a gallery or a list of captions can win; it must hold some prose. */
  for (guint i = 0; i < n; i++)
    {
      Node *x = NODE (c, i);

      if ((x->flags & F_DECLARED) && !(x->flags & F_REMOVED) && x->text_len - x->link_len >= 500)
        {
          if (!(x->flags & F_CANDIDATE))
            init_candidate (x);
          x->score = MAX (x->score, NODE (c, top)->score);
          return i;
        }
    }

  /* Several strong candidates under one ancestor: the ancestor is the
   * article and they are its parts. */
  {
    guint alts = 0;
    float best = NODE (c, top)->score;

    for (guint k = 1; k < 5; k++)
      if (top5[k] != NONE && NODE (c, top5[k])->score >= 0.75 * best)
        alts++;
    if (alts >= 2)
      for (guint a = NODE (c, top)->parent; a != NONE && NODE (c, a)->kind != K_BODY; a = NODE (c, a)->parent)
        {
          guint inside = 0;

          for (guint k = 1; k < 5; k++)
            if (top5[k] != NONE && NODE (c, top5[k])->score >= 0.75 * best && contains (c, a, top5[k]))
              inside++;
          if (inside >= 2)
            {
              top = a;
              break;
            }
        }
  }

  /* A parent whose score rises above the winner's, a few steps up, holds
   * more of the story in other places (an article cut into sections). */
  {
    float last = NODE (c, top)->score;
    float floor = last / 3;

    for (guint a = NODE (c, top)->parent; a != NONE && NODE (c, a)->kind != K_BODY && NODE (c, a)->kind != K_HTML;
         a = NODE (c, a)->parent)
      {
        Node *y = NODE (c, a);

        if (y->flags & F_REMOVED)
          break;
        if (!(y->flags & F_CANDIDATE))
          continue;
        if (y->score < floor)
          break;
        if (y->score > last)
          {
            top = a;
            break;
          }
        last = y->score;
      }
  }

  /* An only child says nothing its parent does not. */
  for (;;)
    {
      guint p = NODE (c, top)->parent;
      guint elements = 0;

      if (p == NONE || NODE (c, p)->kind == K_BODY || NODE (c, p)->kind == K_HTML ||
          (NODE (c, p)->flags & F_REMOVED))
        break;
      for (xmlNode *ch = NODE (c, p)->node->children; ch; ch = ch->next)
        if (ch->type == XML_ELEMENT_NODE)
          elements++;
      if (elements != 1)
        break;
      if (!(NODE (c, p)->flags & F_CANDIDATE) || NODE (c, p)->score < NODE (c, top)->score)
        NODE (c, p)->score = NODE (c, top)->score;
      NODE (c, p)->flags |= F_CANDIDATE;
      top = p;
    }
  return top;
}

static gboolean
ends_sentence (const char *s)
{
  gsize n = strlen (s);

  while (n > 0 && (s[n - 1] == ' ' || s[n - 1] == '\n'))
    n--;
  return n > 0 && (s[n - 1] == '.' || strstr (s, ". ") != NULL);
}

/* A story's first paragraphs in a wrapper of their own, before the one
 * that won ("<div class=row><div class=col-12><p>…</p><p>…</p></div></div>"
 * then a second row with the rest beside an advertisement column): prose
 * in paragraphs, nothing else, and not named like furniture. */
static gboolean
is_lede_part (Ctx  *c,
              guint i)
{
  Node *x = NODE (c, i);
  guint in_p = 0;

  if ((x->kind != K_DIV && x->kind != K_SECTION && x->kind != K_P) || x->weight < 0 || x->strong ||
      x->text_len - x->link_len < 60 || link_density (x) > 0.25)
    return FALSE;
  /* Under 150 bytes, one sentence or two: only as a paragraph that ends
   * one ("<div class=thirdPar><p>Today, officials said …</p></div>"). */
  if (x->text_len - x->link_len < 150)
    {
      g_autofree char *txt = (char *) xmlNodeGetContent (x->node);

      if (txt == NULL || !ends_sentence (txt) || link_density (x) > 0)
        return FALSE;
    }
  if (x->kind == K_P)
    return TRUE;
  for (guint j = i + 1; j <= x->end; j++)
    {
      Node *y = NODE (c, j);

      if (y->flags & F_REMOVED)
        {
          j = y->end;
          continue;
        }
      if (heading_level (y->kind) || y->kind == K_LI || y->kind == K_TABLE || y->kind == K_BLOCKQUOTE ||
          y->kind == K_HEADER)
        return FALSE;
      if (y->kind == K_P)
        {
          in_p += y->text_len;
          j = y->end;
        }
    }
  return in_p * 10 >= x->text_len * 9;
}

/* The element of @ch when it is a section like @y (a guide's parts: the
 * same tag and class, kept, holding prose, few links), or NONE. */
static guint
like_section (Ctx           *c,
              const xmlNode *ch,
              const Node    *y)
{
  const char *cls = dossier_html_attr (y->node, "class");
  const char *cls2;
  Node *s;
  guint i;

  if (ch->type != XML_ELEMENT_NODE || ch->_private == NULL)
    return NONE;
  i = GPOINTER_TO_UINT (ch->_private) - 1;
  s = NODE (c, i);
  cls2 = dossier_html_attr (ch, "class");
  if (s->kind != y->kind || (s->flags & F_REMOVED) || cls == NULL || cls2 == NULL || strcmp (cls2, cls) != 0 ||
      !prose_of_length (s, SHORT_PART) || link_density (s) >= 0.25)
    return NONE;
  return i;
}

/* "<h4>Try our app now</h4><p>See why teams choose it</p><a …>Get a
 * demo</a>": the site's box set between the story's opening and the
 * rest, a heading, a line and a link; one is passed over on the way back
 * to the opening (it stays out). */
static gboolean
is_promo_box (Ctx  *c,
              guint i)
{
  Node *x = NODE (c, i);
  gboolean heading = FALSE, link = FALSE;

  if (x->node->type != XML_ELEMENT_NODE || x->text_len - x->link_len >= 100 || x->end - i > 100)
    return FALSE;
  for (guint j = i + 1; j <= x->end; j++)
    {
      if (heading_level (NODE (c, j)->kind) >= 2)
        heading = TRUE;
      else if (NODE (c, j)->kind == K_A && NODE (c, j)->text_len > 0)
        link = TRUE;
    }
  return heading && link;
}

/* The element around node @i when it is a small box: not the page's
 * body, html, article or main, with @max_text bytes of text and 100
 * nodes at most. NONE otherwise. */
static guint
small_box_around (Ctx  *c,
                  guint i,
                  guint max_text)
{
  guint a = NODE (c, i)->parent;
  Node *x;

  if (a == NONE)
    return NONE;
  x = NODE (c, a);
  if (x->kind == K_BODY || x->kind == K_HTML || x->kind == K_ARTICLE || x->kind == K_MAIN ||
      x->text_len > max_text || x->end - a > 100)
    return NONE;
  return a;
}

/* "<div class=cta><h4>Want more jobs?</h4><form><input type=email>
 * <button>Start free trial</button></form><p>Grow your business with
 * our software.</p></div>": a line of 40 words at most, alone in a small
 * box with a sign-up form (an e-mail field, no text area: a comment
 * form is no sign-up), is the form's blurb set above the story, not its
 * first paragraph. */
static gboolean
beside_signup_form (Ctx         *c,
                    const Block *b)
{
  guint a = b->first_node;

  if (count_words (b->str) > 40)
    return FALSE;
  /* Nothing else of prose in the box: a heading and a button. */
  for (guint up = 0; up < 3 && (a = small_box_around (c, a, b->text_len + 120)) != NONE; up++)
    {
      gboolean email = FALSE;

      for (guint j = a + 1; j <= NODE (c, a)->end; j++)
        {
          const xmlNode *n = NODE (c, j)->node;

          if (dossier_html_is_tag (n, "textarea"))
            return FALSE;
          if (dossier_html_is_tag (n, "input") && (attr_is (n, "type", "email") || named (n, "email")))
            email = TRUE;
        }
      if (email)
        return TRUE;
    }
  return FALSE;
}

/* "<div><p>Finally, the perfect garden seeds!</p><p>Sourced from our
 * farms.</p><div><a rel=sponsored><img></a> …</div></div>": a line of 40
 * words at most, with no link of its own, in a small box (300 bytes of
 * text at most) of links marked paid ("sponsored"), is the
 * advertisement's, set above the story. */
static gboolean
beside_sponsored_links (Ctx         *c,
                        const Block *b)
{
  guint a = b->first_node;
  guint own_end = NODE (c, b->first_node)->end;

  if (b->link_len > 0 || count_words (b->str) > 40)
    return FALSE;
  for (guint up = 0; up < 3 && (a = small_box_around (c, a, 300)) != NONE; up++)
    for (guint j = a + 1; j <= NODE (c, a)->end; j++)
      if ((j < b->first_node || j > own_end) && NODE (c, j)->kind == K_A &&
          dossier_html_attr_has_word (NODE (c, j)->node, "rel", "sponsored"))
        return TRUE;
  return FALSE;
}

/* "This site requires that JavaScript be enabled and the Flash plug-in be
 * installed.", "Site requirements: Internet Explorer 6.0+ …, best viewed
 * in 1024x768": the site's word on the browser it needs, above the story
 * (in German, French, Spanish and Italian too; words matched in any
 * case). */
static gboolean
is_browser_notice (const char *s)
{
  static const char *site[] = {
    "this site", "the site", "our site", "this page", "this website", "site requirements", "diese Seite",
    "diese Website", "ce site", "cette page", "este sitio", "esta página", "questo sito", NULL,
  };
  static const char *tech[] = {
    "JavaScript", "Flash", "plug-in", "plugin", "browser", "navigateur", "navegador", NULL,
  };
  static const char *needs[] = {
    "requires", "require", "required", "requirements", "enable", "enabled", "best viewed", "benötigt", "aktivieren",
    "nécessite", "activer", "activez", "requiere", "habilitar", "habilite", "richiede", "abilitare", "abilita",
    NULL,
  };

  return count_words (s) <= 60 && has_any_word (s, site) && has_any_word (s, tech) && has_any_word (s, needs);
}

/* "<div class=secondPar><p>…</p></div>": a wrapper of one paragraph and
 * nothing else, which the siblings' test reads as that paragraph before
 * the winner (the story's first paragraphs, one to a wrapper; after it,
 * such a wrapper is as often the site's notice). */
static gboolean
one_paragraph (Ctx  *c,
               guint i)
{
  Node *x = NODE (c, i);
  guint p = NONE;

  static const char *summaries[] = {
    "excerpt", "dek", "deck", "standfirst", "summary", "subtitle", "subhead", "teaser", "description", "intro",
    "abstract", "sapo", "chapo", "lead", NULL,
  };

  if (x->kind != K_DIV || x->strong || x->weight < 0)
    return FALSE;
  /* A deck in a wrapper of its own sums the story up. */
  for (guint k = 0; summaries[k]; k++)
    if (named (x->node, summaries[k]))
      return FALSE;
  for (xmlNode *ch = x->node->children; ch; ch = ch->next)
    {
      if (ch->type == XML_TEXT_NODE || ch->type == XML_COMMENT_NODE)
        continue;
      if (ch->type != XML_ELEMENT_NODE || ch->_private == NULL || p != NONE)
        return FALSE;
      p = GPOINTER_TO_UINT (ch->_private) - 1;
    }
  return p != NONE && NODE (c, p)->kind == K_P && NODE (c, p)->text_len == x->text_len;
}

/* "Frequently Asked Questions", "FAQs", "Event planning FAQ:": the title
 * of a page's questions and answers. */
static gboolean
is_faq_title (const char *s)
{
  g_autofree char *low = g_strstrip (g_ascii_strdown (s, -1));
  gsize n = strlen (low);

  while (n > 0 && (low[n - 1] == ':' || low[n - 1] == '.'))
    low[--n] = '\0';
  if (n == 0 || n > 80)
    return FALSE;
  return g_str_has_suffix (low, "frequently asked questions") || strcmp (low, "faq") == 0 ||
         strcmp (low, "faqs") == 0 || g_str_has_suffix (low, " faq") || g_str_has_suffix (low, " faqs");
}

/* An element of the page's questions and answers: named so in its class
 * or id ("faq", "faqs-section", "FAQ_wrapper", "accordion-faq"), or a
 * heading that says so ("Frequently Asked Questions"), alone or first in
 * it. */
static gboolean
is_faq_part (Ctx  *c,
             guint i)
{
  Node *x = NODE (c, i);

  if (x->node->type != XML_ELEMENT_NODE)
    return FALSE;
  /* it or one of its first elements (a wrapper's wrappers) */
  for (guint j = i; j <= x->end && j < i + 6; j++)
    {
      const char *names[] = { dossier_html_attr (NODE (c, j)->node, "class"),
                              dossier_html_attr (NODE (c, j)->node, "id") };

      if (NODE (c, j)->node->type != XML_ELEMENT_NODE)
        continue;
      for (guint k = 0; k < G_N_ELEMENTS (names); k++)
        if (names[k])
          {
            g_auto(GStrv) words = g_strsplit_set (names[k], " -_", -1);

            for (guint w = 0; words[w]; w++)
              if (g_ascii_strncasecmp (words[w], "faq", 3) == 0)
                return TRUE;
          }
    }
  /* its first heading or line of text, among its first nodes */
  for (guint j = i, seen = 0; j <= x->end && seen < 12; j++, seen++)
    if (heading_level (NODE (c, j)->kind) > 0 || (NODE (c, j)->flags & F_TEXT))
      {
        g_autofree char *txt = (char *) xmlNodeGetContent (NODE (c, j)->node);

        return txt && is_faq_title (txt);
      }
  return FALSE;
}

/* The answers of questions and answers are shown, not only the questions
 * (the answers shut in panels a script opens): 100 bytes of text that
 * end a sentence with no question mark. */
static gboolean
faq_answers_shown (Ctx  *c,
                   guint i)
{
  gsize answers = 0;

  for (guint j = i + 1; j <= NODE (c, i)->end && answers < 100; j++)
    {
      Node *y = NODE (c, j);

      if (y->flags & F_REMOVED)
        j = y->end;
      else if ((y->flags & F_TEXT) && y->node->content)
        {
          const char *t = (const char *) y->node->content;
          gsize n = strlen (t);

          while (n > 0 && g_ascii_isspace (t[n - 1]))
            n--;
          if (n > 0 && (t[n - 1] == '.' || t[n - 1] == '!'))
            answers += n;
        }
    }
  return answers >= 100;
}

/* Whether CLS is the winner's class TOP_CLASS with one more word that
 * marks the story's opening block ("intro", "lead", "first"), the words
 * in any order ("rich-text-block post intro" beside "post
 * rich-text-block": a page builder's first block of the story, set apart
 * from the rest by a table or a notice). Short class names only. */
static gboolean
class_like (const char *top_class,
            const char *cls)
{
  g_auto(GStrv) mine = NULL;
  g_auto(GStrv) theirs = NULL;
  const char *extra = NULL;
  guint n_mine, n_theirs, found = 0;

  if (strcmp (top_class, cls) == 0)
    return TRUE;
  if (strlen (top_class) > 120 || strlen (cls) > 120)
    return FALSE;
  mine = g_strsplit_set (top_class, " \t\n", -1);
  theirs = g_strsplit_set (cls, " \t\n", -1);
  n_mine = n_theirs = 0;
  for (guint i = 0; mine[i]; i++)
    if (*mine[i])
      {
        n_mine++;
        for (guint j = 0; theirs[j]; j++)
          if (strcmp (mine[i], theirs[j]) == 0)
            {
              found++;
              break;
            }
      }
  for (guint j = 0; theirs[j]; j++)
    if (*theirs[j])
      {
        n_theirs++;
        if (!g_strv_contains ((const char *const *) mine, theirs[j]))
          extra = theirs[j];
      }
  if (n_mine < 2 || found != n_mine)
    return FALSE;
  return n_theirs == n_mine + 1 && extra &&
         (strcmp (extra, "intro") == 0 || strcmp (extra, "lead") == 0 || strcmp (extra, "first") == 0);
}

/* The top candidate and those of its siblings that look like more of it. */
static int
compare_roots (gconstpointer a,
               gconstpointer b)
{
  guint x = *(const guint *) a & ~HEADING_BIT, y = *(const guint *) b & ~HEADING_BIT;

  return x < y ? -1 : x > y;
}

static GArray *
pick_content (Ctx  *c,
              guint top)
{
  GArray *content = g_array_new (FALSE, FALSE, sizeof (guint));
  Node *t = NODE (c, top);
  guint parent = t->parent;
  float threshold = MAX (10, t->score * 0.2);
  const char *top_class = dossier_html_attr (t->node, "class");

  if (parent == NONE || t->kind == K_BODY || t->kind == K_HTML)
    {
      g_array_append_val (content, top);
      return content;
    }
  for (xmlNode *ch = NODE (c, parent)->node->children; ch; ch = ch->next)
    {
      guint i;
      Node *s;
      gboolean append = FALSE;

      if (ch->type != XML_ELEMENT_NODE || ch->_private == NULL)
        continue;
      i = GPOINTER_TO_UINT (ch->_private) - 1;
      s = NODE (c, i);
      if (i == top)
        append = TRUE;
      else if (s->flags & F_REMOVED)
        continue;
      else
        {
          const char *cls = dossier_html_attr (ch, "class");
          float bonus = top_class && cls && *cls && class_like (top_class, cls) ? t->score * 0.2 : 0;

          if ((s->flags & F_CANDIDATE) && s->score + bonus >= threshold)
            append = TRUE;
          /* "<div class=story>Lede.</div><div class=story><p>…</p>…</div>":
           * the first paragraph as bare text in a wrapper of the winner's
           * class and tag before it, which no paragraph made a candidate. */
          else if (bonus > 0 && i < top && s->kind == t->kind && !(s->flags & F_CANDIDATE) && !s->strong &&
                   s->text_len - s->link_len > 80 && link_density (s) < 0.25)
            {
              g_autofree char *txt = (char *) xmlNodeGetContent (ch);

              append = txt && ends_sentence (txt) && count_words (txt) <= 120;
            }
          /* A slideshow's slides, whose paragraphs vote for their figures
           * more than for the wrapper around them. */
          else if (holds_slides (c, i))
            append = TRUE;
          else if (s->kind == K_P || (i < top && one_paragraph (c, i)))
            {
              double ld = link_density (s);

              if (s->text_len > 80 && ld < 0.25)
                append = TRUE;
              else if (s->text_len > 0 && s->text_len <= 80 && ld == 0)
                {
                  g_autofree char *txt = (char *) xmlNodeGetContent (ch);
                  append = txt && ends_sentence (txt);
                }
            }
        }
      if (append)
        g_array_append_val (content, i);
      else if (heading_level (s->kind) >= 2 && s->text_len > 0)
        {
          /* A subheading between two parts of the story belongs to it; it is
           * kept when a later sibling is (see below). */
          guint mark = i | HEADING_BIT;
          g_array_append_val (content, mark);
        }
    }

  /* A story cut into parts by pictures or quotes at other depths ("<div
   * class=post__content>" three times, the second under one more wrapper):
   * the other parts wear the exact class and tag of the winner (or of the
   * innermost of its only children that has a class), and are prose. */
  {
    guint sig = NONE;
    const char *sig_class = NULL;

    for (guint d = top; d != NONE;)
      {
        const char *cls = dossier_html_attr (NODE (c, d)->node, "class");
        xmlNode *only = NULL;
        guint elements = 0;

        if (cls && strlen (cls) >= 6 &&
            (NODE (c, d)->kind == K_DIV || NODE (c, d)->kind == K_SECTION || NODE (c, d)->kind == K_ARTICLE))
          {
            sig = d;
            sig_class = cls;
          }
        for (xmlNode *ch = NODE (c, d)->node->children; ch && elements < 2; ch = ch->next)
          if (ch->type == XML_ELEMENT_NODE)
            {
              elements++;
              only = ch;
            }
        d = elements == 1 && only->_private ? GPOINTER_TO_UINT (only->_private) - 1 : NONE;
      }
    if (sig != NONE)
      {
        guint added = 0;
        g_autoptr(GArray) short_parts = g_array_new (FALSE, FALSE, sizeof (guint));

        for (guint i = 0; i < c->nodes->len; i++)
          {
            Node *x = NODE (c, i);
            const char *cls;
            gboolean inside = FALSE;

            if (x->kind == K_RAW || (x->flags & F_REMOVED))
              {
                i = x->end;
                continue;
              }
            if (x->kind != NODE (c, sig)->kind || contains (c, i, top))
              continue;
            for (guint k = 0; k < content->len && !inside; k++)
              inside = contains (c, g_array_index (content, guint, k) & ~HEADING_BIT, i);
            if (inside)
              {
                i = x->end;
                continue;
              }
            cls = dossier_html_attr (x->node, "class");
            if (cls == NULL || strcmp (cls, sig_class) != 0 || x->text_len - x->link_len < SHORT_PART ||
                link_density (x) > 0.25)
              continue;
            g_array_append_val (content, i);
            if (x->text_len - x->link_len < LONG_PART)
              g_array_append_val (short_parts, i);
            added++;
            i = x->end;
          }
        if (added)
          {
            g_array_sort (content, compare_roots);
            /* A short part (a page builder's text column of a paragraph or
             * two) belongs to the story when more of it follows; the last
             * parts, if short, are a signature or a note after it
             * ("Originally published at …"). */
            while (content->len > 0)
              {
                guint last = g_array_index (content, guint, content->len - 1) & ~HEADING_BIT;
                gboolean is_short = FALSE;

                for (guint k = 0; k < short_parts->len && !is_short; k++)
                  is_short = g_array_index (short_parts, guint, k) == last;
                if (!is_short || (g_array_index (content, guint, content->len - 1) & HEADING_BIT))
                  break;
                g_array_set_size (content, content->len - 1);
              }
          }
      }
  }

  /* A guide in sections ("<section class=guide-section>" one after the
   * other, each a heading and its paragraphs, set deep in a builder's
   * wrappers): its paragraphs vote no higher than five levels, so the
   * wrapper of all the sections gets no votes and the winner is inside
   * one of them. An ancestor of the winner with two or more siblings of
   * its tag and class that hold prose is one section of the story: all
   * of them are. Not beyond the article element. */
  {
    guint a = top;

    for (guint level = 0; level < 10 && a != NONE; level++, a = NODE (c, a)->parent)
      {
        Node *y = NODE (c, a);
        const char *cls = dossier_html_attr (y->node, "class");
        guint p = y->parent;
        guint like = 0;

        if (y->kind == K_BODY || y->kind == K_HTML || p == NONE || (NODE (c, p)->flags & F_REMOVED))
          break;
        if ((y->kind == K_SECTION || y->kind == K_DIV) && cls && *cls)
          for (xmlNode *ch = NODE (c, p)->node->children; ch; ch = ch->next)
            if (ch != y->node && like_section (c, ch, y) != NONE)
              like++;
        if (like >= 2)
          {
            for (xmlNode *ch = NODE (c, p)->node->children; ch; ch = ch->next)
              {
                guint i = ch == y->node ? a : like_section (c, ch, y);
                guint k = 0;

                if (i == NONE)
                  continue;
                /* The parts found so far inside a section give way to it. */
                for (guint j = 0; j < content->len; j++)
                  {
                    guint v = g_array_index (content, guint, j);

                    if (!contains (c, i, v & ~HEADING_BIT))
                      g_array_index (content, guint, k++) = v;
                  }
                g_array_set_size (content, k);
                g_array_append_val (content, i);
              }
            g_array_sort (content, compare_roots);
            break;
          }
        if (y->kind == K_ARTICLE || y->kind == K_MAIN || (y->flags & F_DECLARED))
          break;
      }
  }

  /* The story's first paragraphs, set in a wrapper of their own before
   * the winner's (or one of its ancestors'), with nothing but empty or
   * removed elements between: they are its lede. Not beyond the article
   * element, nor past anything else on the way. */
  {
    guint cur = top;
    gboolean skipped = FALSE;

    for (guint level = 0; level < 4; level++)
      {
        guint p = NODE (c, cur)->parent;
        gboolean stop = FALSE;

        if (NODE (c, cur)->kind == K_ARTICLE || NODE (c, cur)->kind == K_MAIN ||
            (NODE (c, cur)->flags & F_DECLARED) || p == NONE || NODE (c, p)->kind == K_BODY ||
            NODE (c, p)->kind == K_HTML || (NODE (c, p)->flags & F_REMOVED))
          break;
        for (xmlNode *ch = NODE (c, cur)->node->prev; ch && !stop; ch = ch->prev)
          {
            guint i;
            Node *s;
            gboolean inside = FALSE;

            if (ch->_private == NULL)
              continue;
            i = GPOINTER_TO_UINT (ch->_private) - 1;
            s = NODE (c, i);
            if ((s->flags & F_REMOVED) || s->text_len == 0)
              continue;
            for (guint k = 0; k < content->len && !inside; k++)
              inside = contains (c, i, g_array_index (content, guint, k) & ~HEADING_BIT);
            if (inside)
              continue;
            /* Beside the winner itself, a paragraph's worth at least: a
             * line before it (a picture's source, a citation) is not. */
            if (s->node->type == XML_ELEMENT_NODE && is_lede_part (c, i) &&
                (level > 0 || s->text_len - s->link_len >= SHORT_PART))
              g_array_prepend_val (content, i);
            else if (!skipped && is_promo_box (c, i))
              skipped = TRUE;
            else
              stop = TRUE;
          }
        if (stop)
          break;
        cur = p;
      }
  }

  /* The story's questions and answers after it ("Frequently Asked
   * Questions", a box named "faq"), in a wrapper of their own beside the
   * story's or one of its ancestors', past at most two short boxes of the
   * site (a call to action, the share buttons): they are the story's
   * last section. Not beyond the article element. */
  if (content->len > 0)
    {
      guint cur = g_array_index (content, guint, content->len - 1) & ~HEADING_BIT;
      gboolean done = FALSE;

      for (guint level = 0; level < 4 && !done; level++)
        {
          guint p = NODE (c, cur)->parent, skipped = 0, heading = NONE;

          if (p == NONE || NODE (c, p)->kind == K_BODY || NODE (c, p)->kind == K_HTML ||
              (NODE (c, p)->flags & F_REMOVED) || NODE (c, cur)->kind == K_ARTICLE || NODE (c, cur)->kind == K_MAIN ||
              (NODE (c, cur)->flags & F_DECLARED))
            break;
          for (xmlNode *ch = NODE (c, cur)->node->next; ch && !done && skipped <= 2; ch = ch->next)
            {
              guint i;
              Node *s;
              gboolean faq;

              if (ch->_private == NULL)
                continue;
              i = GPOINTER_TO_UINT (ch->_private) - 1;
              s = NODE (c, i);
              if ((s->flags & F_REMOVED) || s->text_len == 0)
                continue;
              faq = is_faq_part (c, i);
              if (heading == NONE && heading_level (s->kind) > 0 && faq)
                heading = i;
              else if (faq && s->text_len - s->link_len >= SHORT_PART && link_density (s) < 0.5 &&
                       faq_answers_shown (c, i))
                {
                  if (heading != NONE)
                    g_array_append_val (content, heading);
                  g_array_append_val (content, i);
                  done = TRUE;
                }
              else if (s->text_len - s->link_len < 300)
                skipped++;
              else
                skipped = 3;
            }
          if (skipped > 2)
            break;
          cur = p;
        }
    }

  /* Keep subheadings only where content follows them. */
  {
    guint last_real = NONE;
    guint first_real = NONE;
    guint k = 0;

    for (guint j = 0; j < content->len; j++)
      if (!(g_array_index (content, guint, j) & HEADING_BIT))
        {
          last_real = j;
          if (first_real == NONE)
            first_real = j;
        }
    for (guint j = 0; j < content->len; j++)
      {
        guint v = g_array_index (content, guint, j);

        if ((v & HEADING_BIT) && (first_real == NONE || j < first_real || j > last_real))
          continue;
        g_array_index (content, guint, k++) = v & ~HEADING_BIT;
      }
    g_array_set_size (content, k);
  }
  return content;
}

/* The element before @node's, white space and comments aside. */
static xmlNode *
prev_element (xmlNode *node)
{
  xmlNode *p = node->prev;

  for (guint k = 0; p && p->type != XML_ELEMENT_NODE && k < 8; k++)
    p = p->prev;
  return p && p->type == XML_ELEMENT_NODE ? p : NULL;
}

/* The data table whose cell holds node @i: the innermost table above a
 * `<td>` or `<th>`, when it holds no table of its own (an old page's layout
 * nests them) and its rows hold no links; else NONE. @row is set to the
 * cell's row. */
static guint
data_table_of (Ctx   *c,
               guint  i,
               guint *row)
{
  guint a = i, cell = NONE;

  *row = NONE;
  for (guint depth = 0; a != NONE && depth < 12 && cell == NONE; depth++, a = NODE (c, a)->parent)
    if (NODE (c, a)->kind == K_TD || NODE (c, a)->kind == K_TH)
      cell = a;
  /* td, tr, tbody or thead, table */
  a = cell;
  for (guint depth = 0; a != NONE && depth < 4 && NODE (c, a)->kind != K_TABLE; depth++, a = NODE (c, a)->parent)
    if (NODE (c, a)->kind == K_TR)
      *row = a;
  if (cell == NONE || a == NONE || NODE (c, a)->kind != K_TABLE || *row == NONE || NODE (c, a)->link_len > 0)
    return NONE;
  /* A story's table of prices or results is small; a page laid out in a
   * table is not one, and looking through it for every cell of the
   * story's end would cost the square of its size. */
  if (NODE (c, a)->end - a > 2048)
    return NONE;
  for (guint j = a + 1; j <= NODE (c, a)->end; j++)
    if (NODE (c, j)->kind == K_TABLE)
      return NONE;
  return a;
}

/* "References", "Works cited", "Bibliography", "Literaturverzeichnis",
 * "Références", "Further reading", "Links": a heading of the story over
 * the list of what it cites or points to, a line of its own. A guide's
 * or a paper's citations, a post's links to the project it is about, are
 * its text, as its answer keys and its readers take them, however many
 * of the items are links. "Sources" stays out, as a newsroom's desk note
 * (is_sources_label(), are_source_names()), and so does "Resources" (a
 * site's own pages, as often as not). */
static gboolean
is_references_label (const char *s)
{
  static const char *labels[] = {
    "References", "Reference list", "Works cited", "Works consulted", "Bibliography", "Citations", "Literature",
    "Literatur", "Literaturverzeichnis", "Einzelnachweise", "Références", "Bibliographie", "Referencias",
    "Bibliografía", "Bibliografia", "Riferimenti", "Riferimenti bibliografici", "Further reading", "External links",
    "Links", NULL,
  };

  return is_label_line (s, labels);
}

/* Whether the last block of @kept, @s, is a field ("Where to watch:
 * Netflix", "Best for: beginners"): a label of one to four words and a
 * colon, then a value of eight words or fewer, which two or more blocks
 * before it open with too. A listicle gives each item its fields; a
 * leftover label ("Tags: …", "More about:") stands once. */
static gboolean
repeats_field_label (GPtrArray  *kept,
                     const char *s)
{
  const char *colon = strchr (s, ':');
  gsize n;
  guint same = 0;

  if (colon == NULL || colon == s || colon[1] != ' ' || count_words (colon + 1) == 0 || count_words (colon + 1) > 8)
    return FALSE;
  n = colon + 1 - s;
  {
    g_autofree char *label = g_strndup (s, n - 1);

    if (count_words (label) > 4)
      return FALSE;
  }
  for (guint j = kept->len - 1; j > 0 && same < 2; j--)
    {
      const Block *y = g_ptr_array_index (kept, j - 1);

      if (strncmp (y->str, s, n) == 0)
        same++;
    }
  return same >= 2;
}

/* "https://example.org/tools/scanner": a block that is one address and
 * nothing else, the words of its link. */
static gboolean
is_bare_address (const Block *b,
                 const char  *s)
{
  return (g_str_has_prefix (s, "http://") || g_str_has_prefix (s, "https://") || g_str_has_prefix (s, "www.")) &&
         !strchr (s, ' ') && b->link_len * 2 > b->text_len && !b->heading && !b->list_item;
}

/* A sentence of the story's own that ends in a colon ("You can read the
 * whole report here:"), four words or more, in a paragraph of its own
 * with no link. */
static gboolean
ends_in_colon_sentence (const Block *b)
{
  gsize n = strlen (b->str);

  while (n > 0 && g_ascii_isspace (b->str[n - 1]))
    n--;
  return n > 0 && b->str[n - 1] == ':' && !b->heading && !b->list_item && b->link_len == 0 &&
         count_words (b->str) >= 4;
}

/* A list the story introduces with a sentence of its own ending in a
 * colon ("Many fixes went in this month:", "Here is what the survey
 * found:"): the story's list, however many of its items are links (the
 * fixes' pages, the sources). The sentence may be in a wrapper of its
 * own, and the list too (AsciiDoc's "paragraph" and "ulist" boxes). A
 * label ("See also:") is too short; the site's pointer to its other
 * posts, a label naming another part of the page ("Related articles from
 * our blog:"), a sentence with a link of its own ("in our shop now; see
 * also:") and one alone with its list in a box (a magazine's "from this
 * issue:" teaser inside the story) are no sentences of the story. A
 * heading of its references (is_references_label()) introduces its list
 * too, in a part of the page that holds more of the story's text. */
static gboolean
is_introduced_list (Ctx  *c,
                    guint i)
{
  xmlNode *t = NODE (c, i)->node;
  xmlNode *lead;
  Node *l;
  g_autofree char *text = NULL;
  char *end;

  if (prev_element (t) == NULL && t->parent && t->parent->_private &&
      NODE (c, GPOINTER_TO_UINT (t->parent->_private) - 1)->kind == K_DIV)
    t = t->parent;
  lead = prev_element (t);
  if (lead == NULL || lead->_private == NULL)
    return FALSE;
  l = NODE (c, GPOINTER_TO_UINT (lead->_private) - 1);
  if (l->kind >= K_H2 && l->kind <= K_H6 && !(l->flags & (F_REMOVED | F_CLEANED)) && l->link_len == 0 &&
      l->parent != NONE && NODE (c, l->parent)->text_len - NODE (c, l->parent)->link_len >= l->text_len + 400)
    {
      text = g_strstrip ((char *) xmlNodeGetContent (lead));
      return is_references_label (text);
    }
  if ((l->kind != K_P && l->kind != K_DIV) || (l->flags & (F_REMOVED | F_CLEANED)) || l->text_len < 20 ||
      l->text_len > 600 || l->link_len > 0)
    return FALSE;
  /* Told beside more of the story's text, not alone with its list in a
   * box (a magazine's "from this issue:" teaser inside the story). */
  if (l->parent == NONE ||
      NODE (c, l->parent)->text_len - NODE (c, l->parent)->link_len < l->text_len + 40)
    return FALSE;
  text = g_strstrip ((char *) xmlNodeGetContent (lead));
  end = text + strlen (text);
  return end > text && end[-1] == ':' && count_words (text) >= 4 && !is_reading_pointer (text) &&
         !names_other_section (text);
}

/* Per node: whether it is or holds an element with no link in it whose
 * own paragraphs and runs of text between line breaks (each of a
 * sentence's length) make @len visible bytes. One pass over the nodes,
 * however deep the tree. */
static guint8 *
mark_holds_story (Ctx  *c,
                  guint len)
{
  guint8 *holds = g_new0 (guint8, c->nodes->len);
  g_autofree guint *own = g_new0 (guint, c->nodes->len);

  for (guint i = 0; i < c->nodes->len; i++)
    {
      Node *y = NODE (c, i);

      if (y->parent == NONE || y->link_len > 0 || (y->flags & (F_REMOVED | F_CLEANED)))
        continue;
      if (y->kind == K_P || is_prose_run (c, y))
        own[y->parent] += y->text_len;
    }
  for (guint i = c->nodes->len; i-- > 0;)
    {
      Node *x = NODE (c, i);

      if (x->node->type == XML_ELEMENT_NODE && x->link_len == 0 && own[i] >= len)
        holds[i] = 1;
      if (holds[i] && x->parent != NONE)
        holds[x->parent] = 1;
    }
  return holds;
}

/* Pass 4: lists and boxes of links inside the article are not the story. */
static void
clean_content (Ctx    *c,
               GArray *content)
{
  /* A wrapper holding prose in quantity somewhere inside (the story's box,
   * with the menus and teaser lists of the page around it) may have more
   * text in links than out of them: it is no list of links, and the lists
   * inside it are judged each on its own. */
  g_autofree guint8 *holds_prose = mark_holds_prose (c, 1000);
  /* A box with a short story's worth of prose in it, a few sentences in
   * an element of their own ("<div>Twentieth Century Fox and Apple say …
   * <br><br> iTunes is …</div>", in a layout table's cell beside a column
   * of headlines): not dropped whole either. The box of the sentences
   * has no link in it (a box of promotions does). */
  g_autofree guint8 *holds_story = mark_holds_story (c, 250);
  /* An introduced list of links is kept, and so is what holds it and the
   * sentence before it, up to the content's root; the boxes beside them
   * are judged each on its own. */
  guint8 *introduced = c->introduced;

  memset (introduced, 0, c->nodes->len);
  for (guint k = 0; k < content->len; k++)
    {
      guint root = g_array_index (content, guint, k);

      for (guint i = root + 1; i <= NODE (c, root)->end; i++)
        {
          Node *x = NODE (c, i);

          if (x->node->type != XML_ELEMENT_NODE || (x->flags & (F_REMOVED | F_CLEANED)) ||
              (x->kind != K_UL && x->kind != K_OL) || !is_introduced_list (c, i))
            continue;
          for (guint j = i + 1; j <= x->end; j++)
            introduced[j] = 2;
          for (guint j = i, d = 0; j != NONE && j != root && d < 64; j = NODE (c, j)->parent, d++)
            introduced[j] = 1;
        }
    }
  for (guint k = 0; k < content->len; k++)
    {
      guint root = g_array_index (content, guint, k);

      for (guint i = root + 1; i <= NODE (c, root)->end; i++)
        {
          Node *x = NODE (c, i);
          double ld;

          if (x->node->type != XML_ELEMENT_NODE || (x->flags & (F_REMOVED | F_CLEANED)) || introduced[i])
            continue;
          if (x->kind != K_UL && x->kind != K_OL && x->kind != K_DIV && x->kind != K_SECTION &&
              x->kind != K_TABLE && x->kind != K_DL)
            continue;
          ld = link_density (x);
          /* A short story's paragraphs, a few hundred bytes, in a box
           * with a longer list of headlines after them (left open, the
           * box takes the list in): the box is no list of links; the
           * lists inside it are judged each on its own. */
          if (x->text_len > 0 && !holds_prose[i] && !holds_story[i] && prose_text (c, i) < SHORT_STORY &&
              (ld > 0.5 || (x->weight < 0 && ld > 0.2)))
            {
              for (guint j = i; j <= x->end; j++)
                NODE (c, j)->flags |= F_CLEANED;
              i = x->end;
            }
        }
    }
}

/* ---- text building ------------------------------------------------------ */

typedef struct
{
  DossierMappedText *out;
  gsize floor;           /* where the current piece starts in @out */
  gboolean pending;      /* a space is due before the next word */
  gboolean mapped;       /* … and it stands for [sp_start, sp_end) of the visible text */
  gsize sp_start, sp_end;
} Builder;

static inline gboolean
vis_space (char ch)
{
  return ch == ' ' || ch == '\n' || ch == '\t' || ch == '\r' || ch == '\f';
}

static void
builder_space (Builder *b)
{
  if (!b->pending)
    {
      b->pending = TRUE;
      b->mapped = FALSE;
    }
}

static void
builder_flush_space (Ctx     *c,
                     Builder *b)
{
  if (!b->pending)
    return;
  b->pending = FALSE;
  if (dossier_mapped_text_get_length (b->out) == b->floor)
    return;
  if (b->mapped && b->sp_end == b->sp_start + 1 && c->vt[b->sp_start] == ' ')
    dossier_mapped_text_append_mapped (b->out, c->visible, b->sp_start, b->sp_end);
  else if (b->mapped)
    {
      gsize s, e;

      dossier_mapped_text_range_to_source (c->visible, b->sp_start, b->sp_end, &s, &e);
      dossier_mapped_text_append_replacement (b->out, " ", 1, s, e - s);
    }
  else
    dossier_mapped_text_append_synthetic (b->out, " ");
}

static gboolean
is_uni_space (gunichar u)
{
  return u == ' ' || u == '\n' || u == '\t' || u == '\r' || u == '\f' || u == 0xA0 || u == 0x1680 ||
         (u >= 0x2000 && u <= 0x200A) || u == 0x202F || u == 0x205F || u == 0x3000;
}

/* Whether a DOM string starts or ends with white space, no-break and other
 * Unicode spaces included ("reprinted on&#160;</i><a>Wired"). */
static gboolean
uni_space_at (const char *s)
{
  return *s && is_uni_space (g_utf8_get_char (s));
}

static gboolean
uni_space_before_end (const char *s)
{
  gsize n = strlen (s);
  const char *last;

  if (n == 0)
    return FALSE;
  last = g_utf8_find_prev_char (s, s + n);
  return last && is_uni_space (g_utf8_get_char (last));
}

/* Appends @content, text that libxml2 made out of what this reader took for
 * markup ("<!DO weeks…" in a damaged page), word by word from the decoded
 * page near @at, where each word most likely stands verbatim; a word that is
 * not there is kept all the same, tied to @at, rather than lose text. */
static void
builder_add_unplaced (Ctx        *c,
                      Builder    *b,
                      const char *content,
                      gsize       at)
{
  const char *dt = dossier_mapped_text_get_text (c->decoded);
  gsize dn = dossier_mapped_text_get_length (c->decoded);
  gsize pos = at > 1024 ? at - 1024 : 0;
  const char *p = content;

  while (*p)
    {
      const char *w;
      g_autofree char *word = NULL;
      const char *hit;
      gsize to = MIN (dn, pos + 64 * 1024);

      if (uni_space_at (p))
        {
          builder_space (b);
          p = g_utf8_next_char (p);
          continue;
        }
      w = p;
      while (*p && !uni_space_at (p))
        p = g_utf8_next_char (p);
      word = g_strndup (w, p - w);
      hit = pos < to ? g_strstr_len (dt + pos, to - pos, word) : NULL;
      builder_flush_space (c, b);
      if (hit)
        {
          dossier_mapped_text_append_source (b->out, dt, hit - dt, p - w);
          pos = hit - dt + (p - w);
        }
      else
        {
          g_autofree char *clean = dossier_html_collapse_spaces (word);
          dossier_mapped_text_append_replacement (b->out, clean, -1, MIN (pos, dn), 0);
        }
    }
}

/* Appends the text node @i with its white space collapsed. The node's own
 * leading and trailing spaces count: "<b>big</b> news" keeps its space,
 * "<b>big</b>gest" gets none. */
static void
builder_add_node (Ctx     *c,
                  Builder *b,
                  guint    i)
{
  Node *x = NODE (c, i);
  const char *content = (const char *) x->node->content;
  gsize vs = x->vs, ve = x->ve;

  /* Comments ("A<!-- -->1", as React writes) and processing instructions
   * are nothing on screen, not even a space. */
  if (content == NULL || (x->node->type != XML_TEXT_NODE && x->node->type != XML_CDATA_SECTION_NODE))
    return;
  if (!(x->flags & F_TEXT))
    {
      /* Only white space: it separates what is around it. */
      if (*content)
        builder_space (b);
      return;
    }
  if (uni_space_at (content))
    {
      gsize a = vs;

      /* Tie the space to the white space before the node when there is. */
      while ((x->flags & F_MATCHED) && a > 0 && vis_space (c->vt[a - 1]) && vs - a < 64)
        a--;
      if (a < vs && !b->pending)
        {
          b->pending = TRUE;
          b->mapped = TRUE;
          b->sp_start = a;
          b->sp_end = vs;
        }
      else
        builder_space (b);
    }

  if (!(x->flags & F_MATCHED))
    {
      builder_add_unplaced (c, b, content, dossier_mapped_text_to_source (c->visible, x->vs, FALSE));
    }
  else
    {
      gsize p = vs;

      /* Words with single spaces between them go in one piece: looking up
       * the map once per stretch, not once per word, keeps big pages fast. */
      while (p < ve)
        {
          gsize q = p;

          if (vis_space (c->vt[p]))
            {
              while (q < ve && vis_space (c->vt[q]))
                q++;
              if (!b->pending)
                {
                  b->pending = TRUE;
                  b->mapped = TRUE;
                  b->sp_start = p;
                  b->sp_end = q;
                }
              p = q;
              continue;
            }
          while (q < ve)
            {
              if (vis_space (c->vt[q]) &&
                  (c->vt[q] != ' ' || q + 1 >= ve || vis_space (c->vt[q + 1])))
                break;
              q++;
            }
          builder_flush_space (c, b);
          dossier_mapped_text_append_mapped (b->out, c->visible, p, q);
          p = q;
        }
    }

  if (uni_space_before_end (content))
    {
      gsize e = ve;
      gsize n = dossier_mapped_text_get_length (c->visible);

      while ((x->flags & F_MATCHED) && e < n && vis_space (c->vt[e]) && e - ve < 64)
        e++;
      if (e > ve && !b->pending)
        {
          b->pending = TRUE;
          b->mapped = TRUE;
          b->sp_start = ve;
          b->sp_end = e;
        }
      else
        builder_space (b);
    }
}

/* Whether the hidden element @j says only a separator (": ", " - ", " | "),
 * the punctuation a screen reader is given between a kicker and a
 * headline set in two spans. */
static gboolean
is_hidden_separator (Ctx  *c,
                     guint j)
{
  static const char *seps[] = { ":", "-", "–", "—", "|", NULL };
  g_autoptr(GString) said = g_string_new (NULL);

  for (guint k = j + 1; k <= NODE (c, j)->end; k++)
    {
      Node *y = NODE (c, k);

      if (y->node->type == XML_ELEMENT_NODE)
        continue;
      if (y->node->type != XML_TEXT_NODE || y->node->content == NULL)
        return FALSE;
      g_string_append (said, (const char *) y->node->content);
      if (said->len > 8)
        return FALSE;
    }
  g_strstrip (said->str);
  for (guint k = 0; seps[k]; k++)
    if (g_str_equal (said->str, seps[k]))
      return TRUE;
  return FALSE;
}

/* The text of the subtree at @i, whatever its flags (a title in a header,
 * a caption in a figure), without scripts and forms. */
static DossierMappedText *
subtree_text (Ctx  *c,
              guint i)
{
  Builder b = { dossier_mapped_text_new (), 0, FALSE, FALSE, 0, 0 };

  for (guint j = i; j <= NODE (c, i)->end; j++)
    {
      Node *x = NODE (c, j);

      if (j > i && (x->kind == K_DROP || x->kind == K_RAW || (x->flags & F_HIDDEN)))
        {
          /* "<span>Waffenlieferungen an Israel<span class=visually-hidden>:
           * </span></span><span>Palästinenser legt …</span>": the separator
           * a screen reader is given between kicker and headline is said,
           * between words. */
          if (x->kind != K_DROP && x->kind != K_RAW && x->node->type == XML_ELEMENT_NODE && x->end > j &&
              dossier_mapped_text_get_length (b.out) > 0 && is_hidden_separator (c, j))
            {
              for (guint k = j + 1; k <= x->end; k++)
                if (NODE (c, k)->node->type != XML_ELEMENT_NODE)
                  builder_add_node (c, &b, k);
              j = x->end;
              continue;
            }
          /* "<span>Klimaschutz</span><span class=visually-hidden>: </span>
           * <span>Bohren</span>": what is left out parts the words around it. */
          if (x->node->type == XML_ELEMENT_NODE && x->end > j)
            builder_space (&b);
          j = x->end;
          continue;
        }
      if (x->node->type == XML_ELEMENT_NODE)
        {
          if (j > i && (is_block_kind (x->kind) || x->kind == K_BR))
            builder_space (&b);
          continue;
        }
      builder_add_node (c, &b, j);
    }
  return b.out;
}

/* The element's text as the reader shows it: <br> and blocks separate
 * words, as they do on screen. */
char *
node_text (Ctx  *c,
           guint i)
{
  g_autoptr(DossierMappedText) m = subtree_text (c, i);

  return g_strdup (dossier_mapped_text_get_text (m));
}

/* The title less what a <small> in its heading says at its start or end:
 * the lesser line set beside a headline (a section's name, a site's
 * tagline, a forum's "(Page 1 of 79)"), with the punctuation that joined
 * it. Kept when nothing with a letter would be left. */
static void
cut_small_lines (Ctx    *c,
                 guint   heading,
                 char  **title)
{
  if (*title == NULL || heading_level (NODE (c, heading)->kind) == 0)
    return;
  for (guint j = heading + 1; j <= NODE (c, heading)->end; j++)
    if (dossier_html_is_tag (NODE (c, j)->node, "small"))
      {
        g_autofree char *t = node_text (c, j);
        g_autofree char *small = t ? dossier_html_collapse_spaces (t) : NULL;
        gsize n = small ? strlen (small) : 0, len = strlen (*title);
        g_autofree char *rest = NULL;

        j = NODE (c, j)->end;
        if (n == 0 || n >= len)
          continue;
        if (strcmp (*title + len - n, small) == 0)
          rest = g_strndup (*title, len - n);
        else if (strncmp (*title, small, n) == 0)
          rest = g_strdup (*title + n);
        else
          continue;
        g_strstrip (rest);
        while (*rest && strchr (":,;|-", rest[strlen (rest) - 1]))
          {
            rest[strlen (rest) - 1] = '\0';
            g_strchomp (rest);
          }
        while (*rest && strchr (":,;|-", *rest))
          memmove (rest, rest + 1, strlen (rest));
        g_strchug (rest);
        if (dossier_html_has_letter (rest))
          {
            g_free (*title);
            *title = g_steal_pointer (&rest);
          }
      }
}

void
block_free (Block *b)
{
  g_free (b);
}

static gboolean
only_space_between (Ctx  *c,
                    guint a,
                    guint b)
{
  for (guint i = a + 1; i < b; i++)
    if (NODE (c, i)->flags & F_TEXT)
      return FALSE;
  return TRUE;
}

/* The first visible character of the text node @i. */
static gunichar
first_char (Ctx  *c,
            guint i)
{
  Node *x = NODE (c, i);

  if (!(x->flags & F_MATCHED) || x->ve <= x->vs)
    return 0;
  return g_utf8_get_char (c->vt + x->vs);
}

/* A drop cap set apart ("<div class=first-letter>D</div><p>uring the
 * war…"): the text node @i is one capital letter, the only text of a block
 * element, and the next text, in another block, goes on in lower case.
 * Magazines and blog themes draw the story's first letter big that way; read
 * as it is, the story lost its first letter or started with a line of its
 * own. Returns the node of that next text, or NONE. */
static guint
drop_cap_next (Ctx  *c,
               guint i)
{
  Node *x = NODE (c, i);
  guint up = x->parent, steps = 0;
  gboolean block = FALSE;

  if (!(x->flags & F_TEXT) || !(x->flags & F_MATCHED) || x->ve <= x->vs ||
      g_utf8_next_char (c->vt + x->vs) != c->vt + x->ve || !g_unichar_isupper (first_char (c, i)))
    return NONE;
  /* The letter alone in its element, up to a block. */
  while (up != NONE && steps++ < 4 && NODE (c, up)->text_len == x->text_len && !block)
    {
      if (NODE (c, up)->flags & (F_HIDDEN | F_REMOVED))
        return NONE;
      block = is_block_kind (NODE (c, up)->kind);
      if (!block)
        up = NODE (c, up)->parent;
    }
  /* A letter heading an index ("A", then "abacus") is no drop cap. */
  if (!block || (NODE (c, up)->kind != K_DIV && NODE (c, up)->kind != K_P))
    return NONE;
  for (guint j = NODE (c, up)->end + 1, n = 0; j < c->nodes->len && n < 16; j++, n++)
    if (NODE (c, j)->flags & F_TEXT)
      return g_unichar_islower (first_char (c, j)) ? j : NONE;
  return NONE;
}

/* The drop cap (drop_cap_next()) that the text node @i goes on from, or
 * NONE: it stands at most sixteen nodes before. */
static guint
drop_cap_before (Ctx  *c,
                 guint i)
{
  if (!g_unichar_islower (first_char (c, i)))
    return NONE;
  for (guint j = i, n = 0; j > 0 && n < 16; n++)
    {
      j--;
      if (NODE (c, j)->flags & F_TEXT)
        return drop_cap_next (c, j) == i ? j : NONE;
    }
  return NONE;
}

/* "…said the director.<br/>Farmers say …": in an element written without
 * <p> (a <div>, not a paragraph, a cell or a list item), one line break
 * after a sentence (120 bytes of the paragraph at least), before a line
 * that opens like a sentence, parts two paragraphs; in a <p> it only breaks
 * the line (an address, a verse). @up is the block element around it, @cur
 * the paragraph so far. */
static gboolean
br_parts_paragraphs (Ctx   *c,
                     guint  up,
                     guint  br,
                     Block *cur)
{
  const char *t;
  gunichar u = 0;

  if (up == NONE || !(NODE (c, up)->kind == K_DIV || NODE (c, up)->kind == K_SECTION ||
                      NODE (c, up)->kind == K_ARTICLE || NODE (c, up)->kind == K_MAIN))
    return FALSE;
  if (dossier_mapped_text_get_length (c->pool) < cur->start + 120)
    return FALSE;
  t = dossier_mapped_text_get_text (c->pool) + cur->start;
  if (!ends_sentence_mark (t))
    return FALSE;
  for (guint j = br + 1; j <= NODE (c, up)->end && u == 0; j++)
    {
      if (is_block_kind (NODE (c, j)->kind) || NODE (c, j)->kind == K_BR)
        return FALSE;
      if (NODE (c, j)->flags & F_TEXT)
        u = first_char (c, j);
    }
  return g_unichar_isupper (u) || g_unichar_isdigit (u) || u == '"' || u == 0x201C || u == 0x201E || u == 0xAB;
}

/* Pass 5: the content's blocks in order: every block-level element starts a
 * new one, and inline text between them joins the one it is in. */
static void
extract_blocks (Ctx       *c,
                guint      root,
                GPtrArray *blocks)
{
  g_autoptr(GArray) open = g_array_new (FALSE, FALSE, sizeof (guint));  /* block ancestors */
  g_autoptr(GArray) links = g_array_new (FALSE, FALSE, sizeof (guint)); /* open <a> */
  Block *cur = NULL;
  Builder b = { 0 };
  guint end = NODE (c, root)->end;
  guint last_br = NONE;
  gboolean link_before = FALSE;

#define FINISH() G_STMT_START {                                   \
    if (cur != NULL)                                              \
      cur->end = dossier_mapped_text_get_length (c->pool);        \
    if (cur != NULL && cur->end > cur->start)                     \
      {                                                           \
        dossier_mapped_text_append_synthetic (c->pool, "\n");     \
        g_ptr_array_add (blocks, cur);                            \
      }                                                           \
    else if (cur != NULL)                                         \
      block_free (cur);                                           \
    cur = NULL;                                                   \
  } G_STMT_END

  for (guint i = root; i <= end; i++)
    {
      Node *x = NODE (c, i);

      while (open->len > 0 && NODE (c, g_array_index (open, guint, open->len - 1))->end < i)
        {
          g_array_set_size (open, open->len - 1);
          FINISH ();
        }
      while (links->len > 0 && NODE (c, g_array_index (links, guint, links->len - 1))->end < i)
        g_array_set_size (links, links->len - 1);

      if (i != root && (x->flags & (F_REMOVED | F_CLEANED)))
        {
          /* A box of links left out (a teaser's title): the next block
           * is known to follow it. */
          if ((x->flags & F_CLEANED) && x->text_len > 0 && x->link_len * 2 > x->text_len)
            link_before = TRUE;
          if (is_block_kind (x->kind))
            FINISH ();
          else if (cur)
            builder_space (&b);
          i = x->end;
          continue;
        }
      if (x->node->type == XML_ELEMENT_NODE)
        {
          if (is_block_kind (x->kind))
            {
              FINISH ();
              g_array_append_val (open, i);
            }
          else if (x->kind == K_BR && cur)
            {
              /* Two line breaks in a row end a paragraph on pages that
               * were written without <p>. */
              if ((last_br != NONE && only_space_between (c, last_br, i)) ||
                  br_parts_paragraphs (c, open->len > 0 ? g_array_index (open, guint, open->len - 1) : NONE, i, cur))
                FINISH ();
              else
                builder_space (&b);
              last_br = i;
            }
          else if (x->kind == K_A)
            g_array_append_val (links, i);
          /* A picture between two words parts them on screen ("Updated:
           * December 9, 2024<img …>If you are …"). */
          else if (cur && dossier_html_is_tag (x->node, "img"))
            builder_space (&b);
          continue;
        }
      if (!(x->flags & F_TEXT))
        {
          if (cur)
            builder_add_node (c, &b, i);
          continue;
        }
      /* A drop cap goes with the word it begins (below), not on a line
       * of its own. */
      if (drop_cap_next (c, i) != NONE)
        continue;
      if (cur == NULL)
        {
          guint cap = drop_cap_before (c, i);

          cur = g_new0 (Block, 1);
          cur->start = dossier_mapped_text_get_length (c->pool);
          cur->first_node = i;
          cur->introduced = c->introduced[i] == 2;
          cur->after_link = link_before;
          link_before = FALSE;
          for (guint k = 0; k < open->len; k++)
            {
              Kind kk = NODE (c, g_array_index (open, guint, k))->kind;

              if (heading_level (kk))
                cur->heading = heading_level (kk);
              if (kk == K_LI || kk == K_DD)
                cur->list_item = TRUE;
              if (kk == K_BLOCKQUOTE)
                cur->quote = TRUE;
            }
          b.out = c->pool;
          b.floor = cur->start;
          b.pending = FALSE;
          if (cap != NONE)
            {
              builder_add_node (c, &b, cap);
              b.pending = FALSE;
              cur->text_len += NODE (c, cap)->text_len;
            }
        }
      builder_add_node (c, &b, i);
      cur->text_len += x->text_len;
      if (links->len > 0)
        cur->link_len += x->text_len;
    }
  FINISH ();
#undef FINISH
}

/* ---- judging blocks by where they stand ---------------------------------- */

/* The element around a block's element (its <p>, <li>, heading or cell):
 * where the block stands among its siblings. */
static guint
block_container (Ctx         *c,
                 const Block *b)
{
  guint a = b->first_node;

  for (guint depth = 0; a != NONE && depth < 256 && !is_block_kind (NODE (c, a)->kind); depth++)
    a = NODE (c, a)->parent;
  return a != NONE ? NODE (c, a)->parent : NONE;
}

/* Adds @w words to what @t counts for the element @node. */
static void
count_words_in (GHashTable *t,
                guint       node,
                guint       w)
{
  gpointer key = GUINT_TO_POINTER (node + 1);

  g_hash_table_insert (t, key, GUINT_TO_POINTER (GPOINTER_TO_UINT (g_hash_table_lookup (t, key)) + w));
}

/* Adds @w words of the block @y to what @held counts for each element
 * around it. */
static void
count_words_around (Ctx         *c,
                    GHashTable  *held,
                    const Block *y,
                    guint        w)
{
  guint depth = 0;

  for (guint a = NODE (c, y->first_node)->parent; a != NONE && depth < 256; a = NODE (c, a)->parent, depth++)
    count_words_in (held, a, w);
}

/* The element that holds the story: of those that @held counts more than
 * half of @total words for, nested in one another, the deepest (it has
 * the largest index); NONE when there is none or it is the whole page. */
static guint
story_element (Ctx        *c,
               GHashTable *held,
               guint       total)
{
  GHashTableIter iter;
  gpointer key, value;
  guint story = NONE;

  g_hash_table_iter_init (&iter, held);
  while (g_hash_table_iter_next (&iter, &key, &value))
    if (GPOINTER_TO_UINT (value) * 2 > total && (story == NONE || GPOINTER_TO_UINT (key) - 1 > story))
      story = GPOINTER_TO_UINT (key) - 1;
  if (story == NONE || NODE (c, story)->kind == K_BODY || NODE (c, story)->kind == K_HTML)
    return NONE;
  return story;
}

/* Whether the block at @at in @kept stands in another element than the
 * last paragraph of ten words or more before it: a box of its own after
 * the story (a writer's bio box), not the story's next paragraph. Looks
 * 256 blocks back at most: the end's loop asks it of every last line in
 * turn, and a page of thousands of short lines must not make that loop
 * quadratic. */
static gboolean
outside_story (Ctx       *c,
               GPtrArray *kept,
               guint      at)
{
  guint in = block_container (c, g_ptr_array_index (kept, at));

  for (guint k = at; k-- > 0 && at - k <= 256;)
    {
      Block *y = g_ptr_array_index (kept, k);

      if (!y->heading && count_words (y->str) >= 10)
        return block_container (c, y) != in;
    }
  return FALSE;
}

/* "The space shuttle Atlantis' mission … / NASA had been aiming … /
 * HOUSTON - The space shuttle Atlantis' mission … / NASA had been aiming
 * …": a page that shows the story's opening and then the whole story
 * again (a teaser over the full text, a copy for small screens). When
 * every paragraph before a point is said again, in order, right from that
 * point (the first maybe after a dateline), but for two short lines at
 * most between the copies (a date line), the first copy goes. Returns
 * the index in @kept where the second copy starts, or NONE. */
static guint
repeated_opening (GPtrArray *kept)
{
  guint n = MIN (kept->len, 400);
  g_autoptr(GPtrArray) keys = g_ptr_array_new_with_free_func (g_free);

  for (guint k = 0; k < n; k++)
    g_ptr_array_add (keys, normalize_for_compare (((Block *) g_ptr_array_index (kept, k))->str));
  for (guint i = 2; 2 * i <= n; i++)
    {
      const char *a = g_ptr_array_index (keys, 0), *b = g_ptr_array_index (keys, i);
      gsize la = strlen (a), lb = strlen (b);
      guint words = 0, m;
      gboolean same;

      /* The first paragraph again, maybe after a dateline's few words. */
      if (la < 40 || lb < la || lb - la > 60 || strcmp (b + lb - la, a) != 0)
        continue;
      /* The copy, and up to two short lines after it that are not said
       * again (the second copy's date line: "Fri Dec 28, 7:05 AM ET"). */
      m = 1;
      while (m < i && strcmp (g_ptr_array_index (keys, m), g_ptr_array_index (keys, i + m)) == 0)
        m++;
      same = m >= 2 && i - m <= 2;
      for (guint k = m; k < i && same; k++)
        same = count_words (((Block *) g_ptr_array_index (kept, k))->str) <= 12;
      for (guint k = 0; k < m && same; k++)
        words += count_words (((Block *) g_ptr_array_index (kept, k))->str);
      if (same && words >= 40)
        return i;
    }
  return NONE;
}

/* Whether the <h1> @h heads a story of its own: a byline or a date (a
 * <time>, an element named author, byline, date or meta) in its box or
 * after it, before a paragraph of prose. A section's <h1> has none. */
static gboolean
heads_a_story (Ctx  *c,
               guint h)
{
  static const char *names[] = { "author", "byline", "date", "meta", "posted", "published", NULL };
  /* Its box's nodes before it, forty at most: a page of many <h1> stays
   * linear. */
  guint from = NODE (c, h)->parent != NONE ? MAX (NODE (c, h)->parent, h > 40 ? h - 40 : 0) : h;

  for (guint j = from; j < c->nodes->len && j <= NODE (c, h)->end + 80; j++)
    {
      Node *x = NODE (c, j);

      if (j > NODE (c, h)->end && x->kind == K_P && x->text_len >= 120)
        break;
      if (x->kind == K_TIME)
        return TRUE;
      if (x->node->type == XML_ELEMENT_NODE && (j < h || j > NODE (c, h)->end))
        for (guint k = 0; names[k]; k++)
          if (named (x->node, names[k]))
            return TRUE;
    }
  return FALSE;
}

/* "<h1 class=\"mvp-post-title left\">" again below the story, over
 * another story: a theme that appends the site's next posts to the page as
 * the reader scrolls saves them with it. An <h1> after the headline, in the
 * headline's own class (its first name), saying another headline (no
 * link) over a byline or a date of its own (heads_a_story()), starts
 * another story; the story ends at the box around that <h1> (its kicker,
 * its byline), or at the <h1>, after 80 words of it at least. Returns the
 * index in @kept of its first block, or NONE. */
static guint
next_story_start (Ctx        *c,
                  GPtrArray  *kept,
                  guint       title_node,
                  const char *title)
{
  const char *cls;
  g_autofree char *name = NULL;
  guint h = NONE, from, words = 0;

  /* The headline's <h1>: the title's element, or the first <h1> that
   * says most of the title's words (the metadata's wording taken over
   * it, the site's name still after it). */
  if ((title_node == NONE || NODE (c, title_node)->kind != K_H1) && title)
    {
      title_node = NONE;
      for (guint i = 0; i < c->nodes->len && title_node == NONE; i++)
        {
          g_autofree char *t = NULL;

          if (NODE (c, i)->kind == K_RAW)
            i = NODE (c, i)->end;
          else if (NODE (c, i)->kind == K_H1 && NODE (c, i)->text_len > 0 && (t = node_text (c, i)) != NULL &&
                   dossier_html_word_share (t, title, TRUE) > 0.75)
            title_node = i;
        }
    }
  if (title == NULL || title_node == NONE || NODE (c, title_node)->kind != K_H1 || kept->len < 2 ||
      (cls = dossier_html_attr (NODE (c, title_node)->node, "class")) == NULL)
    return NONE;
  while (g_ascii_isspace (*cls))
    cls++;
  name = g_strndup (cls, strcspn (cls, " \t\n\r\f"));
  if (*name == '\0')
    return NONE;
  for (guint i = NODE (c, title_node)->end + 1; i < c->nodes->len && h == NONE; i++)
    {
      Node *x = NODE (c, i);
      g_autofree char *t = NULL;

      if (x->kind == K_RAW)
        {
          i = x->end;
          continue;
        }
      if (x->kind == K_H1 && x->text_len > 0 && x->link_len * 2 < x->text_len &&
          dossier_html_attr_has_word (x->node, "class", name) && (t = node_text (c, i)) != NULL &&
          count_words (t) >= 3 && dossier_html_word_share (t, title, TRUE) < 0.5 && heads_a_story (c, i))
        h = i;
    }
  if (h == NONE)
    return NONE;
  from = h;
  if (NODE (c, h)->parent != NONE && NODE (c, NODE (c, h)->parent)->text_len < 3 * NODE (c, h)->text_len + 400)
    from = NODE (c, h)->parent;
  for (guint j = 0; j < kept->len; j++)
    {
      Block *b = g_ptr_array_index (kept, j);

      if (b->first_node >= from)
        return words >= 80 ? j : NONE;
      words += count_words (b->str);
    }
  return NONE;
}

/* Where a part of the page other than the story starts after it: a label
 * naming that part (a heading, or a line of six words or fewer; or the
 * site's note over its readers' comments) outside
 * the element that holds most of the story's words above it, or inside
 * it but after the story's paragraphs, in a box of its own that no
 * paragraph of the story follows. The story's own subheadings stand among
 * its paragraphs; a box of related links amid the story is followed by
 * more of it. Returns the label's index in @kept, or NONE. */
static guint
other_section_start (Ctx       *c,
                     GPtrArray *kept)
{
  /* The words above the label, by element around them (held) and by
   * element of their paragraphs (beside), counted as the label moves
   * down; a page of many labels has only its first ones looked at. */
  g_autoptr(GHashTable) held = g_hash_table_new (g_direct_hash, g_direct_equal);
  g_autoptr(GHashTable) beside = g_hash_table_new (g_direct_hash, g_direct_equal);
  guint total = 0, counted = 0, labels = 0;

  for (guint j = 3; j < kept->len && labels < 64; j++)
    {
      Block *b = g_ptr_array_index (kept, j);
      GHashTableIter iter;
      gpointer key, value;
      guint story = NONE, column = NONE, most = 0;
      gboolean resumed = FALSE;

      if (((!b->heading && count_words (b->str) > 6) || !names_other_section (b->str)) &&
          !introduces_comments (b->str) && !closes_comments (b->str))
        continue;
      labels++;
      for (; counted < j; counted++)
        {
          Block *y = g_ptr_array_index (kept, counted);
          guint w = count_words (y->str);
          guint in = block_container (c, y);

          total += w;
          if (in != NONE)
            count_words_in (beside, in, w);
          count_words_around (c, held, y, w);
        }
      if (total < 80)
        continue;
      if (closes_comments (b->str))
        return j;
      /* "Comments" over "There are no comments yet.": the readers' box,
       * even in the story's own element. */
      if (j + 1 < kept->len && names_other_section (b->str) && has_any_word (b->str, comment_labels) &&
          is_comment_box_line (((Block *) g_ptr_array_index (kept, j + 1))->str))
        return j;
      if ((story = story_element (c, held, total)) == NONE)
        continue;
      if (!contains (c, story, b->first_node))
        return j;
      /* The element whose children hold most of the story's words: its
       * paragraphs' column (more than half of them: one at most). */
      g_hash_table_iter_init (&iter, beside);
      while (g_hash_table_iter_next (&iter, &key, &value))
        if (GPOINTER_TO_UINT (value) > most)
          {
            most = GPOINTER_TO_UINT (value);
            column = GPOINTER_TO_UINT (key) - 1;
          }
      if (column == NONE || most * 2 <= total || block_container (c, b) == column)
        continue;
      for (guint k = j + 1; k < kept->len && !resumed; k++)
        resumed = block_container (c, g_ptr_array_index (kept, k)) == column;
      if (!resumed)
        return j;
    }
  return NONE;
}

/* The site's lines after the story's element: three or more short blocks
 * (thirty words or fewer), all outside the element that holds most of the
 * story, each in a cell or box of its own ("One Local News" / "A
 * publication by …" / "Come see us again." in a column's table), after a
 * story whose paragraphs stand side by side. The story's paragraphs, even
 * those after an advertisement in another element, share one. Returns the
 * first one's index, or NONE. */
static guint
site_lines_start (Ctx       *c,
                  GPtrArray *kept)
{
  g_autoptr(GHashTable) held = g_hash_table_new (g_direct_hash, g_direct_equal);
  g_autoptr(GHashTable) seen = g_hash_table_new (g_direct_hash, g_direct_equal);
  guint total = 0, story, last = NONE, own = 0;

  if (kept->len < 6)
    return NONE;
  for (guint k = 0; k < kept->len; k++)
    {
      Block *y = g_ptr_array_index (kept, k);
      guint w = count_words (y->str);

      total += w;
      count_words_around (c, held, y, w);
    }
  if ((story = story_element (c, held, total)) == NONE)
    return NONE;
  for (guint k = 0; k < kept->len; k++)
    if (contains (c, story, ((Block *) g_ptr_array_index (kept, k))->first_node))
      last = k;
  if (last == NONE || last < 2 || kept->len - last - 1 < 3)
    return NONE;
  /* The story's own paragraphs share their elements: where each one has
   * a box of its own, boxes tell nothing. */
  {
    guint in_story = 0, boxes = 0;

    for (guint k = 0; k <= last; k++)
      {
        Block *y = g_ptr_array_index (kept, k);
        guint in = block_container (c, y);

        if (!contains (c, story, y->first_node))
          continue;
        in_story++;
        if (!g_hash_table_contains (seen, GUINT_TO_POINTER (in + 1)))
          boxes++;
        g_hash_table_add (seen, GUINT_TO_POINTER (in + 1));
      }
    if (boxes * 2 > in_story)
      return NONE;
    g_hash_table_remove_all (seen);
  }
  for (guint k = last + 1; k < kept->len; k++)
    {
      Block *y = g_ptr_array_index (kept, k);
      guint in = block_container (c, y);

      if (count_words (y->str) > 30)
        return NONE;
      if (!g_hash_table_contains (seen, GUINT_TO_POINTER (in + 1)))
        own++;
      g_hash_table_add (seen, GUINT_TO_POINTER (in + 1));
    }
  return own + 1 >= kept->len - last - 1 ? last + 1 : NONE;
}

/* "Unlock this article — plus in-depth analysis …", "Become a paid
 * subscriber to … to unlock this piece", "Already have an account? Log
 * in", "Bereits Abonnent? Hier anmelden": the gate a paywall sets where
 * the story shown to everyone stops. */
static gboolean
is_paywall_gate (const char *s)
{
  static const char *gates[] = {
    "unlock this article", "unlock this story", "unlock this piece", "unlock this post", "unlock the full article",
    "unlock the full story", "become a paid subscriber", "already have an account", "already a subscriber",
    "already a member", "Bereits Abonnent", "Schon Abonnent", "Déjà abonné", "Ya eres suscriptor",
    "già abbonato", NULL,
  };

  if (count_words (s) > 30)
    return FALSE;
  return has_any_word (s, gates) || is_paywall_note (s) ||
         (has_word (s, "exclusive to") && has_word (s, "subscribers"));
}

/* Where a paywall's box starts after the story shown to everyone: its
 * gate (is_paywall_gate()) after 80 words or more of the story, with
 * nothing after it but the box's short lines (its offers and prices, 25
 * words or fewer each, 40 lines at most). Returns the gate's index in
 * @kept, or NONE. */
static guint
paywall_gate_start (GPtrArray *kept)
{
  guint above = 0, box = kept->len;

  /* the box: the short lines at the end */
  while (box > 0 && count_words (((Block *) g_ptr_array_index (kept, box - 1))->str) <= 25)
    box--;
  for (guint j = 0; j < kept->len; j++)
    {
      const char *s = ((Block *) g_ptr_array_index (kept, j))->str;

      if (above >= 80 && j + 1 >= box && kept->len - j <= 40 && is_paywall_gate (s))
        return j;
      above += count_words (s);
    }
  return NONE;
}

/* "<p><em>Watch the rescue here:</em></p>" over a video the page draws
 * with scripts: a line set whole in italics that ends in a colon is the
 * desk's lead-in to a media item, not a sentence of the story (a
 * story's own colon, before a quotation or a list, is set in roman). */
static gboolean
is_italic_lead_in (Ctx         *c,
                   const Block *b)
{
  gsize n = strlen (b->str);
  guint k = b->first_node, em = NONE;

  while (n > 0 && b->str[n - 1] == ' ')
    n--;
  if (n == 0 || b->str[n - 1] != ':' || count_words (b->str) < 4 || b->heading || b->list_item)
    return FALSE;
  for (guint up = 0; up < 4 && k != NONE; up++, k = NODE (c, k)->parent)
    {
      const xmlNode *x = NODE (c, k)->node;

      if (x->type != XML_ELEMENT_NODE)
        continue;
      if (xmlStrcasecmp (x->name, BAD_CAST "em") == 0 || xmlStrcasecmp (x->name, BAD_CAST "i") == 0)
        em = k;
      else if (em != NONE && NODE (c, k)->kind != K_OTHER && NODE (c, k)->kind != K_A)
        {
          /* … and the element after it is the item's empty frame. */
          guint next = NODE (c, k)->end + 1;

          while (next < c->nodes->len && NODE (c, next)->node->type != XML_ELEMENT_NODE)
            next++;
          return NODE (c, k)->text_len == NODE (c, em)->text_len && next < c->nodes->len &&
                 NODE (c, next)->text_len == 0;
        }
    }
  return FALSE;
}

/* "<a>Virgin Mobile</a><br>Cheap calls and texts.": a block that opens
 * on a linked name (its only link, eight words at most, no sentence) and
 * goes on with a sentence of its own, on the next line or with a capital
 * after the link. A story's sentence that opens on a link goes on in
 * lower case ("<a>Apple</a> said …"); a contents list's section goes on
 * after a colon ("<a>Kernel</a>: Memory …"). */
static gboolean
opens_with_linked_title (Ctx         *c,
                         const Block *b)
{
  guint a = NONE, k = NODE (c, b->first_node)->parent;
  g_autofree char *title = NULL;

  if (b->link_len == 0 || b->link_len * 2 >= b->text_len || b->heading)
    return FALSE;
  for (guint up = 0; up < 4 && k != NONE && !is_block_kind (NODE (c, k)->kind); up++, k = NODE (c, k)->parent)
    if (NODE (c, k)->kind == K_A)
      {
        a = k;
        break;
      }
  if (a == NONE || NODE (c, a)->text_len != b->link_len)
    return FALSE;
  title = (char *) xmlNodeGetContent (NODE (c, a)->node);
  if (title == NULL || count_words (title) == 0 || count_words (title) > 8 || ends_sentence_mark (title))
    return FALSE;
  for (guint i = NODE (c, a)->end + 1; i < c->nodes->len; i++)
    if (NODE (c, i)->kind == K_BR)
      return TRUE;
    else if (NODE (c, i)->flags & F_TEXT)
      {
        const char *p = (const char *) NODE (c, i)->node->content;

        while (p != NULL && g_unichar_isspace (g_utf8_get_char (p)))
          p = g_utf8_next_char (p);
        return p != NULL && g_unichar_isupper (g_utf8_get_char (p));
      }
  return FALSE;
}

/* Sponsored links or other stories' teasers after the story, each a
 * linked name with its blurb glued on ("Compare credit cards" / "Research
 * low rates …"), maybe among blurbs under titles left out: three or more
 * such blocks at the end, one glued at least, after three blocks of the
 * story or more that hold more words. Where they start, or NONE. */
static guint
linked_titles_start (Ctx       *c,
                     GPtrArray *kept)
{
  guint j = kept->len, at = kept->len, run = 0, before = 0, titles = 0, items = 0, blurbs = 0;

  while (j > 0)
    {
      Block *y = g_ptr_array_index (kept, j - 1);
      guint w = count_words (y->str);
      gboolean title = w <= 50 && opens_with_linked_title (c, y);
      /* … among blurbs under titles left out, and the boxes' labels
       * ("TRANSFERS"). */
      gboolean blurb = !title && y->after_link && w <= 40;

      if (!title && !blurb && !(items > 0 && w < 6 && !ends_sentence_mark (y->str)))
        break;
      titles += title;
      items += title || blurb;
      run += w;
      j--;
      /* … but a short line above the first is left to the rules on
       * the story's last line (a signature stays). */
      if (title || blurb)
        at = j;
    }
  if (titles == 0 || items < 3 || at < 3)
    return NONE;
  for (guint k = 0; k < at; k++)
    {
      Block *y = g_ptr_array_index (kept, k);

      before += count_words (y->str);
      if (y->after_link)
        blurbs += count_words (y->str);
    }
  /* A digest (a newsletter of linked titles with their blurbs) is all
   * such blocks: none are others'. */
  return before > run && blurbs * 2 < before ? at : NONE;
}

/* The blocks' strings are their text in the pool, each ended where the
 * separator after it was: no copy of the article's text per block. Again
 * after the pool grew (it may have moved). */
void
point_blocks_into_pool (DossierMappedText *pool,
                        GPtrArray         *blocks)
{
  char *pt = (char *) dossier_mapped_text_get_text (pool);

  for (guint i = 0; i < blocks->len; i++)
    {
      Block *b = g_ptr_array_index (blocks, i);

      pt[b->end] = '\0';
      b->str = pt + b->start;
    }
}

static guint
count_block_words (GPtrArray *blocks)
{
  guint words = 0;

  for (guint i = 0; i < blocks->len; i++)
    words += count_words (((Block *) g_ptr_array_index (blocks, i))->str);
  return words;
}

static void
append_section (DossierMappedText       *text,
                const DossierMappedText *piece,
                gsize                    from)
{
  if (dossier_mapped_text_get_length (text) > 0)
    dossier_mapped_text_append_synthetic (text, "\n\n");
  dossier_mapped_text_append_mapped (text, piece, from, dossier_mapped_text_get_length (piece));
}

/* A name's letters and digits, lower-case, without a leading "the":
 * "The White Coat Investor" and "whitecoatinvestor.com" meet. */
static char *
outlet_key (const char *s)
{
  GString *k = g_string_new (NULL);
  g_autofree char *folded = g_utf8_casefold (s, -1);

  for (const char *p = folded; *p; p = g_utf8_next_char (p))
    if (g_unichar_isalnum (g_utf8_get_char (p)))
      g_string_append_unichar (k, g_utf8_get_char (p));
  if (g_str_has_prefix (k->str, "the") && k->len > 6)
    g_string_erase (k, 0, 3);
  return g_string_free (k, FALSE);
}

/* "Housecall Pro - The #1 all-in-one solution for your home services
 * business.", "Find a Provider Near You - Book Online - Sofia Health",
 * "Motorward.com - All Rights Reserved": an og:site_name with a tagline
 * or a notice beside the name. The part the site's address spells
 * ("housecallpro.com", "sofia-health.com", "news.yahoo.com" for "Yahoo
 * News") is the name; a notice goes, and what is left is the name when it
 * is one part. */
static void
cut_outlet_tagline (char       **outlet,
                    const char  *url)
{
  static const char *seps[] = { " - ", " | ", " – ", " — ", " · ", NULL };
  static const char *notices[] = { "all rights reserved", "privacy policy", "partita iva", NULL };
  g_autofree char *host = url ? dossier_page_outlet_from_address (url) : NULL;
  g_autoptr(GPtrArray) keys = g_ptr_array_new_with_free_func (g_free);
  g_auto(GStrv) parts = NULL;
  const char *sep = NULL;
  const char *named = NULL, *left = NULL;
  guint n_named = 0, n_left = 0;

  if (*outlet == NULL)
    return;
  for (guint i = 0; seps[i] && sep == NULL; i++)
    if (strstr (*outlet, seps[i]))
      sep = seps[i];
  if (sep == NULL)
    return;
  if (host)
    {
      g_auto(GStrv) labels = g_strsplit (host, ".", -1);
      guint n = g_strv_length (labels);
      GString *forward = g_string_new (NULL), *backward = g_string_new (NULL);

      /* Not the top-level domain, nor "co" in "co.uk". */
      if (n > 1)
        n--;
      if (n > 1 && (g_str_equal (labels[n - 1], "co") || g_str_equal (labels[n - 1], "com") ||
                    g_str_equal (labels[n - 1], "org") || g_str_equal (labels[n - 1], "ac") ||
                    g_str_equal (labels[n - 1], "gov") || g_str_equal (labels[n - 1], "net")))
        n--;
      /* The domain's own label, or it with the host's others; not a
       * host's label alone ("forum" of forum.mssociety.org.uk). */
      if (n > 0)
        g_ptr_array_add (keys, outlet_key (labels[n - 1]));
      for (guint i = 0; i < n; i++)
        {
          g_string_append (forward, labels[i]);
          g_string_prepend (backward, labels[i]);
        }
      g_ptr_array_add (keys, outlet_key (forward->str));
      g_ptr_array_add (keys, outlet_key (backward->str));
      g_string_free (forward, TRUE);
      g_string_free (backward, TRUE);
    }

  parts = g_strsplit (*outlet, sep, -1);
  for (guint i = 0; parts[i]; i++)
    {
      g_autofree char *key = outlet_key (parts[i]);
      g_autofree char *lower = g_ascii_strdown (g_strstrip (parts[i]), -1);
      gboolean notice = FALSE;

      for (guint k = 0; notices[k] && !notice; k++)
        notice = g_str_has_prefix (lower, notices[k]);
      if (notice || *key == '\0')
        continue;
      n_left++;
      left = parts[i];
      for (guint k = 0; k < keys->len; k++)
        if (strlen (key) >= 3 && g_str_equal (key, g_ptr_array_index (keys, k)))
          {
            n_named++;
            named = parts[i];
            break;
          }
    }
  if (n_named == 1 || (n_named == 0 && n_left == 1 && left))
    {
      char *v = g_strdup (n_named == 1 ? named : left);

      g_free (*outlet);
      *outlet = v;
    }
}

/**
 * dossier_html_extract:
 * @visible: the page's visible text (dossier_html_visible_text()), mapped
 *   to @decoded
 * @meta: what the head said; the title and outlet found here fill it in
 *
 * Finds the article in @doc and fills @out: metadata and the analysed text
 * (title, dateline, captions, body), mapped to @decoded (not yet to the
 * file: compose it with @decoded).
 *
 * Returns: %FALSE when the document has no content at all
 */
gboolean
dossier_html_extract (xmlDoc                 **doc,
                      const DossierMappedText *decoded,
                      DossierMappedText      **visible,
                      DossierHtmlMeta         *meta,
                      DossierParsed           *out)
{
  xmlNode *root = xmlDocGetRootElement (*doc);
  g_autoptr(GArray) nodes = g_array_new (FALSE, FALSE, sizeof (Node));
  g_autoptr(GPtrArray) blocks = g_ptr_array_new_with_free_func ((GDestroyNotify) block_free);
  g_autoptr(GPtrArray) kept = g_ptr_array_new ();
  g_autoptr(GPtrArray) inline_captions = g_ptr_array_new ();
  g_autoptr(GArray) signatures = g_array_new (FALSE, FALSE, sizeof (guint)); /* in kept: where a comment starts */
  g_autoptr(GArray) content = NULL;
  g_autoptr(DossierMappedText) text = dossier_mapped_text_new ();
  g_autoptr(DossierMappedText) title_text = NULL;
  g_autoptr(GPtrArray) captions = g_ptr_array_new_with_free_func ((GDestroyNotify) dossier_mapped_text_free);
  g_autofree char *place = NULL;
  g_autofree char *agency = NULL;
  Found found = { 0 };
  g_autoptr(DossierMappedText) pool = dossier_mapped_text_new ();
  Ctx ctx = { nodes, decoded, *visible, dossier_mapped_text_get_text (*visible), pool, NULL };
  g_autofree guint8 *introduced = NULL;
  Ctx *c = &ctx;
  guint body = 0, top, scope, title_node, headline, date_head, content_end = 0, credits_at = NONE, masthead_h1 = NONE;
  gboolean from_title_tag = FALSE;
  gsize dateline_len = 0;
  g_autofree char *lead_date = NULL;
  guint body_from = 0;
  gboolean place_line = FALSE;
  guint words = 0, strict_len = 0;

  if (root == NULL)
    return FALSE;
  init_tables ();

  flatten (c, root);
  introduced = ctx.introduced = g_new0 (guint8, nodes->len);
  accumulate (c, FALSE);
  for (guint i = 0; i < nodes->len; i++)
    if (NODE (c, i)->kind == K_BODY)
      {
        body = i;
        break;
      }

  /* When the furniture's names took the story with them (a blog's post
   * inside "date-outer", a page inside "left-navigation_page-wrapper"), so
   * that little text is left, the page is read again with names removing
   * nothing, as Readability does; the second reading is kept when it finds
   * more. */
  for (guint attempt = 0;; attempt++)
    {
      guint found_len = 0;

      mark_removed (c, attempt == 1);
      accumulate (c, TRUE);
      top = pick_top (c, body);
      content = pick_content (c, top);
      clean_content (c, content);
      for (guint k = 0; k < content->len; k++)
        {
          guint r = g_array_index (content, guint, k);

          extract_blocks (c, r, blocks);
          content_end = MAX (content_end, NODE (c, r)->end);
        }
      for (guint i = 0; i < blocks->len; i++)
        found_len += ((Block *) g_ptr_array_index (blocks, i))->text_len;
      if (attempt == 2 || (attempt == 0 && found_len >= RETRY_BELOW) || (attempt == 1 && found_len > strict_len))
        break;
      g_debug ("%u bytes of text in the %s reading: reading again", found_len, attempt == 0 ? "first" : "lenient");
      if (attempt == 0)
        strict_len = found_len;
      g_ptr_array_set_size (blocks, 0);
      dossier_mapped_text_truncate (pool, 0);
      g_clear_pointer (&content, g_array_unref);
      content_end = 0;
      for (guint i = 0; i < nodes->len; i++)
        {
          Node *x = NODE (c, i);

          x->flags &= ~(F_REMOVED | F_CANDIDATE | F_CLEANED);
          x->score = (x->flags & F_DECLARED) ? 25 : 0;
        }
      accumulate (c, FALSE);
    }
  point_blocks_into_pool (pool, blocks);
  scope = find_scope (c, top);
  g_debug ("top candidate %s (%u), score %.1f, %u content roots, %u blocks",
           (const char *) NODE (c, top)->node->name, top, NODE (c, top)->score, content->len, blocks->len);

  /* The title: the page's headline element when it says what the metadata
   * says, so that the title section points at its bytes. Without a headline
   * in the metadata, the <title> stands for it (minus the site's name) and
   * the heading that repeats it is the headline; a heading that says
   * something else ("About this site") is a section's name. */
  title_node = NONE;
  /* "San Bernardino County Sun - USC has imposing challenge": a short
   * last part of the <title>, cut off as the site's name only because it
   * came last, is the headline when a line set apart as one says it alone
   * ("<div class=articleTitle>", "<b class=Headline>"); the site's name
   * is then the part before it. */
  if (meta->title == NULL && meta->outlet_from_title && meta->title_suffix && meta->title_tag &&
      count_words (meta->title_suffix) >= 2)
    {
      guint i = find_part_node (c, top, meta->title_suffix);
      guint h = find_part_node (c, top, meta->title_tag);
      guint story = first_prose_node (blocks);
      guint lines = 0;

      /* Just above the story, not a blog's name in the masthead: a few
       * lines between them at most (from its first paragraph of prose,
       * not a list of other stories' links above the headline); and the
       * first part is no headline (nor a heading's words, a link or
       * not). */
      if (story == NONE)
        story = blocks->len > 0 ? ((Block *) g_ptr_array_index (blocks, 0))->first_node : 0;
      if (i != NONE)
        for (guint j = MIN (NODE (c, i)->end + 1, story); j < MAX (i, story) && lines <= 12; j++)
          if (NODE (c, j)->flags & F_TEXT)
            lines++;
      if (i != NONE && lines <= 12 && said_as_headline (c, i) && !(h != NONE && said_as_headline (c, h)) &&
          find_title_node (c, scope, meta->title_tag) == NONE)
        {
          title_node = i;
          meta->title = dossier_html_collapse_spaces (meta->title_suffix);
          g_clear_pointer (&meta->outlet, g_free);
          meta->outlet_from_title = FALSE;
          if (count_words (meta->title_tag) <= 4)
            {
              /* "Riverton.com - News": the site's name, then its
               * section's. */
              static const char *seps[] = { " - ", " | ", " – ", " — ", " » ", NULL };
              g_autofree char *name = g_strdup (meta->title_tag);

              for (guint k = 0; seps[k]; k++)
                {
                  char *p = strstr (name, seps[k]);

                  if (p && p > name && count_words (p + strlen (seps[k])) <= 2)
                    *p = '\0';
                }
              meta->outlet = dossier_page_normalize_outlet (name);
            }
        }
    }
  if (title_node != NONE)
    ;
  else if (meta->title == NULL && meta->title_tag && count_words (meta->title_tag) >= 3)
    {
      title_node = find_title_node (c, scope, meta->title_tag);
      if (title_node == NONE && meta->title_raw)
        title_node = find_title_node (c, scope, meta->title_raw);
      if (title_node == NONE)
        {
          meta->title = g_strdup (meta->title_tag);
          from_title_tag = TRUE;
        }
    }
  else
    title_node = find_title_node (c, scope, meta->title);
  /* No title in the metadata nor a <title>: the page's first <h1>
   * outside the article's region may be the masthead's ("<h1>Latest
   * News</h1>", the site's name over every page); the headline just above
   * the story comes first. */
  if (meta->title == NULL && meta->title_tag == NULL && title_node != NONE && scope != NONE &&
      (!contains (c, scope, title_node) || one_word (c, title_node)))
    {
      masthead_h1 = title_node;
      title_node = NONE;
    }
  /* The JSON-LD name that the <title> repeats was taken over its
   * headline ("Niemcy zamykają granice? … - rp.pl" over "Niemcy. Stałe
   * zamknięcie granic …"): the headline when the page's <h1> says it too
   * and og:title does not side with the name (it says the headline, a
   * third wording written for sharing, or nothing), the headline and the
   * words the page shows against the title written for search engines.
   * With og:title saying the name too, the name stays, three sources
   * against two; unless the name is the headline with words for search
   * engines glued on ("Ferry fares by route [2025]: Prices + Discounts"
   * over "Ferry fares by route"). */
  if (title_node == NONE && meta->title_alt_headline && meta->title && meta->title_alt)
    {
      guint t = find_title_node (c, scope, meta->title_alt);
      gboolean og_name = meta->title_og && same_title (meta->title_og, meta->title) &&
                         !same_title (meta->title_og, meta->title_alt);

      if (og_name && t != NONE)
        og_name = !glued_around (meta->title, meta->title_alt);
      if (!og_name && t != NONE && NODE (c, t)->kind == K_H1)
        {
          char *name = meta->title;

          title_node = t;
          meta->title = meta->title_alt;
          meta->title_alt = name;
          meta->title_alt_headline = FALSE;
        }
    }
  /* "Barcamp Graz 2015 – Politcamp Call for Action", an og:title whose
   * last part looked like a site's name: a headline that says it all
   * keeps it. */
  if (meta->title && meta->title_full && (title_node == NONE || !says_just (c, title_node, meta->title)))
    {
      guint t = find_title_node (c, scope, meta->title_full);
      g_autofree char *said = t != NONE ? node_text (c, t) : NULL;
      g_autofree char *head = said ? dossier_html_headline_part (said, meta->title, meta->outlet,
                                                                 DOSSIER_HEADLINE_HEAD) : NULL;
      /* "Derek Jarman · The Garden", og:title and the <h1>, on a site
       * named otherwise: the part cut off is no site's name. */
      gboolean all = said && meta->outlet && !meta->outlet_from_title &&
                     same_title (said, meta->title_full) && strlen (meta->title_full) > strlen (meta->title) &&
                     !same_title (meta->title_full + strlen (meta->title), meta->outlet) &&
                     g_str_has_prefix (meta->title_full, meta->title);

      /* "What is Zero Waste?", a heading that only holds the title cut
       * short, gives way to an <h1> that says the og:title whole. */
      gboolean loose = title_node != NONE;

      if ((head && !loose) || (all && NODE (c, t)->kind == K_H1))
        {
          title_node = t;
          g_free (meta->title);
          meta->title = dossier_html_collapse_spaces (said);
        }
    }
  /* "Prince and the Revolution – Purple Rain" (og:title) over an <h1>
   * "Purple Rain": the last part, cut off as if it were the site's name,
   * is what the headline says, and the title keeps it. */
  if ((title_node == NONE || NODE (c, title_node)->kind != K_H1) && meta->title && meta->title_full &&
      g_str_has_prefix (meta->title_full, meta->title))
    {
      const char *cut = meta->title_full + strlen (meta->title);
      g_autofree char *cut_key = normalize_for_compare (cut);

      for (guint i = scope; *cut_key && scope != NONE && i <= NODE (c, scope)->end; i++)
        if (NODE (c, i)->kind == K_H1 && NODE (c, i)->text_len > 0 && !furniture_for_story (c, i, scope))
          {
            g_autofree char *t = node_text (c, i);
            g_autofree char *k = t ? normalize_for_compare (t) : NULL;

            if (k && strcmp (k, cut_key) == 0)
              {
                g_free (meta->title);
                meta->title = g_strdup (meta->title_full);
                title_node = NONE;
              }
            break;
          }
    }
  /* "Rutger Bregman: Unser wahres Ich" over an <h1> "Unser wahres Ich",
   * too short for the headline search above: the first <h1> that is a
   * part of the title (see dossier_html_headline_part()). */
  if (title_node == NONE && meta->title)
    for (guint i = 0; i < c->nodes->len; i++)
      {
        Node *x = NODE (c, i);
        g_autofree char *t = NULL;
        char *part;

        if (x->kind == K_RAW || x->kind == K_HEAD)
          {
            i = x->end;
            continue;
          }
        if (x->kind != K_H1 || x->text_len == 0 || x->text_len >= strlen (meta->title) || furniture_for_story (c, i, scope) ||
            (t = node_text (c, i)) == NULL)
          continue;
        if ((part = dossier_html_headline_part (meta->title, t, meta->outlet, DOSSIER_HEADLINE_WEAK)))
          {
            title_node = i;
            g_free (meta->title);
            meta->title = part;
            break;
          }
      }

  /* "The Few. The Proud. The New Marines?", the article's one <h1>, under
   * an og:title "The Few. The Proud. The Marines ... Getting a Makeover?",
   * or "The royal split, racism and family struggles: 11 things we learned
   * from …" under "What we learned from …": the headline the page shows its
   * readers is the title, over a meta tag's or the <title>'s (written for
   * links and search engines); not JSON-LD's. Unless that <h1> is the
   * site's name, or holds the tag's title after a kicker ("Interne
   * Unterlagen im Netz" + "Daten von Rheinmetall gehackt"), or is less
   * than half of the title (a blog's name in "Mill Lane news – Term starts
   * a week late after boiler fails": dossier_html_headline_part() decided
   * above). Answer keys written by people take the <h1> (Trafilatura's
   * and Postlight's) where the two differ. */
  if (title_node == NONE && meta->title && (meta->title_from_tags || from_title_tag || meta->title_from_blog_posting) &&
      scope != NONE)
    {
      guint only = NONE, count = 0;

      for (guint i = scope; i <= NODE (c, scope)->end && count < 2; i++)
        if (NODE (c, i)->kind == K_H1 && NODE (c, i)->text_len > 0 && !furniture_for_story (c, i, scope) &&
            !links_home (c, i))
          {
            /* The same <h1> twice, one for small screens and one for
             * large ones, is one headline. */
            if (count == 1)
              {
                g_autofree char *a = node_text (c, only);
                g_autofree char *b = node_text (c, i);
                g_autofree char *ka = a ? normalize_for_compare (a) : NULL;
                g_autofree char *kb = b ? normalize_for_compare (b) : NULL;

                if (ka && kb && strcmp (ka, kb) == 0)
                  continue;
              }
            only = i;
            count++;
          }
      /* "<header class=page-hero><h1>…</h1></header><article>…": a theme
       * that sets the headline in a banner above the story's element. The
       * page's one <h1> (outside menus, lists and links) just above the
       * article's region, a few lines from it, is its headline. */
      if (count == 0)
        {
          guint above = NONE, lines = 0;

          for (guint i = 0; i < c->nodes->len && count < 2; i++)
            {
              Node *x = NODE (c, i);

              if (x->kind == K_RAW || x->kind == K_HEAD)
                {
                  i = x->end;
                  continue;
                }
              if (x->kind == K_H1 && x->text_len > 0 && !furniture_for_story (c, i, scope) && !links_home (c, i))
                {
                  above = i;
                  count++;
                }
            }
          if (count == 1 && above < scope)
            for (guint j = NODE (c, above)->end + 1; j < scope && lines <= 12; j++)
              if (NODE (c, j)->flags & F_TEXT)
                lines++;
          if (count == 1 && above < scope && lines <= 12)
            {
              g_autofree char *t = node_text (c, above);

              /* Not a site's name, a section's or a banner's line
               * ("Resources", "Our Blog"): it says what the metadata
               * says, if in other words. */
              if (t && dossier_html_word_share (t, meta->title, FALSE) >= 0.34)
                only = above;
              else
                count = 0;
            }
          else
            count = 0;
        }
      /* "<td class=box-head><h1>Other News in Science</h1>" under the
       * story, not a word of the title in it: a headline stands above its
       * story's first lines, not after them. */
      if (count == 1)
        {
          guint story = first_prose_node (blocks);
          g_autofree char *t = story != NONE && story < only ? node_text (c, only) : NULL;

          if (t && dossier_html_word_share (t, meta->title, FALSE) == 0.0)
            count = 0;
        }
      if (count == 1)
        {
          g_autofree char *t = node_text (c, only);
          g_autofree char *kt = t ? normalize_for_compare (t) : NULL;
          g_autofree char *km = normalize_for_compare (meta->title);

          if (t && count_words (t) >= 2 && !(meta->outlet && same_title (t, meta->outlet)) &&
              !(*km && strstr (kt, km) && strcmp (kt, km) != 0 && !h1_one_sentence (c, only)) &&
              !(*kt && strstr (km, kt) && strlen (kt) * 2 < strlen (km) && !question_opening (meta->title, t)) &&
              !h1_two_subtitles (c, only, meta->title))
            {
              g_autofree char *kg = meta->title_tag ? normalize_for_compare (meta->title_tag) : NULL;
              gsize lk = strlen (kt), lg = kg ? strlen (kg) : 0;

              title_node = only;
              g_free (meta->title);
              meta->title = dossier_html_collapse_spaces (t);
              /* "<h1><span>Medienmitteilung der Direktion</span> : Impfen
               * ist noch möglich</h1>" under a <title> "Impfen ist noch
               * möglich": a kicker set apart in an element of its own
               * before what the <title> says goes. */
              if (lg >= 12 && lk > lg && strcmp (kt + lk - lg, kg) == 0)
                for (guint j = only + 1; j <= NODE (c, only)->end; j = NODE (c, j)->end + 1)
                  {
                    g_autofree char *e = NODE (c, j)->node->type == XML_ELEMENT_NODE ? node_text (c, j) : NULL;
                    g_autofree char *ke = e ? normalize_for_compare (e) : NULL;

                    if (ke && *ke && strlen (ke) + lg == lk && strncmp (kt, ke, strlen (ke)) == 0)
                      {
                        g_free (meta->title);
                        meta->title = dossier_html_collapse_spaces (meta->title_tag);
                        break;
                      }
                  }
            }
        }
    }

  /* A JSON-LD headline is kept over the <h1> unless the <title> or the
   * og:title says what the <h1> says ("Coronavirus: New York ramps up mass
   * burials amid outbreak", <title> and <h1>, over a JSON-LD "New York ramps
   * up mass burials amid virus outbreak"): two of the page's sources
   * against one; a <title> that repeats the JSON-LD headline keeps it. */
  if (title_node == NONE && meta->title && !meta->title_from_tags && scope != NONE && (meta->title_tag || meta->title_og) &&
      !(meta->title_tag && same_title (meta->title_tag, meta->title)))
    {
      g_autofree char *kt = meta->title_tag ? normalize_for_compare (meta->title_tag) : NULL;
      g_autofree char *ko = meta->title_og ? normalize_for_compare (meta->title_og) : NULL;

      for (guint i = scope; i <= NODE (c, scope)->end; i++)
        if (NODE (c, i)->kind == K_H1 && NODE (c, i)->text_len > 0 && !furniture_for_story (c, i, scope))
          {
            g_autofree char *t = node_text (c, i);
            g_autofree char *k = t ? normalize_for_compare (t) : NULL;

            if (k && ((kt && strcmp (k, kt) == 0) || (ko && strcmp (k, ko) == 0)) && count_words (t) >= 4 &&
                dossier_html_word_share (t, meta->title, FALSE) >= 0.6 && dossier_html_word_share (meta->title, t, FALSE) >= 0.5)
              {
                title_node = i;
                g_free (meta->title);
                meta->title = dossier_html_collapse_spaces (t);
                break;
              }
          }
    }

  /* "100 years at the Los Angeles Coliseum: More than a sports venue",
   * the JSON-LD headline and the <title>, against "One hundred years at
   * the Coliseum: Much more than a sports venue", the og:title and the
   * <h1>: two sources against two, and the <h1> is the headline the
   * readers see. */
  if (title_node == NONE && meta->title && !meta->title_from_tags && meta->title_tag && meta->title_og &&
      same_title (meta->title_tag, meta->title) && !same_title (meta->title_og, meta->title) &&
      count_words (meta->title_og) >= 4)
    {
      g_autofree char *ko = normalize_for_compare (meta->title_og);
      guint h1 = *ko ? story_h1_saying (c, scope, ko, 4) : NONE;

      if (h1 != NONE)
        {
          g_autofree char *t = node_text (c, h1);

          title_node = h1;
          g_free (meta->title);
          meta->title = dossier_html_collapse_spaces (t);
        }
    }

  /* "Take a look at the top tools for data analysis and learn how to
   * choose one.", "Sample menus": a JSON-LD headline that reads as no
   * headline (a sentence with its full stop, a description of over thirty
   * words, one or two words) and that the page says nowhere, under an
   * og:title, a <title> and an <h1> that all say another one ("Top 24
   * tools for data analysis"): three of the page's sources against one,
   * an <h1> that says it is the headline, wherever it stands (outside
   * menus and links home). */
  if ((title_node == NONE || NODE (c, title_node)->kind < K_H1 || NODE (c, title_node)->kind > K_H6) && meta->title &&
      !meta->title_from_tags && meta->title_tag && meta->title_og &&
      !same_title (meta->title_og, meta->title) && !same_title (meta->title_tag, meta->title) &&
      (g_str_has_suffix (meta->title, ".") || count_words (meta->title) > 30 || count_words (meta->title) < 3))
    {
      g_autofree char *kt = normalize_for_compare (meta->title_tag);
      g_autofree char *ko = normalize_for_compare (meta->title_og);
      g_autofree char *km = normalize_for_compare (meta->title);

      guint h1 = *ko && *km && strstr (kt, ko) && !strstr (ko, km) ? story_h1_saying (c, scope, ko, 2) : NONE;

      if (h1 != NONE)
        {
          g_autofree char *t = node_text (c, h1);

          title_node = h1;
          g_free (meta->title);
          meta->title = dossier_html_collapse_spaces (t);
        }
      /* No <h1> says it: the og:title and the <title> still outweigh a
       * headline that reads as none. */
      if ((title_node == NONE || NODE (c, title_node)->kind != K_H1) && *ko && strstr (kt, ko) && !strstr (ko, km) &&
          count_words (meta->title_og) >= 2)
        {
          title_node = NONE;
          g_free (meta->title);
          meta->title = g_strdup (meta->title_og);
        }
    }

  /* "Your Maintenance Checklist", an og:title said by no element or only
   * by a box's heading inside the story ("<div class=dvHeadlineStyle>"
   * over a chart, after the story's first paragraph), under a <title>
   * "Your Car Maintenance Checklist - Consumer Reports" and an <h1> that
   * says the <title> less the site's name: two of the page's sources
   * against one, the <h1> is the headline, wherever it stands (outside
   * menus and links home). */
  if ((title_node == NONE || (NODE (c, title_node)->kind != K_H1 && first_prose_node (blocks) != NONE &&
                               first_prose_node (blocks) < title_node)) &&
      meta->title && meta->title_from_tags && meta->title_tag && !same_title (meta->title_tag, meta->title) &&
      count_words (meta->title_tag) >= 2)
    {
      g_autofree char *kt = normalize_for_compare (meta->title_tag);
      g_autofree char *km = normalize_for_compare (meta->title);
      gsize nt = strlen (kt), nm = strlen (km);
      /* "Interne Unterlagen im Netz: Daten von Rheinmetall gehackt": the
       * og:title is the headline less a kicker before it. */
      gboolean kicker = nm > 0 && nt > nm && strcmp (kt + nt - nm, km) == 0;

      guint h1 = *kt && !kicker ? story_h1_saying (c, scope, kt, 0) : NONE;

      if (h1 != NONE)
        {
          g_autofree char *t = node_text (c, h1);

          title_node = h1;
          g_free (meta->title);
          meta->title = dossier_html_collapse_spaces (t);
        }
    }

  /* "MyFox Houston | Bush Warns Iran on Naval Clash", "Goal.com - Chelsea
   * - Cole: Winning Cup Would Give Chelsea Momentum": a <title> that no
   * element repeats, the site's name and sections around the headline.
   * A part (of three words or more, not the site's name) that an element
   * of the page says alone is the headline the page shows. */
  if (title_node == NONE && from_title_tag && meta->title_raw)
    {
      g_auto(GStrv) parts = dossier_html_title_parts (meta->title_raw);
      guint k_out = 0, story = blocks->len > 0 ? ((Block *) g_ptr_array_index (blocks, 0))->first_node : 0;

      /* "Slow Start Cost the Majors - OurSports Central - Independent and
       * Minor League Sports News": the site's motto in its masthead is no
       * headline; of the parts an element says, the one nearest the
       * story's first lines wins. A section's two words ("STATE NEWS",
       * "Home news") never do. */
      for (guint k = 0; parts[k]; k++)
        {
          guint i = count_words (parts[k]) < 3 || (meta->outlet && same_title (parts[k], meta->outlet))
                      ? NONE : find_part_node (c, top, parts[k]);

          /* "Morris Daily Herald", a <title> of one part, said again in
           * bold in the footer or in a column after the story: a headline
           * stands before its story's last lines, not after them. */
          if (i != NONE && parts[1] == NULL && same_title (parts[k], meta->title_raw) && blocks->len > 1 &&
              i > ((Block *) g_ptr_array_index (blocks, blocks->len - 1))->first_node)
            i = NONE;

          if (i != NONE && (title_node == NONE || ABS ((gint64) i - story) < ABS ((gint64) title_node - story)))
            {
              title_node = i;
              k_out = k;
            }
        }
      if (title_node != NONE)
        {
          g_free (meta->title);
          meta->title = g_strdup (parts[k_out]);
        }
    }

  if (title_node == NONE && from_title_tag && meta->title_raw)
    {
      guint story = first_prose_node (blocks);
      char *said = NULL;

      if (story != NONE)
        title_node = find_title_opening (c, story, meta->title_raw, &said);
      if (title_node != NONE)
        {
          g_free (meta->title);
          meta->title = said;
        }
    }

  /* "Winona Daily News", "clubcall - Latest football news, transfers,
   * reports": a <title> that is the site's name (no part of it said alone
   * in the page), over a story whose headline stands just above its first
   * paragraph. Not the site's name again. */
  if (title_node == NONE &&
      (from_title_tag || meta->title == NULL || (meta->outlet && same_title (meta->title, meta->outlet))))
    {
      guint first = first_prose_node (blocks);

      title_node = first != NONE ? headline_above (c, first, NULL) : NONE;
      /* None set apart: a line that reads as one over the story. */
      if (title_node == NONE && first != NONE)
        {
          g_autoptr(GString) lede = g_string_new (NULL);

          for (guint k = 0, n = 0; k < blocks->len && n < 2; k++)
            {
              Block *b = g_ptr_array_index (blocks, k);

              if (b->first_node >= first)
                {
                  g_string_append_printf (lede, "%s ", b->str);
                  n++;
                }
            }
          /* Only over a <title> that says nothing of the story (the site's
           * name, a section's), or none. */
          if (meta->title == NULL || shared_content_words (meta->title, lede->str) == 0)
            title_node = headline_above (c, first, lede->str);
        }
      /* Past the lines that headline_above() reads: a blog post's
       * permalink heading. */
      if (title_node == NONE && first != NONE)
        title_node = permalink_heading (c, first);
      if (title_node != NONE)
        {
          g_autofree char *t = node_text (c, title_node);

          if ((meta->outlet && same_title (t, meta->outlet)) || (meta->title_raw && same_title (t, meta->title_raw)))
            title_node = NONE;
          else
            {
              g_free (meta->title);
              meta->title = dossier_html_collapse_spaces (t);
            }
        }
    }

  if (title_node == NONE && masthead_h1 != NONE)
    {
      title_node = masthead_h1;
      g_clear_pointer (&meta->title, g_free);
    }

  /* Metadata around the article. */
  scan_scope (c, scope, content_end, title_node, &found);
  /* The headline, for the dates around it: the title's element, else the
   * page's first <h1> (a <title> that says another headline). */
  headline = title_node;
  for (guint i = 0; headline == NONE && scope != NONE && i <= NODE (c, scope)->end; i++)
    if (NODE (c, i)->kind == K_H1 && NODE (c, i)->text_len > 0 && !in_furniture (c, i, NONE))
      headline = i;
  /* No <h1>: "<h3><span>Premiere in Emden</span> <span>Altes Hotel öffnet
   * als Theater</span></h3>", the metadata's title said by an element of
   * its own inside a heading, after a kicker; that heading is the
   * headline the date lines stand under. */
  date_head = headline;
  for (guint i = scope; date_head == NONE && meta->title && scope != NONE && i <= NODE (c, scope)->end; i++)
    {
      Node *x = NODE (c, i);

      if (x->kind == K_RAW)
        {
          i = x->end;
          continue;
        }
      if (x->node->type == XML_ELEMENT_NODE && x->text_len > 0 && x->text_len < 400 && !in_furniture (c, i, NONE) &&
          says_just (c, i, meta->title))
        {
          guint h = x->kind >= K_H1 && x->kind <= K_H6 ? i : NODE (c, i)->parent;

          if (h != NONE && NODE (c, h)->kind >= K_H1 && NODE (c, h)->kind <= K_H6)
            date_head = h;
          break;
        }
    }
  scan_byline_near_title (c, headline, blocks->len > 0 ? ((Block *) g_ptr_array_index (blocks, 0))->first_node : 0,
                          &found);
  /* Further from the headline, only where the metadata names nobody, or
   * only a user's handle. */
  if (meta->byline == NULL || byline_is_handle (meta->byline))
    {
      scan_author_after_story (c, scope, content_end, &found);
      scan_labelled_byline (c, &found);
    }
  scan_masthead (c, scope, date_head, &found);
  scan_copyright (c, &found);
  if (found.time_date == NULL && found.line_date == NULL && found.updated_date == NULL && meta->date == NULL)
    scan_near_title (c, scope, date_head, blocks->len > 0 ? ((Block *) g_ptr_array_index (blocks, 0))->first_node : 0,
                     &found);
  if (found.time_date == NULL && found.line_date == NULL && meta->date == NULL)
    scan_published_labels (c, &found);
  /* "Valley Echo - Mill fire: owners say they will rebuild": a <title>
   * that no heading confirms, whose first or last part is the site named
   * in the copyright line (known only now). */
  /* Or the words of the link home, a blog's name in its header ("<h1><a
   * href=https://example.org>Liebe geht durch den Magen</a></h1>"). */
  if (title_node == NONE && meta->title && meta->title_tag && strcmp (meta->title, meta->title_tag) == 0)
    {
      g_autofree char *home = home_link_text (c);
      const char *sites[] = { meta->outlet, found.copyright, home };

      for (guint k = 0; k < G_N_ELEMENTS (sites); k++)
        {
          const char *site = sites[k];
          g_autofree char *cut = NULL;
          g_autofree char *t = site ? dossier_html_strip_site_suffix (meta->title, site, &cut) : NULL;

          /* "davidbau.com Vibe Coding": the link home's address opens the
           * <title> with no separator, before a headline of two words or
           * more. */
          if (k == 2 && site)
            {
              char *rest = home_cut (meta->title, site);

              if (rest)
                {
                  g_free (t);
                  t = rest;
                  g_clear_pointer (&cut, g_free);
                }
            }
          /* Only the site's name goes, not another short last part. */
          if (t && strcmp (t, meta->title) != 0 && count_words (t) >= (k == 2 ? 2 : 3) &&
              (cut == NULL || g_ascii_strcasecmp (cut, site) == 0))
            {
              g_free (meta->title_tag);
              meta->title_tag = g_strdup (t);
              g_free (meta->title);
              meta->title = g_steal_pointer (&t);
              break;
            }
        }
    }
  /* "<h1>Vom Boden aus gedacht</h1><h2>Ann Cotten verwebt …</h2>" under
   * a <title> "Vom Boden aus gedacht - Ann Cotten verwebt … :
   * literaturkritik.de": the heading taken says a part of the title, and
   * the <h1> right before it, nothing between them, says the part before:
   * the headline and its subtitle, the site's name cut apart (not a blog's
   * name over a post's heading). */
  if (title_node != NONE && NODE (c, title_node)->kind > K_H1 && NODE (c, title_node)->kind <= K_H6 &&
      meta->title_raw)
    {
      guint h = subtitle_under_h1 (c, title_node, meta->title_raw, meta->outlet);

      if (h != NONE)
        {
          g_autofree char *t = node_text (c, h);

          title_node = h;
          g_free (meta->title);
          meta->title = dossier_html_collapse_spaces (t);
        }
    }
  if (title_node != NONE)
    {
      title_text = subtree_text (c, title_node);
      if (meta->title == NULL)
        meta->title = g_strdup (dossier_mapped_text_get_text (title_text));
      else
        {
          /* The metadata's title with a site's name, section or kicker
           * around what the headline says: the headline; or what an
           * element in it says, the kicker set apart beside it
           * ("<h1><span>Klimaschutz</span><span>Bohren, bis es heiß
           * wird</span></h1>" for "Klimaschutz: Bohren, bis es heiß wird"). */
          char *part = dossier_html_headline_part (meta->title, dossier_mapped_text_get_text (title_text),
                                                   meta->outlet, DOSSIER_HEADLINE_ANY);

          /* Not what a <small> in it says: the lesser line set beside
           * the headline ("<h1><span>Energiewende …</span> <small>,
           * Thema: Forschung</small></h1>", a forum's "<small>(Page 1 of
           * 79)</small>"), a site's tagline or a kicker, never the
           * headline. */
          for (guint j = title_node + 1; part == NULL && j <= NODE (c, title_node)->end; j++)
            if (dossier_html_is_tag (NODE (c, j)->node, "small"))
              j = NODE (c, j)->end;
            else if (NODE (c, j)->node->type == XML_ELEMENT_NODE && NODE (c, j)->text_len > 0)
              {
                g_autofree char *t = node_text (c, j);

                if (t)
                  part = dossier_html_headline_part (meta->title, t, meta->outlet, DOSSIER_HEADLINE_TAIL);
              }
          /* "Barcamp Graz 2015" (og:title, or a <title> less what looked
           * like the site's name) under an <h1> "Barcamp Graz 2015 –
           * Politcamp Call for Action": the headline says the rest. */
          if (part == NULL)
            {
              g_autofree char *head = dossier_html_headline_part (dossier_mapped_text_get_text (title_text),
                                                                  meta->title, meta->outlet, DOSSIER_HEADLINE_HEAD);
              if (head)
                part = dossier_html_collapse_spaces (dossier_mapped_text_get_text (title_text));
            }
          /* "Ultium Cells erhöht Gigafactory-Kapazität" (og:title) under
           * an <h1> "Ultium Cells erhöht Gigafactory-Kapazität in Tennessee":
           * the headline the page shows says more. Not a site's name after a
           * pipe, nor a kicker before the title (the kicker goes). */
          if (part == NULL && NODE (c, title_node)->kind == K_H1)
            {
              const char *h = dossier_mapped_text_get_text (title_text);
              g_autofree char *k = normalize_for_compare (h);
              g_autofree char *kt = normalize_for_compare (meta->title);
              g_autofree char *ko = meta->outlet ? normalize_for_compare (meta->outlet) : NULL;

              if (*kt && strlen (k) > strlen (kt) && g_str_has_prefix (k, kt) && !strstr (h, " | ") &&
                  !(ko && strcmp (k + strlen (kt), ko) == 0) && !source_after (h, kt))
                part = dossier_html_collapse_spaces (h);
            }
          /* "Best Camping Hammocks of 2026" under an og:title "Best Camping
           * Hammocks of 2026, Tested & Reviewed", "Sequilho com Chocolate
           * Amargo" under "Receita de Sequilho com Chocolate Amargo": words
           * for search engines glued around the headline with no separator
           * to cut at. The headline the page shows is the title. */
          if (part == NULL && NODE (c, title_node)->kind == K_H1 &&
              glued_around (meta->title, dossier_mapped_text_get_text (title_text)))
            part = dossier_html_collapse_spaces (dossier_mapped_text_get_text (title_text));
          if (part)
            {
              g_free (meta->title);
              meta->title = part;
            }
        }
      cut_small_lines (c, title_node, &meta->title);
    }
  else
    {
      for (guint i = 0; i < nodes->len; i++)
        if (dossier_html_is_tag (NODE (c, i)->node, "title"))
          {
            title_text = subtree_text (c, i);
            break;
          }
      if (title_text && meta->title_tag && g_str_has_prefix (dossier_mapped_text_get_text (title_text), meta->title_tag))
        dossier_mapped_text_truncate (title_text, strlen (meta->title_tag));
      else
        g_clear_pointer (&title_text, dossier_mapped_text_free);
      if (meta->title == NULL && meta->title_tag)
        meta->title = g_strdup (meta->title_tag);
    }

  /* Judge the blocks. */
  for (guint i = 0; i < blocks->len; i++)
    {
      Block *b = g_ptr_array_index (blocks, i);
      const char *s = b->str;
      g_autofree char *date = NULL;
      Verdict v;

      if (b->first_node >= title_node && title_node != NONE && b->first_node <= NODE (c, title_node)->end)
        {
          const char *t = title_text ? dossier_mapped_text_get_text (title_text) : NULL;
          gsize n = t ? strlen (t) : 0;

          /* "<b class=Headline>Rocket down Eagles</b><br> Geoff Walker
           * and …": a headline inline at the head of the story's first
           * lines goes, the lines stay. */
          if (n == 0 || b->text_len < n + 80 || !g_str_has_prefix (s, t) || !g_ascii_isspace (s[n]))
            continue;
          while (g_ascii_isspace (s[n]))
            n++;
          b->start += n;
          b->str += n;
          b->text_len -= n;
          s = b->str;
        }
      if (meta->title && (b->heading || count_words (s) <= 30) && same_title (s, meta->title))
        continue;
      /* The headline and its date line run together, one line break
       * apart: "Mill fire: owners will rebuild Posted on Monday, June 3". */
      if (meta->title && !b->heading && g_str_has_prefix (s, meta->title) && s[strlen (meta->title)] == ' ')
        {
          v = judge (b, s + strlen (meta->title) + 1, &date);
          if (v == B_DATE || v == B_BYLINE)
            {
              if (v == B_BYLINE && found.byline == NULL)
                found.byline = byline_names (s + strlen (meta->title) + 1);
              if (date && found.line_date == NULL)
                found.line_date = g_steal_pointer (&date);
              continue;
            }
          g_clear_pointer (&date, g_free);
        }
      v = judge (b, s, &date);
      /* "Von Claudia Lindner" alone, under a standfirst: the byline, in
       * another language than "By Ann Lee" (judged so anywhere). Only
       * near the story's start, where a heading of names is unlikely. */
      if (v == B_BODY && kept->len <= 2 && !b->heading && is_foreign_byline_line (s))
        v = B_BYLINE;
      /* "You can find the project here:" and the project's address on a
       * line of its own, its link's words the address itself: the
       * story's pointer, not a promotion, and no label left over at its
       * end. */
      if (v == B_DROP && i > 0 && kept->len > 0 && is_bare_address (b, s))
        {
          Block *p = g_ptr_array_index (blocks, i - 1);

          if (p == g_ptr_array_index (kept, kept->len - 1) && ends_in_colon_sentence (p))
            {
              v = B_BODY;
              b->introduced = TRUE;
            }
        }
      /* A reader's comment's signature: where in kept its comment starts
       * (the block after a heading one; the block a closing one ends, or
       * the kept one before it). A post embedded in the story signs in a
       * quotation ("Posted by … on Monday, February 7, 2022"). */
      {
        guint sig = in_embed (c, b->first_node, NONE) ? 0 : comment_signature (s);

        if (sig == 1 || (sig == 2 && (v == B_BODY || kept->len > 0)))
          {
            guint at = sig == 2 && v != B_BODY ? kept->len - 1 : kept->len;

            g_array_append_val (signatures, at);
          }
      }
      if (v == B_BYLINE)
        {
          /* "Reporting by Ana Ruiz; Editing by Tom Brandt" after the story
           * closes it: what follows is the site's, not the story's. */
          if ((starts_with_word (s, "Reporting by") || starts_with_word (s, "Additional reporting by")) &&
              strstr (s, "diting by") && kept->len >= 3 && credits_at == NONE)
            credits_at = kept->len;
          if (found.byline == NULL)
            found.byline = byline_names (s);
          if (date && found.line_date == NULL)
            found.line_date = g_steal_pointer (&date);
          continue;
        }
      if (v == B_DATE)
        {
          if (date && found.line_date == NULL)
            found.line_date = g_steal_pointer (&date);
          continue;
        }
      if (v == B_DROP)
        continue;
      /* The credit under a caption set as a paragraph of the story's
       * flow: the short paragraph right before it is that caption. */
      if (v == B_BODY && is_bare_credit (s))
        {
          Block *p = kept->len > 0 ? g_ptr_array_index (kept, kept->len - 1) : NULL;

          if (p && i > 0 && p == g_ptr_array_index (blocks, i - 1) && !p->heading && !p->list_item &&
              count_words (p->str) <= 40)
            {
              g_ptr_array_set_size (kept, kept->len - 1);
              g_ptr_array_add (inline_captions, p);
            }
          v = B_CAPTION;
        }
      if (v == B_CAPTION)
        {
          g_ptr_array_add (inline_captions, b);
          continue;
        }
      /* "Keith Bradsher contributed reporting from Hong Kong." closes the
       * story as "Reporting by …" does: a credit, not the story's text. */
      if (kept->len >= 3 && is_contributor_credit (s))
        {
          if (credits_at == NONE)
            credits_at = kept->len;
          continue;
        }
      if (i > 0)
        {
          Block *p = g_ptr_array_index (blocks, i - 1);

          b->after_link |= p->text_len > 0 && p->link_len * 2 > p->text_len && count_words (p->str) < 12;
          /* "- Next Auto News", "Previous article »" a few lines up, over
           * the linked title (and its date line): the box of the stories
           * on either side of this one, whose blurb this is. */
          for (guint k = i; b->after_link && k > 0 && k + 4 > i && !b->after_neighbour; k--)
            {
              Block *y = g_ptr_array_index (blocks, k - 1);
              const char *q = y->str;

              if (y->text_len == 0 || y->link_len * 2 <= y->text_len || count_words (q) > 5)
                continue;
              while (*q && (*q == ' ' || g_unichar_ispunct (g_utf8_get_char (q))))
                q = g_utf8_next_char (q);
              b->after_neighbour = starts_with_any_word (q, neighbour_links);
            }
        }
      g_ptr_array_add (kept, b);
    }

  /* The body starts at the first paragraph of prose (kickers and summaries
   * above it go) and ends at its last sentence (headings and tag lists
   * after it go). */
  {
    guint first = NONE;
    guint first_dated = G_MAXUINT - 1;

    guint lead = 0;

    for (guint i = 0; i < kept->len && first == NONE; i++)
      {
        Block *b = g_ptr_array_index (kept, i);

        if (is_prose (b, b->str) && !is_social_appeal (b->str) && !is_site_notice (b->str) && !is_flat_menu (b->str) &&
            !is_script_text (b->str) && !beside_signup_form (c, b) && !beside_sponsored_links (c, b) &&
            !is_browser_notice (b->str) &&
            /* "記事をマイページに保存し、『あとで読む』ことができます。ご利用には
             * 会員登録が必要です。": the site's ask over the story. */
            !is_cjk_site_ask (b->str))
          {
            /* At most three such lines above the story. */
            if (lead < 3 && is_lead_furniture (c, kept, i, meta->byline ? meta->byline : found.byline))
              lead++;
            else
              first = i;
          }
      }
    if (credits_at != NONE && credits_at < kept->len && first != NONE && credits_at > first)
      {
        guint after = 0;

        for (guint i = credits_at; i < kept->len; i++)
          after += count_words (((Block *) g_ptr_array_index (kept, i))->str);
        if (after < 40)
          g_ptr_array_set_size (kept, credits_at);
      }
    /* Readers' comments after the story, each with its signature ("Posted
     * by: Ann on 4:10pm Tue 8 Jan 08", "Report this post"): two or more
     * after 80 words of the story, and the thread starts at the first of
     * them, or at a "Comments" label just above it. */
    if (first != NONE && signatures->len >= 2)
      for (guint k = 0; k + 1 < signatures->len; k++)
        {
          guint at = g_array_index (signatures, guint, k), before = 0;

          if (at <= first || at >= kept->len)
            continue;
          for (guint i = first; i < at; i++)
            before += count_words (((Block *) g_ptr_array_index (kept, i))->str);
          if (before < 80)
            continue;
          for (guint i = at; i > first + 1 && i + 3 > at; i--)
            {
              const char *t = ((Block *) g_ptr_array_index (kept, i - 1))->str;

              if (count_words (t) <= 6 && names_other_section (t) && has_any_word (t, comment_labels))
                {
                  at = i - 1;
                  break;
                }
            }
          g_ptr_array_set_size (kept, at);
          break;
        }
    /* A dateline in an element of its own opens the story: a short list
     * before it (highlights) summed the story up. */
    if (first != NONE)
      for (guint i = first > 0 ? first - 1 : 0; i + 1 < kept->len && i < first + 8; i++)
        {
          Block *b = g_ptr_array_index (kept, i);
          Block *next = g_ptr_array_index (kept, i + 1);
          guint before = 0;
          gboolean listed = TRUE;

          if (!is_place_line (b, b->str) || next->list_item || next->heading || !is_prose (next, next->str))
            {
              if (i >= first && !b->list_item && !b->heading)
                break;
              continue;
            }
          for (guint k = first; k < i; k++)
            {
              Block *y = g_ptr_array_index (kept, k);

              before += count_words (y->str);
              listed &= y->list_item || y->heading;
            }
          if (before <= 80 && listed)
            {
              first = i;
              place_line = TRUE;
            }
          break;
        }
    /* "Kaine says Democrats will … / STORY HIGHLIGHTS / • … / Washington
     * (CNN) -- Democrats pledged …": a wire's dateline opens the story;
     * a caption, a summary or highlights of fewer than 80 words above it
     * sum it up. */
    if (first != NONE && !place_line)
      {
        guint before = 0;

        for (guint i = first; i < kept->len && i < first + 8 && before <= 80; i++)
          {
            Block *b = g_ptr_array_index (kept, i);
            gsize dl;
            g_autofree char *pl = NULL, *ag = NULL;

            if (i > first && !b->list_item && !b->heading && is_prose (b, b->str) &&
                dossier_page_find_dateline (b->str, &dl, &pl, &ag))
              {
                first = i;
                break;
              }
            before += count_words (b->str);
          }
      }
    /* "<div><h2>Headline</h2><p class=dek>One line on it.</p></div>" and
     * the story in another container: a line named a dek or standfirst
     * beside the headline, in its parent with no other paragraph kept,
     * sums the story up; it is not its first paragraph. (Unnamed, such a
     * line is often the lede that an answer key counts as the story.) */
    if (first != NONE && !place_line && title_node != NONE && first + 1 < kept->len)
      {
        Block *b = g_ptr_array_index (kept, first);
        Block *next = g_ptr_array_index (kept, first + 1);
        guint a = NODE (c, title_node)->parent;

        gboolean dek = FALSE;

        for (guint k = b->first_node; a != NONE && k != NONE && k != a && !dek; k = NODE (c, k)->parent)
          dek = NODE (c, k)->node->type == XML_ELEMENT_NODE &&
                (named (NODE (c, k)->node, "dek") || named (NODE (c, k)->node, "standfirst"));
        if (dek && contains (c, a, b->first_node) && NODE (c, a)->kind != K_BODY && NODE (c, a)->kind != K_HTML &&
            !b->list_item &&
            count_words (b->str) <= 40 && is_prose (next, next->str) && !next->list_item &&
            !contains (c, a, next->first_node))
          first++;
      }
    if (first != NONE && first > 0 && !place_line &&
        is_greeting (g_ptr_array_index (kept, first - 1), ((Block *) g_ptr_array_index (kept, first - 1))->str))
      first--;
    if (first != NONE && first > 0)
      g_ptr_array_remove_range (kept, 0, first);
    {
      guint again = repeated_opening (kept);

      if (again != NONE)
        g_ptr_array_remove_range (kept, 0, again);
    }
    /* "Comments", "Also in Travel" after the story, outside its
     * paragraphs: the rest of the page's column is other parts of it. */
    {
      guint other = other_section_start (c, kept);

      if (other != NONE)
        g_ptr_array_set_size (kept, other);
      /* The site's next stories, appended below it. */
      if ((other = next_story_start (c, kept, title_node, meta->title)) != NONE)
        g_ptr_array_set_size (kept, other);
      /* The site's short lines, a cell each, in the column beside it. */
      other = site_lines_start (c, kept);
      if (other != NONE)
        g_ptr_array_set_size (kept, other);
      /* A paywall's gate and the offers under it. */
      if ((other = paywall_gate_start (kept)) != NONE)
        g_ptr_array_set_size (kept, other);
    }
    while (kept->len > 1)
      {
        Block *b = g_ptr_array_index (kept, kept->len - 1);
        const char *s = b->str;
        const char *before = ((Block *) g_ptr_array_index (kept, kept->len - 2))->str;
        const char *byline = meta->byline ? meta->byline : found.byline;

        /* A story may end on a list of its own facts ("England (Group A):
         * 10th appearance" …): three or more items without links and of a
         * few words each, which are no labels. */
        if (b->list_item && b->link_len == 0)
          {
            guint n = 0, w = 0, linked = 0;

            /* An item may hold a link inside its words ("take the dress
             * for <a>cleaning</a>"), as a sentence of the story does: a
             * third of its text at most, and in half of the items at
             * most. */
            for (guint j = kept->len; j > 0; j--)
              {
                Block *y = g_ptr_array_index (kept, j - 1);

                if (!y->list_item || y->link_len * 3 > y->text_len || (y->link_len > 0 && (linked + 1) * 2 > n + 1))
                  break;
                linked += y->link_len > 0;
                n++;
                w += count_words (y->str);
              }
            /* … but not on the list of its sources ("Quellen:" over
             * "Landtag, hearing statements", "Interviews"), which is
             * the desk's note on it, as a "Source:" line is. */
            if (n >= 3 && w >= 3 * n && w <= 6 * n && kept->len - n >= 2 && are_source_names (kept, n) &&
                is_sources_label (((Block *) g_ptr_array_index (kept, kept->len - n - 1))->str))
              {
                g_ptr_array_set_size (kept, kept->len - n - 1);
                continue;
              }
            if (n >= 3 && w >= 3 * n)
              break;
          }
        /* … or on a table of its own (prices, rankings, a comparison):
         * its short cells are no labels. Six cells or more, in three rows
         * or more, of one table without links. */
        if (b->link_len == 0)
          {
            guint row, table = data_table_of (c, b->first_node, &row), n = 0, rows = 0, last_row = NONE;

            for (guint j = kept->len; table != NONE && j > 0; j--)
              {
                Block *y = g_ptr_array_index (kept, j - 1);
                guint r;

                if (y->link_len > 0 || data_table_of (c, y->first_node, &r) != table)
                  break;
                n++;
                if (r != last_row)
                  rows++;
                last_row = r;
              }
            if (n >= 6 && rows >= 3)
              break;
          }
        /* … or on a list it introduces (a sentence ending in a colon,
         * a "References" heading): an item is a name, a title, an
         * address, no sentence, and no label left over. */
        if (b->introduced)
          break;
        /* … or on the last of the fields each item of a list sets on a
         * line of its own ("Where to watch: …", "Price: …"). */
        if (repeats_field_label (kept, s))
          break;
        /* The story's last paragraph with the links to the next and
         * previous stories glued on: the paragraph stays, the links go. */
        {
          gsize nav = glued_navigation_start (s);

          if (nav > 0)
            {
              b->end = b->start + nav;
              b->str[nav] = '\0';
              b->text_len = MIN (b->text_len, (guint) nav);
              b->link_len = MIN (b->link_len, b->text_len / 2);
              continue;
            }
        }
        /* "More about:", "Topics:" — labels of lists that were dropped;
         * "CNNMoney (New York)" — a signature. A story ends on a sentence;
         * the writer's own sentence ending in a colon ("Then I paste this
         * prompt:", four words or more, no link) before what the page
         * shows as a picture or a script's embed is one, unless it names
         * another part of the page or points to other posts. */
        if (b->heading ||
            (count_words (s) < 6 && !ends_sentence_mark (s) && !is_film_rating (s) && !is_sign_off (s) &&
             !is_signature (s, before, byline) && !is_bracketed_citation (s, before) &&
             !(ends_in_colon_sentence (b) && !names_other_section (s) && !is_reading_pointer (s))) ||
            is_source_line (s) ||
            /* "関連キーワード" (related keywords), "More from Sport": a
             * label naming another part of the page, last; a few words (a
             * character is one in Japanese), not a sentence ("… was not
             * available to comment - Sapa"). */
            (count_words (s) <= (strchr (s, ' ') ? 5 : 12) && !ends_sentence_mark (s) && names_other_section (s)) ||
            /* "Schon gelesen?", as a label asks it. */
            (count_words (s) <= 3 && g_str_has_suffix (s, "?") && names_other_section (s)) ||
            /* "Das Thema könnte dich auch interessieren:", last: over
             * the links that were left out. */
            (count_words (s) <= 8 && g_str_has_suffix (s, ":") && names_other_section (s)) ||
            is_post_navigation (s) ||
            is_author_bio (s, byline, outside_story (c, kept, kept->len - 1) ? 120 : 60) ||
            is_writer_bio (s) || is_bracketed_bio (s) || is_reading_pointer (s) ||
            (reader_appeal (s, outside_story (c, kept, kept->len - 1)) && !is_discussion_prompt (s)) ||
            is_social_appeal (s) ||
            is_address_line (s) || is_site_notice (s) || is_disclaimer (s) || is_editorial_note (s) ||
            is_contact_line (s) || is_imperative_ask (s) || is_print_note (s) || is_credit_parts (s) ||
            is_date_stamp (s) || (is_business_ask (s) && outside_story (c, kept, kept->len - 1)) ||
            is_filing_line (s) || is_page_tools_line (s) || is_flat_menu (s) ||
            is_broadcast_line (s) ||
            is_book_credit (s) || is_typo_report_notice (s) || ends_with_click_here (b, s) ||
            is_release_notice (s) || is_coverage_pointer (s) ||
            is_italic_lead_in (c, b) || is_paywall_note (s) || is_comment_rules (s) ||
            is_subscription_offer (s) || is_shortcode (s) || is_enjoyed_appeal (s) || is_company_boilerplate (s) ||
            (b->after_neighbour && count_words (s) <= 40) || is_long_notice (s) ||
            /* "Slammer for Rammer / Toskala gets first shootout win / Ban
             * of leaded fuels …", lines set apart by <br>s, each but the
             * first a link: other stories' headlines, however many (a
             * list the story introduces is its own). */
            (b->text_len > 0 && b->link_len * 10 > b->text_len * 7 && !ends_sentence_mark (s) &&
             !is_comma_series (s) && !(b->list_item && b->introduced)))
          {
            g_ptr_array_remove_index (kept, kept->len - 1);
            continue;
          }
        /* "Nein Danke. Weiter in dieser Ansicht." under "Mehr Lesekomfort
         * auch für unterwegs / E-Paper und News in einer App": a pop-up's
         * offer after the story, closed by its button. The button goes,
         * and with it the lines of the box around it that holds no
         * paragraph of the story (60 words at most). */
        if (is_dismiss_line (s))
          {
            guint j = kept->len - 1, box = b->first_node, in_box = 0, last = NONE;

            for (guint k = j; k-- > 0;)
              if (count_words (((Block *) g_ptr_array_index (kept, k))->str) >= 15)
                {
                  last = ((Block *) g_ptr_array_index (kept, k))->first_node;
                  break;
                }
            while (last != NONE && NODE (c, box)->parent != NONE && !contains (c, NODE (c, box)->parent, last))
              box = NODE (c, box)->parent;
            while (j > 0 && in_box <= 60)
              {
                Block *y = g_ptr_array_index (kept, j - 1);

                if (last == NONE || !contains (c, box, y->first_node))
                  break;
                in_box += count_words (y->str);
                j--;
              }
            g_ptr_array_set_size (kept, in_box <= 60 ? j : kept->len - 1);
            continue;
          }
        /* "Die Autorin" over the writer's bio, "Zitiervorschlag" over a
         * reference to this page: the site's box under the story, up to
         * 120 words after its label. */
        {
          guint j = kept->len, after = 0;

          while (j > 1 && after <= 120)
            {
              const char *t = ((Block *) g_ptr_array_index (kept, --j))->str;

              if (is_afterword_label (t))
                break;
              after += count_words (t);
            }
          if (j > 1 && after <= 120 && is_afterword_label (((Block *) g_ptr_array_index (kept, j))->str))
            {
              g_ptr_array_set_size (kept, j);
              continue;
            }
        }
        /* "Aktuelle Meldungen finden Sie in unserem Liveblog:", "Sign up
         * for our newsletter here:" over the box it points to (the live
         * blog's teaser, the form's blurb): the site's appeal ending in a
         * colon, with fewer than 40 words after it, ends the story there. */
        {
          guint j = kept->len - 1, after = count_words (s), longest = count_words (s);
          gboolean pointer = FALSE;

          /* "You may also be interested in the following articles:" over
           * the other posts' titles and blurbs: short lines, up to 150
           * words of them. */
          while (j > 1 && after < 150 && !pointer)
            {
              const char *t = ((Block *) g_ptr_array_index (kept, --j))->str;
              gsize n = strlen (t);

              while (n > 0 && t[n - 1] == ' ')
                n--;
              /* "Das Thema könnte dich auch interessieren:", "Verwandte
               * Themen auf unserem Blog:": a short label naming another
               * part of the page. */
              pointer = n > 0 && t[n - 1] == ':' &&
                        ((after < 40 && is_reader_appeal (t)) || (longest <= 30 && is_reading_pointer (t)) ||
                         (longest <= 30 && count_words (t) <= 8 && names_other_section (t)));
              /* "Newsletter: Sport inside" over its blurb and form: a
               * label of six words or fewer, no sentence, that names a
               * newsletter or asks to sign up, is the box's whatever
               * its punctuation. */
              pointer = pointer || (after < 40 && count_words (t) <= 6 && !ends_sentence_mark (t) &&
                                    has_any_word (t, signup_words));
              after += count_words (t);
              longest = MAX (longest, count_words (t));
            }
          if (pointer)
            {
              g_ptr_array_set_size (kept, j);
              continue;
            }
        }
        /* "Ana Ruiz is a finance writer …" and, under it, a line of the
         * site's ("All loans made by …") or the writer's question to the
         * reader: the bio ends the story wherever it stands among the last
         * two blocks, when fewer than 40 words follow it. */
        {
          guint j = kept->len - 1, after = count_words (s), at = NONE;

          while (j > 1 && kept->len - j <= 2 && after < 40 && at == NONE)
            {
              const char *t = ((Block *) g_ptr_array_index (kept, --j))->str;

              if (is_author_bio (t, byline, outside_story (c, kept, j) ? 120 : 60) || is_writer_bio (t) ||
                  is_bracketed_bio (t))
                at = j;
              after += count_words (t);
            }
          if (at != NONE)
            {
              g_ptr_array_set_size (kept, at);
              continue;
            }
        }
        {
          guint label = dated_teasers_start (kept, &first_dated);

          if (label == NONE)
            label = dated_headlines_start (kept);
          if (label != NONE)
            {
              g_ptr_array_set_size (kept, label);
              continue;
            }
        }
        /* Sponsored links, each a linked name over its blurb. */
        {
          guint links = linked_titles_start (c, kept);

          if (links != NONE)
            {
              g_ptr_array_set_size (kept, links);
              continue;
            }
        }
        /* Teasers of other stories after this one: three or more short
         * blurbs, each under its linked title ("Apple diet" / "Simple and
         * effective, seven kilos in seven days."), fewer words than the
         * story before them. */
        if (b->after_link && count_words (s) <= 40)
          {
            guint j = kept->len, run_words = 0, before_words = 0, before_blurbs = 0;

            while (j > 0 && ((Block *) g_ptr_array_index (kept, j - 1))->after_link &&
                   count_words (((Block *) g_ptr_array_index (kept, j - 1))->str) <= 40)
              {
                j--;
                run_words += count_words (((Block *) g_ptr_array_index (kept, j))->str);
              }
            /* A digest (a newsletter of linked titles, each with its
             * blurb) is all such blurbs, sections apart: none are others'
             * teasers. */
            for (guint k = 0; k < j; k++)
              {
                Block *y = g_ptr_array_index (kept, k);
                guint w = count_words (y->str);

                before_words += w;
                if (y->after_link)
                  before_blurbs += w;
              }
            if (kept->len - j >= 3 && j >= 3 && before_words > run_words && before_blurbs * 2 < before_words)
              {
                g_ptr_array_set_size (kept, j);
                continue;
              }
          }
        /* "24,942 1490Cases", "18,953 1038Active", "779 56Deaths": a box
         * of figures after the story (a dashboard, a scoreboard, a ticker),
         * three cells or more among its last blocks, with its label and a
         * line that sums them up, is no part of it. */
        {
          guint cells = 0, at = NONE, total = 0, after = 0;

          for (guint k = kept->len; k-- > 0 && k + 7 > kept->len;)
            if (is_figure_cell (((Block *) g_ptr_array_index (kept, k))->str))
              {
                cells++;
                at = k;
              }
          if (cells >= 3)
            {
              while (at > 3 && (is_figure_cell (((Block *) g_ptr_array_index (kept, at - 1))->str) ||
                                ((Block *) g_ptr_array_index (kept, at - 1))->heading))
                at--;
              for (guint k = 0; k < kept->len; k++)
                {
                  guint w = count_words (((Block *) g_ptr_array_index (kept, k))->str);

                  total += w;
                  if (k >= at)
                    after += w;
                }
              if (at >= 3 && after * 4 < total)
                {
                  g_ptr_array_set_size (kept, at);
                  continue;
                }
            }
        }
        /* "More stories" over a list of items with a link in each, after
         * the story: other stories, however long their lines. A list under
         * a heading element of its own is a section of the page's text
         * ("External links", a weekly edition's contents) and stays. */
        if (b->list_item && b->link_len > 0)
          {
            guint j = kept->len - 1;
            Block *label;

            while (j > 0 && ((Block *) g_ptr_array_index (kept, j - 1))->list_item &&
                   ((Block *) g_ptr_array_index (kept, j - 1))->link_len > 0)
              j--;
            label = j > 0 ? g_ptr_array_index (kept, j - 1) : NULL;
            if (label && kept->len - j >= 2 && j >= 2 && !label->list_item && !b->introduced &&
                !label->heading && count_words (label->str) <= 8 && !ends_sentence_mark (label->str))
              {
                g_ptr_array_set_size (kept, j - 1);
                continue;
              }
          }
        break;
      }
  }

  words = count_block_words (kept);
  /* No story in the markup (scripts fill it in), or a paywall's teaser
   * where the publisher's structured data holds the whole story: the
   * structured data's (a wall's, only when it is a story's length). */
  {
    gboolean wall = words >= 20 && looks_like_wall (kept, words, meta->title_raw,
                                                    title_text ? dossier_mapped_text_get_text (title_text)
                                                               : meta->title);
    gboolean structured = FALSE;

    if (words < 20 || wall)
      {
        g_ptr_array_set_size (kept, 0);
        words = 0;
        if (body_from_json_ld (c, blocks, kept) > 0)
          {
            words = count_block_words (kept);
            g_debug ("the story from JSON-LD's articleBody: %u words", words);
            structured = !wall || words >= 80;
          }
      }
    else if (words < 150)
      {
        /* A teaser that the structured data gives whole: the same first
         * words, twice as many in all. */
        g_autoptr(GPtrArray) whole = g_ptr_array_new ();
        guint whole_words;
        char first[32] = "";

        g_strlcpy (first, ((Block *) g_ptr_array_index (kept, 0))->str, sizeof first);
        if (strlen (first) == sizeof first - 1 && body_from_json_ld (c, blocks, whole) > 0)
          {
            whole_words = count_block_words (whole);
            if (whole_words >= 80 && whole_words >= 2 * words &&
                g_str_has_prefix (((Block *) g_ptr_array_index (whole, 0))->str, first))
              {
                g_debug ("the whole story from JSON-LD's articleBody: %u words for %u", whole_words, words);
                g_ptr_array_set_size (kept, 0);
                g_ptr_array_extend (kept, whole, NULL, NULL);
                words = whole_words;
              }
          }
      }
    if (words < 20 || (wall && !structured))
      {
        g_debug ("no article: %u words", words);
        g_ptr_array_set_size (kept, 0);
      }
  }

  /* "Gefällt mir: / Liken Lade …", "(Visited 215 times, 55 visits
   * today)": a widget's word while it loads, or a counter of views, last,
   * and a label over it ("Like this:"); here, once the page is known to
   * hold an article, so that a post of a line or two (16 words of a
   * blog's) keeps them rather than read as no article at all. */
  while (kept->len > 1 && is_widget_placeholder (((Block *) g_ptr_array_index (kept, kept->len - 1))->str))
    {
      const char *label;

      g_ptr_array_set_size (kept, kept->len - 1);
      label = ((Block *) g_ptr_array_index (kept, kept->len - 1))->str;
      if (kept->len > 1 && count_words (label) <= 3 && g_str_has_suffix (label, ":"))
        g_ptr_array_set_size (kept, kept->len - 1);
    }

  /* The reporter's sign-off under a story read from the structured data
   * or a script's state, as under one read from the markup. */
  while (kept->len > 1 && is_reporter_signoff (((Block *) g_ptr_array_index (kept, kept->len - 1))->str))
    g_ptr_array_set_size (kept, kept->len - 1);

  /* Captions of the article's pictures, kept apart from the body: a
   * <figcaption>, or a line or two named a caption ("<p
   * class=imageCaption>", "wp-caption-text") among the story's blocks. */
  for (guint i = scope; kept->len > 0 && i <= NODE (c, scope)->end; i++)
    {
      Node *x = NODE (c, i);
      gboolean named = (x->strong & 128) && x->text_len < 400 && !(x->flags & F_HIDDEN) &&
                       i > ((Block *) g_ptr_array_index (kept, 0))->first_node &&
                       i < ((Block *) g_ptr_array_index (kept, kept->len - 1))->first_node;

      if (x->kind == K_RAW)
        {
          i = x->end;
          continue;
        }
      if ((x->kind != K_FIGCAPTION && !named) || x->text_len == 0 || in_furniture (c, i, scope) ||
          figure_holds_prose (c, i))
        continue;
      {
        DossierMappedText *cap = subtree_text (c, i);

        if (dossier_mapped_text_get_length (cap) > 0)
          g_ptr_array_add (captions, cap);
        else
          dossier_mapped_text_free (cap);
      }
      i = x->end;
    }

  /* What the text is made of is in the pool, the title and the captions
   * now: the tree, its array and the visible text go before the text is
   * assembled (on a big page they are most of the memory). */
  g_clear_pointer (doc, xmlFreeDoc);
  c->nodes = NULL;
  g_clear_pointer (&nodes, g_array_unref);
  c->visible = NULL;
  c->vt = NULL;
  g_clear_pointer (visible, dossier_mapped_text_free);

  /* Assemble: title, dateline, captions, body. */
  if (title_text && dossier_mapped_text_get_length (title_text) > 0)
    {
      out->title_start = 0;
      dossier_mapped_text_append_mapped (text, title_text, 0, dossier_mapped_text_get_length (title_text));
      out->title_end = dossier_mapped_text_get_length (text);
    }
  /* The day may open the paragraph after a standfirst. */
  for (guint k = 0; k < MIN (kept->len, 2) && !place_line && lead_date == NULL; k++)
    lead_date = lead_dash_date (((Block *) g_ptr_array_index (kept, k))->str);
  if (kept->len > 0 && !place_line)
    {
      Block *b = g_ptr_array_index (kept, 0);
      gsize n = lead_date_line_len (b->str);

      if (n == 0)
        n = lead_label_len (b->str);
      b->start += n;
      b->str += n;
    }
  if (kept->len > 0)
    {
      Block *b = g_ptr_array_index (kept, 0);
      const char *s = b->str;

      if (place_line)
        {
          gsize dl = strlen (s);

          while (dl > 0 && (s[dl - 1] == ' ' || s[dl - 1] == ':'))
            dl--;
          place = g_strndup (s, dl);
          if (dossier_mapped_text_get_length (text) > 0)
            dossier_mapped_text_append_synthetic (text, "\n\n");
          out->dateline_start = dossier_mapped_text_get_length (text);
          dossier_mapped_text_append_mapped (text, c->pool, b->start, b->end);
          out->dateline_end = dossier_mapped_text_get_length (text);
          body_from = 1;
        }
      else if (dossier_page_find_dateline (s, &dateline_len, &place, &agency))
        {
          gsize dl = dateline_len;

          while (dl > 0 && s[dl - 1] == ' ')
            dl--;
          if (dossier_mapped_text_get_length (text) > 0)
            dossier_mapped_text_append_synthetic (text, "\n\n");
          out->dateline_start = dossier_mapped_text_get_length (text);
          dossier_mapped_text_append_mapped (text, c->pool, b->start, b->start + dl);
          out->dateline_end = dossier_mapped_text_get_length (text);
          /* "RAJSHAHI, Dec 20, 2025 (BSS) -", "ROMA, 3 marzo 2021 (ANSA)
           * -": a wire's dateline that gives the day with its year dates
           * the story, after what the page says elsewhere. */
          if (lead_date == NULL)
            {
              g_autofree char *line = g_strndup (s, dl);

              lead_date = dossier_date_find (line, NULL, NULL);
            }
        }
      else
        dateline_len = 0;
    }
  for (guint i = 0; i < captions->len; i++)
    append_section (text, g_ptr_array_index (captions, i), 0);
  for (guint i = 0; kept->len > 0 && i < inline_captions->len; i++)
    {
      Block *b = g_ptr_array_index (inline_captions, i);

      if (dossier_mapped_text_get_length (text) > 0)
        dossier_mapped_text_append_synthetic (text, "\n\n");
      dossier_mapped_text_append_mapped (text, c->pool, b->start, b->end);
    }
  if (dossier_mapped_text_get_length (text) > 0)
    dossier_mapped_text_append_synthetic (text, "\n\n");
  out->body_start = dossier_mapped_text_get_length (text);
  for (guint i = body_from; i < kept->len; i++)
    {
      Block *b = g_ptr_array_index (kept, i);

      if (i > body_from)
        dossier_mapped_text_append_synthetic (text, "\n\n");
      dossier_mapped_text_append_mapped (text, c->pool, b->start + (i == 0 ? dateline_len : 0), b->end);
    }
  /* The caller maps the text on to the file once the DOM is gone: on big
   * pages the copies would not all fit at once. */
  g_ptr_array_set_size (kept, 0);
  g_ptr_array_set_size (inline_captions, 0);
  g_ptr_array_set_size (blocks, 0);
  g_clear_pointer (&pool, dossier_mapped_text_free);
  out->text = g_steal_pointer (&text);

  /* Metadata by trust. */
  if (meta->title)
    {
      char *t = dossier_html_strip_date_part (meta->title, NULL);

      g_free (meta->title);
      meta->title = dossier_html_strip_genre_part (t);
      g_free (t);
    }
  /* "Critics' Choice: the year's best shows – Artlyst", a JSON-LD headline
   * or a meta tag's title that still ends with the site's own name after a
   * separator: the name goes. */
  if (meta->title && meta->outlet)
    {
      static const char *seps[] = { " – ", " - ", " | ", " • ", " — ", " · ", NULL };
      gsize nt = strlen (meta->title), no = strlen (meta->outlet);

      for (guint k = 0; seps[k]; k++)
        {
          gsize ns = strlen (seps[k]);

          if (nt > no + ns && g_ascii_strcasecmp (meta->title + nt - no, meta->outlet) == 0 &&
              strncmp (meta->title + nt - no - ns, seps[k], ns) == 0 &&
              count_words (meta->title) >= count_words (meta->outlet) + 3)
            {
              meta->title[nt - no - ns] = '\0';
              meta->title[dossier_html_section_cut (meta->title, seps[k])] = '\0';
              break;
            }
        }
    }
  set_if_unset (&out->title, meta->title);
  set_if_unset (&out->outlet, meta->outlet);
  if (agency)
    {
      g_autofree char *o = dossier_page_normalize_outlet (agency);
      set_if_unset (&out->outlet, o);
    }
  set_if_unset (&out->outlet, found.copyright);
  set_if_unset (&out->url, meta->url);
  set_if_unset (&out->url, meta->saved_url);
  /* A site that names itself nowhere: the host of its address
   * ("klassegegenklasse.org"), as the page gives it. */
  if (out->outlet == NULL && out->url && (g_str_has_prefix (out->url, "http://") || g_str_has_prefix (out->url, "https://")))
    out->outlet = dossier_page_outlet_from_address (out->url);
  cut_outlet_tagline (&out->outlet, out->url);
  set_if_unset (&out->date, meta->date);
  /* "<meta name=date content=2016-12-15>" and a "<time
   * datetime=2016-12-15T15:33:00-05:00>" by the byline: the same day, the
   * time of it. */
  if (out->date && strlen (out->date) == 10)
    {
      const char *finer[] = { found.time_date, found.line_date };

      for (guint k = 0; k < G_N_ELEMENTS (finer); k++)
        if (finer[k] && strlen (finer[k]) > 16 && strncmp (finer[k], out->date, 10) == 0 && finer[k][10] == 'T' &&
            (g_str_has_suffix (finer[k], "Z") || finer[k][strlen (finer[k]) - 3] == ':'))
          {
            g_free (out->date);
            out->date = g_strdup (finer[k]);
            break;
          }
    }
  set_if_unset (&out->date, found.time_date);
  set_if_unset (&out->date, found.line_date);
  set_if_unset (&out->date, found.label_date);
  set_if_unset (&out->date, found.near_date);
  set_if_unset (&out->date, lead_date);
  set_if_unset (&out->date, found.aside_date);
  /* "https://example.org/2016/02/28/uberspace-und-lets-encrypt/": a
   * blog's address gives the day it was posted, a last resort. */
  if (out->date == NULL && out->url)
    out->date = url_date (out->url);
  /* "23.01.2022 - Dorothea Wierer darf noch jubeln": the day before or
   * after the <title>'s headline. */
  if (out->date == NULL && meta->title_raw)
    g_free (dossier_html_strip_date_part (meta->title_raw, &out->date));
  set_if_unset (&out->date, found.updated_date);
  if (found.page_date && g_strcmp0 (found.page_date, out->date) != 0)
    set_if_unset (&out->page_date, found.page_date);
  set_if_unset (&out->page_date, meta->saved_date);
  /* The site itself as the author ("<meta name=author content=Swoogo>")
   * gives way to a person named on the page, but it is what the page says
   * when it names nobody else. */
  if (meta->byline && (g_strcmp0 (meta->byline, meta->outlet) == 0 || g_strcmp0 (meta->byline, out->outlet) == 0))
    {
      set_if_unset (&out->byline, found.byline);
      set_if_unset (&out->byline, meta->byline);
    }
  /* The site's name with its tagline as the author ("<meta name=author
   * content='L-MAG – Das Magazin für Lesben'>", a title's separator in
   * it: no person's name) gives way to the writer the page names in two
   * words or more. */
  if (meta->byline && found.byline && count_words (found.byline) >= 2 &&
      (strstr (meta->byline, " – ") || strstr (meta->byline, " | ") || strstr (meta->byline, " - ")))
    set_if_unset (&out->byline, found.byline);
  /* A user's handle as the author ("christian.stadtfeld") gives way to
   * a name of two words or more found on the page. */
  if (byline_is_handle (meta->byline) && found.byline && count_words (found.byline) >= 2)
    set_if_unset (&out->byline, found.byline);
  cut_outlet_tail (&meta->byline, meta->outlet);
  cut_outlet_tail (&meta->byline, out->outlet);
  cut_outlet_tail (&found.byline, out->outlet);
  set_if_unset (&out->byline, meta->byline);
  set_if_unset (&out->byline, found.byline);
  set_if_unset (&out->place, place);
  set_if_unset (&out->language, meta->language);

  found_clear (&found);
  return TRUE;
}
