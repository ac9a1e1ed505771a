/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "dossier-article.h"

G_BEGIN_DECLS

#define DOSSIER_INDEX_ERROR (dossier_index_error_quark ())

/**
 * DossierIndexError:
 * @DOSSIER_INDEX_ERROR_CORRUPT: the cache file is damaged; reset it
 * @DOSSIER_INDEX_ERROR_FULL: the disk (or the file size limit) is full
 * @DOSSIER_INDEX_ERROR_BUSY: another process held the cache for too long
 * @DOSSIER_INDEX_ERROR_FAILED: any other SQLite or file error
 */
typedef enum
{
  DOSSIER_INDEX_ERROR_CORRUPT,
  DOSSIER_INDEX_ERROR_FULL,
  DOSSIER_INDEX_ERROR_BUSY,
  DOSSIER_INDEX_ERROR_FAILED,
} DossierIndexError;

/* Bumped whenever the schema or the meaning of a column changes: an older
 * or newer cache is then rebuilt, never migrated (it is disposable). */
#define DOSSIER_INDEX_SCHEMA_VERSION 2

/* "DsIx": tells a Dossier cache from any other SQLite file. */
#define DOSSIER_INDEX_APPLICATION_ID 0x44734978

typedef struct _DossierIndex DossierIndex;

/**
 * DossierIndexFile:
 * @id: the article id, stable while the file stays
 * @size: its size when it was read
 * @mtime: its modification time when it was read, in µs
 * @error: (nullable): why it could not be read, or %NULL for an article
 *
 * What the cache remembers of one file of the folder.
 */
typedef struct
{
  guint32 id;
  gint64 size;
  gint64 mtime;
  char *error;
} DossierIndexFile;

GQuark        dossier_index_error_quark     (void);
char         *dossier_index_path_for_folder (const char     *real_path);
gboolean      dossier_index_forget          (const char     *real_path,
                                             gboolean       *removed,
                                             GError        **error);
DossierIndex *dossier_index_open            (const char     *real_path,
                                             const char     *variant,
                                             GError        **error);
DossierIndex *dossier_index_open_file       (const char     *filename,
                                             const char     *real_path,
                                             const char     *variant,
                                             GError        **error);
void          dossier_index_free            (DossierIndex   *self);
const char   *dossier_index_get_filename    (DossierIndex   *self);
const char   *dossier_index_get_rebuild_reason (DossierIndex *self);
gboolean      dossier_index_reset           (DossierIndex   *self,
                                             const char     *reason,
                                             GError        **error);

gboolean      dossier_index_load            (DossierIndex   *self,
                                             GFile          *folder,
                                             GHashTable    **files,
                                             GHashTable    **articles,
                                             GError        **error);
gboolean      dossier_index_reserve_ids     (DossierIndex   *self,
                                             guint           n,
                                             guint32        *first,
                                             GError        **error);
gint64        dossier_index_get_generation  (DossierIndex   *self);
gint64        dossier_index_get_committed_generation (DossierIndex *self);

gboolean      dossier_index_begin           (DossierIndex   *self,
                                             GError        **error);
gboolean      dossier_index_commit          (DossierIndex   *self,
                                             GError        **error);
void          dossier_index_rollback        (DossierIndex   *self);
gboolean      dossier_index_put_article     (DossierIndex   *self,
                                             guint32         id,
                                             DossierArticle *article,
                                             GError        **error);
gboolean      dossier_index_put_error       (DossierIndex   *self,
                                             guint32         id,
                                             const char     *path,
                                             gint64          size,
                                             gint64          mtime,
                                             const char     *message,
                                             GError        **error);
gboolean      dossier_index_remove          (DossierIndex   *self,
                                             guint32         id,
                                             GError        **error);
gboolean      dossier_index_bump_generation (DossierIndex   *self,
                                             GError        **error);

gboolean      dossier_index_put_links       (DossierIndex   *self,
                                             GPtrArray      *articles,
                                             GPtrArray      *entities,
                                             gint64          generation,
                                             GError        **error);
gboolean      dossier_index_load_entities   (DossierIndex   *self,
                                             GPtrArray     **entities,
                                             GError        **error);
gboolean      dossier_index_load_entities_concurrently (DossierIndex *self,
                                                        GPtrArray   **entities,
                                                        gint64       *generation,
                                                        GError      **error);

gboolean      dossier_index_match           (DossierIndex   *self,
                                             const char     *match,
                                             GArray        **ids,
                                             GError        **error);
char         *dossier_index_snippet         (DossierIndex   *self,
                                             const char     *match,
                                             guint32         id,
                                             GError        **error);
char         *dossier_index_snippet_full    (DossierIndex   *self,
                                             const char     *match,
                                             guint32         id,
                                             const char     *open,
                                             const char     *close,
                                             GError        **error);
char         *dossier_index_dup_body        (DossierIndex   *self,
                                             guint32         id,
                                             GError        **error);

void          dossier_index_file_free       (DossierIndexFile *file);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (DossierIndex, dossier_index_free)

G_END_DECLS
