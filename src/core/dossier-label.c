/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "dossier-label"

#include "config.h"

#include "dossier-label.h"

static const char *names[] = { "PERSON", "ORG", "PLACE", "MISC" };

/**
 * dossier_label_to_string:
 *
 * Returns: the label as the mentions JSONL contract writes it
 */
const char *
dossier_label_to_string (DossierLabel label)
{
  g_return_val_if_fail ((guint) label < G_N_ELEMENTS (names), "MISC");
  return names[label];
}

gboolean
dossier_label_from_string (const char   *str,
                           DossierLabel *label)
{
  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    if (g_strcmp0 (str, names[i]) == 0)
      {
        *label = i;
        return TRUE;
      }
  return FALSE;
}
