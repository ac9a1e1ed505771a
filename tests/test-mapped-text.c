/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include "dossier-core.h"

/* Every identity run must copy the source bytes; every range must map
 * inside the source. */
static void
assert_map_consistent (const DossierMappedText *m,
                       const char              *src,
                       gsize                    src_len)
{
  const char *t = dossier_mapped_text_get_text (m);

  for (guint i = 0; i < dossier_mapped_text_get_n_runs (m); i++)
    {
      const DossierMapRun *r = dossier_mapped_text_get_run (m, i);

      g_assert_cmpuint (r->src_start + r->src_len, <=, src_len);
      if (r->identity)
        {
          g_assert_cmpuint (r->text_len, ==, r->src_len);
          g_assert_true (memcmp (t + r->text_start, src + r->src_start, r->text_len) == 0);
        }
      if (i > 0)
        {
          const DossierMapRun *p = dossier_mapped_text_get_run (m, i - 1);
          g_assert_cmpuint (p->text_start + p->text_len, ==, r->text_start);
        }
    }
}

static DossierMappedText *
decode (const char         *s,
        gsize               n,
        DossierDecodeFlags *flags)
{
  DossierMappedText *m = dossier_decode_text (s, n, flags);

  assert_map_consistent (m, s, n);
  return m;
}

static void
test_decode_plain (void)
{
  const char *s = "Hello, world.\n";
  DossierDecodeFlags flags;
  g_autoptr(DossierMappedText) m = decode (s, strlen (s), &flags);

  g_assert_cmpstr (dossier_mapped_text_get_text (m), ==, s);
  g_assert_cmpint (flags, ==, DOSSIER_DECODE_NONE);
  g_assert_cmpuint (dossier_mapped_text_get_n_runs (m), ==, 1);
}

static void
test_decode_spaces_and_line_ends (void)
{
  /* BOM, CRLF, U+00A0, U+2009, a soft hyphen, a zero-width space. */
  const char s[] = "\xEF\xBB\xBFMr\xC2\xA0Xi\r\nsaid\xE2\x80\x89it\xC2\xADs\xE2\x80\x8B ok";
  DossierDecodeFlags flags;
  g_autoptr(DossierMappedText) m = decode (s, sizeof s - 1, &flags);
  gsize a, b;

  g_assert_cmpstr (dossier_mapped_text_get_text (m), ==, "Mr Xi\nsaid its ok");
  g_assert_true (flags & DOSSIER_DECODE_BOM);

  /* "Xi" maps to its bytes after the BOM and the two-byte no-break space. */
  dossier_mapped_text_range_to_source (m, 3, 5, &a, &b);
  g_assert_cmpuint (a, ==, 3 + 2 + 2);
  g_assert_cmpuint (b, ==, a + 2);
  g_assert_true (memcmp (s + a, "Xi", 2) == 0);

  /* "said" after the CRLF */
  dossier_mapped_text_range_to_source (m, 6, 10, &a, &b);
  g_assert_true (memcmp (s + a, "said", 4) == 0);
  g_assert_cmpuint (b - a, ==, 4);

  /* The space standing for U+2009 maps to its three bytes. */
  dossier_mapped_text_range_to_source (m, 10, 11, &a, &b);
  g_assert_cmpuint (b - a, ==, 3);
}

static void
test_decode_invalid_utf8 (void)
{
  const char s[] = "caf\xE9 au \xC3\xA9t\xC3\xA9 \xF0\x28\x8C\x28 end";
  DossierDecodeFlags flags;
  g_autoptr(DossierMappedText) m = decode (s, sizeof s - 1, &flags);
  const char *t = dossier_mapped_text_get_text (m);
  const char *end = strstr (t, "end");
  gsize a, b;

  g_assert_true (g_utf8_validate (t, -1, NULL));
  g_assert_true (flags & DOSSIER_DECODE_INVALID_UTF8);
  g_assert_nonnull (strstr (t, "été"));
  g_assert_nonnull (end);
  /* Offsets stay right after the bad bytes. */
  dossier_mapped_text_range_to_source (m, end - t, end - t + 3, &a, &b);
  g_assert_true (memcmp (s + a, "end", 3) == 0);
}

static void
test_decode_legacy (void)
{
  const char s[] = "\x93Quoted\x94 caf\xE9 \x96 done";
  DossierDecodeFlags flags;
  g_autoptr(DossierMappedText) m = decode (s, sizeof s - 1, &flags);

  g_assert_true (flags & DOSSIER_DECODE_LEGACY);
  g_assert_cmpstr (dossier_mapped_text_get_text (m), ==, "“Quoted” café – done");
}

static void
test_decode_legacy_high (void)
{
  /* The top of windows-1252's 0x80..0x9F: œ, ž, Ÿ. */
  const char s[] = "\x9C\x9E\x9F";
  g_autoptr(DossierMappedText) m = decode (s, sizeof s - 1, NULL);

  g_assert_cmpstr (dossier_mapped_text_get_text (m), ==, "œžŸ");
}

/* UTF-8 misread as windows-1252 (or Latin-1, keeping C1 controls) and saved
 * again as UTF-8: the text meant comes back, mapped to the bytes that spell
 * each character. */
static void
test_decode_twice (void)
{
  /* "Xi’s café — Ÿ 😞" spelled through windows-1252 ("â€™", "Ã©",
   * "â€”", "Å¸", "ðŸ˜ž"), and "’" once more through Latin-1 (C1 controls). */
  const char s[] = "Xi\xC3\xA2\xE2\x82\xAC\xE2\x84\xA2s caf\xC3\x83\xC2\xA9 "
                   "\xC3\xA2\xE2\x82\xAC\xE2\x80\x9D \xC3\x85\xC2\xB8 "
                   "\xC3\xB0\xC5\xB8\xCB\x9C\xC5\xBE\r\nhe\xC3\xA2\xC2\x80\xC2\x99s";
  DossierDecodeFlags flags;
  g_autoptr(DossierMappedText) m = decode (s, sizeof s - 1, &flags);
  const char *t = dossier_mapped_text_get_text (m);
  const char *cafe = strstr (t, "café");
  gsize a, b;

  g_assert_true (flags & DOSSIER_DECODE_TWICE);
  g_assert_false (flags & DOSSIER_DECODE_INVALID_UTF8);
  g_assert_cmpstr (t, ==, "Xi’s café — Ÿ 😞\nhe’s");

  /* "é" stands for the four bytes of "Ã©". */
  g_assert_nonnull (cafe);
  dossier_mapped_text_range_to_source (m, cafe + 3 - t, cafe + 5 - t, &a, &b);
  g_assert_cmpuint (b - a, ==, 4);
  g_assert_true (memcmp (s + a, "\xC3\x83\xC2\xA9", 4) == 0);
  /* "he" after the CRLF keeps its place. */
  dossier_mapped_text_range_to_source (m, strstr (t, "he’") - t, strstr (t, "he’") - t + 2, &a, &b);
  g_assert_true (memcmp (s + a, "he", 2) == 0);
}

/* Text that holds one character meant as it stands is not read twice, even
 * when it quotes mojibake; so is text that only looks alike ("Ã" then
 * ASCII). */
static void
test_decode_not_twice (void)
{
  const char *quoting = "I saw \"Ã¤\" instead of \"ä\" all day.";
  const char *portuguese = "SÃO PAULO";
  const char *nbsp = "Mr\xC2\xA0Xi";
  DossierDecodeFlags flags;
  g_autoptr(DossierMappedText) a = decode (quoting, strlen (quoting), &flags);
  g_autoptr(DossierMappedText) b = NULL;
  g_autoptr(DossierMappedText) c = NULL;

  g_assert_false (flags & DOSSIER_DECODE_TWICE);
  g_assert_cmpstr (dossier_mapped_text_get_text (a), ==, quoting);
  b = decode (portuguese, strlen (portuguese), &flags);
  g_assert_false (flags & DOSSIER_DECODE_TWICE);
  g_assert_cmpstr (dossier_mapped_text_get_text (b), ==, portuguese);
  c = decode (nbsp, strlen (nbsp), &flags);
  g_assert_false (flags & DOSSIER_DECODE_TWICE);
  g_assert_cmpstr (dossier_mapped_text_get_text (c), ==, "Mr Xi");
}

static void
test_decode_utf16 (void)
{
  /* "Hi Ü\r\n" in UTF-16LE with a BOM */
  const char s[] = "\xFF\xFEH\0i\0 \0\xDC\0\r\0\n\0";
  DossierDecodeFlags flags;
  g_autoptr(DossierMappedText) m = decode (s, sizeof s - 1, &flags);
  gsize a, b;

  g_assert_true (flags & DOSSIER_DECODE_UTF16);
  g_assert_cmpstr (dossier_mapped_text_get_text (m), ==, "Hi Ü\n");
  dossier_mapped_text_range_to_source (m, 3, 5, &a, &b); /* Ü */
  g_assert_cmpuint (a, ==, 8);
  g_assert_cmpuint (b, ==, 10);
}

static void
test_binary (void)
{
  const char png[] = "\x89PNG\r\n\x1a\n\0\0\0\rIHDR";

  g_assert_true (dossier_decode_looks_binary (png, sizeof png - 1));
  g_assert_false (dossier_decode_looks_binary ("plain text\n", 11));
  g_assert_false (dossier_decode_looks_binary ("\xFF\xFEH\0i\0", 6));
}

static void
test_compose_and_truncate (void)
{
  const char *src = "ab&amp;cd";
  g_autoptr(DossierMappedText) inner = dossier_mapped_text_new ();
  g_autoptr(DossierMappedText) outer = dossier_mapped_text_new ();
  g_autoptr(DossierMappedText) both = NULL;
  gsize a, b;

  dossier_mapped_text_append_source (inner, src, 0, 2);
  dossier_mapped_text_append_replacement (inner, "&", 1, 2, 5);
  dossier_mapped_text_append_source (inner, src, 7, 2);
  g_assert_cmpstr (dossier_mapped_text_get_text (inner), ==, "ab&cd");

  /* outer = "b&c" + synthetic "!" */
  dossier_mapped_text_append_source (outer, dossier_mapped_text_get_text (inner), 1, 3);
  dossier_mapped_text_append_synthetic (outer, "!");
  both = dossier_mapped_text_compose (outer, inner);
  g_assert_cmpstr (dossier_mapped_text_get_text (both), ==, "b&c!");
  assert_map_consistent (both, src, strlen (src));

  dossier_mapped_text_range_to_source (both, 0, 3, &a, &b);
  g_assert_cmpuint (a, ==, 1);
  g_assert_cmpuint (b, ==, 8);
  dossier_mapped_text_range_to_source (both, 1, 2, &a, &b);
  g_assert_cmpuint (a, ==, 2);
  g_assert_cmpuint (b, ==, 7);

  g_assert_true (dossier_mapped_text_source_to_text (both, 7, &a));
  g_assert_cmpuint (a, ==, 2);
  g_assert_false (dossier_mapped_text_source_to_text (both, 0, &a));

  dossier_mapped_text_truncate (both, 2);
  g_assert_cmpstr (dossier_mapped_text_get_text (both), ==, "b&");
  g_assert_true (dossier_mapped_text_ends_with (both, "&"));
}

static void
test_uniform_runs (void)
{
  /* "Hi there\r\nok" in UTF-16LE: every character is a replacement. */
  static const char utf16[] = "\xFF\xFE" "H\0i\0 \0t\0h\0e\0r\0e\0\r\0\n\0o\0k\0";
  static const char bad[] = "caf\xC3\xA9 \xC0\xC0\xC0 end";
  g_autoptr(DossierMappedText) m = decode (utf16, sizeof utf16 - 1, NULL);
  g_autoptr(DossierMappedText) b = decode (bad, sizeof bad - 1, NULL);
  g_autoptr(DossierMappedText) slice = dossier_mapped_text_new ();
  gsize s, e;

  g_assert_cmpstr (dossier_mapped_text_get_text (m), ==, "Hi there\nok");
  /* Same-shaped replacements share a run: "Hi there", "\n", "ok". */
  g_assert_cmpuint (dossier_mapped_text_get_n_runs (m), ==, 3);
  /* Yet every character still maps to its own two bytes. */
  for (gsize i = 0; i < 8; i++)
    {
      dossier_mapped_text_range_to_source (m, i, i + 1, &s, &e);
      g_assert_cmpuint (s, ==, 2 + 2 * i);
      g_assert_cmpuint (e, ==, 4 + 2 * i);
    }
  dossier_mapped_text_range_to_source (m, 8, 9, &s, &e);
  g_assert_cmpuint (s, ==, 18);
  g_assert_cmpuint (e, ==, 22);
  g_assert_true (dossier_mapped_text_source_to_text (m, 8, &s));
  g_assert_cmpuint (s, ==, 3);

  /* Three bad bytes: one run of three U+FFFD, each mapping to its byte. */
  g_assert_cmpstr (dossier_mapped_text_get_text (b), ==, "café \xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD end");
  dossier_mapped_text_range_to_source (b, 9, 12, &s, &e);
  g_assert_cmpuint (s, ==, 7);
  g_assert_cmpuint (e, ==, 8);
  /* A slice from the middle of the run keeps exact offsets… */
  dossier_mapped_text_append_mapped (slice, b, 9, 15);
  dossier_mapped_text_range_to_source (slice, 3, 6, &s, &e);
  g_assert_cmpuint (s, ==, 8);
  g_assert_cmpuint (e, ==, 9);
  /* …and a cut inside one U+FFFD keeps the whole of its byte. */
  dossier_mapped_text_truncate (slice, 4);
  dossier_mapped_text_range_to_source (slice, 3, 4, &s, &e);
  g_assert_cmpuint (s, ==, 8);
  g_assert_cmpuint (e, ==, 9);
  dossier_mapped_text_range_to_source (slice, 0, 3, &s, &e);
  g_assert_cmpuint (s, ==, 7);
  g_assert_cmpuint (e, ==, 8);
  assert_map_consistent (slice, bad, sizeof bad - 1);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/decode/plain", test_decode_plain);
  g_test_add_func ("/decode/spaces-line-ends", test_decode_spaces_and_line_ends);
  g_test_add_func ("/decode/invalid-utf8", test_decode_invalid_utf8);
  g_test_add_func ("/decode/legacy", test_decode_legacy);
  g_test_add_func ("/decode/legacy-high", test_decode_legacy_high);
  g_test_add_func ("/decode/twice", test_decode_twice);
  g_test_add_func ("/decode/not-twice", test_decode_not_twice);
  g_test_add_func ("/decode/utf16", test_decode_utf16);
  g_test_add_func ("/decode/binary", test_binary);
  g_test_add_func ("/mapped-text/compose", test_compose_and_truncate);

  g_test_add_func ("/mapped-text/uniform-runs", test_uniform_runs);

  return g_test_run ();
}
