/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

#include "dossier-label.h"

G_BEGIN_DECLS

/**
 * DossierSpan:
 * @start: byte offset of the first byte of the name in the tagged text
 * @end: byte offset just past the name (exclusive)
 * @label: the kind of name
 *
 * A name found by the tagger. Spans never include a leading "the", a
 * possessive ending or, for people, titles and honorifics.
 */
typedef struct
{
  guint32      start;
  guint32      end;
  DossierLabel label;
} DossierSpan;

/**
 * DossierTagger:
 *
 * A trained named-entity tagger. It is immutable once loaded, so one instance
 * can be shared by any number of threads tagging at the same time.
 */
typedef struct _DossierTagger DossierTagger;

DossierTagger *dossier_tagger_new_from_file (const char    *path,
                                             GError       **error);
DossierTagger *dossier_tagger_new_default   (GError       **error);
void           dossier_tagger_free          (DossierTagger *self);
void           dossier_tagger_tag           (DossierTagger *self,
                                             const char    *text,
                                             gsize          len,
                                             GArray        *spans);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (DossierTagger, dossier_tagger_free)

G_END_DECLS
