/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

#include "dossier-index.h"

G_BEGIN_DECLS

#define DOSSIER_QUERY_ERROR (dossier_query_error_quark ())

/**
 * DossierQueryError:
 * @DOSSIER_QUERY_ERROR_SYNTAX: the query cannot be read (unbalanced quote,
 *   a lone OR, …); the message says what to fix
 * @DOSSIER_QUERY_ERROR_EMPTY: nothing to look for
 */
typedef enum
{
  DOSSIER_QUERY_ERROR_SYNTAX,
  DOSSIER_QUERY_ERROR_EMPTY,
} DossierQueryError;

typedef struct _DossierQuery DossierQuery;

GQuark             dossier_query_error_quark (void);
DossierQuery      *dossier_query_parse       (const char    *text,
                                              GError       **error);
void               dossier_query_free        (DossierQuery  *self);
const char        *dossier_query_get_match   (DossierQuery  *self);
const char * const *dossier_query_get_terms  (DossierQuery  *self);
GArray            *dossier_query_find        (DossierQuery  *self,
                                              const char    *text,
                                              gssize         len);

gboolean           dossier_query_run         (DossierQuery  *self,
                                              DossierIndex  *index,
                                              GArray       **ids,
                                              GError       **error);

guint              dossier_ids_intersect     (guint32       *a,
                                              guint          n_a,
                                              const guint32 *b,
                                              guint          n_b);
void               dossier_ids_sort          (GArray        *ids);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (DossierQuery, dossier_query_free)

G_END_DECLS
