/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Exit codes of DESIGN.md: 0 all went well, 1 some files failed, 2 usage. */
#define DOSSIER_EXIT_OK       0
#define DOSSIER_EXIT_SOME     1
#define DOSSIER_EXIT_USAGE    2

typedef int (*DossierCommandFunc) (int argc, char **argv);

typedef struct
{
  const char *name;
  const char *summary;
  DossierCommandFunc func;
} DossierCommand;

int dossier_cli_articles (int argc, char **argv);
int dossier_cli_show     (int argc, char **argv);
int dossier_cli_index    (int argc, char **argv);
int dossier_cli_search   (int argc, char **argv);
int dossier_cli_watch    (int argc, char **argv);
int dossier_cli_entities (int argc, char **argv);
int dossier_cli_notes    (int argc, char **argv);
int dossier_cli_forget   (int argc, char **argv);

#include "dossier-core.h"

DossierCorpus *dossier_cli_load_indexed (const char *path,
                                         gboolean    progress,
                                         gboolean    list_errors,
                                         int        *status);
void           dossier_cli_keep_until_exit (DossierCorpus *corpus);

int dossier_cli_usage_error (GOptionContext *context,
                             const char     *message);

G_END_DECLS
