/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "dossier-html-private.h"

G_BEGIN_DECLS

/*
 * Internal API of the body extractor, shared by its files:
 *  dossier-html-extract.c    the DOM walk, node weights, candidates, the blocks
 *                            and dossier_html_extract(), which assembles the body
 *  dossier-html-json-body.c  the story from JSON-LD or a script's state
 *  dossier-html-lines.c      what one line or block of text is, taken alone
 *  dossier-html-fields.c     the title, byline and dates near the headline
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
                        * a list of readers' comments or one of its items, 128 (with 1) a caption */
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

typedef enum
{
  B_BODY,
  B_DROP,       /* furniture */
  B_BYLINE,
  B_DATE,       /* a "Published" line or a date alone */
  B_CAPTION,
} Verdict;

typedef struct
{
  char *time_date;     /* <time datetime> or itemprop=datePublished near the article */
  char *line_date;     /* a visible "Published …" line */
  char *updated_date;  /* a visible "Updated …" line: when nothing says published */
  char *near_date;     /* a short line with a date just below the headline, or a date alone just above it */
  char *label_date;    /* "Published" and a date anywhere on the page, the one such day */
  char *byline;
  char *page_date;
  char *aside_date;    /* the one date (<time>, or an element named "date") of an <aside> in the article,
                        * outside links and lists */
  guint aside_tried;   /* 1 + the last <aside> whose dates were counted, 0 before any */
  char *copyright;     /* the owner named in a copyright line */
} Found;

/* dossier-html-extract.c */
guint heading_level (Kind k);
guint visible_len (const char *s,
                   guint      *commas);
gboolean attr_is (const xmlNode *node,
                  const char    *name,
                  const char    *value);
gboolean has_block_children (Ctx  *c,
                             guint i);
gboolean contains (Ctx  *c,
                   guint outer,
                   guint inner);
char *node_text (Ctx  *c,
                 guint i);
void block_free (Block *b);
void point_blocks_into_pool (DossierMappedText *pool,
                             GPtrArray         *blocks);

/* dossier-html-json-body.c */
guint body_from_json_ld (Ctx       *c,
                         GPtrArray *blocks,
                         GPtrArray *kept);

/* dossier-html-lines.c */
gboolean is_label_line (const char        *s,
                        const char *const *labels);
guint count_words (const char *s);
gboolean starts_with_word (const char *s,
                           const char *prefix);
gboolean starts_with_any_word (const char         *s,
                               const char * const *prefixes);
gboolean is_terminal (const char *s);
extern const char *date_line_words[];
extern const char *foreign_date_line_words[];
gboolean is_bare_credit (const char *s);
Verdict judge (const Block *b,
               const char  *s,
               char       **date);
gboolean ends_sentence_mark (const char *s);
gboolean has_word (const char *s,
                   const char *word);
gboolean has_any_word (const char        *s,
                       const char * const *words);
gboolean reader_appeal (const char *s,
                        gboolean    contact);
gboolean is_reader_appeal (const char *s);
gboolean is_author_bio (const char *s,
                        const char *byline,
                        guint       limit);
gboolean is_bracketed_bio (const char *s);
gboolean is_reading_pointer (const char *s);
gboolean is_writer_bio (const char *s);
gboolean is_coverage_pointer (const char *s);
gboolean is_release_notice (const char *s);
gboolean is_disclaimer (const char *s);
gboolean is_editorial_note (const char *s);
gboolean is_reporter_signoff (const char *s);
gboolean ends_with_click_here (const Block *b,
                               const char  *s);
gboolean is_typo_report_notice (const char *s);
gboolean is_broadcast_line (const char *s);
gboolean is_book_credit (const char *s);
gboolean is_discussion_prompt (const char *s);
gboolean names_other_section (const char *s);
gboolean introduces_comments (const char *s);
gboolean is_comment_box_line (const char *s);
gboolean closes_comments (const char *s);
extern const char *comment_labels[];
extern const char *neighbour_links[];
gboolean is_post_navigation (const char *s);
gboolean is_film_rating (const char *s);
gboolean is_bracketed_citation (const char *s,
                                const char *before);
gboolean is_sign_off (const char *s);
gboolean is_signature (const char *s,
                       const char *before,
                       const char *byline);
gsize glued_navigation_start (const char *s);
gboolean is_contributor_credit (const char *s);
gboolean is_social_appeal (const char *s);
gboolean is_source_line (const char *s);
extern const char *signup_words[];
gboolean are_source_names (GPtrArray *kept,
                           guint      n);
gboolean is_sources_label (const char *s);
gboolean is_site_notice (const char *s);
gboolean is_contact_line (const char *s);
gboolean is_imperative_ask (const char *s);
gboolean is_business_ask (const char *s);
gboolean is_print_note (const char *s);
gboolean is_date_stamp (const char *s);
gboolean is_dates_only (const char *s);
gboolean is_credit_parts (const char *s);
gboolean is_afterword_label (const char *s);
gboolean is_filing_line (const char *s);
gboolean is_paywall_note (const char *s);
gboolean is_dismiss_line (const char *s);
gboolean is_cjk_site_ask (const char *s);
gboolean is_comment_rules (const char *s);
gboolean is_company_boilerplate (const char *s);
gboolean is_subscription_offer (const char *s);
gboolean is_shortcode (const char *s);
gboolean is_script_text (const char *s);
gboolean is_enjoyed_appeal (const char *s);
gboolean is_page_tools_line (const char *s);
gboolean is_flat_menu (const char *s);
gboolean is_widget_placeholder (const char *s);
guint dated_headlines_start (GPtrArray *kept);
guint dated_teasers_start (GPtrArray *kept,
                           guint     *first_dated);
gboolean is_address_line (const char *s);
gboolean is_figure_cell (const char *s);
gboolean is_greeting (const Block *b,
                      const char  *s);
gboolean is_place_line (const Block *b,
                        const char  *s);
gboolean is_prose (const Block *b,
                   const char  *s);
gboolean has_clock_time (const char *s);
guint comment_signature (const char *s);
gboolean opens_caption (const char *s);
gboolean ends_with_agency (const char *s);

/* dossier-html-fields.c */
char *lead_dash_date (const char *s);
gsize lead_date_line_len (const char *s);
gsize lead_label_len (const char *s);
gboolean is_lead_furniture (Ctx         *c,
                            GPtrArray   *kept,
                            guint        i,
                            const char  *byline);
char *normalize_for_compare (const char *s);
gboolean glued_around (const char *title,
                       const char *headline);
gboolean same_title (const char *a,
                     const char *b);
void set_if_unset (char       **field,
                   const char  *value);
char *byline_names (const char *s);
gboolean is_foreign_byline_line (const char *s);
void cut_outlet_tail (char       **byline,
                      const char  *outlet);
guint find_scope (Ctx   *c,
                  guint  top);
gboolean in_furniture (Ctx  *c,
                       guint i,
                       guint stop);
gboolean furniture_for_story (Ctx  *c,
                              guint i,
                              guint story);
void found_clear (Found *f);
gboolean named (const xmlNode *node,
                const char    *word);
gboolean in_embed (Ctx  *c,
                   guint i,
                   guint stop);
void scan_scope (Ctx   *c,
                 guint  scope,
                 guint  content_end,
                 guint  title_node,
                 Found *f);
void scan_near_title (Ctx   *c,
                      guint  scope,
                      guint  title_node,
                      guint  story,
                      Found *f);
void scan_published_labels (Ctx   *c,
                            Found *f);
void scan_byline_near_title (Ctx   *c,
                             guint  title_node,
                             guint  story,
                             Found *f);
char *url_date (const char *url);
gboolean byline_is_handle (const char *b);
void scan_author_after_story (Ctx   *c,
                              guint  scope,
                              guint  content_end,
                              Found *f);
void scan_labelled_byline (Ctx   *c,
                           Found *f);
void scan_masthead (Ctx   *c,
                    guint  scope,
                    guint  title_node,
                    Found *f);
void scan_copyright (Ctx   *c,
                     Found *f);
gboolean links_home (Ctx   *c,
                     guint  i);
char *home_link_text (Ctx *c);
char *home_cut (const char *title,
                const char *home);
gboolean source_after (const char *headline,
                       const char *title_key);
gboolean one_word (Ctx  *c,
                   guint i);
gboolean question_opening (const char *title,
                           const char *headline);
guint find_title_node (Ctx        *c,
                       guint       scope,
                       const char *title);
guint story_h1_saying (Ctx        *c,
                       guint       scope,
                       const char *key,
                       guint       min_words);
gboolean says_just (Ctx        *c,
                    guint       i,
                    const char *title);
guint find_part_node (Ctx        *c,
                      guint       top,
                      const char *part);
guint first_prose_node (GPtrArray *blocks);
gboolean said_as_headline (Ctx   *c,
                           guint  i);
guint shared_content_words (const char *a,
                            const char *b);
guint find_title_opening (Ctx         *c,
                          guint        story,
                          const char  *title,
                          char       **said);
guint subtitle_under_h1 (Ctx        *c,
                         guint       sub,
                         const char *title_tag,
                         const char *outlet);
gboolean h1_one_sentence (Ctx  *c,
                          guint h1);
gboolean h1_two_subtitles (Ctx        *c,
                           guint       h1,
                           const char *title);
guint permalink_heading (Ctx  *c,
                         guint first);
guint headline_above (Ctx        *c,
                      guint       first,
                      const char *lede);
gboolean looks_like_wall (GPtrArray  *kept,
                          guint       words,
                          const char *title_tag,
                          const char *title);

G_END_DECLS
