/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The HTML reader (markup, entities, charsets, JSON-LD and meta tags), through the same entry point the corpus uses. */

#include "fuzz-common.h"

FUZZ_FILE_HARNESS ("x.html")
