/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Temporary folders and files for the core tests (test-corpus,
 * test-index, test-notes, test-notes-crash); every step asserts, so a
 * test never goes on with a half-made fixture. */

char *test_make_tmp_dir          (const char *tmpl);
void  test_write_file_len        (const char *dir,
                                  const char *rel,
                                  const char *content,
                                  gssize      len);
void  test_write_file            (const char *dir,
                                  const char *rel,
                                  const char *content);
void  test_remove_tree           (const char *dir);
void  test_remove_tree_writable  (const char *dir);

G_END_DECLS
