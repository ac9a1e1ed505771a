/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/*
 * Internal API of dossier-decode.c, shared with dossier-anchor.c: the
 * reader and the note selectors must decode a file the same way, or a
 * note's offsets would not point at the text the reader shows.
 */

gunichar dossier_decode_cp1252              (guchar      b);
gsize    dossier_decode_misread_sequence    (const char *p,
                                             const char *end,
                                             gunichar   *c);
gboolean dossier_decode_is_encoded_twice    (const char *data,
                                             gsize       len);
gboolean dossier_decode_has_valid_multibyte (const char *data,
                                             gsize       len);
gunichar dossier_decode_utf16_next          (const char *data,
                                             gsize       len,
                                             gsize      *i,
                                             gboolean    big_endian,
                                             gboolean   *invalid);

G_END_DECLS
