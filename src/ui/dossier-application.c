/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "dossier-application"

#include "config.h"

#include <glib/gi18n.h>

#include "dossier-application.h"
#include "dossier-resources.h"
#include "dossier-window.h"

/**
 * DossierApplication:
 *
 * Opens the folders given on the command line (or the last one), one
 * window each. `--screenshot FILE.png [FOLDER]` runs a separate instance
 * that saves a picture of the loaded window and quits.
 */
struct _DossierApplication
{
  AdwApplication parent_instance;

  char *screenshot;
  char *select_entity;
  char *search;
};

G_DEFINE_FINAL_TYPE (DossierApplication, dossier_application, ADW_TYPE_APPLICATION)

static int exit_status;

/**
 * dossier_application_set_exit_status:
 *
 * What main() returns when the application quits, for errors found in
 * screenshot mode after the command line was handled.
 */
void
dossier_application_set_exit_status (int status)
{
  exit_status = status;
}

int
dossier_application_get_exit_status (void)
{
  return exit_status;
}

/**
 * dossier_ui_init:
 *
 * Registers the resources (compiled with --manual-register, since a
 * static library's constructor would be dropped by the linker). The app
 * and the UI tests call it before the first window.
 */
void
dossier_ui_init (void)
{
  static gboolean done;

  if (done)
    return;
  done = TRUE;
  dossier_register_resource ();
}

static DossierWindow *
new_window (DossierApplication *self)
{
  DossierWindow *window = dossier_window_new (ADW_APPLICATION (self));

  if (self->screenshot)
    {
      dossier_window_set_screenshot (window, self->screenshot, self->select_entity);
      dossier_window_set_screenshot_search (window, self->search);
    }
  return window;
}

static void
dossier_application_activate (GApplication *app)
{
  DossierApplication *self = DOSSIER_APPLICATION (app);
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (app));
  g_autoptr(GSettings) settings = NULL;
  g_autofree char *last = NULL;

  if (window)
    {
      gtk_window_present (window);
      return;
    }

  window = GTK_WINDOW (new_window (self));
  settings = g_settings_new (APP_ID);
  last = g_settings_get_string (settings, "last-folder");
  if (last && *last && g_file_test (last, G_FILE_TEST_IS_DIR))
    {
      g_autoptr(GFile) folder = g_file_new_for_path (last);
      dossier_window_open_folder (DOSSIER_WINDOW (window), folder);
    }
  else if (self->screenshot)
    /* Nothing to wait for: picture the start page. */
    dossier_window_start_screenshot (DOSSIER_WINDOW (window));
  gtk_window_present (window);
}

static void
dossier_application_open (GApplication  *app,
                          GFile        **files,
                          int            n_files,
                          const char    *hint)
{
  DossierApplication *self = DOSSIER_APPLICATION (app);

  for (int i = 0; i < n_files; i++)
    {
      DossierWindow *window = new_window (self);

      dossier_window_open_folder (window, files[i]);
      gtk_window_present (GTK_WINDOW (window));
      /* One picture is enough. */
      if (self->screenshot)
        break;
    }
}

static int
dossier_application_handle_local_options (GApplication *app,
                                          GVariantDict *options)
{
  DossierApplication *self = DOSSIER_APPLICATION (app);

  g_variant_dict_lookup (options, "screenshot", "^ay", &self->screenshot);
  g_variant_dict_lookup (options, "select-entity", "s", &self->select_entity);
  g_variant_dict_lookup (options, "search", "s", &self->search);
  if (self->select_entity && self->screenshot == NULL)
    {
      g_printerr ("%s\n", _("--select-entity goes with --screenshot"));
      return 2;
    }
  if (self->search && self->screenshot == NULL)
    {
      g_printerr ("%s\n", _("--search goes with --screenshot"));
      return 2;
    }
  /* A screenshot is taken by this process, never handed to a running
   * instance. */
  if (self->screenshot)
    g_application_set_flags (app, g_application_get_flags (app) | G_APPLICATION_NON_UNIQUE);
  return -1;
}

static void
quit_activated (GSimpleAction *action,
                GVariant      *parameter,
                gpointer       user_data)
{
  GList *windows = g_list_copy (gtk_application_get_windows (GTK_APPLICATION (user_data)));

  /* Closing, not destroying, so that each window saves its state. */
  for (GList *l = windows; l; l = l->next)
    gtk_window_close (l->data);
  g_list_free (windows);
}

static void
dossier_application_startup (GApplication *app)
{
  static const GActionEntry actions[] = {
    { "quit", quit_activated, NULL, NULL, NULL, { 0 } },
  };
  const char *quit_accels[] = { "<Control>q", NULL };

  dossier_ui_init ();
  G_APPLICATION_CLASS (dossier_application_parent_class)->startup (app);

  g_action_map_add_action_entries (G_ACTION_MAP (app), actions, G_N_ELEMENTS (actions), app);
  gtk_application_set_accels_for_action (GTK_APPLICATION (app), "app.quit", quit_accels);
}

static void
dossier_application_finalize (GObject *object)
{
  DossierApplication *self = (DossierApplication *) object;

  g_free (self->screenshot);
  g_free (self->select_entity);
  g_free (self->search);

  G_OBJECT_CLASS (dossier_application_parent_class)->finalize (object);
}

static void
dossier_application_class_init (DossierApplicationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  object_class->finalize = dossier_application_finalize;
  app_class->activate = dossier_application_activate;
  app_class->open = dossier_application_open;
  app_class->startup = dossier_application_startup;
  app_class->handle_local_options = dossier_application_handle_local_options;
}

static void
dossier_application_init (DossierApplication *self)
{
  const GOptionEntry entries[] = {
    { "screenshot", 0, 0, G_OPTION_ARG_FILENAME, NULL,
      N_("Open FOLDER in a 1200×800 window, save a PNG of it when loaded, and quit"), N_("FILE.png") },
    { "select-entity", 0, 0, G_OPTION_ARG_STRING, NULL,
      N_("With --screenshot: filter by the entity with this name or alias first"), N_("NAME") },
    { "search", 0, 0, G_OPTION_ARG_STRING, NULL,
      N_("With --screenshot: search the articles for QUERY first"), N_("QUERY") },
    { NULL }
  };

  g_application_add_main_option_entries (G_APPLICATION (self), entries);
  g_application_set_option_context_parameter_string (G_APPLICATION (self), N_("[FOLDER…]"));
}

DossierApplication *
dossier_application_new (void)
{
  return g_object_new (DOSSIER_TYPE_APPLICATION,
                       "application-id", APP_ID,
                       "flags", G_APPLICATION_HANDLES_OPEN,
                       "resource-base-path", RESOURCE_BASE,
                       NULL);
}
