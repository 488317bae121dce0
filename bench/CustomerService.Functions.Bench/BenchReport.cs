using System.Globalization;

namespace CustomerService.Functions.Bench;

/// <summary>Collects figures and prints them as one table, each with the yardstick it is compared to.</summary>
public sealed class BenchReport
{
    private readonly List<(string Section, string Figure, double Value, string Unit, string? Comparison)> _rows = [];

    public void Add(string section, string figure, double value, string unit, string? comparison = null) =>
        _rows.Add((section, figure, value, unit, comparison));

    public void Print(TextWriter writer)
    {
        writer.WriteLine();
        writer.WriteLine($"{"section",-10} {"figure",-50} {"value",12} {"unit",-10} comparison (same run)");
        writer.WriteLine(new string('-', 130));
        foreach (var row in _rows)
        {
            writer.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{row.Section,-10} {row.Figure,-50} {row.Value,12:0.0} {row.Unit,-10} {row.Comparison}"));
        }
    }
}
