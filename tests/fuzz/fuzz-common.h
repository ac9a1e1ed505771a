/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

/* Invariants every harness checks on what a reader returns. A broken
 * invariant aborts, so libFuzzer keeps the input as a crash: wrong offsets
 * are as bad as a crash for highlights and entity mentions, which always
 * point into the original bytes. */

#include <glib.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "dossier-core.h"

G_BEGIN_DECLS

#define FUZZ_CHECK(cond)                                                      \
  G_STMT_START {                                                              \
    if (G_UNLIKELY (!(cond)))                                                 \
      {                                                                       \
        fprintf (stderr, "%s:%d: invariant failed: %s\n",                     \
                 __FILE__, __LINE__, #cond);                                  \
        abort ();                                                             \
      }                                                                       \
  } G_STMT_END

/* Readers refuse inputs over DOSSIER_MAX_FILE_SIZE; the fuzzer's inputs are
 * far smaller (-max_len), so every input reaches the parser. */

static inline void
fuzz_log_handler (const char     *domain,
                  GLogLevelFlags  level,
                  const char     *message,
                  gpointer        user_data)
{
  g_log_default_handler (domain, level, message, user_data);
  /* abort(), not the SIGTRAP of G_DEBUG=fatal-criticals: libFuzzer saves
   * the input on SIGABRT only. */
  if (level & (G_LOG_LEVEL_CRITICAL | G_LOG_LEVEL_ERROR))
    abort ();
}

static inline void
fuzz_init_glib (void)
{
  /* A critical is a programming error (in Dossier or in how it calls a
   * library): make it a crash the fuzzer keeps. */
  g_log_set_default_handler (fuzz_log_handler, NULL);
  g_log_set_always_fatal (G_LOG_LEVEL_CRITICAL | G_LOG_LEVEL_ERROR);
}

/* An exact copy of the input, so that ASan sees any read past its end
 * (libFuzzer's buffer is exact too; the replayer's is not), and never NULL,
 * even for the empty input. */
static inline char *
fuzz_copy (const uint8_t *data,
           size_t         size)
{
  char *copy = g_malloc (MAX (size, 1));

  if (size > 0)
    memcpy (copy, data, size);
  return copy;
}

/**
 * fuzz_check_map:
 * @src: the bytes @map was built from
 *
 * The map covers the text with contiguous runs, every run points inside
 * the source, and identity runs are byte for byte equal to the source.
 */
static inline void
fuzz_check_map (const DossierMappedText *map,
                const char              *src,
                gsize                    src_len)
{
  const char *text = dossier_mapped_text_get_text (map);
  gsize len = dossier_mapped_text_get_length (map);
  guint n = dossier_mapped_text_get_n_runs (map);
  gsize at = 0;

  FUZZ_CHECK (text != NULL);
  FUZZ_CHECK (text[len] == '\0');
  FUZZ_CHECK (g_utf8_validate_len (text, len, NULL));
  FUZZ_CHECK (memchr (text, '\0', len) == NULL);

  for (guint i = 0; i < n; i++)
    {
      const DossierMapRun *run = dossier_mapped_text_get_run (map, i);

      FUZZ_CHECK (run->text_start == at);
      FUZZ_CHECK (run->text_len > 0);
      FUZZ_CHECK (run->src_start <= src_len);
      FUZZ_CHECK (run->src_len <= src_len - run->src_start);
      if (run->identity)
        {
          FUZZ_CHECK (run->src_len == run->text_len);
          FUZZ_CHECK (memcmp (text + run->text_start, src + run->src_start, run->text_len) == 0);
        }
      at += run->text_len;
    }
  FUZZ_CHECK (at == len);

  /* Every text range maps to an ordered range inside the source. */
  for (gsize off = 0; off <= len; off += 1 + off / 8)
    {
      gsize s, e;

      dossier_mapped_text_range_to_source (map, off, len, &s, &e);
      FUZZ_CHECK (s <= e);
      FUZZ_CHECK (e <= src_len);
    }
}

/**
 * fuzz_check_article:
 *
 * What DossierArticle promises to its users (CLI, UI, extraction).
 */
static inline void
fuzz_check_article (DossierArticle *article,
                    const char     *src,
                    gsize           src_len)
{
  const DossierMappedText *map = dossier_article_get_map (article);
  gsize len = dossier_mapped_text_get_length (map);
  gsize a, b;
  g_autofree char *snippet = NULL;

  fuzz_check_map (map, src, src_len);

  FUZZ_CHECK (dossier_article_get_body_offset (article) < len);
  FUZZ_CHECK (dossier_article_get_body (article) == dossier_article_get_text (article) + dossier_article_get_body_offset (article));

  dossier_article_get_title_range (article, &a, &b);
  FUZZ_CHECK (a <= b && b <= len);
  dossier_article_get_dateline_range (article, &a, &b);
  FUZZ_CHECK (a <= b && b <= len);

  FUZZ_CHECK (g_utf8_validate (dossier_article_get_title (article), -1, NULL));
#define CHECK_OPTIONAL_UTF8(getter) \
  FUZZ_CHECK (getter (article) == NULL || g_utf8_validate (getter (article), -1, NULL))
  CHECK_OPTIONAL_UTF8 (dossier_article_get_outlet);
  CHECK_OPTIONAL_UTF8 (dossier_article_get_url);
  CHECK_OPTIONAL_UTF8 (dossier_article_get_date);
  CHECK_OPTIONAL_UTF8 (dossier_article_get_page_date);
  CHECK_OPTIONAL_UTF8 (dossier_article_get_byline);
  CHECK_OPTIONAL_UTF8 (dossier_article_get_place);
#undef CHECK_OPTIONAL_UTF8

  /* Dates are ISO 8601 or absent: the CLI prints them as they are. */
  if (dossier_article_get_date (article))
    FUZZ_CHECK (strlen (dossier_article_get_date (article)) >= 10);

  snippet = dossier_article_dup_snippet (article, 200);
  FUZZ_CHECK (g_utf8_validate (snippet, -1, NULL));

  /* The language check runs on every article before extraction. */
  {
    const char *lang = dossier_language_detect (dossier_article_get_text (article), len);

    FUZZ_CHECK (lang == NULL || g_utf8_validate (lang, -1, NULL));
    (void) dossier_language_is_english (dossier_article_get_text (article), len);
  }
}

/**
 * fuzz_parse:
 *
 * Runs the reader chosen by @name's extension on the input, as the corpus
 * does, and checks what comes out.
 */
static inline int
fuzz_parse (const char    *name,
            const uint8_t *data,
            size_t         size)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DossierArticle) article = NULL;
  g_autofree char *copy = fuzz_copy (data, size);

  article = dossier_article_new_from_bytes (NULL, name, copy, size, &error);
  if (article == NULL)
    {
      FUZZ_CHECK (error != NULL);
      FUZZ_CHECK (error->message != NULL && g_utf8_validate (error->message, -1, NULL));
      return 0;
    }
  FUZZ_CHECK (error == NULL);
  fuzz_check_article (article, copy, size);
  return 0;
}

/* A harness that reads its input as a file called @file_name, through the
 * entry point the corpus uses (dossier_article_new_from_bytes()). */
#define FUZZ_FILE_HARNESS(file_name)                                          \
  int LLVMFuzzerTestOneInput (const uint8_t *data, size_t size);              \
                                                                              \
  int                                                                         \
  LLVMFuzzerTestOneInput (const uint8_t *data,                                \
                          size_t         size)                                \
  {                                                                           \
    static gboolean inited;                                                   \
                                                                              \
    if (!inited)                                                              \
      {                                                                       \
        fuzz_init_glib ();                                                    \
        inited = TRUE;                                                        \
      }                                                                       \
    return fuzz_parse (file_name, data, size);                                \
  }

G_END_DECLS
