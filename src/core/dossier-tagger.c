/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "dossier-tagger"

#include "config.h"

#include <string.h>

#include "dossier-data.h"
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
  if (h->n_tags != NER_N_TAGS || h->n_gaz_cats > NER_MAX_GAZ_CATS || h->feat_slots == 0 ||
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

  /* A damaged file must fail here, not read out of bounds while tagging:
   * every used slot must name an existing row (a 0.1 ms walk). */
  {
    const NerSlot *slots = (const NerSlot *) (base + h->feat_offset);
    for (guint32 i = 0; i < h->feat_slots; i++)
      if (slots[i].key != 0 && slots[i].value >= h->n_rows)
        {
          g_set_error (error, G_FILE_ERROR, G_FILE_ERROR_INVAL, "%s: corrupt model", path);
          return NULL;
        }
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
  _ner_tables_set_categories (&self->tables, h->gaz_cats[0], sizeof h->gaz_cats[0], h->n_gaz_cats);
  return self;
}

/**
 * dossier_tagger_new_default:
 * @error: return location for a #GError
 *
 * Loads `models/ner.bin` from the data folder (see dossier_get_data_dir());
 * `DOSSIER_NER_MODEL` names another model file, for experiments.
 *
 * Returns: (transfer full) (nullable): a new tagger, or %NULL with @error set
 */
DossierTagger *
dossier_tagger_new_default (GError **error)
{
  const char *env = g_getenv ("DOSSIER_NER_MODEL");
  g_autofree char *path = NULL;

  if (env != NULL && *env != '\0')
    return dossier_tagger_new_from_file (env, error);
  path = dossier_find_data_file ("models/ner.bin");
  return dossier_tagger_new_from_file (path, error);
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

/* Sums the weight rows of @n features into @scores. The table lookups are
 * cache misses, so they are done in passes that do not depend on each other:
 * prefetch every slot, then find every row (prefetching it), then add. That
 * lets the processor overlap the misses; it doubles the tagging speed. */
static inline void
add_features (const NerTables *t,
              const guint64   *feats,
              guint            n,
              gint32          *scores)
{
  const gint16 *rows[NER_MAX_FEATS + 16];
  guint m = 0;

  n = MIN (n, G_N_ELEMENTS (rows));
  for (guint k = 0; k < n; k++)
    __builtin_prefetch (&t->feat[(guint32) feats[k] & t->feat_mask]);
  for (guint k = 0; k < n; k++)
    {
      const gint16 *row = feat_row (t, feats[k]);
      if (row == NULL)
        continue;
      __builtin_prefetch (row);
      __builtin_prefetch (row + NER_N_TAGS - 1);
      rows[m++] = row;
    }
  for (guint k = 0; k < m; k++)
    for (guint j = 0; j < NER_N_TAGS; j++)
      scores[j] += rows[k][j];
}

/* Picks the best tag that keeps the BILOU sequence well formed: a name
 * opened must be closed before the sentence ends. */
static guint8
best_allowed (const NerDoc *doc,
              guint         i,
              guint8        prev,
              const gint32 *scores)
{
  gboolean last = !_ner_may_continue (doc, i);
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
                 (DossierLabel) NER_TAG_LABEL (tags[j + 1]) == s.label &&
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
  gsize len;

  /* the first byte first: the post-pass asks this of word lists for
   * every span */
  if (t->end == t->start || doc->text[t->start] != word[0])
    return FALSE;
  len = strlen (word);
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

/* Titles that only ever precede a person's name. */
static gboolean
is_personal_title (const NerDoc *doc,
                   guint         i)
{
  static const char * const words[] = {
    "Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms.", "Miss", "Dr", "Dr.", "Sir", "Dame",
    "Mme", "Mme.", "Messrs", "Messrs.", "Prof", "Prof.",
  };
  for (guint k = 0; k < G_N_ELEMENTS (words); k++)
    if (token_is (doc, i, words[k]))
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

static gboolean
is_interjection (const NerDoc *doc,
                 guint         i)
{
  static const char * const words[] = {
    "Yeah", "Yes", "Yep", "Yup", "No", "Nah", "Nope", "Oh", "Ok", "OK", "Okay",
    "Well", "Hey", "Hi", "Hello", "Wow", "Ah", "Aha", "Uh", "Um", "Umm", "Hmm",
    "Hmmm", "Er", "Erm", "Thanks", "Sure", "Right", "Alright", "So", "Anyway",
    /* sentence adverbs, which open sentences and never names */
    "Moreover", "However", "Furthermore", "Meanwhile", "Nevertheless",
    "Nonetheless", "Additionally", "Consequently", "Therefore", "Thus", "Hence",
    "Indeed", "Instead", "Otherwise", "Likewise", "Similarly", "Overall",
    "Elsewhere", "Afterwards", "Finally", "Unfortunately", "Fortunately",
    "Interestingly", "Ultimately", "Currently", "Recently", "Yesterday",
    "Tomorrow", "Tonight", "Today", "Firstly", "Secondly", "Thirdly", "Lastly",
  };
  for (guint k = 0; k < G_N_ELEMENTS (words); k++)
    if (token_is (doc, i, words[k]))
      return TRUE;
  return FALSE;
}

static int
cmp_span (gconstpointer a,
          gconstpointer b)
{
  const TokSpan *x = a, *y = b;
  return (x->first > y->first) - (x->first < y->first);
}

static gboolean
token_in (const NerDoc       *doc,
          guint               i,
          const char * const *words)
{
  for (guint k = 0; words[k] != NULL; k++)
    if (token_is (doc, i, words[k]))
      return TRUE;
  return FALSE;
}

static const char * const place_heads[] = {
  "Center", "Centre", "Museum", "Station", "Airport", "Base", "Planetarium",
  "Stadium", "Arena", "Park", "Bridge", "Street", "Avenue", "Square", "Road",
  "Island", "Islands", "River", "Lake", "Mountains", "Mountain", "Valley",
  "Bay", "Sea", "Ocean", "Desert", "Province", "Region", "Airbase",
  "Castle", "Cathedral", "Mosque", "Temple", "Harbour", "Harbor",
  "Canal", "Peninsula", "Coast", "Strait", "Gulf", "Hospital", "Prison", "Falls",
  "Heights", "Hills", "Springs", "Territories", "Isles", "Plains", "Lakes",
  "Highlands", "Lowlands", "Midlands", NULL,
};
static const char * const org_heads[] = {
  "University", "Institute", "College", "Committee", "Council", "Party",
  "Association", "Agency", "Department", "Ministry", "Company", "Corporation",
  "Corp", "Corp.", "Inc", "Inc.", "Ltd", "Ltd.", "Plc", "PLC", "LLC",
  "Church", "Foundation", "Organization", "Organisation",
  "Club", "Court", "Parliament", "Senate", "Police", "Army", "Navy", "Group",
  "Commission", "Authority", "Board", "Society", "Trust",
  "Fund", "Office", "Service", "Services", "Airlines", "Airways", "Network",
  "Times", "Post", "News", "Press", "Agency", "Assembly", "Congress",
  "Academy", "School", "Cabinet", "Bureau", "Administration", "Brothers", "Bros",
  "Bros.", NULL,
};

/* events, prizes, laws */
static const char * const misc_heads[] = {
  "Fair", "Festival", "Games", "Olympics", "Paralympics", "Cup", "Championship",
  "Championships", "Awards", "Award", "Prize", "War", "Expo", "Act", "Treaty",
  "Accord", "Accords", "Marathon", "Tournament", "Jubilee", "Carnival", "Month",
  "Convention", "Summit", "Prix", "Open", "Trophy", NULL,
};

/* "Storm Darragh", "Hurricane Katrina" are events, not people */
static const char * const storm_words[] = {
  "Storm", "Hurricane", "Cyclone", "Typhoon", "Tropical", NULL,
};

/* The head word of a multi-word name says its kind more reliably than the
 * tagger's guess for unseen names: "… Space Center" is a place, "… Institute
 * of Technology" an organisation. */
static gboolean
relabel_by_head (const NerDoc *doc,
                 TokSpan      *s)
{
  guint len = s->last - s->first + 1;

  if (len < 2)
    return FALSE;
  /* "Sunlaw Energy Corp of Beverly Hills": the head before "of" wins */
  for (guint i = s->first + 2; i < s->last; i++)
    if (token_is (doc, i, "of"))
      {
        if (token_in (doc, i - 1, org_heads))
          {
            s->label = DOSSIER_LABEL_ORG;
            return TRUE;
          }
        break;
      }
  if (token_in (doc, s->last, misc_heads))
    {
      s->label = DOSSIER_LABEL_MISC;
      return TRUE;
    }
  if (token_in (doc, s->last, place_heads) ||
      (token_in (doc, s->first, place_heads) && token_is (doc, s->first + 1, "of")))
    {
      s->label = DOSSIER_LABEL_PLACE;
      return TRUE;
    }
  if (token_in (doc, s->last, org_heads) ||
      (token_in (doc, s->first, org_heads) && token_is (doc, s->first + 1, "of")))
    {
      s->label = DOSSIER_LABEL_ORG;
      return TRUE;
    }
  return FALSE;
}

static gboolean
is_connector (const NerDoc *doc,
              guint         i)
{
  static const char * const words[] = {
    "of", "and", "for", "the", "on", "upon", "de", "du", "des", "la",
    "le", "les", "van", "von", "der", "den", "da", "das", "do", "dos", "di",
    "del", "della", "al", "el", "bin", "ibn", "y", "e", "und", "zu", "ter",
  };
  for (guint k = 0; k < G_N_ELEMENTS (words); k++)
    if (token_is (doc, i, words[k]))
      return TRUE;
  return FALSE;
}

static inline gboolean
is_bare_number (guint32 flags)
{
  return (flags & DOSSIER_TOKEN_NUMBER) && !(flags & (DOSSIER_TOKEN_CAPITALISED | DOSSIER_TOKEN_LOWER));
}

static const char * const credit_words[] = {
  "Image", "Images", "Photo", "Photos", "Picture", "Photograph", "Video", "Credit",
  "Source", "Caption", NULL,
};

static const char * const place_preps[] = {
  "in", "from", "near", "outside", "across", "throughout", "inside", NULL,
};

static const char * const inner_titles[] = {
  "Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms.", "Dr", "Dr.", "Professor", "Prof.",
  "President", "Senator", "Governor", "Mayor", "Sir", NULL,
};


/* A word written "Yiu-chung": capitalised, a hyphen, then lower case, with
 * no space inside; Cantonese and Korean given names are written so. */
static gboolean
is_given_name_compound (const NerDoc *doc,
                        guint         i)
{
  const NerTokenInfo *infos = (const NerTokenInfo *) doc->info->data;

  return i + 2 < doc->tokens->len &&
         (infos[i].flags & DOSSIER_TOKEN_CAPITALISED) && !(infos[i].flags & DOSSIER_TOKEN_ALL_CAPS) &&
         (infos[i].flags & DOSSIER_TOKEN_SPACE_BEFORE) &&
         !(infos[i].flags & (DOSSIER_TOKEN_SENTENCE_START | DOSSIER_TOKEN_LINE_START)) &&
         (infos[i + 1].flags & DOSSIER_TOKEN_HYPHEN) && !(infos[i + 1].flags & DOSSIER_TOKEN_SPACE_BEFORE) &&
         (infos[i + 2].flags & DOSSIER_TOKEN_LOWER) && !(infos[i + 2].flags & DOSSIER_TOKEN_SPACE_BEFORE) &&
         (i + 3 >= doc->tokens->len || (infos[i + 3].flags & DOSSIER_TOKEN_SPACE_BEFORE) ||
          (infos[i + 3].flags & (DOSSIER_TOKEN_PUNCT | DOSSIER_TOKEN_POSSESSIVE)));
}

/* "Leung Yiu-chung of NWSC": the model often closes the person after the
 * surname and reads the given name as the start of the next name. A
 * surname tagged as a person, then a hyphenated given name, is one name;
 * what followed the given name in the next span is a name of its own. */
static void
join_given_names (const NerDoc *doc,
                  GArray       *spans)
{
  const NerTokenInfo *infos = (const NerTokenInfo *) doc->info->data;
  guint out = 0;

  for (guint k = 0; k < spans->len; k++)
    {
      TokSpan s = g_array_index (spans, TokSpan, k);
      guint e = s.last;

      /* "Health Secretary Victoria Atkins", "Chelsea Clinton": a first
       * name that is also a place or a club, right before a person's
       * surname, is the person's first name */
      if (s.first == s.last && (s.label == DOSSIER_LABEL_PLACE || s.label == DOSSIER_LABEL_ORG) &&
          k + 1 < spans->len && (infos[s.first].gaz[NER_U] & doc->first_name_cats) &&
          !(infos[s.first].gaz[NER_U] & doc->demonym_cats) &&
          (infos[s.first].flags & DOSSIER_TOKEN_CAPITALISED) && !(infos[s.first].flags & DOSSIER_TOKEN_ALL_CAPS))
        {
          TokSpan *next = &g_array_index (spans, TokSpan, k + 1);

          if (next->first == s.first + 1 && next->label == DOSSIER_LABEL_PERSON &&
              (infos[next->first].flags & DOSSIER_TOKEN_SPACE_BEFORE) &&
              !(infos[next->first].flags & (DOSSIER_TOKEN_SENTENCE_START | DOSSIER_TOKEN_LINE_START)))
            {
              next->first = s.first;
              continue;
            }
        }
      if (s.label == DOSSIER_LABEL_PERSON && is_given_name_compound (doc, e + 1))
        {
          TokSpan *next = k + 1 < spans->len ? &g_array_index (spans, TokSpan, k + 1) : NULL;

          if (next == NULL || next->first > e + 3)
            s.last = e + 3;
          else if (next->first == e + 1)
            {
              s.last = e + 3;
              next->first = e + 4;
              /* "… of NWSC", "… and Youngspiration": the rest starts after
               * the connecting word */
              while (next->first <= next->last && (infos[next->first].flags & DOSSIER_TOKEN_LOWER))
                next->first++;
              if (next->first > next->last || !(infos[next->first].flags & DOSSIER_TOKEN_CAPITALISED) ||
                  (infos[next->first].flags & DOSSIER_TOKEN_SENTENCE_START))
                {
                  g_array_index (spans, TokSpan, out++) = s;
                  k++;
                  continue;
                }
              if (next->first > e + 4 && token_is (doc, next->first - 1, "and"))
                next->label = DOSSIER_LABEL_ORG;
            }
        }
      g_array_index (spans, TokSpan, out++) = s;
    }
  g_array_set_size (spans, out);
}

static gboolean
token_contains (const NerDoc *doc,
                guint         i,
                const char   *needle)
{
  const DossierToken *t = &g_array_index (doc->tokens, DossierToken, i);
  return g_strstr_len (doc->text + t->start, t->end - t->start, needle) != NULL;
}

static gboolean
token_ends_with (const NerDoc *doc,
                 guint         i,
                 const char   *suffix)
{
  const DossierToken *t = &g_array_index (doc->tokens, DossierToken, i);
  gsize n = strlen (suffix), len = t->end - t->start;
  return len > n && memcmp (doc->text + t->end - n, suffix, n) == 0;
}

/* Acronyms that stand for common nouns, never for a name. */
static const char * const common_acronyms[] = {
  "DNA", "RNA", "IQ", "VIP", "VIPs", "CD", "CDs", "DVD", "DVDs", "TV", "GDP", "GNP",
  "CEO", "CEOs", "CFO", "COO", "PhD", "MBA", "UFO", "UFOs", "ID", "PC", "PCs", "SMS",
  "URL", "PIN", "ATM", "LED", "LCD", "GPS", "USB", "VAT", "MP3", "HIV", "AIDS",
  "IVF", "ROV", "POV", "BDSM", "IT", "AI", "VR", "SUV", "SUVs", NULL,
};

/* "pro-Beijing", "anti-American" ("ex-Milan coach" stays a club) */
static const char * const modifier_prefixes[] = {
  "pro", "anti", "non", "post", "pre", "neo", "pan", "mid", NULL,
};

/* Kinds of works whose titles are MISC ("game", "show" and "play" are
 * left out: "play England", "the show Jerry Springer hosts") */
static const char * const work_nouns[] = {
  "film", "films", "movie", "movies", "novel", "novels", "book", "books",
  "album", "albums", "song", "songs", "musical", "opera", "sitcom", "series",
  "documentary", "drama", "thriller", "comedy", "painting", "poem",
  "programme", NULL,
};

/* Kinds of organisations: "the newspaper Granma", "retailer Littlewoods" */
static const char * const org_nouns[] = {
  "newspaper", "broadcaster", "airline", "firm", "company",
  "retailer", "supermarket", "bank", "insurer", "carmaker", "club", "band",
  "charity", "publisher", "daily", "weekly", "magazine", "group", NULL,
};

/* Religions, scriptures, languages: MISC */
static const char * const misc_words[] = {
  "Islam", "Christianity", "Judaism", "Hajj", "Ramadan", "God", "Allah", "Satan",
  "Bible", "Koran", "Quran", "Qur'an", "Torah", "Hebrew", "Arabic", "Latin",
  "Yiddish", "Sanskrit", "Mandarin", "Cantonese", "Esperanto", "Swahili", "Urdu",
  "Hindi", "Punjabi", "Bengali", NULL,
};

static const char * const month_words[] = {
  "January", "February", "March", "April", "May", "June", "July", "August",
  "September", "October", "November", "December", "Jan", "Feb", "Mar", "Apr",
  "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "Jan.", "Feb.",
  "Mar.", "Apr.", "Aug.", "Sep.", "Sept.", "Oct.", "Nov.", "Dec.", NULL,
};

static const char * const credit_tails[] = {
  "Images", "Media", "Photos", "Pictures", "Photography", "Handout", "Shutterstock", NULL,
};

static const char * const job_acronyms[] = {
  "CEO", "CFO", "COO", "CTO", NULL,
};

/* Jobs, and the words that grade them, between an organisation and a
 * person's name */
static const char * const job_words[] = {
  "Director", "Commissioner", "Treasurer", "Undersecretary", "Adviser", "Advisor",
  "Manager", "Officer", "Executive", "Editor", "Correspondent", "Analyst",
  "Spokesman", "Spokeswoman", "Spokesperson", "Head", "Leader", "Attorney",
  "Economist", "Biologist", "Scientist", "Researcher", "Professor", "Founder",
  "Senior", "Associate", "Managing", "Assistant", "Budget", "Treasury", NULL,
};

/* Ships and spacecraft are MISC, whatever their name sounds like. */
static const char * const vessel_prefixes[] = {
  "HMS", "USS", "RMS", "HMC", "HMCS", "HMAS", "HMNZS", "SS", "MV", "RV", NULL,
};

/* Days, months, feasts and centuries are times, not names ("19th Century",
 * "Christmas"); May, March and August are left alone (people and verbs). */
static const char * const time_words[] = {
  "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
  "January", "February", "April", "June", "July", "September", "October",
  "November", "December", "Christmas", "Easter", "Century", "Halloween",
  "Thanksgiving", NULL,
};

/* A line that only credits a picture: "Getty Images", "PA Media",
 * "AFP via Getty Images", "Reuters/EPA" */
static gboolean
is_credit_line (const NerDoc *doc,
                guint         i)
{
  const NerTokenInfo *infos = (const NerTokenInfo *) doc->info->data;
  guint n = doc->tokens->len, a = i, b = i;
  gboolean credit = FALSE;

  /* short lines only: never walk a paragraph */
  while (a > 0 && !(infos[a].flags & DOSSIER_TOKEN_LINE_START) && i - a <= 6)
    a--;
  while (b + 1 < n && !(infos[b + 1].flags & DOSSIER_TOKEN_LINE_START) && b - i <= 6)
    b++;
  /* the headline, first, may end in "Media" ("… Buys Sky Media") */
  if (a == 0 || b - a > 6 || !(infos[a].flags & DOSSIER_TOKEN_LINE_START) ||
      (b + 1 < n && !(infos[b + 1].flags & DOSSIER_TOKEN_LINE_START)))
    return FALSE;
  for (guint k = a; k <= b; k++)
    {
      if (token_in (doc, k, credit_tails))
        credit = TRUE;
      else if (!(infos[k].flags & DOSSIER_TOKEN_CAPITALISED) && !token_is (doc, k, "/") &&
               !token_is (doc, k, "via") && !token_is (doc, k, "&"))
        return FALSE;
    }
  return credit && token_in (doc, b, credit_tails);
}

static void
trim_spans (const NerDoc *doc,
            GArray       *spans)
{
  const NerTokenInfo *infos = (const NerTokenInfo *) doc->info->data;
  guint out = 0;

  for (guint k = 0; k < spans->len; k++)
    {
      TokSpan s = g_array_index (spans, TokSpan, k);

      while (s.first < s.last &&
             ((g_array_index (doc->tokens, DossierToken, s.first).flags & DOSSIER_TOKEN_PUNCT) ||
              is_interjection (doc, s.first)))
        s.first++;
      /* A name never stops inside a hyphenated word: "Kwok-hung",
       * "Chun-yeh". */
      while (s.last + 2 < doc->tokens->len &&
             (infos[s.last + 1].flags & DOSSIER_TOKEN_HYPHEN) &&
             !(infos[s.last + 2].flags & DOSSIER_TOKEN_SPACE_BEFORE) &&
             (infos[s.last + 2].flags & DOSSIER_TOKEN_LOWER) &&
             s.label == DOSSIER_LABEL_PERSON)
        s.last += 2;
      while (s.first >= 2 && (infos[s.first - 1].flags & DOSSIER_TOKEN_HYPHEN) &&
             (infos[s.first - 2].flags & DOSSIER_TOKEN_CAPITALISED) && s.label == DOSSIER_LABEL_PERSON &&
             (infos[s.first].flags & DOSSIER_TOKEN_LOWER))
        s.first -= 2;
      /* "the United States" → "United States"; a capital "The" the model
       * put inside is kept: it is part of names like "The Oval". */
      while (s.first < s.last && token_is (doc, s.first, "the"))
        s.first++;
      /* "Mr Lukashenko" is a person, whatever the model said */
      if ((s.first < s.last && is_personal_title (doc, s.first)) ||
          (s.first > 0 && is_personal_title (doc, s.first - 1)))
        s.label = DOSSIER_LABEL_PERSON;
      if (s.label == DOSSIER_LABEL_PERSON)
        while (s.first < s.last && is_honorific (doc, s.first))
          s.first++;
      /* Names end in a capitalised word or a number, never in "to" or
       * "wanting": greedy decoding sometimes runs past the end. */
      /* "China-Russia" is two names when a side is a known place. */
      for (guint i = s.first + 1; i < s.last; i++)
        {
          guint32 left = infos[i - 1].gaz[NER_U], right = infos[i + 1].gaz[NER_U];
          guint32 known = doc->place_cats | doc->demonym_cats;

          if ((infos[i].flags & DOSSIER_TOKEN_HYPHEN) &&
              (infos[i - 1].flags & DOSSIER_TOKEN_CAPITALISED) &&
              (infos[i + 1].flags & DOSSIER_TOKEN_CAPITALISED) &&
              ((left & known) || (right & known)))
            {
              TokSpan rest = { i + 1, s.last, s.label };
              if (i + 1 == s.last && (right & known))
                rest.label = (right & doc->place_cats) ? DOSSIER_LABEL_PLACE : DOSSIER_LABEL_MISC;
              g_array_append_val (spans, rest);
              s.last = i - 1;
              if (s.first == s.last && (left & known))
                s.label = (left & doc->place_cats) ? DOSSIER_LABEL_PLACE : DOSSIER_LABEL_MISC;
              break;
            }
        }
      /* "US Secretary of State Antony Blinken": a title, then a first name,
       * inside a span: the person's name is the part from the first name. */
      for (guint i = s.first + 1; i < s.last; i++)
        if ((infos[i + 1].gaz[NER_U] | infos[i + 1].gaz[NER_B]) & doc->first_name_cats)
          {
            guint j;
            for (j = s.first; j <= i && !is_honorific (doc, j); j++)
              ;
            if (j > i)
              continue;
            {
              TokSpan rest = { i + 1, s.last, DOSSIER_LABEL_PERSON };
              g_array_append_val (spans, rest);
            }
            if (j == s.first)
              goto drop;
            s.last = j - 1;
            if (s.first == s.last && (infos[s.first].gaz[NER_U] & doc->place_cats))
              s.label = DOSSIER_LABEL_PLACE;
            break;
          }
      /* "… Citation Index Professor Chomsky": a title inside a span starts
       * a new name. */
      for (guint i = s.first + 1; i < s.last; i++)
        if (token_in (doc, i, inner_titles) && (infos[i + 1].flags & DOSSIER_TOKEN_CAPITALISED))
          {
            TokSpan rest = { i + 1, s.last, DOSSIER_LABEL_PERSON };
            g_array_append_val (spans, rest);
            s.last = i - 1;
            break;
          }
      /* A person's name has no "of" or "and" inside: "Chung-tai of Civic
       * Passion" is a person and an organisation, "Kwok Ka-ki and Andrew Wan"
       * two people. */
      {
        gboolean personal = s.label == DOSSIER_LABEL_PERSON ||
                            ((infos[s.first].gaz[NER_U] | infos[s.first].gaz[NER_B]) & doc->first_name_cats &&
                             !token_in (doc, s.first, org_heads) && !token_in (doc, s.first, place_heads));
        /* "Troy Patterson of Slate": two words at least before "of" */
        for (guint i = s.first + (s.label == DOSSIER_LABEL_PERSON ? 1 : 2); personal && i < s.last; i++)
          if ((token_is (doc, i, "of") || (s.label == DOSSIER_LABEL_PERSON && token_is (doc, i, "and"))) &&
              (infos[i + 1].flags & DOSSIER_TOKEN_CAPITALISED))
            {
              TokSpan rest = { i + 1, s.last,
                               token_is (doc, i, "of") ? DOSSIER_LABEL_ORG : DOSSIER_LABEL_PERSON };
              g_array_append_val (spans, rest);
              s.last = i - 1;
              s.label = DOSSIER_LABEL_PERSON;
              break;
            }
      }
      /* "Washington State University Simon Ličen": an organisation's head
       * word, then a first name, is two names. */
      for (guint i = s.first + 1; i < s.last; i++)
        if (((infos[i].gaz[NER_U] | infos[i].gaz[NER_B]) & doc->first_name_cats) &&
            (token_in (doc, i - 1, org_heads) || token_in (doc, i - 1, place_heads)) &&
            (infos[i + 1].flags & DOSSIER_TOKEN_CAPITALISED))
          {
            TokSpan rest = { i, s.last, DOSSIER_LABEL_PERSON };
            g_array_append_val (spans, rest);
            s.last = i - 1;
            break;
          }
      /* A lower-case word that no name has inside ("License and my
       * California", "Magic Circle in London") ends the name; the rest is
       * tried as a name of its own. */
      for (guint i = s.first + 1; i < s.last; i++)
        {
          guint32 fl = infos[i].flags;
          if ((fl & DOSSIER_TOKEN_LOWER) && (fl & DOSSIER_TOKEN_SPACE_BEFORE) && !is_connector (doc, i))
            {
              TokSpan rest = { i + 1, s.last, s.label };
              gboolean formal = FALSE;

              /* "Organisation for Security and Cooperation in Europe": a
               * formal name with "for" or "of" may have "in" too */
              for (guint j = s.first + 1; j < i; j++)
                formal |= token_is (doc, j, "for") || token_is (doc, j, "of");
              if (formal && (token_is (doc, i, "in") || token_is (doc, i, "at")))
                continue;
              if ((rest.first == rest.last && (infos[rest.first].gaz[NER_U] & doc->place_cats)) ||
                  ((infos[rest.first].gaz[NER_B] & doc->place_cats) && (infos[rest.last].gaz[NER_L] & doc->place_cats)))
                rest.label = DOSSIER_LABEL_PLACE;
              if (infos[i + 1].flags & DOSSIER_TOKEN_CAPITALISED)
                g_array_append_val (spans, rest);
              s.last = i - 1;
              break;
            }
        }
      /* "Refugee Council Enver Solomon", "Washington Chris Gregoire",
       * "Youngspiration's Baggio Leung": a first name and a surname closing
       * a longer span are a person of their own after another name (or a
       * description: "Biologist Nick Bos"). */
      if (s.last >= s.first + 2)
        {
          guint f = s.last - 1, p = s.last - 2;
          guint32 names = doc->first_name_cats | doc->person_name_cats;

          if (((infos[f].gaz[NER_U] | infos[f].gaz[NER_B]) & doc->first_name_cats) &&
              !(infos[f].gaz[NER_U] & (doc->place_cats | doc->demonym_cats)) &&
              (infos[f].flags & DOSSIER_TOKEN_CAPITALISED) && !(infos[f].flags & DOSSIER_TOKEN_ALL_CAPS) &&
              (infos[s.last].flags & DOSSIER_TOKEN_CAPITALISED) && !(infos[s.last].flags & DOSSIER_TOKEN_ALL_CAPS) &&
              !token_in (doc, s.last, org_heads) && !token_in (doc, s.last, place_heads) &&
              !token_in (doc, s.last, misc_heads) &&
              !((infos[p].gaz[NER_U] | infos[p].gaz[NER_B] | infos[p].gaz[NER_I] | infos[p].gaz[NER_L]) & names) &&
              infos[f].low_ratio < 4 &&
              !(infos[p].flags & (DOSSIER_TOKEN_ABBREV | DOSSIER_TOKEN_HYPHEN)) &&
              /* what comes before is surely no part of a person's name:
               * a place, an organisation's head word, a possessive or a
               * word mostly written in lower case ("Hernan Dario Gomez"
               * stays whole) */
              ((infos[p].flags & DOSSIER_TOKEN_POSSESSIVE) ||
               ((infos[p].flags & DOSSIER_TOKEN_CAPITALISED) &&
                ((infos[p].gaz[NER_U] & (doc->place_cats | doc->demonym_cats)) || infos[p].low_ratio >= 4 ||
                 (p == s.first && token_ends_with (doc, p, "ist")) ||
                 token_in (doc, p, org_heads) || token_in (doc, p, place_heads)))))
            {
              TokSpan person = { f, s.last, DOSSIER_LABEL_PERSON };
              gboolean single = p == s.first;

              if (s.label == DOSSIER_LABEL_PERSON && !single)
                ; /* "Federal Administration Director Branko Bilbija": unsure */
              else
                {
                  guint q = p;

                  g_array_append_val (spans, person);
                  if (s.label == DOSSIER_LABEL_PERSON || (single && is_honorific (doc, p)))
                    goto drop;
                  /* a job before the person is no part of the name before
                   * it: "White House Budget Director", "GAO Senior
                   * Associate Director"; a lone description ("Biologist")
                   * goes too */
                  while (q + 1 > s.first && (is_honorific (doc, q) || token_in (doc, q, job_words)))
                    {
                      if (q == s.first)
                        goto drop;
                      q--;
                    }
                  if (q == p && single && infos[p].low_ratio >= 4 && !token_in (doc, p, org_heads) &&
                      !token_in (doc, p, place_heads) && !(infos[p].gaz[NER_U] & doc->place_cats))
                    goto drop;
                  s.last = q;
                  /* "U.S. Attorney for Manhattan Rudolph Giuliani" */
                  if (s.first == s.last && (infos[q].gaz[NER_U] & doc->place_cats))
                    s.label = DOSSIER_LABEL_PLACE;
                }
            }
        }
      /* "Museum of Flight CEO", "Earth on January 14": a job's acronym or
       * a date closing a span is no part of the name ("Sheffield
       * Wednesday", "Mail on Sunday", "Fourth of July" are names) */
      for (;;)
        {
          if (s.last > s.first && token_in (doc, s.last, job_acronyms))
            s.last--;
          else if (s.last > s.first + 1 && is_bare_number (infos[s.last].flags) &&
                   token_in (doc, s.last - 1, month_words))
            s.last -= 2;
          else if (s.last > s.first + 1 && token_in (doc, s.last, month_words) &&
                   (token_is (doc, s.last - 1, "on") || token_is (doc, s.last - 1, "in")))
            s.last--;
          else
            break;
          while (s.last > s.first && (infos[s.last].flags & DOSSIER_TOKEN_LOWER))
            s.last--;
        }
      /* Caption credits glued to the caption: "… Station Image: NASA" */
      if (s.last > s.first && s.last + 1 < doc->tokens->len && token_is (doc, s.last + 1, ":") &&
          token_in (doc, s.last, credit_words))
        s.last--;
      /* Trailing numbers: "Radio 4" and "Boeing 747" keep theirs, a score
       * line ("Price 72 76 74") does not. */
      {
        guint n_num = 0;
        while (s.last - n_num > s.first && is_bare_number (infos[s.last - n_num].flags))
          n_num++;
        /* "Bush in 2000": a year after a lower-case word is no part of it */
        if (n_num >= 2 || (n_num == 1 && (infos[s.last - 1].flags & DOSSIER_TOKEN_LOWER)))
          s.last -= n_num;
      }
      for (;;)
        {
          guint32 fl = g_array_index (doc->tokens, DossierToken, s.last).flags;
          if (s.last == s.first)
            break;
          if (((fl & DOSSIER_TOKEN_LOWER) && (fl & DOSSIER_TOKEN_SPACE_BEFORE)) ||
              ((fl & (DOSSIER_TOKEN_POSSESSIVE | DOSSIER_TOKEN_PUNCT)) && !(fl & DOSSIER_TOKEN_ABBREV)))
            s.last--;
          else
            break;
        }
      /* A single capitalised word at a sentence start that is mostly
       * written in lower case, or an interjection, is no name. */
      if (s.first == s.last && (infos[s.first].flags & DOSSIER_TOKEN_SENTENCE_START) &&
          (infos[s.first].low_ratio >= 6 || is_interjection (doc, s.first)))
        continue;
      /* "Mobile games are…" when the article writes "mobile" in lower
       * case inside its sentences, and never capitalised */
      if (s.first == s.last && (infos[s.first].flags & DOSSIER_TOKEN_SENTENCE_START) &&
          (infos[s.first].doc_case & 2) && !(infos[s.first].doc_case & 1) &&
          !(infos[s.first].flags & DOSSIER_TOKEN_ALL_CAPS) && infos[s.first].low_ratio >= 4)
        continue;
      /* Acronyms of common nouns: "DNA", "IQ", "VIP", "GDP" */
      if (s.first == s.last && token_in (doc, s.first, common_acronyms))
        continue;
      /* "pro-Beijing", "anti-Trump": a name inside a modifier
       * is used as an adjective */
      if (s.first >= 2 && (infos[s.first - 1].flags & DOSSIER_TOKEN_HYPHEN) &&
          !(infos[s.first - 1].flags & DOSSIER_TOKEN_SPACE_BEFORE) &&
          !(infos[s.first].flags & DOSSIER_TOKEN_SPACE_BEFORE) &&
          token_in (doc, s.first - 2, modifier_prefixes))
        s.label = DOSSIER_LABEL_MISC;
      /* the pronoun, which interviews are full of */
      if (s.first == s.last && (token_is (doc, s.first, "I") || is_interjection (doc, s.first)))
        continue;
      if ((g_array_index (doc->tokens, DossierToken, s.first).flags & DOSSIER_TOKEN_PUNCT) &&
          s.first == s.last)
        continue;
      /* "… satire of The Onion", "reported in The Independent": a
       * capital "The" inside a sentence belongs to the name after it, which
       * is then no person's */
      if (s.first >= 2 && token_is (doc, s.first - 1, "The") &&
          !(infos[s.first - 1].flags & (DOSSIER_TOKEN_SENTENCE_START | DOSSIER_TOKEN_LINE_START)) &&
          !(infos[s.first - 1].ctx & (NER_CTX_ALLCAPS_LINE | NER_CTX_TITLE_LINE)) &&
          (infos[s.first - 2].flags & DOSSIER_TOKEN_LOWER) && s.label != DOSSIER_LABEL_MISC)
        {
          s.first--;
          if (s.label == DOSSIER_LABEL_PERSON)
            s.label = DOSSIER_LABEL_ORG;
        }
      /* "Starmer Pledges To Cut …", "Sunak Says …": in a title-case
       * headline a person's name may run into the verb after it, a word
       * mostly written in lower case that ends in -s ("Walter Little",
       * "Guy Forget" keep their surnames) */
      if (s.label == DOSSIER_LABEL_PERSON && (infos[s.first].ctx & NER_CTX_TITLE_LINE))
        while (s.last > s.first && infos[s.last].low_ratio >= 6 &&
               (infos[s.last].flags & DOSSIER_TOKEN_SPACE_BEFORE) &&
               !(infos[s.last].flags & DOSSIER_TOKEN_ALL_CAPS) &&
               token_ends_with (doc, s.last, "s") && !token_ends_with (doc, s.last, "ss") &&
               !(infos[s.last].doc_case & 1) && s.last + 1 < doc->tokens->len &&
               (infos[s.last + 1].flags & DOSSIER_TOKEN_CAPITALISED) &&
               !(infos[s.last + 1].flags & (DOSSIER_TOKEN_LINE_START | DOSSIER_TOKEN_ALL_CAPS)))
          s.last--;
      /* Picture credits on a line of their own ("Getty Images",
       * "Reuters/PA Media") are page furniture, not part of the story */
      if (is_credit_line (doc, s.first))
        continue;
      /* Web addresses are not names. */
      {
        gboolean url = FALSE;
        for (guint i = s.first; i <= s.last && !url; i++)
          url = token_contains (doc, i, "www.") || token_contains (doc, i, "://") ||
                (token_is (doc, i, "/") && i > s.first && token_contains (doc, i - 1, "."));
        if (url)
          continue;
      }
      /* "19th Century", "Christmas", "Christmas 1986" */
      if (token_in (doc, s.first, time_words))
        {
          guint i = s.first + 1;
          while (i <= s.last && is_bare_number (infos[i].flags))
            i++;
          if (i > s.last)
            continue;
        }
      if (s.label != DOSSIER_LABEL_PERSON)
        relabel_by_head (doc, &s);
      if (s.last > s.first && token_in (doc, s.first, storm_words))
        s.label = DOSSIER_LABEL_MISC;
      /* "the film About Schmidt", "his novel Small Island": a name right
       * after a word for a work is the work's title */
      if (s.first > 0 && (infos[s.first - 1].flags & DOSSIER_TOKEN_LOWER) &&
          !(infos[s.first].flags & DOSSIER_TOKEN_SENTENCE_START) && token_in (doc, s.first - 1, work_nouns))
        s.label = DOSSIER_LABEL_MISC;
      else if (s.first > 0 && (infos[s.first - 1].flags & DOSSIER_TOKEN_LOWER) &&
               !(infos[s.first].flags & DOSSIER_TOKEN_SENTENCE_START) &&
               token_in (doc, s.first - 1, org_nouns) && s.label != DOSSIER_LABEL_MISC)
        s.label = DOSSIER_LABEL_ORG;
      /* "the Gliders", "the Blue Jays": a plural name after "the" that is
       * no known place is a team or a group */
      if (s.label == DOSSIER_LABEL_PLACE && s.first > 0 && token_is (doc, s.first - 1, "the") &&
          token_ends_with (doc, s.last, "s") && !token_ends_with (doc, s.last, "ss") &&
          !(infos[s.last].flags & DOSSIER_TOKEN_ALL_CAPS) &&
          !((infos[s.first].gaz[NER_U] | infos[s.first].gaz[NER_B]) & doc->place_cats) &&
          !token_in (doc, s.last, place_heads))
        s.label = DOSSIER_LABEL_ORG;
      /* religions, languages, "-isms", events ("the Paralympics") and
       * demonyms ("Gabonese") */
      if (s.first == s.last &&
          (token_in (doc, s.first, misc_words) || token_ends_with (doc, s.first, "ism") ||
           token_ends_with (doc, s.first, "isms") || token_ends_with (doc, s.first, "phobia") ||
           token_is (doc, s.first, "Olympics") || token_is (doc, s.first, "Paralympics") ||
           (s.label == DOSSIER_LABEL_PLACE && token_ends_with (doc, s.first, "ese") &&
            g_array_index (doc->tokens, DossierToken, s.first).end -
            g_array_index (doc->tokens, DossierToken, s.first).start >= 7 &&
            !(infos[s.first].gaz[NER_U] & doc->place_cats)) ||
           (s.label == DOSSIER_LABEL_PLACE && (infos[s.first].gaz[NER_U] & doc->demonym_cats) &&
            !(infos[s.first].gaz[NER_U] & ~doc->demonym_cats))))
        s.label = DOSSIER_LABEL_MISC;
      /* "Formica fusca", "Beauveria bassiana": a genus before its species
       * (a lower-case Latin word the news never uses) names no entity */
      if (s.first == s.last && s.last + 1 < doc->tokens->len &&
          (infos[s.last + 1].flags & DOSSIER_TOKEN_LOWER) && infos[s.last + 1].freq == 0 &&
          (token_ends_with (doc, s.last + 1, "a") || token_ends_with (doc, s.last + 1, "us") ||
           token_ends_with (doc, s.last + 1, "is") ||
           token_ends_with (doc, s.last + 1, "ae") || token_ends_with (doc, s.last + 1, "ii") ||
           token_ends_with (doc, s.last + 1, "ens")))
        s.label = DOSSIER_LABEL_MISC;
      /* "HMS Belfast", "RMS Titanic", "Space Shuttle Atlantis" */
      if (s.last > s.first && (token_in (doc, s.first, vessel_prefixes) ||
                               (token_is (doc, s.first, "Space") && token_is (doc, s.first + 1, "Shuttle"))))
        s.label = DOSSIER_LABEL_MISC;
      /* "from Liverpool" is the city, whatever CoNLL's football results
       * taught the model */
      if (s.first == s.last && s.label == DOSSIER_LABEL_ORG && s.first > 0 &&
          (infos[s.first].gaz[NER_U] & doc->place_cats) &&
          token_in (doc, s.first - 1, place_preps))
        s.label = DOSSIER_LABEL_PLACE;
      /* "US", "UK", "Britain" are places; sports teams go by full names */
      if (s.first == s.last && s.label == DOSSIER_LABEL_ORG &&
          (infos[s.first].gaz[NER_U] & doc->alias_place_cats))
        s.label = DOSSIER_LABEL_PLACE;
      g_array_index (spans, TokSpan, out++) = s;
    drop:
      ;
    }
  g_array_set_size (spans, out);
  g_array_sort (spans, cmp_span);
}



/* "1996-08-30", "March 13", "13 March" */
static gboolean
is_date_at (const NerDoc *doc,
            guint         i)
{
  const NerTokenInfo *infos = (const NerTokenInfo *) doc->info->data;
  guint n = doc->tokens->len;

  if (i >= n || (infos[i].flags & DOSSIER_TOKEN_LINE_START))
    return FALSE;
  if (token_in (doc, i, month_words))
    return i + 1 < n && (infos[i + 1].flags & DOSSIER_TOKEN_NUMBER);
  if (infos[i].flags & DOSSIER_TOKEN_NUMBER)
    {
      const DossierToken *t = &g_array_index (doc->tokens, DossierToken, i);
      if (t->end - t->start >= 8 && g_ascii_isdigit (doc->text[t->start]) &&
          memchr (doc->text + t->start, '-', t->end - t->start) != NULL)
        return TRUE;
      /* the tokenizer may split "1996-08-30" at its hyphens */
      if (t->end - t->start == 4 && i + 2 < n && (infos[i + 1].flags & DOSSIER_TOKEN_HYPHEN) &&
          (infos[i + 2].flags & DOSSIER_TOKEN_NUMBER) && !(infos[i + 2].flags & DOSSIER_TOKEN_SPACE_BEFORE))
        return TRUE;
      return i + 1 < n && token_in (doc, i + 1, month_words);
    }
  return FALSE;
}

/* Datelines: "HONG KONG 1996-08-30", "NICE, France 1996-08-30",
 * "BEIJING (AP) —", "NEW YORK, March 13 -": the capitalised place that
 * opens a line before a date or an agency is a place, whatever the model
 * made of a word it has never seen in capitals. */
static void
dateline_places (const NerDoc *doc,
                 GArray       *spans)
{
  const NerTokenInfo *infos = (const NerTokenInfo *) doc->info->data;
  guint n = doc->tokens->len;
  guint n_spans = spans->len;

  for (guint i = 0; i < n; i++)
    {
      guint j = i, k, region = G_MAXUINT;
      gboolean dateline = FALSE;

      if (!(infos[i].flags & DOSSIER_TOKEN_LINE_START))
        continue;
      while (j < n && j - i < 5 && (j == i || !(infos[j].flags & DOSSIER_TOKEN_LINE_START)) &&
             (((infos[j].flags & DOSSIER_TOKEN_ALL_CAPS) && !(infos[j].flags & DOSSIER_TOKEN_NUMBER) &&
               !(infos[j].flags & DOSSIER_TOKEN_PUNCT)) ||
              (j > i && (infos[j].flags & DOSSIER_TOKEN_HYPHEN) && !(infos[j].flags & DOSSIER_TOKEN_SPACE_BEFORE))))
        j++;
      if (j == i || j >= n || (infos[j].flags & DOSSIER_TOKEN_LINE_START) ||
          (infos[j - 1].flags & DOSSIER_TOKEN_HYPHEN))
        continue;
      k = j;
      if (token_is (doc, k, "(") && k + 2 < n && (infos[k + 1].flags & DOSSIER_TOKEN_CAPITALISED) &&
          token_is (doc, k + 2, ")"))
        dateline = TRUE;
      else if (is_date_at (doc, k))
        dateline = TRUE;
      else if (token_is (doc, k, ","))
        {
          if (is_date_at (doc, k + 1))
            dateline = TRUE;
          else if (k + 2 < n && (infos[k + 1].flags & DOSSIER_TOKEN_CAPITALISED) &&
                   !(infos[k + 1].flags & DOSSIER_TOKEN_LINE_START) &&
                   (is_date_at (doc, k + 2) || token_is (doc, k + 2, "(")))
            {
              dateline = TRUE;
              region = k + 1;
            }
        }
      if (!dateline)
        continue;
      for (guint pass = 0; pass < 2; pass++)
        {
          guint first = pass == 0 ? i : region, last = pass == 0 ? j - 1 : region;
          gboolean found = FALSE;

          if (first == G_MAXUINT)
            break;
          for (guint q = 0; q < n_spans && !found; q++)
            {
              TokSpan *sp = &g_array_index (spans, TokSpan, q);
              if (sp->last < first || sp->first > last)
                continue;
              found = TRUE;
              /* "UNITED NATIONS 1996-08-29": a listed organisation stays one */
              if (sp->first == first && sp->last == last && sp->label != DOSSIER_LABEL_MISC &&
                  !((first == last ? infos[first].gaz[NER_U] : infos[first].gaz[NER_B] & infos[last].gaz[NER_L]) &
                    ~doc->place_cats))
                sp->label = DOSSIER_LABEL_PLACE;
            }
          if (!found)
            {
              TokSpan add = { first, last, DOSSIER_LABEL_PLACE };
              g_array_append_val (spans, add);
            }
        }
      i = j;
    }
  if (spans->len != n_spans)
    g_array_sort (spans, cmp_span);
}


/* After an item of a list: "and", "or", or a comma before another item. */
static gboolean
list_goes_on (const NerDoc *doc,
              guint         i)
{
  const NerTokenInfo *infos = (const NerTokenInfo *) doc->info->data;

  if (i >= doc->tokens->len)
    return FALSE;
  if (token_is (doc, i, "and") || token_is (doc, i, "or"))
    return TRUE;
  return token_is (doc, i, ",") && i + 1 < doc->tokens->len &&
         (token_is (doc, i + 1, "and") || token_is (doc, i + 1, "or") ||
          ((infos[i + 1].flags & DOSSIER_TOKEN_CAPITALISED) && !(infos[i + 1].flags & DOSSIER_TOKEN_SENTENCE_START)));
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

  join_given_names (doc, spans);
  trim_spans (doc, spans);
  dateline_places (doc, spans);
  if (spans->len == 0)
    return;

  /* "the Met Office has…": a run of capitalised words ending in an
   * organisation's or a place's head word is a name even when the model
   * missed it (in running text only: in a headline every word is
   * capitalised). */
  {
    g_autofree guint8 *taken = g_new0 (guint8, doc->tokens->len + 1);
    guint n_spans = spans->len;

    for (guint k = 0; k < n_spans; k++)
      {
        const TokSpan *sp = &g_array_index (spans, TokSpan, k);
        memset (taken + sp->first, 1, sp->last - sp->first + 1);
      }
    for (guint i = 0; i < doc->tokens->len; i++)
      {
        guint j = i;

        if (taken[i] || !(infos[i].flags & DOSSIER_TOKEN_CAPITALISED) ||
            (infos[i].ctx & (NER_CTX_ALLCAPS_LINE | NER_CTX_TITLE_LINE)) ||
            token_is (doc, i, "The") || is_honorific (doc, i))
          continue;
        while (j + 1 < doc->tokens->len && !taken[j + 1] &&
               (infos[j + 1].flags & DOSSIER_TOKEN_CAPITALISED) &&
               !(infos[j + 1].flags & DOSSIER_TOKEN_SENTENCE_START))
          j++;
        if (j > i && (token_in (doc, j, org_heads) || token_in (doc, j, place_heads)))
          {
            TokSpan s = { i, j, token_in (doc, j, org_heads) ? DOSSIER_LABEL_ORG : DOSSIER_LABEL_PLACE };
            g_array_append_val (spans, s);
          }
        i = j;
      }
    if (spans->len != n_spans)
      g_array_sort (spans, cmp_span);
  }

  /* "Andy Warhol Foundation", "Kennedy Space Center": a person's name
   * followed by an organisation's or a place's head word names that. */
  for (guint k = 0; k < spans->len; k++)
    {
      TokSpan *sp = &g_array_index (spans, TokSpan, k);
      guint h = sp->last + 1;

      if (sp->label != DOSSIER_LABEL_PERSON || h >= doc->tokens->len ||
          (k + 1 < spans->len && g_array_index (spans, TokSpan, k + 1).first <= h) ||
          !(infos[h].flags & DOSSIER_TOKEN_CAPITALISED) ||
          (infos[h].flags & DOSSIER_TOKEN_SENTENCE_START) ||
          (infos[h].ctx & (NER_CTX_ALLCAPS_LINE | NER_CTX_TITLE_LINE)))
        continue;
      if (token_is (doc, h, "News") || token_is (doc, h, "Times") || token_is (doc, h, "Post") ||
          token_is (doc, h, "Press"))
        continue; /* "… Jennifer Lopez News": a headline's topic */
      if (token_in (doc, h, org_heads))
        sp->label = DOSSIER_LABEL_ORG;
      else if (token_in (doc, h, place_heads))
        sp->label = DOSSIER_LABEL_PLACE;
      else
        continue;
      sp->last = h;
    }

  /* "Church of Scientology", "University of Copenhagen", "Museum of
   * Flight": a head word, "of", then a name is one name. */
  {
    guint out = 0;

    for (guint k = 0; k < spans->len; k++)
      {
        TokSpan b = g_array_index (spans, TokSpan, k);
        guint c = b.first >= 1 ? b.first - 1 : 0;  /* the connecting word */
        guint h;

        /* "… of the Visual Arts", "Foundation for …" */
        if (c >= 2 && token_is (doc, c, "the") && !(infos[c].flags & DOSSIER_TOKEN_SENTENCE_START))
          c--;
        h = c >= 1 ? c - 1 : G_MAXUINT;
        if (h != G_MAXUINT &&
            (token_is (doc, c, "of") || (token_is (doc, c, "for") && token_in (doc, h, org_heads))) &&
            (infos[h].flags & DOSSIER_TOKEN_CAPITALISED) &&
            !(infos[c].flags & DOSSIER_TOKEN_SENTENCE_START) &&
            /* "Colorado State University of the US", "the West Coast of
             * the United States" are two names */
            !(c + 2 == b.first &&
              ((b.first == b.last ? infos[b.first].gaz[NER_U] : infos[b.first].gaz[NER_B] & infos[b.last].gaz[NER_L]) &
               doc->place_cats)) &&
            !(infos[b.first].flags & DOSSIER_TOKEN_SENTENCE_START) &&
            (token_in (doc, h, org_heads) || token_in (doc, h, place_heads)))
          {
            TokSpan *a = out > 0 ? &g_array_index (spans, TokSpan, out - 1) : NULL;
            DossierLabel label = token_in (doc, h, org_heads) ? DOSSIER_LABEL_ORG : DOSSIER_LABEL_PLACE;

            if (a != NULL && a->last == h)
              {
                a->last = b.last;
                a->label = label;
                continue;
              }
            if (a == NULL || a->last < h)
              {
                b.first = h;
                b.label = label;
              }
          }
        g_array_index (spans, TokSpan, out++) = b;
      }
    g_array_set_size (spans, out);
  }

  /* "Manchester and Leeds": a known place coordinated with a place is a
   * place too. */
  for (guint k = 0; k + 1 < spans->len; k++)
    {
      TokSpan *a = &g_array_index (spans, TokSpan, k);
      TokSpan *b = &g_array_index (spans, TokSpan, k + 1);

      if (b->first != a->last + 2 || !(token_is (doc, a->last + 1, "and") || token_is (doc, a->last + 1, "or") ||
                                       token_is (doc, a->last + 1, ",")))
        continue;
      if (a->label == DOSSIER_LABEL_PLACE && b->label == DOSSIER_LABEL_ORG && b->first == b->last &&
          (infos[b->first].gaz[NER_U] & doc->place_cats))
        b->label = DOSSIER_LABEL_PLACE;
      else if (b->label == DOSSIER_LABEL_PLACE && a->label == DOSSIER_LABEL_ORG && a->first == a->last &&
               (infos[a->first].gaz[NER_U] & doc->place_cats))
        a->label = DOSSIER_LABEL_PLACE;
      /* "the likes of Sony and Samsung": a word no list knows as a place,
       * coordinated with an organisation, is one too (a comma must be
       * inside a list: "Maidenhead, Berkshire, to the west" is a town and
       * its county) */
      else if (token_is (doc, a->last + 1, ",") && !list_goes_on (doc, b->last + 1))
        continue;
      else if (a->label == DOSSIER_LABEL_ORG && b->label == DOSSIER_LABEL_PLACE && b->first == b->last &&
               !((infos[b->first].gaz[NER_U] | infos[b->first].gaz[NER_B]) & doc->place_cats) &&
               !(infos[b->first].flags & DOSSIER_TOKEN_ABBREV) && !token_in (doc, b->first, place_heads))
        b->label = DOSSIER_LABEL_ORG;
      else if (b->label == DOSSIER_LABEL_ORG && a->label == DOSSIER_LABEL_PLACE && a->first == a->last &&
               !((infos[a->first].gaz[NER_U] | infos[a->first].gaz[NER_B]) & doc->place_cats) &&
               !(infos[a->first].flags & DOSSIER_TOKEN_ABBREV) && !token_in (doc, a->first, place_heads))
        a->label = DOSSIER_LABEL_ORG;
    }

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
      /* a name after "Mr" is surely a person: its vote weighs double */
      v->votes[s->label] += (s->first > 0 && is_personal_title (doc, s->first - 1)) ? 4 : 2;
      max_len = MAX (max_len, v->n_tokens);

      if (s->label == DOSSIER_LABEL_PERSON && s->last > s->first)
        for (guint i = s->first; i <= s->last; i++)
          {
            const NerTokenInfo *w = &infos[i];
            guint64 pk;
            Vote *pv;

            /* Only name-like words: capitalised, not usually lower case. */
            if (!(w->flags & DOSSIER_TOKEN_CAPITALISED) || w->low_ratio >= 4 ||
                (w->flags & DOSSIER_TOKEN_ABBREV) ||
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
            pv->votes[DOSSIER_LABEL_PERSON] += 3;
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
      /* a tie between a place and an organisation, for a word no list
       * knows as a place: "Sony" */
      if (best == DOSSIER_LABEL_PLACE && v->votes[DOSSIER_LABEL_ORG] == v->votes[DOSSIER_LABEL_PLACE] &&
          s->first == s->last && !((infos[s->first].gaz[NER_U] | infos[s->first].gaz[NER_B]) & doc->place_cats) &&
          !(infos[s->first].flags & DOSSIER_TOKEN_ABBREV) && !(infos[s->first].ctx & NER_CTX_ALLCAPS_LINE) &&
          /* not a dateline's "MILAN" */
          !((infos[s->first].flags & DOSSIER_TOKEN_LINE_START) && (infos[s->first].flags & DOSSIER_TOKEN_ALL_CAPS)))
        best = DOSSIER_LABEL_ORG;
      /* "Paula's career" after "Paula Radcliffe": a word of a person's
       * full name in this document is that person, unless it names a
       * known place too ("Paris Hilton", then "Paris") */
      if (v->person_part && s->first == s->last && best != DOSSIER_LABEL_PERSON &&
          !(infos[s->first].gaz[NER_U] & (doc->place_cats | doc->demonym_cats)) &&
          !token_in (doc, s->first, org_heads) && !token_in (doc, s->first, place_heads))
        best = DOSSIER_LABEL_PERSON;
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
