// The careers site's own settings on the widget's page: what a site writes
// into `index.html` as `<meta name="rolefit:<option>" content="…">`.

const escapes = { "&": "&amp;", '"': "&quot;", "<": "&lt;", ">": "&gt;" };

/** Serves the widget's page (port 4173, path `/`) with `settings` in its <head>. */
export async function withSiteSettings(page, settings) {
  await page.route(
    (url) => url.port === "4173" && url.pathname === "/",
    async (route) => {
      const response = await route.fetch();
      const metas = Object.entries(settings)
        .map(([name, value]) => `<meta name="rolefit:${name}" content="${value.replace(/[&"<>]/g, (c) => escapes[c])}">`)
        .join("");
      // Before the title, where a site would write them (the built page has no <head> tag).
      await route.fulfill({ response, body: (await response.text()).replace("<title>", `${metas}<title>`) });
    },
  );
}
