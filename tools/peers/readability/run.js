// Peer for `concord bench extract --peer readability`: Mozilla Readability on jsdom.
// Protocol: one JSON object per input line {"html": ..., "url": ...}; one JSON line out {"text": ...}.
const readline = require('readline');
const { JSDOM, VirtualConsole } = require('jsdom');
const { Readability } = require('@mozilla/readability');

const quiet = new VirtualConsole();
const rl = readline.createInterface({ input: process.stdin, crlfDelay: Infinity });
rl.on('line', (line) => {
  let text = '';
  try {
    const page = JSON.parse(line);
    let url = 'https://example.invalid/';
    try { url = new URL(page.url).href; } catch (e) { /* keep the placeholder */ }
    const dom = new JSDOM(page.html, { url, virtualConsole: quiet });
    const article = new Readability(dom.window.document).parse();
    text = article && article.textContent ? article.textContent : '';
    dom.window.close();
  } catch (e) {
    text = '';
  }
  process.stdout.write(JSON.stringify({ text }) + '\n');
});
