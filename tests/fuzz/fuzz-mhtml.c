/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The MHTML reader (MIME headers and boundaries, quoted-printable and base64, the map composed with the page's),
 * then the HTML reader on what it found, through the same entry point the corpus uses. */

#include "fuzz-common.h"

FUZZ_FILE_HARNESS ("x.mhtml")
