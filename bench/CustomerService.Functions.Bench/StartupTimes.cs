namespace CustomerService.Functions.Bench;

/// <summary>
/// Handler start-up (process start → first 200 from /api/health), in hosted and standalone
/// mode, beside a bare minimal-API app published and started the same way.
/// </summary>
public static class StartupTimes
{
    public static async Task RunAsync(BenchOptions options, BenchReport report)
    {
        var runs = options.Quick ? 3 : 9;
        var handler = ExecutableIn(options.HandlerDirectory, "CustomerService.Functions");
        var bareApp = ExecutableIn(options.BareDirectory, "BareMinimalApi");
        var (standalone, hosted, bare) = (new List<double>(), new List<double>(), new List<double>());
        // Warm the disk cache once per executable, then alternate so all three see the same machine state.
        await StartOnceAsync(handler, options, hosted: false);
        await StartOnceAsync(bareApp, options, hosted: false);
        for (var i = 0; i < runs; i++)
        {
            standalone.Add(await StartOnceAsync(handler, options, hosted: false));
            hosted.Add(await StartOnceAsync(handler, options, hosted: true));
            bare.Add(await StartOnceAsync(bareApp, options, hosted: false));
        }
        var bareMs = Measure.Median(bare);
        Report(report, "handler, hosted mode (as Azure starts it)", Measure.Median(hosted), bareMs, runs);
        Report(report, "handler, standalone (runs its own triggers)", Measure.Median(standalone), bareMs, runs);
        report.Add("startup", "bare minimal-API app, published and started alike", bareMs, "ms");
    }

    private static void Report(BenchReport report, string what, double ms, double bareMs, int runs) =>
        report.Add("startup", what, ms, "ms",
            $"{ms / bareMs:0.00} × bare app (goal ≤ 1.30); process start → first 200 /api/health, median of {runs}");

    private static string ExecutableIn(string directory, string name) => Path.Combine(directory, name);

    private static async Task<double> StartOnceAsync(string executable, BenchOptions options, bool hosted)
    {
        await using var process = await HandlerProcess.StartAsync(executable, hosted, new Dictionary<string, string> { ["AzureWebJobsStorage"] = options.StorageConnection });
        return process.Startup.TotalMilliseconds;
    }
}
