/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define DOSSIER_TYPE_APPLICATION (dossier_application_get_type ())

G_DECLARE_FINAL_TYPE (DossierApplication, dossier_application, DOSSIER, APPLICATION, AdwApplication)

DossierApplication *dossier_application_new             (void);
void                dossier_application_set_exit_status (int status);
int                 dossier_application_get_exit_status (void);
void                dossier_ui_init                     (void);

G_END_DECLS
