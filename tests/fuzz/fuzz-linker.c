/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The corpus-wide alias linker on arbitrary mention strings, with the real
 * gazetteers: mention text comes from articles, so anything can be in it.
 * Input: one mention per line; the line's first byte picks the article
 * (8 of them) and the label, the rest is the mention's text. */

#include "fuzz-common.h"

int LLVMFuzzerTestOneInput (const uint8_t *data, size_t size);

static DossierGazetteer *
gazetteer (void)
{
  static DossierGazetteer *gaz;

  if (gaz == NULL)
    {
      g_autoptr(GError) error = NULL;

      fuzz_init_glib ();
      /* Loaded once: the word lists are data we ship, not input. */
      gaz = dossier_gazetteer_load (dossier_get_data_dir (), &error);
      if (gaz == NULL)
        {
          fprintf (stderr, "fuzz-linker: cannot load the gazetteers (set DOSSIER_DATADIR): %s\n",
                   error->message);
          abort ();
        }
    }
  return gaz;
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(DossierLinker) linker = dossier_linker_new (gazetteer ());
  const char *p = (const char *) data;
  const char *end = p + size;
  guint n = 0, counted = 0;

  while (p < end && n < 256)
    {
      const char *eol = memchr (p, '\n', end - p);
      const char *line = p;
      gsize line_len = (eol ? eol : end) - p;
      guchar sel;
      g_autofree char *text = NULL;

      p = eol ? eol + 1 : end;
      if (line_len == 0)
        continue;
      sel = line[0];
      /* Article text is always valid UTF-8 without NULs (the decoder sees
       * to it), so mentions are too. */
      text = g_utf8_make_valid (line + 1, line_len - 1);
      /* strlen: a NUL in the input ends the mention, as it would a C string. */
      FUZZ_CHECK (dossier_linker_add_mention (linker, sel % 8, text, strlen (text),
                                              (DossierLabel) ((sel / 8) % 4)) == n);
      n++;
    }
  dossier_linker_resolve (linker);

  FUZZ_CHECK (dossier_linker_get_n_mentions (linker) == n);
  for (guint m = 0; m < n; m++)
    FUZZ_CHECK (dossier_linker_get_mention_entity (linker, m) < dossier_linker_get_n_entities (linker));
  for (guint e = 0; e < dossier_linker_get_n_entities (linker); e++)
    {
      const char *name = dossier_linker_get_entity_name (linker, e);
      const char * const *aliases = dossier_linker_get_entity_aliases (linker, e);
      DossierLabel label = dossier_linker_get_entity_label (linker, e);

      FUZZ_CHECK (name != NULL && g_utf8_validate (name, -1, NULL));
      FUZZ_CHECK (label <= DOSSIER_LABEL_MISC);
      FUZZ_CHECK (dossier_linker_get_entity_n_articles (linker, e) <= dossier_linker_get_entity_n_mentions (linker, e));
      counted += dossier_linker_get_entity_n_mentions (linker, e);
      for (guint a = 0; aliases && aliases[a]; a++)
        FUZZ_CHECK (g_utf8_validate (aliases[a], -1, NULL));
    }
  /* Every mention belongs to exactly one entity. */
  FUZZ_CHECK (counted == n);
  return 0;
}
