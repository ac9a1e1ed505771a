/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "dossier-anchor.h"
#include "dossier-notes.h"

G_BEGIN_DECLS

/**
 * DossierExportFormat:
 * @DOSSIER_EXPORT_MARKDOWN: per article, its notes as block quotes
 * @DOSSIER_EXPORT_HTML: the same, as one self-contained printable page
 * @DOSSIER_EXPORT_JSONLD: a W3C Web Annotation `AnnotationCollection`,
 *   lossless: dossier_notes_import_jsonld() reads it back
 * @DOSSIER_EXPORT_CSV: one row per note (RFC 4180)
 * @DOSSIER_EXPORT_ENTITIES_CSV: the entity table (RFC 4180)
 */
typedef enum
{
  DOSSIER_EXPORT_MARKDOWN,
  DOSSIER_EXPORT_HTML,
  DOSSIER_EXPORT_JSONLD,
  DOSSIER_EXPORT_CSV,
  DOSSIER_EXPORT_ENTITIES_CSV,
} DossierExportFormat;

/* Our terms in JSON-LD: the file hash and path, and cached entity names. */
#define DOSSIER_JSONLD_NS "https://dossierapp.github.io/ns/notes#"

gboolean dossier_export_format_from_string (const char              *name,
                                            DossierExportFormat     *format);
char    *dossier_export_notes              (GPtrArray               *notes,
                                            DossierAnchorer         *anchorer,
                                            const char              *title,
                                            DossierExportFormat      format);
char    *dossier_export_entities_csv       (DossierCorpus           *corpus,
                                            const DossierNoteFilter *filter);
void     dossier_csv_append_row            (GString                 *out,
                                            const char * const      *fields,
                                            guint                    n);
/**
 * DossierImportReport:
 * @n_added: notes that were new
 * @n_skipped: notes already stored
 * @n_rejected: annotations not imported (each has a line in @messages)
 * @messages: (element-type utf8): one line per annotation not imported or
 *   imported with a warning, in file order
 *
 * What dossier_notes_import_jsonld_report() did.
 */
typedef struct
{
  guint n_added;
  guint n_skipped;
  guint n_rejected;
  GPtrArray *messages;
} DossierImportReport;

void     dossier_import_report_clear       (DossierImportReport     *report);
G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (DossierImportReport, dossier_import_report_clear)

gboolean dossier_notes_import_jsonld_report (DossierNotes           *self,
                                            DossierAnchorer         *anchorer,
                                            const char              *folder_key,
                                            const char              *data,
                                            gssize                   len,
                                            DossierImportReport     *report,
                                            GError                 **error);
gboolean dossier_notes_import_jsonld       (DossierNotes            *self,
                                            DossierAnchorer         *anchorer,
                                            const char              *folder_key,
                                            const char              *data,
                                            gssize                   len,
                                            guint                   *n_added,
                                            guint                   *n_skipped,
                                            GError                 **error);

G_END_DECLS
