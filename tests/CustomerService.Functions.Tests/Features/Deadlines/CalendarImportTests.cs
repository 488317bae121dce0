using CustomerService.Functions.Features.Deadlines.Calendars;
using CustomerService.Functions.Features.Deadlines.Calendars.Import;

namespace CustomerService.Functions.Tests.Features.Deadlines;

public sealed class CalendarImportTests
{
    private const string Source = "постановление Правительства РФ от 04.10.2024 № 1335";

    [Fact]
    public void Xmlcalendar_format_reads_holidays_transfers_shortened_and_working_days()
    {
        const string xml = """
            <?xml version="1.0" encoding="UTF-8"?>
            <calendar year="2025" lang="ru" date="2025.01.01" country="ru">
              <holidays>
                <holiday id="1" title="Новогодние каникулы" />
                <holiday id="4" title="Международный женский день" />
              </holidays>
              <days>
                <day d="01.01" t="1" h="1" />
                <day d="03.07" t="2" />
                <day d="03.08" t="1" h="4" />
                <day d="05.02" t="1" f="01.04" />
                <day d="11.01" t="3" />
              </days>
            </calendar>
            """;
        var result = ProductionCalendarXml.Parse(xml, Source);
        Assert.True(result.Succeeded, string.Join("; ", result.Problems));
        var days = result.Year!.Days;
        Assert.Equal(new CalendarDay(new DateOnly(2025, 1, 1), CalendarDayKind.Holiday, "Новогодние каникулы"), days[0]);
        Assert.Equal(CalendarDayKind.Shortened, days[1].Kind);
        Assert.Equal(new CalendarDay(new DateOnly(2025, 5, 2), CalendarDayKind.DayOff, "перенос выходного с 04.01"), days[3]);
        Assert.Equal(new CalendarDay(new DateOnly(2025, 11, 1), CalendarDayKind.Working, "рабочий день (перенос)"), days[4]);
        Assert.Equal(Source, result.Year.Source);
    }

    [Fact]
    public void Xmlcalendar_problems_name_their_lines()
    {
        const string xml = """
            <calendar year="2025" lang="ru">
              <holidays><holiday id="1" title="Новый год" /></holidays>
              <days>
                <day d="13.01" t="1" h="1" />
                <day d="01.05" t="7" />
                <day d="01.03" t="1" h="9" />
                <day d="01.02" t="2" />
                <day d="01.02" t="3" />
              </days>
            </calendar>
            """;
        var result = ProductionCalendarXml.Parse(xml, Source);
        Assert.False(result.Succeeded);
        Assert.Null(result.Year);
        Assert.Equal([(4, "d"), (5, "t"), (6, "h"), (8, "date")], result.Problems.Select(p => (p.Line, p.Field!)));
        Assert.Contains("строке 7", result.Problems[3].Message);
    }

    [Fact]
    public void Malformed_xml_and_a_missing_source_are_refused()
    {
        var broken = Assert.Single(ProductionCalendarXml.Parse("<calendar year=\"2025\">\n<days>\n</calendar>", Source).Problems);
        Assert.Equal(3, broken.Line);
        var noSource = ProductionCalendarXml.Parse("<calendar year=\"2025\"><days><day d=\"01.01\" t=\"1\" h=\"1\"/></days><holidays><holiday id=\"1\" title=\"x\"/></holidays></calendar>", " ");
        Assert.Equal("source", Assert.Single(noSource.Problems).Field);
    }

    [Fact]
    public void Csv_reads_days_and_names_bad_lines()
    {
        const string good = "# 2025\ndate,kind,note\n2025-01-01,holiday,Новый год\n2025-05-02,dayOff,\"перенос с 4 января, пост. № 1335\"\n2025-11-01,shortened\n";
        var result = CalendarCsv.Parse(good, Source);
        Assert.True(result.Succeeded, string.Join("; ", result.Problems));
        Assert.Equal(2025, result.Year!.Year);
        Assert.Equal("перенос с 4 января, пост. № 1335", result.Year.Days[1].Note);

        const string bad = "date,kind,note\n2025-01-01,holiday\n2025-02-30,holiday\n2025-03-08,party\n2026-01-01,holiday\n";
        var refused = CalendarCsv.Parse(bad, Source);
        Assert.Null(refused.Year);
        Assert.Equal([(3, "date"), (4, "kind"), (5, "date")], refused.Problems.Select(p => (p.Line, p.Field!)));
    }

    [Fact]
    public void Json_reads_our_format_and_names_the_line_of_a_bad_day()
    {
        const string json = """
            {
              "year": 2025,
              "source": "пост. № 1335",
              "days": [
                { "date": "2025-01-01", "kind": "holiday", "note": "Новый год" },
                { "date": "2025-01-32", "kind": "holiday" },
                {
                  "date": "2025-03-08",
                  "kind": "feast"
                }
              ]
            }
            """;
        var result = CalendarJson.Parse(json);
        Assert.Equal([(6, "date"), (7, "kind")], result.Problems.Select(p => (p.Line, p.Field!)));
        Assert.Equal(5, Assert.Single(CalendarJson.Parse("{\n\"year\": 2025,\n\"source\": \"x\",\n\"days\": [\n{ \"date\": 1 ").Problems).Line);
        Assert.True(CalendarJson.Parse(json.Replace("2025-01-32", "2025-01-31", StringComparison.Ordinal).Replace("feast", "holiday", StringComparison.Ordinal)).Succeeded);
    }
}
