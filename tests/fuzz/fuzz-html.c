/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The HTML reader (markup, entities, charsets, JSON-LD and meta tags), through the same entry point the corpus uses. */

#include "fuzz-common.h"

int LLVMFuzzerTestOneInput (const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  static gboolean inited;

  if (!inited)
    {
      fuzz_init_glib ();
      inited = TRUE;
    }
  return fuzz_parse ("x.html", data, size);
}
