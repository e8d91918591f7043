import js from "@eslint/js";
import globals from "globals";
import tseslint from "typescript-eslint";
import reactHooks from "eslint-plugin-react-hooks";
import jsxA11y from "eslint-plugin-jsx-a11y";
import testingLibrary from "eslint-plugin-testing-library";
import jestDom from "eslint-plugin-jest-dom";
import importPlugin from "eslint-plugin-import";

/**
 * The layers of src/, lowest first. Each may import only from the layers before it in its own
 * list: content knows nothing of the app; formats (what is read from outside or written out)
 * know content; the store and the PDF know formats; features know all of those; app (the shell)
 * knows features. Features may use one another's parts.
 */
const layers = {
  lib: [],
  content: ["lib"],
  ui: ["lib", "content"],
  formats: ["lib", "content"],
  fields: ["lib", "content", "ui"],
  store: ["lib", "content", "formats"],
  pdf: ["lib", "content", "formats"],
  features: ["lib", "content", "ui", "formats", "fields", "store", "pdf", "features"],
  app: ["lib", "content", "ui", "formats", "fields", "store", "pdf", "features", "app"],
};
const layerZones = Object.entries(layers).flatMap(([layer, allowed]) =>
  Object.keys(layers)
    .filter((other) => other !== layer && !allowed.includes(other))
    .map((other) => ({
      target: `./src/${layer}`,
      from: `./src/${other}`,
      message: `${layer}/ may not import from ${other}/: imports flow content ← formats ← store, pdf ← features ← app.`,
    })),
);

export default tseslint.config(
  {
    ignores: ["dist", "coverage", "node_modules", "dev-dist", "test-results", "playwright-report"],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      ecmaVersion: 2023,
      globals: { ...globals.browser },
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
  },
  {
    files: ["src/**/*.{ts,tsx}", "tests/unit/**/*.{ts,tsx}"],
    plugins: { "react-hooks": reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
  {
    files: ["**/*.{ts,tsx}"],
    rules: {
      "@typescript-eslint/consistent-type-imports": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_" }],
    },
  },
  { files: ["src/**/*.tsx"], ...jsxA11y.flatConfigs.strict },
  {
    files: ["src/**/*.{ts,tsx}"],
    plugins: { import: importPlugin },
    settings: { "import/resolver": { node: { extensions: [".ts", ".tsx", ".js"] } } },
    rules: {
      "import/no-restricted-paths": ["error", { zones: layerZones }],
      "max-lines": ["error", { max: 400 }],
      "max-lines-per-function": ["error", { max: 80 }],
      "@typescript-eslint/switch-exhaustiveness-check": [
        "error",
        { considerDefaultExhaustiveForUnions: false, requireDefaultForNonUnion: false },
      ],
    },
  },
  {
    // A language's words are data in the English words' shape, one file per part of the app.
    // Splitting one would make every translator split theirs the same way, for no reader's gain.
    files: ["src/content/words/**/*.ts"],
    rules: { "max-lines": "off" },
  },
  {
    // jsPDF and the fonts are big: the PDF writer is reached only through import(), on demand.
    files: ["src/**/*.{ts,tsx}"],
    ignores: ["src/pdf/**"],
    rules: {
      "@typescript-eslint/no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: [
                "**/pdf/make-pdf",
                "**/pdf/write-pdf",
                "**/pdf/fonts",
                "**/pdf/draw-*",
                "**/pdf/layout",
              ],
              allowTypeImports: true,
              message: "Load the PDF writer with import() when a PDF is asked for.",
            },
          ],
        },
      ],
    },
  },
  {
    // Only the store module may touch browser storage. Data kept beside a workbook goes through
    // its stored-value primitive (store/stored-value.ts), which has the workbook's guarantees.
    files: ["src/**/*.{ts,tsx}"],
    ignores: ["src/store/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["**/store/storage"],
              allowTypeImports: true,
              message: "Keep data beside the workbook with store/stored-value.ts.",
            },
          ],
        },
      ],
      "no-restricted-globals": [
        "error",
        { name: "localStorage", message: "Use the store in src/store; it owns saved data." },
        { name: "sessionStorage", message: "Use the store in src/store; it owns saved data." },
      ],
      "no-restricted-properties": [
        "error",
        { object: "window", property: "localStorage", message: "Use the store in src/store." },
      ],
    },
  },
  {
    files: ["tests/unit/**/*.{ts,tsx}"],
    ...testingLibrary.configs["flat/react"],
  },
  { files: ["tests/unit/**/*.{ts,tsx}"], ...jestDom.configs["flat/recommended"] },
  {
    files: ["tests/e2e/**/*.ts", "*.config.{ts,js}", "scripts/**/*.{ts,js,mjs}"],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    // End-to-end tests wait for what the app shows, never for a length of time
    // (playwright.config.ts says how).
    files: ["tests/e2e/**/*.ts"],
    rules: {
      "no-restricted-properties": [
        "error",
        { property: "waitForTimeout", message: "Wait for what the app shows, not for a time." },
      ],
      "no-restricted-globals": [
        "error",
        { name: "setTimeout", message: "Wait for what the app shows, not for a time." },
        { name: "setInterval", message: "Wait for what the app shows, not for a time." },
      ],
    },
  },
  { files: ["**/*.js", "**/*.mjs"], ...tseslint.configs.disableTypeChecked },
);
