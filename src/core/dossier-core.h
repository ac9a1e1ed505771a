/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "dossier-article.h"
#include "dossier-corpus.h"
#include "dossier-data.h"
#include "dossier-date.h"
#include "dossier-decode.h"
#include "dossier-entity.h"
#include "dossier-gazetteer.h"
#include "dossier-index.h"
#include "dossier-label.h"
#include "dossier-language.h"
#include "dossier-linker.h"
#include "dossier-mapped-text.h"
#include "dossier-parser.h"
#include "dossier-search.h"
