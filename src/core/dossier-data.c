/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "dossier-data"

#include "config.h"

#include "dossier-data.h"

/**
 * dossier_get_data_dir:
 *
 * Where models and word lists live: $DOSSIER_DATADIR when set (tests, and
 * running from the build tree), else the installed package data folder,
 * else the source tree's data/ (an uninstalled build).
 */
const char *
dossier_get_data_dir (void)
{
  static char *dir;
  static gsize once;

  if (g_once_init_enter (&once))
    {
      const char *env = g_getenv ("DOSSIER_DATADIR");
      char *found;

      if (env && *env)
        found = g_strdup (env);
      else if (g_file_test (PKGDATADIR "/models", G_FILE_TEST_IS_DIR) ||
               g_file_test (PKGDATADIR "/gazetteers", G_FILE_TEST_IS_DIR))
        found = g_strdup (PKGDATADIR);
      else
        found = g_strdup (SOURCE_DATADIR);
      dir = found;
      g_once_init_leave (&once, 1);
    }
  return dir;
}

/**
 * dossier_find_data_file:
 *
 * Returns: (transfer full): the path of @relative in the data folder
 */
char *
dossier_find_data_file (const char *relative)
{
  return g_build_filename (dossier_get_data_dir (), relative, NULL);
}
