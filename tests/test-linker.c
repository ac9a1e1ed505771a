/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-linker"

#include "config.h"

#include <string.h>

#include "dossier-core.h"

typedef struct
{
  guint        doc;
  const char  *text;
  DossierLabel label;
} M;

#define P DOSSIER_LABEL_PERSON
#define O DOSSIER_LABEL_ORG
#define L DOSSIER_LABEL_PLACE
#define X DOSSIER_LABEL_MISC

static DossierGazetteer *
load_gazetteer (void)
{
  static DossierGazetteer *gaz;

  if (gaz == NULL)
    {
      g_autoptr(GError) error = NULL;

      gaz = dossier_gazetteer_load (dossier_get_data_dir (), &error);
      g_assert_no_error (error);
    }
  return gaz;
}

static DossierLinker *
link_mentions (const M  *ms,
               guint     n,
               gboolean  with_gazetteer)
{
  DossierLinker *linker = dossier_linker_new (with_gazetteer ? load_gazetteer () : NULL);

  for (guint i = 0; i < n; i++)
    g_assert_cmpuint (dossier_linker_add_mention (linker, ms[i].doc, ms[i].text,
                                                  strlen (ms[i].text), ms[i].label), ==, i);
  dossier_linker_resolve (linker);
  return linker;
}

static const char *
name_of (DossierLinker *linker,
         guint          mention)
{
  return dossier_linker_get_entity_name (linker, dossier_linker_get_mention_entity (linker, mention));
}

/* Mentions @first..@last all have entity @name. */
static void
assert_entity (DossierLinker *linker,
               guint          first,
               guint          last,
               const char    *name)
{
  for (guint i = first; i <= last; i++)
    g_assert_cmpstr (name_of (linker, i), ==, name);
}

static void
assert_apart (DossierLinker *linker,
              guint          a,
              guint          b)
{
  g_assert_cmpuint (dossier_linker_get_mention_entity (linker, a), !=,
                    dossier_linker_get_mention_entity (linker, b));
  g_assert_cmpstr (name_of (linker, a), !=, name_of (linker, b));
}

static void
test_xi (void)
{
  const M ms[] = {
    { 0, "President Xi Jinping", P }, { 0, "Xi", P }, { 0, "Mr Xi", P },
    { 1, "Xi", P }, { 1, "Xi\xe2\x80\x99s", P }, { 1, "Mr. Xi", P },
  };

  g_autoptr(DossierLinker) linker = link_mentions (ms, G_N_ELEMENTS (ms), TRUE);
  g_autoptr(DossierLinker) bare = link_mentions (ms, G_N_ELEMENTS (ms), FALSE);

  assert_entity (linker, 0, 5, "Xi Jinping");
  g_assert_cmpuint (dossier_linker_get_n_entities (linker), ==, 1);
  g_assert_cmpuint (dossier_linker_get_entity_n_mentions (linker, 0), ==, 6);
  g_assert_cmpuint (dossier_linker_get_entity_n_articles (linker, 0), ==, 2);

  /* Without the first-name list an article's own full name still counts,
   * but "Xi" alone elsewhere could be anyone's first name. */
  assert_entity (bare, 0, 2, "Xi Jinping");
}

static void
test_lukashenko (void)
{
  const M ms[] = {
    { 0, "Lukashenko", P }, { 0, "Alexander Lukashenko", P }, { 0, "Mr Lukashenko", P },
    { 1, "President Alexander Lukashenko", P }, { 1, "Lukashenko\xe2\x80\x99s", P },
    { 2, "Lukashenko", P },
  };
  g_autoptr(DossierLinker) linker = link_mentions (ms, G_N_ELEMENTS (ms), TRUE);

  assert_entity (linker, 0, 5, "Alexander Lukashenko");
}

static void
test_zelensky (void)
{
  const M ms[] = {
    { 0, "Volodymyr Zelensky", P }, { 0, "Zelensky", P },
    { 1, "Volodymyr Zelenskyy", P }, { 1, "Zelenskyy", P },
    { 2, "Zelenskiy", P },
  };

  /* With the alias table … */
  {
    g_autoptr(DossierLinker) linker = link_mentions (ms, G_N_ELEMENTS (ms), TRUE);

    assert_entity (linker, 0, 4, "Volodymyr Zelenskyy");
  }
  /* … and by spelling alone: same first name, last names one letter apart. */
  {
    g_autoptr(DossierLinker) linker = link_mentions (ms, 4, FALSE);
    guint e = dossier_linker_get_mention_entity (linker, 0);

    for (guint i = 1; i < 4; i++)
      g_assert_cmpuint (dossier_linker_get_mention_entity (linker, i), ==, e);
  }
}

static void
test_united_states (void)
{
  const M ms[] = {
    { 0, "US", L }, { 0, "U.S.", L }, { 1, "United States", L }, { 1, "US\xe2\x80\x99", L },
    { 2, "America", L }, { 2, "U.S", L },
  };
  g_autoptr(DossierLinker) linker = link_mentions (ms, G_N_ELEMENTS (ms), TRUE);
  g_autoptr(DossierLinker) bare = link_mentions (ms, 2, FALSE);

  assert_entity (linker, 0, 5, "United States");
  g_assert_cmpuint (dossier_linker_get_mention_entity (bare, 0), ==,
                    dossier_linker_get_mention_entity (bare, 1));
}

static void
test_acronyms (void)
{
  const M ms[] = {
    { 0, "European Union", O }, { 1, "EU", O },
    { 2, "Korean Central News Agency", O }, { 2, "KCNA", O }, { 3, "KCNA", O },
    { 4, "Massachusetts Institute of Technology", O }, { 5, "MIT", O },
  };

  for (guint g = 0; g < 2; g++)
    {
      g_autoptr(DossierLinker) linker = link_mentions (ms, G_N_ELEMENTS (ms), g);

      assert_entity (linker, 0, 1, "European Union");
      assert_entity (linker, 2, 4, "Korean Central News Agency");
      assert_entity (linker, 5, 6, "Massachusetts Institute of Technology");
    }
}

static void
test_possessives (void)
{
  const M ms[] = {
    { 0, "Russia\xe2\x80\x99s", L }, { 0, "Russia's", L }, { 1, "Russia", L },
    { 1, "Belarus\xe2\x80\x99", L }, { 1, "Belarus", L },
    { 2, "the West", L }, { 2, "Western", X }, { 2, "West", L },
    { 3, "Chinese", X }, { 3, "China", L }, { 3, "BEIJING", L }, { 3, "Beijing", L },
  };
  g_autoptr(DossierLinker) linker = link_mentions (ms, G_N_ELEMENTS (ms), TRUE);

  assert_entity (linker, 0, 2, "Russia");
  assert_entity (linker, 3, 4, "Belarus");
  assert_entity (linker, 5, 7, "Western world");
  assert_entity (linker, 8, 9, "China");
  assert_entity (linker, 10, 11, "Beijing");
}

static void
test_two_bushes (void)
{
  const M ms[] = {
    /* 0-1 */ { 0, "George Bush", P }, { 0, "Bush", P },
    /* 2-3 */ { 1, "Jeb Bush", P }, { 1, "Mr Bush", P },
    /* 4 */   { 2, "Bush", P },
    /* 5-9 */ { 3, "Jeb Bush", P }, { 3, "George Bush", P }, { 3, "Bush", P },
              { 3, "Jeb Bush", P }, { 3, "Bush", P },
  };

  for (guint g = 0; g < 2; g++)
    {
      g_autoptr(DossierLinker) linker = link_mentions (ms, G_N_ELEMENTS (ms), g);

      assert_entity (linker, 0, 1, "George Bush");
      assert_entity (linker, 2, 3, "Jeb Bush");
      assert_apart (linker, 0, 2);
      /* Only "Bush" in an article of a folder that has two Bushes: no guess. */
      assert_apart (linker, 4, 0);
      assert_apart (linker, 4, 2);
      g_assert_cmpstr (name_of (linker, 4), ==, "Bush");
      /* Both in one article: each "Bush" takes the name used so far. */
      assert_entity (linker, 5, 5, "Jeb Bush");
      assert_entity (linker, 6, 6, "George Bush");
      assert_entity (linker, 9, 9, "Jeb Bush");
    }
}

/* A person whose last name is a place's ("Michael Jordan", "Ossie Davis")
 * is a person: the article's bare "Jordan" joins its full name, two
 * Jordans of two articles stay two people, and the country keeps its own
 * name. Whichever kind the folder names first. */
static void
test_person_named_like_place (void)
{
  const M ms[] = {
    /* 0-2 */ { 0, "Michael Jordan", P }, { 0, "Jordan", P }, { 0, "Jordan", P },
    /* 3-4 */ { 1, "Jordan", L }, { 1, "Jordan", L },
    /* 5-6 */ { 2, "Jordan", P }, { 2, "Eddie Jordan", P },
  };
  /* The same mentions, the country's article first. */
  const M swapped[] = {
    { 0, "Jordan", L }, { 0, "Jordan", L },
    { 1, "Michael Jordan", P }, { 1, "Jordan", P }, { 1, "Jordan", P },
    { 2, "Jordan", P }, { 2, "Eddie Jordan", P },
  };

  for (guint g = 0; g < 2; g++)
    {
      g_autoptr(DossierLinker) linker = link_mentions (ms, G_N_ELEMENTS (ms), g);
      g_autoptr(DossierLinker) other = link_mentions (swapped, G_N_ELEMENTS (swapped), g);

      assert_entity (linker, 0, 2, "Michael Jordan");
      assert_entity (linker, 3, 4, "Jordan");
      assert_entity (linker, 5, 6, "Eddie Jordan");
      assert_entity (other, 0, 1, "Jordan");
      assert_entity (other, 2, 4, "Michael Jordan");
      assert_entity (other, 5, 6, "Eddie Jordan");
      g_assert_cmpint (dossier_linker_get_entity_label (linker, dossier_linker_get_mention_entity (linker, 3)), ==,
                       DOSSIER_LABEL_PLACE);
    }
}

static void
test_middle_names (void)
{
  const M ms[] = {
    { 0, "George H. W. Bush", P }, { 1, "George W. Bush", P }, { 2, "George Bush", P },
    { 3, "Jonathan M. Stan", P }, { 4, "Jonathan Stan", P },
  };
  g_autoptr(DossierLinker) linker = link_mentions (ms, G_N_ELEMENTS (ms), TRUE);

  assert_apart (linker, 0, 1);
  assert_apart (linker, 0, 2);
  assert_apart (linker, 1, 2);
  g_assert_cmpuint (dossier_linker_get_mention_entity (linker, 3), ==,
                    dossier_linker_get_mention_entity (linker, 4));
}

static void
test_british (void)
{
  const M ms[] = {
    /* 0-2 */ { 0, "Sir Keir Starmer", P }, { 0, "Sir Keir", P }, { 0, "Mr Starmer", P },
    /* 3-4 */ { 1, "Sir Keir", P }, { 1, "Prime Minister Rishi Sunak", P },
    /* 5-6 */ { 2, "Mr Sunak", P }, { 2, "Sunak\xe2\x80\x99s", P },
    /* 7-9 */ { 3, "the Conservative Party", O }, { 3, "Tories", O }, { 4, "Conservatives", O },
  };
  g_autoptr(DossierLinker) linker = link_mentions (ms, G_N_ELEMENTS (ms), TRUE);

  assert_entity (linker, 0, 3, "Keir Starmer");
  assert_entity (linker, 4, 6, "Rishi Sunak");
  assert_entity (linker, 7, 9, "Conservative Party (UK)");
}

static void
test_label_vote (void)
{
  const M ms[] = {
    { 0, "Xi Jinping", P }, { 0, "Xi", O }, { 0, "Xi", P }, { 1, "Xi", P }, { 1, "Xi", L },
    { 2, "Chinese", X }, { 2, "Chinese", X }, { 2, "China", L },
    { 3, "Paris", P }, { 4, "Paris", L }, { 4, "Paris", L },
  };
  g_autoptr(DossierLinker) linker = link_mentions (ms, G_N_ELEMENTS (ms), TRUE);
  guint xi = dossier_linker_get_mention_entity (linker, 0);
  guint china = dossier_linker_get_mention_entity (linker, 5);

  for (guint i = 1; i < 5; i++)
    g_assert_cmpuint (dossier_linker_get_mention_entity (linker, i), ==, xi);
  g_assert_cmpint (dossier_linker_get_entity_label (linker, xi), ==, DOSSIER_LABEL_PERSON);
  /* Demonyms do not outvote their place. */
  g_assert_cmpint (dossier_linker_get_entity_label (linker, china), ==, DOSSIER_LABEL_PLACE);
  /* A person and a city of one name: two entities, two names. */
  assert_apart (linker, 8, 9);
  g_assert_cmpstr (name_of (linker, 9), ==, "Paris");
  g_assert_cmpint (dossier_linker_get_entity_label (linker, dossier_linker_get_mention_entity (linker, 8)),
                   ==, DOSSIER_LABEL_PERSON);
}

static void
test_aliases (void)
{
  const M ms[] = {
    { 0, "WASHINGTON", L }, { 0, "Mr Blinken", P }, { 0, "Antony Blinken", P },
    { 1, "Blinken", P }, { 1, "Blinken", P },
  };
  g_autoptr(DossierLinker) linker = link_mentions (ms, G_N_ELEMENTS (ms), FALSE);
  guint e = dossier_linker_get_mention_entity (linker, 1);
  const char * const *aliases = dossier_linker_get_entity_aliases (linker, e);

  /* Capitals only: softened, as no article wrote it otherwise. */
  g_assert_cmpstr (name_of (linker, 0), ==, "Washington");
  assert_entity (linker, 1, 4, "Antony Blinken");
  g_assert_cmpuint (g_strv_length ((char **) aliases), ==, 2);
  g_assert_cmpstr (aliases[0], ==, "Blinken");
  g_assert_true (g_strv_contains (aliases, "Antony Blinken"));
  g_assert_cmpuint (dossier_linker_get_entity_n_mentions (linker, e), ==, 4);
  g_assert_cmpuint (dossier_linker_get_entity_n_articles (linker, e), ==, 2);
}

static void
test_org_parts (void)
{
  const M ms[] = {
    /* 0-2 */ { 0, "Church of Scientology", O }, { 0, "Scientology", O }, { 0, "Church", O },
    /* 3-4 */ { 1, "University of Helsinki", O }, { 1, "Helsinki", L },
    /* 5-6 */ { 2, "LibriVox", O }, { 2, "LV", O },
  };
  g_autoptr(DossierLinker) linker = link_mentions (ms, G_N_ELEMENTS (ms), TRUE);

  assert_entity (linker, 0, 2, "Church of Scientology");
  assert_apart (linker, 3, 4);
  assert_entity (linker, 5, 6, "LibriVox");
}

static void
test_many (void)
{
  /* Linking stays about linear: 200,000 mentions in 5,000 articles. */
  g_autoptr(DossierLinker) linker = dossier_linker_new (load_gazetteer ());
  gint64 t0;

  for (guint d = 0; d < 5000; d++)
    for (guint k = 0; k < 40; k++)
      {
        g_autofree char *full = g_strdup_printf ("Person%u Surname%u", (d + k) % 3000, (d * 7 + k) % 2000);
        g_autofree char *last = g_strdup_printf ("Surname%u", (d * 7 + k) % 2000);

        dossier_linker_add_mention (linker, d, k % 2 ? last : full, strlen (k % 2 ? last : full),
                                    DOSSIER_LABEL_PERSON);
      }
  t0 = g_get_monotonic_time ();
  dossier_linker_resolve (linker);
  g_test_message ("resolved 200,000 mentions in %.0f ms", (g_get_monotonic_time () - t0) / 1000.0);
  g_assert_cmpuint (dossier_linker_get_n_entities (linker), >, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/linker/xi", test_xi);
  g_test_add_func ("/linker/lukashenko", test_lukashenko);
  g_test_add_func ("/linker/zelensky", test_zelensky);
  g_test_add_func ("/linker/united-states", test_united_states);
  g_test_add_func ("/linker/acronyms", test_acronyms);
  g_test_add_func ("/linker/possessives", test_possessives);
  g_test_add_func ("/linker/two-bushes", test_two_bushes);
  g_test_add_func ("/linker/middle-names", test_middle_names);
  g_test_add_func ("/linker/person-named-like-place", test_person_named_like_place);
  g_test_add_func ("/linker/british", test_british);
  g_test_add_func ("/linker/label-vote", test_label_vote);
  g_test_add_func ("/linker/aliases", test_aliases);
  g_test_add_func ("/linker/org-parts", test_org_parts);
  g_test_add_func ("/linker/many", test_many);

  return g_test_run ();
}
