/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "dossier-label"

#include "config.h"

#include <string.h>

#include "dossier-label.h"

static const char * const label_names[DOSSIER_N_LABELS] = {
  "PERSON", "ORG", "PLACE", "MISC",
};

/**
 * dossier_label_to_string:
 * @label: a #DossierLabel
 *
 * Returns: the name of @label as the JSONL contract spells it ("PERSON"…)
 */
const char *
dossier_label_to_string (DossierLabel label)
{
  g_return_val_if_fail ((guint) label < DOSSIER_N_LABELS, NULL);

  return label_names[label];
}

/**
 * dossier_label_from_string:
 * @str: "PERSON", "ORG", "PLACE" or "MISC"
 * @label: (out): the label
 *
 * Returns: %TRUE if @str names a label
 */
gboolean
dossier_label_from_string (const char   *str,
                           DossierLabel *label)
{
  g_return_val_if_fail (label != NULL, FALSE);

  if (str == NULL)
    return FALSE;

  for (guint i = 0; i < DOSSIER_N_LABELS; i++)
    {
      if (strcmp (str, label_names[i]) == 0)
        {
          *label = (DossierLabel) i;
          return TRUE;
        }
    }

  return FALSE;
}
