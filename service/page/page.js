// The quote attribution page: posts the article to /attribute once, then filters and marks it locally.
// Offsets in the answer count Unicode code points, so the text is indexed as Array.from(text), never
// by JavaScript's UTF-16 string indices (an emoji is one code point but two UTF-16 units).
"use strict";

const state = { text: "", points: [], response: null, speaker: null, selected: null };
const ROLES = ["content", "speaker", "cue"];
const TYPE_NAMES = { direct: "Direct", mixed: "Mixed", indirect: "Indirect" };

function $(id) {
  return document.getElementById(id);
}

function setStatus(message, isError) {
  const status = $("status");
  status.textContent = message;
  status.classList.toggle("error", Boolean(isError));
}

async function submitArticle(event) {
  event.preventDefault();
  const text = $("article-text").value;
  if (!text.trim()) {
    setStatus("Paste an article or open a .txt file first.", true);
    return;
  }
  $("submit").disabled = true;
  setStatus("Finding quotes…");
  try {
    // Every type and no floor: the filters on the page narrow the answer without asking again.
    const response = await fetch("/attribute", {
      method: "POST",
      headers: { "Content-Type": "application/json", "Accept": "application/json" },
      body: JSON.stringify({ text: text, options: { min_confidence: 0 } }),
    });
    const body = await response.json().catch(() => null);
    if (!response.ok) {
      const detail = body && body.detail ? body.detail : response.statusText;
      setStatus(`The service answered ${response.status}: ${detail}`, true);
      return;
    }
    showAnswer(text, body);
    setStatus(`${body.quotes.length} quote(s) found in ${Math.round(body.timing_ms)} ms.`);
  } catch (error) {
    setStatus(`The service could not be reached: ${error.message}`, true);
  } finally {
    $("submit").disabled = false;
  }
}

function showAnswer(text, body) {
  state.text = text;
  state.points = Array.from(text);
  state.response = body;
  state.speaker = null;
  state.selected = null;
  $("raw-json").textContent = JSON.stringify(body, null, 2);
  $("results").hidden = false;
  render();
}

function openFile(event) {
  const file = event.target.files[0];
  if (!file) {
    return;
  }
  const reader = new FileReader();
  reader.onload = () => {
    $("article-text").value = reader.result;
    setStatus(`Opened ${file.name}; press "Find quotes".`);
  };
  reader.onerror = () => setStatus(`Could not read ${file.name}.`, true);
  reader.readAsText(file, "utf-8");
}

function shownTypes() {
  return new Set(Array.from(document.querySelectorAll('input[name="type"]:checked'), (box) => box.value));
}

function minConfidence() {
  return parseFloat($("min-confidence").value);
}

// Quotes passing the type and confidence filters, with their index in the answer.
function filteredQuotes() {
  const types = shownTypes();
  const floor = minConfidence();
  return state.response.quotes
    .map((quote, index) => ({ quote, index }))
    .filter(({ quote }) => types.has(quote.type) && quote.confidence >= floor);
}

function speakerId(quote) {
  return quote.speaker && quote.speaker.id ? quote.speaker.id : null;
}

function contentSpans(quote) {
  return quote.fragments && quote.fragments.length ? quote.fragments : [quote];
}

// Every marked span of the shown quotes: [start, end) in code points, its role and its quote.
function marksOf(shown) {
  const marks = [];
  for (const { quote, index } of shown) {
    for (const span of contentSpans(quote)) {
      marks.push({ start: span.start, end: span.end, role: "content", index, type: quote.type });
    }
    if (quote.speaker && quote.speaker.start != null && quote.speaker.end > quote.speaker.start) {
      marks.push({ start: quote.speaker.start, end: quote.speaker.end, role: "speaker", index });
    }
    if (quote.cue && quote.cue.end > quote.cue.start) {
      marks.push({ start: quote.cue.start, end: quote.cue.end, role: "cue", index });
    }
  }
  return marks;
}

// The text cut at every mark boundary; each piece lists the marks that cover it.
function pieces(marks) {
  const cuts = new Set([0, state.points.length]);
  for (const mark of marks) {
    cuts.add(mark.start);
    cuts.add(mark.end);
  }
  const sorted = Array.from(cuts).filter((cut) => cut >= 0 && cut <= state.points.length).sort((a, b) => a - b);
  const result = [];
  for (let i = 0; i + 1 < sorted.length; i += 1) {
    const start = sorted[i];
    const end = sorted[i + 1];
    result.push({ start, end, covering: marks.filter((mark) => mark.start <= start && mark.end >= end) });
  }
  return result;
}

function describe(quote) {
  const who = quote.speaker ? quote.speaker.name : "no speaker found";
  const speakerConfidence = quote.speaker ? `, speaker ${quote.speaker.confidence.toFixed(2)}` : "";
  return `${TYPE_NAMES[quote.type] || quote.type} quote by ${who} (quote ${quote.confidence.toFixed(2)}${speakerConfidence})`;
}

// The mark of a role that covers a piece most tightly: a quote reported inside another (a nested
// report inside a transcript turn) is marked, and selected, as itself.
function innermost(piece, role) {
  const marks = piece.covering.filter((candidate) => candidate.role === role);
  marks.sort((a, b) => (a.end - a.start) - (b.end - b.start));
  return marks[0];
}

// The quote a piece belongs to: its innermost content, else its speaker's or cue's quote.
function ownerOf(piece) {
  const mark = innermost(piece, "content") || piece.covering[0];
  return mark ? mark.index : null;
}

function pieceElement(piece, firstOfQuote) {
  const text = state.points.slice(piece.start, piece.end).join("");
  if (!piece.covering.length) {
    return document.createTextNode(text);
  }
  const element = document.createElement("mark");
  element.textContent = text;
  for (const role of ROLES) {
    const mark = innermost(piece, role);
    if (mark) {
      element.dataset[role] = String(mark.index);
      element.classList.add(`q-${role}`);
      if (role === "content") {
        element.classList.add(`type-${mark.type}`);
      }
    }
  }
  const index = Number(ownerOf(piece));
  const quote = state.response.quotes[index];
  element.dataset.quote = String(index);
  element.title = describe(quote);
  if (state.selected === index) {
    element.classList.add("selected");
  }
  // One tab stop per quote: its first marked piece.
  if (firstOfQuote) {
    element.tabIndex = 0;
    element.setAttribute("role", "button");
    element.setAttribute("aria-label", `${describe(quote)}: ${quote.text}`);
  }
  return element;
}

function renderArticle(shown) {
  const article = $("article");
  article.replaceChildren();
  const reached = new Set();
  for (const piece of pieces(marksOf(shown))) {
    const index = ownerOf(piece);
    const first = index !== null && !reached.has(index);
    if (index !== null) {
      reached.add(index);
    }
    article.appendChild(pieceElement(piece, first));
  }
}

function renderSpeakers(shown) {
  const counts = new Map();
  for (const { quote } of shown) {
    const id = speakerId(quote);
    if (id !== null) {
      counts.set(id, (counts.get(id) || 0) + 1);
    }
  }
  const list = $("speakers");
  list.replaceChildren();
  const groups = (state.response.speakers || []).filter((group) => counts.has(group.id));
  groups.sort((a, b) => counts.get(b.id) - counts.get(a.id) || a.name.localeCompare(b.name));
  for (const group of groups) {
    const item = document.createElement("li");
    const button = document.createElement("button");
    button.type = "button";
    button.dataset.speaker = group.id;
    button.setAttribute("aria-pressed", String(state.speaker === group.id));
    const name = document.createElement("span");
    name.className = "name";
    name.textContent = group.name;
    const kind = document.createElement("span");
    kind.className = "kind";
    kind.textContent = ` ${group.kind}`;
    name.appendChild(kind);
    const count = document.createElement("span");
    count.className = "count";
    count.textContent = String(counts.get(group.id));
    count.setAttribute("aria-label", `${counts.get(group.id)} quote(s)`);
    button.append(name, count);
    button.addEventListener("click", () => {
      state.speaker = state.speaker === group.id ? null : group.id;
      render();
    });
    item.appendChild(button);
    list.appendChild(item);
  }
  if (!groups.length) {
    const item = document.createElement("li");
    item.textContent = "No speakers among the quotes shown.";
    list.appendChild(item);
  }
}

function detailRow(list, term, value) {
  const dt = document.createElement("dt");
  dt.textContent = term;
  const dd = document.createElement("dd");
  dd.textContent = value;
  list.append(dt, dd);
}

function renderDetails() {
  const details = $("details");
  details.replaceChildren();
  if (state.selected === null) {
    const none = document.createElement("p");
    none.textContent = "None selected.";
    details.appendChild(none);
    return;
  }
  const quote = state.response.quotes[state.selected];
  const list = document.createElement("dl");
  detailRow(list, "Quote", quote.text);
  detailRow(list, "Type", TYPE_NAMES[quote.type] || quote.type);
  detailRow(list, "Confidence", quote.confidence.toFixed(2));
  if (quote.speaker) {
    detailRow(list, "Speaker", quote.speaker.name);
    detailRow(list, "Written as", quote.speaker.text);
    detailRow(list, "Speaker confidence", quote.speaker.confidence.toFixed(2));
  } else {
    detailRow(list, "Speaker", "none found");
  }
  detailRow(list, "Cue", quote.cue ? quote.cue.text : "none");
  detailRow(list, "Characters", `${quote.start}–${quote.end}`);
  details.appendChild(list);
}

function render() {
  if (!state.response) {
    return;
  }
  $("min-confidence-value").textContent = minConfidence().toFixed(2);
  const filtered = filteredQuotes();
  const shown = state.speaker === null ? filtered : filtered.filter(({ quote }) => speakerId(quote) === state.speaker);
  if (state.selected !== null && !shown.some(({ index }) => index === state.selected)) {
    state.selected = null;
  }
  renderArticle(shown);
  renderSpeakers(filtered);
  renderDetails();
  $("results-title").textContent = `Quotes (${shown.length} of ${state.response.quotes.length} shown)`;
}

function selectFrom(event) {
  const mark = event.target.closest("mark[data-quote]");
  if (!mark) {
    return;
  }
  state.selected = Number(mark.dataset.quote);
  const focused = document.activeElement === mark;
  render();
  if (focused) {
    const again = $("article").querySelector(`mark[data-quote="${state.selected}"][tabindex="0"]`);
    if (again) {
      again.focus();
    }
  }
}

function init() {
  $("article-form").addEventListener("submit", submitArticle);
  $("article-file").addEventListener("change", openFile);
  $("filters").addEventListener("input", render);
  $("article").addEventListener("click", selectFrom);
  $("article").addEventListener("keydown", (event) => {
    if (event.key === "Enter" || event.key === " ") {
      event.preventDefault();
      selectFrom(event);
    }
  });
}

document.addEventListener("DOMContentLoaded", init);
