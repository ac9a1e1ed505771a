/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include "dossier-core.h"

static DossierArticle *
load_fixture (const char *name)
{
  g_autofree char *path = g_build_filename (TEST_DATADIR, name, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  DossierArticle *a = dossier_article_load (file, name, NULL, &error);

  g_assert_no_error (error);
  g_assert_nonnull (a);
  return a;
}

static DossierArticle *
parse_string (const char *name,
              const char *text)
{
  g_autoptr(GError) error = NULL;
  DossierArticle *a = dossier_article_new_from_bytes (NULL, name, text, strlen (text), &error);

  g_assert_no_error (error);
  g_assert_nonnull (a);
  return a;
}

/* Every byte of the analysed text maps back into the file, and text that
 * was copied verbatim is equal to the file's bytes. */
static void
assert_offsets (DossierArticle *a,
                const char     *file_bytes,
                gsize           file_len)
{
  const char *t = dossier_article_get_text (a);
  const char *p = t;

  /* Check word by word: each word's file range holds the same bytes unless
   * a character in it was normalised (no-break space, line end). */
  while (*p)
    {
      const char *w;
      gsize fs, fe;

      while (*p && (*p == ' ' || *p == '\n'))
        p++;
      if (!*p)
        break;
      w = p;
      while (*p && *p != ' ' && *p != '\n')
        p++;
      dossier_article_text_to_file (a, w - t, p - t, &fs, &fe);
      g_assert_cmpuint (fe, <=, file_len);
      g_assert_cmpuint (fs, <=, fe);
      if (fe - fs == (gsize) (p - w))
        g_assert_true (memcmp (file_bytes + fs, w, p - w) == 0);
    }
}

static void
assert_offsets_fixture (DossierArticle *a,
                        const char     *name)
{
  g_autofree char *path = g_build_filename (TEST_DATADIR, name, NULL);
  g_autofree char *data = NULL;
  gsize len;

  g_assert_true (g_file_get_contents (path, &data, &len, NULL));
  assert_offsets (a, data, len);
}

static void
assert_no_cruft (const char *body,
                 const char * const *cruft)
{
  for (guint i = 0; cruft[i]; i++)
    if (strstr (body, cruft[i]))
      g_error ("cruft “%s” found in the body", cruft[i]);
}

static void
test_seed_bbc (void)
{
  g_autoptr(DossierArticle) a = load_fixture ("bbc-china-belarus.txt");
  const char *body = dossier_article_get_body (a);
  const char *cruft[] = { "Home »", "Global News", "Source : BBC", "Source", NULL };
  gsize ts, te;

  g_assert_cmpstr (dossier_article_get_title (a), ==, "China and Belarus Express ‘Extreme Interest’ in Ukraine Peace");
  g_assert_cmpstr (dossier_article_get_outlet (a), ==, "BBC");
  g_assert_null (dossier_article_get_date (a));
  g_assert_null (dossier_article_get_page_date (a));
  g_assert_true (g_str_has_prefix (body, "The leaders of China and Belarus have expressed"));
  g_assert_true (g_str_has_suffix (body, "adhered to Western sanctions and expressed unease at Russia’s invasion of Ukraine, also an ex-Soviet state."));
  assert_no_cruft (body, cruft);
  /* U+00A0 became a space. */
  g_assert_null (strstr (body, "\xC2\xA0"));
  g_assert_nonnull (strstr (body, "All five Central Asian"));

  /* The title section points at the headline line, not the breadcrumb. */
  dossier_article_get_title_range (a, &ts, &te);
  dossier_article_text_to_file (a, ts, te, &ts, &te);
  g_assert_cmpuint (ts, ==, 101);
  assert_offsets_fixture (a, "bbc-china-belarus.txt");
  g_assert_cmpuint (dossier_article_get_word_count (a), >, 700);
}

static void
test_seed_ap (void)
{
  g_autoptr(DossierArticle) a = load_fixture ("ap-china-belarus.txt");
  const char *body = dossier_article_get_body (a);
  const char *cruft[] = { "26 C", "Tuesday, June 18, 2024", "This Week", "Latest article", "(AP)", NULL };
  gsize ds, de;

  g_assert_cmpstr (dossier_article_get_title (a), ==, "China, Belarus presidents call for Ukraine cease-fire, talks");
  g_assert_cmpstr (dossier_article_get_outlet (a), ==, "AP");
  g_assert_null (dossier_article_get_date (a));
  g_assert_cmpstr (dossier_article_get_page_date (a), ==, "2024-06-18");
  g_assert_cmpstr (dossier_article_get_place (a), ==, "Beijing");
  g_assert_true (g_str_has_prefix (body, "The presidents of China and Belarus joined Wednesday"));
  g_assert_true (g_str_has_suffix (body, "regarded as fraudulent."));
  assert_no_cruft (body, cruft);

  /* The dateline is analysed (entities in it count) but is not body. */
  dossier_article_get_dateline_range (a, &ds, &de);
  g_assert_cmpuint (de, >, ds);
  g_assert_true (g_str_has_prefix (dossier_article_get_text (a) + ds, "BEIJING (AP)"));
  assert_offsets_fixture (a, "ap-china-belarus.txt");
}

static void
test_generic_page (void)
{
  /* A made-up outlet's page with the usual furniture. */
  const char *page =
    "Skip to main content\n"
    "The Daily Ledger\n"
    "News | World | Business | Sport\n"
    "Home › World › Europe\n"
    "\n"
    "Harbour strike ends after three weeks of talks\n"
    "\n"
    "By Jane Doe and Rob Smith\n"
    "Published 14 March 2023\n"
    "5 min read\n"
    "Share this article\n"
    "\n"
    "Dock workers in the port city voted on Tuesday to end a strike that had halted most container traffic for three weeks.\n"
    "\n"
    "Dockers at work in the harbour. Photo: John Roe/Getty Images\n"
    "\n"
    "Union leaders said the agreement included a pay rise of eight percent over two years and new rules on shift lengths.\n"
    "\n"
    "Advertisement\n"
    "\n"
    "What happens next\n"
    "\n"
    "The first ships are expected to be unloaded on Thursday, the port authority said in a statement.\n"
    "\n"
    "Related stories\n"
    "Port traffic falls to lowest level in a decade\n"
    "Union calls for national day of action\n"
    "Shipping firms warn of delays\n"
    "\n"
    "Sign up for our morning newsletter\n"
    "© 2023 The Daily Ledger. All rights reserved.\n";
  g_autoptr(DossierArticle) a = parse_string ("ledger.txt", page);
  const char *body = dossier_article_get_body (a);
  const char *cruft[] = { "Skip to", "Share", "min read", "Photo:", "Advertisement", "Related", "Port traffic falls",
                          "Sign up", "©", "Published", "By Jane", NULL };

  g_assert_cmpstr (dossier_article_get_title (a), ==, "Harbour strike ends after three weeks of talks");
  g_assert_cmpstr (dossier_article_get_date (a), ==, "2023-03-14");
  g_assert_cmpstr (dossier_article_get_byline (a), ==, "Jane Doe and Rob Smith");
  g_assert_cmpstr (dossier_article_get_outlet (a), ==, "The Daily Ledger");
  g_assert_true (g_str_has_prefix (body, "Dock workers in the port city"));
  g_assert_true (g_str_has_suffix (body, "the port authority said in a statement."));
  g_assert_nonnull (strstr (body, "What happens next"));
  assert_no_cruft (body, cruft);
  /* The caption is analysed text, apart from the body. */
  g_assert_nonnull (strstr (dossier_article_get_text (a), "Dockers at work"));
}

static void
test_wire_story (void)
{
  /* Hard-wrapped newswire copy with an indented paragraph and a signature. */
  const char *wire =
    "ACME CORP TO BUY WIDGET MAKER\n"
    "\n"
    "NEW YORK, March 3 (Reuters) - Acme Corp said on Tuesday it had agreed\n"
    "to buy the privately held widget maker Foo Industries for about 120\n"
    "mln dlrs in cash, its largest purchase in a decade.\n"
    "    The company said the deal would add to earnings in its first\n"
    "full year and was expected to close in the second quarter.\n"
    " Reuter\n";
  g_autoptr(DossierArticle) a = parse_string ("wire.txt", wire);
  const char *body = dossier_article_get_body (a);

  g_assert_cmpstr (dossier_article_get_title (a), ==, "ACME CORP TO BUY WIDGET MAKER");
  g_assert_cmpstr (dossier_article_get_place (a), ==, "New York");
  g_assert_cmpstr (dossier_article_get_outlet (a), ==, "Reuters");
  g_assert_true (g_str_has_prefix (body, "Acme Corp said on Tuesday it had agreed to buy the privately held"));
  g_assert_nonnull (strstr (body, "in a decade.\n\nThe company said"));
  g_assert_true (g_str_has_suffix (body, "in the second quarter."));
  assert_offsets (a, wire, strlen (wire));
}

static void
test_agency_dateline (void)
{
  const char *page = "Storm hits the coast\n\nWashington (CNN) — A storm hit the coast on Monday, cutting power to thousands of homes.\n";
  g_autoptr(DossierArticle) a = parse_string ("cnn.txt", page);

  g_assert_cmpstr (dossier_article_get_outlet (a), ==, "CNN");
  g_assert_cmpstr (dossier_article_get_place (a), ==, "Washington");
  g_assert_true (g_str_has_prefix (dossier_article_get_body (a), "A storm hit the coast"));
}

/* "Neuss · Was kann …": a German paper's dateline with a middle dot; a
 * trail of sections is none. */
static void
test_dot_dateline (void)
{
  const char *page = "Robots in the classroom\n\nNeuss \u00B7 Was kann ein Sprachprogramm im Klassenzimmer leisten, "
                     "jenseits davon, dass es beim Schummeln hilft?\n\nDer Lehrer hat vorher festgelegt, wie schwer es "
                     "das Programm den Kindern machen soll.\n";
  const char *trail = "Robots in the classroom\n\nPolitik \u00B7 Wirtschaft \u00B7 Kultur\n\nDer Lehrer hat vorher "
                      "festgelegt, wie schwer es das Programm den Kindern in der Schule machen soll.\n";
  g_autoptr(DossierArticle) a = parse_string ("rp.txt", page);
  g_autoptr(DossierArticle) b = parse_string ("trail.txt", trail);

  g_assert_cmpstr (dossier_article_get_place (a), ==, "Neuss");
  g_assert_true (g_str_has_prefix (dossier_article_get_body (a), "Was kann ein Sprachprogramm"));
  g_assert_null (dossier_article_get_place (b));
}

static void
test_dates (void)
{
  struct { const char *in; const char *iso; gboolean only; } cases[] = {
    { "Tuesday, June 18, 2024", "2024-06-18", TRUE },
    { "18 June 2024", "2024-06-18", TRUE },
    { "Updated 10:32 GMT, 3 Mar 2023", "2023-03-03", TRUE },
    { "2023-03-01T10:00:00Z", "2023-03-01T10:00:00Z", TRUE },
    { "Sept. 5, 2022", "2022-09-05", TRUE },
    { "The deal was signed on June 18, 2024 in Paris.", "2024-06-18", FALSE },
    { "Feb 26 - Showers", NULL, FALSE },
    { "February 30, 2023", NULL, FALSE },
    /* German, French and Spanish; day-first with dots. */
    { "Mittwoch, 1. November 2023", "2023-11-01", TRUE },
    { "3. März 2023 um 10:56 Uhr", "2023-03-03", TRUE },
    { "jeudi 13 juin 2019", "2019-06-13", TRUE },
    { "martes, 3 de mayo de 2022", "2022-05-03", TRUE },
    { "19.11.2021", "2021-11-19", TRUE },
    { "06.11.23", "2023-11-06", TRUE },
    { "Von: Anna Berg | 31.10.2023", "2023-10-31", FALSE },
    { "18 June 2024 \u2014 10:32", "2024-06-18", TRUE },
    { "1.2.3.2020", NULL, FALSE },
    { "6.11.23", NULL, FALSE },
    { "31.02.2023", NULL, FALSE },
    /* Set apart as German typography does: spaces, thin or no-break
     * spaces after the dots, the same after both, and a full year. */
    { "4. 2. 2022", "2022-02-04", TRUE },
    { "4.\u20092.\u20092022.", "2022-02-04", TRUE },
    { "4.\u00a02.\u00a02022", "2022-02-04", TRUE },
    { "4. 2.2022", NULL, FALSE },
    { "4. 2. 22", NULL, FALSE },
    /* A time and a zone printed by a machine make an instant. */
    { "Mon Aug 03 12:45:00 EDT 2015", "2015-08-03T12:45:00-04:00", TRUE },
    { "Mon, 19 Dec 2016 12:55:00 PST", "2016-12-19T12:55:00-08:00", TRUE },
    { "Fri, 05 Jan 2024 08:00:00 +0100", "2024-01-05T08:00:00+01:00", TRUE },
    { "Mon Aug  3 12:45:00 2015", "2015-08-03", TRUE },
    { "Aug 03 12:45 IST 2015", NULL, FALSE },
    { "Updated: Dec 15, 2016 2:57 PM UTC", "2016-12-15T14:57:00Z", TRUE },
    { "June 18, 2024 at 12:05 a.m. EDT", "2024-06-18T00:05:00-04:00", TRUE },
    { "June 18, 2024, 6:47 p.m.", "2024-06-18", TRUE },
    { "2016-11-28 16:23:00 -0500", "2016-11-28T16:23:00-05:00", TRUE },
    { "2016-11-28 16:23 UTC", "2016-11-28T16:23:00Z", TRUE },
    /* Written again the one ISO way, whatever the page wrote. */
    { "2020/07/13 01:10", "2020-07-13T01:10:00", TRUE },
    { "2020-12-05T23:15:0Z", "2020-12-05T23:15:00Z", TRUE },
    { "2020-06-29T00:16:15+0300", "2020-06-29T00:16:15+03:00", TRUE },
    { "2021-01-02T03:04:05.123+01", "2021-01-02T03:04:05+01:00", TRUE },
    { "2023-05-02T05:12:44.000Z", "2023-05-02T05:12:44Z", TRUE },
    { "Tue Jun 18 2024 10:00:00 GMT+0200 (Central European Summer Time)", "2024-06-18T10:00:00+02:00", FALSE },
    { "Tue Jun 18 2024 10:00:00 GMT+2", "2024-06-18", TRUE },
    /* Year, month and day, as PubMed Central's citation dates; not a
     * year before a month's name and a clock time or a longer number. */
    { "2023 Jan 7", "2023-01-07", TRUE },
    { "2024 June 30", "2024-06-30", TRUE },
    { "2023 Jan 7:30", NULL, FALSE },
    { "2023 Jan 712", NULL, FALSE },
    /* Never slashes. */
    { "03/04/2023", NULL, FALSE },
    { "17/03/2020", NULL, FALSE },
    /* Chinese, Japanese and Korean. */
    { "2020年07月12日", "2020-07-12", TRUE },
    { "发布时间：2021年3月5日 10:20", "2021-03-05", TRUE },
    { "2020년 7월 12일 오후", "2020-07-12", TRUE },
    { "2020年13月12日", NULL, FALSE },
    /* Year first, with dots (Korean, Hungarian); not a version number. */
    { "2023.11.02", "2023-11-02", TRUE },
    { "2023.11.02. 오후 8:06", "2023-11-02", TRUE },
    { "PyCharm 2023.2.1", NULL, FALSE },
    { "2023.11.02.5", NULL, FALSE },
    /* The last day of a range is an event's, no date of its own. */
    { "9-23 Feb 2017", NULL, FALSE },
    { "14. \u2013 20. Januar 2022", NULL, FALSE },
    { "3. bis 5. Mai 2023", NULL, FALSE },
    { "Berlin - 23 Feb 2017", "2017-02-23", FALSE },
    /* Italian months and weekdays. */
    { "5 gennaio 2025", "2025-01-05", TRUE },
    { "giovedì 12 settembre 2024", "2024-09-12", TRUE },
    /* Portuguese, Dutch, Romanian, Polish, Czech and Russian months, in
     * the forms a date takes; "сентября" is 16 bytes long. */
    { "22 de novembro de 2020", "2020-11-22", TRUE },
    { "4 maart 2021", "2021-03-04", TRUE },
    { "20 septembrie 2020 16:20", "2020-09-20", TRUE },
    { "opublikowano: 7 kwietnia 2021", "2021-04-07", FALSE },
    { "13. října 2020", "2020-10-13", TRUE },
    { "12 сентября 2019", "2019-09-12", TRUE },
    { "15 серпня 2016", "2016-08-15", TRUE },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *iso = dossier_date_find (cases[i].in, NULL, NULL);
      g_autofree char *only = NULL;

      g_assert_cmpstr (iso, ==, cases[i].iso);
      g_assert_cmpint (dossier_date_is_only_date (cases[i].in, &only), ==, cases[i].only);
    }
}

static void
test_markdown (void)
{
  const char *md =
    "---\n"
    "title: \"Rivers rise across the north\"\n"
    "source: The Northern Echo\n"
    "url: https://example.org/rivers\n"
    "date: 2024-02-11\n"
    "author: [Ann Lee, Tom Park]\n"
    "---\n"
    "\n"
    "# Rivers rise across the north\n"
    "\n"
    "Heavy rain has pushed **several rivers** over their banks, the\n"
    "[Environment Agency](https://example.org/ea) said on _Sunday_.\n"
    "\n"
    "![A flooded road](flood.jpg)\n"
    "\n"
    "- Roads closed in `three` counties\n"
    "- Trains cancelled between York and Leeds\n"
    "\n"
    "> “We have never seen it this high,” one resident said.\n"
    "\n"
    "```\n"
    "code is not article text\n"
    "```\n";
  g_autoptr(DossierArticle) a = parse_string ("rivers.md", md);
  const char *body = dossier_article_get_body (a);
  const char *text = dossier_article_get_text (a);
  const char *ea = strstr (text, "Environment Agency");
  gsize fs, fe;

  g_assert_cmpstr (dossier_article_get_title (a), ==, "Rivers rise across the north");
  g_assert_cmpstr (dossier_article_get_outlet (a), ==, "The Northern Echo");
  g_assert_cmpstr (dossier_article_get_url (a), ==, "https://example.org/rivers");
  g_assert_cmpstr (dossier_article_get_date (a), ==, "2024-02-11");
  g_assert_cmpstr (dossier_article_get_byline (a), ==, "Ann Lee, Tom Park");
  g_assert_true (g_str_has_prefix (body, "Heavy rain has pushed several rivers over their banks, the Environment Agency said on Sunday."));
  g_assert_null (strstr (body, "**"));
  g_assert_null (strstr (body, "https://"));
  g_assert_null (strstr (body, "flooded road"));
  g_assert_null (strstr (body, "code is not"));
  g_assert_nonnull (strstr (body, "Roads closed in three counties"));
  g_assert_nonnull (strstr (body, "never seen it this high"));

  /* The link text maps to its bytes inside the brackets. */
  g_assert_nonnull (ea);
  dossier_article_text_to_file (a, ea - text, ea - text + strlen ("Environment Agency"), &fs, &fe);
  g_assert_true (memcmp (md + fs, "Environment Agency", fe - fs) == 0);
  g_assert_cmpuint (fe - fs, ==, strlen ("Environment Agency"));
  assert_offsets (a, md, strlen (md));
}

static void
test_crlf_bom (void)
{
  const char *page = "\xEF\xBB\xBFStorm closes schools in the valley\r\n\r\nSchools across the valley were closed on Monday as a storm brought snow and high winds to the region.\r\n";
  g_autoptr(DossierArticle) a = parse_string ("storm.txt", page);

  g_assert_cmpstr (dossier_article_get_title (a), ==, "Storm closes schools in the valley");
  g_assert_cmpstr (dossier_article_get_body (a), ==, "Schools across the valley were closed on Monday as a storm brought snow and high winds to the region.");
  assert_offsets (a, page, strlen (page));
}

/* Articles in scripts with no capitals, or no spaces: the headline and
 * the paragraphs are found as in English (sentences end in "。", "।",
 * "؟"; a Japanese quote may close after its full stop). */
static void
test_caseless_scripts (void)
{
  struct { const char *title, *body; } cases[] = {
    { "東京で大雨、電車止まる",
      "東京では月曜日、記録的な大雨が降り、多くの電車が止まった。気象庁によると、一時間に百ミリを超える雨が降った地域もあった。\n\n"
      "鉄道会社は「火曜日の朝までに運転を再開する見込みだ。」" },
    { "北京举行新闻发布会",
      "国家主席星期四在北京会见了来访的法国总统，双方就两国关系交换了意见。" },
    { "عودة المفاوضات في جنيف",
      "قال الرئيس يوم الخميس إن المفاوضات ستستمر في جنيف الأسبوع المقبل، وأضاف أن الوفدين سيلتقيان مرة أخرى.\n\n"
      "هل تنجح المفاوضات هذه المرة؟" },
    { "नई दिल्ली में भारी बारिश",
      "नई दिल्ली में सोमवार को भारी बारिश हुई, जिससे कई इलाकों में पानी भर गया और यातायात प्रभावित हुआ। "
      "मौसम विभाग ने अगले दो दिनों तक बारिश की चेतावनी दी है।" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *page = g_strdup_printf ("%s\n\n%s\n", cases[i].title, cases[i].body);
      g_autoptr(DossierArticle) a = parse_string ("script.txt", page);

      g_assert_cmpstr (dossier_article_get_title (a), ==, cases[i].title);
      g_assert_cmpstr (dossier_article_get_body (a), ==, cases[i].body);
      assert_offsets (a, page, strlen (page));
    }
}

/* Words as word processors count them: runs between spaces, and each
 * Chinese or Japanese character alone, their punctuation a space. */
static void
test_word_count (void)
{
  struct { const char *body; guint words; } cases[] = {
    { "Schools across the valley were closed on Monday.", 8 },
    { "東京で大雨、電車が止まる。", 11 },
    { "北京新闻：国家主席会见了法国总统。", 15 },
    { "Apple社は「iPhone 17」を発表した。", 10 },
    { "서울에서 기자회견을 열었다.", 3 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *page = g_strdup_printf ("Storm closes schools in the valley\n\n%s\n", cases[i].body);
      g_autoptr(DossierArticle) a = parse_string ("words.txt", page);

      g_assert_cmpstr (dossier_article_get_body (a), ==, cases[i].body);
      g_assert_cmpuint (dossier_article_get_word_count (a), ==, cases[i].words);
    }
}

static void
test_bad_input (void)
{
  g_autoptr(GError) error = NULL;
  const char bin[] = "\x7f" "ELF\x02\x01\x01\0\0\0\0\0\0\0\0\0";
  DossierArticle *a;

  a = dossier_article_new_from_bytes (NULL, "x.txt", bin, sizeof bin - 1, &error);
  g_assert_null (a);
  g_assert_error (error, DOSSIER_PARSE_ERROR, DOSSIER_PARSE_ERROR_BINARY);
  g_clear_error (&error);

  a = dossier_article_new_from_bytes (NULL, "x.txt", "", 0, &error);
  g_assert_null (a);
  g_assert_error (error, DOSSIER_PARSE_ERROR, DOSSIER_PARSE_ERROR_EMPTY);
  g_clear_error (&error);

  a = dossier_article_new_from_bytes (NULL, "x.txt", "\n\n  \n", 5, &error);
  g_assert_null (a);
  g_assert_error (error, DOSSIER_PARSE_ERROR, DOSSIER_PARSE_ERROR_EMPTY);
  g_clear_error (&error);

  /* Invalid UTF-8 is decoded as far as it goes and the article marked. */
  {
    const char *s = "Bad bytes \xFF\xFE here in the café\n\nThe rest of this article is perfectly readable text, which is good news.\n";
    g_autoptr(DossierArticle) b = dossier_article_new_from_bytes (NULL, "y.txt", s, strlen (s), &error);

    g_assert_no_error (error);
    g_assert_true (dossier_article_get_flags (b) & DOSSIER_ARTICLE_FLAG_INVALID_UTF8);
    g_assert_nonnull (dossier_article_get_warning (b));
    g_assert_true (g_utf8_validate (dossier_article_get_text (b), -1, NULL));
  }
}

/* Pages written in the styles of several outlets, each with the menus,
 * share buttons, captions and teasers their scrapes carry; expected.tsv
 * gives title, outlet, date, and how the body starts and ends. */
static void
test_outlet_pages (void)
{
  g_autofree char *dir = g_build_filename (TEST_DATADIR, "pages", NULL);
  g_autofree char *tsv_path = g_build_filename (dir, "expected.tsv", NULL);
  g_autofree char *tsv = NULL;
  g_auto(GStrv) rows = NULL;
  guint checked = 0;

  g_assert_true (g_file_get_contents (tsv_path, &tsv, NULL, NULL));
  rows = g_strsplit (tsv, "\n", -1);
  for (guint i = 0; rows[i]; i++)
    {
      g_auto(GStrv) f = NULL;
      g_autoptr(DossierArticle) a = NULL;
      const char *body;

      if (rows[i][0] == '#' || rows[i][0] == '\0')
        continue;
      f = g_strsplit (rows[i], "\t", -1);
      g_assert_cmpuint (g_strv_length (f), ==, 6);
      {
        g_autofree char *rel = g_build_filename ("pages", f[0], NULL);
        a = load_fixture (rel);
      }
      body = dossier_article_get_body (a);
      g_test_message ("%s", f[0]);
      g_assert_cmpstr (dossier_article_get_title (a), ==, f[1]);
      g_assert_cmpstr (dossier_article_get_outlet (a), ==, g_str_equal (f[2], "-") ? NULL : f[2]);
      g_assert_cmpstr (dossier_article_get_date (a), ==, g_str_equal (f[3], "-") ? NULL : f[3]);
      if (!g_str_has_prefix (body, f[4]) || !g_str_has_suffix (body, f[5]))
        g_error ("%s: body runs from “%.40s” to “%s”", f[0], body, body + MAX (0, (int) strlen (body) - 60));
      checked++;
    }
  g_assert_cmpuint (checked, >=, 8);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/parser/seed-bbc", test_seed_bbc);
  g_test_add_func ("/parser/seed-ap", test_seed_ap);
  g_test_add_func ("/parser/generic-page", test_generic_page);
  g_test_add_func ("/parser/wire-story", test_wire_story);
  g_test_add_func ("/parser/dates", test_dates);
  g_test_add_func ("/parser/agency-dateline", test_agency_dateline);
  g_test_add_func ("/parser/dot-dateline", test_dot_dateline);
  g_test_add_func ("/parser/markdown", test_markdown);
  g_test_add_func ("/parser/crlf-bom", test_crlf_bom);
  g_test_add_func ("/parser/bad-input", test_bad_input);
  g_test_add_func ("/parser/word-count", test_word_count);
  g_test_add_func ("/parser/caseless-scripts", test_caseless_scripts);
  g_test_add_func ("/parser/outlet-pages", test_outlet_pages);

  return g_test_run ();
}
