using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace CustomerService.Functions.Features.Appeals.Journal;

/// <summary>
/// The complaint journal as an XLSX workbook (one sheet): a bold wrapped header row, column
/// widths, dates as real dates (serial numbers with a dd.mm.yyyy format, so they sort and
/// filter as dates), and text as inline strings — never formulas — that are still neutralised
/// by <see cref="FormulaGuard"/> in case the user copies a cell into a CSV or another sheet.
/// </summary>
public static class JournalXlsx
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public const string SheetName = "Журнал жалоб";

    private const uint TextStyle = 0;
    private const uint DateStyle = 1;
    private const uint HeaderStyle = 2;
    private const uint DateFormatId = 164;

    public static byte[] Write(IEnumerable<JournalEntry> entries, TimeZoneInfo zone)
    {
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook();
            workbook.AddNewPart<WorkbookStylesPart>().Stylesheet = Styles();
            var sheet = workbook.AddNewPart<WorksheetPart>();
            var data = new SheetData();
            data.Append(Row(1, ComplaintJournalForm.Columns.Select(c => (object?)c.Header), HeaderStyle));
            uint index = 2;
            foreach (var entry in entries) data.Append(Row(index++, ComplaintJournalForm.Cells(entry, zone), TextStyle));
            sheet.Worksheet = new Worksheet(Widths(), data);
            workbook.Workbook.AppendChild(new Sheets(new Sheet { Id = workbook.GetIdOfPart(sheet), SheetId = 1, Name = SheetName }));
        }
        return stream.ToArray();
    }

    private static Row Row(uint index, IEnumerable<object?> cells, uint textStyle)
    {
        var row = new Row { RowIndex = index };
        var column = 0;
        foreach (var value in cells)
        {
            var reference = ColumnName(column++) + index.ToString(CultureInfo.InvariantCulture);
            if (value is not null) row.Append(Cell(reference, value, textStyle));
        }
        return row;
    }

    private static Cell Cell(string reference, object value, uint textStyle) => value switch
    {
        DateOnly date => new Cell
        {
            CellReference = reference,
            StyleIndex = DateStyle,
            CellValue = new CellValue(date.ToDateTime(TimeOnly.MinValue).ToOADate().ToString(CultureInfo.InvariantCulture)),
        },
        _ => new Cell
        {
            CellReference = reference,
            StyleIndex = textStyle,
            DataType = CellValues.InlineString,
            InlineString = new InlineString(new Text(FormulaGuard.Neutralise(Convert.ToString(value, CultureInfo.InvariantCulture) ?? "")) { Space = SpaceProcessingModeValues.Preserve }),
        },
    };

    /// <summary>A, B, …, Z, AA: enough for any sheet, though the form has eleven columns.</summary>
    internal static string ColumnName(int index) => index < 26 ? ((char)('A' + index)).ToString() : ColumnName(index / 26 - 1) + (char)('A' + index % 26);

    private static Columns Widths() => new(ComplaintJournalForm.Columns.Select((c, i) =>
        new Column { Min = (uint)(i + 1), Max = (uint)(i + 1), Width = c.Width, CustomWidth = true }));

    private static Stylesheet Styles() => new(
        new NumberingFormats(new NumberingFormat { NumberFormatId = DateFormatId, FormatCode = "dd.mm.yyyy" }) { Count = 1 },
        new Fonts(new Font(), new Font(new Bold())) { Count = 2 },
        new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 })) { Count = 2 },
        new Borders(new Border()) { Count = 1 },
        new CellFormats(
            new CellFormat(new Alignment { WrapText = true, Vertical = VerticalAlignmentValues.Top }) { ApplyAlignment = true },
            new CellFormat(new Alignment { Vertical = VerticalAlignmentValues.Top }) { NumberFormatId = DateFormatId, ApplyNumberFormat = true, ApplyAlignment = true },
            new CellFormat(new Alignment { WrapText = true, Vertical = VerticalAlignmentValues.Top }) { FontId = 1, ApplyFont = true, ApplyAlignment = true }) { Count = 3 });
}
