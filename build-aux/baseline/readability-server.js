// SPDX-License-Identifier: GPL-3.0-or-later
//
// Mozilla Readability.js (Firefox's Reader View) behind a unix socket, so that the HTML scorers can score it as a
// baseline beside Dossier: readability-cli sends a page's path, this answers with the JSON keys of
// `dossier-cli show --format=json` (title, byline, outlet, date, body). One process keeps jsdom warm: starting
// node for every page would cost more than the extraction. Development only; nothing ships or runs in CI.

'use strict';

const fs = require('fs');
const net = require('net');
const { JSDOM, VirtualConsole } = require('jsdom');
const { Readability } = require('@mozilla/readability');

const BLOCKS = new Set(['ARTICLE', 'BLOCKQUOTE', 'BR', 'DD', 'DIV', 'DT', 'FIGCAPTION', 'FIGURE', 'H1', 'H2', 'H3',
                        'H4', 'H5', 'H6', 'HR', 'LI', 'OL', 'P', 'PRE', 'SECTION', 'TABLE', 'TR', 'UL']);

// The article's text with a blank line between blocks, as Dossier's body has (Readability's own textContent
// runs paragraphs together). An explicit stack: article HTML can nest deeper than node's call stack.
function blockText(root) {
  const out = [];
  const stack = [[root, false]];
  while (stack.length) {
    const [node, leaving] = stack.pop();
    if (leaving) {
      out.push('\n\n');
      continue;
    }
    if (node.nodeType === 3) {
      out.push(node.data);
      continue;
    }
    if (node.nodeType !== 1 && node !== root)
      continue;
    const block = BLOCKS.has(node.tagName);
    if (block) {
      out.push('\n\n');
      stack.push([node, true]);
    }
    for (let i = node.childNodes.length - 1; i >= 0; i--)
      stack.push([node.childNodes[i], false]);
  }
  return out.join('').split(/\n\s*\n/).map((s) => s.replace(/\s+/g, ' ').trim()).filter(Boolean).join('\n\n');
}

function extract(path) {
  const quiet = new VirtualConsole();
  // A Buffer lets jsdom sniff the page's encoding (BOM, <meta charset>) as a browser would.
  const page = new JSDOM(fs.readFileSync(path), { contentType: 'text/html', virtualConsole: quiet });
  try {
    const article = new Readability(page.window.document).parse();
    if (!article)
      return {};
    const content = new JSDOM('<body>' + article.content + '</body>', { virtualConsole: quiet });
    const body = blockText(content.window.document.body);
    content.window.close();
    return { title: article.title || null, byline: article.byline || null, outlet: article.siteName || null,
             date: article.publishedTime || null, body };
  } finally {
    page.window.close();
  }
}

const socketPath = process.argv[2];
try {
  fs.unlinkSync(socketPath);
} catch (e) {
  // No stale socket: nothing to remove.
}
net.createServer((conn) => {
  let request = '';
  conn.on('data', (chunk) => {
    request += chunk;
    const end = request.indexOf('\n');
    if (end < 0)
      return;
    let answer;
    try {
      answer = extract(request.slice(0, end));
    } catch (e) {
      answer = {};
    }
    conn.end(JSON.stringify(answer));
  });
}).listen(socketPath);
