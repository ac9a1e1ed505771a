/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/**
 * DossierTokenFlags:
 * @DOSSIER_TOKEN_SENTENCE_START: first token of a sentence (also of every line)
 * @DOSSIER_TOKEN_LINE_START: first token after a line break (or of the text)
 * @DOSSIER_TOKEN_PARAGRAPH_START: first token after a blank line (or of the text)
 * @DOSSIER_TOKEN_SPACE_BEFORE: whitespace (or the start of the text) precedes the token
 * @DOSSIER_TOKEN_CAPITALISED: the first letter is upper case
 * @DOSSIER_TOKEN_ALL_CAPS: has an upper-case letter and no lower-case one
 * @DOSSIER_TOKEN_LOWER: the first letter is lower case
 * @DOSSIER_TOKEN_NUMBER: contains a digit
 * @DOSSIER_TOKEN_PUNCT: has neither letters nor digits
 * @DOSSIER_TOKEN_POSSESSIVE: a possessive ending split off a word ("’s", "'s", "’")
 * @DOSSIER_TOKEN_HYPHEN: a hyphen joining two words without spaces ("China-Russia")
 * @DOSSIER_TOKEN_ABBREV: a word that keeps its final period ("Mr.", "U.S.", "J.")
 *
 * What the tokenizer learnt about a token while scanning it, so that the
 * tagger need not look at its bytes again for the common questions.
 */
typedef enum
{
  DOSSIER_TOKEN_SENTENCE_START  = 1 << 0,
  DOSSIER_TOKEN_LINE_START      = 1 << 1,
  DOSSIER_TOKEN_PARAGRAPH_START = 1 << 2,
  DOSSIER_TOKEN_SPACE_BEFORE    = 1 << 3,
  DOSSIER_TOKEN_CAPITALISED     = 1 << 4,
  DOSSIER_TOKEN_ALL_CAPS        = 1 << 5,
  DOSSIER_TOKEN_LOWER           = 1 << 6,
  DOSSIER_TOKEN_NUMBER          = 1 << 7,
  DOSSIER_TOKEN_PUNCT           = 1 << 8,
  DOSSIER_TOKEN_POSSESSIVE      = 1 << 9,
  DOSSIER_TOKEN_HYPHEN          = 1 << 10,
  DOSSIER_TOKEN_ABBREV          = 1 << 11,
} DossierTokenFlags;

/**
 * DossierToken:
 * @start: byte offset of the first byte of the token
 * @end: byte offset just past the token (exclusive)
 * @flags: #DossierTokenFlags
 */
typedef struct
{
  guint32 start;
  guint32 end;
  guint32 flags;
} DossierToken;

void dossier_tokenize (const char *text,
                       gsize       len,
                       GArray     *tokens);

G_END_DECLS
