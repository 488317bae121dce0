using System.Diagnostics;
using System.Net.Sockets;

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
        var port = FreePort();
        var start = new ProcessStartInfo(executable)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            Environment =
            {
                // Hosted: the Functions host passes the port this way and the handler then
                // dispatches no triggers itself. Standalone: PORT, and the trigger runner starts.
                [hosted ? "FUNCTIONS_CUSTOMHANDLER_PORT" : "PORT"] = $"{port}",
                ["AzureWebJobsStorage"] = options.StorageConnection,
                ["Logging__LogLevel__Default"] = "Warning",
            },
        };
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        var stopwatch = Stopwatch.StartNew();
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"could not start {executable}");
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            while (stopwatch.Elapsed < TimeSpan.FromSeconds(60))
            {
                try
                {
                    using var response = await http.GetAsync($"http://127.0.0.1:{port}/api/health");
                    if (response.IsSuccessStatusCode) return stopwatch.Elapsed.TotalMilliseconds;
                }
                catch (HttpRequestException)
                {
                    // not listening yet
                }
                await Task.Delay(2);
            }
            throw new TimeoutException($"{executable} did not answer /api/health within 60 s");
        }
        finally
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        return ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
    }
}
