/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "dossier-train-ner"

/*
 * dossier-train-ner: trains the named-entity model of dossier-tagger.c.
 *
 * Input: folders in the layout of the evaluation corpora (articles/NAME.txt
 * and a `gold.jsonl` of mentions with byte offsets), a word-class table made
 * by ner-clusters and, optionally, a folder of gazetteer word lists. The
 * training text goes through the same tokenizer and feature code as tagging
 * does, so the model never sees a token split it will not meet later.
 *
 * Learning: averaged perceptron (Collins 2002) over BILOU tags with greedy
 * decoding; the history features (previous tags, labels given earlier in
 * the document) see the gold tags while learning.
 * Everything is seeded: the same inputs give the same model file.
 *
 * Output: the weights of the most useful features quantised to int16, the
 * word table and the gazetteers, in the mmap-able layout of
 * dossier-tagger-private.h.
 */

#include "config.h"

#include <json-glib/json-glib.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "dossier-tagger-private.h"

#define NER_IGNORE 0xFF

typedef struct
{
  float   w[NER_N_TAGS];
  double  acc[NER_N_TAGS];
  guint64 ts;
} Row;

typedef struct
{
  guint64 *keys;   /* 0 = empty */
  guint32 *rows;
  gsize    mask;
  gsize    used;
  GArray  *data;   /* Row */
  guint64  t;      /* number of decisions made so far */
} Weights;

typedef struct
{
  char   *name;
  char   *text;
  gsize   len;
  NerDoc  doc;
  guint8 *gold;
} TrainDoc;

static guint64
fix_key (guint64 k)
{
  return k == 0 ? 1 : k;
}

static Row *
weights_row (Weights *W,
             guint64  key,
             gboolean create)
{
  gsize i;

  key = fix_key (key);
  i = key & W->mask;
  while (W->keys[i] != 0)
    {
      if (W->keys[i] == key)
        return &g_array_index (W->data, Row, W->rows[i]);
      i = (i + 1) & W->mask;
    }
  if (!create)
    return NULL;
  if ((W->used + 1) * 2 > W->mask + 1)
    {
      gsize old_size = W->mask + 1;
      guint64 *ok = W->keys;
      guint32 *orows = W->rows;

      W->mask = old_size * 2 - 1;
      W->keys = g_new0 (guint64, old_size * 2);
      W->rows = g_new0 (guint32, old_size * 2);
      for (gsize j = 0; j < old_size; j++)
        {
          gsize k;
          if (ok[j] == 0)
            continue;
          k = ok[j] & W->mask;
          while (W->keys[k] != 0)
            k = (k + 1) & W->mask;
          W->keys[k] = ok[j];
          W->rows[k] = orows[j];
        }
      g_free (ok);
      g_free (orows);
      i = key & W->mask;
      while (W->keys[i] != 0)
        i = (i + 1) & W->mask;
    }
  W->keys[i] = key;
  W->rows[i] = W->data->len;
  W->used++;
  g_array_set_size (W->data, W->data->len + 1);
  memset (&g_array_index (W->data, Row, W->rows[i]), 0, sizeof (Row));
  g_array_index (W->data, Row, W->rows[i]).ts = W->t;
  return &g_array_index (W->data, Row, W->rows[i]);
}

static void
score (Weights       *W,
       const guint64 *feats,
       guint          n,
       float         *scores)
{
  for (guint k = 0; k < n; k++)
    {
      Row *r = weights_row (W, feats[k], FALSE);
      if (r == NULL)
        continue;
      for (guint j = 0; j < NER_N_TAGS; j++)
        scores[j] += r->w[j];
    }
}

static void
update (Weights       *W,
        const guint64 *feats,
        guint          n,
        guint8         good,
        guint8         bad)
{
  for (guint k = 0; k < n; k++)
    {
      Row *r = weights_row (W, feats[k], TRUE);
      guint64 dt = W->t - r->ts;

      if (dt > 0)
        {
          r->acc[good] += (double) r->w[good] * dt;
          r->acc[bad] += (double) r->w[bad] * dt;
          for (guint j = 0; j < NER_N_TAGS; j++)
            if (j != good && j != bad)
              r->acc[j] += (double) r->w[j] * dt;
          r->ts = W->t;
        }
      r->w[good] += 1;
      r->w[bad] -= 1;
    }
}

static guint8
best_tag (const NerDoc *doc,
          guint         i,
          guint8        prev,
          const float  *scores)
{
  gboolean last = !_ner_may_continue (doc, i);
  guint8 best = NER_TAG_O;
  float best_score = -INFINITY;

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

/* ---------------------------------------------------------------------- */
/* Tables */

static guint32
pow2_at_least (gsize n)
{
  guint32 p = 1;
  while (p < n)
    p <<= 1;
  return p;
}

static NerWordInfo *
load_words (const char *path,
            guint32    *n_slots)
{
  g_autofree char *contents = NULL;
  g_auto(GStrv) lines = NULL;
  g_autoptr(GError) error = NULL;
  NerWordInfo *table;
  guint32 n = 0, mask;

  if (!g_file_get_contents (path, &contents, NULL, &error))
    g_error ("%s", error->message);
  lines = g_strsplit (contents, "\n", -1);
  for (guint i = 0; lines[i]; i++)
    n++;
  /* linear probing stays short up to ~70% load */
  *n_slots = pow2_at_least ((gsize) n * 10 / 7 + 1);
  mask = *n_slots - 1;
  table = g_new0 (NerWordInfo, *n_slots);
  for (guint i = 0; lines[i]; i++)
    {
      g_auto(GStrv) f = NULL;
      guint64 h;
      guint32 key, k;

      if (lines[i][0] == '#' || lines[i][0] == '\0')
        continue;
      f = g_strsplit (lines[i], "\t", -1);
      if (g_strv_length (f) < 6)
        continue;
      h = _ner_hash (0, f[0], strlen (f[0]));
      key = (guint32) (h >> 32) | 1;
      k = (guint32) h & mask;
      while (table[k].key != 0 && table[k].key != key)
        k = (k + 1) & mask;
      table[k].key = key;
      table[k].count = atoi (f[1]);
      table[k].mid_count = atoi (f[2]);
      for (guint c = 0; c < 3; c++)
        table[k].cls[c] = atoi (f[3 + c]) + 1;
    }
  return table;
}

static int cmp_strptr (gconstpointer a, gconstpointer b);

typedef struct
{
  char names[NER_MAX_GAZ_CATS][24];
  guint n_cats;
  GHashTable *phrases; /* guint64* -> mask */
} Gaz;

static void
load_list (Gaz        *gaz,
           const char *path,
           gboolean    aliases)
{
  g_autofree char *contents = NULL;
  g_auto(GStrv) lines = NULL;
  g_autofree char *base = g_path_get_basename (path);
  g_autofree char *stem = g_strndup (base, strlen (base) - (g_str_has_suffix (base, ".tsv") ? 4 : 0));
  guint added = 0;

  if (!g_file_get_contents (path, &contents, NULL, NULL))
    return;
  lines = g_strsplit (contents, "\n", -1);
  for (guint i = 0; lines[i]; i++)
    {
      g_auto(GStrv) f = NULL;
      char cat[24];
      guint c;
      guint64 key;
      gpointer old;

      if (lines[i][0] == '#' || lines[i][0] == '\0')
        continue;
      /* The class column (COUNTRY, FIRST_NAME, ORG_SUFFIX…) is the category;
       * an alias table (alias, canonical, LABEL) gives ALIAS_<LABEL>; a list
       * without a class column is a category of its own. */
      f = g_strsplit (lines[i], "\t", 3);
      if (f[0] == NULL || *g_strstrip (f[0]) == '\0')
        continue;
      if (aliases)
        {
          if (f[1] == NULL || f[2] == NULL)
            continue;
          g_snprintf (cat, sizeof cat, "ALIAS_%s", g_strstrip (f[2]));
        }
      else
        g_strlcpy (cat, f[1] != NULL && *g_strstrip (f[1]) ? f[1] : stem, sizeof cat);
      for (c = 0; c < gaz->n_cats; c++)
        if (strcmp (gaz->names[c], cat) == 0)
          break;
      if (c == gaz->n_cats)
        {
          if (gaz->n_cats == NER_MAX_GAZ_CATS)
            continue;
          g_strlcpy (gaz->names[gaz->n_cats++], cat, 24);
        }
      key = _ner_gaz_key (f[0], strlen (f[0]));
      old = g_hash_table_lookup (gaz->phrases, &key);
      g_hash_table_insert (gaz->phrases, g_memdup2 (&key, sizeof key),
                           GUINT_TO_POINTER (GPOINTER_TO_UINT (old) | (1u << c)));
      added++;
    }
  g_printerr ("gazetteer %s: %u names\n", base, added);
}

static void
load_gazetteers (const char *dir,
                 const char *aliases,
                 Gaz        *gaz)
{
  g_autoptr(GDir) d = NULL;
  g_autoptr(GPtrArray) files = g_ptr_array_new_with_free_func (g_free);
  const char *name;

  gaz->phrases = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  if (dir != NULL && (d = g_dir_open (dir, 0, NULL)) != NULL)
    {
      while ((name = g_dir_read_name (d)) != NULL)
        if (g_str_has_suffix (name, ".tsv"))
          g_ptr_array_add (files, g_build_filename (dir, name, NULL));
      g_ptr_array_sort (files, cmp_strptr);
      for (guint fi = 0; fi < files->len; fi++)
        load_list (gaz, files->pdata[fi], FALSE);
    }
  if (aliases != NULL)
    load_list (gaz, aliases, TRUE);
}

static int
cmp_strptr (gconstpointer a,
            gconstpointer b)
{
  return strcmp (*(char * const *) a, *(char * const *) b);
}

static NerSlot *
gaz_table (Gaz     *gaz,
           guint32 *n_slots)
{
  GHashTableIter it;
  gpointer k, v;
  NerSlot *table;
  guint32 mask;

  *n_slots = pow2_at_least (g_hash_table_size (gaz->phrases) * 10 / 7 + 1);
  mask = *n_slots - 1;
  table = g_new0 (NerSlot, *n_slots);
  g_hash_table_iter_init (&it, gaz->phrases);
  while (g_hash_table_iter_next (&it, &k, &v))
    {
      guint64 h = *(guint64 *) k;
      guint32 key = (guint32) (h >> 32) | 1;
      guint32 i = (guint32) h & mask;
      while (table[i].key != 0 && table[i].key != key)
        i = (i + 1) & mask;
      table[i].key = key;
      table[i].value |= GPOINTER_TO_UINT (v);
    }
  return table;
}

/* ---------------------------------------------------------------------- */
/* Corpus */

static void
load_corpus (const char      *dir,
             const NerTables *tables,
             GPtrArray       *docs)
{
  g_autofree char *gold_path = g_build_filename (dir, "gold.jsonl", NULL);
  g_autofree char *art_dir = g_build_filename (dir, "articles", NULL);
  g_autofree char *gold_text = NULL;
  g_auto(GStrv) lines = NULL;
  g_autoptr(GHashTable) by_file = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  guint misaligned = 0, n_spans = 0, n_ignored = 0;
  guint first = docs->len;

  if (!g_file_get_contents (gold_path, &gold_text, NULL, &error))
    g_error ("%s", error->message);
  lines = g_strsplit (gold_text, "\n", -1);

  {
    g_autoptr(GDir) d = g_dir_open (art_dir, 0, &error);
    g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
    const char *name;

    if (d == NULL)
      g_error ("%s", error->message);
    while ((name = g_dir_read_name (d)) != NULL)
      if (g_str_has_suffix (name, ".txt"))
        g_ptr_array_add (names, g_strdup (name));
    g_ptr_array_sort (names, cmp_strptr);
    for (guint i = 0; i < names->len; i++)
      {
        TrainDoc *td = g_new0 (TrainDoc, 1);
        g_autofree char *path = g_build_filename (art_dir, names->pdata[i], NULL);

        td->name = g_strdup (names->pdata[i]);
        if (!g_file_get_contents (path, &td->text, &td->len, &error))
          g_error ("%s", error->message);
        _ner_doc_init (&td->doc);
        _ner_doc_prepare (&td->doc, tables, td->text, td->len);
        td->gold = g_new0 (guint8, td->doc.tokens->len + 1);
        g_ptr_array_add (docs, td);
        g_hash_table_insert (by_file, td->name, td);
      }
  }

  for (guint i = 0; lines[i]; i++)
    {
      JsonObject *o;
      TrainDoc *td;
      gint64 start, end;
      DossierLabel label;
      guint first_tok = G_MAXUINT, last_tok = G_MAXUINT;

      if (lines[i][0] == '\0')
        continue;
      if (!json_parser_load_from_data (parser, lines[i], -1, &error))
        g_error ("%s:%u: %s", gold_path, i + 1, error->message);
      o = json_node_get_object (json_parser_get_root (parser));
      td = g_hash_table_lookup (by_file, json_object_get_string_member (o, "file"));
      if (td == NULL)
        continue;
      start = json_object_get_int_member (o, "start");
      end = json_object_get_int_member (o, "end");
      if (!dossier_label_from_string (json_object_get_string_member (o, "label"), &label))
        continue;
      n_spans++;
      for (guint t = 0; t < td->doc.tokens->len; t++)
        {
          const DossierToken *tok = &g_array_index (td->doc.tokens, DossierToken, t);
          if (tok->end <= start || tok->start >= end)
            continue;
          if (first_tok == G_MAXUINT)
            first_tok = t;
          last_tok = t;
        }
      if (first_tok == G_MAXUINT)
        continue;
      if (g_array_index (td->doc.tokens, DossierToken, first_tok).start != start ||
          g_array_index (td->doc.tokens, DossierToken, last_tok).end != end)
        misaligned++;
      /* CoNLL labels "Israel-PLO" or "Russian-Chechen" as one MISC token,
       * while Dossier (like the seeds) sees two names in such pairs; those
       * tokens are left out of learning rather than taught either way. */
      {
        gboolean pair = FALSE;
        for (guint t = first_tok + 1; t < last_tok; t++)
          {
            const DossierToken *tk = &g_array_index (td->doc.tokens, DossierToken, t);
            const DossierToken *nx = &g_array_index (td->doc.tokens, DossierToken, t + 1);
            const DossierToken *pv = &g_array_index (td->doc.tokens, DossierToken, t - 1);
            if ((tk->flags & DOSSIER_TOKEN_HYPHEN) && (nx->flags & DOSSIER_TOKEN_CAPITALISED) &&
                (pv->flags & DOSSIER_TOKEN_CAPITALISED) && label == DOSSIER_LABEL_MISC)
              pair = TRUE;
          }
        if (pair)
          {
            for (guint t = first_tok; t <= last_tok; t++)
              td->gold[t] = NER_IGNORE;
            n_ignored++;
            continue;
          }
      }
      if (first_tok == last_tok)
        td->gold[first_tok] = NER_TAG (label, NER_U);
      else
        {
          td->gold[first_tok] = NER_TAG (label, NER_B);
          for (guint t = first_tok + 1; t < last_tok; t++)
            td->gold[t] = NER_TAG (label, NER_I);
          td->gold[last_tok] = NER_TAG (label, NER_L);
        }
    }
  g_printerr ("%s: %u documents, %u mentions, %u not on token boundaries, %u hyphenated pairs ignored\n",
              dir, docs->len - first, n_spans, misaligned, n_ignored);
}

static void
weights_init (Weights *W,
              guint64  t)
{
  W->mask = (1 << 20) - 1;
  W->keys = g_new0 (guint64, W->mask + 1);
  W->rows = g_new0 (guint32, W->mask + 1);
  W->used = 0;
  W->data = g_array_new (FALSE, FALSE, sizeof (Row));
  W->t = t;
}

static void
weights_clear (Weights *W)
{
  g_free (W->keys);
  g_free (W->rows);
  g_array_unref (W->data);
}

/* One training run: @epochs passes over @docs, shuffled by @seed. */
static void
train_run (GPtrArray *docs,
           Weights   *W,
           int        epochs,
           double     word_dropout,
           double     gaz_dropout,
           guint32    seed)
{
  GRand *rand = g_rand_new_with_seed (seed);

  for (int e = 0; e < epochs; e++)
    {
      guint n_tok = 0, n_err = 0;

      for (guint i = docs->len - 1; i > 0; i--)
        {
          guint j = g_rand_int_range (rand, 0, i + 1);
          gpointer tmp = docs->pdata[i];
          docs->pdata[i] = docs->pdata[j];
          docs->pdata[j] = tmp;
        }
      for (guint d = 0; d < docs->len; d++)
        {
          TrainDoc *td = docs->pdata[d];
          NerDoc *doc = &td->doc;
          g_autofree guint8 *tags = g_new0 (guint8, doc->tokens->len + 1);
          const guint32 *offs = (const guint32 *) doc->feat_offsets->data;
          const guint64 *feats = (const guint64 *) doc->static_feats->data;

          memset (doc->hist_keys, 0, sizeof (guint64) * (doc->hist_mask + 1));
          memset (doc->hist_vals, 0, doc->hist_mask + 1);
          for (guint i = 0; i < doc->tokens->len; i++)
            {
              float scores[NER_N_TAGS] = { 0 };
              guint64 dyn[16];
              guint n_dyn = _ner_dynamic_features (doc, i, tags, dyn);
              guint8 prev = (i == 0 || (g_array_index (doc->tokens, DossierToken, i).flags &
                                        DOSSIER_TOKEN_SENTENCE_START)) ? NER_TAG_O : tags[i - 1];
              guint8 pred;

              guint skip = 0;
              guint n_feats = offs[i + 1] - offs[i];

              /* Word dropout: now and then learn a token without its own
               * identity, so that shape, classes, gazetteers and context
               * carry weight for the names the model has never seen. */
              if (word_dropout > 0 && g_rand_double (rand) < word_dropout)
                skip = g_array_index (doc->n_lexical, guint, i);

              /* Gazetteer dropout: now and then learn a token without its
               * word-list matches, so that the model does not lean on the
               * lists alone (a listed word is not always that kind of
               * name, and most names are in no list). */
              if (gaz_dropout > 0 && g_rand_double (rand) < gaz_dropout)
                n_feats = g_array_index (doc->n_before_gaz, guint, i);
              score (W, feats + offs[i] + skip, n_feats - skip, scores);
              score (W, dyn, n_dyn, scores);
              pred = best_tag (doc, i, prev, scores);
              if (pred != td->gold[i] && td->gold[i] != NER_IGNORE)
                {
                  /* NER_DUMP_ERRORS=1: list the last pass's mistakes, to see what the
                   * features cannot learn */
                  if (e == epochs - 1 && g_getenv ("NER_DUMP_ERRORS"))
                    {
                      const DossierToken *tk = &g_array_index (doc->tokens, DossierToken, i);
                      g_print ("%s\t%.*s\t%u\t%u\n", td->name, (int) (tk->end - tk->start), td->text + tk->start, td->gold[i], pred);
                    }
                  update (W, feats + offs[i] + skip, n_feats - skip, td->gold[i], pred);
                  update (W, dyn, n_dyn, td->gold[i], pred);
                  n_err++;
                }
              W->t++;
              n_tok++;
              /* The history features see the gold tags while learning
               * (teacher forcing): on CoNLL's development set this is 1.3
               * F1 points better than learning from the predicted history. */
              tags[i] = td->gold[i] != NER_IGNORE ? td->gold[i] : pred;
              _ner_history_record (doc, i, tags[i]);
            }
        }
      g_printerr ("epoch %d: %u tokens, %.4f error, %u features\n", e + 1, n_tok,
                  (double) n_err / n_tok, W->data->len);
    }
  g_rand_free (rand);
}

/* Adds the averaged weights of @W, divided by @n, to @E: averaging the
 * models of runs with different shuffles is a cheap ensemble that steadies
 * what one run's order of documents decides by chance. */
static void
weights_merge (Weights *E,
               Weights *W,
               guint    n)
{
  for (gsize i = 0; i <= W->mask; i++)
    {
      Row *r, *e;
      if (W->keys[i] == 0)
        continue;
      r = &g_array_index (W->data, Row, W->rows[i]);
      e = weights_row (E, W->keys[i], TRUE);
      for (guint j = 0; j < NER_N_TAGS; j++)
        e->w[j] += (float) ((r->acc[j] + (double) r->w[j] * (W->t - r->ts)) / W->t / n);
    }
}

/* ---------------------------------------------------------------------- */
/* Writing */

typedef struct { guint64 key; guint32 row; float importance; } Kept;

static int
cmp_kept (const void *a,
          const void *b)
{
  const Kept *x = a, *y = b;
  if (x->importance != y->importance)
    return x->importance < y->importance ? 1 : -1;
  return (x->key > y->key) - (x->key < y->key);
}

static int
cmp_float (const void *a,
           const void *b)
{
  float x = *(const float *) a, y = *(const float *) b;
  return (x > y) - (x < y);
}

static void
write_model (const char        *path,
             Weights           *W,
             guint              max_rows,
             const NerWordInfo *words,
             guint32            word_slots,
             const NerSlot     *gaz,
             guint32            gaz_slots,
             const Gaz         *gz)
{
  NerModelHeader h;
  g_autofree Kept *kept = NULL;
  g_autofree float *avg = NULL;
  g_autofree float *mags = NULL;
  g_autofree NerSlot *slots = NULL;
  g_autofree gint16 *q = NULL;
  gsize n = 0;
  guint32 feat_slots;
  float scale;
  FILE *f;
  gsize off;
  static const char zeros[8] = { 0 };

  /* Finish the averages. */
  avg = g_new (float, (gsize) W->data->len * NER_N_TAGS);
  kept = g_new (Kept, W->data->len);
  for (gsize i = 0; i <= W->mask; i++)
    {
      Row *r;
      float imp = 0;
      if (W->keys[i] == 0)
        continue;
      r = &g_array_index (W->data, Row, W->rows[i]);
      for (guint j = 0; j < NER_N_TAGS; j++)
        {
          double a = r->acc[j] + (double) r->w[j] * (W->t - r->ts);
          float v = (float) (a / W->t);
          avg[(gsize) W->rows[i] * NER_N_TAGS + j] = v;
          imp = MAX (imp, fabsf (v));
        }
      kept[n++] = (Kept) { W->keys[i], W->rows[i], imp };
    }
  qsort (kept, n, sizeof (Kept), cmp_kept);
  if (n > max_rows)
    n = max_rows;
  while (n > 0 && kept[n - 1].importance < 1e-4)
    n--;

  /* One scale for all weights, set by the largest: clamping the few large
   * weights (bias, tag transitions) costs far more than the resolution lost
   * on small ones (int16 leaves plenty). */
  mags = g_new (float, n * NER_N_TAGS);
  for (gsize i = 0; i < n; i++)
    for (guint j = 0; j < NER_N_TAGS; j++)
      mags[i * NER_N_TAGS + j] = fabsf (avg[(gsize) kept[i].row * NER_N_TAGS + j]);
  qsort (mags, n * NER_N_TAGS, sizeof (float), cmp_float);
  scale = mags[n * NER_N_TAGS - 1] / 32000.0f;
  if (scale <= 0)
    scale = 1;

  feat_slots = pow2_at_least (n * 3 / 2 + 1);
  slots = g_new0 (NerSlot, feat_slots);
  q = g_new (gint16, n * NER_N_TAGS);
  for (gsize i = 0; i < n; i++)
    {
      guint64 key64 = kept[i].key;
      guint32 key = (guint32) (key64 >> 32) | 1;
      guint32 s = (guint32) key64 & (feat_slots - 1);

      while (slots[s].key != 0)
        s = (s + 1) & (feat_slots - 1);
      slots[s].key = key;
      slots[s].value = i;
      for (guint j = 0; j < NER_N_TAGS; j++)
        {
          float v = roundf (avg[(gsize) kept[i].row * NER_N_TAGS + j] / scale);
          q[i * NER_N_TAGS + j] = (gint16) CLAMP (v, -32767, 32767);
        }
    }

  memset (&h, 0, sizeof h);
  memcpy (h.magic, NER_MODEL_MAGIC, 8);
  h.n_tags = NER_N_TAGS;
  h.n_rows = n;
  h.feat_slots = feat_slots;
  h.word_slots = word_slots;
  h.gaz_slots = gaz_slots;
  h.n_gaz_cats = gz->n_cats;
  h.scale = scale;
  for (guint c = 0; c < gz->n_cats; c++)
    memcpy (h.gaz_cats[c], gz->names[c], 24);
  off = sizeof h;
  off = (off + 7) & ~(gsize) 7;
  h.feat_offset = off;
  off += (gsize) feat_slots * sizeof (NerSlot);
  h.weight_offset = off;
  off += n * NER_N_TAGS * sizeof (gint16);
  off = (off + 7) & ~(gsize) 7;
  h.word_offset = off;
  off += (gsize) word_slots * sizeof (NerWordInfo);
  h.gaz_offset = off;

  f = fopen (path, "wb");
  if (f == NULL)
    g_error ("cannot write %s", path);
  fwrite (&h, sizeof h, 1, f);
  fwrite (zeros, 1, h.feat_offset - sizeof h, f);
  fwrite (slots, sizeof (NerSlot), feat_slots, f);
  fwrite (q, sizeof (gint16), n * NER_N_TAGS, f);
  fwrite (zeros, 1, h.word_offset - (h.weight_offset + n * NER_N_TAGS * sizeof (gint16)), f);
  fwrite (words, sizeof (NerWordInfo), word_slots, f);
  fwrite (gaz, sizeof (NerSlot), gaz_slots, f);
  fclose (f);
  g_printerr ("wrote %s: %zu of %u features, scale %g, %u words, %u gazetteer slots\n",
              path, n, W->data->len, scale, word_slots, gaz_slots);
}

/* ---------------------------------------------------------------------- */

int
main (int   argc,
      char *argv[])
{
  g_autofree char *out = NULL;
  g_autofree char *clusters = NULL;
  g_autofree char *gaz_dir = NULL;
  g_autofree char *aliases = NULL;
  int epochs = 5;
  int max_features = 150000;
  double word_dropout = 0;
  double gaz_dropout = 0;
  int runs = 1;
  g_autoptr(GOptionContext) ctx = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) docs = g_ptr_array_new ();
  GOptionEntry entries[] = {
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &out, "Model file to write", "FILE" },
    { "clusters", 'c', 0, G_OPTION_ARG_FILENAME, &clusters, "Word class table (ner-clusters)", "TSV" },
    { "gazetteers", 'g', 0, G_OPTION_ARG_FILENAME, &gaz_dir, "Folder of gazetteer .tsv lists", "DIR" },
    { "aliases", 'a', 0, G_OPTION_ARG_FILENAME, &aliases, "Alias table (alias, canonical, LABEL)", "TSV" },
    { "epochs", 'e', 0, G_OPTION_ARG_INT, &epochs, "Training passes (5)", "N" },
    { "runs", 'r', 0, G_OPTION_ARG_INT, &runs, "Training runs averaged into the model (1)", "N" },
    { "word-dropout", 'w', 0, G_OPTION_ARG_DOUBLE, &word_dropout, "Share of tokens learnt without their word features (0)", "P" },
    { "gaz-dropout", 'z', 0, G_OPTION_ARG_DOUBLE, &gaz_dropout, "Share of tokens learnt without their gazetteer features (0)", "P" },
    { "max-features", 'm', 0, G_OPTION_ARG_INT, &max_features, "Features kept in the model (150000)", "N" },
    { NULL }
  };
  NerTables tables = { 0 };
  NerWordInfo *words = NULL;
  guint32 word_slots = 0, gaz_slots = 0;
  NerSlot *gaz = NULL;
  Gaz gz = { 0 };
  Weights W = { 0 };

  ctx = g_option_context_new ("CORPUS-DIR… — train the Dossier NER model");
  g_option_context_add_main_entries (ctx, entries, NULL);
  if (!g_option_context_parse (ctx, &argc, &argv, &error) || argc < 2 || out == NULL || clusters == NULL)
    {
      g_printerr ("%s\n", error ? error->message : "need --output, --clusters and a corpus folder");
      return 2;
    }

  words = load_words (clusters, &word_slots);
  tables.words = words;
  tables.word_mask = word_slots - 1;
  load_gazetteers (gaz_dir, aliases, &gz);
  gaz = gaz_table (&gz, &gaz_slots);
  tables.gaz = gaz;
  tables.gaz_mask = gaz_slots - 1;
  _ner_tables_set_categories (&tables, gz.names[0], sizeof gz.names[0], gz.n_cats);

  for (int i = 1; i < argc; i++)
    load_corpus (argv[i], &tables, docs);

  if (runs <= 1)
    {
      weights_init (&W, 1);
      train_run (docs, &W, epochs, word_dropout, gaz_dropout, 20230301);
    }
  else
    {
      /* the ensemble's rows hold the mean directly: t = 1, ts = 0 */
      weights_init (&W, 0);
      for (int r = 0; r < runs; r++)
        {
          Weights R = { 0 };
          weights_init (&R, 1);
          train_run (docs, &R, epochs, word_dropout, gaz_dropout, 20230301 + r);
          weights_merge (&W, &R, runs);
          weights_clear (&R);
        }
      W.t = 1;
    }

  write_model (out, &W, max_features, words, word_slots, gaz, gaz_slots, &gz);
  return 0;
}
