/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "dossier-cli"

#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>

#include "dossier-cli-commands.h"
#include "dossier-cli-output.h"

typedef struct
{
  GMainLoop *loop;
  int remaining;
} WatchData;

static void
on_refreshed (DossierCorpus *corpus,
              WatchData     *data)
{
  /* One line per update, with a clock a script can compare with the time
   * it changed a file. */
  printf ("changed %.6f %u\n", g_get_real_time () / (double) G_USEC_PER_SEC,
          g_list_model_get_n_items (G_LIST_MODEL (corpus)));
  fflush (stdout);
  if (data->remaining > 0 && --data->remaining == 0)
    g_main_loop_quit (data->loop);
}

int
dossier_cli_watch (int    argc,
                   char **argv)
{
  g_autoptr(GOptionContext) context = g_option_context_new (_("FOLDER — follow the changes of a folder"));
  g_autoptr(GError) error = NULL;
  g_autoptr(DossierCorpus) corpus = NULL;
  g_autoptr(GMainLoop) loop = NULL;
  int count = 0;
  int status;
  WatchData data;
  GOptionEntry entries[] = {
    { "count", 0, 0, G_OPTION_ARG_INT, &count, N_("Stop after N updates"), "N" },
    { NULL }
  };

  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  g_option_context_set_summary (context,
    _("Opens FOLDER with its index cache, prints “ready TIME N” (N articles),\n"
      "then follows it: each time files are added, changed or removed, the cache\n"
      "and the article list are updated and “changed TIME N” is printed (TIME in\n"
      "seconds since 1970)."));
  if (!g_option_context_parse (context, &argc, &argv, &error))
    return dossier_cli_usage_error (context, error->message);
  if (argc != 2)
    return dossier_cli_usage_error (context, _("Give exactly one FOLDER"));

  corpus = dossier_cli_load_indexed (argv[1], FALSE, FALSE, &status);
  if (corpus == NULL)
    return status;

  loop = g_main_loop_new (NULL, FALSE);
  data.loop = loop;
  data.remaining = count;
  g_signal_connect (corpus, "refreshed", G_CALLBACK (on_refreshed), &data);
  dossier_corpus_watch (corpus, TRUE);
  printf ("ready %.6f %u\n", g_get_real_time () / (double) G_USEC_PER_SEC,
          g_list_model_get_n_items (G_LIST_MODEL (corpus)));
  fflush (stdout);
  g_main_loop_run (loop);
  dossier_corpus_watch (corpus, FALSE);
  return status;
}
