/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "dossier-html"

#include "config.h"

#include <string.h>

#include "dossier-date.h"
#include "dossier-html-private.h"
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

typedef enum
{
  K_OTHER,
  K_HTML, K_BODY, K_HEAD,
  K_P, K_DIV, K_SECTION, K_ARTICLE, K_MAIN, K_HEADER,
  K_H1, K_H2, K_H3, K_H4, K_H5, K_H6,
  K_LI, K_UL, K_OL, K_DL, K_DD, K_DT,
  K_BLOCKQUOTE, K_PRE, K_TABLE, K_TR, K_TD, K_TH, K_ADDRESS, K_HR,
  K_A, K_BR, K_FIGURE, K_FIGCAPTION, K_TIME,
  K_DROP,       /* never article text: script, style, nav, form … */
  K_BLOCK,      /* other block-level elements */
  K_RAW,        /* script and style: their text is not in the visible text */
} Kind;

enum
{
  F_TEXT      = 1 << 0,  /* a text node with visible characters */
  F_MATCHED   = 1 << 1,  /* … found in the visible text */
  F_REMOVED   = 1 << 2,  /* furniture, with everything inside */
  F_CANDIDATE = 1 << 3,
  F_CLEANED   = 1 << 4,  /* dropped from the content by a link-density check */
  F_HIDDEN    = 1 << 5,  /* not shown on screen (screen-reader text, display: none) */
  F_DECLARED  = 1 << 6,  /* itemprop="articleBody": the publisher says this is the story */
  F_GATED     = 1 << 7,  /* named "paywall" and nothing else of furniture: the text behind it, or its ask */
};

typedef struct
{
  xmlNode *node;
  guint parent;        /* G_MAXUINT for the root */
  guint end;           /* index of the last descendant */
  guint text_len;      /* visible bytes in the subtree (not counting spaces) */
  guint link_len;      /* … of them inside links */
  guint commas;
  gsize vs, ve;        /* text nodes: the range in the visible text */
  float score;
  guint8 flags;
  guint8 kind;
  gint8 weight;        /* class and id words: +1 content, -1 furniture */
  guint8 strong;       /* named like furniture: 1 strong, 2 weak (and no content word), 4 never the story,
                        * 8 (with 4) … as a gallery, slideshow or carousel only, 16 hidden only by a
                        * screen-reader name ("sr-text"), 32 a page builder's box ("widget-wrap"), 64 (with 4)
                        * a list of readers' comments or one of its items */
} Node;

typedef struct
{
  gsize start, end;         /* in the block pool, mapped to the decoded page */
  char *str;                /* its text, in the pool (NUL where the separator after it was) */
  guint heading;
  gboolean list_item;
  gboolean quote;
  gboolean after_link;      /* right after a short line of links (a teaser's title) */
  gboolean after_neighbour; /* under a link to the next or previous story ("Next article") */
  gboolean introduced;      /* an item of a list the story introduces (is_introduced_list()) */
  guint text_len, link_len;
  guint first_node;
} Block;

typedef struct
{
  GArray *nodes;                      /* Node */
  const DossierMappedText *decoded;
  const DossierMappedText *visible;
  const char *vt;                     /* visible text */
  DossierMappedText *pool;            /* the text of all blocks, one after the other */
  guint8 *introduced;                 /* per node: in a list the story introduces (is_introduced_list()) */
} Ctx;

#define NODE(c, i) (&g_array_index ((c)->nodes, Node, (i)))
#define NONE G_MAXUINT
#define HEADING_BIT (1u << 31)
/* Visible bytes (spaces aside) under which a page is read a second time. */
#define RETRY_BELOW 500
/* Visible bytes of prose for a part of the story cut apart from the rest
 * (see content_roots()): a short part counts only when a long one, or the
 * top candidate, follows it. */
#define SHORT_PART 150
#define LONG_PART 400

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

static guint
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
                  else if (g_hash_table_contains (strong_words, word))
                    {
                      strong = TRUE;
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
  if (hidden)
    n->flags |= F_HIDDEN;
  if (paywall && !other && !never && !hidden)
    n->flags |= F_GATED;
  n->strong = (never ? 4 : 0) | (strong ? 1 : 0) | (weak && !positive ? 2 : 0) |
              (gallery && !other_never && !strong && !weak ? 8 : 0) |
              (reader_only && !other_hidden ? 16 : 0) | (builder_box && weak && !positive ? 32 : 0) |
              (comment && (n->kind == K_LI || n->kind == K_OL || n->kind == K_UL) ? 64 : 0);
  n->weight = (positive ? 1 : 0) - (never || strong || weak ? 1 : 0);
}

static guint
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

static gboolean
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

/* A script's link set inside the story's last paragraph ("… stood by her
 * husband. <a href="#" onclick="return(ET());">E-mail to a friend</a>"):
 * the page's tool, not the story's words. So is a link that jumps to a
 * place further down the page, wherever it stands (at the head of the
 * first paragraph: "<a href="#list">Jump to the list</a> The moving
 * process …"). */
static guint count_words (const char *s);
static gboolean named (const xmlNode *node,
                       const char    *word);
static gboolean starts_with_any_word (const char         *s,
                                      const char * const *prefixes);

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
  if (href && strcmp (href, "#") != 0 && g_ascii_strncasecmp (href, "javascript:", 11) != 0)
    return FALSE;
  text = (char *) xmlNodeGetContent (x->node);
  return text && starts_with_any_word (g_strstrip (text), tools);
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

static gboolean
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

static gboolean
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
 * 500 bytes of them, or a paragraph (<p>) of its own. */
static double
own_lines_vote (Ctx   *c,
                guint  i)
{
  double s = 0;
  guint runs = 0, total = 0, run = 0, run_commas = 0;

  for (guint j = i + 1; j <= NODE (c, i)->end + 1; j++)
    {
      Node *y = j <= NODE (c, i)->end ? NODE (c, j) : NULL;
      gboolean ends = y == NULL || y->kind == K_BR || is_block_kind (y->kind);

      /* Paragraphs of its own vote for it already: its lines between
       * them are a story's odd line, not the story. */
      if (y && y->kind == K_P && y->text_len >= 25)
        return 0;
      if (ends)
        {
          if (run >= 25)
            {
              s += paragraph_vote (run, run_commas);
              runs++;
              total += run;
            }
          run = run_commas = 0;
        }
      else if (y->flags & F_TEXT)
        {
          run += y->text_len;
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
  return runs >= 3 && total >= 500 ? s : 0;
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
          float bonus = top_class && cls && *cls && strcmp (cls, top_class) == 0 ? t->score * 0.2 : 0;

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

static guint count_words (const char *s);
static gboolean is_reading_pointer (const char *s);
static gboolean names_other_section (const char *s);

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

/* Whether @s is one of @labels alone, in any case, a colon after it or
 * not ("Sources:", "REFERENCES"). */
static gboolean
is_label_line_trimmed (const char        *s,
                       const char *const *labels,
                       const char        *trailing)
{
  gsize n = strlen (s);

  while (n > 0 && strchr (trailing, s[n - 1]))
    n--;
  for (guint i = 0; labels[i]; i++)
    if (n == strlen (labels[i]) && g_ascii_strncasecmp (s, labels[i], n) == 0)
      return TRUE;
  return FALSE;
}

static gboolean
is_label_line (const char        *s,
               const char *const *labels)
{
  return is_label_line_trimmed (s, labels, " :");
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
          if (x->text_len > 0 && !holds_prose[i] && (ld > 0.5 || (x->weight < 0 && ld > 0.2)))
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
static char *
node_text (Ctx  *c,
           guint i)
{
  g_autoptr(DossierMappedText) m = subtree_text (c, i);

  return g_strdup (dossier_mapped_text_get_text (m));
}

static void
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

static gboolean ends_sentence_mark (const char *s);

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

/* ---- judging blocks ------------------------------------------------------ */

/* Words, where a Chinese or Japanese character counts as one: those
 * scripts put no spaces between words, and the thresholds below are about
 * how much was said. */
static guint
count_words (const char *s)
{
  guint n = 0;
  gboolean in = FALSE;

  while (*s)
    {
      gunichar c;
      gboolean sp;

      if ((guchar) *s < 0x80)
        {
          sp = *s == ' ' || *s == '\n';
          if (!sp && !in)
            n++;
          in = !sp;
          s++;
          continue;
        }
      c = g_utf8_get_char (s);
      s = g_utf8_next_char (s);
      if ((c >= 0x3040 && c <= 0x30FF) || (c >= 0x3400 && c <= 0x9FFF) || (c >= 0xF900 && c <= 0xFAFF))
        {
          n++;
          in = FALSE;
          continue;
        }
      if (!in)
        n++;
      in = TRUE;
    }
  return n;
}

static gboolean
starts_with_word (const char *s,
                  const char *prefix)
{
  gsize n = strlen (prefix);

  return g_ascii_strncasecmp (s, prefix, n) == 0 && !g_ascii_isalpha (s[n]);
}

/* Whether @s opens with one of the NULL-terminated @prefixes (see
 * starts_with_word()). */
static gboolean
starts_with_any_word (const char         *s,
                      const char * const *prefixes)
{
  for (guint i = 0; prefixes[i]; i++)
    if (starts_with_word (s, prefixes[i]))
      return TRUE;
  return FALSE;
}

static gboolean
is_terminal (const char *s)
{
  const char *last = NULL;

  for (const char *p = s; *p; p = g_utf8_next_char (p))
    if (*p != ' ')
      last = p;
  if (last == NULL)
    return FALSE;
  switch (g_utf8_get_char (last))
    {
    case '.': case '!': case '?': case ':': case ';': case 0x2026: case '"': case 0x201D: case ')': case 0x2019:
    case 0x3002: case 0xFF01: case 0xFF1F: case 0xFF09: case 0x300D:
      return TRUE;
    default:
      return FALSE;
    }
}

/* How promotions inside a story open. The first kind never opens a
 * sentence of news; the second can ("Get the vaccine, officials urged"), so
 * it only counts in a short line or one with links. */
static const char *promo_prefixes[] = {
  "Read more", "Read also", "Read next", "Also read", "Read the full", "See also", "Related:", "Related stories",
  "Related articles", "Related coverage", "Related content", "Related reading", "Related topics", "More on this",
  "More from", "More:", "Recommended", "Advertisement", "Sponsored", "Most read", "Most popular",
  "Continue reading", "Supported by", "Skip to", "You may also like", "Don't miss", "Listen to this article",
  /* A feed's credit: "News article provided by World Entertainment News Network" */
  "News article provided by", "Article provided by", "Story provided by", "Content provided by",
  "(This news article provided by", "This news article provided by", NULL,
};
static const char *weak_promo_prefixes[] = {
  "Sign up", "Subscribe", "Follow us", "Follow the", "Click here", "Share this", "Share on", "Watch:", "Watch the",
  "Listen:", "Listen to", "Download the", "Get the", "Join the", "Trending", "Related", "More on", "Tags:",
  "Topics:",
  /* The sections a story is filed in, above or below it ("Category : US
   * (World)", "Filed under: Gardening, Tools"). */
  "Category:", "Category :", "Categories:", "Categories :", "Filed under", NULL,
};
/* Words that open a date line ("Published 3 May", "Last updated …"), not
 * a name; in other languages, a line with a date in it. */
static const char *date_line_words[] = {
  "Published", "Updated", "Posted", "First published", "Last updated", "Last modified", NULL,
};
static const char *foreign_date_line_words[] = {
  "Aktualisiert", "Veröffentlicht", "Publié", "Mis à jour", "Publicado", "Actualizado", NULL,
};
/* Captions that sit in the story's flow instead of a <figcaption>. */
static const char *caption_prefixes[] = {
  "Photo:", "Image:", "Photograph:", "Picture:", "Caption:", "Image caption", "Media caption", "Image source",
  "Video caption", "Pictured:", "Images:", "Photos:", "Photographs:", "Pictures:", "Illustration:",
  "Illustrations:", "Top image:", "Main image:", "Lead image:", "Header image:", "Feature image:", "Photo credit",
  "Image credit", "Main image credit",
  /* German, French, Spanish */
  "Foto:", "Fotos:", "Bild:", "Titelbild:", "Bildnachweis:", "Bildquelle:", "Crédit photo", "Crédits photo",
  "Photo :", "Imagen:", NULL,
};

static const char *picture_credits[] = {
  "Photography by", "Photographs by", "Photos by", "Photo by", "Images by", "Illustration by", "Illustrations by",
  "Pictures by",
  /* "Image used under license from Shutterstock", "Featured image by …":
   * a stock picture's licence or the picture at the top's maker. */
  "Image used under license", "Images used under license", "Image used under licence",
  "Images used under licence", "Image courtesy of", "Images courtesy of", "Photo courtesy of",
  "Photos courtesy of", "Featured image by", "Feature image by", "Cover image by", "Header image by", NULL,
};

/* "The rocket's core stage at the assembly plant. (credit: NASA/J. Doe)":
 * a caption in the story's flow ends with its picture's credit in
 * brackets. */
static gboolean
ends_with_credit (const char *s)
{
  static const char *credits[] = {
    "credit", "photo", "photos", "image", "picture", "illustration", "courtesy", "photograph", "AP Photo", NULL,
  };
  const char *open = strrchr (s, '(');
  const char *close;
  const char *bar = g_strrstr (s, " | ");

  /* "Paris Baguette opened 80 units this year. | Photo by Lisa Jennings",
   * "… at the depot. | Image: Jo Hale": the credit after a bar. */
  if (bar && bar > s && count_words (bar + 3) <= 8 &&
      (starts_with_any_word (bar + 3, picture_credits) || starts_with_any_word (bar + 3, caption_prefixes)))
    return TRUE;
  if (open == NULL || open == s || (close = strchr (open, ')')) == NULL)
    return FALSE;
  for (const char *p = close + 1; *p; p++)
    if (*p != ' ' && *p != '.')
      return FALSE;
  for (guint i = 0; credits[i]; i++)
    {
      gsize n = strlen (credits[i]);

      if (g_ascii_strncasecmp (open + 1, credits[i], n) == 0 &&
          (open[1 + n] == ':' || open[1 + n] == '/' ||
           (open[1 + n] == ' ' && (strchr (open, '/') || strstr (open, " by ") || strstr (open, " of ")))))
        return TRUE;
    }
  return FALSE;
}

/* "(Mike Cason/mcason@al.com)", "(Jo Hale / Valley Echo)": a picture's
 * credit in a paragraph of its own, under its caption. A wire's
 * "(Reporting by … / Editing by …)" is no picture's. */
static gboolean
is_bare_credit (const char *s)
{
  gsize n = strlen (s);
  g_autofree char *inner = NULL;
  const char *slash;
  guint words;

  while (n > 0 && (s[n - 1] == ' ' || s[n - 1] == '.'))
    n--;
  if (n < 5 || s[0] != '(' || s[n - 1] != ')' || memchr (s + 1, '(', n - 2) || memchr (s, ')', n - 1))
    return FALSE;
  inner = g_strndup (s + 1, n - 2);
  words = count_words (inner);
  slash = strchr (inner, '/');
  if (slash == NULL || strchr (slash + 1, '/') || words == 0 || words > 8 || strpbrk (inner, "?!;:\"") ||
      strstr (inner, "eporting") || strstr (inner, "diting") || strstr (inner, "riting") ||
      strstr (inner, "ontribut"))
    return FALSE;
  /* A name before the slash: capitalised words. */
  for (const char *p = inner; p < slash; p++)
    if ((p == inner || p[-1] == ' ') && *p != ' ' && !g_ascii_isupper (*p))
      return FALSE;
  return slash > inner && g_ascii_isupper (inner[0]);
}

static gboolean
is_licence_notice (const char *s)
{
  static const char *these[] = {
    "this article", "this text", "this work", "this post", "this story", "this content", "dieser text",
    "dieser beitrag", "dieser artikel", "dieses werk", "cet article", "ce texte", "este artículo", "este texto", NULL,
  };
  g_autofree char *low = NULL;
  gboolean this = FALSE;

  if (!strstr (s, "CC BY") && !strstr (s, "CC-BY") && !strstr (s, "Creative Commons"))
    return FALSE;
  low = g_utf8_strdown (s, -1);
  if (!strstr (low, "licen") && !strstr (low, "lizenz"))
    return FALSE;
  for (guint i = 0; these[i] && !this; i++)
    this = strstr (low, these[i]) != NULL;
  return this;
}

static gboolean has_any_word (const char        *s,
                              const char * const *words);

/* "Note to readers: if you purchase something through one of our
 * affiliate links we may earn a commission.": the site's disclosure, a
 * notice like a licence's, not the story. */
static gboolean
is_affiliate_notice (const char *s)
{
  static const char *speakers[] = { "we", "us", "our", "I", "my", NULL };
  static const char *pay[] = { "commission", "commissions", "compensated", "compensation", NULL };
  static const char *gets[] = { "earn", "earns", "receive", "receives", "be compensated", NULL };
  static const char *acts[] = { "link", "links", "purchase", "buy", "click", NULL };
  static const char *buying[] = { "buy", "buying", "purchase", "purchases", "purchasing", "shop", "shopping", NULL };
  static const char *links[] = { "link", "links", NULL };
  static const char *supports[] = { "support", "supports", "supporting", NULL };
  g_autofree char *low = g_utf8_strdown (s, -1);

  if (strstr (low, "affiliate link") || strstr (low, "affiliate partner") || strstr (low, "affiliate program"))
    return TRUE;
  /* The site speaks ("we may earn a commission"), quoting no one: "the
   * Commission will receive bids" is news. */
  if (strchr (s, '"') || strstr (s, "\xe2\x80\x9c"))
    return FALSE;
  if ((strstr (low, "we ") || strstr (low, " us ") || strstr (low, "our ")) &&
      (strstr (low, "a commission") || strstr (low, "a small commission") || strstr (low, "a share of")) &&
      (strstr (low, "earn") || strstr (low, "receive")) &&
      (strstr (low, "link") || strstr (low, "purchase") || strstr (low, "buy")))
    return TRUE;
  /* "We earn commissions from links on our site", "If you buy through my
   * links, I may receive a small commission", "We may be compensated when
   * you click on a link": the same disclosure in other words, a blogger's
   * too: the site or the writer paid for what the reader buys or clicks. */
  if (has_any_word (s, speakers) && has_any_word (s, pay) && has_any_word (s, gets) && has_any_word (s, acts))
    return TRUE;
  /* "Buying through links on our site supports our work": what the
   * reader buys through the site's links pays for it. */
  return has_any_word (s, speakers) && has_any_word (s, buying) && strstr (low, " through ") &&
         has_any_word (s, links) && has_any_word (s, supports);
}

/* "CONTINUED 1 | 2 | 3 Next", "Page 1 of 3", "« Previous 1 2 3 Next »":
 * links to a story's other pages, page numbers and the words around them
 * and nothing else. */
static gboolean
is_page_links (const char *s)
{
  static const char *around[] = { "continued", "next", "previous", "prev", "page", "pages", "of", "first", "last",
                                  "more", "go", "to", NULL };
  g_auto(GStrv) tokens = g_strsplit_set (s, " \t\n|·•«»‹›<>()[]:.,", -1);
  gboolean number = FALSE, word = FALSE;

  for (guint i = 0; tokens[i]; i++)
    {
      const char *t = tokens[i];
      gboolean digits = *t != '\0';

      if (*t == '\0')
        continue;
      for (const char *p = t; *p && digits; p++)
        digits = g_ascii_isdigit (*p);
      if (digits)
        number = TRUE;
      else
        {
          gboolean known = FALSE;

          for (guint k = 0; around[k] && !known; k++)
            known = g_ascii_strcasecmp (t, around[k]) == 0;
          if (!known)
            return FALSE;
          word = TRUE;
        }
    }
  return number && word;
}

typedef enum
{
  B_BODY,
  B_DROP,       /* furniture */
  B_BYLINE,
  B_DATE,       /* a "Published" line or a date alone */
  B_CAPTION,
} Verdict;

static Verdict
judge (const Block *b,
       const char  *s,
       char       **date)
{
  guint words = count_words (s);

  *date = NULL;
  if (words == 0)
    return B_DROP;
  /* "___", "* * *": rules and ornaments, no words. */
  {
    gboolean alnum = FALSE;

    for (const char *p = s; *p && !alnum; p = g_utf8_next_char (p))
      alnum = g_unichar_isalnum (g_utf8_get_char (p));
    if (!alnum)
      return B_DROP;
  }
  /* Mostly links and short: a promotion or a list of stories, unless the
   * story introduced the list. */
  if (b->text_len > 0 && b->link_len * 2 > b->text_len && words < 40 && !(b->list_item && b->introduced))
    return B_DROP;
  for (guint i = 0; promo_prefixes[i]; i++)
    if (g_ascii_strncasecmp (s, promo_prefixes[i], strlen (promo_prefixes[i])) == 0 && words <= 30)
      return B_DROP;
  /* "Copyright 2024 The Associated Press. All rights reserved. This
   * material may not be published…": the page's notice, not the story;
   * in brackets too ("(Copyright 2007 by The Associated Press. All Rights
   * Reserved.)"). */
  if ((g_str_has_prefix (s, "©") || starts_with_word (s, "Copyright") || starts_with_word (s, "(Copyright") ||
       g_str_has_prefix (s, "(c)") || strstr (s, "All rights reserved") || strstr (s, "all rights reserved") ||
       strstr (s, "All Rights Reserved")) && words <= 40)
    return B_DROP;
  /* "This article is published under a Creative Commons CC BY 4.0
   * licence.", "Dieser Text wurde veröffentlicht unter der Lizenz
   * CC-BY-NC-ND-4.0-DE.": the text's licence, a notice like the above. */
  if (words <= 40 && is_licence_notice (s))
    return B_DROP;
  if (words <= 60 && is_affiliate_notice (s))
    return B_DROP;
  /* "Linux usability, or why do I bother. © 2002, 2003 Jamie Zawinski": a
   * short line with a copyright sign in it is a heading or a footer. */
  if (strstr (s, "©") && words <= 20)
    return B_DROP;
  /* What a video player or the browser says in the page's place. */
  if (words <= 25)
    {
      static const char *player[] = {
        "video is not available", "video is unavailable", "browser does not support", "browser doesn't support",
        "enable JavaScript", "JavaScript is disabled", "JavaScript is required", "to play this video",
        "media playback is unsupported", "Flash Player", "Flash player", "flash player", "Adobe Flash", NULL,
      };

      for (guint i = 0; player[i]; i++)
        if (strstr (s, player[i]))
          return B_DROP;
    }
  /* "[Get New York Today in your inbox.]": a bracketed line with a link. */
  if ((s[0] == '[' || s[0] == '(') && b->link_len > 0 && words <= 30)
    {
      gsize n = strlen (s);

      while (n > 0 && (s[n - 1] == '.' || s[n - 1] == ' '))
        n--;
      if (n > 0 && (s[n - 1] == ']' || s[n - 1] == ')'))
        return B_DROP;
    }
  for (guint i = 0; weak_promo_prefixes[i]; i++)
    if (g_ascii_strncasecmp (s, weak_promo_prefixes[i], strlen (weak_promo_prefixes[i])) == 0 &&
        ((words <= 12 && !is_terminal (s)) || (b->link_len > 0 && words <= 30)))
      return B_DROP;
  /* The lines in the cells above a story laid out in a table: an ask
   * whose link says "click here" ("News Alerts by Email click here )") and
   * a trail of sections that ends at the home page ("India Sports News |
   * Home"). */
  if (words <= 12 && b->link_len > 0 && strstr (s, "click here"))
    return B_DROP;
  if (words <= 8 && (g_str_has_suffix (s, "| Home") || g_str_has_prefix (s, "Home |")))
    return B_DROP;
  if (words <= 16 && is_page_links (s))
    return B_DROP;
  for (guint i = 0; caption_prefixes[i]; i++)
    if (g_ascii_strncasecmp (s, caption_prefixes[i], strlen (caption_prefixes[i])) == 0 && words <= 60)
      return B_CAPTION;
  if (words <= 60 && ends_with_credit (s))
    return B_CAPTION;
  /* "Photography by Ana Ruiz.", "Illustrations by Tom Brandt": who made
   * the pictures, a credit line like the captions'. */
  if (words <= 16 && starts_with_any_word (s, picture_credits))
    return B_CAPTION;
  if ((starts_with_word (s, "By") || starts_with_word (s, "Written by") || starts_with_word (s, "Reporting by")) &&
      words <= 14 && !is_terminal (s))
    {
      *date = dossier_date_find (s, NULL, NULL);
      return B_BYLINE;
    }
  if (words <= 16 && starts_with_any_word (s, date_line_words))
    {
      *date = dossier_date_find (s, NULL, NULL);
      /* "Updated MacPros and Xserves are shipping immediately.": a
       * sentence of six words or more with no date and no figure in it. */
      if (*date != NULL || words < 6 || !is_terminal (s) || strpbrk (s, "0123456789"))
        return B_DATE;
    }
  /* "Aktualisiert am 07.01.2026 - 18:50 Uhr", "Publié le 3 mai 2024": the
   * same in other languages, with a date in it. */
  if (words <= 16 && starts_with_any_word (s, foreign_date_line_words) &&
      (*date = dossier_date_find (s, NULL, NULL)) != NULL)
    return B_DATE;
  if (words <= 8 && dossier_date_is_only_date (s, date))
    return B_DATE;
  g_clear_pointer (date, g_free);
  /* "Add The Daily Ledger as a preferred source on Google", "Add as a
   * Reliable and Trusted News Source": the button that asks the reader to
   * favour the site in a search engine's news. */
  if (words <= 16 && (starts_with_word (s, "Add") || starts_with_word (s, "Make")) &&
      (strstr (s, "preferred source") || strstr (s, "Preferred Source") || strstr (s, "Trusted News Source") ||
       strstr (s, "trusted news source") || strstr (s, "Trusted Source") || strstr (s, "trusted source")))
    return B_DROP;
  /* "5 min read" */
  if (words <= 4 && (strstr (s, "min read") || strstr (s, "minute read") || strstr (s, "mins read")))
    return B_DROP;
  if (words <= 2 && (g_ascii_strcasecmp (s, "Advertisement") == 0 || g_ascii_strcasecmp (s, "Ad") == 0))
    return B_DROP;
  return B_BODY;
}

/* Whether @s ends like a sentence: a full stop, question or exclamation
 * mark or ellipsis, maybe inside closing quotes or brackets, or before
 * pictographs. */
static gboolean
ends_sentence_mark (const char *s)
{
  const char *p = s + strlen (s);

  while (p > s)
    {
      const char *q = g_utf8_find_prev_char (s, p);
      gunichar c = g_utf8_get_char (q);

      switch (c)
        {
        case ' ': case '"': case '\'': case ')': case ']': case 0x201D: case 0x2019: case 0xBB:
          p = q;
          continue;
        case '.': case '!': case '?': case 0x2026: case 0x3002: case 0xFF01: case 0xFF1F:
          return TRUE;
        default:
          /* "Have fun in Japan! 🇯🇵": pictographs after the sentence (and
           * the joiners and selectors that build them) */
          if (g_unichar_type (c) == G_UNICODE_OTHER_SYMBOL || c == 0x200D || c == 0xFE0F ||
              (c >= 0x1F3FB && c <= 0x1F3FF))
            {
              p = q;
              continue;
            }
          return FALSE;
        }
    }
  return FALSE;
}

/* Whether @s holds @word (ASCII, any case) as a whole word or phrase. */
static gboolean
has_word (const char *s,
          const char *word)
{
  gsize n = strlen (word);

  for (const char *p = s; *p; p++)
    if ((p == s || !g_ascii_isalnum (p[-1])) && g_ascii_strncasecmp (p, word, n) == 0 && !g_ascii_isalnum (p[n]))
      return TRUE;
  return FALSE;
}

/* Whether @s holds one of the NULL-terminated @words (see has_word()). */
static gboolean
has_any_word (const char        *s,
              const char * const *words)
{
  for (guint i = 0; words[i]; i++)
    if (has_word (s, words[i]))
      return TRUE;
  return FALSE;
}

/* An e-mail address: "letters@example.com", and the same written out
 * to keep it from the robots that gather addresses: "letters(at)
 * example.com", "letters [at] example [dot] com". */
static gboolean
has_mail_address (const char *s)
{
  static const char *ats[] = { "(at)", "[at]", "(AT)", "[AT]", NULL };
  static const char *dots[] = { "(dot)", "[dot]", "(DOT)", "[DOT]", NULL };

  for (const char *at = strchr (s, '@'); at; at = strchr (at + 1, '@'))
    if (at > s && g_ascii_isalnum (at[-1]) && g_ascii_isalnum (at[1]))
      for (const char *p = at + 1; g_ascii_isalnum (*p) || *p == '.' || *p == '-'; p++)
        if (*p == '.' && g_ascii_isalpha (p[1]))
          return TRUE;
  for (guint i = 0; ats[i]; i++)
    for (const char *at = strstr (s, ats[i]); at; at = strstr (at + 1, ats[i]))
      {
        const char *p = at + 4;

        /* the name before it, a space at most between */
        if (at == s || !(g_ascii_isalnum (at[-1]) || (at[-1] == ' ' && at - 1 > s && g_ascii_isalnum (at[-2]))))
          continue;
        if (*p == ' ')
          p++;
        if (!g_ascii_isalnum (*p))
          continue;
        for (; *p; p++)
          {
            gboolean dot = FALSE;

            if (*p == '.' && g_ascii_isalpha (p[1]))
              return TRUE;
            for (guint j = 0; dots[j] && !dot; j++)
              dot = strncmp (p, dots[j], 5) == 0 || (*p == ' ' && strncmp (p + 1, dots[j], 5) == 0);
            if (dot)
              return TRUE;
            if (!g_ascii_isalnum (*p) && *p != '-')
              break;
          }
      }
  return FALSE;
}

/* Whether @s quotes someone: a span of more than four words between
 * quotation marks ("…", “…”, «…»). A name in quotation marks ("Hier ist
 * Bayern": the newsletter's) is no quotation. */
static gboolean
has_quotation (const char *s)
{
  const char *open = NULL;

  for (const char *p = s; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      gboolean opening = c == 0x201C || c == 0xAB || c == 0x201E || (c == '"' && open == NULL);
      gboolean closing = c == 0x201D || c == 0xBB || (c == '"' && open != NULL);

      if (closing && open != NULL)
        {
          g_autofree char *inside = g_strndup (open, p - open);

          if (count_words (inside) > 4)
            return TRUE;
          open = NULL;
        }
      else if (opening)
        open = g_utf8_next_char (p);
    }
  /* An open quotation that runs to the end. */
  return open != NULL && count_words (open) > 4;
}

/* "said", "says", "told", "according to": reported speech, the story's
 * words even when they speak to the reader ("Residents can join us, the
 * mayor said"). */
static const char *reported_speech[] = { "said", "says", "told", "according to", NULL };

/* Whether @s quotes someone or reports what they said. */
static gboolean
is_speech (const char *s)
{
  return has_quotation (s) || has_any_word (s, reported_speech);
}

/* "Der Newsletter informiert Sie … in Ihrem Postfach": German's polite
 * "Sie", "Ihnen", "Ihr …", capitalised inside a sentence, speak to the
 * reader; "sie" and "ihr" in lower case, or opening a sentence, may be
 * she, they or her. */
static gboolean
has_polite_address (const char *s)
{
  static const char *polite[] = { "Sie", "Ihnen", "Ihr", "Ihre", "Ihrem", "Ihren", "Ihrer", "Ihres", NULL };

  for (guint i = 0; polite[i]; i++)
    {
      gsize n = strlen (polite[i]);

      for (const char *p = strstr (s, polite[i]); p; p = strstr (p + 1, polite[i]))
        /* After a word or a comma and a space, before no letter. */
        if (p >= s + 2 && p[-1] == ' ' && (g_ascii_isalnum (p[-2]) || p[-2] == ',' || (p[-2] & 0x80)) &&
            !g_ascii_isalpha (p[n]) && !(p[n] & 0x80))
          return TRUE;
    }
  return FALSE;
}

/* "+61 424 767 764", "(212) 555-0100", "0406 843 243": a telephone
 * number, eight digits or more in groups with spaces, dashes, dots or
 * brackets between them and nothing else. Not a run glued to a word or an
 * address ("…/s43016-021-00400-y"), nor a book's or a journal's number
 * ("ISBN 1-86953-776-9"). */
static gboolean
has_phone_number (const char *s)
{
  for (const char *p = s; *p; p++)
    {
      guint digits = 0, groups = 0;
      const char *q = p;
      const char *end = p;
      const char *last = NULL;

      if (!(g_ascii_isdigit (*p) || *p == '+' || *p == '(') || (p > s && g_ascii_isalnum (p[-1])))
        continue;

      while (*end && (g_ascii_isdigit (*end) || *end == ' ' || *end == '-' || *end == '.' || *end == '(' ||
                      *end == ')' || *end == '+'))
        {
          if (g_ascii_isdigit (*end))
            last = end;
          end++;
        }
      if (last == NULL)
        continue;
      if ((p > s && (p[-1] == '/' || p[-1] == '_' || p[-1] == '=' ||
                     ((p[-1] == '-' || p[-1] == '.') && p - 1 > s && g_ascii_isalnum (p[-2])))) ||
          g_ascii_isalpha (last[1]) || last[1] == '/' || last[1] == '_' ||
          ((last[1] == '-' || last[1] == '.') && g_ascii_isalpha (last[2])) ||
          (p - s >= 5 && (g_ascii_strncasecmp (p - 5, "ISBN ", 5) == 0 || g_ascii_strncasecmp (p - 5, "ISSN ", 5) == 0)) ||
          (p - s >= 6 && (g_ascii_strncasecmp (p - 6, "ISBN: ", 6) == 0 || g_ascii_strncasecmp (p - 6, "ISSN: ", 6) == 0)))
        {
          p = end > p ? end - 1 : p;
          continue;
        }
      while (q < end)
        {
          if (g_ascii_isdigit (*q) && (q == p || !g_ascii_isdigit (q[-1])))
            groups++;
          digits += g_ascii_isdigit (*q) != 0;
          q++;
          /* At the end of a group: enough digits for a number (two
           * numbers side by side, "0400 123 456 (+61 400 123 456)", are
           * one run). */
          if (!g_ascii_isdigit (*q) && !g_ascii_isalpha (*q) && digits >= 8 && groups >= 2 && digits <= 15)
            return TRUE;
        }
      if (q > p)
        p = q - 1;
    }
  return FALSE;
}

/* "Thanks to Ana Ruiz for helpful feedback and comments on this post.",
 * "Danke an Jonas Keller für …": the writer thanking the people who
 * helped, by name, the post's own last line, not the site's appeal
 * (its "comments" are the helpers', not the readers'). */
static gboolean
is_acknowledgement (const char *s)
{
  static const char *openers[] = {
    "Thanks to ", "Thank you to ", "Many thanks to ", "Special thanks to ", "With thanks to ", "Thanks also to ",
    "Danke an ", "Vielen Dank an ", "Merci à ", "Gracias a ", "Grazie a ", NULL,
  };

  for (guint i = 0; openers[i]; i++)
    if (g_str_has_prefix (s, openers[i]))
      {
        gunichar c = g_utf8_get_char (s + strlen (openers[i]));

        return g_unichar_isupper (c);
      }
  return FALSE;
}

/* "Like this story? Share it with a friend!", "Sign up for our newsletter
 * to get more in your inbox", "Let us know at tips@example.com", "We are
 * moderating comments": the site speaking to its reader after the story.
 * Only ever asked of the body's last blocks. A quotation or reported
 * speech is the story's. With @contact FALSE, "contact us" and "contact
 * our" are no ask: "Ready to elevate your centre? Contact us today to
 * discuss your project." in a post's own flow is a business's closing
 * line, which answer keys keep; in a box of its own after the post it is
 * the site's (is_business_ask()). */
static gboolean
reader_appeal (const char *s,
               gboolean    contact)
{
  static const char *contacts[] = { "contact us", "contact our", NULL };
  static const char *asks[] = {
    "sign up", "subscribe", "newsletter", "newsletters", "share it", "share this", "follow us", "join our",
    "join us", "let us know", "email us", "e-mail us", "contact the editors",
    "write to us", "comments", "news tip", "have your say",
    "forum", "forums",
    /* "… delivered to your inbox weekly", "Enjoy the post? Pin it for
     * later!": a newsletter's promise, a picture board's save button. */
    "to your inbox", "in your inbox", "pin it", "pin this", "save this pin",
    /* "Like this story? Spread the news by clicking below:" over the
     * share buttons. */
    "spread the word", "spread the news",
    /* "Read our Comment Policy before posting." */
    "comment policy", "commenting policy", "comments policy", "community guidelines",
    /* "Aktuelle Meldungen finden Sie in unserem Liveblog" */
    "liveblog", "live blog", "ticker",
    /* The same in the languages of the pages Dossier reads most after
     * English (a capital letter outside ASCII is spelt out). */
    "suscríbete", "suscribete", "suscríbase", "síguenos", "siguenos", "únete", "Únete", "hazte miembro",
    "abonnieren", "abonniere", "anmelden", "anmeldung", "unterstütze", "unterstützen", "jetzt melden",
    "fehler gefunden", "teile deine", "teilt eure", "teilen sie", "abonnez-vous", "suivez-nous",
    "inscreva-se", "siga-nos", "подпишитесь", "Подпишитесь", "подписывайтесь", "Подписывайтесь", NULL,
  };
  /* Channels a site sends its reader to: an ask only when the site speaks
   * ("our Telegram channel"); a story may name them. */
  static const char *channels[] = { "telegram", "whatsapp", "youtube", NULL };
  /* … or when it says to follow, join or subscribe to one ("dan ikuti
   * WhatsApp channel kami", Indonesian's "follow"). */
  static const char *follow[] = { "follow", "join", "subscribe", "ikuti", "gabung", "bergabung", NULL };
  static const char *pronouns[] = {
    "you", "your", "us", "our", "we", "du", "dich", "dein", "deine", "uns", "unser", "unsere", "unseren", "tu", "tú",
    "te", "nuestro", "nuestra", "nos", "vous", "votre", "nous", "notre", "você", "nosso", "nossa", "нас", "наш",
    "наши", "вас", "ваш", NULL,
  };
  /* "Residents can join us at the hall, the mayor said": reported speech. */
  static const char *speech[] = {
    "said", "says", "told", "according to", "sagte", "dijo", "disse", "сказал", NULL,
  };
  /* "Scan the QR code to download the app", "पढ़ें पूरी खबर … ऐप पर" (read
   * the whole story in the app): the site's app, to get or to read in. */
  static const char *apps[] = { "app", "apps", "ऐप", NULL };
  static const char *app_asks[] = {
    "download", "read", "herunterladen", "lesen", "télécharger", "téléchargez", "descarga", "descargue", "baixe",
    "скачайте", "डाउनलोड", "पढ़ें", "पढ़िए", NULL,
  };
  /* "Pre-order it here", "Hier können Sie sie schon jetzt vorbestellen!":
   * the shop's button for the book, record or issue the story is about,
   * an ask when it points here. */
  static const char *shop[] = {
    "pre-order", "preorder", "buy it", "order it", "order your copy", "get your copy", "vorbestellen",
    "précommander", "preordinare", NULL,
  };
  /* … and plain verbs of buying, when the line also speaks to the reader
   * ("Hier können Sie es bestellen"): "Hier kaufen viele Familien ein"
   * is the story's. */
  static const char *buying[] = { "bestellen", "kaufen", "commander", "comprar", "reservar", "ordinare", NULL };
  static const char *here[] = { "here", "hier", "ici", "aquí", NULL };
  guint words = count_words (s);
  gboolean ask, addressed;

  if (words > 45 || has_quotation (s))
    return FALSE;
  if (has_any_word (s, speech) || is_acknowledgement (s))
    return FALSE;
  addressed = has_any_word (s, pronouns) || has_polite_address (s);
  ask = has_mail_address (s) || has_phone_number (s) || has_any_word (s, asks) ||
        (contact && has_any_word (s, contacts)) || (has_any_word (s, apps) && has_any_word (s, app_asks)) ||
        ((has_any_word (s, shop) || (addressed && has_any_word (s, buying))) && has_any_word (s, here));
  return (ask && (addressed || words <= 12)) ||
         ((addressed || has_any_word (s, follow)) && has_any_word (s, channels));
}

static gboolean
is_reader_appeal (const char *s)
{
  return reader_appeal (s, TRUE);
}

static gboolean
is_bio_of (const char *s,
           const char *name,
           gsize       n)
{
  static const char *verbs[] = { " is ", " was ", " has ", " ist ", " est ", " es ", " writes ", " covers ", NULL };

  if (n < 5)
    return FALSE;
  /* "Korrespondent Ulrich Exner ist …", "Correspondent Ana Ruiz is …",
   * "Der Berliner Imam Ali Demir ist …": up to three words of the
   * writer's job before the name, the first capitalised. */
  if (strncmp (s, name, n) != 0)
    {
      const char *at = s;
      guint k;

      if (!g_unichar_isupper (g_utf8_get_char (s)))
        return FALSE;
      for (k = 0; k < 3; k++)
        {
          const char *sp = strchr (at, ' ');

          if (sp == NULL || sp - at > 20)
            return FALSE;
          at = sp + 1;
          if (strncmp (at, name, n) == 0)
            break;
        }
      if (k == 3)
        return FALSE;
      s = at;
    }
  for (guint i = 0; verbs[i]; i++)
    if (strncmp (s + n, verbs[i], strlen (verbs[i])) == 0)
      return TRUE;
  return FALSE;
}

/* "Ana Ruiz is a reporter in Santiago who covers mining.": a line about
 * the article's author, after the story, is a bio. With several authors
 * ("Ana Ruiz, Tom Brandt and Lea Marx"), a line about one of them, named
 * in full, opens their bios. */
static gboolean
is_author_bio (const char *s,
               const char *byline,
               guint       limit)
{
  g_auto(GStrv) names = NULL;

  if (byline == NULL || count_words (s) > limit * (strchr (byline, ',') || strstr (byline, " and ") ? 2 : 1))
    return FALSE;
  if (is_bio_of (s, byline, strlen (byline)))
    return TRUE;
  if (!strchr (byline, ',') && !strstr (byline, " and "))
    {
      /* "Kaavya is a marketer at …" under "Kaavya Shah": the first name
       * of one writer, a blog's familiar bio (five letters or more). */
      const char *sp = strchr (byline, ' ');

      return sp && !strchr (sp + 1, ' ') && is_bio_of (s, byline, sp - byline);
    }
  names = g_strsplit_set (byline, ",", -1);
  for (guint i = 0; names[i]; i++)
    {
      char *name = g_strstrip (names[i]);
      char *and = strstr (name, " and ");

      if (g_str_has_prefix (name, "and "))
        name += 4;
      /* "Ana Ruiz and Tom Brandt": either. */
      if (and && count_words (and + 5) >= 2 && is_bio_of (s, and + 5, strlen (and + 5)))
        return TRUE;
      if (count_words (name) >= 2 && is_bio_of (s, name, and ? (gsize) (and - name) : strlen (name)))
        return TRUE;
    }
  return FALSE;
}

/* "(Paul Ortiz is an associate attorney at Ortiz & Lee. He advises …)":
 * a note about the writer, in brackets of its own after the story, that
 * opens with a name of two to four capitalised words and says what the
 * person is, in the present. A story's sentence in brackets names no one
 * first. */
static gboolean
is_bracketed_bio (const char *s)
{
  static const char *verbs[] = { " is a ", " is an ", " is the ", " is one of ", " serves as ", NULL };
  const char *p = s + 1;

  if (s[0] != '(' || !(g_str_has_suffix (s, ")") || g_str_has_suffix (s, ").")) || count_words (s) > 120 ||
      is_speech (s))
    return FALSE;
  for (guint names = 1; names <= 4; names++)
    {
      const char *sp = strchr (p, ' ');

      if (!g_unichar_isupper (g_utf8_get_char (p)) || sp == NULL || sp - p > 20)
        return FALSE;
      for (guint i = 0; names >= 2 && verbs[i]; i++)
        if (strncmp (sp, verbs[i], strlen (verbs[i])) == 0)
          return TRUE;
      p = sp + 1;
    }
  return FALSE;
}

/* "If you liked this post you might also like:", "You may also be
 * interested in the following articles:", "If you're looking for more
 * travel tips, check out these articles!": the site sends its reader to
 * its other posts, after the story (the list of them was left out, or
 * follows). */
static gboolean
is_reading_pointer (const char *s)
{
  static const char *pointers[] = {
    "might also like", "may also like", "might also enjoy", "may also enjoy", "might like", "may like",
    "might enjoy", "may enjoy", "may be interested in", "might be interested in", "may also be interested",
    "might also be interested", "might be interesting to you", "may be interesting to you", "check out these",
    "check out our other", "other articles", "other posts", "more articles", "more posts", NULL,
  };
  static const char *reader[] = { "you", "your", NULL };

  if (count_words (s) > 30 || is_speech (s))
    return FALSE;
  return has_any_word (s, pointers) && has_any_word (s, reader);
}

/* "Hi, I'm Ana! Welcome to …", "About the author: Ana Ruiz is a freelance
 * photographer …": the blogger's greeting box, or a bio under its label,
 * after the story, when the page names no byline to match it against
 * (is_author_bio()). A greeting gives a capitalised name; a label is
 * followed by a sentence. */
static gboolean
is_writer_bio (const char *s)
{
  static const char *labels[] = { "About the author:", "About the writer:", NULL };
  static const char *greetings[] = {
    "Hi, I'm ", "Hi, I’m ", "Hey, I'm ", "Hey, I’m ", "Hi there, I'm ", "Hi there, I’m ", NULL,
  };

  if (count_words (s) > 120 || has_quotation (s))
    return FALSE;
  for (guint i = 0; greetings[i]; i++)
    if (g_str_has_prefix (s, greetings[i]) && g_unichar_isupper (g_utf8_get_char (s + strlen (greetings[i]))))
      return TRUE;
  for (guint i = 0; labels[i]; i++)
    if (g_ascii_strncasecmp (s, labels[i], strlen (labels[i])) == 0 && count_words (s) >= 8 &&
        ends_sentence_mark (s))
      return TRUE;
  return FALSE;
}

/* "Catch up on our extensive coverage of the show.", "Read all of our election
 * coverage here", "For more coverage, visit …": the site's pointer to the
 * rest of its reporting on the subject, a last line of twenty words or
 * fewer that opens by sending the reader there. */
static gboolean
is_coverage_pointer (const char *s)
{
  static const char *openers[] = {
    "Catch up on", "Catch up with", "For more", "For full", "For complete", "For all", "For the latest",
    "Read more", "Read our", "Read all", "See our", "See all", "See more", "Follow our", "Follow all",
    "Check out our", "Find more", "Find all", "Get more", "More of our", "Get", "Stay", NULL,
  };
  /* "For more stories like this, check our news page.", "Get live
   * updates on the count": what the opener points to, the site's
   * reporting. */
  static const char *coverage[] = {
    "coverage", "stories like this", "our news", "news page", "updates", NULL,
  };
  /* "Hier finden Sie alle unsere Inhalte zum Thema.", "Retrouvez tous nos
   * articles sur …", "Toda nuestra cobertura de …": the same pointer in
   * German, French, Spanish and Italian, anywhere in a short last block
   * (after a sentence that says what the topic is). */
  static const char *pointers[] = {
    "finden Sie alle", "alle unsere Inhalte", "alle unsere Artikel", "alle unsere Beiträge", "alle Inhalte zum",
    "alle Artikel zum", "alle Beiträge zum", "unsere Berichterstattung", "Retrouvez tous nos",
    "Retrouvez toute notre", "Retrouvez toutes nos", "tous nos articles", "toute notre couverture",
    "toda nuestra cobertura", "todas nuestras noticias", "todas las noticias sobre", "tutti i nostri articoli",
    "tutte le nostre notizie",
    "all our coverage", "all of our coverage", "all our stories", "all of our stories", NULL,
  };

  if (count_words (s) > 25 || has_quotation (s) || is_speech (s))
    return FALSE;
  if (has_any_word (s, pointers))
    return TRUE;
  return count_words (s) <= 20 && starts_with_any_word (s, openers) && has_any_word (s, coverage);
}

/* "Views in this release belong to the company that issued it and do
 * not necessarily reflect those of …": the notice a site that carries
 * press releases puts under each one. Only a release's: a column's "views expressed are the
 * author's own" is the column's (answer keys keep it). */
static gboolean
is_release_notice (const char *s)
{
  static const char *hedges[] = {
    "do not necessarily reflect", "does not necessarily reflect", "not necessarily those of", NULL,
  };
  static const char *releases[] = {
    "this release", "this press release", "this news release", "organization issuing", "organisation issuing",
    "company issuing", NULL,
  };

  return count_words (s) <= 60 && has_any_word (s, hedges) && has_any_word (s, releases);
}

/* "The information on this blog is for informational purposes and should
 * not be considered medical advice.": the site's disclaimer under the
 * story, which it says of every page. */
static gboolean
is_disclaimer (const char *s)
{
  static const char *purposes[] = {
    "for informational purposes", "for information purposes", "for general information", "for general informational",
    "for educational purposes", NULL,
  };
  static const char *hedges[] = {
    "not intended to", "is not intended", "should not be considered", "should not be construed",
    "should not be relied", "should not be used", "does not constitute", "do not constitute", "not a substitute",
    NULL,
  };

  /* "Investing involves risk, including the loss of principal. This is
   * not financial advice.", "Aktien … sind grundsätzlich mit einem Risiko
   * verbunden. Auch ein Totalverlust … kann nicht ausgeschlossen werden":
   * a finance desk's notice under every story on money, in the languages
   * of is_site_notice(). */
  static const char *finance[] = {
    "not financial advice", "not investment advice", "no financial advice", "no investment advice",
    "not a recommendation to buy", "investing involves risk", "investments involve risk", "investing carries risk",
    "keine Anlageberatung", "keine Anlageempfehlung", "keine Kaufempfehlung", "keine Aufforderung zum Kauf",
    "grundsätzlich mit einem Risiko verbunden", "Totalverlust des eingesetzten Kapitals",
    "ne constitue pas un conseil", "ne constitue en aucun cas un conseil", "no constituye asesoramiento",
    "no constituye una recomendación", "non costituisce consulenza", "non costituisce una raccomandazione",
    /* An adviser's regulatory notice: "… is a Registered Investment
     * Adviser. Advisory services are offered through …", "Past
     * performance is no guarantee of future results." */
    "registered investment adviser", "registered investment advisor", "advisory services are offered through",
    "advisory services offered through", "securities offered through", "not FDIC insured",
    "past performance is no guarantee", "past performance is not indicative", "past performance does not guarantee",
    NULL,
  };

  /* Finance notices run long, a list of what the site is licensed for. */
  if (count_words (s) > 150 || is_speech (s))
    return FALSE;
  return (count_words (s) <= 90 && has_any_word (s, hedges) && has_any_word (s, purposes)) ||
         has_any_word (s, finance);
}

/* "This is a breaking news story and will be updated.", "More to
 * follow": the desk's note under a story still being written. */
static gboolean
is_editorial_note (const char *s)
{
  static const char *notes[] = {
    "more to follow", "breaking news story", "breaking story", "breaking new story", "developing story",
    "story is developing", "will be updated", "check back for updates", "check back later", NULL,
  };

  if (count_words (s) > 25 || strchr (s, '"') || strstr (s, "\xe2\x80\x9c"))
    return FALSE;
  return has_any_word (s, notes);
}

/* "김하늘 기자 sky@paper.example", "王明 记者 wang@paper.example": the
 * reporter's sign-off that Korean (and Chinese, Japanese) papers set
 * under the story, a name, the word for reporter or correspondent and a
 * mail address: the byline's, not the story's last line. */
static gboolean
is_reporter_signoff (const char *s)
{
  static const char *reporters[] = { "기자", "특파원", "记者", "記者", "特派員", "特派员", NULL };

  if (count_words (s) > 8 || !has_mail_address (s))
    return FALSE;
  for (guint i = 0; reporters[i]; i++)
    if (strstr (s, reporters[i]))
      return TRUE;
  return FALSE;
}

/* "Every report on the locks since 1990 is in our archive. Click here",
 * "【春の購読キャンペーン】… 詳しくはこちら": a line that ends on
 * its link's "click here" (in English, German, French, Spanish, Japanese)
 * is the site's ask, what comes before it saying where the link goes. */
static gboolean
ends_with_click_here (const Block *b,
                      const char  *s)
{
  static const char *asks[] = {
    "click here", "hier klicken", "cliquez ici", "clic aquí", "pulse aquí", "詳しくはこちら", NULL,
  };
  gsize n = strlen (s);

  if (b->link_len == 0 || count_words (s) > 60)
    return FALSE;
  while (n > 0 && strchr (" .!)>»", s[n - 1]))
    n--;
  for (guint i = 0; asks[i]; i++)
    {
      gsize a = strlen (asks[i]);

      if (n >= a && g_ascii_strncasecmp (s + n - a, asks[i], a) == 0 &&
          (n == a || !g_ascii_isalpha (s[n - a - 1])))
        return TRUE;
    }
  return FALSE;
}

/* "Found a mistake? Select it and press Ctrl+Enter": the site's typo
 * report box (one script many news sites share, in any language), under the
 * story. It names the key chord, so it needs no word list; only a short
 * line is one, and only after the story is it looked at (a how-to page's
 * "press Ctrl+Enter to send" is in its middle). */
static gboolean
is_typo_report_notice (const char *s)
{
  static const char *keys[] = { "ctrl+enter", "ctrl + enter", "ctrl-enter", "ctrl+return", NULL };
  g_autofree char *low = NULL;

  if (count_words (s) > 30)
    return FALSE;
  low = g_ascii_strdown (s, -1);
  for (guint i = 0; keys[i]; i++)
    if (strstr (low, keys[i]))
      return TRUE;
  return FALSE;
}

/* "Sendung: Antenne Nord, 24.04.2024, 15:10 Uhr", "Über dieses Thema
 * berichtete das Radio am 24. März 2023 um 05:20 Uhr.": a broadcaster's
 * note of when its programme carried the story, a date and a time of
 * day after the story, not part of it. */
static gboolean
is_broadcast_line (const char *s)
{
  static const char *programme[] = {
    "sendung", "im programm", "broadcast", "aired", "on air", "émission", "diffusé", "diffusée", "emisión",
    "emitido", NULL,
  };
  g_autofree char *date = NULL;
  gboolean time = FALSE;

  if (count_words (s) > 25 || !has_any_word (s, programme))
    return FALSE;
  /* "15:10", "5:20": a time of day. */
  for (const char *p = strchr (s, ':'); p && !time; p = strchr (p + 1, ':'))
    time = p > s && g_ascii_isdigit (p[-1]) && g_ascii_isdigit (p[1]) && g_ascii_isdigit (p[2]);
  if (!time)
    return FALSE;
  date = dossier_date_find (s, NULL, NULL);
  return date != NULL;
}

/* "Salt: A Life at Sea, by Jo Lee, is out now (Harbour Books, £20)",
 * "Das stille Dorf Ana Ruiz, Kiesel 2025, 220 S., 24 €": the book a
 * review or an interview is about, its publisher and price, in a line
 * after the story. */
static gboolean
is_book_credit (const char *s)
{
  static const char *currencies[] = { "£", "€", "$", NULL };
  static const char *pages[] = { "S.", "pp.", "pages", "Seiten", NULL };
  static const char *out[] = { "out now", "is published by", "ist erschienen", "erschienen bei", NULL };
  gboolean price = FALSE, count = FALSE;

  if (count_words (s) > 40 || ends_sentence_mark (s))
    return FALSE;
  for (guint i = 0; currencies[i] && !price; i++)
    for (const char *p = strstr (s, currencies[i]); p && !price; p = strstr (p + 1, currencies[i]))
      {
        const char *after = p + strlen (currencies[i]);

        /* "£25", "28 €" */
        price = g_ascii_isdigit (*after) || (p >= s + 2 && p[-1] == ' ' && g_ascii_isdigit (p[-2])) ||
                (p > s && g_ascii_isdigit (p[-1]));
      }
  if (!price)
    return FALSE;
  /* "368 S.", "240 pages": the book's length. */
  for (const char *p = s; *p && !count; p++)
    count = g_ascii_isdigit (p[0]) && p[1] == ' ' && starts_with_any_word (p + 2, pages);
  return count || has_any_word (s, out);
}

/* "What do you think? Let us know in the comments.", "Feel free to start
 * below in our comments section.", "Leave a comment and let us know …":
 * the writer's closing question or
 * invitation to the reader, which ends the post; an ask to sign up or
 * subscribe is the site's. */
static gboolean
is_discussion_prompt (const char *s)
{
  static const char *others[] = {
    "sign up", "subscribe", "newsletter", "newsletters", "follow us", "join our", "join us", "share it",
    "share this", NULL,
  };

  if (!(strchr (s, '?') || has_word (s, "below") || has_word (s, "leave a comment")) ||
      !(has_word (s, "let us know") || has_word (s, "comments") || has_word (s, "comment")))
    return FALSE;
  return !has_any_word (s, others);
}

/* "Comments", "Also in Travel News", "More from Sport", "Top stories":
 * a label that names another part of the page than the story (its
 * readers' comments, other stories). */
static gboolean
names_other_section (const char *s)
{
  static const char *sections[] = {
    "comment", "comments", "have your say", "your say", "what you think", "speak up", "discussion", "related",
    "also in", "more from", "more in", "more on", "more stories", "more news", "other stories", "other news",
    "headlines", "top stories", "latest stories", "latest news", "most read", "most popular", "most viewed",
    "most emailed", "recommended", "you may also like", "you might also like", "from around the web",
    "advertising links", "sponsored links", "previous story", "next story",
    /* The same in the languages of the pages Dossier reads most after
     * English (a capital letter outside ASCII is spelt out). */
    "lesen sie auch", "lies auch", "mehr zum thema", "auch interessant", "sie auch interessieren",
    "dich auch interessieren", "weitere artikel", "weitere beiträge", "ähnliche artikel", "kommentare",
    "lire aussi", "à lire aussi", "À lire aussi", "sur le même sujet", "commentaires", "leer más", "lee también",
    "te puede interesar", "noticias relacionadas", "comentarios", "leia também", "veja também", "comentários",
    "leggi anche", "commenti", "czytaj też", "czytaj także", "zobacz też", "komentarze", "читайте также",
    "Читайте также", "комментарии", "Комментарии", NULL,
  };

  return has_any_word (s, sections);
}

/* "The following are comments from the readers. In no way do they
 * represent the view of …", "Comments are moderated.": the site's note
 * over its readers' comments. */
static gboolean
introduces_comments (const char *s)
{
  static const char *readers[] = { "reader", "readers", "readers'", "moderated", "commenters", NULL };

  return count_words (s) <= 40 && (has_word (s, "comments") || has_word (s, "comment")) &&
         has_any_word (s, readers) && !strchr (s, '"') && !strstr (s, "\xe2\x80\x9c");
}

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
 * the story (a writer's bio box), not the story's next paragraph. */
static gboolean
outside_story (Ctx       *c,
               GPtrArray *kept,
               guint      at)
{
  guint in = block_container (c, g_ptr_array_index (kept, at));

  for (guint k = at; k-- > 0;)
    {
      Block *y = g_ptr_array_index (kept, k);

      if (!y->heading && count_words (y->str) >= 10)
        return block_container (c, y) != in;
    }
  return FALSE;
}

/* "There are currently no comments for this entry.", "Be the first to
 * comment!", "Post a comment", "Noch keine Kommentare": the line under a
 * "Comments" label that says the box below is the readers' (empty, or a
 * form), whatever element holds it. */
static gboolean
is_comment_box_line (const char *s)
{
  static const char *boxes[] = {
    "no comments", "no comments yet", "be the first to comment", "post a comment", "leave a comment",
    "add a comment", "write a comment", "add your comment", "post your comment", "sign in to comment",
    "log in to comment", "keine Kommentare", "noch keine Kommentare", "Kommentar schreiben",
    "aucun commentaire", "premier à commenter", "no hay comentarios", "primero en comentar",
    "deja un comentario", "nenhum comentário", NULL,
  };

  return count_words (s) <= 15 && has_any_word (s, boxes) && !strchr (s, '"') && !strstr (s, "\xe2\x80\x9c");
}

/* "Comments are now closed for this story", "Thanks for your comments -
 * this feedback is now closed": the readers' box says it takes no more,
 * over the comments it took. */
static gboolean
closes_comments (const char *s)
{
  static const char *comments[] = { "comment", "comments", "commenting", "feedback", NULL };
  static const char *closed[] = { "closed", "now closed", "disabled", "no longer accepting", NULL };

  return count_words (s) <= 15 && has_any_word (s, comments) && has_any_word (s, closed) && !strchr (s, '"') &&
         !strstr (s, "\xe2\x80\x9c");
}

/* A label's word for the readers' comments, in the languages of
 * is_comment_box_line(). */
static const char *comment_labels[] = {
  "comments", "comment", "Kommentare", "commentaires", "comentarios", NULL,
};

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

static const char *navigation_previous[] = {
  "Previous:", "Previous post", "Previous story", "Previous entry", "« Previous", NULL,
};
static const char *navigation_next[] = { "Next:", "Next post", "Next story", "Next entry", "Next »", NULL };

/* The links to the stories on either side of this one, opening a box
 * with their titles and blurbs: "Next article", "« Previous Auto News". */
static const char *neighbour_links[] = { "Next", "Previous", "Prev", "Nächster", "Vorheriger", "Suivant", "Précédent", "Siguiente", "Anterior", NULL };

/* Where the first of @words stands in @s, or NULL. */
static const char *
earliest_of (const char         *s,
             const char * const *words)
{
  const char *first = NULL;

  for (guint i = 0; words[i]; i++)
    {
      const char *p = strstr (s, words[i]);

      if (p && (first == NULL || p < first))
        first = p;
    }
  return first;
}

/* "Previous: Out on a High Note | Next: New Year, New Low for Bush",
 * "« Previous post … Next post »": links to the blog's posts on either
 * side of this one, under it. */
static gboolean
is_post_navigation (const char *s)
{
  if (count_words (s) > 40)
    return FALSE;
  return earliest_of (s, navigation_previous) != NULL && earliest_of (s, navigation_next) != NULL;
}

/* "(Rated R)", "Rated PG-13 for language": a film review's last line, the
 * film's rating, which is the review's, however short. */
static gboolean
is_film_rating (const char *s)
{
  static const char *ratings[] = { "G", "PG", "PG-13", "R", "NC-17", NULL };

  if (*s == '(')
    s++;
  if (!g_str_has_prefix (s, "Rated "))
    return FALSE;
  s += strlen ("Rated ");
  for (guint i = 0; ratings[i]; i++)
    {
      gsize n = strlen (ratings[i]);

      if (strncmp (s, ratings[i], n) == 0 && (s[n] == '\0' || s[n] == ')' || s[n] == ' ' || s[n] == '.' ||
                                              s[n] == ','))
        return TRUE;
    }
  return FALSE;
}

/* "[Ibn Kathir, Tafsir, p. 41]", "[Letters, vol. 2, 118]": the source of
 * the quotation above it, in square brackets with a page or a number, is
 * the quotation's, however short: no label of a box left out. */
static gboolean
is_bracketed_citation (const char *s,
                       const char *before)
{
  gsize n = strlen (s);

  if (n < 3 || s[0] != '[' || s[n - 1] != ']' || count_words (s) > 12 || before == NULL)
    return FALSE;
  if (strcspn (s, "0123456789") == n)
    return FALSE;
  return strchr (before, '"') || strstr (before, "\xe2\x80\x9c") || strstr (before, "\xe2\x80\x9d") ||
         strstr (before, "\xc2\xbb");
}

/* "Love and light, Autumn", "Annette xxx", "Cheers, Tom": a blogger's
 * farewell under the post, a few words with a name and no full stop, is
 * the post's last line, not a label. */
static gboolean
is_sign_off (const char *s)
{
  static const char *farewells[] = {
    "Love", "Lots of love", "Cheers", "Warmly", "Hugs", "Much love", "Until next time", "Xo", "XO", "Xoxo", "XOXO",
    NULL,
  };
  static const char *kisses[] = { " xx", " xxx", " xo", " xoxo", " XO", " XOXO", NULL };
  gsize n = strlen (s);

  if (count_words (s) > 5 || n == 0)
    return FALSE;
  for (guint i = 0; kisses[i]; i++)
    if (g_str_has_suffix (s, kisses[i]) && n > strlen (kisses[i]) &&
        g_unichar_isupper (g_utf8_get_char (s)))
      return TRUE;
  for (guint i = 0; farewells[i]; i++)
    {
      gsize k = strlen (farewells[i]);

      if (strncmp (s, farewells[i], k) == 0 && (s[k] == ',' || (s[k] == ' ' && strchr (s + k, ','))))
        return TRUE;
    }
  return FALSE;
}

/* "JS", "Anna", "Mark D." under a post by Anna Mark Dee, John Smith: each
 * word of s (its marks left out) a word of the byline or its initial, or
 * s the byline's initials. */
static gboolean
signs_byline (const char *s,
              const char *byline)
{
  g_auto (GStrv) names = NULL;
  g_autoptr (GString) initials = g_string_new (NULL);
  g_auto (GStrv) parts = NULL;
  guint matched = 0, n = 0;

  while (*s && !g_unichar_isalpha (g_utf8_get_char (s)))
    s = g_utf8_next_char (s);
  names = g_strsplit_set (byline, " ,;", -1);
  for (guint i = 0; names[i]; i++)
    if (g_ascii_isupper (names[i][0]))
      g_string_append_c (initials, names[i][0]);
  if (initials->len >= 2 && g_strcmp0 (s, initials->str) == 0)
    return TRUE;
  parts = g_strsplit (s, " ", -1);
  for (guint i = 0; parts[i]; i++)
    {
      gsize k = strlen (parts[i]);
      gboolean found = FALSE;

      if (k == 0)
        continue;
      n++;
      while (k > 0 && parts[i][k - 1] == '.')
        k--;
      for (guint j = 0; names[j] && !found && k > 0; j++)
        found = (k == 1 && names[j][0] == parts[i][0]) ||
                (strlen (names[j]) == k && g_ascii_strncasecmp (names[j], parts[i], k) == 0);
      matched += found;
    }
  return n > 0 && matched == n;
}

/* "— JS", "~ Anna", "<3 Myles Katherine", and "Autumn" under "Love and
 * light,": the writer's name or initials alone under the post, after a
 * dash, a tilde or a heart, or under a farewell (is_sign_off(), "Best
 * wishes,"), are the post's last line, not a label. One to three words,
 * each with a capital first and only letters, dots, hyphens and
 * apostrophes after it; after a mark, the byline's ("JS" for John Smith,
 * "Anna", "Mark D."), not a wire's "— AP". */
static gboolean
is_signature (const char *s,
              const char *before,
              const char *byline)
{
  const char *p = s;
  gboolean mark = FALSE;
  guint words = 0;

  if (strlen (s) > 48)
    return FALSE;
  for (;;)
    {
      gunichar ch = g_utf8_get_char (p);
      GUnicodeType t = g_unichar_type (ch);

      if (g_str_has_prefix (p, "<3"))
        {
          p += 2;
          mark = TRUE;
        }
      else if (ch == ' ')
        p++;
      else if (g_unichar_ispunct (ch) || t == G_UNICODE_OTHER_SYMBOL || t == G_UNICODE_MATH_SYMBOL)
        {
          mark = TRUE;
          p = g_utf8_next_char (p);
        }
      else
        break;
    }
  while (*p)
    {
      if (!g_unichar_isupper (g_utf8_get_char (p)) || ++words > 3)
        return FALSE;
      for (p = g_utf8_next_char (p); *p && *p != ' '; p = g_utf8_next_char (p))
        {
          gunichar ch = g_utf8_get_char (p);

          if (!g_unichar_isalpha (ch) && ch != '.' && ch != '-' && ch != '\'' && ch != 0x2019)
            return FALSE;
          /* "- Anzeige -", "Anzeige-": an advertisement's label. */
          if (ch == '-' && (p[1] == ' ' || p[1] == '\0'))
            return FALSE;
        }
      while (*p == ' ')
        p++;
    }
  if (words == 0)
    return FALSE;
  /* After a mark, the byline's name or initials: "- Reuters", "— AP"
   * are the wire's. */
  if (mark)
    return byline && signs_byline (s, byline);
  if (before == NULL)
    return FALSE;
  {
    gsize n = strlen (before);

    while (n > 0 && before[n - 1] == ' ')
      n--;
    return is_sign_off (before) || (n > 0 && before[n - 1] == ',' && count_words (before) <= 6);
  }
}

/* "Cuche was second, 0.65 seconds back. Previous story: Sunflashes Next
 * story: …": an old template's <p> left open takes in the links to the
 * next and previous stories after it, as a browser does. The offset where
 * those links start, when a sentence of six words or more ends before
 * them, or 0. */
static gsize
glued_navigation_start (const char *s)
{
  g_autofree char *head = NULL;
  const char *previous = earliest_of (s, navigation_previous);
  const char *next = earliest_of (s, navigation_next);
  const char *first = previous && (next == NULL || previous < next) ? previous : next;
  gsize n;

  if (first == NULL)
    return 0;
  n = first - s;
  while (n > 0 && g_ascii_isspace (s[n - 1]))
    n--;
  head = g_strndup (s, n);
  if (!ends_sentence_mark (head) || count_words (head) < 6 || !is_post_navigation (first))
    return 0;
  return n;
}

static const char *production_credits[] = {
  "Additional editing", "Additional production", "Edited by", "Produced by", "Production by", "Design by",
  "Designed by", "Graphics by", "Development by", "Data by", "Research by", "Interactive design", "Video by",
  "Editing by", "Photo editing", "Copy editing", NULL,
};

/* "Redaktion: Anna Berg, Jonas Keller Faktencheck: Anna Berg", "(责编：
 * 王明)": the desk's credits under labels, names and nothing else. */
static gboolean
is_credit_labels (const char *s)
{
  static const char *labels[] = {
    "Redaktion", "Faktencheck", "Recherche", "Mitarbeit", "Schlussredaktion", "Lektorat", "Korrektorat", "Grafik",
    "Grafiken", "Gestaltung", "Rédaction", "Edición", "Redacción", "Fact-checking", "Fact check", "Fact-check",
    /* "Übersetzung: Ana Ruiz, Redaktion: …": the translator first. */
    "Übersetzung", "Translation", "Traduction", "Traducción", "Traduzione",
    "责编", "责任编辑", NULL,
  };
  static const char *joiners[] = { "und", "and", "et", "y", "von", "van", "de", "del", "la", "le", NULL };
  g_auto(GStrv) words = NULL;
  guint i;

  if (*s == '(')
    s++;
  else if (g_str_has_prefix (s, "\xef\xbc\x88")) /* （ */
    s += 3;
  for (i = 0; labels[i]; i++)
    {
      gsize n = strlen (labels[i]);

      if (strncmp (s, labels[i], n) == 0 &&
          (s[n] == ':' || g_str_has_prefix (s + n, " :") || g_str_has_prefix (s + n, "\xef\xbc\x9a"))) /* ： */
        break;
    }
  if (labels[i] == NULL || count_words (s) > 20 || ends_sentence_mark (s))
    return FALSE;
  /* Names: capitalised words, labels and joiners ("Anna Berg und Jonas
   * Keller"). */
  words = g_strsplit_set (s, " \n", -1);
  for (guint k = 1; words[k]; k++)
    if (g_ascii_islower (words[k][0]) && !g_strv_contains (joiners, words[k]))
      return FALSE;
  return TRUE;
}

/* Whether @s is names and nothing else: up to eight capitalised words
 * and joiners, no full stop or colon ("Ana Ruiz and Tom Brandt"). */
static gboolean
is_names_only (const char *s)
{
  static const char *joiners[] = { "und", "and", "et", "y", "e", "von", "van", "de", "del", "la", "le", "di", "da", NULL };
  g_auto(GStrv) words = g_strsplit_set (s, " \n", -1);
  guint n = 0;

  for (guint k = 0; words[k]; k++)
    {
      const char *w = words[k];

      if (*w == '\0')
        continue;
      if (n++ >= 8 || strchr (w, '.') != NULL || strchr (w, ':') != NULL ||
          (!g_unichar_isupper (g_utf8_get_char (w)) && !g_strv_contains (joiners, w)))
        return FALSE;
    }
  return n > 0;
}

/* "Aus dem Englischen von Ana Ruiz", "Translated from the French by Tom
 * Brandt", "Traduit de l'anglais par …", "Traducido del inglés por …",
 * "Tradotto dall'inglese da …": who translated the piece, a credit under
 * it like a contributor's: a capitalised name after "by" ("von", "par"
 * …) among its first seven words; a syndication's copyright may follow
 * in the same line. */
static gboolean
is_translation_credit (const char *s)
{
  static const char *openers[] = {
    "Translated", "Translation by", "Übersetzt", "Übersetzung von", "Traduit", "Traduction de", "Traducido",
    "Traducción de", "Tradotto", "Traduzione di", NULL,
  };
  static const char *bys[] = { " by ", " von ", " par ", " por ", " da ", " di ", NULL };
  const char *by = NULL;

  if (count_words (s) > 20 || has_quotation (s))
    return FALSE;
  /* "Aus dem Englischen von …", "Aus dem Amerikanischen übersetzt von
   * …": a language's name in the dative. */
  if (starts_with_word (s, "Aus dem"))
    {
      const char *lang = s + strlen ("Aus dem ");
      const char *end = strchr (lang, ' ');

      if (end == NULL || end - lang < 8 || strncmp (end - 6, "ischen", 6) != 0)
        return FALSE;
    }
  else if (!starts_with_any_word (s, openers))
    return FALSE;
  for (guint i = 0; bys[i] && by == NULL; i++)
    by = strstr (s, bys[i]);
  if (by == NULL || count_words (s) - count_words (by) > 6)
    return FALSE;
  by = strchr (by + 1, ' ') + 1;
  return g_unichar_isupper (g_utf8_get_char (by));
}

/* "Ana Ruiz contributed reporting from Santiago.", "Associated Press
 * writers Tom Brandt and Ana Ruiz contributed to this report.",
 * "Additional reporting by Ana Ruiz": who else worked on the story, in
 * a line of its own. */
static gboolean
is_contributor_credit (const char *s)
{
  static const char *objects[] = {
    "reporting", "to this report", "to this story", "to this article", "to the report", "to this post",
    "to this content", "to this piece", "to this guide", "additional reporting", "research", NULL,
  };
  const char *p;
  gboolean mark;
  gsize n = strlen (s);

  while (n > 0 && g_ascii_isspace (s[n - 1]))
    n--;
  mark = ends_sentence_mark (s);
  if (count_words (s) > 40)
    return FALSE;
  /* "– additional reporting by Ana Ruiz", "* Reporting by …": a dash or a
   * bullet before the credit. */
  while ((*s == '-' || *s == '*' || g_str_has_prefix (s, "–") || g_str_has_prefix (s, "—") ||
          g_str_has_prefix (s, "•")) && count_words (s) > 1)
    {
      s = g_utf8_next_char (s);
      while (*s == ' ')
        s++;
      n = strlen (s);
      while (n > 0 && g_ascii_isspace (s[n - 1]))
        n--;
    }
  if (is_credit_labels (s) || is_translation_credit (s))
    return TRUE;
  /* "With agency reporting.", "Mit Agenturmaterial.": the wires' part. */
  if (count_words (s) <= 6 && (starts_with_word (s, "With agency") || starts_with_word (s, "With wire") ||
                               starts_with_word (s, "Mit Agenturmaterial") || starts_with_word (s, "Mit Material")))
    return TRUE;
  /* "Writing by Ana Ruiz; Editing by Tom Brandt", "With reporting by
   * Associated Press writer Lea Marx", and "Reporting by …; Editing by …"
   * too long for a byline (several reporters and places): the desk's
   * credits. */
  /* "Additional editing and production by …", "Produced by …", "Graphics
   * by …": who else made the piece. */
  if (count_words (s) <= 30 && starts_with_any_word (s, production_credits) && (p = strstr (s, " by ")) != NULL &&
      g_unichar_isupper (g_utf8_get_char (p + 4)))
    return TRUE;
  if (((starts_with_word (s, "Writing by") || starts_with_word (s, "Reporting by")) && strstr (s, "diting by")) ||
      starts_with_word (s, "With reporting by") ||
      starts_with_word (s, "With additional reporting by"))
    return TRUE;
  /* With no full stop, only names after "by": "Additional reporting by
   * Ana Ruiz", not the heading of a section about it. */
  if (starts_with_word (s, "Additional reporting by") || g_str_has_prefix (s, "Contributing:"))
    return mark || starts_with_word (s, "Contributing") ||
           is_names_only (s + strlen ("Additional reporting by"));
  /* With no full stop, the credit is the line's last words ("… and Emily
   * Jane Fox contributed to this report"), not a heading. */
  for (p = strstr (s, "contributed "); p; p = strstr (p + 1, "contributed "))
    for (guint i = 0; objects[i]; i++)
      {
        gsize o = strlen (objects[i]);
        const char *q = p + strlen ("contributed ");

        if (g_ascii_strncasecmp (q, objects[i], o) == 0 && (mark || (gsize) (q + o - s) == n))
          return TRUE;
      }
  return FALSE;
}

/* "Jo Lee's book about the sea, \"Salt\", is out now. Follow her on Twitter
 * @jolee. Follow us on Facebook.": a block whose last sentence sends the
 * reader to the site's or the writer's social accounts is the site's
 * voice (a bio, a welcome), quotation marks or not. */
static gboolean
is_social_appeal (const char *s)
{
  const char *last = s, *ask, *p;

  if (count_words (s) > 60 || has_word (s, "said") || has_word (s, "says") || has_word (s, "told"))
    return FALSE;
  /* The last sentence: after the last ". " (or "! ", "? ") before the end. */
  for (p = s; *p; p++)
    if ((*p == '.' || *p == '!' || *p == '?') && p[1] == ' ' && p[2] != '\0')
      last = p + 2;
  while (*last == ' ')
    last++;
  /* "On Twitter: Follow Ana Ruiz …": a label before the ask. */
  ask = last;
  {
    const char *colon = strchr (last, ':');

    if (colon && colon - last < 24 && colon[1] == ' ')
      {
        g_autofree char *label = g_strndup (last, colon - last);

        if (count_words (label) <= 3)
          ask = colon + 2;
      }
  }
  return starts_with_word (ask, "Follow") &&
         (has_word (last, "Twitter") || has_word (last, "Facebook") || has_word (last, "Instagram") ||
          has_word (last, "X") || has_word (last, "LinkedIn") || has_word (last, "Threads") ||
          has_word (last, "Pinterest") || has_word (last, "TikTok") || has_word (last, "Bluesky"));
}

/* "The full article contains 283 words and appears in … newspaper.": a
 * line that gives the length of the article in words is the site's note
 * on a text it shows only in part, not the story. */
static gboolean
counts_article_words (const char *s)
{
  static const char *articles[] = { "article", "story", "report", NULL };

  if (!has_any_word (s, articles))
    return FALSE;
  for (const char *p = strstr (s, " words"); p; p = strstr (p + 1, " words"))
    {
      const char *q = p;

      while (q > s && (g_ascii_isdigit (q[-1]) || q[-1] == ','))
        q--;
      if (q < p && (q == s || q[-1] == ' '))
        return TRUE;
    }
  return FALSE;
}

/* "Source: United Nations", "Sources: The Jamestown Foundation, Reddiff
 * News": where the text came from, a line after the story like a
 * picture's credit. */
static gboolean
is_source_line (const char *s)
{
  static const char *labels[] = { "Source:", "Sources:", "Source :", "Sources :", "Quelle:", "Quellen:", "Fuente:", NULL };

  if (count_words (s) > 12 || is_terminal (s))
    return FALSE;
  for (guint i = 0; labels[i]; i++)
    if (g_str_has_prefix (s, labels[i]))
      return TRUE;
  return FALSE;
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

/* A newsletter's box, named or asked for, in the languages of
 * is_reader_appeal(). */
static const char *signup_words[] = {
  "newsletter", "newsletters", "sign up", "subscribe", "abonnieren", "abonnez-vous", "inscrivez-vous", "suscríbete",
  "iscriviti", NULL,
};

/* Whether the last @n blocks of @kept name sources ("Landtag, hearing
 * statements", "Own interviews"): six words or fewer each, no sentence,
 * no address and no colon. A reference list ("Report 2016:
 * https://…", a paper's full citation) is the text's, which answer keys
 * keep. */
static gboolean
are_source_names (GPtrArray *kept,
                  guint      n)
{
  for (guint j = kept->len - n; j < kept->len; j++)
    {
      const char *t = ((Block *) g_ptr_array_index (kept, j))->str;

      if (count_words (t) > 6 || strchr (t, ':') || strstr (t, "http") || strstr (t, "www.") ||
          ends_sentence_mark (t))
        return FALSE;
    }
  return TRUE;
}

/* "Quellen:", "Sources", "Unsere Quellen:": a label over the list of
 * where the story came from, a line of its own. */
static gboolean
is_sources_label (const char *s)
{
  static const char *labels[] = {
    "Source", "Sources", "Our sources", "Quelle", "Quellen", "Unsere Quellen", "Fuente", "Fuentes", "Fonte",
    "Fonti", NULL,
  };

  return is_label_line (s, labels);
}

/* "Accuracy and availability of NPR transcripts may vary. Transcript text
 * may be revised …", "This is a rush transcript. This copy may not be in
 * its final form.", "This transcript was generated automatically and may
 * contain errors.": a broadcaster's note on the transcript above, not
 * the last thing said in it. */
static gboolean
is_transcript_notice (const char *s)
{
  static const char *transcript[] = { "transcript", "transcripts", "transcription", NULL };
  static const char *caveats[] = {
    "may vary", "may be revised", "may be updated", "final form", "rush transcript", "rush deadline",
    "authoritative record", "may contain errors", "generated automatically", "automatically generated",
    "computer-generated", "machine-generated", NULL,
  };

  return count_words (s) <= 80 && has_any_word (s, transcript) && has_any_word (s, caveats);
}

/* "Please consider making a contribution today", "If you buy through our
 * affiliate links we may earn a commission", "… view your options in our
 * Privacy Policy": the site's notice to its reader (an appeal for money,
 * a disclosure), after the story. Quotations and reported speech
 * are the story's. */
static gboolean
is_site_notice (const char *s)
{
  static const char *notices[] = {
    "privacy policy", "advertiser", "advertisers", "affiliate link", "affiliate links",
    "earn a commission", "receive a commission", "earn a small commission", NULL,
  };
  /* "The Motley Fool owns shares of … and has a disclosure policy.",
   * "Comcast is a minority investor in Vox Media, which owns this site.":
   * who owns what, disclosed after the story. */
  static const char *holdings[] = {
    "disclosure policy", "which owns this site", "owns this site", "owns this publication",
    /* "The BBC is not responsible for the content of external sites." */
    "not responsible for the content of external",
    /* "Capital ist eine Partnermarke des stern …", "… is a sister
     * publication of …": a brand of the same house, whose piece this
     * site shows, in a box after it. */
    "is a partner brand", "is a sister publication", "is a sister brand", "is a sister title",
    "ist eine Partnermarke", "ist eine Schwestermarke", "ist ein Partnerportal", "est une marque partenaire",
    "es una marca asociada", NULL,
  };
  /* "News Corp. owns Dow Jones & Co., publisher of The Wall Street
   * Journal.", "Comcast owns NBCUniversal, the parent company of …": the
   * owner of the site, named in a line of its own. */
  static const char *owned[] = { "publisher of", "parent company of", "the parent of", "which publishes", NULL };
  /* "This material may not be published, broadcast, rewritten or
   * redistributed.", "… is not responsible or liable to you for the
   * same.": the rights to the text and the site's disclaimer. */
  static const char *rights[] = {
    "may not be published", "may not be reproduced", "may not be republished", "may not be redistributed",
    "not responsible or liable",
    /* "Any copying, republication or redistribution of … content is
     * expressly prohibited without the prior written consent of …": the
     * wire's notice is longer than a copyright line. */
    "expressly prohibited", "prior written consent", "prior written permission", "express written permission",
    "express written consent",
    /* The same in German, French, Spanish and Italian ("Alle Rechte
     * vorbehalten. Nachdruck nur mit Genehmigung", "Tous droits réservés",
     * "Riproduzione riservata"). */
    "Alle Rechte vorbehalten", "Nachdruck nur mit", "Tous droits réservés", "Toute reproduction",
    "reproduction interdite", "Todos los derechos reservados", "Prohibida su reproducción",
    "Prohibida la reproducción", "Riproduzione riservata", NULL,
  };
  static const char *money[] = { "contribution", "contributions", "donate", "donation", "donations", NULL };
  static const char *asking[] = { "please", "you", "your", NULL };
  static const char *reader[] = { "you", "your", NULL };

  if (count_words (s) > 90 || strchr (s, '"') || strstr (s, "\xe2\x80\x9c") || strstr (s, "\xe2\x80\x9d") ||
      has_any_word (s, reported_speech))
    return FALSE;
  if (has_any_word (s, notices) && has_any_word (s, reader))
    return TRUE;
  if (has_any_word (s, holdings) || has_any_word (s, rights) || counts_article_words (s) ||
      is_transcript_notice (s))
    return TRUE;
  if (count_words (s) <= 25 && (has_word (s, "owns") || has_word (s, "is owned by")) && has_any_word (s, owned))
    return TRUE;
  /* "If you found the reporting above valuable, please consider making a
   * donation to support it. Your gift pays for …": a newsroom's ask that
   * names neither "our" nor "us", but asks the reader in so many words. */
  if (has_any_word (s, money) && has_word (s, "please consider") && has_any_word (s, reader))
    return TRUE;
  return has_any_word (s, money) && has_any_word (s, asking) && (has_word (s, "our") || has_word (s, "us"));
}

/* "To contact the reporter on this story: Ana Ruiz in Paris at
 * aruiz@example.com", "Write to him at ana@example.com", "Readers can
 * mail me at …": a short line with an e-mail address or a telephone
 * number after the story is how to reach the writer or the desk. */
static gboolean
is_contact_line (const char *s)
{

  if (count_words (s) > 30 || is_speech (s))
    return FALSE;
  return has_mail_address (s);
}

/* "Send us your feedback!", "Subscribe to this news alert service …",
 * "Came straight to this page? Visit www.example.com for all the latest
 * news.", "Did you enjoy this article? Please bookmark it", "Want to use
 * code from this post? Check out the license.", "Click here to …" (in
 * German, French, Spanish, Italian too): the site
 * telling its reader what to do next, in a short line that opens with
 * the verb (after a question to the reader, if any). */
static gboolean
is_imperative_ask (const char *s)
{
  static const char *verbs[] = {
    "subscribe", "send", "visit", "bookmark", "click", "register", "sign up", "share", "follow", "join",
    "download", "email", "e-mail", "submit", "tell us", "check out", "please bookmark", "please send", "please share",
    "please visit", "please click", "please email", "please post", "please note", NULL,
  };
  static const char *click_here[] = {
    "click here", "please click here", "klicken Sie hier", "hier klicken", "cliquez ici", "haga clic aquí",
    "haz clic aquí", "pulse aquí", "clicca qui", NULL,
  };
  const char *p = s;

  if (count_words (s) > 30 || is_speech (s))
    return FALSE;
  /* "• Have a view …", "» Subscribe": a bullet first. */
  while (*p && (*p == ' ' || g_unichar_ispunct (g_utf8_get_char (p))))
    p = g_utf8_next_char (p);
  /* A question to the reader first: "Came straight to this page?". */
  {
    const char *q = strchr (p, '?');

    if (q && q[1] == ' ' && count_words (q) > 1 && count_words (p) - count_words (q) <= 10)
      p = q + 2;
  }
  /* "Klicken Sie hier, um weitere Nachrichten zu finden:", "Cliquez ici
   * pour …": a line that opens by sending the reader to a link is the
   * page's, whatever it points to. */
  if (starts_with_any_word (p, click_here))
    return TRUE;
  return starts_with_any_word (p, verbs) && (has_word (s, "us") || has_word (s, "our") || has_word (s, "your") ||
                                              has_word (s, "this") || strstr (s, "www.") || strstr (s, "http"));
}

/* "Ready to get started? Book a free demo today.", "If you need help with
 * your strategy, connect with one of our experts.", "Sign up for free and
 * start shopping": a business's call to action under its post, an offer
 * (which needs no reader named) or a way to reach it (said to the reader).
 * Answer keys keep such a line as often as not when it is one more
 * paragraph of the post; only one in a box of its own after the post
 * (outside_story()) is asked. */
static gboolean
is_business_ask (const char *s)
{
  static const char *offers[] = {
    "free trial", "free demo", "a demo", "live demo", "free consultation", "free quote", "for free", "free for",
    "book a", "request a", "schedule a", "sign up", NULL,
  };
  static const char *contacts[] = {
    "contact us", "contact our", "get in touch", "talk to an", "talk to our", "speak to an", "speak to our",
    "speak with", "connect with", "call us", NULL,
  };
  static const char *reader[] = { "you", "your", NULL };

  if (count_words (s) > 60 || is_speech (s) || is_discussion_prompt (s))
    return FALSE;
  return has_any_word (s, offers) || (has_any_word (s, contacts) && has_any_word (s, reader));
}

/* "This article was originally published on page 28 of The Daily Star
 * on 30 December 2007", "A version of this article appears in print on
 * …": where the text ran in the paper, a note under the story. */
static gboolean
is_print_note (const char *s)
{
  static const char *notes[] = {
    "originally published", "originally appeared", "first appeared", "first published", "appears in print",
    "appeared in print", "a version of this article", "a version of this story",
    /* "This article is a translation; the original appeared in …": the
     * piece came from elsewhere, in another language. */
    "is a translation", "was translated from",
    /* The same in German, French, Spanish and Italian: "Dieser Artikel ist
     * zuerst bei … erschienen", "Cet article a été initialement publié
     * dans …", "Este artículo fue publicado originalmente en …", "Questo
     * articolo è stato pubblicato originariamente su …". */
    "eine Übersetzung", "initialement publié", "publié initialement", "initialement paru",
    "paru initialement", "d'abord paru", "publié pour la première fois", "une traduction", "publicado originalmente",
    "originalmente publicado", "publicado por primera vez", "una traducción", "pubblicato originariamente",
    "originariamente pubblicato", "pubblicato originalmente", "pubblicato per la prima volta", "una traduzione", NULL,
  };
  static const char *pieces[] = {
    "this article", "this story", "this piece", "this column", "this report", "page", "edition",
    "dieser Artikel", "dieser Text", "dieser Beitrag", "dieses Interview", "der Artikel", "der Text", "der Beitrag",
    "cet article", "ce texte", "cette chronique", "cet entretien", "este artículo", "este texto", "esta nota",
    "esta columna", "questo articolo", "questo testo", "questo pezzo", NULL,
  };

  /* German says when and where apart: "ist zuerst bei … erschienen",
   * "im Original ist er in … erschienen". */
  static const char *firsts[] = { "zuerst", "erstmals", "ursprünglich", "im Original", NULL };
  static const char *appeared[] = { "erschienen", "erschien", "veröffentlicht", "publiziert", NULL };

  if (count_words (s) > 40 || has_quotation (s) || !has_any_word (s, pieces))
    return FALSE;
  return has_any_word (s, notes) || (has_any_word (s, firsts) && has_any_word (s, appeared));
}

/* "4 marzo 2025 (modifica il 5 marzo 2025 | 10:12)", "12.03.2025,
 * aktualisiert am 13.03.2025, 08:40 Uhr", "Published 3 May 2024, updated
 * 4 May 2024": when the piece ran and was changed, as the last line:
 * dates, times and the words that name them, and nothing else. */
static gboolean
is_date_stamp (const char *s)
{
  static const char *stamps[] = {
    "updated", "last", "edited", "modified", "published", "posted", "on", "at", "aktualisiert", "zuletzt", "geändert",
    "veröffentlicht", "am", "um", "uhr", "mis", "à", "jour", "le", "modifié", "publié", "actualizado", "actualización",
    "publicado", "el", "a", "las", "modifica", "modificato", "aggiornato", "aggiornamento", "ultimo", "pubblicato",
    "il", "alle", "ore", NULL,
  };
  g_auto(GStrv) parts = NULL;
  guint dates = 0;

  if (count_words (s) > 20)
    return FALSE;
  parts = g_strsplit_set (s, "()|,·", -1);
  for (guint i = 0; parts[i]; i++)
    {
      char *t = g_strstrip (parts[i]);
      gboolean time = TRUE;

      /* "modifica il", "aktualisiert am", "mis à jour le": the words
       * before the date. */
      for (guint k = 0; k < 6; k++)
        {
          const char *sp = strchr (t, ' ');
          g_autofree char *w = g_utf8_strdown (t, sp ? sp - t : -1);

          if (*t == '\0' || !g_strv_contains (stamps, w) || sp == NULL)
            break;
          t = (char *) sp + 1;
          while (*t == ' ')
            t++;
        }
      if (*t == '\0')
        continue;
      /* "15:24", "08:40 Uhr" */
      {
        g_autofree char *w = g_utf8_strdown (t, -1);

        if (g_str_has_suffix (w, " uhr") || g_str_has_suffix (w, " h"))
          t[strlen (t) - (g_str_has_suffix (w, " h") ? 2 : 4)] = '\0';
      }
      for (const char *p = t; *p && time; p++)
        time = g_ascii_isdigit (*p) || *p == ':' || *p == '.';
      if (time && strchr (t, ':'))
        continue;
      if (!dossier_date_is_only_date (t, NULL))
        return FALSE;
      dates++;
    }
  return dates > 0;
}

/* "ajr, tb; Foto [M]: Picture Desk; Erstveröffentlichung: 3.2.19",
 * "(lm) | Photo: Ana Ruiz | First published: …": the desk's line under a
 * story, parts apart by semicolons or bars: the writers' initials, the
 * picture's credit, when the piece first ran. One part at least is a
 * picture's credit or a first publication, the others are short. */
static gboolean
is_credit_parts (const char *s)
{
  static const char *firsts[] = {
    "Erstveröffentlichung", "Erstmals veröffentlicht", "Zuerst veröffentlicht", "First published",
    "Originally published", "Première publication", "Publicado originalmente", "Prima pubblicazione", NULL,
  };
  g_auto(GStrv) parts = NULL;
  guint n = 0, credits = 0;

  if (count_words (s) > 25 || has_quotation (s) || (!strchr (s, ';') && !strstr (s, " | ")))
    return FALSE;
  parts = g_strsplit_set (s, ";|", -1);
  for (guint i = 0; parts[i]; i++)
    {
      char *t = g_strstrip (parts[i]);
      g_autoptr(GString) bare = NULL;

      if (*t == '\0')
        continue;
      n++;
      /* "Foto [M]:": the mark of a montage out. */
      bare = g_string_new (t);
      g_string_replace (bare, " [M]", "", 0);
      if (starts_with_any_word (bare->str, caption_prefixes) || starts_with_any_word (bare->str, firsts))
        credits++;
      else if (count_words (t) > 4 || ends_sentence_mark (t))
        return FALSE;
    }
  return n >= 2 && credits >= 1;
}

/* "Rate this article", "Was this article helpful?", "War dieser Artikel
 * hilfreich?": the site's box that asks the reader to rate the page, a
 * line of its own under each story, in the languages of the end's other
 * rules. */
static gboolean
is_rating_prompt (const char *s)
{
  static const char *prompts[] = {
    "Rate this article", "Rate this post", "Rate this story", "Rate this page", "Rate this guide",
    "Rate this recipe", "How would you rate this article", "How would you rate this post",
    "Was this article helpful", "Was this post helpful", "Was this page helpful", "Was this guide helpful",
    "Was this helpful", "Was this information helpful", "Did you find this article helpful",
    "Did you find this page helpful", "Did you find this helpful", "Did you find this article useful",
    "Was this article useful", "Is this page useful", "Is this article helpful",
    "War dieser Artikel hilfreich", "War dieser Beitrag hilfreich", "War der Artikel hilfreich",
    "War dieser Artikel nützlich", "War der Artikel nützlich", "Wie hilfreich war dieser Artikel",
    "Hat Ihnen dieser Artikel gefallen", "Hat dir dieser Artikel gefallen", "Artikel bewerten",
    "Cet article vous a-t-il été utile", "Cet article vous a-t-il aidé", "Cette page vous a-t-elle été utile",
    "Cet article vous a été utile", "Évaluer cet article", "Notez cet article",
    "¿Te ha resultado útil este artículo", "¿Te resultó útil este artículo", "¿Te ha sido útil este artículo",
    "¿Le ha resultado útil este artículo", "¿Fue útil este artículo", "¿Te ha gustado este artículo",
    "Valora este artículo", "Califica este artículo",
    "Ti è stato utile questo articolo", "Questo articolo ti è stato utile", "Valuta questo articolo", NULL,
  };

  return is_label_line_trimmed (s, prompts, " ?:");
}

/* "Die Autorin", "About the author", "Zitiervorschlag", "How to cite
 * this article": the label of a box the site puts under each story (the
 * writer's bio, how to cite the page, a rating box), the whole of a
 * short line. */
static gboolean
is_afterword_label (const char *s)
{
  static const char *labels[] = {
    "About the author", "About the authors", "About the writer", "The author", "The authors", "Die Autorin",
    "Der Autor", "Die Autoren", "Die Autorinnen", "Zur Autorin", "Zum Autor", "Zu den Autoren", "Über die Autorin",
    "Über den Autor", "Über die Autoren", "L'auteur", "L’auteur", "L'autrice", "L’autrice", "L'auteure",
    "L’auteure", "Les auteurs", "À propos de l'auteur", "À propos de l’auteur", "El autor", "La autora",
    "Los autores", "Sobre el autor", "Sobre la autora", "L'autore", "L’autore", "Gli autori", "Chi è l'autore",
    "Chi è l’autore",
    "Cite this article", "Cite this", "Cite this page", "Cite this story", "How to cite", "How to cite this article",
    "Citation", "Zitiervorschlag", "Zitierweise", "Zitierhinweis", "Pour citer cet article", "Citer cet article",
    "Comment citer cet article", "Cómo citar", "Cómo citar este artículo", "Citar este artículo", "Come citare",
    "Come citare questo articolo", "Per citare questo articolo", NULL,
  };

  return is_label_line (s, labels) || is_rating_prompt (s);
}

/* "This entry was posted in News and tagged food, health. Bookmark the
 * permalink.", "Tags: food, health", "This entry was tagged with the
 * following keywords: …": a blog's filing under the post. */
static gboolean
is_filing_line (const char *s)
{
  static const char *openers[] = {
    "This entry was posted in", "This entry was tagged", "This post was posted in", "This post is tagged",
    "This entry is filed under", "This post was filed under", "Tagged with", "Tags:", "Tagged:", "Posted in", NULL,
  };

  /* "Von Redaktion am 21/02/2021. Abgelegt unter Politik. Sie können alle
   * Antworten zu diesem Eintrag durch den RSS 2.0 Feed verfolgen.
   * Kommentare und Pings sind derzeit geschlossen.": an old blog theme's
   * filing paragraph, in any of its translations, opens with the
   * writer's name; its fixed phrases say what it is. */
  static const char *phrases[] = {
    "responses to this entry", "comments and pings", "Abgelegt unter", "Antworten zu diesem Eintrag",
    "Kommentare und Pings", "réponses à cet article", "commentaires et pings", "respuestas a esta entrada",
    "comentarios y pings", "risposte a questo articolo", "commenti e pings", NULL,
  };

  if (count_words (s) > 60 || has_quotation (s))
    return FALSE;
  return (count_words (s) <= 40 && starts_with_any_word (s, openers)) || has_any_word (s, phrases);
}

/* "Il vous reste 57% de cet article à lire. La suite est réservée aux
 * abonnés.", "The rest of this article is for subscribers only", "Lesen
 * Sie weiter mit …": the paywall's line where the story is cut off, not
 * its last sentence. */
static gboolean
is_paywall_note (const char *s)
{
  static const char *notes[] = {
    "rest of this article", "rest of this story", "remainder of this article", "for subscribers only",
    "reserved for subscribers", "exclusive to subscribers", "available to subscribers", "subscribers only",
    "réservée aux abonnés", "réservé aux abonnés", "de cet article à lire", "Lesen Sie weiter mit",
    "Weiterlesen mit", "nur für Abonnenten", "exklusiv für Abonnenten", "Rest des Artikels",
    "reservado a suscriptores", "reservado para suscriptores", "exclusivo para suscriptores",
    "riservato agli abbonati", "riservata agli abbonati", NULL,
  };

  return count_words (s) <= 30 && !has_quotation (s) && !is_speech (s) && has_any_word (s, notes);
}

/* "Bitte achten Sie darauf, dass Ihre Kommentare themenbezogen sind …",
 * "Please keep your comments on topic and respectful.": the rules of the
 * readers' box, under the story, said to the reader in their first
 * sentence. */
static gboolean
is_comment_rules (const char *s)
{
  static const char *comments[] = {
    "comment", "comments", "Kommentar", "Kommentare", "commentaire", "commentaires", "comentario", "comentarios",
    "commento", "commenti", "comentário", "comentários", NULL,
  };
  static const char *rules[] = {
    "on topic", "on-topic", "off-topic", "off topic", "respectful", "offensive", "abusive", "moderated",
    "moderation", "themenbezogen", "Netiquette", "Beleidigungen", "moderiert", "sachlich", "modérés",
    "modération", "injurieux", "moderados", "moderación", "insultos", "moderati", "moderazione", "offensivi", NULL,
  };
  /* "Comments with offensive language will not be approved by the
   * moderator", "Comentários … não serão aprovados pelo moderador": the
   * rules said of the comments rather than to the reader name who turns
   * them down. */
  static const char *moderators[] = {
    "moderator", "moderators", "moderador", "moderadores", "moderatore", "modérateur", NULL,
  };
  static const char *refusals[] = {
    "will not be", "won't be", "will be removed", "will be deleted", "não serão", "não será", "no serán", "no será",
    "werden nicht", "ne seront pas", "ne sera pas", "non saranno", "non verranno", NULL,
  };
  g_autofree char *first = NULL;
  const char *end = s;

  /* The rules run long; their first sentence says what they are. */
  if (count_words (s) > 150 || has_quotation (s) || is_speech (s))
    return FALSE;
  while (*end && !((*end == '.' || *end == '!') && (end[1] == ' ' || end[1] == '\0')))
    end++;
  first = g_strndup (s, end - s);
  if (has_any_word (first, comments) && has_any_word (first, moderators) && has_any_word (first, refusals))
    return TRUE;
  return has_any_word (first, comments) && has_any_word (first, rules) &&
         (has_word (first, "your") || has_word (first, "you") || has_polite_address (first) ||
          has_word (first, "vos") || has_word (first, "vous") || has_word (first, "sus") ||
          has_word (first, "vostri"));
}

/* "Acme is a global solutions provider for …; Acme's mission is …",
 * "Acme is headquartered in Basel, has subsidiaries in 12 countries and
 * employs around 900 people worldwide. Acme shares are listed on …": the
 * company's own paragraph under its press release, which opens with its
 * name and "is", names it again and says what it is, where it sits and
 * how many it employs. Two such facts, or one in a paragraph that names
 * the company three times. */
static gboolean
is_company_boilerplate (const char *s)
{
  static const char *facts[] = {
    "headquartered in", "headquarters in", "employs", "employees worldwide", "people worldwide", "subsidiaries in",
    "listed on the", "traded on the", "solutions provider", "leading provider", "global provider", "leading supplier",
    "global supplier", "global leader", "world leader", "market leader", NULL,
  };
  const char *is = strstr (s, " is ");
  g_autofree char *name = NULL;
  guint found = 0, named = 0;

  if (is == NULL || is - s > 40 || count_words (s) > 150 || is_speech (s))
    return FALSE;
  name = g_strndup (s, is - s);
  /* One to three capitalised words. */
  if (count_words (name) > 3)
    return FALSE;
  for (const char *w = name; w; w = strchr (w, ' '))
    {
      if (*w == ' ')
        w++;
      if (!g_unichar_isupper (g_utf8_get_char (w)))
        return FALSE;
    }
  for (guint i = 0; facts[i]; i++)
    if (has_word (s, facts[i]))
      found++;
  for (const char *p = strstr (s, name); p && named < 3; p = strstr (p + 1, name))
    named++;
  return found >= 2 || (found == 1 && named >= 3);
}

/* A price: "£11.99", "$5", "€ 4,99", "Rs 599", "4,99 €". */
static gboolean
has_price (const char *s)
{
  static const char *signs[] = { "£", "$", "€", "₹", "¥", "Rs.", "Rs", "INR", "USD", "EUR", "GBP", NULL };

  for (const char *p = s; *p; p++)
    {
      /* A sign, at a word's start, then a figure (a space between). */
      if (p > s && g_ascii_isalnum (p[-1]))
        continue;
      for (guint i = 0; signs[i]; i++)
        {
          gsize n = strlen (signs[i]);

          if (strncmp (p, signs[i], n) == 0 && (g_ascii_isdigit (p[n]) || (p[n] == ' ' && g_ascii_isdigit (p[n + 1]))))
            return TRUE;
        }
      /* … or a figure then the euro's sign: "4,99 €". */
      if (g_ascii_isdigit (*p))
        {
          const char *q = p;

          while (g_ascii_isdigit (*q) || *q == ',' || *q == '.')
            q++;
          if (*q == ' ')
            q++;
          if (strncmp (q, "€", strlen ("€")) == 0)
            return TRUE;
        }
    }
  return FALSE;
}

/* "Get the magazine delivered through your letterbox every month: 12
 * issues for £11.99. Click here for more information.", "Get access to
 * our premium service for as little as Rs 599 for the first year. Use
 * the code …": the site's offer of a subscription, with its price, after
 * the story. A story about a service's price says neither how to take the
 * offer nor "for as little as". */
static gboolean
is_subscription_offer (const char *s)
{
  static const char *subscriptions[] = {
    "subscription", "subscriptions", "subscribe", "subscribers", "issues", "membership", "Abo", "Abonnement",
    "abonnement", "suscripción", "assinatura", NULL,
  };
  static const char *offers[] = {
    "issues for", "for as little as", "use the code", "use code", "promo code", "coupon code", "click here",
    "subscribe now", "subscribe today", "delivered to your", "delivered through your", "jetzt abonnieren",
    "abonnez-vous", "suscríbete", "assine já", NULL,
  };

  if (count_words (s) > 80 || is_speech (s))
    return FALSE;
  return has_price (s) && has_any_word (s, subscriptions) && has_any_word (s, offers);
}

/* "[button link="…" type="big"] Send us your review[/button]": a
 * WordPress shortcode the site's theme did not render, a button's or a
 * box's markup left as text, not a line of the story. */
static gboolean
is_shortcode (const char *s)
{
  g_autofree char *close = NULL;
  gsize n = 0;

  if (s[0] != '[')
    return FALSE;
  while (g_ascii_islower (s[1 + n]) || s[1 + n] == '_' || s[1 + n] == '-')
    n++;
  if (n == 0 || n > 30 || (s[1 + n] != ' ' && s[1 + n] != ']'))
    return FALSE;
  close = g_strdup_printf ("[/%.*s]", (int) n, s + 1);
  return strstr (s, close) != NULL;
}

/* "= sLength) || (s.charAt(i) != "@")) return false; else i += 2; …": a
 * page's script shown as text, where a broken save lost the <script> tag
 * that held it. Braces, semicolons, brackets and equals signs make a
 * twentieth of its bytes, where prose has next to none; code a story
 * shows sits in <pre> or <code> and is no story's first paragraph. */
static gboolean
is_script_text (const char *s)
{
  gsize n = 0, marks = 0, ends = 0;

  for (const char *p = s; *p; p++, n++)
    if (strchr ("{};()=", *p))
      {
        marks++;
        ends += *p == '{' || *p == '}' || *p == ';';
      }
  return n >= 40 && ends >= 4 && marks * 20 >= n;
}

/* "If you enjoyed this article, we have a proposition for you: join …",
 * "If you value our journalism, …": the site's appeal, which opens by
 * naming the reader's pleasure in what they read, however long its pitch
 * (a membership's perks). */
static gboolean
is_enjoyed_appeal (const char *s)
{
  static const char *openers[] = {
    "If you enjoyed", "If you liked", "If you have enjoyed", "If you've enjoyed", "If you’ve enjoyed",
    "If you value", "If you appreciate", "If you found", "Did you enjoy", "Did you like", "Enjoyed this", NULL,
  };
  static const char *objects[] = {
    "this article", "this story", "this piece", "this post", "this content", "our journalism", "our reporting",
    "our work", "our content", "reading this", NULL,
  };
  const char *comma;

  if (count_words (s) > 100 || is_speech (s) || !starts_with_any_word (s, openers))
    return FALSE;
  /* The object in the opening clause: "If you enjoyed this article, …". */
  comma = strpbrk (s, ",:?");
  {
    g_autofree char *clause = g_strndup (s, comma ? (gsize) (comma - s) : strlen (s));

    return count_words (clause) <= 10 && has_any_word (clause, objects);
  }
}

/* "Printer friendly page Send this article to Friends by E-Mail", "Print
 * this article | Email this": the page's tools, as a line of their own. */
static gboolean
is_page_tools_line (const char *s)
{
  static const char *tools[] = {
    "printer friendly", "printer-friendly", "print this", "email this", "e-mail this", "send this article",
    "send this story", "send to a friend", "email to a friend", "e-mail to a friend", NULL,
  };

  return count_words (s) <= 15 && !ends_sentence_mark (s) && has_any_word (s, tools);
}

/* "News: ePaper | Front Page | National | Sport | Classifieds", ">> News
 * - A story >> News - Another": a menu or a list of links, flattened into
 * one line: four separators or more between short items. */
static gboolean
is_flat_menu (const char *s)
{
  static const char *separators[] = { " | ", " >> ", " » ", " · ", NULL };

  for (guint i = 0; separators[i]; i++)
    {
      guint parts = 1;

      for (const char *p = strstr (s, separators[i]); p; p = strstr (p + strlen (separators[i]), separators[i]))
        parts++;
      if (parts >= 5 && count_words (s) <= parts * 8)
        return TRUE;
    }
  return FALSE;
}

/* A line over another story's blurb in a list after this one: a date and
 * maybe a byline, no sentence ("Monday August 8, 2022 4:33 am PDT by"). */
static gboolean
is_teaser_date_line (const char *s)
{
  g_autofree char *date = NULL;

  if (count_words (s) > 12 || ends_sentence_mark (s))
    return FALSE;
  date = dossier_date_find (s, NULL, NULL);
  return date != NULL;
}

static gboolean has_clock_time (const char *s);

/* "Market Session Recaps - Asia Session by FOREX.com Wed, Jan 16 2008,
 * 06:54 GMT": a short line, a link in it, that ends on its date (a time
 * of day after it or not) after a headline, no sentence. */
static gboolean
is_dated_headline (const Block *b)
{
  g_autofree char *date = NULL, *head = NULL;
  gsize start = 0, end = 0;
  const char *tail;

  if (b->link_len == 0 || b->heading || count_words (b->str) > 25)
    return FALSE;
  date = dossier_date_find (b->str, &start, &end);
  if (date == NULL)
    return FALSE;
  head = g_strndup (b->str, start);
  if (count_words (head) < 3)
    return FALSE;
  tail = b->str + end;
  while (*tail == ' ' || *tail == ',')
    tail++;
  return *tail == '\0' || (count_words (tail) <= 3 && has_clock_time (tail));
}

/* Three or more such lines at the end under a label of their own
 * ("Latest Updated Reports"): the site's list of its latest stories, as
 * dated_teasers_start()'s blurbs under their date lines are. Returns the
 * label's index, or NONE. */
static guint
dated_headlines_start (GPtrArray *kept)
{
  guint j = kept->len, n = 0;
  const Block *label;

  while (j >= 2 && is_dated_headline (g_ptr_array_index (kept, j - 1)))
    {
      j--;
      n++;
    }
  if (n < 3 || j < 2)
    return NONE;
  label = g_ptr_array_index (kept, j - 1);
  if (!label->heading && (count_words (label->str) > 6 || ends_sentence_mark (label->str)))
    return NONE;
  return j - 1;
}

/* "Popular Stories" over three or more blurbs each under its date line,
 * after the story: the index of the label, or NONE. A page whose text has
 * such date lines before (a live report's entries) keeps them.
 * @first_dated caches the first date line's index across calls (the
 * caller only ever shortens @kept): G_MAXUINT - 1 until it is known. A
 * list of teasers is short: no more than 50 are looked at. */
static guint
dated_teasers_start (GPtrArray *kept,
                     guint     *first_dated)
{
  guint j = kept->len, dated = 0;
  Block *label;

  while (j >= 2 && dated < 50)
    {
      Block *line = g_ptr_array_index (kept, j - 2), *blurb = g_ptr_array_index (kept, j - 1);

      if (!is_teaser_date_line (line->str) || is_teaser_date_line (blurb->str) || count_words (blurb->str) > 100)
        break;
      j -= 2;
      dated++;
    }
  if (dated < 3 || j < 4)
    return NONE;
  label = g_ptr_array_index (kept, j - 1);
  if (!label->heading && (count_words (label->str) > 6 || ends_sentence_mark (label->str)))
    return NONE;
  if (*first_dated == G_MAXUINT - 1)
    {
      *first_dated = NONE;
      for (guint k = 0; k < kept->len; k++)
        if (is_teaser_date_line (((Block *) g_ptr_array_index (kept, k))->str))
          {
            *first_dated = k;
            break;
          }
    }
  if (*first_dated != NONE && *first_dated + 1 < j)
    return NONE;
  return j - 1;
}

/* "More on the league: https://example.com/league and
 * https://example.com/scores": web addresses with a few words around them,
 * the site pointing elsewhere. */
static gboolean
is_address_line (const char *s)
{
  g_auto(GStrv) parts = g_strsplit_set (s, " \n", -1);
  guint addresses = 0, others = 0;

  for (guint i = 0; parts[i]; i++)
    {
      if (!parts[i][0])
        continue;
      if (strstr (parts[i], "://") || g_str_has_prefix (parts[i], "www."))
        addresses++;
      else
        others++;
    }
  return addresses > 0 && others <= 2 * addresses + 3;
}

/* The blocks' strings are their text in the pool, each ended where the
 * separator after it was: no copy of the article's text per block. Again
 * after the pool grew (it may have moved). */
static void
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
  if (b->end == b->start || is_template_placeholder (dossier_mapped_text_get_text (c->pool) + b->start,
                                                    b->end - b->start))
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
static guint
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

  if (quote == NULL)
    return 0;
  i = quote - dt + 1;

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

/* "5,210 396Recovered", "1,97,666 Deaths": a cell of a box of figures,
 * a number and a word or two, no sentence. */
static gboolean
is_figure_cell (const char *s)
{
  gsize n = strlen (s);
  guint digits = 0;
  const char *p = s;

  if (!g_ascii_isdigit (s[0]) || n >= 40 || s[n - 1] == '.' || count_words (s) > 4)
    return FALSE;
  /* "8. Erin Andrews", "3) Mix the flour": a list's number, not a figure. */
  while (g_ascii_isdigit (*p))
    p++;
  if ((*p == '.' || *p == ')') && (p[1] == ' ' || g_ascii_isalpha (p[1])))
    return FALSE;
  for (p = s; *p; p++)
    digits += g_ascii_isdigit (*p) != 0;
  return digits >= 3;
}

/* "Hi everyone! 👋", "Dear readers,": a newsletter's or a letter's
 * greeting, a line of its own before the first paragraph, opens it. */
static gboolean
is_greeting (const Block *b,
             const char  *s)
{
  static const char *words[] = {
    "Hi", "Hello", "Hey", "Dear", "Greetings", "Howdy", "Good morning", "Good afternoon", "Good evening", NULL,
  };

  const char *end = s + strlen (s), *p;

  if (b->heading || b->list_item || b->link_len > 0 || count_words (s) > 5)
    return FALSE;
  /* It ends on "!" or ",", an emoji or two after it at most. */
  for (p = end; p > s; p = g_utf8_prev_char (p))
    {
      gunichar u = g_utf8_get_char (g_utf8_prev_char (p));

      if (u == '!' || u == ',' || g_unichar_isalnum (u))
        break;
    }
  if (p == s || (p[-1] != '!' && p[-1] != ','))
    return FALSE;
  return starts_with_any_word (s, words);
}

/* "Washington/ New Delhi:" in an element of its own before the first
 * paragraph: a dateline of a few capitalised words and a colon. Labels
 * with a colon ("Highlights:", "Editor's Note:") are none. */
static gboolean
is_place_line (const Block *b,
               const char  *s)
{
  static const char *labels[] = {
    "note", "update", "updated", "updates", "highlights", "summary", "photo", "photos", "video", "videos",
    "watch", "read", "related", "correction", "corrections", "points", "takeaways", "advertisement", "source",
    "sources", "listen", "also", "more", "topics", "tags", "share", "contents", "glance", "brief", "story",
    "transcript", "disclaimer", "disclosure", "warning", "alert", "live", "breaking", "exclusive", "opinion",
    "analysis", "review", "by", "news", "facts", "check", "picture", "happened", "background", "context",
    "matters", "line", "takeaway", "recap", "details", "intro", "introduction", "overview", "quote", "quotes",
    "statement", "timeline", "explainer", "interview", "podcast", "newsletter", NULL,
  };
  gsize n = strlen (s);
  guint words = 0;
  const char *last = NULL;
  gboolean start = TRUE;

  if (b->heading || b->list_item || b->link_len > 0)
    return FALSE;
  while (n > 0 && s[n - 1] == ' ')
    n--;
  if (n < 3 || s[n - 1] != ':' || n > 60)
    return FALSE;
  for (const char *p = s; p < s + n - 1; p = g_utf8_next_char (p))
    {
      gunichar u = g_utf8_get_char (p);

      if (u == ' ' || u == '/')
        {
          start = TRUE;
          continue;
        }
      if (start)
        {
          if (!g_unichar_isupper (u))
            return FALSE;
          words++;
          last = p;
          start = FALSE;
        }
      else if (!g_unichar_isalpha (u) && u != '.' && u != '-' && u != '\'' && u != 0x2019 && u != ',')
        return FALSE;
    }
  if (words == 0 || words > 5)
    return FALSE;
  for (guint i = 0; labels[i]; i++)
    if (g_ascii_strncasecmp (last, labels[i], strlen (labels[i])) == 0 &&
        (gsize) (s + n - 1 - last) == strlen (labels[i]))
      return FALSE;
  /* "By Jo Hale:", "Dear Editor:", "Editor's Note:" */
  {
    static const char *openers[] = { "By", "Dear", "Hi", "Hello", "Hey", "Editor", "Editors", "Editor's", NULL };

    return !starts_with_any_word (s, openers);
  }
}

static gboolean
is_prose (const Block *b,
          const char  *s)
{
  guint words = count_words (s);

  /* Some pages set the lede in a heading element; a standfirst is shorter. */
  if (b->heading)
    return words >= 20 && is_terminal (s);
  return (words >= 4 && is_terminal (s) && g_unichar_isupper (g_utf8_get_char (s))) || words >= 12;
}

/* "6:22 PM", "12:00am", "9.30pm": a time of day. */
static gboolean
has_clock_time (const char *s)
{
  for (const char *p = s; *p; p++)
    {
      const char *q = p;

      if (!g_ascii_isdigit (*p) || (p > s && g_ascii_isdigit (p[-1])))
        continue;
      while (g_ascii_isdigit (*q) && q - p < 3)
        q++;
      if (q - p > 2)
        continue;
      if (*q == ':' && g_ascii_isdigit (q[1]) && g_ascii_isdigit (q[2]) && !g_ascii_isdigit (q[3]))
        return TRUE;
      if (*q == ' ')
        q++;
      if ((g_ascii_tolower (*q) == 'a' || g_ascii_tolower (*q) == 'p') &&
          (g_ascii_tolower (q[1]) == 'm' || (q[1] == '.' && g_ascii_tolower (q[2]) == 'm')) &&
          !g_ascii_isalpha (q[q[1] == '.' ? 3 : 2]))
        return TRUE;
    }
  return FALSE;
}

/* "Posted by: Ann, Leith on 4:10pm Tue 8 Jan 08" over a reader's
 * comment, "… Posted by Ann on January 10, 2008 4:12 PM Report this
 * comment" or "Quote | Report this post" under one: the signature a
 * thread of readers' comments gives each of them. Returns 1 for one that
 * heads its comment (a line of its own: the comment follows it), 2 for
 * one that closes it (the comment is the block it ends, or the one
 * before), 0 for none. One such line alone is a post's own footer ("Posted
 * by Ann at 10:15 AM"): the caller asks for two. */
static guint
comment_signature (const char *s)
{
  static const char *reports[] = {
    "report this comment", "report this post", "report comment", "report abuse", NULL,
  };
  gsize n = strlen (s);
  const char *by = NULL;
  g_autofree char *date = NULL;

  while (n > 0 && (s[n - 1] == ' ' || s[n - 1] == '.' || s[n - 1] == '|' || s[n - 1] == ']'))
    n--;
  if (starts_with_word (s, "Posted by") && count_words (s) <= 20)
    {
      date = dossier_date_find (s, NULL, NULL);
      return date || has_clock_time (s) ? 1 : 0;
    }
  for (guint i = 0; reports[i]; i++)
    {
      gsize r = strlen (reports[i]);

      if (n >= r && g_ascii_strncasecmp (s + n - r, reports[i], r) == 0 && (n == r || !g_ascii_isalpha (s[n - r - 1])))
        return 2;
    }
  /* "… by Easter. Posted by Graham on January 10, 2008 6:03 PM": the
   * signature glued to the end of the comment's text. */
  for (const char *p = strstr (s, " Posted by "); p; p = strstr (p + 1, " Posted by "))
    by = p;
  if (by && count_words (by) <= 16)
    {
      date = dossier_date_find (by, NULL, NULL);
      if (date || has_clock_time (by))
        return 2;
    }
  return 0;
}

/* "(File Photo. …)", "File photo of a trading floor. (Reuters)": how a
 * picture's caption opens. */
static gboolean
opens_caption (const char *s)
{
  static const char *files[] = {
    "File photo", "File picture", "File image", "File photograph", "Archive photo", "Archive picture", NULL,
  };

  if (*s == '(' || *s == '[')
    s++;
  return starts_with_any_word (s, files);
}

/* "… in a one-day international. (AFP)", "… on Monday. (Reuters)": a
 * caption ends with its picture's source, a wire or an agency, in
 * brackets. (The story's own lines end on a sentence.) */
static gboolean
ends_with_agency (const char *s)
{
  static const char *agencies[] = {
    "AFP", "AP", "Reuters", "AP Photo", "Getty Images", "Getty", "EPA", "PA", "Xinhua", "dpa", "Bloomberg",
    "AFP Photo", "Reuters Photo", "AAP", "ANSA", "EFE", NULL,
  };
  gsize n = strlen (s);
  const char *open;

  while (n > 0 && (s[n - 1] == ' ' || s[n - 1] == '.'))
    n--;
  if (n < 4 || s[n - 1] != ')')
    return FALSE;
  for (open = s + n - 1; open > s && *open != '('; open--)
    ;
  if (*open != '(' || open == s)
    return FALSE;
  for (guint i = 0; agencies[i]; i++)
    {
      gsize k = strlen (agencies[i]);

      if ((gsize) (s + n - 1 - (open + 1)) >= k && strncmp (open + 1, agencies[i], k) == 0 &&
          (open[1 + k] == ')' || open[1 + k] == '/' || open[1 + k] == ' '))
        return TRUE;
    }
  return FALSE;
}

/* "<td><img …><br><div>Ana Ruiz celebrates her goal.</div></td>": the
 * line right after a picture, the two alone in a box of their own (a table
 * cell, a <center>, a <div>), is the picture's caption. A story's first
 * paragraph under its lead picture shares its box with the rest of the
 * story. At most 40 nodes before the line are looked at. */
static gboolean
follows_picture (Ctx         *c,
                 const Block *b)
{
  guint k = b->first_node, steps = 0;

  while (k > 0 && steps++ < 40)
    {
      Node *x = NODE (c, --k);

      if (x->end >= b->first_node)
        continue;  /* an element around the line */
      if (x->flags & F_TEXT)
        return FALSE;
      if (x->node->type == XML_ELEMENT_NODE && dossier_html_is_tag (x->node, "img"))
        {
          guint box = x->parent;

          /* A picture floated beside the text ("<p><img align=right>Ana
           * Ruiz says …") is in the paragraph's flow. */
          if (attr_is (x->node, "align", "right") || attr_is (x->node, "align", "left"))
            return FALSE;
          while (box != NONE && NODE (c, box)->end < b->first_node)
            box = NODE (c, box)->parent;
          return box != NONE && NODE (c, box)->kind != K_BODY && NODE (c, box)->kind != K_P &&
                 NODE (c, box)->text_len <= b->text_len + 40;
        }
    }
  return FALSE;
}

/* "29.11.2022 – Mehrfach und vehement hatte die Branche …": a story that
 * opens with its day and a dash, as a wire's dateline does with a place.
 * Returns the day, or %NULL. */
static char *
lead_dash_date (const char *s)
{
  static const char *const dashes[] = { "– ", "— ", "- ", "-- " };
  gsize ms = 0, me = 0;
  g_autofree char *date = dossier_date_find (s, &ms, &me);
  const char *p;

  if (date == NULL || ms != 0 || me > 40)
    return NULL;
  for (p = s + me; *p == ' ' || *p == '\t'; p++)
    ;
  if (p == s + me)
    return NULL;
  for (guint k = 0; k < G_N_ELEMENTS (dashes); k++)
    if (g_str_has_prefix (p, dashes[k]))
      return g_steal_pointer (&date);
  return NULL;
}

/* "December 6, 2016 6:22 PM EST The council voted …": a date line with a
 * time of day run together with the story's first sentence (a <br> apart):
 * the bytes of the date line and the spaces after it, or 0. */
static gsize
lead_date_line_len (const char *s)
{
  gsize ms = 0, me = 0;
  g_autofree char *date = NULL;
  const char *p, *rest;
  const char *from = s;
  gboolean clock = FALSE, labelled = FALSE;

  /* "Updated: December 9, 2024", glued to the story's first words when a
   * picture stood between them: the label says it is the page's date line,
   * with or without a time. */
  for (guint i = 0; date_line_words[i]; i++)
    if (starts_with_word (s, date_line_words[i]))
      {
        from = s + strlen (date_line_words[i]);
        if (*from == ':')
          from++;
        while (*from == ' ')
          from++;
        if (starts_with_word (from, "on"))
          from += 2;
        while (*from == ' ')
          from++;
        labelled = TRUE;
        break;
      }
  date = dossier_date_find (from, &ms, &me);
  if (date == NULL || ms != 0)
    return 0;
  p = from + me;
  /* The date's own reading took its time and zone ("…T18:22:00-05:00"). */
  clock = strchr (date, 'T') != NULL;
  for (guint k = 0; k < 4; k++)
    {
      const char *q = p;

      while (*q == ' ' || *q == ',' || *q == '|' || *q == '-' || *q == '.')
        q++;
      if (g_str_has_prefix (q, "\xe2\x80\x94") || g_str_has_prefix (q, "\xe2\x80\x93") ||
          g_str_has_prefix (q, "\xc2\xb7"))
        q += g_str_has_prefix (q, "\xc2\xb7") ? 2 : 3;
      while (*q == ' ')
        q++;
      if (starts_with_word (q, "at"))
        {
          p = q + 2;
          continue;
        }
      if (g_ascii_isdigit (*q))
        {
          const char *t = q;

          while (g_ascii_isdigit (*t))
            t++;
          if (t - q > 2 || (*t != ':' && *t != '.') || !g_ascii_isdigit (t[1]) || !g_ascii_isdigit (t[2]))
            return 0;
          t += 3;
          if (*t == ' ')
            t++;
          if ((g_ascii_tolower (*t) == 'a' || g_ascii_tolower (*t) == 'p') &&
              (g_ascii_tolower (t[1]) == 'm' || (t[1] == '.' && g_ascii_tolower (t[2]) == 'm')))
            t += t[1] == '.' ? (t[3] == '.' ? 4 : 3) : 2;
          clock = TRUE;
          p = t;
          continue;
        }
      /* A time zone: "EST", "GMT", "UTC+1". */
      if (clock && g_ascii_isupper (q[0]) && g_ascii_isupper (q[1]) && g_ascii_isupper (q[2]) &&
          (q[3] == ' ' || q[3] == '+' || (g_ascii_isupper (q[3]) && q[4] == ' ')))
        {
          p = q + (q[3] == ' ' || q[3] == '+' ? 3 : 4);
          while (*p == '+' || g_ascii_isdigit (*p))
            p++;
          continue;
        }
      break;
    }
  if (!clock && !labelled)
    return 0;
  rest = p;
  while (*rest == ' ' || *rest == '|' || *rest == '-')
    rest++;
  if (!g_unichar_isupper (g_utf8_get_char (rest)) || count_words (rest) < 8 || !is_terminal (rest))
    return 0;
  return rest - s;
}

/* "Abstract:Merging large language models …": a paper's label that heads
 * the first paragraph of its abstract page, before a sentence of eight
 * words or more; the bytes of the label and the spaces after it, or 0.
 * ("TL;DR:" is no such label: answer keys keep it as often as not.) */
static gsize
lead_label_len (const char *s)
{
  static const char *labels[] = {
    "Abstract:", "Zusammenfassung:", "Résumé :", "Résumé:", "Resumen:", "Riassunto:", NULL,
  };
  const char *rest = NULL;

  for (guint i = 0; labels[i] && rest == NULL; i++)
    if (g_str_has_prefix (s, labels[i]) &&
        (labels[i][strlen (labels[i]) - 1] == ':' || !g_ascii_isalnum (s[strlen (labels[i])])))
      rest = s + strlen (labels[i]);
  if (rest == NULL)
    return 0;
  while (*rest == ' ' || *rest == ':')
    rest++;
  if (!g_unichar_isupper (g_utf8_get_char (rest)) || count_words (rest) < 8)
    return 0;
  return rest - s;
}

/* Whether kept[@i], prose by its length, is no first paragraph of the
 * story but what sits above it: a headline, deck or kicker with no full
 * stop ("After three seasons, Gale to focus on the Nationwide Series"), a
 * date line ("December 6, 2016 6:22 PM EST", "Ana Ruiz and Tom Brandt The
 * Courier Jan. 10, 2008 12:00 AM"), a picture's caption, the site's ask or
 * the author's bio. Only ever above a paragraph of prose. */
static gboolean
is_lead_furniture (Ctx         *c,
                   GPtrArray   *kept,
                   guint        i,
                   const char  *byline)
{
  Block *b = g_ptr_array_index (kept, i);
  Block *next = NULL;
  const char *s = b->str;
  guint words = count_words (s);
  gunichar u;

  if (b->list_item || b->quote)
    return FALSE;
  /* The paragraph below, past short lines (a byline, a wire's name). */
  for (guint j = i + 1; j < kept->len && j <= i + 3 && next == NULL; j++)
    {
      Block *y = g_ptr_array_index (kept, j);

      if (is_prose (y, y->str))
        next = y;
      else if (y->list_item || count_words (y->str) > 12)
        return FALSE;
    }
  if (next == NULL || next->list_item || next->heading)
    return FALSE;
  u = g_utf8_get_char (next->str);
  /* A headline or a deck: no sentence, shorter than the paragraph below,
   * which starts a sentence (a lowercase word or a figure would go on with
   * the same sentence, cut by a line break). */
  if (words < 25 && !is_terminal (s) && !b->heading &&
      (g_unichar_isupper (u) || u == '"' || u == 0x201C || u == '\'') &&
      count_words (next->str) > words)
    return TRUE;
  /* A date line: a date, or a byline, with a time of day ("By Ana Ruiz -
   * Fri, 12/28/2007 - 6:41am."). */
  if (words <= 20 && has_clock_time (s))
    {
      g_autofree char *date = dossier_date_find (s, NULL, NULL);

      if (date || starts_with_word (s, "By"))
        return TRUE;
    }
  if (words <= 60 && (opens_caption (s) || ends_with_agency (s) || follows_picture (c, b)))
    return TRUE;
  /* "From Ana Ruiz, your guide to gardening. Free newsletter. Sign up
   * now!": the site's ask. */
  if (words <= 30 && is_reader_appeal (s))
    return TRUE;
  return byline && words <= 60 && is_author_bio (s, byline, 60);
}

static char *
normalize_for_compare (const char *s)
{
  g_autofree char *c = dossier_html_collapse_spaces (s);
  GString *out = g_string_new (NULL);

  for (const char *p = c; *p; p = g_utf8_next_char (p))
    {
      gunichar u = g_unichar_tolower (g_utf8_get_char (p));

      if (g_unichar_isalnum (u))
        g_string_append_unichar (out, u);
    }
  return g_string_free (out, FALSE);
}

/* "Best Camping Hammocks of 2026, Tested & Reviewed" around "Best
 * Camping Hammocks of 2026": @title is @headline, all its words, with
 * words for search engines glued on and no separator to cut at. */
static gboolean
glued_around (const char *title,
              const char *headline)
{
  g_autofree char *kt = normalize_for_compare (title);
  g_autofree char *kh = normalize_for_compare (headline);

  return *kh && strlen (kh) < strlen (kt) && strstr (kt, kh) && dossier_html_word_share (headline, title, FALSE) >= 1.0;
}

static gboolean
same_title (const char *a,
            const char *b)
{
  g_autofree char *x = NULL;
  g_autofree char *y = NULL;
  gsize nx = strlen (a), ny = strlen (b);

  /* Far apart in length: not the same headline, whatever the case. */
  if (nx * 2 < ny || ny * 2 < nx)
    return FALSE;
  x = normalize_for_compare (a);
  y = normalize_for_compare (b);
  nx = strlen (x);
  ny = strlen (y);

  if (nx == 0 || ny == 0)
    return FALSE;
  if (strcmp (x, y) == 0)
    return TRUE;
  /* One holds the other (a site suffix, a kicker) and most of it. */
  if (nx > ny)
    return strstr (x, y) != NULL && ny * 10 >= nx * 6;
  return strstr (y, x) != NULL && nx * 10 >= ny * 6;
}

static void
set_if_unset (char       **field,
              const char  *value)
{
  if (*field == NULL && value != NULL && *value)
    *field = g_strdup (value);
}

/* What a byline says before the names, in the languages of the pages we
 * read; longest first. */
static const char *byline_labels[] = {
  "Veröffentlicht von", "Geschrieben von", "Eingestellt von", "Verfasst von", "Written by", "Reporting by",
  "Authored by", "Article by", "Recipe by", "Guide by", "Story by", "Words by", "Posted by", "Publié par",
  "Écrit par", "Publicado por", "Escrito por", "Autorin", "Author", "Autor", "Auteur",
  "Text", "By", "Von", "Par", "Por", NULL,
};

/* Words that lead to the date after a byline's names: "on", "am", a
 * weekday as German pages shorten it. */
static const char *date_lead_words[] = {
  "on", "am", "um", "le", "el", "the", "Mo", "Di", "Mi", "Do", "Fr", "Sa", "So", NULL,
};

/* "Veröffentlicht von Chris Jung", "AuthorAndreas Kalt" (two spans with no
 * space between), "Von: Anna Berg": past the label. */
static const char *
skip_byline_label (const char *p)
{
  for (guint i = 0; byline_labels[i]; i++)
    {
      gsize n = strlen (byline_labels[i]);
      const char *q = p + n;

      if (g_ascii_strncasecmp (p, byline_labels[i], n) != 0)
        continue;
      /* A word of its own, or glued to a capitalised name; "Bygone",
       * "Textile" and "Vonnegut" are not labels. */
      if (*q == ' ' || *q == ':' || *q == '\0' ||
          (g_unichar_isupper (g_utf8_get_char (q)) && g_unichar_islower (g_utf8_get_char (g_utf8_prev_char (q)))))
        {
          while (*q == ' ' || *q == ':')
            q++;
          return q;
        }
    }
  return p;
}

static char *
byline_names (const char *s)
{
  const char *p = skip_byline_label (s);
  g_autofree char *v = NULL;
  char *cut;
  gsize ms, me;

  while (*p == ' ' || *p == ':')
    p++;
  v = g_strdup (p);
  /* "16 December 2025 by Sam O'Brien", "Jul 11 Written By Paige Brunton":
   * a date first, then the label, then the names. */
  for (char *q = v; *q && q - v < 40; q++)
    if ((q == v || q[-1] == ' ') && g_ascii_strncasecmp (q, "by ", 3) == 0)
      {
        gboolean digit = FALSE;

        for (const char *d = v; d < q; d++)
          digit |= g_ascii_isdigit (*d);
        if (digit)
          memmove (v, q + 3, strlen (q + 3) + 1);
        break;
      }
  /* "Evan Symon, August 14, 2020 2:30 pm", "oz on December 4, 2006":
   * the date and what follows it go, and the words that led to it. */
  {
    g_autofree char *iso = dossier_date_find (v, &ms, &me);

    if (iso && ms > 0)
      {
        v[ms] = '\0';
        g_strchomp (v);
        /* "Evan Symon," "Sara Zinnecker Stand:" "Tomas Spahn Fr"
         * "oz on" "r23 »": what led to the date. */
        for (gboolean again = TRUE; again;)
          {
            char *last = strrchr (v, ' ');
            const char *w = last ? last + 1 : v;
            gsize n = strlen (v);
            gunichar u = n ? g_utf8_get_char (g_utf8_prev_char (v + n)) : 0;

            again = FALSE;
            if (last && (g_str_has_suffix (w, ":") || g_strv_contains (date_lead_words, w)))
              {
                *last = '\0';
                again = TRUE;
              }
            else if (n > 0 && !g_unichar_isalnum (u) && u != '.' && u != ')')
              {
                *g_utf8_prev_char (v + n) = '\0';
                again = TRUE;
              }
            g_strchomp (v);
          }
      }
  }
  /* "Chris Lee ⋅ Review Editor", "Ann Lee• 4 mins read", "Ann Lee, DVM.
   * Reviewed by …", "Ann Lee Last updated …": what follows the names. */
  if ((cut = strstr (v, " | ")) || (cut = strstr (v, " - ")) || (cut = strstr (v, " — ")) ||
      (cut = strstr (v, " · ")) || (cut = strstr (v, "•")) || (cut = strstr (v, " ⋅")) ||
      (cut = strstr (v, ". Reviewed by")) || (cut = strstr (v, " Reviewed by")) ||
      (cut = strstr (v, " Last updated")) ||
      (cut = strstr (v, " Published")) ||
      (cut = strstr (v, " Updated")) || (cut = strstr (v, " Veröffentlicht")) || (cut = strstr (v, " Aktualisiert")) ||
      (cut = strstr (v, " Publié")) || (cut = strstr (v, " Publicado")))
    *cut = '\0';
  /* "Ellie MarshPublished 12 January": two spans with no space between. */
  if ((cut = strstr (v, "Published")) || (cut = strstr (v, "Updated")))
    if (cut > v && g_ascii_islower (cut[-1]))
      *cut = '\0';
  g_strstrip (v);
  /* "Published March 3, 2024" in an element named "byline": no name;
   * nor a date alone ("Dec. 19, 2025"), nor a label with no name after it
   * ("Jun 2 Written By"). */
  if (starts_with_any_word (v, date_line_words) || starts_with_any_word (v, foreign_date_line_words) ||
      dossier_date_is_only_date (v, NULL) || g_str_has_suffix (v, " By") || g_str_has_suffix (v, " by"))
    return NULL;
  return *v ? g_steal_pointer (&v) : NULL;
}

/* "Ann Lee and Tom Park, The Valley Echo": the names, then the site's own
 * name after a comma (newspaper groups write their bylines so); the name
 * goes, and a byline that was only ", The Valley Echo" with it, so that
 * the byline found on the page stands. (After a space, "Ann Lee USA
 * TODAY", tried: a page lost in WCXB and one in Trafilatura.) */
static void
cut_outlet_tail (char       **byline,
                 const char  *outlet)
{
  gsize nb, no;

  if (*byline == NULL || outlet == NULL || *outlet == '\0')
    return;
  nb = strlen (*byline);
  no = strlen (outlet);
  if (nb < no + 2 || (*byline)[nb - no - 2] != ',' || (*byline)[nb - no - 1] != ' ' ||
      g_ascii_strcasecmp (*byline + nb - no, outlet) != 0)
    return;
  (*byline)[nb - no - 2] = '\0';
  g_strstrip (*byline);
  if (**byline == '\0')
    g_clear_pointer (byline, g_free);
}

/* ---- metadata from the page around the article ------------------------- */

/* The article's own region: the <article> or <main> around the content,
 * else the content's parent. Bylines and times are looked for there; a date
 * in the masthead above it is the page's date. */
static guint
find_scope (Ctx   *c,
            guint  top)
{
  for (guint a = top; a != NONE; a = NODE (c, a)->parent)
    if (NODE (c, a)->kind == K_ARTICLE || NODE (c, a)->kind == K_MAIN ||
        attr_is (NODE (c, a)->node, "role", "main"))
      return a;
  if (NODE (c, top)->parent != NONE && NODE (c, NODE (c, top)->parent)->kind != K_HTML)
    return NODE (c, top)->parent;
  return top;
}

static gboolean
in_furniture (Ctx  *c,
              guint i,
              guint stop)
{
  /* Related lists, asides, footers and teaser links carry other stories'
   * dates and names. */
  for (guint a = i; a != NONE && a != stop; a = NODE (c, a)->parent)
    {
      Kind k = NODE (c, a)->kind;

      if (k == K_DROP || k == K_A || k == K_LI)
        return TRUE;
    }
  return FALSE;
}

/* in_furniture() below the element that holds the story (@story) too: an
 * element left out around all of the page (ASP.NET's <form>, a
 * <noscript> that the second reading kept) is no furniture for the
 * story's headline. */
static gboolean
furniture_for_story (Ctx  *c,
                     guint i,
                     guint story)
{
  guint common = i;

  while (story != NONE && common != NONE && !contains (c, common, story))
    common = NODE (c, common)->parent;
  return in_furniture (c, i, story != NONE ? common : NONE);
}

/* in_furniture() less the links. */
static gboolean
in_list (Ctx  *c,
         guint i,
         guint stop)
{
  for (guint a = i; a != NONE && a != stop; a = NODE (c, a)->parent)
    if (NODE (c, a)->kind == K_DROP || NODE (c, a)->kind == K_LI)
      return TRUE;
  return FALSE;
}

/* "<ul class=additional-info><li><time> 31.03.2020 </time></li><li><a
 * href=/tags/corona>Corona</a></li>": an item of the article's own row of
 * details, holding its date and no link, where a teaser's item links to
 * its story. Lists left out of the story (asides, menus) are no such row. */
static gboolean
in_item_of_details (Ctx  *c,
                    guint i,
                    guint stop)
{
  for (guint a = i; a != NONE && a != stop; a = NODE (c, a)->parent)
    {
      if (NODE (c, a)->kind == K_DROP)
        return FALSE;
      if (NODE (c, a)->kind == K_LI)
        {
          for (guint j = a + 1; j <= NODE (c, a)->end; j++)
            if (NODE (c, j)->kind == K_A || NODE (c, j)->kind == K_LI)
              return FALSE;
          return !in_list (c, NODE (c, a)->parent, stop);
        }
    }
  return FALSE;
}

typedef struct
{
  char *time_date;     /* <time datetime> or itemprop=datePublished near the article */
  char *line_date;     /* a visible "Published …" line */
  char *updated_date;  /* a visible "Updated …" line: when nothing says published */
  char *near_date;     /* a short line with a date just below the headline, or a date alone just above it */
  char *label_date;    /* "Published" and a date anywhere on the page, the one such day */
  char *byline;
  char *page_date;
  char *copyright;     /* the owner named in a copyright line */
} Found;

static void
found_clear (Found *f)
{
  g_free (f->time_date);
  g_free (f->line_date);
  g_free (f->updated_date);
  g_free (f->near_date);
  g_free (f->label_date);
  g_free (f->byline);
  g_free (f->page_date);
  g_free (f->copyright);
}

static gboolean
named (const xmlNode *node,
       const char    *word)
{
  const char *cls = dossier_html_attr (node, "class");
  g_auto(GStrv) words = NULL;

  if (cls == NULL)
    return FALSE;
  words = g_strsplit_set (cls, " -_", -1);
  for (guint i = 0; words[i]; i++)
    if (g_ascii_strcasecmp (words[i], word) == 0)
      return TRUE;
  return FALSE;
}

/* "… blickt sie am <strong>Mittwoch, 13.10.2021</strong> auf 50 Jahre
 * zurück": a date set apart inside a paragraph of prose is what the story
 * tells of, not its date line, unless it opens the paragraph as a
 * dateline does ("<span>31. Oktober 2023.</span> Dragqueens sind …"). */
static gboolean
in_prose (Ctx  *c,
          guint i,
          guint stop)
{
  for (guint a = NODE (c, i)->parent; a != NONE && a != stop; a = NODE (c, a)->parent)
    if (NODE (c, a)->kind == K_P)
      {
        if (NODE (c, a)->text_len <= 2 * NODE (c, i)->text_len + 40)
          return FALSE;
        for (guint j = a + 1; j < i; j++)
          if ((NODE (c, j)->flags & F_TEXT) && NODE (c, j)->text_len > 0)
            return TRUE;
        return FALSE;
      }
  return FALSE;
}

/* "Von Anna Berg", "Von: Anna Berg", "Par Jean Roux", "Por Ana Ruiz": a
 * byline in German, French or Spanish; "Von der Leyen sagt" is not one. */
static gboolean
opens_foreign_byline (const char *s)
{
  const char *p;

  if (!starts_with_word (s, "Von") && !starts_with_word (s, "Par") && !starts_with_word (s, "Por"))
    return FALSE;
  p = s + 3;
  while (*p == ' ' || *p == ':')
    p++;
  return p > s + 3 && g_unichar_isupper (g_utf8_get_char (p));
}

/* Whether the short element @i may be a byline or a date line: it opens
 * with one of their words or holds a year. A cheap look at its raw text
 * spares building the text of every small element of the page. */
static gboolean
may_be_meta_line (Ctx  *c,
                  guint i)
{
  /* A date alone is short; a "Published …" or "By …" line a little longer. */
  gboolean short_enough = NODE (c, i)->text_len <= 60;

  gboolean first = TRUE;

  for (guint j = i + 1; j <= NODE (c, i)->end; j++)
    {
      const char *s;

      if (!(NODE (c, j)->flags & F_TEXT))
        continue;
      s = (const char *) NODE (c, j)->node->content;
      if (first)
        {
          while (*s == ' ' || *s == '\n' || *s == '\t' || *s == '\r')
            s++;
          if (starts_with_word (s, "Published") || starts_with_word (s, "Updated") || starts_with_word (s, "Posted") ||
              starts_with_word (s, "First published") || starts_with_word (s, "By") || opens_foreign_byline (s))
            return TRUE;
          first = FALSE;
        }
      if (!short_enough)
        return FALSE;
      for (const char *p = s; p[0]; p++)
        if (g_ascii_isdigit (p[0]) && g_ascii_isdigit (p[1]) && g_ascii_isdigit (p[2]) && g_ascii_isdigit (p[3]))
          return TRUE;
    }
  return FALSE;
}

/* "<blockquote class=instagram-media>… on <time datetime=…>": a post
 * embedded in the story carries its own date, not the story's. */
static gboolean
in_embed (Ctx  *c,
          guint i,
          guint stop)
{
  for (guint a = NODE (c, i)->parent; a != NONE && a != stop; a = NODE (c, a)->parent)
    if (NODE (c, a)->kind == K_BLOCKQUOTE)
      return TRUE;
  return FALSE;
}

/* A visible "Published …", "Posted …" or "Updated …" line @t: an update's
 * date is the story's only when nothing says when it was published, and
 * "Updated 3 May 2024, first published 1 May 2024" says it. */
static void
take_line_date (Found      *f,
                const char *t)
{
  if (starts_with_word (t, "Updated") || starts_with_word (t, "Last updated"))
    {
      const char *pub = NULL;

      for (const char *p = t + 1; *p && pub == NULL; p++)
        if ((g_ascii_strncasecmp (p, "published", 9) == 0 || g_ascii_strncasecmp (p, "posted", 6) == 0) &&
            !g_ascii_isalpha (p[-1]))
          pub = p;
      if (pub && f->line_date == NULL)
        f->line_date = dossier_date_find (pub, NULL, NULL);
      if (f->line_date == NULL && f->updated_date == NULL)
        f->updated_date = dossier_date_find (t, NULL, NULL);
      return;
    }
  if (f->line_date == NULL)
    f->line_date = dossier_date_find (t, NULL, NULL);
}

static gboolean links_home (Ctx *c, guint i);

/* Whether the first text before @i is the end of an <h1> of three words
 * or more that is no link to the site's home: "<h1>How Robot Vacuums Find
 * Their Way</h1><h5>2024-11-06</h5>" is the story's date line, under its
 * headline, even where the title was found further down (a section
 * heading that repeats the og:title). */
static gboolean
just_under_h1 (Ctx   *c,
               guint  i)
{
  for (guint j = i; j-- > 0 && j + 40 > i;)
    {
      Node *y = NODE (c, j);

      if (!(y->flags & F_TEXT) || y->text_len == 0)
        continue;
      for (guint a = y->parent; a != NONE && a != G_MAXUINT; a = NODE (c, a)->parent)
        if (NODE (c, a)->kind == K_H1)
          {
            g_autofree char *t = NODE (c, a)->end < i ? node_text (c, a) : NULL;

            return t && count_words (t) >= 3 && !links_home (c, a);
          }
      return FALSE;
    }
  return FALSE;
}

static void
scan_scope (Ctx   *c,
            guint  scope,
            guint  content_end,
            guint  title_node,
            Found *f)
{
  guint end = MIN (NODE (c, scope)->end, content_end);

  for (guint i = scope; i <= end; i++)
    {
      Node *x = NODE (c, i);
      xmlNode *node = x->node;

      if ((x->flags & F_TEXT) && f->line_date == NULL && x->text_len < 100)
        {
          /* "Posted on 12 November 2022<br>" on pages without elements
           * around their lines. */
          const char *t = (const char *) node->content;

          while (*t == ' ' || *t == '\n' || *t == '\t' || *t == '\r')
            t++;
          if (starts_with_any_word (t, date_line_words))
            take_line_date (f, t);
          continue;
        }
      if (node->type != XML_ELEMENT_NODE)
        continue;
      if (x->kind == K_RAW)
        {
          i = x->end;
          continue;
        }
      /* A blog's date is often its permalink, "<a rel=bookmark><time
       * datetime=…>": a link around a time is no teaser's by itself. The
       * hAtom "published" class names the date in its title. */
      if (f->time_date == NULL && !in_list (c, i, scope))
        {
          const char *v = NULL;

          if (attr_is (node, "itemprop", "datePublished") && dossier_html_in_review (node))
            ;
          else if (attr_is (node, "itemprop", "datePublished"))
            v = dossier_html_attr (node, "datetime") ? dossier_html_attr (node, "datetime")
                : dossier_html_attr (node, "content") ? dossier_html_attr (node, "content")
                : dossier_html_attr (node, "title");
          else if (x->kind == K_TIME && in_embed (c, i, scope))
            ;
          /* "<time class=updated itemprop=dateModified>" before "<time
           * class="entry-date published">": the update is no publication
           * date, only a last resort. */
          else if (x->kind == K_TIME && dossier_html_attr (node, "datetime") &&
                   (attr_is (node, "itemprop", "dateModified") ||
                    ((named (node, "updated") || named (node, "modified")) && !named (node, "published"))))
            {
              if (f->updated_date == NULL)
                f->updated_date = dossier_date_find (dossier_html_attr (node, "datetime"), NULL, NULL);
            }
          else if (x->kind == K_TIME)
            v = dossier_html_attr (node, "datetime");
          else if (named (node, "published") && dossier_html_attr (node, "title"))
            v = dossier_html_attr (node, "title");
          if (v)
            f->time_date = dossier_date_find (v, NULL, NULL);
        }

      if (in_furniture (c, i, scope))
        continue;

      if (f->byline == NULL && x->text_len > 0 && x->text_len < 120 &&
          (attr_is (node, "rel", "author") || attr_is (node, "itemprop", "author") || named (node, "byline") ||
           named (node, "author")))
        {
          g_autofree char *t = node_text (c, i);
          g_autofree char *names = t ? byline_names (t) : NULL;

          if (names && count_words (names) <= 12)
            {
              f->byline = g_steal_pointer (&names);
              /* "von r23 » 21.01.2009, 05:42", a forum's first post: the
               * author's line dates the post. */
              if (f->line_date == NULL && count_words (t) <= 12)
                f->line_date = dossier_date_find (t, NULL, NULL);
            }
        }

      if (x->text_len > 0 && x->text_len < 120 && may_be_meta_line (c, i) && !has_block_children (c, i))
        {
          g_autofree char *t = node_text (c, i);

          if (t == NULL)
            continue;
          if (f->line_date == NULL && starts_with_any_word (t, date_line_words))
            take_line_date (f, t);
          if (f->byline == NULL && (starts_with_word (t, "By") || opens_foreign_byline (t)) && count_words (t) <= 14)
            f->byline = byline_names (t);
          /* A date alone under the headline is the story's; above it, in
           * the masthead, it is the page's. */
          if (count_words (t) <= 8)
            {
              g_autofree char *iso = NULL;

              if (!in_prose (c, i, scope) && !in_embed (c, i, scope) && dossier_date_is_only_date (t, &iso))
                {
                  if (title_node != NONE && i < title_node && !contains (c, i, title_node) &&
                      !just_under_h1 (c, i))
                    {
                      if (f->page_date == NULL)
                        f->page_date = g_steal_pointer (&iso);
                    }
                  else if (f->line_date == NULL && f->updated_date == NULL)
                    f->line_date = g_steal_pointer (&iso);
                }
            }
        }
    }
}

/* Whether the text node @i is in an <h2> … <h6>, within two levels. */
static gboolean
in_subheading (Ctx  *c,
               guint i)
{
  guint a = NODE (c, i)->parent;

  for (guint k = 0; k < 2 && a != NONE; k++, a = NODE (c, a)->parent)
    if (heading_level (NODE (c, a)->kind) > 1)
      return TRUE;
  return FALSE;
}

/* The address of the link whose text the text node @j is, within three
 * levels ("<a href=…><time>…</time></a>"), or NULL. */
static const char *
link_href (Ctx  *c,
           guint j)
{
  guint a = NODE (c, j)->parent;

  for (guint k = 0; k < 3 && a != NONE; k++, a = NODE (c, a)->parent)
    if (NODE (c, a)->kind == K_A)
      return dossier_html_attr (NODE (c, a)->node, "href");
  return NULL;
}

/* Whether the text node @j is the text of a link, within three levels,
 * to the archive of the day @iso ("/2025/07/27/"). */
static gboolean
in_day_link (Ctx        *c,
             guint       j,
             const char *iso)
{
  const char *href;
  g_autofree char *day = NULL;

  if (iso == NULL || strlen (iso) < 10 || (href = link_href (c, j)) == NULL)
    return FALSE;
  day = g_strdup_printf ("/%.4s/%.2s/%.2s", iso, iso + 5, iso + 8);
  return strstr (href, day) != NULL;
}

static gsize published_label_len (const char *t);

/* Whether the text just before the text node @j (within a few nodes) is a
 * label alone that says the publication's day follows ("<li><span
 * class=sr-only>Erscheinungsdatum</span> <a><time>21. Januar
 * 2022</time></a></li>", a forum's or a shop's row of details under the
 * headline). */
static gboolean
after_published_label (Ctx   *c,
                       guint  j)
{
  for (guint k = j; k-- > 0 && k + 8 > j;)
    {
      Node *y = NODE (c, k);
      const char *t;
      gsize n;

      if (!(y->flags & F_TEXT) || y->text_len == 0)
        continue;
      t = (const char *) y->node->content;
      while (*t == ' ' || *t == '\n' || *t == '\t' || *t == '\r')
        t++;
      if ((n = published_label_len (t)) == 0)
        return FALSE;
      for (t += n; *t == ' ' || *t == ':' || *t == '\n' || *t == '\t' || *t == '\r'; t++)
        ;
      return *t == '\0';
    }
  return FALSE;
}

/* in_furniture() less a short <footer> or <aside> of the article's own
 * details above its body: "<article><footer class=node__meta>By <a>Ann
 * Lee</a> March 30, 2023 | …</footer><div class=content><p>…": a CMS's
 * template (Drupal's "submitted" line) that names the byline's box so;
 * "<article><aside><time>June 6, 2021</time></aside><h2>…": a blog's
 * date set beside the headline. The story's text follows it in the
 * <article>: it is not the page's footer or sidebar. Links count as
 * furniture when @links. */
static gboolean
in_furniture_above_story (Ctx      *c,
                          guint     i,
                          gboolean  links)
{
  for (guint a = i; a != NONE; a = NODE (c, a)->parent)
    {
      Kind k = NODE (c, a)->kind;

      if (k == K_DROP && (dossier_html_is_tag (NODE (c, a)->node, "footer") ||
                          dossier_html_is_tag (NODE (c, a)->node, "aside")) && NODE (c, a)->text_len <= 200)
        {
          guint b;
          gsize after = 0;

          for (b = NODE (c, a)->parent; b != NONE && NODE (c, b)->kind != K_ARTICLE; b = NODE (c, b)->parent)
            ;
          for (guint j = NODE (c, a)->end + 1; b != NONE && j <= NODE (c, b)->end && after < 500; j++)
            if (NODE (c, j)->flags & F_TEXT)
              after += NODE (c, j)->text_len;
          if (after >= 500)
            continue;
        }
      if (k == K_DROP || (k == K_A && links) || k == K_LI)
        return TRUE;
    }
  return FALSE;
}

/* Whether @t gives a span of clock times ("13:15 Uhr - 19:00 Uhr",
 * "7:00 pm – 9:30 pm", "10:00–12:00"): an event's hours, so its date is
 * the event's day, not the page's. */
static gboolean
has_time_span (const char *t)
{
  for (const char *p = t; *p; p++)
    {
      const char *q;
      gboolean dash = FALSE;

      if (!(g_ascii_isdigit (p[0]) && p[1] == ':' && g_ascii_isdigit (p[2]) && g_ascii_isdigit (p[3])) &&
          !(g_ascii_isdigit (p[0]) && g_ascii_isdigit (p[1]) && p[2] == ':' && g_ascii_isdigit (p[3]) &&
            g_ascii_isdigit (p[4])))
        continue;
      q = strchr (p, ':') + 3;
      for (guint n = 0; *q && n < 16 && !g_ascii_isdigit (*q); n++, q++)
        if (*q == '-' || g_str_has_prefix (q, "\u2013") || g_str_has_prefix (q, "\u2014"))
          dash = TRUE;
      if (dash && g_ascii_isdigit (q[0]) &&
          (q[1] == ':' || (g_ascii_isdigit (q[1]) && q[2] == ':')))
        return TRUE;
      p = q - 1;
    }
  return FALSE;
}

/* Labels of the day something is due, in the languages of the sets. */
static const char *deadline_labels[] = {
  "Deadline", "Closing date", "Apply by", "Anmeldeschluss", "Einsendeschluss", "Bewerbungsschluss", "Meldeschluss",
  "Date limite", "Fecha límite", "Fecha limite", "Scadenza", NULL,
};

/* "Von: Anna Berg | 31.10.23", "Pressemitteilung vom 20.01.2022": the
 * short lines between the headline and the story's first paragraph carry
 * its date in any language; so does a date alone just above the headline
 * ("<div class=meta-date>19.11.2021</div><h1>"), nothing between them,
 * in the article's region (above it, it is the masthead's). A last resort,
 * after the metadata, <time> and "Published" lines. */
static void
scan_near_title (Ctx   *c,
                 guint  scope,
                 guint  title_node,
                 guint  story,
                 Found *f)
{
  guint lines = 0;

  if (title_node == NONE)
    return;
  /* "<h1>Zuschauerrückkehr …<br><small>02.02.2022 • Presse</small></h1>":
   * a date line set apart inside the headline's element, not its words. */
  for (guint j = title_node + 1; j <= NODE (c, title_node)->end; j++)
    if ((NODE (c, j)->flags & F_TEXT) && NODE (c, j)->parent != title_node &&
        dossier_date_is_only_date ((const char *) NODE (c, j)->node->content, &f->near_date))
      return;
  for (guint j = NODE (c, title_node)->end + 1; j < c->nodes->len && j <= NODE (c, title_node)->end + 80; j++)
    {
      Node *x = NODE (c, j);
      const char *t;
      guint words;

      if (x->kind == K_RAW)
        {
          j = x->end;
          continue;
        }
      if (!(x->flags & F_TEXT))
        continue;
      t = (const char *) x->node->content;
      words = count_words (t);
      /* The story has begun; a standfirst in a heading of its own ("<h2>Die
       * Corona-Krise durch Big Data überwinden: …</h2>") has not begun it,
       * nor one of prose above the body's first block (@story), which the
       * byline and the date often follow. */
      if ((words >= 20 && !in_subheading (c, j) && j >= story) || ++lines > 12)
        break;
      if (in_embed (c, j, NONE))
        continue;
      /* "Deadline: 15. März 2020", "Anmeldeschluss: …": the day
       * something is due, under an event's or a call's headline. */
      if (starts_with_any_word (t, deadline_labels) || has_time_span (t))
        continue;
      if (words <= 12 && !in_furniture_above_story (c, j, TRUE) && !in_prose (c, j, NONE) &&
          (f->near_date = dossier_date_find (t, NULL, NULL)))
        return;
      /* "Veröffentlichung: <a href=/archiv/>04.02.2022</a>": a date alone
       * in a link to the day's archive, or in an item of the article's row
       * of details; in a list too when the link's address is that day's
       * ("<li><a href=/2025/07/27/><time>July 27, 2025</time></a>", a
       * WordPress theme's row of the post's details). */
      {
        g_autofree char *iso = NULL;

        if (dossier_date_is_only_date (t, &iso) &&
            (!in_list (c, j, NONE) || in_item_of_details (c, j, NONE) || in_day_link (c, j, iso) ||
             after_published_label (c, j)))
          {
            f->near_date = g_steal_pointer (&iso);
            return;
          }
      }
    }
  lines = 0;
  for (guint j = title_node; j-- > 0 && j + 40 > title_node;)
    {
      Node *x = NODE (c, j);
      g_autofree char *iso = NULL;

      if (!(x->flags & F_TEXT))
        continue;
      /* "Dec 12, 2025 <div>4 min read</div> <h1>": a reading time between
       * the date and the headline is the date's line still. */
      if (lines == 0 && dossier_date_is_reading_time ((const char *) x->node->content))
        continue;
      /* Outside the article's region, it is the masthead's, unless it is
       * the last thing above the headline ("<span class=time-rubric>Mar 4,
       * 2024</span></div><h1>" in a page's opening banner):
       * a masthead's date stands by the logo, not on the story's title. */
      if ((contains (c, scope, j) || lines == 0) && !in_furniture_above_story (c, j, FALSE) &&
          !has_time_span ((const char *) x->node->content) &&
          dossier_date_is_only_date ((const char *) x->node->content, &iso))
        {
          f->near_date = g_steal_pointer (&iso);
          return;
        }
      /* "Bonn, 11.10.2021", "31.01.2022 2. HBL": in the article's region,
       * a place before the date or a section after it, in one line. */
      if (contains (c, scope, j) && !in_list (c, j, NONE) && count_words ((const char *) x->node->content) <= 4)
        {
          const char *t = (const char *) x->node->content;
          gsize ms = 0;
          g_autofree char *d = dossier_date_find (t, &ms, NULL);
          g_autofree char *place = d ? g_strstrip (g_strndup (t, ms)) : NULL;

          if (d && (*place == '\0' || ((g_str_has_suffix (place, ",") || g_str_has_suffix (place, ",\u00a0")) &&
                                         count_words (place) == 1)))
            {
              f->near_date = g_steal_pointer (&d);
              return;
            }
        }
      /* "<span>02.02.2022</span> <span>A-Frauen</span> <h1>": past a
       * section's name or two, no further. */
      if (++lines >= 3 || count_words ((const char *) x->node->content) > 3)
        return;
    }
}

/* Labels that say the date next to them is the publication's, alone in
 * their element ("<h3>Published</h3><p><time>August 30, 2024</time>") or
 * before the date in the same line; in German, French, Spanish and
 * Italian too ("Erschienen am: 01.11.2023", "Veröffentlichung: <a>…</a>"). */
static const char *published_labels[] = {
  "Published", "Published on", "Posted", "Posted on", "Date published", "Publication date", "Published date",
  "Publish date", "Date of publication", "Veröffentlicht", "Veröffentlicht am", "Veröffentlichung",
  "Veröffentlichungsdatum", "Erscheinungsdatum", "Erschienen", "Erschienen am", "Publié", "Publié le", "Date de publication",
  "Publicado", "Publicado el", "Fecha de publicación", "Pubblicato", "Pubblicato il", NULL,
};

/* The length of the longest of published_labels that @t opens with, 0 for
 * none. */
static gsize
published_label_len (const char *t)
{
  gsize best = 0;

  for (guint i = 0; published_labels[i]; i++)
    if (strlen (published_labels[i]) > best && starts_with_word (t, published_labels[i]))
      best = strlen (published_labels[i]);
  return best;
}

/* Whether the node @i is in a list item. */
static gboolean
in_item (Ctx  *c,
         guint i)
{
  guint depth = 0;

  /* Bounded: a page nested 100,000 deep has as many short texts. */
  for (guint a = i; a != NONE && depth < 256; a = NODE (c, a)->parent, depth++)
    if (NODE (c, a)->kind == K_LI)
      return TRUE;
  return FALSE;
}

/* What follows a "Published" label before the writer's name: "Posted by
 * Ann Lee on May 3, 2024", "Veröffentlicht von Anna Berg am 23. Februar
 * 2020", "Publié par …", "Publicado por …", "Pubblicato da …". */
static const char *published_by_words[] = { "by", "von", "par", "por", "da", NULL };

/* The date in the line that the text node @i ("Veröffentlicht von ")
 * opens, a line of fourteen words at most: its element's text, or its
 * parent's when the label, the name and the date are elements of their
 * own ("<span>Posted by</span> <a>Ann Lee</a> on <time>…</time>"). */
static char *
published_by_date (Ctx  *c,
                   guint i)
{
  guint a = NODE (c, i)->parent;

  for (guint k = 0; k < 2 && a != NONE; k++, a = NODE (c, a)->parent)
    {
      g_autofree char *t = node_text (c, a);
      char *iso;

      if (t == NULL || count_words (t) > 14)
        return NULL;
      if ((iso = dossier_date_find (t, NULL, NULL)))
        return iso;
    }
  return NULL;
}

/* "<div>Published</div><div>October 14, 2025</div>", "<span>Published On:
 * 15 August 2025</span>", "Posted on April 13, 2023": a line that says when
 * the page was published, wherever the template put it (a sidebar's box of
 * details, a banner above the headline, a row below the story), when the
 * article's region says nothing. Outside lists (a teaser's "Posted on"),
 * and only when every such line on the page gives the same day: two days
 * are a list's or the comments'. */
static void
scan_published_labels (Ctx   *c,
                       Found *f)
{
  g_autofree char *day = NULL;

  for (guint i = 0; i < c->nodes->len; i++)
    {
      Node *x = NODE (c, i);
      const char *t;
      gsize n;
      g_autofree char *iso = NULL;

      if (x->kind == K_RAW || x->kind == K_HEAD)
        {
          i = x->end;
          continue;
        }
      if (!(x->flags & F_TEXT) || x->text_len > 60)
        continue;
      t = (const char *) x->node->content;
      while (*t == ' ' || *t == '\n' || *t == '\t' || *t == '\r')
        t++;
      if ((n = published_label_len (t)) == 0 || in_item (c, i))
        continue;
      t += n;
      /* "Published On:", "Published&ensp;" */
      for (;;)
        if (*t == ' ' || *t == ':' || *t == '\n' || *t == '\t' || *t == '\r')
          t++;
        else if (g_str_has_prefix (t, "\u00a0"))
          t += strlen ("\u00a0");
        else if (g_str_has_prefix (t, "\u2002"))
          t += strlen ("\u2002");
        else
          break;
      if (*t == '\0')
        {
          /* The label alone: the date in the next text of the page,
           * within a few elements. */
          for (guint j = i + 1; j < c->nodes->len && j <= i + 8; j++)
            if (NODE (c, j)->flags & F_TEXT)
              {
                if (!in_item (c, j))
                  dossier_date_is_only_date ((const char *) NODE (c, j)->node->content, &iso);
                break;
              }
        }
      else if (starts_with_any_word (t, published_by_words))
        iso = published_by_date (c, i);
      else
        dossier_date_is_only_date (t, &iso);
      if (iso == NULL)
        continue;
      if (day && strncmp (day, iso, 10) != 0)
        return;
      if (day == NULL)
        day = g_steal_pointer (&iso);
    }
  f->label_date = g_steal_pointer (&day);
}

/* What may stand alone before a writer's name in the line under a
 * headline: "<p>Written by</p><p>Ann Lee</p>", "<span>By </span><a>Ann
 * Lee</a>". */
static const char *byline_alone_labels[] = {
  "By", "By:", "Written by", "Written by:", "Words by", "Article by", "Author", "Author:", "Posted by", NULL,
};

/* Whether the text @t is one of byline_alone_labels, case aside
 * ("WRITTEN BY"). */
static gboolean
is_byline_label_alone (const char *t)
{
  g_autofree char *v = g_strstrip (g_strdup (t));

  for (guint i = 0; byline_alone_labels[i]; i++)
    if (g_ascii_strcasecmp (v, byline_alone_labels[i]) == 0)
      return TRUE;
  return FALSE;
}

/* Words that may stand uncapitalised in a name or between names. */
static const char *name_glue_words[] = {
  "and", "&", "van", "von", "der", "den", "de", "da", "di", "du", "del", "la", "le", "y", "e", "bin", "al", NULL,
};

/* Whether the text @t may be a writer's name or a few names: one to six
 * words, each capitalised or glue, no digits, no sentence, none of the
 * words a link to a writer's page says instead ("More from …"). */
static gboolean
looks_like_names (const char *t)
{
  static const char *not_first[] = { "More", "Read", "View", "See", "All", "Visit", "Follow", "Meet", "About",
                                     "Articles", "Posts", "Learn", "Contact", NULL };
  g_auto(GStrv) words = NULL;
  guint n = 0;

  if (t == NULL || count_words (t) == 0 || count_words (t) > 6 || strpbrk (t, "0123456789?!:|@") != NULL)
    return FALSE;
  words = g_strsplit_set (t, " \t\n\r,", -1);
  for (guint i = 0; words[i]; i++)
    {
      gunichar u;

      if (*words[i] == '\0')
        continue;
      u = g_utf8_get_char (words[i]);
      if (n == 0 && g_strv_contains (not_first, words[i]))
        return FALSE;
      if (!g_unichar_isupper (u) && !(n > 0 && g_strv_contains (name_glue_words, words[i])))
        return FALSE;
      n++;
    }
  return n > 0;
}

/* Whether the text node @j is the text of a link to a writer's page
 * ("/author/ann-lee/", "/authors/ann-lee"), within three levels. */
static gboolean
in_author_link (Ctx  *c,
                guint j)
{
  const char *href = link_href (c, j);

  return href && (strstr (href, "/author/") || strstr (href, "/authors/"));
}

/* Whether the text node @j is in an element named "author"
 * ("author-name", "post_author_name"), within two levels. */
static gboolean
in_author_element (Ctx  *c,
                   guint j)
{
  guint a = NODE (c, j)->parent;

  for (guint k = 0; k < 2 && a != NONE; k++, a = NODE (c, a)->parent)
    if (named (NODE (c, a)->node, "author") || attr_is (NODE (c, a)->node, "itemprop", "author") ||
        attr_is (NODE (c, a)->node, "rel", "author"))
      return TRUE;
  return FALSE;
}

/* The writer's name in the short lines under the headline, where the
 * article's region holds no byline and the name has no "By " in its own
 * text: a label alone and the name in the next element ("<p>Written
 * by</p><p>Ann Lee</p>"), the text of a link to the writer's page, or of
 * an element named "author" above the article's region. The
 * lines end where the story begins, as in scan_near_title(). */
static void
scan_byline_near_title (Ctx   *c,
                        guint  title_node,
                        guint  story,
                        Found *f)
{
  guint lines = 0;
  gboolean labelled = FALSE;

  if (title_node == NONE || f->byline)
    return;
  for (guint j = NODE (c, title_node)->end + 1; j < c->nodes->len && j <= NODE (c, title_node)->end + 120; j++)
    {
      Node *x = NODE (c, j);
      g_autofree char *t = NULL;

      if (x->kind == K_RAW)
        {
          j = x->end;
          continue;
        }
      if (!(x->flags & F_TEXT))
        continue;
      t = dossier_html_collapse_spaces ((const char *) x->node->content);
      g_strstrip (t);
      if (*t == '\0')
        continue;
      /* As in scan_near_title(), past a standfirst left out of the body. */
      if ((count_words (t) >= 20 && !in_subheading (c, j) && j >= story) || ++lines > 16)
        break;
      if (is_byline_label_alone (t))
        {
          labelled = TRUE;
          continue;
        }
      if ((labelled || in_author_link (c, j) || in_author_element (c, j)) && looks_like_names (t))
        {
          f->byline = byline_names (t);
          return;
        }
      labelled = FALSE;
    }
}

static char *
valid_day (int y,
           int m,
           int d)
{
  if (y >= 1990 && y <= 2100 && m >= 1 && m <= 12 && d >= 1 && g_date_valid_dmy (d, m, y))
    return g_strdup_printf ("%04d-%02d-%02d", y, m, d);
  return NULL;
}

static int
digits (const char *p,
        guint       n)
{
  int v = 0;

  for (guint i = 0; i < n; i++)
    {
      if (!g_ascii_isdigit (p[i]))
        return -1;
      v = v * 10 + (p[i] - '0');
    }
  return v;
}

/* The day a path segment opens or ends with, written whole: "20220127-…",
 * "…/29-10-2021", "23-01-2022-dorothea-…", "2021-10-29_…", "08112021-…".
 * A run of digits that goes on is an id, not a day. */
static char *
segment_day (const char *seg,
             gsize       len)
{
  static const struct { guint len; gboolean dashed; gboolean year_first; } forms[] = {
    { 10, TRUE, TRUE }, { 10, TRUE, FALSE }, { 8, FALSE, TRUE }, { 8, FALSE, FALSE },
  };

  for (guint at = 0; at < 2; at++)
    for (guint k = 0; k < G_N_ELEMENTS (forms); k++)
      {
        guint n = forms[k].len;
        const char *p;
        char before, after;
        int y, m, d;
        char *day;

        if (len < n)
          continue;
        p = at == 0 ? seg : seg + len - n;
        before = p > seg ? p[-1] : '/';
        after = p + n < seg + len ? p[n] : '/';
        if (g_ascii_isalnum (before) || g_ascii_isdigit (after) || (at == 0 && g_ascii_isalpha (after)))
          continue;
        if (forms[k].dashed)
          {
            char sep = forms[k].year_first ? p[4] : p[2];

            if ((sep != '-' && sep != '_') || (forms[k].year_first ? p[7] : p[5]) != sep)
              continue;
            if (forms[k].year_first)
              y = digits (p, 4), m = digits (p + 5, 2), d = digits (p + 8, 2);
            else
              d = digits (p, 2), m = digits (p + 3, 2), y = digits (p + 6, 4);
          }
        else if (forms[k].year_first)
          y = digits (p, 4), m = digits (p + 4, 2), d = digits (p + 6, 2);
        else
          d = digits (p, 2), m = digits (p + 2, 2), y = digits (p + 4, 4);
        if ((day = valid_day (y, m, d)) != NULL)
          return day;
      }
  return NULL;
}

/* The day of a page's address: /2016/02/28/ or /2020/oct/02/ as
 * segments, else a segment that opens or ends with the whole date. */
static char *
url_date (const char *url)
{
  static const char *const months[] = { "january", "february", "march", "april", "may", "june", "july",
                                        "august", "september", "october", "november", "december" };
  /* "https://example.org%2Farticles%2F2025-12-15%2B…" (an og:url escaped
   * once too often). */
  g_autofree char *plain = strstr (url, "%2F") || strstr (url, "%2f") ? g_uri_unescape_string (url, NULL) : NULL;
  const char *p;
  const char *path;

  if (plain)
    url = plain;
  p = strstr (url, "://");
  p = p ? strchr (p + 3, '/') : NULL;
  path = p;
  for (; p && *p; p = strchr (p + 1, '/'))
    {
      int y = digits (p + 1, 4), m = -1, d;
      gsize mlen = y >= 0 && p[5] == '/' ? strcspn (p + 6, "/") : 0;

      if (y < 0 || p[5] != '/')
        continue;
      if (mlen == 2)
        m = digits (p + 6, 2);
      /* "/2020/oct/02/", "/2023/october/03/" */
      for (guint k = 0; k < G_N_ELEMENTS (months) && m < 0 && mlen >= 3; k++)
        if ((mlen == 3 || mlen == strlen (months[k])) && g_ascii_strncasecmp (p + 6, months[k], mlen) == 0)
          m = k + 1;
      if (m < 0 || p[6 + mlen] != '/')
        continue;
      p = strchr (p + 6, '/');
      d = digits (p + 1, 2);
      if (d >= 0 && (p[3] == '/' || p[3] == '\0' || p[3] == '?' || p[3] == '#'))
        {
          char *day = valid_day (y, m, d);

          if (day)
            return day;
        }
    }

  for (p = path; p && *p;)
    {
      const char *seg = p + 1;
      gsize len = strcspn (seg, "/?#");
      const char *dot = memchr (seg, '.', len);
      char *day = segment_day (seg, dot ? (gsize) (dot - seg) : len);

      if (day)
        return day;
      if (seg[len] != '/')
        break;
      p = seg + len;
    }
  return NULL;
}

/* A date printed above the article, in the masthead, is the day the page
 * was saved: the page date, never the publication date. Below the
 * headline is no masthead, even outside the article's region (a byline
 * row between the <h1> and the <article>). */
static void
scan_masthead (Ctx   *c,
               guint  scope,
               guint  title_node,
               Found *f)
{
  guint limit = MIN (scope, 20000);

  if (title_node != NONE && title_node < limit)
    limit = title_node;

  for (guint i = 0; i < limit && f->page_date == NULL; i++)
    {
      Node *x = NODE (c, i);
      g_autofree char *t = NULL;

      if (x->node->type != XML_ELEMENT_NODE || x->kind == K_RAW || x->kind == K_HEAD || contains (c, i, scope))
        {
          if (x->kind == K_RAW || x->kind == K_HEAD)
            i = x->end;
          continue;
        }
      if (x->text_len == 0 || x->text_len > 60 || !may_be_meta_line (c, i) || has_block_children (c, i))
        continue;
      t = node_text (c, i);
      if (t && count_words (t) <= 8)
        dossier_date_is_only_date (t, &f->page_date);
    }
}

/* "© 2023 The Daily Ledger. All rights reserved.": the owner, as a last
 * resort for the outlet. */
static void
scan_copyright (Ctx   *c,
                Found *f)
{
  for (guint i = c->nodes->len; i-- > 0 && f->copyright == NULL;)
    {
      Node *x = NODE (c, i);
      const char *content = (const char *) x->node->content;
      g_autofree char *t = NULL;
      const char *p;

      if (!(x->flags & F_TEXT) || content == NULL || x->parent == NONE || NODE (c, x->parent)->text_len > 200)
        continue;
      if (strstr (content, "©") == NULL && strstr (content, "Copyright") == NULL)
        continue;
      t = node_text (c, x->parent);
      p = strstr (t, "©");
      p = p ? p + strlen ("©") : strstr (t, "Copyright");
      if (p == NULL)
        continue;
      /* "© Copyright 1996-2008 Toronto Star", "Copyright (c) 2024 by …",
       * "Copyright © 2024 …", "Copyright of …": the marks, years and
       * little words before the name, in any order (not the figures of a
       * name: "940 Montreal"). */
      for (guint k = 0; k < 12; k++)
        {
          gsize d = 0;
          gboolean range = FALSE;

          for (; *p == ' ' || *p == '-' || *p == ',' || *p == '(' || *p == ')' || *p == ':'; p++)
            if (*p == '-')
              range = TRUE;
            else if (*p != ' ')
              range = FALSE;
          while (g_ascii_isdigit (p[d]))
            d++;
          /* A year, or the end of a range of them ("2006-07"). */
          if ((d == 4 || (d == 2 && range)) && !g_ascii_isalnum (p[d]))
            p += d;
          else if (g_str_has_prefix (p, "Copyright"))
            p += strlen ("Copyright");
          else if (g_str_has_prefix (p, "©"))
            p += strlen ("©");
          else if (p > t && p[-1] == '(' && g_ascii_strncasecmp (p, "c)", 2) == 0)
            p += 2;
          else if (g_str_has_prefix (p, "by ") || g_str_has_prefix (p, "of "))
            p += 3;
          else
            break;
        }
      if (g_ascii_isupper (*p))
        {
          g_autofree char *name = dossier_page_normalize_outlet (p);

          /* "Toronto Star 1996-2008", "CBC 2008": the years after the
           * name, not a name's own figures ("Channel 4"). */
          for (guint k = 0; name && k < 3; k++)
            {
              gsize n = strlen (name);

              while (n > 0 && (name[n - 1] == ' ' || name[n - 1] == '-' || name[n - 1] == ','))
                n--;
              if (n > 5 && g_ascii_isdigit (name[n - 1]) && g_ascii_isdigit (name[n - 2]) &&
                  g_ascii_isdigit (name[n - 3]) && g_ascii_isdigit (name[n - 4]) && !g_ascii_isalnum (name[n - 5]))
                n -= 4;
              else
                k = 3;
              while (n > 0 && (name[n - 1] == ' ' || name[n - 1] == '-' || name[n - 1] == ','))
                n--;
              name[n] = '\0';
            }
          if (name && *name)
            f->copyright = g_steal_pointer (&name);
        }
    }
}

/* The text of the first link to the site's root ("/", "https://host/")
 * that has words: a site's or blog's name. */
/* "/", "https://example.org", "http://example.org/": the site's home. */
static gboolean
href_is_root (const char *href)
{
  if (g_str_has_prefix (href, "https://") || g_str_has_prefix (href, "http://"))
    {
      href = strchr (href, ':') + 3;
      href = strchr (href, '/') ? strchr (href, '/') : "/";
    }
  return strcmp (href, "/") == 0;
}

/* All of @i's text is one link to the site's home: a masthead's name
 * ("<h1><a href=/>News &amp; Observer | …</a></h1>"), no headline. */
static gboolean
links_home (Ctx   *c,
            guint  i)
{
  for (guint j = i + 1; j <= NODE (c, i)->end; j++)
    if (NODE (c, j)->kind == K_A)
      {
        const char *href = dossier_html_attr (NODE (c, j)->node, "href");

        return NODE (c, j)->text_len == NODE (c, i)->text_len && href && href_is_root (href);
      }
  return FALSE;
}

static char *
home_link_text (Ctx *c)
{
  for (guint i = 0; i < c->nodes->len; i++)
    {
      Node *x = NODE (c, i);
      const char *href;

      if (x->kind == K_RAW || x->kind == K_HEAD)
        {
          i = x->end;
          continue;
        }
      if (x->node->type != XML_ELEMENT_NODE || !dossier_html_is_tag (x->node, "a") || x->text_len == 0 ||
          (href = dossier_html_attr (x->node, "href")) == NULL)
        continue;
      if (href_is_root (href))
        {
          g_autofree char *t = node_text (c, i);
          g_autofree char *v = t ? dossier_html_collapse_spaces (t) : NULL;

          if (v && count_words (v) >= 1 && count_words (v) <= 8)
            return g_steal_pointer (&v);
        }
    }
  return NULL;
}

/* "davidbau.com Vibe Coding" under a link home "davidbau.com": @title
 * less the words of the link home @home, an address, that open it before
 * a space and a headline of two words or more; or %NULL. */
static char *
home_cut (const char *title,
          const char *home)
{
  gsize nt = strlen (title), nh = strlen (home);

  if (nh == 0 || nt <= nh + 1 || strchr (home, '.') == NULL || strchr (home, ' ') != NULL)
    return NULL;
  if (g_ascii_strncasecmp (title, home, nh) == 0 && title[nh] == ' ' && g_ascii_isalnum (title[nh + 1]) &&
      count_words (title + nh) >= 2)
    return g_strdup (title + nh + 1);
  return NULL;
}

static gboolean looks_like_headline (const Node *x);
static gboolean links_to_itself (Ctx *c, guint a);

/* Whether the element @i or one around it is not shown ("<div
 * style=\"display:none\"><span class=headline>Star | Sports | …</span>",
 * a copy of the <title> that the page keeps for its scripts). */
static gboolean
hidden_from_view (Ctx  *c,
                  guint i)
{
  for (guint a = i; a != NONE; a = NODE (c, a)->parent)
    if (NODE (c, a)->flags & F_HIDDEN)
      return TRUE;
  return FALSE;
}

/* "The post Ten ways to save water appeared first on Garden Notes.": a
 * line that names the title inside a sentence of its own, words before
 * and after it and a full stop at its end (a feed's footer, a "you are
 * reading" line), is no headline. @title_key is the title as
 * normalize_for_compare() gives it. */
static gboolean
title_in_sentence (const char *text,
                   const char *title_key)
{
  g_autofree char *t = g_strstrip (g_strdup (text));
  g_autofree char *k = normalize_for_compare (t);
  gsize n = strlen (t);
  const char *at = *title_key ? strstr (k, title_key) : NULL;

  return at && at > k && strlen (at) > strlen (title_key) && n > 0 && t[n - 1] == '.';
}

/* "Grads find their degrees no longer guarantee jobs (latimes.com) 87": a
 * link's title as a news aggregator shows it, the source's address in
 * brackets after it and maybe the count of comments. Whether @headline is
 * @title_key (as normalize_for_compare() gives it) and such a tail. */
static gboolean
source_after (const char *headline,
              const char *title_key)
{
  g_autofree char *h = g_strstrip (dossier_html_collapse_spaces (headline));
  char *end = h + strlen (h);
  char *open, *close, *dot;
  g_autofree char *k = NULL;

  while (end > h && (g_ascii_isdigit (end[-1]) || end[-1] == ' '))
    end--;
  if (end == h || end[-1] != ')')
    return FALSE;
  close = end - 1;
  *close = '\0';
  open = strrchr (h, '(');
  if (open == NULL || open == h || open[-1] != ' ')
    return FALSE;
  dot = strrchr (open + 1, '.');
  if (dot == NULL || dot == open + 1 || close - dot < 3 || close - dot > 7)
    return FALSE;
  for (const char *p = open + 1; p < close; p++)
    if (!g_ascii_isalnum (*p) && *p != '.' && *p != '-')
      return FALSE;
  for (const char *p = dot + 1; p < close; p++)
    if (!g_ascii_islower (*p))
      return FALSE;
  *open = '\0';
  k = normalize_for_compare (h);
  return strcmp (k, title_key) == 0;
}

/* "<h1>News</h1>": whether element @i says one word only (a section's
 * name over the story, not its headline). */
static gboolean
one_word (Ctx  *c,
          guint i)
{
  g_autofree char *t = node_text (c, i);

  return t && count_words (g_strstrip (t)) == 1;
}

/* "What Is Mesh WiFi? Our 2026 Exclusive Guide" over an <h1> "What is
 * Mesh WiFi?": whether @headline is a question or an exclamation of three
 * words or more that opens @title, whose words for search engines follow
 * it after a space. */
static gboolean
question_opening (const char *title,
                  const char *headline)
{
  g_autofree char *h = g_strstrip (dossier_html_collapse_spaces (headline));
  gsize n = strlen (h);

  return n > 0 && (h[n - 1] == '?' || h[n - 1] == '!') && count_words (h) >= 3 && strlen (title) > n &&
         g_ascii_strncasecmp (title, h, n) == 0 && title[n] == ' ';
}

static guint
find_title_node (Ctx        *c,
                 guint       scope,
                 const char *title)
{
  guint first_in_scope = NONE, first = NONE, holds = NONE;
  guint commas = 0;
  guint title_len = title ? visible_len (title, &commas) : 0;
  g_autofree char *title_key = title ? normalize_for_compare (title) : NULL;

  for (guint i = 0; i < c->nodes->len; i++)
    {
      Node *x = NODE (c, i);

      if (x->kind == K_RAW || x->kind == K_HEAD)
        {
          i = x->end;
          continue;
        }
      if (x->kind != K_H1 && !(title && (x->kind == K_H2 || x->kind == K_P || x->kind == K_DIV) &&
                               x->text_len < 400 && contains (c, scope, i)))
        continue;
      if (x->text_len == 0 || furniture_for_story (c, i, scope) || links_home (c, i))
        continue;
      /* Only elements of about the title's length can hold it. */
      if (title && (x->text_len * 2 < title_len || x->text_len > 3 * title_len + 40))
        continue;
      if (title)
        {
          g_autofree char *t = node_text (c, i);

          if (t && same_title (t, title) && !has_block_children (c, i) &&
              !(x->kind != K_H1 && x->kind != K_H2 && title_in_sentence (t, title_key)))
            {
              g_autofree char *k = normalize_for_compare (t);

              /* "New York|Ahmad Khan Rahami Is Arrested", a masthead's
               * section and headline run together above the <h1> that
               * says the headline alone: an element that says just the
               * title wins over one that holds more. */
              if (strcmp (k, title_key) == 0 && !hidden_from_view (c, i))
                return i;
              if (holds == NONE || (hidden_from_view (c, holds) && !hidden_from_view (c, i)))
                holds = i;
            }
        }
      if (x->kind == K_H1)
        {
          if (first == NONE)
            first = i;
          if (first_in_scope == NONE && contains (c, scope, i))
            first_in_scope = i;
        }
    }
  /* "<p><a href=../business/>Business</a> … <font
   * class=storyhead><b>Mill to close</b></font>" under a <title> "The
   * Daily : Business : Mill to close": the section's link and the
   * headline in one paragraph hold the title's words run together; the
   * element inside that is set apart as a headline and says it with no
   * link is the headline. */
  if (title && holds != NONE && NODE (c, holds)->link_len > 0)
    for (guint j = holds + 1; j <= NODE (c, holds)->end; j++)
      {
        Node *x = NODE (c, j);
        g_autofree char *t = NULL;
        g_autofree char *k = NULL;
        gsize n, m;

        if (x->node->type != XML_ELEMENT_NODE || x->link_len > 0 || !looks_like_headline (x) ||
            (t = node_text (c, j)) == NULL || count_words (t) < 3)
          continue;
        /* The title's last part, however long the trail of sections
         * before it ("The Daily : Sport - Rowing : Blue Heron crew sets a
         * record"). */
        k = normalize_for_compare (t);
        n = strlen (k);
        m = strlen (title_key);
        if (n == 0 || !(same_title (t, title) || (n < m && strcmp (title_key + m - n, k) == 0)))
          continue;
        holds = j;
        break;
      }
  if (title)
    return holds;
  return first_in_scope != NONE ? first_in_scope : first;
}

/* The first <h1> of the page, outside the story's furniture and no link
 * home, whose text is @key once compared as normalize_for_compare() does,
 * in @min_words words or more; or NONE. */
static guint
story_h1_saying (Ctx        *c,
                 guint       scope,
                 const char *key,
                 guint       min_words)
{
  for (guint i = 0; i < c->nodes->len; i++)
    {
      Node *x = NODE (c, i);

      if (x->kind == K_RAW || x->kind == K_HEAD)
        {
          i = x->end;
          continue;
        }
      if (x->kind == K_H1 && x->text_len > 0 && !furniture_for_story (c, i, scope) && !links_home (c, i))
        {
          g_autofree char *t = node_text (c, i);
          g_autofree char *k = t ? normalize_for_compare (t) : NULL;

          if (k && strcmp (k, key) == 0 && count_words (t) >= min_words)
            return i;
        }
    }
  return NONE;
}

/* Whether element @i says @title, no more and no less (letters and digits
 * compared). */
static gboolean
says_just (Ctx        *c,
           guint       i,
           const char *title)
{
  g_autofree char *t = node_text (c, i);
  g_autofree char *k = t ? normalize_for_compare (t) : NULL;
  g_autofree char *kt = normalize_for_compare (title);

  return k && strcmp (k, kt) == 0;
}

/* The first element of the body that says @part and nothing more, outside
 * links and lists and not a link itself: "<b>Bush Warns Iran on Naval
 * Clash</b>" for a part of "MyFox Houston | Bush Warns Iran on Naval
 * Clash", not "<h1><a href=/>Mein Garten und ich</a></h1>" (the link home). */
static guint
find_part_node (Ctx        *c,
                guint       top,
                const char *part)
{
  g_autofree char *key = normalize_for_compare (part);
  gsize n = strlen (key);
  guint wrap = NONE;

  /* "<form id=form1>" around all of an ASP.NET page: a dropped element
   * that holds the story is no furniture. */
  for (guint a = top; a != NONE; a = NODE (c, a)->parent)
    if (NODE (c, a)->kind == K_DROP)
      wrap = a;

  for (guint i = 0; n > 0 && i < c->nodes->len; i++)
    {
      Node *x = NODE (c, i);
      g_autofree char *t = NULL;
      g_autofree char *k = NULL;

      if (x->kind == K_RAW || x->kind == K_HEAD)
        {
          i = x->end;
          continue;
        }
      /* Not a link, but a blog's heading that links to the post itself
       * ("<h3 class=storytitle><a rel=bookmark>…</a></h3>"). */
      if (x->node->type != XML_ELEMENT_NODE || x->text_len < n || x->text_len > 2 * n + 20 ||
          (x->link_len * 2 > x->text_len && !links_to_itself (c, i)) || in_furniture (c, i, wrap) ||
          (t = node_text (c, i)) == NULL)
        continue;
      k = normalize_for_compare (t);
      if (strcmp (k, key) == 0)
        return i;
      /* "<h1><span class=timeStamp>Wednesday, 09 January 2008</span>
       * Clarkson ripped off</h1>": a heading that says the part after
       * or before a date in an element of its own. */
      if (x->kind >= K_H1 && x->kind <= K_H6)
        for (guint j = i + 1; j <= x->end; j = NODE (c, j)->end + 1)
          {
            g_autofree char *d = NODE (c, j)->node->type == XML_ELEMENT_NODE ? node_text (c, j) : NULL;
            g_autofree char *dk = NULL;
            gsize m;

            if (d == NULL || !dossier_date_is_only_date (g_strstrip (d), NULL))
              continue;
            dk = normalize_for_compare (d);
            m = strlen (dk);
            if (m > 0 && strlen (k) == m + n &&
                ((strncmp (k, dk, m) == 0 && strcmp (k + m, key) == 0) ||
                 (strncmp (k, key, n) == 0 && strcmp (k + n, dk) == 0)))
              return i;
          }
    }
  return NONE;
}

/* Where the story's first paragraph of prose starts (not a heading, a
 * short line or a menu flattened into one), or %NONE. */
static guint
first_prose_node (GPtrArray *blocks)
{
  for (guint k = 0; k < blocks->len; k++)
    {
      Block *b = g_ptr_array_index (blocks, k);

      if (!b->heading && count_words (b->str) >= 12 && !is_flat_menu (b->str))
        return b->first_node;
    }
  return NONE;
}

/* A line set apart as a headline: a heading, a bold line, an element
 * whose class says so ("<p class=headline>", "<font class=storyhead>",
 * "<div class=storytitle>"), or whose own name does (a publishing
 * system's "<arttitle>", a wire's NewsML "<HeadLine>" passed through). */
static gboolean
looks_like_headline (const Node *x)
{
  g_autofree char *cls = NULL;
  g_autofree char *name = NULL;

  if ((x->kind >= K_H1 && x->kind <= K_H6) || dossier_html_is_tag (x->node, "b") ||
      dossier_html_is_tag (x->node, "strong"))
    return TRUE;
  name = x->node->type == XML_ELEMENT_NODE ? g_ascii_strdown ((const char *) x->node->name, -1) : NULL;
  if (name && strcmp (name, "title") != 0 && (strstr (name, "title") || strstr (name, "headline")))
    return TRUE;
  cls = g_ascii_strdown (dossier_html_attr (x->node, "class") ? dossier_html_attr (x->node, "class") : "", -1);
  return strstr (cls, "head") || strstr (cls, "title");
}

/* A box floated to one side of the text: "<table align=right>", "<div
 * style=\"float: left\">". */
static gboolean
is_floated (const xmlNode *node)
{
  const char *align = dossier_html_attr (node, "align");
  const char *style = dossier_html_attr (node, "style");
  g_autofree char *st = NULL;
  const char *f;

  if (node->type != XML_ELEMENT_NODE)
    return FALSE;
  if (dossier_html_is_tag (node, "table") && align &&
      (g_ascii_strcasecmp (align, "left") == 0 || g_ascii_strcasecmp (align, "right") == 0))
    return TRUE;
  if (style == NULL)
    return FALSE;
  st = g_ascii_strdown (style, -1);
  f = strstr (st, "float");
  if (f == NULL)
    return FALSE;
  f += 5;
  while (*f == ' ' || *f == ':')
    f++;
  return g_str_has_prefix (f, "left") || g_str_has_prefix (f, "right");
}

/* Whether the element @i, or one inside it that says all it says
 * ("<tr><td class=storyheadline>"), is set apart as a headline. */
static gboolean
said_as_headline (Ctx   *c,
                  guint  i)
{
  for (guint j = i; j <= NODE (c, i)->end; j++)
    if (NODE (c, j)->node->type == XML_ELEMENT_NODE && NODE (c, j)->text_len == NODE (c, i)->text_len &&
        looks_like_headline (NODE (c, j)))
      return TRUE;
  return FALSE;
}

/* Whether the text just before the element @a is a byline ("By Ann Lee")
 * in the same box as @a. */
static gboolean
after_byline_in_box (Ctx   *c,
                     guint  a)
{
  guint up = NODE (c, a)->parent;

  for (guint p = a; p-- > 0 && p + 50 > a;)
    if (NODE (c, p)->flags & F_TEXT)
      {
        g_autofree char *t = node_text (c, p);
        const char *s = t ? g_strstrip (t) : "";

        return up != NONE && contains (c, up, p) && *s && skip_byline_label (s) != s;
      }
  return FALSE;
}

/* "01/07/2008 (6:00 pm)", "18.01.08 - 14:05": a date or a time in
 * figures, fewer than four letters in all, which no headline is. */
static gboolean
is_stamp (const char *s)
{
  guint letters = 0, digits = 0;

  for (const char *p = s; *p && letters < 4; p = g_utf8_next_char (p))
    {
      gunichar u = g_utf8_get_char (p);

      letters += g_unichar_isalpha (u) != 0;
      digits += g_unichar_isdigit (u) != 0;
    }
  return letters < 4 && digits >= 4;
}

/* How many words of four letters or more of @a (ASCII case aside, a few
 * common ones left out) are in @b too: whether a headline speaks of what
 * the story's first lines say. */
static guint
shared_content_words (const char *a,
                      const char *b)
{
  static const char *common[] = {
    "that", "this", "with", "from", "have", "will", "been", "were", "they", "their", "there", "what", "when",
    "said", "says", "more", "than", "after", "about", "over", "into", "news", NULL,
  };
  g_auto(GStrv) words = g_strsplit_set (a, " ,.:;!?\"'()[]|-", -1);
  guint n = 0;

  for (guint i = 0; words[i] && i < 64; i++)
    if (g_utf8_strlen (words[i], -1) >= 4 && !g_strv_contains (common, words[i]) && has_word (b, words[i]))
      n++;
  return n;
}

/* "Pier reopens to walkers- Sport-News-The Riverton Times": a <title>
 * that opens with the headline, the site's sections run together after
 * it by dashes with no spaces to cut at. The element before the story's
 * first paragraph (@story) set apart as a headline, whose first line says
 * the title's opening up to a dash, colon, bar or bracket glued to its
 * last word, is the headline (the line alone: a date may follow it in an
 * element of its own). Sets @said to the line. */
static guint
find_title_opening (Ctx         *c,
                    guint        story,
                    const char  *title,
                    char       **said)
{
  g_autofree char *tt = dossier_html_collapse_spaces (title);
  gsize tn = strlen (tt);

  for (guint i = 0; i < story && i < c->nodes->len; i++)
    {
      Node *x = NODE (c, i);
      g_autofree char *t = NULL;
      guint j, a;
      gsize n;
      const char *after;

      if (x->kind == K_RAW || x->kind == K_HEAD)
        {
          i = x->end;
          continue;
        }
      if (x->node->type != XML_ELEMENT_NODE || x->link_len > 0 || !looks_like_headline (x) ||
          in_furniture (c, i, NONE))
        continue;
      for (j = i + 1; j <= x->end && !(NODE (c, j)->flags & F_TEXT); j++)
        ;
      if (j > x->end || (t = node_text (c, j)) == NULL)
        continue;
      g_strstrip (t);
      n = strlen (t);
      if (count_words (t) < 3 || n >= tn || g_ascii_strncasecmp (tt, t, n) != 0)
        continue;
      /* Glued to the headline's last word: a separator with spaces
       * around it is cut by the usual rules, and what stands before it may
       * be a kicker or a date line over the headline. */
      after = tt + n;
      if (*after == '\0' || !strchr ("-:|(", *after) || !g_unichar_isalnum (g_utf8_get_char (g_utf8_prev_char (after))))
        continue;
      /* The element that says the line and nothing more. */
      a = j;
      while (NODE (c, a)->parent != NONE && NODE (c, NODE (c, a)->parent)->text_len == NODE (c, j)->text_len)
        a = NODE (c, a)->parent;
      *said = dossier_html_collapse_spaces (t);
      return a;
    }
  return NONE;
}

/* "<h2 class=posttitle><a href=… rel=bookmark>Mill to close</a></h2>": a
 * blog's heading whose links are all the post's permalink (rel=bookmark)
 * names the post itself, not another page. */
static gboolean
links_to_itself (Ctx   *c,
                 guint  a)
{
  guint n = 0;

  for (guint j = a; j <= NODE (c, a)->end; j++)
    if (NODE (c, j)->kind == K_A && NODE (c, j)->text_len > 0)
      {
        const char *rel = dossier_html_attr (NODE (c, j)->node, "rel");
        g_auto(GStrv) words = rel ? g_strsplit (rel, " ", 8) : NULL;

        if (words == NULL || !g_strv_contains ((const char * const *) words, "bookmark"))
          return FALSE;
        n += NODE (c, j)->text_len;
        j = NODE (c, j)->end;
      }
  return n > 0 && n == NODE (c, a)->link_len;
}

/* The headline just above the story's first paragraph (the node @first):
 * the nearest line before it that looks like one (3 to 25 words, no link,
 * not a byline: "Home news" is a section's name), past at most three short
 * lines of other things (a date, a byline, a section's name). */
static guint
headline_above (Ctx        *c,
                guint       first,
                const char *lede)
{
  guint lines = 0, boxed = 0, linked = 0;

  for (guint j = first; j-- > 0 && lines <= 3;)
    {
      guint a = j, words, text_node = j;
      gboolean headline = FALSE, floated;
      g_autofree char *t = NULL;

      if (!(NODE (c, j)->flags & F_TEXT) || contains (c, j, first))
        continue;
      /* A box floated beside the story (an advertisement, the section's
       * sponsors) stands beside it, not between it and its headline: its
       * lines are not counted, forty at most (a headline in a floated
       * column still is one). */
      floated = FALSE;
      for (guint u = j; u != NONE && !floated && !contains (c, u, first); u = NODE (c, u)->parent)
        floated = is_floated (NODE (c, u)->node);
      /* The element that holds this text and nothing else. */
      t = node_text (c, j);
      for (;;)
        {
          guint up = NODE (c, a)->parent;
          g_autofree char *said = NULL;

          headline = headline || looks_like_headline (NODE (c, a));
          if (up == NONE || contains (c, up, first) || NODE (c, up)->text_len != NODE (c, j)->text_len ||
              (said = node_text (c, up)) == NULL || g_strcmp0 (g_strstrip (said), t ? g_strstrip (t) : NULL) != 0)
            break;
          a = up;
        }
      j = a;
      words = t ? count_words (t) : 0;
      /* Not "By CP" nor "directed by" (a credit), nor a date, nor a bold
       * line that follows a byline in its own box ("By Ann Lee<br><b>The
       * Associated Press</b>": the writer's agency or job; a heading there
       * is still a headline). */
      /* With @lede, a line the markup does not set apart is the headline
       * when it reads as one and speaks of what the story's first lines
       * say ("<div class=sh>Gulf states urge peace with Iran</div>"):
       * three to twenty words, no full stop or colon at its end, no date,
       * not a picture's caption. */
      if (!headline && lede && t && words >= 3 && words <= 20 && shared_content_words (t, lede) >= 1)
        {
          gsize n = strlen (t);
          Block line = { .first_node = text_node, .text_len = NODE (c, a)->text_len };
          g_autofree char *date = dossier_date_find (t, NULL, NULL);

          while (n > 0 && g_ascii_isspace (t[n - 1]))
            n--;
          headline = n > 0 && t[n - 1] != '.' && t[n - 1] != ':' && date == NULL && !follows_picture (c, &line);
        }
      if (headline && words >= 3 && words <= 25 && (NODE (c, a)->link_len == 0 || links_to_itself (c, a)) &&
          !furniture_for_story (c, a, first) &&
          !g_unichar_islower (g_utf8_get_char (t)) && skip_byline_label (t) == t && !dossier_date_is_only_date (t, NULL) &&
          !is_stamp (t) &&
          !(!(NODE (c, a)->kind >= K_H1 && NODE (c, a)->kind <= K_H6) && after_byline_in_box (c, a)))
        return a;
      if (floated && ++boxed <= 40)
        continue;
      /* A page's tools between the headline and the story ("Print",
       * "E-mail this", "Comments (0)"): lines all of links, eight at most,
       * are not counted. */
      if (NODE (c, a)->link_len > 0 && NODE (c, a)->link_len == NODE (c, a)->text_len && ++linked <= 8)
        continue;
      if (words > 12)
        break;
      lines++;
    }
  return NONE;
}

/* What a page says instead of an article: a wall to log in or subscribe
 * through, a redirect, a robot check, a consent form, an error. */
static gboolean
is_wall_title (const char *title)
{
  static const char *starts[] = {
    "redirecting", "just a moment", "sign in", "signin", "log in", "login", "page not found", "404", "403",
    "access denied", "forbidden", "before you continue", "attention required", "are you a robot",
    "subscribe to read", "subscribe to continue", "you have been blocked", "not found", "error 404", "error 403",
    NULL,
  };
  g_autofree char *low = NULL;
  const char *p;

  if (title == NULL)
    return FALSE;
  low = g_utf8_strdown (title, -1);
  p = low;
  while (*p == ' ')
    p++;
  for (guint k = 0; starts[k]; k++)
    if (g_str_has_prefix (p, starts[k]))
      return TRUE;
  return FALSE;
}

static gboolean
looks_like_wall (GPtrArray  *kept,
                 guint       words,
                 const char *title_tag,
                 const char *title)
{
  static const char *signs[] = {
    "log in", "login", "sign in", "signing in", "password", "subscribe", "subscriber", "redirect", "javascript",
    "enable cookies", "create an account", "register", "are you a robot", "access denied", "page not found",
    "continue reading", NULL,
  };

  /* "Redirecting…", "Sign in", "Page not found" over a short page. */
  if (words < 150 && (is_wall_title (title_tag) || is_wall_title (title)))
    return TRUE;
  if (words >= 80)
    return FALSE;
  for (guint i = 0; i < kept->len; i++)
    {
      g_autofree char *low = g_utf8_strdown (((Block *) g_ptr_array_index (kept, i))->str, -1);

      for (guint k = 0; signs[k]; k++)
        if (strstr (low, signs[k]))
          return TRUE;
    }
  return FALSE;
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
  guint body = 0, top, scope, title_node, headline, content_end = 0, credits_at = NONE, masthead_h1 = NONE;
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
              !(*km && strstr (kt, km) && strcmp (kt, km) != 0) &&
              !(*kt && strstr (km, kt) && strlen (kt) * 2 < strlen (km) && !question_opening (meta->title, t)))
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
  scan_byline_near_title (c, headline, blocks->len > 0 ? ((Block *) g_ptr_array_index (blocks, 0))->first_node : 0,
                          &found);
  scan_masthead (c, scope, headline, &found);
  scan_copyright (c, &found);
  if (found.time_date == NULL && found.line_date == NULL && found.updated_date == NULL && meta->date == NULL)
    scan_near_title (c, scope, headline, blocks->len > 0 ? ((Block *) g_ptr_array_index (blocks, 0))->first_node : 0,
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

          for (guint j = title_node + 1; part == NULL && j <= NODE (c, title_node)->end; j++)
            if (NODE (c, j)->node->type == XML_ELEMENT_NODE && NODE (c, j)->text_len > 0)
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
            !is_script_text (b->str))
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
    /* "Comments", "Also in Travel" after the story, outside its
     * paragraphs: the rest of the page's column is other parts of it. */
    {
      guint other = other_section_start (c, kept);

      if (other != NONE)
        g_ptr_array_set_size (kept, other);
      /* The site's short lines, a cell each, in the column beside it. */
      other = site_lines_start (c, kept);
      if (other != NONE)
        g_ptr_array_set_size (kept, other);
    }
    while (kept->len > 1)
      {
        Block *b = g_ptr_array_index (kept, kept->len - 1);
        const char *s = b->str;

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
             !is_signature (s, kept->len >= 2 ? ((Block *) g_ptr_array_index (kept, kept->len - 2))->str : NULL,
                            meta->byline ? meta->byline : found.byline) &&
             !is_bracketed_citation (s, kept->len >= 2 ? ((Block *) g_ptr_array_index (kept, kept->len - 2))->str : NULL) &&
             !(ends_in_colon_sentence (b) && !names_other_section (s) && !is_reading_pointer (s))) ||
            is_source_line (s) ||
            is_post_navigation (s) ||
            is_author_bio (s, meta->byline ? meta->byline : found.byline,
                           outside_story (c, kept, kept->len - 1) ? 120 : 60) ||
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
            (b->after_neighbour && count_words (s) <= 40))
          {
            g_ptr_array_remove_index (kept, kept->len - 1);
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
              pointer = n > 0 && t[n - 1] == ':' &&
                        ((after < 40 && is_reader_appeal (t)) || (longest <= 30 && is_reading_pointer (t)));
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
          const char *byline = meta->byline ? meta->byline : found.byline;
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

  /* The reporter's sign-off under a story read from the structured data
   * or a script's state, as under one read from the markup. */
  while (kept->len > 1 && is_reporter_signoff (((Block *) g_ptr_array_index (kept, kept->len - 1))->str))
    g_ptr_array_set_size (kept, kept->len - 1);

  /* Captions of the article's pictures, kept apart from the body. */
  for (guint i = scope; kept->len > 0 && i <= NODE (c, scope)->end; i++)
    {
      Node *x = NODE (c, i);

      if (x->kind == K_RAW)
        {
          i = x->end;
          continue;
        }
      if (x->kind != K_FIGCAPTION || x->text_len == 0 || in_furniture (c, i, scope) || figure_holds_prose (c, i))
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
