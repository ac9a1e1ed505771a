/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gstdio.h>
#include <json-glib/json-glib.h>
#include <stdlib.h>
#include <string.h>

#include "dossier-core.h"
#include "dossier-html-extract-private.h"
#include "dossier-html-private.h"

/* Pages in tests/data/html/ are written for these tests in the styles of
 * several kinds of news site; none is a copy of a real page. */

/* Not inlined: GCC 12's -Wdangling-pointer then takes every pointer into
 * the text for one to the local it was read into. */
G_GNUC_NO_INLINE static char *
read_fixture (const char *name,
              gsize      *len)
{
  g_autofree char *path = g_build_filename (TEST_DATADIR, "html", name, NULL);
  char *data = NULL;

  g_assert_true (g_file_get_contents (path, &data, len, NULL));
  return data;
}

/* @text with the first @old replaced by @replacement; @old must be there. */
static char *
replace_once (const char *text,
              const char *old,
              const char *replacement)
{
  const char *at = strstr (text, old);

  g_assert_nonnull (at);
  return g_strdup_printf ("%.*s%s%s", (int) (at - text), text, replacement, at + strlen (old));
}

static DossierArticle *
parse_bytes (const char *name,
             const char *data,
             gsize       len)
{
  g_autoptr(GError) error = NULL;
  DossierArticle *a = dossier_article_new_from_bytes (NULL, name, data, len, &error);

  g_assert_no_error (error);
  g_assert_nonnull (a);
  return a;
}

static void
assert_parse_fails_as (const char *name,
                       const char *data,
                       gsize       len,
                       int         code)
{
  g_autoptr(GError) error = NULL;
  DossierArticle *a = dossier_article_new_from_bytes (NULL, name, data, len, &error);

  g_assert_null (a);
  g_assert_error (error, DOSSIER_PARSE_ERROR, code);
}

static void
assert_parse_fails (const char *data,
                    gsize       len,
                    int         code)
{
  assert_parse_fails_as ("bad.html", data, len, code);
}

/* The contract of the mentions JSONL, checked on every word of the text:
 * a word's byte range in the file lies inside it, is not empty, decodes
 * (markup dropped, references resolved) to exactly the word, and is the
 * word byte for byte when it holds no markup or reference. @strict stops at
 * the first word that breaks it; otherwise they are counted, for pages so
 * damaged that libxml2's reading and this reader's can part ways. */
static guint
check_offsets (DossierArticle *a,
               const char     *file,
               gsize           file_len,
               const char     *charset,
               gboolean        strict,
               guint          *n_words)
{
  const char *t = dossier_article_get_text (a);
  const char *p = t;
  guint bad = 0;

  *n_words = 0;
  while (*p)
    {
      const char *w;
      gsize fs, fe;
      g_autofree char *word = NULL;
      g_autofree char *why = NULL;

      while (*p == ' ' || *p == '\n')
        p++;
      if (!*p)
        break;
      w = p;
      while (*p && *p != ' ' && *p != '\n')
        p++;
      (*n_words)++;
      word = g_strndup (w, p - w);

      dossier_article_text_to_file (a, w - t, p - t, &fs, &fe);
      g_assert_cmpuint (fe, <=, file_len);
      g_assert_cmpuint (fs, <=, fe);
      if (fs == fe)
        why = g_strdup_printf ("word “%s” at %" G_GSIZE_FORMAT " maps to no bytes", word, (gsize) (w - t));
      else
        {
          g_autoptr(DossierMappedText) dec =
            charset == NULL ? dossier_decode_text (file + fs, fe - fs, NULL)
            : g_str_equal (charset, "windows-1252") ? dossier_decode_text_as (file + fs, fe - fs, charset, NULL)
            : dossier_html_decode_legacy (file + fs, fe - fs, charset, NULL);
          g_autoptr(DossierMappedText) vis = dossier_html_visible_text (dossier_mapped_text_get_text (dec),
                                                                        dossier_mapped_text_get_length (dec));
          g_autofree char *seen = dossier_html_collapse_spaces (dossier_mapped_text_get_text (vis));

          if (g_strcmp0 (seen, word) != 0)
            why = g_strdup_printf ("word “%s” maps to bytes %" G_GSIZE_FORMAT "–%" G_GSIZE_FORMAT " that read “%s”",
                                   word, fs, fe, seen);
          /* Byte for byte where nothing was decoded: no markup, no
           * reference, no invisible character (a soft hyphen) that the
           * decoder drops. */
          else if (charset == NULL && memchr (file + fs, '<', fe - fs) == NULL &&
                   memchr (file + fs, '&', fe - fs) == NULL && dossier_mapped_text_get_length (dec) == fe - fs &&
                   (fe - fs != (gsize) (p - w) || memcmp (file + fs, w, p - w) != 0))
            why = g_strdup_printf ("word “%s” maps to plain bytes that differ", word);
        }
      if (why == NULL)
        continue;
      bad++;
      /* DOSSIER_TEST_SAVE=FILE keeps the input of a failure. */
      if (g_getenv ("DOSSIER_TEST_SAVE"))
        g_file_set_contents (g_getenv ("DOSSIER_TEST_SAVE"), file, file_len, NULL);
      if (strict)
        g_error ("%s", why);
      g_test_message ("%s", why);
    }
  return bad;
}

static void
assert_offsets (DossierArticle *a,
                const char     *file,
                gsize           file_len,
                const char     *charset)
{
  guint n_words;

  check_offsets (a, file, file_len, charset, TRUE, &n_words);
  g_assert_cmpuint (n_words, >, 0);
}

static void
assert_absent (const char         *haystack,
               const char * const *needles)
{
  for (guint i = 0; needles[i]; i++)
    if (strstr (haystack, needles[i]))
      g_error ("“%s” should not be in:\n%s", needles[i], haystack);
}

/* The file bytes of the title section. */
static char *
title_source (DossierArticle *a,
              const char     *file)
{
  gsize ts, te;

  dossier_article_get_title_range (a, &ts, &te);
  g_assert_cmpuint (te, >, ts);
  dossier_article_text_to_file (a, ts, te, &ts, &te);
  return g_strndup (file + ts, te - ts);
}

static void
test_jsonld_article (void)
{
  gsize len;
  g_autofree char *html = read_fixture ("ledger-jsonld.html", &len);
  g_autoptr(DossierArticle) a = parse_bytes ("ledger-jsonld.html", html, len);
  const char *body = dossier_article_get_body (a);
  const char *text = dossier_article_get_text (a);
  const char *cruft[] = { "Advertisement", "Read more", "Port traffic falls", "Related", "Union calls", "Sign up",
                          "Subscribe", "Comments", "Great news", "cookies", "Share", "Email", "Tracking text",
                          "Skip to", "Daily Ledger", "Jane Doe", "14 March 2023", "Dockers at work", "Home",
                          "Privacy", NULL };
  g_autofree char *title_src = title_source (a, html);
  gsize ts, te;

  g_assert_cmpstr (dossier_article_get_title (a), ==, "Harbour strike ends after three weeks of talks");
  g_assert_cmpstr (dossier_article_get_outlet (a), ==, "The Daily Ledger");
  g_assert_cmpstr (dossier_article_get_date (a), ==, "2023-03-14T09:30:00+00:00");
  g_assert_null (dossier_article_get_page_date (a));
  g_assert_cmpstr (dossier_article_get_byline (a), ==, "Jane Doe, Rob Smith");
  g_assert_cmpstr (dossier_article_get_url (a), ==, "https://ledger.example.org/world/2023/03/14/harbour-strike-ends");

  g_assert_true (g_str_has_prefix (body, "Dock workers in the port city voted on Tuesday to end a strike"));
  g_assert_true (g_str_has_suffix (body, "retailers warned of empty shelves before Easter."));
  /* Paragraphs, the subheading and the quote, in order, a blank line apart;
   * references decoded. */
  g_assert_nonnull (strstr (body, "the union’s leaders said.\n\nUnion leaders said"));
  g_assert_nonnull (strstr (body, "two years & new rules"));
  g_assert_nonnull (strstr (body, "“a fair deal for everyone who keeps the port running”."));
  g_assert_nonnull (strstr (body, "\n\nWhat happens next\n\nThe first ships"));
  g_assert_nonnull (strstr (body, "about 40 vessels"));
  g_assert_nonnull (strstr (body, "\n\n“We never wanted to stop work"));
  assert_absent (body, cruft);

  /* The caption is analysed text, kept apart from the body. */
  g_assert_nonnull (strstr (text, "Dockers at work in the harbour on Monday. Photo: John Roe"));
  g_assert_true (strstr (text, "Dockers at work") < text + dossier_article_get_body_offset (a));

  /* The title section points at the <h1>, not at <title>. */
  g_assert_cmpstr (title_src, ==, "Harbour strike ends after three weeks of talks");
  dossier_article_get_title_range (a, &ts, &te);
  dossier_article_text_to_file (a, ts, te, &ts, &te);
  g_assert_cmpuint (ts, >, (gsize) (strstr (html, "<h1") - html));

  assert_offsets (a, html, len, NULL);
}

static void
test_opengraph_divs (void)
{
  gsize len;
  g_autofree char *html = read_fixture ("courier-og.html", &len);
  g_autoptr(DossierArticle) a = parse_bytes ("courier-og.html", html, len);
  const char *body = dossier_article_get_body (a);
  const char *cruft[] = { "Most popular", "Council approves", "School results", "Get the morning briefing", "Tags",
                          "Facebook", "26 C", "Floods", "June 18", "Ann Lee", "Copyright", "Politics", NULL };

  g_assert_cmpstr (dossier_article_get_title (a), ==, "Rivers rise across the north as rain continues");
  g_assert_cmpstr (dossier_article_get_outlet (a), ==, "The Courier");
  g_assert_cmpstr (dossier_article_get_date (a), ==, "2024-02-11T07:15:00Z");
  /* The masthead's date is the day the page was saved. */
  g_assert_cmpstr (dossier_article_get_page_date (a), ==, "2024-06-18");
  g_assert_cmpstr (dossier_article_get_byline (a), ==, "Ann Lee");
  g_assert_cmpstr (dossier_article_get_url (a), ==, "https://courier.example.com/news/rivers-rise-north");
  g_assert_true (g_str_has_prefix (body, "Heavy rain has pushed several rivers over their banks"));
  g_assert_true (g_str_has_suffix (body, "as water drains from the hills."));
  g_assert_nonnull (strstr (body, "“We have never seen it this high,” said one resident"));
  assert_absent (body, cruft);
  assert_offsets (a, html, len, NULL);
}

static void
test_no_metadata (void)
{
  gsize len;
  g_autofree char *html = read_fixture ("gazette-plain.html", &len);
  g_autoptr(DossierArticle) a = parse_bytes ("gazette-plain.html", html, len);
  const char *body = dossier_article_get_body (a);
  const char *cruft[] = { "VALLEY GAZETTE", "Log in", "Subscribe", "Home", "Letters", "Peter Hall", "Published",
                          "Write to the editor", "©", NULL };

  g_assert_cmpstr (dossier_article_get_title (a), ==, "Mayor unveils plan for new tram line");
  g_assert_cmpstr (dossier_article_get_outlet (a), ==, "Valley Gazette");
  g_assert_cmpstr (dossier_article_get_date (a), ==, "2023-03-03");
  g_assert_cmpstr (dossier_article_get_byline (a), ==, "Peter Hall");
  g_assert_null (dossier_article_get_url (a));
  g_assert_true (g_str_has_prefix (body, "The mayor has unveiled plans for a tram line"));
  g_assert_true (g_str_has_suffix (body, "A public consultation will open on Monday and run for eight weeks."));
  /* A line break inside a paragraph is a space. */
  g_assert_nonnull (strstr (body, "the council said. Work on the first section"));
  assert_absent (body, cruft);
  assert_offsets (a, html, len, NULL);
}

static void
test_generated_classes (void)
{
  gsize len;
  g_autofree char *html = read_fixture ("generated-classes.html", &len);
  g_autoptr(DossierArticle) a = parse_bytes ("generated-classes.html", html, len);
  const char *body = dossier_article_get_body (a);
  const char *cruft[] = { "Newsroom", "Markets", "Technology", "Tom Park", "Sept. 5", "Chip shortage",
                          "Why chips", "More from Tech", "Start-ups", "not text", "©", NULL };

  g_assert_cmpstr (dossier_article_get_title (a), ==, "Chip maker to build plant in Arizona");
  g_assert_cmpstr (dossier_article_get_date (a), ==, "2022-09-05T14:00:00-04:00");
  g_assert_cmpstr (dossier_article_get_outlet (a), ==, "Newsroom");
  g_assert_true (g_str_has_prefix (body, "A semiconductor company said on Monday it would spend 12 billion dollars"));
  g_assert_true (g_str_has_suffix (body, "advanced chips back to the United States."));
  g_assert_nonnull (strstr (body, "Governors of several states"));
  assert_absent (body, cruft);
  assert_offsets (a, html, len, NULL);
}

static void
test_windows_1252 (void)
{
  gsize len;
  g_autofree char *html = read_fixture ("wire-cp1252.html", &len);
  g_autoptr(DossierArticle) a = parse_bytes ("wire-cp1252.html", html, len);
  const char *body = dossier_article_get_body (a);
  const char *text = dossier_article_get_text (a);
  gsize ds, de;

  g_assert_false (g_utf8_validate (html, len, NULL));
  /* Read in the encoding it declares: nothing was guessed. */
  g_assert_false (dossier_article_get_flags (a) & DOSSIER_ARTICLE_FLAG_LEGACY);
  g_assert_null (dossier_article_get_warning (a));
  g_assert_cmpstr (dossier_article_get_title (a), ==, "Café owners protest new rent rules");
  g_assert_cmpstr (dossier_article_get_outlet (a), ==, "Wire Service");
  g_assert_cmpstr (dossier_article_get_date (a), ==, "2023-03-03");
  g_assert_cmpstr (dossier_article_get_place (a), ==, "Paris");
  g_assert_true (g_str_has_prefix (body, "Hundreds of café owners marched"));
  g_assert_nonnull (strstr (body, "the organisers’ union said."));
  g_assert_nonnull (strstr (body, "“We cannot survive this,” said Rémi Durand"));
  g_assert_true (g_str_has_suffix (body, "with the rest of the region."));
  /* The dateline is analysed text but not body. */
  dossier_article_get_dateline_range (a, &ds, &de);
  g_assert_cmpuint (de, >, ds);
  g_assert_true (g_str_has_prefix (text + ds, "PARIS (AP)"));
  g_assert_null (strstr (body, "(AP)"));
  assert_offsets (a, html, len, "windows-1252");
}

static void
test_wire_story (void)
{
  gsize len;
  g_autofree char *html = read_fixture ("wire-jsonld.html", &len);
  g_autoptr(DossierArticle) a = parse_bytes ("wire-jsonld.html", html, len);
  const char *body = dossier_article_get_body (a);
  const char *text = dossier_article_get_text (a);
  const char *cruft[] = { "World News", "SAM BERGER", "Updated", "AP Photo", "EU farm ministers", "___", "Copyright",
                          "Related", "Spain", "©", "PARIS", NULL };
  gsize ds, de;

  g_assert_cmpstr (dossier_article_get_title (a), ==, "Farmers block roads as tractor protests spread");
  g_assert_cmpstr (dossier_article_get_outlet (a), ==, "Wire News");
  g_assert_cmpstr (dossier_article_get_date (a), ==, "2024-01-29T14:05:11Z");
  g_assert_cmpstr (dossier_article_get_byline (a), ==, "Sam Berger, Lorne Cook");
  g_assert_cmpstr (dossier_article_get_place (a), ==, "Paris");
  g_assert_cmpstr (dossier_article_get_url (a), ==, "https://wirenews.example/article/farmers-protest-tractors-4f2a9c");
  g_assert_true (g_str_has_prefix (body, "Farmers drove hundreds of tractors onto the main roads"));
  /* The credit after the rule ("Cook reported from Brussels. Associated
   * Press writer … contributed to this report.") is not the story's. */
  g_assert_true (g_str_has_suffix (body, "an end to a planned rise in diesel taxes for farm vehicles."));
  g_assert_null (strstr (body, "contributed to this report"));
  assert_absent (body, cruft);
  /* The dateline and the caption are analysed, apart from the body. */
  dossier_article_get_dateline_range (a, &ds, &de);
  g_assert_true (g_str_has_prefix (text + ds, "PARIS (AP)"));
  g_assert_nonnull (strstr (text, "Farmers drive tractors toward the capital on Monday. (AP Photo/Jean Martin)"));
  assert_offsets (a, html, len, NULL);
}

static void
test_component_blocks (void)
{
  gsize len;
  g_autofree char *html = read_fixture ("broadcaster-blocks.html", &len);
  g_autoptr(DossierArticle) a = parse_bytes ("broadcaster-blocks.html", html, len);
  const char *body = dossier_article_get_body (a);
  const char *text = dossier_article_get_text (a);
  const char *cruft[] = { "Skip to", "Scotland Politics", "Fiona", "More on this story", "Island trust seeks",
                          "Related Topics", "Lighthouses", "Top Stories", "Ferry services", "Copyright",
                          "Image caption", "automated in 1971", NULL };

  g_assert_cmpstr (dossier_article_get_title (a), ==, "Lighthouse keepers return to remote island after 40 years");
  g_assert_cmpstr (dossier_article_get_outlet (a), ==, "Broadcaster News");
  g_assert_cmpstr (dossier_article_get_date (a), ==, "2023-05-02T05:12:44Z");
  /* The JSON-LD author is the organisation; the visible byline names the
   * reporter. */
  g_assert_cmpstr (dossier_article_get_byline (a), ==, "Fiona MacLeod");
  g_assert_cmpstr (dossier_article_get_url (a), ==, "https://broadcaster.example/news/uk-scotland-65012345");
  /* One paragraph per component block, the subheading between them kept. */
  g_assert_true (g_str_has_prefix (body, "Two volunteers are to live on a remote Hebridean island"));
  g_assert_nonnull (strstr (body, "posts in January.\n\nA famous mystery\n\nThe lighthouse is best known"));
  g_assert_true (g_str_has_suffix (body, "will arrive by boat next week."));
  assert_absent (body, cruft);
  /* The caption without the screen-reader label. */
  g_assert_nonnull (strstr (text, "\n\nThe lighthouse on Eilean Mòr was automated in 1971\n\n"));
  g_assert_null (strstr (text, "Image caption"));
  assert_offsets (a, html, len, NULL);
}

static void
test_line_breaks (void)
{
  gsize len;
  g_autofree char *html = read_fixture ("blog-br.html", &len);
  g_autoptr(DossierArticle) a = parse_bytes ("blog-br.html", html, len);
  const char *body = dossier_article_get_body (a);
  const char *cruft[] = { "archive", "Posted on", "Previous post", "Next post", "Notes from", NULL };

  g_assert_cmpstr (dossier_article_get_title (a), ==, "Notes from the allotment: the first frost");
  g_assert_null (dossier_article_get_outlet (a));
  g_assert_cmpstr (dossier_article_get_date (a), ==, "2022-11-12");
  g_assert_cmpstr (dossier_article_get_byline (a), ==, "Sam Green");
  /* <br><br> separates paragraphs on pages written without <p>. */
  g_assert_true (g_str_has_prefix (body, "The first frost arrived on Thursday night"));
  g_assert_nonnull (strstr (body, "black by the morning.\n\nI lifted the tubers"));
  g_assert_true (g_str_has_suffix (body, "as every gardener here will tell you."));
  assert_absent (body, cruft);
  assert_offsets (a, html, len, NULL);
}

/* Furniture inside the story's own container, where structure cannot tell
 * it apart: the lines themselves must. */
static void
test_inline_furniture (void)
{
  const char *html =
    "<html><head><title>Clinic opens late for vaccines | Town Times</title></head><body>"
    "<div class=\"css-a1\"><div class=\"css-b2\">"
    "<p>Analysis</p>"
    "<div class=\"css-v1\"><p>Unfortunately, this video is not available in your region.</p></div>"
    "<p>The town's clinic will stay open until nine in the evening this week to give flu vaccines to people "
    "who cannot come during the day, the health board said.</p>"
    "<p>Photo: Nurses at the clinic on Monday (Town Times)</p>"
    "<p>Get the vaccine before the winter, the board urged older residents and anyone with asthma.</p>"
    "<p><strong>Related:</strong> <a href=\"/a\">Flu cases rise early this year</a></p>"
    "<p>[Get the <a href=\"/daily\">Town Times daily briefing</a> in your inbox.]</p>"
    "<p>Sign up for our health newsletter</p>"
    "<p>Subscribe to the Town Times for 1 pound a week</p>"
    "<p>Appointments can be booked by telephone or at the front desk, and walk-ins will be seen when "
    "nurses are free.</p>"
    "<p>It was needed.</p>"
    "<p>Copyright 2023 The Town Times. All rights reserved. This material may not be published, broadcast, "
    "rewritten or redistributed.</p>"
    "<p>Advertisement</p>"
    "<p>Share this article</p>"
    "</div></div></body></html>";
  g_autoptr(DossierArticle) a = parse_bytes ("clinic.html", html, strlen (html));
  const char *body = dossier_article_get_body (a);
  const char *text = dossier_article_get_text (a);
  const char *cruft[] = { "Analysis", "Photo:", "Related", "Flu cases", "Sign up", "Subscribe", "Advertisement",
                          "Share", "briefing", "Copyright", "video", NULL };

  g_assert_cmpstr (dossier_article_get_title (a), ==, "Clinic opens late for vaccines");
  g_assert_cmpstr (dossier_article_get_outlet (a), ==, "Town Times");
  g_assert_true (g_str_has_prefix (body, "The town's clinic will stay open until nine"));
  g_assert_nonnull (strstr (body, "\n\nGet the vaccine before the winter, the board urged"));
  g_assert_true (g_str_has_suffix (body, "nurses are free.\n\nIt was needed."));
  assert_absent (body, cruft);
  /* The picture's caption is analysed text, apart from the body. */
  g_assert_nonnull (strstr (text, "Photo: Nurses at the clinic on Monday"));
  assert_offsets (a, html, strlen (html), NULL);
}

/* Pages in encodings other than UTF-8, as they declare them: every
 * character keeps its bytes, and nothing is said to have been guessed. */
static void
test_legacy_charsets (void)
{
  struct { const char *charset; const char *title; const char *para; gboolean xml_decl; } cases[] = {
    { "shift_jis", "東京で大雨、電車が止まる",
      "東京では月曜日、記録的な大雨が降り、多くの電車が止まった。気象庁によると、一時間に百ミリを超える雨が降った地域もあった。" },
    { "iso-8859-2", "Powódź w Gdańsku: zamknięto drogi",
      "W poniedziałek ulewne deszcze zalały ulice Gdańska, a straż pożarna wypompowywała wodę z piwnic przez całą noc, poinformowały władze miasta." },
    { "koi8-r", "В Москве открылась новая станция метро",
      "В понедельник в Москве открылась новая станция метро, которая соединит южные районы города с центром, сообщили в мэрии столицы." },
    /* Read as declared, with no warning: the page said so. */
    { "windows-1252", "Réunion à Genève",
      "Les négociations reprendront jeudi à Genève, a déclaré le ministère des affaires étrangères dans un communiqué." },
    /* An XHTML page that says it only in its XML declaration. */
    { "windows-1251", "В Казани открылся новый мост",
      "В среду в Казани открылся новый мост через Волгу, по которому пойдут автобусы и трамваи, сообщили в мэрии города.",
      TRUE },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *head = cases[i].xml_decl
        ? g_strdup_printf ("<?xml version=\"1.0\" encoding=\"%s\"?>\n<html xmlns=\"http://www.w3.org/1999/xhtml\"><head>",
                           cases[i].charset)
        : g_strdup_printf ("<html><head><meta charset=\"%s\">", cases[i].charset);
      g_autofree char *utf8 = g_strdup_printf (
        "%s<title>%s</title></head><body><article><h1>%s</h1>"
        "<p>%s</p><p>%s</p></article></body></html>",
        head, cases[i].title, cases[i].title, cases[i].para, cases[i].para);
      gsize len = 0;
      g_autoptr(GError) error = NULL;
      g_autofree char *page = g_convert (utf8, -1, cases[i].charset, "UTF-8", NULL, &len, &error);
      g_autoptr(DossierArticle) a = NULL;
      g_autofree char *both = g_strdup_printf ("%s\n\n%s", cases[i].para, cases[i].para);

      g_assert_no_error (error);
      g_assert_false (g_utf8_validate (page, len, NULL));
      a = parse_bytes ("legacy.html", page, len);
      g_assert_cmpstr (dossier_article_get_title (a), ==, cases[i].title);
      g_assert_cmpstr (dossier_article_get_body (a), ==, both);
      g_assert_null (dossier_article_get_warning (a));
      assert_offsets (a, page, len, cases[i].charset);
    }
}

/* A page saved once more after its UTF-8 was misread as windows-1252
 * ("Zelenskyyâ€™s", "SÃ£o Paulo"), as scrapers leave it: read as meant,
 * with a warning, and every word mapped to the bytes that spell it. */
static void
test_encoded_twice (void)
{
  gsize len;
  g_autofree char *html = read_fixture ("harbour-encoded-twice.html", &len);
  g_autoptr(DossierArticle) a = parse_bytes ("harbour-encoded-twice.html", html, len);
  const char *body = dossier_article_get_body (a);
  const char *mojibake[] = { "â€", "Ã", "Â", NULL };

  g_assert_nonnull (strstr (html, "Zelenskyyâ€™s"));
  g_assert_cmpstr (dossier_article_get_title (a), ==, "Zelenskyy’s envoy meets Lula in São Paulo");
  g_assert_cmpstr (dossier_article_get_outlet (a), ==, "The Harbour Post");
  g_assert_cmpstr (dossier_article_get_byline (a), ==, "Inês Müller");
  g_assert_true (g_str_has_prefix (body, "Ukraine’s special envoy met President Luiz Inácio Lula da Silva in São Paulo"));
  g_assert_true (g_str_has_suffix (body, "discuss trade with the European Union."));
  g_assert_nonnull (strstr (body, "“We came to listen,” the envoy"));
  assert_absent (dossier_article_get_text (a), mojibake);
  g_assert_cmpstr (dossier_article_get_warning (a), ==, "Text was encoded as UTF-8 twice and was repaired");
  assert_offsets (a, html, len, NULL);
}

/* Pages that declare no encoding and are not UTF-8 (saved by a scraper
 * that dropped the server's header): the language the page says it is in
 * names the legacy encoding a browser in that language would read. */
static void
test_undeclared_charsets (void)
{
  struct { const char *lang, *charset, *title, *para; } cases[] = {
    { "ru", "windows-1251", "В Казани открылся новый мост",
      "В среду в Казани открылся новый мост через Волгу, по которому пойдут автобусы и трамваи, сообщили в мэрии города." },
    { "ja", "shift_jis", "東京で大雨、電車が止まる",
      "東京では月曜日、記録的な大雨が降り、多くの電車が止まった。気象庁によると、一時間に百ミリを超える雨が降った地域もあった。" },
    /* EUC-JP, which Shift_JIS would read as half-width kana. */
    { "ja-JP", "euc-jp", "東京で大雨、電車が止まる",
      "東京では月曜日、記録的な大雨が降り、多くの電車が止まった。気象庁によると、一時間に百ミリを超える雨が降った地域もあった。" },
    { "zh-TW", "big5", "台北捷運新線通車",
      "台北捷運環狀線南段星期六正式通車，市長表示，新路線將大幅縮短新北市民前往市中心的通勤時間。" },
    { "pl", "windows-1250", "Powódź w Gdańsku: zamknięto drogi",
      "W poniedziałek ulewne deszcze zalały ulice Gdańska, a straż pożarna wypompowywała wodę z piwnic przez całą noc." },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *utf8 = g_strdup_printf (
        "<!DOCTYPE html><html lang=\"%s\"><head><title>%s</title></head><body><article><h1>%s</h1>"
        "<p>%s</p><p>%s</p></article></body></html>",
        cases[i].lang, cases[i].title, cases[i].title, cases[i].para, cases[i].para);
      gsize len = 0;
      g_autoptr(GError) error = NULL;
      g_autofree char *page = g_convert (utf8, -1, cases[i].charset, "UTF-8", NULL, &len, &error);
      g_autoptr(DossierArticle) a = NULL;
      g_autofree char *both = g_strdup_printf ("%s\n\n%s", cases[i].para, cases[i].para);

      g_assert_no_error (error);
      g_assert_false (g_utf8_validate (page, len, NULL));
      a = parse_bytes ("undeclared.html", page, len);
      g_assert_cmpstr (dossier_article_get_title (a), ==, cases[i].title);
      g_assert_cmpstr (dossier_article_get_body (a), ==, both);
      g_assert_null (dossier_article_get_warning (a));
      assert_offsets (a, page, len, cases[i].charset);
    }

  /* A French page is Windows-1252, as before; a Russian page in UTF-8 is
   * UTF-8; a page whose bytes its language's encoding cannot read falls
   * back to Windows-1252 and says so. */
  {
    const char *fr = "<html lang=\"fr\"><head><title>R\xE9union \xE0 Gen\xE8ve</title></head><body><article>"
                     "<p>Les n\xE9gociations reprendront jeudi \xE0 Gen\xE8ve, a d\xE9" "clar\xE9 le minist\xE8re "
                     "des affaires \xE9trang\xE8res dans un communiqu\xE9 publi\xE9 mercredi soir.</p>"
                     "<p>Les deux d\xE9l\xE9gations se retrouveront au palais des Nations pour une journ\xE9" "e "
                     "de discussions sur le cessez-le-feu et les \xE9" "changes de prisonniers.</p></article></body></html>";
    const char *ru = "<html lang=\"ru\"><head><title>Новый мост в Казани</title></head><body><article>"
                     "<p>В среду в Казани открылся новый мост через Волгу, по которому пойдут автобусы и трамваи, "
                     "сообщили в мэрии города.</p><p>Строительство моста заняло четыре года и обошлось городу "
                     "дороже, чем планировали, признали в мэрии.</p></article></body></html>";
    g_autoptr(DossierArticle) a = parse_bytes ("fr.html", fr, strlen (fr));
    g_autoptr(DossierArticle) b = parse_bytes ("ru.html", ru, strlen (ru));
    g_autofree char *ja = g_strdup (fr);
    g_autoptr(DossierArticle) c = NULL;

    g_assert_cmpstr (dossier_article_get_title (a), ==, "Réunion à Genève");
    g_assert_cmpstr (dossier_article_get_warning (a), ==, "Not UTF-8: read as Windows-1252");
    g_assert_cmpstr (dossier_article_get_title (b), ==, "Новый мост в Казани");
    g_assert_null (dossier_article_get_warning (b));
    memcpy (strstr (ja, "\"fr\""), "\"ja\"", 4);
    c = parse_bytes ("ja.html", ja, strlen (ja));
    g_assert_cmpstr (dossier_article_get_title (c), ==, "Réunion à Genève");
    g_assert_cmpstr (dossier_article_get_warning (c), ==, "Not UTF-8: read as Windows-1252");
  }
}

static const char *story =
  "<p>The council voted on Wednesday to close the old bridge to cars from next month, after engineers found "
  "cracks in two of its supports during an inspection.</p>"
  "<p>Buses and bicycles will still be allowed to cross, the council said, while repairs that could take "
  "two years are planned.</p>";

/* A byte order mark outweighs the page's own declaration. */
static void
test_bom (void)
{
  g_autofree char *utf8 = g_strdup_printf ("<html><head><meta charset=\"windows-1252\"><title>Café reopens</title>"
                                           "</head><body><p>%s</p></body></html>", story);
  gsize len = 0;
  g_autofree char *u16 = g_convert (utf8, -1, "UTF-16LE", "UTF-8", NULL, &len, NULL);
  g_autofree char *page = g_malloc (len + 2);
  g_autoptr(DossierArticle) a = NULL;

  memcpy (page, "\xFF\xFE", 2);
  memcpy (page + 2, u16, len);
  a = parse_bytes ("bom.html", page, len + 2);
  g_assert_cmpstr (dossier_article_get_title (a), ==, "Café reopens");
  g_assert_true (g_str_has_prefix (dossier_article_get_body (a), "The council voted on Wednesday"));
  g_assert_true (dossier_article_get_flags (a) & DOSSIER_ARTICLE_FLAG_UTF16);
}

static void
test_references (void)
{
  const char *html =
    "<html><head><title>Refs</title></head><body><article>"
    "<h1>AT&amp;T and Procter &#38; Gamble&#8217;s deal</h1>"
    "<p>The companies&#x2019; chiefs met in New&nbsp;York on Monday &#150; a day late &hellip; "
    "to sign what one called the <b>big</b>gest deal of the year, worth &pound;3bn &amp; more.</p>"
    "<p>Unknown references such as &foo; and bare ampersands like R&D stay as they are, "
    "and a soft&shy;hyphen vanishes from the text of the article, as does a raw one in Netan\u00ADyahu.</p>"
    "<p>Comments between text nodes, as React writes them, join them: Page <!-- -->A<!-- -->1<!-- --> of the "
    "print edition.</p>"
    "<p>Split <i>across</i> <a href=\"javascript:alert(1)\">inline</a> tags, the words keep their "
    "spaces but not <em>mark</em>up, which is what readers of the page would see on their screens.</p>"
    "</article></body></html>";
  g_autoptr(DossierArticle) a = parse_bytes ("refs.html", html, strlen (html));
  const char *body = dossier_article_get_body (a);
  const char *text = dossier_article_get_text (a);
  const char *w;
  gsize fs, fe;

  g_assert_cmpstr (dossier_article_get_title (a), ==, "AT&T and Procter & Gamble’s deal");
  g_assert_true (g_str_has_prefix (body, "The companies’ chiefs met in New York on Monday – a day late … to sign"));
  g_assert_nonnull (strstr (body, "the biggest deal of the year, worth £3bn & more."));
  g_assert_nonnull (strstr (body, "such as &foo; and bare ampersands like R&D stay"));
  g_assert_nonnull (strstr (body, "a softhyphen vanishes"));
  g_assert_nonnull (strstr (body, "Page A1 of the print edition."));
  g_assert_nonnull (strstr (body, "a raw one in Netanyahu."));
  g_assert_nonnull (strstr (body, "Split across inline tags, the words keep their spaces but not markup,"));

  /* A word with a reference covers the reference's bytes. */
  w = strstr (text, "companies’");
  dossier_article_text_to_file (a, w - text, w - text + strlen ("companies’"), &fs, &fe);
  g_assert_cmpint (strncmp (html + fs, "companies&#x2019;", fe - fs), ==, 0);
  g_assert_cmpuint (fe - fs, ==, strlen ("companies&#x2019;"));
  /* A word split by markup covers the markup. */
  w = strstr (text, "biggest");
  dossier_article_text_to_file (a, w - text, w - text + strlen ("biggest"), &fs, &fe);
  g_assert_cmpint (strncmp (html + fs, "big</b>gest", fe - fs), ==, 0);
  g_assert_cmpuint (fe - fs, ==, strlen ("big</b>gest"));
  /* A plain word is its bytes. */
  w = strstr (text, "Procter");
  dossier_article_text_to_file (a, w - text, w - text + 7, &fs, &fe);
  g_assert_cmpint (strncmp (html + fs, "Procter", 7), ==, 0);
  g_assert_cmpuint (fe - fs, ==, 7);

  assert_offsets (a, html, strlen (html), NULL);
}

/* The named references HTML5 added, which libxml2 2.9 does not know, read
 * as a browser reads them; escaped ones, and ones that would make markup,
 * stay as written. */
static void
test_html5_references (void)
{
  const char *html =
    "<html><head><title>Turnout up 40&percnt; in Tromsø</title>"
    "<meta property=\"og:title\" content=\"Turnout up 40&percnt; in Troms&oslash;\"></head><body><article>"
    "<h1>Turnout up 40&percnt; in Troms&oslash;</h1>"
    "<p>Turnout rose by 40&percnt; on Monday&comma; officials in Tromsø said&colon; more than 20,000 people voted "
    "before noon&mldr; and queues&NonBreakingSpace;formed outside every school in the city.</p>"
    "<p>Written escaped&comma; &amp;mldr; stays as it is, as do &LT;b&GT; and &QUOT;, which would otherwise "
    "become markup, and so does &madeup; which names nothing at all in any version of HTML.</p>"
    "</article></body></html>";
  g_autoptr(DossierArticle) a = parse_bytes ("html5-refs.html", html, strlen (html));
  const char *body = dossier_article_get_body (a);
  const char *text = dossier_article_get_text (a);
  const char *w;
  gsize fs, fe;

  g_assert_cmpstr (dossier_article_get_title (a), ==, "Turnout up 40% in Tromsø");
  g_assert_true (g_str_has_prefix (body, "Turnout rose by 40% on Monday, officials in Tromsø said: more than"));
  g_assert_nonnull (strstr (body, "before noon… and queues formed outside"));
  g_assert_nonnull (strstr (body, "escaped, &mldr; stays as it is, as do &LT;b&GT; and &QUOT;, which"));
  g_assert_nonnull (strstr (body, "so does &madeup; which"));

  /* A word with such a reference covers the reference's bytes. */
  w = strstr (text, "noon…");
  dossier_article_text_to_file (a, w - text, w - text + strlen ("noon…"), &fs, &fe);
  g_assert_cmpuint (fe - fs, ==, strlen ("noon&mldr;"));
  g_assert_cmpint (strncmp (html + fs, "noon&mldr;", fe - fs), ==, 0);
  assert_offsets (a, html, strlen (html), NULL);
}

static void
load_done (GObject      *source,
           GAsyncResult *result,
           gpointer      user_data)
{
  gboolean *done = user_data;
  g_autoptr(GError) error = NULL;

  g_assert_true (dossier_corpus_load_finish (DOSSIER_CORPUS (source), result, &error));
  g_assert_no_error (error);
  *done = TRUE;
}

/* A page saved "complete" comes with NAME_files/ that holds the page's
 * images, scripts and frames (some of them .html): only the page counts. */
/* The contract end to end: `dossier-cli entities --format=jsonl` on the
 * fixture pages. Every mention's bytes lie in its file and decode to its
 * text; where they hold no markup or reference they are its text. */
static void
test_entities_jsonl (void)
{
  const char *cli = g_getenv ("DOSSIER_CLI");
  g_autofree char *folder = g_build_filename (TEST_DATADIR, "html", NULL);
  g_autofree char *out = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GHashTable) files = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, (GDestroyNotify) g_bytes_unref);
  g_auto(GStrv) lines = NULL;
  const char *argv[] = { cli, "entities", "--format=jsonl", folder, NULL };
  guint n = 0;
  int status;

  if (cli == NULL)
    {
      g_test_skip ("DOSSIER_CLI is not set");
      return;
    }
  g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_STDERR_TO_DEV_NULL, NULL, NULL, &out, NULL,
                               &status, &error));
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));

  lines = g_strsplit (out, "\n", -1);
  for (guint i = 0; lines[i]; i++)
    {
      g_autoptr(JsonParser) parser = json_parser_new ();
      JsonObject *o;
      const char *file, *text;
      gsize start, end, len;
      const char *data;
      GBytes *bytes;

      if (*lines[i] == '\0')
        continue;
      g_assert_true (json_parser_load_from_data (parser, lines[i], -1, NULL));
      o = json_node_get_object (json_parser_get_root (parser));
      file = json_object_get_string_member (o, "file");
      text = json_object_get_string_member (o, "text");
      start = json_object_get_int_member (o, "start");
      end = json_object_get_int_member (o, "end");

      bytes = g_hash_table_lookup (files, file);
      if (bytes == NULL)
        {
          g_autofree char *path = g_build_filename (folder, file, NULL);
          char *contents;

          g_assert_true (g_file_get_contents (path, &contents, &len, NULL));
          bytes = g_bytes_new_take (contents, len);
          g_hash_table_insert (files, g_strdup (file), bytes);
        }
      data = g_bytes_get_data (bytes, &len);
      g_assert_cmpuint (start, <, end);
      g_assert_cmpuint (end, <=, len);
      /* An MHTML archive's bytes are encoded (/html/mhtml maps them back):
       * its mentions' text is the decoded text, found in the article's. */
      if (g_str_has_suffix (file, ".mhtml") || g_str_has_suffix (file, ".mht"))
        {
          g_autoptr(DossierArticle) archived = parse_bytes (file, data, len);

          g_assert_nonnull (strstr (dossier_article_get_text (archived), text));
          n++;
          continue;
        }
      {
        gboolean utf8 = g_utf8_validate (data, len, NULL);
        g_autoptr(DossierMappedText) dec = utf8 ? dossier_decode_text (data + start, end - start, NULL)
                                                : dossier_decode_text_as (data + start, end - start, "windows-1252", NULL);
        g_autoptr(DossierMappedText) vis = dossier_html_visible_text (dossier_mapped_text_get_text (dec),
                                                                      dossier_mapped_text_get_length (dec));
        g_autofree char *seen = dossier_html_collapse_spaces (dossier_mapped_text_get_text (vis));
        g_autofree char *said = dossier_html_collapse_spaces (text);
        DossierDecodeFlags whole = 0;

        dossier_mapped_text_free (dossier_decode_text (data, len, &whole));
        g_assert_cmpstr (seen, ==, said);
        /* A file encoded twice gives its decoded text, like an archive. */
        if (utf8 && !(whole & DOSSIER_DECODE_TWICE) && !memchr (data + start, '<', end - start) &&
            !memchr (data + start, '&', end - start))
          {
            g_assert_cmpuint (strlen (text), ==, end - start);
            g_assert_true (memcmp (text, data + start, end - start) == 0);
          }
      }
      n++;
    }
  g_test_message ("%u mentions checked", n);
  g_assert_cmpuint (n, >=, 10);
}

/* Quoted-printable, decoded the plain way, for checking the reader's map. */
static char *
qp_decode (const char *s,
           gsize       n)
{
  GString *out = g_string_new (NULL);

  for (gsize i = 0; i < n; i++)
    {
      if (s[i] == '=' && i + 2 < n && g_ascii_isxdigit (s[i + 1]) && g_ascii_isxdigit (s[i + 2]))
        {
          g_string_append_c (out, (char) (g_ascii_xdigit_value (s[i + 1]) * 16 + g_ascii_xdigit_value (s[i + 2])));
          i += 2;
        }
      else if (s[i] == '=' && i + 1 < n && (s[i + 1] == '\r' || s[i + 1] == '\n'))
        i += s[i + 1] == '\r' && i + 2 < n && s[i + 2] == '\n' ? 2 : 1;
      else
        g_string_append_c (out, s[i]);
    }
  return g_string_free (out, FALSE);
}

static char *
visible (const char *html)
{
  g_autoptr(DossierMappedText) dec = dossier_decode_text (html, strlen (html), NULL);
  g_autoptr(DossierMappedText) vis = dossier_html_visible_text (dossier_mapped_text_get_text (dec),
                                                                dossier_mapped_text_get_length (dec));

  return dossier_html_collapse_spaces (dossier_mapped_text_get_text (vis));
}

static void
assert_ferry_page (DossierArticle *a)
{
  const char * const cruft[] = { "Photo:", "Read more", "Island shops", "Home", "2026 The Harbour Post", NULL };

  g_assert_cmpstr (dossier_article_get_title (a), ==, "Ferry crews end walkout as harbour reopens");
  g_assert_cmpstr (dossier_article_get_outlet (a), ==, "The Harbour Post");
  g_assert_cmpstr (dossier_article_get_date (a), ==, "2026-02-10T08:15:00+00:00");
  g_assert_cmpstr (dossier_article_get_byline (a), ==, "Inés Montaño");
  g_assert_cmpstr (dossier_article_get_url (a), ==, "https://harbourpost.example/news/2026/02/10/ferry-crews-end-walkout");
  /* The archive's Date: the day it was saved, not the story's. */
  g_assert_cmpstr (dossier_article_get_page_date (a), ==, "2026-02-11");
  g_assert_true (g_str_has_prefix (dossier_article_get_body (a), "Ferry crews returned to work on Tuesday"));
  g_assert_true (g_str_has_suffix (dossier_article_get_body (a), "carry medicines across on Sunday."));
  g_assert_nonnull (strstr (dossier_article_get_body (a), "José Álvarez, who leads the crews’ union"));
  assert_absent (dossier_article_get_body (a), cruft);
}

/* A page saved from Firefox's Reader View: the story is Readability's
 * already, under the reader's toolbar; its header gives the address (a
 * link to the site) and the byline ("reader-credits"), which the page has
 * nowhere else. The toolbar's labels and the reading time stay out. */
static void
test_reader_view_save (void)
{
  gsize len;
  g_autofree char *html = read_fixture ("ferry-reader-view.html", &len);
  g_autoptr(DossierArticle) a = parse_bytes ("ferry-reader-view.html", html, len);
  const char * const cruft[] = { "Close Reader View", "Type controls", "Sans-serif", "Listen", "minutes",
                                 "harbourpost.example", "Photo:", NULL };

  g_assert_cmpstr (dossier_article_get_title (a), ==, "Ferry crews end walkout as harbour reopens");
  g_assert_cmpstr (dossier_article_get_byline (a), ==, "Inés Montaño");
  g_assert_cmpstr (dossier_article_get_url (a), ==, "https://harbourpost.example/news/2026/02/10/ferry-crews-end-walkout");
  g_assert_cmpstr (dossier_article_get_outlet (a), ==, "harbourpost.example");
  g_assert_true (g_str_has_prefix (dossier_article_get_body (a), "Ferry crews returned to work on Tuesday"));
  g_assert_true (g_str_has_suffix (dossier_article_get_body (a), "carry medicines across on Sunday."));
  assert_absent (dossier_article_get_body (a), cruft);
  assert_offsets (a, html, len, NULL);
}

/* Pages saved as one file: Chromium's "Webpage, Single File" (.mhtml, the
 * page quoted-printable among its pictures and styles) and Internet
 * Explorer's .mht (base64, in Windows-1252 said only in the part's header)
 * read as the page itself, every word of the text mapped to the archive's
 * bytes that encode it. Broken archives are errors, not empty articles. */
static void
test_mhtml (void)
{
  gsize len, ie_len;
  g_autofree char *chrome = read_fixture ("ferry-saved-chrome.mhtml", &len);
  g_autofree char *ie = read_fixture ("ferry-saved-ie.mht", &ie_len);
  g_autoptr(DossierArticle) a = parse_bytes ("ferry.mhtml", chrome, len);
  g_autoptr(DossierArticle) b = parse_bytes ("ferry.mht", ie, ie_len);
  const char *t = dossier_article_get_text (a);
  const char *p = t;
  guint words = 0;

  g_assert_cmpstr (dossier_format_for_path ("Saved page.MHTML")->name, ==, "mhtml");
  g_assert_cmpstr (dossier_format_for_path ("page.mht")->name, ==, "mhtml");
  assert_ferry_page (a);
  assert_ferry_page (b);
  g_assert_cmpstr (dossier_article_get_body (a), ==, dossier_article_get_body (b));

  /* Every word of the Chrome save: its bytes lie in the archive and,
   * quoted-printable and markup undone, read the word. */
  while (*p)
    {
      const char *w;
      gsize fs, fe;
      g_autofree char *word = NULL;
      g_autofree char *raw = NULL;
      g_autofree char *seen = NULL;

      while (*p == ' ' || *p == '\n')
        p++;
      if (!*p)
        break;
      for (w = p; *p && *p != ' ' && *p != '\n'; p++)
        ;
      word = g_strndup (w, p - w);
      dossier_article_text_to_file (a, w - t, p - t, &fs, &fe);
      g_assert_cmpuint (fs, <, fe);
      g_assert_cmpuint (fe, <=, len);
      raw = qp_decode (chrome + fs, fe - fs);
      seen = visible (raw);
      g_assert_cmpstr (seen, ==, word);
      words++;
    }
  g_assert_cmpuint (words, >, 100);

  /* The IE save's words map to the base64 groups that hold them. */
  {
    const char *bt = dossier_article_get_text (b);
    const char *at = strstr (bt, "Françoise");
    gsize fs, fe;
    g_autofree char *b64 = NULL;
    g_autofree guchar *bytes = NULL;
    g_autofree char *utf8 = NULL;
    gsize n;

    g_assert_nonnull (at);
    dossier_article_text_to_file (b, at - bt, at - bt + strlen ("Françoise"), &fs, &fe);
    g_assert_cmpuint (fe, <=, ie_len);
    b64 = g_strndup (ie + fs, fe - fs);
    bytes = g_base64_decode (b64, &n);
    utf8 = g_convert ((const char *) bytes, n, "UTF-8", "WINDOWS-1252", NULL, NULL, NULL);
    g_assert_nonnull (utf8);
    g_assert_nonnull (strstr (utf8, "Françoise"));
    g_assert_cmpuint (strlen (utf8), <=, strlen ("Françoise") + 4);
  }

  /* Cut short after the second paragraph: what is there is read. */
  {
    const char *cut = strstr (chrome, "The operator");
    g_autoptr(DossierArticle) c = NULL;

    g_assert_nonnull (cut);
    c = parse_bytes ("cut.mhtml", chrome, cut - chrome);
    g_assert_true (g_str_has_prefix (dossier_article_get_body (c), "Ferry crews returned to work on Tuesday"));
    g_assert_null (strstr (dossier_article_get_body (c), "Françoise"));
  }

  /* A boundary that starts a line of the page ("--b" before "--brand")
   * does not end it there. */
  {
    const char *archive = "MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary=b\r\n\r\n"
                          "--b\r\nContent-Type: text/html\r\n\r\n"
                          "<html><head><title>Ferry sails again</title><style>\r\n--brand: red;\r\n</style></head>"
                          "<body><article><h1>Ferry sails again</h1><p>The ferry sailed again on Monday after a week "
                          "in dock for repairs to its engines, the operator said, and the first crossing left the "
                          "quay at seven in the morning.</p>\r\n--b-side\r\n<p>Shops on the island had run short "
                          "of fresh food by the weekend, and the council had asked the navy to carry medicines "
                          "across on Sunday.</p></article></body></html>\r\n--b--\r\n";
    g_autoptr(DossierArticle) e = parse_bytes ("x.mhtml", archive, strlen (archive));

    g_assert_true (g_str_has_suffix (dossier_article_get_body (e), "carry medicines across on Sunday."));
  }

  /* No page in it, no boundary, junk, nothing. */
  {
    g_autofree char *no_page = replace_once (chrome, "Content-Type: text/html\r\n", "Content-Type: text/plain\r\n");
    g_autofree char *no_boundary = replace_once (chrome, "boundary=", "limit=");
    g_autofree char *no_header = replace_once (chrome, "MIME-Version: 1.0\r\n", "");
    g_autoptr(GError) error = NULL;
    g_autoptr(DossierArticle) d = NULL;
    char junk[4096];

    assert_parse_fails_as ("x.mhtml", no_page, strlen (no_page), DOSSIER_PARSE_ERROR_INVALID);
    assert_parse_fails_as ("x.mhtml", no_boundary, strlen (no_boundary), DOSSIER_PARSE_ERROR_INVALID);
    for (guint i = 0; i < sizeof junk; i++)
      junk[i] = (char) (i * 7919 % 251);
    assert_parse_fails_as ("x.mhtml", junk, sizeof junk, DOSSIER_PARSE_ERROR_BINARY);
    assert_parse_fails_as ("x.mhtml", "<html><body><p>Not an archive.</p></body></html>", 48,
                           DOSSIER_PARSE_ERROR_INVALID);
    /* A header line less changes nothing. */
    d = dossier_article_new_from_bytes (NULL, "x.mhtml", no_header, strlen (no_header), &error);
    g_assert_no_error (error);
    assert_ferry_page (d);
  }
}

static void
test_complete_save (void)
{
  g_autofree char *dir = g_dir_make_tmp ("dossier-html-XXXXXX", NULL);
  g_autofree char *page = g_build_filename (dir, "Harbour strike.html", NULL);
  g_autofree char *files = g_build_filename (dir, "Harbour strike_files", NULL);
  g_autofree char *frame = g_build_filename (files, "frame.html", NULL);
  g_autofree char *script = g_build_filename (files, "app.js", NULL);
  g_autofree char *other = g_build_filename (dir, "notes_files", NULL);
  g_autofree char *other_page = g_build_filename (other, "kept.htm", NULL);
  g_autofree char *html = NULL;
  g_autoptr(GFile) folder = g_file_new_for_path (dir);
  g_autoptr(DossierCorpus) corpus = dossier_corpus_new (folder);
  gboolean done = FALSE;
  gsize len;

  html = read_fixture ("ledger-jsonld.html", &len);
  g_assert_cmpint (g_mkdir (files, 0700), ==, 0);
  g_assert_cmpint (g_mkdir (other, 0700), ==, 0);
  g_assert_true (g_file_set_contents (page, html, len, NULL));
  g_assert_true (g_file_set_contents (frame, html, len, NULL));
  g_assert_true (g_file_set_contents (script, "var x = 1;", -1, NULL));
  /* A folder named like a save whose page is missing is an ordinary one. */
  g_assert_true (g_file_set_contents (other_page, html, len, NULL));

  dossier_corpus_load_async (corpus, NULL, load_done, &done);
  while (!done)
    g_main_context_iteration (NULL, TRUE);

  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (corpus)), ==, 2);
  for (guint i = 0; i < 2; i++)
    {
      g_autoptr(DossierArticle) a = g_list_model_get_item (G_LIST_MODEL (corpus), i);
      const char *path = dossier_article_get_path (a);

      g_assert_true (g_str_equal (path, "Harbour strike.html") || g_str_equal (path, "notes_files/kept.htm"));
      g_assert_cmpstr (dossier_article_get_title (a), ==, "Harbour strike ends after three weeks of talks");
    }

  g_assert_nonnull (dossier_format_for_path ("a/b/page.HTM"));
  g_assert_cmpstr (dossier_format_for_path ("page.html")->name, ==, "html");

  g_remove (frame);
  g_remove (script);
  g_remove (other_page);
  g_rmdir (files);
  g_rmdir (other);
  g_remove (page);
  g_rmdir (dir);
}


static void
test_redirect_and_walls (void)
{
  const char *redirect =
    "<html><head><meta http-equiv=\"refresh\" content=\"0; url=https://example.org/story\">"
    "<title>Redirecting…</title></head><body><p>If you are not redirected automatically, "
    "<a href=\"https://example.org/story\">follow this link</a>.</p></body></html>";
  const char *wall =
    "<html><head><title>Subscribe to read | The Paper</title></head><body>"
    "<header><nav><a href=\"/\">Home</a></nav></header>"
    "<h1>Council closes old bridge to cars</h1>"
    "<div class=\"wall\"><p>This article is for subscribers only. Log in or subscribe to continue reading.</p>"
    "<form><input name=\"email\"><input type=\"password\"><button>Sign in</button></form></div>"
    "</body></html>";
  const char *scripts_only =
    "<html><body><script>document.write('<p>' + 'x'.repeat(500) + '</p>')</script>"
    "<noscript>Please enable JavaScript to view this site.</noscript></body></html>";

  /* A login form, a script redirect, a "not found" page, a consent
   * dialog, a robot check: prose, but what a page says in an article's
   * place. */
  const char *more_walls[] = {
      "<html><head><title>Sign in - The Daily Ledger</title></head><body><header><a href=\"/\">The Daily Ledg"
      "er</a></header><main><h1>Sign in to your account</h1><p>Enter the email address and password you use"
      "d when you created your account with us, and we will take you back to the article you were reading.<"
      "/p><form><label>Email</label><input name=\"email\"><label>Password</label><input type=\"password\" name="
      "\"p\"><button>Sign in</button></form><p>Forgotten your password? We can send you a link to reset it, w"
      "hich will be valid for twenty-four hours after it is sent to you.</p><p>By signing in you agree to o"
      "ur terms of service and our privacy policy, which explain how we use the information you give us.</p"
      "></main></body></html>",
      "<html><head><title>Redirecting</title><script>window.location.replace(\"https://example.org/news/stor"
      "y\");</script></head><body><p>You are being taken to the story you asked for. If nothing happens with"
      "in a few seconds, please use the link below to go there yourself.</p><p><a href=\"https://example.org"
      "/news/story\">Go to the story</a></p></body></html>",
      "<html><head><title>Page not found | The Daily Ledger</title></head><body><h1>Sorry, we couldn't find"
      " that page</h1><p>The page you were looking for may have been moved, deleted, or may never have exis"
      "ted. Please check the address you typed, or use the search box above to find what you were looking f"
      "or on our site.</p><p>You might also want to visit our home page, where you will find the latest new"
      "s, sport, business and weather from across the region, updated every few minutes.</p></body></html>",
      "<html><head><title>Before you continue</title></head><body><div class=\"qc-cmp2-container\"><div role="
      "\"dialog\"><h2>We value your privacy</h2><p>We and our partners store and/or access information on a d"
      "evice, such as cookies, and process personal data, such as unique identifiers and standard informati"
      "on sent by a device, for personalised advertising and content, advertising and content measurement, "
      "audience research and services development.</p><p>With your permission we and our partners may use p"
      "recise geolocation data and identification through device scanning. You may click to consent to our "
      "and our partners' processing as described above. Alternatively you may access more detailed informat"
      "ion and change your preferences before consenting or to refuse consenting.</p><p>Please note that so"
      "me processing of your personal data may not require your consent, but you have a right to object to "
      "such processing. Your preferences will apply to this website only.</p><button>Accept all</button><bu"
      "tton>More options</button></div></div></body></html>",
      "<html><head><title>Just a moment...</title></head><body><div class=\"main-wrapper\"><h1>news.example.o"
      "rg</h1><h2>Checking if the site connection is secure</h2><p>news.example.org needs to review the sec"
      "urity of your connection before proceeding. This process is automatic. Your browser will redirect to"
      " your requested content shortly. Please allow up to 5 seconds.</p><p>Ray ID: 7a1b2c3d4e5f6789 · Perf"
      "ormance and security by a content delivery network</p></div></body></html>",
  };

  for (guint i = 0; i < G_N_ELEMENTS (more_walls); i++)
    assert_parse_fails (more_walls[i], strlen (more_walls[i]), DOSSIER_PARSE_ERROR_EMPTY);
  assert_parse_fails (redirect, strlen (redirect), DOSSIER_PARSE_ERROR_EMPTY);
  assert_parse_fails (wall, strlen (wall), DOSSIER_PARSE_ERROR_EMPTY);
  assert_parse_fails (scripts_only, strlen (scripts_only), DOSSIER_PARSE_ERROR_EMPTY);
  assert_parse_fails ("<html></html>", 13, DOSSIER_PARSE_ERROR_EMPTY);
  assert_parse_fails ("   \n", 4, DOSSIER_PARSE_ERROR_EMPTY);
  assert_parse_fails ("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16, DOSSIER_PARSE_ERROR_BINARY);

  {
    g_autoptr(GError) error = NULL;
    DossierArticle *a = dossier_article_new_from_bytes (NULL, "w.html", wall, strlen (wall), &error);

    g_assert_null (a);
    g_assert_cmpstr (error->message, ==, "No article text found");
  }
}

static void
test_malformed (void)
{
  g_autofree char *full = NULL;
  gsize len;
  const char *broken[] = {
    "<html><body><div><p>Unclosed <b>bold <i>and italic</p></div></span></b><p>The council voted on "
    "Wednesday to close the old bridge to cars, after engineers found cracks in two of its supports.",
    "<p>The council voted on Wednesday <p>to close the old bridge <<<< to cars > after engineers found cracks "
    "in two of its supports, and buses & bicycles will still be allowed to cross while repairs are made. "
    "<!-- an unclosed comment in two of its supports during an inspection of the whole structure.",
    "<html><body><p class=\"a\" id='b' data-x=\"1 > 0\" title=unquoted>The council voted on Wednesday to close "
    "the old bridge to cars, after engineers found cracks in two of its supports.</p><p attr=\"never closed>",
    "<svg><text>Not article text</text></svg><p>The council voted on Wednesday to close the old bridge to "
    "cars, after engineers found cracks in two of its supports during an inspection.</p>"
    "<svg viewBox=\"0 0 10 10\"><title>Icon</title><text x=\"1\">Chart label text</text></svg>"
    "<p><a href=\"javascript:void(document.cookie)\">Click</a> Buses and bicycles will still be allowed to "
    "cross, the council said.</p>",
  };

  for (guint i = 0; i < G_N_ELEMENTS (broken); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(DossierArticle) a = dossier_article_new_from_bytes (NULL, "b.html", broken[i], strlen (broken[i]),
                                                                    &error);

      g_assert_no_error (error);
      g_assert_nonnull (strstr (dossier_article_get_body (a), "close the old bridge"));
      g_assert_null (strstr (dossier_article_get_text (a), "Not article text"));
      g_assert_null (strstr (dossier_article_get_text (a), "Chart label"));
      assert_offsets (a, broken[i], strlen (broken[i]), NULL);
    }

  /* Entities declared in the page are not expanded (no billion laughs),
   * and nothing it points at is fetched. */
  {
    GString *laughs = g_string_new ("<!DOCTYPE html [<!ENTITY l0 \"lol\">");
    g_autoptr(DossierArticle) a = NULL;

    for (guint i = 1; i < 10; i++)
      {
        g_string_append_printf (laughs, "<!ENTITY l%u \"", i);
        for (guint k = 0; k < 10; k++)
          g_string_append_printf (laughs, "&l%u;", i - 1);
        g_string_append (laughs, "\">");
      }
    g_string_append_printf (laughs, "]><html><body><p>&l9; %s</p><img src=\"file:///etc/passwd\">"
                                    "<iframe src=\"http://example.com/\"></iframe></body></html>", story);
    a = parse_bytes ("laughs.html", laughs->str, laughs->len);
    g_assert_null (strstr (dossier_article_get_text (a), "lollol"));
    g_assert_nonnull (strstr (dossier_article_get_body (a), "close the old bridge"));
    assert_offsets (a, laughs->str, laughs->len, NULL);
    g_string_free (laughs, TRUE);
  }

  /* Every truncation of a real page parses or says there is no article. */
  full = read_fixture ("ledger-jsonld.html", &len);
  for (gsize cut = 0; cut < len; cut += 97)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(DossierArticle) a = dossier_article_new_from_bytes (NULL, "t.html", full, cut, &error);

      if (a == NULL)
        g_assert_error (error, DOSSIER_PARSE_ERROR, DOSSIER_PARSE_ERROR_EMPTY);
      else
        assert_offsets (a, full, cut, NULL);
    }
}

/* Random damage to real-looking pages: bytes flipped, markup characters
 * thrown in, pieces cut out or repeated. Whatever comes out must keep the
 * offsets contract, and nothing may crash. */
static void
test_mutations (void)
{
  const char *fixtures[] = { "ledger-jsonld.html", "courier-og.html", "generated-classes.html", "blog-br.html" };
  const char noise[] = "<>&;\"'/=#!-x \n";
  const char *env_rounds = g_getenv ("DOSSIER_TEST_MUTATIONS");
  const char *env_seed = g_getenv ("DOSSIER_TEST_SEED");
  /* DOSSIER_TEST_MUTATIONS=5000 DOSSIER_TEST_SEED=7 for a longer run. */
  guint rounds = env_rounds ? (guint) atoi (env_rounds) : 60;
  guint total_bad = 0, total_words = 0;
  g_autoptr(GRand) rand = g_rand_new_with_seed (env_seed ? (guint32) atoi (env_seed) : 20240618);

  for (guint f = 0; f < G_N_ELEMENTS (fixtures); f++)
    {
      gsize len;
      g_autofree char *orig = read_fixture (fixtures[f], &len);

      for (guint round = 0; round < rounds; round++)
        {
          GString *s = g_string_new_len (orig, len);
          guint edits = g_rand_int_range (rand, 1, 40);
          g_autoptr(GError) error = NULL;
          g_autoptr(DossierArticle) a = NULL;

          for (guint e = 0; e < edits && s->len > 2; e++)
            {
              gsize at = g_rand_int_range (rand, 0, s->len - 1);

              switch (g_rand_int_range (rand, 0, 4))
                {
                case 0:
                  s->str[at] = noise[g_rand_int_range (rand, 0, sizeof noise - 1)];
                  break;
                case 1:
                  g_string_insert_c (s, at, noise[g_rand_int_range (rand, 0, sizeof noise - 1)]);
                  break;
                case 2:
                  {
                    gsize r = g_rand_int_range (rand, 1, 200);
                    g_string_erase (s, at, MIN (s->len - at, r));
                  }
                  break;
                default:
                  {
                    gsize r = g_rand_int_range (rand, 1, 300);
                    gsize n = MIN (s->len - at, r);
                    g_autofree char *piece = g_strndup (s->str + at, n);
                    g_string_insert_len (s, g_rand_int_range (rand, 0, s->len), piece, n);
                  }
                  break;
                }
            }
          a = dossier_article_new_from_bytes (NULL, "m.html", s->str, s->len, &error);
          if (a)
            {
              guint n;

              total_bad += check_offsets (a, s->str, s->len, NULL, FALSE, &n);
              total_words += n;
            }
          else
            g_assert_true (error->domain == DOSSIER_PARSE_ERROR);
          g_string_free (s, TRUE);
        }
    }
  /* Where damage confuses libxml2 in ways this reader does not follow, a
   * word may end up tied to the wrong bytes; that must stay rare. */
  g_test_message ("%u of %u words of damaged pages off their bytes", total_bad, total_words);
  g_assert_cmpuint (total_bad * 100, <=, total_words);
}

static void
test_deep_nesting (void)
{
  GString *s = g_string_new ("<html><body>");
  g_autoptr(DossierArticle) a = NULL;
  const char *body;

  /* libxml2 builds no tree deeper than 256 levels and used to stop reading
   * there; the reader now keeps the text below (and after) the abyss, in
   * order, with its paragraphs, its scripts still out, and its offsets. */
  g_string_append (s, "<article><h1>Bridge closes to cars</h1>");
  g_string_append (s, story);
  for (guint i = 0; i < 100000; i++)
    g_string_append (s, "<div><span>");
  g_string_append (s, "<p>Deep text, at the bottom, is part of the story too.</p><script>var x = 'SCRIPTTEXT';</script>"
                      "<p>And so is its second paragraph, the one after the script.</p>");
  for (guint i = 0; i < 100000; i++)
    g_string_append (s, "</span></div>");
  g_string_append (s, "<p>After the abyss, the story goes on to its end, where the council spoke.</p>"
                      "</article></body></html>");

  a = parse_bytes ("deep.html", s->str, s->len);
  body = dossier_article_get_body (a);
  g_assert_true (g_str_has_prefix (body, "The council voted on Wednesday"));
  g_assert_nonnull (strstr (body, "\n\nDeep text, at the bottom, is part of the story too.\n\n"
                                  "And so is its second paragraph"));
  g_assert_null (strstr (body, "SCRIPTTEXT"));
  g_assert_true (g_str_has_suffix (body, "where the council spoke."));
  assert_offsets (a, s->str, s->len, NULL);

  /* Unclosed all the way down, with the story at the bottom: read. */
  g_string_truncate (s, 0);
  for (guint i = 0; i < 100000; i++)
    g_string_append (s, i % 2 ? "<div>" : "<b>");
  g_string_append (s, story);
  {
    g_autoptr(DossierArticle) b = parse_bytes ("d.html", s->str, s->len);

    g_assert_true (g_str_has_prefix (dossier_article_get_body (b), "The council voted on Wednesday"));
    g_assert_true (g_str_has_suffix (dossier_article_get_body (b), "are planned."));
    assert_offsets (b, s->str, s->len, NULL);
  }
  g_string_free (s, TRUE);
}

static void
test_huge_attributes (void)
{
  GString *s = g_string_new ("<html><head><meta name=\"x\" content=\"");
  g_autoptr(DossierArticle) a = NULL;

  for (guint i = 0; i < 4 * 1024 * 1024; i++)
    g_string_append_c (s, "ab>c'<"[i % 6]);
  g_string_append (s, "\"></head><body><div class=\"");
  for (guint i = 0; i < 1024 * 1024; i++)
    g_string_append_c (s, "content "[i % 8]);
  g_string_append (s, "\"><img src=\"data:image/png;base64,");
  for (guint i = 0; i < 2 * 1024 * 1024; i++)
    g_string_append_c (s, 'A' + i % 26);
  g_string_append (s, "\">");
  g_string_append (s, story);
  g_string_append (s, "</div></body></html>");

  a = parse_bytes ("attrs.html", s->str, s->len);
  g_assert_true (g_str_has_prefix (dossier_article_get_body (a), "The council voted on Wednesday"));
  assert_offsets (a, s->str, s->len, NULL);
  g_string_free (s, TRUE);
}

/* A page of some 50 MB: a long story with navigation, scripts and link
 * lists, parsed in bounded time and memory. */
static void
test_big_page (void)
{
  GString *s = g_string_sized_new (52 * 1024 * 1024);
  g_autoptr(DossierArticle) a = NULL;
  gint64 t0;
  guint i = 0;

  g_string_append (s, "<!DOCTYPE html><html><head><title>A very long report - Big Site</title></head><body>"
                      "<nav><ul><li><a href=\"/\">Home</a></li><li><a href=\"/n\">News</a></li></ul></nav>"
                      "<article><h1>A very long report</h1>");
  while (s->len < 50 * 1024 * 1024)
    {
      g_string_append_printf (s, "<p>Paragraph %u of the report says that the committee, which met %u times, "
                                 "found &ldquo;no evidence&rdquo; of wrongdoing &amp; asked for more time.</p>\n",
                              i, i % 97);
      if (++i % 50 == 0)
        g_string_append (s, "<script>var ad = '<p>not text</p>';</script><div class=\"related\"><ul><li>"
                            "<a href=\"/r\">Related story</a></li></ul></div>\n");
    }
  g_string_append (s, "</article><footer>© Big Site</footer></body></html>");

  t0 = g_get_monotonic_time ();
  a = parse_bytes ("big.html", s->str, s->len);
  g_test_message ("50 MB page parsed in %.1f s", (g_get_monotonic_time () - t0) / 1e6);
  g_assert_true (g_str_has_prefix (dossier_article_get_body (a), "Paragraph 0 of the report"));
  g_assert_null (strstr (dossier_article_get_body (a), "Related story"));
  g_assert_null (strstr (dossier_article_get_body (a), "not text"));
  g_assert_cmpuint (dossier_article_get_word_count (a), >, 5000000);
  g_string_free (s, TRUE);
}

/* A story written without <p>: in a <div>, one line break after a
 * sentence, before a line that opens like one, parts two paragraphs; in a
 * <p>, a line break only breaks the line, and so does one inside a
 * sentence. */
static void
test_br_paragraphs (void)
{
  const char *html =
    "<html><head><title>Ferry fares rise again</title></head><body><div class=\"story\">"
    "The island ferry will cost a fifth more from April, the operator said on Monday, the third rise in two years and the largest since the route opened."
    "<br/>Passengers who cross every day for work say the rise will cost them hundreds a year, and some have"
    "<br/>begun to car-share to the mainland instead of paying the new fares on the crossing."
    "<br/>\u201cWe have no other way to get to work,\u201d said Ines Moreau, a nurse who takes the first boat at six every weekday morning."
    "<br/>The operator says fuel and wages have gone up faster than its fares since the last increase."
    "<p>The new timetable is posted at the quay and on the operator's website.<br/>Tickets are still sold on"
    " board, and season tickets keep their old price until the end of March.</p>"
    "</div></body></html>";
  g_autoptr(DossierArticle) a = parse_bytes ("br.html", html, strlen (html));
  const char *body = dossier_article_get_body (a);

  g_assert_nonnull (strstr (body, "route opened.\n\nPassengers who cross"));
  g_assert_nonnull (strstr (body, "some have begun to car-share"));
  g_assert_nonnull (strstr (body, "crossing.\n\n\u201cWe have"));
  g_assert_nonnull (strstr (body, "weekday morning.\n\nThe operator says"));
  g_assert_nonnull (strstr (body, "website. Tickets are still sold"));
  assert_offsets (a, html, strlen (html), NULL);
}

/* Structured data as pages write it: in a CDATA section, as an array,
 * with the author as a string, a list or an organisation (the site itself,
 * with nobody else named on the page: the byline, as WCXB's and
 * Trafilatura's answers have it). */
static void
test_jsonld_variants (void)
{
  struct { const char *ld; const char *title, *date, *byline, *outlet; } cases[] = {
    { "<![CDATA[ {\"@context\":\"http://schema.org\",\"@type\":\"NewsArticle\",\"headline\":\"Bridge closes to cars\","
      "\"datePublished\":\"2021-06-01T08:00:00Z\",\"author\":\"Ann Lee\",\"publisher\":{\"name\":\"The Post\"}} ]]>",
      "Bridge closes to cars", "2021-06-01T08:00:00Z", "Ann Lee", "The Post" },
    { "[{\"@type\":\"BreadcrumbList\"},{\"@type\":[\"Article\",\"ReportageNewsArticle\"],\"headline\":\"Bridge closes\","
      "\"datePublished\":\"2021-06-02\",\"author\":[{\"name\":\"Ann Lee\"},\"Tom Park\"],"
      "\"publisher\":[{\"@type\":\"Organization\",\"name\":\"The Post\"}]}]",
      "Bridge closes", "2021-06-02", "Ann Lee, Tom Park", "The Post" },
    { "{\"@context\":\"https://schema.org\",\"@type\":\"WebPage\",\"mainEntity\":{\"@type\":\"NewsArticle\","
      "\"headline\":\"Bridge &amp; road close\",\"datePublished\":\"2021-06-03T10:00:00+02:00\","
      "\"author\":{\"@type\":\"Organization\",\"name\":\"The Post\"},\"publisher\":{\"name\":\"The Post\"}}}",
      "Bridge & road close", "2021-06-03T10:00:00+02:00", "The Post", "The Post" },
    /* Yoast SEO's graph: the author a reference to a Person of the graph,
     * the publisher one to an Organization, whose name is the SEO
     * plugin's setting, no name the page shows (og:site_name says that):
     * the Person's name is the byline, the publisher none. */
    { "{\"@context\":\"https://schema.org\",\"@graph\":[{\"@type\":\"Article\",\"headline\":\"Bridge closes\","
      "\"author\":{\"@id\":\"https://example.org/#/schema/person/7f3a\"},"
      "\"publisher\":{\"@id\":\"https://example.org/#organization\"}},"
      "{\"@type\":\"Organization\",\"@id\":\"https://example.org/#organization\",\"name\":\"Post Media Ltd\"},"
      "{\"@type\":[\"Person\"],\"@id\":\"https://example.org/#/schema/person/7f3a\",\"name\":\"Ann Lee\"}]}",
      "Bridge closes", NULL, "Ann Lee", NULL },
    /* A content system's number for its user is no author's name. */
    { "{\"@type\":\"NewsArticle\",\"headline\":\"Bridge closes\",\"author\":{\"name\":\"105092\"}}",
      "Bridge closes", NULL, NULL, NULL },
    /* Broken JSON is ignored, not fatal. */
    { "{\"@type\":\"NewsArticle\",\"headline\":", "Page title here", NULL, NULL, NULL },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *html = g_strdup_printf (
        "<html><head><title>Page title here</title><script type=\"application/ld+json\">%s</script></head>"
        "<body><article><p>%s</p></article></body></html>", cases[i].ld, story);
      g_autoptr(DossierArticle) a = parse_bytes ("ld.html", html, strlen (html));

      g_assert_cmpstr (dossier_article_get_title (a), ==, cases[i].title);
      g_assert_cmpstr (dossier_article_get_date (a), ==, cases[i].date);
      g_assert_cmpstr (dossier_article_get_byline (a), ==, cases[i].byline);
      g_assert_cmpstr (dossier_article_get_outlet (a), ==, cases[i].outlet);
      assert_offsets (a, html, strlen (html), NULL);
    }
}

/* A box after the story with a line of text and a button is a call to
 * action; a paragraph beside a button stays. */
static void
test_call_to_action (void)
{
  g_autofree char *html = g_strdup_printf (
    "<html><head><title>Bridge closes to cars</title></head><body><article><h1>Bridge closes to cars</h1>%s"
    "<div class=\"row x9\"><div><img src=\"i.png\" alt=\"Community\"></div><div><span>Do you still have "
    "questions? Head over to the Community to find answers.</span><br><a href=\"/c\"><button>Take me "
    "there</button></a></div></div></article></body></html>", story);
  g_autofree char *kept = g_strdup_printf (
    "<html><head><title>Bridge closes to cars</title></head><body><article><h1>Bridge closes to cars</h1>%s"
    "<div><p>The repairs will be paid for by the county, which has set aside money for them.</p>"
    "<button>Share</button></div><div class=\"code-box\"><button>Copy</button><pre><code>while True: "
    "work()</code></pre></div><p>The repairs will start in May, the council said, once the money is "
    "in place.</p></article></body></html>", story);
  g_autoptr(DossierArticle) a = parse_bytes ("cta.html", html, strlen (html));
  g_autoptr(DossierArticle) b = parse_bytes ("kept.html", kept, strlen (kept));

  g_assert_null (strstr (dossier_article_get_body (a), "questions"));
  g_assert_true (g_str_has_suffix (dossier_article_get_body (a), "are planned."));
  g_assert_nonnull (strstr (dossier_article_get_body (b), "money for them."));
  /* A code sample with a "Copy" button stays. */
  g_assert_nonnull (strstr (dossier_article_get_body (b), "while True: work()"));
  assert_offsets (a, html, strlen (html), NULL);
}

/* A story cut into parts by a picture, the parts at different depths but
 * in one class: all of them are the body. */
static void
test_story_in_parts (void)
{
  const char *para = "<p>The council voted on Wednesday to close the old bridge, and officials, engineers and "
                     "residents argued for hours about the cracks, the costs, and the two years of repairs.</p>";
  g_autoptr(GString) html = g_string_new ("<html><head><title>Bridge closes to cars</title></head><body>"
                                          "<article><h1>Bridge closes to cars</h1><section><div class=\"x1\">"
                                          "<div class=\"post__body rich\"><p>First part begins here, as the "
                                          "council met, argued, and voted, for the bridge.</p>");
  g_autoptr(DossierArticle) a = NULL;

  for (guint i = 0; i < 3; i++)
    g_string_append (html, para);
  g_string_append (html, "</div></div></section><figure><img src=\"b.jpg\"><figcaption>The bridge</figcaption>"
                         "</figure><div class=\"wide\"><section><div class=\"x1\"><div class=\"post__body rich\">");
  for (guint i = 0; i < 6; i++)
    g_string_append (html, para);
  g_string_append (html, "<p>The last part ends here, with the vote, the costs, and the bridge.</p>"
                         "</div></div></section></div><div class=\"related\"><a href=\"/x\">Other news</a></div>"
                         "</article></body></html>");
  a = parse_bytes ("parts.html", html->str, html->len);
  g_assert_true (g_str_has_prefix (dossier_article_get_body (a), "First part begins here"));
  g_assert_true (g_str_has_suffix (dossier_article_get_body (a), "and the bridge."));
  g_assert_null (strstr (dossier_article_get_body (a), "Other news"));
  assert_offsets (a, html->str, html->len, NULL);
}

/* A dateline in an element of its own ("<b>Thane/ Kalyan: </b><p>…"),
 * after a box of highlights: the place, apart from the body, which starts
 * after it; the highlights summed the story up. */
static void
test_place_line (void)
{
  gsize len;
  g_autofree char *html = read_fixture ("metro-highlights.html", &len);
  g_autoptr(DossierArticle) a = parse_bytes ("metro-highlights.html", html, len);
  const char *body = dossier_article_get_body (a);
  const char *text = dossier_article_get_text (a);
  const char *cruft[] = { "Highlights", "Thane", "rush hour", "Commuters wade", NULL };
  gsize ds, de;

  g_assert_cmpstr (dossier_article_get_title (a), ==, "Monsoon delays hit suburban trains for a third day");
  g_assert_cmpstr (dossier_article_get_place (a), ==, "Thane/ Kalyan");
  g_assert_true (g_str_has_prefix (body, "Suburban trains ran up to an hour late"));
  g_assert_true (g_str_has_suffix (body, "that the trains could not serve."));
  assert_absent (body, cruft);
  dossier_article_get_dateline_range (a, &ds, &de);
  g_assert_cmpuint (de, >, ds);
  g_assert_true (g_str_has_prefix (text + ds, "Thane/ Kalyan:"));
  assert_offsets (a, html, len, NULL);

  /* A salutation with a colon is no place. */
  {
    g_autofree char *letter = replace_once (html, "Thane/ Kalyan: ", "Dear Editor: ");
    g_autoptr(DossierArticle) b = parse_bytes ("metro-letter.html", letter, strlen (letter));

    g_assert_null (dossier_article_get_place (b));
  }
  /* … and so is a kicker with one. */
  {
    g_autofree char *kicker = replace_once (html, "Thane/ Kalyan: ", "Breaking News: ");
    g_autoptr(DossierArticle) b = parse_bytes ("metro-kicker.html", kicker, strlen (kicker));

    g_assert_null (dossier_article_get_place (b));
  }
}

/* "NEW DELHI: The state government …": a place in capitals before a colon
 * opens the story as a dateline; a label in capitals ("UPDATE:") and a
 * letter's greeting ("DEAR ABBY:") do not. */
static void
test_colon_dateline (void)
{
  static const char *page =
    "<html><head><title>Monsoon session to open a week early</title></head><body><article>"
    "<h1>Monsoon session to open a week early</h1>"
    "<p>OPENER The state government will call the assembly a week before the usual date, the minister for "
    "parliamentary affairs said on Monday, to pass the flood relief bill before the rains.</p>"
    "<p>The opposition said it had not been consulted and would ask for the session to run a full month.</p>"
    "<p>Officials said the bill would be tabled on the first day of the session.</p>"
    "</article></body></html>";
  struct { const char *opener, *place, *start; } cases[] = {
    { "NEW DELHI:", "New Delhi", "The state government will call" },
    { "UPDATE:", NULL, "UPDATE: The state government" },
    { "DEAR ABBY:", NULL, "DEAR ABBY: The state government" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *html = replace_once (page, "OPENER", cases[i].opener);
      g_autoptr(DossierArticle) a = parse_bytes ("colon-dateline.html", html, strlen (html));

      g_test_message ("%s", cases[i].opener);
      g_assert_cmpstr (dossier_article_get_place (a), ==, cases[i].place);
      g_assert_true (g_str_has_prefix (dossier_article_get_body (a), cases[i].start));
      assert_offsets (a, html, strlen (html), NULL);
    }
}

/* The story's first part found by its class, in a row before the one that
 * won: it is read once, not again as a lede. */
static void
test_part_before_rows (void)
{
  const char *para = "<p>The council voted on Wednesday to close the old bridge, and officials, engineers and "
                     "residents argued for hours about the cracks, the costs, and the two years of repairs.</p>";
  g_autoptr(GString) html = g_string_new ("<html><head><title>Bridge closes to cars</title></head><body>"
                                          "<article><h1>Bridge closes to cars</h1><div class=\"wrap\">"
                                          "<div class=\"row\"><div class=\"post__body rich\"><p>Part one "
                                          "begins here, as the council met, argued, and voted, for the bridge that "
                                          "carries the high street over the river and the railway, and that has "
                                          "stood there, patched and repainted, since 1891.</p></div></div>"
                                          "<div class=\"row two\"><div class=\"col\"><div class=\"post__body rich\">");
  g_autoptr(DossierArticle) a = NULL;
  const char *body, *at;

  for (guint i = 0; i < 6; i++)
    g_string_append (html, para);
  g_string_append (html, "<p>The last part ends here, with the vote, the costs, and the bridge.</p>"
                         "</div></div></div></div></article></body></html>");
  a = parse_bytes ("rows.html", html->str, html->len);
  body = dossier_article_get_body (a);
  g_assert_true (g_str_has_prefix (body, "Part one begins here"));
  at = strstr (body, "Part one");
  g_assert_null (strstr (at + 1, "Part one"));
  g_assert_true (g_str_has_suffix (body, "and the bridge."));
  assert_offsets (a, html->str, html->len, NULL);
}

/* A table set in a <figure> (WordPress's "wp-block-table") is the
 * story's: its rows are kept, its caption is not. */
static void
test_figure_table (void)
{
  gsize len;
  g_autofree char *html = read_fixture ("research-table.html", &len);
  g_autoptr(DossierArticle) a = parse_bytes ("research-table.html", html, len);
  const char *body = dossier_article_get_body (a);

  g_assert_true (g_str_has_prefix (body, "Rents for a two-bedroom flat"));
  g_assert_true (g_str_has_suffix (body, "catches up with the demand."));
  g_assert_nonnull (strstr (body, "Harwick"));
  g_assert_nonnull (strstr (body, "+14.9%"));
  assert_absent (body, (const char *[]) { "Source:", NULL });
  assert_offsets (a, html, len, NULL);
}

/* A second set of pages, written after the reader was tuned on half of
 * Readability's test pages, in other outlets' styles: a magazine with an
 * author box, a newsletter form, related posts and comments; a tabloid
 * with generated class names; a table layout with <font> and <br><br>; a
 * blog with long comments; a wire story in sections with a credits line.
 * The known miss is named in its case and not asserted. */
static void
test_outlet_styles (void)
{
  struct {
    const char *file, *title, *outlet, *date, *start, *end, *byline;
    const char *absent[6];
  } cases[] = {
    { "magazine-bio.html", "The last ferryman of the estuary", "Tidewater Magazine", "2024-05-09T07:00:00+01:00",
      "Every morning at half past six", "“is the whole point.”", "Mara Quill",
      { "staff writer", "Tidewater weekly", "You might also like", "What a lovely piece", "Tags:", NULL } },
    /* Known miss: the body starts at the standfirst and ends with the
     * footer's address (a footer line's commas lift the page's wrapper
     * above the story's). */
    { "tabloid-generated.html", "Snow closes mountain pass as drivers spend night in cars", "Daily Beacon",
      "2024-01-12", NULL, NULL, "Ellie Marsh", { "Most Read", "Share", "Read more", "TV star", NULL } },
    { "local-table.html", "Mill fire: owners say they will rebuild", "Valley Echo", "2024-06-03",
      "The owners of the old woollen mill", "twelve thousand pounds by Sunday evening.", NULL,
      { "Back to news", "Weather", "Posted on", "Copyright", NULL } },
    { "blog-comments.html", "Why I stopped using a to-do app", "Notes from the shed", "2023-11-20",
      "For six years I kept every task", "I have not forgotten the bins once.", NULL,
      { "Counterpoint", "Filed under", "Previous:", "min read", "Powered by", NULL } },
    { "wire-sections.html", "Chile's copper output falls for third month as mines age", "Meridian Wire",
      "2024-02-29T18:45:00Z", "Copper production in Chile", "$8,512 a ton on Thursday.", "Ana Ruiz",
      { "Advertisement", "Reporting by", "More from Meridian", "Peru mine", "Our Standards", NULL } },
    /* og:title has the section's kicker before what the <h1> says. */
    { "harbour-kicker.html", "Harbour strike ends after eleven days", "Harbour Times", "2024-03-14T09:30:00+00:00",
      "Ferry crews at the harbour", "returned from leave.", "Tom Reed", { "Ferries", "Quay Street", NULL } },
    /* A German date line under the headline. */
    { "rathaus-de.html", "Neue Fähre für den Stadthafen", "Kreisbote am See", "2023-11-01",
      "Der Stadtrat hat am Dienstagabend", "die Karten gibt es im Rathaus.", NULL, { "Hafenstraße", "Lokales", NULL } },
    /* A blog's <time datetime> inside its permalink. */
    { "shed-blog.html", "Mending a wheelbarrow tyre", "Allotment Diary", "2023-04-16T18:02:11+01:00",
      "The front tyre of the wheelbarrow", "and the robin stays.", "Jo Barnes", { "16/04/2023", "Proudly", NULL } },
    /* The date in the author's line under the headline, not the
     * masthead's; the line opens with a German "Von". */
    { "kurier-near.html", "Bahnhof bekommt ein neues Dach", "Talkurier", "2023-11-28",
      "Der Bahnhof im Tal", "zu gleichen Teilen.", "Anna Berg", { "28.11.23", "Montag", "Marktplatz", NULL } },
    /* Dublin Core's date, as DC:date. */
    { "review-dc.html", "Counting hedgehogs in town gardens", NULL, "2021-09-15",
      "Volunteers in forty towns", "how many hedgehogs there are.", NULL, { "Issues", NULL } },
    /* The <h1> sets its kicker apart in an element of its own. */
    { "weekly-kicker.html", "Term starts a week late after boiler fails", "Millbrook Weekly",
      "2024-09-02T16:40:00+01:00", "Pupils at Mill Lane", "for working parents.", "Sam Okoro", { "Schools", NULL } },
    /* A German byline: its label glued to the name, the date after it. */
    { "verein-blog.html", "Frühjahrsputz am Vereinsheim", "Ruderverein Nordufer", "2024-03-09",
      "Am Samstag haben sich zwanzig", "in die Liste im Flur ein.", "Anna Berg", { "Veröffentlicht", "Termine", NULL } },
    /* og:title's last part is short enough to be a site's name; the
     * <h1> says it is the headline's. */
    { "gazette-dash.html", "Ferry talks resume – union names its price", "Harbour Gazette",
      "2024-03-02T11:00:00+00:00", "Talks between the ferry operator", "first visitors of the year.", "Tom Reed",
      { "News", NULL } },
    /* A contributor's credit after the story is no part of it. */
    { "wire-contributors.html", "Rail strike halts trains across the north for a second day", "Northern Ledger",
      "2024-04-18T09:30:00Z", "Trains across the north stood still", "said Amira Sayed, a nurse.", "Lena Hart",
      { "contributed reporting", "Share", NULL } },
    /* A welcome and a bio whose last sentence sends the reader to the
     * site's or the writer's social accounts are the site's voice. */
    { "science-social.html", "Comet's tail turns green as it nears the Sun", "Skyward", "2024-02-02T15:00:00Z",
      "A comet found by an amateur astronomer", "A dark site away from street lights will help.", NULL,
      { "Welcome to", "Follow", "Dirty Snowballs", NULL } },
    /* "field--label-hidden" is a field whose label is hidden (Drupal), not
     * a hidden field; "visually-hidden" hides. */
    { "council-fields.html", "Library opening hours to be extended from May", "Westford Council",
      "2024-04-02T09:00:00Z", "The central library will open until eight",
      "will serve hot food until seven.", NULL, { "Skip to main content", "Contact", NULL } },
    /* A page inside one <form> (ASP.NET): the second reading keeps a form
     * of so much prose. */
    { "parish-webform.html", "Church roof appeal passes its target", "Oakley Parish News", NULL,
      "The appeal to mend the roof of St Mary's", "since the boiler was installed in 1987.", NULL,
      { "Events", "The Green", NULL } },
    /* A story in <br>-separated text inside a table cell; the masthead's
     * cell beside the logo is named "content" and holds a line. */
    { "courier-masthead-cell.html", "Ferry service to the islands resumes", NULL, NULL,
      "The ferry to the outer islands sailed again", "for those weeks.", NULL,
      { "online news edition", "Sport", NULL } },
    /* A short story in an ASP.NET form that holds more links than text:
     * the second reading keeps the form for the paragraphs inside it. */
    { "gazette-form-page.html", "Lighthouse keeper's cottage to open as a museum", "Shore Gazette", NULL,
      "The cottage where the keepers", "the last crew.", NULL, { "Harbour wall", "Privacy", NULL } },
    /* "lakesideobserver.com | Ferry crews …": the site's address before
     * the headline goes, and the <h2> that says the rest is the title, not
     * the link home in the <h1> that says all of it. */
    { "observer-host-title.html", "Ferry crews agree to return to work on Monday", "The Lakeside Observer", NULL,
      "The crews of the lake ferries", "in time.", "Owen Farrant", { "Copyright", "Opinion", NULL } },
    /* "… a second day- Valley Times": the site's name after a dash
     * glued to the headline's last word (the <h1> is an anchor). */
    { "times-glued-dash.html", "Old market fire rages on for a second day", "Valley Times", "2008-01-14",
      "The fire that broke out", "pulled down.", NULL, { "Nation", NULL } },
    /* "… (from The Harbour Argus)": the source named in brackets after
     * the <title>'s headline is the site's name. */
    { "argus-from-title.html", "Ferry crews return to work on Monday", "The Harbour Argus", NULL,
      "The crews of the harbour ferries", "in time.", "Nia Castell", { "Sport", NULL } },
    /* All of the page in an ASP.NET form that the second reading keeps:
     * the <h1> in it is no furniture, and is the first part of og:title
     * before a long site's name. */
    { "park-form.html", "Record year for the valley's bears", NULL, NULL,
      "At least nine she-bears", "close to the animals.", NULL, { "The park", NULL } },
    /* The site's name glued to the headline in og:title and said again
     * after the pipe. */
    { "guide-glued-site.html", "Waschpark am Kanal erweitert", "Das Branchenbuch für den Mittelstand", NULL,
      "Der Waschpark am alten Kanalhafen", "bis zum Nachmittag.", NULL, { "Branchenbuch", NULL } },
    /* The one <h1> says a kicker in an element of its own, then what
     * the <title> says (og:title is the section's name): the kicker goes. */
    { "kanton-kicker.html", "Fähren fahren ab Montag wieder nach dem alten Fahrplan", "Kanton Seeland", NULL,
      "Die Fähren auf dem See", "im Winter.", NULL, { "Medienmitteilung", NULL } },
    /* og:title's short last part looked like a site's name, but the site
     * is named otherwise and the <h1> says all of it. */
    { "allotment-dot-title.html", "Marigolds by the Bean Rows · The Second Sowing", "Notes from the Allotment",
      "2014-05-17", "The first marigolds went", "the spare seedlings.", NULL, { "Seed potatoes", NULL } },
    /* A <title> left open (a page saved cut): libxml2 builds the page
     * inside it; it says no title, and the story in it is read, its
     * headline above it too (the <title> holds both: no furniture). */
    { "ledger-title-open.html", "Mill town votes to keep its weir", "Mill Valley Ledger", NULL,
      "Residents of the old mill town", "beside the river.", NULL, { "adpos", "Sports", "Copyright", NULL } },
    /* A wire's copyright notice in brackets, its words capitalised. */
    { "wire-bracket-copyright.html", "Eagles edge Hawks in overtime", "KVLY Sports", NULL,
      "The Eagles needed an extra period", "Both teams play again on Wednesday.", NULL,
      { "Copyright", "Rights Reserved", NULL } },
    /* A script's "E-mail to a friend" link inside the last paragraph. */
    { "network-email-link.html", "Minister quits over hotel video", "Network News", NULL,
      "A junior health minister resigned", "she stood by her husband.", NULL, { "E-mail", "friend", NULL } },
    /* Cells above a story laid out in a table: an ask whose link says
     * "click here", a trail of sections ending at "Home". */
    { "globe-table-cells.html", "Dockers vote to end strike at the northern port", "Globe Wire", NULL,
      "Northport, Mar 3 - Dock workers at the northern port", "will resume next month.", NULL,
      { "click here", "| Home", "News Alerts", NULL } },
    /* The site's appeal in Spanish: an ask ("Únete") or a channel with the
     * site speaking ("nuestro canal de Telegram"). */
    { "diario-canal.html", "El mercado central reabre tras dos años de obras", "Diario del Valle", "2024-05-20",
      "El mercado central de la ciudad abrió", "con una zona nueva de comidas en la planta alta.", NULL,
      { "Telegram", NULL } },
    /* A German site's ask in the polite form: "informiert Sie … in Ihrem
     * Postfach", with the newsletter's name in quotation marks. */
    { "funkhaus-newsletter.html", "Fährbetrieb am Kleinsee ruht bis Ostern", "Funkhaus Süd",
      "2025-02-11T09:15:00+01:00", "Die Fähre über den Kleinsee", "auch am Wochenende.", NULL,
      { "Newsletter", "Anmeldung", NULL } },
    /* A broadcaster's note of when its programme carried the story. */
    { "radio-sendung.html", "Sommerkino im Schlosspark startet im Juni", "Welle Ost", "2025-05-06T16:40:00+02:00",
      "Im Schlosspark von Lindenhain", "[www.schlosspark-kino.example].", NULL, { "Sendung", "16:10", NULL } },
    /* A newsroom's ask for donations after the story, asking the reader
     * in so many words but naming neither "our" nor "us". */
    { "station-donation-ask.html", "River trail bridge reopens after flood repairs", "Valley Public Radio",
      "2025-07-02T15:30:00-05:00", "The footbridge that carries the river trail",
      "the riverside parking lot will reopen next week.", NULL, { "donation", "gift", NULL } },
    /* A <title> that names the site by its address after the headline and
     * two sections after that; no other name for the site. */
    { "kurier-host-section.html", "Ny cykelsti langs fjorden åbner til sommer", "fjordkurer.dk",
      "2025-03-27T06:45:00+01:00", "Den nye cykelsti langs fjorden", "i stedet for at tage bilen.", NULL, { NULL } },
    /* A Japanese title with the site's name after a full-width bar, set
     * apart by no spaces. */
    { "minato-fullwidth-bar.html", "港の朝市、三年ぶりに再開 初日は千人が来場", "みなと新報", "2025-05-18T07:00:00+09:00",
      "港の岸壁で開かれていた朝市が", "夏には夜市も考えたい」と話した。", NULL, { "｜", NULL } },
    /* A Dublin Core title the template sets on every page (the site's
     * name and address), which the <title> does not repeat. */
    { "diario-dc-title.html", "Vecinos de la costa plantan mil árboles en la rambla", "Diario del Puerto",
      "2025-04-09T08:30:00-03:00", "Unos doscientos vecinos", "en las plazas del centro.", NULL, { "www.", NULL } },
    /* The site's typo report box under the story: "select it and press
     * Ctrl+Enter" (Ukrainian). */
    { "gazeta-typo-report.html", "У Старому парку відкрили нову дитячу залізницю", "Вісті Полісся",
      "2025-06-14T11:20:00+03:00", "У суботу в Старому парку", "до кінця вересня.", NULL, { "Ctrl+Enter", NULL } },
    /* An ask to follow the site's channel, with no "you" or "our" in it
     * (Indonesian). */
    { "warta-saluran.html", "Pasar terapung kembali dibuka untuk wisatawan", "Warta Sungai",
      "2025-08-14T10:00:00+07:00", "Pasar terapung di tepi kota", "menjaga kebersihan sungai. (R-3)", NULL,
      { "WhatsApp", "Google News", NULL } },
    /* The desk's credits under labels, names and nothing else. */
    { "recherche-credits.html", "Wie die Stadtwerke ihre Wasserzähler tauschen", "Netz Recherche",
      "2025-03-19T08:00:00+01:00", "Die Stadtwerke von Birkenau", "bevor sie einen Termin vereinbaren.", NULL,
      { "Redaktion", "Faktencheck", NULL } },
    /* After an interview: the books it is about, their publisher, length and
     * price. */
    { "review-book.html", "The lighthouse keeper who learned to write", "Evening Quill", "2025-06-02T07:00:00+01:00",
      "For thirty years Tom Vale", "“Now everyone reads it!”", NULL, { "Harbour Books", "out now", "240 pp", NULL } },
    /* The site's pointer to its live blog, ending in a colon, over the
     * blog's teaser; the reporter's bio before it. */
    { "heute-liveblog.html", "Warum der Hafen von Nordstadt seine Kräne erneuert", "Heute Aktuell",
      "2025-10-02T05:30:00+02:00", "Der Hafen von Nordstadt ersetzt", "dass kürzere Liegezeiten sie überzeugen.",
      "Karla Jansen", { "Liveblog", "Ticker", "Reporterin", NULL } },
    /* The site's asks to read on in its app and to download it. */
    { "valley-app.html", "Two arrested after tractor thefts on farms near Millbrook", "Valley Times",
      "2024-09-04T12:00:00+05:30", "Police arrested two men", "with two sub-inspectors and a constable.", NULL,
      { "app", "QR", NULL } },
    /* A guest writer's bio with three words of her job before the name. */
    { "gastbeitrag-bio.html", "Warum wir mehr Hebammen auf dem Land brauchen", "Hauptstadt Kurier",
      "2026-03-02T06:00:00+01:00", "Wer auf dem Land ein Kind erwartet", "auf dem Land bleiben wollen.", "Jana Roth",
      { "Gründerin", NULL } },
    /* A server-rendered React page: the story streamed in after the page's
     * shell, in a hidden <div id="S:…"> that a script moves into place. */
    { "news-streamed.html", "Ferry service to the outer islands resumes after storm", "Coastal Agency",
      "2026-04-20T11:00:00+03:00", "Ferries to the three outer islands", "until Wednesday evening, the operator said.",
      NULL, { "Loading", "all the news", NULL } },
    /* Utility classes: "print:max-w-container-small" is a style for print
     * around the story's later paragraphs, no print button. */
    { "utility-classes.html", "Schule lässt Schüler mit KI üben", "Niederrhein Bote", "2024-04-21T07:00:00+02:00",
      "An einer privaten Gesamtschule", "sagt der Leiter der IT-Abteilung, eher schneller.", NULL, { "Anzeige", NULL } },
    /* Teasers after the story: short blurbs, each under a linked title. */
    { "garden-teasers.html", "How to grow garlic in a small garden", "Plot and Pot", NULL,
      "Garlic is one of the easiest crops", "for two weeks before you store them somewhere cool.", NULL,
      { "From the plot", "Plant in March", "Sow in spring", "Ten bulbs", NULL } },
    /* A credit with no full stop after it is still a credit. */
    { "wire-credit-bare.html", "Ferry fares to rise by a tenth from January", "Harbour Wire",
      "2024-11-12T14:10:00Z", "Fares on the island ferries", "by a quarter.", NULL,
      { "contributed to this report", "Share", NULL } },
    /* <p class="paywall">: the story's paragraphs for subscribers, all in
     * the page; the paywall's own line asks. */
    { "magazine-paywall.html", "The night shift at the lighthouse museum", "Coastline Review",
      "2024-10-03T08:00:00Z", "The lighthouse on the point", "he still climbs every night.", "Nora Vale",
      { "Already a subscriber", "Subscribe", NULL } },
    /* The writer's closing question to the reader ends the post; the
     * site's ask to sign up after it does not. */
    { "games-prompt.html", "The chess club's new tournament app is out", "Board Room", "2024-08-21T10:00:00Z",
      "The town chess club has released", "Let us know in the comments below.", NULL,
      { "Sign up", "Apps", NULL } },
    /* A line about the article's author after the story is a bio. */
    { "column-bio.html", "Why the bakery queue moves faster on Saturdays", "Town Notes", "2024-07-06T07:30:00Z",
      "Anyone who buys bread", "by Friday.", "Ruth Calder", { "columnist", NULL } },
    /* With several authors, a line about one of them opens their bios;
     * the desk's note that the story is still being written is no part
     * of it. */
    { "campus-authors.html", "University closes its oldest library for repairs", "Campus Review",
      "2024-03-11T16:20:00Z", "The university will close", "restored before it goes back.",
      "Lena Ortiz, Sam Reyes and Priya Nair", { "lecturer", "developing", NULL } },
    /* The site's affiliate notice above the review is not its start. */
    { "kettle-affiliate.html", "The best travel kettles, tried and tested", "Home Ledger", "2024-02-20T10:00:00Z",
      "A travel kettle sounds", "without a separate adapter.", NULL, { "affiliate", "commission", NULL } },
    /* A German "updated" line, run together with the reading time. */
    { "stadt-aktualisiert.html", "Neue Fähre für den Hafen", "Hafenbote", "2026-01-07", "Der Hafen bekommt",
      "teilte der Bürgermeister am Mittwoch mit.", NULL, { "Aktualisiert", "Lesedauer", NULL } },
    /* After a German story: the correspondent's bio, the site's asks
     * (one with a name in quotation marks) and the wires' credit. */
    { "tagblatt-afterword.html", "Stadtbibliothek öffnet auch am Sonntag", "Seetaler Tagblatt",
      "2024-09-04T11:30:00+02:00", "Die Stadtbibliothek öffnet", "niemand gegen seinen Willen am Sonntag arbeiten muss.",
      "Lea Brandt", { "Korrespondentin", "Community", "Fehler", "Agenturmaterial", NULL } },
    /* The story, boxes of other stories and a long list of links share
     * one wrapper, which has more text in links than out of them; the
     * pick is above it. The wrapper is no list of links: the story stays
     * (it was "no article text found"). */
    { "town-linkheavy.html", "Hat festival fills the old town again", "Valley Post", "2024-04-30T06:00:00+02:00",
      "The hat festival returns to the old town", NULL, NULL, { "Regional news item", NULL } },
    /* A paywall's teaser, the whole story in the publisher's JSON-LD. */
    { "gazette-paywall-jsonld.html", "Harbour wall to be raised by a metre", "Bay Gazette", "2025-01-14T07:00:00Z",
      "The harbour wall will be raised", "to land their catch in winter.", NULL, { "subscribers", "log in", NULL } },
    /* A date line in an element named "byline" gives a date, no byline. */
    { "ledger-byline-date.html", "Market hall reopens after the fire", "Town Ledger", "2024-03-03",
      "The market hall reopened", "say they will stay there.", NULL, { "Published", NULL } },
    /* The desk's credits in a wire's other forms: "Writing by …; Editing
     * by …", "With reporting by …". */
    { "wire-writing-credit.html", "Airport strike grounds a third of flights", "Harbour Wire", "2024-11-20T09:40:00Z",
      "A strike by baggage handlers", "a mediator from the labour ministry.", NULL, { "Editing by", NULL } },
    { "wire-with-reporting.html", "Airport strike grounds a third of flights again", "Harbour Wire",
      "2024-11-20T09:40:00Z", "A strike by baggage handlers", "a mediator from the labour ministry.", NULL,
      { "With reporting", NULL } },
    /* After the story: who made it and who owns shares, disclosed. */
    { "markets-disclosure.html", "Why the toy maker's shares fell a fifth", "Market Lantern", "2024-05-09T13:00:00Z",
      "Shares of the country's largest toy maker", "not from children buying fewer sets.", NULL,
      { "disclosure", "production", NULL } },
    /* Picture credits in German, in the story's flow. */
    { "verein-titelbild.html", "Neue Bänke am Seeufer", "Heimatverein Lindenau", "2024-05-14T18:00:00+02:00",
      "Am Seeufer stehen", "ab achtzehn Uhr geöffnet.", NULL, { "Foto:", "Titelbild", "Karl Weber", NULL } },
    /* After the review: a picture credit, the writer's social account,
     * the site's affiliate notice and appeal for money, and other
     * stories each under its date line. */
    { "gadget-afterword.html", "A lighter drill for the garden shed", "Shed Gadgets", "2024-09-03T09:00:00Z",
      "The new cordless drill", "the smaller case is worth the money.", NULL,
      { "Photography", "Twitter", "affiliate", "contribution", "hose reels", NULL } },
    /* A wire's notice forbidding copies, longer than a copyright line,
     * and the same notice in German: the site's, not the story. */
    { "wire-rights-notice.html", "Ferry operator halts night crossings after engine fire", "Coastline Post",
      "2024-10-02T07:15:00Z", "The island ferry operator", "before the autumn holidays begin.", NULL,
      { "redistribution", "prohibited", NULL } },
    { "tagblatt-rechte.html", "Stadtbücherei öffnet am Sonntag", "Lindenauer Tagblatt", "2024-03-08T06:00:00+01:00",
      "Die Stadtbücherei am Marktplatz", "über eine dauerhafte Regelung entscheiden.", NULL,
      { "Rechte vorbehalten", "Zustimmung des Verlags", NULL } },
    /* An old template's last <p> left open, with the links to the
     * previous and next stories in it: the paragraph is the story's end,
     * the links are not. */
    { "rink-open-paragraph.html", "Kowalski wins downhill in fog", "Prairie Sun", NULL,
      "Marta Kowalski won the women's downhill", "was second, 0.42 seconds back.", NULL,
      { "Previous story", "Curling", "subscribe", NULL } },
    /* A broadcaster's note on the transcript under it (a rush deadline,
     * errors, the audio as the record): not the last thing said. */
    { "radio-transcript-note.html", "Ferry workers vote to strike over rosters", "Valley Public Radio",
      "2024-02-12T10:05:00-05:00", "Crews on the river ferries", "I'm Tom Okafor on the waterfront.", NULL,
      { "rush deadline", "authoritative", NULL } },
    /* "Comments" over "There are no comments on this story yet." in the
     * story's own element: the readers' box starts there, and the
     * teasers under it are not the story's. */
    { "match-empty-comments.html", "Rovers hold on for a point at the Dell", "Southgate Echo",
      "2024-12-08T18:30:00Z", "Ten-man Rovers held on", "Man of the match: Sam Ortiz (Rovers) 8", NULL,
      { "Comments", "Post a comment", "ferry timetable", "asks one reader", NULL } },
    /* Readers' comments after the story, in its own wrapper and under no
     * label, each under its "Posted by: … on 8:05am Tue 8 Jan 08" and
     * over its "Quote | Report this post": not the story's. */
    { "herald-reader-comments.html", "Council weighs moving sports agency to the east end", "Lowland Herald", NULL,
      "Ministers will decide next month", "where its head office stands.", "Iona Fraser",
      { "Posted by", "Another report", "car park", "the trains from the west", NULL } },
    /* The same signed at the foot of each comment ("… Posted by Graham on
     * January 10, 2008 6:03 PM Report this comment") in the story's own
     * paragraphs' class, under a "Comments" label. */
    { "sport-comment-footers.html", "Keeper ready to leave for the coast, says his agent", "The Daily Clarion",
      "2008-01-10", "The club's first-choice goalkeeper", "to be in goal on Saturday.", NULL,
      { "Comments", "Sell him now", "Best keeper", "Report this comment", NULL } },
    /* A last line that ends on its link's "Click here" (in Japanese,
     * "詳しくはこちら") is the site's ask, not the story's end. */
    { "river-click-here.html", "Lock keepers return to the river as boat traffic grows", "Riverside Advertiser",
      "2008-01-12T09:00:00+10:30", "Lock keepers will be back on duty", "to be let to the keepers again.", NULL,
      { "Click here", "online archive", NULL } },
    { "kansai-kochira.html", "港の朝市、三年ぶりに再開 漁協が準備進める", "湾岸新報", "2025-01-13T10:30:00+09:00",
      "港町の名物だった日曜の朝市が", "臨時バスを一時間に二本運行する。", NULL, { "キャンペーン", "詳しくはこちら", NULL } },
    /* A Korean paper's sign-off under the story (the reporter's name,
     * "기자", a mail address), here in a story its scripts draw from the
     * JSON-LD articleBody: the byline's, not the story's last line. */
    { "seoul-reporter-signoff.html", "한강 야간 수영장, 다음 달 문 연다", "서울매일", "2025-06-02T09:00:00+09:00",
      "서울시는 한강공원", "신경 쓰겠다”고 말했다.", NULL, { "기자", "sky@", NULL } },
    /* The notice a site that carries press releases puts under each one
     * (its opinions are the issuer's, not the site's). */
    { "league-release-notice.html", "Harbour Gulls edge Lakers in overtime", "Minor League Wire", NULL,
      "The Harbour Gulls came back", "the team office at 555-0142.", NULL, { "Views in this release", "necessarily", NULL } },
    /* "Catch up on our extensive coverage of …": the site's pointer to
     * the rest of its reporting, not the story's last line. */
    { "games-coverage-pointer.html", "Racing sequel gets a spring release date", "Pixel Harbour",
      "2008-01-15T08:00:00+11:00", "The sequel to last year's surprise racing hit",
      "the new career mode before launch.", NULL, { "Catch up", "coverage", NULL } },
    /* "Like this story? Spread the word by clicking below:" over the
     * share buttons: the site's ask, not the story's last line. */
    { "tech-spread-word.html", "Regulator opens inquiry into bundled office software", "Byte Ledger",
      "2024-01-15T11:20:00Z", "The competition regulator", "with its software.", NULL, { "Spread", NULL } },
    /* "X owns Y, publisher of …" after the story: the site's owner,
     * disclosed, not the story's last line. */
    { "markets-owner-line.html", "Streaming service adds film rentals", "Market Bulletin", "2024-01-16T15:45:00Z",
      "A large streaming service", "a flat monthly fee.", NULL, { "Harbor Media", NULL } },
    /* A film review's last line, the film's rating, is the review's
     * however short. */
    { "review-rating-line.html", "Review: 'The Lighthouse Keeper' loses its nerve", "Channel 9 Entertainment",
      "2024-02-02T17:00:00Z", "For its first hour", "forty minutes sooner.\n\n(Rated PG-13)", NULL, { NULL } },
    /* How to reach the reporter (an e-mail address) and where the story
     * ran in print, under it: notes, not its last lines. */
    { "wire-contact-print.html", "Harbour cranes idle as dockers walk out", "Harbour Herald", "2024-03-02T09:30:00Z",
      "Container cranes stood still", "a night shift every other week.", NULL,
      { "originally published", "aruiz@", NULL } },
    /* The site telling its reader what to do: a verb first (after a
     * question to them), or a telephone number to send news to. */
    { "regional-tips-appeal.html", "Floodwaters close the valley road", "Coast Courier", "2024-02-11T21:05:00+10:00",
      "The only road into the valley", "falling slowly through the week.", NULL,
      { "Send us", "Visit www", "0400", NULL } },
    /* The page's tools and a menu flattened into a line with bars, under
     * a table layout's story; the same menu over it is no first
     * paragraph. */
    { "paper-tools-menu.html", "Tea growers expect a record crop", NULL, NULL,
      "Tea growers in the hills", "for the first flush to be graded.", NULL,
      { "Printer friendly", "ePaper", "Classifieds", "Today's Paper", NULL } },
    /* A blog's filing line ("This entry was posted in … and tagged …"). */
    { "blog-filed-under.html", "Three winters with a cold frame", "The Allotment Diary", NULL,
      "When I built the cold frame", "gets old quickly.", NULL, { "This entry", "permalink", NULL } },
    /* The readers' box rules said of the comments, naming the moderator
     * who turns them down ("… não serão aprovados pelo moderador"). */
    { "corrida-moderador.html", "Equipe da casa vence a segunda etapa em Curitiba", "Pista Livre",
      "2024-04-08T18:30:00-03:00", "A equipe paranaense venceu", "os horários durante a semana.", NULL,
      { "moderador", NULL } },
    /* A theme's unrendered shortcode ("[button …]…[/button]") and the
     * magazine's subscription offer with its price, under a review. */
    { "bikes-subscription-offer.html", "Review: a waxed cotton riding jacket for winter", "Two Wheels Weekly",
      "2024-01-20T09:00:00Z", "I wore this jacket", "for many winters to come.", NULL,
      { "[button", "issues for", "Advert", NULL } },
    /* "If you enjoyed this article, we have an offer for you: …", a
     * membership's pitch under its heading: the site's appeal. */
    { "opinion-enjoyed-appeal.html", "The council's budget pretends the bridge will fix itself", "Civic Review",
      "2024-03-05T07:00:00Z", "Every spring the council", "are worth very little.", NULL,
      { "enjoyed", "Something to Consider", NULL } },
    /* The company's own paragraphs under its press release ("… is a
     * global solutions provider …", "… is headquartered in …, employs
     * around 700 people"): boilerplate, not the release's last lines. */
    { "release-company-about.html", "Northwind Labs and a hospital group pilot a ward scheduling tool",
      "Northwind Labs", "2024-05-14T08:00:00+02:00", "Northwind Labs and a regional", "on the six wards.", NULL,
      { "headquartered", "solutions provider", NULL } },
    /* The box of the stories on either side of this one ("- Next
     * Motoring News", a linked title, its blurb): not the story's end. */
    { "motoring-next-prev.html", "A small estate car returns with a hybrid engine", "Motoring Desk",
      "2024-06-03T10:15:00+08:00", "The compact estate", "as soon as it is confirmed.", NULL,
      { "harbour route", "rear seats", NULL } },
    /* The source of the quotation above it, short and in square
     * brackets with a page: the post's last line, not a label. */
    { "reflection-citation.html", "On moderation in friendship", "Quiet Pages", "2024-02-09T06:00:00+07:00",
      "Old teachers often warned", "become your friend.”\n\n[Student Letters, p. 41]", NULL, { NULL } },
    /* A box of sponsored links under the story, each a linked name with
     * its blurb on the next line or after it ("Compare Boat Insurance" /
     * "Find cheaper cover …"): others' lines, not the story's last. */
    { "coast-sponsor-links.html", "Bay council approves new sea wall for the old harbour", "Coast Courier",
      "2008-01-14", "The bay council voted on Monday night", "harbour hall next Thursday evening.", NULL,
      { "Boat Insurance", "cheaper cover", "Cottages", "Marine Engines", NULL } },
    /* A row of other stories' blurbs (their linked titles left out),
     * then a box's label and one linked title with its blurb glued on:
     * others' teasers, not the story's last lines. */
    { "rugby-teaser-row.html", "Harbour Rovers sign winger from the north", "The Evening Lamp", "2008-01-11",
      "Harbour Rovers have signed the winger", "where the wind comes from.\"", NULL,
      { "Bridge to close", "ferries", "chowder", "SIGNINGS", "Every move", NULL } },
    /* A post shorter than the second reading's threshold over a long
     * WordPress thread (<ol class=comment-list>, <li class=comment>):
     * the second reading keeps the comments out too. */
    { "blog-open-thread.html", "May 2024 open thread", "The Giving Notebook", "2024-05-02T10:00:00-05:00",
      "Every quarter we open", "we answer as soon as we can.", NULL, { "Thanks for hosting", "Staff reply", NULL } },
    /* "Comments are now closed for this story" over the readers'
     * comments, in the story's own element: the readers' box. */
    { "council-comments-closed.html", "Council votes to keep the library open on Sundays", "Riverside Post",
      "2024-04-19T18:10:00+01:00", "The town council voted", "would carry on as before.", NULL,
      { "Comments are now closed", "Good news at last", "asked the readers", NULL } },
    /* A <title> that is only the site's name, and a headline in a <div>
     * of meaningless classes over the story (a captioned picture between
     * them): the line that reads as a headline and speaks of the story's
     * first lines is the title; the caption is not. */
    { "table-plain-headline.html", "Ferry strike halts island crossings", NULL, NULL,
      "Crews on the island ferries", "until the strike ends.", NULL, { "tied up", "Home", NULL } },
    /* A story that ends on a table of its own: its short cells are no
     * labels left over after the story. */
    { "fees-table-end.html", "What a piano tuner charges in 2025", "Keys & Strings", "2025-03-11T09:00:00Z",
      "A piano drifts out of tune", "Travel fee\n\n$0 - $40", NULL, { NULL } },
    /* A guide's list of what it cites, under its "References" heading,
     * is its last section, though its items are links and short. */
    { "guide-references-list.html", "How a parish council sets its yearly budget", "Village Ledger",
      "2025-04-02T08:00:00Z", "Every winter the parish council",
      "References\n\nBudgeting for local councils\n\nThe precept explained\n\nAnnual audit returns", NULL,
      { "Share", "Copyright", NULL } },
    /* A list the post introduces with a sentence ending in a colon, at
     * its end: its short last items are the list's, no labels. */
    { "notes-learn-more-list.html", "A short tour of the command line", "Margin Notes", "2025-02-14T19:00:00Z",
      "For years I avoided the terminal", "Shell cheat sheet\n\nBash reference manual", NULL,
      { "Written by hand", NULL } },
    /* The project's address on a line of its own after "you can find
     * the code here:": the post's last line, not a promotion. */
    { "tools-project-address.html", "Listening to a serial port with a tiny logger", "Bench Notes",
      "2025-05-20T10:00:00Z", "Old lab instruments still talk",
      "you can find the code here:\n\nhttps://example.org/bench/serial-logger", NULL, { "Share", "weekends", NULL } },
    /* A list's last item ends on the field every item sets on a line of
     * its own ("Best for: …"): the story's, no label left over. */
    { "games-field-lines.html", "Four board games for a wet weekend", "Table Talk", "2025-11-08T09:00:00Z",
      "When the rain settles in", "last hour of a long day.\n\nBest for: quiet couples", NULL,
      { "Share", "a cat", NULL } },
    /* A checklist's last list, one of whose items holds a link among its
     * words: its short last item is the list's, no label left over. */
    { "moving-checklist-links.html", "A moving-day checklist that actually helps", "Box and Tape",
      "2025-04-12T08:00:00Z", "Most moving checklists run", "to the supplier\n\nFind the kettle first", NULL,
      { "Share", "eleven times", NULL } },
    /* "Rate this article" over the site's note under each guide: the
     * rating box's label ends the story, as "About the author" does. */
    { "help-rate-article.html", "How to bleed a radiator", "Warm House Notes", "2025-10-30T07:00:00Z",
      "A radiator that is warm at the bottom", "warm from top to bottom.", NULL,
      { "Rate this", "second engineer", "retired", NULL } },
    /* The writer thanking a named helper for "comments on this post"
     * is the post's last line, not the site's ask for comments. */
    { "essay-thanks-line.html", "Why small models still need good data", "Field Notes on Learning",
      "2025-12-02T18:00:00Z", "Every few months someone announces",
      "the same.\n\nThanks to Ana Ruiz for helpful comments on this post.", NULL,
      { "Subscribe", "personal blog", NULL } },
    /* Under a label after the story, lines that each end on a date and
     * a time after a linked headline are the site's latest reports. */
    { "wire-latest-reports.html", "Grain barges queue as river falls to summer low", "Delta Markets Wire",
      "2025-08-14T06:10:00Z", "Barges loaded with wheat", "restrictions on draught in place.", NULL,
      { "Latest reports", "Quay Desk", "Weather Watch", NULL } },
    /* The writer's short sentence ending in a colon before a picture
     * (the prompt shown as an image) is the post's last line, not a
     * label left over. */
    { "post-colon-last-line.html", "How I draft my weekly letter", "Slow Inbox", "2025-09-03T07:00:00Z",
      "Every Sunday evening I sit down", "never to write them.\n\nThen I paste this prompt:", NULL,
      { "Subscribe", "Mondays", NULL } },
    /* The guide's questions and answers after it, in a box of their own
     * past the share buttons, are its last section. */
    { "guide-faq-after.html", "How to winter a vegetable bed", "Allotment Almanac", "2025-10-21T08:00:00Z",
      "When the last beans come down", "that keep it in good heart.", NULL, { "Share", "volunteers", NULL } },
    /* … but the shop's questions after the article element are the
     * site's, not the story's. */
    { "shop-faq-outside.html", "Why our loaves take two days", "Millrace Bakery Journal", "2025-01-09T06:00:00Z",
      "Every loaf on the counter", "keeps for most of a week.", NULL, { "Do you deliver", "Celebration cakes", NULL } },
    /* A blogger's last line, an exclamation with pictographs after it,
     * ends a sentence: no label left over after the story. */
    { "travel-emoji-end.html", "Three days on the Lofoten ferry", "Slow Roads", "2025-06-02T07:30:00Z",
      "We had planned to drive", "Happy sailing! 🚢⛰️", NULL, { NULL } },
    /* The writer's bio after the post, opened by the first name alone
     * ("Maren is a consultant …" under "By Maren Holt"). */
    { "blog-firstname-bio.html", "Five habits of teams that keep their wiki tidy", "Northgate Consulting Blog",
      "2024-09-14T08:00:00Z", "Every team starts a wiki", "rather than the last.", "Maren Holt", { "consultant at", NULL } },
    /* An accordion's answers, each in a panel its button names
     * (aria-controls) and shut by a class until the reader opens it, are
     * the guide's. */
    { "course-accordion-panels.html", "Is an evening bookkeeping course worth it?", "Ledger Lane",
      "2025-02-18T10:00:00Z", "Evening courses in bookkeeping", "most of the homework will arrive late, if at all.", NULL,
      { NULL } },
    /* A blogger's farewell under the post ("Happy dyeing, Wren xx") is
     * its last line, not a label left over after it. */
    { "craft-sign-off.html", "Dyeing wool with onion skins", "The Thrifty Loom", "2025-04-03T12:00:00Z",
      "For most of the winter", "give a surprising pink.\n\nHappy dyeing, Wren xx", NULL, { NULL } },
    /* The writer's initials after a dash (the byline's: a wire's "— AP"
     * is not), or a name under a farewell ("Love and light," / "Priya"),
     * alone under the post: its last line, not a label left over. */
    { "garden-dash-signature.html", "The quince that would not flower", "Back Fence Notes", "2025-05-11T07:30:00Z",
      "The quince by the back fence", "once the summer is through.\n\n— MT", "Mara Tell", { NULL } },
    { "retreat-farewell-name.html", "What to pack for a week on the mat", "Slow Mornings Studio",
      "2025-06-02T09:00:00Z", "Every season someone arrives", "Love and light,\n\nPriya", NULL, { NULL } },
    /* An e-mail address written out to keep it from robots
     * ("dholt(at)valleypost.example", "filmdesk [at] valleypost [dot]
     * example") makes a contact line as "@" does. */
    { "film-written-address.html", "A quiet heist film that trusts its audience", "Valley Post",
      "2008-01-09T06:00:00-05:00", "Most heist films spend", "the Rialto and the Eastside Six.", NULL,
      { "(at)", "[dot]", NULL } },
    /* "Klicken Sie hier, um …:" (any language's "click here" first):
     * the page sending its reader to a link, not the story's last line. */
    { "boerse-klicken-hier.html", "Stadtwerke melden mehr Kunden beim Ökostrom", "Kurier am Markt",
      "2008-01-14T11:20:00+01:00", "Die Stadtwerke haben", "zunächst nicht anheben.", NULL, { "Klicken", NULL } },
    /* "Want to reuse the snippets? Check out the licence for this blog's
     * code.": the site pointing its reader elsewhere, verb first. */
    { "code-check-out.html", "Padding dates without a library", "Small Functions", "2025-12-02T18:00:00Z",
      "Every few months I reach", "a little more fiddly.", NULL, { "Check out", NULL } },
    /* A paywall's box after the story shown to everyone: its gate
     * ("Unlock this article", "Already have an account? Log in") and the
     * plans and prices under it are the site's. */
    { "clinic-paywall-gate.html", "Hospitals trim cover for new asthma inhalers", "Ward Report",
      "2025-11-20T08:00:00Z", "Two large hospital groups", "without going through an insurer.", NULL,
      { "Members", "Unlock", "Log in", "Monthly", "$29", NULL } },
    /* A guide's answers, each in a panel shut by its name
     * ("faq-panel-hidden") right after the heading that holds only its
     * button, with no aria-controls to name it: the guide's last part. */
    { "garden-disclosure-faq.html", "How to overwinter dahlias without a greenhouse", "Plot and Shed",
      "2025-10-21T07:00:00Z", "Dahlias come from the mountains", "once the frosts are over in spring.", NULL,
      { NULL } },
    /* "… join their chat server. … Lastly, look at the YouTube
     * tutorials out there.": the words that make a channel the site's ask
     * ("you", "join") sit in another sentence than the channel, so the
     * post's last paragraph is the post's; "Subscribe to our YouTube
     * channel" under it is the site's. */
    { "notebook-channels-apart.html", "Trying small language models on a laptop", "Field Notebook",
      "2025-12-12T16:30:00Z", "Over the last month I spent", "the YouTube tutorials out there.", NULL,
      { "Subscribe to our", NULL } },
    /* "WPA2 or better (WPA3 recommended)", a comparison table's cell in
     * a guide's second block: the word in brackets is an aside, not a
     * label naming a part of the page ("Recommended") after the story. */
    { "router-table-aside.html", "How to choose a home router in 2025", "Signal Desk", "2025-09-03T10:00:00Z",
      "Most people keep the router", "nothing but a longer cable.", NULL, { NULL } },
    /* A blog's <h2 class=date> over the post, the day and time in
     * figures: no headline, whatever its markup. */
    { "gossip-date-heading.html", "Reality star swaps the courtroom for a clinic", NULL, NULL,
      "A former reality show contestant", "put the last year behind her.", NULL, { "6:00 pm", NULL } },
    /* A hidden copy of the <title> in the headline's class above the
     * headline the page shows: the shown one is the headline. */
    { "lakeside-hidden-title.html", "Rowing club founder, 91: first coach on the lake", NULL, NULL,
      "Walter Grieve, who set up", "its secretary said on Monday.", NULL, { "Lakeside Star |", NULL } },
    /* The section's link and the headline in one paragraph (libxml2 leaves
     * the <p> open): the bold headline inside it is the title, not the
     * section's name run into it. */
    { "lantern-section-link.html", "Mill offers pensions to retired weavers", NULL, NULL,
      "The town's last woollen mill", "at a meeting next week.", NULL, { "Printer Friendly", NULL } },
    /* The page's one <h1> heads a box of other stories under the story,
     * not a word of the <title> in it: no headline. */
    { "eflux-box-h1.html", "Probe turns toward the inner planets", NULL, "2008-01-11",
      "The small probe that left Earth", "its thin trace of an atmosphere.", "Ada Moss", { "More News", NULL } },
    /* No <title>: a blog post's heading that links to the post itself
     * (rel=bookmark) is its headline, not the blog's motto above it. */
    { "blog-permalink-heading.html", "Ferry timetable cut again — why?", NULL, "2008-01-09",
      "For the third winter running", "here when it comes.", NULL, { "Archives", NULL } },
    /* "Riverton.com - News - Pier reopens to walkers": the short last
     * part is the <h1>'s headline, a few lines under a floated box of
     * other stories' links and a section's heading; the site is the
     * first part. */
    { "riverton-crumbs-title.html", "Pier reopens to walkers", "Riverton.com", NULL,
      "The town's Victorian pier", "to a theatre company.", NULL, { "Latest:", "Lifeboat", NULL } },
    /* " / " sets the site's name and its sections apart in a <title>:
     * the part the <h1> says is the headline, however far above the
     * story it stands. */
    { "herald-slash-title.html", "Mayor picks up support on the east side", "The Harbour Herald", "2008-01-12",
      "Standing in front of the old tram depot", "in the same ward next week.", "JANE ROWE",
      { "Wire Elections", "Text size", NULL } },
    /* "Ferry fares to rise in spring- Travel-News By Section-…": the
     * sections glued to the headline by dashes with no spaces; the line
     * set apart as the headline (a date in an element of its own after it)
     * says the title's opening. */
    { "metro-glued-title.html", "Ferry fares to rise in spring", NULL, "2008-01-15",
      "Fares on the island ferries", "until the summer, it said.", NULL, { "Other stories", NULL } },
    /* The same in a publishing system's own element, <arttitle>, whose
     * name says it is the headline. */
    { "buzz-arttitle.html", "Singer to tour the north... with her old band", NULL, "2008-01-14",
      "Though she has a film to finish", "go on sale next week.", NULL, { "More City Buzz", NULL } },
    /* No <title>: the masthead's <h1>, the site's name above every page,
     * outside the article's region, gives way to the headline just above
     * the post. */
    { "quay-masthead-h1.html", "Lifeboat crew pulls two anglers from the rocks", "Quayside Daily", NULL,
      "The volunteer lifeboat crew", "a new launch tractor.", "Staff", { "Recent posts", NULL } },
    /* "ShopTalk » …": the <title>'s part that the post's heading says,
     * a link to the post itself (rel=bookmark) and no other page. */
    { "shoptalk-permalink-title.html", "Baker hands her shop to the apprentice she trained, then stays on", NULL,
      NULL, "After thirty years behind the counter", "opening hours stay the same.", NULL, { "Comments (3)", NULL } },
    /* "… | Opinion" in every title the page gives, the <h1> too: a label
     * of the story's kind, not part of its headline. */
    { "gazette-opinion-label.html", "Why the town needs its night buses back", "The Riverside Gazette",
      "2025-11-14T06:00:00-05:00", "Two winters ago the county cut", "will hold in a year.", "Dora Haskett",
      { "Opinion", "Guest columnist", NULL } },
    /* "… | Family Health | Harbourside Children's Clinic": the section
     * between the headline and the site's name goes with the name. */
    { "clinic-section-title.html", "When a child's fever needs a doctor", "Harbourside Children's Clinic", NULL,
      "Most fevers in children", "how soon your child should be seen.", NULL, { "Plan a visit", NULL } },
    /* A JSON-LD headline that is a sentence with its full stop, said
     * nowhere on the page, under an og:title, a <title> and an <h1> that
     * all say the headline: the <h1>, in a banner above the article. */
    { "tools-jsonld-sentence.html", "Nine note-taking apps for research teams, compared", "Quillworks", "2025-09-02",
      "A research team's notes", "when that person moves on.", "Ines Marlow", { "learn how to pick", NULL } },
    /* "Backyard Composting - A Starter's Guide", og:title and <h1>: the
     * last part, cut as if it were the site's name, stays though a heading
     * in the story ("What is backyard composting?") holds the part left. */
    { "garden-guide-whole.html", "Backyard Composting - A Starter’s Guide", "Greenleaf", NULL,
      "Half of what goes into a kitchen bin", "from the first week.", NULL, { "Journal", NULL } },
    /* "hollowayne.net Winter Light": the blog's address, the words of
     * its link home, opens the <title> with no separator. */
    { "weblog-address-title.html", "Winter Light", NULL, "2025-12-16",
      "The low sun comes straight", "to the radio.", NULL, { "Archives", "Posted by", NULL } },
    /* An og:title said only by a box's heading inside the story, under
     * a <title> that the <h1> says: the <h1>. */
    { "advice-box-heading.html", "Your Spring Garden Checklist", "Hedgerow Review", NULL,
      "Nothing does more for a summer garden", "until late spring.", NULL, { "Tools", NULL } },
    /* "…-사회ㅣ한빛일보": the Korean bar sets the site's name apart, a
     * dash glued to the headline its section. */
    { "hanbit-korean-bar.html", "시청 앞 광장, 다음 달부터 밤에도 문 연다", "한빛일보", "2025-06-02T09:30:00+09:00",
      "시는 다음 달 1일부터", "정할 계획이다.", NULL, { "정치", NULL } },
    /* A JSON-LD "headline" of over thirty words that is the story's
     * first paragraph, under an og:title and a <title> that agree and no
     * <h1>: the og:title, and the paragraph stays the story's. */
    { "nutrition-ld-description.html", "Four lessons from the regional dietitians' meeting", "Plateful Notes",
      "2025-07-04", "The regional dietitians' meeting brought", "the nutrition posters on the walls.", "Rhea Fenwick",
      { NULL } },
    /* A forum thread's JSON-LD DiscussionForumPosting is the article's:
     * its headline is the title, without the thread's prefix label that
     * the <h1> and the og:title set before it. */
    { "forum-thread-prefix.html", "Build 2.14.1 - Harvest Festival Fixes", "Lanternvale Forums",
      "2025-10-03T17:20:00+00:00", "Hello everyone, build 2.14.1", "on busy evenings.", "Marigold", { NULL } },
    /* A feed's footer that names the title inside a sentence ("The post
     * … appeared first on …") is no headline, where the <h1> that says
     * the <title> sits in a link. */
    { "feed-footer-title.html", "Five Ways Rain Gardens Keep City Streets From Flooding After Heavy Summer Storms",
      NULL, NULL, "A rain garden is a shallow bed", NULL, NULL, { "Tags:", NULL } },
    /* A news aggregator's <h1>: the link's title, the source's address in
     * brackets and the count of comments after it; the title is the
     * headline alone. */
    { "aggregator-source-title.html", "Town Libraries Lend Out Telescopes for the Winter", "Newsbench", "2025-12-02",
      "Public libraries in a dozen small towns", "before the clear nights of January.", NULL,
      { "northvalleygazette.com", NULL } },
    /* The <h1> asks the question that opens the og:title and the
     * <title>; what follows the question mark there ("Our Complete 2026
     * Buyer's Guide") is written for search engines. */
    { "powerline-question-h1.html", "What is a Powerline Adapter?", "Homewire Blog", NULL,
      "A powerline adapter carries", "no cables to run.", NULL, { "Networking", NULL } },
    /* An empty <title> and a section's one word as the <h1> in the
     * story's region ("<h1>News</h1>"): the line just above the story is
     * the headline. */
    { "gigs-section-h1.html", "The Wrens Announce Surprise Show At Old Tram Depot", NULL, "2008-03-03",
      "The Wrens told fans on their website", "played twice at the crowd's request.", "Nina Fairweather",
      { "Read Article", "Photo Gallery", NULL } },
    /* og:title, twitter:title and the <title> all say the site's name
     * ("LUMEN • LUMEN Magazin"): that title says nothing, and the line
     * just above the story that speaks of its first lines is the
     * headline. */
    { "glossy-site-title.html", "Vorher und Nachher", "LUMEN Magazin", NULL, "Manche Tage teilen ein Leben",
      "vor den Kränen des Hafens.", NULL, { "Mode", NULL } },
    /* A blog's <title> and masthead <h1> say its name; the post's own
     * heading is its permalink (rel=bookmark), further above the story
     * than the nearest lines: a category line and a plugin's warnings
     * stand between them. The day in the box right above that heading
     * ("<div class=date>Mar 04 2010</div><h2>") is the post's. */
    { "quilt-permalink.html", "A star quilt from old shirts", "A Quilting Diary", "2010-03-04",
      "My husband retired eleven", "still smells of the office.", NULL, { "Recent posts", "Filed under", NULL } },
    /* The site named only in its copyright line, after the marks, a range
     * of years and "by": "Copyright © 2006-07 by Northern Courier Ltd.". */
    { "courier-copyright-years.html", "Night buses return to the northern routes", "Northern Courier", NULL,
      "Night buses will run again", "more than four thousand names in the autumn.", NULL, { "Copyright", NULL } },
    /* The text's Creative Commons licence is a notice, not the story. */
    { "notes-licence.html", "Counting swifts over the old mill", "Field Notes", "2024-06-18T20:00:00+01:00",
      "Every evening in June", "growing rather than shrinking.", NULL, { "licence", "Creative Commons", NULL } },
    /* Meta tags whose value is in value=, not content=. The og:title
     * says more than the <h1> and the <title>, which say the headline
     * the page shows. */
    { "meta-value.html", "Canal boats return to the lock", "Towpath Times", "2023-05-21T08:15:00+01:00",
      "Narrowboats queued at the top lock", "another thirty years.", "Nell Barrow", { "News", NULL } },
    /* The publication time as C and Java print a date, with its zone. */
    { "wildlife-javadate.html", "Otters return to the river after forty years", "Wildlife Desk",
      "2024-06-13T16:20:00-04:00", "Otters have been seen on the river", "while the cub is young.", NULL,
      { "Animals", NULL } },
    /* A story told in pictures: its text in a "gallery-body", which is
     * no gallery of other stories. Not asserted: the end (the slides after
     * it are not taken in). */
    { "homes-gallery.html", "Six small fixes for a cramped kitchen", "Nest Notes", "2024-02-08T10:00:00-05:00",
      "A small kitchen does not need a new layout", NULL, NULL, { "Kitchens", NULL } },
    /* A site that abbreviates its "speed reads" to "sr-": "sr-text"
     * around the story is no screen reader's label (it was "no article
     * text found"); "sr-only" still is. */
    { "briefs-sr.html", "Ferry fares frozen for another year", "Island Weekly", "2024-02-06T08:30:00Z",
      "The island council froze ferry fares", "comes back from March.", NULL, { "Share this", "Sport", NULL } },
    /* The publication time with its zone a space apart. */
    { "post-spaced-zone.html", "City council delays vote on bus lanes", "The Civic Post", "2024-03-02T09:15:00-05:00",
      "The city council put off a vote", "another season of late buses.", NULL, { "Politics", NULL } },
    /* An "Updated" line with a twelve-hour clock and a zone. */
    { "tech-updated-clock.html", "Smart speakers get a quiet mode", "Gadget Ledger", "2024-03-04T15:05:00Z",
      "Owners of the best-selling smart speakers", "from the phone app.", NULL, { "Updated", "Reviews", NULL } },
    /* An "Updated" line before the "Published" one: the update is no
     * publication date. */
    { "county-updated.html", "Flood defences finished a year early", "County Courier", "2024-06-01",
      "The new flood wall along the river", "at an open day in July.", NULL, { "Updated", "Local", NULL } },
    /* A <title> whose colons set apart a section and the site's name
     * (see test_title_suffix()), that no element of the page says: the
     * heading just above the story is the headline the page shows. */
    { "radio-colons.html", "Seals are back in the estuary", "WCRN.org", "2024-04-09",
      "Harbour seals have been counted", "The next count is planned for May.", NULL, { "Shoreline", NULL } },
    /* A strip above the headline runs the section and the headline
     * together ("City|Tram Line …"); the <h1> says the headline alone. */
    { "metro-strip.html", "Tram Line Extension Approved After Two Years of Delays", "The Metro Ledger",
      "2024-10-15T06:00:00-04:00", "The regional transit board approved", "past the wetlands.", NULL,
      { "City", NULL } },
    /* The meta tags' date is a day; the <time> by the headline says the
     * time of that day. */
    { "public-radio-time.html", "Ferry service to the islands restored after storm", NULL,
      "2024-01-22T16:40:00-06:00", "Ferries to the three islands", "should be fitted in March.", NULL,
      { "4:40 PM", NULL } },
    /* Links to the story's other pages after its last paragraph. */
    { "paged-story.html", "Tigers hire a new line coach", NULL, NULL, "The Tigers named a new offensive line coach",
      "winter workouts on Thursday morning.", NULL, { "CONTINUED", "Next", NULL } },
    /* og:title's last part looks like a site's name but is what the
     * <h1> says: it stays. */
    { "songbook-dash.html", "The Quayside Band – Paper Lanterns", "Songbook", NULL,
      "The band wrote the song", "It closes most of their concerts.", NULL, { "Artists", NULL } },
    /* The update's <time> before the publication's: the publication's. */
    { "blog-modified-first.html", "Waxing cross-country skis at home", "Trail Notes", "2023-11-20T09:00:00+01:00",
      "You do not need a workshop", "the bases will burn.", NULL, { "May 2, 2024", NULL } },
    /* A post embedded in the story has a <time> of its own. */
    { "gossip-embed.html", "Singer shares photo with old bandmate", "Starwatch", "2024-03-03",
      "The singer posted a photo", "would comment.", NULL, { "Music", NULL } },
    /* The date in a row under the <h1>, outside the <article>: no
     * masthead's, though the <title> says another headline. That <h1>,
     * just above the story, is the headline over a <title> that no
     * element of the page says. */
    { "weekly-row-date.html", "Suburban rents overtake the city centre for the first time", "The Harbour Weekly",
      "2024-03-12",
      "Rents in the outer suburbs", "when the new tram line opens.", NULL, { "Lena Hart", NULL } },
    /* A slideshow: the story told in paragraphs under each picture, in
     * its <figcaption>; a picture's credit there is no part of it. */
    { "decor-slides.html", "Four balcony garden mistakes, and how to avoid them", "Nest & Home",
      "2024-04-22T09:00:00-07:00", "A balcony can hold far more plants", "one that is dead by the first holiday.",
      NULL, { "Photo:", "Share this", "You may also like", NULL } },
    /* A newsletter's greeting, a short line of its own, opens it. */
    { "letter-greeting.html", "The Shed Weekly #42: seed swaps, frost and a new greenhouse", "Shed Weekly",
      "2024-03-03T08:00:00+00:00", "Hi all,", "See you at the swap.", NULL, { "Subscribe", "Orchard Lane", NULL } },
    /* A dek beside the headline, the story in another container: it sums
     * the story up and is no part of it. */
    { "capitol-dek.html", "Senate passes rural broadband bill after late deal", "Capitol Ledger", "2024-09-12T21:15:00Z",
      "The Senate on Thursday passed a bill", "report their speeds to the regulator every year.", NULL,
      { "The measure sends money", "Technology", "A mast outside", NULL } },
    /* A caption set as a paragraph of the story, its credit in brackets
     * in the next one: both apart from the body. */
    { "valley-credit.html", "Two charged over stolen catalytic converters", "valley-news.example",
      "2024-02-08T17:30:00-06:00", "Two men from Greenfield were charged", "matched to the cars.", NULL,
      { "Converters seized", "Jo Hale", ".jpg", NULL } },
    /* A box of figures after the story, its label and its summing-up
     * line with it, is none of the story. */
    { "county-dashboard.html", "Flu clinics open early as cases rise", "Shire Courier", "2024-11-05T12:00:00+00:00",
      "Flu clinics across the county", "closed to visitors for most of January.", NULL,
      { "Cases", "Recovered", "1,204", "County", NULL } },
    /* The site's affiliate disclosure, before or after the story, is a
     * notice; a commission in the news is not. */
    { "gear-affiliate.html", "The head torch that outlasted our winter test", "Trail Notes", "2024-01-19T10:00:00Z",
      "We took six head torches", "a path that is lit at night.", NULL, { "affiliate", "a commission", NULL } },
    /* A story set as its element's own lines between line breaks (boxes
     * and a subheading among them), under a summary box in elements of
     * its own: the lines vote as paragraphs would, and the summary does not
     * win. A masthead's <h1> that is one link home, saying the <title>,
     * is no headline. */
    { "lines-synopsis.html", "Port strike delays grain shipments for a third week", "Harbour Daily",
      "2025-03-04T18:20:00+05:30", "The strike at the grain terminal entered its third week",
      "with a mediator appointed by the minister in the chair.", NULL, { "About us", "Dock workers have kept", NULL } },
    /* A slideshow whose slides tell the story in paragraphs beside their
     * pictures, all inside an element named for the slideshow that holds
     * most of the page's paragraphs: the story, its slides' headings too;
     * the newsletter box in its intro is none of it. */
    { "ranked-slides.html", "Every winter coat our editors wore this year, ranked", "Style Ledger",
      "2024-12-02T15:00:00Z", "Our editors wore a lot of coats this winter.",
      "its lining was the warmest of the lot.", "Kim Ode", { "NEW", "Sign up", "Getty", NULL } },
    /* A slideshow whose intro is named for it ("slideshow-text"): on a
     * page told in slides the name says nothing against the text. */
    { "travel-slides.html", "Three harbour towns to visit out of season", "Coast Weekend", "2024-10-30T08:00:00Z",
      "When the summer crowds have gone home", "for a lazy afternoon after lunch.", NULL, { "Coast Weekend,", NULL } },
    /* A digest of linked titles, each with its blurb, in sections: the
     * last section's blurbs are the digest's, no teasers of others. */
    { "digest-links.html", "Pixel Post #58: fonts, colour and a faster build", "Pixel Post", "2024-06-14T07:00:00+00:00",
      "Welcome to issue 58.", "keep the page from jumping under the reader's thumb.", NULL, { "made in Leeds", NULL } },
    /* A photographer's credit line and the writer's "On Twitter: Follow
     * …" after a feature are none of it. */
    { "feature-credits.html", "Inside the last lighthouse keeper's cottage", "Shore Review", "2024-08-08T06:00:00Z",
      "The cottage at the foot of the lighthouse", "still hanging by the door.", NULL,
      { "Photography by", "Follow", NULL } },
    /* The site's ask for contributions after the story is none of it. */
    { "explainer-donate.html", "Why the river floods every spring, explained", "Plainly", "2024-03-28T13:00:00Z",
      "Every spring the river rises", "so that the streets stay dry.", NULL, { "contribution", NULL } },
    /* The first paragraphs in a layout row of their own, before the row
     * that holds the rest beside an advertisement column. */
    { "advisor-rows.html", "Pension fund trims its bond holdings", "Advisor Weekly", "2024-05-21T14:05:00-04:00",
      "The province's largest public pension fund", "which is due in the autumn.", NULL,
      { "Stockphoto", "Advertisement", "Most read", NULL } },
    /* Above the story's first paragraph, each long enough to pass for
     * prose: a deck with no full stop, over a byline and the writer's
     * job; */
    { "raceway-deck.html", "Okafor moves up to the national series", "Herald Online", NULL,
      "Dana Okafor will race", "twice more before the opener.", "LENA MARSH Sports Reporter",
      { "After two seasons", NULL } },
    /* the writers, the outlet and a date with a time of day; */
    { "ledger-clock-line.html", "Actor leaves harbour film as shoot is delayed", NULL, NULL,
      "Marta Lind has left the cast", "recast before the summer.", NULL, { "Ines Varga", "12:00", NULL } },
    /* a picture's caption beside it in a box of their own; */
    { "cricket-picture-box.html", "Spinner takes five as hosts win by ten wickets", NULL, NULL,
      "Rafael Osei took five wickets", "second match on Wednesday.", NULL, { "celebrates", NULL } },
    /* a caption that says "File photo", or one that ends with the
     * agency's name in brackets, the picture drawn by a script; */
    { "port-file-photo.html", "Port traffic falls for a third month", "Trade Desk", NULL,
      "Container traffic through the port", "opens in the autumn.", NULL, { "File photo", "cranes", NULL } },
    { "port-agency-caption.html", "Ferry operator orders two electric ships", "Trade Desk", NULL,
      "The island ferry operator", "a regional grant.", NULL, { "AFP", "windy afternoon", NULL } },
    /* the columnist's bio. */
    { "column-bio-top.html", "The allotment waiting list is longer than ever", "Town Notes", "2024-08-02T06:00:00Z",
      "There are now more than three hundred names", "half of their beans.", "Owen Pryce",
      { "gardener and writer", NULL } },
    /* The first paragraph as bare text in a wrapper of the story's class
     * before the one that holds the rest in paragraphs. */
    { "keeper-lede-div.html", "Keeper signs two-year extension", "goalnet", NULL,
      "Tomasz Wren has signed", "player of the year last spring.", NULL, { "Cup draw", NULL } },
    /* The first paragraph, one short sentence, in a layout row of its
     * own before the rows of the rest. */
    { "pier-short-lede.html", "Harbour board votes to close the old pier", "Coast Courier", NULL,
      "The harbour board voted on Monday evening", "once during the war.", NULL, { "Advertisement", NULL } },
    /* The first paragraphs one to a wrapper, each of its own class, then
     * a box of related links and the rest. */
    { "curry-par-wrappers.html", "Chilli contest ends in hospital visits", "The Northern Daily", NULL,
      "Paramedics were called", "with a doctor on hand.", NULL, { "Related Articles", "Pie contest", NULL } },
    /* A video's caption and the story's highlights above the paragraph
     * that opens with the wire's dateline ("Washington (…) -- "): the
     * story starts there. The site's name after the byline's goes. */
    { "wire-highlights.html", "Senate panel backs rail funding plan", "Capitol Wire", NULL,
      "A Senate committee voted on Thursday", "no answer for rural lines.", "Nora Field",
      { "Ruth Alder says", "HIGHLIGHTS", "fuel levy", NULL } },
    /* The site's ask above the story, long enough to pass for prose. */
    { "guide-newsletter.html", "First look: the new compact tractor", "Garden Guide", NULL,
      "The maker of the best-selling", "a third more than the mower.", NULL, { "newsletter", "Sign up", NULL } },
    /* The story in two parts, each in a "sidebar-grid__container" (the
     * page's grid with a sidebar beside the text): the first part, short
     * of prose in quantity, is no sidebar. */
    { "grid-sidebar-parts.html", "Mayor wins a second term by a wide margin", "Metro Ledger", NULL,
      "The mayor has won a second term", "first Monday of next month.", NULL, { "Advertisement", NULL } },
    /* A date line with its time and zone, a <br> before the first
     * sentence in the same paragraph: it dates the story, the story
     * starts after it. */
    { "buslane-date-line.html", "Council approves new bus lanes", "City Paper", "2016-12-06T18:22:00-05:00",
      "The city council voted on Tuesday", "removes two hundred parking spaces.", NULL, { "6:22", NULL } },
    /* After a story told in a layout table's cell, the readers' comments
     * in the table's next row, under a heading that names them. */
    { "lakeshore-comments.html", "Rowing club saves its boathouse from the ice", NULL, NULL,
      "Members of the Lakeshore Rowing Club", "on the first Sunday in April.", NULL,
      { "Tell us", "Reader comments", "bubbler", "Posted by", NULL } },
    /* A box of other stories under a heading that names them, set in the
     * story's element after its last paragraph. */
    { "travel-also-in.html", "Night trains return to the Alpine line", "The Weekly Traveller", NULL,
      "Sleeper trains will run again", "shortly after dawn.", NULL, { "Also in Travel", "salt roads", NULL } },
    /* A blogger's affiliate disclosure above the review, in the first
     * person ("my links, I may receive a small commission"), and the
     * site's in other words amid it ("We earn commissions from the shop
     * links", "Buying through links on our site supports our work"). */
    { "gear-commission-note.html", "A week on the trail with the Ridgeline 40 pack", "Hilltop Gear Notes", NULL,
      "I carried the Ridgeline 40", "the pack to beat this year.", NULL,
      { "commission", "Good to know", "supports our work", NULL } },
    /* The writer's bio in a box of its own after the story, longer than a
     * one-line bio, under a label with her job. */
    { "decor-writer-box.html", "Five ways to make a small hallway feel bigger", "Porch & Parlour", NULL,
      "A narrow hallway is the first thing", "instead of across it.", "Hattie Lowe",
      { "Contributing Writer", "freelance writer", NULL } },
    /* A blogger's greeting box after the post, no byline to match. */
    { "blog-greeting-box.html", "How I sort the kitchen drawers once a season", "The Tidy Nook", NULL,
      "Every spring and autumn", "how little you miss.", NULL, { "Hi, I'm Rosie", "Welcome to", NULL } },
    /* The site's disclaimer under the post: for information only, no
     * medical advice. */
    { "sleep-disclaimer.html", "Moving a toddler from the cot to a big bed", "Little Nights", NULL,
      "Most families make the move", "within a week or two.", NULL, { "informational purposes", "doctor", NULL } },
    /* The blog's pointer to its other posts, ending in a colon, over their
     * titles as plain lines. */
    { "garden-also-like.html", "Why my tomatoes split after the rain", "Back Plot Diary", NULL,
      "Half of my tomatoes cracked open", "I turn mine into sauce.", NULL, { "interested in", "water butt", NULL } },
    /* The same pointer as the post's last line, the list it points to
     * left out. */
    { "travel-check-these.html", "Catching the night ferry to the islands on a budget", "Cheap Seats Travel", NULL,
      "The night ferry leaves the mainland", "before the day trippers arrive on the fast boat.", NULL,
      { "check out these", NULL } },
    /* After the story: a stock picture's licence, a contributor's credit
     * to "this content", and the button asking to make the site a
     * preferred source in a search engine's news. */
    { "pets-credit-lines.html", "When to start training a puppy", "Paws Weekly", NULL,
      "Training can start the day", "calm time around others.", NULL,
      { "Shutterstock", "contributed", "preferred source", NULL } },
    /* The blog's newsletter promise and its picture board's save button
     * after the post. */
    { "craft-pin-inbox.html", "A wreath from garden prunings in an afternoon", "Hedgerow Makes", NULL,
      "Every autumn the pile of prunings", "until the new year.", NULL, { "inbox", "Pin it", NULL } },
    /* The writer's ask to follow her on a picture board's site, and the
     * site's note on its comment policy, after the post. */
    { "diy-follow-pinterest.html", "A bench from one scaffold board", "Sawdust Sundays", NULL,
      "A single reclaimed scaffold board", "for a year without a wobble.", NULL,
      { "Pinterest", "comment policy", NULL } },
    /* "hidden" that names a part of the element or a script's state:
     * "overflow-x-hidden" around the page, Drupal's
     * "field--label-visually_hidden" around the body, a builder's
     * "lazy-hidden" section shown as the reader scrolls. The story was
     * "no article text found"; "visually-hidden" alone still hides. */
    { "garden-overflow.html", "How to start a herb bed on a balcony", "Window Box Journal", NULL,
      "A balcony that gets four hours of sun", "into the leaves.", NULL, { "Skip to", "Body", NULL } },
    /* A header template that ends the page ("</body></html>") before the
     * story: libxml2 builds the rest as a second root, read here as the
     * body's (it was "no article text found"). */
    { "blog-early-close.html", "Five ways to share the payroll work with an agency", "Ledgerline", NULL,
      "A small firm that runs its own payroll", "answered the same day.", NULL, { "Services", "Quay Lane", NULL } },
    /* A page builder's <header> that holds the whole post in paragraphs
     * is no headline's header: the story, not the firm's box after it. */
    { "builder-header-post.html", "Choosing a dental plan for a small team", "Brightcover", NULL,
      "A dental plan is one of the cheapest", "where most of the money goes.", NULL,
      { "independent broker", "Mill Road", NULL } },
    /* A page builder's boxes ("elementor-widget-wrap"), one to a part of
     * the story, each short of prose in quantity: the story's parts, not
     * widgets; its call to action, under a part's worth of prose, is. */
    { "builder-widget-parts.html", "A home gym on a budget: what to buy first", "Garage Iron", NULL,
      "I have trained at home for eleven years", "as the lifts grow.", NULL,
      { "Join the club", "Sign me up", "Categories", NULL } },
    /* A guide's stages in accordion panels, shut until the reader opens
     * them ("display:none", role=region, aria-labelledby): the story's;
     * a tab's panel saying "Loading…" is not. */
    { "solar-accordion.html", "Putting solar panels on your roof, week by week", "Sunward", NULL,
      "From the first quote to the day the meter", "on the first sunny morning.", NULL, { "Loading", NULL } },
    /* A guide in sections of one class, each a heading over paragraphs
     * six wrappers down: the votes stop below the sections, and the
     * winner is in one of them; the story is all of them. */
    { "guide-deep-sections.html", "Heat pumps explained: a guide for homeowners", "Warm Homes Guide", NULL,
      "A heat pump moves warmth", "the price of electricity against gas.", NULL, { "Contact us", NULL } },
    /* The post's opening paragraphs in a wrapper of their own right
     * before the winner's, too few votes to join it as a sibling: its
     * lede, as a wrapper one level up already was. */
    { "baking-intro-wrapper.html", "How to keep a sourdough starter alive", "Crumb Notes", NULL,
      "A starter is the one thing standing between", "they come back to life.", NULL, { "Recipes", NULL } },
    /* The site's box (a heading, a line, a link) between the post's
     * opening and the rest: passed over on the way back to the opening,
     * and left out. */
    { "newsletter-promo-between.html", "How to clean up a mailing list", "Inbox Craft", NULL,
      "Most small firms send their newsletter", "to stop opening it at all.", NULL,
      { "Try Inbox Craft", "Book a demo", "Pricing", NULL } },
    /* A drop cap in an element of its own before the story's wrapper:
     * the story's first word, whole. */
    { "essay-drop-cap.html", "What the allotment taught me about patience", "Furrow Journal", NULL,
      "When I took on plot nineteen", "before you do the next small thing.", "Nell Garside",
      { "\nW\n", NULL } },
    /* Names in the story linked to their topic pages, named as the tags
     * under it are: words of the story's sentences, kept; the row of tags
     * stays out. */
    { "town-tag-links.html", "Ferry operator fined over late crossings", "Harbour Gazette", NULL,
      "The regulator has fined Island Link Ferries for running", "closes at six.", NULL,
      { "Transport", "Island\n", NULL } },
    /* A caption under the picture at the top whose credit follows a bar
     * ("… | Photo by …"): a caption, not the story's first line. */
    { "trade-bar-credit.html", "A bakery chain bets on small towns", "Counter Trade", NULL,
      "For most bakery chains", "before the shops open.", NULL, { "Photo by", "opened 40 shops", NULL } },
    /* A picture's description under the picture at the top, in a box
     * named so ("feature-image-description"): a caption, not the story's
     * first line. */
    { "netops-image-description.html", "Is it ever really the resolver?", "Packet Notes", NULL,
      "Every operator has heard the joke", "when the pager goes off at three in the morning.", NULL,
      { "coffee machine", "colleague in the lab", NULL } },
    /* A link that jumps down the page ("Jump to the list ⤵", href="#…")
     * at the head of the first paragraph: the page's tool, not the
     * story's first words. */
    { "bakeries-jump-link.html", "The 12 best neighbourhood bakeries in Leeds", "Northside Weekly", NULL,
      "Finding a good loaf in this city", "which in autumn means plums.", NULL, { "JUMP TO", NULL } },
    /* A paper's abstract page: the "Abstract:" label glued to the
     * abstract's first word goes, the abstract stays. */
    { "preprint-abstract-label.html", "Counting hedgehogs from road-kill reports: a correction for reporting effort",
      "Open Preprints", NULL, "Volunteer reports of animals killed on roads",
      "once effort is accounted for.", NULL, { "Abstract", NULL } },
    /* A sign-up box (a heading, an e-mail field and a button, then a
     * line on the product) set inside the story's wrapper above its
     * first paragraph: the form's blurb, not the story's first line. */
    { "trades-signup-blurb.html", "How to price a roof repair without losing money", "Tradesdesk", NULL,
      "Roof repairs are some of the hardest jobs", "exactly where they stand.", "Dana Whitcombe",
      { "Run your crew", "free trial", NULL } },
    /* "Need sales contacts …? Check out our directory …" above the
     * story, a question and the site sending the reader to its link:
     * the site's ask, not the story's first line. */
    { "supply-check-out-lead.html", "The five biggest makers of garden tools in Europe", "Tradeline Blog", "2025-03-03",
      "Spring is the busiest season", "bought in Europe each year.", NULL, { "Check out", "MIN. READ", NULL } },
    /* An advertisement's two lines above the story, in a small box with
     * the pictures of its links marked paid (rel="sponsored"): the
     * advertisement's, not the story's first lines. */
    { "allotment-sponsored-box.html", "Growing leeks from seed: a beginner's guide", "The Country Year", NULL,
      "Leeks are one of the most forgiving crops", "until the end of winter.", NULL,
      { "At last, seeds", "Untreated", NULL } },
    /* "This site requires that JavaScript be enabled and the Flash
     * plug-in be installed …" above the headline: the site's word on
     * the browser it needs, not the story's first line. */
    { "games-flash-notice.html", "Handheld makers promise longer battery life at trade show", "Pixel Wire", NULL,
      "Three of the largest makers", "than the ones they replaced.", NULL, { "JavaScript", "Flash", NULL } },
    /* A page builder's first block of the story, its class the story's
     * with "intro" added, set apart from the rest by a table of links
     * and a notice: the story's opening lines, not a box beside it. */
    { "ferry-intro-block.html", "The 6 Best Ferry Routes in Scandinavia for 2025", "Harbour Hop Travel", NULL,
      "Whether you are hopping between islands", "when the weather turns.", "Ruth Ellery",
      { "affiliate links", "Calls at", NULL } },
    /* The section the story is filed in, on a line above it: a label. */
    { "wire-category-line.html", "Rail union calls off weekend strike", "Tidewire News", NULL,
      "The rail drivers' union called off", "bought for the days of the strike, the operators added.", NULL,
      { "Category", "(Rail)", NULL } },
    /* "Updated: March 4, 2025", a picture, then the story in the same
     * <p>: the picture parts the words, and the labelled date line goes. */
    { "wedding-updated-img.html", "How to choose a caterer for a small wedding", "Veil & Vow",
      "2024-05-02T10:00:00+00:00", "A small wedding leaves more of the budget", "in the same place as the venue's.",
      NULL, { "Updated", "2025A", NULL } },
    /* A syndicated column's translator and copyright line ("Aus dem
     * Französischen von …") and the writer's bio in a box under "Der
     * Autor": credits and the site's box, not the column's last lines. */
    { "opinion-translated.html", "Warum Europa mehr Züge braucht", "Stadtanzeiger", "2025-03-04T09:00:00+01:00",
      "Wer heute von Lissabon nach Warschau", "die Züge wirklich füllen.", NULL,
      { "Französischen", "Copyright", "Der Autor", "Verkehrsminister", NULL } },
    /* A page builder's JSON-LD, HTML-escaped in a <meta
     * name="script:ld+json"> tag's content: the page's only date. */
    { "builder-meta-ld.html", "Heat pumps for older houses: what to check first", "Warm Homes Guide",
      "2024-10-08T08:30:00-04:00", "Most older houses can be heated", "never meant to carry another large load.", NULL,
      { "About us", "Guides", NULL } },
    /* "– additional reporting by …" in a list item, with a dash and no
     * full stop: a contributor's credit still. */
    { "wire-dash-credit.html", "Drought forces farmers to sell cattle early", "The Plains Star",
      "2024-02-20T17:05:00+00:00", "Cattle farmers in the north", "with regional offices.", NULL,
      { "additional reporting", "Subscribe", NULL } },
    /* "Dieser Beitrag ist zuerst bei … erschienen": where the piece first
     * ran, in German, as the English print notes. */
    { "magazin-zuerst-erschienen.html", "Bezahlen per Handy: Was die Banken jetzt planen", "Wochenblick",
      "2023-04-28T19:09:00+02:00", "Mehrere große Banken wollen", "ihre gewohnten Apps wechseln.", NULL,
      { "zuerst bei", "Mehr zum Thema", NULL } },
    /* A note that the piece is a translation and where the original ran,
     * and the credits of the translator and the desk under their labels. */
    { "reportage-uebersetzung.html", "„Ich habe jeden Tag den Fluss gezählt“", "Reportagen-Kollektiv",
      "2024-08-22T12:00:00+02:00", "Mira Kovač lebt seit dreißig Jahren", "Der Fluss gehört dazu.“", NULL,
      { "eine Übersetzung", "Schlussredaktion", NULL } },
    /* The desk's line under a story: initials, the picture's credit and
     * its first publication, apart by semicolons. */
    { "satire-credit-parts.html", "Forscher entdecken: Bodensee ist in Wahrheit ein riesiger Fisch", "Die Spottpresse",
      "2024-04-25T08:18:00+02:00", "Eine Gruppe übermüdeter Geografen", "eine ausgiebige Kaffeepause an.", NULL,
      { "Bildagentur", "Erstveröffentlichung", NULL } },
    /* The day the piece ran and was changed, in Italian, as the body's
     * last line: a stamp, not the story. */
    { "notizie-stamp.html", "Il traghetto per le isole riparte dopo la tempesta", "Gazzetta del Porto",
      "2025-01-07T08:30:00+01:00", "Dopo quattro giorni di fermo", "per recuperare i viaggi annullati.", NULL,
      { "modifica", "RIPRODUZIONE", NULL } },
    /* "About the author" over a bio in a box inside the column's element,
     * no byline to match it: the site's box. */
    { "column-about-author.html", "The case for slower city streets", "Civic Review", "2025-05-12T07:00:00+00:00",
      "Every few years a city lowers", "who the streets are for.", NULL, { "About the author", "transport planner", NULL } },
    /* A citation suggestion under "Zitiervorschlag": how to cite the page,
     * not the story. */
    { "law-cite-box.html", "Mietpreisbremse: Gericht prüft neue Klage", "Rechtsblatt Online",
      "2025-10-20T10:00:00+02:00", "Ein Vermieter aus Leipzig", "gilt die Regelung unverändert weiter.", NULL,
      { "Zitiervorschlag", "abgerufen", "Kopieren", NULL } },
    /* The outlet's pointer to its coverage of the topic, in German
     * ("Hier finden Sie alle unsere Inhalte zum …"), after the story. */
    { "bahn-coverage-pointer.html", "Stellwerk in Lindhafen nach Blitzschlag ausgefallen", "Nordkurier Rundschau",
      "2025-06-12T08:15:00+02:00", "Nach einem Blitzschlag", "konnte am Mittag noch niemand sagen.", NULL,
      { "Hier finden Sie", "Sperrungen", NULL } },
    /* "Get live updates …", a contact line, "For more stories like this,
     * check our news page.": the site's pointers after the story. */
    { "harbour-news-pointers.html", "Ferry fares to rise by a fifth from June", "Harbour Evening News",
      "2025-03-04T17:00:00Z", "Ferry fares between the harbour", "to keep a cheaper fare for residents.", NULL,
      { "live updates", "Got a story", "stories like this", NULL } },
    /* A finance desk's risk notice under its label ("Bitte beachten:"). */
    { "geld-risiko-hinweis.html", "Was steigende Zinsen für Sparer jetzt bedeuten", "Stadtanzeiger Südhang",
      "2025-09-03T06:30:00+02:00", "Die Zinsen auf Tagesgeld", "jederzeit verfügbar zu halten.", NULL,
      { "Bitte beachten", "Totalverlust", "Anlageberatung", NULL } },
    /* A partner brand's box (its name as a heading, then "X ist eine
     * Partnermarke …") after a piece it lends. */
    { "partner-brand-box.html", "Warum die Nachtzüge zurückkommen", "Abendpost Online", "2025-02-20T12:00:00+01:00",
      "Vor zehn Jahren galten Nachtzüge", "kaum günstiger sind als am Tag.", NULL,
      { "Partnermarke", "Fernweh", NULL } },
    /* The magazine's pre-order line after an interview. */
    { "magazin-vorbestellen.html", "Die Schauspielerin Ida Lorenz im Gespräch", "Salon Magazin",
      "2025-04-28T10:00:00+02:00", "Ida Lorenz kommt zu spät", "als glaube sie selbst nicht ganz daran.", NULL,
      { "vorbestellen", "im Handel", NULL } },
    /* A list of the story's sources under "Quellen:": the desk's note. */
    { "sender-quellen.html", "Kliniken suchen Pflegekräfte im Ausland", "Westfunk Nachrichten",
      "2024-05-14T16:20:00+02:00", "Immer mehr Kliniken", "künftig an mehreren Orten anzubieten.", NULL,
      { "Quellen", "Jahresbericht", "Interviews mit", NULL } },
    /* The paywall's line where the story is cut off, in French. */
    { "journal-reste-abonnes.html", "La mairie ferme deux écoles faute d’élèves", "Le Courrier du Val",
      "2023-09-01T07:00:00+02:00", "La mairie a annoncé mercredi", "un service de bus sera mis en place.", NULL,
      { "Il vous reste", "abonnés", NULL } },
    /* A desk's sign-off, a donation appeal and an old blog theme's filing
     * paragraph in German ("Abgelegt unter …, Kommentare und Pings …"). */
    { "verein-blog-abgelegt.html", "Neue Bänke für den Stadtpark", "Bürgerblatt Eichenau", "2021-02-21T10:00:00+01:00",
      "Der Bürgerverein hat am Samstag", "am Ufer des Weihers Bänke aufzustellen.", NULL,
      { "Redaktion", "Spende", "Abgelegt", "Pings", NULL } },
    /* A newsletter's box: its name, its blurb, and the form's note on
     * unsubscribing and the privacy policy. */
    { "zeitung-newsletter-box.html", "Festival am See zieht Bilanz", "Tageblatt am See", "2025-07-14T18:00:00+02:00",
      "Das Musikfestival am Seeufer", "bereits eine zusätzliche Wiese zugesagt.", NULL,
      { "Newsletter", "Kritiken", "abmelden", "Datenschutz", NULL } },
    /* A line in italics ending in a colon, over a video's empty frame:
     * the lead-in to an item that is not there. */
    { "avis-video-lead-in.html", "Two brothers are rowing the length of the coast", "Coastline Daily",
      "2024-08-05T09:00:00+02:00", "Two brothers from the north", "as they pushed off again.", NULL,
      { "weather like this", NULL } },
    /* A source line and the rules of the readers' comments, in German. */
    { "stadtbus-kommentarregeln.html", "Stadt kauft neue Busse für die Innenstadt", "Südblatt Online",
      "2025-04-16T11:00:00-04:00", "Die Stadtverwaltung hat den Kauf", "auf elektrische Fahrzeuge festgelegt hatte.",
      NULL, { "Agenturen", "Kommentare", "Beleidigungen", NULL } },
    /* An adviser's regulatory notice under a post, longer than the site's
     * other disclaimers ("Registered Investment Adviser", "not FDIC
     * insured", "Past performance is no guarantee …"). */
    { "adviser-notice.html", "Five money habits for your first year of work", "Harbourside Planning Blog",
      "2025-01-15T09:00:00Z", "Your first salary is a chance", "a fund that tracks the wider market.", NULL,
      { "Registered Investment", "FDIC", "Past performance", NULL } },
    /* A plain verb of buying with "hier" that does not speak to the
     * reader ends the story: no shop's ask. */
    { "markt-hier-kaufen.html", "Der Wochenmarkt zieht in die alte Halle", "Kreisbote Talgrund",
      "2025-03-08T07:45:00+01:00", "Nach zwei Jahren auf dem Parkplatz", "viele Familien aus dem Umland ein.", NULL,
      { NULL } },
    /* A business's call to action in a box of its own under its post: an
     * offer ("Book a free … demo"), the site's, not the post's last line.
     * An offer named in the post's own last paragraph stays. */
    { "trade-demo-box.html", "Twelve tools every plumbing van should carry", "PipeDesk Blog", NULL,
      "A plumber who drives back to the yard", "for crews of five or more.", NULL,
      { "PipeDesk demo", "Ready to stop", NULL } },
    /* A business's "Contact our team today …" as the last paragraph of
     * its post, in the post's own flow: its closing line, kept. */
    { "heating-contact-close.html", "Five signs your boiler will not last another winter", "Northfield Heating", NULL,
      "Most boilers give plenty of warning", "a quote that fits your home and your budget.", NULL,
      { "Mill Lane", NULL } },
    /* The writer's bio, then a line of the site's under it: the bio ends
     * the story though it is not the last block. */
    { "finance-bio-notice.html", "Why younger savers keep an emergency fund first", "Ledger Lane", NULL,
      "Ask savers in their twenties", "does more good in a pension.", "Mira Costa",
      { "finance writer", "Harbour Street Bank", NULL } },
    /* The writer's note in brackets of its own after the column, with no
     * byline to match: a bio. */
    { "opinion-bracket-bio.html", "Our town needs a second footbridge, not a wider road", "Hillside Courier", NULL,
      "Every weekday at half past eight", "and count the pushchairs.", NULL, { "Dana Reyes", "school board", NULL } },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      gsize len;
      g_autofree char *html = read_fixture (cases[i].file, &len);
      g_autoptr(DossierArticle) a = parse_bytes (cases[i].file, html, len);
      const char *body = dossier_article_get_body (a);

      g_test_message ("%s", cases[i].file);
      g_assert_cmpstr (dossier_article_get_title (a), ==, cases[i].title);
      g_assert_cmpstr (dossier_article_get_outlet (a), ==, cases[i].outlet);
      g_assert_cmpstr (dossier_article_get_date (a), ==, cases[i].date);
      g_assert_cmpstr (dossier_article_get_byline (a), ==, cases[i].byline);
      if (cases[i].start)
        g_assert_true (g_str_has_prefix (body, cases[i].start));
      if (cases[i].end)
        g_assert_true (g_str_has_suffix (body, cases[i].end));
      assert_absent (body, cases[i].absent);
      assert_offsets (a, html, len, NULL);
    }
}

/* An <h1> and, right under it, a heading: the <title> says both and
 * then the site's name, so the <h1> is the headline and the heading its
 * subtitle. With no site's name after them the shape is a blog's name
 * over its post's heading, and the heading stays the title. */
static void
test_h1_subtitle_heading (void)
{
  gsize len;
  g_autofree char *html = read_fixture ("review-h1-subtitle.html", &len);
  g_autofree char *two = replace_once (html, " : buchspiegel.de</title>", "</title>");
  g_autoptr(DossierArticle) a = parse_bytes ("review-h1-subtitle.html", html, len);
  g_autoptr(DossierArticle) b = parse_bytes ("review-h1-subtitle.html", two, strlen (two));

  g_assert_cmpstr (dossier_article_get_title (a), ==, "Wo der Fluss erzählt");
  g_assert_cmpstr (dossier_article_get_title (b), ==,
                   "Mara Lind schreibt in „Das stille Ufer“ über drei Generationen am Wasser");
  g_assert_cmpstr (dossier_article_get_byline (a), ==, "Jonas Keller");
  g_assert_true (g_str_has_prefix (dossier_article_get_body (a), "Es dauert ein paar Seiten"));
  assert_offsets (a, html, len, NULL);
}

/* The article's one <h1>, a question in one sentence, ends with the
 * <title>'s first part ("Rosen im Winter"): those words are the same
 * sentence's, not a headline after a kicker, and the <h1> is the title,
 * not the section's heading just above the story. An <h1> that sets a
 * kicker apart by a colon before those words is still not taken. */
static void
test_h1_one_sentence (void)
{
  gsize len;
  g_autofree char *html = read_fixture ("rosen-h1-sentence.html", &len);
  g_autofree char *kicker = replace_once (html, "Wie schütze ich meine Rosen im Winter?</h1>",
                                          "Gartenpraxis: Rosen im Winter</h1>");
  g_autoptr(DossierArticle) a = parse_bytes ("rosen-h1-sentence.html", html, len);
  g_autoptr(DossierArticle) b = parse_bytes ("rosen-h1-sentence.html", kicker, strlen (kicker));

  g_assert_cmpstr (dossier_article_get_title (a), ==, "Wie schütze ich meine Rosen im Winter?");
  g_assert_cmpstr (dossier_article_get_title (b), !=, "Gartenpraxis: Rosen im Winter");
  g_assert_true (g_str_has_prefix (dossier_article_get_body (a), "Sobald die Nächte"));
  assert_offsets (a, html, len, NULL);
}

/* An <h1> in two lines, the headline and a subtitle, under a metadata
 * title that says the same headline with another subtitle after a colon:
 * the metadata's title, whether the <h1>'s second line is an element of
 * its own or follows a <br>. */
static void
test_h1_two_subtitles (void)
{
  gsize len;
  g_autofree char *html = read_fixture ("heaters-two-line-h1.html", &len);
  g_autofree char *br = replace_once (html, "<span class=\"block subline\">Warm Nights for Winter Campers</span>",
                                      "<br>Warm Nights for Winter Campers");
  g_autoptr(DossierArticle) a = parse_bytes ("heaters-two-line-h1.html", html, len);
  g_autoptr(DossierArticle) b = parse_bytes ("heaters-two-line-h1.html", br, strlen (br));

  g_assert_cmpstr (dossier_article_get_title (a), ==, "Best Tent Heaters: Our Picks for 2026");
  g_assert_cmpstr (dossier_article_get_title (b), ==, "Best Tent Heaters: Our Picks for 2026");
  g_assert_true (g_str_has_prefix (dossier_article_get_body (a), "A tent heater turns a cold night"));
  assert_offsets (a, html, len, NULL);
}

/* Ruby: the readings set above the characters ("<rt>かわ</rt>") are no
 * part of the headline or the sentence; read inline they would double every
 * glossed word ("川かわの水みず"). A reading the page puts in <rp> brackets
 * for readers without ruby is shown that way ("雨(あめ)"). Every word of the
 * text still maps back to its bytes, the readings' markup inside them. */
static void
test_ruby_readings (void)
{
  gsize len;
  g_autofree char *html = read_fixture ("easy-news-ruby.html", &len);
  g_autoptr(DossierArticle) a = parse_bytes ("easy-news-ruby.html", html, len);
  const char * const readings[] = { "かわ", "みず", "たいせつ", "ようす", "けん", NULL };

  g_assert_cmpstr (dossier_article_get_title (a), ==, "川の水が少なくなっています");
  g_assert_cmpstr (dossier_article_get_outlet (a), ==, "やさしいニュース");
  g_assert_true (g_str_has_prefix (dossier_article_get_body (a), "ことしは雨(あめ)が少なかったため、県の川の水が"));
  g_assert_true (g_str_has_suffix (dossier_article_get_body (a), "しばらくこの様子が続きそうです。"));
  assert_absent (dossier_article_get_body (a), readings);
  assert_absent (dossier_article_get_text (a), readings);
  assert_offsets (a, html, len, NULL);
}

/* The readers' comments after a story under no heading, only the site's
 * note over them. */
static void
test_comments_note (void)
{
  gsize len;
  g_autofree char *html = read_fixture ("lakeshore-comments.html", &len);
  g_autofree char *one = replace_once (html, "<font size=\"2\"><b>Tell us what you think...</b></font>", "");
  g_autofree char *page = replace_once (one, "<h2>Reader comments</h2>", "");
  g_autoptr(DossierArticle) a = parse_bytes ("lakeshore-comments.html", page, strlen (page));
  const char *body = dossier_article_get_body (a);

  g_assert_true (g_str_has_suffix (body, "on the first Sunday in April."));
  assert_absent (body, (const char *[]) { "comments below", "bubbler", NULL });
  assert_offsets (a, page, strlen (page), NULL);
}

/* Code samples whose syntax highlighter names its spans like furniture
 * ("hljs-comment", "token comment", "token tag"): the notes and the tags
 * of the code are the story's; the readers' comments after it are not. */
static void
test_code_highlight_names (void)
{
  gsize len;
  g_autofree char *html = read_fixture ("blog-code-comments.html", &len);
  g_autoptr(DossierArticle) a = parse_bytes ("blog-code-comments.html", html, len);
  const char *body = dossier_article_get_body (a);

  g_assert_true (g_str_has_prefix (body, "My little web server"));
  g_assert_true (g_str_has_suffix (body, "when something goes wrong."));
  g_assert_nonnull (strstr (body, "# move yesterday's log aside"));
  g_assert_nonnull (strstr (body, "# and forget anything older than a month"));
  g_assert_nonnull (strstr (body, "<!-- reopen the log every night"));
  g_assert_nonnull (strstr (body, "<log reopen=\"nightly\">"));
  assert_absent (body, (const char *[]) { "Lovely", "Share by mail", "kitchen table", NULL });
  assert_offsets (a, html, len, NULL);

  /* An empty <code></code> is no sample around what follows it: a
   * promotion's name there still counts. */
  {
    g_autofree char *page = replace_once (html, "<p>My little web server", "<p><code></code>My little web server");
    g_autofree char *promo = replace_once (page, "by next year:</p>",
                                           "by next year: <span class=\"promo-inline\">Try our premium hosting plan "
                                           "free for thirty days today.</span></p>");
    g_autoptr(DossierArticle) b = parse_bytes ("blog-code-comments.html", promo, strlen (promo));

    g_assert_null (strstr (dossier_article_get_body (b), "premium hosting"));
    g_assert_nonnull (strstr (dossier_article_get_body (b), "# move yesterday's log aside"));
    assert_offsets (b, promo, strlen (promo), NULL);
  }
}

/* A list of links the story introduces with a sentence of its own ending
 * in a colon (a report's fixes, each its page): the story's; the related
 * posts under their label after the story are not. */
static void
test_introduced_link_list (void)
{
  gsize len;
  g_autofree char *html = read_fixture ("report-link-lists.html", &len);
  g_autoptr(DossierArticle) a = parse_bytes ("report-link-lists.html", html, len);
  const char *body = dossier_article_get_body (a);

  g_assert_true (g_str_has_prefix (body, "March was a quiet month"));
  g_assert_true (g_str_has_suffix (body, "stops cutting corners."));
  g_assert_nonnull (strstr (body, "These changes went in this month:\n\nThermal driver: add tests"));
  g_assert_nonnull (strstr (body, "Label driver: print two columns on wide labels\n\nThe label driver still"));
  assert_absent (body, (const char *[]) { "Related posts", "February", "fade", "Archive", NULL });
  assert_offsets (a, html, len, NULL);
}

/* The list of what a guide cites under other headings of the kind
 * ("Bibliography", "Further reading", "Links") is its last section too;
 * under a heading that names no references it is a list of links and
 * goes. */
static void
test_references_labels (void)
{
  static const struct { const char *heading; gboolean kept; } cases[] = {
    { "Bibliography", TRUE }, { "Works Cited:", TRUE }, { "Further reading", TRUE }, { "Links", TRUE },
    { "Literaturverzeichnis", TRUE }, { "Popular guides", FALSE },
  };
  gsize len;
  g_autofree char *html = read_fixture ("guide-references-list.html", &len);

  for (gsize i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *heading = g_strdup_printf ("<h2>%s</h2>", cases[i].heading);
      g_autofree char *page = replace_once (html, "<h2>References</h2>", heading);
      g_autoptr(DossierArticle) a = parse_bytes ("guide-references-list.html", page, strlen (page));
      const char *body = dossier_article_get_body (a);

      g_assert_cmpint (g_str_has_suffix (body, "Annual audit returns"), ==, cases[i].kept);
      if (!cases[i].kept)
        g_assert_true (g_str_has_suffix (body, "before the final vote in January."));
      assert_offsets (a, page, strlen (page), NULL);
    }
}

/* A box of other stories after the story, its heading in German. */
static void
test_other_stories_label (void)
{
  gsize len;
  g_autofree char *html = read_fixture ("travel-also-in.html", &len);
  g_autofree char *page = replace_once (html, "Also in Travel", "Mehr zum Thema");
  g_autoptr(DossierArticle) a = parse_bytes ("travel-also-in.html", page, strlen (page));
  const char *body = dossier_article_get_body (a);

  g_assert_true (g_str_has_suffix (body, "shortly after dawn."));
  assert_absent (body, (const char *[]) { "Mehr zum Thema", "salt roads", NULL });
  assert_offsets (a, page, strlen (page), NULL);
}

/* Short lines of the site's, each in a cell of its own, in the column
 * beside a story told in paragraphs side by side: none of the story. The
 * story's last short paragraphs after an advertisement, side by side in an
 * element of their own, are. */
static void
test_site_lines_after_story (void)
{
  const char *continued =
    "<html><head><title>Ferry timetable changes for winter</title></head><body><div class=\"page\">"
    "<div class=\"col\"><h1>Ferry timetable changes for winter</h1><div class=\"text\"><p>The island ferry will "
    "run four crossings a day instead of six from November, the operator said on Monday, as it takes the older "
    "of its two boats out of service for repairs.</p><p>The first sailing will leave the harbour at seven, and "
    "the last will return from the island at six in the evening, an hour earlier than in the summer.</p>"
    "<p>Islanders who work on the mainland said the earlier last boat would make it hard to get home after a "
    "full day, and the council has asked the operator to think again.</p></div>"
    "<div class=\"ad\">Advertisement</div><div class=\"text\"><p>The operator said it would add a late boat "
    "on Fridays.</p><p>Season tickets will cost the same as last winter.</p><p>The repairs should be finished "
    "by March.</p></div></div></div></body></html>";
  gsize len;
  g_autofree char *html = read_fixture ("county-sidebar-cells.html", &len);
  g_autoptr(DossierArticle) a = parse_bytes ("county-sidebar-cells.html", html, len);
  g_autoptr(DossierArticle) b = parse_bytes ("continued.html", continued, strlen (continued));
  const char *body = dossier_article_get_body (a);

  g_assert_true (g_str_has_prefix (body, "The county library will open"));
  g_assert_true (g_str_has_suffix (body, "can sign up at the front counter."));
  assert_absent (body, (const char *[]) { "County Lines", "Three Rivers", "visit us again", NULL });
  assert_offsets (a, html, len, NULL);
  g_assert_true (g_str_has_suffix (dossier_article_get_body (b), "The repairs should be finished by March."));
}

/* The writer's closing invitation to comment "below" or to leave a
 * comment, with no question in it, ends the post as a closing question
 * does. */
static void
test_closing_prompt (void)
{
  gsize len;
  g_autofree char *html = read_fixture ("games-prompt.html", &len);
  g_autofree char *page = replace_once (html, "What do you think? Would an app like this make you more likely to play "
                                        "in a tournament? Let us know in the comments below.",
                                        "If you have played in one of the club's tournaments, tell us how it went "
                                        "in the comments below.");
  g_autoptr(DossierArticle) a = parse_bytes ("games-prompt.html", page, strlen (page));
  const char *body = dossier_article_get_body (a);

  g_assert_true (g_str_has_suffix (body, "tell us how it went in the comments below."));
  assert_absent (body, (const char *[]) { "Sign up", NULL });
  assert_offsets (a, page, strlen (page), NULL);

  /* "Leave a comment and let us know …" asks no question either. */
  {
    g_autofree char *other = replace_once (html, "What do you think? Would an app like this make you more likely to "
                                           "play in a tournament? Let us know in the comments below.",
                                           "Leave a comment and let us know which tournament you would like to "
                                           "try it at first.");
    g_autoptr(DossierArticle) b = parse_bytes ("games-prompt.html", other, strlen (other));

    g_assert_true (g_str_has_suffix (dossier_article_get_body (b), "you would like to try it at first."));
  }
}

/* A page builder sets the story in text columns of one class, rows apart
 * and at other depths: a short column counts when more of the story
 * follows it; a short one at the end is a note after the story. */
static void
test_builder_columns (void)
{
  gsize len;
  g_autofree char *html = read_fixture ("builder-columns.html", &len);
  g_autoptr(DossierArticle) a = parse_bytes ("builder-columns.html", html, len);
  const char *body = dossier_article_get_body (a);

  g_assert_true (g_str_has_prefix (body, "Seit dem Frühjahr fahren"));
  g_assert_nonnull (strstr (body, "Weniger Zeit im Stau"));
  g_assert_true (g_str_has_suffix (body, "wer da repariert."));
  g_assert_null (strstr (body, "erschien zuerst"));
  assert_offsets (a, html, len, NULL);
}

/* A page its scripts fill in has no story in its markup: the publisher's
 * JSON-LD articleBody is the story, read in place, its escapes and
 * character references decoded and each character mapped to the bytes it
 * came from. */
static void
test_json_ld_body (void)
{
  gsize len, fs, fe;
  g_autofree char *html = read_fixture ("app-rendered.html", &len);
  g_autoptr(DossierArticle) a = parse_bytes ("app-rendered.html", html, len);
  const char *body = dossier_article_get_body (a);
  const char *text = dossier_article_get_text (a);
  const char *w;
  guint paragraphs = 1;

  g_assert_cmpstr (dossier_article_get_title (a), ==, "Night trains return to the coast line");
  g_assert_true (g_str_has_prefix (body, "Night trains will run on the coast line again from May"));
  g_assert_true (g_str_has_suffix (body, "who rode the last train in 2016."));
  for (const char *p = body; (p = strstr (p, "\n\n")) != NULL; p += 2)
    paragraphs++;
  g_assert_cmpuint (paragraphs, ==, 5);
  g_assert_nonnull (strstr (body, "with \"quiet\" carriages"));
  /* The string is markup: its character references stand for characters. */
  g_assert_nonnull (strstr (body, "at 22:40 and reach"));
  g_assert_nonnull (strstr (body, "bunks for six & a caf"));
  g_assert_null (strstr (body, "&amp;"));
  g_assert_nonnull (strstr (body, "free with an adult.\n\nBicycles need a reservation \xf0\x9f\x9a\xb2 and"));
  g_assert_null (strstr (body, "<em>"));
  g_assert_null (strstr (body, "JavaScript"));

  /* Plain words map to themselves, escapes to the whole escape. */
  w = strstr (text, "coast line again");
  dossier_article_text_to_file (a, w - text, w - text + 5, &fs, &fe);
  g_assert_cmpmem (html + fs, fe - fs, "coast", 5);
  w = strstr (text, "café");
  dossier_article_text_to_file (a, w - text, w - text + strlen ("café"), &fs, &fe);
  g_assert_cmpmem (html + fs, fe - fs, "caf\\u00e9", 9);
  w = strstr (text, "six & a");
  dossier_article_text_to_file (a, w - text + 4, w - text + 5, &fs, &fe);
  g_assert_cmpmem (html + fs, fe - fs, "&amp;", 5);
  w = strstr (text, "\xf0\x9f\x9a\xb2");
  dossier_article_text_to_file (a, w - text, w - text + 4, &fs, &fe);
  g_assert_cmpmem (html + fs, fe - fs, "\\ud83d\\udeb2", 12);
}

/* A line of its own saying when the piece ran and when it was changed, in
 * Japanese ("…01時28分 (1月14日 01時40分更新)": the change named after the
 * day) or Italian: the date's line, not the story's first. */
static void
test_date_stamp_line (void)
{
  struct { const char *stamp, *first, *date; } cases[] = {
    { "2025年1月14日 01時28分 (1月14日 01時40分更新)",
      "１３日午後９時１９分ごろ、宮崎県で震度５弱の地震があった。気象庁によると、震源地は日向灘で、震源の深さは約３６キロ。",
      "2025-01-14" },
    { "4 marzo 2025 (modifica il 5 marzo 2025 | 10:12)",
      "Il consiglio comunale ha approvato ieri sera il nuovo piano per il traffico, che chiude il centro alle auto.",
      "2025-03-04" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *html = g_strdup_printf (
        "<html><head><meta charset=\"utf-8\"><title>Story</title></head><body><article><h1>Story</h1>"
        "<p class=\"time\">%s</p><p>%s</p><p>%s</p></article></body></html>",
        cases[i].stamp, cases[i].first, cases[i].first);
      g_autoptr(DossierArticle) a = parse_bytes ("stamp.html", html, strlen (html));

      g_assert_true (g_str_has_prefix (dossier_article_get_body (a), cases[i].first));
      g_assert_true (g_str_has_prefix (dossier_article_get_date (a), cases[i].date));
      assert_offsets (a, html, strlen (html), NULL);
    }
}

/* A JSON-LD articleBody in a publisher's markdown (Condé Nast's): its
 * layout lines ("+++dropcap", "[#image: …]", "{: …}") go, its links say
 * their words, its emphasis and attributes nothing; a word still maps to
 * its bytes. */
static void
test_json_ld_markdown (void)
{
  gsize len, fs, fe;
  g_autofree char *html = read_fixture ("app-rendered-markdown.html", &len);
  g_autoptr(DossierArticle) a = parse_bytes ("app-rendered-markdown.html", html, len);
  const char *body = dossier_article_get_body (a);
  const char *text = dossier_article_get_text (a);
  const char *w;

  g_assert_true (g_str_has_prefix (body, "On a clear morning in March, two materials scientists"));
  g_assert_true (g_str_has_suffix (body, "before anyone tries it at scale."));
  g_assert_nonnull (strstr (body, "ice.\n\nThe beads reflect sunlight"));
  g_assert_nonnull (strstr (body, "published a paper about the pond in Earth\u2019s Future, a journal"));
  g_assert_nonnull (strstr (body, "a talk at NASA in 2015"));
  assert_absent (body, (const char *[]) { "+++", "dropcap", "[#image", "{:", "legacyType", "](", "https://", "*",
                                          NULL });
  /* A link's words map to themselves, inside the brackets; an escape in
   * emphasis to the escape. */
  w = strstr (text, "a paper about");
  dossier_article_text_to_file (a, w - text, w - text + strlen ("a paper"), &fs, &fe);
  g_assert_cmpmem (html + fs, fe - fs, "a paper", 7);
  g_assert_cmpint (html[fs - 1], ==, '[');
  w = strstr (text, "Earth\u2019s");
  dossier_article_text_to_file (a, w - text, w - text + strlen ("Earth\u2019s"), &fs, &fe);
  g_assert_cmpmem (html + fs, fe - fs, "Earth\\u2019s", 12);
  g_assert_cmpint (html[fs - 1], ==, '*');
}

/* A page drawn by a framework's scripts keeps its story in the state data
 * it hydrates from, as escaped markup under "contentHtml": the longest such
 * string is the story (not the teaser's), its paragraphs and heading kept,
 * its pictures' captions and an advertisement's placeholder left out, each
 * character mapped to the bytes it came from. */
static void
test_state_json_body (void)
{
  gsize len, fs, fe;
  g_autofree char *html = read_fixture ("state-rendered.html", &len);
  g_autoptr(DossierArticle) a = parse_bytes ("state-rendered.html", html, len);
  const char *body = dossier_article_get_body (a);
  const char *text = dossier_article_get_text (a);
  const char *w;

  g_assert_nonnull (body);
  g_assert_cmpstr (dossier_article_get_title (a), ==, "Ferry timetable doubles on the island route");
  g_assert_true (g_str_has_prefix (body, "The island ferry will sail twice as often from April, the harbour board"));
  g_assert_true (g_str_has_suffix (body, "look again at the timetable in October."));
  g_assert_nonnull (strstr (body, "north pier.\n\nThe board's chair, Ines Moreau,"));
  g_assert_nonnull (strstr (body, "twenty minutes\".\n\nFares stay the same\n\nTickets will keep"));
  g_assert_null (strstr (body, "Photo: Dana Reyes"));
  g_assert_null (strstr (body, "Queues at the pier"));
  g_assert_null (strstr (body, "INLINE_AD"));
  g_assert_null (strstr (body, "Twice as many sailings"));
  g_assert_null (strstr (body, "u003c"));

  /* Plain words map to themselves, escapes to the whole escape. */
  w = strstr (text, "Moreau");
  dossier_article_text_to_file (a, w - text, w - text + 6, &fs, &fe);
  g_assert_cmpmem (html + fs, fe - fs, "Moreau", 6);
  w = strstr (text, "board's chair");
  dossier_article_text_to_file (a, w - text + 5, w - text + 6, &fs, &fe);
  g_assert_cmpmem (html + fs, fe - fs, "\\u0027", 6);
}

/* The same as PHP's json_encode() writes it: end tags "<\/p>", the
 * attributes' quotes escaped inside a tag ("<figure class=\"image\">"),
 * which end neither the string nor the story. */
static void
test_json_ld_body_escaped (void)
{
  gsize len;
  g_autofree char *html = read_fixture ("app-rendered-php.html", &len);
  g_autoptr(DossierArticle) a = parse_bytes ("app-rendered-php.html", html, len);
  const char *body = dossier_article_get_body (a);
  guint paragraphs = 1;

  g_assert_cmpstr (dossier_article_get_title (a), ==, "Neue Fährverbindung zur Insel");
  g_assert_true (g_str_has_prefix (body, "Vom Juni an fährt eine zweite Fähre"));
  g_assert_true (g_str_has_suffix (body, "die morgens zum Festland müssen."));
  for (const char *p = body; (p = strstr (p, "\n\n")) != NULL; p += 2)
    paragraphs++;
  g_assert_cmpuint (paragraphs, ==, 3);
  g_assert_null (strchr (body, '<'));
  g_assert_null (strstr (body, "example.org"));
}

/* Without its date line, the page's only date is one its story tells of,
 * set in bold inside a paragraph: not the publication date. */
static void
test_date_in_prose (void)
{
  gsize len;
  g_autofree char *html = read_fixture ("rathaus-de.html", &len);
  char *line = strstr (html, "<div class=\"info\">");
  char *line_end = line ? strstr (line, "</div>") : NULL;
  g_autoptr(DossierArticle) a = NULL;

  g_assert_nonnull (line_end);
  memset (line, ' ', line_end + strlen ("</div>") - line);
  a = parse_bytes ("rathaus-de.html", html, len);
  g_assert_cmpstr (dossier_article_get_title (a), ==, "Neue Fähre für den Stadthafen");
  g_assert_null (dossier_article_get_date (a));
  assert_offsets (a, html, len, NULL);
}

/* "Updated …, first published …" on one line: the publication date is
 * the second; an update alone is the date only when nothing else says
 * one. */
static void
test_updated_line (void)
{
  gsize len;
  g_autofree char *html = read_fixture ("county-updated.html", &len);
  g_autofree char *one = replace_once (html, "<span>Updated: June 3, 2024</span> <span>Published: June 1, 2024</span>",
                                       "Updated June 3, 2024, first published June 1, 2024");
  g_autofree char *alone = replace_once (html, " <span>Published: June 1, 2024</span>", "");
  g_autoptr(DossierArticle) a = parse_bytes ("county-updated.html", one, strlen (one));
  g_autoptr(DossierArticle) b = parse_bytes ("county-updated.html", alone, strlen (alone));

  g_assert_cmpstr (dossier_article_get_date (a), ==, "2024-06-01");
  g_assert_cmpstr (dossier_article_get_date (b), ==, "2024-06-03");
  assert_offsets (a, one, strlen (one), NULL);
}

/* Blogger's permalink holds an hAtom <abbr class="published"> whose title
 * is the date and whose text the time of day. */
static void
test_hatom_published (void)
{
  gsize len;
  g_autofree char *html = read_fixture ("shed-blog.html", &len);
  g_autofree char *page = NULL;
  char *t = strstr (html, "<time");
  char *t_end = t ? strstr (t, "</time>") : NULL;
  g_autoptr(DossierArticle) a = NULL;

  g_assert_nonnull (t_end);
  *t = '\0';
  page = g_strconcat (html, "<abbr class=\"published\" title=\"2023-04-16T18:02:00+01:00\">6:02 PM</abbr>",
                      t_end + strlen ("</time>"), NULL);
  a = parse_bytes ("shed-blog.html", page, strlen (page));
  g_assert_cmpstr (dossier_article_get_date (a), ==, "2023-04-16T18:02:00+01:00");
  assert_offsets (a, page, strlen (page), NULL);
}

/* A date alone just above the headline is the story's; the masthead's,
 * above the article's region, never is. */
static void
test_date_above_headline (void)
{
  gsize len;
  g_autofree char *html = read_fixture ("kurier-near.html", &len);
  char *line = strstr (html, "<div class=\"autorzeile\">");
  char *line_end = line ? strstr (line, "</div>") : NULL;

  g_assert_nonnull (line_end);
  memset (line, ' ', line_end + strlen ("</div>") - line);
  {
    g_autoptr(DossierArticle) a = parse_bytes ("kurier-near.html", html, len);

    g_assert_null (dossier_article_get_date (a));
    g_assert_cmpstr (dossier_article_get_page_date (a), ==, "2023-12-04");
  }
  {
    char *h1 = strstr (html, "<h1>");
    g_autofree char *head = g_strndup (html, h1 - html);
    g_autofree char *page = g_strconcat (head, "<div class=\"datum\">28.11.2023</div>", h1, NULL);
    g_autoptr(DossierArticle) a = parse_bytes ("kurier-near.html", page, strlen (page));
    /* … or above the section's name above it. */
    g_autofree char *page2 = g_strconcat (head, "<div class=\"info\"><span>28.11.2023</span> <span>Verkehr</span></div>",
                                          h1, NULL);
    g_autoptr(DossierArticle) a2 = parse_bytes ("kurier-near.html", page2, strlen (page2));

    g_assert_cmpstr (dossier_article_get_date (a), ==, "2023-11-28");
    assert_offsets (a, page, strlen (page), NULL);
    g_assert_cmpstr (dossier_article_get_date (a2), ==, "2023-11-28");
    assert_offsets (a2, page2, strlen (page2), NULL);
  }
}

/* "<span class=time-rubric>Mar 4, 2024</span></div><h1>": a date that is
 * the last thing above the headline is the story's, even in a banner
 * outside the article's region; one with a line between them is not, and
 * the masthead's date by the logo stays the page's. */
static void
test_date_on_headline (void)
{
  struct { const char *between, *date; } cases[] = {
    { "", "2024-03-04" },
    { "<p class=\"dek\">Our weekly letter from the waterfront</p>", NULL },
  };
  gsize len;
  g_autofree char *html = read_fixture ("harbor-banner.html", &len);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *h1 = g_strconcat (cases[i].between, "<h1>", NULL);
      g_autofree char *page = replace_once (html, "<h1>", h1);
      g_autoptr(DossierArticle) a = parse_bytes ("harbor-banner.html", page, strlen (page));

      g_assert_cmpstr (dossier_article_get_title (a), ==, "Harbor Notes: Ferry fares rise in April");
      g_assert_cmpstr (dossier_article_get_date (a), ==, cases[i].date);
      g_assert_cmpstr (dossier_article_get_page_date (a), ==, "2024-03-11");
      assert_offsets (a, page, strlen (page), NULL);
    }
}

/* A short <h1> that is the part of og:title after its colon is the
 * headline, and so is its first part before a pipe; a first part before
 * a dash, shorter than the rest, is not. */
static void
test_short_headline (void)
{
  struct { const char *og, *h1, *title; } cases[] = {
    { "Boiler failure at Mill Lane primary school: Term starts late", "Term starts late", "Term starts late" },
    { "Mill Lane news – Term starts a week late after boiler fails", "Mill Lane news",
      "Mill Lane news – Term starts a week late after boiler fails" },
    /* Before a pipe, the rest is the site's. */
    { "Term starts late | Mill Lane primary school news", "Term starts late", "Term starts late" },
  };
  gsize len;
  g_autofree char *html = read_fixture ("weekly-kicker.html", &len);
  char *h1 = strstr (html, "<h1");
  char *h1_end = strstr (html, "</h1>") + strlen ("</h1>");
  g_autofree char *head = g_strndup (html, h1 - html);
  g_auto(GStrv) og = g_strsplit (head, "content=\"Schools: Term starts a week late after boiler fails\"", 2);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *page = g_strdup_printf ("%scontent=\"%s\"%s<h1>%s</h1>%s", og[0], cases[i].og, og[1],
                                               cases[i].h1, h1_end);
      g_autoptr(DossierArticle) a = parse_bytes ("weekly-kicker.html", page, strlen (page));

      g_assert_cmpstr (dossier_article_get_title (a), ==, cases[i].title);
      assert_offsets (a, page, strlen (page), NULL);
    }
}

/* An <h1> that goes on after og:title, past a colon or a dash, is the
 * whole headline; one that goes on past a pipe adds the site's name. An
 * <h1> that stops where og:title opens a bracket is the headline. */
static void
test_headline_says_more (void)
{
  struct { const char *og, *h1, *title; } cases[] = {
    { "Ferry talks resume as union names its price", "Ferry talks resume as union names its price: six per cent",
      "Ferry talks resume as union names its price: six per cent" },
    { "Ferry talks resume as union names its price", "Ferry talks resume as union names its price | Harbour News",
      "Ferry talks resume as union names its price" },
    /* A date as the title's first part is no part of the headline; a
     * range of days is. */
    { "02.03.2024 | Ferry talks resume – union names its price", "02.03.2024 | Ferry talks resume – union names its price",
      "Ferry talks resume – union names its price" },
    { "Harbour report for 14. - 20. January 2024", "Harbour report for 14. - 20. January 2024",
      "Harbour report for 14. - 20. January 2024" },
    /* … and a site's name in brackets after og:title is no part of it. */
    { "Ferry talks resume – union names its price (Harbour Gazette online)", "Ferry talks resume – union names its price",
      "Ferry talks resume – union names its price" },
  };
  gsize len;
  g_autofree char *html = read_fixture ("gazette-dash.html", &len);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *og = g_strdup_printf ("content=\"%s\"", cases[i].og);
      g_autofree char *h1 = g_strdup_printf ("<h1>%s</h1>", cases[i].h1);
      g_autofree char *p1 = replace_once (html, "content=\"Ferry talks resume &#8211; union names its price\"", og);
      g_autofree char *page = replace_once (p1, "<h1>Ferry talks resume &#8211; union names its price</h1>", h1);
      g_autoptr(DossierArticle) a = parse_bytes ("gazette-dash.html", page, strlen (page));

      g_assert_cmpstr (dossier_article_get_title (a), ==, cases[i].title);
      assert_offsets (a, page, strlen (page), NULL);
    }
}

/* A last part of the title that is the byline is no part of the
 * headline; another one stays. */
/* shed-blog.html without its <time>, @head_extra (a link, a meta tag)
 * added to its <head>: a page whose date can only come from that. */
static char *
shed_blog_undated (const char *head_extra)
{
  gsize len;
  g_autofree char *html = read_fixture ("shed-blog.html", &len);
  char *t = strstr (html, "<time");
  char *t_end = t ? strstr (t, "</time>") : NULL;
  char *head_end = strstr (html, "</head>");
  g_autofree char *a1 = NULL, *a2 = NULL;

  g_assert_nonnull (t_end);
  g_assert_true (head_end < t);
  a1 = g_strndup (html, head_end - html);
  a2 = g_strndup (head_end, t - head_end);
  return g_strconcat (a1, head_extra, a2, t_end + strlen ("</time>"), NULL);
}

/* With no date in the page but its <title>'s first or last part ("16.04.2023
 * | Mending …"), or the day and a dash opening the story or the paragraph
 * after its standfirst ("16.04.2023 – The front tyre …"): that day. A date
 * inside the first sentence is no such opening. */
static void
test_title_lead_date (void)
{
  struct { const char *title, *lead, *date; } cases[] = {
    { "16.04.2023 | Mending a wheelbarrow tyre", NULL, "2023-04-16" },
    { "Mending a wheelbarrow tyre - 16 April 2023", NULL, "2023-04-16" },
    { NULL, "<p>16.04.2023 – The front tyre", "2023-04-16" },
    { NULL, "<p>April 16, 2023 - The front tyre", "2023-04-16" },
    { NULL, "<p><strong>A flat tyre for the third time.</strong></p>\n<p>16.04.2023 — The front tyre", "2023-04-16" },
    { NULL, "<p>On 16.04.2023 the front tyre", NULL },
    { NULL, "<p>16.04.2023: The front tyre", NULL },
  };
  gsize len;
  g_autofree char *html = read_fixture ("shed-blog.html", &len);
  char *t = strstr (html, "<time");
  char *t_end = t ? strstr (t, "</time>") : NULL;
  char *title = strstr (html, "<title>");
  char *title_end = strstr (html, "</title>");
  char *p = strstr (html, "<p>The front tyre");

  g_assert_nonnull (t_end);
  g_assert_nonnull (p);
  g_assert_true (title < title_end && title_end < t && t < p);
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *a1 = g_strndup (html, title - html);
      g_autofree char *a2 = g_strndup (title_end, t - title_end);
      g_autofree char *a3 = g_strndup (t_end + strlen ("</time>"), p - t_end - strlen ("</time>"));
      g_autofree char *page = g_strconcat (a1, "<title>", cases[i].title ? cases[i].title : "Mending a wheelbarrow tyre",
                                           a2, a3, cases[i].lead ? cases[i].lead : "<p>The front tyre",
                                           p + strlen ("<p>The front tyre"), NULL);
      g_autoptr(DossierArticle) a = parse_bytes ("shed-blog.html", page, strlen (page));

      g_assert_cmpstr (dossier_article_get_title (a), ==, "Mending a wheelbarrow tyre");
      g_assert_cmpstr (dossier_article_get_date (a), ==, cases[i].date);
      assert_offsets (a, page, strlen (page), NULL);
    }
}

/* The publication's meta tag behind a plug-in's or a vendor's prefix. */
static void
test_meta_date_prefixed (void)
{
  struct { const char *tag, *date; } cases[] = {
    { "<meta name=\"w-published-date\" content=\"2023-04-16T06:03:43.274Z\">", "2023-04-16T06:03:43Z" },
    { "<meta property=\"shareaholic:article_published_time\" content=\"2023-04-16\">", "2023-04-16" },
    { "<meta name=\"w-modified-date\" content=\"2023-04-16\">", NULL },
    { "<meta name=\"my-very-long-vendor-published-date\" content=\"2023-04-16\">", NULL },
  };
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *page = shed_blog_undated (cases[i].tag);
      g_autoptr(DossierArticle) a = parse_bytes ("shed-blog.html", page, strlen (page));

      g_assert_cmpstr (dossier_article_get_date (a), ==, cases[i].date);
    }
}

/* A book's number or an address's digits after the story are no
 * telephone number: the line is the story's, not the site's ask. A real
 * number in a short ask still is. */
static void
test_phone_like_numbers (void)
{
  struct { const char *line; gboolean kept; } cases[] = {
    { "The tyre came with a booklet, Wheelbarrows Explained, ISBN 1-86953-776-9.", TRUE },
    { "The maker's notes are at https://tyres.example.org/s43016-021-00400-y for anyone curious.", TRUE },
    { "Call the shop on 0406 843 243 to order one.", FALSE },
  };
  gsize len;
  g_autofree char *html = read_fixture ("shed-blog.html", &len);
  const char *end = strstr (html, "and the robin stays.</p>");

  g_assert_nonnull (end);
  end += strlen ("and the robin stays.</p>");
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *head = g_strndup (html, end - html);
      g_autofree char *page = g_strconcat (head, "\n<p>", cases[i].line, "</p>", end, NULL);
      g_autoptr(DossierArticle) a = parse_bytes ("shed-blog.html", page, strlen (page));
      g_autofree char *body = g_strstrip (g_strdup (dossier_article_get_body (a)));

      g_assert_cmpint (g_str_has_suffix (body, cases[i].line), ==, cases[i].kept);
      g_assert_true (cases[i].kept || g_str_has_suffix (body, "and the robin stays."));
    }
}

/* broken-save-script.html: a save that lost a <script> tag in the page's
 * head shows the script's text above the story. It reads as no story's
 * first paragraph, so the body still starts at the dateline's sentence. */
static void
test_script_text_at_top (void)
{
  gsize len;
  g_autofree char *html = read_fixture ("broken-save-script.html", &len);
  g_autoptr(DossierArticle) a = parse_bytes ("broken-save-script.html", html, len);
  g_autofree char *body = g_strstrip (g_strdup (dossier_article_get_body (a)));

  g_assert_cmpstr (dossier_article_get_title (a), ==, "Harbour ferry returns to service after repairs");
  g_assert_true (g_str_has_prefix (body, "The harbour ferry carried its first passengers"));
  g_assert_null (strstr (body, "function"));
  g_assert_null (strstr (body, "return false"));
  g_assert_true (g_str_has_suffix (body, "the ferry office said."));
}

/* wire-short-story-links.html: a short story's four paragraphs in a box
 * left open, so that the list of other headlines after it falls inside
 * the box and holds more of its text than the story. The box is no list of
 * links: the story is found, and the headlines stay out. */
static void
test_short_story_before_links (void)
{
  gsize len;
  g_autofree char *html = read_fixture ("wire-short-story-links.html", &len);
  g_autoptr(DossierArticle) a = parse_bytes ("wire-short-story-links.html", html, len);
  g_autofree char *body = g_strstrip (g_strdup (dossier_article_get_body (a)));

  g_assert_cmpstr (dossier_article_get_title (a), ==, "Ferry Crew Rescues Two Kayakers Off Point Reyes");
  g_assert_true (g_str_has_prefix (body, "The crew of a morning ferry pulled two kayakers"));
  g_assert_true (g_str_has_suffix (body, "when they go past the point."));
  g_assert_null (strstr (body, "Surfers Return"));
  g_assert_null (strstr (body, "Published"));
  assert_offsets (a, html, len, NULL);
}

/* table-layout-br-story.html: a 2008 sports site's layout table, the
 * story set in a box between line breaks (no <p>) and a longer table of
 * other headlines after it in the same cell. The cell is no list of links:
 * the story's runs of text are its paragraphs. */
static void
test_story_between_breaks (void)
{
  gsize len;
  g_autofree char *html = read_fixture ("table-layout-br-story.html", &len);
  g_autoptr(DossierArticle) a = parse_bytes ("table-layout-br-story.html", html, len);
  g_autofree char *body = g_strstrip (g_strdup (dossier_article_get_body (a)));

  g_assert_cmpstr (dossier_article_get_title (a), ==, "Ferry crew rescues two kayakers off the point");
  g_assert_true (g_str_has_prefix (body, "The crew of a morning ferry pulled two kayakers"));
  g_assert_true (g_str_has_suffix (body, "when they go past the point."));
  g_assert_null (strstr (body, "Harbour Manager"));
  g_assert_null (strstr (body, "Latest news"));
  g_assert_null (strstr (body, "Regatta"));
  assert_offsets (a, html, len, NULL);
}

/* A story of four short sentences between line breaks after a column of
 * a dozen headlines whose table was left open (a row opened in a row), so
 * that the story's box falls inside the table of links: the table holds
 * more text in links than out of them and less than a short story's worth
 * of paragraphs, yet the box of the sentences (no link in it) is a story. */
static void
test_short_story_beside_links (void)
{
  g_autoptr(GString) page = g_string_new (
    "<html><head><title>Ferry company adds a winter timetable</title></head><body>\n"
    "<td valign=top><table><tr><td valign=top><li></li></td><td><a href=\"/news/\">More harbour news</a>"
    "<br><br></td></tr><tr><td valign=top><li></li>\n");
  g_autoptr(DossierArticle) a = NULL;
  g_autofree char *body = NULL;

  for (guint i = 0; i < 9; i++)
    g_string_append_printf (page, "<tr><td valign=top><li></li></td><td><a href=\"/story/%u/\">Harbour news headline "
                            "number %u of the day</a></td></tr>\n", i, i);
  g_string_append (page,
    "<div style=\"text-align: justify\">The ferry company says it will run a winter timetable on the island "
    "route from the first Monday of next month. <br />\nBoats will leave every two hours.<br />\n"
    "The first boat will still leave the harbour at six in the morning, and the last one at ten at night.<br />\n"
    "The company says fewer passengers travel in the winter months, when the island's hotels close.</div>\n");
  a = parse_bytes ("short-beside-links.html", page->str, page->len);
  body = g_strstrip (g_strdup (dossier_article_get_body (a)));
  g_assert_true (g_str_has_prefix (body, "The ferry company says it will run a winter timetable"));
  g_assert_true (g_str_has_suffix (body, "when the island's hotels close."));
  g_assert_null (strstr (body, "headline number"));
  assert_offsets (a, page->str, page->len, NULL);
}

/* What a page sets after the story's last paragraph, in its column: a link
 * to the story's next page at the end of that paragraph, other stories'
 * headlines under a label (lines of links between <br>s), the local
 * weather's box, teasers of other stories ("… Read") and a copyright
 * notice longer than the short ones. All of them leave the body; a
 * series of linked names set apart by commas, the writer's thanks,
 * stays, and so does a word "continue" linked inside a sentence. */
static void
test_story_tail_furniture (void)
{
  static const char *story =
    "<p>The ferry company said on Monday it would add a second boat to the island route next summer, "
    "when the harbour works end.</p>"
    "<p>Passengers have waited up to two hours in the queue on the busiest days, the company said, "
    "and the council had asked it to act before the season.</p>"
    "<p>The second boat, bought from a company in Norway, carries four hundred passengers and sixty cars. It "
    "will sail every hour from seven in the morning, the timetable published on Monday shows.</p>"
    "<p>Islanders welcomed the news but said the fares, which rose last spring, were still too high for "
    "families who cross every day to work or to school on the mainland.</p>";
  struct { const char *tail, *ends, *gone; } cases[] = {
    { "<p>\"We listened to the islanders,\" said the company's director, Ana Ruiz.&nbsp; <span class=\"label\">"
      "<strong><a href=\"javascript:goToPage(2);\">Continued...</a></strong></span></p>",
      "said the company's director, Ana Ruiz.", "Continued" },
    { "<p>\"We listened to the islanders,\" said the company's director, Ana Ruiz.</p>"
      "<div id=\"headline\"><b>Harbour Headlines</b><br></div> Bridge closed for repairs<br>"
      "<a href=\"/a\">Council approves the new marina after a long debate</a><br>"
      "<a href=\"/b\">Fishing boats return early as the storm nears the coast</a><br>"
      "<a href=\"/c\">Lighthouse keeper retires after forty years on the rock</a><br>"
      "<a href=\"/d\">School trips to the island resume in the spring term</a><br>"
      "<a href=\"/e\">Harbour fees rise for the first time in a decade</a><br>",
      "said the company's director, Ana Ruiz.", "Headlines" },
    { "<p>\"We listened to the islanders,\" said the company's director, Ana Ruiz.</p>"
      "<div id=\"weatherbox\"><h3>Island Weather</h3><p>Current Temp 39 &deg;F</p><p>Partly Cloudy</p>"
      "<p>Wind : From the North at 13 MPH</p></div>",
      "said the company's director, Ana Ruiz.", "Cloudy" },
    { "<p>\"We listened to the islanders,\" said the company's director, Ana Ruiz.</p>"
      "<div class=\"teasers\"><h2><a href=\"/news/marina\">Marina plan approved</a></h2><p>The council approved the "
      "new marina on Tuesday after a debate that lasted into the night. <a href=\"/news/marina\">Read</a></p>"
      "<h2><a href=\"/news/storm\">Boats back early</a></h2><p>The fishing fleet returned a day early as the storm "
      "neared the coast. <a href=\"/news/storm\">Read</a></p></div>",
      "said the company's director, Ana Ruiz.", "marina" },
    { "<p>\"We listened to the islanders,\" said the company's director, Ana Ruiz.</p>"
      "<p>&copy; 2008 Harbour Media Ltd, All Rights Reserved. Harbour Times is a trademark of Harbour Media. All "
      "photographs, maps and illustrations are the property of their respective holders and may not be copied, "
      "stored or sent on without the written permission of the owners of the rights in them, whatever the "
      "medium and whatever the purpose of the copy.</p>",
      "said the company's director, Ana Ruiz.", "Rights" },
    { "<p>\"We listened to the islanders,\" said the company's director, Ana Ruiz.</p>"
      "<h3>Like this:</h3><div class=\"likes\"><span>Like</span> <span>Loading\u2026</span></div>",
      "said the company's director, Ana Ruiz.", "Loading" },
    { "<p>\"We listened to the islanders,\" said the company's director, Ana Ruiz.</p>"
      "<p>Folgen Sie uns auf Twitter und auf Facebook.</p><h3>Schon gelesen?</h3>",
      "said the company's director, Ana Ruiz.", "Folgen" },
    { "<p>\"We listened to the islanders,\" said the company's director, Ana Ruiz.</p>"
      "<p>(Visited 1,902 times, 364 visits today)</p>",
      "said the company's director, Ana Ruiz.", "Visited" },
    { "<p>\"We listened to the islanders,\" said the company's director, Ana Ruiz.</p>"
      "<p>(C) 2008 Harbour Media Ltd. All rights reserved. Harbour Times and Island Link are trademarks of Harbour "
      "Media Ltd. All other products and brand names are trademarks of their respective holders, and no part of "
      "this page may be copied, stored or sent on without the written permission of the owners.</p>",
      "said the company's director, Ana Ruiz.", "trademarks" },
    { "<p>With thanks to <a href=\"/u/1\">Ana Ruiz</a>, <a href=\"/u/2\">Tom Brandt</a>, <a href=\"/u/3\">Lea "
      "Weber</a>, <a href=\"/u/4\">Ian Moss</a>, <a href=\"/u/6\">Eva Lindqvist</a>, <a href=\"/u/7\">Marco "
      "Bellini</a>, <a href=\"/u/8\">Nadia Haddad</a>, <a href=\"/u/9\">Piotr Nowak</a>, <a href=\"/u/10\">Sara "
      "Costa</a>, <a href=\"/u/11\">Jonas Berg</a>, <a href=\"/u/12\">Aiko Tanaka</a>, <a href=\"/u/13\">Liam "
      "Byrne</a>, <a href=\"/u/14\">Chloé Martin</a>, <a href=\"/u/15\">Omar Farouk</a>, <a href=\"/u/16\">Greta "
      "Olsen</a>, <a href=\"/u/17\">Diego Ramos</a>, <a href=\"/u/18\">Hana Novak</a>, <a href=\"/u/19\">Ravi "
      "Menon</a>, <a href=\"/u/20\">Zoe Clarke</a> and <a href=\"/u/5\">Kim Lee</a></p>",
      "and Kim Lee", NULL },
    { "<p>If the boat is full, press <a href=\"/help/continue\">continue</a> to book the next one, the company "
      "said.</p>",
      "press continue to book the next one, the company said.", NULL },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *page = g_strdup_printf ("<html><head><title>Ferry company adds a second boat</title></head>"
                                               "<body><table><tr><td class=\"columncenter\"><div class=\"storybody\">"
                                               "%s%s</div></td></tr></table></body></html>", story, cases[i].tail);
      g_autoptr(DossierArticle) a = parse_bytes ("tail.html", page, strlen (page));
      g_autofree char *body = g_strstrip (g_strdup (dossier_article_get_body (a)));

      g_test_message ("case %u: …%s", i, body + MAX (0, (int) strlen (body) - 60));
      g_assert_true (g_str_has_prefix (body, "The ferry company said on Monday"));
      g_assert_true (g_str_has_suffix (body, cases[i].ends));
      if (cases[i].gone)
        g_assert_null (strstr (body, cases[i].gone));
      assert_offsets (a, page, strlen (page), NULL);
    }
}

/* Dates that only a page's own details give, each the last resort: the one
 * <time> of an <aside> of details in the <article> (with more in it than
 * the short asides in_furniture_above_story() reads), a Drupal
 * "submitted" line ("Submitted by …", "Gespeichert von … am …", above
 * the story or under it, which it then leaves) and an hAtom "updated"
 * title. An aside with two times,
 * or a time in a linked item, is a list of other stories. */
static void
test_date_details_fallbacks (void)
{
  static const char *story =
    "<p>The ferry company said on Monday it would add a second boat to the island route next summer, "
    "when the harbour works end, and that the fares would not rise this year.</p>"
    "<p>Passengers have waited up to two hours in the queue on the busiest days, the company said, "
    "and the council had asked it to act before the season.</p>"
    "<p>Islanders welcomed the news but said the fares, which rose last spring, were still too high for "
    "families who cross every day to work or to school on the mainland.</p>";
  static const char *share =
    "<div class=\"meta__row--source\"><strong>Source:</strong> Harbour Media, photographs by the ferry company "
    "and by readers who sent them in</div><ul class=\"social\"><li><a href=\"https://facebook.example/s\">"
    "Facebook</a></li><li><a href=\"https://twitter.example/s\">Twitter</a></li><li><a href=\"mailto:?\">Mail"
    "</a></li></ul>";
  struct { const char *before, *after, *date; } cases[] = {
    { "<aside class=\"meta\"><div class=\"meta__row--posted\"><p><time datetime=\"2022-01-21\">21.01.2022 - 13:30"
      "</time></p></div>%s</aside>", "", "2022-01-21" },
    { "<aside class=\"meta\"><p><time datetime=\"2022-01-21\">21.01.2022</time></p><p><time datetime=\"2022-01-25\">"
      "25.01.2022</time></p>%s</aside>", "", NULL },
    { "<aside class=\"meta\"><ul><li><a href=\"/other\"><time datetime=\"2022-01-21\">21.01.2022</time> Other "
      "story</a></li></ul>%s</aside>", "", NULL },
    { "<div class=\"submitted\">Submitted by harbourdesk on Tue, 15 March 2016 - 10:00</div>", "", "2016-03-15" },
    { "<div class=\"submitted\">Gespeichert von rasos am 24. Juli 2017 - 18:55</div>", "", "2017-07-24" },
    { "", "<div class=\"submitted\">Gespeichert von rasos am 24. Juli 2017 - 18:55</div>", "2017-07-24" },
    { "", "<div class=\"submitted\">Submitted by harbourdesk on Tue, 15 March 2016 - 10:00</div>", "2016-03-15" },
    { "<span class=\"updated\" title=\"2013-04-04T18:52:11+00:00\"></span>%s", "", "2013-04-04T18:52:11+00:00" },
    /* The aside's date as the text of an element named "date", and a
     * citation date in PubMed Central's words. */
    { "<aside role=\"complementary\" class=\"side-col\"><p class=\"ForefrontArticle_date__0aODL\">May 25, 2023</p>"
      "%s</aside>", "", "2023-05-25" },
    { "<aside role=\"complementary\"><p class=\"date\">May 25, 2023</p><p class=\"date\">June 1, 2023</p>%s"
      "</aside>", "", NULL },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      /* The share box goes where the case says "%s". */
      g_auto(GStrv) parts = g_strsplit (cases[i].before, "%s", 2);
      g_autofree char *before = g_strjoinv (share, parts);
      g_autofree char *page = g_strdup_printf ("<html><head><title>Ferry company adds a second boat</title></head>"
                                               "<body><main><article><h1>Ferry company adds a second boat</h1>%s"
                                               "<div class=\"article__body\">%s%s</div></article></main></body>"
                                               "</html>", before, story, cases[i].after);
      g_autoptr(DossierArticle) a = parse_bytes ("details.html", page, strlen (page));
      g_autofree char *body = g_strstrip (g_strdup (dossier_article_get_body (a)));

      g_test_message ("case %u: %s", i, dossier_article_get_date (a) ? dossier_article_get_date (a) : "(none)");
      g_assert_cmpstr (dossier_article_get_date (a), ==, cases[i].date);
      g_assert_true (g_str_has_prefix (body, "The ferry company said on Monday"));
      g_assert_true (g_str_has_suffix (body, "to school on the mainland."));
      assert_offsets (a, page, strlen (page), NULL);
    }

  /* PubMed Central's citation date, in its own words. */
  {
    g_autofree char *page = g_strdup_printf ("<html><head><title>Walking lifts the mood</title><meta "
                                             "name=\"citation_publication_date\" content=\"2023 Jan 7\"></head>"
                                             "<body><article><h1>Walking lifts the mood</h1>%s</article></body>"
                                             "</html>", story);
    g_autoptr(DossierArticle) a = parse_bytes ("citation.html", page, strlen (page));

    g_assert_cmpstr (dossier_article_get_date (a), ==, "2023-01-07");
  }
}

/* A town hall's page sets its short story bare in a column, one run of
 * text between the headline (a <p>, short and no sentence), the date line
 * and a row of <br>s; the column's only paragraph is that headline. The
 * run is the story, not the address in the footer. */
static void
test_bare_story_in_column (void)
{
  static const char *page =
    "<html><head><title>Home visits: two cars broken into</title></head><body>"
    "<div class=\"container\"><div class=\"row\"><div class=\"col-md-3\"><ul>"
    "<li><a href=\"/news?m=6\">June <span>(15)</span></a></li><li><a href=\"/news?m=5\">May <span>(5)</span></a></li>"
    "<li><a href=\"/news?m=4\">April <span>(7)</span></a></li></ul></div>"
    "<div class=\"col-md-9\"><p class=\"titulo\">Home visits: two cars broken into overnight</p>"
    "<small><b>05/10/2018</b> - Posted by: Ann Lee - Section: <a href=\"/news?cat=19\">Health</a></small><br><br>"
    "<img alt=\"\" src=\"/img/cars.jpeg\">The home visits team of the Harbour district found two of its five cars "
    "broken into this morning. The cars had been left without their batteries, and with their doors and windows "
    "damaged. A report was filed, and the police came to look at the damage. Patients booked for this morning are "
    "being given new times, and the health office expects the visits to be back to normal from this afternoon, "
    "once two cars lent by the hospital arrive. The team asks patients to call the office if no one has called "
    "them by noon.<br> <br> <br> <br> <br>"
    "<div class=\"row\"><a class=\"btn\" href=\"javascript:void(0);\">Facebook</a> <a class=\"btn\" "
    "href=\"javascript:void(0);\">Twitter</a></div></div></div></div>"
    "<div class=\"rodape\"><div class=\"container\"><div class=\"row\"><div class=\"col-md-12\"><div "
    "style=\"text-align: center;\">Harbour Town - HT - Reg: 83.102.459/0001-23 - 1111 Walter Street - Harbour - "
    "89259-565 - PO Box 421 - Phone: (047) 2106-8000</div></div></div></div></div></body></html>";
  g_autoptr(DossierArticle) a = parse_bytes ("bare-story.html", page, strlen (page));
  g_autofree char *body = g_strstrip (g_strdup (dossier_article_get_body (a)));

  g_assert_true (g_str_has_prefix (body, "The home visits team of the Harbour district"));
  g_assert_true (g_str_has_suffix (body, "if no one has called them by noon."));
  g_assert_null (strstr (body, "PO Box"));
  assert_offsets (a, page, strlen (page), NULL);
}

/* The card a script shows while the pointer rests on a name or a term,
 * set in the sentence and hidden by the style sheet ("rollover-people-
 * block", w3schools' "tooltiptext", "popover-body"), is not read; the
 * word the pointer rests on is ("<span class=tooltip>"). */
static void
test_hover_cards (void)
{
  static const char *page =
    "<html><head><title>Governor defends the ferry campaign</title></head><body><article>"
    "<h1>Governor defends the ferry campaign</h1>"
    "<p>Island Gov. <span class=\"rollover-people\"><a class=\"name\" href=\"/people/ann-lee\">Ann Lee</a>"
    "<span class=\"rollover-people-block\" id=\"rollover-people-187905\"><span class=\"rollover-block\"><span>"
    "<a class=\"name\" href=\"/people/ann-lee\">Ann Marie Lee</a></span><span class=\"related\">Governor "
    "doubles down on ferry campaign Island drops harbour fees after lawsuit</span></span></span></span> (R) is "
    "defending the launch of a campaign with the slogan \"Ferries, we're on it.\"</p>"
    "<p>The slogan drew a mix of criticism and ridicule on Monday, but Lee said the backlash showed that the "
    "<span class=\"tooltip\">timetable<span class=\"tooltiptext\">The list of sailings, published each "
    "spring.</span></span> was being read at last.</p>"
    "<p>\"People are talking about the boats,\" she said. <span class=\"popover-trigger\">The council"
    "<span class=\"popover-body\">Seven members, elected every four years.</span></span> meets on Friday.</p>"
    "</article></body></html>";
  g_autoptr(DossierArticle) a = parse_bytes ("hover.html", page, strlen (page));
  const char *body = dossier_article_get_body (a);

  g_assert_true (g_str_has_prefix (body, "Island Gov. Ann Lee (R) is defending the launch"));
  g_assert_nonnull (strstr (body, "showed that the timetable was being read at last."));
  g_assert_nonnull (strstr (body, "The council meets on Friday."));
  g_assert_null (strstr (body, "Ann Marie"));
  g_assert_null (strstr (body, "sailings"));
  g_assert_null (strstr (body, "Seven members"));
  assert_offsets (a, page, strlen (page), NULL);
}

/* A health site's line of who checked the piece ("Reviewed by Toni Golen,
 * MD, Editor in Chief, …", "Medically reviewed by …") above the story is a
 * credit, not its first paragraph, and not its byline either. */
static void
test_reviewer_line (void)
{
  const char *lines[] = {
    "<span>Reviewed by </span><a href=\"/authors/ana-ruiz\">Ana Ruiz, MD</a>, Editor in Chief, <em>Harbour "
    "Health Watch;</em> Editorial Advisory Board Member, Harbour Health Publishing; Contributor",
    "<span>Medically reviewed by </span><a href=\"/authors/tom-brandt\">Tom Brandt, PhD</a>, Professor of "
    "Psychiatry, Harbour University; member of the Harbour Health board of advisers",
    "Fact checked by <a href=\"/authors/lea-weber\">Lea Weber</a>, Research Editor, Harbour Health Publishing; "
    "Contributor to the Harbour Health Watch and to its weekly letter",
  };

  for (guint i = 0; i < G_N_ELEMENTS (lines); i++)
    {
      g_autofree char *page = g_strdup_printf (
        "<html><head><title>Walking lifts the mood</title><meta name=\"author\" content=\"Ian Moss\"></head><body>"
        "<article><h1>Walking lifts the mood</h1><div class=\"grid\"><address>By <a rel=\"author\" "
        "href=\"/authors/ian-moss\">Ian Moss</a>, Executive Editor</address><ul class=\"py-2\"><li "
        "class=\"inline\">%s</li></ul></div>"
        "<p>Walking every day can ease the symptoms of mild depression as well as anxiety, a review of many "
        "earlier studies suggests.</p><p>The analysis, published in February, used 97 earlier reviews involving "
        "more than 1,000 trials, and found the effect in people of every age.</p></article></body></html>",
        lines[i]);
      g_autoptr(DossierArticle) a = parse_bytes ("reviewer.html", page, strlen (page));

      g_assert_true (g_str_has_prefix (dossier_article_get_body (a), "Walking every day can ease"));
      g_assert_cmpstr (dossier_article_get_byline (a), ==, "Ian Moss");
      assert_offsets (a, page, strlen (page), NULL);
    }
}

/* Credits after the story, as wires and Canadian newsrooms set them: in
 * brackets ("(Reporting by …; Editing by …)"), "With files from …", "…
 * with files from …" without a full stop, "With a report from …", "Some
 * information for this report was provided by …". They leave the body; a
 * sentence of the story with the same words stays. */
static void
test_wire_credits (void)
{
  static const char *story =
    "<p>The ferry company said on Monday it would add a second boat to the island route next summer, "
    "when the harbour works end.</p>"
    "<p>Passengers have waited up to two hours in the queue on the busiest days, the company said, "
    "and the council had asked it to act before the season.</p>"
    "<p>Islanders welcomed the news but said the fares were still too high for families who cross every day.</p>";
  const char *credits[] = {
    "(Reporting by Ana Ruiz in Harbourtown; Editing by Tom Brandt)",
    "(Reporting by Ana Ruiz, Editing by Tom Brandt)",
    "With files from the Canadian Press",
    "Harbour Citizen with files from Lea Weber",
    "With a report from CTV Harbour's Ian Moss",
    "Some information for this report was provided by AFP and AP.",
  };

  for (guint i = 0; i < G_N_ELEMENTS (credits); i++)
    {
      g_autofree char *page = g_strdup_printf ("<html><head><title>Ferry company adds a second boat</title></head>"
                                               "<body><article><h1>Ferry company adds a second boat</h1>%s<p>%s</p>"
                                               "</article></body></html>", story, credits[i]);
      g_autoptr(DossierArticle) a = parse_bytes ("credits.html", page, strlen (page));
      g_autofree char *body = g_strstrip (g_strdup (dossier_article_get_body (a)));

      g_test_message ("credit %u", i);
      g_assert_true (g_str_has_suffix (body, "for families who cross every day."));
      assert_offsets (a, page, strlen (page), NULL);
    }

  {
    g_autofree char *page = g_strdup_printf ("<html><head><title>Ferry company adds a second boat</title></head>"
                                             "<body><article><h1>Ferry company adds a second boat</h1>%s"
                                             "<p>The clerk left the office with files from the archive.</p>"
                                             "</article></body></html>", story);
    g_autoptr(DossierArticle) a = parse_bytes ("credits.html", page, strlen (page));
    g_autofree char *body = g_strstrip (g_strdup (dossier_article_get_body (a)));

    g_assert_true (g_str_has_suffix (body, "with files from the archive."));
  }
}

/* A page with no <title> and no <h1>: the headline is the <h3> above the
 * story, past the tools' words beside their icons ("Print article",
 * "Refer to a friend"), the wire's mark and the story's time. */
static void
test_headline_past_tools (void)
{
  static const char *page =
    "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head><body><table><tr>"
    "<td class=\"rbox\"><a href=\"/world-news.htm\">World News</a><br /><h3 style=\"display:inline;\"><font "
    "face=\"Georgia\">Ferry company adds a second boat to the island route</font></h3><br />"
    "<table class=\"relmenue\"><tr><td><a href=\"print1.htm\"><img src=\"/printer.gif\" alt=\"Print\"></a></td>"
    "<td><font size=\"1\">Print article </font></td></tr><tr><td><a href=\"refer1.htm\"><img src=\"/mail.gif\" "
    "alt=\"Refer\"></a></td><td><font size=\"1\">Refer to a friend</font></td></tr></table>"
    "<div>&copy; AP</div> 2008-01-12 11:31:01 - <b></b><br /><br /><p>HARBOURTOWN (AP) - The ferry company said "
    "on Monday it would add a second boat to the island route next summer, when the harbour works end, and that "
    "fares would not rise.<br />Passengers have waited up to two hours in the queue on the busiest days, the "
    "company said, and the council had asked it to act before the season.<br />Islanders welcomed the news but "
    "said the fares were still too high for families who cross every day.</p></td></tr></table></body></html>";
  g_autoptr(DossierArticle) a = parse_bytes ("no-title.html", page, strlen (page));

  g_assert_cmpstr (dossier_article_get_title (a), ==, "Ferry company adds a second boat to the island route");
  g_assert_true (is_page_tools_line ("Refer to a friend"));
  g_assert_true (is_page_tools_line ("Print article"));
  g_assert_false (is_page_tools_line ("She told a friend she would print the article."));
  assert_offsets (a, page, strlen (page), NULL);
}

/* A byline element holding its label alone ("<p class=byline>By</p>")
 * leaves no names: no byline, and nothing read past the empty string's end
 * (the sanitizer build checks that). */
static void
test_byline_label_alone (void)
{
  gsize len;
  g_autofree char *html = read_fixture ("gazette-dash.html", &len);
  g_autofree char *page = replace_once (html, "<p class=\"byline\">By Tom Reed</p>", "<p class=\"byline\">By</p>");
  g_autoptr(DossierArticle) a = parse_bytes ("gazette-dash.html", page, strlen (page));

  g_assert_null (dossier_article_get_byline (a));
  g_assert_nonnull (dossier_article_get_title (a));
}

static void
test_title_byline_part (void)
{
  struct { const char *author, *title; } cases[] = {
    { "Ann Lee and Tom Reed", "Council sets out the new bus routes" },
    { "By Ann Lee and Tom Reed", "Council sets out the new bus routes" },
    { "Mary Hill", "Council sets out the new bus routes - Ann Lee and Tom Reed" },
  };
  gsize len;
  g_autofree char *html = read_fixture ("digest-authors.html", &len);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *meta = g_strdup_printf ("content=\"%s\"", cases[i].author);
      g_autofree char *page = replace_once (html, "content=\"Ann Lee and Tom Reed\"", meta);
      g_autoptr(DossierArticle) a = parse_bytes ("digest-authors.html", page, strlen (page));

      g_assert_cmpstr (dossier_article_get_title (a), ==, cases[i].title);
      assert_offsets (a, page, strlen (page), NULL);
    }
}

/* "Fixing a leaking tap - Home and Garden - Your Life": after the <h1>
 * that is the <title>'s first part, a trail of shorter parts is the
 * sections', not the rest of the headline; one longer part is. */
static void
test_title_section_trail (void)
{
  struct { const char *title, *h1, *out; } cases[] = {
    { "Fixing a leaking tap - Home and Garden - Your Life - Valley Almanac", "Fixing a leaking tap",
      "Fixing a leaking tap" },
    { "Home news - Fixing a leaking tap in half an hour - Valley Almanac", "Home news",
      "Home news - Fixing a leaking tap in half an hour" },
    { "Home news - Taps that drip - Pipes that knock - Valley Almanac", "Home news",
      "Home news - Taps that drip - Pipes that knock" },
  };
  gsize len;
  g_autofree char *html = read_fixture ("almanac-trail.html", &len);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *title = g_strdup_printf ("<title>%s</title>", cases[i].title);
      g_autofree char *h1 = g_strdup_printf ("<h1>%s</h1>", cases[i].h1);
      g_autofree char *p1 = replace_once (html, "<title>Fixing a leaking tap - Home and Garden - Your Life - Valley Almanac</title>",
                                          title);
      g_autofree char *page = replace_once (p1, "<h1>Fixing a leaking tap</h1>", h1);
      g_autoptr(DossierArticle) a = parse_bytes ("almanac-trail.html", page, strlen (page));

      g_assert_cmpstr (dossier_article_get_title (a), ==, cases[i].out);
      assert_offsets (a, page, strlen (page), NULL);
    }
}

/* The article's one <h1>, reworded from og:title, is the headline the
 * page shows; a JSON-LD headline keeps its trust. */
static void
test_title_reworded (void)
{
  struct { const char *h1, *head, *title; } cases[] = {
    { NULL, "", "Ferry talks resume as union names its price" },
    { NULL, "<script type=\"application/ld+json\">{\"@type\": \"NewsArticle\", \"headline\": "
      "\"Ferry talks to resume after union names its price\"}</script>",
      "Ferry talks to resume after union names its price" },
    /* Reworded beyond a few words: the headline shown is still the title. */
    { "Crews back at the table: what the union wants from the ferry operator", "",
      "Crews back at the table: what the union wants from the ferry operator" },
    /* A kicker before the tag's title in the <h1>, and an <h1> that is the
     * site's name: the tag's title. */
    { "<span class=\"kicker\">Islands</span> <span>Ferry talks to resume after union names its price</span>", "",
      "Ferry talks to resume after union names its price" },
    { "Islands Herald", "", "Ferry talks to resume after union names its price" },
  };
  gsize len;
  g_autofree char *html = read_fixture ("islands-reworded.html", &len);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *head = g_strdup_printf ("%s</head>", cases[i].head);
      g_autofree char *h1 = g_strdup_printf ("<h1>%s</h1>", cases[i].h1);
      g_autofree char *with_h1 = cases[i].h1 ? replace_once (html, "<h1>Ferry talks resume as union names its price</h1>", h1)
                                             : g_strdup (html);
      g_autofree char *page = replace_once (with_h1, "</head>", head);
      g_autoptr(DossierArticle) a = parse_bytes ("islands-reworded.html", page, strlen (page));

      g_assert_cmpstr (dossier_article_get_title (a), ==, cases[i].title);
      assert_offsets (a, page, strlen (page), NULL);
    }
}

/* A fixture with @original replaced by each case's text: the title each
 * case expects, and offsets that hold. */
typedef struct {
  const char *replacement;
  const char *title;
} TitleCase;

static void
check_title_cases (const char      *fixture,
                   const char      *original,
                   const TitleCase *cases,
                   gsize            n_cases)
{
  gsize len;
  g_autofree char *html = read_fixture (fixture, &len);

  for (gsize i = 0; i < n_cases; i++)
    {
      g_autofree char *page = replace_once (html, original, cases[i].replacement);
      g_autoptr(DossierArticle) a = parse_bytes (fixture, page, strlen (page));

      g_assert_cmpstr (dossier_article_get_title (a), ==, cases[i].title);
      assert_offsets (a, page, strlen (page), NULL);
    }
}

/* A date in a list under the headline is the post's when it links to
 * that day's archive, however the address writes the day; not when the
 * address names another day. */
static void
test_date_day_link_forms (void)
{
  struct { const char *href, *date; } cases[] = {
    { "https://hillside.example/2024/05/03/", "2024-05-03" },
    { "https://hillside.example/time/2024-05-03", "2024-05-03" },
    { "/archive?date=2024-05-03", "2024-05-03" },
    { "https://hillside.example/time/2024-05-04", NULL },
    { "/archive?date=2024-05-031", NULL },
  };
  gsize len;
  g_autofree char *html = read_fixture ("clinic-day-link.html", &len);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *page = replace_once (html, "https://hillside.example/2024/05/03/", cases[i].href);
      g_autoptr(DossierArticle) a = parse_bytes ("clinic-day-link.html", page, strlen (page));

      g_test_message ("%s", cases[i].href);
      g_assert_cmpstr (dossier_article_get_date (a), ==, cases[i].date);
    }
}

/* Blogger's date header, the first line of the post's own wrapper above
 * its <h3> headline, dates the post even when the story's region (a long
 * post, found on the first reading) leaves it out and no <h1> stands
 * above it; with other words between it and the headline in that wrapper,
 * it is the page's date, as before. */
static void
test_date_blog_header (void)
{
  const char *more = "<p>The broad beans sown in November look sulky but alive. The garlic is up, in its neat rows "
                     "by the path, and the rhubarb crowns have been given a barrow of muck each from the pile by the "
                     "gate, which has rotted down well over the autumn and smells of nothing much at all.";
  gsize len;
  g_autofree char *html = read_fixture ("blog-date-wrapper.html", &len);
  g_autofree char *longer = replace_once (html, "<p>The broad beans sown in November look sulky but alive.", more);
  g_autofree char *page = replace_once (longer, "<h1 class=\"title\"><a href=\"/\">Allotment diary</a></h1>",
                                        "<div class=\"title\"><a href=\"/\">Allotment diary</a></div>");
  g_autofree char *labelled = replace_once (page, "<div class=\"date-posts\">",
                                            "<div class=\"date-posts\"><p class=\"post-labels\">Filed under winter "
                                            "vegetables</p>");
  g_autoptr(DossierArticle) a = parse_bytes ("blog-date-wrapper.html", page, strlen (page));
  g_autoptr(DossierArticle) b = parse_bytes ("blog-date-wrapper.html", labelled, strlen (labelled));

  g_assert_true (g_str_has_prefix (dossier_article_get_body (a), "The first hard frost came on Thursday night"));
  g_assert_true (g_str_has_suffix (dossier_article_get_body (a), "smells of nothing much at all. Next week, weather "
                                   "permitting, the shed roof."));
  g_assert_cmpstr (dossier_article_get_date (a), ==, "2024-01-07");
  g_assert_null (dossier_article_get_page_date (a));
  g_assert_null (dossier_article_get_date (b));
  g_assert_cmpstr (dossier_article_get_page_date (b), ==, "2024-01-07");
}

/* A blog's post of a line under WordPress's likes ("Gefällt mir: Liken
 * Lade …"): the likes go, and the post stays an article, however short. */
static void
test_short_post_widget (void)
{
  const char *page =
    "<html><head><title>Glatteis | Notizen</title></head><body><div class=\"post\">"
    "<h1>Glatteis</h1><div class=\"post-content\"><p>Wer rutscht als N\u00e4chstes aus auf dem Glatteis? Ich wette, "
    "dass du es bist, sagte das Monster und lachte.</p>"
    "<div class=\"sharedaddy\"><h3>Gef\u00e4llt mir:</h3><span>Liken</span> <span>Lade \u2026</span></div>"
    "</div></div></body></html>";
  g_autoptr(DossierArticle) a = parse_bytes ("glatteis.html", page, strlen (page));

  g_assert_cmpstr (dossier_article_get_body (a), ==, "Wer rutscht als N\u00e4chstes aus auf dem Glatteis? Ich "
                   "wette, dass du es bist, sagte das Monster und lachte.");
}

/* A JSON-LD headline gives way to the <h1> that the <title> repeats (two
 * sources against one, whatever other <h1> the story has); a <title> that
 * repeats the JSON-LD headline keeps it, unless the og:title says what
 * the <h1> says (two against two, and the <h1> is shown). */
static void
test_title_confirmed (void)
{
  static const TitleCase cases[] = {
    { "<title>Bypass: council delays vote on the new lakeside road - Lakeside Courier</title>",
      "Bypass: council delays vote on the new lakeside road" },
    { "<title>Council delays vote on lakeside road - Lakeside Courier</title>", "Council delays vote on lakeside road" },
    { "<title>Council delays vote on lakeside road - Lakeside Courier</title>"
      "<meta property=\"og:title\" content=\"Bypass: council delays vote on the new lakeside road\">",
      "Bypass: council delays vote on the new lakeside road" },
    { "<title>Council delays vote on lakeside road - Lakeside Courier</title>"
      "<meta property=\"og:title\" content=\"Lakeside bypass vote put off until June\">",
      "Council delays vote on lakeside road" },
  };

  check_title_cases ("lakeside-jsonld.html", "<title>Bypass: council delays vote on the new lakeside road - "
                     "Lakeside Courier</title>", cases, G_N_ELEMENTS (cases));
}

/* An <h1> that says the og:title and goes on is the title; one that adds
 * the site's name after a pipe is not. */
static void
test_title_longer (void)
{
  static const TitleCase cases[] = {
    { "<h1>Reservoir falls to its lowest level since 1976 after dry spring</h1>",
      "Reservoir falls to its lowest level since 1976 after dry spring" },
    { "<h1>Reservoir falls to its lowest level since 1976 | Dale Gazette</h1>",
      "Reservoir falls to its lowest level since 1976" },
  };

  check_title_cases ("reservoir-longer.html", "<h1>Reservoir falls to its lowest level since 1976 after dry spring</h1>",
                     cases, G_N_ELEMENTS (cases));
}

/* A theme that sets the headline in a banner above the story's
 * <article>: the page's one <h1>, a line or two above the article and
 * saying about what the og:title says, is the title; a banner line that
 * says something else ("Our baking journal") is not. */
static void
test_title_hero_h1 (void)
{
  static const TitleCase cases[] = {
    { "<h1>How to keep your sourdough starter alive on holiday</h1>",
      "How to keep your sourdough starter alive on holiday" },
    { "<h1>From the baking journal</h1>",
      "Keeping Your Sourdough Starter Alive While You Travel" },
  };

  check_title_cases ("bakery-hero-h1.html", "<h1>How to keep your sourdough starter alive on holiday</h1>", cases,
                     G_N_ELEMENTS (cases));
}

/* An og:title that is the page's <h1> with words for search engines glued
 * on, no separator to cut at ("…, Tested Three Ways"): the headline the
 * page shows is the title. */
static void
test_title_glued_seo (void)
{
  gsize len;
  g_autofree char *html = read_fixture ("traybake-seo-title.html", &len);
  g_autoptr(DossierArticle) a = parse_bytes ("traybake-seo-title.html", html, len);

  g_assert_cmpstr (dossier_article_get_title (a), ==, "Lemon Drizzle Traybake for a Crowd");
  assert_offsets (a, html, len, NULL);
}

/* The same <h1> twice in the article, one for small screens and one for
 * large ones, is the article's one <h1>: it wins over the og:title. */
static void
test_title_twin_h1 (void)
{
  gsize len;
  g_autofree char *html = read_fixture ("desk-twin-h1.html", &len);
  g_autoptr(DossierArticle) a = parse_bytes ("desk-twin-h1.html", html, len);

  g_assert_cmpstr (dossier_article_get_title (a), ==, "Finding the right height for your desk");
  assert_offsets (a, html, len, NULL);
}

/* One element that says itemprop=datePublished with a machine-readable
 * value dates the page wherever it sits (here an aside beside the story);
 * two of them (another post's in a sidebar) date nothing. */
static void
test_microdata_date (void)
{
  struct { const char *more, *date; } cases[] = {
    { "", "2023-04-22T10:30:00+02:00" },
    { "<aside class=\"mehr\"><h2>Mehr</h2><p><a href=\"/sommerfest\">Sommerfest am See</a> "
      "<time itemprop=\"datePublished\" datetime=\"2022-08-14\">14. Aug</time></p></aside>", NULL },
  };
  gsize len;
  g_autofree char *html = read_fixture ("verein-microdata.html", &len);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *more = g_strdup_printf ("%s<div class=\"fuss\">", cases[i].more);
      g_autofree char *page = replace_once (html, "<div class=\"fuss\">", more);
      g_autoptr(DossierArticle) a = parse_bytes ("verein-microdata.html", page, strlen (page));

      g_assert_cmpstr (dossier_article_get_title (a), ==, "Neue Bänke am Uferweg");
      g_assert_cmpstr (dossier_article_get_date (a), ==, cases[i].date);
      assert_offsets (a, page, strlen (page), NULL);
    }
}

/* A blog's "<abbr class=published itemprop=datePublished title=…>6:20
 * PM</abbr>" in the post's footer, after the story, or its "<span
 * itemprop=datePublished>March 9, 2021</span>": the one such element dates
 * the post by its title or its text; a time of day alone dates nothing. */
static void
test_microdata_date_text (void)
{
  const char *abbr = "<abbr class=\"published\" itemprop=\"datePublished\"\n          "
                     "title=\"2021-03-09T18:20:00-08:00\">6:20 PM</abbr>";
  struct { const char *abbr, *date; } cases[] = {
    { NULL, "2021-03-09T18:20:00-08:00" },
    { "<span itemprop=\"datePublished\">March 9, 2021</span>", "2021-03-09" },
    { "<span itemprop=\"datePublished\">6:20 PM</span>", NULL },
  };
  gsize len;
  g_autofree char *html = read_fixture ("notebook-abbr.html", &len);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *page = cases[i].abbr ? replace_once (html, abbr, cases[i].abbr) : g_strdup (html);
      g_autoptr(DossierArticle) a = parse_bytes ("notebook-abbr.html", page, strlen (page));

      g_assert_cmpstr (dossier_article_get_date (a), ==, cases[i].date);
      assert_offsets (a, page, strlen (page), NULL);
    }
}

/* "<div itemprop=review itemscope itemtype=https://schema.org/Review><span
 * itemprop=datePublished content=…>": a customer's review under a product
 * is dated, the page is not, whether the review's date is an element or a
 * <meta>. */
static void
test_review_date (void)
{
  const char *span = "<span itemprop=\"datePublished\" content=\"2021-05-02 00:00:00\"></span>";
  const char *dates[] = { span, "<meta itemprop=\"datePublished\" content=\"2021-05-02\">" };
  gsize len;
  g_autofree char *html = read_fixture ("shop-review.html", &len);

  for (guint i = 0; i < G_N_ELEMENTS (dates); i++)
    {
      g_autofree char *page = replace_once (html, span, dates[i]);
      g_autoptr(DossierArticle) a = parse_bytes ("shop-review.html", page, strlen (page));

      g_assert_cmpstr (dossier_article_get_title (a), ==, "Holzstall Wiese mit Freigehege");
      g_assert_null (dossier_article_get_date (a));
      assert_offsets (a, page, strlen (page), NULL);
    }
}

/* "Ausstellung im Alten Rathaus<br>9–23 Feb 2024" under the headline: the
 * last day of an exhibition, a range's end, is no date of publication. */
static void
test_date_range (void)
{
  const char *range = "9–23 Feb 2024";
  const char *ranges[] = { range, "9. – 23. Februar 2024", "9. bis 23. Februar 2024" };
  gsize len;
  g_autofree char *html = read_fixture ("rathaus-exhibition.html", &len);

  for (guint i = 0; i < G_N_ELEMENTS (ranges); i++)
    {
      g_autofree char *page = replace_once (html, range, ranges[i]);
      g_autoptr(DossierArticle) a = parse_bytes ("rathaus-exhibition.html", page, strlen (page));

      g_assert_cmpstr (dossier_article_get_title (a), ==, "Brücken aus Papier");
      g_assert_null (dossier_article_get_date (a));
      assert_offsets (a, page, strlen (page), NULL);
    }
}

/* Under the headline, past a standfirst in an <h2> of its own, the
 * article's row of details "<ul><li><time> 14.03.2024 </time></li><li><a
 * href=/themen/schule>Schule</a></li>…" dates it; a list item that also
 * links somewhere is a teaser's and does not. */
static void
test_date_details_row (void)
{
  const char *item = "<li class=\"details-date\"><time> 14.03.2024 </time></li>";
  struct { const char *item, *date; } cases[] = {
    { NULL, "2024-03-14" },
    { "<li class=\"details-date\"><time> 14.03.2024 </time> <a href=\"/archiv\">Archiv</a></li>", NULL },
  };
  gsize len;
  g_autofree char *html = read_fixture ("jugend-details.html", &len);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *page = cases[i].item ? replace_once (html, item, cases[i].item) : g_strdup (html);
      g_autoptr(DossierArticle) a = parse_bytes ("jugend-details.html", page, strlen (page));

      g_assert_cmpstr (dossier_article_get_title (a), ==, "„Wir wollen keine Schule ohne Handys“");
      g_assert_cmpstr (dossier_article_get_date (a), ==, cases[i].date);
      assert_offsets (a, page, strlen (page), NULL);
    }
}

/* "<p>Talstadt, 11.10.2021</p><h1>": a line just above the headline in the
 * article's region with a place before its date, or a section's name after
 * it, dates the story; a longer line is not a date line. */
static void
test_date_place_above_headline (void)
{
  const char *line = "Talstadt,&nbsp;11.10.2021";
  struct { const char *line, *date; } cases[] = {
    { line, "2021-10-11" },
    { "11.10.2021 Ortsverband", "2021-10-11" },
    { "Bürgerbüro der Stadt Talstadt, 11.10.2021", NULL },
  };
  gsize len;
  g_autofree char *html = read_fixture ("hilfswerk-ortszeile.html", &len);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *page = replace_once (html, line, cases[i].line);
      g_autoptr(DossierArticle) a = parse_bytes ("hilfswerk-ortszeile.html", page, strlen (page));

      g_assert_cmpstr (dossier_article_get_title (a), ==, "Neue Pumpen für den Ortsverband");
      g_assert_cmpstr (dossier_article_get_date (a), ==, cases[i].date);
      assert_offsets (a, page, strlen (page), NULL);
    }
}

/* A box of details after the story, labelled in German: "Datum:
 * 19.11.2021", "Autor: Fritz Imhof", and an "Erstellt am:" line as
 * another site writes it. A headline that opens with "Von" ("Of …") is no
 * byline. */
static void
test_date_label_datum (void)
{
  static const char *labels[] = { "Datum:", "Erstellt am:", "Publiziert am" };

  for (guint i = 0; i < G_N_ELEMENTS (labels); i++)
    {
      g_autofree char *html = g_strdup_printf (
        "<!DOCTYPE html><html lang=\"de\"><head><meta charset=\"utf-8\"><title>Von Schleusen und Kanälen</title>"
        "</head><body><div id=\"inhalt\"><h1>Von Schleusen und Kanälen, die keiner mehr braucht</h1>"
        "<p>Greta Lindholm erzählt in ihrem dritten Roman von zwei Schwestern, die nach dem Tod der Mutter ein "
        "Hausboot erben und einen Sommer lang versuchen, es zu verkaufen. Daraus wird, wie man ahnt, nichts.</p>"
        "<p>Das Buch lebt von seinen Nebenfiguren: dem Schleusenwärter, der jeden Abend Radio hört, und der "
        "Nachbarin, die alles weiß und nichts verrät. Die Schwestern selbst bleiben lange seltsam blass.</p>"
        "<div class=\"details\"><span class=\"label\">%s</span> \n 19.11.2021 <br>"
        "<span class=\"label\">Autor:</span> Fritz Imhof<br></div></div></body></html>",
        labels[i]);
      g_autoptr(DossierArticle) a = parse_bytes ("datum.html", html, strlen (html));

      g_assert_cmpstr (dossier_article_get_title (a), ==, "Von Schleusen und Kanälen, die keiner mehr braucht");
      g_assert_cmpstr (dossier_article_get_date (a), ==, "2021-11-19");
      g_assert_cmpstr (dossier_article_get_byline (a), ==, "Fritz Imhof");
      assert_offsets (a, html, strlen (html), NULL);
    }
}

/* Under the standfirst, a paragraph "Von Claudia Lindner" and the story
 * opening with its day, "27.1.2022 - …", under an author tag that is the
 * magazine's name and tagline: the writer is the byline, the day the
 * date, and the byline's paragraph leaves the body. A paragraph of one
 * noun after "Von" stays. */
static void
test_foreign_byline_paragraph (void)
{
  static const char *page =
    "<!DOCTYPE html><html lang=\"de\"><head><meta charset=\"utf-8\">"
    "<meta name=\"author\" content=\"Hafen-MAG – Das Magazin für Häfen\">"
    "<title>Neue Fähre für die Inseln</title></head><body><div class=\"content\">"
    "<h1>Neue Fähre für die Inseln</h1>"
    "<p class=\"bodytext\">Zum Saisonstart stellt die Reederei eine neue Fähre in Dienst, die doppelt so viele "
    "Fahrräder mitnehmen kann wie die alte.</p>"
    "<p class=\"bodytext\">Von Claudia Lindner</p>"
    "<p class=\"bodytext\">27.1.2022 - Die Fähre ist 62 Meter lang und fährt mit Strom, wenn sie im Hafen liegt. "
    "Auf dem offenen Meer treibt sie ein Dieselmotor an, der weniger verbraucht als die beiden alten.</p>"
    "<p class=\"bodytext\">Von Bäumen</p>"
    "<p class=\"bodytext\">Die Reederei will im nächsten Jahr auch die Wartehalle am Anleger erneuern und dort "
    "Bäume pflanzen, die im Sommer Schatten geben sollen.</p>"
    "</div></body></html>";
  g_autoptr(DossierArticle) a = parse_bytes ("faehre.html", page, strlen (page));
  const char *body = dossier_article_get_body (a);

  g_assert_cmpstr (dossier_article_get_byline (a), ==, "Claudia Lindner");
  g_assert_cmpstr (dossier_article_get_date (a), ==, "2022-01-27");
  g_assert_null (strstr (body, "Von Claudia Lindner"));
  g_assert_nonnull (strstr (body, "Von Bäumen"));
  assert_offsets (a, page, strlen (page), NULL);
}

/* The line right above the headline, in the headline's box, opens with
 * the day and names the source after it: "<span>12.12.2022</span> -
 * <span>Empa (…)</span>". A line that opens with a span of days (an
 * event's) does not date the story. */
static void
test_date_source_line_above (void)
{
  struct { const char *line, *date; } cases[] = {
    { "<span class=\"news-date\">12.12.2022</span> - <span class=\"news-organization\">Harbour Authority "
      "(Port of the Northern Islands)</span>", "2022-12-12" },
    { "<span>12.12.2022 – 14.12.2022</span> Harbour Authority open days", NULL },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *html = g_strdup_printf (
        "<!DOCTYPE html><html lang=\"de\"><head><meta charset=\"utf-8\"><title>Neue Fähre für die Inseln</title>"
        "</head><body><div class=\"main\"><div class=\"news-heading\"><div class=\"news-publication-info\">%s"
        "</div><h1 class=\"news-title\">Neue Fähre für die Inseln</h1></div>"
        "<div class=\"news-text\"><p>Zum Saisonstart stellt die Reederei eine neue Fähre in Dienst, die doppelt so "
        "viele Fahrräder mitnehmen kann wie die alte.</p><p>Die Fähre ist 62 Meter lang und fährt mit Strom, wenn "
        "sie im Hafen liegt.</p></div></div></body></html>",
        cases[i].line);
      g_autoptr(DossierArticle) a = parse_bytes ("source-line.html", html, strlen (html));

      g_assert_cmpstr (dossier_article_get_date (a), ==, cases[i].date);
      assert_offsets (a, html, strlen (html), NULL);
    }
}

/* "<h1>Hallen öffnen …<br><small>07.03.2024 • Verband</small></h1>": a
 * date line set apart inside the headline's element dates the story; a
 * date among the headline's own words does not. */
static void
test_date_in_headline (void)
{
  gsize len;
  g_autofree char *html = read_fixture ("verband-h1-small.html", &len);
  g_autofree char *worded = replace_once (html, "<h1>Hallen öffnen wieder für Zuschauer<br>",
                                          "<h1><span>Hallen öffnen wieder für Zuschauer am 7. März 2024</span><br>");
  g_autofree char *page = replace_once (worded, "07.03.2024 •", "•");
  g_autoptr(DossierArticle) a = parse_bytes ("verband-h1-small.html", html, len);
  g_autoptr(DossierArticle) b = parse_bytes ("verband-h1-small.html", page, strlen (page));

  g_assert_cmpstr (dossier_article_get_date (a), ==, "2024-03-07");
  /* The line is no part of the title either. */
  g_assert_cmpstr (dossier_article_get_title (a), ==, "Hallen öffnen wieder für Zuschauer");
  assert_offsets (a, html, len, NULL);
  g_assert_null (dossier_article_get_date (b));
  assert_offsets (b, page, strlen (page), NULL);
}

/* "bergpost.ch - Tourennews - Neue Hütte …" (og:title, og:site_name
 * "bergpost.ch") under an <h1> that names the section: the title is the
 * last part, not the site and section before a short headline taken for a
 * site's name. */
static void
test_title_site_prefix (void)
{
  gsize len;
  g_autofree char *html = read_fixture ("alpine-prefix.html", &len);
  g_autoptr(DossierArticle) a = parse_bytes ("alpine-prefix.html", html, len);

  g_assert_cmpstr (dossier_article_get_title (a), ==, "Gletscherweg bekommt neue Hütte");
  g_assert_cmpstr (dossier_article_get_outlet (a), ==, "bergpost.ch");
  assert_offsets (a, html, len, NULL);
}

/* A <title> with the site's name, a section and a motto around the
 * headline, no heading repeating it: the part a bold line of the page
 * says alone is the title; the motto in the masthead is no headline even
 * when it is the longest part; a section's two words in a box above the
 * story neither; a form around all of the page is no furniture. */
static void
test_title_part_shown (void)
{
  const char *motto = "Coastal Towns, Tides and Weather";
  const char *long_motto = "Coastal Towns, Tides, Weather and Everything Else Along the Bay Shore";
  gsize len;
  g_autofree char *html = read_fixture ("tidewater-parts.html", &len);

  {
    g_autoptr(DossierArticle) a = parse_bytes ("tidewater-parts.html", html, len);

    g_assert_cmpstr (dossier_article_get_title (a), ==, "Ferry Crews Vote to Return to Work on Monday");
    assert_offsets (a, html, len, NULL);
  }
  {
    g_autofree char *p1 = replace_once (html, motto, long_motto);
    g_autofree char *page = replace_once (p1, motto, long_motto);
    g_autoptr(DossierArticle) a = parse_bytes ("tidewater-parts.html", page, strlen (page));

    g_assert_cmpstr (dossier_article_get_title (a), ==, "Ferry Crews Vote to Return to Work on Monday");
  }
  {
    g_autofree char *p1 = replace_once (html, "Harbor Life - ", "Harbor Life - Ferry Crews Vote to Return to Work on Monday | Harbor News - ");
    g_autofree char *p2 = replace_once (p1, " - Ferry Crews Vote to Return to Work on Monday | Coastal", " | Coastal");
    g_autofree char *page = replace_once (p2, "<b>Ferry Crews", "<div>Harbor News</div><b>Ferry Crews");
    g_autoptr(DossierArticle) a = parse_bytes ("tidewater-parts.html", page, strlen (page));

    g_assert_cmpstr (dossier_article_get_title (a), ==, "Ferry Crews Vote to Return to Work on Monday");
  }
  /* The headline after a date in an element of its own, in an <h1>
   * beside another <h1> (the menu's). */
  {
    g_autofree char *p1 = replace_once (html, "<b>Ferry Crews Vote to Return to Work on Monday</b><br>",
                                        "<h1><span class=\"stamp\">Saturday, 12 January 2008</span> "
                                        "Ferry Crews Vote to Return to Work on Monday</h1>");
    g_autofree char *page = replace_once (p1, "<td width=\"150\"><a href=\"/\">Home</a>",
                                          "<td width=\"150\"><h1>Latest News</h1><a href=\"/\">Home</a>");
    g_autoptr(DossierArticle) a = parse_bytes ("tidewater-parts.html", page, strlen (page));

    g_assert_cmpstr (dossier_article_get_title (a), ==, "Ferry Crews Vote to Return to Work on Monday");
  }
  /* All of the page in a form (ASP.NET's). */
  {
    g_autofree char *p1 = replace_once (html, "<body>", "<body><form id=\"form1\" action=\"story.aspx\">");
    g_autofree char *page = replace_once (p1, "</body>", "</form></body>");
    g_autoptr(DossierArticle) a = parse_bytes ("tidewater-parts.html", page, strlen (page));

    g_assert_cmpstr (dossier_article_get_title (a), ==, "Ferry Crews Vote to Return to Work on Monday");
  }
}

/* The title of @html read as @name, with @from replaced by @to. */
static void
assert_variant_title (const char *name,
                      const char *html,
                      const char *from,
                      const char *to,
                      const char *title)
{
  g_autofree char *page = replace_once (html, from, to);
  g_autoptr(DossierArticle) a = parse_bytes (name, page, strlen (page));

  g_assert_cmpstr (dossier_article_get_title (a), ==, title);
}

/* A <title> that is the site's name, or no <title>: the line set apart
 * just above the story's first paragraph, past its byline and date, is
 * the headline; a byline or a credit in bold is none. */
static void
test_title_above_story (void)
{
  const char *headline = "<p class=\"storyhead\">Library Reopens After Roof Repairs</p>";
  gsize len;
  g_autofree char *html = read_fixture ("brookfield-above.html", &len);

  {
    g_autoptr(DossierArticle) a = parse_bytes ("brookfield-above.html", html, len);

    g_assert_cmpstr (dossier_article_get_title (a), ==, "Library Reopens After Roof Repairs");
    g_assert_cmpstr (dossier_article_get_byline (a), ==, "Dana Whitlock");
    assert_offsets (a, html, len, NULL);
  }
  assert_variant_title ("brookfield-above.html", html, "<title>Brookfield Evening Star</title>", "",
                        "Library Reopens After Roof Repairs");
  assert_variant_title ("brookfield-above.html", html, headline, "",
                        "Brookfield Evening Star");
  /* Nor a credit in small letters. */
  assert_variant_title ("brookfield-above.html", html, "<b>By Dana Whitlock</b>",
                        "<b>photos and words by Dana Whitlock</b>",
                        "Library Reopens After Roof Repairs");
  /* Nor the agency in bold after the byline in the byline's box. */
  assert_variant_title ("brookfield-above.html", html,
                        "<b>By Dana Whitlock</b><br>\n<span class=\"stamp\">01/11/2008</span>",
                        "<div class=\"byln\"><span class=\"stamp\">01/11/2008</span>"
                        "<div>By Dana Whitlock</div><b>The Lakes Wire Service</b></div>",
                        "Library Reopens After Roof Repairs");
  /* A heading after the byline in one box is still the headline. */
  assert_variant_title ("brookfield-above.html", html,
                        "<p class=\"storyhead\">Library Reopens After Roof Repairs</p>\n<b>By Dana Whitlock</b><br>",
                        "<div class=\"top\"><div>By Dana Whitlock</div><h2>Library Reopens After Roof Repairs</h2></div>",
                        "Library Reopens After Roof Repairs");
  /* A box of advertisements floated beside the story, between the
   * headline and the first paragraph, is no line between them. */
  assert_variant_title ("brookfield-above.html", html, "<span class=\"stamp\">01/11/2008</span>",
                        "<span class=\"stamp\">01/11/2008</span>\n<table align=\"right\" width=\"250\">"
                        "<tr><td>ADVERTISEMENT</td></tr><tr><td>Section sponsors</td></tr>"
                        "<tr><td><a href=\"/ads\">Advertiser directory</a></td></tr>"
                        "<tr><td><a href=\"/adinfo\">Advertising information</a></td></tr></table>",
                        "Library Reopens After Roof Repairs");
  /* Nor are the page's tools, lines all of links, lines between. */
  assert_variant_title ("brookfield-above.html", html, "<span class=\"stamp\">01/11/2008</span>",
                        "<span class=\"stamp\">01/11/2008</span>\n<div class=\"tools\">"
                        "<a href=\"javascript:window.print()\">Print</a><br>"
                        "<a href=\"/email?story=1\">E-mail this story</a><br>"
                        "<a href=\"#comments\">Comments (0)</a></div>",
                        "Library Reopens After Roof Repairs");
  /* A headline in a floated column of its own is still one. */
  assert_variant_title ("brookfield-above.html", html, headline,
                        "<div style=\"float: left; width: 100%\">"
                        "<p class=\"storyhead\">Library Reopens After Roof Repairs</p></div>",
                        "Library Reopens After Roof Repairs");
  /* All of the page in an ASP.NET form: the form holds the story too. */
  {
    g_autofree char *p1 = replace_once (html, "<body>", "<body><form name=\"aspnetForm\" method=\"post\" action=\"story.aspx\">");
    g_autofree char *page = replace_once (p1, "</body>", "</form></body>");
    g_autoptr(DossierArticle) a = parse_bytes ("brookfield-above.html", page, strlen (page));

    g_assert_cmpstr (dossier_article_get_title (a), ==, "Library Reopens After Roof Repairs");
  }
  /* The site's name, the whole <title>, said again in bold in the footer
   * is no headline; nor is a number after it the site's name. */
  {
    g_autofree char *p1 = replace_once (html, "<tr><td>Copyright 2008 Brookfield Evening Star</td></tr>",
                                        "<tr><td><b>Brookfield Evening Star</b><br>Copyright 2008</td></tr>");
    g_autofree char *page = replace_once (p1, "<title>Brookfield Evening Star</title>", "<title>Brookfield Evening Star - 6.0</title>");
    g_autoptr(DossierArticle) a = parse_bytes ("brookfield-above.html", page, strlen (page));

    g_assert_cmpstr (dossier_article_get_title (a), ==, "Library Reopens After Roof Repairs");
    g_assert_cmpstr (dossier_article_get_outlet (a), !=, "6.0");
  }
}

/* "Site - Headline": a short last part of the <title> that looked like
 * the site's name is the headline when a line set apart as one says it
 * just above the story; the site's name is the first part. Inline at the
 * head of the story's first lines, the headline goes and the lines stay.
 * A first part that is said as a headline too keeps the old reading. */
static void
test_title_site_first (void)
{
  const char *head = "<div class=\"storyTitle\">Council Backs Dam Plan</div>";
  gsize len;
  g_autofree char *html = read_fixture ("courier-site-first.html", &len);

  {
    g_autoptr(DossierArticle) a = parse_bytes ("courier-site-first.html", html, len);

    g_assert_cmpstr (dossier_article_get_title (a), ==, "Council Backs Dam Plan");
    g_assert_cmpstr (dossier_article_get_outlet (a), ==, "Cedar Valley Courier");
    assert_offsets (a, html, len, NULL);
  }
  {
    g_autofree char *p1 = replace_once (html, head, "");
    g_autofree char *page = replace_once (p1, "<div class=\"storyBody\">\n<p>",
                                          "<div class=\"storyBody\">\n<b class=\"Headline\">Council Backs Dam Plan</b><br>\n");
    g_autoptr(DossierArticle) a = parse_bytes ("courier-site-first.html", page, strlen (page));

    g_assert_cmpstr (dossier_article_get_title (a), ==, "Council Backs Dam Plan");
    g_assert_true (g_str_has_prefix (dossier_article_get_body (a), "The county council voted six to one"));
  }
  {
    g_autofree char *page = replace_once (html, head, "<h2>Cedar Valley Courier</h2>" "<div class=\"storyTitle\">Council Backs Dam Plan</div>");
    g_autoptr(DossierArticle) a = parse_bytes ("courier-site-first.html", page, strlen (page));

    g_assert_cmpstr (dossier_article_get_title (a), !=, "Council Backs Dam Plan");
  }
  /* "Headline - Site": the site's name said just above the story is no
   * headline when a heading says the first part, linked or not. */
  {
    g_autofree char *p1 = replace_once (html, "<title>Cedar Valley Courier - Council Backs Dam Plan</title>",
                                        "<title>Council Backs Dam Plan - Cedar Valley Courier</title>");
    g_autofree char *page = replace_once (p1, head, "<p class=\"site-title\">Cedar Valley Courier</p>\n"
                                          "<h2><a href=\"/2008/03/dam-plan.html\">Council Backs Dam Plan</a></h2>");
    g_autoptr(DossierArticle) a = parse_bytes ("courier-site-first.html", page, strlen (page));

    g_assert_cmpstr (dossier_article_get_title (a), ==, "Council Backs Dam Plan");
    g_assert_cmpstr (dossier_article_get_outlet (a), ==, "Cedar Valley Courier");
  }
}

/* The JSON-LD name that the <title> repeats, taken over the JSON-LD
 * headline, gives way to the headline when og:title and the <h1> say it
 * too; with og:title saying the name, the name stays. */
static void
test_title_name_headline (void)
{
  const char *headline = "Most na Wiśle. Decyzja o zamknięciu jeszcze w tym tygodniu";
  gsize len;
  g_autofree char *html = read_fixture ("kurier-name-headline.html", &len);

  {
    g_autoptr(DossierArticle) a = parse_bytes ("kurier-name-headline.html", html, len);

    g_assert_cmpstr (dossier_article_get_title (a), ==, headline);
    assert_offsets (a, html, len, NULL);
  }
  {
    g_autofree char *page = replace_once (html, "<meta property=\"og:title\" content=\"Most na Wiśle. Decyzja o zamknięciu jeszcze w tym tygodniu\">",
                                          "<meta property=\"og:title\" content=\"Czy miasto zamknie most? Decyzja jeszcze w tym tygodniu\">");
    g_autoptr(DossierArticle) a = parse_bytes ("kurier-name-headline.html", page, strlen (page));

    g_assert_cmpstr (dossier_article_get_title (a), !=, headline);
  }
}

/* The JSON-LD name that the <title> repeats gives way to the JSON-LD
 * headline that the page's <h1> says when og:title says neither (a third
 * wording written for sharing); with og:title saying the name, the name
 * stays, unless the name is the headline with words for search engines
 * glued on. */
static void
test_title_name_headline_og (void)
{
  const char *headline = "Ferry operator raises island fares by a fifth from April";
  const char *name = "Island ferry fares to rise in spring, operator says - Coastline Courier";
  const char *glued = "Ferry operator raises island fares by a fifth from April [2025]: Fares, Timetables, Resident Cards + Discounts";
  gsize len;
  g_autofree char *html = read_fixture ("ferry-name-headline.html", &len);

  {
    g_autoptr(DossierArticle) a = parse_bytes ("ferry-name-headline.html", html, len);

    g_assert_cmpstr (dossier_article_get_title (a), ==, headline);
    assert_offsets (a, html, len, NULL);
  }
  {
    /* og:title says the name: three sources against two. */
    g_autofree char *og = g_strdup_printf ("<meta property=\"og:title\" content=\"%s\">", name);
    g_autofree char *page = replace_once (html, "<meta property=\"og:title\" content=\"Your crossing is about to cost more\">", og);
    g_autoptr(DossierArticle) a = parse_bytes ("ferry-name-headline.html", page, strlen (page));

    g_assert_cmpstr (dossier_article_get_title (a), !=, headline);
  }
  {
    /* The name, <title> and og:title: the headline with words glued on. */
    g_autofree char *og = g_strdup_printf ("<meta property=\"og:title\" content=\"%s\">", glued);
    g_autofree char *t = g_strdup_printf ("<title>%s</title>", glued);
    g_autofree char *n = g_strdup_printf ("\"name\": \"%s\"", glued);
    g_autofree char *p1 = replace_once (html, "<meta property=\"og:title\" content=\"Your crossing is about to cost more\">", og);
    g_autofree char *p2 = replace_once (p1, "<title>Island ferry fares to rise in spring, operator says - Coastline Courier</title>", t);
    g_autofree char *page = replace_once (p2, "\"name\": \"Island ferry fares to rise in spring, operator says - Coastline Courier\"", n);
    g_autoptr(DossierArticle) a = parse_bytes ("ferry-name-headline.html", page, strlen (page));

    g_assert_cmpstr (dossier_article_get_title (a), ==, headline);
  }
}

/* After the story, lines of the site's and not the story's: a notice
 * about other sites' content, a feed's credit, what to install for a
 * player, the text's length and rights, a disclaimer, a date line, an
 * ask, the text's sources, links to the posts on either side. */
static void
test_site_tail_lines (void)
{
  const char *tails[] = {
    "The Harbor Post is not responsible for the content of external sites.",
    "News article provided by Harbor Wire Service",
    "To watch this clip, install the latest Flash Player from adobe.com.",
    /* A text shown in part, its length given; the wire's rights; a
     * feed's disclaimer; a date line of the last change; a feed's credit
     * in brackets. */
    "The full article contains 412 words and appears in the Harbor Evening Post newspaper.",
    "This material may not be published, broadcast, rewritten or redistributed without permission.",
    "These feeds come from an outside supplier and Harbor TV is not responsible or liable to you for them.",
    "Last modified: March 4, 2008 11:30AM",
    "(This news article provided by Starlight Entertainment Wire)",
    /* The site's ask to have one's say; where the text came from. */
    "To have your say on this or any other story, visit harborpost.example/talk",
    "Sources: Harbor Port Authority, Island Ferry Company",
    /* A blog's links to the posts before and after this one. */
    "By Ann Lee | March 3, 2008; 4:38 PM ET Harbor Notes Previous: Bridge repairs start in May | Next: New "
    "harbour master named",
  };
  gsize len;
  g_autofree char *html = read_fixture ("harbor-tail.html", &len);

  for (guint i = 0; i < G_N_ELEMENTS (tails); i++)
    {
      g_autofree char *tail = g_strdup_printf ("<p>%s</p>", tails[i]);
      g_autofree char *with_tail = replace_once (html, "<p>TAIL</p>", tail);
      g_autoptr(DossierArticle) a = parse_bytes ("harbor-tail.html", with_tail, strlen (with_tail));
      const char *body = dossier_article_get_body (a);

      g_assert_true (g_str_has_suffix (body, "at its meeting next month."));
      assert_offsets (a, with_tail, strlen (with_tail), NULL);
    }
  /* A sentence that opens with "Updated" and says no date is the story's. */
  {
    g_autofree char *with_tail = replace_once (html, "<p>TAIL</p>", "<p>Updated timetables are posted at the harbour "
                                               "office and on the ferry.</p>");
    g_autoptr(DossierArticle) a = parse_bytes ("harbor-tail.html", with_tail, strlen (with_tail));

    g_assert_true (g_str_has_suffix (dossier_article_get_body (a), "at the harbour office and on the ferry."));
  }
}

/* The outlet is the name the site shows its readers: a JSON-LD publisher
 * that is the company behind it, its blog platform or an address gives way
 * to the og:site_name or application-name; an address gives its host; the
 * company after a name ("– eine Marke der …") and a legal form go. */
static void
test_outlet_names (void)
{
  struct { const char *from, *to, *outlet; } cases[] = {
    { NULL, NULL, "Seeblick Zeitung" },
    { "<meta property=\"og:site_name\" content=\"Seeblick Zeitung\">", "", "seeblick.example" },
    { "\"name\":\"Lakeside Medien AG\"", "\"name\":\"Blogger\"", "Seeblick Zeitung" },
    { "\"name\":\"Lakeside Medien AG\"", "\"name\":\"https://www.seeblick.example/\"", "Seeblick Zeitung" },
    { "\"name\":\"Lakeside Medien AG\"", "\"name\":\"Seeblick Zeitung – eine Marke der Lakeside Medien\"",
      "Seeblick Zeitung" },
    { "\"name\":\"Lakeside Medien AG\"", "\"name\":\"Seeblick Zeitung - Lakeside Medien GmbH & Co. KG\"",
      "Seeblick Zeitung" },
    { "\"name\":\"Lakeside Medien AG\"", "\"name\":\"Seeblick Zeitung GmbH\"", "Seeblick Zeitung" },
    { "\"name\":\"Lakeside Medien AG\"", "\"name\":\"zeitung\"", "Seeblick Zeitung" },
  };
  gsize len;
  g_autofree char *html = read_fixture ("publisher-company.html", &len);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *page = cases[i].from ? replace_once (html, cases[i].from, cases[i].to) : g_strdup (html);
      g_autoptr(DossierArticle) a = parse_bytes ("publisher-company.html", page, strlen (page));

      g_assert_cmpstr (dossier_article_get_outlet (a), ==, cases[i].outlet);
      g_assert_cmpstr (dossier_article_get_title (a), ==, "Neue Stege für den Segelhafen");
    }
  /* With nothing else, the company's name is the outlet, without "AG". */
  {
    g_autofree char *p1 = replace_once (html, "<meta property=\"og:site_name\" content=\"Seeblick Zeitung\">", "");
    g_autofree char *p2 = replace_once (p1, "<meta name=\"application-name\" content=\"https://www.seeblick.example\">", "");
    g_autofree char *page = replace_once (p2, " | Seeblick Zeitung</title>", "</title>");
    g_autoptr(DossierArticle) a = parse_bytes ("publisher-company.html", page, strlen (page));

    g_assert_cmpstr (dossier_article_get_outlet (a), ==, "Lakeside Medien");
  }
  /* A site that names itself nowhere: the host of its address, the
   * archived page's own for a copy in the Wayback Machine. */
  {
    const char *addresses[][2] = {
      { "https://www.kiesweg.example/2024/kies.html", "kiesweg.example" },
      { "https://web.archive.org/web/20240301000000/https://www.kiesweg.example/2024/kies.html", "kiesweg.example" },
    };

    for (guint i = 0; i < G_N_ELEMENTS (addresses); i++)
      {
        g_autofree char *page = g_strdup_printf (
          "<html><head><title>Kies für den Gartenweg</title><link rel=\"canonical\" href=\"%s\"></head><body>"
          "<article><h1>Kies für den Gartenweg</h1><p>Der Weg hinter dem Haus bekommt neuen Kies, weil der alte nach "
          "zwanzig Jahren im Boden verschwunden ist und das Wasser nicht mehr abläuft.</p><p>Wir haben dafür drei Sorten "
          "ausprobiert und erzählen hier, welche am besten hält und wie viel sie kostet.</p></article></body></html>",
          addresses[i][0]);
        g_autoptr(DossierArticle) a = parse_bytes ("kies.html", page, strlen (page));

        g_assert_cmpstr (dossier_article_get_outlet (a), ==, addresses[i][1]);
      }
  }
}

/* A <title> whose last part is the words of the link home in the page's
 * header (a blog's name, too long to pass for a site's name by itself)
 * loses that part; a link elsewhere says nothing of the site. No heading
 * above the post here: one that says the <title>'s first part alone is
 * the headline whatever the links (see test_title_part_shown()). */
static void
test_title_home_link (void)
{
  struct { const char *href, *title; } cases[] = {
    { "https://garten-wandel.example.org", "Tomaten richtig ausgeizen im Juli" },
    { "/", "Tomaten richtig ausgeizen im Juli" },
    { "https://garten-wandel.example.org/ueber-mich", "Tomaten richtig ausgeizen im Juli | Mein Garten und ich im Wandel" },
  };
  gsize len;
  g_autofree char *html = read_fixture ("garden-homelink.html", &len);
  g_autofree char *other = replace_once (html, "<h2>Tomaten richtig ausgeizen im Juli</h2>", "");

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *href = g_strdup_printf ("href=\"%s\"", cases[i].href);
      g_autofree char *page = replace_once (other, "href=\"https://garten-wandel.example.org\"", href);
      g_autoptr(DossierArticle) a = parse_bytes ("garden-homelink.html", page, strlen (page));

      g_assert_cmpstr (dossier_article_get_title (a), ==, cases[i].title);
      assert_offsets (a, page, strlen (page), NULL);
    }
  {
    g_autofree char *page = replace_once (html, "href=\"https://garten-wandel.example.org\"",
                                          "href=\"https://garten-wandel.example.org/ueber-mich\"");
    g_autoptr(DossierArticle) a = parse_bytes ("garden-homelink.html", page, strlen (page));

    g_assert_cmpstr (dossier_article_get_title (a), ==, "Tomaten richtig ausgeizen im Juli");
    assert_offsets (a, page, strlen (page), NULL);
  }
}

/* With no date on the page, the post's address gives its day; an address
 * with no day in its path gives none. */
static void
test_url_date (void)
{
  struct { const char *link, *date; } cases[] = {
    { "<link rel=\"canonical\" href=\"https://allotment.example.org/2023/04/16/mending-a-wheelbarrow-tyre/\">",
      "2023-04-16" },
    { "<link rel=\"canonical\" href=\"https://allotment.example.org/posts/2023-wheelbarrow/\">", NULL },
    /* A month's name as a segment, and a segment that opens or ends with
     * the whole day, in the orders sites write it. */
    { "<link rel=\"canonical\" href=\"https://allotment.example.org/garden/2023/apr/16/wheelbarrow\">", "2023-04-16" },
    { "<link rel=\"canonical\" href=\"https://allotment.example.org/blog/2023/april/16/wheelbarrow\">", "2023-04-16" },
    { "<meta property=\"og:url\" content=\"https://allotment.example.org%2Fposts%2F2023-04-16%2BWheelbarrow\">",
      "2023-04-16" },
    { "<link rel=\"canonical\" href=\"https://allotment.example.org/meldungen/16-04-2023\">", "2023-04-16" },
    { "<link rel=\"canonical\" href=\"https://allotment.example.org/news/16-04-2023-wheelbarrow/12-345.html\">",
      "2023-04-16" },
    { "<link rel=\"canonical\" href=\"https://allotment.example.org/texte/20230416-wheelbarrow.html\">", "2023-04-16" },
    { "<link rel=\"canonical\" href=\"https://allotment.example.org/aktuelles/16042023-wheelbarrow\">", "2023-04-16" },
    { "<link rel=\"canonical\" href=\"https://allotment.example.org/posts/wheelbarrow_2023-04-16.html\">", "2023-04-16" },
    /* Ids, not days: a longer run of digits, a month that is none, a day
     * inside a word. */
    { "<link rel=\"canonical\" href=\"https://allotment.example.org/p/202304160/\">", NULL },
    { "<link rel=\"canonical\" href=\"https://allotment.example.org/p/20231316-wheelbarrow\">", NULL },
    { "<link rel=\"canonical\" href=\"https://allotment.example.org/p/item20230416\">", NULL },
    { "<link rel=\"canonical\" href=\"https://allotment.example.org/p/?id=20230416\">", NULL },
  };
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *page = shed_blog_undated (cases[i].link);
      g_autoptr(DossierArticle) a = parse_bytes ("shed-blog.html", page, strlen (page));

      g_assert_cmpstr (dossier_article_get_date (a), ==, cases[i].date);
      assert_offsets (a, page, strlen (page), NULL);
    }
}

/* The date under the headline may be a link to the day's archive. */
static void
test_date_archive_link (void)
{
  gsize len;
  g_autofree char *html = read_fixture ("kurier-near.html", &len);
  g_autofree char *page = replace_once (html, "<span>28.11.23</span>", "<a href=\"/archiv/2023-11-28/\">28.11.23</a>");
  g_autoptr(DossierArticle) a = parse_bytes ("kurier-near.html", page, strlen (page));

  g_assert_cmpstr (dossier_article_get_date (a), ==, "2023-11-28");
  assert_offsets (a, page, strlen (page), NULL);
}

/* The date line's own label after the names goes with the date. */
static void
test_byline_tail (void)
{
  gsize len;
  g_autofree char *html = read_fixture ("verein-blog.html", &len);
  g_autofree char *page = replace_once (html, "<span>Veröffentlicht von</span><span>Anna Berg</span> am",
                                        "<span>Anna Berg</span> Veröffentlicht am");
  g_autoptr(DossierArticle) a = parse_bytes ("verein-blog.html", page, strlen (page));

  g_assert_cmpstr (dossier_article_get_byline (a), ==, "Anna Berg");
  g_assert_cmpstr (dossier_article_get_date (a), ==, "2024-03-09");
  assert_offsets (a, page, strlen (page), NULL);
}

/* Bylines, titles and dates of pages written after WCXB's tune half was
 * read (Nov 2026), each for one rule: NULL is not checked. */
static void
test_meta_wcxb (void)
{
  struct {
    const char *file, *title, *date, *byline;
  } cases[] = {
    /* A firm's blog whose meta author is the firm, which names nobody
     * else: the firm is the byline. */
    { "firm-blog-author.html", "How often should a boiler be serviced?", "2024-10-08T08:00:00+00:00",
      "Brightwell Heating" },
    /* No author tag; the writer in the preview's lines (twitter:label1
     * "Written by", twitter:data1) that SEO plugins write. */
    { "garden-twitter-label.html", "Sowing broad beans in November", "2023-11-04T09:15:00+00:00", "Rosa Penhaligon" },
    /* Under the headline, a "Written by" alone in its element and the
     * name in the next one. */
    { "guide-written-by.html", "How to store winter tyres", NULL, "Marek Olsen" },
    /* A blog post's JSON-LD headline (a BlogPosting's, from the same SEO
     * title as og:title and <title>) gives way to the article's one <h1>,
     * as a meta tag's title does; a NewsArticle's headline would not. */
    { "blog-posting-h1.html", "Seven compost bins we filled for a whole year", "2024-02-11T10:00:00+00:00",
      "Ivy Marchetti" },
    /* The byline and the date under a standfirst of prose that the body
     * leaves out: the lines under the headline go on to the story. */
    { "guide-standfirst-byline.html", "Choosing a first sewing machine", "2024-04-08", "Hana Ilves" },
    /* The name's element and the date's with nothing between them in
     * an element named "author": "Nadia OkaforMarch 3, 2025". */
    { "resource-author-glued-date.html", "Introducing Tern: a smaller cache for query results", "2025-03-03",
      "Nadia Okafor" },
    /* A JSON-LD headline that ends with the site's own name after a
     * dash: the name goes. */
    { "gallery-ld-suffix.html", "Print fair returns to the old tram depot", "2024-09-20T12:00:00+01:00", NULL },
    /* Under the headline, a date alone in a list item, in a link to that
     * day's archive: the post's date. */
    { "clinic-day-link.html", "Why your gums bleed when you floss", "2024-05-03", NULL },
    /* No OpenGraph or JSON-LD date; the content system's own "<meta
     * name=published>", in words. */
    { "studio-meta-published.html", "Five ways to light a small studio", "2025-07-17", "Tess Quinlan" },
    /* Drupal's default date format in article:published_time, month
     * first: "Mon, 03/03/2025 - 09:30". */
    { "agency-drupal-date.html", "Boil-water notice lifted for the east district", "2025-03-03", NULL },
    /* A page builder's row of details above the headline, the one
     * itemprop=datePublished of the page, its date alone in a <time>
     * inside indented markup. */
    { "bikes-post-info.html", "How to pick a commuter bike", "2025-04-14", NULL },
    /* A "Published" label in German, the label and the date in one line
     * of a footer under a "Letzte Änderung" line: "Erschienen am:
     * 02.11.2023". */
    { "rezension-erschienen.html", "Ein Sommer am Kanal", "2023-11-02", NULL },
    /* A date alone right under the <h1>, where the title was found in a
     * section heading further down that repeats the og:title: the
     * story's date line, not a masthead's date. */
    { "mower-h1-date.html", NULL, "2024-05-21", NULL },
    /* Under the headline, a row of details as a list: a screen reader's
     * label "Erscheinungsdatum" and the date alone after it in one item. */
    { "forum-article-details.html", "Wathose im Test: die Flussläufer Pro", "2023-03-14", NULL },
    /* A forum thread's first post: the author's line (class "author")
     * holds the name and the post's date, "von Gruenfink » 03.12.2019,
     * 18:20". */
    { "board-author-line.html", NULL, "2019-12-03", "Gruenfink" },
    /* A news portal's date line under the headline, year first with
     * dots after a label: "입력 2024.05.17. 오전 9:12". */
    { "portal-dotted-date.html", "시립도서관, 야간 개관 시간 연장", "2024-05-17", NULL },
    /* A CMS's <footer> of the article's details above its body, inside
     * the <article>: "By Nora Blake" and "May 9, 2024 |", under the
     * headline; the page's own footer, with another day, is no part. */
    { "node-footer-date.html", "Four habits of teams that ship on time", "2024-05-09", "Nora Blake" },
    /* A blog's date in an <aside> of its own at the top of the <article>,
     * above the headline; the sidebar's later day is no part. */
    { "blog-aside-date.html", "Keeping a changelog by hand", "2022-09-14", "Pia Lindqvist" },
    /* No date in the metadata or around the headline: a wire's dateline
     * opening the story gives the day with its year, "KHULNA, Mar 4,
     * 2025 (NAN) - …". */
    { "wire-dated-dateline.html", "Farmers turn fallow land into fish ponds in the delta", "2025-03-04", NULL },
    /* A JSON-LD NewsArticle with one stray "}" after its object, which
     * the JSON parser refuses as a whole: read up to where it closes. */
    { "newsroom-ld-brace.html", "Gradsko vijeće odobrilo obnovu tržnice", "2024-10-08T09:40:00+02:00", NULL },
    /* No <h1>: the og:title said by an element of its own inside an
     * <h3>, after a kicker; the date line under that heading, "Mi
     * 12.06.24 | 09:15 Uhr | Von …", dates the story. */
    { "sender-kicker-h3.html", "Inselbus fährt ab Juni auch sonntags", "2024-06-12", NULL },
    /* After the story and its tags, "Written by <a>…</a>" and the day in
     * the next element: the writer's line dates the post as "Posted by
     * … on …" does. */
    { "agency-written-by-after.html", "How to plan a warehouse app that pickers actually use", "2025-09-15", NULL },
    /* Under the headline, the story opens with its update's day,
     * "Article mis à jour le 4 février 2024."; the day the article was
     * published stands above the headline, in the author's line. */
    { "revue-mis-a-jour.html", "Trois ans de chantier : ce que la rocade a coûté aux riverains", "2023-03-12",
      "Claire Vasseur" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      gsize len;
      g_autofree char *html = read_fixture (cases[i].file, &len);
      g_autoptr(DossierArticle) a = parse_bytes (cases[i].file, html, len);

      g_test_message ("%s", cases[i].file);
      if (cases[i].title)
        g_assert_cmpstr (dossier_article_get_title (a), ==, cases[i].title);
      if (cases[i].date)
        g_assert_cmpstr (dossier_article_get_date (a), ==, cases[i].date);
      if (cases[i].byline)
        g_assert_cmpstr (dossier_article_get_byline (a), ==, cases[i].byline);
      assert_offsets (a, html, len, NULL);
    }
}

/* A "Published" label and the date in the next element, in a sidebar's
 * box of details outside the article's region: the page's one such day
 * dates it. Teasers' "Posted on" lines in a list do not count; out of a
 * list, their other days leave the page undated. */
static void
test_published_label (void)
{
  gsize len;
  g_autofree char *html = read_fixture ("library-published-box.html", &len);
  g_autofree char *unlisted = NULL;
  g_autoptr(DossierArticle) a = parse_bytes ("library-published-box.html", html, len);
  g_autoptr(DossierArticle) b = NULL;

  g_assert_cmpstr (dossier_article_get_date (a), ==, "2024-03-12");
  assert_offsets (a, html, len, NULL);

  unlisted = replace_once (html, "<li><a href=\"/insights/maps/\">", "<div><a href=\"/insights/maps/\">");
  b = parse_bytes ("library-published-box.html", unlisted, strlen (unlisted));
  g_assert_null (dossier_article_get_date (b));
}

/* The box of details as a list, each row an item with a label and its
 * value ("<li><p>Mise en ligne</p><p>23 mai 2019</p></li>", a podcast's
 * credits): a row of the label and one date alone dates the page; a row
 * with a link or other words in it is a teaser's. */
static void
test_published_label_row (void)
{
  static const char *detail = "<div class=\"detail\">\n      <h3>Published</h3>\n      <p><time "
                              "datetime=\"2024-03-12T09:00:00Z\" class=\"datetime\">March 12, 2024</time></p>\n    </div>";
  struct { const char *row, *date; } cases[] = {
    { "<ul><li><p>Mise en ligne</p><p>12 mars 2024</p></li></ul>", "2024-03-12" },
    { "<ul><li><strong>Published Date: </strong> 12 March 2024 </li></ul>", "2024-03-12" },
    { "<ul><li><p>Published</p><p><a href=\"/insights/maps/\">12 March 2024</a></p></li></ul>", NULL },
    { "<ul><li><p>Published</p><p>12 March 2024</p><p>Our map room reopens</p></li></ul>", NULL },
  };
  gsize len;
  g_autofree char *html = read_fixture ("library-published-box.html", &len);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *page = replace_once (html, detail, cases[i].row);
      g_autoptr(DossierArticle) a = parse_bytes ("library-published-box.html", page, strlen (page));

      g_test_message ("%s", cases[i].row);
      g_assert_cmpstr (dossier_article_get_date (a), ==, cases[i].date);
      assert_offsets (a, page, strlen (page), NULL);
    }
}

/* An event's page: above the headline, the event's day with its hours
 * ("7:00 pm – 9:30 pm"); under it, "Deadline: March 27, 2026". Neither
 * is the page's date, and the page gives no other. */
static void
test_event_dates (void)
{
  gsize len;
  g_autofree char *html = read_fixture ("event-deadline.html", &len);
  g_autoptr(DossierArticle) a = parse_bytes ("event-deadline.html", html, len);

  g_assert_cmpstr (dossier_article_get_title (a), ==, "Startup pitch night Riverside");
  g_assert_null (dossier_article_get_date (a));
  assert_offsets (a, html, len, NULL);
}

/* A theme's banner above the story holds the headline and "Veröffentlicht
 * von <a>Jollenblog</a> am <time>6. März 2021</time>"; the story repeats
 * the headline under a line of its own. The "Published by … on …" line
 * dates the story, not the masthead; in English too, the label, the name
 * and the date each in an element of its own. */
static void
test_published_by_date (void)
{
  gsize len;
  g_autofree char *html = read_fixture ("sailing-published-by.html", &len);
  g_autofree char *label = NULL;
  g_autofree char *on = NULL;
  g_autofree char *english = NULL;
  g_autoptr(DossierArticle) a = parse_bytes ("sailing-published-by.html", html, len);
  g_autoptr(DossierArticle) b = NULL;

  g_assert_cmpstr (dossier_article_get_date (a), ==, "2021-03-06");
  assert_offsets (a, html, len, NULL);

  label = replace_once (html, "Veröffentlicht von <a", "<span>Posted by</span> <a");
  on = replace_once (label, "</a> am <time", "</a> on <time");
  english = replace_once (on, "6. März 2021", "March 6, 2021");
  b = parse_bytes ("sailing-published-by.html", english, strlen (english));
  g_assert_cmpstr (dossier_article_get_date (b), ==, "2021-03-06");
}

/* A blog's row above the headline, outside the article's region: the
 * date, then the reading time. The reading time does not make the date a
 * masthead's, beside it in one line or in an element of its own. */
static void
test_reading_time_date (void)
{
  gsize len;
  g_autofree char *html = read_fixture ("devlog-reading-time.html", &len);
  g_autofree char *one_line = NULL;
  g_autoptr(DossierArticle) a = parse_bytes ("devlog-reading-time.html", html, len);
  g_autoptr(DossierArticle) b = NULL;

  g_assert_cmpstr (dossier_article_get_date (a), ==, "2025-03-09");
  assert_offsets (a, html, len, NULL);

  one_line = replace_once (html, "Mar 9, 2025 </div>\n    <div class=\"item\"><svg class=\"icon\"><use href=\"/ui.svg#clock\"></use></svg> 4 min read </div>",
                           "March 9, 2025 - 4 minutes</div>");
  g_assert_true (strcmp (one_line, html) != 0);
  b = parse_bytes ("devlog-reading-time.html", one_line, strlen (one_line));
  g_assert_cmpstr (dossier_article_get_date (b), ==, "2025-03-09");

  g_assert_true (dossier_date_is_reading_time ("4 min read"));
  g_assert_true (dossier_date_is_reading_time (" 11 minutes "));
  g_assert_false (dossier_date_is_reading_time ("4 readers"));
  g_assert_false (dossier_date_is_reading_time ("Dec 12, 2025"));
}

/* Under the headline, the writer's name as a link to the writer's page,
 * or in an element named "author", with no label; a link to another page
 * is no byline. */
static void
test_byline_author_link (void)
{
  gsize len;
  g_autofree char *html = read_fixture ("guide-written-by.html", &len);
  g_autofree char *linked = replace_once (html, "<div class=\"label\">Written by</div><div class=\"value\">Marek Olsen</div>",
                                          "<a href=\"/author/marek-olsen/\">Marek Olsen</a>");
  g_autofree char *other = replace_once (html, "<div class=\"label\">Written by</div><div class=\"value\">Marek Olsen</div>",
                                         "<a href=\"/guides/tyres/\">Winter Tyres</a>");
  g_autofree char *named1 = replace_once (html, "<div class=\"label\">Written by</div><div class=\"value\">Marek Olsen</div>",
                                          "<div class=\"post__author-name\">Marek Olsen</div>");
  g_autofree char *named2 = replace_once (named1, "<div class=\"post-body\">", "<article class=\"post-body\">");
  g_autofree char *named = replace_once (named2, "  </div>\n</main>", "  </article>\n</main>");
  g_autoptr(DossierArticle) a = parse_bytes ("guide-written-by.html", linked, strlen (linked));
  g_autoptr(DossierArticle) b = parse_bytes ("guide-written-by.html", other, strlen (other));
  g_autoptr(DossierArticle) n = parse_bytes ("guide-written-by.html", named, strlen (named));

  g_assert_cmpstr (dossier_article_get_byline (a), ==, "Marek Olsen");
  g_assert_null (dossier_article_get_byline (b));
  /* Nor a link: an element named "author", above the <article>. */
  g_assert_cmpstr (dossier_article_get_byline (n), ==, "Marek Olsen");
  assert_offsets (a, linked, strlen (linked), NULL);
}

/* A label alone in its element and the names in the next one, away from
 * the headline: a box of details beside the story, a box of metadata
 * under it. Not a "von" inside a sentence, a label in the comments, in
 * an embedded post or in a list of other stories. */
static void
test_labelled_byline (void)
{
  gsize len, len2;
  g_autofree char *html = read_fixture ("clinic-insight-details.html", &len);
  g_autofree char *de = read_fixture ("stiftung-autor-box.html", &len2);
  g_autofree char *listed = replace_once (html, "<div class=\"item\"><h3>Author</h3><p>Priya Castellano</p></div>",
                                          "<ul><li><h3>Author</h3><p>Priya Castellano</p></li></ul>");
  g_autofree char *embedded = replace_once (html, "<div class=\"item\"><h3>Author</h3><p>Priya Castellano</p></div>",
                                            "<blockquote><p><span>Posted by</span> <b>Priya Castellano</b></p></blockquote>");
  g_autofree char *sentence = replace_once (html, "<div class=\"item\"><h3>Author</h3><p>Priya Castellano</p></div>",
                                            "<p>Cover art: <em>Harbour Lights</em> by <em>Tomas Reyes</em></p>");
  g_autofree char *unsigned_de = replace_once (de, "<h4 class=\"meta-titel\">Autor</h4><p class=\"meta-text\"><a "
                                               "href=\"/profil/jonas-weidner\">Jonas Weidner</a></p>", "");
  g_autoptr(DossierArticle) a = parse_bytes ("clinic-insight-details.html", html, len);
  g_autoptr(DossierArticle) b = parse_bytes ("stiftung-autor-box.html", de, len2);
  g_autoptr(DossierArticle) l = parse_bytes ("clinic-insight-details.html", listed, strlen (listed));
  g_autoptr(DossierArticle) e = parse_bytes ("clinic-insight-details.html", embedded, strlen (embedded));
  g_autoptr(DossierArticle) s = parse_bytes ("clinic-insight-details.html", sentence, strlen (sentence));
  g_autoptr(DossierArticle) u = parse_bytes ("stiftung-autor-box.html", unsigned_de, strlen (unsigned_de));

  g_assert_cmpstr (dossier_article_get_title (a), ==, "Why waiting rooms are getting quieter");
  g_assert_cmpstr (dossier_article_get_byline (a), ==, "Priya Castellano");
  g_assert_cmpstr (dossier_article_get_byline (b), ==, "Jonas Weidner");
  g_assert_null (dossier_article_get_byline (l));
  g_assert_null (dossier_article_get_byline (e));
  g_assert_null (dossier_article_get_byline (s));
  /* The reader's "Von <b>Leser Nord</b>" in the comments names nobody. */
  g_assert_null (dossier_article_get_byline (u));
  assert_offsets (a, html, len, NULL);
  assert_offsets (b, de, len2, NULL);
}

/* A user's handle as the meta author ("lena.morgenroth") gives way to the
 * name the page shows, here in a box of details under the story; with no
 * name shown the handle stays, and a name in the author tag keeps its
 * place. */
static void
test_byline_handle (void)
{
  gsize len;
  g_autofree char *html = read_fixture ("club-news-handle.html", &len);
  g_autofree char *bare = replace_once (html, "<div class=\"detail\"><span class=\"detail-label\">Written by</span><div "
                                        "class=\"detail-value\">Lena Morgenroth</div></div>", "");
  g_autofree char *named = replace_once (html, "content=\"lena.morgenroth\"", "content=\"Lena M. Morgenroth\"");
  g_autofree char *underscored = replace_once (html, "content=\"lena.morgenroth\"", "content=\"Lena_Morgenroth\"");
  g_autoptr(DossierArticle) a = parse_bytes ("club-news-handle.html", html, len);
  g_autoptr(DossierArticle) b = parse_bytes ("club-news-handle.html", bare, strlen (bare));
  g_autoptr(DossierArticle) n = parse_bytes ("club-news-handle.html", named, strlen (named));
  g_autoptr(DossierArticle) u = parse_bytes ("club-news-handle.html", underscored, strlen (underscored));

  g_assert_cmpstr (dossier_article_get_byline (a), ==, "Lena Morgenroth");
  g_assert_cmpstr (dossier_article_get_byline (b), ==, "lena.morgenroth");
  g_assert_cmpstr (dossier_article_get_byline (n), ==, "Lena M. Morgenroth");
  g_assert_cmpstr (dossier_article_get_byline (u), ==, "Lena Morgenroth");
  assert_offsets (a, html, len, NULL);
}

/* The story's own author element after the story, in the post's
 * footer ("Posted by <span itemprop=author>…"), where nothing above the
 * story names the writer; not a reader's name in the comments. */
static void
test_author_after_story (void)
{
  gsize len;
  g_autofree char *html = read_fixture ("blog-post-footer-author.html", &len);
  g_autofree char *bare = replace_once (html, "Posted by <span itemprop=\"author\"><span itemprop=\"name\">Maren "
                                        "Tolliver</span></span>", "");
  g_autoptr(DossierArticle) a = parse_bytes ("blog-post-footer-author.html", html, len);
  g_autoptr(DossierArticle) b = parse_bytes ("blog-post-footer-author.html", bare, strlen (bare));

  g_assert_cmpstr (dossier_article_get_title (a), ==, "Saving tomato seeds");
  g_assert_cmpstr (dossier_article_get_byline (a), ==, "Maren Tolliver");
  g_assert_null (dossier_article_get_byline (b));
  assert_offsets (a, html, len, NULL);
}

/* A NewsArticle's headline keeps its place over the <h1>: news sites
 * write it as the story's headline (Fundus's answers follow it). */
static void
test_news_headline_over_h1 (void)
{
  gsize len;
  g_autofree char *html = read_fixture ("blog-posting-h1.html", &len);
  g_autofree char *page = replace_once (html, "\"@type\":\"BlogPosting\"", "\"@type\":\"NewsArticle\"");
  g_autoptr(DossierArticle) a = parse_bytes ("blog-posting-h1.html", page, strlen (page));

  g_assert_cmpstr (dossier_article_get_title (a), ==, "Best Compost Bins 2024 – Top 7 Picks");
  assert_offsets (a, page, strlen (page), NULL);
}

/* A byline's line as review and guide sites write it: a date and a
 * label before the names, a title or a reviewer after them; a line that
 * is only a date or a label names nobody. */
static void
test_byline_line_parts (void)
{
  struct { const char *line, *byline; } cases[] = {
    { "Jan 15 Written By Oskar Lindqvist", "Oskar Lindqvist" },
    { "15 January 2024 by Oskar Lindqvist", "Oskar Lindqvist" },
    { "Guide by Oskar Lindqvist", "Oskar Lindqvist" },
    { "Oskar Lindqvist \u22c5 Review Editor \u22c5", "Oskar Lindqvist" },
    { "Oskar Lindqvist\u2022 4 mins read", "Oskar Lindqvist" },
    { "Oskar Lindqvist, DVM. Reviewed by Ruth Amsel, DVM", "Oskar Lindqvist, DVM" },
    { "Oskar Lindqvist Last updated", "Oskar Lindqvist" },
    { "Jan. 15, 2024", NULL },
    { "Jan 15 Written By", NULL },
  };
  gsize len;
  g_autofree char *html = read_fixture ("review-byline-tail.html", &len);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *page = replace_once (html, "Jan 15 Written By Oskar Lindqvist", cases[i].line);
      g_autoptr(DossierArticle) a = parse_bytes ("review-byline-tail.html", page, strlen (page));

      g_test_message ("%s", cases[i].line);
      g_assert_cmpstr (dossier_article_get_byline (a), ==, cases[i].byline);
    }
}

/* "Ann Lee, The Valley Echo": the site's name after the names goes; a
 * byline that is only ", The Valley Echo" goes with it, and the page's
 * own byline line stands. */
static void
test_byline_outlet_tail (void)
{
  struct { const char *author, *line, *byline; } cases[] = {
    { "Oskar Lindqvist and Ruth Amsel, Trailhead Review", "", "Oskar Lindqvist and Ruth Amsel" },
    { ", Trailhead Review", "", NULL },
    { ", Trailhead Review", "By Ruth Amsel", "Ruth Amsel" },
  };
  gsize len;
  g_autofree char *html = read_fixture ("review-byline-tail.html", &len);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *meta = g_strdup_printf ("<meta name=\"author\" content=\"%s\">\n</head>", cases[i].author);
      g_autofree char *one = replace_once (html, "</head>", meta);
      g_autofree char *page = replace_once (one, "Jan 15 Written By Oskar Lindqvist", cases[i].line);
      g_autoptr(DossierArticle) a = parse_bytes ("review-byline-tail.html", page, strlen (page));

      g_assert_cmpstr (dossier_article_get_byline (a), ==, cases[i].byline);
    }
}

/* Furniture's names that take the story with them: a blog's post inside
 * "date-outer" (a short one, under the amount of prose that saves a
 * wrapper) is read on a second pass where names remove nothing. */
static void
test_second_reading (void)
{
  gsize len;
  g_autofree char *html = read_fixture ("blog-date-wrapper.html", &len);
  g_autoptr(DossierArticle) a = parse_bytes ("blog-date-wrapper.html", html, len);
  const char *body = dossier_article_get_body (a);

  g_assert_nonnull (body);
  g_assert_true (g_str_has_prefix (body, "The first hard frost came on Thursday night"));
  g_assert_true (g_str_has_suffix (body, "Next week, weather permitting, the shed roof."));
  assert_absent (body, (const char *[]) { "Blog archive", "Posted by", "Notes from plot", NULL });
  assert_offsets (a, html, len, NULL);
}

/* A theme that appends the site's next posts below the story as the reader
 * scrolls (an <h1> in the headline's class, a byline and a date under it):
 * the story ends before them. A manual whose sections each open with an
 * <h1> of the title's class, with no byline, is one text. */
static void
test_next_posts (void)
{
  gsize len, mlen;
  g_autofree char *html = read_fixture ("blog-next-posts.html", &len);
  g_autofree char *manual = read_fixture ("manual-section-h1.html", &mlen);
  g_autoptr(DossierArticle) a = parse_bytes ("blog-next-posts.html", html, len);
  g_autoptr(DossierArticle) m = parse_bytes ("manual-section-h1.html", manual, mlen);
  const char *body = dossier_article_get_body (a);

  g_assert_cmpstr (dossier_article_get_title (a), ==, "Night ferry returns to the northern isles");
  g_assert_true (g_str_has_prefix (body, "The night ferry between Kirkwall"));
  g_assert_true (g_str_has_suffix (body, "before the children go to school.\""));
  assert_absent (dossier_article_get_text (a),
                 (const char *[]) { "Harbour dues", "east quay", "School roll", "pupils at the outer", NULL });
  assert_offsets (a, html, len, NULL);

  body = dossier_article_get_body (m);
  g_assert_true (g_str_has_prefix (body, "Monitoring tells you when something is broken"));
  g_assert_nonnull (strstr (body, "\n\nKeeping alerts quiet\n\n"));
  g_assert_true (g_str_has_suffix (body, "delete the ones that nobody acted on."));
}

/* A page that shows the story's opening (more than a summary's 80 words)
 * and then the whole story again, the second time under a date line and
 * after its dateline: the story is read once. A
 * paragraph quoted again further down (a pull quote) is no copy. */
static void
test_story_twice (void)
{
  static const char *opening =
    "<p>The space agency will delay the launch of its next shuttle flight by at least a month while engineers "
    "replace a faulty fuel gauge connector, managers said on Saturday.</p>"
    "<p>\"At this point, schedule is not paramount in my mind,\" the programme manager said. \"It is going to "
    "take as long as it takes.\"</p>"
    "<p>Senior managers decided on Thursday to remove a plug and an electrical connector from the tank and to "
    "test them in a laboratory before any new date is set.</p>";
  static const char *rest =
    "<p>The fuel gauges have failed now and then for two years, and the agency has twice rolled the shuttle back "
    "from the pad to look for the fault.</p>";
  g_autofree char *html = g_strdup_printf (
    "<html><head><title>Shuttle launch delayed</title></head><body><table><tr><td class=ArticleText>"
    "<h3>Shuttle launch delayed</h3>%s<p>Fri Dec 28, 7:05 AM ET</p><p>HOUSTON - %s%s</td></tr></table></body></html>",
    opening, opening + 3, rest);
  g_autoptr(DossierArticle) a = parse_bytes ("twice.html", html, strlen (html));
  const char *body = dossier_article_get_body (a);
  g_autofree char *quoted = g_strdup_printf (
    "<html><head><title>Shuttle launch delayed</title></head><body><article><h1>Shuttle launch delayed</h1>"
    "%s%s<p>The space agency will delay the launch of its next shuttle flight by at least a month while "
    "engineers replace a faulty fuel gauge connector, managers said on Saturday.</p></article></body></html>",
    opening, rest);
  g_autoptr(DossierArticle) b = parse_bytes ("quoted.html", quoted, strlen (quoted));

  g_assert_true (g_str_has_prefix (body, "The space agency will delay the launch"));
  g_assert_true (g_str_has_suffix (body, "to look for the fault."));
  g_assert_null (strstr (strstr (body, "paramount") + 1, "paramount"));
  assert_offsets (a, html, strlen (html), NULL);

  body = dossier_article_get_body (b);
  g_assert_true (g_str_has_prefix (body, "The space agency will delay the launch"));
  g_assert_true (g_str_has_suffix (body, "managers said on Saturday."));
  g_assert_nonnull (strstr (body, "paramount"));
}

/* A newsletter pop-up that a script opens, named only in its data-
 * attribute ("data-newsletter-popup-container"), with generated class
 * names that promise content ("main_content_m1tkq9zq"): the story of short
 * Japanese paragraphs in plain <p>s wins over it. */
static void
test_popup_hook (void)
{
  static const char *html =
    "<html lang=\"ja\"><head><meta charset=\"utf-8\"><title>銀行社長を解任</title></head><body>"
    "<main><article class=\"container_c1eqtp55\"><h1 class=\"title_t1x\">銀行社長を解任</h1>"
    "<section class=\"container_campx13\">"
    "<p class=\"paragraph_p18mfke4\">北海銀行は14日、同日付で社長を解任する人事を発表した。金融庁から受けた資金洗浄対策の不備を巡る経営責任を明確にする。</p>"
    "<p class=\"paragraph_p18mfke4\">持ち株会社は「役員体制の早急な見直しが必要と判断した」と説明している。再発防止策の策定と実行を急ぐ。</p>"
    "<p class=\"paragraph_p18mfke4\">後任には持ち株会社の取締役が就く。新しい社長のもとで企業統治の立て直しを急ぐ。</p>"
    "<p class=\"paragraph_p18mfke4\">金融庁は昨年12月、銀行法に基づく業務改善命令を出していた。</p>"
    "</section></article></main>"
    "<div class=\"background_b1qh5e00\" data-newsletter-popup-container=\"\"><div class=\"main_content_m1tkq9zq\">"
    "<h3 class=\"top_description_t1r4e340\">ニュースレターを登録すると続きが読めます（無料）</h3>"
    "<p class=\"newsletter_description_n3y1c40\">編集者が選んだ押さえておきたい「ニュース５本」をお届けします。（週５回配信）</p>"
    "<p class=\"bottom_description_b1de3oqa\">ご登録いただいたメールアドレス宛てにニュースレターの配信とキャンペーン情報などをお送りします。"
    "登録後の配信解除も可能です。これらメール配信の目的に限りメールアドレスを利用します。</p></div></div>"
    "</body></html>";
  g_autoptr(DossierArticle) a = parse_bytes ("popup.html", html, strlen (html));
  const char *body = dossier_article_get_body (a);

  g_assert_true (g_str_has_prefix (body, "北海銀行は14日"));
  g_assert_true (g_str_has_suffix (body, "業務改善命令を出していた。"));
  assert_absent (body, (const char *[]) { "ニュースレター", "メールアドレス", NULL });
  assert_offsets (a, html, strlen (html), NULL);
}

/* A Japanese paper's asks after the story, to register, log in or follow
 * a category, and the label of its related keywords: the site's, not the
 * story's last lines. */
static void
test_cjk_asks (void)
{
  static const char *html =
    "<html lang=\"ja\"><head><meta charset=\"utf-8\"><title>女子医大の元理事長を逮捕</title></head><body><article>"
    "<h1>女子医大の元理事長を逮捕</h1>"
    "<p>記事をマイページに保存し、『あとで読む』ことができます。ご利用には会員登録が必要です。</p>"
    "<p>東京女子医大の元理事の男性は13日、ほっとした口ぶりで語った。「理事会もずっと紛糾していた。再生への道筋をつけたい」</p>"
    "<p>報道で知って大学まで様子を見に来たという同大の女子学生（21）は「一区切りついたと思うけど、不安は残る」と話した。</p>"
    "<p>逮捕を受けて同医大は13日、記者会見を開いた。理事長が「厳粛に受け止めている」と述べた。</p>"
    "<p>記事に『リアクション』ができます。ご利用には会員登録が必要です。</p>"
    "<p>カテゴリーをフォローする</p>"
    "<p>『カテゴリーをフォロー』すると、マイページでまとめて記事を読むことができます。会員の方のみご利用いただけます。</p>"
    "<p>関連キーワード</p>"
    "</article></body></html>";
  g_autoptr(DossierArticle) a = parse_bytes ("asks.html", html, strlen (html));
  const char *body = dossier_article_get_body (a);

  g_assert_true (g_str_has_prefix (body, "東京女子医大の元理事の男性は13日"));
  g_assert_true (g_str_has_suffix (body, "「厳粛に受け止めている」と述べた。"));
  assert_absent (body, (const char *[]) { "会員", "フォロー", "関連キーワード", NULL });
  assert_offsets (a, html, strlen (html), NULL);
}

/* "<p class=imageCaption>" under a picture, on a page read a second time
 * (its wrapper, named "page-banner", is mostly links): a caption, kept
 * apart from the body, as on the first reading. */
static void
test_caption_second_reading (void)
{
  gsize len;
  g_autofree char *html = read_fixture ("news-caption-second-reading.html", &len);
  g_autoptr(DossierArticle) a = parse_bytes ("news-caption-second-reading.html", html, len);
  const char *body = dossier_article_get_body (a);

  g_assert_true (g_str_has_prefix (body, "A gold coin dug up in a vegetable patch"));
  g_assert_nonnull (strstr (body, "expected.\n\nThe retired teacher who found it"));
  g_assert_true (g_str_has_suffix (body, "two of them are in museums."));
  assert_absent (body, (const char *[]) { "Edward III", NULL });
  g_assert_nonnull (strstr (dossier_article_get_text (a), "The coin, struck in the reign of Edward III, was found"));
  assert_offsets (a, html, len, NULL);
}

/* "</header>" after a <div> left open in it: libxml2 2.9 would drop the end
 * tag and put the rest of the page in the header. The parser closes the
 * div as a browser does, so the story is read at once, and its newsletter
 * box goes by its name. A header never closed at all holds the story: the
 * second reading keeps a header of so much prose. */
static void
test_open_header (void)
{
  gsize len;
  g_autofree char *html = read_fixture ("news-open-header.html", &len);
  g_autoptr(DossierArticle) a = parse_bytes ("news-open-header.html", html, len);
  const char *body = dossier_article_get_body (a);
  g_autoptr(GString) unclosed = g_string_new (html);
  g_autoptr(DossierArticle) b = NULL;

  g_assert_nonnull (body);
  g_assert_true (g_str_has_prefix (body, "The harbour wall at Penmoor"));
  g_assert_true (g_str_has_suffix (body, "take questions from residents."));
  assert_absent (body, (const char *[]) { "morning briefing", "Quay Street", "What's on", NULL });
  assert_offsets (a, html, len, NULL);

  g_string_replace (unclosed, "</header>", "", 1);
  b = parse_bytes ("news-open-header.html", unclosed->str, unclosed->len);
  g_assert_nonnull (dossier_article_get_body (b));
  g_assert_true (g_str_has_prefix (dossier_article_get_body (b), "The harbour wall at Penmoor"));
  assert_offsets (b, unclosed->str, unclosed->len, NULL);
}

/* "… three years.</p>The developer said …": end tags of paragraphs never
 * opened part the paragraphs, as in a browser; the wire's credit after the
 * last one is a line of its own, and goes. */
static void
test_stray_paragraph_end (void)
{
  gsize len;
  g_autofree char *html = read_fixture ("wire-stray-p.html", &len);
  g_autoptr(DossierArticle) a = parse_bytes ("wire-stray-p.html", html, len);
  const char *body = dossier_article_get_body (a);

  g_assert_nonnull (body);
  g_assert_true (g_str_has_prefix (body, "Port Ellis, Feb 6 - The state planning board"));
  g_assert_nonnull (strstr (body, "almost three years.\n\nThe developer said"));
  g_assert_true (g_str_has_suffix (body, "once all of its turbines were turning."));
  assert_absent (body, (const char *[]) { "Coastline News Service", NULL });
  assert_offsets (a, html, len, NULL);
}

/* A heading line with a copyright sign in it is not the first paragraph;
 * prose that mentions the sign stays. */
static void
test_copyright_heading (void)
{
  g_autofree char *html = g_strdup_printf (
    "<html><head><title>Bridge closes</title></head><body><table><tr><td><p><b>bridge notes ...or, why I "
    "walk.</b> &copy; 2002, 2003 Ann Lee</p>%s<p>The sign &copy; on the old plaque, the council said, "
    "will be kept when the bridge is repaired, with the rest of its ironwork.</p></td></tr></table></body></html>",
    story);
  g_autoptr(DossierArticle) a = parse_bytes ("c.html", html, strlen (html));

  g_assert_true (g_str_has_prefix (dossier_article_get_body (a), "The council voted on Wednesday"));
  g_assert_true (g_str_has_suffix (dossier_article_get_body (a), "with the rest of its ironwork."));
  assert_offsets (a, html, strlen (html), NULL);
}

/* Where the headline comes from when pages disagree with themselves. */
static void
test_title_sources (void)
{
  struct { const char *head; const char *title; } cases[] = {
    /* RDFa names several properties in one tag; Dublin Core outranks
     * OpenGraph, and property= outranks name=, in any order. */
    { "<title>Page title here</title><meta property=\"x:title dc:title\" content=\"Bridge closes to cars\">"
      "<meta property=\"og:title twitter:title\" content=\"Bridge news\">", "Bridge closes to cars" },
    { "<meta name=\"og:title\" content=\"Name og title\"><meta name=\"DC.title\" content=\"Name dc title\">"
      "<meta property=\"og:title\" content=\"Property og title\"><meta property=\"dc:title\" "
      "content=\"Property dc title\">", "Property dc title" },
    { "<meta name=\"parsely-title\" content=\"Bridge closes to cars for a year\">",
      "Bridge closes to cars for a year" },
    /* A tag with no content is no title. */
    { "<title>Page title here</title><meta property=\"og:title\"><meta name=\"twitter:title\" "
      "content=\"Bridge closes\">", "Bridge closes" },
    /* A JSON-LD headline that is a description: the name the <title>
     * repeats is the title. */
    { "<title>Old Bridge - Encyclopedia</title><script type=\"application/ld+json\">{\"@type\":\"Article\","
      "\"name\":\"Old Bridge\",\"headline\":\"stone bridge over the river in the county town\"}</script>",
      "Old Bridge" },
    /* … and a headline that the <title> repeats stays. */
    { "<title>Bridge closes to cars - The Post</title><script type=\"application/ld+json\">{\"@type\":"
      "\"NewsArticle\",\"name\":\"bridge-closes\",\"headline\":\"Bridge closes to cars\"}</script>",
      "Bridge closes to cars" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *html = g_strdup_printf ("<html><head>%s</head><body><article><p>%s</p></article></body></html>",
                                               cases[i].head, story);
      g_autoptr(DossierArticle) a = parse_bytes ("t.html", html, strlen (html));

      g_assert_cmpstr (dossier_article_get_title (a), ==, cases[i].title);
      assert_offsets (a, html, strlen (html), NULL);
    }
}

/* What savers write at the top of a page: the address, the day. */
static void
test_save_marks (void)
{
  g_autofree char *chrome = g_strdup_printf (
    "<!DOCTYPE html>\n<!-- saved from url=(0047)https://news.example.org/2023/03/harbour.html -->\n"
    "<html><head><title>Bridge closes - The Post</title></head><body><p>%s</p></body></html>", story);
  g_autofree char *singlefile = g_strdup_printf (
    "<!DOCTYPE html> <html lang=\"en\"><!--\n Page saved with SingleFile \n url: https://news.example.org/x \n"
    " saved date: Tue Jun 18 2024 10:00:00 GMT+0200 (Central European Summer Time)\n-->"
    "<head><title>Bridge closes - The Post</title><link rel=\"canonical\" href=\"https://news.example.org/bridge\">"
    "</head><body><p>%s</p></body></html>", story);
  g_autoptr(DossierArticle) a = parse_bytes ("chrome.html", chrome, strlen (chrome));
  g_autoptr(DossierArticle) b = parse_bytes ("singlefile.html", singlefile, strlen (singlefile));

  g_assert_cmpstr (dossier_article_get_url (a), ==, "https://news.example.org/2023/03/harbour.html");
  g_assert_null (dossier_article_get_page_date (a));
  /* The page's own canonical link outranks the saver's note. */
  g_assert_cmpstr (dossier_article_get_url (b), ==, "https://news.example.org/bridge");
  g_assert_cmpstr (dossier_article_get_page_date (b), ==, "2024-06-18");
  g_assert_null (dossier_article_get_date (b));
  g_assert_cmpstr (dossier_article_get_outlet (b), ==, "The Post");
}

/* What a site adds after the story in its own voice, found on pages of
 * many outlets: an appeal to the reader ("Share it", "Sign up", "let us
 * know"), a line of web addresses, a label over a list of linked stories;
 * and a caption that ends with its picture's credit in brackets, in the
 * story's flow. The story's own last lines stay, even when they quote or
 * report someone saying "join us". */
static const char appeal_page[] =
  "<!DOCTYPE html><html lang=\"en\"><head><title>Ferry service to resume on the north route</title></head><body>"
  "<nav><a href=\"/\">Home</a> <a href=\"/local\">Local</a></nav>"
  "<article><h1>Ferry service to resume on the north route</h1>"
  "<p>The harbour ferry at its berth after the repairs. (credit: Port Authority/Ann Lee)</p>"
  "<p>The ferry between the two harbours will run again from Monday, the port authority said on Tuesday, "
  "after three months of repairs to the landing stage on the north shore.</p>"
  "<p>Engineers replaced the piles under the stage and rebuilt the ramp, which had sunk by half a metre "
  "during the winter storms, according to the authority's report.</p>"
  "<p>Commuters had faced a detour of forty minutes by road while the service was suspended, and local "
  "shops said trade had fallen by a fifth since December.</p>"
  "<p>The company's newsletter to shareholders said the repairs had cost less than feared.</p>"
  "<p>\xe2\x80\x9cWe invite everyone to join us on the first crossing and share it with us,\xe2\x80\x9d said the "
  "harbour master, Tom Reed.</p>"
  "<p>Anyone who wants a seat can sign up with us at the harbour office, the company said.</p>"
  "<p>Timetables and fares: https://news.example.org/harbour and https://news.example.org/ferries</p>"
  "<p>Like this story? Share it with a friend!</p>"
  "<p>Sign up for our free morning newsletter to get the day's local news in your inbox.</p>"
  "<div class=\"label\">More stories</div>"
  "<ul><li>Council votes on the new parking rules <a href=\"/a\">for the old town</a></li>"
  "<li>School roof to be replaced <a href=\"/b\">over the summer</a></li>"
  "<li>Why the river keeps flooding the same <a href=\"/c\">streets every spring</a></li></ul>"
  "</article><footer>Contact us</footer></body></html>";

static void
test_site_voice (void)
{
  g_autoptr(DossierArticle) a = parse_bytes ("appeal.html", appeal_page, sizeof appeal_page - 1);
  const char *body = dossier_article_get_body (a);
  const char *cruft[] = { "Like this story", "Sign up", "More stories", "parking rules", "School roof",
                          "credit:", "Timetables and fares", NULL };
  g_autofree char *page = replace_once (appeal_page, "<div class=\"label\">More stories</div>", "<h2>Timetable</h2>");
  g_autoptr(DossierArticle) b = NULL;
  const char *body_b;

  g_assert_true (g_str_has_prefix (body, "The ferry between the two harbours will run again from Monday"));
  g_assert_nonnull (strstr (body, "The company's newsletter to shareholders"));
  g_assert_nonnull (strstr (body, "said the harbour master, Tom Reed."));
  g_assert_true (g_str_has_suffix (body, "at the harbour office, the company said."));
  assert_absent (body, cruft);
  g_assert_nonnull (strstr (dossier_article_get_text (a), "(credit: Port Authority/Ann Lee)"));

  /* Under a heading element of its own a list is a section of the text. */
  b = parse_bytes ("appeal-h2.html", page, strlen (page));
  body_b = dossier_article_get_body (b);
  g_assert_true (g_str_has_suffix (body_b, "keeps flooding the same streets every spring"));
}

/* A story that ends on a list of its own short facts keeps them all; a
 * short line is trimmed from the end only when it stands alone. */
static const char fact_list_page[] =
  "<!DOCTYPE html><html lang=\"en\"><head><title>Eight clubs through to the cup's last round</title></head><body>"
  "<article><h1>Eight clubs through to the cup's last round</h1>"
  "<p>The draw for the last round of the county cup will be made on Friday, after the final qualifying "
  "matches were played on a wet Saturday across the county.</p>"
  "<p>Two of the eight clubs have never reached this stage before, and one of them, Westbrook, plays in "
  "the fourth division of the league.</p>"
  "<p>These are the clubs that go through, with the group each topped and how often each has reached the "
  "last round:</p>"
  "<h3>Through to the last round</h3>"
  "<ul><li>Westbrook (Group A): first time</li><li>Northfield Town (Group B): fourth time</li>"
  "<li>Ash Vale (Group C): second time</li><li>Millbridge (Group D): first time</li></ul>"
  "</article></body></html>";

static void
test_fact_list (void)
{
  g_autoptr(DossierArticle) a = parse_bytes ("facts.html", fact_list_page, sizeof fact_list_page - 1);
  const char *body = dossier_article_get_body (a);

  g_assert_true (g_str_has_prefix (body, "The draw for the last round"));
  g_assert_nonnull (strstr (body, "Westbrook (Group A): first time"));
  g_assert_true (g_str_has_suffix (body, "Millbridge (Group D): first time"));
}

/* What a byline line says after the names, and lines that only open with
 * "By", as byline_names() reads them. */
static void
test_byline_names (void)
{
  struct { const char *line, *names; } cases[] = {
    { "By JEFF KAROUB, AP Business Writer 47 minutes ago", "JEFF KAROUB, AP Business Writer" },
    { "By ANNE GEARAN – 3 days ago", "ANNE GEARAN" },
    { "By MARK LAVIE, Associated Press Writer 1 hour, 44 minutes ago", "MARK LAVIE, Associated Press Writer" },
    { "By JAMES PRICHARD, AP Business Writer Fri Dec 28, 6:46 AM ET", "JAMES PRICHARD, AP Business Writer" },
    { "Von Max Brenn 01:33", "Max Brenn" },
    { "By Adrian Shaw 18/01/2008", "Adrian Shaw" },
    /* A name whose last character ends in a byte of a dash's. */
    { "By 山田ひろこ 12:30", "山田ひろこ" },
    { "By Ann Lee — 12:30", "Ann Lee" },
    { "By Paul Meller (IDG News Service) 15/01/2008 07:25:00", "Paul Meller (IDG News Service)" },
    { "By: Ryan McNeill Last Updated: 1/14/08 11:15 AM ET | 105 times read", "Ryan McNeill" },
    { "By Joshua Stewart (jstewart@gatech.edu)", "Joshua Stewart" },
    { "By Jan Hvizdak, postmaster@aqua-fish.example", "Jan Hvizdak" },
    { "By d.kuckelkorn@boersen-zeitung.example", "d.kuckelkorn@boersen-zeitung.example" },
    { "By \"David Kim\"", "David Kim" },
    { "By changingtimes » Sat", "changingtimes" },
    { "Home » Technology Solutions » Cybersecurity", NULL },
    { "By clicking and subscribing you agree to our", NULL },
    { "By the end of this program, you will be able to:", NULL },
    { "By 2022, the law calls for 36 billion gallons of ethanol a year.", NULL },
    { "By 5 days ago", NULL },
    /* Names stay as they are: lower-case, short, or a number in them. */
    { "By kirstin boatto", "kirstin boatto" },
    { "By the Associated Press", "the Associated Press" },
    { "By 98 Buck Social", "98 Buck Social" },
    { "By Ann Lee and Tom Park", "Ann Lee and Tom Park" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *names = byline_names (cases[i].line);

      g_assert_cmpstr (names, ==, cases[i].names);
    }
}

/* A phrase set apart inside a sentence is no byline ("… could reach $1.2
 * billion <span>by 2032, reflecting …</span>"), a byline set apart after
 * the standfirst's last sentence is; a template's "undefined" names no
 * one. */
static void
test_byline_in_prose (void)
{
  struct { const char *ld_author, *standfirst, *byline; } cases[] = {
    { NULL, "<p><span>Analysts at the harbour board estimate that cargo could reach </span><a href=\"/r\">1.2 million "
      "tonnes</a> <span>by 2032, reflecting growth in both the ferry and the freight trade.</span></p>", NULL },
    { NULL, "<p>Das alte Fährhaus ist seit 30 Jahren geschlossen. Eine Theatergruppe hat es wieder geöffnet. "
      "<i>Von Eva Berg</i></p>", "Eva Berg" },
    { "undefined", "<p class=\"byline\">By Ann Lee</p>", "Ann Lee" },
    { "null", "", NULL },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *ld = cases[i].ld_author
        ? g_strdup_printf ("<script type=\"application/ld+json\">{\"@type\": \"NewsArticle\", \"headline\": "
                           "\"Ferry crews vote to return to work\", \"author\": {\"@type\": \"Person\", \"name\": "
                           "\"%s\"}}</script>", cases[i].ld_author)
        : g_strdup ("");
      g_autofree char *html = g_strdup_printf (
        "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Ferry crews vote to return to work"
        "</title>%s</head><body><article><h1>Ferry crews vote to return to work</h1>%s"
        "<p>Ferry crews in the harbour voted on Tuesday to end a two-week strike over pay, the union said, after the "
        "operator raised its offer for the second time this month.</p>"
        "<p>Services between the islands will run again from Thursday morning, with the first boats leaving at six.</p>"
        "</article></body></html>",
        ld, cases[i].standfirst);
      g_autoptr(DossierArticle) a = parse_bytes ("byline.html", html, strlen (html));

      g_assert_cmpstr (dossier_article_get_byline (a), ==, cases[i].byline);
    }
}

/* "<h1><span>Kicker<span class=visually-hidden>: </span></span><span>
 * Headline</span></h1>": the separator a screen reader is given parts the
 * kicker from the headline in the title too. */
static void
test_hidden_separator (void)
{
  struct { const char *og, *title; } cases[] = {
    { NULL, "Hafen in Not: Fährleute streiken weiter" },
    { "<meta property=\"og:title\" content=\"Hafen in Not: Fährleute streiken\">", "Hafen in Not: Fährleute streiken weiter" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *html = g_strdup_printf (
        "<!DOCTYPE html><html lang=\"de\"><head><meta charset=\"utf-8\">%s</head><body><article>"
        "<h1 class=\"h\"><span class=\"k\">Hafen in Not<span class=\"visually-hidden\">: </span></span>"
        "<span class=\"t\">Fährleute streiken weiter</span></h1>"
        "<p>Die Fährleute im Hafen haben am Dienstag beschlossen, ihren Streik um eine weitere Woche zu verlängern, "
        "teilte die Gewerkschaft mit.</p>"
        "<p>Der Betreiber will am Donnerstag ein neues Angebot vorlegen, hieß es aus dem Unternehmen.</p>"
        "</article></body></html>",
        cases[i].og ? cases[i].og : "");
      g_autoptr(DossierArticle) a = parse_bytes ("kicker.html", html, strlen (html));

      g_assert_cmpstr (dossier_article_get_title (a), ==, cases[i].title);
      assert_offsets (a, html, strlen (html), NULL);
    }
}

/* A label over a list of other posts that was left out ends no story:
 * "Das Thema könnte dich auch interessieren:", "Weiterführende Links: /
 * Verwandte Themen auf unserem Blog:". */
static void
test_dangling_label (void)
{
  const char *ends[] = { "<p>Das Thema könnte dich auch interessieren:</p>",
                         "<h3>Weiterführende Links:</h3><h3>Verwandte Themen auf unserem Blog:</h3>" };

  for (guint i = 0; i < G_N_ELEMENTS (ends); i++)
    {
      g_autofree char *html = g_strdup_printf (
        "<!DOCTYPE html><html lang=\"de\"><head><meta charset=\"utf-8\"><title>Hafenfest beginnt am Freitag</title>"
        "</head><body><article><h1>Hafenfest beginnt am Freitag</h1>"
        "<p>Das Hafenfest verwandelt die Innenstadt am letzten Maiwochenende wieder in eine große Bühne mit mehr als 200 "
        "Künstlern und vielen Darbietungen am Wasser.</p>"
        "<p>Los geht es am Freitag um 17 Uhr, am Samstag und Sonntag jeweils um 12 Uhr. Der Eintritt zum Fest ist frei."
        "</p>%s<ul class=\"x9\"><li><a href=\"/a\">Sommerfest am See</a></li></ul></article></body></html>",
        ends[i]);
      g_autoptr(DossierArticle) a = parse_bytes ("label.html", html, strlen (html));

      g_assert_true (g_str_has_suffix (dossier_article_get_body (a), "Der Eintritt zum Fest ist frei."));
    }
}

/* A pop-up's offer after the story, closed by its "No thanks" button:
 * the button and its box go, the story's last paragraph stays. */
static void
test_dismissed_offer (void)
{
  const char *html =
    "<!DOCTYPE html><html lang=\"de\"><head><meta charset=\"utf-8\"><title>Hafenfest beginnt am Freitag</title>"
    "</head><body><article><h1>Hafenfest beginnt am Freitag</h1>"
    "<div class=\"c1\"><p>Das Hafenfest verwandelt die Innenstadt am letzten Maiwochenende wieder in eine große Bühne "
    "mit mehr als 200 Künstlern und vielen Darbietungen am Wasser.</p>"
    "<p>Los geht es am Freitag um 17 Uhr, am Samstag und Sonntag jeweils um 12 Uhr. Der Eintritt zum Fest ist frei. "
    "(kas)</p></div>"
    "<div class=\"c2\"><div class=\"c3\">Sie lesen gerade auf die zweitbeste Art!</div>"
    "<ul><li>Mehr Lesekomfort auch für unterwegs</li><li>E-Paper und News in einer App</li>"
    "<li>Push-Nachrichten über den Tag hinweg</li></ul>"
    "<div class=\"c4\"><a href=\"/app\">Jetzt holen</a></div><div class=\"c5\">Nein Danke. Weiter in dieser Ansicht."
    "</div></div></article></body></html>";
  g_autoptr(DossierArticle) a = parse_bytes ("offer.html", html, strlen (html));
  const char *body = dossier_article_get_body (a);
  const char *gone[] = { "Nein Danke", "E-Paper", "Push-Nachrichten", "Lesekomfort", "zweitbeste", NULL };

  g_assert_true (g_str_has_suffix (body, "Der Eintritt zum Fest ist frei. (kas)"));
  assert_absent (body, gone);
  g_assert_true (is_dismiss_line ("No thanks"));
  g_assert_true (is_dismiss_line ("Non, merci."));
  g_assert_false (is_dismiss_line ("Nothing is settled yet"));
  g_assert_false (is_dismiss_line ("No thanks to the council, the ferry still runs on time every single day."));
}

/* An og:site_name with a tagline or a notice beside the name: the part
 * the site's address spells is the outlet. */
static void
test_outlet_tagline (void)
{
  struct { const char *site, *url, *outlet; } cases[] = {
    { "Harbour Post - Your daily news from the islands, since 1887", "https://www.harbourpost.com/news/1",
      "Harbour Post" },
    { "Ferry tickets, times and news | The Island Courier", "https://islandcourier.co.uk/a", "The Island Courier" },
    { "Harbour Hacks – the ferry developer blog", "https://hacks.harbour.org/b", "Harbour Hacks" },
    { "Harbour Post - All Rights Reserved", NULL, "Harbour Post" },
    /* The domain's label is the name, a host's other label alone is not
     * ("forum" of forum.harboursociety.org.uk). */
    { "Harbour Society | Forum", "https://forum.harboursociety.org.uk/t/1", "Harbour Society" },
    { "Harbour Society UK | Forum", "https://forum.harboursociety.org.uk/t/1", "Harbour Society UK | Forum" },
    /* Nothing the address spells: as it is. */
    { "The Nutrition Desk - Harbour School", "https://nutrition.harbour.edu/x", "The Nutrition Desk - Harbour School" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *url = cases[i].url ? g_strdup_printf ("<meta property=\"og:url\" content=\"%s\">", cases[i].url)
                                          : g_strdup ("");
      g_autofree char *html = g_strdup_printf (
        "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Ferry crews vote to return to work"
        "</title><meta property=\"og:site_name\" content=\"%s\">%s</head><body><article>"
        "<h1>Ferry crews vote to return to work</h1>"
        "<p>Ferry crews in the harbour voted on Tuesday to end a two-week strike over pay, the union said, after the "
        "operator raised its offer for the second time this month.</p>"
        "<p>Services between the islands will run again from Thursday morning, with the first boats leaving at six.</p>"
        "</article></body></html>",
        cases[i].site, url);
      g_autoptr(DossierArticle) a = parse_bytes ("outlet.html", html, strlen (html));

      g_assert_cmpstr (dossier_article_get_outlet (a), ==, cases[i].outlet);
    }
}

/* A publisher named only in another script than the page's gives way to
 * the name the <title> ends with; a page in the publisher's script keeps
 * it. */
static void
test_outlet_script (void)
{
  struct { const char *lang, *title, *publisher, *outlet; } cases[] = {
    { "en", "Ferry crews vote to return to work after two-week strike - Harbour Times", "港灣時報", "Harbour Times" },
    { "zh-TW", "渡輪船員投票結束兩週罷工 - 港灣時報", "港灣時報", "港灣時報" },
    { "ru", "Паромщики проголосовали за возвращение на работу - Harbour Times", "Гаванские новости",
      "Гаванские новости" },
    { "en", "Ferry crews vote to return to work after two-week strike - Harbour Times", "Harbour Times Group",
      "Harbour Times Group" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *html = g_strdup_printf (
        "<!DOCTYPE html><html lang=\"%s\"><head><meta charset=\"utf-8\"><title>%s</title>"
        "<script type=\"application/ld+json\">{\"@type\": \"NewsArticle\", \"datePublished\": \"2024-10-16\", "
        "\"publisher\": {\"@type\": \"Organization\", \"name\": \"%s\"}}</script></head><body><article>"
        "<p>Ferry crews in the harbour voted on Tuesday to end a two-week strike over pay, the union said, after the "
        "operator raised its offer for the second time this month.</p>"
        "<p>Services between the islands will run again from Thursday morning, with the first boats leaving at six.</p>"
        "</article></body></html>",
        cases[i].lang, cases[i].title, cases[i].publisher);
      g_autoptr(DossierArticle) a = parse_bytes ("outlet.html", html, strlen (html));

      g_assert_cmpstr (dossier_article_get_outlet (a), ==, cases[i].outlet);
    }
}

/* A page saved with a piece missing: its <title> never closes and runs on
 * into a script. The title is the headline the page shows that the
 * <title>'s first line opens with, not the script; with no such text, no
 * title is taken from it. */
static void
test_title_run_on (void)
{
  static const char *head =
    "<!DOCTYPE HTML PUBLIC \"-//W3C//DTD HTML 4.01 Transitional//EN\">\n<html>\n<head>\n"
    "<title>Ferry Crews Vote to End the Strike(The Harbour Times)ntById(\"font\");\n"
    "obj.style.fontSize = fontSize+\"pt\";\nobj.style.lineHeight = lineHeight+\"px\"\n}\n\n"
    "function goPrint() {\n\twindow.open('/print.asp?newsIdx=17238', 'preview', 'width=508');\n}\n"
    "</script>\n</head>\n<body><table><tr><td class=\"style7\">";
  static const char *tail =
    "</td></tr></table>"
    "<p>Ferry crews in the harbour voted on Tuesday to end a two-week strike over pay, the union said, after the "
    "operator raised its offer for the second time this month.</p>"
    "<p>Services between the islands will run again from Thursday morning, with the first boats leaving at six.</p>"
    "</body></html>";
  g_autofree char *shown = g_strconcat (head, "<u>Ferry Crews Vote to End the Strike</u>", tail, NULL);
  g_autofree char *hidden = g_strconcat (head, tail, NULL);
  g_autoptr(DossierArticle) a = parse_bytes ("runon.html", shown, strlen (shown));
  g_autoptr(DossierArticle) b = parse_bytes ("runon.html", hidden, strlen (hidden));

  g_assert_cmpstr (dossier_article_get_title (a), ==, "Ferry Crews Vote to End the Strike");
  g_assert_null (strstr (dossier_article_get_title (b) ? dossier_article_get_title (b) : "", "fontSize"));
  g_assert_null (strstr (dossier_article_get_title (b) ? dossier_article_get_title (b) : "", "ntById"));
  assert_offsets (a, shown, strlen (shown), NULL);
}

/* The story's first line is when it ran and when it was changed, run
 * together with nothing between them (Bloomberg: "December 6, 2016 — 6:22
 * PM EST December 7, 2016 — 1:55 PM EST"): a date line, not the story's
 * start. A sentence with two dates in it, or one date, is not such a line. */
static void
test_two_date_stamps (void)
{
  static const char *page =
    "<html><head><title>Harbour stocks rise</title></head><body><main><article><div class=\"lede\">"
    "<h1>Harbour stocks rise</h1><div class=\"times\"><time datetime=\"2016-12-06T23:22:22Z\">December 6, 2016 "
    "&#x2014; 6:22 PM EST</time> <time class=\"updated\" datetime=\"2016-12-07T18:55:19Z\">December 7, 2016 "
    "&#x2014; 1:55 PM EST</time></div></div><section class=\"main-column\">"
    "<p>Shares in the harbour companies rose to records on Tuesday after the ferry operator raised its "
    "forecast for the second time this year, traders said.</p>"
    "<p>The operator said more passengers had travelled in the autumn than in any year since it began.</p>"
    "</section></article></main></body></html>";
  g_autoptr(DossierArticle) a = parse_bytes ("stamps.html", page, strlen (page));

  g_assert_true (is_dates_only ("December 6, 2016 — 6:22 PM EST December 7, 2016 — 1:55 PM EST"));
  g_assert_true (is_dates_only ("Updated December 7, 2016 — 1:55 PM EST Published December 6, 2016"));
  g_assert_false (is_dates_only ("The ferry ran on December 6, 2016 and again on December 7, 2016."));
  g_assert_false (is_dates_only ("December 6, 2016 — 6:22 PM EST"));
  g_assert_false (is_dates_only ("December 6, 2016 — 6:22 PM EST Ferry fares rise"));

  g_assert_true (g_str_has_prefix (dossier_article_get_body (a), "Shares in the harbour companies"));
  g_assert_cmpstr (dossier_article_get_date (a), ==, "2016-12-06T23:22:22Z");
  assert_offsets (a, page, strlen (page), NULL);
}

/* A content system that writes the headline's double quotes unescaped in
 * og:title's attribute cuts it at the first of them; the <title> says it
 * whole. A title that only begins like the tag's stays the tag's. */
static void
test_title_cut_at_quote (void)
{
  struct { const char *og, *title, *expected; } cases[] = {
    { "<meta property=\"og:title\" content=\"Senator calls the ferry plan \"reckless\"\">",
      "<title>Senator calls the ferry plan \"reckless\"</title>", "Senator calls the ferry plan \"reckless\"" },
    { "<meta name=\"twitter:title\" content=\"Senator calls the ferry plan \"reckless\" \">",
      "<title>Senator calls the ferry plan \"reckless\" - Harbour Times</title>",
      "Senator calls the ferry plan \"reckless\"" },
    { "<meta property=\"og:title\" content=\"Senator calls the ferry plan reckless\">",
      "<title>Senator calls the ferry plan reckless - Harbour Times</title>", "Senator calls the ferry plan reckless" },
    /* A <title> that adds a quotation after the tag's headline: the tag
     * was not cut. */
    { "<meta property=\"og:title\" content=\"Ferry plan\">",
      "<title>Ferry plan \"reckless</title>", "Ferry plan" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *html = g_strdup_printf (
        "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">%s%s</head><body><article>"
        "<p>Ferry crews in the harbour voted on Tuesday to end a two-week strike over pay, the union said, after the "
        "operator raised its offer for the second time this month.</p>"
        "<p>Services between the islands will run again from Thursday morning, with the first boats leaving at six.</p>"
        "</article></body></html>",
        cases[i].title, cases[i].og);
      g_autoptr(DossierArticle) a = parse_bytes ("cut.html", html, strlen (html));

      g_assert_cmpstr (dossier_article_get_title (a), ==, cases[i].expected);
    }
}

/* What a <small> in the headline says is the lesser line beside it (a
 * section's name after it, a kicker before it, a page count), not the
 * headline and no part of it. */
static void
test_title_small (void)
{
  struct { const char *h1, *expected; } cases[] = {
    { "<span>Ferry crews vote to end the strike</span><span class=\"aural\">: </span>"
      "<small class=\"topline\"><span class=\"aural\">, Topic:</span> <span>Transport</span></small>",
      "Ferry crews vote to end the strike" },
    { "<small>Harbour</small> Ferry crews vote to end the strike", "Ferry crews vote to end the strike" },
    { "<a href=\"/forum/6/\">Ferry timetables</a> <small>(Page 1 of 79)</small>", "Ferry timetables" },
    /* A <small> inside the headline's words stays. */
    { "Ferry crews vote <small>again</small> to end the strike", "Ferry crews vote again to end the strike" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *html = g_strdup_printf (
        "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Harbour Times</title></head><body>"
        "<main><h1>%s</h1>"
        "<p>Ferry crews in the harbour voted on Tuesday to end a two-week strike over pay, the union said, after the "
        "operator raised its offer for the second time this month.</p>"
        "<p>Services between the islands will run again from Thursday morning, with the first boats leaving at six.</p>"
        "</main></body></html>",
        cases[i].h1);
      g_autoptr(DossierArticle) a = parse_bytes ("small.html", html, strlen (html));

      g_assert_cmpstr (dossier_article_get_title (a), ==, cases[i].expected);
    }
}

static void
test_title_suffix (void)
{
  struct { const char *in, *site, *out; } cases[] = {
    { "Harbour strike ends - BBC News", NULL, "Harbour strike ends" },
    { "Harbour strike ends | Reuters", NULL, "Harbour strike ends" },
    { "Harbour strike ends after talks — The Daily Ledger", "The Daily Ledger", "Harbour strike ends after talks" },
    { "BBC News - Harbour strike ends after talks", "BBC News", "Harbour strike ends after talks" },
    /* The site's name first, then a section: the headline is last. */
    { "bergpost.ch - Tourennews - Gletscherweg bekommt neue Hütte", "bergpost.ch",
      "Gletscherweg bekommt neue Hütte" },
    { "bergpost.ch - Gletscherweg bekommt neue Hütte - Tourennews", "bergpost.ch",
      "bergpost.ch - Gletscherweg bekommt neue Hütte" },
    { "Harbour Seals Return To The Estuary : The Shoreline : WCRN", "WCRN.org", "Harbour Seals Return To The Estuary" },
    /* The site's name glued to the headline and said again last. */
    { "Harbour Ferry TimesThe Coast's Own Guide | The Coast's Own Guide", NULL, "Harbour Ferry Times" },
    { "Ferry crews vote to return to work | Work", NULL, "Ferry crews vote to return to work" },
    /* The source in brackets last. */
    { "Ferry Crews Return To Work (from The Harbour Argus)", NULL, "Ferry Crews Return To Work" },
    { "Ferry Crews Return To Work (via Harbour Wire)", NULL, "Ferry Crews Return To Work" },
    { "Bread you can bake at home (from scratch)", NULL, "Bread you can bake at home (from scratch)" },
    /* A dash glued to the headline's last word. */
    { "Ferry crews vote to return to work- Harbour Post", NULL, "Ferry crews vote to return to work" },
    { "Ferry crews vote to return to work- and so do the pilots", NULL, "Ferry crews vote to return to work- and so do the pilots" },
    /* The site's address first. */
    { "harbourpost.com | Ferry crews vote to return to work", NULL, "Ferry crews vote to return to work" },
    { "U.S. | Ferry crews vote to return to work", NULL, "U.S. | Ferry crews vote to return to work" },
    { "Jean-Paul - a life in pictures", NULL, "Jean-Paul - a life in pictures" },
    { "No suffix here", NULL, "No suffix here" },
    /* Chinese titles glue the site's name on, no spaces; a headline's
     * own dash between two names stays. */
    { "武汉的声音：有英勇的你，才有英雄的城！-新华网", NULL, "武汉的声音：有英勇的你，才有英雄的城！" },
    { "渡轮恢复冬季时刻表_人民网", NULL, "渡轮恢复冬季时刻表" },
    { "中国-东盟博览会在南宁开幕", NULL, "中国-东盟博览会在南宁开幕" },
    { "Covid-19 cases rise in the harbour towns", NULL, "Covid-19 cases rise in the harbour towns" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *t = dossier_html_strip_site_suffix (cases[i].in, cases[i].site, NULL);
      g_assert_cmpstr (t, ==, cases[i].out);
    }
}

static void
test_charset_sniff (void)
{
  struct { const char *in, *out; } cases[] = {
    { "<html><head><meta charset=\"windows-1252\">", "windows-1252" },
    { "<META HTTP-EQUIV=\"Content-Type\" CONTENT=\"text/html; charset=ISO-8859-1\">", "iso-8859-1" },
    { "<meta charset=utf-8>", "utf-8" },
    { "<meta name=\"description\" content=\"charset talk\">", NULL },
    { "<p>no meta</p>", NULL },
    { "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>\n<html>", "iso-8859-1" },
    { "<?xml version='1.0' encoding='windows-1251' ?><html><head><meta charset=\"koi8-r\">", "koi8-r" },
    /* Not at the start: a NewsML item pasted into the page. */
    { "<html><body><span><?xml version=\"1.0\" encoding=\"iso-8859-1\"?><NewsML>", NULL },
    /* UTF-16 declared in a page of single bytes is a lie. */
    { "<?xml version=\"1.0\" encoding=\"utf-16\"?><html>", NULL },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *cs = dossier_html_sniff_charset (cases[i].in, strlen (cases[i].in));
      g_assert_cmpstr (cs, ==, cases[i].out);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/html/jsonld-article", test_jsonld_article);
  g_test_add_func ("/html/opengraph-divs", test_opengraph_divs);
  g_test_add_func ("/html/no-metadata", test_no_metadata);
  g_test_add_func ("/html/generated-classes", test_generated_classes);
  g_test_add_func ("/html/windows-1252", test_windows_1252);
  g_test_add_func ("/html/wire-story", test_wire_story);
  g_test_add_func ("/html/component-blocks", test_component_blocks);
  g_test_add_func ("/html/line-breaks", test_line_breaks);
  g_test_add_func ("/html/inline-furniture", test_inline_furniture);
  g_test_add_func ("/html/legacy-charsets", test_legacy_charsets);
  g_test_add_func ("/html/undeclared-charsets", test_undeclared_charsets);
  g_test_add_func ("/html/encoded-twice", test_encoded_twice);
  g_test_add_func ("/html/bom", test_bom);
  g_test_add_func ("/html/references", test_references);
  g_test_add_func ("/html/html5-references", test_html5_references);
  g_test_add_func ("/html/entities-jsonl", test_entities_jsonl);
  g_test_add_func ("/html/complete-save", test_complete_save);
  g_test_add_func ("/html/mhtml", test_mhtml);
  g_test_add_func ("/html/reader-view-save", test_reader_view_save);
  g_test_add_func ("/html/next-posts", test_next_posts);
  g_test_add_func ("/html/story-twice", test_story_twice);
  g_test_add_func ("/html/popup-hook", test_popup_hook);
  g_test_add_func ("/html/cjk-asks", test_cjk_asks);
  g_test_add_func ("/html/json-ld-markdown", test_json_ld_markdown);
  g_test_add_func ("/html/date-stamp-line", test_date_stamp_line);
  g_test_add_func ("/html/caption-second-reading", test_caption_second_reading);
  g_test_add_func ("/html/jsonld-variants", test_jsonld_variants);
  g_test_add_func ("/html/br-paragraphs", test_br_paragraphs);
  g_test_add_func ("/html/save-marks", test_save_marks);
  g_test_add_func ("/html/title-suffix", test_title_suffix);
  g_test_add_func ("/html/outlet-script", test_outlet_script);
  g_test_add_func ("/html/title-cut-at-quote", test_title_cut_at_quote);
  g_test_add_func ("/html/title-small", test_title_small);
  g_test_add_func ("/html/title-run-on", test_title_run_on);
  g_test_add_func ("/html/two-date-stamps", test_two_date_stamps);
  g_test_add_func ("/html/date-label-datum", test_date_label_datum);
  g_test_add_func ("/html/foreign-byline-paragraph", test_foreign_byline_paragraph);
  g_test_add_func ("/html/date-source-line-above", test_date_source_line_above);
  g_test_add_func ("/html/outlet-tagline", test_outlet_tagline);
  g_test_add_func ("/html/dismissed-offer", test_dismissed_offer);
  g_test_add_func ("/html/dangling-label", test_dangling_label);
  g_test_add_func ("/html/hidden-separator", test_hidden_separator);
  g_test_add_func ("/html/byline-in-prose", test_byline_in_prose);
  g_test_add_func ("/html/byline-names", test_byline_names);
  g_test_add_func ("/html/title-sources", test_title_sources);
  g_test_add_func ("/html/call-to-action", test_call_to_action);
  g_test_add_func ("/html/story-in-parts", test_story_in_parts);
  g_test_add_func ("/html/outlet-styles", test_outlet_styles);
  g_test_add_func ("/html/h1-two-subtitles", test_h1_two_subtitles);
  g_test_add_func ("/html/h1-one-sentence", test_h1_one_sentence);
  g_test_add_func ("/html/h1-subtitle-heading", test_h1_subtitle_heading);
  g_test_add_func ("/html/outlet-names", test_outlet_names);
  g_test_add_func ("/html/site-tail-lines", test_site_tail_lines);
  g_test_add_func ("/html/stray-paragraph-end", test_stray_paragraph_end);
  g_test_add_func ("/html/closing-prompt", test_closing_prompt);
  g_test_add_func ("/html/other-stories-label", test_other_stories_label);
  g_test_add_func ("/html/references-labels", test_references_labels);
  g_test_add_func ("/html/comments-note", test_comments_note);
  g_test_add_func ("/html/code-highlight-names", test_code_highlight_names);
  g_test_add_func ("/html/introduced-link-list", test_introduced_link_list);
  g_test_add_func ("/html/site-lines-after-story", test_site_lines_after_story);
  g_test_add_func ("/html/updated-line", test_updated_line);
  g_test_add_func ("/html/place-line", test_place_line);
  g_test_add_func ("/html/colon-dateline", test_colon_dateline);
  g_test_add_func ("/html/part-before-rows", test_part_before_rows);
  g_test_add_func ("/html/builder-columns", test_builder_columns);
  g_test_add_func ("/html/figure-table", test_figure_table);
  g_test_add_func ("/html/date-in-prose", test_date_in_prose);
  g_test_add_func ("/html/hatom-published", test_hatom_published);
  g_test_add_func ("/html/date-above-headline", test_date_above_headline);
  g_test_add_func ("/html/date-on-headline", test_date_on_headline);
  g_test_add_func ("/html/short-headline", test_short_headline);
  g_test_add_func ("/html/headline-says-more", test_headline_says_more);
  g_test_add_func ("/html/url-date", test_url_date);
  g_test_add_func ("/html/phone-like-numbers", test_phone_like_numbers);
  g_test_add_func ("/html/script-text-at-top", test_script_text_at_top);
  g_test_add_func ("/html/byline-label-alone", test_byline_label_alone);
  g_test_add_func ("/html/short-story-before-links", test_short_story_before_links);
  g_test_add_func ("/html/story-between-breaks", test_story_between_breaks);
  g_test_add_func ("/html/short-story-beside-links", test_short_story_beside_links);
  g_test_add_func ("/html/story-tail-furniture", test_story_tail_furniture);
  g_test_add_func ("/html/date-details-fallbacks", test_date_details_fallbacks);
  g_test_add_func ("/html/bare-story-in-column", test_bare_story_in_column);
  g_test_add_func ("/html/hover-cards", test_hover_cards);
  g_test_add_func ("/html/reviewer-line", test_reviewer_line);
  g_test_add_func ("/html/wire-credits", test_wire_credits);
  g_test_add_func ("/html/headline-past-tools", test_headline_past_tools);
  g_test_add_func ("/html/title-lead-date", test_title_lead_date);
  g_test_add_func ("/html/meta-date-prefixed", test_meta_date_prefixed);
  g_test_add_func ("/html/title-byline-part", test_title_byline_part);
  g_test_add_func ("/html/title-section-trail", test_title_section_trail);
  g_test_add_func ("/html/title-reworded", test_title_reworded);
  g_test_add_func ("/html/title-confirmed", test_title_confirmed);
  g_test_add_func ("/html/date-day-link-forms", test_date_day_link_forms);
  g_test_add_func ("/html/date-blog-header", test_date_blog_header);
  g_test_add_func ("/html/short-post-widget", test_short_post_widget);
  g_test_add_func ("/html/title-longer", test_title_longer);
  g_test_add_func ("/html/title-hero-h1", test_title_hero_h1);
  g_test_add_func ("/html/title-glued-seo", test_title_glued_seo);
  g_test_add_func ("/html/title-twin-h1", test_title_twin_h1);
  g_test_add_func ("/html/microdata-date", test_microdata_date);
  g_test_add_func ("/html/microdata-date-text", test_microdata_date_text);
  g_test_add_func ("/html/review-date", test_review_date);
  g_test_add_func ("/html/date-range", test_date_range);
  g_test_add_func ("/html/date-details-row", test_date_details_row);
  g_test_add_func ("/html/date-place-above-headline", test_date_place_above_headline);
  g_test_add_func ("/html/date-in-headline", test_date_in_headline);
  g_test_add_func ("/html/title-site-prefix", test_title_site_prefix);
  g_test_add_func ("/html/title-home-link", test_title_home_link);
  g_test_add_func ("/html/title-part-shown", test_title_part_shown);
  g_test_add_func ("/html/title-above-story", test_title_above_story);
  g_test_add_func ("/html/title-site-first", test_title_site_first);
  g_test_add_func ("/html/title-name-headline", test_title_name_headline);
  g_test_add_func ("/html/title-name-headline-og", test_title_name_headline_og);
  g_test_add_func ("/html/byline-tail", test_byline_tail);
  g_test_add_func ("/html/meta-wcxb", test_meta_wcxb);
  g_test_add_func ("/html/published-label", test_published_label);
  g_test_add_func ("/html/published-label-row", test_published_label_row);
  g_test_add_func ("/html/published-by-date", test_published_by_date);
  g_test_add_func ("/html/event-dates", test_event_dates);
  g_test_add_func ("/html/reading-time-date", test_reading_time_date);
  g_test_add_func ("/html/byline-author-link", test_byline_author_link);
  g_test_add_func ("/html/labelled-byline", test_labelled_byline);
  g_test_add_func ("/html/byline-handle", test_byline_handle);
  g_test_add_func ("/html/author-after-story", test_author_after_story);
  g_test_add_func ("/html/news-headline-over-h1", test_news_headline_over_h1);
  g_test_add_func ("/html/byline-line-parts", test_byline_line_parts);
  g_test_add_func ("/html/byline-outlet-tail", test_byline_outlet_tail);
  g_test_add_func ("/html/date-archive-link", test_date_archive_link);
  g_test_add_func ("/html/copyright-heading", test_copyright_heading);
  g_test_add_func ("/html/second-reading", test_second_reading);
  g_test_add_func ("/html/open-header", test_open_header);
  g_test_add_func ("/html/charset-sniff", test_charset_sniff);
  g_test_add_func ("/html/site-voice", test_site_voice);
  g_test_add_func ("/html/fact-list", test_fact_list);
  g_test_add_func ("/html/json-ld-body", test_json_ld_body);
  g_test_add_func ("/html/state-json-body", test_state_json_body);
  g_test_add_func ("/html/json-ld-body-escaped", test_json_ld_body_escaped);
  g_test_add_func ("/html/bad/redirect-and-walls", test_redirect_and_walls);
  g_test_add_func ("/html/ruby-readings", test_ruby_readings);
  g_test_add_func ("/html/bad/malformed", test_malformed);
  g_test_add_func ("/html/bad/mutations", test_mutations);
  g_test_add_func ("/html/bad/deep-nesting", test_deep_nesting);
  g_test_add_func ("/html/bad/huge-attributes", test_huge_attributes);
  g_test_add_func ("/html/bad/big-page", test_big_page);

  return g_test_run ();
}
