/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "dossier-article.h"
#include "dossier-article-list.h"
#include "dossier-corpus.h"
#include "dossier-corrections.h"
#include "dossier-data.h"
#include "dossier-date.h"
#include "dossier-decode.h"
#include "dossier-entity.h"
#include "dossier-entity-list.h"
#include "dossier-filter.h"
#include "dossier-gazetteer.h"
#include "dossier-label.h"
#include "dossier-language.h"
#include "dossier-linker.h"
#include "dossier-mapped-text.h"
#include "dossier-parser.h"
