/**
 * Builds the add-in into dist/: functions.js + functions.json (English metadata, from the JSDoc)
 * + functions.it-IT.json (Italian metadata), taskpane.html loading the functions AND task-pane
 * bundles in one page (shared runtime), assets/, and manifest.xml with its URLs pointed at the
 * production host. `npm run build` needs no certificate and no network; only `npm run dev-server`
 * asks office-addin-dev-certs for the localhost certificate.
 */
/* eslint-disable no-undef */
const path = require("path");
const { NormalModule } = require("webpack");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const fs = require("fs");
const LocalizedMetadataPlugin = require("./scripts/localized-metadata-plugin");
const { keepOfficeJsFile, selfHosted, selfHostedPage } = require("./scripts/office-js-source");

const urlDev = "https://localhost:3000/";
/** Where dist/ is hosted in production. CHANGE IT, or set ADDIN_URL_PROD when building. */
const urlProd = "https://performance.example.org/addin/";

/** The production base URL: ADDIN_URL_PROD when set, else urlProd; https only, with a final "/". */
function productionUrl() {
  const url = (process.env.ADDIN_URL_PROD || urlProd).trim();
  if (!/^https:\/\/[^\s/]+/i.test(url)) {
    throw new Error(
      `ADDIN_URL_PROD must be an https:// URL (Office loads add-ins over https only): "${url}"`
    );
  }
  return url.endsWith("/") ? url : `${url}/`;
}

/**
 * The metadata plugin also appends plain `CustomFunctions.associate(...)` calls to functions.ts.
 * They would throw a ReferenceError wherever the page runs outside Excel (a browser test of the
 * task pane); functions.ts registers its functions itself, guarded, so that loader is dropped.
 */
class SkipInjectedAssociationsPlugin {
  apply(compiler) {
    const injector = require.resolve("custom-functions-metadata-plugin/lib/loader.js");
    compiler.hooks.compilation.tap("SkipInjectedAssociationsPlugin", (compilation) => {
      NormalModule.getCompilationHooks(compilation).beforeLoaders.tap(
        "SkipInjectedAssociationsPlugin",
        (_, module) => {
          module.loaders = module.loaders.filter((entry) => entry.loader !== injector);
        }
      );
    });
  }
}

module.exports = async (env = {}, options = {}) => {
  const dev = options.mode === "development";
  const serving = Boolean(env.WEBPACK_SERVE);
  // OFFICE_JS=self: office.js from the add-in's own origin (docs/deploy.md); the CDN by default.
  const officeJsSelf = selfHosted(env);
  const officeJsDist = path.dirname(require.resolve("@microsoft/office-js/dist/office.js"));
  const config = {
    devtool: "source-map",
    entry: {
      functions: "./src/functions/functions.ts",
      taskpane: "./src/taskpane/taskpane.ts",
    },
    output: {
      path: path.resolve(__dirname, env.outputPath || "dist"),
      filename: "[name].js",
      clean: true,
    },
    resolve: { extensions: [".ts", ".js"] },
    module: {
      rules: [
        {
          test: /\.ts$/,
          exclude: /node_modules/,
          loader: "ts-loader",
          options: {
            onlyCompileBundledFiles: true,
            // Excel's older webviews lack ES2020 syntax (?. and ??): emit ES2018 (the regex s flag is ES2018)
            compilerOptions: { target: "ES2018", sourceMap: true },
          },
        },
      ],
    },
    plugins: [
      new CustomFunctionsMetadataPlugin({
        output: "functions.json",
        input: "./src/functions/functions.ts",
      }),
      new SkipInjectedAssociationsPlugin(),
      new LocalizedMetadataPlugin({ source: "functions.json", output: "functions.it-IT.json" }),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        ...(officeJsSelf
          ? {
              templateContent: selfHostedPage(
                fs.readFileSync("./src/taskpane/taskpane.html", "utf8")
              ),
            }
          : { template: "./src/taskpane/taskpane.html" }),
        // one page, one runtime: the custom functions are registered by the page Excel keeps alive
        chunks: ["functions", "taskpane"],
        chunksSortMode: "manual",
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*", to: "assets/[name][ext]" },
          { from: "src/taskpane/*.css", to: "[name][ext]", noErrorOnMissing: true },
          ...(officeJsSelf
            ? [
                {
                  from: officeJsDist,
                  to: "office-js",
                  filter: (file) => keepOfficeJsFile(path.relative(officeJsDist, file)),
                  // Microsoft's files as published: not minified again (nor given LICENSE files).
                  info: { minimized: true },
                },
              ]
            : []),
          {
            from: "manifest*.xml",
            to: "[name][ext]",
            transform(content) {
              return dev ? content : content.toString().split(urlDev).join(productionUrl());
            },
          },
        ],
      }),
    ],
    performance: { maxAssetSize: 1024 * 1024, maxEntrypointSize: 1024 * 1024 },
  };
  if (serving) {
    const devCerts = require("office-addin-dev-certs");
    const https = await devCerts.getHttpsServerOptions();
    config.devServer = {
      headers: { "Access-Control-Allow-Origin": "*" },
      server: { type: "https", options: { ca: https.ca, key: https.key, cert: https.cert } },
      port: Number(process.env.npm_package_config_dev_server_port || 3000),
    };
  }
  return config;
};
