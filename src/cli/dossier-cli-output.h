/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <json-glib/json-glib.h>

#include "dossier-core.h"

G_BEGIN_DECLS

typedef enum
{
  DOSSIER_FORMAT_TEXT,
  DOSSIER_FORMAT_JSONL,
  DOSSIER_FORMAT_JSON,
  DOSSIER_FORMAT_CSV,
} DossierOutputFormat;

gboolean dossier_cli_parse_format  (const char          *value,
                                    guint                allowed,
                                    DossierOutputFormat *format);
void     dossier_cli_print_json    (JsonBuilder         *builder);
void     dossier_cli_article_json  (JsonBuilder         *builder,
                                    DossierArticle      *article);
char    *dossier_cli_escape        (const char          *s);
void     dossier_cli_error_line    (const char          *file,
                                    const char          *message);
gboolean dossier_cli_check_folder  (GFile               *folder,
                                    const char          *arg);
guint    dossier_cli_print_load_errors (DossierCorpus   *corpus);

G_END_DECLS
