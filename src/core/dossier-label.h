/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

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
