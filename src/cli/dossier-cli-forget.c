/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "dossier-cli"

#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>
#include <unistd.h>

#include "dossier-cli-commands.h"
#include "dossier-cli-output.h"

/* dossier-cli forget FOLDER [--yes]: deletes what Dossier keeps about a
 * folder outside it (notes, entity corrections, index cache), as the
 * start page's "Forget Folder…" does. The folder itself is never touched,
 * and need not exist any more. */

static void
print_counts (FILE                      *out,
              const DossierForgetCounts *c)
{
  fprintf (out, ngettext ("%u note\n", "%u notes\n", c->n_notes), c->n_notes);
  fprintf (out, ngettext ("%u entity correction\n", "%u entity corrections\n", c->n_corrections),
           c->n_corrections);
  fprintf (out, "%s\n", c->has_cache ? _("the index cache") : _("no index cache"));
}

static gboolean
ask (void)
{
  char line[16] = "";

  fprintf (stderr, "%s", _("Delete them? There is no undo. [y/N] "));
  fflush (stderr);
  if (fgets (line, sizeof line, stdin) == NULL)
    return FALSE;
  /* TRANSLATORS: the letter that answers yes to "[y/N]" */
  return line[0] == 'y' || line[0] == 'Y' || g_str_has_prefix (line, C_("answer", "y"));
}

int
dossier_cli_forget (int    argc,
                    char **argv)
{
  g_autoptr(GOptionContext) context = g_option_context_new (_("FOLDER — delete the notes, corrections and cache of a folder"));
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) folder = NULL;
  DossierForgetCounts counts, done;
  gboolean yes = FALSE;
  GOptionEntry entries[] = {
    { "yes", 'y', 0, G_OPTION_ARG_NONE, &yes, N_("Delete without asking"), NULL },
    { NULL }
  };

  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  g_option_context_set_summary (context,
    _("Deletes what Dossier keeps about FOLDER outside it: its notes (in\n"
      "$XDG_DATA_HOME/dossier/notes.db), its entity corrections and its index\n"
      "cache. The folder's files are not touched; the folder need not exist.\n"
      "Without --yes, it says what would go and asks on a terminal."));
  if (!g_option_context_parse (context, &argc, &argv, &error))
    return dossier_cli_usage_error (context, error->message);
  if (argc != 2)
    return dossier_cli_usage_error (context, _("Give exactly one FOLDER"));

  folder = g_file_new_for_commandline_arg (argv[1]);
  if (!dossier_forget_count (folder, NULL, &counts, &error))
    {
      dossier_cli_error_line (argv[1], error->message);
      return DOSSIER_EXIT_SOME;
    }
  if (counts.n_notes == 0 && counts.n_corrections == 0 && !counts.has_cache)
    {
      printf ("%s\n", _("Nothing to forget"));
      return DOSSIER_EXIT_OK;
    }
  if (!yes)
    {
      fprintf (stderr, "%s\n", _("Forgetting this folder deletes:"));
      print_counts (stderr, &counts);
      if (!isatty (0))
        {
          fprintf (stderr, "%s\n", _("Nothing was deleted: add --yes to delete without asking"));
          return DOSSIER_EXIT_USAGE;
        }
      if (!ask ())
        {
          fprintf (stderr, "%s\n", _("Nothing was deleted"));
          return DOSSIER_EXIT_OK;
        }
    }

  if (!dossier_forget_folder (folder, NULL, &done, &error))
    {
      dossier_cli_error_line (argv[1], error->message);
      return DOSSIER_EXIT_SOME;
    }
  printf ("%s\n", _("Deleted:"));
  print_counts (stdout, &done);
  return DOSSIER_EXIT_OK;
}
