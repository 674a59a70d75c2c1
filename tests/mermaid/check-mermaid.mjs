#!/usr/bin/env node
// check-mermaid.mjs — KiroSpecs.Build test helper.
//
// Checks every fenced ```mermaid block in Markdown files with the REAL Mermaid
// parser (npm `mermaid`, pinned in package-lock.json), so that the diagrams our
// generator writes (sequence.md, ...) are proven to load in Mermaid.
//
//   node check-mermaid.mjs [--json] [--skip-listed LIST] PATH...
//
// PATH is a Markdown file, or a directory searched recursively for *.md
// (node_modules and dot-folders are skipped).
//
// --skip-listed LIST: LIST holds one SHA-256 (hex) per line, of documents
// already parsed elsewhere (MermaidChecker records every file the NUnit tests
// parse); a file whose bytes have a listed hash is not parsed again. A LIST
// that does not exist lists nothing.
//
// Output (text mode): one line per failing block
//     path:LINE: diagram-type: message
// where LINE is the 1-based line of the block's opening fence in the file,
// followed by two summary lines
//     Mermaid: D diagrams in F files parsed, R rejected[ (S files skipped: already parsed by the tests)]
//     N passed, M failed
// where the last line counts files: a file passes when none of its blocks is
// rejected (a file without blocks passes).
// Output (--json): a single JSON object instead:
//     {"passed":N,"failed":M,"failures":[{"file":..,"line":..,"type":..,"message":..}],
//      "files":[every file parsed],"failedFiles":K,"skippedFiles":S}
// where passed/failed count blocks.
// Exit status: 0 every block passed (also when there are none; stderr then
// warns), 1 at least one block failed, 2 usage error (bad option, no PATH,
// PATH that does not exist or cannot be read).
//
// How a block is checked:
//   1. Fences follow CommonMark: an opening run of >= 3 backticks or tildes
//      whose info string starts with the word `mermaid`; the block ends at a
//      line holding only a run of the same character that is at least as long.
//      Backtick fences cannot have a backtick in their info string. Content of
//      other fenced blocks (e.g. a ````markdown example showing ```mermaid) is
//      not scanned. CRLF line ends and a UTF-8 BOM are accepted. Leniencies:
//      fences may be indented by any amount (list items), `mermaid` is matched
//      case-insensitively. A mermaid fence that is never closed is a failure.
//   2. `mermaid.parse(code)` runs under Node. Mermaid sanitises labels with
//      DOMPurify during parsing, which needs `window`/`document`; a jsdom
//      window is installed as globals BEFORE mermaid is imported.
//   3. Extra project lint ("silent loss", see lintSilentLoss below). Mermaid
//      accepts these texts but silently drops part of them, which this project
//      treats as breakage:
//        - sequenceDiagram: a raw `#` in a message / note / label / participant
//          line. The sequence lexer treats `#` as the start of a comment, so the
//          rest of the line disappears. Mermaid entities (`#35;`, `#59;`,
//          `#quot;`, `#lt;` ... i.e. `#[a-zA-Z0-9]+;`) are fine. Message:
//          "silent loss: raw '#' would hide text ...".
//        - sequenceDiagram: `%%{` in the middle of a line (message text): it is
//          taken as a directive and removed. Message:
//          "silent loss: '%%{' in text is removed as a directive ...".
//      The lint only runs on blocks that Mermaid parsed successfully; a parse
//      error is always reported first.
//
// Error positions: Mermaid numbers lines of the text it actually parses (front
// matter, %%{...}%% directives, %% comment lines and leading blank lines
// removed). cleanWithOrigins() repeats that clean-up while remembering, for
// every character, the block line it came from, so errors can name the file
// line and quote it.

import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import process from 'node:process';

const USAGE = 'usage: node check-mermaid.mjs [--json] [--skip-listed LIST] PATH...';

class UsageError extends Error {}

// ---------------------------------------------------------------------------
// Command line and files
// ---------------------------------------------------------------------------

function parseArguments(argv) {
  const opts = { json: false, help: false, skipListed: null, paths: [] };
  let onlyPaths = false;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (!onlyPaths && a === '--') onlyPaths = true;
    else if (!onlyPaths && a === '--json') opts.json = true;
    else if (!onlyPaths && a === '--skip-listed') {
      if (i + 1 >= argv.length) throw new UsageError('--skip-listed needs a file');
      opts.skipListed = argv[++i];
    }
    else if (!onlyPaths && (a === '-h' || a === '--help')) opts.help = true;
    else if (!onlyPaths && a.startsWith('-') && a !== '-') throw new UsageError(`unknown option ${a}`);
    else opts.paths.push(a);
  }
  if (!opts.help && opts.paths.length === 0) throw new UsageError('no PATH given');
  return opts;
}

function markdownFilesUnder(dir, out) {
  const entries = fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) {
      if (e.name === 'node_modules' || e.name.startsWith('.')) continue;
      markdownFilesUnder(full, out);
    } else if (e.isFile() && e.name.toLowerCase().endsWith('.md')) {
      out.push(full);
    }
  }
}

function resolveInputs(paths) {
  const files = [];
  for (const p of paths) {
    let st;
    try {
      st = fs.statSync(p);
    } catch {
      throw new UsageError(`no such file or directory: ${p}`);
    }
    if (st.isDirectory()) markdownFilesUnder(p, files);
    else files.push(p); // named explicitly: read as Markdown whatever its extension
  }
  return files;
}

// The hashes of a --skip-listed file (first word of each line), or none.
function readHashList(file) {
  if (file === null || !fs.existsSync(file)) return new Set();
  return new Set(fs.readFileSync(file, 'utf8').split('\n').map((l) => l.trim().split(/\s+/)[0].toLowerCase()).filter((h) => /^[0-9a-f]{64}$/.test(h)));
}

// ---------------------------------------------------------------------------
// Markdown fences (CommonMark rules, see header)
// ---------------------------------------------------------------------------

const FENCE_OPEN = /^([ \t]*)(`{3,}|~{3,})(.*)$/;

function splitLines(text) {
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) if (lines[i].endsWith('\r')) lines[i] = lines[i].slice(0, -1);
  return lines;
}

function isClosingFence(line, ch, minLen) {
  const t = line.trim();
  if (t.length < minLen) return false;
  for (const c of t) if (c !== ch) return false;
  return true;
}

// Returns [{ line, body: [string], closed }] — line = 1-based line of the
// opening fence; body = content lines with the fence's indentation removed.
export function findMermaidBlocks(text) {
  const lines = splitLines(text);
  const found = [];
  let i = 0;
  while (i < lines.length) {
    const m = FENCE_OPEN.exec(lines[i]);
    if (!m) { i++; continue; }
    const [, indent, run, info] = m;
    const ch = run[0];
    if (ch === '`' && info.includes('`')) { i++; continue; } // inline code, not a fence
    const language = (info.trim().split(/\s+/)[0] || '').toLowerCase();
    let end = i + 1;
    while (end < lines.length && !isClosingFence(lines[end], ch, run.length)) end++;
    const closed = end < lines.length;
    if (language === 'mermaid') {
      const body = lines.slice(i + 1, end).map((l) => {
        let k = 0;
        while (k < indent.length && (l[k] === ' ' || l[k] === '\t')) k++;
        return l.slice(k);
      });
      // An unclosed fence runs to the end of the document; drop the final
      // empty "line" produced by a trailing newline.
      if (!closed && body.length && body[body.length - 1] === '') body.pop();
      found.push({ line: i + 1, body, closed });
    }
    i = end + 1; // skip the whole fenced block (mermaid or not) and its closer
  }
  return found;
}

// ---------------------------------------------------------------------------
// Mermaid's pre-parse clean-up, tracking where each character came from
// ---------------------------------------------------------------------------

// Mermaid's own directive expression (src/diagram-api/regexes.ts).
const DIRECTIVE = /%{2}{\s*(?:(\w+)\s*:|(\w+))\s*(?:(\w+)|((?:(?!}%{2}).|\r?\n)*))?\s*(?:}%{2})?/gi;
const COMMENT_LINE = /^\s*%%(?!{)[^\n]+\n?/gm;

// A string plus, per character, the 0-based block line it came from.
class Traced {
  constructor(text, origin) { this.text = text; this.origin = origin; }
  static of(lines) {
    const origin = [];
    lines.forEach((l, idx) => { for (let k = 0; k <= l.length; k++) origin.push(idx); });
    return new Traced(lines.join('\n') + '\n', origin);
  }
  // Remove every match of a global regex; onMatch(match, traced) sees each first.
  removeAll(re, onMatch) {
    let text = '';
    const origin = [];
    let last = 0;
    re.lastIndex = 0;
    for (let m; (m = re.exec(this.text)) !== null;) {
      if (m[0].length === 0) { re.lastIndex++; continue; }
      if (onMatch) onMatch(m, this);
      text += this.text.slice(last, m.index);
      origin.push(...this.origin.slice(last, m.index));
      last = m.index + m[0].length;
    }
    text += this.text.slice(last);
    origin.push(...this.origin.slice(last));
    return new Traced(text, origin);
  }
  dropPrefix(n) { return new Traced(this.text.slice(n), this.origin.slice(n)); }
  // [{ text, blockLine }] per line of the current text.
  lines() {
    const out = [];
    let start = 0;
    for (;;) {
      const nl = this.text.indexOf('\n', start);
      const end = nl === -1 ? this.text.length : nl;
      if (nl === -1 && start === end) break;
      out.push({ text: this.text.slice(start, end), blockLine: this.origin[start] });
      if (nl === -1) break;
      start = nl + 1;
    }
    return out;
  }
}

// Simplified YAML front matter: a first line `---` up to a line `---` with the
// same indentation, plus the blank lines after it.
function frontMatterLength(text) {
  const m = /^([ \t]*)---[ \t]*\n/.exec(text);
  if (!m) return 0;
  const close = new RegExp(`\\n${m[1]}---[ \\t]*(\\n|$)`, 'g');
  close.lastIndex = m[0].length - 1;
  const c = close.exec(text);
  if (!c) return 0;
  let end = c.index + c[0].length;
  const ws = /^\s*/.exec(text.slice(end))[0];
  const lastNl = ws.lastIndexOf('\n');
  if (lastNl !== -1) end += lastNl + 1;
  return end;
}

// Returns { afterFrontMatter, cleaned, inlineDirectives } (Traced values).
function cleanWithOrigins(bodyLines) {
  let t = Traced.of(bodyLines);
  t = t.dropPrefix(frontMatterLength(t.text));
  const afterFrontMatter = t;
  const inlineDirectives = []; // block lines where a directive follows other text
  t = t.removeAll(DIRECTIVE, (m, cur) => {
    const lineStart = cur.text.lastIndexOf('\n', m.index - 1) + 1;
    if (cur.text.slice(lineStart, m.index).trim() !== '') inlineDirectives.push(cur.origin[m.index]);
  });
  t = t.removeAll(COMMENT_LINE);
  const lead = /^\s*/.exec(t.text)[0].length;
  return { afterFrontMatter, cleaned: t.dropPrefix(lead), inlineDirectives };
}

// ---------------------------------------------------------------------------
// Mermaid under jsdom
// ---------------------------------------------------------------------------

async function loadMermaid() {
  const { JSDOM } = await import('jsdom');
  const { window } = new JSDOM('<!DOCTYPE html><html><head></head><body></body></html>', { pretendToBeVisual: true });
  // DOMPurify (used by mermaid while parsing labels) looks these up globally.
  globalThis.window = window;
  globalThis.document = window.document;
  const { default: mermaid } = await import('mermaid');
  mermaid.initialize({ startOnLoad: false, securityLevel: 'strict', logLevel: 'fatal' });
  return mermaid;
}

function keywordOf(mermaid, cleanedText) {
  try {
    mermaid.detectType(cleanedText);
  } catch {
    return 'unknown';
  }
  const m = /^\s*([A-Za-z][\w-]*)/.exec(cleanedText);
  return m ? m[1] : 'unknown';
}

const oneLine = (s) => String(s).replace(/\s*\n\s*/g, ' ').replace(/\s+/g, ' ').trim();
const shorten = (s, n) => (s.length > n ? s.slice(0, n - 1) + '…' : s);

// Turns Mermaid's error into one line naming the file line and its text.
function describeError(err, block, cleaned) {
  const raw = String((err && err.message) || err);
  const cleanedLines = cleaned.lines();
  const fileLineOf = (mermaidLine) => {
    const entry = cleanedLines[mermaidLine - 1];
    if (!entry) return null;
    return { file: block.line + 1 + entry.blockLine, src: block.body[entry.blockLine] };
  };
  // Jison grammars: "Parse error on line N:\n<context>\n---^\nExpecting A, B, got 'X'"
  const jison = /^Parse error on line (\d+):[\s\S]*?\n(Expecting [\s\S]*?), got '([^']*)'/.exec(raw);
  if (jison) {
    const at = fileLineOf(Number(jison[1]));
    const where = at ? `file line ${at.file} (${JSON.stringify(shorten(at.src.trim(), 100))})` : `end of diagram (diagram line ${jison[1]})`;
    const expected = oneLine(jison[2]).replace(/^Expecting\s*/, '').split(/,\s*/);
    const list = expected.length > 8 ? `${expected.slice(0, 8).join(', ')}, … (${expected.length} in all)` : expected.join(', ');
    return shorten(`Parse error at ${where}: got '${jison[3]}', expecting ${list}`, 600);
  }
  const lex = /^Lexical error on line (\d+)/.exec(raw);
  if (lex) {
    const at = fileLineOf(Number(lex[1]));
    if (at) return shorten(`${oneLine(raw)} [file line ${at.file}: ${JSON.stringify(shorten(at.src.trim(), 100))}]`, 600);
  }
  // Langium grammars (pie, packet, ...) and semantic errors from diagram DBs.
  return shorten(oneLine(raw.replace(/\bline (\d+)/g, (all, n) => {
    const at = fileLineOf(Number(n));
    return at ? `file line ${at.file}` : all;
  })), 600);
}

// ---------------------------------------------------------------------------
// Project lint: silent loss (kept apart from Mermaid's own verdict)
// ---------------------------------------------------------------------------

const ENTITY = /#[a-zA-Z0-9]+;/g;
// Lines whose text Mermaid shows: messages (`A->>B: text`), notes, block labels,
// participant/actor declarations (aliases), titles.
const TEXT_LINE = /^(?:note\b|(?:alt|else|opt|loop|par|par_over|and|critical|option|break|box|title|participant|actor|create|destroy)\b)|:/i;

// Returns a failure message, or null. `prep` comes from cleanWithOrigins().
export function lintSilentLoss(keyword, block, prep) {
  if (keyword !== 'sequenceDiagram') return null;
  const problems = [];
  for (const blockLine of prep.inlineDirectives) {
    problems.push({ blockLine, what: "silent loss: '%%{' in text is removed as a directive" });
  }
  // Directives are removed first (their JSON may contain colours like #fff),
  // comment lines are skipped.
  const noDirectives = prep.afterFrontMatter.removeAll(DIRECTIVE);
  for (const { text, blockLine } of noDirectives.lines()) {
    const t = text.trim();
    if (t.startsWith('%%') || !TEXT_LINE.test(t)) continue;
    if (t.replace(ENTITY, '').includes('#')) {
      problems.push({ blockLine, what: "silent loss: raw '#' would hide text (Mermaid drops the rest of the line; write #35;)" });
    }
  }
  if (problems.length === 0) return null;
  problems.sort((a, b) => a.blockLine - b.blockLine);
  const p = problems[0];
  const more = problems.length > 1 ? ` (+${problems.length - 1} more)` : '';
  return `${p.what} at file line ${block.line + 1 + p.blockLine} (${JSON.stringify(shorten(block.body[p.blockLine].trim(), 100))})${more}`;
}

// ---------------------------------------------------------------------------
// Checking
// ---------------------------------------------------------------------------

async function checkBlock(mermaid, block) {
  const prep = cleanWithOrigins(block.body);
  const type = keywordOf(mermaid, prep.cleaned.text);
  if (!block.closed) {
    return { ok: false, type, message: 'unclosed ```mermaid fence: no closing fence before the end of the file' };
  }
  try {
    await mermaid.parse(block.body.join('\n') + '\n');
  } catch (err) {
    return { ok: false, type, message: describeError(err, block, prep.cleaned) };
  }
  const loss = lintSilentLoss(type, block, prep);
  return loss ? { ok: false, type, message: loss } : { ok: true, type };
}

async function run(argv) {
  let opts, files;
  try {
    opts = parseArguments(argv);
    if (opts.help) {
      process.stdout.write(`${USAGE}\nChecks fenced \`\`\`mermaid blocks with mermaid.parse; see the comment at the top of this file.\n`);
      return 0;
    }
    files = resolveInputs(opts.paths);
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    process.stderr.write(`check-mermaid: ${e.message}\n${USAGE}\n`);
    return 2;
  }

  let listed;
  try {
    listed = readHashList(opts.skipListed);
  } catch (e) {
    process.stderr.write(`check-mermaid: cannot read ${opts.skipListed}: ${e.code || e.message}\n`);
    return 2;
  }

  const texts = [];
  const parsedFiles = [];
  let skippedFiles = 0;
  for (const f of files) {
    let bytes;
    try {
      bytes = fs.readFileSync(f);
    } catch (e) {
      process.stderr.write(`check-mermaid: cannot read ${f}: ${e.code || e.message}\n`);
      return 2;
    }
    if (listed.has(crypto.createHash('sha256').update(bytes).digest('hex'))) {
      skippedFiles++;
      continue;
    }
    parsedFiles.push(f);
    texts.push(bytes.toString('utf8'));
  }

  const mermaid = await loadMermaid();
  let passed = 0;
  const failures = [];
  const failedFiles = new Set();
  for (let n = 0; n < parsedFiles.length; n++) {
    for (const block of findMermaidBlocks(texts[n])) {
      const r = await checkBlock(mermaid, block);
      if (r.ok) {
        passed++;
      } else {
        failures.push({ file: parsedFiles[n], line: block.line, type: r.type, message: r.message });
        failedFiles.add(parsedFiles[n]);
        if (!opts.json) process.stdout.write(`${parsedFiles[n]}:${block.line}: ${r.type}: ${r.message}\n`);
      }
    }
  }
  if (passed + failures.length === 0) {
    process.stderr.write(`check-mermaid: warning: no \`\`\`mermaid blocks in ${parsedFiles.length} file(s)\n`);
  }
  if (opts.json) {
    const result = { passed, failed: failures.length, failures, files: parsedFiles, failedFiles: failedFiles.size, skippedFiles };
    process.stdout.write(JSON.stringify(result) + '\n');
  } else {
    const skipped = skippedFiles ? ` (${skippedFiles} files skipped: already parsed by the tests)` : '';
    process.stdout.write(`Mermaid: ${passed + failures.length} diagrams in ${parsedFiles.length} files parsed, ${failures.length} rejected${skipped}\n`);
    process.stdout.write(`${parsedFiles.length - failedFiles.size} passed, ${failedFiles.size} failed\n`);
  }
  return failures.length ? 1 : 0;
}

// A closed pipe (e.g. `| head`) is not an error of the check.
process.stdout.on('error', (e) => process.exit(e && e.code === 'EPIPE' ? 0 : 2));

run(process.argv.slice(2)).then(
  // Exit explicitly (jsdom timers may keep the loop alive) once stdout is flushed.
  (code) => process.stdout.write('', () => process.exit(code)),
  (err) => {
    process.stderr.write(`check-mermaid: internal error: ${(err && err.stack) || err}\n`);
    process.exit(2);
  },
);
