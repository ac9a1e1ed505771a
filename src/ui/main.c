/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "dossier"

#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>

#include "dossier-application.h"

int
main (int   argc,
      char *argv[])
{
  g_autoptr(DossierApplication) app = NULL;
  int status;

  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  dossier_ui_init ();
  app = dossier_application_new ();
  status = g_application_run (G_APPLICATION (app), argc, argv);
  return status != 0 ? status : dossier_application_get_exit_status ();
}
