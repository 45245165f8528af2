// ../../tmp/st/mem.ts
import { readFileSync } from "node:fs";

// src/diagnostics.ts
function diagnostic(ruleId, severity, reason, place) {
  return { ruleId, severity, reason, place, source: "cn-plan-parser" };
}

// src/format-diagnostic.ts
var BEFORE = 30;
var AFTER = 50;
var SCAN = 200;
function isBreak(code) {
  return code === 10 || code === 13 || code === 8232 || code === 8233;
}
function width(code) {
  if (code < 4352) return 1;
  const wide = code <= 4447 || code >= 11904 && code <= 12350 || code >= 12353 && code <= 13311 || code >= 13312 && code <= 19903 || code >= 19968 && code <= 40959 || code >= 40960 && code <= 42191 || code >= 44032 && code <= 55203 || code >= 63744 && code <= 64255 || code >= 65072 && code <= 65103 || code >= 65280 && code <= 65376 || code >= 65504 && code <= 65510 || // A surrogate pair is drawn as one character, mostly CJK extension B and on.
  code >= 55296 && code <= 56319;
  return wide ? 2 : code >= 56320 && code <= 57343 ? 0 : 1;
}
function draw(source, from, to) {
  let text2 = "";
  let columns = 0;
  for (let i = from; i < to; i++) {
    const code = source.charCodeAt(i);
    text2 += code < 32 || code === 127 ? " " : source[i];
    columns += width(code);
  }
  return { text: text2, columns };
}
function lineAround(source, offset) {
  let start = offset;
  while (start > 0 && offset - start < SCAN + BEFORE && !isBreak(source.charCodeAt(start - 1))) start--;
  let end = offset;
  while (end < source.length && end - offset < SCAN + AFTER && !isBreak(source.charCodeAt(end))) end++;
  return { start, end };
}
function frameLine(source, line2, focus) {
  const from = Math.max(line2.start, focus - BEFORE);
  const to = Math.min(line2.end, focus + AFTER);
  const head = from > 0 && !isBreak(source.charCodeAt(from - 1)) ? "\u2026" : "";
  const tail = to < source.length && !isBreak(source.charCodeAt(to)) ? "\u2026" : "";
  return { text: head + draw(source, from, to).text + tail, columnsBefore: head.length + draw(source, from, focus).columns };
}
function formatDiagnostic(diagnostic2, source, file) {
  const { start, end } = diagnostic2.place;
  const header = `${file ? `${file}:` : ""}${start.line}:${start.column} ${diagnostic2.severity} ${diagnostic2.ruleId} ${diagnostic2.reason}`;
  const at = Math.min(Math.max(start.offset, 0), source.length);
  const line2 = lineAround(source, at);
  const gutter = String(start.line + 1).length;
  const number = (n, mark) => `${mark} ${String(n).padStart(gutter)} | `;
  const out = [header];
  if (line2.start > 0 && isBreak(source.charCodeAt(line2.start - 1))) {
    const prev = lineAround(source, line2.start - (source[line2.start - 1] === "\n" && source[line2.start - 2] === "\r" ? 2 : 1));
    out.push(number(start.line - 1, " ") + frameLine(source, prev, prev.start).text);
  }
  const shown = frameLine(source, line2, at);
  out.push(number(start.line, ">") + shown.text);
  const caretEnd = Math.min(Math.max(end.offset, at + 1), line2.end, at + AFTER);
  const carets = Math.max(1, draw(source, at, caretEnd).columns);
  out.push(`${" ".repeat(gutter + 2)} | ${" ".repeat(shown.columnsBefore)}${"^".repeat(carets)}`);
  if (line2.end < source.length && isBreak(source.charCodeAt(line2.end))) {
    const next = lineAround(source, line2.end + (source[line2.end] === "\r" && source[line2.end + 1] === "\n" ? 2 : 1));
    if (next.start < source.length) out.push(number(start.line + 1, " ") + frameLine(source, next, next.start).text);
  }
  return out.join("\n");
}

// src/errors.ts
var FRAMED = 50;
function where(d) {
  return `${d.place.start.line}:${d.place.start.column}`;
}
var PlanParseError = class extends Error {
  name = "PlanParseError";
  diagnostics;
  constructor(diagnostics, source) {
    const errors = diagnostics.filter((d) => d.severity === "error");
    const shown = errors.slice(0, FRAMED);
    const body = source === void 0 ? shown.map((d) => `  ${where(d)} ${d.ruleId} ${d.reason}`).join("\n") : shown.map((d) => formatDiagnostic(d, source)).join("\n\n");
    const more = errors.length > FRAMED ? `

\u2026and ${errors.length - FRAMED} more errors (see error.diagnostics)` : "";
    super(`Plan has ${errors.length} error${errors.length === 1 ? "" : "s"}:
${body}${more}`);
    this.diagnostics = diagnostics;
  }
};

// src/input/decode.ts
var DecodeError = class extends Error {
  constructor(tried) {
    super(`parsePlan: the bytes are not valid text in any of the encodings tried (${tried.join(", ")}); decode them yourself and pass a string`);
    this.tried = tried;
  }
  tried;
  name = "DecodeError";
};
var BOMS = [
  { bytes: [239, 187, 191], encoding: "utf-8" },
  { bytes: [255, 254], encoding: "utf-16le" },
  { bytes: [254, 255], encoding: "utf-16be" }
];
function strictDecode(encoding, bytes) {
  try {
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return null;
  }
}
function utf16Guess(bytes) {
  if (bytes.length < 2 || bytes.length % 2 !== 0) return null;
  let even = 0;
  let odd = 0;
  const sample = Math.min(bytes.length, 4096);
  for (let i = 0; i < sample; i++) if (bytes[i] === 0) i % 2 === 0 ? even++ : odd++;
  if (odd >= 2 && odd >= 4 * even) return "utf-16le";
  if (even >= 2 && even >= 4 * odd) return "utf-16be";
  return null;
}
function decodeBytes(bytes) {
  for (const { bytes: bom, encoding } of BOMS) {
    if (bom.every((b, i) => bytes[i] === b)) {
      const text2 = strictDecode(encoding, bytes);
      if (text2 === null) throw new DecodeError([encoding]);
      return { text: text2, encoding };
    }
  }
  const tried = [];
  const utf16 = utf16Guess(bytes);
  for (const encoding of utf16 ? [utf16, "utf-8", "gb18030"] : ["utf-8", "gb18030"]) {
    tried.push(encoding);
    const text2 = strictDecode(encoding, bytes);
    if (text2 !== null) return { text: text2, encoding };
  }
  throw new DecodeError(tried);
}

// src/util/lazy.ts
import { createRequire } from "node:module";
var load = createRequire(import.meta.url);
function lazy(make) {
  let value = null;
  return () => (value ??= { current: make(load) }).current;
}

// src/input/align.ts
function addAligned(builder, source, start, end, value) {
  let i = start;
  let j = 0;
  while (i < end && j < value.length) {
    if (source[i] === value[j]) {
      let k = 1;
      while (i + k < end && j + k < value.length && source[i + k] === value[j + k]) k++;
      builder.copy(i, i + k);
      i += k;
      j += k;
      continue;
    }
    const ch = source[i];
    if (ch === "\0" && value[j] === "\uFFFD") {
      builder.copy(i, i + 1);
      i++;
      j++;
    } else if (ch === "&") {
      const semi = source.indexOf(";", i);
      const refEnd = semi !== -1 && semi < end && semi - i <= 32 ? semi + 1 : i + 1;
      const units = (value.codePointAt(j) ?? 0) > 65535 ? 2 : 1;
      builder.replace(i, refEnd, value.slice(j, j + units));
      i = refEnd;
      j += units;
    } else if (ch === "\\" || ch === "\r" || ch === " " || ch === "	") {
      i++;
    } else {
      break;
    }
  }
  if (j < value.length) builder.replace(i, end, value.slice(j));
}

// src/util/mapped-text.ts
function identity(text2) {
  return { text: text2, start: (i) => i, end: (i) => i };
}
var MappedTextBuilder = class {
  constructor(source) {
    this.source = source;
  }
  source;
  segments = [];
  parts = [];
  length = 0;
  copy(srcStart, srcEnd) {
    if (srcEnd <= srcStart) return this;
    const last = this.segments[this.segments.length - 1];
    if (last && last.copy && last.srcEnd === srcStart) {
      last.to += srcEnd - srcStart;
      last.srcEnd = srcEnd;
    } else {
      this.segments.push({ from: this.length, to: this.length + srcEnd - srcStart, srcStart, srcEnd, copy: true });
    }
    this.parts.push(this.source.slice(srcStart, srcEnd));
    this.length += srcEnd - srcStart;
    return this;
  }
  replace(srcStart, srcEnd, text2) {
    if (text2.length === 0) return this;
    this.segments.push({ from: this.length, to: this.length + text2.length, srcStart, srcEnd, copy: false });
    this.parts.push(text2);
    this.length += text2.length;
    return this;
  }
  build() {
    const text2 = this.parts.join("");
    const segments = this.segments;
    const only = segments[0];
    if (segments.length === 1 && only && only.copy && only.srcStart === 0 && only.srcEnd === this.source.length) return identity(text2);
    return mapped(text2, segments);
  }
};
function mapped(text2, segments) {
  function find(index, strict) {
    let lo = 0;
    let hi = segments.length - 1;
    while (lo < hi) {
      const mid = lo + hi + 1 >> 1;
      const from = segments[mid].from;
      if (strict ? from < index : from <= index) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }
  function start(index) {
    if (segments.length === 0) return 0;
    if (index >= text2.length) return segments[segments.length - 1].srcEnd;
    const s = segments[find(index, false)];
    return s.copy ? s.srcStart + index - s.from : s.srcStart;
  }
  function end(index) {
    if (segments.length === 0) return 0;
    if (index <= 0) return segments[0].srcStart;
    const s = segments[find(index, true)];
    return s.copy ? s.srcStart + Math.min(index, s.to) - s.from : s.srcEnd;
  }
  return { text: text2, start, end };
}
function compose(inner, outer) {
  return {
    text: outer.text,
    start: (i) => inner.start(outer.start(i)),
    end: (i) => inner.end(outer.end(i))
  };
}

// src/input/edits.ts
function applyEdits(source, edits) {
  if (edits.length === 0) return identity(source);
  edits.sort((a, b) => a.start - b.start || b.end - a.end);
  const builder = new MappedTextBuilder(source);
  let cursor = 0;
  for (const edit of edits) {
    if (edit.start < cursor) continue;
    builder.copy(cursor, edit.start);
    builder.replace(edit.start, edit.end, edit.text);
    cursor = edit.end;
  }
  builder.copy(cursor, source.length);
  return builder.build();
}

// src/html/extract.ts
var processor = lazy((require2) => {
  const { unified } = require2("unified");
  const rehypeParse = require2("rehype-parse").default;
  return unified().use(rehypeParse).freeze();
});
var BREAK = "\u2029";
var SOFT_BREAK = /(?<![ \t\r\f\u00a0\u3000\u2000-\u200a])[ \t\r\f\u00a0\u3000\u2000-\u200a]*\n[ \t\r\n\f\u00a0\u3000\u2000-\u200a]*/g;
var ASCII_WORD = /[0-9A-Za-z]/;
function joinSoftBreaks(text2) {
  const edits = [];
  for (const match of text2.matchAll(SOFT_BREAK)) {
    const start = match.index;
    const end = start + match[0].length;
    const space = ASCII_WORD.test(text2[start - 1] ?? "") && ASCII_WORD.test(text2[end] ?? "");
    edits.push({ start, end, text: space ? " " : "" });
  }
  return edits;
}
var BLOCKS = /* @__PURE__ */ new Set([
  "address",
  "article",
  "aside",
  "blockquote",
  "body",
  "dd",
  "div",
  "dl",
  "dt",
  "figcaption",
  "figure",
  "footer",
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  "header",
  "hr",
  "li",
  "main",
  "nav",
  "ol",
  "p",
  "pre",
  "section",
  "table",
  "tbody",
  "td",
  "th",
  "thead",
  "tr",
  "ul"
]);
var SKIP = /* @__PURE__ */ new Set(["head", "script", "style", "template", "noscript", "title"]);
function walk(source, builder, nodes) {
  for (const node of nodes) {
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    if (node.type === "text") {
      if (start !== void 0 && end !== void 0) addAligned(builder, source, start, end, node.value);
    } else if (node.type === "element") {
      const el = node;
      if (SKIP.has(el.tagName)) continue;
      if (el.tagName === "br" || BLOCKS.has(el.tagName)) {
        const at = start ?? 0;
        builder.replace(at, at, BREAK);
      }
      walk(source, builder, el.children);
      if (BLOCKS.has(el.tagName) && end !== void 0) builder.replace(end, end, BREAK);
    } else if (node.type === "root") {
      walk(source, builder, node.children);
    }
  }
}
function fromHtml(source) {
  const tree = processor().parse(source);
  const builder = new MappedTextBuilder(source);
  walk(source, builder, tree.children);
  const blocks2 = builder.build();
  const edits = joinSoftBreaks(blocks2.text);
  return edits.length === 0 ? blocks2 : compose(blocks2, applyEdits(blocks2.text, edits));
}

// src/markdown/chunks.ts
var MIN_CHUNK = 4e3;
var FENCE = /^ {0,3}(`{3,}|~{3,})/;
var HEADING = /^#{1,6}(?:[ \t]|$)/;
function markdownChunks(source) {
  const starts = [0];
  let fence = null;
  let offset = 0;
  while (offset < source.length) {
    let next = source.indexOf("\n", offset);
    if (next === -1) next = source.length;
    const line2 = source.slice(offset, next);
    const marker = FENCE.exec(line2)?.[1];
    if (fence !== null) {
      if (marker !== void 0 && marker[0] === fence[0] && marker.length >= fence.length) fence = null;
    } else if (marker !== void 0) {
      fence = marker;
    } else if (HEADING.test(line2) && offset - starts[starts.length - 1] >= MIN_CHUNK) {
      starts.push(offset);
    }
    offset = next + 1;
  }
  return starts;
}

// src/markdown/extract.ts
var processor2 = lazy((require2) => {
  const { unified } = require2("unified");
  const remarkParse = require2("remark-parse").default;
  const remarkCjkFriendly = require2("remark-cjk-friendly").default;
  return unified().use(remarkParse).use(remarkCjkFriendly).freeze();
});
function offsets(w, node) {
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  return start === void 0 || end === void 0 ? null : { start: start + w.base, end: end + w.base };
}
function emitPrefix(w) {
  const p = w.prefix;
  if (!p) return;
  w.prefix = null;
  if (w.source.slice(p.start, p.end) === p.text) w.builder.copy(p.start, p.end);
  else w.builder.replace(p.start, p.end, p.text);
}
function inline(w, nodes) {
  for (const node of nodes) {
    const at = offsets(w, node);
    if (node.type === "text") {
      if (at) addAligned(w.builder, w.source, at.start, at.end, node.value);
    } else if (node.type === "break" || node.type === "html" && /^<br\b/i.test(node.value)) {
      if (at) w.builder.replace(at.start, at.end, "\n");
    } else if (node.type === "inlineCode") {
      if (at) w.builder.replace(at.start, at.end, node.value);
    } else if ("children" in node) {
      inline(w, node.children);
    }
  }
}
function line(w, node, body) {
  const at = offsets(w, node);
  if (!at) return;
  emitPrefix(w);
  body();
  w.builder.replace(at.end, at.end, "\n");
}
function blocks(w, nodes) {
  for (const node of nodes) {
    if (node.type === "heading" || node.type === "paragraph" || node.type === "tableCell") {
      line(w, node, () => inline(w, node.children));
    } else if (node.type === "code" || node.type === "html") {
      const at = offsets(w, node);
      line(w, node, () => at && w.builder.replace(at.start, at.end, node.value));
    } else if (node.type === "list") {
      node.children.forEach((item, index) => {
        const at = offsets(w, item);
        if (node.ordered && at) {
          const marker = /^[0-9]{1,9}[.)]/.exec(w.source.slice(at.start, at.start + 10));
          const text2 = `${(node.start ?? 1) + index}.`;
          w.prefix = { start: at.start, end: at.start + (marker ? marker[0].length : 0), text: text2 };
        }
        blocks(w, item.children);
        w.prefix = null;
      });
    } else if ("children" in node) {
      blocks(w, node.children);
    } else {
      const at = offsets(w, node);
      line(w, node, () => at && w.builder.copy(at.start, at.end));
    }
  }
}
function fromMarkdown(source) {
  const w = { source, base: 0, builder: new MappedTextBuilder(source), prefix: null };
  const starts = markdownChunks(source);
  if (source.charCodeAt(0) === 65279) starts[0] = 1;
  starts.forEach((start, i) => {
    w.base = start;
    blocks(w, processor2().parse(source.slice(start, starts[i + 1] ?? source.length)).children);
  });
  return w.builder.build();
}

// src/chars.ts
var OPEN_BRACKETS = "\uFF08(\u3014[\u3010";
var CLOSE_BRACKETS = "\uFF09)\u3015]\u3011";
var LIST_SEPARATORS = "\u3001\uFF0C,";
var CLAUSE_SEPARATORS = "\uFF1B;\uFF0C,";
var OPEN = 1;
var CLOSE = 2;
var LIST_SEPARATOR = 4;
var CLAUSE_SEPARATOR = 8;
var TITLE_OPEN = 16;
var TITLE_CLOSE = 32;
var CLASSES = new Uint8Array(65536);
var CLASS_CHARS = [
  [OPEN_BRACKETS, OPEN],
  [CLOSE_BRACKETS, CLOSE],
  [LIST_SEPARATORS, LIST_SEPARATOR],
  [CLAUSE_SEPARATORS, CLAUSE_SEPARATOR],
  ["\u300A\u3008", TITLE_OPEN],
  ["\u300B\u3009", TITLE_CLOSE]
];
for (const [chars, flag] of CLASS_CHARS) {
  for (let k = 0; k < chars.length; k++) {
    const code = chars.charCodeAt(k);
    CLASSES[code] = (CLASSES[code] ?? 0) | flag;
  }
}
function charIs(c, flags) {
  return c >= 0 && (CLASSES[c] & flags) !== 0;
}
var CHAPTER_DELIMITERS = "\u3001\uFF0E.";
var TASK_DELIMITERS = ".\uFF0E\u3001";
var SENTENCE_ENDS = "\u3002\uFF01\uFF1F\uFF1B!?;\u2026\uFF09)\u3015]\u3011\u201D\u2019\u300D\u300F";
function isSpace(ch) {
  return ch !== void 0 && ch.length === 1 && isSpaceCode(ch.charCodeAt(0));
}
function isLineBreak(ch) {
  return ch === "\n" || ch === "\r" || ch === "\u2028" || ch === "\u2029";
}
function isWhite(ch) {
  return isSpace(ch) || isLineBreak(ch);
}
function isDigit(ch) {
  if (ch === void 0) return false;
  const c = ch.charCodeAt(0);
  return c >= 48 && c <= 57 || c >= 65296 && c <= 65305;
}
function digitValue(ch) {
  const c = ch.charCodeAt(0);
  return c >= 65296 ? c - 65296 : c - 48;
}
function isSpaceCode(c) {
  if (c === 32 || c === 9 || c === 12288 || c === 160 || c === 65279) return true;
  return c >= 8192 && c <= 8202 || c === 8239 || c === 8287;
}

// src/util/lines.ts
var BREAK2 = /\r\n?|[\n\u2028\u2029]/g;
function splitLines(text2) {
  const lines = [];
  let index = 0;
  BREAK2.lastIndex = 0;
  while (index <= text2.length) {
    const found = BREAK2.test(text2);
    const next = found ? BREAK2.lastIndex : text2.length;
    const end = found && text2.charCodeAt(next - 1) === 10 && text2.charCodeAt(next - 2) === 13 ? next - 2 : found ? next - 1 : next;
    let start = index;
    let stop = end;
    while (start < stop && isSpaceCode(text2.charCodeAt(start))) start++;
    while (stop > start && isSpaceCode(text2.charCodeAt(stop - 1))) stop--;
    if (stop > start) lines.push({ start, end: stop });
    if (!found) break;
    index = BREAK2.lastIndex;
  }
  return lines;
}

// src/lex/numerals.ts
var DIGITS = {
  "\u3007": 0,
  \u96F6: 0,
  \u4E00: 1,
  \u4E8C: 2,
  \u4E24: 2,
  \u4E09: 3,
  \u56DB: 4,
  \u4E94: 5,
  \u516D: 6,
  \u4E03: 7,
  \u516B: 8,
  \u4E5D: 9,
  // Traditional capitals sometimes survive in copied text.
  \u58F9: 1,
  \u8CB3: 2,
  \u8D30: 2,
  \u53C3: 3,
  \u53C1: 3,
  \u8086: 4,
  \u4F0D: 5,
  \u9678: 6,
  \u9646: 6,
  \u67D2: 7,
  \u634C: 8,
  \u7396: 9
};
var TEN = /* @__PURE__ */ new Set(["\u5341", "\u62FE"]);
function readNumeral(text2, start) {
  const a = text2[start];
  const b = text2[start + 1];
  const c = text2[start + 2];
  const unit = (ch) => ch !== void 0 && !TEN.has(ch) ? DIGITS[ch] ?? 0 : 0;
  if (a === void 0) return null;
  if (TEN.has(a)) {
    const ones = unit(b);
    return ones > 0 ? { value: 10 + ones, length: 2 } : { value: 10, length: 1 };
  }
  const tens = unit(a);
  if (tens === 0) return null;
  if (b !== void 0 && TEN.has(b) && tens >= 2) {
    const ones = unit(c);
    return ones > 0 ? { value: tens * 10 + ones, length: 3 } : { value: tens * 10, length: 2 };
  }
  return { value: tens, length: 1 };
}

// src/lex/markers.ts
function skipSpaces(text2, index, end) {
  while (index < end && isSpace(text2[index])) index++;
  return index;
}
function matchChapter(text2, start, end) {
  const numeral = readNumeral(text2, start);
  if (!numeral) return null;
  let index = start + numeral.length;
  const ch = text2[index];
  let weak = false;
  if (ch !== void 0 && CHAPTER_DELIMITERS.includes(ch)) index++;
  else if (isSpace(ch)) weak = true;
  else return null;
  const markerEnd = index;
  const contentStart = skipSpaces(text2, index, end);
  if (contentStart >= end || ch === "." && isDigit(text2[contentStart])) return null;
  return { value: numeral.value, markerEnd, contentStart, weak };
}
function matchSection(text2, start, end) {
  const open = text2[start];
  if (open !== "\uFF08" && open !== "(") return null;
  const numeral = readNumeral(text2, start + 1);
  if (!numeral) return null;
  const close = text2[start + 1 + numeral.length];
  if (close !== "\uFF09" && close !== ")") return null;
  const markerEnd = start + numeral.length + 2;
  const contentStart = skipSpaces(text2, markerEnd, end);
  if (contentStart >= end) return null;
  return { value: numeral.value, markerEnd, contentStart, weak: false };
}
function matchTask(text2, start, end) {
  let index = start;
  let value = 0;
  while (index < end && isDigit(text2[index]) && index - start < 4) value = value * 10 + digitValue(text2[index++]);
  if (index === start || value === 0 || isDigit(text2[index])) return null;
  index = skipSpaces(text2, index, end);
  const delimiter = text2[index];
  if (delimiter === void 0 || !TASK_DELIMITERS.includes(delimiter)) return null;
  const markerEnd = index + 1;
  const contentStart = skipSpaces(text2, markerEnd, end);
  if (contentStart >= end) return null;
  const next = text2[contentStart];
  if (isDigit(next) || next === "%" || next === "\uFF05" || next === "." || next === "\uFF0E") return null;
  return { value, markerEnd, contentStart, weak: false };
}

// src/input/flattened.ts
function startsWithMarker(text2, start, end, allowWeak = false) {
  if (matchSection(text2, start, end) || matchTask(text2, start, end)) return true;
  const chapter = matchChapter(text2, start, end);
  return chapter !== null && (allowWeak || !chapter.weak);
}
var HAN = /[\u3400-\u9fff]/;
function findFlattened(text2, lines) {
  const edits = [];
  for (const { start, end } of lines) {
    let i = start;
    let piece = start;
    while (i < end) {
      if (!isSpaceCode(text2.charCodeAt(i))) {
        i++;
        continue;
      }
      const from = i;
      while (i < end && isSpaceCode(text2.charCodeAt(i))) i++;
      const before = text2[from - 1] ?? "";
      if (before === "\u7B2C" || !(HAN.test(before) || SENTENCE_ENDS.includes(before) || before === "\u300B")) continue;
      if (HAN.test(before) && matchTask(text2, piece, end)) continue;
      if (i < end && startsWithMarker(text2, i, end, SENTENCE_ENDS.includes(before))) {
        edits.push({ start: i, end: i, text: "\n" });
        piece = i;
      }
    }
  }
  return edits;
}

// src/input/footers.ts
var DASHED = /^[-—–―‐－~～]{1,3}\s*[0-9０-９]{1,4}\s*[-—–―‐－~～]{1,3}$/;
var PAGE_OF = /^第\s*[0-9０-９]{1,4}\s*页(?:\s*(?:[，,/／]\s*)?共\s*[0-9０-９]{1,4}\s*页)?$/;
function findFooters(text2, lines) {
  const footers = [];
  for (const line2 of lines) {
    if (line2.end - line2.start > 16) continue;
    const content = text2.slice(line2.start, line2.end);
    if (DASHED.test(content) || PAGE_OF.test(content)) footers.push(line2);
  }
  return footers;
}

// src/input/pinyin.ts
var PINYIN = /[(（](?<=[\u3400-\u9fff].)\s*([a-zü\u00e0-\u01dc]+[1-5]?(?:\s+[a-zü\u00e0-\u01dc]+[1-5]?)*)\s*[)）]/g;
var TONED = /[\u00e0-\u01dc]|[aeiouü][b-df-hj-np-tv-z]*[1-5]/;
function findPinyin(text2) {
  const edits = [];
  if (!/[a-z\u00e0-\u01dc]/.test(text2)) return edits;
  for (const match of text2.matchAll(PINYIN)) {
    if (!TONED.test(match[1])) continue;
    edits.push({ start: match.index, end: match.index + match[0].length, text: "" });
  }
  return edits;
}

// src/input/unwrap.ts
var MIN_WRAPPED = 5;
var MIN_SHARE = 0.2;
var MIN_WIDTH = 12;
var MAX_LONGER = 0.05;
function slack(width2) {
  return width2 + Math.ceil(width2 / 4);
}
function wrapWidth(lines) {
  const counts = /* @__PURE__ */ new Map();
  for (const { start, end } of lines) {
    const length = end - start;
    if (length >= MIN_WIDTH) counts.set(length, (counts.get(length) ?? 0) + 1);
  }
  let width2 = 0;
  let most = 0;
  for (const [length, count] of counts) {
    if (count > most || count === most && length > width2) [width2, most] = [length, count];
  }
  if (most < MIN_WRAPPED || most < lines.length * MIN_SHARE) return null;
  let longer = 0;
  for (const { start, end } of lines) if (end - start > slack(width2)) longer++;
  return longer <= lines.length * MAX_LONGER ? width2 : null;
}
function findWraps(text2, lines) {
  const width2 = wrapWidth(lines);
  if (width2 === null) return [];
  const edits = [];
  for (let i = 0; i + 1 < lines.length; i++) {
    const line2 = lines[i];
    const next = lines[i + 1];
    const length = line2.end - line2.start;
    if (length < width2 - 1 || length > slack(width2)) continue;
    if (startsWithMarker(text2, next.start, next.end)) continue;
    let from = line2.end;
    while (isSpace(text2[from])) from++;
    let to = next.start;
    while (to > from && isSpace(text2[to - 1])) to--;
    edits.push({ start: from, end: to, text: "" });
  }
  return edits;
}

// src/input/cleanup.ts
function cleanUp(text2) {
  const lines = splitLines(text2);
  const footers = findFooters(text2, lines);
  const pinyin = findPinyin(text2);
  const dropped = [
    ...footers.map((f) => ({ start: f.start, end: f.end, kind: "page-footer" })),
    ...pinyin.map((p) => ({ start: p.start, end: p.end, kind: "pinyin" }))
  ];
  const first = dropped.length === 0 ? null : applyEdits(text2, [...footers.map((f) => ({ start: f.start, end: f.end, text: "" })), ...pinyin]);
  const rest = first ? first.text : text2;
  const restLines = first ? splitLines(rest) : lines;
  const second = applyEdits(rest, [...findWraps(rest, restLines), ...findFlattened(rest, restLines)]);
  return { mapped: first ? compose(first, second) : second, dropped };
}

// src/input/format.ts
var HTML_START = /^\s*<(?:!doctype|html|head|body|meta|div|p|table|section|article|h[1-6]|span|font|center)\b/i;
var HTML_BLOCKS = /<\/(?:p|div|h[1-6]|li|td)>|<br\s*\/?>/gi;
var MARKDOWN = /^(?:#{1,6}[ \t]+\S|={3,}[ \t]*$|(?:\*\*|__)\S)/m;
function detectFormat(text2) {
  const head = text2.slice(text2.charCodeAt(0) === 65279 ? 1 : 0, 8192);
  if (HTML_START.test(head) || (head.match(HTML_BLOCKS)?.length ?? 0) >= 3) return "html";
  if (MARKDOWN.test(head)) return "markdown";
  return "text";
}

// src/input/traditional-chars.ts
var TRADITIONAL_GAPS = "acv,4,3,36,7e,14,6i,b,j,6l,k,97,6m,n,2,t6,d7,h,37,cp,y,1,v,2,2z,23,8i,am,4f,3g,6x,5u,a,4,s,16,4,1v,bm,1o,3i,1l,6,4,n,35,7q,7,2g,4,n,5,4p,1,c,x,h,g,w,1,a,1,i,c,5,7,k,6,2,1,2,6,5,l,7,n,8,z,1,8,f,5,5,2,1,9,b,2,4,1,1,2,7,4,3,4,8,4,9,6,1,3,9,8,7,1,1,2,4,1,5,2,4,1,3,7,b,8,5,1,2,1,1,b,5,6,5,g,2,x,7,p,u,5,f,l,1g,5,q,3,4,3,9,4,2,h,6,1,2,c,1,3,2,1,2,1,2,2,9,13,k,4,2,2,1,4,1,6,8,2,2,3,3,1e,2,2,f,k,11,2,2,s,7,4,9,5,2,f,1,u,1c,x,3,c,3e,11,z,1g,n,4,b,1,3,18,c,g,1,1,2,4,k,1,3,4,c,f,7,6,g,7,6,1,2,1,5,d,5,1,1,5,3,5,4,i,7,3,3,5,1,9,3,2,4,1,7,7,5,4,5,4,c,1,1,1,6,4,1,1,2,a,1,1,3,3,1,3,5,p,t,4,2,5,1,3,2,4j,12,7,8,7,e,5,c,7,i,2,3,m,1,4,3,5,3,8,2,h,3,1,6,b,i,4,e,2,3,3,5,3,9,4,3,5,4,1,1,1,2,2,1,1,2,7,1,5,b,2,1,z,2,3,p,i,n,2,1,2,2,e,x,1c,p,1f,2,12,11,7,1m,8,1,c,1,e,c,u,5,1,4,1,3,5,3,1,d,8,3,6,6,8,b,8,1,v,d,3,4,1b,i,y,4,1,2,2,1,9,1,h,1,3,2,1,15,f,7,6,9,6,2,4,4,1h,26,5,2,7,g,4,6,2,9,a,10,7,12,1,3,3,3,d,3,9,2,5,1,6,a,2,2,1,e,7,2,2,2,o,9,18,6,8,3,a,3,g,4,1,7,4,8,1,b,2,5,19,m,1,2,4,6,7,5,3,1,1,1,1,1,1,6,3,7,v,2,v,2,2,d,2,2,4,2,6,5,7,5,6,7,d,d,5,d,2,9,c,4,3x,v,w,p,n,1,7,10,g,1,9,w,1,c,c,3,7,6,7,2,b,2,5,4,1,6,1,3,5,3,4,2,2,4,8,6,1,1,4,4,a,7,3,4,4,h,2,3,1,h,1,4,1,4,a,4,1,1,2,2,2,2,7,d,j,2,7,1,1,4,14,31,f,27,8,d,16,3,6,1,h,1,2,h,2,2,6,v,q,1,j,1,u,9,1,g,e,1,r,b,3,g,4,3,4,1,d,7,1,3,a,2,4,2,6,7,1,8,3,1,2,3,3,3,1,8,1,6,6,1,2,9,3,1,1,1,2,3,3,1,1,1,1,6,2,9,5,2,3,2,1,1,5,1,1,6,2,x,1,5,4,1,t,3,a,1,3,f,n,b,5,6,x,10,1n,7,i,2,17,1,7,8,a,9,p,2,1,2,6,7,a,5,3,4,c,b,y,2,7,1v,1s,3,1t,5,1,3a,e,l,4,4,1,2,j,i,6,c,1,8,2,6,b,4,p,z,o,9,l,5,8,z,e,4,4,4,d,c,2,6,h,3,1,6,5,3,6,5,1,3,c,2,6,5,4,1,4,4,8,5,1,1,5,9,3,k,3,9,4,i,8,b,8,3,3,1,b,1,4,5,3,8,a,6,7,1,2,1,1,6,2,1,2,1,1,5,2,5,3,9,1,5,5,3,1,3,8,v,h,2,f,2,h,5,1,7,p,6,6,4,3,2,1,1,1,2,8,1,1,4,6,1l,3,6,4,n,8,1,7,b,g,b,x,o,4,17,s,24,d,1v,6,8,g,11,m,8,b,3,1,1,b,1,4,v,2,7,4,6,i,c,1,j,9,8,p,e,7,e,3,5,9,8,1,7,2,b,j,3,3,5,1,3,3,1,2,9,3,d,8,1,9,6,3,3,7,1,1,g,3,1,4,1,1,9,b,1,7,8,1,6,1,9,7,9,4,2,3,2,3,3,d,3,2,1,2,f,3,2,1,1,3,5,3,4,5,1,9,2,2,4,3,1,1,2,2,4,6,3,5,2,1,6,1,1,8,2,c,5,1,d,1,3,3,1,4,4,2,1,3,2,k,1p,l,11,19,14,9,7,9,3,4,3,5,k,d,5,p,1,1,c,2,1,7,1,9,4,3,3,3,7,6,1,7,2,5,1,2,f,3,b,i,5,8,4,2,6,i,s,9,p,5,7,5,p,1l,4,s,t,5,6,2,1,1,9,q,2,1,3,2,1,1,3,2,1,2,1,1,4,3i,1f,9,5,c,7,h,1,5,1,8,n,1,b,2,a,2,3,5,4,1,5,3,5,2,6,5,5,5,6,1,1d,9,d,1,1m,5,9,5,5,1,h,3,27,7,u,4,9,2,6,b,3,6,7,4,8,1,7,4,1,2,9,6,7,2,1,2,1,2,2,3,1,1,2,1,1,a,5,p,m,8,2,9,p,2,3,2,1,3,3,1g,7,p,f,2,d,2,1m,4,2,o,6,b,c,7,l,2c,p,8,4,7,12,k,4,b,2,2,1,k,9,6,3,4,8,e,1,6,a,2,9,d,4,1,1,5,10,16,e,1,7,c,5,4,4,2,1,e,9,1p,3,7,d,3,f,3,f,7,5,1,1,i,1,1,7,2,2,1o,1,4,1,6,1,4,a,1,2,1,2,w,c,28,7,q,d,j,4,4,b,12,4,5,2,9,c,2,2,5,a,5,8,d,4,d,3,2,8,e,4,1,5,2,7,8,5,2,1,3,1,4,5,1,2,2,4,1h,e,k,k,1,9,6,3,2,2,2,3,5,2,2,1,1,1,1,1,1,1,2,2,3,3,1,1,1,1,1,1,1,1,1,1,1,3,b,2,2,1,1,1,2,4,1,2,3,1,2,1,1,1,1,8,2,5,6,2,1,3,1,4,2,2,6,1,1,1,3,3,1,7,2,1,2,2,1,3,2,1,1,1,2,3,6,1,1,2,1,1,1,4,3,1,1,1,2,1,1,1,1,1,1,3,1,1,1,2,1,1,5,3,3,1,6,1,1,1,3,1,1,1,3,1,2,1,2,3,2,1,3,3,2,1,2,2,3,2,1,c,1,1,1,5,1,4,2,4,2,1,1,4,4,4,2,1,1,2,1,1,1,1,1,1,2,4,1,5,2,1,c,2,1,5,4,3,1,7,1,1,2,1,1,1,3,3,2,1,2,1,1,1,1,2,5,1,1,2,2,1,2,4,1,1,1,2,4,4h,6,5,4,2,y,5,2,e,1,2,3,o,2,3,1,d,s,p,1,d,4,1b,2,14,8,h,1,2,1,2,1,1,2,4,1,7,3k,3,j,8,6,2,e,l,8,b,5,5,8,5,b,i,5,4,2,2,7,k,1,1,a,4,2,9,2,5,1,2,3,3,i,d,1,1,1,c,2,1t,b,2,5,6,6,1w,18,23,o,1s,c,c,5,20,5,4,f,3,y,8,1,k,9,i,2,9,8,m,3,3,1,1,9,u,4,6,5,z,1,5,9,7,g,4,6,5,2,1,7,2,g,2,5,8,4,1,2,3,a,7,1,3,a,9,8,2,2,5,3,4,7,7,3,a,1,1,4,1,j,1,f,8,5,3,7,2,3,1,6,4,2,1,3,1,f,4,1,3,b,d,5,7,3,c,6,1,3,8,8,3v,1,b,1m,l,a,7,2,g,c,q,4,c,d,4,5,4,6,l,9,3,3,1,3,5,6,4,1,7,3,1,3,b,4,5,9,5,5,b,4,9,2,5,1,2,1,r,11,p,j,5,d,1,4,s,a,5,c,q,1,5,3,5,7,2,6,7,7,3,4,6,2,3,3,2,k,3,3,1,4,3,2,9,4,1,4,2,3,3,5,3,3,2,1,1g,2,2,9,1,1,5,2,2,2,1,1,2,1,2,1,1,1,3,2,2,3,1,2,4,1,3,4,3,2,4,1,1,4,1,5,8,2,2,2,1,1,1,1,3,2,1,2,1,1,1,3,3,1,1,1,1,1,2,1,1,1,2,2,5,3,5,1,1,1,5,1,4,1,3,3,2,4,2,1,2,1,1,1,2,2,2,4,2,4,3,3,2,1,3,2,3,2,2,2,2,2,1,1,3,1,4,1,1,1,1,2,1,2,2,1,4,2,1,3,1,1,1,2,1,1,2,2,2,2,1,1,2,1,5,4,1,1,4,2,1,2,1,1,2,3,1,7,3,1,1,6,6,5,3,8,5,1,4,3,2,1,1,2,2,1,c,2,2,1,4,3,1,5,1,2,5,5,1,1,2,4,1,2,1,4,2,2,4h,9,6,2,4,o,a,n,6,6,4,1,1,1,1,1,5,1,1,1,1,1,3,1,2,1,1,2,1,1,2,1,1,1,2,1,1,1,1,1,1,2,1,2,7,1,1,2,4,1,2,2,2,1,1,1,1,2,1,3,1,1,1,3,4,1,5,1,1,1,1,6,1,2,1,2,1,2,2,1,3,1,2,1,4,1,28,15,4,f,a,1b,1b,w,4,o,9,a,1,3,1,m,8,7,1,1,2,1,3,1,1,2,5,7,4,1,4,m,a,1,1,1,2,2,1,2,7,2,2,5,7,7,6,1,1,1,1,2,5,1,1,2,1,1,1,1,7,1,1,1,2,4,1,1,1,1,6,1,3,1,2,2,1,4,3,2,3,1,2,1,1,2,2,1,1,3,4,1,6,b,2,1,2,1u,7,1,1,3,1u,x,4,a,e,1,o,1,3,6,1,4,3,2,2,1,8,9,4,1,1,2,2,5,3,3,3,5,1,27,m,h,3,9,2,2,h,2,4,3,2,1,1,2,4,d,1,1n,j,6,2,1,4,8,1,5,1,e,1,2,2,6,5,2,1,1,1,2,1,1,4,6,1,2,1,2,b,1,2,2,1,4,1,1,1,2,1,1,2,1,1,4,1,2,1,1,2,1,9,3,2,2,1,1,7,2,3,1,3,1,1,1,3,1,1,1,5,1,2,1,1,1,2,4,4,2,3,1,2,1,4,2,1,1,1,5,1,1,5,3,1,1,2,1,4,1,3,2,3,5,4,2,3,2,2,1,1,4,3,2,1,2,1,1,1,1,5,2,3,1,2,2,1,5,2,2,2,5,3,1,2,5,2,4,2,4,1,1,1,2,1,1,3,1,1,1,1,5,2,1,3,4,1,3,2,1,1,7,1,2,3,3,1,1,1,3,1,1,1,1,2,2,2,1,2,3,1,3,1,3,2,4,4,1,2,2,1,1,1,2,1,2,7,4,2,1,5,4,1,4,3,1,3,5,1,4,2,2,4,2,3,3,2,7,1,2,2,2,1,2,4,1,1,3,1,2,1,2,1,1,2,2,1,2,1,2,7,4,4,1,4,1,2,1,1,6,1,4,1,1,1,2,1,2,4,8,5,2,2,1,1,2,6,1,3,4,2,2,1,2,1,1,4,1,4,3,5,1,1,1,1,2,3,1,3,1,2,1,2,2,3,2,5,6,2,5,1,2,1,9,2,3,2,5,3,3,1,1,5,2,3,1,1,1,2,1,6t,9,2,1,3,2,1,2,1,2,1,2,1,1,1,4,9,2,1,1,3,1,2,1,1,4,1,4,3,2,1,1,1,1,4,3,1,1,1,1,1,1,1,3,1,1,1,1,1,1,6,2,2,1,1,2,1,37,5,1,5,d,3,5,5,c,1,4,3,4,6,9,4,2,4,1,2,3,4,3,g,b,3,2,1,2,4,1,f,9,m,h,5,m,5,2,2,2,1,h,2,1,9,2,13,e,9,n,4,2,3,3,2,1,1,6,6,3,1,1,t,4,2,1,1,2,1,1,1,2,2,1,1,1,1,1,1,1,1,3,1,4,4,1,3,2,5,2,1,2,2,2,1,2,1,1,2,2,9,6,1,1,1,3,1,1,3,1,1,2,3,4,3,2,4,1,3,1,1,2,1,1g,5,1,1,2,2,3,2,2,1,1,4,4,2,2,j,5,2,1,2,4,1,1,2,2,2,1,2,8,1,1,1,4,1,1,3,1,1,2,2,1,2,1,1,2,1,1,1,2,1,1,2,3,7,4,5,2,2,1,1,1,2,2,2,1,2,2,2,3,1,1,1,1,5,1,5,1,4,2,4,22,1,1,3,2,1,5,3,5,2,6,7,1,1,1,1,1,3,1,2,2,2,2,1,8,3,3,1,7,4,3,2,1,2,1,5,2,1,1,1,2,5,3,5,2,4,3,4,2,1,2,1,4,1,1,1,6,2,1,1,1,1,1,5,2,1,1,1,6,2,3,1,4,3,2,1,1,4,1,1w,w,3,2,1,1,o,o,7,d,8,3,2,1,1,5,3,8,l,a,2,1,4,3,6,7,5,3,3,6,1,2,3,2,2,1,2,1,2,1,1,1,7,2,1,1,1,1,1,2,3,4,1,2,1,5,3,2,2,6,1,6,2,1,8,2,1,1,1,4,2,4,1,2,3,1,2,1,5,4,3,4,2,2,2,1,1,3,2,1,1,2,1,2,1,2,1,8,1,3,1,3,1,1,2,1,1,4,1,3,1,1,2,1,1,2,1,1,1,2,2,2,3,2,1,1,9,2,2,1,1,2,3,2,1,3,1,3,1,5,2,3,5,1,2,2z,2,2,3,6,1,1,2,8,8,1,2,9,3,6,2,1,1,4,3,2,7,1,4,3,4,4,2,1,1,c,1,1,1,1,9,1,2,1,1,9,2,2,1,1,2,5,7,6,3,2,1,9,3,2,2,6,1,4,4,1,2,3,2,1,2,5,1,1,1,3,1,1,1,2,5,1,9,3,1,2,1,5,6,1,5,2,2,3,1,1,4,1,1,3,5,5,3,2,3,2,4,3,2,1,2,1,2f,4,1,2,1,q,e,4,1,1,1,3,4,1,1,7,1,6,9,i,a,a,2,2,1,6,2,3,7,c,v,m,1,3,1,3,2,1,2,1,1,3,3,1,1,2,3,1,3,2,2,1,3,4,1,5,h,1,2,1,3,1,7,11,i,1xmz,139,25u,3e,la,w,41,o,in,3o,22,li,q,9c,de,64,1t5,y9,5w,qf,t4,a5,32,9,qs,qp,4s,7n,oj,15d,1b,en,145,2u,gy,w,3c,it,132,7x,1d6,iv,cr,2gu,u,15,2q,ih,m2,1g,zt,8,16,195,34,l,s,1f,8n,8,3b,2cq,3p,4d,xz,mdi";

// src/input/converter.ts
var tables = lazy((require2) => ({
  HKVariantsRev: require2("opencc-js/dict/HKVariantsRev").default,
  TSCharacters: require2("opencc-js/dict/TSCharacters").default
}));
var factory = lazy((require2) => require2("opencc-js/core").ConverterFactory);
var NOT_SINGLE = /(?:^|\|)(?![^ |] )/u;
var loaded = null;
function load2() {
  const { HKVariantsRev, TSCharacters } = tables();
  const simple = !NOT_SINGLE.test(HKVariantsRev) && !NOT_SINGLE.test(TSCharacters);
  return { hk: HKVariantsRev, ts: TSCharacters, full: simple ? null : factory()([HKVariantsRev], [TSCharacters]) };
}
function entryOf(dict, ch) {
  let at = dict.lastIndexOf(`|${ch} `);
  if (at !== -1) at += 1;
  else if (dict.startsWith(`${ch} `)) at = 0;
  else return null;
  const from = at + ch.length + 1;
  let to = from;
  while (to < dict.length && dict[to] !== " " && dict[to] !== "|") to++;
  return [ch, dict.slice(from, to)];
}
function present(text2, dict, cache) {
  const out = [];
  const seen = /* @__PURE__ */ new Set();
  for (let i = 0; i < text2.length; i++) {
    const c = text2.codePointAt(i);
    if (c > 65535) i++;
    if (!isTraditional(c) || seen.has(c)) continue;
    seen.add(c);
    let entry2 = cache.get(c);
    if (entry2 === void 0) cache.set(c, entry2 = entryOf(dict, String.fromCodePoint(c)));
    if (entry2) out.push(entry2);
  }
  return out;
}
var hkCache = /* @__PURE__ */ new Map();
var tsCache = /* @__PURE__ */ new Map();
function convertToSimplified(text2) {
  loaded ??= load2();
  if (loaded.full) return loaded.full(text2);
  const convert = factory();
  const variants = convert([present(text2, loaded.hk, hkCache)])(text2);
  return convert([present(variants, loaded.ts, tsCache)])(variants);
}
var bmp = null;
var astral = null;
function traditionalList() {
  let cp = 0;
  return TRADITIONAL_GAPS.split(",").map((gap) => cp += parseInt(gap, 36));
}
function isTraditional(c) {
  if (!bmp) {
    bmp = new Uint8Array(65536);
    astral = /* @__PURE__ */ new Set();
    for (const cp of traditionalList()) {
      if (cp > 65535) astral.add(cp);
      else bmp[cp] = 1;
    }
  }
  return c > 65535 ? astral.has(c) : bmp[c] === 1;
}

// src/input/simplify.ts
function firstTraditional(text2, from = 0, to = text2.length) {
  for (let i = from; i < to; i++) {
    const c = text2.charCodeAt(i);
    if (c < 13312) continue;
    if (isTraditional(c >= 55296 && c <= 56319 ? text2.codePointAt(i) : c)) return i;
  }
  return -1;
}
var DESCRIPTION = /[\u2ff0-\u2fff]/;
function convertLines(text2, first) {
  if (DESCRIPTION.test(text2)) return convertToSimplified(text2);
  let out = "";
  let done = 0;
  let start = text2.lastIndexOf("\n", first - 1) + 1;
  while (start <= text2.length) {
    let end = text2.indexOf("\n", start);
    if (end === -1) end = text2.length;
    if (firstTraditional(text2, start, end) !== -1) {
      out += text2.slice(done, start) + convertToSimplified(text2.slice(start, end));
      done = end;
    }
    start = end + 1;
  }
  return out + text2.slice(done);
}
function toSimplified(text2) {
  const first = firstTraditional(text2);
  if (first === -1) return null;
  const whole = convertLines(text2, first);
  if (whole.length === text2.length) return whole;
  let out = "";
  for (const ch of text2) {
    if (!isTraditional(ch.codePointAt(0))) {
      out += ch;
      continue;
    }
    const converted = convertToSimplified(ch);
    out += converted.length === ch.length ? converted : ch;
  }
  return out;
}

// src/input/normalise.ts
function extract(input, format) {
  if (format === "markdown") return fromMarkdown(input);
  if (format === "html") return fromHtml(input);
  return identity(input);
}
function normalise(input, requested) {
  const format = requested === "auto" ? detectFormat(input) : requested;
  const extracted = extract(input, format);
  const cleaned = cleanUp(extracted.text);
  const map = format === "text" ? cleaned.mapped : compose(extracted, cleaned.mapped);
  const simplified = toSimplified(map.text);
  const dropped = cleaned.dropped.map((d) => ({ ...d, start: extracted.start(d.start), end: extracted.end(d.end) }));
  return { format, text: simplified ?? map.text, original: simplified === null ? null : map.text, map, dropped };
}

// src/limits.ts
var DEFAULT_MAX_INPUT_BYTES = 64 * 1024 * 1024;
function utf8Length(text2, limit) {
  let bytes = 0;
  for (let i = 0; i < text2.length && bytes <= limit; i++) {
    const c = text2.charCodeAt(i);
    if (c < 128) bytes += 1;
    else if (c < 2048) bytes += 2;
    else if (c >= 55296 && c <= 56319 && (text2.charCodeAt(i + 1) & 64512) === 56320) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}
var mb = (bytes) => bytes >= 1024 * 1024 ? `, ${(bytes / 1024 / 1024).toFixed(1)} MB` : "";
function checkInputSize(text2, max) {
  if (text2.length * 3 <= max) return;
  const bytes = text2.length > max ? text2.length : utf8Length(text2, max);
  if (bytes > max) {
    throw new RangeError(
      `parsePlan: input is over maxInputBytes (${max} bytes${mb(max)}): at least ${bytes} bytes; pass a larger { maxInputBytes } (or Infinity) to parse it`
    );
  }
}

// src/lex/tokenize.ts
var MAX_JUMP = 10;
function accept(match, counter, afterHeading, prevComplete) {
  const expected = counter.last + 1;
  if (match.value === expected) return true;
  if (match.weak) return false;
  if (afterHeading) return true;
  if (!prevComplete) return false;
  return match.value < expected || match.value <= counter.last + MAX_JUMP;
}
function tokenize(text2, lines = splitLines(text2)) {
  const tokens = [];
  const chapters = { last: 0 };
  const sections = { last: 0 };
  const tasks2 = { last: 0 };
  let afterHeading = true;
  let prevComplete = true;
  for (const { start, end } of lines) {
    let kind = "text";
    let match;
    if ((match = matchSection(text2, start, end)) && accept(match, sections, afterHeading, prevComplete)) {
      kind = "section";
      sections.last = match.value;
    } else if ((match = matchChapter(text2, start, end)) && accept(match, chapters, afterHeading, prevComplete)) {
      kind = "chapter";
      chapters.last = match.value;
      sections.last = 0;
    } else if ((match = matchTask(text2, start, end)) && accept(match, tasks2, afterHeading, prevComplete)) {
      kind = "task";
      tasks2.last = match.value;
    } else {
      match = null;
    }
    tokens.push(
      match ? { kind, value: match.value, marker: text2.slice(start, match.markerEnd), start, end, contentStart: match.contentStart } : { kind, value: null, marker: null, start, end, contentStart: start }
    );
    afterHeading = kind === "chapter" || kind === "section";
    prevComplete = afterHeading || SENTENCE_ENDS.includes(text2[end - 1]);
  }
  return tokens;
}

// src/extract/wordings/deadline.ts
var DATED = /^(?:于|在|到|至|力争|争取)?(?:(?:\d{4}|[〇○零一二三四五六七八九十]{4})年(?:[—–\-－~～至到](?:\d{4}|[〇○零一二三四五六七八九十]{4})年)?)?(?:(?:\d{1,2}|[〇○零一二三四五六七八九十]{1,3})月份?)?(?:(?:\d{1,2}|[〇○零一二三四五六七八九十]{1,3})日)?(?:上旬|中旬|下旬|底|末|初|中|上半年|下半年|第?[一二三四1-4]季度|年底|年末|年中|年内|内)?(?:前|以前|之前|内|起|开始)?(?:基本完成|全面完成|完成|出台|印发|发布|启动|实施|推进|持续推进|见效|建成|上线|落实|取得阶段性成果|取得进展|完成印发|完成修订|完成制定|报送)?$/;
var HAS_WHEN = /(?:\d{4}|[〇○零一二三四五六七八九十]{4})年|(?:\d{1,2}|[〇○零一二三四五六七八九十]{1,3})月份?|(?:上旬|中旬|下旬|底|末|初|中|上半年|下半年|第?[一二三四1-4]季度|年底|年末|年中|年内|内)/;
var PLAIN_YEARS = /^(?:\d{4}|[〇○零一二三四五六七八九十]{4})年(?:[—–\-－~～至到](?:\d{4}|[〇○零一二三四五六七八九十]{4})年)?$/;
var UNDATED = /^(?:持续推进|长期坚持|持续实施|持续开展|长期推进|逐步推进|分步实施|按年度推进|年内完成|每年(?:开展|推进|发布|完成)?|长期|持续|常态化推进|按计划推进|(?:\d{4}|[〇○零一二三四五六七八九]{4})年起(?:持续)?(?:推进|实施|开展)?)$/;
var ALPHABET = /* @__PURE__ */ new Set();
for (const source of [DATED.source, UNDATED.source, "0123456789"]) for (let i = 0; i < source.length; i++) ALPHABET.add(source.charCodeAt(i));
function isJsSpace(c) {
  return c >= 9 && c <= 13 || c === 32 || c === 160 || c === 5760 || c >= 8192 && c <= 8202 || c === 8232 || c === 8233 || c === 8239 || c === 8287 || c === 12288 || c === 65279;
}
var SPAN_MARKS = "\u2014\u2013-\uFF0D~\uFF5E";
var YEAR = 24180;
function dashesFollowYears(text2) {
  for (let i = 0; i < text2.length; i++) if (SPAN_MARKS.includes(text2[i]) && text2.charCodeAt(i - 1) !== YEAR) return false;
  return true;
}
function mayBeDeadline(clause) {
  for (let i = 0; i < clause.length; i++) {
    const c = clause.charCodeAt(i);
    if (!ALPHABET.has(c) && !isJsSpace(c)) return false;
  }
  return true;
}
function isDeadline(clause) {
  if (!mayBeDeadline(clause)) return false;
  const text2 = clause.replace(/\s+/g, "");
  if (!text2) return false;
  if (UNDATED.test(text2)) return true;
  return !PLAIN_YEARS.test(text2) && HAS_WHEN.test(text2) && dashesFollowYears(text2) && DATED.test(text2);
}

// src/extract/wordings/keywords.ts
var BY_DUTY = [
  "\u6309\u804C\u8D23\u5206\u5DE5\u5206\u522B\u8D1F\u8D23",
  "\u6309\u804C\u8D23\u5206\u5DE5\u8D1F\u8D23",
  "\u6309\u804C\u8D23\u5206\u522B\u8D1F\u8D23",
  "\u6309\u804C\u8D23\u8D1F\u8D23",
  "\u5206\u522B\u8D1F\u8D23",
  "\u6309\u8077\u8CAC\u5206\u5DE5\u5206\u5225\u8CA0\u8CAC",
  "\u6309\u8077\u8CAC\u5206\u5DE5\u8CA0\u8CAC",
  "\u6309\u8077\u8CAC\u5206\u5225\u8CA0\u8CAC",
  "\u6309\u8077\u8CAC\u8CA0\u8CAC",
  "\u5206\u5225\u8CA0\u8CAC"
];
var RESPONSIBLE = ["\u8D1F\u8D23\u843D\u5B9E", "\u8D1F\u8D23\u5B9E\u65BD", "\u8D1F\u8D23", "\u8CA0\u8CAC\u843D\u5BE6", "\u8CA0\u8CAC\u5BE6\u65BD", "\u8CA0\u8CAC"];
var LEAD = ["\u7275\u5934\u8D1F\u8D23", "\u7275\u5934\u843D\u5B9E", "\u7275\u5934", "\u727D\u982D\u8CA0\u8CAC", "\u727D\u982D\u843D\u5BE6", "\u727D\u982D"];
var PARTICIPATE = ["\u53C2\u4E0E", "\u914D\u5408", "\u534F\u52A9", "\u53C2\u52A0", "\u5354\u52A9", "\u53C3\u8207", "\u53C3\u52A0"];
var TOGETHER_WITH = ["\u4F1A\u540C", "\u6703\u540C"];
var LABELS = [
  ...["\u7275\u5934\u5355\u4F4D", "\u7275\u5934\u90E8\u95E8", "\u727D\u982D\u55AE\u4F4D", "\u727D\u982D\u90E8\u9580", "\u7275\u5934", "\u727D\u982D"].map((word) => ({ word, role: "lead" })),
  ...["\u914D\u5408\u5355\u4F4D", "\u914D\u5408\u90E8\u95E8", "\u53C2\u4E0E\u5355\u4F4D", "\u53C2\u4E0E\u90E8\u95E8", "\u534F\u529E\u5355\u4F4D", "\u914D\u5408", "\u914D\u5408\u55AE\u4F4D", "\u914D\u5408\u90E8\u9580", "\u53C3\u8207\u55AE\u4F4D", "\u53C3\u8207\u90E8\u9580", "\u5354\u8FA6\u55AE\u4F4D"].map((word) => ({
    word,
    role: "participant"
  })),
  ...["\u8D23\u4EFB\u5355\u4F4D", "\u8D23\u4EFB\u90E8\u95E8", "\u5B9E\u65BD\u5355\u4F4D", "\u4E3B\u8D23\u5355\u4F4D", "\u8CAC\u4EFB\u55AE\u4F4D", "\u8CAC\u4EFB\u90E8\u9580", "\u5BE6\u65BD\u55AE\u4F4D"].map((word) => ({ word, role: "responsible" }))
];
var COLONS = "\uFF1A:";
var OPEN_ENDINGS = ["\u7B49\u6709\u5173\u90E8\u95E8", "\u7B49\u76F8\u5173\u90E8\u95E8", "\u7B49\u6709\u5173\u5355\u4F4D", "\u7B49\u76F8\u5173\u5355\u4F4D", "\u7B49\u90E8\u95E8", "\u7B49\u5355\u4F4D", "\u7B49\u6709\u95DC\u90E8\u9580", "\u7B49\u76F8\u95DC\u90E8\u9580", "\u7B49\u90E8\u9580", "\u7B49\u55AE\u4F4D", "\u7B49"];
function endingOf(text2, words) {
  let best;
  for (const word of words) if (text2.endsWith(word) && (best === void 0 || word.length > best.length)) best = word;
  return best;
}

// src/extract/wordings/names.ts
var WHOLE = [/^各省、自治区、直辖市(?:及新疆生产建设兵团)?[^、，,；;（(]*/, /^国务院各部委、各直属机构/, /^各省（自治区、直辖市）[^、，,；;（(]*/];
var FOOTER = /[—–\-－]{1,2}\s*\d{1,4}\s*[—–\-－]{1,2}/g;
var WHITE = /[\s\u3000\u00a0\ufeff]+/g;
var EDGE_START = /^(?:[\s\u3000\u00a0\ufeff]+|[—–\-－]{1,2}\s*\d{1,4}\s*[—–\-－]{1,2})/;
var EDGE_END = /(?:[\s\u3000\u00a0\ufeff]|[—–\-－]{1,2}\s?\d{1,4}\s?[—–\-－]{1,2})$/;
function isPlain(text2, start, end) {
  for (let i = start; i < end; i++) {
    const c = text2.charCodeAt(i);
    if (c <= 32 || c === 45 || c === 160 || c === 5760 || c === 12288 || c === 65279 || c === 65293) return false;
    if (c >= 8192 && c <= 8287 && (c <= 8202 || c === 8211 || c === 8212 || c === 8232 || c === 8233 || c === 8239 || c === 8287)) return false;
  }
  return true;
}
var EACH = 21508;
var STATE = 22269;
function cleanName(raw) {
  return raw.replace(FOOTER, "").replace(WHITE, "");
}
function splitNameSpans(text2, from = 0, to = text2.length) {
  const names2 = [];
  let depth = 0;
  let begin = from;
  let open = false;
  const push = (start, end) => {
    let raw = text2.slice(start, end);
    if (isPlain(text2, start, end) && !raw.includes("\u7B49")) {
      if (raw) names2.push({ name: raw, start, end });
      return;
    }
    const ending = endingOf(cleanName(raw), OPEN_ENDINGS);
    if (ending) {
      let cut = raw.length;
      for (let left = ending.length; left > 0 && cut > 0; cut--) if (!/\s/.test(raw[cut - 1])) left--;
      raw = raw.slice(0, cut);
      end = start + cut;
      open = true;
    }
    const name = cleanName(raw);
    if (!name) return;
    for (let m; m = EDGE_START.exec(text2.slice(start, end)); ) start += m[0].length;
    for (let m; m = EDGE_END.exec(text2.slice(Math.max(start, end - 16), end)); ) end -= m[0].length;
    names2.push({ name, start, end });
  };
  for (let i = from; i <= to; i++) {
    if (i === begin && i < to && (text2.charCodeAt(i) === EACH || text2.charCodeAt(i) === STATE)) {
      const rest = text2.slice(i, to);
      const whole = WHOLE.map((re) => re.exec(rest)).find((m) => m !== null);
      if (whole) {
        i += whole[0].length - 1;
        continue;
      }
    }
    const c = text2.charCodeAt(i);
    if (i < to && charIs(c, OPEN)) depth++;
    else if (i < to && charIs(c, CLOSE)) depth = Math.max(0, depth - 1);
    else if (i === to || depth === 0 && charIs(c, LIST_SEPARATOR)) {
      push(begin, i);
      begin = i + 1;
      while (begin < to && /\s/.test(text2[begin])) begin++;
      if (begin > i + 1) i = begin - 1;
    }
  }
  return { names: names2, open };
}

// src/extract/wordings/clauses.ts
function clausesOf(text2) {
  const clauses = [];
  let depth = 0;
  let begin = 0;
  for (let i = 0; i <= text2.length; i++) {
    const c = text2.charCodeAt(i);
    if (charIs(c, OPEN)) depth++;
    else if (charIs(c, CLOSE)) depth = Math.max(0, depth - 1);
    else if (i === text2.length || depth === 0 && charIs(c, CLAUSE_SEPARATOR)) {
      if (text2.slice(begin, i).trim()) clauses.push({ start: begin, end: i });
      begin = i + 1;
    }
  }
  return clauses;
}
var DEADLINE_LABEL_START = "\u5B8C\u65F6\u6642";
var DEADLINE_LABEL = /^(?:完成时限|完成时间|时间节点|时间要求|完成時限|完成時間|時間節點)\s*[：:]\s*/;
function hasColon(text2) {
  for (let k = 0; k < COLONS.length; k++) if (text2.includes(COLONS[k])) return true;
  return false;
}
function trimEnd(text2, end, word) {
  let index = end;
  while (index > 0 && /\s/.test(text2[index - 1])) index--;
  return index - word.length;
}
function readClause(text2, clause, pending) {
  let { start, end } = clause;
  const body = text2.slice(start, end).trim();
  let role;
  const label = hasColon(body) ? LABELS.find((l) => body.startsWith(l.word) && COLONS.includes(body[l.word.length] ?? "")) : void 0;
  if (label) {
    role = label.role;
    start = text2.indexOf(body, start) + label.word.length + 1;
  }
  const duty = endingOf(body, BY_DUTY);
  const word = duty ?? endingOf(body, LEAD) ?? endingOf(body, PARTICIPATE) ?? endingOf(body, RESPONSIBLE);
  if (word) {
    end = trimEnd(text2, end, word);
    if (duty) role = role === "lead" || role === "participant" ? role : "duty";
    else if (!label) role = LEAD.includes(word) ? "lead" : PARTICIPATE.includes(word) ? "participant" : "responsible";
  }
  if (role === void 0) return null;
  if (pending && !label) start = pending.start;
  const inner = text2.slice(start, end);
  const join = TOGETHER_WITH.map((w) => inner.indexOf(w)).find((i) => i > 0);
  if (join !== void 0) {
    const lead = splitNameSpans(text2, start, start + join);
    const rest = splitNameSpans(text2, start + join + 2, end);
    return { names: lead.names, role: "lead", together: rest.names, open: lead.open || rest.open, duty: duty !== void 0 };
  }
  const list = splitNameSpans(text2, start, end);
  return { names: list.names, role, together: [], open: list.open, duty: duty !== void 0 };
}
function parseNoteParts(inner) {
  const assigned = [];
  let deadline;
  let pending = null;
  for (const clause of clausesOf(inner)) {
    const body = inner.slice(clause.start, clause.end);
    const trimmed = body.trimStart();
    const label = DEADLINE_LABEL_START.includes(trimmed[0]) ? DEADLINE_LABEL.exec(trimmed)?.[0] : void 0;
    if (!deadline && (label || isDeadline(body))) {
      const value = body.trim().slice(label?.length ?? 0).trimStart();
      const start = clause.start + body.lastIndexOf(value);
      deadline = { text: value, start, end: start + value.length };
      continue;
    }
    const read = readClause(inner, clause, pending);
    if (read) {
      assigned.push(read);
      pending = null;
    } else if (pending) {
      pending = { start: pending.start, end: clause.end };
    } else {
      pending = clause;
    }
  }
  if (pending) return null;
  if (assigned.length === 0) return deadline ? { departments: [], roles: [], explicit: false, byDuty: false, open: false, deadline } : null;
  const open = assigned.some((a) => a.open);
  const byDuty = assigned.some((a) => a.duty);
  const hasLead = assigned.some((a) => a.role === "lead");
  const hasParticipant = assigned.some((a) => a.role === "participant");
  const explicit = hasLead || hasParticipant;
  const departments = [];
  const roles = [];
  for (const a of assigned) {
    const role = a.role === "lead" || !hasLead && hasParticipant && a.role !== "participant" ? "lead" : "participant";
    for (const name of a.names) departments.push(name), roles.push(role);
    for (const name of a.together) departments.push(name), roles.push("participant");
  }
  if (!explicit) roles.forEach((_, i) => roles[i] = i === 0 ? "lead" : "participant");
  if (departments.length === 0) return deadline ? { departments, roles, explicit: false, byDuty, open, deadline } : null;
  return { departments, roles, explicit, byDuty, open, ...deadline ? { deadline } : {} };
}

// src/extract/note.ts
function parseNote(inner) {
  return parseNoteParts(inner);
}
var BRACKET = /[（(〔[【）)〕\]】]/g;
var TRAILING = "\u3002\uFF0E.\uFF1B;";
function findFinalNote(text2) {
  let close = text2.length - 1;
  while (close >= 0 && (isWhite(text2[close]) || TRAILING.includes(text2[close]))) close--;
  if (close < 0 || !charIs(text2.charCodeAt(close), CLOSE)) return null;
  let depth = 0;
  for (let i = close; i >= 0; i--) {
    const c = text2.charCodeAt(i);
    if (charIs(c, CLOSE)) depth++;
    else if (charIs(c, OPEN) && --depth === 0) {
      const parts = parseNote(text2.slice(i + 1, close));
      return parts ? { start: i, end: close + 1, parts } : null;
    }
  }
  return null;
}
function findNotes(text2) {
  const final = findFinalNote(text2);
  if (!final) return [];
  const limit = final.start;
  const notes = [];
  let depth = 0;
  let open = -1;
  BRACKET.lastIndex = 0;
  for (let m = BRACKET.exec(text2); m !== null && m.index < limit; m = BRACKET.exec(text2)) {
    const i = m.index;
    const c = text2.charCodeAt(i);
    if (charIs(c, OPEN)) {
      if (depth++ === 0) open = i;
    } else if (charIs(c, CLOSE) && depth > 0 && --depth === 0) {
      const parts = parseNote(text2.slice(open + 1, i));
      if (parts && parts.departments.length > 0) notes.push({ start: open, end: i + 1, parts });
    }
  }
  if (final) notes.push(final);
  return notes;
}

// src/extract/references.ts
var BOOK_TITLE = 12298;
function extractReferences(text2) {
  const pairs = [];
  const stack = [];
  for (let i = 0; i < text2.length; i++) {
    const c = text2.charCodeAt(i);
    if (charIs(c, TITLE_OPEN)) stack.push(i);
    else if (charIs(c, TITLE_CLOSE)) {
      const open = stack.pop();
      if (open !== void 0 && text2.charCodeAt(open) === BOOK_TITLE) pairs.push({ title: text2.slice(open + 1, i).trim(), start: open, end: i + 1 });
    }
  }
  pairs.sort((x, y) => x.start - y.start);
  const refs = [];
  let coveredTo = -1;
  for (const pair of pairs) {
    if (pair.start < coveredTo) continue;
    coveredTo = pair.end;
    if (pair.title) refs.push(pair);
  }
  return refs;
}
function citedTitles(text2) {
  if (!text2.includes("\u300A")) return [];
  const titles = [...new Set(extractReferences(text2).map((r) => r.title))];
  return titles.slice();
}

// src/registry/collectives.ts
var COLLECTIVES = [
  { id: "collective.joint-meeting-office", canonical: "\u8054\u5E2D\u4F1A\u8BAE\u529E\u516C\u5BA4", pattern: /联席会议办公室$/ },
  { id: "collective.joint-meeting-members", canonical: "\u8054\u5E2D\u4F1A\u8BAE\u6210\u5458\u5355\u4F4D", pattern: /联席会议(?:（有关）|\(有关\)|有关|相关|各)?成员单位$/ },
  { id: "collective.leading-group-office", canonical: "\u9886\u5BFC\u5C0F\u7EC4\u529E\u516C\u5BA4", pattern: /领导小组办公室$/ },
  { id: "collective.leading-group-members", canonical: "\u9886\u5BFC\u5C0F\u7EC4\u6210\u5458\u5355\u4F4D", pattern: /领导小组(?:各|（有关）|\(有关\)|有关|相关)?成员单位$/ },
  { id: "collective.member-units", canonical: "\u5404\u6210\u5458\u5355\u4F4D", pattern: /^(?:各|有关|相关)?成员单位$/ },
  { id: "collective.localities", canonical: "\u5404\u5730\u533A", pattern: /^各(?:地区?|地方|级)$|^地方各级人民政府$/ },
  {
    id: "collective.provincial-governments",
    canonical: "\u5404\u7701\u7EA7\u4EBA\u6C11\u653F\u5E9C",
    pattern: /^各省级(?:人民)?政府$|^各省、自治区、直辖市(?:及新疆生产建设兵团)?人民政府$|^各省（自治区、直辖市）人民政府$/
  },
  { id: "collective.provincial-units", canonical: "\u5404\u7701\u7EA7\u6709\u5173\u90E8\u95E8", pattern: /^各省、自治区、直辖市|^各省（自治区、直辖市）|^各省级/ },
  { id: "collective.local-units", canonical: "\u5404\u5730\u65B9\u5355\u4F4D", pattern: /^各(?:区|县|市|镇|乡|街道|乡镇|县（市、区）|区县|市县)/ },
  {
    id: "collective.state-council-departments",
    canonical: "\u56FD\u52A1\u9662\u6709\u5173\u90E8\u95E8",
    pattern: /^(?:国务院)?各?(?:有关|相关)部门(?:和单位)?$|^国务院各部委、各直属机构$|^国务院各部门$|^各部门$|^中央和国家机关(?:有关|各)部门$/
  },
  { id: "collective.relevant-units", canonical: "\u6709\u5173\u5355\u4F4D", pattern: /^各?(?:有关|相关)单位$/ }
];
function findCollective(name) {
  return COLLECTIVES.find((c) => c.pattern.test(name));
}

// src/registry/internal.ts
var INTERNAL = /^(?:[\u4e00-\u9fff]{1,10}司|[\u4e00-\u9fff]{0,6}各司(?:局|室)?|[\u4e00-\u9fff]{0,10}办公厅|机关党委|机关服务中心)$/;
function isInternalName(name) {
  return name.length <= 16 && INTERNAL.test(name);
}

// src/registry/local.ts
var LEVEL = /^(?:省|市(?!场)|区|县|州|盟|旗|镇|乡|街道|自治区|自治州|自治县|新区|开发区|高新区)/;
var PLACE = /^[\u4e00-\u9fff]{1,8}?(?:省|自治区|特别行政区|市(?!场)|自治州|地区|州|盟|县|区|旗|新区)[\u4e00-\u9fff（）()]{0,40}(?:局|委|办|厅|部|院|会|政府|办公室|中心|所|站|队|处|科|馆|集团)$/;
function isLocalName(name) {
  if (name.length > 40) return false;
  return LEVEL.test(name) || PLACE.test(name) && !name.startsWith("\u56FD\u5BB6") && !name.startsWith("\u4E2D\u56FD") && !name.startsWith("\u4E2D\u592E");
}

// src/registry/entry.ts
function entry(id, name, kind, short = [], extra = {}) {
  return { id, name, kind, short, ...extra };
}

// src/registry/data/administrations.ts
var R2018 = "2018-03-17";
var R2023 = "2023-03-10";
function administrations() {
  return [
    entry("nfsra", "\u56FD\u5BB6\u7CAE\u98DF\u548C\u7269\u8D44\u50A8\u5907\u5C40", "administration", ["\u7CAE\u98DF\u548C\u50A8\u5907\u5C40", "\u56FD\u5BB6\u7CAE\u98DF\u548C\u50A8\u5907\u5C40", "\u7CAE\u98DF\u548C\u7269\u8D44\u50A8\u5907\u5C40"], { parent: "ndrc", from: R2018 }),
    entry("nea", "\u56FD\u5BB6\u80FD\u6E90\u5C40", "administration", ["\u80FD\u6E90\u5C40"], { parent: "ndrc" }),
    entry("nda", "\u56FD\u5BB6\u6570\u636E\u5C40", "administration", ["\u6570\u636E\u5C40"], { parent: "ndrc", from: "2023-10-25" }),
    entry("sastind", "\u56FD\u5BB6\u56FD\u9632\u79D1\u6280\u5DE5\u4E1A\u5C40", "administration", ["\u56FD\u9632\u79D1\u5DE5\u5C40", "\u56FD\u5BB6\u56FD\u9632\u79D1\u5DE5\u5C40"], { parent: "miit" }),
    entry("cnsa", "\u56FD\u5BB6\u822A\u5929\u5C40", "administration", ["\u822A\u5929\u5C40"], { parent: "miit" }),
    entry("caea", "\u56FD\u5BB6\u539F\u5B50\u80FD\u673A\u6784", "administration", ["\u539F\u5B50\u80FD\u673A\u6784"], { parent: "miit" }),
    entry("stma", "\u56FD\u5BB6\u70DF\u8349\u4E13\u5356\u5C40", "administration", ["\u70DF\u8349\u5C40", "\u56FD\u5BB6\u70DF\u8349\u5C40"], { parent: "miit" }),
    entry("nia", "\u56FD\u5BB6\u79FB\u6C11\u7BA1\u7406\u5C40", "administration", ["\u79FB\u6C11\u5C40", "\u56FD\u5BB6\u79FB\u6C11\u5C40"], { parent: "mps", from: R2018 }),
    entry("nfga", "\u56FD\u5BB6\u6797\u4E1A\u548C\u8349\u539F\u5C40", "administration", ["\u6797\u8349\u5C40", "\u56FD\u5BB6\u6797\u8349\u5C40"], { parent: "mnr", from: R2018 }),
    entry("nra", "\u56FD\u5BB6\u94C1\u8DEF\u5C40", "administration", ["\u94C1\u8DEF\u5C40"], { parent: "mot" }),
    entry("caac", "\u4E2D\u56FD\u6C11\u7528\u822A\u7A7A\u5C40", "administration", ["\u6C11\u822A\u5C40", "\u4E2D\u56FD\u6C11\u822A\u5C40"], { parent: "mot" }),
    entry("spb", "\u56FD\u5BB6\u90AE\u653F\u5C40", "administration", ["\u90AE\u653F\u5C40"], { parent: "mot" }),
    entry("ncha", "\u56FD\u5BB6\u6587\u7269\u5C40", "administration", ["\u6587\u7269\u5C40"], { parent: "mct" }),
    entry("natcm", "\u56FD\u5BB6\u4E2D\u533B\u836F\u7BA1\u7406\u5C40", "administration", ["\u4E2D\u533B\u836F\u5C40", "\u56FD\u5BB6\u4E2D\u533B\u836F\u5C40"], { parent: "nhc" }),
    entry("ndcpa", "\u56FD\u5BB6\u75BE\u75C5\u9884\u9632\u63A7\u5236\u5C40", "administration", ["\u75BE\u63A7\u5C40", "\u56FD\u5BB6\u75BE\u63A7\u5C40"], { parent: "nhc", from: "2021-05-13" }),
    entry("nmsa", "\u56FD\u5BB6\u77FF\u5C71\u5B89\u5168\u76D1\u5BDF\u5C40", "administration", ["\u77FF\u5C71\u5B89\u76D1\u5C40", "\u56FD\u5BB6\u77FF\u5C71\u5B89\u76D1\u5C40"], { parent: "mem", from: "2020-10-01" }),
    entry("nfra-fire", "\u56FD\u5BB6\u6D88\u9632\u6551\u63F4\u5C40", "administration", ["\u6D88\u9632\u6551\u63F4\u5C40"], { parent: "mem", from: R2023 }),
    entry("safe", "\u56FD\u5BB6\u5916\u6C47\u7BA1\u7406\u5C40", "administration", ["\u5916\u6C47\u5C40", "\u56FD\u5BB6\u5916\u6C47\u5C40"], { parent: "pboc" }),
    entry("nmpa", "\u56FD\u5BB6\u836F\u54C1\u76D1\u7763\u7BA1\u7406\u5C40", "administration", ["\u836F\u76D1\u5C40", "\u56FD\u5BB6\u836F\u76D1\u5C40"], { parent: "samr", from: R2018 }),
    entry("sac", "\u56FD\u5BB6\u6807\u51C6\u5316\u7BA1\u7406\u59D4\u5458\u4F1A", "administration", ["\u56FD\u5BB6\u6807\u51C6\u59D4", "\u6807\u51C6\u59D4"], { parent: "samr" }),
    entry("cnca", "\u56FD\u5BB6\u8BA4\u8BC1\u8BA4\u53EF\u76D1\u7763\u7BA1\u7406\u59D4\u5458\u4F1A", "administration", ["\u56FD\u5BB6\u8BA4\u76D1\u59D4", "\u8BA4\u76D1\u59D4"], { parent: "samr" }),
    entry("nrra", "\u56FD\u5BB6\u4E61\u6751\u632F\u5174\u5C40", "administration", ["\u4E61\u6751\u632F\u5174\u5C40"], { parent: "moa", from: "2021-02-25", until: R2023, successors: ["moa"] }),
    entry("cpad", "\u56FD\u52A1\u9662\u6276\u8D2B\u5F00\u53D1\u9886\u5BFC\u5C0F\u7EC4\u529E\u516C\u5BA4", "agency", ["\u56FD\u52A1\u9662\u6276\u8D2B\u529E", "\u6276\u8D2B\u529E"], { until: "2021-02-25", successors: ["nrra"] }),
    entry("safea", "\u56FD\u5BB6\u5916\u56FD\u4E13\u5BB6\u5C40", "administration", ["\u5916\u4E13\u5C40", "\u56FD\u5BB6\u5916\u4E13\u5C40"], { parent: "most", until: R2023, successors: ["mohrss"] }),
    // Administrations under party departments (党中央部门管理), named in plans like any other.
    // One body, two names (一个机构两块牌子).
    entry("nppa", "\u56FD\u5BB6\u65B0\u95FB\u51FA\u7248\u7F72", "administration", ["\u65B0\u95FB\u51FA\u7248\u7F72", "\u56FD\u5BB6\u7248\u6743\u5C40", "\u7248\u6743\u5C40"], { parent: "publicity", from: R2018 }),
    entry("film-admin", "\u56FD\u5BB6\u7535\u5F71\u5C40", "administration", ["\u7535\u5F71\u5C40"], { parent: "publicity", from: R2018 }),
    entry("sara", "\u56FD\u5BB6\u5B97\u6559\u4E8B\u52A1\u5C40", "administration", ["\u56FD\u5BB6\u5B97\u6559\u5C40", "\u5B97\u6559\u5C40"], { parent: "united-front" }),
    entry("civil-service", "\u56FD\u5BB6\u516C\u52A1\u5458\u5C40", "administration", ["\u516C\u52A1\u5458\u5C40"], { parent: "organization" }),
    entry("saac", "\u56FD\u5BB6\u6863\u6848\u5C40", "administration", ["\u6863\u6848\u5C40"], { parent: "gov-office" }),
    entry("nasg", "\u56FD\u5BB6\u4FDD\u5BC6\u5C40", "administration", ["\u4FDD\u5BC6\u5C40"]),
    entry("osca", "\u56FD\u5BB6\u5BC6\u7801\u7BA1\u7406\u5C40", "administration", ["\u5BC6\u7801\u5C40", "\u56FD\u5BB6\u5BC6\u7801\u5C40"]),
    // Bodies the 2018 reform replaced.
    entry("sfa", "\u56FD\u5BB6\u6797\u4E1A\u5C40", "administration", ["\u6797\u4E1A\u5C40"], { until: R2018, successors: ["nfga"] }),
    entry("grain-admin", "\u56FD\u5BB6\u7CAE\u98DF\u5C40", "administration", ["\u7CAE\u98DF\u5C40"], { until: R2018, successors: ["nfsra"] }),
    entry("cnta", "\u56FD\u5BB6\u65C5\u6E38\u5C40", "agency", ["\u65C5\u6E38\u5C40"], { until: R2018, successors: ["mct"] }),
    entry("soa", "\u56FD\u5BB6\u6D77\u6D0B\u5C40", "administration", ["\u6D77\u6D0B\u5C40"], { until: R2018, successors: ["mnr"] }),
    entry("nasmg", "\u56FD\u5BB6\u6D4B\u7ED8\u5730\u7406\u4FE1\u606F\u5C40", "administration", ["\u6D4B\u7ED8\u5730\u4FE1\u5C40"], { until: R2018, successors: ["mnr"] })
  ];
}

// src/registry/data/groups.ts
function groups() {
  return [
    entry("acftu", "\u4E2D\u534E\u5168\u56FD\u603B\u5DE5\u4F1A", "people-organization", ["\u5168\u56FD\u603B\u5DE5\u4F1A", "\u603B\u5DE5\u4F1A"]),
    entry("cyl", "\u4E2D\u56FD\u5171\u4EA7\u4E3B\u4E49\u9752\u5E74\u56E2\u4E2D\u592E\u59D4\u5458\u4F1A", "people-organization", ["\u5171\u9752\u56E2\u4E2D\u592E", "\u56E2\u4E2D\u592E"]),
    entry("acwf", "\u4E2D\u534E\u5168\u56FD\u5987\u5973\u8054\u5408\u4F1A", "people-organization", ["\u5168\u56FD\u5987\u8054", "\u5987\u8054"]),
    entry("cast", "\u4E2D\u56FD\u79D1\u5B66\u6280\u672F\u534F\u4F1A", "people-organization", ["\u4E2D\u56FD\u79D1\u534F", "\u79D1\u534F"]),
    entry("ccpit", "\u4E2D\u56FD\u56FD\u9645\u8D38\u6613\u4FC3\u8FDB\u59D4\u5458\u4F1A", "people-organization", ["\u8D38\u4FC3\u4F1A", "\u4E2D\u56FD\u8D38\u4FC3\u4F1A"]),
    entry("acfroc", "\u4E2D\u534E\u5168\u56FD\u5F52\u56FD\u534E\u4FA8\u8054\u5408\u4F1A", "people-organization", ["\u4E2D\u56FD\u4FA8\u8054", "\u5168\u56FD\u4FA8\u8054"]),
    entry("cflac", "\u4E2D\u56FD\u6587\u5B66\u827A\u672F\u754C\u8054\u5408\u4F1A", "people-organization", ["\u4E2D\u56FD\u6587\u8054", "\u6587\u8054"]),
    entry("cwa", "\u4E2D\u56FD\u4F5C\u5BB6\u534F\u4F1A", "people-organization", ["\u4E2D\u56FD\u4F5C\u534F", "\u4F5C\u534F"]),
    entry("acja", "\u4E2D\u534E\u5168\u56FD\u65B0\u95FB\u5DE5\u4F5C\u8005\u534F\u4F1A", "people-organization", ["\u4E2D\u56FD\u8BB0\u534F"]),
    entry("cdpf", "\u4E2D\u56FD\u6B8B\u75BE\u4EBA\u8054\u5408\u4F1A", "people-organization", ["\u4E2D\u56FD\u6B8B\u8054", "\u6B8B\u8054"]),
    entry("acfic", "\u4E2D\u534E\u5168\u56FD\u5DE5\u5546\u4E1A\u8054\u5408\u4F1A", "people-organization", ["\u5168\u56FD\u5DE5\u5546\u8054", "\u5DE5\u5546\u8054"]),
    entry("rcsc", "\u4E2D\u56FD\u7EA2\u5341\u5B57\u4F1A\u603B\u4F1A", "people-organization", ["\u7EA2\u5341\u5B57\u4F1A", "\u4E2D\u56FD\u7EA2\u5341\u5B57\u4F1A"]),
    entry("cpaffc", "\u4E2D\u56FD\u4EBA\u6C11\u5BF9\u5916\u53CB\u597D\u534F\u4F1A", "people-organization", ["\u5168\u56FD\u5BF9\u5916\u53CB\u534F", "\u5BF9\u5916\u53CB\u534F"]),
    entry("claw", "\u4E2D\u56FD\u6CD5\u5B66\u4F1A", "people-organization", ["\u6CD5\u5B66\u4F1A"]),
    entry("wrsa", "\u6B27\u7F8E\u540C\u5B66\u4F1A", "people-organization", ["\u4E2D\u56FD\u7559\u5B66\u4EBA\u5458\u8054\u8C0A\u4F1A"]),
    entry("acftc", "\u4E2D\u534E\u5168\u56FD\u53F0\u6E7E\u540C\u80DE\u8054\u8C0A\u4F1A", "people-organization", ["\u5168\u56FD\u53F0\u8054", "\u53F0\u8054"]),
    entry("cssc", "\u4E2D\u534E\u804C\u4E1A\u6559\u80B2\u793E", "people-organization", []),
    entry("cca", "\u4E2D\u56FD\u6D88\u8D39\u8005\u534F\u4F1A", "people-organization", ["\u4E2D\u6D88\u534F", "\u6D88\u8D39\u8005\u534F\u4F1A"]),
    // Central Military Commission (中央军委) departments since the 2016 reform.
    entry("cmc-general-office", "\u4E2D\u592E\u519B\u59D4\u529E\u516C\u5385", "military", ["\u519B\u59D4\u529E\u516C\u5385"]),
    entry("cmc-joint-staff", "\u4E2D\u592E\u519B\u59D4\u8054\u5408\u53C2\u8C0B\u90E8", "military", ["\u519B\u59D4\u8054\u5408\u53C2\u8C0B\u90E8", "\u8054\u5408\u53C2\u8C0B\u90E8"]),
    entry("cmc-political-work", "\u4E2D\u592E\u519B\u59D4\u653F\u6CBB\u5DE5\u4F5C\u90E8", "military", ["\u519B\u59D4\u653F\u6CBB\u5DE5\u4F5C\u90E8"]),
    entry("cmc-logistic-support", "\u4E2D\u592E\u519B\u59D4\u540E\u52E4\u4FDD\u969C\u90E8", "military", ["\u519B\u59D4\u540E\u52E4\u4FDD\u969C\u90E8"]),
    entry("cmc-equipment", "\u4E2D\u592E\u519B\u59D4\u88C5\u5907\u53D1\u5C55\u90E8", "military", ["\u519B\u59D4\u88C5\u5907\u53D1\u5C55\u90E8", "\u88C5\u5907\u53D1\u5C55\u90E8"]),
    entry("cmc-training", "\u4E2D\u592E\u519B\u59D4\u8BAD\u7EC3\u7BA1\u7406\u90E8", "military", ["\u519B\u59D4\u8BAD\u7EC3\u7BA1\u7406\u90E8"]),
    entry("cmc-mobilization", "\u4E2D\u592E\u519B\u59D4\u56FD\u9632\u52A8\u5458\u90E8", "military", ["\u519B\u59D4\u56FD\u9632\u52A8\u5458\u90E8", "\u56FD\u9632\u52A8\u5458\u90E8"]),
    entry("cmc-discipline", "\u4E2D\u592E\u519B\u59D4\u7EAA\u5F8B\u68C0\u67E5\u59D4\u5458\u4F1A", "military", ["\u519B\u59D4\u7EAA\u59D4", "\u4E2D\u592E\u519B\u59D4\u7EAA\u59D4"]),
    entry("cmc-political-legal", "\u4E2D\u592E\u519B\u59D4\u653F\u6CD5\u59D4\u5458\u4F1A", "military", ["\u519B\u59D4\u653F\u6CD5\u59D4"]),
    entry("cmc-science", "\u4E2D\u592E\u519B\u59D4\u79D1\u5B66\u6280\u672F\u59D4\u5458\u4F1A", "military", ["\u519B\u59D4\u79D1\u6280\u59D4", "\u4E2D\u592E\u519B\u59D4\u79D1\u6280\u59D4"]),
    entry("cmc-strategic-planning", "\u4E2D\u592E\u519B\u59D4\u6218\u7565\u89C4\u5212\u529E\u516C\u5BA4", "military", ["\u519B\u59D4\u6218\u7565\u89C4\u5212\u529E\u516C\u5BA4"]),
    entry("cmc-reform", "\u4E2D\u592E\u519B\u59D4\u6539\u9769\u548C\u7F16\u5236\u529E\u516C\u5BA4", "military", ["\u519B\u59D4\u6539\u9769\u548C\u7F16\u5236\u529E\u516C\u5BA4"]),
    entry("cmc-international", "\u4E2D\u592E\u519B\u59D4\u56FD\u9645\u519B\u4E8B\u5408\u4F5C\u529E\u516C\u5BA4", "military", ["\u519B\u59D4\u56FD\u9645\u519B\u4E8B\u5408\u4F5C\u529E\u516C\u5BA4"]),
    entry("cmc-audit", "\u4E2D\u592E\u519B\u59D4\u5BA1\u8BA1\u7F72", "military", ["\u519B\u59D4\u5BA1\u8BA1\u7F72"]),
    entry("cmc-affairs", "\u4E2D\u592E\u519B\u59D4\u673A\u5173\u4E8B\u52A1\u7BA1\u7406\u603B\u5C40", "military", ["\u519B\u59D4\u673A\u5173\u4E8B\u52A1\u7BA1\u7406\u603B\u5C40"]),
    entry("pap", "\u4E2D\u56FD\u4EBA\u6C11\u6B66\u88C5\u8B66\u5BDF\u90E8\u961F", "military", ["\u6B66\u8B66\u90E8\u961F", "\u6B66\u8B66"])
  ];
}

// src/registry/data/party.ts
var P2018 = "2018-03-21";
var P2023 = "2023-03-16";
function party() {
  return [
    entry("general-office", "\u4E2D\u5171\u4E2D\u592E\u529E\u516C\u5385", "party", ["\u4E2D\u592E\u529E\u516C\u5385", "\u4E2D\u529E"]),
    entry("organization", "\u4E2D\u5171\u4E2D\u592E\u7EC4\u7EC7\u90E8", "party", ["\u4E2D\u592E\u7EC4\u7EC7\u90E8", "\u4E2D\u7EC4\u90E8"]),
    entry("publicity", "\u4E2D\u5171\u4E2D\u592E\u5BA3\u4F20\u90E8", "party", ["\u4E2D\u592E\u5BA3\u4F20\u90E8", "\u4E2D\u5BA3\u90E8"]),
    entry("united-front", "\u4E2D\u5171\u4E2D\u592E\u7EDF\u4E00\u6218\u7EBF\u5DE5\u4F5C\u90E8", "party", ["\u4E2D\u592E\u7EDF\u6218\u90E8", "\u7EDF\u6218\u90E8"]),
    entry("idcpc", "\u4E2D\u5171\u4E2D\u592E\u5BF9\u5916\u8054\u7EDC\u90E8", "party", ["\u4E2D\u592E\u5BF9\u5916\u8054\u7EDC\u90E8", "\u4E2D\u8054\u90E8"]),
    entry("political-legal", "\u4E2D\u5171\u4E2D\u592E\u653F\u6CD5\u59D4\u5458\u4F1A", "party", ["\u4E2D\u592E\u653F\u6CD5\u59D4", "\u653F\u6CD5\u59D4"]),
    entry("cac", "\u4E2D\u592E\u7F51\u7EDC\u5B89\u5168\u548C\u4FE1\u606F\u5316\u59D4\u5458\u4F1A\u529E\u516C\u5BA4", "party", ["\u4E2D\u592E\u7F51\u4FE1\u529E", "\u56FD\u5BB6\u4E92\u8054\u7F51\u4FE1\u606F\u529E\u516C\u5BA4", "\u56FD\u5BB6\u7F51\u4FE1\u529E", "\u7F51\u4FE1\u529E"], { from: P2018 }),
    entry("policy-research", "\u4E2D\u5171\u4E2D\u592E\u653F\u7B56\u7814\u7A76\u5BA4", "party", ["\u4E2D\u592E\u653F\u7B56\u7814\u7A76\u5BA4", "\u4E2D\u592E\u653F\u7814\u5BA4"]),
    entry("finance-economy", "\u4E2D\u592E\u8D22\u7ECF\u59D4\u5458\u4F1A\u529E\u516C\u5BA4", "party", ["\u4E2D\u592E\u8D22\u529E", "\u4E2D\u8D22\u529E"], { from: P2018 }),
    entry("foreign-affairs", "\u4E2D\u592E\u5916\u4E8B\u5DE5\u4F5C\u59D4\u5458\u4F1A\u529E\u516C\u5BA4", "party", ["\u4E2D\u592E\u5916\u529E"], { from: P2018 }),
    entry("reform", "\u4E2D\u592E\u5168\u9762\u6DF1\u5316\u6539\u9769\u59D4\u5458\u4F1A\u529E\u516C\u5BA4", "party", ["\u4E2D\u592E\u6539\u9769\u529E", "\u4E2D\u592E\u6DF1\u6539\u529E"], { from: P2018 }),
    entry("establishment", "\u4E2D\u592E\u673A\u6784\u7F16\u5236\u59D4\u5458\u4F1A\u529E\u516C\u5BA4", "party", ["\u4E2D\u592E\u7F16\u529E", "\u4E2D\u7F16\u529E"]),
    entry("state-organs-committee", "\u4E2D\u592E\u548C\u56FD\u5BB6\u673A\u5173\u5DE5\u4F5C\u59D4\u5458\u4F1A", "party", ["\u4E2D\u592E\u548C\u56FD\u5BB6\u673A\u5173\u5DE5\u59D4"]),
    entry("civilization", "\u4E2D\u592E\u7CBE\u795E\u6587\u660E\u5EFA\u8BBE\u6307\u5BFC\u59D4\u5458\u4F1A\u529E\u516C\u5BA4", "party", ["\u4E2D\u592E\u6587\u660E\u529E"]),
    entry("party-history", "\u4E2D\u5171\u4E2D\u592E\u515A\u53F2\u548C\u6587\u732E\u7814\u7A76\u9662", "party", ["\u4E2D\u592E\u515A\u53F2\u548C\u6587\u732E\u7814\u7A76\u9662"], { from: P2018 }),
    entry("party-school", "\u4E2D\u5171\u4E2D\u592E\u515A\u6821\uFF08\u56FD\u5BB6\u884C\u653F\u5B66\u9662\uFF09", "party", ["\u4E2D\u592E\u515A\u6821", "\u4E2D\u592E\u515A\u6821\uFF08\u56FD\u5BB6\u884C\u653F\u5B66\u9662\uFF09", "\u56FD\u5BB6\u884C\u653F\u5B66\u9662"], { from: P2018 }),
    entry("ccdi", "\u4E2D\u592E\u7EAA\u5F8B\u68C0\u67E5\u59D4\u5458\u4F1A", "party", ["\u4E2D\u592E\u7EAA\u59D4", "\u4E2D\u592E\u7EAA\u59D4\u56FD\u5BB6\u76D1\u59D4", "\u4E2D\u592E\u7EAA\u59D4\u673A\u5173"]),
    entry("nsc", "\u56FD\u5BB6\u76D1\u5BDF\u59D4\u5458\u4F1A", "party", ["\u56FD\u5BB6\u76D1\u59D4"], { from: P2018 }),
    entry("social-work", "\u4E2D\u592E\u793E\u4F1A\u5DE5\u4F5C\u90E8", "party", ["\u4E2D\u592E\u793E\u4F1A\u90E8"], { from: P2023 }),
    entry("financial-commission", "\u4E2D\u592E\u91D1\u878D\u59D4\u5458\u4F1A\u529E\u516C\u5BA4", "party", ["\u4E2D\u592E\u91D1\u878D\u529E"], { from: P2023 }),
    entry("financial-work", "\u4E2D\u592E\u91D1\u878D\u5DE5\u4F5C\u59D4\u5458\u4F1A", "party", ["\u4E2D\u592E\u91D1\u878D\u5DE5\u59D4"], { from: P2023 }),
    entry("science-commission", "\u4E2D\u592E\u79D1\u6280\u59D4\u5458\u4F1A\u529E\u516C\u5BA4", "party", ["\u4E2D\u592E\u79D1\u6280\u529E"], { from: P2023 }),
    entry("hkmao", "\u4E2D\u592E\u6E2F\u6FB3\u5DE5\u4F5C\u529E\u516C\u5BA4", "party", ["\u4E2D\u592E\u6E2F\u6FB3\u529E"], { from: P2023 }),
    entry("confidentiality", "\u4E2D\u592E\u4FDD\u5BC6\u59D4\u5458\u4F1A\u529E\u516C\u5BA4", "party", ["\u4E2D\u592E\u4FDD\u5BC6\u529E"]),
    entry("military-civil", "\u4E2D\u592E\u519B\u6C11\u878D\u5408\u53D1\u5C55\u59D4\u5458\u4F1A\u529E\u516C\u5BA4", "party", ["\u4E2D\u592E\u519B\u6C11\u878D\u5408\u529E"], { from: "2017-01-22" }),
    entry("people-daily", "\u4EBA\u6C11\u65E5\u62A5\u793E", "party", ["\u4EBA\u6C11\u65E5\u62A5"]),
    entry("qiushi", "\u6C42\u662F\u6742\u5FD7\u793E", "party", ["\u6C42\u662F\u6742\u5FD7"]),
    entry("cipg", "\u4E2D\u56FD\u5916\u6587\u51FA\u7248\u53D1\u884C\u4E8B\u4E1A\u5C40", "party", ["\u4E2D\u56FD\u5916\u6587\u5C40", "\u5916\u6587\u5C40"]),
    // Bodies the 2018 party reform folded into others.
    entry("party-history-office", "\u4E2D\u5171\u4E2D\u592E\u515A\u53F2\u7814\u7A76\u5BA4", "party", ["\u4E2D\u592E\u515A\u53F2\u7814\u7A76\u5BA4"], { until: P2018, successors: ["party-history"] }),
    entry("party-literature", "\u4E2D\u5171\u4E2D\u592E\u6587\u732E\u7814\u7A76\u5BA4", "party", ["\u4E2D\u592E\u6587\u732E\u7814\u7A76\u5BA4"], { until: P2018, successors: ["party-history"] }),
    entry("comprehensive-governance", "\u4E2D\u592E\u793E\u4F1A\u6CBB\u5B89\u7EFC\u5408\u6CBB\u7406\u59D4\u5458\u4F1A\u529E\u516C\u5BA4", "party", ["\u4E2D\u592E\u7EFC\u6CBB\u529E"], { until: P2018, successors: ["political-legal"] }),
    // The two supreme judicial organs (两高).
    entry("spc", "\u6700\u9AD8\u4EBA\u6C11\u6CD5\u9662", "judicial", ["\u6700\u9AD8\u6CD5", "\u6700\u9AD8\u6CD5\u9662"]),
    entry("spp", "\u6700\u9AD8\u4EBA\u6C11\u68C0\u5BDF\u9662", "judicial", ["\u6700\u9AD8\u68C0", "\u6700\u9AD8\u68C0\u5BDF\u9662"]),
    // Legislature and political consultative conference.
    entry("npc-legislative-affairs", "\u5168\u56FD\u4EBA\u6C11\u4EE3\u8868\u5927\u4F1A\u5E38\u52A1\u59D4\u5458\u4F1A\u6CD5\u5236\u5DE5\u4F5C\u59D4\u5458\u4F1A", "legislature", ["\u5168\u56FD\u4EBA\u5927\u5E38\u59D4\u4F1A\u6CD5\u5DE5\u59D4", "\u5168\u56FD\u4EBA\u5927\u6CD5\u5DE5\u59D4", "\u6CD5\u5DE5\u59D4"]),
    entry("npc-general-office", "\u5168\u56FD\u4EBA\u6C11\u4EE3\u8868\u5927\u4F1A\u5E38\u52A1\u59D4\u5458\u4F1A\u529E\u516C\u5385", "legislature", ["\u5168\u56FD\u4EBA\u5927\u5E38\u59D4\u4F1A\u529E\u516C\u5385"]),
    entry("cppcc-general-office", "\u4E2D\u56FD\u4EBA\u6C11\u653F\u6CBB\u534F\u5546\u4F1A\u8BAE\u5168\u56FD\u59D4\u5458\u4F1A\u529E\u516C\u5385", "legislature", ["\u5168\u56FD\u653F\u534F\u529E\u516C\u5385"])
  ];
}

// src/registry/data/state-council.ts
var R20182 = "2018-03-17";
function stateCouncil() {
  return [
    entry("gov-office", "\u56FD\u52A1\u9662\u529E\u516C\u5385", "agency", ["\u56FD\u529E", "\u56FD\u52A1\u9662\u529E"]),
    // Component departments (组成部门).
    entry("mfa", "\u5916\u4EA4\u90E8", "ministry"),
    entry("mod", "\u56FD\u9632\u90E8", "ministry"),
    entry("ndrc", "\u56FD\u5BB6\u53D1\u5C55\u548C\u6539\u9769\u59D4\u5458\u4F1A", "ministry", ["\u53D1\u5C55\u6539\u9769\u59D4", "\u56FD\u5BB6\u53D1\u5C55\u6539\u9769\u59D4", "\u56FD\u5BB6\u53D1\u6539\u59D4", "\u53D1\u6539\u59D4"]),
    entry("moe", "\u6559\u80B2\u90E8", "ministry"),
    entry("most", "\u79D1\u5B66\u6280\u672F\u90E8", "ministry", ["\u79D1\u6280\u90E8"]),
    entry("miit", "\u5DE5\u4E1A\u548C\u4FE1\u606F\u5316\u90E8", "ministry", ["\u5DE5\u4FE1\u90E8", "\u5DE5\u4E1A\u548C\u4FE1\u606F\u5316\u90E8"]),
    entry("neac", "\u56FD\u5BB6\u6C11\u65CF\u4E8B\u52A1\u59D4\u5458\u4F1A", "ministry", ["\u56FD\u5BB6\u6C11\u59D4", "\u6C11\u59D4"]),
    entry("mps", "\u516C\u5B89\u90E8", "ministry"),
    entry("mss", "\u56FD\u5BB6\u5B89\u5168\u90E8", "ministry", ["\u5B89\u5168\u90E8"]),
    entry("mca", "\u6C11\u653F\u90E8", "ministry"),
    entry("moj", "\u53F8\u6CD5\u90E8", "ministry"),
    entry("mof", "\u8D22\u653F\u90E8", "ministry"),
    entry("mohrss", "\u4EBA\u529B\u8D44\u6E90\u548C\u793E\u4F1A\u4FDD\u969C\u90E8", "ministry", ["\u4EBA\u529B\u8D44\u6E90\u793E\u4F1A\u4FDD\u969C\u90E8", "\u4EBA\u793E\u90E8"]),
    entry("mnr", "\u81EA\u7136\u8D44\u6E90\u90E8", "ministry", [], { from: R20182 }),
    entry("mee", "\u751F\u6001\u73AF\u5883\u90E8", "ministry", ["\u751F\u6001\u73AF\u5883\u90E8"], { from: R20182 }),
    entry("mohurd", "\u4F4F\u623F\u548C\u57CE\u4E61\u5EFA\u8BBE\u90E8", "ministry", ["\u4F4F\u623F\u57CE\u4E61\u5EFA\u8BBE\u90E8", "\u4F4F\u5EFA\u90E8"]),
    entry("mot", "\u4EA4\u901A\u8FD0\u8F93\u90E8", "ministry", ["\u4EA4\u901A\u90E8"]),
    entry("mwr", "\u6C34\u5229\u90E8", "ministry"),
    entry("moa", "\u519C\u4E1A\u519C\u6751\u90E8", "ministry", ["\u519C\u4E1A\u519C\u6751\u90E8"], { from: R20182 }),
    entry("mofcom", "\u5546\u52A1\u90E8", "ministry"),
    entry("mct", "\u6587\u5316\u548C\u65C5\u6E38\u90E8", "ministry", ["\u6587\u65C5\u90E8"], { from: R20182 }),
    entry("nhc", "\u56FD\u5BB6\u536B\u751F\u5065\u5EB7\u59D4\u5458\u4F1A", "ministry", ["\u536B\u751F\u5065\u5EB7\u59D4", "\u56FD\u5BB6\u536B\u751F\u5065\u5EB7\u59D4", "\u56FD\u5BB6\u536B\u5065\u59D4", "\u536B\u5065\u59D4"], { from: R20182 }),
    entry("mva", "\u9000\u5F79\u519B\u4EBA\u4E8B\u52A1\u90E8", "ministry", ["\u9000\u5F79\u519B\u4EBA\u90E8"], { from: R20182 }),
    entry("mem", "\u5E94\u6025\u7BA1\u7406\u90E8", "ministry", ["\u5E94\u6025\u90E8"], { from: R20182 }),
    entry("pboc", "\u4E2D\u56FD\u4EBA\u6C11\u94F6\u884C", "ministry", ["\u4EBA\u6C11\u94F6\u884C", "\u4EBA\u884C", "\u592E\u884C"]),
    entry("nao", "\u5BA1\u8BA1\u7F72", "ministry", ["\u56FD\u5BB6\u5BA1\u8BA1\u7F72"]),
    // Special and directly affiliated agencies (直属特设机构, 直属机构), and offices.
    entry("sasac", "\u56FD\u52A1\u9662\u56FD\u6709\u8D44\u4EA7\u76D1\u7763\u7BA1\u7406\u59D4\u5458\u4F1A", "agency", ["\u56FD\u8D44\u59D4", "\u56FD\u52A1\u9662\u56FD\u8D44\u59D4"]),
    entry("gacc", "\u6D77\u5173\u603B\u7F72", "agency"),
    entry("sta", "\u56FD\u5BB6\u7A0E\u52A1\u603B\u5C40", "agency", ["\u7A0E\u52A1\u603B\u5C40"]),
    entry("samr", "\u56FD\u5BB6\u5E02\u573A\u76D1\u7763\u7BA1\u7406\u603B\u5C40", "agency", ["\u5E02\u573A\u76D1\u7BA1\u603B\u5C40", "\u56FD\u5BB6\u5E02\u573A\u76D1\u7BA1\u603B\u5C40"], { from: R20182 }),
    entry("nfra", "\u56FD\u5BB6\u91D1\u878D\u76D1\u7763\u7BA1\u7406\u603B\u5C40", "agency", ["\u91D1\u878D\u76D1\u7BA1\u603B\u5C40"], { from: "2023-05-18" }),
    entry("csrc", "\u4E2D\u56FD\u8BC1\u5238\u76D1\u7763\u7BA1\u7406\u59D4\u5458\u4F1A", "agency", ["\u8BC1\u76D1\u4F1A", "\u4E2D\u56FD\u8BC1\u76D1\u4F1A"]),
    entry("nrta", "\u56FD\u5BB6\u5E7F\u64AD\u7535\u89C6\u603B\u5C40", "agency", ["\u5E7F\u7535\u603B\u5C40", "\u56FD\u5BB6\u5E7F\u7535\u603B\u5C40"], { from: R20182 }),
    entry("gas", "\u56FD\u5BB6\u4F53\u80B2\u603B\u5C40", "agency", ["\u4F53\u80B2\u603B\u5C40"]),
    entry("nbs", "\u56FD\u5BB6\u7EDF\u8BA1\u5C40", "agency", ["\u7EDF\u8BA1\u5C40"]),
    entry("cidca", "\u56FD\u5BB6\u56FD\u9645\u53D1\u5C55\u5408\u4F5C\u7F72", "agency", ["\u56FD\u9645\u53D1\u5C55\u5408\u4F5C\u7F72", "\u56FD\u5408\u7F72"], { from: R20182 }),
    entry("nhsa", "\u56FD\u5BB6\u533B\u7597\u4FDD\u969C\u5C40", "agency", ["\u533B\u4FDD\u5C40", "\u56FD\u5BB6\u533B\u4FDD\u5C40"], { from: R20182 }),
    entry("counsellors-office", "\u56FD\u52A1\u9662\u53C2\u4E8B\u5BA4", "agency", ["\u53C2\u4E8B\u5BA4"]),
    entry("ggj", "\u56FD\u5BB6\u673A\u5173\u4E8B\u52A1\u7BA1\u7406\u5C40", "agency", ["\u56FD\u7BA1\u5C40"]),
    entry("cnipa", "\u56FD\u5BB6\u77E5\u8BC6\u4EA7\u6743\u5C40", "agency", ["\u77E5\u8BC6\u4EA7\u6743\u5C40", "\u56FD\u77E5\u5C40"], { parent: "samr" }),
    entry("nplb", "\u56FD\u5BB6\u4FE1\u8BBF\u5C40", "agency", ["\u4FE1\u8BBF\u5C40"]),
    entry("research-office", "\u56FD\u52A1\u9662\u7814\u7A76\u5BA4", "agency"),
    entry("hmo", "\u56FD\u52A1\u9662\u6E2F\u6FB3\u4E8B\u52A1\u529E\u516C\u5BA4", "agency", ["\u56FD\u52A1\u9662\u6E2F\u6FB3\u529E", "\u6E2F\u6FB3\u529E"], { until: "2023-03-16", successors: ["hkmao"] }),
    entry("tao", "\u56FD\u52A1\u9662\u53F0\u6E7E\u4E8B\u52A1\u529E\u516C\u5BA4", "party", ["\u56FD\u52A1\u9662\u53F0\u529E", "\u4E2D\u592E\u53F0\u529E", "\u53F0\u529E"]),
    entry("scio", "\u56FD\u52A1\u9662\u65B0\u95FB\u529E\u516C\u5BA4", "party", ["\u56FD\u65B0\u529E", "\u56FD\u52A1\u9662\u65B0\u95FB\u529E"]),
    // Directly affiliated institutions (直属事业单位).
    entry("xinhua", "\u65B0\u534E\u901A\u8BAF\u793E", "institution", ["\u65B0\u534E\u793E"]),
    entry("cas", "\u4E2D\u56FD\u79D1\u5B66\u9662", "institution", ["\u4E2D\u79D1\u9662"]),
    entry("cass", "\u4E2D\u56FD\u793E\u4F1A\u79D1\u5B66\u9662", "institution", ["\u793E\u79D1\u9662", "\u4E2D\u56FD\u793E\u79D1\u9662"]),
    entry("cae", "\u4E2D\u56FD\u5DE5\u7A0B\u9662", "institution", ["\u5DE5\u7A0B\u9662"]),
    entry("drc", "\u56FD\u52A1\u9662\u53D1\u5C55\u7814\u7A76\u4E2D\u5FC3", "institution", ["\u56FD\u7814\u4E2D\u5FC3", "\u53D1\u5C55\u7814\u7A76\u4E2D\u5FC3"]),
    entry("cmg", "\u4E2D\u592E\u5E7F\u64AD\u7535\u89C6\u603B\u53F0", "institution", ["\u603B\u53F0", "\u4E2D\u592E\u5E7F\u7535\u603B\u53F0"], { from: R20182 }),
    entry("cma", "\u4E2D\u56FD\u6C14\u8C61\u5C40", "institution", ["\u6C14\u8C61\u5C40"]),
    entry("cbirc", "\u4E2D\u56FD\u94F6\u884C\u4FDD\u9669\u76D1\u7763\u7BA1\u7406\u59D4\u5458\u4F1A", "institution", ["\u94F6\u4FDD\u76D1\u4F1A", "\u4E2D\u56FD\u94F6\u4FDD\u76D1\u4F1A"], { from: R20182, until: "2023-05-18", successors: ["nfra"] }),
    // Bodies the 2018 reform replaced.
    entry("mlr", "\u56FD\u571F\u8D44\u6E90\u90E8", "ministry", [], { until: R20182, successors: ["mnr"] }),
    entry("mep", "\u73AF\u5883\u4FDD\u62A4\u90E8", "ministry", ["\u73AF\u4FDD\u90E8", "\u73AF\u5883\u4FDD\u62A4\u90E8"], { until: R20182, successors: ["mee"] }),
    entry("moa-2018", "\u519C\u4E1A\u90E8", "ministry", [], { until: R20182, successors: ["moa"] }),
    entry("mcprc", "\u6587\u5316\u90E8", "ministry", [], { until: R20182, successors: ["mct"] }),
    entry("nhfpc", "\u56FD\u5BB6\u536B\u751F\u548C\u8BA1\u5212\u751F\u80B2\u59D4\u5458\u4F1A", "ministry", ["\u536B\u751F\u8BA1\u751F\u59D4", "\u56FD\u5BB6\u536B\u751F\u8BA1\u751F\u59D4"], { until: R20182, successors: ["nhc"] }),
    entry("mos", "\u76D1\u5BDF\u90E8", "ministry", [], { until: R20182, successors: ["nsc"] }),
    entry("saic", "\u56FD\u5BB6\u5DE5\u5546\u884C\u653F\u7BA1\u7406\u603B\u5C40", "agency", ["\u5DE5\u5546\u603B\u5C40", "\u56FD\u5BB6\u5DE5\u5546\u603B\u5C40"], { until: R20182, successors: ["samr"] }),
    entry("aqsiq", "\u56FD\u5BB6\u8D28\u91CF\u76D1\u7763\u68C0\u9A8C\u68C0\u75AB\u603B\u5C40", "agency", ["\u8D28\u68C0\u603B\u5C40", "\u56FD\u5BB6\u8D28\u68C0\u603B\u5C40"], { until: R20182, successors: ["samr", "gacc"] }),
    entry("cfda", "\u56FD\u5BB6\u98DF\u54C1\u836F\u54C1\u76D1\u7763\u7BA1\u7406\u603B\u5C40", "agency", ["\u98DF\u54C1\u836F\u54C1\u76D1\u7BA1\u603B\u5C40", "\u98DF\u836F\u76D1\u603B\u5C40"], { until: R20182, successors: ["samr", "nmpa"] }),
    entry("sapprft", "\u56FD\u5BB6\u65B0\u95FB\u51FA\u7248\u5E7F\u7535\u603B\u5C40", "agency", ["\u65B0\u95FB\u51FA\u7248\u5E7F\u7535\u603B\u5C40", "\u5E7F\u7535\u603B\u5C40"], { until: R20182, successors: ["nrta", "nppa", "film-admin"] }),
    entry("sawsa", "\u56FD\u5BB6\u5B89\u5168\u751F\u4EA7\u76D1\u7763\u7BA1\u7406\u603B\u5C40", "agency", ["\u5B89\u5168\u76D1\u7BA1\u603B\u5C40", "\u56FD\u5BB6\u5B89\u5168\u76D1\u7BA1\u603B\u5C40"], { until: R20182, successors: ["mem"] }),
    entry("legal-office", "\u56FD\u52A1\u9662\u6CD5\u5236\u529E\u516C\u5BA4", "agency", ["\u56FD\u52A1\u9662\u6CD5\u5236\u529E", "\u6CD5\u5236\u529E"], { until: R20182, successors: ["moj"] }),
    entry("ocao", "\u56FD\u52A1\u9662\u4FA8\u52A1\u529E\u516C\u5BA4", "agency", ["\u56FD\u52A1\u9662\u4FA8\u529E", "\u4FA8\u529E"], { until: R20182, successors: ["united-front"] }),
    entry("cbrc", "\u4E2D\u56FD\u94F6\u884C\u4E1A\u76D1\u7763\u7BA1\u7406\u59D4\u5458\u4F1A", "institution", ["\u94F6\u76D1\u4F1A", "\u4E2D\u56FD\u94F6\u76D1\u4F1A"], { until: R20182, successors: ["cbirc"] }),
    entry("circ", "\u4E2D\u56FD\u4FDD\u9669\u76D1\u7763\u7BA1\u7406\u59D4\u5458\u4F1A", "institution", ["\u4FDD\u76D1\u4F1A", "\u4E2D\u56FD\u4FDD\u76D1\u4F1A"], { until: R20182, successors: ["cbirc"] }),
    entry("nsa-admin", "\u56FD\u5BB6\u884C\u653F\u5B66\u9662", "institution", [], { until: R20182, successors: ["party-school"] })
  ];
}

// src/registry/registry.ts
function builtinDepartments() {
  return [...stateCouncil(), ...administrations(), ...party(), ...groups()];
}
var PREFIXES = ["\u4E2D\u534E\u4EBA\u6C11\u5171\u548C\u56FD", "\u4E2D\u56FD\u5171\u4EA7\u515A"];
var OPTIONAL = ["\u56FD\u5BB6", "\u4E2D\u56FD", "\u4E2D\u5171", "\u56FD\u52A1\u9662"];
function nameKey(name) {
  let key = name.replace(/[\s\u3000\u00a0]+/g, "").replace(/\(/g, "\uFF08").replace(/\)/g, "\uFF09");
  for (const prefix of PREFIXES) if (key.startsWith(prefix) && key.length > prefix.length + 1) key = key.slice(prefix.length);
  return key;
}
function validAt(entry2, date) {
  return (entry2.from === void 0 || entry2.from <= date) && (entry2.until === void 0 || date < entry2.until);
}
var today = () => (/* @__PURE__ */ new Date()).toISOString().slice(0, 10);
function createRegistry(entries) {
  const byName = /* @__PURE__ */ new Map();
  const byId = /* @__PURE__ */ new Map();
  for (const entry2 of entries) {
    if (byId.has(entry2.id)) throw new Error(`createRegistry: duplicate id \u201C${entry2.id}\u201D`);
    byId.set(entry2.id, entry2);
    for (const name of new Set([entry2.name, ...entry2.short].map(nameKey))) {
      const list = byName.get(name);
      if (list) list.push(entry2);
      else byName.set(name, [entry2]);
    }
  }
  function candidates(name) {
    const key = nameKey(name);
    const exact = byName.get(key);
    if (exact) return exact;
    for (const prefix of OPTIONAL) {
      const other = key.startsWith(prefix) ? key.slice(prefix.length) : prefix + key;
      const found = other.length > 1 ? byName.get(other) : void 0;
      if (found) return found;
    }
    return void 0;
  }
  function find(name, options = {}) {
    const list = candidates(name);
    if (!list) return void 0;
    if (list.length === 1) return list[0];
    const date = options.date ?? today();
    return list.find((e) => validAt(e, date)) ?? list.find((e) => e.until === void 0) ?? list[0];
  }
  function successors(id, options = {}) {
    const date = options.date ?? today();
    const out = /* @__PURE__ */ new Map();
    const seen = /* @__PURE__ */ new Set();
    const walk3 = (entry2) => {
      if (seen.has(entry2.id)) return;
      seen.add(entry2.id);
      if (entry2.until === void 0 || date < entry2.until || !entry2.successors?.length) out.set(entry2.id, entry2);
      else for (const next of entry2.successors) {
        const e = byId.get(next);
        if (e) walk3(e);
      }
    };
    const start = byId.get(id);
    if (start) walk3(start);
    return [...out.values()];
  }
  return { entries, find, byId: (id) => byId.get(id), successors };
}
var builtin;
function defaultRegistry() {
  return builtin ??= createRegistry(builtinDepartments());
}

// src/registry/resolve.ts
function resolveDepartment(name, options = {}) {
  const entry2 = (options.registry ?? defaultRegistry()).find(name, options);
  if (entry2) return { id: entry2.id, canonical: entry2.name, kind: entry2.kind };
  const collective = findCollective(name);
  if (collective) return { id: collective.id, canonical: collective.canonical, kind: "collective" };
  if (isLocalName(name)) return { kind: "local" };
  if (isInternalName(name)) return { kind: "internal" };
  return {};
}
function resolveAll(departments, options = {}) {
  for (const department of departments) Object.assign(department, resolveDepartment(department.name, options));
}

// src/extract/departments.ts
function departmentFactory(options = {}) {
  const known = /* @__PURE__ */ new Map();
  return (written, position, original) => {
    let hit = known.get(written);
    if (hit === void 0) {
      hit = { name: written, resolution: resolveDepartment(written, options) };
      known.set(written, hit);
    }
    const { name, resolution: r } = hit;
    if (r.id !== void 0) {
      return original === void 0 ? { name, position, id: r.id, canonical: r.canonical, kind: r.kind } : { name, position, original, id: r.id, canonical: r.canonical, kind: r.kind };
    }
    if (r.kind !== void 0) return original === void 0 ? { name, position, kind: r.kind } : { name, position, original, kind: r.kind };
    return original === void 0 ? { name, position } : { name, position, original };
  };
}

// src/util/location.ts
var BREAK3 = /\r\n?|[\n\u2028\u2029]/g;
var RECENT = 4;
function createLocator(text2) {
  const starts = [0];
  BREAK3.lastIndex = 0;
  while (BREAK3.test(text2)) starts.push(BREAK3.lastIndex);
  let last = 0;
  const recent = [];
  let slot = 0;
  function point(offset) {
    for (let k = 0; k < recent.length; k++) if (recent[k].offset === offset) return recent[k];
    const made = locate(offset);
    recent[slot] = made;
    slot = (slot + 1) % RECENT;
    return made;
  }
  function locate(offset) {
    const next = starts[last + 1];
    if (starts[last] <= offset && (next === void 0 || offset < next)) {
      return { line: last + 1, column: offset - starts[last] + 1, offset };
    }
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = lo + hi + 1 >> 1;
      if (starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    last = lo;
    return { line: lo + 1, column: offset - starts[lo] + 1, offset };
  }
  return {
    point,
    position: (start, end) => ({ start: point(start), end: point(end) })
  };
}

// src/extract/responsibility.ts
function withRole(departments, roles, role) {
  let count = 0;
  for (const r of roles) if (r === role) count++;
  const out = new Array(count);
  for (let i = 0, k = 0; k < count; i++) if (roles[i] === role) out[k++] = departments[i];
  return out;
}
function toResponsibility(text2, note, place, make, written = null) {
  const inner = note.start + 1;
  const { parts } = note;
  const departments = parts.departments.map((d) => {
    const original = written?.slice(inner + d.start, inner + d.end);
    const differs = original !== void 0 && original !== text2.slice(inner + d.start, inner + d.end);
    return make(d.name, place(inner + d.start, inner + d.end), differs ? original : void 0);
  });
  const responsibility = {
    raw: (written ?? text2).slice(note.start, note.end),
    departments,
    leads: withRole(departments, parts.roles, "lead"),
    participants: withRole(departments, parts.roles, "participant"),
    byDuty: parts.byDuty,
    openList: parts.open,
    rolesFrom: parts.explicit ? "note" : "first-listed",
    position: place(note.start, note.end)
  };
  if (parts.deadline) responsibility.deadline = parts.deadline.text;
  return responsibility;
}

// src/util/joined-text.ts
var ASCII_WORD2 = /[0-9A-Za-z]/;
function joinSpans(source, spans) {
  if (spans.length === 1) {
    const { start, end } = spans[0];
    const text3 = source.slice(start, end);
    const length2 = text3.length;
    return { text: text3, offsetAt: (index) => start + Math.min(index, length2) };
  }
  const pieces = [];
  const parts = [];
  let length = 0;
  let lastChar = "";
  for (const span of spans) {
    const part = source.slice(span.start, span.end);
    if (length > 0 && ASCII_WORD2.test(lastChar) && ASCII_WORD2.test(part[0] ?? "")) {
      parts.push(" ");
      length++;
    }
    pieces.push({ from: length, src: span.start, length: part.length });
    parts.push(part);
    length += part.length;
    if (part.length > 0) lastChar = part[part.length - 1];
  }
  const text2 = parts.join("");
  function offsetAt(index) {
    if (pieces.length === 0) return 0;
    let lo = 0;
    let hi = pieces.length - 1;
    while (lo < hi) {
      const mid = lo + hi + 1 >> 1;
      if (pieces[mid].from <= index) lo = mid;
      else hi = mid - 1;
    }
    const piece = pieces[lo];
    return piece.src + Math.min(index - piece.from, piece.length);
  }
  return { text: text2, offsetAt };
}

// src/util/lower-bound.ts
function lowerBound(sorted, value) {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = lo + hi >> 1;
    if (sorted[mid] < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

// src/parse/brackets.ts
var ROUND = 1;
var TITLE = 2;
var TORTOISE = 3;
function openKind(code) {
  switch (code) {
    case 65288:
    case 40:
      return ROUND;
    case 12298:
      return TITLE;
    case 12308:
      return TORTOISE;
    default:
      return 0;
  }
}
function closeKind(code) {
  switch (code) {
    case 65289:
    case 41:
      return ROUND;
    case 12299:
      return TITLE;
    case 12309:
      return TORTOISE;
    default:
      return 0;
  }
}
var BRACKET2 = /[（(）)《》〔〕]/g;
function checkBrackets(source, start, end, locator) {
  const stack = [];
  const span = source.slice(start, end);
  BRACKET2.lastIndex = 0;
  for (let m = BRACKET2.exec(span); m !== null; m = BRACKET2.exec(span)) {
    const i = start + m.index;
    const code = source.charCodeAt(i);
    if (openKind(code) !== 0) stack.push(i);
    else if (closeKind(code) !== 0) {
      const top = stack[stack.length - 1];
      if (top !== void 0 && openKind(source.charCodeAt(top)) === closeKind(code)) stack.pop();
      else return diagnostic("unbalanced-brackets", "warning", `Closing \u201C${source[i]}\u201D has no opening partner`, locator.position(i, i + 1));
    }
  }
  const open = stack[0];
  if (open === void 0) return null;
  return diagnostic("unbalanced-brackets", "warning", `Opening \u201C${source[open]}\u201D is never closed`, locator.position(open, open + 1));
}

// src/parse/build.ts
function continuesTask(source, task, line2) {
  const last = task.spans[task.spans.length - 1];
  if (!SENTENCE_ENDS.includes(source[last.end - 1])) return true;
  return findFinalNote(source.slice(line2.start, line2.end))?.start === 0;
}
function insertedGap(source, task, line2, locator) {
  const from = task.spans[task.spans.length - 1].end;
  const { start, end } = locator.position(from, line2.start);
  if (start.line !== end.line) return null;
  let to = from;
  while (to < line2.start && isSpace(source[to])) to++;
  return to > from ? { start: from, end: to } : null;
}
function buildTree(source, tokens, locator, original = null, make = departmentFactory()) {
  const changed = [];
  if (original !== null) {
    for (let i = 0; i < source.length; i++) if (source.charCodeAt(i) !== original.charCodeAt(i)) changed.push(i);
  }
  const differsIn = (start, end) => {
    const i = lowerBound(changed, start);
    return i < changed.length && changed[i] < end;
  };
  const written = (text2, start, end) => {
    if (original === null || !differsIn(start, end)) return {};
    const raw = original.slice(start, end);
    return raw === text2 ? {} : { original: raw };
  };
  const root = { type: "plan", children: [] };
  const diagnostics = [];
  const usedIds = /* @__PURE__ */ new Set();
  const nextSuffix = /* @__PURE__ */ new Map();
  const paragraphCount = /* @__PURE__ */ new Map();
  let chapter = null;
  let section = null;
  let task = null;
  let pending = [];
  const container = () => section ?? chapter ?? root;
  function idBase(parent, letter, n) {
    return parent.type === "plan" ? `${letter}${n}` : `${parent.id}.${letter}${n}`;
  }
  function makeId(parent, letter, n) {
    const base = idBase(parent, letter, n);
    let id = base;
    let k = nextSuffix.get(base) ?? 2;
    if (usedIds.has(id)) {
      while (usedIds.has(id = `${base}~${k}`)) k++;
      nextSuffix.set(base, k + 1);
    }
    usedIds.add(id);
    return id;
  }
  function append(parent, node) {
    if (node.type === "paragraph") {
      const n = (paragraphCount.get(parent) ?? 0) + 1;
      paragraphCount.set(parent, n);
      node.id = idBase(parent, "p", n);
    }
    ;
    parent.children.push(node);
  }
  function flushPending() {
    for (const { parent, node } of pending) append(parent, node);
    pending = [];
  }
  function closeTask() {
    if (!task) return;
    const { token, parent, spans } = task;
    task = null;
    const joined = joinSpans(source, spans);
    const converted = original !== null && differsIn(spans[0].start, spans[spans.length - 1].end);
    const writtenJoined = converted ? joinSpans(original, spans).text : null;
    const notes = findNotes(joined.text);
    const place = (s, e) => locator.position(joined.offsetAt(s), joined.offsetAt(e - 1) + 1);
    const responsibilities = notes.map((note) => toResponsibility(joined.text, note, place, make, writtenJoined));
    const last = notes[notes.length - 1];
    const trimmed = (s, end2) => {
      while (end2 > 0 && isWhite(s[end2 - 1])) end2--;
      return end2;
    };
    const withoutNotes = (from) => {
      let out = "";
      let at = 0;
      for (const note of notes) out += from.slice(at, note.start), at = note.end;
      if (!last) out += from.slice(at);
      return out.slice(0, trimmed(out, out.length));
    };
    const text2 = withoutNotes(joined.text);
    const writtenText = writtenJoined === null ? null : withoutNotes(writtenJoined);
    const end = spans[spans.length - 1].end;
    const textEnd = trimmed(joined.text, last ? last.start : joined.text.length);
    const markerEnd = token.start + token.marker.length;
    const trailing = last ? joined.text.slice(last.end) : "";
    const node = {
      type: "task",
      id: makeId(parent, "t", token.value),
      number: token.value,
      marker: token.marker,
      text: text2,
      ...writtenText === null || writtenText === text2 ? {} : { original: writtenText },
      responsibility: responsibilities[responsibilities.length - 1] ?? null,
      references: citedTitles(text2),
      position: locator.position(token.start, end),
      textPosition: locator.position(token.start, textEnd > 0 ? joined.offsetAt(textEnd - 1) + 1 : markerEnd)
    };
    if (trailing) node.trailing = trailing;
    if (responsibilities.length > 1) node.notes = responsibilities;
    if (notes.length === 0) {
      diagnostics.push(diagnostic("missing-responsibility", "error", `Task ${node.number} has no responsibility note (e.g. \u201C\uFF08\u77E5\u8BC6\u4EA7\u6743\u5C40\u8D1F\u8D23\uFF09\u201D)`, node.position));
    }
    check(token.start, end);
    append(parent, node);
  }
  function check(start, end) {
    const problem = checkBrackets(source, start, end, locator);
    if (problem) diagnostics.push(problem);
  }
  function paragraph(line2) {
    check(line2.start, line2.end);
    const text2 = source.slice(line2.start, line2.end);
    return { type: "paragraph", id: "", text: text2, ...written(text2, line2.start, line2.end), position: locator.position(line2.start, line2.end) };
  }
  for (const token of tokens) {
    if (token.kind === "text") {
      if (task && continuesTask(source, task, token)) {
        const gap = insertedGap(source, task, token, locator);
        if (gap) task.spans.push(gap);
        task.spans.push({ start: token.start, end: token.end });
        continue;
      }
      const afterTask = task !== null || pending.length > 0;
      closeTask();
      if (afterTask) pending.push({ parent: container(), node: paragraph(token) });
      else append(container(), paragraph(token));
      continue;
    }
    closeTask();
    flushPending();
    const value = token.value;
    const marker = token.marker;
    const title = source.slice(token.contentStart, token.end);
    const titleWritten = written(title, token.contentStart, token.end);
    const position = locator.position(token.start, token.end);
    if (token.kind !== "task") check(token.start, token.end);
    if (token.kind === "chapter") {
      chapter = { type: "chapter", id: makeId(root, "c", value), number: value, marker, title, ...titleWritten, children: [], position, headingPosition: position };
      section = null;
      append(root, chapter);
    } else if (token.kind === "section") {
      const parent = chapter ?? root;
      section = { type: "section", id: makeId(parent, "s", value), number: value, marker, title, ...titleWritten, children: [], position, headingPosition: position };
      append(parent, section);
    } else {
      task = { token, parent: container(), spans: [{ start: token.contentStart, end: token.end }] };
    }
  }
  closeTask();
  for (const { node } of pending) append(root, node);
  extendPositions(root);
  return { children: root.children, diagnostics };
}
function extendPositions(parent) {
  for (const child of parent.children) {
    if (child.type !== "chapter" && child.type !== "section") continue;
    extendPositions(child);
    const last = child.children[child.children.length - 1];
    if (last) child.position = { start: child.position.start, end: { ...last.position.end } };
  }
}

// src/parse/numbering.ts
var LABEL = { chapter: "Chapter", section: "Section", task: "Task" };
function missingBetween(sorted, prev, next) {
  const i = lowerBound(sorted, prev + 1);
  const j = lowerBound(sorted, next);
  if (j - i >= next - prev - 1) return null;
  let lo = i;
  let hi = j;
  while (lo < hi) {
    const mid = lo + hi >> 1;
    if (sorted[mid] === prev + 1 + (mid - i)) lo = mid + 1;
    else hi = mid;
  }
  const first = prev + 1 + (lo - i);
  lo = i;
  hi = j;
  while (lo < hi) {
    const mid = lo + hi >> 1;
    if (sorted[mid] === next - j + mid) hi = mid;
    else lo = mid + 1;
  }
  return [first, next - 1 - (j - lo)];
}
function checkRun(run, out) {
  const first = run[0];
  if (!first) return;
  const sorted = [...new Set(run.map((n) => n.number))].sort((a, b) => a - b);
  const seen = /* @__PURE__ */ new Set();
  const label = LABEL[first.type];
  if (first.number !== 1) {
    out.push(diagnostic("numbering-start", "error", `${label} numbering starts at ${first.number} (${first.marker}), not 1`, first.position));
  }
  let prev = first.number - 1;
  for (const node of run) {
    const n = node.number;
    if (seen.has(n)) {
      out.push(diagnostic("numbering-duplicate", "error", `${label} ${n} (${node.marker}) appears more than once`, node.position));
    } else if (n < prev) {
      out.push(diagnostic("numbering-out-of-order", "error", `${label} ${n} (${node.marker}) comes after ${label.toLowerCase()} ${prev}`, node.position));
    } else if (n > prev + 1) {
      const missing = missingBetween(sorted, prev, n);
      if (missing) {
        const range = missing[0] === missing[1] ? `${missing[0]}` : `${missing[0]}\u2013${missing[1]}`;
        out.push(diagnostic("numbering-gap", "error", `${label} numbering skips ${range} before ${label.toLowerCase()} ${n} (${node.marker})`, node.position));
      }
    }
    seen.add(n);
    prev = n;
  }
}
function checkNumbering(children) {
  const out = [];
  const chapters = [];
  const taskRuns = [[]];
  function visit(nodes) {
    let firstTask = true;
    const sections = [];
    for (const node of nodes) {
      if (node.type === "chapter" || node.type === "section") {
        ;
        (node.type === "chapter" ? chapters : sections).push(node);
        visit(node.children);
      } else if (node.type === "task") {
        const run = taskRuns[taskRuns.length - 1];
        if (firstTask && node.number === 1 && run.length > 0) taskRuns.push([node]);
        else run.push(node);
        firstTask = false;
      }
    }
    checkRun(sections, out);
  }
  visit(children);
  checkRun(chapters, out);
  for (const run of taskRuns) checkRun(run, out);
  return out;
}

// src/util/leaves.ts
function leavesOf(nodes, type) {
  const out = [];
  const walk3 = (list) => {
    for (const node of list) {
      if (node.type === type) out.push(node);
      else if (node.type === "chapter" || node.type === "section") walk3(node.children);
    }
  };
  walk3(nodes);
  return out;
}

// src/meta/annotate.ts
function planDate(meta) {
  return meta.signed?.date ?? meta.published?.date ?? (meta.period ? `${meta.period.from}-01-01` : void 0);
}
function annotatePlan(children, meta, fallback, registry = defaultRegistry()) {
  const diagnostics = [];
  const date = planDate(meta);
  const options = date ? { date, registry } : { registry };
  const check = (d, where2) => {
    const place = d.position ?? where2;
    if (!d.kind) diagnostics.push(diagnostic("unknown-department", "warning", `\u201C${d.name}\u201D is not in the department registry; kept as written`, place));
    const entry2 = d.id ? registry.byId(d.id) : void 0;
    if (entry2?.until && date && date >= entry2.until) {
      const next = registry.successors(entry2.id, options).map((e) => e.name).join("\u3001");
      diagnostics.push(diagnostic("department-renamed", "info", `\u201C${d.name}\u201D (${entry2.name}) was replaced on ${entry2.until}${next ? ` by ${next}` : ""}`, place));
    }
  };
  const metaDepartments = [...meta.recipients?.departments ?? [], ...meta.issuer?.departments ?? [], ...meta.seal ? [meta.seal.department] : []];
  resolveAll(metaDepartments, options);
  for (const d of metaDepartments) check(d, fallback);
  const recipients = meta.recipients?.departments;
  const checkRecipients = recipients && recipients.length > 0 && !recipients.some((d) => d.kind === "collective");
  const known = [...recipients ?? [], ...meta.issuer?.departments ?? [], ...meta.seal ? [meta.seal.department] : []];
  const sentTo = new Set(known.flatMap((d) => [d.name, ...d.id ? [d.id] : []]));
  const atDate = /* @__PURE__ */ new Map();
  const redate = (d) => {
    if (date === void 0 || d.id === void 0) return;
    let r = atDate.get(d.name);
    if (r === void 0) atDate.set(d.name, r = resolveDepartment(d.name, options));
    if (r.id !== d.id) d.id = r.id, d.canonical = r.canonical, d.kind = r.kind;
  };
  for (const task of leavesOf(children, "task")) {
    const notes = task.notes ?? (task.responsibility ? [task.responsibility] : []);
    for (const note of notes) {
      applyRule(note, meta.closingRule?.rule);
      for (const d of note.departments) {
        redate(d);
        check(d, note.position);
        if (checkRecipients && d.kind !== "collective" && !sentTo.has(d.id ?? d.name) && !sentTo.has(d.name)) {
          diagnostics.push(diagnostic("department-not-in-recipients", "warning", `Task ${task.number} names \u201C${d.name}\u201D, which is not among the notice's recipients`, d.position ?? note.position));
        }
      }
    }
  }
  return diagnostics;
}
function applyRule(note, rule) {
  if (!rule || note.rolesFrom === "note") return;
  note.rolesFrom = "closing-rule";
  if (rule === "all-lead") {
    note.leads = [...note.departments];
    note.participants = [];
  }
}

// src/meta/closing-rule.ts
var FIRST_LEADS = /(?:列|排|位列|排在|列在|排名)?(?:第一位|首位|第一个|第一|前面|最前)的?(?:部门|单位)?(?:为|是|作为)?牵头/;
var ALL_LEAD = /(?:均|都|皆)(?:为|是)牵头|共同牵头|(?:所列|各)(?:部门|单位)共同负责/;
var ABOUT_TASKS = /任务|分工|所列|排在|列第/;
function findClosingRule(paragraphs) {
  for (const p of paragraphs) {
    if (!ABOUT_TASKS.test(p.text)) continue;
    const rule = FIRST_LEADS.test(p.text) ? "first-leads" : ALL_LEAD.test(p.text) ? "all-lead" : void 0;
    if (rule) return { raw: p.text, rule, position: p.position };
  }
  return void 0;
}

// src/meta/dates.ts
var CN_YEAR_DIGITS = { "\u3007": 0, "\u25CB": 0, "\u96F6": 0, "\u041E": 0, \u4E00: 1, \u4E8C: 2, \u4E09: 3, \u56DB: 4, \u4E94: 5, \u516D: 6, \u4E03: 7, \u516B: 8, \u4E5D: 9 };
var ARABIC = /^(\d{4})\s*[年\-/.．]\s*(\d{1,2})\s*[月\-/.．]\s*(\d{1,2})\s*日?$/;
var CHINESE = /^([〇○零О一二三四五六七八九]{4})年([一二三四五六七八九十]{1,3})月([一二三四五六七八九十]{1,3})日$/;
function iso(year, month, day) {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}
function chineseNumber(text2) {
  const numeral = readNumeral(text2, 0);
  return numeral && numeral.length === text2.length ? numeral.value : null;
}
function parseDate(text2) {
  const trimmed = text2.trim().replace(/[\s\u3000]+/g, "");
  const arabic = ARABIC.exec(trimmed);
  if (arabic) return iso(Number(arabic[1]), Number(arabic[2]), Number(arabic[3]));
  const chinese = CHINESE.exec(trimmed);
  if (!chinese) return null;
  const year = [...chinese[1]].reduce((n, ch) => n * 10 + (CN_YEAR_DIGITS[ch] ?? 0), 0);
  const month = chineseNumber(chinese[2]);
  const day = chineseNumber(chinese[3]);
  return month && day ? iso(year, month, day) : null;
}

// src/meta/place.ts
function placeIn(paragraph, start, end) {
  const { start: from, end: to } = paragraph.position;
  if (to.offset - from.offset !== paragraph.text.length || from.line !== to.line) return paragraph.position;
  return {
    start: { line: from.line, column: from.column + start, offset: from.offset + start },
    end: { line: from.line, column: from.column + end, offset: from.offset + end }
  };
}
function spanOf(paragraphs) {
  const first = paragraphs[0];
  const last = paragraphs[paragraphs.length - 1];
  return { start: first.position.start, end: last.position.end };
}

// src/meta/notice.ts
var DOC_NUMBER = /([\u4e00-\u9fff]{1,12})\s*[〔\[［【(（]\s*(\d{4})\s*[〕\]］】)）]\s*(\d{1,4})\s*号/;
var NOTICE = /(?:通知|通报|的函|决定|意见|批复|公告)$/;
var LABEL2 = /(发布时间|发布日期|印发日期|公开日期|成文日期|发文日期)\s*[：:]\s*/g;
var SENTENCE_END = /[。！？；!?;]$/;
function names(paragraph, start, end) {
  return splitNameSpans(paragraph.text, start, end).names.map((n) => ({ name: n.name, position: placeIn(paragraph, n.start, n.end) }));
}
var LINE_END = /[\n\r\u2028\u2029]/;
function sealName(text2) {
  if (!/^[（(]/.test(text2) || !/[）)]$/.test(text2)) return void 0;
  const inner = text2.slice(1, -1).trimEnd();
  if (!inner.endsWith("\u4EE3\u7AE0")) return void 0;
  const middle = inner.slice(0, -2);
  const name = middle.trim();
  if (name) return LINE_END.test(name) ? void 0 : name;
  for (let i = middle.length - 1; i >= 0; i--) if (!LINE_END.test(middle[i])) return middle[i];
  return void 0;
}
function labelled(paragraph, meta) {
  let found = false;
  for (const match of paragraph.text.matchAll(LABEL2)) {
    const from = match.index + match[0].length;
    const value = /^[\d年月日\-/.．〇○零一二三四五六七八九十]+/.exec(paragraph.text.slice(from))?.[0] ?? "";
    const date = parseDate(value);
    if (!date) continue;
    const field = { raw: paragraph.text.slice(match.index, from + value.length), date, position: placeIn(paragraph, match.index, from + value.length) };
    if (match[1] === "\u6210\u6587\u65E5\u671F") meta.signed ??= field;
    else meta.published ??= field;
    found = true;
  }
  return found;
}
function readNotice(paragraphs) {
  const meta = {};
  let end = 0;
  let signedAt = -1;
  let sealAt = -1;
  let bodyStarted = false;
  paragraphs.forEach((p, i) => {
    const text2 = p.text;
    const isLabelled = labelled(p, meta);
    const number = DOC_NUMBER.exec(text2);
    if (number && !meta.documentNumber && (isLabelled || text2.length - number[0].length < 12)) {
      const at = number.index;
      meta.documentNumber = { raw: number[0], code: number[1], year: Number(number[2]), serial: Number(number[3]), position: placeIn(p, at, at + number[0].length) };
      return void (end = i + 1);
    }
    if (isLabelled) return void (end = i + 1);
    if (!meta.noticeTitle && !meta.recipients && NOTICE.test(text2) && /关于|印发|转发/.test(text2)) {
      meta.noticeTitle = { raw: text2, position: p.position };
      return void (end = i + 1);
    }
    if (!meta.recipients && !bodyStarted && signedAt < 0 && /[：:]$/.test(text2) && !/[。；]|如下[：:]$|^附件/.test(text2)) {
      meta.recipients = { raw: text2, departments: names(p, 0, text2.length - 1), position: p.position };
      return void (end = i + 1);
    }
    const name = sealName(text2);
    if (name !== void 0 && sealAt < 0) {
      const at = text2.indexOf(name);
      meta.seal = { raw: text2, department: { name, position: placeIn(p, at, at + name.length) }, position: p.position };
      sealAt = i;
      return void (end = i + 1);
    }
    if (SENTENCE_END.test(text2)) bodyStarted = true;
    const date = parseDate(text2);
    if (date && signedAt < 0 && (meta.recipients || meta.noticeTitle || sealAt >= 0)) {
      meta.signed = { raw: text2, date, position: p.position };
      signedAt = i;
      end = i + 1;
    }
  });
  const close = [sealAt, signedAt].filter((i) => i >= 0);
  if (close.length > 0) {
    const stop = Math.min(...close);
    let from = stop;
    while (from > 0 && !SENTENCE_END.test(paragraphs[from - 1].text) && !/[：:]$/.test(paragraphs[from - 1].text)) from--;
    const lines = paragraphs.slice(from, stop).filter((p) => p.text.length <= 60 && !/^特此/.test(p.text) && !DOC_NUMBER.test(p.text) && !parseDate(p.text));
    if (lines.length > 0 && lines.length <= 6) {
      const departments = lines.flatMap(issuerNames);
      meta.issuer = { raw: lines.map((p) => p.text).join("\n"), departments, position: spanOf(lines) };
    }
  }
  return { meta, end };
}
function issuerNames(p) {
  return [...p.text.matchAll(/[^\s\u3000、，,]+/g)].map((m) => ({ name: m[0], position: placeIn(p, m.index, m.index + m[0].length) }));
}

// src/meta/title.ts
var SENTENCE_END2 = /[。！？；!?;：:]$/;
var ASIDE = /^[（(〔【].*[）)〕】]$/;
var RANGE_YEARLY = /(\d{4})\s*[—–\-－~～至到]+\s*(\d{4})\s*年度/;
var YEARLY = /(\d{4})\s*年度/;
var RANGE = /(\d{4})\s*[—–\-－~～至到]+\s*(\d{4})\s*年/;
var YEAR2 = /(\d{4})\s*年(?![\d度]|\d*月)/;
function outsideTitles(text2) {
  let out = "";
  let from = 0;
  for (; ; ) {
    const open = text2.indexOf("\u300A", from);
    const close = open < 0 ? -1 : text2.indexOf("\u300B", open + 1);
    if (close < 0) return out + text2.slice(from);
    out += text2.slice(from, open) + "\0".repeat(close + 1 - open);
    from = close + 1;
  }
}
function findPeriod(p, patterns) {
  const text2 = outsideTitles(p.text);
  for (const pattern of patterns) {
    const m = pattern.exec(text2);
    if (!m) continue;
    const from = Number(m[1]);
    const to = Number(m[2] ?? m[1]);
    if (to < from || to - from > 10) continue;
    return { raw: p.text.slice(m.index, m.index + m[0].length), from, to, position: placeIn(p, m.index, m.index + m[0].length) };
  }
  return void 0;
}
function titleLike(p) {
  return !SENTENCE_END2.test(p.text) && !ASIDE.test(p.text) && !/^附件\s*\d*$/.test(p.text) && !parseDate(p.text) && p.text.length <= 80;
}
function readTitle(paragraphs, cited) {
  const squash = (s) => s.replace(/[\s\u3000]+/g, "");
  let at = cited ? paragraphs.findIndex((p) => squash(p.text) === squash(cited)) : -1;
  if (at < 0) at = paragraphs.findIndex(titleLike);
  if (at < 0) return {};
  const lines = [paragraphs[at]];
  const next = paragraphs[at + 1];
  if (next && titleLike(next) && next.text.length <= 40 && at + 2 < paragraphs.length && !cited) lines.push(next);
  const title = { raw: lines.map((p) => p.text).join(""), position: spanOf(lines) };
  const rest = paragraphs.slice(at + lines.length);
  const preamble = rest.length > 0 ? { raw: rest.map((p) => p.text).join("\n"), position: spanOf(rest) } : void 0;
  let period;
  for (const p of lines) period ??= findPeriod(p, [RANGE_YEARLY, YEARLY, RANGE, YEAR2]);
  for (const p of rest) period ??= findPeriod(p, [RANGE_YEARLY, YEARLY]);
  return { title, ...period ? { period } : {}, ...preamble ? { preamble } : {} };
}

// src/meta/extract-meta.ts
function citedTitle(text2) {
  for (const line2 of text2.split(/[\n\r\u2028\u2029]/)) {
    const open = line2.indexOf("\u300A");
    const close = line2.lastIndexOf("\u300B");
    if (open >= 0 && close > open + 1) return line2.slice(open + 1, close);
  }
  return void 0;
}
function extractMeta(children) {
  const first = children.findIndex((c) => c.type !== "paragraph");
  const front = children.slice(0, first < 0 ? children.length : first);
  const { meta: notice, end } = readNotice(front);
  const cited = notice.noticeTitle ? citedTitle(notice.noticeTitle.raw) : void 0;
  const meta = { ...notice, ...readTitle(front.slice(end), cited) };
  const after = first < 0 ? [] : leavesOf(children.slice(first), "paragraph");
  const closingRule = findClosingRule([...after, ...front]);
  if (closingRule) meta.closingRule = closingRule;
  return meta;
}

// src/util/mapped-locator.ts
function mappedLocator(input, map) {
  return {
    point: (offset) => input.point(map.start(offset)),
    position(start, end) {
      const from = map.start(start);
      const to = Math.max(from, map.end(end));
      return input.position(from, to);
    }
  };
}

// src/parse-plan.ts
var KNOWN_OPTIONS = /* @__PURE__ */ new Set(["strict", "format", "registry", "maxInputBytes"]);
var FORMATS = /* @__PURE__ */ new Set(["auto", "text", "markdown", "html"]);
function checkOptions(options) {
  if (options === void 0) return {};
  if (options === null || typeof options !== "object") throw new TypeError(`parsePlan: options must be an object, got ${options === null ? "null" : typeof options}`);
  for (const key of Object.keys(options)) {
    if (!KNOWN_OPTIONS.has(key)) throw new TypeError(`parsePlan: unknown option \u201C${key}\u201D`);
  }
  const { strict, format, registry, maxInputBytes } = options;
  if (strict !== void 0 && typeof strict !== "boolean") throw new TypeError(`parsePlan: option \u201Cstrict\u201D must be a boolean, got ${typeof strict}`);
  if (format !== void 0 && !FORMATS.has(format)) throw new TypeError(`parsePlan: option \u201Cformat\u201D must be 'auto', 'text', 'markdown' or 'html', got ${String(format)}`);
  if (registry !== void 0 && typeof registry?.find !== "function") throw new TypeError("parsePlan: option \u201Cregistry\u201D must come from createRegistry()");
  if (maxInputBytes !== void 0 && !(typeof maxInputBytes === "number" && maxInputBytes > 0 && (Number.isInteger(maxInputBytes) || maxInputBytes === Infinity))) {
    throw new TypeError(`parsePlan: option \u201CmaxInputBytes\u201D must be a positive integer or Infinity, got ${typeof maxInputBytes === "number" ? maxInputBytes : typeof maxInputBytes}`);
  }
  return options;
}
function droppedDiagnostics(dropped, input, locator) {
  return dropped.map(({ start, end, kind }) => {
    const place = locator.position(start, end);
    const what = input.slice(start, end);
    return kind === "page-footer" ? diagnostic("page-footer", "info", `Page footer \u201C${what}\u201D dropped`, place) : diagnostic("pinyin-annotation", "info", `Pinyin annotation \u201C${what}\u201D dropped`, place);
  });
}
function parsePlan(input, options) {
  if (typeof input !== "string" && !(input instanceof Uint8Array)) {
    throw new TypeError(`parsePlan: expected the plan as a string or bytes, got ${input === null ? "null" : typeof input}`);
  }
  const { strict = false, format = "auto", registry, maxInputBytes = DEFAULT_MAX_INPUT_BYTES } = checkOptions(options);
  const text2 = typeof input === "string" ? input : decodeBytes(input).text;
  checkInputSize(text2, maxInputBytes);
  const normalised = normalise(text2, format);
  const inputLocator = createLocator(text2);
  const locator = normalised.map.text === text2 && normalised.format === "text" ? inputLocator : mappedLocator(inputLocator, normalised.map);
  const { children, diagnostics } = buildTree(normalised.text, tokenize(normalised.text), locator, normalised.original, departmentFactory({ registry }));
  const position = inputLocator.position(0, text2.length);
  const meta = extractMeta(children);
  for (const list of [checkNumbering(children), droppedDiagnostics(normalised.dropped, text2, inputLocator), annotatePlan(children, meta, position, registry)]) {
    for (const d of list) diagnostics.push(d);
  }
  diagnostics.sort((a, b) => a.place.start.offset - b.place.start.offset);
  const plan2 = Object.keys(meta).length > 0 ? { type: "plan", children, meta, diagnostics, position } : { type: "plan", children, diagnostics, position };
  if (strict && diagnostics.some((d) => d.severity === "error")) throw new PlanParseError(diagnostics, text2);
  return plan2;
}

// bench/synth.mjs
var TASK_START = /^([0-9]{1,3})(\s*[.．、])/;
var CHAPTER_START = /^[一二三四五六七八九十]{1,3}[、．.]/;
function utf8Bytes(text2) {
  return Buffer.byteLength(text2, "utf8");
}
function splitPlan(text2) {
  const lines = text2.split("\n");
  const first = lines.findIndex((line2) => CHAPTER_START.test(line2));
  if (first < 0) throw new Error("bench: the plan has no chapter heading to repeat");
  let next = 1;
  let last = -1;
  for (let i = first; i < lines.length; i++) {
    const m = TASK_START.exec(lines[i]);
    if (m && Number(m[1]) === next) {
      next++;
      last = i;
    }
  }
  if (last < 0) throw new Error("bench: the plan has no numbered task to repeat");
  let end = last + 1;
  while (end < lines.length && lines[end].trim() !== "" && !CHAPTER_START.test(lines[end])) end++;
  return {
    preamble: lines.slice(0, first).join("\n"),
    body: lines.slice(first, end),
    closing: lines.slice(end).join("\n"),
    tasks: next - 1
  };
}
function renumber(body, offset) {
  let next = 1;
  return body.map((line2) => {
    const m = TASK_START.exec(line2);
    if (!m || Number(m[1]) !== next) return line2;
    next++;
    return String(Number(m[1]) + offset) + line2.slice(m[1].length);
  }).join("\n");
}
var MAX_TASK_NUMBER = 9999;
function synthPlan(seed2, { bytes = 0, copies } = {}) {
  const { preamble, body, closing, tasks: tasks2 } = splitPlan(seed2);
  const parts = [preamble];
  let size = utf8Bytes(preamble) + utf8Bytes(closing);
  const perRun = Math.max(1, Math.floor(MAX_TASK_NUMBER / tasks2));
  let n = 0;
  while (copies === void 0 ? size < bytes || n === 0 : n < copies) {
    const part = renumber(body, n % perRun * tasks2);
    parts.push(part);
    size += utf8Bytes(part) + 1;
    n++;
  }
  parts.push(closing);
  return { text: parts.join("\n"), copies: n, tasks: n * tasks2 };
}

// ../../tmp/st/mem.ts
var seed = readFileSync("/work/main/fixtures/ip-plan-2021-2022.txt", "utf8").replace("\u610F\u898B", "\u610F\u89C1");
var text = synthPlan(seed, { bytes: 4 * 1024 * 1024 }).text;
var g = globalThis.gc;
g();
var h0 = process.memoryUsage().heapUsed;
var toks = tokenize(text);
g();
var h1 = process.memoryUsage().heapUsed;
console.log("tokens MB", ((h1 - h0) / 2 ** 20).toFixed(1), toks.length);
toks.length = 0;
g();
var h2 = process.memoryUsage().heapUsed;
var plan = parsePlan(text);
g();
var h3 = process.memoryUsage().heapUsed;
console.log("plan retained MB", ((h3 - h2) / 2 ** 20).toFixed(1), "for MB input", (Buffer.byteLength(text) / 2 ** 20).toFixed(1), "string MB", (text.length * 2 / 2 ** 20).toFixed(1));
var positions = 0;
var depts = 0;
var tasks = 0;
var walk2 = (n) => {
  if (n.position) positions++;
  if (n.textPosition) positions++;
  if (n.type === "task") {
    tasks++;
    if (n.responsibility) {
      positions++;
      depts += n.responsibility.departments.length;
      positions += n.responsibility.departments.length;
    }
  }
  for (const c of n.children ?? []) walk2(c);
};
walk2(plan);
console.log({ tasks, depts, positions, diagnostics: plan.diagnostics.length });
var drop = (label, f) => {
  const b = process.memoryUsage().heapUsed;
  const w = (n) => {
    f(n);
    for (const c of n.children ?? []) w(c);
  };
  w(plan);
  g();
  console.log(label.padEnd(24), ((b - process.memoryUsage().heapUsed) / 2 ** 20).toFixed(2), "MB");
};
drop("diagnostics", (n) => {
  if (n.type === "plan") n.diagnostics = [];
});
drop("dept positions", (n) => {
  for (const d of n.responsibility?.departments ?? []) delete d.position;
});
drop("resp position", (n) => {
  if (n.responsibility) delete n.responsibility.position;
});
drop("textPosition", (n) => {
  delete n.textPosition;
});
drop("position", (n) => {
  if (n.type !== "plan") delete n.position;
});
drop("references", (n) => {
  delete n.references;
});
drop("departments", (n) => {
  if (n.responsibility) {
    n.responsibility.departments = [];
    n.responsibility.leads = [];
    n.responsibility.participants = [];
  }
});
drop("responsibility", (n) => {
  delete n.responsibility;
});
drop("text", (n) => {
  delete n.text;
});
drop("ids", (n) => {
  delete n.id;
});
drop("marker", (n) => {
  delete n.marker;
});
