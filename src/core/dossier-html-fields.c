/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "dossier-html"

#include "config.h"

#include <string.h>

#include "dossier-date.h"
#include "dossier-html-extract-private.h"
#include "dossier-page.h"

/*
 * The fields around the article: its title node on the page, the byline
 * and the dates near the headline, in the masthead, the address and the
 * copyright line, and the lines at the top of the body that say them.
 */

/* "<td><img …><br><div>Ana Ruiz celebrates her goal.</div></td>": the
 * line right after a picture, the two alone in a box of their own (a table
 * cell, a <center>, a <div>), is the picture's caption. A story's first
 * paragraph under its lead picture shares its box with the rest of the
 * story. At most 40 nodes before the line are looked at. */
static gboolean
follows_picture (Ctx         *c,
                 const Block *b)
{
  guint k = b->first_node, steps = 0;

  while (k > 0 && steps++ < 40)
    {
      Node *x = NODE (c, --k);

      if (x->end >= b->first_node)
        continue;  /* an element around the line */
      if (x->flags & F_TEXT)
        return FALSE;
      if (x->node->type == XML_ELEMENT_NODE && dossier_html_is_tag (x->node, "img"))
        {
          guint box = x->parent;

          /* A picture floated beside the text ("<p><img align=right>Ana
           * Ruiz says …") is in the paragraph's flow. */
          if (attr_is (x->node, "align", "right") || attr_is (x->node, "align", "left"))
            return FALSE;
          while (box != NONE && NODE (c, box)->end < b->first_node)
            box = NODE (c, box)->parent;
          return box != NONE && NODE (c, box)->kind != K_BODY && NODE (c, box)->kind != K_P &&
                 NODE (c, box)->text_len <= b->text_len + 40;
        }
    }
  return FALSE;
}

/* "29.11.2022 – Mehrfach und vehement hatte die Branche …": a story that
 * opens with its day and a dash, as a wire's dateline does with a place.
 * Returns the day, or %NULL. */
char *
lead_dash_date (const char *s)
{
  static const char *const dashes[] = { "– ", "— ", "- ", "-- " };
  gsize ms = 0, me = 0;
  g_autofree char *date = dossier_date_find (s, &ms, &me);
  const char *p;

  if (date == NULL || ms != 0 || me > 40)
    return NULL;
  for (p = s + me; *p == ' ' || *p == '\t'; p++)
    ;
  if (p == s + me)
    return NULL;
  for (guint k = 0; k < G_N_ELEMENTS (dashes); k++)
    if (g_str_has_prefix (p, dashes[k]))
      return g_steal_pointer (&date);
  return NULL;
}

/* "December 6, 2016 6:22 PM EST The council voted …": a date line with a
 * time of day run together with the story's first sentence (a <br> apart):
 * the bytes of the date line and the spaces after it, or 0. */
gsize
lead_date_line_len (const char *s)
{
  gsize ms = 0, me = 0;
  g_autofree char *date = NULL;
  const char *p, *rest;
  const char *from = s;
  gboolean clock = FALSE, labelled = FALSE;

  /* "Updated: December 9, 2024", glued to the story's first words when a
   * picture stood between them: the label says it is the page's date line,
   * with or without a time. */
  for (guint i = 0; date_line_words[i]; i++)
    if (starts_with_word (s, date_line_words[i]))
      {
        from = s + strlen (date_line_words[i]);
        if (*from == ':')
          from++;
        while (*from == ' ')
          from++;
        if (starts_with_word (from, "on"))
          from += 2;
        while (*from == ' ')
          from++;
        labelled = TRUE;
        break;
      }
  date = dossier_date_find (from, &ms, &me);
  if (date == NULL || ms != 0)
    return 0;
  p = from + me;
  /* The date's own reading took its time and zone ("…T18:22:00-05:00"). */
  clock = strchr (date, 'T') != NULL;
  for (guint k = 0; k < 4; k++)
    {
      const char *q = p;

      while (*q == ' ' || *q == ',' || *q == '|' || *q == '-' || *q == '.')
        q++;
      if (g_str_has_prefix (q, "\xe2\x80\x94") || g_str_has_prefix (q, "\xe2\x80\x93") ||
          g_str_has_prefix (q, "\xc2\xb7"))
        q += g_str_has_prefix (q, "\xc2\xb7") ? 2 : 3;
      while (*q == ' ')
        q++;
      if (starts_with_word (q, "at"))
        {
          p = q + 2;
          continue;
        }
      if (g_ascii_isdigit (*q))
        {
          const char *t = q;

          while (g_ascii_isdigit (*t))
            t++;
          if (t - q > 2 || (*t != ':' && *t != '.') || !g_ascii_isdigit (t[1]) || !g_ascii_isdigit (t[2]))
            return 0;
          t += 3;
          if (*t == ' ')
            t++;
          if ((g_ascii_tolower (*t) == 'a' || g_ascii_tolower (*t) == 'p') &&
              (g_ascii_tolower (t[1]) == 'm' || (t[1] == '.' && g_ascii_tolower (t[2]) == 'm')))
            t += t[1] == '.' ? (t[3] == '.' ? 4 : 3) : 2;
          clock = TRUE;
          p = t;
          continue;
        }
      /* A time zone: "EST", "GMT", "UTC+1". */
      if (clock && g_ascii_isupper (q[0]) && g_ascii_isupper (q[1]) && g_ascii_isupper (q[2]) &&
          (q[3] == ' ' || q[3] == '+' || (g_ascii_isupper (q[3]) && q[4] == ' ')))
        {
          p = q + (q[3] == ' ' || q[3] == '+' ? 3 : 4);
          while (*p == '+' || g_ascii_isdigit (*p))
            p++;
          continue;
        }
      break;
    }
  if (!clock && !labelled)
    return 0;
  rest = p;
  while (*rest == ' ' || *rest == '|' || *rest == '-')
    rest++;
  if (!g_unichar_isupper (g_utf8_get_char (rest)) || count_words (rest) < 8 || !is_terminal (rest))
    return 0;
  return rest - s;
}

/* "Abstract:Merging large language models …": a paper's label that heads
 * the first paragraph of its abstract page, before a sentence of eight
 * words or more; the bytes of the label and the spaces after it, or 0.
 * ("TL;DR:" is no such label: answer keys keep it as often as not.) */
gsize
lead_label_len (const char *s)
{
  static const char *labels[] = {
    "Abstract:", "Zusammenfassung:", "Résumé :", "Résumé:", "Resumen:", "Riassunto:", NULL,
  };
  const char *rest = NULL;

  for (guint i = 0; labels[i] && rest == NULL; i++)
    if (g_str_has_prefix (s, labels[i]) &&
        (labels[i][strlen (labels[i]) - 1] == ':' || !g_ascii_isalnum (s[strlen (labels[i])])))
      rest = s + strlen (labels[i]);
  if (rest == NULL)
    return 0;
  while (*rest == ' ' || *rest == ':')
    rest++;
  if (!g_unichar_isupper (g_utf8_get_char (rest)) || count_words (rest) < 8)
    return 0;
  return rest - s;
}

/* "Looking for sales leads? Check out our database of …", "Check here
 * to see if …": a line that sends the reader to a link
 * (is_imperative_ask(), or "check here" as "click here"), after a
 * question to the reader of ten words at most. */
static gboolean
lead_ask (const char *s)
{
  const char *q = strstr (s, "? ");

  if (q && count_words (s) - count_words (q + 2) <= 10)
    s = q + 2;
  return is_imperative_ask (s) || (count_words (s) <= 30 && starts_with_word (s, "Check here"));
}

/* Whether kept[@i], prose by its length, is no first paragraph of the
 * story but what sits above it: a headline, deck or kicker with no full
 * stop ("After three seasons, Gale to focus on the Nationwide Series"), a
 * date line ("December 6, 2016 6:22 PM EST", "Ana Ruiz and Tom Brandt The
 * Courier Jan. 10, 2008 12:00 AM"), a picture's caption, the site's ask or
 * the author's bio. Only ever above a paragraph of prose. */
gboolean
is_lead_furniture (Ctx         *c,
                   GPtrArray   *kept,
                   guint        i,
                   const char  *byline)
{
  Block *b = g_ptr_array_index (kept, i);
  Block *next = NULL;
  const char *s = b->str;
  guint words = count_words (s);
  gunichar u;

  if (b->list_item || b->quote)
    return FALSE;
  /* The paragraph below, past short lines (a byline, a wire's name). */
  for (guint j = i + 1; j < kept->len && j <= i + 3 && next == NULL; j++)
    {
      Block *y = g_ptr_array_index (kept, j);

      if (is_prose (y, y->str))
        next = y;
      else if (y->list_item || count_words (y->str) > 12)
        return FALSE;
    }
  if (next == NULL || next->list_item || next->heading)
    return FALSE;
  u = g_utf8_get_char (next->str);
  /* A headline or a deck: no sentence, shorter than the paragraph below,
   * which starts a sentence (a lowercase word or a figure would go on with
   * the same sentence, cut by a line break). */
  if (words < 25 && !is_terminal (s) && !b->heading &&
      (g_unichar_isupper (u) || u == '"' || u == 0x201C || u == '\'') &&
      count_words (next->str) > words)
    return TRUE;
  /* A date line: a date, or a byline, with a time of day ("By Ana Ruiz -
   * Fri, 12/28/2007 - 6:41am."). */
  if (words <= 20 && has_clock_time (s))
    {
      g_autofree char *date = dossier_date_find (s, NULL, NULL);

      if (date || starts_with_word (s, "By"))
        return TRUE;
    }
  if (words <= 60 && (opens_caption (s) || ends_with_agency (s) || follows_picture (c, b)))
    return TRUE;
  /* "From Ana Ruiz, your guide to gardening. Free newsletter. Sign up
   * now!": the site's ask. */
  if (words <= 30 && is_reader_appeal (s))
    return TRUE;
  /* "Looking for sales leads? Check out our database of …", "Check here
   * to see if your garden centre carries it.": the site sending the
   * reader to its link, set above the story. (With no link, "Not sure
   * which service to use? Check out our breakdown of …" is the post's
   * own intro.) */
  if (b->link_len > 0 && lead_ask (s))
    return TRUE;
  return byline && words <= 60 && is_author_bio (s, byline, 60);
}

char *
normalize_for_compare (const char *s)
{
  g_autofree char *c = dossier_html_collapse_spaces (s);
  GString *out = g_string_new (NULL);

  for (const char *p = c; *p; p = g_utf8_next_char (p))
    {
      gunichar u = g_unichar_tolower (g_utf8_get_char (p));

      if (g_unichar_isalnum (u))
        g_string_append_unichar (out, u);
    }
  return g_string_free (out, FALSE);
}

/* "Best Camping Hammocks of 2026, Tested & Reviewed" around "Best
 * Camping Hammocks of 2026": @title is @headline, all its words, with
 * words for search engines glued on and no separator to cut at. */
gboolean
glued_around (const char *title,
              const char *headline)
{
  g_autofree char *kt = normalize_for_compare (title);
  g_autofree char *kh = normalize_for_compare (headline);

  return *kh && strlen (kh) < strlen (kt) && strstr (kt, kh) && dossier_html_word_share (headline, title, FALSE) >= 1.0;
}

gboolean
same_title (const char *a,
            const char *b)
{
  g_autofree char *x = NULL;
  g_autofree char *y = NULL;
  gsize nx = strlen (a), ny = strlen (b);

  /* Far apart in length: not the same headline, whatever the case. */
  if (nx * 2 < ny || ny * 2 < nx)
    return FALSE;
  x = normalize_for_compare (a);
  y = normalize_for_compare (b);
  nx = strlen (x);
  ny = strlen (y);

  if (nx == 0 || ny == 0)
    return FALSE;
  if (strcmp (x, y) == 0)
    return TRUE;
  /* One holds the other (a site suffix, a kicker) and most of it. */
  if (nx > ny)
    return strstr (x, y) != NULL && ny * 10 >= nx * 6;
  return strstr (y, x) != NULL && nx * 10 >= ny * 6;
}

void
set_if_unset (char       **field,
              const char  *value)
{
  if (*field == NULL && value != NULL && *value)
    *field = g_strdup (value);
}

/* What a byline says before the names, in the languages of the pages we
 * read; longest first. */
static const char *byline_labels[] = {
  "Veröffentlicht von", "Geschrieben von", "Eingestellt von", "Gespeichert von", "Submitted by", "Verfasst von",
  "Written by", "Reporting by",
  "Authored by", "Article by", "Recipe by", "Guide by", "Story by", "Words by", "Posted by", "Publié par",
  "Écrit par", "Publicado por", "Escrito por", "Autorin", "Author", "Autor", "Auteur",
  "Text", "By", "Von", "Par", "Por", NULL,
};

/* Words that lead to the date after a byline's names: "on", "am", a
 * weekday as German pages shorten it. */
static const char *date_lead_words[] = {
  "on", "am", "um", "le", "el", "the", "Mo", "Di", "Mi", "Do", "Fr", "Sa", "So", NULL,
};

/* "Veröffentlicht von Chris Jung", "AuthorAndreas Kalt" (two spans with no
 * space between), "Von: Anna Berg": past the label. */
static const char *
skip_byline_label (const char *p)
{
  for (guint i = 0; byline_labels[i]; i++)
    {
      gsize n = strlen (byline_labels[i]);
      const char *q = p + n;

      if (g_ascii_strncasecmp (p, byline_labels[i], n) != 0)
        continue;
      /* A word of its own, or glued to a capitalised name; "Bygone",
       * "Textile" and "Vonnegut" are not labels. */
      if (*q == ' ' || *q == ':' || *q == '\0' ||
          (g_unichar_isupper (g_utf8_get_char (q)) && g_unichar_islower (g_utf8_get_char (g_utf8_prev_char (q)))))
        {
          while (*q == ' ' || *q == ':')
            q++;
          return q;
        }
    }
  return p;
}

/* "01:33", "6:46", "07:25:00"; and a day in figures, "18/01/2008",
 * "1/14/08", "31.12.2007": a time stamp's parts, after a byline. */
static gboolean
is_clock_time (const char *w)
{
  guint parts = 1, digits = 0;
  char sep = 0;

  for (const char *p = w; *p; p++)
    {
      if (g_ascii_isdigit (*p))
        {
          if (++digits > 4)
            return FALSE;
          continue;
        }
      if ((*p != ':' && *p != '/' && *p != '.') || digits == 0 || (sep && *p != sep))
        return FALSE;
      sep = *p;
      digits = 0;
      parts++;
    }
  if (digits == 0 || sep == 0)
    return FALSE;
  /* A time has two or three parts; a day three. */
  return sep == ':' ? parts <= 3 : parts == 3;
}

/* What may follow the names and says when, not who: "… Writer 47 minutes
 * ago", "ANNE GEARAN – 3 days ago", "1 hour, 44 minutes ago", "Max Brenn
 * 01:33", "… 6:46 AM ET". Cut from the end of @v, with the separator
 * before it. */
static void
cut_time_tail (char *v)
{
  static const char *units[] = { "ago", "min", "mins", "minute", "minutes", "hr", "hrs", "hour", "hours", "day",
                                 "days", "week", "weeks", "month", "months", "and", "AM", "PM", "am", "pm", "a.m.",
                                 "p.m.", "ET", "EST", "EDT", "PT", "CET", "GMT", "UTC", "BST", "Uhr", NULL };
  static const char *day_words[] = { "Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun", "Monday", "Tuesday",
                                     "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "Jan", "Feb", "Mar",
                                     "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "January",
                                     "February", "March", "April", "June", "July", "August", "September", "October",
                                     "November", "December", NULL };
  g_auto(GStrv) words = g_strsplit (v, " ", -1);
  guint n = g_strv_length (words), keep = n;
  gboolean ago = n > 0 && g_str_equal (words[n - 1], "ago");
  gboolean clock = FALSE;

  while (keep > 0)
    {
      g_autofree char *w = g_strdup (words[keep - 1]);
      gsize l = strlen (w);

      if (l > 0 && w[l - 1] == ',')
        w[l - 1] = '\0';
      if (is_clock_time (w))
        clock = TRUE;
      /* Before a time of day, its day: "Fri Dec 28, 6:46 AM ET". */
      else if (clock && (g_strv_contains (day_words, w) || (strlen (w) <= 2 && strspn (w, "0123456789") == strlen (w))))
        ;
      else if (!(ago && *w && g_ascii_isdigit (*w) && strspn (w, "0123456789") == strlen (w)) &&
               !g_strv_contains (units, w))
        break;
      keep--;
    }
  if (keep == n || (!ago && !clock))
    return;
  if (keep == 0)
    {
      *v = '\0';
      return;
    }
  /* Back to the end of the names: separators go too. */
  {
    gsize at = 0;

    for (guint i = 0; i < keep; i++)
      at += strlen (words[i]) + 1;
    v[at > 0 ? at - 1 : 0] = '\0';
    g_strchomp (v);
    /* ASCII separators byte by byte; a dash is three bytes in UTF-8, and a
     * name's last character may end in one of its bytes ("こ"). */
    for (gboolean again = TRUE; again && *v;)
      {
        gsize l = strlen (v);

        again = FALSE;
        if (v[l - 1] == ',' || v[l - 1] == '-' || v[l - 1] == '|')
          {
            v[l - 1] = '\0';
            again = TRUE;
          }
        else if (g_str_has_suffix (v, "–") || g_str_has_suffix (v, "—"))
          {
            v[l - strlen ("–")] = '\0';
            again = TRUE;
          }
        g_strchomp (v);
      }
  }
}

/* "Joshua Stewart (jstewart@gatech.edu)", "Jan Hvizdak, postmaster@…":
 * an e-mail address beside a name goes; one alone stays, the only way the
 * page names its writer. */
static void
cut_addresses (char *v)
{
  g_auto(GStrv) words = g_strsplit (v, " ", -1);
  g_autoptr(GString) kept = g_string_new (NULL);
  gboolean cut = FALSE;

  for (guint i = 0; words[i]; i++)
    {
      const char *at = strchr (words[i], '@');

      if (at && at > words[i] && strchr (at, '.'))
        {
          cut = TRUE;
          continue;
        }
      if (*words[i] == '\0' || g_str_equal (words[i], "✉"))
        continue;
      if (kept->len)
        g_string_append_c (kept, ' ');
      g_string_append (kept, words[i]);
    }
  if (!cut)
    return;
  /* What stood around the address: "()", a comma. */
  while (kept->len && strchr (",;( ", kept->str[kept->len - 1]))
    g_string_truncate (kept, kept->len - 1);
  if (g_str_has_suffix (kept->str, "()"))
    g_string_truncate (kept, kept->len - 2);
  g_strchomp (kept->str);
  if (kept->len > 0 && g_utf8_strlen (kept->str, -1) >= 3)
    strcpy (v, kept->str);
}

/* "By clicking and subscribing you agree to our", "By 2022, the law calls
 * for …", "By the end of this program, you will": a sentence that opens
 * with the word, not names. Four words or more, led by a lower-case word
 * or a number, most of them lower-case. */
static gboolean
reads_as_sentence (const char *v)
{
  g_auto(GStrv) words = g_strsplit_set (v, " ,", -1);
  guint n = 0, lower = 0;
  gunichar first = g_utf8_get_char (v);

  if (!g_unichar_islower (first) && !g_unichar_isdigit (first))
    return FALSE;
  for (guint i = 0; words[i]; i++)
    {
      if (*words[i] == '\0')
        continue;
      n++;
      if (g_unichar_islower (g_utf8_get_char (words[i])) || g_unichar_isdigit (g_utf8_get_char (words[i])))
        lower++;
    }
  return n >= 4 && lower * 2 >= n;
}

char *
byline_names (const char *s)
{
  const char *p = skip_byline_label (s);
  g_autofree char *v = NULL;
  char *cut;
  gsize ms, me;

  while (*p == ' ' || *p == ':')
    p++;
  v = g_strdup (p);
  /* "16 December 2025 by Sam O'Brien", "Jul 11 Written By Paige Brunton":
   * a date first, then the label, then the names. */
  for (char *q = v; *q && q - v < 40; q++)
    if ((q == v || q[-1] == ' ') && g_ascii_strncasecmp (q, "by ", 3) == 0)
      {
        gboolean digit = FALSE;

        for (const char *d = v; d < q; d++)
          digit |= g_ascii_isdigit (*d);
        if (digit)
          memmove (v, q + 3, strlen (q + 3) + 1);
        break;
      }
  /* "Luke KimDecember 17, 2025": the name's element and the date's with
   * nothing between them; the date opens where a capital follows a
   * lower-case letter. */
  for (char *q = v; *q; q++)
    if (q > v && g_ascii_isupper (*q) && g_ascii_islower (q[-1]))
      {
        g_autofree char *iso = dossier_date_find (q, &ms, &me);

        if (iso && ms == 0)
          {
            *q = '\0';
            break;
          }
      }
  /* "Evan Symon, August 14, 2020 2:30 pm", "oz on December 4, 2006":
   * the date and what follows it go, and the words that led to it. */
  {
    g_autofree char *iso = dossier_date_find (v, &ms, &me);

    if (iso && ms > 0)
      {
        v[ms] = '\0';
        g_strchomp (v);
        /* "Evan Symon," "Sara Zinnecker Stand:" "Tomas Spahn Fr"
         * "oz on" "r23 »": what led to the date. */
        for (gboolean again = TRUE; again;)
          {
            char *last = strrchr (v, ' ');
            const char *w = last ? last + 1 : v;
            gsize n = strlen (v);
            gunichar u = n ? g_utf8_get_char (g_utf8_prev_char (v + n)) : 0;

            again = FALSE;
            if (last && (g_str_has_suffix (w, ":") || g_strv_contains (date_lead_words, w)))
              {
                *last = '\0';
                again = TRUE;
              }
            else if (n > 0 && !g_unichar_isalnum (u) && u != '.' && u != ')')
              {
                *g_utf8_prev_char (v + n) = '\0';
                again = TRUE;
              }
            g_strchomp (v);
          }
      }
  }
  /* "Chris Lee ⋅ Review Editor", "Ann Lee• 4 mins read", "Ann Lee, DVM.
   * Reviewed by …", "Ann Lee Last updated …": what follows the names. */
  {
    static const char *tails[] = {
      " | ", " - ", " — ", " · ", "•", " ⋅", ". Reviewed by", " Reviewed by", " Last updated", " Last Updated",
      " Corresponding author", " Published", " Updated", " Veröffentlicht", " Aktualisiert", " Publié", " Publicado",
      NULL,
    };
    char *first = NULL;

    /* The first of them: "Ryan McNeill Last Updated: 1/14/08 … | 105
     * times read" ends before "Last Updated", not before the bar. */
    for (guint i = 0; tails[i]; i++)
      if ((cut = strstr (v, tails[i])) && (first == NULL || cut < first))
        first = cut;
    if (first)
      *first = '\0';
  }
  /* "Ellie MarshPublished 12 January": two spans with no space between. */
  if ((cut = strstr (v, "Published")) || (cut = strstr (v, "Updated")))
    if (cut > v && g_ascii_islower (cut[-1]))
      *cut = '\0';
  g_strstrip (v);
  cut_time_tail (v);
  cut_addresses (v);
  /* "changingtimes » Sat": a forum's date after the name; "Home » Services
   * » …", a trail of links, names no one. */
  if ((cut = strstr (v, " »")))
    *cut = '\0';
  g_strstrip (v);
  if (g_ascii_strcasecmp (v, "Home") == 0 || g_ascii_strcasecmp (v, "Startseite") == 0 ||
      g_ascii_strcasecmp (v, "Accueil") == 0 || g_ascii_strcasecmp (v, "Inicio") == 0)
    return NULL;
  /* '"David Kim"' */
  if (*v == '"' && strlen (v) > 2 && v[strlen (v) - 1] == '"' && strchr (v + 1, '"') == v + strlen (v) - 1)
    {
      v[strlen (v) - 1] = '\0';
      memmove (v, v + 1, strlen (v));
    }
  if (reads_as_sentence (v) || !dossier_html_has_letter (v))
    return NULL;
  /* "Published March 3, 2024" in an element named "byline": no name;
   * nor a date alone ("Dec. 19, 2025"), nor a label with no name after it
   * ("Jun 2 Written By"). */
  if (starts_with_any_word (v, date_line_words) || starts_with_any_word (v, foreign_date_line_words) ||
      dossier_date_is_only_date (v, NULL) || g_str_has_suffix (v, " By") || g_str_has_suffix (v, " by"))
    return NULL;
  return *v ? g_steal_pointer (&v) : NULL;
}

/* "Ann Lee and Tom Park, The Valley Echo": the names, then the site's own
 * name after a comma (newspaper groups write their bylines so); the name
 * goes, and a byline that was only ", The Valley Echo" with it, so that
 * the byline found on the page stands. (After a space, "Ann Lee USA
 * TODAY", tried: a page lost in WCXB and one in Trafilatura.) */
void
cut_outlet_tail (char       **byline,
                 const char  *outlet)
{
  gsize nb, no;

  if (*byline == NULL || outlet == NULL || *outlet == '\0')
    return;
  nb = strlen (*byline);
  no = strlen (outlet);
  if (nb < no + 2 || (*byline)[nb - no - 2] != ',' || (*byline)[nb - no - 1] != ' ' ||
      g_ascii_strcasecmp (*byline + nb - no, outlet) != 0)
    return;
  (*byline)[nb - no - 2] = '\0';
  g_strstrip (*byline);
  if (**byline == '\0')
    g_clear_pointer (byline, g_free);
}

/* ---- metadata from the page around the article ------------------------- */

/* The article's own region: the <article> or <main> around the content,
 * else the content's parent. Bylines and times are looked for there; a date
 * in the masthead above it is the page's date. */
guint
find_scope (Ctx   *c,
            guint  top)
{
  for (guint a = top; a != NONE; a = NODE (c, a)->parent)
    if (NODE (c, a)->kind == K_ARTICLE || NODE (c, a)->kind == K_MAIN ||
        attr_is (NODE (c, a)->node, "role", "main"))
      return a;
  if (NODE (c, top)->parent != NONE && NODE (c, NODE (c, top)->parent)->kind != K_HTML)
    return NODE (c, top)->parent;
  return top;
}

gboolean
in_furniture (Ctx  *c,
              guint i,
              guint stop)
{
  /* Related lists, asides, footers and teaser links carry other stories'
   * dates and names. */
  for (guint a = i; a != NONE && a != stop; a = NODE (c, a)->parent)
    {
      Kind k = NODE (c, a)->kind;

      if (k == K_DROP || k == K_A || k == K_LI)
        return TRUE;
    }
  return FALSE;
}

/* in_furniture() below the element that holds the story (@story) too: an
 * element left out around all of the page (ASP.NET's <form>, a
 * <noscript> that the second reading kept) is no furniture for the
 * story's headline. */
gboolean
furniture_for_story (Ctx  *c,
                     guint i,
                     guint story)
{
  guint common = i;

  while (story != NONE && common != NONE && !contains (c, common, story))
    common = NODE (c, common)->parent;
  return in_furniture (c, i, story != NONE ? common : NONE);
}

/* in_furniture() less the links. */
static gboolean
in_list (Ctx  *c,
         guint i,
         guint stop)
{
  for (guint a = i; a != NONE && a != stop; a = NODE (c, a)->parent)
    if (NODE (c, a)->kind == K_DROP || NODE (c, a)->kind == K_LI)
      return TRUE;
  return FALSE;
}

/* "<ul class=additional-info><li><time> 31.03.2020 </time></li><li><a
 * href=/tags/corona>Corona</a></li>": an item of the article's own row of
 * details, holding its date and no link, where a teaser's item links to
 * its story. Lists left out of the story (asides, menus) are no such row. */
static gboolean
in_item_of_details (Ctx  *c,
                    guint i,
                    guint stop)
{
  for (guint a = i; a != NONE && a != stop; a = NODE (c, a)->parent)
    {
      if (NODE (c, a)->kind == K_DROP)
        return FALSE;
      if (NODE (c, a)->kind == K_LI)
        {
          for (guint j = a + 1; j <= NODE (c, a)->end; j++)
            if (NODE (c, j)->kind == K_A || NODE (c, j)->kind == K_LI)
              return FALSE;
          return !in_list (c, NODE (c, a)->parent, stop);
        }
    }
  return FALSE;
}

void
found_clear (Found *f)
{
  g_free (f->time_date);
  g_free (f->line_date);
  g_free (f->updated_date);
  g_free (f->near_date);
  g_free (f->label_date);
  g_free (f->byline);
  g_free (f->page_date);
  g_free (f->aside_date);
  g_free (f->copyright);
}

gboolean
named (const xmlNode *node,
       const char    *word)
{
  const char *cls = dossier_html_attr (node, "class");
  g_auto(GStrv) words = NULL;

  if (cls == NULL)
    return FALSE;
  words = g_strsplit_set (cls, " -_", -1);
  for (guint i = 0; words[i]; i++)
    if (g_ascii_strcasecmp (words[i], word) == 0)
      return TRUE;
  return FALSE;
}

/* The paragraph (<p>) around the element @i, below @stop, or %NONE. */
static guint
paragraph_of (Ctx  *c,
              guint i,
              guint stop)
{
  for (guint a = NODE (c, i)->parent; a != NONE && a != stop; a = NODE (c, a)->parent)
    if (NODE (c, a)->kind == K_P)
      return a;
  return NONE;
}

/* "… blickt sie am <strong>Mittwoch, 13.10.2021</strong> auf 50 Jahre
 * zurück": a date set apart inside a paragraph of prose is what the story
 * tells of, not its date line, unless it opens the paragraph as a
 * dateline does ("<span>31. Oktober 2023.</span> Dragqueens sind …"). */
static gboolean
in_prose (Ctx  *c,
          guint i,
          guint stop)
{
  guint a = paragraph_of (c, i, stop);

  if (a == NONE || NODE (c, a)->text_len <= 2 * NODE (c, i)->text_len + 40)
    return FALSE;
  for (guint j = a + 1; j < i; j++)
    if ((NODE (c, j)->flags & F_TEXT) && NODE (c, j)->text_len > 0)
      return TRUE;
  return FALSE;
}

/* "… could reach $1.2 billion <span>by 2032, reflecting …</span>": the
 * element @i goes on a sentence of its paragraph that the text before it
 * left open; "… wieder lebendig. <i>Von Eva Kirchner</i>" is set apart. */
static gboolean
mid_sentence (Ctx  *c,
              guint i,
              guint stop)
{
  guint a = paragraph_of (c, i, stop);

  for (guint j = i - 1; a != NONE && j > a; j--)
    if ((NODE (c, j)->flags & F_TEXT) && NODE (c, j)->text_len > 0)
      {
        const char *s = (const char *) NODE (c, j)->node->content;
        const char *e = s + strlen (s);

        while (e > s && g_ascii_isspace (e[-1]))
          e--;
        if (e == s)
          continue;
        return g_ascii_isalnum (e[-1]) || e[-1] == ',';
      }
  return FALSE;
}

/* "Von Anna Berg", "Von: Anna Berg", "Par Jean Roux", "Por Ana Ruiz": a
 * byline in German, French or Spanish; "Von der Leyen sagt" is not one. */
static gboolean
opens_foreign_byline (const char *s)
{
  const char *p;

  if (!starts_with_word (s, "Von") && !starts_with_word (s, "Par") && !starts_with_word (s, "Por"))
    return FALSE;
  p = s + 3;
  while (*p == ' ' || *p == ':')
    p++;
  return p > s + 3 && g_unichar_isupper (g_utf8_get_char (p));
}

/* Whether the short element @i may be a byline or a date line: it opens
 * with one of their words or holds a year. A cheap look at its raw text
 * spares building the text of every small element of the page. */
static gboolean
may_be_meta_line (Ctx  *c,
                  guint i)
{
  /* A date alone is short; a "Published …" or "By …" line a little longer. */
  gboolean short_enough = NODE (c, i)->text_len <= 60;

  gboolean first = TRUE;

  for (guint j = i + 1; j <= NODE (c, i)->end; j++)
    {
      const char *s;

      if (!(NODE (c, j)->flags & F_TEXT))
        continue;
      s = (const char *) NODE (c, j)->node->content;
      if (first)
        {
          while (*s == ' ' || *s == '\n' || *s == '\t' || *s == '\r')
            s++;
          if (starts_with_word (s, "Published") || starts_with_word (s, "Updated") || starts_with_word (s, "Posted") ||
              starts_with_word (s, "First published") || starts_with_word (s, "By") || opens_foreign_byline (s))
            return TRUE;
          first = FALSE;
        }
      if (!short_enough)
        return FALSE;
      for (const char *p = s; p[0]; p++)
        if (g_ascii_isdigit (p[0]) && g_ascii_isdigit (p[1]) && g_ascii_isdigit (p[2]) && g_ascii_isdigit (p[3]))
          return TRUE;
    }
  return FALSE;
}

/* "<blockquote class=instagram-media>… on <time datetime=…>": a post
 * embedded in the story carries its own date, not the story's. */
gboolean
in_embed (Ctx  *c,
          guint i,
          guint stop)
{
  for (guint a = NODE (c, i)->parent; a != NONE && a != stop; a = NODE (c, a)->parent)
    if (NODE (c, a)->kind == K_BLOCKQUOTE)
      return TRUE;
  return FALSE;
}

/* A visible "Published …", "Posted …" or "Updated …" line @t: an update's
 * date is the story's only when nothing says when it was published, and
 * "Updated 3 May 2024, first published 1 May 2024" says it. */
static void
take_line_date (Found      *f,
                const char *t)
{
  if (starts_with_word (t, "Updated") || starts_with_word (t, "Last updated"))
    {
      const char *pub = NULL;

      for (const char *p = t + 1; *p && pub == NULL; p++)
        if ((g_ascii_strncasecmp (p, "published", 9) == 0 || g_ascii_strncasecmp (p, "posted", 6) == 0) &&
            !g_ascii_isalpha (p[-1]))
          pub = p;
      if (pub && f->line_date == NULL)
        f->line_date = dossier_date_find (pub, NULL, NULL);
      if (f->line_date == NULL && f->updated_date == NULL)
        f->updated_date = dossier_date_find (t, NULL, NULL);
      return;
    }
  if (f->line_date == NULL)
    f->line_date = dossier_date_find (t, NULL, NULL);
}

/* Whether the first text before @i is the end of an <h1> of three words
 * or more that is no link to the site's home: "<h1>How Robot Vacuums Find
 * Their Way</h1><h5>2024-11-06</h5>" is the story's date line, under its
 * headline, even where the title was found further down (a section
 * heading that repeats the og:title). */
static gboolean
just_under_h1 (Ctx   *c,
               guint  i)
{
  for (guint j = i; j-- > 0 && j + 40 > i;)
    {
      Node *y = NODE (c, j);

      if (!(y->flags & F_TEXT) || y->text_len == 0)
        continue;
      for (guint a = y->parent; a != NONE && a != G_MAXUINT; a = NODE (c, a)->parent)
        if (NODE (c, a)->kind == K_H1)
          {
            g_autofree char *t = NODE (c, a)->end < i ? node_text (c, a) : NULL;

            return t && count_words (t) >= 3 && !links_home (c, a);
          }
      return FALSE;
    }
  return FALSE;
}

/* Whether the node @j is in the readers' comments: an element named
 * "comment" or "comments", it or above it, but for a comment of the
 * post's own author (WordPress names it "bypostauthor"). */
static gboolean
in_comments (Ctx  *c,
             guint j)
{
  gboolean comments = FALSE;

  for (guint a = j; a != NONE; a = NODE (c, a)->parent)
    if (NODE (c, a)->node->type == XML_ELEMENT_NODE)
      {
        if (named (NODE (c, a)->node, "bypostauthor"))
          return FALSE;
        comments |= named (NODE (c, a)->node, "comment") || named (NODE (c, a)->node, "comments");
      }
  return comments;
}

/* Whether the node @j says a date: a <time>, or an element named "date"
 * with no <time> in it. */
static gboolean
is_dated_element (Ctx  *c,
                  guint j)
{
  Node *y = NODE (c, j);

  if (y->kind == K_TIME)
    return TRUE;
  if (y->node->type != XML_ELEMENT_NODE || !named (y->node, "date"))
    return FALSE;
  for (guint k = j + 1; k <= y->end; k++)
    if (NODE (c, k)->kind == K_TIME)
      return FALSE;
  return TRUE;
}

/* "<article>…<aside class=meta><div class=meta__row--posted><time
 * datetime=2022-01-21>", "<aside role=complementary><p
 * class=ForefrontArticle_date__0aODL>May 25, 2023</p>": the article's own
 * box of details, set aside, when the date element @i is the aside's only
 * one and stands in no link or list item (a related story's). Returns the
 * <aside> inside @scope, or NONE. Each aside's dates are counted once (a
 * sidebar of many dated items is not walked again for each of them). */
static guint
aside_of_date (Ctx   *c,
               guint  i,
               guint  scope,
               Found *f)
{
  guint aside = NONE, dates = 0;

  for (guint a = NODE (c, i)->parent; a != NONE && a != scope; a = NODE (c, a)->parent)
    {
      Node *y = NODE (c, a);

      if (y->kind == K_A || y->kind == K_LI || (y->kind == K_DROP && !dossier_html_is_tag (y->node, "aside")))
        return NONE;
      if (y->kind == K_DROP)
        aside = a;
    }
  if (aside == NONE || scope == NONE || !contains (c, scope, aside) || f->aside_tried == aside + 1)
    return NONE;
  f->aside_tried = aside + 1;
  for (guint j = aside; j <= NODE (c, aside)->end; j++)
    dates += is_dated_element (c, j);
  return dates == 1 ? aside : NONE;
}

void
scan_scope (Ctx   *c,
            guint  scope,
            guint  content_end,
            guint  title_node,
            Found *f)
{
  guint end = MIN (NODE (c, scope)->end, content_end);

  for (guint i = scope; i <= end; i++)
    {
      Node *x = NODE (c, i);
      xmlNode *node = x->node;

      if ((x->flags & F_TEXT) && f->line_date == NULL && x->text_len < 100)
        {
          /* "Posted on 12 November 2022<br>" on pages without elements
           * around their lines. */
          const char *t = (const char *) node->content;

          while (*t == ' ' || *t == '\n' || *t == '\t' || *t == '\r')
            t++;
          if (starts_with_any_word (t, date_line_words))
            take_line_date (f, t);
          continue;
        }
      if (node->type != XML_ELEMENT_NODE)
        continue;
      if (x->kind == K_RAW)
        {
          i = x->end;
          continue;
        }
      /* A blog's date is often its permalink, "<a rel=bookmark><time
       * datetime=…>": a link around a time is no teaser's by itself. The
       * hAtom "published" class names the date in its title. */
      if (f->time_date == NULL && !in_list (c, i, scope))
        {
          const char *v = NULL;

          if (attr_is (node, "itemprop", "datePublished") && dossier_html_in_review (node))
            ;
          else if (attr_is (node, "itemprop", "datePublished"))
            v = dossier_html_attr (node, "datetime") ? dossier_html_attr (node, "datetime")
                : dossier_html_attr (node, "content") ? dossier_html_attr (node, "content")
                : dossier_html_attr (node, "title");
          else if (x->kind == K_TIME && in_embed (c, i, scope))
            ;
          /* "<time class=updated itemprop=dateModified>" before "<time
           * class="entry-date published">": the update is no publication
           * date, only a last resort. */
          else if (x->kind == K_TIME && dossier_html_attr (node, "datetime") &&
                   (attr_is (node, "itemprop", "dateModified") ||
                    ((named (node, "updated") || named (node, "modified")) && !named (node, "published"))))
            {
              if (f->updated_date == NULL)
                f->updated_date = dossier_date_find (dossier_html_attr (node, "datetime"), NULL, NULL);
            }
          else if (x->kind == K_TIME)
            v = dossier_html_attr (node, "datetime");
          else if (named (node, "published") && dossier_html_attr (node, "title"))
            v = dossier_html_attr (node, "title");
          /* "<span class=updated title=2013-04-04T18:52:11+00:00>": the
           * hAtom entry's last change, the post's day when nothing else
           * says it. */
          else if (named (node, "updated") && dossier_html_attr (node, "title") && f->updated_date == NULL)
            f->updated_date = dossier_date_find (dossier_html_attr (node, "title"), NULL, NULL);
          if (v)
            f->time_date = dossier_date_find (v, NULL, NULL);
        }
      else if (f->aside_date == NULL &&
               ((x->kind == K_TIME && dossier_html_attr (node, "datetime")) ||
                (x->kind != K_TIME && x->text_len > 0 && x->text_len < 40 && is_dated_element (c, i))) &&
               aside_of_date (c, i, scope, f) != NONE)
        {
          if (x->kind == K_TIME)
            f->aside_date = dossier_date_find (dossier_html_attr (node, "datetime"), NULL, NULL);
          else
            {
              g_autofree char *t = node_text (c, i);

              if (t)
                dossier_date_is_only_date (g_strstrip (t), &f->aside_date);
            }
        }

      if (in_furniture (c, i, scope))
        continue;

      /* Not a reader's name in the comments ("<span class=comment-author>"). */
      if (f->byline == NULL && x->text_len > 0 && x->text_len < 120 &&
          (attr_is (node, "rel", "author") || attr_is (node, "itemprop", "author") || named (node, "byline") ||
           named (node, "author")) && !in_comments (c, i))
        {
          g_autofree char *t = node_text (c, i);
          g_autofree char *names = t ? byline_names (t) : NULL;

          if (names && count_words (names) <= 12)
            {
              f->byline = g_steal_pointer (&names);
              /* "von r23 » 21.01.2009, 05:42", a forum's first post: the
               * author's line dates the post. */
              if (f->line_date == NULL && count_words (t) <= 12)
                f->line_date = dossier_date_find (t, NULL, NULL);
            }
        }

      if (x->text_len > 0 && x->text_len < 120 && may_be_meta_line (c, i) && !has_block_children (c, i))
        {
          g_autofree char *t = node_text (c, i);

          if (t == NULL)
            continue;
          if (f->line_date == NULL && starts_with_any_word (t, date_line_words))
            take_line_date (f, t);
          /* Not a phrase set apart in a paragraph's sentence ("… could
           * reach $1.2 billion <span>by 2032, reflecting …</span>"). */
          /* Not the headline: "Von Sprachregeln, Gender-Politik und
           * «ganz normalem Deutsch»" ("Of rules of language …"). */
          if (f->byline == NULL && (starts_with_word (t, "By") || opens_foreign_byline (t)) && count_words (t) <= 14 &&
              !mid_sentence (c, i, scope) && x->kind != K_H1 &&
              (title_node == NONE || (i != title_node && !contains (c, title_node, i))))
            f->byline = byline_names (t);
          /* A date alone under the headline is the story's; above it, in
           * the masthead, it is the page's. */
          if (count_words (t) <= 8)
            {
              g_autofree char *iso = NULL;

              if (!in_prose (c, i, scope) && !in_embed (c, i, scope) && dossier_date_is_only_date (t, &iso))
                {
                  if (title_node != NONE && i < title_node && !contains (c, i, title_node) &&
                      !just_under_h1 (c, i))
                    {
                      if (f->page_date == NULL)
                        f->page_date = g_steal_pointer (&iso);
                    }
                  else if (f->line_date == NULL && f->updated_date == NULL)
                    f->line_date = g_steal_pointer (&iso);
                }
            }
        }
    }
}

/* Whether the text node @i is in an <h2> … <h6>, within two levels. */
static gboolean
in_subheading (Ctx  *c,
               guint i)
{
  guint a = NODE (c, i)->parent;

  for (guint k = 0; k < 2 && a != NONE; k++, a = NODE (c, a)->parent)
    if (heading_level (NODE (c, a)->kind) > 1)
      return TRUE;
  return FALSE;
}

/* The address of the link whose text the text node @j is, within three
 * levels ("<a href=…><time>…</time></a>"), or NULL. */
static const char *
link_href (Ctx  *c,
           guint j)
{
  guint a = NODE (c, j)->parent;

  for (guint k = 0; k < 3 && a != NONE; k++, a = NODE (c, a)->parent)
    if (NODE (c, a)->kind == K_A)
      return dossier_html_attr (NODE (c, a)->node, "href");
  return NULL;
}

/* Whether the text node @j is the text of a link, within three levels,
 * to the archive of the day @iso ("/2025/07/27/", "/time/2020-10-13",
 * "?date=2020-10-13"). */
static gboolean
in_day_link (Ctx        *c,
             guint       j,
             const char *iso)
{
  const char *href;
  g_autofree char *day = NULL;

  if (iso == NULL || strlen (iso) < 10 || (href = link_href (c, j)) == NULL)
    return FALSE;
  day = g_strdup_printf ("/%.4s/%.2s/%.2s", iso, iso + 5, iso + 8);
  if (strstr (href, day) != NULL)
    return TRUE;
  for (const char *p = href; (p = strchr (p, iso[0])) != NULL; p++)
    if (p > href && (p[-1] == '/' || p[-1] == '=') && strncmp (p, iso, 10) == 0 && !g_ascii_isdigit (p[10]))
      return TRUE;
  return FALSE;
}

static gsize published_label_len (const char *t);

/* Whether the text just before the text node @j (within a few nodes) is a
 * label alone that says the publication's day follows ("<li><span
 * class=sr-only>Erscheinungsdatum</span> <a><time>21. Januar
 * 2022</time></a></li>", a forum's or a shop's row of details under the
 * headline). */
static gboolean
after_published_label (Ctx   *c,
                       guint  j)
{
  for (guint k = j; k-- > 0 && k + 8 > j;)
    {
      Node *y = NODE (c, k);
      const char *t;
      gsize n;

      if (!(y->flags & F_TEXT) || y->text_len == 0)
        continue;
      t = (const char *) y->node->content;
      while (*t == ' ' || *t == '\n' || *t == '\t' || *t == '\r')
        t++;
      if ((n = published_label_len (t)) == 0)
        return FALSE;
      for (t += n; *t == ' ' || *t == ':' || *t == '\n' || *t == '\t' || *t == '\r'; t++)
        ;
      return *t == '\0';
    }
  return FALSE;
}

/* in_furniture() less a short <footer> or <aside> of the article's own
 * details above its body: "<article><footer class=node__meta>By <a>Ann
 * Lee</a> March 30, 2023 | …</footer><div class=content><p>…": a CMS's
 * template (Drupal's "submitted" line) that names the byline's box so;
 * "<article><aside><time>June 6, 2021</time></aside><h2>…": a blog's
 * date set beside the headline. The story's text follows it in the
 * <article>: it is not the page's footer or sidebar. Links count as
 * furniture when @links. */
static gboolean
in_furniture_above_story (Ctx      *c,
                          guint     i,
                          gboolean  links)
{
  for (guint a = i; a != NONE; a = NODE (c, a)->parent)
    {
      Kind k = NODE (c, a)->kind;

      if (k == K_DROP && (dossier_html_is_tag (NODE (c, a)->node, "footer") ||
                          dossier_html_is_tag (NODE (c, a)->node, "aside")) && NODE (c, a)->text_len <= 200)
        {
          guint b;
          gsize after = 0;

          for (b = NODE (c, a)->parent; b != NONE && NODE (c, b)->kind != K_ARTICLE; b = NODE (c, b)->parent)
            ;
          for (guint j = NODE (c, a)->end + 1; b != NONE && j <= NODE (c, b)->end && after < 500; j++)
            if (NODE (c, j)->flags & F_TEXT)
              after += NODE (c, j)->text_len;
          if (after >= 500)
            continue;
        }
      if (k == K_DROP || (k == K_A && links) || k == K_LI)
        return TRUE;
    }
  return FALSE;
}

/* Whether @t gives a span of clock times ("13:15 Uhr - 19:00 Uhr",
 * "7:00 pm – 9:30 pm", "10:00–12:00"): an event's hours, so its date is
 * the event's day, not the page's. */
static gboolean
has_time_span (const char *t)
{
  for (const char *p = t; *p; p++)
    {
      const char *q;
      gboolean dash = FALSE;

      if (!(g_ascii_isdigit (p[0]) && p[1] == ':' && g_ascii_isdigit (p[2]) && g_ascii_isdigit (p[3])) &&
          !(g_ascii_isdigit (p[0]) && g_ascii_isdigit (p[1]) && p[2] == ':' && g_ascii_isdigit (p[3]) &&
            g_ascii_isdigit (p[4])))
        continue;
      q = strchr (p, ':') + 3;
      for (guint n = 0; *q && n < 16 && !g_ascii_isdigit (*q); n++, q++)
        if (*q == '-' || g_str_has_prefix (q, "\u2013") || g_str_has_prefix (q, "\u2014"))
          dash = TRUE;
      if (dash && g_ascii_isdigit (q[0]) &&
          (q[1] == ':' || (g_ascii_isdigit (q[1]) && q[2] == ':')))
        return TRUE;
      p = q - 1;
    }
  return FALSE;
}

/* Labels of the day something is due, in the languages of the sets. */
static const char *deadline_labels[] = {
  "Deadline", "Closing date", "Apply by", "Anmeldeschluss", "Einsendeschluss", "Bewerbungsschluss", "Meldeschluss",
  "Date limite", "Fecha límite", "Fecha limite", "Scadenza", NULL,
};

/* Labels of an update's day, in the languages of the sets. */
static const char *update_labels[] = {
  "Updated", "Last updated", "Article updated", "Aktualisiert", "Zuletzt aktualisiert", "Mis à jour",
  "Article mis à jour", "Dernière mise à jour", "Actualizado", "Última actualización", "Aggiornato",
  "Ultimo aggiornamento", NULL,
};

/* "<div class=date-outer><h2 class=date-header>Samstag, 5. Oktober
 * 2013</h2><div class=date-posts>…<h3 class=post-title>", as Blogger
 * sets a post: whether the node @j opens the post's own wrapper, the
 * smallest element that holds it and the headline @title_node holding no
 * other text before the headline (no masthead, menu or logo's name). */
static gboolean
opens_post_wrapper (Ctx   *c,
                    guint  j,
                    guint  title_node)
{
  guint a = NODE (c, j)->parent;
  guint other = 0, levels = 0;

  if (title_node == NONE || j >= title_node || title_node - j > 300)
    return FALSE;
  /* A few levels up, a few hundred nodes on: a wrapper's, not a page's. */
  while (a != NONE && !contains (c, a, title_node) && ++levels < 8)
    a = NODE (c, a)->parent;
  if (a == NONE || !contains (c, a, title_node) || NODE (c, a)->kind == K_BODY || NODE (c, a)->kind == K_HTML)
    return FALSE;
  for (guint k = a + 1; k < title_node && other <= 3; k++)
    if ((NODE (c, k)->flags & F_TEXT) && !contains (c, j, k))
      other += NODE (c, k)->text_len;
  return other <= 3;
}

/* "Von: Anna Berg | 31.10.23", "Pressemitteilung vom 20.01.2022": the
 * short lines between the headline and the story's first paragraph carry
 * its date in any language; so does a date alone just above the headline
 * ("<div class=meta-date>19.11.2021</div><h1>"), nothing between them,
 * in the article's region (above it, it is the masthead's). A last resort,
 * after the metadata, <time> and "Published" lines. */
void
scan_near_title (Ctx   *c,
                 guint  scope,
                 guint  title_node,
                 guint  story,
                 Found *f)
{
  guint lines = 0;

  if (title_node == NONE)
    return;
  /* "<h1>Zuschauerrückkehr …<br><small>02.02.2022 • Presse</small></h1>":
   * a date line set apart inside the headline's element, not its words. */
  for (guint j = title_node + 1; j <= NODE (c, title_node)->end; j++)
    if ((NODE (c, j)->flags & F_TEXT) && NODE (c, j)->parent != title_node &&
        dossier_date_is_only_date ((const char *) NODE (c, j)->node->content, &f->near_date))
      return;
  for (guint j = NODE (c, title_node)->end + 1; j < c->nodes->len && j <= NODE (c, title_node)->end + 80; j++)
    {
      Node *x = NODE (c, j);
      const char *t;
      guint words;

      if (x->kind == K_RAW)
        {
          j = x->end;
          continue;
        }
      if (!(x->flags & F_TEXT))
        continue;
      t = (const char *) x->node->content;
      words = count_words (t);
      /* The story has begun; a standfirst in a heading of its own ("<h2>Die
       * Corona-Krise durch Big Data überwinden: …</h2>") has not begun it,
       * nor one of prose above the body's first block (@story), which the
       * byline and the date often follow. */
      if ((words >= 20 && !in_subheading (c, j) && j >= story) || ++lines > 12)
        break;
      if (in_embed (c, j, NONE))
        continue;
      /* "Deadline: 15. März 2020", "Anmeldeschluss: …": the day
       * something is due, under an event's or a call's headline. */
      if (starts_with_any_word (t, deadline_labels) || has_time_span (t))
        continue;
      /* "Article mis à jour le 7 janvier 2020.", "Aktualisiert am …": an
       * update's day, the story's only when nothing says when it was
       * published (above the headline too); English "Updated" lines are
       * read so by scan_scope() already. */
      if (words <= 12 && starts_with_any_word (t, update_labels) && !in_furniture_above_story (c, j, TRUE) &&
          !in_prose (c, j, NONE))
        {
          if (f->updated_date == NULL)
            f->updated_date = dossier_date_find (t, NULL, NULL);
          continue;
        }
      if (words <= 12 && !in_furniture_above_story (c, j, TRUE) && !in_prose (c, j, NONE) &&
          (f->near_date = dossier_date_find (t, NULL, NULL)))
        return;
      /* "Veröffentlichung: <a href=/archiv/>04.02.2022</a>": a date alone
       * in a link to the day's archive, or in an item of the article's row
       * of details; in a list too when the link's address is that day's
       * ("<li><a href=/2025/07/27/><time>July 27, 2025</time></a>", a
       * WordPress theme's row of the post's details). */
      {
        g_autofree char *iso = NULL;

        if (dossier_date_is_only_date (t, &iso) &&
            (!in_list (c, j, NONE) || in_item_of_details (c, j, NONE) || in_day_link (c, j, iso) ||
             after_published_label (c, j)))
          {
            f->near_date = g_steal_pointer (&iso);
            return;
          }
      }
    }
  /* "<div><span>12.12.2022</span> - <span>Empa (Eidgenössische
   * Materialprüfungs- und Forschungsanstalt)</span></div><h1>": the line
   * right above the headline, in its box, opens with the day and names
   * the source after it. */
  {
    guint prev = NONE;

    for (guint j = title_node; j-- > 0 && NODE (c, title_node)->parent != NONE &&
                               j > NODE (c, title_node)->parent;)
      if (NODE (c, j)->parent == NODE (c, title_node)->parent && NODE (c, j)->node->type == XML_ELEMENT_NODE)
        {
          prev = j;
          break;
        }
      else if (NODE (c, j)->parent == NODE (c, title_node)->parent && (NODE (c, j)->flags & F_TEXT))
        break;
    if (prev != NONE && NODE (c, prev)->text_len > 0 && NODE (c, prev)->text_len < 200 &&
        NODE (c, prev)->link_len == 0 && !in_furniture_above_story (c, prev, FALSE))
      {
        g_autofree char *t = node_text (c, prev);
        gsize ms = 1, me = 0;
        g_autofree char *d = t && count_words (t) <= 12 ? dossier_date_find (t, &ms, &me) : NULL;
        g_autofree char *second = d && ms == 0 ? dossier_date_find (t + me, NULL, NULL) : NULL;

        /* One day only: "12.12.2022 – 14.12.2022" is an event's span. */
        if (d && ms == 0 && second == NULL && !has_time_span (t))
          {
            f->near_date = g_steal_pointer (&d);
            return;
          }
      }
  }
  lines = 0;
  for (guint j = title_node; j-- > 0 && j + 40 > title_node;)
    {
      Node *x = NODE (c, j);
      g_autofree char *iso = NULL;

      if (!(x->flags & F_TEXT))
        continue;
      /* "Dec 12, 2025 <div>4 min read</div> <h1>": a reading time between
       * the date and the headline is the date's line still. */
      if (lines == 0 && dossier_date_is_reading_time ((const char *) x->node->content))
        continue;
      /* Outside the article's region, it is the masthead's, unless it is
       * the last thing above the headline ("<span class=time-rubric>Mar 4,
       * 2024</span></div><h1>" in a page's opening banner):
       * a masthead's date stands by the logo, not on the story's title. */
      if ((((contains (c, scope, j) || lines == 0) && !in_furniture_above_story (c, j, FALSE)) ||
           opens_post_wrapper (c, j, title_node)) &&
          !has_time_span ((const char *) x->node->content) &&
          dossier_date_is_only_date ((const char *) x->node->content, &iso))
        {
          f->near_date = g_steal_pointer (&iso);
          return;
        }
      /* "Bonn, 11.10.2021", "31.01.2022 2. HBL": in the article's region,
       * a place before the date or a section after it, in one line. */
      if (contains (c, scope, j) && !in_list (c, j, NONE) && count_words ((const char *) x->node->content) <= 4)
        {
          const char *t = (const char *) x->node->content;
          gsize ms = 0;
          g_autofree char *d = dossier_date_find (t, &ms, NULL);
          g_autofree char *place = d ? g_strstrip (g_strndup (t, ms)) : NULL;

          if (d && (*place == '\0' || ((g_str_has_suffix (place, ",") || g_str_has_suffix (place, ",\u00a0")) &&
                                         count_words (place) == 1)))
            {
              f->near_date = g_steal_pointer (&d);
              return;
            }
        }
      /* "<span>02.02.2022</span> <span>A-Frauen</span> <h1>": past a
       * section's name or two, no further. */
      if (++lines >= 3 || count_words ((const char *) x->node->content) > 3)
        return;
    }
}

/* Labels that say the date next to them is the publication's, alone in
 * their element ("<h3>Published</h3><p><time>August 30, 2024</time>") or
 * before the date in the same line; in German, French, Spanish, Italian
 * and the languages whose months dossier-date.c knows too ("Erschienen
 * am: 01.11.2023", "Veröffentlichung: <a>…</a>", "Mise en ligne 23 mai
 * 2019"). */
static const char *published_labels[] = {
  "Published", "Published on", "Posted", "Posted on", "Date published", "Publication date", "Published date",
  "Publish date", "Date of publication", "Veröffentlicht", "Veröffentlicht am", "Veröffentlichung",
  "Veröffentlichungsdatum", "Erscheinungsdatum", "Erschienen", "Erschienen am", "Publié", "Publié le", "Date de publication",
  "Mis en ligne", "Mis en ligne le", "Mise en ligne", "Mise en ligne le",
  "Publicado", "Publicado el", "Publicado em", "Fecha de publicación", "Pubblicato", "Pubblicato il", "Erstellt am",
  "Publiziert", "Publiziert am", "Gepubliceerd", "Gepubliceerd op", "Publicerad", "Publisert", "Publiceret",
  "Opublikowano", "Publicat", "Опубликовано", "Datum", "Date", NULL,
};

/* The length of the longest of published_labels that @t opens with, 0 for
 * none. */
static gsize
published_label_len (const char *t)
{
  gsize best = 0;

  for (guint i = 0; published_labels[i]; i++)
    if (strlen (published_labels[i]) > best && starts_with_word (t, published_labels[i]))
      best = strlen (published_labels[i]);
  return best;
}

/* The list item that is or holds the node @i, or NONE. */
static guint
item_of (Ctx  *c,
         guint i)
{
  guint depth = 0;

  /* Bounded: a page nested 100,000 deep has as many short texts. */
  for (guint a = i; a != NONE && depth < 256; a = NODE (c, a)->parent, depth++)
    if (NODE (c, a)->kind == K_LI)
      return a;
  return NONE;
}

/* Whether the node @i is in a list item. */
static gboolean
in_item (Ctx  *c,
         guint i)
{
  return item_of (c, i) != NONE;
}

/* "<li><p class=title>Mise en ligne</p><p class=content>23 mai
 * 2019</p></li>", a row of a box of details (a podcast's credits): the
 * list item around the text node @i holds the label and one date alone,
 * no link (a teaser's item has its headline's). */
static gboolean
in_details_row (Ctx  *c,
                guint i)
{
  guint dates = 0, others = 0;
  guint li = item_of (c, i);

  if (li == NONE || NODE (c, li)->link_len > 0 || NODE (c, li)->text_len > 80)
    return FALSE;
  for (guint j = li + 1; j <= NODE (c, li)->end; j++)
    if ((NODE (c, j)->flags & F_TEXT) && j != i)
      {
        if (dossier_date_is_only_date ((const char *) NODE (c, j)->node->content, NULL))
          dates++;
        else
          others++;
      }
  return dates == 1 && others == 0;
}

/* What follows a "Published" label before the writer's name: "Posted by
 * Ann Lee on May 3, 2024", "Veröffentlicht von Anna Berg am 23. Februar
 * 2020", "Publié par …", "Publicado por …", "Pubblicato da …". */
static const char *published_by_words[] = { "by", "von", "par", "por", "da", NULL };

/* A writer's label before the name, whose line may give the day too. */
static const char *written_by_labels[] = { "Written by", "Geschrieben von", "Verfasst von", "Écrit par", "Escrito por",
                                           "Scritto da", NULL };

/* The date in the line that the text node @i ("Veröffentlicht von ")
 * opens, a line of fourteen words at most: its element's text, or its
 * parent's when the label, the name and the date are elements of their
 * own ("<span>Posted by</span> <a>Ann Lee</a> on <time>…</time>"). */
static char *
published_by_date (Ctx  *c,
                   guint i)
{
  guint a = NODE (c, i)->parent;

  for (guint k = 0; k < 2 && a != NONE; k++, a = NODE (c, a)->parent)
    {
      g_autofree char *t = NULL;
      char *iso;

      /* fourteen words fit in 300 bytes: no text of a whole box is
       * put together for each label in it */
      if (NODE (c, a)->text_len > 300 || (t = node_text (c, a)) == NULL || count_words (t) > 14)
        return NULL;
      if ((iso = dossier_date_find (t, NULL, NULL)))
        return iso;
    }
  return NULL;
}

/* "<div>Published</div><div>October 14, 2025</div>", "<span>Published On:
 * 15 August 2025</span>", "Posted on April 13, 2023": a line that says when
 * the page was published, wherever the template put it (a sidebar's box of
 * details, a banner above the headline, a row below the story), when the
 * article's region says nothing. Outside lists (a teaser's "Posted on"),
 * and only when every such line on the page gives the same day: two days
 * are a list's or the comments'. */
void
scan_published_labels (Ctx   *c,
                       Found *f)
{
  g_autofree char *day = NULL;

  for (guint i = 0; i < c->nodes->len; i++)
    {
      Node *x = NODE (c, i);
      const char *t;
      gsize n;
      g_autofree char *iso = NULL;

      if (x->kind == K_RAW || x->kind == K_HEAD)
        {
          i = x->end;
          continue;
        }
      if (!(x->flags & F_TEXT) || x->text_len > 60)
        continue;
      t = (const char *) x->node->content;
      while (*t == ' ' || *t == '\n' || *t == '\t' || *t == '\r')
        t++;
      /* "Written by <a>Ann Lee</a></p><p>April 8, 2024</p>": a writer's
       * line with the day beside it, as "Posted by … on …" is. */
      if (published_label_len (t) == 0 && starts_with_any_word (t, written_by_labels) && !in_item (c, i))
        {
          g_autofree char *d = published_by_date (c, i);

          if (d == NULL)
            continue;
          if (day && strncmp (day, d, 10) != 0)
            return;
          if (day == NULL)
            day = g_steal_pointer (&d);
          continue;
        }
      if ((n = published_label_len (t)) == 0 || (in_item (c, i) && !in_details_row (c, i)))
        continue;
      t += n;
      /* "Published On:", "Published&ensp;" */
      for (;;)
        if (*t == ' ' || *t == ':' || *t == '\n' || *t == '\t' || *t == '\r')
          t++;
        else if (g_str_has_prefix (t, "\u00a0"))
          t += strlen ("\u00a0");
        else if (g_str_has_prefix (t, "\u2002"))
          t += strlen ("\u2002");
        else
          break;
      if (*t == '\0')
        {
          /* The label alone: the date in the next text of the page,
           * within a few elements. */
          for (guint j = i + 1; j < c->nodes->len && j <= i + 8; j++)
            if (NODE (c, j)->flags & F_TEXT)
              {
                if (!in_item (c, j) || in_details_row (c, i))
                  dossier_date_is_only_date ((const char *) NODE (c, j)->node->content, &iso);
                break;
              }
        }
      else if (starts_with_any_word (t, published_by_words))
        iso = published_by_date (c, i);
      else
        dossier_date_is_only_date (t, &iso);
      if (iso == NULL)
        continue;
      if (day && strncmp (day, iso, 10) != 0)
        return;
      if (day == NULL)
        day = g_steal_pointer (&iso);
    }
  f->label_date = g_steal_pointer (&day);
}

/* What may stand alone before a writer's name in the line under a
 * headline: "<p>Written by</p><p>Ann Lee</p>", "<span>By </span><a>Ann
 * Lee</a>", "<h4>Autor</h4>", "<strong>von</strong>", "Par", "Por". */
static const char *byline_alone_labels[] = {
  "By", "By:", "Written by", "Written by:", "Words by", "Article by", "Author", "Author:", "Posted by",
  "Von", "Von:", "Autor", "Autor:", "Autorin", "Autorin:", "Verfasst von", "Geschrieben von", "Auteur", "Auteur :",
  "Par", "Por", "Autore", NULL,
};

/* Whether the text @t is one of byline_alone_labels, case aside
 * ("WRITTEN BY"). */
static gboolean
is_byline_label_alone (const char *t)
{
  g_autofree char *v = g_strstrip (g_strdup (t));

  for (guint i = 0; byline_alone_labels[i]; i++)
    if (g_ascii_strcasecmp (v, byline_alone_labels[i]) == 0)
      return TRUE;
  return FALSE;
}

/* Words that may stand uncapitalised in a name or between names. */
static const char *name_glue_words[] = {
  "and", "&", "van", "von", "der", "den", "de", "da", "di", "du", "del", "la", "le", "y", "e", "bin", "al", NULL,
};

/* Whether the text @t may be a writer's name or a few names: one to six
 * words, each capitalised or glue, no digits, no sentence, none of the
 * words a link to a writer's page says instead ("More from …"). */
static gboolean
looks_like_names (const char *t)
{
  static const char *not_first[] = { "More", "Read", "View", "See", "All", "Visit", "Follow", "Meet", "About",
                                     "Articles", "Posts", "Learn", "Contact", NULL };
  g_auto(GStrv) words = NULL;
  guint n = 0;

  if (t == NULL || count_words (t) == 0 || count_words (t) > 6 || strpbrk (t, "0123456789?!:|@") != NULL)
    return FALSE;
  words = g_strsplit_set (t, " \t\n\r,", -1);
  for (guint i = 0; words[i]; i++)
    {
      gunichar u;

      if (*words[i] == '\0')
        continue;
      u = g_utf8_get_char (words[i]);
      if (n == 0 && g_strv_contains (not_first, words[i]))
        return FALSE;
      if (!g_unichar_isupper (u) && !(n > 0 && g_strv_contains (name_glue_words, words[i])))
        return FALSE;
      n++;
    }
  return n > 0;
}

/* Whether the text node @j is the text of a link to a writer's page
 * ("/author/ann-lee/", "/authors/ann-lee"), within three levels. */
static gboolean
in_author_link (Ctx  *c,
                guint j)
{
  const char *href = link_href (c, j);

  return href && (strstr (href, "/author/") || strstr (href, "/authors/"));
}

/* Whether the text node @j is in an element named "author"
 * ("author-name", "post_author_name"), within two levels. */
static gboolean
in_author_element (Ctx  *c,
                   guint j)
{
  guint a = NODE (c, j)->parent;

  for (guint k = 0; k < 2 && a != NONE; k++, a = NODE (c, a)->parent)
    if (named (NODE (c, a)->node, "author") || attr_is (NODE (c, a)->node, "itemprop", "author") ||
        attr_is (NODE (c, a)->node, "rel", "author"))
      return TRUE;
  return FALSE;
}

/* The writer's name in the short lines under the headline, where the
 * article's region holds no byline and the name has no "By " in its own
 * text: a label alone and the name in the next element ("<p>Written
 * by</p><p>Ann Lee</p>"), the text of a link to the writer's page, or of
 * an element named "author" above the article's region. The
 * lines end where the story begins, as in scan_near_title(). */
void
scan_byline_near_title (Ctx   *c,
                        guint  title_node,
                        guint  story,
                        Found *f)
{
  guint lines = 0;
  gboolean labelled = FALSE;

  if (title_node == NONE || f->byline)
    return;
  for (guint j = NODE (c, title_node)->end + 1; j < c->nodes->len && j <= NODE (c, title_node)->end + 120; j++)
    {
      Node *x = NODE (c, j);
      g_autofree char *t = NULL;

      if (x->kind == K_RAW)
        {
          j = x->end;
          continue;
        }
      if (!(x->flags & F_TEXT))
        continue;
      t = dossier_html_collapse_spaces ((const char *) x->node->content);
      g_strstrip (t);
      if (*t == '\0')
        continue;
      /* As in scan_near_title(), past a standfirst left out of the body. */
      if ((count_words (t) >= 20 && !in_subheading (c, j) && j >= story) || ++lines > 16)
        break;
      if (is_byline_label_alone (t))
        {
          labelled = TRUE;
          continue;
        }
      if ((labelled || in_author_link (c, j) || in_author_element (c, j)) && looks_like_names (t))
        {
          f->byline = byline_names (t);
          return;
        }
      labelled = FALSE;
    }
}

/* "Von Claudia Lindner", "Par Jean Roux", "Por Ana Ruiz": a paragraph
 * that is a byline in German, French or Spanish and nothing else, two to
 * six capitalised words after the word for "by" ("Von Bäumen", a German
 * heading of one noun, is not one). */
gboolean
is_foreign_byline_line (const char *s)
{
  const char *p;

  if (!opens_foreign_byline (s))
    return FALSE;
  p = s + 3;
  while (*p == ' ' || *p == ':')
    p++;
  if (count_words (p) < 2 || !looks_like_names (p))
    return FALSE;
  /* "Por Steven Lee Myers, Keith Bradsher y": the line cut before its
   * last name, the rest in another element. */
  {
    const char *last = strrchr (p, ' ');
    const char *w = last ? last + 1 : p;

    return !g_strv_contains (name_glue_words, w);
  }
}

/* Whether the metadata's byline @b is a user's handle, not a name:
 * one word that opens lower-case or joins its parts with "_" or "."
 * ("christian.stadtfeld", "gabor_munier", "annlee"), as content systems
 * fill the author tag from the login. */
gboolean
byline_is_handle (const char *b)
{
  if (b == NULL || *b == '\0' || strchr (b, ' ') != NULL)
    return FALSE;
  if (g_ascii_islower (*b))
    return TRUE;
  for (const char *p = b + 1; *p; p++)
    if ((*p == '_' || *p == '.') && g_ascii_isalpha (p[-1]) && g_ascii_isalpha (p[1]))
      return TRUE;
  return FALSE;
}

/* Where nothing else names the writer: an element of the story's own
 * author after the story, still in the article's region (a post's footer,
 * "Posted by <span itemprop=author>Ann Lee</span>", an author box named
 * "author"), as scan_scope() reads them above it; one to six capitalised
 * words, not in the comments. */
void
scan_author_after_story (Ctx   *c,
                         guint  scope,
                         guint  content_end,
                         Found *f)
{
  if (f->byline || scope == NONE || content_end == NONE || content_end >= NODE (c, scope)->end)
    return;
  for (guint i = content_end + 1; i <= NODE (c, scope)->end; i++)
    {
      Node *x = NODE (c, i);
      xmlNode *node = x->node;

      if (node->type != XML_ELEMENT_NODE)
        continue;
      if (x->kind == K_RAW)
        {
          i = x->end;
          continue;
        }
      if (x->text_len == 0 || x->text_len >= 120 || in_furniture (c, i, scope))
        continue;
      if ((attr_is (node, "itemprop", "author") || named (node, "byline") || named (node, "author")) &&
          !in_comments (c, i))
        {
          g_autofree char *t = node_text (c, i);
          g_autofree char *names = t ? byline_names (t) : NULL;

          if (names && looks_like_names (names))
            {
              f->byline = g_steal_pointer (&names);
              return;
            }
        }
    }
}

/* Where the page has no byline yet, its metadata none either: a label
 * alone in an element of its own and one to six capitalised words in the
 * next, anywhere on the page ("<h3>Author</h3><p>Ann Lee</p>" in a box
 * beside the story, "<span>Written by</span><div>Ann Lee</div>" in an
 * author box under it, "<h4>Autor</h4><p>Anna Berg</p>"). Not in a list
 * (other stories' writers), an aside or a footer (in_list(): they gave
 * no more names than wrong ones), an embedded post nor the comments. */
void
scan_labelled_byline (Ctx   *c,
                      Found *f)
{
  gboolean labelled = FALSE;

  if (f->byline)
    return;
  for (guint j = 0; j < c->nodes->len; j++)
    {
      Node *x = NODE (c, j);
      g_autofree char *t = NULL;

      if (x->kind == K_RAW)
        {
          j = x->end;
          continue;
        }
      if (!(x->flags & F_TEXT))
        continue;
      /* No label nor six names: a paragraph's text, not copied. */
      if (x->text_len > 200)
        {
          labelled = FALSE;
          continue;
        }
      t = dossier_html_collapse_spaces ((const char *) x->node->content);
      g_strstrip (t);
      if (*t == '\0')
        continue;
      /* The label the whole text of its element: "Logo des Preises von
       * <em>Bankmagazin</em>" is a sentence. Not in an embedded post
       * ("Posted by <a>…</a>" under a video). */
      if (is_byline_label_alone (t))
        {
          guint up = NODE (c, j)->parent;
          g_autofree char *whole = up != NONE ? node_text (c, up) : NULL;

          labelled = whole && is_byline_label_alone (whole) && !in_list (c, j, NONE) && !in_comments (c, j) &&
                     !in_embed (c, j, NONE);
          continue;
        }
      if (labelled && looks_like_names (t) && !in_list (c, j, NONE))
        {
          f->byline = byline_names (t);
          if (f->byline)
            return;
        }
      labelled = FALSE;
    }
}

static char *
valid_day (int y,
           int m,
           int d)
{
  if (y >= 1990 && y <= 2100 && m >= 1 && m <= 12 && d >= 1 && g_date_valid_dmy (d, m, y))
    return g_strdup_printf ("%04d-%02d-%02d", y, m, d);
  return NULL;
}

static int
digits (const char *p,
        guint       n)
{
  int v = 0;

  for (guint i = 0; i < n; i++)
    {
      if (!g_ascii_isdigit (p[i]))
        return -1;
      v = v * 10 + (p[i] - '0');
    }
  return v;
}

/* The day a path segment opens or ends with, written whole: "20220127-…",
 * "…/29-10-2021", "23-01-2022-dorothea-…", "2021-10-29_…", "08112021-…".
 * A run of digits that goes on is an id, not a day. */
static char *
segment_day (const char *seg,
             gsize       len)
{
  static const struct { guint len; gboolean dashed; gboolean year_first; } forms[] = {
    { 10, TRUE, TRUE }, { 10, TRUE, FALSE }, { 8, FALSE, TRUE }, { 8, FALSE, FALSE },
  };

  for (guint at = 0; at < 2; at++)
    for (guint k = 0; k < G_N_ELEMENTS (forms); k++)
      {
        guint n = forms[k].len;
        const char *p;
        char before, after;
        int y, m, d;
        char *day;

        if (len < n)
          continue;
        p = at == 0 ? seg : seg + len - n;
        before = p > seg ? p[-1] : '/';
        after = p + n < seg + len ? p[n] : '/';
        if (g_ascii_isalnum (before) || g_ascii_isdigit (after) || (at == 0 && g_ascii_isalpha (after)))
          continue;
        if (forms[k].dashed)
          {
            char sep = forms[k].year_first ? p[4] : p[2];

            if ((sep != '-' && sep != '_') || (forms[k].year_first ? p[7] : p[5]) != sep)
              continue;
            if (forms[k].year_first)
              y = digits (p, 4), m = digits (p + 5, 2), d = digits (p + 8, 2);
            else
              d = digits (p, 2), m = digits (p + 3, 2), y = digits (p + 6, 4);
          }
        else if (forms[k].year_first)
          y = digits (p, 4), m = digits (p + 4, 2), d = digits (p + 6, 2);
        else
          d = digits (p, 2), m = digits (p + 2, 2), y = digits (p + 4, 4);
        if ((day = valid_day (y, m, d)) != NULL)
          return day;
      }
  return NULL;
}

/* The day of a page's address: /2016/02/28/ or /2020/oct/02/ as
 * segments, else a segment that opens or ends with the whole date. */
char *
url_date (const char *url)
{
  static const char *const months[] = { "january", "february", "march", "april", "may", "june", "july",
                                        "august", "september", "october", "november", "december" };
  /* "https://example.org%2Farticles%2F2025-12-15%2B…" (an og:url escaped
   * once too often). */
  g_autofree char *plain = strstr (url, "%2F") || strstr (url, "%2f") ? g_uri_unescape_string (url, NULL) : NULL;
  const char *p;
  const char *path;

  if (plain)
    url = plain;
  p = strstr (url, "://");
  p = p ? strchr (p + 3, '/') : NULL;
  path = p;
  for (; p && *p; p = strchr (p + 1, '/'))
    {
      int y = digits (p + 1, 4), m = -1, d;
      gsize mlen = y >= 0 && p[5] == '/' ? strcspn (p + 6, "/") : 0;

      if (y < 0 || p[5] != '/')
        continue;
      if (mlen == 2)
        m = digits (p + 6, 2);
      /* "/2020/oct/02/", "/2023/october/03/" */
      for (guint k = 0; k < G_N_ELEMENTS (months) && m < 0 && mlen >= 3; k++)
        if ((mlen == 3 || mlen == strlen (months[k])) && g_ascii_strncasecmp (p + 6, months[k], mlen) == 0)
          m = k + 1;
      if (m < 0 || p[6 + mlen] != '/')
        continue;
      p = strchr (p + 6, '/');
      d = digits (p + 1, 2);
      if (d >= 0 && (p[3] == '/' || p[3] == '\0' || p[3] == '?' || p[3] == '#'))
        {
          char *day = valid_day (y, m, d);

          if (day)
            return day;
        }
    }

  for (p = path; p && *p;)
    {
      const char *seg = p + 1;
      gsize len = strcspn (seg, "/?#");
      const char *dot = memchr (seg, '.', len);
      char *day = segment_day (seg, dot ? (gsize) (dot - seg) : len);

      if (day)
        return day;
      if (seg[len] != '/')
        break;
      p = seg + len;
    }
  return NULL;
}

/* A date printed above the article, in the masthead, is the day the page
 * was saved: the page date, never the publication date. Below the
 * headline is no masthead, even outside the article's region (a byline
 * row between the <h1> and the <article>). */
void
scan_masthead (Ctx   *c,
               guint  scope,
               guint  title_node,
               Found *f)
{
  guint limit = MIN (scope, 20000);

  if (title_node != NONE && title_node < limit)
    limit = title_node;

  for (guint i = 0; i < limit && f->page_date == NULL; i++)
    {
      Node *x = NODE (c, i);
      g_autofree char *t = NULL;

      if (x->node->type != XML_ELEMENT_NODE || x->kind == K_RAW || x->kind == K_HEAD || contains (c, i, scope))
        {
          if (x->kind == K_RAW || x->kind == K_HEAD)
            i = x->end;
          continue;
        }
      if (x->text_len == 0 || x->text_len > 60 || !may_be_meta_line (c, i) || has_block_children (c, i) ||
          opens_post_wrapper (c, i, title_node))
        continue;
      t = node_text (c, i);
      if (t && count_words (t) <= 8)
        dossier_date_is_only_date (t, &f->page_date);
    }
}

/* "© 2023 The Daily Ledger. All rights reserved.": the owner, as a last
 * resort for the outlet. */
void
scan_copyright (Ctx   *c,
                Found *f)
{
  for (guint i = c->nodes->len; i-- > 0 && f->copyright == NULL;)
    {
      Node *x = NODE (c, i);
      const char *content = (const char *) x->node->content;
      g_autofree char *t = NULL;
      const char *p;

      if (!(x->flags & F_TEXT) || content == NULL || x->parent == NONE || NODE (c, x->parent)->text_len > 200)
        continue;
      if (strstr (content, "©") == NULL && strstr (content, "Copyright") == NULL)
        continue;
      t = node_text (c, x->parent);
      p = strstr (t, "©");
      p = p ? p + strlen ("©") : strstr (t, "Copyright");
      if (p == NULL)
        continue;
      /* "© Copyright 1996-2008 Toronto Star", "Copyright (c) 2024 by …",
       * "Copyright © 2024 …", "Copyright of …": the marks, years and
       * little words before the name, in any order (not the figures of a
       * name: "940 Montreal"). */
      for (guint k = 0; k < 12; k++)
        {
          gsize d = 0;
          gboolean range = FALSE;

          for (; *p == ' ' || *p == '-' || *p == ',' || *p == '(' || *p == ')' || *p == ':'; p++)
            if (*p == '-')
              range = TRUE;
            else if (*p != ' ')
              range = FALSE;
          while (g_ascii_isdigit (p[d]))
            d++;
          /* A year, or the end of a range of them ("2006-07"). */
          if ((d == 4 || (d == 2 && range)) && !g_ascii_isalnum (p[d]))
            p += d;
          else if (g_str_has_prefix (p, "Copyright"))
            p += strlen ("Copyright");
          else if (g_str_has_prefix (p, "©"))
            p += strlen ("©");
          else if (p > t && p[-1] == '(' && g_ascii_strncasecmp (p, "c)", 2) == 0)
            p += 2;
          else if (g_str_has_prefix (p, "by ") || g_str_has_prefix (p, "of "))
            p += 3;
          else
            break;
        }
      if (g_ascii_isupper (*p))
        {
          g_autofree char *name = dossier_page_normalize_outlet (p);

          /* "Toronto Star 1996-2008", "CBC 2008": the years after the
           * name, not a name's own figures ("Channel 4"). */
          for (guint k = 0; name && k < 3; k++)
            {
              gsize n = strlen (name);

              while (n > 0 && (name[n - 1] == ' ' || name[n - 1] == '-' || name[n - 1] == ','))
                n--;
              if (n > 5 && g_ascii_isdigit (name[n - 1]) && g_ascii_isdigit (name[n - 2]) &&
                  g_ascii_isdigit (name[n - 3]) && g_ascii_isdigit (name[n - 4]) && !g_ascii_isalnum (name[n - 5]))
                n -= 4;
              else
                k = 3;
              while (n > 0 && (name[n - 1] == ' ' || name[n - 1] == '-' || name[n - 1] == ','))
                n--;
              name[n] = '\0';
            }
          if (name && *name)
            f->copyright = g_steal_pointer (&name);
        }
    }
}

/* The text of the first link to the site's root ("/", "https://host/")
 * that has words: a site's or blog's name. */
/* "/", "https://example.org", "http://example.org/": the site's home. */
static gboolean
href_is_root (const char *href)
{
  if (g_str_has_prefix (href, "https://") || g_str_has_prefix (href, "http://"))
    {
      href = strchr (href, ':') + 3;
      href = strchr (href, '/') ? strchr (href, '/') : "/";
    }
  return strcmp (href, "/") == 0;
}

/* All of @i's text is one link to the site's home: a masthead's name
 * ("<h1><a href=/>News &amp; Observer | …</a></h1>"), no headline. */
gboolean
links_home (Ctx   *c,
            guint  i)
{
  for (guint j = i + 1; j <= NODE (c, i)->end; j++)
    if (NODE (c, j)->kind == K_A)
      {
        const char *href = dossier_html_attr (NODE (c, j)->node, "href");

        return NODE (c, j)->text_len == NODE (c, i)->text_len && href && href_is_root (href);
      }
  return FALSE;
}

char *
home_link_text (Ctx *c)
{
  for (guint i = 0; i < c->nodes->len; i++)
    {
      Node *x = NODE (c, i);
      const char *href;

      if (x->kind == K_RAW || x->kind == K_HEAD)
        {
          i = x->end;
          continue;
        }
      if (x->node->type != XML_ELEMENT_NODE || !dossier_html_is_tag (x->node, "a") || x->text_len == 0 ||
          (href = dossier_html_attr (x->node, "href")) == NULL)
        continue;
      if (href_is_root (href))
        {
          g_autofree char *t = node_text (c, i);
          g_autofree char *v = t ? dossier_html_collapse_spaces (t) : NULL;

          if (v && count_words (v) >= 1 && count_words (v) <= 8)
            return g_steal_pointer (&v);
        }
    }
  return NULL;
}

/* "davidbau.com Vibe Coding" under a link home "davidbau.com": @title
 * less the words of the link home @home, an address, that open it before
 * a space and a headline of two words or more; or %NULL. */
char *
home_cut (const char *title,
          const char *home)
{
  gsize nt = strlen (title), nh = strlen (home);

  if (nh == 0 || nt <= nh + 1 || strchr (home, '.') == NULL || strchr (home, ' ') != NULL)
    return NULL;
  if (g_ascii_strncasecmp (title, home, nh) == 0 && title[nh] == ' ' && g_ascii_isalnum (title[nh + 1]) &&
      count_words (title + nh) >= 2)
    return g_strdup (title + nh + 1);
  return NULL;
}

static gboolean looks_like_headline (const Node *x);
static gboolean links_to_itself (Ctx *c, guint a);

/* Whether the element @i or one around it is not shown ("<div
 * style=\"display:none\"><span class=headline>Star | Sports | …</span>",
 * a copy of the <title> that the page keeps for its scripts). */
static gboolean
hidden_from_view (Ctx  *c,
                  guint i)
{
  for (guint a = i; a != NONE; a = NODE (c, a)->parent)
    if (NODE (c, a)->flags & F_HIDDEN)
      return TRUE;
  return FALSE;
}

/* "The post Ten ways to save water appeared first on Garden Notes.": a
 * line that names the title inside a sentence of its own, words before
 * and after it and a full stop at its end (a feed's footer, a "you are
 * reading" line), is no headline. @title_key is the title as
 * normalize_for_compare() gives it. */
static gboolean
title_in_sentence (const char *text,
                   const char *title_key)
{
  g_autofree char *t = g_strstrip (g_strdup (text));
  g_autofree char *k = normalize_for_compare (t);
  gsize n = strlen (t);
  const char *at = *title_key ? strstr (k, title_key) : NULL;

  return at && at > k && strlen (at) > strlen (title_key) && n > 0 && t[n - 1] == '.';
}

/* "Grads find their degrees no longer guarantee jobs (latimes.com) 87": a
 * link's title as a news aggregator shows it, the source's address in
 * brackets after it and maybe the count of comments. Whether @headline is
 * @title_key (as normalize_for_compare() gives it) and such a tail. */
gboolean
source_after (const char *headline,
              const char *title_key)
{
  g_autofree char *h = g_strstrip (dossier_html_collapse_spaces (headline));
  char *end = h + strlen (h);
  char *open, *close, *dot;
  g_autofree char *k = NULL;

  while (end > h && (g_ascii_isdigit (end[-1]) || end[-1] == ' '))
    end--;
  if (end == h || end[-1] != ')')
    return FALSE;
  close = end - 1;
  *close = '\0';
  open = strrchr (h, '(');
  if (open == NULL || open == h || open[-1] != ' ')
    return FALSE;
  dot = strrchr (open + 1, '.');
  if (dot == NULL || dot == open + 1 || close - dot < 3 || close - dot > 7)
    return FALSE;
  for (const char *p = open + 1; p < close; p++)
    if (!g_ascii_isalnum (*p) && *p != '.' && *p != '-')
      return FALSE;
  for (const char *p = dot + 1; p < close; p++)
    if (!g_ascii_islower (*p))
      return FALSE;
  *open = '\0';
  k = normalize_for_compare (h);
  return strcmp (k, title_key) == 0;
}

/* "<h1>News</h1>": whether element @i says one word only (a section's
 * name over the story, not its headline). */
gboolean
one_word (Ctx  *c,
          guint i)
{
  g_autofree char *t = node_text (c, i);

  return t && count_words (g_strstrip (t)) == 1;
}

/* "What Is Mesh WiFi? Our 2026 Exclusive Guide" over an <h1> "What is
 * Mesh WiFi?": whether @headline is a question or an exclamation of three
 * words or more that opens @title, whose words for search engines follow
 * it after a space. */
gboolean
question_opening (const char *title,
                  const char *headline)
{
  g_autofree char *h = g_strstrip (dossier_html_collapse_spaces (headline));
  gsize n = strlen (h);

  return n > 0 && (h[n - 1] == '?' || h[n - 1] == '!') && count_words (h) >= 3 && strlen (title) > n &&
         g_ascii_strncasecmp (title, h, n) == 0 && title[n] == ' ';
}

guint
find_title_node (Ctx        *c,
                 guint       scope,
                 const char *title)
{
  guint first_in_scope = NONE, first = NONE, holds = NONE;
  guint commas = 0;
  guint title_len = title ? visible_len (title, &commas) : 0;
  g_autofree char *title_key = title ? normalize_for_compare (title) : NULL;

  for (guint i = 0; i < c->nodes->len; i++)
    {
      Node *x = NODE (c, i);

      if (x->kind == K_RAW || x->kind == K_HEAD)
        {
          i = x->end;
          continue;
        }
      if (x->kind != K_H1 && !(title && (x->kind == K_H2 || x->kind == K_P || x->kind == K_DIV) &&
                               x->text_len < 400 && contains (c, scope, i)))
        continue;
      if (x->text_len == 0 || furniture_for_story (c, i, scope) || links_home (c, i))
        continue;
      /* Only elements of about the title's length can hold it. */
      if (title && (x->text_len * 2 < title_len || x->text_len > 3 * title_len + 40))
        continue;
      if (title)
        {
          g_autofree char *t = node_text (c, i);

          if (t && same_title (t, title) && !has_block_children (c, i) &&
              !(x->kind != K_H1 && x->kind != K_H2 && title_in_sentence (t, title_key)))
            {
              g_autofree char *k = normalize_for_compare (t);

              /* "New York|Ahmad Khan Rahami Is Arrested", a masthead's
               * section and headline run together above the <h1> that
               * says the headline alone: an element that says just the
               * title wins over one that holds more. */
              if (strcmp (k, title_key) == 0 && !hidden_from_view (c, i))
                return i;
              if (holds == NONE || (hidden_from_view (c, holds) && !hidden_from_view (c, i)))
                holds = i;
            }
        }
      if (x->kind == K_H1)
        {
          if (first == NONE)
            first = i;
          if (first_in_scope == NONE && contains (c, scope, i))
            first_in_scope = i;
        }
    }
  /* "<p><a href=../business/>Business</a> … <font
   * class=storyhead><b>Mill to close</b></font>" under a <title> "The
   * Daily : Business : Mill to close": the section's link and the
   * headline in one paragraph hold the title's words run together; the
   * element inside that is set apart as a headline and says it with no
   * link is the headline. */
  if (title && holds != NONE && NODE (c, holds)->link_len > 0)
    for (guint j = holds + 1; j <= NODE (c, holds)->end; j++)
      {
        Node *x = NODE (c, j);
        g_autofree char *t = NULL;
        g_autofree char *k = NULL;
        gsize n, m;

        if (x->node->type != XML_ELEMENT_NODE || x->link_len > 0 || !looks_like_headline (x) ||
            (t = node_text (c, j)) == NULL || count_words (t) < 3)
          continue;
        /* The title's last part, however long the trail of sections
         * before it ("The Daily : Sport - Rowing : Blue Heron crew sets a
         * record"). */
        k = normalize_for_compare (t);
        n = strlen (k);
        m = strlen (title_key);
        if (n == 0 || !(same_title (t, title) || (n < m && strcmp (title_key + m - n, k) == 0)))
          continue;
        holds = j;
        break;
      }
  if (title)
    return holds;
  return first_in_scope != NONE ? first_in_scope : first;
}

/* The first <h1> of the page, outside the story's furniture and no link
 * home, whose text is @key once compared as normalize_for_compare() does,
 * in @min_words words or more; or NONE. */
guint
story_h1_saying (Ctx        *c,
                 guint       scope,
                 const char *key,
                 guint       min_words)
{
  for (guint i = 0; i < c->nodes->len; i++)
    {
      Node *x = NODE (c, i);

      if (x->kind == K_RAW || x->kind == K_HEAD)
        {
          i = x->end;
          continue;
        }
      if (x->kind == K_H1 && x->text_len > 0 && !furniture_for_story (c, i, scope) && !links_home (c, i))
        {
          g_autofree char *t = node_text (c, i);
          g_autofree char *k = t ? normalize_for_compare (t) : NULL;

          if (k && strcmp (k, key) == 0 && count_words (t) >= min_words)
            return i;
        }
    }
  return NONE;
}

/* Whether element @i says @title, no more and no less (letters and digits
 * compared). */
gboolean
says_just (Ctx        *c,
           guint       i,
           const char *title)
{
  g_autofree char *t = node_text (c, i);
  g_autofree char *k = t ? normalize_for_compare (t) : NULL;
  g_autofree char *kt = normalize_for_compare (title);

  return k && strcmp (k, kt) == 0;
}

/* The first element of the body that says @part and nothing more, outside
 * links and lists and not a link itself: "<b>Bush Warns Iran on Naval
 * Clash</b>" for a part of "MyFox Houston | Bush Warns Iran on Naval
 * Clash", not "<h1><a href=/>Mein Garten und ich</a></h1>" (the link home). */
guint
find_part_node (Ctx        *c,
                guint       top,
                const char *part)
{
  g_autofree char *key = normalize_for_compare (part);
  gsize n = strlen (key);
  guint wrap = NONE;

  /* "<form id=form1>" around all of an ASP.NET page: a dropped element
   * that holds the story is no furniture. */
  for (guint a = top; a != NONE; a = NODE (c, a)->parent)
    if (NODE (c, a)->kind == K_DROP)
      wrap = a;

  for (guint i = 0; n > 0 && i < c->nodes->len; i++)
    {
      Node *x = NODE (c, i);
      g_autofree char *t = NULL;
      g_autofree char *k = NULL;

      if (x->kind == K_RAW || x->kind == K_HEAD)
        {
          i = x->end;
          continue;
        }
      /* Not a link, but a blog's heading that links to the post itself
       * ("<h3 class=storytitle><a rel=bookmark>…</a></h3>"). */
      if (x->node->type != XML_ELEMENT_NODE || x->text_len < n || x->text_len > 2 * n + 20 ||
          (x->link_len * 2 > x->text_len && !links_to_itself (c, i)) || in_furniture (c, i, wrap) ||
          (t = node_text (c, i)) == NULL)
        continue;
      k = normalize_for_compare (t);
      if (strcmp (k, key) == 0)
        return i;
      /* "<h1><span class=timeStamp>Wednesday, 09 January 2008</span>
       * Clarkson ripped off</h1>": a heading that says the part after
       * or before a date in an element of its own. */
      if (x->kind >= K_H1 && x->kind <= K_H6)
        for (guint j = i + 1; j <= x->end; j = NODE (c, j)->end + 1)
          {
            g_autofree char *d = NODE (c, j)->node->type == XML_ELEMENT_NODE ? node_text (c, j) : NULL;
            g_autofree char *dk = NULL;
            gsize m;

            if (d == NULL || !dossier_date_is_only_date (g_strstrip (d), NULL))
              continue;
            dk = normalize_for_compare (d);
            m = strlen (dk);
            if (m > 0 && strlen (k) == m + n &&
                ((strncmp (k, dk, m) == 0 && strcmp (k + m, key) == 0) ||
                 (strncmp (k, key, n) == 0 && strcmp (k + n, dk) == 0)))
              return i;
          }
    }
  return NONE;
}

/* Where the story's first paragraph of prose starts (not a heading, a
 * short line or a menu flattened into one), or %NONE. */
guint
first_prose_node (GPtrArray *blocks)
{
  for (guint k = 0; k < blocks->len; k++)
    {
      Block *b = g_ptr_array_index (blocks, k);

      if (!b->heading && count_words (b->str) >= 12 && !is_flat_menu (b->str))
        return b->first_node;
    }
  return NONE;
}

/* A line set apart as a headline: a heading, a bold line, an element
 * whose class says so ("<p class=headline>", "<font class=storyhead>",
 * "<div class=storytitle>"), or whose own name does (a publishing
 * system's "<arttitle>", a wire's NewsML "<HeadLine>" passed through). */
static gboolean
looks_like_headline (const Node *x)
{
  g_autofree char *cls = NULL;
  g_autofree char *name = NULL;

  if ((x->kind >= K_H1 && x->kind <= K_H6) || dossier_html_is_tag (x->node, "b") ||
      dossier_html_is_tag (x->node, "strong"))
    return TRUE;
  name = x->node->type == XML_ELEMENT_NODE ? g_ascii_strdown ((const char *) x->node->name, -1) : NULL;
  if (name && strcmp (name, "title") != 0 && (strstr (name, "title") || strstr (name, "headline")))
    return TRUE;
  cls = g_ascii_strdown (dossier_html_attr (x->node, "class") ? dossier_html_attr (x->node, "class") : "", -1);
  return strstr (cls, "head") || strstr (cls, "title");
}

/* A box floated to one side of the text: "<table align=right>", "<div
 * style=\"float: left\">". */
static gboolean
is_floated (const xmlNode *node)
{
  const char *align = dossier_html_attr (node, "align");
  const char *style = dossier_html_attr (node, "style");
  g_autofree char *st = NULL;
  const char *f;

  if (node->type != XML_ELEMENT_NODE)
    return FALSE;
  if (dossier_html_is_tag (node, "table") && align &&
      (g_ascii_strcasecmp (align, "left") == 0 || g_ascii_strcasecmp (align, "right") == 0))
    return TRUE;
  if (style == NULL)
    return FALSE;
  st = g_ascii_strdown (style, -1);
  f = strstr (st, "float");
  if (f == NULL)
    return FALSE;
  f += 5;
  while (*f == ' ' || *f == ':')
    f++;
  return g_str_has_prefix (f, "left") || g_str_has_prefix (f, "right");
}

/* Whether the element @i, or one inside it that says all it says
 * ("<tr><td class=storyheadline>"), is set apart as a headline. */
gboolean
said_as_headline (Ctx   *c,
                  guint  i)
{
  for (guint j = i; j <= NODE (c, i)->end; j++)
    if (NODE (c, j)->node->type == XML_ELEMENT_NODE && NODE (c, j)->text_len == NODE (c, i)->text_len &&
        looks_like_headline (NODE (c, j)))
      return TRUE;
  return FALSE;
}

/* Whether the text just before the element @a is a byline ("By Ann Lee")
 * in the same box as @a. */
static gboolean
after_byline_in_box (Ctx   *c,
                     guint  a)
{
  guint up = NODE (c, a)->parent;

  for (guint p = a; p-- > 0 && p + 50 > a;)
    if (NODE (c, p)->flags & F_TEXT)
      {
        g_autofree char *t = node_text (c, p);
        const char *s = t ? g_strstrip (t) : "";

        return up != NONE && contains (c, up, p) && *s && skip_byline_label (s) != s;
      }
  return FALSE;
}

/* "01/07/2008 (6:00 pm)", "18.01.08 - 14:05": a date or a time in
 * figures, fewer than four letters in all, which no headline is. */
static gboolean
is_stamp (const char *s)
{
  guint letters = 0, digits = 0;

  for (const char *p = s; *p && letters < 4; p = g_utf8_next_char (p))
    {
      gunichar u = g_utf8_get_char (p);

      letters += g_unichar_isalpha (u) != 0;
      digits += g_unichar_isdigit (u) != 0;
    }
  return letters < 4 && digits >= 4;
}

/* How many words of four letters or more of @a (ASCII case aside, a few
 * common ones left out) are in @b too: whether a headline speaks of what
 * the story's first lines say. */
guint
shared_content_words (const char *a,
                      const char *b)
{
  static const char *common[] = {
    "that", "this", "with", "from", "have", "will", "been", "were", "they", "their", "there", "what", "when",
    "said", "says", "more", "than", "after", "about", "over", "into", "news", NULL,
  };
  g_auto(GStrv) words = g_strsplit_set (a, " ,.:;!?\"'()[]|-", -1);
  guint n = 0;

  for (guint i = 0; words[i] && i < 64; i++)
    if (g_utf8_strlen (words[i], -1) >= 4 && !g_strv_contains (common, words[i]) && has_word (b, words[i]))
      n++;
  return n;
}

/* "Pier reopens to walkers- Sport-News-The Riverton Times": a <title>
 * that opens with the headline, the site's sections run together after
 * it by dashes with no spaces to cut at. The element before the story's
 * first paragraph (@story) set apart as a headline, whose first line says
 * the title's opening up to a dash, colon, bar or bracket glued to its
 * last word, is the headline (the line alone: a date may follow it in an
 * element of its own). Sets @said to the line. */
guint
find_title_opening (Ctx         *c,
                    guint        story,
                    const char  *title,
                    char       **said)
{
  g_autofree char *tt = dossier_html_collapse_spaces (title);
  gsize tn = strlen (tt);

  for (guint i = 0; i < story && i < c->nodes->len; i++)
    {
      Node *x = NODE (c, i);
      g_autofree char *t = NULL;
      guint j, a;
      gsize n;
      const char *after;

      if (x->kind == K_RAW || x->kind == K_HEAD)
        {
          i = x->end;
          continue;
        }
      if (x->node->type != XML_ELEMENT_NODE || x->link_len > 0 || !looks_like_headline (x) ||
          in_furniture (c, i, NONE))
        continue;
      for (j = i + 1; j <= x->end && !(NODE (c, j)->flags & F_TEXT); j++)
        ;
      if (j > x->end || (t = node_text (c, j)) == NULL)
        continue;
      g_strstrip (t);
      n = strlen (t);
      if (count_words (t) < 3 || n >= tn || g_ascii_strncasecmp (tt, t, n) != 0)
        continue;
      /* Glued to the headline's last word: a separator with spaces
       * around it is cut by the usual rules, and what stands before it may
       * be a kicker or a date line over the headline. */
      after = tt + n;
      if (*after == '\0' || !strchr ("-:|(", *after) || !g_unichar_isalnum (g_utf8_get_char (g_utf8_prev_char (after))))
        continue;
      /* The element that says the line and nothing more. */
      a = j;
      while (NODE (c, a)->parent != NONE && NODE (c, NODE (c, a)->parent)->text_len == NODE (c, j)->text_len)
        a = NODE (c, a)->parent;
      *said = dossier_html_collapse_spaces (t);
      return a;
    }
  return NONE;
}

/* "<h2 class=posttitle><a href=… rel=bookmark>Mill to close</a></h2>": a
 * blog's heading whose links are all the post's permalink (rel=bookmark)
 * names the post itself, not another page. */
static gboolean
links_to_itself (Ctx   *c,
                 guint  a)
{
  guint n = 0;

  for (guint j = a; j <= NODE (c, a)->end; j++)
    if (NODE (c, j)->kind == K_A && NODE (c, j)->text_len > 0)
      {
        if (!dossier_html_attr_has_word (NODE (c, j)->node, "rel", "bookmark"))
          return FALSE;
        n += NODE (c, j)->text_len;
        j = NODE (c, j)->end;
      }
  return n > 0 && n == NODE (c, a)->link_len;
}

/* The <h1> just before heading @sub, no text between them, whose words
 * open the <title> @title_tag before @sub's, where the <title> goes on
 * after them (the site's name): "<h1>Vom Boden aus gedacht</h1>
 * <h2>Ann Cotten verwebt …</h2>" under "Vom Boden aus gedacht - Ann
 * Cotten verwebt … : literaturkritik.de". Not the site's name @outlet
 * (may be %NULL) nor a link home. Returns the <h1>, or %NONE. */
guint
subtitle_under_h1 (Ctx        *c,
                   guint       sub,
                   const char *title_tag,
                   const char *outlet)
{
  guint h = NONE;
  g_autofree char *ht = NULL;
  g_autofree char *st = NULL;
  g_autofree char *kh = NULL;
  g_autofree char *ks = NULL;
  g_autofree char *kg = normalize_for_compare (title_tag);
  const char *ps;

  /* The nearest text before the heading, in an <h1> that ends before it. */
  for (guint j = sub; j-- > 0;)
    if ((NODE (c, j)->flags & F_TEXT) && NODE (c, j)->text_len > 0 && !contains (c, j, sub))
      {
        for (guint u = j; u != NONE && !contains (c, u, sub); u = NODE (c, u)->parent)
          if (NODE (c, u)->kind == K_H1)
            h = u;
        break;
      }
  if (h == NONE || links_home (c, h) || (ht = node_text (c, h)) == NULL || count_words (ht) < 3 ||
      (st = node_text (c, sub)) == NULL || count_words (st) < 3 || (outlet && same_title (ht, outlet)))
    return NONE;
  kh = normalize_for_compare (ht);
  ks = normalize_for_compare (st);
  if (!*kh || !*ks || !g_str_has_prefix (kg, kh) || (ps = strstr (kg + strlen (kh), ks)) == NULL)
    return NONE;
  ps += strlen (ks);
  while (*ps == ' ')
    ps++;
  return *ps ? h : NONE;
}

/* "<h1>Wie pflege ich meine Zaubernuss im Winter?</h1>" under a
 * metadata title "Zaubernuss im Winter": whether the words of <h1> @h1
 * before the metadata title it ends with are no kicker set apart (an
 * element of their own, a colon, dash, bar or bullet), but the same
 * sentence: one text alone, no separator in it. */
gboolean
h1_one_sentence (Ctx  *c,
                 guint h1)
{
  static const char *const seps[] = { ":", " - ", " – ", " — ", "|", "•", "»", "/", NULL };
  g_autofree char *t = NULL;
  guint texts = 0;

  for (guint j = h1 + 1; j <= NODE (c, h1)->end; j++)
    if ((NODE (c, j)->flags & F_TEXT) && NODE (c, j)->text_len > 0 && ++texts > 1)
      return FALSE;
  t = node_text (c, h1);
  if (t == NULL || texts != 1)
    return FALSE;
  for (guint k = 0; seps[k]; k++)
    if (strstr (t, seps[k]))
      return FALSE;
  return TRUE;
}

/* "<h1>The Best Tent Heaters<br>Warm Nights for Winter Campers</h1>"
 * under a metadata title "Best Tent Heaters: Our Picks for 2026": an
 * <h1> set in two lines (a <br>, or an element of three words or more that
 * closes it after the headline's text) whose first line holds every word
 * the metadata title says before its colon or dash, where the metadata
 * title goes on with a subtitle of its own. The two are one headline with
 * two subtitles, and the metadata's is said as one line. */
gboolean
h1_two_subtitles (Ctx        *c,
                  guint       h1,
                  const char *title)
{
  static const char *const seps[] = { ": ", " - ", " – ", " — ", " | ", NULL };
  guint split = NONE;
  g_autoptr(GString) first = g_string_new (NULL);
  g_autofree char *head = NULL;
  g_autofree char *second = NULL;
  const char *cut = NULL;

  for (guint j = h1 + 1; j <= NODE (c, h1)->end; j++)
    if (NODE (c, j)->kind == K_BR)
      split = j;
  if (split == NONE)
    {
      /* The last element among the <h1>'s children, if it closes it. */
      guint last = NONE;

      for (guint j = h1 + 1; j <= NODE (c, h1)->end; j = NODE (c, j)->end + 1)
        last = j;
      if (last == NONE || last == h1 + 1 || NODE (c, last)->node->type != XML_ELEMENT_NODE ||
          NODE (c, last)->end != NODE (c, h1)->end)
        return FALSE;
      split = last;
      second = node_text (c, last);
      if (second == NULL || count_words (second) < 3)
        return FALSE;
    }
  for (guint j = h1 + 1; j < split; j++)
    if (NODE (c, j)->flags & F_TEXT)
      {
        g_autofree char *t = node_text (c, j);

        if (t)
          g_string_append_printf (first, "%s ", t);
      }
  if (count_words (first->str) < 3 || NODE (c, split)->text_len + 1 >= NODE (c, h1)->text_len)
    return FALSE;
  for (guint k = 0; seps[k]; k++)
    {
      const char *p = strstr (title, seps[k]);

      if (p && (cut == NULL || p < cut))
        cut = p;
    }
  if (cut == NULL || count_words (cut) < 2)
    return FALSE;
  head = g_strndup (title, cut - title);
  if (count_words (head) < 3 || dossier_html_word_share (head, first->str, FALSE) < 1.0)
    return FALSE;
  /* Not the <h1>'s own second line again. */
  if (second && dossier_html_word_share (second, cut, FALSE) >= 0.5)
    return FALSE;
  return TRUE;
}

/* "<h2><a href=…/mill-to-close/ rel=bookmark title="Permanent Link to
 * Mill to close">Mill to close</a></h2>": a blog's heading of three
 * words or more whose one link is the post's permalink, the only such
 * heading before the story's first paragraph @first (a blog's front page
 * has one per post), names the post, however many lines of categories,
 * tags and tools stand between it and the story. */
guint
permalink_heading (Ctx  *c,
                   guint first)
{
  guint found = NONE;

  for (guint i = 0; i < first; i++)
    {
      Node *x = NODE (c, i);
      g_autofree char *t = NULL;

      if (x->kind < K_H1 || x->kind > K_H6 || x->text_len == 0 || contains (c, i, first) ||
          x->link_len != x->text_len || !links_to_itself (c, i))
        continue;
      if (found != NONE)
        return NONE;
      t = node_text (c, i);
      if (t == NULL || count_words (t) < 3)
        return NONE;
      found = i;
      i = x->end;
    }
  return found;
}

/* The headline just above the story's first paragraph (the node @first):
 * the nearest line before it that looks like one (3 to 25 words, no link,
 * not a byline: "Home news" is a section's name), past at most three short
 * lines of other things (a date, a byline, a section's name). */
guint
headline_above (Ctx        *c,
                guint       first,
                const char *lede)
{
  guint lines = 0, boxed = 0, linked = 0;

  for (guint j = first; j-- > 0 && lines <= 3;)
    {
      guint a = j, words, text_node = j;
      gboolean headline = FALSE, floated;
      g_autofree char *t = NULL;

      if (!(NODE (c, j)->flags & F_TEXT) || contains (c, j, first))
        continue;
      /* A box floated beside the story (an advertisement, the section's
       * sponsors) stands beside it, not between it and its headline: its
       * lines are not counted, forty at most (a headline in a floated
       * column still is one). */
      floated = FALSE;
      for (guint u = j; u != NONE && !floated && !contains (c, u, first); u = NODE (c, u)->parent)
        floated = is_floated (NODE (c, u)->node);
      /* The element that holds this text and nothing else. */
      t = node_text (c, j);
      for (;;)
        {
          guint up = NODE (c, a)->parent;
          g_autofree char *said = NULL;

          headline = headline || looks_like_headline (NODE (c, a));
          if (up == NONE || contains (c, up, first) || NODE (c, up)->text_len != NODE (c, j)->text_len ||
              (said = node_text (c, up)) == NULL || g_strcmp0 (g_strstrip (said), t ? g_strstrip (t) : NULL) != 0)
            break;
          a = up;
        }
      j = a;
      words = t ? count_words (t) : 0;
      /* Not "By CP" nor "directed by" (a credit), nor a date, nor a bold
       * line that follows a byline in its own box ("By Ann Lee<br><b>The
       * Associated Press</b>": the writer's agency or job; a heading there
       * is still a headline). */
      /* With @lede, a line the markup does not set apart is the headline
       * when it reads as one and speaks of what the story's first lines
       * say ("<div class=sh>Gulf states urge peace with Iran</div>"):
       * three to twenty words, no full stop or colon at its end, no date,
       * not a picture's caption. */
      if (!headline && lede && t && words >= 3 && words <= 20 && shared_content_words (t, lede) >= 1)
        {
          gsize n = strlen (t);
          Block line = { .first_node = text_node, .text_len = NODE (c, a)->text_len };
          g_autofree char *date = dossier_date_find (t, NULL, NULL);

          while (n > 0 && g_ascii_isspace (t[n - 1]))
            n--;
          headline = n > 0 && t[n - 1] != '.' && t[n - 1] != ':' && date == NULL && !follows_picture (c, &line);
        }
      if (headline && words >= 3 && words <= 25 && (NODE (c, a)->link_len == 0 || links_to_itself (c, a)) &&
          !furniture_for_story (c, a, first) &&
          !g_unichar_islower (g_utf8_get_char (t)) && skip_byline_label (t) == t && !dossier_date_is_only_date (t, NULL) &&
          !is_stamp (t) &&
          !(!(NODE (c, a)->kind >= K_H1 && NODE (c, a)->kind <= K_H6) && after_byline_in_box (c, a)))
        return a;
      if (floated && ++boxed <= 40)
        continue;
      /* A page's tools between the headline and the story ("Print",
       * "E-mail this", "Comments (0)"): lines all of links, eight at most,
       * are not counted; nor are the tools' words beside their icons
       * ("Print article", "Refer to a friend") or a short line that gives
       * the story's time ("2008-01-12 11:31:01 -"). */
      if (NODE (c, a)->link_len > 0 && NODE (c, a)->link_len == NODE (c, a)->text_len && ++linked <= 8)
        continue;
      if (t && words <= 6 && (is_page_tools_line (t) || dossier_date_is_only_date (t, NULL) || is_stamp (t)) &&
          ++linked <= 8)
        continue;
      if (words > 12)
        break;
      lines++;
    }
  return NONE;
}

/* What a page says instead of an article: a wall to log in or subscribe
 * through, a redirect, a robot check, a consent form, an error. */
static gboolean
is_wall_title (const char *title)
{
  static const char *starts[] = {
    "redirecting", "just a moment", "sign in", "signin", "log in", "login", "page not found", "404", "403",
    "access denied", "forbidden", "before you continue", "attention required", "are you a robot",
    "subscribe to read", "subscribe to continue", "you have been blocked", "not found", "error 404", "error 403",
    NULL,
  };
  g_autofree char *low = NULL;
  const char *p;

  if (title == NULL)
    return FALSE;
  low = g_utf8_strdown (title, -1);
  p = low;
  while (*p == ' ')
    p++;
  for (guint k = 0; starts[k]; k++)
    if (g_str_has_prefix (p, starts[k]))
      return TRUE;
  return FALSE;
}

gboolean
looks_like_wall (GPtrArray  *kept,
                 guint       words,
                 const char *title_tag,
                 const char *title)
{
  static const char *signs[] = {
    "log in", "login", "sign in", "signing in", "password", "subscribe", "subscriber", "redirect", "javascript",
    "enable cookies", "create an account", "register", "are you a robot", "access denied", "page not found",
    "continue reading", NULL,
  };

  /* "Redirecting…", "Sign in", "Page not found" over a short page. */
  if (words < 150 && (is_wall_title (title_tag) || is_wall_title (title)))
    return TRUE;
  if (words >= 80)
    return FALSE;
  for (guint i = 0; i < kept->len; i++)
    {
      g_autofree char *low = g_utf8_strdown (((Block *) g_ptr_array_index (kept, i))->str, -1);

      for (guint k = 0; signs[k]; k++)
        if (strstr (low, signs[k]))
          return TRUE;
    }
  return FALSE;
}
