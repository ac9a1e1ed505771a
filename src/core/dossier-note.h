/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/* Characters of context kept on each side of a quote (DESIGN.md, Notes). */
#define DOSSIER_NOTE_CONTEXT_CHARS 32

#define DOSSIER_TYPE_NOTE (dossier_note_get_type ())

G_DECLARE_FINAL_TYPE (DossierNote, dossier_note, DOSSIER, NOTE, GObject)

DossierNote        *dossier_note_new            (void);
DossierNote        *dossier_note_copy           (DossierNote        *self);
const char         *dossier_note_get_id         (DossierNote        *self);
void                dossier_note_set_id         (DossierNote        *self,
                                                 const char         *id);
const char         *dossier_note_get_folder     (DossierNote        *self);
void                dossier_note_set_folder     (DossierNote        *self,
                                                 const char         *folder);
const char         *dossier_note_get_path       (DossierNote        *self);
void                dossier_note_set_path       (DossierNote        *self,
                                                 const char         *path);
const char         *dossier_note_get_hash       (DossierNote        *self);
void                dossier_note_set_hash       (DossierNote        *self,
                                                 const char         *hash);
const char         *dossier_note_get_exact      (DossierNote        *self);
const char         *dossier_note_get_prefix     (DossierNote        *self);
const char         *dossier_note_get_suffix     (DossierNote        *self);
void                dossier_note_set_quote      (DossierNote        *self,
                                                 const char         *exact,
                                                 const char         *prefix,
                                                 const char         *suffix);
gint64              dossier_note_get_start      (DossierNote        *self);
gint64              dossier_note_get_end        (DossierNote        *self);
void                dossier_note_set_position   (DossierNote        *self,
                                                 gint64              start,
                                                 gint64              end);
const char         *dossier_note_get_color      (DossierNote        *self);
void                dossier_note_set_color      (DossierNote        *self,
                                                 const char         *color);
const char         *dossier_note_get_text       (DossierNote        *self);
void                dossier_note_set_text       (DossierNote        *self,
                                                 const char         *text);
const char * const *dossier_note_get_tags       (DossierNote        *self);
void                dossier_note_set_tags       (DossierNote        *self,
                                                 const char * const *tags);
gboolean            dossier_note_has_tag        (DossierNote        *self,
                                                 const char         *tag);
const char * const *dossier_note_get_entities   (DossierNote        *self);
void                dossier_note_set_entities   (DossierNote        *self,
                                                 const char * const *entities);
gboolean            dossier_note_mentions       (DossierNote        *self,
                                                 const char         *entity);
gint64              dossier_note_get_created    (DossierNote        *self);
gint64              dossier_note_get_modified   (DossierNote        *self);
void                dossier_note_set_times      (DossierNote        *self,
                                                 gint64              created,
                                                 gint64              modified);

char               *dossier_note_new_id         (void);
char               *dossier_format_time         (gint64              usec);
gboolean            dossier_parse_time          (const char         *iso8601,
                                                 gint64             *usec);

G_END_DECLS
