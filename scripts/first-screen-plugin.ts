import { createHash } from "node:crypto";
import { createServer, type IndexHtmlTransformContext, type Plugin } from "vite";
import react from "@vitejs/plugin-react";

/**
 * Makes the built index.html paint at once on a slow phone: it holds the first screen as HTML
 * (src/app/prerender.tsx), all of the CSS inline, and a tiny inline script that hides that
 * screen when the app will open on another (src/store/first-screen.ts). The inline CSS and
 * script are allowed by their hashes in the Content-Security-Policy; nothing else inline is.
 * The app's script is fetched by that inline script once the first screen is painted: the page
 * no longer needs it to paint.
 *
 * This runs as index.html is written, before the offline service worker lists it, so the
 * worker's record of the file matches what is served.
 */

type Source = {
  render: () => string;
  markWhenNotFirstScreen: (key: string, firstStepId: string) => void;
  startAppAfterPaint: (src: string, preloads: string[]) => void;
  key: string;
  firstStepId: string;
};

/** Renders the first screen and reads what the inline script needs, through Vite's SSR. */
async function loadSource(root: string): Promise<Source> {
  const vite = await createServer({
    root,
    configFile: false,
    plugins: [react()],
    appType: "custom",
    logLevel: "error",
    server: { middlewareMode: true, hmr: false, ws: false },
    // Only server-side rendering here: no scan of the browser's imports (which would stumble on
    // the PDF's virtual font module, served by the app's own config).
    optimizeDeps: { noDiscovery: true },
  });
  try {
    const { render } = (await vite.ssrLoadModule("/src/app/prerender.tsx")) as Pick<
      Source,
      "render"
    >;
    const { markWhenNotFirstScreen, startAppAfterPaint } = (await vite.ssrLoadModule(
      "/src/store/first-screen.ts",
    )) as Pick<Source, "markWhenNotFirstScreen" | "startAppAfterPaint">;
    const { PERSONAL_KEY } = (await vite.ssrLoadModule("/src/store/keys.ts")) as {
      PERSONAL_KEY: string;
    };
    const { workbook } = (await vite.ssrLoadModule("/src/content/workbook.ts")) as {
      workbook: { steps: readonly { id: string }[] };
    };
    return {
      render,
      markWhenNotFirstScreen,
      startAppAfterPaint,
      key: PERSONAL_KEY,
      firstStepId: workbook.steps[0]!.id,
    };
  } finally {
    await vite.close();
  }
}

const sha256 = (text: string) => `'sha256-${createHash("sha256").update(text).digest("base64")}'`;

/** Takes the one stylesheet out of the build, to be written inline instead. */
function takeCss(ctx: IndexHtmlTransformContext): { name: string; css: string } {
  const bundle = ctx.bundle!;
  const names = Object.keys(bundle).filter((name) => name.endsWith(".css"));
  const name = names[0];
  const asset = name === undefined ? undefined : bundle[name];
  if (names.length !== 1 || asset?.type !== "asset")
    throw new Error(`Expected one stylesheet in the build, found ${names.length}`);
  delete bundle[name!];
  return { name: name!, css: String(asset.source) };
}

/** Adds the hashes of the inline CSS and script to the policy's style-src and script-src. */
function allowInline(html: string, css: string, script: string): string {
  return html.replace(
    /(<meta\s+http-equiv="Content-Security-Policy"\s+content=")([^"]*)(")/,
    (_, start: string, policy: string, end: string) =>
      start +
      policy
        .replace("style-src 'self'", `style-src 'self' ${sha256(css)}`)
        .replace("script-src 'self'", `script-src 'self' ${sha256(script)}`) +
      end,
  );
}

/**
 * Takes the app's module script and its preloads out of the page: the inline script fetches
 * them once the first screen is painted (startAppAfterPaint in src/store/first-screen.ts).
 */
function takeAppScripts(html: string): { html: string; src: string; preloads: string[] } {
  const entry = /<script type="module"[^>]*\ssrc="([^"]+)"[^>]*><\/script>\s*/g;
  const preload = /<link rel="modulepreload"[^>]*\shref="([^"]+)"[^>]*>\s*/g;
  const sources = [...html.matchAll(entry)].map((m) => m[1]!);
  if (sources.length !== 1) throw new Error(`Expected one module script, found ${sources.length}`);
  const preloads = [...html.matchAll(preload)].map((m) => m[1]!);
  return { html: html.replace(entry, "").replace(preload, ""), src: sources[0]!, preloads };
}

export function firstScreen(): Plugin {
  let root = process.cwd();
  return {
    name: "first-screen",
    apply: "build",
    configResolved(config) {
      root = config.root;
    },
    transformIndexHtml: {
      order: "post",
      async handler(html, ctx) {
        if (!ctx.bundle) return html;
        const source = await loadSource(root);
        const { name, css } = takeCss(ctx);
        const app = takeAppScripts(html);
        const args = (...values: unknown[]) => values.map((v) => JSON.stringify(v)).join(",");
        const script =
          `(${source.markWhenNotFirstScreen.toString()})(${args(source.key, source.firstStepId)});` +
          `(${source.startAppAfterPaint.toString()})(${args(app.src, app.preloads)})`;
        // The build's addresses are relative (base "./" in vite.config.ts), so the link reads
        // "./assets/…"; an absolute "/assets/…" is taken too.
        const link = new RegExp(`<link rel="stylesheet"[^>]*href="\\.?/${name}"[^>]*>`);
        if (!link.test(app.html)) throw new Error(`No <link> for ${name} in index.html`);
        return allowInline(app.html, css, script)
          .replace(link, () => `<style>${css}</style>`)
          .replace("</title>", () => `</title>\n    <script>${script}</script>`)
          .replace('<div id="root"></div>', () => `<div id="root">${source.render()}</div>`);
      },
    },
  };
}
