/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "dossier-row-factory"

#include "config.h"

#include "dossier-row-factory.h"
#include "dossier-slot-selection.h"

/**
 * dossier_row_factory_new:
 *
 * A #GtkSignalListItemFactory whose rows outlive their list items.
 *
 * GTK 4.8's list and grid views reuse a row only for the very same item:
 * when a filter click replaces the items on screen, every old row is
 * destroyed and every new one built, template, CSS nodes and all, which was
 * a third of the click's work. Rows given up by their list items here go to
 * a small pool instead, and the next list items take them from it: a click
 * only binds rows to other items.
 *
 * @bind gives a row its item, and %NULL when the row lets it go, after
 * which the row must be fit for any item. With a #DossierSlotSelection as
 * the view's model, the items are the slots' items, and a row is given its
 * slot's new item each time the slot changes: the view keeps the row, and
 * this factory sees no "bind" for it.
 *
 * A list item gives its row up in "teardown", after GTK has taken it out of
 * the list item (and dropped the list item's reference): so "unbind", which
 * comes first, keeps a reference of its own, which "bind" drops when the
 * list item is only being bound to another item.
 */

/* Two screens of rows of both views, beyond which rows are destroyed. */
#define POOL_SIZE 96

#define ROW_KEY "dossier-row-factory-row"

typedef struct
{
  DossierRowNewFunc row_new;
  DossierRowBindFunc bind;
  gpointer user_data;
  GPtrArray *pool;
  guint n_built;
} RowPool;

static void
row_pool_free (gpointer data)
{
  RowPool *pool = data;

  g_ptr_array_unref (pool->pool);
  g_free (pool);
}

static void
on_setup (GtkSignalListItemFactory *factory,
          GtkListItem              *item,
          RowPool                  *pool)
{
  GtkWidget *row;

  /* For on_slot_changed(), which has the list item only. */
  g_object_set_data (G_OBJECT (item), "dossier-row-pool", pool);
  if (pool->pool->len > 0)
    {
      row = g_ptr_array_steal_index_fast (pool->pool, pool->pool->len - 1);
      gtk_list_item_set_child (item, row);
      g_object_unref (row);
    }
  else
    {
      pool->n_built++;
      gtk_list_item_set_child (item, pool->row_new (pool->user_data));
    }
}

static void
on_slot_changed (DossierSlot *slot,
                 GtkListItem *item)
{
  RowPool *pool = g_object_get_data (G_OBJECT (item), "dossier-row-pool");

  pool->bind (gtk_list_item_get_child (item), dossier_slot_get_item (slot), pool->user_data);
}

static void
on_unbind (GtkSignalListItemFactory *factory,
           GtkListItem              *item,
           RowPool                  *pool)
{
  GtkWidget *row = gtk_list_item_get_child (item);
  gpointer bound = gtk_list_item_get_item (item);

  if (DOSSIER_IS_SLOT (bound))
    g_signal_handlers_disconnect_by_func (bound, on_slot_changed, item);
  if (row)
    {
      pool->bind (row, NULL, pool->user_data);
      g_object_set_data_full (G_OBJECT (item), ROW_KEY, g_object_ref (row), g_object_unref);
    }
}

static void
on_bind (GtkSignalListItemFactory *factory,
         GtkListItem              *item,
         RowPool                  *pool)
{
  gpointer bound = gtk_list_item_get_item (item);

  g_object_set_data (G_OBJECT (item), ROW_KEY, NULL);
  if (DOSSIER_IS_SLOT (bound))
    {
      g_signal_connect (bound, "changed", G_CALLBACK (on_slot_changed), item);
      bound = dossier_slot_get_item (bound);
    }
  pool->bind (gtk_list_item_get_child (item), bound, pool->user_data);
}

static void
on_teardown (GtkSignalListItemFactory *factory,
             GtkListItem              *item,
             RowPool                  *pool)
{
  GtkWidget *row = g_object_steal_data (G_OBJECT (item), ROW_KEY);

  if (row == NULL)
    return;
  if (pool->pool->len < POOL_SIZE && gtk_widget_get_parent (row) == NULL)
    g_ptr_array_add (pool->pool, row);
  else
    g_object_unref (row);
}

GtkListItemFactory *
dossier_row_factory_new (DossierRowNewFunc  row_new,
                         DossierRowBindFunc bind,
                         gpointer           user_data)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
  RowPool *pool = g_new0 (RowPool, 1);

  g_return_val_if_fail (row_new != NULL && bind != NULL, NULL);

  pool->row_new = row_new;
  pool->bind = bind;
  pool->user_data = user_data;
  pool->pool = g_ptr_array_new_with_free_func (g_object_unref);
  g_object_set_data_full (G_OBJECT (factory), "dossier-row-pool", pool, row_pool_free);
  g_signal_connect (factory, "setup", G_CALLBACK (on_setup), pool);
  g_signal_connect (factory, "bind", G_CALLBACK (on_bind), pool);
  g_signal_connect (factory, "unbind", G_CALLBACK (on_unbind), pool);
  g_signal_connect (factory, "teardown", G_CALLBACK (on_teardown), pool);
  return factory;
}

/**
 * dossier_row_factory_get_n_built:
 *
 * Returns: how many rows the factory has built so far (for tests).
 */
guint
dossier_row_factory_get_n_built (GtkListItemFactory *factory)
{
  RowPool *pool = g_object_get_data (G_OBJECT (factory), "dossier-row-pool");

  g_return_val_if_fail (pool != NULL, 0);

  return pool->n_built;
}

/**
 * dossier_row_get_list_context:
 * @row: a row in a list or grid view
 *
 * The Pango context of the view that holds @row (of @row itself outside a
 * view): a row's own context is made anew each time it enters a window,
 * which each row taken from the pool does, while the view's lives as long
 * as the view. Its serial changes with the fonts (settings, theme, text
 * scale): rows key what they measure once for all on it.
 *
 * Returns: (transfer none): a Pango context
 */
PangoContext *
dossier_row_get_list_context (GtkWidget *row)
{
  GtkWidget *view = gtk_widget_get_ancestor (row, GTK_TYPE_GRID_VIEW);

  if (view == NULL)
    view = gtk_widget_get_ancestor (row, GTK_TYPE_LIST_VIEW);
  return gtk_widget_get_pango_context (view ? view : row);
}
