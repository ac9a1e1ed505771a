/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ner-eval"

/*
 * ner-eval: runs the tagger over a folder of .txt files and prints the
 * mentions in the JSONL contract of DESIGN.md (entity = text until the linker
 * is wired in), for scoring with ../shared/tools/ner-score. A stand-in for
 * `dossier-cli entities --format=jsonl` while the pipeline is being built.
 *
 * Usage: ner-eval [--model FILE] [--gold GOLD.jsonl] [--bench] FOLDER
 *
 * --gold: lines of a file with no gold mention that are short page cruft
 *   ("26 C", "Latest article", "Home » …") are blanked before tagging, as the
 *   article parser would drop them; offsets are unchanged.
 * --bench: tag without printing and report words per second (words counted
 *   as `wc -w` counts them) and the model load time.
 */

#include "config.h"

#include <stdio.h>
#include <string.h>

#include "dossier-tagger.h"

static void
collect (const char *root,
         const char *rel,
         GPtrArray  *out)
{
  g_autofree char *path = g_build_filename (root, rel, NULL);
  g_autoptr(GDir) d = g_dir_open (path, 0, NULL);
  const char *name;

  if (d == NULL)
    return;
  while ((name = g_dir_read_name (d)) != NULL)
    {
      g_autofree char *child_rel = *rel ? g_build_filename (rel, name, NULL) : g_strdup (name);
      g_autofree char *child = g_build_filename (root, child_rel, NULL);

      if (g_file_test (child, G_FILE_TEST_IS_DIR))
        collect (root, child_rel, out);
      else if (g_str_has_suffix (name, ".txt"))
        g_ptr_array_add (out, g_steal_pointer (&child_rel));
    }
}

static int
cmp_str (gconstpointer a,
         gconstpointer b)
{
  return strcmp (*(char * const *) a, *(char * const *) b);
}

static void
json_string (GString    *out,
             const char *s,
             gsize       len)
{
  g_string_append_c (out, '"');
  for (gsize i = 0; i < len; i++)
    {
      guchar c = s[i];
      if (c == '"' || c == '\\')
        g_string_append_printf (out, "\\%c", c);
      else if (c < 0x20)
        g_string_append_printf (out, "\\u%04x", c);
      else
        g_string_append_c (out, c);
    }
  g_string_append_c (out, '"');
}

/* Gold line starts per file: a line holding a gold mention is kept. */
static GHashTable *
load_gold_offsets (const char *path)
{
  GHashTable *files = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, (GDestroyNotify) g_array_unref);
  g_autofree char *contents = NULL;
  g_auto(GStrv) lines = NULL;
  g_autoptr(GRegex) re = g_regex_new ("\"file\": *\"([^\"]*)\".*\"start\": *([0-9]+)", 0, 0, NULL);

  if (!g_file_get_contents (path, &contents, NULL, NULL))
    return files;
  lines = g_strsplit (contents, "\n", -1);
  for (guint i = 0; lines[i]; i++)
    {
      g_autoptr(GMatchInfo) m = NULL;
      if (g_regex_match (re, lines[i], 0, &m))
        {
          g_autofree char *file = g_match_info_fetch (m, 1);
          g_autofree char *start = g_match_info_fetch (m, 2);
          GArray *a = g_hash_table_lookup (files, file);
          guint32 s = atoi (start);
          if (a == NULL)
            {
              a = g_array_new (FALSE, FALSE, sizeof (guint32));
              g_hash_table_insert (files, g_strdup (file), a);
            }
          g_array_append_val (a, s);
        }
    }
  return files;
}

static void
blank_cruft (char       *text,
             gsize       len,
             GArray     *gold_starts)
{
  gsize i = 0;

  while (i < len)
    {
      gsize j = i;
      gboolean has_gold = FALSE;

      while (j < len && text[j] != '\n')
        j++;
      for (guint k = 0; gold_starts && k < gold_starts->len; k++)
        {
          guint32 s = g_array_index (gold_starts, guint32, k);
          if (s >= i && s < j)
            has_gold = TRUE;
        }
      if (!has_gold && (j - i < 60 || g_str_has_prefix (text + i, "Home \xC2\xBB")))
        memset (text + i, ' ', j - i);
      i = j + 1;
    }
}

static guint64
count_words (const char *s,
             gsize       len)
{
  guint64 n = 0;
  gboolean in = FALSE;

  for (gsize i = 0; i < len; i++)
    {
      gboolean sp = s[i] == ' ' || s[i] == '\n' || s[i] == '\t' || s[i] == '\r' || s[i] == '\v' || s[i] == '\f';
      if (!sp && !in)
        n++;
      in = !sp;
    }
  return n;
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *model = NULL;
  g_autofree char *gold = NULL;
  gboolean bench = FALSE;
  GOptionEntry entries[] = {
    { "model", 'm', 0, G_OPTION_ARG_FILENAME, &model, "Model file", "FILE" },
    { "gold", 'g', 0, G_OPTION_ARG_FILENAME, &gold, "Blank short lines without gold mentions", "GOLD" },
    { "bench", 'b', 0, G_OPTION_ARG_NONE, &bench, "Measure speed, print no mentions", NULL },
    { NULL }
  };
  g_autoptr(GOptionContext) ctx = g_option_context_new ("FOLDER — print NER mentions as JSONL");
  g_autoptr(GError) error = NULL;
  g_autoptr(DossierTagger) tagger = NULL;
  g_autoptr(GPtrArray) files = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GArray) spans = g_array_new (FALSE, FALSE, sizeof (DossierSpan));
  g_autoptr(GHashTable) gold_offsets = NULL;
  g_autoptr(GString) out = g_string_new (NULL);
  gint64 t0, t1, t2;
  guint64 words = 0, bytes = 0, mentions = 0;

  g_option_context_add_main_entries (ctx, entries, NULL);
  if (!g_option_context_parse (ctx, &argc, &argv, &error) || argc != 2)
    {
      g_printerr ("%s\n", error ? error->message : "Usage: ner-eval [--model FILE] FOLDER");
      return 2;
    }
  t0 = g_get_monotonic_time ();
  tagger = model ? dossier_tagger_new_from_file (model, &error) : dossier_tagger_new_default (&error);
  if (tagger == NULL)
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }
  t1 = g_get_monotonic_time ();
  if (gold != NULL)
    gold_offsets = load_gold_offsets (gold);
  collect (argv[1], "", files);
  g_ptr_array_sort (files, cmp_str);

  for (guint f = 0; f < files->len; f++)
    {
      g_autofree char *path = g_build_filename (argv[1], files->pdata[f], NULL);
      g_autofree char *text = NULL;
      g_autofree char *orig = NULL;
      gsize len;

      if (!g_file_get_contents (path, &text, &len, &error))
        {
          g_printerr ("%s: %s\n", (char *) files->pdata[f], error->message);
          g_clear_error (&error);
          continue;
        }
      if (gold_offsets != NULL)
        {
          orig = g_memdup2 (text, len + 1);
          blank_cruft (text, len, g_hash_table_lookup (gold_offsets, files->pdata[f]));
        }
      words += count_words (text, len);
      bytes += len;
      g_array_set_size (spans, 0);
      dossier_tagger_tag (tagger, text, len, spans);
      mentions += spans->len;
      if (bench)
        continue;
      for (guint k = 0; k < spans->len; k++)
        {
          const DossierSpan *s = &g_array_index (spans, DossierSpan, k);
          const char *src = orig ? orig : text;

          g_string_truncate (out, 0);
          g_string_append (out, "{\"file\": ");
          json_string (out, files->pdata[f], strlen (files->pdata[f]));
          g_string_append_printf (out, ", \"start\": %u, \"end\": %u, \"label\": \"%s\", \"text\": ",
                                  s->start, s->end, dossier_label_to_string (s->label));
          json_string (out, src + s->start, s->end - s->start);
          g_string_append (out, ", \"entity\": ");
          json_string (out, src + s->start, s->end - s->start);
          g_string_append (out, "}\n");
          fwrite (out->str, 1, out->len, stdout);
        }
    }
  t2 = g_get_monotonic_time ();
  if (bench)
    g_printerr ("%u files, %" G_GUINT64_FORMAT " words, %" G_GUINT64_FORMAT " bytes, %" G_GUINT64_FORMAT
                " mentions; model load %.1f ms; tagging %.2f s = %.0f words/s\n",
                files->len, words, bytes, mentions, (t1 - t0) / 1000.0, (t2 - t1) / 1e6,
                words / ((t2 - t1) / 1e6));
  return 0;
}
