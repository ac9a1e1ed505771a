/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The plain-text reader, through the same entry point the corpus uses. */

#include "fuzz-common.h"

FUZZ_FILE_HARNESS ("x.txt")
