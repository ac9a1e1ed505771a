/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

#include "dossier-label.h"

G_BEGIN_DECLS

/**
 * DossierMention:
 * @start: byte offset into dossier_article_get_text()
 * @end: end of the mention (exclusive)
 * @entity: the id of the linked entity in the corpus, or
 *   %DOSSIER_NO_ENTITY before linking
 * @label: a #DossierLabel
 */
typedef struct
{
  guint32 start;
  guint32 end;
  guint32 entity;
  guint32 label;
} DossierMention;

#define DOSSIER_NO_ENTITY G_MAXUINT32

#define DOSSIER_TYPE_ENTITY (dossier_entity_get_type ())

G_DECLARE_FINAL_TYPE (DossierEntity, dossier_entity, DOSSIER, ENTITY, GObject)

DossierEntity      *dossier_entity_new              (guint32              id,
                                                     const char          *name,
                                                     DossierLabel         label);
guint32             dossier_entity_get_id           (DossierEntity       *self);
const char         *dossier_entity_get_name         (DossierEntity       *self);
void                dossier_entity_set_name         (DossierEntity       *self,
                                                     const char          *name);
DossierLabel        dossier_entity_get_label        (DossierEntity       *self);
void                dossier_entity_set_label        (DossierEntity       *self,
                                                     DossierLabel         label);
const char * const *dossier_entity_get_aliases      (DossierEntity       *self);
void                dossier_entity_add_alias        (DossierEntity       *self,
                                                     const char          *alias);
gboolean            dossier_entity_has_alias        (DossierEntity       *self,
                                                     const char          *alias);
guint               dossier_entity_get_n_mentions   (DossierEntity       *self);
guint               dossier_entity_get_n_articles   (DossierEntity       *self);
const guint32      *dossier_entity_get_article_ids  (DossierEntity       *self,
                                                     guint               *n_ids);
void                dossier_entity_add_mention      (DossierEntity       *self,
                                                     guint32              article_id);
void                dossier_entity_finish           (DossierEntity       *self);

G_END_DECLS
