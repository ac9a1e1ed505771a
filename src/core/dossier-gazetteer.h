/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

#include "dossier-label.h"

G_BEGIN_DECLS

/**
 * DossierGazetteerClass:
 * @DOSSIER_GAZ_COUNTRY: a country or former state ("Belarus", "Soviet Union")
 * @DOSSIER_GAZ_COUNTRY_CODE: an ISO 3166-1 alpha-3 code ("BLR")
 * @DOSSIER_GAZ_CITY: a city ("Minsk")
 * @DOSSIER_GAZ_REGION: a state, province or world region ("Texas", "Central Asia")
 * @DOSSIER_GAZ_DEMONYM: a demonym or adjective of a place ("Belarusian")
 * @DOSSIER_GAZ_FIRST_NAME: an English first name ("Alexander")
 * @DOSSIER_GAZ_PERSON_NAME: a first or last name of people of many cultures
 * @DOSSIER_GAZ_HONORIFIC: a title before a name ("Mr", "Prime Minister")
 * @DOSSIER_GAZ_ORG_SUFFIX: a word that ends or heads organisation names ("Inc", "Ministry")
 * @DOSSIER_GAZ_ORG: a well-known organisation ("NATO")
 * @DOSSIER_GAZ_AGENCY: a news agency or outlet ("Reuters", "Belta")
 * @DOSSIER_GAZ_ALIAS: an entry of the alias table (data/aliases.tsv)
 *
 * Classes of gazetteer entries, as bits of the mask that lookups return.
 */
typedef enum
{
  DOSSIER_GAZ_COUNTRY      = 1 << 0,
  DOSSIER_GAZ_COUNTRY_CODE = 1 << 1,
  DOSSIER_GAZ_CITY         = 1 << 2,
  DOSSIER_GAZ_REGION       = 1 << 3,
  DOSSIER_GAZ_DEMONYM      = 1 << 4,
  DOSSIER_GAZ_FIRST_NAME   = 1 << 5,
  DOSSIER_GAZ_PERSON_NAME  = 1 << 6,
  DOSSIER_GAZ_HONORIFIC    = 1 << 7,
  DOSSIER_GAZ_ORG_SUFFIX   = 1 << 8,
  DOSSIER_GAZ_ORG          = 1 << 9,
  DOSSIER_GAZ_AGENCY       = 1 << 10,
  DOSSIER_GAZ_ALIAS        = 1 << 11,
} DossierGazetteerClass;

#define DOSSIER_GAZ_N_CLASSES 12
#define DOSSIER_GAZ_PLACE (DOSSIER_GAZ_COUNTRY | DOSSIER_GAZ_CITY | DOSSIER_GAZ_REGION)

typedef struct _DossierGazetteer DossierGazetteer;

DossierGazetteer *dossier_gazetteer_load           (const char        *datadir,
                                                    GError           **error);
DossierGazetteer *dossier_gazetteer_new_from_data  (const char        *tsv,
                                                    gssize             len);
DossierGazetteer *dossier_gazetteer_ref            (DossierGazetteer  *self);
void              dossier_gazetteer_unref          (DossierGazetteer  *self);
guint32           dossier_gazetteer_lookup         (DossierGazetteer  *self,
                                                    const char        *str,
                                                    gsize              len);
guint32           dossier_gazetteer_lookup_folded  (DossierGazetteer  *self,
                                                    const char        *str,
                                                    gsize              len);
const char       *dossier_gazetteer_canonical      (DossierGazetteer  *self,
                                                    const char        *str,
                                                    gsize              len,
                                                    DossierLabel      *label);
guint             dossier_gazetteer_get_n_entries  (DossierGazetteer  *self);
guint             dossier_gazetteer_get_max_words  (DossierGazetteer  *self);
const char       *dossier_gazetteer_class_to_string (DossierGazetteerClass klass);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (DossierGazetteer, dossier_gazetteer_unref)

G_END_DECLS
