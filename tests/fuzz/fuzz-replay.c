/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Runs a harness on files without libFuzzer, so that the seed corpus and
 * every input that once crashed are replayed by plain `meson test` (and
 * under ASan/UBSan by ./build-aux/test) with any compiler.
 * Usage: fuzz-replay-NAME FILE-OR-FOLDER… */

#include <glib.h>
#include <stdint.h>
#include <stdio.h>

int LLVMFuzzerTestOneInput (const uint8_t *data, size_t size);

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return g_strcmp0 (*(const char **) a, *(const char **) b);
}

static gboolean
replay_file (const char *path,
             guint      *n)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *data = NULL;
  gsize len = 0;

  if (!g_file_get_contents (path, &data, &len, &error))
    {
      fprintf (stderr, "%s: %s\n", path, error->message);
      return FALSE;
    }
  /* Printed before the run, so a crash names its input. */
  fprintf (stderr, "replaying %s (%" G_GSIZE_FORMAT " bytes)\n", path, len);
  LLVMFuzzerTestOneInput ((const uint8_t *) data, len);
  (*n)++;
  return TRUE;
}

int
main (int   argc,
      char *argv[])
{
  gboolean ok = TRUE;
  guint n = 0;

  for (int i = 1; i < argc; i++)
    {
      g_autoptr(GDir) dir = NULL;
      g_autoptr(GPtrArray) names = NULL;
      const char *name;

      if (!g_file_test (argv[i], G_FILE_TEST_IS_DIR))
        {
          ok &= replay_file (argv[i], &n);
          continue;
        }
      dir = g_dir_open (argv[i], 0, NULL);
      if (dir == NULL)
        continue;
      names = g_ptr_array_new_with_free_func (g_free);
      while ((name = g_dir_read_name (dir)))
        if (name[0] != '.')
          g_ptr_array_add (names, g_build_filename (argv[i], name, NULL));
      g_ptr_array_sort (names, compare_names);
      for (guint j = 0; j < names->len; j++)
        if (g_file_test (g_ptr_array_index (names, j), G_FILE_TEST_IS_REGULAR))
          ok &= replay_file (g_ptr_array_index (names, j), &n);
    }
  printf ("%u inputs replayed\n", n);
  return ok ? 0 : 1;
}
