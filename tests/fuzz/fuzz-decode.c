/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The decoder under every reader: UTF-8 repair, UTF-16, windows-1252, and
 * the map back to the file's bytes. The first byte picks the declared
 * charset, as an HTML reader would pass one. */

#include "fuzz-common.h"

int LLVMFuzzerTestOneInput (const uint8_t *data, size_t size);

static const char *charsets[] = { NULL, "windows-1252", "iso-8859-1", "utf-8", "us-ascii" };

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  static gboolean inited;
  g_autoptr(DossierMappedText) map = NULL;
  g_autofree char *copy = NULL;
  DossierDecodeFlags flags = 0;
  const char *charset = NULL;
  gsize prev_end = 0;

  if (!inited)
    {
      fuzz_init_glib ();
      inited = TRUE;
    }

  if (size > 0)
    {
      charset = charsets[data[0] % G_N_ELEMENTS (charsets)];
      data++;
      size--;
    }
  copy = g_memdup2 (data, size);

  (void) dossier_decode_looks_binary (copy, size);
  map = charset ? dossier_decode_text_as (copy, size, charset, &flags)
                : dossier_decode_text (copy, size, &flags);
  fuzz_check_map (map, copy, size);

  /* The decoder reads the file front to back: its runs never go back. */
  for (guint i = 0; i < dossier_mapped_text_get_n_runs (map); i++)
    {
      const DossierMapRun *run = dossier_mapped_text_get_run (map, i);

      FUZZ_CHECK (run->src_start >= prev_end);
      prev_end = run->src_start + run->src_len;
    }

  /* Plain printable ASCII comes out unchanged, as one identity run. */
  {
    gboolean plain = TRUE;

    for (gsize i = 0; i < size && plain; i++)
      plain = (copy[i] >= 0x20 && copy[i] < 0x7f) || copy[i] == '\n';
    if (plain)
      {
        FUZZ_CHECK (flags == DOSSIER_DECODE_NONE);
        FUZZ_CHECK (dossier_mapped_text_get_length (map) == size);
        FUZZ_CHECK (dossier_mapped_text_get_n_runs (map) == (size > 0 ? 1 : 0));
      }
  }

  /* Composing with itself-as-identity gives the same map: the path every
   * reader takes when it cleans decoded text. */
  {
    g_autoptr(DossierMappedText) outer = dossier_mapped_text_new ();
    g_autoptr(DossierMappedText) composed = NULL;
    gsize len = dossier_mapped_text_get_length (map);

    dossier_mapped_text_append_source (outer, dossier_mapped_text_get_text (map), 0, len);
    composed = dossier_mapped_text_compose (outer, map);
    FUZZ_CHECK (dossier_mapped_text_get_length (composed) == len);
    fuzz_check_map (composed, copy, size);
  }
  return 0;
}
