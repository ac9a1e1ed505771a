/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "dossier-language"

#include "config.h"

#include <string.h>
#include <textcat.h>

#include "dossier-language.h"

#ifndef TEXTCAT_DATADIR
# define TEXTCAT_DATADIR "/usr/share/libexttextcat/"
#endif

/* Language detection reads the start of an article only: a few KB tell
 * the language as well as the whole text, at a fraction of the cost. */
#define SAMPLE_BYTES 4096
#define MIN_WORDS 25

/* The most frequent English function words. In English news they make
 * about a third of the words; in French, German or Spanish only a few of
 * them occur ("a", "in", "on"), so a high share settles the question
 * without textcat. */
static const char * const stopwords[] = {
  "the", "of", "and", "to", "in", "a", "is", "that", "for", "on", "was",
  "with", "he", "it", "as", "at", "by", "his", "be", "from", "are", "this",
  "have", "has", "had", "not", "but", "they", "were", "which", "said", "an",
  "their", "been", "will", "would", "who", "its", "or", "we", "she", "her",
  "after", "also", "there", "more", "than", "about", "when", "what", "says",
};

static GMutex textcat_lock;
static void *textcat_handle;
static gboolean textcat_failed;

static gboolean
is_stopword (const char *w,
             gsize       len)
{
  for (guint i = 0; i < G_N_ELEMENTS (stopwords); i++)
    if (strlen (stopwords[i]) == len && memcmp (stopwords[i], w, len) == 0)
      return TRUE;
  return FALSE;
}

typedef struct
{
  guint words;
  guint stop;
  guint latin;
  guint other;   /* letters of other scripts: Cyrillic, Han, Arabic … */
} Sample;

static void
scan (const char *text,
      gsize       len,
      Sample     *s)
{
  const char *end = text + len;
  const char *p = text;
  char word[16];
  gsize wl = 0;
  gboolean in_word = FALSE;

  memset (s, 0, sizeof *s);
  while (p < end)
    {
      gunichar c = g_utf8_get_char_validated (p, end - p);
      const char *next;

      if (c == (gunichar) -1 || c == (gunichar) -2)
        {
          p++;
          continue;
        }
      next = g_utf8_next_char (p);

      if (g_unichar_isalpha (c) || c == '\'')
        {
          if (c < 0x250)
            s->latin++;
          else
            s->other++;
          if (!in_word)
            {
              in_word = TRUE;
              wl = 0;
              s->words++;
            }
          if (c < 0x80 && wl < sizeof word)
            word[wl] = g_ascii_tolower ((char) c);
          wl++;
        }
      else if (in_word)
        {
          in_word = FALSE;
          if (wl <= sizeof word && is_stopword (word, wl))
            s->stop++;
        }
      p = next;
    }
  if (in_word && wl <= sizeof word && is_stopword (word, wl))
    s->stop++;
}

/* Copies the code out of "[en--utf8]..." (textcat's answer). */
static const char *
interned_code (const char *answer)
{
  const char *start;
  gsize n = 0;
  char code[16];

  if (answer == NULL || answer[0] != '[')
    return NULL;
  start = answer + 1;
  while (start[n] && start[n] != ']' && start[n] != '-' && n + 1 < sizeof code)
    {
      code[n] = start[n];
      n++;
    }
  code[n] = '\0';
  return n > 0 ? g_intern_string (code) : NULL;
}

static const char *
classify (const char *text,
          gsize       len)
{
  const char *code = NULL;

  /* One handle behind a lock: textcat keeps scratch buffers in it, and
   * the stop-word test spares it for most articles anyway. */
  g_mutex_lock (&textcat_lock);
  if (textcat_handle == NULL && !textcat_failed)
    {
      textcat_handle = special_textcat_Init (TEXTCAT_DATADIR "fpdb.conf", TEXTCAT_DATADIR);
      if (textcat_handle == NULL)
        {
          g_warning ("Cannot load language fingerprints from %s", TEXTCAT_DATADIR);
          textcat_failed = TRUE;
        }
    }
  if (textcat_handle != NULL)
    code = interned_code (textcat_Classify (textcat_handle, text, len));
  g_mutex_unlock (&textcat_lock);

  return code;
}

/**
 * dossier_language_detect:
 * @text: article text, UTF-8
 * @len: length of @text in bytes
 *
 * Guesses the language of @text from its first few KB: English function
 * words first (cheap, and enough for nearly every English article), then
 * libexttextcat's n-gram fingerprints. Thread-safe.
 *
 * Returns: (nullable): an interned language code ("en", "fr", "de", "ru"…),
 *   or %NULL when the text is too short or unlike any language
 */
const char *
dossier_language_detect (const char *text,
                         gsize       len)
{
  Sample s;

  g_return_val_if_fail (text != NULL || len == 0, NULL);

  if (len > SAMPLE_BYTES)
    {
      /* Cut on a character boundary. */
      const char *cut = g_utf8_find_prev_char (text, text + SAMPLE_BYTES + 1);

      len = cut ? (gsize) (cut - text) : SAMPLE_BYTES;
    }

  scan (text, len, &s);
  if (s.words < 3)
    return NULL;
  if (s.other * 2 > s.latin + s.other)
    return classify (text, len);
  if (s.words >= MIN_WORDS && s.stop * 5 >= s.words)
    return g_intern_static_string ("en");
  return classify (text, len);
}

/**
 * dossier_language_is_english:
 * @text: article text, UTF-8
 * @len: length of @text in bytes
 *
 * Whether to analyse an article: %TRUE for English, and for text too short
 * or too odd to tell, so that a caption or a list of names is not dropped.
 *
 * Returns: %FALSE if @text is in another language
 */
gboolean
dossier_language_is_english (const char *text,
                             gsize       len)
{
  const char *code = dossier_language_detect (text, len);

  return code == NULL || strcmp (code, "en") == 0 || strcmp (code, "sco") == 0;
}
