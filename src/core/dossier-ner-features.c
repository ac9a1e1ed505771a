/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "dossier-ner-features"

#include "config.h"

#include <string.h>

#include "dossier-tagger-private.h"

/*
 * Feature extraction for the named-entity tagger, shared by the tagger and
 * the trainer. Features are 64-bit hashes of (template, value) pairs: no
 * strings are built and nothing is allocated per token, which is what keeps
 * tagging above 100,000 words a second.
 */

#define FNV_OFFSET 0xcbf29ce484222325ULL
#define FNV_PRIME 0x100000001b3ULL

static inline guint64
fmix64 (guint64 k)
{
  k ^= k >> 33;
  k *= 0xff51afd7ed558ccdULL;
  k ^= k >> 33;
  k *= 0xc4ceb9fe1a85ec53ULL;
  k ^= k >> 33;
  return k;
}

static inline guint64
fnv_update (guint64     h,
            const char *s,
            gsize       len)
{
  for (gsize i = 0; i < len; i++)
    {
      h ^= (guchar) s[i];
      h *= FNV_PRIME;
    }
  return h;
}

guint64
_ner_hash (guint64     seed,
           const char *s,
           gsize       len)
{
  return fmix64 (fnv_update (FNV_OFFSET ^ seed, s, len));
}

static inline guint64
feat1 (guint tmpl,
       guint64 v)
{
  return fmix64 (v * 0x9E3779B97F4A7C15ULL + tmpl);
}

static inline guint64
feat2 (guint   tmpl,
       guint64 a,
       guint64 b)
{
  return fmix64 ((a * 0x9E3779B97F4A7C15ULL) ^ (b + 0x632BE59BD9B4E019ULL + (b << 6)) ^ ((guint64) tmpl << 56));
}

const NerWordInfo *
_ner_word_lookup (const NerTables *t,
                  guint64          h)
{
  guint32 key = (guint32) (h >> 32) | 1;
  guint32 i = (guint32) h & t->word_mask;

  if (t->words == NULL)
    return NULL;
  for (;;)
    {
      const NerWordInfo *w = &t->words[i];
      if (w->key == 0)
        return NULL;
      if (w->key == key)
        return w;
      i = (i + 1) & t->word_mask;
    }
}

guint32
_ner_gaz_lookup (const NerTables *t,
                 guint64          h)
{
  guint32 key = (guint32) (h >> 32) | 1;
  guint32 i = (guint32) h & t->gaz_mask;

  if (t->gaz == NULL)
    return 0;
  for (;;)
    {
      const NerSlot *s = &t->gaz[i];
      if (s->key == 0)
        return 0;
      if (s->key == key)
        return s->value;
      i = (i + 1) & t->gaz_mask;
    }
}

/* Feature templates. Never renumber: the numbers are part of the model. */
enum
{
  T_BIAS = 1, T_FORM, T_LOWER, T_SHAPE, T_SSHAPE, T_PRE1, T_PRE2, T_PRE3,
  T_SUF1, T_SUF2, T_SUF3, T_SUF4, T_POS, T_LOWRATIO, T_LOWRATIO_POS, T_FREQ,
  T_CLS0, T_CLS1, T_CLS2, T_CLS_P1, T_CLS_N1, T_CLS_P1_2, T_CLS_N1_2,
  T_LOW_P1, T_LOW_N1, T_LOW_P2, T_LOW_N2, T_SHAPE_P1, T_SHAPE_N1,
  T_BI_P1, T_BI_N1, T_GAZ, T_GAZ_P1, T_GAZ_N1, T_POSS_N1, T_THE_P1,
  T_HYPH, T_SHAPE_POS, T_CLS_P2, T_CLS_N2, T_CLS1_SHAPE, T_GAZ_SHAPE,
  T_T1, T_T2, T_T1_FORM, T_T1_SHAPE, T_HIST, T_HIST_SHAPE, T_T1_CLS,
  T_SSHAPE_P1_N1, T_LINEPOS, T_FORM_P1, T_FORM_N1, T_DOCCASE, T_DOCCASE_POS,
  T_CLS2_POS, T_AGG,
};

#define SHAPE_CAPSLINE 0x5ca95ca9ULL

void
_ner_doc_init (NerDoc *doc)
{
  memset (doc, 0, sizeof *doc);
  doc->tokens = g_array_new (FALSE, FALSE, sizeof (DossierToken));
  doc->info = g_array_new (FALSE, TRUE, sizeof (NerTokenInfo));
  doc->static_feats = g_array_new (FALSE, FALSE, sizeof (guint64));
  doc->feat_offsets = g_array_new (FALSE, FALSE, sizeof (guint32));
  doc->n_lexical = g_array_new (FALSE, FALSE, sizeof (guint));
  doc->n_before_gaz = g_array_new (FALSE, FALSE, sizeof (guint));
}

void
_ner_doc_clear (NerDoc *doc)
{
  g_clear_pointer (&doc->tokens, g_array_unref);
  g_clear_pointer (&doc->info, g_array_unref);
  g_clear_pointer (&doc->static_feats, g_array_unref);
  g_clear_pointer (&doc->feat_offsets, g_array_unref);
  g_clear_pointer (&doc->n_lexical, g_array_unref);
  g_clear_pointer (&doc->n_before_gaz, g_array_unref);
  g_clear_pointer (&doc->hist_keys, g_free);
  g_clear_pointer (&doc->hist_vals, g_free);
}

static inline gboolean
is_upper_byte (guchar c)
{
  return c >= 'A' && c <= 'Z';
}

/* Word shape: X for upper case, x for lower case, d for digits, other
 * characters as themselves; runs longer than @max are cut. */
static guint64
shape_hash (const char *s,
            gsize       len,
            guint       max)
{
  guint64 h = FNV_OFFSET;
  char prev = 0;
  guint run = 0;
  const char *end = s + len;

  while (s < end)
    {
      gunichar c = g_utf8_get_char_validated (s, end - s);
      char k;

      if (c == (gunichar) -1 || c == (gunichar) -2)
        {
          c = 0xFFFD;
          s++;
        }
      else
        s = g_utf8_next_char (s);
      if (c < 0x80)
        k = g_ascii_isupper (c) ? 'X' : g_ascii_islower (c) ? 'x' : g_ascii_isdigit (c) ? 'd' : (char) c;
      else
        k = g_unichar_isupper (c) ? 'X' : g_unichar_isalpha (c) ? 'x' : g_unichar_isdigit (c) ? 'd' : '*';
      if (k == prev)
        {
          if (++run >= max)
            continue;
        }
      else
        run = 0;
      prev = k;
      h = (h ^ (guchar) k) * FNV_PRIME;
    }
  return fmix64 (h);
}

static inline guint64
hash_lower (const char *s,
            gsize       len,
            gsize       skip)
{
  guint64 h = FNV_OFFSET;
  for (gsize i = skip; i < len; i++)
    h = (h ^ (guchar) g_ascii_tolower (s[i])) * FNV_PRIME;
  return fmix64 (h);
}

/* First letter kept, the rest lower case: how an all-caps word would be
 * written in running text ("LEICESTERSHIRE" → "Leicestershire"). */
static inline guint64
hash_title (const char *s,
            gsize       len)
{
  guint64 h = FNV_OFFSET;
  for (gsize i = 0; i < len; i++)
    h = (h ^ (guchar) (i == 0 ? s[i] : g_ascii_tolower (s[i]))) * FNV_PRIME;
  return fmix64 (h);
}

/* Category hashes for the features, and which categories name places and
 * demonyms (used to split "China-Russia" into two names). */
void
_ner_tables_set_categories (NerTables  *tables,
                            const char *names,
                            gsize       stride,
                            guint       n)
{
  static const char * const places[] = {
    "COUNTRY", "COUNTRY_CODE", "CITY", "REGION", "ALIAS_PLACE", NULL,
  };

  tables->n_gaz_cats = n;
  tables->place_cats = tables->demonym_cats = tables->first_name_cats = 0;
  tables->alias_place_cats = tables->person_name_cats = 0;
  for (guint c = 0; c < n; c++)
    {
      const char *name = names + c * stride;
      gsize len = strnlen (name, stride);

      tables->gaz_cat_hash[c] = _ner_hash (7, name, len);
      for (guint k = 0; places[k]; k++)
        if (strlen (places[k]) == len && memcmp (places[k], name, len) == 0)
          tables->place_cats |= 1u << c;
      if (len == 7 && memcmp (name, "DEMONYM", 7) == 0)
        tables->demonym_cats |= 1u << c;
      if (len == 11 && memcmp (name, "ALIAS_PLACE", 11) == 0)
        tables->alias_place_cats |= 1u << c;
      if (len == 10 && memcmp (name, "FIRST_NAME", 10) == 0)
        tables->first_name_cats |= 1u << c;
      if (len == 11 && memcmp (name, "PERSON_NAME", 11) == 0)
        tables->person_name_cats |= 1u << c;
    }
}

guint64
_ner_gaz_key (const char *name,
              gsize       len)
{
  g_autoptr(GArray) toks = g_array_new (FALSE, FALSE, sizeof (DossierToken));
  guint64 h = FNV_OFFSET;

  dossier_tokenize (name, len, toks);
  for (guint i = 0; i < toks->len; i++)
    {
      const DossierToken *t = &g_array_index (toks, DossierToken, i);
      if (i > 0)
        h = (h ^ ' ') * FNV_PRIME;
      h = fnv_update (h, name + t->start, t->end - t->start);
    }
  return fmix64 (h);
}

static void
line_contexts (NerDoc *doc)
{
  guint n = doc->tokens->len;
  guint i = 0;

  while (i < n)
    {
      guint j = i + 1, words = 0, caps = 0, allcaps = 0, long_words = 0, long_caps = 0;
      guint32 ctx = 0;

      while (j < n && !(g_array_index (doc->tokens, DossierToken, j).flags & DOSSIER_TOKEN_LINE_START))
        j++;
      for (guint k = i; k < j; k++)
        {
          const DossierToken *t = &g_array_index (doc->tokens, DossierToken, k);
          if (!(t->flags & (DOSSIER_TOKEN_CAPITALISED | DOSSIER_TOKEN_LOWER)))
            continue;
          words++;
          if (t->flags & DOSSIER_TOKEN_CAPITALISED)
            caps++;
          if ((t->flags & DOSSIER_TOKEN_ALL_CAPS) && t->end - t->start > 1)
            allcaps++;
          if (t->end - t->start >= 4)
            {
              long_words++;
              if (t->flags & DOSSIER_TOKEN_CAPITALISED)
                long_caps++;
            }
        }
      if (words >= 2 && allcaps * 10 >= words * 7)
        ctx |= NER_CTX_ALLCAPS_LINE;
      else if (long_words >= 3 && long_caps * 10 >= long_words * 8)
        ctx |= NER_CTX_TITLE_LINE;
      for (guint k = i; k < j; k++)
        g_array_index (doc->info, NerTokenInfo, k).ctx = ctx;
      i = j;
    }
}

static inline guint8
freq_bucket (guint32 count)
{
  guint8 b = 0;
  while (count > 0 && b < 20)
    {
      count >>= 1;
      b++;
    }
  return b + 1;
}

static void
token_info (NerDoc          *doc,
            const NerTables *tables,
            guint            i)
{
  const DossierToken *t = &g_array_index (doc->tokens, DossierToken, i);
  NerTokenInfo *info = &g_array_index (doc->info, NerTokenInfo, i);
  const char *s = doc->text + t->start;
  gsize len = t->end - t->start;
  gboolean capsline = (info->ctx & NER_CTX_ALLCAPS_LINE) != 0;
  const NerWordInfo *wi = NULL, *li = NULL;

  info->flags = t->flags;
  /* "Mr." and "Mr", "Jan." and "Jan" are one word to the features. */
  if ((t->flags & DOSSIER_TOKEN_ABBREV) && len > 1 && s[len - 1] == '.')
    info->lower = hash_lower (s, len - 1, 0);
  else
    info->lower = hash_lower (s, len, 0);
  if (capsline && (t->flags & DOSSIER_TOKEN_ALL_CAPS))
    {
      info->form = info->lower;
      info->shape = SHAPE_CAPSLINE;
      wi = _ner_word_lookup (tables, hash_title (s, len));
      if (wi == NULL)
        wi = _ner_word_lookup (tables, _ner_hash (0, s, len));
    }
  else
    {
      info->form = _ner_hash (0, s, len);
      info->shape = shape_hash (s, len, 4);
      wi = _ner_word_lookup (tables, info->form);
    }
  if (wi == NULL && !(t->flags & DOSSIER_TOKEN_LOWER))
    wi = li = _ner_word_lookup (tables, info->lower);
  if (wi != NULL)
    {
      memcpy (info->cls, wi->cls, sizeof info->cls);
      info->freq = freq_bucket (wi->count);
    }
  else
    {
      memset (info->cls, 0, sizeof info->cls);
      info->freq = 0;
    }

  info->low_ratio = 0;
  if (t->flags & DOSSIER_TOKEN_CAPITALISED)
    {
      /* How often is this word written in lower case inside a sentence?
       * That tells "The" and "Police" at a sentence start or in a headline
       * from names, which are capitalised everywhere. */
      guint32 cap_mid = (wi != NULL && wi != li) ? wi->mid_count : 0;
      guint32 low_mid;

      if (li == NULL)
        li = _ner_word_lookup (tables, info->lower);
      low_mid = li != NULL ? li->mid_count : 0;
      if (cap_mid + low_mid == 0)
        info->low_ratio = 1;
      else
        {
          double r = (double) low_mid / (cap_mid + low_mid);
          info->low_ratio = r < 0.01 ? 2 : r < 0.1 ? 3 : r < 0.5 ? 4 : r < 0.9 ? 5 : 6;
        }
    }
  memset (info->gaz, 0, sizeof info->gaz);
}

static void
match_gazetteers (NerDoc          *doc,
                  const NerTables *tables)
{
  guint n = doc->tokens->len;

  if (tables->gaz == NULL)
    return;
  for (guint i = 0; i < n; i++)
    {
      const DossierToken *t0 = &g_array_index (doc->tokens, DossierToken, i);
      gboolean capsline = (g_array_index (doc->info, NerTokenInfo, i).ctx & NER_CTX_ALLCAPS_LINE) != 0;
      guint64 h = FNV_OFFSET, ht = FNV_OFFSET;

      if (!(t0->flags & (DOSSIER_TOKEN_CAPITALISED | DOSSIER_TOKEN_NUMBER)))
        continue;
      for (guint k = 0; k < NER_MAX_GAZ_LEN && i + k < n; k++)
        {
          const DossierToken *t = &g_array_index (doc->tokens, DossierToken, i + k);
          const char *s = doc->text + t->start;
          gsize len = t->end - t->start;
          guint32 mask;

          if (k > 0)
            {
              if (t->flags & DOSSIER_TOKEN_LINE_START)
                break;
              h = (h ^ ' ') * FNV_PRIME;
              ht = (ht ^ ' ') * FNV_PRIME;
            }
          h = fnv_update (h, s, len);
          for (gsize b = 0; b < len; b++)
            ht = (ht ^ (guchar) (b == 0 ? s[b] : g_ascii_tolower (s[b]))) * FNV_PRIME;
          mask = _ner_gaz_lookup (tables, fmix64 (h));
          if (capsline)
            mask |= _ner_gaz_lookup (tables, fmix64 (ht));
          if (mask == 0)
            continue;
          if (k == 0)
            g_array_index (doc->info, NerTokenInfo, i).gaz[NER_U] |= mask;
          else
            {
              g_array_index (doc->info, NerTokenInfo, i).gaz[NER_B] |= mask;
              for (guint m = 1; m < k; m++)
                g_array_index (doc->info, NerTokenInfo, i + m).gaz[NER_I] |= mask;
              g_array_index (doc->info, NerTokenInfo, i + k).gaz[NER_L] |= mask;
            }
        }
    }
}

/* Small word sets compared by the hash of the lowercased token. */
typedef enum
{
  WS_TITLE, WS_ORG_NEXT, WS_PLACE_PREP, WS_SAID, WS_THE, N_WORD_SETS
} WordSet;

static const char * const word_sets[N_WORD_SETS][24] = {
  { "mr", "mrs", "ms", "dr", "president", "minister", "senator", "governor",
    "mayor", "sir", "prof", "professor", "king", "queen", "judge", "chairman",
    "spokesman", "spokeswoman", "coach", "general", "secretary", "chancellor",
    "premier", NULL },
  { "inc", "corp", "ltd", "co", "plc", "group", "company", "party", "university",
    "bank", "foundation", "institute", "agency", "council", "club", "airlines",
    "llc", "ag", "sa", "association", "organization", NULL },
  { "in", "at", "from", "near", "across", "outside", "inside", "into", "via",
    "throughout", NULL },
  { "said", "says", "told", "added", "stated", "explained", "argued", "wrote",
    "announced", "asked", NULL },
  { "the", NULL },
};

static guint64 word_set_hash[N_WORD_SETS][24];

static gboolean
in_word_set (WordSet  set,
             guint64  lower)
{
  static gsize once;

  if (g_once_init_enter (&once))
    {
      for (guint k = 0; k < N_WORD_SETS; k++)
        for (guint j = 0; word_sets[k][j]; j++)
          word_set_hash[k][j] = hash_lower (word_sets[k][j], strlen (word_sets[k][j]), 0);
      g_once_init_leave (&once, 1);
    }
  for (guint j = 0; word_sets[set][j]; j++)
    if (word_set_hash[set][j] == lower)
      return TRUE;
  return FALSE;
}

/* Contexts a capitalised word is seen in anywhere in the document, pooled
 * over its occurrences (Ratinov & Roth's context aggregation): "Scientology"
 * after "in" here and "of" there, "Montalvo" after "Mr" once. */
enum
{
  AGG_AFTER_TITLE = 1 << 0,
  AGG_BEFORE_ORG  = 1 << 1,
  AGG_AFTER_PREP  = 1 << 2,
  AGG_POSSESSIVE  = 1 << 3,
  AGG_BEFORE_SAID = 1 << 4,
  AGG_IN_RUN      = 1 << 5,  /* next to another capitalised word */
  AGG_AFTER_THE   = 1 << 6,
  AGG_ALONE       = 1 << 7,  /* between lower-case words */
};

static guint8
context_bits (const NerDoc *doc,
              guint         i)
{
  const NerTokenInfo *infos = (const NerTokenInfo *) doc->info->data;
  const NerTokenInfo *w = &infos[i];
  gboolean has_prev = i > 0 && !(w->flags & DOSSIER_TOKEN_SENTENCE_START);
  gboolean has_next = i + 1 < doc->tokens->len && !(infos[i + 1].flags & DOSSIER_TOKEN_SENTENCE_START);
  guint8 bits = 0;

  if (has_prev)
    {
      const NerTokenInfo *p = &infos[i - 1];
      if (in_word_set (WS_TITLE, p->lower))
        bits |= AGG_AFTER_TITLE;
      if (in_word_set (WS_PLACE_PREP, p->lower) && (p->flags & DOSSIER_TOKEN_LOWER))
        bits |= AGG_AFTER_PREP;
      if (in_word_set (WS_THE, p->lower) && (p->flags & DOSSIER_TOKEN_LOWER))
        bits |= AGG_AFTER_THE;
      if ((p->flags & DOSSIER_TOKEN_CAPITALISED) && !(p->flags & DOSSIER_TOKEN_SENTENCE_START))
        bits |= AGG_IN_RUN;
    }
  if (has_next)
    {
      const NerTokenInfo *n = &infos[i + 1];
      if (in_word_set (WS_ORG_NEXT, n->lower) && (n->flags & DOSSIER_TOKEN_CAPITALISED))
        bits |= AGG_BEFORE_ORG;
      if (n->flags & DOSSIER_TOKEN_POSSESSIVE)
        bits |= AGG_POSSESSIVE;
      if (in_word_set (WS_SAID, n->lower))
        bits |= AGG_BEFORE_SAID;
      if (n->flags & DOSSIER_TOKEN_CAPITALISED)
        bits |= AGG_IN_RUN;
    }
  if (has_prev && has_next && (infos[i - 1].flags & DOSSIER_TOKEN_LOWER) &&
      (infos[i + 1].flags & (DOSSIER_TOKEN_LOWER | DOSSIER_TOKEN_PUNCT)))
    bits |= AGG_ALONE;
  return bits;
}

/* How the document itself writes each word away from sentence starts and
 * headlines: capitalised, lower case, or both. A headline's "LEICESTERSHIRE"
 * or a sentence-initial "Police" is read in the light of the body. */
static void
doc_case (NerDoc *doc)
{
  guint n = doc->tokens->len;
  guint32 cap, mask;
  g_autofree guint64 *keys = NULL;
  g_autofree guint8 *vals = NULL;
  NerTokenInfo *infos = (NerTokenInfo *) doc->info->data;

  for (cap = 64; cap < 2 * n; cap <<= 1)
    ;
  mask = cap - 1;
  keys = g_new0 (guint64, cap);
  vals = g_new0 (guint8, cap);
  g_autofree guint8 *ctx = g_new0 (guint8, cap);
  for (guint pass = 0; pass < 2; pass++)
    for (guint i = 0; i < n; i++)
      {
        NerTokenInfo *w = &infos[i];
        guint64 key = w->lower | 1;
        guint32 k = (guint32) key & mask;

        if (!(w->flags & (DOSSIER_TOKEN_CAPITALISED | DOSSIER_TOKEN_LOWER)))
          continue;
        while (keys[k] != 0 && keys[k] != key)
          k = (k + 1) & mask;
        if (pass == 0)
          {
            if ((w->flags & DOSSIER_TOKEN_CAPITALISED) && !(w->ctx & NER_CTX_ALLCAPS_LINE))
              {
                keys[k] = key;
                ctx[k] |= context_bits (doc, i);
              }
            if ((w->flags & DOSSIER_TOKEN_SENTENCE_START) ||
                (w->ctx & (NER_CTX_ALLCAPS_LINE | NER_CTX_TITLE_LINE)))
              continue;
            keys[k] = key;
            if (w->flags & DOSSIER_TOKEN_LOWER)
              vals[k] |= 2;
            else if (!(w->flags & DOSSIER_TOKEN_ALL_CAPS) || (w->flags & DOSSIER_TOKEN_ABBREV))
              vals[k] |= 1;
            else
              vals[k] |= 4;
          }
        else
          {
            w->doc_case = keys[k] == key ? vals[k] | 8 : 0;
            w->doc_ctx = keys[k] == key ? ctx[k] : 0;
          }
      }
}

static inline guint64
cls_of (const NerTokenInfo *info,
        guint               level)
{
  return info->cls[level] ? info->cls[level] : 0xFFFF;
}

static void
static_features (NerDoc          *doc,
                 const NerTables *tables,
                 guint            i)
{
  const NerTokenInfo *infos = (const NerTokenInfo *) doc->info->data;
  const NerTokenInfo *w = &infos[i];
  const NerTokenInfo *p1 = i >= 1 ? &infos[i - 1] : NULL;
  const NerTokenInfo *p2 = i >= 2 ? &infos[i - 2] : NULL;
  const NerTokenInfo *n1 = i + 1 < doc->tokens->len ? &infos[i + 1] : NULL;
  const NerTokenInfo *n2 = i + 2 < doc->tokens->len ? &infos[i + 2] : NULL;
  const DossierToken *t = &g_array_index (doc->tokens, DossierToken, i);
  const char *s = doc->text + t->start;
  gsize len = t->end - t->start;
  guint64 f[NER_MAX_FEATS];
  guint n = 0;
  guint64 pos, sshape;
  static const guint64 NONE = 0x6e6f6e65ULL;

  /* A new sentence or line makes the previous token irrelevant context. */
  if (t->flags & DOSSIER_TOKEN_SENTENCE_START)
    p1 = p2 = NULL;
  else if (p1 != NULL && (p1->flags & DOSSIER_TOKEN_SENTENCE_START))
    p2 = NULL;
  if (n1 != NULL && (n1->flags & DOSSIER_TOKEN_SENTENCE_START))
    n1 = n2 = NULL;
  else if (n2 != NULL && (n2->flags & DOSSIER_TOKEN_SENTENCE_START))
    n2 = NULL;

  pos = ((t->flags & DOSSIER_TOKEN_SENTENCE_START) ? 1 : 0) |
        ((w->ctx & NER_CTX_ALLCAPS_LINE) ? 2 : 0) |
        ((w->ctx & NER_CTX_TITLE_LINE) ? 4 : 0);
  sshape = (w->ctx & NER_CTX_ALLCAPS_LINE) && (t->flags & DOSSIER_TOKEN_ALL_CAPS)
           ? SHAPE_CAPSLINE : shape_hash (s, len, 1);

  /* The word's own identity first: the trainer hides these (and only
   * these) now and then, see n_lexical. */
  f[n++] = feat1 (T_FORM, w->form);
  if (w->lower != w->form)
    f[n++] = feat1 (T_LOWER, w->lower);
  f[n++] = feat2 (T_BI_P1, p1 ? p1->lower : NONE, w->lower);
  f[n++] = feat2 (T_BI_N1, w->lower, n1 ? n1->lower : NONE);
  g_array_append_val (doc->n_lexical, n);
  f[n++] = feat1 (T_BIAS, 0);
  f[n++] = feat1 (T_SHAPE, w->shape);
  f[n++] = feat1 (T_SSHAPE, sshape);
  f[n++] = feat1 (T_POS, pos);
  f[n++] = feat2 (T_SHAPE_POS, sshape, pos);
  f[n++] = feat2 (T_LINEPOS, pos, (t->flags & DOSSIER_TOKEN_PARAGRAPH_START) ? 1 : 0);

  /* Affixes of the lowercased word, up to 4 bytes (ASCII-centred on purpose). */
  if (len >= 2 && !(t->flags & DOSSIER_TOKEN_PUNCT))
    {
      static const guint pre_t[] = { T_PRE1, T_PRE2, T_PRE3 };
      static const guint suf_t[] = { T_SUF1, T_SUF2, T_SUF3, T_SUF4 };
      for (guint k = 1; k <= 3 && k < len; k++)
        f[n++] = feat1 (pre_t[k - 1], hash_lower (s, k, 0));
      for (guint k = 1; k <= 4 && k < len; k++)
        f[n++] = feat1 (suf_t[k - 1], hash_lower (s, len, len - k));
    }

  if (w->low_ratio)
    {
      f[n++] = feat1 (T_LOWRATIO, w->low_ratio);
      f[n++] = feat2 (T_LOWRATIO_POS, w->low_ratio, pos);
    }
  f[n++] = feat1 (T_FREQ, w->freq);
  f[n++] = feat1 (T_CLS0, cls_of (w, 0));
  f[n++] = feat1 (T_CLS1, cls_of (w, 1));
  f[n++] = feat1 (T_CLS2, cls_of (w, 2));
  f[n++] = feat2 (T_CLS1_SHAPE, cls_of (w, 1), sshape);

  f[n++] = feat1 (T_FORM_P1, p1 ? p1->form : NONE);
  f[n++] = feat1 (T_FORM_N1, n1 ? n1->form : NONE);
  f[n++] = feat2 (T_CLS2_POS, cls_of (w, 2), pos);
  if (w->doc_case)
    {
      f[n++] = feat1 (T_DOCCASE, w->doc_case);
      f[n++] = feat2 (T_DOCCASE_POS, w->doc_case, pos);
    }
  if (t->flags & DOSSIER_TOKEN_CAPITALISED)
    for (guint8 m = w->doc_ctx; m != 0; m &= m - 1)
      f[n++] = feat1 (T_AGG, __builtin_ctz (m));
  f[n++] = feat1 (T_LOW_P1, p1 ? p1->lower : NONE);
  f[n++] = feat1 (T_LOW_N1, n1 ? n1->lower : NONE);
  f[n++] = feat1 (T_LOW_P2, p2 ? p2->lower : NONE);
  f[n++] = feat1 (T_LOW_N2, n2 ? n2->lower : NONE);
  f[n++] = feat1 (T_SHAPE_P1, p1 ? p1->shape : NONE);
  f[n++] = feat1 (T_SHAPE_N1, n1 ? n1->shape : NONE);
  f[n++] = feat1 (T_CLS_P1, p1 ? cls_of (p1, 1) : NONE);
  f[n++] = feat1 (T_CLS_N1, n1 ? cls_of (n1, 1) : NONE);
  f[n++] = feat1 (T_CLS_P1_2, p1 ? cls_of (p1, 2) : NONE);
  f[n++] = feat1 (T_CLS_N1_2, n1 ? cls_of (n1, 2) : NONE);
  f[n++] = feat1 (T_CLS_P2, p2 ? cls_of (p2, 0) : NONE);
  f[n++] = feat1 (T_CLS_N2, n2 ? cls_of (n2, 0) : NONE);
  f[n++] = feat2 (T_SSHAPE_P1_N1, p1 ? p1->shape : NONE, n1 ? n1->shape : NONE);
  if (n1 && (n1->flags & DOSSIER_TOKEN_POSSESSIVE))
    f[n++] = feat1 (T_POSS_N1, 1);
  if ((p1 && (p1->flags & DOSSIER_TOKEN_HYPHEN)) || (n1 && (n1->flags & DOSSIER_TOKEN_HYPHEN)))
    f[n++] = feat1 (T_HYPH, (p1 && (p1->flags & DOSSIER_TOKEN_HYPHEN) ? 1 : 0) |
                            (n1 && (n1->flags & DOSSIER_TOKEN_HYPHEN) ? 2 : 0));

  /* The gazetteer features come last: the trainer may hide them (and only
   * them) now and then, see n_before_gaz. */
  g_array_append_val (doc->n_before_gaz, n);
  for (guint part = 0; part < 4; part++)
    {
      guint32 m = w->gaz[part];
      while (m != 0 && n + 4 < NER_MAX_FEATS)
        {
          guint c = __builtin_ctz (m);
          m &= m - 1;
          f[n++] = feat2 (T_GAZ, tables->gaz_cat_hash[c], part);
          f[n++] = feat2 (T_GAZ_SHAPE, tables->gaz_cat_hash[c] + part, sshape);
        }
    }
  if (p1)
    for (guint32 m = p1->gaz[NER_U] | p1->gaz[NER_L]; m != 0 && n + 2 < NER_MAX_FEATS; m &= m - 1)
      f[n++] = feat1 (T_GAZ_P1, tables->gaz_cat_hash[__builtin_ctz (m)]);
  if (n1)
    for (guint32 m = n1->gaz[NER_U] | n1->gaz[NER_B]; m != 0 && n + 2 < NER_MAX_FEATS; m &= m - 1)
      f[n++] = feat1 (T_GAZ_N1, tables->gaz_cat_hash[__builtin_ctz (m)]);

  g_array_append_vals (doc->static_feats, f, n);
}

static inline guint32
hist_slot (const NerDoc *doc,
           guint64       key)
{
  guint32 i = (guint32) key & doc->hist_mask;
  while (doc->hist_keys[i] != 0 && doc->hist_keys[i] != key)
    i = (i + 1) & doc->hist_mask;
  return i;
}

/**
 * _ner_doc_prepare:
 *
 * Tokenizes @text and computes everything about its tokens that does not
 * depend on the tags being decided: per-token information, gazetteer
 * matches and the static features.
 */
void
_ner_doc_prepare (NerDoc          *doc,
                  const NerTables *tables,
                  const char      *text,
                  gsize            len)
{
  guint n;
  guint32 cap;

  doc->text = text;
  doc->len = len;
  doc->place_cats = tables->place_cats;
  doc->demonym_cats = tables->demonym_cats;
  doc->first_name_cats = tables->first_name_cats;
  doc->alias_place_cats = tables->alias_place_cats;
  doc->person_name_cats = tables->person_name_cats;
  g_array_set_size (doc->tokens, 0);
  dossier_tokenize (text, len, doc->tokens);
  n = doc->tokens->len;
  g_array_set_size (doc->info, n);
  line_contexts (doc);
  for (guint i = 0; i < n; i++)
    token_info (doc, tables, i);
  match_gazetteers (doc, tables);
  doc_case (doc);

  g_array_set_size (doc->static_feats, 0);
  g_array_set_size (doc->feat_offsets, 0);
  g_array_set_size (doc->n_lexical, 0);
  g_array_set_size (doc->n_before_gaz, 0);
  for (guint i = 0; i < n; i++)
    {
      guint32 off = doc->static_feats->len;
      g_array_append_val (doc->feat_offsets, off);
      static_features (doc, tables, i);
    }
  {
    guint32 off = doc->static_feats->len;
    g_array_append_val (doc->feat_offsets, off);
  }

  for (cap = 64; cap < 2 * n; cap <<= 1)
    ;
  if (doc->hist_mask + 1 < cap || doc->hist_keys == NULL)
    {
      g_free (doc->hist_keys);
      g_free (doc->hist_vals);
      doc->hist_keys = g_new0 (guint64, cap);
      doc->hist_vals = g_new0 (guint8, cap);
      doc->hist_mask = cap - 1;
    }
  else
    {
      memset (doc->hist_keys, 0, sizeof (guint64) * (doc->hist_mask + 1));
      memset (doc->hist_vals, 0, doc->hist_mask + 1);
    }
}

/* Remember the label a capitalised word got, so later occurrences of it in
 * the same document can lean the same way (Ratinov & Roth's prediction
 * history). */
void
_ner_history_record (NerDoc *doc,
                     guint   i,
                     guint8  tag)
{
  const NerTokenInfo *w = &g_array_index (doc->info, NerTokenInfo, i);
  guint32 slot;

  if (!(w->flags & DOSSIER_TOKEN_CAPITALISED))
    return;
  slot = hist_slot (doc, w->lower | 1);
  doc->hist_keys[slot] = w->lower | 1;
  doc->hist_vals[slot] = tag == NER_TAG_O ? 5 : NER_TAG_LABEL (tag) + 1;
}

guint
_ner_dynamic_features (const NerDoc *doc,
                       guint         i,
                       const guint8 *tags,
                       guint64      *out)
{
  const NerTokenInfo *w = &g_array_index (doc->info, NerTokenInfo, i);
  guint64 t1 = NER_N_TAGS, t2 = NER_N_TAGS;
  guint n = 0;
  guint8 hist;

  if (!(w->flags & DOSSIER_TOKEN_SENTENCE_START))
    {
      if (i >= 1)
        t1 = tags[i - 1];
      if (i >= 2 && !(g_array_index (doc->info, NerTokenInfo, i - 1).flags & DOSSIER_TOKEN_SENTENCE_START))
        t2 = tags[i - 2];
    }
  out[n++] = feat1 (T_T1, t1);
  out[n++] = feat1 (T_T2, t2 * 64 + t1);
  out[n++] = feat2 (T_T1_FORM, t1, w->form);
  out[n++] = feat2 (T_T1_SHAPE, t1, w->shape);
  out[n++] = feat2 (T_T1_CLS, t1, cls_of (w, 1));
  hist = doc->hist_vals[hist_slot (doc, w->lower | 1)];
  if (hist != 0 && (w->flags & DOSSIER_TOKEN_CAPITALISED))
    {
      out[n++] = feat1 (T_HIST, hist);
      out[n++] = feat2 (T_HIST_SHAPE, hist, (w->flags & DOSSIER_TOKEN_SENTENCE_START) ? 1 : 0);
    }
  return n;
}

/* Whether a name may go on from token @i to the next one: not across a
 * sentence end, nor across commas, quotes, brackets and dashes, which no name
 * contains ("The Brooklyn Paper, “We’ll …”"). */
gboolean
_ner_may_continue (const NerDoc *doc,
                   guint         i)
{
  const DossierToken *next;
  guchar c;

  if (i + 1 >= doc->tokens->len)
    return FALSE;
  next = &g_array_index (doc->tokens, DossierToken, i + 1);
  if (next->flags & DOSSIER_TOKEN_SENTENCE_START)
    return FALSE;
  if (!(next->flags & DOSSIER_TOKEN_PUNCT) || (next->flags & DOSSIER_TOKEN_HYPHEN))
    return TRUE;
  c = doc->text[next->start];
  /* "Procter & Gamble", "St. Louis", "AC/DC" may keep their marks inside;
   * "Newsmax / Zogby" is two names */
  if (c == '/')
    return !(next->flags & DOSSIER_TOKEN_SPACE_BEFORE);
  return c == '&' || c == '.' || c == '\'';
}

gboolean
_ner_tag_allowed (guint8 prev,
                  guint8 tag)
{
  gboolean prev_open = prev != NER_TAG_O && prev < NER_N_TAGS &&
                       (NER_TAG_PART (prev) == NER_B || NER_TAG_PART (prev) == NER_I);

  if (prev_open)
    {
      /* inside a name: only I or L of the same label may follow */
      return tag != NER_TAG_O && NER_TAG_LABEL (tag) == NER_TAG_LABEL (prev) &&
             (NER_TAG_PART (tag) == NER_I || NER_TAG_PART (tag) == NER_L);
    }
  return tag == NER_TAG_O || NER_TAG_PART (tag) == NER_B || NER_TAG_PART (tag) == NER_U;
}
