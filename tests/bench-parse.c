/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gstdio.h>
#include <stdlib.h>
#include <string.h>

#include "dossier-core.h"

/*
 * Parsing speed of the readers: writes a folder of N synthetic articles,
 * each as a saved web page and as a text file, and reports MB/s for each
 * reader over the same stories (files read into memory first, so the
 * figure is the parser's, not the disk's).
 *
 *   bench-parse [N]     (default 300)
 */

static const char *words[] = {
  "council", "minister", "police", "said", "on", "Tuesday", "the", "report", "found", "that", "a", "of",
  "government", "plans", "would", "cost", "million", "people", "in", "city", "after", "years", "and",
  "talks", "with", "union", "leaders", "were", "expected", "to", "end", "week", "new", "rules", "for",
};

static void
sentence (GString *s,
          GRand   *rand,
          gboolean html)
{
  guint n = g_rand_int_range (rand, 12, 30);

  for (guint i = 0; i < n; i++)
    {
      const char *w = words[g_rand_int_range (rand, 0, G_N_ELEMENTS (words))];

      if (i == 0)
        g_string_append_printf (s, "%c%s", g_ascii_toupper (w[0]), w + 1);
      else if (html && i % 9 == 4)
        g_string_append_printf (s, " <a href=\"/topic/%s\">%s</a>", w, w);
      else if (html && i % 11 == 7)
        g_string_append_printf (s, " &ldquo;%s&rdquo;", w);
      else
        g_string_append_printf (s, "%s%s", i % 7 == 3 ? ", " : " ", w);
    }
  g_string_append (s, ". ");
}

static void
write_pages (const char *dir,
             guint       n,
             GRand      *rand)
{
  for (guint k = 0; k < n; k++)
    {
      g_autoptr(GString) h = g_string_new (NULL);
      g_autoptr(GString) t = g_string_new (NULL);
      g_autofree char *hp = g_strdup_printf ("%s/story-%04u.html", dir, k);
      g_autofree char *tp = g_strdup_printf ("%s/story-%04u.txt", dir, k);
      guint paras = g_rand_int_range (rand, 8, 20);

      g_string_append_printf (h,
        "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">"
        "<title>Story number %u about the council - Bench News</title>"
        "<meta property=\"og:site_name\" content=\"Bench News\">"
        "<meta property=\"article:published_time\" content=\"2023-03-%02uT10:00:00Z\">"
        "<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@type\":\"NewsArticle\","
        "\"headline\":\"Story number %u about the council\",\"datePublished\":\"2023-03-%02uT10:00:00Z\","
        "\"author\":{\"@type\":\"Person\",\"name\":\"Jane Doe\"},\"publisher\":{\"name\":\"Bench News\"}}</script>"
        "<script>var config = {ads: true, tracking: '<div>x</div>'};</script>"
        "<style>body{font-family:serif}.nav a{color:#333}</style></head><body>"
        "<header><nav class=\"nav\"><ul><li><a href=\"/\">Home</a></li><li><a href=\"/news\">News</a></li>"
        "<li><a href=\"/sport\">Sport</a></li><li><a href=\"/business\">Business</a></li></ul></nav></header>"
        "<main><article><h1>Story number %u about the council</h1>"
        "<p class=\"byline\">By Jane Doe</p><time datetime=\"2023-03-%02u\">March %u, 2023</time>"
        "<figure><img src=\"a.jpg\"><figcaption>A picture of the council. Photo: Agency</figcaption></figure>"
        "<div class=\"article-body\">",
        k, k % 28 + 1, k, k % 28 + 1, k, k % 28 + 1, k % 28 + 1);
      g_string_append_printf (t, "Home | News | Sport | Business\n\nStory number %u about the council\n\n"
                                 "By Jane Doe\nPublished March %u, 2023\n\n", k, k % 28 + 1);
      for (guint p = 0; p < paras; p++)
        {
          g_string_append (h, "<p>");
          for (guint q = 0; q < 3; q++)
            {
              sentence (h, rand, TRUE);
              sentence (t, rand, FALSE);
            }
          g_string_append (h, "</p>\n");
          g_string_append (t, "\n\n");
          if (p == 3)
            g_string_append (h, "<div class=\"ad-slot\"><p>Advertisement</p></div>"
                                "<p class=\"promo\"><a href=\"/x\">Read more: another story</a></p>");
        }
      g_string_append (h, "</div></article><aside class=\"related\"><h3>Related</h3><ul>"
                          "<li><a href=\"/1\">First related story</a></li><li><a href=\"/2\">Second related story</a></li>"
                          "</ul></aside></main><footer><p>© 2023 Bench News</p></footer></body></html>\n");
      g_string_append (t, "Related stories\nFirst related story\nSecond related story\n\n© 2023 Bench News\n");

      g_assert_true (g_file_set_contents (hp, h->str, h->len, NULL));
      g_assert_true (g_file_set_contents (tp, t->str, t->len, NULL));
    }
}

static void
run (const char *dir,
     guint       n,
     const char *ext)
{
  g_autoptr(GPtrArray) datas = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GArray) lens = g_array_new (FALSE, FALSE, sizeof (gsize));
  guint64 total = 0, words = 0;
  gint64 t0, t1;
  double secs;

  for (guint k = 0; k < n; k++)
    {
      g_autofree char *path = g_strdup_printf ("%s/story-%04u.%s", dir, k, ext);
      char *data;
      gsize len;

      g_assert_true (g_file_get_contents (path, &data, &len, NULL));
      g_ptr_array_add (datas, data);
      g_array_append_val (lens, len);
      total += len;
    }

  t0 = g_get_monotonic_time ();
  for (guint k = 0; k < n; k++)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *name = g_strdup_printf ("story-%04u.%s", k, ext);
      g_autoptr(DossierArticle) a = dossier_article_new_from_bytes (NULL, name, g_ptr_array_index (datas, k),
                                                                    g_array_index (lens, gsize, k), &error);

      g_assert_no_error (error);
      words += dossier_article_get_word_count (a);
    }
  t1 = g_get_monotonic_time ();
  secs = (t1 - t0) / 1e6;
  printf ("%-5s %5u files  %7.2f MB  %6.3f s  %7.2f MB/s  %8.0f files/s  %9.0f body words/s\n",
          ext, n, total / 1e6, secs, total / 1e6 / secs, n / secs, words / secs);
}

int
main (int   argc,
      char *argv[])
{
  guint n = argc > 1 ? (guint) atoi (argv[1]) : 300;
  g_autofree char *dir = g_dir_make_tmp ("dossier-bench-XXXXXX", NULL);
  g_autoptr(GRand) rand = g_rand_new_with_seed (42);
  g_autoptr(GDir) d = NULL;
  const char *name;

  write_pages (dir, n, rand);
  printf ("Parsing %u synthetic articles, one core\n", n);
  run (dir, n, "html");
  run (dir, n, "txt");

  d = g_dir_open (dir, 0, NULL);
  while ((name = g_dir_read_name (d)))
    {
      g_autofree char *p = g_build_filename (dir, name, NULL);
      g_remove (p);
    }
  g_rmdir (dir);
  return 0;
}
