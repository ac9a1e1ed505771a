/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "dossier-slot-selection"

#include "config.h"

#include <string.h>

#include "dossier-slot-selection.h"

/**
 * DossierSlotSelection:
 *
 * A selection model for a list or grid view that hands out slots instead
 * of the items of the model it wraps: a #DossierSlot holds an item, and
 * emits #DossierSlot::changed when it is given another.
 *
 * GTK 4.8's list and grid views keep a row for an item only when the very
 * same item comes back in an items-changed: an entity click that replaces
 * the articles on screen destroyed the 60 list item widgets of both lists
 * and built 60 new ones (their CSS nodes, gestures, accessible objects).
 * Here a position that has a row keeps its slot when the wrapped model
 * replaces its item: the slot takes the new item and its row follows, and
 * the view is only told of the other positions (see on_items_changed()).
 *
 * Everything else goes to the wrapped model: its items (the window's
 * selection keeps articles, not slots), and the selection, which is read
 * and changed by position.
 *
 * A slot is only made for a position the view asks for. The array of
 * slots follows the model's positions; slots nobody else holds any more
 * (their rows scrolled away) are dropped now and then.
 */

struct _DossierSlot
{
  GObject parent_instance;

  GObject *item;
};

G_DEFINE_FINAL_TYPE (DossierSlot, dossier_slot, G_TYPE_OBJECT)

enum {
  SLOT_CHANGED,
  N_SLOT_SIGNALS
};

static guint slot_signals[N_SLOT_SIGNALS];

static void
dossier_slot_finalize (GObject *object)
{
  DossierSlot *self = (DossierSlot *) object;

  g_clear_object (&self->item);

  G_OBJECT_CLASS (dossier_slot_parent_class)->finalize (object);
}

static void
dossier_slot_class_init (DossierSlotClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = dossier_slot_finalize;

  /**
   * DossierSlot::changed:
   *
   * The slot holds another item.
   */
  slot_signals[SLOT_CHANGED] =
    g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
dossier_slot_init (DossierSlot *self)
{
}

/* Takes @item's reference. */
static void
slot_take_item (DossierSlot *self,
                GObject     *item)
{
  if (self->item == item)
    {
      g_clear_object (&item);
      return;
    }
  /* A new slot has no row following it yet. */
  if (self->item == NULL)
    {
      self->item = item;
      return;
    }
  g_clear_object (&self->item);
  self->item = item;
  g_signal_emit (self, slot_signals[SLOT_CHANGED], 0);
}

/**
 * dossier_slot_get_item:
 *
 * Returns: (transfer none) (type GObject): the item the slot holds
 */
gpointer
dossier_slot_get_item (DossierSlot *self)
{
  g_return_val_if_fail (DOSSIER_IS_SLOT (self), NULL);

  return self->item;
}

/* Slots made since the last sweep beyond which the array is swept. */
#define SWEEP_EVERY 512

struct _DossierSlotSelection
{
  GObject parent_instance;

  GtkSelectionModel *model;
  GPtrArray *slots;      /* DossierSlot or NULL per position, references */
  guint n_made;          /* slots made since the last sweep */
  gboolean changing;     /* within our items-changed */
};

static void list_model_iface_init (GListModelInterface *iface);
static void selection_model_iface_init (GtkSelectionModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (DossierSlotSelection, dossier_slot_selection, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, list_model_iface_init)
                               G_IMPLEMENT_INTERFACE (GTK_TYPE_SELECTION_MODEL, selection_model_iface_init))

static gboolean
slot_is_held (gpointer slot)
{
  return slot && g_atomic_int_get ((int *) &G_OBJECT (slot)->ref_count) > 1;
}

/* Drops the slots only the array holds. */
static void
sweep (DossierSlotSelection *self)
{
  for (guint i = 0; i < self->slots->len; i++)
    if (self->slots->pdata[i] && !slot_is_held (self->slots->pdata[i]))
      g_clear_object (&self->slots->pdata[i]);
  self->n_made = 0;
}

static GType
get_item_type (GListModel *model)
{
  return DOSSIER_TYPE_SLOT;
}

static guint
get_n_items (GListModel *model)
{
  DossierSlotSelection *self = (DossierSlotSelection *) model;

  return self->slots->len;
}

static gpointer
get_item (GListModel *model,
          guint       position)
{
  DossierSlotSelection *self = (DossierSlotSelection *) model;
  DossierSlot *slot;

  if (position >= self->slots->len)
    return NULL;
  slot = g_ptr_array_index (self->slots, position);
  if (slot == NULL)
    {
      /* Not swept within our items-changed, which may ask for many. */
      if (++self->n_made > SWEEP_EVERY && !self->changing)
        sweep (self);
      slot = g_object_new (DOSSIER_TYPE_SLOT, NULL);
      self->slots->pdata[position] = slot;
      slot_take_item (slot, g_list_model_get_item (G_LIST_MODEL (self->model), position));
    }
  return g_object_ref (slot);
}

static void
list_model_iface_init (GListModelInterface *iface)
{
  iface->get_item_type = get_item_type;
  iface->get_n_items = get_n_items;
  iface->get_item = get_item;
}

static gboolean
is_selected (GtkSelectionModel *model,
             guint              position)
{
  return gtk_selection_model_is_selected (((DossierSlotSelection *) model)->model, position);
}

static GtkBitset *
get_selection_in_range (GtkSelectionModel *model,
                        guint              position,
                        guint              n_items)
{
  return gtk_selection_model_get_selection_in_range (((DossierSlotSelection *) model)->model, position, n_items);
}

static gboolean
select_item (GtkSelectionModel *model,
             guint              position,
             gboolean           unselect_rest)
{
  return gtk_selection_model_select_item (((DossierSlotSelection *) model)->model, position, unselect_rest);
}

static gboolean
unselect_item (GtkSelectionModel *model,
               guint              position)
{
  return gtk_selection_model_unselect_item (((DossierSlotSelection *) model)->model, position);
}

static gboolean
select_range (GtkSelectionModel *model,
              guint              position,
              guint              n_items,
              gboolean           unselect_rest)
{
  return gtk_selection_model_select_range (((DossierSlotSelection *) model)->model, position, n_items, unselect_rest);
}

static gboolean
unselect_range (GtkSelectionModel *model,
                guint              position,
                guint              n_items)
{
  return gtk_selection_model_unselect_range (((DossierSlotSelection *) model)->model, position, n_items);
}

static gboolean
select_all (GtkSelectionModel *model)
{
  return gtk_selection_model_select_all (((DossierSlotSelection *) model)->model);
}

static gboolean
unselect_all (GtkSelectionModel *model)
{
  return gtk_selection_model_unselect_all (((DossierSlotSelection *) model)->model);
}

static gboolean
set_selection (GtkSelectionModel *model,
               GtkBitset         *selected,
               GtkBitset         *mask)
{
  return gtk_selection_model_set_selection (((DossierSlotSelection *) model)->model, selected, mask);
}

static void
selection_model_iface_init (GtkSelectionModelInterface *iface)
{
  iface->is_selected = is_selected;
  iface->get_selection_in_range = get_selection_in_range;
  iface->select_item = select_item;
  iface->unselect_item = unselect_item;
  iface->select_range = select_range;
  iface->unselect_range = unselect_range;
  iface->select_all = select_all;
  iface->unselect_all = unselect_all;
  iface->set_selection = set_selection;
}


/* The array after an items-changed of the slots' positions: the replaced
 * positions' slots dropped, the added positions empty. */
static void
splice_slots (GPtrArray *slots,
              guint      position,
              guint      removed,
              guint      added)
{
  guint old_len = slots->len;
  guint tail = old_len - position - removed;

  for (guint i = position; i < position + removed; i++)
    g_clear_object (&slots->pdata[i]);
  if (added > removed)
    {
      g_ptr_array_set_size (slots, old_len - removed + added);
      if (tail > 0)
        memmove (&slots->pdata[position + added], &slots->pdata[position + removed], tail * sizeof (gpointer));
    }
  else if (added < removed)
    {
      if (tail > 0)
        memmove (&slots->pdata[position + added], &slots->pdata[position + removed], tail * sizeof (gpointer));
      g_ptr_array_set_size (slots, old_len - removed + added);
    }
  if (added > 0)
    memset (&slots->pdata[position], 0, added * sizeof (gpointer));
}

static void
emit_items_changed (DossierSlotSelection *self,
                    guint                 position,
                    guint                 removed,
                    guint                 added)
{
  if (removed == 0 && added == 0)
    return;
  splice_slots (self->slots, position, removed, added);
  self->changing = TRUE;
  g_list_model_items_changed (G_LIST_MODEL (self), position, removed, added);
  self->changing = FALSE;
}

/* The wrapped model replaced @removed items at @position by @added. The
 * positions of the first min(@removed, @added) that have a row keep their
 * slot, which takes the new item there (its row follows): they are no
 * part of what the view is told changed, which is the rest, told in
 * pieces, the last first (so that no piece moves the positions of one
 * still to tell). The view neither destroys nor builds a row for a kept
 * position, and never finds an item it tracks (the first one shown, the
 * focused one) among the replaced ones, when GTK 4.8 would ask for every
 * added item in search of it. */
static void
on_items_changed (DossierSlotSelection *self,
                  guint                 position,
                  guint                 removed,
                  guint                 added)
{
  GPtrArray *slots = self->slots;
  guint common = MIN (removed, added);
  g_autoptr(GArray) kept = g_array_new (FALSE, FALSE, sizeof (guint));
  guint end;

  g_return_if_fail (position + removed <= slots->len);

  for (guint q = position; q < position + common; q++)
    if (slot_is_held (slots->pdata[q]))
      {
        g_array_append_val (kept, q);
        slot_take_item (slots->pdata[q], g_list_model_get_item (G_LIST_MODEL (self->model), q));
      }

  /* After the last kept position, the rest of the change; then each run
   * between kept positions, as many items for as many. */
  end = kept->len > 0 ? g_array_index (kept, guint, kept->len - 1) + 1 : position;
  emit_items_changed (self, end, position + removed - end, position + added - end);
  for (guint k = kept->len; k-- > 0;)
    {
      guint q = g_array_index (kept, guint, k);
      guint start = k > 0 ? g_array_index (kept, guint, k - 1) + 1 : position;

      emit_items_changed (self, start, q - start, q - start);
    }

  /* The kept rows' selected state follows their new items. */
  if (kept->len > 0)
    gtk_selection_model_selection_changed (GTK_SELECTION_MODEL (self), position, common);

  if (self->n_made > SWEEP_EVERY)
    sweep (self);
}

static void
on_selection_changed (DossierSlotSelection *self,
                      guint                 position,
                      guint                 n_items)
{
  gtk_selection_model_selection_changed (GTK_SELECTION_MODEL (self), position, n_items);
}

static void
dossier_slot_selection_dispose (GObject *object)
{
  DossierSlotSelection *self = (DossierSlotSelection *) object;

  if (self->model)
    g_signal_handlers_disconnect_by_data (self->model, self);
  g_clear_object (&self->model);
  for (guint i = 0; i < self->slots->len; i++)
    g_clear_object (&self->slots->pdata[i]);
  g_ptr_array_set_size (self->slots, 0);

  G_OBJECT_CLASS (dossier_slot_selection_parent_class)->dispose (object);
}

static void
dossier_slot_selection_finalize (GObject *object)
{
  DossierSlotSelection *self = (DossierSlotSelection *) object;

  g_ptr_array_unref (self->slots);

  G_OBJECT_CLASS (dossier_slot_selection_parent_class)->finalize (object);
}

static void
dossier_slot_selection_class_init (DossierSlotSelectionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = dossier_slot_selection_dispose;
  object_class->finalize = dossier_slot_selection_finalize;
}

static void
dossier_slot_selection_init (DossierSlotSelection *self)
{
  self->slots = g_ptr_array_new ();
}

/**
 * dossier_slot_selection_new:
 * @model: (transfer none): the selection model to wrap
 */
DossierSlotSelection *
dossier_slot_selection_new (GtkSelectionModel *model)
{
  DossierSlotSelection *self;

  g_return_val_if_fail (GTK_IS_SELECTION_MODEL (model), NULL);

  self = g_object_new (DOSSIER_TYPE_SLOT_SELECTION, NULL);
  self->model = g_object_ref (model);
  g_ptr_array_set_size (self->slots, g_list_model_get_n_items (G_LIST_MODEL (model)));
  g_signal_connect_swapped (model, "items-changed", G_CALLBACK (on_items_changed), self);
  g_signal_connect_swapped (model, "selection-changed", G_CALLBACK (on_selection_changed), self);
  return self;
}

/**
 * dossier_slot_selection_get_n_slots:
 *
 * Returns: how many slots exist (for tests: they stay about as many as
 *   the rows on screen)
 */
guint
dossier_slot_selection_get_n_slots (DossierSlotSelection *self)
{
  guint n = 0;

  g_return_val_if_fail (DOSSIER_IS_SLOT_SELECTION (self), 0);

  for (guint i = 0; i < self->slots->len; i++)
    n += self->slots->pdata[i] != NULL;
  return n;
}
