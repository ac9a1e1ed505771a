/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "dossier-note-editor"

#include "config.h"

#include <glib/gi18n.h>

#include "dossier-highlighter.h"
#include "dossier-note-editor.h"

/**
 * DossierNoteEditor:
 *
 * The popover that makes a highlight or edits one: colour, note, tags.
 * It edits a copy of the note; #DossierNoteEditor::save hands it back to
 * be stored, #DossierNoteEditor::delete asks for it to go.
 */

struct _DossierNoteEditor
{
  GtkPopover parent_instance;

  DossierNote *note;
  gboolean is_new;

  GtkLabel *heading;
  GtkBox *color_box;
  GtkToggleButton *color_buttons[DOSSIER_N_HIGHLIGHT_COLORS];
  GtkTextView *text_view;
  GtkEntry *tags_entry;
  GtkButton *delete_button;
  GtkButton *save_button;
};

G_DEFINE_FINAL_TYPE (DossierNoteEditor, dossier_note_editor, GTK_TYPE_POPOVER)

enum {
  SAVE,
  DELETE,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static char **
parse_tags (const char *text)
{
  g_auto(GStrv) parts = g_strsplit (text ? text : "", ",", -1);
  GStrvBuilder *builder = g_strv_builder_new ();
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  char **tags;

  for (guint i = 0; parts[i]; i++)
    {
      char *tag = g_strstrip (parts[i]);

      if (*tag && g_hash_table_add (seen, tag))
        g_strv_builder_add (builder, tag);
    }
  tags = g_strv_builder_end (builder);
  g_strv_builder_unref (builder);
  return tags;
}

/**
 * dossier_note_editor_save:
 *
 * Copies what the popover shows into its note and emits
 * #DossierNoteEditor::save: what the Save button does.
 */
void
dossier_note_editor_save (DossierNoteEditor *self)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->text_view);
  GtkTextIter start, end;
  g_autofree char *text = NULL;
  g_auto(GStrv) tags = NULL;

  if (self->note == NULL)
    return;
  gtk_text_buffer_get_bounds (buffer, &start, &end);
  text = g_strstrip (gtk_text_buffer_get_text (buffer, &start, &end, FALSE));
  tags = parse_tags (gtk_editable_get_text (GTK_EDITABLE (self->tags_entry)));
  dossier_note_set_text (self->note, *text ? text : NULL);
  dossier_note_set_tags (self->note, (const char * const *) tags);
  for (guint i = 0; i < DOSSIER_N_HIGHLIGHT_COLORS; i++)
    if (gtk_toggle_button_get_active (self->color_buttons[i]))
      dossier_note_set_color (self->note, dossier_highlight_colors[i]);

  g_signal_emit (self, signals[SAVE], 0, self->note, self->is_new);
  gtk_popover_popdown (GTK_POPOVER (self));
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  dossier_note_editor_save (DOSSIER_NOTE_EDITOR (widget));
}

static void
delete_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  DossierNoteEditor *self = DOSSIER_NOTE_EDITOR (widget);
  g_autoptr(DossierNote) note = self->note ? g_object_ref (self->note) : NULL;

  gtk_popover_popdown (GTK_POPOVER (self));
  if (note && !self->is_new)
    g_signal_emit (self, signals[DELETE], 0, note);
}

static void
dossier_note_editor_dispose (GObject *object)
{
  DossierNoteEditor *self = (DossierNoteEditor *) object;

  g_clear_object (&self->note);
  gtk_widget_dispose_template (GTK_WIDGET (self), DOSSIER_TYPE_NOTE_EDITOR);

  G_OBJECT_CLASS (dossier_note_editor_parent_class)->dispose (object);
}

static void
dossier_note_editor_class_init (DossierNoteEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = dossier_note_editor_dispose;

  /**
   * DossierNoteEditor::save:
   * @note: the edited note
   * @is_new: whether it is a new highlight, still to be added
   */
  signals[SAVE] =
    g_signal_new ("save", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                  G_TYPE_NONE, 2, DOSSIER_TYPE_NOTE, G_TYPE_BOOLEAN);
  /**
   * DossierNoteEditor::delete:
   * @note: the note to delete
   */
  signals[DELETE] =
    g_signal_new ("delete", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, DOSSIER_TYPE_NOTE);

  gtk_widget_class_install_action (widget_class, "editor.save", NULL, save_action);
  gtk_widget_class_install_action (widget_class, "editor.delete", NULL, delete_action);
  /* Ctrl+Return saves from the note's text view, where Return is a new line. */
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Return, GDK_CONTROL_MASK, "editor.save", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Enter, GDK_CONTROL_MASK, "editor.save", NULL);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/dossier-note-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, DossierNoteEditor, heading);
  gtk_widget_class_bind_template_child (widget_class, DossierNoteEditor, color_box);
  gtk_widget_class_bind_template_child (widget_class, DossierNoteEditor, text_view);
  gtk_widget_class_bind_template_child (widget_class, DossierNoteEditor, tags_entry);
  gtk_widget_class_bind_template_child (widget_class, DossierNoteEditor, delete_button);
  gtk_widget_class_bind_template_child (widget_class, DossierNoteEditor, save_button);
}

static void
dossier_note_editor_init (DossierNoteEditor *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  for (guint i = 0; i < DOSSIER_N_HIGHLIGHT_COLORS; i++)
    {
      GtkWidget *button = gtk_toggle_button_new ();
      g_autofree char *css = g_strconcat ("note-swatch-", dossier_highlight_colors[i], NULL);

      gtk_widget_add_css_class (button, "note-swatch");
      gtk_widget_add_css_class (button, css);
      gtk_widget_add_css_class (button, "circular");
      gtk_widget_set_tooltip_text (button, dossier_highlight_color_label (dossier_highlight_colors[i]));
      gtk_accessible_update_property (GTK_ACCESSIBLE (button),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      dossier_highlight_color_label (dossier_highlight_colors[i]),
                                      -1);
      if (i > 0)
        gtk_toggle_button_set_group (GTK_TOGGLE_BUTTON (button), self->color_buttons[0]);
      self->color_buttons[i] = GTK_TOGGLE_BUTTON (button);
      gtk_box_append (self->color_box, button);
    }
  gtk_toggle_button_set_active (self->color_buttons[0], TRUE);
  /* Return in the tags entry saves. */
  gtk_popover_set_default_widget (GTK_POPOVER (self), GTK_WIDGET (self->save_button));
}

GtkWidget *
dossier_note_editor_new (void)
{
  return g_object_new (DOSSIER_TYPE_NOTE_EDITOR, NULL);
}

/**
 * dossier_note_editor_set_note:
 * @note: (transfer none): the note to edit; the editor keeps a copy
 * @is_new: whether it is a new highlight (no Delete button then)
 */
void
dossier_note_editor_set_note (DossierNoteEditor *self,
                              DossierNote       *note,
                              gboolean           is_new)
{
  g_autofree char *tags = NULL;
  const char *color = dossier_note_get_color (note);

  g_clear_object (&self->note);
  self->note = dossier_note_copy (note);
  self->is_new = is_new;

  gtk_label_set_label (self->heading, is_new ? _("New Highlight") : _("Edit Note"));
  gtk_button_set_label (self->save_button, is_new ? _("_Highlight") : _("_Save"));
  gtk_widget_set_visible (GTK_WIDGET (self->delete_button), !is_new);
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (self->text_view),
                            dossier_note_get_text (note) ? dossier_note_get_text (note) : "", -1);
  tags = g_strjoinv (", ", (char **) (dossier_note_get_tags (note) ? dossier_note_get_tags (note)
                                                                   : (const char * const[]) { NULL }));
  gtk_editable_set_text (GTK_EDITABLE (self->tags_entry), tags);
  for (guint i = 0; i < DOSSIER_N_HIGHLIGHT_COLORS; i++)
    gtk_toggle_button_set_active (self->color_buttons[i],
                                  g_strcmp0 (color ? color : dossier_highlight_colors[0],
                                             dossier_highlight_colors[i]) == 0);
  gtk_widget_grab_focus (GTK_WIDGET (self->text_view));
}

/**
 * dossier_note_editor_get_note:
 *
 * Returns: (transfer none) (nullable): the note being edited
 */
DossierNote *
dossier_note_editor_get_note (DossierNoteEditor *self)
{
  return self->note;
}

/* For tests, what typing would do. */
void
dossier_note_editor_set_text (DossierNoteEditor *self,
                              const char        *text)
{
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (self->text_view), text, -1);
}

void
dossier_note_editor_set_tags_text (DossierNoteEditor *self,
                                   const char        *tags)
{
  gtk_editable_set_text (GTK_EDITABLE (self->tags_entry), tags);
}
