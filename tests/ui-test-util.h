/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "dossier-window.h"

G_BEGIN_DECLS

/* Helpers shared by the UI tests (test-window, test-search-ui,
 * test-notes-ui): they drive the real main loop under Xvfb, so every wait
 * is a poll with a deadline rather than a blocking call. */

#define UI_TEST_DEADLINE_US (20 * G_USEC_PER_SEC)

typedef gboolean (*UiTestCondition) (gpointer data);

gboolean       ui_test_wait_for_us          (UiTestCondition  condition,
                                             gpointer         data,
                                             gint64           timeout_us);
gboolean       ui_test_wait_for             (UiTestCondition  condition,
                                             gpointer         data);
void           ui_test_spin                 (guint            ms);
gboolean       ui_test_is_mapped            (gpointer         data);
gboolean       ui_test_is_loaded            (gpointer         data);
char          *ui_test_sample_dir           (void);
DossierWindow *ui_test_open_window          (const char      *path,
                                             int              width,
                                             int              height,
                                             guint            settle_ms);
void           ui_test_close_window         (DossierWindow   *window);
char          *ui_test_make_seed_folder     (const char      *tmpl);
void           ui_test_remove_seed_folder   (const char      *dir);
void           ui_test_load_app_style       (void);

G_END_DECLS
