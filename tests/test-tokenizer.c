/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include "dossier-tokenizer.h"

static GArray *
tokenize (const char *text)
{
  GArray *tokens = g_array_new (FALSE, FALSE, sizeof (DossierToken));

  dossier_tokenize (text, strlen (text), tokens);
  return tokens;
}

/* The tokens as strings joined by "|", for compact expectations. */
static char *
joined (const char *text)
{
  g_autoptr(GArray) tokens = tokenize (text);
  GString *s = g_string_new (NULL);

  for (guint i = 0; i < tokens->len; i++)
    {
      const DossierToken *t = &g_array_index (tokens, DossierToken, i);
      if (i > 0)
        g_string_append_c (s, '|');
      g_string_append_len (s, text + t->start, t->end - t->start);
    }
  return g_string_free (s, FALSE);
}

static guint32
flags_of (const char *text,
          const char *word)
{
  g_autoptr(GArray) tokens = tokenize (text);
  const char *at = strstr (text, word);

  g_assert_nonnull (at);
  for (guint i = 0; i < tokens->len; i++)
    {
      const DossierToken *t = &g_array_index (tokens, DossierToken, i);
      if (text + t->start == at && t->end - t->start == strlen (word))
        return t->flags;
    }
  g_assert_not_reached ();
  return 0;
}

#define assert_tokens(text, expected) \
  G_STMT_START { g_autofree char *got = joined (text); g_assert_cmpstr (got, ==, expected); } G_STMT_END

static void
test_possessives (void)
{
  assert_tokens ("Russia’s view", "Russia|’s|view");
  assert_tokens ("Russia's view", "Russia|'s|view");
  assert_tokens ("the US’ role and Belarus’ ally", "the|US|’|role|and|Belarus|’|ally");
  assert_tokens ("O’Brien don't", "O’Brien|don't");
  g_assert_true (flags_of ("Russia’s view", "’s") & DOSSIER_TOKEN_POSSESSIVE);
  g_assert_true (flags_of ("Belarus’ ally", "’") & DOSSIER_TOKEN_POSSESSIVE);
  /* an opening quote is no possessive */
  g_assert_false (flags_of ("he said 'no'", "'") & DOSSIER_TOKEN_POSSESSIVE);
}

static void
test_abbreviations (void)
{
  assert_tokens ("the U.S. and Mr. Xi met Dr. Li.", "the|U.S.|and|Mr.|Xi|met|Dr.|Li|.");
  assert_tokens ("Mr Xi", "Mr|Xi");
  assert_tokens ("J. Smith at 10.30 a.m. paid 1,000.50", "J.|Smith|at|10.30|a.m.|paid|1,000.50");
  assert_tokens ("AT&T and Amazon.com", "AT&T|and|Amazon.com");
  /* the period of an abbreviation does not end the sentence */
  g_assert_false (flags_of ("Mr. Xi came.", "Xi") & DOSSIER_TOKEN_SENTENCE_START);
  g_assert_true (flags_of ("He came. Xi left.", "Xi") & DOSSIER_TOKEN_SENTENCE_START);
}

static void
test_hyphens_and_dashes (void)
{
  assert_tokens ("China-Russia ties", "China|-|Russia|ties");
  assert_tokens ("ex-Soviet state", "ex|-|Soviet|state");
  assert_tokens ("BEIJING (AP) — The", "BEIJING|(|AP|)|—|The");
  assert_tokens ("war – and peace -- now", "war|–|and|peace|--|now");
  g_assert_true (flags_of ("China-Russia", "-") & DOSSIER_TOKEN_HYPHEN);
  g_assert_false (flags_of ("war - peace", "-") & DOSSIER_TOKEN_HYPHEN);
}

static void
test_quotes_and_spaces (void)
{
  /* U+00A0 and U+202F separate words like spaces */
  assert_tokens ("Xi\xC2\xA0Jinping\xE2\x80\xAFsaid", "Xi|Jinping|said");
  assert_tokens ("“extreme interest” in ‘peace’", "“|extreme|interest|”|in|‘|peace|’");
  assert_tokens ("\"Yes,\" he said.", "\"|Yes|,|\"|he|said|.");
  assert_tokens ("Zürich and São Paulo", "Zürich|and|São|Paulo");
}

static void
test_sentences (void)
{
  const char *text = "Title Line\nBEIJING (AP) — A.\n\nHe said “Yes.” Then Xi left! Why? Because.";
  g_autoptr(GArray) tokens = tokenize (text);
  g_autoptr(GString) starts = g_string_new (NULL);

  for (guint i = 0; i < tokens->len; i++)
    {
      const DossierToken *t = &g_array_index (tokens, DossierToken, i);
      if (t->flags & DOSSIER_TOKEN_SENTENCE_START)
        {
          g_string_append_len (starts, text + t->start, t->end - t->start);
          g_string_append_c (starts, t->flags & DOSSIER_TOKEN_PARAGRAPH_START ? 'P' :
                                     t->flags & DOSSIER_TOKEN_LINE_START ? 'L' : 'S');
          g_string_append_c (starts, ' ');
        }
    }
  g_assert_cmpstr (starts->str, ==, "TitleP BEIJINGL HeP ThenS WhyS BecauseS ");
  g_assert_true (flags_of (text, "BEIJING") & DOSSIER_TOKEN_ALL_CAPS);
  g_assert_true (flags_of (text, "Title") & DOSSIER_TOKEN_CAPITALISED);
  g_assert_true (flags_of (text, "left") & DOSSIER_TOKEN_LOWER);
}

/* Tokens are in order, never overlap, never contain whitespace at their
 * ends, and together cover every non-space byte. */
static void
check_offsets (const char *text,
               gsize       len)
{
  g_autoptr(GArray) tokens = g_array_new (FALSE, FALSE, sizeof (DossierToken));
  g_autofree guint8 *covered = g_new0 (guint8, len + 1);
  guint32 prev_end = 0;

  dossier_tokenize (text, len, tokens);
  for (guint i = 0; i < tokens->len; i++)
    {
      const DossierToken *t = &g_array_index (tokens, DossierToken, i);
      g_assert_cmpuint (t->start, <, t->end);
      g_assert_cmpuint (t->start, >=, prev_end);
      g_assert_cmpuint (t->end, <=, len);
      g_assert_false (g_ascii_isspace (text[t->start]));
      g_assert_false (g_ascii_isspace (text[t->end - 1]));
      memset (covered + t->start, 1, t->end - t->start);
      prev_end = t->end;
    }
  for (gsize i = 0; i < len; i++)
    if (!covered[i])
      {
        guchar c = text[i];
        /* only whitespace (ASCII or the UTF-8 of U+00A0, U+2000–U+200B, U+202F…) is left out */
        g_assert_true (g_ascii_isspace (c) || c >= 0x80 || c < 0x20);
      }
}

static void
test_offsets (void)
{
  static const char * const texts[] = {
    "",
    "   ",
    "a",
    "China and Belarus Express ‘Extreme Interest’ in Ukraine Peace\n\nThe leaders of China…",
    "Chinese President and Belarus leader Alexander Lukashenko, a close ally of Russia’s\xC2\xA0Vladimir Putin.",
    "It’s 26 C — \"quoted\" 'single' (paren) [b] {c} 50% $5 £3 €4 #tag @user http://x.y/z?a=b",
    "trailing apostrophe'",
    "'s",
    "-",
    "Mr.",
    "U.S",
    "\xff\xfe broken \xc3 utf8 \xe2\x80",
  };

  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    check_offsets (texts[i], strlen (texts[i]));
}

static void
test_seed_files (void)
{
  const char *names[] = { "bbc-china-belarus.txt", "ap-china-belarus.txt" };

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autofree char *path = g_build_filename (SHARED_DIR, "seeds", names[i], NULL);
      g_autofree char *text = NULL;
      gsize len;

      if (!g_file_get_contents (path, &text, &len, NULL))
        {
          g_test_skip ("seed files not found");
          return;
        }
      check_offsets (text, len);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/tokenizer/possessives", test_possessives);
  g_test_add_func ("/tokenizer/abbreviations", test_abbreviations);
  g_test_add_func ("/tokenizer/hyphens-and-dashes", test_hyphens_and_dashes);
  g_test_add_func ("/tokenizer/quotes-and-spaces", test_quotes_and_spaces);
  g_test_add_func ("/tokenizer/sentences", test_sentences);
  g_test_add_func ("/tokenizer/offsets", test_offsets);
  g_test_add_func ("/tokenizer/seed-files", test_seed_files);
  return g_test_run ();
}
