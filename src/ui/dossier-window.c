/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "dossier-window"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>
#include <time.h>

#include "dossier-application.h"
#include "dossier-article-row.h"
#include "dossier-entity-panel.h"
#include "dossier-entity-row.h"
#include "dossier-reader.h"
#include "dossier-row-factory.h"
#include "dossier-slot-selection.h"
#include "dossier-search-controller.h"
#include "dossier-window.h"
#include "dossier-window-private.h"
#include "dossier-window-notes.h"
#include "dossier-corpus-private.h"

#define MAX_RECENT 8
#define SCREENSHOT_WIDTH 1200
#define SCREENSHOT_HEIGHT 800

/**
 * DossierWindow:
 *
 * The main window: a start page, a loading page, and the three panes of an
 * opened folder (entities, articles, reader). The article list is the
 * corpus seen through a #DossierFilter (entities AND search text) and a
 * sorter; the filter is shared with the entity panel and the reader, and
 * each of them follows its #DossierFilter::changed signal.
 */
struct _DossierWindow
{
  AdwApplicationWindow parent_instance;

  GSettings *settings;
  DossierCorpus *corpus;
  DossierFilter *filter;
  DossierSearchController *search;
  GCancellable *cancellable;
  gint64 open_started;    /* µs, for G_MESSAGES_DEBUG=dossier-window */
  char *sort_order;

  DossierArticleList *articles;
  DossierExtractor *extractor;
  gboolean extractor_failed;
  DossierCorrections *corrections;
  gboolean base_stale;
  gboolean applying;
  guint apply_idle;
  GtkSingleSelection *selection;
  DossierArticle *keep_selected;
  gboolean rebuilding;

  char *screenshot_path;
  char *screenshot_entity;
  char *screenshot_search;
  guint screenshot_ticks;
  guint screenshot_timeout;
  gboolean screenshot_started;

  AdwWindowTitle *window_title;
  GtkButton *back_button;
  GtkToggleButton *flap_button;
  GtkSearchEntry *search_entry;
  AdwToastOverlay *toast_overlay;
  GtkStack *main_stack;
  GtkWidget *recent_box;
  GtkListBox *recent_list;
  AdwStatusPage *loading_page;
  GtkProgressBar *progress_bar;
  GtkRevealer *errors_revealer;
  GtkLabel *errors_label;
  AdwFlap *flap;
  AdwLeaflet *leaflet;
  GtkWidget *sidebar;
  GtkRevealer *chips_revealer;
  GtkFlowBox *chips_box;
  GtkLabel *count_label;
  GtkStack *list_stack;
  GtkGridView *article_list;
  DossierReader *reader;
  DossierEntityPanel *entity_panel;
};

G_DEFINE_FINAL_TYPE (DossierWindow, dossier_window, ADW_TYPE_APPLICATION_WINDOW)

enum {
  PROP_0,
  PROP_SORT_ORDER,
  PROP_LOADING,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void take_screenshot_when_ready (DossierWindow *self);

/* Sorting */

static void
set_sort_order (DossierWindow *self,
                const char    *order)
{
  DossierSortOrder sort;

  if (g_strcmp0 (order, self->sort_order) == 0 || !dossier_sort_order_from_string (order, &sort))
    return;
  g_free (self->sort_order);
  self->sort_order = g_strdup (order);
  if (self->articles)
    dossier_article_list_set_sort (self->articles, sort);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SORT_ORDER]);
}

/* Filtering */

/* A query that cannot be read says why where the count goes, in full, not
 * only in the entry's tooltip: the list above stays as it was. */
static void
show_search_error (DossierWindow *self)
{
  const char *error = self->search ? dossier_search_controller_get_error (self->search) : NULL;
  GtkWidget *label = GTK_WIDGET (self->count_label);

  if (error)
    gtk_label_set_label (self->count_label, error);
  gtk_label_set_wrap (self->count_label, error != NULL);
  gtk_label_set_ellipsize (self->count_label, error ? PANGO_ELLIPSIZE_NONE : PANGO_ELLIPSIZE_END);
  if (error)
    {
      gtk_widget_add_css_class (label, "error");
      gtk_widget_remove_css_class (label, "dim-label");
    }
  else
    {
      gtk_widget_remove_css_class (label, "error");
      gtk_widget_add_css_class (label, "dim-label");
    }
}

static void
update_count (DossierWindow *self)
{
  guint shown = self->articles ? g_list_model_get_n_items (G_LIST_MODEL (self->articles)) : 0;
  guint total = self->corpus ? g_list_model_get_n_items (G_LIST_MODEL (self->corpus)) : 0;
  g_autofree char *text = NULL;

  if (self->filter && dossier_filter_is_active (self->filter))
    /* TRANSLATORS: "3 of 12 articles" */
    text = g_strdup_printf (ngettext ("%u of %u article", "%u of %u articles", total), shown, total);
  else
    text = g_strdup_printf (ngettext ("%u article", "%u articles", total), total);
  gtk_label_set_label (self->count_label, text);
  gtk_stack_set_visible_child_name (self->list_stack, shown > 0 || total == 0 ? "list" : "none");
  show_search_error (self);
}

static void
on_chip_clicked (GtkButton     *button,
                 DossierWindow *self)
{
  guint32 id = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (button), "entity-id"));

  if (self->filter)
    dossier_filter_remove_entity (self->filter, id);
}

static void
update_chips (DossierWindow *self)
{
  GtkWidget *child;
  const guint32 *ids = NULL;
  guint n = 0;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->chips_box))))
    gtk_flow_box_remove (self->chips_box, child);

  if (self->filter)
    ids = dossier_filter_get_entities (self->filter, &n);
  for (guint i = 0; i < n; i++)
    {
      DossierEntity *entity = dossier_corpus_get_entity_by_id (self->corpus, ids[i]);
      GtkWidget *button, *box, *label, *icon;
      g_autofree char *tooltip = NULL;

      if (entity == NULL)
        continue;
      box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 4);
      label = gtk_label_new (dossier_entity_get_name (entity));
      gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
      gtk_label_set_max_width_chars (GTK_LABEL (label), 24);
      icon = gtk_image_new_from_icon_name ("window-close-symbolic");
      gtk_box_append (GTK_BOX (box), label);
      gtk_box_append (GTK_BOX (box), icon);

      button = gtk_button_new ();
      gtk_widget_set_halign (button, GTK_ALIGN_START);
      gtk_button_set_child (GTK_BUTTON (button), box);
      gtk_widget_add_css_class (button, "chip");
      gtk_widget_add_css_class (button, dossier_label_css_class (dossier_entity_get_label (entity)));
      /* TRANSLATORS: %s is an entity name in the filter */
      tooltip = g_strdup_printf (_("Remove “%s” From the Filter"), dossier_entity_get_name (entity));
      gtk_widget_set_tooltip_text (button, tooltip);
      gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, tooltip, -1);
      g_object_set_data (G_OBJECT (button), "entity-id", GUINT_TO_POINTER (ids[i]));
      g_signal_connect (button, "clicked", G_CALLBACK (on_chip_clicked), self);
      gtk_flow_box_append (self->chips_box, button);
    }
  gtk_revealer_set_reveal_child (self->chips_revealer, n > 0);
}

static void
on_filter_changed (DossierWindow *self)
{
  update_chips (self);
  update_count (self);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "window.clear-filter",
                                 dossier_filter_is_active (self->filter));
}

static void
on_search_changed (DossierWindow  *self,
                   GtkSearchEntry *entry)
{
  dossier_search_controller_update (self->search);
}

/* The reader highlights what the list was searched for. */
static void
on_search_results (DossierWindow *self)
{
  dossier_reader_set_search (self->reader, dossier_search_controller_get_query (self->search));
  update_count (self);
}

static void
on_stop_search (DossierWindow  *self,
                GtkSearchEntry *entry)
{
  if (*gtk_editable_get_text (GTK_EDITABLE (entry)))
    gtk_editable_set_text (GTK_EDITABLE (entry), "");
  else if (self->filter)
    dossier_filter_clear (self->filter);
}

static void
on_entity_activated (DossierWindow *self,
                     guint          entity_id,
                     DossierReader *reader)
{
  if (self->filter)
    dossier_filter_add_entity (self->filter, entity_id);
}

/* Selection and adaptive layout */

static void
on_selected_item (DossierWindow *self)
{
  /* While the list is rebuilt, the selection wanders: see on_list_changed(). */
  if (self->rebuilding)
    return;
  /* Its moves in the list come apart from the rest: the selection follows
   * it without looking for it through the whole list. */
  if (self->articles)
    dossier_article_list_set_pinned (self->articles, gtk_single_selection_get_selected_item (self->selection));
  dossier_reader_set_article (self->reader, gtk_single_selection_get_selected_item (self->selection));
}

/* A filter change replaces the whole list in one items-changed, which
 * makes GtkSingleSelection forget the selected article. These two handlers
 * run before and after the selection's own: the article being read stays
 * selected (and the reader untouched) when it is still in the list. */
static void
on_list_changing (DossierWindow *self)
{
  self->rebuilding = TRUE;
  g_set_object (&self->keep_selected, gtk_single_selection_get_selected_item (self->selection));
}

static void
on_list_changed (DossierWindow *self)
{
  self->rebuilding = FALSE;
  if (self->keep_selected)
    {
      guint position = dossier_article_list_find (self->articles, self->keep_selected);

      /* Its file changed on disk: the new article of the same path. */
      if (position == G_MAXUINT && self->corpus)
        {
          DossierArticle *now = dossier_corpus_find_article (self->corpus,
                                                             dossier_article_get_path (self->keep_selected));

          if (now)
            position = dossier_article_list_find (self->articles, now);
        }
      if (position != G_MAXUINT && position != gtk_single_selection_get_selected (self->selection))
        gtk_single_selection_set_selected (self->selection, position);
      g_clear_object (&self->keep_selected);
    }
  on_selected_item (self);
  update_count (self);
}

static void
update_back_button (DossierWindow *self)
{
  gboolean folded = adw_leaflet_get_folded (self->leaflet);

  gtk_widget_set_visible (GTK_WIDGET (self->back_button),
                          folded && adw_leaflet_get_visible_child (self->leaflet) == GTK_WIDGET (self->reader));
  /* Narrow, the reader is a page of its own: one click opens an article. */
  gtk_grid_view_set_single_click_activate (self->article_list, folded);
}

static void
on_back_clicked (DossierWindow *self)
{
  adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_BACK);
}

static void
on_article_activate (DossierWindow *self,
                     guint          position,
                     GtkGridView   *list)
{
  gtk_single_selection_set_selected (self->selection, position);
  if (adw_leaflet_get_folded (self->leaflet))
    adw_leaflet_set_visible_child (self->leaflet, GTK_WIDGET (self->reader));
}

static GtkWidget *
new_article_row (gpointer user_data)
{
  DossierWindow *self = user_data;
  GtkWidget *row = dossier_article_row_new ();

  dossier_article_row_set_search (DOSSIER_ARTICLE_ROW (row), self->search);
  return row;
}

static void
bind_article_row (GtkWidget *row,
                  gpointer   item,
                  gpointer   user_data)
{
  dossier_article_row_set_article (DOSSIER_ARTICLE_ROW (row), item);
}

/* Recent folders */

static void open_folder_path (DossierWindow *self,
                              const char    *path);

static void
on_recent_activated (GtkListBox    *list,
                     GtkListBoxRow *row,
                     DossierWindow *self)
{
  open_folder_path (self, g_object_get_data (G_OBJECT (row), "path"));
}

static void
remove_recent (DossierWindow *self,
               const char    *path)
{
  g_auto(GStrv) recent = g_settings_get_strv (self->settings, "recent-folders");
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) kept = NULL;
  g_autofree char *last = g_settings_get_string (self->settings, "last-folder");

  for (guint i = 0; recent[i]; i++)
    if (g_strcmp0 (recent[i], path) != 0)
      g_strv_builder_add (builder, recent[i]);
  kept = g_strv_builder_end (builder);
  g_settings_set_strv (self->settings, "recent-folders", (const char * const *) kept);
  /* Or the next start would open it again. */
  if (g_strcmp0 (last, path) == 0)
    g_settings_set_string (self->settings, "last-folder", "");
}

static void
remove_recent_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  remove_recent (DOSSIER_WINDOW (widget), g_variant_get_string (parameter, NULL));
}

static void
update_recent (DossierWindow *self)
{
  g_auto(GStrv) recent = g_settings_get_strv (self->settings, "recent-folders");
  GtkWidget *child;
  guint n = 0;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->recent_list))))
    gtk_list_box_remove (self->recent_list, child);

  for (guint i = 0; recent[i]; i++)
    {
      g_autofree char *name = g_path_get_basename (recent[i]);
      g_autofree char *display = NULL;
      g_autofree char *menu_label = NULL;
      const char *home = g_get_home_dir ();
      GtkWidget *row, *button;
      GMenu *menu;
      GMenuItem *item;

      if (g_str_has_prefix (recent[i], home) && recent[i][strlen (home)] == '/')
        display = g_strconcat ("~", recent[i] + strlen (home), NULL);
      else
        display = g_strdup (recent[i]);

      row = adw_action_row_new ();
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), name);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), display);
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
      g_object_set_data_full (G_OBJECT (row), "path", g_strdup (recent[i]), g_free);

      /* Taking a folder off the list and forgetting it (deleting its
       * notes) sit in a menu, not as two icons side by side: the
       * destructive one is never a click away from the harmless one. */
      menu = g_menu_new ();
      item = g_menu_item_new (_("_Remove From List"), NULL);
      g_menu_item_set_action_and_target_value (item, "window.remove-recent", g_variant_new_string (recent[i]));
      g_menu_append_item (menu, item);
      g_clear_object (&item);
      item = g_menu_item_new (_("_Forget Folder…"), NULL);
      g_menu_item_set_action_and_target_value (item, "window.forget-folder", g_variant_new_string (recent[i]));
      g_menu_append_item (menu, item);
      g_clear_object (&item);

      button = gtk_menu_button_new ();
      gtk_menu_button_set_icon_name (GTK_MENU_BUTTON (button), "view-more-symbolic");
      gtk_menu_button_set_menu_model (GTK_MENU_BUTTON (button), G_MENU_MODEL (menu));
      gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
      gtk_widget_add_css_class (button, "flat");
      gtk_widget_set_tooltip_text (button, _("Remove or Forget"));
      /* TRANSLATORS: %s is a folder name */
      menu_label = g_strdup_printf (_("Remove or Forget “%s”"), name);
      gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, menu_label, -1);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);
      g_object_unref (menu);

      gtk_list_box_append (self->recent_list, row);
      n++;
    }
  gtk_widget_set_visible (self->recent_box, n > 0);
}

static void
remember_folder (DossierWindow *self,
                 const char    *path)
{
  g_auto(GStrv) recent = g_settings_get_strv (self->settings, "recent-folders");
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) updated = NULL;
  guint n = 1;

  g_strv_builder_add (builder, path);
  for (guint i = 0; recent[i] && n < MAX_RECENT; i++)
    if (g_strcmp0 (recent[i], path) != 0)
      {
        g_strv_builder_add (builder, recent[i]);
        n++;
      }
  updated = g_strv_builder_end (builder);
  g_settings_set_strv (self->settings, "recent-folders", (const char * const *) updated);
  g_settings_set_string (self->settings, "last-folder", path);
}

/* Entity corrections */

AdwToast *
dossier_toast_new_plain (const char *text)
{
  g_autofree char *escaped = g_markup_escape_text (text, -1);

  return adw_toast_new (escaped);
}

static void
show_error (DossierWindow *self,
            const char    *message)
{
  adw_toast_overlay_add_toast (self->toast_overlay, dossier_toast_new_plain (message));
}

static void
ensure_base (DossierWindow *self)
{
  /* The base is what the extractor made: taken before any correction is
   * applied to a new set of entities. */
  if (self->base_stale)
    {
      dossier_corrections_rebase (self->corrections, self->corpus);
      self->base_stale = FALSE;
    }
}

static void
apply_corrections (DossierWindow *self)
{
  ensure_base (self);
  self->applying = TRUE;
  dossier_corrections_apply (self->corrections, self->corpus);
  self->applying = FALSE;
}

static gboolean
apply_idle_cb (gpointer user_data)
{
  DossierWindow *self = user_data;

  self->apply_idle = 0;
  if (self->corpus && self->corrections && dossier_corrections_get_n (self->corrections) > 0)
    apply_corrections (self);
  return G_SOURCE_REMOVE;
}

static void
on_entities_arrived (DossierWindow *self)
{
  if (self->applying)
    return;
  /* New entities from the extractor: the corrections go on top, from an
   * idle, never from inside the list's own items-changed emission. */
  self->base_stale = TRUE;
  if (self->apply_idle == 0)
    self->apply_idle = g_idle_add (apply_idle_cb, self);
}

static void
corrected (DossierWindow *self,
           gboolean       ok,
           GError        *error,
           const char    *message)
{
  AdwToast *toast;

  if (!ok)
    {
      show_error (self, error ? error->message : _("The correction could not be saved"));
      return;
    }
  apply_corrections (self);
  toast = dossier_toast_new_plain (message);
  adw_toast_set_button_label (toast, _("_Undo"));
  adw_toast_set_action_name (toast, "window.undo-correction");
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

static DossierEntity *
entity_for_action (DossierWindow *self,
                   guint32        id)
{
  if (self->corpus == NULL || self->corrections == NULL)
    return NULL;
  ensure_base (self);
  return dossier_corpus_get_entity_by_id (self->corpus, id);
}

static void
merge_entity_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  DossierWindow *self = DOSSIER_WINDOW (widget);
  DossierEntity *into = entity_for_action (self, g_variant_get_uint32 (parameter));
  g_autoptr(GArray) others = g_array_new (FALSE, FALSE, sizeof (guint32));
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;
  const guint32 *ids;
  guint n;
  guint32 into_id;
  gboolean ok = TRUE;

  if (into == NULL)
    return;
  /* The other entities of the filter are merged into this one. */
  ids = dossier_filter_get_entities (self->filter, &n);
  for (guint i = 0; i < n; i++)
    if (ids[i] != dossier_entity_get_id (into))
      g_array_append_val (others, ids[i]);
  if (others->len == 0)
    return;
  for (guint i = 0; i < others->len && ok; i++)
    ok = dossier_corrections_merge (self->corrections,
                                    dossier_corpus_get_entity_by_id (self->corpus, g_array_index (others, guint32, i)),
                                    into, &error);
  /* TRANSLATORS: %s is an entity name */
  message = g_strdup_printf (_("Merged into “%s”"), dossier_entity_get_name (into));
  into_id = dossier_entity_get_id (into);
  /* Applying replaces the entity objects: @into is gone after this. */
  corrected (self, ok, error, message);
  dossier_filter_add_entity (self->filter, into_id);
}

static void
not_entity_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  DossierWindow *self = DOSSIER_WINDOW (widget);
  DossierEntity *entity = entity_for_action (self, g_variant_get_uint32 (parameter));
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;
  gboolean ok;

  if (entity == NULL)
    return;
  /* TRANSLATORS: %s is a name that the user said is not an entity */
  message = g_strdup_printf (_("“%s” is no longer an entity"), dossier_entity_get_name (entity));
  ok = dossier_corrections_not_entity (self->corrections, entity, &error);
  corrected (self, ok, error, message);
}

static void
relabel_entity_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  DossierWindow *self = DOSSIER_WINDOW (widget);
  guint32 id, label;
  DossierEntity *entity;
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;
  gboolean ok;

  g_variant_get (parameter, "(uu)", &id, &label);
  entity = entity_for_action (self, id);
  if (entity == NULL || label >= DOSSIER_N_LABELS || label == dossier_entity_get_label (entity))
    return;
  /* TRANSLATORS: "“Belta” is now an Organisation" */
  message = g_strdup_printf (_("“%s” is now: %s"), dossier_entity_get_name (entity),
                             dossier_label_display_name (label));
  ok = dossier_corrections_relabel (self->corrections, entity, label, &error);
  corrected (self, ok, error, message);
}

static void
split_alias_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  DossierWindow *self = DOSSIER_WINDOW (widget);
  guint32 id;
  const char *alias;
  DossierEntity *entity;
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;
  gboolean ok;

  g_variant_get (parameter, "(u&s)", &id, &alias);
  entity = entity_for_action (self, id);
  if (entity == NULL)
    return;
  /* TRANSLATORS: the first %s is an alias, the second an entity name */
  message = g_strdup_printf (_("“%s” split off “%s”"), alias, dossier_entity_get_name (entity));
  ok = dossier_corrections_split (self->corrections, entity, alias, &error);
  corrected (self, ok, error, message);
}

static void
on_rename_response (AdwMessageDialog *dialog,
                    const char       *response,
                    DossierWindow    *self)
{
  GtkEditable *entry = g_object_get_data (G_OBJECT (dialog), "entry");
  guint32 id = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (dialog), "entity-id"));
  g_autofree char *name = g_strstrip (g_strdup (gtk_editable_get_text (entry)));
  DossierEntity *entity;
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;
  gboolean ok;

  if (!g_str_equal (response, "rename") || *name == '\0')
    return;
  entity = entity_for_action (self, id);
  if (entity == NULL || g_str_equal (name, dossier_entity_get_name (entity)))
    return;
  /* TRANSLATORS: %s is the new name of an entity */
  message = g_strdup_printf (_("Renamed to “%s”"), name);
  ok = dossier_corrections_rename (self->corrections, entity, name, &error);
  corrected (self, ok, error, message);
}

static void
rename_entity_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  DossierWindow *self = DOSSIER_WINDOW (widget);
  guint32 id = g_variant_get_uint32 (parameter);
  DossierEntity *entity = entity_for_action (self, id);
  GtkWidget *dialog, *entry;

  if (entity == NULL)
    return;
  dialog = adw_message_dialog_new (GTK_WINDOW (self), _("Rename Entity"),
                                   _("The name shown for it everywhere; the names it is mentioned by stay its aliases."));
  entry = gtk_entry_new ();
  gtk_editable_set_text (GTK_EDITABLE (entry), dossier_entity_get_name (entity));
  gtk_entry_set_activates_default (GTK_ENTRY (entry), TRUE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (entry), GTK_ACCESSIBLE_PROPERTY_LABEL, _("New Name"), -1);
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), entry);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "rename", _("_Rename"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "rename", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "rename");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_object_set_data (G_OBJECT (dialog), "entry", entry);
  g_object_set_data (G_OBJECT (dialog), "entity-id", GUINT_TO_POINTER (id));
  g_signal_connect (dialog, "response", G_CALLBACK (on_rename_response), self);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
undo_correction_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  DossierWindow *self = DOSSIER_WINDOW (widget);
  g_autoptr(GError) error = NULL;

  if (self->corpus == NULL || self->corrections == NULL)
    return;
  ensure_base (self);
  if (dossier_corrections_undo (self->corrections, &error))
    {
      apply_corrections (self);
      adw_toast_overlay_add_toast (self->toast_overlay, dossier_toast_new_plain (_("Correction undone")));
    }
  else if (error)
    show_error (self, error->message);
}

/* Loading */

static void
update_progress (DossierWindow *self)
{
  guint done, total;
  g_autofree char *text = NULL;

  if (self->corpus == NULL)
    return;
  done = dossier_corpus_get_n_done (self->corpus);
  total = dossier_corpus_get_n_files (self->corpus);
  if (total == 0)
    {
      gtk_progress_bar_pulse (self->progress_bar);
      text = g_strdup (_("Looking for articles…"));
    }
  else
    {
      gtk_progress_bar_set_fraction (self->progress_bar, (double) done / total);
      /* TRANSLATORS: progress while opening a folder */
      text = g_strdup_printf (ngettext ("Read %u of %u file", "Read %u of %u files", total), done, total);
    }
  adw_status_page_set_description (self->loading_page, text);
}

static void
update_title (DossierWindow *self)
{
  g_autofree char *name = NULL;
  g_autofree char *subtitle = NULL;
  guint n;

  if (self->corpus == NULL)
    {
      adw_window_title_set_title (self->window_title, _("Dossier"));
      adw_window_title_set_subtitle (self->window_title, NULL);
      gtk_window_set_title (GTK_WINDOW (self), _("Dossier"));
      return;
    }
  name = g_file_get_basename (dossier_corpus_get_folder (self->corpus));
  n = g_list_model_get_n_items (G_LIST_MODEL (self->corpus));
  if (dossier_corpus_get_loading (self->corpus))
    subtitle = g_strdup (_("Opening…"));
  else
    subtitle = g_strdup_printf (ngettext ("%u article", "%u articles", n), n);
  adw_window_title_set_title (self->window_title, name);
  adw_window_title_set_subtitle (self->window_title, subtitle);
  gtk_window_set_title (GTK_WINDOW (self), name);
}

static void
set_folder_open (DossierWindow *self,
                 gboolean       open)
{
  /* Nothing to search or filter on the start page: hidden, not greyed. */
  gtk_widget_set_visible (GTK_WIDGET (self->search_entry), open);
  gtk_widget_set_visible (GTK_WIDGET (self->flap_button), open);
}

/* The cache is disposable: a rebuilt or unwritable one costs time, not
 * articles, so it is said in passing, not as an error page. */
static void
show_cache_messages (DossierWindow *self)
{
  const GError *index_error = dossier_corpus_get_index_error (self->corpus);
  DossierIndex *index = dossier_corpus_get_index (self->corpus);
  const char *reason = index ? dossier_index_get_rebuild_reason (index) : NULL;

  if (index_error)
    {
      g_autofree char *text = NULL;

      if (g_error_matches (index_error, DOSSIER_INDEX_ERROR, DOSSIER_INDEX_ERROR_FULL))
        text = g_strdup (_("The disk is full: the search index could not be saved"));
      else
        /* TRANSLATORS: %s says why */
        text = g_strdup_printf (_("The search index could not be saved: %s"), index_error->message);
      adw_toast_overlay_add_toast (self->toast_overlay, dossier_toast_new_plain (text));
    }
  else if (reason)
    {
      /* TRANSLATORS: %s says why, such as "it was damaged" */
      g_autofree char *text = g_strdup_printf (_("The search index was rebuilt: %s"), reason);

      adw_toast_overlay_add_toast (self->toast_overlay, dossier_toast_new_plain (text));
    }
}

/* DOSSIER_TIMING=1 prints how long opening a folder took (build-aux/bench
 * reads it): wall time since the open, and CPU times, which a loaded
 * machine does not inflate as much. Process CPU includes the start-up. */
static double
cpu_ms (clockid_t clock)
{
  struct timespec ts;

  clock_gettime (clock, &ts);
  return ts.tv_sec * 1000.0 + ts.tv_nsec / 1e6;
}

static void
print_timing (DossierWindow *self,
              const char    *what)
{
  g_printerr ("timing: %s after %.0f ms, main thread %.0f ms CPU, process %.0f ms CPU, %u articles, %u from the cache\n",
              what, (g_get_monotonic_time () - self->open_started) / 1000.0, cpu_ms (CLOCK_THREAD_CPUTIME_ID),
              cpu_ms (CLOCK_PROCESS_CPUTIME_ID), self->corpus ? g_list_model_get_n_items (G_LIST_MODEL (self->corpus)) : 0,
              self->corpus ? dossier_corpus_get_n_from_cache (self->corpus) : 0);
}

static void
on_first_paint (GdkFrameClock *clock,
                DossierWindow *self)
{
  g_signal_handlers_disconnect_by_func (clock, on_first_paint, self);
  print_timing (self, "painted");
}

static void
on_loaded (GObject      *object,
           GAsyncResult *result,
           gpointer      user_data)
{
  g_autoptr(DossierWindow) self = user_data;
  DossierCorpus *corpus = DOSSIER_CORPUS (object);
  g_autoptr(GError) error = NULL;
  GPtrArray *errors;

  dossier_corpus_load_finish (corpus, result, &error);
  if (corpus != self->corpus)
    return; /* another folder was opened meanwhile */
  g_clear_object (&self->cancellable);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LOADING]);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "window.cancel-loading", FALSE);

  if (error && g_list_model_get_n_items (G_LIST_MODEL (corpus)) == 0)
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        adw_toast_overlay_add_toast (self->toast_overlay, dossier_toast_new_plain (error->message));
      g_clear_object (&self->corpus);
      gtk_widget_action_set_enabled (GTK_WIDGET (self), "window.close-folder", FALSE);
      gtk_stack_set_visible_child_name (self->main_stack, "empty");
      update_title (self);
      set_folder_open (self, FALSE);
      if (self->screenshot_path)
        take_screenshot_when_ready (self);
      return;
    }
  if (error)
    adw_toast_overlay_add_toast (self->toast_overlay, dossier_toast_new_plain (error->message));
  show_cache_messages (self);
  g_debug ("folder shown after %.0f ms, %u of its articles from the cache",
           (g_get_monotonic_time () - self->open_started) / 1000.0, dossier_corpus_get_n_from_cache (corpus));
  if (g_getenv ("DOSSIER_TIMING"))
    {
      GdkFrameClock *clock = gtk_widget_get_frame_clock (GTK_WIDGET (self));

      print_timing (self, "loaded");
      if (clock)
        {
          g_signal_connect (clock, "after-paint", G_CALLBACK (on_first_paint), self);
          gtk_widget_queue_draw (GTK_WIDGET (self));
        }
    }
  /* Files added, changed or removed from now on show up by themselves. */
  dossier_corpus_watch (corpus, TRUE);

  errors = dossier_corpus_get_errors (corpus);
  if (errors->len > 0)
    {
      g_autofree char *text = g_strdup_printf (ngettext ("%u file could not be read",
                                                         "%u files could not be read", errors->len),
                                               errors->len);
      gtk_label_set_label (self->errors_label, text);
    }
  gtk_revealer_set_reveal_child (self->errors_revealer, errors->len > 0);

  /* Articles arrived in batches, newest first, so the one selected when
   * the first batch came may be anywhere by now: start at the top. */
  if (g_list_model_get_n_items (G_LIST_MODEL (self->articles)) > 0)
    gtk_single_selection_set_selected (self->selection, 0);
  gtk_stack_set_visible_child_name (self->main_stack, "main");
  set_folder_open (self, TRUE);
  update_title (self);
  update_count (self);
  if (self->screenshot_path)
    take_screenshot_when_ready (self);
}

static void
on_corpus_items_changed (DossierWindow *self)
{
  update_count (self);
}

static void
close_folder (DossierWindow *self)
{
  if (self->cancellable)
    g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);

  gtk_single_selection_set_model (self->selection, NULL);
  if (self->articles)
    g_signal_handlers_disconnect_by_data (self->articles, self);
  g_clear_object (&self->articles);
  g_clear_object (&self->keep_selected);
  self->rebuilding = FALSE;
  dossier_entity_panel_set_filter (self->entity_panel, NULL);
  dossier_reader_set_filter (self->reader, NULL);
  dossier_reader_set_article (self->reader, NULL);
  dossier_window_notes_set_corpus (self, NULL, NULL);
  if (self->search)
    dossier_search_controller_set_filter (self->search, NULL);
  if (self->filter)
    g_signal_handlers_disconnect_by_data (self->filter, self);
  if (self->corpus)
    {
      g_signal_handlers_disconnect_by_data (self->corpus, self);
      g_signal_handlers_disconnect_by_data (dossier_corpus_get_entities (self->corpus), self);
    }
  g_clear_handle_id (&self->apply_idle, g_source_remove);
  g_clear_object (&self->corrections);
  g_clear_object (&self->filter);
  g_clear_object (&self->corpus);
}

/* Shows @corpus (loaded or not) in the panes: the filter, the article list,
 * the entity panel and the reader follow it from now on. */
static void
attach_corpus (DossierWindow *self,
               DossierCorpus *corpus)
{
  close_folder (self);

  self->corpus = g_object_ref (corpus);
  self->filter = dossier_filter_new (self->corpus);

  g_signal_connect_swapped (self->filter, "changed", G_CALLBACK (on_filter_changed), self);
  g_signal_connect_swapped (self->corpus, "notify::n-done", G_CALLBACK (update_progress), self);
  g_signal_connect_swapped (self->corpus, "notify::n-files", G_CALLBACK (update_progress), self);
  g_signal_connect_swapped (self->corpus, "items-changed", G_CALLBACK (on_corpus_items_changed), self);
  g_signal_connect_swapped (dossier_corpus_get_entities (self->corpus), "items-changed",
                            G_CALLBACK (on_entities_arrived), self);

  self->corrections = dossier_corrections_new_for_folder (dossier_corpus_get_folder (corpus));
  self->base_stale = TRUE;
  {
    g_autoptr(GError) error = NULL;

    if (!dossier_corrections_load (self->corrections, &error))
      show_error (self, error->message);
  }

  self->articles = dossier_article_list_new (self->filter);
  {
    DossierSortOrder sort = DOSSIER_SORT_DATE;

    dossier_sort_order_from_string (self->sort_order, &sort);
    dossier_article_list_set_sort (self->articles, sort);
  }
  /* Before the selection connects to the list, and after it. */
  g_signal_connect_swapped (self->articles, "items-changed", G_CALLBACK (on_list_changing), self);
  gtk_single_selection_set_model (self->selection, G_LIST_MODEL (self->articles));
  g_signal_connect_data (self->articles, "items-changed", G_CALLBACK (on_list_changed), self,
                         NULL, G_CONNECT_SWAPPED | G_CONNECT_AFTER);
  dossier_entity_panel_set_filter (self->entity_panel, self->filter);
  dossier_reader_set_filter (self->reader, self->filter);
  dossier_window_notes_set_corpus (self, self->corpus, self->filter);
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
  dossier_search_controller_set_filter (self->search, self->filter);
  update_chips (self);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "window.close-folder", TRUE);
}

/**
 * dossier_window_open_folder:
 *
 * Opens @folder: shows the loading page, then the articles. Whatever was
 * open, or still loading, is closed first.
 */
void
dossier_window_open_folder (DossierWindow *self,
                            GFile         *folder)
{
  g_autofree char *path = NULL;
  g_autofree char *name = NULL;
  g_autofree char *title = NULL;

  g_return_if_fail (DOSSIER_IS_WINDOW (self));
  g_return_if_fail (G_IS_FILE (folder));

  /* The tagger and word lists are loaded once per window, at the first
   * folder; without them the articles still open, without entities. */
  if (self->extractor == NULL && !self->extractor_failed)
    {
      g_autoptr(GError) error = NULL;

      self->extractor = dossier_extractor_new_default (&error);
      if (self->extractor == NULL)
        {
          g_autofree char *message = g_strdup_printf (_("Entities cannot be found: %s"), error->message);

          self->extractor_failed = TRUE;
          show_error (self, message);
        }
    }

  {
    g_autoptr(DossierCorpus) corpus = dossier_corpus_new (folder);

    if (self->extractor)
      dossier_corpus_set_extractor (corpus, self->extractor);
    /* Reopening reads the cache instead of parsing, and full-text search
     * needs the index anyway. */
    dossier_corpus_set_use_index (corpus, TRUE);
    attach_corpus (self, corpus);
  }
  self->cancellable = g_cancellable_new ();
  gtk_revealer_set_reveal_child (self->errors_revealer, FALSE);

  name = g_file_get_basename (folder);
  /* TRANSLATORS: %s is a folder name */
  title = g_strdup_printf (_("Opening “%s”"), name);
  adw_status_page_set_title (self->loading_page, title);
  gtk_progress_bar_set_fraction (self->progress_bar, 0);
  update_progress (self);
  gtk_stack_set_visible_child_name (self->main_stack, "loading");
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "window.cancel-loading", TRUE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "window.clear-filter", FALSE);

  path = g_file_get_path (folder);
  if (path)
    remember_folder (self, path);

  self->open_started = g_get_monotonic_time ();
  if (g_getenv ("DOSSIER_TIMING"))
    print_timing (self, "opening");
  dossier_corpus_load_async (self->corpus, self->cancellable, on_loaded, g_object_ref (self));
  update_title (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LOADING]);
}

/**
 * dossier_window_show_corpus:
 *
 * Shows a corpus that is already loaded, or built in memory: for tests and
 * benchmarks.
 */
void
dossier_window_show_corpus (DossierWindow *self,
                            DossierCorpus *corpus)
{
  attach_corpus (self, corpus);
  gtk_stack_set_visible_child_name (self->main_stack, "main");
  set_folder_open (self, TRUE);
  update_title (self);
  update_count (self);
}

static void
open_folder_path (DossierWindow *self,
                  const char    *path)
{
  g_autoptr(GFile) folder = NULL;

  if (path == NULL)
    return;
  folder = g_file_new_for_path (path);
  dossier_window_open_folder (self, folder);
}

/* Closing and forgetting a folder */

static void
show_start_page (DossierWindow *self)
{
  close_folder (self);
  gtk_revealer_set_reveal_child (self->errors_revealer, FALSE);
  gtk_stack_set_visible_child_name (self->main_stack, "empty");
  set_folder_open (self, FALSE);
  update_title (self);
  update_count (self);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "window.cancel-loading", FALSE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "window.clear-filter", FALSE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "window.close-folder", FALSE);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LOADING]);
}

static void
close_folder_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  show_start_page (DOSSIER_WINDOW (widget));
}

/* Whether @self shows (or is opening) the folder whose notes key is @key. */
static gboolean
has_folder_open (DossierWindow *self,
                 const char    *key)
{
  g_autofree char *open_key = NULL;

  if (self->corpus == NULL)
    return FALSE;
  open_key = dossier_notes_folder_key (dossier_corpus_get_folder (self->corpus));
  return g_strcmp0 (open_key, key) == 0;
}

/* Another window that has the folder open would keep reading its cache
 * and writing notes into it: it is closed there first, by the user. */
static gboolean
open_elsewhere (DossierWindow *self,
                const char    *key)
{
  GtkApplication *app = gtk_window_get_application (GTK_WINDOW (self));

  for (GList *l = app ? gtk_application_get_windows (app) : NULL; l; l = l->next)
    if (l->data != (gpointer) self && DOSSIER_IS_WINDOW (l->data) && has_folder_open (l->data, key))
      return TRUE;
  return FALSE;
}

static void
forget_now (DossierWindow *self,
            const char    *path)
{
  g_autoptr(GFile) folder = g_file_new_for_path (path);
  g_autofree char *key = dossier_notes_folder_key (folder);
  g_autofree char *name = g_path_get_basename (path);
  g_autofree char *message = NULL;
  g_autoptr(GError) error = NULL;

  if (open_elsewhere (self, key))
    {
      /* TRANSLATORS: %s is a folder name */
      message = g_strdup_printf (_("“%s” is open in another window: close it there first"), name);
      show_error (self, message);
      return;
    }
  /* Its cache and notes must not be in use here while they go. */
  if (has_folder_open (self, key))
    show_start_page (self);
  if (!dossier_forget_folder (folder, dossier_window_get_notes (self), NULL, &error))
    {
      show_error (self, error->message);
      return;
    }
  remove_recent (self, path);
  /* TRANSLATORS: %s is a folder name */
  message = g_strdup_printf (_("“%s” forgotten"), name);
  adw_toast_overlay_add_toast (self->toast_overlay, dossier_toast_new_plain (message));
}

static void
on_forget_response (AdwMessageDialog *dialog,
                    const char       *response,
                    DossierWindow    *self)
{
  if (g_str_equal (response, "forget"))
    forget_now (self, g_object_get_data (G_OBJECT (dialog), "path"));
}

static void
forget_folder_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  DossierWindow *self = DOSSIER_WINDOW (widget);
  const char *path = g_variant_get_string (parameter, NULL);
  g_autoptr(GFile) folder = g_file_new_for_path (path);
  g_autofree char *key = dossier_notes_folder_key (folder);
  g_autofree char *name = g_path_get_basename (path);
  g_autofree char *heading = NULL;
  g_autoptr(GString) body = g_string_new (NULL);
  g_autoptr(GError) error = NULL;
  DossierForgetCounts counts;
  gboolean precious;
  GtkWidget *dialog;

  if (open_elsewhere (self, key))
    {
      g_autofree char *message = NULL;

      /* TRANSLATORS: %s is a folder name */
      message = g_strdup_printf (_("“%s” is open in another window: close it there first"), name);
      show_error (self, message);
      return;
    }
  if (!dossier_forget_count (folder, dossier_window_get_notes (self), &counts, &error))
    {
      show_error (self, error->message);
      return;
    }

  /* TRANSLATORS: %s is a folder name */
  heading = g_strdup_printf (_("Forget “%s”?"), name);
  precious = counts.n_notes > 0 || counts.n_corrections > 0;
  if (counts.n_notes > 0)
    {
      /* TRANSLATORS: the start of the text of the "Forget folder?" dialog */
      g_string_append_printf (body, ngettext ("Its %u note will be deleted, with its highlight.",
                                              "Its %u notes will be deleted, with their highlights.",
                                              counts.n_notes), counts.n_notes);
      g_string_append_c (body, ' ');
    }
  if (counts.n_corrections > 0)
    {
      g_string_append_printf (body, ngettext ("Its %u entity correction will be deleted too.",
                                              "Its %u entity corrections will be deleted too.",
                                              counts.n_corrections), counts.n_corrections);
      g_string_append_c (body, ' ');
    }
  if (precious)
    g_string_append (body, _("This cannot be undone. The folder and its files stay as they are."));
  else
    g_string_append (body, _("It has no notes and no entity corrections. Its search index is deleted and it "
                             "leaves the list; the folder and its files stay as they are, and opening it again "
                             "reads it anew."));

  dialog = adw_message_dialog_new (GTK_WINDOW (self), heading, body->str);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "forget", _("_Forget"),
                                    NULL);
  /* With notes at stake, the destructive style and Cancel as the default
   * (Enter does not delete them); with only the disposable cache, an
   * ordinary confirmation. */
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "forget",
                                              precious ? ADW_RESPONSE_DESTRUCTIVE : ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), precious ? "cancel" : "forget");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_object_set_data_full (G_OBJECT (dialog), "path", g_strdup (path), g_free);
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_forget_response), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* Actions */

static void
on_chooser_response (GtkNativeDialog *chooser,
                     int              response,
                     DossierWindow   *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) folder = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));

      if (folder)
        dossier_window_open_folder (self, folder);
    }
  g_object_unref (chooser);
}

static void
open_folder_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  DossierWindow *self = DOSSIER_WINDOW (widget);
  GtkFileChooserNative *chooser;

  chooser = gtk_file_chooser_native_new (_("Open Folder"), GTK_WINDOW (self),
                                         GTK_FILE_CHOOSER_ACTION_SELECT_FOLDER,
                                         _("_Open"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  if (self->corpus)
    gtk_file_chooser_set_file (GTK_FILE_CHOOSER (chooser), dossier_corpus_get_folder (self->corpus), NULL);
  g_signal_connect (chooser, "response", G_CALLBACK (on_chooser_response), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
cancel_loading_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  DossierWindow *self = DOSSIER_WINDOW (widget);

  if (self->cancellable)
    g_cancellable_cancel (self->cancellable);
}

static void
clear_filter_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  DossierWindow *self = DOSSIER_WINDOW (widget);

  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
  if (self->filter)
    dossier_filter_clear (self->filter);
}

static void
find_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  DossierWindow *self = DOSSIER_WINDOW (widget);

  if (gtk_widget_get_visible (GTK_WIDGET (self->search_entry)))
    gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

static void
find_entity_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  DossierWindow *self = DOSSIER_WINDOW (widget);

  if (self->corpus == NULL)
    return;
  adw_flap_set_reveal_flap (self->flap, TRUE);
  dossier_entity_panel_focus_search (self->entity_panel);
}

static void
toggle_entities_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  DossierWindow *self = DOSSIER_WINDOW (widget);

  if (self->corpus)
    adw_flap_set_reveal_flap (self->flap, !adw_flap_get_reveal_flap (self->flap));
}

static void
mention_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  DossierWindow *self = DOSSIER_WINDOW (widget);

  dossier_reader_move_to_mention (self->reader,
                                  g_str_equal (action_name, "window.next-mention") ? 1 : -1);
}

static void
show_errors_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  DossierWindow *self = DOSSIER_WINDOW (widget);
  GPtrArray *errors;
  GtkWidget *dialog, *scrolled, *list;
  g_autofree char *body = NULL;

  if (self->corpus == NULL)
    return;
  errors = dossier_corpus_get_errors (self->corpus);
  body = g_strdup_printf (ngettext ("%u file could not be read; the other articles are shown.",
                                    "%u files could not be read; the other articles are shown.",
                                    errors->len), errors->len);
  dialog = adw_message_dialog_new (GTK_WINDOW (self), _("Some Files Could Not Be Read"), body);
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));

  list = gtk_list_box_new ();
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");
  gtk_accessible_update_property (GTK_ACCESSIBLE (list), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Files That Could Not Be Read"), -1);
  for (guint i = 0; i < errors->len; i++)
    {
      DossierLoadError *e = g_ptr_array_index (errors, i);
      GtkWidget *row = adw_action_row_new ();

      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), e->path);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), e->message);
      gtk_list_box_append (GTK_LIST_BOX (list), row);
    }
  scrolled = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_propagate_natural_height (GTK_SCROLLED_WINDOW (scrolled), TRUE);
  gtk_scrolled_window_set_max_content_height (GTK_SCROLLED_WINDOW (scrolled), 360);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), list);
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), scrolled);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
about_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  const char *developers[] = { "Dossier Developers", NULL };
  GtkWidget *about;

  about = g_object_new (ADW_TYPE_ABOUT_WINDOW,
                        "transient-for", widget,
                        "application-name", _("Dossier"),
                        "application-icon", APP_ID,
                        "version", PACKAGE_VERSION,
                        "developer-name", "Dossier Developers",
                        "developers", developers,
                        "comments", _("Read a folder of news articles and follow the people, organisations and places they mention"),
                        "website", "https://github.com/dossierapp/dossier",
                        "issue-url", "https://github.com/dossierapp/dossier/issues",
                        "license-type", GTK_LICENSE_GPL_3_0,
                        "copyright", "© 2026 Dossier Developers",
                        /* TRANSLATORS: your name, to be credited in the about window */
                        "translator-credits", _("translator-credits"),
                        NULL);
  gtk_window_present (GTK_WINDOW (about));
}

/* Screenshot mode (dossier --screenshot): for the README, the metainfo
 * and the tests. */

/**
 * dossier_window_save_png:
 *
 * Renders the window as it is now into a PNG file.
 */
gboolean
dossier_window_save_png (DossierWindow  *self,
                         const char     *path,
                         GError        **error)
{
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (GTK_WIDGET (self));
  GtkSnapshot *snapshot = gtk_snapshot_new ();
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  int width = gtk_widget_get_width (GTK_WIDGET (self));
  int height = gtk_widget_get_height (GTK_WIDGET (self));

  gdk_paintable_snapshot (paintable, snapshot, width, height);
  node = gtk_snapshot_free_to_node (snapshot);
  if (node == NULL)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, _("The window has nothing to show"));
      return FALSE;
    }
  texture = gsk_renderer_render_texture (gtk_native_get_renderer (GTK_NATIVE (self)), node,
                                         &GRAPHENE_RECT_INIT (0, 0, width, height));
  if (!gdk_texture_save_to_png (texture, path))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, _("Could not write %s"), path);
      return FALSE;
    }
  return TRUE;
}

static gboolean
screenshot_tick (GtkWidget     *widget,
                 GdkFrameClock *clock,
                 gpointer       user_data)
{
  DossierWindow *self = DOSSIER_WINDOW (widget);
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  g_autoptr(GError) error = NULL;

  /* Tick callbacks run before the frame is painted: wait until a few frames
   * were drawn, so that list rows are bound and the layout has settled. */
  /* About 0.4 s at 60 frames a second: revealers (the filter's chips, the
   * mention bar) take 0.25 s to slide in. */
  if (++self->screenshot_ticks < 24)
    return G_SOURCE_CONTINUE;

  /* The window may come out smaller than asked (decorations drawn by the
   * client take their share): grow it until the content is big enough. */
  if ((width < SCREENSHOT_WIDTH || height < SCREENSHOT_HEIGHT) && self->screenshot_ticks < 80)
    {
      int dw, dh;

      gtk_window_get_default_size (GTK_WINDOW (self), &dw, &dh);
      if (self->screenshot_ticks % 4 == 0)
        gtk_window_set_default_size (GTK_WINDOW (self),
                                     dw + MAX (0, SCREENSHOT_WIDTH - width),
                                     dh + MAX (0, SCREENSHOT_HEIGHT - height));
      return G_SOURCE_CONTINUE;
    }

  if (!dossier_window_save_png (self, self->screenshot_path, &error))
    {
      g_printerr ("%s: %s\n", self->screenshot_path, error->message);
      dossier_application_set_exit_status (1);
    }
  g_clear_handle_id (&self->screenshot_timeout, g_source_remove);
  gtk_window_destroy (GTK_WINDOW (self));
  return G_SOURCE_REMOVE;
}

/**
 * dossier_window_start_screenshot:
 *
 * Takes the screenshot as soon as a few frames were drawn, without waiting
 * for a folder.
 */
void
dossier_window_start_screenshot (DossierWindow *self)
{
  if (self->screenshot_started)
    return;
  self->screenshot_started = TRUE;
  if (self->corpus)
    g_signal_handlers_disconnect_by_func (dossier_corpus_get_entities (self->corpus),
                                          take_screenshot_when_ready, self);

  if (self->screenshot_entity && self->corpus && !dossier_window_select_entity (self, self->screenshot_entity))
    {
      g_printerr (_("No entity named “%s” in this folder\n"), self->screenshot_entity);
      dossier_application_set_exit_status (1);
    }
  if (self->screenshot_search && self->corpus)
    {
      gtk_editable_set_text (GTK_EDITABLE (self->search_entry), self->screenshot_search);
      /* Now, not after the entry's typing delay. */
      dossier_search_controller_update (self->search);
      if (dossier_search_controller_get_error (self->search))
        {
          g_printerr ("%s\n", dossier_search_controller_get_error (self->search));
          dossier_application_set_exit_status (1);
        }
    }
  self->screenshot_ticks = 0;
  gtk_widget_add_tick_callback (GTK_WIDGET (self), screenshot_tick, NULL, NULL);
}

static gboolean
screenshot_timeout (gpointer user_data)
{
  DossierWindow *self = user_data;

  /* Entities never came: take the picture anyway. */
  self->screenshot_timeout = 0;
  dossier_window_start_screenshot (self);
  return G_SOURCE_REMOVE;
}

static void
take_screenshot_when_ready (DossierWindow *self)
{
  GListModel *entities;

  if (self->screenshot_started)
    return;
  /* With --select-entity, wait for the linker to fill the entities if it
   * runs after loading. */
  if (self->screenshot_entity && self->corpus)
    {
      entities = dossier_corpus_get_entities (self->corpus);
      if (g_list_model_get_n_items (entities) == 0)
        {
          g_signal_connect_swapped (entities, "items-changed", G_CALLBACK (take_screenshot_when_ready), self);
          if (self->screenshot_timeout == 0)
            self->screenshot_timeout = g_timeout_add_seconds (10, screenshot_timeout, self);
          return;
        }
    }
  dossier_window_start_screenshot (self);
}

/**
 * dossier_window_set_screenshot:
 * @path: where to save the PNG
 * @entity_name: (nullable): an entity to filter by first
 *
 * Makes the window 1200×800 whatever size was saved; once the folder is
 * loaded (and filtered), it saves a picture of itself and closes.
 */
void
dossier_window_set_screenshot (DossierWindow *self,
                               const char    *path,
                               const char    *entity_name)
{
  g_free (self->screenshot_path);
  g_free (self->screenshot_entity);
  self->screenshot_path = g_strdup (path);
  self->screenshot_entity = g_strdup (entity_name);
  gtk_window_unmaximize (GTK_WINDOW (self));
  gtk_window_set_default_size (GTK_WINDOW (self), SCREENSHOT_WIDTH, SCREENSHOT_HEIGHT);
}

/**
 * dossier_window_set_screenshot_search:
 * @query: (nullable): a full-text query to type in the search field
 *   before the screenshot
 */
void
dossier_window_set_screenshot_search (DossierWindow *self,
                                      const char    *query)
{
  g_free (self->screenshot_search);
  self->screenshot_search = g_strdup (query);
}

/* Window state */

static gboolean
dossier_window_close_request (GtkWindow *window)
{
  DossierWindow *self = DOSSIER_WINDOW (window);
  int width, height;

  if (self->screenshot_path == NULL)
    {
      gtk_window_get_default_size (window, &width, &height);
      g_settings_set_boolean (self->settings, "window-maximized", gtk_window_is_maximized (window));
      if (!gtk_window_is_maximized (window))
        {
          g_settings_set_int (self->settings, "window-width", width);
          g_settings_set_int (self->settings, "window-height", height);
        }
    }
  return GTK_WINDOW_CLASS (dossier_window_parent_class)->close_request (window);
}

static void
dossier_window_dispose (GObject *object)
{
  DossierWindow *self = (DossierWindow *) object;

  close_folder (self);
  if (self->search)
    g_signal_handlers_disconnect_by_data (self->search, self);
  g_clear_object (&self->search);
  g_clear_pointer (&self->extractor, dossier_extractor_unref);
  g_clear_handle_id (&self->screenshot_timeout, g_source_remove);
  gtk_widget_dispose_template (GTK_WIDGET (self), DOSSIER_TYPE_WINDOW);
  g_clear_object (&self->selection);
  if (self->settings)
    g_signal_handlers_disconnect_by_data (self->settings, self);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (dossier_window_parent_class)->dispose (object);
}

static void
dossier_window_finalize (GObject *object)
{
  DossierWindow *self = (DossierWindow *) object;

  g_free (self->sort_order);
  g_free (self->screenshot_path);
  g_free (self->screenshot_entity);
  g_free (self->screenshot_search);

  G_OBJECT_CLASS (dossier_window_parent_class)->finalize (object);
}

static void
dossier_window_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  DossierWindow *self = DOSSIER_WINDOW (object);

  switch (prop_id)
    {
    case PROP_SORT_ORDER:
      g_value_set_string (value, self->sort_order);
      break;
    case PROP_LOADING:
      g_value_set_boolean (value, dossier_window_get_loading (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dossier_window_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  DossierWindow *self = DOSSIER_WINDOW (object);

  switch (prop_id)
    {
    case PROP_SORT_ORDER:
      set_sort_order (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dossier_window_class_init (DossierWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = dossier_window_dispose;
  object_class->finalize = dossier_window_finalize;
  object_class->get_property = dossier_window_get_property;
  object_class->set_property = dossier_window_set_property;
  window_class->close_request = dossier_window_close_request;

  properties[PROP_SORT_ORDER] =
    g_param_spec_string ("sort-order", NULL, NULL, "date",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_LOADING] =
    g_param_spec_boolean ("loading", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);


  g_type_ensure (DOSSIER_TYPE_ENTITY_PANEL);
  g_type_ensure (DOSSIER_TYPE_READER);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/dossier-window.ui");
  gtk_widget_class_bind_template_child (widget_class, DossierWindow, window_title);
  gtk_widget_class_bind_template_child (widget_class, DossierWindow, back_button);
  gtk_widget_class_bind_template_child (widget_class, DossierWindow, flap_button);
  gtk_widget_class_bind_template_child (widget_class, DossierWindow, search_entry);
  gtk_widget_class_bind_template_child (widget_class, DossierWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, DossierWindow, main_stack);
  gtk_widget_class_bind_template_child (widget_class, DossierWindow, recent_box);
  gtk_widget_class_bind_template_child (widget_class, DossierWindow, recent_list);
  gtk_widget_class_bind_template_child (widget_class, DossierWindow, loading_page);
  gtk_widget_class_bind_template_child (widget_class, DossierWindow, progress_bar);
  gtk_widget_class_bind_template_child (widget_class, DossierWindow, errors_revealer);
  gtk_widget_class_bind_template_child (widget_class, DossierWindow, errors_label);
  gtk_widget_class_bind_template_child (widget_class, DossierWindow, flap);
  gtk_widget_class_bind_template_child (widget_class, DossierWindow, leaflet);
  gtk_widget_class_bind_template_child (widget_class, DossierWindow, sidebar);
  gtk_widget_class_bind_template_child (widget_class, DossierWindow, chips_revealer);
  gtk_widget_class_bind_template_child (widget_class, DossierWindow, chips_box);
  gtk_widget_class_bind_template_child (widget_class, DossierWindow, count_label);
  gtk_widget_class_bind_template_child (widget_class, DossierWindow, list_stack);
  gtk_widget_class_bind_template_child (widget_class, DossierWindow, article_list);
  gtk_widget_class_bind_template_child (widget_class, DossierWindow, reader);
  gtk_widget_class_bind_template_child (widget_class, DossierWindow, entity_panel);
  gtk_widget_class_bind_template_callback (widget_class, on_search_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_stop_search);
  gtk_widget_class_bind_template_callback (widget_class, on_entity_activated);
  gtk_widget_class_bind_template_callback (widget_class, on_article_activate);
  gtk_widget_class_bind_template_callback (widget_class, on_back_clicked);
  gtk_widget_class_bind_template_callback (widget_class, update_back_button);

  gtk_widget_class_install_action (widget_class, "window.open-folder", NULL, open_folder_action);
  gtk_widget_class_install_action (widget_class, "window.close-folder", NULL, close_folder_action);
  gtk_widget_class_install_action (widget_class, "window.remove-recent", "s", remove_recent_action);
  gtk_widget_class_install_action (widget_class, "window.forget-folder", "s", forget_folder_action);
  gtk_widget_class_install_action (widget_class, "window.cancel-loading", NULL, cancel_loading_action);
  gtk_widget_class_install_action (widget_class, "window.clear-filter", NULL, clear_filter_action);
  gtk_widget_class_install_action (widget_class, "window.find", NULL, find_action);
  gtk_widget_class_install_action (widget_class, "window.find-entity", NULL, find_entity_action);
  gtk_widget_class_install_action (widget_class, "window.toggle-entities", NULL, toggle_entities_action);
  gtk_widget_class_install_action (widget_class, "window.next-mention", NULL, mention_action);
  gtk_widget_class_install_action (widget_class, "window.previous-mention", NULL, mention_action);
  gtk_widget_class_install_action (widget_class, "window.show-errors", NULL, show_errors_action);
  gtk_widget_class_install_action (widget_class, "window.about", NULL, about_action);
  gtk_widget_class_install_property_action (widget_class, "window.sort", "sort-order");
  gtk_widget_class_install_action (widget_class, "window.merge-entity", "u", merge_entity_action);
  gtk_widget_class_install_action (widget_class, "window.rename-entity", "u", rename_entity_action);
  gtk_widget_class_install_action (widget_class, "window.relabel-entity", "(uu)", relabel_entity_action);
  gtk_widget_class_install_action (widget_class, "window.split-alias", "(us)", split_alias_action);
  gtk_widget_class_install_action (widget_class, "window.not-an-entity", "u", not_entity_action);
  gtk_widget_class_install_action (widget_class, "window.undo-correction", NULL, undo_correction_action);

  /* Listed in gtk/help-overlay.ui too. */
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_o, GDK_CONTROL_MASK, "window.open-folder", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_f, GDK_CONTROL_MASK, "window.find", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_e, GDK_CONTROL_MASK, "window.find-entity", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.clear-filter", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F9, 0, "window.toggle-entities", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F3, 0, "window.next-mention", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_g, GDK_CONTROL_MASK, "window.next-mention", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F3, GDK_SHIFT_MASK, "window.previous-mention", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_g, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "window.previous-mention", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_G, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "window.previous-mention", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_w, GDK_CONTROL_MASK, "window.close", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_z, GDK_CONTROL_MASK, "window.undo-correction", NULL);

  dossier_window_notes_class_init (widget_class);
}

static void
dossier_window_init (DossierWindow *self)
{
  GtkListItemFactory *factory;

  /* Before the template: its sort menu asks for the state right away. */
  self->sort_order = g_strdup ("date");
  gtk_widget_init_template (GTK_WIDGET (self));

  self->settings = g_settings_new (APP_ID);

  self->search = dossier_search_controller_new (self->search_entry);
  g_signal_connect_swapped (self->search, "changed", G_CALLBACK (on_search_results), self);

  self->selection = gtk_single_selection_new (NULL);
  g_signal_connect_swapped (self->selection, "notify::selected-item", G_CALLBACK (on_selected_item), self);

  /* Rows are kept for other articles when a filter click replaces the
   * list, rather than destroyed and built again. */
  factory = dossier_row_factory_new (new_article_row, bind_article_row, self);
  /* A grid view of one column, not a list view: GTK 4.8's GtkListView
   * keeps 200 rows alive around the first visible one, and a filter click
   * that replaces the list rebinds and measures them all (60 ms at 100,000
   * articles); a grid view keeps 30 rows. Past 30 rows of height it
   * stretches them rather than leave a gap, 2,400 px of article rows. */
  gtk_grid_view_set_factory (self->article_list, factory);
  g_object_unref (factory);
  /* The view gets slots (see dossier-slot-selection.c): its rows stay and
   * take other articles when a click replaces the list. */
  {
    g_autoptr(DossierSlotSelection) slots = dossier_slot_selection_new (GTK_SELECTION_MODEL (self->selection));

    gtk_grid_view_set_model (self->article_list, GTK_SELECTION_MODEL (slots));
  }

  g_settings_bind (self->settings, "sort-order", self, "sort-order", G_SETTINGS_BIND_DEFAULT);
  gtk_window_set_default_size (GTK_WINDOW (self),
                               g_settings_get_int (self->settings, "window-width"),
                               g_settings_get_int (self->settings, "window-height"));
  if (g_settings_get_boolean (self->settings, "window-maximized"))
    gtk_window_maximize (GTK_WINDOW (self));

  g_signal_connect_swapped (self->settings, "changed::recent-folders", G_CALLBACK (update_recent), self);
  g_signal_connect (self->recent_list, "row-activated", G_CALLBACK (on_recent_activated), self);
  update_recent (self);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "window.cancel-loading", FALSE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "window.clear-filter", FALSE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "window.close-folder", FALSE);
  update_count (self);
  update_back_button (self);

  dossier_window_notes_init (self, self->sidebar, gtk_widget_get_prev_sibling (GTK_WIDGET (self->list_stack)),
                             self->toast_overlay);
}

DossierWindow *
dossier_window_new (AdwApplication *application)
{
  return g_object_new (DOSSIER_TYPE_WINDOW, "application", application, NULL);
}

gboolean
dossier_window_get_loading (DossierWindow *self)
{
  return self->cancellable != NULL;
}

DossierCorpus *
dossier_window_get_corpus (DossierWindow *self)
{
  return self->corpus;
}

DossierFilter *
dossier_window_get_filter (DossierWindow *self)
{
  return self->filter;
}

/**
 * dossier_window_get_article_model:
 *
 * Returns: (transfer none): the articles as the sidebar lists them
 */
GListModel *
dossier_window_get_article_model (DossierWindow *self)
{
  return G_LIST_MODEL (self->articles);
}

GtkSingleSelection *
dossier_window_get_selection (DossierWindow *self)
{
  return self->selection;
}

GtkGridView *
dossier_window_get_article_list (DossierWindow *self)
{
  return self->article_list;
}

DossierReader *
dossier_window_get_reader (DossierWindow *self)
{
  return self->reader;
}

DossierEntityPanel *
dossier_window_get_entity_panel (DossierWindow *self)
{
  return self->entity_panel;
}

/**
 * dossier_window_select_entity:
 * @name: a canonical name or an alias, in any case
 *
 * Adds the entity to the filter.
 *
 * Returns: whether the folder has such an entity
 */
gboolean
dossier_window_select_entity (DossierWindow *self,
                              const char    *name)
{
  DossierEntity *entity;

  if (self->corpus == NULL)
    return FALSE;
  entity = dossier_corpus_lookup_entity (self->corpus, name);
  if (entity == NULL)
    return FALSE;
  dossier_filter_add_entity (self->filter, dossier_entity_get_id (entity));
  return TRUE;
}

GtkSearchEntry *
dossier_window_get_search_entry (DossierWindow *self)
{
  return self->search_entry;
}

DossierSearchController *
dossier_window_get_search (DossierWindow *self)
{
  return self->search;
}
