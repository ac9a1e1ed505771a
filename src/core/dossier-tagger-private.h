/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

#include "dossier-label.h"
#include "dossier-tagger.h"
#include "dossier-tokenizer.h"

G_BEGIN_DECLS

/*
 * Internals shared by the tagger and its trainer: the tag scheme, the model
 * file layout and the feature extraction. Both sides must compute exactly the
 * same features, so there is one implementation of them, here.
 */

/* BILOU tags: O, then B, I, L, U for each label. BILOU rather than BIO
 * because knowing where a name ends (L) and that it is one word (U) is
 * information the perceptron can weigh separately (Ratinov & Roth 2009). */
#define NER_N_TAGS (1 + 4 * DOSSIER_N_LABELS)
#define NER_TAG_O 0
#define NER_TAG(label, part) (1 + (label) * 4 + (part))
enum { NER_B = 0, NER_I = 1, NER_L = 2, NER_U = 3 };
#define NER_TAG_LABEL(t) (((t) - 1) / 4)
#define NER_TAG_PART(t) (((t) - 1) % 4)

#define NER_MAX_GAZ_LEN 8
#define NER_MAX_GAZ_CATS 32
#define NER_MAX_FEATS 96

#define NER_MODEL_MAGIC "DSNER\0\0\2"

/* The model file: this header, then the tables it gives offsets of. All
 * integers little endian; every table 8-byte aligned so the file can be
 * used in place after mmap. */
typedef struct
{
  char    magic[8];
  guint32 n_tags;
  guint32 n_rows;
  guint32 feat_slots;     /* power of two */
  guint32 word_slots;     /* power of two */
  guint32 gaz_slots;      /* power of two */
  guint32 n_gaz_cats;
  float   scale;          /* weight = int16 * scale */
  guint32 reserved;
  guint64 feat_offset;    /* NerSlot[feat_slots] */
  guint64 weight_offset;  /* gint16[n_rows][n_tags] */
  guint64 word_offset;    /* NerWordInfo[word_slots] */
  guint64 gaz_offset;     /* NerSlot[gaz_slots], value = category bit mask */
  char    gaz_cats[NER_MAX_GAZ_CATS][24];
} NerModelHeader;

typedef struct
{
  guint32 key;   /* high half of the 64-bit hash, never 0; 0 = empty slot */
  guint32 value;
} NerSlot;

typedef struct
{
  guint32 key;
  guint32 count;       /* occurrences in the unlabeled corpus */
  guint32 mid_count;   /* of which away from a sentence start */
  guint16 cls[3];      /* word classes, coarse to fine; 0 = unknown */
  guint16 pad;
} NerWordInfo;

/* Read-only lookup tables, either mapped from a model file or built in
 * memory by the trainer. */
typedef struct
{
  const NerSlot     *feat;
  guint32            feat_mask;
  const gint16      *weights;
  guint32            n_rows;
  float              scale;
  const NerWordInfo *words;
  guint32            word_mask;
  const NerSlot     *gaz;
  guint32            gaz_mask;
  guint32            n_gaz_cats;
  guint64            gaz_cat_hash[NER_MAX_GAZ_CATS];
  guint32            place_cats;   /* categories of place names */
  guint32            demonym_cats; /* categories of demonyms */
  guint32            first_name_cats;
  guint32            alias_place_cats;
  guint32            person_name_cats;
} NerTables;

/* Per-token information computed once per document. */
typedef struct
{
  guint64 form;        /* hash of the form used as the word feature */
  guint64 lower;       /* hash of the lowercased form */
  guint64 shape;
  guint32 flags;       /* DossierTokenFlags */
  guint32 ctx;         /* NER_CTX_* */
  guint16 cls[3];
  guint8  low_ratio;   /* bucket: how often the lowercase form is used mid-sentence */
  guint8  freq;        /* log2 bucket of the corpus count */
  guint8  doc_case;    /* how the document writes the word elsewhere */
  guint8  doc_ctx;     /* contexts the word has anywhere in the document */
  guint32 gaz[4];      /* per BILU part, mask of gazetteer categories */
} NerTokenInfo;

enum
{
  NER_CTX_ALLCAPS_LINE = 1 << 0,  /* headline in capitals: case says nothing */
  NER_CTX_TITLE_LINE   = 1 << 1,  /* headline in title case */
  NER_CTX_THE_BEFORE   = 1 << 2,
};

typedef struct
{
  const char   *text;
  gsize         len;
  GArray       *tokens;      /* DossierToken */
  GArray       *info;        /* NerTokenInfo */
  GArray       *static_feats;/* guint64, NER_MAX_FEATS-sized stride not used: offsets below */
  GArray       *feat_offsets;/* guint32, n_tokens + 1 */
  GArray       *n_lexical;   /* guint, per token: leading features that name the word itself */
  GArray       *n_before_gaz;/* guint, per token: features before the gazetteer ones (which come last) */
  /* prediction history: lowercased form hash -> last label + 1 */
  guint64      *hist_keys;
  guint8       *hist_vals;
  guint32       hist_mask;
  guint32       place_cats;
  guint32       demonym_cats;
  guint32       first_name_cats;
  guint32       alias_place_cats;
  guint32       person_name_cats;
} NerDoc;

void     _ner_doc_init          (NerDoc          *doc);
void     _ner_doc_clear         (NerDoc          *doc);
void     _ner_doc_prepare       (NerDoc          *doc,
                                 const NerTables *tables,
                                 const char      *text,
                                 gsize            len);
guint    _ner_dynamic_features  (const NerDoc    *doc,
                                 guint            i,
                                 const guint8    *tags,
                                 guint64         *out);
void     _ner_history_record    (NerDoc          *doc,
                                 guint            i,
                                 guint8           tag);
gboolean _ner_may_continue      (const NerDoc    *doc,
                                 guint            i);
gboolean _ner_tag_allowed       (guint8           prev,
                                 guint8           tag);
void     _ner_spans_from_tags   (const NerDoc    *doc,
                                 const guint8    *tags,
                                 GArray          *spans);
void     _ner_postprocess       (const NerDoc    *doc,
                                 GArray          *spans);

guint64  _ner_hash              (guint64          seed,
                                 const char      *s,
                                 gsize            len);
void     _ner_tables_set_categories (NerTables   *tables,
                                     const char  *names,
                                     gsize        stride,
                                     guint        n);
guint64  _ner_gaz_key           (const char      *name,
                                 gsize            len);

const NerWordInfo *_ner_word_lookup (const NerTables *tables,
                                     guint64          h);
guint32  _ner_gaz_lookup        (const NerTables *tables,
                                 guint64          h);

G_END_DECLS
