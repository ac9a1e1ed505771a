/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "dossier-date"

#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "dossier-date.h"

/* Dates as news pages print them: "Tuesday, June 18, 2024", "18 June 2024",
 * "Mar. 3, 2023", "2023-03-01T10:00:00Z"; in German, French and Spanish,
 * "1. November 2023", "30 septembre 2018", "5 de mayo de 2022" (and with
 * the month names of the other languages of foreign_months[]), and the
 * day-first numeric "19.11.2021" (dots, never slashes: "03/04/2023" is
 * April or March depending on the country, and even "17/03/2020", which
 * can be read one way only, lost more pages than it won); Chinese,
 * Japanese and Korean "2020年7月12日", "2020년 7월 12일". Only dates with
 * a year are taken: a dateline's "Feb 26" cannot be placed in time. */

typedef struct
{
  gsize start, end;   /* byte range in the text */
  gboolean digits;
  gboolean alpha;
  int value;          /* for digit words */
  int month;          /* 1..12 for month names */
  gboolean weekday;
} Word;

static const char *months[] = {
  "january", "february", "march", "april", "may", "june", "july",
  "august", "september", "october", "november", "december",
};

static const char *weekdays[] = {
  "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
};

/* Other languages' month names, whole or as the pages shorten them; the
 * non-ASCII ones lower case as UTF-8. */
static const struct { const char *name; int month; } foreign_months[] = {
  /* German */
  { "januar", 1 }, { "jänner", 1 }, { "februar", 2 }, { "märz", 3 }, { "mär", 3 }, { "mai", 5 }, { "juni", 6 },
  { "juli", 7 }, { "oktober", 10 }, { "okt", 10 }, { "dezember", 12 }, { "dez", 12 },
  /* French */
  { "janvier", 1 }, { "janv", 1 }, { "février", 2 }, { "févr", 2 }, { "fevrier", 2 }, { "mars", 3 },
  { "avril", 4 }, { "avr", 4 }, { "juin", 6 }, { "juillet", 7 }, { "juil", 7 }, { "août", 8 }, { "aout", 8 },
  { "septembre", 9 }, { "octobre", 10 }, { "novembre", 11 }, { "décembre", 12 }, { "decembre", 12 },
  /* Spanish */
  { "enero", 1 }, { "ene", 1 }, { "febrero", 2 }, { "marzo", 3 }, { "abril", 4 }, { "abr", 4 }, { "mayo", 5 },
  { "junio", 6 }, { "julio", 7 }, { "agosto", 8 }, { "ago", 8 }, { "septiembre", 9 }, { "setiembre", 9 },
  { "octubre", 10 }, { "noviembre", 11 }, { "diciembre", 12 }, { "dic", 12 },
  /* Italian ("marzo", "agosto", "novembre" are above) */
  { "gennaio", 1 }, { "febbraio", 2 }, { "aprile", 4 }, { "maggio", 5 }, { "giugno", 6 }, { "luglio", 7 },
  { "settembre", 9 }, { "ottobre", 10 }, { "dicembre", 12 },
  /* Portuguese ("22 de novembro de 2020"; "abril", "agosto" are above) */
  { "janeiro", 1 }, { "fevereiro", 2 }, { "março", 3 }, { "maio", 5 }, { "junho", 6 }, { "julho", 7 },
  { "setembro", 9 }, { "outubro", 10 }, { "novembro", 11 }, { "dezembro", 12 },
  /* Dutch and the Scandinavian languages ("juni", "juli", "oktober" are above) */
  { "januari", 1 }, { "februari", 2 }, { "maart", 3 }, { "mei", 5 }, { "maj", 5 }, { "augustus", 8 },
  { "augusti", 8 }, { "desember", 12 },
  /* Romanian ("20 septembrie 2020"; "mai" is above) */
  { "ianuarie", 1 }, { "februarie", 2 }, { "martie", 3 }, { "aprilie", 4 }, { "iunie", 6 }, { "iulie", 7 },
  { "septembrie", 9 }, { "octombrie", 10 }, { "noiembrie", 11 }, { "decembrie", 12 },
  /* Polish and Czech, the forms a date takes ("13 października 2020",
   * "13. října 2020") */
  { "stycznia", 1 }, { "lutego", 2 }, { "marca", 3 }, { "kwietnia", 4 }, { "maja", 5 }, { "czerwca", 6 },
  { "lipca", 7 }, { "sierpnia", 8 }, { "września", 9 }, { "października", 10 }, { "listopada", 11 },
  { "grudnia", 12 }, { "ledna", 1 }, { "února", 2 }, { "března", 3 }, { "dubna", 4 }, { "května", 5 },
  { "června", 6 }, { "července", 7 }, { "srpna", 8 }, { "září", 9 }, { "října", 10 }, { "listopadu", 11 },
  { "prosince", 12 },
  /* Russian and Ukrainian, the forms a date takes ("13 октября 2020") */
  { "января", 1 }, { "февраля", 2 }, { "марта", 3 }, { "апреля", 4 }, { "мая", 5 }, { "июня", 6 },
  { "июля", 7 }, { "августа", 8 }, { "сентября", 9 }, { "октября", 10 }, { "ноября", 11 }, { "декабря", 12 },
  { "січня", 1 }, { "лютого", 2 }, { "березня", 3 }, { "квітня", 4 }, { "травня", 5 }, { "червня", 6 },
  { "липня", 7 }, { "серпня", 8 }, { "вересня", 9 }, { "жовтня", 10 }, { "листопада", 11 }, { "грудня", 12 },
};

static const char *foreign_weekdays[] = {
  "montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag",
  "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche",
  "lunes", "martes", "miércoles", "miercoles", "jueves", "viernes", "sábado", "sabado", "domingo",
  "lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica",
};

static int
month_of (const char *w,
          gsize       len)
{
  char low[16];

  /* "października", "сентября": the other languages' names take up to
   * 24 bytes of UTF-8; the English ones fewer than 16. */
  if (len < 3 || len > 24)
    return 0;
  if (len < sizeof low)
    {
      for (gsize i = 0; i < len; i++)
        low[i] = g_ascii_tolower (w[i]);
      low[len] = 0;
      for (int m = 0; m < 12; m++)
        {
          if (strcmp (low, months[m]) == 0)
            return m + 1;
          /* "Sept" and three-letter abbreviations */
          if ((len == 3 || (len == 4 && m == 8)) && strncmp (low, months[m], len) == 0)
            return m + 1;
        }
    }
  if (g_utf8_validate (w, len, NULL))
    {
      /* "MÄRZ", "Décembre" */
      g_autofree char *down = g_utf8_strdown (w, len);

      for (guint i = 0; i < G_N_ELEMENTS (foreign_months); i++)
        if (strcmp (down, foreign_months[i].name) == 0)
          return foreign_months[i].month;
    }
  return 0;
}

static gboolean
is_weekday (const char *w,
            gsize       len)
{
  char low[16];

  if (len < 3 || len >= sizeof low)
    return FALSE;
  for (gsize i = 0; i < len; i++)
    low[i] = g_ascii_tolower (w[i]);
  low[len] = 0;
  for (int d = 0; d < 7; d++)
    if (strcmp (low, weekdays[d]) == 0 || (len == 3 && strncmp (low, weekdays[d], 3) == 0))
      return TRUE;
  for (guint d = 0; d < G_N_ELEMENTS (foreign_weekdays); d++)
    if (strcmp (low, foreign_weekdays[d]) == 0)
      return TRUE;
  return FALSE;
}

static gboolean
is_utf8_letter (const char *p)
{
  gunichar u;

  if ((guchar) *p < 0x80)
    return FALSE;
  u = g_utf8_get_char_validated (p, -1);
  return u != (gunichar) -1 && u != (gunichar) -2 && g_unichar_isalpha (u);
}

/* After a number ending at @end, a dot and then the next number at
 * @next: -1 when not so; else how the dot is set apart from it, 0 for
 * nothing, 1 for a space, 2 for a thin or no-break one ("19.11.2021",
 * "4. 2. 2022", "4.&thinsp;2.&thinsp;2022", as German typography sets a
 * date). */
static int
dot_gap (const char *text,
         gsize       end,
         gsize       next)
{
  const char *between;
  gsize n;

  if (text[end] != '.' || next <= end)
    return -1;
  between = text + end + 1;
  n = next - end - 1;
  if (n == 0)
    return 0;
  if (n == 1 && *between == ' ')
    return 1;
  if ((n == 3 && (strncmp (between, "\u2009", 3) == 0 || strncmp (between, "\u202f", 3) == 0)) ||
      (n == 2 && strncmp (between, "\u00a0", 2) == 0))
    return 2;
  return -1;
}

static GArray *
split_words (const char *text)
{
  GArray *words = g_array_new (FALSE, TRUE, sizeof (Word));
  const char *p = text;

  while (*p)
    {
      Word w = { 0 };

      if (!g_ascii_isalnum (*p) && !is_utf8_letter (p))
        {
          p++;
          continue;
        }
      w.start = p - text;
      if (g_ascii_isdigit (*p))
        {
          w.digits = TRUE;
          while (g_ascii_isdigit (*p))
            {
              if (w.value < 100000)
                w.value = w.value * 10 + (*p - '0');
              p++;
            }
          /* ordinal suffixes: 3rd, 21st */
          if (g_ascii_isalpha (p[0]) && g_ascii_isalpha (p[1]) && !g_ascii_isalnum (p[2]) &&
              (g_ascii_strncasecmp (p, "st", 2) == 0 || g_ascii_strncasecmp (p, "nd", 2) == 0 ||
               g_ascii_strncasecmp (p, "rd", 2) == 0 || g_ascii_strncasecmp (p, "th", 2) == 0))
            p += 2;
        }
      else
        {
          w.alpha = TRUE;
          /* Non-ASCII letters ("März") belong to the word. */
          while (g_ascii_isalpha (*p) || is_utf8_letter (p))
            p = g_utf8_next_char (p);
          w.month = month_of (text + w.start, p - text - w.start);
          w.weekday = is_weekday (text + w.start, p - text - w.start);
        }
      w.end = p - text;
      g_array_append_val (words, w);
    }
  return words;
}

/* Whether @w, in @text, is the unit @han (Chinese, Japanese) or @hangul
 * (Korean) that follows a number in a date. */
static gboolean
is_cjk_unit (const char *text,
             const Word *w,
             const char *han,
             const char *hangul)
{
  gsize n = w->end - w->start;

  return w->alpha && ((n == strlen (han) && memcmp (text + w->start, han, n) == 0) ||
                      (n == strlen (hangul) && memcmp (text + w->start, hangul, n) == 0));
}

static gboolean
is_de (const char *text,
       const Word *w)
{
  return w->end - w->start == 2 && g_ascii_strncasecmp (text + w->start, "de", 2) == 0;
}

static gboolean
plausible_date (int y,
                int m,
                int d)
{
  return y >= 1900 && y <= 2100 && g_date_valid_dmy (d, m, y);
}

static char *
make_iso (int y,
          int m,
          int d)
{
  if (!plausible_date (y, m, d))
    return NULL;
  return g_strdup_printf ("%04d-%02d-%02d", y, m, d);
}

/* "12:45:00" or "12:45" at @p, a 24-hour clock; @end past it. */
static gboolean
read_clock (const char  *p,
            int         *h,
            int         *mi,
            int         *sec,
            const char **end)
{
  const char *q = p;

  *h = *mi = *sec = 0;
  if (!g_ascii_isdigit (*q))
    return FALSE;
  while (g_ascii_isdigit (*q) && q - p < 2)
    *h = *h * 10 + (*q++ - '0');
  if (*q != ':' || !g_ascii_isdigit (q[1]) || !g_ascii_isdigit (q[2]) || g_ascii_isdigit (q[3]))
    return FALSE;
  *mi = (q[1] - '0') * 10 + (q[2] - '0');
  q += 3;
  if (*q == ':' && g_ascii_isdigit (q[1]) && g_ascii_isdigit (q[2]) && !g_ascii_isdigit (q[3]))
    {
      *sec = (q[1] - '0') * 10 + (q[2] - '0');
      q += 3;
    }
  if (*h > 23 || *mi > 59 || *sec > 59)
    return FALSE;
  *end = q;
  return TRUE;
}

/* A time zone as machines write it after a time of day: "GMT", "UTC",
 * North America's abbreviations, "+0100", "-04:00", "GMT+0200"; @out gets the offset
 * as ISO 8601 writes it ("Z", "-04:00"). Other abbreviations ("IST" is
 * Indian, Irish or Israeli) say nothing for sure. */
static gboolean
read_zone (const char  *p,
           char         out[8],
           const char **end)
{
  static const struct { const char *name, *offset; } zones[] = {
    { "UTC", "Z" }, { "GMT", "Z" }, { "EST", "-05:00" }, { "EDT", "-04:00" }, { "CST", "-06:00" },
    { "CDT", "-05:00" }, { "MST", "-07:00" }, { "MDT", "-06:00" }, { "PST", "-08:00" }, { "PDT", "-07:00" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (zones); i++)
    {
      gsize n = strlen (zones[i].name);

      if (strncmp (p, zones[i].name, n) == 0 && !g_ascii_isalnum (p[n]))
        {
          /* "GMT+0200", a browser's: the offset from GMT, if it reads. */
          if (i < 2 && (p[n] == '+' || p[n] == '-'))
            return read_zone (p + n, out, end);
          g_strlcpy (out, zones[i].offset, 8);
          *end = p + n;
          return TRUE;
        }
    }
  if ((*p == '+' || *p == '-') && g_ascii_isdigit (p[1]) && g_ascii_isdigit (p[2]))
    {
      const char *m = p[3] == ':' ? p + 4 : p + 3;

      if (g_ascii_isdigit (m[0]) && g_ascii_isdigit (m[1]) && !g_ascii_isdigit (m[2]) &&
          (p[1] - '0') * 10 + (p[2] - '0') <= 14 && (m[0] - '0') * 10 + (m[1] - '0') <= 59)
        {
          g_snprintf (out, 8, "%c%c%c:%c%c", p[0], p[1], p[2], m[0], m[1]);
          *end = m + 2;
          return TRUE;
        }
    }
  return FALSE;
}

/* "12:45:00 EDT 2015" after "Mon Aug 03" (C's and Java's way of printing
 * a date) when @year_after, or "12:55:00 PST" after "Mon, 19 Dec 2016"
 * (e-mail's and RSS's) when not: the instant in ISO 8601, with its zone,
 * and @end past it. A time without a zone that says which is no instant:
 * the day then ("Mon Aug  3 12:45:00 2015", asctime()'s), or %NULL and
 * the day alone found by the caller. */
static char *
clock_and_zone (const char  *p,
                int          y,
                int          m,
                int          d,
                gboolean     year_after,
                const char **end)
{
  int h, mi, sec;
  char zone[8];
  const char *q;

  while (*p == ' ' || *p == ',')
    p++;
  if (g_ascii_strncasecmp (p, "at ", 3) == 0)
    p += 3;
  if (!read_clock (p, &h, &mi, &sec, &q))
    return NULL;
  while (*q == ' ')
    q++;
  /* "2:57 PM", "6:47 p.m." */
  if ((g_ascii_tolower (q[0]) == 'a' || g_ascii_tolower (q[0]) == 'p') &&
      (g_ascii_strncasecmp (q + 1, "m", 1) == 0 || g_ascii_strncasecmp (q + 1, ".m.", 3) == 0) &&
      h >= 1 && h <= 12)
    {
      gboolean pm = g_ascii_tolower (q[0]) == 'p';

      q += q[1] == '.' ? 4 : 2;
      if (g_ascii_isalnum (*q))
        return NULL;
      h = h % 12 + (pm ? 12 : 0);
      while (*q == ' ')
        q++;
    }
  if (!read_zone (q, zone, &q))
    {
      /* "Mon Aug  3 12:45:00 2015", asctime()'s: the day. */
      if (!year_after)
        return NULL;
      zone[0] = '\0';
    }
  if (year_after)
    {
      y = 0;
      while (*q == ' ')
        q++;
      for (int i = 0; i < 4; i++)
        if (g_ascii_isdigit (q[i]))
          y = y * 10 + (q[i] - '0');
        else
          return NULL;
      if (g_ascii_isdigit (q[4]))
        return NULL;
      q += 4;
    }
  if (!plausible_date (y, m, d))
    return NULL;
  *end = q;
  if (zone[0] == '\0')
    return make_iso (y, m, d);
  return g_strdup_printf ("%04d-%02d-%02dT%02d:%02d:%02d%s", y, m, d, h, mi, sec, zone);
}

static char *
find_iso (const char *text,
          gsize      *ms,
          gsize      *me)
{
  for (const char *p = text; *p; p++)
    {
      int y, m, d, h, mi, sec;
      const char *q, *t;

      if (!g_ascii_isdigit (p[0]) || (p > text && g_ascii_isalnum (p[-1])))
        continue;
      if (!(g_ascii_isdigit (p[1]) && g_ascii_isdigit (p[2]) && g_ascii_isdigit (p[3]) &&
            (p[4] == '-' || p[4] == '/') && g_ascii_isdigit (p[5]) && g_ascii_isdigit (p[6]) &&
            p[7] == p[4] && g_ascii_isdigit (p[8]) && g_ascii_isdigit (p[9]) && !g_ascii_isdigit (p[10])))
        continue;
      y = atoi (p);
      m = (p[5] - '0') * 10 + (p[6] - '0');
      d = (p[8] - '0') * 10 + (p[9] - '0');
      q = p + 10;
      /* Only a check here: the string is built below, once we know whether
       * a time of day comes with it. */
      if (!plausible_date (y, m, d))
        continue;
      /* Keep a time of day when one is given: "2023-03-01T10:00:00Z",
       * "2016-11-28 16:23:00 -0500", "2016-11-28 16:23 UTC". It is
       * written again the one ISO way, whatever the page wrote
       * ("2020/07/13 01:10", "23:15:0Z", "+0300"), so that the date
       * reads the same to every program that takes it. */
      if ((*q == 'T' || *q == ' ') && read_clock (q + 1, &h, &mi, &sec, &t))
        {
          char zone[8] = "";
          const char *zone_end;

          /* A second written with one digit. */
          if (*t == ':' && g_ascii_isdigit (t[1]) && !g_ascii_isdigit (t[2]))
            {
              sec = t[1] - '0';
              t += 2;
            }
          if ((*t == '.' || *t == ',') && g_ascii_isdigit (t[1]))
            for (t++; g_ascii_isdigit (*t); t++)
              ;
          if (*t == 'Z')
            {
              zone[0] = 'Z';
              zone[1] = '\0';
              t++;
            }
          else if ((*t == '+' || *t == '-') && read_zone (t, zone, &zone_end))
            t = zone_end;
          else if ((*t == '+' || *t == '-') && g_ascii_isdigit (t[1]) && g_ascii_isdigit (t[2]) &&
                   !g_ascii_isdigit (t[3]) && (t[1] - '0') * 10 + (t[2] - '0') <= 14)
            {
              /* "+03": the hours alone. */
              g_snprintf (zone, sizeof zone, "%c%c%c:00", t[0], t[1], t[2]);
              t += 3;
            }
          else if (*t == ' ' && read_zone (t + 1, zone, &zone_end))
            t = zone_end;
          if (ms) *ms = p - text;
          if (me) *me = t - text;
          return g_strdup_printf ("%04d-%02d-%02dT%02d:%02d:%02d%s", y, m, d, h, mi, sec, zone);
        }
      if (ms) *ms = p - text;
      if (me) *me = q - text;
      return make_iso (y, m, d);
    }
  return NULL;
}

/* Whether the day @i, before a month's name, ends a range of days: the word
 * before it is a day too, and only a dash or "bis" stands between them. */
static gboolean
ends_range (const char   *text,
            const GArray *words,
            guint         i)
{
  const Word *d = &g_array_index (words, Word, i);
  const Word *p = i > 0 ? &g_array_index (words, Word, i - 1) : NULL;
  gboolean dash = FALSE;

  if (p == NULL)
    return FALSE;
  /* "3. bis 5. Mai 2023" */
  if (p->alpha && i >= 2 && p->end - p->start == 3 && g_ascii_strncasecmp (text + p->start, "bis", 3) == 0)
    {
      const Word *q = &g_array_index (words, Word, i - 2);

      return q->digits && q->value >= 1 && q->value <= 31 && p->start - q->end <= 3;
    }
  if (!p->digits || p->value < 1 || p->value > 31 || d->start - p->end > 8)
    return FALSE;
  for (const char *c = text + p->end; c < text + d->start; c = g_utf8_next_char (c))
    {
      gunichar u = g_utf8_get_char (c);

      if (u == '-' || u == 0x2013 || u == 0x2014)
        dash = TRUE;
      else if (u != ' ' && u != '.' && u != 0xa0)
        return FALSE;
    }
  return dash;
}

/**
 * dossier_date_find:
 *
 * Finds the first full date (with a year) in @text.
 *
 * Returns: (nullable): the date as ISO 8601 ("2024-06-18", or with a time
 *   when the text gives one in ISO form)
 */
char *
dossier_date_find (const char *text,
                   gsize      *match_start,
                   gsize      *match_end)
{
  g_autoptr(GArray) words = NULL;
  char *iso;
  int gap;

  if ((iso = find_iso (text, match_start, match_end)))
    return iso;

  words = split_words (text);
  for (guint i = 0; i < words->len; i++)
    {
      Word *w = &g_array_index (words, Word, i);
      Word *a = i + 1 < words->len ? &g_array_index (words, Word, i + 1) : NULL;
      Word *b = i + 2 < words->len ? &g_array_index (words, Word, i + 2) : NULL;

      if (a == NULL || b == NULL)
        break;

      /* Mon Aug 03 12:45:00 EDT 2015 */
      if (w->month && a->digits && a->value >= 1 && a->value <= 31 && a->start - w->end <= 3)
        {
          const char *e;

          if ((iso = clock_and_zone (text + a->end, 0, w->month, a->value, TRUE, &e)))
            {
              if (match_start) *match_start = w->start;
              if (match_end) *match_end = e - text;
              return iso;
            }
        }
      /* June 18, 2024; Dec 15, 2016 2:57 PM UTC */
      if (w->month && a->digits && a->value >= 1 && a->value <= 31 && b->digits && b->value >= 1000 &&
          a->start - w->end <= 3 && b->start - a->end <= 3)
        {
          const char *e = text + b->end;

          if ((iso = clock_and_zone (text + b->end, b->value, w->month, a->value, FALSE, &e)) ||
              (iso = make_iso (b->value, w->month, a->value)))
            {
              if (match_start) *match_start = w->start;
              if (match_end) *match_end = e - text;
              return iso;
            }
        }
      /* 18 June 2024, 1. November 2023; Mon, 19 Dec 2016 12:55:00 PST;
       * not the last day of a range, "9-23 Feb 2017", "14. – 20. Januar
       * 2022", "3. bis 5. Mai 2023": an event's days. */
      if (w->digits && w->value >= 1 && w->value <= 31 && a->month && b->digits && b->value >= 1000 &&
          a->start - w->end <= 3 && b->start - a->end <= 3 && !ends_range (text, words, i))
        {
          const char *e = text + b->end;

          if ((iso = clock_and_zone (text + b->end, b->value, a->month, w->value, FALSE, &e)) ||
              (iso = make_iso (b->value, a->month, w->value)))
            {
              if (match_start) *match_start = w->start;
              if (match_end) *match_end = e - text;
              return iso;
            }
        }
      /* 2023 Jan 7: year, month and day, as PubMed Central writes its
       * citation dates. */
      if (w->digits && w->value >= 1000 && w->value <= 9999 && a->month && b->digits && b->value >= 1 &&
          b->value <= 31 && b->end - b->start <= 2 && a->start - w->end == 1 && b->start - a->end == 1 &&
          !g_ascii_isdigit (text[b->end]) && text[b->end] != ':' && (iso = make_iso (w->value, a->month, b->value)))
        {
          if (match_start) *match_start = w->start;
          if (match_end) *match_end = b->end;
          return iso;
        }
      /* 5 de mayo de 2022 */
      if (w->digits && w->value >= 1 && w->value <= 31 && i + 4 < words->len && is_de (text, a) &&
          b->month && is_de (text, &g_array_index (words, Word, i + 3)))
        {
          Word *y = &g_array_index (words, Word, i + 4);

          if (y->digits && y->value >= 1000 && y->start - b->end <= 5 &&
              (iso = make_iso (y->value, b->month, w->value)))
            {
              if (match_start) *match_start = w->start;
              if (match_end) *match_end = y->end;
              return iso;
            }
        }
      /* 2020年7月12日, 2020년 7월 12일 */
      if (w->digits && w->value >= 1000 && i + 5 < words->len && is_cjk_unit (text, a, "年", "년") &&
          b->digits && is_cjk_unit (text, &g_array_index (words, Word, i + 3), "月", "월"))
        {
          Word *d = &g_array_index (words, Word, i + 4);

          if (d->digits && is_cjk_unit (text, &g_array_index (words, Word, i + 5), "日", "일") &&
              (iso = make_iso (w->value, b->value, d->value)))
            {
              if (match_start) *match_start = w->start;
              if (match_end) *match_end = g_array_index (words, Word, i + 5).end;
              return iso;
            }
        }
      /* 19.11.2021, 06.11.23: day, month and year joined by dots; a
       * two-digit year only when day and month have two digits too. */
      if (w->digits && a->digits && b->digits && (gap = dot_gap (text, w->end, a->start)) >= 0 &&
          dot_gap (text, a->end, b->start) == gap && !(w->start > 0 && text[w->start - 1] == '.') &&
          !(text[b->end] == '.' && g_ascii_isdigit (text[b->end + 1])) &&
          w->end - w->start <= 2 && a->end - a->start <= 2 && (gap == 0 || b->end - b->start == 4))
        {
          int year = b->end - b->start == 4 ? b->value
                     : (b->end - b->start == 2 && w->end - w->start == 2 && a->end - a->start == 2) ? 2000 + b->value
                     : 0;

          if (year && (iso = make_iso (year, a->value, w->value)))
            {
              if (match_start) *match_start = w->start;
              if (match_end) *match_end = b->end;
              return iso;
            }
        }
      /* 2023.11.02, "2023.11.02. 오후 8:06": year, month and day joined by
       * dots, as Korean, Hungarian and Chinese pages write them; month
       * and day in two digits each, not a version number ("2023.2.1"). */
      if (w->digits && a->digits && b->digits && w->end - w->start == 4 && text[w->end] == '.' &&
          a->start == w->end + 1 && text[a->end] == '.' && b->start == a->end + 1 && a->end - a->start == 2 &&
          b->end - b->start == 2 && !(w->start > 0 && text[w->start - 1] == '.') &&
          !(text[b->end] == '.' && g_ascii_isdigit (text[b->end + 1])) &&
          (iso = make_iso (w->value, a->value, b->value)))
        {
          if (match_start) *match_start = w->start;
          if (match_end) *match_end = b->end;
          return iso;
        }
    }
  return NULL;
}

static gboolean
is_filler_word (const char *w,
                gsize       len)
{
  static const char *fillers[] = {
    "updated", "published", "posted", "last", "first", "on", "at", "am", "pm", "a", "m", "p",
    "gmt", "bst", "utc", "est", "edt", "cet", "cest", "pst", "pdt", "cst", "cdt", "et", "pt",
    "today", "date", "of", "the", "th", "st", "nd", "rd", "h", "hrs", "ist", "jst", "aest",
    "um", "uhr", "mez", "mesz", "le", "de", "del", "el", "à", "a", "h",
    /* Chinese, Japanese, Korean: "published", "updated", "time", a.m. and p.m. */
    "发布时间", "發布時間", "發佈時間", "更新时间", "更新時間", "时间", "時間", "公開日", "更新日", "投稿日",
    "입력", "수정", "오전", "오후",
    NULL,
  };

  for (guint i = 0; fillers[i]; i++)
    if (strlen (fillers[i]) == len && g_ascii_strncasecmp (w, fillers[i], len) == 0)
      return TRUE;
  return FALSE;
}

/* "min", "mins", "minute", "minutes": a reading time's unit. */
static gboolean
is_minutes (const char *w,
            gsize       len)
{
  static const char *units[] = { "min", "mins", "minute", "minutes", NULL };

  for (guint i = 0; units[i]; i++)
    if (strlen (units[i]) == len && g_ascii_strncasecmp (w, units[i], len) == 0)
      return TRUE;
  return FALSE;
}

/**
 * dossier_date_is_reading_time:
 *
 * Whether @text is a reading time and nothing else: "4 min read", "11
 * minutes", "6 mins".
 */
gboolean
dossier_date_is_reading_time (const char *text)
{
  g_autoptr(GArray) words = split_words (text);
  const Word *w;

  if (words->len < 2 || words->len > 3 || !g_array_index (words, Word, 0).digits)
    return FALSE;
  w = &g_array_index (words, Word, 1);
  if (!is_minutes (text + w->start, w->end - w->start))
    return FALSE;
  w = words->len == 3 ? &g_array_index (words, Word, 2) : NULL;
  return w == NULL || (w->end - w->start == 4 && g_ascii_strncasecmp (text + w->start, "read", 4) == 0);
}

/**
 * dossier_date_is_only_date:
 * @iso: (out) (optional): the date found
 *
 * Whether @text is a line holding a date and nothing else of substance:
 * weekday, time of day and "Updated"-like words are allowed around it.
 */
gboolean
dossier_date_is_only_date (const char  *text,
                           char       **iso)
{
  gsize ms = 0, me = 0;
  g_autofree char *found = dossier_date_find (text, &ms, &me);
  g_autoptr(GArray) words = NULL;

  if (found == NULL)
    return FALSE;

  words = split_words (text);
  for (guint i = 0; i < words->len; i++)
    {
      Word *w = &g_array_index (words, Word, i);

      if (w->start >= ms && w->end <= me)
        continue;
      if (w->weekday || w->digits || w->month)
        continue;
      /* "February 4, 2025 - 11 minutes", "Dec 12, 2025 · 4 min read": the
       * reading time a blog prints beside the date. */
      if (i > 0 && g_array_index (words, Word, i - 1).digits && is_minutes (text + w->start, w->end - w->start))
        continue;
      if (i > 1 && g_array_index (words, Word, i - 2).digits &&
          is_minutes (text + g_array_index (words, Word, i - 1).start,
                      g_array_index (words, Word, i - 1).end - g_array_index (words, Word, i - 1).start) &&
          w->end - w->start == 4 && g_ascii_strncasecmp (text + w->start, "read", 4) == 0)
        continue;
      if (is_filler_word (text + w->start, w->end - w->start))
        continue;
      return FALSE;
    }
  if (iso)
    *iso = g_steal_pointer (&found);
  return TRUE;
}
