/**
 * Test helper: the 2024 fixture with the parts and markup Excel writes for what people put in their
 * plans (and the former writer lost): a sensitivity label in the custom properties, the add-in's own
 * saved settings (xl/webextensions), a Power Query connection with its customXml mashup, sparklines
 * and drop-downs from another sheet (x14 extensions), ignored errors, a hyperlinked number, print
 * titles, a constant and a sheet-local defined name, a second sheet with a password-protected
 * sheet, a table with its header row, a note with its author, a chart, a pivot table, and
 * workbook-structure protection. The XML is as Excel 365 writes it.
 */
import { readFileSync } from "fs";
import * as path from "path";
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";

const FIXTURE = path.join(__dirname, "..", "..", "fixtures", "albero-2024.xlsx");
const H = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n';
const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const PR = "http://schemas.openxmlformats.org/package/2006/relationships";
const X14 = "http://schemas.microsoft.com/office/spreadsheetml/2009/9/main";

/** The settings the task pane saves (Office.context.document.settings), as Excel stores them. */
export const SAVED_SETTINGS_JSON = '{"version":1,"method":"binary","planYear":2024}';

export const EXCEL_ONLY_PARTS: Readonly<Record<string, string>> = {
  "docProps/custom.xml": `${H}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"><property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="2" name="MSIP_Label_3c0bd2ba-1e5a-4c1e-9d2a-6f5e0e0d1a11_Enabled"><vt:lpwstr>true</vt:lpwstr></property><property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="3" name="MSIP_Label_3c0bd2ba-1e5a-4c1e-9d2a-6f5e0e0d1a11_Name"><vt:lpwstr>Uso interno</vt:lpwstr></property></Properties>`,
  "xl/webextensions/taskpanes.xml": `${H}<wetp:taskpanes xmlns:wetp="http://schemas.microsoft.com/office/webextensions/taskpanes/2010/11"><wetp:taskpane dockstate="right" visibility="0" width="350" row="4"><wetp:webextensionref xmlns:r="${R}" r:id="rId1"/></wetp:taskpane></wetp:taskpanes>`,
  "xl/webextensions/_rels/taskpanes.xml.rels": `${H}<Relationships xmlns="${PR}"><Relationship Id="rId1" Type="http://schemas.microsoft.com/office/2011/relationships/webextension" Target="webextension1.xml"/></Relationships>`,
  "xl/webextensions/webextension1.xml": `${H}<we:webextension xmlns:we="http://schemas.microsoft.com/office/webextensions/webextension/2010/11" id="{5B1E2F4C-7A3D-4E8B-9C61-2D4F6A8B0C1E}"><we:reference id="0f5a6b8c-1d2e-4f30-9a4b-5c6d7e8f9a0b" version="0.1.0.0" store="developer" storeType="Registry"/><we:alternateReferences/><we:properties><we:property name="perfKpi.settings" value="${SAVED_SETTINGS_JSON.replace(/"/g, "&quot;")}"/></we:properties><we:bindings/><we:snapshot xmlns:r="${R}"/></we:webextension>`,
  "xl/connections.xml": `${H}<connections xmlns="${MAIN}"><connection id="1" keepAlive="1" name="Query - Obiettivi" description="Connection to the 'Obiettivi' query in the workbook." type="5" refreshedVersion="8" background="1"><dbPr connection="Provider=Microsoft.Mashup.OleDb.1;Data Source=$Workbook$;Location=Obiettivi;Extended Properties=&quot;&quot;" command="SELECT * FROM [Obiettivi]"/></connection></connections>`,
  "customXml/item1.xml": `<?xml version="1.0" encoding="utf-16"?><DataMashup xmlns="http://schemas.microsoft.com/DataMashup">AAAAAEUDAABQSwMEFAACAAgA</DataMashup>`,
  "customXml/itemProps1.xml": `${H}<ds:datastoreItem ds:itemID="{0A1B2C3D-4E5F-6071-8293-A4B5C6D7E8F9}" xmlns:ds="http://schemas.openxmlformats.org/officeDocument/2006/customXml"><ds:schemaRefs><ds:schemaRef ds:uri="http://schemas.microsoft.com/DataMashup"/></ds:schemaRefs></ds:datastoreItem>`,
  "customXml/_rels/item1.xml.rels": `${H}<Relationships xmlns="${PR}"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXmlProps" Target="itemProps1.xml"/></Relationships>`,
  "xl/worksheets/sheet2.xml": `${H}<worksheet xmlns="${MAIN}" xmlns:r="${R}"><dimension ref="A1:B3"/><sheetViews><sheetView workbookViewId="0"/></sheetViews><sheetFormatPr defaultRowHeight="15"/><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>Area</t></is></c><c r="B1" t="inlineStr"><is><t>Peso</t></is></c></row><row r="2"><c r="A2" t="inlineStr"><is><t>A</t></is></c><c r="B2"><v>0.5</v></c></row><row r="3"><c r="A3" t="inlineStr"><is><t>B</t></is></c><c r="B3"><v>0.5</v></c></row></sheetData><sheetProtection algorithmName="SHA-512" hashValue="x0ZJ2kqcM0o1vxO9mA1xRg==" saltValue="c2FsdHNhbHQ=" spinCount="100000" sheet="1" objects="1" scenarios="1"/><pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/><drawing r:id="rId2"/><legacyDrawing r:id="rId3"/><tableParts count="1"><tablePart r:id="rId1"/></tableParts></worksheet>`,
  "xl/worksheets/_rels/sheet2.xml.rels": `${H}<Relationships xmlns="${PR}"><Relationship Id="rId3" Type="${R}/vmlDrawing" Target="../drawings/vmlDrawing1.vml"/><Relationship Id="rId2" Type="${R}/drawing" Target="../drawings/drawing1.xml"/><Relationship Id="rId1" Type="${R}/table" Target="../tables/table1.xml"/><Relationship Id="rId4" Type="${R}/comments" Target="../comments1.xml"/></Relationships>`,
  "xl/tables/table1.xml": `${H}<table xmlns="${MAIN}" id="1" name="Aree" displayName="Aree" ref="A1:B3" totalsRowShown="0"><autoFilter ref="A1:B3"/><tableColumns count="2"><tableColumn id="1" name="Area"/><tableColumn id="2" name="Peso"/></tableColumns><tableStyleInfo name="TableStyleMedium2" showFirstColumn="0" showLastColumn="0" showRowStripes="1" showColumnStripes="0"/></table>`,
  "xl/comments1.xml": `${H}<comments xmlns="${MAIN}"><authors><author>Ufficio controllo di gestione</author></authors><commentList><comment ref="B2" authorId="0"><text><r><t>Peso deliberato dalla Giunta</t></r></text></comment></commentList></comments>`,
  "xl/drawings/vmlDrawing1.vml": `<xml xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel"><v:shape id="_x0000_s1025" type="#_x0000_t202" style="position:absolute;visibility:hidden"><x:ClientData ObjectType="Note"><x:Row>1</x:Row><x:Column>1</x:Column></x:ClientData></v:shape></xml>`,
  "xl/drawings/drawing1.xml": `${H}<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><xdr:twoCellAnchor><xdr:from><xdr:col>3</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>1</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from><xdr:to><xdr:col>9</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>15</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to><xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="2" name="Grafico 1"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr><xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm><a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart"><c:chart xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:r="${R}" r:id="rId1"/></a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor></xdr:wsDr>`,
  "xl/drawings/_rels/drawing1.xml.rels": `${H}<Relationships xmlns="${PR}"><Relationship Id="rId1" Type="${R}/chart" Target="../charts/chart1.xml"/></Relationships>`,
  "xl/charts/chart1.xml": `${H}<c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="${R}"><c:chart><c:plotArea><c:layout/><c:barChart><c:barDir val="col"/><c:grouping val="clustered"/><c:ser><c:idx val="0"/><c:order val="0"/><c:val><c:numRef><c:f>Dati!$B$2:$B$3</c:f></c:numRef></c:val></c:ser><c:axId val="1"/><c:axId val="2"/></c:barChart><c:catAx><c:axId val="1"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="b"/><c:crossAx val="2"/></c:catAx><c:valAx><c:axId val="2"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="l"/><c:crossAx val="1"/></c:valAx></c:plotArea></c:chart></c:chartSpace>`,
  "xl/pivotCache/pivotCacheDefinition1.xml": `${H}<pivotCacheDefinition xmlns="${MAIN}" xmlns:r="${R}" r:id="rId1" refreshedVersion="8" recordCount="2"><cacheSource type="worksheet"><worksheetSource ref="A1:B3" sheet="Dati"/></cacheSource><cacheFields count="2"><cacheField name="Area" numFmtId="0"><sharedItems count="2"><s v="A"/><s v="B"/></sharedItems></cacheField><cacheField name="Peso" numFmtId="0"><sharedItems containsSemiMixedTypes="0" containsString="0" containsNumber="1" minValue="0.5" maxValue="0.5"/></cacheField></cacheFields></pivotCacheDefinition>`,
  "xl/pivotCache/_rels/pivotCacheDefinition1.xml.rels": `${H}<Relationships xmlns="${PR}"><Relationship Id="rId1" Type="${R}/pivotCacheRecords" Target="pivotCacheRecords1.xml"/></Relationships>`,
  "xl/pivotCache/pivotCacheRecords1.xml": `${H}<pivotCacheRecords xmlns="${MAIN}" count="2"><r><x v="0"/><n v="0.5"/></r><r><x v="1"/><n v="0.5"/></r></pivotCacheRecords>`,
};

/** What the plan sheet gets inside: x14 sparklines and drop-downs, ignored errors, a linked number. */
function planSheetWithExtensions(xml: string): string {
  const hyperlinks = '<hyperlinks><hyperlink ref="E6" r:id="rIdLink1" display="12"/></hyperlinks>';
  const ignored =
    '<ignoredErrors><ignoredError sqref="C6:C140" numberStoredAsText="1"/></ignoredErrors>';
  const ext =
    `<extLst><ext uri="{CCE6A557-97BC-4b89-ADB6-D9C93CAAB3DF}" xmlns:x14="${X14}"><x14:dataValidations count="1" xmlns:xm="http://schemas.microsoft.com/office/excel/2006/main"><x14:dataValidation type="list" allowBlank="1" showInputMessage="1" showErrorMessage="1"><x14:formula1><xm:f>Dati!$A$2:$A$3</xm:f></x14:formula1><xm:sqref>D6:D140</xm:sqref></x14:dataValidation></x14:dataValidations></ext>` +
    `<ext uri="{05C60535-1F16-4fd2-B633-F4F36F0B64E0}" xmlns:x14="${X14}"><x14:sparklineGroups xmlns:xm="http://schemas.microsoft.com/office/excel/2006/main"><x14:sparklineGroup displayEmptyCellsAs="gap"><x14:colorSeries rgb="FF376092"/><x14:sparklines><x14:sparkline><xm:f>'Albero 2024'!E6:F6</xm:f><xm:sqref>I6</xm:sqref></x14:sparkline></x14:sparklines></x14:sparklineGroup></x14:sparklineGroups></ext></extLst>`;
  // A target that is a number with a link on it: E6 holds 1 → make it 12 to see it read.
  const linked = xml.replace('<c r="E6" s="3"><v>1</v></c>', '<c r="E6" s="3"><v>12</v></c>');
  return linked
    .replace("</sheetData>", `</sheetData>${hyperlinks}`)
    .replace(/<pageSetup [^>]*\/>/, (setup) => `${setup}${ignored}${ext}`)
    .replace("<pageMargins", '<printOptions gridLines="1"/><pageMargins');
}

export function excelFeatureWorkbook(): { bytes: Uint8Array; parts: Record<string, Uint8Array> } {
  const base = unzipSync(new Uint8Array(readFileSync(FIXTURE)));
  const parts: Record<string, Uint8Array> = {};
  for (const [name, data] of Object.entries(base)) parts[name] = data;
  const text = (name: string): string => strFromU8(parts[name] ?? new Uint8Array());
  const set = (name: string, value: string): void => {
    parts[name] = strToU8(value);
  };
  for (const [name, value] of Object.entries(EXCEL_ONLY_PARTS)) set(name, value);
  set("xl/worksheets/sheet1.xml", planSheetWithExtensions(text("xl/worksheets/sheet1.xml")));
  set(
    "xl/worksheets/_rels/sheet1.xml.rels",
    `${H}<Relationships xmlns="${PR}"><Relationship Id="rIdLink1" Type="${R}/hyperlink" Target="https://www.example.org/fonte-dati" TargetMode="External"/></Relationships>`
  );
  set(
    "xl/workbook.xml",
    text("xl/workbook.xml")
      .replace(
        "<sheets>",
        '<workbookProtection workbookAlgorithmName="SHA-512" workbookHashValue="bWFzaA==" workbookSaltValue="c2FsdA==" workbookSpinCount="100000" lockStructure="1"/><bookViews><workbookView xWindow="0" yWindow="0" windowWidth="28800" windowHeight="12300"/></bookViews><sheets>'
      )
      .replace(
        "</sheets>",
        `<sheet name="Dati" sheetId="2" r:id="rId5"/></sheets><definedNames><definedName name="_xlnm.Print_Titles" localSheetId="0">'Albero 2024'!$3:$3</definedName><definedName name="Aree" localSheetId="1">Dati!$A$2:$A$3</definedName><definedName name="Soglia">0.8</definedName></definedNames>`
      )
      .replace(
        '<calcPr calcId="171027"/>',
        '<calcPr calcId="171027"/><pivotCaches><pivotCache cacheId="1" r:id="rId7"/></pivotCaches>'
      )
  );
  set(
    "xl/_rels/workbook.xml.rels",
    text("xl/_rels/workbook.xml.rels").replace(
      "</Relationships>",
      `<Relationship Id="rId5" Type="${R}/worksheet" Target="worksheets/sheet2.xml"/><Relationship Id="rId6" Type="${R}/connections" Target="connections.xml"/><Relationship Id="rId7" Type="${R}/pivotCacheDefinition" Target="pivotCache/pivotCacheDefinition1.xml"/><Relationship Id="rId8" Type="${R}/customXml" Target="../customXml/item1.xml"/></Relationships>`
    )
  );
  set(
    "_rels/.rels",
    text("_rels/.rels").replace(
      "</Relationships>",
      `<Relationship Id="rId4" Type="${R}/custom-properties" Target="docProps/custom.xml"/><Relationship Id="rId5" Type="http://schemas.microsoft.com/office/2011/relationships/webextensiontaskpanes" Target="xl/webextensions/taskpanes.xml"/></Relationships>`
    )
  );
  set(
    "[Content_Types].xml",
    text("[Content_Types].xml").replace(
      "</Types>",
      '<Override PartName="/docProps/custom.xml" ContentType="application/vnd.openxmlformats-officedocument.custom-properties+xml"/>' +
        '<Override PartName="/xl/webextensions/taskpanes.xml" ContentType="application/vnd.ms-office.webextensiontaskpanes+xml"/>' +
        '<Override PartName="/xl/webextensions/webextension1.xml" ContentType="application/vnd.ms-office.webextension+xml"/>' +
        '<Override PartName="/xl/connections.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.connections+xml"/>' +
        '<Override PartName="/customXml/itemProps1.xml" ContentType="application/vnd.openxmlformats-officedocument.customXmlProperties+xml"/>' +
        '<Override PartName="/xl/worksheets/sheet2.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>' +
        '<Override PartName="/xl/tables/table1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.table+xml"/>' +
        '<Override PartName="/xl/comments1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml"/>' +
        '<Override PartName="/xl/drawings/drawing1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawing+xml"/>' +
        '<Override PartName="/xl/charts/chart1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"/>' +
        '<Override PartName="/xl/pivotCache/pivotCacheDefinition1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.pivotCacheDefinition+xml"/>' +
        '<Override PartName="/xl/pivotCache/pivotCacheRecords1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.pivotCacheRecords+xml"/>' +
        "</Types>"
    )
  );
  return { bytes: zipSync(parts), parts };
}
