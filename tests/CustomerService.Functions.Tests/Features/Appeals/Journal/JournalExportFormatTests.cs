using System.Text;
using CustomerService.Functions.Features.Appeals.Journal;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace CustomerService.Functions.Tests.Features.Appeals.Journal;

public sealed class JournalExportFormatTests
{
    [Theory]
    [InlineData("=HYPERLINK(\"http://evil.example\",\"x\")", "'=HYPERLINK(\"http://evil.example\",\"x\")")]
    [InlineData("+7 913 123", "'+7 913 123")]
    [InlineData("-1+1", "'-1+1")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    [InlineData("\tcmd", "'\tcmd")]
    [InlineData("\rcmd", "'\rcmd")]
    [InlineData("Счёт = 5", "Счёт = 5")]
    [InlineData("12-ФЛ", "12-ФЛ")]
    [InlineData("", "")]
    public void Cells_that_a_spreadsheet_would_run_as_formulas_get_a_leading_apostrophe(string text, string expected)
    {
        Assert.Equal(expected, FormulaGuard.Neutralise(text));
    }

    [Fact]
    public void Csv_fields_are_quoted_when_they_hold_the_separator_quotes_or_line_breaks_and_dates_are_russian()
    {
        Assert.Equal("\"a;b\"", JournalCsv.Field("a;b"));
        Assert.Equal("\"say \"\"hi\"\"\"", JournalCsv.Field("say \"hi\""));
        Assert.Equal("\"two\nlines\"", JournalCsv.Field("two\nlines"));
        Assert.Equal("\"'=1;2\"", JournalCsv.Field("=1;2"));
        Assert.Equal("05.03.2026", JournalCsv.Field(new DateOnly(2026, 3, 5)));
        Assert.Equal("", JournalCsv.Field(null));
    }

    [Fact]
    public void Csv_starts_with_a_bom_and_the_eleven_headers_separated_by_semicolons()
    {
        var entry = JournalPagingTests.Entry(1, "complaint", "registered", new DateTimeOffset(2026, 3, 1, 20, 0, 0, TimeSpan.Zero));
        var bytes = JournalCsv.Write([entry], TimeZoneInfo.FindSystemTimeZoneById("Asia/Krasnoyarsk"));
        Assert.Equal(Encoding.UTF8.GetPreamble(), bytes[..3]);
        var lines = Encoding.UTF8.GetString(bytes[3..]).Split("\r\n");
        Assert.Equal(11, lines[0].Split(';').Length);
        Assert.StartsWith("№;Дата поступления жалобы;", lines[0]);
        // 20:00 UTC on 1 March is 2 March in Krasnoyarsk: the date is the organization's.
        Assert.StartsWith("1-ФЛ;02.03.2026;Иванова Мария Петровна;", lines[1]);
    }

    [Fact]
    public void Xlsx_column_names_go_past_z()
    {
        Assert.Equal(["A", "K", "Z", "AA", "AZ", "BA"], new[] { 0, 10, 25, 26, 51, 52 }.Select(JournalXlsx.ColumnName));
    }

    [Fact]
    public void Xlsx_has_a_date_typed_registration_date_and_text_only_cells()
    {
        var entry = JournalPagingTests.Entry(1, "complaint", "registered", new DateTimeOffset(2026, 3, 1, 0, 0, 0, TimeSpan.Zero)) with { Summary = "=1+1" };
        using var stream = new MemoryStream(JournalXlsx.Write([entry], TimeZoneInfo.Utc));
        using var document = SpreadsheetDocument.Open(stream, false);
        var sheet = document.WorkbookPart!.WorksheetParts.Single().Worksheet;
        var cells = sheet.Descendants<Cell>().ToDictionary(c => c.CellReference!.Value!);
        Assert.Equal(new DateTime(2026, 3, 1).ToOADate().ToString(System.Globalization.CultureInfo.InvariantCulture), cells["B2"].CellValue!.Text);
        Assert.Equal("'=1+1", cells["E2"].InlineString!.InnerText);
        Assert.Empty(sheet.Descendants<CellFormula>());
        Assert.Equal(11, sheet.Descendants<Column>().Count());
    }
}
