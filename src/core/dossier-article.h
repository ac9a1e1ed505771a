/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "dossier-entity.h"
#include "dossier-mapped-text.h"
#include "dossier-parser.h"

G_BEGIN_DECLS

#define DOSSIER_TYPE_ARTICLE (dossier_article_get_type ())

G_DECLARE_FINAL_TYPE (DossierArticle, dossier_article, DOSSIER, ARTICLE, GObject)

DossierArticle     *dossier_article_load              (GFile         *file,
                                                       const char    *relative_path,
                                                       GCancellable  *cancellable,
                                                       GError       **error);
DossierArticle     *dossier_article_new_from_bytes    (GFile         *file,
                                                       const char    *relative_path,
                                                       const char    *data,
                                                       gsize          len,
                                                       GError       **error);
GFile              *dossier_article_get_file          (DossierArticle *self);
const char         *dossier_article_get_path          (DossierArticle *self);
const char         *dossier_article_get_title         (DossierArticle *self);
gboolean            dossier_article_has_title         (DossierArticle *self);
const char         *dossier_article_get_outlet        (DossierArticle *self);
const char         *dossier_article_get_url           (DossierArticle *self);
const char         *dossier_article_get_date          (DossierArticle *self);
const char         *dossier_article_get_page_date     (DossierArticle *self);
const char         *dossier_article_get_sort_date     (DossierArticle *self);
const char         *dossier_article_get_byline        (DossierArticle *self);
const char         *dossier_article_get_place         (DossierArticle *self);
const char         *dossier_article_get_body          (DossierArticle *self);
const char         *dossier_article_get_text          (DossierArticle *self);
gboolean            dossier_article_has_text          (DossierArticle *self);
gboolean            dossier_article_load_text         (DossierArticle *self,
                                                       GCancellable   *cancellable,
                                                       GError        **error);
void                dossier_article_drop_text         (DossierArticle *self);
const char         *dossier_article_get_mention_text  (DossierArticle *self,
                                                       guint           index,
                                                       gsize          *len);
gsize               dossier_article_get_body_offset   (DossierArticle *self);
void                dossier_article_get_title_range   (DossierArticle *self,
                                                       gsize          *start,
                                                       gsize          *end);
void                dossier_article_get_dateline_range (DossierArticle *self,
                                                        gsize          *start,
                                                        gsize          *end);
const DossierMappedText *dossier_article_get_map      (DossierArticle *self);
void                dossier_article_text_to_file      (DossierArticle *self,
                                                       gsize           start,
                                                       gsize           end,
                                                       gsize          *file_start,
                                                       gsize          *file_end);
guint               dossier_article_get_word_count    (DossierArticle *self);
const char         *dossier_article_get_content_hash  (DossierArticle *self);
guint64             dossier_article_get_size          (DossierArticle *self);
DossierArticleFlags dossier_article_get_flags         (DossierArticle *self);
void                dossier_article_set_flags         (DossierArticle     *self,
                                                       DossierArticleFlags flags);
const char         *dossier_article_get_warning       (DossierArticle *self);
char               *dossier_article_dup_snippet       (DossierArticle *self,
                                                       guint           max_chars);
guint               dossier_article_get_id            (DossierArticle *self);
void                dossier_article_set_id            (DossierArticle *self,
                                                       guint           id);
int                 dossier_article_compare           (DossierArticle *a,
                                                       DossierArticle *b);

const DossierMention *dossier_article_get_mentions    (DossierArticle *self,
                                                       guint          *n_mentions);
void                dossier_article_take_mentions     (DossierArticle *self,
                                                       GArray         *mentions);
void                dossier_article_set_mention_entity (DossierArticle *self,
                                                        guint           index,
                                                        guint32         entity);
gboolean            dossier_article_mentions_entity   (DossierArticle *self,
                                                       guint32         entity);

char               *dossier_compute_hash              (const char *data,
                                                       gsize       len);

G_END_DECLS
