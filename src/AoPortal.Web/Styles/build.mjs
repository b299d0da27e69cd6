// Compiles Styles/app.scss into wwwroot/css/app.css and copies GOV.UK Frontend's script into
// wwwroot/lib/govuk-frontend. Run by the build (FrontEnd.targets) after npm ci; both outputs are git-ignored.
import { compile } from "sass";
import { cpSync, mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const web = join(dirname(fileURLToPath(import.meta.url)), "..");
const govuk = join(web, "node_modules", "govuk-frontend", "dist", "govuk");
const lib = join(web, "wwwroot", "lib", "govuk-frontend");

const css = compile(join(web, "Styles", "app.scss"), {
  loadPaths: [join(web, "node_modules")],
  style: "compressed",
  quietDeps: true,
  silenceDeprecations: ["import"],
});
mkdirSync(join(web, "wwwroot", "css"), { recursive: true });
writeFileSync(join(web, "wwwroot", "css", "app.css"), css.css);

mkdirSync(lib, { recursive: true });
cpSync(join(govuk, "govuk-frontend.min.js"), join(lib, "govuk-frontend.min.js"));
console.log("Front-end assets built into wwwroot");
