/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>

#include "dossier-core.h"

/* Helper of test-notes-crash: adds notes to DB in a loop, one transaction
 * each, and prints each note's id on stdout (flushed) right after its
 * COMMIT returned. Whatever it printed must survive a SIGKILL at any
 * moment. Stops after COUNT notes (0: never) or at the first error, which
 * it reports on stderr with exit status 1.
 *
 * Usage: notes-writer DB [COUNT] */

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DossierNotes) notes = NULL;
  guint64 count = argc > 2 ? g_ascii_strtoull (argv[2], NULL, 10) : 0;
  g_autoptr(GRand) rand = g_rand_new ();

  if (argc < 2)
    {
      fprintf (stderr, "Usage: notes-writer DB [COUNT]\n");
      return 2;
    }
  notes = dossier_notes_new (argv[1], &error);
  if (notes == NULL)
    {
      fprintf (stderr, "%s\n", error->message);
      return 1;
    }

  for (guint64 i = 0; count == 0 || i < count; i++)
    {
      g_autoptr(DossierNote) note = dossier_note_new ();
      g_autoptr(GString) text = g_string_new ("Note ✍ ");
      g_autofree char *quote = g_strdup_printf ("passage %" G_GUINT64_FORMAT " «quoted» 🙂", i);
      const char *tags[] = { "crash", i % 2 ? "odd" : "even", NULL };
      const char *entities[] = { "Alexander Lukashenko", "Xi Jinping", NULL };
      guint words = g_rand_int_range (rand, 1, 200);

      /* Sizes vary so that pages split and the WAL grows unevenly. */
      for (guint w = 0; w < words; w++)
        g_string_append (text, "word ");
      dossier_note_set_folder (note, "/crash/folder");
      dossier_note_set_path (note, i % 3 ? "a.txt" : "sub/b.txt");
      dossier_note_set_hash (note, "0000000000000000000000000000000000000000000000000000000000000000");
      dossier_note_set_quote (note, quote, "before ", " after");
      dossier_note_set_position (note, i, i + g_utf8_strlen (quote, -1));
      dossier_note_set_text (note, text->str);
      dossier_note_set_tags (note, tags);
      dossier_note_set_entities (note, entities);

      if (!dossier_notes_add (notes, note, &error))
        {
          fprintf (stderr, "%s\n", error->message);
          fflush (stderr);
          return 1;
        }
      /* Only now is the note committed. */
      fputs (dossier_note_get_id (note), stdout);
      fputc ('\n', stdout);
      fflush (stdout);
    }
  return 0;
}
