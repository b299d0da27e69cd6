// Enhances the server-rendered pages: every page works without this file.
import { initAll } from "/lib/govuk-frontend/govuk-frontend.min.js";

document.body.classList.add("js-enabled", "govuk-frontend-supported");
initAll();
