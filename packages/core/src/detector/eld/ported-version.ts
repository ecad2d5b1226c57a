/**
 * The version of the `eld` package (nitotm/efficient-language-detector-js) whose detection steps
 * `eld-detector.ts` reproduces and whose data files `language-model.ts` reads by path. A test
 * fails when the installed `eld` is another version: re-check the port against ELD's
 * `languageDetector.js`, then change this and the exact version in package.json together.
 */
export const PORTED_ELD_VERSION = '2.1.0';
