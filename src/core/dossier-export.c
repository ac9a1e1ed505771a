/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "dossier-export"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <json-glib/json-glib.h>
#include <string.h>

#include "dossier-export.h"

/**
 * dossier_export_format_from_string:
 * @name: "md", "html", "jsonld", "csv" or "entities-csv"
 */
gboolean
dossier_export_format_from_string (const char          *name,
                                   DossierExportFormat *format)
{
  static const struct { const char *name; DossierExportFormat format; } names[] = {
    { "md", DOSSIER_EXPORT_MARKDOWN }, { "markdown", DOSSIER_EXPORT_MARKDOWN },
    { "html", DOSSIER_EXPORT_HTML }, { "jsonld", DOSSIER_EXPORT_JSONLD },
    { "json-ld", DOSSIER_EXPORT_JSONLD }, { "csv", DOSSIER_EXPORT_CSV },
    { "entities-csv", DOSSIER_EXPORT_ENTITIES_CSV },
  };

  for (guint i = 0; name && i < G_N_ELEMENTS (names); i++)
    if (g_ascii_strcasecmp (name, names[i].name) == 0)
      {
        *format = names[i].format;
        return TRUE;
      }
  return FALSE;
}

/**
 * dossier_csv_append_row:
 *
 * Appends one RFC 4180 record: fields quoted when they hold a comma, a
 * quote or a line break, quotes doubled, CRLF at the end.
 */
void
dossier_csv_append_row (GString            *out,
                        const char * const *fields,
                        guint               n)
{
  for (guint i = 0; i < n; i++)
    {
      const char *f = fields[i] ? fields[i] : "";

      if (i > 0)
        g_string_append_c (out, ',');
      if (strpbrk (f, ",\"\r\n") != NULL)
        {
          g_string_append_c (out, '"');
          for (const char *p = f; *p; p++)
            {
              if (*p == '"')
                g_string_append_c (out, '"');
              g_string_append_c (out, *p);
            }
          g_string_append_c (out, '"');
        }
      else
        g_string_append (out, f);
    }
  g_string_append (out, "\r\n");
}

/* What an export shows of one note: where it is now, and the article's
 * metadata (from the folder when it is loaded). */
typedef struct
{
  DossierNote *note;
  DossierAnchor anchor;
  DossierArticle *article;  /* the anchored one, else the one at the note's path */
} NoteView;

static void
note_view_clear (NoteView *view)
{
  dossier_anchor_clear (&view->anchor);
  g_clear_object (&view->article);
}

static void
note_view_init (NoteView        *view,
                DossierNote     *note,
                DossierAnchorer *anchorer)
{
  memset (view, 0, sizeof *view);
  view->note = note;
  view->anchor.state = DOSSIER_ANCHOR_ORPHANED;
  if (anchorer == NULL)
    return;
  dossier_anchorer_resolve (anchorer, note, &view->anchor);
  if (view->anchor.article)
    view->article = g_object_ref (view->anchor.article);
  else if (dossier_anchorer_get_corpus (anchorer))
    {
      DossierArticle *a = dossier_corpus_find_article (dossier_anchorer_get_corpus (anchorer), dossier_note_get_path (note));
      view->article = a ? g_object_ref (a) : NULL;
    }
}

static gboolean
view_orphaned (NoteView *view)
{
  return view->anchor.state == DOSSIER_ANCHOR_ORPHANED;
}

/* The passage as it reads now, else as it was quoted. */
static const char *
view_passage (NoteView *view)
{
  return view->anchor.passage ? view->anchor.passage : dossier_note_get_exact (view->note);
}

static const char *
view_path (NoteView *view)
{
  return view->anchor.path ? view->anchor.path : dossier_note_get_path (view->note);
}

static const char *
view_title (NoteView *view)
{
  const char *path = view_path (view);
  const char *slash;

  if (view->article)
    return dossier_article_get_title (view->article);
  slash = strrchr (path, '/');
  return slash ? slash + 1 : path;
}

static char *
join (const char * const *list,
      const char         *sep)
{
  return g_strjoinv (sep, (char **) list);
}

/* Markdown */

/* A backslash before "<" keeps user text from being read as HTML by
 * Markdown renderers (a note saying <script> stays text). */
static char *
md_escape (const char *text)
{
  GString *out = g_string_new (NULL);

  for (const char *p = text; *p; p++)
    {
      if (*p == '<')
        g_string_append_c (out, '\\');
      g_string_append_c (out, *p);
    }
  return g_string_free (out, FALSE);
}

static void
md_block_quote (GString    *out,
                const char *text)
{
  g_auto(GStrv) lines = g_strsplit (text, "\n", -1);

  for (guint i = 0; lines[i]; i++)
    {
      g_autofree char *escaped = NULL;

      g_strchomp (lines[i]);
      if (*lines[i] == '\0' && (lines[i + 1] == NULL || i == 0))
        continue;
      escaped = md_escape (lines[i]);
      g_string_append_printf (out, escaped[0] ? "> %s\n" : ">%s\n", escaped);
    }
}

/* The publication date, or the page's masthead date said to be one: it is
 * the day the page was saved, not the day the story ran. */
static char *
shown_date (DossierArticle *article)
{
  if (dossier_article_get_date (article))
    return g_strdup (dossier_article_get_date (article));
  /* Translators: %s is a date; the page was saved that day, the story may be older */
  return g_strdup_printf (_("page of %s"), dossier_article_get_page_date (article));
}

static void
md_meta (GString *out,
         NoteView *view)
{
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);

  if (view->article && dossier_article_get_outlet (view->article))
    g_ptr_array_add (parts, md_escape (dossier_article_get_outlet (view->article)));
  if (view->article && dossier_article_get_sort_date (view->article))
    g_ptr_array_add (parts, shown_date (view->article));
  g_ptr_array_add (parts, g_strdup_printf ("`%s`", view_path (view)));
  g_ptr_array_add (parts, NULL);
  {
    g_autofree char *line = g_strjoinv (" · ", (char **) parts->pdata);
    g_string_append_printf (out, "*%s*\n\n", line);
  }
}

static void
export_markdown (GString    *out,
                 NoteView   *views,
                 guint       n,
                 const char *title)
{
  const char *last_path = NULL;

  {
    g_autofree char *escaped = md_escape (title);
    g_string_append_printf (out, "# %s\n\n", escaped);
  }
  for (guint i = 0; i < n; i++)
    {
      NoteView *v = &views[i];
      const char * const *tags = dossier_note_get_tags (v->note);
      const char * const *entities = dossier_note_get_entities (v->note);

      if (last_path == NULL || !g_str_equal (last_path, view_path (v)))
        {
          g_autofree char *escaped = md_escape (view_title (v));

          g_string_append_printf (out, "## %s\n\n", escaped);
          md_meta (out, v);
          last_path = view_path (v);
        }
      if (*view_passage (v))
        {
          md_block_quote (out, view_passage (v));
          g_string_append (out, "\n");
        }
      if (*dossier_note_get_text (v->note))
        {
          g_autofree char *escaped = md_escape (dossier_note_get_text (v->note));
          g_string_append_printf (out, "%s\n\n", escaped);
        }
      if (tags[0])
        {
          g_string_append (out, _("Tags:"));
          for (guint t = 0; tags[t]; t++)
            {
              g_autofree char *escaped = md_escape (tags[t]);
              g_string_append_printf (out, "%s#%s", t ? ", " : " ", escaped);
            }
          g_string_append (out, "  \n");
        }
      if (entities[0])
        {
          g_autofree char *e = join (entities, ", ");
          g_autofree char *escaped = md_escape (e);
          g_string_append_printf (out, "%s %s  \n", _("Mentions:"), escaped);
        }
      if (view_orphaned (v))
        g_string_append_printf (out, "*%s*  \n", _("Orphaned: this passage is no longer in the file"));
      if (tags[0] || entities[0] || view_orphaned (v))
        g_string_append (out, "\n");
    }
}

/* HTML */

static const struct { const char *name, *css; } colors[] = {
  { "yellow", "#f9e784" }, { "green", "#b8ebc4" }, { "blue", "#bcd6f5" },
  { "red", "#f7b2ac" }, { "purple", "#e2bfe0" }, { "orange", "#ffd8a8" },
};

static const char *
css_color (const char *name)
{
  for (guint i = 0; i < G_N_ELEMENTS (colors); i++)
    if (g_str_equal (colors[i].name, name))
      return colors[i].name;
  return "yellow";
}

static void
html_text (GString    *out,
           const char *text)
{
  g_autofree char *escaped = g_markup_escape_text (text, -1);
  g_string_append (out, escaped);
}

/* Escaped, with line breaks kept. */
static void
html_lines (GString    *out,
            const char *text)
{
  g_auto(GStrv) lines = g_strsplit (text, "\n", -1);

  for (guint i = 0; lines[i]; i++)
    {
      if (i > 0)
        g_string_append (out, "<br>\n");
      html_text (out, lines[i]);
    }
}

static void
export_html (GString    *out,
             NoteView   *views,
             guint       n,
             const char *title)
{
  const char *last_path = NULL;

  g_string_append (out,
                   "<!DOCTYPE html>\n<html>\n<head>\n<meta charset=\"utf-8\">\n"
                   "<meta name=\"generator\" content=\"Dossier\">\n<title>");
  html_text (out, title);
  g_string_append (out,
                   "</title>\n<style>\n"
                   "body { font: 11pt/1.5 Cantarell, \"Noto Sans\", sans-serif; max-width: 42em; margin: 2em auto; padding: 0 1em; color: #222; }\n"
                   "h1 { font-size: 1.6em; } h2 { font-size: 1.25em; margin-top: 2em; border-bottom: 1px solid #ccc; }\n"
                   ".meta { color: #666; font-size: 0.9em; } .meta code { font-size: 0.95em; }\n"
                   "blockquote { margin: 1em 0 0.5em; padding: 0.4em 0.8em; border-left: 4px solid #888; }\n"
                   ".note { margin: 0.3em 0 0.3em 1.2em; } .tags, .entities { margin: 0 0 0 1.2em; color: #555; font-size: 0.9em; }\n"
                   ".tag { background: #eee; border-radius: 3px; padding: 0 0.3em; margin-right: 0.3em; }\n"
                   ".orphaned { margin-left: 1.2em; color: #a51d2d; font-style: italic; font-size: 0.9em; }\n"
                   ".note-item { break-inside: avoid; page-break-inside: avoid; }\n");
  for (guint i = 0; i < G_N_ELEMENTS (colors); i++)
    g_string_append_printf (out, "blockquote.%s { background: %s; }\n", colors[i].name, colors[i].css);
  g_string_append (out,
                   "@media print { body { margin: 0; max-width: none; } h2 { break-after: avoid; } "
                   "blockquote { -webkit-print-color-adjust: exact; print-color-adjust: exact; } }\n"
                   "</style>\n</head>\n<body>\n<h1>");
  html_text (out, title);
  g_string_append (out, "</h1>\n");

  for (guint i = 0; i < n; i++)
    {
      NoteView *v = &views[i];
      const char * const *tags = dossier_note_get_tags (v->note);
      const char * const *entities = dossier_note_get_entities (v->note);

      if (last_path == NULL || !g_str_equal (last_path, view_path (v)))
        {
          if (last_path)
            g_string_append (out, "</section>\n");
          g_string_append (out, "<section class=\"article\">\n<h2>");
          html_text (out, view_title (v));
          g_string_append (out, "</h2>\n<p class=\"meta\">");
          if (v->article && dossier_article_get_outlet (v->article))
            {
              html_text (out, dossier_article_get_outlet (v->article));
              g_string_append (out, " · ");
            }
          if (v->article && dossier_article_get_sort_date (v->article))
            {
              g_autofree char *date = shown_date (v->article);

              html_text (out, date);
              g_string_append (out, " · ");
            }
          g_string_append (out, "<code>");
          html_text (out, view_path (v));
          g_string_append (out, "</code></p>\n");
          last_path = view_path (v);
        }
      g_string_append (out, "<div class=\"note-item\">\n");
      if (*view_passage (v))
        {
          g_string_append_printf (out, "<blockquote class=\"%s\">", css_color (dossier_note_get_color (v->note)));
          html_lines (out, view_passage (v));
          g_string_append (out, "</blockquote>\n");
        }
      if (*dossier_note_get_text (v->note))
        {
          g_string_append (out, "<p class=\"note\">");
          html_lines (out, dossier_note_get_text (v->note));
          g_string_append (out, "</p>\n");
        }
      if (tags[0])
        {
          g_string_append_printf (out, "<p class=\"tags\">%s ", _("Tags:"));
          for (guint t = 0; tags[t]; t++)
            {
              g_string_append (out, "<span class=\"tag\">#");
              html_text (out, tags[t]);
              g_string_append (out, "</span>");
            }
          g_string_append (out, "</p>\n");
        }
      if (entities[0])
        {
          g_autofree char *e = join (entities, ", ");
          g_string_append_printf (out, "<p class=\"entities\">%s ", _("Mentions:"));
          html_text (out, e);
          g_string_append (out, "</p>\n");
        }
      if (view_orphaned (v))
        g_string_append_printf (out, "<p class=\"orphaned\">%s</p>\n", _("Orphaned: this passage is no longer in the file"));
      g_string_append (out, "</div>\n");
    }
  if (last_path)
    g_string_append (out, "</section>\n");
  g_string_append (out, "</body>\n</html>\n");
}

/* JSON-LD */

static char *
note_source_uri (DossierNote *note)
{
  g_autofree char *path = g_build_filename (dossier_note_get_folder (note), dossier_note_get_path (note), NULL);
  char *uri = NULL;

  if (g_path_is_absolute (path))
    uri = g_filename_to_uri (path, NULL, NULL);
  return uri ? uri : g_strdup (dossier_note_get_path (note));
}

static void
add_string (JsonBuilder *b,
            const char  *key,
            const char  *value)
{
  json_builder_set_member_name (b, key);
  json_builder_add_string_value (b, value);
}

static void
add_string_list (JsonBuilder        *b,
                 const char         *key,
                 const char * const *list)
{
  json_builder_set_member_name (b, key);
  json_builder_begin_array (b);
  for (guint i = 0; list[i]; i++)
    json_builder_add_string_value (b, list[i]);
  json_builder_end_array (b);
}

static void
jsonld_annotation (JsonBuilder *b,
                   DossierNote *note)
{
  g_autofree char *id = g_strconcat ("urn:uuid:", dossier_note_get_id (note), NULL);
  g_autofree char *created = dossier_format_time (dossier_note_get_created (note));
  g_autofree char *modified = dossier_format_time (dossier_note_get_modified (note));
  g_autofree char *source = note_source_uri (note);
  const char * const *tags = dossier_note_get_tags (note);
  gboolean has_text = *dossier_note_get_text (note) != '\0';

  json_builder_begin_object (b);
  add_string (b, "id", id);
  add_string (b, "type", "Annotation");
  add_string (b, "motivation", has_text ? "commenting" : "highlighting");
  add_string (b, "created", created);
  add_string (b, "modified", modified);
  add_string (b, "generator", "https://dossierapp.github.io/");

  json_builder_set_member_name (b, "body");
  json_builder_begin_array (b);
  if (has_text)
    {
      json_builder_begin_object (b);
      add_string (b, "type", "TextualBody");
      add_string (b, "purpose", "commenting");
      add_string (b, "format", "text/plain");
      add_string (b, "value", dossier_note_get_text (note));
      json_builder_end_object (b);
    }
  for (guint i = 0; tags[i]; i++)
    {
      json_builder_begin_object (b);
      add_string (b, "type", "TextualBody");
      add_string (b, "purpose", "tagging");
      add_string (b, "value", tags[i]);
      json_builder_end_object (b);
    }
  json_builder_end_array (b);

  json_builder_set_member_name (b, "target");
  json_builder_begin_object (b);
  add_string (b, "type", "SpecificResource");
  add_string (b, "source", source);
  add_string (b, "styleClass", dossier_note_get_color (note));
  add_string (b, "dossier:path", dossier_note_get_path (note));
  if (*dossier_note_get_hash (note))
    add_string (b, "dossier:sha256", dossier_note_get_hash (note));
  add_string_list (b, "dossier:entities", dossier_note_get_entities (note));
  if (*dossier_note_get_exact (note) == '\0')
    {
      /* A note on the whole file: no selector. */
      json_builder_end_object (b);
      json_builder_end_object (b);
      return;
    }
  json_builder_set_member_name (b, "selector");
  json_builder_begin_array (b);
  json_builder_begin_object (b);
  add_string (b, "type", "TextQuoteSelector");
  add_string (b, "exact", dossier_note_get_exact (note));
  add_string (b, "prefix", dossier_note_get_prefix (note));
  add_string (b, "suffix", dossier_note_get_suffix (note));
  json_builder_end_object (b);
  if (dossier_note_get_start (note) >= 0)
    {
      json_builder_begin_object (b);
      add_string (b, "type", "TextPositionSelector");
      json_builder_set_member_name (b, "start");
      json_builder_add_int_value (b, dossier_note_get_start (note));
      json_builder_set_member_name (b, "end");
      json_builder_add_int_value (b, dossier_note_get_end (note));
      json_builder_end_object (b);
    }
  json_builder_end_array (b);
  json_builder_end_object (b);

  json_builder_end_object (b);
}

static char *
export_jsonld (GPtrArray  *notes,
               const char *title)
{
  g_autoptr(JsonBuilder) b = json_builder_new ();
  g_autoptr(JsonGenerator) gen = json_generator_new ();
  g_autoptr(JsonNode) root = NULL;
  GString *css = g_string_new (NULL);
  char *out;

  for (guint i = 0; i < G_N_ELEMENTS (colors); i++)
    g_string_append_printf (css, ".%s { background-color: %s; } ", colors[i].name, colors[i].css);
  g_strchomp (css->str);
  css->len = strlen (css->str);

  json_builder_begin_object (b);
  json_builder_set_member_name (b, "@context");
  json_builder_begin_array (b);
  json_builder_add_string_value (b, "http://www.w3.org/ns/anno.jsonld");
  json_builder_begin_object (b);
  add_string (b, "dossier", DOSSIER_JSONLD_NS);
  json_builder_end_object (b);
  json_builder_end_array (b);
  add_string (b, "type", "AnnotationCollection");
  add_string (b, "label", title);
  json_builder_set_member_name (b, "total");
  json_builder_add_int_value (b, notes->len);
  json_builder_set_member_name (b, "stylesheet");
  json_builder_begin_object (b);
  add_string (b, "type", "CssStylesheet");
  add_string (b, "value", css->str);
  json_builder_end_object (b);
  g_string_free (css, TRUE);
  json_builder_set_member_name (b, "first");
  json_builder_begin_object (b);
  add_string (b, "type", "AnnotationPage");
  json_builder_set_member_name (b, "startIndex");
  json_builder_add_int_value (b, 0);
  json_builder_set_member_name (b, "items");
  json_builder_begin_array (b);
  for (guint i = 0; i < notes->len; i++)
    jsonld_annotation (b, g_ptr_array_index (notes, i));
  json_builder_end_array (b);
  json_builder_end_object (b);
  json_builder_end_object (b);

  root = json_builder_get_root (b);
  json_generator_set_root (gen, root);
  json_generator_set_pretty (gen, TRUE);
  json_generator_set_indent (gen, 2);
  out = json_generator_to_data (gen, NULL);
  {
    char *with_newline = g_strconcat (out, "\n", NULL);
    g_free (out);
    return with_newline;
  }
}

/* CSV */

static void
export_csv (GString  *out,
            NoteView *views,
            guint     n)
{
  const char *header[] = {
    "id", "file", "title", "quote", "note", "tags", "color", "entities",
    "start", "end", "status", "created", "modified",
  };

  dossier_csv_append_row (out, header, G_N_ELEMENTS (header));
  for (guint i = 0; i < n; i++)
    {
      NoteView *v = &views[i];
      DossierNote *note = v->note;
      g_autofree char *tags = join (dossier_note_get_tags (note), "; ");
      g_autofree char *entities = join (dossier_note_get_entities (note), "; ");
      g_autofree char *start = dossier_note_get_start (note) >= 0 ? g_strdup_printf ("%" G_GINT64_FORMAT, dossier_note_get_start (note)) : NULL;
      g_autofree char *end = dossier_note_get_start (note) >= 0 ? g_strdup_printf ("%" G_GINT64_FORMAT, dossier_note_get_end (note)) : NULL;
      g_autofree char *created = dossier_format_time (dossier_note_get_created (note));
      g_autofree char *modified = dossier_format_time (dossier_note_get_modified (note));
      const char *row[] = {
        dossier_note_get_id (note), view_path (v), view_title (v), view_passage (v),
        dossier_note_get_text (note), tags, dossier_note_get_color (note), entities,
        start, end, dossier_anchor_state_to_string (v->anchor.state), created, modified,
      };

      dossier_csv_append_row (out, row, G_N_ELEMENTS (row));
    }
}

/**
 * dossier_export_notes:
 * @notes: (element-type DossierNote): the notes, in the order to show them
 *   (dossier_notes_list() sorts them by file and position)
 * @anchorer: (nullable): finds the notes in the loaded folder: article
 *   metadata, the passage as it reads now, orphaned notes
 * @title: the document title (Markdown, HTML) or collection label
 *
 * Exports notes. Markdown, HTML and CSV show each passage as it reads in
 * the file now (as quoted, for orphaned notes); JSON-LD keeps the notes
 * exactly as stored.
 *
 * Returns: (transfer full): the document, UTF-8
 */
char *
dossier_export_notes (GPtrArray           *notes,
                      DossierAnchorer     *anchorer,
                      const char          *title,
                      DossierExportFormat  format)
{
  g_autoptr(GString) out = g_string_new (NULL);
  NoteView *views;

  if (format == DOSSIER_EXPORT_JSONLD)
    return export_jsonld (notes, title);
  if (format == DOSSIER_EXPORT_ENTITIES_CSV)
    return dossier_export_entities_csv (anchorer ? dossier_anchorer_get_corpus (anchorer) : NULL, NULL);

  views = g_new0 (NoteView, MAX (notes->len, 1));
  for (guint i = 0; i < notes->len; i++)
    note_view_init (&views[i], g_ptr_array_index (notes, i), anchorer);

  switch (format)
    {
    case DOSSIER_EXPORT_MARKDOWN:
      export_markdown (out, views, notes->len, title);
      break;
    case DOSSIER_EXPORT_HTML:
      export_html (out, views, notes->len, title);
      break;
    case DOSSIER_EXPORT_CSV:
    default:
      export_csv (out, views, notes->len);
      break;
    }

  for (guint i = 0; i < notes->len; i++)
    note_view_clear (&views[i]);
  g_free (views);
  return g_string_free (g_steal_pointer (&out), FALSE);
}

static gboolean
entity_in_articles (DossierCorpus      *corpus,
                    DossierEntity      *entity,
                    const char * const *paths)
{
  guint n = 0;
  const guint32 *ids = dossier_entity_get_article_ids (entity, &n);

  for (guint i = 0; i < n; i++)
    {
      DossierArticle *a = dossier_corpus_get_article_by_id (corpus, ids[i]);
      if (a && g_strv_contains (paths, dossier_article_get_path (a)))
        return TRUE;
    }
  return FALSE;
}

/**
 * dossier_export_entities_csv:
 * @corpus: (nullable): a loaded folder
 * @filter: (nullable): @entities and @paths limit the rows: only these
 *   entities, only entities mentioned in these articles
 *
 * Returns: (transfer full): the entity table as CSV: name, label, articles,
 *   mentions, aliases
 */
char *
dossier_export_entities_csv (DossierCorpus           *corpus,
                             const DossierNoteFilter *filter)
{
  GString *out = g_string_new (NULL);
  const char *header[] = { "name", "label", "articles", "mentions", "aliases" };
  GListModel *entities;

  dossier_csv_append_row (out, header, G_N_ELEMENTS (header));
  if (corpus == NULL)
    return g_string_free (out, FALSE);
  entities = dossier_corpus_get_entities (corpus);
  for (guint i = 0; i < g_list_model_get_n_items (entities); i++)
    {
      g_autoptr(DossierEntity) e = g_list_model_get_item (entities, i);
      g_autofree char *n_articles = g_strdup_printf ("%u", dossier_entity_get_n_articles (e));
      g_autofree char *n_mentions = g_strdup_printf ("%u", dossier_entity_get_n_mentions (e));
      g_autofree char *aliases = join (dossier_entity_get_aliases (e), "; ");
      const char *row[] = {
        dossier_entity_get_name (e), dossier_label_to_string (dossier_entity_get_label (e)),
        n_articles, n_mentions, aliases,
      };

      if (filter && filter->entities && filter->entities[0])
        {
          gboolean wanted = FALSE;

          for (guint k = 0; filter->entities[k] && !wanted; k++)
            wanted = g_utf8_collate (filter->entities[k], dossier_entity_get_name (e)) == 0 ||
                     dossier_entity_has_alias (e, filter->entities[k]);
          if (!wanted)
            continue;
        }
      if (filter && filter->paths && filter->paths[0] && !entity_in_articles (corpus, e, filter->paths))
        continue;
      dossier_csv_append_row (out, row, G_N_ELEMENTS (row));
    }
  return g_string_free (out, FALSE);
}

/* Import */

static gboolean
has_type (JsonObject *o,
          const char *type)
{
  JsonNode *node = json_object_get_member (o, "type");

  if (node == NULL)
    node = json_object_get_member (o, "@type");
  if (node == NULL)
    return FALSE;
  if (JSON_NODE_HOLDS_VALUE (node))
    return g_strcmp0 (json_node_get_string (node), type) == 0;
  if (JSON_NODE_HOLDS_ARRAY (node))
    {
      JsonArray *a = json_node_get_array (node);

      /* Other tools' files may hold anything in the array: only strings
       * can be a type (json_array_get_string_element() is a critical on an
       * object or an array). */
      for (guint i = 0; i < json_array_get_length (a); i++)
        {
          JsonNode *e = json_array_get_element (a, i);

          if (JSON_NODE_HOLDS_VALUE (e) && json_node_get_value_type (e) == G_TYPE_STRING &&
              g_strcmp0 (json_node_get_string (e), type) == 0)
            return TRUE;
        }
    }
  return FALSE;
}

static const char *
get_string (JsonObject *o,
            const char *key)
{
  JsonNode *node = o ? json_object_get_member (o, key) : NULL;

  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING)
    return NULL;
  return json_node_get_string (node);
}

static gboolean
get_int (JsonObject *o,
         const char *key,
         gint64     *value)
{
  JsonNode *node = json_object_get_member (o, key);

  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node))
    return FALSE;
  if (json_node_get_value_type (node) == G_TYPE_INT64)
    {
      *value = json_node_get_int (node);
      return TRUE;
    }
  if (json_node_get_value_type (node) == G_TYPE_DOUBLE)
    {
      double d = json_node_get_double (node);

      /* Converting a double outside the range of gint64 (1e300, NaN) to
       * it is undefined behaviour: such a number is no position anyway. */
      if (!(d > -9.2e18 && d < 9.2e18))
        return FALSE;
      *value = (gint64) d;
      return TRUE;
    }
  return FALSE;
}

/* Calls @func on the node, or on each element when it is an array. */
static void
each_node (JsonNode *node,
           void    (*func) (JsonNode *node, gpointer data),
           gpointer  data)
{
  if (node == NULL)
    return;
  if (JSON_NODE_HOLDS_ARRAY (node))
    {
      JsonArray *a = json_node_get_array (node);

      for (guint i = 0; i < json_array_get_length (a); i++)
        func (json_array_get_element (a, i), data);
    }
  else
    func (node, data);
}

static void
collect_page_items (JsonObject *page,
                    GPtrArray  *out)
{
  /* Pages embedded one after the other (first → next → …). */
  for (guint guard = 0; page != NULL && guard < 100000; guard++)
    {
      JsonNode *items = json_object_get_member (page, "items");
      JsonNode *next;

      if (items && JSON_NODE_HOLDS_ARRAY (items))
        {
          JsonArray *a = json_node_get_array (items);

          for (guint i = 0; i < json_array_get_length (a); i++)
            g_ptr_array_add (out, json_array_get_element (a, i));
        }
      next = json_object_get_member (page, "next");
      page = next && JSON_NODE_HOLDS_OBJECT (next) ? json_node_get_object (next) : NULL;
    }
}

/* The annotations in any of the accepted shapes. */
static gboolean
collect_annotations (JsonNode   *root,
                     GPtrArray  *out,
                     GError    **error)
{
  JsonObject *o;

  /* An empty or all-blank file parses as JSON without a root. */
  if (root == NULL)
    {
      g_set_error (error, DOSSIER_NOTES_ERROR, DOSSIER_NOTES_ERROR_INVALID,
                   _("The file is empty: no annotations to import"));
      return FALSE;
    }
  if (JSON_NODE_HOLDS_ARRAY (root))
    {
      JsonArray *a = json_node_get_array (root);

      for (guint i = 0; i < json_array_get_length (a); i++)
        g_ptr_array_add (out, json_array_get_element (a, i));
      return TRUE;
    }
  if (!JSON_NODE_HOLDS_OBJECT (root))
    goto bad;
  o = json_node_get_object (root);
  if (has_type (o, "AnnotationCollection"))
    {
      JsonNode *first = json_object_get_member (o, "first");

      if (first && JSON_NODE_HOLDS_OBJECT (first))
        collect_page_items (json_node_get_object (first), out);
      else if (first)
        {
          g_set_error (error, DOSSIER_NOTES_ERROR, DOSSIER_NOTES_ERROR_INVALID,
                       _("The collection’s first page is not included in the file (only a link to it)"));
          return FALSE;
        }
      else
        collect_page_items (o, out);
      return TRUE;
    }
  if (has_type (o, "AnnotationPage"))
    {
      collect_page_items (o, out);
      return TRUE;
    }
  if (has_type (o, "Annotation") || json_object_has_member (o, "target"))
    {
      g_ptr_array_add (out, root);
      return TRUE;
    }
bad:
  g_set_error (error, DOSSIER_NOTES_ERROR, DOSSIER_NOTES_ERROR_INVALID,
               _("Not W3C annotations: expected an Annotation, an array of them or an AnnotationCollection"));
  return FALSE;
}

/* A stable UUID for a foreign annotation id (name-based, as UUID version 5
 * does), so that importing the same file twice finds the same notes. */
static char *
uuid_for_iri (const char *iri)
{
  g_autoptr(GChecksum) sum = g_checksum_new (G_CHECKSUM_SHA1);
  guint8 digest[20];
  gsize len = sizeof digest;

  if (g_str_has_prefix (iri, "urn:uuid:") && g_uuid_string_is_valid (iri + 9))
    return g_ascii_strdown (iri + 9, -1);
  if (g_uuid_string_is_valid (iri))
    return g_ascii_strdown (iri, -1);
  g_checksum_update (sum, (const guchar *) DOSSIER_JSONLD_NS, -1);
  g_checksum_update (sum, (const guchar *) iri, -1);
  g_checksum_get_digest (sum, digest, &len);
  digest[6] = (digest[6] & 0x0f) | 0x50;
  digest[8] = (digest[8] & 0x3f) | 0x80;
  return g_strdup_printf ("%02x%02x%02x%02x-%02x%02x-%02x%02x-%02x%02x-%02x%02x%02x%02x%02x%02x",
                          digest[0], digest[1], digest[2], digest[3], digest[4], digest[5], digest[6], digest[7],
                          digest[8], digest[9], digest[10], digest[11], digest[12], digest[13], digest[14], digest[15]);
}

typedef struct
{
  GString *text;
  GPtrArray *tags;
} Bodies;

static void
read_body (JsonNode *node,
           gpointer  data)
{
  Bodies *bodies = data;
  JsonObject *o;
  const char *value, *purpose;

  if (!JSON_NODE_HOLDS_OBJECT (node))
    return; /* an IRI: a resource we cannot show */
  o = json_node_get_object (node);
  value = get_string (o, "value");
  if (value == NULL)
    value = get_string (o, "rdf:value");
  if (value == NULL)
    return;
  purpose = get_string (o, "purpose");
  if (g_strcmp0 (purpose, "tagging") == 0)
    g_ptr_array_add (bodies->tags, g_strdup (value));
  else
    {
      if (bodies->text->len)
        g_string_append (bodies->text, "\n\n");
      g_string_append (bodies->text, value);
    }
}

typedef struct
{
  const char *exact, *prefix, *suffix;
  gint64 start, end;
  gboolean has_position;
  /* A TextPositionSelector that names no passage: why, for the report. */
  char *bad_position;
} Selectors;

static void
read_selector (JsonNode *node,
               gpointer  data)
{
  Selectors *sel = data;
  JsonObject *o;

  if (!JSON_NODE_HOLDS_OBJECT (node))
    return;
  o = json_node_get_object (node);
  if (has_type (o, "TextQuoteSelector"))
    {
      sel->exact = get_string (o, "exact");
      sel->prefix = get_string (o, "prefix");
      sel->suffix = get_string (o, "suffix");
    }
  else if (has_type (o, "TextPositionSelector"))
    {
      gint64 start = -1, end = -1;
      gboolean has_start = get_int (o, "start", &start);
      gboolean has_end = get_int (o, "end", &end);

      sel->has_position = FALSE;
      g_clear_pointer (&sel->bad_position, g_free);
      if (!has_start || !has_end)
        sel->bad_position = g_strdup (_("its start or end is missing or not a number"));
      else if (start < 0 || end < 0)
        sel->bad_position = g_strdup_printf (_("start %" G_GINT64_FORMAT " and end %" G_GINT64_FORMAT
                                               ": a position cannot be negative"), start, end);
      else if (start > end)
        sel->bad_position = g_strdup_printf (_("start %" G_GINT64_FORMAT " is after end %" G_GINT64_FORMAT),
                                             start, end);
      else if (start == end)
        sel->bad_position = g_strdup_printf (_("start and end are both %" G_GINT64_FORMAT
                                               ": the passage is empty"), start);
      else
        {
          sel->has_position = TRUE;
          sel->start = start;
          sel->end = end;
        }
    }
}

/* The relative path a target source names, if it is inside the folder. */
static char *
source_to_path (const char  *source,
                const char  *folder_key,
                char       **base)
{
  g_autofree char *filename = NULL;

  *base = NULL;
  if (g_str_has_prefix (source, "file:"))
    {
      filename = g_filename_from_uri (source, NULL, NULL);
      if (filename == NULL)
        return NULL;
      *base = g_path_get_basename (filename);
      if (folder_key && g_str_has_prefix (filename, folder_key) && filename[strlen (folder_key)] == '/')
        return g_strdup (filename + strlen (folder_key) + 1);
      return NULL;
    }
  if (g_uri_is_valid (source, G_URI_FLAGS_NONE, NULL))
    {
      /* http: and the like: the page's name may still be a saved file's. */
      *base = g_path_get_basename (source);
      return NULL;
    }
  while (g_str_has_prefix (source, "./"))
    source += 2;
  *base = g_path_get_basename (source);
  return g_strdup (source);
}

/* Reads one annotation. Returns NULL with @error set when the file as a
 * whole is unusable (nothing is imported), NULL with a line added to
 * @messages when only this annotation is (the others are imported); a
 * note may come with a warning in @messages too. */
static DossierNote *
read_annotation (JsonNode         *node,
                 guint             index,
                 DossierAnchorer  *anchorer,
                 const char       *folder_key,
                 GPtrArray        *messages,
                 GError          **error)
{
  g_autoptr(DossierNote) note = dossier_note_new ();
  g_autoptr(GPtrArray) tags = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GString) text = g_string_new (NULL);
  g_autofree char *rel = NULL, *base = NULL, *uuid = NULL;
  Bodies bodies = { text, tags };
  Selectors sel = { NULL, NULL, NULL, -1, -1, FALSE, NULL };
  g_autofree char *bad_position = NULL;
  const DossierFileText *file_text = NULL;
  JsonObject *o, *target = NULL;
  JsonNode *target_node;
  const char *source = NULL, *hash = NULL, *path = NULL;
  DossierCorpus *corpus = anchorer ? dossier_anchorer_get_corpus (anchorer) : NULL;
  DossierArticle *article = NULL;
  gint64 created = 0, modified = 0;

  if (!JSON_NODE_HOLDS_OBJECT (node))
    {
      g_set_error (error, DOSSIER_NOTES_ERROR, DOSSIER_NOTES_ERROR_INVALID,
                   _("Annotation %u is not a JSON object"), index + 1);
      return NULL;
    }
  o = json_node_get_object (node);

  if (get_string (o, "id"))
    uuid = uuid_for_iri (get_string (o, "id"));
  else if (get_string (o, "@id"))
    uuid = uuid_for_iri (get_string (o, "@id"));
  if (uuid)
    dossier_note_set_id (note, uuid);

  if (get_string (o, "created") && !dossier_parse_time (get_string (o, "created"), &created))
    created = 0;
  if (get_string (o, "modified") && !dossier_parse_time (get_string (o, "modified"), &modified))
    modified = 0;
  if (created == 0)
    created = modified ? modified : g_get_real_time ();
  dossier_note_set_times (note, created, modified ? modified : created);

  if (get_string (o, "bodyValue"))
    g_string_append (text, get_string (o, "bodyValue"));
  each_node (json_object_get_member (o, "body"), read_body, &bodies);

  target_node = json_object_get_member (o, "target");
  if (target_node && JSON_NODE_HOLDS_ARRAY (target_node) && json_array_get_length (json_node_get_array (target_node)) > 0)
    target_node = json_array_get_element (json_node_get_array (target_node), 0);
  if (target_node && JSON_NODE_HOLDS_VALUE (target_node) && json_node_get_value_type (target_node) == G_TYPE_STRING)
    source = json_node_get_string (target_node);
  else if (target_node && JSON_NODE_HOLDS_OBJECT (target_node))
    {
      target = json_node_get_object (target_node);
      source = get_string (target, "source");
      if (source == NULL)
        source = get_string (target, "id");
      hash = get_string (target, "dossier:sha256");
      path = get_string (target, "dossier:path");
      each_node (json_object_get_member (target, "selector"), read_selector, &sel);
      bad_position = sel.bad_position;
      if (get_string (target, "styleClass"))
        dossier_note_set_color (note, get_string (target, "styleClass"));
    }
  if (source == NULL)
    {
      g_set_error (error, DOSSIER_NOTES_ERROR, DOSSIER_NOTES_ERROR_INVALID,
                   _("Annotation %u has no target file"), index + 1);
      return NULL;
    }

  /* Which file: by path, then by content hash. */
  rel = path ? g_strdup (path) : source_to_path (source, folder_key, &base);
  if (base == NULL)
    base = g_path_get_basename (rel ? rel : source);
  if (corpus && rel)
    article = dossier_corpus_find_article (corpus, rel);
  if (article == NULL && anchorer && hash)
    article = dossier_anchorer_find_by_hash (anchorer, hash, rel ? rel : base);
  if (article == NULL && corpus && rel == NULL && base)
    article = dossier_corpus_find_article (corpus, base);

  dossier_note_set_folder (note, folder_key);
  dossier_note_set_path (note, article ? dossier_article_get_path (article) : rel ? rel : base);
  dossier_note_set_hash (note, hash ? hash : article ? dossier_article_get_content_hash (article) : "");
  if (article)
    file_text = dossier_anchorer_get_file_text (anchorer, article, NULL);
  if (sel.has_position && file_text && sel.end > dossier_file_text_get_length (file_text))
    {
      sel.has_position = FALSE;
      bad_position = g_strdup_printf (_("end %" G_GINT64_FORMAT " is beyond the end of %s, which has %u characters"),
                                      sel.end, dossier_article_get_path (article),
                                      dossier_file_text_get_length (file_text));
    }
  if (bad_position)
    {
      /* Taken as "no position", this used to make a note on the whole
       * file without a word: say it, and keep the rest of the import. */
      if (sel.exact == NULL)
        {
          g_ptr_array_add (messages,
                           g_strdup_printf (_("Annotation %u (%s) not imported: its TextPositionSelector names no "
                                              "passage (%s), and it has no TextQuoteSelector"),
                                            index + 1, source, bad_position));
          return NULL;
        }
      g_ptr_array_add (messages,
                       g_strdup_printf (_("Annotation %u (%s): its TextPositionSelector was ignored (%s); "
                                          "the note is anchored by its quote"),
                                        index + 1, source, bad_position));
      sel.start = sel.end = -1;
    }

  if (sel.exact)
    dossier_note_set_quote (note, sel.exact, sel.prefix, sel.suffix);
  if (sel.has_position)
    dossier_note_set_position (note, sel.start, sel.end);

  if (article)
    {
      if (file_text && sel.exact == NULL && sel.has_position)
        {
          g_autofree char *exact = NULL, *prefix = NULL, *suffix = NULL;

          dossier_anchor_describe (file_text, sel.start, sel.end, &exact, &prefix, &suffix);
          dossier_note_set_quote (note, exact, prefix, suffix);
        }
      else if (file_text && sel.exact)
        {
          DossierAnchorMatch match;

          /* Fill in what a foreign tool left out (position, context). */
          if (dossier_anchor_find (file_text, sel.exact, sel.prefix, sel.suffix, sel.start, sel.end, &match) &&
              match.state != DOSSIER_ANCHOR_FUZZY)
            {
              g_autofree char *exact = NULL, *prefix = NULL, *suffix = NULL;

              dossier_anchor_describe (file_text, match.start, match.end, &exact, &prefix, &suffix);
              dossier_note_set_quote (note, sel.exact, sel.prefix ? sel.prefix : prefix, sel.suffix ? sel.suffix : suffix);
              if (!sel.has_position)
                dossier_note_set_position (note, match.start, match.end);
            }
        }
    }
  if (*dossier_note_get_exact (note) == '\0' && sel.has_position)
    {
      g_set_error (error, DOSSIER_NOTES_ERROR, DOSSIER_NOTES_ERROR_INVALID,
                   _("Annotation %u (%s) has a TextPositionSelector but no TextQuoteSelector, and its file "
                     "is not in the folder: the passage cannot be known"),
                   index + 1, source);
      return NULL;
    }

  if (target && json_object_has_member (target, "dossier:entities"))
    {
      JsonNode *list = json_object_get_member (target, "dossier:entities");
      g_autoptr(GPtrArray) names = g_ptr_array_new ();

      if (JSON_NODE_HOLDS_ARRAY (list))
        for (guint i = 0; i < json_array_get_length (json_node_get_array (list)); i++)
          {
            JsonNode *e = json_array_get_element (json_node_get_array (list), i);
            if (JSON_NODE_HOLDS_VALUE (e) && json_node_get_value_type (e) == G_TYPE_STRING)
              g_ptr_array_add (names, (gpointer) json_node_get_string (e));
          }
      g_ptr_array_add (names, NULL);
      dossier_note_set_entities (note, (const char * const *) names->pdata);
    }
  else if (article && dossier_note_get_start (note) >= 0)
    {
      g_auto(GStrv) names = dossier_anchorer_dup_entities (anchorer, article, dossier_note_get_start (note), dossier_note_get_end (note));
      dossier_note_set_entities (note, (const char * const *) names);
    }

  dossier_note_set_text (note, text->str);
  g_ptr_array_add (tags, NULL);
  dossier_note_set_tags (note, (const char * const *) tags->pdata);
  return g_steal_pointer (&note);
}

/**
 * dossier_notes_import_jsonld_report:
 * @report: (out caller-allocates): what happened, annotation by annotation;
 *   clear it with dossier_import_report_clear()
 *
 * Imports W3C Web Annotations: Dossier's own JSON-LD export (a lossless
 * round trip) or other tools' — a single `Annotation`, a JSON array of
 * them, or an `AnnotationCollection` with its pages embedded (`first`,
 * `next`). `target` may be an IRI or a `SpecificResource` whose `source`
 * is a file URI or a path relative to the folder; `TextQuoteSelector`
 * and/or `TextPositionSelector` (one or an array; without any, the note is
 * on the whole file); `TextualBody` values
 * become the note, `tagging` ones become tags. Notes already stored (same
 * id, or same file, quote and note) are skipped.
 *
 * A `TextPositionSelector` that names no passage (start after end,
 * negative, empty, or beyond the end of a file of the folder) is reported
 * in @report: the note is anchored by its quote if it has one (a warning),
 * else it is not imported (counted in `n_rejected`) and the other
 * annotations are. Any other error (not JSON, an annotation without a
 * target, …) fails the import: it is one transaction, and then nothing is
 * imported.
 */
gboolean
dossier_notes_import_jsonld_report (DossierNotes        *self,
                                    DossierAnchorer     *anchorer,
                                    const char          *folder_key,
                                    const char          *data,
                                    gssize               len,
                                    DossierImportReport *report,
                                    GError             **error)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GPtrArray) nodes = g_ptr_array_new ();
  g_autoptr(GPtrArray) notes = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) messages = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GError) local_error = NULL;
  guint added = 0, rejected = 0;

  g_return_val_if_fail (DOSSIER_IS_NOTES (self), FALSE);
  g_return_val_if_fail (folder_key != NULL, FALSE);
  g_return_val_if_fail (report != NULL, FALSE);

  memset (report, 0, sizeof *report);
  if (!json_parser_load_from_data (parser, data, len, &local_error))
    {
      /* JSON-GLib quotes the offending token, and a lone surrogate escape
       * ("\ud83d") comes out of it as bytes that are not UTF-8: messages
       * go to labels and terminals, so repair it. */
      g_autofree char *message = g_utf8_make_valid (local_error->message, -1);

      g_set_error (error, DOSSIER_NOTES_ERROR, DOSSIER_NOTES_ERROR_INVALID,
                   _("Not valid JSON: %s"), message);
      return FALSE;
    }
  if (!collect_annotations (json_parser_get_root (parser), nodes, error))
    return FALSE;
  for (guint i = 0; i < nodes->len; i++)
    {
      guint n_messages = messages->len;
      DossierNote *note = read_annotation (g_ptr_array_index (nodes, i), i, anchorer, folder_key, messages, error);

      if (note == NULL && messages->len > n_messages)
        {
          rejected++;
          continue;
        }
      if (note == NULL)
        return FALSE;
      g_ptr_array_add (notes, note);
    }
  if (!dossier_notes_add_many (self, notes, &added, error))
    return FALSE;
  report->n_added = added;
  report->n_skipped = notes->len - added;
  report->n_rejected = rejected;
  report->messages = g_steal_pointer (&messages);
  return TRUE;
}

/**
 * dossier_import_report_clear:
 *
 * Frees what @report holds (not @report itself).
 */
void
dossier_import_report_clear (DossierImportReport *report)
{
  g_clear_pointer (&report->messages, g_ptr_array_unref);
}

/**
 * dossier_notes_import_jsonld:
 * @anchorer: (nullable): the loaded folder, to match target files by path
 *   and by content hash
 * @folder_key: the folder the notes belong to (dossier_notes_folder_key())
 * @n_added: (out) (optional): how many notes were new
 * @n_skipped: (out) (optional): how many were already stored
 *
 * dossier_notes_import_jsonld_report() without the report: annotations
 * that it would reject are left out silently.
 */
gboolean
dossier_notes_import_jsonld (DossierNotes     *self,
                             DossierAnchorer  *anchorer,
                             const char       *folder_key,
                             const char       *data,
                             gssize            len,
                             guint            *n_added,
                             guint            *n_skipped,
                             GError          **error)
{
  g_auto(DossierImportReport) report = { 0 };

  if (!dossier_notes_import_jsonld_report (self, anchorer, folder_key, data, len, &report, error))
    return FALSE;
  if (n_added)
    *n_added = report.n_added;
  if (n_skipped)
    *n_skipped = report.n_skipped;
  return TRUE;
}
