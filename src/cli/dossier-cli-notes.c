/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "dossier-cli"

#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>
#include <string.h>

#include "dossier-cli-commands.h"
#include "dossier-cli-output.h"
#include "dossier-corpus-private.h"

/* dossier-cli notes list|export|import|add: highlights and notes of a
 * folder, kept in the user's notes database (never in the folder). */

typedef struct
{
  GFile *folder;
  char *key;
  DossierCorpus *corpus;
  DossierNotes *notes;
  DossierAnchorer *anchorer;
} NotesContext;

static void
notes_context_clear (NotesContext *ctx)
{
  g_clear_pointer (&ctx->anchorer, dossier_anchorer_free);
  g_clear_object (&ctx->notes);
  g_clear_object (&ctx->corpus);
  g_clear_object (&ctx->folder);
  g_clear_pointer (&ctx->key, g_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (NotesContext, notes_context_clear)

/* Opens FOLDER and the notes store; returns an exit code, or -1 when all
 * is ready. Files that fail to load are reported and do not stop the run. */
static int
notes_context_open (NotesContext *ctx,
                    const char   *folder_arg,
                    guint        *n_failed)
{
  g_autoptr(GError) error = NULL;
  guint n;

  ctx->folder = g_file_new_for_commandline_arg (folder_arg);
  if (!dossier_cli_check_folder (ctx->folder, folder_arg))
    return DOSSIER_EXIT_USAGE;
  ctx->key = dossier_notes_folder_key (ctx->folder);

  ctx->notes = dossier_notes_new (NULL, &error);
  if (ctx->notes == NULL)
    {
      g_autofree char *db = dossier_notes_dup_default_path ();
      dossier_cli_error_line (db, error->message);
      return DOSSIER_EXIT_SOME;
    }

  ctx->corpus = dossier_corpus_new (ctx->folder);
  /* Entities, for the "Mentions" of each passage; without a model the
   * notes still work, only without them. */
  {
    g_autoptr(DossierExtractor) extractor = dossier_extractor_new_default (NULL);

    if (extractor)
      dossier_corpus_set_extractor (ctx->corpus, extractor);
  }
  if (!dossier_corpus_load_sync (ctx->corpus, NULL, &error))
    {
      dossier_cli_error_line (folder_arg, error->message);
      return DOSSIER_EXIT_SOME;
    }
  n = dossier_cli_print_load_errors (ctx->corpus);
  if (n_failed)
    *n_failed = n;
  ctx->anchorer = dossier_anchorer_new (ctx->corpus);
  return -1;
}

/* One line: runs of white space (line breaks included) become one space. */
static char *
one_line (const char *s)
{
  GString *out = g_string_new (NULL);
  gboolean space = FALSE;

  for (const char *p = s; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_isspace (c))
        {
          space = out->len > 0;
          continue;
        }
      if (space)
        g_string_append_c (out, ' ');
      space = FALSE;
      g_string_append_unichar (out, c);
    }
  return g_string_free (out, FALSE);
}

static void
add_strv (JsonBuilder        *b,
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
print_note_jsonl (DossierNote   *note,
                  DossierAnchor *anchor)
{
  g_autoptr(JsonBuilder) b = json_builder_new ();
  g_autofree char *created = dossier_format_time (dossier_note_get_created (note));
  g_autofree char *modified = dossier_format_time (dossier_note_get_modified (note));

  json_builder_begin_object (b);
  json_builder_set_member_name (b, "id");
  json_builder_add_string_value (b, dossier_note_get_id (note));
  json_builder_set_member_name (b, "file");
  json_builder_add_string_value (b, anchor->path ? anchor->path : dossier_note_get_path (note));
  json_builder_set_member_name (b, "noted_file");
  json_builder_add_string_value (b, dossier_note_get_path (note));
  json_builder_set_member_name (b, "quote");
  json_builder_add_string_value (b, dossier_note_get_exact (note));
  json_builder_set_member_name (b, "passage");
  if (anchor->passage)
    json_builder_add_string_value (b, anchor->passage);
  else
    json_builder_add_null_value (b);
  json_builder_set_member_name (b, "note");
  json_builder_add_string_value (b, dossier_note_get_text (note));
  add_strv (b, "tags", dossier_note_get_tags (note));
  json_builder_set_member_name (b, "color");
  json_builder_add_string_value (b, dossier_note_get_color (note));
  add_strv (b, "entities", dossier_note_get_entities (note));
  json_builder_set_member_name (b, "start");
  if (anchor->state != DOSSIER_ANCHOR_ORPHANED)
    json_builder_add_int_value (b, anchor->start);
  else
    json_builder_add_null_value (b);
  json_builder_set_member_name (b, "end");
  if (anchor->state != DOSSIER_ANCHOR_ORPHANED)
    json_builder_add_int_value (b, anchor->end);
  else
    json_builder_add_null_value (b);
  json_builder_set_member_name (b, "status");
  json_builder_add_string_value (b, dossier_anchor_state_to_string (anchor->state));
  json_builder_set_member_name (b, "orphaned");
  json_builder_add_boolean_value (b, anchor->state == DOSSIER_ANCHOR_ORPHANED);
  json_builder_set_member_name (b, "created");
  json_builder_add_string_value (b, created);
  json_builder_set_member_name (b, "modified");
  json_builder_add_string_value (b, modified);
  json_builder_end_object (b);
  dossier_cli_print_json (b);
}

static void
print_note_text (DossierNote   *note,
                 DossierAnchor *anchor)
{
  g_autofree char *quote = one_line (dossier_note_get_exact (note));
  g_autofree char *text = one_line (dossier_note_get_text (note));
  g_autoptr(GString) tags = g_string_new (NULL);
  const char * const *list = dossier_note_get_tags (note);

  for (guint i = 0; list[i]; i++)
    g_string_append_printf (tags, "%s#%s", i ? " " : "", list[i]);
  printf ("%s\t“%s”\t%s\t%s%s\n",
          anchor->path ? anchor->path : dossier_note_get_path (note),
          quote, text, tags->str,
          anchor->state == DOSSIER_ANCHOR_ORPHANED ? "\torphaned" : "");
}

static int
notes_list (int    argc,
            char **argv)
{
  g_autoptr(GOptionContext) context = g_option_context_new (_("FOLDER — list the notes of a folder"));
  g_autofree char *format_name = NULL;
  g_auto(GStrv) tags = NULL, entities = NULL, files = NULL;
  g_autofree char *search = NULL;
  DossierOutputFormat format = DOSSIER_FORMAT_TEXT;
  g_autoptr(GError) error = NULL;
  g_auto(NotesContext) ctx = { 0 };
  g_autoptr(GPtrArray) list = NULL;
  DossierNoteFilter filter = { 0 };
  guint n_failed = 0;
  int r;
  GOptionEntry entries[] = {
    { "format", 'f', 0, G_OPTION_ARG_STRING, &format_name, N_("Output format: text, jsonl or csv"), "FORMAT" },
    { "file", 0, 0, G_OPTION_ARG_STRING_ARRAY, &files, N_("Only notes on this file (relative to FOLDER; repeatable)"), "PATH" },
    { "tag", 't', 0, G_OPTION_ARG_STRING_ARRAY, &tags, N_("Only notes with this tag (repeatable: any of them)"), "TAG" },
    { "entity", 'e', 0, G_OPTION_ARG_STRING_ARRAY, &entities, N_("Only notes mentioning this entity (repeatable: all of them)"), "NAME" },
    { "search", 's', 0, G_OPTION_ARG_STRING, &search, N_("Only notes whose quote, note or tags contain TEXT"), "TEXT" },
    { NULL }
  };

  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  g_option_context_set_summary (context,
    _("Prints one line per note: file, quote, note and tags, separated by tabs, and the word\n"
      "“orphaned” at the end of the notes whose passage can no longer be found in the folder.\n"
      "jsonl keys: id, file, noted_file, quote, passage, note, tags, color, entities, start, end,\n"
      "status (position, quote, fuzzy or orphaned), orphaned, created, modified."));
  if (!g_option_context_parse (context, &argc, &argv, &error))
    return dossier_cli_usage_error (context, error->message);
  if (argc != 2)
    return dossier_cli_usage_error (context, _("Give exactly one FOLDER"));
  if (!dossier_cli_parse_format (format_name, 1 << DOSSIER_FORMAT_TEXT | 1 << DOSSIER_FORMAT_JSONL | 1 << DOSSIER_FORMAT_CSV, &format))
    return dossier_cli_usage_error (context, _("Unknown format"));

  if ((r = notes_context_open (&ctx, argv[1], &n_failed)) >= 0)
    return r;
  filter.folder = ctx.key;
  filter.paths = (const char * const *) files;
  filter.tags = (const char * const *) tags;
  filter.entities = (const char * const *) entities;
  filter.search = search;
  list = dossier_notes_list (ctx.notes, &filter, &error);
  if (list == NULL)
    {
      dossier_cli_error_line (dossier_notes_get_path (ctx.notes), error->message);
      return DOSSIER_EXIT_SOME;
    }

  if (format == DOSSIER_FORMAT_CSV)
    {
      g_autofree char *csv = dossier_export_notes (list, ctx.anchorer, "", DOSSIER_EXPORT_CSV);
      fputs (csv, stdout);
    }
  else
    for (guint i = 0; i < list->len; i++)
      {
        DossierNote *note = g_ptr_array_index (list, i);
        DossierAnchor anchor;

        dossier_anchorer_resolve (ctx.anchorer, note, &anchor);
        if (format == DOSSIER_FORMAT_JSONL)
          print_note_jsonl (note, &anchor);
        else
          print_note_text (note, &anchor);
        dossier_anchor_clear (&anchor);
      }
  return n_failed ? DOSSIER_EXIT_SOME : DOSSIER_EXIT_OK;
}

static int
notes_export (int    argc,
              char **argv)
{
  g_autoptr(GOptionContext) context = g_option_context_new (_("FOLDER — export the notes of a folder"));
  g_autofree char *format_name = NULL, *output = NULL, *base = NULL, *title = NULL, *doc = NULL;
  g_auto(GStrv) tags = NULL, entities = NULL, files = NULL;
  DossierExportFormat format;
  g_autoptr(GError) error = NULL;
  g_auto(NotesContext) ctx = { 0 };
  g_autoptr(GPtrArray) list = NULL;
  DossierNoteFilter filter = { 0 };
  guint n_failed = 0;
  int r;
  GOptionEntry entries[] = {
    { "format", 'f', 0, G_OPTION_ARG_STRING, &format_name, N_("md, html, jsonld, csv (notes) or entities-csv (the entity table)"), "FORMAT" },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output, N_("Write to FILE (replaced atomically) instead of standard output"), "FILE" },
    { "file", 0, 0, G_OPTION_ARG_STRING_ARRAY, &files, N_("Only notes on this file (relative to FOLDER; repeatable)"), "PATH" },
    { "tag", 't', 0, G_OPTION_ARG_STRING_ARRAY, &tags, N_("Only notes with this tag (repeatable: any of them)"), "TAG" },
    { "entity", 'e', 0, G_OPTION_ARG_STRING_ARRAY, &entities, N_("Only notes mentioning this entity (repeatable: all of them)"), "NAME" },
    { NULL }
  };

  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  g_option_context_set_summary (context,
    _("Exports the notes of FOLDER: Markdown or HTML (per article: title, outlet, date, file, then\n"
      "each passage with its note, tags and the entities it mentions), W3C Web Annotation JSON-LD\n"
      "(lossless; “notes import” reads it back), or CSV. entities-csv exports the entity table."));
  if (!g_option_context_parse (context, &argc, &argv, &error))
    return dossier_cli_usage_error (context, error->message);
  if (argc != 2)
    return dossier_cli_usage_error (context, _("Give exactly one FOLDER"));
  if (format_name == NULL)
    return dossier_cli_usage_error (context, _("Give --format"));
  if (!dossier_export_format_from_string (format_name, &format))
    return dossier_cli_usage_error (context, _("Unknown format"));

  if ((r = notes_context_open (&ctx, argv[1], &n_failed)) >= 0)
    return r;
  filter.folder = ctx.key;
  filter.paths = (const char * const *) files;
  filter.tags = (const char * const *) tags;
  filter.entities = (const char * const *) entities;

  base = g_file_get_basename (ctx.folder);
  title = g_strdup_printf (_("Notes: %s"), base);
  if (format == DOSSIER_EXPORT_ENTITIES_CSV)
    doc = dossier_export_entities_csv (ctx.corpus, &filter);
  else
    {
      list = dossier_notes_list (ctx.notes, &filter, &error);
      if (list == NULL)
        {
          dossier_cli_error_line (dossier_notes_get_path (ctx.notes), error->message);
          return DOSSIER_EXIT_SOME;
        }
      doc = dossier_export_notes (list, ctx.anchorer, title, format);
    }

  if (output && !g_str_equal (output, "-"))
    {
      /* g_file_set_contents() writes a temporary file and renames it over
       * FILE: readers never see half an export. */
      if (!g_file_set_contents (output, doc, -1, &error))
        {
          dossier_cli_error_line (output, error->message);
          return DOSSIER_EXIT_SOME;
        }
    }
  else
    fputs (doc, stdout);
  return n_failed ? DOSSIER_EXIT_SOME : DOSSIER_EXIT_OK;
}

static int
notes_import (int    argc,
              char **argv)
{
  g_autoptr(GOptionContext) context = g_option_context_new (_("FOLDER FILE — import W3C annotations"));
  g_autoptr(GError) error = NULL;
  g_auto(NotesContext) ctx = { 0 };
  g_autofree char *data = NULL;
  gsize len = 0;
  g_auto(DossierImportReport) report = { 0 };
  int r;

  g_option_context_set_summary (context,
    _("Imports the notes of FILE into FOLDER: Dossier’s JSON-LD export, or W3C Web Annotations from\n"
      "other tools (an Annotation, an array of them or an AnnotationCollection). Target files are\n"
      "matched by path, then by content hash. Notes already there are not added twice; if FILE\n"
      "has an error, nothing is imported. An annotation whose TextPositionSelector names no passage\n"
      "is anchored by its quote (a warning on stderr), or, without a quote, left out (an error on\n"
      "stderr, exit status 1) while the others are imported."));
  if (!g_option_context_parse (context, &argc, &argv, &error))
    return dossier_cli_usage_error (context, error->message);
  if (argc != 3)
    return dossier_cli_usage_error (context, _("Give a FOLDER and a FILE"));

  if (!g_file_get_contents (argv[2], &data, &len, &error))
    {
      dossier_cli_error_line (argv[2], error->message);
      return DOSSIER_EXIT_SOME;
    }
  if ((r = notes_context_open (&ctx, argv[1], NULL)) >= 0)
    return r;
  if (!dossier_notes_import_jsonld_report (ctx.notes, ctx.anchorer, ctx.key, data, len, &report, &error))
    {
      dossier_cli_error_line (argv[2], error->message);
      return DOSSIER_EXIT_SOME;
    }
  for (guint i = 0; i < report.messages->len; i++)
    dossier_cli_error_line (argv[2], g_ptr_array_index (report.messages, i));
  printf (g_dngettext (GETTEXT_PACKAGE, "%u note imported", "%u notes imported", report.n_added), report.n_added);
  printf (", ");
  printf (g_dngettext (GETTEXT_PACKAGE, "%u already there", "%u already there", report.n_skipped), report.n_skipped);
  if (report.n_rejected > 0)
    {
      printf (", ");
      printf (g_dngettext (GETTEXT_PACKAGE, "%u not imported", "%u not imported", report.n_rejected),
              report.n_rejected);
    }
  printf ("\n");
  return report.n_rejected > 0 ? DOSSIER_EXIT_SOME : DOSSIER_EXIT_OK;
}

static int
notes_add (int    argc,
           char **argv)
{
  static const char * const colors[] = { "yellow", "green", "blue", "red", "purple", "orange", NULL };
  g_autoptr(GOptionContext) context = g_option_context_new (_("FOLDER FILE — highlight a passage"));
  g_autofree char *quote = NULL, *text = NULL, *color = NULL, *rel = NULL;
  g_auto(GStrv) tags = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(NotesContext) ctx = { 0 };
  g_autoptr(DossierNote) note = NULL;
  g_autoptr(GFile) file = NULL;
  DossierArticle *article;
  guint start, end;
  int r;
  GOptionEntry entries[] = {
    { "quote", 'q', 0, G_OPTION_ARG_STRING, &quote, N_("The passage, as it reads in the article (first occurrence)"), "TEXT" },
    { "note", 'n', 0, G_OPTION_ARG_STRING, &text, N_("The note"), "TEXT" },
    { "tag", 't', 0, G_OPTION_ARG_STRING_ARRAY, &tags, N_("A tag (repeatable)"), "TAG" },
    { "color", 'c', 0, G_OPTION_ARG_STRING, &color, N_("Highlight colour: yellow, green, blue, red, purple or orange"), "COLOR" },
    { NULL }
  };

  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  g_option_context_set_summary (context,
    _("Highlights the first occurrence of --quote in FILE (a path relative to FOLDER, or a path to\n"
      "a file inside it) and prints the new note’s id."));
  if (!g_option_context_parse (context, &argc, &argv, &error))
    return dossier_cli_usage_error (context, error->message);
  if (argc != 3)
    return dossier_cli_usage_error (context, _("Give a FOLDER and a FILE"));
  if (quote == NULL || *quote == '\0')
    return dossier_cli_usage_error (context, _("Give --quote"));
  if (!g_utf8_validate (quote, -1, NULL) || (text && !g_utf8_validate (text, -1, NULL)))
    return dossier_cli_usage_error (context, _("Arguments must be UTF-8"));
  if (color && !g_strv_contains (colors, color))
    return dossier_cli_usage_error (context, _("Unknown colour"));

  if ((r = notes_context_open (&ctx, argv[1], NULL)) >= 0)
    return r;

  article = dossier_corpus_find_article (ctx.corpus, argv[2]);
  file = g_file_new_for_commandline_arg (argv[2]);
  if (article == NULL && g_file_query_exists (file, NULL))
    {
      g_autofree char *real = dossier_notes_folder_key (file);

      if (g_str_has_prefix (real, ctx.key) && real[strlen (ctx.key)] == '/')
        rel = g_strdup (real + strlen (ctx.key) + 1);
      if (rel)
        article = dossier_corpus_find_article (ctx.corpus, rel);
    }
  if (article == NULL)
    {
      dossier_cli_error_line (argv[2], _("Not an article of the folder"));
      return DOSSIER_EXIT_SOME;
    }
  if (!dossier_anchorer_find_quote (ctx.anchorer, article, quote, &start, &end))
    {
      dossier_cli_error_line (argv[2], _("The quote is not in the article"));
      return DOSSIER_EXIT_SOME;
    }

  note = dossier_note_new ();
  dossier_note_set_folder (note, ctx.key);
  if (!dossier_anchorer_set_target_chars (ctx.anchorer, note, article, start, end, &error))
    {
      dossier_cli_error_line (argv[2], error->message);
      return DOSSIER_EXIT_SOME;
    }
  dossier_note_set_text (note, text);
  dossier_note_set_color (note, color);
  dossier_note_set_tags (note, (const char * const *) tags);
  if (!dossier_notes_add (ctx.notes, note, &error))
    {
      dossier_cli_error_line (dossier_notes_get_path (ctx.notes), error->message);
      return DOSSIER_EXIT_SOME;
    }
  printf ("%s\n", dossier_note_get_id (note));
  return DOSSIER_EXIT_OK;
}

static const DossierCommand notes_commands[] = {
  { "list", N_("List the notes of a folder; marks orphaned ones"), notes_list },
  { "export", N_("Export notes: md, html, jsonld, csv; or the entity table"), notes_export },
  { "import", N_("Import W3C Web Annotations (JSON-LD)"), notes_import },
  { "add", N_("Highlight a passage of an article, with a note and tags"), notes_add },
};

static void
notes_usage (FILE *out)
{
  fprintf (out, "%s\n\n", _("Usage: dossier-cli notes COMMAND FOLDER [OPTION…]"));
  fprintf (out, "%s\n", _("Highlights and notes, kept in the user’s notes database, never in FOLDER."));
  fprintf (out, "\n%s\n", _("Commands:"));
  for (guint i = 0; i < G_N_ELEMENTS (notes_commands); i++)
    fprintf (out, "  %-8s %s\n", notes_commands[i].name, _(notes_commands[i].summary));
  fprintf (out, "\n%s\n", _("Run “dossier-cli notes COMMAND --help” for the options of a command."));
}

int
dossier_cli_notes (int    argc,
                   char **argv)
{
  if (argc < 2 || strcmp (argv[1], "--help") == 0 || strcmp (argv[1], "-h") == 0 ||
      strcmp (argv[1], "help") == 0)
    {
      notes_usage (argc < 2 ? stderr : stdout);
      return argc < 2 ? DOSSIER_EXIT_USAGE : DOSSIER_EXIT_OK;
    }
  for (guint i = 0; i < G_N_ELEMENTS (notes_commands); i++)
    if (strcmp (argv[1], notes_commands[i].name) == 0)
      {
        g_autofree char *prgname = g_strdup_printf ("dossier-cli notes %s", notes_commands[i].name);
        g_set_prgname (prgname);
        return notes_commands[i].func (argc - 1, argv + 1);
      }
  fprintf (stderr, _("dossier-cli notes: unknown command “%s”\n\n"), argv[1]);
  notes_usage (stderr);
  return DOSSIER_EXIT_USAGE;
}
