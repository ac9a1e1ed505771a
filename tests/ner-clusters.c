/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ner-clusters"

/*
 * ner-clusters: word classes for the tagger from unlabeled text.
 *
 * Names are rare words: most of the names in a new article never occur in
 * the tagger's training data, but they do occur in any large news corpus next
 * to the same words as other names of their kind. Word classes learnt from
 * unlabeled news carry that knowledge into the tagger (Ratinov & Roth 2009
 * found them the single most useful feature besides gazetteers).
 *
 * The classes come from the exchange algorithm (Kneser & Ney 1993, Martin et
 * al. 1998): every word is moved to the class that most increases the
 * likelihood of a class bigram model, pass after pass. It gives the flat
 * classes of Brown clustering at a fraction of the cost; running it for
 * several class counts gives the coarse and fine levels that Brown's bit
 * string prefixes give.
 *
 * Usage: ner-clusters OUT.tsv N_CLASSES[,N_CLASSES...] ITERATIONS FILE-LIST
 *   FILE-LIST is a file naming one UTF-8 text file per line.
 *   OUT.tsv gets: word, count, count away from a sentence start, one class id
 *   per class count.
 */

#include "config.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "dossier-tokenizer.h"

#define MIN_COUNT 3

typedef struct
{
  guint32 *ids;    /* corpus as word ids, 0 = sentence boundary / rare word */
  gsize n_ids;
  guint n_words;   /* vocabulary size including id 0 */
  char **words;
  guint32 *count;
  guint32 *mid_count;
} Corpus;

typedef struct { guint32 w; guint32 n; } Pair;

typedef struct
{
  /* Per word: successors and predecessors with counts (CSR). */
  guint32 *succ_off; Pair *succ;
  guint32 *pred_off; Pair *pred;
  guint32 *self;
} Bigrams;

static inline double
xlogx (double x)
{
  return x > 0 ? x * log (x) : 0.0;
}

static int
cmp_u64 (const void *a,
         const void *b)
{
  guint64 x = *(const guint64 *) a, y = *(const guint64 *) b;
  return (x > y) - (x < y);
}

static void
build_bigrams (const Corpus *c,
               Bigrams      *b)
{
  /* Sort (left,right) pairs packed in 64 bits, then run-length them. */
  guint64 *pairs = g_new (guint64, c->n_ids);
  gsize n = 0, i, j;
  guint32 *succ_n = g_new0 (guint32, c->n_words + 1);
  guint32 *pred_n = g_new0 (guint32, c->n_words + 1);
  gsize n_uniq = 0;
  guint64 *uniq;
  guint32 *uniq_n;

  for (i = 0; i + 1 < c->n_ids; i++)
    pairs[n++] = ((guint64) c->ids[i] << 32) | c->ids[i + 1];
  /* radix-free: qsort on 3.7M items is a second or two */
  qsort (pairs, n, sizeof (guint64), cmp_u64);
  uniq = g_new (guint64, n);
  uniq_n = g_new (guint32, n);
  for (i = 0; i < n; i = j)
    {
      for (j = i; j < n && pairs[j] == pairs[i]; j++)
        ;
      uniq[n_uniq] = pairs[i];
      uniq_n[n_uniq++] = j - i;
    }
  g_free (pairs);

  b->self = g_new0 (guint32, c->n_words);
  for (i = 0; i < n_uniq; i++)
    {
      guint32 l = uniq[i] >> 32, r = uniq[i] & 0xffffffff;
      if (l == r)
        {
          b->self[l] = uniq_n[i];
          continue;
        }
      succ_n[l + 1]++;
      pred_n[r + 1]++;
    }
  for (i = 1; i <= c->n_words; i++)
    {
      succ_n[i] += succ_n[i - 1];
      pred_n[i] += pred_n[i - 1];
    }
  b->succ_off = g_memdup2 (succ_n, sizeof (guint32) * (c->n_words + 1));
  b->pred_off = g_memdup2 (pred_n, sizeof (guint32) * (c->n_words + 1));
  b->succ = g_new (Pair, succ_n[c->n_words]);
  b->pred = g_new (Pair, pred_n[c->n_words]);
  for (i = 0; i < n_uniq; i++)
    {
      guint32 l = uniq[i] >> 32, r = uniq[i] & 0xffffffff;
      if (l == r)
        continue;
      b->succ[succ_n[l]++] = (Pair) { r, uniq_n[i] };
      b->pred[pred_n[r]++] = (Pair) { l, uniq_n[i] };
    }
  g_free (uniq);
  g_free (uniq_n);
  g_free (succ_n);
  g_free (pred_n);
}

static guint16 *
exchange (const Corpus  *c,
          const Bigrams *b,
          guint          C,
          guint          iterations)
{
  guint16 *cls = g_new (guint16, c->n_words);
  double *N = g_new0 (double, (gsize) C * C); /* N[l*C+r] */
  double *Nl = g_new0 (double, C), *Nr = g_new0 (double, C);
  double *L = g_new0 (double, C), *R = g_new0 (double, C);
  guint *Lnz = g_new (guint, C), *Rnz = g_new (guint, C);
  guint w, k;

  /* Words are numbered by falling frequency: spread them round-robin so
   * each class starts with a mix. Class 0 is kept for the boundary. */
  cls[0] = 0;
  for (w = 1; w < c->n_words; w++)
    cls[w] = 1 + (w - 1) % (C - 1);
  for (w = 0; w < c->n_words; w++)
    {
      for (guint32 i = b->succ_off[w]; i < b->succ_off[w + 1]; i++)
        N[cls[w] * C + cls[b->succ[i].w]] += b->succ[i].n;
      N[cls[w] * C + cls[w]] += b->self[w];
    }
  for (guint a = 0; a < C; a++)
    for (guint r = 0; r < C; r++)
      {
        Nl[a] += N[a * C + r];
        Nr[r] += N[a * C + r];
      }

  for (guint it = 0; it < iterations; it++)
    {
      guint moved = 0;
      double obj = 0;

      for (w = 1; w < c->n_words; w++)
        {
          guint a = cls[w], best = a, nL = 0, nR = 0;
          double nl = 0, nr = 0, self = b->self[w], best_delta = -INFINITY;

          for (guint32 i = b->pred_off[w]; i < b->pred_off[w + 1]; i++)
            {
              guint cc = cls[b->pred[i].w];
              if (L[cc] == 0)
                Lnz[nL++] = cc;
              L[cc] += b->pred[i].n;
              nr += b->pred[i].n;
            }
          for (guint32 i = b->succ_off[w]; i < b->succ_off[w + 1]; i++)
            {
              guint cc = cls[b->succ[i].w];
              if (R[cc] == 0)
                Rnz[nR++] = cc;
              R[cc] += b->succ[i].n;
              nl += b->succ[i].n;
            }
          nl += self;
          nr += self;

          /* take w out of a */
          for (guint i = 0; i < nL; i++)
            N[Lnz[i] * C + a] -= L[Lnz[i]];
          for (guint i = 0; i < nR; i++)
            N[a * C + Rnz[i]] -= R[Rnz[i]];
          N[a * C + a] -= self;
          Nl[a] -= nl;
          Nr[a] -= nr;

          for (k = 1; k < C; k++)
            {
              double d = 0;
              double lb = L[k], rb = R[k];

              for (guint i = 0; i < nL; i++)
                {
                  guint cc = Lnz[i];
                  if (cc == k)
                    continue;
                  double x = N[cc * C + k];
                  d += xlogx (x + L[cc]) - xlogx (x);
                }
              for (guint i = 0; i < nR; i++)
                {
                  guint cc = Rnz[i];
                  if (cc == k)
                    continue;
                  double x = N[k * C + cc];
                  d += xlogx (x + R[cc]) - xlogx (x);
                }
              {
                double x = N[k * C + k];
                d += xlogx (x + lb + rb + self) - xlogx (x);
              }
              d -= xlogx (Nl[k] + nl) - xlogx (Nl[k]);
              d -= xlogx (Nr[k] + nr) - xlogx (Nr[k]);
              if (d > best_delta + 1e-9 || (k == a && d >= best_delta - 1e-9))
                {
                  best_delta = d;
                  best = k;
                }
            }

          /* put w into best */
          for (guint i = 0; i < nL; i++)
            N[Lnz[i] * C + best] += L[Lnz[i]];
          for (guint i = 0; i < nR; i++)
            N[best * C + Rnz[i]] += R[Rnz[i]];
          N[best * C + best] += self;
          Nl[best] += nl;
          Nr[best] += nr;
          if (best != a)
            moved++;
          cls[w] = best;

          for (guint i = 0; i < nL; i++)
            L[Lnz[i]] = 0;
          for (guint i = 0; i < nR; i++)
            R[Rnz[i]] = 0;
        }
      for (guint a = 0; a < C * C; a++)
        obj += xlogx (N[a]);
      for (guint a = 0; a < C; a++)
        obj -= xlogx (Nl[a]) + xlogx (Nr[a]);
      g_printerr ("C=%u iteration %u: moved %u, objective %.6g\n", C, it + 1, moved, obj / c->n_ids);
      if (moved < c->n_words / 500)
        break;
    }
  g_free (N); g_free (Nl); g_free (Nr); g_free (L); g_free (R);
  g_free (Lnz); g_free (Rnz);
  return cls;
}

typedef struct { char *word; guint32 count; guint32 mid; } Entry;

static int
cmp_entry (const void *a, const void *b)
{
  const Entry *x = *(Entry * const *) a, *y = *(Entry * const *) b;
  if (x->count != y->count)
    return x->count < y->count ? 1 : -1;
  return strcmp (x->word, y->word);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GHashTable) vocab = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GArray) tokens = g_array_new (FALSE, FALSE, sizeof (DossierToken));
  g_autoptr(GPtrArray) entries = g_ptr_array_new ();
  g_autofree char *list = NULL;
  g_auto(GStrv) files = NULL;
  g_auto(GStrv) sizes = NULL;
  GArray *seq; /* of Entry* */
  Corpus c = { 0 };
  Bigrams b;
  guint16 **classes;
  guint n_sizes;
  FILE *out;

  if (argc != 5)
    {
      g_printerr ("Usage: %s OUT.tsv N_CLASSES[,N...] ITERATIONS FILE-LIST\n", argv[0]);
      return 2;
    }
  if (!g_file_get_contents (argv[4], &list, NULL, NULL))
    return 1;
  files = g_strsplit (list, "\n", -1);
  sizes = g_strsplit (argv[2], ",", -1);
  n_sizes = g_strv_length (sizes);

  seq = g_array_new (FALSE, FALSE, sizeof (Entry *));
  for (guint f = 0; files[f]; f++)
    {
      g_autofree char *text = NULL;
      gsize len;

      if (!*files[f] || !g_file_get_contents (files[f], &text, &len, NULL))
        continue;
      g_array_set_size (tokens, 0);
      dossier_tokenize (text, len, tokens);
      for (guint i = 0; i < tokens->len; i++)
        {
          const DossierToken *t = &g_array_index (tokens, DossierToken, i);
          g_autofree char *w = g_strndup (text + t->start, t->end - t->start);
          Entry *e = g_hash_table_lookup (vocab, w);
          Entry *boundary = NULL;

          if (t->flags & DOSSIER_TOKEN_SENTENCE_START)
            g_array_append_val (seq, boundary);
          if (e == NULL)
            {
              e = g_new0 (Entry, 1);
              e->word = g_steal_pointer (&w);
              g_hash_table_insert (vocab, e->word, e);
              g_ptr_array_add (entries, e);
            }
          e->count++;
          if (!(t->flags & DOSSIER_TOKEN_SENTENCE_START))
            e->mid++;
          g_array_append_val (seq, e);
        }
    }
  g_printerr ("%u tokens, %u types\n", seq->len, entries->len);

  qsort (entries->pdata, entries->len, sizeof (gpointer), cmp_entry);
  c.n_words = 1;
  c.words = g_new0 (char *, entries->len + 1);
  c.count = g_new0 (guint32, entries->len + 1);
  for (guint i = 0; i < entries->len; i++)
    {
      Entry *e = entries->pdata[i];
      if (e->count < MIN_COUNT)
        break;
      c.words[c.n_words] = e->word;
      c.count[c.n_words] = e->count;
      c.n_words++;
    }
  {
    g_autoptr(GHashTable) ids = g_hash_table_new (g_direct_hash, g_direct_equal);
    for (guint i = 1; i < c.n_words; i++)
      g_hash_table_insert (ids, entries->pdata[i - 1], GUINT_TO_POINTER (i));
    c.ids = g_new (guint32, seq->len);
    c.n_ids = seq->len;
    for (guint i = 0; i < seq->len; i++)
      {
        Entry *e = g_array_index (seq, Entry *, i);
        c.ids[i] = e ? GPOINTER_TO_UINT (g_hash_table_lookup (ids, e)) : 0;
      }
  }
  g_printerr ("%u words with count >= %d\n", c.n_words - 1, MIN_COUNT);

  build_bigrams (&c, &b);
  classes = g_new (guint16 *, n_sizes);
  for (guint s = 0; s < n_sizes; s++)
    classes[s] = exchange (&c, &b, atoi (sizes[s]), atoi (argv[3]));

  out = fopen (argv[1], "w");
  if (out == NULL)
    return 1;
  fprintf (out, "# word\tcount\tcount-mid-sentence");
  for (guint s = 0; s < n_sizes; s++)
    fprintf (out, "\tclass%s", sizes[s]);
  fprintf (out, "\n");
  for (guint i = 1; i < c.n_words; i++)
    {
      Entry *e = entries->pdata[i - 1];
      fprintf (out, "%s\t%u\t%u", e->word, e->count, e->mid);
      for (guint s = 0; s < n_sizes; s++)
        fprintf (out, "\t%u", classes[s][i]);
      fprintf (out, "\n");
    }
  fclose (out);
  return 0;
}
