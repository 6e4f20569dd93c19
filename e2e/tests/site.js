// The careers site's own settings on the widget's page: what a site writes
// into `index.html` as `<meta name="rolefit:<option>" content="…">`.

const escapes = { "&": "&amp;", '"': "&quot;", "<": "&lt;", ">": "&gt;" };

/** Serves the widget's page (port 4173, path `/`) as `edit` rewrites its HTML. */
export async function withPage(page, edit) {
  await page.route(
    (url) => url.port === "4173" && url.pathname === "/",
    async (route) => {
      const response = await route.fetch();
      await route.fulfill({ response, body: edit(await response.text()) });
    },
  );
}

/** Serves the widget's page with `html` in its <head>, before the title, where a
 * site would write it (the built page has no <head> tag). */
export const withHead = (page, html) => withPage(page, (text) => text.replace("<title>", `${html}<title>`));

/** Serves the widget's page with `settings` in its <head>. */
export function withSiteSettings(page, settings) {
  const metas = Object.entries(settings)
    .map(([name, value]) => `<meta name="rolefit:${name}" content="${value.replace(/[&"<>]/g, (c) => escapes[c])}">`)
    .join("");
  return withHead(page, metas);
}
