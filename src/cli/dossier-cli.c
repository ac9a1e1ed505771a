/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "dossier-cli"

#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>
#include <stdio.h>
#include <string.h>

#include "dossier-cli-commands.h"

/* Every subcommand; each lives in its own file. */
static const DossierCommand commands[] = {
  { "articles", N_("List the articles of a folder"), dossier_cli_articles },
  { "show", N_("Show one article: metadata and clean body"), dossier_cli_show },
  { "index", N_("Build or update the index cache of a folder"), dossier_cli_index },
  { "search", N_("Full-text search in a folder, with snippets"), dossier_cli_search },
  { "watch", N_("Follow a folder: update its index as files change"), dossier_cli_watch },
  { "entities", N_("List the entities of a folder, or every mention"), dossier_cli_entities },
  { "notes", N_("Highlights and notes: list, export, import, add"), dossier_cli_notes },
  { "forget", N_("Delete the notes, corrections and cache of a folder"), dossier_cli_forget },
};

int
dossier_cli_usage_error (GOptionContext *context,
                         const char     *message)
{
  g_autofree char *help = g_option_context_get_help (context, TRUE, NULL);

  fprintf (stderr, "dossier-cli: %s\n\n%s", message, help);
  return DOSSIER_EXIT_USAGE;
}

static void
print_usage (FILE *out)
{
  fprintf (out, "%s\n\n", _("Usage: dossier-cli COMMAND [OPTION…]"));
  fprintf (out, "%s\n", _("Dossier reads folders of news articles: metadata, clean text, entities, notes."));
  fprintf (out, "\n%s\n", _("Commands:"));
  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    fprintf (out, "  %-10s %s\n", commands[i].name, _(commands[i].summary));
  fprintf (out, "\n%s\n", _("Run “dossier-cli COMMAND --help” for the options of a command."));
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);
  g_set_prgname ("dossier-cli");

  if (argc < 2 || strcmp (argv[1], "--help") == 0 || strcmp (argv[1], "-h") == 0 ||
      strcmp (argv[1], "help") == 0)
    {
      print_usage (argc < 2 ? stderr : stdout);
      return argc < 2 ? DOSSIER_EXIT_USAGE : DOSSIER_EXIT_OK;
    }
  if (strcmp (argv[1], "--version") == 0)
    {
      printf ("dossier-cli %s\n", PACKAGE_VERSION);
      return DOSSIER_EXIT_OK;
    }

  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    if (strcmp (argv[1], commands[i].name) == 0)
      return commands[i].func (argc - 1, argv + 1);

  fprintf (stderr, _("dossier-cli: unknown command “%s”\n\n"), argv[1]);
  print_usage (stderr);
  return DOSSIER_EXIT_USAGE;
}
