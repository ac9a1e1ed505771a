/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "dossier-entity-panel"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>
#include <string.h>

#include "dossier-entity-list.h"
#include "dossier-entity-panel.h"
#include "dossier-entity-row.h"
#include "dossier-row-factory.h"
#include "dossier-slot-selection.h"

/**
 * DossierEntityPanel:
 *
 * The entities of the folder, those in most of the shown articles first,
 * narrowed by kind and by a search field. Clicking one adds it to the
 * filter (or takes it out again). With a filter on, only the entities that
 * occur in the shown articles are listed, with their counts there (facets).
 */
struct _DossierEntityPanel
{
  GtkWidget parent_instance;

  DossierFilter *filter;
  DossierEntityList *entities;
  GtkNoSelection *selection;

  GtkSearchEntry *search_entry;
  GtkDropDown *kind_dropdown;
  GtkGridView *list_view;
  GtkStack *stack;
  AdwStatusPage *empty_page;
  GtkLabel *more_label;
};

/* The most frequent entities listed; the others are a search away. */
#define LIMIT 500

G_DEFINE_FINAL_TYPE (DossierEntityPanel, dossier_entity_panel, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_FILTER,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static int
selected_label (DossierEntityPanel *self)
{
  /* Position in the kind drop-down: 0 is "All", then the labels in order. */
  guint kind = gtk_drop_down_get_selected (self->kind_dropdown);

  return kind == 0 || kind == GTK_INVALID_LIST_POSITION ? DOSSIER_ANY_LABEL : (int) kind - 1;
}

static void
update_empty (DossierEntityPanel *self)
{
  gboolean any = self->entities && dossier_entity_list_get_n_all (self->entities) > 0;
  guint n_shown = self->entities ? g_list_model_get_n_items (G_LIST_MODEL (self->entities)) : 0;
  guint n_matching = self->entities ? dossier_entity_list_get_n_matching (self->entities) : 0;
  gboolean shown = n_shown > 0;

  gtk_widget_set_visible (GTK_WIDGET (self->more_label), n_matching > n_shown);
  if (n_matching > n_shown)
    {
      g_autofree char *text = g_strdup_printf (ngettext ("The %u most frequent of %u entity; search to find the others",
                                                         "The %u most frequent of %u entities; search to find the others",
                                                         n_matching), n_shown, n_matching);
      gtk_label_set_label (self->more_label, text);
    }

  if (shown)
    {
      gtk_stack_set_visible_child_name (self->stack, "list");
      return;
    }
  gtk_stack_set_visible_child_name (self->stack, "empty");
  if (!any)
    {
      adw_status_page_set_title (self->empty_page, _("No Entities"));
      adw_status_page_set_description (self->empty_page,
                                       _("People, organisations and places named in the articles appear here"));
    }
  else
    {
      adw_status_page_set_title (self->empty_page, _("No Matching Entities"));
      adw_status_page_set_description (self->empty_page, _("Try another name or kind"));
    }
}

static void
on_search_changed (DossierEntityPanel *self,
                   GtkSearchEntry     *entry)
{
  if (self->entities)
    dossier_entity_list_set_search (self->entities, gtk_editable_get_text (GTK_EDITABLE (entry)));
}

static void
on_stop_search (DossierEntityPanel *self,
                GtkSearchEntry     *entry)
{
  gtk_editable_set_text (GTK_EDITABLE (entry), "");
}

static void
on_kind_changed (DossierEntityPanel *self)
{
  if (self->entities)
    dossier_entity_list_set_label (self->entities, selected_label (self));
}

static void
on_activate (DossierEntityPanel *self,
             guint               position,
             GtkGridView        *list_view)
{
  g_autoptr(DossierEntity) entity = g_list_model_get_item (G_LIST_MODEL (self->entities), position);

  if (entity && self->filter)
    dossier_filter_toggle_entity (self->filter, dossier_entity_get_id (entity));
}

static gboolean
on_menu_key (GtkWidget *list_view,
             GVariant  *args,
             gpointer   user_data)
{
  GtkWidget *item = gtk_widget_get_focus_child (list_view);
  GtkWidget *row = item ? gtk_widget_get_first_child (item) : NULL;

  if (!DOSSIER_IS_ENTITY_ROW (row))
    return FALSE;
  dossier_entity_row_popup_menu (DOSSIER_ENTITY_ROW (row));
  return TRUE;
}

/* After a change the list starts at the top, with the most frequent
 * entities: scrolled down, the view would keep its first visible row where
 * it is. */
static void
scroll_to_top (DossierEntityPanel *self,
               guint               position,
               guint               removed,
               guint               added)
{
  GtkAdjustment *adjustment = gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (self->list_view));

  /* Already there (most clicks; the first row keeps its place, see
   * dossier-slot-selection.c): the action costs a third of a millisecond. */
  if (adjustment && gtk_adjustment_get_value (adjustment) <= gtk_adjustment_get_lower (adjustment))
    return;
  if (g_list_model_get_n_items (G_LIST_MODEL (self->entities)) > 0)
    gtk_widget_activate_action (GTK_WIDGET (self->list_view), "list.scroll-to-item", "u", 0);
}

static GtkWidget *
new_row (gpointer user_data)
{
  return dossier_entity_row_new ();
}

static void
bind_row (GtkWidget *row,
          gpointer   item,
          gpointer   user_data)
{
  DossierEntityPanel *self = user_data;

  if (item)
    dossier_entity_row_bind (DOSSIER_ENTITY_ROW (row), item, self->filter);
  else
    dossier_entity_row_unbind (DOSSIER_ENTITY_ROW (row));
}

static void
dossier_entity_panel_dispose (GObject *object)
{
  DossierEntityPanel *self = (DossierEntityPanel *) object;
  GtkWidget *child;

  dossier_entity_panel_set_filter (self, NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), DOSSIER_TYPE_ENTITY_PANEL);
  /* The template's top box has no id, so dispose_template leaves it. */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))))
    gtk_widget_unparent (child);
  g_clear_object (&self->selection);

  G_OBJECT_CLASS (dossier_entity_panel_parent_class)->dispose (object);
}

static void
dossier_entity_panel_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  DossierEntityPanel *self = DOSSIER_ENTITY_PANEL (object);

  switch (prop_id)
    {
    case PROP_FILTER:
      g_value_set_object (value, self->filter);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dossier_entity_panel_set_property (GObject      *object,
                                   guint         prop_id,
                                   const GValue *value,
                                   GParamSpec   *pspec)
{
  DossierEntityPanel *self = DOSSIER_ENTITY_PANEL (object);

  switch (prop_id)
    {
    case PROP_FILTER:
      dossier_entity_panel_set_filter (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dossier_entity_panel_class_init (DossierEntityPanelClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = dossier_entity_panel_dispose;
  object_class->get_property = dossier_entity_panel_get_property;
  object_class->set_property = dossier_entity_panel_set_property;

  properties[PROP_FILTER] =
    g_param_spec_object ("filter", NULL, NULL, DOSSIER_TYPE_FILTER,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/dossier-entity-panel.ui");
  gtk_widget_class_bind_template_child (widget_class, DossierEntityPanel, search_entry);
  gtk_widget_class_bind_template_child (widget_class, DossierEntityPanel, kind_dropdown);
  gtk_widget_class_bind_template_child (widget_class, DossierEntityPanel, list_view);
  gtk_widget_class_bind_template_child (widget_class, DossierEntityPanel, stack);
  gtk_widget_class_bind_template_child (widget_class, DossierEntityPanel, empty_page);
  gtk_widget_class_bind_template_child (widget_class, DossierEntityPanel, more_label);
  gtk_widget_class_bind_template_callback (widget_class, on_search_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_stop_search);
  gtk_widget_class_bind_template_callback (widget_class, on_kind_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_activate);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "dossierentitypanel");
}

static void
dossier_entity_panel_init (DossierEntityPanel *self)
{
  GtkListItemFactory *factory;

  gtk_widget_init_template (GTK_WIDGET (self));

  self->selection = gtk_no_selection_new (NULL);

  /* Rows outlive the entities they showed (see dossier-row-factory.c). */
  factory = dossier_row_factory_new (new_row, bind_row, self);
  /* A one-column grid view: 30 rows alive, where GTK 4.8's list view keeps
   * 200 and builds or measures them all at each click (see dossier-window.c). */
  gtk_grid_view_set_factory (self->list_view, factory);

  /* The corrections menu from the keyboard, as a right click opens it. */
  {
    GtkEventController *shortcuts = gtk_shortcut_controller_new ();

    gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (shortcuts),
                                          gtk_shortcut_new (gtk_shortcut_trigger_parse_string ("Menu|<Shift>F10"),
                                                            gtk_callback_action_new (on_menu_key, NULL, NULL)));
    gtk_widget_add_controller (GTK_WIDGET (self->list_view), shortcuts);
  }
  g_object_unref (factory);
  /* Slots (see dossier-slot-selection.c): the rows stay over a click. */
  {
    g_autoptr(DossierSlotSelection) slots = dossier_slot_selection_new (GTK_SELECTION_MODEL (self->selection));

    gtk_grid_view_set_model (self->list_view, GTK_SELECTION_MODEL (slots));
  }
  update_empty (self);
}

GtkWidget *
dossier_entity_panel_new (void)
{
  return g_object_new (DOSSIER_TYPE_ENTITY_PANEL, NULL);
}

DossierFilter *
dossier_entity_panel_get_filter (DossierEntityPanel *self)
{
  return self->filter;
}

/**
 * dossier_entity_panel_set_filter:
 * @filter: (nullable): the filter of the opened folder
 *
 * Shows the entities of the filter's corpus, and adds to @filter what the
 * user clicks.
 */
void
dossier_entity_panel_set_filter (DossierEntityPanel *self,
                                 DossierFilter      *filter)
{
  g_return_if_fail (DOSSIER_IS_ENTITY_PANEL (self));

  if (self->filter == filter)
    return;

  /* Drop the model first: rows unbind while the old filter is alive. */
  gtk_no_selection_set_model (self->selection, NULL);
  if (self->entities)
    g_signal_handlers_disconnect_by_data (self->entities, self);
  g_clear_object (&self->entities);
  g_set_object (&self->filter, filter);

  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
  if (filter)
    {
      self->entities = dossier_entity_list_new (filter);
      dossier_entity_list_set_limit (self->entities, LIMIT);
      dossier_entity_list_set_label (self->entities, selected_label (self));
      gtk_no_selection_set_model (self->selection, G_LIST_MODEL (self->entities));
      g_signal_connect_swapped (self->entities, "items-changed", G_CALLBACK (update_empty), self);
      g_signal_connect_swapped (self->entities, "items-changed", G_CALLBACK (scroll_to_top), self);
    }
  update_empty (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FILTER]);
}

/**
 * dossier_entity_panel_get_model:
 *
 * Returns: (transfer none): the entities as listed, in order
 */
GListModel *
dossier_entity_panel_get_model (DossierEntityPanel *self)
{
  return G_LIST_MODEL (self->entities);
}

GtkGridView *
dossier_entity_panel_get_list_view (DossierEntityPanel *self)
{
  return self->list_view;
}

void
dossier_entity_panel_focus_search (DossierEntityPanel *self)
{
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}
