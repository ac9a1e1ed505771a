/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "dossier-html"

#include "config.h"

#include <string.h>

#include "dossier-date.h"
#include "dossier-html-extract-private.h"

/*
 * What one line or block of the body is, taken alone: the body's furniture
 * ("Sign up for our newsletter", a writer's bio, a date stamp, a row of
 * page links) told from its prose by the words it says, for judge() and
 * for the passes of dossier-html-extract.c over the blocks kept.
 */

/* ---- judging blocks ------------------------------------------------------ */

/* Whether @s is one of @labels alone, in any case, a colon after it or
 * not ("Sources:", "REFERENCES"). */
static gboolean
is_label_line_trimmed (const char        *s,
                       const char *const *labels,
                       const char        *trailing)
{
  gsize n = strlen (s);

  while (n > 0 && strchr (trailing, s[n - 1]))
    n--;
  for (guint i = 0; labels[i]; i++)
    if (n == strlen (labels[i]) && g_ascii_strncasecmp (s, labels[i], n) == 0)
      return TRUE;
  return FALSE;
}

gboolean
is_label_line (const char        *s,
               const char *const *labels)
{
  return is_label_line_trimmed (s, labels, " :");
}

/* Words, where a Chinese or Japanese character counts as one: those
 * scripts put no spaces between words, and the thresholds below are about
 * how much was said. */
guint
count_words (const char *s)
{
  return dossier_count_words (s);
}

gboolean
starts_with_word (const char *s,
                  const char *prefix)
{
  gsize n = strlen (prefix);

  return g_ascii_strncasecmp (s, prefix, n) == 0 && !g_ascii_isalpha (s[n]);
}

/* Whether @s opens with one of the NULL-terminated @prefixes (see
 * starts_with_word()). */
gboolean
starts_with_any_word (const char         *s,
                      const char * const *prefixes)
{
  for (guint i = 0; prefixes[i]; i++)
    if (starts_with_word (s, prefixes[i]))
      return TRUE;
  return FALSE;
}

gboolean
is_terminal (const char *s)
{
  const char *last = NULL;

  for (const char *p = s; *p; p = g_utf8_next_char (p))
    if (*p != ' ')
      last = p;
  if (last == NULL)
    return FALSE;
  switch (g_utf8_get_char (last))
    {
    case '.': case '!': case '?': case ':': case ';': case 0x2026: case '"': case 0x201D: case ')': case 0x2019:
    case 0x3002: case 0xFF01: case 0xFF1F: case 0xFF09: case 0x300D:
      return TRUE;
    default:
      return FALSE;
    }
}

/* How promotions inside a story open. The first kind never opens a
 * sentence of news; the second can ("Get the vaccine, officials urged"), so
 * it only counts in a short line or one with links. */
static const char *promo_prefixes[] = {
  "Read more", "Read also", "Read next", "Also read", "Read the full", "See also", "Related:", "Related stories",
  "Related articles", "Related coverage", "Related content", "Related reading", "Related topics", "More on this",
  "More from", "More:", "Recommended", "Advertisement", "Sponsored", "Most read", "Most popular",
  "Continue reading", "Supported by", "Skip to", "You may also like", "Don't miss", "Listen to this article",
  /* A feed's credit: "News article provided by World Entertainment News Network" */
  "News article provided by", "Article provided by", "Story provided by", "Content provided by",
  "(This news article provided by", "This news article provided by", NULL,
};
static const char *weak_promo_prefixes[] = {
  "Sign up", "Subscribe", "Follow us", "Follow the", "Click here", "Share this", "Share on", "Watch:", "Watch the",
  "Listen:", "Listen to", "Download the", "Get the", "Join the", "Trending", "Related", "More on", "Tags:",
  "Topics:",
  /* The sections a story is filed in, above or below it ("Category : US
   * (World)", "Filed under: Gardening, Tools"). */
  "Category:", "Category :", "Categories:", "Categories :", "Filed under", NULL,
};
/* Words that open a date line ("Published 3 May", "Last updated …"), not
 * a name; in other languages, a line with a date in it. */
const char *date_line_words[] = {
  "Published", "Updated", "Posted", "First published", "Last updated", "Last modified", "Submitted", NULL,
};
const char *foreign_date_line_words[] = {
  "Aktualisiert", "Veröffentlicht", "Publié", "Mis à jour", "Publicado", "Actualizado", "Gespeichert", NULL,
};
/* Captions that sit in the story's flow instead of a <figcaption>. */
static const char *caption_prefixes[] = {
  "Photo:", "Image:", "Photograph:", "Picture:", "Caption:", "Image caption", "Media caption", "Image source",
  "Video caption", "Pictured:", "Images:", "Photos:", "Photographs:", "Pictures:", "Illustration:",
  "Illustrations:", "Top image:", "Main image:", "Lead image:", "Header image:", "Feature image:", "Photo credit",
  "Image credit", "Main image credit",
  /* German, French, Spanish */
  "Foto:", "Fotos:", "Bild:", "Titelbild:", "Bildnachweis:", "Bildquelle:", "Crédit photo", "Crédits photo",
  "Photo :", "Imagen:", NULL,
};

static const char *picture_credits[] = {
  "Photography by", "Photographs by", "Photos by", "Photo by", "Images by", "Illustration by", "Illustrations by",
  "Pictures by",
  /* "Image used under license from Shutterstock", "Featured image by …":
   * a stock picture's licence or the picture at the top's maker. */
  "Image used under license", "Images used under license", "Image used under licence",
  "Images used under licence", "Image courtesy of", "Images courtesy of", "Photo courtesy of",
  "Photos courtesy of", "Featured image by", "Feature image by", "Cover image by", "Header image by", NULL,
};

/* "The rocket's core stage at the assembly plant. (credit: NASA/J. Doe)":
 * a caption in the story's flow ends with its picture's credit in
 * brackets. */
static gboolean
ends_with_credit (const char *s)
{
  static const char *credits[] = {
    "credit", "photo", "photos", "image", "picture", "illustration", "courtesy", "photograph", "AP Photo", NULL,
  };
  const char *open = strrchr (s, '(');
  const char *close;
  const char *bar = g_strrstr (s, " | ");

  /* "Paris Baguette opened 80 units this year. | Photo by Lisa Jennings",
   * "… at the depot. | Image: Jo Hale": the credit after a bar. */
  if (bar && bar > s && count_words (bar + 3) <= 8 &&
      (starts_with_any_word (bar + 3, picture_credits) || starts_with_any_word (bar + 3, caption_prefixes)))
    return TRUE;
  if (open == NULL || open == s || (close = strchr (open, ')')) == NULL)
    return FALSE;
  for (const char *p = close + 1; *p; p++)
    if (*p != ' ' && *p != '.')
      return FALSE;
  for (guint i = 0; credits[i]; i++)
    {
      gsize n = strlen (credits[i]);

      if (g_ascii_strncasecmp (open + 1, credits[i], n) == 0 &&
          (open[1 + n] == ':' || open[1 + n] == '/' ||
           (open[1 + n] == ' ' && (strchr (open, '/') || strstr (open, " by ") || strstr (open, " of ")))))
        return TRUE;
    }
  return FALSE;
}

/* "(Mike Cason/mcason@al.com)", "(Jo Hale / Valley Echo)": a picture's
 * credit in a paragraph of its own, under its caption. A wire's
 * "(Reporting by … / Editing by …)" is no picture's. */
gboolean
is_bare_credit (const char *s)
{
  gsize n = strlen (s);
  g_autofree char *inner = NULL;
  const char *slash;
  guint words;

  while (n > 0 && (s[n - 1] == ' ' || s[n - 1] == '.'))
    n--;
  if (n < 5 || s[0] != '(' || s[n - 1] != ')' || memchr (s + 1, '(', n - 2) || memchr (s, ')', n - 1))
    return FALSE;
  inner = g_strndup (s + 1, n - 2);
  words = count_words (inner);
  slash = strchr (inner, '/');
  if (slash == NULL || strchr (slash + 1, '/') || words == 0 || words > 8 || strpbrk (inner, "?!;:\"") ||
      strstr (inner, "eporting") || strstr (inner, "diting") || strstr (inner, "riting") ||
      strstr (inner, "ontribut"))
    return FALSE;
  /* A name before the slash: capitalised words. */
  for (const char *p = inner; p < slash; p++)
    if ((p == inner || p[-1] == ' ') && *p != ' ' && !g_ascii_isupper (*p))
      return FALSE;
  return slash > inner && g_ascii_isupper (inner[0]);
}

static gboolean
is_licence_notice (const char *s)
{
  static const char *these[] = {
    "this article", "this text", "this work", "this post", "this story", "this content", "dieser text",
    "dieser beitrag", "dieser artikel", "dieses werk", "cet article", "ce texte", "este artículo", "este texto", NULL,
  };
  g_autofree char *low = NULL;
  gboolean this = FALSE;

  if (!strstr (s, "CC BY") && !strstr (s, "CC-BY") && !strstr (s, "Creative Commons"))
    return FALSE;
  low = g_utf8_strdown (s, -1);
  if (!strstr (low, "licen") && !strstr (low, "lizenz"))
    return FALSE;
  for (guint i = 0; these[i] && !this; i++)
    this = strstr (low, these[i]) != NULL;
  return this;
}

/* "Note to readers: if you purchase something through one of our
 * affiliate links we may earn a commission.": the site's disclosure, a
 * notice like a licence's, not the story. */
static gboolean
is_affiliate_notice (const char *s)
{
  static const char *speakers[] = { "we", "us", "our", "I", "my", NULL };
  static const char *pay[] = { "commission", "commissions", "compensated", "compensation", NULL };
  static const char *gets[] = { "earn", "earns", "receive", "receives", "be compensated", NULL };
  static const char *acts[] = { "link", "links", "purchase", "buy", "click", NULL };
  static const char *buying[] = { "buy", "buying", "purchase", "purchases", "purchasing", "shop", "shopping", NULL };
  static const char *links[] = { "link", "links", NULL };
  static const char *supports[] = { "support", "supports", "supporting", NULL };
  g_autofree char *low = g_utf8_strdown (s, -1);

  if (strstr (low, "affiliate link") || strstr (low, "affiliate partner") || strstr (low, "affiliate program"))
    return TRUE;
  /* The site speaks ("we may earn a commission"), quoting no one: "the
   * Commission will receive bids" is news. */
  if (strchr (s, '"') || strstr (s, "\xe2\x80\x9c"))
    return FALSE;
  if ((strstr (low, "we ") || strstr (low, " us ") || strstr (low, "our ")) &&
      (strstr (low, "a commission") || strstr (low, "a small commission") || strstr (low, "a share of")) &&
      (strstr (low, "earn") || strstr (low, "receive")) &&
      (strstr (low, "link") || strstr (low, "purchase") || strstr (low, "buy")))
    return TRUE;
  /* "We earn commissions from links on our site", "If you buy through my
   * links, I may receive a small commission", "We may be compensated when
   * you click on a link": the same disclosure in other words, a blogger's
   * too: the site or the writer paid for what the reader buys or clicks. */
  if (has_any_word (s, speakers) && has_any_word (s, pay) && has_any_word (s, gets) && has_any_word (s, acts))
    return TRUE;
  /* "Buying through links on our site supports our work": what the
   * reader buys through the site's links pays for it. */
  return has_any_word (s, speakers) && has_any_word (s, buying) && strstr (low, " through ") &&
         has_any_word (s, links) && has_any_word (s, supports);
}

/* "CONTINUED 1 | 2 | 3 Next", "Page 1 of 3", "« Previous 1 2 3 Next »":
 * links to a story's other pages, page numbers and the words around them
 * and nothing else. */
static gboolean
is_page_links (const char *s)
{
  static const char *around[] = { "continued", "next", "previous", "prev", "page", "pages", "of", "first", "last",
                                  "more", "go", "to", NULL };
  g_auto(GStrv) tokens = g_strsplit_set (s, " \t\n|·•«»‹›<>()[]:.,", -1);
  gboolean number = FALSE, word = FALSE;

  for (guint i = 0; tokens[i]; i++)
    {
      const char *t = tokens[i];
      gboolean digits = *t != '\0';

      if (*t == '\0')
        continue;
      for (const char *p = t; *p && digits; p++)
        digits = g_ascii_isdigit (*p);
      if (digits)
        number = TRUE;
      else
        {
          gboolean known = FALSE;

          for (guint k = 0; around[k] && !known; k++)
            known = g_ascii_strcasecmp (t, around[k]) == 0;
          if (!known)
            return FALSE;
          word = TRUE;
        }
    }
  return number && word;
}

Verdict
judge (const Block *b,
       const char  *s,
       char       **date)
{
  guint words = count_words (s);

  *date = NULL;
  if (words == 0)
    return B_DROP;
  /* "___", "* * *": rules and ornaments, no words. */
  {
    gboolean alnum = FALSE;

    for (const char *p = s; *p && !alnum; p = g_utf8_next_char (p))
      alnum = g_unichar_isalnum (g_utf8_get_char (p));
    if (!alnum)
      return B_DROP;
  }
  /* Mostly links and short: a promotion or a list of stories, unless the
   * story introduced the list. */
  if (b->text_len > 0 && b->link_len * 2 > b->text_len && words < 40 && !(b->list_item && b->introduced))
    return B_DROP;
  for (guint i = 0; promo_prefixes[i]; i++)
    if (g_ascii_strncasecmp (s, promo_prefixes[i], strlen (promo_prefixes[i])) == 0 && words <= 30)
      return B_DROP;
  /* "Copyright 2024 The Associated Press. All rights reserved. This
   * material may not be published…": the page's notice, not the story;
   * in brackets too ("(Copyright 2007 by The Associated Press. All Rights
   * Reserved.)"). */
  if ((g_str_has_prefix (s, "©") || starts_with_word (s, "Copyright") || starts_with_word (s, "(Copyright") ||
       g_str_has_prefix (s, "(c)") || strstr (s, "All rights reserved") || strstr (s, "all rights reserved") ||
       strstr (s, "All Rights Reserved")) && words <= 40)
    return B_DROP;
  /* "This article is published under a Creative Commons CC BY 4.0
   * licence.", "Dieser Text wurde veröffentlicht unter der Lizenz
   * CC-BY-NC-ND-4.0-DE.": the text's licence, a notice like the above. */
  if (words <= 40 && is_licence_notice (s))
    return B_DROP;
  if (words <= 60 && is_affiliate_notice (s))
    return B_DROP;
  /* "Linux usability, or why do I bother. © 2002, 2003 Jamie Zawinski": a
   * short line with a copyright sign in it is a heading or a footer. */
  if (strstr (s, "©") && words <= 20)
    return B_DROP;
  /* What a video player or the browser says in the page's place. */
  if (words <= 25)
    {
      static const char *player[] = {
        "video is not available", "video is unavailable", "browser does not support", "browser doesn't support",
        "enable JavaScript", "JavaScript is disabled", "JavaScript is required", "to play this video",
        "media playback is unsupported", "Flash Player", "Flash player", "flash player", "Adobe Flash", NULL,
      };

      for (guint i = 0; player[i]; i++)
        if (strstr (s, player[i]))
          return B_DROP;
    }
  /* "[Get New York Today in your inbox.]": a bracketed line with a link. */
  if ((s[0] == '[' || s[0] == '(') && b->link_len > 0 && words <= 30)
    {
      gsize n = strlen (s);

      while (n > 0 && (s[n - 1] == '.' || s[n - 1] == ' '))
        n--;
      if (n > 0 && (s[n - 1] == ']' || s[n - 1] == ')'))
        return B_DROP;
    }
  for (guint i = 0; weak_promo_prefixes[i]; i++)
    if (g_ascii_strncasecmp (s, weak_promo_prefixes[i], strlen (weak_promo_prefixes[i])) == 0 &&
        ((words <= 12 && !is_terminal (s)) || (b->link_len > 0 && words <= 30)))
      return B_DROP;
  /* The lines in the cells above a story laid out in a table: an ask
   * whose link says "click here" ("News Alerts by Email click here )") and
   * a trail of sections that ends at the home page ("India Sports News |
   * Home"). */
  if (words <= 12 && b->link_len > 0 && strstr (s, "click here"))
    return B_DROP;
  if (words <= 8 && (g_str_has_suffix (s, "| Home") || g_str_has_prefix (s, "Home |")))
    return B_DROP;
  if (words <= 16 && is_page_links (s))
    return B_DROP;
  for (guint i = 0; caption_prefixes[i]; i++)
    if (g_ascii_strncasecmp (s, caption_prefixes[i], strlen (caption_prefixes[i])) == 0 && words <= 60)
      return B_CAPTION;
  if (words <= 60 && ends_with_credit (s))
    return B_CAPTION;
  /* "Photography by Ana Ruiz.", "Illustrations by Tom Brandt": who made
   * the pictures, a credit line like the captions'. */
  if (words <= 16 && starts_with_any_word (s, picture_credits))
    return B_CAPTION;
  /* "Reviewed by Toni Golen, MD, Editor in Chief …", "Medically reviewed
   * by …", "Fact checked by …": who checked the piece, not who wrote it;
   * a credit line, not the story. */
  if (words <= 30 && (starts_with_word (s, "Reviewed by") || starts_with_word (s, "Medically reviewed by") ||
                      starts_with_word (s, "Fact checked by") || starts_with_word (s, "Fact-checked by")))
    return B_DROP;
  if ((starts_with_word (s, "By") || starts_with_word (s, "Written by") || starts_with_word (s, "Reporting by")) &&
      words <= 14 && !is_terminal (s))
    {
      *date = dossier_date_find (s, NULL, NULL);
      return B_BYLINE;
    }
  if (words <= 16 && starts_with_any_word (s, date_line_words))
    {
      *date = dossier_date_find (s, NULL, NULL);
      /* "Updated MacPros and Xserves are shipping immediately.": a
       * sentence of six words or more with no date and no figure in it. */
      if (*date != NULL || words < 6 || !is_terminal (s) || strpbrk (s, "0123456789"))
        return B_DATE;
    }
  /* "Aktualisiert am 07.01.2026 - 18:50 Uhr", "Publié le 3 mai 2024": the
   * same in other languages, with a date in it. */
  if (words <= 16 && starts_with_any_word (s, foreign_date_line_words) &&
      (*date = dossier_date_find (s, NULL, NULL)) != NULL)
    return B_DATE;
  if (words <= 8 && dossier_date_is_only_date (s, date))
    return B_DATE;
  /* "2025年1月14日 01時28分 (1月14日 01時40分更新)", "4 marzo 2025 (modifica il
   * 5 marzo 2025 | 10:12)": when the piece ran and was changed, a line of
   * its own. */
  if (words <= 24 && (((strchr (s, '(') || strchr (s, '|')) && is_date_stamp (s)) || is_dates_only (s)))
    {
      *date = dossier_date_find (s, NULL, NULL);
      return B_DATE;
    }
  g_clear_pointer (date, g_free);
  /* "Add The Daily Ledger as a preferred source on Google", "Add as a
   * Reliable and Trusted News Source": the button that asks the reader to
   * favour the site in a search engine's news. */
  if (words <= 16 && (starts_with_word (s, "Add") || starts_with_word (s, "Make")) &&
      (strstr (s, "preferred source") || strstr (s, "Preferred Source") || strstr (s, "Trusted News Source") ||
       strstr (s, "trusted news source") || strstr (s, "Trusted Source") || strstr (s, "trusted source")))
    return B_DROP;
  /* "5 min read" */
  if (words <= 4 && (strstr (s, "min read") || strstr (s, "minute read") || strstr (s, "mins read")))
    return B_DROP;
  if (words <= 2 && (g_ascii_strcasecmp (s, "Advertisement") == 0 || g_ascii_strcasecmp (s, "Ad") == 0))
    return B_DROP;
  return B_BODY;
}

/* Whether @s ends like a sentence: a full stop, question or exclamation
 * mark or ellipsis, maybe inside closing quotes or brackets, or before
 * pictographs. */
gboolean
ends_sentence_mark (const char *s)
{
  const char *p = s + strlen (s);

  while (p > s)
    {
      const char *q = g_utf8_find_prev_char (s, p);
      gunichar c = g_utf8_get_char (q);

      switch (c)
        {
        case ' ': case '"': case '\'': case ')': case ']': case 0x201D: case 0x2019: case 0xBB:
          p = q;
          continue;
        case '.': case '!': case '?': case 0x2026: case 0x3002: case 0xFF01: case 0xFF1F:
          return TRUE;
        default:
          /* "Have fun in Japan! 🇯🇵": pictographs after the sentence (and
           * the joiners and selectors that build them) */
          if (g_unichar_type (c) == G_UNICODE_OTHER_SYMBOL || c == 0x200D || c == 0xFE0F ||
              (c >= 0x1F3FB && c <= 0x1F3FF))
            {
              p = q;
              continue;
            }
          return FALSE;
        }
    }
  return FALSE;
}

/* Whether @s holds @word (ASCII, any case) as a whole word or phrase. */
gboolean
has_word (const char *s,
          const char *word)
{
  gsize n = strlen (word);

  for (const char *p = s; *p; p++)
    if ((p == s || !g_ascii_isalnum (p[-1])) && g_ascii_strncasecmp (p, word, n) == 0 && !g_ascii_isalnum (p[n]))
      return TRUE;
  return FALSE;
}

/* Whether @s holds one of the NULL-terminated @words (see has_word()). */
gboolean
has_any_word (const char        *s,
              const char * const *words)
{
  for (guint i = 0; words[i]; i++)
    if (has_word (s, words[i]))
      return TRUE;
  return FALSE;
}

/* An e-mail address: "letters@example.com", and the same written out
 * to keep it from the robots that gather addresses: "letters(at)
 * example.com", "letters [at] example [dot] com". */
static gboolean
has_mail_address (const char *s)
{
  static const char *ats[] = { "(at)", "[at]", "(AT)", "[AT]", NULL };
  static const char *dots[] = { "(dot)", "[dot]", "(DOT)", "[DOT]", NULL };

  for (const char *at = strchr (s, '@'); at; at = strchr (at + 1, '@'))
    if (at > s && g_ascii_isalnum (at[-1]) && g_ascii_isalnum (at[1]))
      for (const char *p = at + 1; g_ascii_isalnum (*p) || *p == '.' || *p == '-'; p++)
        if (*p == '.' && g_ascii_isalpha (p[1]))
          return TRUE;
  for (guint i = 0; ats[i]; i++)
    for (const char *at = strstr (s, ats[i]); at; at = strstr (at + 1, ats[i]))
      {
        const char *p = at + 4;

        /* the name before it, a space at most between */
        if (at == s || !(g_ascii_isalnum (at[-1]) || (at[-1] == ' ' && at - 1 > s && g_ascii_isalnum (at[-2]))))
          continue;
        if (*p == ' ')
          p++;
        if (!g_ascii_isalnum (*p))
          continue;
        for (; *p; p++)
          {
            gboolean dot = FALSE;

            if (*p == '.' && g_ascii_isalpha (p[1]))
              return TRUE;
            for (guint j = 0; dots[j] && !dot; j++)
              dot = strncmp (p, dots[j], 5) == 0 || (*p == ' ' && strncmp (p + 1, dots[j], 5) == 0);
            if (dot)
              return TRUE;
            if (!g_ascii_isalnum (*p) && *p != '-')
              break;
          }
      }
  return FALSE;
}

/* Whether @s quotes someone: a span of more than four words between
 * quotation marks ("…", “…”, «…»). A name in quotation marks ("Hier ist
 * Bayern": the newsletter's) is no quotation. */
static gboolean
has_quotation (const char *s)
{
  const char *open = NULL;

  for (const char *p = s; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      gboolean opening = c == 0x201C || c == 0xAB || c == 0x201E || (c == '"' && open == NULL);
      gboolean closing = c == 0x201D || c == 0xBB || (c == '"' && open != NULL);

      if (closing && open != NULL)
        {
          g_autofree char *inside = g_strndup (open, p - open);

          if (count_words (inside) > 4)
            return TRUE;
          open = NULL;
        }
      else if (opening)
        open = g_utf8_next_char (p);
    }
  /* An open quotation that runs to the end. */
  return open != NULL && count_words (open) > 4;
}

/* "said", "says", "told", "according to": reported speech, the story's
 * words even when they speak to the reader ("Residents can join us, the
 * mayor said"). */
static const char *reported_speech[] = { "said", "says", "told", "according to", NULL };

/* Whether @s quotes someone or reports what they said. */
static gboolean
is_speech (const char *s)
{
  return has_quotation (s) || has_any_word (s, reported_speech);
}

/* "Der Newsletter informiert Sie … in Ihrem Postfach": German's polite
 * "Sie", "Ihnen", "Ihr …", capitalised inside a sentence, speak to the
 * reader; "sie" and "ihr" in lower case, or opening a sentence, may be
 * she, they or her. */
static gboolean
has_polite_address (const char *s)
{
  static const char *polite[] = { "Sie", "Ihnen", "Ihr", "Ihre", "Ihrem", "Ihren", "Ihrer", "Ihres", NULL };

  for (guint i = 0; polite[i]; i++)
    {
      gsize n = strlen (polite[i]);

      for (const char *p = strstr (s, polite[i]); p; p = strstr (p + 1, polite[i]))
        /* After a word or a comma and a space, before no letter. */
        if (p >= s + 2 && p[-1] == ' ' && (g_ascii_isalnum (p[-2]) || p[-2] == ',' || (p[-2] & 0x80)) &&
            !g_ascii_isalpha (p[n]) && !(p[n] & 0x80))
          return TRUE;
    }
  return FALSE;
}

/* "+61 424 767 764", "(212) 555-0100", "0406 843 243": a telephone
 * number, eight digits or more in groups with spaces, dashes, dots or
 * brackets between them and nothing else. Not a run glued to a word or an
 * address ("…/s43016-021-00400-y"), nor a book's or a journal's number
 * ("ISBN 1-86953-776-9"). */
static gboolean
has_phone_number (const char *s)
{
  for (const char *p = s; *p; p++)
    {
      guint digits = 0, groups = 0;
      const char *q = p;
      const char *end = p;
      const char *last = NULL;

      if (!(g_ascii_isdigit (*p) || *p == '+' || *p == '(') || (p > s && g_ascii_isalnum (p[-1])))
        continue;

      while (*end && (g_ascii_isdigit (*end) || *end == ' ' || *end == '-' || *end == '.' || *end == '(' ||
                      *end == ')' || *end == '+'))
        {
          if (g_ascii_isdigit (*end))
            last = end;
          end++;
        }
      if (last == NULL)
        continue;
      if ((p > s && (p[-1] == '/' || p[-1] == '_' || p[-1] == '=' ||
                     ((p[-1] == '-' || p[-1] == '.') && p - 1 > s && g_ascii_isalnum (p[-2])))) ||
          g_ascii_isalpha (last[1]) || last[1] == '/' || last[1] == '_' ||
          ((last[1] == '-' || last[1] == '.') && g_ascii_isalpha (last[2])) ||
          (p - s >= 5 && (g_ascii_strncasecmp (p - 5, "ISBN ", 5) == 0 || g_ascii_strncasecmp (p - 5, "ISSN ", 5) == 0)) ||
          (p - s >= 6 && (g_ascii_strncasecmp (p - 6, "ISBN: ", 6) == 0 || g_ascii_strncasecmp (p - 6, "ISSN: ", 6) == 0)))
        {
          p = end > p ? end - 1 : p;
          continue;
        }
      while (q < end)
        {
          if (g_ascii_isdigit (*q) && (q == p || !g_ascii_isdigit (q[-1])))
            groups++;
          digits += g_ascii_isdigit (*q) != 0;
          q++;
          /* At the end of a group: enough digits for a number (two
           * numbers side by side, "0400 123 456 (+61 400 123 456)", are
           * one run). */
          if (!g_ascii_isdigit (*q) && !g_ascii_isalpha (*q) && digits >= 8 && groups >= 2 && digits <= 15)
            return TRUE;
        }
      if (q > p)
        p = q - 1;
    }
  return FALSE;
}

/* "Thanks to Ana Ruiz for helpful feedback and comments on this post.",
 * "Danke an Jonas Keller für …": the writer thanking the people who
 * helped, by name, the post's own last line, not the site's appeal
 * (its "comments" are the helpers', not the readers'). */
static gboolean
is_acknowledgement (const char *s)
{
  static const char *openers[] = {
    "Thanks to ", "Thank you to ", "Many thanks to ", "Special thanks to ", "With thanks to ", "Thanks also to ",
    "Danke an ", "Vielen Dank an ", "Merci à ", "Gracias a ", "Grazie a ", NULL,
  };

  for (guint i = 0; openers[i]; i++)
    if (g_str_has_prefix (s, openers[i]))
      {
        gunichar c = g_utf8_get_char (s + strlen (openers[i]));

        return g_unichar_isupper (c);
      }
  return FALSE;
}

/* Whether one sentence of @s names a channel of @channels and speaks to
 * the reader (@pronouns, German's polite "Sie") or says to follow, join
 * or subscribe (@follow): "Join our WhatsApp channel." The words must
 * share a sentence: "I suggest you read the docs and join their forum.
 * Lastly, look at the YouTube tutorials out there." closes a post, a
 * writer pointing to other people's videos, not the site's ask. */
static gboolean
channel_ask (const char         *s,
             const char * const *channels,
             const char * const *follow,
             const char * const *pronouns)
{
  const char *start = s;

  while (*start)
    {
      const char *end = start;
      g_autofree char *sentence = NULL;

      while (*end && !((*end == '.' || *end == '!' || *end == '?') && end[1] == ' '))
        end++;
      if (*end)
        end++;
      sentence = g_strndup (start, end - start);
      if (has_any_word (sentence, channels) &&
          (has_any_word (sentence, pronouns) || has_polite_address (sentence) || has_any_word (sentence, follow)))
        return TRUE;
      start = end;
    }
  return FALSE;
}

/* Japanese, Chinese and Korean sites' asks to register, log in, follow
 * or subscribe ("記事に『リアクション』ができます。ご利用には会員登録が必要
 * です。"), found inside their unspaced text: asks with no pronoun, and
 * a character is a word in count_words(). */
static const char *cjk_asks[] = {
  "会員登録", "会員限定", "有料会員", "会員の方", "会員向け", "ログイン", "メールマガジン", "ニュースレター",
  "をフォロー", "フォローする", "購読", "登録すると", "扫码", "关注我们", "订阅", "下载客户端", "구독",
  "로그인", "회원가입", NULL,
};

/* Whether @s is a Japanese, Chinese or Korean site's ask (to register,
 * log in, follow, subscribe): a line of its own, not a quotation. */
gboolean
is_cjk_site_ask (const char *s)
{
  return count_words (s) <= 90 && !has_quotation (s) && has_any_word (s, cjk_asks);
}

/* "Like this story? Share it with a friend!", "Sign up for our newsletter
 * to get more in your inbox", "Let us know at tips@example.com", "We are
 * moderating comments": the site speaking to its reader after the story.
 * Only ever asked of the body's last blocks. A quotation or reported
 * speech is the story's. With @contact FALSE, "contact us" and "contact
 * our" are no ask: "Ready to elevate your centre? Contact us today to
 * discuss your project." in a post's own flow is a business's closing
 * line, which answer keys keep; in a box of its own after the post it is
 * the site's (is_business_ask()). */
gboolean
reader_appeal (const char *s,
               gboolean    contact)
{
  static const char *contacts[] = { "contact us", "contact our", NULL };
  static const char *asks[] = {
    "sign up", "subscribe", "newsletter", "newsletters", "share it", "share this", "follow us", "join our",
    "join us", "let us know", "email us", "e-mail us", "contact the editors",
    "write to us", "comments", "news tip", "have your say",
    "forum", "forums",
    /* "… delivered to your inbox weekly", "Enjoy the post? Pin it for
     * later!": a newsletter's promise, a picture board's save button. */
    "to your inbox", "in your inbox", "pin it", "pin this", "save this pin",
    /* "Like this story? Spread the news by clicking below:" over the
     * share buttons. */
    "spread the word", "spread the news",
    /* "Read our Comment Policy before posting." */
    "comment policy", "commenting policy", "comments policy", "community guidelines",
    /* "Aktuelle Meldungen finden Sie in unserem Liveblog" */
    "liveblog", "live blog", "ticker",
    /* The same in the languages of the pages Dossier reads most after
     * English (a capital letter outside ASCII is spelt out). */
    "suscríbete", "suscribete", "suscríbase", "síguenos", "siguenos", "únete", "Únete", "hazte miembro",
    "abonnieren", "abonniere", "anmelden", "anmeldung", "unterstütze", "unterstützen", "jetzt melden",
    "fehler gefunden", "teile deine", "teilt eure", "teilen sie", "abonnez-vous", "suivez-nous",
    "inscreva-se", "siga-nos", "подпишитесь", "Подпишитесь", "подписывайтесь", "Подписывайтесь", NULL,
  };
  /* Channels a site sends its reader to: an ask only when the site speaks
   * ("our Telegram channel"); a story may name them. */
  static const char *channels[] = { "telegram", "whatsapp", "youtube", NULL };
  /* … or when it says to follow, join or subscribe to one ("dan ikuti
   * WhatsApp channel kami", Indonesian's "follow"). */
  static const char *follow[] = { "follow", "join", "subscribe", "ikuti", "gabung", "bergabung", NULL };
  static const char *pronouns[] = {
    "you", "your", "us", "our", "we", "du", "dich", "dein", "deine", "uns", "unser", "unsere", "unseren", "tu", "tú",
    "te", "nuestro", "nuestra", "nos", "vous", "votre", "nous", "notre", "você", "nosso", "nossa", "нас", "наш",
    "наши", "вас", "ваш", NULL,
  };
  /* "Residents can join us at the hall, the mayor said": reported speech. */
  static const char *speech[] = {
    "said", "says", "told", "according to", "sagte", "dijo", "disse", "сказал", NULL,
  };
  /* "Scan the QR code to download the app", "पढ़ें पूरी खबर … ऐप पर" (read
   * the whole story in the app): the site's app, to get or to read in. */
  static const char *apps[] = { "app", "apps", "ऐप", NULL };
  static const char *app_asks[] = {
    "download", "read", "herunterladen", "lesen", "télécharger", "téléchargez", "descarga", "descargue", "baixe",
    "скачайте", "डाउनलोड", "पढ़ें", "पढ़िए", NULL,
  };
  /* "Pre-order it here", "Hier können Sie sie schon jetzt vorbestellen!":
   * the shop's button for the book, record or issue the story is about,
   * an ask when it points here. */
  static const char *shop[] = {
    "pre-order", "preorder", "buy it", "order it", "order your copy", "get your copy", "vorbestellen",
    "précommander", "preordinare", NULL,
  };
  /* … and plain verbs of buying, when the line also speaks to the reader
   * ("Hier können Sie es bestellen"): "Hier kaufen viele Familien ein"
   * is the story's. */
  static const char *buying[] = { "bestellen", "kaufen", "commander", "comprar", "reservar", "ordinare", NULL };
  static const char *here[] = { "here", "hier", "ici", "aquí", NULL };
  guint words = count_words (s);
  gboolean ask, addressed;

  if (is_cjk_site_ask (s))
    return TRUE;
  if (words > 45 || has_quotation (s))
    return FALSE;
  if (has_any_word (s, speech) || is_acknowledgement (s))
    return FALSE;
  addressed = has_any_word (s, pronouns) || has_polite_address (s);
  ask = has_mail_address (s) || has_phone_number (s) || has_any_word (s, asks) ||
        (contact && has_any_word (s, contacts)) || (has_any_word (s, apps) && has_any_word (s, app_asks)) ||
        ((has_any_word (s, shop) || (addressed && has_any_word (s, buying))) && has_any_word (s, here));
  return (ask && (addressed || words <= 12)) || channel_ask (s, channels, follow, pronouns);
}

gboolean
is_reader_appeal (const char *s)
{
  return reader_appeal (s, TRUE);
}

static gboolean
is_bio_of (const char *s,
           const char *name,
           gsize       n)
{
  static const char *verbs[] = { " is ", " was ", " has ", " ist ", " est ", " es ", " writes ", " covers ", NULL };

  if (n < 5)
    return FALSE;
  /* "Korrespondent Ulrich Exner ist …", "Correspondent Ana Ruiz is …",
   * "Der Berliner Imam Ali Demir ist …": up to three words of the
   * writer's job before the name, the first capitalised. */
  if (strncmp (s, name, n) != 0)
    {
      const char *at = s;
      guint k;

      if (!g_unichar_isupper (g_utf8_get_char (s)))
        return FALSE;
      for (k = 0; k < 3; k++)
        {
          const char *sp = strchr (at, ' ');

          if (sp == NULL || sp - at > 20)
            return FALSE;
          at = sp + 1;
          if (strncmp (at, name, n) == 0)
            break;
        }
      if (k == 3)
        return FALSE;
      s = at;
    }
  for (guint i = 0; verbs[i]; i++)
    if (strncmp (s + n, verbs[i], strlen (verbs[i])) == 0)
      return TRUE;
  return FALSE;
}

/* "Ana Ruiz is a reporter in Santiago who covers mining.": a line about
 * the article's author, after the story, is a bio. With several authors
 * ("Ana Ruiz, Tom Brandt and Lea Marx"), a line about one of them, named
 * in full, opens their bios. */
gboolean
is_author_bio (const char *s,
               const char *byline,
               guint       limit)
{
  g_auto(GStrv) names = NULL;

  if (byline == NULL || count_words (s) > limit * (strchr (byline, ',') || strstr (byline, " and ") ? 2 : 1))
    return FALSE;
  if (is_bio_of (s, byline, strlen (byline)))
    return TRUE;
  if (!strchr (byline, ',') && !strstr (byline, " and "))
    {
      /* "Kaavya is a marketer at …" under "Kaavya Shah": the first name
       * of one writer, a blog's familiar bio (five letters or more). */
      const char *sp = strchr (byline, ' ');

      return sp && !strchr (sp + 1, ' ') && is_bio_of (s, byline, sp - byline);
    }
  names = g_strsplit_set (byline, ",", -1);
  for (guint i = 0; names[i]; i++)
    {
      char *name = g_strstrip (names[i]);
      char *and = strstr (name, " and ");

      if (g_str_has_prefix (name, "and "))
        name += 4;
      /* "Ana Ruiz and Tom Brandt": either. */
      if (and && count_words (and + 5) >= 2 && is_bio_of (s, and + 5, strlen (and + 5)))
        return TRUE;
      if (count_words (name) >= 2 && is_bio_of (s, name, and ? (gsize) (and - name) : strlen (name)))
        return TRUE;
    }
  return FALSE;
}

/* "(Paul Ortiz is an associate attorney at Ortiz & Lee. He advises …)":
 * a note about the writer, in brackets of its own after the story, that
 * opens with a name of two to four capitalised words and says what the
 * person is, in the present. A story's sentence in brackets names no one
 * first. */
gboolean
is_bracketed_bio (const char *s)
{
  static const char *verbs[] = { " is a ", " is an ", " is the ", " is one of ", " serves as ", NULL };
  const char *p = s + 1;

  if (s[0] != '(' || !(g_str_has_suffix (s, ")") || g_str_has_suffix (s, ").")) || count_words (s) > 120 ||
      is_speech (s))
    return FALSE;
  for (guint names = 1; names <= 4; names++)
    {
      const char *sp = strchr (p, ' ');

      if (!g_unichar_isupper (g_utf8_get_char (p)) || sp == NULL || sp - p > 20)
        return FALSE;
      for (guint i = 0; names >= 2 && verbs[i]; i++)
        if (strncmp (sp, verbs[i], strlen (verbs[i])) == 0)
          return TRUE;
      p = sp + 1;
    }
  return FALSE;
}

/* "If you liked this post you might also like:", "You may also be
 * interested in the following articles:", "If you're looking for more
 * travel tips, check out these articles!": the site sends its reader to
 * its other posts, after the story (the list of them was left out, or
 * follows). */
gboolean
is_reading_pointer (const char *s)
{
  static const char *pointers[] = {
    "might also like", "may also like", "might also enjoy", "may also enjoy", "might like", "may like",
    "might enjoy", "may enjoy", "may be interested in", "might be interested in", "may also be interested",
    "might also be interested", "might be interesting to you", "may be interesting to you", "check out these",
    "check out our other", "other articles", "other posts", "more articles", "more posts", NULL,
  };
  static const char *reader[] = { "you", "your", NULL };

  if (count_words (s) > 30 || is_speech (s))
    return FALSE;
  return has_any_word (s, pointers) && has_any_word (s, reader);
}

/* "Hi, I'm Ana! Welcome to …", "About the author: Ana Ruiz is a freelance
 * photographer …": the blogger's greeting box, or a bio under its label,
 * after the story, when the page names no byline to match it against
 * (is_author_bio()). A greeting gives a capitalised name; a label is
 * followed by a sentence. */
gboolean
is_writer_bio (const char *s)
{
  static const char *labels[] = { "About the author:", "About the writer:", NULL };
  static const char *greetings[] = {
    "Hi, I'm ", "Hi, I’m ", "Hey, I'm ", "Hey, I’m ", "Hi there, I'm ", "Hi there, I’m ", NULL,
  };

  if (count_words (s) > 120 || has_quotation (s))
    return FALSE;
  for (guint i = 0; greetings[i]; i++)
    if (g_str_has_prefix (s, greetings[i]) && g_unichar_isupper (g_utf8_get_char (s + strlen (greetings[i]))))
      return TRUE;
  for (guint i = 0; labels[i]; i++)
    if (g_ascii_strncasecmp (s, labels[i], strlen (labels[i])) == 0 && count_words (s) >= 8 &&
        ends_sentence_mark (s))
      return TRUE;
  return FALSE;
}

/* "Catch up on our extensive coverage of the show.", "Read all of our election
 * coverage here", "For more coverage, visit …": the site's pointer to the
 * rest of its reporting on the subject, a last line of twenty words or
 * fewer that opens by sending the reader there. */
gboolean
is_coverage_pointer (const char *s)
{
  static const char *openers[] = {
    "Catch up on", "Catch up with", "For more", "For full", "For complete", "For all", "For the latest",
    "Read more", "Read our", "Read all", "See our", "See all", "See more", "Follow our", "Follow all",
    "Check out our", "Find more", "Find all", "Get more", "More of our", "Get", "Stay", NULL,
  };
  /* "For more stories like this, check our news page.", "Get live
   * updates on the count": what the opener points to, the site's
   * reporting. */
  static const char *coverage[] = {
    "coverage", "stories like this", "our news", "news page", "updates", NULL,
  };
  /* "Hier finden Sie alle unsere Inhalte zum Thema.", "Retrouvez tous nos
   * articles sur …", "Toda nuestra cobertura de …": the same pointer in
   * German, French, Spanish and Italian, anywhere in a short last block
   * (after a sentence that says what the topic is). */
  static const char *pointers[] = {
    "finden Sie alle", "alle unsere Inhalte", "alle unsere Artikel", "alle unsere Beiträge", "alle Inhalte zum",
    "alle Artikel zum", "alle Beiträge zum", "unsere Berichterstattung", "Retrouvez tous nos",
    "Retrouvez toute notre", "Retrouvez toutes nos", "tous nos articles", "toute notre couverture",
    "toda nuestra cobertura", "todas nuestras noticias", "todas las noticias sobre", "tutti i nostri articoli",
    "tutte le nostre notizie",
    "all our coverage", "all of our coverage", "all our stories", "all of our stories", NULL,
  };

  if (count_words (s) > 25 || has_quotation (s) || is_speech (s))
    return FALSE;
  if (has_any_word (s, pointers))
    return TRUE;
  return count_words (s) <= 20 && starts_with_any_word (s, openers) && has_any_word (s, coverage);
}

/* "Views in this release belong to the company that issued it and do
 * not necessarily reflect those of …": the notice a site that carries
 * press releases puts under each one. Only a release's: a column's "views expressed are the
 * author's own" is the column's (answer keys keep it). */
gboolean
is_release_notice (const char *s)
{
  static const char *hedges[] = {
    "do not necessarily reflect", "does not necessarily reflect", "not necessarily those of", NULL,
  };
  static const char *releases[] = {
    "this release", "this press release", "this news release", "organization issuing", "organisation issuing",
    "company issuing", NULL,
  };

  return count_words (s) <= 60 && has_any_word (s, hedges) && has_any_word (s, releases);
}

/* "The information on this blog is for informational purposes and should
 * not be considered medical advice.": the site's disclaimer under the
 * story, which it says of every page. */
gboolean
is_disclaimer (const char *s)
{
  static const char *purposes[] = {
    "for informational purposes", "for information purposes", "for general information", "for general informational",
    "for educational purposes", NULL,
  };
  static const char *hedges[] = {
    "not intended to", "is not intended", "should not be considered", "should not be construed",
    "should not be relied", "should not be used", "does not constitute", "do not constitute", "not a substitute",
    NULL,
  };

  /* "Investing involves risk, including the loss of principal. This is
   * not financial advice.", "Aktien … sind grundsätzlich mit einem Risiko
   * verbunden. Auch ein Totalverlust … kann nicht ausgeschlossen werden":
   * a finance desk's notice under every story on money, in the languages
   * of is_site_notice(). */
  static const char *finance[] = {
    "not financial advice", "not investment advice", "no financial advice", "no investment advice",
    "not a recommendation to buy", "investing involves risk", "investments involve risk", "investing carries risk",
    "keine Anlageberatung", "keine Anlageempfehlung", "keine Kaufempfehlung", "keine Aufforderung zum Kauf",
    "grundsätzlich mit einem Risiko verbunden", "Totalverlust des eingesetzten Kapitals",
    "ne constitue pas un conseil", "ne constitue en aucun cas un conseil", "no constituye asesoramiento",
    "no constituye una recomendación", "non costituisce consulenza", "non costituisce una raccomandazione",
    /* An adviser's regulatory notice: "… is a Registered Investment
     * Adviser. Advisory services are offered through …", "Past
     * performance is no guarantee of future results." */
    "registered investment adviser", "registered investment advisor", "advisory services are offered through",
    "advisory services offered through", "securities offered through", "not FDIC insured",
    "past performance is no guarantee", "past performance is not indicative", "past performance does not guarantee",
    NULL,
  };

  /* Finance notices run long, a list of what the site is licensed for. */
  if (count_words (s) > 150 || is_speech (s))
    return FALSE;
  return (count_words (s) <= 90 && has_any_word (s, hedges) && has_any_word (s, purposes)) ||
         has_any_word (s, finance);
}

/* "This is a breaking news story and will be updated.", "More to
 * follow": the desk's note under a story still being written. */
gboolean
is_editorial_note (const char *s)
{
  static const char *notes[] = {
    "more to follow", "breaking news story", "breaking story", "breaking new story", "developing story",
    "story is developing", "will be updated", "check back for updates", "check back later", NULL,
  };

  if (count_words (s) > 25 || strchr (s, '"') || strstr (s, "\xe2\x80\x9c"))
    return FALSE;
  return has_any_word (s, notes);
}

/* "김하늘 기자 sky@paper.example", "王明 记者 wang@paper.example": the
 * reporter's sign-off that Korean (and Chinese, Japanese) papers set
 * under the story, a name, the word for reporter or correspondent and a
 * mail address: the byline's, not the story's last line. */
gboolean
is_reporter_signoff (const char *s)
{
  static const char *reporters[] = { "기자", "특파원", "记者", "記者", "特派員", "特派员", NULL };

  if (count_words (s) > 8 || !has_mail_address (s))
    return FALSE;
  for (guint i = 0; reporters[i]; i++)
    if (strstr (s, reporters[i]))
      return TRUE;
  return FALSE;
}

/* "Every report on the locks since 1990 is in our archive. Click here",
 * "【春の購読キャンペーン】… 詳しくはこちら": a line that ends on
 * its link's "click here" (in English, German, French, Spanish, Japanese)
 * is the site's ask, what comes before it saying where the link goes.
 * So is a blurb under a linked title whose last sentence is followed by
 * "Read" or "Full story" ("… following the 1-0 victory over Reading.
 * Read"): another story's teaser. */
gboolean
ends_with_click_here (const Block *b,
                      const char  *s)
{
  static const char *asks[] = {
    "click here", "hier klicken", "cliquez ici", "clic aquí", "pulse aquí", "詳しくはこちら", NULL,
  };
  static const char *reads[] = {
    "read", "read more", "read on", "more", "full story", "read full story", "read the full story",
    "read the story", "weiterlesen", "mehr", "lire la suite", "leer más", "leia mais", "leggi tutto", NULL,
  };
  gsize n = strlen (s);

  if (b->link_len == 0 || count_words (s) > 60)
    return FALSE;
  while (n > 0 && strchr (" .!)>»", s[n - 1]))
    n--;
  for (guint i = 0; asks[i]; i++)
    {
      gsize a = strlen (asks[i]);

      if (n >= a && g_ascii_strncasecmp (s + n - a, asks[i], a) == 0 &&
          (n == a || !g_ascii_isalpha (s[n - a - 1])))
        return TRUE;
    }
  for (guint i = 0; b->after_link && reads[i]; i++)
    {
      gsize a = strlen (reads[i]);

      /* After a full stop (or a quotation's end) and a space. */
      if (n >= a + 3 && g_ascii_strncasecmp (s + n - a, reads[i], a) == 0 && s[n - a - 1] == ' ' &&
          strchr (".!?\")", s[n - a - 2]))
        return TRUE;
    }
  return FALSE;
}

/* "Found a mistake? Select it and press Ctrl+Enter": the site's typo
 * report box (one script many news sites share, in any language), under the
 * story. It names the key chord, so it needs no word list; only a short
 * line is one, and only after the story is it looked at (a how-to page's
 * "press Ctrl+Enter to send" is in its middle). */
gboolean
is_typo_report_notice (const char *s)
{
  static const char *keys[] = { "ctrl+enter", "ctrl + enter", "ctrl-enter", "ctrl+return", NULL };
  g_autofree char *low = NULL;

  if (count_words (s) > 30)
    return FALSE;
  low = g_ascii_strdown (s, -1);
  for (guint i = 0; keys[i]; i++)
    if (strstr (low, keys[i]))
      return TRUE;
  return FALSE;
}

/* "Sendung: Antenne Nord, 24.04.2024, 15:10 Uhr", "Über dieses Thema
 * berichtete das Radio am 24. März 2023 um 05:20 Uhr.": a broadcaster's
 * note of when its programme carried the story, a date and a time of
 * day after the story, not part of it. */
gboolean
is_broadcast_line (const char *s)
{
  static const char *programme[] = {
    "sendung", "im programm", "broadcast", "aired", "on air", "émission", "diffusé", "diffusée", "emisión",
    "emitido", NULL,
  };
  g_autofree char *date = NULL;
  gboolean time = FALSE;

  if (count_words (s) > 25 || !has_any_word (s, programme))
    return FALSE;
  /* "15:10", "5:20": a time of day. */
  for (const char *p = strchr (s, ':'); p && !time; p = strchr (p + 1, ':'))
    time = p > s && g_ascii_isdigit (p[-1]) && g_ascii_isdigit (p[1]) && g_ascii_isdigit (p[2]);
  if (!time)
    return FALSE;
  date = dossier_date_find (s, NULL, NULL);
  return date != NULL;
}

/* "Salt: A Life at Sea, by Jo Lee, is out now (Harbour Books, £20)",
 * "Das stille Dorf Ana Ruiz, Kiesel 2025, 220 S., 24 €": the book a
 * review or an interview is about, its publisher and price, in a line
 * after the story. */
gboolean
is_book_credit (const char *s)
{
  static const char *currencies[] = { "£", "€", "$", NULL };
  static const char *pages[] = { "S.", "pp.", "pages", "Seiten", NULL };
  static const char *out[] = { "out now", "is published by", "ist erschienen", "erschienen bei", NULL };
  gboolean price = FALSE, count = FALSE;

  if (count_words (s) > 40 || ends_sentence_mark (s))
    return FALSE;
  for (guint i = 0; currencies[i] && !price; i++)
    for (const char *p = strstr (s, currencies[i]); p && !price; p = strstr (p + 1, currencies[i]))
      {
        const char *after = p + strlen (currencies[i]);

        /* "£25", "28 €" */
        price = g_ascii_isdigit (*after) || (p >= s + 2 && p[-1] == ' ' && g_ascii_isdigit (p[-2])) ||
                (p > s && g_ascii_isdigit (p[-1]));
      }
  if (!price)
    return FALSE;
  /* "368 S.", "240 pages": the book's length. */
  for (const char *p = s; *p && !count; p++)
    count = g_ascii_isdigit (p[0]) && p[1] == ' ' && starts_with_any_word (p + 2, pages);
  return count || has_any_word (s, out);
}

/* "What do you think? Let us know in the comments.", "Feel free to start
 * below in our comments section.", "Leave a comment and let us know …":
 * the writer's closing question or
 * invitation to the reader, which ends the post; an ask to sign up or
 * subscribe is the site's. */
gboolean
is_discussion_prompt (const char *s)
{
  static const char *others[] = {
    "sign up", "subscribe", "newsletter", "newsletters", "follow us", "join our", "join us", "share it",
    "share this", NULL,
  };

  if (!(strchr (s, '?') || has_word (s, "below") || has_word (s, "leave a comment")) ||
      !(has_word (s, "let us know") || has_word (s, "comments") || has_word (s, "comment")))
    return FALSE;
  return !has_any_word (s, others);
}

/* "Comments", "Also in Travel News", "More from Sport", "Top stories":
 * a label that names another part of the page than the story (its
 * readers' comments, other stories). */
gboolean
names_other_section (const char *s)
{
  static const char *sections[] = {
    "comment", "comments", "have your say", "your say", "what you think", "speak up", "discussion", "related",
    "also in", "more from", "more in", "more on", "more stories", "more news", "other stories", "other news",
    "headlines", "top stories", "latest stories", "latest news", "most read", "most popular", "most viewed",
    "most emailed", "recommended", "you may also like", "you might also like", "from around the web",
    "advertising links", "sponsored links", "previous story", "next story",
    /* The same in the languages of the pages Dossier reads most after
     * English (a capital letter outside ASCII is spelt out). */
    "lesen sie auch", "lies auch", "schon gelesen", "mehr zum thema", "mehr themen", "weitere themen", "auch interessant",
    "sie auch interessieren", "dich auch interessieren", "weitere artikel", "weitere beiträge", "ähnliche artikel",
    "verwandte themen", "verwandte artikel", "ähnliche themen",
    "kommentare",
    "lire aussi", "à lire aussi", "À lire aussi", "sur le même sujet", "commentaires", "leer más", "lee también",
    "te puede interesar", "noticias relacionadas", "comentarios", "leia também", "veja também", "comentários",
    "leggi anche", "commenti", "czytaj też", "czytaj także", "zobacz też", "komentarze", "читайте также",
    "Читайте также", "комментарии", "Комментарии", "関連キーワード", "関連記事", "おすすめ情報",
    "あわせて読みたい", "相关新闻", "相关阅读", "推荐阅读", "관련기사", "많이 본 뉴스", NULL,
  };
  g_autofree char *outside = NULL;
  const char *paren = strchr (s, '(');

  /* "Low–moderate (WireGuard recommended)", a table's cell: a word in
   * brackets is an aside to the line, not the name of a part of the page.
   * The words outside the brackets are looked at ("Comments (12)"). */
  if (paren == NULL)
    return has_any_word (s, sections);
  outside = g_strdup (s);
  for (char *p = outside + (paren - s); p;)
    {
      char *close = strchr (p, ')');

      if (close == NULL)
        break;
      memset (p, ' ', close - p + 1);
      p = strchr (close + 1, '(');
    }
  return has_any_word (outside, sections);
}

/* "The following are comments from the readers. In no way do they
 * represent the view of …", "Comments are moderated.": the site's note
 * over its readers' comments. */
gboolean
introduces_comments (const char *s)
{
  static const char *readers[] = { "reader", "readers", "readers'", "moderated", "commenters", NULL };

  return count_words (s) <= 40 && (has_word (s, "comments") || has_word (s, "comment")) &&
         has_any_word (s, readers) && !strchr (s, '"') && !strstr (s, "\xe2\x80\x9c");
}

/* "There are currently no comments for this entry.", "Be the first to
 * comment!", "Post a comment", "Noch keine Kommentare": the line under a
 * "Comments" label that says the box below is the readers' (empty, or a
 * form), whatever element holds it. */
gboolean
is_comment_box_line (const char *s)
{
  static const char *boxes[] = {
    "no comments", "no comments yet", "be the first to comment", "post a comment", "leave a comment",
    "add a comment", "write a comment", "add your comment", "post your comment", "sign in to comment",
    "log in to comment", "keine Kommentare", "noch keine Kommentare", "Kommentar schreiben",
    "aucun commentaire", "premier à commenter", "no hay comentarios", "primero en comentar",
    "deja un comentario", "nenhum comentário", NULL,
  };

  return count_words (s) <= 15 && has_any_word (s, boxes) && !strchr (s, '"') && !strstr (s, "\xe2\x80\x9c");
}

/* "Comments are now closed for this story", "Thanks for your comments -
 * this feedback is now closed": the readers' box says it takes no more,
 * over the comments it took. */
gboolean
closes_comments (const char *s)
{
  static const char *comments[] = { "comment", "comments", "commenting", "feedback", NULL };
  static const char *closed[] = { "closed", "now closed", "disabled", "no longer accepting", NULL };

  return count_words (s) <= 15 && has_any_word (s, comments) && has_any_word (s, closed) && !strchr (s, '"') &&
         !strstr (s, "\xe2\x80\x9c");
}

/* A label's word for the readers' comments, in the languages of
 * is_comment_box_line(). */
const char *comment_labels[] = {
  "comments", "comment", "Kommentare", "commentaires", "comentarios", NULL,
};

static const char *navigation_previous[] = {
  "Previous:", "Previous post", "Previous story", "Previous entry", "« Previous", NULL,
};
static const char *navigation_next[] = { "Next:", "Next post", "Next story", "Next entry", "Next »", NULL };

/* The links to the stories on either side of this one, opening a box
 * with their titles and blurbs: "Next article", "« Previous Auto News". */
const char *neighbour_links[] = { "Next", "Previous", "Prev", "Nächster", "Vorheriger", "Suivant", "Précédent", "Siguiente", "Anterior", NULL };

/* Where the first of @words stands in @s, or NULL. */
static const char *
earliest_of (const char         *s,
             const char * const *words)
{
  const char *first = NULL;

  for (guint i = 0; words[i]; i++)
    {
      const char *p = strstr (s, words[i]);

      if (p && (first == NULL || p < first))
        first = p;
    }
  return first;
}

/* "Previous: Out on a High Note | Next: New Year, New Low for Bush",
 * "« Previous post … Next post »": links to the blog's posts on either
 * side of this one, under it. */
gboolean
is_post_navigation (const char *s)
{
  if (count_words (s) > 40)
    return FALSE;
  return earliest_of (s, navigation_previous) != NULL && earliest_of (s, navigation_next) != NULL;
}

/* "(Rated R)", "Rated PG-13 for language": a film review's last line, the
 * film's rating, which is the review's, however short. */
gboolean
is_film_rating (const char *s)
{
  static const char *ratings[] = { "G", "PG", "PG-13", "R", "NC-17", NULL };

  if (*s == '(')
    s++;
  if (!g_str_has_prefix (s, "Rated "))
    return FALSE;
  s += strlen ("Rated ");
  for (guint i = 0; ratings[i]; i++)
    {
      gsize n = strlen (ratings[i]);

      if (strncmp (s, ratings[i], n) == 0 && (s[n] == '\0' || s[n] == ')' || s[n] == ' ' || s[n] == '.' ||
                                              s[n] == ','))
        return TRUE;
    }
  return FALSE;
}

/* "[Ibn Kathir, Tafsir, p. 41]", "[Letters, vol. 2, 118]": the source of
 * the quotation above it, in square brackets with a page or a number, is
 * the quotation's, however short: no label of a box left out. */
gboolean
is_bracketed_citation (const char *s,
                       const char *before)
{
  gsize n = strlen (s);

  if (n < 3 || s[0] != '[' || s[n - 1] != ']' || count_words (s) > 12 || before == NULL)
    return FALSE;
  if (strcspn (s, "0123456789") == n)
    return FALSE;
  return strchr (before, '"') || strstr (before, "\xe2\x80\x9c") || strstr (before, "\xe2\x80\x9d") ||
         strstr (before, "\xc2\xbb");
}

/* "Love and light, Autumn", "Annette xxx", "Cheers, Tom": a blogger's
 * farewell under the post, a few words with a name and no full stop, is
 * the post's last line, not a label. */
gboolean
is_sign_off (const char *s)
{
  static const char *farewells[] = {
    "Love", "Lots of love", "Cheers", "Warmly", "Hugs", "Much love", "Until next time", "Xo", "XO", "Xoxo", "XOXO",
    NULL,
  };
  static const char *kisses[] = { " xx", " xxx", " xo", " xoxo", " XO", " XOXO", NULL };
  gsize n = strlen (s);

  if (count_words (s) > 5 || n == 0)
    return FALSE;
  for (guint i = 0; kisses[i]; i++)
    if (g_str_has_suffix (s, kisses[i]) && n > strlen (kisses[i]) &&
        g_unichar_isupper (g_utf8_get_char (s)))
      return TRUE;
  for (guint i = 0; farewells[i]; i++)
    {
      gsize k = strlen (farewells[i]);

      if (strncmp (s, farewells[i], k) == 0 && (s[k] == ',' || (s[k] == ' ' && strchr (s + k, ','))))
        return TRUE;
    }
  return FALSE;
}

/* "JS", "Anna", "Mark D." under a post by Anna Mark Dee, John Smith: each
 * word of s (its marks left out) a word of the byline or its initial, or
 * s the byline's initials. */
static gboolean
signs_byline (const char *s,
              const char *byline)
{
  g_auto (GStrv) names = NULL;
  g_autoptr (GString) initials = g_string_new (NULL);
  g_auto (GStrv) parts = NULL;
  guint matched = 0, n = 0;

  while (*s && !g_unichar_isalpha (g_utf8_get_char (s)))
    s = g_utf8_next_char (s);
  names = g_strsplit_set (byline, " ,;", -1);
  for (guint i = 0; names[i]; i++)
    if (g_ascii_isupper (names[i][0]))
      g_string_append_c (initials, names[i][0]);
  if (initials->len >= 2 && g_strcmp0 (s, initials->str) == 0)
    return TRUE;
  parts = g_strsplit (s, " ", -1);
  for (guint i = 0; parts[i]; i++)
    {
      gsize k = strlen (parts[i]);
      gboolean found = FALSE;

      if (k == 0)
        continue;
      n++;
      while (k > 0 && parts[i][k - 1] == '.')
        k--;
      for (guint j = 0; names[j] && !found && k > 0; j++)
        found = (k == 1 && names[j][0] == parts[i][0]) ||
                (strlen (names[j]) == k && g_ascii_strncasecmp (names[j], parts[i], k) == 0);
      matched += found;
    }
  return n > 0 && matched == n;
}

/* "— JS", "~ Anna", "<3 Myles Katherine", and "Autumn" under "Love and
 * light,": the writer's name or initials alone under the post, after a
 * dash, a tilde or a heart, or under a farewell (is_sign_off(), "Best
 * wishes,"), are the post's last line, not a label. One to three words,
 * each with a capital first and only letters, dots, hyphens and
 * apostrophes after it; after a mark, the byline's ("JS" for John Smith,
 * "Anna", "Mark D."), not a wire's "— AP". */
gboolean
is_signature (const char *s,
              const char *before,
              const char *byline)
{
  const char *p = s;
  gboolean mark = FALSE;
  guint words = 0;

  if (strlen (s) > 48)
    return FALSE;
  for (;;)
    {
      gunichar ch = g_utf8_get_char (p);
      GUnicodeType t = g_unichar_type (ch);

      if (g_str_has_prefix (p, "<3"))
        {
          p += 2;
          mark = TRUE;
        }
      else if (ch == ' ')
        p++;
      else if (g_unichar_ispunct (ch) || t == G_UNICODE_OTHER_SYMBOL || t == G_UNICODE_MATH_SYMBOL)
        {
          mark = TRUE;
          p = g_utf8_next_char (p);
        }
      else
        break;
    }
  while (*p)
    {
      if (!g_unichar_isupper (g_utf8_get_char (p)) || ++words > 3)
        return FALSE;
      for (p = g_utf8_next_char (p); *p && *p != ' '; p = g_utf8_next_char (p))
        {
          gunichar ch = g_utf8_get_char (p);

          if (!g_unichar_isalpha (ch) && ch != '.' && ch != '-' && ch != '\'' && ch != 0x2019)
            return FALSE;
          /* "- Anzeige -", "Anzeige-": an advertisement's label. */
          if (ch == '-' && (p[1] == ' ' || p[1] == '\0'))
            return FALSE;
        }
      while (*p == ' ')
        p++;
    }
  if (words == 0)
    return FALSE;
  /* After a mark, the byline's name or initials: "- Reuters", "— AP"
   * are the wire's. */
  if (mark)
    return byline && signs_byline (s, byline);
  if (before == NULL)
    return FALSE;
  {
    gsize n = strlen (before);

    while (n > 0 && before[n - 1] == ' ')
      n--;
    return is_sign_off (before) || (n > 0 && before[n - 1] == ',' && count_words (before) <= 6);
  }
}

/* "Cuche was second, 0.65 seconds back. Previous story: Sunflashes Next
 * story: …": an old template's <p> left open takes in the links to the
 * next and previous stories after it, as a browser does. The offset where
 * those links start, when a sentence of six words or more ends before
 * them, or 0. */
gsize
glued_navigation_start (const char *s)
{
  g_autofree char *head = NULL;
  const char *previous = earliest_of (s, navigation_previous);
  const char *next = earliest_of (s, navigation_next);
  const char *first = previous && (next == NULL || previous < next) ? previous : next;
  gsize n;

  if (first == NULL)
    return 0;
  n = first - s;
  while (n > 0 && g_ascii_isspace (s[n - 1]))
    n--;
  head = g_strndup (s, n);
  if (!ends_sentence_mark (head) || count_words (head) < 6 || !is_post_navigation (first))
    return 0;
  return n;
}

static const char *production_credits[] = {
  "Additional editing", "Additional production", "Edited by", "Produced by", "Production by", "Design by",
  "Designed by", "Graphics by", "Development by", "Data by", "Research by", "Interactive design", "Video by",
  "Editing by", "Photo editing", "Copy editing", NULL,
};

/* "Redaktion: Anna Berg, Jonas Keller Faktencheck: Anna Berg", "(责编：
 * 王明)": the desk's credits under labels, names and nothing else. */
static gboolean
is_credit_labels (const char *s)
{
  static const char *labels[] = {
    "Redaktion", "Faktencheck", "Recherche", "Mitarbeit", "Schlussredaktion", "Lektorat", "Korrektorat", "Grafik",
    "Grafiken", "Gestaltung", "Rédaction", "Edición", "Redacción", "Fact-checking", "Fact check", "Fact-check",
    /* "Übersetzung: Ana Ruiz, Redaktion: …": the translator first. */
    "Übersetzung", "Translation", "Traduction", "Traducción", "Traduzione",
    "责编", "责任编辑", NULL,
  };
  static const char *joiners[] = { "und", "and", "et", "y", "von", "van", "de", "del", "la", "le", NULL };
  g_auto(GStrv) words = NULL;
  guint i;

  if (*s == '(')
    s++;
  else if (g_str_has_prefix (s, "\xef\xbc\x88")) /* （ */
    s += 3;
  for (i = 0; labels[i]; i++)
    {
      gsize n = strlen (labels[i]);

      if (strncmp (s, labels[i], n) == 0 &&
          (s[n] == ':' || g_str_has_prefix (s + n, " :") || g_str_has_prefix (s + n, "\xef\xbc\x9a"))) /* ： */
        break;
    }
  if (labels[i] == NULL || count_words (s) > 20 || ends_sentence_mark (s))
    return FALSE;
  /* Names: capitalised words, labels and joiners ("Anna Berg und Jonas
   * Keller"). */
  words = g_strsplit_set (s, " \n", -1);
  for (guint k = 1; words[k]; k++)
    if (g_ascii_islower (words[k][0]) && !g_strv_contains (joiners, words[k]))
      return FALSE;
  return TRUE;
}

/* Whether @s is names and nothing else: up to eight capitalised words
 * and joiners, no full stop or colon ("Ana Ruiz and Tom Brandt"). */
static gboolean
is_names_only (const char *s)
{
  static const char *joiners[] = { "und", "and", "et", "y", "e", "von", "van", "de", "del", "la", "le", "di", "da", NULL };
  g_auto(GStrv) words = g_strsplit_set (s, " \n", -1);
  guint n = 0;

  for (guint k = 0; words[k]; k++)
    {
      const char *w = words[k];

      if (*w == '\0')
        continue;
      if (n++ >= 8 || strchr (w, '.') != NULL || strchr (w, ':') != NULL ||
          (!g_unichar_isupper (g_utf8_get_char (w)) && !g_strv_contains (joiners, w)))
        return FALSE;
    }
  return n > 0;
}

/* "Aus dem Englischen von Ana Ruiz", "Translated from the French by Tom
 * Brandt", "Traduit de l'anglais par …", "Traducido del inglés por …",
 * "Tradotto dall'inglese da …": who translated the piece, a credit under
 * it like a contributor's: a capitalised name after "by" ("von", "par"
 * …) among its first seven words; a syndication's copyright may follow
 * in the same line. */
static gboolean
is_translation_credit (const char *s)
{
  static const char *openers[] = {
    "Translated", "Translation by", "Übersetzt", "Übersetzung von", "Traduit", "Traduction de", "Traducido",
    "Traducción de", "Tradotto", "Traduzione di", NULL,
  };
  static const char *bys[] = { " by ", " von ", " par ", " por ", " da ", " di ", NULL };
  const char *by = NULL;

  if (count_words (s) > 20 || has_quotation (s))
    return FALSE;
  /* "Aus dem Englischen von …", "Aus dem Amerikanischen übersetzt von
   * …": a language's name in the dative. */
  if (starts_with_word (s, "Aus dem"))
    {
      const char *lang = s + strlen ("Aus dem ");
      const char *end = strchr (lang, ' ');

      if (end == NULL || end - lang < 8 || strncmp (end - 6, "ischen", 6) != 0)
        return FALSE;
    }
  else if (!starts_with_any_word (s, openers))
    return FALSE;
  for (guint i = 0; bys[i] && by == NULL; i++)
    by = strstr (s, bys[i]);
  if (by == NULL || count_words (s) - count_words (by) > 6)
    return FALSE;
  by = strchr (by + 1, ' ') + 1;
  return g_unichar_isupper (g_utf8_get_char (by));
}

/* "Ana Ruiz contributed reporting from Santiago.", "Associated Press
 * writers Tom Brandt and Ana Ruiz contributed to this report.",
 * "Additional reporting by Ana Ruiz": who else worked on the story, in
 * a line of its own (in brackets too). */
gboolean
is_contributor_credit (const char *s)
{
  static const char *objects[] = {
    "reporting", "to this report", "to this story", "to this article", "to the report", "to this post",
    "to this content", "to this piece", "to this guide", "additional reporting", "research", NULL,
  };
  const char *p;
  gboolean mark;
  gsize n = strlen (s);

  while (n > 0 && g_ascii_isspace (s[n - 1]))
    n--;
  mark = ends_sentence_mark (s);
  if (count_words (s) > 40)
    return FALSE;
  /* "– additional reporting by Ana Ruiz", "* Reporting by …": a dash or a
   * bullet before the credit. */
  while ((*s == '-' || *s == '*' || g_str_has_prefix (s, "–") || g_str_has_prefix (s, "—") ||
          g_str_has_prefix (s, "•")) && count_words (s) > 1)
    {
      s = g_utf8_next_char (s);
      while (*s == ' ')
        s++;
      n = strlen (s);
      while (n > 0 && g_ascii_isspace (s[n - 1]))
        n--;
    }
  /* "(Reporting by Adrian Croft, Editing by Luke Baker)": the credit in
   * brackets, as Reuters sets it. */
  if (*s == '(' && n > 2 && s[n - 1] == ')' && memchr (s + 1, '(', n - 2) == NULL)
    {
      g_autofree char *inner = g_strndup (s + 1, n - 2);

      return is_contributor_credit (inner);
    }
  if (is_credit_labels (s) || is_translation_credit (s))
    return TRUE;
  /* "With files from the Associated Press", "Ottawa Citizen with files
   * from Norma Greenaway" (no full stop: "The clerk left with files from
   * the archive." is the story's), "With a report from CTV Toronto's …",
   * "Some information for this report was provided by AFP and AP.": the
   * wires' and colleagues' part, in the words of Canadian and American
   * newsrooms. */
  if (count_words (s) <= 20 &&
      ((strstr (s, " with files from ") && !mark) || starts_with_word (s, "With files from") ||
       starts_with_word (s, "With a report from") || starts_with_word (s, "With reporting from") ||
       strstr (s, "information for this report") || strstr (s, "Information for this report")))
    return TRUE;
  /* "With agency reporting.", "Mit Agenturmaterial.": the wires' part. */
  if (count_words (s) <= 6 && (starts_with_word (s, "With agency") || starts_with_word (s, "With wire") ||
                               starts_with_word (s, "Mit Agenturmaterial") || starts_with_word (s, "Mit Material")))
    return TRUE;
  /* "Writing by Ana Ruiz; Editing by Tom Brandt", "With reporting by
   * Associated Press writer Lea Marx", and "Reporting by …; Editing by …"
   * too long for a byline (several reporters and places): the desk's
   * credits. */
  /* "Additional editing and production by …", "Produced by …", "Graphics
   * by …": who else made the piece. */
  if (count_words (s) <= 30 && starts_with_any_word (s, production_credits) && (p = strstr (s, " by ")) != NULL &&
      g_unichar_isupper (g_utf8_get_char (p + 4)))
    return TRUE;
  if (((starts_with_word (s, "Writing by") || starts_with_word (s, "Reporting by")) && strstr (s, "diting by")) ||
      starts_with_word (s, "With reporting by") ||
      starts_with_word (s, "With additional reporting by"))
    return TRUE;
  /* With no full stop, only names after "by": "Additional reporting by
   * Ana Ruiz", not the heading of a section about it. */
  if (starts_with_word (s, "Additional reporting by") || g_str_has_prefix (s, "Contributing:"))
    return mark || starts_with_word (s, "Contributing") ||
           is_names_only (s + strlen ("Additional reporting by"));
  /* With no full stop, the credit is the line's last words ("… and Emily
   * Jane Fox contributed to this report"), not a heading. */
  for (p = strstr (s, "contributed "); p; p = strstr (p + 1, "contributed "))
    for (guint i = 0; objects[i]; i++)
      {
        gsize o = strlen (objects[i]);
        const char *q = p + strlen ("contributed ");

        if (g_ascii_strncasecmp (q, objects[i], o) == 0 && (mark || (gsize) (q + o - s) == n))
          return TRUE;
      }
  return FALSE;
}

/* "Jo Lee's book about the sea, \"Salt\", is out now. Follow her on Twitter
 * @jolee. Follow us on Facebook.": a block whose last sentence sends the
 * reader to the site's or the writer's social accounts is the site's
 * voice (a bio, a welcome), quotation marks or not. */
gboolean
is_social_appeal (const char *s)
{
  const char *last = s, *ask, *p;

  if (count_words (s) > 60 || has_word (s, "said") || has_word (s, "says") || has_word (s, "told"))
    return FALSE;
  /* The last sentence: after the last ". " (or "! ", "? ") before the end. */
  for (p = s; *p; p++)
    if ((*p == '.' || *p == '!' || *p == '?') && p[1] == ' ' && p[2] != '\0')
      last = p + 2;
  while (*last == ' ')
    last++;
  /* "On Twitter: Follow Ana Ruiz …": a label before the ask. */
  ask = last;
  {
    const char *colon = strchr (last, ':');

    if (colon && colon - last < 24 && colon[1] == ' ')
      {
        g_autofree char *label = g_strndup (last, colon - last);

        if (count_words (label) <= 3)
          ask = colon + 2;
      }
  }
  /* "Folgen Sie uns auf Twitter", "Suivez-nous sur Facebook",
   * "Síguenos en Instagram", "Seguici su Facebook" */
  return (starts_with_word (ask, "Follow") || starts_with_word (ask, "Folgen Sie uns") ||
          starts_with_word (ask, "Folge uns") || starts_with_word (ask, "Folgt uns") ||
          starts_with_word (ask, "Suivez-nous") || starts_with_word (ask, "Síguenos") ||
          starts_with_word (ask, "Seguici") || starts_with_word (ask, "Siga-nos")) &&
         (has_word (last, "Twitter") || has_word (last, "Facebook") || has_word (last, "Instagram") ||
          has_word (last, "X") || has_word (last, "LinkedIn") || has_word (last, "Threads") ||
          has_word (last, "Pinterest") || has_word (last, "TikTok") || has_word (last, "Bluesky"));
}

/* "The full article contains 283 words and appears in … newspaper.": a
 * line that gives the length of the article in words is the site's note
 * on a text it shows only in part, not the story. */
static gboolean
counts_article_words (const char *s)
{
  static const char *articles[] = { "article", "story", "report", NULL };

  if (!has_any_word (s, articles))
    return FALSE;
  for (const char *p = strstr (s, " words"); p; p = strstr (p + 1, " words"))
    {
      const char *q = p;

      while (q > s && (g_ascii_isdigit (q[-1]) || q[-1] == ','))
        q--;
      if (q < p && (q == s || q[-1] == ' '))
        return TRUE;
    }
  return FALSE;
}

/* "Source: United Nations", "Sources: The Jamestown Foundation, Reddiff
 * News": where the text came from, a line after the story like a
 * picture's credit. */
gboolean
is_source_line (const char *s)
{
  static const char *labels[] = { "Source:", "Sources:", "Source :", "Sources :", "Quelle:", "Quellen:", "Fuente:", NULL };

  if (count_words (s) > 12 || is_terminal (s))
    return FALSE;
  for (guint i = 0; labels[i]; i++)
    if (g_str_has_prefix (s, labels[i]))
      return TRUE;
  return FALSE;
}

/* A newsletter's box, named or asked for, in the languages of
 * is_reader_appeal(). */
const char *signup_words[] = {
  "newsletter", "newsletters", "sign up", "subscribe", "abonnieren", "abonnez-vous", "inscrivez-vous", "suscríbete",
  "iscriviti", NULL,
};

/* Whether the last @n blocks of @kept name sources ("Landtag, hearing
 * statements", "Own interviews"): six words or fewer each, no sentence,
 * no address and no colon. A reference list ("Report 2016:
 * https://…", a paper's full citation) is the text's, which answer keys
 * keep. */
gboolean
are_source_names (GPtrArray *kept,
                  guint      n)
{
  for (guint j = kept->len - n; j < kept->len; j++)
    {
      const char *t = ((Block *) g_ptr_array_index (kept, j))->str;

      if (count_words (t) > 6 || strchr (t, ':') || strstr (t, "http") || strstr (t, "www.") ||
          ends_sentence_mark (t))
        return FALSE;
    }
  return TRUE;
}

/* "Quellen:", "Sources", "Unsere Quellen:": a label over the list of
 * where the story came from, a line of its own. */
gboolean
is_sources_label (const char *s)
{
  static const char *labels[] = {
    "Source", "Sources", "Our sources", "Quelle", "Quellen", "Unsere Quellen", "Fuente", "Fuentes", "Fonte",
    "Fonti", NULL,
  };

  return is_label_line (s, labels);
}

/* "Accuracy and availability of NPR transcripts may vary. Transcript text
 * may be revised …", "This is a rush transcript. This copy may not be in
 * its final form.", "This transcript was generated automatically and may
 * contain errors.": a broadcaster's note on the transcript above, not
 * the last thing said in it. */
static gboolean
is_transcript_notice (const char *s)
{
  static const char *transcript[] = { "transcript", "transcripts", "transcription", NULL };
  static const char *caveats[] = {
    "may vary", "may be revised", "may be updated", "final form", "rush transcript", "rush deadline",
    "authoritative record", "may contain errors", "generated automatically", "automatically generated",
    "computer-generated", "machine-generated", NULL,
  };

  return count_words (s) <= 80 && has_any_word (s, transcript) && has_any_word (s, caveats);
}

/* "Please consider making a contribution today", "If you buy through our
 * affiliate links we may earn a commission", "… view your options in our
 * Privacy Policy": the site's notice to its reader (an appeal for money,
 * a disclosure), after the story. Quotations and reported speech
 * are the story's. */
gboolean
is_site_notice (const char *s)
{
  static const char *notices[] = {
    "privacy policy", "advertiser", "advertisers", "affiliate link", "affiliate links",
    "earn a commission", "receive a commission", "earn a small commission", NULL,
  };
  /* "The Motley Fool owns shares of … and has a disclosure policy.",
   * "Comcast is a minority investor in Vox Media, which owns this site.":
   * who owns what, disclosed after the story. */
  static const char *holdings[] = {
    "disclosure policy", "which owns this site", "owns this site", "owns this publication",
    /* "The BBC is not responsible for the content of external sites." */
    "not responsible for the content of external",
    /* "Capital ist eine Partnermarke des stern …", "… is a sister
     * publication of …": a brand of the same house, whose piece this
     * site shows, in a box after it. */
    "is a partner brand", "is a sister publication", "is a sister brand", "is a sister title",
    "ist eine Partnermarke", "ist eine Schwestermarke", "ist ein Partnerportal", "est une marque partenaire",
    "es una marca asociada", NULL,
  };
  /* "News Corp. owns Dow Jones & Co., publisher of The Wall Street
   * Journal.", "Comcast owns NBCUniversal, the parent company of …": the
   * owner of the site, named in a line of its own. */
  static const char *owned[] = { "publisher of", "parent company of", "the parent of", "which publishes", NULL };
  /* "This material may not be published, broadcast, rewritten or
   * redistributed.", "… is not responsible or liable to you for the
   * same.": the rights to the text and the site's disclaimer. */
  static const char *rights[] = {
    "may not be published", "may not be reproduced", "may not be republished", "may not be redistributed",
    "not responsible or liable",
    /* "Any copying, republication or redistribution of … content is
     * expressly prohibited without the prior written consent of …": the
     * wire's notice is longer than a copyright line. */
    "expressly prohibited", "prior written consent", "prior written permission", "express written permission",
    "express written consent",
    /* The same in German, French, Spanish and Italian ("Alle Rechte
     * vorbehalten. Nachdruck nur mit Genehmigung", "Tous droits réservés",
     * "Riproduzione riservata"). */
    "Alle Rechte vorbehalten", "Nachdruck nur mit", "Tous droits réservés", "Toute reproduction",
    "reproduction interdite", "Todos los derechos reservados", "Prohibida su reproducción",
    "Prohibida la reproducción", "Riproduzione riservata", NULL,
  };
  static const char *money[] = { "contribution", "contributions", "donate", "donation", "donations", NULL };
  static const char *asking[] = { "please", "you", "your", NULL };
  static const char *reader[] = { "you", "your", NULL };

  if (count_words (s) > 90 || strchr (s, '"') || strstr (s, "\xe2\x80\x9c") || strstr (s, "\xe2\x80\x9d") ||
      has_any_word (s, reported_speech))
    return FALSE;
  if (has_any_word (s, notices) && has_any_word (s, reader))
    return TRUE;
  if (has_any_word (s, holdings) || has_any_word (s, rights) || counts_article_words (s) ||
      is_transcript_notice (s))
    return TRUE;
  if (count_words (s) <= 25 && (has_word (s, "owns") || has_word (s, "is owned by")) && has_any_word (s, owned))
    return TRUE;
  /* "If you found the reporting above valuable, please consider making a
   * donation to support it. Your gift pays for …": a newsroom's ask that
   * names neither "our" nor "us", but asks the reader in so many words. */
  if (has_any_word (s, money) && has_word (s, "please consider") && has_any_word (s, reader))
    return TRUE;
  return has_any_word (s, money) && has_any_word (s, asking) && (has_word (s, "our") || has_word (s, "us"));
}

/* "To contact the reporter on this story: Ana Ruiz in Paris at
 * aruiz@example.com", "Write to him at ana@example.com", "Readers can
 * mail me at …": a short line with an e-mail address or a telephone
 * number after the story is how to reach the writer or the desk. */
gboolean
is_contact_line (const char *s)
{

  if (count_words (s) > 30 || is_speech (s))
    return FALSE;
  return has_mail_address (s);
}

/* "Send us your feedback!", "Subscribe to this news alert service …",
 * "Came straight to this page? Visit www.example.com for all the latest
 * news.", "Did you enjoy this article? Please bookmark it", "Want to use
 * code from this post? Check out the license.", "Click here to …" (in
 * German, French, Spanish, Italian too): the site
 * telling its reader what to do next, in a short line that opens with
 * the verb (after a question to the reader, if any). */
gboolean
is_imperative_ask (const char *s)
{
  static const char *verbs[] = {
    "subscribe", "send", "visit", "bookmark", "click", "register", "sign up", "share", "follow", "join",
    "download", "email", "e-mail", "submit", "tell us", "check out", "please bookmark", "please send", "please share",
    "please visit", "please click", "please email", "please post", "please note", NULL,
  };
  static const char *click_here[] = {
    "click here", "please click here", "klicken Sie hier", "hier klicken", "cliquez ici", "haga clic aquí",
    "haz clic aquí", "pulse aquí", "clicca qui", NULL,
  };
  const char *p = s;

  if (count_words (s) > 30 || is_speech (s))
    return FALSE;
  /* "• Have a view …", "» Subscribe": a bullet first. */
  while (*p && (*p == ' ' || g_unichar_ispunct (g_utf8_get_char (p))))
    p = g_utf8_next_char (p);
  /* A question to the reader first: "Came straight to this page?". */
  {
    const char *q = strchr (p, '?');

    if (q && q[1] == ' ' && count_words (q) > 1 && count_words (p) - count_words (q) <= 10)
      p = q + 2;
  }
  /* "Klicken Sie hier, um weitere Nachrichten zu finden:", "Cliquez ici
   * pour …": a line that opens by sending the reader to a link is the
   * page's, whatever it points to. */
  if (starts_with_any_word (p, click_here))
    return TRUE;
  return starts_with_any_word (p, verbs) && (has_word (s, "us") || has_word (s, "our") || has_word (s, "your") ||
                                              has_word (s, "this") || strstr (s, "www.") || strstr (s, "http"));
}

/* "Ready to get started? Book a free demo today.", "If you need help with
 * your strategy, connect with one of our experts.", "Sign up for free and
 * start shopping": a business's call to action under its post, an offer
 * (which needs no reader named) or a way to reach it (said to the reader).
 * Answer keys keep such a line as often as not when it is one more
 * paragraph of the post; only one in a box of its own after the post
 * (outside_story()) is asked. */
gboolean
is_business_ask (const char *s)
{
  static const char *offers[] = {
    "free trial", "free demo", "a demo", "live demo", "free consultation", "free quote", "for free", "free for",
    "book a", "request a", "schedule a", "sign up", NULL,
  };
  static const char *contacts[] = {
    "contact us", "contact our", "get in touch", "talk to an", "talk to our", "speak to an", "speak to our",
    "speak with", "connect with", "call us", NULL,
  };
  static const char *reader[] = { "you", "your", NULL };

  if (count_words (s) > 60 || is_speech (s) || is_discussion_prompt (s))
    return FALSE;
  return has_any_word (s, offers) || (has_any_word (s, contacts) && has_any_word (s, reader));
}

/* "This article was originally published on page 28 of The Daily Star
 * on 30 December 2007", "A version of this article appears in print on
 * …": where the text ran in the paper, a note under the story. */
gboolean
is_print_note (const char *s)
{
  static const char *notes[] = {
    "originally published", "originally appeared", "first appeared", "first published", "appears in print",
    "appeared in print", "a version of this article", "a version of this story",
    /* "This article is a translation; the original appeared in …": the
     * piece came from elsewhere, in another language. */
    "is a translation", "was translated from",
    /* The same in German, French, Spanish and Italian: "Dieser Artikel ist
     * zuerst bei … erschienen", "Cet article a été initialement publié
     * dans …", "Este artículo fue publicado originalmente en …", "Questo
     * articolo è stato pubblicato originariamente su …". */
    "eine Übersetzung", "initialement publié", "publié initialement", "initialement paru",
    "paru initialement", "d'abord paru", "publié pour la première fois", "une traduction", "publicado originalmente",
    "originalmente publicado", "publicado por primera vez", "una traducción", "pubblicato originariamente",
    "originariamente pubblicato", "pubblicato originalmente", "pubblicato per la prima volta", "una traduzione", NULL,
  };
  static const char *pieces[] = {
    "this article", "this story", "this piece", "this column", "this report", "page", "edition",
    "dieser Artikel", "dieser Text", "dieser Beitrag", "dieses Interview", "der Artikel", "der Text", "der Beitrag",
    "cet article", "ce texte", "cette chronique", "cet entretien", "este artículo", "este texto", "esta nota",
    "esta columna", "questo articolo", "questo testo", "questo pezzo", NULL,
  };

  /* German says when and where apart: "ist zuerst bei … erschienen",
   * "im Original ist er in … erschienen". */
  static const char *firsts[] = { "zuerst", "erstmals", "ursprünglich", "im Original", NULL };
  static const char *appeared[] = { "erschienen", "erschien", "veröffentlicht", "publiziert", NULL };

  if (count_words (s) > 40 || has_quotation (s) || !has_any_word (s, pieces))
    return FALSE;
  return has_any_word (s, notes) || (has_any_word (s, firsts) && has_any_word (s, appeared));
}

/* "1月14日", "1月14日 01:40": a day of the month in Chinese or Japanese,
 * the year left to a date before it. */
static gboolean
is_cjk_month_day (const char *t)
{
  const char *p = t;
  guint n;

  for (n = 0; g_ascii_isdigit (*p); p++)
    n++;
  if (n == 0 || n > 2 || strncmp (p, "月", 3) != 0)
    return FALSE;
  for (p += 3, n = 0; g_ascii_isdigit (*p); p++)
    n++;
  if (n == 0 || n > 2 || strncmp (p, "日", 3) != 0)
    return FALSE;
  for (p += 3; *p == ' '; p++)
    ;
  for (; *p; p++)
    if (!g_ascii_isdigit (*p) && *p != ':')
      return FALSE;
  return TRUE;
}

/* "December 6, 2016 — 6:22 PM EST December 7, 2016 — 1:55 PM EST": two
 * dates or more run together (when the piece ran, when it was changed),
 * each with its time and the words that name it, and nothing else. */
gboolean
is_dates_only (const char *s)
{
  const char *p = s;
  guint dates = 0;

  if (count_words (s) > 24)
    return FALSE;
  while (*p)
    {
      gsize ms = 0, me = 0, ns = 0;
      g_autofree char *d = dossier_date_find (p, &ms, &me);
      g_autofree char *next = NULL;
      g_autofree char *piece = NULL;
      g_autofree char *iso = NULL;

      if (d == NULL)
        break;
      next = dossier_date_find (p + me, &ns, NULL);
      piece = g_strndup (p, next ? me + ns : strlen (p));
      if (!dossier_date_is_only_date (piece, &iso))
        return FALSE;
      dates++;
      p += next ? me + ns : strlen (p);
    }
  return dates >= 2 && *p == '\0';
}

/* "4 marzo 2025 (modifica il 5 marzo 2025 | 10:12)", "12.03.2025,
 * aktualisiert am 13.03.2025, 08:40 Uhr", "Published 3 May 2024, updated
 * 4 May 2024": when the piece ran and was changed, as the last line:
 * dates, times and the words that name them, and nothing else. */
gboolean
is_date_stamp (const char *s)
{
  static const char *stamps[] = {
    "updated", "last", "edited", "modified", "published", "posted", "on", "at", "aktualisiert", "zuletzt", "geändert",
    "veröffentlicht", "am", "um", "uhr", "mis", "à", "jour", "le", "modifié", "publié", "actualizado", "actualización",
    "publicado", "el", "a", "las", "modifica", "modificato", "aggiornato", "aggiornamento", "ultimo", "pubblicato",
    "il", "alle", "ore", NULL,
  };
  static const char *cjk_stamps[] = { "更新", "公開", "配信", "掲載", "発表", "发布", NULL };
  g_auto(GStrv) parts = NULL;
  guint dates = 0;

  /* A character is a word in Chinese and Japanese: 21 in "2025年1月14日
   * 01時28分 (1月14日 01時40分更新)". */
  if (count_words (s) > 24)
    return FALSE;
  parts = g_strsplit_set (s, "()|,·", -1);
  for (guint i = 0; parts[i]; i++)
    {
      char *t = g_strstrip (parts[i]);
      gboolean time = TRUE;

      /* "modifica il", "aktualisiert am", "mis à jour le": the words
       * before the date. */
      for (guint k = 0; k < 6; k++)
        {
          const char *sp = strchr (t, ' ');
          g_autofree char *w = g_utf8_strdown (t, sp ? sp - t : -1);

          if (*t == '\0' || !g_strv_contains (stamps, w) || sp == NULL)
            break;
          t = (char *) sp + 1;
          while (*t == ' ')
            t++;
        }
      if (*t == '\0')
        continue;
      /* "15:24", "08:40 Uhr" */
      {
        g_autofree char *w = g_utf8_strdown (t, -1);

        if (g_str_has_suffix (w, " uhr") || g_str_has_suffix (w, " h"))
          t[strlen (t) - (g_str_has_suffix (w, " h") ? 2 : 4)] = '\0';
      }
      /* "1月14日 01時40分更新": Japanese and Chinese name the change after
       * the day (updated, published, delivered). */
      for (guint k = 0; cjk_stamps[k]; k++)
        if (g_str_has_suffix (t, cjk_stamps[k]) && strlen (t) > strlen (cjk_stamps[k]))
          {
            t[strlen (t) - strlen (cjk_stamps[k])] = '\0';
            g_strchomp (t);
            break;
          }
      /* "01時28分" is "01:28". */
      {
        char *h = strstr (t, "時");

        if (h && h > t && g_ascii_isdigit (h[-1]) && g_ascii_isdigit (h[3]))
          {
            char *m = h + 3;

            while (g_ascii_isdigit (*m))
              m++;
            if (strncmp (m, "分", 3) == 0)
              {
                *h = ':';
                memmove (h + 1, h + 3, m - (h + 3));
                memmove (h + 1 + (m - (h + 3)), m + 3, strlen (m + 3) + 1);
              }
          }
      }
      for (const char *p = t; *p && time; p++)
        time = g_ascii_isdigit (*p) || *p == ':' || *p == '.';
      if (time && strchr (t, ':'))
        continue;
      if (!dossier_date_is_only_date (t, NULL) && !(dates > 0 && is_cjk_month_day (t)))
        return FALSE;
      dates++;
    }
  return dates > 0;
}

/* "ajr, tb; Foto [M]: Picture Desk; Erstveröffentlichung: 3.2.19",
 * "(lm) | Photo: Ana Ruiz | First published: …": the desk's line under a
 * story, parts apart by semicolons or bars: the writers' initials, the
 * picture's credit, when the piece first ran. One part at least is a
 * picture's credit or a first publication, the others are short. */
gboolean
is_credit_parts (const char *s)
{
  static const char *firsts[] = {
    "Erstveröffentlichung", "Erstmals veröffentlicht", "Zuerst veröffentlicht", "First published",
    "Originally published", "Première publication", "Publicado originalmente", "Prima pubblicazione", NULL,
  };
  g_auto(GStrv) parts = NULL;
  guint n = 0, credits = 0;

  if (count_words (s) > 25 || has_quotation (s) || (!strchr (s, ';') && !strstr (s, " | ")))
    return FALSE;
  parts = g_strsplit_set (s, ";|", -1);
  for (guint i = 0; parts[i]; i++)
    {
      char *t = g_strstrip (parts[i]);
      g_autoptr(GString) bare = NULL;

      if (*t == '\0')
        continue;
      n++;
      /* "Foto [M]:": the mark of a montage out. */
      bare = g_string_new (t);
      g_string_replace (bare, " [M]", "", 0);
      if (starts_with_any_word (bare->str, caption_prefixes) || starts_with_any_word (bare->str, firsts))
        credits++;
      else if (count_words (t) > 4 || ends_sentence_mark (t))
        return FALSE;
    }
  return n >= 2 && credits >= 1;
}

/* "Rate this article", "Was this article helpful?", "War dieser Artikel
 * hilfreich?": the site's box that asks the reader to rate the page, a
 * line of its own under each story, in the languages of the end's other
 * rules. */
static gboolean
is_rating_prompt (const char *s)
{
  static const char *prompts[] = {
    "Rate this article", "Rate this post", "Rate this story", "Rate this page", "Rate this guide",
    "Rate this recipe", "How would you rate this article", "How would you rate this post",
    "Was this article helpful", "Was this post helpful", "Was this page helpful", "Was this guide helpful",
    "Was this helpful", "Was this information helpful", "Did you find this article helpful",
    "Did you find this page helpful", "Did you find this helpful", "Did you find this article useful",
    "Was this article useful", "Is this page useful", "Is this article helpful",
    "War dieser Artikel hilfreich", "War dieser Beitrag hilfreich", "War der Artikel hilfreich",
    "War dieser Artikel nützlich", "War der Artikel nützlich", "Wie hilfreich war dieser Artikel",
    "Hat Ihnen dieser Artikel gefallen", "Hat dir dieser Artikel gefallen", "Artikel bewerten",
    "Cet article vous a-t-il été utile", "Cet article vous a-t-il aidé", "Cette page vous a-t-elle été utile",
    "Cet article vous a été utile", "Évaluer cet article", "Notez cet article",
    "¿Te ha resultado útil este artículo", "¿Te resultó útil este artículo", "¿Te ha sido útil este artículo",
    "¿Le ha resultado útil este artículo", "¿Fue útil este artículo", "¿Te ha gustado este artículo",
    "Valora este artículo", "Califica este artículo",
    "Ti è stato utile questo articolo", "Questo articolo ti è stato utile", "Valuta questo articolo", NULL,
  };

  return is_label_line_trimmed (s, prompts, " ?:");
}

/* "Die Autorin", "About the author", "Zitiervorschlag", "How to cite
 * this article": the label of a box the site puts under each story (the
 * writer's bio, how to cite the page, a rating box), the whole of a
 * short line. */
gboolean
is_afterword_label (const char *s)
{
  static const char *labels[] = {
    "About the author", "About the authors", "About the writer", "The author", "The authors", "Die Autorin",
    "Der Autor", "Die Autoren", "Die Autorinnen", "Zur Autorin", "Zum Autor", "Zu den Autoren", "Über die Autorin",
    "Über den Autor", "Über die Autoren", "L'auteur", "L’auteur", "L'autrice", "L’autrice", "L'auteure",
    "L’auteure", "Les auteurs", "À propos de l'auteur", "À propos de l’auteur", "El autor", "La autora",
    "Los autores", "Sobre el autor", "Sobre la autora", "L'autore", "L’autore", "Gli autori", "Chi è l'autore",
    "Chi è l’autore",
    "Cite this article", "Cite this", "Cite this page", "Cite this story", "How to cite", "How to cite this article",
    "Citation", "Zitiervorschlag", "Zitierweise", "Zitierhinweis", "Pour citer cet article", "Citer cet article",
    "Comment citer cet article", "Cómo citar", "Cómo citar este artículo", "Citar este artículo", "Come citare",
    "Come citare questo articolo", "Per citare questo articolo", NULL,
  };

  return is_label_line (s, labels) || is_rating_prompt (s);
}

/* "This entry was posted in News and tagged food, health. Bookmark the
 * permalink.", "Tags: food, health", "This entry was tagged with the
 * following keywords: …": a blog's filing under the post. */
gboolean
is_filing_line (const char *s)
{
  static const char *openers[] = {
    "This entry was posted in", "This entry was tagged", "This post was posted in", "This post is tagged",
    "This entry is filed under", "This post was filed under", "Tagged with", "Tags:", "Tagged:", "Posted in", NULL,
  };

  /* "Von Redaktion am 21/02/2021. Abgelegt unter Politik. Sie können alle
   * Antworten zu diesem Eintrag durch den RSS 2.0 Feed verfolgen.
   * Kommentare und Pings sind derzeit geschlossen.": an old blog theme's
   * filing paragraph, in any of its translations, opens with the
   * writer's name; its fixed phrases say what it is. */
  static const char *phrases[] = {
    "responses to this entry", "comments and pings", "Abgelegt unter", "Antworten zu diesem Eintrag",
    "Kommentare und Pings", "réponses à cet article", "commentaires et pings", "respuestas a esta entrada",
    "comentarios y pings", "risposte a questo articolo", "commenti e pings", NULL,
  };

  if (count_words (s) > 60 || has_quotation (s))
    return FALSE;
  return (count_words (s) <= 40 && starts_with_any_word (s, openers)) || has_any_word (s, phrases);
}

/* "Il vous reste 57% de cet article à lire. La suite est réservée aux
 * abonnés.", "The rest of this article is for subscribers only", "Lesen
 * Sie weiter mit …": the paywall's line where the story is cut off, not
 * its last sentence. */
gboolean
is_paywall_note (const char *s)
{
  static const char *notes[] = {
    "rest of this article", "rest of this story", "remainder of this article", "for subscribers only",
    "reserved for subscribers", "exclusive to subscribers", "available to subscribers", "subscribers only",
    "réservée aux abonnés", "réservé aux abonnés", "de cet article à lire", "Lesen Sie weiter mit",
    "Weiterlesen mit", "nur für Abonnenten", "exklusiv für Abonnenten", "Rest des Artikels",
    "reservado a suscriptores", "reservado para suscriptores", "exclusivo para suscriptores",
    "riservato agli abbonati", "riservata agli abbonati", "会員限定です", "有料会員限定", NULL,
  };

  return count_words (s) <= 30 && !has_quotation (s) && !is_speech (s) && has_any_word (s, notes);
}

/* "Nein Danke. Weiter in dieser Ansicht.", "No thanks", "Not now": the
 * button that closes a pop-up's offer (the site's app, its newsletter),
 * a line of its own. */
gboolean
is_dismiss_line (const char *s)
{
  static const char *openers[] = {
    "no thanks", "no, thanks", "no thank you", "no, thank you", "not now", "maybe later", "nein danke",
    "nein, danke", "nicht jetzt", "vielleicht später", "non merci", "non, merci", "pas maintenant",
    "no gracias", "no, gracias", "ahora no", "no grazie", "no, grazie", "nee bedankt", "nej tack", "nei takk",
    NULL,
  };
  g_autofree char *lower = g_utf8_strdown (s, -1);

  if (count_words (s) > 8)
    return FALSE;
  for (guint i = 0; openers[i]; i++)
    if (g_str_has_prefix (lower, openers[i]) &&
        !g_unichar_isalnum (g_utf8_get_char (lower + strlen (openers[i]))))
      return TRUE;
  return FALSE;
}

/* "Bitte achten Sie darauf, dass Ihre Kommentare themenbezogen sind …",
 * "Please keep your comments on topic and respectful.": the rules of the
 * readers' box, under the story, said to the reader in their first
 * sentence. */
gboolean
is_comment_rules (const char *s)
{
  static const char *comments[] = {
    "comment", "comments", "Kommentar", "Kommentare", "commentaire", "commentaires", "comentario", "comentarios",
    "commento", "commenti", "comentário", "comentários", NULL,
  };
  static const char *rules[] = {
    "on topic", "on-topic", "off-topic", "off topic", "respectful", "offensive", "abusive", "moderated",
    "moderation", "themenbezogen", "Netiquette", "Beleidigungen", "moderiert", "sachlich", "modérés",
    "modération", "injurieux", "moderados", "moderación", "insultos", "moderati", "moderazione", "offensivi", NULL,
  };
  /* "Comments with offensive language will not be approved by the
   * moderator", "Comentários … não serão aprovados pelo moderador": the
   * rules said of the comments rather than to the reader name who turns
   * them down. */
  static const char *moderators[] = {
    "moderator", "moderators", "moderador", "moderadores", "moderatore", "modérateur", NULL,
  };
  static const char *refusals[] = {
    "will not be", "won't be", "will be removed", "will be deleted", "não serão", "não será", "no serán", "no será",
    "werden nicht", "ne seront pas", "ne sera pas", "non saranno", "non verranno", NULL,
  };
  g_autofree char *first = NULL;
  const char *end = s;

  /* The rules run long; their first sentence says what they are. */
  if (count_words (s) > 150 || has_quotation (s) || is_speech (s))
    return FALSE;
  while (*end && !((*end == '.' || *end == '!') && (end[1] == ' ' || end[1] == '\0')))
    end++;
  first = g_strndup (s, end - s);
  if (has_any_word (first, comments) && has_any_word (first, moderators) && has_any_word (first, refusals))
    return TRUE;
  return has_any_word (first, comments) && has_any_word (first, rules) &&
         (has_word (first, "your") || has_word (first, "you") || has_polite_address (first) ||
          has_word (first, "vos") || has_word (first, "vous") || has_word (first, "sus") ||
          has_word (first, "vostri"));
}

/* "Acme is a global solutions provider for …; Acme's mission is …",
 * "Acme is headquartered in Basel, has subsidiaries in 12 countries and
 * employs around 900 people worldwide. Acme shares are listed on …": the
 * company's own paragraph under its press release, which opens with its
 * name and "is", names it again and says what it is, where it sits and
 * how many it employs. Two such facts, or one in a paragraph that names
 * the company three times. */
gboolean
is_company_boilerplate (const char *s)
{
  static const char *facts[] = {
    "headquartered in", "headquarters in", "employs", "employees worldwide", "people worldwide", "subsidiaries in",
    "listed on the", "traded on the", "solutions provider", "leading provider", "global provider", "leading supplier",
    "global supplier", "global leader", "world leader", "market leader", NULL,
  };
  const char *is = strstr (s, " is ");
  g_autofree char *name = NULL;
  guint found = 0, named = 0;

  if (is == NULL || is - s > 40 || count_words (s) > 150 || is_speech (s))
    return FALSE;
  name = g_strndup (s, is - s);
  /* One to three capitalised words. */
  if (count_words (name) > 3)
    return FALSE;
  for (const char *w = name; w; w = strchr (w, ' '))
    {
      if (*w == ' ')
        w++;
      if (!g_unichar_isupper (g_utf8_get_char (w)))
        return FALSE;
    }
  for (guint i = 0; facts[i]; i++)
    if (has_word (s, facts[i]))
      found++;
  for (const char *p = strstr (s, name); p && named < 3; p = strstr (p + 1, name))
    named++;
  return found >= 2 || (found == 1 && named >= 3);
}

/* A price: "£11.99", "$5", "€ 4,99", "Rs 599", "4,99 €". */
static gboolean
has_price (const char *s)
{
  static const char *signs[] = { "£", "$", "€", "₹", "¥", "Rs.", "Rs", "INR", "USD", "EUR", "GBP", NULL };

  for (const char *p = s; *p; p++)
    {
      /* A sign, at a word's start, then a figure (a space between). */
      if (p > s && g_ascii_isalnum (p[-1]))
        continue;
      for (guint i = 0; signs[i]; i++)
        {
          gsize n = strlen (signs[i]);

          if (strncmp (p, signs[i], n) == 0 && (g_ascii_isdigit (p[n]) || (p[n] == ' ' && g_ascii_isdigit (p[n + 1]))))
            return TRUE;
        }
      /* … or a figure then the euro's sign: "4,99 €". */
      if (g_ascii_isdigit (*p))
        {
          const char *q = p;

          while (g_ascii_isdigit (*q) || *q == ',' || *q == '.')
            q++;
          if (*q == ' ')
            q++;
          if (strncmp (q, "€", strlen ("€")) == 0)
            return TRUE;
        }
    }
  return FALSE;
}

/* "Get the magazine delivered through your letterbox every month: 12
 * issues for £11.99. Click here for more information.", "Get access to
 * our premium service for as little as Rs 599 for the first year. Use
 * the code …": the site's offer of a subscription, with its price, after
 * the story. A story about a service's price says neither how to take the
 * offer nor "for as little as". */
gboolean
is_subscription_offer (const char *s)
{
  static const char *subscriptions[] = {
    "subscription", "subscriptions", "subscribe", "subscribers", "issues", "membership", "Abo", "Abonnement",
    "abonnement", "suscripción", "assinatura", NULL,
  };
  static const char *offers[] = {
    "issues for", "for as little as", "use the code", "use code", "promo code", "coupon code", "click here",
    "subscribe now", "subscribe today", "delivered to your", "delivered through your", "jetzt abonnieren",
    "abonnez-vous", "suscríbete", "assine já", NULL,
  };

  if (count_words (s) > 80 || is_speech (s))
    return FALSE;
  return has_price (s) && has_any_word (s, subscriptions) && has_any_word (s, offers);
}

/* "[button link="…" type="big"] Send us your review[/button]": a
 * WordPress shortcode the site's theme did not render, a button's or a
 * box's markup left as text, not a line of the story. */
gboolean
is_shortcode (const char *s)
{
  g_autofree char *close = NULL;
  gsize n = 0;

  if (s[0] != '[')
    return FALSE;
  while (g_ascii_islower (s[1 + n]) || s[1 + n] == '_' || s[1 + n] == '-')
    n++;
  if (n == 0 || n > 30 || (s[1 + n] != ' ' && s[1 + n] != ']'))
    return FALSE;
  close = g_strdup_printf ("[/%.*s]", (int) n, s + 1);
  return strstr (s, close) != NULL;
}

/* "= sLength) || (s.charAt(i) != "@")) return false; else i += 2; …": a
 * page's script shown as text, where a broken save lost the <script> tag
 * that held it. Braces, semicolons, brackets and equals signs make a
 * twentieth of its bytes, where prose has next to none; code a story
 * shows sits in <pre> or <code> and is no story's first paragraph. */
gboolean
is_script_text (const char *s)
{
  gsize n = 0, marks = 0, ends = 0;

  for (const char *p = s; *p; p++, n++)
    if (strchr ("{};()=", *p))
      {
        marks++;
        ends += *p == '{' || *p == '}' || *p == ';';
      }
  return n >= 40 && ends >= 4 && marks * 20 >= n;
}

/* "If you enjoyed this article, we have a proposition for you: join …",
 * "If you value our journalism, …": the site's appeal, which opens by
 * naming the reader's pleasure in what they read, however long its pitch
 * (a membership's perks). */
gboolean
is_enjoyed_appeal (const char *s)
{
  static const char *openers[] = {
    "If you enjoyed", "If you liked", "If you have enjoyed", "If you've enjoyed", "If you’ve enjoyed",
    "If you value", "If you appreciate", "If you found", "Did you enjoy", "Did you like", "Enjoyed this", NULL,
  };
  static const char *objects[] = {
    "this article", "this story", "this piece", "this post", "this content", "our journalism", "our reporting",
    "our work", "our content", "reading this", NULL,
  };
  const char *comma;

  if (count_words (s) > 100 || is_speech (s) || !starts_with_any_word (s, openers))
    return FALSE;
  /* The object in the opening clause: "If you enjoyed this article, …". */
  comma = strpbrk (s, ",:?");
  {
    g_autofree char *clause = g_strndup (s, comma ? (gsize) (comma - s) : strlen (s));

    return count_words (clause) <= 10 && has_any_word (clause, objects);
  }
}

/* "Printer friendly page Send this article to Friends by E-Mail", "Print
 * this article | Email this": the page's tools, as a line of their own. */
gboolean
is_page_tools_line (const char *s)
{
  static const char *tools[] = {
    "printer friendly", "printer-friendly", "print this", "email this", "e-mail this", "send this article",
    "send this story", "send to a friend", "email to a friend", "e-mail to a friend", "print article",
    "print story", "refer to a friend", "tell a friend", "email article", "e-mail article", NULL,
  };

  return count_words (s) <= 15 && !ends_sentence_mark (s) && has_any_word (s, tools);
}

/* "Loading...", "Like Loading…", "Liken Lade …", "Gefällt mir Wird
 * geladen...": a widget's word while its script loads (WordPress's
 * likes); "(Visited 215 times, 55 visits today)", a counter of views.
 * The page's machinery, not the story's last line. */
gboolean
is_widget_placeholder (const char *s)
{
  static const char *likes[] = { "", "like ", "liken ", "gefällt mir ", "j'aime ", "me gusta ", "mi piace ", NULL };
  static const char *loading[] = { "loading", "lade", "wird geladen", "chargement", "cargando", "caricamento", NULL };
  g_autofree char *t = NULL;
  gsize n;
  const char *p;

  if (strlen (s) > 80)
    return FALSE;
  t = g_utf8_strdown (s, -1);
  g_strstrip (t);
  /* The dots or the ellipsis after the word, spaces between. */
  for (n = strlen (t); n > 0;)
    if (t[n - 1] == '.' || t[n - 1] == ' ')
      n--;
    else if (n >= 3 && strncmp (t + n - 3, "\u2026", 3) == 0)
      n -= 3;
    else if (n >= 2 && strncmp (t + n - 2, "\u00a0", 2) == 0)
      n -= 2;
    else
      break;
  t[n] = '\0';
  for (guint i = 0; likes[i]; i++)
    if (g_str_has_prefix (t, likes[i]))
      for (guint k = 0; loading[k]; k++)
        if (strcmp (t + strlen (likes[i]), loading[k]) == 0)
          return TRUE;
  /* "(Visited 215 times, 55 visits today)", "Visited 1 times" */
  p = t + (*t == '(');
  if (!g_str_has_prefix (p, "visited ") || !g_ascii_isdigit (p[8]))
    return FALSE;
  for (p += 8; g_ascii_isdigit (*p) || *p == ',' || *p == '.'; p++)
    ;
  if (!g_str_has_prefix (p, " time"))
    return FALSE;
  p += strlen (" time");
  p += *p == 's';
  if (g_str_has_prefix (p, ", "))
    {
      for (p += 2; g_ascii_isdigit (*p) || *p == ',' || *p == '.'; p++)
        ;
      if (!g_str_has_prefix (p, " visit"))
        return FALSE;
      p += strlen (" visit");
      p += *p == 's';
      if (!g_str_has_prefix (p, " today"))
        return FALSE;
      p += strlen (" today");
    }
  return *p == '\0' || (*p == ')' && p[1] == '\0');
}

/* "News: ePaper | Front Page | National | Sport | Classifieds", ">> News
 * - A story >> News - Another": a menu or a list of links, flattened into
 * one line: four separators or more between short items. */
gboolean
is_flat_menu (const char *s)
{
  static const char *separators[] = { " | ", " >> ", " » ", " · ", NULL };

  for (guint i = 0; separators[i]; i++)
    {
      guint parts = 1;

      for (const char *p = strstr (s, separators[i]); p; p = strstr (p + strlen (separators[i]), separators[i]))
        parts++;
      if (parts >= 5 && count_words (s) <= parts * 8)
        return TRUE;
    }
  return FALSE;
}

/* A line over another story's blurb in a list after this one: a date and
 * maybe a byline, no sentence ("Monday August 8, 2022 4:33 am PDT by"). */
static gboolean
is_teaser_date_line (const char *s)
{
  g_autofree char *date = NULL;

  if (count_words (s) > 12 || ends_sentence_mark (s))
    return FALSE;
  date = dossier_date_find (s, NULL, NULL);
  return date != NULL;
}

/* "Market Session Recaps - Asia Session by FOREX.com Wed, Jan 16 2008,
 * 06:54 GMT": a short line, a link in it, that ends on its date (a time
 * of day after it or not) after a headline, no sentence. */
static gboolean
is_dated_headline (const Block *b)
{
  g_autofree char *date = NULL, *head = NULL;
  gsize start = 0, end = 0;
  const char *tail;

  if (b->link_len == 0 || b->heading || count_words (b->str) > 25)
    return FALSE;
  date = dossier_date_find (b->str, &start, &end);
  if (date == NULL)
    return FALSE;
  head = g_strndup (b->str, start);
  if (count_words (head) < 3)
    return FALSE;
  tail = b->str + end;
  while (*tail == ' ' || *tail == ',')
    tail++;
  return *tail == '\0' || (count_words (tail) <= 3 && has_clock_time (tail));
}

/* Three or more such lines at the end under a label of their own
 * ("Latest Updated Reports"): the site's list of its latest stories, as
 * dated_teasers_start()'s blurbs under their date lines are. Returns the
 * label's index, or NONE. */
guint
dated_headlines_start (GPtrArray *kept)
{
  guint j = kept->len, n = 0;
  const Block *label;

  while (j >= 2 && is_dated_headline (g_ptr_array_index (kept, j - 1)))
    {
      j--;
      n++;
    }
  if (n < 3 || j < 2)
    return NONE;
  label = g_ptr_array_index (kept, j - 1);
  if (!label->heading && (count_words (label->str) > 6 || ends_sentence_mark (label->str)))
    return NONE;
  return j - 1;
}

/* "Popular Stories" over three or more blurbs each under its date line,
 * after the story: the index of the label, or NONE. A page whose text has
 * such date lines before (a live report's entries) keeps them.
 * @first_dated caches the first date line's index across calls (the
 * caller only ever shortens @kept): G_MAXUINT - 1 until it is known. A
 * list of teasers is short: no more than 50 are looked at. */
guint
dated_teasers_start (GPtrArray *kept,
                     guint     *first_dated)
{
  guint j = kept->len, dated = 0;
  Block *label;

  while (j >= 2 && dated < 50)
    {
      Block *line = g_ptr_array_index (kept, j - 2), *blurb = g_ptr_array_index (kept, j - 1);

      if (!is_teaser_date_line (line->str) || is_teaser_date_line (blurb->str) || count_words (blurb->str) > 100)
        break;
      j -= 2;
      dated++;
    }
  if (dated < 3 || j < 4)
    return NONE;
  label = g_ptr_array_index (kept, j - 1);
  if (!label->heading && (count_words (label->str) > 6 || ends_sentence_mark (label->str)))
    return NONE;
  if (*first_dated == G_MAXUINT - 1)
    {
      *first_dated = NONE;
      for (guint k = 0; k < kept->len; k++)
        if (is_teaser_date_line (((Block *) g_ptr_array_index (kept, k))->str))
          {
            *first_dated = k;
            break;
          }
    }
  if (*first_dated != NONE && *first_dated + 1 < j)
    return NONE;
  return j - 1;
}

/* "More on the league: https://example.com/league and
 * https://example.com/scores": web addresses with a few words around them,
 * the site pointing elsewhere. */
gboolean
is_address_line (const char *s)
{
  g_auto(GStrv) parts = g_strsplit_set (s, " \n", -1);
  guint addresses = 0, others = 0;

  for (guint i = 0; parts[i]; i++)
    {
      if (!parts[i][0])
        continue;
      if (strstr (parts[i], "://") || g_str_has_prefix (parts[i], "www."))
        addresses++;
      else
        others++;
    }
  return addresses > 0 && others <= 2 * addresses + 3;
}

/* "5,210 396Recovered", "1,97,666 Deaths": a cell of a box of figures,
 * a number and a word or two, no sentence. */
gboolean
is_figure_cell (const char *s)
{
  gsize n = strlen (s);
  guint digits = 0;
  const char *p = s;

  if (!g_ascii_isdigit (s[0]) || n >= 40 || s[n - 1] == '.' || count_words (s) > 4)
    return FALSE;
  /* "8. Erin Andrews", "3) Mix the flour": a list's number, not a figure. */
  while (g_ascii_isdigit (*p))
    p++;
  if ((*p == '.' || *p == ')') && (p[1] == ' ' || g_ascii_isalpha (p[1])))
    return FALSE;
  for (p = s; *p; p++)
    digits += g_ascii_isdigit (*p) != 0;
  return digits >= 3;
}

/* "Hi everyone! 👋", "Dear readers,": a newsletter's or a letter's
 * greeting, a line of its own before the first paragraph, opens it. */
gboolean
is_greeting (const Block *b,
             const char  *s)
{
  static const char *words[] = {
    "Hi", "Hello", "Hey", "Dear", "Greetings", "Howdy", "Good morning", "Good afternoon", "Good evening", NULL,
  };

  const char *end = s + strlen (s), *p;

  if (b->heading || b->list_item || b->link_len > 0 || count_words (s) > 5)
    return FALSE;
  /* It ends on "!" or ",", an emoji or two after it at most. */
  for (p = end; p > s; p = g_utf8_prev_char (p))
    {
      gunichar u = g_utf8_get_char (g_utf8_prev_char (p));

      if (u == '!' || u == ',' || g_unichar_isalnum (u))
        break;
    }
  if (p == s || (p[-1] != '!' && p[-1] != ','))
    return FALSE;
  return starts_with_any_word (s, words);
}

/* "Washington/ New Delhi:" in an element of its own before the first
 * paragraph: a dateline of a few capitalised words and a colon. Labels
 * with a colon ("Highlights:", "Editor's Note:") are none. */
gboolean
is_place_line (const Block *b,
               const char  *s)
{
  static const char *labels[] = {
    "note", "update", "updated", "updates", "highlights", "summary", "photo", "photos", "video", "videos",
    "watch", "read", "related", "correction", "corrections", "points", "takeaways", "advertisement", "source",
    "sources", "listen", "also", "more", "topics", "tags", "share", "contents", "glance", "brief", "story",
    "transcript", "disclaimer", "disclosure", "warning", "alert", "live", "breaking", "exclusive", "opinion",
    "analysis", "review", "by", "news", "facts", "check", "picture", "happened", "background", "context",
    "matters", "line", "takeaway", "recap", "details", "intro", "introduction", "overview", "quote", "quotes",
    "statement", "timeline", "explainer", "interview", "podcast", "newsletter", NULL,
  };
  gsize n = strlen (s);
  guint words = 0;
  const char *last = NULL;
  gboolean start = TRUE;

  if (b->heading || b->list_item || b->link_len > 0)
    return FALSE;
  while (n > 0 && s[n - 1] == ' ')
    n--;
  if (n < 3 || s[n - 1] != ':' || n > 60)
    return FALSE;
  for (const char *p = s; p < s + n - 1; p = g_utf8_next_char (p))
    {
      gunichar u = g_utf8_get_char (p);

      if (u == ' ' || u == '/')
        {
          start = TRUE;
          continue;
        }
      if (start)
        {
          if (!g_unichar_isupper (u))
            return FALSE;
          words++;
          last = p;
          start = FALSE;
        }
      else if (!g_unichar_isalpha (u) && u != '.' && u != '-' && u != '\'' && u != 0x2019 && u != ',')
        return FALSE;
    }
  if (words == 0 || words > 5)
    return FALSE;
  for (guint i = 0; labels[i]; i++)
    if (g_ascii_strncasecmp (last, labels[i], strlen (labels[i])) == 0 &&
        (gsize) (s + n - 1 - last) == strlen (labels[i]))
      return FALSE;
  /* "By Jo Hale:", "Dear Editor:", "Editor's Note:" */
  {
    static const char *openers[] = { "By", "Dear", "Hi", "Hello", "Hey", "Editor", "Editors", "Editor's", NULL };

    return !starts_with_any_word (s, openers);
  }
}

gboolean
is_prose (const Block *b,
          const char  *s)
{
  guint words = count_words (s);

  /* Some pages set the lede in a heading element; a standfirst is shorter. */
  if (b->heading)
    return words >= 20 && is_terminal (s);
  return (words >= 4 && is_terminal (s) && g_unichar_isupper (g_utf8_get_char (s))) || words >= 12;
}

/* "6:22 PM", "12:00am", "9.30pm": a time of day. */
gboolean
has_clock_time (const char *s)
{
  for (const char *p = s; *p; p++)
    {
      const char *q = p;

      if (!g_ascii_isdigit (*p) || (p > s && g_ascii_isdigit (p[-1])))
        continue;
      while (g_ascii_isdigit (*q) && q - p < 3)
        q++;
      if (q - p > 2)
        continue;
      if (*q == ':' && g_ascii_isdigit (q[1]) && g_ascii_isdigit (q[2]) && !g_ascii_isdigit (q[3]))
        return TRUE;
      if (*q == ' ')
        q++;
      if ((g_ascii_tolower (*q) == 'a' || g_ascii_tolower (*q) == 'p') &&
          (g_ascii_tolower (q[1]) == 'm' || (q[1] == '.' && g_ascii_tolower (q[2]) == 'm')) &&
          !g_ascii_isalpha (q[q[1] == '.' ? 3 : 2]))
        return TRUE;
    }
  return FALSE;
}

/* "Posted by: Ann, Leith on 4:10pm Tue 8 Jan 08" over a reader's
 * comment, "… Posted by Ann on January 10, 2008 4:12 PM Report this
 * comment" or "Quote | Report this post" under one: the signature a
 * thread of readers' comments gives each of them. Returns 1 for one that
 * heads its comment (a line of its own: the comment follows it), 2 for
 * one that closes it (the comment is the block it ends, or the one
 * before), 0 for none. One such line alone is a post's own footer ("Posted
 * by Ann at 10:15 AM"): the caller asks for two. */
guint
comment_signature (const char *s)
{
  static const char *reports[] = {
    "report this comment", "report this post", "report comment", "report abuse", NULL,
  };
  gsize n = strlen (s);
  const char *by = NULL;
  g_autofree char *date = NULL;

  while (n > 0 && (s[n - 1] == ' ' || s[n - 1] == '.' || s[n - 1] == '|' || s[n - 1] == ']'))
    n--;
  if (starts_with_word (s, "Posted by") && count_words (s) <= 20)
    {
      date = dossier_date_find (s, NULL, NULL);
      return date || has_clock_time (s) ? 1 : 0;
    }
  for (guint i = 0; reports[i]; i++)
    {
      gsize r = strlen (reports[i]);

      if (n >= r && g_ascii_strncasecmp (s + n - r, reports[i], r) == 0 && (n == r || !g_ascii_isalpha (s[n - r - 1])))
        return 2;
    }
  /* "… by Easter. Posted by Graham on January 10, 2008 6:03 PM": the
   * signature glued to the end of the comment's text. */
  for (const char *p = strstr (s, " Posted by "); p; p = strstr (p + 1, " Posted by "))
    by = p;
  if (by && count_words (by) <= 16)
    {
      date = dossier_date_find (by, NULL, NULL);
      if (date || has_clock_time (by))
        return 2;
    }
  return 0;
}

/* "(File Photo. …)", "File photo of a trading floor. (Reuters)": how a
 * picture's caption opens. */
gboolean
opens_caption (const char *s)
{
  static const char *files[] = {
    "File photo", "File picture", "File image", "File photograph", "Archive photo", "Archive picture", NULL,
  };

  if (*s == '(' || *s == '[')
    s++;
  return starts_with_any_word (s, files);
}

/* "… in a one-day international. (AFP)", "… on Monday. (Reuters)": a
 * caption ends with its picture's source, a wire or an agency, in
 * brackets. (The story's own lines end on a sentence.) */
gboolean
ends_with_agency (const char *s)
{
  static const char *agencies[] = {
    "AFP", "AP", "Reuters", "AP Photo", "Getty Images", "Getty", "EPA", "PA", "Xinhua", "dpa", "Bloomberg",
    "AFP Photo", "Reuters Photo", "AAP", "ANSA", "EFE", NULL,
  };
  gsize n = strlen (s);
  const char *open;

  while (n > 0 && (s[n - 1] == ' ' || s[n - 1] == '.'))
    n--;
  if (n < 4 || s[n - 1] != ')')
    return FALSE;
  for (open = s + n - 1; open > s && *open != '('; open--)
    ;
  if (*open != '(' || open == s)
    return FALSE;
  for (guint i = 0; agencies[i]; i++)
    {
      gsize k = strlen (agencies[i]);

      if ((gsize) (s + n - 1 - (open + 1)) >= k && strncmp (open + 1, agencies[i], k) == 0 &&
          (open[1 + k] == ')' || open[1 + k] == '/' || open[1 + k] == ' '))
        return TRUE;
    }
  return FALSE;
}
