/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "dossier-entity-row"

#include "config.h"

#include <glib/gi18n.h>

#include "dossier-entity-row.h"
#include "dossier-row-factory.h"

/**
 * DossierEntityRow:
 *
 * One entity in the entity panel: a dot in the colour of its kind, its
 * name, how many of the shown articles mention it, and a check mark when
 * it is part of the filter. It follows the filter itself, because the
 * list view does not rebind rows whose item did not move.
 *
 * The name and the count are GtkInscriptions: their size does not depend on
 * their text, so binding a row shapes each text once, at its allocation.
 */
struct _DossierEntityRow
{
  GtkWidget parent_instance;

  DossierEntity *entity;
  DossierFilter *filter;
  gulong changed_id;

  GtkWidget *dot;
  GtkInscription *name_label;
  GtkInscription *count_label;
  GtkWidget *check;

  /* What the screen reader was last told: GTK passes every update on to
   * the accessibility bus, and most rows keep theirs over a click. */
  DossierEntity *told_entity;
  char *told_description;
};

G_DEFINE_FINAL_TYPE (DossierEntityRow, dossier_entity_row, GTK_TYPE_WIDGET)

const char *
dossier_label_css_class (DossierLabel label)
{
  switch (label)
    {
    case DOSSIER_LABEL_PERSON:
      return "person";
    case DOSSIER_LABEL_ORG:
      return "org";
    case DOSSIER_LABEL_PLACE:
      return "place";
    case DOSSIER_LABEL_MISC:
    default:
      return "misc";
    }
}

const char *
dossier_label_display_name (DossierLabel label)
{
  switch (label)
    {
    case DOSSIER_LABEL_PERSON:
      return _("Person");
    case DOSSIER_LABEL_ORG:
      return _("Organisation");
    case DOSSIER_LABEL_PLACE:
      return _("Place");
    case DOSSIER_LABEL_MISC:
    default:
      return _("Other");
    }
}

static char *
describe (DossierEntityRow *self,
          guint             count,
          gboolean          selected)
{
  char *description = g_strdup_printf (ngettext ("%s, in %u article", "%s, in %u articles", count),
                                       dossier_label_display_name (dossier_entity_get_label (self->entity)),
                                       count);

  if (selected)
    {
      char *s = g_strdup_printf (_("%s, in the filter"), description);

      g_free (description);
      description = s;
    }
  return description;
}

static void
update (DossierEntityRow *self)
{
  guint32 id;
  guint count;
  gboolean selected;
  g_autofree char *count_text = NULL;
  g_autofree char *description = NULL;

  if (self->entity == NULL || self->filter == NULL)
    return;

  id = dossier_entity_get_id (self->entity);
  count = dossier_filter_get_facet_count (self->filter, id);
  selected = dossier_filter_has_entity (self->filter, id);
  count_text = g_strdup_printf ("%u", count);
  /* As the label's width-chars did: room for three digits, more for a
   * longer count (a resize only when the number of digits changes). */
  gtk_inscription_set_min_chars (self->count_label, MAX (3, strlen (count_text)));
  gtk_inscription_set_text (self->count_label, count_text);
  gtk_widget_set_visible (self->check, selected);

  description = describe (self, count, selected);
  if (self->told_entity == self->entity && g_strcmp0 (description, self->told_description) == 0)
    return;
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, dossier_entity_get_name (self->entity),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, description,
                                  -1);
  self->told_entity = self->entity;
  g_free (self->told_description);
  self->told_description = g_steal_pointer (&description);
}

/* The tooltip is made when asked for: setting tooltip text on every row at
 * every filter change costs a round trip to the display server each. */
static gboolean
on_query_tooltip (GtkWidget        *widget,
                  int               x,
                  int               y,
                  gboolean          keyboard,
                  GtkTooltip       *tooltip,
                  DossierEntityRow *self)
{
  const char * const *names;
  g_autoptr(GStrvBuilder) others = g_strv_builder_new ();
  g_auto(GStrv) others_v = NULL;
  g_autofree char *aliases = NULL;
  g_autofree char *description = NULL;
  guint32 id;

  if (self->entity == NULL || self->filter == NULL)
    return FALSE;
  id = dossier_entity_get_id (self->entity);
  description = describe (self, dossier_filter_get_facet_count (self->filter, id),
                          dossier_filter_has_entity (self->filter, id));

  names = dossier_entity_get_aliases (self->entity);
  for (guint i = 0; names[i]; i++)
    if (g_strcmp0 (names[i], dossier_entity_get_name (self->entity)) != 0)
      g_strv_builder_add (others, names[i]);
  others_v = g_strv_builder_end (others);
  aliases = g_strjoinv (", ", others_v);

  if (*aliases)
    {
      /* TRANSLATORS: entity tooltip: "Person, in 3 articles", then the other names it goes by */
      g_autofree char *text = g_strdup_printf (_("%s\nAlso: %s"), description, aliases);

      gtk_tooltip_set_text (tooltip, text);
    }
  else
    gtk_tooltip_set_text (tooltip, description);
  return TRUE;
}

/**
 * dossier_entity_row_build_menu:
 *
 * Returns: (transfer full) (nullable): the corrections that can be made to
 *   the row's entity, as a menu of window actions
 */
GMenuModel *
dossier_entity_row_build_menu (DossierEntityRow *self)
{
  g_autoptr(GMenu) menu = g_menu_new ();
  g_autoptr(GMenu) main = g_menu_new ();
  g_autoptr(GMenu) kinds = g_menu_new ();
  g_autoptr(GMenu) aliases = g_menu_new ();
  g_autoptr(GMenu) last = g_menu_new ();
  const char * const *names;
  guint32 id;
  const guint32 *selected;
  guint n_selected, n_others = 0;

  if (self->entity == NULL || self->filter == NULL)
    return NULL;
  id = dossier_entity_get_id (self->entity);

  {
    g_autoptr(GMenuItem) item = g_menu_item_new (_("_Rename…"), NULL);
    g_menu_item_set_action_and_target_value (item, "window.rename-entity", g_variant_new_uint32 (id));
    g_menu_append_item (main, item);
  }

  for (guint label = 0; label < DOSSIER_N_LABELS; label++)
    {
      g_autoptr(GMenuItem) item = NULL;

      if (label == dossier_entity_get_label (self->entity))
        continue;
      item = g_menu_item_new (dossier_label_display_name (label), NULL);
      g_menu_item_set_action_and_target_value (item, "window.relabel-entity", g_variant_new ("(uu)", id, label));
      g_menu_append_item (kinds, item);
    }
  g_menu_append_submenu (main, _("Change _Kind"), G_MENU_MODEL (kinds));

  /* Merging works on the filter: select the duplicates, then merge them
   * into the one to keep. */
  selected = dossier_filter_get_entities (self->filter, &n_selected);
  for (guint i = 0; i < n_selected; i++)
    if (selected[i] != id)
      n_others++;
  if (n_others > 0)
    {
      g_autoptr(GMenuItem) item = NULL;
      g_autofree char *label = NULL;

      if (n_others == 1)
        {
          DossierEntity *other = NULL;

          for (guint i = 0; i < n_selected && other == NULL; i++)
            if (selected[i] != id)
              other = dossier_corpus_get_entity_by_id (dossier_filter_get_corpus (self->filter), selected[i]);
          /* TRANSLATORS: %s is the name of another entity, selected in the filter */
          label = g_strdup_printf (_("_Merge “%s” Into This One"), other ? dossier_entity_get_name (other) : "");
        }
      else
        label = g_strdup_printf (ngettext ("_Merge the Other Selected Entity Into This One",
                                           "_Merge the %u Other Selected Entities Into This One",
                                           n_others), n_others);

      item = g_menu_item_new (label, NULL);
      g_menu_item_set_action_and_target_value (item, "window.merge-entity", g_variant_new_uint32 (id));
      g_menu_append_item (main, item);
    }

  names = dossier_entity_get_aliases (self->entity);
  for (guint i = 0; names[i]; i++)
    {
      g_autoptr(GMenuItem) item = NULL;

      if (g_str_equal (names[i], dossier_entity_get_name (self->entity)))
        continue;
      item = g_menu_item_new (names[i], NULL);
      g_menu_item_set_action_and_target_value (item, "window.split-alias", g_variant_new ("(us)", id, names[i]));
      g_menu_append_item (aliases, item);
    }
  if (g_menu_model_get_n_items (G_MENU_MODEL (aliases)) > 0)
    g_menu_append_submenu (main, _("_Split Off an Alias"), G_MENU_MODEL (aliases));

  {
    g_autoptr(GMenuItem) item = g_menu_item_new (_("_Not an Entity"), NULL);
    g_menu_item_set_action_and_target_value (item, "window.not-an-entity", g_variant_new_uint32 (id));
    g_menu_append_item (last, item);
  }
  g_menu_append_section (menu, NULL, G_MENU_MODEL (main));
  g_menu_append_section (menu, NULL, G_MENU_MODEL (last));
  return G_MENU_MODEL (g_steal_pointer (&menu));
}

static void
on_popover_closed (GtkPopover *popover)
{
  /* Unparented from an idle: the popover is still finishing its work. */
  g_idle_add_once ((GSourceOnceFunc) gtk_widget_unparent, popover);
}

static void
popup_menu (DossierEntityRow *self,
            double            x,
            double            y)
{
  g_autoptr(GMenuModel) model = dossier_entity_row_build_menu (self);
  GtkWidget *popover;

  if (model == NULL)
    return;
  popover = gtk_popover_menu_new_from_model (model);
  gtk_widget_set_parent (popover, GTK_WIDGET (self));
  gtk_popover_set_has_arrow (GTK_POPOVER (popover), FALSE);
  gtk_widget_set_halign (popover, GTK_ALIGN_START);
  gtk_popover_set_pointing_to (GTK_POPOVER (popover), &(GdkRectangle) { x, y, 1, 1 });
  g_signal_connect (popover, "closed", G_CALLBACK (on_popover_closed), NULL);
  gtk_popover_popup (GTK_POPOVER (popover));
}

/**
 * dossier_entity_row_popup_menu:
 *
 * Shows the corrections menu, for the keyboard (Menu, Shift+F10).
 */
void
dossier_entity_row_popup_menu (DossierEntityRow *self)
{
  popup_menu (self, gtk_widget_get_width (GTK_WIDGET (self)) / 2.0, gtk_widget_get_height (GTK_WIDGET (self)));
}

static void
on_secondary_click (GtkGestureClick  *gesture,
                    int               n_press,
                    double            x,
                    double            y,
                    DossierEntityRow *self)
{
  gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_CLAIMED);
  popup_menu (self, x, y);
}

static void
on_long_press (GtkGestureLongPress *gesture,
               double               x,
               double               y,
               DossierEntityRow    *self)
{
  popup_menu (self, x, y);
}

static void
dossier_entity_row_dispose (GObject *object)
{
  DossierEntityRow *self = (DossierEntityRow *) object;
  GtkWidget *child;

  dossier_entity_row_unbind (self);
  gtk_widget_dispose_template (GTK_WIDGET (self), DOSSIER_TYPE_ENTITY_ROW);
  g_clear_pointer (&self->told_description, g_free);
  /* The template's top box has no id, so dispose_template leaves it. */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))))
    gtk_widget_unparent (child);

  G_OBJECT_CLASS (dossier_entity_row_parent_class)->dispose (object);
}

/* The row's height depends on its fonts, not on its texts (one-line
 * inscriptions, a dot, an icon): measured once for the fonts of the list
 * (see dossier_row_get_list_context()), where a GtkBox asked each
 * inscription for its baseline, shaping every name at each click. */
static void
dossier_entity_row_measure (GtkWidget      *widget,
                            GtkOrientation  orientation,
                            int             for_size,
                            int            *minimum,
                            int            *natural,
                            int            *minimum_baseline,
                            int            *natural_baseline)
{
  DossierEntityRow *self = DOSSIER_ENTITY_ROW (widget);
  GtkWidget *box = gtk_widget_get_first_child (widget);
  static struct {
    PangoContext *context;
    guint serial;
    int minimum[2], natural[2];
    gboolean valid[2];
  } heights;

  if (orientation == GTK_ORIENTATION_VERTICAL)
    {
      PangoContext *context = dossier_row_get_list_context (widget);
      guint serial = pango_context_get_serial (context);
      guint check = gtk_widget_get_visible (self->check) ? 1 : 0;

      if (heights.context != context || heights.serial != serial)
        {
          heights.context = context;
          heights.serial = serial;
          heights.valid[0] = heights.valid[1] = FALSE;
        }
      if (!heights.valid[check])
        {
          gtk_widget_measure (box, orientation, -1, &heights.minimum[check], &heights.natural[check], NULL, NULL);
          heights.valid[check] = TRUE;
        }
      *minimum = heights.minimum[check];
      *natural = heights.natural[check];
      return;
    }
  gtk_widget_measure (box, orientation, for_size, minimum, natural, NULL, NULL);
}

static void
dossier_entity_row_size_allocate (GtkWidget *widget,
                                  int        width,
                                  int        height,
                                  int        baseline)
{
  gtk_widget_size_allocate (gtk_widget_get_first_child (widget),
                            &(GtkAllocation) { 0, 0, width, height }, -1);
}

static void
dossier_entity_row_class_init (DossierEntityRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = dossier_entity_row_dispose;
  widget_class->measure = dossier_entity_row_measure;
  widget_class->size_allocate = dossier_entity_row_size_allocate;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/dossier-entity-row.ui");
  gtk_widget_class_bind_template_child (widget_class, DossierEntityRow, dot);
  gtk_widget_class_bind_template_child (widget_class, DossierEntityRow, name_label);
  gtk_widget_class_bind_template_child (widget_class, DossierEntityRow, count_label);
  gtk_widget_class_bind_template_child (widget_class, DossierEntityRow, check);
  gtk_widget_class_set_css_name (widget_class, "dossierentityrow");
}

static void
dossier_entity_row_init (DossierEntityRow *self)
{
  GtkGesture *gesture;

  gtk_widget_init_template (GTK_WIDGET (self));

  gtk_widget_set_has_tooltip (GTK_WIDGET (self), TRUE);
  g_signal_connect (self, "query-tooltip", G_CALLBACK (on_query_tooltip), self);

  /* Corrections: a right click, or a long press on a touch screen. */
  gesture = gtk_gesture_click_new ();
  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (gesture), GDK_BUTTON_SECONDARY);
  g_signal_connect (gesture, "pressed", G_CALLBACK (on_secondary_click), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (gesture));

  gesture = gtk_gesture_long_press_new ();
  gtk_gesture_single_set_touch_only (GTK_GESTURE_SINGLE (gesture), TRUE);
  g_signal_connect (gesture, "pressed", G_CALLBACK (on_long_press), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (gesture));
}

GtkWidget *
dossier_entity_row_new (void)
{
  return g_object_new (DOSSIER_TYPE_ENTITY_ROW, NULL);
}

DossierEntity *
dossier_entity_row_get_entity (DossierEntityRow *self)
{
  return self->entity;
}

void
dossier_entity_row_bind (DossierEntityRow *self,
                         DossierEntity    *entity,
                         DossierFilter    *filter)
{
  g_return_if_fail (DOSSIER_IS_ENTITY_ROW (self));

  /* A row bound again at a click keeps its filter and its dot's class
   * when they are the same. */
  if (self->filter != filter)
    {
      dossier_entity_row_unbind (self);
      self->filter = g_object_ref (filter);
      self->changed_id = g_signal_connect_swapped (filter, "changed", G_CALLBACK (update), self);
    }
  if (self->entity == NULL || dossier_entity_get_label (self->entity) != dossier_entity_get_label (entity))
    gtk_widget_set_css_classes (self->dot, (const char *[]) {
                                  "entity-dot",
                                  dossier_label_css_class (dossier_entity_get_label (entity)),
                                  NULL });
  g_set_object (&self->entity, entity);

  gtk_inscription_set_text (self->name_label, dossier_entity_get_name (entity));
  update (self);
}

void
dossier_entity_row_unbind (DossierEntityRow *self)
{
  if (self->filter)
    g_clear_signal_handler (&self->changed_id, self->filter);
  g_clear_object (&self->filter);
  g_clear_object (&self->entity);
  self->told_entity = NULL;
  g_clear_pointer (&self->told_description, g_free);
}
