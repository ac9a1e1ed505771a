/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "bench-scroll"

#include "config.h"

#include <adwaita.h>
#include <stdlib.h>
#include <time.h>

#include "dossier-application.h"
#include "dossier-window.h"
#include "dossier-window-private.h"
#include "synthetic-corpus.h"

/* The real window, under Xvfb, with 100,000 synthetic articles: how long
 * a page of scrolling in the article list takes until the frame is
 * painted, and how long an entity click takes, until the models and
 * widgets are updated and until the frame with the new lists is painted.
 * BENCH_CLICK_ONLY=1 skips the scrolling; BENCH_CLICKS=N clicks N times
 * (20 by default), for a profiler; BENCH_EACH=1 prints every click;
 * BENCH_NO_READER=1 clicks with no article selected (the list is then
 * replaced whole, the selected article being no anchor). */

static guint painted;

/* CPU time of this thread: on a shared, loaded machine the wall clock
 * measures the other processes too. */
static double
cpu_ms (void)
{
  struct timespec ts;

  clock_gettime (CLOCK_THREAD_CPUTIME_ID, &ts);
  return ts.tv_sec * 1000.0 + ts.tv_nsec / 1e6;
}

static GtkWidget *toplevel;

/* CPU stamps of the phases of the last frame and of the filter's own work,
 * for the breakdown of a click. */
static double stamp_changed, stamp_layout, stamp_paint;

static gboolean
on_filter_changed_hook (GSignalInvocationHint *hint,
                        guint                  n_values,
                        const GValue          *values,
                        gpointer               user_data)
{
  stamp_changed = cpu_ms ();
  return TRUE;
}

static void
on_layout (GdkFrameClock *clock,
           gpointer       user_data)
{
  stamp_layout = cpu_ms ();
}

static void
on_paint (GdkFrameClock *clock,
          gpointer       user_data)
{
  stamp_paint = cpu_ms ();
}

static void
on_after_paint (GdkFrameClock *clock,
                gpointer       user_data)
{
  painted++;
}

static double
until_painted (gint64 start)
{
  guint target = painted + 1;
  gint64 deadline = g_get_monotonic_time () + 2 * G_USEC_PER_SEC;

  /* A frame is always asked for, so that the clock ticks; the loop never
   * blocks, so that the deadline holds. */
  gtk_widget_queue_draw (toplevel);
  while (painted < target && g_get_monotonic_time () < deadline)
    if (!g_main_context_iteration (NULL, FALSE))
      g_usleep (100);
  return (g_get_monotonic_time () - start) / 1000.0;
}

static int
compare_doubles (const void *a,
                 const void *b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return x < y ? -1 : x > y;
}

static void
report (const char *what,
        double     *ms,
        guint       n)
{
  double total = 0;

  qsort (ms, n, sizeof (double), compare_doubles);
  for (guint i = 0; i < n; i++)
    total += ms[i];
  g_print ("%-44s mean %6.2f ms  median %6.2f ms  95th %6.2f ms  max %6.2f ms\n",
           what, total / n, ms[n / 2], ms[n * 95 / 100], ms[n - 1]);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(DossierCorpus) corpus = NULL;
  DossierWindow *window;
  GtkWidget *list;
  GtkAdjustment *adjustment;
  GdkFrameClock *clock;
  double scroll_ms[200], scroll_cpu[200];
  guint n_clicks = g_getenv ("BENCH_CLICKS") ? MAX (1, atoi (g_getenv ("BENCH_CLICKS"))) : 20;
  g_autofree double *click_ms = g_new (double, n_clicks);
  g_autofree double *sync_ms = g_new (double, n_clicks);
  g_autofree double *click_cpu = g_new (double, n_clicks);
  g_autofree double *sync_cpu = g_new (double, n_clicks);
  g_autofree double *filter_cpu = g_new (double, n_clicks);
  g_autofree double *layout_cpu = g_new (double, n_clicks);
  g_autofree double *paint_cpu = g_new (double, n_clicks);

  dossier_ui_init ();
  gtk_init ();
  adw_init ();

  corpus = synthetic_corpus_new ();
  window = dossier_window_new (NULL);
  toplevel = GTK_WIDGET (window);
  gtk_window_set_default_size (GTK_WINDOW (window), 1200, 800);
  gtk_window_present (GTK_WINDOW (window));
  while (!gtk_widget_get_mapped (GTK_WIDGET (window)))
    g_main_context_iteration (NULL, TRUE);
  dossier_window_show_corpus (window, corpus);

  clock = gtk_widget_get_frame_clock (GTK_WIDGET (window));
  g_signal_connect (clock, "after-paint", G_CALLBACK (on_after_paint), NULL);
  /* Connected after the window's own handlers: these run once GTK has
   * laid out, and snapshotted and rendered, the frame. */
  g_signal_connect (clock, "layout", G_CALLBACK (on_layout), NULL);
  g_signal_connect (clock, "paint", G_CALLBACK (on_paint), NULL);
  g_signal_add_emission_hook (g_signal_lookup ("changed", DOSSIER_TYPE_FILTER), 0,
                              on_filter_changed_hook, NULL, NULL);
  list = GTK_WIDGET (dossier_window_get_article_list (window));
  adjustment = gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (list));
  for (guint i = 0; i < 10; i++)
    until_painted (g_get_monotonic_time ());
  g_print ("%u articles in the window, drawn by %s\n", g_list_model_get_n_items (dossier_window_get_article_model (window)),
           G_OBJECT_TYPE_NAME (gtk_native_get_renderer (GTK_NATIVE (window))));

  /* Page down, 200 times. */
  for (guint i = 0; i < G_N_ELEMENTS (scroll_ms) && !g_getenv ("BENCH_CLICK_ONLY"); i++)
    {
      gint64 start = g_get_monotonic_time ();
      double cpu = cpu_ms ();

      gtk_adjustment_set_value (adjustment,
                                gtk_adjustment_get_value (adjustment) + gtk_adjustment_get_page_size (adjustment));
      gtk_widget_queue_draw (GTK_WIDGET (window));
      scroll_ms[i] = until_painted (start);
      scroll_cpu[i] = cpu_ms () - cpu;
    }
  if (!g_getenv ("BENCH_CLICK_ONLY"))
    {
      report ("scroll one page, to the next frame (wall)", scroll_ms, G_N_ELEMENTS (scroll_ms));
      report ("scroll one page, to the next frame (CPU)", scroll_cpu, G_N_ELEMENTS (scroll_cpu));
    }

  /* Click the most frequent entity (in 55% of the articles) and back. */
  for (guint i = 0; i < n_clicks; i++)
    {
      DossierFilter *filter = dossier_window_get_filter (window);
      gint64 start;
      double cpu;

      dossier_filter_clear (filter);
      if (g_getenv ("BENCH_NO_READER"))
        {
          gtk_single_selection_set_autoselect (dossier_window_get_selection (window), FALSE);
          gtk_single_selection_set_selected (dossier_window_get_selection (window), GTK_INVALID_LIST_POSITION);
        }
      until_painted (g_get_monotonic_time ());
      start = g_get_monotonic_time ();
      cpu = cpu_ms ();
      dossier_filter_add_entity (filter, i % 2 ? 30000 : 0);
      sync_ms[i] = (g_get_monotonic_time () - start) / 1000.0;
      sync_cpu[i] = cpu_ms () - cpu;
      click_ms[i] = until_painted (start);
      click_cpu[i] = cpu_ms () - cpu;
      filter_cpu[i] = stamp_changed - cpu;
      layout_cpu[i] = stamp_layout - (cpu + sync_cpu[i]);
      paint_cpu[i] = stamp_paint - stamp_layout;
      if (g_getenv ("BENCH_EACH"))
        g_print ("click %2u on entity %5u (CPU): filter %5.2f, models and widgets %5.2f, layout %5.2f, "
                 "snapshot and render %5.2f, to the painted frame %6.2f ms\n",
                 i, i % 2 ? 30000 : 0, filter_cpu[i], sync_cpu[i], layout_cpu[i], paint_cpu[i], click_cpu[i]);
    }
  report ("entity click, models and widgets (wall)", sync_ms, n_clicks);
  report ("entity click, models and widgets (CPU)", sync_cpu, n_clicks);
  report ("  of which the filter's own work (CPU)", filter_cpu, n_clicks);
  report ("  then the frame's layout (CPU)", layout_cpu, n_clicks);
  report ("  then its snapshot and render (CPU)", paint_cpu, n_clicks);
  report ("entity click, to the painted frame (wall)", click_ms, n_clicks);
  report ("entity click, to the painted frame (CPU)", click_cpu, n_clicks);

  gtk_window_destroy (GTK_WINDOW (window));
  return 0;
}
