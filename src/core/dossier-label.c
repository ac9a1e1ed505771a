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
 * Returns: (transfer none): the name used in the mentions JSONL contract
 *   ("PERSON", "ORG", "PLACE", "MISC")
 */
const char *
dossier_label_to_string (DossierLabel label)
{
  g_return_val_if_fail ((guint) label < DOSSIER_N_LABELS, "MISC");
  return label_names[label];
}

/**
 * dossier_label_from_string:
 * @str: a label name
 * @label: (out): where to store the label
 *
 * Parses a label name. CoNLL's short names ("PER", "LOC") are accepted too,
 * since training data and word lists come in both spellings.
 *
 * Returns: %TRUE if @str names a label
 */
gboolean
dossier_label_from_string (const char   *str,
                           DossierLabel *label)
{
  static const struct { const char *name; DossierLabel label; } aliases[] = {
    { "PERSON", DOSSIER_LABEL_PERSON }, { "PER", DOSSIER_LABEL_PERSON },
    { "ORG", DOSSIER_LABEL_ORG },
    { "PLACE", DOSSIER_LABEL_PLACE }, { "LOC", DOSSIER_LABEL_PLACE },
    { "GPE", DOSSIER_LABEL_PLACE },
    { "MISC", DOSSIER_LABEL_MISC },
  };

  g_return_val_if_fail (str != NULL, FALSE);

  for (guint i = 0; i < G_N_ELEMENTS (aliases); i++)
    {
      if (g_ascii_strcasecmp (str, aliases[i].name) == 0)
        {
          if (label != NULL)
            *label = aliases[i].label;
          return TRUE;
        }
    }
  return FALSE;
}
