/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "dossier-search-controller"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "dossier-search-controller.h"

/**
 * DossierSearchController:
 *
 * Runs what is typed in the header bar's search entry as a full-text
 * query (dossier-search) and hands the matching article ids to the
 * #DossierFilter, which ANDs them with the entity filter. It lives in a
 * file of its own so that the window only forwards the entry's
 * #GtkSearchEntry::search-changed (already debounced by the entry's
 * search-delay) and the rows and the reader only ask it for the current
 * query.
 *
 * A query that cannot be read leaves the previous results in place (the
 * list stays usable while a phrase is being typed) and says what is wrong
 * on the entry: error style, tooltip and accessible description. Without
 * an index (a corpus built in memory, or while a folder is still loading)
 * it falls back to the filter's title and outlet substring match.
 *
 * #DossierSearchController::changed is emitted when the query or its
 * results changed: rows redraw their snippet, the reader its highlights.
 */
struct _DossierSearchController
{
  GObject parent_instance;

  GtkSearchEntry *entry;  /* weak: the window owns both */
  DossierFilter *filter;
  DossierCorpus *corpus;
  char *query;            /* the last query that ran on the index, or NULL */
  char *match;            /* its FTS5 expression */
  char *error;            /* what is wrong with the text typed, or NULL */
  gboolean full_text;
  GHashTable *snippets;   /* article id → markup, for the current query */
};

G_DEFINE_FINAL_TYPE (DossierSearchController, dossier_search_controller, G_TYPE_OBJECT)

enum {
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* GtkSearchEntry waits this long after the last key before it emits
 * search-changed: one query per pause in typing, not one per letter. */
#define SEARCH_DELAY_MS 150

/* Private-use characters U+E000 and U+E001 mark the matches in snippets:
 * unlike `[` and `]`, no news article has them. */
#define MATCH_OPEN "\xee\x80\x80"
#define MATCH_CLOSE "\xee\x80\x81"

static void
set_error (DossierSearchController *self,
           const char              *message)
{
  GtkWidget *entry = GTK_WIDGET (self->entry);

  if (g_strcmp0 (message, self->error) == 0)
    return;
  g_free (self->error);
  self->error = g_strdup (message);
  if (entry == NULL)
    return;
  if (message)
    {
      gtk_widget_add_css_class (entry, "error");
      gtk_widget_set_tooltip_text (entry, message);
      gtk_accessible_update_property (GTK_ACCESSIBLE (entry), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, message, -1);
    }
  else
    {
      gtk_widget_remove_css_class (entry, "error");
      gtk_widget_set_tooltip_text (entry, NULL);
      gtk_accessible_reset_property (GTK_ACCESSIBLE (entry), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION);
    }
}

static void
set_query (DossierSearchController *self,
           const char              *query,
           const char              *match)
{
  g_free (self->query);
  g_free (self->match);
  self->query = g_strdup (query);
  self->match = g_strdup (match);
  g_hash_table_remove_all (self->snippets);
}

static void
on_corpus_refreshed (DossierSearchController *self)
{
  /* Files came, changed or went: the index answers differently now. */
  g_free (self->query);
  self->query = NULL;
  dossier_search_controller_update (self);
}

static void
on_corpus_loading (DossierSearchController *self)
{
  if (self->corpus && !dossier_corpus_get_loading (self->corpus))
    on_corpus_refreshed (self);
}

static void
dossier_search_controller_dispose (GObject *object)
{
  DossierSearchController *self = (DossierSearchController *) object;

  dossier_search_controller_set_filter (self, NULL);
  g_clear_weak_pointer (&self->entry);

  G_OBJECT_CLASS (dossier_search_controller_parent_class)->dispose (object);
}

static void
dossier_search_controller_finalize (GObject *object)
{
  DossierSearchController *self = (DossierSearchController *) object;

  g_free (self->query);
  g_free (self->match);
  g_free (self->error);
  g_hash_table_unref (self->snippets);

  G_OBJECT_CLASS (dossier_search_controller_parent_class)->finalize (object);
}

static void
dossier_search_controller_class_init (DossierSearchControllerClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = dossier_search_controller_dispose;
  object_class->finalize = dossier_search_controller_finalize;

  /**
   * DossierSearchController::changed:
   *
   * The query, its results or its error changed.
   */
  signals[CHANGED] =
    g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
dossier_search_controller_init (DossierSearchController *self)
{
  self->snippets = g_hash_table_new_full (NULL, NULL, NULL, g_free);
}

/**
 * dossier_search_controller_new:
 * @entry: where the query is typed, and where its errors show
 */
DossierSearchController *
dossier_search_controller_new (GtkSearchEntry *entry)
{
  DossierSearchController *self = g_object_new (DOSSIER_TYPE_SEARCH_CONTROLLER, NULL);

  g_set_weak_pointer (&self->entry, entry);
  g_object_set (entry, "search-delay", SEARCH_DELAY_MS, NULL);
  return self;
}

/**
 * dossier_search_controller_set_filter:
 * @filter: (nullable): the filter to narrow, that of the open folder
 */
void
dossier_search_controller_set_filter (DossierSearchController *self,
                                      DossierFilter           *filter)
{
  g_return_if_fail (DOSSIER_IS_SEARCH_CONTROLLER (self));

  if (self->filter == filter)
    return;
  if (self->corpus)
    g_signal_handlers_disconnect_by_data (self->corpus, self);
  g_clear_object (&self->corpus);
  g_clear_object (&self->filter);
  set_query (self, NULL, NULL);
  set_error (self, NULL);
  self->full_text = FALSE;
  if (filter)
    {
      self->filter = g_object_ref (filter);
      self->corpus = g_object_ref (dossier_filter_get_corpus (filter));
      g_signal_connect_swapped (self->corpus, "refreshed", G_CALLBACK (on_corpus_refreshed), self);
      g_signal_connect_swapped (self->corpus, "notify::loading", G_CALLBACK (on_corpus_loading), self);
    }
  g_signal_emit (self, signals[CHANGED], 0);
}

/**
 * dossier_search_controller_update:
 *
 * Runs the entry's text, if it changed since it last ran (or the folder
 * did): called on the entry's search-changed.
 */
void
dossier_search_controller_update (DossierSearchController *self)
{
  g_autofree char *text = NULL;
  g_autoptr(DossierQuery) query = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) ids = NULL;
  DossierIndex *index;

  g_return_if_fail (DOSSIER_IS_SEARCH_CONTROLLER (self));

  if (self->filter == NULL || self->entry == NULL)
    return;
  text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->entry))));
  index = dossier_corpus_get_index (self->corpus);

  if (*text == '\0' || index == NULL)
    {
      /* No query, or no index to ask (yet): the substring filter on titles
       * and outlets, which needs neither. */
      set_error (self, NULL);
      set_query (self, NULL, NULL);
      self->full_text = FALSE;
      dossier_filter_set_restrict (self->filter, NULL, 0);
      dossier_filter_set_text (self->filter, text);
      g_signal_emit (self, signals[CHANGED], 0);
      return;
    }
  if (self->full_text && g_strcmp0 (text, self->query) == 0 && self->error == NULL)
    return;

  query = dossier_query_parse (text, &error);
  if (query == NULL && g_error_matches (error, DOSSIER_QUERY_ERROR, DOSSIER_QUERY_ERROR_EMPTY))
    {
      /* Only signs, say "-" on its way to "-word": nothing to look for yet
       * is no mistake. */
      set_error (self, NULL);
      set_query (self, NULL, NULL);
      self->full_text = FALSE;
      dossier_filter_set_text (self->filter, NULL);
      dossier_filter_set_restrict (self->filter, NULL, 0);
      g_signal_emit (self, signals[CHANGED], 0);
      return;
    }
  if (query == NULL)
    {
      /* The parser's message is a sentence meant for people. */
      set_error (self, error->message);
      g_signal_emit (self, signals[CHANGED], 0);
      return;
    }
  if (!dossier_query_run (query, index, &ids, &error))
    {
      /* An SQLite message says nothing useful to a reader: log it. */
      g_warning ("Search “%s” failed: %s", text, error->message);
      set_error (self, _("The search index cannot be read; reopen the folder to rebuild it"));
      g_signal_emit (self, signals[CHANGED], 0);
      return;
    }

  set_error (self, NULL);
  set_query (self, text, dossier_query_get_match (query));
  self->full_text = TRUE;
  /* The list keeps its sort order (date, title, …); relevance only picks
   * the snippet. */
  dossier_filter_set_text (self->filter, NULL);
  /* An empty GArray's data is NULL, which would lift the restriction and
   * show every article for a query that matches none. */
  {
    static const guint32 none[1] = { 0 };

    dossier_filter_set_restrict (self->filter, ids->len > 0 ? (const guint32 *) ids->data : none, ids->len);
  }
  g_signal_emit (self, signals[CHANGED], 0);
}

/**
 * dossier_search_controller_get_query:
 *
 * Returns: (nullable): the full-text query whose results are shown, for
 *   the reader to highlight
 */
const char *
dossier_search_controller_get_query (DossierSearchController *self)
{
  return self->full_text ? self->query : NULL;
}

/**
 * dossier_search_controller_get_error:
 *
 * Returns: (nullable): why the text typed cannot be searched
 */
const char *
dossier_search_controller_get_error (DossierSearchController *self)
{
  return self->error;
}

gboolean
dossier_search_controller_get_full_text (DossierSearchController *self)
{
  return self->full_text;
}

/**
 * dossier_snippet_to_markup:
 * @snippet: a snippet from the index, each match between @open and @close
 *   (`[` and `]` from dossier_index_snippet())
 *
 * Returns: Pango markup with the matches in bold and everything else
 *   escaped: text from an article is never read as markup
 */
char *
dossier_snippet_to_markup (const char *snippet,
                           const char *open,
                           const char *close)
{
  GString *out = g_string_new (NULL);
  const char *run = snippet;
  gboolean inside = FALSE;

  while (TRUE)
    {
      const char *mark = inside ? close : open;
      const char *p = strstr (run, mark);
      g_autofree char *escaped = g_markup_escape_text (run, p ? p - run : -1);

      g_string_append (out, escaped);
      if (p == NULL)
        break;
      g_string_append (out, inside ? "</b>" : "<b>");
      inside = !inside;
      run = p + strlen (mark);
    }
  if (inside)
    g_string_append (out, "</b>");
  return g_string_free (out, FALSE);
}

/**
 * dossier_search_controller_dup_snippet_markup:
 *
 * Returns: (nullable): the line of @article around the match, as markup
 *   (dossier_snippet_to_markup()), or %NULL when no full-text query runs
 */
char *
dossier_search_controller_dup_snippet_markup (DossierSearchController *self,
                                              DossierArticle          *article)
{
  guint32 id = dossier_article_get_id (article);
  DossierIndex *index;
  const char *markup;

  if (!self->full_text || self->corpus == NULL || (index = dossier_corpus_get_index (self->corpus)) == NULL)
    return NULL;
  markup = g_hash_table_lookup (self->snippets, GUINT_TO_POINTER (id));
  if (markup == NULL)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *snippet = dossier_index_snippet_full (index, self->match, id, MATCH_OPEN, MATCH_CLOSE, &error);

      if (snippet == NULL)
        {
          if (error)
            g_debug ("No snippet for article %u: %s", id, error->message);
          return NULL;
        }
      markup = dossier_snippet_to_markup (snippet, MATCH_OPEN, MATCH_CLOSE);
      g_hash_table_insert (self->snippets, GUINT_TO_POINTER (id), (char *) markup);
    }
  return g_strdup (markup);
}
