/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "dossier-parser-html"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <libxml/SAX2.h>
#include <libxml/parser.h>
#include <string.h>

#include "dossier-decode.h"
#include "dossier-html-private.h"
#include "dossier-page.h"
#include "dossier-parser.h"

/*
 * Saved web pages (.html, .htm), "HTML only" or "complete". The page is
 * decoded by Dossier's own decoder (so offsets stay tied to the file's
 * bytes), parsed by libxml2's tolerant HTML parser, and read by the
 * extractor in dossier-html-extract.c. Nothing is fetched or run: the parser
 * is told not to touch the network, scripts are skipped, links only read.
 */

static void
ensure_libxml (void)
{
  static gsize once;

  /* libxml2 wants its globals set up once before threads use it; the
   * corpus parses on a worker pool. */
  if (g_once_init_enter (&once))
    {
      xmlInitParser ();
      g_once_init_leave (&once, 1);
    }
}

/* libxml2 2.9 builds no tree deeper than 256 elements without
 * HTML_PARSE_HUGE, and stops reading where a page goes deeper: the text
 * after that point was lost. HTML_PARSE_HUGE would lift the limit, but a
 * tree 100,000 levels deep is one that libxml2's own recursive functions
 * must not be given. So the tree builder is told a flatter story: below
 * DEPTH_CAP levels, wrappers (div, span, b …) are not built and their text
 * goes to the element above; elements that mean something (p, h1, li,
 * script …) are built side by side at the cap, each closing the one before.
 * The text stays, in order, and so do paragraphs. */
#define DEPTH_CAP 200

typedef struct
{
  startElementSAXFunc start;
  endElementSAXFunc end;
  charactersSAXFunc characters;
  charactersSAXFunc whitespace;
  guint depth;        /* elements the parser has open */
  guint flat_depth;   /* the parser's depth of the element built at the cap, 0 for none */
} Bound;

static _Thread_local Bound *bound;

static gboolean
is_wrapper (const xmlChar *name)
{
  static const char *names[] = {
    "div", "span", "b", "i", "u", "em", "strong", "font", "small", "big", "center", "section", "article",
    "main", "header", "s", "strike", "sub", "sup", "tt", "code", "mark", "abbr", "cite", "q", "a", "ins",
    "del", "nobr", "bdi", "bdo", "time", "data", "var", "kbd", "samp", "dfn", NULL,
  };

  for (guint i = 0; names[i]; i++)
    if (g_ascii_strcasecmp ((const char *) name, names[i]) == 0)
      return TRUE;
  return FALSE;
}

static void
bounded_start (void           *ctx,
               const xmlChar  *name,
               const xmlChar **atts)
{
  Bound *b = bound;

  b->depth++;
  if (b->depth < DEPTH_CAP)
    {
      b->start (ctx, name, atts);
      return;
    }
  if (name == NULL || is_wrapper (name))
    return;
  if (b->flat_depth)
    {
      b->end (ctx, name);
      b->flat_depth = 0;
    }
  b->start (ctx, name, atts);
  b->flat_depth = b->depth;
}

static void
bounded_end (void          *ctx,
             const xmlChar *name)
{
  Bound *b = bound;

  if (b->flat_depth && (b->depth == b->flat_depth || b->depth < DEPTH_CAP))
    {
      b->end (ctx, name);
      b->flat_depth = 0;
    }
  if (b->depth < DEPTH_CAP)
    b->end (ctx, name);
  if (b->depth > 0)
    b->depth--;
}

/* Pretty-printed pages put a line break and an indent between every two
 * blocks: a text node each, a third of a page's nodes, that say nothing
 * (the blocks are apart anyway). They are not built. Spaces after inline
 * elements ("<b>a</b> <i>b</i>") are, and so is everything in <pre>. */
static gboolean
is_block_name (const xmlChar *name)
{
  static const char *names[] = {
    "p", "div", "li", "ul", "ol", "dl", "dd", "dt", "h1", "h2", "h3", "h4", "h5", "h6", "table", "tbody", "thead",
    "tfoot", "tr", "td", "th", "section", "article", "header", "footer", "nav", "aside", "figure", "blockquote",
    "script", "style", "meta", "link", "title", "head", "form", "hr", "main", "noscript", "iframe", "svg", NULL,
  };

  for (guint i = 0; names[i]; i++)
    if (g_ascii_strcasecmp ((const char *) name, names[i]) == 0)
      return TRUE;
  return FALSE;
}

static gboolean
is_blank_between_blocks (void          *ctx,
                         const xmlChar *ch,
                         int            len)
{
  xmlParserCtxtPtr ctxt = ctx;
  xmlNode *last;

  for (int i = 0; i < len; i++)
    if (ch[i] != ' ' && ch[i] != '\n' && ch[i] != '\t' && ch[i] != '\r' && ch[i] != '\f')
      return FALSE;
  if (ctxt->node == NULL || ctxt->node->type != XML_ELEMENT_NODE ||
      g_ascii_strcasecmp ((const char *) ctxt->node->name, "pre") == 0)
    return FALSE;
  last = ctxt->node->last;
  return last && last->type == XML_ELEMENT_NODE && last->name && is_block_name (last->name);
}

static void
bounded_characters (void          *ctx,
                    const xmlChar *ch,
                    int            len)
{
  if (!is_blank_between_blocks (ctx, ch, len))
    bound->characters (ctx, ch, len);
}

static void
bounded_whitespace (void          *ctx,
                    const xmlChar *ch,
                    int            len)
{
  if (!is_blank_between_blocks (ctx, ch, len))
    bound->whitespace (ctx, ch, len);
}

/* libxml2 2.9 lets an end tag close only elements of its own rank or lower:
 * "</header>" (or "</nav>", "</aside>" …, which it does not know) does not
 * close a <div> left open inside, and is dropped. The rest of the page, the
 * story with it, then sits in the header or the menu. A browser closes
 * everything up to the element (tables apart), and so does this: libxml2
 * reports the mismatch before it looks at the stack again, so the elements
 * above the one named are closed here, and libxml2 closes that one. */
static gboolean
closes_through_divs (const xmlChar *name)
{
  static const char *names[] = {
    "header", "footer", "nav", "aside", "section", "article", "main", NULL,
  };

  for (guint i = 0; names[i]; i++)
    if (g_ascii_strcasecmp ((const char *) name, names[i]) == 0)
      return TRUE;
  return FALSE;
}

static void
on_parse_error (void        *data,
                xmlErrorPtr  err)
{
  xmlParserCtxtPtr ctxt;
  gboolean div = FALSE;
  int k;

  /* "… here Monday.</p>Vardhan was …": an end tag of a paragraph that is
   * not open, which libxml2 drops. A browser makes it an empty paragraph,
   * and the text on either side are two paragraphs on the screen; so they
   * are here. */
  if (err && err->domain == XML_FROM_HTML && err->code == XML_ERR_TAG_NAME_MISMATCH && err->str1 &&
      err->str2 == NULL && (ctxt = err->ctxt) != NULL && g_ascii_strcasecmp ((const char *) err->str1, "p") == 0 &&
      ctxt->sax && ctxt->sax->startElement && ctxt->sax->endElement)
    {
      ctxt->sax->startElement (ctxt->userData, (const xmlChar *) "p", NULL);
      ctxt->sax->endElement (ctxt->userData, (const xmlChar *) "p");
      return;
    }
  if (err == NULL || err->domain != XML_FROM_HTML || err->code != XML_ERR_TAG_NAME_MISMATCH ||
      err->str1 == NULL || err->str2 == NULL || (ctxt = err->ctxt) == NULL || ctxt->name == NULL ||
      !closes_through_divs ((const xmlChar *) err->str1) ||
      !xmlStrEqual (ctxt->name, (const xmlChar *) err->str2))
    return;
  /* Only a <div> in the way makes libxml2 drop the end tag; the same
   * message from its own closing of lower elements is left alone (it
   * closes them itself). Tables are not crossed. */
  for (k = ctxt->nameNr - 1; k >= 0; k--)
    {
      const char *open = (const char *) ctxt->nameTab[k];

      if (xmlStrEqual (ctxt->nameTab[k], (const xmlChar *) err->str1))
        break;
      if (g_ascii_strcasecmp (open, "div") == 0)
        div = TRUE;
      else if (g_ascii_strcasecmp (open, "table") == 0 || g_ascii_strcasecmp (open, "td") == 0 ||
               g_ascii_strcasecmp (open, "th") == 0 || g_ascii_strcasecmp (open, "tr") == 0 ||
               g_ascii_strcasecmp (open, "tbody") == 0 || g_ascii_strcasecmp (open, "thead") == 0 ||
               g_ascii_strcasecmp (open, "tfoot") == 0 || g_ascii_strcasecmp (open, "head") == 0 ||
               g_ascii_strcasecmp (open, "body") == 0 || g_ascii_strcasecmp (open, "html") == 0)
        return;
    }
  if (k < 0 || !div)
    return;
  while (ctxt->nameNr - 1 > k)
    {
      if (ctxt->sax && ctxt->sax->endElement)
        ctxt->sax->endElement (ctxt->userData, ctxt->name);
      ctxt->nameNr--;
      ctxt->name = ctxt->nameNr > 0 ? ctxt->nameTab[ctxt->nameNr - 1] : NULL;
    }
}

/* "…</header></body></html> <div class=post>…": a template that closes
 * the page early (a header include with its own ending), and the story
 * after it. libxml2 builds what follows the "</html>" as a second <html>
 * beside the first, which nothing reads; a browser puts it in the one
 * <body>, and so does this, in order. */
static void
join_roots (htmlDocPtr doc)
{
  xmlNode *root = xmlDocGetRootElement (doc);
  xmlNode *into = NULL;
  xmlNode *next;

  if (root == NULL)
    return;
  for (xmlNode *ch = root->children; ch; ch = ch->next)
    if (ch->type == XML_ELEMENT_NODE && g_ascii_strcasecmp ((const char *) ch->name, "body") == 0)
      into = ch;
  if (into == NULL)
    into = root;
  for (xmlNode *other = root->next; other; other = next)
    {
      next = other->next;
      if (other->type != XML_ELEMENT_NODE)
        continue;
      xmlUnlinkNode (other);
      /* Its children go in the order they came; a <body> of its own
       * gives its children, not itself. */
      while (other->children)
        {
          xmlNode *ch = other->children;

          xmlUnlinkNode (ch);
          if (ch->type == XML_ELEMENT_NODE && g_ascii_strcasecmp ((const char *) ch->name, "body") == 0)
            {
              while (ch->children)
                {
                  xmlNode *gc = ch->children;

                  xmlUnlinkNode (gc);
                  xmlAddChild (into, gc);
                }
              xmlFreeNode (ch);
            }
          else
            xmlAddChild (into, ch);
        }
      xmlFreeNode (other);
    }
}

/* Whether @rt comes right after an <rp>, blanks apart: the fallback a page
 * gives readers without ruby, "尹錫悦<rp>（</rp><rt>ユンソンニョル</rt><rp>）</rp>". */
static gboolean
follows_rp (const xmlNode *rt)
{
  const xmlNode *p = rt->prev;

  while (p && p->type == XML_TEXT_NODE)
    {
      for (const xmlChar *c = p->content; c && *c; c++)
        if (!g_ascii_isspace (*c))
          return FALSE;
      p = p->prev;
    }
  return dossier_html_is_tag (p, "rp");
}

/* "<ruby>子<rt>こ</rt></ruby>ども": the reading a page sets above the
 * characters it glosses (Japanese news for learners, Chinese pinyin) is not
 * part of the sentence; read inline, it doubles every glossed word
 * ("子こども"), and it goes, as a browser that shows ruby keeps it out of
 * the line. A reading in <rp> brackets stays: that is how the page asks a
 * reader without ruby, this one, to show it ("尹錫悦（ユンソンニョル）").
 * The walk is iterative: trees are deep on hostile pages. */
static void
drop_ruby_readings (htmlDocPtr doc)
{
  xmlNode *x = xmlDocGetRootElement (doc);

  while (x)
    {
      xmlNode *next;

      if (dossier_html_is_tag (x, "rt") && !follows_rp (x))
        {
          xmlNode *gone = x;

          /* the walk goes on after it, found before it is unlinked */
          for (next = x; next && next->next == NULL; next = next->parent)
            ;
          next = next ? next->next : NULL;
          xmlUnlinkNode (gone);
          xmlFreeNode (gone);
          x = next;
          continue;
        }
      if (x->type == XML_ELEMENT_NODE && x->children)
        {
          x = x->children;
          continue;
        }
      while (x && x->next == NULL)
        x = x->parent;
      x = x ? x->next : NULL;
    }
}

static htmlDocPtr
read_bounded (const char *t,
              gsize       n)
{
  htmlParserCtxtPtr ctxt = htmlNewParserCtxt ();
  xmlStructuredErrorFunc old_handler;
  void *old_data;
  Bound b = { 0 };
  htmlDocPtr doc;

  if (ctxt == NULL || ctxt->sax == NULL)
    {
      if (ctxt)
        htmlFreeParserCtxt (ctxt);
      return NULL;
    }
  b.start = ctxt->sax->startElement ? ctxt->sax->startElement : xmlSAX2StartElement;
  b.end = ctxt->sax->endElement ? ctxt->sax->endElement : xmlSAX2EndElement;
  b.characters = ctxt->sax->characters ? ctxt->sax->characters : xmlSAX2Characters;
  b.whitespace = ctxt->sax->ignorableWhitespace ? ctxt->sax->ignorableWhitespace : xmlSAX2Characters;
  ctxt->sax->startElement = bounded_start;
  ctxt->sax->endElement = bounded_end;
  ctxt->sax->characters = bounded_characters;
  ctxt->sax->ignorableWhitespace = bounded_whitespace;
  bound = &b;
  /* The handler is the thread's own in libxml2, set for this read only;
   * the one before is put back after. */
  old_handler = xmlStructuredError;
  old_data = xmlStructuredErrorContext;
  xmlSetStructuredErrorFunc (NULL, on_parse_error);
  /* libxml2 reads the decoded text, told it is UTF-8 so that a <meta
   * charset> in it does not make it decode again. No HTML_PARSE_HUGE: its
   * size limits stay on. */
  doc = htmlCtxtReadMemory (ctxt, t, (int) n, NULL, "UTF-8",
                            HTML_PARSE_RECOVER | HTML_PARSE_NONET | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING |
                            HTML_PARSE_COMPACT);
  xmlSetStructuredErrorFunc (old_data, old_handler);
  bound = NULL;
  htmlFreeParserCtxt (ctxt);
  if (doc)
    {
      join_roots (doc);
      drop_ruby_readings (doc);
    }
  return doc;
}

static gboolean
has_bom (const char *data,
         gsize       len)
{
  return (len >= 3 && memcmp (data, "\xEF\xBB\xBF", 3) == 0) ||
         (len >= 2 && (memcmp (data, "\xFF\xFE", 2) == 0 || memcmp (data, "\xFE\xFF", 2) == 0));
}

static gboolean
is_western_charset (const char *charset)
{
  static const char *names[] = {
    "windows-1252", "cp1252", "iso-8859-1", "iso8859-1", "latin1", "latin-1", "l1", "us-ascii", "ascii",
    "x-cp1252", NULL,
  };

  return charset && g_strv_contains (names, charset);
}

/**
 * dossier_html_parse_page:
 * @charset_hint: (nullable): the charset the page came with from outside it
 *   (an MHTML part's header), used when the page declares none
 * @saved_url: (nullable): the address a saver noted outside the page
 * @saved_date: (nullable): the day it was saved, ISO 8601
 *
 * Reads one HTML page. The text in @out is mapped to @data.
 */
gboolean
dossier_html_parse_page (const char     *data,
                         gsize           len,
                         const char     *charset_hint,
                         const char     *saved_url,
                         const char     *saved_date,
                         DossierParsed  *out,
                         GError        **error)
{
  DossierDecodeFlags flags = 0;
  g_autofree char *charset = NULL;
  g_autoptr(DossierMappedText) decoded = NULL;
  g_autoptr(DossierMappedText) visible = NULL;
  DossierHtmlMeta meta = { 0 };
  const char *t;
  gsize n;
  htmlDocPtr doc;
  gboolean ok, utf8;

  if (dossier_decode_looks_binary (data, len))
    {
      g_set_error (error, DOSSIER_PARSE_ERROR, DOSSIER_PARSE_ERROR_BINARY,
                   _("File holds binary data, not text"));
      return FALSE;
    }
  ensure_libxml ();

  /* A BOM wins over a declaration; a declared charset is believed when the
   * bytes are not UTF-8 (pages re-saved as UTF-8 often keep their old
   * declaration); undeclared bytes that are not UTF-8 are read in the
   * legacy encoding of the page's language, when it has one that reads
   * them without a fault; anything else is read as UTF-8 with the
   * decoder's own fallback to Windows-1252. */
  charset = dossier_html_sniff_charset (data, len);
  if (charset == NULL && charset_hint && *charset_hint)
    charset = g_ascii_strdown (charset_hint, -1);
  utf8 = g_utf8_validate_len (data, len, NULL);
  if (charset == NULL && !has_bom (data, len) && !utf8)
    {
      const char * const *guesses = dossier_html_language_charsets (data, len);

      for (guint i = 0; guesses && guesses[i] && decoded == NULL; i++)
        {
          decoded = dossier_html_decode_legacy (data, len, guesses[i], &flags);
          if (decoded && (flags & DOSSIER_DECODE_INVALID_UTF8))
            g_clear_pointer (&decoded, dossier_mapped_text_free);
        }
      flags = 0;
    }
  if (decoded)
    ;
  else if (has_bom (data, len) || charset == NULL || utf8)
    decoded = dossier_decode_text (data, len, &flags);
  else if (is_western_charset (charset))
    {
      /* Read as the page says it is written: nothing to warn of. */
      decoded = dossier_decode_text_as (data, len, "windows-1252", &flags);
      flags &= ~DOSSIER_DECODE_LEGACY;
    }
  else
    {
      decoded = dossier_html_decode_legacy (data, len, charset, &flags);
      if (decoded == NULL)
        decoded = dossier_decode_text (data, len, &flags);
    }
  dossier_parsed_set_decode_flags (out, flags);

  /* HTML5's named references, resolved before libxml2 2.9 sees them. */
  {
    DossierMappedText *resolved = dossier_html_resolve_html5_refs (dossier_mapped_text_get_text (decoded),
                                                                   dossier_mapped_text_get_length (decoded));

    if (resolved)
      {
        DossierMappedText *on_file = dossier_mapped_text_compose (resolved, decoded);

        dossier_mapped_text_free (resolved);
        dossier_mapped_text_free (decoded);
        decoded = on_file;
      }
  }

  t = dossier_mapped_text_get_text (decoded);
  n = dossier_mapped_text_get_length (decoded);
  if (n == 0 || n > G_MAXINT)
    {
      g_set_error (error, DOSSIER_PARSE_ERROR, DOSSIER_PARSE_ERROR_EMPTY, _("No article text found"));
      return FALSE;
    }

  doc = read_bounded (t, n);
  if (doc == NULL)
    {
      g_set_error (error, DOSSIER_PARSE_ERROR, DOSSIER_PARSE_ERROR_EMPTY, _("No article text found"));
      return FALSE;
    }

  visible = dossier_html_visible_text (t, n);
  meta.saved_url = g_strdup (saved_url);
  meta.saved_date = g_strdup (saved_date);
  dossier_html_meta_read_save_marks (t, n, &meta);
  dossier_html_meta_read (doc, &meta);
  ok = dossier_html_extract (&doc, decoded, &visible, &meta, out);
  dossier_html_meta_clear (&meta);
  g_clear_pointer (&doc, xmlFreeDoc);
  g_clear_pointer (&visible, dossier_mapped_text_free);

  if (ok && out->text)
    {
      DossierMappedText *on_decoded = out->text;

      out->text = dossier_mapped_text_compose (on_decoded, decoded);
      dossier_mapped_text_free (on_decoded);
    }

  if (!ok)
    {
      g_set_error (error, DOSSIER_PARSE_ERROR, DOSSIER_PARSE_ERROR_EMPTY, _("No article text found"));
      return FALSE;
    }
  return TRUE;
}

static gboolean
parse_html (const char     *data,
            gsize           len,
            DossierParsed  *out,
            GError        **error)
{
  return dossier_html_parse_page (data, len, NULL, NULL, NULL, out, error);
}

static const char * const html_extensions[] = { "html", "htm", "xhtml", "shtml", NULL };

const DossierFormat dossier_format_html = {
  .name = "html",
  .extensions = html_extensions,
  .parse = parse_html,
};
