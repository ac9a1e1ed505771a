/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Entity extraction: the tokenizer and the tagger on raw text, then the
 * whole extractor (tokenizer, tagger, rules, gazetteers) on the article the
 * text reader makes of the input, as the corpus runs it. */

#include "fuzz-common.h"
#include "dossier-extractor.h"
#include "dossier-tagger.h"
#include "dossier-tokenizer.h"

int LLVMFuzzerTestOneInput (const uint8_t *data, size_t size);

static DossierExtractor *
extractor (void)
{
  static DossierExtractor *ex;

  if (ex == NULL)
    {
      g_autoptr(GError) error = NULL;

      fuzz_init_glib ();
      /* The model and word lists are data we ship, loaded once. */
      ex = dossier_extractor_new_default (&error);
      if (ex == NULL)
        {
          fprintf (stderr, "fuzz-ner: cannot load the model (set DOSSIER_DATADIR): %s\n", error->message);
          abort ();
        }
    }
  return ex;
}

static gboolean
on_boundary (const char *text,
             gsize       len,
             gsize       at)
{
  return at == len || ((guchar) text[at] & 0xC0) != 0x80;
}

/* Tokens and names lie inside the text, in order, on character edges. */
static void
check_tokens_and_spans (DossierTagger *tagger,
                        const char    *text,
                        gsize          len)
{
  g_autoptr(GArray) tokens = g_array_new (FALSE, FALSE, sizeof (DossierToken));
  g_autoptr(GArray) spans = g_array_new (FALSE, FALSE, sizeof (DossierSpan));
  gsize prev = 0;

  dossier_tokenize (text, len, tokens);
  for (guint i = 0; i < tokens->len; i++)
    {
      const DossierToken *t = &g_array_index (tokens, DossierToken, i);

      FUZZ_CHECK (t->start < t->end && t->end <= len);
      FUZZ_CHECK (t->start >= prev);
      FUZZ_CHECK (on_boundary (text, len, t->start) && on_boundary (text, len, t->end));
      prev = t->end;
    }

  prev = 0;
  dossier_tagger_tag (tagger, text, len, spans);
  for (guint i = 0; i < spans->len; i++)
    {
      const DossierSpan *s = &g_array_index (spans, DossierSpan, i);

      FUZZ_CHECK (s->start < s->end && s->end <= len);
      FUZZ_CHECK (s->start >= prev);
      FUZZ_CHECK (on_boundary (text, len, s->start) && on_boundary (text, len, s->end));
      FUZZ_CHECK (s->label <= DOSSIER_LABEL_MISC);
      prev = s->end;
    }
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  DossierExtractor *ex = extractor ();
  g_autofree char *copy = fuzz_copy (data, size);
  g_autoptr(GError) error = NULL;
  g_autoptr(DossierArticle) article = NULL;

  /* Raw: the tagger is given clean UTF-8 without NULs, which the decoder
   * guarantees; give it that and nothing else. */
  {
    static DossierTagger *tagger;
    g_autofree char *valid = g_utf8_make_valid (copy, size);

    if (tagger == NULL)
      tagger = dossier_tagger_new_default (NULL);
    FUZZ_CHECK (tagger != NULL);
    /* strlen: a NUL ends the text, as it would a C string. */
    check_tokens_and_spans (tagger, valid, strlen (valid));
  }

  /* As the corpus does it: read, then extract. */
  article = dossier_article_new_from_bytes (NULL, "x.txt", copy, size, &error);
  if (article != NULL)
    {
      const DossierMention *mentions;
      guint n = 0;
      gsize len;
      const char *text;
      gsize prev = 0;

      dossier_extractor_extract (ex, article);
      text = dossier_article_get_text (article);
      len = strlen (text);
      mentions = dossier_article_get_mentions (article, &n);
      for (guint i = 0; i < n; i++)
        {
          gsize fs, fe;

          FUZZ_CHECK (mentions[i].start < mentions[i].end && mentions[i].end <= len);
          FUZZ_CHECK (mentions[i].start >= prev);
          FUZZ_CHECK (on_boundary (text, len, mentions[i].start) && on_boundary (text, len, mentions[i].end));
          FUZZ_CHECK (mentions[i].label <= DOSSIER_LABEL_MISC);
          /* Mentions are reported as bytes of the file. */
          dossier_article_text_to_file (article, mentions[i].start, mentions[i].end, &fs, &fe);
          FUZZ_CHECK (fs <= fe && fe <= size);
          prev = mentions[i].end;
        }
      fuzz_check_article (article, copy, size);
    }
  return 0;
}
