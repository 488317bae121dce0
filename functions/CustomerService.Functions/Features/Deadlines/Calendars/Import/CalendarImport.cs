namespace CustomerService.Functions.Features.Deadlines.Calendars.Import;

/// <summary>A problem in an imported calendar file, in Russian, with where it is.</summary>
/// <param name="Line">1-based line in the file; 0 when the file as a whole is wrong.</param>
/// <param name="Field">The field or attribute at fault, where one is.</param>
public sealed record CalendarImportProblem(int Line, string? Field, string Message)
{
    public override string ToString() => Line > 0 ? $"строка {Line}: {Message}" : Message;
}

/// <summary>Either a year of calendar or the problems that stop it; never half of one.</summary>
public sealed record CalendarImportResult(CalendarYear? Year, IReadOnlyList<CalendarImportProblem> Problems)
{
    public bool Succeeded => Year is not null && Problems.Count == 0;

    public static CalendarImportResult Failed(CalendarImportProblem problem) => new(null, [problem]);
}

/// <summary>Checks shared by every format once days are read: one year, no date twice, a source named.</summary>
internal static class CalendarYearCheck
{
    public static CalendarImportResult Finish(int year, string? source, IReadOnlyList<(int Line, CalendarDay Day)> days, List<CalendarImportProblem> problems)
    {
        if (string.IsNullOrWhiteSpace(source))
            problems.Add(new(0, "source", "Не указан правовой источник дат (например, постановление Правительства о переносе выходных дней)."));
        if (year is < 1990 or > 2100)
            problems.Add(new(0, "year", $"Год {year} вне допустимого диапазона 1990–2100."));
        var seen = new Dictionary<DateOnly, int>();
        foreach (var (line, day) in days)
        {
            if (day.Date.Year != year)
                problems.Add(new(line, "date", $"Дата {day.Date:dd.MM.yyyy} не относится к {year} году."));
            if (!seen.TryAdd(day.Date, line))
                problems.Add(new(line, "date", $"Дата {day.Date:dd.MM.yyyy} уже указана в строке {seen[day.Date]}."));
        }
        if (problems.Count > 0) return new CalendarImportResult(null, problems);
        return new CalendarImportResult(new CalendarYear(year, source!.Trim(), days.Select(d => d.Day).OrderBy(d => d.Date).ToList()), problems);
    }

    public static bool TryKind(string? text, out CalendarDayKind kind)
    {
        kind = default;
        return text is not null && Enum.TryParse(text, ignoreCase: true, out kind) && Enum.IsDefined(kind) && !char.IsDigit(text[0]);
    }

    public const string KindNames = "holiday, dayOff, working, shortened";
}
