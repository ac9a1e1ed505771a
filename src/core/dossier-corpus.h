/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "dossier-article.h"
#include "dossier-index.h"

G_BEGIN_DECLS

#define DOSSIER_TYPE_CORPUS (dossier_corpus_get_type ())

G_DECLARE_FINAL_TYPE (DossierCorpus, dossier_corpus, DOSSIER, CORPUS, GObject)

/**
 * DossierLoadError:
 * @path: the file or folder, relative to the opened folder, for display
 * @message: what went wrong, for people
 */
typedef struct
{
  char *path;
  char *message;
} DossierLoadError;

/**
 * DossierArticleFunc:
 *
 * Called on a worker thread for every article read, before it reaches the
 * model: where extraction plugs in.
 */
typedef void (*DossierArticleFunc) (DossierArticle *article,
                                    gpointer        user_data);

DossierCorpus *dossier_corpus_new              (GFile               *folder);
GFile         *dossier_corpus_get_folder       (DossierCorpus       *self);
void           dossier_corpus_set_article_func (DossierCorpus       *self,
                                                DossierArticleFunc   func,
                                                gpointer             user_data);
void           dossier_corpus_load_async       (DossierCorpus       *self,
                                                GCancellable        *cancellable,
                                                GAsyncReadyCallback  callback,
                                                gpointer             user_data);
gboolean       dossier_corpus_load_finish      (DossierCorpus       *self,
                                                GAsyncResult        *result,
                                                GError             **error);
gboolean       dossier_corpus_load_sync        (DossierCorpus       *self,
                                                GCancellable        *cancellable,
                                                GError             **error);
gboolean       dossier_corpus_get_loading      (DossierCorpus       *self);
guint          dossier_corpus_get_n_files      (DossierCorpus       *self);
guint          dossier_corpus_get_n_done       (DossierCorpus       *self);
guint          dossier_corpus_get_n_skipped    (DossierCorpus       *self);
GPtrArray     *dossier_corpus_get_errors       (DossierCorpus       *self);
DossierArticle *dossier_corpus_get_article     (DossierCorpus       *self,
                                                guint                position);
DossierArticle *dossier_corpus_find_article    (DossierCorpus       *self,
                                                const char          *relative_path);

GListModel     *dossier_corpus_get_entities     (DossierCorpus       *self);
DossierEntity  *dossier_corpus_get_entity_by_id (DossierCorpus       *self,
                                                 guint32              id);
DossierEntity  *dossier_corpus_lookup_entity    (DossierCorpus       *self,
                                                 const char          *name);
DossierArticle *dossier_corpus_get_article_by_id (DossierCorpus      *self,
                                                  guint32             id);

void            dossier_corpus_set_use_index      (DossierCorpus *self,
                                                   gboolean       use_index);
gboolean        dossier_corpus_get_use_index      (DossierCorpus *self);
DossierIndex   *dossier_corpus_get_index          (DossierCorpus *self);
void            dossier_corpus_close_index        (DossierCorpus *self);
const GError   *dossier_corpus_get_index_error    (DossierCorpus *self);
gboolean        dossier_corpus_get_links_restored (DossierCorpus *self);
gboolean        dossier_corpus_save_links         (DossierCorpus *self,
                                                   GError       **error);
guint           dossier_corpus_get_n_from_cache   (DossierCorpus *self);
void            dossier_corpus_watch              (DossierCorpus *self,
                                                   gboolean       watch);
gboolean        dossier_corpus_get_watching       (DossierCorpus *self);

G_END_DECLS
