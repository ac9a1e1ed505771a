/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-language"

#include "config.h"

#include <string.h>

#include "dossier-core.h"

/* Sample sentences written for these tests. */
static const char english[] =
  "The Belarusian leader arrived in Beijing on Tuesday for a three-day visit, "
  "state media said, as China presents itself as a neutral party in the war in "
  "Ukraine. He is expected to meet the Chinese president and discuss trade.";
static const char english_names[] =
  "Alexander Lukashenko, Xi Jinping, Vladimir Putin and Volodymyr Zelenskyy: "
  "Minsk, Beijing, Moscow, Kyiv. BBC Monitoring, Belta, CCTV, Reuters, AP.";
static const char french[] =
  "Le dirigeant biélorusse est arrivé mardi à Pékin pour une visite de trois "
  "jours, selon les médias d'État, alors que la Chine se présente comme une "
  "partie neutre dans la guerre en Ukraine. Il doit rencontrer le président.";
static const char german[] =
  "Der belarussische Machthaber ist am Dienstag zu einem dreitägigen Besuch in "
  "Peking eingetroffen, wie Staatsmedien berichteten. China stellt sich im Krieg "
  "in der Ukraine als neutral dar. Er soll den Präsidenten treffen.";
static const char russian[] =
  "Белорусский лидер прибыл во вторник в Пекин с трёхдневным визитом, сообщили "
  "государственные СМИ. Китай представляет себя нейтральной стороной в войне на "
  "Украине. Ожидается, что он встретится с председателем КНР.";
static const char spanish[] =
  "El líder bielorruso llegó el martes a Pekín para una visita de tres días, "
  "según los medios estatales, mientras China se presenta como una parte neutral "
  "en la guerra de Ucrania. Se espera que se reúna con el presidente chino.";

static void
test_detect (void)
{
  g_assert_cmpstr (dossier_language_detect (english, strlen (english)), ==, "en");
  g_assert_cmpstr (dossier_language_detect (french, strlen (french)), ==, "fr");
  g_assert_cmpstr (dossier_language_detect (german, strlen (german)), ==, "de");
  g_assert_cmpstr (dossier_language_detect (russian, strlen (russian)), ==, "ru");
  g_assert_cmpstr (dossier_language_detect (spanish, strlen (spanish)), ==, "es");
}

static void
test_is_english (void)
{
  g_assert_true (dossier_language_is_english (english, strlen (english)));
  g_assert_false (dossier_language_is_english (french, strlen (french)));
  g_assert_false (dossier_language_is_english (german, strlen (german)));
  g_assert_false (dossier_language_is_english (russian, strlen (russian)));
  g_assert_false (dossier_language_is_english (spanish, strlen (spanish)));
  /* Too little to tell: analyse rather than drop. */
  g_assert_true (dossier_language_is_english ("", 0));
  g_assert_true (dossier_language_is_english ("Minsk", 5));
  g_assert_true (dossier_language_is_english (english_names, strlen (english_names)));
}

static void
test_long (void)
{
  /* Only the start is read, and a cut inside a character is harmless. */
  g_autoptr(GString) s = g_string_new (NULL);

  while (s->len < 100000)
    g_string_append (s, russian);
  g_assert_cmpstr (dossier_language_detect (s->str, s->len), ==, "ru");
  g_string_truncate (s, 0);
  while (s->len < 100000)
    g_string_append (s, english);
  g_assert_true (dossier_language_is_english (s->str, s->len));
}

static gpointer
detect_thread (gpointer data)
{
  for (guint i = 0; i < 50; i++)
    {
      g_assert_cmpstr (dossier_language_detect (french, strlen (french)), ==, "fr");
      g_assert_cmpstr (dossier_language_detect (english, strlen (english)), ==, "en");
    }
  return NULL;
}

static void
test_threads (void)
{
  GThread *threads[4];

  for (guint i = 0; i < G_N_ELEMENTS (threads); i++)
    threads[i] = g_thread_new ("detect", detect_thread, NULL);
  for (guint i = 0; i < G_N_ELEMENTS (threads); i++)
    g_thread_join (threads[i]);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/language/detect", test_detect);
  g_test_add_func ("/language/is-english", test_is_english);
  g_test_add_func ("/language/long", test_long);
  g_test_add_func ("/language/threads", test_threads);

  return g_test_run ();
}
