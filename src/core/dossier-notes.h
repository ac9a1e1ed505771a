/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "dossier-note.h"

G_BEGIN_DECLS

#define DOSSIER_NOTES_ERROR (dossier_notes_error_quark ())

/**
 * DossierNotesError:
 * @DOSSIER_NOTES_ERROR_NEWER: the database was written by a newer Dossier
 * @DOSSIER_NOTES_ERROR_CORRUPT: the file is not a notes database, or is damaged
 * @DOSSIER_NOTES_ERROR_READ_ONLY: the database or its folder cannot be written
 * @DOSSIER_NOTES_ERROR_FAILED: SQLite failed (disk full, I/O error …)
 * @DOSSIER_NOTES_ERROR_NOT_FOUND: no note has that id
 * @DOSSIER_NOTES_ERROR_EXISTS: a note with that id is already stored
 * @DOSSIER_NOTES_ERROR_INVALID: the note or the input cannot be stored
 */
typedef enum
{
  DOSSIER_NOTES_ERROR_NEWER,
  DOSSIER_NOTES_ERROR_CORRUPT,
  DOSSIER_NOTES_ERROR_READ_ONLY,
  DOSSIER_NOTES_ERROR_FAILED,
  DOSSIER_NOTES_ERROR_NOT_FOUND,
  DOSSIER_NOTES_ERROR_EXISTS,
  DOSSIER_NOTES_ERROR_INVALID,
} DossierNotesError;

/* The schema this build writes; older databases are migrated up to it. */
#define DOSSIER_NOTES_SCHEMA_VERSION 1

/**
 * DossierNoteFilter:
 * @folder: (nullable): only notes of this folder key (dossier_notes_folder_key())
 * @paths: (nullable): only notes on one of these files
 * @tags: (nullable): only notes with at least one of these tags
 * @entities: (nullable): only notes whose passage mentions all of these
 *   entities (an AND, like the entity filter of the article list)
 * @search: (nullable): only notes whose quote, note or tags contain this
 *   text, compared without case
 *
 * What dossier_notes_list() returns; every field left %NULL lets all
 * notes through.
 */
typedef struct
{
  const char *folder;
  const char * const *paths;
  const char * const *tags;
  const char * const *entities;
  const char *search;
} DossierNoteFilter;

#define DOSSIER_TYPE_NOTES (dossier_notes_get_type ())

G_DECLARE_FINAL_TYPE (DossierNotes, dossier_notes, DOSSIER, NOTES, GObject)

GQuark        dossier_notes_error_quark      (void);
char         *dossier_notes_dup_default_path (void);
char         *dossier_notes_folder_key       (GFile              *folder);
DossierNotes *dossier_notes_new              (const char         *db_path,
                                              GError            **error);
const char   *dossier_notes_get_path         (DossierNotes       *self);
gboolean      dossier_notes_add              (DossierNotes       *self,
                                              DossierNote        *note,
                                              GError            **error);
gboolean      dossier_notes_add_many         (DossierNotes       *self,
                                              GPtrArray          *notes,
                                              guint              *n_added,
                                              GError            **error);
gboolean      dossier_notes_update           (DossierNotes       *self,
                                              DossierNote        *note,
                                              GError            **error);
DossierNote  *dossier_notes_delete           (DossierNotes       *self,
                                              const char         *id,
                                              GError            **error);
gboolean      dossier_notes_restore          (DossierNotes       *self,
                                              DossierNote        *note,
                                              GError            **error);
DossierNote  *dossier_notes_lookup           (DossierNotes       *self,
                                              const char         *id,
                                              GError            **error);
GPtrArray    *dossier_notes_list             (DossierNotes       *self,
                                              const DossierNoteFilter *filter,
                                              GError            **error);
GStrv         dossier_notes_list_tags        (DossierNotes       *self,
                                              const char         *folder,
                                              GError            **error);
gboolean      dossier_note_filter_matches    (const DossierNoteFilter *filter,
                                              DossierNote        *note);
gboolean      dossier_notes_check            (DossierNotes       *self,
                                              GError            **error);
gboolean      dossier_notes_count_folder     (DossierNotes       *self,
                                              const char         *folder,
                                              guint              *n_notes,
                                              GError            **error);
gboolean      dossier_notes_forget_folder    (DossierNotes       *self,
                                              const char         *folder,
                                              guint              *n_deleted,
                                              GError            **error);

G_END_DECLS
