import { classifyInput } from "../../src/cli/classify-input";

const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

describe("classifyInput", () => {
  it("recognises a zip package (an xlsx) by its PK signature", () => {
    expect(classifyInput(Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00]))).toBe("zip");
  });

  it("recognises an encrypted workbook: an OLE file holding an EncryptionInfo stream", () => {
    const bytes = Buffer.concat([
      Buffer.from(OLE),
      Buffer.alloc(500),
      Buffer.from("EncryptionInfo", "utf16le"),
    ]);
    expect(classifyInput(bytes)).toBe("encrypted");
  });

  it("tells an old .xls (OLE without EncryptionInfo) apart from an encrypted xlsx", () => {
    const bytes = Buffer.concat([
      Buffer.from(OLE),
      Buffer.alloc(500),
      Buffer.from("Workbook", "utf16le"),
    ]);
    expect(classifyInput(bytes)).toBe("legacyXls");
  });

  it.each([
    ["a text file", Buffer.from("Obiettivo;Indicatore;Peso\n")],
    ["an empty file", Buffer.alloc(0)],
    ["a PDF", Buffer.from("%PDF-1.7")],
  ])("calls %s other", (_, bytes) => {
    expect(classifyInput(bytes)).toBe("other");
  });
});
