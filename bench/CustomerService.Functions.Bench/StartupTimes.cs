using System.Diagnostics;
using System.Net.Sockets;

namespace CustomerService.Functions.Bench;

/// <summary>
/// Handler start-up (process start → first 200 from /api/health) beside a bare minimal-API app
/// started the same way, alternating runs so both see the same machine state.
/// </summary>
public static class StartupTimes
{
    public static async Task RunAsync(BenchOptions options, BenchReport report)
    {
        var runs = options.Quick ? 3 : 9;
        var handler = new List<double>();
        var bare = new List<double>();
        await StartOnceAsync(ExecutableIn(options.HandlerDirectory, "CustomerService.Functions"), options); // warm the disk cache
        await StartOnceAsync(ExecutableIn(options.BareDirectory, "BareMinimalApi"), options);
        for (var i = 0; i < runs; i++)
        {
            handler.Add(await StartOnceAsync(ExecutableIn(options.HandlerDirectory, "CustomerService.Functions"), options));
            bare.Add(await StartOnceAsync(ExecutableIn(options.BareDirectory, "BareMinimalApi"), options));
        }
        var handlerMs = Measure.Median(handler);
        var bareMs = Measure.Median(bare);
        report.Add("startup", $"handler start → first 200 /api/health (median of {runs})", handlerMs, "ms",
            $"{handlerMs / bareMs:0.00} × bare app (goal ≤ 1.30)");
        report.Add("startup", $"bare minimal-API app, same way (median of {runs})", bareMs, "ms");
    }

    private static string ExecutableIn(string directory, string name) => Path.Combine(directory, name);

    private static async Task<double> StartOnceAsync(string executable, BenchOptions options)
    {
        var port = FreePort();
        var start = new ProcessStartInfo(executable)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            Environment =
            {
                ["PORT"] = $"{port}",
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
