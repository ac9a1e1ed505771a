/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "dossier-article.h"

G_BEGIN_DECLS

/* How long the stored snippet of a light row is, in characters. */
#define DOSSIER_ARTICLE_SNIPPET_CHARS 240

/* What the index cache keeps of an article besides its mentions. */
typedef struct
{
  const char *title;     /* NULL when the page has none: the file name shows */
  const char *outlet;
  const char *url;
  const char *date;
  const char *page_date;
  const char *byline;
  const char *place;
  const char *warning;
  const char *snippet;
  const char *hash;
  guint64 size;
  gint64 mtime;
  guint words;
  DossierArticleFlags flags;
} DossierArticleRow;

DossierArticle *_dossier_article_new_light          (GFile                   *folder,
                                                     const char              *relative_path,
                                                     const DossierArticleRow *row);
void            _dossier_article_take_light_mentions (DossierArticle         *self,
                                                      GArray                 *mentions,
                                                      char                   *surfaces,
                                                      gsize                   len);
const DossierMention *_dossier_article_get_linked_mentions (DossierArticle *self,
                                                            guint          *n_mentions);
void            _dossier_article_show_mentions      (DossierArticle          *self,
                                                     GArray                  *shown);
void            _dossier_article_keep_surfaces     (DossierArticle          *self);
const char     *_dossier_article_get_snippet        (DossierArticle          *self);
gint64          _dossier_article_get_mtime          (DossierArticle          *self);
void            _dossier_article_set_mtime          (DossierArticle          *self,
                                                     gint64                   mtime);

G_END_DECLS
