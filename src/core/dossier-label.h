/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/**
 * DossierLabel:
 * @DOSSIER_LABEL_PERSON: a person's name, without titles or honorifics
 * @DOSSIER_LABEL_ORG: an organisation, agency, company, party or outlet
 * @DOSSIER_LABEL_PLACE: a country, city, region or other location
 * @DOSSIER_LABEL_MISC: other names: demonyms, events, works, products
 *
 * The kinds of named entity that Dossier extracts (CoNLL-2003 types).
 */
typedef enum
{
  DOSSIER_LABEL_PERSON,
  DOSSIER_LABEL_ORG,
  DOSSIER_LABEL_PLACE,
  DOSSIER_LABEL_MISC,
} DossierLabel;

#define DOSSIER_N_LABELS 4

const char *dossier_label_to_string   (DossierLabel  label);
gboolean    dossier_label_from_string (const char   *str,
                                       DossierLabel *label);

G_END_DECLS
