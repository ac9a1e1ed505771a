/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gstdio.h>
#include <json-glib/json-glib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

#include "dossier-core.h"

/* Hostile and broken input: files and folders written by anyone. Each case
 * checks that Dossier reports the problem clearly, keeps going, and stays
 * within time and memory bounds. The big inputs run in a subprocess each, so
 * that getrusage() sees the peak memory of that input alone. */

static const char *story =
  "A headline for the test\n\nThis is the body of a short test article, long enough to be read as prose by the parser.\n";

/* ASan's redzones and quarantine roughly double or triple the memory of
 * the same run. */
#if defined(__SANITIZE_ADDRESS__)
# define RSS_SCALE 3
#elif defined(__has_feature)
# if __has_feature(address_sanitizer)
#  define RSS_SCALE 3
# endif
#endif
#ifndef RSS_SCALE
# define RSS_SCALE 1
#endif
/* And ASan with the slow unwinder (./build-aux/test needs it to match
 * suppressions through GLib) makes every allocation several times dearer:
 * absolute time limits scale too; the linear-growth checks do not. */
#if RSS_SCALE > 1
# define TIME_SCALE 4
#else
# define TIME_SCALE 1
#endif

/* Peak resident memory of this process, in MB. */
static double
peak_rss_mb (void)
{
  struct rusage ru;

  getrusage (RUSAGE_SELF, &ru);
  return ru.ru_maxrss / 1024.0;
}

static char *
make_folder (void)
{
  g_autoptr(GError) error = NULL;
  char *dir = g_dir_make_tmp ("dossier-hostile-XXXXXX", &error);

  g_assert_no_error (error);
  g_chmod (dir, 0755);
  return dir;
}

static void
remove_tree (const char *dir)
{
  g_autofree char *quoted = g_shell_quote (dir);
  g_autofree char *cmd = g_strdup_printf ("chmod -R u+rwx %s 2>/dev/null; rm -rf %s", quoted, quoted);

  g_assert_cmpint (system (cmd), ==, 0);
}

static char *
write_file (const char *dir,
            const char *rel,
            const char *content,
            gssize      len)
{
  char *path = g_build_filename (dir, rel, NULL);
  g_autofree char *parent = g_path_get_dirname (path);

  g_assert_cmpint (g_mkdir_with_parents (parent, 0755), ==, 0);
  g_assert_true (g_file_set_contents (path, content, len, NULL));
  return path;
}

static DossierArticle *
parse (const char  *name,
       const char  *data,
       gsize        len,
       GError     **error)
{
  return dossier_article_new_from_bytes (NULL, name, data, len, error);
}

static DossierCorpus *
load_folder (const char *dir)
{
  g_autoptr(GFile) folder = g_file_new_for_path (dir);
  g_autoptr(GError) error = NULL;
  DossierCorpus *corpus = dossier_corpus_new (folder);

  g_assert_true (dossier_corpus_load_sync (corpus, NULL, &error));
  g_assert_no_error (error);
  return corpus;
}

static const char *
find_error (DossierCorpus *corpus,
            const char    *path)
{
  GPtrArray *errors = dossier_corpus_get_errors (corpus);

  for (guint i = 0; i < errors->len; i++)
    {
      DossierLoadError *e = g_ptr_array_index (errors, i);
      if (g_str_equal (e->path, path))
        return e->message;
    }
  return NULL;
}

/* Maps the first occurrence of @word in the article text back to the file
 * and returns the file's bytes there. */
static char *
file_bytes_of (DossierArticle *a,
               const char     *data,
               const char     *word)
{
  const char *text = dossier_article_get_text (a);
  const char *at = strstr (text, word);
  gsize s, e;

  g_assert_nonnull (at);
  dossier_article_text_to_file (a, at - text, at - text + strlen (word), &s, &e);
  return g_strndup (data + s, e - s);
}

/* Invalid and overlong UTF-8 */

static void
test_invalid_utf8 (void)
{
  /* Overlong "/" in two and three bytes, a UTF-16 surrogate, a code point
   * past U+10FFFF, a lone continuation byte, 0xFF, and a sequence cut by
   * the end of the file; "Café" makes it a UTF-8 file with bad bytes (with
   * no valid UTF-8 at all, it would be read as windows-1252). */
  static const char data[] =
    "Bad bytes in a Caf\xC3\xA9 title\n\n"
    "Overlong \xC0\xAF slash, \xE0\x80\xAF again, surrogate \xED\xA0\x80 here, "
    "too high \xF4\x90\x80\x80 there, lone \x80 byte, \xFF byte, then the word marker.\n"
    "Cut at the end \xE2\x82";
  g_autoptr(GError) error = NULL;
  g_autoptr(DossierArticle) a = parse ("bad.txt", data, sizeof data - 1, &error);
  const char *text;
  g_autofree char *marker = NULL;

  g_assert_no_error (error);
  g_assert_nonnull (a);
  text = dossier_article_get_text (a);
  g_assert_true (g_utf8_validate (text, -1, NULL));
  g_assert_true (dossier_article_get_flags (a) & DOSSIER_ARTICLE_FLAG_INVALID_UTF8);
  g_assert_nonnull (dossier_article_get_warning (a));
  /* Overlong forms are never decoded to the character they spell. */
  g_assert_null (strstr (text, "Overlong / slash"));
  g_assert_nonnull (strstr (text, "Overlong \xEF\xBF\xBD slash"));
  /* Offsets after the bad bytes still point at the right bytes. */
  marker = file_bytes_of (a, data, "marker");
  g_assert_cmpstr (marker, ==, "marker");
}

static void
test_invalid_utf8_only (void)
{
  /* Nothing valid beyond ASCII: windows-1252, where C0 AF is "À¯" and
   * never "/". */
  static const char data[] = "Title\n\nOverlong \xC0\xAF and \xE0\x80\xAF slashes in the body of the article.\n";
  g_autoptr(GError) error = NULL;
  g_autoptr(DossierArticle) a = parse ("legacy.txt", data, sizeof data - 1, &error);

  g_assert_no_error (error);
  g_assert_true (dossier_article_get_flags (a) & DOSSIER_ARTICLE_FLAG_LEGACY);
  g_assert_nonnull (dossier_article_get_warning (a));
  g_assert_true (g_utf8_validate (dossier_article_get_text (a), -1, NULL));
  g_assert_null (strstr (dossier_article_get_text (a), "Overlong /"));
}

/* UTF-16 with a byte order mark */

static char *
to_utf16 (const char *utf8,
          gboolean    big_endian,
          gsize      *len)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *body = g_convert (utf8, -1, big_endian ? "UTF-16BE" : "UTF-16LE", "UTF-8", NULL, len, &error);
  char *out;

  g_assert_no_error (error);
  out = g_malloc (*len + 2);
  out[0] = big_endian ? '\xFE' : '\xFF';
  out[1] = big_endian ? '\xFF' : '\xFE';
  memcpy (out + 2, body, *len);
  *len += 2;
  return out;
}

static void
check_utf16 (gboolean big_endian)
{
  const char *utf8 = "River floods the town\r\n\r\nThe river rose overnight and flooded the low streets of Cafédorf, officials said.\r\n";
  gsize len = 0;
  g_autofree char *data = to_utf16 (utf8, big_endian, &len);
  g_autoptr(GError) error = NULL;
  g_autoptr(DossierArticle) a = parse ("utf16.txt", data, len, &error);
  const char *text;
  const char *at;
  gsize s, e;
  g_autofree char *back = NULL;

  g_assert_no_error (error);
  g_assert_true (dossier_article_get_flags (a) & DOSSIER_ARTICLE_FLAG_UTF16);
  g_assert_cmpstr (dossier_article_get_title (a), ==, "River floods the town");
  text = dossier_article_get_text (a);
  g_assert_null (strchr (text, '\r'));

  /* A mention's offsets are bytes of the UTF-16 file: decoding them gives
   * the word back. */
  at = strstr (text, "Cafédorf");
  g_assert_nonnull (at);
  dossier_article_text_to_file (a, at - text, at - text + strlen ("Cafédorf"), &s, &e);
  g_assert_cmpuint (e - s, ==, 2 * 8);
  g_assert_cmpuint (s % 2, ==, 0);
  back = g_convert (data + s, e - s, "UTF-8", big_endian ? "UTF-16BE" : "UTF-16LE", NULL, NULL, NULL);
  g_assert_cmpstr (back, ==, "Cafédorf");
}

static void
test_utf16_le (void)
{
  check_utf16 (FALSE);
}

static void
test_utf16_be (void)
{
  check_utf16 (TRUE);
}

static void
test_utf16_odd_length (void)
{
  /* A UTF-16 file cut in the middle of a code unit, and one cut inside a
   * surrogate pair (a lone high surrogate, D83D, at the end). */
  gsize len = 0;
  g_autofree char *data = to_utf16 (story, FALSE, &len);
  g_autofree char *odd = g_malloc (len + 2);
  g_autoptr(GError) error = NULL;
  g_autoptr(DossierArticle) a = NULL;
  g_autoptr(DossierArticle) b = NULL;

  memcpy (odd, data, len);
  odd[len] = 'X';
  a = parse ("odd.txt", odd, len + 1, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (dossier_article_get_title (a), ==, "A headline for the test");

  odd[len] = '\x3D';
  odd[len + 1] = '\xD8';
  b = parse ("pair.txt", odd, len + 2, &error);
  g_assert_no_error (error);
  g_assert_true (g_utf8_validate (dossier_article_get_text (b), -1, NULL));
  g_assert_true (dossier_article_get_flags (b) & DOSSIER_ARTICLE_FLAG_INVALID_UTF8);
}

/* NUL bytes */

static void
test_nul_bytes (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DossierArticle) early = NULL;
  g_autoptr(DossierArticle) late = NULL;
  g_autoptr(GString) s = g_string_new (story);
  g_autofree char *marker = NULL;

  /* A NUL near the start: binary, refused with a message. */
  early = parse ("nul.txt", "Title\n\nBody\0with a NUL byte in it.\n", 33, &error);
  g_assert_null (early);
  g_assert_error (error, DOSSIER_PARSE_ERROR, DOSSIER_PARSE_ERROR_BINARY);
  g_clear_error (&error);

  /* A NUL after the part that is sniffed: dropped, the text after it kept,
   * and the text is not cut at it. */
  while (s->len < 10000)
    g_string_append (s, "More of the body goes on here in plain words. ");
  g_string_append_len (s, "\0", 1);
  g_string_append (s, " and after the NUL the tail marker.\n");
  late = parse ("late-nul.txt", s->str, s->len, &error);
  g_assert_no_error (error);
  g_assert_nonnull (strstr (dossier_article_get_text (late), "tail marker"));
  g_assert_cmpuint (strlen (dossier_article_get_text (late)), ==,
                    dossier_mapped_text_get_length (dossier_article_get_map (late)));
  marker = file_bytes_of (late, s->str, "marker");
  g_assert_cmpstr (marker, ==, "marker");
}

/* A 1 GB sparse file: refused by its size, never read */

static void
test_sparse_1gb (void)
{
  g_autofree char *dir = make_folder ();
  g_autofree char *path = g_build_filename (dir, "huge.txt", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(DossierArticle) a = NULL;
  g_autoptr(DossierCorpus) corpus = NULL;
  gint64 t0;
  double ms;
  int fd;

  fd = g_open (path, O_WRONLY | O_CREAT | O_TRUNC, 0644);
  g_assert_cmpint (fd, >=, 0);
  g_assert_cmpint (ftruncate (fd, (off_t) 1024 * 1024 * 1024), ==, 0);
  close (fd);
  g_free (write_file (dir, "good.txt", story, -1));

  t0 = g_get_monotonic_time ();
  a = dossier_article_load (file, "huge.txt", NULL, &error);
  ms = (g_get_monotonic_time () - t0) / 1000.0;
  g_test_message ("1 GB sparse file refused in %.2f ms", ms);
  g_assert_null (a);
  g_assert_error (error, DOSSIER_PARSE_ERROR, DOSSIER_PARSE_ERROR_TOO_LARGE);
  /* Reading 1 GB of zeros takes seconds; a refusal by size takes
   * microseconds. */
  g_assert_cmpfloat (ms, <, 200);

  corpus = load_folder (dir);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (corpus)), ==, 1);
  g_assert_nonnull (strstr (find_error (corpus, "huge.txt"), "too large"));
  g_assert_cmpfloat (peak_rss_mb (), <, 200 * RSS_SCALE);
  remove_tree (dir);
}

/* Huge single lines: bounded time and memory */

static double
time_parse (const char *name,
            const char *data,
            gsize       len,
            gboolean    expect_ok)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DossierArticle) a = NULL;
  gint64 t0 = g_get_monotonic_time ();

  a = parse (name, data, len, &error);
  if (expect_ok)
    {
      g_assert_no_error (error);
      g_assert_nonnull (a);
    }
  return (g_get_monotonic_time () - t0) / 1e6;
}

static char *
make_line (gsize       len,
           const char *unit)
{
  gsize n = strlen (unit);
  char *s = g_malloc (len + 1);

  for (gsize i = 0; i < len; i++)
    s[i] = unit[i % n];
  s[len] = '\0';
  return s;
}

/* Parses a line of @mb MB and one of an eighth of that: the time must grow
 * about linearly (8×; a quadratic parser takes 64× as long for eight times
 * the input) and stay within a few seconds. */
static void
check_big_line (const char *name,
                const char *unit,
                gsize       mb,
                gboolean    expect_ok)
{
  gsize len = mb * 1024 * 1024;
  g_autofree char *big = make_line (len, unit);
  double t_eighth, t_full;

  t_eighth = time_parse (name, big, len / 8, expect_ok);
  t_full = time_parse (name, big, len, expect_ok);
  /* On stderr: stdout of a test subprocess is not passed on. */
  g_printerr ("# %s, %" G_GSIZE_FORMAT " MB line: %.3f s (an eighth of it: %.3f s), peak RSS %.0f MB\n",
              name, mb, t_full, t_eighth, peak_rss_mb ());
  g_assert_cmpfloat (t_full, <, 30.0 * TIME_SCALE);
  /* Linear is 8×; leave room for a loaded machine (the CI box runs the
   * suites two at a time), catch n² (64×). */
  g_assert_cmpfloat (t_full, <, 24 * t_eighth + 0.2);
}

static void
test_long_line_words (void)
{
  if (g_test_subprocess ())
    {
      check_big_line ("line.txt", "the quick brown fox jumps over the lazy dog ", 10, TRUE);
      /* The input is 10 MB: a few copies of it (decoded text, clean text,
       * their maps) is fine, hundreds of MB is not. Measured: 130-150 MB. */
      g_assert_cmpfloat (peak_rss_mb (), <, 300 * RSS_SCALE);
      return;
    }
  g_test_trap_subprocess (NULL, 300 * G_USEC_PER_SEC, G_TEST_SUBPROCESS_INHERIT_STDOUT | G_TEST_SUBPROCESS_INHERIT_STDERR);
  g_test_trap_assert_passed ();
}

static void
test_long_line_markdown (void)
{
  if (g_test_subprocess ())
    {
      check_big_line ("line.md", "*em* **strong** [link](http://x/) `code` <b>tag</b> &amp; ", 10, TRUE);
      /* Measured: about 200 MB (every bit of markup is a run). */
      g_assert_cmpfloat (peak_rss_mb (), <, 400 * RSS_SCALE);
      return;
    }
  g_test_trap_subprocess (NULL, 300 * G_USEC_PER_SEC, G_TEST_SUBPROCESS_INHERIT_STDOUT | G_TEST_SUBPROCESS_INHERIT_STDERR);
  g_test_trap_assert_passed ();
}

static void
test_long_line_no_spaces (void)
{
  if (g_test_subprocess ())
    {
      /* One 10 MB word is no prose: refused or read, but quickly. */
      check_big_line ("word.txt", "abcdefghij", 10, FALSE);
      g_assert_cmpfloat (peak_rss_mb (), <, 150 * RSS_SCALE);
      return;
    }
  g_test_trap_subprocess (NULL, 300 * G_USEC_PER_SEC, G_TEST_SUBPROCESS_INHERIT_STDOUT | G_TEST_SUBPROCESS_INHERIT_STDERR);
  g_test_trap_assert_passed ();
}

static void
test_long_line_invalid_bytes (void)
{
  if (g_test_subprocess ())
    {
      /* A bad byte every five, between good text: two runs per five bytes,
       * the worst case for the map. Measured: about 310 MB (390 MB before
       * runs shrank to 28 bytes). */
      check_big_line ("bad.txt", "\xC3\xA9 \xC0 ", 10, TRUE);
      g_assert_cmpfloat (peak_rss_mb (), <, 600 * RSS_SCALE);
      return;
    }
  g_test_trap_subprocess (NULL, 300 * G_USEC_PER_SEC, G_TEST_SUBPROCESS_INHERIT_STDOUT | G_TEST_SUBPROCESS_INHERIT_STDERR);
  g_test_trap_assert_passed ();
}

static void
test_long_line_utf16 (void)
{
  if (g_test_subprocess ())
    {
      gsize len = 0;
      g_autofree char *line = make_line (5 * 1024 * 1024, "the quick brown fox jumps over the lazy dog ");
      g_autofree char *data = to_utf16 (line, FALSE, &len);
      double t_eighth, t_full;

      /* 10 MB of UTF-16: every character is a replacement (2 bytes for 1),
       * which cost a 40-byte run each until runs of same-shaped
       * replacements were merged: 450 MB then, about 90 MB now. */
      t_eighth = time_parse ("utf16.txt", data, (len / 8) & ~(gsize) 1, TRUE);
      t_full = time_parse ("utf16.txt", data, len, TRUE);
      g_printerr ("# utf16.txt, 10 MB line: %.3f s (an eighth of it: %.3f s), peak RSS %.0f MB\n",
                  t_full, t_eighth, peak_rss_mb ());
      g_assert_cmpfloat (t_full, <, 30.0 * TIME_SCALE);
      g_assert_cmpfloat (t_full, <, 24 * t_eighth + 0.2);
      g_assert_cmpfloat (peak_rss_mb (), <, 200 * RSS_SCALE);
      return;
    }
  g_test_trap_subprocess (NULL, 300 * G_USEC_PER_SEC, G_TEST_SUBPROCESS_INHERIT_STDOUT | G_TEST_SUBPROCESS_INHERIT_STDERR);
  g_test_trap_assert_passed ();
}

/* HTML: scripts, entities, huge attributes, deep nesting */

static void
test_html_scripts_and_entities (void)
{
  static const char page[] =
    "<html><head><title>Harbour reopens</title>"
    "<script>document.write('<p>SCRIPTTEXT</p>')</script>"
    "<style>p::after { content: 'STYLETEXT' }</style></head><body>"
    "<h1>Harbour reopens</h1>"
    "<p>The harbour &amp; the docks reopened on Tuesday &mdash; officials said &#8220;soon&#8221; "
    "&#0; &#xD800; &#1114112; &bogus; and the marker came after them all.</p>"
    "<p onclick=\"alert('ATTRTEXT')\">A second paragraph <img alt=\"<script>x</script>\"> of the body.</p>"
    "<noscript>NOSCRIPTTEXT</noscript><!-- COMMENTTEXT --></body></html>";
  g_autoptr(GError) error = NULL;
  g_autoptr(DossierArticle) a = parse ("page.html", page, sizeof page - 1, &error);
  const char *text;
  g_autofree char *marker = NULL;

  g_assert_no_error (error);
  text = dossier_article_get_text (a);
  g_assert_true (g_utf8_validate (text, -1, NULL));
  /* Code, styles, attributes and comments are never text. */
  g_assert_null (strstr (text, "SCRIPTTEXT"));
  g_assert_null (strstr (text, "STYLETEXT"));
  g_assert_null (strstr (text, "ATTRTEXT"));
  g_assert_null (strstr (text, "COMMENTTEXT"));
  g_assert_null (strstr (text, "<script"));
  /* Entities are decoded, bad ones do not break the text, and offsets
   * after them still point at the right bytes of the file. */
  g_assert_nonnull (strstr (text, "harbour & the docks"));
  g_assert_nonnull (strstr (text, "Tuesday — officials"));
  marker = file_bytes_of (a, page, "marker");
  g_assert_cmpstr (marker, ==, "marker");
}

static void
check_big_page (const char *ext,
                const char *what,
                const char *head,
                const char *unit,
                const char *tail,
                gsize       mb,
                double      rss_limit_mb)
{
  g_autofree char *small_name = g_strconcat ("small.", ext, NULL);
  g_autofree char *big_name = g_strconcat ("big.", ext, NULL);
  gsize n = strlen (unit), len = mb * 1024 * 1024;
  g_autoptr(GString) page = g_string_sized_new (len + 1024);
  double t_eighth, t_full;

  g_string_append (page, head);
  while (page->len < len)
    g_string_append_len (page, unit, n);
  g_string_append (page, tail);

  {
    g_autoptr(GString) small = g_string_new (head);

    while (small->len < len / 8)
      g_string_append_len (small, unit, n);
    g_string_append (small, tail);
    t_eighth = time_parse (small_name, small->str, small->len, FALSE);
  }
  t_full = time_parse (big_name, page->str, page->len, FALSE);
  g_printerr ("# %s, %" G_GSIZE_FORMAT " MB: %.3f s (an eighth of it: %.3f s), peak RSS %.0f MB\n",
              what, mb, t_full, t_eighth, peak_rss_mb ());
  g_assert_cmpfloat (t_full, <, 30.0 * TIME_SCALE);
  g_assert_cmpfloat (t_full, <, 24 * t_eighth + 0.2);
  g_assert_cmpfloat (peak_rss_mb (), <, rss_limit_mb * RSS_SCALE);
}

static void
check_big_html (const char *what,
                const char *head,
                const char *unit,
                const char *tail,
                gsize       mb,
                double      rss_limit_mb)
{
  check_big_page ("html", what, head, unit, tail, mb, rss_limit_mb);
}

#define MHTML_HEAD "MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary=\"b\"\r\n\r\n"

/* Pages saved as MHTML archives of 4 MB (the HTML in them has big-page
 * tests of its own): a page quoted-printable or base64, the page after
 * fifty thousand other parts, a boundary almost said on every line. Time
 * grows as the archive does. */
static void
test_mhtml_big (void)
{
  if (g_test_subprocess ())
    {
      /* 57 bytes: one base64 line of 76 characters, so that the lines
       * repeated are the base64 of the paragraphs repeated. */
      const char *para = "<p>The ferry sailed again on Monday, the crews said.</p>\n";
      g_autofree char *b64 = NULL;
      g_autofree char *b64_unit = NULL;
      g_autofree char *near = NULL;
      g_autofree char *near_head = NULL;
      GString *boundary = g_string_new (NULL);
      /* The sanitizers' build reads the HTML under them five times slower. */
      gsize mb = RSS_SCALE > 1 ? 1 : 4;

      g_assert_cmpuint (strlen (para), ==, 57);
      b64 = g_base64_encode ((const guchar *) para, 57);
      b64_unit = g_strconcat (b64, "\r\n", NULL);
      for (guint i = 0; i < 200; i++)
        g_string_append_c (boundary, 'b');
      near_head = g_strdup_printf ("MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary=\"%s\"\r\n\r\n"
                                   "--%s\r\nContent-Type: text/html\r\n\r\n<html><body><article>",
                                   boundary->str, boundary->str);
      g_string_truncate (boundary, 199);
      near = g_strdup_printf ("<p>A line of the story.</p>\r\n--%sx\r\n", boundary->str);
      g_string_free (boundary, TRUE);

      check_big_page ("mhtml", "mhtml, a quoted-printable page",
                      MHTML_HEAD "--b\r\nContent-Type: text/html\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n"
                      "<html><body><article>",
                      "<p>Ferry crews returned to work on Tuesday after a walk=\r\nout that cut the island off, the "
                      "union said: =E2=80=9Cwe won=E2=80=9D.</p>\r\n",
                      "</article></body></html>\r\n--b--\r\n", mb, 300);
      check_big_page ("mhtml", "mhtml, a base64 page",
                      MHTML_HEAD "--b\r\nContent-Type: text/html\r\nContent-Transfer-Encoding: base64\r\n\r\n",
                      b64_unit, "\r\n--b--\r\n", mb, 300);
      check_big_page ("mhtml", "mhtml, the page after 50,000 parts",
                      MHTML_HEAD,
                      "--b\r\nContent-Type: image/png\r\nContent-Transfer-Encoding: base64\r\n\r\niVBORw0KGgo=\r\n",
                      "--b\r\nContent-Type: text/html\r\n\r\n<html><body><article><p>The ferry sailed again on "
                      "Monday after a week in dock, the operator said.</p></article></body></html>\r\n--b--\r\n",
                      4, 300);
      check_big_page ("mhtml", "mhtml, a boundary almost said on every line", near_head, near,
                      "</article></body></html>\r\n", mb, 300);
      return;
    }
  g_test_trap_subprocess (NULL, 300 * G_USEC_PER_SEC, G_TEST_SUBPROCESS_INHERIT_STDOUT | G_TEST_SUBPROCESS_INHERIT_STDERR);
  g_test_trap_assert_passed ();
}

static void
test_html_huge_attribute (void)
{
  if (g_test_subprocess ())
    {
      check_big_html ("html, one 10 MB attribute",
                      "<html><head><title>Huge attribute</title></head><body><p data-x=\"", "abcdefgh",
                      "\">The body of the article follows a tag with a huge attribute.</p></body></html>",
                      10, 300);
      return;
    }
  g_test_trap_subprocess (NULL, 300 * G_USEC_PER_SEC, G_TEST_SUBPROCESS_INHERIT_STDOUT | G_TEST_SUBPROCESS_INHERIT_STDERR);
  g_test_trap_assert_passed ();
}

static void
test_html_deep_nesting (void)
{
  if (g_test_subprocess ())
    {
      /* 1.3 million unclosed <div>s: a recursive reader would overflow its
       * stack. */
      check_big_html ("html, nested <div> 8 MB", "<html><body>", "<div><b>", "<p>Text at the bottom.</p>", 8, 600);
      return;
    }
  g_test_trap_subprocess (NULL, 300 * G_USEC_PER_SEC, G_TEST_SUBPROCESS_INHERIT_STDOUT | G_TEST_SUBPROCESS_INHERIT_STDERR);
  g_test_trap_assert_passed ();
}

/* One element repeated a megabyte's worth after a story, for every kind
 * of line the end's, the headline's and the dates' rules look at: the time must grow
 * as the page does. A rule that looks back or forward over all the other
 * lines for each line (three did) makes such a page take minutes. */
static const char *const repeated_units[] = {
  "<button></button>",
  "<button>More</button><div hidden><p>An answer of a few words.</p></div>",
  "<p>Click here to subscribe.</p>",
  "<p>Already have an account?</p>",
  "<p>\xe2\x80\x94 A.B.</p>",
  "<p><a href=\"/x\">Virgin Mobile</a><br>Cheap calls for all.</p>",
  "<h2>More from us</h2><p>Text here now.</p>",
  "<li><a href=\"#\">x</a></li>",
  "<p>By John Smith</p>",
  "<p>Written by John Smith</p>",
  "<p>Published on 12 March 2024</p>",
  "<figure><img src=\"a.jpg\"><figcaption>Photo: AP</figcaption></figure>",
  "<h1>Another headline</h1>",
  "<div class=\"comment\"><p>Great post!</p></div>",
  "<p>Word.</p>",
  "<meta name=\"script:ld+json\" content=\"{&quot;@type&quot;:&quot;Article&quot;,"
  "&quot;datePublished&quot;:&quot;2024-10-08&quot;}\">",
  "<p>You read it. Then look at the YouTube clips.</p>",
  "<table><tr><td>Setup</td><td>Low (app recommended)</td></tr></table>",
  "<div class=\"post-body text intro\"><p>A short line, then more.</p></div>"
  "<div class=\"text post-body\"><p>Some words of the story, and more of them here.</p></div>",
  "<p><ruby>\xe5\xad\x97<rt>\xe3\x81\x98</rt></ruby><ruby>\xe5\xad\x97<rp>(</rp><rt>\xe3\x81\x98</rt><rp>)</rp></ruby></p>",
};

static void
test_html_repeated_elements (void)
{
  /* A check of how time grows, not of memory: the sanitizer build would
   * spend two and a half minutes on it for nothing the fuzzers and the
   * other cases do not already look at. */
  if (RSS_SCALE > 1)
    {
      g_test_skip ("timing sweep: run in the plain build");
      return;
    }
  if (g_test_subprocess ())
    {
      for (guint i = 0; i < G_N_ELEMENTS (repeated_units); i++)
        check_big_html (repeated_units[i],
                        "<html><head><title>Harbour reopens</title></head><body><article><h1>Harbour "
                        "reopens</h1><p>The council met on Tuesday and voted to reopen the harbour after the "
                        "storm, which had closed it for a week. Boats may sail again from Monday.</p></article>",
                        repeated_units[i], "</body></html>", 1, 300);
      /* Dates set aside in the article, each one a candidate for the
       * aside's one date (aside_of_date() counts an aside's dates once,
       * not once for each of them). */
      check_big_html ("<span class=date> in an <aside>",
                      "<html><head><title>Harbour reopens</title></head><body><article><h1>Harbour reopens</h1><p>The "
                      "council met on Tuesday and voted to reopen the harbour after the storm, which had closed it "
                      "for a week. Boats may sail again from Monday.</p><aside class=\"meta\">",
                      "<span class=\"date\">1 May 2020</span> ", "</aside></article></body></html>", 1, 300);
      return;
    }
  g_test_trap_subprocess (NULL, 300 * G_USEC_PER_SEC, G_TEST_SUBPROCESS_INHERIT_STDOUT | G_TEST_SUBPROCESS_INHERIT_STDERR);
  g_test_trap_assert_passed ();
}

static void
test_html_long_line (void)
{
  if (g_test_subprocess ())
    {
      /* Measured: about 220 MB, since the tree, its array and the visible
       * text are freed before the article's text is put together. */
      check_big_html ("html, 10 MB of paragraphs on one line", "<html><body><h1>Title</h1>",
                      "<p>The quick brown fox &amp; the lazy dog.</p>", "</body></html>", 10, 400);
      return;
    }
  g_test_trap_subprocess (NULL, 300 * G_USEC_PER_SEC, G_TEST_SUBPROCESS_INHERIT_STDOUT | G_TEST_SUBPROCESS_INHERIT_STDERR);
  g_test_trap_assert_passed ();
}

/* Folders */

static void
test_deep_nesting (void)
{
  g_autofree char *dir = make_folder ();
  g_autoptr(GString) rel = g_string_new (NULL);
  g_autoptr(DossierCorpus) corpus = NULL;
  GPtrArray *errors;
  gboolean capped = FALSE;
  gint64 t0;

  /* 200 levels, an article at levels 1, 60 and 200. */
  for (guint i = 1; i <= 200; i++)
    {
      g_string_append_printf (rel, "%sd", rel->len ? "/" : "");
      if (i == 1 || i == 60 || i == 200)
        {
          g_autofree char *f = g_strdup_printf ("%s/level-%u.txt", rel->str, i);
          g_free (write_file (dir, f, story, -1));
        }
    }

  t0 = g_get_monotonic_time ();
  corpus = load_folder (dir);
  g_test_message ("200 nested folders walked in %.1f ms",
                  (g_get_monotonic_time () - t0) / 1000.0);
  /* The walker stops at 64 levels and says so; what is above is read. */
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (corpus)), ==, 2);
  errors = dossier_corpus_get_errors (corpus);
  for (guint i = 0; i < errors->len; i++)
    {
      DossierLoadError *e = g_ptr_array_index (errors, i);

      if (strstr (e->message, "nested too deeply"))
        {
          capped = TRUE;
          g_assert_cmpuint (strlen (e->path), ==, 65 * 2 - 1);
        }
    }
  g_assert_true (capped);
  remove_tree (dir);
}

static void
test_symlinks (void)
{
  g_autofree char *dir = make_folder ();
  g_autofree char *outside = make_folder ();
  g_autoptr(DossierCorpus) corpus = NULL;
  struct { const char *name; const char *target; } links[] = {
    { "to-root", "/" },
    { "to-parent", ".." },
    { "to-self", "." },
    { "sub/up", "../.." },
    { "sub/loop", "../sub" },
    { "a-link.txt", "b-link.txt" },   /* a → b → a: ELOOP */
    { "b-link.txt", "a-link.txt" },
    { "to-etc-passwd.txt", "/etc/passwd" },
    { "to-proc.txt", "/proc/self/mem" },
  };
  g_autofree char *out_link = g_build_filename (dir, "outside", NULL);
  gint64 t0;

  g_free (write_file (dir, "sub/inside.txt", story, -1));
  g_free (write_file (outside, "private.txt", story, -1));
  for (guint i = 0; i < G_N_ELEMENTS (links); i++)
    {
      g_autofree char *path = g_build_filename (dir, links[i].name, NULL);
      g_assert_cmpint (symlink (links[i].target, path), ==, 0);
    }
  g_assert_cmpint (symlink (outside, out_link), ==, 0);

  /* Walking / would take minutes and read files that are not the
   * user's articles: the load must be quick and find only the one file. */
  t0 = g_get_monotonic_time ();
  corpus = load_folder (dir);
  g_test_message ("folder with links to / and loops read in %.1f ms",
                  (g_get_monotonic_time () - t0) / 1000.0);
  g_assert_cmpint (g_get_monotonic_time () - t0, <, 5 * G_USEC_PER_SEC);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (corpus)), ==, 1);
  g_assert_nonnull (dossier_corpus_find_article (corpus, "sub/inside.txt"));
  g_assert_null (dossier_corpus_find_article (corpus, "outside/private.txt"));
  g_assert_null (dossier_corpus_find_article (corpus, "to-etc-passwd.txt"));
  g_assert_cmpuint (dossier_corpus_get_n_files (corpus), ==, 1);
  remove_tree (dir);
  remove_tree (outside);
}

static void
test_odd_names (void)
{
  g_autofree char *dir = make_folder ();
  g_autoptr(DossierCorpus) corpus = NULL;
  g_autofree char *locked = NULL;
  const char *names[] = {
    "new\nline.txt",
    "bad\xFF\xFEname.txt",
    "tab\tand \"quotes\" and 'single'.txt",
    "$(touch pwned).txt",
    "-dash.txt",
    "sub\ndir/inner.txt",
  };
  g_autofree char *pwned = g_build_filename (dir, "pwned", NULL);

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    g_free (write_file (dir, names[i], story, -1));
  /* And one that fails, so that its name shows in an error message. */
  locked = write_file (dir, "err\nor.txt", "", 0);

  corpus = load_folder (dir);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (corpus)), ==, G_N_ELEMENTS (names));
  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      DossierArticle *a = dossier_corpus_get_article (corpus, i);

      g_assert_true (g_utf8_validate (dossier_article_get_path (a), -1, NULL));
      /* Display names can be lossy; the file itself is found by GFile. */
      g_assert_nonnull (dossier_article_get_file (a));
    }
  g_assert_nonnull (find_error (corpus, "err\nor.txt"));
  g_assert_false (g_file_test (pwned, G_FILE_TEST_EXISTS));
  remove_tree (dir);
}

static void
test_cli_odd_names (void)
{
  g_autofree char *dir = make_folder ();
  const char *argv[] = { g_getenv ("DOSSIER_CLI"), "articles", NULL, "--format=jsonl", NULL };
  g_autofree char *out = NULL, *err = NULL;
  g_auto(GStrv) lines = NULL;
  g_autoptr(GError) error = NULL;
  guint n = 0;
  int status;

  if (argv[0] == NULL)
    {
      g_test_skip ("DOSSIER_CLI not set");
      return;
    }
  g_free (write_file (dir, "new\nline.txt", story, -1));
  g_free (write_file (dir, "bad\xFFname.txt", story, -1));
  g_free (write_file (dir, "empty\nfile.txt", "", 0));
  argv[2] = dir;

  /* jsonl: still one object per line (the failed file included), whatever
   * the names hold. */
  g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, 0, NULL, NULL, &out, &err, &status, &error));
  g_assert_no_error (error);
  g_assert_cmpint (WEXITSTATUS (status), ==, 1);
  lines = g_strsplit (out, "\n", -1);
  for (guint i = 0; lines[i]; i++)
    {
      g_autoptr(JsonParser) parser = json_parser_new ();

      if (*lines[i] == '\0')
        continue;
      g_assert_true (json_parser_load_from_data (parser, lines[i], -1, NULL));
      n++;
    }
  g_assert_cmpuint (n, ==, 3);
  g_assert_true (g_utf8_validate (out, -1, NULL));
  /* Errors stay one "FILE: message" line each. */
  g_assert_cmpstr (err, ==, "empty\\nfile.txt: File is empty\n");

  /* Text: one line per article, and no terminal escape gets through. */
  g_free (write_file (dir, "esc\x1b]0;title\x07.txt", story, -1));
  argv[3] = "--format=text";
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);
  g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, 0, NULL, NULL, &out, &err, &status, &error));
  g_assert_no_error (error);
  g_assert_null (strchr (out, '\x1b'));
  g_assert_nonnull (strstr (out, "(new\\nline.txt)\n"));
  g_assert_nonnull (strstr (out, "(esc\\x1b]0;title\\x07.txt)\n"));
  g_strfreev (lines);
  lines = g_strsplit (g_strchomp (out), "\n", -1);
  g_assert_cmpuint (g_strv_length (lines), ==, 3);
  remove_tree (dir);
}

/* Files that change under the reader */

typedef struct
{
  char *path;
  gint stop;
} Churn;

static gpointer
churn_thread (gpointer data)
{
  Churn *c = data;
  guint i = 0;

  /* Truncate, grow, replace and delete the file as fast as possible. */
  while (!g_atomic_int_get (&c->stop))
    {
      int fd;

      switch (i++ % 4)
        {
        case 0:
          truncate (c->path, 0);
          break;
        case 1:
          g_file_set_contents (c->path, story, -1, NULL);
          break;
        case 2:
          fd = g_open (c->path, O_WRONLY | O_APPEND, 0);
          if (fd >= 0)
            {
              for (guint k = 0; k < 50; k++)
                if (write (fd, story, strlen (story)) < 0)
                  break;
              close (fd);
            }
          break;
        default:
          g_unlink (c->path);
          break;
        }
      /* Long enough for some loads to see each state. */
      g_usleep (20);
    }
  return NULL;
}

static void
test_truncated_while_reading (void)
{
  g_autofree char *dir = make_folder ();
  g_autoptr(GFile) file = NULL;
  Churn c = { 0 };
  GThread *thread;
  guint ok = 0, failed = 0;
  gint64 deadline;

  c.path = write_file (dir, "churn.txt", story, -1);
  file = g_file_new_for_path (c.path);
  thread = g_thread_new ("churn", churn_thread, &c);

  /* Each load either reads some consistent bytes or fails with a message;
   * it never crashes, hangs or reads past what it got. */
  deadline = g_get_monotonic_time () + G_USEC_PER_SEC;
  while (g_get_monotonic_time () < deadline)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(DossierArticle) a = dossier_article_load (file, "churn.txt", NULL, &error);

      if (a)
        {
          g_assert_no_error (error);
          g_assert_true (g_utf8_validate (dossier_article_get_text (a), -1, NULL));
          ok++;
        }
      else
        {
          g_assert_nonnull (error);
          g_assert_cmpstr (error->message, !=, "");
          failed++;
        }
    }
  g_atomic_int_set (&c.stop, 1);
  g_thread_join (thread);
  g_test_message ("file churned while reading: %u loads read it, %u failed cleanly", ok, failed);
  g_assert_cmpuint (ok + failed, >, 0);
  g_free (c.path);
  remove_tree (dir);
}

static gint deleted; /* 0: not yet, 1: deleting, 2: done */

static void
on_article (DossierArticle *article,
            gpointer        user_data)
{
  const char *dir = user_data;

  /* The first article read (on a worker thread): delete every file of the
   * folder, so that those not read yet vanish between the walk and their
   * read. The other workers wait here meanwhile, so each reads at most the
   * one file it had started. */
  if (g_atomic_int_compare_and_exchange (&deleted, 0, 1))
    {
      for (guint i = 0; i < 300; i++)
        {
          g_autofree char *path = g_strdup_printf ("%s/a-%04u.txt", dir, i);
          g_unlink (path);
        }
      g_atomic_int_set (&deleted, 2);
    }
  while (g_atomic_int_get (&deleted) != 2)
    g_usleep (100);
}

static void
test_deleted_after_walk (void)
{
  g_autofree char *dir = make_folder ();
  g_autoptr(GFile) folder = g_file_new_for_path (dir);
  g_autoptr(DossierCorpus) corpus = dossier_corpus_new (folder);
  g_autoptr(GError) error = NULL;
  guint items, n_errors;

  for (guint i = 0; i < 300; i++)
    {
      g_autofree char *rel = g_strdup_printf ("a-%04u.txt", i);
      g_free (write_file (dir, rel, story, -1));
    }
  dossier_corpus_set_article_func (corpus, on_article, dir);
  g_assert_true (dossier_corpus_load_sync (corpus, NULL, &error));
  items = g_list_model_get_n_items (G_LIST_MODEL (corpus));
  n_errors = dossier_corpus_get_errors (corpus)->len;
  g_test_message ("300 files deleted during the load: %u read, %u errors", items, n_errors);
  /* Every file is accounted for: read before it went, or reported. */
  g_assert_cmpuint (items + n_errors, ==, 300);
  g_assert_cmpuint (n_errors, >, 0);
  for (guint i = 0; i < n_errors; i++)
    {
      DossierLoadError *e = g_ptr_array_index (dossier_corpus_get_errors (corpus), i);
      g_assert_nonnull (strstr (e->message, "No such file"));
    }
  remove_tree (dir);
}

static void
test_fifo_and_devices (void)
{
  g_autofree char *dir = make_folder ();
  g_autofree char *fifo = g_build_filename (dir, "pipe.txt", NULL);
  g_autofree char *dev = g_build_filename (dir, "zero.txt", NULL);
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(DossierArticle) a = NULL;
  g_autoptr(DossierCorpus) corpus = NULL;
  gint64 t0;

  /* Opening a FIFO for reading blocks until a writer comes, and /dev/zero
   * never ends: neither may hang a load. */
  g_assert_cmpint (mkfifo (fifo, 0644), ==, 0);
  g_assert_cmpint (symlink ("/dev/zero", dev), ==, 0);
  g_free (write_file (dir, "good.txt", story, -1));

  t0 = g_get_monotonic_time ();
  file = g_file_new_for_path (fifo);
  a = dossier_article_load (file, "pipe.txt", NULL, &error);
  g_assert_null (a);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_REGULAR_FILE);
  g_clear_error (&error);
  g_clear_object (&file);

  file = g_file_new_for_path ("/dev/zero");
  a = dossier_article_load (file, "zero.txt", NULL, &error);
  g_assert_null (a);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_REGULAR_FILE);

  corpus = load_folder (dir);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (corpus)), ==, 1);
  g_assert_cmpint (g_get_monotonic_time () - t0, <, 5 * G_USEC_PER_SEC);
  remove_tree (dir);
}

/* Permission denied, as a user (the tests run as root in CI) */

static void
test_unreadable_folder (void)
{
  g_autofree char *dir = make_folder ();
  g_autofree char *quoted = NULL;
  g_autofree char *cmd = NULL;
  g_autofree char *out = NULL, *err = NULL;
  int status;

  g_free (write_file (dir, "closed/inner.txt", story, -1));
  g_free (write_file (dir, "open/ok.txt", story, -1));
  g_free (write_file (dir, "open/noread.txt", story, -1));
  g_free (write_file (dir, "noexec/inner.txt", story, -1));
  {
    g_autofree char *closed = g_build_filename (dir, "closed", NULL);
    g_autofree char *noread = g_build_filename (dir, "open/noread.txt", NULL);
    g_autofree char *noexec = g_build_filename (dir, "noexec", NULL);

    g_chmod (closed, 0);
    g_chmod (noread, 0200);
    g_chmod (noexec, 0644);  /* listable, but its files cannot be opened */
  }

  if (g_getenv ("DOSSIER_CLI") == NULL)
    {
      g_test_skip ("DOSSIER_CLI not set");
      remove_tree (dir);
      return;
    }
  quoted = g_shell_quote (dir);
  if (geteuid () == 0)
    {
      if (!g_file_test ("/usr/bin/setpriv", G_FILE_TEST_EXISTS))
        {
          g_test_skip ("setpriv missing");
          remove_tree (dir);
          return;
        }
      cmd = g_strdup_printf ("setpriv --reuid=65534 --regid=65534 --clear-groups %s articles %s",
                             g_getenv ("DOSSIER_CLI"), quoted);
    }
  else
    cmd = g_strdup_printf ("%s articles %s", g_getenv ("DOSSIER_CLI"), quoted);

  g_assert_true (g_spawn_command_line_sync (cmd, &out, &err, &status, NULL));
  g_test_message ("as nobody: %s", err);
  g_assert_cmpint (WEXITSTATUS (status), ==, 1);
  g_assert_nonnull (strstr (out, "open/ok.txt"));
  g_assert_true (strstr (err, "\nclosed: ") || g_str_has_prefix (err, "closed: "));
  g_assert_nonnull (strstr (err, "Permission denied\n"));
  g_assert_nonnull (strstr (err, "open/noread.txt: Permission denied"));
  g_assert_nonnull (strstr (err, "noexec"));

  /* The opened folder itself unreadable: one error, exit 1, no crash. */
  g_chmod (dir, 0);
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);
  g_assert_true (g_spawn_command_line_sync (cmd, &out, &err, &status, NULL));
  g_test_message ("unreadable folder, as nobody: %s", err);
  g_assert_cmpint (WEXITSTATUS (status), >=, 1);
  g_assert_cmpint (WEXITSTATUS (status), <=, 2);
  g_assert_cmpstr (err, !=, "");
  remove_tree (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  /* meson sets MALLOC_PERTURB_ for every test: glibc then memsets each
   * chunk it frees, and when realloc() grows a small array into the big
   * free chunk left by a parsed page, the memset covers that whole
   * remainder, on every call. The timing subprocesses below would measure
   * that (a 10 MB HTML page: over 120 s instead of 2 s), not the parser. */
  g_unsetenv ("MALLOC_PERTURB_");

  g_test_add_func ("/hostile/invalid-utf8", test_invalid_utf8);
  g_test_add_func ("/hostile/invalid-utf8-only", test_invalid_utf8_only);
  g_test_add_func ("/hostile/utf16-le-bom", test_utf16_le);
  g_test_add_func ("/hostile/utf16-be-bom", test_utf16_be);
  g_test_add_func ("/hostile/utf16-odd-length", test_utf16_odd_length);
  g_test_add_func ("/hostile/nul-bytes", test_nul_bytes);
  g_test_add_func ("/hostile/sparse-1gb", test_sparse_1gb);
  g_test_add_func ("/hostile/long-line/words", test_long_line_words);
  g_test_add_func ("/hostile/long-line/markdown", test_long_line_markdown);
  g_test_add_func ("/hostile/long-line/no-spaces", test_long_line_no_spaces);
  g_test_add_func ("/hostile/long-line/invalid-bytes", test_long_line_invalid_bytes);
  g_test_add_func ("/hostile/long-line/utf16", test_long_line_utf16);

  g_test_add_func ("/hostile/html/scripts-and-entities", test_html_scripts_and_entities);
  g_test_add_func ("/hostile/html/huge-attribute", test_html_huge_attribute);
  g_test_add_func ("/hostile/html/deep-nesting", test_html_deep_nesting);
  g_test_add_func ("/hostile/html/long-line", test_html_long_line);
  g_test_add_func ("/hostile/html/repeated-elements", test_html_repeated_elements);
  g_test_add_func ("/hostile/mhtml/big", test_mhtml_big);
  g_test_add_func ("/hostile/folders/deep-nesting", test_deep_nesting);
  g_test_add_func ("/hostile/folders/symlinks", test_symlinks);
  g_test_add_func ("/hostile/folders/odd-names", test_odd_names);
  g_test_add_func ("/hostile/folders/cli-odd-names", test_cli_odd_names);
  g_test_add_func ("/hostile/files/truncated-while-reading", test_truncated_while_reading);
  g_test_add_func ("/hostile/files/deleted-after-walk", test_deleted_after_walk);
  g_test_add_func ("/hostile/files/fifo-and-devices", test_fifo_and_devices);
  g_test_add_func ("/hostile/files/permission-denied", test_unreadable_folder);

  return g_test_run ();
}
