/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "dossier-entity-row"

#include "config.h"

#include <glib/gi18n.h>

#include "dossier-entity-row.h"

/**
 * DossierEntityRow:
 *
 * One entity in the entity panel: a dot in the colour of its kind, its
 * name, how many of the shown articles mention it, and a check mark when
 * it is part of the filter. It follows the filter itself, because the
 * list view does not rebind rows whose item did not move.
 */
struct _DossierEntityRow
{
  GtkWidget parent_instance;

  DossierEntity *entity;
  DossierFilter *filter;
  gulong changed_id;

  GtkWidget *dot;
  GtkLabel *name_label;
  GtkLabel *count_label;
  GtkWidget *check;
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

static void
update (DossierEntityRow *self)
{
  guint32 id;
  guint count;
  gboolean selected;
  g_autofree char *count_text = NULL;
  g_autofree char *description = NULL;
  g_autofree char *aliases = NULL;
  g_autofree char *tooltip = NULL;
  const char * const *names;
  g_autoptr(GStrvBuilder) others = g_strv_builder_new ();
  g_auto(GStrv) others_v = NULL;

  if (self->entity == NULL || self->filter == NULL)
    return;

  id = dossier_entity_get_id (self->entity);
  count = dossier_filter_get_facet_count (self->filter, id);
  selected = dossier_filter_has_entity (self->filter, id);
  count_text = g_strdup_printf ("%u", count);
  gtk_label_set_label (self->count_label, count_text);
  gtk_widget_set_visible (self->check, selected);

  names = dossier_entity_get_aliases (self->entity);
  for (guint i = 0; names[i]; i++)
    if (g_strcmp0 (names[i], dossier_entity_get_name (self->entity)) != 0)
      g_strv_builder_add (others, names[i]);
  others_v = g_strv_builder_end (others);
  aliases = g_strjoinv (", ", others_v);

  description = g_strdup_printf (ngettext ("%s, in %u article", "%s, in %u articles", count),
                                 dossier_label_display_name (dossier_entity_get_label (self->entity)), count);
  if (selected)
    {
      char *s = g_strdup_printf (_("%s, in the filter"), description);
      g_free (description);
      description = s;
    }
  if (*aliases)
    /* TRANSLATORS: entity tooltip: "Person, in 3 articles", then the other names it goes by */
    tooltip = g_strdup_printf (_("%s\nAlso: %s"), description, aliases);
  else
    tooltip = g_strdup (description);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self), tooltip);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, dossier_entity_get_name (self->entity),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, description,
                                  -1);
}

static void
dossier_entity_row_dispose (GObject *object)
{
  DossierEntityRow *self = (DossierEntityRow *) object;
  GtkWidget *child;

  dossier_entity_row_unbind (self);
  gtk_widget_dispose_template (GTK_WIDGET (self), DOSSIER_TYPE_ENTITY_ROW);
  /* The template's top box has no id, so dispose_template leaves it. */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))))
    gtk_widget_unparent (child);

  G_OBJECT_CLASS (dossier_entity_row_parent_class)->dispose (object);
}

static void
dossier_entity_row_class_init (DossierEntityRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = dossier_entity_row_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/dossier-entity-row.ui");
  gtk_widget_class_bind_template_child (widget_class, DossierEntityRow, dot);
  gtk_widget_class_bind_template_child (widget_class, DossierEntityRow, name_label);
  gtk_widget_class_bind_template_child (widget_class, DossierEntityRow, count_label);
  gtk_widget_class_bind_template_child (widget_class, DossierEntityRow, check);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "dossierentityrow");
}

static void
dossier_entity_row_init (DossierEntityRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
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

  dossier_entity_row_unbind (self);
  self->entity = g_object_ref (entity);
  self->filter = g_object_ref (filter);
  self->changed_id = g_signal_connect_swapped (filter, "changed", G_CALLBACK (update), self);

  gtk_label_set_label (self->name_label, dossier_entity_get_name (entity));
  gtk_widget_set_css_classes (self->dot, (const char *[]) {
                                "entity-dot",
                                dossier_label_css_class (dossier_entity_get_label (entity)),
                                NULL });
  update (self);
}

void
dossier_entity_row_unbind (DossierEntityRow *self)
{
  if (self->filter)
    g_clear_signal_handler (&self->changed_id, self->filter);
  g_clear_object (&self->filter);
  g_clear_object (&self->entity);
}
