/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "dossier-corpus.h"
#include "dossier-filter.h"

G_BEGIN_DECLS

typedef enum
{
  DOSSIER_SORT_DATE,
  DOSSIER_SORT_TITLE,
  DOSSIER_SORT_OUTLET,
} DossierSortOrder;

#define DOSSIER_TYPE_ARTICLE_LIST (dossier_article_list_get_type ())

G_DECLARE_FINAL_TYPE (DossierArticleList, dossier_article_list, DOSSIER, ARTICLE_LIST, GObject)

DossierArticleList *dossier_article_list_new          (DossierFilter      *filter);
DossierFilter      *dossier_article_list_get_filter   (DossierArticleList *self);
DossierSortOrder    dossier_article_list_get_sort     (DossierArticleList *self);
void                dossier_article_list_set_sort     (DossierArticleList *self,
                                                       DossierSortOrder    sort);
guint               dossier_article_list_find         (DossierArticleList *self,
                                                       DossierArticle     *article);
void                dossier_article_list_set_pinned   (DossierArticleList *self,
                                                       DossierArticle     *article);
gboolean            dossier_sort_order_from_string    (const char         *str,
                                                       DossierSortOrder   *sort);

G_END_DECLS
