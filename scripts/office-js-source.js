/**
 * Where the task pane loads office.js from. The default is Microsoft's CDN (AppSource requires it,
 * and it is how hosts get fixes); `OFFICE_JS=self` at build time serves the copy in the
 * @microsoft/office-js package from the add-in's own origin (office-js/ in dist), for offices
 * whose network does not reach the CDN. See docs/deploy.md for the limits.
 */
/* eslint-disable no-undef */
const CDN_ORIGIN = "https://appsforoffice.microsoft.com";
const CDN_OFFICE_JS = `${CDN_ORIGIN}/lib/1/hosted/office.js`;
const SELF_OFFICE_JS = "office-js/office.js";
/** The locales of office.js kept in a self-hosted copy: the pane's languages. */
const KEPT_LOCALES = ["it-it", "it-ch", "en-us"];

function selfHosted(env = {}) {
  const value = env.OFFICE_JS || process.env.OFFICE_JS || "cdn";
  if (value !== "self" && value !== "cdn")
    throw new Error(`OFFICE_JS must be "cdn" (default) or "self": "${value}"`);
  return value === "self";
}

/** The page with office.js from the add-in's origin: the script source and the CSP no longer name the CDN. */
function selfHostedPage(html) {
  if (!html.includes(CDN_OFFICE_JS))
    throw new Error("taskpane.html does not load office.js from the CDN");
  return html.split(CDN_OFFICE_JS).join(SELF_OFFICE_JS).split(` ${CDN_ORIGIN}`).join("");
}

/** Whether a file of @microsoft/office-js/dist (path relative to it) goes into the self-hosted copy. */
function keepOfficeJsFile(relativePath) {
  const [first, ...rest] = relativePath.split(/[\\/]/);
  if (rest.length === 0) return !/\.debug\.js$/.test(first) && first !== "office-vsdoc.js";
  if (/^[a-z]{2,3}(-[a-z0-9]+)+$/i.test(first)) return KEPT_LOCALES.includes(first.toLowerCase());
  return true;
}

module.exports = { CDN_OFFICE_JS, SELF_OFFICE_JS, selfHosted, selfHostedPage, keepOfficeJsFile };
