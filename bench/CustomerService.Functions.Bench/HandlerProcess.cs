using System.Diagnostics;
using System.Net.Sockets;

namespace CustomerService.Functions.Bench;

/// <summary>A published app started as its own process, ready once /api/health answers 200; disposing kills it.</summary>
public sealed class HandlerProcess : IAsyncDisposable
{
    private readonly Process _process;

    private HandlerProcess(Process process, int port, TimeSpan startup)
    {
        _process = process;
        Port = port;
        Startup = startup;
    }

    public const string HandlerVariablePrefix = "BENCH_HANDLER_";

    public int Port { get; }

    public int Pid => _process.Id;

    /// <summary>Process start → first 200 from /api/health.</summary>
    public TimeSpan Startup { get; }

    public Uri Address => new($"http://127.0.0.1:{Port}");

    /// <param name="hosted">Hosted: the Functions host passes the port as FUNCTIONS_CUSTOMHANDLER_PORT and the handler dispatches no triggers itself. Standalone: PORT, and the trigger runner starts.</param>
    public static async Task<HandlerProcess> StartAsync(string executable, bool hosted, IReadOnlyDictionary<string, string> settings)
    {
        var port = FreePort();
        var start = new ProcessStartInfo(executable) { RedirectStandardOutput = true, RedirectStandardError = true };
        start.Environment[hosted ? "FUNCTIONS_CUSTOMHANDLER_PORT" : "PORT"] = $"{port}";
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        foreach (var (name, value) in settings) start.Environment[name] = value;
        // BENCH_HANDLER_X=v in the bench's environment sets X=v for the started app only (e.g. runtime knobs while profiling).
        foreach (System.Collections.DictionaryEntry variable in Environment.GetEnvironmentVariables())
        {
            if (variable.Key is string key && key.StartsWith(HandlerVariablePrefix, StringComparison.Ordinal))
                start.Environment[key[HandlerVariablePrefix.Length..]] = variable.Value as string;
        }
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        var stopwatch = Stopwatch.StartNew();
        var process = Process.Start(start) ?? throw new InvalidOperationException($"could not start {executable}");
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var started = new HandlerProcess(process, port, TimeSpan.Zero);
        while (stopwatch.Elapsed < TimeSpan.FromSeconds(60))
        {
            try
            {
                using var response = await http.GetAsync($"http://127.0.0.1:{port}/api/health");
                if (response.IsSuccessStatusCode) return new HandlerProcess(process, port, stopwatch.Elapsed);
            }
            catch (HttpRequestException)
            {
                // not listening yet
            }
            catch (TaskCanceledException)
            {
                // listening but slow to answer (a busy machine): ask again until the overall limit
            }
            await Task.Delay(2);
        }
        await started.DisposeAsync();
        throw new TimeoutException($"{executable} did not answer /api/health within 60 s");
    }

    public async ValueTask DisposeAsync()
    {
        _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync();
        _process.Dispose();
    }

    public static int FreePort()
    {
        using var listener = new TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        return ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
    }
}
