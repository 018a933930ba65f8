/**
 * Opening an input file as a workbook package, telling apart every way it can fail: missing, a
 * directory, encrypted (an OLE file holding "EncryptionInfo"), an old .xls, not a zip, a zip bomb,
 * a corrupt zip, an OpenDocument file, a zip that is not a workbook.
 */
import { promises as fs } from "fs";
import * as path from "path";
import { ok } from "../core";
import { classifyInput } from "./classify-input";
import type { CliResult } from "./cli-error";
import { cliMessages } from "./messages";
import { MAX_INFLATED_BYTES, packageKind, readPackage } from "./xlsx/read-package";
import { workbookPackage, type WorkbookPackage } from "./xlsx/workbook-package";

const megabytes = (bytes: number): string =>
  Math.round(bytes / (1024 * 1024)).toLocaleString("it-IT");

export async function openWorkbookPackage(file: string): Promise<CliResult<WorkbookPackage>> {
  const name = path.basename(file);
  let bytes: Buffer;
  try {
    bytes = await fs.readFile(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT") return cliMessages.fileMissing(file);
    if (code === "EISDIR") return cliMessages.fileIsDirectory(file);
    return cliMessages.fileUnreadable(file, String(code));
  }
  switch (classifyInput(bytes)) {
    case "encrypted":
      return cliMessages.passwordProtected(name);
    case "legacyXls":
      return cliMessages.legacyXls(name);
    case "other":
      return cliMessages.notXlsx(name);
    case "zip":
      break;
  }
  const parts = readPackage(bytes);
  if (!parts.ok && parts.reason === "tooLarge")
    return cliMessages.inflatesTooLarge(
      name,
      megabytes(MAX_INFLATED_BYTES),
      megabytes(parts.inflated)
    );
  if (!parts.ok) return cliMessages.corrupt(name, parts.detail);
  const kind = packageKind(parts.parts);
  switch (kind) {
    case "openDocument":
      return cliMessages.openDocument(name);
    case "otherZip":
      return cliMessages.zipNotWorkbook(name);
    case "workbook":
    case "macroWorkbook":
      break;
  }
  const pkg = workbookPackage(parts.parts, kind === "macroWorkbook");
  if (pkg === null) return cliMessages.zipNotWorkbook(name);
  return ok(pkg);
}
