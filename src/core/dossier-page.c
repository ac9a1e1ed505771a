/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "dossier-page"

#include "config.h"

#include <string.h>

#include "dossier-date.h"
#include "dossier-page.h"

/*
 * Reading a scraped page: which lines are the article and which are the
 * page around it (breadcrumbs, menus, weather, share buttons, captions,
 * related stories, copyright). Each block gets features that do not depend on
 * one site's wording — length, the share of lower-case words, sentence
 * punctuation, position relative to the first paragraph of prose, repetition
 * — plus a small lexicon of the words that boilerplate is made of. The body is
 * the stretch from the first to the last paragraph of prose; the title is the
 * best headline-shaped line before it.
 */

typedef enum
{
  KIND_PROSE,       /* a paragraph of running text */
  KIND_SHORT,       /* a short sentence that can end a story */
  KIND_HEADLINE,    /* headline-shaped: a title, subheading or link */
  KIND_DATE,        /* a date alone */
  KIND_PUBLISHED,   /* "Published 3 March 2023" */
  KIND_BYLINE,
  KIND_WEATHER,
  KIND_BREADCRUMB,
  KIND_MENU,
  KIND_BOILER,      /* share, subscribe, advertisement, cookie … */
  KIND_CAPTION,     /* photo captions and credits */
  KIND_SOURCE,      /* "Source: BBC", a trailing agency signature */
  KIND_COPYRIGHT,
  KIND_NOISE,       /* lone symbols */
  KIND_DATA,        /* results, figures, tables: short lines with numbers */
  KIND_DATELINE,    /* "LONDON 1996-08-30" or "Washington CNN —" on a line of its own */
  KIND_MASTHEAD,    /* the outlet's name: "The Guardian - Back to homepage" */
} Kind;

typedef struct
{
  DossierBlock *block;
  const char *s;
  Kind kind;
  guint n_words;
  guint n_lower;      /* words starting with a lower-case letter */
  guint n_upper;
  guint n_function;   /* function words: the, of, and … */
  gboolean terminal;  /* ends like a sentence */
  gboolean starts_upper;
  char *date;
  char *outlet;
  char *place;        /* for datelines */
} Line;

static const char *function_words[] = {
  "a", "an", "the", "and", "or", "but", "of", "in", "on", "at", "to", "for", "with", "by",
  "from", "as", "is", "are", "was", "were", "be", "has", "have", "had", "will", "would",
  "that", "this", "it", "its", "not", "after", "over", "into", "than", "says", "said", "amid",
  "against", "about", "up", "out", "new", "how", "why", "what", "who", "can", "could", NULL,
};

/* Words that page furniture is made of. A block is boilerplate when it is
 * short and one of these carries it, never because of one long sentence
 * that happens to contain "share". */
static const char *boiler_words[] = {
  "share", "shares", "tweet", "facebook", "twitter", "whatsapp", "linkedin", "pinterest", "telegram",
  "email", "e-mail", "print", "subscribe", "subscription", "newsletter", "newsletters",
  "sign", "login", "log", "register", "cookie", "cookies", "advertisement", "advertising",
  "sponsored", "promoted", "related", "recommended", "popular", "trending", "latest", "follow",
  "skip", "menu", "search", "comments", "comment", "download", "privacy", "terms",
  "policy", "contact", "copy", "link", "podcast", "watch", "listen", "gallery",
  "more", "previous", "home", "accept", "settings", "notifications",
  "read", "click", "tap", "here", "continue", "reading", "min", "mins", "minute", "minutes",
  "ad", "ads", "stories", "article", "articles", "headlines", "feedback",
  "hide", "loading", "trial", "upgrade", "edition",
  NULL,
};

/* How picture credits and captions are marked on news pages. */
static const char *credit_markers[] = {
  "Photo:", "Photograph:", "Image:", "Picture:", "Credit:", "Caption:", "Video:", "Illustration:",
  "Pictured:", "Image caption", "Image source", "Media caption", "Photo by", "Photo credit",
  "(Photo", "(Image", "(Picture", "Getty Images", "AP Photo", "/AP)", "/ AP", "AFP via", "/AFP", "(AFP",
  "EPA/", "/EPA", "Reuters/", "/Reuters", "/ Reuters", "Shutterstock", "Alamy", "File photo",
  "FILE PHOTO", "PHOTO:", "IMAGE:", NULL,
};

static gboolean
has_credit_marker (const char *s)
{
  for (guint i = 0; credit_markers[i]; i++)
    if (strstr (s, credit_markers[i]))
      return TRUE;
  return FALSE;
}

static GHashTable *
word_set (const char * const *list)
{
  GHashTable *set = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint i = 0; list[i]; i++)
    g_hash_table_add (set, (gpointer) list[i]);
  return set;
}

/* Whether the ASCII word [w, w + len) is in @set, ignoring case. */
static gboolean
in_set (GHashTable *set,
        const char *w,
        gsize       len)
{
  char low[24];

  if (len == 0 || len >= sizeof low)
    return FALSE;
  for (gsize i = 0; i < len; i++)
    low[i] = g_ascii_tolower (w[i]);
  low[len] = '\0';
  return g_hash_table_contains (set, low);
}

static const char *job_words[] = {
  "reporter", "correspondent", "editor", "writer", "staff", "producer", "journalist", "contributor",
  "columnist", "analyst", "in", "photographer", "team", "desk", NULL,
};

/* Words of the lines that introduce links to other stories. */
static const char *teaser_words[] = {
  "related", "read", "more", "recommended", "popular", "also", "latest", "see", "watch", "trending", NULL,
};

static GHashTable *teaser_set;
static GHashTable *function_set;
static GHashTable *boiler_set;
static GHashTable *job_set;

static void
init_sets (void)
{
  static gsize once;

  if (g_once_init_enter (&once))
    {
      function_set = word_set (function_words);
      boiler_set = word_set (boiler_words);
      job_set = word_set (job_words);
      teaser_set = word_set (teaser_words);
      g_once_init_leave (&once, 1);
    }
}

DossierBlock *
dossier_block_new (void)
{
  DossierBlock *block = g_new0 (DossierBlock, 1);

  block->text = dossier_mapped_text_new ();
  return block;
}

void
dossier_block_free (DossierBlock *block)
{
  if (block == NULL)
    return;
  dossier_mapped_text_free (block->text);
  g_free (block);
}

/* Appends [start, end) of @decoded to @block with outer spaces trimmed. */
static void
append_trimmed (DossierBlock            *block,
                const DossierMappedText *decoded,
                gsize                    start,
                gsize                    end)
{
  const char *t = dossier_mapped_text_get_text (decoded);

  while (start < end && (t[start] == ' ' || t[start] == '\t'))
    start++;
  while (end > start && (t[end - 1] == ' ' || t[end - 1] == '\t'))
    end--;
  if (start == end)
    return;
  if (dossier_mapped_text_get_length (block->text) > 0)
    dossier_mapped_text_append_synthetic (block->text, " ");
  dossier_mapped_text_append_source (block->text, t, start, end - start);
}

typedef struct
{
  gsize start, end;  /* without the newline */
  guint indent;
  gboolean blank;
} RawLine;

/**
 * dossier_page_split_plain:
 *
 * Splits plain text into blocks: a blank line ends a block; in hard-wrapped
 * text (lines cut at a fixed width, as newswires do) the lines of a paragraph
 * are joined and an indented line starts a new one; otherwise every line is
 * its own block.
 */
GPtrArray *
dossier_page_split_plain (const DossierMappedText *decoded,
                          gsize                    start,
                          gsize                    end)
{
  const char *t = dossier_mapped_text_get_text (decoded);
  g_autoptr(GArray) lines = g_array_new (FALSE, FALSE, sizeof (RawLine));
  GPtrArray *blocks = g_ptr_array_new_with_free_func ((GDestroyNotify) dossier_block_free);
  guint long_followed = 0, nonblank = 0, max_len = 0;
  gboolean wrapped;
  DossierBlock *cur = NULL;
  gsize p = start;

  while (p < end)
    {
      const char *nl = memchr (t + p, '\n', end - p);
      gsize e = nl ? (gsize) (nl - t) : end;
      RawLine line = { p, e, 0, TRUE };

      for (gsize i = p; i < e; i++)
        if (t[i] != ' ' && t[i] != '\t')
          {
            line.blank = FALSE;
            line.indent = i - p;
            break;
          }
      g_array_append_val (lines, line);
      p = e + 1;
    }

  for (guint i = 0; i < lines->len; i++)
    {
      RawLine *l = &g_array_index (lines, RawLine, i);
      guint len = g_utf8_strlen (t + l->start, l->end - l->start);

      if (l->blank)
        continue;
      nonblank++;
      max_len = MAX (max_len, len);
      if (len >= 50 && len <= 90 && i + 1 < lines->len && !g_array_index (lines, RawLine, i + 1).blank)
        long_followed++;
    }
  /* Wrapped text has many lines of similar, moderate length followed by more
   * text; pages with one paragraph per line have lines far longer. */
  wrapped = long_followed >= 3 && long_followed * 10 >= nonblank * 3 && max_len <= 100;

  for (guint i = 0; i < lines->len; i++)
    {
      RawLine *l = &g_array_index (lines, RawLine, i);

      if (l->blank)
        {
          cur = NULL;
          continue;
        }
      if (cur != NULL && wrapped)
        {
          RawLine *prev = &g_array_index (lines, RawLine, i - 1);
          guint prev_len = g_utf8_strlen (t + prev->start, prev->end - prev->start);

          /* A new paragraph: indented, or the previous line stopped short. */
          gboolean prev_ends = prev->end > prev->start && strchr (".!?:\"", t[prev->end - 1]) != NULL;

          if (l->indent > prev->indent)
            cur = NULL;
          else if (prev_len < 40)
            cur = NULL;
          /* A signature under the last sentence: " Reuter". */
          else if (prev_ends && (l->indent != prev->indent || l->end - l->start - l->indent <= 12))
            cur = NULL;
        }
      else if (cur != NULL)
        {
          /* Outside wrapped text, a line still joins the one above when
           * that one stops mid-sentence and this one goes on in lower case. */
          RawLine *prev = &g_array_index (lines, RawLine, i - 1);
          gunichar first = g_utf8_get_char (t + l->start + l->indent);
          gboolean prev_ends = prev->end > prev->start && strchr (".!?:\"", t[prev->end - 1]) != NULL;

          if (prev_ends || prev->end - prev->start < 30 || !g_unichar_islower (first))
            cur = NULL;
        }

      if (cur == NULL)
        {
          cur = dossier_block_new ();
          cur->indented = l->indent >= 2;
          g_ptr_array_add (blocks, cur);
        }
      append_trimmed (cur, decoded, l->start, l->end);
    }

  return blocks;
}

/* The full stops of other scripts: "。", "！", "？" (Chinese, Japanese),
 * "।" (Devanagari's danda), "؟" and "۔" (Arabic, Urdu). */
static gboolean
is_full_stop (gunichar c)
{
  return c == 0x3002 || c == 0xFF01 || c == 0xFF1F || c == 0xFF0E || c == 0x0964 || c == 0x0965 || c == 0x061F ||
         c == 0x06D4;
}

static gboolean
is_word_char (gunichar c)
{
  /* Marks too: the vowel signs of Devanagari, Arabic's short vowels. */
  return g_unichar_isalnum (c) || g_unichar_ismark (c) || c == '\'' || c == 0x2019 || c == '-' || c == '.' ||
         c == '&';
}

static guint
count_separators (const char *s)
{
  static const char *seps[] = { "»", "›", " > ", " | ", " / ", " · ", " • ", "→", NULL };
  guint n = 0;

  for (guint i = 0; seps[i]; i++)
    for (const char *p = strstr (s, seps[i]); p; p = strstr (p + 1, seps[i]))
      n++;
  return n;
}

static gboolean
has_prefix_word (const char *s,
                 const char *word)
{
  gsize n = strlen (word);

  return g_ascii_strncasecmp (s, word, n) == 0 && !g_ascii_isalpha (s[n]);
}

static char *
strip_label (const char *s)
{
  const char *colon = strchr (s, ':');
  g_autofree char *v = NULL;

  if (colon == NULL)
    return NULL;
  v = g_strstrip (g_strdup (colon + 1));
  return *v ? g_steal_pointer (&v) : NULL;
}

static gboolean
looks_like_weather (const Line *l)
{
  const char *s = l->s;
  const char *p = s;

  if (l->n_words > 4)
    return FALSE;
  if (strstr (s, "°") != NULL)
    return TRUE;
  if (*p == '-' || *p == '+')
    p++;
  if (!g_ascii_isdigit (*p))
    return FALSE;
  while (g_ascii_isdigit (*p))
    p++;
  while (*p == ' ')
    p++;
  return (*p == 'C' || *p == 'F') && p[1] == '\0';
}

static gboolean
looks_like_byline (const Line *l)
{
  const char *s = l->s;

  if (l->n_words > 14 || l->terminal)
    return FALSE;
  if ((has_prefix_word (s, "By") || has_prefix_word (s, "Written by") || has_prefix_word (s, "Words by") ||
       has_prefix_word (s, "Reporting by") || has_prefix_word (s, "Author")) &&
      l->n_upper >= 2)
    return TRUE;
  return FALSE;
}

static char *
byline_names (const char *s)
{
  const char *p = s;
  g_autofree char *v = NULL;
  char *cut;

  if (has_prefix_word (p, "Written by") || has_prefix_word (p, "Words by") || has_prefix_word (p, "Reporting by"))
    p = strchr (p, ' ') + 1;
  if (has_prefix_word (p, "By") || has_prefix_word (p, "by"))
    p += 2;
  else if (has_prefix_word (p, "Author"))
    p += 6;
  while (*p == ' ' || *p == ':')
    p++;
  v = g_strdup (p);
  /* "Jane Doe, BBC News" / "Jane Doe | 3 March 2023": the names come first. */
  if ((cut = strstr (v, " | ")) || (cut = strstr (v, " - ")) || (cut = strstr (v, " — ")))
    *cut = '\0';
  g_strstrip (v);
  return *v ? g_steal_pointer (&v) : NULL;
}

/* "BAHIA BLANCA" → "Bahia Blanca": a place in capitals as a reader would
 * write it. */
static char *
title_case (const char *raw)
{
  g_auto(GStrv) words = g_strsplit (raw, " ", -1);
  GString *nice = g_string_new (NULL);

  for (guint i = 0; words[i]; i++)
    {
      g_autofree char *low = g_utf8_strdown (words[i], -1);

      if (!*low)
        continue;
      if (nice->len)
        g_string_append_c (nice, ' ');
      low[0] = g_ascii_toupper (low[0]);
      for (char *c = low + 1; *c; c++)
        if ((c[-1] == '-' || c[-1] == '.' || c[-1] == '\'') && g_ascii_isalpha (*c))
          *c = g_ascii_toupper (*c);
      g_string_append (nice, low);
    }
  return g_string_free (nice, FALSE);
}

/* A dateline ends "(AP) —", "(Reuters) -" or a bare dash after a place in
 * capitals: "BEIJING (AP) — ", "LONDON, March 3 (Reuters) - ", "SALVADOR, Feb 26 - ". */
/* "Washington (CNN) — ", "Kyiv, Ukraine (AP) — ": a place in title case is
 * a dateline only with the agency in brackets and the dash after it. */
static gboolean
find_agency_dateline (const char *s,
                      gsize      *len,
                      char      **place,
                      char      **agency)
{
  const char *open = strchr (s, '(');
  const char *close;
  const char *p;
  guint words = 0;

  if (open == NULL || open == s || open - s > 40)
    return FALSE;
  for (p = s; p < open; p++)
    {
      if ((p == s || p[-1] == ' ') && *p != ' ')
        {
          if (!g_ascii_isupper (*p))
            return FALSE;
          words++;
        }
      if (!g_ascii_isalpha (*p) && *p != ' ' && *p != ',' && *p != '.' && *p != '-' && *p != '\'')
        return FALSE;
    }
  if (words == 0 || words > 4)
    return FALSE;
  close = strchr (open, ')');
  if (close == NULL || close - open > 20 || close - open < 3)
    return FALSE;
  p = close + 1;
  while (*p == ' ')
    p++;
  if (g_str_has_prefix (p, "—") || g_str_has_prefix (p, "–"))
    p += strlen ("—");
  else if (g_str_has_prefix (p, "--"))
    p += 2;
  else if (*p == '-')
    p++;
  else
    return FALSE;
  if (*p != ' ')
    return FALSE;
  while (*p == ' ')
    p++;
  if (!*p)
    return FALSE;

  *len = p - s;
  {
    g_autofree char *raw = g_strndup (s, open - s);
    char *comma;

    g_strstrip (raw);
    if ((comma = strchr (raw, ',')))
      *comma = '\0';
    *place = g_strdup (g_strstrip (raw));
  }
  *agency = g_strndup (open + 1, close - open - 1);
  return TRUE;
}

/* Words in capitals before a colon that label a line, no place. */
static gboolean
is_caps_label (const char *s,
               const char *end)
{
  static const char *labels[] = {
    "UPDATE", "UPDATED", "UPDATES", "NOTE", "EDITOR'S NOTE", "EDITORS NOTE", "BREAKING", "BREAKING NEWS",
    "EXCLUSIVE", "WATCH", "VIDEO", "PHOTOS", "PHOTO", "CORRECTION", "CLARIFICATION", "ANALYSIS", "OPINION",
    "REVIEW", "LIVE", "ALERT", "WARNING", "SPOILER", "SPOILERS", "READ", "READ MORE", "ALSO READ", "RELATED",
    "SEE ALSO", "FILE", "LISTEN", "PODCAST", "INTERVIEW", "Q", "A", "QUESTION", "ANSWER", "EDITORIAL", "COMMENT",
    "FACT CHECK", "DISCLAIMER", "DISCLOSURE", "SOURCE", "SOURCES", "SUMMARY", "HIGHLIGHTS", "TIMELINE",
    "BACKGROUND", "WHAT", "WHY", "WHO", "WHEN", "WHERE", "HOW", "NB", "PS", "P.S.", "NEW", "TRAILER", "RECAP",
    "PREVIEW", "TLDR", "FAQ", "TIP", "TIPS", "STEP", "DEADLINE", "AD", "SPONSORED", NULL,
  };
  gsize n = end - s;

  for (guint i = 0; labels[i]; i++)
    if (strlen (labels[i]) == n && strncmp (s, labels[i], n) == 0)
      return TRUE;
  /* "SPECIAL NOTE", "READER'S NOTE": a note; "DEAR ABBY:", a letter's
   * greeting. */
  return (n > 5 && strncmp (end - 5, " NOTE", 5) == 0) || strncmp (s, "DEAR ", 5) == 0;
}

/* "Neuss · Was kann Künstliche Intelligenz …": a place in one to three
 * capitalised words and a middle dot, as the Rheinische Post and other
 * German papers write their datelines; not a trail of sections ("Politik ·
 * Wirtschaft · Kultur"), so no other dot follows. */
static gboolean
find_dot_dateline (const char *s,
                   gsize      *len,
                   char      **place)
{
  const char *dot = strstr (s, " \u00B7 ");
  const char *rest;
  guint words = 0, lower = 0;
  gboolean start = TRUE;

  if (dot == NULL || dot == s || dot - s > 40 || strstr (dot + strlen (" \u00B7 "), "\u00B7") != NULL)
    return FALSE;
  for (const char *p = s; p < dot; p = g_utf8_next_char (p))
    {
      gunichar u = g_utf8_get_char (p);

      if (u == ' ' || u == '/')
        {
          start = TRUE;
          continue;
        }
      if (start && !g_unichar_isupper (u))
        return FALSE;
      if (start)
        words++;
      else if (!g_unichar_isalpha (u) && u != '.' && u != '-' && u != '\'')
        return FALSE;
      start = FALSE;
    }
  rest = dot + strlen (" \u00B7 ");
  if (words == 0 || words > 3 || !g_unichar_isupper (g_utf8_get_char (rest)))
    return FALSE;
  /* Running text after it. */
  for (const char *q = rest; *q; q++)
    if (g_ascii_islower (*q) && (q == rest || q[-1] == ' '))
      lower++;
  if (lower < 4)
    return FALSE;
  *len = rest - s;
  *place = g_strndup (s, dot - s);
  return TRUE;
}

static gboolean
find_dateline (const char *s,
               gsize      *len,
               char      **place,
               char      **agency)
{
  const char *p = s;
  const char *place_end;
  guint caps = 0;
  const char *agency_start = NULL, *agency_end = NULL;

  while (*p && (g_ascii_isupper (*p) || *p == ' ' || *p == '.' || *p == '\'' || *p == '-'))
    {
      if (g_ascii_isupper (*p))
        caps++;
      if (*p == '-' && (p[1] == ' ' || p[1] == '-'))
        break;
      p++;
    }
  while (p > s && (p[-1] == ' ' || p[-1] == '-'))
    p--;
  place_end = p;
  if (caps < 3 || place_end - s > 40)
    {
      if (find_dot_dateline (s, len, place))
        {
          *agency = NULL;
          return TRUE;
        }
      return find_agency_dateline (s, len, place, agency);
    }
  /* A place is a few words: "NEW YORK", "BAHIA BLANCA", not a headline. */
  {
    guint spaces = 0;

    for (const char *q = s; q < place_end; q++)
      if (*q == ' ')
        spaces++;
    if (spaces > 3)
      return FALSE;
  }

  /* ", Argentina" / ", March 3" / ", Feb 26" */
  while (*p == ',')
    {
      p++;
      while (*p == ' ')
        p++;
      while (*p && (g_ascii_isalnum (*p) || *p == ' ' || *p == '.') && p - s < 80)
        p++;
    }
  while (*p == ' ')
    p++;
  if (*p == '(')
    {
      agency_start = p + 1;
      agency_end = strchr (p, ')');
      if (agency_end == NULL || agency_end - agency_start > 30)
        return FALSE;
      p = agency_end + 1;
      while (*p == ' ')
        p++;
    }
  if (g_str_has_prefix (p, "—") || g_str_has_prefix (p, "–"))
    p += 3;
  else if (*p == '-')
    {
      p++;
      if (*p == '-')
        p++;
    }
  /* "NEW DELHI: The state government …", as Indian and some European
   * papers write it; "UPDATE:", "EDITOR'S NOTE:" are labels. */
  else if (*p == ':' && p == place_end && !is_caps_label (s, place_end))
    p++;
  else
    return FALSE;
  if (*p != ' ')
    return FALSE;
  while (*p == ' ')
    p++;
  if (!*p)
    return FALSE;

  /* The story goes on after the dash in running text. */
  {
    gboolean lower = FALSE;

    for (const char *q = p; *q && !lower; q++)
      lower = g_ascii_islower (*q);
    if (!lower)
      return FALSE;
  }

  *len = p - s;
  {
    g_autofree char *raw = g_strndup (s, place_end - s);

    *place = title_case (g_strstrip (raw));
  }
  *agency = agency_start ? g_strndup (agency_start, agency_end - agency_start) : NULL;
  return TRUE;
}

/**
 * dossier_page_find_dateline:
 * @s: the first paragraph of a story
 * @len: (out): the length of the dateline with its dash and spaces
 * @place: (out): the place, as a reader would write it
 * @agency: (out) (nullable): the agency in brackets, if any
 *
 * Finds a wire dateline ("BEIJING (AP) — ") at the start of @s, for readers
 * that find paragraphs by other means than dossier_page_analyze().
 */
gboolean
dossier_page_find_dateline (const char *s,
                            gsize      *len,
                            char      **place,
                            char      **agency)
{
  return find_dateline (s, len, place, agency);
}

/* Whether @list holds @w, ignoring ASCII case (g_strv_contains() minds it). */
static gboolean
in_list_any_case (const char        *w,
                  const char *const *list)
{
  for (guint i = 0; list[i]; i++)
    if (g_ascii_strcasecmp (w, list[i]) == 0)
      return TRUE;
  return FALSE;
}

/* Legal forms anywhere after the first word ... */
static const char *const forms[] = { "GmbH", "mbH", "KGaA", "A/S", "S.L.", "S.A.", "S.p.A.", "S.r.l.", "B.V.",
                                     "N.V.", "Ltd", "Ltd.", "Limited", "Inc", "Inc.", "LLC", "L.L.C.", "LLP", "plc",
                                     "PLC", "Plc", "Corporation", "Pty", "o.o.", NULL };
/* ... these only as the last word ("Tamedia AG", not "AG Weser-Ems") ... */
static const char *const last_forms[] = { "AG", "KG", "SE", "AS", "ASA", "AB", "Oy", "Oyj", "SA", "SL", "SAS",
                                        "SARL", "BV", "NV", "Corp", "Corp.", NULL };
/* ... and the words of publishing houses. */
static const char *const houses[] = { "Publishing", "Publishers", "Publications", "Verlag", "Verlagsgesellschaft",
                                      "Verlagsgruppe", "Mediengruppe", "Medienhaus", "Mediehuset", "Holding",
                                      "Holdings", NULL };
static const char *const platforms[] = { "Blogger", "Blogspot", "WordPress", "WordPress.com", "Tumblr",
                                       "Squarespace", "Wix", NULL };

/**
 * dossier_page_outlet_is_company:
 * @name: a publisher's name
 *
 * Whether @name is the company behind a site rather than the name it shows
 * its readers: a legal name ("Tamedia AG", "JP/Politikens Hus A/S",
 * "Chemnitzer Verlag und Druck GmbH & Co. KG", "Nature Publishing Group UK"),
 * the platform a blog runs on ("Blogger"), or an address
 * ("https://www.example.at").
 */
gboolean
dossier_page_outlet_is_company (const char *name)
{
  g_auto(GStrv) words = NULL;
  guint n;

  if (name == NULL)
    return FALSE;
  if (dossier_page_is_address (name))
    return TRUE;
  words = g_strsplit_set (name, " \t\n,", -1);
  n = g_strv_length (words);
  while (n > 0 && words[n - 1][0] == '\0')
    n--;
  if (n == 0)
    return FALSE;
  if (n == 1 && in_list_any_case (words[0], platforms))
    return TRUE;
  for (guint i = 0; i < n; i++)
    if ((i > 0 && g_strv_contains (forms, words[i])) || (i > 0 && i == n - 1 && g_strv_contains (last_forms, words[i])) ||
        (n > 1 && in_list_any_case (words[i], houses)))
      return TRUE;
  return FALSE;
}

/**
 * dossier_page_is_address:
 * @name: a site's name
 *
 * Whether @name is an address ("https://www.example.at", "www.example.de")
 * rather than a name.
 */
gboolean
dossier_page_is_address (const char *name)
{
  return (g_str_has_prefix (name, "http://") || g_str_has_prefix (name, "https://") || g_str_has_prefix (name, "www.")) &&
         strpbrk (name, " \t\n") == NULL;
}

/**
 * dossier_page_outlet_from_address:
 * @url: an address ("https://www.example.at/news")
 *
 * Returns: (nullable): its host without "www." ("example.at"), or %NULL
 */
char *
dossier_page_outlet_from_address (const char *url)
{
  const char *p = strstr (url, "://");
  const char *end;

  /* "https://web.archive.org/web/20200101000000/https://example.org/…" */
  if (p && g_str_has_prefix (p, "://web.archive.org/web/") && (end = strstr (p + 3, "http")) != NULL)
    return dossier_page_outlet_from_address (end);
  p = p ? p + 3 : url;
  if (g_str_has_prefix (p, "www."))
    p += 4;
  end = p + strcspn (p, "/?#: \t");
  if (end == p || memchr (p, '.', end - p) == NULL)
    return NULL;
  return g_ascii_strdown (p, end - p);
}

/**
 * dossier_page_cut_owner:
 * @name: an outlet's name, cut in place
 *
 * Cuts the company named after the site's name ("Börsen-Zeitung – eine
 * Marke der …", "Freie Presse - Chemnitzer Verlag und Druck GmbH & Co. KG")
 * and the legal form after a name ("Handelsblatt GmbH").
 */
void
dossier_page_cut_owner (char *name)
{
  static const char *const dashes[] = { " – ", " - ", " — ", " | ", NULL };
  static const char *const owned[] = { "eine Marke", "ein Angebot", "ein Produkt", "ein Unternehmen", "a brand of",
                                       "part of", "a division of", "an imprint of", "a company of", NULL };
  static const char *const joins[] = { "&", "Co.", "Co", "+", NULL };
  gboolean stripped = FALSE;
  char *space;

  for (guint i = 0; dashes[i]; i++)
    {
      char *d = strstr (name, dashes[i]);
      const char *tail = d ? d + strlen (dashes[i]) : NULL;
      gboolean cut = FALSE;

      if (d == NULL || d == name)
        continue;
      for (guint k = 0; owned[k] && !cut; k++)
        cut = g_ascii_strncasecmp (tail, owned[k], strlen (owned[k])) == 0;
      if (cut || dossier_page_outlet_is_company (tail))
        {
          *d = '\0';
          g_strchomp (name);
          break;
        }
    }
  /* "Handelsblatt GmbH", "St.Galler Tagblatt AG", "… GmbH & Co. KG" */
  while ((space = strrchr (name, ' ')) != NULL && space > name &&
         (g_strv_contains (forms, space + 1) || g_strv_contains (last_forms, space + 1) ||
          (stripped && g_strv_contains (joins, space + 1))))
    {
      *space = '\0';
      g_strchomp (name);
      for (gsize n = strlen (name); n > 0 && name[n - 1] == ','; n--)
        name[n - 1] = '\0';
      stripped = TRUE;
    }
}

/**
 * dossier_page_normalize_outlet:
 *
 * Tidies an outlet name found in a signature or copyright line.
 */
char *
dossier_page_normalize_outlet (const char *name)
{
  g_autofree char *v = g_strstrip (g_strdup (name));
  gsize n;

  if (g_ascii_strcasecmp (v, "Reuter") == 0)
    return g_strdup ("Reuters");
  /* "The Associated Press. All rights reserved." */
  for (char *p = v; *p; p++)
    if ((*p == '.' && (p[1] == ' ' || p[1] == '\0') && p - v > 3 && !g_ascii_isupper (p[-1])) || *p == ',' || *p == '|')
      {
        *p = '\0';
        break;
      }
  g_strstrip (v);
  /* "Al Jazeera and news agencies" */
  {
    static const char *tails[] = { " and news agencies", " and agencies", " with agencies", " and wires", NULL };

    for (guint i = 0; tails[i]; i++)
      if (g_str_has_suffix (v, tails[i]))
        v[strlen (v) - strlen (tails[i])] = '\0';
  }
  dossier_page_cut_owner (v);
  n = strlen (v);
  if (n == 0 || n > 60)
    return NULL;
  return g_steal_pointer (&v);
}

static void
measure (Line *l)
{
  const char *s = l->s;
  const char *p = s;
  const char *last = NULL;

  while (*p)
    {
      gunichar c = g_utf8_get_char (p);
      const char *w;

      /* Chinese and Japanese: a character is a word, and their script has
       * no capitals (as a lower-case word counts). */
      if (dossier_unichar_is_word (c))
        {
          l->n_words++;
          l->n_lower++;
          p = g_utf8_next_char (p);
          continue;
        }
      if (!is_word_char (c) || c == '-' || c == '.' || g_unichar_ismark (c))
        {
          p = g_utf8_next_char (p);
          continue;
        }
      w = p;
      while (*p && is_word_char (g_utf8_get_char (p)) && !dossier_unichar_is_word (g_utf8_get_char (p)))
        p = g_utf8_next_char (p);
      l->n_words++;
      /* Scripts with no capitals (Arabic, Hebrew, Devanagari, Thai): their
       * words read as running text does. */
      if (g_unichar_islower (c) || (g_unichar_isalpha (c) && !g_unichar_isupper (c) && !g_unichar_istitle (c)))
        l->n_lower++;
      else if (g_unichar_isupper (c))
        l->n_upper++;
      if (in_set (function_set, w, p - w))
        l->n_function++;
    }

  for (p = s; *p; p = g_utf8_next_char (p))
    if (!g_unichar_isspace (g_utf8_get_char (p)))
      last = p;
  if (last)
    {
      gunichar c = g_utf8_get_char (last);

      l->terminal = c == '.' || c == '!' || c == '?' || c == 0x2026 || c == ':' || c == ';' || c == ')' ||
                    is_full_stop (c);
      /* A closing quote ends a sentence only after sentence punctuation:
       * a headline can end with a quoted phrase ('quasi-state of war'). */
      if (c == '"' || c == 0x201D || c == 0x2019 || c == '\'' || c == 0xBB)
        {
          const char *before = g_utf8_find_prev_char (s, last);
          gunichar b = before ? g_utf8_get_char (before) : 0;

          l->terminal = b == '.' || b == '!' || b == '?' || b == ',' || b == 0x2026;
        }
      /* "…と述べた。」": a Japanese quote closed after its full stop. */
      if (c == 0x300D || c == 0x300F || c == 0xFF09)
        {
          const char *before = g_utf8_find_prev_char (s, last);

          l->terminal = before && is_full_stop (g_utf8_get_char (before));
        }
      /* "Home" or "Menu." are not sentences, nor is "U.S." */
      if ((c == 0x2019 || c == '\'') && l->n_words < 4)
        l->terminal = FALSE;
    }
  {
    gunichar first = g_utf8_get_char (s);

    /* A script with no capitals starts a sentence as a capital does
     * (so do "「" and "（" before Japanese). */
    l->starts_upper = g_unichar_isupper (first) || g_unichar_isdigit (first) || first == '"' ||
                      first == 0x201C || first == 0x2018 || first == '\'' || first == '(' ||
                      (g_unichar_isalpha (first) && !g_unichar_islower (first) && !g_unichar_isupper (first)) ||
                      first == 0x300C || first == 0x300E || first == 0xFF08;
  }
}

static guint count_set_words (const char *s,
                              GHashTable *set);

static gboolean
in_set_any (const char *s,
            GHashTable *set)
{
  return count_set_words (s, set) > 0;
}

static guint
count_set_words (const char *s,
                 GHashTable *set)
{
  const char *p = s;
  guint n = 0;

  while (*p)
    {
      const char *w;

      if (!g_ascii_isalpha (*p))
        {
          p++;
          continue;
        }
      w = p;
      while (g_ascii_isalpha (*p) || *p == '-')
        p++;
      if (in_set (set, w, p - w))
        n++;
    }
  return n;
}

/* Whether a quarter or more of the space-separated words hold a digit. */
static gboolean
mostly_numbers (const char *s)
{
  guint n = 0, words = 0;
  gboolean in_word = FALSE, digit = FALSE;

  for (const char *p = s;; p++)
    {
      gboolean space = *p == ' ' || *p == '\0';

      if (space)
        {
          if (in_word)
            {
              words++;
              if (digit)
                n++;
            }
          in_word = digit = FALSE;
          if (*p == '\0')
            break;
          continue;
        }
      in_word = TRUE;
      if (g_ascii_isdigit (*p))
        digit = TRUE;
    }
  return words > 0 && n * 4 >= words;
}

/* A list of names ("England: Mike Atherton, Nick Knight, Alec Stewart …"):
 * three or more commas or semicolons, which headlines do not have. */
static gboolean
is_list_line (const char *s)
{
  guint n = 0;

  for (const char *p = s; *p; p++)
    if (*p == ',' || *p == ';')
      n++;
  return n >= 3;
}

static gboolean
has_digit (const char *s)
{
  for (const char *p = s; *p; p++)
    if (g_ascii_isdigit (*p))
      return TRUE;
  return FALSE;
}

/* A place in capitals followed by a date and nothing else: the dateline of
 * wire copy laid out on its own line ("LONDON 1996-08-30"). */
static char *title_case (const char *raw);
static gboolean is_all_caps_word (const char *w);

static gboolean
looks_like_dateline_line (const char  *s,
                          char       **date,
                          char       **place)
{
  gsize ms = 0, me = 0;
  g_autofree char *iso = dossier_date_find (s, &ms, &me);
  guint caps = 0;

  const char *comma;

  if (iso == NULL || ms == 0)
    return FALSE;
  /* The place in capitals, then maybe its country: "LONGYEAR, Norway". */
  comma = memchr (s, ',', ms);
  for (gsize i = 0; i < ms; i++)
    {
      if (g_ascii_islower (s[i]) && (comma == NULL || s + i < comma))
        return FALSE;
      if (g_ascii_isupper (s[i]) && (comma == NULL || s + i < comma))
        caps++;
    }
  for (const char *p = s + me; *p; p++)
    if (g_ascii_isalnum (*p))
      return FALSE;
  if (caps < 3)
    return FALSE;
  *date = g_steal_pointer (&iso);
  {
    g_autofree char *raw = g_strndup (s, ms);

    g_strdelimit (raw, ",", ' ');
    *place = title_case (g_strstrip (raw));
  }
  return TRUE;
}

/* "3 hours ago", "2 days ago": when the page was saved, not a date. */
static gboolean
is_relative_time (const char *s)
{
  return g_str_has_suffix (s, " ago") && g_ascii_isdigit (*s);
}

/* A date and a few words of time or status glued to it:
 * "March 14, 2024 6:12 AM GMTUpdated 2 hours ago". */
static gboolean
date_with_little_else (const char  *s,
                       char       **date)
{
  gsize ms = 0, me = 0;
  g_autofree char *iso = dossier_date_find (s, &ms, &me);
  guint words = 0;
  gboolean in_word = FALSE;

  if (iso == NULL)
    return FALSE;
  for (gsize i = 0; s[i]; i++)
    {
      if (i >= ms && i < me)
        continue;
      if (g_ascii_isalpha (s[i]))
        {
          if (!in_word)
            words++;
          in_word = TRUE;
        }
      else
        in_word = FALSE;
    }
  if (words > 5)
    return FALSE;
  *date = g_steal_pointer (&iso);
  return TRUE;
}

/* A place and the outlet before a dash, on a line of their own, as some
 * sites lay out the dateline: "Washington CNN —", "LONDON (Reuters) -". */
static gboolean
looks_like_dash_dateline (const char  *s,
                          char       **place,
                          char       **agency)
{
  g_autofree char *t = g_strstrip (g_strdup (s));
  gsize n = strlen (t);
  g_auto(GStrv) words = NULL;
  guint count;
  GString *p;

  if (g_str_has_suffix (t, "—") || g_str_has_suffix (t, "–"))
    t[n - strlen ("—")] = '\0';
  else if (n > 0 && t[n - 1] == '-')
    t[n - 1] = '\0';
  else
    return FALSE;
  g_strstrip (t);
  words = g_strsplit (t, " ", -1);
  count = g_strv_length (words);
  if (count < 2 || count > 5)
    return FALSE;
  for (guint i = 0; i < count; i++)
    if (!g_unichar_isupper (g_utf8_get_char (words[i])) && words[i][0] != '(')
      return FALSE;

  /* The last word is the outlet when it is in capitals or in brackets. */
  {
    char *last = words[count - 1];
    gsize ln = strlen (last);

    if (last[0] == '(' && last[ln - 1] == ')')
      *agency = g_strndup (last + 1, ln - 2);
    else if (ln >= 2 && is_all_caps_word (last))
      *agency = g_strdup (last);
    else
      return FALSE;
  }
  p = g_string_new (NULL);
  for (guint i = 0; i + 1 < count; i++)
    {
      if (p->len)
        g_string_append_c (p, ' ');
      g_string_append (p, words[i]);
    }
  while (p->len && p->str[p->len - 1] == ',')
    g_string_truncate (p, p->len - 1);
  *place = g_string_free (p, FALSE);
  return TRUE;
}

/* The outlet's name as a logo's text gives it: "The Guardian - Back to
 * homepage", "Reuters home". */
static char *
masthead_outlet (const char *s)
{
  static const char *suffixes[] = { " - Back to homepage", " – Back to homepage", " Back to homepage",
                                    " homepage", " home page", " home", " logo", NULL };

  for (guint i = 0; suffixes[i]; i++)
    if (g_str_has_suffix (s, suffixes[i]))
      {
        g_autofree char *name = g_strndup (s, strlen (s) - strlen (suffixes[i]));

        g_strstrip (name);
        if (*name && g_unichar_isupper (g_utf8_get_char (name)) && strlen (name) <= 40)
          return g_steal_pointer (&name);
      }
  return NULL;
}

static gboolean
is_all_caps_word (const char *w)
{
  for (const char *p = w; *p; p++)
    if (g_ascii_islower (*p))
      return FALSE;
  return TRUE;
}

static gboolean
is_all_caps (const char *s)
{
  guint upper = 0, lower = 0;

  for (const char *p = s; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_isupper (c))
        upper++;
      else if (g_unichar_islower (c))
        lower++;
    }
  return upper >= 4 && lower * 10 <= upper;
}

static Kind
classify (Line *l)
{
  const char *s = l->s;
  double lower_ratio = l->n_words ? (double) l->n_lower / l->n_words : 0;
  guint boiler = count_set_words (s, boiler_set);

  if (l->n_words == 0)
    return KIND_NOISE;
  if (looks_like_weather (l))
    return KIND_WEATHER;
  if (has_prefix_word (s, "Source") || has_prefix_word (s, "Via") || has_prefix_word (s, "Courtesy of"))
    {
      if (strchr (s, ':') && l->n_words <= 8)
        {
          l->outlet = strip_label (s);
          return KIND_SOURCE;
        }
    }
  if (strstr (s, "©") || has_prefix_word (s, "Copyright") || g_strrstr (s, "All rights reserved") ||
      g_strrstr (s, "all rights reserved"))
    {
      if (l->n_words <= 20)
        {
          const char *p = strstr (s, "©");
          p = p ? p + strlen ("©") : s + (has_prefix_word (s, "Copyright") ? 9 : 0);
          while (*p == ' ' || g_ascii_isdigit (*p) || *p == '-' || *p == ',')
            p++;
          if (g_ascii_strncasecmp (p, "Copyright", 9) == 0)
            p += 9;
          while (*p == ' ' || g_ascii_isdigit (*p) || *p == '-' || *p == ',' || *p == '(' || *p == 'c' || *p == ')')
            {
              if (*p == 'c' && p[1] != ')')
                break;
              p++;
            }
          if (*p && g_ascii_isupper (*p))
            l->outlet = dossier_page_normalize_outlet (p);
          return KIND_COPYRIGHT;
        }
    }
  if ((has_prefix_word (s, "Published") || has_prefix_word (s, "Updated") || has_prefix_word (s, "Posted") ||
       has_prefix_word (s, "First published") || has_prefix_word (s, "Last updated") || has_prefix_word (s, "Date")) &&
      l->n_words <= 16)
    {
      l->date = dossier_date_find (s, NULL, NULL);
      return KIND_PUBLISHED;
    }
  if (dossier_date_is_only_date (s, &l->date))
    return KIND_DATE;
  if (l->n_words <= 6 && looks_like_dateline_line (s, &l->date, &l->place))
    return KIND_DATELINE;
  if (l->n_words <= 5 && looks_like_dash_dateline (s, &l->place, &l->outlet))
    return KIND_DATELINE;
  if (l->n_words <= 6 && is_relative_time (s))
    return KIND_PUBLISHED;
  if (l->n_words <= 12 && !l->terminal && date_with_little_else (s, &l->date))
    return KIND_DATE;
  if (l->n_words <= 8 && (l->outlet = masthead_outlet (s)))
    return KIND_MASTHEAD;
  if (looks_like_byline (l))
    {
      l->date = dossier_date_find (s, NULL, NULL);
      return KIND_BYLINE;
    }
  if (count_separators (s) >= 1 && (has_prefix_word (s, "Home") || has_prefix_word (s, "News") ||
                                    count_separators (s) >= 2) && !l->terminal)
    return KIND_BREADCRUMB;

  /* Short lines carried by furniture words: "Share this article",
   * "Latest article", "Sign up for our newsletter", "5 min read". */
  if (l->n_words <= 8 && boiler > 0 && boiler * 3 >= l->n_words && l->n_function <= 2 &&
      !(l->n_words >= 4 && l->terminal && lower_ratio > 0.5 && boiler * 2 < l->n_words))
    return KIND_BOILER;
  if (l->n_words <= 3 && (has_prefix_word (s, "Advertisement") || has_prefix_word (s, "Sponsored")))
    return KIND_BOILER;
  if ((has_prefix_word (s, "Read more") || has_prefix_word (s, "Read also") || has_prefix_word (s, "See also") ||
       has_prefix_word (s, "Related") || has_prefix_word (s, "Also read") || has_prefix_word (s, "More on") ||
       has_prefix_word (s, "Watch") || has_prefix_word (s, "Listen") || has_prefix_word (s, "Sign up") ||
       has_prefix_word (s, "Subscribe") || has_prefix_word (s, "Click here") || has_prefix_word (s, "Follow")) &&
      l->n_words <= 30)
    return KIND_BOILER;

  if (l->n_words <= 60 && has_credit_marker (s))
    return KIND_CAPTION;

  /* Newswire headlines are in capitals: judge them by shape alone. */
  if (l->n_lower == 0 && l->n_upper >= 2 && is_all_caps (s))
    {
      if (l->n_words >= 20 && l->terminal)
        return KIND_PROSE;
      return l->n_words >= 3 || !l->terminal ? KIND_HEADLINE : KIND_SHORT;
    }

  /* Scores, results and figures: a good share of the words are numbers. */
  if (l->n_words <= 40 && !l->date && mostly_numbers (s) &&
      (!l->terminal || lower_ratio < 0.35) && !(l->n_words >= 8 && lower_ratio >= 0.5))
    return KIND_DATA;

  if (l->n_words <= 2 && !l->terminal)
    {
      /* A lone name at the end of a story is often the agency's signature. */
      return KIND_MENU;
    }

  /* Running text: long, lower-case words, sentence punctuation. */
  if (l->block->heading == 0 && l->starts_upper &&
      ((l->n_words >= 8 && lower_ratio >= 0.3 && l->terminal) ||
       (l->n_words >= 25 && lower_ratio >= 0.3) ||
       (l->n_words >= 16 && lower_ratio >= 0.5)))
    return KIND_PROSE;

  if (l->terminal && l->n_words >= 2 && lower_ratio >= 0.4 && l->block->heading == 0)
    return KIND_SHORT;

  /* A row of capitalised words with no function word: a section menu
   * ("Global News News Politics"). */
  if (l->n_function == 0 && l->n_lower == 0 && l->n_words >= 3 && !l->terminal && !strchr (s, ',') &&
      !strchr (s, ':'))
    {
      g_auto(GStrv) words = g_strsplit (s, " ", -1);
      gboolean repeated = FALSE;

      for (guint i = 0; words[i] && !repeated; i++)
        for (guint j = i + 1; words[j]; j++)
          if (*words[i] && strcmp (words[i], words[j]) == 0)
            repeated = TRUE;
      if (repeated || l->n_words >= 5)
        return KIND_MENU;
    }

  return KIND_HEADLINE;
}

/* Appends [from, to) of @piece as a section of its own, blank-line separated. */
static void
append_section (DossierMappedText *text,
                DossierMappedText *piece,
                gsize              from,
                gsize              to,
                gsize             *start,
                gsize             *end)
{
  if (dossier_mapped_text_get_length (text) > 0)
    dossier_mapped_text_append_synthetic (text, "\n\n");
  if (start)
    *start = dossier_mapped_text_get_length (text);
  dossier_mapped_text_append_mapped (text, piece, from, MIN (to, dossier_mapped_text_get_length (piece)));
  if (end)
    *end = dossier_mapped_text_get_length (text);
}

/* Where the outlet's name was read, most telling first. */
enum {
  OUTLET_SOURCE,     /* "Source: Al Jazeera" */
  OUTLET_DATELINE,   /* "BEIJING (AP) —" */
  OUTLET_BYLINE,     /* the line under the byline */
  OUTLET_MASTHEAD,   /* "The Guardian - Back to homepage" */
  OUTLET_COPYRIGHT,  /* "© 2023 The Westbury Gazette" */
  OUTLET_SIGNATURE,  /* a trailing "Reuter" */
  N_OUTLETS
};

static gboolean
is_solid_prose (const Line *l)
{
  return l->kind == KIND_PROSE && (l->n_words >= 15 || count_set_words (l->s, boiler_set) == 0);
}

static gboolean
is_meta_kind (Kind k)
{
  return k == KIND_DATE || k == KIND_PUBLISHED || k == KIND_DATELINE || k == KIND_BYLINE;
}

static double
title_score (const Line *l,
             guint       rank,
             Line       *lines,
             guint       n_lines)
{
  /* The first headline-shaped line of a file is the title more often
   * than not. */
  double score = MIN (l->n_words, 20) - 1.0 * rank + (rank == 0 ? 4 : 0);
  guint index = l - lines;

  /* Headlines are followed, within a line or two, by the byline, the date
   * or the dateline; captions and teasers are not. */
  for (guint j = index + 1; j < n_lines && j <= index + 3; j++)
    if (is_meta_kind (lines[j].kind))
      {
        score += 6;
        break;
      }
  /* Furniture words ("values your feedback") make a poor headline. */
  score -= 3.0 * count_set_words (l->s, boiler_set);

  if (l->n_words <= 2)
    score -= 6;
  if (l->n_function > 0 || strchr (l->s, ',') || strchr (l->s, ':') || strstr (l->s, "‘") || strchr (l->s, '\''))
    score += 4;
  if (l->block->heading == 1)
    score += 30;
  else if (l->block->heading > 1)
    score += 10;
  /* A breadcrumb or browser title above it that repeats the line names it
   * as the title. */
  if (strlen (l->s) >= 12)
    for (guint i = 0; i < index; i++)
      if (strstr (lines[i].s, l->s))
        {
          score += 10;
          break;
        }
  return score;
}

static gboolean
is_body_kind (Kind k)
{
  return k == KIND_PROSE || k == KIND_SHORT || k == KIND_HEADLINE || k == KIND_DATA;
}

static void
set_if_unset (char       **field,
              const char  *value)
{
  if (*field == NULL && value != NULL && *value)
    *field = g_strdup (value);
}

/* Printing every block costs; only format them when asked to. */
static gboolean
debug_blocks (void)
{
  static gsize once;
  static gboolean enabled;

  if (g_once_init_enter (&once))
    {
      const char *env = g_getenv ("G_MESSAGES_DEBUG");

      enabled = env && (strstr (env, "all") || strstr (env, G_LOG_DOMAIN));
      g_once_init_leave (&once, 1);
    }
  return enabled;
}

/**
 * dossier_page_analyze:
 * @blocks: (element-type DossierBlock): the page's blocks, in order
 * @decoded: the decoded text the blocks are mapped to (mapped to the file)
 * @out: filled with the metadata and the analysed text; fields already set
 *   (from front matter) are kept
 */
void
dossier_page_analyze (GPtrArray               *blocks,
                      const DossierMappedText *decoded,
                      DossierParsed           *out)
{
  guint n = blocks->len;
  g_autofree Line *lines = g_new0 (Line, MAX (n, 1));
  gint body_start = -1, body_end = -1, title = -1;
  g_autoptr(DossierMappedText) text = dossier_mapped_text_new ();
  g_autofree char *dateline_place = NULL;
  g_autofree char *dateline_agency = NULL;
  gsize dateline_len = 0;
  guint n_prose = 0;
  gint dateline_line = -1;
  char *outlets[N_OUTLETS] = { NULL };

  init_sets ();
  for (guint i = 0; i < n; i++)
    {
      lines[i].block = g_ptr_array_index (blocks, i);
      lines[i].s = dossier_mapped_text_get_text (lines[i].block->text);
      measure (&lines[i]);
      lines[i].kind = classify (&lines[i]);
      if (debug_blocks ())
        g_debug ("block %u: kind %d, %u words: %s", i, lines[i].kind, lines[i].n_words, lines[i].s);
    }

  for (guint i = 0; i < n; i++)
    if (lines[i].kind == KIND_PROSE)
      n_prose++;

  /* A caption's label on its own line ("Image caption,") makes the next
   * line a caption too. */
  for (guint i = 1; i < n; i++)
    if (lines[i - 1].kind == KIND_CAPTION && lines[i - 1].n_words <= 3 && lines[i].n_words < 40 &&
        (g_str_has_suffix (lines[i - 1].s, ",") || g_str_has_suffix (lines[i - 1].s, ":") ||
         lines[i - 1].n_words <= 2))
      lines[i].kind = KIND_CAPTION;

  /* The body starts at the first solid paragraph of prose: a sentence
   * made of furniture words ("How relevant is this ad to you?", "Save
   * articles to read later") does not start a story. */
  for (guint i = 0; i < n; i++)
    if (is_solid_prose (&lines[i]))
      {
        body_start = i;
        break;
      }
  if (body_start < 0)
    for (guint i = 0; i < n; i++)
      if (lines[i].kind == KIND_PROSE)
        {
          body_start = i;
          break;
        }

  /* A headline that ends with a full stop reads as prose; the dateline or
   * date under it gives it away. */
  if (body_start >= 0 && (guint) body_start + 1 < n && lines[body_start].n_words <= 20 &&
      (lines[body_start + 1].kind == KIND_DATELINE || lines[body_start + 1].kind == KIND_DATE ||
       lines[body_start + 1].kind == KIND_PUBLISHED || lines[body_start + 1].kind == KIND_BYLINE))
    {
      gboolean first = TRUE;

      for (gint i = 0; i < body_start; i++)
        if (is_body_kind (lines[i].kind))
          first = FALSE;
      if (first)
        {
          lines[body_start].kind = KIND_HEADLINE;
          body_start = -1;
          for (guint i = 0; i < n; i++)
            if (lines[i].kind == KIND_PROSE)
              {
                body_start = i;
                break;
              }
        }
    }

  /* A standfirst (a summary under the headline) reads as prose too; when
   * the byline or the date follow it, the body starts after them. */
  if (body_start >= 0)
    for (guint j = body_start + 1; j < n && j <= (guint) body_start + 6; j++)
      {
        if (lines[j].kind == KIND_PROSE)
          break;
        if (is_meta_kind (lines[j].kind))
          {
            for (guint k = j + 1; k < n; k++)
              if (is_solid_prose (&lines[k]))
                {
                  body_start = k;
                  break;
                }
            break;
          }
      }

  /* The title: the best headline before the body (or an explicit heading). */
  {
    double best = -1e9;
    guint limit = body_start >= 0 ? (guint) body_start : MIN (n, 8);
    guint rank = 0;

    for (guint i = 0; i < limit; i++)
      {
        double score;

        if (lines[i].kind != KIND_HEADLINE && lines[i].kind != KIND_SHORT && lines[i].kind != KIND_DATA &&
            lines[i].block->heading == 0)
          continue;
        /* A line that opens with a dateline starts the story. */
        {
          gsize dl;
          g_autofree char *pl = NULL, *ag = NULL;

          if (find_dateline (lines[i].s, &dl, &pl, &ag))
            continue;
        }
        /* Figures make a headline only when nothing else does. */
        if (g_utf8_strlen (lines[i].s, -1) > 250)
          continue;
        score = title_score (&lines[i], rank++, lines, n) - (lines[i].kind == KIND_DATA ? 8 : 0);
        if (score > best)
          {
            best = score;
            title = i;
          }
      }
  }

  /* No headline-shaped line above the body: the first line of a few words
   * there is the title, even if it reads like furniture. */
  if (title < 0 && body_start > 0)
    for (gint i = 0; i < body_start; i++)
      if (lines[i].n_words >= 3 && lines[i].n_words <= 30 &&
          (lines[i].kind == KIND_BOILER || lines[i].kind == KIND_MENU))
        {
          title = i;
          break;
        }

  if (body_start < 0)
    {
      /* No prose: the best we can do is everything after the title that is
       * not furniture. */
      for (guint i = (title >= 0 ? title + 1 : 0); i < n; i++)
        if (is_body_kind (lines[i].kind))
          {
            body_start = i;
            break;
          }
    }

  /* The body ends at the last block that can end a story (or, for a page
   * without sentences, at its last block of text). */
  if (body_start >= 0)
    for (gint i = n - 1; i >= body_start; i--)
      if (lines[i].kind == KIND_PROSE || lines[i].kind == KIND_SHORT || lines[i].kind == KIND_DATA)
        {
          body_end = i;
          break;
        }
  if (body_start >= 0 && body_end < 0)
    for (gint i = n - 1; i >= body_start; i--)
      if (is_body_kind (lines[i].kind))
        {
          body_end = i;
          break;
        }

  /* Tables run on after the last sentence: rows of figures, and lines in
   * capitals (a schedule, a league table's headings) belong to the story
   * until something else comes. */
  if (body_end >= 0)
    while ((guint) body_end + 1 < n)
      {
        Line *next = &lines[body_end + 1];

        if (next->kind == KIND_DATA ||
            ((next->kind == KIND_HEADLINE || next->kind == KIND_MENU || next->kind == KIND_SHORT) &&
             (is_all_caps (next->s) || has_digit (next->s) || is_list_line (next->s) ||
              (g_str_has_suffix (next->s, ":") && next->n_words <= 3))))
          body_end++;
        else
          break;
      }

  /* After the last paragraph of prose, a "Related" or "More on this story"
   * line starts the page's furniture: nothing after it is the story. */
  if (body_end >= 0)
    {
      gint last_prose = -1;

      for (gint i = body_start; i <= body_end; i++)
        if (lines[i].kind == KIND_PROSE)
          last_prose = i;
      for (gint i = last_prose + 1; last_prose >= 0 && i <= body_end; i++)
        if (lines[i].kind == KIND_BOILER)
          {
            body_end = i - 1;
            break;
          }
      /* Teasers below a "More on this story" line can be sentences; the
       * story's own paragraphs are longer. */
      for (gint i = body_start + 1; i <= body_end; i++)
        if (lines[i].kind == KIND_BOILER && lines[i].n_words <= 5)
          {
            gboolean story_goes_on = FALSE;

            for (gint k = i + 1; k <= body_end; k++)
              if ((lines[k].kind == KIND_PROSE || lines[k].kind == KIND_SHORT) &&
                  (lines[k].n_words >= 15 || g_str_has_suffix (lines[k].s, ".") ||
                   g_str_has_suffix (lines[k].s, ".”") || g_str_has_suffix (lines[k].s, ".\"")))
                story_goes_on = TRUE;
            if (!story_goes_on)
              {
                body_end = i - 1;
                break;
              }
          }
    }

  /* The outlet on the line under the byline ("By Tom Edgington" / "BBC
   * News"), unless it is the writer's job. */
  for (guint i = 1; i < n; i++)
    {
      Line *l = &lines[i];

      if (lines[i - 1].kind == KIND_BYLINE && l->n_words <= 4 && l->n_words >= 1 && l->n_lower == 0 &&
          !l->terminal && !l->date && !in_set_any (l->s, job_set) && (body_start < 0 || (gint) i < body_start) &&
          (l->kind == KIND_MENU || l->kind == KIND_BOILER || l->kind == KIND_HEADLINE))
        {
          set_if_unset (&outlets[OUTLET_BYLINE], l->s);
          l->kind = KIND_MASTHEAD;
        }
    }

  /* Metadata from the furniture. */
  for (guint i = 0; i < n; i++)
    {
      Line *l = &lines[i];
      /* Only a date above the headline is the masthead's. */
      gboolean before_title = title >= 0 && (gint) i < title;

      switch (l->kind)
        {
        case KIND_DATE:
          if (body_start >= 0 && (gint) i > body_end)
            set_if_unset (&out->date, l->date);
          else if (before_title)
            set_if_unset (&out->page_date, l->date);
          else if (body_start < 0 || (gint) i < body_start)
            set_if_unset (&out->date, l->date);
          break;
        case KIND_PUBLISHED:
          set_if_unset (&out->date, l->date);
          break;
        case KIND_BYLINE:
          if (out->byline == NULL)
            out->byline = byline_names (l->s);
          set_if_unset (&out->date, l->date);
          break;
        case KIND_SOURCE:
          set_if_unset (&outlets[OUTLET_SOURCE], l->outlet);
          break;
        case KIND_DATELINE:
          set_if_unset (&outlets[OUTLET_DATELINE], l->outlet);
          break;
        case KIND_MASTHEAD:
          set_if_unset (&outlets[OUTLET_MASTHEAD], l->outlet);
          break;
        case KIND_COPYRIGHT:
          set_if_unset (&outlets[OUTLET_COPYRIGHT], l->outlet);
          break;
        case KIND_MENU:
        case KIND_HEADLINE:
          /* A trailing signature ("Reuter", "AP") after the body. */
          if (body_end >= 0 && (gint) i > body_end && l->n_words == 1 && l->n_upper == 1 &&
              strlen (l->s) <= 12 && i == n - 1)
            set_if_unset (&outlets[OUTLET_SIGNATURE], l->s);
          break;
        default:
          break;
        }
    }

  /* Assemble the analysed text: title, dateline, captions, body. */

  if (title >= 0)
    {
      out->title_start = 0;
      dossier_mapped_text_append_mapped (text, lines[title].block->text, 0,
                                         dossier_mapped_text_get_length (lines[title].block->text));
      out->title_end = dossier_mapped_text_get_length (text);
      set_if_unset (&out->title, lines[title].s);
    }

  /* A dateline on its own line between the headline and the body. */
  for (gint i = title + 1; i < (body_start >= 0 ? body_start : (gint) n); i++)
    if (lines[i].kind == KIND_DATELINE)
      {
        dateline_line = i;
        break;
      }

  if (dateline_line >= 0)
    {
      Line *l = &lines[dateline_line];

      append_section (text, l->block->text, 0, G_MAXSIZE, &out->dateline_start, &out->dateline_end);
      set_if_unset (&out->place, l->place);
      set_if_unset (&out->date, l->date);
      dateline_len = 0;
    }
  else if (body_start >= 0 &&
           find_dateline (lines[body_start].s, &dateline_len, &dateline_place, &dateline_agency))
    {
      gsize dl = dateline_len;
      const char *s = lines[body_start].s;

      /* Keep the dash out of the dateline section. */
      while (dl > 0 && (s[dl - 1] == ' '))
        dl--;
      append_section (text, lines[body_start].block->text, 0, dl, &out->dateline_start, &out->dateline_end);
      set_if_unset (&out->place, dateline_place);
      set_if_unset (&outlets[OUTLET_DATELINE], dateline_agency);
    }
  else
    dateline_len = 0;

  /* Captions, and the text between the headline and the body (a standfirst,
   * a subtitle): analysed for names, but not part of the body. */
  for (gint i = title + 1; i < body_start; i++)
    if (i != dateline_line && (is_body_kind (lines[i].kind) || lines[i].kind == KIND_CAPTION))
      append_section (text, lines[i].block->text, 0, G_MAXSIZE, NULL, NULL);
  for (gint i = MAX (body_start, 0); i <= body_end; i++)
    if (lines[i].kind == KIND_CAPTION)
      append_section (text, lines[i].block->text, 0, G_MAXSIZE, NULL, NULL);

  if (dossier_mapped_text_get_length (text) > 0)
    dossier_mapped_text_append_synthetic (text, "\n\n");
  out->body_start = dossier_mapped_text_get_length (text);

  if (body_start >= 0)
    {
      gboolean first = TRUE;

      for (gint i = body_start; i <= body_end; i++)
        {
          Line *l = &lines[i];
          gsize from = 0;

          /* Inside the story, a line of a word or two is a fragment of it
           * ("Leeds)", a table's heading), not a menu. */
          if (!is_body_kind (l->kind) && !(l->kind == KIND_MENU && i > body_start && i < body_end))
            continue;
          /* The teaser after "Related article" or "Read more". */
          if (l->kind == KIND_HEADLINE && i > 0 && lines[i - 1].kind == KIND_BOILER &&
              in_set_any (lines[i - 1].s, teaser_set))
            continue;
          /* The title repeated at the top of the body. */
          if (title >= 0 && i != title && strcmp (l->s, lines[title].s) == 0)
            continue;
          /* Three or more headlines in a row inside a story of prose are a
           * link list; in a page without prose they are its content (a
           * table of results, a list). */
          if (l->kind == KIND_HEADLINE && n_prose >= 2 && !has_digit (l->s) && !is_list_line (l->s))
            {
              guint run = 0;
              gint a = i, b = i;

              while (a - 1 >= body_start && lines[a - 1].kind == KIND_HEADLINE)
                a--;
              while (b + 1 <= body_end && lines[b + 1].kind == KIND_HEADLINE)
                b++;
              run = b - a + 1;
              if (run >= 3)
                continue;
            }
          if (i == body_start && dateline_len > 0)
            from = dateline_len;
          if (!first)
            dossier_mapped_text_append_synthetic (text, "\n\n");
          first = FALSE;
          dossier_mapped_text_append_mapped (text, l->block->text, from,
                                             dossier_mapped_text_get_length (l->block->text));
        }
    }

  /* The outlet, from the most telling line that names it. */
  for (guint k = 0; k < N_OUTLETS; k++)
    if (outlets[k] != NULL && out->outlet == NULL)
      out->outlet = dossier_page_normalize_outlet (outlets[k]);
  for (guint k = 0; k < N_OUTLETS; k++)
    g_free (outlets[k]);

  out->text = dossier_mapped_text_compose (text, decoded);

  for (guint i = 0; i < n; i++)
    {
      g_free (lines[i].date);
      g_free (lines[i].outlet);
      g_free (lines[i].place);
    }
}
