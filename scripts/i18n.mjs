// Translation chores around lit-localize's XLIFF files (xliff/<locale>.xlf), run by hand:
//   node scripts/i18n.mjs pseudo              writes the pseudo-locale en-XA (accented, ~40% longer)
//   node scripts/i18n.mjs dump                prints every message as JSON, placeholders as ${...}
//   node scripts/i18n.mjs fill <locale> FILE  sets the <target>s of xliff/<locale>.xlf from a JSON
//                                             { id: "text with the same ${...} placeholders" };
//                                             units the file does not name keep their target
//   node scripts/i18n.mjs missing [locale]    prints the units without a target (all locales, or one)
//   node scripts/i18n.mjs pending             fills units without a target from i18n/pending/*.json,
//                                             keyed by the English text: { "Show password": { "de": "…" } }
// After `npx lit-localize extract` adds new messages: write their translations in a pending file,
// run `pending`, then `pseudo`, then `npx lit-localize build`. Translations kept by English text do
// not depend on lit-localize's ids, so parallel branches merge them without touching each other.
// Then `npx lit-localize build` regenerates components/locales/generated/.
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';

const xlf = (locale) => `xliff/${locale}.xlf`;
const UNIT =
  /<trans-unit id="([^"]+)">\s*<source>([\s\S]*?)<\/source>(?:\s*<target>([\s\S]*?)<\/target>)?\s*<\/trans-unit>/g;
const PLACEHOLDER = /<x id="\d+" equiv-text="([^"]*)"\/>/g;

const unescape = (s) =>
  s
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
const escapeText = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The XLIFF source as plain text, each placeholder written as its `equiv-text`. */
const plain = (source) =>
  source
    .split(PLACEHOLDER)
    .map((part, i) => (i % 2 ? unescape(part) : unescape(part)))
    .join('');

function units(locale) {
  const text = readFileSync(xlf(locale), 'utf8');
  return {
    text,
    list: [...text.matchAll(UNIT)].map((m) => ({ id: m[1], source: m[2], target: m[3] })),
  };
}

/** Rebuilds a target from plain text, putting the source's own <x/> elements back. */
function toXliff(source, target) {
  const xs = [...source.matchAll(PLACEHOLDER)].map((m) => ({ el: m[0], eq: unescape(m[1]) }));
  let out = '';
  let rest = target;
  while (rest) {
    let best;
    for (const x of xs) {
      const at = rest.indexOf(x.eq);
      if (at >= 0 && (!best || at < best.at)) best = { at, x };
    }
    if (!best) {
      out += escapeText(rest);
      break;
    }
    out += escapeText(rest.slice(0, best.at)) + best.x.el;
    rest = rest.slice(best.at + best.x.eq.length);
  }
  return out;
}

/** Rewrites every unit; `targets` answers plain text, or undefined to keep the unit's target. */
function write(locale, targets) {
  const { text } = units(locale);
  const missing = [];
  const next = text.replace(UNIT, (_all, id, source, old) => {
    const t = targets(id, source);
    const xml = t === undefined ? old : toXliff(source, t);
    if (xml === undefined) missing.push(id);
    const target = xml === undefined ? '' : `\n  <target>${xml}</target>`;
    return `<trans-unit id="${id}">\n  <source>${source}</source>${target}\n</trans-unit>`;
  });
  writeFileSync(xlf(locale), next);
  if (missing.length) console.error(`${locale}: no translation for ${missing.join(', ')}`);
}

const ACCENTS = Object.fromEntries(
  [...'aeiouycnsgzlrdtkhbw'].map((c, i) => [c, [...'àéîöûýçñšĝžļŕđţķĥƀŵ'][i]]),
);
for (const [k, v] of Object.entries(ACCENTS)) ACCENTS[k.toUpperCase()] = v.toUpperCase();

function pseudo(source) {
  // Placeholders (${...}, and markup such as <code>${id}</code>) stay as they are; letters get
  // accents; the text grows ~40%.
  const parts = source.split(PLACEHOLDER).map(unescape);
  const letters = parts.filter((_, i) => i % 2 === 0).join('').length;
  const body = parts.map((p, i) => (i % 2 ? p : [...p].map((c) => ACCENTS[c] ?? c).join('')));
  const pad = '·'.repeat(Math.max(1, Math.round(letters * 0.4)));
  return `⟦${body.join('')}${pad}⟧`;
}

const LOCALES = JSON.parse(readFileSync('lit-localize.json', 'utf8')).targetLocales;
const [cmd, locale, file] = process.argv.slice(2);
if (cmd === 'dump') {
  const out = {};
  for (const u of units('de').list) out[u.id] = plain(u.source);
  console.log(JSON.stringify(out, null, 1));
} else if (cmd === 'pseudo') {
  write('en-XA', (_id, source) => pseudo(source));
} else if (cmd === 'fill') {
  const json = JSON.parse(readFileSync(file, 'utf8'));
  write(locale, (id) => {
    const base = id.replace(/\.(zero|one|two|few|many|other)$/, '');
    const value = json[id] ?? json[base];
    if (value && typeof value === 'object') {
      const cat = id.slice(base.length + 1);
      return value[cat] ?? value.other;
    }
    return value;
  });
} else if (cmd === 'missing') {
  const locales = locale ? [locale] : LOCALES.filter((l) => l !== 'en-XA');
  const out = {};
  for (const l of locales)
    for (const u of units(l).list.filter((u) => u.target === undefined))
      (out[plain(u.source)] ??= {})[l] = '';
  console.log(JSON.stringify(out, null, 1));
} else if (cmd === 'pending') {
  const dir = 'i18n/pending';
  const byText = {};
  for (const f of existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.json')) : [])
    for (const [en, tr] of Object.entries(JSON.parse(readFileSync(`${dir}/${f}`, 'utf8'))))
      byText[en] = { ...byText[en], ...tr };
  for (const l of LOCALES.filter((l) => l !== 'en-XA'))
    write(l, (_id, source) => byText[plain(source)]?.[l] || undefined);
} else {
  console.error(
    'usage: node scripts/i18n.mjs pseudo | dump | missing [locale] | pending | fill <locale> <file.json>',
  );
  process.exit(2);
}
