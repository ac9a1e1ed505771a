/* SPDX-License-Identifier: GPL-3.0-or-later */
/* link-eval: feeds the spans of a gold JSONL file (text and label) through
 * the linker and prints the same mentions with the linker's "entity", for
 * ../shared/tools/ner-score. Measures the linker alone, before the tagger.
 *
 *   link-eval DATADIR GOLD.jsonl > OUT.jsonl
 *   link-eval --bench N DATADIR GOLD.jsonl   (timings on stderr)
 */
#define G_LOG_DOMAIN "link-eval"

#include "config.h"

#include <json-glib/json-glib.h>
#include <stdio.h>
#include <string.h>

#include "dossier-linker.h"

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DossierGazetteer) gaz = NULL;
  g_autoptr(DossierLinker) linker = NULL;
  g_autoptr(GPtrArray) objects = g_ptr_array_new_with_free_func ((GDestroyNotify) json_object_unref);
  g_autoptr(GHashTable) docs = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autofree char *contents = NULL;
  g_auto(GStrv) lines = NULL;
  guint repeat = 1;
  gboolean bench = FALSE;
  gint64 t0, t1, t2;

  if (argc > 2 && strcmp (argv[1], "--bench") == 0)
    {
      bench = TRUE;
      repeat = MAX (1, atoi (argv[2]));
      argv += 2;
      argc -= 2;
    }
  if (argc != 3)
    {
      g_printerr ("usage: link-eval [--bench N] DATADIR GOLD.jsonl\n");
      return 2;
    }

  t0 = g_get_monotonic_time ();
  if (strcmp (argv[1], "-") != 0)
    {
      gaz = dossier_gazetteer_load (argv[1], &error);
      if (gaz == NULL)
        {
          g_printerr ("%s: %s\n", argv[1], error->message);
          return 1;
        }
    }
  t1 = g_get_monotonic_time ();

  if (!g_file_get_contents (argv[2], &contents, NULL, &error))
    {
      g_printerr ("%s: %s\n", argv[2], error->message);
      return 1;
    }
  lines = g_strsplit (contents, "\n", -1);
  for (guint i = 0; lines[i]; i++)
    {
      g_autoptr(JsonNode) node = NULL;

      if (*lines[i] == '\0')
        continue;
      node = json_from_string (lines[i], &error);
      if (node == NULL || !JSON_NODE_HOLDS_OBJECT (node))
        {
          g_printerr ("%s:%u: %s\n", argv[2], i + 1, error ? error->message : "not an object");
          return 1;
        }
      g_ptr_array_add (objects, json_object_ref (json_node_get_object (node)));
    }

  linker = dossier_linker_new (gaz);
  t2 = g_get_monotonic_time ();
  for (guint r = 0; r < repeat; r++)
    for (guint i = 0; i < objects->len; i++)
      {
        JsonObject *o = objects->pdata[i];
        const char *file = json_object_get_string_member (o, "file");
        const char *text = json_object_get_string_member (o, "text");
        DossierLabel label = DOSSIER_LABEL_MISC;
        g_autofree char *docname = g_strdup_printf ("%u/%s", r, file);
        gpointer doc = g_hash_table_lookup (docs, docname);

        if (doc == NULL)
          {
            doc = GUINT_TO_POINTER (g_hash_table_size (docs) + 1);
            g_hash_table_insert (docs, g_steal_pointer (&docname), doc);
          }
        dossier_label_from_string (json_object_get_string_member (o, "label"), &label);
        dossier_linker_add_mention (linker, GPOINTER_TO_UINT (doc), text, strlen (text), label);
      }
  {
    gint64 t3 = g_get_monotonic_time ();
    gint64 t4;

    dossier_linker_resolve (linker);
    t4 = g_get_monotonic_time ();
    if (bench)
      g_printerr ("gazetteer load %.1f ms; %u mentions in %u docs: add %.1f ms, resolve %.1f ms; %u entities\n",
                  (t1 - t0) / 1000.0, dossier_linker_get_n_mentions (linker),
                  g_hash_table_size (docs), (t3 - t2) / 1000.0, (t4 - t3) / 1000.0,
                  dossier_linker_get_n_entities (linker));
  }
  if (bench)
    return 0;

  for (guint i = 0; i < objects->len; i++)
    {
      JsonObject *o = objects->pdata[i];
      guint e = dossier_linker_get_mention_entity (linker, i);
      g_autoptr(JsonNode) node = json_node_new (JSON_NODE_OBJECT);
      g_autofree char *line = NULL;

      json_object_set_string_member (o, "entity", dossier_linker_get_entity_name (linker, e));
      json_node_set_object (node, o);
      line = json_to_string (node, FALSE);
      printf ("%s\n", line);
    }

  return 0;
}
