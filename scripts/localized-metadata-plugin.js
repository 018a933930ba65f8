/**
 * Webpack plugin: after CustomFunctionsMetadataPlugin has generated the English functions.json
 * from the JSDoc of src/functions/functions.ts, emit the Italian metadata (functions.it-IT.json)
 * from it and src/functions/descriptions.it.ts, through src/functions/localize-metadata.ts.
 * A missing or stray Italian text fails the build.
 */
"use strict";
const path = require("path");
const { Compilation, WebpackError, sources } = require("webpack");

const PLUGIN_NAME = "LocalizedMetadataPlugin";
const ROOT = path.join(__dirname, "..");
const TEXTS = path.join(ROOT, "src/functions/descriptions.it.ts");
const LOCALIZER = path.join(ROOT, "src/functions/localize-metadata.ts");

/** Loads a TypeScript module of this repository fresh (so watch mode sees edits). */
function loadTypeScript(file) {
  if (!require.extensions[".ts"]) {
    require("ts-node").register({ transpileOnly: true, compilerOptions: { module: "commonjs" } });
  }
  delete require.cache[require.resolve(file)];
  return require(file);
}

class LocalizedMetadataPlugin {
  /** @param {{ source: string, output: string }} options asset names: English input, localized output */
  constructor(options) {
    this.options = options;
  }

  apply(compiler) {
    compiler.hooks.thisCompilation.tap(PLUGIN_NAME, (compilation) => {
      compilation.fileDependencies.add(TEXTS);
      compilation.fileDependencies.add(LOCALIZER);
      compilation.hooks.processAssets.tap(
        { name: PLUGIN_NAME, stage: Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL },
        () => {
          const asset = compilation.getAsset(this.options.source);
          if (!asset) {
            compilation.errors.push(
              new WebpackError(`${PLUGIN_NAME}: ${this.options.source} was not generated`)
            );
            return;
          }
          const english = JSON.parse(asset.source.source().toString());
          const { DESCRIPTIONS_IT } = loadTypeScript(TEXTS);
          const { localizeMetadata } = loadTypeScript(LOCALIZER);
          const { metadata, problems } = localizeMetadata(english, DESCRIPTIONS_IT);
          for (const problem of problems)
            compilation.errors.push(new WebpackError(`${PLUGIN_NAME}: ${problem}`));
          compilation.emitAsset(
            this.options.output,
            new sources.RawSource(JSON.stringify(metadata, null, 2))
          );
        }
      );
    });
  }
}

module.exports = LocalizedMetadataPlugin;
