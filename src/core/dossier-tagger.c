/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "dossier-tagger"

#include "config.h"

#include <string.h>

#include "dossier-tagger-private.h"

/*
 * The tagger: a greedy left-to-right averaged perceptron over BILOU tags.
 * Greedy decoding with the previous two tags as features is as accurate as
 * Viterbi for this task when BILOU tags are used (Ratinov & Roth 2009) and it
 * lets the features look at the tags already decided, including the labels
 * given to the same word earlier in the document. A document-level pass then
 * makes the labels of repeated names agree.
 */

struct _DossierTagger
{
  GMappedFile *mapped;
  NerTables    tables;
};

typedef struct
{
  guint first, last; /* token indices, inclusive */
  DossierLabel label;
} TokSpan;

static gboolean
check_table (gsize       file_len,
             guint64     offset,
             gsize       size,
             GError    **error)
{
  if (offset % 8 != 0 || offset > file_len || size > file_len - offset)
    {
      g_set_error (error, G_FILE_ERROR, G_FILE_ERROR_INVAL, "corrupt model: table out of bounds");
      return FALSE;
    }
  return TRUE;
}

/**
 * dossier_tagger_new_from_file:
 * @path: a model file written by the trainer (`dossier-train-ner`)
 * @error: return location for a #GError
 *
 * Maps the model file into memory; nothing is copied, so loading costs a few
 * page faults and the pages are shared between processes.
 *
 * Returns: (transfer full) (nullable): a new tagger, or %NULL with @error set
 */
DossierTagger *
dossier_tagger_new_from_file (const char  *path,
                              GError     **error)
{
  g_autoptr(GMappedFile) mapped = NULL;
  const NerModelHeader *h;
  const char *base;
  gsize len;
  DossierTagger *self;

  g_return_val_if_fail (path != NULL, NULL);

  mapped = g_mapped_file_new (path, FALSE, error);
  if (mapped == NULL)
    return NULL;
  base = g_mapped_file_get_contents (mapped);
  len = g_mapped_file_get_length (mapped);
  if (len < sizeof (NerModelHeader) || memcmp (base, NER_MODEL_MAGIC, 8) != 0)
    {
      g_set_error (error, G_FILE_ERROR, G_FILE_ERROR_INVAL, "%s: not a Dossier NER model", path);
      return NULL;
    }
  h = (const NerModelHeader *) base;
  if (h->n_tags != NER_N_TAGS || h->n_gaz_cats > NER_MAX_GAZ_CATS ||
      (h->feat_slots & (h->feat_slots - 1)) != 0 || (h->word_slots & (h->word_slots - 1)) != 0 ||
      (h->gaz_slots & (h->gaz_slots - 1)) != 0 ||
      !check_table (len, h->feat_offset, (gsize) h->feat_slots * sizeof (NerSlot), error) ||
      !check_table (len, h->weight_offset, (gsize) h->n_rows * NER_N_TAGS * sizeof (gint16), error) ||
      !check_table (len, h->word_offset, (gsize) h->word_slots * sizeof (NerWordInfo), error) ||
      !check_table (len, h->gaz_offset, (gsize) h->gaz_slots * sizeof (NerSlot), error))
    {
      if (error != NULL && *error == NULL)
        g_set_error (error, G_FILE_ERROR, G_FILE_ERROR_INVAL, "%s: unsupported model layout", path);
      return NULL;
    }

  self = g_new0 (DossierTagger, 1);
  self->mapped = g_steal_pointer (&mapped);
  self->tables.feat = (const NerSlot *) (base + h->feat_offset);
  self->tables.feat_mask = h->feat_slots - 1;
  self->tables.weights = (const gint16 *) (base + h->weight_offset);
  self->tables.n_rows = h->n_rows;
  self->tables.scale = h->scale;
  self->tables.words = h->word_slots ? (const NerWordInfo *) (base + h->word_offset) : NULL;
  self->tables.word_mask = h->word_slots - 1;
  self->tables.gaz = h->gaz_slots ? (const NerSlot *) (base + h->gaz_offset) : NULL;
  self->tables.gaz_mask = h->gaz_slots - 1;
  self->tables.n_gaz_cats = h->n_gaz_cats;
  for (guint c = 0; c < h->n_gaz_cats; c++)
    self->tables.gaz_cat_hash[c] = _ner_hash (7, h->gaz_cats[c], strnlen (h->gaz_cats[c], 24));
  return self;
}

/**
 * dossier_tagger_new_default:
 * @error: return location for a #GError
 *
 * Loads the model installed with Dossier, or the one in the source tree when
 * running uninstalled (`DOSSIER_NER_MODEL` overrides both).
 *
 * Returns: (transfer full) (nullable): a new tagger, or %NULL with @error set
 */
DossierTagger *
dossier_tagger_new_default (GError **error)
{
  const char *env = g_getenv ("DOSSIER_NER_MODEL");
  g_autofree char *installed = g_build_filename (PKGDATADIR, "models", "ner.bin", NULL);

  if (env != NULL && *env != '\0')
    return dossier_tagger_new_from_file (env, error);
#ifdef SOURCE_DATADIR
  if (!g_file_test (installed, G_FILE_TEST_EXISTS))
    {
      g_autofree char *source = g_build_filename (SOURCE_DATADIR, "models", "ner.bin", NULL);
      return dossier_tagger_new_from_file (source, error);
    }
#endif
  return dossier_tagger_new_from_file (installed, error);
}

/**
 * dossier_tagger_free:
 * @self: (nullable): a #DossierTagger
 *
 * Unmaps the model. No thread may be tagging with it any more.
 */
void
dossier_tagger_free (DossierTagger *self)
{
  if (self == NULL)
    return;
  g_mapped_file_unref (self->mapped);
  g_free (self);
}

static inline const gint16 *
feat_row (const NerTables *t,
          guint64          h)
{
  guint32 key = (guint32) (h >> 32) | 1;
  guint32 i = (guint32) h & t->feat_mask;

  for (;;)
    {
      const NerSlot *s = &t->feat[i];
      if (s->key == 0)
        return NULL;
      if (s->key == key)
        return t->weights + (gsize) s->value * NER_N_TAGS;
      i = (i + 1) & t->feat_mask;
    }
}

static inline void
add_features (const NerTables *t,
              const guint64   *feats,
              guint            n,
              gint32          *scores)
{
  for (guint k = 0; k < n; k++)
    {
      const gint16 *row = feat_row (t, feats[k]);
      if (row == NULL)
        continue;
      for (guint j = 0; j < NER_N_TAGS; j++)
        scores[j] += row[j];
    }
}

/* Picks the best tag that keeps the BILOU sequence well formed: a name
 * opened must be closed before the sentence ends. */
static guint8
best_allowed (const NerDoc *doc,
              guint         i,
              guint8        prev,
              const gint32 *scores)
{
  gboolean last = i + 1 >= doc->tokens->len ||
                  (g_array_index (doc->tokens, DossierToken, i + 1).flags & DOSSIER_TOKEN_SENTENCE_START);
  guint8 best = NER_TAG_O;
  gint64 best_score = G_MININT64;

  for (guint8 tag = 0; tag < NER_N_TAGS; tag++)
    {
      if (!_ner_tag_allowed (prev, tag))
        continue;
      if (last && tag != NER_TAG_O && (NER_TAG_PART (tag) == NER_B || NER_TAG_PART (tag) == NER_I))
        continue;
      if (scores[tag] > best_score)
        {
          best_score = scores[tag];
          best = tag;
        }
    }
  return best;
}

static void
decode (const NerTables *t,
        NerDoc          *doc,
        guint8          *tags)
{
  guint n = doc->tokens->len;
  const guint32 *offs = (const guint32 *) doc->feat_offsets->data;
  const guint64 *feats = (const guint64 *) doc->static_feats->data;

  for (guint i = 0; i < n; i++)
    {
      gint32 scores[NER_N_TAGS] = { 0 };
      guint64 dyn[16];
      guint n_dyn;
      guint8 prev;

      add_features (t, feats + offs[i], offs[i + 1] - offs[i], scores);
      n_dyn = _ner_dynamic_features (doc, i, tags, dyn);
      add_features (t, dyn, n_dyn, scores);
      prev = (i == 0 || (g_array_index (doc->tokens, DossierToken, i).flags & DOSSIER_TOKEN_SENTENCE_START))
             ? NER_TAG_O : tags[i - 1];
      tags[i] = best_allowed (doc, i, prev, scores);
      _ner_history_record (doc, i, tags[i]);
    }
}

void
_ner_spans_from_tags (const NerDoc *doc,
                      const guint8 *tags,
                      GArray       *spans)
{
  guint n = doc->tokens->len;

  for (guint i = 0; i < n; i++)
    {
      TokSpan s;
      guint j;

      if (tags[i] == NER_TAG_O)
        continue;
      s.label = NER_TAG_LABEL (tags[i]);
      s.first = i;
      j = i;
      if (NER_TAG_PART (tags[i]) == NER_B)
        {
          while (j + 1 < n && tags[j + 1] != NER_TAG_O &&
                 NER_TAG_LABEL (tags[j + 1]) == s.label &&
                 (NER_TAG_PART (tags[j + 1]) == NER_I || NER_TAG_PART (tags[j + 1]) == NER_L))
            {
              j++;
              if (NER_TAG_PART (tags[j]) == NER_L)
                break;
            }
        }
      s.last = j;
      g_array_append_val (spans, s);
      i = j;
    }
}

/* ---------------------------------------------------------------------- */
/* Document-level post-pass */

static gboolean
token_is (const NerDoc *doc,
          guint         i,
          const char   *word)
{
  const DossierToken *t = &g_array_index (doc->tokens, DossierToken, i);
  gsize len = strlen (word);
  return t->end - t->start == len && memcmp (doc->text + t->start, word, len) == 0;
}

static gboolean
is_honorific (const NerDoc *doc,
              guint         i)
{
  static const char * const words[] = {
    "Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms.", "Miss", "Dr", "Dr.", "Prof", "Prof.",
    "Professor", "Sir", "Dame", "Lord", "Lady", "President", "Premier",
    "Prime", "Minister", "Chancellor", "Secretary", "Senator", "Sen.", "Sen",
    "Governor", "Gov.", "Mayor", "King", "Queen", "Prince", "Princess", "Pope",
    "General", "Gen.", "Gen", "Colonel", "Col.", "Captain", "Capt.", "Lieutenant",
    "Sergeant", "Major", "Admiral", "Commander", "Chairman", "Chief", "Judge",
    "Justice", "Rev.", "Reverend", "Father", "Sheikh", "Ayatollah", "Rabbi",
    "Bishop", "Archbishop", "Cardinal", "Coach", "Ambassador", "Representative",
    "Rep.", "Speaker", "Vice", "Deputy", "Foreign", "Defence", "Defense",
    "Emperor", "Empress", "Comrade", "Officer", "Detective", "Inspector",
    "Superintendent", "Constable", "Sgt", "Sgt.", "Lt", "Lt.", "Messrs", "Mme",
    "Madame", "Monsieur", "Herr", "Frau", "Dr.", "St", "Saint",
  };
  const DossierToken *t = &g_array_index (doc->tokens, DossierToken, i);
  gsize len = t->end - t->start;

  /* "St" and "Saint" start place names too: keep them unless honorific use
   * is certain, i.e. never strip them. */
  for (guint k = 0; k < G_N_ELEMENTS (words) - 2; k++)
    if (strlen (words[k]) == len && memcmp (doc->text + t->start, words[k], len) == 0)
      return TRUE;
  return FALSE;
}

static guint64
span_key (const NerDoc *doc,
          guint         first,
          guint         last)
{
  guint64 h = 0x84222325cbf29ce4ULL;
  for (guint i = first; i <= last; i++)
    {
      const DossierToken *t = &g_array_index (doc->tokens, DossierToken, i);
      h = _ner_hash (h, doc->text + t->start, t->end - t->start);
    }
  return h;
}

typedef struct
{
  guint votes[DOSSIER_N_LABELS];
  guint n_tokens;
  gboolean person_part; /* a word of a longer PERSON name */
} Vote;

static void
trim_spans (const NerDoc *doc,
            GArray       *spans)
{
  guint out = 0;

  for (guint k = 0; k < spans->len; k++)
    {
      TokSpan s = g_array_index (spans, TokSpan, k);

      while (s.first < s.last && (token_is (doc, s.first, "the") || token_is (doc, s.first, "The")))
        s.first++;
      if (s.label == DOSSIER_LABEL_PERSON)
        while (s.first < s.last && is_honorific (doc, s.first))
          s.first++;
      /* Names end in a capitalised word or a number, never in "to" or
       * "wanting": greedy decoding sometimes runs past the end. */
      while (s.last > s.first &&
             (g_array_index (doc->tokens, DossierToken, s.last).flags &
              (DOSSIER_TOKEN_POSSESSIVE | DOSSIER_TOKEN_PUNCT | DOSSIER_TOKEN_LOWER)) &&
             !(g_array_index (doc->tokens, DossierToken, s.last).flags & DOSSIER_TOKEN_ABBREV))
        s.last--;
      if ((g_array_index (doc->tokens, DossierToken, s.first).flags & DOSSIER_TOKEN_PUNCT) &&
          s.first == s.last)
        continue;
      g_array_index (spans, TokSpan, out++) = s;
    }
  g_array_set_size (spans, out);
}

static int
cmp_span (gconstpointer a,
          gconstpointer b)
{
  const TokSpan *x = a, *y = b;
  return (x->first > y->first) - (x->first < y->first);
}

void
_ner_postprocess (const NerDoc *doc,
                  GArray       *spans)
{
  g_autoptr(GHashTable) votes = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_free);
  guint n = doc->tokens->len;
  g_autofree guint8 *covered = NULL;
  const NerTokenInfo *infos = (const NerTokenInfo *) doc->info->data;
  guint max_len = 1;
  guint n_before;

  trim_spans (doc, spans);
  if (spans->len == 0)
    return;

  /* Votes: every tagged occurrence of a string votes for its label; the
   * words of a multi-word PERSON name vote PERSON for themselves, so that
   * "Xi" after "Xi Jinping" is the same person. */
  for (guint k = 0; k < spans->len; k++)
    {
      const TokSpan *s = &g_array_index (spans, TokSpan, k);
      guint64 key = span_key (doc, s->first, s->last);
      Vote *v = g_hash_table_lookup (votes, &key);

      if (v == NULL)
        {
          guint64 *kp = g_new (guint64, 1);
          *kp = key;
          v = g_new0 (Vote, 1);
          v->n_tokens = s->last - s->first + 1;
          g_hash_table_insert (votes, kp, v);
        }
      v->votes[s->label] += 2;
      max_len = MAX (max_len, v->n_tokens);

      if (s->label == DOSSIER_LABEL_PERSON && s->last > s->first)
        for (guint i = s->first; i <= s->last; i++)
          {
            const NerTokenInfo *w = &infos[i];
            guint64 pk;
            Vote *pv;

            /* Only name-like words: capitalised, not usually lower case. */
            if (!(w->flags & DOSSIER_TOKEN_CAPITALISED) || w->low_ratio >= 4 ||
                (w->flags & DOSSIER_TOKEN_ABBREV) || doc->tokens->len == 0 ||
                g_array_index (doc->tokens, DossierToken, i).end - g_array_index (doc->tokens, DossierToken, i).start < 2)
              continue;
            pk = span_key (doc, i, i);
            pv = g_hash_table_lookup (votes, &pk);
            if (pv == NULL)
              {
                guint64 *kp = g_new (guint64, 1);
                *kp = pk;
                pv = g_new0 (Vote, 1);
                pv->n_tokens = 1;
                g_hash_table_insert (votes, kp, pv);
              }
            pv->votes[DOSSIER_LABEL_PERSON] += 1;
            pv->person_part = TRUE;
          }
    }

  /* Relabel by majority. */
  for (guint k = 0; k < spans->len; k++)
    {
      TokSpan *s = &g_array_index (spans, TokSpan, k);
      guint64 key = span_key (doc, s->first, s->last);
      Vote *v = g_hash_table_lookup (votes, &key);
      guint best = s->label;

      for (guint l = 0; l < DOSSIER_N_LABELS; l++)
        if (v->votes[l] > v->votes[best])
          best = l;
      s->label = best;
    }

  /* Propagate: untagged occurrences of a tagged string get its label. */
  covered = g_new0 (guint8, n);
  for (guint k = 0; k < spans->len; k++)
    {
      const TokSpan *s = &g_array_index (spans, TokSpan, k);
      memset (covered + s->first, 1, s->last - s->first + 1);
    }
  n_before = spans->len;
  for (guint i = 0; i < n; i++)
    {
      const NerTokenInfo *w = &infos[i];

      if (covered[i] || !(w->flags & DOSSIER_TOKEN_CAPITALISED))
        continue;
      /* A capitalised common word at a sentence start says nothing. */
      if ((w->flags & DOSSIER_TOKEN_SENTENCE_START) && w->low_ratio >= 4)
        continue;
      if (w->ctx & NER_CTX_ALLCAPS_LINE)
        continue;
      for (guint len = MIN (max_len, n - i); len >= 1; len--)
        {
          guint64 key;
          Vote *v;
          guint best = 0;
          gboolean free_run = TRUE;

          for (guint j = i; j < i + len; j++)
            if (covered[j] || (j > i && (infos[j].flags & DOSSIER_TOKEN_SENTENCE_START)))
              free_run = FALSE;
          if (!free_run)
            continue;
          /* do not cut a capitalised run: "Xi" inside "Xi Jinping Road" */
          if (i + len < n && (infos[i + len].flags & DOSSIER_TOKEN_CAPITALISED) &&
              !(infos[i + len].flags & DOSSIER_TOKEN_SENTENCE_START))
            continue;
          if (i > 0 && (infos[i - 1].flags & DOSSIER_TOKEN_CAPITALISED) &&
              !(infos[i].flags & DOSSIER_TOKEN_SENTENCE_START) && !is_honorific (doc, i - 1))
            continue;
          key = span_key (doc, i, i + len - 1);
          v = g_hash_table_lookup (votes, &key);
          if (v == NULL)
            continue;
          for (guint l = 1; l < DOSSIER_N_LABELS; l++)
            if (v->votes[l] > v->votes[best])
              best = l;
          if (v->votes[best] < 2 && !v->person_part)
            continue;
          if (len == 1 && w->low_ratio >= 4)
            continue;
          {
            TokSpan s = { i, i + len - 1, best };
            g_array_append_val (spans, s);
            memset (covered + i, 1, len);
          }
          i += len - 1;
          break;
        }
    }
  if (spans->len != n_before)
    g_array_sort (spans, cmp_span);
}

/**
 * dossier_tagger_tag:
 * @self: a #DossierTagger
 * @text: clean UTF-8 article text (title, dateline and body paragraphs)
 * @len: length of @text in bytes
 * @spans: (element-type DossierSpan): array the names found are appended
 *   to, in text order
 *
 * Finds the names in one article. Safe to call from several threads at once
 * on one tagger: all working memory is per call.
 */
void
dossier_tagger_tag (DossierTagger *self,
                    const char    *text,
                    gsize          len,
                    GArray        *spans)
{
  NerDoc doc;
  g_autofree guint8 *tags = NULL;
  g_autoptr(GArray) tok_spans = g_array_new (FALSE, FALSE, sizeof (TokSpan));

  g_return_if_fail (self != NULL);
  g_return_if_fail (text != NULL || len == 0);
  g_return_if_fail (spans != NULL);

  _ner_doc_init (&doc);
  _ner_doc_prepare (&doc, &self->tables, text, len);
  tags = g_new0 (guint8, doc.tokens->len + 1);
  decode (&self->tables, &doc, tags);
  _ner_spans_from_tags (&doc, tags, tok_spans);
  _ner_postprocess (&doc, tok_spans);

  for (guint k = 0; k < tok_spans->len; k++)
    {
      const TokSpan *s = &g_array_index (tok_spans, TokSpan, k);
      DossierSpan out;

      out.start = g_array_index (doc.tokens, DossierToken, s->first).start;
      out.end = g_array_index (doc.tokens, DossierToken, s->last).end;
      out.label = s->label;
      g_array_append_val (spans, out);
    }
  _ner_doc_clear (&doc);
}
