/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-util"

#include "config.h"

#include <stdlib.h>

#include "test-util.h"

/* @tmpl: a g_dir_make_tmp() template. */
char *
test_make_tmp_dir (const char *tmpl)
{
  g_autoptr(GError) error = NULL;
  char *dir = g_dir_make_tmp (tmpl, &error);

  g_assert_no_error (error);
  return dir;
}

/* Writes @rel under @dir, making the folders on the way. */
void
test_write_file_len (const char *dir,
                     const char *rel,
                     const char *content,
                     gssize      len)
{
  g_autofree char *path = g_build_filename (dir, rel, NULL);
  g_autofree char *parent = g_path_get_dirname (path);

  g_assert_cmpint (g_mkdir_with_parents (parent, 0755), ==, 0);
  g_assert_true (g_file_set_contents (path, content, len, NULL));
}

void
test_write_file (const char *dir,
                 const char *rel,
                 const char *content)
{
  test_write_file_len (dir, rel, content, -1);
}

void
test_remove_tree (const char *dir)
{
  g_autofree char *cmd = g_strdup_printf ("rm -rf '%s'", dir);
  g_assert_cmpint (system (cmd), ==, 0);
}

/* For tests that take permissions away from parts of the tree: give them
 * back first, or rm could not go into those folders. */
void
test_remove_tree_writable (const char *dir)
{
  g_autofree char *cmd = g_strdup_printf ("chmod -R u+rwx '%s' 2>/dev/null; rm -rf '%s'", dir, dir);
  g_assert_cmpint (system (cmd), ==, 0);
}
