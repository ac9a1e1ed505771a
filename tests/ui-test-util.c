/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ui-test-util"

#include "config.h"

#include <glib/gstdio.h>

#include "ui-test-util.h"

/* Polls rather than blocks: the condition usually depends on idle and
 * thread callbacks that only run while the default context iterates. */
gboolean
ui_test_wait_for_us (UiTestCondition condition,
                     gpointer        data,
                     gint64          timeout_us)
{
  gint64 deadline = g_get_monotonic_time () + timeout_us;

  while (!condition (data))
    {
      if (g_get_monotonic_time () > deadline)
        return FALSE;
      g_main_context_iteration (NULL, FALSE);
      g_usleep (1000);
    }
  return TRUE;
}

gboolean
ui_test_wait_for (UiTestCondition condition,
                  gpointer        data)
{
  return ui_test_wait_for_us (condition, data, UI_TEST_DEADLINE_US);
}

void
ui_test_spin (guint ms)
{
  gint64 until = g_get_monotonic_time () + ms * 1000;

  while (g_get_monotonic_time () < until)
    {
      g_main_context_iteration (NULL, FALSE);
      g_usleep (1000);
    }
}

gboolean
ui_test_is_mapped (gpointer data)
{
  return gtk_widget_get_mapped (data);
}

gboolean
ui_test_is_loaded (gpointer data)
{
  return !dossier_window_get_loading (data) && dossier_window_get_corpus (data) != NULL;
}

char *
ui_test_sample_dir (void)
{
  const char *datadir = g_getenv ("DOSSIER_DATADIR");

  return g_build_filename (datadir ? datadir : SOURCE_DATADIR, "sample", NULL);
}

/* @settle_ms: how long to keep the loop running once the folder is
 * loaded, so that list rows (and whatever the caller looks at) bind. */
DossierWindow *
ui_test_open_window (const char *path,
                     int         width,
                     int         height,
                     guint       settle_ms)
{
  DossierWindow *window = dossier_window_new (NULL);
  g_autoptr(GFile) folder = g_file_new_for_path (path);

  gtk_window_set_default_size (GTK_WINDOW (window), width, height);
  gtk_window_present (GTK_WINDOW (window));
  g_assert_true (ui_test_wait_for (ui_test_is_mapped, window));
  dossier_window_open_folder (window, folder);
  g_assert_true (ui_test_wait_for (ui_test_is_loaded, window));
  ui_test_spin (settle_ms);
  return window;
}

void
ui_test_close_window (DossierWindow *window)
{
  gtk_window_destroy (GTK_WINDOW (window));
  ui_test_spin (20);
}

static const char *seeds[] = { "ap-china-belarus.txt", "bbc-china-belarus.txt" };

/* A temporary folder with only the two seed articles: tests/data holds
 * other fixtures too. @tmpl is a g_dir_make_tmp() template. */
char *
ui_test_make_seed_folder (const char *tmpl)
{
  char *dir = g_dir_make_tmp (tmpl, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (seeds); i++)
    {
      g_autofree char *from = g_build_filename (TEST_DATADIR, seeds[i], NULL);
      g_autofree char *to = g_build_filename (dir, seeds[i], NULL);
      g_autofree char *data = NULL;
      gsize len;

      g_assert_true (g_file_get_contents (from, &data, &len, NULL));
      g_assert_true (g_file_set_contents (to, data, len, NULL));
    }
  return dir;
}

void
ui_test_remove_seed_folder (const char *dir)
{
  for (guint i = 0; i < G_N_ELEMENTS (seeds); i++)
    {
      g_autofree char *path = g_build_filename (dir, seeds[i], NULL);
      g_unlink (path);
    }
  g_rmdir (dir);
}

/* What DossierApplication gives its windows, for tests that build windows
 * without it: after gtk_init(), the icons in the resources (GtkApplication
 * adds them) and the style sheet (AdwApplication loads it by itself). */
void
ui_test_load_app_style (void)
{
  g_autoptr(GtkCssProvider) css = gtk_css_provider_new ();

  gtk_icon_theme_add_resource_path (gtk_icon_theme_get_for_display (gdk_display_get_default ()),
                                    RESOURCE_BASE "/icons");
  gtk_css_provider_load_from_resource (css, RESOURCE_BASE "/style.css");
  gtk_style_context_add_provider_for_display (gdk_display_get_default (), GTK_STYLE_PROVIDER (css),
                                              GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
}
