/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "dossier-extractor"

#include "config.h"

#include <string.h>

#include "dossier-data.h"
#include "dossier-extractor.h"
#include "dossier-language.h"

/**
 * DossierExtractor:
 *
 * Finds the names in an article: checks that it is English, runs the
 * tagger over its analysed text (title, dateline, captions, body) and
 * stores the mentions on the article. Immutable and shared by the worker
 * threads that read a folder.
 */
struct _DossierExtractor
{
  gatomicrefcount ref;
  DossierTagger *tagger;
  DossierGazetteer *gazetteer;
};

/**
 * dossier_extractor_new:
 * @tagger: (transfer full): the tagger
 * @gazetteer: (transfer full) (nullable): word lists for linking
 */
DossierExtractor *
dossier_extractor_new (DossierTagger    *tagger,
                       DossierGazetteer *gazetteer)
{
  DossierExtractor *self = g_new0 (DossierExtractor, 1);

  g_atomic_ref_count_init (&self->ref);
  self->tagger = tagger;
  self->gazetteer = gazetteer;
  return self;
}

/**
 * dossier_extractor_new_default:
 *
 * Loads the model and word lists from the data folder.
 *
 * Returns: (transfer full) (nullable): the extractor, or %NULL with @error set
 */
DossierExtractor *
dossier_extractor_new_default (GError **error)
{
  DossierTagger *tagger = dossier_tagger_new_default (error);
  DossierGazetteer *gazetteer;

  if (tagger == NULL)
    return NULL;
  gazetteer = dossier_gazetteer_load (dossier_get_data_dir (), NULL);
  return dossier_extractor_new (tagger, gazetteer);
}

DossierExtractor *
dossier_extractor_ref (DossierExtractor *self)
{
  g_atomic_ref_count_inc (&self->ref);
  return self;
}

void
dossier_extractor_unref (DossierExtractor *self)
{
  if (self == NULL || !g_atomic_ref_count_dec (&self->ref))
    return;
  dossier_tagger_free (self->tagger);
  if (self->gazetteer)
    dossier_gazetteer_unref (self->gazetteer);
  g_free (self);
}

/**
 * dossier_extractor_get_gazetteer:
 *
 * Returns: (transfer none) (nullable): the word lists
 */
DossierGazetteer *
dossier_extractor_get_gazetteer (DossierExtractor *self)
{
  return self->gazetteer;
}

/* Whether the article is English, judged on its running prose only: results
 * tables and lists of names say nothing about the language and fool a
 * character n-gram guesser. Too little prose to judge counts as English. */
static gboolean
is_english (const char *body)
{
  g_autoptr(GString) prose = g_string_new (NULL);
  const char *p = body;

  while (*p && prose->len < 3000)
    {
      const char *end = strstr (p, "\n\n");
      const char *q;
      guint words = 0, lower = 0;
      gboolean start = TRUE;

      if (end == NULL)
        end = p + strlen (p);
      for (q = p; q < end; q++)
        {
          if (*q == ' ' || *q == '\n')
            {
              start = TRUE;
              continue;
            }
          if (start)
            {
              words++;
              if (g_ascii_islower (*q) || ((guchar) *q >= 0xC0 && !g_unichar_isupper (g_utf8_get_char_validated (q, end - q))))
                lower++;
            }
          start = FALSE;
        }
      if (words >= 8 && lower * 10 >= words * 4)
        {
          g_string_append_len (prose, p, end - p);
          g_string_append_c (prose, '\n');
        }
      p = *end ? end + 2 : end;
    }

  if (prose->len < 200)
    return TRUE;
  return dossier_language_is_english (prose->str, prose->len);
}

#define KNOWN_ORG (DOSSIER_GAZ_ORG | DOSSIER_GAZ_AGENCY)

static gboolean
is_name_byte (char c)
{
  return c != ' ' && c != '\n' && c != '\t' && c != ',' && c != ';' && c != '(' && c != ')' && c != '"' &&
         c != ':' && c != '?' && c != '!';
}

/* The length of a possessive ending at @at ("'s", "’s", "'"), or 0. */
static gsize
possessive_length (const char *text,
                   gsize       len,
                   gsize       at)
{
  gsize q = 0;

  if (at < len && text[at] == '\'')
    q = 1;
  else if (at + 2 < len && memcmp (text + at, "\xe2\x80\x99", 3) == 0)
    q = 3;
  if (q == 0)
    return 0;
  if (at + q < len && text[at + q] == 's' && (at + q + 1 == len || !g_ascii_isalnum (text[at + q + 1])))
    return q + 1;
  return at + q == len || !g_ascii_isalnum (text[at + q]) ? q : 0;
}

/* Whether [start, end) of @text is a known organisation's name, on word
 * bounds; of two words or more unless @one_word. */
static gboolean
is_known_org_name (DossierGazetteer *gaz,
                   const char       *text,
                   gsize             len,
                   gsize             start,
                   gsize             end,
                   gboolean          one_word)
{
  if (start >= end || end > len || text[start] == ' ' || text[end - 1] == ' ' ||
      (!one_word && memchr (text + start, ' ', end - start) == NULL) || memchr (text + start, '\n', end - start) != NULL)
    return FALSE;
  if ((start > 0 && is_name_byte (text[start - 1])) ||
      (end < len && is_name_byte (text[end]) && text[end] != '.' && possessive_length (text, len, end) == 0))
    return FALSE;
  return (dossier_gazetteer_lookup (gaz, text + start, end - start) & KNOWN_ORG) != 0;
}

static gboolean
is_known_org (DossierGazetteer *gaz,
              const char       *text,
              gsize             len,
              gsize             start,
              gsize             end)
{
  return is_known_org_name (gaz, text, len, start, end, FALSE);
}

/* Whether a name may start or end with the word at @w: not with a word
 * that only joins. */
static gboolean
may_bound_org (const char *w)
{
  return g_ascii_isupper (w[0]) || g_ascii_isdigit (w[0]) || (guchar) w[0] >= 0x80;
}

/* Whether the word at @w can be part of an organisation's name: it opens
 * with a capital or a digit ("Channel 4"), or it is a word that joins
 * them ("and", "of", "for", "the", "&"). The words around a name mostly
 * are neither, and the search stops there. */
static gboolean
may_be_in_org (const char *w,
               gsize       n)
{
  static const char *joins[] = { "and", "of", "for", "the", "&", "on", "in", NULL };

  if (n == 0)
    return FALSE;
  if (may_bound_org (w))
    return TRUE;
  for (guint i = 0; joins[i]; i++)
    if (strlen (joins[i]) == n && memcmp (w, joins[i], n) == 0)
      return TRUE;
  return FALSE;
}

/* The last word of [from, to). */
static const char *
last_word (const char *text,
           gsize       from,
           gsize       to)
{
  gsize i = to;

  while (i > from && text[i - 1] != ' ')
    i--;
  return text + i;
}

/* The starts of up to @n words before @at (nearest first), on one line. */
static guint
words_before (const char *text,
              gsize       at,
              gsize      *starts,
              guint       n)
{
  guint k = 0;
  gsize i = at;

  while (k < n && i > 0)
    {
      if (text[i - 1] != ' ')
        break;
      i--;
      while (i > 0 && text[i - 1] == ' ')
        i--;
      if (i == 0 || text[i - 1] == '\n')
        break;
      {
        gsize e = i;

        while (i > 0 && text[i - 1] != ' ' && text[i - 1] != '\n')
          i--;
        if (!may_be_in_org (text + i, e - i))
          break;
      }
      starts[k++] = i;
    }
  return k;
}

/* The ends of up to @n words after @at (nearest first), on one line. */
static guint
words_after (const char *text,
             gsize       len,
             gsize       at,
             gsize      *ends,
             guint       n)
{
  guint k = 0;
  gsize i = at;

  while (k < n && i < len && text[i] == ' ')
    {
      while (i < len && text[i] == ' ')
        i++;
      if (i >= len || text[i] == '\n')
        break;
      {
        gsize w = i, e;

        while (i < len && text[i] != ' ' && text[i] != '\n')
          i++;
        /* a comma or full stop after the word is no part of it, nor its
         * possessive ending ("Age UK's"); a word of nothing else ("...")
         * ends the search */
        for (e = i; e > w && (text[e - 1] == ',' || text[e - 1] == '.' || text[e - 1] == ';' || text[e - 1] == ':'); e--)
          ;
        for (gsize k2 = w; k2 < e; k2++)
          if (possessive_length (text, e, k2) == e - k2 && k2 > w)
            {
              e = k2;
              break;
            }
        if (e == w || !may_be_in_org (text + w, i - w))
          break;
        ends[k++] = e;
        if (e < i)
          break;
      }
    }
  return k;
}

/* The tagger splits or runs together names that the lists know whole:
 * "Age UK" read as the place "UK", "NHS England" as "NHS" and "England",
 * "Competition and Markets Authority" cut at "and", "Octopus Energy and
 * British Gas" as one. Where a known organisation's name of two words or
 * more overlaps the tagger's names without being one of them, the names
 * inside it give way to it; a name that is two known ones joined by "and"
 * or "&" (one of them of two words or more) is the two. A name the tagger
 * found whole keeps its label. */
static void
mend_known_orgs (DossierGazetteer *gaz,
                 const char       *text,
                 gsize             len,
                 GArray           *spans)
{
  guint max_words = MIN (dossier_gazetteer_get_max_words (gaz), 6);

  for (guint i = 0; i < spans->len; i++)
    {
      DossierSpan *s = &g_array_index (spans, DossierSpan, i);
      gsize before[6], after[6];
      guint nb, na;
      gsize best_start = 0, best_end = 0;

      if (s->end <= s->start || s->end > len)
        continue;

      /* Two known names joined. */
      for (const char *joint = text + s->start; joint < text + s->end; joint++)
        {
          gsize j = joint - text;
          gsize k = 0;

          if (strncmp (joint, " and ", 5) == 0)
            k = 5;
          else if (strncmp (joint, " & ", 3) == 0)
            k = 3;
          /* One of the two may be a known name of one word ("Marks &
           * Spencer and Tesco"), not both ("Procter and Gamble"). */
          if (k && j + k < s->end && !is_known_org (gaz, text, len, s->start, s->end) &&
              ((is_known_org (gaz, text, len, s->start, j) &&
                is_known_org_name (gaz, text, len, j + k, s->end, TRUE)) ||
               (is_known_org_name (gaz, text, len, s->start, j, TRUE) &&
                is_known_org (gaz, text, len, j + k, s->end))))
            {
              DossierSpan second = { (guint32) (j + k), s->end, DOSSIER_LABEL_ORG };

              s->end = (guint32) j;
              s->label = DOSSIER_LABEL_ORG;
              g_array_insert_val (spans, i + 1, second);
              s = &g_array_index (spans, DossierSpan, i);
              break;
            }
        }
      if (is_known_org (gaz, text, len, s->start, s->end))
        continue;

      /* A known name around this one, or across it: the longest. */
      nb = words_before (text, s->start, before, max_words);
      na = words_after (text, len, s->end, after, max_words);
      for (guint b = 0; b <= nb; b++)
        for (guint a = 0; a <= na; a++)
          {
            gsize from = b ? before[b - 1] : s->start;
            gsize to = a ? after[a - 1] : s->end;

            if ((b || a) && to - from > best_end - best_start && may_bound_org (text + from) &&
                may_bound_org (last_word (text, from, to)) && is_known_org (gaz, text, len, from, to))
              {
                best_start = from;
                best_end = to;
              }
          }
      if (best_end > best_start)
        {
          guint first = i, last = i;

          /* Every name it overlaps lies inside it, or nothing changes. */
          while (first > 0 && g_array_index (spans, DossierSpan, first - 1).end > best_start)
            first--;
          while (last + 1 < spans->len && g_array_index (spans, DossierSpan, last + 1).start < best_end)
            last++;
          if (g_array_index (spans, DossierSpan, first).start < best_start ||
              g_array_index (spans, DossierSpan, last).end > best_end)
            continue;
          g_array_remove_range (spans, first + 1, last - first);
          s = &g_array_index (spans, DossierSpan, first);
          s->start = (guint32) best_start;
          s->end = (guint32) best_end;
          s->label = DOSSIER_LABEL_ORG;
          i = first;
        }
    }
}

/**
 * dossier_extractor_extract:
 *
 * Tags @article and stores its mentions (not linked yet). Articles that are
 * not in English are marked %DOSSIER_ARTICLE_FLAG_NOT_ANALYSED instead of
 * getting junk entities. Safe to call from any thread on an article that is
 * not shared yet.
 */
void
dossier_extractor_extract (DossierExtractor *self,
                           DossierArticle   *article)
{
  const char *text = dossier_article_get_text (article);
  gsize len = strlen (text);
  gsize body = dossier_article_get_body_offset (article);
  g_autoptr(GArray) spans = g_array_new (FALSE, FALSE, sizeof (DossierSpan));
  GArray *mentions;

  if (!is_english (text + body))
    {
      dossier_article_set_flags (article, dossier_article_get_flags (article) | DOSSIER_ARTICLE_FLAG_NOT_ANALYSED);
      dossier_article_take_mentions (article, g_array_new (FALSE, FALSE, sizeof (DossierMention)));
      return;
    }

  dossier_tagger_tag (self->tagger, text, len, spans);
  if (self->gazetteer)
    mend_known_orgs (self->gazetteer, text, len, spans);

  mentions = g_array_sized_new (FALSE, FALSE, sizeof (DossierMention), spans->len);
  for (guint i = 0; i < spans->len; i++)
    {
      const DossierSpan *s = &g_array_index (spans, DossierSpan, i);
      DossierMention m = { s->start, s->end, DOSSIER_NO_ENTITY, s->label };

      if (s->end <= s->start || s->end > len)
        continue;
      g_array_append_val (mentions, m);
    }
  dossier_article_take_mentions (article, mentions);
}
