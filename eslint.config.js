import js from "@eslint/js";
import globals from "globals";
import tseslint from "typescript-eslint";
import reactHooks from "eslint-plugin-react-hooks";
import jsxA11y from "eslint-plugin-jsx-a11y";
import testingLibrary from "eslint-plugin-testing-library";
import jestDom from "eslint-plugin-jest-dom";

export default tseslint.config(
  { ignores: ["dist", "coverage", "node_modules", "dev-dist"] },
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
    // Only the store module may touch browser storage.
    files: ["src/**/*.{ts,tsx}"],
    ignores: ["src/store/**"],
    rules: {
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
  { files: ["**/*.js", "**/*.mjs"], ...tseslint.configs.disableTypeChecked },
);
