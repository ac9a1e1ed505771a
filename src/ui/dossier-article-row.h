/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "dossier-article.h"
#include "dossier-search-controller.h"

G_BEGIN_DECLS

#define DOSSIER_TYPE_ARTICLE_ROW (dossier_article_row_get_type ())

G_DECLARE_FINAL_TYPE (DossierArticleRow, dossier_article_row, DOSSIER, ARTICLE_ROW, GtkWidget)

GtkWidget      *dossier_article_row_new         (void);
DossierArticle *dossier_article_row_get_article (DossierArticleRow *self);
void            dossier_article_row_set_article (DossierArticleRow *self,
                                                 DossierArticle    *article);
void            dossier_article_row_set_search  (DossierArticleRow       *self,
                                                 DossierSearchController *search);
char           *dossier_format_article_meta     (DossierArticle    *article,
                                                 gboolean           with_details);
char           *dossier_format_article_meta_full (DossierArticle   *article,
                                                  gboolean          with_byline,
                                                  gboolean          with_place);

G_END_DECLS
