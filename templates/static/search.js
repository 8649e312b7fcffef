// The search page: queries the site's Pagefind index in the browser (no server). Without
// JavaScript the page says so and links the archive; the "Search" link is a plain link.
const form = document.querySelector("form.search");
const input = document.getElementById("search-input");
const status = document.getElementById("search-status");
const list = document.getElementById("search-results");

function result(item) {
  const entry = document.createElement("li");
  const link = document.createElement("a");
  link.href = item.url;
  link.textContent = item.meta.title || item.url;
  const excerpt = document.createElement("p");
  excerpt.innerHTML = item.excerpt; // Pagefind escapes the text and marks the matches
  entry.append(link, excerpt);
  return entry;
}

async function start() {
  const pagefind = await import(form.dataset.pagefind);
  await pagefind.init();
  let latest = 0;
  async function run(query) {
    const mine = ++latest;
    if (!query.trim()) {
      list.replaceChildren();
      status.textContent = "";
      return;
    }
    const found = await pagefind.search(query);
    const items = await Promise.all(found.results.slice(0, 20).map((r) => r.data()));
    if (mine !== latest) return; // a newer query is under way
    list.replaceChildren(...items.map(result));
    status.textContent = found.results.length
      ? form.dataset.found.replace("{count}", String(found.results.length))
      : form.dataset.none;
  }
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    history.replaceState(null, "", `?q=${encodeURIComponent(input.value)}`);
    run(input.value);
  });
  input.addEventListener("input", () => run(input.value));
  const query = new URLSearchParams(location.search).get("q");
  if (query) {
    input.value = query;
    await run(query);
  }
  form.dataset.ready = "true";
}

if (form) start();
