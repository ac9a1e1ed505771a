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
